"""The regex date readers of `_dates`: forms, glued dump text, day/month order, URLs, speed."""

from __future__ import annotations

import time
from datetime import datetime

import pytest
import regex

from newsclean import _dates
from newsclean._dates import date_blocks, date_from_url, find_dates, infer_order, relative_date
from newsclean._lexicon import MONTHS


def _days(text: str, order: str = "DMY") -> list[str]:
    out = []
    for hit in find_dates(text):
        value = hit.resolve(order)
        out.append(value.date().isoformat() if value else "?")
    return out


@pytest.mark.parametrize(
    ("text", "order", "expected"),
    [
        ("Published: Jan 29, 2025 by Ann Lee", "MDY", ["2025-01-29"]),
        ("Von Max Muster | 10.09.2017, 14:05 Uhr", "DMY", ["2017-09-10"]),
        ("Publié le 3 février 2021 à 10h12", "DMY", ["2021-02-03"]),
        ("Actualizado el 5 de marzo de 2020", "DMY", ["2020-03-05"]),
        ("2019-06-25T08:00:00+02:00", "DMY", ["2019-06-25"]),
        ("am 17.11.19 geschrieben", "DMY", ["2019-11-17"]),
    ],
)
def test_common_forms(text: str, order: str, expected: list[str]) -> None:
    assert _days(text, order) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month name glued to the word before it by a dump that lost its tags
        ("Photo: ReutersApril 29, 2014 Share", ["2014-04-29"]),
        ("AdvertisementNovember 28, 2025/Living Healthy", ["2025-11-28"]),
        ("Last updatedAug 04, 2025Written by Ann", ["2025-08-04"]),
        # a year glued to the digits after it
        ("LEONARDO GARCIASep 26, 20222 min read", ["2022-09-26"]),
        ("ServiceTitanNovember 26th, 202410 Min Read", ["2024-11-26"]),
        # a month name glued to an id or a count ending in a digit
        ("Choosing a framework3d23d65-ab6-4ce5Dec 16, 2025Share", ["2025-12-16"]),
        ("Comments 12March 3, 2024Reply", ["2024-03-03"]),
        # a dot after the day as after the month
        ("📅Jul. 11. 2025", ["2025-07-11"]),
        ("Posted Sept. 4. 2023 by Ann", ["2023-09-04"]),
        # a day glued to the label before it
        ("Guide 2025PUBLISHED3 January, 2025Anne Bufe", ["2025-01-03"]),
        # day-month-year with hyphens and an abbreviated month
        ("By FlowGuard on 04-ago-2021 5:11:10 Print", ["2021-08-04"]),
        ("Posted 26-Oct-2018 by admin", ["2018-10-26"]),
    ],
)
def test_glued_dump_text(text: str, expected: list[str]) -> None:
    assert _days(text, "MDY") == expected


def test_lowercase_word_before_month_is_not_glued() -> None:
    # "Mai" inside a lowercase run is not a month starting a new tag's text.
    assert _days("Hey GT-2000 mag 20. Oktober 2019 x") == ["2019-10-20"]
    assert find_dates("Konsumai 5 2020") == []


def test_time_and_zone_are_read() -> None:
    (hit,) = find_dates("Nov 25, 2025 5:00 am PST")
    value = hit.resolve("MDY")
    assert value is not None and (value.hour, value.utcoffset().total_seconds()) == (5, -8 * 3600)  # type: ignore[union-attr]
    (hit,) = find_dates("Erstellt am Dienstag 6. Mai 2014 um 23:30")
    assert hit.resolve("DMY") == datetime(2014, 5, 6, 23, 30)


def test_day_month_order_from_the_page() -> None:
    us = find_dates("Posted 09/25/2017. Next story 10/09/2017")
    assert infer_order(us, "en", None) == "MDY"
    de = find_dates("Stand: 25.09.2017, Vorher 10.09.2017")
    assert infer_order(de, "de", None) == "DMY"
    ambiguous = find_dates("10.09.2017")
    assert infer_order(ambiguous, "de", "https://www.example.de/a") == "DMY"
    assert infer_order(ambiguous, "en", "https://www.example.com/a") == "MDY"
    assert infer_order(ambiguous, "en", "https://www.example.co.uk/a") == "DMY"
    (hit,) = ambiguous
    assert hit.resolve("DMY") == datetime(2017, 9, 10)
    assert hit.resolve("MDY") == datetime(2017, 10, 9)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.org/news/2017/10/09/story.html", "2017-10-09"),
        ("https://example.org/2017-10-09-story", "2017-10-09"),
        ("https://example.org/a/20171009/story", "2017-10-09"),
        ("https://example.org/blog/2023/october/03/how-many/", "2023-10-03"),
        ("https://beispiel.de/blog/2023/oktober/3/wie-viele", "2023-10-03"),
        ("https://example.org/2023/10/3/", "2023-10-03"),
        # a one-digit "day" that starts a slug is not a day: this is a month page
        ("https://example.org/2023/10/3-questions-for-ann/", None),
        ("https://example.org/2023/10/story", None),
        (None, None),
    ],
)
def test_date_from_url(url: str | None, expected: str | None) -> None:
    value = date_from_url(url)
    assert (value.date().isoformat() if value else None) == expected


def test_relative_dates_need_a_fetch_time() -> None:
    fetched = datetime(2024, 5, 10, 12, 0)
    assert relative_date("Updated3 hours ago", fetched) == datetime(2024, 5, 10, 9, 0)
    assert relative_date("vor 2 Tagen", fetched) == datetime(2024, 5, 8, 12, 0)
    assert relative_date("no date here", fetched) is None


@pytest.mark.parametrize(
    "line",
    [
        "1" * 100_000,
        "2020 " * 20_000,
        "May 5 " * 16_000 + "x",
        "10.10." * 16_000,
        ("Aa" * 30 + "January 1") * 1_500,
        "2019-" * 20_000,
    ],
)
def test_no_catastrophic_backtracking(line: str) -> None:
    start = time.perf_counter()
    find_dates(line)
    assert time.perf_counter() - start < 2.0


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["Home", "May 4, 2024", "News", "10.09.17", "Page 2"], [1, 3]),
        (["Startseite", "Aktualisiert am 3.4.21", "Seite 12 von 3000", "Preis: 1.5 Euro"], [1, 2, 3]),
        (["No digits here", "nor here"], []),
        ([], []),
    ],
)
def test_date_blocks_finds_every_block_with_an_anchor(texts: list[str], expected: list[int]) -> None:
    found = date_blocks("\x00".join(texts))
    assert found == expected
    # a superset of the blocks where find_dates finds anything
    assert {i for i, t in enumerate(texts) if find_dates(t)} <= set(found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Posted by ReutersApril 29, 2014 in World", ["2014-04-29"]),
        ("Am 1. März 2021 und am 2. April 2021 erschienen", ["2021-03-01", "2021-04-02"]),
        ("Le 3 février 2021, puis 2021 février 5", ["2021-02-03", "2021-02-05"]),
        ("Mayor of May says 2020 was a year; May 5, 2020 at 10:30 pm EST", ["2020-05-05"]),
        # a year in a headline right before a month-first date is not a year-month-day date
        ("Price Guide 2026 Dec 26, 2025 by Ann Lee", ["2025-12-26"]),
        ("Die Trends 2024 März 3, 2023", ["2023-03-03"]),
    ],
)
def test_named_dates_are_read_at_their_month(text: str, expected: list[str]) -> None:
    assert [h.resolve("DMY").date().isoformat() for h in find_dates(text)] == expected


def test_date_blocks_is_linear_on_long_input() -> None:
    start = time.perf_counter()
    date_blocks("\x00".join(["1" * 100_000, "2020 " * 20_000, "1.1." * 25_000]))
    assert time.perf_counter() - start < 2.0


@pytest.mark.parametrize(
    ("text", "order"),
    [
        # the same day written with its month's name settles an ambiguous numeric date
        ("02-12-2025\x00Recent posts\x00December 02, 2025\x00November 11, 2025", "DMY"),
        ("12/02/2025\x00Recent posts\x00December 2, 2025\x00November 11, 2025", "MDY"),
        ("03.04.2021\x00Weitere Artikel\x004. März 2021", "MDY"),
    ],
)
def test_named_copy_of_an_ambiguous_date_settles_the_order(text: str, order: str) -> None:
    hits = [h for part in text.split("\x00") for h in find_dates(part)]
    assert infer_order(hits, "en", "https://www.example.de/a") == order


@pytest.mark.parametrize(
    "unit",
    ["May 4, 2024; ", "04.05.2024 ", "2024-05-04T10:00:00Z ", "le 4 mai 2024, ", "4. Mai 2024 | "],
)
def test_limit_gives_the_first_dates_of_a_long_string(unit: str) -> None:
    text = unit * 400  # one window of dates longer than any stretch find_dates reads at once
    every = find_dates(text, limit=10_000)
    assert len(every) == 400
    assert [h.start for h in every] == [i * len(unit) + every[0].start for i in range(400)]
    for limit in (1, 7, 150, 399):
        assert find_dates(text, limit=limit) == every[:limit]


def test_dense_dates_cost_is_bounded() -> None:
    text = "May 4, 2024; 04.05.2024 " * 40_000  # 960 kB of dates on one line
    start = time.perf_counter()
    hits = find_dates(text)
    assert time.perf_counter() - start < 2.0
    assert len(hits) == 1000
    assert hits[-1].end < 25_000


def test_only_the_first_100k_characters_are_searched() -> None:
    assert _days("x" * 99_000 + " on 9 June 2021") == ["2021-06-09"]
    assert _days("x" * 100_000 + " on 9 June 2021") == []


@pytest.mark.parametrize(
    ("text", "language"), [("April 2025", "en"), ("November 2022", "de"), ("mars 2019", "fr")]
)
def test_a_month_and_a_year_name_no_day_and_skip_dateparser(
    text: str, language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args: object) -> None:
        raise AssertionError("dateparser called")

    monkeypatch.setattr(_dates, "_dateparser", refuse)
    assert _dates.parse_date_string(text, "DMY", language) is None


def test_month_trie_matches_every_name_and_the_longest_first() -> None:
    # `_MONTH_ALT` is a trie of the month names: the same strings as their alternation
    pattern = regex.compile(f"(?i)(?:{_dates._MONTH_ALT})")
    for name in MONTHS:
        assert pattern.match(name + " 4").group() == name  # not a shorter name it starts with
        assert pattern.fullmatch(name.upper())
    for word in ("marc", "junes", "sept4", "m"):
        assert not pattern.fullmatch(word)
