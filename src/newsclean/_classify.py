"""Classifying blocks as body or boilerplate, in two passes as jusText does.

The first pass looks at each block on its own: a boilerplate pattern, or its length and
share of function words, gives it a class (good, near-good, short or bad). The second pass
settles the uncertain classes from their neighbours, then page structure trims what lies
before the headline and after the comments or the footer begin. Every decision names a rule
of `newsclean.rules`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from typing import NamedTuple

from ._boilerplate import boilerplate_rule, credit_after_caption, is_footer_start, is_related_header
from ._lexicon import stopword_density, stopword_set
from .rules import RULES

__all__ = [
    "CJK",
    "PROSE_KINDS",
    "SENTENCE_END",
    "BlockInfo",
    "classify",
    "describe",
    "first_prose",
    "is_prose",
    "mark_author_bios",
]

_WORD = re.compile(r"\w+")
# In ASCII text, `\w` is a letter, a digit or "_": with every other ASCII character made a
# space, `str.split` gives exactly `_WORD`'s words, several times faster.
_ASCII_NON_WORD = str.maketrans(
    dict.fromkeys((c for c in map(chr, range(128)) if not c.isalnum() and c != "_"), " ")
)
_INITIAL = re.compile(r"\b[^\W\d_]")
# The characters a sentence (or a quoted or bracketed one) ends with.
SENTENCE_END = frozenset('.!?…:;»"”)。！？」』')
LENGTH_LOW = 70
LENGTH_HIGH = 200
STOP_LOW = 0.22
STOP_HIGH = 0.30
_FULL_STOP = ".!?。！？"
# Chinese, Japanese and Korean script: no spaces between words, and a character carries
# about as much as three letters of an alphabet.
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]")
_LIST_END = ".!?:;,"
_LINK_RUN = 12
_RELATED_RUN = 15
# A comment count ("12 Comments", "No comments yet", "Noch keine Kommentare").
_COMMENT_COUNT = re.compile(r"\d|\b(?:no|keine|aucun|sin|nessun)\b", re.IGNORECASE)
_METADATA = frozenset({"title-line", "headline", "subtitle", "byline", "dateline"})
_COUNT_AFTER = 3
_FOOTER_PROSE = 4  # a copyright line ends the body when at most this many paragraphs follow
# What follows a name at the start of an author bio.
_BIO_VERB = re.compile(
    r"[^.!?]{0,40}?\b(?:is\ (?:a|an|the)|was\ (?:a|an|the)|has\ (?:been|written|covered|worked|reported)"
    r"|writes|covers|specializes|specialises|joined|lives\ in|ist\ (?:ein|eine|seit)|schreibt|arbeitet\ als"
    r"|lebt\ in|est\ (?:un|une|journaliste)|écrit|travaille|es\ (?:un|una|periodista)|escribe|trabaja"
    r"|è\ (?:un|una|giornalista)|scrive|lavora|schrijft)\b",
    re.VERBOSE,
)
_GOOD, _NEAR, _SHORT, _BAD = "good", "near-good", "short", "bad"
# The classes of blocks that read as prose on their own.
PROSE_KINDS = frozenset({_GOOD, _NEAR})
_REPEAT_MAX_WORDS = 12
# Furniture set inside an article's text; the classifier looks past it for context.
_TRANSPARENT = frozenset({"advertisement", "caption-credit", "share-bar"})
_CLUSTER_GAP = 30
_CLUSTER_SHARE = 6
_TAIL_GAP = 8
_TAIL_SHARE = 4


class BlockInfo(NamedTuple):
    """A block's text with the features the classifier uses (a tuple: cheap to build).

    ``n_chars`` and ``n_words`` count a Chinese, Japanese or Korean character as three
    letters and half a word, so that blocks in those scripts are weighed like others.
    """

    text: str
    n_chars: int
    n_words: int
    stop_density: float
    gap: int = 0
    furniture: str | None = None  # the boilerplate rule the block matches on its own
    kind: str = "short"  # jusText's context-free class: good, near-good, short or bad

    @property
    def prose(self) -> bool:
        """True when the block ends like a sentence."""
        return self.text[-1:] in SENTENCE_END


def describe(
    texts: Sequence[str], language: str | None, gaps: Sequence[int] | None = None
) -> list[BlockInfo]:
    """Compute each block's features once; `gaps` are the blank lines before each block."""
    infos = []
    joined = "\n".join(texts)
    cjk_page = not joined.isascii() and CJK.search(joined) is not None
    seen: dict[str, BlockInfo] = {}  # menus are often printed twice: compute each text once
    for i, text in enumerate(texts):
        gap = gaps[i] if gaps is not None else 0
        known = seen.get(text)
        if known is not None:
            infos.append(known if known.gap == gap else known._replace(gap=gap))
            continue
        n_words = text.count(" ") + 1  # blocks have single spaces, none at the ends
        size = len(text)
        if cjk_page and not text.isascii():
            cjk = len(CJK.findall(text))
            size, n_words = size + 2 * cjk, n_words + cjk // 2
        furniture = boilerplate_rule(text, n_words)
        if size < LENGTH_LOW and not (n_words >= 5 and text[-1] in _FULL_STOP):
            info = BlockInfo(text, size, n_words, 0.0, gap, furniture)
        else:
            low = text.lower()
            words = low.translate(_ASCII_NON_WORD).split() if low.isascii() else _WORD.findall(low)
            density = stopword_density(words, language, clean=True)
            kind = _context_free(text, size, n_words, density, language)
            info = BlockInfo(text, size, n_words, density, gap, furniture, kind)
        seen[text] = info
        infos.append(info)
    return infos


def classify(
    infos: Sequence[BlockInfo], roles: dict[int, str], body_start: int, language: str | None
) -> list[str]:
    """The rule id that decides each block; blocks with a metadata role keep that role."""
    n = len(infos)
    rules: list[str | None] = [roles.get(i) for i in range(n)]
    classes = [info.kind for info in infos]
    # A short line printed twice is page furniture (a menu shown twice), except a last copy
    # that heads prose: a table of contents repeats the article's subheadings, and the copy
    # in the article is the last one, followed by its section.
    keys = [info.text.casefold() if info.n_words <= _REPEAT_MAX_WORDS else None for info in infos]
    count = Counter(keys)
    last = dict(zip(keys, range(n), strict=True))  # where the last copy of each key is
    for i, info in enumerate(infos):
        if rules[i] is not None:
            classes[i] = _BAD
            continue
        rule = info.furniture
        key = keys[i]
        repeated = key is not None and count[key] > 1
        if rule is None and repeated and (last[key] != i or not _heads_prose(infos, i)):
            rule = "repeated-line"
        if rule is not None:
            rules[i], classes[i] = rule, _SHORT if rule in _TRANSPARENT else _BAD
    _caption_next_to_credit(infos, rules, classes)
    _long_short_runs(infos, rules, classes)
    for i in range(min(body_start, n)):
        if rules[i] is None:
            rules[i], classes[i] = "before-body", _BAD
    _trim_tail(infos, rules, classes, body_start)
    _drop_related_runs(infos, rules, classes)
    revised = _revise(classes)
    _keep_main_cluster(infos, rules, revised)
    result: list[str] = []
    for rule, cls, revised_cls in zip(rules, classes, revised, strict=True):
        if rule is None:
            if revised_cls == _GOOD:
                rule = {_GOOD: "body-text", _NEAR: "near-body"}.get(cls, "in-body-short")
            else:
                rule = "short-nav-run" if cls == _SHORT else "low-text"
        result.append(rule)
    return result


def _keep_main_cluster(infos: Sequence[BlockInfo], rules: list[str | None], revised: list[str]) -> None:
    """Drop kept text far from the article: teasers, bios and notices beyond a run of page
    furniture. Kept blocks form clusters broken by `_CLUSTER_GAP` dropped blocks in a row;
    clusters under a sixth of the largest one are marked ``far-from-body``. After the
    article a shorter run is enough: there a run of `_TAIL_GAP` dropped blocks ends it, and
    what follows stays only if it is at least a quarter as long as the article so far, and,
    once a 'Related' list has come after the article, only if it has a sentence: lines
    that are all titles there are more teasers."""
    clusters = _clusters(rules, revised, _CLUSTER_GAP)
    if not clusters:
        return
    sizes = [sum(infos[i].n_chars for i in cluster) for cluster in clusters]
    largest = max(sizes)
    far = [c for c, size in zip(clusters, sizes, strict=True) if size * _CLUSTER_SHARE < largest]
    main = clusters[sizes.index(largest)]
    pieces = _clusters(rules, revised, _TAIL_GAP, main[0], main[-1] + 1)
    piece_sizes = [sum(infos[i].n_chars for i in piece) for piece in pieces]
    core = piece_sizes.index(max(piece_sizes))
    before = sum(piece_sizes[: core + 1])
    after_related = False
    for k in range(core + 1, len(pieces)):
        piece = pieces[k]
        after_related = after_related or "related-list" in rules[pieces[k - 1][-1] + 1 : piece[0]]
        teasers = after_related and not any(infos[i].prose for i in piece)
        if teasers or piece_sizes[k] * _TAIL_SHARE < before:
            far.append(piece)
    for cluster in far:
        for i in cluster:
            rules[i] = "far-from-body"
            revised[i] = _BAD


def _clusters(
    rules: list[str | None], revised: list[str], min_gap: int, start: int = 0, end: int | None = None
) -> list[list[int]]:
    """Kept blocks in `start:end`, grouped: `min_gap` dropped blocks in a row start a group."""
    clusters: list[list[int]] = []
    gap = min_gap
    for i in range(start, len(revised) if end is None else end):
        if rules[i] is not None and rules[i] not in _TRANSPARENT:
            gap += 1
            continue
        if revised[i] != _GOOD:
            gap += rules[i] is None
            continue
        if gap >= min_gap:
            clusters.append([])
        clusters[-1].append(i)
        gap = 0
    return clusters


def _context_free(text: str, n_chars: int, n_words: int, density: float, language: str | None) -> str:
    """jusText's class of a block from its own features: good, near-good, short or bad."""
    prose = text[-1:] in SENTENCE_END
    if n_chars < LENGTH_LOW:
        # A short full sentence ("Preheat the oven to 180 degrees.") is near-good: it joins
        # the body next to good text, where a short menu item would not.
        sentence = n_words >= 5 and text[-1] in _FULL_STOP
        return _NEAR if sentence and density >= STOP_HIGH else _SHORT
    if language is None:
        if prose:
            return _GOOD if n_chars >= LENGTH_HIGH else _NEAR
        return _NEAR if n_chars >= LENGTH_HIGH else _SHORT
    if density >= STOP_HIGH:
        return _GOOD if n_chars >= LENGTH_HIGH else _NEAR
    if density >= STOP_LOW or (prose and n_words >= 10 and _lower_share(text) >= 0.5):
        return _NEAR
    # A long heading or list item has few function words too: under 200 characters it is
    # judged by its neighbours, like a short block.
    return _SHORT if n_chars < LENGTH_HIGH else _BAD


def _lower_share(text: str) -> float:
    """Share of the words that start with a lower-case letter: high in sentences, low in
    title-cased menus and link lists."""
    initials = _INITIAL.findall(text)
    return sum(1 for c in initials if c.islower()) / len(initials) if initials else 0.0


def _heads_prose(infos: Sequence[BlockInfo], i: int) -> bool:
    """True when the block right after block `i` reads as prose."""
    return i + 1 < len(infos) and infos[i + 1].kind in (_GOOD, _NEAR)


def _long_short_runs(infos: Sequence[BlockInfo], rules: list[str | None], classes: list[str]) -> None:
    """A long run of short title-like blocks is a link list, whatever surrounds it. (An HTML
    extractor sees the links; a text dump only shows the run.)"""
    start = 0
    for i, cls in enumerate([*classes, _BAD]):  # the bad block past the end closes the last run
        if cls == _SHORT and infos[i].text[-1] not in _LIST_END:
            continue
        if i - start >= _LINK_RUN:
            for j in range(start, i):
                if rules[j] is None:
                    rules[j], classes[j] = "short-nav-run", _BAD
        start = i + 1


def _caption_next_to_credit(infos: Sequence[BlockInfo], rules: list[str | None], classes: list[str]) -> None:
    """A short line printed right against a photo credit, with no blank line between, is
    the caption it credits ("The mill wheel, back in use." / "(Photo: J. Moreau)"); not
    next to a credit that ends its own caption ("The mill wheel / Photo: J. Moreau")."""
    for i in _indices(rules, "caption-credit"):
        info = infos[i]
        if credit_after_caption(info.text):
            continue
        for j, gap in ((i - 1, info.gap), (i + 1, infos[i + 1].gap if i + 1 < len(infos) else 1)):
            if gap == 0 and 0 <= j < len(infos) and rules[j] is None and infos[j].n_words <= 30:
                rules[j], classes[j] = "caption-credit", _SHORT


def _trim_tail(
    infos: Sequence[BlockInfo], rules: list[str | None], classes: list[str], body_start: int
) -> None:
    """Once the body has begun, a comment section or a copyright footer ends it."""
    good_seen = prose_seen = 0
    good_after = classes[body_start:].count(_GOOD)  # the good blocks after block i, once i is counted out
    for i in range(body_start, len(infos)):
        good_after -= classes[i] == _GOOD
        if classes[i] in (_GOOD, _NEAR) and rules[i] is None:
            good_seen += classes[i] == _GOOD
            prose_seen += 1
            continue
        if not good_seen or rules[i] in _METADATA:
            continue
        furniture = infos[i].furniture
        if furniture in ("comment-section", "author-bio"):
            # A comment count ("124 Comments") is often a link under the first paragraph:
            # it ends the body only once the article is under way.
            if prose_seen < _COUNT_AFTER and _COMMENT_COUNT.search(infos[i].text):
                continue
            tail_rule = furniture
        elif furniture is not None and good_after <= _FOOTER_PROSE and is_footer_start(infos[i].text):
            tail_rule = "after-body"
        else:
            continue
        for j in range(i, len(infos)):
            rules[j] = rules[j] or tail_rule
            classes[j] = _BAD
        return


def _drop_related_runs(infos: Sequence[BlockInfo], rules: list[str | None], classes: list[str]) -> None:
    """A 'Related' or 'Read more' header takes the non-prose blocks after it with it, up to
    `_RELATED_RUN` of them: a link list is short, and a page without prose after such a
    header (a recipe, a list) keeps the rest. The list ends at prose (a good block, or a
    near-good one that ends like a sentence) and at the headline or byline, where the
    article begins."""
    end = 0  # where the last list taken ends: a header inside it opens no list of its own
    for i in _indices(rules, "related-list"):
        if i < end or not is_related_header(infos[i].text):
            continue
        j, taken = i + 1, 0
        while j < len(infos) and taken < _RELATED_RUN and not _ends_list(rules[j], classes[j]):
            if rules[j] is None:
                rules[j], classes[j] = "related-list", _BAD
                taken += 1
            j += 1
        end = j


def _ends_list(rule: str | None, cls: str) -> bool:
    """True for a block that a related list cannot take: prose, or the article's header."""
    return cls == _GOOD or rule in _METADATA


def _revise(classes: list[str]) -> list[str]:
    """jusText's context pass: short and near-good blocks take the class of their neighbours."""
    prev_strict, prev_loose = _neighbours(classes)
    next_strict_rev, next_loose_rev = (found[::-1] for found in _neighbours(reversed(classes)))
    revised = list(classes)
    for i, cls in enumerate(classes):
        if cls != _SHORT:
            continue
        before, after = prev_strict[i], next_strict_rev[i]
        if before == after:
            revised[i] = before
        elif (before == _BAD and prev_loose[i] == _NEAR) or (after == _BAD and next_loose_rev[i] == _NEAR):
            revised[i] = _GOOD
        else:
            revised[i] = _BAD
    for i, cls in enumerate(classes):
        if cls == _NEAR:
            isolated = prev_strict[i] == next_strict_rev[i] == _BAD
            in_run = prev_loose[i] == _NEAR or next_loose_rev[i] == _NEAR
            revised[i] = _BAD if isolated and not in_run else _GOOD
    return revised


def _neighbours(classes: Iterable[str]) -> tuple[list[str], list[str]]:
    """For each block, the class of the nearest block before it that is not short, ignoring
    near-good blocks (strict) or not (loose); the page edge counts as bad."""
    strict: list[str] = []
    loose: list[str] = []
    last_strict = last_loose = _BAD
    for cls in classes:
        strict.append(last_strict)
        loose.append(last_loose)
        if cls != _SHORT:
            last_loose = cls
            if cls != _NEAR:
                last_strict = cls
    return strict, loose


def _indices(items: list[str | None], value: str) -> Iterator[int]:
    """The positions of `value` in `items`, in order, found by `list.index` (a loop in C);
    a position set to `value` ahead of the one last given is found too."""
    i = -1
    while True:
        try:
            i = items.index(value, i + 1)
        except ValueError:
            return
        yield i


def first_prose(infos: Sequence[BlockInfo], start: int) -> int:
    """Index of the first block at or after `start` that reads as prose; len(infos) if none."""
    for i in range(max(start, 0), len(infos)):
        info = infos[i]
        if info.furniture is None and is_prose(info):
            return i
    return len(infos)


def is_prose(info: BlockInfo) -> bool:
    """True when the block reads as prose on its own (jusText's 'good' class)."""
    return info.kind == _GOOD


def mark_author_bios(infos: Sequence[BlockInfo], rules: list[str], authors: Sequence[str]) -> None:
    """A kept block that opens with an author's name and says who they are ("Jane Doe is a
    reporter covering...", "Rebecca has written about...") is an author bio, not the story."""
    stopwords = stopword_set(None)
    names = {
        name
        for author in authors
        for name in (author, author.split()[0])
        if len(name) >= 3 and name.lower() not in stopwords
    }
    if not names:
        return
    for i, info in enumerate(infos):
        if not RULES[rules[i]].keeps or info.n_words > 120:
            continue
        text = info.text
        for name in names:
            if text.startswith(name) and _BIO_VERB.match(text, len(name)):
                rules[i] = "author-bio"
                break
