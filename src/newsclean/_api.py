"""The public entry points: `clean`, `clean_html`, `clean_text` and `explain`."""

from __future__ import annotations

from datetime import datetime

from . import _html, _text
from ._article import Article
from ._explain import Explanation, explanation
from ._load import looks_like_html
from ._options import CleanOptions

__all__ = ["clean", "clean_html", "clean_text", "explain"]

_SNIFF_CHARS = 8192


def clean(
    raw: str | bytes,
    *,
    url: str | None = None,
    fetched_at: datetime | None = None,
    options: CleanOptions | None = None,
) -> Article:
    """Clean a page given as HTML or as a plain-text dump: the input's start decides which.

    ``Article.input_kind`` says which pipeline ran (``"html"`` or ``"text"``); the arguments
    are those of `clean_html` and `clean_text`.

    Example:
        >>> import newsclean
        >>> newsclean.clean("<html><body><h1>Hi</h1><p>Some words here.</p></body></html>").input_kind
        'html'
        >>> newsclean.clean("Hi\\n\\nSome words here.").input_kind
        'text'

    Raises:
        NewscleanError: for input that is too large, undecodable or not a page at all.
    """
    if _is_html(raw):
        return _html.run(raw, url, fetched_at, options)[0]
    return _text.run(raw, url, fetched_at, options)[0]


def clean_html(
    html: str | bytes,
    *,
    url: str | None = None,
    fetched_at: datetime | None = None,
    options: CleanOptions | None = None,
) -> Article:
    """Clean an HTML page: the article's title, authors, date and body text.

    `html` may be ``str`` or ``bytes`` (decoded from its BOM, ``<meta charset>`` or other
    declaration, else detected). Metadata comes from the whole page (JSON-LD, ``<meta>``,
    ``<time>``, bylines, the URL); the body is the article's blocks, without navigation, share
    bars, related links, comments, footers or ads. `url` is only a hint: nothing is fetched.

    Example:
        >>> import newsclean
        >>> page = ('<html><head><title>Rain Returns | Daily Post</title></head><body>'
        ...         '<nav><a href="/">Home</a> <a href="/news">News</a></nav>'
        ...         '<article><h1>Rain Returns</h1><p>The rain came back to the valley on '
        ...         'Thursday after a dry winter, and the farmers who had waited for it since '
        ...         'October said that the wells would be full again before the spring sowing '
        ...         'begins next month.</p></article></body></html>')
        >>> a = newsclean.clean_html(page)
        >>> a.title, a.text[:30]
        ('Rain Returns', 'The rain came back to the vall')

    Raises:
        NewscleanError: for input that is too large, undecodable or not a page at all.
    """
    return _html.run(html, url, fetched_at, options)[0]


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
    return _text.run(text, url, fetched_at, options)[0]


def explain(
    raw: str | bytes,
    *,
    url: str | None = None,
    fetched_at: datetime | None = None,
    options: CleanOptions | None = None,
) -> Explanation:
    """Clean `raw` as `clean` does and report the decision about every block.

    Each block of the input is listed in page order with where it is (the input line of a text
    dump, a short element path such as ``body>article>p[3]`` in HTML), whether it was kept,
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
    if _is_html(raw):
        article, dom_blocks, rules = _html.run(raw, url, fetched_at, options)
        return explanation(article, [(_html.where(b), b.text) for b in dom_blocks], rules)
    article, blocks, rules = _text.run(raw, url, fetched_at, options)
    return explanation(article, [(_text.where(b), b.text) for b in blocks], rules)


def _is_html(raw: str | bytes) -> bool:
    """Whether the input's start looks like markup (bytes are sniffed without a full decode)."""
    return looks_like_html(raw[:_SNIFF_CHARS])
