"""Round zg: the metadata of regulations on legal protection (bezwaar, klachten, ombudsman,
rekenkamer) and of older register pages."""

from codes import parse_text
from codes.organisations import register


def _metadata(text: str):
    return parse_text(text, "zg.txt").metadata


# zg14: the register's older layout names the gemeente with its kind AND the provincie's
# abbreviation, and has no Organisatietype row to say which Utrecht it is.
UTRECHT_OMBUDSMAN = (
    "Ziet u een fout in deze regeling? Meld het ons op regelgeving@overheid.nl!\n"
    "Gemeente Utrecht (Utr)\n\n"
    "Verordening gemeentelijke ombudsman Utrecht\n\n"
    "Wetstechnische informatie\n\n"
    "Gegevens van de regeling\n"
    "OverheidsorganisatieGemeente Utrecht (Utr)\n"
    "Officiële naam regelingVerordening gemeentelijke ombudsman Utrecht\n"
    "CiteertitelVerordening gemeentelijke ombudsman Utrecht\n"
    "Vastgesteld doorgemeenteraad\n"
    "Onderwerpalgemeen\n"
)


def test_the_older_layout_with_kind_and_place_suffix_is_the_gemeente():
    found = _metadata(UTRECHT_OMBUDSMAN)
    assert (found.organisation, found.organisation_type) == ("Utrecht", "gemeente")


def test_the_kind_prefix_decides_between_bodies_of_one_name():
    # "Utrecht" is a gemeente and a provincie: the prefix picks; a kind asked for that no
    # body of the rest's name has gives none, never the body of the other kind.
    assert register().lookup("Gemeente Utrecht (Utr)").type == "gemeente"
    assert register().lookup("Provincie Utrecht").type == "provincie"
    assert register().lookup("Gemeente Zwolle", "provincie") is None
    assert register().lookup("Gemeente Nergensdorp (Utr)") is None
