"""The two-pass classifier, seen through `newsclean.explain` on synthetic dumps."""

from __future__ import annotations

import pytest
from conftest import COMMENT, PARAS, UNIT_FIXTURES, page, rule_of

import newsclean
from newsclean.rules import RULES

DE = (
    "Der Hafenrat hat am Dienstag nach langer Debatte den Plan für einen neuen Fähranleger "
    "gebilligt, der seit zwei Jahren umstritten ist, weil der alte Anleger aus Sicherheitsgründen "
    "geschlossen werden musste und die Fähren seitdem am anderen Ende der Bucht anlegen.",
    "Die Mitglieder hörten, dass die Baufirma die Arbeiten bis zum Ende des nächsten Jahres "
    "abschließen will, wenn das Wetter hält und der Stahl für das Gerüst rechtzeitig aus dem Werk "
    "im Norden geliefert wird, was bei Projekten dieser Größe nicht immer der Fall war.",
    "Die Vorsitzende sagte nach der Abstimmung, dass der Rat im nächsten Monat eine überarbeitete "
    "Zeichnung vorlegen und eine öffentliche Versammlung abhalten werde, bevor weiteres Geld für "
    "das Projekt ausgegeben wird, und dass sie auf viele Besucher hoffe.",
)
MENU = ("Home", "News", "Sport", "Business", "Weather")
RELATED = (
    "Bridge repairs to close lanes for three weeks",
    "New cycle path opens along the canal",
    "Harbour festival returns with bigger programme",
)


@pytest.fixture(scope="module")
def pier() -> newsclean.Explanation:
    return newsclean.explain((UNIT_FIXTURES / "pier_board.txt").read_bytes())


def test_subheading_and_list_items_between_paragraphs_are_kept(pier: newsclean.Explanation) -> None:
    shorts = [
        "What happens next",
        "Residents raised three main concerns at the meeting:",
        "Traffic in the narrow streets near the market",
        "The view from the old sea wall",
        "Noise from the night sailings",
    ]
    for text in shorts:
        assert rule_of(pier, text) == "in-body-short"
        assert f"\n\n{text}\n\n" in pier.article.text
    kept = [b.text for b in pier.kept]
    assert kept.index("What happens next") == 2
    assert kept[3:9] == [
        kept[3],
        "Residents raised three main concerns at the meeting:",
        "Traffic in the narrow streets near the market",
        "The view from the old sea wall",
        "Noise from the night sailings",
        kept[8],
    ]


def test_menu_at_the_top_and_related_list_at_the_bottom_are_dropped(
    pier: newsclean.Explanation,
) -> None:
    text = pier.article.text
    assert text.startswith("The harbour board voted on Tuesday")
    assert text.endswith("at the town hall last year.")
    for dropped in (*MENU, "Related Articles", *RELATED, "Contact us", "About us"):
        assert dropped not in text.split("\n\n")
    assert all(rule_of(pier, r) == "related-list" for r in ("Related Articles", *RELATED))
    assert pier.article.title == "Harbour Board Approves New Pier"


def test_furniture_inside_the_article_is_dropped(pier: newsclean.Explanation) -> None:
    assert rule_of(pier, "Advertisement") == "advertisement"
    assert rule_of(pier, "Photo: Jane Doe") == "caption-credit"
    assert "Advertisement" not in pier.article.text
    assert "Jane Doe" not in pier.article.text


def test_menu_run_without_a_headline_is_dropped() -> None:
    report = newsclean.explain(page("\n".join(MENU), *PARAS))
    assert report.article.text == "\n\n".join(PARAS)
    for word in MENU:
        assert not RULES[rule_of(report, word)].keeps


def test_related_list_after_the_body_without_footer() -> None:
    report = newsclean.explain(page("Pier Plan", *PARAS[:3], "Read more\n" + "\n".join(RELATED)))
    assert report.article.text.endswith(PARAS[2])
    for item in RELATED:
        assert rule_of(report, item) in {"related-list", "short-nav-run"}


def test_inline_related_link_is_dropped_and_the_body_continues() -> None:
    inline = "Read more: Bridge repairs to close lanes for three weeks"
    report = newsclean.explain(page("Pier Plan", PARAS[0], inline, PARAS[1], PARAS[2]))
    assert rule_of(report, inline) == "related-list"
    assert report.article.text == "\n\n".join(PARAS[:3])


@pytest.mark.parametrize(
    "comments",
    [
        ("Leave a Reply", "Mary Jones says", COMMENT, "Reply", "Tom Brown says", COMMENT, "Reply"),
        ("Mary Jones says", COMMENT, "Reply"),
        ("12 Comments", "Tom Brown", COMMENT, "Reply"),
    ],
    ids=["leave-a-reply", "says", "count"],
)
def test_comment_section_ends_the_body(comments: tuple[str, ...]) -> None:
    report = newsclean.explain(page("Pier Plan", *PARAS[:3], *comments))
    assert report.article.text == "\n\n".join(PARAS[:3])
    tail = report.blocks[-len(comments) :]
    assert [b.rule for b in tail] == ["comment-section"] * len(comments)


def test_comment_section_in_german() -> None:
    report = newsclean.explain(
        page("Hafen: Rat billigt Anleger", *DE, "Kommentare", "Hans Meier schreibt", COMMENT, "Antworten")
    )
    assert report.article.text == "\n\n".join(DE)
    assert rule_of(report, "Hans Meier schreibt") == "comment-section"


@pytest.mark.parametrize("count", ["No comments yet", "Noch keine Kommentare", "Aucun commentaire"])
def test_a_comment_count_without_a_number_under_the_first_paragraph_does_not_end_the_body(count: str) -> None:
    report = newsclean.explain(page("Pier Plan", PARAS[0], count, *PARAS[1:]))
    assert rule_of(report, count) == "comment-section"
    assert report.article.text == "\n\n".join(PARAS)


@pytest.mark.parametrize("prompt", ["How would you rate this article?", "Wie bewerten Sie diesen Artikel?"])
def test_a_feedback_prompt_is_dropped_without_ending_the_body(prompt: str) -> None:
    report = newsclean.explain(page("Pier Plan", *PARAS[:2], prompt, *PARAS[2:]))
    assert rule_of(report, prompt) == "feedback-prompt"
    assert report.article.text == "\n\n".join(PARAS)


@pytest.mark.parametrize(
    ("header", "paras", "lead"),
    [
        ("Most popular", PARAS, "The vote ends a dispute over the old pier that has run for two years now."),
        (
            "Mehr zum Thema",
            DE,
            "Die Abstimmung beendet einen Streit um den alten Anleger, der zwei Jahre gedauert hat.",
        ),
    ],
)
def test_a_related_list_above_the_headline_ends_at_the_headline(
    header: str, paras: tuple[str, ...], lead: str
) -> None:
    dump = page("Pier Plan | Gazette", header, *RELATED, "Pier Plan", lead, *paras)
    report = newsclean.explain(dump)
    assert rule_of(report, lead) == "near-body"
    assert report.article.text == "\n\n".join((lead, *paras))


def test_copyright_footer_ends_the_body() -> None:
    report = newsclean.explain(
        page("Pier Plan", *PARAS[:3], "Copyright 2021 Bayside Gazette", COMMENT, "Terms of Use")
    )
    assert report.article.text == "\n\n".join(PARAS[:3])
    assert rule_of(report, COMMENT) == "after-body"


@pytest.mark.parametrize("credit", ["© Jane Doe", "Photo © John Roe", "Bild: © Max Mustermann"])
def test_photo_credit_inside_the_article_does_not_end_the_body(credit: str) -> None:
    report = newsclean.explain(page("Pier Plan", PARAS[0], credit, *PARAS[1:]))
    assert report.article.text == "\n\n".join(PARAS)
    assert not RULES[rule_of(report, credit)].keeps


@pytest.mark.parametrize("label", ["Advertisement", "ADVERTISEMENT", "Story continues below advertisement"])
def test_advertisement_between_paragraphs_does_not_split_the_body(label: str) -> None:
    report = newsclean.explain(
        page("Pier Plan", PARAS[0], label, "What happens next", PARAS[1], label, PARAS[2])
    )
    assert report.article.text == "\n\n".join([PARAS[0], "What happens next", PARAS[1], PARAS[2]])
    assert rule_of(report, "What happens next") == "in-body-short"


def test_german_page_with_ad_related_links_and_footer() -> None:
    dump = page(
        "Hafen: Rat billigt neuen Anleger | Küstenbote",
        "Startseite\nPolitik\nSport\nWirtschaft",
        "Hafen: Rat billigt neuen Anleger",
        DE[0],
        "Anzeige",
        "Was jetzt passiert",
        DE[1],
        "Mehr zum Thema: Brücke wird drei Wochen gesperrt",
        DE[2],
        "Mehr zum Thema\nBrücke wird drei Wochen gesperrt\nNeuer Radweg am Kanal eröffnet",
        "© 2021 Küstenbote",
    )
    report = newsclean.explain(dump)
    assert report.article.language == "de"
    assert report.article.text == "\n\n".join([DE[0], "Was jetzt passiert", DE[1], DE[2]])
    assert rule_of(report, "Neuer Radweg am Kanal eröffnet") == "related-list"


def test_page_without_an_article_has_empty_text() -> None:
    report = newsclean.explain(page("\n".join(MENU), "Log in", "Privacy Policy", "© 2024 Site"))
    assert report.article.text == ""
    assert report.kept == ()


def test_classification_does_not_depend_on_earlier_calls() -> None:
    dump = page("Pier Plan", PARAS[0], "Advertisement", *PARAS[1:], "Reply")
    first = newsclean.explain(dump)
    newsclean.explain((UNIT_FIXTURES / "pier_board.txt").read_text(encoding="utf-8"))
    assert newsclean.explain(dump) == first


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The board met on the pier, and the plan (the 3rd one) passed: 7_2 for it - at last.", "en"),
        ("Der Rat tagte am Hafen; der Plan [der dritte] ging durch, mit 7:2 Stimmen und viel Beifall.", "de"),
    ],
)
def test_ascii_blocks_are_split_into_the_same_words_as_other_blocks(text: str, language: str) -> None:
    from newsclean._classify import describe

    ascii_info = describe([text], language)[0]
    # The same text with a non-ASCII character that is no word takes the general tokenizer.
    other_info = describe([text + " …"], language)[0]
    assert ascii_info.stop_density > 0.2
    assert ascii_info.stop_density == pytest.approx(other_info.stop_density)


TEASERS = (
    "Bridge repairs on the coast road will close two of the lanes for three weeks from Monday",
    "A new cycle path opens along the canal with a bridge over the river and lights at night",
    "The harbour festival returns with a bigger programme and more boats than it had last year",
    "Why the old lighthouse on the point is to become a museum of the town and its fishing fleet",
)
TEASERS_DE = (
    "Die Brücke an der Küstenstraße wird ab Montag für drei Wochen auf zwei Spuren gesperrt sein",
    "Ein neuer Radweg am Kanal hat eine Brücke über den Fluss und wird in der Nacht beleuchtet",
    "Das Hafenfest kehrt mit einem größeren Programm und mit mehr Booten als im letzten Jahr zurück",
    "Warum der alte Leuchtturm auf der Landspitze zu einem Museum der Stadt und ihrer Flotte wird",
)
GAP = ("Share this article", "Facebook", "Advertisement", "Log in", *MENU, "Culture", "Travel", "Contact")


@pytest.mark.parametrize(
    ("paras", "lead", "teasers"),
    [
        (PARAS[:3], "You may also like: Ferry fares to rise in spring Market hall to reopen", TEASERS),
        (DE, "Das könnte Sie auch interessieren: Fähre wird teurer Die Markthalle öffnet wieder", TEASERS_DE),
    ],
)
def test_teasers_without_a_sentence_past_a_related_list_are_far_from_the_body(
    paras: tuple[str, ...], lead: str, teasers: tuple[str, ...]
) -> None:
    report = newsclean.explain(page("Pier Plan", *paras, lead, *GAP, *teasers, "© 2024 Harbour Times"))
    assert rule_of(report, lead) == "related-list"
    assert all(rule_of(report, teaser) == "far-from-body" for teaser in teasers)
    assert report.article.text == "\n\n".join(paras)


def test_prose_past_a_related_list_is_kept() -> None:
    lead = "You may also like: Ferry fares to rise in spring Market hall to reopen"
    more = tuple(f"{teaser}, the harbour master said." for teaser in TEASERS)
    report = newsclean.explain(page("Pier Plan", *PARAS[:3], lead, *GAP, *more, "© 2024 Harbour Times"))
    assert all(rule_of(report, text) != "far-from-body" for text in more)
    assert report.article.text.endswith(more[-1])
