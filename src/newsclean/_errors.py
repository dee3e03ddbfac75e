"""Exceptions raised by newsclean: one base class, a few specific kinds."""

from __future__ import annotations

__all__ = ["InputTooLargeError", "NewscleanError", "NotAPageError", "UndecodableError"]


class NewscleanError(Exception):
    """Base class of every error newsclean raises on purpose.

    Example:
        >>> import newsclean
        >>> try:
        ...     newsclean.clean_text(b"%PDF-1.7 binary")
        ... except newsclean.NewscleanError as error:
        ...     print(type(error).__name__)
        NotAPageError
    """


class InputTooLargeError(NewscleanError):
    """The input is larger than ``CleanOptions.max_input_chars`` allows."""


class UndecodableError(NewscleanError):
    """Bytes that no encoding turns into readable text."""


class NotAPageError(NewscleanError):
    """Binary data (an image, an archive, a PDF...) given where a page was expected."""
