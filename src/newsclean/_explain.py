"""`Explanation`: every block of a page with the decision taken about it and the rule why."""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ._article import Article
from .rules import RULES

__all__ = ["BlockDecision", "Explanation", "explanation"]


@dataclass(frozen=True)
class BlockDecision:
    """One block of the input: where it starts, its text, whether it was kept, and the rule.

    ``where`` is the 1-based input line for a text dump.

    Example:
        >>> import newsclean
        >>> block = newsclean.explain("Title\\n\\nShare").blocks[1]
        >>> block.where, block.kept, block.rule, block.role
        ('3', False, 'share-bar', 'boilerplate')
    """

    index: int
    where: str
    text: str
    kept: bool
    rule: str

    @property
    def role(self) -> str:
        """``"body"``, ``"boilerplate"`` or ``"metadata"``: the role of the deciding rule."""
        return RULES[self.rule].role


@dataclass(frozen=True)
class Explanation:
    """The article and the decision about every block of its page, in page order.

    Example:
        >>> import newsclean
        >>> report = newsclean.explain("Title\\n\\nShare\\n\\nA long enough body sentence here.")
        >>> [(d.text, d.rule) for d in report.blocks][:2]
        [('Title', 'title-line'), ('Share', 'share-bar')]
    """

    article: Article
    blocks: tuple[BlockDecision, ...]

    @property
    def kept(self) -> tuple[BlockDecision, ...]:
        """The blocks that make up `Article.text`, in order."""
        return tuple(b for b in self.blocks if b.kept)

    def __str__(self) -> str:
        lines = []
        for b in self.blocks:
            mark = "+" if b.kept else "-"
            text = b.text if len(b.text) <= 70 else b.text[:69] + "…"
            lines.append(f"{mark} {b.where:>6} {b.rule:<16} {text}")
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        rows = "".join(
            f"<tr style='color:{'#000' if b.kept else '#999'}'><td>{html.escape(b.where)}</td>"
            f"<td>{'kept' if b.kept else 'dropped'}</td><td><code>{html.escape(b.rule)}</code></td>"
            f"<td>{html.escape(b.text[:200])}</td></tr>"
            for b in self.blocks
        )
        return (
            f"{self.article._repr_html_()}<table><tr><th>where</th><th>decision</th>"
            f"<th>rule</th><th>text</th></tr>{rows}</table>"
        )


def explanation(article: Article, places: Iterable[tuple[str, str]], rules: Sequence[str]) -> Explanation:
    """The report on a page: each block's place and text, with the rule that decided it."""
    decisions = tuple(
        BlockDecision(i, where, text, RULES[rule].keeps, rule)
        for i, ((where, text), rule) in enumerate(zip(places, rules, strict=True))
    )
    return Explanation(article, decisions)
