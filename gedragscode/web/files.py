"""Generated files: the page that offers one, and its download.

Files live in the workspace's private folder under a random id; the page says what a
letter holds (each required element and the protocol's words that require it).
"""

from __future__ import annotations

from flask import Blueprint, abort, render_template, request, send_file

from . import sources

blueprint = Blueprint("files", __name__)


@blueprint.get("/klaar/<file_id>")
def ready(file_id: str):
    stored = sources.workspace().file(file_id) or abort(404)
    kind = request.args.get("soort", "")
    return render_template("ready.html", stored=stored, kind=kind)


@blueprint.get("/bestand/<file_id>")
def download(file_id: str):
    stored = sources.workspace().file(file_id) or abort(404)
    return send_file(
        stored.path, mimetype=stored.mimetype, as_attachment=True, download_name=stored.filename
    )
