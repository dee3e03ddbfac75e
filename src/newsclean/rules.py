"""The rule registry: every decision newsclean makes about a block names one of these rules.

`explain` reports, for each block of a page, whether it was kept or dropped and the id of the
rule that decided it. Ids are stable strings; descriptions are one line each.

Example:
    >>> from newsclean import rules
    >>> rules.RULES["signup-prompt"].description
    'Newsletter, subscription and sign-up prompts.'
    >>> sorted(r.id for r in rules.RULES.values() if r.keeps)[:2]
    ['article-text', 'body-text']
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

__all__ = ["RULES", "Rule"]


@dataclass(frozen=True)
class Rule:
    """A named rule: its id, whether a block it decides is kept in the body, and what it does.

    ``role`` is ``"body"`` for kept text, ``"boilerplate"`` for dropped noise, and
    ``"metadata"`` for blocks used as the title, subtitle, byline or date.
    """

    id: str
    role: str
    description: str

    @property
    def keeps(self) -> bool:
        """True when the blocks this rule decides go into `Article.text`."""
        return self.role == "body"


_ALL = (
    Rule("body-text", "body", "Long text with the function words of running prose."),
    Rule("near-body", "body", "Mid-length prose next to body text."),
    Rule("lone-prose", "body", "A paragraph on a page with no other prose: kept though nothing backs it."),
    Rule("in-body-short", "body", "A short block (subheading, list item) between body blocks."),
    Rule("title-line", "metadata", "The page's <title> text at the top of the dump."),
    Rule("headline", "metadata", "A copy of the headline; the headline is Article.title."),
    Rule("subtitle", "metadata", "The standfirst under the headline; it is Article.subtitle."),
    Rule("byline", "metadata", "A byline with the author names (and often the date)."),
    Rule("dateline", "metadata", "A line that only states the publication date."),
    Rule("signup-prompt", "boilerplate", "Newsletter, subscription and sign-up prompts."),
    Rule("donation-appeal", "boilerplate", "Appeals for donations, membership or support."),
    Rule("form-message", "boilerplate", "A form's status messages: 'Thank you! Your message has been sent.'"),
    Rule("script-notice", "boilerplate", "Notices that the page needs JavaScript or a newer browser."),
    Rule("disclosure", "boilerplate", "Affiliate and editorial disclosures, form consent text."),
    Rule("author-bio", "boilerplate", "An author box: 'About the author' and the bio after it."),
    Rule("privacy-link", "boilerplate", "Privacy, terms, cookie-policy, imprint and legal links."),
    Rule("cookie-banner", "boilerplate", "Cookie consent banners."),
    Rule("share-bar", "boilerplate", "Share buttons and social network names."),
    Rule("login-link", "boilerplate", "Log in, register and account links."),
    Rule("advertisement", "boilerplate", "Advertisement labels and 'story continues below' slugs."),
    Rule("related-list", "boilerplate", "'Related', 'Read more' headers and the list after them."),
    Rule("comment-section", "boilerplate", "Comment prompts, counts and everything after them."),
    Rule(
        "feedback-prompt",
        "boilerplate",
        "Prompts to rate or comment on the article: 'Rate this article', 'Let us know in the comments'.",
    ),
    Rule("copyright", "boilerplate", "Copyright and 'all rights reserved' footers."),
    Rule("nav-word", "boilerplate", "Single navigation words: Home, Menu, Search, Skip to content."),
    Rule("tag-line", "boilerplate", "Tag and category lines: 'Tags: ...', 'Filed under ...'."),
    Rule("breadcrumb", "boilerplate", "Breadcrumb trails such as 'Home > News > World'."),
    Rule("caption-credit", "boilerplate", "Photo captions' credits: 'Photo: ...', 'Image credit: ...'."),
    Rule("repeated-line", "boilerplate", "A short line printed more than once on the page (menus)."),
    Rule("short-nav-run", "boilerplate", "Short blocks outside the body: menus and link lists."),
    Rule("low-text", "boilerplate", "Text without the shape of prose: few function words."),
    Rule("far-from-body", "boilerplate", "Prose far from the article, past a long run of furniture."),
    Rule("before-body", "boilerplate", "Blocks above the headline: the page header."),
    Rule("after-body", "boilerplate", "Blocks after the page footer starts."),
    Rule("article-text", "body", "HTML: a short block inside the element that holds the article."),
    Rule("caption", "boilerplate", "HTML: a figure and its caption, credits included."),
    Rule("duplicate-block", "boilerplate", "HTML: a second copy of a paragraph (a page laid out twice)."),
    Rule("hidden", "boilerplate", "HTML: text the page hides (hidden, aria-hidden, display:none)."),
    Rule("furniture-container", "boilerplate", "HTML: in a nav, aside, footer or share/related/ad box."),
    Rule("outside-article", "boilerplate", "HTML: outside the element that holds the article's text."),
    Rule("link-dense", "boilerplate", "HTML: a block that is mostly link text: menus, teasers, tags."),
)

RULES: Mapping[str, Rule] = MappingProxyType({rule.id: rule for rule in _ALL})
