"""Metadata of an HTML page, read from the whole unpruned tree: headline, site name,
standfirst, authors, publication date, language.

The tree is read in two cheap passes (`_Page`): lxml's tag filter for ``<meta>``,
``<title>``, ``<h1>`` and ``<script>``, then a walk of at most a few hundred elements nearest
the headline ``<h1>`` (its subtree, then at each level up the siblings after and before it),
where bylines, dates and the standfirst are. Every field then has several sources, compared
or tried in order of trust:

* **Title**: ``og:title``, ``twitter:title``, the JSON-LD ``headline``, ``itemprop=headline``
  and ``<title>``, each also without its site name (an end part after ``|``, ``-``, ``–``,
  ``::``... that is a known site name from ``og:site_name``, JSON-LD or the like, else the
  shorter end part; a known site name also before or after a colon), and the ``<h1>`` as
  written (without an ``<h1>``, the element whose text is a part of the ``<title>``, which
  then stands for the ``<h1>`` everywhere). The wording the most sources agree on wins;
  the page's own ``<h1>`` replaces it when it shares enough words with it and is not the
  site's name. The site name is what the headline leaves of the ``<title>``; it is never
  looked up in a list.
* **Authors**: JSON-LD ``author`` people (``@id`` links followed), byline elements
  (``rel=author``, ``itemprop=author``, byline/author/writer classes), links to author
  pages, "By ..." in a date line or in the first text after the headline, ``meta`` author
  fields (not URLs), a short line of the headline's region that opens with "By", "Von",
  "Auteur :"..., a byline element anywhere on the page (an author box below a long
  article), then JSON-LD organisations. The site's own name and account names
  ("admin") are taken only when no later source names a person. A footer inside the
  article (an ``<article>`` or an element typed as one in microdata) is the post's own.
  Names are split and cleaned by `newsclean._byline`; a label alone ("Veröffentlicht", a
  word before a colon) and what a page glues to a name (a month, an avatar's initials, the
  bio after an author box's heading) are dropped.
  Structured fields may also hold a user name ("jdoe_42"), taken as written.
* **Date**: htmldate's cascade. The URL's full date first; then the structured publication
  date (``meta`` published-time fields, a site's own ``*publish*date`` field, the JSON-LD
  ``datePublished``, ``dateCreated`` next, JSON-LD also from a ``meta`` named ``...ld+json``),
  checked against the date the page *shows* by its headline: a ``<time>`` or
  ``itemprop=datePublished`` element, the byline, a date-classed element, a bare date (an
  element whose short text is only a date, not a link or a table cell), each outside
  comments, sidebars, quotes and navigation bars (the first text after the headline is its
  dateline even in a share or newsletter bar; a ``<time>`` labelled "Published" counts in a
  sidebar too), not one of a list of teasers (one class
  showing several days) and not marked as an update (an "Updated" label before it or in
  it, a modified class on it, its wrapper or a child; hAtom's ``entry-date updated`` is a
  post's own date). A ``<time>`` wins, then an "originally published" note in a byline or date
  element, then a byline date (the page's own statement, next to its headline and its
  author), over the structured date; another shown date wins when
  it is earlier (htmldate's ``original_date``: structured fields are often rewritten when a
  page is republished) or less than a day away (a UTC timestamp against the local day the
  page prints), unless it is a day or more after the page's stated last modification and
  every structured publication date (a page is not published after its last change). A
  swappable numeric date (``11/01/2021``) is read as the structured day when that settles it.
  Without structured data the shown date is taken, then the first ``<time>`` of the whole
  page, then a publication date in the page's own data-layer script (``"datePublished":
  "..."``, as htmldate's JSON search), then the first date in the text around the headline,
  then the first date of a list of teasers, and `dateparser` only as the very last step.
  Modified and updated dates (meta ``article:modified_time``, JSON-LD ``dateModified``, a
  date labelled "Updated", "Aktualisiert", "Mis à jour"...) are never taken while any
  publication date exists. A page
  that states only such a date gets it as a last resort, before the free-text search (a
  user asking "when is this from" is better served by the page's own stated date than by a
  date picked out of the text); ``date_source`` says where it was read. Timezones are kept
  as written, never converted; dates before ``options.min_year`` or more than
  ``options.allow_future_days`` after ``fetched_at`` (or now) are rejected.
* **Language**: ``<html lang>``, ``xml:lang``, a content-language or ``og:locale`` meta,
  the JSON-LD ``inLanguage``; ISO 639-1.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator
from datetime import date, datetime, timedelta
from typing import NamedTuple
from urllib.parse import urlsplit

import lxml.html
import regex
from lxml import etree

from ._byline import (
    byline_authors,
    byline_label,
    clean_names,
    label_names,
    may_open_byline,
    person_name,
    starts_with_byline_word,
)
from ._dates import DateHit, date_from_url, find_dates, infer_order, parse_date_string, plausible
from ._jsonld import JsonLd, read_jsonld
from ._lexicon import MONTHS
from ._load import strip_controls
from ._options import CleanOptions
from ._patterns import literal_search
from ._title import norm_key, split_site

__all__ = ["HtmlMeta", "read_meta"]

_HEAD_TAGS = ("meta", "title", "h1", "script")
# A class, id, itemprop or rel that may mark a byline, a date or a standfirst (lower case).
_BYLINE_WORDS = "author byline writer auteur autor reporter verfasser"
_DATE_WORDS = "date time posted publish datum fecha meta submitted"  # Drupal: "submitted"
_HINTS = literal_search(
    f"{_BYLINE_WORDS} {_DATE_WORDS} headline standfirst dek sub lede lead intro teaser strapline chapo"
    " summary excerpt"
)
_BYLINE_HINTS = literal_search(_BYLINE_WORDS)
_DATE_HINTS = literal_search(_DATE_WORDS)
_REGION_LEVELS = 4  # without an <article> or <main>, the region is this many levels above the <h1>
_FAR_WALK = 5000  # elements of the whole page read for a byline when the walk found none
_WALK = 500  # elements read for bylines, dates and the standfirst, nearest to the headline first
_MAX_HINTS = 200  # characters of class, id and itemprop read (utility-class soups run to thousands)
# Per class, id and itemprop of an element: its hint text, and whether a pattern hints in it.
_HintMemo = dict[tuple[str | None, str | None, str | None], tuple[str, bool]]
_SUBTITLE_CLASS = re.compile(
    r"(?:^|[\s_-])(?:standfirst|dek|deck|sub-?title|sub-?head(?:line|ing)?|lede|lead|intro"
    r"|teaser|strapline|chapo|summary|excerpt)(?:$|[\s_-])"
)
# Bylines and dates of other people's texts: comments, author boxes, teasers, sidebars; and
# of the page's furniture (share and newsletter bars, the footer). A promo box, not a post
# promoted to the front page (Drupal's "node-promoted"). A word that must not follow a
# letter has its look-behind after its first letter ("w(?<![\w-]w)idget": a "widget" after
# no letter, digit or hyphen): every branch then opens with a letter, and the regex engine
# skips to the places where one of those letters is, a search twice as fast.
_OTHER_TEXTS = (
    r"comment|avatar|related|sidebar|w(?<![\w-]w)idget|recommend|teaser|promo(?!te)|popular|trending"
    r"|more-|-more|next|prev|reply|review|respon|bio\b|about|c(?<![a-z]c)ard"
)
_FURNITURE = r"newsletter|footer|share|social"
_ELSEWHERE = re.compile(f"{_OTHER_TEXTS}|{_FURNITURE}")
# Dates elsewhere also include a navigation bar's (often today's date, "Mittwoch, 8. Juli").
_NAV = r"n(?<![a-z]n)av"
_DATE_ELSEWHERE = re.compile(f"{_ELSEWHERE.pattern}|{_NAV}")
# The first text after the headline is its dateline even in a furniture box's class.
_DATELINE_ELSEWHERE = re.compile(f"{_OTHER_TEXTS}|{_NAV}")
_POSTING_TYPE = re.compile(r"schema\.org/\w*(?:Article|Posting)/?$")  # NewsArticle, BlogPosting
_COMMENT_CLASS = re.compile(r"(?:^|\s)comment", re.IGNORECASE)  # <article id="comment-96">
_ELSEWHERE_TAGS = frozenset({"nav", "form", "blockquote"})  # a quote or an embedded post
# Labels before a date in a byline or date line (lower case).
_UPDATED_LABEL = re.compile(
    r"updated|modified|revised|reviewed|fact.checked|aktualisiert|geändert|mis à jour|modifié"
    r"|actualizado|modificado|aggiornato|bijgewerkt"
)
_PUBLISHED_LABEL = re.compile(
    r"publish(?:ed)?\b|publication date|posted|veröffentlicht|erschienen|publié|publicado|pubblicato"
    r"|gepubliceerd"
)
# "Originally published", "Zuerst erschienen", "Publié initialement": the first publication.
_ORIGINAL_LABEL = re.compile(
    r"(?:original|first|ursprünglich|zuerst|erstmals|initialement|originalmente|originariamente"
    r"|oorspronkelijk)\w*\W{1,3}(?:\w+\W{1,3})?(?:published|posted|appeared|ver[öo]ffentlicht|erschienen"
    r"|publi[ée]e?|publicad[oa]|pubblicato|gepubliceerd)"
    r"|(?:published|posted|ver[öo]ffentlicht|erschienen|publi[ée]e?|publicad[oa]|pubblicato)\W{1,3}"
    r"(?:\w+\W{1,3})?(?:originally|first|ursprünglich|zuerst|erstmals|initialement|originalmente)"
)
_LABEL_SPAN = 30  # characters before a date searched for its label
_LEAD = re.compile(r"[^\d]{0,30}")  # the words before the first digit of a date element's text
_MODIFIED_CLASS = re.compile(r"modif|updat|(?<![a-z])edit(?:ed)?(?![a-z])|aktualisiert|actualiz|mis-a-jour")
# Classes of a post's own date that may also say "updated" (hAtom's mark: "post-date updated",
# WordPress's "entry-date published updated" for a post never updated).
_POST_DATE_CLASS = re.compile(r"publish|entry-date|entry-meta-date|post-date")
_SKIP_TAGS = frozenset({"script", "style", "meta", "link", "noscript", "template", "img", "svg"})
_LANGUAGE = regex.compile(r"^([A-Za-z]{2})(?:[-_][A-Za-z0-9]+)*$")
_URLISH = regex.compile(r"(?i)^(?:https?:|www\.|/)|\.(?:com|org|net|html?)\b|@")
_URL = regex.compile(r"(?i)^(?:https?:|www\.|/)")
# A link to an author's page: "/author/jane-doe", "/autoren/", "/auteur/".
_AUTHOR_LINK = re.compile(r"/(?:authors?|autor(?:en|in)?|auteurs?|writers?|byline)/", re.IGNORECASE)
# Words in a byline box that label it: "Veröffentlicht", "Publiziert", "Stand", "Posted".
_LABEL_WORD = re.compile(
    r"(?i)^(?:ver[öo]ffentlicht|publiziert|erschienen|stand|posted|published|publié|publicado|updated"
    r"|aktualisiert|actualizad[oa]|aggiornato|bijgewerkt|geschrieben|written|redaktion|autor|author)$"
)
# A weekday written short before a date ("Mo", "Fr.", "Mi,"), glued after a name by a byline.
_WEEKDAY_ABBREVIATION = re.compile(r"^(?:Mo|Di|Mi|Do|Fr|Sa|So)[.,]?$")
# Labels of other people named by a byline: reviewers, fact-checkers, editors, photographers.
_OTHER_ROLE = re.compile(
    r"review|fact|edit|photo|illustrat|translat|produc|geprüft|redigiert|foto|übersetz|relu|révis"
)
_NAME_MONTHS = frozenset({"may", "march", "june", "april", "august"})  # also surnames
_AUTHOR_WORD = re.compile(r"(?i)\b(?:authors?|autor(?:in|en)?|auteur)\b")
_HANDLE_AFTER = regex.compile(r"(?<=\S)\s+@[\w.]+$")  # "Ann Lee @annlee"
# A structured author field: a name or a user name, not a sentence.
_HANDLE_NAME = regex.compile(r"^[\p{L}\p{N}][\p{L}\p{N}._@'’ -]{1,48}[\p{L}\p{N}]$")
# Between a headline and a site name: " | ", " - ", " – ", " :: ", " / ", " · ", " » ".
_SITE_SEPARATOR = regex.compile(
    r"\s+[|\u00b7\u2022\u00bb\u203a\u2014\u2013-]{1,2}\s+|\s+::\s+|\s+/\s+|\s+\|(?=\S)"
)
# A title in two parts around a colon, one of which may be a known site name; not French
# spacing before the colon, which marks a headline's own colon ("Grenoble : la ligne...").
_COLON_SITE = regex.compile(r"^(.+?\S):\s+(.+)$")
_SEPARATOR_CHARS = " |-\u2013\u2014:\u00b7\u2022\u00bb\u00ab\u203a\u2039/"
_MAX_SITE_WORDS = 6
# "By", "Von", also after a verb: "Posted by", "Eingestellt von", "Écrit par", "Scritto da".
_BY_LABEL = regex.compile(
    r"(?i)^(?:(?:posted|written|eingestellt|geschrieben|verfasst|publié|écrit|publicado|escrito|scritto"
    r"|pubblicato|geplaatst|geschreven)\s+)?(?:by|von|par|por|door|di|da|autor(?:in)?|author|auteur)\s*:?\s+"
)

_PUBLISHED_KEYS = (
    "article:published_time", "og:article:published_time", "og:published_time",
    "article:published", "article:published_date", "article:publicationdate", "article:post_date",
    "datepublished", "published_time", "published-date", "publish-date", "publish_date",
    "publishdate", "publication_date", "pubdate", "pub_date", "parsely-pub-date", "sailthru.date",
    "dc.date.issued", "dcterms.issued", "dc.date.publication", "dc.date", "dcterms.date", "dc:date",
    "date", "citation_publication_date", "citation_date", "article.published", "article_date_original",
    "originalpublicationdate", "rnews:datepublished", "displaydate", "bt:pubdate",
    "cxenseparse:recs:publishtime", "twt-published-at", "shareaholic:article_published_time",
    "datecreated", "dc.date.created", "dcterms.created", "dc.created", "article.created",
    "date_created", "content_create_date",
)  # fmt: skip
_MODIFIED_KEYS = (
    "article:modified_time", "og:updated_time", "article:modified", "datemodified",
    "dcterms.modified", "dc.date.modified", "last-modified", "lastmod", "modified_time",
)  # fmt: skip
_AUTHOR_KEYS = (
    "author", "article:author", "dc.creator", "dcterms.creator", "parsely-author",
    "sailthru.author", "byl", "citation_author", "cxenseparse:author",
)  # fmt: skip
# A publication date in a script's data: "datePublished": "2020-01-28", 'publish_date':'...'.
_SCRIPT_DATE = re.compile(
    r"""(?:date_?[Pp]ublished|published_?(?:[Aa]t|[Dd]ate|[Tt]ime)|[Pp]ublish_?[Dd]ate|[Pp]ub_?[Dd]ate"""
    r"""|first[-_][Pp]ublication|[Pp]ublication_?[Dd]ate|date_?[Cc]reated)["']?\s*[:=]\s*["']([^"'<>]{8,40})["']"""
)
_MAX_SCRIPTS = 40
_MAX_SCRIPT_CHARS = 300_000  # characters of script searched on one page
# A site's own field: "vr:author", "dc.author", "shareaholic:article_author_name".
_AUTHOR_KEY = re.compile(r"(?:^|[:._-])authors?(?:[._-]?name)?$")
_PUBLISHED_KEY = re.compile(r"publish|pub_?date|release_?date|first_?pub|creat(?:ed|ion)_?(?:date|time)")
_DOMAIN_END = re.compile(r"\.(?:[a-z]{2,3}\.)?[a-z]{2,6}$")  # "stern.de", "bbc.co.uk"
_NOT_ALNUM = regex.compile(r"[^\p{L}\p{N}]+")
# An account name: lower case only, or with a digit, a dot, an underscore or an @, or a
# capital after a small letter ("KatieS").
_ACCOUNT = regex.compile(r"^[^\p{Lu}]+$|[\d._@]|\p{Ll}\p{Lu}")
_SITE_KEYS = ("og:site_name", "application-name", "apple-mobile-web-app-title")
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_LANGUAGE_KEYS = ("content-language", "og:locale", "dc.language", "language", "inlanguage")

_MAX_TEXT = 300  # characters read from an element whose text is checked as a byline or date
_MAX_BYLINE = 200  # a byline is shorter than this
# Elements whose short text may be a byline without a class saying so, and its length.
_OPENING_TAGS = ("p", "div", "span", "em", "strong", "small", "td", "b", "i", "address", "li", "h5", "h6")
_MAX_OPENING_BYLINE = 120
_MAX_BARE_BYLINE = 80  # a byline box without a byline word ("By") is a name when shorter than this
_MAX_DATED = 60  # date-like elements read
# Elements that may show a post's date without a class saying so (not links, table cells).
# Elements that hold a block of text of their own: a byline box's name, bio or role.
_BLOCK_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "p", "div", "li", "dd", "dt", "address"})
_PLAIN_TAGS = frozenset(
    {"p", "span", "div", "li", "small", "em", "strong", "b", "i", "dd", "abbr", "h2", "h3", "h4", "h5", "h6"}
)
_MAX_PLAIN_DATE = 60  # characters of an element's text that may be only a date
_MAX_DATE_LABEL = 16  # characters before a bare date ("Veröffentlicht", "Posted on")
_MAX_DATE_TAIL = 4  # words after a bare date (an author's name, "· 5 min read")
_YEAR_OR_NUMERIC = re.compile(r"(?:19|20)\d\d|\d[./-]\d{1,2}[./-]\d")
_MAX_LEAD = 6  # words before an unlabelled date in a date element (more: a sentence, a teaser)
_MAX_CHILDREN = 30  # descendants of a byline or date element checked for an update's mark
_MAX_TITLE = 400
# The first element, not a link nor a script, whose text is `$part` (one pass in C).
_SHOWN_TEXT = etree.XPath(
    "descendant::*[normalize-space(text()) = $part][normalize-space(.) = $part]"
    "[not(self::a or self::script or self::style)][1]"
)
_MIN_HEADLINE_WORDS = 3  # a shorter <h1> may be the site's logo
_MIN_ECHO = 0.6  # share of an <h1>'s words the <title> repeats when it is the page's headline
_MIN_SHARED = 0.3  # share of words an <h1> has in common with the agreed headline to replace it
_MAX_FIELD = 80  # characters of a meta or JSON-LD date field read
_MAX_FUZZY = 40  # longest text handed to dateparser
_MAX_REGION_TEXT = 5000  # characters of the region, then the page, searched when nothing else has a date
_MAX_PAGE_TEXT = 30_000  # then of the rest of the page (htmldate searches it all)


class HtmlMeta(NamedTuple):
    """The metadata of one HTML page (see the module docstring for where each comes from).

    ``byline_texts`` holds the whitespace-normalised texts of the elements read as byline or
    dateline, so that the body pipeline can drop those blocks.
    """

    title: str | None
    site_name: str | None
    subtitle: str | None
    authors: tuple[str, ...]
    published: datetime | None
    date_source: str | None
    language: str | None
    byline_texts: tuple[str, ...]


def read_meta(
    root: lxml.html.HtmlElement, url: str | None, fetched_at: datetime | None, options: CleanOptions
) -> HtmlMeta:
    """Read the metadata of the page whose parsed tree is `root`; the tree is not changed.

    Example:
        >>> import lxml.html
        >>> from newsclean import CleanOptions
        >>> page = '''<html lang="en-GB"><head><title>Rain Returns | Daily Post</title>
        ... <meta property="og:site_name" content="Daily Post"></head><body>
        ... <article><h1>Rain Returns</h1><p class="byline">By Ana Ruiz and Tom Hale</p>
        ... <time datetime="2021-03-04T09:30:00+01:00">4 March</time><p>Text.</p></article>
        ... </body></html>'''
        >>> meta = read_meta(lxml.html.document_fromstring(page), None, None, CleanOptions())
        >>> meta.title, meta.site_name, meta.authors, meta.language
        ('Rain Returns', 'Daily Post', ('Ana Ruiz', 'Tom Hale'), 'en')
        >>> meta.published.isoformat(), meta.date_source
        ('2021-03-04T09:30:00+01:00', 'time')
    """
    page = _Page(root)
    ld = read_jsonld(page.scripts, url)
    language = options.language or _language(root, page.metas, ld)
    sites = _site_names(page.metas, ld)
    title, cut_site = _title(page, ld, sites)
    authors, used = _authors(ld, page, sites, url)
    published, source, dated = _date(page, ld, url, fetched_at, options, language)
    return HtmlMeta(
        title=title,
        site_name=sites[0] if sites else cut_site,
        subtitle=_subtitle(page, title),
        authors=authors,
        published=published,
        date_source=source,
        language=language,
        byline_texts=tuple(dict.fromkeys(t for t in (*used, *dated) if t)),
    )


# --- page fields ---------------------------------------------------------------------------------


def _norm(text: str | None) -> str:
    """Whitespace runs as one space, stripped."""
    return " ".join(text.split()) if text else ""


class _Page:
    """What the metadata readers need from the tree, gathered in two cheap passes.

    The first pass visits only ``<meta>``, ``<title>``, ``<h1>`` and ``<script>`` (lxml's
    tag filter, in C). The second walks the headline's region (its ``<article>`` or
    ``<main>``, else a few levels around the ``<h1>``; the body without an ``<h1>``) and keeps
    the elements whose class, id, itemprop or rel hints at a byline, a date or a standfirst.
    """

    def __init__(self, root: lxml.html.HtmlElement) -> None:
        self.metas: dict[str, list[str]] = {}
        self.scripts: list[str] = []
        self.other_scripts: list[lxml.html.HtmlElement] = []
        self.title = ""
        h1s: list[lxml.html.HtmlElement] = []
        for el in root.iter(_HEAD_TAGS):
            tag = el.tag
            if tag == "meta":
                key = el.get("property") or el.get("name") or el.get("itemprop") or el.get("http-equiv")
                content = el.get("content")
                if key and content and content.strip():
                    self.metas.setdefault(key.strip().lower(), []).append(_norm(content))
                    if "ld+json" in key:  # <meta name="script:ld+json" content="{...}">
                        self.scripts.append(content)
            elif tag == "script":
                if "ld+json" in (el.get("type") or "") and el.text:
                    self.scripts.append(el.text)
                elif el.text:
                    self.other_scripts.append(el)
            elif tag == "h1":
                h1s.append(el)
            elif not self.title:
                # Without controls: its parts are looked up by XPath, which refuses them.
                self.title = strip_controls(_short_text(el, _MAX_TITLE))
        og_title = self.metas.get("og:title", [""])[0]
        body = root.find("body")
        self.body = body if body is not None else root
        self.h1 = _best_h1(h1s, f"{self.title} {og_title}")
        if self.h1 is None:
            self.h1 = _shown_title(self.body, self.title)
        self.bylines: list[tuple[lxml.html.HtmlElement, str]] = []
        self.times: list[lxml.html.HtmlElement] = []
        self.dated: list[lxml.html.HtmlElement] = []
        self._plain_tags: list[lxml.html.HtmlElement] = []  # read by `plain` only when needed
        self.subtitles: list[lxml.html.HtmlElement] = []
        self.headlines: list[str] = []
        self.author_links: list[tuple[lxml.html.HtmlElement, str]] = []
        self.region = _region(self.body, self.h1, _REGION_LEVELS)
        self.after_h1 = _text_after(self.h1) if self.h1 is not None else None
        self._hinting: _HintMemo = {}  # a page repeats its classes: each is read once
        self._walk(_nearby(self.h1, _REGION_LEVELS) if self.h1 is not None else self.body.iter())
        if not (self.dated or self.times) and self.h1 is not None:
            self._walk(_nearby(self.h1, 2 * _REGION_LEVELS, skip=_REGION_LEVELS))

    def _walk(self, elements: Iterator[lxml.html.HtmlElement]) -> None:
        """Sort up to `_WALK` elements by what their class, id, itemprop or rel hint at."""
        for count, el in enumerate(elements):
            if count >= _WALK:
                break
            tag = el.tag
            if not isinstance(tag, str) or tag in _SKIP_TAGS:
                continue
            if tag == "time":
                self.times.append(el)
            elif tag in _PLAIN_TAGS:
                self._plain_tags.append(el)
            elif tag == "a" and _AUTHOR_LINK.search(el.get("href") or "") and not _elsewhere(el):
                text = _short_text(el)
                if text and len(text) <= _MAX_BYLINE:
                    self.author_links.append((el, text))
            prop = el.get("itemprop")
            rel = el.get("rel")
            cls = el.get("class")
            ident = el.get("id")
            if not (prop or rel or cls or ident):
                continue
            hints, hinted = _hints(self._hinting, (cls, ident, prop), _HINTS)
            if hinted or (rel and "author" in rel):
                self._sort(el, tag, hints, prop, rel)

    def plain(self) -> list[lxml.html.HtmlElement]:
        """The walked elements whose own text may be only a date (no class needed): their
        text, or without one the text after their first child (an icon, a line break:
        ``<p><i class="icon"></i> 3 May 2021</p>``)."""
        found = []
        for el in self._plain_tags:
            text = el.text
            if (not text or text.isspace()) and len(el):
                text = el[0].tail
            if text and len(text) <= _MAX_PLAIN_DATE and _YEAR_OR_NUMERIC.search(text):
                found.append(el)
                if len(found) >= _MAX_DATED:
                    break
        return found

    def _sort(
        self, el: lxml.html.HtmlElement, tag: str, hints: str, prop: str | None, rel: str | None
    ) -> None:
        """File an element with a hinting class, id, itemprop or rel under what it may hold."""
        if prop in ("datePublished", "dateCreated") and tag != "time":
            self.times.append(el)
        if prop in ("headline", "name headline"):
            self.headlines.append(_short_text(el, _MAX_TITLE))
        if (rel and "author" in rel) or _BYLINE_HINTS.search(hints):
            text = _byline_text(el, hints)
            if text:
                self.bylines.append((el, text))
        elif (
            _DATE_HINTS.search(hints)
            and len(self.dated) < _MAX_DATED
            and not _update_class(hints)
            and not _DATE_ELSEWHERE.search(hints)
            and not _date_elsewhere(el, self.after_h1)
        ):
            self.dated.append(el)
        if _SUBTITLE_CLASS.search(hints) and tag not in ("h1", "body", "article", "main"):
            self.subtitles.append(el)


def _shown_title(body: lxml.html.HtmlElement, title: str) -> lxml.html.HtmlElement | None:
    """For a page without an ``<h1>``: the element whose own text is a part of the
    ``<title>`` cut at a site separator ("Site - Headline"), the headline the page shows in
    its own markup (a bold line of an old table layout); of several parts shown, the longest.
    Links (the site's name as a link home) and short parts are passed over."""
    parts = _split_parts(title)
    if len(parts) < 2:
        return None
    for part in sorted(parts, key=len, reverse=True):
        if len(part.split()) >= _MIN_HEADLINE_WORDS:
            shown = _SHOWN_TEXT(body, part=part)
            if shown:
                return shown[0]
    return None


def _nearby(h1: lxml.html.HtmlElement, levels: int, skip: int = 0) -> Iterator[lxml.html.HtmlElement]:
    """The elements around the headline, nearest first: the ``<h1>`` itself, then at each
    level up, the subtrees that follow the branch holding it, then those before it (nearest
    first). Levels up to `skip` are left out (an earlier walk read them); the walk stops at
    ``<body>``, except for a headline that is a child of ``<body>`` (a page without
    wrappers), whose byline and date are among its siblings there."""
    branch = h1
    if skip == 0:
        yield from h1.iter()
    for level, parent in enumerate(h1.iterancestors()):
        if (level and parent.tag in ("body", "html")) or level >= levels:
            return
        if level >= skip:
            yield parent
            for sibling in branch.itersiblings():
                yield from sibling.iter()
            for sibling in branch.itersiblings(preceding=True):
                yield from sibling.iter()
        branch = parent


def _text_after(h1: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The element holding the first text after the headline ``<h1>`` (its dateline, when
    that is a date), looked for among the next `_MAX_CHILDREN` elements; None when text
    follows the ``<h1>`` directly or none is found."""
    if h1.tail and not h1.tail.isspace():
        return None
    seen = 0
    branch = h1
    for parent in h1.iterancestors():
        for sibling in branch.itersiblings():
            for event, el in etree.iterwalk(sibling, events=("start", "end")):
                if event == "start":
                    seen += 1
                    if seen > _MAX_CHILDREN:
                        return None
                    text = el.text if isinstance(el.tag, str) and el.tag not in _SKIP_TAGS else None
                    if text and not text.isspace():
                        return el
                elif el.tail and not el.tail.isspace():
                    return el.getparent() if el is not sibling else parent
        if parent.tag in ("body", "html"):
            return None
        branch = parent
    return None


def _region(
    body: lxml.html.HtmlElement, h1: lxml.html.HtmlElement | None, levels: int
) -> lxml.html.HtmlElement:
    """The part of the page around the headline where its byline, date and standfirst are:
    its ``<article>`` or ``<main>``, else the ancestor `levels` above it, and at least its
    parent (the body, for a headline that is a child of it)."""
    if h1 is None:
        return body
    region = h1
    for k, node in enumerate(h1.iterancestors()):
        if node.tag in ("body", "html"):
            region = region if k else node
            break
        region = node
        if node.tag in ("article", "main") or k >= levels - 1:
            break
    return region


def _first(metas: dict[str, list[str]], keys: Iterable[str]) -> str | None:
    for key in keys:
        if key in metas:
            return metas[key][0]
    return None


def _short_text(el: lxml.html.HtmlElement, limit: int = _MAX_TEXT) -> str:
    """The element's whitespace-normalised text, stopped a little after `limit` characters."""
    parts: list[str] = []
    size = 0
    for piece in el.itertext():
        parts.append(piece)
        size += len(piece)
        if size > limit:
            break
    return _norm(" ".join(parts))


def _visible_text(el: lxml.html.HtmlElement, limit: int) -> str:
    """The element's text in reading order without scripts and styles, stopped a little
    after `limit` characters."""
    parts: list[str] = []
    size = 0
    for event, node in etree.iterwalk(el, events=("start", "end")):
        if size > limit:
            break
        text = node.text if event == "start" else node.tail if node is not el else None
        if text and (event == "end" or (isinstance(node.tag, str) and node.tag not in _SKIP_TAGS)):
            parts.append(text)
            size += len(text)
    return _norm(" ".join(parts))


def _elsewhere(el: lxml.html.HtmlElement, pattern: re.Pattern[str] = _ELSEWHERE, depth: int = 8) -> bool:
    """True when the element sits in a comment, an author box, a sidebar or a teaser list.

    An ``<aside>`` inside the ``<article>`` is the article's own info box (its date, its
    authors); one outside it (in ``<main>`` or the body) is a sidebar. So is a footer inside
    the article (a post's footer: "Posted by NAME at 10:42"). An element whose microdata type
    is an article or a post (``itemtype=".../BlogPosting"``) is the article as ``<article>``
    is. An ``<article>`` whose class or id names a comment is one."""
    in_aside = in_footer = False
    for k, node in enumerate(el.iterancestors()):
        if k >= depth:
            break
        tag = node.tag
        if tag in _ELSEWHERE_TAGS:
            return True
        if tag == "aside":
            in_aside = True
        if tag == "article" or _POSTING_TYPE.search(node.get("itemtype") or ""):
            return _COMMENT_CLASS.search(f"{node.get('class') or ''} {node.get('id') or ''}") is not None
        if tag == "main":
            return in_aside or in_footer
        if tag == "body":
            break
        hints = f"{node.get('class') or ''} {node.get('id') or ''}"[:_MAX_HINTS].lower()
        if pattern.search(hints):
            if any(m.group() != "footer" for m in pattern.finditer(hints)):
                return True
            in_footer = True
    return in_aside or in_footer


def _date_elsewhere(el: lxml.html.HtmlElement, after_h1: lxml.html.HtmlElement | None) -> bool:
    """`_elsewhere` for a date element. The first text after the headline (`_text_after`) is
    its dateline even where a wrapper's class names the page's furniture ("newsletter-details",
    "share-row"), unless it is in a box of other texts or a navigation bar (a logo's ``<h1>``
    above today's date)."""
    return _elsewhere(el, _DATELINE_ELSEWHERE if el is after_h1 else _DATE_ELSEWHERE)


def _language(root: lxml.html.HtmlElement, metas: dict[str, list[str]], ld: JsonLd) -> str | None:
    """ISO 639-1 from ``<html lang>``, a content-language or locale meta, or JSON-LD."""
    values: list[str | None] = [root.get("lang"), root.get(_XML_LANG), root.get("xml:lang")]
    values.extend(_first(metas, (key,)) for key in _LANGUAGE_KEYS)
    for value in values:
        m = _LANGUAGE.match(value.strip()) if value else None
        if m:
            return str(m.group(1)).lower()
    return ld.language


def _site_names(metas: dict[str, list[str]], ld: JsonLd) -> list[str]:
    names = [_first(metas, (key,)) for key in _SITE_KEYS]
    names.append(ld.site_name)
    return [n for n in dict.fromkeys(names) if n and len(n) <= 80]


# --- title ---------------------------------------------------------------------------------------


def _best_h1(h1s: list[lxml.html.HtmlElement], titles: str) -> lxml.html.HtmlElement | None:
    """The page's headline ``<h1>``: the first that shares most of its words with the
    ``<title>`` or ``og:title``, else the first inside the article, else the first one."""
    title_words = set(norm_key(titles).split())
    best = None
    best_rank = (-1, -1, -1)
    for el in h1s:
        text = _short_text(el, _MAX_TITLE)
        if not text or len(text) > _MAX_TITLE:
            continue
        words = set(norm_key(text).split())
        echoed = len(words & title_words) >= _MIN_ECHO * len(words)
        inside = el.get("itemprop") == "headline" or any(
            a.tag in ("article", "main") for a in el.iterancestors()
        )
        rank = (int(echoed), int(inside), int(len(words) >= _MIN_HEADLINE_WORDS))
        if rank > best_rank:
            best, best_rank = el, rank
    return best


def _variants(text: str, sites: list[str]) -> list[tuple[str, int]]:
    """The text as written and without its site name: ``(text, rank)``, rank 2 for a cut of
    a known site name, 1 for the text itself, 0 for a guessed cut."""
    found = [(text, 1)]
    site_keys = [norm_key(s) for s in sites]
    colon = _COLON_SITE.match(text) if site_keys else None
    if colon:  # "Blog Name: Post Title", "Post Title: Blog Name"
        first, second = colon.groups()
        if norm_key(first) in site_keys:
            found.append((second, 2))
        elif norm_key(second) in site_keys:
            found.append((first, 2))
    parts = _split_parts(text)
    if len(parts) < 2:
        return found
    head, site = split_site(text)
    if site is None:  # "Headline | Site | A long tagline": the headline is the longest part
        head = max(parts, key=len)
    kept = list(parts)
    while len(kept) > 1 and _is_site(kept[-1], site_keys):
        kept.pop()
    while len(kept) > 1 and _is_site(kept[0], site_keys):
        kept.pop(0)
    if len(kept) < len(parts):
        found.append((_join_parts(text, kept), 2))
    found.append((head, 0))
    return found


def _split_parts(text: str) -> list[str]:
    return [p.strip() for p in _SITE_SEPARATOR.split(text) if p.strip()]


def _join_parts(text: str, parts: list[str]) -> str:
    """The stretch of `text` from the first to the last of `parts`, separators kept."""
    start = text.find(parts[0])
    end = text.rfind(parts[-1]) + len(parts[-1])
    return text[start:end].strip() if 0 <= start < end else parts[0]


def _is_site(part: str, site_keys: list[str]) -> bool:
    """True when a ``<title>`` part is one of the site's names, or contains or is contained in one."""
    key = norm_key(part)
    return bool(key) and any(
        key == site or (len(site) > 3 and site in key) or (len(key) > 3 and key in site) for site in site_keys
    )


def _own_headline(h1: str, agreed: str, sites: list[str], page_title: str) -> bool:
    """True when the page's ``<h1>`` is its own wording of the agreed headline: it shares
    words with it and is not the site's name (a blog's name in an ``<h1>`` on every page)."""
    h1_words = set(norm_key(h1).split())
    words = set(norm_key(agreed).split())
    if not h1_words or not words or _is_site(h1, [norm_key(s) for s in sites]):
        return False
    title_parts = _split_parts(page_title)
    if len(title_parts) > 1 and any(norm_key(p) == norm_key(h1) for p in (title_parts[0], title_parts[-1])):
        return norm_key(agreed) in norm_key(h1)
    return len(h1_words & words) >= _MIN_SHARED * min(len(h1_words), len(words))


def _title(page: _Page, ld: JsonLd, sites: list[str]) -> tuple[str | None, str | None]:
    """The headline and the site name cut off the ``<title>`` (None when nothing was cut)."""
    metas = page.metas
    page_title = page.title
    sources = {
        "h1": _short_text(page.h1, _MAX_TITLE) if page.h1 is not None else "",
        "og": _first(metas, ("og:title",)) or "",
        "twitter": _first(metas, ("twitter:title",)) or "",
        "ld": ld.headline or "",
        "prop": next((p for p in page.headlines if p), ""),
        "title": page_title,
    }
    support: dict[str, set[str]] = {}
    best_rank: dict[str, int] = {}
    texts: dict[str, str] = {}
    for name, text in sources.items():
        if not text or len(text) > _MAX_TITLE:
            continue
        # the on-page <h1> carries no site name: only the other sources are cut
        for variant, rank in _variants(text, sites) if name != "h1" else [(text, 1)]:
            key = norm_key(variant)
            if not key:
                continue
            support.setdefault(key, set()).add(name)
            if rank > best_rank.get(key, -1):
                best_rank[key] = rank
            if key not in texts or name == "h1":
                texts[key] = variant
    if not support:
        return None, None
    key = max(support, key=lambda k: (len(support[k]), best_rank[k], "h1" in support[k], len(k)))
    title = agreed = texts[key]
    h1 = sources["h1"]
    if h1 and "h1" not in support[key] and _own_headline(h1, title, sites, page_title):
        title = h1
    return title, _cut_site(page_title, title if title in page_title else agreed)


def _cut_site(page_title: str, headline: str) -> str | None:
    """What is left of the ``<title>`` once the headline is taken out, when that is a short
    end part after a site separator: the site's name."""
    if not page_title or headline not in page_title or norm_key(page_title) == norm_key(headline):
        return None
    if len(_split_parts(page_title)) < 2:
        return None
    cut = _norm(page_title.replace(headline, " ", 1).strip(_SEPARATOR_CHARS))
    return cut if cut and len(cut.split()) <= _MAX_SITE_WORDS else None


# --- authors -------------------------------------------------------------------------------------


def _authors(ld: JsonLd, page: _Page, sites: list[str], url: str | None) -> tuple[tuple[str, ...], list[str]]:
    """The authors and the byline texts they were read from: those of the first source
    that names someone, tried in order of trust. Names that are only the site's or the
    publisher's (`_site_keys`) or an account name ("admin", "jdoe_42") are kept back while a
    later source names a person: the page's own byline then wins. A page that names no one
    by its headline is read whole for a byline box (`_far_bylines`), then for a JSON-LD
    organisation."""
    keys = _site_keys(sites, url)
    held: tuple[tuple[str, ...], list[str]] | None = None
    for names, used in _author_sources(ld, page, keys):
        if not names:
            continue
        if not all(_stand_in(name, keys) for name in names):
            return names, used
        held = held or (names, used)
    if held is not None:
        return held
    # the page's last resorts: a byline box far from the headline, an organisation
    names, used = _byline_names(_far_bylines(page))
    if names:
        return names, used
    return _clean_all((name for name, _ in ld.authors), structured=True), []


def _author_sources(
    ld: JsonLd, page: _Page, site_keys: set[str]
) -> Iterator[tuple[tuple[str, ...], list[str]]]:
    """The names of each author source with the byline texts they were read from, most
    trusted first: JSON-LD people, byline elements, author-page links, a dateline or the
    first text after the headline, ``meta`` author fields, a line opening with a byline
    word (`_opening_byline`)."""
    metas, bylines = page.metas, page.bylines
    people = _clean_all(
        (_without_site(name, site_keys) for name, organisation in ld.authors if not organisation),
        structured=True,
    )
    yield people, _texts_naming(bylines, people)
    yield _byline_names(bylines)
    yield _byline_names(page.author_links)
    # the first text after the headline is its byline when it reads as one ("Par A et B")
    after = [page.after_h1] if page.after_h1 is not None else []
    for el in (*page.dated, *after):
        text = _short_text(el)
        names = _tidy(byline_authors(text)) if len(text) <= _MAX_BYLINE else ()
        if names:
            yield names, [text]
            break
    keys = [*_AUTHOR_KEYS, *(key for key in metas if _AUTHOR_KEY.search(key) and key not in _AUTHOR_KEYS)]
    values = (_without_site(v, site_keys) for key in keys for v in metas.get(key, ()) if not _URL.search(v))
    yield _clean_all(values, structured=True), []
    yield _opening_byline(page)


def _hints(
    memo: _HintMemo, names: tuple[str | None, str | None, str | None], pattern: re.Pattern[str]
) -> tuple[str, bool]:
    """The lower-cased hint text of an element's class, id and itemprop (`names`), and
    whether `pattern` finds a hint in it; computed once per page for each `names`, since a
    page repeats its classes (`memo` holds one pattern's answers)."""
    known = memo.get(names)
    if known is None:
        hints = f"{names[0] or ''} {names[1] or ''} {names[2] or ''}"[:_MAX_HINTS].lower()
        known = memo[names] = (hints, pattern.search(hints) is not None)
    return known


def _far_bylines(page: _Page) -> list[tuple[lxml.html.HtmlElement, str]]:
    """The byline elements of the whole page that the walk around the headline did not
    reach (an author box below a long article, a byline above a headline deep in its own
    column), in page order, outside comments, sidebars and teasers."""
    near = {el for el, _ in page.bylines}
    found: list[tuple[lxml.html.HtmlElement, str]] = []
    hinting: _HintMemo = {}
    for el in itertools.islice(page.body.iter(), _FAR_WALK):
        attrib = el.attrib
        if not attrib or el.tag in _SKIP_TAGS or el in near:
            continue
        names = (attrib.get("class"), attrib.get("id"), attrib.get("itemprop"))
        hints, hinted = _hints(hinting, names, _BYLINE_HINTS)
        rel = attrib.get("rel")
        if not (hinted or (rel and "author" in rel)):
            continue
        text = _byline_text(el, hints)
        if text:
            found.append((el, text))
            if len(found) >= _MAX_DATED:
                break
    return found


def _byline_text(el: lxml.html.HtmlElement, hints: str) -> str:
    """The text of an element whose class, id, itemprop or rel marks a byline; "" for one in
    comments, sidebars or teasers (`_elsewhere`) and for one too long to be a byline."""
    if _ELSEWHERE.search(hints) or _elsewhere(el):
        return ""
    text = _short_text(el)
    return text if len(text) <= _MAX_BYLINE else ""


def _opening_byline(page: _Page) -> tuple[tuple[str, ...], list[str]]:
    """The names of the first short text in the headline's region that opens with a byline
    word and reads as a byline ("Von Cosima Kunz", "Written by: Elise Nash", "Auteur : Kofi
    Tia"), for a page that marks its byline with no class: a paragraph of the article, a
    plain ``<div>``. Comments (also one whose own class says so), sidebars and teasers are
    passed over."""
    for count, el in enumerate(page.region.iter(_OPENING_TAGS)):
        if count >= _WALK:
            break
        if not may_open_byline(_first_text(el)):
            continue
        text = _short_text(el, _MAX_OPENING_BYLINE)
        if len(text) > _MAX_OPENING_BYLINE or not starts_with_byline_word(text):
            continue
        hints = f"{el.get('class') or ''} {el.get('id') or ''}"[:_MAX_HINTS]
        names = _tidy(byline_authors(text))
        if names and not _COMMENT_CLASS.search(hints) and not _elsewhere(el):
            return names, []  # the body keeps the line, as it keeps any line of its own
    return (), []


def _first_text(el: lxml.html.HtmlElement) -> str:
    """The element's first text that is not blank, without its leading spaces."""
    own = el.text
    if own and not own.isspace():
        return str(own.lstrip())
    for piece in el.itertext():
        text: str = piece.lstrip()
        if text:
            return text
    return ""


def _without_site(name: str, site_keys: set[str]) -> str:
    """A structured author field without the site's name beside a person's ("unocero -
    Alberto Ávila", "Ann Lee | Daily Courier" give the name; a site's tagline stays)."""
    parts = _split_parts(name)
    kept = [part for part in parts if _name_key(part) not in site_keys]
    return kept[0] if len(parts) > 1 and len(kept) == 1 and person_name(kept[0]) else name


def _site_keys(sites: list[str], url: str | None) -> set[str]:
    """The site's names as `_name_key` keys: ``og:site_name``, the publisher, and the
    name the URL's host registers ("stern" of www.stern.de, "orf" of wien.orf.at)."""
    keys = {_name_key(site) for site in sites}
    host = urlsplit(url).hostname if url else None
    if host:
        keys.add(_name_key(_DOMAIN_END.sub("", host).rsplit(".", 1)[-1]))
    keys.discard("")
    return keys


def _name_key(name: str) -> str:
    """A name reduced to its letters and digits, lower-cased, without a domain's ending
    ("STERN.de", "ElColombiano.com" and "El Colombiano" give "stern", "elcolombiano")."""
    return str(_NOT_ALNUM.sub("", _DOMAIN_END.sub("", name.strip().casefold())))


def _stand_in(name: str, site_keys: set[str]) -> bool:
    """True for an author name that stands in for a byline: the site's or publisher's own
    name, or an account name (one token in lower case, with digits or dots, or with a
    capital inside: "wordpressadmin", "andrew.keaveney", "KatieS")."""
    if _name_key(name) in site_keys:
        return True
    return " " not in name and _ACCOUNT.search(name) is not None


def _clean_all(names: Iterable[str], *, structured: bool = False) -> tuple[str, ...]:
    """Cleaned, de-duplicated names; a `structured` field (JSON-LD, ``meta``) may also hold
    a user name or an organisation, taken as written when it is name-sized."""
    found: list[str] = []
    for name in names:
        cleaned = _clean_one(name)
        if not cleaned and structured:
            text = _norm(name)
            usable = _HANDLE_NAME.match(text) and not text.isdigit() and not _AUTHOR_WORD.search(text)
            cleaned = (text,) if usable and len(text.split()) <= 5 else ()
        for author in cleaned:
            if author.casefold() not in (a.casefold() for a in found):
                found.append(author)
    return tuple(found)


def _clean_one(text: str) -> tuple[str, ...]:
    """The names in one structured field, without a social media handle after them ("Ann
    Lee @annlee")."""
    text = _HANDLE_AFTER.sub("", _norm(text))
    if not text or len(text) > _MAX_BYLINE or _URLISH.search(text):
        return ()
    text = _BY_LABEL.sub("", text)
    names = clean_names(text, allow_handle=False)
    if names:
        return names
    name = person_name(text, lenient=True)
    return (name,) if name else ()


def _byline_names(bylines: list[tuple[lxml.html.HtmlElement, str]]) -> tuple[tuple[str, ...], list[str]]:
    """Names from the first byline element that gives some; its siblings' names join them."""
    for k, (el, text) in enumerate(bylines):
        names = _element_names(el, text)
        if not names or _OTHER_ROLE.search(_label_before(el)):
            continue
        used = [text]
        parent = el.getparent()
        for other, other_text in bylines[k + 1 : k + 6]:
            same_kind = other.getparent() is parent and other.tag == el.tag
            if same_kind and not _OTHER_ROLE.search(_label_before(other)):
                more = _element_names(other, other_text)
                names = names + tuple(n for n in more if n not in names)
                used.append(other_text)
        return _tidy(names), used
    return (), []


def _tidy(names: tuple[str, ...]) -> tuple[str, ...]:
    """Names without what a page glues to them: a month or weekday after ("Ann Lee
    December"), the avatar's initials before ("AL Ann Lee"), the name again ("Ann Lee Ann")."""
    tidy = []
    for name in names:
        tokens = name.split()
        while len(tokens) > 1 and _glued_date_word(tokens[-1], len(tokens)):
            tokens.pop()
        if _AUTHOR_WORD.search(" ".join(tokens)):  # "No Author", "Autor unbekannt": a label
            continue
        if len(tokens) > 2 and tokens[0].isupper() and tokens[0] == "".join(t[0] for t in tokens[1:3]):
            tokens.pop(0)
        for k in range(1, len(tokens) // 2 + 1):  # "Ann Lee Ann Lee": a link and its tooltip
            if tokens[k : 2 * k] == tokens[:k]:
                tokens = tokens[:k]
                break
        tidy.append(" ".join(tokens))
    return tuple(tidy)


def _glued_date_word(token: str, tokens: int) -> bool:
    """True for a month or weekday that a byline glued after a name ("Sarah July", "Ann Lee
    Dec", "Tom Berg Fr"); a month that is also a surname ("May") only after two names."""
    word = token.lower().rstrip(".,")
    if _WEEKDAY_ABBREVIATION.match(token):
        return tokens > 2
    return word in MONTHS and (tokens > 2 or word not in _NAME_MONTHS)


def _element_names(el: lxml.html.HtmlElement, text: str) -> tuple[str, ...]:
    """The names a byline element shows. In an element made of blocks (an author box: the
    name as a heading, then a paragraph of bio) whose later blocks are not names, the names
    end with the first block, or the second after a block that is only a byline word
    ("Published by" / "Ann Lee" / "Ann is a reporter...")."""
    if el.get("itemprop") == "author":
        inner = el.find(".//*[@itemprop='name']")
        if inner is not None:
            text = _short_text(inner) or str(inner.get("content") or "") or text
            return _text_names(el, text)
    lines = _block_lines(el) if len(el) else []
    if len(lines) > 1:
        take = 2 if byline_label(lines[0]) or _only_by_label(lines[0]) else 1
        names = _text_names(el, " ".join(lines[:take]))
        if names and not any(byline_authors(line) or person_name(line) for line in lines[take:]):
            return names
    return _text_names(el, text)


def _only_by_label(line: str) -> bool:
    """True for a line that is only a "by" label ("Eingestellt von", "Written by")."""
    m = _BY_LABEL.match(f"{line} ")
    return m is not None and m.end() > len(line)


def _block_lines(el: lxml.html.HtmlElement) -> list[str]:
    """The element's text cut where its blocks (headings, paragraphs, ``<div>``) start and
    end, each piece whitespace-normalised; read up to a little after `_MAX_TEXT` characters."""
    parts: list[str] = []
    size = 0
    for event, node in etree.iterwalk(el, events=("start", "end")):
        if size > _MAX_TEXT:
            break
        if not isinstance(node.tag, str) or node.tag in _SKIP_TAGS:
            text = node.tail if event == "end" and node is not el else None
        else:
            if node.tag in _BLOCK_TAGS and node is not el:
                parts.append("\n")
            text = node.text if event == "start" else node.tail if node is not el else None
        if text:
            parts.append(text)
            size += len(text)
    return [line for line in (_norm(piece) for piece in " ".join(parts).split("\n")) if line]


def _text_names(el: lxml.html.HtmlElement, text: str) -> tuple[str, ...]:
    """The names in the text of a byline element `el`."""
    if byline_label(text):
        return ()
    found = byline_authors(text)
    if found or len(text) > _MAX_BARE_BYLINE:
        return found
    names = label_names(_BY_LABEL.sub("", text.lstrip(_SEPARATOR_CHARS + "~*")))
    names = tuple(name for name in names if f"{name}:" not in text)  # a label: "Źródło:", "Quelle:"
    if _names_element(el) or any(" " in name for name in names):
        return names
    # a bare word in a byline-classed box is a label ("Veröffentlicht", "Stand") unless the
    # page shows nothing else by the headline
    return tuple(name for name in names if not _LABEL_WORD.search(name))


def _names_element(el: lxml.html.HtmlElement) -> bool:
    """True for an element that holds only an author's name: ``rel=author``,
    ``itemprop=author``, a link to an author page, a class naming a name."""
    hints = f"{el.get('rel') or ''} {el.get('itemprop') or ''} {el.get('class') or ''}".lower()
    return ("author" in hints and ("name" in hints or "rel" in el.attrib or "itemprop" in el.attrib)) or (
        el.tag == "a" and _AUTHOR_LINK.search(el.get("href") or "") is not None
    )


def _texts_naming(bylines: list[tuple[lxml.html.HtmlElement, str]], names: tuple[str, ...]) -> list[str]:
    """The byline texts that name one of `names`, to be dropped from the body."""
    keys = [n.casefold() for n in names]
    return [text for _, text in bylines if any(k in text.casefold() for k in keys)][:3]


# --- date ----------------------------------------------------------------------------------------


class _Dates:
    """Reads date strings with the page's day/month order, keeping only plausible dates.

    Only the regex paths of `newsclean._dates` are used, except in `fuzzy`, the cascade's
    last step, which may call `dateparser` on a few short strings.
    """

    def __init__(
        self, options: CleanOptions, fetched_at: datetime | None, language: str | None, url: str | None
    ) -> None:
        self.min_year = options.min_year
        self.latest = (fetched_at or datetime.now()) + timedelta(days=options.allow_future_days)
        self.language = language
        self.url = url
        self.forced = options.date_order is not None
        self.order = options.date_order or infer_order((), language, url)
        self.anchor: date | None = None  # the structured date, which settles a swappable one
        self._hits: dict[str, list[DateHit]] = {}

    def hits(self, text: str) -> list[DateHit]:
        """`find_dates` of `text`, read once per page however often it is asked for."""
        found = self._hits.get(text)
        if found is None:
            found = self._hits[text] = find_dates(text)
        return found

    def resolve(self, hit: DateHit) -> datetime | None:
        """`hit` read in the page's order, or the other way when only that gives the day of
        the structured date (``11/01/2021`` beside ``2021-11-01T04:00``)."""
        value = hit.resolve(self.order)
        if hit.ambiguous and self.anchor is not None and not self.forced:
            swapped = hit.resolve("MDY" if self.order == "DMY" else "DMY")
            if swapped is not None and swapped.date() == self.anchor:
                return swapped
        return value

    def settle(self, hits: Iterable[DateHit]) -> None:
        """Read ambiguous numeric dates in the order the page's own dates show."""
        if not self.forced:
            self.order = infer_order(hits, self.language, self.url)

    def parse(self, text: str | None) -> datetime | None:
        """The first plausible date at the start of a short field such as a ``meta`` value."""
        return self.first_in(text[:_MAX_FIELD]) if text else None

    def ok(self, value: datetime) -> bool:
        return plausible(value, self.min_year, self.latest)

    def first_in(self, text: str) -> datetime | None:
        """The first plausible date in `text` that is not labelled as an update; one
        labelled as the publication date ("Published", "Veröffentlicht") comes first."""
        return self.labelled(text)[0]

    def labelled(self, text: str, lead: int | None = None) -> tuple[datetime | None, datetime | None]:
        """`first_in`, and the first date labelled as an update ("Updated", "Aktualisiert").
        With `lead`, an unlabelled date after more than `lead` words is passed over (it is
        inside a sentence or a teaser's headline: "... Anwaltspostfachs ab 1.1.2022")."""
        first = update = None
        for hit in self.hits(text):
            value = self.resolve(hit)
            if value is None or not self.ok(value):
                continue
            label = text[max(0, hit.start - _LABEL_SPAN) : hit.start].lower()
            updated = _UPDATED_LABEL.search(label)
            published = _PUBLISHED_LABEL.search(label)
            if published and (not updated or published.start() > updated.start()):
                return value, update
            if updated:
                update = update or value
            elif first is None and (lead is None or len(text[: hit.start].split()) <= lead):
                first = value
        return first, update

    def original(self, text: str) -> datetime | None:
        """The first plausible date in `text` labelled as the first publication ("Originally
        published on May 4, 2019", "Zuerst erschienen am 4. Mai 2019"), if any."""
        lower = text.lower()
        if _ORIGINAL_LABEL.search(lower) is None:
            return None
        for hit in self.hits(text):
            value = self.resolve(hit)
            label = lower[max(0, hit.start - _LABEL_SPAN - 10) : hit.start]
            if value is not None and self.ok(value) and _ORIGINAL_LABEL.search(label):
                return value
        return None

    def fuzzy(self, texts: Iterable[str]) -> datetime | None:
        """The first short text that `dateparser` reads as a plausible date."""
        for text in texts:
            if len(text) <= _MAX_FUZZY:
                value = parse_date_string(text, self.order, self.language)
                if value is not None and self.ok(value):
                    return value
        return None


def _date(
    page: _Page,
    ld: JsonLd,
    url: str | None,
    fetched_at: datetime | None,
    options: CleanOptions,
    language: str | None,
) -> tuple[datetime | None, str | None, list[str]]:
    """The publication date, where it came from, and the texts of the elements it was read in."""
    dates = _Dates(options, fetched_at, language, url)
    from_url = date_from_url(url)
    if from_url is not None and dates.ok(from_url):
        return from_url, "url", []
    published, source = _structured(page.metas, ld, dates)
    dates.anchor = published.date() if published is not None else None
    modified = dates.parse(_first(page.metas, _MODIFIED_KEYS)) or dates.parse(ld.modified)
    shown, shown_source, shown_text, shown_update, listed = _shown_date(page, dates)
    if published is not None:
        stated = (published, dates.parse(ld.published), dates.parse(ld.created))
        agrees = shown is not None and shown.date() == published.date()
        # A shown date on another day wins; on the same day the structured one is kept, with
        # its source (the more reliable) and whatever time and zone it states.
        if (
            shown is not None
            and not agrees
            and (shown_source in ("time", "byline") or _earlier_or_local(shown, published))
            and not _after_last_change(shown, modified, stated)
        ):
            return shown, shown_source, [shown_text]
        return published, source, [shown_text] if agrees else []
    if shown is not None:
        return shown, shown_source, [shown_text]
    found = _page_time(page, dates)
    if found is not None:
        return found, "time", []
    found = _script_date(page.other_scripts, dates)
    if found is not None:
        return found, "meta", []
    if shown_update is not None:
        return shown_update, shown_source or "text", []
    if modified is not None:
        return modified, "meta" if _first(page.metas, _MODIFIED_KEYS) else "json-ld", []
    found = _text_date(page, dates) or listed  # a page that lists posts: the first one's
    if found is not None:
        return found, "text", []
    texts = [_short_text(el, _MAX_FUZZY) for el in (*page.times, *page.dated)]
    found = dates.fuzzy(t for t in texts if not _MODIFIED_CLASS.search(t[:20].lower()))
    if found is not None:
        return found, "text", []
    return None, None, []


def _earlier_or_local(shown: datetime, published: datetime) -> bool:
    """True when the date shown by the headline should win over the structured one: it is
    earlier (the first publication; structured fields are often rewritten on republishing)
    or less than a day away (the structured time is in UTC, the page shows its local day)."""
    if shown.date() == published.date():
        return False
    shown_naive, published_naive = shown.replace(tzinfo=None), published.replace(tzinfo=None)
    return shown.date() < published.date() or abs(shown_naive - published_naive) < timedelta(days=1)


def _after_last_change(
    shown: datetime, modified: datetime | None, published: Iterable[datetime | None]
) -> bool:
    """True when the page states when it was last modified and `shown` is a day or more after
    that and after every structured publication date: a page is not published after its last
    change, so such a date is something else (the day the page was built or cached)."""
    if modified is None:
        return False
    latest = max(v.replace(tzinfo=None) for v in (modified, *published) if v is not None)
    return shown.replace(tzinfo=None) - latest >= timedelta(days=1)


def _structured(metas: dict[str, list[str]], ld: JsonLd, dates: _Dates) -> tuple[datetime | None, str | None]:
    """The first plausible publication date of the ``meta`` fields, then of JSON-LD."""
    for key in _PUBLISHED_KEYS:
        for value in metas.get(key, ()):
            found = dates.parse(value)
            if found is not None:
                return found, "meta"
    for key, values in metas.items():  # a site's own field: "w-published-date", "article.pubdate"
        if _PUBLISHED_KEY.search(key) and not _MODIFIED_CLASS.search(key):
            found = dates.parse(values[0])
            if found is not None:
                return found, "meta"
    for field in (ld.published, ld.created):
        found = dates.parse(field)
        if found is not None:
            return found, "json-ld"
    return None, None


class _Shown(NamedTuple):
    """The date a page shows by its headline (see `_shown_date`)."""

    value: datetime | None
    source: str | None
    text: str  # the byline or date element it was read in, for the body to drop ("" for a bare date)
    update: datetime | None  # a date shown there as an update ("Updated May 4")
    listed: datetime | None  # the first date of a list of teasers, each with its own date


def _shown_date(page: _Page, dates: _Dates) -> _Shown:
    """The date the page shows by its headline: a ``<time>``, else the byline, else a date
    element, each unless it is one of a list of teasers (`_listed`)."""
    found, text, update = _time_element(page.times, dates, page.after_h1)
    if found is not None:
        return _Shown(found, "time", text, None, None)
    bylines = [(el, text) for el, text in page.bylines]
    dated = [(el, _short_text(el, 120)) for el in page.dated]
    dates.settle(hit for _, text in (*bylines, *dated) for hit in dates.hits(text))
    for _, text in (*bylines, *dated):
        found = dates.original(text)
        if found is not None:
            return _Shown(found, "text", text, None, None)
    first_listed = None
    for source, candidates in (("byline", bylines), ("text", dated), ("plain", [])):
        if source == "plain":  # bare dates, read only now: most pages do not need them
            candidates = _bare_dates(page, dates, [*bylines, *dated])
        lead = _MAX_LEAD if source == "text" else None
        read = [(el, text, *_labelled(el, text, dates, lead)) for el, text in candidates]
        listed = _listed((el, found or updated) for el, _, found, updated in read)
        for el, text, found, updated in read:
            if found is not None and el in listed:
                first_listed = first_listed or found
            elif found is not None:
                if source == "plain":  # not a byline block: the body keeps it
                    return _Shown(found, "text", "", update, None)
                return _Shown(found, source, text, update, None)
            if source != "plain":  # an update shown in a bare element may be anyone's
                update = update or updated
    return _Shown(None, None, "", update, first_listed)


def _bare_dates(
    page: _Page, dates: _Dates, read: list[tuple[lxml.html.HtmlElement, str]]
) -> list[tuple[lxml.html.HtmlElement, str]]:
    """The bare dates by the headline (`_Page.plain`) outside comments, sidebars and
    navigation, with their texts; the page's date order settled again with them."""
    plain = [(el, _short_text(el, _MAX_PLAIN_DATE)) for el in page.plain()]
    plain = [(el, t) for el, t in plain if len(t) <= _MAX_PLAIN_DATE and _only_date(t, dates.hits(t))]
    plain = [(el, t) for el, t in plain if not _date_elsewhere(el, page.after_h1)]
    if plain:
        dates.settle(hit for _, text in (*read, *plain) for hit in dates.hits(text))
    return plain


def _labelled(
    el: lxml.html.HtmlElement, text: str, dates: _Dates, lead: int | None = None
) -> tuple[datetime | None, datetime | None]:
    """`_Dates.labelled` of an element's text, where the text of a child marked as an update
    (``<span class="updated">``, ``<div class="date-modified">``) counts as labelled so."""
    found, updated = dates.labelled(text, lead)
    if found is None or not len(el):
        return found, updated
    update = None
    for child in itertools.islice(el.iterdescendants(), _MAX_CHILDREN):
        hints = f"{child.get('class') or ''} {child.get('id') or ''}"[:_MAX_HINTS].lower()
        if _update_class(hints):
            marked = _short_text(child, 120)
            if marked:
                update = update or dates.first_in(marked)
                text = text.replace(marked, " ")
    if update is None:
        return found, updated
    found, updated = dates.labelled(text, lead)
    return found, update or updated


def _only_date(text: str, hits: list[DateHit]) -> bool:
    """True for a short text that is a date, after at most a word or two and before at most a
    few words ("Dec 30, 2013", "Posted 12.05.2020", "1. Februar 2022, Ann Lee")."""
    if not hits:
        return False
    hit = hits[0]
    before, after = text[: hit.start].strip(), text[hit.end :].split()
    return len(before) <= _MAX_DATE_LABEL and len(after) <= _MAX_DATE_TAIL


def _listed(elements: Iterable[tuple[lxml.html.HtmlElement, datetime | None]]) -> set[lxml.html.HtmlElement]:
    """The elements of a list of teasers: those whose tag and class (or, without one, their
    parent's class) other elements share while showing another day ("Mar 3, 2021", "Feb 27,
    2021"... each under its own post)."""
    days: dict[tuple[str, str], set[object]] = {}
    members: dict[tuple[str, str], list[lxml.html.HtmlElement]] = {}
    for el, found in elements:
        parent = el.getparent()
        cls = el.get("class") or (f"^{parent.get('class') or ''}" if parent is not None else "")
        if len(cls) > 1 and found is not None:
            key = (el.tag, cls)
            days.setdefault(key, set()).add(found.date())
            members.setdefault(key, []).append(el)
    return {el for key, day in days.items() if len(day) > 1 for el in members[key]}


def _script_date(scripts: list[lxml.html.HtmlElement], dates: _Dates) -> datetime | None:
    """A publication date in a page's own data layer ("datePublished": "...",
    "first-publication": "...") in a script that is not JSON-LD, as htmldate's JSON search."""
    budget = _MAX_SCRIPT_CHARS
    for el in scripts[:_MAX_SCRIPTS]:
        text = el.text or ""
        for m in _SCRIPT_DATE.finditer(text, 0, budget):
            found = dates.parse(m.group(1))
            if found is not None:
                return found
        budget -= len(text)
        if budget <= 0:
            break
    return None


def _text_date(page: _Page, dates: _Dates) -> datetime | None:
    """The first plausible date in the text of the headline's region, then of the start of
    the page, then of the whole page; a date labelled as an update only when the text read
    so far has no other."""
    update = None
    for el in (page.region, page.body):
        found, updated = dates.labelled(_visible_text(el, _MAX_REGION_TEXT))
        if found is not None:
            return found
        update = update or updated
    if update is None:  # the rest of a long page: a footer's "Stand: 3.5.2021"
        found, update = dates.labelled(_visible_text(page.body, _MAX_PAGE_TEXT))
        if found is not None:
            return found
    return update


def _time_element(
    times: list[lxml.html.HtmlElement], dates: _Dates, after_h1: lxml.html.HtmlElement | None
) -> tuple[datetime | None, str, datetime | None]:
    """The first ``<time>`` or ``itemprop=datePublished`` element outside comments and
    sidebars that is not marked as an update, its text, and the first one that is. One
    labelled as the publication date ("Published", "Veröffentlicht am" before it) is the
    page's own in a sidebar too (an info box beside the text)."""
    update = None
    for el in times:
        hints = " ".join(filter(None, (el.get("class"), el.get("itemprop"), el.get("id"))))
        if _DATE_ELSEWHERE.search(hints[:_MAX_HINTS].lower()):
            continue
        if _date_elsewhere(el, after_h1) and not _PUBLISHED_LABEL.search(_label_before(el)):
            continue
        value = el.get("datetime") or el.get("content")
        text = _short_text(el, 120)
        found = dates.parse(value) or dates.parse(text)
        if found is None:
            continue
        if _marked_update(el, hints[:_MAX_HINTS].lower(), text):
            update = update or found
            continue
        return found, text, update
    return None, "", update


def _marked_update(el: lxml.html.HtmlElement, hints: str, text: str) -> bool:
    """True for a ``<time>`` or date element that states an update: ``itemprop=dateModified``,
    an update's class on it (`_update_class`) or any modified/updated class on its parent, or
    an "Updated" label before it or at the start of its own text."""
    parent = el.getparent()
    around = f"{parent.get('class') or ''} {parent.get('id') or ''}" if parent is not None else ""
    if el.get("itemprop") == "dateModified" or _MODIFIED_CLASS.search(around[:_MAX_HINTS].lower()):
        return True
    if _update_class(hints):
        return True
    return bool(_UPDATED_LABEL.search(_label_before(el)) or _UPDATED_LABEL.search(_lead(text)))


def _update_class(hints: str) -> bool:
    """True for lower-cased class and id hints that mark an update's date ("updated",
    "date-modified"), not a post's own date marked "updated" too ("entry-date updated")."""
    return _MODIFIED_CLASS.search(hints) is not None and _POST_DATE_CLASS.search(hints) is None


def _lead(text: str) -> str:
    """The words of `text` before its first digit, lower-cased ("updated on " of "Updated on
    May 4, 2024")."""
    return _LEAD.match(text).group().lower()  # type: ignore[union-attr]


def _page_time(page: _Page, dates: _Dates) -> datetime | None:
    """The first ``<time>`` of the whole page outside comments, sidebars and quotes that is
    not an update, for a page whose headline region shows none."""
    if page.times:
        return None
    times = list(itertools.islice(page.body.iter("time"), _MAX_DATED))
    texts = [f"{el.get('datetime') or ''} {_short_text(el, 60)}" for el in times]
    dates.settle(hit for text in texts for hit in dates.hits(text))
    return _time_element(times, dates, page.after_h1)[0]


def _label_before(el: lxml.html.HtmlElement) -> str:
    """The words just before an element inside its parent ("Updated on" before a ``<time>``)."""
    previous = el.getprevious()
    parent = el.getparent()
    if previous is not None:
        before = f"{_short_text(previous, _LABEL_SPAN)} {previous.tail or ''}"
    else:
        before = parent.text or "" if parent is not None else ""
    return before[-_LABEL_SPAN:].lower()


# --- subtitle ------------------------------------------------------------------------------------


def _subtitle(page: _Page, title: str | None) -> str | None:
    """A standfirst right by the headline ``<h1>``: a dek/standfirst/subtitle-like class,
    sharing an ancestor with the ``<h1>`` within three levels; None when there is none."""
    if page.h1 is None:
        return None
    near = _ancestors(page.h1, 3)  # the elements themselves: an id() of a freed proxy is reused
    title_key = norm_key(title or "")
    for el in page.subtitles:
        if not any(a in near for a in _ancestors(el, 3)):
            continue
        text = _short_text(el, 500)
        words = len(text.split())
        if not 4 <= words <= 80 or norm_key(text) == title_key or byline_authors(text):
            continue
        return text
    return None


def _ancestors(el: lxml.html.HtmlElement, levels: int) -> list[lxml.html.HtmlElement]:
    found: list[tuple[lxml.html.HtmlElement, str]] = []
    for k, node in enumerate(el.iterancestors()):
        if k >= levels:
            break
        found.append(node)
    return found
