"""JSON-LD reading: shapes (@graph, lists, nesting, @id links), mending and the article choice."""

from __future__ import annotations

import json

import pytest

from newsclean._jsonld import JsonLd, read_jsonld


def _block(data: object) -> str:
    return json.dumps(data)


@pytest.mark.parametrize(
    "blocks",
    [
        # one object
        [
            _block(
                {
                    "@type": "NewsArticle",
                    "headline": "Rain Returns",
                    "author": {"@type": "Person", "name": "Ana Ruiz"},
                }
            )
        ],
        # a list of objects, the article second, its author a plain string
        [
            _block(
                [
                    {"@type": "WebSite", "name": "Daily Post"},
                    {"@type": "BlogPosting", "headline": "Rain Returns", "author": "Ana Ruiz"},
                ]
            )
        ],
        # nested in a WebPage's mainEntity, the type as a full URL
        [
            _block(
                {
                    "@type": "WebPage",
                    "mainEntity": {
                        "@type": "http://schema.org/Article",
                        "headline": "Rain Returns",
                        "author": [{"@type": "Person", "name": "Ana Ruiz"}],
                    },
                }
            )
        ],
    ],
    ids=["object", "list", "nested"],
)
def test_headline_and_author_in_every_shape(blocks: list[str]) -> None:
    ld = read_jsonld(blocks)
    assert ld.headline == "Rain Returns"
    assert ld.authors == (("Ana Ruiz", False),)


@pytest.mark.parametrize(
    ("people", "expected"),
    [
        (
            [
                {"@type": "Person", "@id": "#p1", "name": "Ana Ruiz"},
                {"@type": "Person", "@id": "#p2", "name": "Tom Hale"},
            ],
            (("Ana Ruiz", False), ("Tom Hale", False)),
        ),
        (
            [
                {"@type": "Person", "@id": "#p1", "givenName": "Lea", "familyName": "Brandt"},
                {"@type": "Person", "@id": "#p2", "name": ["Jonas Weber"]},
            ],
            (("Lea Brandt", False), ("Jonas Weber", False)),
        ),
    ],
)
def test_authors_follow_id_references_into_the_graph(
    people: list[dict[str, object]], expected: object
) -> None:
    graph = {
        "@graph": [{"@type": "Article", "headline": "H", "author": [{"@id": "#p1"}, {"@id": "#p2"}]}, *people]
    }
    assert read_jsonld([_block(graph)]).authors == expected


def test_organisation_authors_are_marked() -> None:
    ld = read_jsonld(
        [_block({"@type": "Article", "author": {"@type": "Organization", "name": "Daily Post"}})]
    )
    assert ld.authors == (("Daily Post", True),)


@pytest.mark.parametrize(
    ("graph", "site"),
    [
        (
            [
                {"@type": "Article", "publisher": {"@id": "#org"}},
                {"@type": "Organization", "@id": "#org", "name": "Daily Post"},
            ],
            "Daily Post",
        ),
        (
            [{"@type": "WebSite", "name": "Tagesblatt"}, {"@type": "NewsArticle", "headline": "Regen"}],
            "Tagesblatt",
        ),
    ],
)
def test_site_name_from_publisher_or_website(graph: list[dict[str, object]], site: str) -> None:
    assert read_jsonld([_block({"@graph": graph})]).site_name == site


def test_dates_of_the_article_not_of_the_page() -> None:
    page = {"@type": "WebPage", "datePublished": "2020-01-01", "dateModified": "2020-02-02"}
    article = {
        "@type": "NewsArticle",
        "datePublished": "2021-03-04T10:00:00+01:00",
        "dateCreated": "2021-03-03",
    }
    graph = {"@graph": [page, article]}
    ld = read_jsonld([_block(graph)])
    assert (ld.published, ld.created, ld.modified) == (
        "2021-03-04T10:00:00+01:00",
        "2021-03-03",
        "2020-02-02",
    )


@pytest.mark.parametrize(
    "block",
    [
        '<!-- {"@type": "Article", "headline": "Mended", "author": "Ana Ruiz",} -->',
        '{"@type": "Article",\n "headline": "Mended",\t"author": "Ana Ruiz"};',
        '{"@type": "Article", "headline": "Mended", "author": "Ana Ruiz"} {"@type": "Thing"}',
    ],
    ids=["comment-trailing-comma", "semicolon", "two-glued-objects"],
)
def test_broken_json_is_mended(block: str) -> None:
    ld = read_jsonld([block])
    assert (ld.headline, ld.authors) == ("Mended", (("Ana Ruiz", False),))


@pytest.mark.parametrize(
    "block",
    ["", "{not json at all", "[1, 2, 3]", '"just a string"', "{" * 5000, "[" * 100_000],
    ids=["empty", "garbage", "numbers", "string", "open-braces", "deep-lists"],
)
def test_unreadable_blocks_give_nothing(block: str) -> None:
    assert read_jsonld([block]) == JsonLd()


def test_the_article_of_the_page_url_wins_over_teasers() -> None:
    items = [
        {"@type": "NewsArticle", "headline": "Teaser one", "url": "https://example.org/one"},
        {
            "@type": "NewsArticle",
            "headline": "The story",
            "mainEntityOfPage": {"@id": "https://example.org/story/"},
        },
    ]
    assert read_jsonld([_block(items)], "https://example.org/story").headline == "The story"
    assert read_jsonld([_block(items)], "https://example.org/other").headline == "Teaser one"


@pytest.mark.parametrize(("value", "language"), [("de-DE", "de"), ("fr_FR", "fr"), ("español", None)])
def test_language(value: str, language: str | None) -> None:
    assert read_jsonld([_block({"@type": "Article", "inLanguage": value})]).language == language
