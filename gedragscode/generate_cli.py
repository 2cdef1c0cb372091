"""Commands over generator/: letters from case files, the model code, template checks."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from codes.errors import InputError

from .common import FORCE, progress, wrote

#: The letters and their titles (the full definitions are in generator/data/letters.toml).
LETTERS = {
    "kennisgeving": "Kennisgeving aan betrokkene",
    "onderzoeksopdracht": "Onderzoeksopdracht",
    "ontvangstbevestiging": "Ontvangstbevestiging van een melding",
    "uitnodiging": "Uitnodiging voor een gesprek",
    "geen_vervolg": "Bericht dat een melding geen vervolg krijgt",
}


@click.group()
def generate() -> None:
    """Generate a model code or a letter the protocol prescribes, as an editable Word file.

    Letters: kennisgeving, onderzoeksopdracht, ontvangstbevestiging, uitnodiging, geen_vervolg.
    Start from 'gedragscode generate KIND --example > case.toml'.
    """


def _letter_command(kind: str) -> click.Command:
    title = LETTERS[kind]

    @click.command(
        name=kind, help=f"{title}, from a case file (TOML, YAML or JSON) or a CSV batch."
    )
    @click.argument("case", required=False, type=click.Path(dir_okay=False))
    @click.option(
        "--example", is_flag=True, help="Print a complete example case file (TOML) and exit."
    )
    @click.option(
        "--gemeente",
        default=None,
        help="With --example: the gemeente whose protocol decides the fields.",
    )
    @click.option(
        "--batch",
        type=click.Path(dir_okay=False),
        default=None,
        help="CSV with one case per row (dotted column names); writes one letter per row into -o DIR.",
    )
    @click.option(
        "--format",
        "fmt",
        type=click.Choice(["docx", "markdown"]),
        default="docx",
        show_default=True,
    )
    @click.option("--pdf", is_flag=True, help="Also convert the Word file to PDF with LibreOffice.")
    @click.option(
        "--no-input", is_flag=True, help="Never ask for missing fields; fail instead (for scripts)."
    )
    @click.option(
        "-o",
        "--output",
        default=None,
        help="Output file (or directory with --batch); default under output/.",
    )
    @FORCE
    def command(case, example, gemeente, batch, fmt, pdf, no_input, output, force):
        if example:
            _print_example(kind, gemeente or "best")
            return
        if batch:
            _batch(kind, batch, fmt, output, force)
            return
        if not case:
            raise InputError(
                f"give a case file: gedragscode generate {kind} case.toml "
                f"(an example: gedragscode generate {kind} --example)"
            )
        _one(kind, case, fmt, pdf, no_input, output, force)

    return command


def _print_example(kind: str, gemeente: str) -> None:
    from generator.cases import example_toml
    from generator.requirements import optional_fields, requirements

    needs = requirements(kind, gemeente)
    text = example_toml([*needs.fields, *optional_fields(needs)])
    click.echo(text.replace('gemeente = "best"', f'gemeente = "{gemeente}"'), nl=False)


def _one(kind, case_path, fmt, pdf, no_input, output, force) -> None:
    from generator.cases import load_case
    from generator.letters import file_name, prepare_interactively

    case = load_case(case_path)
    ask = None if no_input or not sys.stdin.isatty() else _ask
    prepared = prepare_interactively(kind, case, ask)
    target = Path(output) if output else Path("output") / file_name(kind, case, _suffix(fmt))
    if pdf and target.suffix.lower() == ".pdf":
        target = target.with_suffix(_suffix(fmt))  # "--pdf -o brief.pdf": the Word file beside it
    _write(prepared, fmt, target, force, pdf)
    sources = ", ".join(f"{v['onderdeel']} [{v['bron']}]" for v in prepared.context["vereisten"])
    click.echo(f"contains: {sources}", err=True)


def _ask(name: str, description: str):
    """Ask in Dutch for a missing field until the answer is a value it can take."""
    from generator.cases import answer, question

    while True:
        typed = click.prompt(question(name), err=True)
        try:
            return answer(name, typed)
        except InputError as reason:
            click.echo(f"  {reason} Probeer het opnieuw.", err=True)


def _suffix(fmt: str) -> str:
    return ".docx" if fmt == "docx" else ".md"


def _write(prepared, fmt, target: Path, force: bool, pdf: bool) -> None:
    from codes.files import check_targets, write_new
    from generator.letters import render_docx, render_markdown, to_pdf

    if pdf and fmt != "docx":
        raise InputError("--pdf converts the Word file; use it with --format docx")
    pdf_path = target.with_suffix(".pdf")
    check_targets([target, pdf_path] if pdf else [target], force)  # both, before either is written
    payload = render_docx(prepared) if fmt == "docx" else render_markdown(prepared)
    write_new(target, payload, force=force, private=True)
    wrote(target)
    if pdf:
        try:
            converted = to_pdf(payload)
        except InputError as error:
            raise InputError(f"{error}; the Word file {target} was written") from None
        write_new(pdf_path, converted, force=force, private=True)
        wrote(pdf_path)


def _batch(kind, batch, fmt, output, force) -> None:
    from codes.files import check_targets, write_all
    from generator.cases import load_batch
    from generator.letters import (
        MissingFields,
        batch_file_names,
        prepare,
        render_docx,
        render_markdown,
    )

    if output == "-":
        raise InputError("--batch writes one letter per row into a folder; give -o DIR, not -")
    cases = load_batch(batch)
    prepared, problems = [], []
    for number, case in enumerate(cases, start=2):
        try:
            prepared.append(prepare(kind, case))
        except MissingFields as missing:
            problems.append(f"row {number}: missing {', '.join(missing.missing)}")
        except InputError as error:
            problems.append(f"row {number}: {error}")
    if problems:
        raise InputError(
            f"{batch}: no letters were written; "
            + "; ".join(problems[:5])
            + (f" (and {len(problems) - 5} more rows)" if len(problems) > 5 else "")
        )
    directory = Path(output or "output")
    # Every name is checked before the first letter is rendered, and the letters appear
    # under their names only when all of them are on disk: a batch is all or nothing.
    targets = check_targets(
        [directory / name for name in batch_file_names(kind, cases, _suffix(fmt))], force
    )
    render = render_docx if fmt == "docx" else render_markdown
    with progress(prepared, f"writing {kind}") as letters:
        write_all(targets, (render(letter) for letter in letters), force=force, private=True)
    wrote(directory, f" ({len(prepared)} letters)")


for _kind in LETTERS:
    generate.add_command(_letter_command(_kind))


@click.group()
def templates() -> None:
    """Work with the house style (templates/huisstijl.docx) and the letter templates."""


@templates.command()
@click.argument("paths", nargs=-1, type=click.Path())
def check(paths):
    """Check Word templates: tags split across runs, unknown variables, missing placeholders
    and styles, a page that is not A4, a language other than nl-NL, no page numbers.

    Without PATH: the house style and all letter templates. One line per problem; exit 1.
    """
    from codes.resources import template_path
    from generator.template_check import check as run_check

    targets = [Path(p) for p in paths] or [
        template_path("huisstijl.docx"),
        *sorted(template_path("letters").glob("*.docx")),
    ]
    problems = [p for target in targets for p in run_check(target)]
    for problem in problems:
        where = f"paragraph {problem.paragraph}" if problem.paragraph else "template"
        click.echo(f"{problem.template}: {where}: {problem.kind}: {problem.detail}")
    click.echo(f"{len(targets)} templates checked, {len(problems)} problems", err=True)
    if problems:
        sys.exit(1)


@generate.command()
@click.option(
    "--gemeente",
    "--organisatie",
    "gemeente",
    required=True,
    help="Name of the gemeente, provincie or waterschap the code is for.",
)
@click.option(
    "--bestuur",
    type=click.Choice(["gemeente", "provincie", "waterschap"]),
    default=None,
    help="Kind of body: its law and the names of its bodies (Provinciale Staten, algemeen "
    "bestuur). Default: what the register of organisations knows the name as, else gemeente "
    "(so Utrecht and Groningen, both, need --bestuur provincie).",
)
@click.option(
    "--voor",
    type=click.Choice(["raad", "college", "alle"]),
    required=True,
    help="For the raad, the college (burgemeester and wethouders), or both. For a provincie: "
    "statenleden / commissaris van de Koning and gedeputeerden; for a waterschap: leden "
    "algemeen bestuur / voorzitter and leden dagelijks bestuur.",
)
@click.option(
    "--options",
    "options_file",
    type=click.Path(dir_okay=False),
    default=None,
    help="TOML file with options (same names as the flags, with underscores).",
)
@click.option("--giftdrempel", type=int, default=None, help="Gift threshold in euro (default 50).")
@click.option(
    "--afkoelperiode",
    type=int,
    default=None,
    help="Cooling-off period in years after leaving office (default 1).",
)
@click.option(
    "--meldtermijn-nevenfuncties",
    default=None,
    help="Deadline to report a new side job (default 'binnen één maand na aanvaarding').",
)
@click.option(
    "--registerhouder-raad",
    default=None,
    help="Who keeps the registers for the raad (default 'de griffier'; waterschap "
    "'de secretaris').",
)
@click.option(
    "--registerhouder-college",
    default=None,
    help="Who keeps them for the college (default 'de gemeentesecretaris'; provincie "
    "'de provinciesecretaris', waterschap 'de secretaris').",
)
@click.option(
    "--reactietermijn",
    type=int,
    default=None,
    help="Werkdagen to react to the report of a hearing (default 5).",
)
@click.option(
    "--meldpunt",
    default=None,
    help="Where a suspected breach is reported (default 'de burgemeester'; provincie "
    "'de commissaris van de Koning', waterschap 'de voorzitter').",
)
@click.option(
    "--vastgesteld-op",
    default=None,
    help="Date of the raadsvergadering that adopts the code (YYYY-MM-DD); default: dots to fill in.",
)
@click.option(
    "--voorstel-op",
    default=None,
    help="Date of the proposal the raad reads (YYYY-MM-DD); default: dots to fill in.",
)
@click.option(
    "--voorsteller-raad",
    default=None,
    help="Who proposes the raad's own code (default 'het presidium'; waterschap "
    "'het dagelijks bestuur'); the college's code is proposed by burgemeester en "
    "wethouders (Gedeputeerde Staten, het dagelijks bestuur).",
)
@click.option(
    "--afzender",
    default=None,
    help="Author of the Word file (default 'Gemeente NAAM', 'Provincie NAAM', 'Waterschap NAAM').",
)
@click.option(
    "--protocol/--no-protocol",
    default=None,
    help="Include the protocol for suspected breaches (default: yes).",
)
@click.option(
    "--equivalents/--no-equivalents",
    default=True,
    show_default=True,
    help="Add the annex with equivalent provisions of the corpus gemeenten.",
)
@click.option(
    "--format", "fmt", type=click.Choice(["docx", "markdown"]), default="docx", show_default=True
)
@click.option(
    "-o",
    "--output",
    default=None,
    help="Output file; a folder for --voor alle. "
    "Default output/gedragscode-raad-GEMEENTE.docx, output/gedragscode-college-GEMEENTE.docx.",
)
@FORCE
def model(
    gemeente,
    bestuur,
    voor,
    options_file,
    giftdrempel,
    afkoelperiode,
    meldtermijn_nevenfuncties,
    registerhouder_raad,
    registerhouder_college,
    reactietermijn,
    meldpunt,
    vastgesteld_op,
    voorstel_op,
    voorsteller_raad,
    afzender,
    protocol,
    equivalents,
    fmt,
    output,
    force,
):
    """A new model gedragscode from the clause library, as an editable Word file.

    The raadsbesluit that adopts it comes first. --voor alle writes two codes, each with
    its own besluit: one for the raad, one for the burgemeester and the wethouders. With
    --bestuur provincie or waterschap: adopted by Provinciale Staten or the algemeen
    bestuur, under the Provinciewet or the Waterschapswet.
    """
    from codes.files import check_targets, write_all
    from generator.cases import read_table
    from generator.model_code import add_equivalents, build_all
    from generator.model_writer import targets, to_docx, to_markdown

    options = read_table(options_file, "options file", kind="TOML") if options_file else {}
    flags = {
        "giftdrempel": giftdrempel,
        "afkoelperiode": afkoelperiode,
        "meldtermijn_nevenfuncties": meldtermijn_nevenfuncties,
        "registerhouder_raad": registerhouder_raad,
        "registerhouder_college": registerhouder_college,
        "reactietermijn": reactietermijn,
        "meldpunt": meldpunt,
        "vastgesteld_op": vastgesteld_op,
        "voorstel_op": voorstel_op,
        "voorsteller_raad": voorsteller_raad,
        "protocol": protocol,
    }
    options.update({k: v for k, v in flags.items() if v is not None})
    codes = build_all(gemeente, voor, options, bestuur)
    paths = check_targets(targets(codes, output, fmt), force)  # before the slow comparison
    for code in codes:
        if equivalents:
            add_equivalents(code)
    write_all(
        paths,
        (to_docx(c, author=afzender) if fmt == "docx" else to_markdown(c) for c in codes),
        force=force,
    )
    for path, code in zip(paths, codes, strict=True):
        articles = sum(len(c.articles) for c in code.chapters)
        wrote(
            path,
            f": {code.title}, {len(code.chapters)} hoofdstukken, {articles} artikelen"
            + (f", protocol with {len(code.protocol)} artikelen" if code.protocol else ""),
        )
