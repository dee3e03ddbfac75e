"""Segmenting a text dump into blocks: lines, with hard-wrapped lines rejoined and glued ones split.

A dump from ``get_text()`` puts each HTML block on its own line, but some pages glue whole
blocks together (``...said than done.At Scratch, we...``, ``Sept 4, 2025By Jane Doe``) and
crawler ``.txt`` files wrap paragraphs at a fixed width. Blocks undo both.
"""

from __future__ import annotations

import re
from typing import NamedTuple

import regex

from ._boilerplate import boilerplate_rule

__all__ = ["Block", "segment_text"]

# A point where two blocks were glued without a newline: a sentence end or a year directly
# followed by a capitalised word ("done.At", "2025By"), or a closing quote before a capital.
_GLUE = regex.compile(
    r"(?:(?<=[\p{Ll}\p{N}]\p{Ll}[.!?…]|\p{N}\p{N}[.!?]|\p{Ll}[.!?…][\"”’)]|(?<!\d)(?:19|20)\d\d)(?=[“„«»‚‘]?\p{Lu}\p{Ll}))"
)
# A cheap superset of _GLUE's and _CAMEL's split points, to skip the exact patterns on most
# blocks: a sentence end not followed by a space, a year followed by a letter, the case
# change in the Latin, Greek and Cyrillic letters. Three patterns tried in turn are faster
# than one with three branches: `re` scans ahead for a pattern's first character class, and
# the case change is written from its upper-case letter, rarer than a lower-case one.
_MAYBE_GLUED = (
    re.compile(r"[.!?…][\"”’)]?[“„«»‚‘]?\S"),
    re.compile(r"(?:19|20)\d\d(?:[^\W\d_]|[“„«»‚‘])"),
    re.compile(r"[A-ZÀ-ÞĀ-žΑ-ΩА-ЯЁ](?<=[a-zß-ÿĀ-žα-ωа-яё].)"),
)
_FIRST_WORD = regex.compile(r"\S+")
_CAMEL = regex.compile(r"(?<=\p{Ll}\p{Ll})(?=\p{Lu}\p{Ll})")
_CAMEL_SPACING = 60
# Wide gaps inside a line separate blocks that lost their newlines; other runs become a space.
_WIDE_GAP = re.compile(r"\t|[ \t]{3,}")
_SPACE_RUN = re.compile(r" {2,}")
_MIN_WRAP_LINES = 8
# A page label glued to the block after it ("Ähnliche BeiträgeModeschreck: ...", "TeilenKlick,
# um ..."): a short head, up to the first case change, that is a furniture line on its own.
# A one-word head is split off only as a share button: a single "Read" or "New" is as often
# the start of a name in camel case ("ReadFile", "NewsDesk").
_LABEL_CHARS = 40
_LABEL_WORDS = 6
_LABEL_RULES = frozenset({"related-list", "share-bar", "nav-word", "feedback-prompt"})


class Block(NamedTuple):
    """One unit of the page: a line, a rejoined wrapped paragraph, or a piece of a glued line.

    ``line`` is the 1-based input line where the block starts; ``gap`` the number of blank
    lines before it in the input.
    """

    text: str
    line: int
    gap: int


def segment_text(text: str) -> list[Block]:
    """Split a normalised dump into blocks, in page order.

    Example:
        >>> [b.text for b in segment_text("Menu\\n\\nIt was done.Then it rained.")]
        ['Menu', 'It was done.', 'Then it rained.']
    """
    lines = _lines(text)
    width = _wrap_width([line for _, _, line in lines])
    blocks: list[Block] = []
    if not width:  # the common case: every line is a block, or several glued ones
        for number, gap, line in lines:
            if _maybe_glued(line):
                blocks.extend(_glued_pieces(line, number, gap))
            else:
                blocks.append(Block(line, number, gap))
        return blocks
    pending: list[str] = []
    pending_line = pending_gap = 0
    for number, gap, line in lines:
        if pending and not gap and _continues(pending[-1], line, width):
            pending.append(line)
            continue
        if pending:
            blocks.extend(_split_glued(" ".join(pending), pending_line, pending_gap))
        pending, pending_line, pending_gap = [line], number, gap
    if pending:
        blocks.extend(_split_glued(" ".join(pending), pending_line, pending_gap))
    return blocks


def _lines(text: str) -> list[tuple[int, int, str]]:
    """The non-blank lines as (line number, blank lines before, text), wide gaps split."""
    lines: list[tuple[int, int, str]] = []
    gap = 0
    for number, raw in enumerate(text.split("\n"), 1):
        line = raw.strip()
        if not line:
            gap += 1
        elif "\t" in line or "   " in line:
            for part in _WIDE_GAP.split(line):
                squeezed = _squeeze(part)
                if squeezed:
                    lines.append((number, gap, squeezed))
                    gap = 0
                elif part:  # spaces between two wide gaps count as a blank line
                    gap += 1
        else:
            lines.append((number, gap, _SPACE_RUN.sub(" ", line) if "  " in line else line))
            gap = 0
    return lines


def _squeeze(text: str) -> str:
    text = text.strip()
    return _SPACE_RUN.sub(" ", text) if "  " in text else text


def _maybe_glued(text: str) -> bool:
    """True when `text` may hold blocks glued together (`_MAYBE_GLUED`)."""
    return len(text) >= 12 and any(pattern.search(text) for pattern in _MAYBE_GLUED)


def _split_glued(text: str, line: int, gap: int) -> list[Block]:
    return _glued_pieces(text, line, gap) if _maybe_glued(text) else [Block(text, line, gap)]


def _glued_pieces(text: str, line: int, gap: int) -> list[Block]:
    """The blocks glued together in `text`, split at sentence, year and dense case joints."""
    # most lines that may be glued are not (one search is cheaper than a split)
    parts = [p.strip() for p in _GLUE.split(text)] if _GLUE.search(text) else [text]
    parts = [q.strip() for p in parts for q in (_CAMEL.split(p) if _dense_camel(p) else (p,))]
    parts = [q for p in parts for q in _glued_label(p)]
    return [Block(p, line, gap if i == 0 else 0) for i, p in enumerate(parts) if p]


def _glued_label(text: str) -> tuple[str, ...]:
    """`text` with a furniture label glued to its start split off ("Ähnliche Beiträge" from
    "Ähnliche BeiträgeModeschreck: Patchwork-Mäntel"); `text` alone when it has none, or when
    the whole of it is furniture ("ShareTweetEmail")."""
    if _MAYBE_GLUED[2].search(text, 0, _LABEL_CHARS + 1) is None:  # the cheap test first
        return (text,)
    joint = _CAMEL.search(text, 0, _LABEL_CHARS + 1)
    if joint is None:
        return (text,)
    head = text[: joint.start()]
    n_words = head.count(" ") + 1
    if n_words > _LABEL_WORDS:
        return (text,)
    rule = boilerplate_rule(head, n_words)
    if rule not in _LABEL_RULES or (n_words == 1 and rule != "share-bar"):
        return (text,)
    if boilerplate_rule(text, text.count(" ") + 1) is not None:  # a glued share bar is one block
        return (text,)
    return head, text[joint.start() :]


def _dense_camel(text: str) -> bool:
    """True for a run of glued menu items and headings ("Cloud StorageGlobally unified...",
    "Stay UpdatedSign Up"): lower-to-upper case joints, dense (three or more, one per 60
    characters at least). A few in a paragraph are brand names ("YouTube", "PayPal")."""
    if len(text) < 40:
        return False
    joints = len(_CAMEL.findall(text))
    return joints >= 3 and len(text) <= joints * _CAMEL_SPACING


def _wrap_width(lines: list[str]) -> int:
    """The column at which the dump was hard-wrapped, or 0 when it was not.

    A wrapped file has many long lines that all end just short of one width (60-100
    columns); a ``get_text()`` dump has paragraphs of every length on one line each.
    """
    lengths = sorted(len(line) for line in lines if len(line) >= 30)
    if len(lengths) < _MIN_WRAP_LINES:
        return 0
    width = lengths[int(len(lengths) * 0.95)]
    if not 55 <= width <= 100 or lengths[-1] > width + 10:
        return 0
    near = sum(1 for n in lengths if n >= width - 15)
    return width if near * 2 >= len(lengths) else 0


def _continues(previous: str, line: str, width: int) -> bool:
    """True when `line` was wrapped from `previous`: its first word would not have fit."""
    first = _FIRST_WORD.match(line)
    return (
        first is not None and len(previous) >= width * 0.6 and len(previous) + 1 + len(first.group()) > width
    )
