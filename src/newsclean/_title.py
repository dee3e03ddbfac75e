"""Titles: the headline, found by comparing the ``<title>`` text with the page's own lines.

A dump starts with the ``<title>`` text, usually the headline with the site name glued on
(``"X | Site"``, ``"Site - X"``), sometimes with the navigation glued behind it
(``"X | SiteSkip to contentNewsSports..."``). The headline also appears on the page, as a
heading shortly before the article text, but it is often worded differently from the
``<title>`` (``<title>`` "Rates Hold: What It Means | Site", heading "Why the Bank Kept Rates
Where They Were").

So the headline is found in three steps, each a small function:

1. `title_text`: the ``<title>`` text, cut where glued navigation begins.
2. `_score_candidates`: every short block of the page is a candidate; it scores by how much
   of it the ``<title>`` text spells (its words, or a whole ``|``-separated part) and by
   whether article text follows it closely, as it follows a heading. Words are compared
   after splitting glued words (``"Restaurant Tips10 Trends"``), so a headline glued to a
   menu item echoes the ``<title>`` and starts the article. A heading that says the
   ``<title>``'s headline and more (`_extends`) is the page's own, longer headline; a
   differently worded one counts only above the first paragraphs of text.
3. The best candidate wins when its score clears a bar (a lower one for a heading of four
   words or more with a byline or a date next to it, which wins even below a breadcrumb or a
   teaser that repeats the ``<title>``'s headline); otherwise the ``<title>`` text with
   its site name removed (`split_site`) is the headline, unless no block repeats it and a
   heading sharing a word with it stands right above the byline (`_heading_above_byline`).

No list of sites is involved.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate

import regex

from ._byline import byline_label, starts_with_byline_word, starts_with_date
from ._classify import BlockInfo
from ._lexicon import stopword_set

__all__ = ["TitleMatch", "find_headline", "find_title", "norm_key", "split_site", "title_text"]

# Typographic quotes to ASCII, as the evaluation's title normalisation does.
_QUOTES = str.maketrans(
    dict.fromkeys("\u2018\u2019\u201a\u201b`\u00b4", "'")
    | dict.fromkeys("\u201c\u201d\u201e\u201f\u00ab\u00bb", '"')
)
_DASHES = "\u2014\u2013-"  # em dash, en dash, hyphen
_NON_WORD = regex.compile(r"[\W_]+")
_WORD = re.compile(r"[^\W_]+")
# Between a headline and a site name: " | ", " - ", " :: ", " / ", " · ", " » ", " › ", " |Site".
_SITE_SEPARATOR = regex.compile(
    rf"\s+[|\u00b7\u2022\u00bb\u203a{_DASHES}]{{1,2}}\s+|\s+::\s+|\s+/\s+|\s+\|(?=\S)"
)
_SEPARATOR_CHARS = f" |\u00b7\u2022\u00bb\u00ab\u203a:/{_DASHES}"
_JOINERS = _SEPARATOR_CHARS + ",;(?!.+"  # between a headline and what a heading adds to it
# Where a block was glued to the next without a space: "...NutritionistsSearch", "2025By",
# 'said."Next'; an opening quote or bracket after a space is not a glue point.
_GLUE = regex.compile(r"(?<=\p{Ll}\p{Ll}|[\p{L}\d][.!?\u2026)\]\"\u201d\u2019\u00bb]|\d)(?=\p{Lu}\p{Ll})")
# Where two words were glued: lower to upper case, an upper-case word to a capitalised one,
# letter to digit, digit to letter.
_JOINT = regex.compile(
    r"(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})|(?<=\p{L})(?=\p{Nd})|(?<=\p{Nd})(?=\p{L})"
)
# The same glue points in ASCII text (stdlib `re`, faster), and its words. Each is found at
# its upper-case letter or digit, which `re` scans for quickly: a lower-case letter before
# an upper-case one ("inAI"), an upper-case word before a capitalised one ("RSSEric"), a
# letter before a digit ("Tips10"), a digit before a letter ("10Trends").
_ASCII_JOINT = re.compile(
    r"[A-Z0-9](?:(?<=[a-z][A-Z])|(?<=[A-Z][A-Z])(?=[a-z])|(?<=[A-Za-z][0-9])|(?<=[0-9])(?=[A-Za-z]))"
)
_ASCII_WORD = re.compile(r"[A-Za-z0-9]+")
# The pieces `_JOINT` cuts the words of an ASCII text into: an upper-case run that no
# lower-case letter follows ("HTML" of "HTMLParser", "RSS" of "RSSEric"), lower-case letters
# after at most one capital ("Parser", "in" of "inAI"), a run of digits ("10" of "Tips10").
_ASCII_PIECE = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+")
_ASCII_NON_WORD = re.compile(r"[^A-Za-z0-9]+")
# Glue inside a <title> text: an upper-case word glued to a capitalised one ("RSSEric").
_TITLE_GLUE = regex.compile(r"(?<=\p{Lu}{2})(?=\p{Lu}\p{Ll}{2})")
# A skip link, the first thing a page prints after its <title> ("X | SiteSkip to main
# content", "X Zum Inhalt springen"): the <title> text ends where it begins.
_SKIP_LINK = re.compile(
    r"(?:Skip|Jump|Go) to (?:the )?(?:main )?(?:content|navigation)|(?:Direkt )?[Zz]um Inhalt"
    r"|(?:Aller|Passer) (?:au|directement au) contenu|(?:Saltar|Ir) al contenido|Vai al contenuto"
)
# A glue point inside a word where a kicker or a menu item ends and the headline begins:
# lower to upper case ("WocheLagen", "SenadoO"), an upper-case run to a capitalised word
# ("BUSINESSNapa"), a letter to a digit ("Health7"), a digit to an upper-case letter
# ("News4DB"), another script to an upper-case letter.
_KICKER_GLUE = regex.compile(
    r"(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu}\p{Lu})(?=\p{Lu}\p{Ll})|(?<=\p{L})(?=\p{Nd})"
    r"|(?<=\p{L}\p{Nd})(?=\p{Lu})|(?<=\p{Lo})(?=\p{Lu})"
)
# Where a date or a byline is glued to the end of a headline: "Nix BuildsDec 17, 2025",
# "der Zukunft?25. Juli 2019", "köstlich!von Kathrin", "in a Nutshellby: Ann Lee".
_TAIL_GLUE = regex.compile(
    r"(?<=[\p{Ll}.!?)\]\"\u201d])(?=\p{Lu}|\d)|(?<=[.!?])(?=\p{Ll})|(?<=\p{Ll})(?=(?:by|von|par|por):)"
)
_TRAILING_SEPARATORS = f"|\u00b7\u2022/{_DASHES}"  # may end a heading whose site name stands apart
# A question or an exclamation with a short date after it: "What Should You Pay? 06.18.2025".
_DATED_QUESTION = regex.compile(r"[?!]\s+(?=[\d\p{L}][^?!]{0,30}$)")
_KICKER_WORDS = 6  # a glued kicker or breadcrumb has at most this many words
_KICKER_SPAN = 80  # and ends within this many characters
_LEAD_MATCH = 3  # a heading with a menu run into it says this many of the headline's first words
# A lead with a digit or a punctuation mark other than a breadcrumb's "/" is the heading's own
# ("15 Essential X", "New Year, New Smile: X", "Kicker: X").
_LEAD_MENU = 3  # a lead of fewer capitalised words may be the heading's own subject
_LEAD_MARK = regex.compile(r"[^\p{L}\s/]")
_YEAR = regex.compile(r"(?:19|20)\d\d")
_MAX_TITLE_WORDS = 40
_MAX_TITLE_CHARS = 600  # longer, a first block is glued text, not a <title> (as `title_text` reads it)
_GLUED_TITLE_WORDS = 15  # a <title> line longer than this may have navigation glued on
_GLUED_NAV_POINTS = 3  # or when it has this many glue points (a camel-cased name has one)
_SEARCH_BLOCKS = 400
_TEXT_GAP = 8  # a headline is followed by article text within this many blocks
_TEXT_BLOCKS = 12  # the headline search stops after this many blocks of article text
_SITE_SPAN = 300  # the site name is looked for this far into an uncut first block
_LOGO_BLOCKS = 6  # the site name shows right after the <title>, before the navigation
_COPYRIGHT = (
    "\u00a9",
    "(c)",
    "Copyright",
    "copyright",
)  # a line naming the site's owner
_MIN_SIMILAR = 0.4  # share of words a differently worded headline has more than in common
_MIN_BYLINED = 0.25  # or this much, with a byline or a date next to it (`_dated_or_bylined`)
_BYLINE_SPAN = 3
# PHP's messages, printed before the page when a server is misconfigured.
_SERVER_ERROR = ("Warning: ", "Deprecated: ", "Notice: ", "Strict Standards: ", "PHP Warning: ",
                 "PHP Deprecated: ", "PHP Notice: ")  # fmt: skip
_ON_LINE = re.compile(r" on line \d+")
_MAX_SERVER_ERRORS = 100
# A block that starts with a site separator continues the <title> line before it.
_CONTINUED = regex.compile(r"[|\u00bb]{1,2}\s+\w")
_CRUMB_START = frozenset("/>|")  # a block that starts so is a breadcrumb or a menu (not "»": a quote)
_SUBHEADING_TEXTS = 6  # a heading below this many blocks of article text is a subheading
# A heading does not end as a statement does; it may end as a question, an exclamation or
# a bracket does ("X: Which One Is Right for You?", "X (Tested!)").
_STATEMENT_END = (".", ":", ";", "\u2026")


@dataclass(frozen=True)
class TitleMatch:
    """The headline, where its copies are, and the site name left over from ``<title>``."""

    title: str | None
    site_name: str | None
    title_line: int | None
    copies: tuple[int, ...]


def norm_key(text: str) -> str:
    """A comparison key: NFKC, quotes unified, case-folded, punctuation runs as one space.

    Example:
        >>> norm_key("“En Masse” in Iraq!") == norm_key('"en masse" in IRAQ')
        True
    """
    if text.isascii():  # the common case: NFKC and the quotes change nothing that survives
        return _ASCII_NON_WORD.sub(" ", text.lower()).strip()
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold()
    return str(_NON_WORD.sub(" ", text)).strip()


def _spaced(text: str) -> str:
    """`text` in NFKC with a space at each point where two words were glued together
    (``"Restaurant Tips10 Trends"``, ``"Sign inAI Workflows"``), so that a headline glued
    to a menu item still shows as its own run of words."""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    return str(_JOINT.sub(" ", text))


def _words(text: str) -> list[str]:
    """The case-folded words of `text`, split also where words were glued together."""
    if text.isascii():
        if _ASCII_JOINT.search(text) is None:
            return _ASCII_WORD.findall(text.lower())  # the common case: no word was glued
        return [piece.lower() for piece in _ASCII_PIECE.findall(text)]
    text = unicodedata.normalize("NFKC", text)
    words = []
    for word in _WORD.findall(text):
        if (word.isalpha() and (word.islower() or word.isupper() or word.istitle())) or (word.isdigit()):
            words.append(word.casefold())
        else:
            words.extend(_WORD.findall(str(_JOINT.sub(" ", word)).casefold()))
    return words


def title_text(first: str) -> str:
    """The ``<title>`` text at the start of the dump's first block.

    ``get_text()`` glues the navigation to the ``<title>`` when the page has no line breaks
    between them. A skip link ends the ``<title>`` text wherever it stands (``"X Skip to
    main content"``). A first block that is long, or has several glue points, is cut at the
    first point where a capitalised word is glued to the previous one; without such a
    point, before the first site separator.

    Example:
        >>> title_text("Rain Falls | Daily PostSkip to content News Sports Weather Business "
        ...            "Opinion Culture Travel Food Science Health Style")
        'Rain Falls | Daily Post'
        >>> title_text("Regen fällt | Tagesblatt Startseite Politik Sport Wetter Kultur Reisen "
        ...            "Auto Wissen Gesundheit Panorama Leben Bildung")
        'Regen fällt'
    """
    first = first.strip()
    head = first[:600]
    skip = _SKIP_LINK.search(head)
    if skip is not None and len(head[: skip.start()].split()) >= 2:
        first = head = head[: skip.start()].strip()
    if len(first.split()) <= _GLUED_TITLE_WORDS and len(_GLUE.findall(head)) < _GLUED_NAV_POINTS:
        return first
    for glue in _GLUE.finditer(head):
        prefix = head[: glue.start()].strip()
        if len(prefix.split()) >= 2:
            return prefix if len(prefix.split()) <= _MAX_TITLE_WORDS else first
    separator = _SITE_SEPARATOR.search(head)
    if separator is not None and len(head[: separator.start()].split()) >= 2:
        return head[: separator.start()].strip()
    return first


def split_site(title_line: str) -> tuple[str, str | None]:
    """Split ``"Headline | Site"`` or ``"Site - Headline"`` into headline and site name.

    The headline is the longest part; the site name the shortest part at either end.

    Example:
        >>> split_site("Markets rally as rates hold steady - The Daily Ledger")
        ('Markets rally as rates hold steady', 'The Daily Ledger')
    """
    parts = [p.strip() for p in _SITE_SEPARATOR.split(title_line.strip()) if p.strip()]
    if len(parts) < 2:
        return title_line.strip(), None
    longest = max(range(len(parts)), key=lambda i: len(parts[i]))
    ends = [i for i in (0, len(parts) - 1) if i != longest]
    site_index = min(ends, key=lambda i: len(parts[i]))
    if len(parts[site_index].split()) > 6:
        return title_line.strip(), None
    return parts[longest], parts[site_index]


def _contains(haystack: list[str], needle: list[str]) -> bool:
    """True when the word list `needle` occurs as a run in `haystack`."""
    n = len(needle)
    if not n or n > len(haystack):
        return False
    first = needle[0]
    return any(haystack[i] == first and haystack[i : i + n] == needle for i in range(len(haystack) - n + 1))


def _may_share(text: str, words: set[str]) -> bool:
    """False only when `text` has none of `words` (from `_words`) among its own words: a
    cheap test before splitting it. Each word `_words` finds in an ASCII text is a run of
    its lower-cased characters, so an ASCII text that holds none of `words` as a substring
    has none of them."""
    if not text.isascii():
        return True
    low = text.lower()
    for word in words:  # noqa: SIM110 - a plain loop: any() costs more than the test here
        if word in low:
            return True
    return False


def _reads_as_text(info: BlockInfo, language: str | None) -> bool:
    """True for a block of article text: long, and sentence-like (or rich in function words)."""
    if info.n_chars < 80:
        return False
    return info.stop_density >= 0.22 if language else info.prose


def _searched(infos: Sequence[BlockInfo], language: str | None) -> list[bool]:
    """For each block the search for the headline covers, whether it reads as article text.

    The search covers the first few hundred blocks, and stops not far into the article text
    (a headline comes before its text, and related lists after it)."""
    reads = []
    seen = 0
    for info in infos[:_SEARCH_BLOCKS]:
        text = _reads_as_text(info, language)
        if text:
            seen += 1
            if seen > _TEXT_BLOCKS:
                break
        reads.append(text)
    return reads


def _next_text(reads: list[bool], end: int) -> list[int]:
    """For each block before `end`, the index of the next block after it that reads as text."""
    following = [end] * (end + 1)
    nxt = end
    for i in range(end - 1, -1, -1):
        following[i] = nxt
        if reads[i]:
            nxt = i
    return following


@dataclass
class _Candidates:
    """What the page's blocks say about the ``<title>`` text's headline."""

    words: list[list[str]]  # the words of each short block (empty for the others)
    title: str = ""  # the <title> text
    headline: str = ""  # the headline part of the <title> text
    part: int | None = None  # best block that spells a whole part of the <title> text
    part_score: float = 0.0
    echo: int = -1  # the last block that holds the headline's words with more around them
    similar: int | None = None  # best heading before text that shares words with it
    similar_score: float = 0.0
    bylined: int | None = None  # best such heading with a byline or a date next to it
    bylined_score: float = 0.0
    longer: int | None = None  # a heading before text that says the headline and more
    glued: int | None = None  # a block before text that ends with the headline (a menu glued on)
    longer_gap: int = 0


def _title_parts(
    title: str, infos: Sequence[BlockInfo], words: list[list[str]], gaps: list[int]
) -> tuple[str, list[list[str]], list[str], bool]:
    """The headline part of the ``<title>`` text, the words it may appear as, all its words,
    and whether the site name was only guessed.

    The site name is the end part that the page shows as its logo (a block right after the
    ``<title>`` that no article text follows) or in a ``©`` line (as the whole line, or else
    among a year and other words, when the part has two words or more); when the page does not
    tell, the shorter end part (`split_site`), and then a heading that repeats the whole
    ``<title>`` text shows that it had no site name.
    """
    pieces = [str(p).strip() for p in _SITE_SEPARATOR.split(title) if str(p).strip()]
    headline, site = split_site(title)
    if len(pieces) > 1:
        logo = {
            tuple(w)
            for i, w in enumerate(words[:_LOGO_BLOCKS])
            if w and gaps[i] > (2 if i <= 2 else _TEXT_GAP)
        }
        owner = [w for i, w in enumerate(words) if w and infos[i].text.startswith(_COPYRIGHT)]
        logo |= {tuple(w) for w in owner}
        both = [(p, _words(p)) for p in (pieces[0], pieces[-1])]
        ends = [p for p, w in both if tuple(w) in logo]
        if not ends:  # a (c) line may name the owner among more words: "(c) 2025 - Site, Inc."
            ends = [p for p, w in both if len(w) >= 2 and any(_contains(line, w) for line in owner)]
        if len(ends) == 1:
            site = ends[0]
            rest = [p for p in pieces if p != site]
            headline = max(rest, key=len)
        elif not ends:
            headline, site = _headed_part(pieces, headline, site, words, gaps)
        loose = len(ends) != 1
    else:
        loose = False
    without_site = " ".join(p for p in pieces if p != site)
    parts = [w for w in (_words(headline), _words(without_site)) if w]
    return headline, parts, _words(title), loose


def _headed_part(
    pieces: list[str], headline: str, site: str | None, words: list[list[str]], gaps: list[int]
) -> tuple[str, str | None]:
    """The headline part and the site name of a ``<title>`` text whose site name the page
    does not show: the longest part (`split_site`), unless a heading that article text
    follows spells the first part (``"Emden - Sights and Attractions"`` with the heading
    ``"Emden"``, ``"Top Weight Loss Medications | Obesity Medicine Association"``) and no
    block that article text follows holds the longest part (a footer or a menu may name the
    site): then the first part is the headline and the last part the site name, as in
    ``"Headline | Site"``. Of three parts or more, a middle part the page shows is kept."""
    first = _words(pieces[0])
    longest = _words(headline)
    if first == longest:
        return headline, site
    headed = longest_headed = False
    for i, w in enumerate(words):
        if not w:
            continue
        near = gaps[i] <= _TEXT_GAP
        if _contains(w, longest):
            if len(pieces) > 2:
                return headline, site  # a middle part on the page: keep it
            longest_headed = longest_headed or near
        headed = headed or (w == first and near)
    return (pieces[0], pieces[-1]) if headed and not longest_headed else (headline, site)


def _score_candidates(infos: Sequence[BlockInfo], language: str | None, title: str) -> _Candidates:
    """Compare every short block of the page with the ``<title>`` text `title`.

    A block that spells a whole non-site part of the title (or most of the title's words,
    in order) is a copy of the headline; among several, the one that article text follows
    wins. A heading that article text follows and that shares many words with the title
    is the headline worded differently.
    """
    reads = _searched(infos, language)
    end = len(reads)
    following = _next_text(reads, end)
    found = _Candidates([[] for _ in range(end)])
    gaps = [0] * end  # how far article text follows each block with words
    # only a block that shares a word with the <title> text can score; the first blocks and
    # the copyright lines are read in full as they may name the site
    title_words = set(_words(title))
    scored = []  # the blocks with words to compare
    known: dict[str, list[str]] = {}  # a menu printed twice is split into words once
    for i in range(1, end):
        info = infos[i]
        if 1 <= info.n_words <= _MAX_TITLE_WORDS and info.n_chars <= 300:
            text = info.text
            in_full = i < _LOGO_BLOCKS or text.startswith(_COPYRIGHT)
            if not in_full and not _may_share(text, title_words):
                continue
            words = known.get(text)
            if words is None:
                words = known[text] = _words(text)
            if in_full or not title_words.isdisjoint(words):
                found.words[i] = words
                gaps[i] = following[i] - i if following[i] < end else end
                scored.append(i)
    headline, parts, whole, loose = _title_parts(title, infos, found.words, gaps)
    found.title, found.headline = title, headline
    head_words = _words(headline)
    head_set = set(head_words)
    if not head_words:
        return found
    site_words = [w for w in whole if w not in head_set]
    # blocks of article text above block i (block 0, the <title>, not counted)
    above = list(accumulate(reads[1:end], initial=0))
    for i in scored:
        texts_before = above[i - 1]
        words = found.words[i]
        if not words:
            continue
        word_set = set(words)
        gap = gaps[i]
        context = 0.5 * max(0.0, 1 - (gap - 1) / _TEXT_GAP)
        if words in parts or (words == whole and loose and gap <= _TEXT_GAP):
            score = 2.0 + context
        elif len(words) * 5 >= len(head_words) * 3 and word_set <= head_set and _contains(head_words, words):
            score = 1.0 + context
        elif words == whole or (
            len(words) > len(head_words) and head_set <= word_set and _contains(words, head_words)
        ):
            found.echo = i
            if gap <= _TEXT_GAP and words[-len(head_words) :] == head_words:
                found.glued = i
            if (found.longer is None or gap < found.longer_gap) and _extends(
                infos[i], words, head_words, gap, site_words
            ):
                found.longer, found.longer_gap = i, gap
            continue
        else:
            info = infos[i]
            if (
                gap <= _TEXT_GAP
                and texts_before < _SUBHEADING_TEXTS
                and 2 <= info.n_words <= 30
                and not info.text.endswith((".", ":"))
                and _GLUE.search(info.text) is None
                and not starts_with_byline_word(info.text)  # "By Jane Doe" shares the <title>'s "by Jane Doe"
                and info.text[0] not in _CRUMB_START  # "/ Travel Tips", "> Blogs": a breadcrumb
            ):
                score = 2 * len(word_set & head_set) / (len(word_set) + len(head_set))
                if score > found.similar_score:
                    found.similar, found.similar_score = i, score
                if score > found.bylined_score and info.n_words >= 4 and _dated_or_bylined(infos, i, end):
                    found.bylined, found.bylined_score = i, score
            continue
        if score >= found.part_score:
            found.part, found.part_score = i, score
    return found


def _dated_or_bylined(infos: Sequence[BlockInfo], i: int, end: int) -> bool:
    """True when a byline follows block `i` within `_BYLINE_SPAN` blocks (a standfirst or a
    date may stand between them), or a date stands right above or below it: the heading of
    a story, however its words differ from the ``<title>``'s."""
    for j in range(i + 1, min(end, i + 1 + _BYLINE_SPAN)):
        text = infos[j].text
        if starts_with_byline_word(text) or byline_label(text):
            return True
    return starts_with_date(infos[i - 1].text) or (i + 1 < end and starts_with_date(infos[i + 1].text))


def _extends(info: BlockInfo, words: list[str], head_words: list[str], gap: int, site: list[str]) -> bool:
    """True when the heading `info` is the headline `head_words` with more said after it
    (``"X: why it matters"``, ``"X, reviewed"``), or after a dash before it (``"Topic – X"``),
    and article text follows it: the page's own, longer headline.

    What follows the headline must not be a byline, a date, a site name (a word or two
    after ``|`` or a dash) or a capitalised standfirst run on without a separator.
    """
    if gap > _TEXT_GAP or info.n_words > 30 or info.text.endswith(_STATEMENT_END) or _GLUE.search(info.text):
        return False
    text = _spaced(info.text)
    tokens = list(_WORD.finditer(text))
    n = len(head_words)
    if len(tokens) != len(words) or len(words) <= n:
        return False
    if words[:n] == head_words:
        after = text[tokens[n - 1].end() :]
        rest = after.lstrip(_JOINERS)
        extra = words[n:]
        if (_SITE_SEPARATOR.match(after) and len(extra) <= 2) or set(extra) == set(site):
            return False
        if not after[: len(after) - len(rest)].strip() and (not rest[:1].islower() or "/" in rest):
            return False  # run on without a separator: a standfirst, a name, a date, a link
        return not (starts_with_byline_word(rest) or starts_with_date(rest))
    if words[-n:] == head_words:
        before = text[: tokens[-n].start()].rstrip(" \"'\u201c\u201e\u00ab")
        return before.endswith(tuple(_DASHES))
    return False


def find_title(texts: list[str]) -> TitleMatch:
    """Find the headline among the blocks of a dump whose first block is the ``<title>`` text.

    Example:
        >>> m = find_title(["Rain Falls | Daily Post", "Home", "Rain Falls", "It rained."])
        >>> m.title, m.site_name, m.copies
        ('Rain Falls', 'Daily Post', (2,))
    """
    from ._classify import describe

    return find_headline(describe(texts, None), None)


def _site_name(title: str, headline: str) -> str | None:
    """The site name in the ``<title>`` text: a short end part that the headline is not."""
    parts = [p.strip() for p in _SITE_SEPARATOR.split(title) if p.strip()]
    if len(parts) < 2:
        return None
    key = norm_key(headline)
    for part in (parts[-1], parts[0]):
        name = _without_words(part, key).strip(_SEPARATOR_CHARS)
        if name and len(name.split()) <= 6 and norm_key(name) != key:
            return name
    return None


def _without_words(text: str, key: str) -> str:
    """`text` less the run of its words that spells `key` (a `norm_key`), if there is one:
    ``get_text()`` may glue the headline again after the site name ("X | Site X")."""
    if not key or key not in norm_key(text):
        return text
    tokens = text.split()
    target = key.split()
    for start in range(len(tokens)):
        spelled: list[str] = []
        for end in range(start, len(tokens)):
            spelled.extend(norm_key(tokens[end]).split())
            if spelled == target:
                return " ".join(tokens[:start] + tokens[end + 1 :])
            if spelled != target[: len(spelled)]:
                break
    return text


def _copies(chosen: int, all_words: list[list[str]]) -> tuple[int, ...]:
    """The blocks that repeat the chosen headline, the first of them where the article starts.

    A copy shortly before the chosen one (the heading above a standfirst and a byline that
    repeat it) starts the article; copies far above it (navigation, breadcrumbs) do not.
    """
    target = all_words[chosen]
    return tuple(i for i, w in enumerate(all_words) if w == target and (i >= chosen - _TEXT_GAP))


def find_headline(infos: Sequence[BlockInfo], language: str | None) -> TitleMatch:
    """The headline of a dump, the site name, and the blocks that hold them.

    The first block is taken as the ``<title>`` text; the headline is the page block that
    best matches it and is followed by article text, or else the ``<title>`` text without
    its site name. When the first block cannot be a ``<title>``, the headline is the last
    heading-like block before the article text.

    Example:
        >>> from newsclean._classify import describe
        >>> texts = ["Central bank holds rates steady | Daily Ledger", "News",
        ...          "Why the central bank kept its rates steady",
        ...          "The central bank left its key rate unchanged on Tuesday, as most "
        ...          "economists had expected after a month of mixed figures."]
        >>> find_headline(describe(texts, "en"), "en").title
        'Why the central bank kept its rates steady'
    """
    if not infos:
        return TitleMatch(None, None, None, ())
    skip = _server_errors(infos)
    if skip:
        match = find_headline(infos[skip:], language)
        line = None if match.title_line is None else match.title_line + skip
        return TitleMatch(match.title, match.site_name, line, tuple(i + skip for i in match.copies))
    title = title_text(infos[0].text)
    if len(infos) > 1 and _CONTINUED.match(infos[1].text) and title == infos[0].text.strip():
        # the <title> line was split where it had a run of spaces: "Site  » Blog  » X"
        title = f"{title} {infos[1].text.strip()}"
    if (
        len(title) > _MAX_TITLE_CHARS
        or len(title.split()) > _MAX_TITLE_WORDS
        or infos[0].furniture in ("nav-word", "login-link")
        or len(title) < 2  # "A": a placeholder, not a title
    ):
        return _heading_before_text(infos, language)
    glued, heading = _glued_heading(infos[0].text.strip())
    if heading is not None:
        title = glued
    found = _score_candidates(infos, language, title)
    chosen = found.part
    if found.longer is not None and (chosen is None or found.part_score < 2.0):
        chosen = found.longer
    if chosen is None and found.echo < 0 and found.similar_score > _MIN_SIMILAR:
        chosen = found.similar
    elif (
        chosen is None
        and found.bylined is not None
        and found.bylined_score > _MIN_BYLINED
        and found.echo < found.bylined  # the <title>'s words above it: a breadcrumb, a teaser
    ):
        chosen = found.bylined
    if chosen is not None:
        chosen = _below_kicker(infos, chosen, found)
        copies = _copies(chosen, found.words)
        headline = _block_headline(infos, chosen, copies, found)
        if chosen in (found.similar, found.bylined) and chosen not in (found.part, found.longer):
            headline = _cut_lead(headline, _words(found.headline), language)
        headline = _without_trailing_separator(_unglue(headline, title))
        site = _site_name(title, headline) or _site_name(infos[0].text[:_SITE_SPAN], headline)
        return TitleMatch(headline, site, 0, copies)
    headline, site = split_site(_cut_glued(title))
    headline = heading or headline
    key = _words(headline)
    copies = tuple(i for i, w in enumerate(found.words) if w and w == key)
    if not copies and found.glued is not None:
        copies = (found.glued,)
    if not copies and found.echo < 0:
        above = _heading_above_byline(infos, language, set(key))
        if above is not None:
            return TitleMatch(infos[above].text, site, 0, (above,))
    return TitleMatch(headline, site, 0, copies)


def _without_trailing_separator(text: str) -> str:
    """`text` without a site separator that ends it after a space (``"micropolitics —"``),
    its site name printed apart."""
    text = text.rstrip()
    cut = text.rstrip(_TRAILING_SEPARATORS)
    return cut.rstrip() if cut != text and cut[-1:].isspace() else text


def _glued_heading(title: str) -> tuple[str, str | None]:
    """The ``<title>`` text and the page's heading when ``get_text()`` glued that heading to
    it: the heading repeats the start of the ``<title>`` text, which says more (``"How to
    Make a Stool : 12 Steps - SiteHow to Make a Stool"``)."""
    if len(title) > _MAX_TITLE_CHARS:
        return title, None
    for glue in _GLUE.finditer(title):
        heading = title[glue.start() :]
        words = _words(heading)
        before = _words(title[: glue.start()])
        if len(words) >= 2 and len(words) < len(before) and before[: len(words)] == words:
            return title[: glue.start()].strip(), heading.strip()
    return title, None


def _below_kicker(infos: Sequence[BlockInfo], chosen: int, found: _Candidates) -> int:
    """The block after `chosen` when the ``<title>``'s headline part is ``"Kicker: Headline"``
    and the page writes the kicker on its own line with the headline on the next
    (``"Siemens und die Kohlemine"`` / ``"Kaeser trifft Neubauer"``): the kicker is a label
    above the headline, not part of it."""
    head, colon, rest = found.headline.partition(": ")
    nxt = chosen + 1
    if not colon or nxt >= len(found.words) or found.words[chosen] != _words(head):
        return chosen
    return nxt if found.words[nxt] and found.words[nxt] == _words(rest) else chosen


def _cut_lead(text: str, head_words: list[str], language: str | None) -> str:
    """`text` from where it starts to say the ``<title>``'s headline, when a menu or a
    breadcrumb runs into it (``"Unlock Blogs Fitness How To Use Gym Equipment (With
    Confidence!)"`` for ``"How To Use Gym Equipment: A Guide"``, ``"Home/X"``). A lead of
    one or two capitalised words (``"Council Approves X"``), or with a function word
    (``"Why"``, ``"My"``), a number or punctuation (``"15 Essential"``, ``"Kicker:"``) is
    the heading's own, as is a lead before a lower-case word."""
    if len(head_words) < _LEAD_MATCH:
        return text
    start = head_words[:_LEAD_MATCH]
    tokens = list(_WORD.finditer(text, 0, _KICKER_SPAN))
    stopwords = stopword_set(language)
    for j in range(1, min(len(tokens) - _LEAD_MATCH, _KICKER_WORDS + 2) + 1):
        if tokens[j - 1].group().casefold() in stopwords:
            return text
        if [t.group().casefold() for t in tokens[j : j + _LEAD_MATCH]] == start:
            lead = text[: tokens[j].start()]
            menu = j >= _LEAD_MENU or lead.islower() or "/" in lead  # "overlaylink", "Home/"
            if not menu or not tokens[j].group()[0].isupper() or _LEAD_MARK.search(lead):
                return text
            return text[tokens[j].start() :]
    return text


def _server_errors(infos: Sequence[BlockInfo]) -> int:
    """How many blocks at the start of the dump are a server's error messages printed
    before the page (``"Warning: mysql_connect(): ... in /www/x.php on line 12"``): the
    ``<title>`` text comes after them."""
    n = 0
    limit = min(len(infos) - 1, _MAX_SERVER_ERRORS)
    while n < limit and infos[n].text.startswith(_SERVER_ERROR) and _ON_LINE.search(infos[n].text):
        n += 1
    return n


def _block_headline(
    infos: Sequence[BlockInfo], chosen: int, copies: tuple[int, ...], found: _Candidates
) -> str:
    """The headline text of the chosen block.

    When the ``<title>``'s headline part says the block's words and a year more
    (``"Best Running Shoes of 2026"`` for the block ``"Best Running Shoes"``), that part is
    the headline; among copies of the block that have the same words, the one written as the
    ``<title>`` writes it (without a trailing ``"."`` or ``":"``) is. A block that repeats
    the ``<title>`` text with what follows its headline after ``" | "`` (``"X | Top 19
    Firms"``) gives the part before the bar: a bar rarely stands inside a headline, where a
    dash often does.
    """
    text = infos[chosen].text
    if chosen == 1 and _CONTINUED.match(text):
        text = text.lstrip(_SEPARATOR_CHARS)
    part = found.headline
    if chosen == found.part and found.part_score < 2.0 and _adds_year(_words(part), found.words[chosen]):
        return part
    if text.strip() != part.strip():
        for i in copies:
            if infos[i].text.strip() == part.strip():
                return infos[i].text
    if chosen == found.part and found.part_score >= 2.0:
        head, bar, _ = text.partition(" | ")
        if bar and len(head.split()) >= 2 and head in found.title:
            return head
    return text


def _adds_year(head_words: list[str], words: list[str]) -> bool:
    """True when `head_words` are `words` with a year after them (``"... of 2026"``,
    ``"... 2025"``), or with a count before them (``"8 Recent Trends"``)."""
    n = len(words)
    if not n or head_words[:n] != words:
        return head_words[1:] == words and head_words[0].isdigit() and len(head_words[0]) <= 3
    extra = head_words[n:]
    if not extra or len(extra) > 2 or _YEAR.fullmatch(extra[-1]) is None:
        return False
    return len(extra) == 1 or (extra[0].isalpha() and len(extra[0]) <= 3)


def _unglue(text: str, title: str) -> str:
    """`text` without a kicker or a breadcrumb glued before it, or a date or a byline glued
    after it (``"Einheit der WocheLagen-Pyramide mit GA2"``, ``"Nix BuildsDec 17, 2025"``).

    A kicker is cut where a word glued of two (``"WocheLagen"``) is not in the ``<title>``
    text but its second half is: the headline starts there. A tail is cut where a date or a
    byline word is glued to the headline's last word, or where a short date follows a
    question or an exclamation (``"What Should You Pay? 06.18.2025"``).
    """
    if len(text) > 300:
        return text
    title_words = set(_words(title))
    folded = title.casefold()
    for glue in _KICKER_GLUE.finditer(text, 0, _KICKER_SPAN):
        at = glue.start()
        before, after = text[:at], text[at:]
        left = _WORD.search(before[::-1])
        right = _WORD.match(after)
        if left is None or right is None or left.start() != 0:
            continue
        glued = before[len(before) - left.end() :] + right.group()
        if (
            len(before.split()) <= _KICKER_WORDS
            and len(after.split()) >= 2
            and glued.casefold() not in folded
            and right.group().casefold() in title_words
        ):
            text = after
            break
    for glue in _TAIL_GLUE.finditer(text, 1):
        rest = text[glue.start() :]
        if len(rest.split()) <= 12 and (starts_with_date(rest) or starts_with_byline_word(rest)):
            head = text[: glue.start()]
            if len(head.split()) >= 2:
                return head
    end = _DATED_QUESTION.search(text)
    if end is not None and starts_with_date(text[end.end() :]):
        return text[: end.start() + 1]
    return text


def _cut_glued(title: str) -> str:
    """The ``<title>`` text before the first point where an upper-case word has a
    capitalised one glued to it (``"Startup Lessons Blog RSSEric Ries"``), when that leaves
    a few words."""
    glue = _TITLE_GLUE.search(title)
    if glue is None or len(title[: glue.start()].split()) < 3:
        return title
    return title[: glue.start()].strip()


def _heading_above_byline(
    infos: Sequence[BlockInfo], language: str | None, title_words: set[str]
) -> int | None:
    """The heading right above the first article text, with only a byline, a date or short
    buttons between them, when it shares a word with the ``<title>`` text."""
    end = min(len(infos), _SEARCH_BLOCKS)
    first = next((i for i in range(1, end) if infos[i].n_chars >= 80 and infos[i].prose), end)
    byline = False
    for i in range(first - 1, max(0, first - _TEXT_GAP), -1):
        info = infos[i]
        text = info.text
        if starts_with_byline_word(text) or starts_with_date(text):
            byline = True
            continue
        if info.n_words <= 2 or info.furniture is not None:
            continue
        if not byline or info.n_words > 30 or info.prose or _glued(text):
            return None
        shared = title_words.intersection(_words(text)) - stopword_set(language)
        return i if shared else None
    return None


def _glued(text: str) -> bool:
    """True when `text` has two words glued together (``"wishlistHOME"``, ``"2021By"``)."""
    return _GLUE.search(text) is not None or any(
        not (w.isdigit() or (w.isalpha() and (w.islower() or w.isupper() or w.istitle())))
        for w in _WORD.findall(text)
    )


def _heading_before_text(infos: Sequence[BlockInfo], language: str | None) -> TitleMatch:
    """The last heading-like block before the first block of article text."""
    end = min(len(infos), _SEARCH_BLOCKS)
    first_text = next((i for i in range(end) if _reads_as_text(infos[i], language)), end)
    for i in range(first_text - 1, -1, -1):
        info = infos[i]
        if 3 <= info.n_words <= 30 and not info.text.endswith(_STATEMENT_END) and info.furniture is None:
            return TitleMatch(info.text, None, None, (i,))
    return TitleMatch(None, None, None, ())
