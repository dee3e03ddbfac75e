"""clean_many and clean_record: order, one result per input, errors, streaming and the limits."""

from __future__ import annotations

import itertools
import multiprocessing
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import datetime, timezone
from typing import Any

import pytest
from conftest import REPO, TEXT_FIXTURES

import newsclean

DUMPS = [p.read_text(encoding="utf-8") for p in sorted(TEXT_FIXTURES.glob("*.txt"))]
PAGES = REPO / "fixtures" / "batch" / "pages"
HTML = (PAGES / "pier.html").read_bytes()
# A page long enough to take seconds to clean (a fixture dump repeated, not a special case);
# named, so that new fixtures sorting first do not change its size.
BIG = (TEXT_FIXTURES / "de_1.txt").read_text(encoding="utf-8") * 6000


def _records(count: int) -> list[dict[str, Any]]:
    return [
        {
            "id": f"r{i}",
            "text": DUMPS[i % len(DUMPS)],
            "url": f"https://example.org/2021/05/{i % 28 + 1:02d}/a",
        }
        for i in range(count)
    ]


def test_workers_give_the_same_results_in_input_order() -> None:
    records = [*_records(40), {"id": "page", "html": HTML}, HTML, "Plain title\n\nA short body."]
    local = list(newsclean.clean_many(records, workers=0))
    pooled = list(newsclean.clean_many(records, workers=2))
    assert pooled == local
    assert [r.index for r in pooled] == list(range(len(records)))
    assert [r.id for r in pooled] == [f"r{i}" for i in range(40)] + ["page", 41, 42]
    for record, result in zip(records[:40], pooled, strict=False):
        assert result.article == newsclean.clean_text(record["text"], url=record["url"])
    assert pooled[40].article == newsclean.clean_html(HTML)
    assert pooled[41].article is not None and pooled[41].article.input_kind == "html"
    assert pooled[42].article is not None and pooled[42].article.input_kind == "text"


def test_page_field_is_sniffed_and_fetched_at_strings_are_read() -> None:
    text = "Minutes ago\n\nStorm Hits Coast\n\nPosted 3 hours ago\n\n" + DUMPS[1]
    result = newsclean.clean_record({"page": text, "fetched_at": "2024-03-15T08:00:00Z"})
    expected = newsclean.clean(text, fetched_at=datetime(2024, 3, 15, 8, tzinfo=timezone.utc))
    assert result.article == expected
    naive = newsclean.clean_record({"text": DUMPS[2], "fetched_at": "2023-01-02T03:04:05"})
    assert naive.article == newsclean.clean_text(DUMPS[2], fetched_at=datetime(2023, 1, 2, 3, 4, 5))


@pytest.mark.parametrize("workers", [0, 2])
def test_bad_records_are_recorded_with_their_error(workers: int) -> None:
    records: list[Any] = [
        DUMPS[0],
        b"\x89PNG\r\n\x1a\n" + bytes(40),
        {"id": "none", "url": "https://example.org/"},
        {"id": "both", "html": "<p>x</p>", "text": "x"},
        42,
        {"id": "when", "text": DUMPS[1], "fetched_at": "last Tuesday"},
        DUMPS[1],
    ]
    results = list(newsclean.clean_many(records, workers=workers))
    assert [r.error_type for r in results] == [
        None,
        "NotAPageError",
        "ValueError",
        "ValueError",
        "TypeError",
        "ValueError",
        None,
    ]
    assert [r.id for r in results] == [0, 1, "none", "both", 4, "when", 6]
    assert all(r.error for r in results if not r.ok)
    row = results[1].to_row()
    assert row["title"] is None and row["error_type"] == "NotAPageError" and next(iter(row)) == "id"


@pytest.mark.parametrize("workers", [0, 2])
def test_skip_and_raise(workers: int) -> None:
    records = [DUMPS[0], b"%PDF-1.5 data", DUMPS[1], b"\x89PNG\r\n\x1a\n"]
    kept = list(newsclean.clean_many(records, workers=workers, on_error="skip"))
    assert [r.index for r in kept] == [0, 2]
    seen = []
    with pytest.raises(newsclean.RecordError) as caught:
        for result in newsclean.clean_many(records, workers=workers, on_error="raise"):
            seen.append(result.index)
    assert seen == [0]
    assert caught.value.result.index == 1
    assert "NotAPageError" in str(caught.value)


def test_bad_arguments() -> None:
    with pytest.raises(ValueError, match="on_error"):
        newsclean.clean_many([], on_error="ignore")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="workers"):
        newsclean.clean_many([], workers=-1)


@pytest.mark.parametrize("workers", [0, 2])
def test_streams_an_endless_input_in_bounded_memory(workers: int) -> None:
    pulled = 0

    def endless() -> Iterator[dict[str, Any]]:
        nonlocal pulled
        for i in itertools.count():
            pulled += 1
            yield {"id": i, "text": DUMPS[i % len(DUMPS)]}

    results = newsclean.clean_many(endless(), workers=workers)
    first = list(itertools.islice(results, 30))
    assert [r.id for r in first] == list(range(30))
    assert pulled <= 30 + 2 * 64  # a bounded window ahead of the output, never the whole input
    results.close()  # type: ignore[attr-defined]


def test_closing_early_stops_the_workers() -> None:
    results = newsclean.clean_many(_records(200), workers=2)
    next(results)
    assert multiprocessing.active_children()
    results.close()  # type: ignore[attr-defined]
    deadline = time.monotonic() + 10
    while multiprocessing.active_children() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not multiprocessing.active_children()


def test_a_record_over_the_time_limit_is_recorded_and_the_job_goes_on() -> None:
    records = [DUMPS[1], {"id": "slow", "text": BIG}, DUMPS[2], DUMPS[3], {"id": "slow2", "text": BIG + "x"}]
    started = time.monotonic()
    results = list(newsclean.clean_many(records, workers=1, time_limit=0.3))
    assert time.monotonic() - started < 30
    assert [r.error_type for r in results] == [None, "RecordTimeoutError", None, None, "RecordTimeoutError"]
    assert "0.3 s" in (results[1].error or "")
    assert results[2].article == newsclean.clean(DUMPS[2])


def test_a_record_over_the_memory_limit_is_recorded_and_the_job_goes_on() -> None:
    records = [DUMPS[1], {"id": "huge", "text": BIG}, DUMPS[2]]
    results = list(newsclean.clean_many(records, workers=1, memory_limit=200 << 20, time_limit=None))
    assert results[0].ok and results[2].ok
    assert results[1].error_type in ("MemoryError", "WorkerCrashError")
    assert results[2].article == newsclean.clean(DUMPS[2])


def test_a_worker_that_dies_is_replaced() -> None:
    records = [DUMPS[1], {"id": "victim", "text": BIG}, DUMPS[2], DUMPS[3]]
    results = newsclean.clean_many(records, workers=1, time_limit=None)
    first = next(results)
    time.sleep(0.3)  # the worker is now cleaning the long page
    for child in multiprocessing.active_children():
        assert child.pid is not None
        os.kill(child.pid, signal.SIGKILL)
    rest = list(results)
    assert first.ok
    assert [r.id for r in rest] == ["victim", 2, 3]
    assert rest[0].error_type == "WorkerCrashError"
    assert "exit code" in (rest[0].error or "")
    assert rest[1].article == newsclean.clean(DUMPS[2]) and rest[2].ok


def test_workers_that_cannot_start_raise_a_clear_error() -> None:
    # A script read from standard input cannot be imported again by the worker processes.
    script = "import newsclean\nprint(list(newsclean.clean_many(['A\\n\\nB.'], workers=1)))\n"
    result = subprocess.run(
        [sys.executable, "-"],
        input=script,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=REPO,
    )
    assert result.returncode != 0
    assert "could not start" in result.stderr and "workers=0" in result.stderr
    assert result.stderr.count("Traceback") < 10  # it stops at once, not after a storm of restarts
