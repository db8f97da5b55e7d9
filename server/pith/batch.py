"""``pith batch``: summaries of a whole crawl, one JSON line per page.

The inputs (``pith.batch_sources``) are read by a feeder thread into a small queue; an engine
(``pith.batch_engines``: local worker processes, or a Dask cluster) runs ``summarize_page`` on
each page; this module writes each result as it comes and keeps the counts.

The output file is the run's memory. Each line is written whole and flushed as its page
finishes, so a run stopped any way (Ctrl-C, a killed process) loses only the pages in flight;
re-running with the same output skips every id already in it, after dropping a last line cut
short by the stop. A second run on the same output at the same time is refused.
"""

from __future__ import annotations

import functools
import json
import os
import queue
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from . import batch_sources as sources
from .admission import default_workers, warm_up
from .batch_engines import END, DaskEngine, LocalEngine
from .config import DEFAULT, Config
from .errors import PithError

# Seconds a page may run past request_timeout before its worker is killed. The pipeline checks
# its own deadline between stages; this catches a stage that never returns (as admission.py).
KILL_GRACE = 5.0
# Seconds between fsyncs of the output: every line is flushed to the operating system at once
# (a killed run loses nothing written), and forced to disk at most this long after.
FSYNC_INTERVAL = 1.0
# Pages the feeder may hold ready per worker: enough that a worker never waits for input,
# few enough that memory stays bounded (a page is at most max_body_bytes).
QUEUED_PER_WORKER = 2


@dataclass(frozen=True)
class Options:
    """How each page is summarised: ``pith.summarize``'s options and the limits."""

    length: str = "medium"
    summarizer: str | None = None
    language: str | None = None
    include_text: bool = False
    config: Config = DEFAULT


def summarize_page(page: sources.Page, options: Options) -> dict:
    """The per-page function every engine runs: a page in, its output record out.

    The record is the HTTP API's JSON (``pith.present.to_json``) with ``id``, ``url`` and
    ``error`` (null) in front; a page Pith cannot summarise gives ``id``, ``url`` and
    ``error: {code, message}`` instead. The page's domain errors are returned, not raised;
    the engines run it through ``batch_engines.run_one``, which turns anything else
    (``MemoryError`` under the worker's cap, a bug) into an error of its own.
    """
    from . import pipeline, present

    if page.error is not None:
        return error_record(page, page.error)
    try:
        summary = pipeline.summarize(
            page.html, url=page.url, length=options.length, summarizer=options.summarizer,
            language=options.language, include_text=options.include_text,
            content_type=page.content_type, config=options.config)
    except PithError as error:
        return error_record(page, error)
    return {"id": page.id, "url": page.url, "error": None, **present.to_json(summary)}


def error_record(page: sources.Page, error: PithError) -> dict:
    """The output line of a page that failed: its error's code and message, no stack trace."""
    return {"id": page.id, "url": page.url,
            "error": {"code": error.code, "message": error.message}}


@dataclass
class Counts:
    done: int = 0
    failed: Counter = field(default_factory=Counter)
    skipped: Counter = field(default_factory=Counter)
    interrupted: bool = False
    seconds: float = 0.0

    def line(self, out: str) -> str:
        """The run's one-line account, for standard error."""
        failed = sum(self.failed.values())
        skipped = sum(self.skipped.values())
        text = f"{self.done} done, {failed} failed"
        if failed:
            text += " (" + ", ".join(f"{n} {code}" for code, n in self.failed.most_common()) + ")"
        text += f", {skipped} skipped"
        if skipped:
            text += " (" + ", ".join(f"{n} {sources.SKIP_REASONS[reason]}"
                                     for reason, n in self.skipped.most_common()) + ")"
        rate = (self.done + failed) / self.seconds if self.seconds else 0.0
        text += f" in {self.seconds:.1f} s ({rate:.1f} pages/s); summaries in {out}"
        return ("interrupted: " if self.interrupted else "") + text


class OutputBusy(Exception):
    """Another run is writing to the same output file."""


class Output:
    """The output file: append whole lines; on opening, the ids already there."""

    def __init__(self, path: str, *, warn=lambda message: None) -> None:
        self.path = Path(path)
        self._warn = warn
        self._fd: int | None = None
        self._synced = time.monotonic()

    def open(self) -> set[str]:
        """Open for appending (creating it), drop a torn last line; return the ids written."""
        self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o644)
        try:
            import fcntl

            fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except ImportError:  # Windows: no advisory lock
            pass
        except OSError:
            os.close(self._fd)
            self._fd = None
            raise OutputBusy(f"{self.path} is being written by another pith batch run.") from None
        self._drop_torn_line()
        return self._ids()

    def _drop_torn_line(self) -> None:
        size = os.lseek(self._fd, 0, os.SEEK_END)
        if not size or os.pread(self._fd, 1, size - 1) == b"\n":
            return
        end = size
        while end > 0:
            start = max(0, end - 64 * 1024)
            chunk = os.pread(self._fd, end - start, start)
            newline = chunk.rfind(b"\n")
            if newline >= 0:
                end = start + newline + 1
                break
            end = start
        os.ftruncate(self._fd, end)
        os.fsync(self._fd)
        self._warn(f"{self.path}: dropped an incomplete last line ({size - end} bytes) left "
                   "by an interrupted run; that page is done again.")

    def _ids(self) -> set[str]:
        ids, unreadable = set(), 0
        decoder = json.JSONDecoder()
        with open(self.path, "rb") as lines:
            for line in lines:
                try:
                    text = line.decode("utf-8")
                    if text.startswith('{"id": '):  # how this module writes: no full parse
                        ids.add(str(decoder.raw_decode(text, 7)[0]))
                    else:
                        ids.add(str(json.loads(text)["id"]))
                except (ValueError, KeyError, TypeError):
                    unreadable += 1
        if unreadable:
            self._warn(f"{self.path}: {unreadable} lines are not Pith's JSON lines; ignored.")
        return ids

    def write(self, record: dict) -> None:
        # A lone surrogate (a JSON-lines input may carry "\ud800") is written as the JSON
        # escape it came as: the line stays valid JSON and valid UTF-8.
        text = json.dumps(record, ensure_ascii=False) + "\n"
        data = memoryview(text.encode("utf-8", "backslashreplace"))
        while data:
            data = data[os.write(self._fd, data):]
        if time.monotonic() - self._synced > FSYNC_INTERVAL:
            os.fsync(self._fd)
            self._synced = time.monotonic()

    def close(self) -> None:
        if self._fd is not None:
            os.fsync(self._fd)
            os.close(self._fd)
            self._fd = None


def run(inputs: list[str], out: str, *, options: Options = Options(), engine: str = "local",
        workers: int | None = None, scheduler: str | None = None, fetch_concurrency: int = 8,
        per_host_rate: float = 1.0, progress: bool = True, stderr=None) -> Counts:
    """Summarise every page of ``inputs`` into ``out`` (JSON lines), resuming what is there.

    Ctrl-C ends the run cleanly: the pages in flight are dropped, the counts say
    ``interrupted``. Raises ``sources.InputError``, ``OutputBusy`` or
    ``batch_engines.EngineError`` when the run cannot start.
    """
    stderr = stderr or sys.stderr
    warn = functools.partial(_warn, stderr)
    sources.check_inputs(inputs)
    workers = workers or default_workers()
    counts = Counts()
    started = time.monotonic()
    output = Output(out, warn=warn)
    done = output.open()
    feed: queue.Queue = queue.Queue(maxsize=QUEUED_PER_WORKER * workers)
    stop = threading.Event()
    feeder = _Feeder(inputs, options.config, done, counts, feed, stop, warn,
                     fetch_concurrency=fetch_concurrency, per_host_rate=per_host_rate)
    bar = _Progress(inputs, options.config, done, enabled=progress, stderr=stderr)
    deadline = options.config.request_timeout + KILL_GRACE
    if engine == "dask":
        runner = DaskEngine(scheduler, workers=workers, deadline=deadline)
    else:
        runner = LocalEngine(workers, deadline=deadline,
                             memory_bytes=options.config.worker_memory_bytes, warm_up=warm_up)
    try:
        with runner:
            feeder.start()
            for page, outcome in runner.imap(functools.partial(summarize_page, options=options),
                                             feed):
                record = outcome if isinstance(outcome, dict) else error_record(page, outcome)
                output.write(record)
                if record["error"] is None:
                    counts.done += 1
                else:
                    counts.failed[record["error"]["code"]] += 1
                bar.update(counts)
        if feeder.error is not None:
            raise feeder.error
    except KeyboardInterrupt:
        counts.interrupted = True
    finally:
        stop.set()
        bar.close()
        output.close()
        counts.seconds = time.monotonic() - started
    return counts


def _warn(stderr, message: str) -> None:
    print(f"pith batch: {message}", file=stderr, flush=True)


class _Feeder(threading.Thread):
    """Reads the inputs into the feed: skips ids already done or repeated, fetches URLs, and
    ends the feed with ``END``. Blocks while the feed is full, so memory stays bounded."""

    def __init__(self, inputs, config, done, counts, feed, stop, warn, *, fetch_concurrency,
                 per_host_rate) -> None:
        super().__init__(name="pith-batch-feeder", daemon=True)
        self._inputs, self._config, self._done = inputs, config, done
        self._counts, self._feed, self._stop, self._warn = counts, feed, stop, warn
        self._fetch = dict(concurrency=fetch_concurrency, per_host_rate=per_host_rate)
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            pages = sources.fetch_pages(self._new_pages(), self._config, **self._fetch)
            for item in pages:
                if isinstance(item, sources.Skipped):
                    self._counts.skipped[item.reason] += 1
                elif not self._put(item):
                    return
        except BaseException as error:  # reported by the main thread once the feed ends
            self.error = error
        self._put(END)

    def _new_pages(self):
        seen: set[str] = set()
        for item in sources.read(self._inputs, self._config, warn=self._warn):
            if isinstance(item, sources.Page):
                if item.id in self._done:
                    item = sources.Skipped("done")
                elif item.id in seen:
                    item = sources.Skipped("duplicate")
                else:
                    seen.add(item.id)
            yield item

    def _put(self, item) -> bool:
        while not self._stop.is_set():
            try:
                self._feed.put(item, timeout=0.2)
                return True
            except queue.Full:
                continue
        return False


class _Progress:
    """A tqdm bar: pages per second and time left. The total is counted by a second, cheap
    pass over the inputs (no bodies read) in the background, so the run starts at once."""

    def __init__(self, inputs, config, done, *, enabled: bool, stderr) -> None:
        self._bar = None
        self._total: int | None = None
        if not enabled:
            return
        from tqdm import tqdm

        # Redrawn ten times a second on a terminal; in a log file, a line every ten seconds.
        interactive = hasattr(stderr, "isatty") and stderr.isatty()
        self._bar = tqdm(total=None, unit="page", file=stderr, dynamic_ncols=True,
                         smoothing=0.05, desc="pith batch", mininterval=0.1 if interactive else 10)
        threading.Thread(target=self._count, args=(inputs, config, done), daemon=True,
                         name="pith-batch-count").start()

    def _count(self, inputs, config, done) -> None:
        seen: set[str] = set()
        for item in sources.read(inputs, config, bodies=False):
            if isinstance(item, sources.Page) and item.id not in done:
                seen.add(item.id)
        self._total = len(seen)

    def update(self, counts: Counts) -> None:
        if self._bar is None:
            return
        if self._total is not None and self._bar.total != self._total:
            self._bar.total = self._total
        failed = sum(counts.failed.values())
        if failed:
            self._bar.set_postfix(failed=failed, refresh=False)
        self._bar.update(1)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()

