"""Which kind of body a model code is for: gemeente, provincie or waterschap.

Each has the same duty under its own law: the representative assembly (the raad,
Provinciale Staten, the algemeen bestuur) adopts a code for its own members and one for
the executive (Gemeentewet art. 15 lid 3, 41c lid 2, 69 lid 2; Provinciewet art. 15
lid 3, 40c lid 2, 68 lid 2; Waterschapswet art. 33 lid 3). What differs is the law, the
names of the bodies and office holders, and who co-signs: `data/besturen.toml` holds
those facts, each article with the place it was read. The letters read the same data: the
article a betrokkene's code rests on (`Bestuur.basis`, by function) and the refusal of a
letter about an ambtenaar (`refuse_ambtenaar`).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from codes.errors import InputError

DATA = Path(__file__).parent / "data" / "besturen.toml"
BESTUREN = ("gemeente", "provincie", "waterschap")
_WATERSCHAP_KIND = re.compile(r"^(waterschap|hoogheemraadschap|wetterskip)\s+", re.I)


@dataclass(frozen=True, slots=True)
class Orgaan:
    """The words and the law for one code: the raad's or the college's, of one kind of body."""

    competence: tuple[str, ...]  # the articles that oblige the assembly to adopt this code
    ambten: tuple[tuple[str, ...], ...]  # per competence article: the functions it is for
    title: str  # "Gedragscode integriteit statenleden {kort}": {kort} is "provincie Utrecht"
    file: str  # the body in the file name: raad, provinciale-staten, dagelijks-bestuur
    voorsteller: str | None  # who proposes it; None: the option voorsteller_raad
    words: dict[str, object]  # ambtsdrager, ambtsdragers, die, bestuursorgaan, ...


@dataclass(frozen=True, slots=True)
class Bestuur:
    kind: str  # gemeente, provincie, waterschap
    law: str
    facts: dict[str, dict]  # citation -> {"says": ..., "source": [...]}
    sentences: dict[str, object]  # aanhef, vergadering, ondertekening, plicht, ...
    defaults: dict[str, str]  # option defaults: registerhouders, meldpunt, voorsteller_raad
    organen: dict[str, Orgaan]  # raad, college

    def organisatie(self, naam: str) -> str:
        """'de gemeente Utrecht', 'de provincie Utrecht', 'het waterschap Aa en Maas'."""
        return _fill(str(self.sentences["organisatie"]), naam)

    def text(self, key: str, naam: str) -> str:
        return _fill(str(self.sentences[key]), naam)

    def title(self, voor: str, naam: str) -> str:
        """'Gedragscode integriteit statenleden provincie Utrecht'."""
        kort = re.sub(r"^(?:de|het)\s+", "", self.organisatie(naam))
        return self.organen[voor].title.format(naam=naam, kort=kort)

    def basis(self, functie: str | None) -> tuple[str, ...]:
        """The articles the code of a betrokkene with `functie` rests on: 'wethouder' ->
        ('artikel 41c, tweede lid, Gemeentewet',); a function none of the organs names, or
        none given: every article of both codes, raad's first."""
        every = [
            pair for o in self.organen.values() for pair in zip(o.competence, o.ambten, strict=True)
        ]
        found = [cite for cite, words in every if functie and named(functie, words)]
        return tuple(dict.fromkeys(found or [cite for cite, _ in every]))

    def author(self, naam: str) -> str:
        """'Gemeente Voorbeeldstad', 'Provincie Utrecht', 'Hoogheemraadschap van Rijnland'."""
        name = re.sub(r"^(?:de|het)\s+", "", self.organisatie(naam))
        return name[:1].upper() + name[1:]


def _fill(pattern: str, naam: str) -> str:
    return pattern.format(naam=naam, waterschap=_waterschap(naam))


def _waterschap(naam: str) -> str:
    """'het waterschap Aa en Maas' for 'Aa en Maas' or 'Waterschap Aa en Maas'; a name that
    already says what it is keeps its own word ('het hoogheemraadschap van Rijnland')."""
    match = _WATERSCHAP_KIND.match(naam)
    if match is None:
        return f"het waterschap {naam}"
    word = match.group(1)
    kind = word if word.lower() == "wetterskip" else word.lower()  # a Frisian name
    return f"het {kind} {naam[match.end() :]}"


@cache
def besturen() -> dict[str, Bestuur]:
    with DATA.open("rb") as handle:
        data = tomllib.load(handle)
    found = {}
    for kind in BESTUREN:
        entry = dict(data[kind])
        organen = {voor: _orgaan(entry.pop(voor)) for voor in ("raad", "college")}
        facts = {
            fact["cite"]: {"says": fact["says"], "source": list(fact["source"])}
            for fact in entry.pop("fact", [])
        }
        defaults = entry.pop("defaults")
        law = entry.pop("law")
        entry.pop("bwb")
        # The organisation phrase is itself a pattern; resolve it in the sentences using it.
        for key in ("aanhef", "vergadering"):
            entry[key] = entry[key].replace("{organisatie}", entry["organisatie"])
        found[kind] = Bestuur(kind, law, facts, entry, defaults, organen)
    return found


def _orgaan(entry: dict) -> Orgaan:
    words = dict(entry)
    competence = tuple(words.pop("competence"))
    ambten = tuple(tuple(functies) for functies in words.pop("ambten"))
    if len(ambten) != len(competence):
        raise ValueError(f"{DATA.name}: 'ambten' needs one list per article of {competence}")
    title, file = words.pop("title"), words.pop("file")
    return Orgaan(competence, ambten, title, file, words.pop("voorsteller", None), words)


def named(functie: str, words: tuple[str, ...] | list[str]) -> bool:
    """Whether `functie` as a case file gives it names one of `words`, each as a word or
    phrase of its own: 'wethouder financiën' names 'wethouder'; 'fractievoorzitter' and
    'loco-burgemeester' do not name 'voorzitter' or 'burgemeester'."""
    text = " ".join(functie.lower().split())
    return any(re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text) for word in words)


@cache
def _ambtenaar() -> dict:
    with DATA.open("rb") as handle:
        return tomllib.load(handle)["ambtenaar"]


def refuse_ambtenaar(functie: str | None, field: str = "betrokkene.functie") -> None:
    """An `InputError` when `functie` is that of an ambtenaar (and of no office holder of any
    body): the protocols and the codes of the three laws are for political office holders."""
    if not functie or not named(functie, _ambtenaar()["ambten"]):
        return
    if any(
        named(functie, w) for b in besturen().values() for o in b.organen.values() for w in o.ambten
    ):
        return  # "burgemeester, voorheen griffier": an office holder
    raise InputError(
        f"field '{field}': '{functie}' is an ambtenaar, not a political office holder; the "
        "protocol and the gedragscode for office holders do not apply: the code for ambtenaren "
        f"rests on {_ambtenaar()['basis']} and has its own procedure; no file was written"
    )


def bestuur(kind: str) -> Bestuur:
    if kind not in BESTUREN:
        raise InputError(f"--bestuur {kind}: choose {', '.join(BESTUREN)}")
    return besturen()[kind]


def derive(naam: str) -> str:
    """The kind of body a name is, where the register of organisations knows it as only one
    kind ('Aa en Maas': waterschap, 'Gelderland': provincie); otherwise gemeente, which is
    also what 'Utrecht' and 'Groningen' (gemeente and provincie) get without --bestuur."""
    from codes.organisations import register

    # By name, alias or abbreviation: "Fryslân" is the provincie, not (bare) Wetterskip Fryslân.
    kinds = {o.type for o in register().by_name.get(" ".join(naam.split()), [])}
    return kinds.pop() if len(kinds) == 1 and kinds <= set(BESTUREN) else "gemeente"
