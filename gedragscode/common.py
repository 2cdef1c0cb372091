"""What every command shares: options, loading codes, writing output, failing cleanly."""

from __future__ import annotations

import sys
from contextlib import nullcontext

import click


def fail(message: str, code: int = 1) -> None:
    click.echo(f"gedragscode: error: {message}", err=True)
    sys.exit(code)


def wrote(path, detail: str = "") -> None:
    """Tell on stderr which file a command wrote: "wrote PATH" and `detail`.

    Nothing for '-': the result went to stdout, where the reader sees it; a message
    about a file named "-" would not be true, and stderr stays for warnings and errors.
    """
    from codes.files import is_stdout

    if not is_stdout(path):
        click.echo(f"wrote {path}{detail}", err=True)


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

    wrote(write_new(output, text, force=force, private=private))


def emit_chunks(chunks, output: str | None, force: bool) -> None:
    """Like `emit`, for output made piece by piece (bytes): each piece is written as it
    comes; a file still appears whole or not at all (through `codes.files.writing`)."""
    from codes.files import write_stdout, writing

    if output is None or output == "-":
        for chunk in chunks:
            write_stdout(chunk)  # as it comes: a pipe sees the first matches at once
        return

    with writing(output, force=force) as temp, open(temp, "wb") as handle:
        for chunk in chunks:
            handle.write(chunk)
    wrote(output)


def progress(items, label: str, minimum: int = 1, length: int | None = None):
    """`items` with a progress bar on a terminal; elsewhere just `items`, so that stderr
    holds nothing but the result's messages. `length`: for items without a len()."""
    length = len(items) if length is None else length
    show = length >= minimum and sys.stderr.isatty()
    if not show:
        return nullcontext(items)
    return click.progressbar(items, length=length, label=label, file=sys.stderr)


def load_codes(
    paths: tuple[str, ...],
    input_format: str | None = None,
    progress_label: str = "parsing",
    max_size: float | None = None,
    jobs: int | None = 1,
):
    """Parse PATHs (or the corpus); `max_size` is --max-size in MB (None: the default)."""
    return map_codes(paths, None, input_format, progress_label, max_size, jobs)


def map_codes(
    paths: tuple[str, ...],
    work=None,
    input_format: str | None = None,
    progress_label: str = "parsing",
    max_size: float | None = None,
    jobs: int | None = None,
) -> list:
    """`work(code)` for every code of PATHs (or the corpus), in order, over `jobs` processes
    (None: all cores). `work` must be a module-level function (or a partial of one); None
    gives the codes. The first bad input, in the order given, stops the run as one line."""
    results = list(iter_codes(paths, work, input_format, progress_label, max_size, jobs))
    print_warnings(results)
    return [parsed.value for parsed in results]


def iter_codes(
    paths: tuple[str, ...],
    work=None,
    input_format: str | None = None,
    progress_label: str = "parsing",
    max_size: float | None = None,
    jobs: int | None = None,
):
    """As `map_codes`, one `codes.pool.Parsed` at a time as the pool gives them (in order),
    for output written while the rest is parsed; the caller prints the warnings after."""
    from codes.corpus import catalog, resolve
    from codes.pool import cores, parse_many
    from codes.safety import MB, read_limited
    from codes.safety import max_size as size_limit

    limit = size_limit(None if max_size is None else int(max_size * MB))
    targets = (
        [p if p == "-" else resolve(p) for p in paths] if paths else [e.path for e in catalog()]
    )
    # A code piped in on standard input is read here: a worker process has no stdin.
    sources = [
        ("<stdin>", read_limited(sys.stdin.buffer, limit, "<stdin>")) if t == "-" else t
        for t in targets
    ]
    done = parse_many(sources, jobs or cores(), work, input_format, limit)
    with progress(done, progress_label, minimum=4, length=len(sources)) as bar:
        yield from bar


def print_warnings(results) -> None:
    """The warnings of each parsed code (`codes.pool.Parsed`) about its file as a whole."""
    for parsed in results:
        for warning in parsed.warnings:
            click.echo(f"gedragscode: warning: {warning}", err=True)


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
JOBS = click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    default=None,
    metavar="N",
    help="Documents parsed at once, each in its own process [default: all cores]; "
    "1: all in this process. The output is the same.",
)
