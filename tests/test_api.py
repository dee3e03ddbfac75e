"""Public API invariants: explain() accounts for every block and agrees with clean_text()."""

from __future__ import annotations

import re
from datetime import datetime, timezone

import pytest
from conftest import COMMENT, EXAMPLE, PARAS, TEXT_FIXTURES, UNIT_FIXTURES, page

import newsclean
from newsclean.rules import RULES

SYNTHETIC = {
    "menu-body-comments": page("Home\nNews", "Pier Plan", *PARAS, "Leave a Reply", COMMENT),
    "glued-and-gaps": "Pier Plan | Gazette\nHome   News\tSport\nIt was done.Then it rained.\n" + PARAS[0],
    "one-line": "Just one line of text.",
    "unicode": page("Café crème – déjà vu", "Par Zoë Müller", PARAS[1]),
}
INPUTS: dict[str, str | bytes] = {
    **SYNTHETIC,
    "example": EXAMPLE.read_bytes(),
    "pier_board": (UNIT_FIXTURES / "pier_board.txt").read_bytes(),
    **{f"fixture-{p.stem}": p.read_bytes() for p in sorted(TEXT_FIXTURES.glob("*.txt"))},
}
IDS = list(INPUTS)


@pytest.fixture(scope="module", params=IDS)
def case(request: pytest.FixtureRequest) -> tuple[str | bytes, newsclean.Explanation]:
    raw = INPUTS[request.param]
    return raw, newsclean.explain(raw)


def test_there_are_enough_inputs() -> None:
    assert len(INPUTS) >= 10


def test_body_is_the_join_of_the_kept_blocks(case: tuple[str | bytes, newsclean.Explanation]) -> None:
    _, report = case
    assert report.article.text == "\n\n".join(b.text for b in report.kept)
    assert report.kept == tuple(b for b in report.blocks if b.kept)


def test_every_rule_is_registered(case: tuple[str | bytes, newsclean.Explanation]) -> None:
    _, report = case
    for block in report.blocks:
        assert block.rule in RULES
        assert block.kept == RULES[block.rule].keeps
        assert block.role == RULES[block.rule].role


def test_blocks_are_in_page_order(case: tuple[str | bytes, newsclean.Explanation]) -> None:
    raw, report = case
    assert [b.index for b in report.blocks] == list(range(len(report.blocks)))
    lines = [int(b.where) for b in report.blocks]
    assert lines == sorted(lines)
    text = raw.decode("utf-8", errors="replace") if isinstance(raw, bytes) else raw
    n_lines = text.replace("\r\n", "\n").count("\n") + 1
    assert all(1 <= n <= n_lines for n in lines)


def test_str_lists_every_block(case: tuple[str | bytes, newsclean.Explanation]) -> None:
    _, report = case
    rows = str(report).split("\n") if report.blocks else []
    assert len(rows) == len(report.blocks)
    for row, block in zip(rows, report.blocks, strict=True):
        mark, where, rule, *_ = row.split()
        assert mark == ("+" if block.kept else "-")
        assert (where, rule) == (block.where, block.rule)
        assert block.text[:40].split()[0] in row


def test_clean_text_is_explain_article(case: tuple[str | bytes, newsclean.Explanation]) -> None:
    raw, report = case
    assert newsclean.clean_text(raw) == report.article


def test_explanation_html_lists_blocks(case: tuple[str | bytes, newsclean.Explanation]) -> None:
    _, report = case
    html = report._repr_html_()
    assert html.count("<tr style=") == len(report.blocks)


def test_clean_text_and_explain_agree_with_url_and_fetched_at() -> None:
    raw = INPUTS["example"]
    kwargs = {
        "url": "https://example.org/2024/03/14/night-ferry",
        "fetched_at": datetime(2024, 3, 15, 8, 0, tzinfo=timezone.utc),
        "options": newsclean.CleanOptions(min_year=2000),
    }
    article = newsclean.clean_text(raw, **kwargs)  # type: ignore[arg-type]
    assert article == newsclean.explain(raw, **kwargs).article  # type: ignore[arg-type]
    assert article.url == kwargs["url"]


def test_rules_have_one_line_descriptions() -> None:
    assert len(RULES) >= 20
    for rule_id, rule in RULES.items():
        assert rule.id == rule_id
        assert re.fullmatch(r"[a-z]+(?:-[a-z]+)*", rule_id)
        assert rule.role in {"body", "boilerplate", "metadata"}
        assert rule.description.strip() == rule.description
        assert "\n" not in rule.description
        assert 10 <= len(rule.description) <= 100


def test_rules_registry_is_read_only() -> None:
    with pytest.raises(TypeError):
        RULES["new-rule"] = RULES["body-text"]  # type: ignore[index]


@pytest.mark.parametrize("raw", ["", " ", "\n\n\n", " \t \n \r\n  ", b"", b"   \n", "\u200b\ufeff"])
def test_empty_input_gives_an_empty_article(raw: str | bytes) -> None:
    article = newsclean.clean_text(raw)
    assert isinstance(article, newsclean.Article)
    assert article.text == ""
    assert article.title is None
    report = newsclean.explain(raw)
    assert report.blocks == ()
    assert report.article == article
    assert str(report) == ""


def test_all_names_exist() -> None:
    assert newsclean.__all__
    assert len(set(newsclean.__all__)) == len(newsclean.__all__)
    for name in newsclean.__all__:
        assert hasattr(newsclean, name), name
    for name in ("Article", "CleanOptions", "NewscleanError", "clean_text", "explain", "rules"):
        assert name in newsclean.__all__


def test_error_classes_share_a_base() -> None:
    for name in ("InputTooLargeError", "NotAPageError", "UndecodableError"):
        assert issubclass(getattr(newsclean, name), newsclean.NewscleanError)
    assert issubclass(newsclean.NewscleanError, Exception)


def test_version_is_a_string() -> None:
    assert isinstance(newsclean.__version__, str)
    assert re.match(r"\d+\.\d+", newsclean.__version__)


def test_options_are_frozen() -> None:
    opts = newsclean.CleanOptions()
    with pytest.raises(AttributeError):
        opts.max_input_chars = 1  # type: ignore[misc]
