"""Speed: per-stage times on real pages against the floor and a naive pipeline; scaling;
start-up and import cost.

    python bench/speed.py [--data ../shared/bench/extraction] [--repeat 3] [--skip-scaling]

1. Every page of the extraction benchmark (``--data``, kept outside the repository) through
   ``summarize``: the median and 95th percentile of each stage (from ``timing.stage_ms``)
   and of the whole call, beside, in the same run, lxml's parse of the page (the floor),
   readability-lxml alone (``summary(html_partial=True)``) and a naive pipeline
   (readability-lxml ``summary()`` + sumy LexRank, 5 sentences), as ratios.
2. Scaling: synthetic articles of 100 to 50,000 sentences and pages of 1, 10 and 50 MB, each
   in a fresh process (time, peak memory), and the growth exponent of time in sentences.
3. Start-up: ``pith serve`` until /healthz answers, and the import time of the pipeline.
"""

from __future__ import annotations

import argparse
import gzip
import http.client
import json
import math
import platform
import shutil
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "server"))

STAGES = ("decode", "extract", "clean", "segment", "rank", "select")


def pct(values, q):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q / 100 * (len(values) - 1))))]


def naive(page: bytes) -> None:
    """readability-lxml summary() + sumy LexRank, 5 sentences: what a first version does."""
    import lxml.html
    from readability import Document

    from pith.adapters.sumy import STOCK_SUMMARIZERS, document
    from pith.language import tools_for
    from pith.segment import words

    text = lxml.html.fromstring(Document(page).summary()).text_content()
    splitter = tools_for("en").sentence_tokenizer
    sentences = [(s, False) for s in splitter.tokenize(text)]
    if sentences:
        STOCK_SUMMARIZERS["lexrank"]()(document([sentences], words), 5)


def timed(function, repeat):
    """Best of ``repeat`` runs, in CPU milliseconds of this thread: other processes on a busy
    machine hardly move it, unlike wall time."""
    best = math.inf
    for _ in range(repeat):
        started = time.thread_time()
        function()
        best = min(best, (time.thread_time() - started) * 1000)
    return best


def pages_section(data: Path, repeat: int) -> None:
    """Every page through summarize and through readability-lxml alone, interleaved page by
    page so a busy machine slows both alike; CPU time of this thread, best of ``repeat``."""
    import lxml.html
    from readability import Document

    from pith.decode import decode
    from pith.errors import PithError
    from pith.pipeline import summarize

    pages = [gzip.open(p).read() for p in sorted((data / "pages").glob("*.html.gz"))]
    texts = [decode(page, None, max_bytes=1 << 30) for page in pages]
    for text in texts:  # load models and fill the stem caches, as a running service has them
        try:
            summarize(text)
        except PithError:
            pass
    stage_ms = {stage: [] for stage in STAGES}
    rows = {name: [] for name in (
        "pith, decoded text", "readability-lxml alone, decoded text", "pith, raw bytes",
        "readability-lxml alone, raw bytes", "lxml parse (floor), raw bytes",
        "naive (readability + LexRank), raw bytes")}
    failures = 0
    for page, text in zip(pages, texts):
        try:
            stats = summarize(page).timing.stage_ms
        except PithError:
            failures += 1
        else:
            for stage in STAGES:
                stage_ms[stage].append(stats.get(stage, 0.0))
        rows["pith, decoded text"].append(timed(lambda: _quiet(summarize, text), repeat))
        rows["readability-lxml alone, decoded text"].append(
            timed(lambda: Document(text).summary(html_partial=True), repeat))
        rows["pith, raw bytes"].append(timed(lambda: _quiet(summarize, page), repeat))
        rows["readability-lxml alone, raw bytes"].append(
            timed(lambda: Document(page).summary(html_partial=True), repeat))
        rows["lxml parse (floor), raw bytes"].append(
            timed(lambda: lxml.html.document_fromstring(page), repeat))
        rows["naive (readability + LexRank), raw bytes"].append(
            timed(lambda: naive(page), repeat))

    print(f"## {len(pages)} pages from {data} (CPU ms of one thread, best of {repeat} per "
          f"page; {failures} answered with a domain error)\n")
    print("| pipeline | median ms | p95 ms | x readability-lxml, same input (median of "
          "per-page ratios) |")
    print("|---|---|---|---|")
    for name, values in rows.items():
        kind = name.rsplit(", ", 1)[1]
        baseline = rows[f"readability-lxml alone, {kind}"]
        ratio = statistics.median(v / b for v, b in zip(values, baseline))
        print(f"| {name} | {statistics.median(values):.2f} | {pct(values, 95):.2f} | "
              f"{ratio:.2f} |")
    print("\n| Pith stage (wall ms) | median ms | p95 ms |")
    print("|---|---|---|")
    for stage in STAGES:
        print(f"| {stage} | {statistics.median(stage_ms[stage]):.2f} | "
              f"{pct(stage_ms[stage], 95):.2f} |")


def _quiet(function, page):
    try:
        function(page)
    except Exception:  # a domain error still costs its time, which is what is measured
        pass


SCALING_SCRIPT = r"""
import json, resource, sys, time
from pith.errors import PithError
from pith.pipeline import summarize
from pith.config import DEFAULT
import random
kind, size = sys.argv[1], int(sys.argv[2])
rng = random.Random(size)  # varied, repeatable prose: no two sentences alike
vocabulary = ("council budget river school mayor vote plan park road tax city water energy "
              "housing report street market bridge museum library hospital police station "
              "train bus harbour festival election teacher farmer factory worker").split()
verbs = "approved rejected debated delayed funded opened closed reviewed announced".split()
def sentence():
    words = rng.sample(vocabulary, 6)
    return (f"The {words[0]} {rng.choice(verbs)} the {words[1]} {words[2]} plan after "
            f"{rng.randint(2, 90)} days, with the {words[3]} and {words[4]} {words[5]} teams.")
def paragraph():
    return "<p>" + " ".join(sentence() for _ in range(4)) + "</p>"
if kind == "sentences":
    body = "".join(paragraph() for _ in range(size // 4))
else:
    target = size * 1024 * 1024
    parts, length = [], 0
    while length < target:
        parts.append(paragraph())
        length += len(parts[-1])
    body = "".join(parts)
page = f"<html><head><title>T</title></head><body><article>{body}</article></body></html>"
summarize("<p>" + "warm up the models with a short page of text. " * 20 + "</p>")
started = time.perf_counter()
try:
    outcome = f"{len(summarize(page).key_points)} points"
except PithError as error:
    outcome = f"{error.status} {error.code}"
elapsed = time.perf_counter() - started
peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": elapsed, "peak_mb": peak_mb, "outcome": outcome,
                  "page_mb": len(page) / 1024 / 1024}))
"""


def scaling_section() -> None:
    print("\n## Scaling (each size in a fresh process; limits as shipped)\n")
    print("| input | page MB | seconds | peak RSS MB | outcome |")
    print("|---|---|---|---|---|")
    points = []
    for kind, size in [("sentences", 100), ("sentences", 1000), ("sentences", 10_000),
                       ("sentences", 50_000), ("megabytes", 1), ("megabytes", 10),
                       ("megabytes", 50)]:
        result = subprocess.run([sys.executable, "-c", SCALING_SCRIPT, kind, str(size)],
                                cwd=ROOT, capture_output=True, text=True, timeout=600)
        row = json.loads(result.stdout.strip().splitlines()[-1])
        label = f"{size:,} sentences" if kind == "sentences" else f"{size} MB page"
        print(f"| {label} | {row['page_mb']:.1f} | {row['seconds']:.3f} | "
              f"{row['peak_mb']:.0f} | {row['outcome']} |")
        if kind == "sentences":
            points.append((size, row["seconds"]))
    xs = [math.log(n) for n, _ in points]
    ys = [math.log(t) for _, t in points]
    mean_x, mean_y = statistics.mean(xs), statistics.mean(ys)
    slope = (sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys))
             / sum((x - mean_x) ** 2 for x in xs))
    print(f"\nGrowth exponent of time in sentences (log-log fit, 100 to 50,000): {slope:.2f}. "
          "Past the caps (text, sentences ranked) the work stops growing.")


def startup_section() -> None:
    import_time = min(
        float(subprocess.run([sys.executable, "-c", "import time; t = time.perf_counter(); "
                              "import pith.pipeline; print(time.perf_counter() - t)"],
                             cwd=ROOT, capture_output=True, text=True).stdout)
        for _ in range(3))
    pith = shutil.which("pith", path=str(Path(sys.executable).parent)) or "pith"
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    started = time.perf_counter()
    server = subprocess.Popen([pith, "serve", "--port", str(port)], stderr=subprocess.DEVNULL)
    try:
        while True:
            try:
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=1)
                connection.request("GET", "/healthz")
                connection.getresponse().read()
                break
            except OSError:
                if time.perf_counter() - started > 30:
                    raise SystemExit("pith serve did not start in 30 s")
                time.sleep(0.02)
        ready = time.perf_counter() - started
        page = (ROOT / "tests/pages/seed-wordpress/source.html").read_bytes()
        first = post_ms(port, page)
        repeats = sorted(post_ms(port, page) for _ in range(20))
    finally:
        server.terminate()
        server.wait(timeout=10)
    print(f"\n## Start-up and cache\n\n`pith serve` answering /healthz after {ready:.2f} s "
          f"(models loaded before it listens); `import pith.pipeline` {import_time:.2f} s.\n"
          f"Over HTTP (seed-wordpress page, {len(page):,} bytes): first request {first:.1f} ms; "
          f"repeats from the cache median {statistics.median(repeats):.2f} ms, "
          f"max {repeats[-1]:.2f} ms (20 requests).")


def post_ms(port: int, body: bytes) -> float:
    """Milliseconds for one POST /api/summary, connection set-up included."""
    started = time.perf_counter()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    connection.request("POST", "/api/summary", body=body, headers={"Content-Type": "text/html"})
    response = connection.getresponse()
    response.read()
    connection.close()
    assert response.status == 200, response.status
    return (time.perf_counter() - started) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared/bench/extraction")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--skip-scaling", action="store_true")
    args = parser.parse_args()
    print(f"# {platform.python_implementation()} {platform.python_version()}, "
          f"{platform.machine()}\n")
    pages_section(args.data, args.repeat)
    if not args.skip_scaling:
        scaling_section()
    startup_section()
    command = f"python bench/speed.py --repeat {args.repeat}"
    print(f"\nrerun: {command}" + (" --skip-scaling" if args.skip_scaling else ""))


if __name__ == "__main__":
    main()
