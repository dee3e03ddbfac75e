"""`Article`: the result of cleaning one page."""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import datetime
from typing import Any

__all__ = ["Article"]

_PREVIEW_CHARS = 600


@dataclass(frozen=True)
class Article:
    """A cleaned article: metadata and body text.

    Example:
        >>> import newsclean
        >>> a = newsclean.Article(title="Rain in Spain", authors=("Ana Ruiz",), text="It rained.")
        >>> a.to_dict()["authors"], a.to_dict()["text"]
        (['Ana Ruiz'], 'It rained.')
        >>> a
        Article(title='Rain in Spain', authors=('Ana Ruiz',), published=None, text=10 chars)

    Attributes:
        title: the headline, without the site name glued to it.
        subtitle: the standfirst or dek under the headline, when the page has one.
        authors: the byline names, in page order.
        published: the publication date; timezone-aware only when the page states a zone.
        text: body paragraphs separated by one blank line.
        url: the page address, when given.
        language: ISO 639-1 code of the page language, declared or guessed.
        site_name: the site name, when the page shows it beside the title.
        date_source: where `published` came from: ``"url"``, ``"meta"``, ``"json-ld"``,
            ``"time"``, ``"byline"`` or ``"text"``.
        input_kind: ``"text"`` for a plain-text dump, ``"html"`` for an HTML page.
    """

    title: str | None = None
    subtitle: str | None = None
    authors: tuple[str, ...] = ()
    published: datetime | None = None
    text: str = ""
    url: str | None = None
    language: str | None = None
    site_name: str | None = None
    date_source: str | None = None
    input_kind: str = "text"

    def to_dict(self) -> dict[str, Any]:
        """The article as JSON-ready values, always with the same keys in the same order.

        Example:
            >>> import json, newsclean
            >>> json.dumps(newsclean.Article(title="T").to_dict())[:14]
            '{"title": "T",'
        """
        return {
            "title": self.title,
            "subtitle": self.subtitle,
            "authors": list(self.authors),
            "published": self.published.isoformat() if self.published else None,
            "text": self.text,
            "url": self.url,
            "language": self.language,
            "site_name": self.site_name,
            "date_source": self.date_source,
            "input_kind": self.input_kind,
        }

    def __repr__(self) -> str:
        published = self.published.isoformat() if self.published else None
        return (
            f"Article(title={_clip(self.title, 60)!r}, authors={self.authors!r}, "
            f"published={published!r}, text={len(self.text)} chars)"
        )

    def _repr_html_(self) -> str:
        esc = html.escape
        rows = [
            ("Authors", ", ".join(self.authors)),
            ("Published", self.published.isoformat() if self.published else ""),
            ("Date from", self.date_source or ""),
            ("Site", self.site_name or ""),
            ("Language", self.language or ""),
            ("URL", self.url or ""),
        ]
        meta = "".join(
            f"<tr><th style='text-align:left;padding-right:1em'>{esc(k)}</th><td>{esc(v)}</td></tr>"
            for k, v in rows
            if v
        )
        preview = self.text if len(self.text) <= _PREVIEW_CHARS else self.text[:_PREVIEW_CHARS] + "…"
        paragraphs = "".join(f"<p>{esc(p)}</p>" for p in preview.split("\n\n"))
        subtitle = f"<p><em>{esc(self.subtitle)}</em></p>" if self.subtitle else ""
        return (
            "<div class='newsclean-article' style='border:1px solid #ccc;padding:0.6em 1em;"
            "max-width:48em'>"
            f"<h3 style='margin-top:0'>{esc(self.title or '(no title)')}</h3>{subtitle}"
            f"<table>{meta}</table>{paragraphs}"
            f"<p style='color:#777'>{len(self.text):,} characters of text</p></div>"
        )


def _clip(value: str | None, limit: int) -> str | None:
    if value is None or len(value) <= limit:
        return value
    return value[: limit - 1].rstrip() + "…"
