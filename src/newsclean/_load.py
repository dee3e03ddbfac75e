"""Loading: bytes or str in, clean normalised text out (the first step of the pipeline).

`load_text` reads a plain-text dump, `load_html` an HTML page; `looks_like_html` tells the two
apart for `clean`. Both decode bytes (a BOM, a declared charset, UTF-8, then a guess), refuse
binary data and inputs past the size cap, and remove the characters that no page needs (NUL,
C0/C1 controls, zero-width characters, lone surrogates).
"""

from __future__ import annotations

import codecs
import re

from ftfy import fix_encoding

from ._errors import InputTooLargeError, NotAPageError, UndecodableError
from ._options import CleanOptions

__all__ = ["load_html", "load_html_utf8", "load_text", "looks_like_html", "strip_controls", "unmojibake"]

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
    (b"RIFF", "RIFF media file"),
    (b"\x7fELF", "ELF executable"),
    (b"\xfd7zXZ", "xz archive"),
)
_FALLBACK = "newsclean-cp1252"
_HEAD = 4096  # bytes sniffed for binary data and, in text mode, a declared charset
_PRESCAN = 8192  # bytes of an HTML page searched for its <meta charset> or <?xml encoding?>
_SAMPLE = 262_144  # bytes read to tell mixed UTF-8, cp1252 and other encodings apart
_BINARY_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_DECLARED_CHARSET = re.compile(rb"""(?i)(?:charset|encoding)\s{0,20}=\s{0,20}["']?([A-Za-z0-9._:-]{2,40})""")
# <meta charset="x">, <meta http-equiv="Content-Type" content="text/html; charset=x">.
_META_CHARSET = re.compile(
    rb"""(?i)<meta\s[^<>]{0,512}?charset\s{0,20}=\s{0,20}["']?\s{0,20}([A-Za-z0-9._:-]{2,40})"""
)
_XML_ENCODING = re.compile(
    rb"""(?i)^\s{0,64}<\?xml\s[^<>]{0,200}?encoding\s{0,20}=\s{0,20}["']([A-Za-z0-9._:-]{2,40})"""
)
# An XML declaration at the start of a decoded page: lxml refuses str input that has one.
_XML_DECLARATION = re.compile(r"^\s{0,64}<\?xml\s[^<>]{0,200}\?>")
# Labels that pages declare and browsers read as a wider encoding (the WHATWG Encoding
# Standard's mapping), by Python codec name.
_WIDER = {
    "ascii": "cp1252",
    "iso8859-1": "cp1252",
    "iso8859-9": "cp1254",
    "iso8859-11": "cp874",
    "tis-620": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "shift_jis": "cp932",
    "euc_kr": "cp949",
    "big5": "big5hkscs",
    # a UTF-16 label read from ASCII bytes is wrong about the bytes (WHATWG: read as UTF-8)
    "utf-16": "utf-8",
    "utf-16-le": "utf-8",
    "utf-16-be": "utf-8",
}
_SINGLE_BYTE_LATIN = frozenset({"cp1252", "cp1250", "cp1254", "iso8859-15", "iso8859-2", "mac-roman"})
_LABEL_ALIASES = {"x-sjis": "cp932", "windows-31j": "cp932", "x-cp1252": "cp1252", "unicode": "utf-8"}
# Valid UTF-8 sequences of two to four bytes.
_UTF8_MULTI = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)
_NON_ASCII_RUN = re.compile(rb"[\x80-\xff]+")
# What the non-ASCII bytes of a Western European page read as in cp1252: accented letters
# and typographic punctuation.
_WESTERN = re.compile(r"[À-ÖØ-öø-ÿŒœŠšŽžŸ€‚„…†‡•–—‘’“”‹›«»°·§©®´¨ƒ™¡¿ªº]")
# C0 and C1 controls except tab and newline; zero-width and BOM characters; lone surrogates;
# the non-characters U+FFFE and U+FFFF.
_SURROGATES = re.compile(r"[\ud800-\udfff]")
_CONTROL = re.compile(
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\xad\u200b-\u200d\u2060\ufeff\ud800-\udfff\ufffe\uffff]"
)
_LINE_SEPARATORS = ("\u2028", "\u2029", "\x85")
# Mojibake: UTF-8 text once decoded as Latin-1 or cp1252 ("Investorâ\x80\x99s",
# "VerÃ¶ffentlichung", "Â\xa0"). Its lead characters are Â, Ã and â, each followed by a
# continuation byte read as a C1 control, a Latin-1 sign or a cp1252 letter or sign; a
# language's own â or Ã is followed by a letter or a space.
_MOJIBAKE_LEADS = ("\u00c2", "\u00c3", "\u00e2")
# The rest of the word around a mojibake sequence (up to 40 characters on each side: a
# minified script has no spaces), and how many words a page may have mended (ftfy takes
# about 0.1 ms a word).
_WORD_BEFORE = re.compile("[^ \t\n\r<>\"']{0,40}\\Z")
_WORD_AFTER = re.compile("[^ \t\n\r<>\"']{0,40}")
_MAX_MENDS = 200
_MOJIBAKE = re.compile(
    "[\u00c2\u00c3\u00e2][\x80-\xbf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)
# Whitespace other than newline, tab and space (``str.isspace``), each made a plain space: a
# replace per character the page has is several times faster than one regex substitution.
_OTHER_SPACES = (
    "\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
    "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
# The start of an HTML page: a doctype, a comment, an XML declaration or a top-level tag.
_HTML_START = re.compile(
    r"(?i)^\s{0,256}(?:<!doctype\s{1,20}html|<!--|<\?xml\s|<html[\s>]|<head[\s>]|<body[\s>])"
)
# Common HTML elements, opening or closing, with their attributes.
_TAG = re.compile(
    r"(?i)</?(?:a|abbr|article|aside|b|blockquote|body|br|button|div|em|figure|footer|form|h[1-6]"
    r"|head|header|hr|html|i|iframe|img|input|li|link|main|meta|nav|noscript|ol|p|section|span"
    r"|strong|style|script|table|td|th|title|tr|ul)(?:\s[^<>]{0,400})?/?>"
)
_SNIFF = 4096  # characters of a decoded input read by looks_like_html


def load_text(raw: str | bytes, options: CleanOptions) -> str:
    """Decode the text dump `raw` and normalise it: controls removed, ``\\n`` newlines,
    plain spaces.

    Raises `InputTooLargeError` past ``options.max_input_chars``, `NotAPageError` for binary
    data and `UndecodableError` for bytes that decode to mostly replacement characters.

    Example:
        >>> load_text("Caf\\xe9\\r\\nline\\x00 two\\u00a0", CleanOptions())
        'Café\\nline two '
    """
    if isinstance(raw, bytes | bytearray | memoryview):
        _check_byte_size(len(raw), options)
        text = _decode_text(bytes(raw))
    elif isinstance(raw, str):
        text = raw
    else:
        raise TypeError(f"expected str or bytes, got {type(raw).__name__}")
    text = _normalise(_check_size(text, options))
    if not text.isascii():
        for space in _OTHER_SPACES:
            if space in text:
                text = text.replace(space, " ")
    return text


def load_html(raw: str | bytes, options: CleanOptions, encoding: str | None = None) -> str:
    """Decode the HTML page `raw` to text ready for the parser.

    Bytes are decoded from their BOM, else `encoding` (a charset from an HTTP header) when
    given, else the page's ``<meta charset>`` / ``http-equiv`` / ``<?xml encoding?>``
    declaration in its first 8 KB, else UTF-8, else a guess (cp1252 for Western European
    bytes, ``charset-normalizer`` for the rest). A declared Latin single-byte charset loses
    to bytes that are valid UTF-8 with non-ASCII characters (the usual mislabelling), and
    mostly-UTF-8 bytes with a few cp1252 ones are mended. NUL and lone surrogates are
    removed and a leading XML declaration is dropped (lxml refuses one in a ``str``); other
    control and zero-width characters are removed later from the text of each block, and
    character references such as ``&nbsp;`` are left to the parser.

    Raises `InputTooLargeError` past ``options.max_input_chars``, `NotAPageError` for binary
    data (PNG, PDF, gzip...) and `UndecodableError` for bytes that decode to mostly
    replacement characters.

    Example:
        >>> page = '<meta charset="iso-8859-1"><p>Gr\\xf6\\xdfe</p>'.encode("latin-1")
        >>> load_html(page, CleanOptions())
        '<meta charset="iso-8859-1"><p>Größe</p>'
        >>> load_html(b"<p>tab\\x00le</p>", CleanOptions(), encoding="utf-8")
        '<p>table</p>'
    """
    return _load_markup(raw, options, encoding)[0]


def load_html_utf8(raw: str | bytes, options: CleanOptions, encoding: str | None = None) -> bytes:
    """The text of `load_html` as UTF-8 bytes, which lxml parses faster than a ``str``; the
    encoding is the one that checks the text for lone surrogates anyway.

    Example:
        >>> load_html_utf8("<p>Gr\xf6\xdfe</p>", CleanOptions())
        b'<p>Gr\xc3\xb6\xc3\x9fe</p>'
    """
    return _load_markup(raw, options, encoding)[1]


def _load_markup(raw: str | bytes, options: CleanOptions, encoding: str | None) -> tuple[str, bytes]:
    """The page as text ready for the parser, and as UTF-8 bytes."""
    if isinstance(raw, bytes | bytearray | memoryview):
        _check_byte_size(len(raw), options)
        text = _decode_html(bytes(raw), encoding)
    elif isinstance(raw, str):
        _reject_binary_text(raw)
        text = raw
    else:
        raise TypeError(f"expected str or bytes, got {type(raw).__name__}")
    text, data = _normalise_markup(unmojibake(_check_size(text, options)))
    if text.lstrip().startswith("<?"):
        text = _XML_DECLARATION.sub("", text, count=1)
        data = text.encode("utf-8")
    return text, data


def looks_like_html(text: str | bytes) -> bool:
    """True when the input `text` is an HTML page or fragment rather than a text dump: it
    starts with a doctype, a comment, ``<html>``, ``<head>`` or ``<body>``, or common tags
    make up a good share of its first 4,000 characters.

    Bytes are sniffed without a full decode (their start is read after a BOM, as UTF-16 when
    every other byte is NUL, else as Latin-1, which is enough to see ASCII markup).

    Example:
        >>> looks_like_html("<!DOCTYPE html><html><body><p>Hi</p></body></html>")
        True
        >>> looks_like_html("<p>First paragraph.</p><p>Second one.</p>")
        True
        >>> looks_like_html("Headline\\n\\nUse the <p> tag for paragraphs, the docs say.")
        False
        >>> looks_like_html("<html><p>Hi</p></html>".encode("utf-16"))
        True
    """
    if not isinstance(text, str):
        text = _sniffed(bytes(text[: 2 * _SNIFF + 4]))
    if _HTML_START.match(text):
        return True
    head = text[:_SNIFF]
    tags = _TAG.findall(head)
    if len(tags) < 2:
        return False
    return head.lstrip().startswith("<") or sum(map(len, tags)) * 10 >= len(head.strip())


def _sniffed(head: bytes) -> str:
    """The start of an input as text, good enough to see ASCII markup."""
    for bom, name in _BOMS:
        if head.startswith(bom):
            return head[len(bom) :].decode(name, errors="replace")
    utf16 = _utf16_without_bom(head)
    return head.decode(utf16, errors="replace") if utf16 else head.decode("latin-1")


def _check_byte_size(size: int, options: CleanOptions) -> None:
    # four bytes at most per character (UTF-32); the exact check is on the decoded text
    if size > 4 * options.max_input_chars:
        raise InputTooLargeError(
            f"input of {size:,} bytes exceeds max_input_chars={options.max_input_chars:,}"
        )


def _check_size(text: str, options: CleanOptions) -> str:
    if len(text) > options.max_input_chars:
        raise InputTooLargeError(
            f"input of {len(text):,} characters exceeds max_input_chars={options.max_input_chars:,}"
        )
    return text


def strip_controls(text: str) -> str:
    """`text` without control, zero-width and soft-hyphen characters (and lone surrogates and
    the non-characters U+FFFE, U+FFFF).

    Example:
        >>> strip_controls("Mon\x1bday\u200b. Zei\xadtung")
        'Monday. Zeitung'
    """
    return _CONTROL.sub("", text) if _CONTROL.search(text) else text


def _normalise_markup(text: str) -> tuple[str, bytes]:
    """What the HTML parser cannot take: NUL (it becomes U+FFFD) and lone surrogates (the
    parser stops at one); the text and its UTF-8 bytes. Other controls and zero-width
    characters go with the text of each block (`strip_controls`): scanning a whole page for
    them costs more than the parse."""
    if "\x00" in text:
        text = text.replace("\x00", "")
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:
        text = _SURROGATES.sub("", text)
        data = text.encode("utf-8")
    return text, data


def _normalise(text: str) -> str:
    """``\\n`` newlines; mojibake mended; controls, zero-width characters and lone surrogates
    removed."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.isascii():
        for separator in _LINE_SEPARATORS:
            if separator in text:
                text = text.replace(separator, "\n")
        text = unmojibake(text)
    return _CONTROL.sub("", text)


def unmojibake(text: str) -> str:
    """`text` with its mojibake mended by ftfy's `fix_encoding`, word by word: only the words
    (runs between spaces, tags and quotes) that hold a likely mojibake sequence are read,
    since ftfy reads slowly and an HTML page may be a single line; past `_MAX_MENDS` such
    words, the rest of a page stays as it is.

    Example:
        >>> unmojibake("The harbour\\u00e2\\x80\\x99s pier\\nVer\\u00c3\\u00b6ffentlichung")
        'The harbour’s pier\\nVeröffentlichung'
    """
    if not any(lead in text for lead in _MOJIBAKE_LEADS):
        return text
    pieces: list[str] = []
    done = 0  # where the text mended so far ends
    for sequence in _MOJIBAKE.finditer(text):
        if sequence.start() < done:
            continue  # in the word just mended
        if len(pieces) >= 2 * _MAX_MENDS:
            break
        before = _WORD_BEFORE.search(text, max(done, sequence.start() - 40), sequence.start())
        start = before.start() if before is not None else sequence.start()
        stop = _WORD_AFTER.match(text, sequence.end()).end()  # type: ignore[union-attr]
        pieces += [text[done:start], fix_encoding(text[start:stop])]
        done = stop
    return "".join([*pieces, text[done:]]) if pieces else text


def _decode_text(data: bytes) -> str:
    """Text-dump bytes: BOM, UTF-16 without one, UTF-8, a charset named near the top, then
    mostly-UTF-8 bytes mended as cp1252, else a guess (as for HTML)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace")
    utf16 = _utf16_without_bom(data[:_HEAD])
    if utf16 is not None:
        return _readable(data.decode(utf16, errors="replace"))
    _reject_binary(data)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _DECLARED_CHARSET.search(data[:_HEAD])
    if declared:
        try:
            return data.decode(declared.group(1).decode("ascii"), errors=_FALLBACK)
        except LookupError:
            pass
    sample = data[:_SAMPLE]
    if _utf8_share(sample) >= 0.5:
        return _readable(data.decode("utf-8", errors=_FALLBACK))
    return _readable(data.decode(_guess(sample), errors="replace"))


def _decode_html(data: bytes, encoding: str | None) -> str:
    """HTML bytes, in the order of `load_html`'s docstring."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(name, errors="replace")
    utf16 = _utf16_without_bom(data[:_HEAD])
    if utf16 is not None:
        return _readable(data.decode(utf16, errors="replace"))
    _reject_binary(data)
    labels: list[str] = [encoding] if encoding else []
    prescan = data[:_PRESCAN]
    labels += [m.group(1).decode("ascii") for m in (_XML_ENCODING.match(prescan),) if m]
    labels += [m.group(1).decode("ascii") for m in _META_CHARSET.finditer(prescan)]
    for label in labels:
        codec = _codec(label)
        if codec is None:
            continue
        if codec in _SINGLE_BYTE_LATIN and _utf8_share(data[:_SAMPLE]) == 1.0:
            break  # valid UTF-8 with non-ASCII characters: the label is wrong
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            continue  # the label does not fit the bytes: read them as undeclared
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    sample = data[:_SAMPLE]
    if _utf8_share(sample) >= 0.5:
        return _readable(data.decode("utf-8", errors=_FALLBACK))
    return _readable(data.decode(_guess(sample), errors="replace"))


def _codec(label: str) -> str | None:
    """The Python codec for a declared charset label, widened as browsers do; None if unknown."""
    label = label.strip().lower()
    try:
        name = codecs.lookup(_LABEL_ALIASES.get(label, label)).name
    except LookupError:
        return None
    return _WIDER.get(name, name)


def _utf8_share(sample: bytes) -> float:
    """The share of the non-ASCII bytes of `sample` that form valid UTF-8 sequences (1.0 when
    there are none): near 1 for UTF-8 with a few stray cp1252 bytes, low for other encodings."""
    non_ascii = sum(map(len, _NON_ASCII_RUN.findall(sample)))
    if non_ascii == 0:
        return 1.0
    return sum(map(len, _UTF8_MULTI.findall(sample))) / non_ascii


def _guess(sample: bytes) -> str:
    """The encoding of bytes that are not UTF-8: cp1252 when the non-ASCII bytes come one or
    two at a time and read as Western European letters and punctuation in it (``charset-normalizer``
    often names a Baltic or Central European code page for such text), else the guess of
    ``charset-normalizer`` (Shift-JIS, GB18030, Big5, EUC-KR, Cyrillic and Greek code pages)."""
    runs = _NON_ASCII_RUN.findall(sample)
    if sum(map(len, runs)) <= 2 * len(runs):
        western = b"".join(runs).decode("cp1252", errors="replace")
        if len(_WESTERN.findall(western)) * 10 >= len(western) * 9:
            return "cp1252"
    from charset_normalizer import from_bytes  # imported late: only undeclared legacy pages need it

    best = from_bytes(sample).best()
    return best.encoding if best is not None else "cp1252"


def _utf16_without_bom(head: bytes) -> str | None:
    """``utf-16-le``/``-be`` for text with NUL bytes at odd (or even) offsets only: the high
    bytes of its ASCII characters (markup, spaces, digits), a third of the text or more."""
    if len(head) < 16:
        return None
    even, odd = head[0::2].count(0), head[1::2].count(0)
    half = len(head) // 2
    if odd * 10 >= half * 3 and even * 50 <= half:
        return "utf-16-le"
    if even * 10 >= half * 3 and odd * 50 <= half:
        return "utf-16-be"
    return None


def _reject_binary(data: bytes) -> None:
    """Raise `NotAPageError` for a known binary signature or a head full of control bytes."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise NotAPageError(f"input looks like a {kind}, not a page")
    head = data[:_HEAD]
    if len(head) >= 32 and len(_BINARY_BYTES.findall(head)) * 30 > len(head):
        raise NotAPageError("input is binary data (many control bytes), not a page")


def _reject_binary_text(text: str) -> None:
    """`_reject_binary` for a str: bytes that the caller decoded as Latin-1 or cp1252."""
    _reject_binary(text[:_HEAD].encode("latin-1", errors="replace"))


def _readable(text: str) -> str:
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
