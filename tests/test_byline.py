"""Byline lines, labels and bare names: what counts as an author and what never does."""

from __future__ import annotations

import time

import pytest
import regex

from newsclean._byline import (
    _FOLD,
    _PREFIX,
    _may_hold_prefix,
    byline_at_end,
    byline_authors,
    byline_before_date,
    byline_label,
    clean_names,
    group_name,
    has_byline_hint,
    job_title,
    label_names,
    looks_like_name,
    name_after_date,
    name_before_date,
    person_name,
    starts_with_byline_word,
    starts_with_date,
    team_name,
)
from newsclean._lexicon import MONTHS

# --------------------------------------------------------------------------- byline lines


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Jane Doe and John Roe | March 4, 2021", ("Jane Doe", "John Roe")),
        ("Von Anna Berg und Max Roth", ("Anna Berg", "Max Roth")),
        ("Par Luc Martin et Claire Petit", ("Luc Martin", "Claire Petit")),
        ("Di Marco Rossi | 12 maggio 2018", ("Marco Rossi",)),
        ("Por Lucía Gómez", ("Lucía Gómez",)),
        ("Written by Ada Lane, Bo Chen, and Cy Diaz", ("Ada Lane", "Bo Chen", "Cy Diaz")),
        ("Geschrieben von Karl Ott am 25.08.2015", ("Karl Ott",)),
    ],
)
def test_plain_bylines(line: str, authors: tuple[str, ...]) -> None:
    assert byline_authors(line) == authors


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        # a date or a digit before the byline word
        ("Posted on June 5, 2019 by Mark Hale", ("Mark Hale",)),
        ("Veröffentlicht am 3. Mai 2021 von Anna Berg", ("Anna Berg",)),
        ("Samstag, 4. März 2017 by KT", ("KT",)),
        # glued to the previous block, with or without a space after the byline word
        ("Sept 4, 2025By Jane Doe", ("Jane Doe",)),
        ("Types of GardensByLena OkoroTable of Contents", ("Lena Okoro",)),
        ("howto-appsWritten by Tom Kay and Ida MarsApril 8, 2024Summarize", ("Tom Kay", "Ida Mars")),
        ("Veröffentlicht vonPia Lang 28. Februar 2016", ("Pia Lang",)),
        ("ByAmy Rowe", ("Amy Rowe",)),
        # a title line that ends in a dated byline
        ("Ten Garden Tricks by Nora Field | May 19, 2024", ("Nora Field",)),
        ("What Changes in the Code? By: Saul Kemp", ("Saul Kemp",)),
        ("GenAIPythonGPUBy Shaoni Mukherji", ("Shaoni Mukherji",)),
        ("By Advay Suresh, Global Desk", ("Advay Suresh",)),
        ("About the AuthorEve MorganEve Morgan teaches history.", ("Eve Morgan",)),
    ],
)
def test_bylines_after_other_text(line: str, authors: tuple[str, ...]) -> None:
    assert byline_authors(line) == authors


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Sara KollinJune 5, 2024", ("Sara Kollin",)),
        ("By Lee ChanDec. 18, 2025", ("Lee Chan",)),
        ("By Evan HolmStaff Writer", ("Evan Holm",)),
        ("Author Dan LemmCategories", ("Dan Lemm",)),
        ("By Gina Carr, Ph.D.Updated on July 9, 2025", ("Gina Carr",)),
        ("By\xa0Hrund ÓlafsdóttirVerified expertShare article", ("Hrund Ólafsdóttir",)),
        ("byKim Baxter.15min read", ("Kim Baxter",)),
        ("By Paul Meyer ⋅ Review Editor", ("Paul Meyer",)),
        ("Author: H.G. Pike Released: 2020", ("H.G. Pike",)),
        ("AuthorVentaroShare", ("Ventaro",)),
        ("Written by Growth Lab FollowFollowFollow What are you looking for?", ("Growth Lab",)),
        ("By KlayMar 14, 202434 min read", ("Klay",)),
        ("BySummer Swann-June 12, 2025", ("Summer Swann",)),
        ("WRITTEN BYShelly Loos, DVMVeterinarianDr. Loos is", ("Shelly Loos",)),
        ("By Michael HingstonfacebooktwitterwhatsappThe island", ("Michael Hingston",)),
        ("Par Kab Niang Le 17/02/2020", ("Kab Niang",)),
        ("Par Loïc Le Clerc |", ("Loïc Le Clerc",)),
    ],
)
def test_names_glued_to_the_next_word_are_cut(line: str, authors: tuple[str, ...]) -> None:
    assert byline_authors(line) == authors


def test_a_one_word_handle_keeps_its_inner_capitals() -> None:
    assert byline_authors("By MixerFred") == ("MixerFred",)
    assert byline_authors("By: GearHouse |") == ("GearHouse",)
    assert byline_authors("By : CottageHelp10 Tips: How to Choose") == ("CottageHelp",)


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Posted on 2015-04-05 by marc | Leave a comment", ("marc",)),
        ("von freeman1984 ·", ("freeman1984",)),
        ("Publiziert am 13. Januar 2014 von uriebe", ("uriebe",)),
        ("by oz on December 4, 2006", ("oz",)),
        ("Posted in Politics by jdoe_42 on August 3, 2019", ("jdoe_42",)),
    ],
)
def test_user_names_in_delimited_or_dated_bylines(line: str, authors: tuple[str, ...]) -> None:
    assert byline_authors(line) == authors


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Blog Beitrag von Margit Koren", ("Margit Koren",)),
        ("Kommentar vonIngo ArztRedakteur für Wirtschaft", ("Ingo Arzt",)),
        ("05.02.2020 - Redaktion: Ebert Fuhr (Pressesprecher)", ("Ebert Fuhr",)),
        ("Von der Redaktion", ("Redaktion",)),
        ("ByThe Meetingbook Team|6mins|February 28, 2026", ("The Meetingbook Team",)),
        ("By The Ledger editors", ("The Ledger editors",)),
    ],
)
def test_lead_words_and_team_names(line: str, authors: tuple[str, ...]) -> None:
    assert byline_authors(line) == authors


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By: Ben Jones, Sr. Director of Operations, Atlas Van Lines - 10+ Years", ("Ben Jones",)),
        ("Written by Megan Neal Content Marketing Coordinator", ("Megan Neal",)),
        ("by Nina Ford, Master Horticulturist & Garden Educator | Dec 30, 2025", ("Nina Ford",)),
        ("Autor: Dr. Petra Kehl, Wissenschaftsredakteurin | 22.06.2021", ("Petra Kehl",)),
        (
            "By Helen Marsh, Senior Reporter, Tomás Ibarra, Data Editor, and Grace Hall, Writer",
            ("Helen Marsh", "Tomás Ibarra", "Grace Hall"),
        ),
        ("Author Shiv M Head Product Launches, Adoption, & Evangelism.", ("Shiv M",)),
    ],
)
def test_job_titles_are_stripped(line: str, authors: tuple[str, ...]) -> None:
    assert byline_authors(line) == authors


@pytest.mark.parametrize(
    "line",
    [
        # sentences
        "By the end of the year, the council had voted twice.",
        "By 2030, half of all cars will be electric.",
        "Von Montag an gilt in der gesamten Altstadt Tempo 30.",
        "Von der Brücke aus sieht man den Fluss.",
        "Par ailleurs, la ville a voté le budget.",
        "The market is estimated to hold a share of 45% by 2037.",
        "In this article, read by over 10 million people, we list them.",
        "Thankfully, some work was already done by Jay Bose, in his repository.",
        "Privacy is compromised by design.",
        "die Heizkörperthermostate von Wiser",
        "Herausgegeben von Gerd Braun, Werner Kiel, Jürgen Kahl,",
        "de plus par mois.",
        # credits and roles that are not authorship
        "Reviewed by Max Roth",
        "Fact Checked by: Hilda Snow",
        "Tested by Katie Bond and Mary Hill",
        "Image by AlexZ from Pixabay",
        "Sponsored by Acme Corp",
        "Presented By Forescout Technologies",
        # menus
        "By Use Case",
        "By Company Size",
        "Browse Videos by Topic",
        "Recipes by Course",
        "Property Taxes by State, City and County",
        "LLC by states",
        "By industry",
        "Written by Last updated on:October 1, 2025",
        # copyright lines, comment counts, sentences in German that start with "Von den"
        "1100 Main St ©2025 by Sally Tomatoes",
        "Webdesign und Inhalte © by Ralf Glas | Impressum",
        "Von den 138 Infizierten, die eine Arbeitsgruppe untersuchte, starben drei.",
        "by Fonsi_de ( 1311177 ) writes:",
        "Authors & Referees",
    ],
)
def test_sentences_credits_and_menus_are_not_bylines(line: str) -> None:
    assert byline_authors(line) == ()


def test_byline_word_at_line_start() -> None:
    assert starts_with_byline_word("Von Anna Berg")
    assert starts_with_byline_word("Written by Joe")
    assert not starts_with_byline_word("Bypass road closed")
    assert not starts_with_byline_word("Byron Bay")


_BYLINE_WORDS = [
    "By", "Von", "Vom", "Par", "Por", "Di", "Door", "Av", "Af", "Przez", "Autor", "Autorin",
    "Autora", "Autoren", "Author", "Authors", "Auteur", "Auteure", "Autrice", "Autore",
    "Redacción", "Redaccion", "Redaktion:", "Texto", "A cura di", "Ein Beitrag von",
    "Text und Fotos von", "Text von", "About the author", "Über den Autorin", "Written by",
    "Story by", "Blog Beitrag von", "Gastkommentar von", "Publicado por", "Geschreven door",
    "Publié par", "Scritto da", "Column by",
]  # fmt: skip


@pytest.mark.parametrize("word", _BYLINE_WORDS)
def test_every_byline_word_holds_a_hint(word: str) -> None:
    # `byline_authors` searches only lines that hold one of `_PREFIX_HINTS` (`has_byline_hint`)
    for form in (word, word.upper(), word.lower(), word.upper().replace("I", "\u0130")):
        line = f"News | {form} Anna Berg"
        if _PREFIX.search(line):
            assert has_byline_hint(line), form
        if byline_label(form):
            assert has_byline_hint(form), form
    assert byline_authors(f"{word} Anna Berg") == ("Anna Berg",)


@pytest.mark.parametrize("word", _BYLINE_WORDS)
def test_the_cheap_prefix_search_finds_every_byline_word(word: str) -> None:
    # `byline_authors` runs `_PREFIX` only where `_may_hold_prefix` finds a byline word
    odd = word.upper().replace("I", "\u0130").replace("K", "\u212a")
    for form in (word, word.upper(), word.lower(), odd, word.replace("s", "\u017f")):
        for line in (
            f"{form} Anna Berg",
            f"News | {form}: Anna Berg",
            f"2025{form} Anna Berg",
            f"Catering{form} Anna Berg",
            f"{form}Anna Berg",
            f"Posted on May 4, 2024 {form}  Anna Berg",
        ):
            if _PREFIX.search(line):
                assert _may_hold_prefix(line), line


def test_fold_covers_the_letters_ignorecase_matches_with_ascii_ones() -> None:
    # `_may_hold_prefix` folds the text as `regex`'s IGNORECASE matches it
    letters = regex.compile("(?i)[a-zäöüàáâçèéêëíîñóôúû]")
    for code in range(128, 0x30000):
        char = chr(code)
        if letters.fullmatch(char):
            folded = char.translate(_FOLD).lower()
            assert letters.fullmatch(folded) and folded == folded.lower(), hex(code)
            assert regex.fullmatch(f"(?i){folded}", char), hex(code)  # the letter it is matched with


@pytest.mark.parametrize("label", ["À propos de l'auteur", "Author details", "The author:", "Article by"])
def test_every_byline_label_holds_a_hint(label: str) -> None:
    # the whole-page byline search tests a block for a label only when it has a hint
    for form in (label, label.upper(), label.lower()):
        assert byline_label(form) and has_byline_hint(form), form


# --------------------------------------------------------------------------- labels


@pytest.mark.parametrize(
    "line", ["By", "by:", "Written by", "Author", "Autorin:", "Von", "Posted by", "Article written by:"]
)
def test_labels(line: str) -> None:
    assert byline_label(line)


@pytest.mark.parametrize("line", ["By the way", "Bypass", "Authorities said", "Von Montag an"])
def test_not_labels(line: str) -> None:
    assert not byline_label(line)


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Sergio Ruiz | The Daily Courier", ("Sergio Ruiz",)),
        ("Tracy Parker, Dietitian", ("Tracy Parker",)),
        ("Dora Munoz-Mantel, MD, FOMA, DABOM", ("Dora Munoz-Mantel",)),
        ("FlowGuard EMEA", ("FlowGuard EMEA",)),
        ("Eliz", ("Eliz",)),
        ("kirstin_b", ("kirstin_b",)),
    ],
)
def test_names_after_a_label(line: str, authors: tuple[str, ...]) -> None:
    assert label_names(line) == authors


@pytest.mark.parametrize(
    "line", ["Table of contents", "Share", "February", "Abstract", "Contributing", "09.10.2024"]
)
def test_words_after_a_label_that_are_not_names(line: str) -> None:
    assert label_names(line) == ()


# --------------------------------------------------------------------------- bare names


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Andrew King", "Andrew King"),
        ("Sam O'Brien", "Sam O'Brien"),
        ("Tracy Parker, Dietitian", "Tracy Parker"),
        ("Dylan Kay, MS, RD, FAND", "Dylan Kay"),
        ("Audrey Huang, Print Managing Editor", "Audrey Huang"),
        ("Harald Bauer Autor", "Harald Bauer"),
        ("LEONA GARCIA", "LEONA GARCIA"),
    ],
)
def test_person_names(line: str, name: str) -> None:
    assert person_name(line) == name


@pytest.mark.parametrize(
    "line",
    [
        "Travel Tips",
        "Marketing Strategy",
        "Advertiser Disclosure",
        "Join OMA",
        "Event Planning",
        "UX Analytics",
        "Exploring USB Commands",
        "Get Started Free",
        "Reveal Main Header",
        "Mobile App Development",
        "Aktuelle Nachrichten",
        "Kategorie Allgemein",
        "Susan",  # one word needs a label before it
        "The council voted on Tuesday.",
        "Power BI",
        "Released Wednesday",
        "Das Magazin",
    ],
)
def test_menu_and_category_lines_are_not_people(line: str) -> None:
    assert person_name(line) is None


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("FOCUS-Online-Experte Robin Tschöpe", "Robin Tschöpe"),
        ("Senior Reporter Ann Leigh", "Ann Leigh"),
        ("Gastautorin Petra Lang", "Petra Lang"),
        ("Chief Medical Correspondent Raj Patel", "Raj Patel"),
    ],
)
def test_a_job_title_before_the_name_is_dropped(line: str, name: str) -> None:
    assert person_name(line, lenient=True) == name
    assert byline_authors(f"By {line}") == (name,)


@pytest.mark.parametrize(
    "line",
    [
        "A computer science professor at a university in Montreal.",
        "Eine erfahrene Redakteurin aus Hamburg.",
        "Senior Reporter of the Year",
    ],
)
def test_a_sentence_about_a_job_names_no_one(line: str) -> None:
    assert label_names(line) == ()


def test_name_before_a_date() -> None:
    assert name_before_date("Amit Shah October 11, 2024") == "Amit Shah"
    assert name_before_date("Rebecca MacLeanPublished on November 11, 2025") == "Rebecca MacLean"
    assert name_before_date("Jonas Weber 4. Mai 2021") == "Jonas Weber"
    assert name_before_date("Kim BrandtSocial Media ExpertLast Updated:December 3, 2025") == ("Kim Brandt")
    assert name_before_date("StefanMarch 5, 2026") == "Stefan"
    assert name_before_date("Brian Becker7 min read") == "Brian Becker"
    assert name_before_date("Scott MattonMarch 2, 2026") == "Scott Matton"
    assert name_before_date("Wissen26.02.2020") is None
    assert name_before_date("Released Wednesday, March 2, 2022") is None
    assert name_before_date("AI Trains on Your Art: Three Models That Could Pay You BackMay 1, 2025") is None
    assert name_before_date("Travel Tips 12.05.2024") is None
    assert name_before_date("May 4, 2024") is None
    assert name_before_date("By the end of May 2024 the work was done") is None


def test_starts_with_date() -> None:
    assert starts_with_date("Updated: March 3, 2021")
    assert starts_with_date("4. Mai 2021")
    assert starts_with_date("12.05.2024")
    assert starts_with_date("2024-05-12T10:00")
    assert not starts_with_date("March Madness")
    assert not starts_with_date("Maybe later")


def test_month_names_are_letters() -> None:
    # `_DATE_START` looks ahead for letters and then the day before it tries the month names
    assert all(month.isalpha() for month in MONTHS)
    assert name_before_date("Ana Ruiz, Publié le 3 mars 2021") == "Ana Ruiz"
    assert name_before_date("Ole Berg sept. 12") == "Ole Berg"


# --------------------------------------------------------------------------- names


def test_clean_names_splits_and_strips() -> None:
    assert clean_names("Ann Lee, Senior Political Reporter, and Dr. Raj Patel, MD") == (
        "Ann Lee",
        "Raj Patel",
    )
    assert clean_names("Jens Müller und Lea Wagner") == ("Jens Müller", "Lea Wagner")
    assert clean_names("Jane Doe, JANE DOE") == ("Jane Doe",)


def test_name_after_date() -> None:
    assert name_after_date("11.12.2019 - Amelie Lorenz") == "Amelie Lorenz"
    assert name_after_date("28. Juni 2019 | Klaus Berg-Cirkel") == "Klaus Berg-Cirkel"
    assert name_after_date("May 4, 2024 | Travel Tips") is None
    assert name_after_date("Jane Doe | May 4") is None


def test_group_names() -> None:
    assert group_name("The Upwork Team")
    assert group_name("Die Redaktion")
    assert not group_name("The end of the year")


def test_looks_like_name() -> None:
    assert looks_like_name("Anna-Lena van der Berg")
    assert not looks_like_name("Partner With Us")


def test_long_lines_are_fast() -> None:
    line = "By " + "Abc " * 250_000
    start = time.perf_counter()
    byline_authors(line)
    person_name(line)
    name_before_date(line)
    byline_authors("x" * 1_000_000 + " by Jane Doe")
    assert time.perf_counter() - start < 1.0


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Von Eurosport Publiziert 12.03.2020, 10:14", ("Eurosport",)),
        ("Von Lena Vogt publiziert am 3. Mai 2021", ("Lena Vogt",)),
    ],
)
def test_publiziert_ends_the_names(line: str, authors: tuple[str, ...]) -> None:
    assert byline_authors(line) == authors


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Glen Owens And Brenda Carlin For The Sunday Post", ("Glen Owens", "Brenda Carlin")),
        ("BY ANN LEIGH AND TOM HALE", ("ANN LEIGH", "TOM HALE")),
    ],
)
def test_a_capitalised_and_splits_names(line: str, authors: tuple[str, ...]) -> None:
    assert byline_authors(line) == authors


@pytest.mark.parametrize(
    "line",
    ["Member LoginClient LoginBlog", "Mitglieder AnmeldungKundenportal", "Espace ClientConnexion Pro"],
)
def test_words_glued_at_a_case_change_are_not_a_bare_name(line: str) -> None:
    assert person_name(line) is None


@pytest.mark.parametrize(
    "line", ["Ian McDonald", "Douglas MacArthur", "DeShawn Jones", "LaToya Brooks", "Ann FitzGerald"]
)
def test_inner_capitals_of_names_are_kept(line: str) -> None:
    assert person_name(line) == line


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("Gardens will be wilder this year. By Tomas Lindqvist", ("Tomas Lindqvist",)),
        ("Was bleibt vom Sommer?Von Lukas Heinemann", ("Lukas Heinemann",)),
        ("Ten Rules for a Better Harbour [Updated]Written By:Priya Nandakumar", ("Priya Nandakumar",)),
        ("Harbour Rules: Old vs. ModernMaria Ostlund", ("Maria Ostlund",)),
        ("Die Regeln des Hafens in der E.U.Lukas Heinemann", ("Lukas Heinemann",)),
    ],
)
def test_a_byline_or_name_glued_to_the_end_of_a_block(text: str, authors: tuple[str, ...]) -> None:
    assert byline_at_end(text) == authors


@pytest.mark.parametrize(
    "text",
    [
        "Reviewed By: Tomas Lindqvist",
        "Fotos von Lukas Heinemann",
        "The council voted for it.Meeting Notes",
        "Der Rat stimmte zu.Weitere Meldungen",
        "Deals on the new iPhone Pro",
        "By Tomas Lindqvist, who has covered the harbour for years",
    ],
)
def test_no_byline_at_the_end_of_a_block(text: str) -> None:
    assert byline_at_end(text) == ()


@pytest.mark.parametrize("text", ["Anna Berg Zeitungen 12 Ausgaben", "Juan Pérez Santiago 3 comentarios"])
def test_a_month_abbreviation_inside_a_word_is_no_date(text: str) -> None:
    # "gen" (gennaio) ends "Zeitungen" and "ago" (agosto) ends "Santiago": no date starts there
    assert name_before_date(text) is None


def test_a_month_glued_to_a_name_still_starts_a_date() -> None:
    assert name_before_date("StefanMarch 5, 2026") == "Stefan"
    assert name_before_date("Juan PérezAgosto 3, 2021") == "Juan Pérez"


@pytest.mark.parametrize("text", ["Fotos. Von Anna Berg", "Thanks. Max Roth", "Merci. Marie Dupont"])
def test_a_line_with_a_sentence_end_inside_is_not_a_name(text: str) -> None:
    assert person_name(text) is None


@pytest.mark.parametrize("text", ["J. R. Smith", "Mary St. John", "Geo. Washington"])
def test_initials_and_short_abbreviations_stay_in_a_name(text: str) -> None:
    assert person_name(text) == text


@pytest.mark.parametrize(
    "line",
    ["Contributing Writer", "Founder & Lead Reviewer", "Chefredakteurin", "Journaliste"],
)
def test_job_title_lines(line: str) -> None:
    assert job_title(line)


@pytest.mark.parametrize(
    "line",
    ["She is a writer", "Jane Doe", "Editor's Picks", "Senior Writer.", "Die Redakteurin schreibt", ""],
)
def test_lines_that_are_not_only_a_job_title(line: str) -> None:
    assert not job_title(line)


@pytest.mark.parametrize(
    "line", ["Everfit Team", "EDB Team", "Podium Staff", "Redaktion", "Redaktion Gelbe Liste", "Rédaction"]
)
def test_team_names(line: str) -> None:
    assert team_name(line)


@pytest.mark.parametrize(
    "line",
    ["Our Team", "Meet the Team", "Support Team", "The team met on Monday", "Unser Team", "Die Redaktion"],
)
def test_not_team_names(line: str) -> None:
    assert not team_name(line)


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("Home News Sport Weather By Jane Doe | May 4, 2024 The council met on Tuesday", ("Jane Doe",)),
        ("after man's lewd actByAlex Roe Thursday, November 9, 2023 4:41AM Embed", ("Alex Roe",)),
        (
            "Fensterputzen mit den Ratboys liveVon Felix Eisen // 1. November 2023 (Foto: Max)",
            ("Felix Eisen",),
        ),
    ],
)
def test_a_byline_with_a_date_inside_a_long_block(text: str, authors: tuple[str, ...]) -> None:
    assert byline_before_date(text) == authors


@pytest.mark.parametrize(
    "text",
    [
        "The plan was backed By Jane Doe and others in May 2024",
        "Updated: May 4, 2024 | Reviewed By: Max Roth, May 4, 2024 and more",
        "By Friday, May 4, 2024, the council had voted twice.",
        "Von Montag, 4. Mai 2024 an gilt in der Altstadt Tempo 30.",
        "Von Berlin bis Hamburg fuhr der Zug am 4. Mai 2024 ohne Halt.",
    ],
)
def test_no_byline_with_a_date_inside_a_long_block(text: str) -> None:
    assert byline_before_date(text) == ()


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("by Web Desk", ("Web Desk",)),
        ("By the Harbour Cafe Team", ("the Harbour Cafe Team",)),
        ("Von News Desk | 4. Mai 2024", ("News Desk",)),
        ("Par Web Desk", ("Web Desk",)),
        (
            "By Dana Lee, Omar Haddad, and Survey Research Team",
            ("Dana Lee", "Omar Haddad", "Survey Research Team"),
        ),
    ],
)
def test_a_team_of_common_words_after_a_byline_word(line: str, authors: tuple[str, ...]) -> None:
    assert byline_authors(line) == authors


@pytest.mark.parametrize(
    ("line", "authors"),
    [("By Jane Doe, Sports Desk", ("Jane Doe",)), ("Von Anna Berg, Politik Desk", ("Anna Berg",))],
)
def test_a_desk_after_a_name_is_the_name_s_job(line: str, authors: tuple[str, ...]) -> None:
    assert byline_authors(line) == authors


@pytest.mark.parametrize("line", ["By the team", "By the editors, for the editors", "Shop By Team"])
def test_a_team_word_alone_after_by_is_no_team_byline(line: str) -> None:
    assert byline_authors(line) == ()


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Maria OstlundFounder at Harbourline", "Maria Ostlund"),
        ("Jane McDonaldSenior Content Writer", "Jane McDonald"),
        ("Anna BergRedakteurin Politik", "Anna Berg"),
        ("Paul MorelJournaliste", "Paul Morel"),
    ],
)
def test_a_job_title_glued_to_a_bare_name_is_cut(line: str, name: str) -> None:
    assert person_name(line) == name


@pytest.mark.parametrize(
    "line", ["Jane DoeTravel Tips", "Member LoginClient Login", "Kundenportal AnmeldungHilfe"]
)
def test_words_glued_to_a_name_that_are_no_job_title(line: str) -> None:
    assert person_name(line) is None


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Written by:Jane Roe$1,250Awarded to members so far", ("Jane Roe",)),
        ("Von Anna Berg€4,99 im Monat", ("Anna Berg",)),
        ("Par Paul Morel£12 par mois", ("Paul Morel",)),
    ],
)
def test_a_currency_sign_ends_the_names(line: str, authors: tuple[str, ...]) -> None:
    assert byline_authors(line) == authors


@pytest.mark.parametrize("line", ["By $5 million the budget grew", "Von €4,99 an im Monat"])
def test_a_price_after_a_byline_word_names_no_one(line: str) -> None:
    assert byline_authors(line) == ()


def test_a_month_first_date_may_have_an_ordinal_day() -> None:
    assert starts_with_date("November 26th, 2024")
    assert name_before_date("Jane Doe November 26th, 2024") == "Jane Doe"
    assert name_before_date("NewsHubMay 1st, 2024") == "NewsHub"
    assert not starts_with_date("March Madness 4th round")


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Cat Roe/June 12, 2020 9:49 am EST/Updated: Aug. 18, 2020", ("Cat Roe",)),
        ("Autor: Jan Roth/SP-X", ("Jan Roth",)),
        ("Auteur : Paul Morel Édition : Anne Roux", ("Paul Morel",)),
        ("Text: Eva Lang Fotos: Max Roth", ("Eva Lang",)),
        ("Text: Jane Roe Photos: Max Roth", ("Jane Roe",)),
    ],
)
def test_a_glued_slash_or_a_spaced_label_ends_the_names(line: str, authors: tuple[str, ...]) -> None:
    assert byline_authors(line) == authors


@pytest.mark.parametrize("line", ["Text: STOP to 12345", "Text: lorem ipsum dolor", "Text to speech"])
def test_a_text_label_before_no_name_is_no_byline(line: str) -> None:
    assert byline_authors(line) == ()


@pytest.mark.parametrize("label", ["Contributors:", "Contributor :", "Mitwirkende:", "Contributeurs :"])
def test_a_contributors_heading_with_its_colon_is_a_label(label: str) -> None:
    for form in (label, label.upper(), label.lower()):
        assert byline_label(form) and has_byline_hint(form), form


@pytest.mark.parametrize("line", ["Contributors", "Mitwirkende", "Our contributors:"])
def test_a_contributors_link_is_no_label(line: str) -> None:
    assert not byline_label(line)


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Maria Ostlund-BergLast updated 04 Mar 2021", ("Maria Ostlund-Berg",)),
        ("Von Anna Berg-SchmidtAktualisiert am 4. Mai", ("Anna Berg-Schmidt",)),
        ("Par Marie O’NeillPublié le 4 mai", ("Marie O’Neill",)),
    ],
)
def test_a_hyphenated_or_apostrophe_name_glued_to_a_date_label_is_cut(
    line: str, authors: tuple[str, ...]
) -> None:
    assert byline_authors(line) == authors


@pytest.mark.parametrize(
    "line", ["By Jane Smith-MacDonald", "Von Eva Lang-DeLuca", "Par Anne Roux-LaFontaine"]
)
def test_inner_capitals_after_a_hyphen_stay(line: str) -> None:
    assert byline_authors(line) == (line.split(" ", 1)[1],)


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("4. Mai 2024 von GrüneWiese Ein Kommentar", ("GrüneWiese",)),
        ("By Jane Doe No Comments", ("Jane Doe",)),
        ("Par Paul Morel Un commentaire", ("Paul Morel",)),
        ("Written ByMaria OstlundAI Writer, Harbourline", ("Maria Ostlund",)),
        ("Von Anna BergKI Redakteurin", ("Anna Berg",)),
    ],
)
def test_a_comment_counter_or_a_glued_acronym_ends_the_names(line: str, authors: tuple[str, ...]) -> None:
    assert byline_authors(line) == authors


@pytest.mark.parametrize("line", ["By Eva DeLuca", "Von Jan McArthur", "By Anna Lee-NASA"])
def test_inner_capitals_of_a_name_are_no_glued_acronym(line: str) -> None:
    assert byline_authors(line) == (line.split(" ", 1)[1],)
