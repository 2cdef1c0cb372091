"""What stands at the edge of a title line but is no part of the name (`title._first_line`):
the article of a sentence, a document number, a body set before or after the name, a full stop."""

from __future__ import annotations

import re

from ..organisations import JOINT_TITLE_KIND, register

# The words a regulation's name is built on.
REGULATION = (
    r"(?:[Gg]edragscode|[Vv]erordening|[Rr]egeling|[Bb]eleidsregel|[Pp]rotocol|[Rr]eglement|"
    r"[Bb]esluit|[Cc]ode|[Mm]andaat|[Ii]ntegriteit|[Rr]egels|[Ii]nstructie)"
)
# A name may open with a word before its regulation's word, which may close a compound:
# "Financiële verordening BEL Combinatie", "Algemene subsidieverordening Zeeland 2007".
_NAME = (
    rf"(?:toelichting\s+)?(?:[^\W\d_]+\s+)?(?:[^\W\d_]*{REGULATION}|gemeenschappelijke regeling)\b"
    r"(?!\s+van\s+(?:het|de)\b)"
)
NAME_START = re.compile(f"(?i){_NAME}")

# A name starts with its own word, never with the article of the sentence it was cut from:
# docplayer heads the Gemeenteblad's "Beleidsregels handhaving Wet kinderopvang ..." with "de
# Beleidsregels handhaving ..." (zi12). Lowercase article, capitalised regulation's word.
_SENTENCE_ARTICLE = re.compile(
    r"(?:de|het)[ \t]+(?=(?:Gedragscode|Verordening|Regeling|Beleidsregel|Protocol|Reglement|"
    r"Besluit|Code|Mandaat|Integriteit|Regels|Instructie)\w*\b)"
)

# The number a collection or a file plan gives a document, set by its PDF at the edge of the
# name: "L4 REGELING MELDING MISSTAND PROVINCIE ZUID-HOLLAND 2012" (zm09, a bundle's item),
# "GEMEENSCHAPPELIJKE REGELING VEILIGHEIDSREGIO TWENTE E08d" (r14, docplayer's page 1). One
# or two capitals and digits: a name's own words are words, its year has no letter.
_DOCUMENT_NUMBER = r"[A-Z]{1,2}\d{1,3}[a-z]?"
# The register's number of a regulation, as docplayer heads the CVDR's own PDF of it:
# "CVDR. Nr. CVDR612316_1. Beleidsregels leerlingenvervoer gemeente Epe" (ud04).
_CVDR_NUMBER = r"CVDR\.?[ \t]+Nr\.?[ \t]+CVDR\d+(?:_\d+)?\.?"
_LEADING_NUMBER = re.compile(rf"(?:{_DOCUMENT_NUMBER}|{_CVDR_NUMBER})[ \t]+(?=(?i:{_NAME}))")
_TRAILING_NUMBER = re.compile(rf"\s+{_DOCUMENT_NUMBER}$")


def number_end(line: str) -> int:
    """Where the name starts after a document number before its regulation's word, or 0."""
    number = _LEADING_NUMBER.match(line)
    return number.end() if number else 0


def without_number(name: str) -> str:
    """`name` less a document number at its end."""
    return _TRAILING_NUMBER.sub("", name)


# A site's label before the heading it shows, glued to it or set beside it: the name of an
# icon font's glyph, which a copy keeps as text ("payment iconDeclaraties en geschenken", uf05,
# the lowercase glyph's name and "icon" run into the heading's capital), and a site's type of
# page before a regulation's name ("Document Gedragscode politieke ambtsdragers", uf04). Only
# before a capital (the icon) or a regulation's word (the type), so that a name that opens
# with such a word ("Documentatieverordening", "Iconenbeleid") keeps it. A gemeente's copy of
# the register labels its page "Regeling" before the name: "Regeling Verordening
# vertrouwenscommissie herbenoeming burgemeester" (vh09, Steenbergen's site); a name never
# opens with two regulation's words, so "Regeling melden vermoeden misstand" keeps its word.
_SITE_LABEL = re.compile(
    rf"[a-z][a-z_]*(?:[ \t][a-z][a-z_]*)?[ \t]?icon(?=[A-Z])|Document[ \t]+(?={_NAME})"
    r"|Regeling[ \t]+(?=(?:Verordening|Besluit|Reglement|Beleidsregel|Gedragscode|Protocol)\b)"
)


def site_label_end(line: str) -> int:
    """Where the heading starts after a site's icon or page type label (`_SITE_LABEL`), or 0."""
    label = _SITE_LABEL.match(line)
    return label.end() if label else 0


def article_end(line: str) -> int:
    """Where the name starts after a sentence's lowercase article, or 0 where none leads."""
    article = _SENTENCE_ARTICLE.match(line)
    return article.end() if article else 0


# The body that a document's header sets after its name, followed by the header's other
# fields: "Onderzoeksprotocol bij integriteitmeldingen Gemeente Waalwijk, P&O/cfw, 11/
# Vastgesteld door ..." (k10). With its capital and the comma after it, the body is no part of
# the name ("Verordening jeugdhulp gemeente Gennep 2015" is).
# So is the body that the Gemeenteblad's page title sets after a full stop, alone at the
# line's end: "Alcoholverordening Hilversum 2022. Hilversum" (zi08).
_BODY_FIELD = re.compile(
    r"\s+(?:Gemeente|Provincie|Waterschap)\s+(?P<name>[A-Z'][^,\n]{1,40}),"
    r"|(?<=\w)\.[ \t]+(?P<place>[A-Z'][^.,\n]{1,40})$"
)


def before_body_field(line: str) -> str:
    """`line` up to the body a header sets after the name (`_BODY_FIELD`), if it does."""
    field = _BODY_FIELD.search(line)
    if field is not None and register().lookup(field.group("name") or field.group("place")):
        return line[: field.start()]
    return line


# A site's heading that sets the body before the title, a dash between them or glued by a
# hyphen: "Gemeente Leidschendam-Voorburg-Controleverordening 2015". The body is the longest
# name of the register before a dash, the title what follows it, where it names a regulation.
# The Gemeenteblad's title cell sets it before a colon too, as a label: "Gemeente Stadskanaal:
# Wijzigingsbesluit CAR/UWO 1 januari en 1 oktober 2017" (ve01).
_BODY_FIRST = re.compile(r"(?P<kind>Gemeente|Provincie|Waterschap)\s+(?=[A-Z'])")
_DASH = re.compile(r"\s*[–-]\s*(?=[A-Z])|:[ \t]+(?=[A-Z])")
_NAMES_REGULATION = re.compile(rf"(?i){REGULATION}")


# A joint body's kind and name before the title, closed by a full stop, as a PDF's title page
# sets them and docplayer joins its lines: "Openbaar lichaam PlusTeam. Reglement van Orde van
# het Algemeen Bestuur" (vd02; the organisation is read from the same words). No register
# name: the title is what follows, where it names a regulation.
_JOINT_FIRST = re.compile(rf"{JOINT_TITLE_KIND}[ \t]+[A-Z][^.\n]{{1,60}}\.[ \t]+(?=[A-Z])")


def after_body(line: str) -> int | None:
    """Where the title starts after the body a site's heading sets before it, if it does."""
    if (joint := _JOINT_FIRST.match(line)) is not None:
        return joint.end() if _NAMES_REGULATION.search(line, joint.end()) is not None else None
    body = _BODY_FIRST.match(line)
    if body is None:
        return None
    kind = body.group("kind").lower()
    for dash in reversed(list(_DASH.finditer(line, body.end()))):
        if register().lookup(line[body.end() : dash.start()], kind) is not None:
            named = _NAMES_REGULATION.search(line, dash.end()) is not None
            return dash.end() if named else None
    return None


_INNER_STOP = re.compile(r"[.;:!?](?:\s|$)")
# A law's name: its word, then the lowercase words that name its subject.
_LAW_NAME = re.compile(r"(?:Rijks)?[Ww]et[ \t]+[a-z]")


def name_with_stop(line: str) -> bool:
    """Whether a line is a regulation's name closed by a full stop, as a PDF's heading may
    be and a document site copies it: "Beleidsregel uitvoering Rijkssubsidiekader." (za02),
    "GEMEENSCHAPPELIJKE REGELING VEILIGHEIDSREGIO AMSTERDAM-AMSTELLAND 2008." (za07),
    "Algemene Subsidieverordening Provincie Limburg 2023 e.v." (zi03), and a law's or a
    bill's name the same way ("Wet gemeentelijk toezicht seksbedrijven.", the Raad van State's
    advice page, zp12). One stop only: a sentence that goes on after another is running text."""
    return (
        line.endswith(".")
        and len(line) <= 120
        and (NAME_START.match(line) is not None or _LAW_NAME.match(line) is not None)
        and _INNER_STOP.search(line, 0, len(line) - 1) is None
    )


# A name may end with the initials of a company's form, each with its stop: "Integriteitsbeleid
# WerkSaam Westfriesland en WerkSaam Verloning B.V." (vf06; "N.V.", "C.V."). That stop closes
# the abbreviation, not a sentence.
_INITIALS_END = re.compile(r"(?<![^\W\d_])(?:[A-Z]\.){2,3}$")


def initials_end(line: str) -> bool:
    """Whether a line ends with capital initials and their stops (`_INITIALS_END`)."""
    return _INITIALS_END.search(line) is not None


# A site cuts a long heading with an ellipsis ("Verordening op de heffing en de invordering van
# onroerende...", fdocuments' page title, zv11): a cut name, never the whole one.
_CUT = re.compile(r"(?:\.\.\.|…)$")


def cut_short(line: str) -> bool:
    """Whether a line is a heading a site cut short with an ellipsis (`_CUT`)."""
    return _CUT.search(line) is not None


# The next line with words on it, after the blank lines between (also `title.py`'s).
NEXT_LINE = re.compile(r"\s*\n\s*([^\n]*)")


def named_in_full_below(line: str, text: str, end: int) -> bool:
    """Whether the line below `line` (which ends at `end`) repeats it and goes on: a site
    names its page in a word and the page heads its document with the full name,
    "Privacyverklaring" / "Privacyverklaring gemeente Vijfheerenlanden" (vijfheerenlanden.nl,
    uv02). The fuller line must read as a name: no sentence's stop or clause mark at its end
    ("Privacyverklaring" / "Privacyverklaring is verplicht." keeps the first)."""
    below = NEXT_LINE.match(text, end)
    if below is None:
        return False
    fuller = " ".join(below.group(1).split())
    return (
        len(fuller) <= 160
        and fuller.casefold().startswith(line.casefold() + " ")
        and not fuller.endswith((".", ",", ";", ":", "?", "!"))
    )


# How long a name on a line of its own may run: a verkeersbesluit names the road, the place and
# the vehicles ("Verkeersbesluit voor het instellen van een passeerregeling geldend voor
# vrachtauto’s, bussen en landbouwvoertuigen op de N712 Gemaalweg ter hoogte van het gemaal
# Buma te Flevoland", zv04, 172 characters).
_LONG_NAME = 300
_BLANK_LINE = re.compile(r"[ \t]*\r?\n[ \t]*\r?\n")


# A bill's title, which names the acts it amends and is long by nature: "Wijziging van de
# Gemeentewet, Provinciewet, Waterschapswet, ... in verband met het bevorderen van de
# bestuurlijke integriteit ... (Wet bevorderen integriteit en functioneren decentraal bestuur)"
# (xg04, 303 characters; xs09, xs10).
_BILL_TITLE = re.compile(r"Wijziging van (?:de|het) [A-Z]")
_LONG_BILL_TITLE = 600
# A parliamentary paper heads its page with the bill's title after the dossier's number ("35 851
# Wijziging van de Wet Huis voor klokkenluiders ...", xs09) or after the paper's kind and a
# dash ("Memorie van toelichting - Wijziging van de Wet gemeenschappelijke regelingen ...", xs10,
# xg04 on parlementairemonitor.nl); the title is the name.
_BILL_LABEL = re.compile(
    r"(?:\d{2}[ .]?\d{3}|(?:Memorie|Nota) van toelichting[ \t]+[-–])[ \t]+(?=Wijziging van )"
)


def bill_label_end(line: str) -> int:
    """Where a bill's title starts after its paper's label or dossier number, or 0."""
    label = _BILL_LABEL.match(line)
    return label.end() if label else 0


def long_name(line: str, text: str, end: int) -> bool:
    """Whether a line longer than running text's first line may be (`title._first_line`'s
    bound) is yet a name: it opens with its regulation's word, holds no stop and ends on none,
    and stands alone, a blank line after it (`end`: where the line ends in `text`). A bill's
    title may be longer."""
    bill = _BILL_TITLE.match(line) is not None
    return (
        len(line) <= (_LONG_BILL_TITLE if bill else _LONG_NAME)
        and (bill or NAME_START.match(line) is not None)
        and _INNER_STOP.search(line) is None
        and not line.endswith((",", ";", ":"))
        and _BLANK_LINE.match(text, end) is not None
    )


# A decision's heading whose short title, a name ending in its year, lost its ")" in the PDF's
# transcript: "Besluit van het college ... (Besluit Informatiebeheer Tubbergen 2011" (zw08).
# The name is whole; only an open parenthesis that holds nothing after a year stays open.
_LOST_PARENTHESIS = re.compile(rf"\((?:{_NAME})[^()]*\b(?:19|20)\d\d$")


def lost_parenthesis(line: str) -> bool:
    """Whether a line is open only by a short title whose closing parenthesis was lost."""
    return line.count("(") == line.count(")") + 1 and _LOST_PARENTHESIS.search(line) is not None


# A memo's or raadsbesluit's header fields run into one line, the subject among them: "Wim
# Schellingerhout Onderwerp: Verordening op de heffing en de invordering van leges 2015 Intern
# doorkiesnummer: 1753" (zz01, docplayer's page title); "Aan de gemeenteraad, Onderwerp:
# Re-integratieverordening Winsum Voorgestelde besluit: ..." (zz06) and "Onderwerp : Verordening
# Jeugdhulp Goeree-Overflakkee 2015 Datum : 08 oktober 2014" (p11) the same. The subject is the
# regulation's name where it names one, up to the next field's label: a capitalised word, at
# most two lowercase words after it, and the colon.
_SUBJECT = re.compile(rf"Onderwerp ?:\s+(?={REGULATION}|[^\W\d_][\w-]*{REGULATION})")
_NEXT_LABEL = re.compile(r"\s+[A-Z][a-z]+(?:\s+[a-z]+){0,2}\s?$")


def subject_field(line: str) -> tuple[int, int] | None:
    """Where the name stands that a header's "Onderwerp:" field gives (`_SUBJECT`) before
    another field, or None."""
    subject = _SUBJECT.search(line)
    if subject is None:
        return None
    colon = line.find(":", subject.end())
    if colon < 0:
        return None  # the subject alone (`title._PROPOSAL_SUBJECT`)
    label = _NEXT_LABEL.search(line, subject.end(), colon)
    return (subject.end(), label.start()) if label is not None else None


# A document site's label of an uploaded file after its name: the file's extension, its type
# and its size ("Gedragscode Integriteit burgemeester en wethouders van de gemeente
# Zoetermeer.pdfPDF, 1 MB", 5dok, ua09). The name is what stands before the extension.
_FILE_LABEL = re.compile(
    r"\.(?:pdf|docx?|odt)(?:[A-Z]{3,4})?,[ \t]*\d+(?:[.,]\d+)?[ \t]*[KMG]B$", re.IGNORECASE
)


def without_file_label(line: str) -> str:
    """`line` without a document site's file label (extension, type and size) at its end."""
    label = _FILE_LABEL.search(line) if "B" in line[-3:] else None
    return line[: label.start()] if label else line
