"""A law named before its articles: "Gemeentewet, artikel 41b", "Wmo 2015 (artikelen
2.3.5 lid 3, ...)", "de Omgevingswet regelt in de artikelen 4.1 en 4.2"; and when a law
named between two citations closes the first rather than opens the second.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .divisions import DIVISION_NAME

if TYPE_CHECKING:
    from .grammar import Citation
    from .law import Mention
    from .law_phrase import LawPhrase

# Law first: "Gemeentewet, artikel 41b", "Wmo 2015 (artikelen 2.3.5 lid 3, ...)",
# "de Omgevingswet regelt in de artikelen 4.1 en 4.2". A bracket may open with the words
# that state a basis, as a gelet op does: "onder de Woo (ingevolge artikel 4.1, eerste
# lid)" (nkoo.nl, zp13), "(op grond van artikel 3)", "(krachtens artikel 2)"; or with a
# division of the law before its article: "de Algemene wet bestuursrecht (titel 4.3. en
# artikel 5:32)" (zz11; the division itself is named by `divisions`). In a table copied as
# text its cells stand apart by tabs or by pipes: "| Gemeentewet | art. 160 lid 1 onder a |".
# The law may be named first as a whole and then narrowed to its articles: "de Jeugdwet, in
# het bijzonder artikel 2.8" (uo10), "de Gemeentewet, meer in het bijzonder artikel 160", "de
# Awb (met name artikel 4:81)", "de Wet open overheid, waaronder artikel 4.1": the article is
# that law's, as in "Gemeentewet, artikel 41b".
_NARROWED = (
    r"(?:(?:en\s+)?(?:(?:meer\s+)?in\s+het\s+bijzonder|met\s+name|inzonderheid|waaronder"
    r"|onder\s+meer)\s+(?:(?:op|in)\s+)?)?"
)
_LAW_THEN_ARTICLE = re.compile(
    rf"\s*(?:,\s*{_NARROWED}|\|\s*|\(\s*{_NARROWED}"
    r"(?:(?:ingevolge|krachtens|op\s+grond\s+van|conform|volgens)\s+)?"
    r"(?:(?:titel|hoofdstuk|afdeling|paragraaf)\s+[0-9IVX][0-9A-Za-z.:]*\s+en\s+)?|:\s*)?"
    r"(?=(?:[Aa]rtikel(?:en)?|[Aa]rtt?\.|[Aa]rt)\s*\d)"
    r"|\s+(?:(?!(?:en|of|maar|de|het|een|die|dat|deze|dit|van|voor|met|als|zoals|waar|in)\s)[a-z]+\s+)"
    r"{1,3}?(?:onder\s+meer\s+|met\s+name\s+)?in\s+(?:de\s+|het\s+)?(?=[Aa]rtikel(?:en)?\s+\d)"
)


def opens_next(text: str, end: int, law: LawPhrase | None, opening: set[int]) -> bool:
    """Whether the law after a law-first citation, joined by a bare comma, is the law that
    opens the next citation: in "Drank- en Horecawet, art. 23, Gemeentewet, art. 147" the
    Gemeentewet is not the law of article 23, which its own law opened. Without the comma
    the law closes its article: in "artikel 2.39 Omgevingswet, artikel 78 Waterschapswet,
    artikel 7.4 ..." the Waterschapswet is article 78's and opens nothing (r01)."""
    if law is None or law.kind != "name" or law.start not in opening:
        return False
    gap = text[end : law.start]
    return "," in gap and not gap.strip(" \t,")


def closes(citations: list[Citation], mention: Mention) -> bool:
    """Whether `mention` is the law of the citation before: in "artikel 9 van de
    Invorderingswet 1990, artikel 31a, tweede lid, van de ..." the law closes the first
    citation and does not open the second, as "Gemeentewet, artikel 41b" would."""
    last = citations[-1].law if citations else None
    return last is not None and last.kind == "name" and last.start == mention.start


def law_first_anchors(text: str, mentions: list[Mention]) -> dict[int, Mention]:
    """Anchor position -> the law named just before it ("Gemeentewet, artikel 41b")."""
    found = {}
    for mention in mentions:
        match = _LAW_THEN_ARTICLE.match(text, mention.end)
        if match is None:
            continue
        gap = text[mention.end : match.end()]
        if _heading_below(gap, text, match.end()):
            continue
        if not gap.strip() and _closes_division(text, mention.start):
            continue
        found[match.end()] = mention
    return found


# "hoofdstuk 3 van het Uitvoeringsbesluit Wmo Artikel 2.2 Hoogte en duur bijdrage" (vi06, a
# one-line transcript): the law closes the division named before it, as a law after its
# article closes that article (`closes`), and the "Artikel" after a bare blank opens the
# code's own next article. A comma still joins the law to the articles after it, as in
# "Gemeentewet, artikel 41b" ("hoofdstuk 3 van het Uitvoeringsbesluit Wmo, artikel 3.2").
_DIVISION_OF = re.compile(DIVISION_NAME + r"\s+van\s+(?:de|het)\s+$", re.I)


def _closes_division(text: str, start: int) -> bool:
    """Whether the law at `start` is the law of a division named just before it."""
    return _DIVISION_OF.search(text, max(0, start - 40), start) is not None


def _heading_below(gap: str, text: str, anchor: int) -> bool:
    """Whether the law ends its line and an article's heading opens the next: "wet:
    Gemeentewet" closing a list of definitions, then "Artikel 2. Het fractievoorzitters-
    overleg" (zd11). Wrapped running text goes on with a comma or in lowercase. A comma
    before a blank line ends a paragraph, not a wrapped line: the decision's closing
    "Verordening cliëntenparticipatie Wet werk en bijstand," above "Artikel 1
    Begripsomschrijvingen" (uh06) names no article 1 of the law where that line reads as
    an article's heading with its title; "Artikel 41b, tweede lid" would not."""
    if "\n" not in gap or not text.startswith("A", anchor):
        return False
    if not gap.strip():
        return True
    if gap.strip() != "," or "\n\n" not in gap.replace(" ", "").replace("\t", ""):
        return False
    from ..article_heading import read_heading

    end = text.find("\n", anchor)
    heading = read_heading(text[anchor : end if end != -1 else len(text)].strip(), lowercase=False)
    return heading is not None and bool(heading[1]) and not heading[2]
