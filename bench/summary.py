"""Score Pith's rankers on news: ROUGE against the editors' highlights of CNN/DailyMail.

    python bench/summary.py [--data ../shared/bench/news] [--limit N] [--methods lead3,pith]
                            [--half heldout|tuning|all]

Reads ``cnndm-test-public.jsonl.gz`` from ``--data`` (resolved from the repository root; the
data set is kept beside the repository, never in it). Each article is one lower-cased line:
it becomes one ``pith.clean.Block``, is split by Pith's own segmenter and ranked through
``pith.rank.rank`` exactly as the product does; ``pith.select.select`` then takes the
first 3 ranked sentences that pass the product's filters (word-count bounds, no near-duplicate
of a point already taken) and puts them back in document order.

Metric, as the data set's README defines it: ROUGE-1, ROUGE-2 and ROUGE-Lsum F1 (x100) from
``rouge-score`` with the Porter stemmer, a newline between sentences for Lsum. ``ms`` is the
ranking time alone (``rank``), not splitting or scoring. Lead-3 is the first three sentences
unfiltered, as in the README's reference table; ``lead3-filtered`` is the first three that
pass the same filters, to show how much of a ranker's gain is the filters'. The last
lines give a paired bootstrap 95% interval of Pith minus Lead-3 (and minus the filtered lead)
in ROUGE-1.

``reader`` is what the reader sees at short length: the tl;dr and 3 key points, chosen by
``pith.pipeline.rank_and_choose`` as the product does (the tl;dr first, then the points in
document order); it is compared with the lead of as many sentences as it shows (``lead-as-many``; a
point shown with the sentence it leans on counts as two). ``pith-as-many`` is the ranker's
own best sentences, as many, in document order, with none of the reader's rules (a tl;dr
that stands alone, points that do): the most the reader could score with this ranker.

``--half``: the held-out half of the articles is those whose id's SHA-256 starts with an odd
byte (``heldout``); everything tuned, by hand or by ``bench/fit_ranker.py``, was tuned on the
other half (``tuning``) and on the training sample only. Report ``heldout``.

Needs the ``bench`` extra: ``pip install -e '.[bench]'``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "server"))
sys.path.insert(0, str(ROOT))

from bench.split import split_of  # noqa: E402
from pith.clean import Block  # noqa: E402
from pith.config import DEFAULT  # noqa: E402
from pith.language import tools_for  # noqa: E402
from pith.rank import SUMMARIZERS, rank  # noqa: E402
from pith.segment import segment  # noqa: E402
from pith.pipeline import rank_and_choose  # noqa: E402
from pith.select import LENGTHS, select  # noqa: E402

DATA_FILE = "cnndm-test-public.jsonl.gz"
# The reference highlights average 3.6 bullets; the README fixes summaries at 3 sentences.
SUMMARY_SENTENCES = 3
BOOTSTRAP_RESAMPLES = 1000
BOOTSTRAP_SEED = 20261127
LEADS = ("lead3", "lead3-filtered")
READER = ("reader", "lead-as-many", "pith-as-many")
HALVES = ("heldout", "tuning", "all")
METRICS = ("rouge1", "rouge2", "rougeLsum")


def load(path: Path) -> list[dict]:
    """The articles of the JSON-lines file."""
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        return [json.loads(line) for line in lines]


def half_of(article_id: str) -> str:
    """``heldout`` or ``tuning``: the extraction pages' rule (``bench/split.py``, the first
    byte of SHA-256 of the id odd or even), named as the news benchmark names its halves."""
    return "heldout" if split_of(article_id) == "test" else "tuning"


def reader_view(sentences, tools, text: str) -> tuple[list[str], int, list[int]]:
    """The tl;dr and the short key points, as the product chooses them (``text``: the one
    paragraph the sentences index), how many of the article's sentences they show (a point
    shown with the sentence it leans on shows two), and the ranking they were chosen from."""
    # As pith.pipeline.summarize reads a page (a text with no title opens on no hook).
    ranked, reading = rank_and_choose(sentences, tools, LENGTHS["short"], summarizer="pith",
                                      config=DEFAULT, paragraphs=[text])
    items = ([reading.tldr] if reading.tldr else []) + list(reading.points)
    covered = sum(1 for s in sentences
                  if any(i.start <= s.start and s.end <= i.end for i in items))
    return [i.text for i in items], covered, ranked


def summarize(method: str, sentences, tools) -> tuple[list[str], float]:
    """The 3 chosen sentences in document order, and the ranking time in milliseconds."""
    if method == "lead3":
        return [s.text for s in sentences[:SUMMARY_SENTENCES]], 0.0
    if method == "lead3-filtered":
        chosen = select(sentences, list(range(len(sentences))), SUMMARY_SENTENCES,
                        tools.stop_words)
        return [s.text for s in chosen], 0.0
    started = time.perf_counter()
    ranked = rank(sentences, tools, summarizer=method,
                  max_sentences=DEFAULT.max_sentences_ranked, title=None)
    elapsed = (time.perf_counter() - started) * 1000
    chosen = select(sentences, ranked, SUMMARY_SENTENCES, tools.stop_words)
    return [s.text for s in chosen], elapsed


def bootstrap(diff: np.ndarray) -> tuple[float, float]:
    """Paired bootstrap 95% interval of the mean of per-article differences."""
    rng = np.random.default_rng(BOOTSTRAP_SEED)
    picks = rng.integers(0, len(diff), size=(BOOTSTRAP_RESAMPLES, len(diff)))
    means = diff[picks].mean(axis=1)
    return float(np.percentile(means, 2.5)), float(np.percentile(means, 97.5))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default="../shared/bench/news",
                        help=f"folder holding {DATA_FILE}, relative to the repository root "
                        "(default %(default)s)")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N")
    parser.add_argument("--methods", default=",".join(LEADS + tuple(SUMMARIZERS) + READER),
                        help="comma-separated, from: "
                        + ", ".join(LEADS + tuple(SUMMARIZERS) + READER))
    parser.add_argument("--half", choices=HALVES, default="heldout",
                        help="the articles scored (default %(default)s; see the docstring)")
    args = parser.parse_args()
    try:
        from rouge_score import rouge_scorer
    except ImportError:
        sys.exit("bench/summary.py needs rouge-score: pip install -e '.[bench]'")
    methods = [m.strip() for m in args.methods.split(",") if m.strip()]
    unknown = [m for m in methods if m not in LEADS + READER and m not in SUMMARIZERS]
    if unknown:
        sys.exit(f"Unknown method(s) {', '.join(unknown)}. "
                 f"Choose from: {', '.join(LEADS + tuple(SUMMARIZERS))}.")
    path = (ROOT / args.data).resolve() / DATA_FILE
    if not path.exists():
        sys.exit(f"{path} not found: pass --data with the folder that holds {DATA_FILE}.")

    articles = [a for a in load(path)
                if args.half == "all" or half_of(a["id"]) == args.half][:args.limit]
    tools = tools_for("en")
    scorer = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)
    scores = {m: np.zeros((len(articles), len(METRICS))) for m in methods}
    timings: dict[str, list[float]] = {m: [] for m in methods}
    for method in SUMMARIZERS:  # load models and warm the stem cache outside the timings
        if method in methods:
            rank(segment([Block(articles[0]["article"])], tools,
                         max_sentence_chars=DEFAULT.max_sentence_chars),
                 tools, summarizer=method, max_sentences=DEFAULT.max_sentences_ranked)
    for row, item in enumerate(articles):
        sentences = segment([Block(item["article"])], tools,
                            max_sentence_chars=DEFAULT.max_sentence_chars)
        shown = None
        for method in methods:
            if method in READER:
                shown = shown or reader_view(sentences, tools, item["article"])
                if method == "reader":
                    chosen = shown[0]
                elif method == "lead-as-many":
                    chosen = [s.text for s in sentences[:shown[1]]]
                else:
                    chosen = [sentences[i].text for i in sorted(shown[2][:shown[1]])]
                elapsed = 0.0
            else:
                chosen, elapsed = summarize(method, sentences, tools)
            timings[method].append(elapsed)
            result = scorer.score(item["reference"], "\n".join(chosen))
            scores[method][row] = [result[k].fmeasure * 100 for k in METRICS]

    print(f"# {len(articles)} articles ({args.half}) from {path.name}, "
          f"{SUMMARY_SENTENCES} sentences in document order")
    print("| method | R-1 | R-2 | R-Lsum | ms/article (median) | ms/article (mean) |")
    print("|---|---|---|---|---|---|")
    for method in methods:
        r1, r2, rl = scores[method].mean(axis=0)
        if method in LEADS + READER:
            ms = "–"
            mean_ms = "–"
        else:
            ms = f"{statistics.median(timings[method]):.2f}"
            mean_ms = f"{statistics.mean(timings[method]):.2f}"
        print(f"| {method} | {r1:.2f} | {r2:.2f} | {rl:.2f} | {ms} | {mean_ms} |")
    if "pith" in methods:
        for lead in LEADS:
            if lead in methods:
                diff = scores["pith"][:, 0] - scores[lead][:, 0]
                low, high = bootstrap(diff)
                print(f"\nROUGE-1 pith - {lead}: {diff.mean():+.2f}, paired bootstrap 95% "
                      f"interval [{low:+.2f}, {high:+.2f}] "
                      f"({BOOTSTRAP_RESAMPLES} resamples, seed {BOOTSTRAP_SEED})", end="")
        print()
    if "reader" in methods and "lead-as-many" in methods:
        diff = scores["reader"][:, 0] - scores["lead-as-many"][:, 0]
        low, high = bootstrap(diff)
        print(f"\nROUGE-1 reader (tl;dr + 3 points) - lead-as-many: {diff.mean():+.2f}, paired "
              f"bootstrap 95% interval [{low:+.2f}, {high:+.2f}]")
    if "pith-as-many" in methods and "lead-as-many" in methods:
        diff = scores["pith-as-many"][:, 0] - scores["lead-as-many"][:, 0]
        low, high = bootstrap(diff)
        print(f"ROUGE-1 pith-as-many (the ranker's best, as many) - lead-as-many: "
              f"{diff.mean():+.2f}, paired bootstrap 95% interval [{low:+.2f}, {high:+.2f}]")
    rerun = ["python", "bench/summary.py"]
    if args.data != parser.get_default("data"):
        rerun += ["--data", args.data]
    if args.limit is not None:
        rerun += ["--limit", str(args.limit)]
    if args.half != parser.get_default("half"):
        rerun += ["--half", args.half]
    if args.methods != parser.get_default("methods"):
        rerun += ["--methods", args.methods]
    print("\nrerun: " + " ".join(rerun))


if __name__ == "__main__":
    main()
