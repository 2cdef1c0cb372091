"""Round ue (benchmarks/devset/README.md): the fix from the real sentence of ue05, the
lokaleregelgeving page of Kerkrade's Privacybeleid 2026-2029."""

from codes import parse_text

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
