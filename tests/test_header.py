"""Finding the byline block of a page: in the header window, next to the date, or anywhere."""

from __future__ import annotations

import pytest

import newsclean
from newsclean._classify import describe
from newsclean._context import PageContext
from newsclean._header import find_byline_fallback
from newsclean._options import CleanOptions

PROSE = (
    "The council met on Tuesday evening and voted to extend the library's opening hours, "
    "after a long debate about the cost of staff and heating in the winter months."
)
MORE = (
    "Residents had asked for the change for years, and a petition with more than two "
    "thousand signatures was handed to the mayor in the spring of last year."
)


def _page(*header: str, footer: tuple[str, ...] = ()) -> str:
    lines = ["Library Hours Extended | Town Post", "Home", "News", "Sport", "Library Hours Extended"]
    return "\n".join([*lines, *header, PROSE, MORE, PROSE.replace("council", "board"), *footer])


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        (("By Jane Doe", "May 4, 2024"), ("Jane Doe",)),
        (("Written by", "Jane Doe", "May 4, 2024"), ("Jane Doe",)),
        (("Von", "Anna Berg", "4. Mai 2024"), ("Anna Berg",)),
        (("Jane Doe", "May 4, 2024"), ("Jane Doe",)),
        (("Jane Doe May 4, 2024",), ("Jane Doe",)),
        (("Jane DoePublished on May 4, 2024",), ("Jane Doe",)),
        (("Posted on May 4, 2024 by Jane Doe",), ("Jane Doe",)),
        (("Tracy Parker, Dietitian",), ("Tracy Parker",)),
        (("Jane Doe12.05.2024 · 4 min read",), ("Jane Doe",)),
        (("Von Anna BergVeröffentlicht: 4. Mai 2024",), ("Anna Berg",)),
        (("The library will stay open later. By Jane Doe", "Published: May 4, 2024"), ("Jane Doe",)),
        (("Die Bibliothek bleibt länger offen. Von Anna Berg", "4. Mai 2024"), ("Anna Berg",)),
    ],
)
def test_header_bylines(header: tuple[str, ...], authors: tuple[str, ...]) -> None:
    article = newsclean.clean_text(_page(*header))
    assert article.authors == authors
    assert authors[0] not in article.text


@pytest.mark.parametrize(
    "header",
    [
        ("Travel Tips", "May 4, 2024"),
        ("Marketing Strategy", "May 4, 2024"),
        ("By Use Case", "By Company Size", "By Industry"),
        ("Reviewed by Max Roth", "May 4, 2024"),
        ("Browse Videos by Topic",),
        ("Member LoginClient LoginBlog", "May 4, 2024"),
        ("Mitglieder AnmeldungKundenportal", "4. Mai 2024"),
    ],
)
def test_header_furniture_is_not_an_author(header: tuple[str, ...]) -> None:
    assert newsclean.clean_text(_page(*header)).authors == ()


def test_sentences_in_the_body_are_not_bylines() -> None:
    page = _page(footer=("By the end of the year, the council had voted twice more.",))
    assert newsclean.clean_text(page).authors == ()
    page = _page(footer=("Von Montag an gilt in der gesamten Altstadt Tempo 30.",))
    assert newsclean.clean_text(page).authors == ()


def test_author_box_at_the_end() -> None:
    bio = "Jane Doe is a reporter who covers local government, schools and the arts for the paper."
    assert newsclean.clean_text(_page(footer=("Jane Doe", bio))).authors == ("Jane Doe",)
    bio = "Anna hat Politikwissenschaft studiert und schreibt seit 2015 für die Zeitung über Kultur."
    assert newsclean.clean_text(_page(footer=("Anna Berg", bio))).authors == ("Anna Berg",)


def test_label_and_name_at_the_end() -> None:
    footer = ("About the author", "Jane Doe", "Share this article")
    assert newsclean.clean_text(_page(footer=footer)).authors == ("Jane Doe",)
    footer = ("Über den Autor", "Jonas Weber", "Artikel teilen")
    assert newsclean.clean_text(_page(footer=footer)).authors == ("Jonas Weber",)


def test_explicit_byline_wins_over_a_name_next_to_the_date() -> None:
    page = _page("Travel Desk", "May 4, 2024", "Written by", "Jane Doe")
    assert newsclean.clean_text(page).authors == ("Jane Doe",)


def test_copyright_lines_name_no_author() -> None:
    footer = ("Impressum", "© 2009-2012 Jonas Kraus. Impressum & Datenschutz")
    assert newsclean.clean_text(_page(footer=footer)).authors == ()


def test_a_byline_at_the_end_does_not_make_a_standfirst() -> None:
    article = newsclean.clean_text(_page(footer=("Written by", "Jane Doe")))
    assert article.authors == ("Jane Doe",)
    assert article.subtitle is None
    assert article.text.startswith(PROSE)


@pytest.mark.parametrize(
    "standfirst",
    [
        "The new hours start in June and cost the town about forty thousand a year.",
        "Die neuen Öffnungszeiten gelten ab Juni und kosten die Stadt rund vierzigtausend Euro.",
    ],
)
def test_standfirst_between_headline_and_byline_is_the_subtitle(standfirst: str) -> None:
    article = newsclean.clean_text(_page(standfirst, "By Jane Doe", "May 4, 2024"))
    assert article.subtitle == standfirst
    assert standfirst not in article.text


@pytest.mark.parametrize(
    "paragraph",
    [
        " ".join([PROSE, MORE, PROSE, MORE]),
        "The library will open longer from June, the council said after a long debate. " * 3,
    ],
)
def test_a_long_block_or_the_only_prose_is_not_a_standfirst(paragraph: str) -> None:
    lines = [
        "Library Hours Extended | Town Post",
        "Home",
        "Library Hours Extended",
        paragraph,
        "By Jane Doe",
        "May 4, 2024",
        "Share",
        "© 2024 Town Post",
    ]
    article = newsclean.clean_text("\n".join(lines))
    assert article.subtitle is None
    assert paragraph.strip() in article.text


@pytest.mark.parametrize("byline", ["By Jane Doe", "Von Anna Berg"])
def test_the_whole_page_byline_search_stops_after_a_few_thousand_blocks(byline: str) -> None:
    body = (
        "The harbour board met on Tuesday and agreed to keep the night ferry running through the "
        "winter, after a long debate about the cost of the extra crew that the late crossings need."
    )
    near = f"Ferry Stays\n\n{body}\n\n{byline}\n\n" + "\n\n".join(f"item {n}" for n in range(3_100))
    far = f"Ferry Stays\n\n{body}\n\n" + "\n\n".join(f"item {n}" for n in range(3_100)) + f"\n\n{byline}"
    assert newsclean.clean_text(near).authors == (byline.split(" ", 1)[1],)
    assert newsclean.clean_text(far).authors == ()


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            ("New rules for the harbourJane Roe", "May 2, 2024"),
            ("A bridge for the old townJohn Poe", "May 1, 2024"),
        ),
        (
            ("Neue Regeln für den HafenAnna Roth", "2. Mai 2024"),
            ("Eine Brücke für die AltstadtMax Berg", "1. Mai 2024"),
        ),
    ],
)
def test_names_in_a_list_of_teasers_are_not_the_byline(
    first: tuple[str, str], second: tuple[str, str]
) -> None:
    page = _page(footer=("Related", *first, *second))
    assert newsclean.clean_text(page).authors == ()


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Library Hours Extended, Again (Updated)Jane Doe", "Jane Doe"),
        ("Die Bibliothek bleibt länger offen: Bilanz nach einem JahrAnna Berg", "Anna Berg"),
    ],
)
def test_a_name_glued_to_a_headline_above_the_date_anywhere_on_the_page(line: str, author: str) -> None:
    page = "\n".join(["Home", "News", PROSE, MORE, line, "May 4, 2024", PROSE.replace("council", "board")])
    assert newsclean.clean_text(page).authors == (author,)


@pytest.mark.parametrize(
    ("date", "body", "last"),
    [
        ("May 4, 2024", "The harbour board met on Tuesday about the pier.", "Photos. By Max Roth"),
        ("4. Mai 2024", "Der Hafenrat hat am Dienstag über den Steg beraten.", "Fotos. Von Anna Berg"),
    ],
)
def test_a_date_line_opening_the_page_has_no_byline_above_it(date: str, body: str, last: str) -> None:
    ctx = PageContext(describe([date, body, body, body, last], None), {}, 0, None, None, None, CleanOptions())
    assert find_byline_fallback(ctx, 0) == (None, ())
    assert ctx.roles == {}


def test_page_context_finds_the_blocks_holding_a_word() -> None:
    texts = ["datePublished", "Home", "Published May 4", "dateCreated: 2024", "ublish"]
    ctx = PageContext(describe(texts, None), {}, 0, None, None, None, CleanOptions())
    expected = [i for i, text in enumerate(texts) if "ublish" in text or "ateCreated" in text]
    assert ctx.holding("ublish", "ateCreated") == expected == [0, 2, 3, 4]
    assert ctx.holding("Menu") == []


@pytest.mark.parametrize(
    ("footer", "author"),
    [
        (("Jane Doe", "Former Staff Writer", "Share this article"), "Jane Doe"),
        (("Rasmus Holm", "Founder & Lead Reviewer"), "Rasmus Holm"),
        (("Anna Berg", "Stellvertretende Chefredakteurin", "Artikel teilen"), "Anna Berg"),
    ],
)
def test_a_name_above_a_job_title_anywhere_on_the_page(footer: tuple[str, ...], author: str) -> None:
    article = newsclean.clean_text(_page(footer=footer))
    assert article.authors == (author,)
    assert author not in article.text
    assert footer[1] not in article.text


@pytest.mark.parametrize(
    "footer",
    [
        ("Jane Doe", "She is a staff writer at the paper."),
        ("Travel Tips", "Senior Editor"),
        ("Anna Berg", "Die Redakteurin schreibt über Kultur"),
    ],
)
def test_no_name_above_a_sentence_or_below_a_menu_phrase(footer: tuple[str, ...]) -> None:
    assert newsclean.clean_text(_page(footer=footer)).authors == ()


@pytest.mark.parametrize(
    ("header", "author"),
    [
        (("EDB Team", "September 18, 2024"), "EDB Team"),
        (("Redaktion", "-", "31. Januar 2022"), "Redaktion"),
        (("Redaktion Haus.de", "25.01.2022 14:47 Uhr"), "Redaktion Haus.de"),
    ],
)
def test_a_team_name_next_to_the_date(header: tuple[str, ...], author: str) -> None:
    article = newsclean.clean_text(_page(*header))
    assert article.authors == (author,)
    assert author not in article.text


@pytest.mark.parametrize("header", [("Our Team", "May 4, 2024"), ("Meet the Team", "4. Mai 2024")])
def test_a_team_menu_item_next_to_the_date_is_no_author(header: tuple[str, ...]) -> None:
    assert newsclean.clean_text(_page(*header)).authors == ()


@pytest.mark.parametrize(
    ("block", "author"),
    [
        ("Home News Sport Library Hours Extended ByJane Doe Thursday, May 4, 2024 " + PROSE, "Jane Doe"),
        ("Startseite Nachrichten Bibliothek länger offenVon Anna Berg // 4. Mai 2024 " + MORE, "Anna Berg"),
    ],
)
def test_a_byline_and_date_inside_a_long_block(block: str, author: str) -> None:
    page = "\n".join(["Home", "News", block, PROSE, MORE])
    assert newsclean.clean_text(page).authors == (author,)


@pytest.mark.parametrize(
    "footer",
    [
        ("Gift Cards", "Hair Colour", "Bridal Makeup", "Personal Trainer", "Studio Hire", "Opening Hours"),
        ("Yoga Kurse", "Pilates Matte", "Rücken Fit", "Fitness Coach", "Preise", "Gutscheine"),
    ],
)
def test_a_menu_item_above_a_job_title_in_a_menu_is_no_author(footer: tuple[str, ...]) -> None:
    assert newsclean.clean_text(_page(footer=footer)).authors == ()


@pytest.mark.parametrize(
    ("footer", "author"),
    [
        (("Gardening author", "Jane Doe", "Senior Editor", "Ben Adams", "Omar Haddad"), "Jane Doe"),
        (("Mehr zum Thema Autorin", "Anna Berg", "Chefredakteurin", "Max Roth", "Eva Lang"), "Anna Berg"),
        (("About the author", "Jane Doe", "Staff Writer", "Follow", "Share"), "Jane Doe"),
        (("Jane Doe", "Staff Writer", "Follow", "Share"), "Jane Doe"),
    ],
)
def test_a_name_above_a_job_title_among_short_lines_after_a_label(
    footer: tuple[str, ...], author: str
) -> None:
    assert newsclean.clean_text(_page(footer=footer)).authors == (author,)


@pytest.mark.parametrize(
    ("footer", "author"),
    [
        (("Author", "Written byJane Doe", "She covers the town council."), "Jane Doe"),
        (("Autorin", "Von Anna Berg", "Sie schreibt über die Stadt."), "Anna Berg"),
    ],
)
def test_a_label_above_a_byline_is_no_menu_item(footer: tuple[str, ...], author: str) -> None:
    assert newsclean.clean_text(_page(footer=footer)).authors == (author,)


_MENU = [
    f"{word} {kind}"
    for word in ("Town", "Valley", "River", "Market", "School")
    for kind in ("News", "Sport", "Events", "Guides", "Photos", "Videos", "Maps", "Jobs", "Homes")
]


def _far_page(*lines: str, after: tuple[str, ...] = ()) -> str:
    """A page whose headline is no copy of the title line, below a menu longer than the
    header window (40 blocks), so only the page-wide rules can find its byline."""
    head = ["Town Post: news from the valley", *_MENU, "Library hours will be extended in the spring"]
    body = [f"{PROSE} {MORE}", f"{MORE} {PROSE}", PROSE.replace("council", "board")]
    return "\n".join([*head, *lines, *body, *after])


@pytest.mark.parametrize(
    ("lines", "author"),
    [
        (("Jane Doe", "Last updated May 4, 2024"), "Jane Doe"),
        (("Anna Berg", "Aktualisiert am 4. Mai 2024"), "Anna Berg"),
        (("Paul Morel", "4 mai 2024"), "Paul Morel"),
    ],
)
def test_a_bare_name_above_a_date_line_before_the_article(lines: tuple[str, ...], author: str) -> None:
    article = newsclean.clean_text(_far_page(*lines))
    assert article.authors == (author,)
    assert author not in article.text


@pytest.mark.parametrize(
    ("lines", "after"),
    [
        (("Travel Tips", "May 4, 2024"), ()),
        (("Rosa Lind", "May 4, 2024", "Harbour walk opens", "Omar Haddad", "May 3, 2024"), ()),
        (("May 4, 2024",), ("More stories", "Max Roth", "May 1, 2024", MORE)),
        (("4. Mai 2024",), ("Weitere Artikel", "Eva Lang", "1. Mai 2024", MORE)),
    ],
    ids=["menu-phrase", "teasers", "below-the-article-en", "below-the-article-de"],
)
def test_no_bare_name_from_a_teaser_list_a_menu_or_a_comment(
    lines: tuple[str, ...], after: tuple[str, ...]
) -> None:
    assert newsclean.clean_text(_far_page(*lines, after=after)).authors == ()


@pytest.mark.parametrize(
    ("header", "author"),
    [
        (("Rosa", "May 4, 2024"), "Rosa"),
        (("Jonas", "4. Mai 2024"), "Jonas"),
        (("Élodie", "4 mai 2024"), "Élodie"),
    ],
)
def test_one_word_between_the_headline_and_the_date_is_the_author(
    header: tuple[str, ...], author: str
) -> None:
    assert newsclean.clean_text(_page(*header)).authors == (author,)


@pytest.mark.parametrize(
    "header", [("Gardening", "May 4, 2024"), ("Politik", "4. Mai 2024"), ("Share", "May 4, 2024")]
)
def test_one_common_word_between_the_headline_and_the_date_is_no_author(header: tuple[str, ...]) -> None:
    assert newsclean.clean_text(_page(*header)).authors == ()


@pytest.mark.parametrize(
    ("header", "author"),
    [
        (("Jane Doe", "Updated 2 hours ago"), "Jane Doe"),
        (("Anna Berg", "Teilen"), "Anna Berg"),
        (("Paul Morel", "|", "Politique locale"), "Paul Morel"),
        (("The library will open until ten at night from May.", "Jane Doe", "Contents"), "Jane Doe"),
        (("Die Bibliothek hat ab Mai bis zehn Uhr abends geöffnet.", "Anna Berg", "Inhalt"), "Anna Berg"),
    ],
)
def test_a_bare_name_right_under_the_headline(header: tuple[str, ...], author: str) -> None:
    article = newsclean.clean_text(_page(*header))
    assert article.authors == (author,)
    assert author not in article.text


@pytest.mark.parametrize(
    "header",
    [
        ("Key Takeaways",),
        ("Wichtige Punkte",),
        ("Travel Tips", "Share"),
        ("The library will open until ten at night from May.", "Key Takeaways"),
    ],
)
def test_a_heading_under_the_headline_is_no_author(header: tuple[str, ...]) -> None:
    assert newsclean.clean_text(_page(*header)).authors == ()


_LONG_EN = (
    "The council met on Tuesday evening and voted to extend the library's opening hours after a long debate."
)
_LONG_DE = (
    "Der Rat hat am Dienstagabend beschlossen, die Bibliothek nach einer langen Debatte länger zu öffnen."
)
_LONG_FR = "Le conseil a voté mardi soir pour prolonger les horaires de la bibliothèque après un long débat."


@pytest.mark.parametrize(
    ("block", "author"),
    [
        (f"RosaMay 4, 2024 6 min read {_LONG_EN}", "Rosa"),
        (f"Anna Berg am 4. Mai 2024 um 15:47 {_LONG_DE}", "Anna Berg"),
        (f"Paul Morel le 4 mai 2024 {_LONG_FR}", "Paul Morel"),
        (f"NewsHubNovember 26th, 2024 10 Min Read {_LONG_EN}", "NewsHub"),
    ],
)
def test_a_long_block_opening_with_a_name_glued_to_a_date(block: str, author: str) -> None:
    article = newsclean.clean_text(_page(block))
    assert article.authors == (author,)
    assert _LONG_EN[:20] in article.text or _LONG_DE[:20] in article.text or _LONG_FR[:20] in article.text


@pytest.mark.parametrize(
    "block",
    [
        f"Gas Markets • May 4, 2024 {_LONG_EN}",
        f"Last May 4, 2024 {_LONG_EN}",
        f"Stadtrat • 4. Mai 2024 {_LONG_DE}",
    ],
)
def test_a_long_block_opening_with_a_category_and_a_date_names_no_one(block: str) -> None:
    assert newsclean.clean_text(_page(block)).authors == ()


@pytest.mark.parametrize(
    "lines",
    [
        ["Easy muffins | Bake Blog", "Home", "Recipes", "Muffin Recipe", "Easy Muffin Recipe", "Share"],
        [
            "Muffins backen | Backblog",
            "Start",
            "Rezepte",
            "Muffin Grundrezept",
            "Für alle, die gern backen, ist dieses Rezept ideal, mit allem, was die Küche hergibt.",
            "Einfaches Muffin Grundrezept",
            "Teilen",
        ],
    ],
    ids=["en", "de"],
)
def test_a_heading_repeating_the_headline_s_words_is_no_author(lines: list[str]) -> None:
    page = "\n".join([*lines, f"{PROSE} {MORE}", f"{MORE} {PROSE}"])
    assert newsclean.clean_text(page).authors == ()


@pytest.mark.parametrize(
    ("header", "author"),
    [
        (("Contributors:", "Jane Doe"), "Jane Doe"),
        (("Mitwirkende:", "Anna Berg"), "Anna Berg"),
        (("Contributeurs :", "Paul Morel"), "Paul Morel"),
    ],
)
def test_names_under_a_contributors_heading(header: tuple[str, ...], author: str) -> None:
    assert newsclean.clean_text(_page(*header)).authors == (author,)


@pytest.mark.parametrize(
    "footer",
    [("Advertise", "Contributors", "Syndication", "Jobs"), ("Impressum", "Mitwirkende", "Presse", "Jobs")],
)
def test_a_contributors_menu_link_is_no_label(footer: tuple[str, ...]) -> None:
    assert newsclean.clean_text(_page(footer=footer)).authors == ()
