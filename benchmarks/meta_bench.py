"""Quality and speed of the HTML metadata reader (`newsclean._htmlmeta.read_meta`) alone.

Usage::

    python benchmarks/meta_bench.py --set all
    python benchmarks/meta_bench.py --set wcxb-dev --worst title 20
    python benchmarks/meta_bench.py --set trafilatura --worst date 30 --limit 300

Each ``html`` page of ``../shared/eval/<set>/manifest.jsonl`` is parsed as ``clean_html``
parses it (`load_html`, then `parse_html`), then `read_meta` is timed
around the single call. Title, author and date accuracy are scored with the README's exact
metrics (`_metrics.py`). ``--worst FIELD N`` prints up to N failing page ids with the
prediction next to the truth, to the terminal only: nothing is written to disk.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from _metrics import author_f1, authors_ok, date_ok, title_ok

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from newsclean._htmlmeta import HtmlMeta, read_meta  # noqa: E402
from newsclean._load import load_html  # noqa: E402
from newsclean._options import CleanOptions  # noqa: E402
from newsclean._parse import parse_html  # noqa: E402

EVAL_DIR = REPO.parent / "shared" / "eval"
SETS = ("wcxb-dev", "trafilatura")
FIELDS = ("title", "authors", "date")
WARMUP_PAGES = 5


def pages(name: str, limit: int | None) -> Iterator[dict[str, Any]]:
    """The manifest records of one set, with the page text read into ``record["page"]``."""
    folder = EVAL_DIR / name
    with open(folder / "manifest.jsonl", encoding="utf-8") as handle:
        for k, line in enumerate(handle):
            if limit is not None and k >= limit:
                return
            record = json.loads(line)
            with gzip.open(folder / record["html"], "rt", encoding="utf-8") as page:
                record["page"] = page.read()
            yield record


def parse(text: str, options: CleanOptions) -> Any:
    """The page's tree exactly as `clean_html` builds it before reading the metadata."""
    return parse_html(load_html(text, options))


def score(meta: HtmlMeta, truth: dict[str, Any]) -> dict[str, Any]:
    """Per-field correctness (None where the truth has no value)."""
    row: dict[str, Any] = dict.fromkeys(FIELDS)
    if truth.get("title"):
        row["title"] = title_ok(meta.title, truth["title"])
    if truth.get("authors"):
        row["authors"] = authors_ok(meta.authors, truth["authors"])
        row["author_f1"] = author_f1(meta.authors, truth["authors"])
    if truth.get("date"):
        row["date"] = date_ok(meta.published, truth["date"])
    return row


def run_set(name: str, limit: int | None, worst: tuple[str, int] | None) -> None:
    options = CleanOptions()
    records = list(pages(name, limit))
    trees = [parse(r["page"], options) for r in records]
    for record, tree in list(zip(records, trees, strict=True))[:WARMUP_PAGES]:
        read_meta(tree, record["url"], None, options)
    rows = []
    seconds = []
    metas = []
    for record, tree in zip(records, trees, strict=True):
        start = time.perf_counter()
        meta = read_meta(tree, record["url"], None, options)
        seconds.append(time.perf_counter() - start)
        metas.append(meta)
        rows.append(score(meta, record["truth"]))
    print(f"{name} ({len(records)} pages)")
    for field in FIELDS:
        scored = [row[field] for row in rows if row[field] is not None]
        accuracy = sum(scored) / len(scored) if scored else float("nan")
        print(f"  {field:8} accuracy {accuracy:.3f}  ({sum(scored)}/{len(scored)})")
    f1 = [row["author_f1"] for row in rows if row.get("author_f1") is not None]
    print(f"  author F1 {sum(f1) / len(f1):.3f}" if f1 else "  author F1 -")
    sources: dict[str | None, list[bool]] = {}
    for meta, row in zip(metas, rows, strict=True):
        if row["date"] is not None:
            sources.setdefault(meta.date_source, []).append(row["date"])
    print(
        "  date by source: "
        + ", ".join(f"{s}: {sum(v)}/{len(v)}" for s, v in sorted(sources.items(), key=lambda kv: -len(kv[1])))
    )
    ordered = sorted(seconds)
    print(
        f"  mean {1000 * sum(seconds) / len(seconds):.2f} ms/page, "
        f"p95 {1000 * ordered[int(0.95 * len(ordered)) - 1]:.2f} ms, max {1000 * ordered[-1]:.1f} ms"
    )
    slowest = sorted(zip(seconds, (r["id"] for r in records), strict=True), reverse=True)[:3]
    print("  slowest: " + ", ".join(f"{page_id} {1000 * s:.1f} ms" for s, page_id in slowest))
    if worst is not None:
        field, count = worst
        shown = 0
        for record, meta, row in zip(records, metas, rows, strict=True):
            if row.get(field) is False and shown < count:
                shown += 1
                truth = record["truth"][field]
                predicted = {
                    "title": meta.title,
                    "authors": list(meta.authors),
                    "date": meta.published.isoformat() if meta.published else None,
                }[field]
                extra = f" [{meta.date_source}]" if field == "date" else ""
                print(f"  {record['id']}: {predicted!r}{extra} | truth {truth!r} | {record['url']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", default="all", choices=(*SETS, "all"))
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages of each set")
    parser.add_argument("--worst", nargs=2, metavar=("FIELD", "N"), help="print N failures of FIELD")
    args = parser.parse_args()
    worst = None
    if args.worst:
        if args.worst[0] not in FIELDS:
            parser.error(f"FIELD must be one of {', '.join(FIELDS)}")
        worst = (args.worst[0], int(args.worst[1]))
    for name in SETS if args.set == "all" else (args.set,):
        run_set(name, args.limit, worst)


if __name__ == "__main__":
    main()
