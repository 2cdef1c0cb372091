"""The law of a citation that names none, read from what the text cited before.

"als bedoeld in lid 2 van artikel 15" after "Artikel 15 lid 1 Gemeentewet" in the same
article (`repeated`), or "artikel 169" in a toelichting after a gelet op that cited
"artikel 169 ... van de Gemeentewet" (`cited_in_code`). Neither where the citation opens
an amendment instruction, whose article is one of the regulation being amended.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from .. import model as m
from .grammar import Citation
from .law import Law
from .resolve import AWB


def repeated(text: str, citation: Citation, provision: m.Node, articles, cited) -> Law | None:
    """'Artikel 15 lid 1 Gemeentewet ... als bedoeld in lid 2 van artikel 15': the same
    article number, cited with a law earlier in the same article, where the code has no
    article of that number, is that law's article again. Outside an article only in the
    same paragraph: a decree whose article headings the copy lost cites its own "artikel 2"
    a few lines after a gelet op that cited another law's (Staatsblad 2011, 427). Never where
    the citation's own words name the code ("vertrouwenspersoon: een persoon als bedoeld in
    artikel 2 van deze regeling" after "artikel 1, 1a en 2 van de Algemene wet gelijke
    behandeling" in the same article, vf09): they say whose article it is."""
    if citation.law is not None and citation.law.kind == "this":
        return None
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


def cited_in_code(
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


# A chapter and an article around a colon ("5:21", "4:8a"): among the acts the Awb numbers so
# (the Burgerlijk Wetboek too, within its books: "7:658").
_COLON_NUMBER = re.compile(r"\d{1,2}:\d{1,3}[a-z]?")


def colon_numbered_act(text: str, citation: Citation, articles, mentions, starts) -> Law | None:
    """'hoofdstuk 5 van de Algemene wet bestuursrecht (hierna: Awb). Van belang zijn met name
    de artikelen 5:21 en 5:32' (d13): articles numbered chapter:article that name no law are
    the Awb's where the Awb is the last act so numbered that the text named before them,
    and the code numbers none of its own articles so (an APV's "artikel 2:10" is its own)."""
    if citation.law is not None or not citation.items:
        return None
    if not all(_COLON_NUMBER.fullmatch(item.article) for item in citation.items):
        return None
    if any(item.article in articles for item in citation.items):
        return None  # its own article, found at once (the scan below would find it too)
    if any(_COLON_NUMBER.fullmatch(number) for number in articles) or _amends(text, citation):
        return None
    for mention in reversed(mentions[: bisect_right(starts, citation.start)]):
        if mention.law.bwb == AWB:
            return mention.law
        if "wetboek" in mention.law.name.lower():  # the Burgerlijk Wetboek numbers so too
            return None
    return None


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
