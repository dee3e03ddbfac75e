"""The `newsclean` command, in process (fast) and as `python -m newsclean` (real process)."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from conftest import EXAMPLE, REPO

import newsclean
from newsclean.cli import main

TITLE = "Council Backs Night Ferry Trial After Long Debate"
FIRST = "The city council voted on Thursday evening to fund a six-month trial of night ferries"
LAST = "the floating pier at the university quarter has been inspected."


def _run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newsclean", *args],
        input=stdin.decode("utf-8") if stdin is not None else None,
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=REPO,
        timeout=60,
        check=False,
    )


def test_file_prints_title_and_body(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(EXAMPLE)]) == 0
    out = capsys.readouterr().out
    article = newsclean.clean_text(EXAMPLE.read_bytes())
    assert out.splitlines()[0] == TITLE
    assert article.text in out
    assert FIRST in out and LAST in out
    assert "Sign Up" not in out
    assert "2024-03-14" in out


def test_json_prints_to_dict(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--json", str(EXAMPLE)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data == newsclean.clean_text(EXAMPLE.read_bytes()).to_dict()
    assert data["title"] == TITLE


def test_url_option_reaches_the_article(capsys: pytest.CaptureFixture[str]) -> None:
    url = "https://example.org/2024/03/14/night-ferry"
    assert main(["--json", "--url", url, str(EXAMPLE)]) == 0
    assert json.loads(capsys.readouterr().out)["url"] == url


def test_explain_prints_every_block(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--explain", str(EXAMPLE)]) == 0
    out = capsys.readouterr().out
    report = newsclean.explain(EXAMPLE.read_bytes())
    assert out.rstrip("\n") == str(report)
    assert len(out.splitlines()) == len(report.blocks)
    assert "signup-prompt" in out and "title-line" in out


def test_stdin_dash(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    fake = io.TextIOWrapper(io.BytesIO(EXAMPLE.read_bytes()), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", fake)
    assert main(["--json", "-"]) == 0
    assert json.loads(capsys.readouterr().out)["title"] == TITLE


def test_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "no-such-page.txt"
    assert main([str(missing)]) != 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "no-such-page.txt" in captured.err


def test_binary_file_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    png = tmp_path / "image.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    assert main([str(png)]) == 1
    assert "newsclean:" in capsys.readouterr().err


def test_bad_fetched_at_is_an_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--fetched-at", "not a date", str(EXAMPLE)]) != 0
    assert capsys.readouterr().err


def test_python_m_newsclean_file() -> None:
    result = _run(str(EXAMPLE))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == TITLE
    assert FIRST in result.stdout


def test_python_m_newsclean_stdin_json() -> None:
    result = _run("--json", "-", stdin=EXAMPLE.read_bytes())
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == newsclean.clean_text(EXAMPLE.read_bytes()).to_dict()


def test_python_m_newsclean_missing_file(tmp_path: Path) -> None:
    result = _run(str(tmp_path / "missing.txt"))
    assert result.returncode != 0
    assert result.stdout == ""
    assert "missing.txt" in result.stderr


def test_python_m_newsclean_without_arguments_is_a_usage_error() -> None:
    result = _run()
    assert result.returncode == 2
    assert "usage" in result.stderr.lower()


BATCH_PAGES = REPO / "fixtures" / "batch" / "pages"


def test_html_file_is_cleaned_as_html(capsys: pytest.CaptureFixture[str]) -> None:
    page = BATCH_PAGES / "pier.html"
    assert main(["--json", str(page)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data == newsclean.clean(page.read_bytes()).to_dict()
    assert data["input_kind"] == "html" and data["title"] == "Pier Reopens After Repairs"


def test_batch_folder_to_jsonl_with_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "clean.jsonl"
    assert main(["batch", str(BATCH_PAGES), "-o", str(out), "--workers", "0", "--no-progress"]) == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["more/market.txt", "pier.html"]
    assert [r["input_kind"] for r in rows] == ["text", "html"]
    summary = capsys.readouterr().out.strip()
    assert summary.startswith("records 2, articles with text 2, errors 0, ")
    assert "pages/s, elapsed" in summary


def test_batch_field_options_errors_and_formats(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "pages.csv"
    dump = EXAMPLE.read_text(encoding="utf-8")
    source.write_text(
        "key,content,address\n"
        + "\n".join(f'k{i},"{dump if i != 1 else ""}",https://example.org/2024/03/14/{i}' for i in range(3))
        + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "clean.data"
    fields = ["--text-field", "content", "--url-field", "address", "--id-field", "key"]
    args = ["batch", str(source), "-o", str(out), "--output-format", "jsonl", "--workers", "1", *fields]
    assert main([*args, "--errors", "skip"]) == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["k0", "k2"]
    assert rows[0]["title"] == TITLE and rows[1]["url"] == "https://example.org/2024/03/14/2"
    assert "errors 1" in capsys.readouterr().out
    assert main([*args, "--errors", "raise"]) == 1
    assert "k1" in capsys.readouterr().err


def test_batch_usage_and_input_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(["batch", str(tmp_path / "missing.jsonl"), "-o", str(tmp_path / "o.jsonl"), "--workers", "0"])
        == 1
    )
    assert "missing.jsonl" in capsys.readouterr().err
    assert main(["batch", str(BATCH_PAGES), "-o", str(tmp_path / "o.csv")]) == 1
    assert "JSON Lines or Parquet" in capsys.readouterr().err
    with pytest.raises(SystemExit) as stopped:
        main(["batch", str(BATCH_PAGES)])
    assert stopped.value.code == 2


def test_batch_progress_needs_tqdm(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "tqdm", None)
    out = tmp_path / "o.jsonl"
    assert main(["batch", str(BATCH_PAGES), "-o", str(out), "--workers", "0", "--progress"]) == 1
    assert "newsclean[progress]" in capsys.readouterr().err


def test_python_m_newsclean_batch_parquet(tmp_path: Path) -> None:
    out = tmp_path / "clean.parquet"
    result = _run("batch", str(BATCH_PAGES), "-o", str(out), "--workers", "2", "--progress")
    assert result.returncode == 0, result.stderr
    assert "pages/s" in result.stderr  # the progress bar
    assert result.stdout.startswith("records 2, articles with text 2, errors 0")
    assert pq.read_table(out).column("title").to_pylist() == [
        "Market Hall Gets New Roof",
        "Pier Reopens After Repairs",
    ]
