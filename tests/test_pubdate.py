"""The publication-date cascade of `_pubdate`, run through `clean_text` on small synthetic dumps."""

from __future__ import annotations

from datetime import datetime

import pytest

import newsclean

_BODY_EN = (
    "The council voted on Tuesday to extend the pilot programme for another year, after a "
    "long debate about its costs and the results of the first six months of the trial.\n\n"
    "Supporters said the scheme had reduced waiting times, while critics asked for an "
    "independent review of the figures before any further money is committed to it.\n\n"
    "A final decision on the budget is expected when the council meets again in spring, "
    "according to a spokesperson who declined to give further details on the plans.\n"
)
_BODY_DE = (
    "Der Gemeinderat hat am Dienstag beschlossen, das Pilotprojekt um ein weiteres Jahr zu "
    "verlängern, nachdem lange über die Kosten und die ersten Ergebnisse gestritten wurde.\n\n"
    "Die Befürworter sagen, dass die Wartezeiten deutlich kürzer geworden sind, während die "
    "Kritiker eine unabhängige Prüfung der Zahlen verlangen, bevor mehr Geld fließt.\n\n"
    "Eine endgültige Entscheidung über das Budget wird erwartet, wenn der Rat im Frühjahr "
    "wieder zusammentritt, wie eine Sprecherin auf Nachfrage mitteilte.\n"
)


def _day(dump: str, url: str | None = None) -> str | None:
    article = newsclean.clean_text(dump, url=url)
    return article.published.date().isoformat() if article.published else None


def _page(header: str, body: str = _BODY_EN, footer: str = "") -> str:
    return f"Council extends pilot | Example News\n\nCouncil extends pilot\n\n{header}\n\n{body}\n{footer}"


@pytest.mark.parametrize(
    ("header", "body", "expected"),
    [
        ("By Ann Lee · Published March 3, 2021 · Updated March 9, 2021", _BODY_EN, "2021-03-03"),
        ("Updated: 09/03/2021 | Posted: 08/29/2021 by Ann Lee", _BODY_EN, "2021-08-29"),
        (
            "Von Max Muster | Aktualisiert am 12.04.2021 | Veröffentlicht am 10.04.2021",
            _BODY_DE,
            "2021-04-10",
        ),
        ("Publié le 3 février 2021 · mis à jour le 5 février 2021", _BODY_EN, "2021-02-03"),
    ],
)
def test_published_beats_updated(header: str, body: str, expected: str) -> None:
    assert _day(_page(header, body)) == expected


@pytest.mark.parametrize(
    ("dump", "expected"),
    [
        (
            "Diet trends for 2025SearchSubscribeHealthFitnessFood & NutritionThe 7 Biggest Diet "
            "Trends in 2025Protein continues to be huge. By Korin MillerPublished: Jan 29, "
            "2025Tanja Ivanova//Getty ImagesWe may earn commission from links on this page.\n\n" + _BODY_EN,
            "2025-01-29",
        ),
        (
            "Cloud notesPricingDocsBlogBack to all articlesSecurityDecember 17, 202510 min read"
            "119 viewsWhy domain controllers crash and what to do about it now, in detail for "
            "admins of every size of network and budget, with examples.\n\n" + _BODY_EN,
            "2025-12-17",
        ),
        (
            "Wahlzensur | Blog\n\nStartseiteThemenKontaktGeschrieben von Cooper am 25.08.2015 "
            "22:30 (1599 x gelesen) Der Verein stellt die Weichen für die Zukunft und beruft "
            "einen neuen Vorstand für die Finanzen, wie am Abend mitgeteilt wurde.\n\n" + _BODY_DE,
            "2015-08-25",
        ),
    ],
)
def test_dates_glued_into_long_dump_lines(dump: str, expected: str) -> None:
    assert _day(dump) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Filing season opened today. The deadline for most taxpayers is April 15, 2025. "
            "If you cannot file, request an extension before the deadline passes.\n\n" + _BODY_EN,
            None,
        ),
        (
            "Die Frist läuft noch bis zum 30.06.2020 und wird nicht verlängert, sagte die "
            "Behörde am Abend in einer kurzen Mitteilung an die Presse.\n\n" + _BODY_DE,
            None,
        ),
    ],
)
def test_dates_in_sentences_and_deadlines_are_not_the_page_date(body: str, expected: None) -> None:
    assert _day(_page("By Ann Lee", body)) == expected


@pytest.mark.parametrize(
    "comments",
    [
        "Comments\n\nJane says:\n\nMarch 2, 2019 at 4:12 pm\n\nGreat piece, thanks!\n\nReply\n",
        "Kommentare\n\nPeter sagt: 04.03.2019 um 10:15 Uhr Danke für den Artikel!\n\nAntworten\n",
    ],
)
def test_comment_dates_are_not_the_page_date(comments: str) -> None:
    dump = _page("By Ann Lee", _BODY_EN, comments)
    assert _day(dump) is None
    dated = _page("By Ann Lee\n\nFebruary 14, 2019", _BODY_EN, comments)
    assert _day(dated) == "2019-02-14"


@pytest.mark.parametrize(
    ("banner", "dateline", "expected"),
    [
        ("Friday, December 19, 2025", "By The Currency editors 12/12/2025", "2025-12-12"),
        ("Samstag, 20. Dezember 2025", "Von Anna Berg, 17. Dezember 2025", "2025-12-17"),
    ],
)
def test_todays_date_above_the_headline_is_not_the_page_date(
    banner: str, dateline: str, expected: str
) -> None:
    dump = (
        f"Taxes explained | Example\n\nHome\n\nNews\n\n{banner}\n\nMarkets\n\nTaxes explained"
        f"\n\n{dateline}\n\n{_BODY_EN}"
    )
    assert _day(dump) == expected


@pytest.mark.parametrize(
    ("footer", "expected"),
    [
        ("This article was originally published on 26 Sep 2019 and has been updated.", "2019-09-26"),
        ("Dieser Artikel wurde ursprünglich veröffentlicht am 3. Mai 2018.", "2018-05-03"),
    ],
)
def test_originally_published_wins(footer: str, expected: str) -> None:
    assert _day(_page("By Ann Lee | 30 Sep 2022", _BODY_EN, footer)) == expected


@pytest.mark.parametrize(
    ("url", "header", "expected"),
    [
        ("https://example.com/2017/10/09/story.html", "By Ann Lee", "2017-10-09"),
        ("https://example.org/blog/2023/october/03/wine-styles/", "03/10/2023 by Ann Lee", "2023-10-03"),
        ("https://example.com/news/story-123", "By Ann Lee | 10.09.2017", "2017-10-09"),
        ("https://example.de/news/story-123", "Von Anna Berg | 10.09.2017", "2017-09-10"),
    ],
)
def test_url_and_day_month_order(url: str, header: str, expected: str) -> None:
    body = _BODY_DE if url.endswith(".de/news/story-123") else _BODY_EN
    assert _day(_page(header, body), url) == expected


@pytest.mark.parametrize(
    "script",
    [
        '{"@type": "NewsArticle", "datePublished": "2020-05-04T08:00:00+02:00"}',
        '<meta property="article:published_time" content="2020-05-04T08:00:00Z">',
    ],
)
def test_structured_date_text_in_the_dump(script: str) -> None:
    assert _day(_page("By Ann Lee | Updated June 1, 2020", _BODY_EN, script)) == "2020-05-04"


def test_copyright_year_alone_gives_no_date() -> None:
    assert _day(_page("By Ann Lee", _BODY_EN, "© 2025 Example News. All rights reserved.")) is None


@pytest.mark.parametrize(
    ("footer", "expected"),
    [
        ("This essay was originally published on 26 Sep 2019 in a print edition.", "2019-09-26"),
        ("Zuerst erschienen in der Beilage des Monats\n\n3. Mai 2018", "2018-05-03"),
        ("Pubblicato originariamente il 4 marzo 2017.", None),  # the verb first: not this form
    ],
)
def test_originally_published_far_below_the_header(footer: str, expected: str | None) -> None:
    # the date search stops early past the top of the page only when no later block can
    # hold an "originally published" date
    body = "\n".join([_BODY_EN] * 6)
    day = _day(_page("Published 30 Sep 2022", body, "Related: Markets in 2021\n\n" + footer))
    assert day == (expected or "2022-09-30")


@pytest.mark.parametrize(
    "blocks",
    [
        ["Home", "Weather", "Contact us"],
        ["Menu", "Page 2 of 3", "Call 555 0100"],
        [],
    ],
)
def test_pages_without_dates_have_none(blocks: list[str]) -> None:
    page = "Quiet day | Example\n\n" + "\n\n".join(blocks) + "\n\nQuiet day\n\n" + _BODY_EN
    assert _day(page) is None


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        # no headline copy found: a weekday banner in the header loses to the byline's date
        ("Friday, December 19, 2025\n\nMarkets\n\nBy The Currency editors\n\n12.12.2025", "2025-12-12"),
        ("Samstag, 20. Dezember 2025\n\nWirtschaft\n\nVon Anna Berg\n\n17. Dezember 2025", "2025-12-17"),
    ],
)
def test_weekday_banner_dateline_comes_after_the_byline(header: str, expected: str) -> None:
    dump = f"Taxes, explained for everyone\n\nHome\n\nNews\n\n{header}\n\n{_BODY_EN}"
    assert _day(dump) == expected


@pytest.mark.parametrize(
    ("header", "related", "expected"),
    [
        (
            "Published: Jan 23, 2024",
            "Related posts\n\nWritten by Joe King\n\nNov 6, 2025\n\nAnother story\n\nOct 2, 2025",
            "2024-01-23",
        ),
        (
            "byClemson NewsSeptember 23, 2024",
            "More news\n\nbyScott MillerDecember 17, 2025\n\nbyAnna BergDecember 16, 2025",
            "2024-09-23",
        ),
    ],
)
def test_byline_far_below_the_header_loses_to_the_dateline(header: str, related: str, expected: str) -> None:
    assert _day(_page(header, _BODY_EN, "\n" + related + "\n")) == expected


@pytest.mark.parametrize(
    ("header", "body", "expected"),
    [
        # the earlier of two header dates, the published one when one is labelled
        ("On January 12, 2025\n\nJanuary 22, 2025 By Gabby Stone", _BODY_EN, "2025-01-12"),
        (
            "Beitrag vom 5. Januar 2015\n\ngeschrieben von Georg Berg am 21. Jan. 2015",
            _BODY_DE,
            "2015-01-21",
        ),
    ],
)
def test_header_dates_in_page_order_published_first(header: str, body: str, expected: str) -> None:
    assert _day(_page(header, body)) == expected


@pytest.mark.parametrize(
    ("info", "body"),
    [
        ("Spiel: Silkroad | Release: 11.02.2005", _BODY_DE),
        ("Game: Silkroad | Release date: March 14, 2019", _BODY_EN),
    ],
)
def test_release_date_is_not_the_page_date(info: str, body: str) -> None:
    assert _day(_page(info, body)) is None


@pytest.mark.parametrize(
    ("header", "body", "expected"),
    [
        # the update on its own line, then the publication date with the author
        ("May 21, 2025\n\nApril 24, 2025 by Ann Lee", _BODY_EN, "2025-04-24"),
        ("21. Mai 2025\n\n24. April 2025 von Anna Berg", _BODY_DE, "2025-04-24"),
        # a hidden machine timestamp glued to the date the page shows
        ("Ann Lee2024-04-18T13:00:39+00:00March 22nd, 2024|Reviews|", _BODY_EN, "2024-03-22"),
        ("Anna Berg 2024-04-18T13:00:39+02:00 22. März 2024 | Tests", _BODY_DE, "2024-03-22"),
    ],
)
def test_earlier_of_two_unlabelled_dates_side_by_side(header: str, body: str, expected: str) -> None:
    assert _day(_page(header, body)) == expected


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        # a later date right after: still the first one when it is labelled or comes later
        ("April 24, 2025\n\nUpdated May 21, 2025", "2025-04-24"),
        ("April 24, 2025 · May 21, 2025", "2025-04-24"),
        # a date further away is not its pair
        ("May 21, 2025\n\nShare this article on your favourite network\n\nApril 24, 2025", "2025-05-21"),
    ],
)
def test_date_pair_needs_an_earlier_date_right_after(header: str, expected: str) -> None:
    assert _day(_page(header)) == expected


def _yearless_page(title: str, date_line: str, byline: str, body: str) -> str:
    return f"{title} | Example Blog\n\nHome\n\n{title}\n\nTips\n\n{date_line}\n\n{byline}\n\n{body}"


@pytest.mark.parametrize(
    ("title", "date_line", "byline", "body", "expected"),
    [
        ("Catering Trends for 2024", "Aug 15", "Written By Ann Lee", _BODY_EN, "2024-08-15"),
        ("Die besten Radwege 2023", "3. März", "Von Anna Berg", _BODY_DE, "2023-03-03"),
        # no year in the title, or two: no date
        ("Catering Trends Explained", "Aug 15", "Written By Ann Lee", _BODY_EN, None),
        ("Radwege 2022 und 2023 im Vergleich", "3. März", "Von Anna Berg", _BODY_DE, None),
    ],
)
def test_yearless_date_line_by_the_byline_takes_the_title_year(
    title: str, date_line: str, byline: str, body: str, expected: str | None
) -> None:
    assert _day(_yearless_page(title, date_line, byline, body)) == expected


@pytest.mark.parametrize(
    ("date_line", "fetched", "expected"),
    [
        ("Aug 15", datetime(2025, 9, 1), "2025-08-15"),
        ("Dec 20", datetime(2025, 1, 10), "2024-12-20"),  # after the fetch day: the year before
        ("20. Dezember", datetime(2025, 1, 10), "2024-12-20"),
    ],
)
def test_yearless_date_line_reads_in_the_fetch_year(date_line: str, fetched: datetime, expected: str) -> None:
    dump = _yearless_page("Catering Trends Explained", date_line, "Written By Ann Lee", _BODY_EN)
    article = newsclean.clean_text(dump, fetched_at=fetched)
    assert article.published is not None and article.published.date().isoformat() == expected


@pytest.mark.parametrize("noise", ["Item {i}: 2025", "{i}By 2024 ranking", "Lot {i}/2023"])
def test_the_cascade_reads_at_most_2000_dated_blocks(noise: str) -> None:
    import time

    lines = "\n".join(noise.format(i=i) for i in range(2500))
    head = "Headline\n\nBy Ann Lee\n\nPublished: March 4, 2021\n\n"
    start = time.process_time()
    assert _day(head + lines + "\n") == "2021-03-04"
    assert time.process_time() - start < 5.0
    # a date only in the 2,501st dated block is past the bound
    assert _day("Headline\n\n" + lines + "\n\nPublished: March 4, 2021\n") is None
    within = lines[: lines.index(noise.format(i=900))]
    assert _day("Headline\n\n" + within + "\n\nPublished: March 4, 2021\n") == "2021-03-04"
