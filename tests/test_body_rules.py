"""The body rules added after the first benchmark runs, each on several differently worded inputs."""

from __future__ import annotations

import pytest
from conftest import PARAS, page, rule_of

import newsclean
from newsclean._boilerplate import boilerplate_rule
from newsclean._segment import segment_text


def _rule(text: str) -> str | None:
    return boilerplate_rule(text, len(text.split()))


@pytest.mark.parametrize(
    "line",
    [
        "Tags: harbour, ferries, council",
        "Filed under: Local news",
        "Schlagwörter: Hafen, Fähre",
        "Mots-clés : port, ferry",
        "Etiquetas: puerto, transbordador",
    ],
)
def test_tag_lines(line: str) -> None:
    assert _rule(line) == "tag-line"


@pytest.mark.parametrize(
    "line",
    [
        "Filed under",
        "Tagged:",
        "Tags harbour, ferries, council",
        "Schlagwörter Hafen, Fähre, Rat",
        "Etiquetas puerto, transbordador",
    ],
)
def test_tag_labels_alone_or_before_a_list_without_a_colon(line: str) -> None:
    assert _rule(line) == "tag-line"


@pytest.mark.parametrize(
    "line",
    [
        "Tags, labels and folders: how to sort your mail",
        "Tagged animals were seen again in the harbour, the survey found.",
        "Schlagwörter helfen, Texte zu finden.",
    ],
)
def test_sentences_opening_with_a_tag_word_are_not_tag_lines(line: str) -> None:
    assert _rule(line) != "tag-line"


@pytest.mark.parametrize(
    "line",
    [
        "Support independent journalism",
        "Readers like you keep our reporting free.",
        "Please consider supporting our work with a small monthly gift.",
        "Jetzt spenden",
        "Soutenez notre rédaction",
        "Haz una donación hoy",
    ],
)
def test_donation_appeals(line: str) -> None:
    assert _rule(line) == "donation-appeal"


@pytest.mark.parametrize(
    "line",
    [
        "If you buy through a link on this page, we may earn a small commission at no cost to you.",
        "This post contains affiliate links.",
        "Dieser Artikel enthält Affiliate-Links.",
        "By submitting this form, you agree to be contacted about our programs.",
        "The opinions expressed on this website are those of each author and not of the publisher.",
    ],
)
def test_disclosures_and_form_consent(line: str) -> None:
    assert _rule(line) == "disclosure"


@pytest.mark.parametrize(
    "line",
    [
        "← Prev: How the old pier was built",
        "Next: Nine ferries that changed the bay →",
        "Previous Post",
        "Nächster Artikel",
        "Article suivant :",
    ],
)
def test_previous_and_next_links(line: str) -> None:
    assert _rule(line) == "nav-word"


@pytest.mark.parametrize(
    "line", ["[ Also read: Why the harbour flooded twice ]", "(Read more: The ferry timetable explained)"]
)
def test_bracketed_related_links(line: str) -> None:
    assert _rule(line) == "related-list"


@pytest.mark.parametrize(
    "sentence",
    [
        "The company said it would earn less from ferry tickets this winter than it did last year.",
        "Councillors agreed to the plan after a long debate about the cost of the new pier.",
        "Next year the board will look again at the timetable for the winter months.",
    ],
)
def test_body_sentences_with_similar_words_are_not_furniture(sentence: str) -> None:
    assert _rule(sentence) is None


@pytest.mark.parametrize(
    ("header", "bio"),
    [
        ("About the author", "Jane Doe has covered the harbour for the paper since 2009."),
        ("Über den Autor", "Max Muster schreibt seit zehn Jahren über Häfen und Fähren."),
    ],
)
def test_author_box_ends_the_body(header: str, bio: str) -> None:
    report = newsclean.explain(page("Pier Plan Approved", *PARAS[:3], header, bio))
    assert header not in report.article.text
    assert bio not in report.article.text
    assert PARAS[2] in report.article.text


@pytest.mark.parametrize(
    "bio",
    [
        "Jane Doe is a senior reporter who covers transport and the waterfront for the paper.",
        "Jane has written about ferries, ports and coastal towns for more than twenty years.",
    ],
)
def test_bio_opening_with_the_authors_name_is_dropped(bio: str) -> None:
    dump = page("Pier Plan Approved", "By Jane Doe", *PARAS[:3], bio, "© 2024 Harbour Post")
    article = newsclean.clean_text(dump)
    assert article.authors == ("Jane Doe",)
    assert bio not in article.text
    assert PARAS[0] in article.text and PARAS[2] in article.text


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("The old pier at low tide, before the repairs began.", "(Photo: Harbour Post / J. Doe)"),
        ("Die alte Mole bei Ebbe, vor Beginn der Arbeiten.", "Foto: Hafenblatt/Archiv"),
    ],
)
def test_caption_printed_against_its_credit_is_dropped(caption: str, credit: str) -> None:
    dump = page("Pier Plan Approved", PARAS[0], f"{caption}\n{credit}", PARAS[1], PARAS[2])
    text = newsclean.clean_text(dump).text
    assert caption not in text and credit not in text
    assert PARAS[0] in text and PARAS[1] in text


@pytest.mark.parametrize(
    ("credited", "heading"),
    [
        ("The pier at dawn / Photo by Lena Hart on Unsplash", "Repairs Start in Spring"),
        ("Die Mole im Nebel / Foto: Hafenblatt", "Arbeiten beginnen im Frühjahr"),
    ],
)
def test_credit_ending_its_own_caption_leaves_the_next_line(credited: str, heading: str) -> None:
    dump = page("Pier Plan Approved", PARAS[0], f"{credited}\n{heading}", PARAS[1], PARAS[2])
    text = newsclean.clean_text(dump).text
    assert credited not in text
    assert heading in text and PARAS[1] in text


@pytest.mark.parametrize(
    "caption",
    [
        "The old market hall, in an archive picture. D. V. A.",
        "El mercado, en una imagen de archivo. J. M. R.",
    ],
)
def test_caption_ending_in_initials_is_a_credit(caption: str) -> None:
    assert _rule(caption) == "caption-credit"


def test_short_full_sentences_between_paragraphs_are_kept() -> None:
    steps = ("Preheat the oven to 180 degrees.", "Grease the tin with a little butter.")
    dump = page("Harbour Cake", PARAS[0], *steps, PARAS[1], PARAS[2])
    text = newsclean.clean_text(dump).text
    assert all(step in text for step in steps)


@pytest.mark.parametrize(
    "teaser",
    [
        "Our newsroom has reported on the coast since 1901, and we publish a weekly round-up of "
        "harbour news, tide tables and ferry times for all of the readers who live in the bay and "
        "on the islands, along with a monthly letter from the editor about the town.",
        "If you enjoy our reporting on the bay, you can also find us on the radio every Sunday "
        "morning, when two of our reporters go through the week's news from the harbour and the "
        "islands and answer the questions that listeners have sent in by post.",
    ],
)
def test_prose_far_from_the_article_is_dropped(teaser: str) -> None:
    menu = [f"Section {n}" for n in range(40)]
    article = [*PARAS, *(p.replace(" the ", " a ") for p in PARAS)]
    report = newsclean.explain(page("Pier Plan Approved", *article, *menu, teaser))
    assert rule_of(report, teaser) == "far-from-body"
    assert all(p in report.article.text for p in article)


@pytest.mark.parametrize(
    ("glued", "pieces"),
    [
        (
            "Cloud StorageDurable storage for data, Compute EngineMachines on demand, Data "
            "WarehouseQueries at scale",
            ["Cloud Storage", "Queries at scale"],
        ),
        (
            "Stay UpdatedSign up todayRelated PostsRead the detailsWhat is new in home building?",
            ["Stay Updated", "Sign up today", "Related Posts"],
        ),
    ],
)
def test_dense_camel_case_glue_is_split(glued: str, pieces: list[str]) -> None:
    texts = [b.text for b in segment_text(glued)]
    assert all(piece in texts for piece in pieces)


@pytest.mark.parametrize(
    "sentence",
    [
        "We watched YouTube and paid with PayPal while the rain kept falling on the roof all night.",
        "The McDonald family moved to the island, where the children learned to sail every summer.",
    ],
)
def test_brand_names_in_prose_are_not_split(sentence: str) -> None:
    assert [b.text for b in segment_text(sentence)] == [sentence]


@pytest.mark.parametrize("count", ["124 Comments", "Kommentare (12)"])
def test_comment_count_under_the_first_paragraph_does_not_end_the_body(count: str) -> None:
    text = newsclean.clean_text(page("Pier Plan Approved", PARAS[0], count, *PARAS[1:])).text
    assert all(p in text for p in PARAS)


@pytest.mark.parametrize("count", ["124 Comments", "Kommentare (12)"])
def test_comment_count_after_the_article_ends_the_body(count: str) -> None:
    comment = "I think the board made the right call here and I hope the builder keeps to the plan."
    text = newsclean.clean_text(page("Pier Plan Approved", *PARAS, count, comment)).text
    assert all(p in text for p in PARAS)
    assert comment not in text


@pytest.mark.parametrize("heading", ["Why the pier matters", "Warum die Mole zählt"])
def test_subheading_repeated_in_a_table_of_contents_is_kept_in_the_body(heading: str) -> None:
    dump = page(
        "Pier Plan Approved",
        "Contents",
        "How the vote went",
        heading,
        PARAS[0],
        PARAS[1],
        heading,
        PARAS[2],
        PARAS[3],
    )
    report = newsclean.explain(dump)
    kept = [b.text for b in report.kept]
    assert kept.count(heading) == 1
    assert kept.index(heading) == kept.index(PARAS[2]) - 1


def test_menu_printed_twice_is_dropped() -> None:
    menu = ["Home", "World", "Harbour", "Weather"]
    text = newsclean.clean_text(page("Pier Plan Approved", *menu, *PARAS, *menu)).text
    assert not any(item in text.split("\n\n") for item in menu)


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "港口委员会星期二投票批准了新渡轮码头的计划，结束了自旧码头因安全原因关闭以来困扰小镇两年的争论。",
            "建筑商预计明年年底完工，前提是天气良好，钢材按时从工厂运到，而这在过去并不总是如此。",
            "委员会将在下个月公布修改后的图纸，并在花更多的钱之前举行一次公开会议，听取居民的意见。",
        ),
        (
            "港の委員会は火曜日、新しいフェリー桟橋の計画を承認し、古い桟橋が閉鎖されて以来の長い議論に決着をつけた。",
            "建設会社は天候に恵まれ、鋼材が予定通りに届けば、来年の終わりまでに工事を終える見込みだと述べた。",
            "委員会は来月、修正した図面を公表し、さらに費用をかける前に住民の意見を聞く公開の会合を開く予定だ。",
        ),
    ],
)
def test_chinese_and_japanese_prose_is_weighed_like_other_text(paragraphs: tuple[str, ...]) -> None:
    article = newsclean.clean_text(page("码头 | Harbour", "Home", "News", *paragraphs, "Share"))
    assert article.language is None
    assert all(p in article.text for p in paragraphs)
    assert "Home" not in article.text.split("\n\n")


@pytest.mark.parametrize(
    "signature",
    [
        "Brian Kasper December 19, 2025, 6:00 am",
        "Anna K. 12.03.2021, 19:12",
        "Jean Dupont 3 mars 2021 à 14:05",
    ],
)
def test_comment_signatures(signature: str) -> None:
    assert _rule(signature) == "comment-section"


@pytest.mark.parametrize("line", ["Updated December 19, 2025, 6:00 am", "Veröffentlicht 12.03.2021, 19:12"])
def test_date_lines_are_not_comment_signatures(line: str) -> None:
    assert _rule(line) != "comment-section"


@pytest.mark.parametrize("line", ["5 from 8 votes", "4.5/5", "3,8 von 5 Bewertungen"])
def test_rating_lines(line: str) -> None:
    assert _rule(line) == "nav-word"


@pytest.mark.parametrize(
    "line",
    [
        "Hotjar sets this cookie to tell apart the visits of one user from those of others.",
        "This cookie is used to remember the choices a visitor made about consent on the site.",
    ],
)
def test_cookie_table_descriptions(line: str) -> None:
    assert _rule(line) == "cookie-banner"


@pytest.mark.parametrize("header", ["Related", "Das könnte Sie auch interessieren"])
def test_related_header_takes_a_short_run_only(header: str) -> None:
    links = [f"Headline number {n} about the harbour" for n in range(5)]
    steps = [f"Stir the batter {n} times and leave it to rest." for n in range(30)]
    report = newsclean.explain(page("Harbour Cake", header, *links, *steps))
    assert all(rule_of(report, link) == "related-list" for link in links)
    assert rule_of(report, steps[-1]) != "related-list"


@pytest.mark.parametrize(
    "line",
    [
        "This entry was posted in News and tagged ferry, harbour. Bookmark the permalink.",
        "Dieser Eintrag wurde veröffentlicht in Allgemein. Setze ein Lesezeichen auf den Permalink.",
        "Cet article a été publié dans Actualités. Ajoutez ce permalien à vos favoris.",
        "Esta entrada fue publicada en Noticias y etiquetada con puerto.",
    ],
)
def test_post_meta_lines_are_tag_lines(line: str) -> None:
    assert _rule(line) == "tag-line"


@pytest.mark.parametrize(
    "line",
    [
        "If you buy something through our links, we may earn a small commission.",
        "Für Links auf dieser Seite zahlt der Händler ggf. eine Provision.",
        "Wir erhalten eine kleine Provision, wenn Sie über diese Links einkaufen.",
        "Nous percevons une commission sur les achats effectués via ces liens.",
    ],
)
def test_commission_disclosures(line: str) -> None:
    assert _rule(line) == "disclosure"


@pytest.mark.parametrize(
    "line",
    [
        "The council gets a commission from the state every year for the ferry, the mayor said.",
        "Die Stadt erhält vom Land eine Provision für jede verkaufte Karte, sagte der Bürgermeister.",
        "The photographer said the harbour had never been busier than on that morning.",
    ],
)
def test_news_sentences_about_commissions_and_photographers_are_not_boilerplate(line: str) -> None:
    assert _rule(line) is None


@pytest.mark.parametrize("line", ["Photograph by Jane Doe", "Photographs: Harbour Authority"])
def test_photograph_credits(line: str) -> None:
    assert _rule(line) == "caption-credit"


@pytest.mark.parametrize(
    "line",
    [
        "Table of Contents",
        "Inhaltsverzeichnis",
        "Table des matières",
        "Tabla de contenidos",
        "Expand all",
        "Alle aufklappen",
        "Hide caption",
        "Book a demo",
        "Request a free demo →",
        "Demo anfordern",
    ],
)
def test_page_controls_tables_of_contents_and_demo_buttons_are_navigation(line: str) -> None:
    assert _rule(line) == "nav-word"


@pytest.mark.parametrize(
    "line",
    [
        "The table of contents lists every chapter of the report.",
        "Das Inhaltsverzeichnis nennt alle Kapitel des Berichts.",
        "We asked for a demo of the new software last week.",
    ],
)
def test_sentences_about_contents_or_demos_are_kept(line: str) -> None:
    assert _rule(line) is None


@pytest.mark.parametrize(
    "dump",
    [
        "Harbour notes\nHome\nNews\nContact\n"
        "The ferries to the outer islands run again from Monday, the port authority said.\n"
        "Privacy Policy",
        "Aus dem Rathaus\nStartseite\nKontakt\n"
        "Die Fähre zu den Inseln fährt ab Montag wieder, wie die Hafenbehörde am Freitag mitteilte.\n"
        "Impressum",
        "Snippets\nimport os\nprint(os.sep)\n"
        "It is a small example, but it shows how the separator of the system can be read at run time.\n"
        "Posted in Python",
    ],
)
def test_a_lone_paragraph_is_kept_when_nothing_else_is_prose(dump: str) -> None:
    article = newsclean.clean_text(dump)
    [paragraph] = [line for line in dump.splitlines() if len(line) > 70]
    assert article.text == paragraph
    assert rule_of(newsclean.explain(dump), paragraph) == "lone-prose"


def test_lone_prose_rule_waits_for_a_page_without_body() -> None:
    lone = "A single short paragraph far from the story, on a page that has an article of its own."
    links = [f"Link number {n}" for n in range(14)]
    dump = page("Harbour ferries return", *PARAS, *links, lone, *[f"Other {link}" for link in links])
    article = newsclean.clean_text(dump)
    assert PARAS[0] in article.text
    assert lone not in article.text
    assert rule_of(newsclean.explain(dump), lone) == "low-text"


@pytest.mark.parametrize(
    "dump",
    ["Menu\nHome\nNews\nSport\nWeather\nContact", "Startseite\nNachrichten\nSport\nWetter\nKontakt"],
)
def test_a_page_of_menus_keeps_no_text(dump: str) -> None:
    assert newsclean.clean_text(dump).text == ""


@pytest.mark.parametrize(
    "line",
    [
        "Thank you! Your submission has been received!",
        "Oops! Something went wrong while submitting the form.",
        "Thanks for signing up!",
        "Danke für deine Anmeldung!",
        "Ihre Nachricht wurde erfolgreich gesendet.",
        "Merci pour votre inscription !",
        "Votre message a bien été envoyé.",
        "¡Gracias por suscribirte!",
    ],
)
def test_form_status_messages(line: str) -> None:
    assert _rule(line) == "form-message"


@pytest.mark.parametrize(
    "sentence",
    [
        "The council said your request was received on Monday and will be answered within a week.",
        "Thank you for reading this far, said the mayor, before she turned to the harbour plans.",
        "Danke für die Blumen, sagte die Bürgermeisterin, und eröffnete die neue Fähre am Hafen.",
    ],
)
def test_sentences_about_messages_and_thanks_are_not_form_messages(sentence: str) -> None:
    assert _rule(sentence) is None


@pytest.mark.parametrize(
    "paragraph",
    [
        "The ferries to the islands run again from Monday, the port authority said on Friday.",
        "Die Fähre zu den Inseln fährt ab Montag wieder, wie die Hafenbehörde am Freitag mitteilte.",
    ],
)
def test_a_dump_of_one_paragraph_is_its_body_not_its_title(paragraph: str) -> None:
    article = newsclean.clean_text(paragraph)
    assert (article.title, article.text) == (None, paragraph)


@pytest.mark.parametrize("heading", ["Harbour ferries return", "Die Fähren fahren wieder"])
def test_a_dump_of_one_heading_is_its_title(heading: str) -> None:
    article = newsclean.clean_text(heading)
    assert (article.title, article.text) == (heading, "")


@pytest.mark.parametrize(
    "line",
    [
        "You need to enable JavaScript to run this app.",
        "We're sorry but this site doesn't work properly without JavaScript enabled.",
        "Bitte aktivieren Sie JavaScript, um diese Seite zu nutzen.",
        "Dein Browser ist leider veraltet.",
        "Veuillez activer JavaScript pour afficher ce contenu.",
        "Habilita JavaScript para ver este sitio.",
    ],
)
def test_script_and_browser_notices(line: str) -> None:
    assert _rule(line) == "script-notice"


@pytest.mark.parametrize(
    "sentence",
    [
        "The new version of the browser runs JavaScript faster than before, the company said on Tuesday.",
        "Der neue Browser lädt Seiten schneller, sagte der Hersteller, und spart dabei Strom.",
    ],
)
def test_news_about_browsers_is_not_a_script_notice(sentence: str) -> None:
    assert _rule(sentence) is None


@pytest.mark.parametrize(
    "line",
    [
        "Loading...",
        "Chargement…",
        "Back to top",
        "zurücknach oben",
        "Retour en haut de la page",
        "Listen to this article",
        "Artikel anhören",
        "Menü öffnen",
        "Play video",
        "Mehr anzeigen",
        "Ver más",
        "Link copied",
        "Summarize with AI",
        "Schriftgröße",
        "Yes No",
        "5 min read",
        "Lesezeit: ca. 4 Minuten",
        "Temps de lecture : 4 min",
        "Download our app",
        "Jetzt die App herunterladen",
    ],
)
def test_page_controls_reading_times_and_app_links_are_navigation(line: str) -> None:
    assert _rule(line) == "nav-word"


@pytest.mark.parametrize(
    "line",
    [
        "Loading the ferry took three hours.",
        "Listen to the harbour master explain the new winter timetable.",
        "Download the app to book a ferry to the islands.",
        "Inhalt der Sendung",
        "Die Lesezeit der Kinder stieg im Winter deutlich an.",
    ],
)
def test_sentences_opening_with_control_words_are_kept(line: str) -> None:
    assert _rule(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Was this helpful?",
        "Fanden Sie diese Seite hilfreich?",
        "¿Te resultó útil?",
        "¿Fue útil este artículo?",
    ],
)
def test_helpfulness_questions_are_feedback_prompts(line: str) -> None:
    assert _rule(line) == "feedback-prompt"


def test_a_question_in_the_story_is_not_a_helpfulness_prompt() -> None:
    assert _rule("Was this helpful to the council, asked the mayor, when the ferry plan failed?") is None
