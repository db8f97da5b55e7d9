"""The service's one way to summarise a request: the cache in front (single-flight: identical
requests in flight share one run), then admission (a pool of worker processes under the
request's deadline), then the pipeline. The JSON API, URL mode and the reader window all come
through here, with the app's configuration; one deadline, ``request_timeout``, covers all of
a request's work, fetch included."""

from __future__ import annotations

import threading
import time

from .admission import Lanes
from .cache import SummaryCache
from .config import Config
from .errors import Busy
from .fetch import fetch
from .models import Summary


class SummaryService:
    def __init__(self, config: Config) -> None:
        self.config = config
        self._cache = SummaryCache(config.cache_entries, config.cache_bytes)
        self._lanes = Lanes(config)
        self._fetches = threading.BoundedSemaphore(config.concurrent_fetches)

    def start(self, wait: float = 0.0) -> bool:
        """Start the worker processes now (``pith serve``), not on the first request, and
        wait up to ``wait`` seconds for them to be warm (True if they are)."""
        return self._lanes.start(wait)

    def summarize(self, html: bytes | str, *, url: str | None = None,
                  length: str | None = None, summarizer: str | None = None,
                  language: str | None = None, include_text: bool = False,
                  content_type: str | None = None, deadline: float | None = None) -> Summary:
        """``pith.summarize`` with the service's configuration, cached, answered by
        ``deadline`` (``time.monotonic()`` seconds; default ``request_timeout`` from now)."""
        if deadline is None:
            deadline = time.monotonic() + self.config.request_timeout
        options = {"url": url, "length": length or self.config.length,
                   "summarizer": summarizer, "language": language,
                   "include_text": include_text, "content_type": content_type}
        return self._cache.get_or_compute(
            self._cache.key(html, **options),
            lambda: self._lanes.summarize(html, deadline=deadline, config=self.config,
                                          **options),
            deadline=deadline)

    def summarize_url(self, url: str, **options) -> Summary:
        """Fetch ``url`` (``pith.fetch``) and summarise it, both within one deadline; at most
        ``concurrent_fetches`` fetches at once (503 busy beyond)."""
        deadline = time.monotonic() + self.config.request_timeout
        if not self._fetches.acquire(blocking=False):
            raise Busy("Pith is fetching other pages right now. Try again in a moment.")
        try:
            page = fetch(url, self.config, deadline=deadline)
        finally:
            self._fetches.release()
        return self.summarize(page.body, **{**options, "url": page.url},
                              content_type=page.content_type, deadline=deadline)

    def close(self) -> None:
        """Stop the worker processes."""
        self._lanes.close()
