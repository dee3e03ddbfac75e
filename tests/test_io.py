"""newsclean.io: readers (JSONL, CSV, Parquet, files, WARC/WET), writers, Arrow and pandas."""

from __future__ import annotations

import csv
import gzip
import io as stdio
import json
import sys
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import zstandard
from conftest import REPO, TEXT_FIXTURES
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

import newsclean
from newsclean import io

DUMPS = [p.read_text(encoding="utf-8") for p in sorted(TEXT_FIXTURES.glob("*.txt"))]
PAGES = REPO / "fixtures" / "batch" / "pages"


def _rows(count: int) -> list[dict[str, Any]]:
    return [
        {"doc": f"d{i}", "body": DUMPS[i % len(DUMPS)], "link": f"https://example.org/{i}"}
        for i in range(count)
    ]


FIELDS = io.FieldNames(text="body", url="link", id="doc")


@pytest.mark.parametrize("name", ["in.jsonl", "in.jsonl.gz", "in.ndjson.zst"])
def test_jsonl_plain_gzip_and_zstd(tmp_path: Path, name: str) -> None:
    data = "".join(json.dumps(row) + "\n" for row in _rows(5)).encode("utf-8") + b"\n"
    path = tmp_path / name
    if name.endswith(".gz"):
        data = gzip.compress(data)
    elif name.endswith(".zst"):
        data = zstandard.ZstdCompressor().compress(data)
    path.write_bytes(data)
    records = list(io.read_records(path, fields=FIELDS))
    assert [r["id"] for r in records] == [f"d{i}" for i in range(5)]
    assert records[3] == {"id": "d3", "text": DUMPS[3], "url": "https://example.org/3", "fetched_at": None}


def test_jsonl_default_ids_bare_pages_and_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_text(json.dumps({"html": "<p>x</p>"}) + "\n" + json.dumps("A page\n\nBody.") + "\n{oops\n")
    records = io.read_records(path)
    assert next(records) == {"id": "mixed.jsonl:0", "html": "<p>x</p>", "url": None, "fetched_at": None}
    assert next(records) == {"id": "mixed.jsonl:1", "page": "A page\n\nBody."}
    with pytest.raises(ValueError, match="line 3"):
        next(records)


def test_csv_with_fields_over_the_default_size_limit(tmp_path: Path) -> None:
    long_body = DUMPS[0] + "\n\n" + "word " * 60_000  # 300 kB: past csv's 128 kB default
    path = tmp_path / "pages.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, ["doc", "body", "link"])
        writer.writeheader()
        writer.writerows([*_rows(2), {"doc": "long", "body": long_body, "link": ""}])
    records = list(io.read_records(path, fields=FIELDS))
    assert [r["id"] for r in records] == ["d0", "d1", "long"]
    assert records[2]["text"] == long_body and records[2]["url"] is None


def test_parquet_reads_in_batches_with_only_the_needed_columns(tmp_path: Path) -> None:
    rows = [{**row, "extra": 1} for row in _rows(600)]
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "pages.parquet")
    records = list(io.read_records(tmp_path / "pages.parquet", fields=FIELDS))
    assert len(records) == 600 and records[599]["id"] == "d599" and "extra" not in records[0]
    assert records[10]["text"] == DUMPS[10 % len(DUMPS)]


def test_folder_and_glob_of_files() -> None:
    records = list(io.read_records(PAGES))
    assert [r["id"] for r in records] == ["more/market.txt", "pier.html"]
    assert "html" in records[1] and "text" in records[0]
    globbed = list(io.read_records(str(PAGES / "**" / "*.txt")))
    assert [r["id"] for r in globbed] == ["more/market.txt"]
    titles = [r.article.title for r in newsclean.clean_many(records, workers=0) if r.article]
    assert titles == ["Market Hall Gets New Roof", "Pier Reopens After Repairs"]


def _warc(path: Path, html_body: bytes, charset: str) -> None:
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=path.name.endswith(".gz"))
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test"}))
        url = "https://news.example.org/2023/05/02/pier"
        request = StatusAndHeaders(
            "GET /2023/05/02/pier HTTP/1.1", [("Host", "news.example.org")], is_http_request=True
        )
        writer.write_record(writer.create_warc_record(url, "request", http_headers=request))
        headers = StatusAndHeaders(
            "200 OK", [("Content-Type", f"text/html; charset={charset}")], protocol="HTTP/1.1"
        )
        writer.write_record(
            writer.create_warc_record(
                url,
                "response",
                payload=stdio.BytesIO(html_body),
                http_headers=headers,
                warc_headers_dict={"WARC-Date": "2023-05-03T10:00:00Z"},
            )
        )
        image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                url + ".png", "response", payload=stdio.BytesIO(b"\x89PNG"), http_headers=image
            )
        )
        text = DUMPS[2].encode("utf-8")
        writer.write_record(
            writer.create_warc_record(
                "https://other.example.org/a",
                "conversion",
                payload=stdio.BytesIO(text),
                warc_headers_dict={"Content-Type": "text/plain", "WARC-Date": "2024-01-05T09:30:00Z"},
            )
        )


@pytest.mark.parametrize(
    ("name", "charset"), [("crawl.warc.gz", "iso-8859-1"), ("crawl.warc", "windows-1252")]
)
def test_warc_response_and_wet_conversion_records(tmp_path: Path, name: str, charset: str) -> None:
    html = (PAGES / "pier.html").read_text(encoding="utf-8").replace("Engineers", "Ingénieurs")
    body = html.replace('<meta charset="utf-8">', "").encode(charset)
    _warc(tmp_path / name, body, charset)
    records = list(io.read_records(tmp_path / name))
    assert [sorted(r) for r in records] == [
        ["fetched_at", "html", "id", "url"],
        ["fetched_at", "id", "text", "url"],
    ]
    page, dump = records
    assert page["url"] == "https://news.example.org/2023/05/02/pier"
    assert page["fetched_at"] == "2023-05-03T10:00:00Z" and page["id"].startswith("<urn:uuid:")
    assert "Ingénieurs" in page["html"]  # decoded with the HTTP header's charset
    assert dump["url"] == "https://other.example.org/a" and dump["text"] == DUMPS[2].encode("utf-8")
    results = list(newsclean.clean_many(records, workers=0))
    assert results[0].article is not None and "Ingénieurs replaced" in results[0].article.text
    assert results[1].article == newsclean.clean_text(
        DUMPS[2], url=dump["url"], fetched_at=newsclean._batch._fetched_at("2024-01-05T09:30:00Z")
    )


def test_formats_from_names() -> None:
    assert io.input_format("a/b.JSONL.GZ") == "jsonl"
    assert io.input_format("x.warc.wet.gz") == "warc"
    assert io.input_format(PAGES) == "files"
    assert io.output_format("out.parquet") == "parquet"
    with pytest.raises(ValueError, match="format"):
        io.input_format("notes.docx")
    with pytest.raises(ValueError, match="JSON Lines or Parquet"):
        io.output_format("out.csv")


def test_missing_extra_names_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "zstandard", None)
    (tmp_path / "a.jsonl.zst").write_bytes(b"")
    with pytest.raises(io.MissingExtraError, match=r"newsclean\[zstd\]"):
        list(io.read_records(tmp_path / "a.jsonl.zst"))
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(newsclean.NewscleanError, match=r"pip install 'newsclean\[parquet\]'"):
        io.result_schema()


@pytest.mark.parametrize("name", ["out.jsonl", "out.jsonl.gz", "out.jsonl.zst", "out.parquet"])
def test_writers_give_one_row_per_result(tmp_path: Path, name: str) -> None:
    records: list[Any] = [{"id": 5, "text": DUMPS[0]}, b"%PDF-1.4", {"id": "x", "text": DUMPS[1]}]
    results = list(newsclean.clean_many(records, workers=0))
    path = tmp_path / name
    assert io.write_results(results, path) == 3
    if name.endswith(".parquet"):
        rows = pq.read_table(path).to_pylist()
        assert [r["id"] for r in rows] == ["5", "1", "x"]
    else:
        with io.open_binary(str(path), "rb") as handle:
            rows = [json.loads(line) for line in handle]
        assert [r["id"] for r in rows] == [5, 1, "x"]
    assert [list(r) for r in rows] == [list(io.RESULT_COLUMNS)] * 3
    assert rows[1]["error_type"] == "NotAPageError" and rows[1]["text"] is None
    assert rows[2]["text"] == newsclean.clean_text(DUMPS[1]).text
    assert list(rows[0]["authors"]) == list(newsclean.clean_text(DUMPS[0]).authors)


def test_clean_arrow_and_clean_frame_match_clean_many() -> None:
    records = [{"id": f"p{i}", "text": DUMPS[i], "url": f"https://example.org/{i}"} for i in range(6)]
    expected = [{**r.to_row(), "id": str(r.id)} for r in newsclean.clean_many(records, workers=0)]
    batch = pa.RecordBatch.from_pylist(records)
    assert newsclean.clean_arrow(batch, column="text").to_pylist() == expected
    frame = pd.DataFrame(records).set_index("id", drop=False)
    result = newsclean.clean_frame(frame, "text")
    assert list(result.index) == [f"p{i}" for i in range(6)]
    assert result["title"].tolist() == [row["title"] for row in expected]
    unnamed = newsclean.clean_frame(pd.DataFrame({"body": DUMPS[:2]}), "body")
    assert unnamed["id"].tolist() == ["0", "1"] and unnamed["input_kind"].tolist() == ["text", "text"]
