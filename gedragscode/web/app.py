"""The Flask application: configuration, the four jobs as blueprints, Dutch error pages.

    from gedragscode.web import create_app
    app = create_app()                       # loopback only, no token
    app = create_app(token="...")            # for a non-loopback host: token required

Debug is off: a bad request gets a Dutch page with one line that says what to do,
never a traceback; an unexpected error is logged on the server's terminal.
"""

from __future__ import annotations

import atexit
import secrets

from flask import Flask, render_template
from werkzeug.exceptions import HTTPException

from codes.errors import InputError

from . import messages, security, wording
from .workspace import Workspace

#: Uploads larger than this are refused before they are read (a code is well under 1 MB).
MAX_UPLOAD_MB = 10

_TITLES = {
    400: "Dat lukte niet",
    403: "Geen toegang",
    404: "Niet gevonden",
    405: "Niet toegestaan",
    413: "Bestand te groot",
    500: "Er ging iets mis",
}


def create_app(
    token: str | None = None,
    max_upload_mb: float = MAX_UPLOAD_MB,
    workspace: Workspace | None = None,
) -> Flask:
    """The app. `token`: required on every request (use it when not bound to loopback)."""
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=secrets.token_bytes(32),  # sessions live as long as the process
        ACCESS_TOKEN=token,
        MAX_CONTENT_LENGTH=int(max_upload_mb * 1024 * 1024),
        SESSION_COOKIE_NAME="gedragscode_session",
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Strict",
        DEBUG=False,
        PROPAGATE_EXCEPTIONS=False,
    )
    if workspace is None:
        workspace = Workspace()
        atexit.register(workspace.cleanup)
    app.extensions["gedragscode.workspace"] = workspace
    security.install(app)
    wording.install(app)

    from . import check, comparing, files, letters, modelcode

    for module in (check, comparing, modelcode, letters, files):
        app.register_blueprint(module.blueprint)
    app.jinja_env.globals["node_heading"] = check.node_heading
    app.jinja_env.globals["max_upload_mb"] = f"{max_upload_mb:g}"

    @app.get("/")
    def index():
        return render_template("index.html")

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException):
        return _error_page(error.code or 500, _dutch(error))

    @app.errorhandler(InputError)
    def input_error(error: InputError):
        return _error_page(400, messages.general_error(str(error)))

    @app.errorhandler(Exception)
    def unexpected(error: Exception):
        app.logger.exception("unexpected error")
        return _error_page(
            500, "Er ging iets mis in de app. De melding staat in het venster waarin de app draait."
        )

    return app


def _dutch(error: HTTPException) -> str:
    given = getattr(error, "dutch", None)
    if given:
        return given
    return {
        403: "Geen toegang.",
        404: "Deze pagina of dit bestand bestaat niet (meer). Ga terug naar de startpagina.",
        405: "Deze handeling is hier niet mogelijk.",
        413: f"Het bestand is te groot. Upload een bestand van hoogstens {_limit()} MB.",
    }.get(error.code, "Dit verzoek kan niet worden verwerkt.")


def _limit() -> str:
    from flask import current_app

    limit = current_app.config["MAX_CONTENT_LENGTH"] / (1024 * 1024)
    return f"{limit:g}"


def _error_page(status: int, message: str):
    title = _TITLES.get(status, "Dat lukte niet")
    return render_template("error.html", title=title, message=message), status
