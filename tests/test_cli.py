"""The `newsclean` command, in process (fast) and as `python -m newsclean` (real process)."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

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
