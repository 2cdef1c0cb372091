"""Round uf (benchmarks/devset/README.md): the fix from the real first lines of two gemeenten's
web pages on their integrity rules, as a user copies them from the site."""

from tests.conftest import title_of

# uf05, Oost Gelre's page: the copy kept the icon font's glyph name glued to the heading.
_OOST_GELRE = (
    "payment iconDeclaraties en geschenken\n\nBurgemeester en wethouders maken verschillende "
    "kosten voor het uitoefenen van hun taak. Deze kosten kunnen zij declareren. Dit is gebaseerd "
    "op het rechtspositiebesluit. Dit staat beschreven in onderstaande regeling en verordening."
)
# uf04, Zoetermeer's page: the site's type of page before the code's name.
_ZOETERMEER = (
    "Document Gedragscode politieke ambtsdragers\n\nHoe hoort een politiek ambtsdrager zich te "
    "gedragen? Dit staat beschreven in de Gedragscode politieke ambtsdragers.\n\nDe code is "
    "bedoeld voor burgemeester en wethouders en raadsleden."
)


def test_an_icon_name_glued_to_the_heading_is_no_part_of_thetitle_of():
    """Before, the title was 'payment iconDeclaraties en geschenken'."""
    assert title_of(_OOST_GELRE) == "Declaraties en geschenken"


def test_a_heading_that_only_ends_in_icon_keeps_its_words():
    """Near miss: no capital glued to "icon", so no glyph's name: the line is read as before."""
    text = _OOST_GELRE.replace("payment iconDeclaraties en geschenken", "Regeling gebruik icon")
    assert title_of(text) == "Regeling gebruik icon"


def test_a_sites_page_type_before_a_regulations_name_is_no_part_of_thetitle_of():
    """Before, the title was 'Document Gedragscode politieke ambtsdragers'."""
    assert title_of(_ZOETERMEER) == "Gedragscode politieke ambtsdragers"


def test_document_before_a_name_that_is_no_regulations_keeps_it():
    """Near miss: "Document" before words that are no regulation's name may be the name's
    own first word, and the line is read as before."""
    text = _ZOETERMEER.replace(
        "Document Gedragscode politieke ambtsdragers", "Document Declaraties college"
    )
    assert title_of(text) == "Document Declaraties college"
