"""Determinism: the same input and options give the same `Article` in any process (another
hash seed), in any order, with any worker count and from many threads at once."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime

from conftest import PARAS, REPO

import newsclean

_FETCHED = datetime(2024, 6, 1, 12, 0)
_HTML = (
    "<!DOCTYPE html><html><head><title>{title} | Harbour News</title>"
    "<meta property='article:published_time' content='2024-05-{day:02d}T08:00:00+02:00'>"
    "<meta name='author' content='Ann Lee'></head><body><nav><a href='/'>Home</a> <a href='/n'>News</a></nav>"
    "<article><h1>{title}</h1><p class='byline'>By Ann Lee</p>{body}</article>"
    "<aside><h3>Related</h3><ul><li><a href='/x'>Other story</a></li></ul></aside>"
    "<footer>© 2024 Harbour News. All rights reserved.</footer></body></html>"
)


def _inputs() -> list[tuple[str | bytes, str | None]]:
    """Every fixture page and dump (as bytes), and synthetic HTML pages, with their URL."""
    pages: list[tuple[str | bytes, str | None]] = []
    for path in sorted((REPO / "fixtures").rglob("*")):
        if path.is_file() and path.suffix in (".txt", ".html", ".htm"):
            meta = path.with_suffix(".json")
            url = json.loads(meta.read_text(encoding="utf-8")).get("url") if meta.exists() else None
            pages.append((path.read_bytes(), url))
    for day in range(1, 9):
        body = "".join(f"<p>{p}</p>" for p in PARAS[day % 4 :] + PARAS[: day % 4])
        title = f"Pier Vote Number {day} Goes Ahead"
        pages.append((_HTML.format(title=title, day=day, body=body), f"https://example.org/news/{day}"))
    return pages


def _result(page: tuple[str | bytes, str | None]) -> str:
    text, url = page
    try:
        article = newsclean.clean(text, url=url, fetched_at=_FETCHED)
    except newsclean.NewscleanError as error:
        return type(error).__name__
    return json.dumps(article.to_dict(), sort_keys=True, ensure_ascii=False)


INPUTS = _inputs()
EXPECTED = [_result(page) for page in INPUTS]

# Run in a child interpreter: the results of every input, one JSON line each.
_CHILD = """
import json, sys
sys.path.insert(0, {tests!r})
import test_determinism as t
for line in [t._result(page) for page in reversed(t.INPUTS)][::-1]:
    print(json.dumps(line))
"""


def test_inputs_cover_both_pipelines() -> None:
    kinds = {json.loads(r)["input_kind"] for r in EXPECTED if r.startswith("{")}
    assert kinds == {"html", "text"}
    assert len(INPUTS) >= 20


def test_same_results_in_another_process_with_another_hash_seed() -> None:
    for seed in ("1", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run(
            [sys.executable, "-c", _CHILD.format(tests=str(REPO / "tests"))],
            capture_output=True,
            text=True,
            env=env,
            cwd=REPO,
            check=True,
        ).stdout
        assert [json.loads(line) for line in out.splitlines()] == EXPECTED


def test_same_results_in_any_order() -> None:
    order = list(range(len(INPUTS)))
    for seed in range(3):
        random.Random(seed).shuffle(order)
        results = {i: _result(INPUTS[i]) for i in order}
        assert [results[i] for i in range(len(INPUTS))] == EXPECTED


def test_eight_threads_give_the_results_of_one() -> None:
    work = list(range(len(INPUTS))) * 4
    random.Random(0).shuffle(work)
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda i: (i, _result(INPUTS[i])), work))
    for i, result in results:
        assert result == EXPECTED[i]


def test_any_worker_count_gives_the_same_articles() -> None:
    records = [{"id": str(i), "page": t, "url": u, "fetched_at": _FETCHED} for i, (t, u) in enumerate(INPUTS)]
    by_workers = {}
    for workers in (0, 2):
        results = newsclean.clean_many(records, workers=workers)
        by_workers[workers] = [(r.id, r.article if r.ok else r.error_type) for r in results]
    assert by_workers[0] == by_workers[2]
    direct = [newsclean.clean(t, url=u, fetched_at=_FETCHED) for t, u in INPUTS]
    assert [article for _, article in by_workers[0]] == direct
