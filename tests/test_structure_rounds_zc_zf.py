"""Article headings the rounds zc-zf of the development set left, from the real lines.
Hand-checked."""

from __future__ import annotations

from codes import parse_text


def _articles(text: str) -> list[str]:
    return [a.number for a, _ in parse_text(text, "x.txt").articles()]


def test_a_title_that_lists_its_subjects_with_semicolons_is_a_title():
    # Zoetermeer's reglement van orde (zd12, zf07), after the VNG model: a title names three
    # subjects joined by semicolons, as the chapter over it does (and zd09's "Hoofdstuk 1:
    # Begripsbepalingen; toepassingsbereik; toedeling beheer").
    text = (
        "Artikel 1: Begripsomschrijvingen\n"
        "In dit reglement wordt verstaan onder:\n"
        "Hoofdstuk 3 Toelating van nieuwe leden; benoeming wethouders; fracties\n"
        "Artikel 5: Onderzoek geloofsbrieven; beëdiging; benoeming wethouders\n"
        "Bij het begin van de zittingsperiode stelt de raad een commissie in, bestaande uit "
        "drie leden van de raad en hun plaatsvervangers. De benoeming geldt voor de gehele "
        "raadsperiode.\n"
    )
    code = parse_text(text, "zd12.txt")
    assert [a.number for a, _ in code.articles()] == ["1", "5"]
    article = [a for a, _ in code.articles()][1]
    assert article.title == "Onderzoek geloofsbrieven; beëdiging; benoeming wethouders"
    # a sentence after the semicolon stays a sentence: no heading
    assert (
        _articles(
            "Artikel 5: Onderzoek geloofsbrieven; de commissie brengt daarvan verslag uit aan de "
            "raad in de eerste vergadering\n"
        )
        == []
    )


def test_a_contents_line_a_wrapped_copy_broke_at_its_dash_is_no_heading():
    # Flevoland's reglement van orde on 5dok (zf04, ze12), as pdftotext or a mail wraps its
    # contents lines: the second entry of a line joined by a dash begins the next line
    # ("Artikel 29: ..."), or its number does ("- Artikel" / "20: ...").
    text = (
        "- Artikel 27: Recht van onderzoek - Artikel 28: Inspreken door burgers -\n"
        "Artikel 29: Burgerinitiatief\n"
        "- Artikel 18: Agenda commissie en Provinciale Staten -\n"
        "Artikel 19: Spoedagendering in commissies en PS - Artikel\n"
        "20: Ingekomen stukken\n"
        "Artikel 4: Voorzitter en plaatsvervangend voorzitter der Staten -\n"
        "Artikel 5: Fracties\n"
    )
    assert _articles(text) == []
    # a heading after a line that ends in a dash of its own words stays a heading
    text = (
        "De raad stelt vast - na overleg met het presidium -\n"
        "Artikel 5: Fracties\n"
        "Leden die op dezelfde lijst zijn gekozen vormen een fractie.\n"
    )
    assert _articles(text) == ["5"]


# Etten-Leur's legesverordening 2016 (zc07), a docplayer transcript: the whole Gemeenteblad
# page is one line. Padded past the length where a line is read for run-in headings.
_ZC07 = (
    "b e s l u i t : vast te stellen de: VERORDENING OP DE HEFFING EN INVORDERING VAN LEGES "
    "Artikel 1 Begripsomschrijving Deze verordening verstaat onder: a. dag: de periode van uur "
    "tot uur, waarbij een gedeelte van een dag als een hele dag wordt aangemerkt; b. week: een "
    "aaneengesloten periode van zeven dagen; e. kalenderjaar: de periode van 1 januari tot en "
    "met 31 december. Artikel 2 Belastbaar feit. Onder de naam leges worden rechten geheven "
    "voor: a. het genot van door of vanwege het gemeentebestuur verstrekte diensten; b. het "
    "verrichten van handelingen ten behoeve van een aanvraag van een Nederlandse "
    "identiteitskaart of een reisdocument ; een en ander zoals genoemd in deze verordening en "
    "de daarbij behorende tarieventabel. Artikel 3 Belastingplicht Belastingplichtig is de "
    "aanvrager van de dienst, de Nederlandse identiteitskaart of het reisdocument, dan wel "
    "degene ten behoeve van wie de dienst is verleend of de handelingen zijn verricht. "
    "Artikel 4 Vrijstellingen Leges worden niet geheven voor: a. diensten waarvan de kosten "
    "krachtens afdeling 6.4 van de Wet"
)


def test_run_in_titles_closed_by_a_full_stop_or_run_into_their_sentence():
    # "Artikel 2 Belastbaar feit. Onder de naam ...": a full stop closes the title where a
    # sentence begins; "Artikel 3 Belastingplicht Belastingplichtig is ...", "Artikel 4
    # Vrijstellingen Leges worden ...": nothing shows where the title ends, so the heading
    # is the number alone (as after "Artikel 3:"), after the sentence before it ended.
    code = parse_text(_ZC07, "zc07.txt")
    articles = [a for a, _ in code.articles()]
    assert [a.number for a in articles] == ["1", "2", "3", "4"]
    assert [a.title for a in articles[:2]] == ["Begripsomschrijving", "Belastbaar feit."]


def test_a_run_in_citation_of_the_kieswet_is_no_heading():
    # De Bilt's code (codes/corpus/de-bilt.txt) quotes the Gemeentewet: "... aanvaardt.
    # Artikel X 6 van de Kieswet is van overeenkomstige toepassing." The Kieswet numbers its
    # articles by a letter and a number; X is no Roman article number there.
    text = _ZC07.replace(
        "Artikel 3 Belastingplicht",
        "Artikel X 6 van de Kieswet is van overeenkomstige toepassing. Artikel 3 Belastingplicht",
    )
    assert [a.number for a, _ in parse_text(text, "x.txt").articles()] == ["1", "2", "3", "4"]
