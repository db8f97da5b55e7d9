"""Score the title, byline and publication date Pith reads against hand-marked pages.

    python bench/metadata.py [--data ../shared/bench/extraction] [--split dev|test|all]
                             [--show N]

The marks (``bench/metadata_gold.jsonl``) were made by hand from the extraction benchmark's
public pages as a reader sees each page: the visible headline, the names in the visible byline,
the visible publication date. One JSON object a line: ``id`` (the benchmark's page id),
``split`` (``bench/split.py``), ``title``, ``byline`` (names joined by ", "; null when the
page names no author, or only the site itself) and ``published`` (``YYYY-MM-DD`` as the page
shows it; null when the page gives no date at all; ``"?"`` when only the page's metadata
dates it, not scored). The pages themselves are read from ``--data`` (kept beside the
repository, never in it; the benchmark is MIT licensed, Copyright (c) 2020 Scrapinghub).

Each page goes through ``pith.pipeline.extract`` as the product runs it (without a URL). When
installed (the ``bench`` extra), trafilatura's metadata (``extract_metadata``) and htmldate's
``find_date`` (original date, extensive search) are scored on the same pages, in the same run.

Normalisation, written down so the figures can be reproduced:

* title: Unicode NFKC, case folded, curly quotes made straight, dashes made "-", "…" made
  "...", white space collapsed; right when equal.
* byline: split into names at "," ";" "&" "|" and the words and/und/et/y/e; a leading
  "By"/"Par"/"Von"/"Por"/"Di" dropped; each name NFKD without accents, case folded, words only;
  right when the set of names equals the marked set (no byline marked: right when none given).
* published: the calendar date of the answer (its first ten characters, ``YYYY-MM-DD``);
  right when equal to the mark, or one day off when the answer carries a time (the page shows
  its local date, the answer may be in another time zone); no date marked: right when none
  given.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import re
import statistics
import sys
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "server"))
sys.path.insert(0, str(ROOT))

from bench.split import SPLITS, in_split  # noqa: E402
from pith.errors import PithError  # noqa: E402
from pith.pipeline import extract  # noqa: E402

DEFAULT_DATA = "../shared/bench/extraction"
GOLD = ROOT / "bench" / "metadata_gold.jsonl"
_QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "′": "'", "“": '"', "”": '"',
                         "„": '"', "«": '"', "»": '"', "–": "-", "—": "-", "‐": "-",
                         "‑": "-", "−": "-"})
_NAME_SPLIT = re.compile(r"\s*(?:[,;&|]|\band\b|\bund\b|\bet\b|\by\b|\be\b)\s*", re.IGNORECASE)
_BY = re.compile(r"^(?:by|par|von|por|di)\s+", re.IGNORECASE)


def norm_title(text: str | None) -> str:
    text = unicodedata.normalize("NFKC", text or "").casefold().translate(_QUOTES)
    return " ".join(text.replace("…", "...").split())


def names(text: str | None) -> frozenset[str]:
    found = set()
    for part in _NAME_SPLIT.split(text or ""):
        part = _BY.sub("", part.strip())
        part = unicodedata.normalize("NFKD", part)
        part = "".join(c for c in part if not unicodedata.combining(c)).casefold()
        words = re.findall(r"\w+", part)
        if words:
            found.add(" ".join(words))
    return frozenset(found)


def title_right(gold: str, answer: str | None) -> bool:
    return norm_title(gold) == norm_title(answer)


def byline_right(gold: str | None, answer: str | None) -> bool:
    return names(gold) == names(answer)


def date_right(gold: str | None, answer: str | None) -> bool:
    if not gold:
        return not answer
    if not answer:
        return False
    try:
        day = dt.date.fromisoformat(answer[:10])
    except ValueError:
        return False
    wanted = dt.date.fromisoformat(gold)
    if day == wanted:
        return True
    return len(answer) > 10 and abs((day - wanted).days) == 1


def run_pith(html: str) -> dict:
    try:
        article = extract(html)
    except PithError:
        return {}
    return {"title": article.title, "byline": article.byline, "published": article.published}


def run_trafilatura(html: str) -> dict:
    from trafilatura import extract_metadata

    meta = extract_metadata(html)
    if meta is None:
        return {}
    return {"title": meta.title, "byline": meta.author, "published": meta.date}


def run_htmldate(html: str) -> dict:
    from htmldate import find_date

    return {"published": find_date(html, original_date=True, extensive_search=True)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=DEFAULT_DATA,
                        help="benchmark folder, relative to the repository root "
                             f"(default {DEFAULT_DATA})")
    parser.add_argument("--split", choices=SPLITS, default="all",
                        help="the fixed half of the pages (bench/split.py); default all")
    parser.add_argument("--show", type=int, default=0, metavar="N",
                        help="list up to N of Pith's wrong answers per field")
    args = parser.parse_args()
    data = (ROOT / args.data).resolve()
    if not (data / "pages").is_dir():
        sys.exit(f"No pages/ in {data}. Pass the benchmark folder with --data.")
    golds = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()
             if line.strip()]
    golds = [g for g in golds if in_split(g["id"], args.split)]

    runners = {"pith": run_pith}
    try:
        import trafilatura
        runners[f"trafilatura {trafilatura.__version__} extract_metadata"] = run_trafilatura
    except ImportError:
        pass
    try:
        import htmldate
        runners[f"htmldate {htmldate.__version__} find_date"] = run_htmldate
    except ImportError:
        pass

    fields = (("title", title_right), ("byline", byline_right), ("published", date_right))
    scores = {name: {f: [] for f, _ in fields} for name in runners}
    times = {name: [] for name in runners}
    wrong = {f: [] for f, _ in fields}
    for gold in golds:
        raw = gzip.decompress((data / "pages" / f"{gold['id']}.html.gz").read_bytes())
        html = raw.decode("utf-8", "replace")
        for name, runner in runners.items():
            started = time.perf_counter()
            answer = runner(html)
            times[name].append((time.perf_counter() - started) * 1000)
            for field, right in fields:
                if field not in answer and name != "pith":
                    continue
                if field == "published" and gold["published"] == "?":
                    continue
                ok = right(gold[field], answer.get(field))
                scores[name][field].append(ok)
                if name == "pith" and not ok:
                    wrong[field].append((gold["id"][:12], gold[field], answer.get(field)))

    print(f"{len(golds)} hand-marked pages ({args.split}) from {data}\n")
    print("| reader | title | byline | published | ms/page (median) |")
    print("|---|---|---|---|---|")
    for name in runners:
        cells = []
        for field, _ in fields:
            marks = scores[name][field]
            cells.append(f"{statistics.fmean(marks):.1%} ({sum(marks)}/{len(marks)})"
                         if marks else "–")
        print(f"| {name} | {' | '.join(cells)} | {statistics.median(times[name]):.2f} |")
    if args.show:
        for field, _ in fields:
            print(f"\nPith's wrong {field} (page, marked, answered):")
            for row in wrong[field][:args.show]:
                print(f"  {row[0]}  {row[1]!r}  {row[2]!r}")
    command = "python bench/metadata.py"
    if args.data != DEFAULT_DATA:
        command += f" --data {args.data}"
    if args.split != "all":
        command += f" --split {args.split}"
    print(f"\nRerun: {command}")


if __name__ == "__main__":
    main()
