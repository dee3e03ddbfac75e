"""Authors and subtitle of a text dump, read from the blocks around the headline.

Found blocks are entered in ``ctx.roles`` (``byline``, ``subtitle``) so that the classifier
drops them from the body.

Bylines are looked for from the most to the least explicit shape, first in the header window
and then, as a fallback, on the whole page:

1. a line with a byline word: ``By Jane Doe | May 4``, ``Posted on DATE by X``;
2. a byline label on its own line and the names on the next one (``Written by`` / ``Jane Doe``);
3. a bare name with a job title or credentials (``Tracy Parker, Dietitian``);
4. (fallback only) a bare person's or team's name next to the date line (``EDB Team``,
   ``Redaktion``);
5. (fallback only) a capitalised byline word inside a long block, its names followed by a
   date (``...headlineByJane Doe Thursday, May 4, 2024``);
6. (fallback only) a bare name right above a line that is only a job title (``Jane Doe`` /
   ``Staff Writer``);
7. (fallback only) an author box: ``About the author`` / ``Jane Doe``.
"""

from __future__ import annotations

from itertools import pairwise

import regex

from ._byline import (
    _CREDENTIAL,
    _JOB_WORDS,
    byline_at_end,
    byline_authors,
    byline_before_date,
    byline_label,
    clean_names,
    has_byline_hint,
    job_title,
    label_names,
    name_after_date,
    name_before_date,
    person_name,
    starts_with_byline_word,
    starts_with_date,
    team_name,
)
from ._classify import PROSE_KINDS, first_prose
from ._context import PageContext

_STANDFIRST_WORDS = 60

__all__ = ["find_byline", "find_byline_fallback", "find_subtitle"]

_FALLBACK_BLOCKS = 3_000  # blocks searched for a byline outside the page header

# How far past the article's first paragraph a bare name above a date line is a byline.
_PAST_FIRST_PROSE = 3
# The words that join a name to its date in a byline ("Anna Berg am 4. Mai 2024").
_DATE_LEADS = frozenset((" am ", " on ", " le ", " On "))
# The most words of the line after a bare name under the headline (`_name_below_headline`).
_AFTER_BYLINE_WORDS = 8
# The most words of a menu item around a name and a job title line (`_in_menu`).
_MENU_WORDS = 5
# How far past a byline label its names may be (an avatar or an initials line between).
_LABEL_REACH = 2
# The first words of an author's biography: "Jane Doe is a ...", "Jane has covered ...".
_BIO_START = regex.compile(
    r"^(\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3})(?:\s\([^)]{1,30}\))?\s"
    r"(?:is|was|has|had|writes|covers|joined|leads|specializes|specialises|holds|works|brings"
    r"|ist|war|hat|schreibt|arbeitet|est|a)\b"
)


def find_byline(ctx: PageContext) -> tuple[int | None, tuple[str, ...]]:
    """The first byline in the header window: its block index and the authors it names.

    Explicit bylines (a byline word or label) are looked for first; then a bare name that a
    date follows, on its line or the next ("Jane Doe" / "May 4, 2024").

    Example (blocks ``["Headline", "Written by", "Jane Doe", "May 4, 2024", ...]``): the
    label and the name both get the role ``byline`` and ``("Jane Doe",)`` is returned.
    """
    for i in ctx.window:
        if ctx.free(i):
            found = _byline_at(ctx, i, in_header=True)
            if found:
                return i, found
    dated = ctx.dated
    for i in ctx.window:
        if ctx.free(i, 16):
            name = _name_with_date(ctx, i)
            if name:
                _claim(ctx, i)
                return i, (name,)
        elif i in dated and i not in ctx.roles and not starts_with_byline_word(ctx.infos[i].text):
            # a long block that opens with a name glued to a date, or joined to it by "on"
            # ("Jane DoeMay 4, 2024 The council met...", "Anna Berg am 4. Mai 2024 Der Rat"):
            # the name, but the block stays in the body, which it runs into
            text = ctx.infos[i].text
            name = name_before_date(text)
            if name and text.startswith(name):
                rest = text[len(name) : len(name) + 4]
                if rest[:1].isalnum() or rest in _DATE_LEADS:
                    return i, (name,)
    for i in ctx.window:
        # only a block above a dated one can pass `_byline_above_date`: the others cost no call
        if i + 1 in dated and i not in ctx.roles:
            authors = _byline_above_date(ctx, i)
            if authors:
                return i, authors
    return None, ()


def _byline_above_date(ctx: PageContext, i: int) -> tuple[str, ...]:
    """The authors at the end of block `i` when a date line follows it ("... will stay. By
    Jane Doe" / "Published: May 4"): a byline glued to the text before it. Not in a list
    of teasers, where dates come one block before or three blocks after too. The block is
    claimed only when short: a long one is a paragraph."""
    infos = ctx.infos
    if i < 0 or i + 1 not in ctx.dated or not starts_with_date(infos[i + 1].text):
        return ()  # a date line that opens the page has no block above it
    # a list of teasers, each a headline (with its author) and a date, or the other way round
    if any(starts_with_date(infos[j].text) for j in (i - 1, i, i + 3) if 0 <= j < len(infos)):
        return ()
    authors = byline_at_end(infos[i].text)
    if authors and ctx.free(i, 16):
        _claim(ctx, i)
    return authors


def find_byline_fallback(ctx: PageContext, dateline: int | None) -> tuple[int | None, tuple[str, ...]]:
    """When the header has no byline: a bare name next to the date line ("Andrew King" /
    "September 4, 2025"), a name with a job title in the header, else a byline line, a
    byline label, a dated byline inside a long block, a name above a job title line or an
    author box anywhere on the page."""
    if dateline is not None:
        authors = _byline_above_date(ctx, dateline - 1) if dateline - 1 not in ctx.roles else ()
        if authors:
            return dateline - 1, authors
        for i in (dateline - 1, dateline + 1, dateline - 2, dateline + 2):
            if 0 <= i < len(ctx.infos) and i not in ctx.roles:
                info = ctx.infos[i]
                if info.n_words <= 12 and info.furniture is None:
                    authors = _bare_names(info.text)
                    if authors:
                        _claim(ctx, i)
                        return i, authors
    for i in ctx.window:
        if ctx.free(i, 10):
            authors = _name_with_role(ctx, i)
            if authors:
                _claim(ctx, i)
                return i, authors
    # A byline further down than the first few thousand blocks is not the article's; past
    # them lie only the blocks a pathological line was cut into.
    blocks = ctx.infos[:_FALLBACK_BLOCKS]
    dated = ctx.dated
    for i, info in enumerate(blocks):
        if i in ctx.roles:
            continue
        text = info.text
        if info.n_words > 15:
            opens = starts_with_byline_word(text)
        else:
            # `_byline_at` names no one in a text without a byline word's letters: that
            # cheap test first (a long block almost always has them: not worth it there)
            opens = has_byline_hint(text) and (
                starts_with_byline_word(text)
                or (info.n_words <= 4 and byline_label(text))
                or starts_with_date(text)
            )
        if opens:
            found = _byline_at(ctx, i, in_header=False)
            if found:
                return i, found
        # only a block above a dated one can pass `_byline_above_date`: the others cost no call
        if i + 1 in dated:
            found = _byline_above_date(ctx, i)
            if found:
                return i, found
    for i, info in enumerate(blocks):
        if info.n_words > 15 and i not in ctx.roles:
            authors = byline_before_date(info.text)
            if authors:
                return i, authors
    at, authors = _name_above_date(ctx, first_prose(ctx.infos, ctx.body_start) + _PAST_FIRST_PROSE)
    if authors:
        return at, authors
    at, authors = _name_below_headline(ctx)
    if authors:
        return at, authors
    for i in range(len(blocks)):
        if ctx.free(i, 4):
            authors = _name_above_role(ctx, i)
            if authors:
                _claim(ctx, i, i + 1)
                return i, authors
    for i, (info, bio) in enumerate(pairwise(blocks)):
        if info.n_words <= 4 and bio.n_words >= 8 and i not in ctx.roles:
            name = _author_bio(ctx, i)
            if name:
                _claim(ctx, i)
                return i, (name,)
    return None, ()


def _name_above_date(ctx: PageContext, end: int) -> tuple[int | None, tuple[str, ...]]:
    """A bare name right above a date line, before block `end` (just past the article's
    first paragraph), where the header window did not reach ("Jane Doe" / "Last Updated Nov
    6, 2025"); one word will do between the headline and the date ("Susan" / "May 4, 2024").
    Not in a list of teasers, where other dates come one or two blocks before or three or
    four blocks after, unless the headline is right above."""
    infos = ctx.infos
    for d in sorted(ctx.dated):
        i = d - 1
        if d >= end:
            break
        if i < 0 or i in ctx.roles or infos[i].n_words > 4 or infos[i].furniture is not None:
            continue
        if not starts_with_date(infos[d].text):
            continue
        below_headline = ctx.roles.get(i - 1) == "headline"
        if not below_headline and any(
            starts_with_date(infos[j].text) for j in (i - 2, i - 1, i + 3, i + 4) if 0 <= j < len(infos)
        ):
            continue
        text = infos[i].text
        authors = _bare_names(text)
        if not authors and below_headline and " " not in text and text.isalpha():
            name = person_name(text, lenient=True)
            authors = (name,) if name else ()
        if authors:
            _claim(ctx, i)
            return i, authors
    return None, ()


def _name_below_headline(ctx: PageContext) -> tuple[int | None, tuple[str, ...]]:
    """A person's name alone on the line right under the headline, or under its
    standfirst ("Headline" / "Jane Doe" / "Updated 2 hours ago"): the byline of a page that
    names no one else. The line after it is short or dated (a date, a share bar): a heading
    under the headline ("Key Points") has the article's text after it; nor does the name
    repeat a word of the headline."""
    infos = ctx.infos
    for h in sorted(i for i, role in ctx.roles.items() if role == "headline"):
        i = h + 1
        if i + 2 < len(infos) and i not in ctx.roles and 6 <= infos[i].n_words <= _STANDFIRST_WORDS:
            i += 1  # a standfirst between them
        if i + 1 >= len(infos) or (infos[i + 1].n_words > _AFTER_BYLINE_WORDS and i + 1 not in ctx.dated):
            continue
        if ctx.free(i, 4) and infos[i].furniture is None:
            name = person_name(infos[i].text)
            if name and not _shares_a_word(name, infos[h].text):
                _claim(ctx, i)
                return i, (name,)
    return None, ()


def _shares_a_word(name: str, headline: str) -> bool:
    """True when a word of `name` is in `headline`: a heading that takes up the headline's
    words ("Muffin Recipe" / "Easy Muffin Recipe"), where a byline names someone else."""
    words = set(headline.casefold().split())
    return any(word.casefold() in words for word in name.split())


def _byline_at(ctx: PageContext, i: int, *, in_header: bool) -> tuple[str, ...]:
    """The authors named by block `i` (and the block after a label); roles are set."""
    infos = ctx.infos
    text = infos[i].text
    if byline_label(text):
        for j in range(i + 1, min(len(infos), i + 1 + _LABEL_REACH)):
            if j in ctx.roles:
                break
            authors = label_names(infos[j].text)
            if authors:
                _claim(ctx, i, j)
                return authors
            if infos[j].n_words > 2:
                break
        return ()
    authors = byline_authors(text)
    if authors and _menu_item(ctx, i):
        return ()
    if authors:
        _claim(ctx, i)
    return authors


def _name_with_date(ctx: PageContext, i: int) -> str | None:
    """A bare name with a date after it on its line, or on the next line; on a line of its
    own, a team's name will do ("EDB Team" / "May 4")."""
    text = ctx.infos[i].text
    if starts_with_byline_word(text):
        return None
    name = name_before_date(text) or name_after_date(text)
    if name:
        return name
    j = i + 1
    if j + 1 < len(ctx.infos) and ctx.infos[j].n_chars <= 2:  # "Jane Doe" / "|" / "May 4"
        j += 1
    nxt = ctx.infos[j].text if j < len(ctx.infos) else ""
    if ctx.infos[i].n_words <= 4 and starts_with_date(nxt):
        name = person_name(text) or (text.strip() if team_name(text) else None)
        if name and ctx.infos[i].furniture is None:
            return name
    return None


def _author_bio(ctx: PageContext, i: int) -> str | None:
    """A name line above a biography that opens with the name ("Jane Doe" / "Jane is a
    reporter who ..."): an author box. The caller has checked that block `i` is short and
    the next one at least eight words long."""
    m = _BIO_START.match(ctx.infos[i + 1].text)  # cheaper than `person_name`: first
    if m is None:
        return None
    name = person_name(ctx.infos[i].text)
    if not name:
        return None
    subject = m.group(1)
    return name if subject == name or subject == name.split()[0] else None


def _bare_names(text: str) -> tuple[str, ...]:
    """The people named by a bare line: one name ("Jane Doe, Editor"), a list of them, or a
    team ("EDB Team", "Redaktion")."""
    if "," in text or " and " in text or "&" in text:
        authors = clean_names(text, strict=True)
        if len(authors) >= 2 and all(" " in a for a in authors):
            return authors
    name = person_name(text) or (text.strip() if team_name(text) else None)
    return (name,) if name else ()


def _claim(ctx: PageContext, *blocks: int) -> None:
    """Give the blocks the byline role, so that the classifier drops them from the body."""
    for i in blocks:
        ctx.roles[i] = "byline"


def _menu_item(ctx: PageContext, i: int) -> bool:
    """A "By X" line between other "By Y" lines is a menu ("By Industry" / "By Role"); a
    label that names no one ("Author" / "Written by Jane Doe") is not a menu item."""
    for j in (i - 1, i + 1):
        if 0 <= j < len(ctx.infos):
            other = ctx.infos[j]
            if other.n_words <= 4 and starts_with_byline_word(other.text) and not byline_label(other.text):
                return True
    return False


def _name_with_role(ctx: PageContext, i: int) -> tuple[str, ...]:
    """A bare name with a job title or credentials after a comma ("Tracy Parker, Dietitian")."""
    text = ctx.infos[i].text
    head, comma, role = text.partition(",")
    if not comma or not (_JOB_WORDS.search(role) or _CREDENTIAL.search(text)):
        return ()
    name = person_name(text)
    return (name,) if name and name == head.strip() else ()


def _name_above_role(ctx: PageContext, i: int) -> tuple[str, ...]:
    """A bare name right above a line that is only a job title ("Jane Doe" / "Staff Writer",
    "Anna Berg" / "Chefredakteurin"). The caller has checked that block `i` is short."""
    if ctx.infos[i].n_words < 2 or i + 1 >= len(ctx.infos) or not ctx.free(i + 1, 8):
        return ()  # `person_name` takes two words or more
    if not job_title(ctx.infos[i + 1].text) or _in_menu(ctx, i):
        return ()
    name = person_name(ctx.infos[i].text)
    return (name,) if name else ()


def _in_menu(ctx: PageContext, i: int) -> bool:
    """True when the two blocks on each side of a name and job title pair (`i`, `i + 1`)
    are menu items too: short lines with no digit, no sentence end and no byline label
    ("Puppy Care" / "Adult Pet Care" / "Senior Dog Care" / "Cats"), where an author box has
    a label (maybe glued to the line above: "...Gas author"), a date, a bio or contact
    details; the nearest two match no furniture rule."""
    if i < 2 or i + 3 >= len(ctx.infos):
        return False
    for j in (i - 1, i + 2, i - 2, i + 3):
        info = ctx.infos[j]
        text = info.text
        if (
            info.n_words > _MENU_WORDS
            or (info.furniture is not None and j in (i - 1, i + 2))
            or text[-1] in ".!?:"
            or any(c.isdigit() for c in text)
            or byline_label(text.rsplit(None, 1)[-1] if j == i - 1 else text)
        ):
            return False
    return True


def find_subtitle(ctx: PageContext, byline: int | None, dateline: int | None) -> str | None:
    """A standfirst: prose between the headline and the byline or date line below it.

    Example (blocks ``["Headline", "The six-month trial will cover 400 workers.",
    "By Jane Doe", ...]``): the second block is the subtitle.
    """
    # Only a byline or date line of the header counts: one found at the end of the page
    # (an author box at the end) would turn the first paragraph into a subtitle.
    marks = [m for m in (byline, dateline) if m is not None and m > ctx.body_start and m in ctx.window]
    if ctx.roles.get(ctx.body_start) != "headline" or not marks:
        return None
    # A standfirst is short, and the article goes on after the byline: a long block, or the
    # only prose on the page, is the article's first paragraph instead.
    if not any(info.kind in PROSE_KINDS for info in ctx.infos[min(marks) + 1 :]):
        return None
    for i in range(ctx.body_start + 1, min(marks)):
        info = ctx.infos[i]
        if i not in ctx.roles and 6 <= info.n_words <= _STANDFIRST_WORDS and info.furniture is None:
            ctx.roles[i] = "subtitle"
            return info.text
    return None
