"""A crash-safe batch job: inputs → `clean_many` → an output file, written in atomic parts.

While the job runs, results go to ``OUTPUT.parts/``: every `part_size` input records make one
part file, written under a temporary name, flushed to disk and renamed, and only then listed in
``OUTPUT.parts/manifest.jsonl`` (one line per part, also flushed). A part that is not in the
manifest does not exist for the job. After a crash (even ``kill -9``), ``resume=True`` keeps the
listed parts, skips their input records and goes on; at the end the parts are joined into the
output (under a temporary name, then renamed) and the parts folder is removed. Parts always
start at a multiple of `part_size`, so a resumed job writes exactly the output an
uninterrupted one writes.

The workers send each result back as its output row, already encoded (a `_Row`), so the
process writing the parts only counts and copies bytes.
"""

from __future__ import annotations

import contextlib
import functools
import itertools
import json
import os
import shutil
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from . import io
from ._batch import OnError, RecordError, Result, check_on_error, stream, worker_count
from ._options import CleanOptions

__all__ = ["BatchStateError", "BatchSummary", "run_batch"]

_MANIFEST = "manifest.jsonl"
_VERSION = 1


@dataclass(frozen=True)
class BatchSummary:
    """What a batch job did: counts over the whole output and the speed of this run.

    Example:
        >>> from newsclean import BatchSummary
        >>> print(BatchSummary(records=10, with_text=8, errors=1, cleaned=10, elapsed=2.0))
        records 10, articles with text 8, errors 1, 5.0 pages/s, elapsed 2.0 s

    Attributes:
        records: input records in the output (or skipped for an error), this run and before.
        with_text: records that gave an article with non-empty text.
        errors: records that failed (written with their error, or skipped).
        cleaned: records cleaned by this run (fewer than `records` after a resume).
        elapsed: seconds this run took.
        complete_before: a resumed job whose output was already complete (nothing was done).
    """

    records: int
    with_text: int
    errors: int
    cleaned: int
    elapsed: float
    complete_before: bool = False

    @property
    def pages_per_second(self) -> float:
        """Records cleaned by this run per second."""
        return self.cleaned / self.elapsed if self.elapsed > 0 else 0.0

    def __str__(self) -> str:
        return (
            f"records {self.records}, articles with text {self.with_text}, errors {self.errors}, "
            f"{self.pages_per_second:.1f} pages/s, elapsed {self.elapsed:.1f} s"
        )


@dataclass(frozen=True)
class _Row:
    """A result as the job stores it: its output row, encoded, and what the summary counts."""

    index: int
    id: Any
    ok: bool
    with_text: bool
    error: str | None
    error_type: str | None
    data: Any  # what `io._row_encoder` made: a JSON line (bytes) or an Arrow row (dict)

    def result(self) -> Result:
        """The result without its article (enough for a `RecordError`)."""
        return Result(self.index, self.id, None, self.error, self.error_type)


def _row(encode: Callable[[Result], Any], result: Result) -> _Row:
    with_text = result.article is not None and bool(result.article.text)
    data = encode(result)
    return _Row(result.index, result.id, result.ok, with_text, result.error, result.error_type, data)


class BatchStateError(FileExistsError):
    """The parts folder of an unfinished job is in the way, or belongs to another job."""


def run_batch(
    inputs: Sequence[str | os.PathLike[str]],
    output: str | os.PathLike[str],
    *,
    input_format: str | None = None,
    output_format: str | None = None,
    fields: io.FieldNames | None = None,
    workers: int | None = None,
    on_error: OnError = "record",
    options: CleanOptions | None = None,
    time_limit: float | None = 60.0,
    memory_limit: int | None = 2 << 30,
    resume: bool = False,
    part_size: int = 1000,
    progress: bool = False,
) -> BatchSummary:
    """Clean every record of `inputs` into `output` (JSON Lines or Parquet), crash-safely.

    The arguments are those of `newsclean.io.read_records`, `newsclean.clean_many` and
    `newsclean.io.write_results`. With ``resume=True`` an interrupted job (its
    ``OUTPUT.parts/`` folder) is finished from its last committed part; without it, that folder
    raises `FileExistsError`. `progress` shows a tqdm bar on standard error (the ``progress``
    extra). With ``on_error="skip"`` failed records are counted but get no row.

    Example:
        >>> import json, pathlib, tempfile, newsclean
        >>> folder = pathlib.Path(tempfile.mkdtemp())
        >>> _ = (folder / "in.jsonl").write_text("".join(
        ...     json.dumps({"id": i, "text": f"Title {i}\\n\\nA body."}) + "\\n" for i in range(5)))
        >>> summary = newsclean.run_batch([folder / "in.jsonl"], folder / "out.jsonl", workers=0)
        >>> summary.records, summary.errors, len((folder / "out.jsonl").read_text().splitlines())
        (5, 0, 5)
    """
    if part_size < 1:
        raise ValueError(f"part_size must be 1 or more, not {part_size}")
    check_on_error(on_error)
    count = worker_count(workers)
    started = time.monotonic()
    target = Path(output)
    kind = output_format or io.output_format(target)
    header = {
        "version": _VERSION,
        "inputs": [os.path.abspath(p) for p in inputs],
        "input_format": input_format,
        "output_format": kind,
        "part_size": part_size,
        "fields": vars(fields or io.FieldNames()),
        "skip_errors": on_error == "skip",  # "raise" and "record" write the same parts
    }
    parts = _Parts(target, kind, header)
    if resume and not parts.folder.exists() and target.exists():
        return BatchSummary(0, 0, 0, 0, time.monotonic() - started, complete_before=True)
    committed = parts.open(resume)
    done = sum(p["count"] for p in committed)
    totals = [sum(p[k] for p in committed) for k in ("with_text", "errors")]
    # With workers, each reads its JSON lines from the file itself.
    source = io._read_raw(inputs, format=input_format, fields=fields, by_offset=count > 0)
    records = itertools.islice(source, done, None)
    shape = functools.partial(_row, io._row_encoder(kind))
    rows = stream(records, count, options, time_limit, memory_limit, shape)
    bar = _progress_bar(progress, done)
    cleaned = 0
    try:
        for chunk in _chunks(rows, part_size):
            errors = sum(1 for r in chunk if not r.ok)
            if on_error == "raise" and errors:
                raise RecordError(next(r.result() for r in chunk if not r.ok))
            with_text = sum(1 for r in chunk if r.with_text)
            kept = [r.data for r in chunk if r.ok or on_error == "record"]
            parts.commit(kept, count=len(chunk), with_text=with_text, errors=errors)
            cleaned += len(chunk)
            totals[0] += with_text
            totals[1] += errors
            if bar is not None:
                bar.update(len(chunk))
    finally:
        rows.close()  # stops the workers when the job stops early
        if bar is not None:
            bar.close()
    parts.finish()
    return BatchSummary(done + cleaned, totals[0], totals[1], cleaned, time.monotonic() - started)


def _chunks(rows: Iterator[_Row], size: int) -> Iterator[list[_Row]]:
    while chunk := list(itertools.islice(rows, size)):
        yield chunk


def _progress_bar(progress: bool, done: int) -> Any:
    if not progress:
        return None
    tqdm = io.require("tqdm", "progress")
    return tqdm.tqdm(initial=done, unit=" pages", smoothing=0.1, mininterval=0.5)


class _Parts:
    """The parts folder of one job: committed parts, listed in order in the manifest."""

    def __init__(self, output: Path, kind: str, header: dict[str, Any]) -> None:
        self.output = output
        self.kind = kind
        self.header = header
        self.folder = output.with_name(output.name + ".parts")
        self.manifest = self.folder / _MANIFEST
        self.committed: list[dict[str, Any]] = []

    def open(self, resume: bool) -> list[dict[str, Any]]:
        """Start a job (or, with `resume`, take up the committed parts of an earlier one)."""
        if self.folder.exists():
            if not resume:
                raise BatchStateError(
                    f"{self.folder} holds an unfinished job: pass --resume (resume=True) to finish "
                    "it, or delete the folder to start again"
                )
            self.committed = self._read_manifest()
        else:
            self.folder.mkdir(parents=True)
            _write_line(self.manifest, self.header, "wb")
        listed = {p["part"] for p in self.committed} | {_MANIFEST}
        for leftover in self.folder.iterdir():  # parts written but never listed: a crash
            if leftover.name not in listed:
                leftover.unlink()
        return self.committed

    def _read_manifest(self) -> list[dict[str, Any]]:
        good = 0
        entries: list[dict[str, Any]] = []
        with open(self.manifest, "rb") as handle:
            for number, line in enumerate(handle):
                if not line.endswith(b"\n"):
                    break  # torn last line: its part was never committed
                try:
                    entry = json.loads(line)
                except ValueError:
                    break
                if number == 0:
                    if entry != self.header:
                        raise BatchStateError(
                            f"{self.folder} belongs to a different job (inputs or settings differ); "
                            "delete it to start again"
                        )
                elif not (self.folder / entry["part"]).exists():
                    break
                else:
                    entries.append(entry)
                good += len(line)
        if good == 0:
            raise BatchStateError(f"{self.manifest} is empty or damaged; delete {self.folder}")
        with open(self.manifest, "r+b") as handle:
            handle.truncate(good)
        return entries

    def commit(self, rows: list[Any], *, count: int, with_text: int, errors: int) -> None:
        """Write one part (rows made by `io._row_encoder`) atomically, then list it in the manifest."""
        name = f"part-{len(self.committed):06d}.{self.kind}"
        temporary = self.folder / (name + ".tmp")
        io._write_rows(rows, str(temporary), self.kind)
        _sync(temporary)
        os.replace(temporary, self.folder / name)
        _sync_folder(self.folder)
        entry = {"part": name, "count": count, "rows": len(rows), "with_text": with_text, "errors": errors}
        _write_line(self.manifest, entry, "ab")
        self.committed.append(entry)

    def finish(self) -> None:
        """Join the parts into the output (atomically) and remove the parts folder."""
        temporary = self.output.with_name(f".tmp.{self.output.name}")  # same suffixes: same codec
        files = [self.folder / p["part"] for p in self.committed]
        if self.kind == "jsonl":
            with io.open_binary(str(temporary), "wb") as out:
                for file in files:
                    with open(file, "rb") as part:
                        shutil.copyfileobj(part, out)
        else:
            parquet = io.require("pyarrow.parquet", "parquet")
            with parquet.ParquetWriter(str(temporary), io.result_schema()) as writer:
                for file in files:
                    writer.write_table(parquet.read_table(file, schema=io.result_schema()))
        _sync(temporary)
        os.replace(temporary, self.output)
        _sync_folder(self.output.parent)
        shutil.rmtree(self.folder)


def _write_line(path: Path, entry: dict[str, Any], mode: str) -> None:
    with open(path, mode) as handle:
        handle.write(json.dumps(entry, sort_keys=True).encode("utf-8") + b"\n")
        _flush(handle)


def _flush(handle: IO[bytes]) -> None:
    handle.flush()
    os.fsync(handle.fileno())


def _sync(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def _sync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not every system can open a folder
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
