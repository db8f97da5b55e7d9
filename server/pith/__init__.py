"""Pith: a small, fast, private summariser for the web.

The Python API:

* ``pith.summarize(html, *, url=None, length="medium", ...) -> Summary``
* ``pith.extract(html, *, url=None, ...) -> Article``
* ``pith.create_app(config=None)``: the Flask application (nothing is built at import time).

``summarize`` and ``extract`` live in ``pith.pipeline``; they are loaded on first use, so
``import pith`` (and ``pith --version``) stays cheap.
"""

from __future__ import annotations

from importlib import metadata

try:
    __version__ = metadata.version("pith")
except metadata.PackageNotFoundError:  # run from a checkout that was never installed
    __version__ = "0+unknown"

__all__ = ["Article", "KeyPoint", "PithError", "Summary", "create_app", "extract",
           "summarize", "__version__"]

_LAZY = {
    "summarize": "pith.pipeline", "extract": "pith.pipeline",
    "Article": "pith.models", "KeyPoint": "pith.models", "Summary": "pith.models",
    "PithError": "pith.errors",
}


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'pith' has no attribute {name!r}")


def create_app(config: dict | None = None):
    """Build the Flask app. ``config`` may hold Flask settings and a ``"PITH"`` key with a
    ``pith.config.Config`` (or a dict of its fields) for the pipeline's limits."""
    from flask import Flask

    from . import api
    from .config import DEFAULT, Config

    app = Flask(__name__)
    settings = dict(config or {})
    pith = settings.pop("PITH", DEFAULT)
    if isinstance(pith, dict):
        pith = DEFAULT.with_overrides(**pith)
    if not isinstance(pith, Config):
        raise TypeError("config['PITH'] must be a pith.config.Config or a dict of its fields")
    app.config.update(settings)
    app.config["PITH"] = pith
    # Bodies beyond the limit are refused by Werkzeug before they are read; the JSON envelope
    # around the HTML adds a little, and escaping can double it, so allow for that.
    if "MAX_CONTENT_LENGTH" not in settings:  # Flask's default, None, means no limit
        app.config["MAX_CONTENT_LENGTH"] = 2 * pith.max_body_bytes + 64 * 1024
    # The bookmarklet's form fallback posts the page as a form field.
    if "MAX_FORM_MEMORY_SIZE" not in settings:  # Flask's default is 500 kB
        app.config["MAX_FORM_MEMORY_SIZE"] = app.config["MAX_CONTENT_LENGTH"]
    app.json.ensure_ascii = False
    app.json.sort_keys = False
    api.init_app(app)
    return app
