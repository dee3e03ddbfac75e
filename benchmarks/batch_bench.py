"""Batch benchmarks: throughput of 2 workers vs 1, clean_many overhead, peak RSS, kill -9 + resume.

Inputs are built at run time in a temporary folder from the pages of ``../shared/eval`` (nothing
is written into the repository). See benchmarks/README.md, section "Batch".

    python benchmarks/batch_bench.py                    # every check, the 1 GB input included
    python benchmarks/batch_bench.py --skip-rss         # without the 1 GB run
    python benchmarks/batch_bench.py --only overhead --records 600
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

import newsclean  # noqa: E402

EVAL = REPO.parent / "shared" / "eval"
SETS = ("wcxb-dev", "trafilatura")
CHECKS = ("throughput", "overhead", "rss", "resume")


def eval_pages(eval_dir: Path, kind: str) -> Iterator[dict[str, Any]]:
    """Every eval page as a record: ``html`` (the page) or ``text`` (its get_text() dump)."""
    for name in SETS:
        with (eval_dir / name / "manifest.jsonl").open(encoding="utf-8") as manifest:
            entries = [json.loads(line) for line in manifest]
        for entry in entries:
            field = "html" if kind == "html" else "dump_bs4"
            page = gzip.decompress((eval_dir / name / entry[field]).read_bytes()).decode("utf-8", "replace")
            yield {"id": f"{name}/{entry['id']}", "url": entry["url"], kind: page}


def build_jsonl(path: Path, pages: list[dict[str, Any]], *, records: int = 0, size: int = 0) -> int:
    """Write pages, repeated, until `records` lines or `size` bytes; returns the lines written."""
    written = bytes_out = 0
    with path.open("wb") as handle:
        while (records and written < records) or (size and bytes_out < size):
            page = pages[written % len(pages)]
            line = json.dumps({**page, "id": f"{page['id']}#{written}"}, ensure_ascii=False).encode() + b"\n"
            handle.write(line)
            written += 1
            bytes_out += len(line)
    return written


def batch_command(source: Path, output: Path, *extra: str) -> list[str]:
    return [
        sys.executable,
        "-m",
        "newsclean",
        "batch",
        str(source),
        "-o",
        str(output),
        "--no-progress",
        *extra,
    ]


def _env(hash_seed: str | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO / "src") + os.pathsep + env.get("PYTHONPATH", "")
    if hash_seed is not None:
        env["PYTHONHASHSEED"] = hash_seed
    return env


def throughput(folder: Path, pages: list[dict[str, Any]], records: int, rounds: int, quiet: float) -> None:
    """Wall time of --workers 1 and 2, and the CPU seconds of the job's processes (polled from
    /proc), which tell a loaded machine (too little CPU) from extra work (more CPU per page).
    Each run also gives the CPU seconds that other processes took meanwhile (from /proc/stat):
    near 0, the run had the machine to itself. With `quiet`, each run waits (up to that many
    seconds) for a moment when other processes use under a tenth of the machine."""
    source = folder / "throughput.jsonl"
    build_jsonl(source, pages, records=records)
    times: dict[int, list[_Run]] = {1: [], 2: []}
    for number in range(1, rounds + 1):
        for workers in (1, 2):
            out = folder / f"throughput-{workers}.jsonl"
            _wait_quiet(quiet)
            times[workers].append(_run_watched(batch_command(source, out, "--workers", str(workers))))
            out.unlink()
        one, two = times[1][-1], times[2][-1]
        print(
            f"  round {number}: --workers 1 {one.wall:.1f} s (others took {one.others:.1f} CPU s), "
            f"--workers 2 {two.wall:.1f} s (others {two.others:.1f} CPU s): {one.wall / two.wall:.2f}x",
            flush=True,
        )
    best = {w: min(runs) for w, runs in times.items()}
    one, two = best[1].wall, best[2].wall
    cpu = ", ".join(
        f"--workers {w}: parent {run.parent:.1f} s, workers {run.workers:.1f} s" for w, run in best.items()
    )
    print(
        f"throughput: {records} records, best of {rounds}: --workers 1 {records / one:.1f} pages/s "
        f"({one:.1f} s), --workers 2 {records / two:.1f} pages/s ({two:.1f} s): {one / two:.2f}x; "
        f"CPU seconds {cpu}"
    )


class _Run(NamedTuple):
    wall: float
    parent: float  # CPU seconds of the command's process
    workers: float  # CPU seconds of its descendants
    others: float  # CPU seconds of every other process on the machine meanwhile


def _run_watched(command: list[str]) -> _Run:
    started = time.perf_counter()
    machine = _machine_cpu_seconds()
    own = time.process_time()
    process = subprocess.Popen(command, env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    seen: dict[int, float] = {}
    while process.poll() is None:
        for pid in _tree(process.pid):
            seen[pid] = max(seen.get(pid, 0.0), _cpu_seconds(pid))
        time.sleep(0.05)
    wall = time.perf_counter() - started
    machine = _machine_cpu_seconds() - machine
    own = time.process_time() - own
    if process.returncode:
        raise SystemExit(f"failed: {' '.join(command)}")
    parent = seen.pop(process.pid, 0.0)
    job = parent + sum(seen.values())
    return _Run(wall, parent, job - parent, max(0.0, machine - job - own))


def _wait_quiet(limit: float) -> None:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        before = _machine_cpu_seconds()
        time.sleep(2.0)
        if _machine_cpu_seconds() - before < 0.1 * 2.0 * (os.cpu_count() or 1):
            return


def _machine_cpu_seconds() -> float:
    """CPU seconds all processes have used since boot (every field of /proc/stat's cpu line but
    idle and iowait)."""
    fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:8]]
    return (sum(fields) - fields[3] - fields[4]) / os.sysconf("SC_CLK_TCK")


def _cpu_seconds(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _tree(pid: int) -> list[int]:
    """`pid` and all its descendants, from each thread's ``/proc/PID/task/TID/children`` (a few
    small reads a poll: listing all of /proc every 50 ms took 5 % of a core from the job)."""
    found, stack = [], [pid]
    while stack:
        current = stack.pop()
        found.append(current)
        for children in Path(f"/proc/{current}/task").glob("*/children"):
            try:
                stack.extend(int(child) for child in children.read_text().split())
            except OSError:  # the process or thread ended meanwhile
                continue
    return found


def overhead(folder: Path, pages: list[dict[str, Any]], records: int, rounds: int, quiet: float) -> None:
    """Each variant in a fresh process, so each pays its own warm-up (lazy data, caches) as a
    user's job does; the records are read into memory before the clock starts."""
    source = folder / "overhead.jsonl"
    build_jsonl(source, pages, records=records)
    kind = "html" if "html" in pages[0] else "text"
    runs: dict[str, list[float]] = {"plain loop": [], "workers=1": [], "workers=0": []}
    for _ in range(rounds):
        for name in runs:
            command = [sys.executable, __file__, "--overhead-child", name, str(source)]
            _wait_quiet(quiet)
            result = subprocess.run(command, check=True, capture_output=True, text=True, env=_env())
            runs[name].append(float(result.stdout.split()[-1]))
    base = min(runs["plain loop"])
    parts = [f"{name} {min(t):.2f} s ({(min(t) / base - 1) * 100:+.1f} %)" for name, t in runs.items()]
    print(
        f"overhead: {records} {kind} records, each run in a fresh process, best of {rounds}: "
        + ", ".join(parts)
    )


def overhead_child(variant: str, source: Path) -> None:
    """Time one variant over the records of `source` (run by `overhead` in its own process)."""
    with source.open(encoding="utf-8") as handle:
        data = [json.loads(line) for line in handle]
    kind = "html" if "html" in data[0] else "text"
    clean = newsclean.clean_html if kind == "html" else newsclean.clean_text
    started = time.perf_counter()
    if variant == "plain loop":
        for record in data:
            clean(record[kind], url=record["url"])
    else:
        for _ in newsclean.clean_many(data, workers=int(variant.split("=")[1])):
            pass
    print(f"{time.perf_counter() - started:.3f}")


def _tree_rss(pid: int) -> tuple[int, int]:
    """(number of processes, summed RSS in bytes) of `pid` and all its descendants."""
    tree = _tree(pid)
    return len(tree), sum(_rss(p) for p in tree)


def _rss(pid: int) -> int:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
    return int(fields.get("VmRSS", "0 kB").split()[0]) * 1024


def peak_rss(folder: Path, pages: list[dict[str, Any]], size: int) -> None:
    source = folder / "big.jsonl"
    records = build_jsonl(source, pages, size=size)
    output = folder / "big-out.jsonl"
    started = time.perf_counter()
    process = subprocess.Popen(
        batch_command(source, output, "--workers", "2"),
        env=_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    peak = processes = 0
    while process.poll() is None:
        count, total = _tree_rss(process.pid)
        if total > peak:
            peak, processes = total, count
        time.sleep(0.1)
    out, err = process.communicate()
    elapsed = time.perf_counter() - started
    if process.returncode:
        raise SystemExit(f"the 1 GB run failed: {err.decode()[-2000:]}")
    print(
        f"rss: {source.stat().st_size / 1e9:.2f} GB JSONL, {records} records, --workers 2: peak RSS of the "
        f"process tree {peak / 2**20:.0f} MiB ({processes} processes, polled every 0.1 s); "
        f"{out.decode().strip()}; {elapsed:.0f} s"
    )
    source.unlink()
    output.unlink()


def kill_and_resume(
    folder: Path, pages: list[dict[str, Any]], records: int, trials: int, seed: int, hash_seed: str | None
) -> None:
    """Kill -9 a job at a random moment, resume it, compare with an uninterrupted run.

    With `hash_seed`, every run gets that PYTHONHASHSEED, so that the comparison measures the
    job machinery and not a cleaner whose results depend on string hashing.
    """
    source = folder / "resume.jsonl"
    build_jsonl(source, pages, records=records)
    env = _env(hash_seed)

    def command(output: Path, *extra: str) -> list[str]:
        return batch_command(source, output, "--workers", "2", "--part-size", "50", *extra)

    reference = folder / "resume-ref.jsonl"
    started = time.perf_counter()
    subprocess.run(command(reference), check=True, capture_output=True, env=env)
    full = time.perf_counter() - started
    expected = reference.read_bytes()
    ids = [json.loads(line)["id"] for line in expected.splitlines()]
    chooser = random.Random(seed)
    for trial in range(trials):
        output = folder / f"resume-{trial}.jsonl"
        delay = chooser.uniform(0.5, full)
        process = subprocess.Popen(
            command(output), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait()
        parts = output.with_name(output.name + ".parts") / "manifest.jsonl"
        committed = max(0, len(parts.read_text().splitlines()) - 1) if parts.exists() else 0
        subprocess.run(command(output, "--resume"), check=True, capture_output=True, env=env)
        got = [json.loads(line)["id"] for line in output.read_bytes().splitlines()]
        lost = len(set(ids) - set(got))
        duplicated = len(got) - len(set(got))
        same = output.read_bytes() == expected
        changed = sum(
            a != b for a, b in zip(expected.splitlines(), output.read_bytes().splitlines(), strict=False)
        )
        print(
            f"resume: trial {trial + 1}, PYTHONHASHSEED {hash_seed or 'random'}, kill -9 after {delay:.2f} s "
            f"of {full:.1f} s ({committed} parts committed): lost {lost}, duplicated {duplicated}, "
            f"identical {same} ({changed} rows differ)"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval-dir", type=Path, default=EVAL)
    parser.add_argument("--only", choices=CHECKS, action="append", help="run only these checks")
    parser.add_argument("--skip-rss", action="store_true", help="leave out the 1 GB peak-RSS run")
    parser.add_argument(
        "--kind", choices=("html", "text"), default="html", help="pages as HTML or text dumps"
    )
    parser.add_argument("--records", type=int, default=1200, help="records for throughput and overhead")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument(
        "--wait-quiet",
        type=float,
        default=0.0,
        metavar="SECONDS",
        help="throughput, overhead: before each run, wait up to this long for other processes to go quiet",
    )
    parser.add_argument("--size-gb", type=float, default=1.0)
    parser.add_argument("--trials", type=int, default=3, help="kill -9 trials")
    parser.add_argument("--seed", type=int, default=int.from_bytes(os.urandom(4), "big"))
    parser.add_argument("--hash-seed", help="PYTHONHASHSEED for the resume runs (default: random)")
    parser.add_argument("--overhead-child", nargs=2, metavar=("VARIANT", "FILE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.overhead_child:
        overhead_child(args.overhead_child[0], Path(args.overhead_child[1]))
        return
    checks = args.only or [c for c in CHECKS if not (args.skip_rss and c == "rss")]
    pages = list(eval_pages(args.eval_dir, args.kind))
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"{len(pages)} eval pages ({args.kind}), {os.cpu_count()} cores, load {load}, seed {args.seed}")
    with tempfile.TemporaryDirectory(prefix="newsclean-batch-") as name:
        folder = Path(name)
        if "throughput" in checks:
            throughput(folder, pages, args.records, args.rounds, args.wait_quiet)
        if "overhead" in checks:
            overhead(folder, pages, args.records, args.rounds, args.wait_quiet)
        if "rss" in checks:
            peak_rss(folder, pages, int(args.size_gb * 1e9))
        if "resume" in checks:
            kill_and_resume(folder, pages, args.records, args.trials, args.seed, args.hash_seed)


if __name__ == "__main__":
    main()
