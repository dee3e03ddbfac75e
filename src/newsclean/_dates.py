"""Dates: fast regex paths for the common written forms, `dateparser` only as the last resort.

`find_dates` lists every date written in a string; numeric dates whose day and month could be
swapped (``10.09.2017``) are kept *ambiguous* and read later with the page's `DateOrder`,
which `infer_order` settles from the page's own evidence. `date_from_url` reads a date from a
URL path and `relative_date` reads "3 hours ago" against a fetch time.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone, tzinfo
from typing import Any

import regex

from ._lexicon import MONTHS
from ._patterns import trie

__all__ = [
    "DateHit",
    "block_indices",
    "date_blocks",
    "date_from_url",
    "find_dates",
    "infer_order",
    "parse_date_string",
    "plausible",
    "relative_date",
    "url_month",
    "yearless_date",
]

_ZONES = {
    "UTC": 0, "GMT": 0, "Z": 0, "WET": 0, "BST": 60, "CET": 60, "MEZ": 60, "CEST": 120,
    "MESZ": 120, "EET": 120, "EEST": 180, "EST": -300, "EDT": -240, "CST": -360, "CDT": -300,
    "MST": -420, "MDT": -360, "PST": -480, "PDT": -420, "IST": 330, "JST": 540, "AEST": 600,
    "AEDT": 660,
}  # fmt: skip
# The month names as a trie ("ma(?:r(?:ch)?|y)"): with IGNORECASE, `regex` tries an
# alternation of hundreds of names one by one (about 4 us at a month in the named date
# patterns), a trie a letter at a time (less than half).
_MONTH_ALT = trie(MONTHS)
_TIME = r"""
    (?:\s{0,3}(?:,|@|at|um|à|a\ las|alle|om|kl\.?|-|–|\||/)?\s{0,3}
       (?P<H>\d{1,2})(?:[:h](?P<M>\d{2}))(?::(?P<S>\d{2}))?
       (?:\s{0,2}(?P<ampm>[ap])\.?m\.?)?
       (?:\s{0,2}(?:Uhr|h(?!\w)))?
       (?:\s{0,2}(?:(?P<zone>UTC|GMT|CEST|CET|MESZ|MEZ|BST|WET|EEST|EET|EST|EDT|CST|CDT|MST|MDT|PST|PDT|IST|JST|AEST|AEDT)(?!\w)
                  (?P<zoff>[+-]\d{1,2}(?::?\d{2})?)?
                 |(?P<off>[+-]\d{2}:?\d{2})(?!\d)))?
    )?"""
# A month name starts a word, or is glued to the word before it by a dump that lost its tags
# ("ReutersApril 29, 2014", "id-4ce5Dec 16, 2025"): then it starts with a capital after a
# letter or a digit.
_GLUED = r"(?:(?<!\w)|(?<=[^\W_])(?-i:(?=\p{Lu})))"
# A year may be glued to what follows ("Sep 26, 20222 min read": 2022, then "2 min").
_PATTERNS: tuple[tuple[str, regex.Pattern[str]], ...] = tuple(
    (kind, regex.compile(pattern, regex.VERBOSE | regex.IGNORECASE))
    for kind, pattern in (
        (
            "iso",
            r"""(?<![\d.])(?P<y>(?:19|20)\d\d)-(?P<b>\d{1,2})-(?P<a>\d{1,2})
                (?:[T\ ](?P<H>\d{2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:\.\d{1,9})?)?
                   (?:(?P<off>Z|[+-]\d{2}:?\d{2}))?)?(?![\d])""",
        ),
        ("ymd", r"(?<![\d.])(?P<y>(?:19|20)\d\d)[./](?P<b>\d{1,2})[./](?P<a>\d{1,2})(?![\d])" + _TIME),
        (
            "num",
            r"(?<![\d.,/])(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})(?![\d])"
            + _TIME,
        ),
        (
            "dmy",
            r"""(?<![\d._])(?P<a>\d{1,2})(?:st|nd|rd|th|er|º|°)?
                (?:\.?\s{0,3}(?:de\s|of\s)?\s{0,2}|-)(?P<mon>"""
            + _MONTH_ALT
            + r""")(?!\w)(?:\.?,?\s{0,3}(?:de\s|del\s)?\s{0,2}|\.?-)(?P<y>(?:19|20)\d\d)"""
            + _TIME,
        ),
        (
            "mdy",
            _GLUED
            + r"""(?P<mon>"""
            + _MONTH_ALT
            + r""")(?!\w)\.?\s{1,3}(?P<a>\d{1,2})(?:st|nd|rd|th)?(?!\d)[,.]?\s{1,3}(?P<y>(?:19|20)\d\d)"""
            + _TIME,
        ),
        (
            "ymd-named",
            r"""(?<![\w.-])(?P<y>(?:19|20)\d\d)\.?\s{1,3}(?P<mon>"""
            + _MONTH_ALT
            + r""")(?!\w)\.?\s{1,3}(?P<a>\d{1,2})(?!\d)(?!,?\s{1,3}(?:19|20)\d\d(?!\d))\.?""",
        ),
    )
)
# A day and a month's name without a year, alone on a line ("Aug 15", "15. August").
_YEARLESS = regex.compile(
    r"(?i)(?:(?P<mon>" + _MONTH_ALT + r")\.?\s{1,3}(?P<a>\d{1,2})(?:st|nd|rd|th)?"
    r"|(?P<a2>\d{1,2})(?:st|nd|rd|th)?\.?\s{1,3}(?P<mon2>" + _MONTH_ALT + r")\.?)"
)
_YEARLESS_CHARS = 20
_URL_DATE = regex.compile(r"(?<![\d])((?:19|20)\d\d)[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?![\d])")
# A one-digit day must end the path segment: "/2023/10/3-questions/" is a month page.
_URL_SEPARATED = regex.compile(r"(?<!\d)((?:19|20)\d\d)[/_-](\d{1,2})[/_-](\d\d|\d(?=[/._?#]|$))(?![\d])")
_URL_NAMED = regex.compile(r"(?<!\d)((?:19|20)\d\d)/([^\W\d_]{3,12})/(\d{1,2})(?=[/._?#-]|$)")
_URL_MONTH = regex.compile(r"/((?:19|20)\d\d)[/_-](0?[1-9]|1[0-2])(?=/|\.html?$)")
_RELATIVE = regex.compile(
    r"""(?ix)(?:(?<!\w)|(?<=[^\W\d_])(?=\d))(?:  # "Updated3 hours ago": glued to a label
        (?P<n>\d{1,3}|an?|one)\s(?P<unit>min(?:ute)?s?|hours?|hrs?|days?|weeks?)\sago
      | vor\s(?P<n2>\d{1,3}|einer?|einem)\s(?P<unit2>Minuten?|Stunden?|Tag(?:en)?|Wochen?)
      | il\sy\sa\s(?P<n3>\d{1,3}|une?)\s(?P<unit3>minutes?|heures?|jours?|semaines?)
      | hace\s(?P<n4>\d{1,3}|una?)\s(?P<unit4>minutos?|horas?|días?|semanas?)
      | (?P<word>yesterday|today|gestern|heute|hier|aujourd'hui|ayer|hoy)
    )(?!\w)"""
)
_UNIT_MINUTES = {"min": 1, "hou": 60, "hrs": 60, "hr": 60, "day": 1440, "wee": 10080,
                 "stu": 60, "tag": 1440, "woc": 10080, "heu": 60, "jou": 1440, "sem": 10080,
                 "hor": 60, "día": 1440, "dia": 1440}  # fmt: skip
_WORD_DAYS = {"yesterday": 1, "gestern": 1, "hier": 1, "ayer": 1,
              "today": 0, "heute": 0, "aujourd'hui": 0, "hoy": 0}  # fmt: skip
_YEAR_IN = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# Every date form above holds a four-digit year or ends in a numeric d.m.yy; the patterns run
# only from _BEFORE characters before such an anchor to _AFTER characters after it.
# (The lookahead for a digit first lets `regex` skip to the digits: a third faster.)
_ANCHOR = regex.compile(r"(?=\d)(?<!\d)(?:(?:19|20)\d\d|\d{1,2}[./-]\d{1,2}[./-]\d\d(?!\d))")
_BEFORE, _AFTER = 48, 72
# Every anchor has four digits, or a digit, a separator and a digit, in a row (ASCII digits);
# a match takes the rest of its text too, so that a text is found once.
# (`regex` scans a whole page for it twice as fast as `re`.)
_MAY_HOLD_DATE = regex.compile(r"[0-9](?:[0-9]{3}|[./-][0-9])[^\x00]*")
_NUMERIC = regex.compile(r"\d[./-]\d")
_WORD = regex.compile(r"[^\W\d_]{3,}")
_NAMED_KINDS = frozenset({"dmy", "mdy", "ymd-named"})
_NUMERIC_PATTERNS = tuple((k, p) for k, p in _PATTERNS if k not in _NAMED_KINDS)
_DMY, _MDY, _YMD_NAMED = (dict(_PATTERNS)[k] for k in ("dmy", "mdy", "ymd-named"))
_MONTH_KEYS = frozenset(MONTHS)
_NUMBER = regex.compile(r"\d+")
_MONTH_BEFORE = 16  # a named date starts at most this many characters before its month
_DIGITS = regex.compile(r"\d+")
_MAX_HITS = 1000  # dates listed per string by default: more is a calendar or hostile input
_MAX_SCAN = 100_000  # characters of a string searched for dates
_MAX_WINDOW = 4096


@dataclass(frozen=True)
class DateHit:
    """One date written in a string. ``a``/``b`` are day/month as written, before ordering."""

    start: int
    end: int
    year: int
    a: int
    b: int
    hour: int | None
    minute: int | None
    second: int
    tz: tzinfo | None
    kind: str
    sep: str = ""

    @property
    def ambiguous(self) -> bool:
        """True for a numeric date that reads validly both day-first and month-first."""
        return self.kind == "num" and self.a != self.b and self.a <= 12 and self.b <= 12

    def resolve(self, order: str) -> datetime | None:
        """The datetime for this hit read with `order` (``"DMY"`` or ``"MDY"``), if valid."""
        day, month = self.a, self.b
        if self.kind == "num" and (order == "MDY" or day > 31) and not (order == "MDY" and day > 12):
            day, month = month, day
        if self.kind == "num" and month > 12 and day <= 12:
            day, month = month, day
        try:
            return datetime(
                self.year, month, day, self.hour or 0, self.minute or 0, self.second, tzinfo=self.tz
            )
        except ValueError:
            return None


def find_dates(text: str, limit: int = _MAX_HITS) -> list[DateHit]:
    """The first `limit` dates written in `text`, in order of position, overlapping matches
    removed.

    Only the stretches around a year (``2017``) or a short numeric date (``10.09.17``) are
    searched, so a long line without dates costs one pass of a simple regex; only the first
    100,000 characters are read (a longer block is not a page's header, and the bound keeps
    hostile input fast).

    Example:
        >>> [h.resolve("DMY").date().isoformat() for h in find_dates("Von A | 10.09.2017")]
        ['2017-09-10']
        >>> [h.resolve("MDY").date().isoformat() for h in find_dates("ByAnn Lee Jan 9, 2025Photo")]
        ['2025-01-09']
        >>> len(find_dates("May 4, 2024; " * 50, limit=3))
        3
    """
    hits: list[DateHit] = []
    kept: list[DateHit] = []
    end = min(len(text), _MAX_SCAN)
    for lo, hi in _windows(text, end):
        if len(kept) >= limit and kept[limit - 1].start < lo - _MONTH_BEFORE:
            break  # every later hit starts after the first `limit` ones: they are final
        if _NUMERIC.search(text, lo, hi) is not None:
            for kind, pattern in _NUMERIC_PATTERNS:
                _collect(hits, kind, pattern, text, lo, hi)
        # a named date has a month name in it: try the named forms only where they can
        # start, at the month ("May 4, 2024") or at a number just before it ("4. Mai 2024")
        for start in _month_starts(text, lo, hi):
            _match(hits, "mdy", _MDY, text, start)
            for d in _DIGITS.finditer(text, max(0, start - _MONTH_BEFORE), start):
                _match(hits, "dmy", _DMY, text, d.start())
                _match(hits, "ymd-named", _YMD_NAMED, text, d.start())
        if len(hits) >= limit:
            kept = _without_overlaps(hits)
    return _without_overlaps(hits)[:limit]


def _without_overlaps(hits: list[DateHit]) -> list[DateHit]:
    """`hits` by position, each dropped when it starts inside the one before (the longer of
    two that start together is kept)."""
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    kept: list[DateHit] = []
    for hit in hits:
        if not kept or hit.start >= kept[-1].end:
            kept.append(hit)
    return kept


def date_blocks(joined: str) -> list[int]:
    """The indices of the texts joined by NUL characters in `joined` that may hold a date for
    `find_dates`: those with four digits, or a digit, a separator and a digit, in a row,
    found in one pass of a simple pattern (most blocks of a page have neither).

    Example:
        >>> date_blocks("\\x00".join(["Home", "May 4, 2024", "News", "10.09.17", "Page 2"]))
        [1, 3]
    """
    return block_indices(joined, (m.start() for m in _MAY_HOLD_DATE.finditer(joined)))


def block_indices(joined: str, starts: Iterable[int]) -> list[int]:
    """The indices of the texts joined by NUL characters in `joined` that the offsets
    `starts` (ascending) fall in, each index once.

    Example:
        >>> block_indices("Home\\x00May 4\\x00News", [5, 7, 11])
        [1, 2]
    """
    found: list[int] = []
    index = last = 0
    for start in starts:
        index += joined.count("\x00", last, start)
        last = start
        if not found or found[-1] != index:
            found.append(index)
    return found


def _collect(
    hits: list[DateHit], kind: str, pattern: regex.Pattern[str], text: str, lo: int, hi: int
) -> None:
    """Add the dates that `pattern` finds in ``text[lo:hi]`` to `hits`."""
    for m in pattern.finditer(text, lo, hi):
        if m.end() == hi and hi < len(text):  # cut at the window: read it again whole
            m = pattern.match(text, m.start())
            if m is None:
                continue
        hit = _hit(kind, m)
        if hit is not None:
            hits.append(hit)


def _match(hits: list[DateHit], kind: str, pattern: regex.Pattern[str], text: str, pos: int) -> None:
    """Add the date that `pattern` reads at `pos` of `text`, if any, to `hits`."""
    m = pattern.match(text, pos)
    if m is not None:
        hit = _hit(kind, m)
        if hit is not None:
            hits.append(hit)


def _month_starts(text: str, lo: int, hi: int) -> list[int]:
    """Where month names start in ``text[lo:hi]``: a word that is one, or that ends in one
    glued on with a capital ("TitanNov", "1stMarch")."""
    words = _WORD.findall(text, lo, hi)
    if _MONTH_KEYS.isdisjoint(map(str.lower, words)) and all(
        w.islower() or w.isupper() or w.istitle() for w in words
    ):
        return []  # the common case, one pass in C: no month, and no glued words
    starts: list[int] = []
    for m in _WORD.finditer(text, lo, hi):
        word = m.group()
        lower = word.lower()
        if lower in MONTHS:
            starts.append(m.start())
        elif lower != word:
            for k in range(1, len(word) - 2):
                if word[k].isupper() and lower[k:] in MONTHS:
                    starts.append(m.start() + k)
                    break
    return starts


def _windows(text: str, end: int) -> Iterator[tuple[int, int]]:
    """Merged stretches of ``text[:end]`` around each year or short numeric date, where dates
    can be, from left to right (lazily: `find_dates` may stop early). A stretch grows to
    `_MAX_WINDOW` characters at most; the next one then starts at its anchor's own stretch,
    which overlaps the last (`find_dates` drops the hits found twice)."""
    window: tuple[int, int] | None = None
    for m in _ANCHOR.finditer(text, 0, end):
        lo, hi = max(0, m.start() - _BEFORE), min(end, m.end() + _AFTER)
        if window is not None and lo <= window[1] and hi - window[0] <= _MAX_WINDOW:
            window = (window[0], hi)
        else:
            if window is not None:
                yield window
            window = (lo, hi)
    if window is not None:
        yield window


def _hit(kind: str, m: regex.Match[str]) -> DateHit | None:
    g = m.groupdict()
    year = int(g["y"])
    if year < 100:
        year += 2000 if year <= (datetime.now().year % 100) + 1 else 1900
    if g.get("mon"):
        month = MONTHS.get(g["mon"].lower().rstrip("."))
        if month is None:
            return None
        a, b = int(g["a"]), month
    else:
        a, b = int(g["a"]), int(g["b"])
    hour = int(g["H"]) if g.get("H") else None
    minute = int(g["M"]) if g.get("M") else None
    if hour is not None and g.get("ampm"):
        if hour > 12 or hour == 0:
            hour, minute = None, None
        else:
            hour = hour % 12 + (12 if g["ampm"].lower() == "p" else 0)
    if hour is not None and (hour > 23 or (minute or 0) > 59):
        hour, minute = None, None
    second = int(g["S"]) if g.get("S") and hour is not None else 0
    tz = _zone(g) if hour is not None or kind == "iso" else None
    return DateHit(m.start(), m.end(), year, a, b, hour, minute, second, tz, kind, g.get("sep") or "")


def _zone(g: dict[str, Any]) -> tzinfo | None:
    if g.get("off"):
        return _offset(g["off"])
    if g.get("zone"):
        minutes = _ZONES[g["zone"].upper()]
        if g.get("zoff"):
            extra = _offset(g["zoff"])
            return extra if extra is not None and g["zone"].upper() in {"UTC", "GMT"} else None
        return timezone(timedelta(minutes=minutes))
    return None


def _offset(text: str) -> tzinfo | None:
    if text.upper() == "Z":
        return timezone.utc
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    hours, minutes = (int(digits[:-2]), int(digits[-2:])) if len(digits) > 2 else (int(digits), 0)
    if hours > 14 or minutes > 59:
        return None
    return timezone(sign * timedelta(hours=hours, minutes=minutes))


def infer_order(hits: Iterable[DateHit], language: str | None, url: str | None) -> str:
    """Settle how ambiguous numeric dates on one page read: ``"DMY"`` or ``"MDY"``.

    Evidence, strongest first: an unambiguous numeric date on the page (``25.09.2017`` shows
    day-first, ``09/25/2017`` month-first) or an ambiguous one that the page also writes
    with the month's name (``02-12-2025`` and ``December 02, 2025``), then the language and
    the URL's country domain (English outside the UK and the Commonwealth domains reads
    month-first).
    """
    votes = {"DMY": 0, "MDY": 0}
    hits = list(hits)
    named = {(h.year, h.b, h.a) for h in hits if h.kind in _NAMED_KINDS}
    for hit in hits:
        if hit.kind == "num" and not hit.ambiguous:
            if hit.a > 12 >= hit.b:
                votes["DMY"] += 1
            elif hit.b > 12 >= hit.a:
                votes["MDY"] += 1
        elif named and hit.ambiguous:
            # the page also writes the date with its month's name ("02-12-2025" and
            # "December 02, 2025" in a list of posts)
            day_first = (hit.year, hit.b, hit.a) in named
            if day_first != ((hit.year, hit.a, hit.b) in named):
                votes["DMY" if day_first else "MDY"] += 1
    if votes["DMY"] != votes["MDY"]:
        return max(votes, key=lambda k: votes[k])
    if language == "en" or language is None:
        host = _host(url)
        if language == "en" and not host.endswith(_DAY_FIRST_DOMAINS):
            return "MDY"
        if language is None and host.endswith((".com", ".us", ".org", ".net")):
            return "MDY"
    return "DMY"


_DAY_FIRST_DOMAINS = (".uk", ".ie", ".au", ".nz", ".in", ".za", ".ng", ".ke", ".pk", ".sg", ".eu")
_HOST = regex.compile(r"^[a-z][a-z0-9+.-]*://([^/?#:]+)", regex.IGNORECASE)


def _host(url: str | None) -> str:
    m = _HOST.match(url or "")
    return m.group(1).lower() if m else ""


def date_from_url(url: str | None) -> datetime | None:
    """The date in a URL path (``/2017/10/09/``, ``/2017-10-09-``, ``/20171009/``,
    ``/2023/october/03/``), if any.

    Example:
        >>> date_from_url("https://example.org/news/2017/10/09/story.html")
        datetime.datetime(2017, 10, 9, 0, 0)
        >>> date_from_url("https://example.org/blog/2023/oktober/03/story/")
        datetime.datetime(2023, 10, 3, 0, 0)
    """
    if not url:
        return None
    path = url.split("://", 1)[-1]
    path = path[path.find("/") :] if "/" in path else ""
    for pattern in (_URL_SEPARATED, _URL_DATE):
        for m in pattern.finditer(path):
            try:
                return datetime(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                continue
    for m in _URL_NAMED.finditer(path):
        month = MONTHS.get(m.group(2).lower())
        if month is not None:
            try:
                return datetime(int(m.group(1)), month, int(m.group(3)))
            except ValueError:
                continue
    return None


def url_month(url: str | None) -> tuple[int, int] | None:
    """The year and month of a URL path that gives no day (``/2016/12/slug.html``), if any.

    Example:
        >>> url_month("http://blog.example.org/2016/12/python-360.html")
        (2016, 12)
        >>> url_month("https://example.org/about/") is None
        True
    """
    m = _URL_MONTH.search(url.split("://", 1)[-1]) if url else None
    return (int(m.group(1)), int(m.group(2))) if m else None


def yearless_date(text: str) -> tuple[int, int] | None:
    """The month and day of a short line that is only a day and a month's name, without a
    year (``"Aug 15"``, ``"15. August"``), if it is one.

    Example:
        >>> yearless_date("Aug 15"), yearless_date("3 février"), yearless_date("Aug 15, 2024")
        ((8, 15), (2, 3), None)
    """
    text = text.strip()
    if len(text) > _YEARLESS_CHARS:
        return None
    m = _YEARLESS.fullmatch(text)
    if m is None:
        return None
    month = MONTHS.get((m.group("mon") or m.group("mon2")).lower().rstrip("."))
    day = int(m.group("a") or m.group("a2"))
    return (month, day) if month is not None and 1 <= day <= 31 else None


def relative_date(text: str, fetched_at: datetime) -> datetime | None:
    """Read "3 hours ago", "vor 2 Tagen", "il y a 5 jours", "yesterday"... against `fetched_at`.

    Example:
        >>> relative_date("Posted 2 days ago", datetime(2024, 5, 10, 12, 0))
        datetime.datetime(2024, 5, 8, 12, 0)
    """
    m = _RELATIVE.search(text)
    if m is None:
        return None
    if m.group("word"):
        return fetched_at - timedelta(days=_WORD_DAYS[m.group("word").lower()])
    number = next(g for g in (m.group("n"), m.group("n2"), m.group("n3"), m.group("n4")) if g)
    unit = next(g for g in (m.group("unit"), m.group("unit2"), m.group("unit3"), m.group("unit4")) if g)
    count = int(number) if number.isdigit() else 1
    minutes = _UNIT_MINUTES.get(unit.lower()[:3], _UNIT_MINUTES.get(unit.lower()[:2], 0))
    return fetched_at - timedelta(minutes=count * minutes)


def plausible(value: datetime, min_year: int, latest: datetime) -> bool:
    """True when `value` lies between 1 January `min_year` and `latest` (both inclusive)."""
    naive = value.replace(tzinfo=None)
    return naive.year >= min_year and naive <= latest.replace(tzinfo=None)


def parse_date_string(text: str, order: str = "DMY", language: str | None = None) -> datetime | None:
    """Parse one short date string.

    The regex paths of `find_dates` come first; `dateparser` is called only when they find
    nothing, only on short strings that contain a year and a month name (the regex paths
    read every all-numeric form), and with explicit settings (no relative dates, the page's
    day/month order, strict parsing).
    """
    hits = find_dates(text)
    for hit in hits:
        value = hit.resolve(order)
        if value is not None:
            return value
    stripped = text.strip()
    if len(stripped) > 60 or _YEAR_IN.search(stripped) is None:
        return None
    if not any(word.lower() in _MONTH_KEYS for word in _WORD.findall(stripped)):
        return None
    if all(len(number) == 4 for number in _NUMBER.findall(stripped)):
        return None  # a month and a year ("April 2025") name no day
    return _dateparser(stripped, order, language)


def _dateparser(text: str, order: str, language: str | None) -> datetime | None:
    import dateparser  # imported late: it is slow to import and rarely needed

    settings: dict[str, Any] = {
        "DATE_ORDER": order,
        "PREFER_DAY_OF_MONTH": "first",
        "STRICT_PARSING": True,
        "REQUIRE_PARTS": ["day", "month", "year"],
        "PARSERS": ["custom-formats", "absolute-time"],
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    try:
        value = dateparser.parse(text, languages=[language or "en"], settings=settings)
    except (ValueError, OverflowError, TypeError, KeyError, AttributeError):
        return None
    return value if isinstance(value, datetime) else None
