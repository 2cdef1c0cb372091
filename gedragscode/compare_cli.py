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

    Writes output/vergelijking.html unless -o is given ('-o -' prints to stdout).
    """
    from codes.pool import cores
    from compare.align import compare as align
    from compare.provisions import code_key
    from compare.report import build_report

    jobs = jobs or cores()
    codes = load_codes(paths, input_format, "parsing", max_size, jobs)
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
    report = build_report(codes, base, jobs=jobs)
    emit(report.html, output or str(Path("output") / "vergelijking.html"), force)


@click.command()
@click.argument("paths", nargs=-1)
@TABLE_FORMAT
@click.option(
    "--codebook", "show_codebook", is_flag=True, help="Print the codebook of the variables instead."
)
@INPUT_FORMAT
@MAX_SIZE
@JOBS
@OUTPUT
@FORCE
def norms(paths, fmt, show_codebook, input_format, max_size, jobs, output, force):
    """Extract the norms (gift threshold, cooling-off period, registers, deadlines) per code.

    CSV is long format: one row per code, variable and value, with the node and the
    quoted words it was read from. --codebook describes every variable.
    """
    import json

    from compare.export import codebook_text, norm_rows, norms_csv

    if show_codebook:
        emit(codebook_text({"table": "markdown", "csv": "csv", "json": "json"}[fmt]), output, force)
        return
    codes = load_codes(paths, input_format, max_size=max_size, jobs=jobs)
    if fmt == "csv":
        emit(norms_csv(codes), output, force)
    elif fmt == "json":
        emit(json.dumps(norm_rows(codes), ensure_ascii=False, indent=2) + "\n", output, force)
    else:
        from compare.norms import extract

        rows = [
            (Path(code.file).stem, v.variable, v.status, v.value or "")
            for code in codes
            for v in extract(code)
        ]
        width = max([len("code"), *(len(r[0]) for r in rows)])
        lines = [f"{'code':{width}} {'variable':28} {'status':14} value"]
        lines += [
            f"{name:{width}} {variable:28} {status:14} {value}"
            for name, variable, status, value in rows
        ]
        emit("\n".join(lines) + "\n", output, force)


@click.command()
@click.argument("paths", nargs=-1)
@click.option(
    "--sqlite",
    "database",
    required=True,
    type=click.Path(dir_okay=False),
    help="The SQLite database to create (schema: compare/schema.sql).",
)
@INPUT_FORMAT
@MAX_SIZE
@JOBS
@FORCE
def export(paths, database, input_format, max_size, jobs, force):
    """Export the graph, the alignment and the norms as a documented SQLite database."""
    from codes.files import check_targets
    from compare.align import compare as align
    from compare.export import write_sqlite

    check_targets([database], force)  # before the parsing, not after it
    from codes.pool import cores

    jobs = jobs or cores()
    codes = load_codes(paths, input_format, max_size=max_size, jobs=jobs)
    target = write_sqlite(database, codes, align(codes, jobs=jobs), force=force)
    click.echo(f"wrote {target}", err=True)
