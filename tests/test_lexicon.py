"""Tests of the word lists and language functions in `newsclean._lexicon`."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclean._lexicon import (
    _MONTH_EXCLUDED,
    _MONTH_FORMS,
    _TOKEN_RE,
    _WORD_LANGS,
    BYLINE_PREFIXES,
    LANGUAGES,
    MONTHS,
    NAME_CONNECTORS,
    STOPWORDS,
    WEEKDAYS,
    _build_months,
    _word_counts,
    fold_diacritics,
    guess_language,
    stopword_density,
    stopword_set,
)

REQUIRED = (
    "en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv",
    "da", "no", "fi", "cs", "ro", "hu", "tr", "id",
)  # fmt: skip

# The same news-like passage written in each language (at least 25 words each).
SAMPLES: dict[str, str] = {
    "en": (
        "The government said on Monday that it would not change the rules for schools this "
        "year, but many parents who spoke to reporters were worried about what could happen "
        "after the summer and what they should do then."
    ),
    "de": (
        "Die Regierung hat am Montag erklärt, dass sie die Regeln für die Schulen in diesem "
        "Jahr nicht ändern wird, aber viele Eltern, die mit Journalisten gesprochen haben, "
        "sind besorgt über das, was nach dem Sommer passieren könnte."
    ),
    "fr": (
        "Le gouvernement a déclaré lundi qu'il ne modifierait pas les règles pour les écoles "
        "cette année, mais de nombreux parents qui ont parlé aux journalistes se sont "
        "inquiétés de ce qui pourrait se passer après l'été."
    ),
    "es": (
        "El gobierno dijo el lunes que no cambiará las normas para las escuelas este año, "
        "pero muchos padres que hablaron con los periodistas están preocupados por lo que "
        "podría pasar después del verano."
    ),
    "it": (
        "Il governo ha detto lunedì che non cambierà le regole per le scuole quest'anno, ma "
        "molti genitori che hanno parlato con i giornalisti sono preoccupati per quello che "
        "potrebbe succedere dopo l'estate."
    ),
    "pt": (
        "O governo disse na segunda-feira que não vai mudar as regras para as escolas este "
        "ano, mas muitos pais que falaram com os jornalistas estão preocupados com o que "
        "pode acontecer depois do verão."
    ),
    "nl": (
        "De regering heeft maandag gezegd dat zij de regels voor de scholen dit jaar niet "
        "zal veranderen, maar veel ouders die met journalisten hebben gesproken, maken zich "
        "zorgen over wat er na de zomer kan gebeuren."
    ),
    "pl": (
        "Rząd poinformował w poniedziałek, że w tym roku nie zmieni zasad dla szkół, ale "
        "wielu rodziców, którzy rozmawiali z dziennikarzami, jest zaniepokojonych tym, co "
        "może się stać po wakacjach, i nie wie, co ma teraz zrobić."
    ),
    "sv": (
        "Regeringen sa på måndagen att den inte kommer att ändra reglerna för skolorna i år, "
        "men många föräldrar som har talat med journalister är oroliga för vad som kan "
        "hända efter sommaren."
    ),
    "da": (
        "Regeringen sagde mandag, at den ikke vil ændre reglerne for skolerne i år, men "
        "mange forældre, som har talt med journalister, er bekymrede for, hvad der kan ske "
        "efter sommeren, og nu spørger de sig selv, hvad de skal gøre."
    ),
    "no": (
        "Regjeringen sa mandag at den ikke vil endre reglene for skolene i år, men mange "
        "foreldre som har snakket med journalister, er bekymret for hva som kan skje etter "
        "sommeren, og nå spør de seg selv hva de skal gjøre."
    ),
    "fi": (
        "Hallitus kertoi maanantaina, että se ei muuta koulujen sääntöjä tänä vuonna, mutta "
        "monet vanhemmat, jotka ovat puhuneet toimittajien kanssa, ovat huolissaan siitä, "
        "mitä kesän jälkeen voi tapahtua, ja he kysyvät nyt, mitä heidän pitäisi tehdä."
    ),
    "cs": (
        "Vláda v pondělí uvedla, že letos nezmění pravidla pro školy, ale mnoho rodičů, "
        "kteří mluvili s novináři, se obává toho, co se může stát po létě, a také se ptají, "
        "jak to bude dál."
    ),
    "sk": (
        "Vláda v pondelok uviedla, že tento rok nezmení pravidlá pre školy, ale veľa "
        "rodičov, ktorí sa rozprávali s novinármi, sa obáva toho, čo sa môže stať po lete, "
        "a tiež sa pýtajú, ako to bude ďalej."
    ),
    "ro": (
        "Guvernul a anunțat luni că nu va schimba regulile pentru școli în acest an, dar "
        "mulți părinți care au vorbit cu jurnaliștii sunt îngrijorați de ceea ce s-ar putea "
        "întâmpla după vară și se întreabă ce vor face."
    ),
    "hu": (
        "A kormány hétfőn azt közölte, hogy idén nem változtat az iskolákra vonatkozó "
        "szabályokon, de sok szülő, aki az újságírókkal beszélt, aggódik amiatt, hogy mi "
        "történhet a nyár után, és azt kérdezik, hogy mit kell majd tenniük."
    ),
    "tr": (
        "Hükümet pazartesi günü yaptığı açıklamada bu yıl okullar için kuralları "
        "değiştirmeyeceğini söyledi, ancak gazetecilerle konuşan birçok veli yazdan sonra "
        "ne olacağı konusunda endişeli ve bu durumda ne yapmaları gerektiğini bilmiyor, "
        "çünkü her şey çok belirsiz."
    ),
    "id": (
        "Pemerintah mengatakan pada hari Senin bahwa mereka tidak akan mengubah aturan "
        "untuk sekolah tahun ini, tetapi banyak orang tua yang berbicara dengan wartawan "
        "khawatir tentang apa yang bisa terjadi setelah liburan."
    ),
}

_TOKEN = re.compile(r"[^\W\d_]+")


def _split(text: str) -> list[str]:
    return text.split()


# --------------------------------------------------------------------------- stopwords


def test_every_required_language_has_a_list_of_plausible_size() -> None:
    for lang in REQUIRED:
        assert lang in STOPWORDS, lang
        assert 100 <= len(STOPWORDS[lang]) <= 230, (lang, len(STOPWORDS[lang]))
    assert tuple(STOPWORDS) == LANGUAGES


def test_stopwords_are_lowercase_single_tokens() -> None:
    for lang, words in STOPWORDS.items():
        for word in words:
            assert word == word.lower(), (lang, word)
            assert _TOKEN.fullmatch(word), (lang, word)


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("en", {"the", "of", "and", "to", "in", "is", "that"}),
        ("de", {"der", "die", "und", "nicht", "ist", "sich"}),
        ("fr", {"le", "la", "les", "et", "est", "dans", "qu"}),
        ("es", {"el", "los", "que", "y", "del", "por"}),
        ("it", {"il", "che", "della", "non", "è", "gli"}),
        ("pt", {"não", "do", "da", "em", "uma", "com"}),
        ("nl", {"het", "een", "van", "niet", "zijn"}),
        ("pl", {"się", "nie", "że", "jest", "w"}),
        ("sv", {"och", "att", "inte", "är", "som"}),
        ("da", {"og", "ikke", "af", "mig", "efter"}),
        ("no", {"og", "ikke", "av", "meg", "etter"}),
        ("fi", {"ja", "on", "ei", "että", "mutta"}),
        ("cs", {"se", "že", "jsou", "pro", "jako"}),
        ("sk", {"sa", "že", "sú", "pre", "ako"}),
        ("ro", {"și", "şi", "în", "că", "este", "pentru"}),
        ("hu", {"a", "az", "és", "hogy", "nem"}),
        ("tr", {"ve", "bir", "bu", "için", "ile"}),
        ("id", {"yang", "dan", "di", "ini", "itu"}),
    ],
)
def test_most_frequent_function_words_are_present(lang: str, words: set[str]) -> None:
    assert words <= STOPWORDS[lang]


def test_content_words_are_not_stopwords() -> None:
    for word in ("government", "year", "president", "news", "home", "sport"):
        assert word not in STOPWORDS["en"]
    for word in ("regierung", "jahr", "nachrichten"):
        assert word not in STOPWORDS["de"]


# --------------------------------------------------------------------------- guess_language


def test_samples_are_long_enough() -> None:
    for lang, text in SAMPLES.items():
        assert len(_TOKEN.findall(text)) >= 25, lang


@pytest.mark.parametrize("lang", sorted(SAMPLES))
def test_guess_language_recognises_each_sample(lang: str) -> None:
    assert guess_language(SAMPLES[lang]) == lang


@pytest.mark.parametrize("lang", sorted(SAMPLES))
def test_guess_language_is_unaffected_by_case_and_boilerplate_noise(lang: str) -> None:
    noise = "Home | News | 2024-05-01 | 12:30 | 1234 567 890 | © 2024\n"
    assert guess_language(noise + SAMPLES[lang].upper() + "\n" + noise) == lang


@pytest.mark.parametrize(("first", "second"), [("da", "no"), ("es", "pt"), ("cs", "sk"), ("sv", "no")])
def test_guess_language_separates_close_languages(first: str, second: str) -> None:
    assert guess_language(SAMPLES[first] * 3) == first
    assert guess_language(SAMPLES[second] * 3) == second


def test_guess_language_returns_none_for_short_text() -> None:
    assert guess_language("") is None
    assert guess_language("The cat is on the mat.") is None
    assert guess_language(" ".join(["the"] * 10)) is None


def test_guess_language_returns_none_without_enough_stopwords() -> None:
    menu = (
        "Home World Business Markets Technology Science Health Sport Culture Travel "
        "Weather Video Podcasts Newsletters Subscribe Login Register Contact Careers "
        "Advertise Privacy Cookies Terms Sitemap Archive"
    )
    assert guess_language(menu) is None
    russian = (
        "Правительство заявило в понедельник, что не будет менять правила для школ в этом "
        "году, но многие родители обеспокоены тем, что может произойти после лета, и они "
        "не знают, что им делать дальше."
    )
    assert guess_language(russian) is None
    assert guess_language("123 456 7890 " * 50) is None


def test_guess_language_reads_only_the_start_of_huge_texts() -> None:
    text = SAMPLES["de"] * 2000 + " " + SAMPLES["en"] * 4000
    assert guess_language(text) == "de"


def _reference_counts(text: str) -> Counter[str]:
    """What `_word_counts` must give: the tokenizer run on every chunk of the text."""
    chunks = text[:60_000].replace("İ", "i").lower().split()[:5_000]
    return Counter(word for chunk in chunks for word in _TOKEN_RE.findall(chunk.replace("\u2019", "'")))


_TEXT_CHARS = st.sampled_from(list("ab éÉİß_0'’\u0301,.-:()?\"“”!;/|«»…\n\t\xa0\u2028\x1cdé"))


@given(st.text(_TEXT_CHARS, max_size=200))
def test_word_counts_are_the_tokenizer_counts(text: str) -> None:
    assert _word_counts(text) == _reference_counts(text)


def test_word_counts_stop_at_the_chunk_limit() -> None:
    text = "the,cat (sat). " * 3_000  # 6,000 chunks in 45,000 characters
    assert _word_counts(text) == _reference_counts(text)
    assert _word_counts(text)["the"] == 2_500


def test_tokenizer_keeps_elisions_and_drops_glued_letters() -> None:
    assert _TOKEN_RE.findall("l'homme d'un qu'il") == ["l'", "homme", "d'", "un", "qu'", "il"]
    assert _TOKEN_RE.findall("it's E1139 10am foo_bar (yes)") == ["it'", "s", "yes"]


def test_elision_letters_vote_only_with_their_apostrophe() -> None:
    french = {LANGUAGES.index("fr")}
    assert french <= set(_WORD_LANGS["l'"])
    assert "l" not in _WORD_LANGS
    assert "t" not in _WORD_LANGS  # English "don't" tail
    assert "s" in STOPWORDS["en"]  # still a stopword for density
    # Initials and option letters do not turn English prose French.
    english = "J. R. R. Tolkien, C. S. Lewis and T. S. Eliot -l -d -n -c " + SAMPLES["en"]
    assert guess_language(english) == "en"
    typographic = SAMPLES["fr"].replace("'", "\u2019")
    assert guess_language(typographic) == "fr"


def test_guess_language_turkish_capital_dotted_i() -> None:
    assert guess_language(SAMPLES["tr"].replace("için", "İÇİN").upper()) == "tr"


# --------------------------------------------------------------------------- density


def test_stopword_density_prose_versus_menu() -> None:
    prose = _split("It is one of the things that we have to do when we are at home with them")
    menu = _split("Home News Sport Business Culture Travel Weather Contact Subscribe")
    assert stopword_density(prose, "en") > 0.6
    assert stopword_density(menu, "en") == 0.0
    assert stopword_density(prose, None) > 0.6
    assert stopword_density(menu, None) < 0.15


def test_stopword_density_exact_values() -> None:
    assert stopword_density(["The", "cat", "and", "THE", "dog"], "en") == pytest.approx(0.6)
    assert stopword_density([], "en") == 0.0
    assert stopword_density(["Der", "Hund", "und", "die", "Katze"], "de") == pytest.approx(0.6)


def test_stopword_density_language_matters() -> None:
    words = _split("der Hund ist nicht in dem Haus und die Katze auch nicht")
    assert stopword_density(words, "de") > stopword_density(words, "en")
    # Unknown and regional codes: union of all lists, or the base language.
    assert stopword_density(words, "xx") >= stopword_density(words, "de")
    assert stopword_density(words, "DE-at") == stopword_density(words, "de")
    assert stopword_density(["og", "ikke", "meg"], "nb") == 1.0


def test_stopword_set() -> None:
    assert stopword_set("en") is STOPWORDS["en"]
    assert stopword_set("pt-BR") is STOPWORDS["pt"]
    union = stopword_set(None)
    assert {"the", "der", "och", "és", "yang"} <= union
    assert stopword_set("xx") == union


def test_stopword_density_ignores_attached_punctuation() -> None:
    assert stopword_density(["(the", "cat,", "and…", "“it”"], "en") == pytest.approx(0.75)


def test_stopword_density_clean_words_match_the_general_path() -> None:
    for text, lang in (("the dog and 2 cats sat in the yard_2", "en"), ("der hund und die katze", "de")):
        words = re.findall(r"\w+", text)
        assert stopword_density(words, lang, clean=True) == stopword_density(words, lang)
    # Clean words are looked up as they are: capitals and punctuation are the caller's fault.
    assert stopword_density(["The", "(and"], "en", clean=True) == 0.0
    assert stopword_density(["The", "(and"], "en") == 1.0


# --------------------------------------------------------------------------- months


@pytest.mark.parametrize(
    ("name", "number"),
    [
        ("january", 1),
        ("sept", 9),
        ("may", 5),
        ("märz", 3),
        ("maerz", 3),
        ("marz", 3),
        ("mär", 3),
        ("jänner", 1),
        ("févr", 2),
        ("février", 2),
        ("fevrier", 2),
        ("août", 8),
        ("aout", 8),
        ("déc", 12),
        ("setembro", 9),
        ("março", 3),
        ("oktober", 10),
        ("mrt", 3),
        ("stycznia", 1),
        ("października", 10),
        ("pazdziernika", 10),
        ("września", 9),
        ("maja", 5),
        ("augusti", 8),
        ("marts", 3),
        ("desember", 12),
        ("toukokuuta", 5),
        ("kesäkuuta", 6),
        ("kesakuuta", 6),
        ("června", 6),
        ("července", 7),
        ("listopadu", 11),
        ("októbra", 10),
        ("ianuarie", 1),
        ("március", 3),
        ("márc", 3),
        ("mayıs", 5),
        ("agustos", 8),
        ("aralık", 12),
        ("agustus", 8),
        ("mei", 5),
        ("dic", 12),
        ("giu", 6),
    ],
)
def test_month_lookups(name: str, number: int) -> None:
    assert MONTHS[name] == number


def test_months_keys_are_normalised() -> None:
    for key, number in MONTHS.items():
        assert key == key.lower()
        assert not key.endswith(".")
        assert 1 <= number <= 12


def test_every_language_names_every_month() -> None:
    for lang in LANGUAGES:
        forms = _MONTH_FORMS[lang]
        assert len(forms) == 12, lang
        for number, group in enumerate(forms, start=1):
            assert any(MONTHS.get(form) == number for form in group.split()), (lang, number)


def test_no_form_names_two_months() -> None:
    """Every form of every table is either in MONTHS with its own number, or excluded."""
    for lang, forms in _MONTH_FORMS.items():
        for number, group in enumerate(forms, start=1):
            for form in group.split():
                for key in (form, fold_diacritics(form)):
                    if key in _MONTH_EXCLUDED:
                        assert key not in MONTHS
                    else:
                        assert MONTHS[key] == number, (lang, key)


def test_clashing_forms_are_dropped() -> None:
    months = ("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l")
    table = {"x": ("one", "two", "three", *months[3:]), "y": ("uno", "one", *months[2:])}
    built = _build_months(table, excluded={"uno"})
    assert "one" not in built  # month 1 in "x", month 2 in "y"
    assert "uno" not in built
    assert built["two"] == 2
    assert built["three"] == 3
    with pytest.raises(ValueError):
        _build_months({"x": ("one",)}, ())


def test_risky_short_forms_are_excluded() -> None:
    for form in ("des", "sie", "out", "set", "tem", "ara", "marc"):
        assert form not in MONTHS


# --------------------------------------------------------------------------- weekdays


def test_weekdays() -> None:
    for name in (
        "monday",
        "thu",
        "dienstag",
        "mercredi",
        "miércoles",
        "miercoles",
        "lunedì",
        "lunedi",
        "segunda-feira",
        "zondag",
        "środa",
        "sroda",
        "lördag",
        "søndag",
        "torstaina",
        "pondělí",
        "štvrtok",
        "marți",
        "marţi",
        "csütörtök",
        "çarşamba",
        "jumat",
    ):
        assert name in WEEKDAYS, name


def test_weekdays_never_look_like_months_or_common_words() -> None:
    assert WEEKDAYS.isdisjoint(MONTHS)
    for word in ("mar", "mer", "man", "ons", "do", "so", "di", "sam", "dom"):
        assert word not in WEEKDAYS
    assert all(word == word.lower() and not word.endswith(".") for word in WEEKDAYS)


# --------------------------------------------------------------------------- bylines


def test_byline_prefixes() -> None:
    for lang in REQUIRED:
        assert BYLINE_PREFIXES[lang], lang
    assert "by" in BYLINE_PREFIXES["en"]
    assert "written by" in BYLINE_PREFIXES["en"]
    assert "von" in BYLINE_PREFIXES["de"]
    assert "rédigé par" in BYLINE_PREFIXES["fr"]
    assert "a cura di" in BYLINE_PREFIXES["it"]
    assert "skrevet af" in BYLINE_PREFIXES["da"]
    for lang, prefixes in BYLINE_PREFIXES.items():
        assert all(p == p.lower() and p == p.strip() for p in prefixes), lang
        lengths = [len(p) for p in prefixes]
        assert lengths == sorted(lengths, reverse=True), lang
        assert len(set(prefixes)) == len(prefixes), lang


def test_name_connectors() -> None:
    expected = {"and", "und", "et", "y", "e", "en", "i", "och", "og", "ja", "a", "és", "ve"}
    assert expected | {"dan", "&"} <= NAME_CONNECTORS
    assert "by" not in NAME_CONNECTORS
