"""`PageContext`: what the metadata finders share about one page of blocks."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from ._classify import BlockInfo, first_prose
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

    def __post_init__(self) -> None:
        start = max(1 if self.roles else 0, self.body_start - 2)
        prose = first_prose(self.infos, self.body_start, self.language)
        end = min(len(self.infos), max(prose + 3, self.body_start + 8))
        self.window = range(start, min(end, self.body_start + _HEADER_SPAN))
        now = self.fetched_at or datetime.now()
        self.latest = now.replace(tzinfo=None) + timedelta(days=self.options.allow_future_days)

    def free(self, i: int, max_words: int = 40) -> bool:
        """True when block `i` has no role yet and is short enough to be page furniture."""
        return i not in self.roles and self.infos[i].n_words <= max_words
