"""`Article`: a frozen value object that pickles, serialises and displays safely."""

from __future__ import annotations

import dataclasses
import json
import pickle
from datetime import datetime, timedelta, timezone

import pytest
from conftest import EXAMPLE

import newsclean
from newsclean import Article

KEYS = [
    "title",
    "subtitle",
    "authors",
    "published",
    "text",
    "url",
    "language",
    "site_name",
    "date_source",
    "input_kind",
]
CET = timezone(timedelta(hours=2))


def _full(**changes: object) -> Article:
    values: dict[str, object] = {
        "title": "Harbour Board Approves New Pier",
        "subtitle": "The plan ends a two-year dispute.",
        "authors": ("Ana Ruiz", "Tom Brown"),
        "published": datetime(2021, 3, 4, 18, 45, tzinfo=CET),
        "text": "First paragraph.\n\nSecond paragraph.",
        "url": "https://example.org/2021/03/04/pier",
        "language": "en",
        "site_name": "Bayside Gazette",
        "date_source": "byline",
        "input_kind": "text",
    }
    values.update(changes)
    return Article(**values)  # type: ignore[arg-type]


def test_article_is_frozen() -> None:
    a = _full()
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.title = "Other"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.text = ""  # type: ignore[misc]


def test_defaults_describe_an_empty_text_article() -> None:
    a = Article()
    assert (a.title, a.authors, a.published, a.text, a.input_kind) == (None, (), None, "", "text")


def test_equality_and_hash_by_value() -> None:
    assert _full() == _full()
    assert hash(_full()) == hash(_full())
    assert _full() != _full(text="Other text.")
    assert _full() != _full(authors=("Ana Ruiz",))
    assert len({_full(), _full(), _full(title="Other")}) == 2


@pytest.mark.parametrize(
    "article",
    [
        Article(),
        _full(),
        _full(published=datetime(2017, 10, 9, 13, 30)),
        _full(published=datetime(2021, 3, 4, 18, 45, tzinfo=timezone.utc)),
    ],
    ids=["empty", "aware", "naive", "utc"],
)
def test_pickle_round_trip(article: Article) -> None:
    for protocol in (2, pickle.HIGHEST_PROTOCOL):
        back = pickle.loads(pickle.dumps(article, protocol=protocol))
        assert back == article
        assert back.published == article.published
        if article.published is not None:
            assert back.published.utcoffset() == article.published.utcoffset()


def test_pipeline_article_pickles() -> None:
    a = newsclean.clean_text(EXAMPLE.read_bytes())
    assert a.text  # a real article, not an empty one
    assert pickle.loads(pickle.dumps(a)) == a


def test_to_dict_keys_are_stable_and_ordered() -> None:
    assert list(Article().to_dict()) == KEYS
    assert list(_full().to_dict()) == KEYS


def test_to_dict_covers_every_field() -> None:
    assert set(KEYS) == {f.name for f in dataclasses.fields(Article)}


def test_to_dict_values_are_json_ready() -> None:
    d = _full().to_dict()
    assert d["authors"] == ["Ana Ruiz", "Tom Brown"]
    assert isinstance(d["authors"], list)
    assert d["published"] == "2021-03-04T18:45:00+02:00"
    back = json.loads(json.dumps(d))
    assert back == d
    assert json.loads(json.dumps(Article().to_dict())) == {
        **dict.fromkeys(KEYS),
        "authors": [],
        "text": "",
        "input_kind": "text",
    }


def test_to_dict_keeps_timezone_and_naive_dates() -> None:
    aware = _full().to_dict()["published"]
    assert datetime.fromisoformat(aware) == datetime(2021, 3, 4, 16, 45, tzinfo=timezone.utc)
    assert datetime.fromisoformat(aware).utcoffset() == timedelta(hours=2)
    naive = _full(published=datetime(2017, 10, 9, 13, 30)).to_dict()["published"]
    assert naive == "2017-10-09T13:30:00"
    assert datetime.fromisoformat(naive).tzinfo is None


def test_to_dict_of_a_cleaned_page_is_json() -> None:
    d = newsclean.clean_text(EXAMPLE.read_bytes()).to_dict()
    assert list(d) == KEYS
    assert json.loads(json.dumps(d, ensure_ascii=True)) == d
    assert isinstance(d["published"], str)


def test_repr_is_short_for_a_huge_article() -> None:
    big = "word " * 200_000 + "end"
    a = _full(title="T" * 100_000, subtitle=big, text=big)
    r = repr(a)
    assert len(r) < 400
    assert r.startswith("Article(")
    assert f"{len(big)} chars" in r
    assert "Ana Ruiz" in r


def test_repr_mentions_title_and_date() -> None:
    r = repr(_full())
    assert "Harbour Board Approves New Pier" in r
    assert "2021-03-04T18:45:00+02:00" in r


@pytest.mark.parametrize("field", ["title", "subtitle", "text", "site_name", "url"])
def test_repr_html_escapes_markup(field: str) -> None:
    evil = "<script>alert('x')</script> & <b>bold</b>"
    html = _full(**{field: evil})._repr_html_()
    assert "<script>" not in html
    assert "<b>bold</b>" not in html
    assert "&lt;script&gt;" in html


def test_repr_html_escapes_authors() -> None:
    html = _full(authors=("<img src=x onerror=alert(1)>",))._repr_html_()
    assert "<img" not in html
    assert "&lt;img" in html


def test_repr_html_shows_the_article_and_stays_small() -> None:
    html = _full()._repr_html_()
    for value in ("Harbour Board Approves New Pier", "Ana Ruiz, Tom Brown", "First paragraph."):
        assert value in html
    big = _full(text=("A sentence of the body. " * 50 + "\n\n") * 1000)
    assert len(big.text) > 1_000_000
    assert len(big._repr_html_()) < 10_000


def test_repr_html_without_title() -> None:
    assert "(no title)" in Article()._repr_html_()
