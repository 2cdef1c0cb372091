"""The register of Dutch public bodies, and which of them a text is from.

`data/organisations_register.toml` lists every gemeente (current, and those merged
away since 2000), the 12 provincies and the waterschappen, with CBS or official
codes and the sources they were checked against. A text names its organisation
in a preamble ("De raad van de gemeente Alphen aan den Rijn;"), a publication
header ("Gemeenteblad van Echt-Susteren") or a title; the organisation is the
longest register name that stands in such a place, never a word cut from it.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .many_words import every_place, literal_trie, trie_pattern, trie_words

DATA = Path(__file__).parent / "data" / "organisations_register.toml"


@dataclass(frozen=True, slots=True)
class Organisation:
    name: str
    type: str  # gemeente | provincie | waterschap
    code: str
    current: bool


@dataclass(frozen=True, slots=True)
class Found:
    organisation: Organisation
    start: int
    end: int
    strength: int  # 3 preamble or label, 2 after its kind's word, 1 named bare


# The words before a name that say which kind of body it is, strongest first.
_CONTEXT = [
    (
        3,
        re.compile(
            r"(?:raad van de gemeente|gemeenteraad van|college van burgemeester en wethouders van"
            r"(?: de gemeente)?|[Bb]urgemeester en wethouders van(?: de gemeente)?|"
            r"Provinciale Staten van|Gedeputeerde Staten van|[Aa]lgemeen bestuur van(?: het)?(?: waterschap)?|"
            r"[Dd]agelijks bestuur van(?: het)?(?: waterschap)?|[Dd]ijkgraaf en hoogheemraden van|"
            r"Gemeenteblad van|Provinciaal blad van|Waterschapsblad van|Organisatie\s*)\s*$",
            re.I,
        ),
    ),
    (2, re.compile(r"(?:gemeente|provincie|waterschap)\s+$", re.I)),
]
_KIND_WORDS = (
    (
        "waterschap",
        re.compile(r"waterschap|hoogheemraad|dijkgraaf|algemeen bestuur|dagelijks bestuur", re.I),
    ),
    ("provincie", re.compile(r"provinci|staten", re.I)),
    ("gemeente", re.compile(r"gemeente|raad|burgemeester", re.I)),
)
_STRONGEST = 3  # `Found.strength` of a preamble or a label
_HEAD = 2000  # the characters `Register.find` reads before the rest
# A bare name after "<Name> voor" belongs to a longer proper name: "GGD Hart voor Brabant"
# is a joint body of gemeenten, not the provincie Noord-Brabant.
_INSIDE_NAME = re.compile(r"[A-Z][\w-]*\s+voor\s+$")
# So does a bare name after the kind of a joint body of gemeenten (or of a provincie and its
# gemeenten): "Omgevingsdienst Regio Arnhem" is no gemeente Arnhem (zj02), nor "Omgevingsdienst
# Utrecht", "GGD Drenthe", "Veiligheidsregio Zeeland", "Regio Twente" a provincie or gemeente
# (zb04, zb15, za08, zi14). The kind's word is a proper name's first word, so capitalised.
JOINT_KINDS = (
    "Omgevingsdienst",
    "Veiligheidsregio",
    "GGD",
    "Regio",
    "Belastingsamenwerking",
    "Recreatieschap",
    "Milieudienst",
    "Afvalschap",
)
_JOINT_BEFORE = re.compile(rf"(?<![\w-])(?:{'|'.join(JOINT_KINDS)})(?:[ \t]+Regio)?[ \t]+$")
# The Wgr's kinds of joint body as a title opens with them, the name after: "Openbaar lichaam
# PlusTeam. Reglement van Orde ..." (vd02), read for the title and for the organisation.
JOINT_TITLE_KIND = r"(?:Openbaar lichaam|Gemeenschappelijk orgaan)"
# A provincie's name with a quarter of the compass after it names a region of the provincie,
# the area of a joint body, not the provincie: "Brabant Midden-West-Noord" (zl12's ambulance
# service), "Brabant Zuidoost", "Gelderland Midden", "Noord-Holland Noord" (hyphenated, as
# "Gelderland-Zuid", the name is no whole word already: `whole_words`); so with the quarter
# before it where the copy lost the hyphen: "Midden- en West Brabant" (zl12). "Noord Brabant"
# is the provincie's own alias, a longer place than its "Brabant".
_QUARTER = r"(?:Noord|Zuid|Oost|West|Midden)(?:oost|west)?"
_REGION_AFTER = re.compile(rf"[ \t]+{_QUARTER}(?:-{_QUARTER})*(?![\w-])")
_REGION_BEFORE = re.compile(rf"(?<![\w-]){_QUARTER}[ \t]+$")
# A name in a list after the plural of its kind is one of several bodies, none the text's own:
# "gevormd door de gemeenten Aalburg, Alphen-Chaam, Baarle-Nassau, ..." (zl12, the area of a
# joint body). The list runs to the clause's end, past the window `before` reads.
_PLURAL_KIND = re.compile(r"(?<![\w-])(?:gemeenten|provincies|waterschappen)[ \t]")
# A bare name right after a person's initials is a surname, not a body: minutes and lists of
# members name people as "P.M.M. Roosendaal", "J. van Zwolle", "C.W.M. van der Weegen" (xo01, a
# raad's minutes whose members include a Roosendaal). Initials are capitals each with its dot,
# with the tussenvoegsels of Dutch surnames between them and the name.
_INITIALS = re.compile(
    r"(?<![\w.])(?:[A-Z]\.[ \t]?){1,5}(?:(?:van|de|der|den|ter|ten|te)[ \t]+){0,2}$"
)
# A bare name right after a postcode is the town of a postal address, not a body: a page
# tells where to send a form, "Gemeente Westland / Postbus 150 / 2670 AD Naaldwijk" (uv01,
# gemeentewestland.nl), and Naaldwijk, a gemeente until 2004, is only the post office's town.
_POSTCODE_BEFORE = re.compile(r"(?<!\d)\d{4}[ \t]?[A-Z]{2}[ \t]+$")
# A definition names a body the regulation speaks of, not the body that adopts it: "d.
# gedeputeerde staten: gedeputeerde staten van de provincie Overijssel" in the regulation of
# a joint body of waterschappen, which that provincie supervises. A lower-case term, its
# colon, and the name in the same clause; or a term with its capital that the value repeats,
# the body it defines: "e. Gedeputeerde Staten: Gedeputeerde Staten van Zuid-Holland;" in a
# gemeenschappelijke regeling that province supervises (xr10), also after the collegial word
# ("c. Gedeputeerde Staten: het college van Gedeputeerde Staten van Gelderland;", zi13). Not a
# label ("Organisatie: Gemeente X"), whose value does not repeat it.
_DEFINED = re.compile(
    r"(?<![\w-])(?:[a-z][\w -]{1,40}:\s[^:;]*"
    r"|(?i:(?P<term>[a-z][\w -]{1,40}):[ \t]+(?:[^:;\n]*?[ \t])?(?P=term)\b[^:;\n]*))$"
)
# "Utrecht (Utr)", "Hengelo (O)": a name and the abbreviation of its provincie.
_PLACE_SUFFIX = re.compile(r"(.+?)\s*\([A-Za-z.]{1,5}\)")
# The register's older layout writes "Gemeente Roosendaal" where the newer has "Roosendaal";
# a PDF or docplayer transcript of it may lowercase the type ("Overheidsorganisatie gemeente
# Lelystad", xd12; "Overheidsorganisatie gemeente Mook en Middelaar", xc05).
_KIND_PREFIX = re.compile(r"([Gg]emeente|[Pp]rovincie)\s+(.+)")
# "Neder-Betuwe" is also written "Neder Betuwe" (xu01), as "Súdwest-Fryslân" "Súdwest Fryslân":
# a hyphen between two parts of a name that each open with a capital may be a blank.
_HYPHEN_IN_NAME = re.compile(r"(?<=\w)-(?=[A-ZÀ-Ý])")
_WATERSCHAP_PREFIX = re.compile(r"^(?:Waterschap|Hoogheemraadschap(?: van)?|Wetterskip)\s+")


class Register:
    def __init__(self, entries: list[dict]):
        self.by_spelling: dict[str, list[Organisation]] = {}
        self.by_name: dict[str, list[Organisation]] = {}  # name, alias, abbreviation: no bare name
        self._bare: set[str] = set()
        for entry in entries:
            organisation = Organisation(
                entry["name"],
                entry["type"],
                entry.get("code", ""),
                entry.get("status") == "current",
            )
            names = [entry["name"], *entry.get("aliases", ())]
            spaced = [_HYPHEN_IN_NAME.sub(" ", name) for name in names]
            spellings = [*names, *spaced, *entry.get("abbreviations", ())]
            for spelling in dict.fromkeys(spellings):
                self.by_name.setdefault(spelling, []).append(organisation)
            if organisation.type == "waterschap":
                # "het waterschap Aa en Maas": the name without its kind, only after the kind's word;
                # an alias's too: "het waterschap Friesland" (xl10) is Wetterskip Fryslân, whose
                # alias "Waterschap Friesland" bares the provincie's alias "Friesland".
                for named in (entry["name"], *entry.get("aliases", ())):
                    bare = _WATERSCHAP_PREFIX.sub("", named)
                    if bare != named:
                        spellings.append(bare)
                        self._bare.add(bare)
            for spelling in dict.fromkeys(spellings):
                self.by_spelling.setdefault(spelling, []).append(organisation)
        # "DE RAAD VAN DE GEMEENTE BEEK", "GEMEENTE REIMERSWAAL": a heading in capitals.
        self._by_casefold: dict[str, str] = {}
        for spelling in self.by_name:
            self._by_casefold.setdefault(spelling.casefold(), spelling)
        # Every place of a spelling is found by one DFA walk (`many_words.every_place`); where
        # the automaton cannot read a text, where a spelling starts is found by one pattern and
        # the spellings that start there by their trie.
        self._spellings = tuple(self.by_spelling)
        self._trie = literal_trie(self.by_spelling)
        self._starts = re.compile(trie_pattern(self._trie))
        self._longest = max(map(len, self.by_spelling), default=0)

    def lookup(self, spelling: str, kind: str | None = None) -> Organisation | None:
        spelling = " ".join(spelling.split())
        candidates = self.by_spelling.get(spelling, [])
        suffix = _PLACE_SUFFIX.fullmatch(spelling)
        if not candidates and suffix:
            # The register page's "Utrecht (Utr)": the bare name, where only one body of
            # the kind bears it.
            same = [o for o in self.by_name.get(suffix.group(1), ()) if o.type == kind]
            candidates = same if len(same) == 1 else []
        prefixed = _KIND_PREFIX.fullmatch(spelling)
        if not candidates and prefixed:
            # The older layout may carry both: "Gemeente Utrecht (Utr)" is "Utrecht (Utr)",
            # a gemeente, so the rest is looked up again with the prefix's kind.
            found = self.lookup(prefixed.group(2), kind or prefixed.group(1).lower())
            return found if found and found.type == (kind or prefixed.group(1).lower()) else None
        if kind:
            candidates = [c for c in candidates if c.type == kind] or candidates
        candidates = sorted(candidates, key=lambda c: not c.current)
        return candidates[0] if candidates else None

    def lookup_any_case(self, spelling: str, kind: str | None = None) -> Organisation | None:
        """`lookup` of a name in any case, as a heading in capitals writes it ("BEEK",
        "PEEL EN MAAS"), with or without its kind before it ("GEMEENTE REIMERSWAAL")."""
        words = " ".join(spelling.split()).casefold()
        prefixed = _KIND_PREFIX.fullmatch(spelling.strip().capitalize())
        if prefixed and words not in self._by_casefold:
            kind = kind or prefixed.group(1).lower()
            words = " ".join(prefixed.group(2).split()).casefold()
        found = self._by_casefold.get(words)
        return self.lookup(found, kind) if found is not None else None

    def named_in(self, text: str) -> bool:
        """Whether a body's full name stands in `text` as whole words ("Regeling
        ambtelijke organisatie Noord-Brabant 2018"); a waterschap's bare name does not count."""
        return any(spelling in self.by_name for _, _, spelling in self._whole_words(text))

    def _whole_words(
        self, text: str, begin: int = 0, stop: int | None = None
    ) -> Iterator[tuple[int, int, str]]:
        """(start, end, spelling) of every spelling of the register in `text[begin:stop]`
        that stands as whole words: not inside a word, a hyphenated name or
        "'s-Hertogenbosch"."""
        stop = len(text) if stop is None else stop
        places = every_place(self._spellings, text[begin:stop])
        if places is None:
            places = self._places(text, begin, stop)
        else:
            places = [(begin + start, begin + end) for start, end in places]
        for start, end in places:
            if whole_words(text, start, end):
                yield start, end, text[start:end]

    def named_counts(self, text: str) -> dict[Organisation, int]:
        """How often `text` names each body: its longest register places as whole words, one
        body per place (a place inside a longer one is no place of its own, as in `find`)."""
        counts: dict[Organisation, int] = {}
        for start, _, spelling in _outermost(self._whole_words(text)):
            if _POSTCODE_BEFORE.search(text, max(0, start - 12), start):
                continue  # the town of an address
            if (organisation := self.lookup(spelling)) is not None:
                counts[organisation] = counts.get(organisation, 0) + 1
        return counts

    def _places(self, text: str, begin: int, stop: int) -> Iterator[tuple[int, int]]:
        """`many_words.every_place` in `text[begin:stop]`, where the automaton cannot read it."""
        stop = min(stop, len(text))  # a stop past the end of a short text is its end
        found = self._starts.search(text, begin, stop)
        while found is not None:
            start = found.start()
            for end in trie_words(self._trie, text, start, stop):
                yield start, end
            found = self._starts.search(text, start + 1, stop)

    def find(self, text: str) -> Found | None:
        """The organisation a text is from: the strongest, then first, named place."""
        # The head first: a preamble names its body near the top, and once a place of the
        # strongest kind is found no later one wins.
        best, reached = self._find_in(text, 0, _HEAD, None, 0)
        if len(text) > _HEAD and (best is None or best.strength < _STRONGEST):
            best, reached = self._find_in(text, _HEAD, len(text), best, reached)
        return best

    def read_place(self, text: str, start: int, end: int, spelling: str) -> Found | None:
        """The body a place of the register in `text` names, with the strength of its context
        (a preamble's or a label's words before it), or None where it names none there."""
        line_start = text.rfind("\n", 0, start) + 1
        before = text[max(line_start, start - 70) : start]
        strength = next((s for s, pattern in _CONTEXT if pattern.search(before)), 1)
        if strength > 1 and _DEFINED.search(before):
            strength = 1
        if strength == 1 and (
            _INSIDE_NAME.search(before)
            or _JOINT_BEFORE.search(before)
            or _INITIALS.search(before)
            or _POSTCODE_BEFORE.search(before)
            or _listed_after_plural(text, line_start, start)
        ):
            return None
        kind = next((k for k, pattern in _KIND_WORDS if pattern.search(before[-40:])), None)
        if spelling in self._bare and kind != "waterschap":
            # "Fryslân", "Limburg": a provincie's name, a waterschap's only after its kind
            kind = next((o.type for o in self.by_name.get(spelling, ())), None)
            if kind is None:
                return None
        organisation = self.lookup(spelling, kind)
        if organisation is None:
            return None
        if organisation.type == "provincie" and (
            _REGION_AFTER.match(text, end) or _REGION_BEFORE.search(before)
        ):
            return None
        return Found(organisation, start, end, strength)

    def _find_in(
        self, text: str, part: int, part_end: int, best: Found | None, reached: int
    ) -> tuple[Found | None, int]:
        """`find`'s reading of the places that start in `text[part:part_end]`, after the
        best place and the end of the last one read before them."""
        scan_end = min(len(text), part_end + self._longest)  # the places that start in the part
        places = (place for place in self._whole_words(text, part, scan_end) if place[0] < part_end)
        for start, end, spelling in _outermost(places, reached):
            reached = end
            found = self.read_place(text, start, end, spelling)
            if found is not None and (best is None or found.strength > best.strength):
                best = found
        return best, reached


def _listed_after_plural(text: str, line_start: int, start: int) -> bool:
    """Whether the name at `start` stands in a list after "de gemeenten" (`_PLURAL_KIND`) in
    its clause: from the last full stop, semicolon, colon or bracket on its line."""
    clause = max(line_start, *(text.rfind(mark, line_start, start) + 1 for mark in ".;:()"))
    return _PLURAL_KIND.search(text, clause, start) is not None


def whole_words(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` stands as whole words: not inside a word, a hyphenated name or
    "'s-Hertogenbosch". A copy that joined lines glues the next line's capital on: "Gemeente
    WaalreBijgewerkt tot en met 31 januari 2009" (t14, an intitulé of three lines run into one)."""
    if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-'"):
        return False
    return not (end < len(text) and (text[end].isalnum() or text[end] == "-")) or (
        text[end].isupper() and text[end - 1].islower()
    )


def _outermost(
    places: Iterable[tuple[int, int, str]], reached: int = 0
) -> Iterator[tuple[int, int, str]]:
    """The places (start, end, spelling) in the order of the text that start at or after
    `reached` and inside no place before them; of places that start together, the longest.
    `Register.find` and `named_counts` read a text's places so."""
    for start, negative_end, spelling in sorted((s, -e, spelling) for s, e, spelling in places):
        if start >= reached:
            reached = -negative_end
            yield start, reached, spelling


@cache
def register() -> Register:
    with DATA.open("rb") as handle:
        return Register(tomllib.load(handle)["organisation"])
