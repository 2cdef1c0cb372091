"""Safe by default: who may use the app, which forms it accepts, what a page may load.

- On loopback (the default) only the local machine can connect; the Host header must
  name the loopback too, so that a web page cannot reach the app through a domain it
  points at 127.0.0.1 (DNS rebinding).
- On any other host a token is required: printed at start, passed once as `?token=`
  (then kept in an HttpOnly cookie, and the address without it is loaded) or sent as
  the `X-Gedragscode-Token` header by a script.
- Every POST carries a per-session CSRF token that is checked on the server.
- Every response forbids loading anything from elsewhere (Content-Security-Policy):
  no external scripts, fonts or images, and the app's pages cannot be framed by others.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import ipaddress
import re
import secrets
from urllib.parse import urlencode

from flask import Flask, current_app, g, redirect, request, session
from werkzeug.exceptions import BadRequest, Forbidden

TOKEN_COOKIE = "gedragscode_token"
TOKEN_HEADER = "X-Gedragscode-Token"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "X-CSRF-Token"
LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1"})

#: Pages load only what the app serves itself; forms post only to the app.
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; frame-src 'self'; form-action 'self'; base-uri 'none'; "
    "frame-ancestors 'self'"
)


class NoAccess(Forbidden):
    dutch = (
        "Geen toegang. Open de app met de link die bij het starten werd getoond "
        "(met ?token=...), of stuur het token mee in de kop X-Gedragscode-Token."
    )


class WrongHost(BadRequest):
    dutch = (
        "Deze app is alleen bereikbaar via 127.0.0.1 of localhost. "
        "Start de app met --host om haar op een ander adres aan te bieden (dan met token)."
    )


class BadForm(BadRequest):
    dutch = (
        "Dit formulier is verlopen of niet door deze app verstuurd. "
        "Laad de pagina opnieuw en probeer het nog eens."
    )


def document_csp(page: str) -> str:
    """The policy for a self-contained document (the comparison report): its own inline
    stylesheets and scripts, each allowed by its hash, and nothing else."""
    hashes = {"style": [], "script": []}
    for kind, body in re.findall(r"<(style|script)[^>]*>(.*?)</\1>", page, re.S | re.I):
        digest = base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode()
        hashes[kind.lower()].append(f"'sha256-{digest}'")
    style = " ".join(hashes["style"]) or "'none'"
    script = " ".join(hashes["script"]) or "'none'"
    return (
        f"default-src 'none'; style-src {style}; script-src {script}; img-src data:; "
        "base-uri 'none'; form-action 'none'; frame-ancestors 'self'"
    )


def is_loopback(host: str) -> bool:
    if host.strip("[]") in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def new_token() -> str:
    return secrets.token_urlsafe(24)


def install(app: Flask) -> None:
    app.before_request(_check_access)
    app.before_request(_check_csrf)
    app.after_request(_add_headers)
    app.jinja_env.globals["csrf_token"] = csrf_token
    app.jinja_env.globals["csrf_field"] = CSRF_FIELD


def csrf_token() -> str:
    if CSRF_FIELD not in session:
        session[CSRF_FIELD] = secrets.token_urlsafe(32)
    return session[CSRF_FIELD]


def _same(given: str | None, expected: str | None) -> bool:
    return bool(given and expected) and hmac.compare_digest(given.encode(), expected.encode())


def _check_access():
    token = current_app.config.get("ACCESS_TOKEN")
    if not token:
        host = request.host
        hostname = host[1 : host.find("]")] if host.startswith("[") else host.split(":")[0]
        if not is_loopback(hostname):
            raise WrongHost()
        return None
    if _same(request.args.get("token"), token):
        # Keep the token out of the address bar and the history: a cookie carries it from now on.
        rest = {k: v for k, v in request.args.items(multi=True) if k != "token"}
        target = request.path + (f"?{urlencode(rest)}" if rest else "")
        response = redirect(target, 303)
        response.set_cookie(TOKEN_COOKIE, token, httponly=True, samesite="Strict")
        return response
    if _same(request.cookies.get(TOKEN_COOKIE), token) or _same(
        request.headers.get(TOKEN_HEADER), token
    ):
        return None
    raise NoAccess()


def _check_csrf():
    if request.method in ("GET", "HEAD", "OPTIONS"):
        return
    given = request.form.get(CSRF_FIELD) or request.headers.get(CSRF_HEADER)
    if not _same(given, session.get(CSRF_FIELD)):
        raise BadForm()


def _add_headers(response):
    response.headers["Content-Security-Policy"] = getattr(g, "csp", None) or CSP
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["Cross-Origin-Opener-Policy"] = "same-origin"
    if not request.path.startswith("/static/"):
        # Pages and downloads may hold personal data of a case: no copy in a shared cache.
        response.headers["Cache-Control"] = "no-store"
    return response
