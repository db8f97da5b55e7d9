"""Domain errors raised by the pipeline stages and the service.

Each error carries a stable machine-readable ``code``, the HTTP ``status`` the API answers with,
the CLI's ``exit_code`` and a neutral ``message`` saying what is wrong. Advice for a browser
user ("select the article's text and summarise the selection") is not part of the message: the
edges that have such a user (the popup and the reader, through ``extension/lib/render.js``)
add it by ``code``. The HTTP API (``pith.api``) and the CLI (``pith.cli``) translate errors in
one place each; stages never build responses.

Every code a ``PithError`` can carry is the ``code`` of one class below: ``error_codes()``
lists them, and the OpenAPI description's ``ErrorCode`` enum is checked against it.
"""

from __future__ import annotations


class PithError(Exception):
    """Base class of every error Pith reports to a user."""

    status = 500
    code = "internal_error"
    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def to_dict(self) -> dict:
        return {"error": {"code": self.code, "message": self.message}}


class BadRequest(PithError, ValueError):
    """The request itself is malformed: wrong types, missing or unknown fields."""

    status = 400
    code = "bad_request"
    exit_code = 3


class HostRefused(BadRequest):
    """The request named a host the service does not answer to (DNS rebinding)."""

    code = "host_refused"


class Unauthorized(PithError):
    """The service has an access token and the request did not carry it."""

    status = 401
    code = "unauthorized"
    exit_code = 3


class Forbidden(PithError):
    """A browser sent the request from another site (a web page driving the service), or
    in a way only a page's subresource would (an ``<img>``, a ``no-cors`` fetch)."""

    status = 403
    code = "cross_site"
    exit_code = 3


class LoopDetected(PithError):
    """URL mode was pointed at this very service: it would fetch itself without end."""

    status = 508
    code = "loop_detected"
    exit_code = 3


class PayloadTooLarge(PithError):
    """The page is larger than the configured limit."""

    status = 413
    code = "too_large"
    exit_code = 3

    @classmethod
    def for_limit(cls, max_bytes: int) -> "PayloadTooLarge":
        size = (f"{max_bytes / 2**20:g} MiB" if max_bytes >= 2**20
                else f"{max_bytes / 2**10:g} KiB")
        return cls(f"The page is larger than the {size} limit (max_body_bytes).")


class UnsupportedMediaType(PithError):
    """The body is not HTML or text (a PDF, an image, an archive, binary data)."""

    status = 415
    code = "unsupported_media_type"
    exit_code = 3


class NotAnArticle(PithError):
    """The page parsed, but holds too little readable text to summarise."""

    status = 422
    code = "not_an_article"
    exit_code = 3


class UnsupportedLanguage(NotAnArticle):
    """The page is in a language Pith cannot split into sentences."""

    code = "unsupported_language"


class Timeout(PithError):
    """The page took longer than the configured deadline to summarise."""

    status = 503
    code = "timeout"
    exit_code = 1


class WorkerFailed(Timeout):
    """The worker process summarising a large page died (out of memory, killed)."""

    code = "worker_failed"


class Busy(PithError):
    """Too many pages are being summarised; the request waited its turn and gave up."""

    status = 503
    code = "busy"
    exit_code = 1


class FetchError(PithError):
    """Pith could not fetch the page at the given URL."""

    status = 502
    code = "fetch_failed"
    exit_code = 4


class FetchRefused(BadRequest):
    """The URL is not one Pith will fetch (scheme, private address, too many redirects)."""

    code = "url_refused"


def error_codes() -> dict[str, int]:
    """Every code a ``PithError`` can carry, with its HTTP status."""
    codes: dict[str, int] = {}
    pending = [PithError]
    while pending:
        cls = pending.pop()
        codes[cls.code] = cls.status
        pending.extend(cls.__subclasses__())
    return dict(sorted(codes.items()))
