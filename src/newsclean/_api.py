"""The public entry points: `clean_text` and `explain`."""

from __future__ import annotations

from datetime import datetime

from ._article import Article
from ._explain import Explanation
from ._options import CleanOptions
from ._text import analyse_text, clean_text_article

__all__ = ["clean_text", "explain"]


def clean_text(
    text: str | bytes,
    *,
    url: str | None = None,
    fetched_at: datetime | None = None,
    options: CleanOptions | None = None,
) -> Article:
    """Clean a whole-page plain-text dump (``get_text()`` output or a crawler's ``.txt``).

    `text` may be ``str`` or ``bytes`` (decoded from its BOM or declared charset, else UTF-8
    with a cp1252 fallback). `url` helps with the date and the day/month order; `fetched_at`
    lets relative dates ("3 hours ago") be read.

    Example:
        >>> import newsclean
        >>> body = ("The rain came back to the valley on Thursday after a dry winter, and the "
        ...         "farmers who had waited for it since October said that the wells would be "
        ...         "full again before the spring sowing begins next month.")
        >>> dump = ("Rain Returns | Daily Post\\n\\nHome\\nNews\\n\\nRain Returns\\n\\n"
        ...         "By Ana Ruiz | March 4, 2021\\n\\n" + body + "\\n\\nShare")
        >>> a = newsclean.clean_text(dump)
        >>> a.title, a.authors, a.published.date().isoformat(), a.site_name
        ('Rain Returns', ('Ana Ruiz',), '2021-03-04', 'Daily Post')
        >>> a.text == body
        True

    Raises:
        NewscleanError: for input that is too large, undecodable or not text at all.
    """
    return clean_text_article(text, url, fetched_at, options)


def explain(
    text: str | bytes,
    *,
    url: str | None = None,
    fetched_at: datetime | None = None,
    options: CleanOptions | None = None,
) -> Explanation:
    """Clean `text` as `clean_text` does and report the decision about every block.

    Each block of the input is listed in page order with its input line, whether it was kept,
    and the id of the rule that decided (see `newsclean.rules.RULES`). The kept blocks, joined
    by blank lines, are exactly ``Article.text``.

    Example:
        >>> import newsclean
        >>> body = ("The rain came back to the valley on Thursday after a dry winter, and the "
        ...         "farmers who had waited for it since October said that the wells would be "
        ...         "full again before the spring sowing begins next month.")
        >>> report = newsclean.explain("Headline\\n\\nShare\\n\\n" + body)
        >>> [(b.where, b.kept, b.rule) for b in report.blocks]
        [('1', False, 'title-line'), ('3', False, 'share-bar'), ('5', True, 'body-text')]
    """
    return analyse_text(text, url, fetched_at, options)
