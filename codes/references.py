"""Stage 5, references: place every citation in the graph and resolve it.

A citation with a law becomes one `Reference` per article and lid, with the
law's official name and BWB id from the registry. A citation without a law is
internal: it resolves to the node id of the article (and lid) it names, or is
reported when it names nothing. Text quoted from a law ("Gemeentewet, artikel
41 b:") cites that same law. CVDR `extref`s are taken as they are: they
already carry the official Juriconnect id.
"""

from __future__ import annotations

import re
from functools import cache

from . import model as m
from .citations.bare import bare_citations
from .citations.divisions import defined_divisions
from .citations.earlier import cited_in_code, colon_numbered_act, repeated
from .citations.glossed import glossed_law
from .citations.grammar import Citation, find_citations
from .citations.law import Mention
from .citations.names import Law, registry
from .citations.other_names import RegulationNames, in_regulation_name
from .citations.own_named import law_titled_prose, own_named
from .citations.resolve import AWB, Resolution, find_definitions, resolve_laws
from .citations.shared_abbreviations import disambiguate
from .covered import Covered
from .dates import latest_date, latest_month
from .internal_refs import Locator, internal, own_articles, own_lids
from .normalize import Normalized
from .read import Source
from .scan import HEADING_MARKS, lowered, run_start

_JCI = re.compile(r"c:(BWBR\d{7})(?:&(.*))?")


def find_references(
    source: Source,
    norm: Normalized,
    root: m.Node,
    own_names: tuple[str, ...] = (),
    dated: str | None = None,
) -> tuple[list[m.Reference], list[str]]:
    """The references of a code. `own_names` are its title and citeertitel: a law named
    inside them ("Beleidsregels Wet Bibob 2020") is part of a name, not a citation.
    `dated` (ISO), the code's date, tells which act an old name means ("Wmo" in 2020 is
    the Wmo 2015); without it, the latest date in the text does."""
    text = norm.text
    locate = Locator(root)
    articles = own_articles(locate)
    references: list[m.Reference] = []
    warnings: list[str] = []
    extref_spans = Covered((start, end) for start, end, _ in source.extrefs)
    references += _extrefs(source, locate)

    def in_extref(position: int) -> bool:
        if not extref_spans:  # all but CVDR's texts: no position to map back
            return False
        return norm.to_source(position) in extref_spans

    low = lowered(text)
    mentions = registry().find_all(text, low)

    @cache  # asked by `as_of` and by each shared abbreviation: one scan of the dates
    def code_date() -> str | None:
        # A text that names no whole day (a report of "oktober 2014") is dated by its months.
        return dated or latest_date(text, _acts_dates(text, mentions)) or latest_month(text)

    if registry().renewals(mentions):
        mentions = registry().as_of(mentions, code_date(), text)
    mentions = disambiguate(mentions, text, low, registry().shared, code_date)
    definitions = find_definitions(text, mentions)
    # The names of other regulations that may hide a law, looked for once and only if needed.
    others = RegulationNames(text)
    found = bare_citations(
        text, definitions.mentions, find_citations(text, definitions.mentions), others
    )
    citations = [c for c in found if not in_extref(c.start)] if extref_spans else found
    resolutions = resolve_laws(citations, definitions)
    # (provision, article number) -> its law and where that citation ends
    cited: dict[tuple[str, str], tuple[Law, int]] = {}
    # article number -> the laws that named it so far, and where the last such citation ends
    by_article: dict[str, tuple[set[Law], int]] = {}
    headings: list[Citation] = []
    mention_starts = [mention.start for mention in definitions.mentions]
    glossed: list[tuple[int, int]] = []  # the law names that a bracketed article glosses
    for citation, resolution in zip(citations, resolutions, strict=True):
        span = norm.span(citation.start, citation.end)
        node = locate.at(span.start)
        # Only heading marks and blanks before it in its node, read back from it (a slice would
        # copy a whole long node for every citation in it).
        if (node.kind == m.ARTIKEL or node.explains) and run_start(
            source.text, span.start, HEADING_MARKS, node.span.start
        ) == node.span.start:
            # An article's own heading ("## Artikel 2" in Markdown), not a citation; the
            # law a heading names ("Artikel 1 Algemene wet bestuursrecht") is named.
            headings.append(citation)
            continue
        written = _written(text, citation.start, citation.end)
        provision = locate.article(node) or node
        if resolution.kind == "internal":
            if (quoted := _quoted_law(node, locate)) is not None:
                resolution = Resolution(quoted.reference_kind, quoted, via="name")
            elif (
                earlier := repeated(text, citation, provision, articles, cited)
                or cited_in_code(
                    text, citation, provision, articles, by_article, mention_starts, definitions
                )
                or colon_numbered_act(
                    text, citation, articles, definitions.mentions, mention_starts
                )
            ) is not None:
                resolution = Resolution(earlier.reference_kind, earlier, via="earlier")
            elif gloss := glossed_law(
                text, citation, definitions.mentions, mention_starts, articles
            ):
                resolution = Resolution(gloss.law.reference_kind, gloss.law, via=gloss.via)
                glossed.append((gloss.start, gloss.end))
            else:
                references += internal(citation, written, span, node, locate, articles, warnings)
                continue
        if resolution.law is not None:
            for item in citation.items:
                cited[(provision.id, item.article)] = (resolution.law, citation.end)
                if citation.law is not None and citation.law.kind == "name":
                    laws = by_article.get(item.article, (set(), 0))[0]
                    by_article[item.article] = (laws | {resolution.law}, citation.end)
        if resolution.law is None and resolution.kind in ("law", "unresolved"):
            warnings.append(
                f"{node.id}: '{written}' cites {resolution.name}, which this code does not say; "
                "the law is left unresolved"
            )
        for item in citation.items:
            law = _book(resolution.law, item.article)
            article = _colon_numbered(law, _in_book(law, item.article))
            name, bwb = (law.name, law.bwb) if law else (resolution.name, None)
            resolved = law is not None or resolution.kind == "local"
            references += [
                m.Reference(
                    kind=resolution.kind,
                    text=written,
                    span=span,
                    node=node.id,
                    law=name,
                    bwb=bwb,
                    article=article,
                    lid=lid,
                    onderdeel=onderdeel,
                    resolved=resolved,
                    range=item.range,
                    resolved_via=resolution.via,
                )
                for lid in item.lids or [None]
                for onderdeel in item.onderdelen or [None]
            ]
    # A division named before the law ("255 en afdeling 4.2 van de Gemeentewet") leaves
    # the law's name uncovered: the law is named for the division too.
    skipped = {id(c) for c in headings}
    # A law name a bracketed article glosses (`glossed`) is named for that article, not alone.
    covered = Covered(
        [(c.start, c.division or c.end) for c in citations if id(c) not in skipped] + glossed
    )
    # The names that hide a law are looked for at the first law no citation covers: in
    # most codes every law named is part of a citation, and each look is a whole-text scan.
    in_own_name: Covered | None = None
    name_end = -1  # where the last law inside another regulation's name ends
    for mention in definitions.mentions:
        if mention.start in covered or in_extref(mention.start):
            continue  # part of an article citation, or named inside an extref
        if _NEXT_IN_NAME.fullmatch(text, name_end, mention.start):
            name_end = mention.end
            continue  # the name's next law: "Afstemmingsverordening Wet werk en bijstand,wet ..."
        if in_own_name is None:
            in_own_name = own_named(text, own_names)
        if (
            mention.start in in_own_name
            and not _CITED_IN_NAME.search(text, max(0, mention.start - 40), mention.start)
            and not law_titled_prose(text, mention.start, mention.end, own_names, mention.law.kind)
        ):
            continue  # part of the code's own name, not "ter uitvoering van de Alcoholwet"
        if in_regulation_name(text, mention.start, others):
            name_end = mention.end
            continue  # part of another regulation's name: "Verzamelverordening PW, IOAW ... 2023"
        if _BILL_BEFORE.search(text, max(0, mention.start - 30), mention.start):
            continue  # a bill's name, no act in force: "wetsvoorstel 35546 - Wet bevorderen ..."
        start, law = mention.start, mention.law
        book = _BOOK_BEFORE.search(text, max(0, start - 40), start) if law.book_title else None
        if book:  # "Boek 3, titel 3 Burgerlijk Wetboek"
            start, law = book.start(), _book(law, book.group(1) + ":")
        # "de Afdelingen 10.1.1 en 10.1.2 van de Algemene wet bestuursrecht" (w05): the
        # law is named once for each division of a plural.
        plural = _DIVISIONS_BEFORE.search(text, max(0, start - 120), start)
        if plural:
            start = plural.start()
        span = norm.span(start, mention.end)
        named_for = len(_DIVISION_NUMBER.findall(plural.group("numbers"))) if plural else 1
        references += [
            m.Reference(
                kind=law.reference_kind,
                text=text[start : mention.end],
                span=span,
                node=locate.at(span.start).id,
                law=law.name,
                bwb=law.bwb,
                resolved_via=mention.via,
            )
        ] * named_for
    for start, end, law in defined_divisions(text, definitions.words):
        if start in covered or in_extref(start):
            continue  # the division of a citation that names the act with its articles
        span = norm.span(start, end)
        references.append(
            m.Reference(
                kind=law.reference_kind,
                text=_written(text, start, end),
                span=span,
                node=locate.at(span.start).id,
                law=law.name,
                bwb=law.bwb,
                resolved_via="definition",
            )
        )
    references += own_lids(text, norm, locate, covered, warnings)
    references.sort(key=lambda r: (r.span.start, r.article or "", r.lid or 0))
    return references, warnings


# A plural of divisions just before a law's name, each numbered: "Afdelingen 10.1.1 en
# 10.1.2 van de", "hoofdstukken 2, 3 en 4 van het".
_DIVISION_NUMBER = re.compile(r"[\dIVXL]+(?:\.\d+)*[a-z]?")
_DIVISIONS_BEFORE = re.compile(
    r"\b(?:[Aa]fdelingen|[Hh]oofdstukken|[Pp]aragrafen|[Tt]itels)\s+"
    r"(?P<numbers>[\dIVXL][\w.]*(?:\s*,\s*[\dIVXL][\w.]*)*\s+(?:en|of)\s+[\dIVXL][\w.]*)"
    r"\s+(?:van|uit)\s+(?:de|het)\s+$"
)
# The word "wetsvoorstel" right before a name, with the bill's number and a dash if it has
# them: the name is the bill's ("wetsvoorstel 35546 - Wet bevorderen integriteit en
# functioneren decentraal bestuur", xg04; "het ... ingediende wetsvoorstel Wet bevorderen ...",
# xm09), which the act may carry or not once passed; "het wetsvoorstel tot wijziging van de
# Gemeentewet" names the act it amends ("van de" stands between them). The plural names bills
# too: "treden de wetsvoorstellen Wet maatregelen Wet Werk en Bijstand (WWB) en de
# Participatiewet in werking" (vi07); the name after "en de" is not in that place.
_BILL_BEFORE = re.compile(r"\b[Ww]etsvoorstel(?:len)?(?:[ \t]+\d{4,5})?(?:[ \t]+[-–])?[ \t]+$")
_BOOK_BEFORE = re.compile(
    r"\b[Bb]oek\s+(\d{1,2})(?:\s*,\s*titel\s+\d{1,2}[a-z]?)?\s*(?:,\s*)?(?:van\s+het\s+)?$"
)
# A name that states its legal basis cites the law: "regels ter uitvoering van de Alcoholwet",
# "regels voor uitvoering van de Jeugdwet" (Lochem 2018, p09); "Beleidsregel voor de
# toepassing van de Wet Bibob 2014" only names it.
_CITED_IN_NAME = re.compile(
    r"\b(?:(?:ter|tot|voor(?:\s+de)?)\s+uitvoering\s+van|op\s+grond\s+van|krachtens|ingevolge|gelet\s+op)\s+(?:de|het)\s+$",
    re.I,
)
# A name that holds a law lists the next one after a comma or "en", without an article of
# its own: "Afstemmingsverordening Wet werk en bijstand,wet Investeren in Jongeren, ..."
# (zv10). With "de" the next law is cited: "de Verordening Wet X en de Wet Y".
_NEXT_IN_NAME = re.compile(r"[ \t]*,[ \t]*|[ \t]+en[ \t]+")


# "het Reglement verkeersregels en verkeerstekens van 26 juli 1990": the date after an act's
# name is the act's own, the day it was made, not the code's.
_ACT_DATE = re.compile(r"\s+van\s+(?=\d)")


def _acts_dates(text: str, mentions: list[Mention]) -> frozenset[int]:
    """The starts of the dates that name the day of a cited act, right after its name
    and "van": they tell nothing of the code's own date, which reads an old name (a
    draft whose only full date is its RVV's, ui02, is no code of 1990)."""
    return frozenset(
        found.end() for mention in mentions if (found := _ACT_DATE.match(text, mention.end))
    )


def _in_book(law: Law | None, article: str) -> str:
    """ "artikel 660 van Boek 7 van het Burgerlijk Wetboek" is article 7:660, as the
    code numbers it and as "artikel 7:660 BW" cites it."""
    book = registry().book_numbers.get(law.name) if law is not None else None
    if book is None or ":" in article or not article[:1].isdigit():
        return article
    return f"{book}:{article}"


# An Awb article number as a text writes it with the point of the acts that number by chapter
# and article ("artikel 4.81, eerste lid van de Algemene wet bestuursrecht", uj03), as it writes
# its divisions ("Titel 4.2", "afdeling 3.4"): the chapter, then the article.
_POINT_NUMBERED = re.compile(r"(?P<chapter>\d{1,2})\.(?P<article>\d{1,3}[a-z]?)")


def _colon_numbered(law: Law | None, article: str) -> str:
    """ "4.81" of the Awb is its article 4:81: among the acts only the Awb numbers its articles
    chapter and article around a colon (`resolve._act_named_before`), so the point can name no
    other article of it."""
    if law is None or law.bwb != AWB:
        return article
    number = _POINT_NUMBERED.fullmatch(article)
    return f"{number['chapter']}:{number['article']}" if number else article


def _book(law: Law | None, article: str) -> Law | None:
    """The book of a code of books that an article number names: 6:162 BW is Boek 6."""
    if law is None or law.book_title is None:
        return law
    number = re.match(r"(\d+):", article)
    book = registry().by_name.get(law.book_title.format(number.group(1))) if number else None
    return book or law


def _written(text: str, start: int, end: int, limit: int = 240) -> str:
    """The citation as written, whitespace folded; a long chain is cut so that output
    stays linear in the input (every reference of a chain carries this text)."""
    written = " ".join(text[start : min(end, start + 4 * limit)].split())
    return written if len(written) <= limit else written[: limit - 1] + "…"


def _quoted_law(node: m.Node, locate: Locator) -> Law | None:
    """The law whose text a quoting section holds ("Gemeentewet, artikel 41 b:")."""
    for candidate in locate.outward(node):
        if candidate.role == "quote":
            found = registry().find_all(candidate.title or "")
            return found[0].law if found else None
    return None


def _extrefs(source: Source, locate: Locator) -> list[m.Reference]:
    results = []
    for start, end, doc in source.extrefs:
        match = _JCI.search(doc)
        if not match:
            continue
        params = dict(p.split("=", 1) for p in (match.group(2) or "").split("&") if "=" in p)
        bwb = match.group(1)
        law = registry().by_bwb.get(bwb)
        lid = params.get("lid")
        node = locate.at(start)
        results.append(
            m.Reference(
                kind="law",
                text=source.text[start:end],
                span=m.Span(start, end),
                node=node.id,
                law=law.name if law else source.text[start:end],
                bwb=bwb,
                article=params.get("artikel"),
                lid=int(lid) if lid and lid.isdigit() else None,
                onderdeel=params.get("onderdeel"),
            )
        )
    return results
