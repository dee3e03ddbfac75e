"""Show one eval page: a system's output next to the truth, or list the worst pages of a run.

Usage::

    python benchmarks/show.py --set wcxb-dev 0006                 # newsclean on one page
    python benchmarks/show.py --set wcxb-dev 0006 --field body --mode html
    python benchmarks/show.py --set wcxb-dev --worst 20 --metric bow_f1
    python benchmarks/show.py --worst 20 --metric date_ok --results FILE

In the body view, each line of our text is marked ``  `` when it occurs in the truth body, ``~ ``
when only some of its 4-word shingles do, and ``- `` when none do (noise we kept). The truth
paragraphs that do not occur in our text follow, marked ``+ `` (wholly missing) or ``~ `` (partly
there). The marks are a reading aid, not a score.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from _metrics import (
    Prediction,
    Row,
    author_f1,
    authors_ok,
    bow_scores,
    date_day,
    date_ok,
    norm,
    shingles,
    title_ok,
)
from bench import (
    DEFAULT_EVAL_DIR,
    MODES,
    SETS,
    SYSTEMS,
    SkipSystemError,
    describe_results,
    load_pages,
    make_system,
    read_results,
    results_path,
)

FIELDS = ("title", "authors", "date", "body")
# Columns where a larger value is worse; every other column sorts ascending for --worst.
_HIGHER_IS_WORSE = frozenset({"seconds", "error", "without_found", "sh_fp", "sh_fn"})


def _verdict(ok: bool) -> str:
    return "ok  " if ok else "FAIL"


def show_title(prediction: Prediction, truth: Mapping[str, Any]) -> list[str]:
    if not truth.get("title"):
        return [f"title        ours:  {prediction.title!r}", "             truth: (not annotated)"]
    ok = title_ok(prediction.title, truth["title"])
    return [
        f"title   {_verdict(ok)} ours:  {prediction.title!r}",
        f"             truth: {truth['title']!r}",
    ]


def show_authors(prediction: Prediction, truth: Mapping[str, Any]) -> list[str]:
    ours = list(prediction.authors)
    if not truth.get("authors"):
        return [f"authors      ours:  {ours!r}", "             truth: (not annotated)"]
    ok = authors_ok(ours, truth["authors"])
    f1 = author_f1(ours, truth["authors"])
    return [
        f"authors {_verdict(ok)} ours:  {ours!r}",
        f"             truth: {truth['authors']!r}   (author F1 {f1:.2f})",
    ]


def show_date(prediction: Prediction, truth: Mapping[str, Any]) -> list[str]:
    ours = f"{date_day(prediction.date)}   (returned {prediction.date!r})"
    if not truth.get("date"):
        return [f"date         ours:  {ours}", "             truth: (not annotated)"]
    ok = date_ok(prediction.date, truth["date"])
    return [f"date    {_verdict(ok)} ours:  {ours}", f"             truth: {truth['date']}"]


def show_body(prediction: Prediction, truth: Mapping[str, Any]) -> list[str]:
    text = prediction.text
    ours = norm(text)
    lines = []
    body = truth.get("body")
    if body:
        precision, recall, f1 = bow_scores(text, body)
        lines.append(f"body         bow P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}")
    else:
        lines.append("body         (no truth body: snippets only)")
    with_snippets = truth.get("with") or []
    without_snippets = truth.get("without") or []
    missed = [snippet for snippet in with_snippets if norm(snippet) not in ours]
    kept = [snippet for snippet in without_snippets if norm(snippet) in ours]
    lines.append(
        f"             with-snippets found {len(with_snippets) - len(missed)}/{len(with_snippets)}"
        f", without-snippets found {len(kept)}/{len(without_snippets)}"
    )
    lines += [f"  missed with-snippet:    {snippet!r}" for snippet in missed]
    lines += [f"  found without-snippet:  {snippet!r}" for snippet in kept]
    lines.append(f"\n--- our text ({len(text)} chars) ---")
    if not body:
        lines += text.splitlines()
        return lines
    truth_norm, truth_shingles, our_shingles = norm(body), set(shingles(body)), set(shingles(text))
    for line in text.splitlines():
        in_truth = norm(line) in truth_norm
        lines.append(_mark(line, in_truth, truth_shingles, "- ") + line if line.strip() else "")
    missing = [p for p in body.split("\n\n") if p.strip() and norm(p) not in ours]
    lines.append(f"\n--- truth paragraphs not in our text ({len(missing)}) ---")
    lines += [_mark(paragraph, False, our_shingles, "+ ") + paragraph for paragraph in missing]
    return lines


def _mark(text: str, found: bool, other: set[tuple[str, ...]], absent: str) -> str:
    """``"  "`` when found, ``"~ "`` when some of its shingles are in ``other``, else ``absent``."""
    if found:
        return "  "
    return "~ " if any(shingle in other for shingle in shingles(text)) else absent


_VIEWS = {"title": show_title, "authors": show_authors, "date": show_date, "body": show_body}


def show_page(args: argparse.Namespace) -> None:
    pages = load_pages(args.eval_dir, args.set_name, args.mode, ids=[args.id])
    if not pages:
        sys.exit(f"error: no page {args.id!r} in set {args.set_name}")
    page = pages[0]
    try:
        system = make_system(args.system, args.mode)
    except SkipSystemError as exc:
        sys.exit(f"error: {exc}")
    start = time.perf_counter()
    output = system.run(page.input, page.url)
    seconds = time.perf_counter() - start
    prediction = system.convert(output)
    print(f"{args.set_name} {page.id}  {page.url}")
    print(f"{system.label}, {args.mode} mode, {1000 * seconds:.1f} ms\n")
    fields = FIELDS if args.field == "all" else (args.field,)
    for field in fields:
        print("\n".join(_VIEWS[field](prediction, page.truth)))


def worst_pages(rows: Sequence[Row], metric: str, count: int) -> list[Row]:
    """The ``count`` worst rows by one column; rows without a value for it are left out."""
    if rows and metric not in rows[0]:
        sys.exit(f"error: no column {metric!r}; columns: {', '.join(rows[0])}")
    scored = [row for row in rows if row[metric] is not None]
    descending = metric in _HIGHER_IS_WORSE
    return sorted(scored, key=lambda row: float(row[metric]), reverse=descending)[:count]


def show_worst(args: argparse.Namespace) -> None:
    path = args.results or results_path("latest", args.set_name, args.mode, args.system)
    about = describe_results(path)
    rows = worst_pages(read_results(path), args.metric, args.worst)
    print(f"{len(rows)} worst pages by {args.metric} in {path.name}\n")
    print(f"| id | {args.metric} | bow F1 | title | authors | date | with | without |")
    print("|---|---:|---:|---|---|---|---:|---:|")
    for row in rows:
        cells = [
            row["id"],
            f"{float(row[args.metric]):.3f}",
            "" if row["bow_f1"] is None else f"{row['bow_f1']:.3f}",
            *(
                "" if row[key] is None else _verdict(row[key]).strip()
                for key in ("title_ok", "authors_ok", "date_ok")
            ),
            f"{row['with_found']}/{row['with_total']}",
            f"{row['without_found']}/{row['without_total']}",
        ]
        print("| " + " | ".join(cells) + " |")
    print(
        f"\nread one: python benchmarks/show.py --set {about['set']} --mode {about['mode']} "
        f"--system {about['system']} ID"
    )


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("id", nargs="?", help="the page id to show")
    parser.add_argument("--set", choices=SETS, default="wcxb-dev", dest="set_name")
    parser.add_argument("--mode", choices=MODES, default="text")
    parser.add_argument("--system", choices=SYSTEMS, default="newsclean")
    parser.add_argument("--field", choices=(*FIELDS, "all"), default="all")
    parser.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL_DIR)
    parser.add_argument("--worst", type=int, metavar="N", help="list the N worst pages of a run")
    parser.add_argument("--metric", default="bow_f1", help="result column for --worst")
    parser.add_argument(
        "--results",
        type=Path,
        help="result file for --worst (default: latest-<set>-<mode>-<system>.jsonl)",
    )
    args = parser.parse_args(argv)
    if (args.id is None) == (args.worst is None):
        parser.error("give either a page id or --worst N")
    return args


def main(argv: Sequence[str] | None = None) -> None:
    args = parse_args(argv)
    if args.worst is not None:
        show_worst(args)
    else:
        show_page(args)


if __name__ == "__main__":
    main()
