"""HTTP API: parse the request, call the pipeline, respond. Errors become JSON here, once.

Routes:
  POST /api/summary   JSON {"html", "url"?, "length"?, "format"?, "include_text"?,
                      "summarizer"?, "language"?} or a raw text/html body (options in the
                      query string)
  GET  /api/summary   ?url=... : Pith fetches the page itself
  GET  /api/openapi.json
  GET  /healthz
"""

from __future__ import annotations

import functools
import json
import re
import traceback
from pathlib import Path

from flask import Blueprint, Flask, Response, current_app, jsonify, request
from flask_cors import CORS
from werkzeug.exceptions import HTTPException, RequestEntityTooLarge

from . import __version__, access, present
from .access import Policy
from .errors import BadRequest, PayloadTooLarge, PithError, UnsupportedMediaType
from .service import SummaryService

bp = Blueprint("api", __name__)

# Not text/plain: a web page can send that without asking (a "simple" request), and the
# HTML arrives as text/html from every client Pith has.
_HTML_BODY_TYPES = ("text/html", "application/xhtml+xml")
_JSON_FIELDS = {
    "html": str, "url": str, "length": str, "format": str, "include_text": bool,
    "summarizer": str, "language": str,
}
_OPENAPI = Path(__file__).with_name("openapi.json")
_QUERY_FIELDS = ("url", "length", "format", "include_text", "summarizer", "language")


@bp.get("/healthz")
@access.policy(Policy.STATUS)
def healthz():
    return jsonify(status="ok", version=__version__)


@bp.get("/api/openapi.json")
def openapi():
    """The OpenAPI description of this API."""
    return Response(_openapi_document(), mimetype="application/json")


@functools.cache
def _openapi_document() -> bytes:
    document = json.loads(_OPENAPI.read_text(encoding="utf-8"))
    document["info"]["version"] = __version__  # the package metadata is the one source
    return json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")


@bp.post("/api/summary")
def summary_from_body():
    media_type = request.mimetype
    if media_type == "application/json":
        fields = _json_fields()
        html = fields.pop("html", None)
        if not html or not html.strip():
            raise BadRequest('The JSON body needs a non-empty "html" field with the page HTML.')
        content_type = None
    elif media_type in _HTML_BODY_TYPES:
        fields = _query_fields()
        html = request.get_data(cache=False)
        if not html.strip():
            raise BadRequest("The body is empty: send the page's HTML.")
        content_type = request.content_type
    else:
        raise UnsupportedMediaType(
            f"Send the page as application/json or text/html, not {media_type or 'no type'}."
        )
    return _summarize(html, fields, content_type)


@bp.get("/api/summary")
def summary_from_url():
    fields = _query_fields()
    url = fields.get("url")
    if not url:
        raise BadRequest("Give the page to summarise: GET /api/summary?url=https://... or "
                         "POST its HTML to /api/summary.")
    fmt = _negotiate(fields.pop("format", None))
    return _respond(current_app.extensions["pith.service"].summarize_url(**fields), fmt)


def _summarize(html, fields: dict, content_type: str | None) -> Response:
    fmt = _negotiate(fields.pop("format", None))
    summary = current_app.extensions["pith.service"].summarize(
        html, content_type=content_type, **fields)
    return _respond(summary, fmt)


def _respond(summary, fmt: str) -> Response:
    if fmt == "json":
        return jsonify(present.to_json(summary))
    return Response(present.render(summary, fmt), mimetype=present.FORMATS[fmt])


def _negotiate(fmt: str | None) -> str:
    """The output format: ``fmt`` if given, else the client's preferred type (q-values
    honoured, q=0 refused), JSON when it names none Pith produces."""
    if fmt:
        return present.check_format(fmt)
    if not request.accept_mimetypes:
        return "json"
    by_type = {media_type: name for name, media_type in present.FORMATS.items()}
    by_type["text/x-markdown"] = "markdown"
    best = request.accept_mimetypes.best_match(list(by_type), default=None)
    return by_type.get(best, "json")


def _json_fields() -> dict:
    try:
        body = request.get_json(silent=True)
    except RecursionError:  # the json module's answer to [[[[...]]]]
        body = None
    if not isinstance(body, dict):
        raise BadRequest("The body must be a JSON object such as "
                         '{"html": "<html>...</html>", "url": "https://..."}.')
    unknown = sorted(set(body) - set(_JSON_FIELDS))
    if unknown:
        raise BadRequest(f"Unknown field(s): {', '.join(unknown)}. "
                         f"Known fields: {', '.join(_JSON_FIELDS)}.")
    fields = {}
    for name, value in body.items():
        if value is None and name != "html":
            continue
        if not isinstance(value, _JSON_FIELDS[name]):
            expected = "true or false" if _JSON_FIELDS[name] is bool else "a string"
            raise BadRequest(f'The field "{name}" must be {expected}.')
        if name != "html" and isinstance(value, str) and not _is_text(value):
            # A lone surrogate (JSON allows "\ud800") is no text; the page's HTML may hold
            # one from a broken page, and the decode stage mends it there.
            raise BadRequest(f'The field "{name}" holds an unpaired surrogate (\\ud800-\\udfff).')
        fields[name] = value
    return fields


def _is_text(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _query_fields() -> dict:
    fields = {name: request.args[name] for name in _QUERY_FIELDS if name in request.args}
    if "include_text" in fields:
        value = fields["include_text"].lower()
        if value not in ("1", "true", "yes", "0", "false", "no", ""):
            raise BadRequest("include_text must be true or false.")
        fields["include_text"] = value in ("1", "true", "yes")
    return fields


def _error_response(error: PithError) -> Response:
    response = jsonify(error.to_dict())
    response.status_code = error.status
    return response


def _http_error(error: HTTPException) -> Response:
    if isinstance(error, RequestEntityTooLarge):
        return _error_response(PayloadTooLarge(
            "The request body is larger than the service accepts (max_body_bytes)."
        ))
    code = re.sub(r"\W+", "_", (error.name or "error").lower()).strip("_")
    response = jsonify({"error": {"code": code, "message": error.description}})
    response.status_code = error.code or 500
    for name, value in error.get_headers():  # e.g. Allow on 405, which RFC 9110 requires
        if name.lower() != "content-type":
            response.headers[name] = value
    return response


def _unexpected_error(error: Exception) -> Response:
    # Where it failed, never what it failed on: exception messages can quote the page
    # (lxml and regex errors do), and the log must not hold the pages a user read.
    frames = getattr(error, "frames", None) or "".join(traceback.format_tb(error.__traceback__))
    current_app.logger.error("unexpected %s while handling %s %s\n%s", type(error).__name__,
                             request.method, request.path, frames)
    response = jsonify({"error": {
        "code": "internal_error",
        "message": "Pith failed on this page; the service log has the details. "
                   "Please report the page's URL.",
    }})
    response.status_code = 500
    return response


def init_app(app: Flask) -> None:
    """Register the routes, the one access check (``pith.access``) before all of them, the
    security headers after all of them, the error translation and CORS for extension
    origins."""
    from . import web

    app.extensions["pith.service"] = SummaryService(app.config["PITH"])
    app.before_request(access.check)
    app.register_blueprint(bp)
    app.register_blueprint(web.bp)
    access.mark_endpoint(app, "static", Policy.ASSET)
    app.after_request(web.security_headers)
    app.register_error_handler(PithError, _error_response)
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(Exception, _unexpected_error)
    CORS(app, resources={r"/api/*": {"origins": list(access.EXTENSION_ORIGINS)}},
         methods=["GET", "POST", "OPTIONS"], allow_headers=["Content-Type", "Authorization"],
         max_age=600, allow_private_network=True)
