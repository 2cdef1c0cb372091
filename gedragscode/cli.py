"""The `gedragscode` command: thin click commands over the library.

Each command parses its options, calls `codes`, `compare` or `generator`, and
prints or writes the result. Library modules are imported inside the commands
so that `gedragscode --help` starts fast. Bad input ends in one line on stderr
and a non-zero exit code, never a traceback.
"""

from __future__ import annotations

import sys
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
    fail,
    iter_codes,
    load_codes,
    map_codes,
    print_warnings,
    wrote,
)


class Group(click.Group):
    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except InputError as error:
            fail(str(error))
        except BrokenPipeError:
            sys.exit(0)
        except OSError as error:  # a folder that cannot be written, a disk that is full
            where = f" ({error.filename})" if error.filename else ""
            fail(f"{error.strerror or error}{where}; check the path and its permissions")


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="gedragscode")
def main() -> None:
    """Parse, compare and generate Dutch integrity codes of conduct (gedragscodes integriteit).

    PATH arguments take a file (.txt, .md, .docx, CVDR .xml) or the name of a
    bundled code (assen, best, de-bilt, nijmegen, rheden; see 'gedragscode corpus').
    """


@main.command()
@click.argument("paths", nargs=-1)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "markdown", "akn", "text"]),
    default="text",
    show_default=True,
    help="What to print: the JSON contract, Markdown, Akoma Ntoso XML, or an outline.",
)
@INPUT_FORMAT
@MAX_SIZE
@JOBS
@OUTPUT
@FORCE
def parse(paths, fmt, input_format, max_size, jobs, output, force):
    """Parse codes into the article graph and print it (no PATH: the whole bundled corpus)."""
    from functools import partial

    to_folder = bool(output) and Path(output).is_dir()
    several = len(paths) != 1  # no PATH: the corpus
    if several and fmt == "akn" and not to_folder:
        raise InputError(
            "Akoma Ntoso is one XML document per code; give one PATH, or -o DIRECTORY for several"
        )
    # Each code is rendered in the process that parsed it: only the text comes back.
    in_list = fmt == "json" and several and not to_folder
    work = partial(render, fmt, in_list)
    to_stdout = output in (None, "-")
    if in_list and not to_stdout:
        # Written while the rest is parsed. Standard output gets the whole list at the end
        # instead, so that a bad file later in the list leaves nothing half printed.
        from dataclasses import replace

        parsed = []

        def documents():
            for item in iter_codes(paths, work, input_format, max_size=max_size, jobs=jobs):
                parsed.append(replace(item, value=None))  # its warnings, not its JSON
                yield item.value[1]

        from codes.export import json_list_chunks

        emit_chunks(json_list_chunks(documents()), output, force)
        print_warnings(parsed)
        return
    if fmt == "json" and not several and not to_folder:
        # One code: its JSON written as it is made, never held whole (`codes.json_stream`).
        from itertools import chain

        from codes.json_stream import json_chunks

        (code,) = load_codes(paths, input_format, max_size=max_size, jobs=1)
        chunks = json_chunks(code)
        # On a terminal or a pipe the text ends with a line break, as every printed text does.
        emit_chunks(chain(chunks, [b"\n"]) if to_stdout else chunks, output, force)
        return
    rendered = map_codes(paths, work, input_format, max_size=max_size, jobs=jobs)
    if len(rendered) > 1 and to_folder:
        from codes.files import write_all

        extension = {"json": "json", "markdown": "md", "akn": "xml", "text": "txt"}[fmt]
        targets = [Path(output) / f"{Path(file).stem}.{extension}" for file, _ in rendered]
        for path in write_all(targets, (text for _, text in rendered), force=force):
            wrote(path)
        return
    if fmt == "json":
        from codes.export import join_json

        document = join_json([t for _, t in rendered]) if in_list else rendered[0][1]
        # On a terminal or a pipe the text ends with a line break, as every printed text does.
        emit(document + b"\n" if to_stdout else document, output, force)
    else:
        emit("\n".join(text for _, text in rendered), output, force)


def render(fmt: str, in_list: bool, code) -> tuple[str, str | bytes]:
    """(file, text) of one code in `fmt`: what `parse` runs in each worker. JSON comes
    as bytes, ready to be joined into the list of several codes where `in_list`."""
    from codes.akn import to_akn
    from codes.export import to_json_bytes, to_json_list_item, to_markdown, to_text

    if fmt == "json":
        return code.file, to_json_list_item(code) if in_list else to_json_bytes(code)
    write = {"markdown": to_markdown, "akn": to_akn, "text": to_text}[fmt]
    return code.file, write(code)


@main.command()
@click.argument("paths", nargs=-1)
@TABLE_FORMAT
@click.option(
    "--internal/--no-internal",
    default=False,
    help="Also list references to the code's own articles.",
)
@INPUT_FORMAT
@MAX_SIZE
@JOBS
@OUTPUT
@FORCE
def refs(paths, fmt, internal, input_format, max_size, jobs, output, force):
    """List every legal reference with its law, BWB id, article, lid and link (no PATH: the corpus)."""
    from codes.tables import references_table

    codes = load_codes(paths, input_format, max_size=max_size, jobs=jobs)
    emit(references_table(codes, fmt, internal), output, force)


@main.command()
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True
)
def corpus(fmt):
    """List the codes bundled with the toolkit."""
    import json

    from codes.corpus import catalog

    entries = catalog()
    if fmt == "json":
        click.echo(
            json.dumps(
                [{**e.__dict__, "path": str(e.path)} for e in entries], ensure_ascii=False, indent=2
            )
        )
        return
    click.echo(f"{'name':10} {'organisation':12} {'year':4}  {'applies to':24} title")
    for e in entries:
        click.echo(f"{e.name:10} {e.organisation:12} {e.year:4}  {e.applies_to:24} {e.title}")


@main.command()
@click.argument("paths", nargs=-1)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "markdown"]),
    default="text",
    show_default=True,
)
@click.option(
    "--rules",
    "list_rules",
    is_flag=True,
    help="List the rules with their ids and severities, then exit.",
)
@click.option("--rule", "only", multiple=True, help="Run only this rule (repeatable).")
@click.option(
    "--lang",
    "language",
    type=click.Choice(["nl", "en"]),
    default="nl",
    show_default=True,
    help="Language of the findings and rules; JSON keeps rule, severity and span as ids.",
)
@INPUT_FORMAT
@MAX_SIZE
@JOBS
@OUTPUT
@FORCE
def review(paths, fmt, list_rules, only, language, input_format, max_size, jobs, output, force):
    """Review codes for outdated law, broken references, numbering and date defects.

    Findings are in Dutch unless --lang en. Exits with code 1 when an error is found, so
    it can run in a pipeline.
    """
    from codes.review import RULES
    from codes.review import review as run_review
    from codes.review.report import render, rules_text

    if list_rules:
        click.echo(rules_text(language), nl=False)
        return
    unknown = [r for r in only if r not in RULES]
    if unknown:
        raise InputError(f"unknown rule '{unknown[0]}'; see 'gedragscode review --rules'")
    from functools import partial

    # Each code is reviewed in the process that parsed it: only the findings come back.
    work = partial(run_review, only=set(only) or None)
    findings = [
        finding
        for found in map_codes(paths, work, input_format, "reviewing", max_size, jobs)
        for finding in found
    ]
    emit(render(findings, fmt, language), output, force)
    if any(f.severity == "error" for f in findings):
        sys.exit(1)


def _add_commands() -> None:
    from . import compare_cli, generate_cli, serve_cli

    for command in (
        compare_cli.compare,
        compare_cli.norms,
        compare_cli.export,
        generate_cli.generate,
        generate_cli.templates,
        serve_cli.serve,
    ):
        main.add_command(command)


_add_commands()
