"""Property tests (hypothesis) of the public entry points and the date parser.

Whatever the input, the cleaners return an `Article` or raise a `NewscleanError`; in text mode
nothing is invented; `explain` and `clean` agree; dates are within the allowed range.
The "ci" profile runs a few examples per property; ``NEWSCLEAN_HYPOTHESIS=thorough`` runs
10,000 (see ``tests/conftest.py``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime, timedelta
from html import escape

from conftest import COMMENT, PARAS
from hypothesis import given
from hypothesis import strategies as st

import newsclean
from newsclean import Article, CleanOptions, NewscleanError
from newsclean._dates import find_dates, parse_date_string, plausible
from newsclean._load import load_text

_SPACE = re.compile(r"\s+")
_FETCHED = datetime(2024, 6, 1, 12, 0)

# Pieces of the lines of a page dump, mixed with arbitrary text: headlines, bylines, dates in
# many forms (valid, impossible and out of range), furniture, prose and hostile fragments.
_PIECES = (
    "Council Backs Night Ferry Trial | Riverside Courier", "Council Backs Night Ferry Trial",
    "By Ann Lee and Jo Park", "Von Max Muster | 10.09.2017, 14:05 Uhr", "Par Zoë Dupont",
    "Published: March 4, 2021", "Updated 2024-05-06T10:00:00+02:00", "4. Mai 2024",
    "99/99/9999", "00.00.0000", "31/02/2020", "0000-00-00", "10000-01-01", "year 0",
    "12.13.2014", "2038-01-19T03:14:08Z", "Jan 32, 2020", "Feb 29, 2023", "3 hours ago",
    "vor 2 Tagen", "yesterday", "Home", "News", "Share", "Sign up for our newsletter",
    "© 2024 All rights reserved", "Comments (3)", "Related:", "Photo: Reuters", "Tags: a, b",
    "Home > News > World", "<p>not markup</p>", "\x00\x01\x1b", "\u200b\ufeff", "done.At Scratch",
    "2025By Jane Doe", "aBaBaBaBaBaBaBaBaBaBaBaBaBaBaB", "東京都は新しい計画を発表した。",
    '{"datePublished": "2020-01-02T03:04:05Z"}', *PARAS, COMMENT,
)  # fmt: skip
_SEPARATORS = ("\n", "\n\n", "\n\n\n", " ", "", "\t", "   ", "\r\n", "\u2028")
_piece = st.one_of(st.sampled_from(_PIECES), st.text(max_size=80))
_dumps = st.lists(st.tuples(_piece, st.sampled_from(_SEPARATORS)), max_size=30).map(
    lambda parts: "".join(piece + sep for piece, sep in parts)
)
texts = st.one_of(st.text(max_size=400), _dumps)
# HTML pages built from tags (block, inline, furniture, script, entities, broken markup)
# around the same pieces.
_TAGS = ("p", "div", "h1", "h2", "span", "a", "li", "ul", "nav", "footer", "article", "script", "style",
         "time", "b", "table", "td", "header", "aside", "figure", "figcaption", "blockquote")  # fmt: skip
_ATTRS = ("", " class='byline'", " id='main'", " class='share social'", " datetime='2021-03-04'",
          " content='2020-02-02' property='article:published_time'", " href='/2019/05/06/x'")  # fmt: skip
_element = st.tuples(st.sampled_from(_TAGS), st.sampled_from(_ATTRS), _piece, st.booleans()).map(
    lambda e: f"<{e[0]}{e[1]}>{e[2]}" + (f"</{e[0]}>" if e[3] else "")
)
_heads = st.sampled_from(
    (
        "",
        "<!DOCTYPE html>",
        "<html><head><title>Council Backs Night Ferry Trial | Riverside Courier</title></head><body>",
        "<?xml version='1.0' encoding='utf-8'?><html xmlns='http://www.w3.org/1999/xhtml'><body>",
        "<!DOCTYPE x [<!ENTITY a 'aaaaaaaa'><!ENTITY b '&a;&a;&a;&a;'>]><html><body>&b;",
        '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2021-03-04",'
        ' "author": {"name": "Ann Lee"}, "headline": "Council Backs"}</script>',
        "<meta name='author' content='Jo Park'><meta property='og:title' content='Ferry Trial'>",
    )
)
pages = st.tuples(_heads, st.lists(st.one_of(_element, _piece), max_size=30)).map(
    lambda hp: hp[0] + "".join(hp[1])
)
inputs = st.one_of(texts, pages)
raw_bytes = st.one_of(
    st.binary(max_size=400),
    texts.map(lambda t: t.encode("utf-8", errors="surrogatepass")),
    st.tuples(texts, st.sampled_from(("cp1252", "utf-16", "utf-16-le", "shift_jis", "gb18030"))).map(
        lambda te: te[0].encode(te[1], errors="ignore")
    ),
)
_urls = st.one_of(
    st.none(),
    st.sampled_from(("https://example.org/2021/03/04/ferry", "https://example.co.uk/news/10/09/2017/x")),
    st.text(max_size=60),
)
_date_strings = st.one_of(
    st.sampled_from(_PIECES[5:20]),
    st.builds(
        "{}{}{}{}{}".format,
        st.integers(-5, 10_500),
        st.sampled_from("./- "),
        st.integers(-5, 120),
        st.sampled_from("./- "),
        st.integers(-5, 12_000),
    ),
    st.builds(
        "{} {}, {}".format,
        st.sampled_from(("January", "Mai", "février", "Sept.", "dic", "Dec")),
        st.integers(-3, 40),
        st.integers(-10, 10_500),
    ),
    st.text(max_size=60),
)


def _outcome(clean: Callable[[], Article]) -> Article | None:
    """The article, or None when the input was refused with a NewscleanError (anything else
    escapes and fails the test)."""
    try:
        return clean()
    except NewscleanError:
        return None


def _squeezed(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def _check_article(article: Article | None, options: CleanOptions, fetched_at: datetime) -> None:
    if article is None:
        return
    assert isinstance(article.text, str)
    assert "\n\n\n" not in article.text
    if article.published is not None:
        latest = fetched_at + timedelta(days=options.allow_future_days)
        assert plausible(article.published, options.min_year, latest), article.published


@given(texts, _urls)
def test_clean_text_of_any_str(text: str, url: str | None) -> None:
    options = CleanOptions()
    article = _outcome(lambda: newsclean.clean_text(text, url=url, fetched_at=_FETCHED))
    _check_article(article, options, _FETCHED)


@given(raw_bytes)
def test_clean_text_of_any_bytes(data: bytes) -> None:
    article = _outcome(lambda: newsclean.clean_text(data, fetched_at=_FETCHED))
    _check_article(article, CleanOptions(), _FETCHED)


@given(texts)
def test_text_mode_invents_nothing(text: str) -> None:
    article = _outcome(lambda: newsclean.clean_text(text))
    if article is None:
        return
    source = _squeezed(load_text(text, CleanOptions()))
    for line in article.text.split("\n"):
        assert _squeezed(line) in source, line
    for field in (article.title, article.subtitle, article.site_name, *article.authors):
        if field is not None:
            assert _squeezed(field) in source, field


@given(pages, _urls)
def test_clean_html_of_any_page(page: str, url: str | None) -> None:
    article = _outcome(lambda: newsclean.clean_html(page, url=url, fetched_at=_FETCHED))
    _check_article(article, CleanOptions(), _FETCHED)
    if article is not None:
        assert article.input_kind == "html"


@given(st.one_of(texts, raw_bytes))
def test_clean_html_of_any_input(raw: str | bytes) -> None:
    _check_article(_outcome(lambda: newsclean.clean_html(raw, fetched_at=_FETCHED)), CleanOptions(), _FETCHED)


@given(st.one_of(inputs, raw_bytes, pages.map(lambda p: p.encode("utf-16"))))
def test_clean_of_any_input(raw: str | bytes) -> None:
    article = _outcome(lambda: newsclean.clean(raw, fetched_at=_FETCHED))
    _check_article(article, CleanOptions(), _FETCHED)
    if article is not None:
        entry = newsclean.clean_html if article.input_kind == "html" else newsclean.clean_text
        assert entry(raw, fetched_at=_FETCHED) == article


@given(inputs, _urls)
def test_explain_agrees_with_clean(text: str, url: str | None) -> None:
    try:
        article = newsclean.clean(text, url=url, fetched_at=_FETCHED)
    except NewscleanError as error:
        try:
            newsclean.explain(text, url=url, fetched_at=_FETCHED)
        except NewscleanError as again:
            assert type(again) is type(error)
            return
        raise AssertionError("explain accepted what clean refused") from error
    report = newsclean.explain(text, url=url, fetched_at=_FETCHED)
    assert report.article == article
    assert article.text == "\n\n".join(b.text for b in report.blocks if b.kept)


@given(
    st.lists(_date_strings, min_size=1, max_size=8),
    st.integers(1900, 2030),
    st.integers(0, 30),
    st.booleans(),
)
def test_published_date_is_within_the_allowed_range(
    lines: list[str], min_year: int, future: int, html: bool
) -> None:
    options = CleanOptions(min_year=min_year, allow_future_days=future)
    if html:
        quoted = [escape(line, quote=True) for line in lines]
        head = "".join(f"<meta property='article:published_time' content='{q}'>" for q in quoted)
        body = "".join(f"<p><time datetime='{q}'>{q}</time></p>" for q in quoted)
        page = f"<html><head>{head}</head><body><h1>Headline</h1>{body}<p>{PARAS[0]}</p></body></html>"
        article = _outcome(lambda: newsclean.clean_html(page, fetched_at=_FETCHED, options=options))
    else:
        text = "Headline\n\n" + "\n\n".join(lines) + "\n\n" + PARAS[0]
        article = _outcome(lambda: newsclean.clean_text(text, fetched_at=_FETCHED, options=options))
    _check_article(article, options, _FETCHED)


@given(_date_strings, st.sampled_from(("DMY", "MDY", "YMD")), st.sampled_from((None, "en", "de", "fr")))
def test_parse_date_string_of_any_str(text: str, order: str, language: str | None) -> None:
    value = parse_date_string(text, order, language)
    if value is not None:
        assert isinstance(value, datetime)
        assert 1900 <= value.year <= 2099
        assert str(value.year) in text or f"{value.year % 100:02d}" in text


@given(texts)
def test_find_dates_of_any_str(text: str) -> None:
    previous_end = 0
    for hit in find_dates(text):
        assert previous_end <= hit.start < hit.end <= len(text)
        previous_end = hit.end
        for order in ("DMY", "MDY"):
            value = hit.resolve(order)
            assert value is None or 1900 <= value.year <= 2099
