"""Commands over compare/: the side-by-side report, the norms table, the exports."""

from __future__ import annotations

from pathlib import Path

import click

from codes.errors import InputError

from .common import (
    FORCE,
    INPUT_FORMAT,
    JOBS,
    MAX_SIZE,
    OUTPUT,
    TABLE_FORMAT,
    emit,
    emit_chunks,
    load_codes,
    map_codes,
    wrote,
)


@click.command()
@click.argument("paths", nargs=-1)
@click.option(
    "--base",
    default=None,
    help="Code to mark differences against (its name, e.g. best); default the first.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["html", "json"]),
    default="html",
    show_default=True,
    help="html: the report to open in a browser; json: the alignment with word diffs.",
)
@click.option(
    "--diffs/--no-diffs",
    default=True,
    show_default=True,
    help="With --format json: the word diff of every matched pair (the slow part).",
)
@INPUT_FORMAT
@MAX_SIZE
@JOBS
@OUTPUT
@FORCE
def compare(paths, base, fmt, diffs, input_format, max_size, jobs, output, force):
    """Compare codes side by side (no PATH: the whole bundled corpus).

    Without --base, differences are marked against the code most like all the others.

    Up to 10 codes: one page, output/vergelijking.html unless -o is given ('-o -'
    prints to stdout). More codes: a folder, output/vergelijking/ unless -o names
    another, with index.html (codes, sources, coverage, similarity), normen.html,
    bevindingen.html and a page per topic.
    """
    from codes.pool import cores
    from compare.align import compare as align
    from compare.code_facts import with_facts
    from compare.provisions import code_key
    from compare.report import SINGLE_PAGE_LIMIT, build_report

    jobs = jobs or cores()
    # A report also needs each code's norms, findings and source: made by the worker that
    # parsed the code, in parallel, not afterwards in this process.
    work = None if fmt == "json" else with_facts
    parsed = map_codes(paths, work, input_format, "parsing", max_size, jobs)
    codes = parsed if work is None else [code for code, _ in parsed]
    facts = None if work is None else [made for _, made in parsed]
    if len(codes) < 2:
        raise InputError(
            "compare needs at least two codes; give two or more PATHs, or none for the corpus"
        )
    keys = [code_key(c) for c in codes]
    if base is not None and base not in keys:
        raise InputError(f"--base {base}: not among the codes compared ({', '.join(keys)})")
    if fmt == "json":
        from compare.stream import alignment_chunks

        # Written as the matches are computed (over the pool), not built whole first.
        emit_chunks(alignment_chunks(align(codes, jobs=jobs), diffs, jobs), output, force)
        return
    if len(codes) > SINGLE_PAGE_LIMIT:
        _write_site(codes, base, output, force, jobs, facts)
        return
    report = build_report(codes, base, jobs=jobs, facts=facts)
    emit(report.html, output or str(Path("output") / "vergelijking.html"), force)


def _write_site(codes, base, output, force, jobs, facts) -> None:
    """Many codes: a folder with a summary page and a page per topic, all or none."""
    from codes.files import check_targets, write_all
    from compare.report_site import build_site, page_names

    what = f"a report of {len(codes)} codes is a folder of pages (index.html and a page per topic)"
    if output == "-" or (output and output.endswith((".html", ".htm"))):
        raise InputError(f"{what}; give a folder with -o, or leave -o out for output/vergelijking/")
    folder = Path(output or Path("output") / "vergelijking")
    if folder.exists() and not folder.is_dir():
        raise InputError(f"{folder}: is a file; {what}: give a folder with -o")
    targets = check_targets([folder / name for name in page_names()], force)
    site = build_site(codes, base, jobs=jobs, facts=facts)
    write_all(targets, site.pages, force=force)
    wrote(folder / "index.html", f" and {len(targets) - 1} more pages")


@click.command()
@click.argument("paths", nargs=-1)
@TABLE_FORMAT
@click.option(
    "--codebook", "show_codebook", is_flag=True, help="Print the codebook of the variables instead."
)
@click.option(
    "--evidence",
    "evidence_file",
    type=click.Path(dir_okay=False),
    default=None,
    metavar="FILE",
    help="Also write the evidence (quote, article, span of every passage) to FILE, "
    "in the same format (csv or json).",
)
@INPUT_FORMAT
@MAX_SIZE
@JOBS
@OUTPUT
@FORCE
def norms(paths, fmt, show_codebook, evidence_file, input_format, max_size, jobs, output, force):
    """Extract the norms (gift threshold, cooling-off period, registers, deadlines) per code.

    One row per code and variable: a number in value_number with its unit, words in
    value_text, the status, the article and the span of the first quote. --evidence
    FILE writes every passage each value was read from; --codebook describes the
    columns and variables.
    """
    from codes.files import check_targets, write_all
    from compare.export import codebook_text
    from compare.norm_table import norm_table, to_csv, to_json, to_text

    if show_codebook:
        emit(codebook_text({"table": "markdown", "csv": "csv", "json": "json"}[fmt]), output, force)
        return
    if evidence_file and fmt == "table":
        raise InputError("--evidence writes a data file; add --format csv or --format json")
    if evidence_file and evidence_file == (output or "-"):
        raise InputError("--evidence needs a file of its own, not the one of -o")
    files = [f for f in (output, evidence_file) if f and f != "-"]
    check_targets(files, force)  # before the parsing, not after it
    rows, evidence = norm_table(load_codes(paths, input_format, max_size=max_size, jobs=jobs))
    render = {"csv": to_csv, "json": to_json, "table": to_text}[fmt]
    tables = {output or "-": render(rows)}
    if evidence_file:
        tables[evidence_file] = render(evidence)
    for path in write_all(files, [tables[f] for f in files], force=force):
        wrote(path)
    if "-" in tables:
        emit(tables["-"], None, force)


@click.command()
@click.argument("paths", nargs=-1)
@click.option(
    "--sqlite",
    "database",
    required=True,
    type=click.Path(dir_okay=False),
    help="The SQLite database to create (schema: compare/schema.sql); '-': stdout.",
)
@INPUT_FORMAT
@MAX_SIZE
@JOBS
@FORCE
def export(paths, database, input_format, max_size, jobs, force):
    """Export the graph, the alignment and the norms as a documented SQLite database."""
    import shlex

    from codes.files import check_targets
    from compare.align import compare as align
    from compare.export import write_sqlite

    check_targets([database], force, binary=True)  # before the parsing, not after it
    from codes.pool import cores

    jobs = jobs or cores()
    codes = load_codes(paths, input_format, max_size=max_size, jobs=jobs)
    # For the provenance table: the command as the user would type it again (built from
    # the options, not sys.argv, which is another program's when the CLI is embedded).
    options = [("--input-format", input_format), ("--max-size", max_size)]
    given = [str(word) for option in options if option[1] is not None for word in option]
    command = shlex.join(["gedragscode", "export", "--sqlite", database, *given, *paths])
    target = write_sqlite(database, codes, align(codes, jobs=jobs), force=force, command=command)
    wrote(target)
