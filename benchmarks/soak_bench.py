"""Memory over a long run: resident memory while one process cleans the dev pages over and over.

The bar of the reliability issue: over 100,000 calls in one process, resident memory (RSS)
grows by at most 50 MB after the first 1,000 calls (no cache that grows without bound).

Usage::

    python benchmarks/soak_bench.py --mode html --calls 100000
    python benchmarks/soak_bench.py --mode text --calls 100000 --every 5000

Prints the RSS every ``--every`` calls, then one summary line: RSS after the first 1,000
calls, at the end, the growth between them and the largest RSS seen. Pages come from
``../shared/eval/<set>/manifest.jsonl`` (``html`` or ``dump_bs4``), read once.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import gzip
import json
import os
import sys
import time
from pathlib import Path

import newsclean

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
_FIELDS = {"html": "html", "text": "dump_bs4"}


def rss_mb() -> float:
    """The resident memory of this process now, in MB (Linux)."""
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6


def load_pages(sets: list[str], mode: str) -> list[tuple[str, str | None]]:
    """The pages of `sets` for `mode`, with their URLs, in manifest order."""
    pages = []
    for name in sets:
        folder = EVAL / name
        with open(folder / "manifest.jsonl", encoding="utf-8") as manifest:
            for line in manifest:
                record = json.loads(line)
                path = record.get(_FIELDS[mode])
                if path:
                    with gzip.open(folder / path, "rt", encoding="utf-8") as page:
                        pages.append((page.read(), record.get("url")))
    return pages


def soak(pages: list[tuple[str, str | None]], mode: str, calls: int, every: int) -> dict[str, float]:
    """Clean `calls` pages in turn (cycling through `pages`); the RSS figures in MB."""
    clean = newsclean.clean_html if mode == "html" else newsclean.clean_text
    after_first = peak = rss_mb()  # replaced after the first 1,000 calls
    start = time.perf_counter()
    for i in range(calls):
        text, url = pages[i % len(pages)]
        with contextlib.suppress(newsclean.NewscleanError):
            clean(text, url=url)
        done = i + 1
        if done == 1_000:
            gc.collect()
            after_first = rss_mb()
        if done % every == 0 or done == calls:
            now = rss_mb()
            peak = max(peak, now)
            rate = done / (time.perf_counter() - start)
            print(f"{done:>8,} calls  RSS {now:7.1f} MB  {rate:6.1f} calls/s", flush=True)
    gc.collect()
    end = rss_mb()
    return {"after_1000": after_first, "end": end, "growth": end - after_first, "peak": max(peak, end)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mode", choices=sorted(_FIELDS), default="html")
    parser.add_argument("--calls", type=int, default=100_000)
    parser.add_argument("--every", type=int, default=10_000, help="print the RSS every N calls")
    parser.add_argument("--sets", default="wcxb-dev,trafilatura", help="comma-separated eval sets")
    args = parser.parse_args()
    pages = load_pages(args.sets.split(","), args.mode)
    if not pages:
        sys.exit(f"no {args.mode} pages under {EVAL}")
    print(f"{len(pages)} {args.mode} pages, {args.calls:,} calls; RSS before: {rss_mb():.1f} MB", flush=True)
    result = soak(pages, args.mode, args.calls, args.every)
    print(
        f"RSS after 1,000 calls {result['after_1000']:.1f} MB, after {args.calls:,} {result['end']:.1f} MB: "
        f"growth {result['growth']:+.1f} MB (bar: at most 50 MB); largest {result['peak']:.1f} MB"
    )


if __name__ == "__main__":
    main()
