"""The lines of the sites around a published text, which are never its name."""

from __future__ import annotations

import re

from ..dates import MONTHS

# The official journals. The national ones head their page with their full name ("Staatsblad
# van het Koninkrijk der Nederlanden", h15, j14, zh08, zl13, zo09, zt14; "Staatscourant van
# ...", k01, zt01) and cite their issue in the publication's row: no part of a title.
_BLAD = "gemeenteblad|provinciaal ?blad|waterschapsblad|staatscourant|staatsblad"
# Lines of the sites around a published text.
FURNITURE = re.compile(
    r"(?i)(?:ziet u een fout|regeling vervallen|geldend van|geraadpleegd op|maat: px|"
    r'weergave met pagina|download "|transcriptie$|permanente link|wetstechnische informatie|'
    r"gegevens van de regeling|toon relaties|vergelijk|printen|downloaden|offici[eë]le (?:uitgave|publicatie|bekendmaking)|"
    rf"(?:{_BLAD}|blad gemeenschappelijke regeling)"
    r"(?:\s+van\b|\s*$|\s+\d{4})|nr\.\s*\d|datum van uitgave|bron bekendmaking|tekst van de regeling|"
    r"naar de (?:actuele|door u bekeken) versie|https?://|www\.|u bent hier|zoals vergunningen|"
    r"adressen en contactpersonen|toon versie\b|gescand archief|no results found|copied!|share\b|protected\b|"
    r"academic year|bezig met laden|hele tekst|n/a$|inhoudsopgave|intitulé|inhoud$|"
    # a site's skip links: "Ga naar de inhoud", "Direct naar hoofdinhoud", "Skip to main content",
    # several on one line ("Ga naar de inhoud Ga naar het zoeken Ga naar het menu"), and the
    # alt text of its logo ("Logo van Gemeente Vlissingen"); the link may say "content" for
    # "inhoud" ("Direct naar de content", ut05); Drupal's Dutch "Overslaan en naar de inhoud gaan"
    # (va04) and a link to two targets, "Ga direct naar het hoofdmenu of de inhoud." (va06)
    r"(?:overslaan en )?(?:(?:ga (?:direct )?|direct |spring )?naar (?:de |het )?(?:hoofd)?"
    r"(?:inhoud|content|zoeken|menu|navigatie)"
    r"(?: of (?:de |het )?(?:hoofd)?(?:inhoud|content|zoeken|menu|navigatie))?(?: gaan)?[.\s]*)+$|"
    r"skip to (?:the )?(?:main )?content$|logo\b|"
    # ruimtelijkeplannen.nl's skip link names the section shown: "direct naar inhoud van 4.2
    # Provinciaal beleid" (xv10), "direct naar inhoud van Toelichting" (ub06)
    r"direct naar (?:de )?inhoud van\b|"
    # a site's share button ("Pagina delen") and the older officielebekendmakingen page's
    # furniture: "Start van deze pagina", "Skip navigatie, ga direct naar de Inhoud",
    # "Overheid.nl - de wegwijzer ...", "Tekstgrootte", "Jaargang 2016", "Gepubliceerd op ..."
    r"(?:pagina |deze pagina )?delen$|deel deze pagina|start van deze pagina|skip navigatie|"
    # a news site's skip link in its own words: "Start van hoofdcontent" (xm01)
    r"start van (?:de )?(?:hoofd)?(?:content|inhoud)$|"
    # a site's chat widget, its button's words above the page's heading: "Chat met ons" /
    # "Wet open overheid (Woo)" (vh12, Eindhoven's page on the Woo)
    r"chat met ons$|"
    r"overheid\.nl\b|de wegwijzer naar|tekstgrootte|jaargang \d{4}$|gepubliceerd op\b|"
    # and its side panel's links above the text: "Toon volledige inhoudsopgave", "Gerelateerde
    # informatie", "Geconsolideerde regelgeving" (vf04, a Provinciaal Blad of 2018)
    r"toon volledige inhoudsopgave$|gerelateerde informatie$|geconsolideerde regelgeving$|"
    # the header of a Gemeenteblad PDF of the older publisher: "Gemeenteblad" / "Elektronisch
    # uitgegeven" / "van de gemeente Tubbergen Jaargang: 2012 Nummer: 2 Uitgifte:" (zw08); and the
    # provincial one's "PROVINCIAAL BLAD JAARGANG: 2014 NR.: 065" (s03, y11)
    r"elektronisch uitgegeven\b|.{0,80}\bjaargang:|"
    # the banner over a Wob request's document on a site that publishes them: "Dit is een
    # HTML-versie van een bijlage bij het Wob-verzoek '...'." (zn06)
    r"dit is een html-versie van\b|"
    # the notice above an amending decision that officielebekendmakingen shows with its
    # changes marked: "Deze publicatie bevat verschilmarkering t.o.v. eerdere regelingtekst.",
    # "De publicatie wordt standaard getoond met verschilmarkering. ...", "Tekst en afbeeldingen
    # die worden toegevoegd ..." (xn02, xn10, zp02): running sentences, so the first line's test
    # took them for a preamble and gave up before the decision's heading below them
    r"(?:deze publicatie|dit document) bevat verschilmarkering|de publicatie wordt standaard getoond|"
    r"tekst en afbeeldingen die worden|"
    # a lone "Algemeen": the heading of a toelichting's general part (p02, zn07) or a blog's
    # category label above its headline ("Algemeen" / "En de stemming was wederom bedrukt",
    # xe08); eight letters, so the first line's length test lets it through as a name
    r"algemeen$|"
    # a lone "Paragrafen": the part of a begroting or jaarverslag that holds the paragraphs the
    # BBV prescribes, its site's breadcrumb above the paragraph's own name ("Paragrafen" /
    # "Verbonden partijen", vb03), as "Algemeen" heads a toelichting's general part
    r"paragrafen$|"
    # a text-mode site menu, its links in brackets side by side ("[overzicht] [activiteiten]
    # [besluiten] ...", xg03; `is_furniture` has stripped the outer brackets), and a site's
    # service notice above the page ("Zaterdag 4 april ... vindt noodzakelijk onderhoud plaats
    # aan systemen van de gemeente. ... niet mogelijk." / "Onze excuses voor het ongemak.", xg08)
    r"(?:[^\[\]\n]{1,40}\]\s*\[){2,}[^\[\]\n]{1,40}$|"
    r".{0,200}?\bonderhoud\b.{0,300}?\bniet (?:mogelijk|beschikbaar|bereikbaar)\b|"
    r"(?:onze )?excuses voor (?:het )?ongemak|"
    # the labelled block of a gemeente's own notice page (one publication system of many
    # gemeenten: k11, m05, xd08, zb01, ul01), each label or value on its own line:
    # "Publicatiedatum:" / "dinsdag 30 mei 2023" (the day of publication, its weekday before
    # it), "Link naar publicatie:", "Originele publicatie downloaden:" / "Download het PDF
    # bestand", "Type bekendmaking:" / "algemeen verbindend voorschrift (verordening)" (the
    # journal's rubriek; `is_furniture` strips its closing bracket). An excerpt that starts
    # inside the block took its date for the title.
    r"(?:publicatiedatum|link naar (?:de )?(?:originele )?publicatie|originele publicatie downloaden|"
    r"type bekendmaking):?$|download het pdf[- ]?bestand$|"
    r"(?:maan|dins|woens|donder|vrij|zater|zon)dag\s+\d{1,2}\s+[^\W\d_]+\s+\d{4}$|"
    r"algemeen verbindend voorschrift(?:\s+\(verordening\)?)?$|"
    r"(?:ander|overige)\s+besluit(?:en)?\s+van\s+algemene\s+strekking$|"
    # a proposal form's labels, its value on the next line, and a labelled date (zk05)
    r"voorgestelde behandeling$|onderwerp:?$|[^\W\d][\w&/ -]{0,30}:\s*\d{1,2}\s+[a-z]+\s+\d{4}$|"
    # a proposal's addressee, "Aan de Gemeenteraad", "Aan de raad van de gemeente Olst-Wijhe.",
    # "Aan Provinciale Staten" (ur02): whom it is sent to, never its name; and a field's value
    # under its label, the colon opening the line ("Status" / ": Besluitvormend", ur02's form)
    r"aan (?:de )?(?:gemeente)?raad(?: van de gemeente [^\W\d][\w -]{1,40})?[.,]?$|"
    r"aan (?:provinciale staten|het algemeen bestuur)(?: van [^\W\d][\w -]{1,40})?[.,]?$|"
    r":\s.{1,80}$|"
    r"\d{1,2}\s+\w+\s+\d{4}$|\d{2}-\d{2}-\d{4}$|[\W\d_]*$|"
    # a cover's month under the name, "Jaarverslag 2015" / "commissie bezwaarschriften ..." /
    # "februari 2016" (ut04): when it was written, as the day's date is
    rf"(?:{'|'.join(MONTHS)})\s+\d{{4}}$"
    # the publication's table copied without its cells: "Datum publicatieOrganisatie...",
    # "Hoogheemraadschap van RijnlandWaterschapsblad 2017, 6790Beleidsregels..."
    rf"|datum\s*publicatie|.{{0,120}}?(?:{_BLAD})\s+\d{{4}},\s*\d)"
)
# A file name as the first line of a document-sharing site: "4_verordening sociaal domein".
_FILE_NAME = re.compile(r"^\S*_|\.(?:pdf|docx?|odt)$", re.I)
# The button under a document site's heading repeats it: docplayer's `Download "..."`, 5dok's
# `Share "..."`. The heading is a sentence the site picked from the PDF, not its first line.
_ECHO_WINDOW = 4000


def is_furniture(line: str) -> bool:
    return bool(FURNITURE.match(line.strip("[]() "))) or _FILE_NAME.search(line) is not None


def site_heading(text: str, line: str) -> bool:
    """Whether `line` is a document site's heading, repeated in its button below it."""
    return f'Download "{line}"' in text[:_ECHO_WINDOW] or lines_site_heading(text, line)


def lines_site_heading(text: str, line: str) -> bool:
    """Whether `line` is the heading of a site that gives the PDF's text line by line after
    its own lines (5dok, its Share button repeating it), not page by page on one line each
    as docplayer does (read by `transcript`)."""
    return f'Share "{line}"' in text[:_ECHO_WINDOW]
