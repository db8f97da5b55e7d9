"""The hostile corpus (tests/bad_inputs.py) against `pith serve`: the time of every request.

    python bench/hostile.py [--repeat 1]

Starts `pith serve` on a free 127.0.0.1 port (worker processes, the production server) and
sends each case in turn, printing its status and time, slowest first, and the worst case
against the deadline (Config.request_timeout). Only loopback is contacted.
"""

from __future__ import annotations

import argparse
import http.client
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "server")]

from bench.load import start_pith_serve  # noqa: E402
from pith.config import DEFAULT  # noqa: E402
from tests.bad_inputs import cases  # noqa: E402


def send(port: int, case) -> tuple[int, float]:
    started = time.perf_counter()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    try:
        connection.request(case.method, case.path, body=case.body or None,
                           headers={"Host": f"127.0.0.1:{port}", **case.headers})
        response = connection.getresponse()
        response.read()
        return response.status, time.perf_counter() - started
    except OSError:
        return 0, time.perf_counter() - started
    finally:
        connection.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    server, port = start_pith_serve()
    try:
        time.sleep(3)  # the workers warm up after the port opens
        rows = []
        for case in cases():
            if "Host" in case.headers:
                continue
            results = [send(port, case) for _ in range(args.repeat)]
            rows.append((max(seconds for _, seconds in results), case.id, results[-1][0],
                         case.status))
    finally:
        server.terminate()
        server.wait(timeout=10)
    rows.sort(reverse=True)
    print(f"# {len(rows)} hostile requests against pith serve (request_timeout "
          f"{DEFAULT.request_timeout:g} s)")
    print(f"{'seconds':>8} {'status':>6} {'expected':>8}  case")
    for seconds, name, status, expected in rows:
        print(f"{seconds:8.2f} {status:6} {expected:8}  {name}")
    worst = rows[0]
    print(f"\nworst: {worst[1]} in {worst[0]:.2f} s; goal: under "
          f"{DEFAULT.request_timeout + 1:g} s (the deadline plus one second)")
    print(f"rerun: python bench/hostile.py --repeat {args.repeat}")


if __name__ == "__main__":
    main()
