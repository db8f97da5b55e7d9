"""Who may call the service: one access check, run before every route.

Every endpoint has a policy; an endpoint that declares none gets the strictest, ``API``, so a
new route cannot skip the check by being forgotten. What each policy asks:

==========  ===========  ===========  ================================================
policy      Host         token        browser requests from another site
==========  ===========  ===========  ================================================
``API``     allow-list   when set     refused (unless from a browser extension)
``PAGE``    allow-list   no           only as a top-level navigation (link, window)
``ASSET``   allow-list   no           refused
``STATUS``  allow-list   no           refused
==========  ===========  ===========  ================================================

* Host: a web page can point a name it owns at 127.0.0.1 (DNS rebinding) and talk to Pith as
  its own origin; only the names in ``Config.allowed_hosts`` are answered, token or not.
* Token: ``Authorization: Bearer <token>`` when the service has one. Pages and their scripts
  and styles need none: a browser cannot send a header when it opens a window, and they hold
  nothing secret and run nothing. Everything that runs the pipeline is ``API``.
* Cross-site: CORS only hides answers from a page; the request itself still runs. Browsers
  say where a request comes from (``Sec-Fetch-Site``, ``Origin``); a request from another
  site is refused unless its ``Origin`` is a browser extension's. Same-origin requests (the
  reader window), those a user starts (``Sec-Fetch-Site: none``) and those with neither
  header (curl, the CLI, scripts) pass. ``no-cors`` requests (``<img>``, a form-like fetch)
  never reach an ``API`` route, nor, for browsers that send no ``Sec-Fetch-*`` headers
  (Safari before 16.4), a request whose ``Accept`` asks first for an image, a style sheet
  or media, as ``<img>``, ``<link>``, ``<video>`` and ``<audio>`` do.
* Loop: a request carrying this process's own fetch mark (``pith.fetch.LOOP_MARK`` in
  ``Via``) is URL mode fetching this very service; it is refused.
"""

from __future__ import annotations

import enum
import functools
import hmac
import re

from flask import Flask, current_app, request

from .errors import Forbidden, HostRefused, LoopDetected, Unauthorized
from .fetch import LOOP_MARK

# Browser extensions only; a web page's origin is never let through (nor given CORS access).
EXTENSION_ORIGINS = (
    re.compile(r"chrome-extension://[a-p]{32}\Z"),
    re.compile(r"moz-extension://[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z"),
)
# What Sec-Fetch-Site says of a request the check lets through: from the service's own
# pages, or started by the user (typed, bookmarked) or by an extension with host access.
_FIRST_PARTY_SITES = ("same-origin", "none")
# What a page's subresources ask for first (<img>, <link rel=stylesheet>, <video>, <audio>).
_SUBRESOURCE_ACCEPT = re.compile(r"\s*(?:image/|video/|audio/|text/css\b)", re.IGNORECASE)


class Policy(enum.Enum):
    API = "api"
    PAGE = "page"
    ASSET = "asset"
    STATUS = "status"


def policy(kind: Policy):
    """Declare a view's access policy (see the module docstring)."""
    def mark(view):
        view.pith_access = kind
        return view
    return mark


def policy_of(app: Flask, endpoint: str | None) -> Policy:
    """The policy of ``endpoint``; ``API`` for one that declares none or for no endpoint."""
    view = app.view_functions.get(endpoint) if endpoint else None
    return getattr(view, "pith_access", Policy.API)


def mark_endpoint(app: Flask, endpoint: str, kind: Policy) -> None:
    """Give an endpoint registered by someone else (Flask's ``static``) a policy."""
    view = app.view_functions[endpoint]

    @functools.wraps(view)
    def wrapped(*args, **kwargs):
        return view(*args, **kwargs)

    app.view_functions[endpoint] = policy(kind)(wrapped)


def check() -> None:
    """Raise a domain error unless the current request may reach its endpoint."""
    config = current_app.config["PITH"]
    kind = policy_of(current_app, request.endpoint)
    _check_host(config.allowed_hosts)
    if LOOP_MARK in request.headers.get("Via", ""):
        raise LoopDetected("This request is Pith's URL mode fetching this same service; "
                           "Pith does not summarise itself.")
    if request.method == "OPTIONS":
        return  # a CORS preflight carries no credentials; the real request is checked
    if kind is Policy.API and config.token and not _has_token(config.token):
        raise Unauthorized("This Pith service needs its access token: send the header "
                           "'Authorization: Bearer <token>'.")
    if _refused_as_cross_site(kind):
        raise Forbidden("Pith does not answer requests that other web sites make: call it "
                        "from the extension, the reader window, curl or the command line.")


def is_extension_origin(origin: str) -> bool:
    return any(pattern.match(origin) for pattern in EXTENSION_ORIGINS)


def _check_host(allowed: tuple[str, ...]) -> None:
    host = (request.host or "").lower()
    name = host[1:].split("]")[0] if host.startswith("[") else host.rsplit(":", 1)[0]
    if name not in allowed:
        raise HostRefused(
            f"Pith does not answer to the host name {name!r}. Use http://127.0.0.1:<port>/, "
            "or start it with --allowed-host for another name.")


def _has_token(token: str) -> bool:
    header = request.headers.get("Authorization", "")
    given = header[7:].strip() if header[:7].lower() == "bearer " else ""
    return hmac.compare_digest(given.encode(), token.encode())


def _refused_as_cross_site(kind: Policy) -> bool:
    site = request.headers.get("Sec-Fetch-Site")
    mode = request.headers.get("Sec-Fetch-Mode")
    origin = request.headers.get("Origin")
    if origin is not None and is_extension_origin(origin):
        return False
    if kind is Policy.API and (mode == "no-cors" or _SUBRESOURCE_ACCEPT.match(
            request.headers.get("Accept", ""))):
        return True  # an <img>, <script> or form-like fetch: never how the API is called
    first_party = _first_party(site, origin)
    if kind is Policy.PAGE:
        # A link or window.open from an article is how the reader opens; an embed is not.
        return not first_party and mode not in (None, "navigate")
    return not first_party


def _first_party(site: str | None, origin: str | None) -> bool:
    if origin is not None:
        # Browsers send Origin on every cross-site request but a GET navigation; "null" is
        # a sandboxed frame or a data: URL, which is no one's own page.
        return origin == request.host_url.rstrip("/") and site in (None, *_FIRST_PARTY_SITES)
    return site is None or site in _FIRST_PARTY_SITES
