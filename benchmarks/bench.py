"""Quality and speed of newsclean and its peers on the eval sets in ``../shared/eval``.

Usage::

    python benchmarks/bench.py --set wcxb-dev --mode text --systems identity,trafilatura --limit 50
    python benchmarks/bench.py --set all --mode html --save before-fix

Prints the README tables of ``../shared/eval/README.md`` for each set and writes one per-page
result file per system to ``benchmarks/results/<NAME>-<set>-<mode>-<system>.jsonl``. Those files
hold only page ids, numbers and booleans: never page text or predicted strings.
"""

from __future__ import annotations

import argparse
import gzip
import html
import importlib
import json
import re
import signal
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import Any

from _metrics import Prediction, Row, aggregate, score_page

REPO = Path(__file__).resolve().parents[1]
DEFAULT_EVAL_DIR = REPO.parent / "shared" / "eval"
RESULTS_DIR = REPO / "benchmarks" / "results"
SETS = ("wcxb-dev", "trafilatura")
MODES = ("text", "html")
SYSTEMS = ("newsclean", "trafilatura", "identity")
WARMUP_PAGES = 5
TIMEOUT_SECONDS = 30.0
RESULTS_NAME = re.compile(
    rf"^(?P<name>.+)-(?P<set>{'|'.join(map(re.escape, SETS))})-(?P<mode>{'|'.join(MODES)})"
    r"-(?P<system>[\w.]+)\.jsonl$"
)
_ALL_FIELDS = frozenset({"title", "authors", "date", "body"})
Column = tuple[str, str, str]

# (header, aggregate key, the field a system must produce for the cell not to be blank)
_QUALITY_COLUMNS: tuple[Column, ...] = (
    ("body F1 (bow)", "bow_f1", "body"),
    ("snippet F1", "snippet_f1", "body"),
    ("with", "with", "body"),
    ("without ↓", "without", "body"),
    ("title acc", "title_ok", "title"),
    ("author acc", "authors_ok", "authors"),
    ("date acc", "date_ok", "date"),
    ("author F1", "author_f1", "authors"),
)
_BODY_COLUMNS: tuple[Column, ...] = (
    ("bow P", "bow_p", "body"),
    ("bow R", "bow_r", "body"),
    ("shingle F1", "shingle_f1", "body"),
)


@dataclass(frozen=True)
class Page:
    """One eval page, its system input (the dump or the HTML) already in memory."""

    id: str
    url: str
    input: str
    truth: Mapping[str, Any]


@dataclass(frozen=True)
class System:
    """A system under test: ``run`` is the timed call, ``convert`` reads its output afterwards."""

    key: str
    label: str
    run: Callable[[str, str], Any]
    convert: Callable[[Any], Prediction]
    fields: frozenset[str] = _ALL_FIELDS


@dataclass(frozen=True)
class Outcome:
    """One system's run over one set: per-page rows, their aggregate, the first error met."""

    system: System
    rows: list[Row]
    summary: dict[str, float | None]
    first_error: str | None


class SkipSystemError(Exception):
    """The system cannot run here; the message says why."""


class _TimeoutError(Exception):
    """A page took longer than ``TIMEOUT_SECONDS``."""


# --- data ---------------------------------------------------------------------------------------


def manifest_path(eval_dir: Path, set_name: str) -> Path:
    """The manifest of one set; exits with a message when the eval data is not there."""
    path = eval_dir / set_name / "manifest.jsonl"
    if not path.is_file():
        sys.exit(
            f"error: no eval data at {path}.\n"
            "The sets live in ../shared/eval beside the repository; pass --eval-dir DIR if they "
            "are elsewhere."
        )
    return path


def read_manifest(eval_dir: Path, set_name: str) -> list[dict[str, Any]]:
    """All manifest records of one set, in file order."""
    with manifest_path(eval_dir, set_name).open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def load_pages(
    eval_dir: Path,
    set_name: str,
    mode: str,
    ids: Sequence[str] = (),
    limit: int | None = None,
) -> list[Page]:
    """The pages of one set with their input read into memory: the dump or the HTML."""
    records = read_manifest(eval_dir, set_name)
    if ids:
        wanted = set(ids)
        records = [record for record in records if record["id"] in wanted]
    records = records[:limit]
    key = "dump_bs4" if mode == "text" else "html"
    pages = []
    for record in records:
        with gzip.open(eval_dir / set_name / record[key], "rt", encoding="utf-8") as handle:
            page_input = handle.read()
        pages.append(Page(record["id"], record["url"], page_input, record["truth"]))
    return pages


# --- systems ------------------------------------------------------------------------------------


def make_system(key: str, mode: str) -> System:
    """The named system for this input mode; raises ``SkipSystemError`` when it cannot run."""
    if key == "newsclean":
        return _newsclean(mode)
    if key == "trafilatura":
        return _trafilatura(mode)
    if key == "identity":
        if mode != "text":
            raise SkipSystemError("identity is a text-mode baseline (the dump as the body)")
        return System("identity", "identity", _identity, _text_only, frozenset({"body"}))
    raise SkipSystemError(f"unknown system {key!r}; choose from {', '.join(SYSTEMS)}")


def _newsclean(mode: str) -> System:
    # Measure the working tree, not whatever version happens to be installed.
    src = str(REPO / "src")
    if src not in sys.path:
        sys.path.insert(0, src)
    try:
        module = importlib.import_module("newsclean")
    except ImportError as exc:
        raise SkipSystemError(f"newsclean cannot be imported: {exc}") from exc
    function_name = "clean_text" if mode == "text" else "clean_html"
    if not hasattr(module, function_name):
        raise SkipSystemError(f"newsclean has no {function_name} yet")
    function = getattr(module, function_name)
    return System("newsclean", "newsclean", lambda page, url: function(page, url=url), _article)


def _article(article: Any) -> Prediction:
    return Prediction(
        title=article.title,
        authors=tuple(article.authors),
        date=article.published,
        text=article.text,
    )


def _trafilatura(mode: str) -> System:
    try:
        from trafilatura import bare_extraction
    except ImportError as exc:
        raise SkipSystemError(
            f"trafilatura cannot be imported ({exc}); install the bench extra: pip install -e '.[bench]'"
        ) from exc

    def on_html(page: str, url: str) -> Any:
        return bare_extraction(page, url=url, with_metadata=True)

    if mode == "html":
        return System("trafilatura", "trafilatura", on_html, _trafilatura_document)
    return System(
        "trafilatura",
        "trafilatura-on-text",
        lambda page, url: on_html(lines_to_html(page), url),
        _trafilatura_document,
    )


def lines_to_html(text: str) -> str:
    """Each non-empty line of a dump as an HTML-escaped ``<p>``, inside ``<html><body>``."""
    paragraphs = "".join(
        f"<p>{html.escape(line.strip())}</p>\n" for line in text.splitlines() if line.strip()
    )
    return f"<html><body>\n{paragraphs}</body></html>"


def _trafilatura_document(document: Any) -> Prediction:
    """A trafilatura result: ``None``, a ``Document`` (2.x) or a dict (older versions)."""
    if document is None:
        return Prediction()

    def field(name: str) -> Any:
        if isinstance(document, Mapping):
            return document.get(name)
        return getattr(document, name, None)

    authors = tuple(name.strip() for name in (field("author") or "").split(";") if name.strip())
    return Prediction(title=field("title"), authors=authors, date=field("date"), text=field("text") or "")


def _identity(page: str, url: str) -> str:
    return page


def _text_only(text: str) -> Prediction:
    return Prediction(text=text)


# --- running ------------------------------------------------------------------------------------


def _on_alarm(signum: int, frame: FrameType | None) -> None:
    raise _TimeoutError(f"no result after {TIMEOUT_SECONDS:.0f} s")


def timed_call(system: System, page: Page) -> tuple[Any, float, Exception | None]:
    """Run the system once on a page: ``(output, seconds, error)``; the clock wraps the call only.

    A page that raises or outlives ``TIMEOUT_SECONDS`` (SIGALRM) gives ``error`` and no output.
    """
    signal.setitimer(signal.ITIMER_REAL, TIMEOUT_SECONDS)
    start = time.perf_counter()
    try:
        output = system.run(page.input, page.url)
        end = time.perf_counter()
    except Exception as exc:
        end = time.perf_counter()
        return None, end - start, exc
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    return output, end - start, None


def _page_row(system: System, page: Page) -> tuple[Row, str | None]:
    """Time and score one page: its result row, and a description of its error if any."""
    output, seconds, error = timed_call(system, page)
    prediction = Prediction()
    if error is None:
        try:
            prediction = system.convert(output)
        except Exception as exc:
            error = exc
    row = {
        "id": page.id,
        **score_page(prediction, page.truth),
        "seconds": seconds,
        "error": error is not None,
    }
    return row, None if error is None else f"page {page.id}: {type(error).__name__}: {error}"


def run_systems(systems: Sequence[System], pages: Sequence[Page], interleave: bool) -> list[Outcome]:
    """Warm each system up on the first pages untimed, then time and score every page.

    By default one system runs over all pages, then the next (the eval README's protocol).
    With `interleave`, every page is run by each system in turn, in an order that alternates
    from page to page, so that a change in the machine's load falls on all systems alike and
    the speed ratio stays fair on a shared machine.
    """
    previous_handler = signal.signal(signal.SIGALRM, _on_alarm)
    rows: list[list[Row]] = [[] for _ in systems]
    errors: list[str | None] = [None for _ in systems]

    def run(k: int, page: Page) -> None:
        row, error = _page_row(systems[k], page)
        rows[k].append(row)
        errors[k] = errors[k] or error

    try:
        for system in systems:
            for page in pages[:WARMUP_PAGES]:
                timed_call(system, page)
        if interleave:
            for n, page in enumerate(pages):
                order = range(len(systems)) if n % 2 == 0 else reversed(range(len(systems)))
                for k in order:
                    run(k, page)
        else:
            for k in range(len(systems)):
                for page in pages:
                    run(k, page)
    finally:
        signal.signal(signal.SIGALRM, previous_handler)
    return [
        Outcome(system, system_rows, aggregate(system_rows), error)
        for system, system_rows, error in zip(systems, rows, errors, strict=True)
    ]


# --- result files -------------------------------------------------------------------------------


def results_path(name: str, set_name: str, mode: str, system: str) -> Path:
    """Where one run's per-page results go."""
    return RESULTS_DIR / f"{name}-{set_name}-{mode}-{system}.jsonl"


def write_results(path: Path, rows: Sequence[Row]) -> None:
    """One JSON object per page: id, numbers and booleans only (floats to 6 decimals)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as handle:
        for row in rows:
            rounded = {k: round(v, 6) if isinstance(v, float) else v for k, v in row.items()}
            handle.write(json.dumps(rounded) + "\n")


def read_results(path: Path) -> list[Row]:
    """The rows of a per-page result file; exits with a message when it is missing."""
    if not path.is_file():
        sys.exit(f"error: no result file at {path}")
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def describe_results(path: Path) -> dict[str, str]:
    """``name``, ``set``, ``mode`` and ``system`` parsed from a result file's name."""
    match = RESULTS_NAME.match(path.name)
    if match is None:
        sys.exit(f"error: {path.name} is not named <NAME>-<set>-<mode>-<system>.jsonl")
    return match.groupdict()


# --- tables -------------------------------------------------------------------------------------


def _score(value: float | None) -> str:
    return "" if value is None else f"{value:.3f}"


def _pages_per_s(value: float | None) -> str:
    if value is None:
        return ""
    return ">10k" if value > 10_000 else f"{value:.1f}"


def _table(header: Sequence[str], lines: Sequence[Sequence[str]], numeric_from: int) -> str:
    rule = "|" + "|".join("---" if i < numeric_from else "---:" for i in range(len(header)))
    return "\n".join([_row(header), rule + "|", *map(_row, lines)])


def _row(cells: Sequence[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _mode_label(mode: str) -> str:
    return "text-bs4" if mode == "text" else mode


def quality_tables(outcomes: Sequence[Outcome], mode: str) -> str:
    """The README tables for one set: the main one and, with truth bodies, bow P/R/shingle F1."""
    summaries = [(outcome.system, outcome.summary) for outcome in outcomes]
    has_body = any(summary["bow_f1"] is not None for _, summary in summaries)
    columns = [column for column in _QUALITY_COLUMNS if has_body or column[1] != "bow_f1"]

    def cells(system: System, summary: Mapping[str, float | None], cols: Sequence[Column]) -> list[str]:
        return [_score(summary[key]) if field in system.fields else "" for _, key, field in cols]

    main = _table(
        ["system", "mode", *(header for header, _, _ in columns), "pages/s", "p95 ms", "errors"],
        [
            [
                system.label,
                _mode_label(mode),
                *cells(system, summary, columns),
                _pages_per_s(summary["pages_per_s"]),
                f"{summary['p95_ms']:.0f}",
                f"{summary['errors']:.0f}",
            ]
            for system, summary in summaries
        ],
        numeric_from=2,
    )
    if not has_body:
        return main
    body = _table(
        ["system", "mode", *(header for header, _, _ in _BODY_COLUMNS)],
        [
            [system.label, _mode_label(mode), *cells(system, summary, _BODY_COLUMNS)]
            for system, summary in summaries
        ],
        numeric_from=2,
    )
    return f"{main}\n\n{body}"


def speed_table(outcomes: Sequence[Outcome], mode: str) -> str:
    """Pages, total seconds, pages/s, mean and p95 milliseconds per system."""
    lines = []
    for outcome in outcomes:
        summary = outcome.summary
        lines.append(
            [
                outcome.system.label,
                _mode_label(mode),
                f"{summary['pages']:.0f}",
                f"{summary['seconds']:.2f}",
                _pages_per_s(summary["pages_per_s"]),
                f"{summary['mean_ms']:.2f}" if summary["mean_ms"] is not None else "",
                f"{summary['p95_ms']:.0f}",
            ]
        )
    header = ["system", "mode", "pages", "Σ s", "pages/s", "mean ms", "p95 ms"]
    return _table(header, lines, numeric_from=2)


def speed_ratio(outcomes: Sequence[Outcome]) -> float | None:
    """newsclean's pages/s divided by trafilatura's, when both ran."""
    speeds = {outcome.system.key: outcome.summary["pages_per_s"] for outcome in outcomes}
    newsclean, trafilatura = speeds.get("newsclean"), speeds.get("trafilatura")
    if newsclean is None or not trafilatura:
        return None
    return newsclean / trafilatura


# --- command line -------------------------------------------------------------------------------


def _comma_list(value: str) -> list[str]:
    return [item.strip() for item in value.split(",") if item.strip()]


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", choices=(*SETS, "all"), default="all", dest="set_name")
    parser.add_argument("--mode", choices=MODES, default="text")
    parser.add_argument(
        "--systems",
        type=_comma_list,
        default=list(SYSTEMS),
        help=f"comma-separated, from {','.join(SYSTEMS)} (default: all)",
    )
    parser.add_argument("--limit", type=int, help="only the first N pages of each set")
    parser.add_argument("--ids", type=_comma_list, default=[], help="comma-separated page ids")
    parser.add_argument(
        "--save",
        default="latest",
        metavar="NAME",
        help="result files are benchmarks/results/NAME-<set>-<mode>-<system>.jsonl",
    )
    parser.add_argument(
        "--interleave",
        action="store_true",
        help="run the systems page by page in turn, so that load changes hit all alike",
    )
    parser.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL_DIR)
    args = parser.parse_args(argv)
    unknown = [system for system in args.systems if system not in SYSTEMS]
    if unknown:
        parser.error(f"unknown system(s) {', '.join(unknown)}; choose from {', '.join(SYSTEMS)}")
    return args


def main(argv: Sequence[str] | None = None) -> None:
    args = parse_args(argv)
    set_names = SETS if args.set_name == "all" else (args.set_name,)
    for set_name in set_names:
        manifest_path(args.eval_dir, set_name)
    systems = []
    for key in args.systems:
        try:
            systems.append(make_system(key, args.mode))
        except SkipSystemError as exc:
            print(f"skipping {key}: {exc}", file=sys.stderr)
    if not systems:
        sys.exit("error: no system can run")
    seen_ids: set[str] = set()
    for set_name in set_names:
        pages = load_pages(args.eval_dir, set_name, args.mode, args.ids, args.limit)
        seen_ids.update(page.id for page in pages)
        if not pages:
            print(f"{set_name}: no pages selected", file=sys.stderr)
            continue
        labels = ", ".join(system.label for system in systems)
        print(f"{set_name}: {labels} on {len(pages)} pages ...", file=sys.stderr)
        outcomes = run_systems(systems, pages, args.interleave)
        for system, outcome in zip(systems, outcomes, strict=True):
            if outcome.first_error:
                errors = sum(row["error"] for row in outcome.rows)
                print(f"  {errors} error(s); first on {outcome.first_error}", file=sys.stderr)
            path = results_path(args.save, set_name, args.mode, system.key)
            write_results(path, outcome.rows)
            print(f"  per-page results: {path.relative_to(REPO)}", file=sys.stderr)
        print(f"\n### {set_name} ({len(pages)} pages, {args.mode} mode)\n")
        print(quality_tables(outcomes, args.mode))
        print()
        print(speed_table(outcomes, args.mode))
        ratio = speed_ratio(outcomes)
        if ratio is not None:
            print(f"\nspeed ratio newsclean/trafilatura (pages/s): {ratio:.2f}")
    missing = [page_id for page_id in args.ids if page_id not in seen_ids]
    if missing:
        print(f"ids not found: {', '.join(missing)}", file=sys.stderr)


if __name__ == "__main__":
    main()
