"""The publication date of a text dump: a cascade from the byline down to any short line.

Order of trust: a date in the byline or a date line in the header, checked against a date in
the URL path (the URL wins when they disagree on the day); then the URL alone; then a short
line that says "Published"; then the first short dated line in the top half of the page.
"""

from __future__ import annotations

from datetime import datetime

import regex

from ._context import PageContext
from ._dates import DateHit, date_from_url, find_dates, infer_order, parse_date_string, plausible
from ._dates import relative_date

__all__ = ["PublishedDate", "choose_date", "find_dateline"]

PublishedDate = tuple[datetime | None, str | None]

_PUBLISHED = regex.compile(
    r"(?i)\b(?:published|posted|publish date|date|released|erschienen|ver[öo]ffentlicht|publi[ée]"
    r"|publicado|pubblicato|gepubliceerd|datum|fecha|data)\b"
)
_UPDATED = regex.compile(
    r"(?i)\b(?:updated|last modified|modified|aktualisiert|zuletzt|mis à jour|actualizado"
    r"|aggiornato|bijgewerkt)\b"
)
_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


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
    """The publication date and where it came from (``byline``, ``url`` or ``text``)."""
    chooser = _Chooser(ctx)
    found: datetime | None = None
    for i in (byline, dateline):
        if i is not None and found is None:
            found = chooser.date_in(ctx.infos[i].text)
    url_date = chooser.url_date if chooser.url_date and chooser.ok(chooser.url_date) else None
    if url_date is not None and (found is None or found.date() != url_date.date()):
        return url_date, "url"
    if found is not None:
        return found, "byline"
    value = chooser.date_in_text()
    return (value, "text") if value is not None else (None, None)


class _Chooser:
    def __init__(self, ctx: PageContext) -> None:
        self.ctx = ctx
        hits = [h for info in ctx.infos if info.n_words <= 30 for h in find_dates(info.text)]
        self.url_date = date_from_url(ctx.url)
        self.order = ctx.options.date_order or infer_order(hits, ctx.language, ctx.url)

    def date_in(self, text: str) -> datetime | None:
        hits = find_dates(text)
        published = [h for h in hits if _PUBLISHED.search(text[max(0, h.start - 30) : h.start])]
        fresh = [h for h in hits if not _UPDATED.search(text[max(0, h.start - 30) : h.start])]
        for hit in published or fresh or hits:
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

    def date_in_text(self) -> datetime | None:
        """A date in a short line that says 'Published', else the first in the top half."""
        plain: datetime | None = None
        half = len(self.ctx.infos) // 2
        for i, info in enumerate(self.ctx.infos):
            if info.n_words > 20:
                continue
            for hit in find_dates(info.text):
                value = self.resolve(hit)
                if value is None:
                    continue
                if _PUBLISHED.search(info.text):
                    return value
                if plain is None and i <= half and not _UPDATED.search(info.text):
                    plain = value
        return plain

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
