"""Time ``summarize`` on the test page fixtures (tests/pages/*/source.html).

    python bench/pages.py [--repeat 30]

Prints the median and 90th percentile per page, beside the same run's lxml parse of the page
(the floor no pipeline can beat) and readability-lxml alone, as ratios.
"""

from __future__ import annotations

import argparse
import platform
import statistics
import sys
import time
from pathlib import Path

import lxml.html
from readability import Document

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "server"))

from pith.pipeline import summarize  # noqa: E402


def timed(function, repeat: int) -> list[float]:
    function()  # warm caches: models load once per process
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    print(f"# {platform.python_implementation()} {platform.python_version()}, "
          f"{platform.machine()}, repeat {args.repeat}")
    print(f"{'page':22} {'bytes':>6} {'summarize ms':>13} {'p90':>6} {'lxml ms':>8} "
          f"{'readability ms':>15} {'x lxml':>7} {'x readab.':>9}")
    for source in sorted(ROOT.glob("tests/pages/*/source.html")):
        page = source.read_bytes()
        ours = timed(lambda: summarize(page), args.repeat)
        floor = timed(lambda: lxml.html.document_fromstring(page), args.repeat)
        readability = timed(lambda: Document(page).summary(html_partial=True), args.repeat)
        m, f, r = (statistics.median(x) for x in (ours, floor, readability))
        p90 = statistics.quantiles(ours, n=10)[-1]
        print(f"{source.parent.name:22} {len(page):6} {m:13.2f} {p90:6.2f} {f:8.3f} "
              f"{r:15.2f} {m / f:7.1f} {m / r:9.2f}")
    print(f"\nrerun: python bench/pages.py --repeat {args.repeat}")


if __name__ == "__main__":
    main()
