"""Where ``pith batch`` runs its per-page function: local worker processes, or a Dask cluster.

Both engines take the same function and the same feed (a ``queue.Queue`` of items ended by
``END``) and yield ``(item, outcome)`` pairs as pages finish, in no particular order. The
outcome is the function's return value, or a ``PithError`` when the engine itself had to
stop the page: it overran its deadline (``Timeout``), or its worker died (``WorkerFailed``).
Each engine holds only a few pages per worker, so memory is bounded whatever the input.

The limits of the service apply to every page, as in ``pith.admission``: each local worker
is a spawned process with its address space capped at ``worker_memory_bytes``, and a page
still running ``kill_grace`` seconds past ``request_timeout`` (a stage that never returns;
the pipeline checks its own deadline between stages) has its worker killed and replaced.
The other workers, and the run, go on.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import signal
import sys
import time
from dataclasses import dataclass, field
from multiprocessing.connection import wait as wait_for

from .admission import exit_with_parent, limit_memory
from .errors import PayloadTooLarge, PithError, Timeout, WorkerFailed

END = None  # the feed's last item
# Seconds between looks at the feed while a worker is idle and the feed is empty.
FEED_POLL = 0.05
# Seconds a worker may take to start (spawn, imports, sentence model) before it is replaced.
WORKER_START_TIMEOUT = 60.0
# Workers dying before they are ready, in a row, before the run gives up: a worker that cannot
# even start (memory cap below what the imports need) would otherwise be replaced forever.
MAX_FAILED_STARTS = 3
# Seconds between the Dask engine's questions to the scheduler (workers, what each runs).
LOOK_INTERVAL = 1.0
# Pages on a Dask cluster per worker thread: enough to cover the round trips between this
# process, the scheduler and the workers (with 2 the workers sat idle a third of the time).
IN_FLIGHT_PER_THREAD = 4
# Seconds between looks for finished Dask tasks when none has finished.
DASK_POLL = 0.005


class EngineError(Exception):
    """The engine cannot run at all (workers will not start, no cluster at that address)."""


@dataclass
class _Worker:
    process: multiprocessing.Process
    conn: object
    ready: bool = False
    started: float = field(default_factory=time.monotonic)
    item: object = None
    since: float = 0.0

    @property
    def busy(self) -> bool:
        return self.item is not None


class LocalEngine:
    """``workers`` spawned processes on this machine, each summarising one page at a time."""

    def __init__(self, workers: int, *, deadline: float, memory_bytes: int | None,
                 warm_up=None) -> None:
        self._count = workers
        self._deadline = deadline
        self._memory = memory_bytes
        self._warm_up = warm_up
        self._context = multiprocessing.get_context("spawn")
        self._workers: list[_Worker] = []
        self._failed_starts = 0

    def __enter__(self) -> "LocalEngine":
        self._workers = [self._start() for _ in range(self._count)]
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def pids(self) -> list[int]:
        """Process ids of the current workers (the tests kill one)."""
        return [w.process.pid for w in self._workers]

    def imap(self, fn, feed: queue.Queue):
        """Run ``fn(item)`` for every item of ``feed``; yield ``(item, outcome)``."""
        ended, held = False, None  # held: an item taken from the feed, awaiting a worker
        while True:
            while not ended:
                if held is None:
                    try:
                        held = feed.get_nowait()
                    except queue.Empty:
                        break
                    if held is END:
                        held, ended = None, True
                        break
                idle = next((w for w in self._workers if w.ready and not w.busy), None)
                if idle is None:
                    break
                self._send(idle, fn, held)
                held = None
            if ended and not any(w.busy for w in self._workers):
                return
            timeout = FEED_POLL if held is None and not ended else self._next_deadline()
            ready = set(wait_for([w.conn for w in self._workers]
                                 + [w.process.sentinel for w in self._workers],
                                 timeout=max(0.0, timeout)))
            yield from self._collect(ready)

    def _collect(self, ready: set):
        now = time.monotonic()
        outcomes = []
        for index, worker in enumerate(self._workers):
            if worker.conn in ready:
                try:
                    message = worker.conn.recv()
                except (EOFError, OSError):
                    message = None
                if message == "ready":
                    worker.ready, self._failed_starts = True, 0
                    continue
                if message is not None:
                    outcomes.append((worker.item, message[0]))
                    worker.item = None
                    continue
            if worker.process.sentinel in ready or worker.conn in ready:
                if worker.busy:
                    outcomes.append((worker.item, WorkerFailed(
                        "The worker summarising this page died (out of memory, or killed) "
                        "and was replaced.")))
                elif not worker.ready:
                    self._failed_starts += 1
                    if self._failed_starts >= MAX_FAILED_STARTS:
                        raise EngineError(
                            f"Worker processes exit as they start (exit code "
                            f"{worker.process.exitcode}); is the worker memory limit too low?")
                self._replace(index)
            elif worker.busy and now - worker.since > self._deadline:
                outcomes.append((worker.item, Timeout(
                    f"Summarising this page took longer than {self._deadline:g} s; its "
                    "worker was stopped.")))
                self._replace(index)
            elif not worker.ready and now - worker.started > WORKER_START_TIMEOUT:
                self._replace(index)
        return outcomes

    def _next_deadline(self) -> float:
        now = time.monotonic()
        ends = [w.since + self._deadline - now for w in self._workers if w.busy]
        ends += [w.started + WORKER_START_TIMEOUT - now for w in self._workers if not w.ready]
        return min(ends, default=1.0) + 0.01

    def _send(self, worker: _Worker, fn, item) -> None:
        worker.item, worker.since = item, time.monotonic()
        try:
            worker.conn.send((fn, item))
        except (BrokenPipeError, OSError):
            pass  # it died while idle: its sentinel says so and the item is reported failed

    def _start(self) -> _Worker:
        parent_end, child_end = self._context.Pipe()
        process = self._context.Process(
            target=worker_main, args=(child_end, os.getpid(), self._memory, self._warm_up),
            name="pith-batch-worker", daemon=True)
        process.start()
        child_end.close()
        return _Worker(process, parent_end)

    def _replace(self, index: int) -> None:
        self._stop(self._workers[index])
        self._workers[index] = self._start()

    @staticmethod
    def _stop(worker: _Worker) -> None:
        if worker.process.is_alive():
            worker.process.kill()
        worker.process.join(timeout=5)
        worker.conn.close()

    def close(self) -> None:
        """Stop every worker now; pages in flight are abandoned."""
        workers, self._workers = self._workers, []
        for worker in workers:
            self._stop(worker)


def worker_main(conn, parent: int, memory_bytes: int | None, warm_up) -> None:
    """A local worker: cap memory, warm up, then run ``(fn, item)`` messages until told to stop.

    Ctrl-C reaches the whole process group; the parent decides what it means, so workers
    ignore it. A worker whose parent is gone (killed) exits.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if memory_bytes:
        limit_memory(memory_bytes)
    exit_with_parent(parent)
    if warm_up is not None:
        try:
            warm_up()
        except MemoryError:
            print("pith batch: a worker ran out of memory while starting "
                  "(worker_memory_bytes is too low).", file=sys.stderr, flush=True)
            os._exit(3)
    conn.send("ready")
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        fn, item = message
        conn.send((run_one(fn, item),))


def run_one(fn, item):
    """``fn(item)``, with a failure the function did not handle made into a ``PithError``."""
    try:
        return fn(item)
    except PithError as error:
        return error
    except MemoryError:
        return PayloadTooLarge("This page needs more memory to summarise than Pith allows "
                               "(worker_memory_bytes).")
    except Exception as error:  # a bug: reported by type, never as a stack trace
        return PithError(f"Pith failed on this page ({type(error).__name__}: "
                         f"{str(error)[:200]}). Please report it.")


class DaskEngine:
    """The same function on a Dask distributed cluster: ``scheduler`` is its address, or None
    for a local cluster of ``workers`` processes started here (one thread each: the pipeline
    is CPU-bound Python)."""

    def __init__(self, scheduler: str | None, *, workers: int, deadline: float,
                 connect_timeout: float = 30.0) -> None:
        self._scheduler = scheduler
        self._connect_timeout = connect_timeout
        self._workers = workers
        self._deadline = deadline
        self._cluster = None
        self.client = None

    def __enter__(self) -> "DaskEngine":
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError:
            raise EngineError("The Dask engine needs Dask: pip install 'pith[batch]'.") from None
        try:
            if self._scheduler:
                self.client = Client(self._scheduler, timeout=self._connect_timeout)
            else:
                # ":0": the dashboard on any free port (None still claims 8787, and warns
                # when another cluster holds it).
                self._cluster = LocalCluster(n_workers=self._workers, threads_per_worker=1,
                                             processes=True, dashboard_address=":0")
                self.client = Client(self._cluster)
        except (OSError, TimeoutError) as error:
            self.close()
            raise EngineError(f"Could not reach the Dask scheduler at {self._scheduler}: "
                              f"{error}") from None
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def imap(self, fn, feed: queue.Queue):
        """Run ``fn(item)`` on the cluster for every item of ``feed``; yield ``(item, outcome)``.

        ``IN_FLIGHT_PER_THREAD`` pages per worker thread are on the cluster, and results are
        gathered in the background as they finish, so a worker never waits for the next page.
        About once a second the engine asks the scheduler what each worker is processing; a
        page that has been the oldest task on its worker for longer than the deadline is
        recorded as a timeout and that worker is restarted (its other tasks move elsewhere).
        """
        from distributed import as_completed

        client = self.client
        finished = as_completed(with_results=True, raise_errors=False)
        pending: dict = {}  # future -> item
        running_since: dict = {}  # key -> when first seen as its worker's oldest task
        ended, slots, looked = False, IN_FLIGHT_PER_THREAD, 0.0
        while True:
            if time.monotonic() - looked > LOOK_INTERVAL:
                slots = IN_FLIGHT_PER_THREAD * max(1, sum(client.nthreads().values()))
                yield from self._stop_overruns(pending, running_since)
                looked = time.monotonic()
            while not ended and len(pending) < slots:
                try:
                    item = feed.get(timeout=FEED_POLL if not pending else 0)
                except queue.Empty:
                    break
                if item is END:
                    ended = True
                    break
                future = client.submit(run_one, fn, item, pure=False)
                pending[future] = item
                finished.add(future)
            if ended and not pending:
                return
            batch = finished.next_batch(block=False)
            if not batch:
                time.sleep(DASK_POLL)
            for future, result in batch:
                if future not in pending:
                    continue  # stopped past its deadline, already reported
                running_since.pop(future.key, None)
                yield pending.pop(future), self._outcome(future, result)

    @staticmethod
    def _outcome(future, result):
        if future.status == "finished":
            return result
        # KilledWorker (a page that killed its workers), cancelled, lost
        error = result[1] if isinstance(result, tuple) and len(result) > 1 else result
        return WorkerFailed(f"The Dask task summarising this page failed "
                            f"({type(error).__name__}).")

    def _stop_overruns(self, pending: dict, running_since: dict):
        if not pending:
            return
        by_key = {future.key: future for future in pending}
        now = time.monotonic()
        late = {}
        for worker, keys in self.client.processing().items():
            ours = [key for key in keys if key in by_key]
            if not ours:
                continue
            oldest = min(ours, key=lambda key: running_since.get(key, now))
            since = running_since.setdefault(oldest, now)
            if now - since > self._deadline:
                late[oldest] = worker
        for key in late:
            future = by_key[key]
            running_since.pop(key, None)
            item = pending.pop(future)
            future.cancel()
            yield item, Timeout(f"Summarising this page took longer than {self._deadline:g} s "
                                "on the cluster; its worker was restarted.")
        if late:
            try:
                self.client.restart_workers(sorted(set(late.values())), raise_for_error=False)
            except Exception:  # workers without a nanny cannot be restarted; go on without
                pass

    def close(self) -> None:
        if self.client is not None:
            self.client.close()
            self.client = None
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None
