"""The plain-text dump pipeline: load, segment, metadata on the whole page, classify, assemble."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

import regex

from ._article import Article
from ._boilerplate import boilerplate_rule
from ._byline import byline_authors, clean_names, looks_like_name, starts_with_byline_word
from ._classify import BlockInfo, classify, describe, first_prose
from ._dates import DateHit, date_from_url, find_dates, infer_order, parse_date_string, plausible
from ._dates import relative_date
from ._explain import BlockDecision, Explanation
from ._lexicon import guess_language
from ._load import load_text
from ._options import CleanOptions
from ._segment import segment_text
from ._title import TitleMatch, find_title
from .rules import RULES

__all__ = ["analyse_text"]

_HEADER_SPAN = 40
_PUBLISHED = regex.compile(
    r"(?i)\b(?:published|posted|publish date|date|released|erschienen|ver[öo]ffentlicht|publi[ée]"
    r"|publicado|pubblicato|gepubliceerd|datum|fecha|data)\b"
)
_UPDATED = regex.compile(
    r"(?i)\b(?:updated|last modified|modified|aktualisiert|zuletzt|mis à jour|actualizado"
    r"|aggiornato|bijgewerkt)\b"
)
_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


@dataclass(frozen=True)
class _Dated:
    value: datetime
    source: str


def analyse_text(
    raw: str | bytes,
    url: str | None,
    fetched_at: datetime | None,
    options: CleanOptions | None,
) -> Explanation:
    """Run the text pipeline and return the article with the decision about every block."""
    options = options or CleanOptions()
    text = load_text(raw, options)
    blocks = segment_text(text)
    texts = [b.text for b in blocks]
    language = options.language or guess_language(text)
    infos = describe(texts, language)
    title = _find_title(texts, infos, language)
    roles: dict[int, str] = {}
    if title.title_line is not None:
        roles[title.title_line] = "title-line"
    roles.update(dict.fromkeys(title.copies, "headline"))
    body_start = title.copies[0] if title.copies else len(roles)
    header = _Header(infos, roles, body_start, language, url, fetched_at, options)
    rules = classify(infos, roles, body_start, language)
    decisions = tuple(
        BlockDecision(i, str(block.line), block.text, RULES[rule].keeps, rule)
        for i, (block, rule) in enumerate(zip(blocks, rules, strict=True))
    )
    dated = header.date
    article = Article(
        title=title.title,
        subtitle=header.subtitle,
        authors=header.authors,
        published=dated.value if dated else None,
        text="\n\n".join(d.text for d in decisions if d.kept),
        url=url,
        language=language,
        site_name=title.site_name,
        date_source=dated.source if dated else None,
        input_kind="text",
    )
    return Explanation(article, decisions)


def _find_title(texts: list[str], infos: Sequence[BlockInfo], language: str | None) -> TitleMatch:
    """The headline; when the dump does not open with ``<title>`` text, the last heading-like
    block before the first paragraph of prose."""
    if texts and boilerplate_rule(texts[0], infos[0].n_words) is None:
        return find_title(texts)
    end = first_prose(infos, 0, language)
    for i in range(min(end, len(infos)) - 1, -1, -1):
        info = infos[i]
        if 3 <= info.n_words <= 30 and not info.prose and boilerplate_rule(info.text, info.n_words) is None:
            return TitleMatch(info.text, None, None, (i,))
    return TitleMatch(None, None, None, ())


class _Header:
    """Authors, subtitle and date, read from the blocks around the headline.

    Found blocks are entered in `roles` (``byline``, ``dateline``, ``subtitle``) so that the
    classifier drops them from the body.
    """

    def __init__(
        self,
        infos: Sequence[BlockInfo],
        roles: dict[int, str],
        body_start: int,
        language: str | None,
        url: str | None,
        fetched_at: datetime | None,
        options: CleanOptions,
    ) -> None:
        self.infos, self.roles, self.options = infos, roles, options
        self.fetched_at = fetched_at
        self.latest = (fetched_at or datetime.now()).replace(tzinfo=None) + timedelta(
            days=options.allow_future_days
        )
        start = max(len(roles) and 1, body_start - 2)
        end = min(len(infos), max(first_prose(infos, body_start, language) + 3, body_start + 8))
        self.window = range(start, min(end, body_start + _HEADER_SPAN))
        self.authors: tuple[str, ...] = ()
        self.subtitle: str | None = None
        byline = self._find_byline()
        dateline = self._find_dateline(byline)
        if not self.authors:
            self._find_name_near(dateline)
        if not self.authors:
            self._find_byline_anywhere()
        self._find_subtitle(body_start, byline, dateline)
        hits = [h for info in infos if info.n_words <= 30 for h in find_dates(info.text)]
        self.url_date = date_from_url(url)
        self.order = options.date_order or infer_order(hits, language, url)
        self.language = language
        self.date = self._choose_date(byline, dateline)

    def _free(self, i: int) -> bool:
        return i not in self.roles and self.infos[i].n_words <= 40

    def _find_byline(self) -> int | None:
        for i in self.window:
            if self._free(i):
                authors = byline_authors(self.infos[i].text)
                if authors:
                    self.authors = authors
                    self.roles[i] = "byline"
                    return i
        return None

    def _find_dateline(self, byline: int | None) -> int | None:
        for i in self.window:
            if not self._free(i) or self.infos[i].n_words > 14:
                continue
            text = self.infos[i].text
            hits = find_dates(text)
            covered = sum(h.end - h.start for h in hits)
            dated = bool(hits) and (self.infos[i].n_words <= 8 or covered * 3 >= len(text))
            if not dated and self.fetched_at is not None and self.infos[i].n_words <= 8:
                dated = relative_date(text, self.fetched_at) is not None
            if not dated and self.infos[i].n_words <= 8 and _YEAR.search(text):
                dated = parse_date_string(text, "DMY", None)[0] is not None
            if dated:
                self.roles[i] = "dateline"
                return i
        return None

    def _find_name_near(self, dateline: int | None) -> None:
        """A bare name next to the dateline ("Andrew King" / "September 4, 2025")."""
        if dateline is None:
            return
        for i in (dateline - 1, dateline + 1, dateline - 2, dateline + 2):
            if 0 <= i < len(self.infos) and i not in self.roles:
                info = self.infos[i]
                if 2 <= info.n_words <= 5 and looks_like_name(info.text):
                    authors = clean_names(info.text)
                    if authors and boilerplate_rule(info.text, info.n_words) is None:
                        self.authors = authors
                        self.roles[i] = "byline"
                        return

    def _find_byline_anywhere(self) -> None:
        """A line that opens with By / Von / Par anywhere, e.g. an author line after the body."""
        for i, info in enumerate(self.infos):
            if i not in self.roles and info.n_words <= 8 and starts_with_byline_word(info.text):
                authors = byline_authors(info.text)
                if authors:
                    self.authors = authors
                    self.roles[i] = "byline"
                    return

    def _find_subtitle(self, body_start: int, byline: int | None, dateline: int | None) -> None:
        """A standfirst sits between the headline and the byline or date."""
        marks = [m for m in (byline, dateline) if m is not None and m > body_start]
        if self.roles.get(body_start) != "headline" or not marks:
            return
        for i in range(body_start + 1, min(marks)):
            info = self.infos[i]
            if i not in self.roles and info.n_words >= 6 and boilerplate_rule(info.text, info.n_words) is None:
                self.subtitle = info.text
                self.roles[i] = "subtitle"
                return

    def _choose_date(self, byline: int | None, dateline: int | None) -> _Dated | None:
        found: _Dated | None = None
        for i in (byline, dateline):
            if i is not None and found is None:
                value = self._date_in(self.infos[i].text)
                if value is not None:
                    found = _Dated(value, "byline")
        url_date = self.url_date if self.url_date and self._ok(self.url_date) else None
        if url_date is not None:
            if found is None or found.value.date() != url_date.date():
                return _Dated(url_date, "url")
            return found
        if found is not None:
            return found
        return self._date_in_text()

    def _date_in(self, text: str) -> datetime | None:
        hits = find_dates(text)
        published = [h for h in hits if _PUBLISHED.search(text[max(0, h.start - 30) : h.start])]
        fresh = [h for h in hits if not _UPDATED.search(text[max(0, h.start - 30) : h.start])]
        for hit in published or fresh or hits:
            value = self._resolve(hit)
            if value is not None:
                return value
        if self.fetched_at is not None:
            value = relative_date(text, self.fetched_at)
            if value is not None and self._ok(value):
                return value
        if _YEAR.search(text) and len(text) <= 80:
            value, _ = parse_date_string(text, self.order, self.language)
            if value is not None and self._ok(value):
                return value
        return None

    def _date_in_text(self) -> _Dated | None:
        """The last resort: a date in a short line that says 'Published', else any short line."""
        keyed: datetime | None = None
        plain: datetime | None = None
        half = len(self.infos) // 2
        for i, info in enumerate(self.infos):
            if info.n_words > 20:
                continue
            for hit in find_dates(info.text):
                value = self._resolve(hit)
                if value is None:
                    continue
                if _PUBLISHED.search(info.text):
                    keyed = keyed or value
                elif plain is None and i <= half and not _UPDATED.search(info.text):
                    plain = value
            if keyed is not None:
                break
        value = keyed or plain
        return _Dated(value, "text") if value is not None else None

    def _resolve(self, hit: DateHit) -> datetime | None:
        if hit.ambiguous and self.url_date is not None:
            for order in ("DMY", "MDY"):
                value = hit.resolve(order)
                if value is not None and value.date() == self.url_date.date():
                    return value
        value = hit.resolve(self.order)
        return value if value is not None and self._ok(value) else None

    def _ok(self, value: datetime) -> bool:
        return plausible(value, self.options.min_year, self.latest)
