"""Running the app: bind, print the address (with the token when one is needed), serve.

`start` runs the server in a thread and returns at once (the browser tests use it);
`serve` blocks until Ctrl-C and then removes the private folder.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from werkzeug.serving import BaseWSGIServer, make_server

from .app import create_app
from .security import is_loopback, new_token
from .workspace import Workspace


@dataclass(frozen=True, slots=True)
class Running:
    server: BaseWSGIServer
    thread: threading.Thread
    workspace: Workspace
    url: str  # the address to open, with ?token= when a token is required
    token: str | None

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=10)
        self.workspace.cleanup()


def start(host: str = "127.0.0.1", port: int = 0, max_upload_mb: float | None = None) -> Running:
    """Serve in a background thread; port 0 picks a free port."""
    token = None if is_loopback(host) else new_token()
    workspace = Workspace()
    options = {} if max_upload_mb is None else {"max_upload_mb": max_upload_mb}
    app = create_app(token=token, workspace=workspace, **options)
    server = make_server(host, port, app, threaded=True)
    # A wildcard address is not one to open: this machine reaches it through the loopback.
    shown = {"0.0.0.0": "127.0.0.1", "::": "::1", "": "127.0.0.1"}.get(host, host)
    if ":" in shown:
        shown = f"[{shown}]"
    url = f"http://{shown}:{server.server_port}/" + (f"?token={token}" if token else "")
    thread = threading.Thread(target=server.serve_forever, name="gedragscode-web", daemon=True)
    thread.start()
    return Running(server, thread, workspace, url, token)
