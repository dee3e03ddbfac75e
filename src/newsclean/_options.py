"""`CleanOptions`: every setting of the pipeline in one frozen object."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["CleanOptions"]


@dataclass(frozen=True)
class CleanOptions:
    """Settings for one call of the cleaners. The defaults suit most news and blog pages.

    Example:
        >>> from newsclean import CleanOptions, clean_text
        >>> opts = CleanOptions(min_year=2000)
        >>> clean_text("Headline\\n\\nA body paragraph that is long enough to keep.", options=opts).title
        'Headline'

    Attributes:
        max_input_chars: inputs longer than this (after decoding) raise `InputTooLargeError`.
            The default, 50 million characters, is far above any real article page and lets
            a 50 MB page through (in about 15 s and 400 MB); bytes longer than four times the
            cap are refused before decoding.
        min_year: dates before 1 January of this year are rejected as implausible.
        allow_future_days: dates more than this many days after ``fetched_at`` (or now) are
            rejected.
        language: the page language (ISO 639-1) when the caller knows it; otherwise it is
            guessed from stopwords.
        date_order: ``"DMY"``, ``"MDY"`` or ``"YMD"`` to force how ambiguous numeric dates
            such as 10.09.2017 are read; by default the language and other dates decide.
    """

    max_input_chars: int = 50_000_000
    min_year: int = 1995
    allow_future_days: int = 2
    language: str | None = None
    date_order: str | None = None
