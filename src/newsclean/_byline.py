"""Bylines: finding author names in a line and cleaning them.

A byline names people: ``By Jane Doe and John Roe | 4 March 2021``, ``Von Anna Schmidt``,
``Posted on June 5, 2019 by Mark Smith``, ``Ann Lee, Senior Political Reporter``. Names are
split, prefixes, job titles and credentials stripped, and anything shaped like a sentence or
a menu phrase is refused.

Three shapes are read here:

* `byline_authors`: one line that carries a byline word ("By X", "Posted on DATE by X",
  "2025By X", "Veröffentlicht vonChris Jung").
* `byline_label`: a line that is *only* the byline word ("By", "Written by", "Autor:"), whose
  names are on the next line (`label_names`).
* `person_name`: a bare line that is a person's name, optionally followed by credentials or a
  job title ("Tracy Parker, Dietitian", "Harald Bauer Autor"); stricter than
  `looks_like_name`, because a bare line has no byline word to vouch for it.
"""

from __future__ import annotations

import functools
import re

import regex

from ._lexicon import MONTHS, STOPWORDS, WEEKDAYS


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _openings(pattern: regex.Pattern[str]) -> frozenset[str]:
    """The lower-cased ASCII openings, of one and of two characters, of the texts that
    `pattern` can match at their start, found once by partial matching (a text with any
    other ASCII opening cannot match: `_may_open`)."""
    chars = sorted({chr(c).lower() for c in range(128)})
    firsts = [a for a in chars if pattern.match(a, partial=True)]
    return frozenset([*firsts, *(a + b for a in firsts for b in chars if pattern.match(a + b, partial=True))])


def _may_open(text: str, openings: frozenset[str]) -> bool:
    """False when `text` opens with an ASCII opening not in `openings` (`_openings`)."""
    head = text[:2]
    return not head.isascii() or head.lower() in openings


__all__ = [
    "byline_at_end",
    "byline_authors",
    "byline_before_date",
    "byline_label",
    "clean_names",
    "group_name",
    "has_byline_hint",
    "job_title",
    "label_names",
    "looks_like_name",
    "may_open_byline",
    "name_after_date",
    "name_before_date",
    "person_name",
    "starts_with_byline_word",
    "starts_with_date",
    "team_name",
]

# Byline words. The English ones are matched case-insensitively; a capitalised "By" or
# "Written by" may also be glued to the previous word ("CateringBy", "appsWritten by"), and
# "by"/"von" may be glued to the name ("ByAmy Roeder", "vonChris Jung").
_PREFIX_WORDS = r"""
    (?:written|posted|published|reported|words|text|story|compiled|created|authored|article
      |geschrieben|verfasst|veröffentlicht|erstellt|eingetragen|gespeichert|publiziert
      |publié|écrit|rédigé|escrito|publicado|scritto|pubblicato|geschreven
      |(?:blog\ )?(?:beitrag|artikel|kommentar|gastbeitrag|gastkommentar|kolumne|interview
        |essay|column|post|analyse|bericht|reportage))\ (?:by|von|vom|par|por|da|door)
    |by|von|vom|par|por|di|door|av|af|przez|autor(?:in|a|en)?|authors?|auteure?|autrice|autore
    |redacci[oó]n|redaktion(?=\s?:)|texto|a\ cura\ di|ein\ beitrag\ von|text\ und\ fotos?\ von|text\ von
    |text(?=\s?:)|about\ the\ author|über\ den\ autor(?:in)?
"""
_PREFIX = regex.compile(
    rf"""(?ix)
    (?:^|(?<=[\s\d|•·,.;:)\]–—?!-])|(?<=(?-i:\p{{L}}))(?=(?-i:By\s|By\p{{Lu}}|Written|Posted|Author|About)))
    (?P<word>{_PREFIX_WORDS})
    (?:\s?:\s?|\s+|(?<=(?:by|von|vom|author))(?=(?-i:\p{{Lu}}\p{{Ll}})))(?=\S)
    """
)
# Every byline word and byline label holds one of these, lower-cased ("aut" for autor,
# author, auteur, autrice; "reda" for redacción, Redaktion; "trib" for contributor,
# contributeur; "wirk" for Mitwirkende): a line without any has no byline
# word, and this search (one pass in C) costs far less than one with `_PREFIX`.
_PREFIX_HINTS = re.compile("by|von|vom|par|por|da|di|door|av|af|przez|aut|reda|text|trib|wirk")
# Where `_PREFIX` can find a byline word, told by two `re` searches that cost far less than
# its own: a byline word after a non-letter, followed by a space or a colon (or "by", "von",
# "vom", "author" glued to a name), in the folded text (`_FOLD`, then lower case: every
# letter that `regex`'s IGNORECASE matches with a letter of the words becomes that letter);
# or a capitalised "By", "Written", "Posted", "Author", "About" glued to the word before it.
_FOLD = str.maketrans({"\u0130": "i", "\u017f": "s", "\u212a": "k"})  # İ, long s, Kelvin sign
_PREFIX_AFTER_NON_LETTER = re.compile(rf"(?x)(?<![a-z])(?:(?:{_PREFIX_WORDS})(?=[\s:])|by|von|vom|author)")
_PREFIX_GLUED = re.compile(r"(?<![\s0-9!-/:-@\[-`{-~])(?:By(?![a-z])|Written|Posted|Author|About)")
_STARTS_WITH_PREFIX = regex.compile(rf"(?ix)^(?:{_PREFIX_WORDS})(?:\b|(?=(?-i:\p{{Lu}}\p{{Ll}})))")
_PREFIX_OPENINGS = _openings(_STARTS_WITH_PREFIX)
# How far from the end of a block `byline_at_end` looks; a person's name glued to the end of
# a block: two to four capitalised words after a word of three lower-case letters or more, or
# after a sentence end or a bracket ("CertificationJane Doe", "U.S.Jane Doe").
_END_REACH = 120
_SENTENCE_ENDS = frozenset('.!?…"”')
_GLUED_TAIL = regex.compile(
    r"(?:(?<=\p{Ll}{3})|(?<=[.!?)\]]))\p{Lu}\p{Ll}[\p{L}'’-]{0,30}(?:\s\p{Lu}[\p{L}'’.-]{0,30}){1,3}$"
)
# A capitalised byline word inside a long block, maybe glued to the words around it
# ("actByAlex Bozarjian"); how many of them `byline_before_date` tries in one block; the
# roles of a name that a "By" names and that are not the author's.
# (The lookahead of first letters lets `re` skip the other positions fast.)
_CAPITAL_PREFIX = re.compile(
    r"(?=[BVPWTE])(?:(?:Written|Posted|Text) [bB]y|(?:Text|Ein Beitrag) von|By|BY|Von|VON|Por|Par)(?![a-z])"
)
_MID_BYLINE_TRIES = 20
_GAP = " |•·⋅/–—-,\xa0\t"
_NOT_AUTHOR_ROLE = re.compile(
    r"(?i)(?:review|check|edit|photo|foto|bild|sponsor|illustrat|translat|übersetz|power|present|image"
    r"|produc|design|develop|theme|made|liked|geprüft)"
)
# A line that is only a byline word, or the heading of a list of a page's writers with its
# colon ("Contributors:"; without one it is a menu link): its names are on the next line.
_LABEL = regex.compile(
    rf"""(?ix)^(?:
    (?:(?:article|post|story|words|text|beitrag|artikel)\ )?
    (?:{_PREFIX_WORDS}|à\ propos\ de\ l'auteur|author\ details|the\ author)\s*:?
    |(?:contributors?|contributeurs?|mitwirkende)\s*:)$"""
)
_LABEL_OPENINGS = _openings(_LABEL)
# Where the names in a byline end: a separator, a date word, a digit, a bracket, a currency
# sign, a comment counter ("No Comments", "Ein Kommentar"), a slash glued to a capital
# ("Jan Roth/SP-X"), a label with its colon ("Fotos:", "Édition :"), or a word or an acronym
# glued to the name ("Sara CoughlinJune 5", "Evan HalperStaff Writer", "Ph.D.Updated on",
# "Ann Lee-BergLast updated", "Jane DoeAI Writer").
_MONTH_NAMES = "|".join(sorted((regex.escape(m) for m in MONTHS if len(m) >= 3), key=len, reverse=True))
_NAMES_END = regex.compile(
    rf"""(?x)
    \s[|•·⋅/]\s?|[|•·⋅×]|(?<=\p{{Ll}})/(?=\p{{Lu}})|\s[-–—]\s|\s*\(|\s*\[|\s*[$€£¥]|\s\d|(?<=\p{{Ll}})(?=\d+\s+\p{{L}})|(?<=\s\p{{L}}*\p{{Ll}})\d|\s*[\n\t]
    |(?i:facebook|twitter|linkedin|instagram|whatsapp|flipboard|pinterest)
    |\s(?i:(?:ein|one|no|kein|keine|un|une)\s)?(?i:comments?|kommentare?|commentaires?|comentarios?)\b
    |(?<=\s\p{{Lu}}[\p{{L}}'’-]*\p{{Ll}}{{2}})(?<![\s-](?:Mac|Van|San|Von|Del|Des|Dos|Las|Los|Della|Fitz))(?=\p{{Lu}}\p{{Ll}}|\p{{Lu}}{{2,}}\s)|(?<=\.)(?=\p{{Lu}}\p{{Ll}}{{2}})|(?<=\p{{Ll}}{{2}})\.(?=\s|\d|$)
    |(?=By\s\p{{Lu}})|\s(?=\p{{Lu}}\p{{Ll}}+\s?:)|\s?(?=(?:Follow|Share|Subscribe|Email|View|More|Read)(?!\p{{Ll}}))
    |(?<=\p{{Ll}})-?(?=(?=\p{{Lu}})(?i:{_MONTH_NAMES})\.?\s+\d)
    |,?\s(?:le|el|il|op|den)\b|(?i:\s(?:le|el|il|op|den|am|on)\s+(?=\d))
    |(?i:,?\s(?:on|am|um|the|at|in|for|who|is|was|writes|wrote|schreibt
      |updated|published|posted|veröffentlicht|publiziert|aktualisiert|publié|mis\ à\ jour|publicado
      |actualizado|pubblicato|aggiornato|gepubliceerd|last|zuletzt|–)\b)
    """
)
_SPLIT_GROUPS = regex.compile(
    r"\s*(?:,?\s*(?:;|&|\+)|,?\s(?:and|And|AND|und|sowie|et|y|e|en|i|och|og|ja|és|ve|dan|u\.)\s)\s*"
)
_CREDENTIAL = regex.compile(
    r"""(?x),?\s+(?:M\.?D|Ph\.?\s?D|R\.?D|R\.?N|MBA|MPH|MSc|M\.?S|B\.?Sc|B\.?S|CFP®?|CFA|CPA|Esq|DDS
    |DVM|FACP|FRCP|LCSW|PsyD|EdD|JD|MA|BA|RDN|CDCES|NP|PA-C|FAND|CSCS|ACE|NASM|RYT|LMFT|LPC|MSW
    |DO|PharmD|DPT|FNP|APRN|CNM|IBCLC|CNS|CPT|CSSD|FACLM|Dipl\.-\w+)\.?(?=$|[\s,])"""
)
_HONORIFIC = regex.compile(r"(?i)^(?:dr|prof|mr|mrs|ms|mme|m|herr|frau|sr|sra|dott|ing|mag)\.?\s+")
_NAME_TOKEN = regex.compile(r"^(?:\p{Lu}[\p{L}'’.-]*|\p{Lu}\.|(?:d'|o'|mc|mac)\p{Lu}[\p{L}'’-]*)$")
_PARTICLES = _words(
    "van von der den de del della di da du le la dos das ter ten bin al el zu vom y e st st. v. v"
)
_JOB_WORDS = regex.compile(
    r"""(?ix)\b(?:reporter|correspondent|writer|editor|columnist|contributor|journalist(?:in)?|producer
    |analyst|director|manager|founder|co-founder|ceo|cto|cfo|coo|cmo|vp|president|professor|intern
    |staff\ writer|author|photographer|chief|head|senior|associate|deputy|lead|fellow|expert(?:e|in)?
    |specialist|coach|host|desk|attorney|lawyer|dietitian|nutritionist|physician|doctor|nurse|educator
    |horticulturi?st|horticulturalist|coordinator|officer|strategist|consultant|scientist
    |researcher|engineer|developer|designer|architect|marketer|advisor|adviser|planner|therapist
    |trainer|instructor|teacher|owner|principal|evangelist|copywriter|blogger|partner|student
    |redakteur(?:in)?|korrespondent(?:in)?|autor(?:in)?|chefredakteur(?:in)?|volontär(?:in)?
    |pressesprecher(?:in)?|sprecher(?:in)?|mitarbeiter(?:in)?|geschäftsführer(?:in)?
    |journaliste|rédact(?:eur|rice)|correspondant(?:e)?|envoyé(?:e)?|periodista|redactor(?:a)?
    |corresponsal|giornalista|redattore|inviat[oa]|verslaggever|redacteur|correspondente
    |\w{3,}(?:redakteur|korrespondent|reporter|journalist|autor|sprecher|leiter)(?:in)?)\b"""
)
# Words that open a job title before its job word ("Content Marketing Coordinator").
_JOB_MODIFIERS = _words(
    """senior junior chief head lead managing executive associate assistant deputy contributing
    staff content marketing digital news print sports political health science features
    social media technology tech business travel food legal medical editorial community
    product general creative"""
)
_NOT_NAMES = _words(
    """home news menu share comments comment read more search login subscribe posted updated
    published the a an in on of to and for with this that our your all about contact blog tags
    category categories related print email facebook twitter reply leave previous next
    advertisement sponsored photo image video source copyright from by via view see last"""
)
# Common words of menus, categories and calls to action. A name-shaped line made of them
# ("Travel Tips", "By Company Size", "Get Started Free") is page furniture, not a person.
_NAV_WORDS = _words(
    """tips guide guides travel marketing strategy planning analytics tools tool development
    app apps mobile top get join free started service services pricing expert reviewed problems
    garden culture capitals diary abstract themes theme keywords insight insights quick coding
    setup reveal main header
    exploring commands advertiser disclosure editorial guidelines agencies agency event events
    type size case use region topic topics industry industries course courses state states
    city county country role product products location price design website information names
    name blog resources business health finance technology software data security review
    reviews recipes recipe shop store sale deals best how what why latest popular trending
    all learn discover explore book find start try sign watch download follow back skip load
    show open close table contents summary overview introduction conclusion faq support help
    account cart register newsletter podcast videos photos gallery media press careers jobs
    privacy policy terms cookies settings submit send click here today daily weekly monthly
    update updates edition series chapter lifestyle food fitness beauty fashion sports
    politics world local opinion analysis feature features interview research science
    education career money investing insurance legal medical personal social digital online
    web internet cloud machine learning solutions solution platform integrations customers
    partners company companies team's stories story articles article posts post archive
    archives sitemap community forum events webinar webinars ebook whitepaper case studies
    demo trial pricing plans plan request quote shipping returns faqs disclaimer policies
    startseite nachrichten kategorie kategorien allgemein allgemeines politik wirtschaft
    kultur ratgeber aktuelles aktuell termine impressum datenschutz kontakt übersicht
    suche anmelden abonnieren teilen kommentare kommentar beitrag beiträge artikel weitere
    accueil actualités catégorie rubrique inicio noticias categoría
    corp inc llc ltd gmbh plc holdings group bank"""
)
# Noun endings that person names practically never have ("Analytics", "Disclosure").
_NOUN_ENDING = regex.compile(
    r"(?i)(?:tion|sion|ment|ness|ity|ics|ogy|ship|ance|ence|ture|ism|ings|ung|keit|heit|ware)$"
)
# Function words of every language, month and weekday names: never a name or a handle alone.
_COMMON = frozenset().union(*STOPWORDS.values(), MONTHS, WEEKDAYS) - _PARTICLES
# The words that name a team or a newsroom.
_TEAM_WORDS = r"team|staff|editors|editorial\ team|desk|newsroom|redaktion|rédaction|redacción"
# A byline naming a team: "The Upwork Team", "Our Editors", or without the article (lower
# case too: "by the Acme Team") with one to three capitalised words before the team word
# ("News Desk", "ACO Rankings Team"); after a byline word, common words will do there.
_GROUP_ARTICLES = "The|Our|Die|Das|La|Le|Les|El"
_GROUP_NAME = regex.compile(
    rf"""(?x)^(?:(?:{_GROUP_ARTICLES})\s+(?:\p{{Lu}}[\p{{L}}&.'’-]*\s+){{0,3}}
    |(?:(?i:{_GROUP_ARTICLES})\s+)?(?:\p{{Lu}}[\p{{L}}\d&.'’-]*\s+){{1,3}})(?i:{_TEAM_WORDS})$"""
)
# A bare line naming a team or a newsroom: "Everfit Team", "EDB Team", "Redaktion Haus.de",
# "Team Tiger Data", or the team word alone ("Staff", "Redaktion").
_BRAND_WORD = r"[\p{Lu}\d][\p{L}\d&.'’-]*"
_TEAM_NAME = regex.compile(
    rf"""(?x)^(?:
    (?:(?:{_BRAND_WORD})\s+){{0,3}}(?i:{_TEAM_WORDS})
    |(?i:team|redaktion|rédaction|redacción)(?:\s+(?:von\s+|de\s+|der\s+)?{_BRAND_WORD}){{1,3}}
    )$"""
)
_TEAM_AND_LINK_WORDS = _words(_TEAM_WORDS.replace("|", " ").replace("\\", "") + " von de der")
_ARTICLES = _words("das der den die dem des")
# Two words glued at a case change ("LoginPatient", "HacksAbout"), which a bare line does not
# name a person with: the part before the capital is four letters or more, where a name's
# inner capital follows a short prefix ("McDonald", "MacArthur", "DeShawn", "LaToya"); "Fitz"
# is the four-letter one. An acronym may sit in the joint ("ImpresaPDFSecciones"); one that
# ends the word ("DianaHR") is a brand's. After a byline word a brand may be the author
# ("FlowGuard").
_GLUED_WORDS = regex.compile(r"(?<!Fitz)(?<=\p{Lu}\p{Ll}{3,})\p{Lu}+\p{Ll}")
# Where a job title may be glued to a name ("Jane DoeSenior Writer", "Anna BergRedakteurin"):
# a lower-case letter running into a capitalised word.
_GLUED_JOB = regex.compile(r"(?<=\p{Ll})(?=\p{Lu}\p{Ll})")
_ACRONYM = regex.compile(r"^\p{Lu}{2,6}s?$")
_HANDLE = regex.compile(r"^(?=[\w.-]*\p{L})[\w.-]{2,30}$")
_DATE_AFTER = regex.compile(r"^\s*(?:[|•·–—-]\s*)?(?:\d|\p{L}+\.?\s+\d)")
# Where a date starts, with an optional lead word: "Published on May 4", "4. Mai 2021", "2021-05-04".
# The lookahead before the second list of month names changes no match (a month name is
# letters, then the day); it spares a search trying all the names at every letter.
_DATE_START = regex.compile(
    rf"""(?ix)
    (?:(?:(?:last\s+)?(?:published|updated|posted|modified|veröffentlicht|aktualisiert|publiziert
      |publié|released)|(?<!\p{{L}})(?:am|on|le))(?:\s+(?:on|am|le))?\s*:?\s*)?
    (?:\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}|\d{{4}}-\d\d-\d\d|\d{{1,2}}(?:st|nd|rd|th|\.)?\s+(?:{_MONTH_NAMES})\b
      |(?-i:(?<!\p{{L}})|(?<=\p{{Ll}})(?=\p{{Lu}}))(?=\p{{L}}+\.?\s+\d)(?:{_MONTH_NAMES})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b|\d{{1,3}}\s?min(?:ute)?s?\s+read)"""
)
_DIGIT = regex.compile(r"\d")
_SEPARATOR = regex.compile(r"\s[|•·⋅/–—-]\s|\s?\|\s?")
_DELIMITERS = frozenset("|•·⋅–—-")
_SEPARATED_DATE = regex.compile(r"^\s*[|•·⋅–—-]\s*(?:\d|\p{L}+\.?\s+\d)")
# "Posted in Politics by Jane Doe", "Filed under News by ...": a byline with a category.
_POSTED_IN = regex.compile(r"(?i)^(?:posted|filed|published|veröffentlicht|publié)\b")
_WORD_BEFORE = regex.compile(r"(\p{L}+)\.?\s*$")
# Words before a mid-line byline word that still make it a byline ("Posted 5 May by X").
_BYLINE_LEAD_WORDS = _words("posted published updated author autor written am le el il op on")
# A bare name line that carries a job title after a comma, a bar or a dash.
_ROLE_SPLIT = regex.compile(r"\s*(?:,|\s[|–—-]\s|\|)\s*")


def byline_authors(text: str) -> tuple[str, ...]:
    """The authors named in one byline line, or () when the line is not a byline.

    A byline word after other text counts only where a byline can start: after a date, a
    digit or a separator ("Posted on June 5, 2019 by X", "2025By X"), glued to the previous
    word ("CateringBy X"), or when a date follows the names ("Top Tips by X | May 1, 2024").
    "Reviewed by", "Photo by", "Sponsored by" and prose ("done by the council") do not.

    Example:
        >>> byline_authors("By Jane Doe and John Roe | March 4, 2021")
        ('Jane Doe', 'John Roe')
        >>> byline_authors("Veröffentlicht am 3. Mai 2021 von Anna Berg")
        ('Anna Berg',)
        >>> byline_authors("By the end of the year, the council had voted twice.")
        ()
        >>> byline_authors("Reviewed by Max Roth")
        ()
    """
    if not has_byline_hint(text) or not _may_hold_prefix(text[:400]):  # nothing to search
        return ()
    for m in _PREFIX.finditer(text, endpos=min(len(text), 400)):
        rest = text[m.end() : m.end() + 200]
        names = _cut_names(rest)
        if m.start() > 0 and not _prefix_context_ok(text, m.start(), rest[len(names) :]):
            continue
        if not rest[:1].isalpha():
            continue
        after = rest[len(names) :]
        delimited = not after.strip() or after.lstrip()[:1] in _DELIMITERS
        dated = _DATE_AFTER.match(after) is not None or _DATE_START.match(after.lstrip()) is not None
        authors = clean_names(names, allow_handle=delimited or dated)
        if authors:
            return authors
    return ()


def byline_at_end(text: str) -> tuple[str, ...]:
    """The authors named at the end of a block that other text was glued to, or (): a
    capitalised byline word whose names end the block ("... will stay. By Jane Doe"), or a
    person's name glued to the word before it ("...Degree vs. CertificationJane Doe").

    Only the caller knows that this is a byline: a date line follows the block.

    Example:
        >>> byline_at_end("Protein will stay popular. By Jane Doe")
        ('Jane Doe',)
        >>> byline_at_end("Was bleibt vom Sommer?Von Anna Berg")
        ('Anna Berg',)
        >>> byline_at_end("The council voted for it.Meeting Notes"), byline_at_end("Reviewed By: Max Roth")
        ((), ())
    """
    tail = max(0, len(text) - _END_REACH)
    for m in _PREFIX.finditer(text, tail):
        rest = text[m.end() :]
        before = text[: m.start()].rstrip()
        if not (text[m.start()].isupper() and rest[:1].isalpha()):
            continue
        if before and before[-1] not in _SENTENCE_ENDS and not _prefix_context_ok(text, m.start(), ""):
            continue  # "Reviewed By: Max Roth"
        if len(_cut_names(rest)) == len(rest.rstrip()):
            authors = clean_names(rest, strict=True)
            if authors:
                return authors
    m = _GLUED_TAIL.search(text, tail)
    name = person_name(m.group()) if m else None
    return (name,) if name and name == m.group() else ()


def byline_before_date(text: str) -> tuple[str, ...]:
    """The authors of a capitalised byline word inside a long block whose names a date
    follows ("...lewd actByAlex Bozarjian Thursday, November 9, 2023", "...liveVon Felix
    Eisenreich // 1. November 2023"), or (). A reviewer, photographer or sponsor ("Reviewed
    By: Max Roth, May 4") is not an author; nor is a name that no date follows.

    Example:
        >>> byline_before_date("Home News Sport Weather By Jane Doe | May 4, 2024 The council met")
        ('Jane Doe',)
        >>> byline_before_date("The plan was backed By Jane Doe and others in May 2024")
        ()
    """
    for k, m in enumerate(_CAPITAL_PREFIX.finditer(text)):
        if k == _MID_BYLINE_TRIES:
            break
        before = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
        if before and _NOT_AUTHOR_ROLE.search(before.group(1)):
            continue
        rest = text[m.end() : m.end() + 200].lstrip(" :\xa0\t")
        if not rest[:1].isupper() or not _DIGIT.search(rest, 0, 120):  # every date has a digit
            continue
        date = _DATE_START.search(rest, 0, 120)
        if date is None:
            continue
        head = rest[: date.start()].rstrip(_GAP)
        last = head.rpartition(" ")[2]
        if last.rstrip(",").casefold() in WEEKDAYS:  # "Thursday, November 9"
            head = head[: -len(last)].rstrip(_GAP)
        names = _cut_names(head)
        if head[len(names) :].strip(_GAP):
            continue
        authors = clean_names(names, strict=True)
        if authors:
            return authors
    return ()


def has_byline_hint(text: str) -> bool:
    """False when the first 400 characters of `text` hold none of the letters that every
    byline word and byline label holds: then `byline_authors` finds no one in it and
    `byline_label` is false. A cheap test before those.

    Example:
        >>> has_byline_hint("Von Anna Berg"), has_byline_hint("Menu")
        (True, False)
    """
    return _PREFIX_HINTS.search(text[:400].lower()) is not None


def _may_hold_prefix(head: str) -> bool:
    """False when `_PREFIX` finds no byline word in `head` (two cheap searches, see
    `_PREFIX_AFTER_NON_LETTER`); True does not promise one."""
    folded = head.translate(_FOLD).lower()
    return _PREFIX_AFTER_NON_LETTER.search(folded) is not None or _PREFIX_GLUED.search(head) is not None


def may_open_byline(text: str) -> bool:
    """False when the first two characters of `text` show that it cannot open with a byline
    word: a cheap test before reading a longer text.

    Example:
        >>> may_open_byline("Von"), may_open_byline("Menu")
        (True, False)
    """
    return _may_open(text, _PREFIX_OPENINGS)


def starts_with_byline_word(text: str) -> bool:
    """True when `text` opens with a byline word such as By, Von, Par or Por.

    Example:
        >>> starts_with_byline_word("Von Anna Berg"), starts_with_byline_word("Bypass road")
        (True, False)
    """
    return _may_open(text, _PREFIX_OPENINGS) and _STARTS_WITH_PREFIX.match(text) is not None


def byline_label(text: str) -> bool:
    """True when the line is only a byline word, its names being on the next line.

    Example:
        >>> byline_label("Written by"), byline_label("Autorin:"), byline_label("By the way")
        (True, True, False)
    """
    if len(text) > 30:
        return False
    text = text.strip()
    return _may_open(text, _LABEL_OPENINGS) and _LABEL.match(text) is not None


def label_names(text: str) -> tuple[str, ...]:
    """The names on the line that follows a byline label ("By" / "Jane Doe | May 4").

    Example:
        >>> label_names("Sergio Ruiz | The Daily Courier")
        ('Sergio Ruiz',)
        >>> label_names("Table of contents")
        ()
    """
    if starts_with_byline_word(text):  # "Autorin" / "Von Anna Berg": the byline word goes
        return byline_authors(text)
    names = _cut_names(text)
    if len(names) > 100:
        return ()
    authors = clean_names(names, allow_handle=True, strict=True)
    if not authors:
        name = person_name(text, lenient=True)
        authors = (name,) if name else ()
    return authors


def _prefix_context_ok(text: str, start: int, after: str) -> bool:
    """A byline word after other text opens a byline only in a byline-like position."""
    before = text[:start].rstrip()
    if "©" in before or "opyright" in before:
        return False
    if not before or before[-1].isdigit() or before[-1] in "|•·,;:)]–—-?!":
        return True
    if text[start - 1].isalpha() and text[start].isupper():  # glued: "CateringBy Jane"
        return True
    if _POSTED_IN.match(before):
        return True
    m = _WORD_BEFORE.search(before)
    word = m.group(1).casefold() if m else ""
    if word in MONTHS or word in WEEKDAYS or word in _BYLINE_LEAD_WORDS:
        return True
    return _SEPARATED_DATE.match(after) is not None and len(text) <= 200


def _cut_names(rest: str) -> str:
    m = _NAMES_END.search(rest)
    return rest[: m.start()] if m else rest


def clean_names(names: str, *, allow_handle: bool = False, strict: bool = False) -> tuple[str, ...]:
    """Split a run of author names and clean each; () when any part is not name-shaped.

    Names joined by "and" (und, et, &, ;) are groups; inside a group, a job title ends the
    group ("Ann Lee, Senior Reporter, Daily Courier" names one person). With several names,
    each must be person-shaped; `strict` asks that of a single name too.

    Example:
        >>> clean_names("Ann Lee, Senior Political Reporter, and Dr. Raj Patel, MD")
        ('Ann Lee', 'Raj Patel')
        >>> clean_names("Meghan Lee Content Marketing Coordinator")
        ('Meghan Lee',)
    """
    names = _CREDENTIAL.sub("", names.strip().strip(".,:;-–— "))
    groups = [g for g in _SPLIT_GROUPS.split(names) if g.strip(" .,:;-–—")]
    parts_total = sum(len(g.split(",")) for g in groups)
    authors: list[str] = []
    saw_job = False
    for group in groups:
        parts = [p.strip(" .,:;-–—") for p in group.split(",")]
        in_job = False
        for k, part in enumerate(parts):
            if not part:
                continue
            part = _HONORIFIC.sub("", part)
            if k == 0 and group_name(part):  # "News Desk": a team, not a job title
                authors.append(part)
                continue
            if _JOB_WORDS.search(part):
                saw_job = in_job = True
                part = _strip_job(part) if k == 0 else ""
                if part:
                    authors.append(part)
                continue
            if in_job and not (k + 1 < len(parts) and _JOB_WORDS.search(parts[k + 1])):
                break  # "Jane Doe, Editor, Daily Courier": the rest of the group is not a name
            first, _, others = part.partition(" ")
            if others and first in _ARTICLES:  # "von der Redaktion"
                part = others
            if group_name(part):
                authors.append(part)
                continue
            shaped = looks_like_name(part) and not _is_nav_phrase(part)
            if shaped and k > 0 and " " not in part:  # "Jane Doe, DVMVeterinarian"
                shaped = False
            if shaped and (strict or parts_total > 1) and not _is_person_shaped(part):
                shaped = False
            handle = allow_handle and parts_total == 1 and _handle_ok(part)
            if shaped or handle:
                authors.append(part)
            elif authors and (saw_job or k > 0):
                return _dedupe(authors)
            else:
                return ()
    return _dedupe(authors)


def _dedupe(authors: list[str]) -> tuple[str, ...]:
    seen: set[str] = set()
    unique: list[str] = []
    for author in authors:
        if author.casefold() not in seen:
            seen.add(author.casefold())
            unique.append(author)
    return tuple(unique)


def _strip_job(part: str) -> str:
    """ "Meghan Lee Content Marketing Coordinator" -> "Meghan Lee"; a job title before the
    name is dropped too ("Senior Reporter Ann Lee", "FOCUS-Online-Experte Robin Tschöpe",
    "Gastautor Max Berg" -> the name); "" when no name is left."""
    tokens = part.split()
    for j, token in enumerate(tokens):
        if _job_token(token):
            if all(t.casefold() in _JOB_MODIFIERS for t in tokens[:j]):
                end = j + 1
                while end < len(tokens) and _job_or_modifier(tokens[end]):
                    end += 1
                return _name_after_job(tokens[end:])
            k = j
            while k > 1 and (
                tokens[k - 1].casefold() in _JOB_MODIFIERS or tokens[k - 1].casefold() in _NAV_WORDS
            ):
                k -= 1
            name = " ".join(tokens[:k]) if k >= 1 and j >= 1 else ""
            return name if name and _is_name(name) else ""
    return ""


def _is_name(name: str) -> bool:
    """True for words that name a person: capitalised, not a menu phrase ("A computer
    science professor" names no one)."""
    return looks_like_name(name) and _is_person_shaped(name) and not _is_nav_phrase(name)


def _job_or_modifier(token: str) -> bool:
    return _job_token(token) or token.casefold() in _JOB_MODIFIERS


@functools.lru_cache(maxsize=4096)  # the same words come back on line after line, page after page
def _job_token(token: str) -> bool:
    """True for a job word, also as the last part of a compound ("Online-Experte")."""
    word = token.strip(".,:")
    return _JOB_WORDS.fullmatch(word) is not None or (
        "-" in word and _JOB_WORDS.fullmatch(word.rsplit("-", 1)[1]) is not None
    )


def _name_after_job(tokens: list[str]) -> str:
    """The person named by the words after a job title: two to four name-shaped words."""
    name = " ".join(tokens)
    if not 2 <= len(tokens) <= 4 or _JOB_WORDS.search(name):
        return ""
    return name if _is_name(name) else ""


def _handle_ok(part: str) -> bool:
    """A user name such as "jdoe_42": one word, not a menu word or a number."""
    lower = part.casefold()
    if not _HANDLE.match(part) or part.isdigit():
        return False
    lists = (_NOT_NAMES, _NAV_WORDS, _COMMON, _JOB_MODIFIERS, _PARTICLES)
    return not any(lower in words for words in lists)


def _is_nav_phrase(part: str) -> bool:
    """True for a menu or category phrase: every word a common page word ("By Use Case")."""
    words = [w.casefold().strip(".,'’") for w in part.split()]
    words = [w for w in words if w not in _PARTICLES and w not in _COMMON] or words
    return all(w in _NAV_WORDS or w in _NOT_NAMES for w in words)


def _is_person_shaped(part: str, *, acronyms: bool = False) -> bool:
    """Stricter than `looks_like_name`: no menu words, acronyms or abstract-noun endings."""
    tokens = part.split()
    if part.isupper() and len(tokens) >= 2:
        return all(len(t) >= 2 for t in tokens)
    if tokens and tokens[0].casefold() in _ARTICLES:
        return False
    for k, token in enumerate(tokens):
        word = token.strip(".,'’")
        lower = word.casefold()
        if lower in _NAV_WORDS or (not acronyms and len(word) > 2 and _ACRONYM.match(word)):
            return False
        if len(tokens) == 1 and (lower in _COMMON or lower in _JOB_MODIFIERS):
            return False
        if lower in WEEKDAYS or (k > 0 and len(word) == 2 and word.isupper()):
            return False
        if len(word) >= 5 and _NOUN_ENDING.search(word):
            return False
        if k == 0 and len(word) >= 6 and lower.endswith("ing"):
            return False
        if k < len(tokens) - 1 and token.endswith(".") and len(word) >= 4 and word.isalpha():
            return False  # a sentence ends inside ("Fotos. Von Anna Berg"); "St." and "Jr." are short
    return True


def person_name(text: str, *, lenient: bool = False) -> str | None:
    """The person named by a bare line, or None; credentials and a job title may follow.

    Without `lenient`, the name must have 2-4 words and look like a person's name, not a
    menu or category phrase; with it (after a "By" label), one word or a handle will do.

    Example:
        >>> person_name("Tracy Parker, Dietitian"), person_name("Dylan Kay, MS, RD")
        ('Tracy Parker', 'Dylan Kay')
        >>> person_name("Travel Tips"), person_name("Marketing Strategy")
        (None, None)
    """
    if not 2 <= len(text) <= 120:
        return None
    text = _CREDENTIAL.sub("", text.strip().lstrip("•·*> ").strip())
    head = _ROLE_SPLIT.split(text, maxsplit=1)[0].strip(" .,")
    for joint in reversed(list(_GLUED_JOB.finditer(head))):  # the last first: "McDonaldEditor"
        # "Jane DoeSenior Writer": the job title goes, when a name of two words is left
        if " " in head[: joint.start()] and job_title(head[joint.start() :]):
            head = head[: joint.start()]
            break
    tokens = (_strip_job(head) if _JOB_WORDS.search(head) else head).split()
    if not (1 if lenient else 2) <= len(tokens) <= 4:
        return None
    name = " ".join(_HONORIFIC.sub("", " ".join(tokens)).split())
    if (
        not name
        or not looks_like_name(name)
        or _is_nav_phrase(name)
        or not _is_person_shaped(name, acronyms=lenient)
    ):
        return None
    if not lenient and (len(name.split()) == 1 or _GLUED_WORDS.search(name)):
        return None
    return name


def job_title(text: str) -> bool:
    """True for a line that is only a job title, of at most eight words: a job word, and
    every word capitalised or a function word ("Former Staff Writer", "Founder & Lead
    Reviewer", "Stellvertretende Pressesprecherin und Bereichsleitung Presse"). A sentence
    ("I am a writer.") or a name ("Jane Doe") is not one.

    Example:
        >>> job_title("Contributing Writer"), job_title("Chefredakteurin")
        (True, True)
        >>> job_title("She is a writer"), job_title("Jane Doe"), job_title("Editor's Picks")
        (False, False, False)
    """
    tokens = text.split()
    if not 1 <= len(tokens) <= 8 or text.rstrip()[-1] in ".!?:":
        return False
    for token in tokens:
        if token == "&" or token.casefold() in _COMMON or token.casefold() in _PARTICLES:
            continue
        if not token[0].isupper() or "'" in token or "’" in token:
            return False
    return any(_job_token(token) for token in tokens)


def name_before_date(text: str) -> str | None:
    """The person named at the start of a line that goes on with a date, or None.

    Example:
        >>> name_before_date("Amit Shah October 11, 2024")
        'Amit Shah'
        >>> name_before_date("Rebecca MacLeanPublished on November 11, 2025")
        'Rebecca MacLean'
        >>> name_before_date("Travel Tips 12.05.2024"), name_before_date("May 4, 2024")
        (None, None)
    """
    if not _DIGIT.search(text, 0, 100):  # every date form has a digit: skip the search
        return None
    m = _DATE_START.search(text, endpos=min(len(text), 90))
    if m is None or m.start() < 3:
        return None
    if len(text[: m.start()].split()) > 6:
        return None
    head = _cut_names(text[: m.start()]).rstrip(" ,|•·-–—")
    # "StefanMarch 5, 2026": one word will do when a month name is glued to it
    glued = text[m.start() - 1].isalpha() and text[m.start()].isalpha()
    return person_name(head, lenient=glued and " " not in head) or None


def name_after_date(text: str) -> str | None:
    """The person named after a date and a separator at the end of a line, or None.

    Example:
        >>> name_after_date("11.12.2019 - Amelie Lorenz")
        'Amelie Lorenz'
        >>> name_after_date("28. Juni 2019 | Klaus Berg-Cirkel")
        'Klaus Berg-Cirkel'
        >>> name_after_date("May 4, 2024 | Travel Tips"), name_after_date("Jane Doe | May 4")
        (None, None)
    """
    if len(text) > 160 or not _DIGIT.search(text):  # every date form has a digit
        return None
    head, sep, tail = _split_last(text)
    if not sep or _DATE_START.search(head) is None:
        return None
    return person_name(tail.strip())


def _split_last(text: str) -> tuple[str, str, str]:
    matches = list(_SEPARATOR.finditer(text))
    if not matches:
        return text, "", ""
    m = matches[-1]
    return text[: m.start()], m.group(), text[m.end() :]


def starts_with_date(text: str) -> bool:
    """True when the line opens with a date ("May 4, 2024", "4. Mai 2024", "12.05.2024").

    Example:
        >>> starts_with_date("Updated: March 3, 2021"), starts_with_date("March Madness")
        (True, False)
    """
    if not _DIGIT.search(text, 0, 60):
        return False
    return _DATE_START.match(text) is not None


def group_name(text: str) -> bool:
    """True for a byline that names a team: "The Upwork Team", "The Currency editors".

    Example:
        >>> group_name("The Meetingnotes Team"), group_name("The end of the year")
        (True, False)
    """
    return _GROUP_NAME.match(text) is not None


def team_name(text: str) -> bool:
    """True for a bare line that names a team or a newsroom: brand words and a team word,
    the other way round, or the team word alone. Menu phrases ("Our Team", "Meet the
    Team", "Support Team") are not.

    Example:
        >>> team_name("Everfit Team"), team_name("Redaktion Haus.de"), team_name("Staff")
        (True, True, True)
        >>> team_name("Our Team"), team_name("Meet the Team"), team_name("The team met")
        (False, False, False)
    """
    text = text.strip()
    if len(text) > 60 or _TEAM_NAME.match(text) is None:
        return False
    words = [w.casefold() for w in text.split()]
    brand = [w for w in words if w not in _TEAM_AND_LINK_WORDS]
    return not any(w in _COMMON or w in _NAV_WORDS or w in _NOT_NAMES for w in brand)


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
