"""The service's own pages: the home page with the bookmarklet, and the reader window the
bookmarklet opens. Every answer of the service carries the security headers below; these
pages and their scripts are what the strict policy is for."""

from __future__ import annotations

from flask import Blueprint, abort, render_template, request, send_from_directory
from werkzeug.exceptions import RequestEntityTooLarge

from . import access, assets, bookmarklet
from .access import Policy
from .errors import BadRequest, PayloadTooLarge, PithError

bp = Blueprint("web", __name__)

# Scripts and styles from this service only; no inline script, no framing, no plugins.
# The reader needs connect-src 'self' for /api/summary; nothing else leaves the page.
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")


def security_headers(response):
    """On every answer (pages, /static/, /shared/, JSON): the policy, no MIME sniffing, no
    referrer."""
    response.headers["Content-Security-Policy"] = CSP
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    return response


@bp.get("/")
@access.policy(Policy.PAGE)
def home():
    origin = request.host_url.rstrip("/")
    return render_template("home.html", origin=origin, bookmarklet=bookmarklet.build(origin))


@bp.get("/reader")
@access.policy(Policy.PAGE)
def reader():
    return render_template("reader.html", page=None, error=None)


@bp.post("/reader")
@access.policy(Policy.PAGE)
def reader_from_form():
    """The bookmarklet's form POST: the page, embedded for the reader script, which asks
    /api/summary itself (with the access token, when the service has one), so both ways in
    summarise alike and the lengths switch."""
    html = request.form.get("html", "")
    if not html.strip():
        raise BadRequest("No page arrived: the form had no page HTML.")
    page = {"html": html, "url": request.form.get("url", ""), "title": request.form.get("title", "")}
    return render_template("reader.html", page=page, error=None)


@bp.errorhandler(PithError)
def _reader_error(error: PithError):
    """The reader page shows the error itself (render.js adds the advice for its code)."""
    return render_template("reader.html", page=None, error=error.to_dict()), error.status


@bp.errorhandler(RequestEntityTooLarge)
def _reader_too_large(error):
    return _reader_error(PayloadTooLarge("The page is larger than the service accepts (max_body_bytes)."))


@bp.get("/shared/<name>")
@access.policy(Policy.ASSET)
def shared(name: str):
    """The extension's shared modules (rendering, styles), served from their one source."""
    if name not in assets.SERVED_FILES:
        abort(404)
    return send_from_directory(assets.shared_dir(), name, max_age=0)
