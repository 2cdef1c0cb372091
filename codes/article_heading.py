"""What an "Artikel" line says of itself: its number and title, and whether its words make
it a citation rather than an article's heading ("Artikel 5 Awb", "Artikel 12 vervalt.").

`rules.artikel` reads the lines around it too; this reads only the line's own words, so
that the builder can keep the answer per line (`Context.article_headings`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .citations.names import registry

# 1, 1.1, 2.1.1, 41c, 3a.1, 12bis, 125 quater; Roman I, II in amending decisions;
# 2:1, 4:81a: hoofdstuk and article joined by a colon, the numbering of the Awb that
# APVs and rechtspositieregelingen copy ("Artikel 2:1" beneath "Artikel 2").
NUMBER = (
    r"(?:\d{1,3}[a-z]?:\d{1,3}[a-z]?(?![\d:])"
    r"|\d{1,4}[a-z]?(?:\.\d{1,3}[a-z]?){0,3}(?:\s?(?:bis|ter|quater|quinquies|sexies)\b)?"
    r"|[IVXLC]{1,6}(?![\w]))"
)
# "Artikel 1, Begripsomschrijvingen": after a comma only a capital starts a title;
# "Artikel 3, tweede lid, ..." is a citation.
ARTIKEL = re.compile(
    rf"^(?:Artikel|ARTIKEL|Art\.)\s+({NUMBER})(?!\d|:\d)\.?"
    r"(?:\s*[-–:]\s*|,\s*(?=[A-Z])|\s+|$)(.*)$"
)
_ARTIKEL_LOWER = re.compile(
    rf"^(?:artikel|art\.)\s+({NUMBER})(?!\d|:\d)\.?(?:\s*[-–:]\s*|\s+|$)(.*)$"
)
# The longest line a heading stands on alone; on a longer one its words run into the
# provision's text, and `run_in` first puts them on a line of their own.
HEADING_LINE = 160
# Words that continue a citation ("Artikel 15 lid 1", "Artikel 12 van de ..."): a title starts with a capital.
NOT_A_TITLE = re.compile(
    r"^(?:lid|leden|van|en|of|jo\.?|juncto|tot|onder|sub|aanhef|t/m|tot en met)\b|^,"
)


def read_heading(body: str, lowercase: bool) -> tuple[str, str, bool, bool] | None:
    """What `artikel` reads of a line's own words, whatever the lines around it: None where
    they are no article heading at all, else (number, title, whether the title rules the
    line out as a heading, whether it names a law, so that a citation on the next line
    makes the line a citation too). Kept per line by the builder: the walk asks it again
    of every line the look for the next article number asked it of."""
    match = ARTIKEL.match(body)
    if match is None and lowercase:
        match = _ARTIKEL_LOWER.match(body)
        if match and len(body) > 80:
            return None  # lowercase, only a short line is a heading
    if not match or len(body) > HEADING_LINE or "\t" in body:  # a table row is no heading
        return None
    title = match.group(2).strip()
    number = match.group(1).rstrip(".")
    if title and (NOT_A_TITLE.match(title) or names_a_law(title)):
        return number, title, True, False
    # "Artikel 5.1 Woo:" over what it says, "Artikel 5 Awb" followed by another citation.
    law_title = bool(title) and registry().resolve(title.rstrip(";,.:")) is not None
    if law_title and title.endswith(":"):
        return number, title, True, law_title
    rejected = bool(
        _CITES_LID_OR_LAW.search(title)
        or _SAYS_OF_ARTICLE.match(title)
        or NEXT_ENTRY.search(title)  # entries of a table of contents run into one line
        # a sentence, not a title
        or (_SENTENCES.search(title) and not _JOINED_TITLE.match(title))
        or (title.endswith(".") and len(title) > 60)
    )
    return number, title, rejected, law_title


_CITES_LID_OR_LAW = re.compile(r"\blid\s+\d|\b(?:Gemeentewet|Awb|Provinciewet|Waterschapswet)\b")
# "Artikel 1 Begripsbepaling Artikel 2 Beleid ...", "Artikel 6 Re-integratievoorzieningen
# Artikel 7": a second article named after the first one's title, with a title of its own or
# none, holds no words of a provision between them: a table of contents run into one line
# (a wrapped copy breaks such a run anywhere). A citation goes on in lowercase ("Artikel 3
# Vrijstelling als bedoeld in artikel 2"; in capitals "Artikel 2 van ..." or "Artikel 2, ...").
NEXT_ENTRY = re.compile(r"\s(?:Artikel|ARTIKEL)\s+\d{1,3}[a-z]?[.:]?(?:\s+[A-Z]|\s*$)")
_SENTENCES = re.compile(r"[.;]\s+\S")  # a title that goes on after a full stop is a sentence
# "Artikel 12 vervalt.", "Artikel 33 bevat een overgangsbepaling." (a register's remark, zi10),
# "Artikel 4 is van toepassing": a finite verb after the number makes the article the subject
# of a sentence; a title is a noun phrase, even where it starts in lowercase ("begrippen").
_SAYS_OF_ARTICLE = re.compile(
    r"(?:is|zijn|wordt|worden|werd|vervalt|vervallen|bevat|bevatten|regelt|bepaalt|geeft|geldt|"
    r"luidt|komt|treedt|heeft|blijft|strekt|voorziet|verwijst|omvat|legt|stelt|kent|biedt|ziet)\b"
)
# "Inrichting van de markt; branche-indeling" (the Aanwijzingen voor de regelgeving), "Onderzoek
# geloofsbrieven; beëdiging; benoeming wethouders" (the VNG model reglement van orde, zd12, zf07):
# semicolons join a title's parts, each after the first a few words, no sentence.
_JOINED_TITLE = re.compile(r"^[A-Z][^.;:!?]{2,60}(?:; [a-z][\w-]*(?: [\w-]+){0,3}){1,4}$")


@lru_cache(maxsize=4096)  # asked twice of every article's title: before the walk and in it
def names_a_law(title: str) -> bool:
    """'Artikel 12 Gemeentewet (...)' cites a law. A title that starts with a short
    abbreviation ('Artikel 1.1 Wm', 'Sv aa') may still be a title: only a law's name counts."""
    law = registry().match_at(title, 0)
    return law is not None and law.via == "name"
