"""Load test: normal pages, huge pages and idle clients at once, against `pith serve`.

    python bench/load.py [--seconds 60] [--concurrency 16] [--huge 2] [--idle 8]
                         [--slowloris 1000] [--workers N]
    python bench/load.py --sweep [--requests 400] [--workers N]

Starts `pith serve` on a free 127.0.0.1 port (the production server, as users run it),
then for a fixed time: `concurrency` clients post the test fixture pages in a loop, `huge`
of them post multi-megabyte pages instead (200,000 links, 20,000 sentences), and `idle`
sockets connect, send half a request and wait, and `slowloris` sockets drip one header line
each every second (reconnecting when the server cuts them off). Only loopback is contacted;
every loop is bounded by the duration. Prints throughput, latency percentiles and errors per
class. ``--workers`` is `pith serve --workers` (default: one worker process per core; 0
summarises in the server's threads).

``--sweep``: ordinary pages only, a fixed number of requests at concurrency 1, 4 and 16. Each
body carries a unique comment, so the cache never answers and every request does the full
work; a last row repeats one page to show the cache.
"""

from __future__ import annotations

import argparse
import http.client
import itertools
import shutil
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def huge_pages() -> list[bytes]:
    story = "<p>" + "The council approved the budget after a long debate. " * 20 + "</p>"
    links = "<ul>" + "".join(f"<li><a href='/{i}'>link {i}</a></li>" for i in range(200_000))
    sentences = "".join(f"<p>Item {i} of the report notes a change. It was approved.</p>"
                        for i in range(20_000))
    wrap = "<html><head><title>Huge</title></head><body><article>{}</article></body></html>"
    return [wrap.format(story + links + "</ul>").encode(), wrap.format(sentences).encode()]


def post(port: int, body: bytes, timeout: float = 60) -> tuple[int, float]:
    started = time.perf_counter()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request("POST", "/api/summary", body=body,
                           headers={"Content-Type": "text/html"})
        response = connection.getresponse()
        response.read()
        return response.status, time.perf_counter() - started
    except OSError:
        return 0, time.perf_counter() - started
    finally:
        connection.close()


_UNIQUE = itertools.count()


def worker(port, pages, until, results, label):
    """Post ``pages`` in turn until ``until``; each body is made unique (a trailing comment)
    so the service's cache never answers and every request does the full work."""
    index = 0
    while time.monotonic() < until:
        body = pages[index % len(pages)] + f"<!-- {next(_UNIQUE)} -->".encode()
        status, seconds = post(port, body)
        results.append((label, status, seconds))
        index += 1


def idler(port, until):
    while time.monotonic() < until:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
                sock.sendall(b"POST /api/summary HTTP/1.1\r\nHost: 127.0.0.1\r\n")
                while time.monotonic() < until:
                    if sock.recv(1024) == b"":  # the server closed the idle channel
                        break
        except OSError:
            time.sleep(0.5)


def slowloris(port, until, opened):
    """Keep one connection dripping a header line a second; reconnect when it is cut."""
    while time.monotonic() < until:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
                sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n")
                opened.append(1)
                while time.monotonic() < until:
                    time.sleep(1)
                    sock.sendall(b"X-Drip: 1\r\n")
        except OSError:
            time.sleep(0.2)


def sweep(port: int, requests: int) -> None:
    normal = [p.read_bytes() for p in sorted(ROOT.glob("tests/pages/*/source.html"))]
    print(f"# sweep: {requests} requests per row, fixture pages, pith serve (waitress, "
          "8 threads)")
    print(f"{'concurrency':>12} {'req/s':>7} {'p50 ms':>8} {'p99 ms':>8} {'errors':>6}")
    serial = iter(range(10**9))  # makes every body unique across rows: no cache hits

    def run(concurrency: int, cached: bool) -> None:
        tickets = iter(range(requests))
        lock = threading.Lock()
        results: list[tuple[int, float]] = []

        def client() -> None:
            while True:
                with lock:
                    ticket = next(tickets, None)
                    n = next(serial)
                if ticket is None:
                    return
                if cached:
                    body = normal[0]
                else:
                    body = normal[n % len(normal)] + f"<!-- {n} -->".encode()
                results.append(post(port, body))

        elapsed = run_all([threading.Thread(target=client) for _ in range(concurrency)])
        latencies = [seconds * 1000 for _, seconds in results]
        errors = sum(1 for status, _ in results if status != 200)
        label = f"{concurrency} (cached)" if cached else str(concurrency)
        print(f"{label:>12} {len(results) / elapsed:7.1f} {percentile(latencies, 50):8.1f} "
              f"{percentile(latencies, 99):8.1f} {errors:6}")

    for concurrency in (1, 4, 16):
        run(concurrency, cached=False)
    post(port, normal[0])  # fill the cache for the repeat row
    run(1, cached=True)


def run_all(threads: list[threading.Thread]) -> float:
    """Start every thread, wait for all; the seconds that took."""
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return time.monotonic() - started


def percentile(values, q):
    return statistics.quantiles(values, n=100)[q - 1] if len(values) > 1 else values[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--huge", type=int, default=2, help="clients posting huge pages")
    parser.add_argument("--idle", type=int, default=8, help="idle half-open connections")
    parser.add_argument("--slowloris", type=int, default=0,
                        help="connections dripping a header line a second")
    parser.add_argument("--workers", type=int, default=None,
                        help="pith serve --workers (default: one per core)")
    parser.add_argument("--sweep", action="store_true",
                        help="fixed request counts at concurrency 1, 4 and 16 instead")
    parser.add_argument("--requests", type=int, default=400, help="requests per sweep row")
    args = parser.parse_args()

    workers = [] if args.workers is None else ["--workers", str(args.workers)]
    server, port = start_pith_serve(*workers)
    workers_flag = "" if args.workers is None else f" --workers {args.workers}"
    try:
        time.sleep(3)  # the worker processes warm up after the port opens
        if args.sweep:
            sweep(port, args.requests)
            print(f"\nrerun: python bench/load.py --sweep --requests {args.requests}"
                  f"{workers_flag}")
        else:
            mixed(port, args)
            print(f"\nrerun: python bench/load.py --seconds {args.seconds:g} "
                  f"--concurrency {args.concurrency} --huge {args.huge} --idle {args.idle} "
                  f"--slowloris {args.slowloris}{workers_flag}")
    finally:
        server.terminate()
        server.wait(timeout=10)


def start_pith_serve(*options: str) -> tuple[subprocess.Popen, int]:
    """``pith serve`` (this environment's) on a free port, in a process of its own, once it
    answers /healthz: the process and the port. Its log on stderr is let go: an unread pipe
    fills up and blocks the server."""
    pith = shutil.which("pith", path=str(Path(sys.executable).parent)) or "pith"
    port = free_port()
    server = subprocess.Popen([pith, "serve", "--port", str(port), *options],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_until_up(port, server)
    except SystemExit:
        server.kill()
        raise
    return server, port


def wait_until_up(port: int, server: subprocess.Popen) -> None:
    deadline = time.monotonic() + 20
    while True:
        try:
            http.client.HTTPConnection("127.0.0.1", port, timeout=1).request("GET", "/healthz")
            return
        except OSError:
            if time.monotonic() > deadline or server.poll() is not None:
                sys.exit("pith serve did not start")
            time.sleep(0.1)


def mixed(port: int, args) -> None:
    normal = [p.read_bytes() for p in sorted(ROOT.glob("tests/pages/*/source.html"))]
    huge = huge_pages()
    results: list[tuple[str, int, float]] = []
    opened: list[int] = []
    until = time.monotonic() + args.seconds
    dripping = [threading.Thread(target=slowloris, args=(port, until, opened), daemon=True)
                for _ in range(args.slowloris)]
    for thread in dripping:
        thread.start()
    if dripping:
        time.sleep(3)  # every dripping connection open before the clients start
    threads = [threading.Thread(target=idler, args=(port, until)) for _ in range(args.idle)]
    threads += [threading.Thread(target=worker, args=(port, huge, until, results, "huge"))
                for _ in range(args.huge)]
    threads += [threading.Thread(target=worker, args=(port, normal, until, results, "normal"))
                for _ in range(args.concurrency - args.huge)]
    elapsed = run_all(threads)
    print(f"# {args.seconds:g} s, concurrency {args.concurrency} ({args.huge} huge), "
          f"{args.idle} idle connections, {args.slowloris} slowloris connections "
          f"({len(opened)} opened in all), pith serve (waitress, 8 threads, workers: "
          f"{'one per core' if args.workers is None else args.workers})")
    print(f"{'class':8} {'requests':>8} {'req/s':>7} {'p50 ms':>8} {'p99 ms':>8} "
          f"{'5xx':>4} {'failed':>6} statuses")
    for label in ("normal", "huge"):
        rows = [r for r in results if r[0] == label]
        if not rows:
            continue
        latencies = [r[2] * 1000 for r in rows]
        statuses = sorted({r[1] for r in rows})
        print(f"{label:8} {len(rows):8} {len(rows) / elapsed:7.1f} "
              f"{percentile(latencies, 50):8.1f} {percentile(latencies, 99):8.1f} "
              f"{sum(1 for r in rows if r[1] >= 500):4} {sum(1 for r in rows if r[1] == 0):6} "
              f"{statuses}")


if __name__ == "__main__":
    main()
