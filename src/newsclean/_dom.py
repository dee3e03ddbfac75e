"""An HTML page as an ordered list of text blocks with the DOM features the classifier uses.

One pass over the tree (lxml's ``iterwalk``) cuts the text at every block-level element and
line break, as a browser lays it out. Each block records how much of its text is link text,
its heading level, and the containers it sits in that the page marks as furniture (``<nav>``,
``class="share-bar"``, ``role="complementary"``...) or as the article (``<article>``,
``itemprop="articleBody"``, ``class="entry-content"``...).
"""

from __future__ import annotations

import re
from typing import NamedTuple

import lxml.html
from lxml import etree

__all__ = ["DomBlock", "DomPage", "dom_blocks", "element_path"]

# Elements that flow inside a line of text; every other element starts a new block.
_INLINE = frozenset(
    "a abbr acronym b bdi bdo big cite code data del dfn em font i img ins kbd label mark nobr q rp rt "
    "ruby s samp small span strike strong sub sup time tt u var wbr".split()
)
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_FURNITURE_TAGS = frozenset({"nav", "aside", "footer"})
_LAYOUT_TAGS = frozenset({"header", "menu"})
_FURNITURE_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search", "menu"})
_MAIN_ROLES = frozenset({"main", "article"})
# Words in class and id values, whole or between - and _, that name page furniture: strong
# names mark text that is never the article's; weak ones mark layout that may hold some.
_FURNITURE_NAME = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|navigation|menu|menus|breadcrumbs?|footer|sidebar|share|sharing|"
    r"shares|social|socials|related|recommended|recommendations|comments?|disqus|cookies?|"
    r"consent|gdpr|newsletters?|subscribe|subscription|signup|promo|promos|advert|adverts|"
    r"advertisement|ads?|adslot|sponsored|sponsor|popup|modal|outbrain|taboola|trending|"
    r"most-?read|most-?popular|more-?stories|read-?more)(?=$|[\s_-])"
)
_LAYOUT_NAME = re.compile(
    r"(?:^|[\s_-])(?:header|masthead|widgets?|banner|overlay|tags|taglist|pagination|pager|"
    r"toolbar|skip|login|search|byline|author-?box|bio|meta|dateline|teasers?|print|rating|"
    r"breaking)(?=$|[\s_-])"
)
# Words in class and id values that name the article's text.
_MAIN_NAME = re.compile(
    r"(?:^|[\s_-])(?:article-?body|article-?content|article-?text|articletext|post-?body|"
    r"post-?content|post-?text|entry-?content|entry-?body|story-?body|story-?content|"
    r"story-?text|content-?body|body-?text|text-?body|article__body|article__content|"
    r"main-?content|page-?content|rich-?text|richtext|news-?text|artikel|artikeltext|"
    r"single-?content|blog-?post|td-post-content|field-?body)(?=$|[\s_-])"
)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden")


class DomBlock(NamedTuple):
    """One block of text and where it sits.

    ``furniture`` and ``main`` are the ids (indexes into the page's container list) of the
    enclosing containers marked as furniture or as article text, innermost last.
    """

    text: str
    element: lxml.html.HtmlElement
    link_chars: int
    heading: int  # 1-6 for h1-h6, 0 otherwise
    furniture: tuple[int, ...]
    main: tuple[int, ...]
    hidden: bool


class _Walk:
    """The state of one pass over the tree."""

    def __init__(self) -> None:
        self.blocks: list[DomBlock] = []
        self.containers: list[lxml.html.HtmlElement] = []
        self.enclosing: list[int | None] = []  # the innermost article container around each
        self.strong: list[bool] = []  # per container: marked as furniture by a strong name
        self.pieces: list[str] = []
        self.link_chars = 0
        self.owner: lxml.html.HtmlElement | None = None
        # Per open element: (furniture ids, main ids, hidden, link depth).
        self.stack: list[tuple[tuple[int, ...], tuple[int, ...], bool, int]] = [((), (), False, 0)]

    def add(self, text: str, in_link: bool) -> None:
        self.pieces.append(text)
        if in_link:
            self.link_chars += len(text.strip())

    def flush(self, element: lxml.html.HtmlElement) -> None:
        if self.pieces:
            text = " ".join("".join(self.pieces).split())
            if text:
                furniture, main, hidden, _ = self.stack[-1]
                owner = self.owner if self.owner is not None else element
                tag = owner.tag if isinstance(owner.tag, str) else ""
                self.blocks.append(
                    DomBlock(
                        text,
                        owner,
                        min(self.link_chars, len(text)),
                        _HEADINGS.get(tag, 0),
                        furniture,
                        main,
                        hidden,
                    )
                )
            self.pieces = []
        self.link_chars = 0
        self.owner = None


class DomPage(NamedTuple):
    """The blocks of a page and the marked containers they refer to."""

    blocks: list[DomBlock]
    containers: list[lxml.html.HtmlElement]
    enclosing: list[int | None]  # per container, the innermost article container around it
    strong: list[bool]  # per container, True when marked as furniture by a strong name or tag


def dom_blocks(body: lxml.html.HtmlElement) -> DomPage:
    """The blocks of `body` in document order, and the marked containers they refer to.

    Example:
        >>> import lxml.html
        >>> root = lxml.html.fromstring(
        ...     '<div><nav><a href="/">Home</a></nav><article><h1>Title</h1>'
        ...     '<p>Some <b>bold</b> text.<br>Next line.</p></article></div>')
        >>> blocks = dom_blocks(root).blocks
        >>> for b in blocks:
        ...     print(b.text, b.heading, bool(b.furniture), bool(b.main))
        Home 0 True False
        Title 1 False True
        Some bold text. 0 False True
        Next line. 0 False True
    """
    walk = _Walk()
    stack = walk.stack
    for event, element in etree.iterwalk(body, events=("start", "end")):
        tag = element.tag
        if not isinstance(tag, str):
            if event == "end" and element.tail:
                walk.add(element.tail, stack[-1][3] > 0)
            continue
        if event == "start":
            furniture, main, hidden, links = stack[-1]
            if tag not in _INLINE:
                walk.flush(element)
                walk.owner = element
                if element is not body:
                    furniture, main, hidden = _marks(walk, element, tag, furniture, main, hidden)
            elif tag == "a":
                links += 1
            stack.append((furniture, main, hidden, links))
            if tag == "br" or tag == "hr":
                walk.flush(element)
            elif element.text:
                if walk.owner is None:
                    walk.owner = element.getparent()
                walk.add(element.text, links > 0)
        else:
            if tag not in _INLINE:
                walk.flush(element)
            stack.pop()
            if element.tail:
                if walk.owner is None:
                    walk.owner = element.getparent()
                walk.add(element.tail, stack[-1][3] > 0)
    walk.flush(body)
    return DomPage(walk.blocks, walk.containers, walk.enclosing, walk.strong)


def _marks(
    walk: _Walk,
    element: lxml.html.HtmlElement,
    tag: str,
    furniture: tuple[int, ...],
    main: tuple[int, ...],
    hidden: bool,
) -> tuple[tuple[int, ...], tuple[int, ...], bool]:
    """The containers an element opens: furniture, article text, or hidden."""
    attrib = element.attrib
    is_main = tag in ("article", "main") or attrib.get("itemprop") == "articleBody"
    strong = tag in _FURNITURE_TAGS
    weak = tag in _LAYOUT_TAGS
    if attrib:
        names = f"{attrib.get('class', '')} {attrib.get('id', '')}".lower()
        if names != " ":
            if _MAIN_NAME.search(names):
                is_main = True
            elif _FURNITURE_NAME.search(names):
                strong = True
            elif _LAYOUT_NAME.search(names):
                weak = True
        role = attrib.get("role")
        if role in _FURNITURE_ROLES:
            strong = True
        elif role in _MAIN_ROLES:
            is_main = True
        style = attrib.get("style")
        if (
            "hidden" in attrib
            or attrib.get("aria-hidden") == "true"
            or (style and _HIDDEN_STYLE.search(style.lower()))
        ):
            hidden = True
    if is_main or strong or weak:
        walk.containers.append(element)
        walk.enclosing.append(main[-1] if main else None)
        walk.strong.append(strong)
        if is_main:
            main = (*main, len(walk.containers) - 1)
        else:
            furniture = (*furniture, len(walk.containers) - 1)
    return furniture, main, hidden


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
