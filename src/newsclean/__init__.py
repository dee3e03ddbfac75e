"""newsclean: turn scraped web pages and whole-page text dumps into clean articles.

Example:
    >>> import newsclean
    >>> a = newsclean.clean_text("Big News | Site\\n\\nBig News\\n\\nBy Jo Lee\\n\\nIt happened today.")
    >>> a.title, a.authors
    ('Big News', ('Jo Lee',))
"""

from __future__ import annotations

from . import rules
from ._api import clean, clean_html, clean_text, explain
from ._article import Article
from ._errors import InputTooLargeError, NewscleanError, NotAPageError, UndecodableError
from ._explain import BlockDecision, Explanation
from ._options import CleanOptions

__version__ = "0.1.0"

__all__ = [
    "Article",
    "BlockDecision",
    "CleanOptions",
    "Explanation",
    "InputTooLargeError",
    "NewscleanError",
    "NotAPageError",
    "UndecodableError",
    "__version__",
    "clean",
    "clean_html",
    "clean_text",
    "explain",
    "rules",
]
