"""Fit the survey weights: how Pith's ranker rates sentences for a longer summary of a web page.

    python bench/fit_survey.py [--data bench/facts] [--folds 5] [--out FILE]

Learns only from the **dev** half of ``bench/facts`` (the pages whose summaries developers
read); the test half is what ``bench/facts.py`` reports, and this script never opens it.

Each dev page goes through Pith's pipeline up to the ranking (extraction, cleaning,
segmentation, the opening read by ``pith.select.read_opening``), and each ranked sentence
becomes a row of ``PithSummarizer.survey_inputs``: the ranker's position, centrality,
lead, title and description similarities, its fact and figure flags, and whether the text
opens on a hook. A sentence's label is whether it states one of the page's three key facts
(one of the fact's exact substrings). A logistic regression (``bench/fit_ranker.fit``, L2,
Newton's method) learns one weight per column; the hand-set context penalties
(``pith.summarizer._penalties``: quotations, leaning openers, questions, furniture, the
writer's "I", background, fragments) enter as a fixed offset, so the model learns what a
sentence says and the ranker keeps marking down what reads badly on its own.

It prints the share of key facts among each page's best 4, 6 and 8 sentences, for the
hand-set score and for the learned one (cross-validated over ``--folds`` folds of pages: as
fitted, spread as the ranker spreads it, and blended with the hand-set score as the ranker
rates, ``pith.summarizer.survey_rating``), then writes the weights fitted on every dev page
to ``server/pith/data/survey.json``. (The columns' mean and scale are taken over every dev
page, the held-out fold's too: the cross-validated shares are a little optimistic.)
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "server"))
sys.path.insert(0, str(ROOT))

from bench.facts import _norm  # noqa: E402
from bench.fit_ranker import fit  # noqa: E402
from bench.grading import read_rows  # noqa: E402
from pith import rank as rank_stage  # noqa: E402
from pith.adapters import sumy  # noqa: E402
from pith.config import DEFAULT  # noqa: E402
from pith.errors import PithError  # noqa: E402
from pith.pipeline import _before_ranking, _segmented  # noqa: E402
from pith.summarizer import (SURVEY_FILE, SURVEY_FURNITURE_PENALTY,  # noqa: E402
                             SURVEY_SPREAD, SurveyModel, _penalties, survey_rating)

# What the model reads: what a sentence says and where. The context flags (FEATURES from
# "opens_quote" on) stay the hand-set penalties' (the offset), and so does length: learned,
# it made points longer without telling more.
COLUMNS = ("position", "first", "second", "third", "log_position", "relative_position",
           "centrality", "lead_similarity", "title_similarity", "strong_fact", "number",
           "described", "figure", "hooked")
L2 = 10.0  # on the summed log-likelihood of about 12,000 sentences
TOP = (4, 6, 8)  # a short, medium and long summary's sentences, the tl;dr with them


def page_rows(html: bytes, facts: list[dict]):
    """The survey columns of a page's ranked sentences (as a matrix of ``COLUMNS`` and by
    name), their score by the ranker's own weights, the penalties and the labels; None when
    the pipeline declines the page or it has no title. The page is read as
    ``pith.pipeline.summarize`` reads it."""
    try:
        page = _segmented(html)
    except PithError:
        return None
    if not page.article.title:
        return None
    description = page.description
    _, _, _, hooked = _before_ranking(
        page.sentences, page.tools, config=DEFAULT, kinds=page.kinds, title=page.article.title,
        description=description, types=page.meta.types, genre=page.genre)
    candidates, document = rank_stage.document(
        page.sentences, rank_stage.sentence_limit("pith", DEFAULT))
    if not candidates:
        return None
    ranker = rank_stage.make_summarizer("pith", page.tools, page.article.title,
                                        description, hooked)
    columns, hand = ranker.survey_inputs(sumy.sentences_of(document))
    x = np.column_stack([columns[name] for name in COLUMNS])
    texts = [_norm(page.sentences[i].text) for i in candidates]
    y = np.zeros(len(texts))
    for fact in facts:
        hit = next((i for i, text in enumerate(texts)
                    if any(_norm(s) in text for s in fact["any"])), None)
        if hit is not None:
            y[hit] = 1.0
    shown = _penalties(columns, SURVEY_FURNITURE_PENALTY)  # as Pith applies them
    return x, hand, np.log(_penalties(columns)), y, shown, columns


def found_share(scores: list[np.ndarray], labels: list[np.ndarray], top: int) -> float:
    """The share of the key facts among each page's ``top`` best-scored sentences."""
    hit = sum(float(y[np.argsort(-s, kind="stable")[:top]].sum())
              for s, y in zip(scores, labels))
    return hit / max(1.0, sum(float(y.sum()) for y in labels))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(ROOT / "bench" / "facts"),
                        help="folder with dev/facts.jsonl and its pages")
    parser.add_argument("--folds", type=int, default=5,
                        help="folds of pages for the cross-validated figures")
    parser.add_argument("--out", default=str(ROOT / "server" / "pith" / SURVEY_FILE),
                        help="where the fitted weights go (default: the package's own)")
    args = parser.parse_args()
    dev = Path(args.data) / "dev"
    pages = []
    for entry in read_rows(dev / "facts.jsonl"):
        rows = page_rows((dev / entry["page"]).read_bytes(), entry["facts"])
        if rows is not None:
            pages.append(rows)
    x = np.vstack([p[0] for p in pages])
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    labels = [p[3] for p in pages]
    print(f"{len(pages)} dev pages, {len(x)} sentences, {int(sum(y.sum() for y in labels))} "
          "key facts found in them")
    hand = [p[1] for p in pages]
    print("hand-set score, key facts among the best " + " / ".join(map(str, TOP)) + ": "
          + " / ".join(f"{found_share(hand, labels, k):.3f}" for k in TOP))
    fold_of = np.arange(len(pages)) % args.folds
    fitted, spread, rated = [None] * len(pages), [None] * len(pages), [None] * len(pages)
    for fold in range(args.folds):
        train = [p for p, f in zip(pages, fold_of) if f != fold]
        weights, bias = fit((np.vstack([p[0] for p in train]) - mean) / scale,
                            np.concatenate([p[3] for p in train]), L2,
                            np.concatenate([p[2] for p in train]))
        model = SurveyModel(COLUMNS, mean, scale, weights, float(bias))
        for i in np.flatnonzero(fold_of == fold):
            _, hand_i, offset, _, shown, columns = pages[i]
            p = model.probability(columns)  # as Pith's ranker reads the weights
            fitted[i] = p * np.exp(offset)  # the model as fitted
            spread[i] = p ** SURVEY_SPREAD * shown  # spread, furniture marked down harder
            rated[i] = survey_rating(hand_i, spread[i])  # as Pith's ranker rates with it
    for name, scores in (("learned, as fitted", fitted), ("learned, spread", spread),
                         ("blended with the hand-set score, as Pith rates", rated)):
        print(f"{name} ({args.folds}-fold cross-validated over pages): "
              + " / ".join(f"{found_share(scores, labels, k):.3f}" for k in TOP))
    weights, bias = fit((x - mean) / scale, np.concatenate(labels), L2,
                        np.concatenate([p[2] for p in pages]))
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({
        "fitted_on": "bench/facts dev half", "pages": len(pages),
        "features": list(COLUMNS), "mean": mean.round(6).tolist(),
        "scale": scale.round(6).tolist(), "weights": weights.round(6).tolist(),
        "bias": round(float(bias), 6)}, indent=1) + "\n", encoding="utf-8")
    for name, weight in sorted(zip(COLUMNS, weights), key=lambda pair: -abs(pair[1])):
        print(f"  {name:18s} {weight:+.3f}")
    print(f"wrote {out}\nrerun: python bench/fit_survey.py")


if __name__ == "__main__":
    main()
