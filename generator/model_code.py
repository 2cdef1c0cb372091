"""A new model gedragscode, assembled from the clause library with the user's choices.

The raad adopts two codes (Gemeentewet art. 15, third lid; 41c, second lid, and 69,
second lid): one for its own members and one for the burgemeester and the wethouders.
`build` makes one of them: the clauses in `templates/clauses/` for `voor` (raad or
college), filled in with the options (gift threshold, cooling-off period, who keeps
the registers, deadlines), numbered per hoofdstuk, each with its own legal basis, and
the raadsbesluit that adopts it (`besluit.py`). `build_all` gives both for "alle".
Provincies and waterschappen (`bestuur`) have the same two codes under their own law,
adopted by Provinciale Staten or the algemeen bestuur (`besturen.py`).
`model_writer.py` writes a code as Word or Markdown; it parses back with our own parser
into the structure it was built from.
"""

from __future__ import annotations

import re
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import date
from functools import cache

import yaml

from codes.errors import InputError
from codes.resources import template_path

from .besluit import Besluit, besluit
from .besturen import Bestuur, derive
from .besturen import bestuur as bestuur_of
from .text import plain_text

VOOR = ("raad", "college", "alle")
CODES = {"raad": ("raad",), "college": ("college",), "alle": ("raad", "college")}
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
    "voorstel_op": None,  # the date of the proposal the raad reads; dots when unknown
    "voorsteller_raad": "het presidium",  # who proposes the raad's own code
}  # a gemeente's; a provincie and a waterschap have their own for the words (besturen.toml)
_ARTICLE_WORD = re.compile(r"^(?:Artikel|ARTIKEL)\s+")
_NUMBER_WORDS = {1: "een jaar", 2: "twee jaar", 3: "drie jaar"}


@dataclass
class Article:
    number: str
    title: str
    leden: list[str]  # a lid with onderdelen holds them as indented lines after its own
    basis: list[str]  # the legal basis for this code's ambtsdragers (raad or college)
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
    gemeente: str  # the name of the organisation: a gemeente, provincie or waterschap
    voor: str  # raad or college (for a provincie: Provinciale / Gedeputeerde Staten, ...)
    title: str
    citeertitel: str
    chapters: list[Chapter]
    protocol: list[Article]
    options: dict[str, object]
    besluit: Besluit
    compared: list[str] = field(
        default_factory=list
    )  # "Best (2017)": codes searched for equivalents
    bestuur: str = "gemeente"  # gemeente, provincie or waterschap

    @property
    def articles(self) -> list[Article]:
        """The articles of the code and of its protocol, in document order."""
        return _all(self.chapters, self.protocol)


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


def _variables(
    gemeente: str, voor: str, options: dict[str, object], body: Bestuur
) -> dict[str, object]:
    """What the clauses' Jinja placeholders stand for: the body's words and the options."""
    orgaan = body.organen[voor]
    words = orgaan.words
    registerhouder = options["registerhouder_raad" if voor == "raad" else "registerhouder_college"]
    years = int(options["afkoelperiode"])
    sentences = {
        key: body.text(key, gemeente)
        for key in ("de_organisatie", "vaststeller", "voorzitter", "melding_voorzitter")
    }
    return {
        **options,
        "bestuur": body.kind,
        "gemeente": gemeente,
        "organisatie": body.organisatie(gemeente),  # "de provincie Utrecht"
        **sentences,
        **{_capital(k): _capital(v) for k, v in sentences.items()},
        "vaststeller_mv": bool(body.sentences["vaststeller_meervoud"]),
        "besluit_woord": body.sentences["besluit_woord"],
        "voorzieningen": body.sentences["voorzieningen"],
        "ontheffing": body.sentences["ontheffing"],
        "plicht": body.sentences["plicht"],
        "wet": body.law,
        "ambtsdrager": words["ambtsdrager"],
        "Ambtsdrager": _capital(str(words["ambtsdrager"])),
        "ambtsdragers": words["ambtsdragers"],
        "Ambtsdragers": _capital(str(words["ambtsdragers"])),
        "registerhouder": registerhouder,
        "Registerhouder": _capital(str(registerhouder)),
        "bestuursorgaan": words["bestuursorgaan"],
        "Bestuursorgaan": _capital(str(words["bestuursorgaan"])),
        "bestuursorgaan_mv": bool(words["bestuursorgaan_meervoud"]),
        "doelgroep": words["doelgroep"],
        "Doelgroep": _capital(str(words["doelgroep"])),
        "die": words["die"],  # het raadslid dat, de bestuurder die
        "verbodsbepaling": words["verbodsbepaling"],
        "afkoelperiode_tekst": _NUMBER_WORDS.get(years, f"{years} jaar"),
        "citeertitel": _citeertitel(body.title(voor, gemeente), options.get("vastgesteld_op")),
    }


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _citeertitel(title: str, adopted: date | None) -> str:
    return f"{title} {(adopted or date.today()).year}"


def build_all(
    gemeente: str,
    voor: str,
    options: dict[str, object] | None = None,
    bestuur: str | None = None,
) -> list[ModelCode]:
    """The codes `voor` asks for: one for raad or college, both (raad first) for alle."""
    if voor not in VOOR:
        raise InputError(f"--voor {voor}: choose raad, college or alle")
    return [build(gemeente, one, options, bestuur) for one in CODES[voor]]


def build(
    gemeente: str,
    voor: str,
    options: dict[str, object] | None = None,
    bestuur: str | None = None,
) -> ModelCode:
    """The code for one body: `voor` is raad or college (`build_all` also takes alle).

    `bestuur` is gemeente, provincie or waterschap; None: what the register of
    organisations knows `gemeente` (the name) as, else gemeente."""
    if voor == "alle":
        raise InputError("--voor alle gives two codes, one for the raad and one for the college")
    if voor not in CODES:
        raise InputError(f"--voor {voor}: choose raad, college or alle")
    if not gemeente.strip():
        raise InputError("--gemeente is empty; give the name of the gemeente")
    body = bestuur_of(bestuur or derive(gemeente))
    given = {k: v for k, v in (options or {}).items() if v is not None}
    unknown = set(given) - set(DEFAULTS)
    if unknown:
        raise InputError(
            f"unknown option '{sorted(unknown)[0]}'; options are {', '.join(DEFAULTS)}"
        )
    chosen = {**DEFAULTS, **body.defaults, **given}
    chosen = {name: _checked(name, value) for name, value in chosen.items()}
    from jinja2 import StrictUndefined
    from jinja2.sandbox import SandboxedEnvironment

    environment = SandboxedEnvironment(undefined=StrictUndefined)
    variables = _variables(gemeente, voor, chosen, body)
    chapters: dict[int, Chapter] = {}
    protocol: list[Article] = []
    for meta, text in _clauses():
        if voor not in meta["voor"]:
            continue
        if meta.get("protocol") and not chosen["protocol"]:
            continue
        rendered = environment.from_string(text).render(**variables)
        rule, _, toelichting = rendered.partition("## Toelichting")
        leden = _leden(rule)
        article = Article(
            "",
            environment.from_string(meta["title"]).render(**variables),
            leden,
            basis(meta, body.kind, voor),
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
    bases = [basis for article in _all(ordered, protocol) for basis in article.basis]
    orgaan = body.organen[voor]
    adoption = besluit(
        gemeente,
        body,
        voor,
        variables["citeertitel"],
        bases,
        orgaan.voorsteller or str(chosen["voorsteller_raad"]),
        chosen["voorstel_op"],
        chosen["vastgesteld_op"],
    )
    title = body.title(voor, gemeente)
    return ModelCode(
        gemeente,
        voor,
        title,
        variables["citeertitel"],
        ordered,
        protocol,
        chosen,
        adoption,
        bestuur=body.kind,
    )


def _all(chapters: list[Chapter], protocol: list[Article]) -> list[Article]:
    return [a for chapter in chapters for a in chapter.articles] + protocol


def basis(meta: dict, bestuur: str, voor: str) -> list[str]:
    """A clause's legal basis for `voor` of a `bestuur`: `basis` for a gemeente,
    `basis_provincie` or `basis_waterschap` for the others; each one list for both codes,
    or a list per code. A clause without its own list for a provincie or waterschap shares
    the gemeente's, which then must not cite the Gemeentewet."""
    key = "basis" if bestuur == "gemeente" else f"basis_{bestuur}"
    chosen = meta.get(key, meta.get("basis"))
    found = list((chosen.get(voor) or []) if isinstance(chosen, dict) else (chosen or []))
    if key not in meta and any("Gemeentewet" in citation for citation in found):
        raise InputError(
            f"clause '{meta['title']}' cites the Gemeentewet and has no {key}; "
            "add it to its front matter (templates/clauses/)"
        )
    return found


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
    from codes.model import Span
    from compare.align import THRESHOLD
    from compare.provisions import Provision
    from compare.similarity import SimilarityIndex

    compared, corpus_items, corpus_owners = _corpus_provisions()
    model.compared = list(compared)
    items, owners = list(corpus_items), list(corpus_owners)
    articles = model.articles
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


@cache
def _corpus_provisions() -> tuple[tuple[str, ...], tuple, tuple[str, ...]]:
    """The corpus codes ("Best (2017)"), their provisions and each one's gemeente: parsed once
    per process, so that --voor alle (two codes) and the web app do not parse them again."""
    from codes import parse_file
    from codes.corpus import catalog
    from compare.provisions import provisions

    entries = catalog()
    items, owners = [], []
    for entry in entries:
        for item in provisions(parse_file(entry.path)):
            items.append(item)
            owners.append(entry.organisation)
    compared = tuple(f"{entry.organisation} ({entry.year})" for entry in entries)
    return compared, tuple(items), tuple(owners)
