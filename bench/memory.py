"""Memory of `pith serve` over a long run of distinct large pages.

    python bench/memory.py [--pages 1000] [--kb 300] [--clients 4]

Starts `pith serve` on a free 127.0.0.1 port and posts ``--pages`` distinct article pages of
about ``--kb`` kilobytes each (every second one with include_text, so the cache holds some
full texts), from ``--clients`` threads. Prints the resident memory (RSS, from /proc; Linux
only) of the service process and of its worker processes before the run (after warm-up),
every 100 pages and at the end. Only loopback is contacted.
"""

from __future__ import annotations

import argparse
import http.client
import itertools
import json
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT)]

from bench.load import start_pith_serve  # noqa: E402

WORDS = ("council budget river school mayor residents approved debate million parks "
         "district plan workers spring road bridge library hospital station market "
         "harbour museum tram energy housing water report vote").split()


def page(serial: int, kilobytes: int) -> bytes:
    """A distinct article of about ``kilobytes`` KB: numbered paragraphs of plain prose."""
    paragraphs, size, n = [], 0, 0
    while size < kilobytes * 1000:
        words = [WORDS[(serial * 7 + n * 13 + i * 3) % len(WORDS)] for i in range(18)]
        text = (f"Report {serial}.{n}: the {words[0]} {words[1]} of district {n} was "
                f"{words[2]} after a {words[3]} on the {words[4]} and the {words[5]}, "
                f"officials said, and {' '.join(words[6:])} followed.")
        paragraphs.append(f"<p>{text}</p>")
        size += len(text) + 7
        n += 1
    return (f"<html><head><title>Story {serial}</title></head><body><article>"
            f"<h1>Story {serial}</h1>{''.join(paragraphs)}</article></body></html>").encode()


def rss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            found += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            pass
    return found


def snapshot(pid: int) -> tuple[float, float]:
    """(service MB, workers MB)."""
    return rss_kb(pid) / 1024, sum(rss_kb(c) for c in children(pid)) / 1024


def post(port: int, body: bytes, include_text: bool) -> int:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    try:
        query = "?include_text=true" if include_text else ""
        connection.request("POST", "/api/summary" + query, body=body,
                           headers={"Content-Type": "text/html"})
        response = connection.getresponse()
        json.loads(response.read())
        return response.status
    except (OSError, ValueError):
        return 0
    finally:
        connection.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--kb", type=int, default=300)
    parser.add_argument("--clients", type=int, default=4)
    args = parser.parse_args()
    server, port = start_pith_serve()
    try:
        time.sleep(5)  # the workers warm up
        post(port, page(10**6, 20), False)
        before = snapshot(server.pid)
        print(f"# {args.pages} distinct pages of about {args.kb} kB, {args.clients} clients, "
              "pith serve (one worker per core)")
        print(f"{'pages':>6} {'service MB':>11} {'workers MB':>11} {'total MB':>9} {'errors':>6}")
        print(f"{0:6} {before[0]:11.0f} {before[1]:11.0f} {sum(before):9.0f} {0:6}")
        serials = iter(range(args.pages))
        lock = threading.Lock()
        done, errors, peak = [0], [0], [sum(before)]

        def client() -> None:
            while True:
                with lock:
                    serial = next(serials, None)
                if serial is None:
                    return
                status = post(port, page(serial, args.kb), include_text=serial % 2 == 1)
                with lock:
                    done[0] += 1
                    errors[0] += status != 200
                    peak[0] = max(peak[0], sum(snapshot(server.pid)))
                    if done[0] % 100 == 0:
                        now = snapshot(server.pid)
                        print(f"{done[0]:6} {now[0]:11.0f} {now[1]:11.0f} {sum(now):9.0f} "
                              f"{errors[0]:6}", flush=True)

        started = time.monotonic()
        threads = [threading.Thread(target=client) for _ in range(args.clients)]
        for thread in itertools.chain(threads):
            thread.start()
        for thread in threads:
            thread.join()
        after = snapshot(server.pid)
        print(f"\nbefore {sum(before):.0f} MB, after {sum(after):.0f} MB (service "
              f"{after[0]:.0f} + workers {after[1]:.0f}), peak {peak[0]:.0f} MB; "
              f"{args.pages} pages in {time.monotonic() - started:.0f} s, {errors[0]} errors")
        print(f"rerun: python bench/memory.py --pages {args.pages} --kb {args.kb} "
              f"--clients {args.clients}")
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
