"""Shared helpers for the core unit tests: repository paths and synthetic body paragraphs."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

import newsclean

REPO = Path(__file__).resolve().parents[1]
UNIT_FIXTURES = REPO / "fixtures" / "unit"
TEXT_FIXTURES = REPO / "fixtures" / "text"
EXAMPLE = REPO / "examples" / "harbour_vote.txt"

# Hypothesis profiles: "ci" (the default) keeps the suite fast; NEWSCLEAN_HYPOTHESIS=thorough
# runs 10,000 examples per property (the bar of the reliability issue), for a local run.
settings.register_profile("ci", max_examples=50, deadline=None)
settings.register_profile(
    "thorough",
    max_examples=10_000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile(os.environ.get("NEWSCLEAN_HYPOTHESIS", "ci"))

# Long English body paragraphs (over 200 characters each, ordinary prose), written for these tests.
PARAS = (
    "The harbour board voted on Tuesday to approve the long-delayed plan for a new ferry pier, "
    "ending a dispute that has divided the town since the old pier was closed for safety reasons "
    "two winters ago and the ferries were moved to a temporary berth at the far end of the bay.",
    "Members heard that the builder now expects to finish the work by the end of next year, "
    "provided the weather holds and the steel for the frame arrives from the mill on time, which "
    "has not always been the case with projects of this size in the past.",
    "The board will publish a revised drawing next month and hold a public meeting before any "
    "further money is spent on the project, the chairwoman said after the vote, adding that she "
    "hoped as many people as possible would come and say what they think of it.",
    "Several fishermen who use the old slipway said they were relieved that the plan keeps a berth "
    "for their boats, which they had feared would be lost to the ferry company when the first "
    "drawings were shown to the public at the town hall last year.",
)
# A reader's comment: long prose, so only page structure can tell it from the body.
COMMENT = (
    "I have lived by the harbour for thirty years and I think this is the best news the town has "
    "had in a long time, so well done to everyone on the board who made it happen in the end."
)


def page(*blocks: str) -> str:
    """A dump with one blank line between blocks, as get_text() gives for block elements."""
    return "\n\n".join(blocks) + "\n"


def rule_of(report: newsclean.Explanation, text: str) -> str:
    """The rule that decided the (only) block whose text is `text`."""
    rules = [b.rule for b in report.blocks if b.text == text]
    assert len(rules) == 1, f"expected one block {text!r}, found {len(rules)}"
    return rules[0]


@pytest.fixture
def example_text() -> str:
    """The bundled example dump, as text."""
    return EXAMPLE.read_text(encoding="utf-8")
