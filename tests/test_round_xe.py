"""Rules from round xe (integrity texts of decentral bodies and the pages that explain the
law to them: a risicoanalyse verordening, a meldregeling, codes for Statenleden and
raadsleden, questions and answers and blogs on art. 28 Gemeentewet); each test built from
the real sentence."""

from codes import parse_text

# xe08, bureauintegriteit.nl: the blog's category label stands above the post's headline.
_BLOG = (
    "Algemeen\n\n"
    "En de stemming was wederom bedrukt\n\n"
    "De Gemeentewet gaat op de schop. Dat is althans de bedoeling van het wetsvoorstel "
    "bevorderen integriteit en functioneren openbaar bestuur.\n"
)


def test_a_category_label_above_a_headline_is_no_title():
    assert parse_text(_BLOG).metadata.title == "En de stemming was wederom bedrukt"


def test_a_toelichting_s_general_part_after_the_title_leaves_the_title():
    # p02 and zn07 head a toelichting's general part "Algemeen" under the name
    text = (
        "Uitvoeringsbesluit hoogwaardig handhaven Maastricht-Heuvelland 2016\n\n"
        "Toelichting\n\nAlgemeen\n\n"
        "In de landelijke pers wordt met grote regelmaat melding gemaakt van fraude.\n"
    )
    assert parse_text(text).metadata.title == (
        "Uitvoeringsbesluit hoogwaardig handhaven Maastricht-Heuvelland 2016"
    )


def test_a_text_that_opens_with_its_general_part_states_no_title():
    text = (
        "Algemeen\n\nIn de landelijke pers wordt met grote regelmaat melding gemaakt van fraude.\n"
    )
    assert parse_text(text).metadata.title in ("", None)
