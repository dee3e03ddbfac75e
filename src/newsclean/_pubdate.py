"""The publication date of a text dump: a cascade from the most to the least reliable evidence.

Order of trust (htmldate's, adapted to a page that has lost its markup):

1. ``datePublished`` / ``article:published_time`` text that survived in the dump (JSON-LD).
2. A date in the byline or the date line of the header, checked against a date in the URL path
   (the URL wins when they disagree on the day).
3. The URL alone.
4. Every other date on the page, each read with its label ("Published", "Updated",
   "Accessed", a comment's "Reply"...) and its place: a date labelled as the publication date
   in the header, then the first unlabelled date of the header, then an "Updated" date of
   the header, then a short dated line of the top half, then a "Published" date anywhere,
   and last a date in the navigation above the headline (often today's date).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import regex

from ._context import PageContext
from ._dates import (
    DateHit,
    date_from_url,
    find_dates,
    infer_order,
    parse_date_string,
    plausible,
    relative_date,
)

__all__ = ["PublishedDate", "choose_date", "find_dateline"]

PublishedDate = tuple[datetime | None, str | None]

_PUBLISHED = regex.compile(
    r"(?i)(?<!\w)(?:published|posted|publish\ date|date\ published|released|first\ published"
    r"|erschienen|ver[öo]ffentlicht|erstellt|geschrieben|publi[ée]e?|mis\ en\ ligne|publicado"
    r"|publicada|pubblicato|gepubliceerd|geplaatst|opublikowano|publicerad|julkaistu|created"
    r"|written|date|datum|fecha|data|stand)(?!\w)"
)
_UPDATED = regex.compile(
    r"(?i)(?<!\w)(?:updated?|last\ modified|modified|revised|aktualisiert|zuletzt"
    r"|ge[äa]ndert|mis\ à\ jour|modifi[ée]|actualizado|actualizada|aggiornato|bijgewerkt"
    r"|uppdaterad|current\ as\ of|reviewed)(?!\w)"
)
# Dates that are not the page's: citations, deadlines, validity, comments.
_OTHER = regex.compile(
    r"(?i)(?<!\w)(?:accessed|retrieved|abgerufen|consult[ée]|zugriff|bis(?:\ zum)?|until|till"
    r"|deadline|due|expires?|g[üu]ltig|valid|ends?|closes?|says|sagt|schreibt|dice|a\ écrit"
    r"|antwortete|replied|commented|kommentiert)(?!\w)\W{0,3}$"
)
_COMMENT_AFTER = regex.compile(
    r"(?i)^\W{0,4}(?:\d{1,2}[:h]\d\d\W{0,4}(?:[ap]\.?m\.?\W{0,3})?)?(?:reply|antworten"
    r"|répondre|responder|rispondi|beantwoorden|permalink|melden|report)(?!\w)"
)
_JSONLD = regex.compile(
    r"""(?i)["']?(?:datePublished|article:published_time|dateCreated|publish_date|pubdate)"""
    r"""["']?\s{0,3}[:=]\s{0,3}(?:content=)?["']([^"'<>]{8,40})["']"""
)
_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_LEFT_SPAN = 48  # characters before a date searched for its label
_HEAD_SPAN = 400  # in a long block, only this many leading characters count as header
_LONG = 30  # words: a block longer than this is prose or a glued dump line


def find_dateline(ctx: PageContext) -> int | None:
    """The first short block in the header window that states a date; marked ``dateline``."""
    for i in ctx.window:
        if not ctx.free(i, 14):
            continue
        info = ctx.infos[i]
        hits = find_dates(info.text)
        covered = sum(h.end - h.start for h in hits)
        dated = bool(hits) and (info.n_words <= 8 or covered * 3 >= len(info.text))
        if not dated and ctx.fetched_at is not None and info.n_words <= 8:
            dated = relative_date(info.text, ctx.fetched_at) is not None
        if dated:
            ctx.roles[i] = "dateline"
            return i
    return None


def choose_date(ctx: PageContext, byline: int | None, dateline: int | None) -> PublishedDate:
    """The publication date and where it came from (``json-ld``, ``byline``, ``url``, ``text``)."""
    chooser = _Chooser(ctx)
    value = chooser.structured()
    if value is not None:
        return value, "json-ld"
    found: datetime | None = None
    for i in (byline, dateline):
        if i is not None and found is None:
            found = chooser.date_in_block(i)
    url_date = chooser.url_date if chooser.url_date and chooser.ok(chooser.url_date) else None
    if url_date is not None and (found is None or found.date() != url_date.date()):
        return url_date, "url"
    if found is not None:
        return found, "byline"
    value = chooser.date_in_text()
    return (value, "text") if value is not None else (None, None)


@dataclass(frozen=True)
class _Candidate:
    """A date on the page with what its surroundings say about it."""

    block: int
    hit: DateHit
    label: str  # "published", "updated", "other" or ""
    head: bool  # near the start of its block (or the block is short)


class _Chooser:
    def __init__(self, ctx: PageContext) -> None:
        self.ctx = ctx
        self.hits = [find_dates(info.text) for info in ctx.infos]
        self.url_date = date_from_url(ctx.url)
        short = [h for info, hits in zip(ctx.infos, self.hits) if info.n_words <= 30 for h in hits]
        self.order = ctx.options.date_order or infer_order(short, ctx.language, ctx.url)

    def structured(self) -> datetime | None:
        """A ``datePublished``-style value that survived in the dump (script text)."""
        for info in self.ctx.infos:
            if "ublish" not in info.text and "ateCreated" not in info.text:
                continue
            for m in _JSONLD.finditer(info.text):
                value, _ = parse_date_string(m.group(1), self.order, self.ctx.language)
                if value is not None and self.ok(value):
                    return value
        return None

    def date_in_block(self, i: int) -> datetime | None:
        """The publication date stated in block `i` (a byline or a date line)."""
        text = self.ctx.infos[i].text
        cands = [self.candidate(i, h) for h in self.hits[i]]
        published = [c.hit for c in cands if c.label == "published"]
        fresh = [c.hit for c in cands if c.label not in ("updated", "other")]
        for hit in published or fresh or [c.hit for c in cands]:
            value = self.resolve(hit)
            if value is not None:
                return value
        if self.ctx.fetched_at is not None:
            value = relative_date(text, self.ctx.fetched_at)
            if value is not None and self.ok(value):
                return value
        if _YEAR.search(text) and len(text) <= 80:
            value, _ = parse_date_string(text, self.order, self.ctx.language)
            if value is not None and self.ok(value):
                return value
        return None

    def candidate(self, i: int, hit: DateHit) -> _Candidate:
        text = self.ctx.infos[i].text
        lo = max(0, hit.start - _LEFT_SPAN)
        for other in self.hits[i]:  # the label of a date stops at the date before it
            if lo < other.end <= hit.start:
                lo = other.end
        left = text[lo : hit.start]
        label = ""
        if _OTHER.search(left) or _COMMENT_AFTER.match(text, hit.end):
            label = "other"
        else:
            published = [m.end() for m in _PUBLISHED.finditer(left)]
            updated = [m.end() for m in _UPDATED.finditer(left)]
            if published or updated:
                label = "published" if max(published, default=-1) > max(updated, default=-1) else "updated"
        head = self.ctx.infos[i].n_words <= _LONG or hit.start <= _HEAD_SPAN
        return _Candidate(i, hit, label, head)

    def date_in_text(self) -> datetime | None:
        """The best date among all those written on the page (see the module docstring)."""
        ctx = self.ctx
        header = range(ctx.window.start, max(ctx.window.stop, ctx.window.start + 1))
        half = len(ctx.infos) // 2
        tiers: list[datetime | None] = [None] * 6
        for i, hits in enumerate(self.hits):
            for hit in hits:
                cand = self.candidate(i, hit)
                if cand.label == "other":
                    continue
                value = self.resolve(hit)
                if value is None:
                    continue
                in_header = i in header or (i >= header.stop and i <= half and cand.label != "")
                if i < header.start:
                    tier = 5
                elif in_header and cand.label == "published":
                    tier = 0
                elif in_header and cand.head and cand.label == "":
                    tier = 1
                elif in_header and cand.head:
                    tier = 2
                elif i <= half and ctx.infos[i].n_words <= 20 and cand.label != "updated":
                    tier = 3
                elif cand.label == "published":
                    tier = 4
                else:
                    continue
                if tiers[tier] is None:
                    tiers[tier] = value
            if tiers[0] is not None:
                break
        return next((v for v in tiers if v is not None), None)

    def resolve(self, hit: DateHit) -> datetime | None:
        if hit.ambiguous and self.url_date is not None:
            for order in ("DMY", "MDY"):
                value = hit.resolve(order)
                if value is not None and value.date() == self.url_date.date():
                    return value
        value = hit.resolve(self.order)
        return value if value is not None and self.ok(value) else None

    def ok(self, value: datetime) -> bool:
        return plausible(value, self.ctx.options.min_year, self.ctx.latest)
