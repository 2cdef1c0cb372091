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
from bisect import bisect_right

from . import model as m
from .citations.bare import bare_citations
from .citations.glossed import glossed_law
from .citations.grammar import Citation, find_citations
from .citations.names import Law, registry
from .citations.other_names import RegulationNames, in_regulation_name, intitule_name
from .citations.resolve import Resolution, find_definitions, resolve_laws
from .citations.shared_abbreviations import disambiguate
from .covered import Covered
from .dates import latest_date
from .internal_refs import Locator, internal, own_articles, own_lids
from .normalize import Normalized
from .read import Source
from .scan import lowered

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
    if registry().renewals(mentions):
        mentions = registry().as_of(mentions, dated or latest_date(text), text)
    mentions = disambiguate(
        mentions, text, low, registry().shared, lambda: dated or latest_date(text)
    )
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
        if (node.kind == m.ARTIKEL or node.explains) and _opens(
            source.text, node.span.start, span.start
        ):
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
                repeated := _repeated(text, citation, provision, articles, cited)
                or _cited_in_code(
                    text, citation, provision, articles, by_article, mention_starts, definitions
                )
            ) is not None:
                resolution = Resolution(repeated.reference_kind, repeated, via="earlier")
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
        if resolution.kind == "unresolved":
            warnings.append(
                f"{node.id}: '{written}' cites {resolution.name}, which this code does not say; "
                "the law is left unresolved"
            )
        kind = resolution.kind if resolution.kind != "unresolved" else "law"
        for item in citation.items:
            law = _book(resolution.law, item.article)
            article = _in_book(law, item.article)
            name, bwb = (law.name, law.bwb) if law else (resolution.name, None)
            resolved = law is not None or resolution.kind == "local"
            references += [
                m.Reference(
                    kind=kind,
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
    own_named: Covered | None = None
    for mention in definitions.mentions:
        if mention.start in covered or in_extref(mention.start):
            continue  # part of an article citation, or named inside an extref
        if own_named is None:
            own_named = _own_named(text, own_names)
        if mention.start in own_named and not _CITED_IN_NAME.search(
            text, max(0, mention.start - 40), mention.start
        ):
            continue  # part of the code's own name, not "ter uitvoering van de Alcoholwet"
        if in_regulation_name(text, mention.start, others):
            continue  # part of another regulation's name: "Verzamelverordening PW, IOAW ... 2023"
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
_HEADING_MARKS = frozenset("#* \t")  # what may stand before an article's heading word


def _opens(text: str, start: int, end: int) -> bool:
    """Whether only heading marks and blanks stand from `start` to `end`, read on from
    `start` (a slice would copy a whole long node for every citation in it)."""
    while start < end and text[start] in _HEADING_MARKS:
        start += 1
    return start >= end


def _in_book(law: Law | None, article: str) -> str:
    """ "artikel 660 van Boek 7 van het Burgerlijk Wetboek" is article 7:660, as the
    code numbers it and as "artikel 7:660 BW" cites it."""
    book = registry().book_numbers.get(law.name) if law is not None else None
    if book is None or ":" in article or not article[:1].isdigit():
        return article
    return f"{book}:{article}"


def _book(law: Law | None, article: str) -> Law | None:
    """The book of a code of books that an article number names: 6:162 BW is Boek 6."""
    if law is None or law.book_title is None:
        return law
    number = re.match(r"(\d+):", article)
    book = registry().by_name.get(law.book_title.format(number.group(1))) if number else None
    return book or law


def _own_named(text: str, own_names: tuple[str, ...]) -> Covered:
    """Where the code's own names stand: its title and citeertitel, and the short title
    of a national act's intitulé."""
    named = _occurrences(text, own_names)
    if (intitule := intitule_name(text)) is not None:
        named = _merged(named + [intitule])
    return Covered(named)


def _occurrences(text: str, names: tuple[str, ...]) -> list[tuple[int, int]]:
    """Where the code's own names stand in `text`, however the lines break them: sorted and
    without overlap, the first name winning where two start at one place (as an
    alternation of the names would find them). Found by string search on the lowercase
    copy: a pattern made of each code's names would be compiled again for every code."""
    low = lowered(text)
    found = []
    # once per name: a title that is also the citeertitel would lose every place to itself
    for order, name in enumerate(dict.fromkeys(names)):
        words = name.lower().split() if name else []
        if len(words) < 2:
            continue
        at = low.find(words[0])
        while at >= 0:
            end = _words_at(low, at + len(words[0]), words[1:])
            if end is not None:
                found.append((at, order, end))
            at = low.find(words[0], at + 1)
    spans, reached = [], 0
    for start, _, end in sorted(found):
        if start >= reached:
            spans.append((start, end))
            reached = end
    return spans


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spans` sorted, those that overlap joined into one."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _words_at(text: str, position: int, words: list[str]) -> int | None:
    """Where `words` end if they follow `position`, each after one or more blanks."""
    for word in words:
        blank = position
        while blank < len(text) and text[blank].isspace():
            blank += 1
        if blank == position or not text.startswith(word, blank):
            return None
        position = blank + len(word)
    return position


def _repeated(text: str, citation: Citation, provision: m.Node, articles, cited) -> Law | None:
    """'Artikel 15 lid 1 Gemeentewet ... als bedoeld in lid 2 van artikel 15': the same
    article number, cited with a law earlier in the same article, where the code has no
    article of that number, is that law's article again. Outside an article only in the
    same paragraph: a decree whose article headings the copy lost cites its own "artikel 2"
    a few lines after a gelet op that cited another law's (Staatsblad 2011, 427)."""
    earlier = [cited.get((provision.id, item.article)) for item in citation.items]
    if None in earlier or any(item.article in articles for item in citation.items):
        return None
    if _amends(text, citation):
        return None
    laws = {law for law, _ in earlier}
    if len(laws) != 1:
        return None
    last = max(end for _, end in earlier)
    if provision.kind != m.ARTIKEL and "\n" in text[last : citation.start]:
        return None
    return laws.pop()


def _cited_in_code(
    text: str, citation: Citation, provision: m.Node, articles, by_article, starts, definitions
) -> Law | None:
    """'gelet op artikel 169 en artikel 180 van de Gemeentewet' ... 'geregeld in de
    Gemeentewet. In het eerste lid van artikel 169 is bepaald' (Heiloo, ze02): an article
    number the code does not have, cited before with one law only, is that law's article
    again where the text named that law since, and named no other, outside the code's own
    articles and its preamble. In an article "als bedoeld in artikel 2.1.4" is the code's
    own number or an unrecorded one (g13); a decree that lost its article headings cites its
    own "artikel 2" right after a gelet op that cited another law's (h15)."""
    if citation.law is not None or provision.kind in (m.ARTIKEL, m.PREAMBLE):
        # "artikel 15 van deze regeling"; a gelet op names the law of each of its chains,
        # so a chain there without one is one a damaged copy cut short (a02)
        return None
    i = bisect_right(starts, citation.start) - 1
    if i < 0:
        return None
    last = definitions.mentions[i]
    laws: set[Law] = {last.law}
    for item in citation.items:
        if item.article in articles or item.article not in by_article:
            return None
        cited_with, end = by_article[item.article]
        if last.start < end:
            return None  # the law not named again since it cited the article
        laws |= cited_with
    if len(laws) != 1 or _amends(text, citation):
        return None
    return laws.pop()


# An amendment instruction: "Artikel 10, eerste lid, komt te luiden:", "In artikel 1.1 vervalt
# ...", "Aan artikel 1 wordt ... toegevoegd", "Na artikel 61 wordt ... ingevoegd".
_INSTRUCTION_OPENS = re.compile(r"(?:^|\n)[ \t\u2022*-]*(?:(?:[Ii]n|[Aa]an|[Nn]a|[Vv]oor)[ \t]+)?$")
_INSTRUCTION_VERB = re.compile(r"\s*,?\s*(?:komt\s+te\s+luiden|vervalt|vervallen|wordt|worden)\b")


def _amends(text: str, citation: Citation) -> bool:
    """Whether the citation opens an amendment instruction: the article it names is one of
    the regulation being amended, not the law whose article of that number the amending
    text cited before ("artikel 10 van de Wet openbaarheid van bestuur' vervangen door ...
    D Artikel 10, eerste lid, komt te luiden:", ze09)."""
    if not _INSTRUCTION_VERB.match(text, citation.end):
        return False
    return _INSTRUCTION_OPENS.search(text, max(0, citation.start - 12), citation.start) is not None


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
