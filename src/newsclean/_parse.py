"""Parsing HTML with lxml: no network, no entity expansion, never an exception on bad markup."""

from __future__ import annotations

import re
import threading

from lxml import etree

from ._dom import INLINE
from ._load import strip_controls

__all__ = ["parse_html", "strip_furniture"]

# A str handed to lxml must not carry an XML encoding declaration.
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]{0,500}\?>")
# Elements whose text is never article text: code, embedded media, form controls.
_UNSEEN = (
    "script", "style", "noscript", "template", "svg", "math", "iframe", "frame", "object",
    "embed", "canvas", "video", "audio", "select", "button", "input", "textarea", "head",
)  # fmt: skip
_SWALLOWERS = ("button", "select", "textarea", "noscript")
# A form control or ``<noscript>`` with more text than this has swallowed the page: an
# unclosed element inside a ``<button>`` makes libxml2 nest everything after it in the button.
_SWALLOWED_TEXT = 300
_local = threading.local()


def _parser(encoding: str | None) -> etree.HTMLParser:
    """One parser per thread and input kind (``str``, or bytes in `encoding`): lxml parsers
    must not be shared between threads. The plain etree parser, not lxml.html's: its
    elements are cheaper to walk."""
    parsers: dict[str | None, etree.HTMLParser] | None = getattr(_local, "parsers", None)
    if parsers is None:
        parsers = _local.parsers = {}
    parser = parsers.get(encoding)
    if parser is None:
        parser = parsers[encoding] = etree.HTMLParser(
            encoding=encoding,
            remove_comments=True,
            remove_pis=True,
            no_network=True,
            default_doctype=False,
            collect_ids=False,
            compact=True,
        )
    return parser


def parse_html(text: str | bytes) -> etree._Element:
    """The document root of `text` (a ``str``, or UTF-8 bytes, which parse faster); an empty
    ``<html>`` when nothing can be parsed.

    The HTML parser of libxml2 reads no DTD and expands no entity other than the HTML ones, and
    ``no_network`` keeps it off the network whatever the page references.

    Example:
        >>> root = parse_html("<p>One<p>Two")
        >>> [p.text for p in root.iter("p")]
        ['One', 'Two']
        >>> parse_html("<p>Größe".encode()).findtext(".//p")
        'Größe'
    """
    if isinstance(text, str):
        text, encoding = _XML_DECLARATION.sub("", text, count=1), None
    else:
        encoding = "utf-8"
    if text.strip():
        try:
            root = etree.fromstring(text, parser=_parser(encoding))
        except (etree.XMLSyntaxError, ValueError):
            root = None
        if root is not None:
            _join_roots(root)
            return root
    return etree.Element("html")


def _join_roots(root: etree._Element) -> None:
    """Move the content of the roots libxml2 sets after the document's own into its body:
    markup after the page's ``</html>`` (a template printing the article below its closing
    tags) makes a second ``<html>`` root, which a walk of the document would never see.

    Example:
        >>> root = parse_html("<html><body><p>Menu</p></body></html><div><p>Story</p></div>")
        >>> [p.text for p in root.iter("p")]
        ['Menu', 'Story']
    """
    after = [sibling for sibling in root.itersiblings() if isinstance(sibling.tag, str)]
    if not after:
        return
    body = root.find("body")
    if body is None:
        body = etree.SubElement(root, "body")
    for sibling in after:
        inner = sibling.find("body")
        body.extend([child for child in (sibling if inner is None else inner) if child.tag != "head"])


def strip_furniture(root: etree._Element) -> None:
    """Remove the elements whose text a reader never sees as text (scripts, media, forms).

    Example:
        >>> root = parse_html("<body><button>Menu<div><p>" + "Article text. " * 30 + "</button>")
        >>> strip_furniture(root)
        >>> root.findtext(".//p")[:13]
        'Article text.'
    """
    frames: set[str] | None = None
    for element in list(root.iter("noframes")):
        if frames is None:
            frames = {src.strip() for frame in root.iter("frame") if (src := frame.get("src"))}
        _parse_raw_markup(element)
        _mark_frame_links(element, frames)
    for element in list(root.iter(*_SWALLOWERS)):
        if len(etree.tostring(element, method="text", encoding="unicode")) > _SWALLOWED_TEXT:
            element.tag = "div"
    etree.strip_elements(root, *_UNSEEN, with_tail=False)


def _parse_raw_markup(element: etree._Element) -> None:
    """libxml2 keeps the content of ``<noframes>`` as raw text: parse it into the element,
    which becomes a ``<div>`` (for a frameset page it holds the only text there is)."""
    raw = element.text or ""
    element.tag = "div"
    if "<" not in raw:
        return
    parsed = parse_html(raw)
    body = parsed.find("body")
    source = body if body is not None else parsed
    # lxml refuses to set a text with a control character or non-character (libxml2 hands
    # them back when it parses ``&#1;``): they go, as they do from every block's text.
    element.text = strip_controls(source.text) if source.text else None
    for child in list(source):
        element.append(child)


def _mark_frame_links(fallback: etree._Element, frames: set[str]) -> None:
    """A block of a frameset's fallback that links to one of the frameset's own frames is the
    notice sending the reader to them ("Your browser does not show frames. Go to the home
    page"), not the site's text: it is marked as navigation."""
    for link in fallback.iter("a"):
        if (link.get("href") or "").strip() not in frames:
            continue
        block = link.getparent()
        while block is not None and block is not fallback and block.tag in INLINE:
            block = block.getparent()
        if block is not None and block is not fallback:
            block.set("role", "navigation")
