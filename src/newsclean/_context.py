"""`PageContext`: what the metadata finders share about one page of blocks."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from ._classify import BlockInfo, first_prose
from ._dates import DateHit, block_indices, date_blocks, find_dates
from ._options import CleanOptions

__all__ = ["PageContext"]

_HEADER_SPAN = 40


@dataclass
class PageContext:
    """One page's blocks and inputs, and the metadata roles found so far.

    ``roles`` maps block index to a metadata rule id (``title-line``, ``headline``,
    ``byline``, ``dateline``, ``subtitle``); finders add to it so that the classifier drops
    those blocks from the body. ``window`` is the header: the blocks around the headline
    where bylines and dates are looked for first.
    """

    infos: Sequence[BlockInfo]
    roles: dict[int, str]
    body_start: int
    language: str | None
    url: str | None
    fetched_at: datetime | None
    options: CleanOptions
    window: range = field(init=False)
    latest: datetime = field(init=False)
    _joined: str | None = field(init=False, default=None, repr=False)
    _dated: frozenset[int] | None = field(init=False, default=None, repr=False)
    _hits: dict[int, list[DateHit]] = field(init=False, default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        start = max(1 if self.roles else 0, self.body_start - 2)
        prose = first_prose(self.infos, self.body_start)
        end = min(len(self.infos), max(prose + 3, self.body_start + 8))
        self.window = range(start, min(end, self.body_start + _HEADER_SPAN))
        now = self.fetched_at or datetime.now()
        self.latest = now.replace(tzinfo=None) + timedelta(days=self.options.allow_future_days)

    def free(self, i: int, max_words: int = 40) -> bool:
        """True when block `i` has no role yet and is short enough to be page furniture."""
        return i not in self.roles and self.infos[i].n_words <= max_words

    @property
    def joined(self) -> str:
        """The texts of all blocks joined by NUL characters (which no block contains)."""
        if self._joined is None:
            self._joined = "\x00".join([info.text for info in self.infos])
        return self._joined

    @property
    def dated(self) -> frozenset[int]:
        """The blocks that can hold a date (a year or a short numeric date), found once."""
        if self._dated is None:
            self._dated = frozenset(date_blocks(self.joined))
        return self._dated

    def holding(self, *words: str) -> list[int]:
        """The blocks whose text holds one of `words`, in page order, found with `str.find`
        on the joined text: far cheaper than a test per block when few blocks hold them."""
        joined = self.joined
        starts: list[int] = []
        for word in words:
            start = joined.find(word)
            while start >= 0:
                starts.append(start)
                start = joined.find(word, start + len(word))
        return block_indices(joined, sorted(starts))

    def dates(self, i: int) -> list[DateHit]:
        """The dates written in block `i` (`find_dates`), computed once and only for blocks
        that can hold one; at most the first `_MAX_DATES`: a block with more is a list or a
        calendar, not a byline. The list is shared: do not change it."""
        hits = self._hits.get(i)
        if hits is None:
            hits = find_dates(self.infos[i].text)[:_MAX_DATES] if i in self.dated else _NO_HITS
            self._hits[i] = hits
        return hits


_NO_HITS: list[DateHit] = []
_MAX_DATES = 20
