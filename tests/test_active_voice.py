"""Who adopted the regulation, in the active voice with the body after its verb
(`codes/metadata/active_voice.py`); the first sentence is xg09's (CDA Aalsmeer, 2024)."""

from codes import parse_text


def _adopted_by(text: str) -> str | None:
    return parse_text(text).metadata.adopted_by


def test_the_body_after_its_verb_adopted_the_code():
    text = (
        "Nieuws\n\nGisteravond heeft de gemeenteraad de Gedragscode voor raads- en "
        "commissieleden en het Convenant omgangsvormen vastgesteld. Onder leiding van "
        "CDA-fractievoorzitter Dirk van Willegen heeft de stuurgroep integriteit hard gewerkt.\n"
    )
    assert _adopted_by(text) == "gemeenteraad"


def test_a_relative_clause_with_the_verb_last_names_no_adopter():
    text = "Nieuws\n\nDe gedragscode die de gemeenteraad in 2019 heeft vastgesteld, is herzien.\n"
    assert _adopted_by(text) is None


def test_the_participle_must_close_the_same_sentence():
    text = (
        "Nieuws\n\nVorige week heeft de gemeenteraad vergaderd. De nota is door niemand "
        "vastgesteld.\n"
    )
    assert _adopted_by(text) is None
