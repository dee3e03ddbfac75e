"""Every synthetic page in fixtures/html/ gives the article its .json file describes.

Each page is cleaned from bytes (as a crawler stores it) and from str, by `clean_html` and by
the sniffing `clean`; `explain` must agree with both, and each HTML-only rule must be seen
deciding blocks on at least two pages.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

import pytest

import newsclean
from newsclean.rules import RULES

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "html"
CASES = sorted(FIXTURES.glob("*.json"))
STEMS = [c.stem for c in CASES]
HTML_RULES = (
    "hidden", "furniture-container", "outside-article", "link-dense", "duplicate-block", "article-text",
)  # fmt: skip
META_KEYS = ("title", "subtitle", "date_source", "language")
# A short element path: tags (with a 1-based index among same-tag siblings) joined by ">".
PATH = re.compile(r"^[a-z][a-z0-9]*(?:\[\d+\])?(?:>[a-z][a-z0-9]*(?:\[\d+\])?)*$")

# Expectations the code does not meet yet: stem -> the cause, for the body and the metadata.
BODY_XFAIL: dict[str, str] = {}
META_XFAIL: dict[str, str] = {}


class Case:
    """One fixture: the page as bytes and as str, the inputs and the expectations."""

    def __init__(self, spec_path: Path) -> None:
        spec: dict[str, Any] = json.loads(spec_path.read_text(encoding="utf-8"))
        self.stem = spec_path.stem
        self.description: str = spec["description"]
        self.raw = spec_path.with_suffix(".html").read_bytes()
        self.encoding: str = spec.get("encoding", "utf-8")
        self.text = self.raw.decode(self.encoding)
        self.url: str | None = spec.get("url")
        fetched = spec.get("fetched_at")
        self.fetched_at = datetime.fromisoformat(fetched) if fetched else None
        self.expect: dict[str, Any] = spec["expect"]

    def clean_html(self, raw: str | bytes) -> newsclean.Article:
        return newsclean.clean_html(raw, url=self.url, fetched_at=self.fetched_at)

    def explain(self) -> newsclean.Explanation:
        return newsclean.explain(self.raw, url=self.url, fetched_at=self.fetched_at)


@cache
def load(stem: str) -> Case:
    return Case(FIXTURES / f"{stem}.json")


@cache
def article(stem: str) -> newsclean.Article:
    case = load(stem)
    return case.clean_html(case.raw)


@cache
def report(stem: str) -> newsclean.Explanation:
    return load(stem).explain()


def _params(xfails: dict[str, str]) -> list[Any]:
    return [
        pytest.param(stem, marks=pytest.mark.xfail(strict=True, reason=xfails[stem]))
        if stem in xfails
        else stem
        for stem in STEMS
    ]


def test_the_fixture_set() -> None:
    languages = Counter(load(stem).expect.get("language") for stem in STEMS)
    assert len(CASES) >= 24
    assert {"en", "de", "fr", "es"} <= set(languages)
    assert set(BODY_XFAIL) | set(META_XFAIL) <= set(STEMS)
    for stem in STEMS:
        case = load(stem)
        assert case.description and case.expect, stem
        assert FIXTURES.joinpath(f"{stem}.html").is_file()


@pytest.mark.parametrize("stem", _params(META_XFAIL))
def test_metadata(stem: str) -> None:
    got, expect = article(stem), load(stem).expect
    for key in META_KEYS:
        if key in expect:
            assert getattr(got, key) == expect[key], key
    if "authors" in expect:
        assert list(got.authors) == expect["authors"]
    if "published" in expect:
        assert (got.published.isoformat() if got.published else None) == expect["published"]
    assert got.input_kind == "html"
    assert got.url == load(stem).url


@pytest.mark.parametrize("stem", _params(BODY_XFAIL))
def test_body(stem: str) -> None:
    text, expect = article(stem).text, load(stem).expect
    if "text" in expect:
        assert text == expect["text"]
    assert text.startswith(expect.get("text_startswith", ""))
    assert text.endswith(expect.get("text_endswith", ""))
    for snippet in expect.get("text_contains", []):
        assert snippet in text
    for snippet in expect.get("text_excludes", []):
        assert snippet not in text, snippet


@pytest.mark.parametrize("stem", STEMS)
def test_str_bytes_and_clean_agree(stem: str) -> None:
    case = load(stem)
    from_bytes = article(stem)
    assert case.clean_html(case.text) == from_bytes
    sniffed = newsclean.clean(case.raw, url=case.url, fetched_at=case.fetched_at)
    assert sniffed.input_kind == "html"
    assert sniffed == from_bytes
    assert newsclean.clean(case.text, url=case.url, fetched_at=case.fetched_at) == from_bytes


@pytest.mark.parametrize("stem", STEMS)
def test_explain_agrees_with_clean(stem: str) -> None:
    explained = report(stem)
    assert explained.article == article(stem)
    assert explained.article.text == "\n\n".join(b.text for b in explained.kept)
    assert [b.index for b in explained.blocks] == list(range(len(explained.blocks)))
    for block in explained.blocks:
        assert PATH.match(block.where), block.where
        assert block.rule in RULES, block.rule
        assert block.kept == RULES[block.rule].keeps
        assert block.text == block.text.strip() and block.text


def test_every_html_rule_decides_blocks_on_two_pages() -> None:
    pages = Counter(rule for stem in STEMS for rule in {b.rule for b in report(stem).blocks})
    assert {rule: pages[rule] for rule in HTML_RULES if pages[rule] < 2} == {}
