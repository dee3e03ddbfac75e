"""The shared seed page: a NTK Network dump with a glued <title> line and a numeric US byline."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

import newsclean

SEED = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "ntk_isis_raqqa.txt"
TITLE = "ISIS Losing Big in Syria, Surrendering “En Masse” in Iraq"
STANDFIRST = (
    "U.S.-backed forces are closing in on ISIS' stronghold in Syria, and ISIS 'fighters' in Iraq "
    "are surrendering in humiliating fashion."
)
FIRST = (
    "The U.S. and its allies are making serious headway against ISIS ‘fighters’ in both Iraq and "
    "Syria, according to recent press reports."
)
LAST = (
    "President Trump has claimed that his administration is making considerable progress "
    "against ISIS, especially compared to the Obama administration."
)

pytestmark = pytest.mark.skipif(
    not SEED.is_file(), reason=f"seed page not found at {SEED} (../shared/seeds is not checked out)"
)


@pytest.fixture(scope="module")
def article() -> newsclean.Article:
    return newsclean.clean_text(SEED.read_bytes())


def test_title(article: newsclean.Article) -> None:
    assert article.title == TITLE


def test_site_name_from_the_title_line(article: newsclean.Article) -> None:
    assert article.site_name == "NTK Network"


def test_authors(article: newsclean.Article) -> None:
    assert article.authors == ("NTK Staff",)


def test_published_from_the_byline(article: newsclean.Article) -> None:
    assert article.published == datetime(2017, 10, 9, 13, 30)
    assert article.published.tzinfo is None
    assert article.date_source == "byline"


def test_signup_and_privacy_footer_removed(article: newsclean.Article) -> None:
    for text in ("Sign Up", "for NTK updates every week.", "View Privacy Policy"):
        assert text not in article.text


def test_first_and_last_paragraphs_kept(article: newsclean.Article) -> None:
    assert FIRST in article.text
    assert LAST in article.text
    assert article.text.startswith(FIRST)
    assert article.text.endswith(LAST)


def test_standfirst_is_the_subtitle(article: newsclean.Article) -> None:
    assert article.subtitle == STANDFIRST
    assert STANDFIRST not in article.text


def test_headline_and_byline_not_in_text(article: newsclean.Article) -> None:
    assert TITLE not in article.text
    assert "Surrendering" not in article.text.split("\n\n")[0]
    assert "NTK Staff" not in article.text
    assert "10.09.2017" not in article.text
    assert "NTK Network" not in article.text


def test_str_and_bytes_give_the_same_article(article: newsclean.Article) -> None:
    assert newsclean.clean_text(SEED.read_text(encoding="utf-8")) == article
