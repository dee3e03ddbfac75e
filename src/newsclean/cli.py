"""The ``newsclean`` command: clean one page, or a whole corpus with ``newsclean batch``.

Usage::

    newsclean page.html           # title, byline, date, then the body (HTML or a text dump)
    newsclean --json page.txt     # Article.to_dict() as JSON
    newsclean --explain page.txt  # every block with its decision and rule
    cat page.txt | newsclean -    # read standard input

    newsclean batch dump.jsonl.gz -o clean.parquet --workers 2 --errors record
    newsclean batch crawl/*.warc.gz -o clean.jsonl --resume    # finish an interrupted job
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import datetime

from . import __version__, io
from ._api import clean, explain
from ._article import Article
from ._batchjob import run_batch
from ._errors import NewscleanError

__all__ = ["main"]

_GIB = 1 << 30


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsclean",
        description="Clean a scraped page (HTML or a text dump) into an article. "
        "'newsclean batch --help' cleans whole corpora.",
    )
    parser.add_argument("file", help="the page to clean; '-' reads standard input")
    parser.add_argument("--url", help="the page URL (helps with the date)")
    parser.add_argument("--fetched-at", help="when the page was fetched, ISO 8601")
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print Article.to_dict() as JSON")
    output.add_argument("--explain", action="store_true", help="print the decision for each block")
    parser.add_argument("--version", action="version", version=f"newsclean {__version__}")
    return parser


def _batch_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsclean batch",
        description="Clean every record of the inputs into one JSON Lines or Parquet file, one row "
        "per record (id, article fields, error). Crash-safe: rerun with --resume after an interruption.",
    )
    parser.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="JSONL (.gz/.zst), CSV, Parquet, WARC/WET, a folder or a glob",
    )
    parser.add_argument("-o", "--output", required=True, help="the output: .jsonl (.gz/.zst) or .parquet")
    parser.add_argument(
        "--workers", type=int, help="worker processes (default: every core; 0: in this process)"
    )
    parser.add_argument(
        "--errors",
        choices=("record", "skip", "raise"),
        default="record",
        help="a failed record: a row with its error (default), no row, or stop the job",
    )
    parser.add_argument("--resume", action="store_true", help="finish the interrupted job writing OUTPUT")
    progress = parser.add_mutually_exclusive_group()
    progress.add_argument("--progress", action="store_true", default=None, help="show a progress bar (tqdm)")
    progress.add_argument("--no-progress", dest="progress", action="store_false", help="no progress bar")
    parser.add_argument("--input-format", choices=io.INPUT_FORMATS, help="default: from each input's name")
    parser.add_argument("--output-format", choices=io.OUTPUT_FORMATS, help="default: from the output's name")
    defaults = io.FieldNames()
    for name in ("text", "html", "url", "id", "fetched_at"):
        flag = "--" + name.replace("_", "-") + "-field"
        parser.add_argument(
            flag, default=getattr(defaults, name), help=f"the {name} column (default: %(default)s)"
        )
    parser.add_argument("--time-limit", type=float, default=60.0, help="seconds per record (default: 60)")
    parser.add_argument("--memory-limit", type=float, default=2.0, help="GiB per worker (default: 2)")
    parser.add_argument(
        "--part-size", type=int, default=1000, help="records per committed part (default: 1000)"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 1 bad input, 2 usage)."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["batch"]:
        return _batch(args[1:])
    return _single(args)


def _single(argv: Sequence[str]) -> int:
    args = _parser().parse_args(argv)
    try:
        raw = sys.stdin.buffer.read() if args.file == "-" else _read(args.file)
        fetched_at = datetime.fromisoformat(args.fetched_at) if args.fetched_at else None
        if args.explain:
            output = str(explain(raw, url=args.url, fetched_at=fetched_at))
        else:
            article = clean(raw, url=args.url, fetched_at=fetched_at)
            output = (
                json.dumps(article.to_dict(), ensure_ascii=False, indent=2) if args.json else _format(article)
            )
    except (OSError, ValueError, NewscleanError) as error:
        print(f"newsclean: {error}", file=sys.stderr)
        return 1
    try:
        print(output)
    except BrokenPipeError:  # the reader stopped early (`newsclean --explain x | head`)
        sys.stderr.close()
    return 0


def _batch(argv: Sequence[str]) -> int:
    args = _batch_parser().parse_args(argv)
    fields = io.FieldNames(
        text=args.text_field,
        html=args.html_field,
        url=args.url_field,
        id=args.id_field,
        fetched_at=args.fetched_at_field,
    )
    progress = sys.stderr.isatty() if args.progress is None else args.progress
    try:
        summary = run_batch(
            args.inputs,
            args.output,
            input_format=args.input_format,
            output_format=args.output_format,
            fields=fields,
            workers=args.workers,
            on_error=args.errors,
            time_limit=args.time_limit if args.time_limit > 0 else None,
            memory_limit=int(args.memory_limit * _GIB) if args.memory_limit > 0 else None,
            resume=args.resume,
            part_size=args.part_size,
            progress=progress,
        )
    except (OSError, ValueError, NewscleanError) as error:
        print(f"newsclean batch: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("newsclean batch: interrupted; rerun with --resume to finish", file=sys.stderr)
        return 130
    if summary.complete_before:
        print(f"newsclean batch: {args.output} was already complete", file=sys.stderr)
    print(summary)
    return 0


def _read(path: str) -> bytes:
    with open(path, "rb") as handle:
        return handle.read()


def _format(article: Article) -> str:
    head = [article.title or "(no title)"]
    if article.subtitle:
        head.append(article.subtitle)
    details = [
        ", ".join(article.authors),
        article.published.isoformat() if article.published else "",
        article.site_name or "",
    ]
    line = " | ".join(d for d in details if d)
    if line:
        head.append(line)
    return "\n".join(head) + "\n\n" + article.text
