"""Job 1, check a code: upload or pick one; its outline, metadata, references and review
findings at the place they concern; the JSON, Markdown and Akoma Ntoso exports.

Every result comes from the functions the commands call: `parse_bytes` (through the
workspace), `codes.review.review`, `codes.export.to_json` / `to_markdown`,
`codes.akn.to_akn`.
"""

from __future__ import annotations

import io

from flask import Blueprint, redirect, render_template, request, send_file, url_for

from codes import model as m
from codes.errors import InputError

from . import messages, sources

blueprint = Blueprint("check", __name__, url_prefix="/controleren")

KIND_LABELS = {
    m.HOOFDSTUK: "Hoofdstuk",
    m.PARAGRAAF: "Paragraaf",
    m.ARTIKEL: "Artikel",
    m.LID: "Lid",
    m.ONDERDEEL: "Onderdeel",
    m.BIJLAGE: "Bijlage",
    m.SECTION: "Onderdeel",
    m.BLOCK: "Toelichting",
    m.PREAMBLE: "Aanhef",
    m.SIGNATURE: "Ondertekening",
    m.TEXT: "Tekst",
}
REFERENCE_KINDS = {"law": "wet", "eu": "EU-recht", "local": "lokale regeling", "internal": "intern"}
METADATA_LABELS = (
    ("organisation", "Organisatie"),
    ("organisation_type", "Soort organisatie"),
    ("title", "Titel"),
    ("citeertitel", "Citeertitel"),
    ("adopted_on", "Vastgesteld op"),
    ("adopted_by", "Vastgesteld door"),
    ("in_force_from", "In werking vanaf"),
    ("proposal_date", "Datum van het voorstel"),
)
DOWNLOADS = {
    "json": ("JSON (het artikelgraaf-contract)", "json", "application/json"),
    "markdown": ("Markdown", "md", "text/markdown; charset=utf-8"),
    "akn": ("Akoma Ntoso (XML)", "xml", "application/xml"),
}
#: Larger containers fold open by themselves; an article shows its leden when opened.
_CONTAINERS = (m.HOOFDSTUK, m.PARAGRAAF, m.BIJLAGE, m.SECTION)


@blueprint.get("/")
def choose():
    picked = request.args.get("code")
    if picked:
        return redirect(url_for("check.show", code_id=picked))
    return render_template("check_choose.html", choices=sources.choices())


@blueprint.post("/")
def upload():
    added, error = receive_upload()
    if error:
        return _choose_again(error)
    return redirect(url_for("check.show", code_id=added.id), 303)


def receive_upload():
    """The code in the form's `bestand` field, parsed and kept; or a Dutch message why not."""
    sent = request.files.get("bestand")
    if sent is None or not sent.filename:
        return None, "Kies een bestand om te uploaden."
    try:
        added = sources.workspace().add_upload(
            sent.filename, sent.read(), taken=sources.bundled_names()
        )
    except InputError as error:
        return None, messages.upload_error(str(error))
    return added, None


def _choose_again(error: str):
    page = render_template("check_choose.html", choices=sources.choices(), upload_error=error)
    return page, 400


@blueprint.get("/<code_id>")
def show(code_id: str):
    from codes.review import review

    code = sources.load(code_id)
    findings = review(code)
    known = {n.id for n in code.nodes()}
    at_node: dict[str, list] = {}
    general = []
    for finding in findings:
        if finding.node in known and finding.node != code.root.id:
            at_node.setdefault(finding.node, []).append(finding)
        else:
            general.append(finding)
    refs_at: dict[str, list[m.Reference]] = {}
    for ref in code.references:
        refs_at.setdefault(ref.node, []).append(ref)
    # An article or container shows its findings when any node inside it has one.
    flagged = {node.id for node in code.nodes() if any(n.id in at_node for n in node.walk())}
    return render_template(
        "check_code.html",
        code_id=code_id,
        label=sources.label(code_id),
        code=code,
        metadata=[(label, getattr(code.metadata, name)) for name, label in METADATA_LABELS],
        counts=_counts(code),
        findings=findings,
        general=general,
        at_node=at_node,
        refs_at=refs_at,
        flagged=flagged,
        downloads=DOWNLOADS,
        kind_labels=KIND_LABELS,
        reference_kinds=REFERENCE_KINDS,
        containers=_CONTAINERS,
    )


@blueprint.get("/<code_id>/<fmt>")
def download(code_id: str, fmt: str):
    from codes.akn import to_akn
    from codes.export import to_json, to_markdown
    from compare.provisions import code_key

    if fmt not in DOWNLOADS:
        return redirect(url_for("check.show", code_id=code_id))
    code = sources.load(code_id)
    render = {"json": to_json, "markdown": to_markdown, "akn": to_akn}[fmt]
    _, extension, mimetype = DOWNLOADS[fmt]
    return send_file(
        io.BytesIO(render(code).encode("utf-8")),
        mimetype=mimetype,
        as_attachment=True,
        download_name=f"{code_key(code)}.{extension}",
    )


def _counts(code: m.Code) -> list[tuple[str, int]]:
    nodes = [n for n in code.nodes() if not n.quoted and not n.explains]
    count = lambda kind: sum(n.kind == kind for n in nodes)  # noqa: E731
    return [
        ("hoofdstukken", count(m.HOOFDSTUK)),
        ("paragrafen", count(m.PARAGRAAF)),
        ("artikelen", len(code.articles())),
        ("leden", count(m.LID)),
        ("bijlagen", count(m.BIJLAGE)),
        ("verwijzingen", len(code.references)),
    ]


def node_heading(node: m.Node) -> str:
    """'Artikel 4.1 Omgang met geschenken', 'Hoofdstuk 3 Protocol', '2.' for a lid."""
    if node.kind in (m.LID, m.ONDERDEEL):
        return node.number or ""
    words = [KIND_LABELS.get(node.kind, "") if node.kind != m.SECTION else ""]
    words += [node.number or "", node.title or ""]
    return " ".join(w for w in words if w) or KIND_LABELS.get(node.kind, node.kind)
