"""A new model gedragscode, assembled from the clause library with the user's choices.

The clauses in `templates/clauses/` are filtered by `voor` (raad, college or
alle), filled in with the options (gift threshold, cooling-off period, who keeps
the registers, deadlines), numbered per hoofdstuk, and written as Word (real
heading styles, numbered leden, the legal basis of each article) or Markdown.
Annexes: the toelichting per article, the protocol (when chosen), and for each
article the gemeenten of the corpus that have an equivalent provision.
The result parses back with our own parser into the structure it was built from.
"""

from __future__ import annotations

import re
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import date

import yaml

from codes.errors import InputError
from codes.resources import template_path

from .text import plain_text

VOOR = ("raad", "college", "alle")
DEFAULTS = {
    "giftdrempel": 50,
    "afkoelperiode": 1,
    "meldtermijn_nevenfuncties": "binnen één maand na aanvaarding",
    "registerhouder_raad": "de griffier",
    "registerhouder_college": "de gemeentesecretaris",
    "reactietermijn": 5,
    "meldpunt": "de burgemeester",
    "protocol": True,
    "vastgesteld_op": None,  # the date of the raadsvergadering; left as dots for the griffier when unknown
}
_ARTICLE_WORD = re.compile(r"^(?:Artikel|ARTIKEL)\s+")
_NUMBER_WORDS = {1: "een jaar", 2: "twee jaar", 3: "drie jaar"}


@dataclass
class Article:
    number: str
    title: str
    leden: list[str]  # a lid with onderdelen holds them as indented lines after its own
    basis: list[str]
    toelichting: str
    topic: str
    equivalents: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(self.leden)


@dataclass
class Chapter:
    number: str
    title: str
    articles: list[Article]


@dataclass
class ModelCode:
    gemeente: str
    voor: str
    title: str
    citeertitel: str
    chapters: list[Chapter]
    protocol: list[Article]
    options: dict[str, object]


def _clauses() -> list[tuple[dict, str]]:
    found = []
    for path in sorted(template_path("clauses").glob("*.md")):
        if path.name == "README.md":
            continue
        text = path.read_text(encoding="utf-8")
        match = re.match(r"^---\n(.*?)\n---\n(.*)$", text, re.S)
        if not match:
            raise InputError(f"{path}: a clause starts with front matter between '---' lines")
        found.append((yaml.safe_load(match.group(1)), match.group(2)))
    return found


def _variables(gemeente: str, voor: str, options: dict[str, object]) -> dict[str, object]:
    raad, college = options["registerhouder_raad"], options["registerhouder_college"]
    if voor == "raad":
        people = (
            "het raadslid",
            "raadsleden",
            raad,
            "de raad",
            "de leden van de raad en de burgerleden",
        )
    elif voor == "college":
        people = (
            "de bestuurder",
            "bestuurders",
            college,
            "het college",
            "de burgemeester en de wethouders",
        )
    else:
        people = (
            "de politieke ambtsdrager",
            "politieke ambtsdragers",
            f"{raad} (voor raadsleden) respectievelijk {college} (voor de burgemeester en de wethouders)",
            "het bestuursorgaan waarvan hij deel uitmaakt",
            "de raadsleden, de burgemeester en de wethouders",
        )
    years = int(options["afkoelperiode"])
    return {
        **options,
        "gemeente": gemeente,
        "ambtsdrager": people[0],
        "Ambtsdrager": _capital(people[0]),
        "ambtsdragers": people[1],
        "Ambtsdragers": _capital(people[1]),
        "registerhouder": people[2],
        "Registerhouder": _capital(people[2]),
        "bestuursorgaan": people[3],
        "doelgroep": people[4],
        "afkoelperiode_tekst": _NUMBER_WORDS.get(years, f"{years} jaar"),
        "citeertitel": _citeertitel(gemeente, voor, options.get("vastgesteld_op")),
    }


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _citeertitel(gemeente: str, voor: str, adopted: date | None) -> str:
    who = {
        "raad": "raadsleden",
        "college": "burgemeester en wethouders",
        "alle": "politieke ambtsdragers",
    }[voor]
    return f"Gedragscode integriteit {who} {gemeente} {(adopted or date.today()).year}"


def build(gemeente: str, voor: str, options: dict[str, object] | None = None) -> ModelCode:
    if voor not in VOOR:
        raise InputError(f"--voor {voor}: choose raad, college or alle")
    if not gemeente.strip():
        raise InputError("--gemeente is empty; give the name of the gemeente")
    chosen = {**DEFAULTS, **{k: v for k, v in (options or {}).items() if v is not None}}
    unknown = set(chosen) - set(DEFAULTS)
    if unknown:
        raise InputError(
            f"unknown option '{sorted(unknown)[0]}'; options are {', '.join(DEFAULTS)}"
        )
    chosen = {name: _checked(name, value) for name, value in chosen.items()}
    from jinja2 import StrictUndefined
    from jinja2.sandbox import SandboxedEnvironment

    environment = SandboxedEnvironment(undefined=StrictUndefined)
    variables = _variables(gemeente, voor, chosen)
    groups = {"raad": {"raad"}, "college": {"college"}, "alle": {"raad", "college"}}[voor]
    chapters: dict[int, Chapter] = {}
    protocol: list[Article] = []
    for meta, body in _clauses():
        if not groups & set(meta["voor"]):
            continue
        if meta.get("protocol") and not chosen["protocol"]:
            continue
        rendered = environment.from_string(body).render(**variables)
        rule, _, toelichting = rendered.partition("## Toelichting")
        leden = _leden(rule)
        article = Article(
            "",
            meta["title"],
            leden,
            list(meta.get("basis", [])),
            " ".join(toelichting.split()),
            meta["topic"],
        )
        if meta.get("protocol"):
            protocol.append(article)
        else:
            chapter = chapters.setdefault(
                meta["chapter"], Chapter(str(meta["chapter"]), meta["chapter_title"], [])
            )
            chapter.articles.append(article)
    ordered = [chapters[k] for k in sorted(chapters)]
    for chapter in ordered:
        for index, article in enumerate(chapter.articles, start=1):
            article.number = f"{chapter.number}.{index}"
    for index, article in enumerate(protocol, start=1):
        article.number = str(index)
    title = f"Gedragscode integriteit {gemeente}"
    return ModelCode(gemeente, voor, title, variables["citeertitel"], ordered, protocol, chosen)


def _checked(name: str, value: object) -> object:
    """An option of the type its default has; an options file can hold any TOML value."""
    default = DEFAULTS[name]
    if isinstance(default, bool):  # before int: True is an int to Python, not to a user
        if not isinstance(value, bool):
            raise InputError(f"option '{name}' must be true or false, not {value!r}")
        return value
    if isinstance(default, int):
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise InputError(f"option '{name}' must be a whole number, not {value!r}")
        return value
    if isinstance(default, str):
        # Words put into the sentences of the clauses: one line, no control characters.
        text = " ".join(plain_text(value).split()) if isinstance(value, str) else ""
        if not text:
            raise InputError(f"option '{name}' must be text (in quotes), not {value!r}")
        return text
    if value is None or isinstance(value, date):  # vastgesteld_op
        return value
    if isinstance(value, str):
        with suppress(ValueError):
            return date.fromisoformat(value.strip())
    raise InputError(f"option '{name}' must be a date as YYYY-MM-DD, not {value!r}")


def _leden(text: str) -> list[str]:
    """Lid lines with their indented onderdelen attached ("1. aanhef:\\n   a. ...")."""
    leden: list[str] = []
    for line in text.strip().splitlines():
        if not line.strip():
            continue
        if line.startswith(" ") and leden:
            leden[-1] += "\n" + line.rstrip()
        else:
            leden.append(line.strip())
    return leden


def add_equivalents(model: ModelCode) -> None:
    """For each article, the gemeenten of the corpus with an equivalent provision (by alignment)."""
    from codes import parse_file
    from codes.corpus import catalog
    from codes.model import Span
    from compare.align import THRESHOLD
    from compare.provisions import Provision, provisions
    from compare.similarity import SimilarityIndex

    corpus = [(entry.organisation, parse_file(entry.path)) for entry in catalog()]
    items: list[Provision] = []
    owners: list[str] = []
    for organisation, code in corpus:
        for item in provisions(code):
            items.append(item)
            owners.append(organisation)
    articles = [a for chapter in model.chapters for a in chapter.articles] + model.protocol
    start = len(items)
    for article in articles:
        items.append(
            Provision(
                "model",
                article.number,
                f"Artikel {article.number} {article.title}",
                article.text,
                Span(0, 0),
                "body",
            )
        )
    index = SimilarityIndex(items)
    text, topic = index.block(slice(start, len(items)), slice(0, start))
    combined = SimilarityIndex.combine(text, topic)
    for row, article in enumerate(articles):
        best: dict[str, tuple[float, str]] = {}
        for column, owner in enumerate(owners):
            score = float(combined[row, column])
            if score >= THRESHOLD and score > best.get(owner, (0.0, ""))[0]:
                best[owner] = (score, items[column].label)
        # "Rheden: 4 Omgang met geschenken", without the word "artikel": these are the other codes'
        # articles, and the parser must not read them as references to this code's own.
        article.equivalents = [
            f"{owner}: {_ARTICLE_WORD.sub('', label)}" for owner, (_, label) in sorted(best.items())
        ]
