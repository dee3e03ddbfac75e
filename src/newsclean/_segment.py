"""Segmenting a text dump into blocks: lines, with hard-wrapped lines rejoined and glued ones split.

A dump from ``get_text()`` puts each HTML block on its own line, but some pages glue whole
blocks together (``...said than done.At Scratch, we...``, ``Sept 4, 2025By Jane Doe``) and
crawler ``.txt`` files wrap paragraphs at a fixed width. Blocks undo both.
"""

from __future__ import annotations

import re
from itertools import compress
from typing import NamedTuple

import regex

from ._boilerplate import boilerplate_rule
from ._byline import starts_with_byline_word
from ._classify import SENTENCE_END
from ._lexicon import MONTHS

__all__ = ["Block", "segment_text"]

# A point where two blocks were glued without a newline: a sentence end or a year directly
# followed by a capitalised word ("done.At", "2025By"), or a closing quote before a capital.
_GLUE = regex.compile(
    r"(?:(?<=[\p{Ll}\p{N}]\p{Ll}[.!?…]|\p{N}\p{N}[.!?]|\p{Ll}[.!?…][\"”’)]|(?<!\d)(?:19|20)\d\d)(?=[“„«»‚‘]?\p{Lu}\p{Ll}))"
)
# The points where _GLUE may split, found fast by `re` and confirmed by _GLUE: after a
# sentence end or a year that a capitalised word follows, with an opening quote between
# them or not (a letter other than an ASCII lower-case one, then one other than an ASCII
# upper-case one: a superset of \p{Lu}\p{Ll} that leaves out "e.g." and "window.location").
_GLUE_CANDIDATES = (
    re.compile(r"[.!?…][\"”’)]?(?=[“„«»‚‘]?[^\W\d_a-z][^\W\d_A-Z])"),
    re.compile(r"19\d\d(?=[“„«»‚‘]?[^\W\d_a-z][^\W\d_A-Z])"),
    re.compile(r"20\d\d(?=[“„«»‚‘]?[^\W\d_a-z][^\W\d_A-Z])"),
)
# A cheap superset of _GLUE's and _CAMEL's split points, to skip the exact patterns on most
# blocks: a sentence end not followed by a space, a year followed by a letter (these hold
# every _GLUE point), the case change in the Latin, Greek and Cyrillic letters. Patterns
# tried in turn are faster than one with several branches: `re` scans ahead for a
# pattern's first character class (or, far faster, its first characters when they are
# fixed, as in one pattern per century), and the case change is written from its
# upper-case letter, rarer than a lower-case one.
_SENTENCE_JOINT = re.compile(r"[.!?…][\"”’)]?[“„«»‚‘]?\S")
_YEAR_JOINT_19 = re.compile(r"19\d\d(?:[^\W\d_]|[“„«»‚‘])")
_YEAR_JOINT_20 = re.compile(r"20\d\d(?:[^\W\d_]|[“„«»‚‘])")
_CASE_JOINT = re.compile(r"[A-ZÀ-ÞĀ-žΑ-ΩА-ЯЁ](?<=[a-zß-ÿĀ-žα-ωа-яё].)")
_FIRST_WORD = regex.compile(r"\S+")
_CAMEL = regex.compile(r"(?<=\p{Ll}\p{Ll})(?=\p{Lu}\p{Ll})")
_CAMEL_SPACING = 60
# Wide gaps inside a line separate blocks that lost their newlines; other runs become a space.
_WIDE_GAP = re.compile(r"\t|[ \t]{3,}")
_SPACE_RUN = re.compile(r" {2,}")
_MIN_WRAP_LINES = 8
_RUN_ON_CHARS = 40
# A page label glued to the block after it ("Ähnliche BeiträgeModeschreck: ...", "TeilenKlick,
# um ..."): a short head, up to the first case change, that is a furniture line on its own.
# A one-word head is split off only as a share button: a single "Read" or "New" is as often
# the start of a name in camel case ("ReadFile", "NewsDesk").
_LABEL_CHARS = 40
_LABEL_WORDS = 6
_LABEL_RULES = frozenset({"related-list", "share-bar", "nav-word", "feedback-prompt"})
# A date, or a date label, glued to the word before it ("Jane DoeAugust 25, 2024", "Jane
# DoePublished: Jan 29", "Jan Roth23.07.2025"): a byline's name ran into its date line. The
# word it is glued to is capitalised, as a name's last word is ("Maßnahmen angestoßen03.02.2022"
# is a headline's), and not the first of the block: a single word glued to a month ("JaneMay
# 4") is read by `name_before_date` as it is. A date is a capitalised month name (three
# letters or more) with a day after it, a publishing label with a colon, "on" or a date after
# it, a numeric date with a four-digit year, or a day before a month name ("4. Mai", "4 de
# mayo").
_MONTH_WORDS = "|".join(
    sorted({m.capitalize() for m in MONTHS if len(m) >= 3 and m.isalpha()}, key=len, reverse=True)
)
_MONTH_ANY = "|".join(
    sorted(
        {f for m in MONTHS if len(m) >= 3 and m.isalpha() for f in (m, m.capitalize())}, key=len, reverse=True
    )
)
_GLUED_DATE_HEAD_WORDS = 8
# The lower-case words of a byline head: byline words, "and", name particles.
_NAME_JOINERS = frozenset("by von and und & et y e de van der den da di du la le".split())
# A name glued to a long head, before a glued date ("...Why It Hurt)Jane DoeMay 4, 2024"):
# two to four capitalised words right after a lower-case letter, a digit or a bracket, an
# acronym ("...coding with AIJane DoeMay 4") or an abbreviation's dot ("...in the U.S.Jane Doe").
_GLUED_NAME = regex.compile(
    r"(?:(?<=[\p{Ll}\p{N})])|(?<=\p{Lu}\p{Lu}|\p{Lu}\.)(?=\p{Lu}\p{Ll}))"
    r"\p{Lu}[\p{L}'’.-]{0,30}(?:\s\p{Lu}[\p{L}'’.-]{0,30}){1,3}$"
)
# The points where _GLUED_DATE may split, found fast by `re`: a digit or an ASCII capital
# (every month name and label that _GLUED_DATE knows opens so) after two lower-case letters,
# written from the digit or capital, which `re` scans for fast.
_DIGIT = re.compile(r"\d")
_DATE_JOINT = re.compile(r"[A-Z\d](?<=[^\W\d_A-Z]{2}.)")
_DATE_LABELS = r"Published|Updated|Last\ [Uu]pdated|Posted|Veröffentlicht|Aktualisiert"
_GLUED_DATE = regex.compile(
    rf"""(?x)(?<=\s\p{{Lu}}\p{{L}}*\p{{Ll}}{{2}})
    (?=(?:{_MONTH_WORDS})\.?\s?\d{{1,2}}\b
      |(?:{_DATE_LABELS})
        (?:\s?:|\s(?:on|am)\b|\s\d|\s(?:{_MONTH_WORDS})\.?\s?\d)
      |\d{{1,2}}[./]\d{{1,2}}[./](?:19|20)\d\d\b|\d{{1,2}}\.?\s(?:de\s)?(?:{_MONTH_ANY})\b)"""
)
# The first three letters of the words that _GLUED_DATE reads at a capital, its month names
# and labels: a joint at a capital that opens none of them ("YouTube", "LinkedIn") is no
# date, told without the slower `regex` match.
_DATE_WORD_HEADS = frozenset(word[:3] for word in f"{_MONTH_WORDS}|{_DATE_LABELS}".split("|"))


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
    width = _wrap_width([line.text for line in lines])
    if not width:  # the common case: every line is a block, or several glued ones
        return [block for line in _run_on(lines) for block in _split_glued(line)]
    blocks: list[Block] = []
    pending: list[str] = []
    pending_line = pending_gap = 0
    for line in lines:
        if pending and not line.gap and _continues(pending[-1], line.text, width):
            pending.append(line.text)
            continue
        if pending:
            blocks.extend(_split_glued(Block(" ".join(pending), pending_line, pending_gap)))
        pending, pending_line, pending_gap = [line.text], line.line, line.gap
    if pending:
        blocks.extend(_split_glued(Block(" ".join(pending), pending_line, pending_gap)))
    return blocks


def _lines(text: str) -> list[Block]:
    """The non-blank lines, wide gaps split, as blocks."""
    stripped = list(map(str.strip, text.split("\n")))
    lines: list[Block] = []
    previous = 0  # the number of the last non-blank line
    for number, line in compress(enumerate(stripped, 1), stripped):  # the non-blank lines
        gap = number - previous - 1
        previous = number
        if "  " not in line and "\t" not in line:  # the common case: nothing to split or squeeze
            lines.append(Block(line, number, gap))
        elif "\t" in line or "   " in line:
            for part in _WIDE_GAP.split(line):
                squeezed = _squeeze(part)
                if squeezed:
                    lines.append(Block(squeezed, number, gap))
                    gap = 0
                elif part:  # spaces between two wide gaps count as a blank line
                    gap += 1
        else:
            lines.append(Block(_SPACE_RUN.sub(" ", line), number, gap))
    return lines


def _run_on(lines: list[Block]) -> list[Block]:
    """`lines` with those that the page's source wrapped inside a paragraph joined again:
    ``get_text()`` keeps the newlines of hand-wrapped HTML. A line of `_RUN_ON_CHARS` or more
    that stops mid-sentence (on a lower-case letter or a comma) runs on into the line right
    under it when that one starts in lower case ("...panics if i is greater" / "than 3, or
    else..."). Not a heading (fewer than half of its words in lower case), nor into a byline
    ("by Jane Doe", "von Anna Berg"), a short line or a page control ("schließen")."""
    joined: list[Block] = []
    for line in lines:
        if joined and not line.gap and line.text[0].islower() and _runs_on(joined[-1].text, line.text):
            last = joined[-1]
            joined[-1] = Block(f"{last.text} {line.text}", last.line, last.gap)
            continue
        joined.append(line)
    return joined


def _runs_on(last: str, line: str) -> bool:
    """True when `line`, which starts in lower case, continues the sentence `last` breaks off."""
    if len(last) < _RUN_ON_CHARS or not (last[-1].islower() or last[-1] == ","):
        return False
    if len(line) < _RUN_ON_CHARS and line[-1] not in SENTENCE_END:
        return False
    words = last.split()
    return (
        sum(1 for w in words if w[0].islower()) * 2 >= len(words)
        and not starts_with_byline_word(line)
        and boilerplate_rule(line, line.count(" ") + 1) is None
    )


def _squeeze(text: str) -> str:
    text = text.strip()
    return _SPACE_RUN.sub(" ", text) if "  " in text else text


def _split_glued(block: Block) -> list[Block]:
    """`block` split where blocks were glued together in it; `block` alone when the cheap
    patterns find no point where it may be."""
    text = block.text
    if len(text) < 12:
        return [block]
    if _SENTENCE_JOINT.search(text) or _YEAR_JOINT_19.search(text) or _YEAR_JOINT_20.search(text):
        return _glued_pieces(block, at_sentences=True)
    if _CASE_JOINT.search(text):
        return _glued_pieces(block, at_sentences=False)
    return [block]


def _glued_pieces(block: Block, at_sentences: bool) -> list[Block]:
    """The blocks glued together in `block`, split at sentence, year and dense case joints.

    `at_sentences` is False when `block` has no sentence end or year before a letter, so
    no `_GLUE` point.
    """
    text = block.text
    parts = [p.strip() for p in _glue_split(text)] if at_sentences else [text]
    parts = [q.strip() for p in parts for q in (_CAMEL.split(p) if _dense_camel(p) else (p,))]
    parts = [q for p in parts for q in _glued_label(p)]
    if _DIGIT.search(text):  # every date that _GLUED_DATE knows has a digit
        parts = [q for p in parts for q in _glued_date(p)]
    return [Block(p, block.line, block.gap if i == 0 else 0) for i, p in enumerate(parts) if p]


def _glue_split(text: str) -> list[str]:
    """`text` split at its `_GLUE` points: the candidates that `_GLUE` confirms."""
    candidates = sorted(m.end() for pattern in _GLUE_CANDIDATES for m in pattern.finditer(text))
    points = [at for at in candidates if _GLUE.match(text, at)]
    return [text[a:b] for a, b in zip([0, *points], [*points, len(text)], strict=True)]


def _glued_label(text: str) -> tuple[str, ...]:
    """`text` with a furniture label glued to its start split off ("Ähnliche Beiträge" from
    "Ähnliche BeiträgeModeschreck: Patchwork-Mäntel"); `text` alone when it has none, or when
    the whole of it is furniture ("ShareTweetEmail")."""
    if _CASE_JOINT.search(text, 0, _LABEL_CHARS + 1) is None:  # the cheap test first
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


def _glued_date(text: str) -> list[str]:
    """`text` split before the dates glued to a short head of capitalised words ("Jane
    DoeMay 4, 2024" into "Jane Doe" and "May 4, 2024"); another head is a headline or a
    paragraph that ran into a date, and stays whole with it, unless a name is glued to its
    end (`_GLUED_NAME`)."""
    points = [m.start() for m in _DATE_JOINT.finditer(text, 0, 400) if _date_at(text, m.start())]
    pieces: list[str] = []
    start = 0
    for at in points:
        head = text[start:at].split()
        if len(head) >= _GLUED_DATE_HEAD_WORDS or not all(w[0].isupper() or w in _NAME_JOINERS for w in head):
            name = _GLUED_NAME.search(text, max(start, at - 80), at)
            if name is None:
                continue
            pieces.append(text[start : name.start()].strip())
            start = name.start()
        pieces.append(text[start:at].strip())
        start = at
    return [*pieces, text[start:]] if pieces else [text]


def _date_at(text: str, at: int) -> bool:
    """True where `_GLUED_DATE` matches at `at`, a `_DATE_JOINT` (a digit or an ASCII capital)."""
    # A capital opens a date that _GLUED_DATE knows only as a month name or a label.
    if text[at].isalpha() and text[at : at + 3] not in _DATE_WORD_HEADS:
        return False
    return _GLUED_DATE.match(text, at) is not None


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
