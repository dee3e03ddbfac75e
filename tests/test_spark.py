"""newsclean.spark on a real local Spark (local[2]): the rows equal clean_many's rows."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from conftest import TEXT_FIXTURES
from pyspark.sql import SparkSession

import newsclean
from newsclean.io import RESULT_COLUMNS
from newsclean.spark import SCHEMA, arrow_cleaner, pandas_cleaner

# The test extra installs pyspark; a missing one fails here rather than skipping the test.
pytestmark = pytest.mark.filterwarnings("ignore:PySpark does not yet fully support pandas:FutureWarning")

COUNT = 300
INPUT_SCHEMA = "id string, page string, url string, fetched_at string"


def _records() -> list[dict[str, Any]]:
    dumps = [p.read_text(encoding="utf-8") for p in sorted(TEXT_FIXTURES.glob("*.txt"))]
    html = (
        "<html><head><title>{t} | Harbour Post</title></head><body><nav><a href='/'>Home</a></nav>"
        "<article><h1>{t}</h1><p>{p}</p></article><footer>Contact us</footer></body></html>"
    )
    records = []
    for i in range(COUNT):
        url = f"https://news.example.org/2024/03/{i % 28 + 1:02d}/story-{i}"
        if i % 3 == 2:
            page = html.format(t=f"Pier vote number {i}", p=dumps[i % len(dumps)].replace("\n", " "))
        else:
            page = dumps[i % len(dumps)]
        if i == 7:
            page = None  # no page: an error row
        records.append({"id": f"doc-{i}", "page": page, "url": url, "fetched_at": "2024-04-01T10:00:00"})
    return records


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    session = (
        SparkSession.builder.master("local[2]")
        .appName("newsclean-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.sql.execution.arrow.maxRecordsPerBatch", "64")
        .getOrCreate()
    )
    yield session
    session.stop()


def _expected(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    rows = []
    for result in newsclean.clean_many(records, workers=0):
        row = result.to_row()
        row["id"] = str(row["id"])
        rows.append(row)
    return rows


def _rows(frame: Any) -> list[dict[str, Any]]:
    rows = [row.asDict() for row in frame.collect()]
    for row in rows:
        row["authors"] = None if row["authors"] is None else list(row["authors"])
    return sorted(rows, key=lambda row: int(row["id"].split("-")[1]))


def test_map_in_arrow_rows_equal_clean_many(spark: Any) -> None:
    records = _records()
    frame = spark.createDataFrame(records, INPUT_SCHEMA)
    got = _rows(frame.mapInArrow(arrow_cleaner("page", kind="auto"), SCHEMA))
    expected = _expected(records)
    assert [list(row) for row in got[:1]] == [list(RESULT_COLUMNS)]
    assert got == expected
    assert sum(1 for row in got if row["error"]) >= 1
    assert {row["input_kind"] for row in got if not row["error"]} == {"html", "text"}


def test_map_in_pandas_alternative_gives_the_same_rows(spark: Any) -> None:
    records = _records()[:60]
    frame = spark.createDataFrame(records, INPUT_SCHEMA)
    got = _rows(frame.mapInPandas(pandas_cleaner("page", kind="auto"), SCHEMA))
    assert got == _expected(records)
