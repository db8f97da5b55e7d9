"""The editorial benchmark: what a reader sees (tl;dr and key points) on real pages.

    python bench/reader.py [--data ../shared/bench/extraction] [--split dev|test|all]
                           [--examples N] [--save FILE] [--fixtures-only] [--score FILE]

Every page of the extraction benchmark (120 real pages, ``--split`` keeps one fixed half,
``bench/split.py``) and every fixture of ``tests/pages`` is summarised at the three lengths
exactly as the product does (``pith.pipeline.summarize``). What the reader sees is then
checked by detectors, one per defect class of issue 15:

* tl;dr checks: no tl;dr, a dateline / "Updated" / "N min read" line, a byline, a wiki hatnote
  or breadcrumb, a side remark ("... declined to comment"), a tl;dr leaning on context;
* points that cannot stand alone: opening with a connective or a pronoun of the page's
  language (its table's context words), a quotation fragment (unbalanced quotation marks, a
  lower-case start), a lead-in ending with ":", a question, a labelled line ("Name: ...",
  a transcript's turn or a record's entry), the writer's aside (English "I", "my", "you",
  "your" outside double quotation marks: "If you're like me ..."), English points that refer
  back to what the reader was not shown ("Later that evening, he ...", "The couple ...",
  "this claim" when neither the tl;dr nor the point names a claim before);
* boilerplate as points: captions and credits, newsletter promos, author bios ("X is a
  reporter for ..."), calls to action, related-story headlines in capitals, "Main articles:"
  lines, table rows flattened into a line, affiliate disclosures and subscription promos.

Counts are per 100 key points (the three lengths pooled; the tl;dr checks per 100 tl;drs,
one per page), with examples. Coverage: on articles of 800 words or more, the share of the
long summary's points that start in the first quarter of the text (by characters). Sections:
how many points are shown under a section's heading (``KeyPoint.section``).

The detectors are deliberately independent of Pith's own rules (they are the benchmark's
patterns, not the cleaner's), so a fix that only hides a defect from one set shows up in the
other; the one exception is "leans on context", which reads the language tables' context
words. ``--save`` writes every page's output as JSON lines, to compare two runs; ``--score
FILE`` scores such a file (say, an older commit's) with today's detectors, so two commits are
compared by one set of detectors (the tables' context words grow).
"""

from __future__ import annotations

import argparse
import gzip
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "server"))
sys.path.insert(0, str(ROOT))

from bench.grading import read_rows, write_rows  # noqa: E402
from bench.split import SPLITS, in_split  # noqa: E402
from pith.errors import PithError  # noqa: E402
from pith.languages import rules_for  # noqa: E402
from pith.pipeline import summarize  # noqa: E402

DEFAULT_DATA = "../shared/bench/extraction"
LENGTHS = ("short", "medium", "long")
LONG_ARTICLE_WORDS = 800
FIRST_QUARTER = 0.25

_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_I = re.IGNORECASE

# tl;dr checks: name -> pattern on the tl;dr's text.
TLDR_CHECKS = {
    "dateline": re.compile(
        # "Posted on social media by ..., the port is ..." is a sentence, not a date line.
        r"^(?:updated|published|posted|last (?:updated|modified))(?::|\s+(?:on\s+|at\s+)?"
        r"(?:\d|\w+day\b|" + _MONTH + r"\s))|\bupdated:|"
        r"^(?:\w+day,?\s+)?" + _MONTH + r"\s+\d{1,2},?\s+\d{4}|^\d{1,2}\s+" + _MONTH
        + r"\s+\d{4}|^\d{4}-\d\d-\d\d|\b\d+\s*(?:min(?:ute)?s?)\s+read\b", _I),
    "byline": re.compile(r"^(?:by|von|par|por|di|door|av|af)\s+[A-Z][\w.'-]+\s+[A-Z]"),
    "hatnote": re.compile(
        r"^(?:for other uses|this article is about|not to be confused|for the [\w ]+, see|"
        r"\"?[^.]{0,60}\"? redirects here|main articles?:|see also:|further information:)", _I),
    "breadcrumb": re.compile(r"^(?:[^.!?»›>|/]{1,40}\s*[»›>|/]\s*){2,}"),
    "side remark": re.compile(
        r"declined to comment|did not (?:immediately )?(?:respond|return|reply)|could not be "
        r"reached|no one was available|has not responded|did not comment|requests? for "
        r"comment", _I),
}

# Key-point checks that do not depend on the language.
_QUOTE_OPEN = "“„«‹「『"
_QUOTE_CLOSE = "”»›」』"
POINT_CHECKS = {
    "lead-in ':'": re.compile(r"[:：]\s*$"),
    "caption/credit": re.compile(
        r"\b(?:photo|image|picture|photograph|illustration|video)s?\s*(?:by|:|credit|courtesy)"
        r"|\bgetty images\b|\bap photo\b|\bshutterstock\b|/\s?(?:AP|AFP|Reuters|Getty|EPA|"
        r"dpa|Bloomberg)\b|\((?:pictured|above|below|left|right|centre|center|file)\b|"
        r"\bcredit:|\bcourtesy of\b|^\s*(?:foto|bild|photo)\s*:", _I),
    "newsletter promo": re.compile(
        r"\b(?:sign(?:ing)? up|subscribe|register)\b.{0,80}\b(?:newsletters?|inbox|alerts|"
        r"updates|emails?)\b|\bnewsletters?\b.{0,60}\b(?:sign(?:ing)? up|subscribe|free|"
        r"delivered|inbox)\b", _I),
    "author bio": re.compile(
        r"^(?:[A-Z][\w.'’-]+\s+){1,4}(?:is|was)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}"
        r"(?:reporter|writer|correspondent|editor|journalist|columnist|contributor|producer|"
        r"author|freelancer|fellow)\b"),
    "call to action": re.compile(
        r"\b(?:click|tap)\s+(?:here|the|on|below)|\bfollow (?:us|@)|\bshare (?:this|your)\b|"
        r"\bshare on (?:facebook|twitter|x)\b|"
        r"\bdownload (?:the|our)\b|\bread more\b|\bjoin (?:us|our|the conversation)|"
        r"\blet us know\b|\btell us\b|\bemail us\b|\bcomment below\b|\bwatch (?:the|our) "
        r"video|\bbook now\b|\bbuy now\b|\bregister (?:now|here)\b", _I),
    "main articles": re.compile(r"^(?:main articles?|further information|see also)\s*:", _I),
    "question": re.compile(r"[?？][\"'”’»)\s]*$"),
    "labelled line": re.compile(r"^(?:[A-Z][\w.'’-]*\s){0,3}[A-Z][\w.'’-]*:\s"),
    "disclosure/subscription": re.compile(
        r"\b(?:may|might) earn (?:a |an )?(?:small )?(?:affiliate )?commission|^disclosure\s*:|"
        r"\bdelivered (?:to|through|into) your (?:inbox|door|letterbox|mailbox)|"
        r"^good (?:morning|afternoon|evening)!", _I),
}


def capitals_headline(text: str) -> bool:
    """A related-story headline in capitals: most letters upper case, or a RELATED label."""
    letters = [c for c in text if c.isalpha()]
    if re.match(r"^(?:RELATED|READ MORE|MORE|ALSO READ|WATCH|LISTEN)\b", text):
        return True
    return len(letters) >= 12 and sum(c.isupper() for c in letters) / len(letters) > 0.6


def table_row(text: str) -> bool:
    """A table row flattened into a line: no closing punctuation and mostly numbers or short
    cells, or cells separated by bars/tabs."""
    tokens = re.findall(r"\S+", text)
    if len(tokens) < 6:
        return False
    if text.count(" | ") >= 2 or "\t" in text:
        return True
    if re.search(r"[.!?…\"”’»)。！？]\s*$", text):
        return False
    numeric = sum(bool(re.fullmatch(r"[\d.,%$€£:/+-]+", t)) for t in tokens)
    return numeric / len(tokens) >= 0.3


def quote_fragment(text: str) -> bool:
    """Unbalanced quotation marks, or a start in lower case (a cut quotation)."""
    opened = sum(text.count(c) for c in _QUOTE_OPEN)
    closed = sum(text.count(c) for c in _QUOTE_CLOSE)
    if opened != closed and not ("„" in text and "“" in text):
        # „...“ (German) closes with the English opening mark
        return True
    if "„" in text and text.count("„") != text.count("“"):
        return True
    if text.count('"') % 2:
        return True
    return bool(re.match(r"^[\"“”'‘’(\[]*[a-zà-ÿ]", text))


def writers_aside(text: str) -> bool:
    """English "I" / "my" / "you" / "your" outside double quotation marks (a quotation's
    first person is reported speech)."""
    plain = re.sub(r"[\"“][^\"”]*[\"”]", " ", text)
    return re.search(r"\b(?:I|I'm|I’m|I've|I’ve|my|My|you|You|your|Your|you're|you’re)\b",
                     plain) is not None


def leans_on_context(text: str, rules) -> bool:
    """Opens with one of the language's context words (a connective, a pronoun); quotation
    openings are the quote-fragment check's."""
    if rules.opens_with_quote.match(text):
        return False
    return rules.leans_on_context.match(text) is not None


# English points that refer back to something the reader was not shown (the benchmark's own
# patterns, broader than the tables' context words): a short opening phrase then a pronoun
# ("Later that evening, he ..."), an opening relative to an earlier moment ("A short time
# later, ...", "In other words, ..."), an epithet for someone named before ("The couple ...",
# "The officers ..."), and "this/these/those" + a noun that neither the tl;dr nor the point
# itself names before.
_REFERS_BACK = [re.compile(p) for p in (
    r"^\S+(?:\s+[a-z0-9][\w’'-]*){0,5},\s+(?:he|she|they|his|her|their|this|these)\s",
    r"^(?:later|afterwards?|after that|a (?:short )?(?:time|while|moment) later|shortly "
    r"after(?:wards?)?|in other words|in turn|the next day|the following day|that "
    r"(?:night|day|evening|morning)|at the time|all of (?:that|this)|by then|since then)\b",
    r"^(?:The|the) (?:couple|pair|duo|trio|officers?|suspects?|victims?|man|woman|men|women|"
    r"boy|girl|group|two|three|four|five)\b(?![-’'])(?!,?\s+(?:who|which|that|of)\b)"
    r"(?!,\s+[A-Z])",
)]
_DEMONSTRATIVE = re.compile(r"\b(?:[Tt]his|[Tt]hese|[Tt]hose)\s+([a-z][a-z-]+)")
_NOT_BACK = {"year", "week", "month", "morning", "afternoon", "evening", "weekend", "season",
             "summer", "winter", "spring", "fall", "autumn", "time", "day", "days", "past",
             "coming", "one", "ones", "who", "which", "that", "is", "was", "are", "were",
             "has", "had", "will", "would", "can", "could", "may", "might", "in", "of",
             "to", "for", "and", "with", "on", "at", "as", "by", "from", "year's", "week's",
             "article", "story", "post", "page"}  # the page itself


def refers_back(text: str, tldr: str) -> bool:
    """An English point that refers back to what the reader was not shown (``_REFERS_BACK``,
    ``_DEMONSTRATIVE``)."""
    if any(p.search(text) for p in _REFERS_BACK):
        return True
    first = re.split(r"(?<=[.!?”])\s+(?=[A-Z“])", text, maxsplit=1)[0]  # a joined point's
    for match in _DEMONSTRATIVE.finditer(first):
        noun = match.group(1)
        if noun in _NOT_BACK:
            continue
        before = (tldr + " " + text[:match.start()]).lower()
        if noun[:5] not in before:
            return True
    return False


def point_defects(text: str, rules, tldr: str = "") -> list[str]:
    found = [name for name, pattern in POINT_CHECKS.items() if pattern.search(text)]
    if leans_on_context(text, rules):
        found.append("leans on context")
    if quote_fragment(text):
        found.append("quote fragment")
    if capitals_headline(text):
        found.append("capitals headline")
    if table_row(text):
        found.append("table row")
    if rules.code == "en" and writers_aside(text):
        found.append("writer's aside")
    if rules.code == "en" and refers_back(text, tldr):
        found.append("refers back (en)")
    return found


POINT_NAMES = ("leans on context", "quote fragment", "lead-in ':'", "caption/credit",
               "newsletter promo", "author bio", "call to action", "capitals headline",
               "main articles", "table row", "question", "labelled line",
               "disclosure/subscription", "writer's aside", "refers back (en)")


def tldr_defects(tldr: str | None, rules) -> list[str]:
    if not tldr:
        return ["missing"]
    found = [name for name, pattern in TLDR_CHECKS.items() if pattern.search(tldr)]
    if leans_on_context(tldr, rules) or quote_fragment(tldr):
        found.append("stands alone: no")
    if not _ENDS_SENTENCE.search(tldr):
        found.append("not a sentence")
    return found


_ENDS_SENTENCE = re.compile(r"[.!?…\"”’»)。！？」』）]\s*$")
TLDR_NAMES = ("missing", *TLDR_CHECKS, "stands alone: no", "not a sentence")


def load_pages(data: Path, split: str, fixtures: bool, public: bool):
    """(group, id, html bytes) of the fixtures and the benchmark pages of ``split``."""
    if fixtures:
        for folder in sorted((ROOT / "tests" / "pages").iterdir()):
            if (folder / "source.html").exists():
                yield "fixtures", folder.name, (folder / "source.html").read_bytes()
    if not public:
        return
    gold = data / "gold.jsonl"
    if not gold.exists():
        sys.exit(f"No gold.jsonl in {data}. Pass the benchmark folder with --data.")
    for row in read_rows(gold):
        page_id = row["id"]
        if in_split(page_id, split):
            with gzip.open(data / "pages" / f"{page_id}.html.gz", "rb") as handle:
                yield "public", page_id, handle.read()


def read_page(html: bytes) -> dict | None:
    """The three lengths' output of one page, or None when Pith declines it."""
    result = {}
    for length in LENGTHS:
        try:
            summary = summarize(html, length=length)
        except PithError as error:
            return {"declined": type(error).__name__}
        result[length] = {
            "tldr": summary.tldr,
            "points": [[p.text, p.paragraph, p.start, p.end, p.section]
                       for p in summary.key_points],
        }
    result["language_rules"] = summary.stats["language_rules"]
    result["words"] = summary.article.words
    result["paragraph_lengths"] = [len(p) for p in summary.article.paragraphs]
    return result


def first_quarter(result: dict) -> tuple[int, int]:
    """(points in the first quarter, points) of the long summary of a long article."""
    lengths = result["paragraph_lengths"]
    total = sum(lengths) or 1
    starts = [0]
    for n in lengths:
        starts.append(starts[-1] + n)
    points = result["long"]["points"]
    early = sum((starts[p] + s) / total < FIRST_QUARTER for _, p, s, *_ in points)
    return early, len(points)


class Tally:
    def __init__(self) -> None:
        self.points = 0
        self.tldrs = 0
        self.pages = 0
        self.declined = 0
        self.point_hits: dict[str, list] = defaultdict(list)
        self.tldr_hits: dict[str, list] = defaultdict(list)
        self.early = self.long_points = self.long_pages = 0
        self.sectioned = 0  # points shown under a section's heading

    def add(self, page_id: str, result: dict) -> None:
        if "declined" in result:
            self.declined += 1
            return
        self.pages += 1
        rules = rules_for(result["language_rules"])
        self.tldrs += 1
        tldr = result["medium"]["tldr"]
        for name in tldr_defects(tldr, rules):
            self.tldr_hits[name].append((page_id, tldr))
        for length in LENGTHS:
            for text, *rest in result[length]["points"]:
                self.points += 1
                self.sectioned += len(rest) > 3 and bool(rest[3])
                for name in point_defects(text, rules, result[length]["tldr"] or ""):
                    self.point_hits[name].append((page_id, length, text))
        if result["words"] >= LONG_ARTICLE_WORDS:
            early, n = first_quarter(result)
            self.early += early
            self.long_points += n
            self.long_pages += 1

    def rows(self) -> dict:
        per_point = {name: 100 * len(self.point_hits[name]) / max(1, self.points)
                     for name in POINT_NAMES}
        per_tldr = {name: 100 * len(self.tldr_hits[name]) / max(1, self.tldrs)
                    for name in TLDR_NAMES}
        return {"pages": self.pages, "declined": self.declined, "points": self.points,
                "sectioned_per_100": 100 * self.sectioned / max(1, self.points),
                "points_per_100": per_point, "tldr_per_100": per_tldr,
                "any_point_defect_per_100": 100 * len({(h[0], h[1], h[2]) for hits in
                                                       self.point_hits.values()
                                                       for h in hits}) / max(1, self.points),
                "first_quarter_share": (self.early / self.long_points
                                        if self.long_points else None),
                "long_articles": self.long_pages}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=DEFAULT_DATA,
                        help="the extraction benchmark folder, relative to the repository root")
    parser.add_argument("--split", choices=SPLITS, default="all",
                        help="the fixed half of the public pages (bench/split.py)")
    parser.add_argument("--examples", type=int, default=2,
                        help="examples printed per detector (default %(default)s)")
    parser.add_argument("--save", help="write every page's output as JSON lines to this file")
    parser.add_argument("--fixtures-only", action="store_true",
                        help="only the tests/pages fixtures (no benchmark data needed)")
    parser.add_argument("--score", metavar="FILE",
                        help="score the outputs a --save wrote (an older commit's) with "
                        "today's detectors, instead of summarising the pages again")
    args = parser.parse_args()
    data = (ROOT / args.data).resolve()

    tallies = {"fixtures": Tally(), "public": Tally(), "public dev": Tally(),
               "public test": Tally()}
    saved = []
    if args.score:
        pages = ((row.pop("group"), row.pop("id"), row) for row in read_rows(args.score))
    else:
        pages = ((group, page_id, read_page(html)) for group, page_id, html
                 in load_pages(data, args.split, True, not args.fixtures_only))
    for group, page_id, result in pages:
        if group == "public" and not in_split(page_id, args.split):
            continue
        tallies[group].add(page_id, result)
        if group == "public":
            half = "public test" if in_split(page_id, "test") else "public dev"
            tallies[half].add(page_id, result)
        saved.append({"group": group, "id": page_id, **result})
    if args.save:
        write_rows(args.save, saved)

    shown = {k: t for k, t in tallies.items() if t.pages or t.declined}
    rows = {k: t.rows() for k, t in shown.items()}
    print(f"# What the reader sees ({args.split} public pages + fixtures; three lengths)\n")
    print("| | " + " | ".join(shown) + " |")
    print("|---|" + "---|" * len(shown))
    print("| pages summarised (declined) | " + " | ".join(
        f"{r['pages']} ({r['declined']})" for r in rows.values()) + " |")
    print("| key points | " + " | ".join(str(r["points"]) for r in rows.values()) + " |")
    print("| under a section's heading, per 100 points | " + " | ".join(
        f"{r['sectioned_per_100']:.1f}" for r in rows.values()) + " |")
    print("| **tl;dr, per 100 pages** | " + " | ".join("" for _ in rows) + " |")
    for name in TLDR_NAMES:
        print(f"| {name} | " + " | ".join(f"{r['tldr_per_100'][name]:.1f}"
                                          for r in rows.values()) + " |")
    print("| **points, per 100 points** | " + " | ".join("" for _ in rows) + " |")
    for name in POINT_NAMES:
        print(f"| {name} | " + " | ".join(f"{r['points_per_100'][name]:.1f}"
                                          for r in rows.values()) + " |")
    print("| any point defect | " + " | ".join(f"{r['any_point_defect_per_100']:.1f}"
                                               for r in rows.values()) + " |")
    print("| first-quarter share, long summary of 800+ word articles (articles) | " + " | ".join(
        "–" if r["first_quarter_share"] is None else
        f"{100 * r['first_quarter_share']:.0f}% ({r['long_articles']})"
        for r in rows.values()) + " |")

    if args.examples:
        tally = tallies["public"] if tallies["public"].pages else tallies["fixtures"]
        print("\n## Examples\n")
        for name in TLDR_NAMES:
            for page_id, text in tally.tldr_hits[name][:args.examples]:
                print(f"- tl;dr {name}: {page_id[:10]}: {str(text)[:160]!r}")
        for name in POINT_NAMES:
            for page_id, length, text in tally.point_hits[name][:args.examples]:
                print(f"- {name}: {page_id[:10]} ({length}): {text[:160]!r}")
    command = "python bench/reader.py"
    if args.score:
        command += f" --score {args.score}"
    if args.split != "all":
        command += f" --split {args.split}"
    if args.data != DEFAULT_DATA:
        command += f" --data {args.data}"
    print(f"\nrerun: {command}")


if __name__ == "__main__":
    main()
