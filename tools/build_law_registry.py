"""Build the law registry `codes/data/law_registry.tsv` from the BWB list and our overlay.

    python -m tools.build_law_registry [--bwb ../shared/data/bwb-2017.tsv] [--check]

Inputs:
- `bwb-2017.tsv` (see `shared/data/README.md`): every BWB id of 2015 with its kind
  and lowercased title words;
- `codes/data/laws.toml`: the curated overlay, what changed since 2015 and what
  the list lacks (current names of renamed laws, former names, abbreviations,
  laws of after 2015, EU law, repeal and successor), each entry with its source.

Output, one row per regulation, sorted by BWB id (overlay-only entries last):
`bwb  kind  scope  name  names  abbreviations  repealed_on  successor  in_force_from  prefix`
where `names` are the lowercased spellings matched case-insensitively and
`abbreviations` the spellings matched exactly, both `|`-separated. A name shared
by two ids of the list is ambiguous and is left out of `names` (unless the
overlay claims it); a title the list cut short ("... etc") is kept as `prefix`. `--check` exits 1 if the committed file is out of date.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import tomllib
from collections import Counter
from pathlib import Path

from codes.files import write_new

ROOT = Path(__file__).resolve().parent.parent
OVERLAY = ROOT / "codes" / "data" / "laws.toml"
OUTPUT = ROOT / "codes" / "data" / "law_registry.tsv"
DEFAULT_BWB = ROOT.parent / "shared" / "data" / "bwb-2017.tsv"
COLUMNS = (
    "bwb",
    "kind",
    "scope",
    "name",
    "names",
    "abbreviations",
    "repealed_on",
    "successor",
    "in_force_from",
    "prefix",
)

# Kinds whose titles are never cited by decentral regulations and are too generic to
# match safely ("beleidsregel informatieverstrekking" of a product board).
SKIPPED_KINDS = {"pbo", "zbo", "ministeriele-regeling-archiefselectielijst", "kind"}
# A title from the list is matched only if it says what kind of rule it is.
_RULE_WORD = re.compile(
    r"wet|wetboek|besluit|regeling|reglement|verordening|statuut|code\b|verdrag|beschikking|"
    r"aanwijzing|circulaire|regelen|instructie|richtlijn"
)
# Words that keep a capital or are acronyms when a lowercased title gets its display case.
_PROPER = {
    "nederland",
    "nederlandse",
    "nederlands",
    "nederlandsche",
    "koninkrijk",
    "staten-generaal",
    "europese",
    "europees",
    "aruba",
    "curaçao",
    "curacao",
    "bonaire",
    "sint",
    "eustatius",
    "saba",
    "maarten",
    "caribisch",
    "indonesië",
    "suriname",
    "antillen",
    "nederlandse-antillen",
    "rijn",
    "maas",
    "schelde",
    "noordzee",
    "waddenzee",
    "belgië",
    "duitsland",
    "rijks",
}
_ACRONYMS = {
    "bes",
    "eu",
    "eg",
    "eeg",
    "bsn",
    "wnt",
    "iow",
    "whw",
    "wvo",
    "wec",
    "woz",
    "bibob",
    "bopz",
    "big",
    "awbz",
    "wao",
    "wia",
    "ww",
    "avg",
    "wft",
    "fido",
    "bbz",
    "ioaw",
    "ioaz",
    "wsw",
    "wmo",
    "cbs",
    "knmi",
    "rdw",
    "uwv",
    "svb",
    "wlz",
    "brp",
    "gba",
    "bw",
}


def display_name(words: str) -> str:
    """Proper case for a lowercased title: 'wet schadeloosstelling leden tweede kamer'."""
    tokens = words.split(" ")
    out = []
    for i, token in enumerate(tokens):
        if token in _ACRONYMS:
            out.append(token.upper())
        elif token in _PROPER or (
            token == "kamer" and i > 0 and tokens[i - 1] in ("tweede", "eerste")
        ):
            out.append(token[:1].upper() + token[1:])
        elif token in ("tweede", "eerste") and i + 1 < len(tokens) and tokens[i + 1] == "kamer":
            out.append(token.capitalize())
        else:
            out.append(token)
    name = " ".join(out)
    return name[:1].upper() + name[1:]


def _matchable(kind: str, title: str) -> bool:
    if title.endswith(" etc") or title.endswith(" enz"):
        return False  # a cut title: its end is not known, so it cannot be matched
    words = title.split()
    if kind.startswith("verdrag") and len(words) < 3:
        return False  # "aanvullend protocol", "administrative arrangement"
    return bool(_RULE_WORD.search(title))


# The BWB list drops the commas of a title, and so of the islands every BES law names:
# the laws themselves, and the regulations citing them, write "Bonaire, Sint Eustatius en
# Saba" (see the WolBES entry of laws.toml for the published title).
_ISLANDS = "bonaire sint eustatius en saba"


def _spellings(title: str) -> list[str]:
    """A title of the BWB list and the spelling with the commas it lost."""
    if _ISLANDS not in title:
        return [title]
    return [title, title.replace(_ISLANDS, "bonaire, sint eustatius en saba")]


def build(bwb_path: Path, overlay_path: Path = OVERLAY) -> list[dict[str, str]]:
    with bwb_path.open(encoding="utf-8", newline="") as handle:
        listed = [row for row in csv.DictReader(handle, delimiter="\t")]
    with overlay_path.open("rb") as handle:
        overlay = tomllib.load(handle)["law"]

    title_count = Counter(row["title_words"].strip() for row in listed)
    rows: dict[str, dict[str, str]] = {}
    for row in listed:
        kind, title, bwb = row["kind"], row["title_words"].strip(), row["bwb"]
        if kind in SKIPPED_KINDS or not bwb:
            continue
        matchable = _matchable(kind, title) and title_count[title] == 1
        rows[bwb] = {
            "bwb": bwb,
            "kind": kind,
            "scope": "national",
            "name": display_name(title.removesuffix(" etc")),
            "names": _spellings(title) if matchable else [],
            "abbreviations": [],
            "repealed_on": "",
            "successor": "",
            "in_force_from": "",
            # A cut title ("wet inkomensvoorziening oudere ... werkloze etc") is matched
            # only as the start of a name that a citation grammar has already found.
            "prefix": title.removesuffix(" etc") if title.endswith(" etc") else "",
        }

    extra: list[dict[str, str]] = []
    claimed: dict[str, str] = {}
    for entry in overlay:
        bwb = entry.get("bwb") or ""
        spellings = [entry["name"], *entry.get("former_names", ()), *entry.get("aliases", ())]
        names = list(dict.fromkeys(s.lower() for s in spellings))
        target = rows.get(bwb) if bwb else None
        if target is None:
            target = {"bwb": bwb, "names": [], "abbreviations": [], "prefix": ""}
            extra.append(target)
            if bwb:
                rows[bwb] = target
        target.update(
            kind=entry.get("kind", target.get("kind", "wet")),
            scope=entry.get("scope", "national"),
            name=entry["name"],
            repealed_on=entry.get("repealed_on", ""),
            successor=entry.get("successor", ""),
            in_force_from=entry.get("in_force_from", ""),
        )
        target["names"] = list(dict.fromkeys([*names, *target["names"]]))
        target["abbreviations"] = list(
            dict.fromkeys([*target["abbreviations"], *entry.get("abbreviations", ())])
        )
        for name in names:
            claimed[name] = target["name"]
    # A name the overlay gives to one regulation is no longer a name of another.
    for row in rows.values():
        row["names"] = [n for n in row["names"] if claimed.get(n, row["name"]) == row["name"]]

    ordered = sorted((r for r in rows.values() if r["bwb"]), key=lambda r: r["bwb"])
    ordered += [r for r in extra if not r["bwb"]]
    return [
        {
            **row,
            "names": "|".join(row["names"]),
            "abbreviations": "|".join(row["abbreviations"]),
        }
        for row in ordered
    ]


def render(rows: list[dict[str, str]]) -> str:
    lines = ["\t".join(COLUMNS)]
    lines += ["\t".join(row[c] for c in COLUMNS) for row in rows]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bwb", type=Path, default=DEFAULT_BWB, help="the BWB list (TSV)")
    parser.add_argument("--check", action="store_true", help="only check the committed file")
    args = parser.parse_args(argv)
    if not args.bwb.is_file():
        print(f"error: {args.bwb} not found; pass --bwb PATH to bwb-2017.tsv", file=sys.stderr)
        return 1
    text = render(build(args.bwb))
    if args.check:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
        if current != text:
            print(
                f"{OUTPUT} is out of date: run python -m tools.build_law_registry", file=sys.stderr
            )
            return 1
        return 0
    write_new(OUTPUT, text, force=True)  # atomic: a failed run leaves the old registry
    print(f"wrote {OUTPUT.relative_to(ROOT)}: {len(text.splitlines()) - 1} regulations")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
