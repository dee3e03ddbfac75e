"""HTML metadata (`newsclean._htmlmeta.read_meta`): the fixture pages, then each rule on two
differently worded synthetic pages, then odd pages that must not raise."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import lxml.html
import pytest

import newsclean
from newsclean import CleanOptions
from newsclean._htmlmeta import _DATE_ELSEWHERE, HtmlMeta, read_meta

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "html" / "meta"
CASES = sorted(FIXTURES.glob("*.json"))
_PARSER = lxml.html.HTMLParser(remove_comments=True, no_network=True, default_doctype=False)
_BODY = "<p>The council voted on Tuesday to approve the plan after a long debate.</p>"
# A structured publication date that a shown date is checked against.
_PUBLISHED_2021 = '<meta property="article:published_time" content="2021-03-04T10:00:00">'


def _root(html: str) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(html, parser=_PARSER)


def _meta(html: str, url: str | None = None, fetched_at: datetime | None = None, **options: Any) -> HtmlMeta:
    return read_meta(_root(html), url, fetched_at, CleanOptions(**options))


def _page(head: str = "", body: str = "", lang: str = "en") -> str:
    return f'<html lang="{lang}"><head>{head}</head><body>{body}</body></html>'


# --- fixtures ------------------------------------------------------------------------------------


def test_fixtures_cover_four_languages() -> None:
    languages = {json.loads(c.read_text(encoding="utf-8"))["expect"]["language"] for c in CASES}
    assert {"en", "de", "fr", "es"} <= languages


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_fixture(case: Path) -> None:
    spec = json.loads(case.read_text(encoding="utf-8"))
    fetched = spec.get("fetched_at")
    meta = _meta(
        case.with_suffix(".html").read_text(encoding="utf-8"),
        spec.get("url"),
        datetime.fromisoformat(fetched) if fetched else None,
    )
    expect = spec["expect"]
    got = meta._asdict() | {
        "authors": list(meta.authors),
        "published": meta.published.isoformat() if meta.published else None,
    }
    assert {key: got[key] for key in expect} == expect


# --- title ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("page_title", "site"),
    [
        ("Rain Returns to the Valley | Daily Post", "Daily Post"),
        ("Daily Post :: Rain Returns to the Valley", "Daily Post"),
        ("Regen kehrt ins Tal zurück – Tagesblatt Nord", "Tagesblatt Nord"),
    ],
)
def test_site_name_cut_from_title_by_comparing_with_the_headline(page_title: str, site: str) -> None:
    headline = page_title.replace(site, "").strip(" |:–")
    meta = _meta(_page(f"<title>{page_title}</title>", f"<article><h1>{headline}</h1>{_BODY}</article>"))
    assert (meta.title, meta.site_name) == (headline, site)


@pytest.mark.parametrize(
    "head",
    [
        "<title>Markets Rally as Rates Hold - The Ledger</title>"
        '<meta property="og:site_name" content="The Ledger">',
        "<title>The Ledger - Markets Rally as Rates Hold</title>"
        '<meta name="application-name" content="The Ledger">',
    ],
)
def test_known_site_name_is_cut_without_an_h1(head: str) -> None:
    meta = _meta(_page(head, _BODY))
    assert (meta.title, meta.site_name) == ("Markets Rally as Rates Hold", "The Ledger")


@pytest.mark.parametrize(
    ("seo_title", "h1"),
    [
        ("Cheap Winter Heating Tips", "Nine Cheap Ways to Keep Your Home Warm This Winter"),
        ("Radwege Innenstadt Beschluss", "Stadtrat beschließt neue Radwege für die Innenstadt"),
    ],
)
def test_the_pages_own_h1_wins_over_agreeing_seo_titles(seo_title: str, h1: str) -> None:
    head = f'<title>{seo_title} | Site</title><meta property="og:title" content="{seo_title}">'
    assert _meta(_page(head, f"<h1>{h1}</h1>{_BODY}")).title == h1


@pytest.mark.parametrize("blog", ["Antje's Notebook", "Field Notes"])
def test_a_blog_name_in_the_h1_is_not_the_headline(blog: str) -> None:
    head = (
        f'<title>Fixing a Leaky Tap | {blog}</title><meta property="og:title" content="Fixing a Leaky Tap">'
    )
    meta = _meta(_page(head, f"<h1>{blog}</h1><h2>Fixing a Leaky Tap</h2>{_BODY}"))
    assert (meta.title, meta.site_name) == ("Fixing a Leaky Tap", blog)


@pytest.mark.parametrize(
    ("title", "site", "headline", "lang"),
    [
        ("Tideline Notes: The Seal Pup on the Beach", "Tideline Notes", "The Seal Pup on the Beach", "en"),
        ("Drei Tage in Lissabon: Antjes Reiseblog", "Antjes Reiseblog", "Drei Tage in Lissabon", "de"),
    ],
)
def test_a_known_site_name_before_or_after_a_colon_is_cut_from_the_title(
    title: str, site: str, headline: str, lang: str
) -> None:
    # The blog's name in the <h1> agrees with neither source.
    head = f'<title>{title}</title><meta property="og:title" content="{headline}">'
    head += f'<meta property="og:site_name" content="{site}">'
    assert _meta(_page(head, f"<h1>{site}</h1><h2>{headline}</h2>{_BODY}", lang)).title == headline


def test_a_colon_after_a_space_is_the_headlines_own() -> None:
    title = "Grenoble : la ligne de téléphérique avance"
    head = f'<title>{title}</title><meta property="og:site_name" content="Grenoble">'
    assert _meta(_page(head, _BODY, "fr")).title == title


@pytest.mark.parametrize(
    ("title", "headline", "markup", "byline", "authors", "lang"),
    [
        (
            "Gazzetta di Valdorso - {}",
            "La sagra delle castagne torna in piazza",
            "<font size=5><b>{}</b></font><br>",
            "<font size=1>di Marco Bellini - Pubblicato il 3 febbraio 2009</font>",
            ("Marco Bellini",),
            "it",
        ),
        (
            "{} :: Harbour Post Online",
            "Council Backs the Night Ferry",
            "<div class='big'>{}</div>",
            "<div>By Ana Ruiz and Tom Hale</div>",
            ("Ana Ruiz", "Tom Hale"),
            "en",
        ),
    ],
)
def test_without_an_h1_the_title_part_the_page_shows_is_the_headline(
    title: str, headline: str, markup: str, byline: str, authors: tuple[str, ...], lang: str
) -> None:
    # The site's name is shown too, as a link home: not the headline.
    site = "<a href='/'>Gazzetta di Valdorso</a> <a href='/'>Harbour Post Online</a>"
    body = f"<div>{site}</div><div>{markup.format(headline)}{byline}{_BODY}</div>"
    meta = _meta(_page(f"<title>{title.format(headline)}</title>", body, lang))
    assert (meta.title, meta.authors) == (headline, authors)


@pytest.mark.parametrize(
    ("title", "lang"),
    [
        ("Council Backs the\uffff Night Ferry - Harbour Post", "en"),
        ("Stadtrat beschließt den \ufffeNachtbus :: Kreisblatt", "de"),
    ],
)
def test_a_title_with_a_non_character_is_read_without_an_h1(title: str, lang: str) -> None:
    # The title's parts are looked up in the page by XPath, which refuses such a character:
    # it is removed first, and the part the page shows is still found as the headline.
    headline = title.split(" - ")[0].split(" :: ")[0].replace("\ufffe", "").replace("\uffff", "")
    page = _page(f"<title>{title}</title>", f"<div><b>{headline}</b></div>{_BODY}", lang)
    for raw in (page, page.encode("utf-8")):
        assert newsclean.clean_html(raw).title == headline


def test_jsonld_headline_counts_as_a_source() -> None:
    head = (
        "<title>Home | Site</title>"
        '<script type="application/ld+json">{"@type": "Article", "headline": "Ferry Trial Approved"}</script>'
        '<meta name="twitter:title" content="Ferry Trial Approved">'
    )
    assert _meta(_page(head, _BODY)).title == "Ferry Trial Approved"


# --- authors -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ('<p class="byline">By Jane Doe and John Roe</p>', ("Jane Doe", "John Roe")),
        ('<div class="article-author">Von Lea Brandt, Redakteurin</div>', ("Lea Brandt",)),
        ('<span class="auteur">Par Claire Dubois et Marc Petit</span>', ("Claire Dubois", "Marc Petit")),
        ('<span class="autor">Por María López</span>', ("María López",)),
    ],
)
def test_byline_elements_in_several_languages(byline: str, authors: tuple[str, ...]) -> None:
    meta = _meta(_page(body=f"<article><h1>Headline</h1>{byline}{_BODY}</article>"))
    assert meta.authors == authors
    assert meta.byline_texts and meta.byline_texts[0] in byline


@pytest.mark.parametrize(
    ("byline", "authors", "lang"),
    [
        ('<p><span class="autor">Von Sabine Krüger</span></p>', ("Sabine Krüger",), "de"),
        ('<div class="byline">Story: <a rel="author" href="/ana">Ana Ruiz</a></div>', ("Ana Ruiz",), "en"),
    ],
)
def test_the_byline_of_a_headline_that_is_a_child_of_body(
    byline: str, authors: tuple[str, ...], lang: str
) -> None:
    # No wrapper at all: the headline's siblings in <body> hold its byline.
    body = f"<div class='top'><a href='/'>Home</a></div><h1>Headline</h1>{byline}{_BODY}"
    assert _meta(_page(body=body, lang=lang)).authors == authors


@pytest.mark.parametrize(
    ("line", "authors", "lang"),
    [
        ("<div class='signature'>Par Anne Roux et Marc Petit</div>", ("Anne Roux", "Marc Petit"), "fr"),
        ("<p><small>Von Lea Brandt und Tom Berg</small></p>", ("Lea Brandt", "Tom Berg"), "de"),
        ("<p>By Jane Doe | 4 March 2021</p>", ("Jane Doe",), "en"),
    ],
)
def test_the_first_text_after_the_headline_reads_as_its_byline(
    line: str, authors: tuple[str, ...], lang: str
) -> None:
    meta = _meta(_page(body=f"<div><div><h1>Headline</h1>{line}{_BODY}</div></div>", lang=lang))
    assert meta.authors == authors


def test_a_sentence_after_the_headline_is_not_a_byline() -> None:
    body = "<p>By the end of the week the council had voted to keep the ferry running.</p>"
    assert _meta(_page(body=f"<div><h1>Headline</h1>{body}{_BODY}</div>")).authors == ()


@pytest.mark.parametrize(
    ("post", "footer", "author", "lang"),
    [
        (
            '<div class="post" itemscope itemtype="http://schema.org/BlogPosting">',
            '<span class="post-author vcard">Posted by <span itemprop="author">Ewan Kerr</span></span>',
            "Ewan Kerr",
            "en",
        ),
        (
            "<article>",
            '<span class="post-author">Eingestellt von Lea Brandt</span> um 10:42',
            "Lea Brandt",
            "de",
        ),
    ],
)
def test_the_author_in_a_posts_own_footer(post: str, footer: str, author: str, lang: str) -> None:
    end = "</article>" if post == "<article>" else "</div>"
    body = f"{post}<h3>Headline</h3>{_BODY}<div class='post-footer'>{footer}</div>{end}"
    assert _meta(_page(body=f"<h1>Blog</h1>{body}", lang=lang)).authors == (author,)
    # The page's footer, outside the post, is another matter.
    page_footer = f"<article><h1>H</h1>{_BODY}</article><div class='site-footer'>{footer}</div>"
    assert _meta(_page(body=page_footer, lang=lang)).authors == ()


@pytest.mark.parametrize(
    "byline",
    ['<span class="author">Verfasst von Anna von Berg</span>', '<span class="author">Anna von Berg</span>'],
)
def test_a_verb_before_by_is_part_of_the_label_not_the_name(byline: str) -> None:
    assert _meta(_page(body=f"<article><h1>H</h1>{byline}{_BODY}</article>")).authors == ("Anna von Berg",)


@pytest.mark.parametrize("box", ["Źródło: <img src='statista.png'>", "Fonte:<img src='ansa.png' alt=''>"])
def test_a_word_before_a_colon_in_an_author_box_is_a_label(box: str) -> None:
    body = f"<article><h1>H</h1>{_BODY}<div class='authorsSources'>{box}</div></article>"
    assert _meta(_page(body=body)).authors == ()


@pytest.mark.parametrize(
    "links",
    [
        '<a href="/author/jane-doe/">Jane Doe</a> and <a href="/author/john-roe/">John Roe</a>',
        '<a href="https://site.example/autoren/jane-doe">Jane Doe</a>, '
        '<a href="/autoren/john-roe">John Roe</a>',
    ],
)
def test_links_to_author_pages(links: str) -> None:
    meta = _meta(_page(body=f"<article><h1>Headline</h1><p>{links}</p>{_BODY}</article>"))
    assert meta.authors == ("Jane Doe", "John Roe")


@pytest.mark.parametrize(
    ("field", "authors"),
    [
        ('<meta name="author" content="Jane Doe">', ("Jane Doe",)),
        (
            '<meta property="article:author" content="https://facebook.com/janedoe">'
            '<meta name="parsely-author" content="jdoe_writes">',
            ("jdoe_writes",),
        ),
    ],
)
def test_meta_author_fields_not_urls(field: str, authors: tuple[str, ...]) -> None:
    assert _meta(_page(field, _BODY)).authors == authors


def test_jsonld_people_before_bylines_and_organisations_last() -> None:
    person = '{"@type": "Article", "author": {"@type": "Person", "name": "Ana Ruiz"}}'
    organisation = '{"@type": "Article", "author": {"@type": "Organization", "name": "Daily Post"}}'
    byline = '<article><h1>H</h1><p class="byline">By Tom Hale</p></article>'
    script = '<script type="application/ld+json">{}</script>'
    assert _meta(_page(script.format(person), byline)).authors == ("Ana Ruiz",)
    assert _meta(_page(script.format(organisation), byline)).authors == ("Tom Hale",)
    assert _meta(_page(script.format(organisation), _BODY)).authors == ("Daily Post",)


@pytest.mark.parametrize(
    "byline",
    [
        '<div class="author"><span class="initials">JD</span> Jane Doe</div>',
        '<div class="post-author">Jane Doe December 4, 2024</div>',
    ],
)
def test_initials_and_month_names_glued_to_a_name_are_dropped(byline: str) -> None:
    assert _meta(_page(body=f"<article><h1>H</h1>{byline}</article>")).authors == ("Jane Doe",)


@pytest.mark.parametrize(
    "elsewhere",
    [
        '<div class="comments"><p class="comment-author">By Peter Lang</p></div>',
        '<aside><div class="author-box">Jane Roe</div></aside>',
        '<div class="sidebar"><p class="byline">By Jane Roe</p></div>',
    ],
)
def test_comment_and_sidebar_authors_are_ignored(elsewhere: str) -> None:
    assert _meta(_page(body=f"<div><article><h1>H</h1>{_BODY}</article>{elsewhere}</div>")).authors == ()


# --- date ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "published"),
    [
        (
            '<meta property="article:published_time" content="2021-03-04T10:00:00+01:00">',
            datetime(2021, 3, 4, 10, tzinfo=timezone(timedelta(hours=1))),
        ),
        (
            '<meta name="parsely-pub-date" content="2021-03-04T10:00:00Z">',
            datetime(2021, 3, 4, 10, tzinfo=timezone.utc),
        ),
        ('<meta name="date" content="2021-03-04">', datetime(2021, 3, 4)),
        ('<meta name="w-published-date" content="2021-03-04T10:00:00">', datetime(2021, 3, 4, 10)),
    ],
)
def test_meta_published_fields_keep_their_zone(head: str, published: datetime) -> None:
    meta = _meta(_page(head, _BODY))
    assert (meta.published, meta.date_source) == (published, "meta")
    assert (meta.published.tzinfo is None) == (published.tzinfo is None)


@pytest.mark.parametrize(
    "head",
    [
        '<meta property="article:modified_time" content="2022-06-08T09:00:00">'
        '<meta name="dc.date.issued" content="2021-01-02">',
        '<script type="application/ld+json">{"@type": "Article", "dateModified": "2022-06-08",'
        ' "datePublished": "2021-01-02"}</script>',
    ],
)
def test_modified_date_never_taken_when_a_published_one_exists(head: str) -> None:
    assert _meta(_page(head, _BODY)).published == datetime(2021, 1, 2)


@pytest.mark.parametrize(
    ("head", "source"),
    [
        ('<meta property="og:updated_time" content="2022-06-08T09:00:00">', "meta"),
        (
            '<script type="application/ld+json">{"@type": "Article", "dateModified": "2022-06-08"}</script>',
            "json-ld",
        ),
    ],
)
def test_only_a_modified_date_is_the_last_resort(head: str, source: str) -> None:
    meta = _meta(_page(head, _BODY))
    assert (meta.published.date(), meta.date_source) == (datetime(2022, 6, 8).date(), source)
    dated = _meta(_page(head, f'<article><h1>H</h1><span class="date">3 May 2022</span>{_BODY}</article>'))
    assert (dated.published, dated.date_source) == (datetime(2022, 5, 3), "text")


@pytest.mark.parametrize(
    "url", ["https://example.org/2020/05/14/story/", "https://example.org/news/2020-05-14-story.html"]
)
def test_url_date_comes_first(url: str) -> None:
    head = '<meta property="article:published_time" content="2020-05-20T12:00:00">'
    meta = _meta(_page(head, _BODY), url)
    assert (meta.published, meta.date_source) == (datetime(2020, 5, 14), "url")


@pytest.mark.parametrize(
    ("shown", "expected"),
    [
        ('<span class="date">March 1, 2019</span>', datetime(2019, 3, 1)),  # earlier: the original date
        ('<time datetime="2021-03-03">3 March</time>', datetime(2021, 3, 3)),  # the local day of a UTC stamp
        (
            '<span class="date">March 9, 2021</span>',
            datetime(2021, 3, 4, 0, 30, tzinfo=timezone.utc),
        ),  # later
    ],
)
def test_structured_date_against_the_shown_date(shown: str, expected: datetime) -> None:
    head = '<meta property="article:published_time" content="2021-03-04T00:30:00Z">'
    meta = _meta(_page(head, f"<article><h1>Headline</h1>{shown}{_BODY}</article>"))
    assert meta.published == expected


@pytest.mark.parametrize(
    ("body", "lang", "url", "expected"),
    [
        ('<span class="datum">03.04.2021</span>', "de", None, datetime(2021, 4, 3)),
        ('<span class="date">04/03/2021</span>', "en", "https://example.com/x", datetime(2021, 4, 3)),
    ],
)
def test_numeric_dates_read_in_the_pages_order(
    body: str, lang: str, url: str | None, expected: datetime
) -> None:
    meta = _meta(_page(body=f"<article><h1>Headline</h1>{body}{_BODY}</article>", lang=lang), url)
    assert meta.published == expected


@pytest.mark.parametrize(
    ("body", "source"),
    [
        ('<p class="byline">By Jane Doe | 12 May 2020</p>', "byline"),
        ('<div class="post-meta">Posted on 12 May 2020</div>', "text"),
    ],
)
def test_byline_and_date_elements(body: str, source: str) -> None:
    meta = _meta(_page(body=f"<article><h1>Headline</h1>{body}{_BODY}</article>"))
    assert (meta.published, meta.date_source) == (datetime(2020, 5, 12), source)


def test_date_in_the_text_near_the_headline_is_the_fallback() -> None:
    for text in ("Published 12 May 2020.", "Am 12. Mai 2020 veröffentlicht."):
        meta = _meta(_page(body=f"<article><h1>Headline</h1><p>{text}</p>{_BODY}</article>"))
        assert (meta.published, meta.date_source) == (datetime(2020, 5, 12), "text")


@pytest.mark.parametrize(
    ("head", "options"),
    [
        ('<meta name="date" content="2031-01-01">', {}),
        ('<meta name="date" content="1990-01-01">', {}),
        ('<meta name="date" content="2003-01-01">', {"min_year": 2005}),
    ],
)
def test_implausible_dates_are_rejected(head: str, options: dict[str, Any]) -> None:
    assert _meta(_page(head, _BODY), None, datetime(2024, 1, 1), **options).published is None


# --- language, subtitle --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("html", "language"),
    [
        ('<html lang="de-AT"><head></head><body></body></html>', "de"),
        ('<html><head><meta property="og:locale" content="fr_CA"></head><body></body></html>', "fr"),
        ('<html><head><meta http-equiv="content-language" content="es"></head><body></body></html>', "es"),
        ("<html><head></head><body></body></html>", None),
    ],
)
def test_language(html: str, language: str | None) -> None:
    assert _meta(html).language == language


def test_language_option_wins() -> None:
    assert _meta('<html lang="en"><body></body></html>', language="nl").language == "nl"


@pytest.mark.parametrize(
    "dek",
    [
        '<p class="standfirst">The board voted for a six-month trial of a late ferry after a debate.</p>',
        '<div class="article__sub-title">Der Rat stimmt nach langer Debatte für eine Nachtfähre.</div>',
    ],
)
def test_subtitle_by_the_headline(dek: str) -> None:
    meta = _meta(_page(body=f"<article><header><h1>Headline</h1>{dek}</header>{_BODY}</article>"))
    assert meta.subtitle is not None and meta.subtitle in dek


def test_no_subtitle_when_unsure() -> None:
    far = '<div class="wrap"><div><div><div><p class="summary">A summary of another story on the page.</p>'
    page = _page('<meta name="description" content="The board voted for a trial.">',
                 f"<h1>Headline</h1>{_BODY}{far}</div></div></div></div>")  # fmt: skip
    assert _meta(page).subtitle is None


# --- odd pages -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "html",
    [
        "<p>No head, no title, nothing else.</p>",
        "<html><frameset><frame src='a.html'><noframes>Old browser</noframes></frameset></html>",
        '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="nl"><head><title>T</title></head>'
        "<body/></html>",
        '<html><head><script type="application/ld+json">{"@graph": [{"@type": "Article", "author": 5,'
        ' "datePublished": {"x": 1}, "headline": ["A", 2]}]}</script></head><body></body></html>',
        '<html><head><meta property="og:title"><meta name="date" content="not a date"></head></html>',
        "<html><body>" + '<div class="author">' * 3000 + "x" + "</div>" * 3000 + "</body></html>",
    ],
    ids=["fragment", "frames", "xhtml", "odd-jsonld", "empty-meta", "deep"],
)
def test_odd_pages_do_not_raise(html: str) -> None:
    assert isinstance(_meta(html), HtmlMeta)


def test_huge_page_does_not_raise_and_keeps_the_headline() -> None:
    body = "<h1>Big Page</h1>" + "<div class='row'><p class='meta'>Item text 2020</p></div>" * 20_000
    assert _meta(_page("<title>Big Page | Site</title>", body)).title == "Big Page"


def test_the_tree_is_not_changed() -> None:
    html = (FIXTURES / "en_title_differs_byline.html").read_text(encoding="utf-8")
    root = _root(html)
    before = lxml.html.tostring(root)
    read_meta(root, None, None, CleanOptions())
    assert lxml.html.tostring(root) == before


@pytest.mark.parametrize(
    "byline",
    [
        '<p class="byline">By Jane Doe | Updated May 20, 2021 | Published May 12, 2020</p>',
        '<div class="autor">Von Jana Doe · Aktualisiert am 20.05.2021 · Veröffentlicht am 12.05.2020</div>',
    ],
)
def test_a_date_labelled_as_an_update_is_not_the_published_one(byline: str) -> None:
    meta = _meta(_page(body=f"<article><h1>Headline</h1>{byline}{_BODY}</article>"))
    assert (meta.published, meta.date_source) == (datetime(2020, 5, 12), "byline")


@pytest.mark.parametrize(
    "shown",
    [
        '<p class="post-meta"><span>Updated on</span> <time datetime="2021-05-20">May 20</time></p>',
        '<p class="byline">By Jane Doe, last updated 20 May 2021</p>',
    ],
)
def test_a_shown_update_is_a_last_resort(shown: str) -> None:
    meta = _meta(_page(body=f"<article><h1>Headline</h1>{shown}{_BODY}</article>"))
    assert meta.published == datetime(2021, 5, 20)
    head = '<meta name="dc.date.issued" content="2020-05-12">'
    assert _meta(_page(head, f"<article><h1>Headline</h1>{shown}{_BODY}</article>")).published == datetime(
        2020, 5, 12
    )


@pytest.mark.parametrize(
    "aside",
    [
        '<aside class="info"><ul><li class="meta-date">26.02.2020</li></ul></aside>',
        '<aside><p class="post-date">February 26, 2020</p></aside>',
    ],
)
def test_an_aside_inside_the_article_is_its_info_box(aside: str) -> None:
    page = _page(body=f'<article><div class="row"><h1>Headline</h1></div>{aside}{_BODY}</article>', lang="de")
    assert _meta(page).published == datetime(2020, 2, 26)


@pytest.mark.parametrize(
    "box",
    [
        '<div class="post-author">Veröffentlicht</div>',
        '<span class="byline">Posted</span>',
        '<span class="author-date">Actualizado</span>',
        '<span class="byline">Aggiornato</span>',
    ],
)
def test_a_label_alone_in_a_byline_box_is_not_a_name(box: str) -> None:
    assert _meta(_page(body=f"<article><h1>Headline</h1>{box}{_BODY}</article>")).authors == ()


@pytest.mark.parametrize(
    ("box", "name"),
    [
        ('<div class="author">Tomas Berg Fr, 12.05.2020</div>', "Tomas Berg"),
        ('<div class="author-meta">Lena Vogt Mi., 3. Juni 2020</div>', "Lena Vogt"),
    ],
)
def test_weekday_glued_to_a_name_is_dropped(box: str, name: str) -> None:
    assert _meta(_page(body=f"<article><h1>Headline</h1>{box}{_BODY}</article>")).authors == (name,)


@pytest.mark.parametrize(
    "box",
    [
        '<div class="byline">By <a href="/x">Ellen Marsh</a> <span>Ellen Marsh is an editor.</span></div>',
        '<p class="author">Von <b>Jonas Weber</b> <i>Jonas Weber</i></p>',
    ],
)
def test_a_name_printed_twice_in_one_byline_counts_once(box: str) -> None:
    authors = _meta(_page(body=f"<article><h1>Headline</h1>{box}{_BODY}</article>")).authors
    assert len(authors) == 1 and len(authors[0].split()) == 2


@pytest.mark.parametrize(
    "script",
    [
        '<script>var dl = {"updated": "2020-01-29 10:00", "first-publication": "2020-01-28 15:28"}</script>',
        "<script>window.page = {publish_date: '2020-01-28T15:28:00', section: 'news'};</script>",
    ],
)
def test_publication_date_in_a_data_layer_script(script: str) -> None:
    meta = _meta(_page(script, _BODY))
    assert (meta.published.date(), meta.date_source) == (datetime(2020, 1, 28).date(), "meta")


@pytest.mark.parametrize(
    ("box", "name"),
    [
        ('<div class="author">Wyndo Dec 19, 2025</div>', "Wyndo"),
        ('<span class="byline">By Sarah Klein July 4, 2021</span>', "Sarah Klein"),
    ],
)
def test_a_month_glued_after_a_name_is_dropped(box: str, name: str) -> None:
    assert _meta(_page(body=f"<article><h1>Headline</h1>{box}{_BODY}</article>")).authors == (name,)


@pytest.mark.parametrize(
    "field",
    [
        '<meta name="author" content="page.head.extra.author">',
        '<meta name="author" content="262588213843476">',
    ],
)
def test_placeholders_in_author_fields_are_not_names(field: str) -> None:
    assert _meta(_page(field, _BODY)).authors == ()


@pytest.mark.parametrize(
    "byline",
    [
        '<div class="byline"><a href="/author/ann-lee">Ann Lee</a> | Fact-checked by '
        '<a href="/author/tom-hale">Tom Hale</a></div>',
        '<p class="meta"><a href="/autor/jana-berg">Jana Berg</a>, Foto: '
        '<a href="/autor/ole-lind">Ole Lind</a></p>',
    ],
)
def test_reviewers_and_photographers_are_not_authors(byline: str) -> None:
    meta = _meta(_page(body=f"<article><h1>Headline</h1>{byline}{_BODY}</article>"))
    assert len(meta.authors) == 1 and meta.authors[0] in byline


@pytest.mark.parametrize(
    "byline",
    [
        '<span class="author vcard"><a class="url fn n" href="/x/heiko">Heiko Sauer</a></span>',
        '<span class="byline"><span class="sep"> ~ </span>Cem Basman</span>',
    ],
)
def test_vcard_and_separator_bylines(byline: str) -> None:
    meta = _meta(
        _page(body=f"<article><h1>Headline</h1><div class='entry-meta'>{byline}</div>{_BODY}</article>")
    )
    assert len(meta.authors) == 1 and meta.authors[0] in byline


@pytest.mark.parametrize(
    "field",
    [
        '<meta name="vr:author" content="Thomas Brandt">',
        '<meta property="dc.author" content="Thomas Brandt">',
        '<meta name="shareaholic:article_author_name" content="Thomas Brandt">',
        '<meta property="site.author-name" content="Thomas Brandt">',
    ],
)
def test_a_sites_own_author_field(field: str) -> None:
    assert _meta(_page(field, _BODY)).authors == ("Thomas Brandt",)


@pytest.mark.parametrize(
    ("time", "expected"),
    [
        ('<time datetime="2021-03-09T10:00:00">9 March</time>', datetime(2021, 3, 9, 10)),
        ('<time class="entry-date published" datetime="2021-02-01">1 Feb</time>', datetime(2021, 2, 1)),
        ('<time class="updated" datetime="2021-03-09">9 March</time>', datetime(2021, 3, 4, 0, 30)),
        ('<span>Updated</span> <time datetime="2021-03-09">9 March</time>', datetime(2021, 3, 4, 0, 30)),
        # the label inside the element, the update's field, a wrapper marking the update
        ('<time datetime="2021-03-09">Last Updated: March 9, 2021</time>', datetime(2021, 3, 4, 0, 30)),
        ('<time datetime="2021-03-09">Aktualisiert am 9. März 2021</time>', datetime(2021, 3, 4, 0, 30)),
        ('<time itemprop="dateModified" datetime="2021-03-09">9 March</time>', datetime(2021, 3, 4, 0, 30)),
        (
            '<span class="updated-on"><time class="published updated" datetime="2021-03-09">9 Mar</time>'
            "</span>",
            datetime(2021, 3, 4, 0, 30),
        ),
        # "published updated": a post never updated (WordPress), a publication date
        ('<time class="published updated" datetime="2021-02-01">1 Feb</time>', datetime(2021, 2, 1)),
    ],
)
def test_a_time_element_by_the_headline_wins_unless_it_is_an_update(time: str, expected: datetime) -> None:
    head = '<meta property="article:published_time" content="2021-03-04T00:30:00">'
    assert (
        _meta(_page(head, f"<article><h1>Headline</h1><p>{time}</p>{_BODY}</article>")).published == expected
    )


@pytest.mark.parametrize(
    "embed",
    [
        '<blockquote class="instagram-media"><p>A post</p><time datetime="2020-01-05T10:00:00+00:00">'
        "Jan 5, 2020</time></blockquote>",
        '<blockquote><p>Ein Zitat vom <span class="date">5. Januar 2020</span></p></blockquote>',
    ],
)
def test_dates_in_a_quote_or_an_embedded_post_are_not_the_pages(embed: str) -> None:
    head = _PUBLISHED_2021
    page = _page(head, f"<article><h1>Headline</h1><p>{_BODY}</p>{embed}</article>")
    assert _meta(page).published == datetime(2021, 3, 4, 10)


@pytest.mark.parametrize(
    ("wrapper", "expected"),
    [
        ('<div class="elementor-widget elementor-widget-post-info">', datetime(2021, 2, 1)),
        ('<div class="page-builder-widget post-info">', datetime(2021, 2, 1)),
        ('<div class="widget recent-posts">', datetime(2021, 3, 4, 10)),  # a sidebar's widget
    ],
)
def test_a_page_builders_widget_is_not_a_sidebar(wrapper: str, expected: datetime) -> None:
    head = _PUBLISHED_2021
    body = f'<div class="row"><h1>Headline</h1></div>{wrapper}<span class="date">Feb 1, 2021</span></div>'
    assert _meta(_page(head, f"<div>{body}{_BODY}</div>")).published == expected


@pytest.mark.parametrize(
    ("teaser", "lang", "days"),
    [
        (
            '<li><a href="/a">Older story</a> <span class="post-date">{}</span></li>',
            "en",
            ("March 2, 2021", "Feb 27, 2021", "Feb 20, 2021"),
        ),
        (
            '<div class="entry-meta"><p class="datum">{}</p></div>',
            "de",
            ("2.3.2021", "27.2.2021", "20.2.2021"),
        ),
    ],
)
def test_dates_of_a_list_of_teasers_are_not_the_pages(teaser: str, lang: str, days: tuple[str, ...]) -> None:
    teasers = "".join(teaser.format(day) for day in days)
    head = _PUBLISHED_2021
    body = f'<div><div class="row"><h1>Headline</h1></div><ul>{teasers}</ul>{_BODY}</div>'
    assert _meta(_page(head, body, lang=lang)).published == datetime(2021, 3, 4, 10)
    # without any other date, a page that lists posts takes the first one's
    assert _meta(_page("", body, lang=lang)).published == datetime(2021, 3, 2)
    # one element of its class is the page's own date, not a list
    single = f'<div><div class="row"><h1>Headline</h1></div>{teaser.format(days[0])}{_BODY}</div>'
    assert _meta(_page(head, single, lang=lang)).published == datetime(2021, 3, 2)


@pytest.mark.parametrize(
    ("byline", "lang"),
    [
        ('<p class="byline">By Ann Lee | June 9, 2021</p>', "en"),
        ('<div class="autor">Von Jana Berg, 09.06.2021</div>', "de"),
    ],
)
def test_a_byline_date_wins_over_the_structured_one(byline: str, lang: str) -> None:
    head = _PUBLISHED_2021
    page = _page(head, f"<article><h1>Headline</h1>{byline}{_BODY}</article>", lang=lang)
    assert (_meta(page).published, _meta(page).date_source) == (datetime(2021, 6, 9), "byline")


@pytest.mark.parametrize(
    "box",
    [
        '<div class="byline"><span class="date-modified">June 9, 2021</span> by Ann Lee</div>',
        '<div class="autor">Von Jana Berg <span class="zuletzt-aktualisiert">09.06.2021</span></div>',
    ],
)
def test_a_date_in_a_child_marked_as_an_update_is_one(box: str) -> None:
    head = _PUBLISHED_2021
    body = f"<article><h1>Headline</h1>{box}{_BODY}</article>"
    assert _meta(_page(head, body, lang="de")).published == datetime(2021, 3, 4, 10)
    assert _meta(_page("", body, lang="de")).published == datetime(2021, 6, 9)  # the only date: last resort


@pytest.mark.parametrize(
    "box",
    [
        '<div class="byline"><span class="editor-date">June 9, 2021</span> by Ann Lee</div>',
        '<div class="autor">Von Jana Berg <span class="credit-datum">09.06.2021</span></div>',
    ],
)
def test_a_class_word_that_only_contains_edit_is_not_an_update(box: str) -> None:
    head = _PUBLISHED_2021
    body = f"<article><h1>Headline</h1>{box}{_BODY}</article>"
    assert _meta(_page(head, body, lang="de")).published == datetime(2021, 6, 9)


@pytest.mark.parametrize(
    "time",
    [
        '<time class="entry-date updated" datetime="2021-06-01T10:00:00">1 June 2021</time>',
        '<span class="post-date"><time class="entry-date updated td-date">1. Juni 2021</time></span>',
    ],
)
def test_a_post_date_marked_updated_by_hatom_is_the_publication(time: str) -> None:
    head = _PUBLISHED_2021
    body = f"<article><h1>Headline</h1><div class='meta'>{time}</div>{_BODY}</article>"
    published = _meta(_page(head, body, lang="de")).published
    assert published is not None
    assert published.date() == datetime(2021, 6, 1).date()


@pytest.mark.parametrize(
    ("shown", "lang", "expected"),
    [
        ("<p>November 2, 2019</p>", "en", datetime(2019, 11, 2)),
        ("<div><span>Veröffentlicht 02.11.2019</span></div>", "de", datetime(2019, 11, 2)),
        ("<h3>2. November 2019</h3>", "de", datetime(2019, 11, 2)),
        # not a bare date: a link, a table cell, a sentence
        ('<p><a href="/archive/2019-11">2 November 2019</a></p>', "en", datetime(2021, 3, 4, 10)),
        ("<table><tr><td>02.11.2019</td></tr></table>", "de", datetime(2021, 3, 4, 10)),
        (
            "<p>On 2 November 2019 the council met again to vote on the harbour plan.</p>",
            "en",
            datetime(2021, 3, 4, 10),
        ),
    ],
)
def test_a_bare_date_by_the_headline_is_a_shown_date(shown: str, lang: str, expected: datetime) -> None:
    ld = '{"@type": "Article", "datePublished": "2021-03-04T10:00:00"}'
    head = f'<script type="application/ld+json">{ld}</script>'
    body = f"<div><div><h1>Headline</h1></div>{shown}{_BODY}</div>"
    assert _meta(_page(head, body, lang=lang)).published == expected


@pytest.mark.parametrize(
    ("shown", "lang", "url"),
    [
        ('<span class="date">11/01/2021</span>', "de", "https://example.at/news/roller"),
        ('<span class="date">01/11/2021</span>', "en", "https://example.com/news/scooter"),
    ],
)
def test_a_swappable_numeric_date_is_read_as_the_structured_day(shown: str, lang: str, url: str) -> None:
    head = '<meta property="article:published_time" content="2021-11-01T04:00:00">'
    meta = _meta(_page(head, f"<article><h1>Headline</h1>{shown}{_BODY}</article>", lang=lang), url)
    assert (meta.published, meta.date_source) == (datetime(2021, 11, 1, 4), "meta")


@pytest.mark.parametrize(
    ("note", "lang", "expected"),
    [
        (
            '<p class="date-note">This guide was originally published on 26 Sep 2019, updated yearly.</p>',
            "en",
            datetime(2019, 9, 26),
        ),
        ('<div class="meta">Zuerst erschienen am 26.09.2019 im Magazin.</div>', "de", datetime(2019, 9, 26)),
        ('<div class="meta">Publié initialement le 26 septembre 2019</div>', "fr", datetime(2019, 9, 26)),
    ],
)
def test_an_originally_published_date_beats_the_byline(note: str, lang: str, expected: datetime) -> None:
    byline = '<p class="byline">By Ann Lee, 30 Sep 2022</p>'
    page = _page(body=f"<article><h1>Headline</h1>{byline}{_BODY}{note}</article>", lang=lang)
    assert _meta(page).published == expected


@pytest.mark.parametrize(
    ("time", "lang"),
    [
        ('<time datetime="2020-05-12T08:00:00">12 May 2020</time>', "en"),
        ('<time class="datum">12.05.2020</time>', "de"),
    ],
)
def test_a_time_anywhere_on_the_page_when_the_headline_shows_none(time: str, lang: str) -> None:
    filler = "".join(f"<div><p>Paragraph {k} of the story.</p></div>" for k in range(300))
    body = f'<div class="top"><h1>Headline</h1></div><div class="main">{filler}<p class="x">{time}</p></div>'
    assert _meta(_page(body=f"<div>{body}</div>", lang=lang)).published.date() == datetime(2020, 5, 12).date()
    comment = f'<div class="main">{filler}<div class="comments"><p>{time}</p></div></div>'
    page = _page(body=f'<div><div class="top"><h1>Headline</h1></div>{comment}</div>', lang=lang)
    assert _meta(page).date_source != "time"  # at most the whole page's text as a last resort


@pytest.mark.parametrize(
    ("other", "lang"),
    [
        # a navigation bar's date (often today's)
        ('<div class="navtop"><span class="datetime"><time>Mittwoch, 8. Juli 2020</time></span></div>', "de"),
        ('<div class="site-nav-bar"><time datetime="2020-07-08">July 8, 2020</time></div>', "en"),
        # a comment written as an <article>, a sidebar <aside> in <main>
        ('<article id="comment-42"><time datetime="2020-07-08">July 8, 2020</time> Nice!</article>', "en"),
        ('<main><aside><ul><li><time datetime="2020-07-08">8 juillet</time></li></ul></aside></main>', "fr"),
    ],
)
def test_dates_of_navigation_comments_and_sidebars_are_not_the_pages(other: str, lang: str) -> None:
    head = '<meta property="article:published_time" content="2020-04-27T18:50:00">'
    body = f"<div><div><h1>Headline</h1>{_BODY}</div>{other}</div>"
    assert _meta(_page(head, body, lang=lang)).published == datetime(2020, 4, 27, 18, 50)


@pytest.mark.parametrize(
    ("box", "lang"),
    [
        (
            '<ul class="meta-links"><li><a href="/x">New rules for all web shops from 1.1.2021</a></li></ul>',
            "en",
        ),
        (
            '<div class="news-meta">Die neue Pflicht für alle Postfächer gilt ab 1.1.2021</div>',
            "de",
        ),
    ],
)
def test_a_date_at_the_end_of_a_sentence_in_a_date_box_is_not_shown_date(box: str, lang: str) -> None:
    head = _PUBLISHED_2021
    page = _page(head, f"<article><h1>Headline</h1>{box}{_BODY}</article>", lang=lang)
    assert _meta(page).published == datetime(2021, 3, 4, 10)


@pytest.mark.parametrize(
    "shown",
    [
        '<p class="x"><br> 1. Februar 2022, Daniel Berg</p>',
        '<span><i class="icon-clock"></i> Feb 1, 2022 · 4 min read</span>',
    ],
)
def test_a_bare_date_after_an_icon_or_a_break_with_a_short_tail(shown: str) -> None:
    head = '<meta property="article:published_time" content="2022-03-04T10:00:00">'
    teaser = '<div class="tw-mt-8"><p class="small">21. Januar 2022</p></div>'
    body = f"<div><div><h1>Headline</h1>{shown}</div>{_BODY}{teaser}</div>"
    assert _meta(_page(head, body, lang="de")).published == datetime(2022, 2, 1)


@pytest.mark.parametrize(
    "ld",
    [
        '{"@type": "Article", "headline": "Headline", "datePublished": "2020-05-12T09:00:00-05:00"}',
        '{"@graph": [{"@type": "NewsArticle", "datePublished": "2020-05-12"}]}',
    ],
)
def test_json_ld_in_a_meta_element(ld: str) -> None:
    head = f"<meta name=\"script:ld+json\" content='{ld}'>"
    meta = _meta(_page(head, f"<h1>Headline</h1>{_BODY}"))
    assert meta.published is not None
    assert (meta.published.date(), meta.date_source) == (datetime(2020, 5, 12).date(), "json-ld")


@pytest.mark.parametrize(
    ("box", "lang"),
    [
        ('<div class="info"><span class="post-date updated">Feb 1, 2021</span></div>', "en"),
        ('<div class="kopf"><span class="entry-meta-date updated">1. Februar 2021</span></div>', "de"),
    ],
)
def test_a_post_date_element_marked_updated_by_hatom_is_a_shown_date(box: str, lang: str) -> None:
    head = _PUBLISHED_2021
    page = _page(head, f"<article><h1>Headline</h1>{box}{_BODY}</article>", lang=lang)
    assert _meta(page).published == datetime(2021, 2, 1)


@pytest.mark.parametrize(
    ("footer", "lang"),
    [
        ("<p>This report was published on 12 May 2020 by the council's press office.</p>", "en"),
        ("<p>Dieser Bericht erschien am 12.05.2020 in der Zeitung des Landkreises.</p>", "de"),
    ],
)
def test_a_date_at_the_end_of_a_long_page_is_the_last_text_resort(footer: str, lang: str) -> None:
    filler = "".join(f"<p>Paragraph number {k} of this long story.</p>" for k in range(600))
    body = f"<div><h1>Headline</h1>{filler}{footer}</div>"
    meta = _meta(_page(body=body, lang=lang))
    assert (meta.published, meta.date_source) == (datetime(2020, 5, 12), "text")
    # a page's own update near its top beats other posts' dates further down
    top = "<p>Last modified: August 8, 2019</p>" if lang == "en" else "<p>Aktualisiert: 08.08.2019</p>"
    meta = _meta(_page(body=f"<div><h1>Headline</h1>{top}{filler}{footer}</div>", lang=lang))
    assert meta.published == datetime(2019, 8, 8)


@pytest.mark.parametrize(
    ("shown", "lang"),
    [
        ('<p class="byline">By Ann Lee <time>Created: May 19, 2021</time></p>', "en"),
        ('<div class="autor">Von Jana Berg, <time datetime="2021-05-19">19. Mai 2021</time></div>', "de"),
    ],
)
def test_a_shown_date_after_the_last_modification_is_not_the_publication(shown: str, lang: str) -> None:
    modified = '<meta property="article:modified_time" content="2021-03-06T08:00:00">'
    body = f"<article><h1>Headline</h1>{shown}{_BODY}</article>"
    assert _meta(_page(_PUBLISHED_2021 + modified, body, lang=lang)).published == datetime(2021, 3, 4, 10)
    # without a modified date, or on the day of the last change, the page's own date wins
    late = '<meta property="article:modified_time" content="2021-05-19T08:00:00">'
    for head in (_PUBLISHED_2021, _PUBLISHED_2021 + late):
        assert _meta(_page(head, body, lang=lang)).published.date() == datetime(2021, 5, 19).date()


@pytest.mark.parametrize(
    ("shown", "lang"),
    [
        ('<div class="newsletter-details-wrapper"><p>November 2, 2019</p><p>|</p></div>', "en"),
        ('<div class="share-row"><span class="datum">02.11.2019</span> · Teilen</div>', "de"),
    ],
)
def test_a_date_right_after_the_headline_is_its_dateline_even_in_a_share_bar(shown: str, lang: str) -> None:
    body = f'<div class="top"><div class="title"><h1>Headline</h1></div>{shown}</div>{_BODY}'
    assert _meta(_page(_PUBLISHED_2021, body, lang=lang)).published == datetime(2019, 11, 2)
    # after other text, the share or newsletter class still marks another box
    intro = f'<div class="top"><div class="title"><h1>Headline</h1></div><p>A standfirst.</p>{shown}</div>'
    assert _meta(_page(_PUBLISHED_2021, intro + _BODY, lang=lang)).published == datetime(2021, 3, 4, 10)
    # and a navigation bar's date after a logo's <h1> is not the page's
    nav = shown.replace('class="', 'class="nav-bar ', 1)
    logo = f'<div class="top"><div class="title"><h1>Headline</h1></div>{nav}</div>{_BODY}'
    assert _meta(_page(_PUBLISHED_2021, logo, lang=lang)).published == datetime(2021, 3, 4, 10)


@pytest.mark.parametrize(
    ("box", "lang"),
    [
        (
            '<div class="layout-sidebar-left"><h4>Publish date</h4> <time datetime="2019-11-02">2 Nov 2019'
            '</time><h4>Reviewed</h4> <time datetime="2020-10-08">8 Oct 2020</time></div>',
            "en",
        ),
        (
            "<aside><span>Veröffentlicht am</span> "
            '<time datetime="2019-11-02">2. November 2019</time></aside>',
            "de",
        ),
    ],
)
def test_a_time_labelled_as_the_publication_counts_in_a_sidebar(box: str, lang: str) -> None:
    body = f"<main><div><h1>Headline</h1>{_BODY}</div>{box}</main>"
    meta = _meta(_page(_PUBLISHED_2021, body, lang=lang))
    assert (meta.published, meta.date_source) == (datetime(2019, 11, 2), "time")
    # without the label it is a sidebar's date, not the page's
    unlabelled = body.replace("Publish date", "Topic").replace("Veröffentlicht am", "Thema")
    assert _meta(_page(_PUBLISHED_2021, unlabelled, lang=lang)).published == datetime(2021, 3, 4, 10)


@pytest.mark.parametrize(
    ("head", "byline", "url"),
    [
        # JSON-LD names the publisher as the author; the page shows the reporter
        (
            '<meta property="og:site_name" content="Daily Courier"><script type="application/ld+json">'
            '{"@type": "NewsArticle", "author": {"@type": "Person", "name": "Daily Courier"}}</script>',
            '<p class="byline">By Ana Ruiz</p>',
            None,
        ),
        # the JSON-LD author is the site's domain; the byline box names the writer
        (
            '<script type="application/ld+json">{"@type": "NewsArticle", "author": '
            '{"@type": "Person", "name": "Morgenblatt.de"}}</script>',
            '<div class="autor">Von Sabine Krüger</div>',
            "https://www.morgenblatt.de/politik/artikel-1.html",
        ),
    ],
)
def test_the_sites_name_as_author_yields_to_the_shown_byline(head: str, byline: str, url: str | None) -> None:
    page = _page(head, f"<article><h1>Rain returns to the valley</h1>{byline}{_BODY}</article>")
    assert len(_meta(page, url).authors) == 1
    assert _meta(page, url).authors[0] in byline


@pytest.mark.parametrize(
    ("field", "byline"),
    [
        (
            '<script type="application/ld+json">{"@type": "BlogPosting", "author": '
            '{"@type": "Person", "name": "wordpressadmin"}}</script>',
            '<span class="author vcard">Von Lena Vogt</span>',
        ),
        (
            '<script type="application/ld+json">{"@type": "BlogPosting", "author": '
            '{"@type": "Person", "name": "andrew.keaveney"}}</script>',
            '<div class="post-author">Denise Everly</div>',
        ),
    ],
)
def test_an_account_name_yields_to_the_shown_byline(field: str, byline: str) -> None:
    page = _page(field, f"<article><h1>Notes from the garden</h1>{byline}{_BODY}</article>")
    assert _meta(page).authors == (byline.split(">")[1].split("<")[0].removeprefix("Von "),)


@pytest.mark.parametrize(
    "field",
    [
        '<meta name="author" content="jdoe_42">',
        '<meta name="author" content="Daily Courier"><meta property="og:site_name" content="Daily Courier">',
    ],
)
def test_an_account_or_site_name_is_kept_when_nothing_else_names_someone(field: str) -> None:
    assert _meta(_page(field, _BODY)).authors == (field.split('content="')[1].split('"')[0],)


@pytest.mark.parametrize(
    ("box", "name"),
    [
        (
            '<div class="author-info"><h2>Published by</h2><div class="author-description">'
            '<h3 class="author-title">Daniel Lemaire</h3><p class="author-bio">A computer science '
            "professor at a university in Montreal.</p></div></div>",
            "Daniel Lemaire",
        ),
        ('<div class="autor-box"><h4>Inga Holt</h4><p>Freie Journalistin</p></div>', "Inga Holt"),
        ('<div class="author-box"><h3>Tom Berg</h3><p>Tom writes about food.</p></div>', "Tom Berg"),
    ],
)
def test_the_name_in_an_author_box_ends_where_its_heading_ends(box: str, name: str) -> None:
    page = _page(body=f"<article><h1>Parsing text fast</h1>{_BODY}{box}</article>")
    assert _meta(page).authors == (name,)


@pytest.mark.parametrize(
    ("box", "authors"),
    [
        ('<div class="author"><div>CM</div><div>Craig McAllister</div></div>', ("Craig McAllister",)),
        ('<div class="autor"><p>MK</p><p>Maria Kunz</p></div>', ("Maria Kunz",)),
    ],
)
def test_a_name_after_the_first_block_of_a_byline_box_is_read(box: str, authors: tuple[str, ...]) -> None:
    page = _page(body=f"<article><h1>Parsing text fast</h1>{box}{_BODY}</article>")
    assert _meta(page).authors == authors


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("<p><em>Von Cosima Kunz</em></p>", ("Cosima Kunz",)),
        ("<div>Written by: Elise Nash</div>", ("Elise Nash",)),
        ("<p>Auteur : Kofi Tiaga</p>", ("Kofi Tiaga",)),
        ("<p>Autoren Jelko Dorn und Jutta Klee</p>", ("Jelko Dorn", "Jutta Klee")),
    ],
)
def test_a_plain_line_that_opens_with_a_byline_word(line: str, authors: tuple[str, ...]) -> None:
    page = _page(body=f"<article><h1>Rain returns to the valley</h1>{_BODY}{line}{_BODY}</article>")
    assert _meta(page).authors == authors


@pytest.mark.parametrize(
    "line",
    [
        "<p>By the end of the year, the council had voted twice.</p>",
        '<div class="comments"><p>Von Max Berg</p></div>',
    ],
)
def test_sentences_and_comment_lines_are_not_plain_bylines(line: str) -> None:
    page = _page(body=f"<article><h1>Rain returns to the valley</h1>{_BODY}{line}</article>")
    assert _meta(page).authors == ()


@pytest.mark.parametrize(
    ("box", "name"),
    [
        ('<div class="blog--author-info"><a class="blog--author-name">Chris Tory</a></div>', "Chris Tory"),
        ('<div class="autorenbox"><p class="autor-name">Lena Vogt</p></div>', "Lena Vogt"),
    ],
)
def test_a_byline_box_far_from_the_headline(box: str, name: str) -> None:
    deep = "<div><div><div><div><div><h1>Rain returns to the valley</h1>"
    deep += '<time datetime="2021-03-04">4 March</time></div></div></div></div></div>'
    page = _page(body=f"<div class='page'><div class='main'>{deep}{_BODY}</div>{box}</div>")
    assert _meta(page).authors == (name,)


@pytest.mark.parametrize(
    ("field", "name"),
    [
        (
            '{"@type": "NewsArticle", "author": {"@type": "Person", "name": "Williams Perea @wperea"}}',
            "Williams Perea",
        ),
        ('<meta name="author" content="Lena Vogt @lenavogt.de">', "Lena Vogt"),
    ],
)
def test_a_handle_after_a_structured_name_is_dropped(field: str, name: str) -> None:
    head = field if field.startswith("<") else f'<script type="application/ld+json">{field}</script>'
    assert _meta(_page(head, _BODY)).authors == (name,)


@pytest.mark.parametrize(
    ("field", "url", "name"),
    [
        (
            '<meta name="author" content="unocero - Alberto Ávila">',
            "https://www.unocero.com/a/b/",
            "Alberto Ávila",
        ),
        (
            '<meta property="og:site_name" content="Morgenblatt">'
            '<meta name="author" content="Morgenblatt – Lena Vogt">',
            None,
            "Lena Vogt",
        ),
    ],
)
def test_the_sites_name_beside_a_structured_name_is_dropped(field: str, url: str | None, name: str) -> None:
    assert _meta(_page(field, _BODY), url).authors == (name,)


def test_a_sites_tagline_in_the_author_field_is_not_a_person() -> None:
    field = '<meta property="og:site_name" content="L-Mag">'
    field += '<meta name="author" content="L-Mag – Das Magazin für Lesben">'
    page = _page(field, f"<article><h1>Gedenken</h1><p>Von Claudia Linde</p>{_BODY}</article>")
    assert _meta(page).authors == ("Claudia Linde",)


@pytest.mark.parametrize(
    ("post", "name"),
    [
        (
            '<div class="node node-promoted"><h1>Fair coins</h1>{}<p class="byline">By Ana Ruiz</p>',
            "Ana Ruiz",
        ),
        (
            '<div class="node-promote"><h1>Faire Münzen</h1>{}<span class="autor">Von Lena Vogt</span>',
            "Lena Vogt",
        ),
    ],
)
def test_a_post_promoted_to_the_front_page_is_not_a_promo_box(post: str, name: str) -> None:
    page = _page(body=f"<div class='page'>{post.format(_BODY)}</div></div>")
    assert _meta(page).authors == (name,)
    promo = post.replace("node-promoted", "promo-box").replace("node-promote", "promo")
    assert _meta(_page(body=f"<div class='page'>{promo.format(_BODY)}</div></div>")).authors == ()


@pytest.mark.parametrize(
    ("hints", "found"),
    [
        ("sidebar widget", ["sidebar", "widget"]),
        ("mywidget td-widget", []),
        ("card teaser-card", ["card", "teaser", "card"]),
        ("scard", []),
        ("main-nav navbar", ["nav", "nav"]),
        ("unavailable canvas", []),
    ],
)
def test_words_elsewhere_that_must_not_follow_a_letter(hints: str, found: list[str]) -> None:
    assert [m.group() for m in _DATE_ELSEWHERE.finditer(hints)] == found
