"""How long each ranker takes by the number of sentences it ranks: the measurements behind
``Config.max_sentences_by_summarizer``.

    python bench/rankers.py [--counts 50,100,200,400,600] [--budget 30]

Sentences are generated from a fixed vocabulary (seeded), in two shapes: news-like (about 25
words) and the longest a sentence may be (``max_sentence_chars``, about 170 words), which is
what a hostile page sends. Each cell is the time of one ``pith.rank.rank`` call; a ranker
whose cell passes ``--budget`` seconds is not measured at larger counts. No network.
"""

from __future__ import annotations

import argparse
import random
import time

from pith.config import DEFAULT
from pith.language import tools_for
from pith.rank import SUMMARIZERS, rank
from pith.segment import Sentence

VOCABULARY = [f"word{i}" for i in range(5000)]
# Zipf's law: the i-th commonest word occurs in proportion to 1/i, as in prose.
WEIGHTS = [1 / (rank + 1) for rank in range(len(VOCABULARY))]


def sentences(count: int, words: int, seed: int = 7) -> list[Sentence]:
    rng = random.Random(seed)
    out = []
    for i in range(count):
        text = " ".join(rng.choices(VOCABULARY, WEIGHTS, k=words)) + "."
        text = text[:DEFAULT.max_sentence_chars]
        out.append(Sentence(text, i // 4, 0, len(text)))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--counts", default="25,50,100,200,400,600")
    parser.add_argument("--budget", type=float, default=30.0)
    args = parser.parse_args()
    counts = [int(c) for c in args.counts.split(",")]
    tools = tools_for("en")
    for shape, words in (("news (25 words)", 25), ("longest (170 words)", 170)):
        print(f"\n# {shape}: seconds per rank() call")
        print(f"{'ranker':10}" + "".join(f"{c:>9}" for c in counts))
        for name in SUMMARIZERS:
            row, over = [], False
            for count in counts:
                if over:
                    row.append("-")
                    continue
                batch = sentences(count, words)
                started = time.perf_counter()
                rank(batch, tools, summarizer=name, max_sentences=count)
                seconds = time.perf_counter() - started
                row.append(f"{seconds:.2f}")
                over = seconds > args.budget
            print(f"{name:10}" + "".join(f"{cell:>9}" for cell in row), flush=True)
    print(f"\nrerun: python bench/rankers.py --counts {args.counts} --budget {args.budget:g}")


if __name__ == "__main__":
    main()
