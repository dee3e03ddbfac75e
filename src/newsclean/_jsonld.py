"""JSON-LD: the article's headline, authors, dates, publisher and language from
``<script type="application/ld+json">`` blocks.

Pages write JSON-LD in many shapes: one object, a list of objects, a ``@graph`` whose nodes
refer to each other by ``@id`` (Yoast, Rank Math), objects nested in ``mainEntity`` or
``itemListElement``. `read_jsonld` flattens all of them into a list of nodes, indexes them by
``@id``, picks the article node (a type ending in ``Article`` or ``Posting``, else a
``WebPage``) and reads its fields, following ``@id`` references for authors and publisher.
Broken JSON (trailing commas, HTML comments, raw control characters) is mended where that is
cheap; a block that still does not parse is skipped.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from typing import Any, NamedTuple

__all__ = ["JsonLd", "read_jsonld"]

_MAX_CHARS = 2_000_000  # a JSON-LD block larger than this is not metadata
_MAX_NODES = 2_000
_MAX_DEPTH = 12
_TRAILING_COMMA = re.compile(r",\s*(?=[}\]])")
_WRAPPER = re.compile(r"^\s*(?:<!--|<!\[CDATA\[|//\s*<!\[CDATA\[)|(?:-->|\]\]>|//\s*\]\]>)\s*$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_ARTICLE_TYPE = re.compile(r"(?:Article|Posting|Report)$")
_PAGE_TYPE = re.compile(r"(?:WebPage|ItemPage)$")
_ORGANISATION_TYPE = re.compile(r"(?:Organization|NewsMediaOrganization|Corporation)$")
_LANGUAGE = re.compile(r"^([A-Za-z]{2})(?:[-_][A-Za-z0-9]+)*$")


class JsonLd(NamedTuple):
    """The article fields found in a page's JSON-LD; raw strings, cleaned by the caller.

    ``authors`` holds ``(name, is_organisation)`` pairs in the order the page lists them.
    """

    headline: str | None = None
    page_name: str | None = None
    authors: tuple[tuple[str, bool], ...] = ()
    published: str | None = None
    created: str | None = None
    modified: str | None = None
    site_name: str | None = None
    language: str | None = None


def read_jsonld(blocks: Iterable[str], url: str | None = None) -> JsonLd:
    """Read the article fields from the texts of a page's JSON-LD ``<script>`` blocks.

    When several article nodes are present (a list of teasers), the one whose ``url`` or
    ``mainEntityOfPage`` is the page's `url` wins, else the first one with a headline.

    Example:
        >>> block = '''{"@context": "https://schema.org", "@graph": [
        ...   {"@type": "NewsArticle", "headline": "Rain Returns", "datePublished": "2021-03-04",
        ...    "author": {"@id": "#ana"}, "publisher": {"@id": "#org"}},
        ...   {"@type": "Person", "@id": "#ana", "name": "Ana Ruiz"},
        ...   {"@type": "Organization", "@id": "#org", "name": "Daily Post"}]}'''
        >>> ld = read_jsonld([block])
        >>> ld.headline, ld.authors, ld.published, ld.site_name
        ('Rain Returns', (('Ana Ruiz', False),), '2021-03-04', 'Daily Post')
    """
    nodes: list[dict[str, Any]] = []
    for block in blocks:
        data = _load(block)
        if data is not None:
            _flatten(data, nodes, 0)
        if len(nodes) >= _MAX_NODES:
            break
    if not nodes:
        return JsonLd()
    index = {node["@id"]: node for node in nodes if isinstance(node.get("@id"), str)}
    articles = [node for node in nodes if _has_type(node, _ARTICLE_TYPE)]
    pages = [node for node in nodes if _has_type(node, _PAGE_TYPE)]
    main = _main_article(articles, url)
    page = pages[0] if pages else None
    first = main if main is not None else page
    if first is None:
        return JsonLd(site_name=_site_name(None, nodes, index), language=_language(nodes))
    second = page if first is not page else None
    return JsonLd(
        headline=_text(first.get("headline")) or (_text(first.get("name")) if first is main else None),
        page_name=_text(page.get("name")) if page is not None else None,
        authors=_authors(first.get("author"), index)
        or (_authors(second.get("author"), index) if second is not None else ()),
        published=_field(first, second, "datePublished"),
        created=_field(first, second, "dateCreated"),
        modified=_field(first, second, "dateModified"),
        site_name=_site_name(first, nodes, index),
        language=_language([first, *nodes]),
    )


def _load(block: str) -> Any:
    """The parsed JSON of one block, mended if needed; None when it does not parse."""
    if len(block) > _MAX_CHARS:
        return None
    text = block.strip()
    if not text:
        return None
    try:
        return json.loads(text, strict=False)
    except RecursionError:
        return None
    except ValueError:
        pass
    text = _TRAILING_COMMA.sub("", _CONTROL.sub(" ", _WRAPPER.sub("", text))).strip().rstrip(";")
    try:
        return json.loads(text, strict=False)
    except RecursionError:
        return None
    except ValueError:
        return _first_object(text)


def _first_object(text: str) -> Any:
    """The first JSON value of a block that holds several glued together, or None."""
    try:
        value, _ = json.JSONDecoder(strict=False).raw_decode(text)
    except (ValueError, RecursionError):
        return None
    return value


def _flatten(data: Any, nodes: list[dict[str, Any]], depth: int) -> None:
    """Add every object with a ``@type`` in `data` to `nodes`, depth first, in page order."""
    if depth > _MAX_DEPTH or len(nodes) >= _MAX_NODES:
        return
    if isinstance(data, list):
        for item in data:
            _flatten(item, nodes, depth + 1)
        return
    if not isinstance(data, dict):
        return
    if "@type" in data:
        nodes.append(data)
    for key, value in data.items():
        if isinstance(value, dict | list) and key not in ("author", "publisher", "creator"):
            _flatten(value, nodes, depth + 1)


def _types(node: dict[str, Any]) -> Iterator[str]:
    value = node.get("@type")
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, str):
            yield item.rsplit("/", 1)[-1].rsplit(":", 1)[-1]


def _has_type(node: dict[str, Any], pattern: re.Pattern[str]) -> bool:
    return any(pattern.search(t) for t in _types(node))


def _main_article(articles: list[dict[str, Any]], url: str | None) -> dict[str, Any] | None:
    if not articles:
        return None
    if len(articles) > 1 and url:
        key = _url_key(url)
        for node in articles:
            page = node.get("mainEntityOfPage")
            page_url = page.get("@id") or page.get("url") if isinstance(page, dict) else page
            if any(isinstance(u, str) and _url_key(u) == key for u in (node.get("url"), page_url)):
                return node
    return next((node for node in articles if _text(node.get("headline"))), articles[0])


def _url_key(url: str) -> str:
    return url.split("://", 1)[-1].split("#", 1)[0].split("?", 1)[0].rstrip("/").lower()


def _text(value: Any) -> str | None:
    """A string field; the first string of a list; the ``@value`` of a value object."""
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str | dict)), None)
    if isinstance(value, dict):
        value = value.get("@value")
    if isinstance(value, str):
        value = " ".join(value.split())
        return value or None
    return None


def _field(first: dict[str, Any], second: dict[str, Any] | None, key: str) -> str | None:
    value = _text(first.get(key))
    if value is None and second is not None:
        value = _text(second.get(key))
    return value


def _resolve(value: Any, index: dict[str, dict[str, Any]]) -> Any:
    if isinstance(value, dict) and isinstance(value.get("@id"), str) and "name" not in value:
        return index.get(value["@id"], value)
    return value


def _authors(value: Any, index: dict[str, dict[str, Any]]) -> tuple[tuple[str, bool], ...]:
    """``(name, is_organisation)`` for each author: strings, objects, lists, ``@id`` links."""
    found: list[tuple[str, bool]] = []
    for item in value if isinstance(value, list) else [value]:
        item = _resolve(item, index)
        if isinstance(item, str):
            name, organisation = _text(item), False
        elif isinstance(item, dict):
            name = _text(item.get("name"))
            if name is None and (_text(item.get("givenName")) or _text(item.get("familyName"))):
                name = " ".join(filter(None, (_text(item.get("givenName")), _text(item.get("familyName")))))
            organisation = _has_type(item, _ORGANISATION_TYPE)
        else:
            continue
        if name and (name, organisation) not in found:
            found.append((name, organisation))
    return tuple(found)


def _site_name(
    first: dict[str, Any] | None, nodes: list[dict[str, Any]], index: dict[str, dict[str, Any]]
) -> str | None:
    """The publisher's name, else the ``WebSite`` node's name."""
    if first is not None:
        publisher = _resolve(first.get("publisher"), index)
        if isinstance(publisher, list) and publisher:
            publisher = _resolve(publisher[0], index)
        if isinstance(publisher, dict) and _text(publisher.get("name")):
            return _text(publisher.get("name"))
    for node in nodes:
        if "WebSite" in _types(node) and _text(node.get("name")):
            return _text(node.get("name"))
    return None


def _language(nodes: list[dict[str, Any]]) -> str | None:
    for node in nodes:
        value = _text(node.get("inLanguage"))
        if value:
            m = _LANGUAGE.match(value)
            if m:
                return m.group(1).lower()
    return None
