"""Admission control for the HTTP service: where each summary runs.

CPU-bound Python threads share one interpreter lock, so in the service's process a few huge
pages would slow every ordinary request. Ordinary pages are summarised in the request's own
thread; pages over ``heavy_page_bytes`` go, a bounded number at a time, to a separate worker
process, which runs on another core without the service's lock and is killed outright if it
overruns its deadline.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool

from . import pipeline
from .config import Config
from .errors import Busy, PayloadTooLarge, Timeout, WorkerFailed


class Lanes:
    def __init__(self, config: Config) -> None:
        self._config = config
        self._heavy = threading.BoundedSemaphore(config.concurrent_heavy_summaries)
        self._pool: ProcessPoolExecutor | None = None
        self._pool_lock = threading.Lock()

    def summarize(self, html, **options):
        """``pipeline.summarize(html, **options)``, in a worker process for a huge page."""
        if len(html) < self._config.heavy_page_bytes:
            return pipeline.summarize(html, **options)
        if not self._heavy.acquire(timeout=self._config.queue_timeout):
            raise Busy("Pith is busy with other large pages right now. Try again in a moment.")
        try:
            return self._in_worker(html, options)
        finally:
            self._heavy.release()

    def _in_worker(self, html, options):
        future = self._worker_pool().submit(pipeline.summarize, html, **options)
        # The pipeline checks its own deadline; this one catches a stage that never returns.
        try:
            return future.result(timeout=self._config.request_timeout + 5)
        except FutureTimeout:
            self._kill_pool()
            raise Timeout("Summarising this page took too long and was stopped.") from None
        except MemoryError:
            raise PayloadTooLarge(
                "This page needs more memory to summarise than Pith allows "
                "(worker_memory_bytes)."
            ) from None
        except BrokenProcessPool:
            self._kill_pool()
            raise WorkerFailed("The worker summarising this page failed (out of memory?) and "
                               "was restarted.") from None

    def _worker_pool(self) -> ProcessPoolExecutor:
        with self._pool_lock:
            if self._pool is None:
                # spawn: a fresh interpreter, safe beside the server's threads on every OS.
                self._pool = ProcessPoolExecutor(
                    max_workers=self._config.concurrent_heavy_summaries,
                    mp_context=multiprocessing.get_context("spawn"),
                    initializer=_start_worker,
                    initargs=(os.getpid(), self._config.worker_memory_bytes))
            return self._pool

    def _kill_pool(self) -> None:
        with self._pool_lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            for process in list(getattr(pool, "_processes", {}).values()):
                process.kill()
            pool.shutdown(wait=False, cancel_futures=True)

    def close(self) -> None:
        self._kill_pool()


def _start_worker(parent: int, memory_bytes: int) -> None:
    """In a worker: cap its memory, and exit when the service that started it is gone
    (killed, not shut down)."""
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    except (ImportError, ValueError, OSError):  # Windows, or a lower hard limit already
        pass

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1)
        os._exit(0)

    threading.Thread(target=watch, daemon=True).start()
