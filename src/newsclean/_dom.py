"""An HTML page as an ordered list of text blocks with the DOM features the classifier uses.

One pass over the tree (lxml's ``iterwalk``) cuts the text at every block-level element and
line break, as a browser lays it out. Each block records how much of its text is link text,
its heading level, and the containers it sits in that the page marks as furniture (``<nav>``,
``class="share-bar"``, ``role="complementary"``...) or as the article (``<article>``,
``itemprop="articleBody"``, ``class="entry-content"``...).
"""

from __future__ import annotations

import enum
import re
from typing import NamedTuple

import lxml.html
from lxml import etree

from ._load import strip_controls
from ._patterns import trie

__all__ = ["INLINE", "DomBlock", "DomPage", "dom_blocks", "element_path"]

# Elements that flow inside a line of text; every other element starts a new block.
INLINE = frozenset(
    "a abbr acronym b bdi bdo big cite code data del dfn em font i img ins kbd label mark nobr q rp rt "
    "ruby s samp small span strike strong sub sup time tt u var wbr".split()
)
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_FURNITURE_TAGS = frozenset({"nav", "aside", "footer"})
_LAYOUT_TAGS = frozenset({"header", "menu"})
_FURNITURE_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search", "menu"})
_MAIN_ROLES = frozenset({"main", "article"})
# Words in class and id values, whole or between - and _, that name what an element holds:
# the article's text; a picture's caption; page furniture (strong names: text that is never
# the article's); layout (weak names: parts that may hold some of it).
_MAIN_WORDS = """
    article-body articlebody article-content articlecontent article-text articletext post-body postbody
    post-content postcontent post-text posttext entry-content entrycontent entry-body entrybody
    story-body storybody story-content storycontent story-text storytext content-body contentbody
    body-text bodytext text-body textbody article__body article__content main-content maincontent
    page-content pagecontent rich-text richtext news-text newstext artikel-text artikeltext
    artikel-inhalt artikelinhalt single-content singlecontent blog-post blogpost td-post-content
    field-body fieldbody
"""
_CAPTION_WORDS = "caption captions credit credits"
_FURNITURE_WORDS = """
    nav navbar navigation menu menus breadcrumb breadcrumbs footer sidebar share sharing shares social
    socials related recommended recommendations comment comments disqus cookie cookies consent gdpr
    newsletter newsletters subscribe subscription signup promo promos advert adverts advertisement ad
    ads adslot sponsored sponsor popup modal outbrain taboola trending most-read mostread most-popular
    mostpopular more-stories morestories more-articles morearticles more-news morenews read-more
    readmore weitere-artikel weitereartikel weitere-nachrichten weiterenachrichten weitere-themen
    weiterethemen
"""
_LAYOUT_WORDS = """
    header masthead widget widgets banner overlay tags taglist pagination pager toolbar skip login
    search byline author-box authorbox bio meta dateline teaser teasers print rating breaking
"""


class _Marks(enum.Enum):
    """What an element's tag, class and id say it is."""

    NONE = 0
    MAIN = 1
    FURNITURE = 2
    LAYOUT = 3
    CAPTION = 4


# The kind each word names, and the kinds from strongest to weakest.
_KINDS = {
    word: mark
    for words, mark in (
        (_MAIN_WORDS, _Marks.MAIN),
        (_CAPTION_WORDS, _Marks.CAPTION),
        (_FURNITURE_WORDS, _Marks.FURNITURE),
        (_LAYOUT_WORDS, _Marks.LAYOUT),
    )
    for word in words.split()
}
_BY_STRENGTH = (_Marks.MAIN, _Marks.CAPTION, _Marks.FURNITURE, _Marks.LAYOUT)
# One scan of the names (after a leading space) finds every such word. No word is another
# one's start followed by - or _, so the words found do not depend on which kind is tried first.
_NAMES = re.compile(rf"[\s_-]({trie(_KINDS)})(?=$|[\s_-])")
# A state flag ("has-ads", "section--has-ads", "with-sidebar") says what an element holds
# or how the page is laid out around it, not what it is: the words in it name nothing.
_FLAGS = re.compile(r"(?<![^\s_-])(?:has|with)-\S*")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden")
# The attributes that can hide an element, and those that can also say what it holds
# whatever its names: an element with none of them is judged by its tag, class and id.
_HIDING = frozenset({"hidden", "aria-hidden", "style"})
_SPECIAL = _HIDING | {"role", "itemprop"}
# Elements that break a line of text but open no block of their own.
_BREAKS = frozenset({"br", "hr"})


class DomBlock(NamedTuple):
    """One block of text and where it sits.

    ``furniture``, ``main`` and ``hidden`` are the ids (indexes into the page's container
    list) of the enclosing containers marked as furniture, as article text, or hidden,
    innermost last.
    """

    text: str
    element: lxml.html.HtmlElement
    link_chars: int
    heading: int  # 1-6 for h1-h6, 0 otherwise
    furniture: tuple[int, ...]
    main: tuple[int, ...]
    hidden: tuple[int, ...]


class DomPage(NamedTuple):
    """The blocks of a page and the marked containers they refer to."""

    blocks: list[DomBlock]
    containers: list[lxml.html.HtmlElement]
    enclosing: list[int | None]  # per container, the innermost article container around it
    strong: list[bool]  # per container, True when marked as furniture by a strong name or tag
    captions: set[int]  # the containers that are figures and their captions


def dom_blocks(body: lxml.html.HtmlElement) -> DomPage:
    """The blocks of `body` in document order, and the marked containers they refer to.

    Example:
        >>> import lxml.html
        >>> root = lxml.html.fromstring(
        ...     '<div><nav><a href="/">Home</a></nav><article><h1>Title</h1>'
        ...     '<p>Some <b>bold</b> text.<br>Next line.</p></article></div>')
        >>> for b in dom_blocks(root).blocks:
        ...     print(b.text, b.heading, bool(b.furniture), bool(b.main))
        Home 0 True False
        Title 1 False True
        Some bold text. 0 False True
        Next line. 0 False True
    """
    page = DomPage([], [], [], [], set())
    blocks = page.blocks
    marks: dict[tuple[str, str | None, str | None], _Marks] = {}
    # The innermost open block element and the ids of the furniture, main and hidden
    # containers around it; the same for the block elements around it, innermost last.
    owner = body
    furniture: tuple[int, ...] = ()
    main: tuple[int, ...] = ()
    hidden: tuple[int, ...] = ()
    frames: list[tuple[lxml.html.HtmlElement, tuple[int, ...], tuple[int, ...], tuple[int, ...]]] = []
    pieces: list[str] = []
    link_chars = 0
    links = 0

    def flush() -> None:
        nonlocal link_chars
        tag = owner.tag
        text = _pre_text(pieces) if tag == "pre" else " ".join("".join(pieces).split())
        pieces.clear()
        # Printable text has none of the characters `strip_controls` removes: a cheap test first.
        if not text.isprintable():
            text = strip_controls(text)
        if text:
            blocks.append(
                DomBlock(
                    text, owner, min(link_chars, len(text)), _HEADINGS.get(tag, 0),
                    furniture, main, hidden,
                )
            )  # fmt: skip
        link_chars = 0

    walker = etree.iterwalk(body, events=("start", "end"))
    for event, element in walker:
        tag = element.tag
        if event == "start":
            text = element.text
            if tag in INLINE:
                if tag == "a":
                    links += 1
                names = element.keys()
                if names and not _HIDING.isdisjoint(names) and _hides(element):
                    walker.skip_subtree()
                elif text and (pieces or not text.isspace()):
                    pieces.append(text)
                    if links:
                        link_chars += len(text.strip())
                continue
            if pieces:
                flush()
            if tag not in _BREAKS and element is not body:
                frames.append((owner, furniture, main, hidden))
                owner = element
                names = element.keys()
                key = (tag, element.get("class"), element.get("id")) if names else (tag, None, None)
                mark = marks.get(key)
                if mark is None:
                    mark = marks[key] = _marks(*key)
                if mark is not _Marks.NONE or (names and not _SPECIAL.isdisjoint(names)):
                    furniture, main, hidden = _open(page, element, names, mark, furniture, main, hidden)
            if text and not text.isspace():
                pieces.append(text)
                if links:
                    link_chars += len(text.strip())
        else:
            if tag in INLINE:
                if tag == "a":
                    links -= 1
            elif tag not in _BREAKS and element is not body:
                if pieces:
                    flush()
                owner, furniture, main, hidden = frames.pop()
            tail = element.tail
            if tail and (pieces or not tail.isspace()):
                pieces.append(tail)
                if links:
                    link_chars += len(tail.strip())
    if pieces:
        flush()
    return page


def _pre_text(pieces: list[str]) -> str:
    """Preformatted text keeps its lines and indentation; blank lines go."""
    lines = "".join(pieces).splitlines()
    return "\n".join(line.rstrip() for line in lines if line.strip())


def _hides(element: lxml.html.HtmlElement) -> bool:
    """Whether the element's attributes hide it from readers."""
    style = element.get("style")
    return (
        element.get("hidden") is not None
        or element.get("aria-hidden") == "true"
        or (style is not None and _HIDDEN_STYLE.search(style.lower()) is not None)
    )


def _folded(element: lxml.html.HtmlElement) -> bool:
    """Whether a hidden element is the folded panel of an accordion (a region named by its
    heading, as WAI-ARIA lays one out), which a reader opens in place: its text is the
    page's, unlike a dialog's or a menu's."""
    return element.get("role") == "region" and element.get("aria-labelledby") is not None


def _marks(tag: str, classes: str | None, ident: str | None) -> _Marks:
    if tag in ("article", "main"):
        return _Marks.MAIN
    if tag == "figcaption":
        return _Marks.CAPTION
    if classes or ident:
        names = f" {classes or ''} {ident or ''}".lower()
        if "has-" in names or "with-" in names:
            names = _FLAGS.sub("", names)
        words = _NAMES.findall(names)
        if words:
            return min((_KINDS[word] for word in words), key=_BY_STRENGTH.index)
    if tag in _FURNITURE_TAGS:
        return _Marks.FURNITURE
    if tag in _LAYOUT_TAGS:
        return _Marks.LAYOUT
    return _Marks.NONE


def _open(
    page: DomPage,
    element: lxml.html.HtmlElement,
    names: list[str],
    mark: _Marks,
    furniture: tuple[int, ...],
    main: tuple[int, ...],
    hidden: tuple[int, ...],
) -> tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...]]:
    """The containers an element with these attribute `names` opens: article text,
    furniture, or hidden text."""
    if not _SPECIAL.isdisjoint(names):  # else its tag, class and id say all
        role = element.get("role")
        if element.get("itemprop") == "articleBody" or role in _MAIN_ROLES:
            mark = _Marks.MAIN
        elif role in _FURNITURE_ROLES:
            mark = _Marks.FURNITURE
        if not _HIDING.isdisjoint(names) and _hides(element) and not _folded(element):
            hidden = (*hidden, _add(page, element, main, strong=False))
    if mark is _Marks.MAIN:
        main = (*main, _add(page, element, main, strong=False))
    elif mark is not _Marks.NONE:
        furniture = (*furniture, _add(page, element, main, strong=mark is not _Marks.LAYOUT))
        if mark is _Marks.CAPTION:
            page.captions.add(furniture[-1])
    return furniture, main, hidden


def _add(page: DomPage, element: lxml.html.HtmlElement, main: tuple[int, ...], *, strong: bool) -> int:
    """Record a marked container; its id."""
    page.containers.append(element)
    page.enclosing.append(main[-1] if main else None)
    page.strong.append(strong)
    return len(page.containers) - 1


def element_path(element: lxml.html.HtmlElement) -> str:
    """A short CSS-like path to `element`: ``body>article>p[3]`` (1-based among its tag).

    Example:
        >>> import lxml.html
        >>> root = lxml.html.document_fromstring("<body><div><p>a</p><p>b</p></div></body>")
        >>> element_path(root.findall(".//p")[1])
        'body>div>p[2]'
    """
    parts: list[str] = []
    node: lxml.html.HtmlElement | None = element
    while node is not None and node.tag != "html":
        parent = node.getparent()
        tag = node.tag if isinstance(node.tag, str) else "?"
        if parent is not None:
            same = [child for child in parent if child.tag == node.tag]
            if len(same) > 1:
                tag = f"{tag}[{same.index(node) + 1}]"
        parts.append(tag)
        node = parent
    return ">".join(reversed(parts))
