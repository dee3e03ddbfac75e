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
    infer_order,
    parse_date_string,
    plausible,
    relative_date,
    url_month,
    yearless_date,
)
from ._lexicon import WEEKDAYS

__all__ = ["PublishedDate", "choose_date", "find_dateline"]

PublishedDate = tuple[datetime | None, str | None]

# Labels before a date. The long ones may be glued to the word before them by a dump that
# lost its tags ("MacFarlanePublished on", "11 min readupdated"); the short ones may not.
_PUBLISHED = regex.compile(
    r"(?i)(?:published|posted|erschienen|ver[öo]ffentlicht|erstellt|geschrieben"
    r"|publi[ée]e?|mis\ en\ ligne|publicad[oa]|pubblicato|gepubliceerd|geplaatst|opublikowano"
    r"|publicerad|julkaistu|written|(?<!\w)(?:created|date|datum|fecha|data|stand))(?!\w)"
)
_UPDATED = regex.compile(
    r"(?i)(?:updated?|last\ modified|modified|revised|aktualisiert|zuletzt|ge[äa]ndert"
    r"|mis\ à\ jour|modifi[ée]e?|actualizad[oa]|aggiornato|bijgewerkt|uppdaterad"
    r"|current\ as\ of|reviewed)(?!\w)"
)
# Dates that are not the page's: citations, deadlines, validity, comments.
_OTHER = regex.compile(
    r"(?i)(?<!\w)(?:accessed|retrieved|abgerufen|consult(?:ed|[ée]e?)|zugriff|bis(?:\ zum)?|until|till"
    r"|deadline|due|expires?|g[üu]ltig|valid|ends?|closes?|release(?:\ date)?|says|sagt|schreibt"
    r"|dice|a\ écrit|antwortete|replied|commented|kommentiert)(?!\w)\W{0,3}$"
)
_ORIGINAL = regex.compile(
    r"(?i)(?:originally|first|ursprünglich|zuerst|erstmals|initialement|originalmente"
    r"|originariamente|oorspronkelijk)\W{1,3}(?:\w+\W{1,3})?(?:published|posted|appeared"
    r"|ver[öo]ffentlicht|erschienen|publi[ée]e?|publicad[oa]|pubblicato|gepubliceerd)"
)
# The verbs of `_ORIGINAL`, lower-cased, as plain substrings: a page without any of them
# has no "originally published" date.
_ORIGINAL_VERBS = ("publi", "pubblicato", "posted", "appeared", "ffentlicht", "erschienen")
_COMMENT_AFTER = regex.compile(
    r"(?i)^\W{0,4}(?:\d{1,2}[:h]\d\d\W{0,4}(?:[ap]\.?m\.?\W{0,3})?)?(?:reply|antworten"
    r"|répondre|responder|rispondi|beantwoorden|permalink|melden|report)(?!\w)"
)
_JSONLD = regex.compile(
    r"""(?i)["']?(?:datePublished|article:published_time|dateCreated|publish_date|pubdate)"""
    r"""["']?(?:\s{0,3}[:=]\s{0,3}|\s{1,3}content=)["']([^"'<>]{8,40})["']"""
)
_MAX_STRUCTURED = 5
_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_BANNER = regex.compile(r"\W{0,3}([^\W\d_]{2,12})\W{1,3}$")  # "Friday, " before a date
_TAIL_WORDS = regex.compile(r"\w+")
# A date inside a sentence follows a lowercase word and is followed by punctuation or more
# lowercase words ("...will take effect on January 1, 2026. The"); a date glued to the next
# capitalised word of a dump ("...language models December 15, 2025Share") is not.
_PROSE_AFTER = regex.compile(r"\s{0,2}[.,;:)!?]|\s{1,2}\p{Ll}")
_MAX_DATED = 2000  # blocks that may hold a date read by the cascade
_LEFT_SPAN = 48  # characters before a date searched for its label
_PROSE_WORDS = 12  # in a block longer than this, a date after a lowercase word is in a sentence
_NEAR_BYLINE = 3  # blocks after the byline searched for its date
_PAIR_GAP = 3  # characters between two dates written side by side
_PAIR_SEPARATORS = " |\u00b7\u2022/-\u2013\u2014"
_PAIR_WORDS = 8  # a line that starts with the second date of a pair has at most this many words
# How much a header date's label says it is the publication date (lower is surer).
_RANK = {"original": 0, "published": 0, "": 1, "updated": 2, "other": 3}


def find_dateline(ctx: PageContext) -> int | None:
    """The first short block in the header window that states a date; marked ``dateline``.

    A bare "weekday, date" line above the headline is the site's display of today's date,
    not the article's, and is passed over.
    """
    headline = _headline(ctx)
    for i in ctx.window:
        if not ctx.free(i, 14):
            continue
        info = ctx.infos[i]
        hits = ctx.dates(i)
        if i < headline and hits and _banner(info.text, hits[0]):
            continue
        covered = sum(h.end - h.start for h in hits)
        dated = bool(hits) and (info.n_words <= 8 or covered * 3 >= len(info.text))
        if not dated and ctx.fetched_at is not None and info.n_words <= 8:
            dated = relative_date(info.text, ctx.fetched_at) is not None
        if dated:
            ctx.roles[i] = "dateline"
            return i
    return None


def _banner(text: str, hit: DateHit) -> bool:
    """True when one word that is not a date label comes before the date `hit` ("Friday, ",
    "Sa, "), as in a site's banner above the headline ("Published: " is a label)."""
    m = _BANNER.match(text[: hit.start])
    return m is not None and _PUBLISHED.search(m.group(1)) is None and _UPDATED.search(m.group(1)) is None


def _weekday_banner(text: str, hit: DateHit) -> bool:
    """True when only a weekday name comes before the date `hit` ("Friday, December 19, 2025"):
    the way a site shows today's date in its banner."""
    m = _BANNER.match(text[: hit.start])
    return m is not None and m.group(1).lower() in WEEKDAYS


def _headline(ctx: PageContext) -> int:
    """Index of the first headline block, else the start of the header window."""
    heads = [i for i, role in ctx.roles.items() if role == "headline"]
    return min(heads) if heads else ctx.window.start


def choose_date(ctx: PageContext, byline: int | None, dateline: int | None) -> PublishedDate:
    """The publication date and where it came from (``json-ld``, ``byline``, ``url``, ``text``)."""
    chooser = _Chooser(ctx)
    value = chooser.structured()
    if value is not None:
        return value, "json-ld"
    found: _Candidate | None = None
    for i in _header_blocks(ctx, byline, dateline):
        cand = chooser.date_in_block(i)
        if cand is not None and (found is None or _RANK[cand.label] < _RANK[found.label]):
            found = cand
        if found is not None and _RANK[found.label] == 0:
            break
    if found is not None:
        found = chooser.earlier_pair(found)
    url_date = chooser.url_date if chooser.url_date and chooser.ok(chooser.url_date) else None
    if url_date is not None and (found is None or found.value.date() != url_date.date()):
        return url_date, "url"
    text = chooser.date_in_text()
    if found is not None and text is not None:
        # a date that the URL's year and month confirm beats one they contradict;
        # "originally published" anywhere beats the header; a "Published" date beats an
        # "Updated" one in the header
        if not chooser.agrees(found.value) and chooser.agrees(text.value):
            return text.value, "text"
        if found.label != "original" and (
            text.label == "original" or (found.label == "updated" and text.label == "published")
        ):
            return text.value, "text"
    if found is not None:
        return found.value, "byline"
    if text is not None:
        return text.value, "text"
    if byline is not None:
        value = chooser.yearless_near(byline)
        if value is not None:
            return value, "byline"
    return None, None


def _header_blocks(ctx: PageContext, byline: int | None, dateline: int | None) -> list[int]:
    """The byline, then the date line, then the short blocks right after the byline.

    A byline found outside the header window (a related article's, a book's) comes after the
    date line of the header; a date line that is a weekday banner ("Friday, December 19,
    2025": often today's date) comes after the byline's neighbours.
    """
    near: list[int] = []
    if byline is not None:
        end = min(len(ctx.infos), byline + 1 + _NEAR_BYLINE)
        near = [
            i
            for i in range(byline + 1, end)
            if ctx.roles.get(i, "dateline") in ("dateline", "byline")
            and ctx.infos[i].n_words <= 8
            and i != dateline
        ]
    if dateline is None:
        return [byline, *near] if byline is not None else []
    if byline is None:
        return [dateline]
    hits = ctx.dates(dateline)
    if hits and _weekday_banner(ctx.infos[dateline].text, hits[0]):
        return [byline, *near, dateline]
    if byline not in ctx.window and dateline in ctx.window:
        return [dateline, byline, *near]
    if dateline < byline:
        return [dateline, byline, *near]
    return [byline, dateline, *near]


@dataclass(frozen=True)
class _Candidate:
    """A date on the page with what its surroundings say about it."""

    block: int
    value: datetime
    label: str  # "published", "updated", "other" or ""
    prose: bool  # inside a running sentence ("...is due on April 15, 2026.")
    weekday: bool = False  # after a weekday name ("Friday, December 19, 2025")
    end: int = -1  # where the date ends in its block (-1: not from one written date)


class _Chooser:
    def __init__(self, ctx: PageContext) -> None:
        self.ctx = ctx
        # the blocks that can hold a date, in page order: the first _MAX_DATED of them (a page
        # with more is a calendar, an archive or hostile input; the bound keeps it fast)
        self.dated = sorted(ctx.dated)[:_MAX_DATED]
        self.url_date = date_from_url(ctx.url)
        self.url_month = None if self.url_date else url_month(ctx.url)
        self._order = ctx.options.date_order
        self._last_verb: int | None = None

    @property
    def order(self) -> str:
        """How the page writes numeric dates, ``"DMY"`` or ``"MDY"``; settled when first needed
        (only an ambiguous numeric date or the slow parser needs it)."""
        if self._order is None:
            ctx = self.ctx
            short = [h for i in self.dated if ctx.infos[i].n_words <= 30 for h in ctx.dates(i)]
            self._order = infer_order(short, ctx.language, ctx.url)
        return self._order

    def structured(self) -> datetime | None:
        """A ``datePublished``-style value that survived in the dump (script text)."""
        tried = 0
        for i in self.ctx.holding("ublish", "ateCreated"):
            for m in _JSONLD.finditer(self.ctx.infos[i].text):
                value = parse_date_string(m.group(1), self.order, self.ctx.language)
                if value is not None and self.ok(value):
                    return value
                tried += 1
                if tried >= _MAX_STRUCTURED:  # the slow parser may run for each: bounded
                    return None
        return None

    def date_in_block(self, i: int) -> _Candidate | None:
        """The publication date stated in block `i` (a byline or a date line)."""
        text = self.ctx.infos[i].text
        cands = [c for c in (self.candidate(i, h) for h in self.ctx.dates(i)) if c is not None]
        published = sorted((c for c in cands if c.label in ("original", "published")), key=lambda c: c.label)
        fresh = [c for c in cands if c.label == ""]
        for cand in published or fresh or [c for c in cands if c.label == "updated"]:
            return cand
        value = None
        if self.ctx.fetched_at is not None:
            value = relative_date(text, self.ctx.fetched_at)
        if value is None and _YEAR.search(text) and len(text) <= 80 and not cands:
            value = parse_date_string(text, self.order, self.ctx.language)
        if value is not None and self.ok(value):
            return _Candidate(i, value, "", False)
        return None

    def candidate(self, i: int, hit: DateHit) -> _Candidate | None:
        """Hit `hit` of block `i` as a candidate, or None when it is not a plausible date."""
        value = self.resolve(hit)
        if value is None:
            return None
        info = self.ctx.infos[i]
        text = info.text
        lo = max(0, hit.start - _LEFT_SPAN)
        for other in self.ctx.dates(i):  # the label of a date stops at the date before it
            if lo < other.end <= hit.start:
                lo = other.end
        left = text[lo : hit.start]
        if lo == 0 and hit.start < _LEFT_SPAN and i > 0 and not self.ctx.dates(i - 1):
            # a label or a commenter's "says:" on the line before ("Jane says:" / date)
            left = self.ctx.infos[i - 1].text[-_LEFT_SPAN:] + " " + left
        label = ""
        if _OTHER.search(left) or _COMMENT_AFTER.match(text, hit.end):
            label = "other"
        elif _ORIGINAL.search(left):
            return _Candidate(i, value, "original", False, end=hit.end)
        else:
            published = [m.end() for m in _PUBLISHED.finditer(left)]
            updated = [m.end() for m in _UPDATED.finditer(left)]
            if published or updated:
                later = max(published, default=-1) > max(updated, default=-1)
                label = "published" if later else "updated"
        words = _TAIL_WORDS.findall(left[-30:])
        weekday = bool(words) and words[-1].lower() in WEEKDAYS
        prose = False
        if not label and info.n_words > _PROSE_WORDS and _PROSE_AFTER.match(text, hit.end):
            last = words[-2 if weekday else -1] if len(words) > weekday else ""
            prose = last.isalpha() and last.islower()
        return _Candidate(i, value, label, prose, weekday, hit.end)

    def yearless_near(self, byline: int) -> datetime | None:
        """A date line next to the byline that gives no year (``"Aug 15"`` / ``"Written By
        Ann Lee"``), read in the year of the fetch (the year before when the day would
        come after it) or, without a fetch time, in the one year that the ``<title>`` and
        the headline name (``"Catering Trends for 2024"``); else None."""
        ctx = self.ctx
        lo, hi = max(1, byline - _NEAR_BYLINE), min(len(ctx.infos), byline + _NEAR_BYLINE + 1)
        day = next(
            (d for i in range(lo, hi) if i != byline and (d := yearless_date(ctx.infos[i].text))), None
        )
        if day is None:
            return None
        if ctx.fetched_at is not None:
            years = [ctx.fetched_at.year, ctx.fetched_at.year - 1]
        else:
            years = list(self._title_years())
            if len(years) != 1:
                return None
        for year in years:
            try:
                value = datetime(year, *day)
            except ValueError:
                continue
            if self.ok(value):
                return value
        return None

    def _title_years(self) -> set[int]:
        """The years written in the ``<title>`` text and the headline blocks."""
        ctx = self.ctx
        blocks = [i for i, role in ctx.roles.items() if role in ("title-line", "headline")]
        return {int(m.group()) for i in blocks for m in _YEAR.finditer(ctx.infos[i].text)}

    def earlier_pair(self, cand: _Candidate) -> _Candidate:
        """`cand`, or the earlier date written right after it: in the same block after at
        most a separator (a hidden ``2024-04-18T13:00:39+00:00`` glued to the shown
        ``March 22nd, 2024``), or at the start of the next short line (``May 21, 2025`` /
        ``April 24, 2025 by Ann Lee``). Of two unlabelled dates side by side, the later is
        the update and the earlier the publication."""
        if cand.label or cand.end < 0:
            return cand
        ctx = self.ctx
        i = cand.block
        text = ctx.infos[i].text
        pairs = [
            (i, h)
            for h in ctx.dates(i)
            if 0 <= h.start - cand.end <= _PAIR_GAP and not text[cand.end : h.start].strip(_PAIR_SEPARATORS)
        ]
        nxt = i + 1
        if (
            not pairs
            and nxt < len(ctx.infos)
            and ctx.infos[nxt].n_words <= _PAIR_WORDS
            and not text[cand.end :].strip(_PAIR_SEPARATORS)
        ):
            pairs = [(nxt, h) for h in ctx.dates(nxt)[:1] if h.start <= _PAIR_GAP]
        for j, hit in pairs[:1]:
            other = self.candidate(j, hit)
            if (
                other is not None
                and other.label in ("", "published", "original")
                and not other.prose
                and other.value.replace(tzinfo=None) < cand.value.replace(tzinfo=None)
            ):
                return other
        return cand

    def date_in_text(self) -> _Candidate | None:
        """The best date among all those written on the page (see the module docstring)."""
        ctx = self.ctx
        window = ctx.window
        headline = _headline(ctx)
        half = len(ctx.infos) // 2
        tiers: list[_Candidate | None] = [None] * 10
        agreeing: list[_Candidate | None] = [None] * 10
        top_end = max(half, window.stop)
        for i in self.dated:
            if i > top_end and self._settled(tiers, agreeing, i):
                break
            for hit in ctx.dates(i):
                cand = self.candidate(i, hit)
                if cand is None or cand.label == "other" or cand.prose:
                    continue
                top = i <= top_end
                if i < headline and cand.weekday and not cand.label:
                    tier = 4  # "Friday, December 19, 2025" above the headline: often today
                elif cand.label == "original":
                    tier = 0
                elif cand.label == "published":
                    tier = 1 if top else 6
                elif cand.label == "updated":
                    tier = 3 if top else 8
                elif i < window.stop:
                    tier = 2
                else:
                    tier = 5 if top else 7
                if tiers[tier] is None:
                    tiers[tier] = cand
                if agreeing[tier] is None and self.agrees(cand.value):
                    agreeing[tier] = cand
            if tiers[0] is not None:
                break
        if self.url_month is not None and any(agreeing):
            tiers = agreeing
        best = next((c for c in tiers if c is not None), None)
        return None if best is None else self.earlier_pair(best)

    def _settled(self, tiers: list[_Candidate | None], agreeing: list[_Candidate | None], i: int) -> bool:
        """True when no block from `i` on can change what `date_in_text` picks: past the top
        half only an "originally published" date (tier 0) beats tiers 1-5, and none of its
        words is left."""
        best = next((t for t, c in enumerate(tiers) if c is not None), 10)
        if best > 5 or (self.url_month is not None and not any(agreeing[:6])):
            return False
        if self._last_verb is None:
            # the last such block: the first one from the end of the page
            verbs = (j for j in reversed(self.dated) if j >= i and self._has_verb(j))
            self._last_verb = next(verbs, -1)
        return i > self._last_verb

    def _has_verb(self, i: int) -> bool:
        """True when block `i`, or the end of the block before it, has a publishing verb."""
        infos = self.ctx.infos
        text = infos[i].text.lower()
        if i > 0:
            text = infos[i - 1].text[-_LEFT_SPAN:].lower() + text
        return any(word in text for word in _ORIGINAL_VERBS)

    def agrees(self, value: datetime) -> bool:
        """True unless the URL names a year and month (``/2016/12/``) that `value` is not in."""
        return self.url_month is None or (value.year, value.month) == self.url_month

    def resolve(self, hit: DateHit) -> datetime | None:
        if hit.ambiguous and self.url_date is not None:
            for order in ("DMY", "MDY"):
                value = hit.resolve(order)
                if value is not None and value.date() == self.url_date.date():
                    return value
        value = hit.resolve(self.order if hit.ambiguous else "DMY")
        return value if value is not None and self.ok(value) else None

    def ok(self, value: datetime) -> bool:
        return plausible(value, self.ctx.options.min_year, self.ctx.latest)
