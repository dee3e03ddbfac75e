"""Where ``clean_html`` spends its time, stage by stage, on the pages of ``../shared/eval``.

Usage::

    python benchmarks/profile_html.py --set wcxb-dev --limit 300

First times the pages without a profiler (the real mean per page), then runs them again under
``cProfile`` and splits that time by pipeline stage (the cumulative time of the function that
does each stage) and by module (self time), so that the shares can be read against the real
mean. Profiling inflates Python-heavy stages more than C-heavy ones (lxml parsing): read the
shares as a guide, and measure a change with ``bench.py``.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import time
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

from bench import DEFAULT_EVAL_DIR, load_pages

import newsclean

# (label, module file, function name): the function whose cumulative time is the stage's.
STAGES = (
    ("load (decode, normalise)", "_load.py", "load_html_utf8"),
    ("parse (lxml)", "_parse.py", "parse_html"),
    ("metadata (whole page)", "_htmlmeta.py", "read_meta"),
    ("  of which dates", "_dates.py", None),
    ("strip unseen elements", "_parse.py", "strip_furniture"),
    ("segment (DOM blocks)", "_dom.py", "dom_blocks"),
    ("language", "_html.py", "_language"),
    ("block features (describe)", "_classify.py", "describe"),
    ("DOM roles", "_html.py", "_dom_roles"),
    ("classify", "_classify.py", "classify"),
)


def _stage_times(stats: pstats.Stats) -> dict[str, float]:
    """Cumulative seconds per stage; a stage without a function sums its module's self time."""
    raw = stats.stats  # type: ignore[attr-defined]
    result: dict[str, float] = defaultdict(float)
    for (filename, _, function), (_, _, self_time, cumulative, _) in raw.items():
        for label, module, name in STAGES:
            if not filename.endswith(module):
                continue
            if name is None:
                result[label] += self_time
            elif function == name:
                result[label] += cumulative
    return result


def _module_times(stats: pstats.Stats) -> dict[str, float]:
    raw = stats.stats  # type: ignore[attr-defined]
    result: dict[str, float] = defaultdict(float)
    for (filename, _, _), (_, _, self_time, _, _) in raw.items():
        path = Path(filename)
        if filename == "~":
            key = "C built-ins (lxml, re, str methods)"
        elif "newsclean" in path.parts:
            key = f"newsclean/{path.name}"
        else:
            key = path.parent.name or filename
        result[key] += self_time
    return result


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", default="wcxb-dev", choices=("wcxb-dev", "trafilatura"))
    parser.add_argument("--limit", type=int, default=300)
    parser.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL_DIR)
    args = parser.parse_args(argv)
    if not args.eval_dir.is_dir():
        raise SystemExit(f"no eval data at {args.eval_dir}: nothing to profile")
    pages = load_pages(args.eval_dir, args.set, "html", limit=args.limit)
    for page in pages[:5]:
        newsclean.clean_html(page.input, url=page.url)
    start = time.process_time()
    for page in pages:
        newsclean.clean_html(page.input, url=page.url)
    real_ms = (time.process_time() - start) * 1000 / len(pages)

    profiler = cProfile.Profile()
    profiler.enable()
    for page in pages:
        newsclean.clean_html(page.input, url=page.url)
    profiler.disable()
    stats = pstats.Stats(profiler)
    total = stats.total_tt  # type: ignore[attr-defined]

    print(f"{len(pages)} pages of {args.set}: {real_ms:.2f} ms CPU per page without the profiler\n")
    print("| stage | share | ≈ ms per page |\n|---|---:|---:|")
    times = _stage_times(stats)
    for label, _, _ in STAGES:
        share = times.get(label, 0.0) / total
        print(f"| {label} | {share:.0%} | {share * real_ms:.2f} |")
    print("\n| module (self time) | share |\n|---|---:|")
    for module, seconds in sorted(_module_times(stats).items(), key=lambda kv: -kv[1])[:12]:
        print(f"| {module} | {seconds / total:.0%} |")


if __name__ == "__main__":
    main()
