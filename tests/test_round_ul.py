"""Round ul (benchmarks/devset/README.md): the fix from the real lines of ul01, Oegstgeest's
own notice page of its Verordening op de gemeentelijke adviescommissie omgevingskwaliteit."""

from codes.metadata.furniture import is_furniture
from tests.conftest import title_of

# ul01, as the page gives it: the excerpt starts inside the notice's labelled block, under
# its "Publicatiedatum:" label, so the day of publication is the first line.
_NOTICE = (
    "dinsdag 30 mei 2023\nLink naar publicatie:\nType bekendmaking:\n"
    "algemeen verbindend voorschrift (verordening)\n\n\n\n"
    "Verordening op de gemeentelijke adviescommissie omgevingskwaliteit Oegstgeest\n\n"
    "De raad van de gemeente Oegstgeest;\n\n \n\n"
    "gelezen het voorstel van het college van burgemeester en wethouders van 14 maart 2023 "
    "(zaaknummer Z/21/146019/373621);\n\n \n\n"
    "gelet op de artikelen 108 en 149 van de Gemeentewet en afdeling 17.2 van de Omgevingswet;\n\n"
    " \n\nbesluit de volgende verordening vast te stellen:\n"
)


def test_a_notice_pages_labels_and_values_are_notitle_of():
    """The publication day with its weekday, the labels and the rubriek of a gemeente's
    notice page stand above the name; before, "dinsdag 30 mei 2023" was the title."""
    title = "Verordening op de gemeentelijke adviescommissie omgevingskwaliteit Oegstgeest"
    assert title_of(_NOTICE) == title
    for line in (
        "dinsdag 30 mei 2023",
        "Publicatiedatum:",
        "Link naar publicatie:",
        "Originele publicatie downloaden:",
        "Download het PDF bestand",
        "Type bekendmaking:",
        "algemeen verbindend voorschrift (verordening)",
        "Overige besluiten van algemene strekking",
    ):
        assert is_furniture(line), line


def test_a_name_or_sentence_that_only_starts_like_the_block_is_read_as_before():
    """Only the whole line is the block's: a sentence opening with a weekday's date, or a
    name with the rubriek's words inside it, is no furniture, and a notice whose name
    stands above the block keeps it (k11's shape)."""
    assert not is_furniture("Dinsdag 30 mei 2023 besluit de raad over de verordening")
    assert not is_furniture("Besluit van algemene strekking tot aanwijzing van ambtenaren")
    text = (
        "Participatieverordening Noordwijk 2025\n\nPublicatiedatum:\nwoensdag 18 juni 2025\n"
        "Type bekendmaking:\nalgemeen verbindend voorschrift (verordening)\n\n"
        "De gemeenteraad van de gemeente Noordwijk;\n"
    )
    assert title_of(text) == "Participatieverordening Noordwijk 2025"
