"""Authors and subtitle of a text dump, read from the blocks around the headline.

Found blocks are entered in ``ctx.roles`` (``byline``, ``subtitle``) so that the classifier
drops them from the body.
"""

from __future__ import annotations

from ._boilerplate import boilerplate_rule
from ._byline import byline_authors, clean_names, looks_like_name, starts_with_byline_word
from ._context import PageContext

__all__ = ["find_byline", "find_byline_fallback", "find_subtitle"]


def find_byline(ctx: PageContext) -> tuple[int | None, tuple[str, ...]]:
    """The first byline in the header window: its block index and the authors it names."""
    for i in ctx.window:
        if ctx.free(i):
            authors = byline_authors(ctx.infos[i].text)
            if authors:
                ctx.roles[i] = "byline"
                return i, authors
    return None, ()


def find_byline_fallback(
    ctx: PageContext, dateline: int | None
) -> tuple[int | None, tuple[str, ...]]:
    """When the header has no byline: a bare name next to the date line ("Andrew King" /
    "September 4, 2025"), else a line that opens with By / Von / Par anywhere on the page."""
    if dateline is not None:
        for i in (dateline - 1, dateline + 1, dateline - 2, dateline + 2):
            if 0 <= i < len(ctx.infos) and i not in ctx.roles:
                info = ctx.infos[i]
                if 2 <= info.n_words <= 5 and looks_like_name(info.text):
                    authors = clean_names(info.text)
                    if authors and boilerplate_rule(info.text, info.n_words) is None:
                        ctx.roles[i] = "byline"
                        return i, authors
    for i, info in enumerate(ctx.infos):
        if i not in ctx.roles and info.n_words <= 8 and starts_with_byline_word(info.text):
            authors = byline_authors(info.text)
            if authors:
                ctx.roles[i] = "byline"
                return i, authors
    return None, ()


def find_subtitle(ctx: PageContext, byline: int | None, dateline: int | None) -> str | None:
    """A standfirst: prose between the headline and the byline or date line below it."""
    marks = [m for m in (byline, dateline) if m is not None and m > ctx.body_start]
    if ctx.roles.get(ctx.body_start) != "headline" or not marks:
        return None
    for i in range(ctx.body_start + 1, min(marks)):
        info = ctx.infos[i]
        if i not in ctx.roles and info.n_words >= 6 and boilerplate_rule(info.text, info.n_words) is None:
            ctx.roles[i] = "subtitle"
            return info.text
    return None
