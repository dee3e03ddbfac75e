"""Building blocks for the patterns of the other modules."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

__all__ = ["literal_search", "literal_words", "trie"]


def trie(words: Iterable[str]) -> str:
    """A pattern for exactly these words, factored by common prefixes: the regex engine then
    follows one branch per character instead of trying every word in turn.

    Example:
        >>> trie("nav navbar menu".split())
        '(?:menu|nav(?:bar)?)'
    """
    tree: dict[str, dict[str, Any]] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        pattern = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{pattern})?" if "" in node else pattern

    return build(tree)


def literal_words(words: str) -> list[str]:
    """The words of a ``_``-for-space word list, less those that extend another word.

    Example:
        >>> literal_words("sign sign_up privacy")
        ['privacy', 'sign']
    """
    items = sorted({w.replace("_", " ") for w in words.split()})
    return [w for w in items if not any(o != w and w.startswith(o) for o in items)]


def literal_search(words: str) -> re.Pattern[str]:
    """A pattern that finds any of the literal `words` (``_`` stands for a space) anywhere; a
    word that extends another is dropped, as finding the shorter one is enough.

    Example:
        >>> literal_search("cookie privacy_policy privacy").search("our privacy notice").group()
        'privacy'
    """
    return re.compile(trie(literal_words(words)))
