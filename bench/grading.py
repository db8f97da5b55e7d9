"""The hand-graded set: what the reader sees, graded blind against lead-5 and sumy LexRank.

    python bench/grading.py export --before OLD.jsonl --out bench/grades/outputs-DATE.jsonl
    python bench/grading.py sheet bench/grades/outputs-DATE.jsonl --split test > sheet.md
    python bench/grading.py score bench/grades/outputs-DATE.jsonl bench/grades/grades-DATE.jsonl

The set: the first ``PAGES_PER_HALF`` pages of each half of the extraction benchmark
(``bench/split.py``: tune on dev, headline test), ordered by SHA-256 of the page id, so it
never depends on file order. Every system shows a tl;dr and 5 points (the medium length),
over the same cleaned and segmented article; Pith's points stand under their section's heading
("[Cornerback]") as the popup shows them:

* ``pith``: Pith now; ``pith-before``: Pith before the change (``--before``: the JSON lines
  ``bench/reader.py --save`` wrote with the older code);
* ``lead-5``: the first sentence as tl;dr, the next five as points;
* ``lexrank``: sumy's LexRank, its best sentence as tl;dr and the next five best as points,
  in document order.

A change that touches few of the graded pages is graded pairwise instead, on every page of a
half whose medium summary (or ``--length``'s) it changed:

    python bench/grading.py pairs --before OLD.jsonl --after NEW.jsonl --split test \
        --out bench/grades/pairs-DATE.jsonl
    python bench/grading.py pairsheet bench/grades/pairs-DATE.jsonl > sheet.md
    python bench/grading.py pairscore bench/grades/pairs-DATE.jsonl GRADES.jsonl [...]

A change measured on ``bench/facts`` (``bench/facts.py --save``, one half) is graded pairwise
on a sample of the pages whose summary at one length it changed (the article whole):

    python bench/grading.py factpairs --before OLD.json --after NEW.json --half test \
        --length short --sample 24 --seed N --out bench/grades/pairs-DATE.jsonl
    python bench/grading.py pairsheet bench/grades/pairs-DATE.jsonl > sheet.md

The grader sees the article and two summaries, X and Y (before and after, shuffled), and
writes ``{"id": ..., "tldr": "X|Y|tie", "points": ..., "standalone": ..., "overall": ...,
"X": [points, standalone], "Y": [points, standalone]}``, the last two graded 1-5 (rounds
thirty-six and thirty-seven's graders gave the points alone: ``"X": [points]``).

``export`` writes every output with a shuffled letter per system and page (seeded), so the
grader sees A/B/C/D only; ``sheet`` prints the article (its first ``ARTICLE_WORDS`` words),
the source line every summary is shown under in the popup (site, byline, the story's day:
"Tuesday" in a point counts from it; exports before 2026-11-29g have none) and the lettered
outputs; the grader writes one JSON line per page:
``{"id": ..., "grades": {"A": [tldr, points, standalone], ...}}``, each 1-5: the tl;dr says
what the story is about; the points are the most important facts; each point reads on its
own. ``score`` maps the letters back and prints the averages (English pages and the others)
and pith's win/tie/loss against each other system by the mean of the three axes.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "server"))
sys.path.insert(0, str(ROOT))

from bench.split import split_of  # noqa: E402
from pith.errors import PithError  # noqa: E402
from pith.pipeline import extract, summarize  # noqa: E402
from pith.present import source_line  # noqa: E402

DEFAULT_DATA = "../shared/bench/extraction"
PAGES_PER_HALF = 24
POINTS = 5
ARTICLE_WORDS = 900
SEED = 20261128
AXES = ("tldr", "points", "standalone")


def grading_ids(data: Path) -> list[str]:
    ids = [row["id"] for row in read_rows(data / "gold.jsonl")]
    ids.sort(key=lambda i: hashlib.sha256(i.encode("utf-8")).hexdigest())
    chosen = []
    for half in ("dev", "test"):
        chosen += [i for i in ids if split_of(i) == half][:PAGES_PER_HALF]
    return chosen


def baseline_ranking(html: bytes):
    """Pith's own cleaned, segmented article (the ``Article`` and its sentences) and sumy
    LexRank's order of the sentences: what the baselines are read from."""
    from pith import rank as rank_stage
    from pith.config import DEFAULT
    from pith.pipeline import _Clock, _segmented

    page = _segmented(html, clock=_Clock(60))
    ranked = rank_stage.rank(page.sentences, page.tools, summarizer="lexrank",
                             max_sentences=rank_stage.sentence_limit("lexrank", DEFAULT))
    return page.article, page.sentences, ranked


def lead_and_lexrank(sentences, ranked, points: int = POINTS) -> tuple[dict, dict]:
    """The lead (the first sentence as tl;dr, the next ``points`` as points) and LexRank (its
    best sentence as tl;dr, the next ``points`` best as points, in document order)."""
    body = [i for i, s in enumerate(sentences) if not s.is_heading]
    lead = [sentences[i].text for i in body[:points + 1]]
    top = ranked[:points + 1]
    lexrank = {"tldr": sentences[top[0]].text if top else None,
               "points": [sentences[i].text for i in sorted(top[1:])]}
    return {"tldr": lead[0] if lead else None, "points": lead[1:]}, lexrank


def baselines(html: bytes) -> tuple[dict, dict, str, str]:
    """lead-5 and LexRank over Pith's own cleaned, segmented article; the article text."""
    article, sentences, ranked = baseline_ranking(html)
    lead, lexrank = lead_and_lexrank(sentences, ranked)
    return lead, lexrank, article.text, article.language or ""


def export(args) -> None:
    data = (ROOT / args.data).resolve()
    before = saved_shown(args.before) if args.before else {}
    rng = random.Random(SEED)
    rows = []
    for page_id in grading_ids(data):
        with gzip.open(data / "pages" / f"{page_id}.html.gz", "rb") as handle:
            html = handle.read()
        try:
            summary = summarize(html, length="medium")
            lead, lexrank, text, lang = baselines(html)
        except PithError:
            continue
        systems = {"pith": {"tldr": summary.tldr,
                            "points": [p.text for p in summary.key_points],
                            "sections": [p.section for p in summary.key_points]},
                   "lead-5": lead, "lexrank": lexrank}
        if page_id in before:
            systems["pith-before"] = before[page_id]
        names = sorted(systems)
        rng.shuffle(names)
        rows.append({"id": page_id, "split": split_of(page_id), "language": lang,
                     "source": source_line(summary),
                     "article": " ".join(text.split(" ")[:ARTICLE_WORDS]),
                     "letters": {chr(65 + i): name for i, name in enumerate(names)},
                     "outputs": systems})
    write_rows(args.out, rows)
    print(f"{len(rows)} pages -> {args.out}")


def read_rows(path: str | Path) -> list[dict]:
    """The rows of a JSON-lines file (blank lines skipped)."""
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines()
            if line.strip()]


def write_rows(path: str, rows: list[dict]) -> None:
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(path).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                          encoding="utf-8")


def shown(saved: dict) -> dict:
    """What the reader sees of one length of a ``bench/reader.py --save`` row: the tl;dr, the
    points and the heading each is shown under (None in runs saved before sections were)."""
    points = saved["points"]
    return {"tldr": saved["tldr"], "points": [p[0] for p in points],
            "sections": [p[4] if len(p) > 4 else None for p in points]}


def saved_shown(path: str, length: str = "medium") -> dict[str, dict]:
    """What the reader sees at ``length`` (``shown``) of every public page of a
    ``bench/reader.py --save`` file, by page id."""
    return {row["id"]: shown(row[length]) for row in read_rows(path)
            if length in row and row.get("group") != "fixtures"}


def print_output(letter: str, output: dict) -> None:
    """One system's output as the grader reads it; points under a section's heading as the
    popup shows them, the heading once for a run of points that share it."""
    print(f"### {letter}\nTL;DR: {output['tldr']}")
    section = None
    for point, heading in zip(output["points"],
                              output.get("sections") or [None] * len(output["points"])):
        if heading and heading != section:
            print(f"[{heading}]")
        section = heading
        print(f"- {point}")
    print()


def sheet(args) -> None:
    for row in read_rows(args.outputs):
        if args.split != "all" and row["split"] != args.split:
            continue
        print(f"## {row['id']} ({row['language']})\n\n{row['article']}\n")
        if row.get("source"):  # the line every summary is shown under ("Reuters · 2019-11-19")
            print(f"SOURCE: {row['source']}\n")
        for letter in sorted(row["letters"]):
            print_output(letter, row["outputs"][row["letters"][letter]])


def score(args) -> None:
    outputs = {row["id"]: row for row in read_rows(args.outputs)}
    grades = read_rows(args.grades)
    table: dict = {}
    versus: dict = {}
    for entry in grades:
        row = outputs[entry["id"]]
        if args.split != "all" and row["split"] != args.split:
            continue
        group = "en" if row["language"] == "en" else "other"
        means = {}
        for letter, values in entry["grades"].items():
            system = row["letters"][letter]
            table.setdefault((system, group), []).append(values)
            means[system] = sum(values) / len(values)
        for other in means:
            if other == "pith":
                continue
            tally = versus.setdefault(other, [0, 0, 0])
            diff = means["pith"] - means[other]
            tally[0 if diff > 0 else 1 if diff == 0 else 2] += 1
    print(f"# Grades ({args.split}), mean 1-5 per axis\n")
    print("| system | pages | " + " | ".join(AXES) + " |")
    print("|---|---|" + "---|" * len(AXES))
    for (system, group), values in sorted(table.items()):
        columns = [sum(v[i] for v in values) / len(values) for i in range(len(AXES))]
        print(f"| {system} ({group}) | {len(values)} | "
              + " | ".join(f"{c:.2f}" for c in columns) + " |")
    print("\n| pith against | win | tie | loss |\n|---|---|---|---|")
    for other, (win, tie, loss) in sorted(versus.items()):
        print(f"| {other} | {win} | {tie} | {loss} |")


PAIR_AXES = ("tldr", "points", "standalone", "overall")


def pairs(args) -> None:
    data = (ROOT / args.data).resolve()
    before, after = saved_shown(args.before, args.length), saved_shown(args.after, args.length)
    rng = random.Random(SEED)
    rows = []
    for page_id in sorted(before):
        if split_of(page_id) != args.split and args.split != "all":
            continue
        if page_id not in after or before[page_id] == after[page_id]:
            continue
        with gzip.open(data / "pages" / f"{page_id}.html.gz", "rb") as handle:
            article = extract(handle.read())
        rows.append(_pair(rng, {"id": page_id, "split": split_of(page_id)}, article,
                          " ".join(article.text.split(" ")[:ARTICLE_WORDS]),
                          before[page_id], after[page_id]))
    write_rows(args.out, rows)
    print(f"{len(rows)} pages changed -> {args.out}")


def _pair(rng: random.Random, ident: dict, article, text: str, before: dict,
          after: dict) -> dict:
    """One page's blind pair: ``ident`` (its id and split), the article's language, title
    and ``text`` as the grader reads it, and the two outputs under letters X and Y shuffled
    by ``rng``."""
    order = ["before", "after"]
    rng.shuffle(order)
    return {**ident, "language": article.language, "title": article.title, "article": text,
            "letters": dict(zip("XY", order)), "outputs": {"before": before, "after": after}}


def factpairs(args) -> None:
    """Blind pairs of a sample of the ``bench/facts`` pages of one half whose summary at
    ``--length`` differs between two ``bench/facts.py --save`` files."""
    before, after = ({row["page"]: row for row in read_rows(path)}
                     for path in (args.before, args.after))
    rng = random.Random(args.seed)
    changed = sorted(page for page in after if page in before
                     and before[page][args.length]["shown"] != after[page][args.length]["shown"])
    rows = []
    for page in sorted(rng.sample(changed, min(args.sample, len(changed)))):
        article = extract((ROOT / "bench" / "facts" / args.half / page).read_bytes())
        before_shown, after_shown = (
            {"tldr": saved[page][args.length]["shown"][0],
             "points": saved[page][args.length]["shown"][1:]} for saved in (before, after))
        ident = {"id": page.replace("redteam/", "").replace("/", "_").removesuffix(".html"),
                 "page": page, "split": args.half}
        rows.append(_pair(rng, ident, article, article.text, before_shown, after_shown))
    write_rows(args.out, rows)
    print(f"{len(rows)} of {len(changed)} changed pages -> {args.out}")


def pairsheet(args) -> None:
    for row in read_rows(args.pairs):
        print(f"## {row['id'][:10]} ({row['language']})\n\nTitle: {row['title']}\n\n"
              f"{row['article']}\n")
        for letter, name in sorted(row["letters"].items()):
            print_output(letter, row["outputs"][name])


def pairscore(args) -> None:
    letters = {row["id"][:10]: row["letters"] for row in read_rows(args.pairs)}
    print("| grader | axis | after | tie | before |\n|---|---|---|---|---|")
    means: dict = {}
    for path in args.grades:
        tally = {axis: {"after": 0, "tie": 0, "before": 0} for axis in PAIR_AXES}
        for entry in read_rows(path):
            names = letters[entry["id"][:10]]
            for axis in PAIR_AXES:
                tally[axis][names.get(entry[axis], "tie")] += 1
            for letter, name in names.items():
                grade = entry[letter]  # [points, standalone], [points] or points alone
                means.setdefault(name, []).append(grade if isinstance(grade, list) else [grade])
        for axis in PAIR_AXES:
            t = tally[axis]
            print(f"| {Path(path).stem} | {axis} | {t['after']} | {t['tie']} | {t['before']} |")
    print("\n| version | points, 1-5 | stand alone, 1-5 |\n|---|---|---|")
    for name in ("before", "after"):
        values = means.get(name, [])
        # A grade of the points only (rounds thirty-six and thirty-seven) has no stand-alone
        # score.
        columns = [[v[i] for v in values if len(v) > i] for i in range(2)]
        if values:
            print(f"| {name} | " + " | ".join(f"{sum(c) / len(c):.2f}" if c else "–"
                                              for c in columns) + " |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    p = commands.add_parser("export")
    p.add_argument("--data", default=DEFAULT_DATA)
    p.add_argument("--before", help="bench/reader.py --save output of the older code")
    p.add_argument("--out", required=True)
    p = commands.add_parser("sheet")
    p.add_argument("outputs")
    p.add_argument("--split", default="test", choices=("dev", "test", "all"))
    p = commands.add_parser("score")
    p.add_argument("outputs")
    p.add_argument("grades")
    p.add_argument("--split", default="test", choices=("dev", "test", "all"))
    p = commands.add_parser("pairs")
    p.add_argument("--data", default=DEFAULT_DATA)
    p.add_argument("--before", required=True, help="bench/reader.py --save of the older code")
    p.add_argument("--after", required=True, help="bench/reader.py --save of the newer code")
    p.add_argument("--split", default="test", choices=("dev", "test", "all"))
    p.add_argument("--length", default="medium", choices=("short", "medium", "long"))
    p.add_argument("--out", required=True)
    p = commands.add_parser("factpairs")
    p.add_argument("--before", required=True, help="bench/facts.py --save of the older code")
    p.add_argument("--after", required=True, help="bench/facts.py --save of the newer code")
    p.add_argument("--half", default="test", choices=("dev", "test"))
    p.add_argument("--length", default="short", choices=("short", "medium", "long"))
    p.add_argument("--sample", type=int, default=24, help="pages at most")
    p.add_argument("--seed", type=int, default=SEED)
    p.add_argument("--out", required=True)
    p = commands.add_parser("pairsheet")
    p.add_argument("pairs")
    p = commands.add_parser("pairscore")
    p.add_argument("pairs")
    p.add_argument("grades", nargs="+")
    args = parser.parse_args()
    {"export": export, "sheet": sheet, "score": score, "pairs": pairs, "factpairs": factpairs,
     "pairsheet": pairsheet, "pairscore": pairscore}[args.command](args)


if __name__ == "__main__":
    main()
