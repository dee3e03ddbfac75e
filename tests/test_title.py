"""Headline finding in text dumps: each rule of `newsclean._title` on synthetic blocks."""

from __future__ import annotations

import time

import pytest

from newsclean._classify import describe
from newsclean._title import find_headline, split_site, title_text

_BODY = {
    "en": "The council voted on Tuesday to approve the plan, which had been debated for "
    "more than a year, and officials said the work would begin in the spring.",
    "de": "Der Rat hat am Dienstag den Plan gebilligt, über den seit mehr als einem Jahr "
    "gestritten wurde, und die Arbeiten sollen nach Angaben der Stadt im Frühjahr beginnen.",
    "fr": "Le conseil a approuvé mardi le projet, qui était débattu depuis plus d'un an, et "
    "les travaux doivent commencer au printemps selon la mairie de la ville.",
}


def _headline(texts: list[str], language: str = "en") -> tuple[str | None, str | None, tuple[int, ...]]:
    m = find_headline(describe(texts, language), language)
    return m.title, m.site_name, m.copies


# --- the <title> text glued to the navigation --------------------------------------------------


@pytest.mark.parametrize(
    ("first", "expected"),
    [
        (
            "Rain Falls on the Valley Again | Daily PostSkip to contentNewsSportsWeatherBusiness"
            "OpinionCultureTravelFoodScienceHealth Style Video Podcasts Newsletters",
            "Rain Falls on the Valley Again | Daily Post",
        ),
        (
            "Neue Radwege für die Innenstadt beschlossenZum Inhalt springenStartseiteLokales"
            "PolitikSportKulturWirtschaft Wetter Verkehr Leserbriefe Anzeigen Abo Kontakt",
            "Neue Radwege für die Innenstadt beschlossen",
        ),
        (
            'Le maire répond aux critiques "sans détour"Aller au contenuAccueilPolitique'
            "SportCultureÉconomie Météo Trafic Annonces Abonnement Contact Archives",
            'Le maire répond aux critiques "sans détour"',
        ),
    ],
)
def test_title_text_cuts_glued_navigation(first: str, expected: str) -> None:
    assert title_text(first) == expected


@pytest.mark.parametrize(
    ("first", "expected"),
    [
        ("Ten Quiet Parks to Visit in Leeds Skip to main content", "Ten Quiet Parks to Visit in Leeds"),
        ("The best night markets in OsloGo to the content", "The best night markets in Oslo"),
        ("Neue Radwege für die Innenstadt | TagesblattDirekt zum Inhalt",
         "Neue Radwege für die Innenstadt | Tagesblatt"),
        ("Le marché du samedi rouvre Passer au contenu", "Le marché du samedi rouvre"),
        ("Las mejores rutas de otoñoSaltar al contenido principal", "Las mejores rutas de otoño"),
        # a title that speaks of content, and a line that is only a skip link, stay whole
        ("Where to Go to the Content Summit | Events", "Where to Go to the Content Summit | Events"),
        ("Skip to main content", "Skip to main content"),
    ],
)  # fmt: skip
def test_title_text_ends_at_a_skip_link(first: str, expected: str) -> None:
    assert title_text(first) == expected


@pytest.mark.parametrize(
    ("first", "expected"),
    [
        (
            "Regen fällt | Tagesblatt Startseite Politik Sport Wetter Kultur Reisen Auto Wissen "
            "Gesundheit Panorama Leben Bildung",
            "Regen fällt",
        ),
        (
            "Storm closes harbour - Coast Courier Home News Sport Weather Business Opinion "
            "Culture Travel Food Science Health",
            "Storm closes harbour",
        ),
    ],
)
def test_title_text_without_glue_cuts_at_site_separator(first: str, expected: str) -> None:
    assert title_text(first) == expected


@pytest.mark.parametrize(
    "first",
    [
        'Harbor Board Says "Full Steam Ahead" on Expansion | Capitol Ledger',
        "How WordPress and YouTube Changed Publishing",
        "Markets rally as rates hold steady - The Daily Ledger",
    ],
)
def test_title_text_keeps_a_short_title_whole(first: str) -> None:
    assert title_text(first) == first


def test_split_site_either_end() -> None:
    assert split_site("Markets rally as rates hold steady - The Daily Ledger") == (
        "Markets rally as rates hold steady",
        "The Daily Ledger",
    )
    assert split_site("Tagesblatt | Regen fällt im ganzen Land") == (
        "Regen fällt im ganzen Land",
        "Tagesblatt",
    )


# --- a copy of the headline on the page --------------------------------------------------------


@pytest.mark.parametrize(
    ("texts", "language", "title", "site"),
    [
        (
            ["Rain Falls on the Valley | Daily Post", "Daily Post", "Home", "News",
             "Rain Falls on the Valley", "By Ann Lee", _BODY["en"]],
            "en", "Rain Falls on the Valley", "Daily Post",
        ),
        (
            ["Tagesblatt \u2013 Stadtrat beschließt neue Radwege", "Tagesblatt", "Startseite",
             "Stadtrat beschließt neue Radwege", "Von Eva Roth", _BODY["de"]],
            "de", "Stadtrat beschließt neue Radwege", "Tagesblatt",
        ),
    ],
)  # fmt: skip
def test_headline_block_that_spells_the_title_part(
    texts: list[str], language: str, title: str, site: str
) -> None:
    got_title, got_site, copies = _headline(texts, language)
    assert (got_title, got_site) == (title, site)
    assert copies[0] == texts.index(title)


@pytest.mark.parametrize(
    ("texts", "language", "title"),
    [
        # the site name is shorter than the headline but is the logo right after <title>
        (
            ["Hope! | Seaside Garden Journal", "Seaside Garden Journal", "Home", "About",
             "Contact", "Archive", "Hope!", _BODY["en"]],
            "en", "Hope!",
        ),
        (
            ["Emden | Reisen mit dem Internet", "Reisen mit dem Internet", "Startseite",
             "Europa", "Deutschland", "Emden", _BODY["de"]],
            "de", "Emden",
        ),
    ],
)  # fmt: skip
def test_site_name_is_the_part_shown_as_logo(texts: list[str], language: str, title: str) -> None:
    assert _headline(texts, language)[0] == title


@pytest.mark.parametrize(
    ("texts", "language", "title"),
    [
        (
            ["Storm Closes Harbour | Sports | Coast Courier", "Coast Courier", "Home",
             "Sports", "Storm Closes Harbour", "June 3, 2024", _BODY["en"]],
            "en", "Storm Closes Harbour",
        ),
        (
            ["Le pont rouvre enfin | Actualités | La Gazette", "La Gazette", "Accueil",
             "Actualités", "Le pont rouvre enfin", "Par Marie Dupont", _BODY["fr"]],
            "fr", "Le pont rouvre enfin",
        ),
    ],
)  # fmt: skip
def test_section_name_in_title_is_not_the_headline(texts: list[str], language: str, title: str) -> None:
    assert _headline(texts, language)[0] == title


@pytest.mark.parametrize(
    ("texts", "language", "title"),
    [
        # a dash inside the headline: the page repeats the whole <title> as its heading
        (
            ["Formula 1 check - Rookies and veterans compared", "Menu", "News",
             "Formula 1 check - Rookies and veterans compared", "By Tom Hill", _BODY["en"]],
            "en", "Formula 1 check - Rookies and veterans compared",
        ),
        (
            ["Ehekrise eskaliert - Jetzt spricht der Sänger", "Menü", "Stars",
             "Ehekrise eskaliert - Jetzt spricht der Sänger", "Von Eva Roth", _BODY["de"]],
            "de", "Ehekrise eskaliert - Jetzt spricht der Sänger",
        ),
    ],
)  # fmt: skip
def test_heading_repeating_whole_title_means_no_site_name(
    texts: list[str], language: str, title: str
) -> None:
    assert _headline(texts, language)[0] == title


@pytest.mark.parametrize(
    ("texts", "language", "title"),
    [
        (
            ["Central bank holds rates steady | Daily Ledger", "Daily Ledger", "News",
             "Why the central bank kept its rates steady", "By Ann Lee", _BODY["en"]],
            "en", "Why the central bank kept its rates steady",
        ),
        (
            ["Neue Radwege für die Innenstadt | Tagesblatt", "Tagesblatt", "Lokales",
             "Stadtrat beschließt neue Radwege für die ganze Innenstadt", "Von Eva Roth",
             _BODY["de"]],
            "de", "Stadtrat beschließt neue Radwege für die ganze Innenstadt",
        ),
    ],
)  # fmt: skip
def test_differently_worded_heading_before_the_text(texts: list[str], language: str, title: str) -> None:
    assert _headline(texts, language)[0] == title


@pytest.mark.parametrize(
    ("texts", "language", "title"),
    [
        # the heading is glued to the breadcrumb: the <title> text is the cleaner headline
        (
            ["Rain Falls on the Valley | Daily Post", "Home",
             "Home > NewsRain Falls on the Valley", _BODY["en"]],
            "en", "Rain Falls on the Valley",
        ),
        (
            ["Neue Radwege beschlossen - Tagesblatt", "Startseite",
             "Sie sind hier: Lokales » Neue Radwege beschlossen", _BODY["de"]],
            "de", "Neue Radwege beschlossen",
        ),
    ],
)  # fmt: skip
def test_block_holding_the_headline_with_more_confirms_the_title(
    texts: list[str], language: str, title: str
) -> None:
    assert _headline(texts, language)[0] == title


def test_related_link_sharing_words_is_not_taken_over_the_title_copy() -> None:
    texts = ["Nine Fitness Trends to Watch in 2025 | Fit Daily", "Fit Daily", "Home",
             "Nine Fitness Trends to Watch in 2025", "By Ann Lee", _BODY["en"],
             "Fitness trends to watch: our picks", _BODY["en"]]  # fmt: skip
    assert _headline(texts)[0] == "Nine Fitness Trends to Watch in 2025"


def test_no_copy_falls_back_to_title_without_site() -> None:
    assert _headline(["Rain Falls | Daily Post", "Home", _BODY["en"]]) == (
        "Rain Falls",
        "Daily Post",
        (),
    )
    assert _headline(["Tagesblatt \u2013 Regen fällt im ganzen Land", "Start", _BODY["de"]], "de")[:2] == (
        "Regen fällt im ganzen Land",
        "Tagesblatt",
    )


def test_empty_and_prose_only_dumps() -> None:
    assert _headline([]) == (None, None, ())
    long_first = " ".join([_BODY["en"]] * 3)
    assert _headline([long_first, _BODY["en"]])[0] is None
    title, _, copies = _headline(["Menu", "Home", "Bridge Reopens After Repairs", long_first])
    assert (title, copies) == ("Bridge Reopens After Repairs", (2,))


def test_speed_on_a_long_navigation_page() -> None:
    nav = [f"Section {i} link" for i in range(600)]
    texts = ["Rain Falls on the Valley | Daily Post", *nav, "Rain Falls on the Valley", _BODY["en"]]
    infos = describe(texts, "en")
    start = time.perf_counter()
    for _ in range(20):
        find_headline(infos, "en")
    assert (time.perf_counter() - start) / 20 < 0.05  # about 1 ms; generous for a loaded machine


@pytest.mark.parametrize("language", ["en", "de"])
def test_copies_start_at_the_heading_above_standfirst_and_byline(language: str) -> None:
    heading = {"en": "Harbor Board Backs Expansion", "de": "Hafenrat billigt Ausbau"}[language]
    texts = [f"{heading} | Ledger", "Menu", heading, "Standfirst line here", "By Staff",
             heading, _BODY[language]]  # fmt: skip
    assert _headline(texts, language)[2] == (2, 5)
    nav = ["Menu", "Home", "News", "Sport", "Culture", "Weather"]
    far = [f"{heading} | Ledger", *nav, heading, *[f"Link {i}" for i in range(20)], heading,
           _BODY[language]]  # fmt: skip
    assert _headline(far, language)[2] == (28,)


# --- the page's headline says more than the <title> --------------------------------------------


@pytest.mark.parametrize(
    ("texts", "language", "title"),
    [
        (
            ["Rain Falls on the Valley | Daily Post", "Home", "News",
             "Rain Falls on the Valley: What Farmers Need to Know", "By Ann Lee", _BODY["en"]],
            "en", "Rain Falls on the Valley: What Farmers Need to Know",
        ),
        (
            ["Skandinavien im Wohnmobil | Reiseblatt", "Startseite", "Reisen",
             "Skandinavien im Wohnmobil erleben", "Von Eva Roth", _BODY["de"]],
            "de", "Skandinavien im Wohnmobil erleben",
        ),
        # a topic before a dash
        (
            ["Le pont rouvre enfin | La Gazette", "Accueil", "Actualités",
             "Travaux – Le pont rouvre enfin", "Par Marie Dupont", _BODY["fr"]],
            "fr", "Travaux – Le pont rouvre enfin",
        ),
    ],
)  # fmt: skip
def test_longer_heading_that_starts_with_the_title_is_the_headline(
    texts: list[str], language: str, title: str
) -> None:
    got_title, _, copies = _headline(texts, language)
    assert got_title == title
    assert copies[0] == texts.index(title)


@pytest.mark.parametrize(
    ("texts", "language", "title"),
    [
        # a question, an exclamation or a bracket ends a heading as well
        (
            ["Solar Panels on Old Roofs | Home Desk", "Home", "Guides",
             "Solar Panels on Old Roofs: Are They Worth It?", "By Ann Lee", _BODY["en"]],
            "en", "Solar Panels on Old Roofs: Are They Worth It?",
        ),
        (
            ["Wandern im Harz - Reiseblatt", "Startseite", "Reisen",
             "Wandern im Harz – die schönsten Touren für Familien!", "Von Eva Roth", _BODY["de"]],
            "de", "Wandern im Harz – die schönsten Touren für Familien!",
        ),
        (
            ["Le marché du samedi | La Gazette", "Accueil",
             "Le marché du samedi (et ses nouveaux stands)", "Par Marie Dupont", _BODY["fr"]],
            "fr", "Le marché du samedi (et ses nouveaux stands)",
        ),
        # what a heading adds after a "+"
        (
            ["Home Brewing Kit Guide: The 4 Things You Need | Brew Desk", "Home",
             "Home Brewing Kit Guide: The 4 Things You Need + How to Start for $40", "By Ann Lee",
             _BODY["en"]],
            "en", "Home Brewing Kit Guide: The 4 Things You Need + How to Start for $40",
        ),
        (
            ["Sauerteig ansetzen: Die Grundlagen - Backblog", "Startseite",
             "Sauerteig ansetzen: Die Grundlagen + drei Rezepte zum Start", "Von Eva Roth",
             _BODY["de"]],
            "de", "Sauerteig ansetzen: Die Grundlagen + drei Rezepte zum Start",
        ),
    ],
)  # fmt: skip
def test_longer_heading_ending_as_a_question_or_adding_after_a_plus(
    texts: list[str], language: str, title: str
) -> None:
    assert _headline(texts, language)[0] == title


@pytest.mark.parametrize(
    ("texts", "language", "title"),
    [
        # what follows the headline is a byline, a date, the site name, a run-on standfirst
        (
            ["Rain Falls on the Valley | Daily Post", "Home",
             "Rain Falls on the Valley By Ann Lee", _BODY["en"]],
            "en", "Rain Falls on the Valley",
        ),
        (
            ["Rain Falls on the Valley | Daily Post", "Home",
             "Rain Falls on the Valley June 3, 2024", _BODY["en"]],
            "en", "Rain Falls on the Valley",
        ),
        (
            ["Neue Radwege beschlossen - Tagesblatt", "Startseite",
             "Neue Radwege beschlossen | Lokalblog", _BODY["de"]],
            "de", "Neue Radwege beschlossen",
        ),
        (
            ["Neue Radwege beschlossen - Tagesblatt", "Startseite",
             "Neue Radwege beschlossen Der Stadtrat hat entschieden", _BODY["de"]],
            "de", "Neue Radwege beschlossen",
        ),
        # a sentence that starts with the headline is text, not a heading
        (
            ["Rain Falls on the Valley | Daily Post", "Home",
             "Rain Falls on the Valley: farmers there say it came too late.", _BODY["en"]],
            "en", "Rain Falls on the Valley",
        ),
        (
            ["Neue Radwege beschlossen - Tagesblatt", "Startseite",
             "Neue Radwege beschlossen: das sagen die Anwohner dazu …", _BODY["de"]],
            "de", "Neue Radwege beschlossen",
        ),
        # a breadcrumb before the headline is not a topic
        (
            ["Le pont rouvre enfin | La Gazette", "Accueil",
             "Accueil » Le pont rouvre enfin", _BODY["fr"]],
            "fr", "Le pont rouvre enfin",
        ),
    ],
)  # fmt: skip
def test_heading_with_byline_date_or_site_after_the_title_is_not_longer(
    texts: list[str], language: str, title: str
) -> None:
    assert _headline(texts, language)[0] == title


# --- a block that repeats the <title> with its "| more" suffix ---------------------------------


@pytest.mark.parametrize(
    ("texts", "language", "title"),
    [
        (
            ["Best Budget Movers in Leeds 2025 | Top 12 Firms | Movewell", "Movewell", "Home",
             "Best Budget Movers in Leeds 2025 | Top 12 Firms", "By Ann Lee", _BODY["en"]],
            "en", "Best Budget Movers in Leeds 2025",
        ),
        (
            ["Die große Checkliste für das Auto | Tipps vom Profi | Reifenwelt", "Reifenwelt",
             "Startseite", "Ratgeber", "Die große Checkliste für das Auto | Tipps vom Profi",
             "Von Eva Roth", _BODY["de"]],
            "de", "Die große Checkliste für das Auto",
        ),
    ],
)  # fmt: skip
def test_block_repeating_the_title_loses_its_bar_suffix(texts: list[str], language: str, title: str) -> None:
    assert _headline(texts, language)[0] == title


@pytest.mark.parametrize(
    ("texts", "language", "title"),
    [
        # a dash inside a repeated <title> is the headline's own
        (
            ["Grüner Wasserstoff – das Herz der Energiewende | Tagesblatt", "Tagesblatt",
             "Startseite", "Grüner Wasserstoff – das Herz der Energiewende", "Von Eva Roth",
             _BODY["de"]],
            "de", "Grüner Wasserstoff – das Herz der Energiewende",
        ),
        # a heading that says more after a bar than the <title>'s headline keeps it
        (
            ["Top 8 Travel Cameras Under $900 | Lens Notes", "Home", "Gear",
             "Top 8 Travel Cameras Under $900 | The Best Compact Cameras This Year",
             "June 9, 2025", _BODY["en"]],
            "en", "Top 8 Travel Cameras Under $900 | The Best Compact Cameras This Year",
        ),
    ],
)  # fmt: skip
def test_dash_or_longer_heading_keeps_its_second_part(texts: list[str], language: str, title: str) -> None:
    assert _headline(texts, language)[0] == title


# --- the site name in a (c) line ------------------------------------------------------------------


_NAV = ["Home", "Services", "Blog", "Contact"]


@pytest.mark.parametrize(
    ("texts", "language", "title"),
    [
        (
            ["Fleet Cover for Taxis - Harbour Mutual Insurance Group, Inc.", *_NAV,
             "Fleet Cover for Taxis", "June 3, 2021", "By Ann Lee", _BODY["en"], "About us",
             "© 2025 – Harbour Mutual Insurance Group, Inc. All rights reserved."],
            "en", "Fleet Cover for Taxis",
        ),
        (
            ["Kaffee | Hochschule für Technik und Wirtschaft Nordstadt", "Startseite", "Studium",
             "Kaffee", _BODY["de"], "Kontakt",
             "Copyright 2024 Hochschule für Technik und Wirtschaft Nordstadt"],
            "de", "Kaffee",
        ),
    ],
)  # fmt: skip
def test_end_part_named_in_a_copyright_line_is_the_site(texts: list[str], language: str, title: str) -> None:
    got_title, site, _ = _headline(texts, language)
    assert got_title == title
    assert site is not None and site != title


@pytest.mark.parametrize(
    ("texts", "language", "title"),
    [
        # a one-word headline that a (c) line names (the author) is still the headline
        (
            ["Johanna | Hörspielpodcast", "Startseite", "Johanna", "Sprecherin", _BODY["de"],
             "© 2024 Johanna Weber"],
            "de", "Johanna",
        ),
        # a (c) line that spells the site exactly wins over one that only holds a part
        (
            ["Wind Energy – Clean Power from the Sea | Foundation Wind Energy", *_NAV,
             _BODY["en"], "© Foundation Wind Energy"],
            "en", "Clean Power from the Sea",
        ),
    ],
)  # fmt: skip
def test_copyright_line_does_not_take_the_headline(texts: list[str], language: str, title: str) -> None:
    assert _headline(texts, language)[0] == title


# --- the headline glued to a menu item ----------------------------------------------------------


@pytest.mark.parametrize(
    ("texts", "language", "title", "copy"),
    [
        (
            ["10 Trends in Catering to Watch in 2025", "Menu", "Sign in",
             "Restaurant Tips10 Trends in Catering to Watch in 2025", "By Ann Lee", _BODY["en"]],
            "en", "10 Trends in Catering to Watch in 2025", 3,
        ),
        (
            ["Workflows oder Agenten: der Autonomie-Regler", "Abonnieren",
             "AnmeldenWorkflows oder Agenten: der Autonomie-Regler", "Von Eva Roth", _BODY["de"]],
            "de", "Workflows oder Agenten: der Autonomie-Regler", 2,
        ),
        (
            ["Zverev zieht ins Viertelfinale ein", "Tennis", "Bild: AFP/SID/PASCAL GUYOT"
             "Zverev zieht ins Viertelfinale ein", _BODY["de"]],
            "de", "Zverev zieht ins Viertelfinale ein", 2,
        ),
    ],
)  # fmt: skip
def test_headline_glued_to_a_menu_item_is_the_title_and_starts_the_article(
    texts: list[str], language: str, title: str, copy: int
) -> None:
    got_title, _, copies = _headline(texts, language)
    assert (got_title, copies) == (title, (copy,))


# --- a differently worded headline above the byline ---------------------------------------------


@pytest.mark.parametrize(
    ("texts", "language", "title"),
    [
        (
            ["Marlow County Water Rules Lifted: What Residents Need to Know | Valley Post",
             "Valley Post", "News", "Weather",
             "After Three Dry Summers, Marlow County Lets the Sprinklers Run Again",
             "By Ann Lee | June 18, 2024", "Share", "Email", _BODY["en"]],
            "en", "After Three Dry Summers, Marlow County Lets the Sprinklers Run Again",
        ),
        (
            ["Radwege in Marlstadt: Was Anwohner wissen müssen | Tagesblatt", "Tagesblatt",
             "Lokales", "Nach drei Jahren Streit bekommt Marlstadt endlich neue Radwege",
             "Von Eva Roth", "12. März 2024", _BODY["de"]],
            "de", "Nach drei Jahren Streit bekommt Marlstadt endlich neue Radwege",
        ),
    ],
)  # fmt: skip
def test_heading_above_the_byline_sharing_a_word_with_the_title(
    texts: list[str], language: str, title: str
) -> None:
    got_title, _, copies = _headline(texts, language)
    assert (got_title, copies) == (title, (texts.index(title),))


@pytest.mark.parametrize(
    ("texts", "language"),
    [
        # no byline or date between the heading and the text: a section heading
        (["Marlow County Water Rules Lifted | Valley Post", "News", "Around the County",
          _BODY["en"]], "en"),
        # no content word in common with the <title>
        (["Radwege in Marlstadt | Tagesblatt", "Lokales", "Wetter und Verkehr heute",
          "Von Eva Roth", _BODY["de"]], "de"),
    ],
)  # fmt: skip
def test_heading_above_text_without_byline_or_shared_word_is_not_taken(
    texts: list[str], language: str
) -> None:
    assert _headline(texts, language)[0] == split_site(texts[0])[0]


@pytest.mark.parametrize(
    ("texts", "language", "title"),
    [
        # a standfirst between the heading and the byline; few words in common with <title>
        (
            ["The 6 Best Rice Cookers, Tested and Ranked | Kitchen Desk", "Kitchen Desk", "Reviews",
             "We Cooked 40 Pounds of Rice to Find the Rice Cookers Worth Buying",
             "Our favourite is cheap and quick to clean.", "By", "Ann Lee", _BODY["en"]],
            "en", "We Cooked 40 Pounds of Rice to Find the Rice Cookers Worth Buying",
        ),
        (
            ["Radfahren in Marlstadt | Stadtmagazin", "Stadtmagazin", "Freizeit",
             "Die schönsten Strecken und Viertel für Radler in Marlstadt",
             "Es war nie besser, in der Stadt Rad zu fahren.", "Von Eva Roth", _BODY["de"]],
            "de", "Die schönsten Strecken und Viertel für Radler in Marlstadt",
        ),
        (
            ["Les meilleures caméras de surveillance de 2026 | Techno", "Techno", "Maison",
             "Testées ! Les caméras qui gardent vraiment votre maison",
             "Des modèles pour le jardin, le salon et les petits budgets.", "Par Marie Dupont",
             _BODY["fr"]],
            "fr", "Testées ! Les caméras qui gardent vraiment votre maison",
        ),
    ],
)  # fmt: skip
def test_heading_above_standfirst_and_byline_sharing_few_words(
    texts: list[str], language: str, title: str
) -> None:
    assert _headline(texts, language)[0] == title


@pytest.mark.parametrize(
    ("texts", "language", "title"),
    [
        (
            ["Cold water swims may calm worry, doctors find - Health Notes : Daily Ledger", "Home",
             "Health", "Health > Cold water swims may calm worry, doctors find - Health Notes",
             "Your Health", "A daily cold water swim may calm worry as well as a pill, a trial finds",
             "Updated June 3, 2024", "By", "Ann Lee", _BODY["en"]],
            "en", "A daily cold water swim may calm worry as well as a pill, a trial finds",
        ),
        (
            ["Kind krank: Was Arbeitgeber zahlen müssen | Betriebsblatt", "Startseite",
             "Recht + SteuernKind krank: Was Arbeitgeber zahlen müssen", "Kind krank",
             "Welche Tage Arbeitgeber bei krankem Kind zahlen müssen",
             "Von Eva Roth", _BODY["de"]],
            "de", "Welche Tage Arbeitgeber bei krankem Kind zahlen müssen",
        ),
    ],
)  # fmt: skip
def test_heading_above_byline_below_a_copy_of_the_title(texts: list[str], language: str, title: str) -> None:
    assert _headline(texts, language)[0] == title


def test_heading_above_byline_with_the_title_said_again_below_it_is_not_taken() -> None:
    texts = ["Best Garden Tools of 2025 | Garden Desk", "Home", "Reviews",
             "Buying Garden Tools for Small Yards", "By Ann Lee", _BODY["en"],
             "Buying the best garden tools of 2025", _BODY["en"]]  # fmt: skip
    assert _headline(texts, "en")[0] == "Best Garden Tools of 2025"


@pytest.mark.parametrize(
    ("texts", "language", "title"),
    [
        # a date right above the heading
        (
            ["Worldwide | Killer Robots a Danger to Human Rights | 02.11.2021", "News", "Current",
             "02 November 2021", "Global: Killer Robots Must Not Decide Over Human Lives",
             "A protest of the campaign in London (archive photo)", _BODY["en"]],
            "en", "Global: Killer Robots Must Not Decide Over Human Lives",
        ),
        # a date right below it
        (
            ["Firmenwagen: Leasen oder Finanzieren? Was lohnt sich?", "Startseite", "Magazin",
             "Firmenwagen: Leasing oder Finanzierung im Vergleich", "7. Oktober 2019",
             "Viele Betriebe fragen sich, was günstiger ist.", _BODY["de"]],
            "de", "Firmenwagen: Leasing oder Finanzierung im Vergleich",
        ),
    ],
)  # fmt: skip
def test_heading_next_to_a_date_sharing_few_words(texts: list[str], language: str, title: str) -> None:
    assert _headline(texts, language)[0] == title


@pytest.mark.parametrize(
    ("texts", "language", "title"),
    [
        # a topic tag above the byline is not the headline
        (
            ['"Das Gericht spricht kein Recht, sondern Unrecht"', "Startseite", "Themen",
             "Recht und Gericht", "Alles zur Kundgebung am Donnerstag.", "Von Eva Roth", _BODY["de"]],
            "de", '"Das Gericht spricht kein Recht, sondern Unrecht"',
        ),
        # nor a topic tag with a date above it
        (
            ['"Das Gericht spricht kein Recht, sondern Unrecht"', "Startseite", "Themen",
             "4. Mai 2022", "Recht und Gericht", "Alles zur Kundgebung am Donnerstag.", _BODY["de"]],
            "de", '"Das Gericht spricht kein Recht, sondern Unrecht"',
        ),
        # the same heading without a byline below it is not taken
        (
            ["The 6 Best Rice Cookers, Tested and Ranked | Kitchen Desk", "Kitchen Desk", "Reviews",
             "We Cooked 40 Pounds of Rice to Find the Rice Cookers Worth Buying",
             "Our favourite is cheap and quick to clean.", _BODY["en"]],
            "en", "The 6 Best Rice Cookers, Tested and Ranked",
        ),
    ],
)  # fmt: skip
def test_tag_above_byline_or_heading_without_byline_sharing_few_words(
    texts: list[str], language: str, title: str
) -> None:
    assert _headline(texts, language)[0] == title


@pytest.mark.parametrize(
    ("texts", "language"),
    [
        (["Harbour Walks and Ferry Tips by Ann Lee", "Home", "/ Walks", "/ Harbour Walks Guide",
          "Which Harbour Ferry Should I Take?", "Ferries run every hour in summer.", "By Ann Lee",
          _BODY["en"]], "en"),
        (["Wanderwege am Hafen und Fährtipps von Eva Roth", "Startseite", "> Wandern",
          "> Wanderwege am Hafen", "Welche Fähre am Hafen ist die beste?",
          "Die Fähren fahren im Sommer stündlich.", "Von Eva Roth", _BODY["de"]], "de"),
    ],
)  # fmt: skip
def test_byline_or_breadcrumb_is_never_a_differently_worded_headline(texts: list[str], language: str) -> None:
    assert _headline(texts, language)[0] == texts[4]


def test_heading_in_guillemets_is_not_a_breadcrumb() -> None:
    texts = ["Mietstreik in Marlstadt geht weiter | Tagesblatt", "Startseite",
             "»Wir streiken weiter« – Mieter in Marlstadt", _BODY["de"]]  # fmt: skip
    assert _headline(texts, "de")[0] == texts[2]


@pytest.mark.parametrize(
    ("texts", "language", "title"),
    [
        (
            ["How To Clean a Cast Iron Pan: A Beginner's Guide - Kitchenly", "Kitchenly", "Shop",
             "Recipes Blogs Cooking How To Clean a Cast Iron Pan (Without Ruining It!)",
             "Kitchenly May 3, 2024", _BODY["en"]],
            "en", "How To Clean a Cast Iron Pan (Without Ruining It!)",
        ),
        (
            ["Wie man Tomaten richtig gießt: der Leitfaden | Gartenblatt", "Gartenblatt", "Shop",
             "Startseite/Wie man Tomaten richtig gießt und düngt", "Gartenblatt, 3. Mai 2024",
             _BODY["de"]],
            "de", "Wie man Tomaten richtig gießt und düngt",
        ),
    ],
)  # fmt: skip
def test_menu_run_into_a_differently_worded_heading_is_cut(
    texts: list[str], language: str, title: str
) -> None:
    assert _headline(texts, language)[0] == title


@pytest.mark.parametrize(
    ("texts", "language"),
    [
        (["Easy Garden Projects for a Weekend | Yard Notes", "Yard Notes", "Shop",
          "Top 12 Picks Easy Garden Projects for Small Yards", "May 3, 2024", _BODY["en"]], "en"),
        (["The Best Rain Jackets in 2025 - Trail Desk", "Trail Desk", "Shop",
          "Here Is Why The Best Rain Jackets Cost More", "May 3, 2024", _BODY["en"]], "en"),
        (["New Bike Lanes for the Harbour District | Ledger", "Ledger", "Shop",
          "Council Approves New Bike Lanes for the Harbour", "May 3, 2024", _BODY["en"]], "en"),
        (["Tomaten richtig gießen im Sommer | Gartenblatt", "Gartenblatt", "Shop",
          "Gartentipps Tomaten richtig gießen und düngen", "3. Mai 2024", _BODY["de"]], "de"),
    ],
)  # fmt: skip
def test_heading_lead_with_number_function_word_or_kicker_is_kept(texts: list[str], language: str) -> None:
    assert _headline(texts, language)[0] == texts[3]


# --- a subheading inside the article is not the headline ----------------------------------------


@pytest.mark.parametrize("language", ["en", "de"])
def test_similar_subheading_below_article_text_is_not_the_headline(language: str) -> None:
    title, sub = {
        "en": ("Car Maintenance Schedule", "Sticking to a Regular Maintenance Schedule"),
        "de": ("Radwege für die Innenstadt", "Neue Radwege für die ganze Innenstadt"),
    }[language]
    texts = [title, "Menu", *[_BODY[language]] * 6, sub, _BODY[language]]
    assert _headline(texts, language)[0] == title
    near = [title, "Menu", sub, _BODY[language], _BODY[language]]
    assert _headline(near, language)[0] == sub


@pytest.mark.parametrize(
    ("texts", "language", "title"),
    [
        (["Startup Lessons Learned Blog RSSEric Ries", "Home", _BODY["en"]], "en",
         "Startup Lessons Learned Blog RSS"),
        (["Neue Regeln für den ÖPNVStartseite Politik", "Menü", _BODY["de"]], "de",
         "Neue Regeln für den ÖPNV"),
        # an upper-case word inside a headline is kept
        (["Why GPUs Matter for AI Training", "Home", _BODY["en"]], "en",
         "Why GPUs Matter for AI Training"),
    ],
)  # fmt: skip
def test_title_without_copy_is_cut_where_a_word_was_glued_to_an_acronym(
    texts: list[str], language: str, title: str
) -> None:
    assert _headline(texts, language)[0] == title


@pytest.mark.parametrize(
    ("dump", "expected"),
    [
        # ASCII blocks without glue take the fast word path; glued ones are split
        (
            "Rain Falls | Daily Post\n\nHomeRain Falls\n\nRain Falls\n\nIt rained all day in town, "
            "and the river rose over its banks by the evening, as the forecast had said.",
            "Rain Falls",
        ),
        (
            "Regen fällt | Tagesblatt\n\nStartseite\n\nRegen fällt\n\nEs regnete den ganzen Tag in "
            "der Stadt, und der Fluss trat am Abend über die Ufer, wie vorhergesagt.",
            "Regen fällt",
        ),
    ],
)
def test_headline_found_among_blocks_without_title_words(dump: str, expected: str) -> None:
    from newsclean._classify import describe
    from newsclean._title import find_headline

    texts = [t for t in dump.split("\n\n")]
    assert find_headline(describe(texts, None), None).title == expected


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Sign inAI Workflows", ["sign", "in", "ai", "workflows"]),
        ("Restaurant Tips10 Trends", ["restaurant", "tips", "10", "trends"]),
        ("plain lower case words", ["plain", "lower", "case", "words"]),
        ("Größere Städte", ["grössere", "städte"]),
    ],
)
def test_words_fast_path_matches_glue_splitting(text: str, words: list[str]) -> None:
    from newsclean._title import _words

    assert _words(text) == words


def test_ascii_word_paths_match_the_general_splitting() -> None:
    """Every ASCII text of up to six characters of lower case, upper case, digits and
    separators splits as the general (non-ASCII) path splits it; a word with a non-ASCII
    letter after it sends the same text down that path."""
    from itertools import product

    from newsclean._title import _words

    for size in range(1, 7):
        for chars in product("aAB1 _", repeat=size):
            text = "".join(chars)
            assert _words(text) == _words(f"{text} \u00e9")[:-1], text


# --- a kicker glued before the headline, a date or byline glued after it ------------------------


@pytest.mark.parametrize(
    ("texts", "language", "title"),
    [
        # a kicker glued to a differently worded heading (lower to upper case)
        (
            ["A Bigger Harbour for the Coast | Coast Courier", "Coast Courier", "Home",
             "Harbour NewsA Bigger Harbour Wins the Council Vote", "By Ann Lee", _BODY["en"]],
            "en", "A Bigger Harbour Wins the Council Vote",
        ),
        # a kicker glued with a count (letter to digit)
        (
            ["7 Garden Trends for Spring | Daily Post", "Daily Post", "Home",
             "Garden Tips7 Garden Trends to Try This Spring", "By Ann Lee", _BODY["en"]],
            "en", "7 Garden Trends to Try This Spring",
        ),
        # an upper-case section name glued to a capitalised word
        (
            ["Stadtrat billigt neue Radwege | Tagesblatt", "Tagesblatt", "Startseite",
             "LOKALESStadtrat beschließt neue Radwege für die Innenstadt", "Von Eva Roth",
             _BODY["de"]],
            "de", "Stadtrat beschließt neue Radwege für die Innenstadt",
        ),
        # kicker and headline are both parts of the <title>, glued on the page
        (
            ["Einheit der Woche | Lagen mit Pause - Tagesblatt", "Tagesblatt", "Startseite",
             "Einheit der WocheLagen mit Pause", "Von Eva Roth", _BODY["de"]],
            "de", "Lagen mit Pause",
        ),
    ],
)  # fmt: skip
def test_glued_kicker_is_cut(texts: list[str], language: str, title: str) -> None:
    assert _headline(texts, language)[0] == title


@pytest.mark.parametrize(
    ("texts", "language", "title"),
    [
        # a camel-cased name the <title> spells too is not a kicker
        (
            ["YouTube Changes Its Video Rules | Daily Post", "Daily Post", "Home",
             "YouTube Changes Its Video Rules", "By Ann Lee", _BODY["en"]],
            "en", "YouTube Changes Its Video Rules",
        ),
        (
            ["PlayStation bekommt neue Regeln | Tagesblatt", "Tagesblatt", "Startseite",
             "PlayStation bekommt neue Regeln", "Von Eva Roth", _BODY["de"]],
            "de", "PlayStation bekommt neue Regeln",
        ),
    ],
)  # fmt: skip
def test_camel_cased_name_is_not_a_kicker(texts: list[str], language: str, title: str) -> None:
    assert _headline(texts, language)[0] == title


@pytest.mark.parametrize(
    ("texts", "language", "title"),
    [
        (
            ["Will the storm close the harbour? | Coast Courier", "Coast Courier", "Home",
             "Will the storm close the harbour?3 June 2024", _BODY["en"]],
            "en", "Will the storm close the harbour?",
        ),
        (
            ["Wie sieht die Zukunft der Radwege aus? | Tagesblatt", "Tagesblatt", "Startseite",
             "Wie sieht die Zukunft der Radwege aus?25. Juli 2019", _BODY["de"]],
            "de", "Wie sieht die Zukunft der Radwege aus?",
        ),
        (
            ["Saftiger Kuchen vom Blech | Backblog", "Backblog", "Startseite",
             "Saftiger Kuchen vom Blech: einfach köstlich!von Kathrin Berg", _BODY["de"]],
            "de", "Saftiger Kuchen vom Blech: einfach köstlich!",
        ),
        (
            ["A Small Engine in a Nutshell | Lab Blog", "Lab Blog", "Home",
             "A Small Engine in a Nutshellby: Ann Lee, Dec 17, 2025", _BODY["en"]],
            "en", "A Small Engine in a Nutshell",
        ),
    ],
)  # fmt: skip
def test_glued_date_or_byline_is_cut(texts: list[str], language: str, title: str) -> None:
    assert _headline(texts, language)[0] == title


@pytest.mark.parametrize(
    ("texts", "language", "title"),
    [
        (
            ["Garden Costs Explained | Yard Notes", "Yard Notes", "Home",
             "Garden Costs Explained: What Should a Patio Cost? June 3, 2024", _BODY["en"]],
            "en", "Garden Costs Explained: What Should a Patio Cost?",
        ),
        (
            ["Radwege für alle | Tagesblatt", "Tagesblatt", "Startseite",
             "Radwege für alle: Endlich ist es so weit! 3. Mai 2024", _BODY["de"]],
            "de", "Radwege für alle: Endlich ist es so weit!",
        ),
        # what follows the question is not a date
        (
            ["What Now for the Harbour | Coast Courier", "Coast Courier", "Home",
             "What Now for the Harbour? 2025 Outlook", _BODY["en"]],
            "en", "What Now for the Harbour? 2025 Outlook",
        ),
    ],
)  # fmt: skip
def test_date_after_a_question_or_exclamation_is_cut(texts: list[str], language: str, title: str) -> None:
    assert _headline(texts, language)[0] == title


@pytest.mark.parametrize(
    ("texts", "language", "title"),
    [
        (["harbour walks", "Home", "Menu", "harbour walks —", _BODY["en"]], "en", "harbour walks"),
        (["Radwege in Marlstadt", "Startseite", "Radwege in Marlstadt |", _BODY["de"]], "de",
         "Radwege in Marlstadt"),
        # a dash inside the heading stays
        (["Blick zurück – 2024 in Zahlen", "Startseite", "Blick zurück – 2024 in Zahlen",
          _BODY["de"]], "de", "Blick zurück – 2024 in Zahlen"),
    ],
)  # fmt: skip
def test_trailing_site_separator_is_cut(texts: list[str], language: str, title: str) -> None:
    assert _headline(texts, language)[0] == title


@pytest.mark.parametrize(
    ("texts", "language", "title"),
    [
        (
            ["Best Trail Shoes of 2026 | Run Daily", "Run Daily", "Home", "Best Trail Shoes",
             _BODY["en"]],
            "en", "Best Trail Shoes of 2026",
        ),
        (
            ["Die besten Laufschuhe 2026 | Laufblatt", "Laufblatt", "Startseite",
             "Die besten Laufschuhe", _BODY["de"]],
            "de", "Die besten Laufschuhe 2026",
        ),
        (
            ["8 Recent Trends in Photography | Photo Blog", "Photo Blog", "Home",
             "Recent Trends in Photography", _BODY["en"]],
            "en", "8 Recent Trends in Photography",
        ),
    ],
)  # fmt: skip
def test_title_part_adding_a_year_or_count_wins(texts: list[str], language: str, title: str) -> None:
    assert _headline(texts, language)[0] == title


@pytest.mark.parametrize(
    ("texts", "language", "title"),
    [
        # a shorter heading that the <title> extends by more than a year stays the headline
        (
            ["Best Trail Shoes, Tested and Reviewed | Run Daily", "Run Daily", "Home",
             "Best Trail Shoes", _BODY["en"]],
            "en", "Best Trail Shoes",
        ),
        (
            ["Kuchen vom Blech Rezept | Backblog", "Backblog", "Startseite", "Kuchen vom Blech",
             _BODY["de"]],
            "de", "Kuchen vom Blech",
        ),
    ],
)  # fmt: skip
def test_title_part_adding_other_words_loses(texts: list[str], language: str, title: str) -> None:
    assert _headline(texts, language)[0] == title


@pytest.mark.parametrize(
    ("texts", "language", "title"),
    [
        (
            ["Les clés pour bien dormir", "Accueil", "Santé", "Les clés pour bien dormir",
             "Marie Dupont", "19 février 2020", "Les clés pour bien dormir.", _BODY["fr"]],
            "fr", "Les clés pour bien dormir",
        ),
        (
            ["Antipoden: Die Wahrheit | Der Nesselsetzer", "Der Nesselsetzer", "Startseite",
             "9. Dezember 2013", "Antipoden: Die Wahrheit", "Von Eva Roth",
             "Antipoden: Die Wahrheit:", _BODY["de"]],
            "de", "Antipoden: Die Wahrheit",
        ),
    ],
)  # fmt: skip
def test_copy_written_as_the_title_writes_it_wins(texts: list[str], language: str, title: str) -> None:
    assert _headline(texts, language)[0] == title


@pytest.mark.parametrize(
    ("first", "headline", "site"),
    [
        (
            "Harbour Board Backs Night Ferries | Bay Courier Harbour Board Backs Night Ferries",
            "Harbour Board Backs Night Ferries",
            "Bay Courier",
        ),
        (
            "Stadtrat beschließt neue Radwege – Tagesblick Ostalb Stadtrat beschließt neue Radwege",
            "Stadtrat beschließt neue Radwege",
            "Tagesblick Ostalb",
        ),
    ],
)
def test_site_name_when_the_headline_is_glued_again_after_it(first: str, headline: str, site: str) -> None:
    language = "de" if "Stadtrat" in first else "en"
    assert _headline([first, "Home", headline, _BODY[language]], language)[:2] == (headline, site)


@pytest.mark.parametrize(
    ("texts", "language", "title", "site"),
    [
        (
            ["Book Reviews – The Campus Writing Center", "Home", "Services", "Resources",
             "About", "Contact", "The Campus Writing Center", "Events", "Staff", "Hours", "Blog",
             "Maps", "Jobs", "Tours", "Apply", "Book Reviews", _BODY["en"], "Library", "Giving",
             "News", "Alumni", "Parking", "Calendar", "Directory", "Visit",
             "The Campus Writing Center"],
            "en", "Book Reviews", "The Campus Writing Center",
        ),
        (
            ["Klimawandel | Amt für Agrarstatistik und Forschung", "Startseite", "Themen",
             "Daten", "Service", "Presse", "Kontakt", "Amt für Agrarstatistik und Forschung",
             "Über uns", "Karriere", "Termine", "Archiv", "Hilfe", "Suche", "Presse", "Jobs",
             "Klimawandel",
             _BODY["de"]],
            "de", "Klimawandel", "Amt für Agrarstatistik und Forschung",
        ),
    ],
)  # fmt: skip
def test_first_title_part_heading_the_text_beats_a_longer_site_name_in_a_menu(
    texts: list[str], language: str, title: str, site: str
) -> None:
    assert _headline(texts, language)[:2] == (title, site)


def test_middle_title_part_shown_on_the_page_is_kept() -> None:
    texts = ["What is Compost? • Compost for beginners • Greenleaf", "Compost for beginners (course)",
             *[f"Menu item {i}" for i in range(12)], "Help", "What is Compost?", _BODY["en"]]  # fmt: skip
    assert _headline(texts, "en")[0] == "Compost for beginners"


@pytest.mark.parametrize(
    ("texts", "language", "title", "site"),
    [
        (
            ["Sunset Cove - Holiday Cottages on the Atlantic Coast", "Home", "Rent a cottage",
             "Sunset Cove", _BODY["en"]],
            "en", "Sunset Cove", "Holiday Cottages on the Atlantic Coast",
        ),
        (
            ["Faire Lieferketten | Evangelisches Jugendwerk im Landkreis", "Termine", "Angebote",
             "Bildung", "Faire Lieferketten", "Von Eva Roth", _BODY["de"]],
            "de", "Faire Lieferketten", "Evangelisches Jugendwerk im Landkreis",
        ),
        (
            ["Le jardin d'hiver » Association des Amis du Parc", "Accueil", "Le jardin d'hiver",
             _BODY["fr"]],
            "fr", "Le jardin d'hiver", "Association des Amis du Parc",
        ),
    ],
)  # fmt: skip
def test_first_title_part_shown_as_heading_beats_a_longer_site_name(
    texts: list[str], language: str, title: str, site: str
) -> None:
    assert _headline(texts, language)[:2] == (title, site)


@pytest.mark.parametrize(
    ("texts", "language", "title"),
    [
        (  # the longer part is on the page, with more around it
            ["Webcams - Harbour Lights National Park (Park Service)", "Webcams", _BODY["en"],
             "Visit Harbour Lights National Park (Park Service) today"],
            "en", "Harbour Lights National Park (Park Service)",
        ),
        (  # only the last part is shown as a heading: a site name, not the headline
            ["Wenn man daheim verliert, tut es weniger weh - SW1", "SW1", "Lokales", _BODY["de"]],
            "de", "Wenn man daheim verliert, tut es weniger weh",
        ),
    ],
)  # fmt: skip
def test_longest_title_part_kept_when_the_page_shows_it_or_heads_the_last_part(
    texts: list[str], language: str, title: str
) -> None:
    assert _headline(texts, language)[0] == title


@pytest.mark.parametrize(
    ("texts", "language", "title", "copies"),
    [
        (
            ["Warning: mysql_connect(): Access denied for user 'x'@'localhost' in /www/a/db.php on line 12",
             "Warning: mysql_query(): No link to the server in /www/a/db.php on line 30",
             "Alles Neue macht der Mai | Bibliotheksblog", "Startseite", "Alles Neue macht der Mai",
             _BODY["de"]],
            "de", "Alles Neue macht der Mai", (4,),
        ),
        (
            ["Strict Standards: Redefining constructor for class db in /srv/wp/db.php on line 56",
             "Deprecated: preg_replace(): The /e modifier is deprecated in /srv/wp/format.php on line 82",
             "Harbour ferries return - Bay Courier", "News", "Harbour ferries return", _BODY["en"]],
            "en", "Harbour ferries return", (4,),
        ),
    ],
)  # fmt: skip
def test_server_error_lines_before_the_title_are_skipped(
    texts: list[str], language: str, title: str, copies: tuple[int, ...]
) -> None:
    m = find_headline(describe(texts, language), language)
    assert (m.title, m.title_line, m.copies) == (title, 2, copies)


def test_a_warning_that_is_the_title_is_kept() -> None:
    texts = ["Warning: Storm Ahead for the Coast | Bay Courier", "News", "Warning: Storm Ahead for the Coast",
             _BODY["en"]]  # fmt: skip
    assert _headline(texts)[0] == "Warning: Storm Ahead for the Coast"


@pytest.mark.parametrize(
    ("texts", "language", "title"),
    [
        (  # the <title> line split where it had a run of spaces
            ["Four Seasons Blog » Blog Archive", "» Interning of Small Integers", "Four Seasons Blog",
             "Interning of Small Integers", "Posted by Ann", _BODY["en"]],
            "en", "Interning of Small Integers",
        ),
        (
            ["Technikecke | Archiv", "| Podcasts in Plex einbinden", "Technikecke", "Startseite",
             "Podcasts in Plex einbinden", "Von Eva Roth", _BODY["de"]],
            "de", "Podcasts in Plex einbinden",
        ),
    ],
)  # fmt: skip
def test_title_line_continued_on_the_next_block(texts: list[str], language: str, title: str) -> None:
    assert _headline(texts, language)[0] == title


@pytest.mark.parametrize(
    ("texts", "language", "title"),
    [
        (
            ["Siemens und die Kohlemine: Kaeser trifft Neubauer - Tagesblatt", "Startseite",
             "Siemens und die Kohlemine", "Kaeser trifft Neubauer", _BODY["de"]],
            "de", "Kaeser trifft Neubauer",
        ),
        (
            ["Harbour dispute: Ferries return to the bay | Bay Courier", "News", "Harbour dispute",
             "Ferries return to the bay", _BODY["en"]],
            "en", "Ferries return to the bay",
        ),
    ],
)  # fmt: skip
def test_kicker_on_its_own_line_above_the_headline(texts: list[str], language: str, title: str) -> None:
    assert _headline(texts, language)[0] == title


@pytest.mark.parametrize(
    ("first", "language", "title"),
    [
        ("Gottesdienste bleiben möglich › evang.example", "de", "Gottesdienste bleiben möglich"),
        ("Ferries return to the bay › Bay Courier", "en", "Ferries return to the bay"),
    ],
)
def test_single_angle_quote_separates_the_site_name(first: str, language: str, title: str) -> None:
    assert _headline([first, "Home", _BODY[language]], language)[:2] == (title, first.split(" › ")[1])


def test_heading_sharing_only_two_of_eight_words_is_not_the_headline() -> None:
    texts = ['"La Corte Alta no imparte justicia sino injusticia"', "Inicio", "Corte Justicia",
             "Organismos", _BODY["fr"]]  # fmt: skip
    assert _headline(texts, "fr")[0] == '"La Corte Alta no imparte justicia sino injusticia"'


@pytest.mark.parametrize(
    ("texts", "language", "title"),
    [
        (["How to Build a Garden Bench : 12 Steps - MakerhubHow to Build a Garden Bench",
          "By Ann Lee", "in Workshop", _BODY["en"]], "en", "How to Build a Garden Bench"),
        (["Sauerteigbrot backen: Schritt für Schritt mit Fotos | BackblogSauerteigbrot backen",
          "Von Eva Roth", _BODY["de"]], "de", "Sauerteigbrot backen"),
        # a glued menu that starts with the <title>'s first word is not its heading
        (["Harbour Lights Return to the Bay | Coast CourierHarbour News", "Home", _BODY["en"]],
         "en", "Harbour Lights Return to the Bay"),
    ],
)  # fmt: skip
def test_heading_glued_to_the_title_that_repeats_its_start(
    texts: list[str], language: str, title: str
) -> None:
    assert _headline(texts, language)[0] == title


@pytest.mark.parametrize(
    ("texts", "language", "title"),
    [
        (["A", "Products", "Contact Us", "By: Ann Lee", "Print this page",
          "Choosing Pipes: Which Material Is Right for You?", "Installation", _BODY["en"]],
         "en", "Choosing Pipes: Which Material Is Right for You?"),
        (["x", "Produkte", "Kontakt", "Von Eva Roth", "Seite drucken",
          "Welches Rohr passt in den Altbau?", "Montage", _BODY["de"]],
         "de", "Welches Rohr passt in den Altbau?"),
        # a two-letter <title> is still read as one
        (["EU", "Home", _BODY["en"]], "en", "EU"),
    ],
)  # fmt: skip
def test_one_letter_title_gives_way_to_the_heading_before_the_text(
    texts: list[str], language: str, title: str
) -> None:
    assert _headline(texts, language)[0] == title


@pytest.mark.parametrize(
    "first", ["aB" * 400, "NewsSportsWeather" * 50, "x" * 700], ids=["camel", "glued", "one-letter"]
)
def test_a_long_first_block_without_spaces_is_no_title(first: str) -> None:
    texts = [first, "Menu", "Harbour Vote Passes", _BODY["en"]]
    assert _headline(texts) == ("Harbour Vote Passes", None, (2,))
