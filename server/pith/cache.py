"""A bounded in-memory cache of summaries, so reopening the popup on a page is instant.

Keyed by a hash of the page's content and every option that changes the answer. It lives in
the service's memory only, holds at most ``Config.cache_entries`` summaries and at most
``Config.cache_bytes`` of them (least recently used go first), and is gone when the service
stops. Summaries arrive holding only what their answer needs (``admission``), so an entry is
a few kilobytes unless the answer includes the article's text.

Single-flight: while a summary is being computed, identical requests wait for it instead of
computing it again (a popup reopened, a page summarised twice at once).
"""

from __future__ import annotations

import hashlib
import sys
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field, replace

from .errors import PithError, Timeout
from .models import Summary, Timing

# Bytes counted for an entry beyond its strings: the objects holding them, and the key.
_ENTRY_OVERHEAD = 2048


@dataclass
class _Flight:
    done: threading.Event = field(default_factory=threading.Event)
    summary: Summary | None = None
    error: BaseException | None = None


class SummaryCache:
    def __init__(self, entries: int, max_bytes: int) -> None:
        self._entries = entries
        self._max_bytes = max_bytes
        self._bytes = 0
        self._items: OrderedDict[tuple, tuple[Summary, int]] = OrderedDict()
        self._flights: dict[tuple, _Flight] = {}
        self._lock = threading.Lock()

    @staticmethod
    def key(html: bytes | str, **options) -> tuple:
        data = html.encode("utf-8", "surrogatepass") if isinstance(html, str) else bytes(html)
        return (hashlib.sha256(data).hexdigest(), type(html).__name__,
                tuple(sorted((k, repr(v)) for k, v in options.items())))

    @property
    def size_bytes(self) -> int:
        return self._bytes

    def get_or_compute(self, key: tuple, compute, *, deadline: float) -> Summary:
        """The cached summary for ``key``, timed as a hit (the lookup, no stages); else the
        one being computed for an identical request (waited for until ``deadline``), also a
        hit; else ``compute()``'s, stored and timed as a miss."""
        if self._entries <= 0:
            return compute()
        started = time.perf_counter()
        with self._lock:
            entry = self._items.get(key)
            if entry is not None:
                self._items.move_to_end(key)
            else:
                flight = self._flights.get(key)
                leader = flight is None
                if leader:
                    flight = self._flights[key] = _Flight()
        if entry is not None:
            return _as_hit(entry[0], started)
        if not leader:
            return _follow(flight, started, deadline)
        try:
            summary = compute()
        except BaseException as error:
            flight.error = error
            raise
        else:
            summary = replace(summary, timing=replace(summary.timing, cache="miss"))
            flight.summary = summary
            self._store(key, summary)
            return summary
        finally:
            with self._lock:
                del self._flights[key]
            flight.done.set()

    def _store(self, key: tuple, summary: Summary) -> None:
        size = footprint(summary)
        if size > self._max_bytes:
            return
        with self._lock:
            if key in self._items:
                self._bytes -= self._items.pop(key)[1]
            self._items[key] = (summary, size)
            self._bytes += size
            while len(self._items) > self._entries or self._bytes > self._max_bytes:
                self._bytes -= self._items.popitem(last=False)[1][1]


def _as_hit(summary: Summary, started: float) -> Summary:
    elapsed = round((time.perf_counter() - started) * 1000, 2)
    return replace(summary, timing=Timing(elapsed_ms=elapsed, cache="hit"))


def _follow(flight: _Flight, started: float, deadline: float) -> Summary:
    if not flight.done.wait(max(0.0, deadline - time.monotonic())):
        raise Timeout("An identical request is still being summarised; this one ran out of "
                      "time waiting for it.")
    error = flight.error
    if isinstance(error, PithError):
        raise type(error)(error.message)
    if error is not None:
        raise error
    return _as_hit(flight.summary, started)


def footprint(summary: Summary) -> int:
    """Bytes an entry holds: its strings as Python stores them, plus a fixed overhead."""
    article = summary.article
    strings = [article.title, article.byline, article.site_name, article.published,
               article.language, article.url, article.image, summary.tldr,
               *article.paragraphs, *(point.text for point in summary.key_points)]
    return _ENTRY_OVERHEAD + sum(sys.getsizeof(s) for s in strings if s)
