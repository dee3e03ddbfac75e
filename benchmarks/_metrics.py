"""The evaluation metrics of ``../shared/eval/README.md``, as pure functions.

Every definition here follows that README to the letter, so that a run of ``bench.py`` reproduces
the peer rows printed there. Page-level functions score one prediction against one truth;
``score_page`` puts them together into one flat row of numbers and booleans, and ``aggregate``
turns such rows into the set-level numbers of the README tables.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

_WORD = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")
_NON_WORD_RUN = re.compile(r"[\W_]+")
_NAME_PREFIXES = re.compile(r"^(?:(?:by|von|par|por|dr|prof) )+")
_QUOTES = str.maketrans(
    {
        **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032`\u00b4", "'"),
        **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb", '"'),
    }
)
_SHINGLE = 4
_TRUTH_DEPENDENT_KEYS = (
    "bow_p",
    "bow_r",
    "bow_f1",
    "sh_tp",
    "sh_fp",
    "sh_fn",
    "title_ok",
    "authors_ok",
    "author_f1",
    "date_ok",
)

Row = dict[str, Any]


@dataclass(frozen=True)
class Prediction:
    """What a system returned for one page; the default is the empty prediction of an error."""

    title: str | None = None
    authors: tuple[str, ...] = ()
    date: date | str | None = None
    text: str = ""


# --- body: bag of words -------------------------------------------------------------------------


def bow_scores(pred: str, truth: str) -> tuple[float, float, float]:
    """Bag-of-words precision, recall and F1 of one page (WCXB's metric), lower-cased tokens."""
    pred_tokens = _WORD.findall(pred.lower())
    truth_tokens = _WORD.findall(truth.lower())
    if not truth_tokens:
        score = 1.0 if not pred_tokens else 0.0
        return score, score, score
    if not pred_tokens:
        return 0.0, 0.0, 0.0
    overlap = sum((Counter(pred_tokens) & Counter(truth_tokens)).values())
    precision = overlap / len(pred_tokens)
    recall = overlap / len(truth_tokens)
    return precision, recall, _harmonic(precision, recall)


# --- body: shingles -----------------------------------------------------------------------------


def shingles(text: str) -> Counter[tuple[str, ...]]:
    """The multiset of case-sensitive 4-token shingles; 1-3 tokens give one shorter shingle."""
    tokens = _WORD.findall(text)
    found = (tuple(tokens[i : i + _SHINGLE]) for i in range(max(1, len(tokens) - _SHINGLE + 1)))
    return Counter(shingle for shingle in found if shingle)


def shingle_counts(pred: str, truth: str) -> tuple[int, int, int]:
    """Shingle ``(tp, fp, fn)`` of one page: ``Σ min(T, S)``, ``Σ max(0, S-T)``, ``Σ max(0, T-S)``.

    The README divides all three by their sum before averaging; the page precision and recall
    are ratios, so ``shingle_prf`` gets the same numbers from these raw counts.
    """
    truth_set = shingles(truth)
    pred_set = shingles(pred)
    tp = sum((truth_set & pred_set).values())
    fp = sum((pred_set - truth_set).values())
    fn = sum((truth_set - pred_set).values())
    return tp, fp, fn


def shingle_prf(counts: Iterable[tuple[int, int, int]]) -> tuple[float, float, float]:
    """Set-level shingle ``(P, R, F1)``: means of page precisions and recalls, then their F1.

    A page's precision counts only when ``tp + fp > 0`` and its recall only when ``tp + fn > 0``,
    so an empty prediction drops out of the precision mean and counts 0 in recall.
    """
    precisions: list[float] = []
    recalls: list[float] = []
    for tp, fp, fn in counts:
        exact = fp == fn == 0
        if tp + fp > 0:
            precisions.append(1.0 if exact else tp / (tp + fp))
        if tp + fn > 0:
            recalls.append(1.0 if exact else tp / (tp + fn))
    precision = _mean(precisions) or 0.0
    recall = _mean(recalls) or 0.0
    return precision, recall, _harmonic(precision, recall)


# --- snippets -----------------------------------------------------------------------------------


def norm(text: str) -> str:
    """Whitespace runs to one space, stripped; case is kept."""
    return _SPACE.sub(" ", text).strip()


def count_found(snippets: Iterable[str], prediction: str) -> int:
    """How many snippets occur, after ``norm``, as substrings of the normalised prediction."""
    haystack = norm(prediction)
    return sum(norm(snippet) in haystack for snippet in snippets)


def snippet_f1(tp: int, fp: int, fn: int) -> float:
    """Trafilatura's snippet F1, ``2tp / (2tp + fp + fn)``; 0 when nothing was counted."""
    denominator = 2 * tp + fp + fn
    return 2 * tp / denominator if denominator else 0.0


# --- title --------------------------------------------------------------------------------------


def norm_title(title: str) -> str:
    """NFKC, typographic quotes to ASCII, whitespace collapsed and stripped, casefolded."""
    text = unicodedata.normalize("NFKC", title).translate(_QUOTES)
    return norm(text).casefold()


def title_ok(pred: str | None, truth: str) -> bool:
    """Whether the predicted title equals the truth after ``norm_title``; no title is wrong."""
    return pred is not None and norm_title(pred) == norm_title(truth)


# --- authors ------------------------------------------------------------------------------------


def norm_name(name: str) -> str:
    """NFKC, casefold, ``[\\W_]`` runs to a space, stripped, leading by/von/par/por/dr/prof off."""
    text = _NON_WORD_RUN.sub(" ", unicodedata.normalize("NFKC", name).casefold()).strip()
    return _NAME_PREFIXES.sub("", text)


def name_set(names: Iterable[str]) -> frozenset[str]:
    """The set of non-empty normalised names."""
    return frozenset(filter(None, map(norm_name, names)))


def authors_ok(pred: Iterable[str], truth: Iterable[str]) -> bool:
    """Author accuracy of one page: the normalised name sets are equal."""
    return name_set(pred) == name_set(truth)


def author_f1(pred: Iterable[str], truth: Iterable[str]) -> float:
    """``2|P ∩ T| / (|P| + |T|)`` over normalised name sets, 0 when the prediction is empty."""
    pred_set = name_set(pred)
    if not pred_set:
        return 0.0
    truth_set = name_set(truth)
    return 2 * len(pred_set & truth_set) / (len(pred_set) + len(truth_set))


# --- date ---------------------------------------------------------------------------------------


def date_day(value: date | str | None) -> str | None:
    """``YYYY-MM-DD`` of a date, datetime (no time-zone conversion) or ISO string."""
    if value is None:
        return None
    if isinstance(value, date):
        return value.isoformat()[:10]
    return value.strip()[:10]


def date_ok(pred: date | str | None, truth: str) -> bool:
    """Whether the predicted day equals the truth day."""
    return date_day(pred) == truth


# --- speed --------------------------------------------------------------------------------------


def p95(seconds: Sequence[float]) -> float:
    """``sorted(seconds)[ceil(0.95 n) - 1]``; 0 for no pages."""
    if not seconds:
        return 0.0
    return sorted(seconds)[math.ceil(0.95 * len(seconds)) - 1]


# --- pages and sets -----------------------------------------------------------------------------


def score_page(pred: Prediction, truth: Mapping[str, Any]) -> Row:
    """One page's scores as numbers and booleans; a field without truth gives ``None``.

    The keys are those of the per-page result files: ``bow_p``, ``bow_r``, ``bow_f1``,
    ``sh_tp``, ``sh_fp``, ``sh_fn``, ``with_found``, ``with_total``, ``without_found``,
    ``without_total``, ``title_ok``, ``authors_ok``, ``author_f1``, ``date_ok``.
    """
    row: Row = dict.fromkeys(_TRUTH_DEPENDENT_KEYS)
    if truth.get("body"):
        row["bow_p"], row["bow_r"], row["bow_f1"] = bow_scores(pred.text, truth["body"])
        row["sh_tp"], row["sh_fp"], row["sh_fn"] = shingle_counts(pred.text, truth["body"])
    with_snippets = truth.get("with") or []
    without_snippets = truth.get("without") or []
    row["with_found"] = count_found(with_snippets, pred.text)
    row["with_total"] = len(with_snippets)
    row["without_found"] = count_found(without_snippets, pred.text)
    row["without_total"] = len(without_snippets)
    if truth.get("title"):
        row["title_ok"] = title_ok(pred.title, truth["title"])
    if truth.get("authors"):
        row["authors_ok"] = authors_ok(pred.authors, truth["authors"])
        row["author_f1"] = author_f1(pred.authors, truth["authors"])
    if truth.get("date"):
        row["date_ok"] = date_ok(pred.date, truth["date"])
    return row


def aggregate(rows: Sequence[Row]) -> dict[str, float | None]:
    """Set-level numbers from per-page rows; ``None`` where no page had the truth field.

    Macro averages over annotated pages for body, title, authors and date; micro averages for
    snippets; speed from the rows' ``seconds``.
    """
    with_found = sum(row["with_found"] for row in rows)
    with_total = sum(row["with_total"] for row in rows)
    without_found = sum(row["without_found"] for row in rows)
    without_total = sum(row["without_total"] for row in rows)
    counts = [(row["sh_tp"], row["sh_fp"], row["sh_fn"]) for row in rows if row["sh_tp"] is not None]
    seconds = [row["seconds"] for row in rows]
    total_seconds = sum(seconds)
    result: dict[str, float | None] = {
        key: _mean(row[key] for row in rows)
        for key in ("bow_p", "bow_r", "bow_f1", "title_ok", "authors_ok", "author_f1", "date_ok")
    }
    result["shingle_p"], result["shingle_r"], result["shingle_f1"] = (
        shingle_prf(counts) if counts else (None, None, None)
    )
    result["with"] = with_found / with_total if with_total else None
    result["without"] = without_found / without_total if without_total else None
    result["snippet_f1"] = (
        snippet_f1(with_found, without_found, with_total - with_found) if with_total else None
    )
    result["pages"] = len(rows)
    result["seconds"] = total_seconds
    result["pages_per_s"] = len(rows) / total_seconds if total_seconds else None
    result["mean_ms"] = 1000 * total_seconds / len(rows) if rows else None
    result["p95_ms"] = 1000 * p95(seconds)
    result["errors"] = sum(bool(row["error"]) for row in rows)
    return result


def _mean(values: Iterable[float | bool | None]) -> float | None:
    """Mean of the values that are not ``None``; ``None`` when there are none."""
    present = [float(value) for value in values if value is not None]
    return sum(present) / len(present) if present else None


def _harmonic(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0
