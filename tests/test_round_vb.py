"""Round vb (benchmarks/devset/README.md): the fixes from the real sentences of the vb texts,
laws named in the free prose of decentral bodies (jaarverslagen, nota's)."""

from tests.conftest import law_fields, title_of

BBV = "BWBR0014606"
PARTICIPATIEWET = "BWBR0015703"


def _refs(text: str) -> list[tuple]:
    return law_fields(text, ("bwb", "article", "lid", "onderdeel"))


# vb03, Edam-Volendam's paragraaf verbonden partijen (jaarverslag 2021), as the page gives it.
_VERBONDEN = (
    "Een verbonden partij is een privaatrechtelijke of publiekrechtelijke organisatie waarin de "
    "gemeente een bestuurlijk en een financieel belang heeft (artikel 1 Besluit begroting en "
    "verantwoording provincies en gemeenten, Bbv). Dit kan een samenwerking zijn in de vorm van "
    "een gemeenschappelijke regeling."
)


def test_an_abbreviation_after_a_comma_closing_the_bracket_coins_the_letters():
    """vb03: "(artikel 1 Besluit ..., Bbv)" cites article 1 and coins "Bbv", as "(Bbv)" would;
    before, the letters counted as a second naming of the BBV without an article."""
    assert _refs(_VERBONDEN) == [(BBV, "1", None, None)]


def test_another_law_after_the_comma_in_the_bracket_is_still_named():
    """A list in brackets names each law: the comma before another law's letters coins nothing."""
    refs = _refs("(artikel 1 Besluit begroting en verantwoording provincies en gemeenten, Awb).")
    assert refs == [(BBV, "1", None, None), ("BWBR0005537", None, None, None)]


def test_the_abbreviation_after_a_comma_outside_brackets_is_read_as_before():
    refs = _refs("Zie het Besluit begroting en verantwoording provincies en gemeenten, Bbv en Awb.")
    assert [bwb for bwb, *_ in refs] == [BBV, BBV, "BWBR0005537"]


# vb08, the docplayer transcript of the 'Financieel kader Bernisse en Spijkenisse voor de
# Participatiewet' (2014): its cover names the programme the nota belongs to.
_TITLE = "Financieel kader Bernisse en Spijkenisse voor de Participatiewet"
_COVER = (
    f"{_TITLE}\n\nTranscriptie\n\n1 {_TITLE} Deelnota XIII Uitvoeringsprogramma Participatiewet "
    "Datum: 16 september 2014 Versie: 1 Auteur(s): V.R.P. Ruis\n\n4 1. Inleiding De invoering van "
    "de Participatiewet, de bundeling van de Wet werk en bijstand (Wwb), zorgt voor een wijziging."
)


def test_a_programme_named_after_a_law_is_no_citation_of_it():
    """vb08: "Uitvoeringsprogramma Participatiewet" is the programme's name (a policy
    document's word in apposition to the law, as "nota ... Omgevingswet"); the law is cited
    where the prose names it with its article ("De invoering van de Participatiewet")."""
    assert [bwb for bwb, *_ in _refs(_COVER)] == [PARTICIPATIEWET, PARTICIPATIEWET]


def test_a_programme_that_cites_a_law_with_its_article_still_cites_it():
    refs = _refs("Het uitvoeringsprogramma van de Participatiewet is vastgesteld.")
    assert [bwb for bwb, *_ in refs] == [PARTICIPATIEWET]


# vb04, Maassluis's jaarverslag 2019, the whole definition.
_DEFINITIE = (
    "Definitie Verbonden partij\nHet begrip verbonden partij is in artikel 1, eerste lid, "
    "onderdeel b van het Besluit Begroting en Verantwoording (BBV) als volgt gedefinieerd: "
    "“Een privaatrechtelijke of publiekrechtelijke organisatie waarin de provincie "
    "onderscheidenlijk de gemeente een bestuurlijk en financieel belang heeft.”"
)


def test_the_bbv_by_the_short_name_its_letters_spell():
    """vb04: "het Besluit Begroting en Verantwoording (BBV)" is the BBV; before, "Besluit
    Begroting" was an unknown law with the article and "BBV" a naming of its own."""
    assert _refs(_DEFINITIE) == [(BBV, "1", 1, "b")]


def test_the_bbv_by_its_full_name_is_read_as_before():
    text = "artikel 9 van het Besluit begroting en verantwoording provincies en gemeenten"
    assert _refs(text) == [(BBV, "9", None, None)]


# vb03's page as the jaarverslag's site gives it: the part's name above the paragraph's.
_PARAGRAAF = (
    "Paragrafen\n\nVerbonden partijen\n\nVanwege de bestuurlijke, beleidsmatige en/of financiële "
    "belangen en mogelijke risico’s is het verplicht dat in de jaarlijkse gemeentelijke "
    "jaarrekening aandacht wordt besteed aan derde rechtspersonen, waarmee de gemeente een band "
    "heeft (artikel 9 Besluit begroting en verantwoording provincies en gemeenten).\n"
)


def test_the_part_paragrafen_above_a_paragraph_is_no_title():
    """vb03: "Paragrafen" is the breadcrumb of the begroting's part, as a lone "Algemeen" is a
    toelichting's; the paragraph's name below it is the page's title."""
    assert title_of(_PARAGRAAF) == "Verbonden partijen"


def test_a_name_that_opens_with_paragrafen_is_still_the_title():
    """Only the word alone on its line is the part's breadcrumb."""
    text = _PARAGRAAF.replace("Paragrafen\n\n", "Paragrafen begroting 2022\n\n")
    assert title_of(text) == "Paragrafen begroting 2022"
