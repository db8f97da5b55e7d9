"""The service's one way to summarise a request: the cache in front, then admission (a huge
page goes to a worker process), then the pipeline. The JSON API and the reader window's form
path both come through here, with the app's configuration."""

from __future__ import annotations

from .admission import Lanes
from .cache import SummaryCache
from .config import Config
from .models import Summary


class SummaryService:
    def __init__(self, config: Config) -> None:
        self.config = config
        self._cache = SummaryCache(config.cache_entries)
        self._lanes = Lanes(config)

    def summarize(self, html: bytes | str, *, url: str | None = None,
                  length: str | None = None, summarizer: str | None = None,
                  language: str | None = None, include_text: bool = False,
                  content_type: str | None = None) -> Summary:
        """``pith.summarize`` with the service's configuration, cached."""
        options = {"url": url, "length": length or self.config.length,
                   "summarizer": summarizer, "language": language,
                   "include_text": include_text, "content_type": content_type}
        return self._cache.get_or_compute(
            self._cache.key(html, **options),
            lambda: self._lanes.summarize(html, config=self.config, **options))

    def close(self) -> None:
        """Stop the worker processes."""
        self._lanes.close()
