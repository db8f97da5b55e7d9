"""Fit the weights of Pith's ranker on the CNN/DailyMail training sample.

    python bench/fit_ranker.py [--data ../shared/bench/news] [--limit N]
                               [--redundancy R] [--title-weight W] [--out FILE]

Each article of ``cnndm-train-sample.jsonl.gz`` (training split only: never the test
articles the benchmarks report) is split and turned into the ranker's features
(``pith.summarizer.PithSummarizer.features``) exactly as ``pith.rank.rank`` does. A sentence's
label is whether it belongs to the article's greedy oracle: the up to 3 sentences that, added
one at a time, most raise ROUGE-1 + ROUGE-2 F1 against the editors' highlights (``rouge-score``
tokens, Porter stemmer). A logistic regression (L2, Newton's method, numpy) learns one weight
per feature. The result is written to ``server/pith/data/ranker.json``, which the ranker reads
at start-up.

The redundancy of the MMR step and the weight of the headline (the training data has no
headlines) are not learned here: pass the values chosen on the tuning half of the public test
split (``python bench/summary.py --half tuning``).

Needs the ``bench`` extra: ``pip install -e '.[bench]'``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "server"))

from pith.adapters import sumy  # noqa: E402
from pith.clean import Block  # noqa: E402
from pith.config import DEFAULT  # noqa: E402
from pith.language import tools_for  # noqa: E402
from pith.rank import make_summarizer  # noqa: E402
from pith.segment import segment, words  # noqa: E402
from pith.summarizer import FEATURES, MODEL_FILE  # noqa: E402

DATA_FILE = "cnndm-train-sample.jsonl.gz"
ORACLE_SENTENCES = 3
L2 = 1.0  # on the summed log-likelihood of about 300,000 sentences: a light touch
NEWTON_STEPS = 25


def ngrams(tokens: list[str], n: int) -> Counter:
    return Counter(tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1))


def f1(overlap: int, predicted: int, reference: int) -> float:
    if not overlap:
        return 0.0
    p, r = overlap / predicted, overlap / reference
    return 2 * p * r / (p + r)


def oracle(sentence_tokens: list[list[str]], reference_tokens: list[str],
           start: tuple[int, ...] = ()) -> set[int]:
    """The greedy ROUGE-1 + ROUGE-2 oracle: sentences added while they raise the score,
    after the sentences ``start`` (the lead the reader is shown as tl;dr)."""
    ref1, ref2 = ngrams(reference_tokens, 1), ngrams(reference_tokens, 2)
    n1 = sum(ref1.values()) or 1
    n2 = sum(ref2.values()) or 1
    grams = [(ngrams(t, 1), ngrams(t, 2)) for t in sentence_tokens]
    chosen: list[int] = list(start)
    summary1, summary2 = Counter(), Counter()
    for i in start:
        summary1 += grams[i][0]
        summary2 += grams[i][1]
    best = (f1(sum((summary1 & ref1).values()), sum(summary1.values()) or 1, n1)
            + f1(sum((summary2 & ref2).values()), sum(summary2.values()) or 1, n2))
    while len(chosen) < ORACLE_SENTENCES + len(start):
        pick, pick_score = None, best
        for i, (g1, g2) in enumerate(grams):
            if i in chosen:
                continue
            s1, s2 = summary1 + g1, summary2 + g2
            score = (f1(sum((s1 & ref1).values()), sum(s1.values()) or 1, n1)
                     + f1(sum((s2 & ref2).values()), sum(s2.values()) or 1, n2))
            if score > pick_score:
                pick, pick_score = i, score
        if pick is None:
            break
        chosen.append(pick)
        best = pick_score
        summary1 += grams[pick][0]
        summary2 += grams[pick][1]
    return set(chosen)


def fit(x: np.ndarray, y: np.ndarray, l2: float = L2,
        offset: np.ndarray | None = None) -> tuple[np.ndarray, float]:
    """L2-regularised logistic regression by Newton's method; the bias unpenalised.
    ``offset``: a fixed term added to each row's logit (a known log-factor)."""
    design = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(design.shape[1])
    penalty = np.full(design.shape[1], l2)
    penalty[-1] = 0.0
    fixed = np.zeros(len(x)) if offset is None else offset
    for _ in range(NEWTON_STEPS):
        p = 1.0 / (1.0 + np.exp(-(design @ w + fixed)))
        gradient = design.T @ (p - y) + penalty * w
        hessian = (design * (p * (1 - p))[:, None]).T @ design + np.diag(penalty)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w[:-1], float(w[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default="../shared/bench/news")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--redundancy", type=float, default=0.3)
    parser.add_argument("--title-weight", type=float, default=1.5)
    parser.add_argument("--labels", choices=("reader", "oracle"), default="reader",
                        help="reader: the lead (the tl;dr) and the 3 sentences that best "
                        "complete it; oracle: the best 3 from scratch")
    parser.add_argument("--out", default=str(ROOT / "server" / "pith" / MODEL_FILE))
    args = parser.parse_args()
    try:
        from rouge_score.tokenizers import DefaultTokenizer
    except ImportError:
        sys.exit("bench/fit_ranker.py needs rouge-score: pip install -e '.[bench]'")
    path = (ROOT / args.data).resolve() / DATA_FILE
    if not path.exists():
        sys.exit(f"{path} not found: pass --data with the folder that holds {DATA_FILE}.")
    tokenizer = DefaultTokenizer(use_stemmer=True)
    tools = tools_for("en")
    rows, labels = [], []
    articles = 0
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            item = json.loads(line)
            sentences = segment([Block(item["article"])], tools,
                                max_sentence_chars=DEFAULT.max_sentence_chars)
            sentences = sentences[:DEFAULT.max_sentences_ranked]
            if len(sentences) < 2:
                continue
            model = sumy.document([[(s.text, False) for s in sentences]], words)
            features, _ = make_summarizer("pith", tools).features(model.sentences)
            gold = oracle([tokenizer.tokenize(s.text) for s in sentences],
                          tokenizer.tokenize(item["reference"]),
                          start=(0,) if args.labels == "reader" else ())
            rows.append(features)
            labels.append(np.array([i in gold for i in range(len(sentences))], dtype=float))
            articles += 1
            if args.limit and articles == args.limit:
                break
    x, y = np.vstack(rows), np.concatenate(labels)
    weights, bias = fit(x, y)
    result = {
        "about": "Pith's ranker: logistic weights over pith.summarizer.FEATURES, fitted by "
                 "bench/fit_ranker.py on the CNN/DailyMail training sample (greedy "
                 f"ROUGE-1+2 oracle labels, {args.labels}); redundancy and title_weight hand-set on the "
                 "tuning half of the public test split.",
        "features": list(FEATURES),
        "weights": [round(float(w), 5) for w in weights],
        "bias": round(bias, 5),
        "title_weight": args.title_weight,
        "redundancy": args.redundancy,
        "articles": articles,
        "sentences": int(len(y)),
    }
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    for name, weight in zip(FEATURES, weights):
        print(f"{name:>20} {weight:+.3f}")
    print(f"{'bias':>20} {bias:+.3f}\n{articles} articles, {len(y)} sentences -> {args.out}")


if __name__ == "__main__":
    main()
