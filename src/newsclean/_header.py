"""Authors and subtitle of a text dump, read from the blocks around the headline.

Found blocks are entered in ``ctx.roles`` (``byline``, ``subtitle``) so that the classifier
drops them from the body.

Bylines are looked for from the most to the least explicit shape, first in the header window
and then, as a fallback, on the whole page:

1. a line with a byline word: ``By Jane Doe | May 4``, ``Posted on DATE by X``;
2. a byline label on its own line and the names on the next one (``Written by`` / ``Jane Doe``);
3. a bare name with a job title or credentials (``Tracy Parker, Dietitian``), or a bare name
   right above a line that is only a job title (``Jane Doe`` / ``Copywriter``);
4. (fallback only) a bare person's name next to the date line;
5. (fallback only) an author box: ``About the author`` / ``Jane Doe``.
"""

from __future__ import annotations

from ._boilerplate import boilerplate_rule
from ._byline import (
    _CREDENTIAL,
    _JOB_WORDS,
    byline_authors,
    byline_label,
    label_names,
    person_name,
    starts_with_byline_word,
)
from ._context import PageContext

__all__ = ["find_byline", "find_byline_fallback", "find_subtitle"]

# How far past a byline label its names may be (an avatar or an initials line between).
_LABEL_REACH = 2
# The longest a byline line can be and still be looked at on the whole page.
_MAX_BYLINE_WORDS = 12


def find_byline(ctx: PageContext) -> tuple[int | None, tuple[str, ...]]:
    """The first byline in the header window: its block index and the authors it names.

    Example (blocks ``["Headline", "Written by", "Jane Doe", "May 4, 2024", ...]``): the
    label and the name both get the role ``byline`` and ``("Jane Doe",)`` is returned.
    """
    for i in ctx.window:
        if not ctx.free(i):
            continue
        found = _byline_at(ctx, i, in_header=True)
        if found:
            return i, found
    return None, ()


def find_byline_fallback(
    ctx: PageContext, dateline: int | None
) -> tuple[int | None, tuple[str, ...]]:
    """When the header has no byline: a bare name next to the date line ("Andrew King" /
    "September 4, 2025"), else a byline line, a byline label or an author box anywhere."""
    if dateline is not None:
        for i in (dateline - 1, dateline + 1, dateline - 2, dateline + 2):
            if 0 <= i < len(ctx.infos) and i not in ctx.roles:
                info = ctx.infos[i]
                if info.n_words <= 8 and boilerplate_rule(info.text, info.n_words) is None:
                    name = person_name(info.text)
                    if name:
                        ctx.roles[i] = "byline"
                        return i, (name,)
    for i, info in enumerate(ctx.infos):
        if i in ctx.roles or info.n_words > _MAX_BYLINE_WORDS:
            continue
        text = info.text
        if starts_with_byline_word(text) or byline_label(text):
            found = _byline_at(ctx, i, in_header=False)
            if found:
                return i, found
    return None, ()


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
                ctx.roles[i] = ctx.roles[j] = "byline"
                return authors
            if infos[j].n_words > 2:
                break
        return ()
    authors = byline_authors(text)
    if authors and _menu_item(ctx, i):
        return ()
    if not authors and in_header and infos[i].n_words <= 10:
        authors = _name_with_role(ctx, i)
    if authors:
        ctx.roles[i] = "byline"
    return authors


def _menu_item(ctx: PageContext, i: int) -> bool:
    """A "By X" line between other "By Y" lines is a menu ("By Industry" / "By Role")."""
    for j in (i - 1, i + 1):
        if 0 <= j < len(ctx.infos):
            other = ctx.infos[j]
            if other.n_words <= 4 and starts_with_byline_word(other.text):
                return True
    return False


def _name_with_role(ctx: PageContext, i: int) -> tuple[str, ...]:
    """A bare name that carries a job title or credentials, on its line or the next one."""
    text = ctx.infos[i].text
    name = person_name(text)
    if not name:
        return ()
    if name != text.strip():
        return (name,) if _JOB_WORDS.search(text) or _CREDENTIAL.search(text) else ()
    if i + 1 < len(ctx.infos):
        nxt = ctx.infos[i + 1]
        if nxt.n_words <= 4 and _JOB_WORDS.search(nxt.text) and person_name(nxt.text) is None:
            ctx.roles[i + 1] = "byline"
            return (name,)
    return ()


def find_subtitle(ctx: PageContext, byline: int | None, dateline: int | None) -> str | None:
    """A standfirst: prose between the headline and the byline or date line below it."""
    marks = [m for m in (byline, dateline) if m is not None and m > ctx.body_start]
    if ctx.roles.get(ctx.body_start) != "headline" or not marks:
        return None
    for i in range(ctx.body_start + 1, min(marks)):
        info = ctx.infos[i]
        if (
            i not in ctx.roles
            and info.n_words >= 6
            and boilerplate_rule(info.text, info.n_words) is None
        ):
            ctx.roles[i] = "subtitle"
            return info.text
    return None
