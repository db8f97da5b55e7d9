"""Pith: a small, fast, private summariser for the web.

``create_app`` builds the Flask application; nothing is built at import time. The Python API
is ``server.pipeline.summarize`` and ``server.pipeline.extract``.
"""

from __future__ import annotations

__version__ = "0.1.0"


def create_app(config: dict | None = None):
    """Build the Flask app. ``config`` may hold Flask settings and a ``"PITH"`` key with a
    ``server.config.Config`` (or a dict of its fields) for the pipeline's limits."""
    from flask import Flask

    from . import api
    from .config import DEFAULT, Config

    app = Flask(__name__)
    settings = dict(config or {})
    pith = settings.pop("PITH", DEFAULT)
    if isinstance(pith, dict):
        pith = DEFAULT.with_overrides(**pith)
    if not isinstance(pith, Config):
        raise TypeError("config['PITH'] must be a server.config.Config or a dict of its fields")
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
