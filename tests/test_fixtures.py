"""Every synthetic dump in fixtures/text/ gives the article its .json file describes."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

import newsclean

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "text"
CASES = sorted(FIXTURES.glob("*.json"))


def _load(case: Path) -> tuple[str, dict[str, Any]]:
    spec = json.loads(case.read_text(encoding="utf-8"))
    return case.with_suffix(".txt").read_text(encoding="utf-8"), spec


def test_there_are_fixtures_in_several_languages() -> None:
    languages = {json.loads(c.read_text())["expect"].get("language") for c in CASES}
    assert len(CASES) >= 20
    assert len(languages - {None}) >= 4


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_fixture(case: Path) -> None:
    dump, spec = _load(case)
    fetched = spec.get("fetched_at")
    article = newsclean.clean_text(
        dump,
        url=spec.get("url"),
        fetched_at=datetime.fromisoformat(fetched) if fetched else None,
    )
    expect = spec["expect"]
    for key in ("title", "subtitle", "date_source", "language"):
        if key in expect:
            assert getattr(article, key) == expect[key], key
    if "authors" in expect:
        assert list(article.authors) == expect["authors"]
    if "published" in expect:
        got = article.published.isoformat() if article.published else None
        assert got == expect["published"]
    text = article.text
    if "text" in expect:
        assert text == expect["text"]
    assert text.startswith(expect.get("text_startswith", ""))
    assert text.endswith(expect.get("text_endswith", ""))
    for snippet in expect.get("text_contains", []):
        assert snippet in text
    for snippet in expect.get("text_excludes", []):
        assert snippet not in text


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_explain_agrees_with_clean(case: Path) -> None:
    dump, spec = _load(case)
    report = newsclean.explain(dump, url=spec.get("url"))
    assert report.article.text == "\n\n".join(b.text for b in report.kept)
    assert all(b.rule in newsclean.rules.RULES for b in report.blocks)
    assert report.article == newsclean.clean_text(dump, url=spec.get("url"))
