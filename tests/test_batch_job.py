"""run_batch: atomic parts, a manifest, and --resume after a crash (a real kill -9)."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest
from conftest import REPO, TEXT_FIXTURES

import newsclean
from newsclean._batchjob import BatchStateError

DUMPS = [p.read_text(encoding="utf-8") for p in sorted(TEXT_FIXTURES.glob("*.txt"))]


def _input(path: Path, count: int) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for i in range(count):
            page: Any = DUMPS[i % len(DUMPS)] if i % 17 != 5 else None  # some records fail
            handle.write(
                json.dumps({"id": f"doc-{i}", "text": page, "url": f"https://example.org/{i}"}) + "\n"
            )
    return path


def _ids(path: Path) -> list[str]:
    return [json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("name", ["out.jsonl", "out.parquet", "out.jsonl.gz"])
def test_output_has_every_record_once_in_order(tmp_path: Path, name: str) -> None:
    source = _input(tmp_path / "in.jsonl", 45)
    summary = newsclean.run_batch([source], tmp_path / name, workers=0, part_size=10)
    assert (summary.records, summary.cleaned, summary.errors) == (45, 45, 3)
    assert summary.with_text == 42
    assert not (tmp_path / f"{name}.parts").exists()
    if name.endswith(".parquet"):
        rows = pq.read_table(tmp_path / name).to_pylist()
    else:
        with newsclean.io.open_binary(str(tmp_path / name), "rb") as handle:
            rows = [json.loads(line) for line in handle]
    assert [r["id"] for r in rows] == [f"doc-{i}" for i in range(45)]
    expected = newsclean.clean_text(DUMPS[1], url="https://example.org/1")
    assert rows[1]["title"] == expected.title and rows[1]["text"] == expected.text
    assert rows[5]["error_type"] == "ValueError"


def test_skip_leaves_failed_records_out_but_counts_them(tmp_path: Path) -> None:
    source = _input(tmp_path / "in.jsonl", 20)
    summary = newsclean.run_batch([source], tmp_path / "out.jsonl", workers=0, on_error="skip", part_size=7)
    assert (summary.records, summary.errors) == (20, 1)
    assert "doc-5" not in _ids(tmp_path / "out.jsonl") and len(_ids(tmp_path / "out.jsonl")) == 19


def test_resume_finishes_a_job_from_its_committed_parts(tmp_path: Path) -> None:
    source = _input(tmp_path / "in.jsonl", 50)
    reference = tmp_path / "reference.jsonl"
    newsclean.run_batch([source], reference, workers=0, part_size=8)
    output = tmp_path / "out.jsonl"
    parts = tmp_path / "out.jsonl.parts"
    with pytest.raises(newsclean.RecordError):  # a job stopped at its first failure (doc-5)
        newsclean.run_batch([source], output, workers=0, part_size=8, on_error="raise")
    assert [line for line in (parts / "manifest.jsonl").read_text().splitlines()][1:] == []
    newsclean.run_batch([source], output, workers=0, part_size=8, resume=True)
    assert output.read_bytes() == reference.read_bytes()


def test_a_crash_leaves_only_committed_parts(tmp_path: Path) -> None:
    source = _input(tmp_path / "in.jsonl", 50)
    reference = tmp_path / "reference.jsonl"
    newsclean.run_batch([source], reference, workers=0, part_size=8)
    output = tmp_path / "out.jsonl"
    newsclean.run_batch([source], output, workers=0, part_size=8)
    # Rebuild the state of a job killed while writing: 3 committed parts, a half-written part,
    # a torn manifest line.
    parts = tmp_path / "out.jsonl.parts"
    parts.mkdir()
    header = {
        "version": 1,
        "inputs": [str(source)],
        "input_format": None,
        "output_format": "jsonl",
        "part_size": 8,
        "fields": vars(newsclean.io.FieldNames()),
        "skip_errors": False,
    }
    lines = reference.read_text(encoding="utf-8").splitlines(keepends=True)
    entries = []
    for number in range(3):
        name = f"part-{number:06d}.jsonl"
        (parts / name).write_text("".join(lines[number * 8 : number * 8 + 8]), encoding="utf-8")
        entries.append(json.dumps({"part": name, "count": 8, "rows": 8, "with_text": 8, "errors": 0}))
    (parts / "part-000003.jsonl.tmp").write_text(lines[24][:40], encoding="utf-8")
    manifest = json.dumps(header, sort_keys=True) + "\n" + "\n".join(entries) + '\n{"part": "part-0'
    (parts / "manifest.jsonl").write_text(manifest, encoding="utf-8")
    output.unlink()
    with pytest.raises(BatchStateError, match="resume"):
        newsclean.run_batch([source], output, workers=0, part_size=8)
    summary = newsclean.run_batch([source], output, workers=0, part_size=8, resume=True)
    assert summary.cleaned == 26 and summary.records == 50
    assert output.read_bytes() == reference.read_bytes()
    again = newsclean.run_batch([source], output, workers=0, part_size=8, resume=True)
    assert again.complete_before and output.read_bytes() == reference.read_bytes()


def test_resume_refuses_the_parts_of_another_job(tmp_path: Path) -> None:
    source = _input(tmp_path / "in.jsonl", 12)
    output = tmp_path / "out.jsonl"
    with pytest.raises(newsclean.RecordError):
        newsclean.run_batch([source], output, workers=0, part_size=4, on_error="raise")
    with pytest.raises(BatchStateError, match="different job"):
        newsclean.run_batch([source], output, workers=0, part_size=5, resume=True)


def _batch_command(source: Path, output: Path, *extra: str) -> list[str]:
    return [
        sys.executable,
        "-m",
        "newsclean",
        "batch",
        str(source),
        "-o",
        str(output),
        "--part-size",
        "15",
        *extra,
    ]


def test_kill_9_at_a_random_moment_then_resume(tmp_path: Path) -> None:
    source = _input(tmp_path / "in.jsonl", 300)
    reference = tmp_path / "reference.jsonl"
    newsclean.run_batch([source], reference, workers=0, part_size=15)
    output = tmp_path / "out.jsonl"
    seed = int.from_bytes(os.urandom(4), "big")
    delay = random.Random(seed).uniform(0.0, 1.5)
    process = subprocess.Popen(
        _batch_command(source, output, "--workers", "2"),
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 60
    manifest = tmp_path / "out.jsonl.parts" / "manifest.jsonl"
    while not manifest.exists() and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    time.sleep(delay)
    process.send_signal(signal.SIGKILL)
    process.communicate(timeout=60)
    resumed = subprocess.run(
        _batch_command(source, output, "--workers", "2", "--resume"),
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert resumed.returncode == 0, (seed, resumed.stderr)
    ids = _ids(output)
    assert ids == [f"doc-{i}" for i in range(300)], seed  # none lost, none twice, in order
    assert output.read_bytes() == reference.read_bytes(), seed
    # A kill that came after the job had finished leaves nothing to resume.
    assert "records 300," in resumed.stdout or "already complete" in resumed.stderr, seed


@pytest.mark.parametrize(
    ("workers", "name"),
    [(0, "in.jsonl"), (2, "in.jsonl"), (2, "in.jsonl.gz")],  # lines read by the workers, sent as bytes
)
def test_malformed_lines_are_recorded_errors_at_their_place(tmp_path: Path, workers: int, name: str) -> None:
    lines = [
        json.dumps({"id": "a", "text": DUMPS[0]}).encode(),
        b'{"id": "cut", "text": "a line that ends too so',  # line 2: not JSON
        b"",
        json.dumps("Bare Title\n\nA bare page in a line of its own.").encode(),
        b"42",  # JSON, but not a record
        b'{"id": "latin", "text": "caf\xe9"}',  # line 6: not UTF-8
        json.dumps({"id": "b", "text": DUMPS[1]}).encode(),
    ]
    source = tmp_path / name
    with newsclean.io.open_binary(str(source), "wb") as handle:
        handle.write(b"\n".join(lines) + b"\n")
    output = tmp_path / "out.jsonl"
    summary = newsclean.run_batch([source], output, workers=workers, part_size=2)
    rows = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["a", f"{name}:1", f"{name}:3", f"{name}:4", f"{name}:5", "b"]
    assert [r["error_type"] for r in rows] == [None, "ValueError", None, "TypeError", "ValueError", None]
    assert f"{name}, line 2: not JSON" in rows[1]["error"]
    assert f"{name}, line 6: not JSON" in rows[4]["error"] and "utf-8" in rows[4]["error"]
    assert rows[2]["title"] == "Bare Title" and rows[5]["text"] == newsclean.clean_text(DUMPS[1]).text
    assert (summary.records, summary.errors) == (6, 3)


@pytest.mark.parametrize("name", ["out.jsonl", "out.parquet"])
def test_rows_encoded_by_the_workers_are_those_write_results_writes(tmp_path: Path, name: str) -> None:
    source = _input(tmp_path / "in.jsonl", 40)
    output = tmp_path / name
    newsclean.run_batch([source], output, workers=2, part_size=15)
    expected = tmp_path / ("expected" + "".join(output.suffixes))
    newsclean.io.write_results(newsclean.clean_many(newsclean.io.read_records(source), workers=0), expected)
    if name.endswith(".parquet"):
        assert pq.read_table(output).to_pylist() == pq.read_table(expected).to_pylist()
    else:
        assert output.read_bytes() == expected.read_bytes()


def test_a_raw_record_that_times_out_keeps_its_own_id(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    # a fixture dump repeated, named so that new fixtures sorting first do not shrink it
    slow = {"id": "slow", "text": (TEXT_FIXTURES / "de_1.txt").read_text(encoding="utf-8") * 6000}
    rows = [{"id": "first", "text": DUMPS[1]}, slow, {"text": DUMPS[2]}]
    source.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    output = tmp_path / "out.jsonl"
    newsclean.run_batch([source], output, workers=1, time_limit=0.5, part_size=10)
    got = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in got] == ["first", "slow", "in.jsonl:2"]
    assert [r["error_type"] for r in got] == [None, "RecordTimeoutError", None]


def test_a_jsonl_pipe_is_read_as_bytes(tmp_path: Path) -> None:
    fifo = tmp_path / "in.jsonl"
    os.mkfifo(fifo)
    lines = "".join(json.dumps({"id": f"p{i}", "text": DUMPS[i]}) + "\n" for i in range(3))
    writer = threading.Thread(target=lambda: fifo.write_text(lines, encoding="utf-8"))
    writer.start()
    output = tmp_path / "out.jsonl"
    newsclean.run_batch([fifo], output, workers=2, part_size=2, time_limit=20)
    writer.join()
    rows = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    assert [(r["id"], r["error"]) for r in rows] == [("p0", None), ("p1", None), ("p2", None)]
