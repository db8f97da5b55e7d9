"""A bounded in-memory cache of summaries, so reopening the popup on a page is instant.

Keyed by a hash of the page's content and every option that changes the answer. It lives in
the service's memory only, holds at most ``Config.cache_entries`` summaries (least recently
used go first) and is gone when the service stops.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections import OrderedDict
from dataclasses import replace

from .models import Summary, Timing


class SummaryCache:
    def __init__(self, entries: int) -> None:
        self._entries = entries
        self._items: OrderedDict[tuple, Summary] = OrderedDict()
        self._lock = threading.Lock()

    @staticmethod
    def key(html: bytes | str, **options) -> tuple:
        data = html.encode("utf-8", "surrogatepass") if isinstance(html, str) else bytes(html)
        return (hashlib.sha256(data).hexdigest(), type(html).__name__,
                tuple(sorted((k, repr(v)) for k, v in options.items())))

    def get_or_compute(self, key: tuple, compute) -> Summary:
        """The cached summary for ``key``, timed as a hit (the lookup, no stages), or
        ``compute()``'s, stored and timed as a miss."""
        if self._entries <= 0:
            return compute()
        started = time.perf_counter()
        with self._lock:
            summary = self._items.get(key)
            if summary is not None:
                self._items.move_to_end(key)
        if summary is not None:
            elapsed = round((time.perf_counter() - started) * 1000, 2)
            return replace(summary, timing=Timing(elapsed_ms=elapsed, cache="hit"))
        summary = compute()
        summary = replace(summary, timing=replace(summary.timing, cache="miss"))
        with self._lock:
            self._items[key] = summary
            self._items.move_to_end(key)
            while len(self._items) > self._entries:
                self._items.popitem(last=False)
        return summary
