"""Key facts found: does what the reader sees carry the facts a reader must get?

    python bench/facts.py --half dev
    python bench/facts.py --half test --save after.jsonl [--before before.jsonl]

The pages (``bench/facts/<half>/``) were written for this benchmark by helpers who never saw
Pith's code, in the templates real sites use (a site header, a byline with a reading time,
captions and credits, a newsletter box, related links, a footer) and in 20 languages; each
names the 3 facts a reader must get from a short summary, with the words of the page that
state each one (``facts.jsonl``: ``{"page", "language", "facts": [{"fact", "any": [...]}]}``;
a fact is found when the tl;dr or a point shown contains any of its substrings; the red-team
pages also name their ``boilerplate``, counted when shown). The halves:
``dev`` was written first and read by the developers (tune on it); ``test`` was written later
by other helpers and only summarised, never read, before its figures were taken (headline
it).

For each length, the facts found by Pith's tl;dr and points, against the lead (the first
1 + N sentences of the same cleaned article) and sumy's LexRank (its best 1 + N, in
document order), N being the length's number of points. ``--before``: a ``--save`` of the
older code, compared page by page (facts gained and lost). Also the facts' wording that a
sentence break cuts in two (no sentence holds the substring the cleaned text holds).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "server"))
sys.path.insert(0, str(ROOT))

from bench.grading import (baseline_ranking, lead_and_lexrank, read_rows,  # noqa: E402
                           write_rows)
from pith.errors import PithError  # noqa: E402
from pith.pipeline import summarize  # noqa: E402
from pith.select import LENGTHS  # noqa: E402

DEFAULT_DATA = ROOT / "bench" / "facts"


def _norm(text: str) -> str:
    return " ".join(text.split())


def found(facts: list[dict], shown: list[str]) -> list[bool]:
    """Whether each fact is stated in one of the ``shown`` texts."""
    texts = [_norm(t) for t in shown if t]
    return [any(_norm(s) in t for s in fact["any"] for t in texts) for fact in facts]


def _texts(reading: dict) -> list[str]:
    return [t for t in [reading["tldr"], *reading["points"]] if t]


def leaks(boilerplate: list[str], shown: list[str]) -> list[str]:
    """The page furniture among ``shown`` texts (each item a substring of the page)."""
    texts = [_norm(t) for t in shown if t]
    return [b for b in boilerplate if any(_norm(b) in t for t in texts)]


def cut(facts: list[dict], paragraphs: list[str], sentences: list[str]) -> list[int]:
    """[in the text, cut]: how many of the facts' substrings the cleaned text holds, and how
    many of those no one sentence holds (a sentence break cuts them: "na 50." / "Festiwalu
    ...")."""
    text = _norm(" ".join(paragraphs))
    whole = [_norm(s) for s in sentences]
    held = [s for fact in facts for s in map(_norm, fact["any"]) if s in text]
    return [len(held), sum(not any(s in w for w in whole) for s in held)]


def part(page: str) -> str:
    """The set a page belongs to: ``en``, ``intl`` or ``redteam/<batch>``."""
    bits = page.split("/")
    return "/".join(bits[:2]) if bits[0] == "redteam" else bits[0]


def run(data: Path, half: str, lengths: list[str], only: str | None = None) -> list[dict]:
    rows = []
    for entry in read_rows(data / half / "facts.jsonl"):
        if only and not (entry["page"] + "/").startswith(only.rstrip("/") + "/"):
            continue
        html = (data / half / entry["page"]).read_bytes()
        row = {"page": entry["page"], "language": entry["language"], "facts": entry["facts"],
               "boilerplate": entry.get("boilerplate", [])}
        article, sentences, ranked = baseline_ranking(html)
        row["cut"] = cut(entry["facts"], article.paragraphs, [s.text for s in sentences])
        for length in lengths:
            try:
                summary = summarize(html, length=length)
            except PithError as error:
                row[length] = {"error": type(error).__name__}
                continue
            shown = [summary.tldr or ""] + [p.text for p in summary.key_points]
            lead, lexrank = lead_and_lexrank(sentences, ranked, LENGTHS[length])
            row[length] = {"shown": shown, "lead": _texts(lead), "lexrank": _texts(lexrank)}
        rows.append(row)
    return rows


def _leaks(rows: list[dict], lengths: list[str]) -> None:
    """Page furniture shown, on the pages that name theirs (the red-team pages)."""
    named = [r for r in rows if r["boilerplate"]]
    if not named:
        return
    cells = []
    for length in lengths:
        shown = [(r, r[length]["shown"]) for r in named if "shown" in r.get(length, {})]
        cells.append(f"{length} {sum(len(leaks(r['boilerplate'], s)) for r, s in shown)}")
    print(f"\nBoilerplate shown (of {sum(len(r['boilerplate']) for r in named)} items named on "
          f"{len(named)} pages): " + ", ".join(cells))


def _cuts(rows: list[dict]) -> None:
    """Key-fact wording that a sentence break cuts (``cut``)."""
    held = sum(r["cut"][0] for r in rows)
    broken = sum(r["cut"][1] for r in rows)
    pages = sum(1 for r in rows if r["cut"][1])
    print(f"\nKey-fact wording cut by a sentence break: {broken} of {held} substrings in the "
          f"cleaned text, on {pages} pages")


def _tldrs(rows: list[dict], length: str) -> None:
    """The pages whose tl;dr states one of their key facts, against the lead's first
    sentence: a proxy for a tl;dr that says what the story is about."""
    shown = [(r, r[length]) for r in rows if "shown" in r.get(length, {})]
    pith = sum(any(found(r["facts"], out["shown"][:1])) for r, out in shown)
    lead = sum(any(found(r["facts"], out["lead"][:1])) for r, out in shown)
    print(f"\ntl;dr states a key fact ({length}, of {len(shown)} pages): Pith {pith}, "
          f"the lead's first sentence {lead}")


def _found_in(group: list[dict], length: str) -> int:
    """The facts Pith's summaries of ``length`` carry on the pages ``group``."""
    return sum(sum(found(r["facts"], r[length]["shown"])) for r in group
               if "shown" in r.get(length, {}))


def _by_part(rows: list[dict], lengths: list[str]) -> None:
    print("\n| set | pages | " + " | ".join(lengths) + " |")
    print("|---|---|" + "---|" * len(lengths))
    for name in sorted({part(r["page"]) for r in rows}):
        group = [r for r in rows if part(r["page"]) == name]
        n = sum(len(r["facts"]) for r in group)
        cells = [f"{_found_in(group, length)}/{n}" for length in lengths]
        print(f"| {name} | {len(group)} | " + " | ".join(cells) + " |")


def report(rows: list[dict], lengths: list[str], before: dict[str, dict] | None) -> None:
    print("| length | facts | Pith | lead (1 + N) | LexRank (1 + N) |")
    print("|---|---|---|---|---|")
    for length in lengths:
        totals = {"pith": 0, "lead": 0, "lexrank": 0}
        n = 0
        for row in rows:
            out = row.get(length, {})
            n += len(row["facts"])
            if "shown" not in out:
                continue
            totals["pith"] += sum(found(row["facts"], out["shown"]))
            totals["lead"] += sum(found(row["facts"], out["lead"]))
            totals["lexrank"] += sum(found(row["facts"], out["lexrank"]))
        cells = " | ".join(f"{totals[k]} ({100 * totals[k] / max(n, 1):.0f}%)"
                           for k in ("pith", "lead", "lexrank"))
        print(f"| {length} | {n} | {cells} |")
    _leaks(rows, lengths)
    _tldrs(rows, lengths[0])
    _cuts(rows)
    groups = sorted({"en" if r["language"] == "en" else "other" for r in rows})
    for group in groups:
        members = [r for r in rows if ("en" if r["language"] == "en" else "other") == group]
        n = sum(len(r["facts"]) for r in members)
        line = [f"{length} {_found_in(members, length)}/{n}" for length in lengths]
        print(f"\n{group} ({len(members)} pages): Pith " + ", ".join(line))
    _by_part(rows, lengths)
    if before:
        print("\n## Against --before (facts gained / lost, page by page)")
        for length in lengths:
            gained = lost = 0
            for row in rows:
                old = before.get(row["page"], {}).get(length, {})
                if "shown" not in old or "shown" not in row.get(length, {}):
                    continue
                now = found(row["facts"], row[length]["shown"])
                then = found(row["facts"], old["shown"])
                gained += sum(a and not b for a, b in zip(now, then))
                lost += sum(b and not a for a, b in zip(now, then))
            print(f"- {length}: +{gained} / -{lost}")
    print("\n## Missed at short")
    for row in rows:
        out = row.get("short", {})
        if "shown" not in out:
            continue
        missed = [f["fact"] for f, ok in zip(row["facts"], found(row["facts"], out["shown"]))
                  if not ok]
        if missed:
            print(f"- {row['page']}: " + "; ".join(missed))


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--data", default=str(DEFAULT_DATA), help="folder with dev/ and test/")
    p.add_argument("--half", default="dev", choices=("dev", "test"))
    p.add_argument("--lengths", default="short,medium")
    p.add_argument("--only", help="only the pages under this folder of the half, e.g. "
                   "redteam or redteam/rt31")
    p.add_argument("--save", help="write every output here (JSON lines)")
    p.add_argument("--before", help="a --save of the older code, to compare page by page")
    args = p.parse_args()
    lengths = args.lengths.split(",")
    rows = run(Path(args.data), args.half, lengths, args.only)
    if args.save:
        write_rows(args.save, rows)
    before = {r["page"]: r for r in read_rows(args.before)} if args.before else None
    report(rows, lengths, before)
    only = f" --only {args.only}" if args.only else ""
    print(f"\nrerun: python bench/facts.py --half {args.half} --lengths {args.lengths}{only}")


if __name__ == "__main__":
    main()
