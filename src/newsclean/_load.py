"""Loading: bytes or str in, clean normalised text out (the first step of the pipeline)."""

from __future__ import annotations

import codecs
import re

import regex

from ._errors import InputTooLargeError, NotAPageError, UndecodableError
from ._options import CleanOptions

__all__ = ["load_text"]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Signatures of common binary formats that are sometimes fed to cleaners by mistake.
_MAGIC = (
    (b"\x89PNG", "PNG image"),
    (b"%PDF", "PDF document"),
    (b"\x1f\x8b", "gzip archive"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"\x28\xb5\x2f\xfd", "zstd archive"),
    (b"BZh", "bzip2 archive"),
)
_FALLBACK = "newsclean-cp1252"
_BINARY_BYTES = regex.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_DECLARED_CHARSET = regex.compile(rb"""(?i)(?:charset|encoding)\s*=\s*["']?([A-Za-z0-9._:-]{2,40})""")
# C0 and C1 controls except tab and newline; zero-width and BOM characters; lone surrogates.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200d\u2060\ufeff\ud800-\udfff]")
_LINE_SEPARATORS = ("\u2028", "\u2029", "\x85")
_SPACES = re.compile(r"[^\S\n\t ]")


def load_text(raw: str | bytes, options: CleanOptions) -> str:
    """Decode `raw` and normalise it: controls removed, ``\\n`` newlines, plain spaces.

    Raises `InputTooLargeError` past ``options.max_input_chars``, `NotAPageError` for binary
    data and `UndecodableError` for bytes that decode to mostly replacement characters.
    """
    if isinstance(raw, bytes | bytearray | memoryview):
        if len(raw) > 4 * options.max_input_chars:
            raise InputTooLargeError(f"input of {len(raw):,} bytes exceeds the configured limit")
        text = _decode(bytes(raw))
    elif isinstance(raw, str):
        text = raw
    else:
        raise TypeError(f"expected str or bytes, got {type(raw).__name__}")
    if len(text) > options.max_input_chars:
        raise InputTooLargeError(
            f"input of {len(text):,} characters exceeds max_input_chars={options.max_input_chars:,}"
        )
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.isascii():
        for separator in _LINE_SEPARATORS:
            if separator in text:
                text = text.replace(separator, "\n")
    text = _CONTROL.sub("", text)
    return _SPACES.sub(" ", text) if not text.isascii() else text


def _decode(data: bytes) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace")
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise NotAPageError(f"input looks like a {kind}, not a page")
    head = data[:4096]
    if len(head) >= 32 and len(_BINARY_BYTES.findall(head)) * 30 > len(head):
        raise NotAPageError("input is binary data (many control bytes), not a page")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _DECLARED_CHARSET.search(head)
    if declared:
        try:
            return data.decode(declared.group(1).decode("ascii"), errors=_FALLBACK)
        except LookupError:
            pass
    text = data.decode("utf-8", errors=_FALLBACK)
    if text.count("\ufffd") * 20 > len(text):
        raise UndecodableError("bytes decode to mostly replacement characters")
    return text


def _cp1252_fallback(error: UnicodeError) -> tuple[str, int]:
    """Decode the bytes that broke UTF-8 as cp1252: mends pages that mix both encodings."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    bad = error.object[error.start : error.end]
    return bad.decode("cp1252", errors="replace"), error.end


codecs.register_error(_FALLBACK, _cp1252_fallback)
