"""The HTML pipeline: load, parse, metadata on the whole page, DOM blocks, classify, assemble.

The DOM decides what only markup can tell (hidden elements, containers the page marks as
navigation, share bars or comments, link lists, text outside the article container); the text
classifier shared with `clean_text` decides the rest, with the same rules and rule ids.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime

import lxml.html
from lxml import etree

from ._article import Article
from ._classify import PROSE_KINDS, BlockInfo, classify, describe, is_prose, mark_author_bios
from ._dates import find_dates
from ._dom import DomBlock, DomPage, dom_blocks, element_path
from ._htmlmeta import HtmlMeta, read_meta
from ._lexicon import guess_language
from ._load import load_html_utf8, strip_controls
from ._options import CleanOptions
from ._parse import parse_html, strip_furniture
from ._title import norm_key
from .rules import RULES

__all__ = ["run", "where"]

_KEEPS = {rule.id: rule.keeps for rule in RULES.values()}
_WRAPPER_SHARE = 0.5
# The article container must hold this share of the page's prose before text outside it
# is dropped; containers with less than `_MAIN_PEER` of the largest one's prose are teasers.
_MAIN_SHARE = 0.4
_MAIN_PEER = 0.25
# A container of the same kind as an article container, beside it, with this much prose is
# another part of the article.
_PART_PROSE = 300
_NARROW = 0.8
_MOST = 0.75
_COPY_MIN_WORDS = 12
_LEAD_BLOCKS = 2
_EDGE_BLOCKS = 3
# Elements that group blocks but never make a region of the page on their own.
_LISTS = frozenset({"ol", "ul", "dl", "table", "tbody", "thead", "tr"})
_CELLS = frozenset({"td", "th"})
_DIALOGS = frozenset({"dialog", "alertdialog"})
_ITEMS = frozenset({"li", "dt", "dd", "h2", "h3", "h4", "h5", "h6"})
_REGION_SHARE = 0.6
_LEAD_GAP_WORDS = 12
_META_ROLES = frozenset({"headline", "byline", "subtitle", "hidden"})
_MARKUP_DROPS = frozenset({"furniture-container", "link-dense", "duplicate-block"})
# Between a lead and the article's first paragraph: the byline and the picture's caption.
_LEAD_GAP_ROLES = frozenset({"byline", "caption"})
_BOXES = frozenset({"furniture-container", "link-dense", "caption"})
_LINK_DENSE = 0.5
# A line of metadata: the byline and dates read by `read_meta`, joined with their labels
# ("Par Mathilde Giraud Publié le 16 janvier 2024 Mis à jour le 17 janvier 2024").
_MAX_META_LINE = 200  # longer than any byline text `read_meta` reads
_LABEL_WORDS = 4  # words of label ("Mis à jour le", "By") allowed per byline text or date in it
_WORD = re.compile(r"\w+")
# Text rules that judge a block by its shape alone; inside the article's container the
# markup's word outweighs them. In a region inferred from where the prose is, the repeated
# lines stay dropped, but a paragraph the text rules set far from the body (past a list of
# links inside the region) is the article's.
_LENIENT = frozenset({"short-nav-run", "low-text", "far-from-body", "repeated-line"})
_LENIENT_INFERRED = frozenset({"short-nav-run", "low-text", "far-from-body"})
_TEXT_ROLES = frozenset({"headline", "byline", "hidden"})


def where(block: DomBlock) -> str:
    """Where a block is in the page, for `explain`: a short element path."""
    return element_path(block.element)


def run(
    raw: str | bytes,
    url: str | None,
    fetched_at: datetime | None,
    options: CleanOptions | None,
) -> tuple[Article, list[DomBlock], list[str]]:
    """Clean an HTML page: the article, the blocks of the page, and the rule that decided each."""
    options = options or CleanOptions()
    root = parse_html(load_html_utf8(raw, options))
    meta = read_meta(root, url, fetched_at, options)
    strip_furniture(root)
    body = _body(root)
    page = dom_blocks(body)
    blocks = page.blocks
    texts = [b.text for b in blocks]
    language = options.language or _language(meta, texts)
    infos = describe(texts, language, [1] * len(texts))
    roles, inside, marked = _dom_roles(page, infos, meta)
    rules = classify(infos, roles, _body_start(infos, roles), language)
    _fill_article(blocks, infos, rules, inside, _LENIENT if marked else _LENIENT_INFERRED)
    if not any(_KEEPS[rule] for rule in rules):
        rules = _text_rules(infos, roles, language)
    _keep_row_links(blocks, rules, inside)
    _drop_copies(infos, rules, inside)
    mark_author_bios(infos, rules, meta.authors)
    article = Article(
        title=_clean(meta.title),
        subtitle=_clean(meta.subtitle),
        authors=tuple(strip_controls(name) for name in meta.authors),
        published=meta.published,
        text="\n\n".join(t for t, rule in zip(texts, rules, strict=True) if _KEEPS[rule]),
        url=url,
        language=language,
        site_name=_clean(meta.site_name),
        date_source=meta.date_source,
        input_kind="html",
    )
    return article, blocks, rules


def _clean(value: str | None) -> str | None:
    """A metadata string without the control characters a page's attributes may carry."""
    return strip_controls(value) if value else value


def _body(root: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    body = root.find("body")
    return body if body is not None else root


def _language(meta: HtmlMeta, texts: Sequence[str]) -> str | None:
    """The page's declared language (``en-GB`` → ``en``), else a guess from its longer blocks."""
    if meta.language:
        return meta.language
    sample = [t for t in texts if len(t) >= 70]
    joined = "\n".join(sample if sum(map(len, sample)) >= 300 else texts)
    return guess_language(joined[:6_000])


def _dom_roles(
    page: DomPage, infos: Sequence[BlockInfo], meta: HtmlMeta
) -> tuple[dict[int, str], list[bool], bool]:
    """The blocks the markup decides (metadata, hidden text, furniture, outside the article),
    which blocks lie in the article's container, and whether the page marks that container
    (else it is inferred from where the prose is)."""
    blocks = page.blocks
    prose = [info.n_chars if info.kind in PROSE_KINDS else 0 for info in infos]
    total = sum(prose) or 1
    held = [0] * len(page.containers)
    for block, size in zip(blocks, prose, strict=True):
        if size:
            for c in block.furniture:
                held[c] += size
            for c in block.main:
                held[c] += size
            for c in block.hidden:
                held[c] += size
    # A furniture mark on a container that holds half the prose of the article container
    # around it, or half the page's prose and the article's markup or headline, or nearly all
    # of it, is page layout (``class="sidebar-layout"``), unlike a promotion bar that repeats
    # itself at length.
    # A hidden container holding half the prose is a page that script will reveal.
    wraps = {c for b in blocks if b.main or b.heading == 1 for c in b.furniture}
    wraps.update(c for b in blocks for c in b.hidden)
    chunks = _streamed_chunks(page, held, total)
    layout = chunks | {
        c
        for c, around in enumerate(page.enclosing)
        if (around is not None and held[c] >= _WRAPPER_SHARE * held[around])
        or (around is None and held[c] >= (_WRAPPER_SHARE if c in wraps else _MOST) * total)
    }
    article = _article_containers(page, held, total)
    title = norm_key(meta.title) if meta.title else ""
    slack = len(title) // 4 + 8 if title else -1  # a headline block is about the title's length
    bylines = {norm_key(t) for t in meta.byline_texts}
    longest_byline = max(map(len, meta.byline_texts), default=0)
    # Whether a block in these furniture containers is dropped, for prose and for other text:
    # the blocks of one container share its tuple.
    dropping: dict[tuple[tuple[int, ...], bool], bool] = {}
    keys: dict[str, str] = {}  # menus print their short lines twice: compare each text once
    roles: dict[int, str] = {}
    for i, (block, info) in enumerate(zip(blocks, infos, strict=True)):
        size = len(block.text)
        furniture = block.furniture
        if block.hidden and not layout.issuperset(block.hidden):
            roles[i] = "hidden"
        elif abs(size - len(title)) <= slack and _key(block.text, keys) == title:
            roles[i] = "headline"
        elif size <= _MAX_META_LINE and (
            (size <= longest_byline and _key(block.text, keys) in bylines)
            or _meta_line(block.text, meta.byline_texts)
        ):
            roles[i] = "byline"
        elif furniture and not page.captions.isdisjoint(furniture):
            roles[i] = "caption"
        elif furniture and _drops(page, layout, furniture, info.kind in PROSE_KINDS, dropping):
            roles[i] = "furniture-container"
        elif article is not None and article.isdisjoint(block.main):
            roles[i] = "outside-article"
        elif block.link_chars > _LINK_DENSE * size and (info.kind != "good" or block.link_chars > 0.8 * size):
            roles[i] = "link-dense"
    if article is None:
        free = [0 if i in roles else size for i, size in enumerate(prose)]
        inside = _densest_region(blocks, free, sum(free))
        if any(inside):
            last = max(i for i, flag in enumerate(inside) if flag)
            for i in range(last + 1, len(blocks)):
                if free[i]:
                    roles[i] = "outside-article"
        return roles, inside, False
    inside = [not article.isdisjoint(b.main) for b in blocks]
    _take_lead(blocks, infos, roles, inside)
    return roles, inside, True


def _streamed_chunks(page: DomPage, held: Sequence[int], total: int) -> set[int]:
    """The hidden children of the body, when together they hold half the page's prose or
    more: a page streamed by a script framework ships its article in such chunks, which
    script moves into place, one section each. A dialog waiting to pop up is not one."""
    chunks = {
        c
        for b in page.blocks
        for c in b.hidden
        if (parent := page.containers[c].getparent()) is not None
        and parent.tag == "body"
        and page.containers[c].get("role") not in _DIALOGS
    }
    return chunks if sum(held[c] for c in chunks) >= _WRAPPER_SHARE * total else set()


def _meta_line(text: str, byline_texts: Sequence[str]) -> bool:
    """True for a short block that holds an author's byline `read_meta` read in one of its
    inline elements and a date, and otherwise only the page's date texts and a few words of
    label for each piece ("By NAME – DATE", "Par NAME Publié le DATE Mis à jour le DATE").
    A date alone is not enough: the page's date recurs in a table or a quoted post."""
    rest = text
    pieces = 0
    named = False
    for byline in byline_texts:
        if byline in rest:
            rest = rest.replace(byline, " ")
            pieces += 1
            named = named or not find_dates(byline)
    if not named or not find_dates(text):
        return False
    label, dates = _without_dates(rest)
    return len(_WORD.findall(label)) <= _LABEL_WORDS * (pieces + dates)


def _without_dates(text: str) -> tuple[str, int]:
    """`text` with its dates cut out, and how many there were."""
    hits = find_dates(text)
    for hit in reversed(hits):
        text = f"{text[: hit.start]} {text[hit.end :]}"
    return text, len(hits)


def _key(text: str, known: dict[str, str]) -> str:
    """The comparison key of a block's text (`norm_key`), computed once per text."""
    key = known.get(text)
    if key is None:
        key = known[text] = norm_key(text)
    return key


def _drops(
    page: DomPage,
    layout: set[int],
    furniture: tuple[int, ...],
    prose: bool,
    known: dict[tuple[tuple[int, ...], bool], bool],
) -> bool:
    """Whether a block in these furniture containers is page furniture: one of them is not
    page layout, and is marked by a strong name or tag unless the block is not prose."""
    key = (furniture, prose)
    drops = known.get(key)
    if drops is None:
        drops = known[key] = any(c not in layout and (page.strong[c] or not prose) for c in furniture)
    return drops


def _densest_region(blocks: Sequence[DomBlock], prose: Sequence[int], total: int) -> list[bool]:
    """For a page that marks no article container: the blocks from the first to the last
    paragraph of the deepest element holding most of the page's prose (as Readability finds
    it, prose counted up the tree from each paragraph's parent). Elements holding over half of
    it are nested in one another, so the deepest is the one holding least. A list or a table
    is not a region: the element holding it is (the lines that introduce it belong with it)."""
    held: dict[etree._Element, int] = {}
    for block, size in zip(blocks, prose, strict=True):
        if size:
            for element in block.element.iterancestors():
                if element.tag not in _LISTS:
                    held[element] = held.get(element, 0) + size
    dense = [(size, element) for element, size in held.items() if size >= _REGION_SHARE * total]
    inside = [False] * len(blocks)
    if not dense:
        return inside
    region = min(dense, key=lambda pair: pair[0])[1]
    members = [i for i, size in enumerate(prose) if size and _within(blocks[i], region)]
    first = members[0]
    while first and _within(blocks[first - 1], region):  # the region's start: a subtree's
        first -= 1  # blocks are consecutive in document order
    for i in range(first, members[-1] + 1):
        inside[i] = True
    return inside


def _within(block: DomBlock, region: etree._Element) -> bool:
    return block.element is region or region in block.element.iterancestors()


def _take_lead(
    blocks: Sequence[DomBlock], infos: Sequence[BlockInfo], roles: dict[int, str], inside: list[bool]
) -> None:
    """Prose just above the article's container is its lead (a teaser paragraph set apart
    from the body): it joins the article when only metadata, short lines and, below the
    headline, boxes the markup dropped (a picture's caption, a date bar) lie between, unless
    it sits in a box that recurs below the article (`_recurring_box`)."""
    start = next((i for i, flag in enumerate(inside) if flag), None)
    if start is None:
        return
    header = [blocks[i].element for i in range(start) if roles.get(i) in ("headline", "byline")]
    taken = 0
    below_headline = True
    for i in range(start - 1, -1, -1):
        role = roles.get(i)
        if role == "headline":
            below_headline = False
        if (
            role == "outside-article"
            and infos[i].kind in PROSE_KINDS
            and taken < _LEAD_BLOCKS
            and not _recurring_box(blocks[i].element, blocks[start].element, header)
        ):
            del roles[i]
            inside[i] = True
            taken += 1
        elif below_headline and role in _BOXES:
            continue
        elif role not in _META_ROLES and infos[i].n_words > _LEAD_GAP_WORDS:
            return


def _recurring_box(
    element: etree._Element, article: etree._Element, header: Sequence[etree._Element]
) -> bool:
    """True when `element`, above the `article` block, sits in a box (the branch of their
    common ancestor that holds it) whose tag and class a box after the article's branch
    shares: a note or promotion the page sets around its articles ("You might also enjoy..."
    above, "Free every Thursday" below), not the article's own lead. Not when the article's
    branch is of the same kind (rows of one layout grid), nor when the box holds the
    article's headline or byline (the article's own header, in a portal's boxes)."""
    around = set(article.iterancestors())
    box = element
    for parent in element.iterancestors():
        if parent in around:
            break
        box = parent
    else:
        return False
    branch = article
    while branch.getparent() is not parent:
        branch = branch.getparent()
    kind = (box.tag, box.get("class"))
    if not kind[1] or (branch.tag, branch.get("class")) == kind:
        return False
    if any(el is box or box in el.iterancestors() for el in header):
        return False
    return any((after.tag, after.get("class")) == kind for after in branch.itersiblings())


def _article_containers(page: DomPage, held: Sequence[int], total: int) -> set[int] | None:
    """The containers that hold the article's text, or None when no marked container holds
    enough of the page's prose. Of nested containers, the innermost one that holds most of
    the prose of the one around it wins: ``<main>`` gives way to its ``<article>``, which
    gives way to its ``entry-content``, leaving the promotions around them outside. A page
    that splits the article into sibling containers of one kind (`_kind`) between promotion
    boxes has each part with a paragraph's worth of prose chosen, however short."""
    mains = {c for b in page.blocks for c in b.main}
    best = max((held[c] for c in mains), default=0)
    if best < _MAIN_SHARE * total:
        return None
    chosen = {c for c in mains if held[c] >= _MAIN_PEER * best}
    kinds = {_kind(page.containers[c]) for c in chosen}
    chosen.update(c for c in mains if held[c] >= _PART_PROSE and _kind(page.containers[c]) in kinds)
    for c in list(chosen):
        around = page.enclosing[c]
        while around is not None:
            if around in chosen and held[c] >= _NARROW * held[around]:
                chosen.discard(around)
            around = page.enclosing[around]
    return chosen


def _kind(element: etree._Element) -> tuple[etree._Element | None, str, str | None]:
    """An element's parent, tag and class: the parts of one article that a page splits into
    sibling containers of one kind (between promotion boxes) share it."""
    return element.getparent(), element.tag, element.get("class")


def _fill_article(
    blocks: Sequence[DomBlock],
    infos: Sequence[BlockInfo],
    rules: list[str],
    inside: Sequence[bool],
    lenient: frozenset[str],
) -> None:
    """Keep the blocks of the article's container that the `lenient` text rules dropped for
    their shape alone: between its first and last paragraph, everything (subheadings, list
    items, short paragraphs); above the first, lists (ingredients, an agenda) and the prose
    just above it (a standfirst set apart by a picture, its caption or the byline), but not
    the labels, taglines and unmarked bylines that stand there too, unless they share the
    first paragraph's element (`_fill_head`); below the last, a little more prose
    (a last paragraph under a box of related links) and the short lines of its element
    (`_fill_tail`). Boxes the markup dropped, and date lines outside it (`_lead_gap`), are
    looked past. A container without kept paragraphs (an agenda, a list of dates, a story of
    one short paragraph) keeps its items, and everything from its first paragraph on."""
    if True not in inside:
        return
    anchors = [
        i
        for i, info in enumerate(infos)
        if inside[i] and info.kind in PROSE_KINDS and (_KEEPS[rules[i]] or rules[i] == "far-from-body")
    ]
    if anchors:
        first, last = anchors[0], anchors[-1]
    else:
        dropped = (
            i
            for i, info in enumerate(infos)
            if inside[i] and info.kind in PROSE_KINDS and rules[i] in lenient
        )
        first, last = next(dropped, len(inside)), len(inside) - 1
    prose_cells = {blocks[i].element for i in anchors}  # a layout table's cell holds the article
    for i in range(inside.index(True), last + 1):
        if inside[i] and rules[i] in lenient and (i >= first or _item(blocks[i], prose_cells)):
            rules[i] = "article-text"
    for i in range(first - 1, -1, -1):
        rule = rules[i]
        if rule in _MARKUP_DROPS or rule in _LEAD_GAP_ROLES or _lead_gap(infos[i], rule):
            continue
        if not inside[i] or rule in _META_ROLES:
            break
        if rule in lenient and infos[i].kind in PROSE_KINDS:
            rules[i] = "article-text"
    reach = _EDGE_BLOCKS
    for i in range(last + 1, len(infos)):
        rule = rules[i]
        if rule in _MARKUP_DROPS:
            continue
        if not inside[i] or rule in _META_ROLES or not reach:
            break
        reach -= 1
        if rule in lenient and infos[i].kind in PROSE_KINDS:
            rules[i] = "article-text"
    if anchors:
        _fill_tail(blocks, rules, inside, last, lenient)
        _fill_head(blocks, infos, rules, inside, first, lenient)


def _lead_gap(info: BlockInfo, rule: str) -> bool:
    """A short line with a date outside the article's container, between a lead and the
    article: a date line that `read_meta` did not claim ("11.01.2022, 09:50 Uhr")."""
    return (
        rule == "outside-article"
        and info.kind not in PROSE_KINDS
        and info.n_words <= _LEAD_GAP_WORDS
        and bool(find_dates(info.text))
    )


def _fill_tail(
    blocks: Sequence[DomBlock], rules: list[str], inside: Sequence[bool], last: int, lenient: frozenset[str]
) -> None:
    """Below the article's last paragraph, the short lines that the element holding it still
    holds (a closing list, a table of figures, a source line) join the article, up to a box
    the markup dropped, a block a text rule other than the `lenient` ones dropped, or a line
    that labels a dropped box ("More on this:" over a list of links)."""
    element = blocks[last].element
    parent = element.getparent()
    scope = element if parent is None else parent
    for i in range(last + 1, len(blocks)):
        rule = rules[i]
        if not inside[i] or rule in _META_ROLES or rule == "furniture-container":
            return
        if not _within(blocks[i], scope):
            return
        if rule in _MARKUP_DROPS or _KEEPS[rule]:
            continue
        if rule not in lenient or (i + 1 < len(rules) and rules[i + 1] in _MARKUP_DROPS):
            return
        rules[i] = "article-text"


def _fill_head(
    blocks: Sequence[DomBlock],
    infos: Sequence[BlockInfo],
    rules: list[str],
    inside: Sequence[bool],
    first: int,
    lenient: frozenset[str],
) -> None:
    """Above the article's first paragraph, the short lines that the element holding it also
    holds (a speech's opening lines, a recipe's yield, a salutation) join the article, up to
    a block that is metadata, furniture, outside the container, dropped by a text rule other
    than the `lenient` ones, a single word (a label: "Pinned", "Anzeige") or a date line
    (the article's "Updated on" line). Lines in elements of their own above it are the
    header's."""
    element = blocks[first].element
    parent = element.getparent()
    scope = element if parent is None else parent
    for i in range(first - 1, -1, -1):
        rule = rules[i]
        if (
            not inside[i]
            or rule in _META_ROLES
            or rule == "furniture-container"
            or not _within(blocks[i], scope)
        ):
            return
        if rule in _MARKUP_DROPS or _KEEPS[rule]:
            continue
        if rule not in lenient or infos[i].n_words < 2 or _date_line(infos[i].text):
            return
        rules[i] = "article-text"


def _date_line(text: str) -> bool:
    """A line that is a date and a few words of label ("Updated on 21 October 2025")."""
    if len(text) > _MAX_META_LINE:
        return False
    label, dates = _without_dates(text)
    return dates > 0 and len(_WORD.findall(label)) <= _LABEL_WORDS


def _item(block: DomBlock, prose_cells: set[etree._Element]) -> bool:
    """A list item, a subheading, or the cell of a data table."""
    tag = block.element.tag
    return tag in _ITEMS or (tag in ("td", "th") and block.element not in prose_cells)


def _keep_row_links(blocks: Sequence[DomBlock], rules: list[str], inside: Sequence[bool]) -> None:
    """In the article's container, a table cell that is a link (a row's name, linked to its
    page) is data when the article keeps another cell of its row: a table of providers or
    products, not a list of links."""
    kept_rows = {
        block.element.getparent()
        for block, rule in zip(blocks, rules, strict=True)
        if _KEEPS[rule] and block.element.tag in _CELLS
    }
    for i, block in enumerate(blocks):
        if (
            rules[i] == "link-dense"
            and inside[i]
            and block.element.tag in _CELLS
            and block.element.getparent() in kept_rows
        ):
            rules[i] = "article-text"


def _drop_copies(infos: Sequence[BlockInfo], rules: list[str], inside: Sequence[bool]) -> None:
    """Keep a paragraph printed twice (one page laid out for two screens) once: the copy in
    the article's container, else the first."""
    first: dict[str, int] = {}
    for i, info in enumerate(infos):
        if info.n_words <= _COPY_MIN_WORDS or not _KEEPS[rules[i]]:
            continue
        j = first.setdefault(info.text, i)
        if j != i:
            if inside[i] and not inside[j]:
                rules[j], first[info.text] = "duplicate-block", i
            else:
                rules[i] = "duplicate-block"


def _text_rules(infos: Sequence[BlockInfo], roles: dict[int, str], language: str | None) -> list[str]:
    """The text rules' decisions alone, for a page where the markup's rules left no article
    (it names the article's elements like furniture: a wrapper after the sidebar beside it,
    sections after the ads in them). Hidden text and the metadata lines stay out."""
    kept_roles = {i: role for i, role in roles.items() if role in _TEXT_ROLES}
    return classify(infos, kept_roles, _body_start(infos, kept_roles), language)


def _body_start(infos: Sequence[BlockInfo], roles: dict[int, str]) -> int:
    """Where the article begins: at the headline, unless a fifth or more of the page's prose
    (or 500 characters of it) comes before it."""
    heads = [i for i, role in roles.items() if role == "headline"]
    if not heads:
        return 0
    first = min(heads)
    prose = [len(info.text) if is_prose(info) else 0 for info in infos]
    before = sum(prose[:first])
    return first if before == 0 or (before * 5 < sum(prose) and before < 500) else 0
