"""The HTML pipeline: parsing, DOM blocks and the markup's rules, each on differently shaped pages."""

from __future__ import annotations

import pickle

import pytest
from lxml import etree

import newsclean
from newsclean._dom import (
    _CAPTION_WORDS,
    _FURNITURE_WORDS,
    _KINDS,
    _LAYOUT_WORDS,
    _MAIN_WORDS,
    _Marks,
    _marks,
    dom_blocks,
    element_path,
)
from newsclean._load import load_html, load_html_utf8
from newsclean._options import CleanOptions
from newsclean._parse import parse_html, strip_furniture

# Paragraphs of running prose in four languages, long enough to be body text on their own.
PROSE = {
    "en": (
        "The council agreed on Tuesday to keep the night ferry running through the winter, after "
        "a long debate in which several members said that the service had become a lifeline for "
        "shift workers who have no other way to reach the hospital on the far bank of the river.",
        "Passenger numbers have doubled since the trial began in the spring, and the operator says "
        "that it can cover most of the cost from fares if the council pays for the extra crew that "
        "the late crossings need during the coldest months of the year.",
        "A final decision on the timetable for next year is expected in March, when the council "
        "will also look at whether the ferry should stop at the new pier that is being built near "
        "the old market hall at the end of the harbour road.",
    ),
    "de": (
        "Der Gemeinderat hat am Dienstag beschlossen, die Nachtfähre auch im Winter fahren zu "
        "lassen, nachdem mehrere Mitglieder in einer langen Debatte gesagt hatten, dass sie für "
        "viele Schichtarbeiter der einzige Weg zum Krankenhaus auf der anderen Seite des Flusses sei.",
        "Die Zahl der Fahrgäste hat sich seit dem Beginn des Versuchs im Frühjahr verdoppelt, und "
        "der Betreiber sagt, dass er den größten Teil der Kosten aus den Fahrpreisen decken kann, "
        "wenn die Gemeinde die zusätzliche Besatzung für die späten Fahrten bezahlt.",
        "Eine Entscheidung über den Fahrplan für das nächste Jahr wird im März erwartet, wenn der "
        "Rat auch prüfen will, ob die Fähre an dem neuen Anleger halten soll, der gerade in der "
        "Nähe der alten Markthalle am Ende der Hafenstraße gebaut wird.",
    ),
    "fr": (
        "Le conseil municipal a décidé mardi de maintenir le bac de nuit pendant tout l'hiver, "
        "après un long débat au cours duquel plusieurs élus ont expliqué que ce service était "
        "devenu indispensable pour les personnes qui travaillent de nuit à l'hôpital de l'autre rive.",
        "Le nombre de passagers a doublé depuis le début de l'essai au printemps, et l'exploitant "
        "affirme qu'il peut couvrir la plus grande partie des coûts avec les billets si la ville "
        "prend en charge l'équipage supplémentaire dont les traversées tardives ont besoin.",
        "Une décision sur les horaires de l'année prochaine est attendue en mars, quand le conseil "
        "examinera aussi si le bac doit s'arrêter au nouveau ponton que l'on construit près de "
        "l'ancienne halle du marché, au bout de la route du port.",
    ),
    "es": (
        "El ayuntamiento decidió el martes mantener el transbordador nocturno durante todo el "
        "invierno, después de un largo debate en el que varios concejales dijeron que el servicio "
        "se ha convertido en la única manera de llegar al hospital para los que trabajan de noche.",
        "El número de pasajeros se ha duplicado desde que empezó la prueba en la primavera, y la "
        "empresa dice que puede cubrir la mayor parte del coste con los billetes si el ayuntamiento "
        "paga la tripulación adicional que necesitan los cruces de la noche.",
        "Se espera una decisión sobre el horario del próximo año en marzo, cuando el pleno también "
        "estudiará si el barco debe parar en el nuevo muelle que se construye cerca del antiguo "
        "mercado, al final de la carretera del puerto.",
    ),
}


def _paragraphs(lang: str, count: int = 3) -> str:
    return "".join(f"<p>{p}</p>" for p in PROSE[lang][:count])


def _page(body: str, lang: str = "en", title: str = "Night Ferry Will Run All Winter") -> str:
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title} | Harbour '
        f"Post</title></head><body>{body}</body></html>"
    )


def _rules(html: str) -> dict[str, str]:
    """Each block's text (its first 40 characters) and the rule that decided it."""
    return {b.text[:40]: b.rule for b in newsclean.explain(html).blocks}


def _body(html: str) -> str:
    return newsclean.clean_html(html).text


# --- parsing -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "markup",
    [
        "",
        "   ",
        "<",
        "<html>",
        "<?xml version='1.0' encoding='utf-8'?><html><body><p>x</p></body></html>",
        "\x00\x01<p>nul</p>",
        "<p>unclosed <b>bold <i>italic",
        "<frameset><frame src='a.html'></frameset>",
    ],
)
def test_parse_html_never_raises_and_gives_a_root(markup: str) -> None:
    root = parse_html(markup)
    assert root is not None
    assert isinstance(root.tag, str)


@pytest.mark.parametrize(
    "markup",
    [
        "<p>unclosed <b>bold <i>italic",
        '<html><head><meta charset="iso-8859-1"></head><body><p>Größe – “Zitat” 東京</p></body></html>',
        '<?xml version="1.0" encoding="iso-8859-1"?><html><body><p>Café</p></body></html>',
        "<frameset><frame src='a.html'></frameset><noframes><p>Ça va</p></noframes>",
        "<p>lone \ud800 surrogate and emoji 🙂</p>",
    ],
)
def test_the_utf8_bytes_of_a_page_parse_like_its_text(markup: str) -> None:
    text = load_html(markup, CleanOptions())
    data = load_html_utf8(markup, CleanOptions())
    assert data == text.encode("utf-8")
    assert etree.tostring(parse_html(data), encoding="unicode") == etree.tostring(
        parse_html(text), encoding="unicode"
    )


def test_parse_html_does_not_expand_internal_entities() -> None:
    page = (
        '<?xml version="1.0"?><!DOCTYPE html [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
        "<html><body><p>&b;&b;</p></body></html>"
    )
    text = newsclean.clean_html(page).text
    assert "aaaaaaaaaa" not in text


@pytest.mark.parametrize(
    ("lang", "header"),
    [
        ("en", '<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>'),
        ("de", "<header><p>Hafenbote</p><ul><li>Startseite</li><li>Region</li></ul></header>"),
    ],
)
def test_markup_after_the_closing_html_tag_is_read(lang: str, header: str) -> None:
    # A template prints the article after the page's ``</html>``: libxml2 makes it a second
    # root beside the document's own.
    page = _page(header, lang) + f'<div class="story"><h1>Headline</h1>{_paragraphs(lang)}</div>'
    assert _body(page) == "\n\n".join(PROSE[lang])


@pytest.mark.parametrize("swallower", ["button", "noscript"])
def test_an_element_that_swallowed_the_page_is_unwrapped(swallower: str) -> None:
    # An unclosed <div> inside the element makes libxml2 nest the rest of the page in it.
    page = _page(
        f"<header><{swallower}>Menu<div></{swallower}></header><article>{_paragraphs('en')}</article>"
    )
    assert PROSE["en"][0] in _body(page)


def test_short_form_controls_and_scripts_are_removed() -> None:
    root = parse_html(
        "<body><p>Kept text.</p><button>Subscribe</button><script>var x = 1;</script>"
        "<select><option>One</option></select><style>p {}</style></body>"
    )
    strip_furniture(root)
    text = "".join(root.itertext())
    assert "Kept text." in text
    for gone in ("Subscribe", "var x", "One", "p {}"):
        assert gone not in text


@pytest.mark.parametrize(
    ("lang", "notice"),
    [
        ("en", 'This site uses frames. <a href="main.htm">Enter</a> or <a href="nav.htm">see the menu</a>.'),
        ("de", 'Ihr Browser kann leider keine Frames anzeigen. Bitte <a href="main.htm">hier klicken</a>.'),
    ],
)
def test_a_frameset_fallback_notice_linking_to_its_frames_is_dropped(lang: str, notice: str) -> None:
    page = (
        f'<html lang="{lang}"><head><title>Club</title></head><frameset cols="20%,*">'
        '<frame src="nav.htm"><frame src="main.htm"><noframes><body>'
        f'{_paragraphs(lang)}<p>{notice}</p><p><a href="history.htm">History</a> of the club.</p>'
        "</body></noframes></frameset></html>"
    )
    rules = _rules(page)
    assert _body(page).startswith("\n\n".join(PROSE[lang]))
    assert [rule for text, rule in rules.items() if text.startswith(notice[:10])] == ["furniture-container"]
    assert rules["History of the club."] != "furniture-container"  # a link to another page


@pytest.mark.parametrize(
    "lead",
    ["Menu\x01 &#x1b;", "&#1;Willkommen\x0b", "\ufffe&#xffff;Accueil"],
)
def test_a_frameset_fallback_with_control_characters_before_its_first_tag_is_read(lead: str) -> None:
    # The fallback is re-parsed from raw text: controls and non-characters that libxml2 hands
    # back must not reach lxml as a text to set (it refuses them with a ValueError).
    page = (
        "<html><frameset><frame src='a.html'><noframes><body>"
        f"{lead}<p>{PROSE['en'][0]}</p></body></noframes></frameset></html>"
    )
    assert PROSE["en"][0] in newsclean.clean_html(page).text
    assert PROSE["en"][0] in newsclean.clean_html(page.encode()).text


# --- DOM blocks ----------------------------------------------------------------------------


def test_blocks_break_at_block_elements_and_line_breaks_not_inline_ones() -> None:
    root = parse_html("<body><div>One <b>bold</b><span> word</span><p>Two<br>Three</p>Four</div></body>")
    texts = [b.text for b in dom_blocks(root.find("body")).blocks]
    assert texts == ["One bold word", "Two", "Three", "Four"]


def test_link_text_is_counted() -> None:
    root = parse_html(
        '<body><p><a href="/a">Home</a> and some plain words</p><p><a href="/b">All link</a></p></body>'
    )
    blocks = dom_blocks(root.find("body")).blocks
    assert blocks[0].link_chars == len("Home")
    assert blocks[1].link_chars == len(blocks[1].text)


def test_block_elements_inside_a_link_count_as_link_text() -> None:
    root = parse_html(
        '<body><a href="/a"><h3>Card heading</h3><p>Card teaser line</p></a>'
        '<div><a href="/b"><span>Inline</span></a> and plain words</div></body>'
    )
    blocks = dom_blocks(root.find("body")).blocks
    assert [b.link_chars == len(b.text) for b in blocks] == [True, True, False]


@pytest.mark.parametrize("lang", ["en", "de"])
def test_teaser_cards_made_of_linked_blocks_are_dropped(lang: str) -> None:
    cards = "".join(
        f'<li><a href="/{i}"><h4>{p[:60]}</h4><p>{p[60:150]}</p></a></li>' for i, p in enumerate(PROSE[lang])
    )
    page = _page(f"<article>{_paragraphs(lang)}<div><ul>{cards}</ul></div></article>", lang)
    body = _body(page)
    assert body == "\n\n".join(PROSE[lang])


@pytest.mark.parametrize("lang", ["en", "de"])
def test_soft_hyphens_are_removed_from_words(lang: str) -> None:
    hyphenated = PROSE[lang][0].replace("ing", "i\xadng").replace("ich", "i\xadch").replace("&", "&amp;")
    assert "\xad" in hyphenated
    assert _body(_page(f"<article><p>{hyphenated}</p>{_paragraphs(lang)[1:]}</article>", lang)).startswith(
        PROSE[lang][0]
    )
    entities = " ".join(w[:4] + "&shy;" + w[4:] if len(w) > 8 else w for w in PROSE[lang][1].split())
    assert "&shy;" in entities
    page = _page(f"<article><p>{PROSE[lang][0]}</p><p>{entities}</p><p>{PROSE[lang][2]}</p></article>", lang)
    assert _body(page) == "\n\n".join(PROSE[lang])


@pytest.mark.parametrize(
    ("classes", "ident", "mark"),
    [
        ("entry-content clearfix", None, _Marks.MAIN),
        ("col article__body", "main", _Marks.MAIN),
        ("wp-caption-text", None, _Marks.CAPTION),
        ("site-header navbar-collapse", None, _Marks.FURNITURE),
        (None, "weitere-artikel", _Marks.FURNITURE),
        ("shadow canvas readme", "adhesion", _Marks.NONE),
        ("page-header", None, _Marks.LAYOUT),
        ("navigation entry-content", None, _Marks.MAIN),
        ("o-section o-section--has-ads", None, _Marks.NONE),
        ("layout has-sidebar", "page", _Marks.NONE),
        ("post with-related-links", None, _Marks.NONE),
        ("ads-container has-label", None, _Marks.FURNITURE),
        ("sidebar with-widgets", None, _Marks.FURNITURE),
    ],
)
def test_class_and_id_words_mark_containers(classes: str | None, ident: str | None, mark: _Marks) -> None:
    assert _marks("div", classes, ident) is mark


def test_no_container_word_opens_a_word_of_another_kind() -> None:
    # `_NAMES` then finds the same words whichever kind it would try first.
    lists = (_MAIN_WORDS, _CAPTION_WORDS, _FURNITURE_WORDS, _LAYOUT_WORDS)
    assert len(_KINDS) == sum(len(words.split()) for words in lists)  # no word in two kinds
    for word, kind in _KINDS.items():
        for other, other_kind in _KINDS.items():
            if other_kind is not kind:
                assert not other.startswith((f"{word}-", f"{word}_")), (word, other)


def test_preformatted_text_keeps_its_lines() -> None:
    root = parse_html("<body><pre>for x in y:\n    print(x)\n\nend</pre></body>")
    assert dom_blocks(root.find("body")).blocks[0].text == "for x in y:\n    print(x)\nend"


def test_element_path_counts_same_tag_siblings() -> None:
    root = parse_html("<body><main><p>a</p><div>b</div><p>c</p></main></body>")
    blocks = dom_blocks(root.find("body")).blocks
    assert [element_path(b.element) for b in blocks] == ["body>main>p[1]", "body>main>div", "body>main>p[2]"]


# --- the markup's rules ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "furniture"),
    [
        ("en", '<div class="share-tools"><a href="#">Facebook</a> <a href="#">Email</a></div>'),
        ("de", '<aside><h3>Meistgelesen</h3><ul><li><a href="/1">Hafen wird erweitert</a></li></ul></aside>'),
        ("fr", '<div id="newsletter-box"><p>Recevez notre lettre chaque matin</p></div>'),
        ("es", '<nav role="navigation"><a href="/">Portada</a> <a href="/local">Local</a></nav>'),
    ],
)
def test_furniture_containers_are_dropped(lang: str, furniture: str) -> None:
    page = _page(f"<article>{_paragraphs(lang)}{furniture}</article>", lang)
    rules = _rules(page)
    furniture_rules = {rule for text, rule in rules.items() if not any(text in p for p in PROSE[lang])}
    assert furniture_rules <= {"furniture-container", "link-dense", "related-list", "share-bar", "headline"}
    assert _body(page) == "\n\n".join(PROSE[lang])


@pytest.mark.parametrize(
    "wrapper",
    [
        '<div class="sidebar-layout"><div class="sidebar-content">{}</div></div>',
        '<div id="page" class="has-sidebar"><div class="social-wrap">{}</div></div>',
    ],
)
def test_a_furniture_name_on_the_page_layout_does_not_drop_the_article(wrapper: str) -> None:
    page = _page(
        wrapper.format(f"<article><h1>Night Ferry Will Run All Winter</h1>{_paragraphs('en')}</article>")
    )
    assert _body(page) == "\n\n".join(PROSE["en"])


@pytest.mark.parametrize(
    ("lang", "flagged"),
    [("en", "story-part story-part--has-ads"), ("de", "abschnitt with-sidebar"), ("fr", "bloc has-ad")],
)
def test_a_part_of_the_article_flagged_as_holding_ads_or_a_sidebar_is_kept(lang: str, flagged: str) -> None:
    first, second, third = PROSE[lang]
    page = _page(
        f'<main><section class="story-part"><p>{first}</p></section>'
        f'<section class="{flagged}"><p>{second}</p></section>'
        f'<section class="story-part"><p>{third}</p></section></main>',
        lang,
    )
    assert _body(page) == "\n\n".join(PROSE[lang])


@pytest.mark.parametrize(
    ("lang", "section"),
    [("en", "report__section report__section--ads"), ("de", "bericht-abschnitt sidebar-rechts")],
)
def test_an_article_whose_every_part_the_markup_calls_furniture_is_read_by_the_text_rules(
    lang: str, section: str
) -> None:
    parts = "".join(f'<section class="{section}"><p>{paragraph}</p></section>' for paragraph in PROSE[lang])
    page = _page(f"<main><h1>Night Ferry Will Run All Winter</h1>{parts}</main>", lang)
    assert _body(page) == "\n\n".join(PROSE[lang])
    assert "furniture-container" not in _rules(page).values()


@pytest.mark.parametrize(
    "menus",
    [
        '<nav><a href="/">Home</a> <a href="/news">News</a></nav><aside class="sidebar"><p>New</p></aside>',
        '<div class="menu"><a href="/">Startseite</a></div><div class="ads"><p>Anzeige</p></div>',
    ],
)
def test_a_page_of_furniture_alone_keeps_no_text(menus: str) -> None:
    assert _body(_page(menus)) == ""


@pytest.mark.parametrize(
    "hidden",
    [
        "<div hidden><p>{}</p></div>",
        '<div style="display: none"><p>{}</p></div>',
        '<p aria-hidden="true">{}</p>',
        '<p>Visible words.<span style="visibility:hidden">{}</span></p>',
    ],
)
def test_hidden_text_is_dropped(hidden: str) -> None:
    secret = "This paragraph is hidden from readers of the page and must not reach the body."
    page = _page(f"<article>{_paragraphs('en')}{hidden.format(secret)}</article>")
    assert secret not in _body(page)


def test_a_hidden_container_holding_the_whole_article_is_kept() -> None:
    # Pages streamed by a script framework ship the article in a hidden element first.
    page = _page(f'<div hidden id="S:0"><article>{_paragraphs("de")}</article></div>', "de")
    assert _body(page) == "\n\n".join(PROSE["de"])


@pytest.mark.parametrize(
    ("lang", "rows"),
    [
        (
            "en",
            [
                ("Harbour Line", "Runs every night from the old pier to the hospital bank, all year."),
                ("River Shuttle", "Stops at the market hall and the new pier on weekdays only."),
            ],
        ),
        (
            "de",
            [
                ("Hafenlinie", "Fährt jede Nacht vom alten Anleger zum Krankenhausufer, das ganze Jahr."),
                ("Flussbus", "Hält werktags an der Markthalle und am neuen Anleger."),
            ],
        ),
    ],
)
def test_a_linked_name_cell_of_a_kept_table_row_is_kept(lang: str, rows: list[tuple[str, str]]) -> None:
    table = "".join(
        f'<tr><td><a href="/{n}">{name}</a></td><td>{what}</td></tr>' for n, (name, what) in enumerate(rows)
    )
    page = _page(f"<article>{_paragraphs(lang)}<table>{table}</table></article>", lang)
    body = _body(page)
    for name, what in rows:
        assert f"{name}\n\n{what}" in body


@pytest.mark.parametrize(
    ("lang", "dated", "opening"),
    [
        ("en", "Updated on October 21, 2025", "Good evening, and welcome aboard"),
        ("de", "Aktualisiert am 21.10.2025", "Guten Abend und willkommen an Bord"),
    ],
)
def test_a_date_line_above_the_first_paragraph_stays_out_of_the_body(
    lang: str, dated: str, opening: str
) -> None:
    # The short lines of the first paragraph's element join the article, but its date line
    # is metadata.
    page = _page(
        f'<h1>Night Ferry Will Run All Winter</h1><div class="entry-content"><p>{dated}</p>'
        f"<p>{opening}</p>{_paragraphs(lang)}</div>",
        lang,
    )
    body = _body(page)
    assert body.startswith(opening)
    assert dated not in body


@pytest.mark.parametrize(("lang", "promo"), [("en", "Get the app"), ("fr", "Téléchargez l'application")])
def test_an_article_split_into_sibling_containers_of_one_kind_keeps_each_part(lang: str, promo: str) -> None:
    # The page sets a promotion box between the article's short opening part and the rest.
    opening = _paragraphs(lang)
    rest = "".join(f"<p>{p} {q}</p>" for p in PROSE[lang] for q in PROSE[lang])
    page = _page(
        f'<h1>Night Ferry Will Run All Winter</h1><div class="post"><div class="rich-text">{opening}</div>'
        f'<div class="promo"><p>{promo}</p></div><div class="rich-text">{rest}</div></div>',
        lang,
    )
    body = _body(page)
    assert body.startswith(PROSE[lang][0])
    assert promo not in body


@pytest.mark.parametrize(
    ("lang", "links", "closing"),
    [
        (
            "en",
            "Monday;Tuesday;Wednesday;Thursday;Friday;Saturday;Sunday;Holidays;Night service",
            "Tickets for the late crossings are sold on board by the crew, and the season passes that "
            "most of the shift workers use can be bought at the harbour office during the day, while "
            "pupils and pensioners pay half the normal fare on every crossing.",
        ),
        (
            "de",
            "Montag;Dienstag;Mittwoch;Donnerstag;Freitag;Samstag;Sonntag;Feiertage;Nachtverkehr",
            "Fahrkarten für die späten Fahrten verkauft die Besatzung an Bord, und die Monatskarten, "
            "die die meisten Schichtarbeiter nutzen, gibt es tagsüber im Büro am Hafen, und Schüler "
            "und Rentner zahlen auf jeder Fahrt nur den halben Preis.",
        ),
    ],
)
def test_a_closing_paragraph_past_a_link_list_in_the_inferred_region_is_kept(
    lang: str, links: str, closing: str
) -> None:
    # No marked container: the region is where the prose is. A list of links inside it sets
    # the closing paragraph far from the body by the text rules alone.
    items = "".join(f'<li><a href="/t{n}">{text}</a></li>' for n, text in enumerate(links.split(";")))
    story = "".join(f"<p>{p} {p}</p>" for p in PROSE[lang])
    page = _page(
        f'<div class="top"><a href="/">Home</a></div><div class="wrap"><h1>Night Ferry Will Run '
        f"All Winter</h1>{story}<ul>{items}</ul><p>{closing}</p></div><div><p>Harbour Post</p></div>",
        lang,
    )
    assert _body(page).endswith(closing)


@pytest.mark.parametrize(("lang", "nav"), [("en", "Home News Sport"), ("es", "Inicio Noticias Deportes")])
def test_an_article_streamed_in_hidden_chunks_is_kept(lang: str, nav: str) -> None:
    # A script framework streams each section into a hidden child of the body and moves it
    # into place once it has arrived.
    chunks = "".join(
        f'<div hidden id="S:{n}"><div><h2>{n + 1}.</h2><p>{text}</p></div></div>'
        for n, text in enumerate(PROSE[lang])
    )
    dialog = f'<div hidden role="dialog"><p>{PROSE[lang][0].upper()}</p></div>'
    page = _page(f"<header><ul><li>{'</li><li>'.join(nav.split())}</li></ul></header>{chunks}{dialog}", lang)
    body = _body(page)
    for text in PROSE[lang]:
        assert text in body
    assert PROSE[lang][0].upper() not in body


@pytest.mark.parametrize(
    ("lang", "heading", "folded"),
    [
        (
            "en",
            "Step two: the crossing",
            "Crews check the ferry's engines every evening before the first crossing leaves the pier.",
        ),
        (
            "de",
            "Was kostet die Fahrt?",
            "Eine einfache Fahrt kostet zwei Euro, für Schichtarbeiter gibt es eine günstige Monatskarte.",
        ),
    ],
)
def test_a_folded_accordion_panel_is_text_but_a_hidden_dialog_is_not(
    lang: str, heading: str, folded: str
) -> None:
    panel = (
        f'<h3 id="q1">{heading}</h3>'
        f'<div role="region" aria-labelledby="q1" style="display:none"><p>{folded}</p></div>'
    )
    dialog = (
        f'<div role="dialog" aria-labelledby="d1" style="display:none"><h2 id="d1">{heading}</h2>'
        f"<p>{folded.upper()}</p></div>"
    )
    body = _body(_page(f"<article>{_paragraphs(lang)}{panel}</article>{dialog}", lang))
    assert folded in body
    assert folded.upper() not in body


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_prose_outside_the_article_container_is_dropped(lang: str) -> None:
    teaser = {
        "en": "Another story from our archive tells how the old bridge was rebuilt after the great flood.",
        "fr": "Un autre article de nos archives raconte comment le pont a été reconstruit après la crue.",
    }[lang]
    page = _page(
        f'<div class="entry-content">{_paragraphs(lang)}</div><div class="promo-box"><p>{teaser}</p></div>'
        f"<div><p>{teaser} {teaser}</p></div>",
        lang,
    )
    assert _body(page) == "\n\n".join(PROSE[lang])
    assert _rules(page)[f"{teaser} {teaser}"[:40]] == "outside-article"


def test_the_innermost_article_container_wins_over_main() -> None:
    promo = "Join our members today and get the weekly print edition delivered to your door every Friday."
    page = _page(
        f"<main><article><div class='article-body'>{_paragraphs('es')}</div></article><p>{promo}</p></main>",
        "es",
    )
    assert promo not in _body(page)
    assert PROSE["es"][2] in _body(page)


@pytest.mark.parametrize(
    "links",
    [
        '<p><a href="/1">Ferry times</a> | <a href="/2">Fares</a> | <a href="/3">Piers</a></p>',
        '<ul><li><a href="/a">Weather for the harbour this week</a></li><li><a href="/b">Tides</a></li></ul>',
    ],
)
def test_link_lists_in_the_article_are_dropped(links: str) -> None:
    page = _page(f"<article>{_paragraphs('en', 2)}{links}<p>{PROSE['en'][2]}</p></article>")
    body = _body(page)
    assert "Fares" not in body and "Tides" not in body
    assert PROSE["en"][2] in body


def test_a_long_linked_paragraph_of_prose_is_kept() -> None:
    linked = (
        'Thanks to <a href="/a">Ana Ruiz</a>, <a href="/b">Jo Lee</a> and <a href="/c">Sam Okafor</a>, '
        "who read the first draft and told me where the argument was weakest, and to "
        '<a href="/d">everyone who wrote in after the first part</a> with their own stories of the ferry.'
    )
    page = _page(f"<article>{_paragraphs('en')}<p>{linked}</p></article>")
    assert "who read the first draft" in _body(page)


@pytest.mark.parametrize("lang", ["en", "de"])
def test_a_paragraph_printed_twice_is_kept_once(lang: str) -> None:
    page = _page(f"<div class='mobile'>{_paragraphs(lang)}</div><article>{_paragraphs(lang)}</article>", lang)
    body = _body(page)
    for paragraph in PROSE[lang]:
        assert body.count(paragraph) == 1


@pytest.mark.parametrize(
    "short",
    ["<h2>What happens next</h2>", "<ul><li>Crossings every 40 minutes</li><li>Last boat at 2 am</li></ul>"],
)
def test_short_blocks_between_article_paragraphs_are_kept(short: str) -> None:
    page = _page(f"<article>{_paragraphs('en', 2)}{short}<p>{PROSE['en'][2]}</p></article>")
    body = _body(page)
    assert ("What happens next" in body) or ("Last boat at 2 am" in body)


CLOSING = {
    "en": (["What we liked:", "The crew", "Test score: 1.5", "Funding: Harbour Board"], "Earlier reports:"),
    "de": (["Was uns gefällt:", "Die Besatzung", "Testnote: 1,5", "Gefördert vom Hafenamt"], "Berichte:"),
}


@pytest.mark.parametrize("lang", ["en", "de"])
def test_short_lines_closing_the_article_are_kept_up_to_a_link_box(lang: str) -> None:
    lines, label = CLOSING[lang]
    links = "".join(f'<li><a href="/{i}">{p[:50]}</a></li>' for i, p in enumerate(PROSE[lang]))
    page = _page(
        f"<article><div class='text'>{_paragraphs(lang)}{''.join(f'<p>{t}</p>' for t in lines)}"
        f"<p>{label}</p><ul>{links}</ul><p>{lines[0]} 2</p></div></article>",
        lang,
    )
    assert _body(page) == "\n\n".join([*PROSE[lang], *lines])


@pytest.mark.parametrize(
    ("lang", "lines"),
    [
        ("en", ["Photo gallery", "Seven pictures", "The crew at dawn"]),
        ("de", ["Bildergalerie", "Sieben Bilder"]),
    ],
)
def test_short_lines_after_the_article_outside_its_element_are_dropped(lang: str, lines: list[str]) -> None:
    after = "".join(f"<p>{line}</p>" for line in lines)
    page = _page(f"<article><div class='text'>{_paragraphs(lang)}</div><div>{after}</div></article>", lang)
    assert _body(page) == "\n\n".join(PROSE[lang])


LEADS = {
    "en": "Why does a small town keep a ferry that loses money every night? What do the riders say, and "
    "who pays for it? The questions and the answers.",
    "de": "Warum hält eine kleine Stadt an einer Fähre fest, die jede Nacht Geld verliert? Was sagen die "
    "Fahrgäste, und wer bezahlt das alles? Ein Überblick.",
}


@pytest.mark.parametrize("lang", ["en", "de"])
def test_a_lead_above_the_byline_joins_the_article(lang: str) -> None:
    page = _page(
        f"<article><h1>Night Ferry Will Run All Winter</h1><p class='lead'>{LEADS[lang]}</p>"
        "<div class='byline'>By <a rel='author' href='/ana'>Ana Ruiz</a></div>"
        f"<div class='text'>{_paragraphs(lang)}</div></article>",
        lang,
    )
    assert _body(page) == "\n\n".join([LEADS[lang], *PROSE[lang]])


PROMOS = {
    "en": (
        "You might also enjoy our guide to the best seaside walks in the county, with maps, parking "
        "tips and the cafés worth stopping at on the way.",
        "The Harbour Post is free every Thursday in shops and cafés along the coast, and online at any time.",
    ),
    "de": (
        "Das könnte Sie auch interessieren: unser großer Ratgeber zu den schönsten Radwegen am Fluss, "
        "mit Karten, Parkplätzen und den besten Einkehrmöglichkeiten.",
        "Die Hafenpost liegt jeden Donnerstag kostenlos in Geschäften und Cafés entlang der Küste aus.",
    ),
}


@pytest.mark.parametrize("lang", ["en", "de"])
def test_prose_above_the_article_in_a_box_that_recurs_below_it_is_not_its_lead(lang: str) -> None:
    above, below = PROMOS[lang]
    page = _page(
        "<div class='story'><h1>Night Ferry Will Run All Winter</h1><p>By Ana Ruiz</p>"
        f"<div class='box-note'><p>{above}</p></div><div itemprop='articleBody'>{_paragraphs(lang)}</div>"
        f"<div class='box-note'><p>{below}</p></div></div>",
        lang,
    )
    assert _body(page) == "\n\n".join(PROSE[lang])
    # Without the box below, the same paragraph is the article's lead.
    assert _body(page.replace(f"<div class='box-note'><p>{below}</p></div>", "")) == "\n\n".join(
        [above, *PROSE[lang]]
    )


@pytest.mark.parametrize("lang", ["en", "de"])
def test_a_lead_in_a_box_with_the_headline_joins_the_article_though_such_boxes_recur(lang: str) -> None:
    # A portal sets every part of the page in one kind of box: the headline's box is the header.
    page = _page(
        f"<div class='portlet'><h1>Night Ferry Will Run All Winter</h1><p>{LEADS[lang]}</p></div>"
        f"<div class='portlet-text'><article>{_paragraphs(lang)}</article></div>"
        f"<div class='portlet'><p>{PROMOS[lang][1]}</p></div>",
        lang,
    )
    assert _body(page) == "\n\n".join([LEADS[lang], *PROSE[lang]])


CAPTIONS = {
    "en": "The night ferry leaves the old harbour pier at dawn, with the first shift workers on board.",
    "de": "Die Nachtfähre legt im Morgengrauen am alten Hafenanleger ab, mit Schichtarbeitern an Bord.",
}


@pytest.mark.parametrize("lang", ["en", "de"])
def test_a_lead_above_the_picture_and_its_caption_joins_the_article(lang: str) -> None:
    page = _page(
        "<div class='story'><header><h1>Night Ferry Will Run All Winter</h1>"
        f"<p class='teaser'>{LEADS[lang]}</p><div class='date-bar'>29.04.2020, 15:59</div>"
        f"<figure><img src='ferry.jpg'><figcaption>{CAPTIONS[lang]}</figcaption></figure></header>"
        f"<article>{_paragraphs(lang)}</article></div>",
        lang,
    )
    assert _body(page) == "\n\n".join([LEADS[lang], *PROSE[lang]])


DATE_LINES = {
    "en": "March 4, 2021, 9:50 am / Updated March 5, 2021",
    "de": "11.01.2022, 09:50 Uhr / Aktualisiert am 12.01.2022",
}


@pytest.mark.parametrize("lang", ["en", "de"])
def test_a_lead_above_a_date_line_outside_the_article_joins_it(lang: str) -> None:
    page = _page(
        f"<div class='story'><h1>Night Ferry Will Run All Winter</h1><p>{LEADS[lang]}</p>"
        f"<div class='stamp'>{DATE_LINES[lang]}</div>"
        f"<figure><img src='ferry.jpg'><figcaption>{CAPTIONS[lang]}</figcaption></figure>"
        f"<article>{_paragraphs(lang)}</article></div>",
        lang,
    )
    assert _body(page) == "\n\n".join([LEADS[lang], *PROSE[lang]])
    # A line without a date there is not looked past: the paragraph above it is not the lead.
    undated = page.replace(DATE_LINES[lang], "Ana Ruiz / Harbour Post / Photos")
    assert _body(undated) == "\n\n".join(PROSE[lang])


SHORT_STORIES = {
    "en": "The ferry will run every night this winter. Tickets cost the same as in summer, and "
    "bikes travel free.",
    "de": "Die Fähre fährt in diesem Winter jede Nacht. Die Fahrkarten kosten so viel wie im Sommer, "
    "und Räder fahren gratis mit.",
}


@pytest.mark.parametrize("lang", ["en", "de"])
def test_the_one_short_paragraph_of_an_article_container_is_kept(lang: str) -> None:
    page = _page(
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<article><h1>Night Ferry Will Run All Winter</h1><p>{SHORT_STORIES[lang]}</p></article>"
        "<div class='bottom'><p>Harbour Post, 1 Quay Street</p></div>",
        lang,
    )
    assert _body(page) == SHORT_STORIES[lang]


AFTER_THE_LONG_PARAGRAPH = {
    "en": "The ferry will also stop at the old pier on Sundays, as it did last year.",
    "de": "Die Fähre hält sonntags auch wieder am alten Anleger, wie schon im letzten Jahr.",
}


@pytest.mark.parametrize("lang", ["en", "de"])
def test_without_a_container_the_region_of_one_long_paragraph_is_its_parent(lang: str) -> None:
    # The long paragraph holds most of the prose, but the article is the element around it.
    page = _page(
        "<div class='top'><a href='/'>Home</a> <a href='/news'>News</a></div>"
        f"<div class='post'><h2>Night Ferry Will Run All Winter</h2><p>{PROSE[lang][0]} {PROSE[lang][1]}</p>"
        f"<p>{AFTER_THE_LONG_PARAGRAPH[lang]}</p></div><div class='bottom'><p>Harbour Post</p></div>",
        lang,
    )
    assert _body(page) == f"{PROSE[lang][0]} {PROSE[lang][1]}\n\n{AFTER_THE_LONG_PARAGRAPH[lang]}"


LIST_LEAD_INS = {"en": "The council gave two reasons:", "de": "Der Rat nannte zwei Gründe:"}
LIST_LINKS = {"en": "The decision in full", "de": "Der Beschluss im Wortlaut"}


@pytest.mark.parametrize("lang", ["en", "de"])
def test_without_a_container_the_region_of_a_list_is_the_element_holding_it(lang: str) -> None:
    # Most of the prose is in the list's items: the line that introduces the list is inside
    # the article too, though a link item next to it makes it look like a menu.
    page = _page(
        "<div class='top'><a href='/'>Home</a> <a href='/news'>News</a></div>"
        f"<div class='post'><h2>Night Ferry Will Run All Winter</h2><p>{PROSE[lang][0]}</p>"
        f"<p>{LIST_LEAD_INS[lang]}</p><ul><li><a href='/decision'>{LIST_LINKS[lang]}</a></li>"
        f"<li>{PROSE[lang][1]}</li><li>{PROSE[lang][2]}</li></ul></div>"
        "<div class='bottom'><p>Harbour Post</p></div>",
        lang,
    )
    assert _body(page) == "\n\n".join([PROSE[lang][0], LIST_LEAD_INS[lang], *PROSE[lang][1:]])


OPENING_LINES = {
    "en": ("Check against delivery", "Dear friends,"),
    "de": ("Es gilt das gesprochene Wort", "Liebe Freundinnen und Freunde,"),
}


@pytest.mark.parametrize("lang", ["en", "de"])
def test_short_lines_above_the_first_paragraph_in_its_element_join_the_article(lang: str) -> None:
    lines = "".join(f"<p>{line}</p>" for line in OPENING_LINES[lang])
    page = _page(
        f"<article><h1>Night Ferry Will Run All Winter</h1><div class='text'>{lines}{_paragraphs(lang)}</div>"
        "</article>",
        lang,
    )
    assert _body(page) == "\n\n".join([*OPENING_LINES[lang], *PROSE[lang]])
    # In an element of their own above the text, they are the header's labels.
    apart = page.replace(f"<div class='text'>{lines}", f"<div class='kicker'>{lines}</div><div class='text'>")
    assert _body(apart) == "\n\n".join(PROSE[lang])


def test_headline_and_byline_are_not_in_the_body() -> None:
    page = _page(
        "<article><h1>Night Ferry Will Run All Winter</h1>"
        '<p class="byline">By <a rel="author" href="/ana">Ana Ruiz</a></p>'
        f"{_paragraphs('en')}</article>"
    )
    article = newsclean.clean_html(page)
    assert article.title == "Night Ferry Will Run All Winter"
    assert article.text == "\n\n".join(PROSE["en"])


META_LINES = {
    "en": "<p>Words by <span itemprop='author'>Ana Ruiz</span> – <time datetime='2021-03-04'>4 March "
    "2021</time> · last updated <time class='updated' datetime='2021-03-05'>5 March 2021</time></p>",
    "de": "<div class='infos'><span class='autor'>Von Sabine Krüger</span> | <span>Veröffentlicht am "
    "<time datetime='2021-05-03T14:05'>3. Mai 2021, 14:05 Uhr</time></span> <span>Aktualisiert am "
    "4. Mai 2021</span></div>",
}


@pytest.mark.parametrize("lang", ["en", "de"])
def test_a_line_joining_the_byline_and_dates_with_their_labels_is_not_in_the_body(lang: str) -> None:
    page = _page(
        f"<article><h1>Night Ferry Will Run All Winter</h1><p class='lead'>{LEADS[lang]}</p>"
        f"{META_LINES[lang]}<div class='text'>{_paragraphs(lang)}</div></article>",
        lang,
    )
    assert _body(page) == "\n\n".join([LEADS[lang], *PROSE[lang]])


def test_a_sentence_naming_the_author_and_a_date_stays_in_the_body() -> None:
    sentence = (
        "Ana Ruiz, who covered the first crossing on 4 March 2021 for this paper, rode the ferry again "
        "last week and found the same crew on board."
    )
    page = _page(
        "<article><h1>Night Ferry Will Run All Winter</h1><p>By <span itemprop='author'>Ana Ruiz</span> – "
        f"<time datetime='2021-03-04'>4 March 2021</time></p><p>{sentence}</p>{_paragraphs('en')}</article>"
    )
    assert _body(page) == "\n\n".join([sentence, *PROSE["en"]])


# --- API -------------------------------------------------------------------------------------


def test_clean_sniffs_html_and_text() -> None:
    page = _page(f"<article>{_paragraphs('fr')}</article>", "fr")
    assert newsclean.clean(page).input_kind == "html"
    assert newsclean.clean(page.encode("utf-8")).input_kind == "html"
    assert newsclean.clean("\n\n".join(PROSE["fr"])).input_kind == "text"


def test_bytes_in_a_declared_charset_give_the_same_article() -> None:
    page = _page(f"<article>{_paragraphs('de')}</article>", "de").replace(
        'charset="utf-8"', 'charset="iso-8859-1"'
    )
    assert newsclean.clean_html(page.encode("latin-1")) == newsclean.clean_html(page)


def test_explain_html_agrees_with_clean_html() -> None:
    page = _page(
        f'<nav><a href="/">Home</a></nav><article>{_paragraphs("en")}</article>'
        "<footer>© Harbour Post</footer>"
    )
    report = newsclean.explain(page)
    assert "\n\n".join(b.text for b in report.kept) == report.article.text == newsclean.clean_html(page).text
    assert all(b.where.startswith("body") for b in report.blocks)


def test_an_html_article_pickles_and_serialises() -> None:
    article = newsclean.clean_html(_page(f"<article>{_paragraphs('es')}</article>", "es"))
    assert pickle.loads(pickle.dumps(article)) == article
    assert article.to_dict()["input_kind"] == "html"
    assert article.language == "es"


@pytest.mark.parametrize(
    "figure",
    [
        "<figure><img src='f.jpg'><figcaption>The ferry at the pier. Photo: J. Bloggs</figcaption></figure>",
        "<div class='wp-caption'><img src='p.jpg'><p class='wp-caption-text'>Der Anleger.</p></div>",
        "<div class='image'><img src='boat.jpg'><span class='credit'>Foto: Hafenamt</span></div>",
    ],
)
def test_picture_captions_and_credits_are_dropped(figure: str) -> None:
    page = _page(f"<article>{_paragraphs('en', 2)}{figure}<p>{PROSE['en'][2]}</p></article>")
    assert _body(page) == "\n\n".join(PROSE["en"])


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_standfirst_stays_in_the_html_body_and_is_the_subtitle(lang: str) -> None:
    standfirst = {
        "en": "The council wants the crossings to continue until the new bridge opens in two years.",
        "fr": "La ville veut garder les traversées jusqu'à l'ouverture du nouveau pont dans deux ans.",
    }[lang]
    page = _page(
        f"<article><h1>Night Ferry Will Run All Winter</h1><p class='standfirst'>{standfirst}</p>"
        f"{_paragraphs(lang)}</article>",
        lang,
    )
    article = newsclean.clean_html(page)
    assert article.text.startswith(standfirst)
    assert article.subtitle in (standfirst, None)


@pytest.mark.parametrize(
    ("lang", "items"),
    [
        ("en", ["Doors open at 6 pm", "Three stories from members about the teams they have worked in, and "
                "what each of them would do differently the next time", "Questions and answers", "Drinks"]),
        ("de", ["Einlass ab 18 Uhr", "Drei Mitglieder erzählen von den Teams, in denen sie gearbeitet haben, "
                "und was sie beim nächsten Mal anders machen würden", "Fragen und Antworten", "Ausklang"]),
    ],
)  # fmt: skip
def test_an_article_made_only_of_short_blocks_is_kept(lang: str, items: list[str]) -> None:
    listing = "".join(f"<li>{item}</li>" for item in items)
    page = _page(
        "<nav><a href='/'>Home</a> <a href='/blog'>Blog</a></nav><article><h1>Night Ferry Will Run All Winter"
        f"</h1><div class='entry-content'><h2>Agenda</h2><ol>{listing}</ol></div></article>",
        lang,
    )
    body = _body(page)
    for item in items:
        assert item in body
    assert "Blog" not in body
