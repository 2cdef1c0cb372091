"""The law registry and the matching of law names in a text.

The registry is `data/law_registry.tsv`, built by `tools/build_law_registry.py`
from the BWB list and the curated overlay `data/laws.toml` (which a domain
expert corrects without reading Python). All names, former titles and
abbreviations are matched in one pass with an Aho-Corasick automaton, longest
match first, so 20,000 names cost what 20 do.

Names from the overlay match in any case ("gelet op de gemeentewet"); names that
only the BWB list knows must start with a capital in the text, because a
lowercase phrase that happens to equal a title ("aanwijzing executie") is
running text. Abbreviations match exactly as the overlay writes them.
"""

from __future__ import annotations

import csv
import re
import tomllib
from dataclasses import replace
from functools import cache
from pathlib import Path

import ahocorasick_rs

from ..many_words import WINDOW
from ..scan import Anchors, near, same_length_lower
from .broken_words import join_broken
from .footnotes import footnote_mark
from .law import Law, Mention
from .law_spellings import (
    YEAR_TITLE,
    apostrophes,
    bare_titles,
    base_title,
    book_set_off,
    broken_compounds,
    predecessors,
    roman_books,
)
from .old_acts import old_namings

DATA = Path(__file__).resolve().parent.parent / "data"
REGISTRY = DATA / "law_registry.tsv"
OVERLAY = DATA / "laws.toml"
# A capital after a small letter: an abbreviation spelled as its words' initials ("WvS").
_CAMEL = re.compile(r"[a-z][A-Z]")


# A body named after the law it serves: "Landelijk Bureau Bibob", and a council or committee
# whose compound name takes the law as its apposition, without article or preposition:
# "de Wmo-adviesraad en de Cliëntenraad Participatiewet" (up09), as "Wmo-raad" is a body. So
# are an office, a team or an officer, and a check, named after the law as their apposition,
# the open form of the compound ("Woo-contactfunctionaris", "Bibob-toets"): "Contactfunctionaris
# Woo" (uv03), "Toets BIBOB" (va02), "het loket Wmo", "team Participatiewet".
_BUREAU = re.compile(
    r"(?:[Bb]ureau|(?<![\w-])[A-Z][\w-]*(?:raad|commissie)"
    r"|(?<![\w-])(?:[Ll]oket|[Tt]eam|[Cc]onsulent|[Cc]ontactfunctionaris|[Tt]oets))[ \t]+$"
)
# The head word in lowercase before a name in capitals: "de wet Verbetering
# Arbeidsmarktpositie Alleenstaande Ouders" (xu01). The capital after it says a name
# begins, as a capital first letter does.
_LOWER_HEAD = re.compile(r"wet[ \t\n\xa0]+[A-Z]")
_OWN_GLOSS = re.compile(r"\(\s*(?P<abbreviation>[\w-]{2,12})\s*\)")
# A compound noun written open, without its hyphen: "Een Woo verzoek tot openbaarmaking"
# (g05), the heading "Woo verzoek indienen" (ut06). After a law's letters, a noun of the
# procedure it governs that is never a verb form can only be the compound's head: a
# separate phrase would take an article or a preposition ("de Woo, een verzoek").
_OPEN_COMPOUND = re.compile(r"[ \t]+(?:verzoek|aanvraag|procedure|melding|toets)\b")
# The first of two compounds that share their head, which only the second writes: "Wob- en
# Woo-verzoeken" (the hyphen stands for the head), "Wob / Woo-verzoeken" (zuiderzeeland.nl's
# list of the Woo's categories, uv11: the slash joins two first parts of one compound). The
# second part must be such a compound, and the first set off by its hyphen or the slash:
# "de Wob/Woo" and "de Wob en Woo-verzoeken" still name the Wob.
_SHARED_HEAD = re.compile(r"(?:-[ \t]*(?:/|,|en\b|of\b)|[ \t]*/)[ \t]*[\w.]+-[a-z]")
# 'de wet “dualisering gemeentebestuur”', "de Wet 'Huis voor klokkenluiders'": the rest of
# the name in quotes after its head word. Quotes are rare, so the pattern starts at one.
_QUOTED = re.compile(r"[“\"‘'„](?P<rest>[^“”\"‘’'„\n]{3,80})[”\"’']")
# The quotes, found by `str.find` (`near`): a pattern that opens with a class of them is
# still tried at every position. A match is at most 82 characters long.
_QUOTES = Anchors.of("“", '"', "‘", "'", "„", before=0, after=81)
_QUOTED_HEAD = re.compile(r"(?<![\w-])(?P<head>wet|besluit|regeling)\s+$", re.I)


def _plain(text: str) -> str:
    """Line breaks and no-break spaces inside a name match a plain space; every offset
    stays the same."""
    for char in "\n\t\r\xa0":
        text = text.replace(char, " ")
    return text


# A document's number opens with its label and the code of the office that filed it:
# "besluit ... van 3 oktober 2003, nr. WEB 63, I" (Zeeland's staten, uq02: the griffie's
# file of Welzijn, Economie en Bestuur, not the Wet educatie en beroepsonderwijs).
_NUMBER_LABEL = re.compile(r"\b(?:[Nn]r|[Nn]o|[Nn]ummer|[Kk]enmerk)\.?:?\s*$")
_NUMBER_AFTER = re.compile(r"[ \t]*[-/.]?[ \t]*\d")
# A header's field label, whose value is a code of capitals glued to digits: "RAD: RAD140325
# ... BW: BW140218" (a raadsvoorstel's agenda codes for the raad and burgemeester en
# wethouders, ux03), no Burgerlijk Wetboek. A definition's value is words ("Awb: Algemene wet
# bestuursrecht", "Wet: de Gemeentewet") and still names the law.
_CODE_FIELD = re.compile(r":[ \t]*[A-Z]{1,6}\d{3,}\b")


def _in_file_number(text: str, start: int, end: int) -> bool:
    """An abbreviation between the slashes of a file number names a department, not a law:
    "nr. CDJZ/WVW/2000–1549" (zt13: the Centrale Directie Juridische Zaken's Wegen en
    Verkeer). "artikel 13 Ioaw/Ioaz" names two laws: no number follows its slash. So does
    one that opens a number after its label: "nr. WEB 63" (uq02), and one that labels a
    code: "BW: BW140218" (ux03)."""
    return (
        (
            text[start - 1 : start] == "/"
            and text[end : end + 1] == "/"
            and text[end + 1 : end + 2].isdigit()
        )
        or bool(
            _NUMBER_LABEL.search(text, max(0, start - 12), start) and _NUMBER_AFTER.match(text, end)
        )
        or bool(_CODE_FIELD.match(text, end))
    )


class LawRegistry:
    def __init__(self, laws: list[Law], curated: set[str], prefixes: list[tuple[Law, str]] = ()):
        self.laws = laws
        self.by_name = {law.name: law for law in laws}
        self.by_bwb = {law.bwb: law for law in laws if law.bwb}
        self._names: dict[str, Law] = {}
        self._abbreviations: dict[str, Law] = {}
        claims: dict[str, list[Law]] = {}
        # One automaton over the lowercase text for names and abbreviations alike: a
        # word -> its length and the laws it names, each with whether it may be written
        # in any case, the exact spelling an abbreviation or a broken compound must have
        # (checked on the text), and how it names the law (a `Mention`'s `via`).
        names: dict[str, tuple[Law, bool, str | None, str]] = {}
        for law in laws:
            for name in law.names:
                self._names[name] = law
                names[name] = (law, name in curated, None, "name")
        for law in laws:
            for name in law.names:
                for spelling in (*apostrophes(name)[1:], *book_set_off(name), *roman_books(name)):
                    if spelling not in self._names:  # a name as written wins over a variant
                        self._names[spelling] = law
                        names[spelling] = (law, name in curated, None, "name")
            for abbreviation in law.abbreviations:
                self._abbreviations[abbreviation] = law
                claims.setdefault(abbreviation, []).append(law)
        # A spelling that two laws claim ("Wvg"): `shared_abbreviations` reads which one a
        # text means; the automaton finds it once, as the last claimant's.
        self.shared = {a: tuple(laws) for a, laws in claims.items() if len(laws) > 1}
        # In any case where the overlay curates the law, as its title ("van het
        # uitvoeringsbesluit Wmo", vi06); else with a capital, as the BWB list's titles.
        for base, law in bare_titles(laws, self._names).items():
            self._names[base] = law
            names[base] = (law, law.name.lower() in curated, None, "name")
        # "Awb" is also written "AWB", unless another law has that spelling; a two-letter
        # abbreviation ("Sr") is not safe in capitals, nor one with a capital after a small
        # letter ("WvS", "WvSv"), whose capitals spell other things ("Kenmerk: WVS - 20", zz10).
        for abbreviation, law in list(self._abbreviations.items()):
            if len(abbreviation.rstrip(".")) >= 3 and not _CAMEL.search(abbreviation):
                self._abbreviations.setdefault(abbreviation.upper(), law)
        words: dict[str, list[tuple[Law, bool, str | None, str]]] = {
            name: [entry] for name, entry in names.items()
        }
        for abbreviation, law in self._abbreviations.items():
            words.setdefault(same_length_lower(abbreviation), []).append(
                (law, True, abbreviation, "abbreviation")
            )
        # A curated law's name with a compound broken by a PDF's line end, matched as
        # spelled (`broken_compounds`).
        for law in laws:
            if law.name.lower() in curated and law.national:
                for spelling in broken_compounds(law.name):
                    words.setdefault(spelling.lower(), []).append((law, False, spelling, "name"))
        # ahocorasick_rs walks a text 1.6x faster than pyahocorasick (measured over the
        # scaled corpus: the walk was a fifth of all the work of finding references) and
        # builds as fast; its contiguous NFA, not its DFA, whose build takes 0.2 s more.
        self._entries = [tuple(entries) for entries in words.values()]
        self._longest = max(map(len, words), default=0)
        self._automaton = (
            ahocorasick_rs.AhoCorasick(
                list(words), implementation=ahocorasick_rs.Implementation.ContiguousNFA
            )
            if words
            else None
        )
        # Titles the BWB list cut short, by their first two words.
        self._prefixes: dict[str, list[tuple[str, Law]]] = {}
        for law, prefix in prefixes:
            self._prefixes.setdefault(" ".join(prefix.split()[:2]), []).append((prefix, law))
        self._prefix_first_words = {head.split(" ")[0] for head in self._prefixes}
        self._first_words = {n.split()[0] for n in self._names if n.split()}
        self._first_words |= {a.split()[0].lower() for a in self._abbreviations}
        # "Burgerlijk Wetboek Boek 7" -> "7": its articles are numbered "7:660".
        self.book_numbers = {
            law.book_title.format(n): str(n)
            for law in laws
            if law.book_title
            for n in range(1, 11)
            if law.book_title.format(n) in self.by_name
        }
        # A law replaced by a new act of its own name ("Huisvestingswet" by the
        # "Huisvestingswet 2014", "Politiewet 1993" by the "Politiewet 2012"): after the
        # change, texts write the old name, without a year, for the new act.
        self._renewed: dict[str, Law] = {
            law.name: self.by_name[law.successor]
            for law in laws
            if law.successor in self.by_name and base_title(law.name) == base_title(law.successor)
        }
        self._predecessors = predecessors(laws)  # "Gemeentewet" -> the Gemeentewet (1851)
        self._dated = {*self._renewed, *self._predecessors}

    def renewals(self, mentions: list[Mention]) -> bool:
        """Whether any of `mentions` names a law whose meaning depends on the text's date."""
        return any(mention.law.name in self._dated for mention in mentions)

    def as_of(self, mentions: list[Mention], day: str | None, text: str) -> list[Mention]:
        """The mentions of `text` as a text of `day` (ISO; None: today) means them: the
        old name of a renewed law is the new act from the day the old one was repealed,
        unless the name is written with the old act's year ("Politiewet 1993") or the
        text marks it as the old act (`old_acts`: "de oude Wet inburgering (2007)"); before
        its repeal, a predecessor of the same name ("gemeentewet" of 1990: of 1851)."""
        old = old_namings(text, mentions, self._renewed)
        return [self._meant(mention, day, text, mention.start in old) for mention in mentions]

    def _meant(self, mention: Mention, day: str | None, text: str, marked_old: bool) -> Mention:
        """The act one mention means in a text of `day` (`as_of`)."""
        new = self._renewed.get(mention.law.name)
        if (
            new
            and (day is None or day >= (mention.law.repealed_on or ""))
            and not YEAR_TITLE.fullmatch(text[mention.start : mention.end])
            and not marked_old
        ):
            return replace(mention, law=new)
        former = self._predecessors.get(mention.law.name)
        if former and (day or "9999") < former.repealed_on:
            return replace(mention, law=former)
        return mention

    def resolve(self, spelling: str) -> Law | None:
        """The law of a name, former name or abbreviation as written."""
        spelling = " ".join(spelling.split())
        return (
            self._abbreviations.get(spelling)
            or self._names.get(spelling.lower())
            or self.by_name.get(spelling)
        )

    def find_all(self, text: str, low: str | None = None) -> list[Mention]:
        """Every law named in `text`, longest first, none overlapping, in order. `low`:
        `text` in lowercase, of the same length (`scan.lowered`), where the caller has it."""
        if not text:
            return []
        # the offsets of `text` hold in it; a blank lowercases to itself
        lowered = low if low is not None else same_length_lower(text)
        candidates: list[tuple[int, int, Law, str]] = []
        # One pass for names and abbreviations: an abbreviation is matched in lowercase
        # and then as it is spelled. Every place of every word, overlapping ones too.
        matches = self._matches(lowered) if self._automaton is not None else ()
        all_entries, size = self._entries, len(text)
        for index, start, end in matches:
            # inside a word ("wor" in "wordt"): the most common place to drop, tested first
            glued = end < size and text[end].isalnum() and text[end - 1].isalnum()
            # a camel join, where a PDF's cover lost the blank: "Kostenefficient WswGezond aan
            # het werk" (ua06); only an abbreviation ending in a small letter is read there
            camel = glued and text[end].isupper() and text[end - 1].islower()
            camel = camel and text[end + 1 : end + 2].islower()
            if glued and not camel and not (text[end].isdecimal() and footnote_mark(text, end)):
                continue  # (a footnote mark opens with a digit: most glued ends have none)
            if start > 0 and (text[start - 1].isalnum() or text[start - 1] == "-"):
                continue
            entries = all_entries[index]
            if text.startswith("@", end):
                continue  # an e-mail address: "natuurbeschermingswet@provinciegroningen.nl"
            if text.startswith("-", end) and text[end + 1 : end + 2].islower():
                continue  # a compound noun: "Woo-verzoek", "Wmo-raad"
            if _SHARED_HEAD.match(text, end):
                continue  # the first part of compounds sharing their head: "Wob / Woo-verzoeken"
            for law, any_case, spelling, via in entries:
                if glued and (spelling is None) == camel:
                    # "Wmo2015": an abbreviation takes no footnote mark, a name no camel join
                    continue
                if spelling is None:
                    if (
                        any_case or text[start].isupper() or _LOWER_HEAD.match(text, start)
                    ) and not _BUREAU.search(text, max(0, start - 40), start):
                        candidates.append((start, end, law, via))
                elif (
                    _plain(text[start:end]) == spelling
                    and not _OPEN_COMPOUND.match(text, end)
                    and not _BUREAU.search(text, max(0, start - 40), start)
                    and not _in_file_number(text, start, end)
                ):  # not a body named after the law: "Landelijk Bureau Bibob"
                    candidates.append((start, end, law, via))
        candidates += self._quoted(text)
        candidates.sort(key=lambda c: (c[0], c[0] - c[1]))
        mentions: list[Mention] = []
        reached = 0
        for start, end, law, via in candidates:
            if start >= reached:
                mentions.append(Mention(start, end, law, via))
                reached = end
        return mentions

    def _matches(self, lowered: str) -> list[tuple[int, int, int]]:
        """Every place of every word in `lowered` (pattern index, start, end), a window of
        `WINDOW` characters at a time: ahocorasick_rs holds some 8 bytes per character of a
        text past ASCII while it walks it (38 MB for a 5 MB code, more than the graph
        of the code itself), so a whole large file at once set the parse's peak memory.
        Each window runs on by the longest word, and keeps the matches that start in it:
        the same matches as one walk over the whole text."""
        find, size = self._automaton.find_matches_as_indexes, len(lowered)
        if size <= WINDOW:
            return find(_plain(lowered), overlapping=True)
        # Each window made plain by itself: a large file's whole text is not copied again.
        return [
            (index, first + start, first + end)
            for first in range(0, size, WINDOW)
            for index, start, end in find(
                _plain(lowered[first : first + WINDOW + self._longest]), overlapping=True
            )
            if start < WINDOW
        ]

    def _quoted(self, text: str) -> list[tuple[int, int, Law, str]]:
        """Names whose words after the head word are quoted: 'de wet “dualisering
        gemeentebestuur”' is the Wet dualisering gemeentebestuur; the quotes say it is a
        name, so it may be written in lowercase."""
        found = []
        for match in near(_QUOTED, text, _QUOTES):
            head = _QUOTED_HEAD.search(text, max(0, match.start() - 12), match.start())
            if head is None:
                continue
            law = self._names.get(f"{head.group('head')} {match.group('rest')}".lower().strip())
            if law is not None:
                found.append((head.start(), match.end(), law, "name"))
        return found

    def match_prefix(self, text: str, position: int) -> Mention | None:
        """A law whose title the BWB list cut short, named in full at `position`:
        the name runs to the end of the clause."""
        window = text[position : position + 40]
        # Asked after every chain of articles: the first word alone rules out nearly all
        # (lowercasing makes and takes no blank, so the words are the same either way).
        first = window.split(maxsplit=1)
        if (first[0].lower() if first else "") not in self._prefix_first_words:
            return None
        head = " ".join(window.lower().split()[:2])
        for prefix, law in self._prefixes.get(head, ()):
            window = " ".join(text[position : position + len(prefix) + 20].lower().split())
            if window.startswith(prefix) and len(prefix.split()) >= 4:
                end = position + len(prefix)
                while end < len(text) and text[end] not in ",.;:()\n":
                    end += 1
                # "... gewezen zelfstandige (Ioaz)" (xb05): the law's own abbreviation in
                # brackets glosses the name, as after a full one; it does not name the law again.
                gloss = _OWN_GLOSS.match(text, end)
                if gloss and gloss.group("abbreviation") in law.abbreviations:
                    end = gloss.end()
                return Mention(position, end, law, "name")
        return None

    def match_broken(self, text: str, position: int) -> Mention | None:
        """A law name at `position` with a word broken at a line end of the PDF it was
        copied from, the line break lost: "Drank- en Hore- cawet" (y09), "Wet inkomens-
        voorziening" with the hyphen kept (zz06); or a compound's dash set apart by blanks,
        "Drank – en Horecawet" (zz07). Only where the joined pieces are a name the
        registry knows; "Drank- en" is no break, since "en" is a word of its own."""
        window = text[position : position + 120]
        unbroken = join_broken(window)
        if unbroken is None:
            return None
        joined, kept = unbroken
        found = self.match_at(joined, 0)
        # the name must run past a join: otherwise the text wrote it whole
        if found is None or kept[found.end - 1] - (found.end - 1) == 0:
            return None
        return Mention(position, position + kept[found.end - 1] + 1, found.law, found.via)

    def match_at(self, text: str, position: int) -> Mention | None:
        """The longest law name that starts exactly at `position`."""
        first = text[position : position + 80].split(maxsplit=1)
        word = first[0].lower() if first else ""
        if word not in self._first_words and word.rstrip(",.:;") not in self._first_words:
            return None
        window = text[position : position + 200]
        found = self.find_all(window)
        if found and found[0].start == 0:
            first = found[0]
            return Mention(position, position + first.end, first.law, first.via)
        return None


def _split(value: str) -> tuple[str, ...]:
    return tuple(v for v in value.split("|") if v)


@cache
def registry() -> LawRegistry:
    with OVERLAY.open("rb") as handle:
        overlay = {entry["name"]: entry for entry in tomllib.load(handle)["law"]}
    curated: set[str] = set()
    for entry in overlay.values():
        for spelling in (entry["name"], *entry.get("former_names", ()), *entry.get("aliases", ())):
            curated.add(spelling.lower())
    laws = []
    prefixes = []
    with REGISTRY.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            extra = overlay.get(row["name"], {})
            laws.append(
                Law(
                    name=row["name"],
                    bwb=row["bwb"] or None,
                    kind=row["kind"],
                    scope=row["scope"] or "national",
                    names=_split(row["names"]),
                    abbreviations=_split(row["abbreviations"]),
                    repealed_on=row["repealed_on"] or None,
                    successor=row["successor"] or None,
                    in_force_from=row["in_force_from"] or None,
                    article_map=dict(extra.get("article_map", {})),
                    note=extra.get("note"),
                    book_title=extra.get("book_title"),
                    celex=extra.get("celex"),
                    parallel=extra.get("parallel"),
                )
            )
            if row["prefix"]:
                prefixes.append((laws[-1], row["prefix"]))
    return LawRegistry(laws, curated, prefixes)
