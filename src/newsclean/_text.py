"""The plain-text dump pipeline: load, segment, metadata on the whole page, classify, assemble."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from ._article import Article
from ._classify import CJK, PROSE_KINDS, BlockInfo, classify, describe, is_prose, mark_author_bios
from ._context import PageContext
from ._header import find_byline, find_byline_fallback, find_subtitle
from ._lexicon import guess_language
from ._load import load_text
from ._options import CleanOptions
from ._pubdate import choose_date, find_dateline
from ._segment import Block, segment_text
from ._title import TitleMatch, find_headline
from .rules import RULES

__all__ = ["run", "where"]

_KEEPS = {rule.id: rule.keeps for rule in RULES.values()}
_NO_TITLE = TitleMatch(None, None, None, ())


def where(block: Block) -> str:
    """Where a block is in the input, for `explain`: its 1-based line."""
    return str(block.line)


def run(
    raw: str | bytes,
    url: str | None,
    fetched_at: datetime | None,
    options: CleanOptions | None,
) -> tuple[Article, list[Block], list[str]]:
    """Clean a text dump: the article, the blocks of the dump, and the rule that decided each."""
    options = options or CleanOptions()
    text = load_text(raw, options)
    blocks = segment_text(text)
    language = options.language or _guess_language(blocks)
    infos = describe([b.text for b in blocks], language, [b.gap for b in blocks])
    title = find_headline(infos, language) if not _one_paragraph(infos) else _NO_TITLE
    roles: dict[int, str] = {}
    if title.title_line is not None:
        roles[title.title_line] = "title-line"
    roles.update(dict.fromkeys(title.copies, "headline"))
    body_start = _body_start(infos, title.copies, 1 if title.title_line is not None else 0)
    ctx = PageContext(infos, roles, body_start, language, url, fetched_at, options)
    byline, authors = find_byline(ctx)
    dateline = find_dateline(ctx)
    if not authors:
        byline, authors = find_byline_fallback(ctx, dateline)
    subtitle = find_subtitle(ctx, byline, dateline)
    published, date_source = choose_date(ctx, byline, dateline)
    rules = classify(infos, roles, body_start, language)
    if not any(_KEEPS[rule] for rule in rules):
        _keep_lone_prose(infos, rules, body_start)
    mark_author_bios(infos, rules, authors)
    article = Article(
        title=title.title,
        subtitle=subtitle,
        authors=authors,
        published=published,
        text="\n\n".join(b.text for b, rule in zip(blocks, rules, strict=True) if _KEEPS[rule]),
        url=url,
        language=language,
        site_name=title.site_name,
        date_source=date_source,
        input_kind="text",
    )
    return article, blocks, rules


def _body_start(infos: Sequence[BlockInfo], copies: tuple[int, ...], default: int) -> int:
    """Where the article begins: at the first copy of the headline, unless that would put a
    fifth or more of the page's prose, or 500 characters of it, before it (then the copy is a
    section heading or a repeat further down)."""
    if not copies:
        return default
    prose = [len(info.text) if is_prose(info) else 0 for info in infos]
    before = sum(prose[: copies[0]])
    return copies[0] if before == 0 or (before * 5 < sum(prose) and before < 500) else default


def _one_paragraph(infos: Sequence[BlockInfo]) -> bool:
    """True for a dump of a single block that reads as prose: a paragraph, not a page, and
    so not a ``<title>`` line either."""
    return len(infos) == 1 and infos[0].kind in PROSE_KINDS and infos[0].prose


def _keep_lone_prose(infos: Sequence[BlockInfo], rules: list[str], body_start: int) -> None:
    """On a page where the classifier keeps nothing, keep the paragraphs that read as prose
    on their own (jusText's good and near-good classes) but were dropped only for want of
    prose around them: a short note or post of one or two paragraphs between a menu and
    a footer, or a paragraph between lines of code."""
    for i in range(body_start, len(infos)):
        if rules[i] == "low-text" and infos[i].kind in PROSE_KINDS and infos[i].prose:
            rules[i] = "lone-prose"


def _guess_language(blocks: Sequence[Block]) -> str | None:
    """The page language from its stopwords; None for a page mostly in Chinese, Japanese or
    Korean script, which has none (and whose few Latin words would mislead the guess)."""
    sample = _language_sample(blocks)
    if not sample.isascii() and len(CJK.findall(sample)) * 3 > len(sample):
        return None
    return guess_language(sample)


def _language_sample(blocks: Sequence[Block]) -> str:
    """The page's longer lines, which are prose in the page's language, up to 6,000 chars."""
    sample: list[str] = []
    size = 0
    for block in blocks:
        if len(block.text) >= 70:
            sample.append(block.text)
            size += len(block.text)
            if size >= 6_000:
                break
    return "\n".join(sample) if size >= 300 else "\n".join(b.text for b in blocks)[:6_000]
