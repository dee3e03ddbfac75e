"""Hand-computed checks of the benchmark metrics (benchmarks/_metrics.py); no eval data needed."""

from __future__ import annotations

import importlib.util
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

_PATH = Path(__file__).resolve().parents[1] / "benchmarks" / "_metrics.py"
_SPEC = importlib.util.spec_from_file_location("_metrics", _PATH)
assert _SPEC is not None and _SPEC.loader is not None
m = importlib.util.module_from_spec(_SPEC)
sys.modules["_metrics"] = m
_SPEC.loader.exec_module(m)


# --- bag of words -------------------------------------------------------------------------------


def test_bow_partial_prediction() -> None:
    # pred tokens: the cat sat; truth: the cat sat on the mat -> overlap 3 of 3 and of 6
    assert m.bow_scores("The cat sat.", "the cat sat on the mat") == pytest.approx((1.0, 0.5, 2 / 3))


def test_bow_counts_repeated_tokens_once_per_truth_occurrence() -> None:
    # overlap = min(3, 1) = 1: P = 1/3, R = 1/2, F1 = 2 * (1/6) / (5/6) = 0.4
    assert m.bow_scores("a a a", "a b") == pytest.approx((1 / 3, 0.5, 0.4))


def test_bow_tokens_are_unicode_words_lowercased() -> None:
    assert m.bow_scores("ÜBER-Straße", "über straße") == (1.0, 1.0, 1.0)


def test_bow_empty_prediction_scores_zero() -> None:
    assert m.bow_scores("", "some truth") == (0.0, 0.0, 0.0)
    assert m.bow_scores("...", "some truth") == (0.0, 0.0, 0.0)


def test_bow_truth_without_tokens() -> None:
    assert m.bow_scores("", " -- ") == (1.0, 1.0, 1.0)
    assert m.bow_scores("word", " -- ") == (0.0, 0.0, 0.0)


def test_bow_disjoint_is_zero() -> None:
    assert m.bow_scores("x y", "a b") == (0.0, 0.0, 0.0)


# --- shingles -----------------------------------------------------------------------------------


def test_shingles_of_four_tokens() -> None:
    assert m.shingles("a b c d e") == {("a", "b", "c", "d"): 1, ("b", "c", "d", "e"): 1}


def test_short_text_gives_one_shorter_shingle_and_empty_none() -> None:
    assert m.shingles("a, b") == {("a", "b"): 1}
    assert m.shingles("a b c d") == {("a", "b", "c", "d"): 1}
    assert m.shingles(" ;") == {}


def test_shingle_counts_multiset() -> None:
    # T = {abcd, bcdx}, S = {abcd, bcde}
    assert m.shingle_counts("a b c d e", "a b c d x") == (1, 1, 1)
    # S holds abcd twice, T once
    assert m.shingle_counts("a b c d a b c d", "a b c d") == (1, 4, 0)


def test_shingles_are_case_sensitive() -> None:
    assert m.shingle_counts("A b c d", "a b c d") == (0, 1, 1)


def test_shingle_prf_means_of_pages() -> None:
    # precisions: 1/2, (empty prediction skipped), 1 -> 3/4; recalls: 1/2, 0, 1 -> 1/2
    precision, recall, f1 = m.shingle_prf([(1, 1, 1), (0, 0, 5), (3, 0, 0)])
    assert (precision, recall) == pytest.approx((0.75, 0.5))
    assert f1 == pytest.approx(2 * 0.75 * 0.5 / 1.25)


def test_shingle_prf_skips_pages_with_nothing() -> None:
    assert m.shingle_prf([(0, 0, 0), (2, 2, 0)]) == pytest.approx((0.5, 1.0, 2 / 3))
    assert m.shingle_prf([]) == (0.0, 0.0, 0.0)


# --- snippets -----------------------------------------------------------------------------------


def test_norm_collapses_whitespace() -> None:
    assert m.norm("  a\n\tb   c ") == "a b c"


def test_count_found_normalises_whitespace_and_keeps_case() -> None:
    prediction = "x foo\n\nbar y baz"
    assert m.count_found(["foo  bar", "Baz", "baz"], prediction) == 2
    assert m.count_found([], prediction) == 0


def test_snippet_f1() -> None:
    assert m.snippet_f1(3, 1, 1) == pytest.approx(0.75)
    assert m.snippet_f1(0, 2, 3) == 0.0
    assert m.snippet_f1(0, 0, 0) == 0.0


# --- title --------------------------------------------------------------------------------------


def test_norm_title_quotes_spaces_case_nfkc() -> None:
    quoted = "  \u201cHello\u201d   World \u2013 It\u2019s  "
    assert m.norm_title(quoted) == '"hello" world \u2013 it\'s'
    assert m.norm_title("\u00abLe \ufb01lm\u00bb") == '"le film"'
    assert m.norm_title("\uff34\uff45\uff53\uff54 m\u00b2") == "test m2"  # full-width, superscript
    assert m.norm_title("STRASSE") == m.norm_title("Straße")


def test_title_ok() -> None:
    assert m.title_ok("Rain  in \u2018Spain\u2019", "rain in 'spain'")
    assert not m.title_ok("Rain in Spain | The Daily", "Rain in Spain")
    assert not m.title_ok(None, "Rain in Spain")


# --- authors ------------------------------------------------------------------------------------


def test_norm_name_prefixes_and_punctuation() -> None:
    assert m.norm_name("By Dr. Jane O'Neil") == "jane o neil"
    assert m.norm_name("Prof. Dr. Hans_Müller ") == "hans müller"
    assert m.norm_name("von Par Por Anne") == "anne"
    assert m.norm_name("Bye Bye") == "bye bye"
    assert m.norm_name("Von") == "von"
    assert m.norm_name("\u2014") == ""


def test_authors_ok_compares_normalised_sets() -> None:
    assert m.authors_ok(["Jane Doe", "John Roe", "john  roe"], ["john roe", "By Jane Doe"])
    assert not m.authors_ok(["Jane Doe"], ["Jane Doe", "John Roe"])
    assert not m.authors_ok([], ["Jane Doe"])
    assert m.authors_ok(["\u2014"], [])


def test_author_f1() -> None:
    assert m.author_f1(["Jane Doe", "X"], ["jane doe", "Y", "Z"]) == pytest.approx(0.4)
    assert m.author_f1(["Jane Doe"], ["Jane Doe"]) == 1.0
    assert m.author_f1([], ["Jane Doe"]) == 0.0
    assert m.author_f1(["?"], ["Jane Doe"]) == 0.0
    assert m.author_f1([], ["\u2014"]) == 0.0  # both sets empty: still 0


# --- date ---------------------------------------------------------------------------------------


def test_date_day_keeps_the_page_time_zone() -> None:
    late_evening = datetime(2020, 1, 2, 23, 30, tzinfo=timezone(timedelta(hours=-5)))
    assert m.date_day(late_evening) == "2020-01-02"  # 2020-01-03 in UTC
    assert m.date_day(date(2020, 1, 2)) == "2020-01-02"
    assert m.date_day("2020-01-02T10:00:00+02:00") == "2020-01-02"
    assert m.date_day(None) is None


def test_date_ok() -> None:
    assert m.date_ok(datetime(2019, 12, 31, 8), "2019-12-31")
    assert not m.date_ok(datetime(2019, 12, 30), "2019-12-31")
    assert not m.date_ok(None, "2019-12-31")


# --- speed --------------------------------------------------------------------------------------


def test_p95() -> None:
    assert m.p95([float(i) for i in range(20, 0, -1)]) == 19.0  # ceil(19) - 1 = index 18
    assert m.p95([float(i) for i in range(1, 11)]) == 10.0  # ceil(9.5) - 1 = index 9
    assert m.p95([0.5]) == 0.5
    assert m.p95([]) == 0.0


# --- pages and sets -----------------------------------------------------------------------------

_TRUTH = {
    "title": "Rain in Spain",
    "authors": ["Ana Ruiz"],
    "date": "2024-03-05",
    "body": "It rained all week.\n\nThe plains flooded.",
    "with": ["rained all week", "plains flooded"],
    "without": ["Subscribe now"],
}


def test_score_page_full_prediction() -> None:
    prediction = m.Prediction(
        title="Rain in Spain",
        authors=("By Ana Ruiz",),
        date=datetime(2024, 3, 5, 9),
        text="It rained all week. Subscribe now",
    )
    row = m.score_page(prediction, _TRUTH)
    # pred tokens: it rained all week subscribe now (6); truth 7; overlap 4
    assert row["bow_p"] == pytest.approx(4 / 6)
    assert row["bow_r"] == pytest.approx(4 / 7)
    assert (row["sh_tp"], row["sh_fp"], row["sh_fn"]) == (1, 2, 3)
    assert (row["with_found"], row["with_total"]) == (1, 2)
    assert (row["without_found"], row["without_total"]) == (1, 1)
    assert row["title_ok"] is True
    assert row["authors_ok"] is True
    assert row["author_f1"] == 1.0
    assert row["date_ok"] is True


def test_score_page_skips_fields_without_truth() -> None:
    truth: dict[str, object] = {
        "title": None,
        "authors": [],
        "date": None,
        "body": None,
        "with": [],
        "without": None,
    }
    row = m.score_page(m.Prediction(title="T", authors=("A",), text="x"), truth)
    expected_none = ("bow_p", "bow_r", "bow_f1", "sh_tp", "title_ok", "authors_ok", "date_ok")
    assert all(row[key] is None for key in expected_none)
    assert (row["with_total"], row["without_total"]) == (0, 0)


def test_error_prediction_scores_empty() -> None:
    row = m.score_page(m.Prediction(), _TRUTH)
    assert (row["bow_p"], row["bow_r"], row["bow_f1"]) == (0.0, 0.0, 0.0)
    assert (row["sh_tp"], row["sh_fp"], row["sh_fn"]) == (0, 0, 4)  # 7 truth tokens
    assert row["with_found"] == row["without_found"] == 0
    assert row["title_ok"] is row["authors_ok"] is row["date_ok"] is False


def _row(**values: object) -> dict[str, object]:
    base: dict[str, object] = {
        "bow_p": None,
        "bow_r": None,
        "bow_f1": None,
        "sh_tp": None,
        "sh_fp": None,
        "sh_fn": None,
        "with_found": 0,
        "with_total": 0,
        "without_found": 0,
        "without_total": 0,
        "title_ok": None,
        "authors_ok": None,
        "author_f1": None,
        "date_ok": None,
        "seconds": 0.1,
        "error": False,
    }
    return {**base, **values}


def test_aggregate_macro_micro_and_speed() -> None:
    rows = [
        _row(bow_p=1.0, bow_r=0.5, bow_f1=0.6, sh_tp=1, sh_fp=1, sh_fn=1, title_ok=True)
        | {"with_found": 1, "with_total": 1, "without_found": 1, "without_total": 4}
        | {"seconds": 0.3, "date_ok": False},
        _row(title_ok=False, author_f1=0.5, authors_ok=False, error=True)
        | {"with_found": 1, "with_total": 3, "without_found": 0, "without_total": 0},
    ]
    summary = m.aggregate(rows)
    assert summary["bow_f1"] == pytest.approx(0.6)  # only the page with a truth body
    assert summary["title_ok"] == pytest.approx(0.5)
    assert summary["author_f1"] == pytest.approx(0.5)
    assert summary["date_ok"] == 0.0
    assert summary["with"] == pytest.approx(2 / 4)
    assert summary["without"] == pytest.approx(1 / 4)
    assert summary["snippet_f1"] == pytest.approx(4 / (4 + 1 + 2))  # tp 2, fp 1, fn 2
    assert summary["shingle_f1"] == pytest.approx(0.5)
    assert summary["pages_per_s"] == pytest.approx(2 / 0.4)
    assert summary["mean_ms"] == pytest.approx(200.0)
    assert summary["p95_ms"] == pytest.approx(300.0)
    assert summary["errors"] == 1


def test_aggregate_without_annotations_gives_none() -> None:
    summary = m.aggregate([_row()])
    assert summary["bow_f1"] is None
    assert summary["shingle_f1"] is None
    assert summary["with"] is None
    assert summary["snippet_f1"] is None
