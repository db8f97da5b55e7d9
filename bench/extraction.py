"""Score Pith's article extraction on the Zyte article-extraction benchmark (public part).

    python bench/extraction.py [--data ../shared/bench/extraction] [--split dev|test|all]
                               [--per-page N] [--repeat K]

Reads ``gold.jsonl`` and ``pages/<id>.html.gz`` from ``--data`` (resolved from the repository
root; the data set is kept beside the repository, never in it). ``--split`` keeps one fixed
half of the pages (``bench/split.py``: ``dev`` to tune on, ``test`` to report). Each page goes
through ``pith.pipeline.extract`` exactly as the product does and ``Article.text`` (the body, no
title) is scored. Beside it, in the same run on the same decoded text: plain readability-lxml
(``Document(html).summary(html_partial=True)`` turned into block-aware text) and, when it is
installed (the ``bench`` extra), trafilatura with ``include_comments=False``.

Metric, as the data set's README defines it: tokens are ``re.findall(r"\\w+", text)``;
shingles the multiset of contiguous 4-token sequences (1-3 tokens give one shorter shingle).
Per page, tp/fp/fn are the multiset overlaps, precision = tp / (tp + fp) and recall =
tp / (tp + fn), with the README's special cases. P is the mean precision over pages with a
non-empty prediction, R the mean recall over all pages, F1 = 2PR / (P + R); "exact" is the
share of pages whose token list equals the gold one.

Times are per page, in milliseconds, for the extraction call alone (the page is decoded to
text once, before timing); readability-lxml's time is ``Document(...).summary(...)`` alone.
``x readability`` compares with readability-lxml measured in the same run: the ratio of the
median times and the median of the per-page ratios.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

from lxml import html as lxml_html
from readability import Document

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "server"))
sys.path.insert(0, str(ROOT))

from bench.split import SPLITS, in_split  # noqa: E402
from pith.errors import PithError  # noqa: E402
from pith.pipeline import extract  # noqa: E402

DEFAULT_DATA = "../shared/bench/extraction"
SHINGLE = 4
_BLOCK_TAGS = frozenset(
    "address article aside blockquote br center dd div dl dt figcaption figure footer form h1 "
    "h2 h3 h4 h5 h6 header hr li main nav ol p pre section table td th tr ul".split()
)


def tokens(text: str) -> list[str]:
    return re.findall(r"\w+", text)


def shingles(words: list[str]) -> Counter:
    if not words:
        return Counter()
    if len(words) < SHINGLE:
        return Counter([tuple(words)])
    return Counter(tuple(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1))


def page_scores(gold: str, pred: str) -> tuple[float, float]:
    """(precision, recall) of one page, with the benchmark's special cases."""
    g, p = shingles(tokens(gold)), shingles(tokens(pred))
    tp = sum(min(count, p[s]) for s, count in g.items())
    fp = sum(max(0, count - g[s]) for s, count in p.items())
    fn = sum(max(0, count - p[s]) for s, count in g.items())
    total = tp + fp + fn
    if total:
        tp, fp, fn = tp / total, fp / total, fn / total
    if fp == 0 and fn == 0:
        return 1.0, 1.0
    precision = 0.0 if tp == 0 and fp == 0 else tp / (tp + fp)
    recall = 0.0 if tp == 0 and fn == 0 else tp / (tp + fn)
    return precision, recall


def block_text(element) -> str:
    """The text of an lxml element with a line break around every block element."""
    parts: list[str] = []

    def walk(node) -> None:
        tag = node.tag.lower() if isinstance(node.tag, str) else ""
        if tag in ("script", "style", "noscript") or not tag:
            if node.tail:
                parts.append(node.tail)
            return
        block = tag in _BLOCK_TAGS
        if block:
            parts.append("\n")
        if node.text:
            parts.append(node.text)
        for child in node:
            walk(child)
        if block:
            parts.append("\n")
        if node.tail:
            parts.append(node.tail)

    walk(element)
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def run_pith(html: str) -> str:
    try:
        return extract(html).text
    except PithError:
        return ""


def run_readability(html: str) -> tuple[str, float]:
    started = time.perf_counter()
    summary = Document(html).summary(html_partial=True)
    elapsed = time.perf_counter() - started
    return block_text(lxml_html.fragment_fromstring(summary, create_parent="div")), elapsed


def timed(function, html: str, repeat: int) -> tuple[str, float]:
    """The result and the best of ``repeat`` run times, in seconds."""
    best, result = float("inf"), ""
    for _ in range(repeat):
        started = time.perf_counter()
        result = function(html)
        best = min(best, time.perf_counter() - started)
    return result, best


def readability_timed(html: str, repeat: int) -> tuple[str, float]:
    best, result = float("inf"), ""
    for _ in range(repeat):
        result, elapsed = run_readability(html)
        best = min(best, elapsed)
    return result, best


class Scores:
    def __init__(self, name: str) -> None:
        self.name = name
        self.rows: list[tuple[str, float, float, bool, bool, float]] = []

    def add(self, page_id: str, gold: str, pred: str, seconds: float) -> None:
        precision, recall = page_scores(gold, pred)
        empty = not tokens(pred)
        exact = tokens(pred) == tokens(gold)
        self.rows.append((page_id, precision, recall, empty, exact, seconds * 1000))

    def summary(self) -> dict:
        precisions = [r[1] for r in self.rows if not r[3]]
        p = statistics.fmean(precisions) if precisions else 0.0
        r = statistics.fmean(row[2] for row in self.rows)
        times = [row[5] for row in self.rows]
        return {
            "P": p, "R": r, "F1": 2 * p * r / (p + r) if p + r else 0.0,
            "exact": statistics.fmean(row[4] for row in self.rows),
            "empty": sum(row[3] for row in self.rows),
            "median_ms": statistics.median(times), "mean_ms": statistics.fmean(times),
        }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=DEFAULT_DATA,
                        help="benchmark folder, relative to the repository root "
                             f"(default {DEFAULT_DATA})")
    parser.add_argument("--per-page", type=int, default=0, metavar="N",
                        help="list Pith's N worst pages by F1 with their scores")
    parser.add_argument("--repeat", type=int, default=1, metavar="K",
                        help="time each extractor K times per page and keep the best")
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages")
    parser.add_argument("--split", choices=SPLITS, default="all",
                        help="the fixed half of the pages (bench/split.py): dev to tune on, "
                             "test to report; default all")
    args = parser.parse_args()
    data = (ROOT / args.data).resolve()
    gold_path = data / "gold.jsonl"
    if not gold_path.exists():
        sys.exit(f"No gold.jsonl in {data}. Pass the benchmark folder with --data.")
    golds = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines()
             if line.strip()]
    golds = [item for item in golds if in_split(item["id"], args.split)][:args.limit]

    try:
        import trafilatura
    except ImportError:
        trafilatura = None

    pith, plain = Scores("pith"), Scores("readability-lxml")
    extra = Scores(f"trafilatura {trafilatura.__version__}") if trafilatura else None
    ratios = []
    for item in golds:
        raw = gzip.decompress((data / "pages" / f"{item['id']}.html.gz").read_bytes())
        html = raw.decode("utf-8", "replace")
        gold = item["articleBody"]
        text, seconds = timed(run_pith, html, args.repeat)
        pith.add(item["id"], gold, text, seconds)
        base_text, base_seconds = readability_timed(html, args.repeat)
        plain.add(item["id"], gold, base_text, base_seconds)
        ratios.append(seconds / base_seconds)
        if extra is not None:
            out, secs = timed(lambda h: trafilatura.extract(h, include_comments=False) or "",
                              html, args.repeat)
            extra.add(item["id"], gold, out, secs)

    results = [pith.summary(), plain.summary()]
    names = ["pith", "readability-lxml 0.9, html_partial, block-aware text"]
    if extra is not None:
        results.append(extra.summary())
        names.append(f"{extra.name}, include_comments=False")
    base = results[1]
    print(f"{len(golds)} pages ({args.split}) from {data}\n")
    print("| extractor | F1 | precision | recall | exact | empty | ms/page (median) "
          "| ms/page (mean) | x readability (median) |")
    print("|---|---|---|---|---|---|---|---|---|")
    for name, s in zip(names, results):
        ratio = s["median_ms"] / base["median_ms"]
        print(f"| {name} | {s['F1']:.3f} | {s['P']:.3f} | {s['R']:.3f} | {s['exact']:.3f} "
              f"| {s['empty']} | {s['median_ms']:.2f} | {s['mean_ms']:.2f} | {ratio:.2f} |")
    print(f"\nPith / readability-lxml time, median of per-page ratios: "
          f"{statistics.median(ratios):.2f}")

    if args.per_page:
        print(f"\nPith's {args.per_page} worst pages (F1; precision, recall):")
        worst = sorted(pith.rows, key=lambda r: _f1(r[1], r[2]))[:args.per_page]
        by_id = {item["id"]: item for item in golds}
        for page_id, p, r, empty, _, ms in worst:
            print(f"  {page_id[:16]}  F1 {_f1(p, r):.3f}  P {p:.3f}  R {r:.3f}"
                  f"{'  EMPTY' if empty else ''}  {ms:.1f} ms  {by_id[page_id]['url']}")

    command = "python bench/extraction.py"
    if args.data != DEFAULT_DATA:
        command += f" --data {args.data}"
    if args.split != "all":
        command += f" --split {args.split}"
    if args.repeat != 1:
        command += f" --repeat {args.repeat}"
    print(f"\nRerun: {command}")


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


if __name__ == "__main__":
    main()
