"""No network: with every socket blocked, each fixture runs through every entry point.

The HTML parser must not fetch a DTD or an external entity whatever the page references;
`url=` is a hint only.
"""

from __future__ import annotations

import contextlib
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import EXAMPLE, REPO

import newsclean
from newsclean import NewscleanError, cli

_FIXTURES = sorted(p for p in (REPO / "fixtures").rglob("*") if p.is_file() and p.suffix != ".json")
_NETWORK_PAGE = """<?xml version="1.0"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://192.0.2.1/xhtml1-strict.dtd" [
 <!ENTITY remote SYSTEM "http://192.0.2.1/entity.txt">
 <!ENTITY % dtd SYSTEM "http://192.0.2.1/evil.dtd"> %dtd;
]>
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Remote | Site</title>
<link rel="stylesheet" href="http://192.0.2.1/style.css"/>
<script src="http://192.0.2.1/app.js"></script></head>
<body><h1>Remote</h1><img src="http://192.0.2.1/a.png"/><iframe src="http://192.0.2.1/frame"></iframe>
<p>&remote; The harbour board voted on Tuesday to approve the long-delayed plan for a new ferry pier,
ending a dispute that has divided the town since the old pier was closed for safety reasons two
winters ago and the ferries were moved to a temporary berth at the far end of the bay.</p>
</body></html>"""


class NetworkUsed(AssertionError):
    """Raised by the blocked socket functions: newsclean tried to reach the network."""


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Block sockets and name lookups; the list records every attempt."""
    attempts: list[str] = []

    def blocked(name: str):  # type: ignore[no-untyped-def]
        def refuse(*args, **kwargs):  # type: ignore[no-untyped-def]
            attempts.append(f"{name}{args[:2]}")
            raise NetworkUsed(f"network access: {name}{args[:2]}")

        return refuse

    for name in ("connect", "connect_ex", "sendto", "bind"):
        monkeypatch.setattr(socket.socket, name, blocked(f"socket.{name}"))
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "socketpair"):
        monkeypatch.setattr(socket, name, blocked(f"socket.{name}"))
    yield attempts
    assert attempts == []


def test_the_block_works(no_network: list[str]) -> None:
    with pytest.raises(NetworkUsed):
        socket.create_connection(("192.0.2.1", 80), timeout=0.1)
    no_network.clear()


def _entry_points(raw: str | bytes, url: str) -> None:
    for entry in (newsclean.clean, newsclean.clean_html, newsclean.clean_text, newsclean.explain):
        with contextlib.suppress(NewscleanError):
            entry(raw, url=url)


@pytest.mark.parametrize("path", _FIXTURES, ids=[str(p.relative_to(REPO)) for p in _FIXTURES])
def test_fixture_through_every_entry_point_offline(path: Path, no_network: list[str]) -> None:
    data = path.read_bytes()
    url = f"http://192.0.2.1/2021/03/04/{path.stem}"
    _entry_points(data, url)
    _entry_points(data.decode("utf-8", errors="replace"), url)
    assert [r.ok for r in newsclean.clean_many([data.decode("utf-8", errors="replace")], workers=0)] == [True]


def test_page_that_references_remote_resources_offline(no_network: list[str]) -> None:
    _entry_points(_NETWORK_PAGE, "http://192.0.2.1/page")
    _entry_points(_NETWORK_PAGE.encode(), "http://192.0.2.1/page")
    article = newsclean.clean_html(_NETWORK_PAGE)
    assert "harbour board voted" in article.text
    assert "entity.txt" not in article.text


def test_command_line_offline(no_network: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main([str(EXAMPLE)]) == 0
    assert cli.main(["--json", "--url", "http://192.0.2.1/x", str(EXAMPLE)]) == 0
    assert "harbour" in capsys.readouterr().out.lower()
