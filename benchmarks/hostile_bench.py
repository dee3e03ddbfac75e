"""Hostile inputs: the time, peak memory and outcome of newsclean on each, as a Markdown table.

Every input of the reliability issue (a 50 MB page, a 1 MB line without spaces, 100,000
nested ``<div>``s, a million ``<p>``s, a page of only ``<script>``, legacy and mixed encodings,
NUL bytes, binary files, a billion-laughs XHTML page, impossible and huge dates) and a few
adversarial 1 MB lines. Each runs in a forked child process, so its peak resident memory is its
own; a child past its time limit is killed and reported as a timeout.

Usage::

    python benchmarks/hostile_bench.py                 # the whole table (a few minutes)
    python benchmarks/hostile_bench.py --only 50mb-html,laughs-html
    python benchmarks/hostile_bench.py --scale 0.1     # the big inputs a tenth as large

``tests/test_hostile.py`` runs the same cases (the big ones scaled down unless
``NEWSCLEAN_HOSTILE=full``) with bounds on time and memory.
"""

from __future__ import annotations

import argparse
import gc
import os
import resource
import select
import signal
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass

import newsclean

MB = 1_000_000
# Prose written for these inputs.
_PROSE = (
    "The harbour board met again on Tuesday evening to discuss the new ferry pier, and after a "
    "long debate the members agreed that the builders should carry on with the work until the "
    "end of the winter, when the council will look at the costs once more. "
)
_JA = "東京都は新しい交通計画を発表し、市民の多くはこの決定を歓迎していると述べた。"
_ZH = "北京市政府今天宣布了新的交通计划，许多市民表示欢迎，工程将在明年春天开始。"
_NUL_SOME = _PROSE.replace(", ", ",\x00 ")
_NUL_DENSE = _PROSE.replace(" ", " \x00")
_FR = "Le conseil a voté « à l’unanimité » pour la jetée, qui coûtera 5 € par habitant. Déjà. "


def _dump(body: str) -> str:
    header = "Pier Work Goes On | Harbour News\n\nHome\nNews\n\nPier Work Goes On\n\nBy Ann Lee"
    return f"{header}\n\n{body}\n"


def _html(body: str, head: str = "") -> str:
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'>{head}<title>Pier Work Goes On | Harbour"
        f" News</title></head><body><nav><a href='/'>Home</a></nav><article><h1>Pier Work Goes On"
        f"</h1><p class='byline'>By Ann Lee</p>{body}</article></body></html>"
    )


def _repeat(unit: str, size: int) -> str:
    return unit * max(1, size // len(unit))


def _filled(frame: Callable[[str], str], unit: str, size: int) -> str:
    """`frame` around as many numbered copies of `unit` (``{i}`` in it) as keep the whole at
    most `size` characters: a big page whose paragraphs are not all the same."""
    room = size - len(frame(""))
    width = len(unit.format(i=10**6))
    return frame("".join(unit.format(i=10**6 + i) for i in range(max(1, room // width))))


def _paragraphs_dump(size: int) -> str:
    return _filled(_dump, "Item {i}. " + _PROSE + "\n\n", size)


def _paragraphs_html(size: int) -> str:
    return _filled(_html, "<p>Item {i}. " + _PROSE + "</p>\n", size)


def _laughs(levels: int = 10) -> str:
    entities = ['<!ENTITY lol "lol">']
    entities += [f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(2, levels + 1)]
    entities[1] = entities[1].replace("&lol1;", "&lol;")
    return (
        '<?xml version="1.0"?>\n<!DOCTYPE html [\n ' + "\n ".join(entities) + "\n]>\n"
        '<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Laughs</title></head>'
        f"<body><h1>Laughs</h1><p>&lol{levels};</p><p>{_PROSE}</p></body></html>"
    )


def _xxe() -> str:
    return (
        '<?xml version="1.0"?>\n<!DOCTYPE html [\n <!ENTITY secret SYSTEM "file:///etc/passwd">\n'
        ' <!ENTITY remote SYSTEM "http://192.0.2.1/x.dtd">\n]>\n'
        '<html xmlns="http://www.w3.org/1999/xhtml"><body><h1>Entities</h1>'
        f"<p>&secret; &remote;</p><p>{_PROSE}</p></body></html>"
    )


def _png() -> bytes:
    return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 40


def _pdf() -> bytes:
    return b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" + bytes(range(256)) * 40


def _gzip() -> bytes:
    import gzip

    return gzip.compress(_html(f"<p>{_PROSE}</p>").encode() * 20)


def _mixed() -> bytes:
    stray = "<p>Müller said “no” – 5 €</p>".encode("cp1252")
    return _html(f"<p>Zoë said “yes”. {_PROSE}</p>").encode() + stray


def _date_page(date: str) -> str:
    return _dump(f"Published {date}\n\n{_PROSE}")


def _date_html(date: str) -> str:
    return _html(
        f"<p>Published <time datetime='{date}'>{date}</time></p><p>{_PROSE}</p>",
        head=f"<meta property='article:published_time' content='{date}'>"
        f'<script type="application/ld+json">{{"datePublished": "{date}"}}</script>',
    )


@dataclass(frozen=True)
class Case:
    """One hostile input: its name, the entry point, a builder and the time bar it must meet.

    `build` takes a size in characters for the cases whose size scales (``scales=True``) and
    ignores it for the others.
    """

    name: str
    entry: str
    what: str
    build: Callable[[int], str | bytes]
    seconds: float  # the bar: every case must finish within it on the full input
    size: int = 0
    scales: bool = False


def _fixed(value: Callable[[], str | bytes]) -> Callable[[int], str | bytes]:
    return lambda _size: value()


def _in_p(unit: str) -> Callable[[int], str]:
    return lambda size: _html(f"<p>{_repeat(unit, size)}</p>")


def _line(unit: str) -> Callable[[int], str]:
    return lambda size: _repeat(unit, size)


def _encoded(page: Callable[[str], str], text: str, encoding: str) -> Callable[[int], bytes]:
    return lambda _size: page(text).encode(encoding)


def _p(text: str) -> str:
    return _html(f"<p>{text * 3}</p>" * 4)


def _script_only(size: int) -> str:
    return f"<html><head><script>{_repeat('var a = 1;', size)}</script></head></html>"


def _dated_html(date: str) -> Callable[[int], str]:
    return lambda _size: _date_html(date)


def _d(text: str) -> str:
    return _dump("\n\n".join([text * 3] * 4))


_T, _H, _C = "clean_text", "clean_html", "clean"
CASES: tuple[Case, ...] = (
    Case("50mb-text", _T, "50 MB dump (200k paragraphs)", _paragraphs_dump, 30, 50 * MB, True),
    Case("50mb-html", _H, "50 MB page (200k <p>)", _paragraphs_html, 30, 50 * MB, True),
    Case("1mb-line-text", _T, "one 1 MB line, no spaces", _line("x"), 1, MB, True),
    Case("1mb-line-html", _H, "one 1 MB line in a <p>", _in_p("x"), 1, MB, True),
    Case("1mb-camel-text", _T, "1 MB 'aBaB…' line", _line("aB"), 1, MB, True),
    Case("1mb-camel-html", _H, "1 MB 'aBaB…' in a <p>", _in_p("aB"), 1, MB, True),
    Case("1mb-dates-text", _T, "1 MB line of 'May 4, 2024 '", _line("May 4, 2024 "), 1, MB, True),
    Case("1mb-dates-html", _H, "1 MB of 'May 4, 2024 ' in a <p>", _in_p("May 4, 2024 "), 1, MB, True),
    Case("1mb-gluedates-text", _T, "1 MB 'May4,2024May4,…'", _line("May4,2024"), 1, MB, True),
    Case("1mb-yearglue-text", _T, "1 MB '2025By2025By…'", _line("2025By"), 1, MB, True),
    Case("1mb-sentences-text", _T, "1 MB 'a.”Ba.”B…'", _line("a.”B"), 1, MB, True),
    Case("1mb-cjk-text", _T, "1 MB line of one CJK character", _line("東"), 1, MB, True),
    Case("nested-divs", _H, "100,000 nested <div>s", lambda n: _html("<div>" * n + "x" + "</div>" * n),
         10, 100_000, True),
    Case("million-p", _H, "a million <p>a</p>", lambda n: _html("<p>a</p>" * n), 30, 1_000_000, True),
    Case("million-open-p", _H, "a million unclosed <p>", lambda n: _html("<p>" * n), 30, 1_000_000, True),
    Case("script-only", _H, "10 MB page of only <script>", _script_only, 10, 10 * MB, True),
    Case("script-many", _C, "100,000 <script> elements, nothing else",
         lambda n: "<html><body>" + "<script>var a = 1;</script>" * n + "</body></html>", 10, 100_000, True),
    Case("laughs-html", _H, "billion-laughs XHTML", _fixed(_laughs), 5),
    Case("laughs-clean", _C, "billion-laughs XHTML (sniffed)", _fixed(_laughs), 5),
    Case("xxe-html", _H, "external entities (file, http)", _fixed(_xxe), 5),
    Case("cp1252-html", _H, "cp1252 bytes, no declaration", _encoded(_p, _FR, "cp1252"), 5),
    Case("cp1252-text", _T, "cp1252 bytes", _encoded(_d, _FR, "cp1252"), 5),
    Case("sjis-html", _H, "Shift-JIS bytes, no declaration", _encoded(_p, _JA, "shift_jis"), 5),
    Case("sjis-text", _T, "Shift-JIS bytes", _encoded(_d, _JA, "shift_jis"), 5),
    Case("gb18030-html", _H, "GB18030 bytes, no declaration", _encoded(_p, _ZH, "gb18030"), 5),
    Case("gb18030-text", _T, "GB18030 bytes", _encoded(_d, _ZH, "gb18030"), 5),
    Case("utf16-html", _H, "UTF-16 with BOM", _encoded(_p, _FR, "utf-16"), 5),
    Case("utf16-clean", _C, "UTF-16 with BOM (sniffed)", _encoded(_p, _FR, "utf-16"), 5),
    Case("utf16-text", _T, "UTF-16 with BOM", _encoded(_d, _FR, "utf-16"), 5),
    Case("mixed-html", _H, "UTF-8 with cp1252 bytes", _fixed(_mixed), 5),
    Case("nul-html", _H, "NUL bytes after commas", _encoded(_p, _NUL_SOME, "utf-8"), 5),
    Case("nul-text", _T, "NUL bytes after commas", _encoded(_d, _NUL_SOME, "utf-8"), 5),
    Case("nul-dense", _H, "a NUL byte after every word", _encoded(_p, _NUL_DENSE, "utf-8"), 5),
    Case("nul-only", _C, "1 MB of NUL bytes", lambda n: bytes(n), 5, MB, True),
    Case("png", _C, "a PNG image", _fixed(_png), 5),
    Case("pdf", _H, "a PDF document", _fixed(_pdf), 5),
    Case("gzip", _T, "a gzipped page", _fixed(_gzip), 5),
    Case("date-99", _T, "date 99/99/9999", _fixed(lambda: _date_page("99/99/9999")), 5),
    Case("date-99-html", _H, "date 99/99/9999 in meta, JSON-LD, <time>", _dated_html("99/99/9999"), 5),
    Case("date-year0", _T, "year 0 (0000-01-01)", _fixed(lambda: _date_page("0000-01-01")), 5),
    Case("date-year0-html", _H, "year 0 in meta, JSON-LD, <time>", _dated_html("0000-01-01"), 5),
    Case("date-year10000", _T, "year 10000 (10000-01-01)", _fixed(lambda: _date_page("10000-01-01")), 5),
    Case("date-year10000-html", _H, "year 10000 in meta, JSON-LD, <time>", _dated_html("10000-01-01"), 5),
    Case("date-10kb", _T, "10 kB date-like string", lambda n: _date_page(_repeat("2024-05-0", n)), 5,
         10_000, True),
    Case("date-10kb-html", _H, "10 kB date-like string in meta, JSON-LD, <time>",
         lambda n: _date_html(_repeat("12/12/", n)), 5, 10_000, True),
)  # fmt: skip


@dataclass(frozen=True)
class Outcome:
    """What one case did: seconds in the call (wall clock and CPU), peak RSS of its process and
    growth during the call (MB), and ``Article``, the error's class name, ``timeout`` or
    ``crash: ...``; and the size of the input (MB, characters or bytes)."""

    seconds: float
    cpu_seconds: float
    peak_mb: float
    growth_mb: float
    result: str
    input_mb: float = 0.0


def _rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / MB


def _call(entry: str, raw: str | bytes) -> str:
    try:
        article = getattr(newsclean, entry)(raw)
    except newsclean.NewscleanError as error:
        return type(error).__name__
    return f"Article ({len(article.text):,} chars)"


def measure(case: Case, scale: float = 1.0, limit: float | None = None) -> Outcome:
    """Run `case` in a forked child and report what it did; the child is killed after `limit`
    seconds (by default ten times the case's bar, at least 60)."""
    limit = limit if limit is not None else max(60.0, 10 * case.seconds)
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: build, measure, report, exit without cleanup
        os.close(read_end)
        try:
            raw = case.build(max(1, int(case.size * scale)))
            gc.collect()
            before = _rss_mb()
            start, cpu = time.perf_counter(), time.process_time()
            try:
                result = _call(case.entry, raw)
            except Exception as error:  # a bug: reported, not raised
                result = f"crash: {type(error).__name__}: {error}"[:200]
            seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / MB
            report = f"{len(raw) / MB}\t{seconds}\t{cpu}\t{peak}\t{peak - before}\t{result}"
        except BaseException as error:
            report = f"0\t0\t0\t0\t0\tcrash: {type(error).__name__}"
        os.write(write_end, report.encode())
        os._exit(0)
    os.close(write_end)
    ready, _, _ = select.select([read_end], [], [], limit)
    if not ready:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(read_end)
        return Outcome(limit, 0.0, 0.0, 0.0, "timeout")
    chunks = []
    while chunk := os.read(read_end, 65536):
        chunks.append(chunk)
    os.close(read_end)
    os.waitpid(pid, 0)
    size, seconds, cpu, peak, growth, result = b"".join(chunks).decode().split("\t", 5)
    return Outcome(float(seconds), float(cpu), float(peak), float(growth), result, float(size))


def table(cases: list[Case], scale: float) -> str:
    """The Markdown table of `cases`, measured one after the other. A ✗ marks a CPU time
    over the bar (on a shared machine the wall clock also counts the waits for a core)."""
    lines = [
        "| input | entry point | outcome | CPU s | wall s | bar (s) | peak RSS MB | growth MB |",
        "|---|---|---|---:|---:|---:|---:|---:|",
    ]
    for case in cases:
        out = measure(case, scale)
        mark = "" if out.cpu_seconds < case.seconds and out.result != "timeout" else " ✗"
        lines.append(
            f"| {case.what} (`{case.name}`) | `{case.entry}` | {out.result} | {out.cpu_seconds:.2f}{mark} "
            f"| {out.seconds:.2f} | {case.seconds:g} | {out.peak_mb:.0f} | {out.growth_mb:.0f} |"
        )
        print(lines[-1], file=sys.stderr, flush=True)
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", default="", help="comma-separated case names")
    parser.add_argument("--scale", type=float, default=1.0, help="size factor of the scaling cases")
    args = parser.parse_args()
    names = {n for n in args.only.split(",") if n}
    unknown = names - {c.name for c in CASES}
    if unknown:
        parser.error(f"unknown cases: {', '.join(sorted(unknown))}")
    cases = [c for c in CASES if not names or c.name in names]
    print(f"newsclean {newsclean.__version__}, Python {sys.version.split()[0]}, scale {args.scale:g}")
    print(table(cases, args.scale))


if __name__ == "__main__":
    main()
