"""Where each summary runs: a small pool of warm worker processes, with a hard deadline.

The pipeline is CPU-bound Python. Run in the server's own threads it would hold the
interpreter lock from every other request, use one core of several, and a stage that runs
long on a hostile page could not be stopped. So every summary goes to a worker process (one
per core by default), started and warmed (libraries imported, sentence models read) before
it is needed. The request's thread sends the page, waits at most until the request's
deadline, and on overrun kills that one worker (answering 503) and starts a fresh one in the
background. Pages of ``heavy_page_bytes`` or more, counted in UTF-8 bytes however they
arrived, may hold only ``concurrent_heavy_summaries`` workers at once, so ordinary pages
always find one. A worker caps its own memory (``worker_memory_bytes``), exits when the
service that started it is gone, and is replaced once it has grown past
``worker_recycle_bytes``.

``summary_workers=0`` runs the pipeline in the calling thread instead (no hard deadline: the
pipeline checks its deadline between stages), for tests and debugging.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
import traceback
import warnings
from dataclasses import replace

from . import pipeline
from .config import Config
from .errors import Busy, PayloadTooLarge, PithError, Timeout, WorkerFailed
from .models import Summary


class WorkerCrash(RuntimeError):
    """A worker's pipeline raised something that is not a domain error. Carries where
    (``frames``), never the message, which may quote the page."""

    def __init__(self, kind: str, frames: str) -> None:
        super().__init__(f"{kind} in a summary worker")
        self.frames = frames


def utf8_size(page: bytes | str) -> int:
    """The page's size in UTF-8 bytes (a raw body's own length; text encoded)."""
    if isinstance(page, str):
        return len(page) if page.isascii() else len(page.encode("utf-8", "surrogatepass"))
    return len(page)


def summarize_for_answer(html, **options) -> Summary:
    """``pipeline.summarize``, keeping only what the answer needs: the article's paragraphs
    only when the answer includes the text."""
    summary = pipeline.summarize(html, **options)
    if summary.include_text:
        return summary
    return replace(summary, article=replace(summary.article, paragraphs=()))


class Lanes:
    """Admission: the heavy-page limit, then the worker pool (or the calling thread)."""

    def __init__(self, config: Config) -> None:
        self._config = config
        self._heavy = threading.BoundedSemaphore(config.concurrent_heavy_summaries)
        size = config.summary_workers
        if size is None:
            size = default_workers()
        self._pool = WorkerPool(size, config) if size > 0 else None

    def start(self, wait: float = 0.0) -> bool:
        """Start the workers now rather than on the first summary; wait up to ``wait``
        seconds for them to be warm. True when they all are (or there are none)."""
        if self._pool is None:
            from . import language

            language.warm_up()  # the pipeline runs here: load its models now
            return True
        self._pool.start()
        return self._pool.wait_warm(wait)

    def summarize(self, html, *, deadline: float, **options) -> Summary:
        """``summarize_for_answer(html, **options)``, answered by ``deadline``
        (``time.monotonic()`` seconds) or a domain error."""
        config = options["config"]
        if utf8_size(html) < config.heavy_page_bytes:
            return self._run(html, options, deadline)
        wait = min(config.queue_timeout, deadline - time.monotonic())
        if not self._heavy.acquire(timeout=max(0.0, wait)):
            raise Busy("Pith is busy with other large pages right now. Try again in a moment.")
        try:
            return self._run(html, options, deadline)
        finally:
            self._heavy.release()

    def _run(self, html, options: dict, deadline: float) -> Summary:
        # The pipeline's own between-stage check then fires, with its clearer message, before
        # the worker is killed.
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise Timeout("This request ran out of time before its page could be summarised.")
        options = {**options, "config": options["config"].with_overrides(
            request_timeout=remaining)}
        if self._pool is None:
            return summarize_for_answer(html, **options)
        return self._pool.run(html, options, deadline)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.close()


class WorkerPool:
    def __init__(self, size: int, config: Config) -> None:
        self._size = size
        self._config = config
        self._idle: list[_Worker] = []
        self._live = 0  # workers running or starting
        self._changed = threading.Condition()
        self._closed = False
        self._boot_failed = False  # the last worker started could not warm up
        self._warmed = False  # a worker has been ready at least once

    def start(self) -> None:
        with self._changed:
            missing = self._size - self._live
            self._live += missing
        for _ in range(missing):
            self._start_one()

    def wait_warm(self, seconds: float) -> bool:
        until = time.monotonic() + seconds
        with self._changed:
            while len(self._idle) < self._size:
                remaining = until - time.monotonic()
                if remaining <= 0:
                    return False
                self._changed.wait(remaining)
        return True

    def run(self, html, options: dict, deadline: float) -> Summary:
        # Until the first worker is warm, a request may wait its whole deadline for one.
        queue = self._config.queue_timeout if self._warmed else self._config.request_timeout
        worker = self._checkout(min(deadline, time.monotonic() + queue))
        healthy = False
        try:
            outcome, payload, healthy = worker.run((html, options), deadline)
        finally:
            self._checkin(worker, healthy)
        if outcome == "ok":
            return payload
        if outcome == "error":
            raise payload
        if outcome == "timeout":
            raise Timeout("Summarising this page took too long and was stopped "
                          "(request_timeout).")
        if outcome == "memory":
            raise PayloadTooLarge("This page needs more memory to summarise than Pith allows "
                                  "(worker_memory_bytes).")
        if outcome == "crash":
            raise WorkerCrash(*payload)
        raise WorkerFailed("The worker summarising this page stopped (out of memory?) and "
                           "was replaced.")

    def _checkout(self, until: float) -> "_Worker":
        self.start()  # replaces workers that died idle, and starts the pool on first use
        with self._changed:
            while not self._idle:
                remaining = until - time.monotonic()
                if self._boot_failed and self._live == 0:
                    self._boot_failed = False  # the next request tries again
                    raise WorkerFailed("Pith's summary workers could not start (is "
                                       "worker_memory_bytes too low?).")
                if self._closed or remaining <= 0:
                    raise Busy("Pith is busy summarising other pages right now. Try again "
                               "in a moment.")
                self._changed.wait(remaining)
            return self._idle.pop()

    def _checkin(self, worker: "_Worker", healthy: bool) -> None:
        if healthy and not self._closed:
            with self._changed:
                self._idle.append(worker)
                self._changed.notify()
            return
        worker.kill()
        with self._changed:
            self._live -= 1
        if not self._closed:
            self.start()

    def _start_one(self) -> None:
        """Start a worker in the background; it joins the idle list once it is warm."""
        def boot() -> None:
            worker = _Worker.spawn(self._config)
            with self._changed:
                self._boot_failed = worker is None
                if worker is not None and not self._closed:
                    self._warmed = True
                    self._idle.append(worker)
                else:
                    self._live -= 1
                self._changed.notify_all()
            if worker is not None and self._closed:
                worker.kill()

        threading.Thread(target=boot, name="pith-worker-start", daemon=True).start()

    def close(self) -> None:
        with self._changed:
            self._closed = True
            idle, self._idle = self._idle, []
            self._changed.notify_all()
        for worker in idle:
            worker.kill()


class _Worker:
    # Seconds a new worker may take to import and warm up before it counts as failed.
    _BOOT_TIMEOUT = 60.0

    def __init__(self, process, connection) -> None:
        self.process = process
        self.connection = connection

    @classmethod
    def spawn(cls, config: Config) -> "_Worker | None":
        # spawn: a fresh interpreter, safe beside the server's threads on every OS.
        context = multiprocessing.get_context("spawn")
        ours, theirs = context.Pipe()
        process = context.Process(
            target=_serve, name="pith-summary-worker", daemon=True,
            args=(theirs, os.getpid(), config.worker_memory_bytes,
                  config.worker_recycle_bytes))
        process.start()
        theirs.close()
        worker = cls(process, ours)
        try:
            if ours.poll(cls._BOOT_TIMEOUT) and ours.recv() == "ready":
                return worker
        except (EOFError, OSError):
            pass
        worker.kill()
        return None

    def run(self, job, deadline: float):
        """(outcome, payload, still usable) for ``job``; killed at ``deadline``."""
        try:
            self.connection.send(job)
            if not self.connection.poll(max(0.0, deadline - time.monotonic())):
                return "timeout", None, False
            outcome, payload, retire = self.connection.recv()
        except (EOFError, OSError):
            return "died", None, False
        return outcome, payload, not retire

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(timeout=5)
        self.connection.close()


def _serve(connection, parent: int, memory_bytes: int, recycle_bytes: int) -> None:
    """A worker's life: cap memory, watch the parent, warm up, then summarise jobs."""
    # Library warnings quote the page's words (sumy's stemmers: "skipping word with mixed
    # case: ..."); the service's log must not hold what its user read.
    limit_memory(memory_bytes)
    exit_with_parent(parent)
    warm_up()
    connection.send("ready")
    while True:
        try:
            html, options = connection.recv()
        except (EOFError, OSError):
            return
        try:
            reply = ("ok", summarize_for_answer(html, **options))
        except PithError as error:
            reply = ("error", error)
        except MemoryError:
            reply = ("memory", None)
        except Exception as error:  # noqa: BLE001 - reported (where, not what) to the edge
            reply = ("crash", (type(error).__name__,
                               "".join(traceback.format_tb(error.__traceback__))))
        del html, options
        connection.send((*reply, _resident_bytes() > recycle_bytes or reply[0] == "memory"))
        del reply


def default_workers() -> int:
    """One worker per core this process may use."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # macOS, Windows
        return os.cpu_count() or 1


def warm_up() -> None:
    """Prepare a new worker (the service's or ``pith batch``'s) before its first page: load
    the language detector and the English tools, so no page's time budget pays for them, and
    silence library warnings: sumy's stemmers quote the page's words ("skipping word with
    mixed case: ..."), which a log must not hold and which would break up a progress bar."""
    warnings.simplefilter("ignore")
    from . import language

    language.warm_up()


def limit_memory(memory_bytes: int) -> None:
    """Cap this process's address space (a worker's), where the platform allows it."""
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    except (ImportError, ValueError, OSError):  # Windows, or a lower hard limit already
        pass


def exit_with_parent(parent: int) -> None:
    """Exit when the service that started this worker is gone (killed, not shut down)."""
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1)
        os._exit(0)

    threading.Thread(target=watch, daemon=True).start()


def _resident_bytes() -> int:
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0
