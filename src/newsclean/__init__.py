"""newsclean: turn scraped web pages and whole-page text dumps into clean articles.

Example:
    >>> import newsclean
    >>> a = newsclean.clean_text("Big News | Site\\n\\nBig News\\n\\nBy Jo Lee\\n\\nIt happened today.")
    >>> a.title, a.authors
    ('Big News', ('Jo Lee',))
"""

from __future__ import annotations

from . import io, rules
from ._api import clean, clean_html, clean_text, explain
from ._article import Article
from ._batch import RecordError, Result, clean_many, clean_record
from ._batchjob import BatchSummary, run_batch
from ._errors import InputTooLargeError, NewscleanError, NotAPageError, UndecodableError
from ._explain import BlockDecision, Explanation
from ._options import CleanOptions
from .io import clean_arrow, clean_frame

__version__ = "0.1.0"

__all__ = [
    "Article",
    "BatchSummary",
    "BlockDecision",
    "CleanOptions",
    "Explanation",
    "InputTooLargeError",
    "NewscleanError",
    "NotAPageError",
    "RecordError",
    "Result",
    "UndecodableError",
    "__version__",
    "clean",
    "clean_arrow",
    "clean_frame",
    "clean_html",
    "clean_many",
    "clean_record",
    "clean_text",
    "explain",
    "io",
    "rules",
    "run_batch",
]
