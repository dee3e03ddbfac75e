"""Readers and writers for batch cleaning: JSON Lines, CSV, Parquet, files, WARC and WET.

Readers turn an input into a stream of records for `newsclean.clean_many` (mappings with
``id``, ``html`` or ``text``, ``url`` and ``fetched_at``); writers store its results, one row
per record: ``id``, the `Article.to_dict` fields and ``error``, ``error_type``. Everything
streams: no reader or writer holds more than one batch of rows in memory.

Heavy libraries are optional extras, imported only when a format needs them: ``pyarrow``
(``newsclean[parquet]``), ``zstandard`` (``newsclean[zstd]``), ``warcio``
(``newsclean[warc]``), ``pandas`` (``newsclean[pandas]``). A missing one raises
`MissingExtraError` naming the extra to install.

Example:
    >>> import json, pathlib, tempfile, newsclean
    >>> from newsclean import io
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "in.jsonl").write_text(json.dumps({"id": "p1", "text": "Hello\\n\\nWorld."}) + "\\n")
    >>> rows = io.write_results(newsclean.clean_many(io.read_records(folder / "in.jsonl"), workers=0),
    ...                         folder / "out.jsonl")
    >>> rows, json.loads((folder / "out.jsonl").read_text())["title"]
    (1, 'Hello')
"""

from __future__ import annotations

import codecs
import csv
import glob
import gzip
import importlib
import io as _stdio
import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, fields
from pathlib import Path
from types import ModuleType
from typing import IO, Any, cast

from ._article import Article
from ._batch import RawRecord, Record, Result, clean_record
from ._errors import NewscleanError
from ._options import CleanOptions

__all__ = [
    "INPUT_FORMATS",
    "OUTPUT_FORMATS",
    "RESULT_COLUMNS",
    "FieldNames",
    "MissingExtraError",
    "clean_arrow",
    "clean_frame",
    "input_format",
    "open_binary",
    "output_format",
    "read_records",
    "require",
    "result_schema",
    "write_jsonl_rows",
    "write_results",
]

INPUT_FORMATS = ("jsonl", "csv", "parquet", "files", "warc")
OUTPUT_FORMATS = ("jsonl", "parquet")
#: The output columns, in order.
RESULT_COLUMNS = ("id", *(field.name for field in fields(Article)), "error", "error_type")

_PAGE_SUFFIXES = {".html": "html", ".htm": "html", ".xhtml": "html", ".txt": "text"}
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_BATCH_ROWS = 256
_COMPRESSED = (".gz", ".zst")
_BUFFER = 1 << 20  # pages are long lines: reading them through 8 kB buffers costs 4 times as much
_GLOB_CHARS = frozenset("*?[")
_KIND_FIELD = {"html": "html", "text": "text", "auto": "page"}


class MissingExtraError(NewscleanError, ImportError):
    """An optional library that a format or feature needs is not installed.

    Example:
        >>> import newsclean.io
        >>> str(newsclean.io.MissingExtraError("pyarrow", "parquet"))
        "this needs pyarrow: pip install 'newsclean[parquet]'"
    """

    def __init__(self, module: str, extra: str) -> None:
        super().__init__(f"this needs {module}: pip install 'newsclean[{extra}]'")
        self.module = module
        self.extra = extra


def require(module: str, extra: str) -> ModuleType:
    """Import an optional module or raise `MissingExtraError` naming its extra.

    Example:
        >>> from newsclean.io import require
        >>> require("json", "none").dumps([1])
        '[1]'
    """
    try:
        return importlib.import_module(module)
    except ImportError as error:
        raise MissingExtraError(module.split(".")[0], extra) from error


@dataclass(frozen=True)
class FieldNames:
    """Which input columns hold the page, its URL, its fetch time and its id.

    Example:
        >>> from newsclean.io import FieldNames
        >>> FieldNames(html="content", id="doc_id").html
        'content'
    """

    text: str = "text"
    html: str = "html"
    url: str = "url"
    id: str = "id"
    fetched_at: str = "fetched_at"

    def record(self, row: dict[str, Any], default_id: str) -> dict[str, Any]:
        """A `clean_many` record from one input row (empty strings count as missing)."""

        def get(name: str) -> Any:
            value = row.get(name)
            return None if value == "" else value

        record_id = get(self.id)
        record: dict[str, Any] = {"id": default_id if record_id is None else record_id}
        html, text = get(self.html), get(self.text)
        if html is not None:
            record["html"] = html
        elif text is not None:
            record["text"] = text
        record["url"] = get(self.url)
        record["fetched_at"] = get(self.fetched_at)
        return record


def input_format(path: str | os.PathLike[str]) -> str:
    """The input format that a path's name implies (see `INPUT_FORMATS`).

    Example:
        >>> from newsclean.io import input_format
        >>> [input_format(p) for p in ("a.jsonl.zst", "b.csv", "c.warc.wet.gz", "pages/*.html")]
        ['jsonl', 'csv', 'warc', 'files']
    """
    name = os.fspath(path)
    if os.path.isdir(name) or _GLOB_CHARS & set(name) or Path(name).suffix.lower() in _PAGE_SUFFIXES:
        return "files"
    suffixes = [s.lower() for s in Path(name).suffixes if s.lower() not in (".gz", ".zst")]
    for suffix in reversed(suffixes):
        found = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl", ".csv": "csv"}.get(suffix)
        found = found or {".parquet": "parquet", ".warc": "warc", ".wet": "warc", ".arc": "warc"}.get(suffix)
        if found:
            return found
    raise ValueError(f"cannot tell the format of {name!r} from its name; give it explicitly")


def output_format(path: str | os.PathLike[str]) -> str:
    """The output format that a path's name implies (see `OUTPUT_FORMATS`).

    Example:
        >>> from newsclean.io import output_format
        >>> output_format("clean.parquet"), output_format("clean.jsonl.gz")
        ('parquet', 'jsonl')
    """
    found = input_format(path)
    if found not in OUTPUT_FORMATS:
        raise ValueError(f"{os.fspath(path)!r}: outputs are JSON Lines or Parquet, not {found}")
    return found


def read_records(
    paths: str | os.PathLike[str] | Sequence[str | os.PathLike[str]],
    *,
    format: str | None = None,
    fields: FieldNames | None = None,
) -> Iterator[dict[str, Any]]:
    """Stream the records of one or more inputs, in order, as `clean_many` records.

    `format` is one of `INPUT_FORMATS` (default: from each path's name). ``files`` is a
    directory (searched recursively) or a glob of ``.html``/``.txt`` files, read in sorted
    order; ``warc`` reads WARC response records (HTML, decoded with the HTTP header's charset)
    and WET conversion records (text; Common Crawl's ``.warc.wet.gz``), with the
    WARC-Target-URI as ``url`` and the WARC-Date as ``fetched_at``. A record without an id
    gets ``"NAME:N"`` (the file name and the record's position in it) or, for files, the path.

    Example:
        >>> import pathlib, tempfile
        >>> from newsclean.io import read_records, FieldNames
        >>> folder = pathlib.Path(tempfile.mkdtemp())
        >>> _ = (folder / "in.csv").write_text("body,link\\nSome page,https://x.org/a\\n")
        >>> list(read_records(folder / "in.csv", fields=FieldNames(text="body", url="link")))
        [{'id': 'in.csv:0', 'text': 'Some page', 'url': 'https://x.org/a', 'fetched_at': None}]
    """
    for record in _read_raw(paths, format=format, fields=fields):
        yield cast(dict[str, Any], record.decode() if isinstance(record, RawRecord) else record)


def _read_raw(
    paths: str | os.PathLike[str] | Sequence[str | os.PathLike[str]],
    *,
    format: str | None = None,
    fields: FieldNames | None = None,
    by_offset: bool = False,
) -> Iterator[dict[str, Any] | RawRecord]:
    """`read_records` for `clean_many`'s worker processes: JSON lines and WARC bodies come as
    `RawRecord`s that the worker cleaning each one decodes, so the process reading the input
    does not parse them. A malformed line is then not an exception here but a failed result
    (its error names the file and the line) at its place in the output. With `by_offset`, a
    line of a plain file is only where it is: its worker reads it."""
    names = [paths] if isinstance(paths, str | os.PathLike) else list(paths)
    fields = fields or FieldNames()
    for path in names:
        kind = format or input_format(path)
        if kind == "jsonl":
            yield from _read_jsonl(os.fspath(path), fields, by_offset)
            continue
        reader = _READERS.get(kind)
        if reader is None:
            raise ValueError(f"unknown input format {kind!r}; one of {', '.join(INPUT_FORMATS)}")
        yield from reader(os.fspath(path), fields)


@dataclass(frozen=True)
class _JsonLine(RawRecord):
    """One line of a JSON Lines file: its bytes, or where they are in a plain file (`offset`,
    `size`), for a worker to read there, so the process feeding the workers copies no page."""

    path: str
    number: int  # from 1
    fields: FieldNames
    line: bytes | None  # None: `size` bytes at `offset`
    offset: int = 0
    size: int = 0

    @property
    def fallback_id(self) -> str:
        return f"{Path(self.path).name}:{self.number - 1}"

    def decode(self) -> Record:
        try:
            row = json.loads(self._bytes())
        except ValueError as error:
            raise ValueError(f"{self.path}, line {self.number}: not JSON ({error})") from None
        if isinstance(row, dict):
            return self.fields.record(row, self.fallback_id)
        return {"id": self.fallback_id, "page": row}  # a bare page: sniffed; anything else fails

    def _bytes(self) -> bytes:
        if self.line is not None:
            return self.line
        with open(self.path, "rb") as handle:
            handle.seek(self.offset)
            return handle.read(self.size)


def _read_jsonl(path: str, fields: FieldNames, by_offset: bool) -> Iterator[RawRecord]:
    """The lines of a JSON Lines file; with `by_offset`, those of a plain (not compressed,
    not a pipe) file without their bytes."""
    by_offset = by_offset and not path.lower().endswith(_COMPRESSED) and os.path.isfile(path)
    offset = 0
    with open_binary(path, "rb") as handle:
        for number, line in enumerate(handle, 1):
            if not line.isspace():
                if by_offset:
                    yield _JsonLine(path, number, fields, None, offset, len(line))
                else:
                    yield _JsonLine(path, number, fields, line)
            offset += len(line)


def _read_csv(path: str, fields: FieldNames) -> Iterator[dict[str, Any]]:
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # pages are far longer than the 128 kB default
    name = Path(path).name
    with _open_text(path, newline="") as handle:
        for number, row in enumerate(csv.DictReader(handle)):
            yield fields.record(row, f"{name}:{number}")


def _read_parquet(path: str, fields: FieldNames) -> Iterator[dict[str, Any]]:
    parquet = require("pyarrow.parquet", "parquet")
    name = Path(path).name
    source = parquet.ParquetFile(path)
    wanted = {fields.text, fields.html, fields.url, fields.id, fields.fetched_at}
    columns = [c for c in source.schema_arrow.names if c in wanted]
    number = 0
    for batch in source.iter_batches(batch_size=_BATCH_ROWS, columns=columns):
        for row in batch.to_pylist():
            yield fields.record(row, f"{name}:{number}")
            number += 1


def _read_files(path: str, fields: FieldNames) -> Iterator[dict[str, Any]]:
    if os.path.isdir(path):
        root = path
        found = (os.path.join(folder, f) for folder, _, files in os.walk(root) for f in files)
    else:
        root = os.path.dirname(path.split("*")[0]) or "."
        found = (f for f in glob.iglob(path, recursive=True) if os.path.isfile(f))
    for file in sorted(f for f in found if Path(f).suffix.lower() in _PAGE_SUFFIXES):
        with open(file, "rb") as handle:
            page = handle.read()
        kind = _PAGE_SUFFIXES[Path(file).suffix.lower()]
        yield {"id": os.path.relpath(file, root), kind: page, "url": None, "fetched_at": None}


@dataclass(frozen=True)
class _WarcBody(RawRecord):
    """A WARC record's payload: bytes, with the HTTP ``Content-Type`` that names its charset."""

    common: dict[str, Any]  # id, url, fetched_at
    kind: str  # "html" or "text"
    body: bytes
    content_type: str

    @property
    def fallback_id(self) -> Any:
        return self.common["id"]

    def decode(self) -> Record:
        page = _decode(self.body, self.content_type) if self.kind == "html" else self.body
        return {**self.common, self.kind: page}


def _read_warc(path: str, fields: FieldNames) -> Iterator[RawRecord]:
    archive = require("warcio.archiveiterator", "warc")
    with open(path, "rb") as handle:
        for entry in archive.ArchiveIterator(handle):
            headers = entry.rec_headers
            record_id = headers.get_header("WARC-Record-ID")
            common = {
                "id": record_id,
                "url": headers.get_header("WARC-Target-URI"),
                "fetched_at": headers.get_header("WARC-Date"),
            }
            if entry.rec_type == "conversion":
                yield _WarcBody(common, "text", entry.content_stream().read(), "")
            elif entry.rec_type in ("response", "resource"):
                content_type = _content_type(entry)
                if content_type.split(";")[0].strip().lower() in _HTML_TYPES:
                    yield _WarcBody(common, "html", entry.content_stream().read(), content_type)


def _content_type(entry: Any) -> str:
    if entry.http_headers is not None:
        return str(entry.http_headers.get_header("Content-Type") or "")
    return str(entry.rec_headers.get_header("Content-Type") or "")


def _decode(body: bytes, content_type: str) -> str | bytes:
    """The body as text when the HTTP header names a known charset, else the bytes."""
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip("\"'")
            try:
                codecs.lookup(charset)
            except LookupError:
                return body
            return body.decode(charset, errors="replace")
    return body


_READERS: dict[str, Callable[[str, FieldNames], Iterator[dict[str, Any] | RawRecord]]] = {
    "csv": _read_csv,
    "parquet": _read_parquet,
    "files": _read_files,
    "warc": _read_warc,
}


def _open_text(path: str, newline: str | None = None) -> IO[str]:
    return _stdio.TextIOWrapper(open_binary(path, "rb"), encoding="utf-8", newline=newline)


def open_binary(path: str, mode: str) -> IO[bytes]:
    """Open a file (``"rb"`` or ``"wb"``), through gzip or zstandard for ``.gz`` or ``.zst`` names.

    Example:
        >>> import pathlib, tempfile
        >>> from newsclean.io import open_binary
        >>> path = str(pathlib.Path(tempfile.mkdtemp()) / "x.jsonl.gz")
        >>> with open_binary(path, "wb") as out:
        ...     _ = out.write(b"{}\\n")
        >>> open_binary(path, "rb").read()
        b'{}\\n'
    """
    lower = path.lower()
    if lower.endswith(".gz"):
        return cast(IO[bytes], gzip.GzipFile(path, mode, mtime=0))  # mtime 0: same rows, same bytes
    if lower.endswith(".zst"):
        zstandard = require("zstandard", "zstd")
        handle = open(path, mode)  # noqa: SIM115 - closed with the stream
        if mode.startswith("r"):
            reader = zstandard.ZstdDecompressor().stream_reader(handle, closefd=True)
            return cast(IO[bytes], _stdio.BufferedReader(reader, _BUFFER))  # lines, peek: what files have
        return cast(IO[bytes], zstandard.ZstdCompressor().stream_writer(handle, closefd=True))
    return open(path, mode, buffering=_BUFFER)


def write_results(
    results: Iterable[Result], path: str | os.PathLike[str], *, format: str | None = None
) -> int:
    """Write results to a JSON Lines (plain, ``.gz``, ``.zst``) or Parquet file; returns the rows.

    Each row is `Result.to_row`; in Parquet the ``id`` is a string and ``authors`` a list of
    strings (see `result_schema`).

    Example:
        >>> import json, pathlib, tempfile, newsclean
        >>> from newsclean.io import write_results
        >>> out = pathlib.Path(tempfile.mkdtemp()) / "out.jsonl"
        >>> write_results(newsclean.clean_many(["A\\n\\nB.", b"%PDF-1"], workers=0), out)
        2
        >>> [json.loads(line)["error_type"] for line in out.read_text().splitlines()]
        [None, 'NotAPageError']
    """
    name = os.fspath(path)
    kind = format or output_format(name)
    encode = _row_encoder(kind)
    return _write_rows((encode(result) for result in results), name, kind)


def _row_encoder(kind: str) -> Callable[[Result], Any]:
    """How a result becomes a row of a `kind` output (a module-level function: a worker process
    can run it)."""
    if kind not in _ENCODERS:
        raise ValueError(f"unknown output format {kind!r}; one of {', '.join(OUTPUT_FORMATS)}")
    return _ENCODERS[kind]


def _write_rows(rows: Iterable[Any], path: str, kind: str) -> int:
    """Write rows made by `_row_encoder(kind)`; returns how many."""
    count = 0
    if kind == "jsonl":
        with open_binary(path, "wb") as handle:
            for line in rows:
                handle.write(line)
                count += 1
        return count
    parquet = require("pyarrow.parquet", "parquet")
    with parquet.ParquetWriter(path, result_schema()) as writer:
        for table in _tables(rows):
            writer.write_table(table)
            count += table.num_rows
    return count


def write_jsonl_rows(results: Iterable[Result], handle: IO[bytes]) -> int:
    """Write one JSON line per result to a binary stream; returns the number written.

    Example:
        >>> import io as stdio, newsclean
        >>> from newsclean.io import write_jsonl_rows
        >>> out = stdio.BytesIO()
        >>> write_jsonl_rows([newsclean.clean_record("Hi\\n\\nThere.")], out), out.getvalue()[:13]
        (1, b'{"id": 0, "ti')
    """
    count = 0
    for result in results:
        handle.write(_jsonl_line(result))
        count += 1
    return count


def _jsonl_line(result: Result) -> bytes:
    return json.dumps(result.to_row(), ensure_ascii=False).encode("utf-8") + b"\n"


def result_schema() -> Any:
    """The ``pyarrow.Schema`` of result rows (`RESULT_COLUMNS`; all strings, ``authors`` a list).

    Example:
        >>> from newsclean.io import result_schema
        >>> str(result_schema().field("authors").type)
        'list<item: string>'
    """
    pa = require("pyarrow", "parquet")
    return pa.schema(
        [(name, pa.list_(pa.string()) if name == "authors" else pa.string()) for name in RESULT_COLUMNS]
    )


def _arrow_row(result: Result) -> dict[str, Any]:
    row = result.to_row()
    row["id"] = None if row["id"] is None else str(row["id"])
    return row


_ENCODERS: dict[str, Callable[[Result], Any]] = {"jsonl": _jsonl_line, "parquet": _arrow_row}


def _tables(arrow_rows: Iterable[dict[str, Any]]) -> Iterator[Any]:
    pa = require("pyarrow", "parquet")
    schema = result_schema()
    rows: list[dict[str, Any]] = []
    for row in arrow_rows:
        rows.append(row)
        if len(rows) == _BATCH_ROWS:
            yield pa.Table.from_pylist(rows, schema=schema)
            rows = []
    if rows:
        yield pa.Table.from_pylist(rows, schema=schema)


def clean_arrow(
    batch: Any,
    *,
    column: str = "html",
    kind: str | None = None,
    url_column: str = "url",
    id_column: str = "id",
    fetched_at_column: str = "fetched_at",
    options: CleanOptions | None = None,
) -> Any:
    """Clean the pages in one column of a ``pyarrow.RecordBatch``; returns a batch of results.

    `kind` says which cleaner reads `column`: ``"html"``, ``"text"`` or ``"auto"`` (sniffed);
    by default ``"html"`` for a column named ``html``, ``"text"`` for ``text``, else ``"auto"``.
    The URL, fetch time and id come from their columns when the batch has them; without an id
    column a row's id is its position in the batch. Rows are cleaned in this process, in order,
    with the same results as `newsclean.clean_many`; the output has `result_schema`.

    Example:
        >>> import pyarrow as pa
        >>> from newsclean.io import clean_arrow
        >>> batch = pa.record_batch({"id": ["a"], "text": ["Title\\n\\nBody."]})
        >>> clean_arrow(batch, column="text").column("title").to_pylist()
        ['Title']
    """
    pa = require("pyarrow", "parquet")
    page_kind = kind or {"html": "html", "text": "text"}.get(column, "auto")
    names = batch.schema.names

    def values(name: str) -> list[Any]:
        return batch.column(name).to_pylist() if name in names else [None] * batch.num_rows

    pages, urls, times, ids = values(column), values(url_column), values(fetched_at_column), values(id_column)
    results = (
        clean_record(
            _arrow_record(page_kind, page, urls[i], times[i], i if ids[i] is None else ids[i]),
            options=options,
            index=i,
        )
        for i, page in enumerate(pages)
    )
    return pa.RecordBatch.from_pylist([_arrow_row(r) for r in results], schema=result_schema())


def _arrow_record(kind: str, page: Any, url: Any, fetched_at: Any, record_id: Any) -> dict[str, Any]:
    return {"id": record_id, _KIND_FIELD[kind]: page, "url": url, "fetched_at": fetched_at}


def clean_frame(
    frame: Any,
    column: str = "html",
    *,
    kind: str | None = None,
    url_column: str = "url",
    id_column: str = "id",
    fetched_at_column: str = "fetched_at",
    options: CleanOptions | None = None,
) -> Any:
    """Clean a pandas DataFrame's page column; returns a DataFrame of results, one row per row.

    The result has the columns of `RESULT_COLUMNS` and the input's index; the arguments are
    those of `clean_arrow` (without an id column, a row's id is its index label).

    Example:
        >>> import pandas as pd
        >>> from newsclean.io import clean_frame
        >>> frame = pd.DataFrame({"text": ["Title\\n\\nBody.", "Other\\n\\nWords."]})
        >>> clean_frame(frame, "text")[["id", "title"]].values.tolist()
        [['0', 'Title'], ['1', 'Other']]
    """
    pd = require("pandas", "pandas")
    page_kind = kind or {"html": "html", "text": "text"}.get(column, "auto")

    def values(name: str) -> list[Any]:
        if name not in frame.columns:
            return [None] * len(frame)
        return [None if _missing(v) else v for v in frame[name].tolist()]

    pages, urls, times = values(column), values(url_column), values(fetched_at_column)
    ids = values(id_column) if id_column in frame.columns else list(frame.index)
    rows = [
        _arrow_row(
            clean_record(_arrow_record(page_kind, page, urls[i], times[i], ids[i]), options=options, index=i)
        )
        for i, page in enumerate(pages)
    ]
    return pd.DataFrame(rows, columns=list(RESULT_COLUMNS), index=frame.index)


def _missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and value != value)
