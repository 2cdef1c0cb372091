"""Job 2, compare codes: the side-by-side report, the norms table and the coverage grid;
the norms as CSV and everything as SQLite.

The codes are named in the address (`?code=best&code=rheden`), so a comparison is a
plain GET that can be bookmarked and reloaded. It calls `compare.report.build_report`,
`compare.norms.extract`, `compare.coverage.coverage`, `compare.export.norms_csv` and
`write_sqlite`: the functions behind `gedragscode compare`, `norms` and `export`.
"""

from __future__ import annotations

import io
import threading
from collections import OrderedDict

from flask import (
    Blueprint,
    Response,
    g,
    redirect,
    render_template,
    request,
    send_file,
    url_for,
)

from . import messages, security, sources

blueprint = Blueprint("compare", __name__, url_prefix="/vergelijken")

#: Building a report aligns every provision with every other; keep the last few.
_REPORTS: OrderedDict = OrderedDict()
_LOCK = threading.Lock()
_KEEP = 4


def _selection() -> tuple[list[str], str | None]:
    ids = list(dict.fromkeys(request.args.getlist("code")))
    base = request.args.get("basis") or None
    return ids, base if base in ids else None


def _report(ids: list[str], base: str | None):
    from compare.provisions import code_key
    from compare.report import build_report

    key = (id(sources.workspace()), tuple(ids), base)
    with _LOCK:
        if key in _REPORTS:
            _REPORTS.move_to_end(key)
            return _REPORTS[key]
    codes = [sources.load(i) for i in ids]
    base_key = code_key(sources.load(base)) if base else None
    report = build_report(codes, base_key)
    with _LOCK:
        _REPORTS[key] = (codes, report)
        while len(_REPORTS) > _KEEP:
            _REPORTS.popitem(last=False)
    return codes, report


@blueprint.get("/")
def choose():
    ids, base = _selection()
    context = {"choices": sources.choices(), "ids": ids, "base": base}
    if not ids:
        return render_template("compare.html", **context)
    if len(ids) < 2:
        return render_template(
            "compare.html", error="Kies ten minste twee codes om te vergelijken.", **context
        ), 400
    from compare.coverage import coverage

    codes, report = _report(ids, base)
    columns = [sources.label(i) for i in ids]
    # The report orders its codes as given; its keys map back to the ids the user chose.
    by_key = dict(zip(report.comparison.codes, ids, strict=True))
    return render_template(
        "compare.html",
        columns=columns,
        norms=_norm_rows(codes),
        coverage=coverage(report.comparison),
        coverage_columns=[sources.label(by_key[k]) for k in report.comparison.codes],
        query=request.query_string.decode(),
        **context,
    )


@blueprint.post("/")
def upload():
    from .check import receive_upload

    added, error = receive_upload()
    if error:
        page = render_template(
            "compare.html", choices=sources.choices(), ids=[], base=None, upload_error=error
        )
        return page, 400
    chosen = [i for i in request.form.getlist("code") if i] + [added.id]
    return redirect(url_for("compare.choose", code=chosen), 303)


@blueprint.get("/rapport")
def report():
    ids, base = _selection()
    if len(ids) < 2:
        return redirect(url_for("compare.choose", code=ids))
    _, built = _report(ids, base)
    # The report is one self-contained file with its own inline stylesheet: allow exactly that.
    g.csp = security.document_csp(built.html)
    headers = {}
    if request.args.get("opslaan"):
        headers["Content-Disposition"] = 'attachment; filename="vergelijking.html"'
    return Response(built.html, mimetype="text/html", headers=headers)


@blueprint.get("/normen.csv")
def norms_csv():
    from compare.export import norms_csv as to_csv

    ids, _ = _selection()
    codes = _at_least_two(ids)
    return _attachment(to_csv(codes).encode("utf-8"), "normen.csv", "text/csv; charset=utf-8")


@blueprint.get("/normen-vindplaatsen.csv")
def norms_evidence_csv():
    """The evidence table beside the norms: every quote, article and span."""
    from compare.norm_table import norm_table, to_csv

    ids, _ = _selection()
    data = to_csv(norm_table(_at_least_two(ids))[1]).encode("utf-8")
    return _attachment(data, "normen-vindplaatsen.csv", "text/csv; charset=utf-8")


@blueprint.get("/vergelijking.sqlite")
def sqlite():
    from compare.export import write_sqlite

    ids, base = _selection()
    _at_least_two(ids)
    codes, built = _report(ids, base)
    path = sources.workspace().new_path("vergelijking.sqlite")
    write_sqlite(
        path, codes, built.comparison, command=f"gedragscode serve: vergelijken {' '.join(ids)}"
    )
    return send_file(
        path,
        mimetype="application/vnd.sqlite3",
        as_attachment=True,
        download_name="vergelijking.sqlite",
    )


def _at_least_two(ids: list[str]):
    if len(ids) < 2:
        raise messages.UserError("Kies ten minste twee codes om te vergelijken.")
    return [sources.load(i) for i in ids]


def _attachment(data: bytes, filename: str, mimetype: str):
    return send_file(
        io.BytesIO(data), mimetype=mimetype, as_attachment=True, download_name=filename
    )


def _norm_rows(codes) -> list[dict]:
    """The norms table of the report: the same rows, names and quotes (`report_parts.norm_table`)."""
    from compare.labels import place_labels
    from compare.report_parts import norm_table

    return norm_table(codes, [place_labels(code) for code in codes])
