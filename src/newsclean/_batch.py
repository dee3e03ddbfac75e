"""Batch cleaning: `clean_many` over any iterable of records, in order, in worker processes.

The core is a pure function of one record (`clean_record`); this module runs it over a stream.
With ``workers >= 1`` the records go to worker processes that this module starts and watches
itself: the parent never uses signals or threads for the time limit, it waits on the workers'
pipes with a deadline and kills (then replaces) a worker whose record runs past
``time_limit``. Each worker caps its own address space at ``memory_limit`` bytes with
``RLIMIT_AS``, so a record that needs more fails with ``MemoryError`` in that worker alone.

The parent feeds every worker, so it does as little per record as it can: a reader may hand it
`RawRecord`s (a JSON line, or only where the line is in its file) that the worker reads and
decodes, and a batch job asks the workers for its output rows already encoded (the `shape`
of `stream`), so the parent only moves small messages and writes bytes.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import queue
import sys
import threading
import time
from abc import ABC, abstractmethod
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from multiprocessing.connection import Connection, wait
from multiprocessing.context import ForkServerContext, SpawnContext
from multiprocessing.process import BaseProcess
from typing import Any, Generic, Literal, TypeVar

from ._api import clean, clean_html, clean_text
from ._article import Article
from ._errors import NewscleanError
from ._options import CleanOptions

__all__ = [
    "RawRecord",
    "Record",
    "RecordError",
    "Result",
    "check_on_error",
    "clean_many",
    "clean_record",
    "stream",
    "worker_count",
]

#: What `clean_many` accepts for one record.
Record = str | bytes | Mapping[str, Any]

OnError = Literal["record", "skip", "raise"]
Shaped = TypeVar("Shaped")

_ON_ERROR = ("record", "skip", "raise")
_CHUNK = 2  # records sent to a worker in one message
_AHEAD = 2  # chunks a worker may have queued: few, so no worker ends the job on a long queue
_WINDOW = 64  # records per worker read past the oldest unfinished one (a slow record holds
#               back the output, not the other workers)
_ROW_KEYS = tuple(Article().to_dict())
_CLEANERS = {"auto": clean, "html": clean_html, "text": clean_text}


@dataclass(frozen=True)
class Result:
    """The outcome of cleaning one record: an `Article` or the error that stopped it.

    Example:
        >>> import newsclean
        >>> r = newsclean.clean_record({"id": "a1", "text": "Headline\\n\\nShort body."})
        >>> r.id, r.ok, r.article.title, r.error
        ('a1', True, 'Headline', None)
        >>> bad = newsclean.clean_record({"id": 7, "text": b"%PDF-1.7"})
        >>> bad.ok, bad.error_type, bad.to_row()["title"]
        (False, 'NotAPageError', None)

    Attributes:
        index: the record's position in the input, from 0.
        id: the record's ``id`` field when it has one, else `index`.
        article: the cleaned article, or None when the record failed.
        error: the error message when the record failed, else None.
        error_type: the error's class name (``"NotAPageError"``, ``"RecordTimeoutError"``,
            ``"MemoryError"``, ``"WorkerCrashError"``...), else None.
    """

    index: int
    id: Any
    article: Article | None = None
    error: str | None = None
    error_type: str | None = None

    @property
    def ok(self) -> bool:
        """True when the record gave an article."""
        return self.article is not None

    def to_row(self) -> dict[str, Any]:
        """One output row: ``id``, the `Article.to_dict` fields (None on error), ``error``,
        ``error_type``; the same keys in the same order for every record.

        Example:
            >>> import newsclean
            >>> row = newsclean.clean_record("Headline\\n\\nBody.").to_row()
            >>> list(row)[:3], list(row)[-2:]
            (['id', 'title', 'subtitle'], ['error', 'error_type'])
        """
        article = self.article.to_dict() if self.article is not None else dict.fromkeys(_ROW_KEYS)
        return {"id": self.id, **article, "error": self.error, "error_type": self.error_type}


class RecordError(NewscleanError):
    """A record failed under ``on_error="raise"``; `result` holds its id and the cause.

    Example:
        >>> import newsclean
        >>> try:
        ...     list(newsclean.clean_many([b"%PDF-1.7"], workers=0, on_error="raise"))
        ... except newsclean.RecordError as error:
        ...     print(error.result.error_type)
        NotAPageError
    """

    def __init__(self, result: Result) -> None:
        super().__init__(f"record {result.id!r} (#{result.index}): {result.error_type}: {result.error}")
        self.result = result


class RawRecord(ABC):
    """A record still in its input's encoding (a JSON line's bytes, a WARC body), decoded where
    it is cleaned: in a worker, so that the parent process, which feeds every worker, does not
    parse the records.

    `clean_many` and `clean_record` accept one wherever they accept a record; a record that
    cannot be decoded gives a failed `Result` with the `fallback_id`.
    """

    @property
    @abstractmethod
    def fallback_id(self) -> Any:
        """The record's id when it cannot be decoded: where it is in its input."""

    @abstractmethod
    def decode(self) -> Record:
        """The record; raises ``ValueError`` (saying where the record is) when it is malformed."""


@dataclass(frozen=True)
class _Task:
    """A record reduced to what the cleaner needs: which cleaner, the page, and the hints."""

    index: int
    id: Any
    kind: str  # "html", "text" or "auto"
    page: str | bytes
    url: str | None
    fetched_at: datetime | None


def clean_record(
    record: Record | RawRecord, *, options: CleanOptions | None = None, index: int = 0
) -> Result:
    """Clean one record in this process and return its `Result` (never raises for bad input).

    A record is a ``str`` or ``bytes`` page (HTML or a text dump, sniffed), or a mapping with
    one of ``html`` (cleaned by `clean_html`), ``text`` (`clean_text`) or ``page`` (sniffed,
    `clean`) and optional ``url``, ``fetched_at`` (a datetime or ISO 8601 string) and ``id``.

    Example:
        >>> import newsclean
        >>> r = newsclean.clean_record({"text": "Headline\\n\\nBody.", "url": "https://x.org/a"})
        >>> r.article.title, r.article.url
        ('Headline', 'https://x.org/a')
    """
    task = _prepare(index, record)
    return task if isinstance(task, Result) else _run(task, options)


def clean_many(
    records: Iterable[Record],
    *,
    workers: int | None = None,
    on_error: OnError = "record",
    options: CleanOptions | None = None,
    time_limit: float | None = 60.0,
    memory_limit: int | None = 2 << 30,
) -> Iterator[Result]:
    """Clean a stream of records and yield one `Result` per record, in input order.

    The input is read lazily: at most a few records per worker are in flight at any time, and
    at most 64 results per worker wait for a slower earlier record, so memory stays bounded on
    inputs of any size. `workers` is the number of worker processes
    (default: every core); ``workers=0`` cleans in this process (no time or memory limit, no
    process start-up; what a Spark or Dask task wants). A worker whose record runs past
    `time_limit` seconds is killed and replaced and the record gives a ``RecordTimeoutError``;
    a record that needs more than `memory_limit` bytes of address space gives ``MemoryError``;
    a worker that dies gives ``WorkerCrashError``. `on_error` decides what happens to a failed
    record: ``"record"`` yields it with its error, ``"skip"`` leaves it out, ``"raise"`` raises
    `RecordError` at its place in the output.

    Worker processes are started with the ``forkserver`` method (``spawn`` where that is
    missing), so a script that calls `clean_many` needs the usual
    ``if __name__ == "__main__":`` guard.

    Example:
        >>> import newsclean
        >>> pages = [{"id": "a", "text": "First\\n\\nOne body."}, b"%PDF-1.4", "Second\\n\\nTwo."]
        >>> [(r.id, r.article.title if r.ok else r.error_type)
        ...  for r in newsclean.clean_many(pages, workers=0)]
        [('a', 'First'), (1, 'NotAPageError'), (2, 'Second')]
    """
    check_on_error(on_error)
    count = worker_count(workers)
    return _apply_policy(stream(records, count, options, time_limit, memory_limit, _same), on_error)


def check_on_error(on_error: str) -> None:
    if on_error not in _ON_ERROR:
        raise ValueError(f"on_error must be one of {', '.join(_ON_ERROR)}, not {on_error!r}")


def worker_count(workers: int | None) -> int:
    count = (os.cpu_count() or 1) if workers is None else workers
    if count < 0:
        raise ValueError(f"workers must be 0 or more, not {count}")
    return count


def stream(
    records: Iterable[Record | RawRecord],
    workers: int,
    options: CleanOptions | None,
    time_limit: float | None,
    memory_limit: int | None,
    shape: Callable[[Result], Shaped],
) -> Generator[Shaped, None, None]:
    """`clean_many`'s results, in input order, each passed through `shape` where it was made
    (in a worker, for a result that a worker made: `shape` must pickle, as a module-level
    function or a `functools.partial` of one does)."""
    if workers == 0:
        return (shape(clean_record(record, options=options, index=i)) for i, record in enumerate(records))
    return _Pool(workers, options, time_limit, memory_limit, shape).run(records)


def _same(result: Result) -> Result:
    return result


def _apply_policy(results: Generator[Result, None, None], on_error: OnError) -> Iterator[Result]:
    try:
        for result in results:
            if result.ok or on_error == "record":
                yield result
            elif on_error == "raise":
                raise RecordError(result)
    finally:
        results.close()  # stops the workers when the caller stops early


def _record_id(index: int, record: object) -> Any:
    if isinstance(record, Mapping) and record.get("id") is not None:
        return record["id"]
    return index


def _prepare(index: int, record: object) -> _Task | Result:
    """The task for a record, or the failed result of a record that is not one."""
    if isinstance(record, RawRecord):
        try:
            return _prepare(index, record.decode())
        except (TypeError, ValueError, MemoryError, RecursionError) as error:
            return _failure(index, record.fallback_id, error)
    try:
        return _task(index, record)
    except (TypeError, ValueError) as error:
        return _failure(index, _record_id(index, record), error)


def _task(index: int, record: object) -> _Task:
    if isinstance(record, str | bytes):
        return _Task(index, index, "auto", record, None, None)
    if not isinstance(record, Mapping):
        raise TypeError(f"a record is a str, bytes or mapping, not {type(record).__name__}")
    fields = [k for k in ("html", "text", "page") if record.get(k) is not None]
    if len(fields) != 1:
        raise ValueError("a record mapping needs exactly one of 'html', 'text' and 'page'")
    page = record[fields[0]]
    if not isinstance(page, str | bytes):
        raise TypeError(f"the {fields[0]!r} field is a str or bytes, not {type(page).__name__}")
    url = record.get("url")
    return _Task(
        index,
        _record_id(index, record),
        "auto" if fields[0] == "page" else fields[0],
        page,
        str(url) if url else None,
        _fetched_at(record.get("fetched_at")),
    )


def _fetched_at(value: object) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return None
        return datetime.fromisoformat(text[:-1] + "+00:00" if text.endswith(("Z", "z")) else text)
    raise TypeError(f"fetched_at is a datetime or ISO 8601 string, not {type(value).__name__}")


def _run(task: _Task, options: CleanOptions | None) -> Result:
    try:
        article = _clean(task, options)
    except (NewscleanError, ValueError, TypeError, MemoryError, RecursionError) as error:
        return _failure(task.index, task.id, error)
    return Result(task.index, task.id, article)


def _clean(task: _Task, options: CleanOptions | None) -> Article:
    cleaner = _CLEANERS[task.kind]
    return cleaner(task.page, url=task.url, fetched_at=task.fetched_at, options=options)


def _failure(index: int, record_id: Any, error: BaseException) -> Result:
    return Result(index, record_id, None, str(error) or type(error).__name__, type(error).__name__)


def _worker(
    tasks_in: Connection,
    results_out: Connection,
    options: CleanOptions | None,
    memory_limit: int | None,
    shape: Callable[[Result], Any],
) -> None:
    """A worker process: clean the chunks it is sent and answer one shaped result per record.

    A chunk is a list of ``(index, _Task or RawRecord)``; the worker decodes its raw records
    first and tells the parent their ids (a dict), so that a record that then times out or
    crashes the worker is reported under its own id. A thread reads the task pipe all the
    time, so the parent's send never waits on a worker that is itself waiting to send a large
    result (the parent bounds how much is queued).
    """
    inbox: queue.SimpleQueue[list[tuple[int, _Task | RawRecord]] | None] = queue.SimpleQueue()

    def receive() -> None:
        while True:
            try:
                message: list[tuple[int, _Task | RawRecord]] | None = tasks_in.recv()
            except Exception:  # closed, or no memory for the message: the worker ends
                message = None
            inbox.put(message)
            if message is None:
                return

    threading.Thread(target=receive, daemon=True).start()
    if memory_limit is not None and sys.platform != "win32":
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (memory_limit, memory_limit))
    results_out.send(None)  # started: a worker that dies before this could not start at all
    while (chunk := inbox.get()) is not None:
        tasks = [p if isinstance(p, _Task) else _prepare(index, p) for index, p in chunk]
        ids = {t.index: t.id for t, (_, p) in zip(tasks, chunk, strict=True) if isinstance(p, RawRecord)}
        if ids:
            results_out.send(ids)
        for task in tasks:
            result = task if isinstance(task, Result) else _run(task, options)
            results_out.send((result.index, shape(result)))


@dataclass
class _Job:
    """A record handed to a worker: its position, its id (once known), what was sent, when."""

    index: int
    id: Any
    payload: _Task | RawRecord
    sent: float = 0.0


@dataclass
class _Worker:
    process: BaseProcess
    tasks: Connection
    conn: Connection  # results
    queued: deque[_Job] = field(default_factory=deque)
    last_answer: float = 0.0
    closed: bool = False  # its result pipe reached end of file: the process is gone
    started_up: bool = False  # it said it is ready

    def started(self) -> float:
        """When the task the worker is on now started (as well as the parent can tell)."""
        return max(self.queued[0].sent, self.last_answer)

    def send(self, chunk: list[_Job]) -> None:
        """Queue jobs and send them; a worker that died meanwhile is found and replaced by
        `_Pool._collect`."""
        now = time.monotonic()
        if not self.queued:
            self.last_answer = now
        for job in chunk:
            job.sent = now
        self.queued.extend(chunk)
        with contextlib.suppress(OSError):
            self.tasks.send([(job.index, job.payload) for job in chunk])


class _Pool(Generic[Shaped]):
    """Worker processes fed in chunks, watched for time, crashes and memory by the parent."""

    def __init__(
        self,
        count: int,
        options: CleanOptions | None,
        time_limit: float | None,
        memory_limit: int | None,
        shape: Callable[[Result], Shaped],
    ) -> None:
        self.count = count
        self.options = options
        self.time_limit = time_limit
        self.memory_limit = memory_limit
        self.shape = shape
        self.context = _context()
        self.workers: list[_Worker] = []

    def run(self, records: Iterable[Record | RawRecord]) -> Generator[Shaped, None, None]:
        source = iter(records)
        done: dict[int, Shaped] = {}
        waiting: deque[_Job] = deque()
        next_index = 0  # the next input position to read
        next_out = 0  # the next position to yield
        window = self.count * _WINDOW
        exhausted = False
        try:
            self.workers = [self._start() for _ in range(self.count)]
            while True:
                while not exhausted and next_index - next_out < window and len(waiting) < self.count * _CHUNK:
                    try:
                        record = next(source)
                    except StopIteration:
                        exhausted = True
                        break
                    job = self._job(next_index, record)
                    if isinstance(job, _Job):
                        waiting.append(job)
                    else:
                        done[next_index] = job
                    next_index += 1
                self._dispatch(waiting)
                while next_out in done:
                    yield done.pop(next_out)
                    next_out += 1
                if exhausted and next_out == next_index:
                    return
                self._collect(done)
        finally:
            self._stop()

    def _job(self, index: int, record: Record | RawRecord) -> _Job | Shaped:
        """A job for a worker, or the shaped failure of a record that is not one. A raw record
        goes as it is: its worker decodes it."""
        if isinstance(record, RawRecord):
            return _Job(index, record.fallback_id, record)
        task = _prepare(index, record)
        if isinstance(task, Result):
            return self.shape(task)
        return _Job(index, task.id, task)

    def _start(self) -> _Worker:
        tasks_in, tasks_out = self.context.Pipe(duplex=False)
        results_in, results_out = self.context.Pipe(duplex=False)
        process = self.context.Process(
            target=_worker,
            args=(tasks_in, results_out, self.options, self.memory_limit, self.shape),
            daemon=True,
        )
        process.start()
        tasks_in.close()
        results_out.close()
        return _Worker(process, tasks_out, results_in, last_answer=time.monotonic())

    def _dispatch(self, waiting: deque[_Job]) -> None:
        for worker in sorted(self.workers, key=lambda w: len(w.queued)):
            while waiting and len(worker.queued) <= _CHUNK * _AHEAD - _CHUNK:
                worker.send([waiting.popleft() for _ in range(min(_CHUNK, len(waiting)))])

    def _collect(self, done: dict[int, Shaped]) -> None:
        busy = [w for w in self.workers if w.queued]
        if not busy:
            return
        timeout = None
        if self.time_limit is not None:
            now = time.monotonic()
            timeout = max(0.0, min(w.started() for w in busy) + self.time_limit - now)
        ready = wait([w.conn for w in busy] + [w.process.sentinel for w in busy], timeout)
        for worker in busy:
            if worker.conn in ready:
                self._receive(worker, done)
        now = time.monotonic()
        for position, worker in enumerate(self.workers):
            if not worker.queued:
                continue
            if worker.closed or (worker.process.sentinel in ready and not worker.conn.poll()):
                worker.process.join(1.0)
                code = worker.process.exitcode
                if not worker.started_up:
                    raise RuntimeError(
                        f"a worker process could not start (exit code {code}); a script that calls "
                        "clean_many must be importable and run it under if __name__ == '__main__' "
                        "(or use workers=0)"
                    )
                self._replace(position, done, "WorkerCrashError", f"the worker died (exit code {code})")
            elif self.time_limit is not None and now - worker.started() > self.time_limit:
                limit = f"{self.time_limit:g}"
                self._replace(position, done, "RecordTimeoutError", f"cleaning took over {limit} s")

    def _receive(self, worker: _Worker, done: dict[int, Shaped]) -> None:
        """Take one message from a worker whose pipe is ready (the next `wait` sees the rest:
        a message each is fewer system calls than polling the pipe until it is empty)."""
        try:
            message: tuple[int, Shaped] | dict[int, Any] | None = worker.conn.recv()
        except (EOFError, OSError):
            worker.closed = True
            return
        if message is None:  # its start-up does not count against its first record's time
            worker.started_up = True
            worker.last_answer = time.monotonic()
        elif isinstance(message, dict):  # the ids of the raw records it just decoded
            for job in worker.queued:
                job.id = message.get(job.index, job.id)
        else:
            worker.queued.popleft()
            worker.last_answer = time.monotonic()
            done[message[0]] = message[1]

    def _replace(self, position: int, done: dict[int, Shaped], error_type: str, message: str) -> None:
        """Kill a stuck or dead worker, charge its current task, and requeue the rest."""
        old = self.workers[position]
        old.process.kill()
        old.process.join()
        old.conn.close()
        old.tasks.close()
        job = old.queued.popleft()
        done[job.index] = self.shape(Result(job.index, job.id, None, message, error_type))
        new = self._start()
        self.workers[position] = new
        rest = list(old.queued)
        for start in range(0, len(rest), _CHUNK):
            new.send(rest[start : start + _CHUNK])

    def _stop(self) -> None:
        """Let idle workers exit; kill those still holding tasks (the caller stopped early)."""
        for worker in self.workers:
            if worker.queued:
                worker.process.kill()
            else:
                with contextlib.suppress(OSError):
                    worker.tasks.send(None)
        deadline = time.monotonic() + 5
        for worker in self.workers:
            worker.process.join(max(0.0, deadline - time.monotonic()))
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join()
            worker.conn.close()
            worker.tasks.close()
        self.workers = []


def _context() -> ForkServerContext | SpawnContext:
    if "forkserver" in multiprocessing.get_all_start_methods():
        forkserver = multiprocessing.get_context("forkserver")
        forkserver.set_forkserver_preload(["newsclean"])
        return forkserver
    return multiprocessing.get_context("spawn")
