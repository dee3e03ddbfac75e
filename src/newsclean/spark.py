"""Spark: clean a DataFrame's page column on a cluster, one Arrow batch at a time.

`arrow_cleaner` gives the function for ``DataFrame.mapInArrow``; `SCHEMA` is its output
schema (the columns of `newsclean.io.RESULT_COLUMNS`). Every executor cleans its batches
in its own Python worker with the same pure function as `newsclean.clean_many`, so the rows are
the same as a local run's. Needs ``pyspark`` (``pip install 'newsclean[spark]'``) on the
driver and ``newsclean`` on every executor.

Example (a running ``SparkSession`` named ``spark``)::

    from newsclean.spark import SCHEMA, arrow_cleaner

    pages = spark.read.parquet("crawl.parquet")           # columns: id, url, html
    clean = pages.mapInArrow(arrow_cleaner("html"), SCHEMA)
    clean.write.parquet("clean.parquet")

The pandas alternative, for Spark versions or platforms without ``mapInArrow`` (Spark < 3.3),
does the same through ``mapInPandas`` (pandas and pyarrow on the executors)::

    from newsclean.spark import SCHEMA, pandas_cleaner

    clean = pages.mapInPandas(pandas_cleaner("html"), SCHEMA)
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial
from typing import Any, NamedTuple

from ._options import CleanOptions
from .io import RESULT_COLUMNS, clean_arrow, clean_frame

__all__ = ["SCHEMA", "arrow_cleaner", "pandas_cleaner"]

#: The output schema of `arrow_cleaner` and `pandas_cleaner`, as a Spark DDL string.
SCHEMA = ", ".join(f"{name} {'array<string>' if name == 'authors' else 'string'}" for name in RESULT_COLUMNS)


def arrow_cleaner(
    column: str = "html",
    *,
    kind: str | None = None,
    url_column: str = "url",
    id_column: str = "id",
    fetched_at_column: str = "fetched_at",
    options: CleanOptions | None = None,
) -> Callable[[Iterator[Any]], Iterator[Any]]:
    """The function for ``df.mapInArrow(arrow_cleaner(column), SCHEMA)``.

    It turns each ``pyarrow.RecordBatch`` of the input into a batch of result rows (see
    `newsclean.io.clean_arrow` for the arguments). The function pickles by reference, so it
    ships to executors as it is.

    Example:
        >>> import pyarrow as pa
        >>> from newsclean.spark import arrow_cleaner
        >>> batches = [pa.record_batch({"id": ["a"], "text": ["Title\\n\\nBody."]})]
        >>> [b.column("title").to_pylist() for b in arrow_cleaner("text")(iter(batches))]
        [['Title']]
    """
    settings = _Settings(column, kind, url_column, id_column, fetched_at_column, options)
    return partial(_clean_batches, settings)


def pandas_cleaner(
    column: str = "html",
    *,
    kind: str | None = None,
    url_column: str = "url",
    id_column: str = "id",
    fetched_at_column: str = "fetched_at",
    options: CleanOptions | None = None,
) -> Callable[[Iterator[Any]], Iterator[Any]]:
    """The function for ``df.mapInPandas(pandas_cleaner(column), SCHEMA)``: the same rows.

    Example:
        >>> import pandas as pd
        >>> from newsclean.spark import pandas_cleaner
        >>> frames = [pd.DataFrame({"id": ["a"], "text": ["Title\\n\\nBody."]})]
        >>> [f["title"].tolist() for f in pandas_cleaner("text")(iter(frames))]
        [['Title']]
    """
    settings = _Settings(column, kind, url_column, id_column, fetched_at_column, options)
    return partial(_clean_frames, settings)


class _Settings(NamedTuple):
    """The arguments of `newsclean.io.clean_arrow` and `newsclean.io.clean_frame`."""

    column: str
    kind: str | None
    url_column: str
    id_column: str
    fetched_at_column: str
    options: CleanOptions | None


def _clean_batches(settings: _Settings, batches: Iterator[Any]) -> Iterator[Any]:
    for batch in batches:
        yield clean_arrow(batch, **settings._asdict())


def _clean_frames(settings: _Settings, frames: Iterator[Any]) -> Iterator[Any]:
    for frame in frames:
        yield clean_frame(frame, **settings._asdict()).reset_index(drop=True)
