"""What every command shares: options, loading codes, writing output, failing cleanly."""

from __future__ import annotations

import sys
from contextlib import nullcontext

import click


def fail(message: str, code: int = 1) -> None:
    click.echo(f"gedragscode: error: {message}", err=True)
    sys.exit(code)


def emit(text: str | bytes, output: str | None, force: bool, private: bool = False) -> None:
    """Print to stdout, or write to `output` without replacing a file unless --force."""
    if output is None or output == "-":
        if isinstance(text, bytes):
            from codes.files import write_stdout

            write_stdout(text)  # refuses binary content on a terminal
        else:
            click.echo(text, nl=not text.endswith("\n"))
        return
    from codes.files import write_new

    path = write_new(output, text, force=force, private=private)
    click.echo(f"wrote {path}", err=True)


def progress(items, label: str, minimum: int = 1):
    """`items` with a progress bar on a terminal; elsewhere just `items`, so that stderr
    holds nothing but the result's messages."""
    show = len(items) >= minimum and sys.stderr.isatty()
    return click.progressbar(items, label=label, file=sys.stderr) if show else nullcontext(items)


def load_codes(
    paths: tuple[str, ...],
    input_format: str | None = None,
    progress_label: str = "parsing",
    max_size: float | None = None,
):
    """Parse PATHs (or the corpus); `max_size` is --max-size in MB (None: the default)."""
    from codes import parse_bytes, parse_file
    from codes.corpus import catalog, resolve
    from codes.safety import MB, read_limited
    from codes.safety import max_size as size_limit

    limit = size_limit(None if max_size is None else int(max_size * MB))

    targets = (
        [p if p == "-" else resolve(p) for p in paths] if paths else [e.path for e in catalog()]
    )
    codes = []
    with progress(targets, progress_label, minimum=4) as bar:
        for target in bar:
            if target == "-":  # a code piped in on standard input
                data = read_limited(sys.stdin.buffer, limit, "<stdin>")
                codes.append(parse_bytes(data, "<stdin>", input_format, limit))
            else:
                codes.append(parse_file(target, input_format, limit))
    for code in codes:
        for warning in code.warnings:
            # Warnings about the file as a whole (repaired bytes, no structure, an impossible
            # date) start with its name; those about one node stay in the output only.
            if warning.startswith(f"{code.file}: "):
                click.echo(f"gedragscode: warning: {warning}", err=True)
    return codes


INPUT_FORMAT = click.option(
    "--input-format",
    type=click.Choice(["text", "markdown", "docx", "cvdr"]),
    default=None,
    help="Read the input as this format instead of detecting it.",
)
MAX_SIZE = click.option(
    "--max-size",
    type=click.FloatRange(min=0, min_open=True),
    default=None,
    metavar="MB",
    help="Refuse an input larger than this, or a .docx that inflates to more "
    "[default: 200, or the environment variable GEDRAGSCODE_MAX_SIZE].",
)
OUTPUT = click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=True),
    default=None,
    help="Write to this file (or directory, for several codes) instead of stdout.",
)
FORCE = click.option("--force", is_flag=True, help="Replace an existing output file.")
TABLE_FORMAT = click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "json"]),
    default="table",
    show_default=True,
    help="table for reading, csv or json for other tools.",
)
