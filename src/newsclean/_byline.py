"""Bylines: finding author names in a line and cleaning them.

A byline names people: ``By Jane Doe and John Roe | 4 March 2021``, ``Von Anna Schmidt``,
``Posted on June 5, 2019 by Mark Smith``, ``Ann Lee, Senior Political Reporter``. Names are
split, prefixes, job titles and credentials stripped, and anything shaped like a sentence or
a menu phrase is refused.
"""

from __future__ import annotations

import regex

__all__ = ["byline_authors", "clean_names", "looks_like_name"]

_PREFIX = regex.compile(
    r"""(?ix)
    (?:^|(?<=[\s\d|•·,.)–—-]))
    (?:(?:written|posted|published|reported|words|text|story|updated|compiled|edited|reviewed)\ by
      |by|von|par|por|di|door|av|af|przez|autor(?:in|a)?|author|authors|auteur|autrice|autore|redacci[oó]n
      |texto|a\ cura\ di|r[ée]dig[ée]\ par|escrito\ por|geschrieben\ von)
    (?:\s?:\s?|\s+)(?=\S)
    """
)
_STARTS_WITH_PREFIX = regex.compile(
    r"""(?ix)^(?:(?:written|posted|reported|words|text|story|compiled)\ by|by|von|par|por|di|door
    |av|af|przez|autor(?:in|a)?|authors?|auteur|autrice|autore|texto|a\ cura\ di|r[ée]dig[ée]\ par
    |escrito\ por|geschrieben\ von)\b"""
)
# Where the names in a byline end: a separator, a date word, a digit, a bracket.
_NAMES_END = regex.compile(
    r"""(?ix)
    \s[|•·/]\s?|[|•·]|\s[-–—]\s|\s*\(|\s*\[|\s\d|(?<=\p{Ll})\d|,?\s(?:on|am|le|el|il|op|den|the|at|in|for
      |updated|published|posted|veröffentlicht|aktualisiert|publié|mis\ à\ jour|publicado|actualizado
      |pubblicato|aggiornato|gepubliceerd|last|zuletzt|–)\b
    """
)
_SPLIT_NAMES = regex.compile(r"\s*(?:,|;|&|\+|\s(?:and|und|et|y|e|en|i|och|og|ja|és|ve|dan|u\.)\s)\s*")
_CREDENTIAL = regex.compile(
    r"""(?x),?\s+(?:M\.?D|Ph\.?D|R\.?D|R\.?N|MBA|MPH|MSc|M\.?S|B\.?Sc|CFP®?|CFA|CPA|Esq|DDS|DVM
    |FACP|FRCP|LCSW|PsyD|EdD|JD|MA|BA|RDN|CDCES|NP|PA-C)\.?(?=$|[\s,])"""
)
_HONORIFIC = regex.compile(r"(?i)^(?:dr|prof|mr|mrs|ms|mme|m|herr|frau|sr|sra|dott|ing|mag)\.?\s+")
_NAME_TOKEN = regex.compile(
    r"^(?:\p{Lu}[\p{L}'’.-]*|\p{Lu}\.|(?:d'|o'|mc|mac)\p{Lu}[\p{L}'’-]*)$"
)
_PARTICLES = frozenset(
    "van von der den de del della di da du le la dos das ter ten bin al el zu vom y e st st.".split()
)
_JOB_WORDS = regex.compile(
    r"""(?ix)\b(?:reporter|correspondent|writer|editor|columnist|contributor|journalist|producer
    |analyst|director|manager|founder|co-founder|ceo|president|professor|intern|staff\ writer|author
    |photographer|chief|head|senior|associate|deputy|lead|fellow|expert|specialist|coach|host
    |redakteur(?:in)?|korrespondent(?:in)?|autor(?:in)?|chefredakteur(?:in)?|volontär(?:in)?
    |journaliste|rédact(?:eur|rice)|correspondant(?:e)?|envoyé(?:e)?|periodista|redactor(?:a)?
    |corresponsal|giornalista|redattore|inviat[oa]|verslaggever|redacteur|correspondente)\b"""
)
_NOT_NAMES = frozenset(
    """home news menu share comments comment read more search login subscribe posted updated
    published the a an in on of to and for with this that our your all about contact blog tags
    category categories related print email facebook twitter reply leave previous next
    advertisement sponsored photo image video source copyright""".split()
)
_HANDLE = regex.compile(r"^[\w.-]{3,30}$")


def byline_authors(text: str) -> tuple[str, ...]:
    """The authors named in one byline line, or () when the line is not a byline.

    Example:
        >>> byline_authors("By Jane Doe and John Roe | March 4, 2021")
        ('Jane Doe', 'John Roe')
        >>> byline_authors("By the end of the year, the council had voted twice.")
        ()
    """
    if len(text) > 300:
        return ()
    for m in _PREFIX.finditer(text):
        if m.start() > 0 and text[: m.start()].strip() and not _prefix_context_ok(text, m.start()):
            continue
        rest = text[m.end() :]
        names = _cut_names(rest)
        authors = clean_names(names, allow_handle=names.strip() == rest.strip() or _short_tail(rest))
        if authors:
            return authors
    return ()


def starts_with_byline_word(text: str) -> bool:
    """True when `text` opens with a byline word such as By, Von, Par or Por."""
    return _STARTS_WITH_PREFIX.match(text) is not None


def _prefix_context_ok(text: str, start: int) -> bool:
    """A prefix after other text counts only in a short line ("Posted June 5 by X", "2023By X")."""
    return len(text) <= 160


def _short_tail(rest: str) -> bool:
    return len(rest.split()) <= 6


def _cut_names(rest: str) -> str:
    m = _NAMES_END.search(rest)
    return rest[: m.start()] if m else rest


def clean_names(names: str, *, allow_handle: bool = False) -> tuple[str, ...]:
    """Split a run of author names and clean each; () when any part is not name-shaped.

    Example:
        >>> clean_names("Ann Lee, Senior Political Reporter, and Dr. Raj Patel, MD")
        ('Ann Lee', 'Raj Patel')
    """
    names = _CREDENTIAL.sub("", names.strip().strip(".,:;-–— "))
    parts = [p.strip(" .,:;-–—") for p in _SPLIT_NAMES.split(names)]
    authors: list[str] = []
    for part in parts:
        if not part:
            continue
        part = _HONORIFIC.sub("", part)
        if _JOB_WORDS.search(part) and authors:
            continue
        if looks_like_name(part):
            authors.append(part)
        elif allow_handle and len(parts) == 1 and _HANDLE.match(part) and part.lower() not in _NOT_NAMES:
            authors.append(part)
        else:
            return tuple(authors) if authors and _JOB_WORDS.search(part) else ()
    seen: set[str] = set()
    return tuple(a for a in authors if not (a.casefold() in seen or seen.add(a.casefold())))


def looks_like_name(text: str) -> bool:
    """True for a person's or an organisation's name: 1-5 capitalised words, no sentence words.

    Example:
        >>> looks_like_name("Anna-Lena van der Berg"), looks_like_name("Partner With Us")
        (True, False)
    """
    tokens = text.split()
    if not 1 <= len(tokens) <= 5 or len(text) > 60:
        return False
    capitalised = 0
    for token in tokens:
        lower = token.lower()
        if lower in _NOT_NAMES:
            return False
        if _NAME_TOKEN.match(token):
            capitalised += 1
        elif lower not in _PARTICLES:
            return False
    return capitalised >= 1 and (len(tokens) > 1 or len(text) >= 3)
