"""Loading: bytes or str to normalised text, through the public API where possible."""

from __future__ import annotations

import codecs
import random

import pytest
from conftest import PARAS, page
from hypothesis import given
from hypothesis import strategies as st

import newsclean
from newsclean import CleanOptions, InputTooLargeError, NewscleanError, NotAPageError
from newsclean._load import _OTHER_SPACES, load_text, looks_like_html, unmojibake

OPTS = CleanOptions()
# A page with accents, curly quotes, a euro sign and a dash: every encoding below must agree.
ACCENTED = page(
    "Café crème – déjà vu",
    "By Zoë Müller",
    "Le conseil a voté mardi soir « à l’unanimité » pour le projet de la jetée, "
    "qui coûtera 5 € par habitant et par an pendant dix ans, a indiqué la maire. " * 2,
    PARAS[0],
)
_CONTROLS = "".join(chr(c) for c in range(0x20) if chr(c) not in "\t\n\r")
_CONTROLS += "\x7f\x85\u200b\ufeff\ufffe\uffff"


def _body_blocks(raw: str | bytes) -> list[str]:
    return [b.text for b in newsclean.explain(raw).blocks]


# -- encodings -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        codecs.BOM_UTF8 + ACCENTED.encode("utf-8"),
        codecs.BOM_UTF16_LE + ACCENTED.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + ACCENTED.encode("utf-16-be"),
        ACCENTED.encode("utf-8"),
    ],
    ids=["utf8-bom", "utf16le-bom", "utf16be-bom", "utf8"],
)
def test_bytes_with_bom_clean_like_the_str(data: bytes) -> None:
    assert newsclean.clean_text(data) == newsclean.clean_text(ACCENTED)
    assert _body_blocks(data) == _body_blocks(ACCENTED)
    assert not newsclean.explain(data).blocks[0].text.startswith("\ufeff")


def test_bom_is_not_kept_in_the_text() -> None:
    assert load_text(codecs.BOM_UTF8 + b"Headline", OPTS) == "Headline"
    assert load_text(codecs.BOM_UTF16_LE + "Überschrift".encode("utf-16-le"), OPTS) == "Überschrift"
    assert load_text(codecs.BOM_UTF16_BE + "Überschrift".encode("utf-16-be"), OPTS) == "Überschrift"


def test_cp1252_without_declaration() -> None:
    text = "Café “quoted” – 5 € déjà Größe"
    data = text.encode("cp1252")
    assert data != text.encode("utf-8")
    assert load_text(data, OPTS) == text
    assert _body_blocks(("Title\n\n" + text).encode("cp1252")) == ["Title", text]


@pytest.mark.parametrize(
    ("declaration", "encoding", "text"),
    [
        (b'<meta charset="iso-8859-1">', "iso-8859-1", "Ça coûte cher, Größe und Maße"),
        (
            b"<meta http-equiv='Content-Type' content='text/html; charset=windows-1251'>",
            "windows-1251",
            "Привет, мир: новости дня",
        ),
        (b'<?xml version="1.0" encoding="iso-8859-15"?>', "iso-8859-15", "Il coûte 5 € œuvre"),
    ],
    ids=["meta-charset-latin1", "http-equiv-cp1251", "xml-latin9"],
)
def test_declared_charset_is_used(declaration: bytes, encoding: str, text: str) -> None:
    data = declaration + b"\n\n" + text.encode(encoding)
    assert text.encode(encoding) != text.encode("utf-8")
    loaded = load_text(data, OPTS)
    assert loaded.endswith("\n\n" + text)
    assert text in _body_blocks(data)


def test_unknown_declared_charset_falls_back_to_utf8() -> None:
    assert load_text(b'<meta charset="no-such-codec">\ncaf\xc3\xa9', OPTS).endswith("\ncafé")


def test_mixed_utf8_and_cp1252_bytes() -> None:
    data = "Zoë said “yes”".encode() + b" and " + "Müller said “no” – 5 €".encode("cp1252")
    assert load_text(data, OPTS) == "Zoë said “yes” and Müller said “no” – 5 €"
    assert _body_blocks(b"Mixed\n\n" + data) == ["Mixed", load_text(data, OPTS)]


@pytest.mark.parametrize("codec", ["utf-16", "latin-1"])
def test_charset_mentioned_in_prose_does_not_override_utf8(codec: str) -> None:
    text = f"Reading files\n\nCall open(path, encoding='{codec}') for old files. The café agreed."
    assert load_text(text.encode("utf-8"), OPTS) == text


# -- normalisation ---------------------------------------------------------------------------


def test_nul_and_control_characters_are_removed() -> None:
    raw = "The coun\x00cil met\x07 on Mon\x1bday\u200b.\x7f It\ufeff vo\ufffeted\x0b\x0c to fund\uffff it."
    assert load_text(raw, OPTS) == "The council met on Monday. It voted to fund it."
    for block in _body_blocks(page("Head\x00line", PARAS[0][:100] + "\x01\x02" + PARAS[0][100:])):
        assert not any(c in block for c in _CONTROLS), repr(block)


def test_control_characters_removed_from_bytes() -> None:
    # A realistic page with a few stray control bytes is still a page.
    raw = (PARAS[0] + "\x00" + PARAS[1] + "\x08\n" + PARAS[2]).encode()
    loaded = load_text(raw, OPTS)
    assert loaded == PARAS[0] + PARAS[1] + "\n" + PARAS[2]


def test_tabs_and_newlines_survive() -> None:
    assert load_text("a\tb\nc", OPTS) == "a\tb\nc"


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\u2028", "\u2029", "\x85"])
def test_newlines_are_normalised(newline: str) -> None:
    raw = newline.join(["Headline", "", "First line of text.", "Second line."])
    assert load_text(raw, OPTS) == "Headline\n\nFirst line of text.\nSecond line."
    assert load_text(raw.encode("utf-8"), OPTS) == "Headline\n\nFirst line of text.\nSecond line."


def test_crlf_dump_segments_like_lf_dump() -> None:
    lf = page("Headline", "Home", PARAS[0], PARAS[1])
    crlf = lf.replace("\n", "\r\n")
    cr = lf.replace("\n", "\r")
    expected = newsclean.explain(lf)
    for variant in (crlf, cr, crlf.encode(), cr.encode("cp1252")):
        report = newsclean.explain(variant)
        assert [(b.where, b.text, b.rule) for b in report.blocks] == [
            (b.where, b.text, b.rule) for b in expected.blocks
        ]
        assert report.article == expected.article


def test_unusual_spaces_become_plain_spaces() -> None:
    assert load_text("a\u00a0b\u2003c\u202fd", OPTS) == "a b c d"
    assert load_text("Prix\u00a0: 12\u2009€\u3000Tokyo\u205fnight", OPTS) == "Prix : 12 € Tokyo night"


def test_every_unicode_space_but_newline_and_tab_is_replaced() -> None:
    spaces = {chr(c) for c in range(0x110000) if chr(c).isspace()} - set("\n\t ")
    assert set(_OTHER_SPACES) == spaces
    line_breaks, controls = set("\r\x85\u2028\u2029"), set("\x0b\x0c\x1c\x1d\x1e\x1f")
    for space in spaces:
        expected = "\n" if space in line_breaks else "" if space in controls else " "
        assert load_text(f"caf\u00e9{space}noir", OPTS) == f"caf\u00e9{expected}noir", hex(ord(space))


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_property_loaded_text_is_normalised(text: str) -> None:
    loaded = load_text(text, OPTS)
    assert "\r" not in loaded
    assert not any(c in loaded for c in _CONTROLS)
    assert not any(c in loaded for c in _OTHER_SPACES)
    assert load_text(loaded, OPTS) == loaded  # idempotent
    if "charset" not in text.lower() and "encoding" not in text.lower():
        assert load_text(codecs.BOM_UTF8 + text.encode("utf-8"), OPTS) == loaded


# -- size cap --------------------------------------------------------------------------------


def test_input_too_large_str() -> None:
    opts = CleanOptions(max_input_chars=100)
    newsclean.clean_text("x" * 100, options=opts)  # at the limit: fine
    with pytest.raises(InputTooLargeError):
        newsclean.clean_text("x" * 101, options=opts)
    with pytest.raises(InputTooLargeError):
        newsclean.explain("x" * 101, options=opts)


def test_input_too_large_bytes() -> None:
    opts = CleanOptions(max_input_chars=100)
    with pytest.raises(InputTooLargeError):
        newsclean.clean_text(b"x" * 101, options=opts)
    with pytest.raises(InputTooLargeError):
        newsclean.clean_text(b"x" * 10_000, options=opts)


def test_limit_counts_characters_not_bytes() -> None:
    opts = CleanOptions(max_input_chars=100)
    data = "é".encode() * 60  # 120 bytes, 60 characters
    assert len(data) > 100
    newsclean.clean_text(data, options=opts)


# -- not a page ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(64),
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
        b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03" + bytes(40),
        random.Random(0).randbytes(4096),
    ],
    ids=["png", "pdf", "gzip", "random-4k"],
)
def test_binary_input_is_not_a_page(data: bytes) -> None:
    with pytest.raises(NotAPageError):
        newsclean.clean_text(data)
    with pytest.raises(NotAPageError):
        newsclean.explain(data)


def test_random_binary_is_never_a_page() -> None:
    accepted = []
    for seed in range(20):
        data = random.Random(seed).randbytes(2000)
        try:
            newsclean.clean_text(data)
        except NotAPageError:
            continue
        accepted.append(seed)
    assert accepted == []


# -- errors ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "options"),
    [
        ("x" * 11, CleanOptions(max_input_chars=10)),
        (b"x" * 11, CleanOptions(max_input_chars=10)),
        (b"\x89PNG\r\n\x1a\n" + bytes(32), None),
        (b"%PDF-1.4\n", None),
        (b"\x1f\x8b\x08" + bytes(32), None),
        (random.Random(0).randbytes(4096), None),
        (bytes(range(32)) * 20, None),
    ],
)
def test_every_error_is_a_newsclean_error(raw: str | bytes, options: CleanOptions | None) -> None:
    with pytest.raises(NewscleanError):
        newsclean.clean_text(raw, options=options)
    with pytest.raises(NewscleanError):
        newsclean.explain(raw, options=options)


@pytest.mark.parametrize("raw", [None, 42, ["a list"], 3.5])
def test_non_text_input_is_a_type_error(raw: object) -> None:
    with pytest.raises((TypeError, NewscleanError)):
        newsclean.clean_text(raw)  # type: ignore[arg-type]


def test_bytearray_and_memoryview_are_accepted() -> None:
    data = ACCENTED.encode()
    expected = newsclean.clean_text(data)
    assert newsclean.clean_text(bytearray(data)) == expected  # type: ignore[arg-type]
    assert newsclean.clean_text(memoryview(data)) == expected  # type: ignore[arg-type]


# -- HTML: load_html -------------------------------------------------------------------------


def _html(body: str) -> str:
    return f"<html><head><title>t</title></head><body>{body}</body></html>"


HTML_JA = _html("<h1>東京</h1><p>東京都は新しい交通計画を発表した。市民は歓迎している。</p>")
HTML_ZH = _html("<h1>北京</h1><p>北京市政府今天宣布了新的交通计划，市民表示欢迎，工程明年开始。</p>")
HTML_TW = _html("<h1>台北</h1><p>台北市政府今天宣布新的交通計劃，市民表示歡迎，工程明年開始。</p>")
HTML_FR = _html("<p>Le conseil a voté « à l’unanimité » pour la jetée, qui coûtera 5 € par an. Déjà.</p>")
HTML_DE = _html("<p>Die Zeitung berichtet über Größe und Maße – „schön“, sagte der Bürgermeister.</p>")
HTML_RU = _html("<p>Мэр города заявил, что строительство моста начнётся осенью.</p>")
HTML_PL = _html("<p>Burmistrz powiedział, że budowa mostu zacznie się jesienią. Łódź i Gdańsk też chcą.</p>")


def load_html(raw: str | bytes, encoding: str | None = None, options: CleanOptions = OPTS) -> str:
    from newsclean._load import load_html as load

    return load(raw, options, encoding)


@pytest.mark.parametrize(
    ("html", "encoding"),
    [
        (HTML_JA, "shift_jis"),
        (HTML_JA, "euc-jp"),
        (HTML_ZH, "gb18030"),
        (HTML_TW, "big5"),
        (HTML_FR, "cp1252"),
        (HTML_DE, "cp1252"),
        (HTML_RU, "cp1251"),
        (HTML_PL, "cp1250"),
        (HTML_JA, "utf-16-le"),
        (HTML_FR, "utf-16-be"),
    ],
)
def test_undeclared_legacy_encodings_are_detected(html: str, encoding: str) -> None:
    data = html.encode(encoding)
    assert data != html.encode("utf-8")
    assert load_html(data) == html


@pytest.mark.parametrize(
    ("declaration", "encoding", "body"),
    [
        ('<meta charset="shift_jis">', "shift_jis", "東京都は発表した。"),
        ("<meta http-equiv='Content-Type' content='text/html; charset=windows-1251'>", "cp1251", "Новости"),
        ('<meta content="text/html; charset=GB2312" http-equiv="Content-Type">', "gb2312", "北京新闻"),
        ("<META CHARSET=iso-8859-15>", "iso-8859-15", "Il coûte 5 € œuvre"),
    ],
)
def test_meta_charset_is_used(declaration: str, encoding: str, body: str) -> None:
    html = f"<html><head>{declaration}<title>t</title></head><body><p>{body}</p></body></html>"
    assert load_html(html.encode(encoding)) == html


def test_xml_declaration_is_used_and_dropped() -> None:
    html = "<html><body><p>Größe und Maße, ça coûte</p></body></html>"
    for encoding in ("iso-8859-1", "utf-8"):
        data = f'<?xml version="1.0" encoding="{encoding}"?>\n'.encode() + html.encode(encoding)
        assert load_html(data) == "\n" + html
    assert load_html('<?xml version="1.0"?><html><p>x</p></html>') == "<html><p>x</p></html>"


def test_given_encoding_comes_before_the_meta_declaration() -> None:
    html = '<meta charset="utf-8"><p>Мэр города заявил</p>'
    assert load_html(html.encode("koi8-r"), encoding="koi8-r") == html
    assert load_html(html.encode("cp1251"), encoding="windows-1251") == html


def test_bom_comes_before_every_declaration() -> None:
    html = '<meta charset="iso-8859-1"><p>Größe</p>'
    assert load_html(codecs.BOM_UTF8 + html.encode()) == html
    assert load_html(codecs.BOM_UTF16_LE + html.encode("utf-16-le"), encoding="cp1252") == html


def test_latin_label_loses_to_valid_utf8() -> None:
    # pages often declare iso-8859-1 and send UTF-8: the bytes tell
    for html in ('<meta charset="iso-8859-1"><p>Größe “x”</p>', "<meta charset=cp1252><p>café – déjà</p>"):
        assert load_html(html.encode("utf-8")) == html
        assert load_html(html.encode("cp1252")) == html


def test_declared_charset_that_does_not_fit_the_bytes_is_ignored() -> None:
    html = '<meta charset="shift_jis"><p>Die Größe – „schön“ und Maße, über alles.</p>'
    assert load_html(html.encode("cp1252")) == html
    html = '<meta charset="euc-kr"><p>北京市政府今天宣布了新的交通计划</p>'
    assert load_html(html.encode("utf-8")) == html


@pytest.mark.parametrize("label", ["no-such-codec", "x-user-defined"])
def test_unknown_label_falls_back_to_the_bytes(label: str) -> None:
    html = f'<meta charset="{label}"><p>café “x”</p>'
    assert load_html(html.encode("utf-8")) == html
    assert load_html(html.encode("cp1252")) == html


def test_mixed_utf8_and_cp1252_html_is_mended() -> None:
    good = "<p>Zoë said “yes” – and Łódź agreed</p>"
    stray = "<p>Müller said “no” – 5 €</p>"
    assert load_html(good.encode() + stray.encode("cp1252")) == good + stray
    assert load_html(stray.encode("cp1252") + good.encode() * 3) == stray + good * 3


def test_html_nul_and_lone_surrogates_are_removed_before_parsing() -> None:
    tail = "<p>" + PARAS[0] + "</p>"
    raw = "<p>The coun\x00cil met on Mon\ud800day.</p>" + tail
    assert load_html(raw) == "<p>The council met on Monday.</p>" + tail


@pytest.mark.parametrize(
    "raw",
    [
        "<p>The coun\x00cil\r\nmet\x07 on Mon\x1bday\u200b.\ud800</p>\r<p>x\u2028y</p>",
        "<h2>Ju\x0bne\ufeff</h2><p>A\x7f&#8203;b\x85c</p>",
    ],
)
def test_html_controls_never_reach_the_article(raw: str) -> None:
    page = (
        "<html><head><title>Mon\x1bday</title></head><body><article>"
        + raw
        + "<p>"
        + PARAS[0]
        + "</p></article></body></html>"
    )
    report = newsclean.explain(page)
    texts = [block.text for block in report.blocks] + [report.article.title or ""]
    for text in texts:
        assert not any(c in text for c in "\x00\x07\x0b\x1b\x7f\x85\u200b\ufeff\ud800"), text


def test_html_entities_are_left_to_the_parser() -> None:
    html = "<p>a&nbsp;b &amp; c&#8203;</p>"
    assert load_html(html) == html
    assert load_html(html.encode()) == html


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(64),
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
        b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03" + bytes(40),
        b"PK\x03\x04" + bytes(60),
        random.Random(1).randbytes(4096),
    ],
    ids=["png", "pdf", "gzip", "zip", "random-4k"],
)
def test_binary_html_is_not_a_page(data: bytes) -> None:
    with pytest.raises(NotAPageError):
        load_html(data)
    with pytest.raises(NotAPageError):
        load_html(data.decode("latin-1"))


def test_random_binary_is_never_an_html_page() -> None:
    accepted = []
    for seed in range(30):
        data = random.Random(seed).randbytes(3000)
        try:
            load_html(data)
        except NewscleanError:
            continue
        accepted.append(seed)
    assert accepted == []


def test_html_size_cap() -> None:
    opts = CleanOptions(max_input_chars=100)
    html = "<p>" + "x" * 93 + "</p>"
    assert len(load_html(html, options=opts)) == 100
    for raw in (html + " ", (html + " ").encode(), (html * 100).encode("utf-16")):
        with pytest.raises(InputTooLargeError, match="max_input_chars=100"):
            load_html(raw, options=opts)


def test_html_non_text_input_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        load_html(42)  # type: ignore[arg-type]


# -- sniffing: looks_like_html ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "<!DOCTYPE html>\n<html lang='en'><head><title>x</title></head></html>",
        "  \n<!doctype HTML><p>hi",
        "<html><body>text</body></html>",
        "<?xml version='1.0'?>\n<html xmlns='http://www.w3.org/1999/xhtml'><body/></html>",
        "<!-- saved page -->\n<div>menu</div>",
        "<head><meta charset='utf-8'></head>",
        "<body class='x'><p>only a body</p></body>",
        "<div class='story'><p>First paragraph of the story.</p><p>Second.</p></div>",
        "<p>One</p>\n<p>Two</p>",
        "Breaking: <b>storm</b> hits the <a href='/coast'>coast</a>, <i>officials</i> say <br/> more",
    ],
)
def test_html_is_recognised(text: str) -> None:
    assert looks_like_html(text)


@pytest.mark.parametrize(
    "text",
    [
        "Headline | Site\n\nHome\nNews\n\nBy Ann Lee\n\n" + PARAS[0],
        "Use the <p> tag for paragraphs and <div> for blocks, the guide says. " + PARAS[1],
        "a < b and c > d in this formula, " + PARAS[2],
        "<<<>>> not markup at all " + PARAS[3],
        "",
        "<3 love this",
    ],
)
def test_text_dumps_are_not_html(text: str) -> None:
    assert not looks_like_html(text)


def test_sniff_reads_only_the_start() -> None:
    text = PARAS[0] * 40 + "<p>late</p><div>markup</div>" * 10
    assert not looks_like_html(text)
    assert looks_like_html("<p>early</p><div>markup</div>" + PARAS[0] * 40 + "<p>x</p>" * 100)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_text_dump_in_utf16_without_bom(encoding: str) -> None:
    japanese = page("東京の記者会見", "By Ann Lee", "市民は新しい計画を歓迎した。" * 5, PARAS[1])
    for text in (ACCENTED, japanese):
        assert load_text(text.encode(encoding), OPTS) == load_text(text, OPTS)


@pytest.mark.parametrize(
    "encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1252", "shift_jis"]
)
def test_bytes_are_sniffed_like_their_text(encoding: str) -> None:
    html = "<!doctype html><html><body><p>東京</p></body></html>"
    if encoding == "cp1252":
        html = "<p>Café</p><p>x</p>"
    dump = "Headline | Site\n\nHome\n\n" + PARAS[0]
    assert looks_like_html(html.encode(encoding))
    assert not looks_like_html(dump.encode(encoding))


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (page("東京の記者会見", "市民は計画を歓迎した。" * 5, "東京都は計画を発表した。" * 4), "shift_jis"),
        (page("北京新闻", "北京市政府今天宣布了新的交通计划。" * 5, "市民表示欢迎。" * 4), "gb18030"),
        (page("Новости", "Мэр города заявил, что строительство моста начнётся осенью." * 3), "cp1251"),
        (page("Größe", "Die Zeitung berichtet über Größe und Maße – „schön“, sagte er."), "cp1252"),
    ],
)
def test_undeclared_legacy_text_dumps_are_detected(text: str, encoding: str) -> None:
    assert load_text(text.encode(encoding), OPTS) == load_text(text, OPTS)


@pytest.mark.parametrize(
    ("broken", "mended"),
    [
        ("The harbour\u00e2\u0080\u0099s new pier", "The harbour’s new pier"),
        ("Die Ver\u00c3\u00b6ffentlichung f\u00c3\u00bcr Gro\u00c3\u009fe", "Die Veröffentlichung für Große"),
        ("Un caf\u00c3\u00a9 \u00c3\u00a0 la gare \u00e2\u20ac\u201c", "Un café à la gare –"),
        ("Precio:\u00c2\u00a0100 \u00e2\u0082\u00ac", "Precio:\xa0100 €"),
    ],
)
def test_mojibake_is_mended(broken: str, mended: str) -> None:
    assert unmojibake(broken) == mended
    loaded = load_text(f"Title\n{broken}\nEnd", CleanOptions())
    assert loaded == f"Title\n{mended.replace(chr(160), ' ')}\nEnd"


@pytest.mark.parametrize(
    "text",
    ["Le château est beau, dit-on à Chambord.", "SÃO PAULO e BRASÍLIA", "Der Bâtiment-Plan wurde gelobt."],
)
def test_text_that_only_looks_like_mojibake_is_left_alone(text: str) -> None:
    assert unmojibake(text) == text


def test_a_mojibake_title_is_mended_in_both_modes() -> None:
    title = "A Harbour Pilot\u00e2\u0080\u0099s Guide"
    body = "The pilots of the harbour guide every ferry past the old pier, the board said on Tuesday."
    assert newsclean.clean_text(f"{title}\n\n{body}").title == "A Harbour Pilot’s Guide"
    page = f"<html><head><title>{title}</title></head><body><h1>{title}</h1><p>{body}</p></body></html>"
    assert newsclean.clean_html(page).title == "A Harbour Pilot’s Guide"
