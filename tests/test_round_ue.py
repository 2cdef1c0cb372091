"""Round ue (benchmarks/devset/README.md): the fix from the real sentence of ue05, the
lokaleregelgeving page of Kerkrade's Privacybeleid 2026-2029."""

from codes import parse_text

from .conftest import law_refs_in

# ue05, as the register page gives it (cut by the excerpt after "informatieb").
_KERKRADE = (
    "Privacybeleid Gemeente Kerkrade 2026 – 2029\n"
    "Geldend van 13-02-2026 t/m heden\n"
    "Intitulé\n"
    "Privacybeleid Gemeente Kerkrade 2026 – 2029Inleiding\n"
    "De Gemeente Kerkrade werkt met (persoons)gegevens van burgers, ondernemers, medewerkers "
    "en (keten)partners.\n"
    "Privacy is een vast aspect binnen procesmanagement. In alle relevante werkinstructies "
    "wordt privacy standaard en aantoonbaar verwerkt.\n"
    "Naast dit door het college vastgestelde privacybeleid is informatieb"
)


def _adopted_by(text: str) -> str | None:
    return parse_text(text, "test.txt").metadata.adopted_by


def test_a_demonstrative_before_the_attributive_participle_states_the_adopting_body():
    """ "dit door het college vastgestelde privacybeleid": "dit" points at the text itself,
    as "Deze gedragscode is vastgesteld door ..." does; before, no body was read."""
    assert _adopted_by(_KERKRADE) == "college van burgemeester en wethouders"


def test_a_definite_article_before_the_participle_names_another_regulation():
    """ "de door de raad vastgestelde verordening" tells of another text: no body is read."""
    text = _KERKRADE.replace(
        "Naast dit door het college vastgestelde privacybeleid",
        "Naast de door de raad vastgestelde verordening",
    )
    assert _adopted_by(text) is None


# ue04 (Renswoude, Huisvestingsverordening 2025-2029): the copy lost the definition of "wet";
# the only act named before "van de wet" is Boek 7 of the Burgerlijk Wetboek.
_RENSWOUDE = (
    "campuscontract: huurovereenkomst voor studenten zoals bedoeld in artikel 274d van Boek 7 van "
    "het Burgerlijk Wetboek;\n"
    "Artikel 2. Aanwijzing vergunningplichtige woonruimte\n"
    "Indien de wettelijke koopprijsgrens overeenkomstig het bepaalde in artikel 7, vierde lid, van "
    "de wet bij ministeriele regeling met ingang van een kalenderjaar is aangepast, geldt ...\n"
)


def test_de_wet_does_not_point_back_to_a_book_of_a_code():
    """Before, "artikel 7, vierde lid, van de wet" was read as article 7:7 of Boek 7 BW: a code
    of law is "het wetboek", never "de wet", so the citation stays unresolved."""
    assert law_refs_in(_RENSWOUDE, ("law", "unresolved")) == [
        ("Burgerlijk Wetboek Boek 7", "BWBR0005290", "7:274d", None),
        ("de wet", None, "7", 4),
    ]
    assert law_refs_in(_RENSWOUDE, ("unresolved",)) == [("de wet", None, "7", 4)]


def test_de_wet_after_an_act_still_points_back_to_it():
    text = _RENSWOUDE.replace("Boek 7 van het Burgerlijk Wetboek", "de Huisvestingswet 2014")
    assert law_refs_in(text) == [
        ("Huisvestingswet 2014", "BWBR0035303", "274d", None),
        ("Huisvestingswet 2014", "BWBR0035303", "7", 4),
    ]
