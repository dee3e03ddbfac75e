"""atheris fuzz target: newsclean's entry points on arbitrary bytes and text.

Any exception other than a `newsclean.NewscleanError` is a crash, and so is a disagreement
between `explain` and `clean` (the body must be the kept blocks joined by blank lines).

Run (see fuzz/README.md)::

    python fuzz/fuzz_clean.py -max_total_time=60 -timeout=10 CORPUS_DIR

An empty (or new) CORPUS_DIR is first seeded with the files under ``fixtures/``.
"""

from __future__ import annotations

import contextlib
import shutil
import sys
from pathlib import Path

import atheris

with atheris.instrument_imports(include=["newsclean"]):
    import newsclean

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
_SEED_SUFFIXES = {".txt", ".html", ".htm", ".xhtml"}


def test_one_input(data: bytes) -> None:
    """Run every entry point on `data` as bytes, and `clean`/`explain` on its text."""
    for call in (newsclean.clean, newsclean.clean_html, newsclean.clean_text):
        with contextlib.suppress(newsclean.NewscleanError):
            call(data)
    text = data.decode("utf-8", errors="replace")
    try:
        article = newsclean.clean(text)
    except newsclean.NewscleanError:
        return
    report = newsclean.explain(text)
    if report.article != article:
        raise AssertionError("explain and clean disagree on the article")
    if article.text != "\n\n".join(block.text for block in report.blocks if block.kept):
        raise AssertionError("the body is not the kept blocks of explain")


def seed(corpus: Path) -> int:
    """Copy the pages and dumps of ``fixtures/`` into `corpus` when it is empty; their count."""
    corpus.mkdir(parents=True, exist_ok=True)
    if any(corpus.iterdir()):
        return 0
    count = 0
    for path in sorted(FIXTURES.rglob("*")):
        if path.is_file() and path.suffix in _SEED_SUFFIXES:
            shutil.copyfile(path, corpus / f"{count:04d}-{path.name}")
            count += 1
    return count


def main() -> None:
    corpora = [arg for arg in sys.argv[1:] if not arg.startswith("-")]
    if corpora:
        print(f"seeded {seed(Path(corpora[0]))} fixture files into {corpora[0]}", file=sys.stderr)
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
