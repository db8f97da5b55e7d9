"""`pith batch` throughput: pages per second, peak memory and scaling, per engine and workers.

    python bench/batch.py [--data ../shared/bench/extraction] [--copies 42] [--repeat 1]
                          [--runs local-1 local-2 dask-2]

The 120 public pages of the extraction benchmark (``--data``, kept outside the repository)
are written, in a temporary folder, into two WARC.gz crawls: the 120 pages once, and
``--copies`` times over (42 copies: 5,040 records, each with its own URL and record id).
Each crawl is summarised by ``pith batch`` as a fresh process with 1 and 2 local workers,
and on a two-worker Dask cluster (a ``dask scheduler`` and two ``dask worker --nthreads 1``
processes on 127.0.0.1, started before the run as a real cluster would be).

Reported per run: wall time of the whole command (worker start-up included) and pages per
second over it; when the first line was written (start-up: local workers are started by the
run, the Dask cluster's are already up) and pages per second from then on; peak resident memory of every process involved (the run and its workers;
for Dask also the scheduler and workers), sampled every 0.1 s; CPU seconds of all of them;
the load average before and after (other jobs on the machine slow every figure; pages per
CPU second, the cost of a page with each engine's overhead, depends far less on them, and
"cores used", CPU seconds over wall seconds, says how much of the machine the run got).
Scaling is the 2-worker rate over the 1-worker rate; linear is 2.0 on 2 cores.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import os
import platform
import re
import shlex
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "bench" / "extraction"
RUNS = ("local-1", "local-2", "dask-2")
PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def build_warc(path: Path, pages: list[tuple[str, str, bytes]], copies: int) -> int:
    """``pages`` (id, url, html) ``copies`` times into a WARC.gz of response records."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    count = 0
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for copy in range(copies):
            for _, url, html in pages:
                headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")],
                                           protocol="HTTP/1.1")
                target = url if copies == 1 else f"{url}{'&' if '?' in url else '?'}copy={copy}"
                writer.write_record(writer.create_warc_record(
                    target, "response", payload=io.BytesIO(html), http_headers=headers))
                count += 1
    return count


def load_pages(data: Path) -> list[tuple[str, str, bytes]]:
    pages = []
    for line in (data / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        html = gzip.decompress((data / "pages" / f"{entry['id']}.html.gz").read_bytes())
        pages.append((entry["id"], entry["url"], html))
    return pages


class TreeSampler(threading.Thread):
    """Every 0.1 s: the resident memory of the processes under ``roots`` (and the roots), and
    the CPU time each has used; keeps the peak sum and each process's last CPU time."""

    def __init__(self, roots: list[int], out: Path) -> None:
        super().__init__(daemon=True)
        self.roots = roots
        self.out = out
        self.first_line: float | None = None  # when the output first had a line
        self.peak_rss = 0
        self.cpu: dict[int, float] = {}
        self._halt = threading.Event()

    def run(self) -> None:
        while not self._halt.is_set():
            self.sample()
            time.sleep(0.1)

    def sample(self) -> None:
        if self.first_line is None and self.out.exists() and self.out.stat().st_size:
            self.first_line = time.perf_counter()
        stats = {}
        for entry in os.scandir("/proc"):
            if entry.name.isdigit():
                try:
                    with open(f"/proc/{entry.name}/stat") as f:
                        fields = f.read().rsplit(")", 1)[1].split()
                except OSError:
                    continue
                # fields[1] is ppid; [11], [12] utime, stime; [21] rss in pages
                stats[int(entry.name)] = (int(fields[1]), int(fields[11]) + int(fields[12]),
                                          int(fields[21]))
        tree, frontier = set(), [r for r in self.roots if r in stats]
        while frontier:
            pid = frontier.pop()
            tree.add(pid)
            frontier += [p for p, (ppid, _, _) in stats.items() if ppid == pid and p not in tree]
        self.peak_rss = max(self.peak_rss, sum(stats[p][2] for p in tree) * PAGE_SIZE)
        for pid in tree:
            self.cpu[pid] = stats[pid][1] / CLOCK_TICKS

    def stop(self) -> None:
        self.sample()
        self._halt.set()
        self.join()


class DaskCluster:
    """A scheduler and ``workers`` single-threaded workers on 127.0.0.1, as processes."""

    def __init__(self, workers: int, folder: Path) -> None:
        self.workers = workers
        self.folder = folder
        self.processes: list[subprocess.Popen] = []
        self.address = ""

    def __enter__(self) -> "DaskCluster":
        scheduler_file = self.folder / "scheduler.json"
        quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
        self.processes.append(subprocess.Popen(
            [sys.executable, "-m", "dask", "scheduler", "--host", "127.0.0.1", "--port", "0",
             "--no-dashboard", "--scheduler-file", str(scheduler_file)], **quiet))
        deadline = time.monotonic() + 60
        while not scheduler_file.exists():
            if time.monotonic() > deadline:
                raise SystemExit("the Dask scheduler did not start")
            time.sleep(0.1)
        time.sleep(0.2)
        self.address = json.loads(scheduler_file.read_text())["address"]
        for _ in range(self.workers):
            self.processes.append(subprocess.Popen(
                [sys.executable, "-m", "dask", "worker", self.address, "--nthreads", "1",
                 "--nworkers", "1", "--host", "127.0.0.1", "--no-dashboard"], **quiet))
        from distributed import Client

        with Client(self.address, timeout=60) as client:
            client.wait_for_workers(self.workers, timeout=120)
        return self

    def __exit__(self, *exc) -> None:
        for process in reversed(self.processes):
            process.terminate()
        for process in self.processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()


def run_batch(warc: Path, out: Path, run: str, folder: Path) -> dict:
    engine, workers = run.split("-")
    command = [sys.executable, "-m", "pith", "batch", str(warc), "--out", str(out), "--quiet",
               "--workers", workers]
    out.unlink(missing_ok=True)
    cluster = DaskCluster(int(workers), folder) if engine == "dask" else None
    if cluster:
        cluster.__enter__()
        command += ["--engine", "dask", "--scheduler", cluster.address]
    load_before = os.getloadavg()[0]
    try:
        # The cluster's start-up is not the run's: count its CPU time from here on.
        sampler = TreeSampler([p.pid for p in cluster.processes] if cluster else [], out)
        sampler.sample()
        cpu_before = sum(sampler.cpu.values())
        started = time.perf_counter()
        process = subprocess.Popen(command, cwd=ROOT, stderr=subprocess.PIPE, text=True)
        sampler.roots.append(process.pid)
        sampler.start()
        _, err = process.communicate()
        seconds = time.perf_counter() - started
        sampler.stop()
    finally:
        if cluster:
            cluster.__exit__(None, None, None)
    if process.returncode != 0:
        raise SystemExit(f"{shlex.join(command)} failed:\n{err}")
    found = re.search(r"(\d+) done, (\d+) failed", err)
    done, failed = int(found[1]), int(found[2])
    codes = {}
    for line in out.read_text(encoding="utf-8").splitlines():
        error = json.loads(line)["error"]
        if error:
            codes[error["code"]] = codes.get(error["code"], 0) + 1
    return {
        "run": run, "pages": done + failed, "done": done, "failed": failed, "codes": codes,
        "seconds": round(seconds, 2), "pages_per_s": round((done + failed) / seconds, 1),
        "start_s": round(sampler.first_line - started, 2),
        "steady_pages_per_s": round((done + failed - 1) / (started + seconds
                                                           - sampler.first_line), 1),
        "peak_rss_mib": round(sampler.peak_rss / 2**20),
        "cpu_s": round(sum(sampler.cpu.values()) - cpu_before, 1),
        "load_before": round(load_before, 2), "load_after": round(os.getloadavg()[0], 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--copies", type=int, default=42,
                        help="copies of the 120 pages in the large crawl (default 42: 5,040)")
    parser.add_argument("--runs", nargs="+", choices=RUNS, default=list(RUNS))
    parser.add_argument("--repeat", type=int, default=1,
                        help="runs of each, in rounds; the fastest is reported (other jobs on "
                             "the machine only ever slow a run down)")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    if not (args.data / "gold.jsonl").exists():
        raise SystemExit(f"No benchmark pages at {args.data}: pass --data.")
    pages = load_pages(args.data)
    results = []
    with tempfile.TemporaryDirectory(prefix="pith-bench-batch-") as tmp:
        folder = Path(tmp)
        crawls = []
        for name, copies in (("pages", 1), ("crawl", args.copies)):
            warc = folder / f"{name}.warc.gz"
            count = build_warc(warc, pages, copies)
            crawls.append((warc, count))
            print(f"{warc.name}: {count} records, {warc.stat().st_size / 2**20:.1f} MiB",
                  file=sys.stderr)
        for warc, count in crawls:
            best: dict[str, dict] = {}
            for _ in range(args.repeat):  # round by round, so each run meets similar load
                for run in args.runs:
                    result = run_batch(warc, folder / "out.jsonl", run, folder)
                    result["records"] = count
                    print(json.dumps(result), file=sys.stderr, flush=True)
                    if run not in best or result["seconds"] < best[run]["seconds"]:
                        best[run] = result
            results += [best[run] for run in args.runs]
    print(f"{time.strftime('%Y-%m-%d')}, {os.cpu_count()} cores, "
          f"{platform.python_implementation()} {platform.python_version()}, "
          f"load average at start {results[0]['load_before']}, fastest of {args.repeat}\n")
    print("| crawl | engine, workers | pages | failed | seconds | pages/s | first line s | "
          "pages/s after it | peak RSS MiB | CPU s | cores used | pages per CPU s | "
          "load before/after |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for r in results:
        print(f"| {r['records']} records | {r['run']} | {r['pages']} | {r['failed']} | "
              f"{r['seconds']} | {r['pages_per_s']} | {r['start_s']} | "
              f"{r['steady_pages_per_s']} | {r['peak_rss_mib']} | {r['cpu_s']} | "
              f"{r['cpu_s'] / r['seconds']:.2f} | {r['pages'] / r['cpu_s']:.1f} | "
              f"{r['load_before']}/{r['load_after']} |")
    print()
    for records in sorted({r["records"] for r in results}):
        for measure in ("pages_per_s", "steady_pages_per_s"):
            rates = {r["run"]: r[measure] for r in results if r["records"] == records}
            if "local-1" in rates:
                for run in ("local-2", "dask-2"):
                    if run in rates:
                        print(f"scaling ({measure}), {records} records, {run} over local-1: "
                              f"{rates[run] / rates['local-1']:.2f} (linear: 2.00)")
    failed = {code: n for r in results[:1] for code, n in r["codes"].items()}
    print(f"\nfailed pages by code (120 pages, local-1): {failed}")
    command = ["python", "bench/batch.py"] + sys.argv[1:]
    print(f"rerun: {shlex.join(command)}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
