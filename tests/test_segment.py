"""Segmenting a dump into blocks: glued blocks split, wrapped paragraphs rejoined, lines kept."""

from __future__ import annotations

import textwrap

import pytest
from conftest import PARAS, page

from newsclean._segment import _DATE_JOINT, _GLUED_DATE, _MONTH_WORDS, Block, _date_at, segment_text


def _texts(text: str) -> list[str]:
    return [b.text for b in segment_text(text)]


def _wrap(text: str, width: int = 70) -> str:
    return textwrap.fill(text, width, break_on_hyphens=False)


# -- glued blocks ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "parts"),
    [
        (
            "It was easier said than done.Then the rain came down hard.",
            ["It was easier said than done.", "Then the rain came down hard."],
        ),
        (
            "Nobody expected it!After the vote the hall emptied.",
            ["Nobody expected it!", "After the vote the hall emptied."],
        ),
        ("Published Sept 4, 2025By Jane Doe", ["Published Sept 4, 2025", "By Jane Doe"]),
        ("March 3, 1999Von Max Mustermann", ["March 3, 1999", "Von Max Mustermann"]),
        (
            "“We will win,” she said.”The crowd cheered loudly.",
            ["“We will win,” she said.”", "The crowd cheered loudly."],
        ),
        (
            'He said it was "over."Then he left the room quietly.',
            ['He said it was "over."', "Then he left the room quietly."],
        ),
        (
            "She moved to the U.S. in 1999.After that she never looked back.",
            ["She moved to the U.S. in 1999.", "After that she never looked back."],
        ),
    ],
    ids=["period", "exclamation", "year-by", "year-von", "curly-quote", "straight-quote", "year-period"],
)
def test_glued_blocks_are_split(line: str, parts: list[str]) -> None:
    assert _texts(line) == parts


@pytest.mark.parametrize(
    ("line", "parts"),
    [
        (
            "Das war so nicht geplant.»Die Stadt zahlt«, sagte sie.",
            ["Das war so nicht geplant.", "»Die Stadt zahlt«, sagte sie."],
        ),
        (
            "The vote was close.“The town deserves this,” she said.",
            ["The vote was close.", "“The town deserves this,” she said."],
        ),
    ],
    ids=["guillemet", "curly-quote"],
)
def test_glued_block_starting_with_an_opening_quote_is_split(line: str, parts: list[str]) -> None:
    assert _texts(line) == parts


@pytest.mark.parametrize(
    "line",
    [
        "The U.S. economy grew in the U.K. and the E.U. last year, officials said.",
        "Prices rose 3.5 percent in 2024, and 2.75 percent the year before.",
        "Dr. Smith met Mr. Jones at 10 a.m. on Monday at St. Mary's church.",
        "The fund, worth $1.2bn, was set up in 2019 and closed in 2024.",
        "Version 2.0 of the app ships with iOS and macOS support.",
        "In 2020 Berlin hosted the summit; in 2021 Paris did.",
    ],
)
def test_abbreviations_decimals_and_plain_years_are_not_split(line: str) -> None:
    assert _texts(line) == [line]


@pytest.mark.parametrize(
    ("line", "parts"),
    [
        (
            "Cloud StorageData CentersMachine LearningAbout UsContact",
            ["Cloud Storage", "Data Centers", "Machine Learning", "About UsContact"],
        ),
        (
            "We build tools. Cloud StorageData CentersMachine LearningAbout Us",
            ["We build tools. Cloud Storage", "Data Centers", "Machine Learning", "About Us"],
        ),
    ],
    ids=["menu", "after-a-sentence"],
)
def test_dense_camel_case_menus_are_split_with_or_without_a_sentence_end(line: str, parts: list[str]) -> None:
    assert _texts(line) == parts


@pytest.mark.parametrize(
    "line",
    [
        "It rained. Then it stopped, and the town went back to work. Nobody said much!",
        "«Wir bleiben.» Das sagte sie am Montag. „Und dann?“ fragte er.",
    ],
)
def test_sentences_with_spaces_between_them_stay_one_block(line: str) -> None:
    assert _texts(line) == [line]


# -- wide gaps -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "parts"),
    [
        ("Home   News   Sport", ["Home", "News", "Sport"]),
        ("Home\tNews\tSport", ["Home", "News", "Sport"]),
        ("Left column \t Right column", ["Left column", "Right column"]),
        ("Two  spaces stay one block", ["Two spaces stay one block"]),
    ],
)
def test_wide_gaps_split_blocks(line: str, parts: list[str]) -> None:
    assert _texts(line) == parts


def test_wide_gap_pieces_keep_their_line() -> None:
    blocks = segment_text("Title\n\nHome    News\tSport\nBody text.")
    assert [(b.text, b.line) for b in blocks] == [
        ("Title", 1),
        ("Home", 3),
        ("News", 3),
        ("Sport", 3),
        ("Body text.", 4),
    ]


# -- hard-wrapped text -----------------------------------------------------------------------

WRAPPED_PARAS = (
    *PARAS,
    "The ferry company has said it will run a reduced timetable during the building work, with "
    "extra sailings at weekends and on market days to make up for the longer walk to the boats.",
)


def test_hard_wrapped_paragraphs_are_rejoined() -> None:
    wrapped = [_wrap(p) for p in WRAPPED_PARAS]
    assert all("\n" in w for w in wrapped)
    text = "Ferry pier plan\n\n" + "\n\n".join(wrapped) + "\n"
    blocks = segment_text(text)
    assert [b.text for b in blocks] == ["Ferry pier plan", *WRAPPED_PARAS]
    # each paragraph starts on the line after the blank line that precedes it
    lines = text.split("\n")
    for block in blocks:
        assert block.text.startswith(lines[block.line - 1])


def test_hard_wrapped_at_other_widths() -> None:
    for width in (60, 80):
        text = "\n\n".join(_wrap(p, width) for p in WRAPPED_PARAS)
        assert _texts(text) == list(WRAPPED_PARAS), width


def test_normal_dump_lines_are_not_joined() -> None:
    # get_text() output: one block per line, consecutive lines of every length, no blank lines.
    lines = [
        "Harbour Board Approves New Pier | Bayside Gazette",
        "Home",
        "News",
        "Harbour Board Approves New Pier",
        "By Ana Ruiz | March 4, 2021",
        *PARAS,
        "What happens next",
        "Residents raised three main concerns at the meeting, the chairwoman said on Friday.",
        "Traffic in the narrow streets near the market and along the sea wall",
        "The view from the old sea wall, which many say is the best in town",
        "Noise from the night sailings that would run until two in the morning",
        "Related Articles",
        "Bridge repairs to close lanes for three weeks",
    ]
    assert _texts("\n".join(lines)) == lines


def test_wrapped_paragraphs_without_blank_lines_split_after_a_short_last_line() -> None:
    # Cut each paragraph so that its last wrapped line is well short of the width: that is
    # what makes a paragraph end visible when no blank line follows it.
    paras = []
    for para in WRAPPED_PARAS:
        words = para.rstrip(".").split()
        while len(_wrap(" ".join(words) + ".").split("\n")[-1]) >= 35:
            words.pop()
        paras.append(" ".join(words) + ".")
    text = "\n".join(_wrap(p) for p in paras)
    assert text.count("\n") >= 12
    assert _texts(text) == paras


# -- positions -------------------------------------------------------------------------------


def test_block_line_and_gap_point_into_the_input() -> None:
    text = page("Title", "Home\nNews", "It was done.Then it rained.", "Left   Right") + "\n\nEnd"
    blocks = segment_text(text)
    lines = text.split("\n")
    assert [(b.text, b.line, b.gap) for b in blocks] == [
        ("Title", 1, 0),
        ("Home", 3, 1),
        ("News", 4, 0),
        ("It was done.", 6, 1),
        ("Then it rained.", 6, 0),
        ("Left", 8, 1),
        ("Right", 8, 0),
        ("End", 11, 2),
    ]
    for block in blocks:
        assert block.text in lines[block.line - 1]


def test_gaps_count_blank_and_whitespace_only_lines() -> None:
    text = "\n\nA\n \t \n\u00a0\n\nB\tC\t \tD\nE"
    assert [(b.text, b.line, b.gap) for b in segment_text(text)] == [
        ("A", 3, 2),
        ("B", 7, 3),
        ("C", 7, 0),
        ("D", 7, 1),
        ("E", 8, 0),
    ]


@pytest.mark.parametrize(
    ("line", "parts"),
    [
        (
            "See window.location.href and e.g.this one here.",
            ["See window.location.href and e.g.this one here."],
        ),
        ("It ended.ABC News reported it first.", ["It ended.ABC News reported it first."]),
        ("Born in 1999ABC, in 2020ÉTÉ and in 2021x.", ["Born in 1999ABC, in 2020ÉTÉ and in 2021x."]),
        (
            "A story from 2019Élan Vital opened.Après la pluie.",
            ["A story from 2019", "Élan Vital opened.", "Après la pluie."],
        ),
    ],
    ids=["lower-case-after-dot", "upper-case-word-after-dot", "year-before-other-words", "accented-capitals"],
)
def test_glue_points_need_a_capitalised_word(line: str, parts: list[str]) -> None:
    assert _texts(line) == parts


def test_lines_of_a_real_dump(example_text: str) -> None:
    lines = example_text.split("\n")
    blocks = segment_text(example_text)
    assert len(blocks) > 20
    assert [b.line for b in blocks] == sorted(b.line for b in blocks)
    for block in blocks:
        assert block.text.split()[0] in lines[block.line - 1]


def test_blank_and_empty_input() -> None:
    assert segment_text("") == []
    assert segment_text("\n\n   \n\t\n") == []


def test_blocks_are_stripped_and_never_empty() -> None:
    for block in segment_text("  a  \n\n\t b \t\n   \n c   d"):
        assert block.text == block.text.strip()
        assert block.text


def test_block_is_a_value() -> None:
    assert Block("a", 1, 0) == Block("a", 1, 0)
    with pytest.raises(AttributeError):
        Block("a", 1, 0).text = "b"  # type: ignore[misc]


def test_a_one_megabyte_line_is_segmented() -> None:
    line = "word " * 200_000
    assert _texts(line) == [line.strip()]
    glued = "It was done.Then " * 20_000
    assert len(segment_text(glued)) == 20_001
    dotted = "window.location.href=a.b.c; " * 40_000
    assert _texts(dotted) == [dotted.strip()]


@pytest.mark.parametrize(
    ("line", "parts"),
    [
        (
            "Related ArticlesHow the old pier was built in 1902",
            ["Related Articles", "How the old pier was built in 1902"],
        ),
        (
            "Ähnliche BeiträgeDer Hafen bekommt einen neuen Anleger",
            ["Ähnliche Beiträge", "Der Hafen bekommt einen neuen Anleger"],
        ),
        (
            "TeilenKlick, um auf Facebook zu teilen (Wird in neuem Fenster geöffnet)",
            ["Teilen", "Klick, um auf Facebook zu teilen (Wird in neuem Fenster geöffnet)"],
        ),
        ("Article précédentLe port rouvre ses quais", ["Article précédent", "Le port rouvre ses quais"]),
    ],
    ids=["related-en", "related-de", "share-de", "prev-fr"],
)
def test_a_furniture_label_glued_to_the_next_block_is_split_off(line: str, parts: list[str]) -> None:
    assert _texts(line) == parts


@pytest.mark.parametrize(
    "line",
    [
        "checkpoint, err := s.ReadCheckpoint(ctx) returns the last one",
        "ReadMe files explain how the project is laid out",
        "MoreInfo opens a small window next to the map",
        "Das Video lief auf YouTube und wurde über PayPal bezahlt.",
    ],
)
def test_a_word_that_starts_a_camel_case_name_is_not_split_off(line: str) -> None:
    assert _texts(line) == [line]


@pytest.mark.parametrize(
    ("line", "parts"),
    [
        ("Maria Ostlund Berg12.03.2024 · 4 min read", ["Maria Ostlund Berg", "12.03.2024 · 4 min read"]),
        ("Von Lukas HeinemannAktualisiert: 03.02.2023", ["Von Lukas Heinemann", "Aktualisiert: 03.02.2023"]),
        (
            "By Tomas LindqvistPublished on March 3, 2022",
            ["By Tomas Lindqvist", "Published on March 3, 2022"],
        ),
        ("Priya NandakumarOctober 9, 2023 · 5 min", ["Priya Nandakumar", "October 9, 2023 · 5 min"]),
        (
            "Por Lucía Fernández4 de mayo de 2022Imagen: Télam",
            ["Por Lucía Fernández", "4 de mayo de 2022", "Imagen: Télam"],
        ),
        ("Von Anna Berg4. Mai 2021Foto: Max Roth", ["Von Anna Berg", "4. Mai 2021", "Foto: Max Roth"]),
    ],
    ids=["numeric", "label-de", "label-en", "month", "day-es", "day-de"],
)
def test_a_date_glued_to_a_short_head_is_split_off(line: str, parts: list[str]) -> None:
    assert _texts(line) == parts


@pytest.mark.parametrize(
    "line",
    [
        "How the harbour district was rebuilt after the great flood of the winterMarch 3, 2021",
        "Wie der Hafen nach der großen Flut im Winter wieder aufgebaut wurde, bis zumAktualisiert: 3.2.2022",
        "RosaMarch 3, 2021 was the day it opened",
        "Ian McDonaldsville opened in May 2021 to visitors",
        "Der historische Stadtplan (Teil 2) · Zurück4. Mai 2021 · Teilen",
        "The old harbour map ‹ Back3. May 2021 · Share",
    ],
    ids=["long-head-en", "long-head-de", "one-word-head", "no-day", "lower-case-de", "lower-case-en"],
)
def test_a_date_glued_to_a_long_or_one_word_head_stays(line: str) -> None:
    assert _texts(line) == [line]


@pytest.mark.parametrize(
    "line",
    [
        *(f"Jane Doe{month} 4, 2024" for month in _MONTH_WORDS.split("|") if "A" <= month[0] <= "Z"),
        "Jane DoeLast updated 3 May 2024",
        "Jane DoePosted on Monday",
        "Jane DoeVeröffentlicht am 4. Mai",
        "Jane DoeYouTube and LinkedIn",
        "Jane DoeMa",
        "Maria Berg12.03.2024Foto: Max Roth",
    ],
)
def test_the_cheap_date_test_agrees_with_the_glued_date_pattern(line: str) -> None:
    joints = [m.start() for m in _DATE_JOINT.finditer(line)]
    assert joints
    for at in joints:
        assert _date_at(line, at) == (_GLUED_DATE.match(line, at) is not None)


@pytest.mark.parametrize(
    ("line", "parts"),
    [
        (
            "What the river taught the town about floods (and what it did not)Maria Ostlund BergMay 4, 2024",
            [
                "What the river taught the town about floods (and what it did not)",
                "Maria Ostlund Berg",
                "May 4, 2024",
            ],
        ),
        (
            "Was der Fluss der Stadt über das Hochwasser beigebracht hat, erzählt heute"
            "Lukas Heinemann4.5.2024",
            [
                "Was der Fluss der Stadt über das Hochwasser beigebracht hat, erzählt heute",
                "Lukas Heinemann",
                "4.5.2024",
            ],
        ),
    ],
    ids=["en", "de"],
)
def test_a_name_glued_between_a_long_head_and_a_date_is_split_off(line: str, parts: list[str]) -> None:
    assert _texts(line) == parts


@pytest.mark.parametrize(
    ("line", "parts"),
    [
        (
            "Ten lessons from a year of running the town library on open data and AIMaria BergMay 4, 2024",
            [
                "Ten lessons from a year of running the town library on open data and AI",
                "Maria Berg",
                "May 4, 2024",
            ],
        ),
        (
            "Why the harbour towns of the U.S.Jonas HartLast updated May 4, 2024",
            ["Why the harbour towns of the U.S.", "Jonas Hart", "Last updated May 4, 2024"],
        ),
        (
            "Wie die Stadtwerke den Ausbau der Netze mit der KfW und der EU"
            "Anna BergVeröffentlicht: 4. Mai 2024",
            [
                "Wie die Stadtwerke den Ausbau der Netze mit der KfW und der EU",
                "Anna Berg",
                "Veröffentlicht: 4. Mai 2024",
            ],
        ),
    ],
    ids=["acronym-en", "abbreviation-en", "acronym-de"],
)
def test_a_name_glued_to_an_acronym_or_abbreviation_before_a_date_is_split_off(
    line: str, parts: list[str]
) -> None:
    assert _texts(line) == parts


@pytest.mark.parametrize(
    "line",
    [
        "The long history of the old harbour and its many ships in the USAMay 4, 2024 was busy",
        "Die lange Geschichte des alten Hafens und seiner vielen Schiffe in der BRD4. Mai 2024",
        "How the harbour towns of the U.S.A. grew over three long centuriesMay 4, 2024",
    ],
    ids=["acronym-en", "acronym-de", "dots-en"],
)
def test_an_acronym_before_a_date_is_no_glued_name(line: str) -> None:
    assert _texts(line) == [line]


@pytest.mark.parametrize(
    ("dump", "paragraph"),
    [
        (
            "The function takes the number n, and it panics if n is greater\n"
            "than three, or else it calls itself with the next number.",
            "The function takes the number n, and it panics if n is greater than three, or else it "
            "calls itself with the next number.",
        ),
        (
            "Die Fähre fährt ab Montag wieder zu den Inseln, wie die Hafenbehörde\n"
            "am Freitag mitteilte, nachdem der Steg repariert worden war.",
            "Die Fähre fährt ab Montag wieder zu den Inseln, wie die Hafenbehörde am Freitag "
            "mitteilte, nachdem der Steg repariert worden war.",
        ),
    ],
)
def test_lines_the_source_wrapped_inside_a_paragraph_are_joined(dump: str, paragraph: str) -> None:
    assert [b.text for b in segment_text(dump)] == [paragraph]


@pytest.mark.parametrize(
    "dump",
    [
        "The Best Houseplants for Low Light Spaces and Dark Corners\nby Jane Doe, Garden Editor at the Post",
        "Das vermutlich schönste Hafenfest der ganzen Küste in diesem Jahr\nvon Anna Berg und Jan Roth",
        "Fast Reproducible Builds With Containers and Pinned Packages\npoetry is another tool to manage them",
        "The council has decided to extend the ferry service until the spring\nschließen",
        "Home\nabout\ncontact",
    ],
)
def test_headings_bylines_controls_and_menus_are_not_joined(dump: str) -> None:
    assert [b.text for b in segment_text(dump)] == dump.split("\n")
