"""The ``newsclean`` command: clean one page dump and print the article.

Usage::

    newsclean page.txt            # title, byline, date, then the body
    newsclean --json page.txt     # Article.to_dict() as JSON
    newsclean --explain page.txt  # every block with its decision and rule
    cat page.txt | newsclean -    # read standard input
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import datetime

from . import __version__
from ._api import explain
from ._article import Article
from ._errors import NewscleanError

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsclean", description="Clean a scraped page dump into an article."
    )
    parser.add_argument("file", help="the page dump to clean; '-' reads standard input")
    parser.add_argument("--url", help="the page URL (helps with the date)")
    parser.add_argument("--fetched-at", help="when the page was fetched, ISO 8601")
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print Article.to_dict() as JSON")
    output.add_argument("--explain", action="store_true", help="print the decision for each block")
    parser.add_argument("--version", action="version", version=f"newsclean {__version__}")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 1 bad input, 2 usage)."""
    args = _parser().parse_args(argv)
    try:
        raw = sys.stdin.buffer.read() if args.file == "-" else _read(args.file)
        fetched_at = datetime.fromisoformat(args.fetched_at) if args.fetched_at else None
        report = explain(raw, url=args.url, fetched_at=fetched_at)
    except (OSError, ValueError, NewscleanError) as error:
        print(f"newsclean: {error}", file=sys.stderr)
        return 1
    if args.json:
        output = json.dumps(report.article.to_dict(), ensure_ascii=False, indent=2)
    elif args.explain:
        output = str(report)
    else:
        output = _format(report.article)
    try:
        print(output)
    except BrokenPipeError:  # the reader stopped early (`newsclean --explain x | head`)
        sys.stderr.close()
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
