"""The service's own pages: the home page with the bookmarklet, and the reader window the
bookmarklet opens. Both are sent with a strict Content-Security-Policy of their own."""

from __future__ import annotations

from flask import Blueprint, abort, current_app, render_template, request, send_from_directory

from . import assets, bookmarklet, present
from .errors import BadRequest, PithError

bp = Blueprint("web", __name__)

# Scripts and styles from this service only; no inline script, no framing, no plugins.
# The reader needs connect-src 'self' for /api/summary; nothing else leaves the page.
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")


@bp.after_request
def _security_headers(response):
    response.headers["Content-Security-Policy"] = CSP
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    return response


@bp.get("/")
def home():
    origin = request.host_url.rstrip("/")
    return render_template("home.html", origin=origin, bookmarklet=bookmarklet.build(origin))


@bp.get("/reader")
def reader():
    return render_template("reader.html", result=None)


@bp.post("/reader")
def reader_from_form():
    """The bookmarklet's fallback: the page arrives as a form POST; the summary is embedded."""
    html = request.form.get("html", "")
    if not html.strip():
        raise BadRequest("No page arrived: the form had no page HTML.")
    summary = current_app.extensions["pith.service"].summarize(
        html, url=request.form.get("url") or None, length=request.form.get("length"))
    return render_template("reader.html", result=present.to_json(summary))


@bp.errorhandler(PithError)
def _reader_error(error: PithError):
    """The reader page shows the error itself (render.js adds the advice for its code)."""
    return render_template("reader.html", result=error.to_dict()), error.status


@bp.get("/shared/<name>")
def shared(name: str):
    """The extension's shared modules (rendering, styles), served from their one source."""
    if name not in assets.SERVED_FILES:
        abort(404)
    return send_from_directory(assets.shared_dir(), name, max_age=0)
