"""Titles: the headline, found by comparing the ``<title>`` text with the page's own lines.

A dump starts with the ``<title>`` text, usually the headline with the site name glued on
(``"X | Site"``, ``"Site - X"``). The headline also appears on the page, once or twice. The
line of the page that the ``<title>`` text contains is the headline; what is left of the
``<title>`` text is the site name. No list of sites is involved.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

import regex

from ._boilerplate import boilerplate_rule
from ._classify import BlockInfo, first_prose

__all__ = ["TitleMatch", "find_headline", "find_title", "norm_key", "split_site"]

_QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "‛": "'", "`": "'", "´": "'",
                         "“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"'})  # fmt: skip
_NON_WORD = regex.compile(r"[\W_]+")
_SITE_SEPARATOR = regex.compile(r"\s+[|·•»:—–-]{1,2}\s+|\s+::\s+|\s+/\s+")
_SEPARATOR_CHARS = " |·•»«:—–-/"
_MAX_TITLE_WORDS = 40
_SEARCH_BLOCKS = 400


@dataclass(frozen=True)
class TitleMatch:
    """The headline, where its copies are, and the site name left over from ``<title>``."""

    title: str | None
    site_name: str | None
    title_line: int | None
    copies: tuple[int, ...]


def norm_key(text: str) -> str:
    """A comparison key: NFKC, quotes unified, case-folded, punctuation runs as one space.

    Example:
        >>> norm_key("“En Masse” in Iraq!") == norm_key('"en masse" in IRAQ')
        True
    """
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold()
    return _NON_WORD.sub(" ", text).strip()


def find_title(texts: list[str]) -> TitleMatch:
    """Find the headline among the first blocks of a dump.

    `texts` are the block texts in page order; the first one is taken as the ``<title>`` text
    when it is short enough to be one.

    Example:
        >>> m = find_title(["Rain Falls | Daily Post", "Home", "Rain Falls", "It rained."])
        >>> m.title, m.site_name, m.copies
        ('Rain Falls', 'Daily Post', (2,))
    """
    if not texts:
        return TitleMatch(None, None, None, ())
    first = texts[0]
    if len(first.split()) > 2 * _MAX_TITLE_WORDS:
        return TitleMatch(None, None, None, ())
    title_key = norm_key(first)
    best: int | None = None
    best_key = ""
    for i in range(1, min(len(texts), _SEARCH_BLOCKS)):
        key = norm_key(texts[i])
        if (
            len(key) > len(best_key)
            and len(key) >= 8
            and " " in key
            and len(texts[i].split()) <= _MAX_TITLE_WORDS
            and _contains_words(title_key, key)
        ):
            best, best_key = i, key
    if best is None:
        title, site = split_site(first)
        copies = tuple(
            i for i in range(1, min(len(texts), _SEARCH_BLOCKS)) if norm_key(texts[i]) == norm_key(title)
        )
        return TitleMatch(title, site, 0, copies)
    copies = tuple(i for i in range(1, min(len(texts), _SEARCH_BLOCKS)) if norm_key(texts[i]) == best_key)
    site = _leftover_site(first, texts[best])
    return TitleMatch(texts[best], site, 0, copies)


def _contains_words(haystack: str, needle: str) -> bool:
    """True when `needle` occurs in `haystack` on word boundaries (both are `norm_key`s)."""
    return f" {needle} " in f" {haystack} " and (
        len(needle) * 3 >= len(haystack) or len(needle.split()) >= 3
    )


def _leftover_site(title_line: str, headline: str) -> str | None:
    """What the ``<title>`` text holds besides the headline, when that is a short name.

    Works word by word: every run of the title line's words that spells the headline is
    removed; separators at the ends of what is left are stripped.
    """
    words = title_line.split()
    keys = [norm_key(w) for w in words]
    target = norm_key(headline).split()
    keep = [True] * len(words)
    i = 0
    while i < len(words):
        j, k = i, 0
        while j < len(words) and k < len(target):
            if not keys[j]:
                j += 1
                continue
            parts = keys[j].split()
            if parts != target[k : k + len(parts)]:
                break
            k += len(parts)
            j += 1
        if k == len(target) and j > i:
            keep[i:j] = [False] * (j - i)
            i = j
        else:
            i += 1
    rest = " ".join(w for w, kept in zip(words, keep, strict=True) if kept).strip(_SEPARATOR_CHARS)
    if rest and len(rest.split()) <= 6 and any(norm_key(w) for w in rest.split()):
        return rest
    return None


def split_site(title_line: str) -> tuple[str, str | None]:
    """Split ``"Headline | Site"`` or ``"Site - Headline"`` into headline and site name.

    The headline is the longest part; the site name the shortest part at either end.

    Example:
        >>> split_site("Markets rally as rates hold steady - The Daily Ledger")
        ('Markets rally as rates hold steady', 'The Daily Ledger')
    """
    parts = [p.strip() for p in _SITE_SEPARATOR.split(title_line.strip()) if p.strip()]
    if len(parts) < 2:
        return title_line.strip(), None
    longest = max(range(len(parts)), key=lambda i: len(parts[i]))
    ends = [i for i in (0, len(parts) - 1) if i != longest]
    site_index = min(ends, key=lambda i: len(parts[i]))
    if len(parts[site_index].split()) > 6:
        return title_line.strip(), None
    return parts[longest], parts[site_index]


def find_headline(infos: Sequence[BlockInfo], language: str | None) -> TitleMatch:
    """The headline of a dump; when the dump does not open with ``<title>`` text, the last
    heading-like block before the first paragraph of prose."""
    if infos and boilerplate_rule(infos[0].text, infos[0].n_words) is None:
        return find_title([info.text for info in infos])
    end = first_prose(infos, 0, language)
    for i in range(min(end, len(infos)) - 1, -1, -1):
        info = infos[i]
        if 3 <= info.n_words <= 30 and not info.prose and boilerplate_rule(info.text, info.n_words) is None:
            return TitleMatch(info.text, None, None, (i,))
    return TitleMatch(None, None, None, ())
