"""The `serve` command: start the local web app (the `web` extra) and open the browser."""

from __future__ import annotations

import signal
import sys

import click

from codes.errors import InputError


@click.command()
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on. Any address other than the loopback requires the printed token.",
)
@click.option("--port", default=8765, show_default=True, type=click.IntRange(0, 65535))
@click.option("--no-browser", is_flag=True, help="Do not open a browser (for scripts and CI).")
@click.option(
    "--max-upload-mb",
    default=10.0,
    show_default=True,
    type=click.FloatRange(0.1, 200),
    help="Largest file a user may upload.",
)
def serve(host, port, no_browser, max_upload_mb):
    """Start the web app: check, compare, draft a model code, write letters, in Dutch.

    Uploads and letters stay in a private temporary folder that is removed when the
    app stops (Ctrl-C); download what you want to keep.
    """
    try:
        from gedragscode.web.server import start
    except ImportError as error:
        raise InputError(
            f"the web app needs Flask ({error.name} is missing); install it with "
            'pip install -e ".[web]"'
        ) from None
    try:
        running = start(host, port, max_upload_mb)
    except OSError as error:
        raise InputError(
            f"cannot listen on {host}:{port} ({error.strerror or error}); choose another --port"
        ) from None
    click.echo(f"gedragscode web app: {running.url}", err=True)
    if running.token:
        click.echo(
            "not on the loopback: the address above holds the access token; share it only "
            "with the people who may see these cases",
            err=True,
        )
    click.echo("stop with Ctrl-C (uploads and letters not downloaded are then removed)", err=True)
    if not no_browser:
        import webbrowser

        webbrowser.open(running.url)
    # Stopping by a signal must also remove the private folder: turn it into a normal exit.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    try:
        while running.thread.is_alive():
            running.thread.join(0.5)
    except KeyboardInterrupt:
        pass
    finally:
        running.stop()
