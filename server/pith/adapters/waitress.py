"""waitress behind one seam: the server ``pith serve`` runs, with the guards waitress lacks.

waitress reads requests in one event loop and hands only complete ones to its threads, so a
slow client costs a connection, not a thread. What it does not bound is how long a client
may take to send one request: ``channel_timeout`` closes *idle* connections, and a client
dripping a header line every few seconds is never idle ("slowloris"). Added here:

* a per-request read deadline: the headers must arrive within ``Config.header_timeout`` of
  the request's first byte, the whole request within ``Config.request_read_timeout``;
  checked every second (``cleanup_interval``) for every connection;
* a connection limit far above what dripping clients can hold on loopback, polled with
  ``poll()`` (``select()`` stops at 1,024 descriptors), and the process's descriptor limit
  raised to match;
* a body declared larger than the limit is read and thrown away (up to ``_DRAIN_MAX``) before
  the 413 is sent, so the client sees the answer rather than a reset connection;
* errors waitress answers itself (413, 400, 431, 501) are JSON like every other error.

Internals used (checked by ``check()``): a server's ``channel_class``, ``maintenance(now)``
and ``active_channels``; ``HTTPChannel.received``, ``.request``, ``.will_close``,
``.error_task_class``, ``.parser_class``; ``HTTPRequestParser.received``, ``.completed``,
``.error``, ``.headers_finished``, ``.content_length``, ``.chunked``, ``.expect_continue``;
``ErrorTask.execute`` and ``Task.write``, ``.set_close_on_finish``, ``.response_headers``.
"""

from __future__ import annotations

import inspect
import json
import select
import time

from . import LibraryChanged

try:
    import waitress
    from waitress.channel import HTTPChannel
    from waitress.parser import HTTPRequestParser
    from waitress.server import BaseWSGIServer
    from waitress.task import ErrorTask
    from waitress.utilities import RequestEntityTooLarge
except ImportError as error:  # pragma: no cover - only with an incompatible release
    raise LibraryChanged(
        f"waitress no longer provides what Pith uses ({error}); Pith supports waitress >=3.0,<4."
    ) from error

__all__ = ["check", "create_server"]

# Bodies declared at most this large are drained before the 413; larger ones are cut at
# once. 128 MiB takes a fraction of a second on loopback and a bounded time elsewhere
# (request_read_timeout still applies).
_DRAIN_MAX = 128 * 1024 * 1024
# Seconds between sweeps for slow requests (waitress's cleanup_interval).
_SWEEP_SECONDS = 1


class _DrainingParser(HTTPRequestParser):
    """Reads and discards a too-large body before the request counts as complete."""

    _drain_left = 0

    def received(self, data):
        if self._drain_left:
            taken = min(len(data), self._drain_left)
            self._drain_left -= taken
            if not self._drain_left:
                self.completed = True
            return taken
        consumed = super().received(data)
        if (self.completed and isinstance(self.error, RequestEntityTooLarge)
                and not self.chunked and not self.expect_continue
                and 0 < self.content_length <= _DRAIN_MAX):
            self._drain_left = self.content_length
            self.completed = False
        return consumed


class _JsonErrorTask(ErrorTask):
    """waitress's own error answers in Pith's JSON shape."""

    def execute(self):
        error = self.request.error
        if error.code == 413:
            body = {"code": "too_large",
                    "message": "The request body is larger than the service accepts "
                               "(max_body_bytes)."}
        else:
            body = {"code": "bad_request",
                    "message": f"The request is malformed ({error.reason})."}
        data = json.dumps({"error": body}).encode("utf-8")
        self.status = f"{error.code} {error.reason}"
        self.response_headers.append(("Content-Type", "application/json"))
        self.set_close_on_finish()
        self.content_length = len(data)
        self.write(data)


class _GuardedChannel(HTTPChannel):
    parser_class = _DrainingParser
    error_task_class = _JsonErrorTask
    request_started: float | None = None  # time.monotonic() of the pending request's 1st byte

    def received(self, data):
        result = super().received(data)
        if self.request is None:
            self.request_started = None
        elif self.request_started is None:
            self.request_started = time.monotonic()
        return result


def _sweeper(server, original, header_timeout: float, read_timeout: float):
    """``maintenance`` that also closes connections whose request is too slow to arrive."""
    def maintenance(now):
        original(now)
        clock = time.monotonic()
        for channel in list(server.active_channels.values()):
            started = getattr(channel, "request_started", None)
            request = channel.request
            if started is None or request is None:
                continue
            limit = read_timeout if request.headers_finished else header_timeout
            if clock - started > limit:
                channel.will_close = True
    return maintenance


def create_server(app, *, host: str, port: int, threads: int, config, idle_timeout: float,
                  max_body_bytes: int, ident: str = "Pith"):
    """A waitress server for ``app`` on ``host``:``port`` with the guards above; call
    ``.run()`` to serve and ``.close()`` to stop. ``config`` is a ``pith.config.Config``."""
    _raise_descriptor_limit(config.connection_limit + 256)
    connections: dict = {}
    server = waitress.create_server(
        app, map=connections, host=host, port=port, threads=threads, ident=ident,
        channel_timeout=idle_timeout, cleanup_interval=_SWEEP_SECONDS,
        connection_limit=config.connection_limit,
        asyncore_use_poll=hasattr(select, "poll"),  # Windows has only select()
        max_request_body_size=max_body_bytes)
    for listener in [s for s in connections.values() if isinstance(s, BaseWSGIServer)]:
        listener.channel_class = _GuardedChannel
        listener.maintenance = _sweeper(listener, listener.maintenance, config.header_timeout,
                                        config.request_read_timeout)
    return server


def _raise_descriptor_limit(wanted: int) -> None:
    try:
        import resource

        soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
        target = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
        if soft != resource.RLIM_INFINITY and soft < target:
            resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
    except (ImportError, ValueError, OSError):  # Windows, or not allowed
        pass


def check() -> None:
    """Raise ``LibraryChanged`` naming the internal a waitress release moved."""
    problems = []
    for cls, names in (
        (BaseWSGIServer, ("channel_class", "maintenance", "handle_accept")),
        (HTTPChannel, ("received", "request", "will_close", "error_task_class",
                       "parser_class", "last_activity")),
        (HTTPRequestParser, ("received", "completed", "error", "headers_finished",
                             "content_length", "chunked", "expect_continue")),
        (ErrorTask, ("execute", "write", "set_close_on_finish")),
    ):
        problems += [f"{cls.__name__}.{name}" for name in names if not hasattr(cls, name)]
    if list(inspect.signature(BaseWSGIServer.maintenance).parameters) != ["self", "now"]:
        problems.append("BaseWSGIServer.maintenance(self, now)")
    if "active_channels" not in inspect.getsource(BaseWSGIServer.maintenance):
        problems.append("BaseWSGIServer.active_channels")
    if problems:
        raise LibraryChanged(
            "waitress changed what Pith relies on: " + ", ".join(problems)
            + ". Pith supports waitress >=3.0,<4; update pith.adapters.waitress."
        )
