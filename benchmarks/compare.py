"""Compare two per-page result files written by ``bench.py``: aggregate deltas, biggest moves.

Usage::

    python benchmarks/compare.py benchmarks/results/before-wcxb-dev-text-newsclean.jsonl \\
        benchmarks/results/latest-wcxb-dev-text-newsclean.jsonl --top 10

A bare file name is looked up in ``benchmarks/results``. Both files must come from the same set;
only pages present in both are compared. Deltas are B - A; for
pages/s, the ratio B / A.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from _metrics import Row, aggregate
from bench import RESULTS_DIR, describe_results, read_results

# (label, aggregate key, format, lower is better)
_AGGREGATES = (
    ("body F1 (bow)", "bow_f1", "{:.3f}", False),
    ("bow P", "bow_p", "{:.3f}", False),
    ("bow R", "bow_r", "{:.3f}", False),
    ("shingle F1", "shingle_f1", "{:.3f}", False),
    ("snippet F1", "snippet_f1", "{:.3f}", False),
    ("with", "with", "{:.3f}", False),
    ("without ↓", "without", "{:.3f}", True),
    ("title acc", "title_ok", "{:.3f}", False),
    ("author acc", "authors_ok", "{:.3f}", False),
    ("author F1", "author_f1", "{:.3f}", False),
    ("date acc", "date_ok", "{:.3f}", False),
    ("pages/s", "pages_per_s", "{:.1f}", False),
    ("mean ms ↓", "mean_ms", "{:.2f}", True),
    ("p95 ms ↓", "p95_ms", "{:.0f}", True),
    ("errors ↓", "errors", "{:.0f}", True),
)


def _snippet_net(row: Row) -> float:
    return float(row["with_found"] - row["without_found"])


def _field(key: str) -> Callable[[Row], float | None]:
    def value(row: Row) -> float | None:
        return None if row[key] is None else float(row[key])

    return value


# (label, page value: higher is better, how to show one page's value)
_PAGE_METRICS: tuple[tuple[str, Callable[[Row], float | None], Callable[[Row], str]], ...] = (
    ("bow F1", _field("bow_f1"), lambda row: f"{row['bow_f1']:.3f}"),
    ("title", _field("title_ok"), lambda row: "ok" if row["title_ok"] else "wrong"),
    (
        "authors (author F1)",
        _field("author_f1"),
        lambda row: f"{row['author_f1']:.2f}{' ok' if row['authors_ok'] else ''}",
    ),
    ("date", _field("date_ok"), lambda row: "ok" if row["date_ok"] else "wrong"),
    (
        "snippets (with found - without found)",
        _snippet_net,
        lambda row: (
            f"with {row['with_found']}/{row['with_total']}, "
            f"without {row['without_found']}/{row['without_total']}"
        ),
    ),
)


def _resolve(name: str) -> Path:
    path = Path(name)
    if not path.exists() and path.parent == Path("."):
        return RESULTS_DIR / name
    return path


def aggregate_lines(rows_a: Sequence[Row], rows_b: Sequence[Row]) -> list[str]:
    """A markdown table of the set-level numbers of A and B and their difference."""
    summary_a, summary_b = aggregate(rows_a), aggregate(rows_b)
    lines = ["| metric | A | B | Δ |", "|---|---:|---:|---:|"]
    for label, key, number, lower_is_better in _AGGREGATES:
        value_a, value_b = summary_a[key], summary_b[key]
        if value_a is None and value_b is None:
            continue
        shown = ["" if value is None else number.format(value) for value in (value_a, value_b)]
        delta = ""
        if value_a is not None and value_b is not None:
            if key == "pages_per_s":
                delta = f"{value_b / value_a:.2f}x" if value_a else ""
            else:
                delta = ("{:+" + number[2:]).format(value_b - value_a)
            if value_b != value_a and (value_b < value_a) == lower_is_better:
                delta += " ✓"
        lines.append(f"| {label} | {shown[0]} | {shown[1]} | {delta} |")
    return lines


def page_moves(rows_a: dict[str, Row], rows_b: dict[str, Row], ids: Sequence[str], top: int) -> list[str]:
    """For each page metric: how many pages got better or worse, and the biggest of each."""
    lines: list[str] = []
    for label, value, show in _PAGE_METRICS:
        moves = []
        for page_id in ids:
            value_a, value_b = value(rows_a[page_id]), value(rows_b[page_id])
            if value_a is not None and value_b is not None and value_a != value_b:
                moves.append((value_b - value_a, page_id))
        wins = sorted((move for move in moves if move[0] > 0), key=lambda m: (-m[0], m[1]))
        losses = sorted((move for move in moves if move[0] < 0), key=lambda m: (m[0], m[1]))
        lines.append(f"\n## {label}: {len(wins)} better, {len(losses)} worse")
        for heading, chosen in (("better", wins), ("worse", losses)):
            if chosen:
                lines.append(f"{heading}:")
            for delta, page_id in chosen[:top]:
                before, after = show(rows_a[page_id]), show(rows_b[page_id])
                lines.append(f"  {delta:+7.3f}  {page_id}  {before} -> {after}")
    return lines


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("a", help="the result file before (A)")
    parser.add_argument("b", help="the result file after (B)")
    parser.add_argument("--top", type=int, default=10, help="pages listed per direction")
    args = parser.parse_args(argv)
    path_a, path_b = _resolve(args.a), _resolve(args.b)
    about_a, about_b = describe_results(path_a), describe_results(path_b)
    if about_a["set"] != about_b["set"]:
        sys.exit(f"error: A is from set {about_a['set']}, B from {about_b['set']}")
    for key in ("mode", "system"):
        if about_a[key] != about_b[key]:
            print(f"note: different {key}: A {about_a[key]}, B {about_b[key]}")
    rows_a = {row["id"]: row for row in read_results(path_a)}
    rows_b = {row["id"]: row for row in read_results(path_b)}
    ids = [page_id for page_id in rows_a if page_id in rows_b]
    if not ids:
        sys.exit("error: the two files have no page in common")
    only = len(rows_a) - len(ids), len(rows_b) - len(ids)
    print(f"A: {path_a.name}\nB: {path_b.name}\n{len(ids)} pages in both", end="")
    print(f" ({only[0]} only in A, {only[1]} only in B)\n" if any(only) else "\n")
    print("\n".join(aggregate_lines([rows_a[i] for i in ids], [rows_b[i] for i in ids])))
    print("\n".join(page_moves(rows_a, rows_b, ids, args.top)))


if __name__ == "__main__":
    main()
