"""Stage 4: split each cleaned paragraph into sentences, keeping character offsets.

Punkt (bundled model, curated non-breaking prefixes, the table's abbreviations) finds the
boundaries; repairs read by the language's table follow, each joining a fragment to the one
before it:

* a quotation left open takes the following fragments until it closes, in the language's
  quotation marks („…“ and »…« in German, « … » in French, 「…」 in Japanese, and the “…”
  every language's pages use): „Wir sind bereit. Wir waren es immer“, sagte sie.
* a break after an abbreviation of the table that never ends a sentence ("bzw.", "z. B.",
  "M. Dupont", "т. е."); after initials ("H.W. Bush", "J. R. R. Tolkien") and abbreviations
  that may end one ("usw.", "w 2024 r."), unless a function word follows ("… usw. Danach");
* a fragment starting in lower case after a full stop, "!" or "?" ("“Why?” she asked.");
* in Chinese and Japanese, the words after a closing quotation that attribute it
  (「…。」と述べた。, “……。”他说。).

Offsets always index the paragraph text exactly.

Every step is linear in the paragraph's length. Punkt looks at the whole whitespace-free run
before each candidate full stop, which is the whole paragraph in Chinese and Japanese: so a
run longer than ``_MAX_RUN`` is handed to Punkt in pieces, cut after each 。！？ (with the
closing quotes that follow) or, failing that, every ``_MAX_RUN`` characters. The repairs read
only the quotation marks of what they add and a few characters either side of a break.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from .clean import Block
from .languages import GENERAL, Rules, alternation, union

# A quotation spanning more fragments than this is an unbalanced quote mark, not a quotation.
_MAX_QUOTE_MERGES = 4
# Quotations inside quotations deeper than this are debris; deeper marks are not followed.
_MAX_QUOTE_DEPTH = 8
# Longest whitespace-free run Punkt sees at once. Words are far shorter; a longer run is
# Chinese or Japanese text or debris (and a longer "sentence" is cut at max_sentence_chars
# anyway). Punkt's cost grows with the square of it.
_MAX_RUN = 1000
_LONG_RUN = re.compile(r"\S{%d,}" % (_MAX_RUN + 1))
_CJK_SENTENCE_END = re.compile(r"[。！？]+[」』”’）)]*")
_WORD = re.compile(r"\w+(?:['’\-]\w+)*")
# Han (with extension A and compatibility ideographs), kana (half-width too) and the
# iteration marks 々〆〇: written without spaces, read by characters.
_CJK_CHARS = ("\u3005-\u3007\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
              "\uff66-\uff9f\U00020000-\U0002ffff")
_CJK = re.compile(f"[{_CJK_CHARS}]")
# Two sentences a page glued together ("physician.Police arrested"): a word of three or
# more lower-case letters, the stop, a capitalised word followed by a space or a comma.
# Both sides are at least a short sentence long ("Go.Now" is no two sentences).
_LATIN_UPPER = "A-ZÀ-ÖØ-Þ"
_LOWER, _UPPER = "a-zß-öø-ÿа-яё", _LATIN_UPPER + "А-ЯЁ"
_GLUED = re.compile(rf"(?<=[{_LOWER}]{{3}})[.!?](?!(?:Com|Org|Net|Gov|Edu|Info)\b)"
                    rf"(?=[{_UPPER}][{_LOWER}]+[\s,;:])")
_MIN_GLUED_CHARS = 20
# Characters of a sentence's end the repairs read: enough for "J. R. R." or "d. h.".
_TAIL = 16
# A fragment of Chinese or Japanese shorter than this, after a closing quotation and with a
# verb of saying, attributes it ("他说。", "王外长表示。"): under the six words (twelve
# characters) of a key point, it would never be one by itself.
_CJK_ATTRIBUTION_CHARS = 12
# Where Punkt may break before a lower-case word by mistake: after a closing quotation or
# a "!" or "?" ("“We won!” he said", "Yahoo! has") or after a single letter ("the U.S.
# navy"); abbreviations are read from the table.
_FALSE_BREAK_BEFORE_LOWER = re.compile(
    r"(?:[.!?…][\"'”’»«“]+|[!?…]|(?<![\w.])[^\W\d_]\.)\s*$")
# A run of initials at the end of a sentence: "H.W.", "J. R. R.", "U.S." (case checked apart).
_INITIALS = re.compile(r"(?<![\w.])(?:[^\W\d_]\.\s?){1,4}$")
# A day and its month cut short ("12 set.", "3 janv."), and a year.
_DAY_AND_MONTH = re.compile(r"(?<!\d)\d{1,2}\.?\s+[^\W\d_]{3,5}\.$")
_YEAR = re.compile(r"\d{4}")
# The first word of a fragment, after any quotes or brackets.
_FIRST_WORD = re.compile(r"[\W_]{0,4}?(\w+)")
# A dateline before a paragraph's first sentence, in the wire's style: the place in capitals
# ("WASHINGTON", "SÃO PAULO"), perhaps a region, the day and the agency ("BUFFALO, N.Y.",
# "HANOI, Vietnam (AP)", "MARLOW, Aug 28 (Globewire)", or "Berlin (dpa)" in capitals and
# small letters), then a dash; a press release's place, day and wire ("New York, NY –",
# "NEW YORK, Nov. 19, 2019 /PRNewswire/ --");
# or a press tag: in brackets ("[엔터미디어=정덕현의 이슈공감] ", "(서울=연합뉴스) 김민수 기자 = ",
# "【ワシントン共同】"), or the Chinese wire's place, day and reporter ("新华社广州3月12日电（记者
# 陈嘉欣）", "本报讯（记者 张三）"). The sentence starts
# after it: the tl;dr and the points say what happened, not where the wire filed it. Not a
# colon, which ends labels too ("DEAR ABBY: My husband ...": ``_COLON_DATELINE`` reads those
# datelines, before the text's first sentence only); a place of one word with
# neither region nor agency takes an em dash and is not an acronym's aside ("NATO – Russia
# talks", "UEFA — Europe's governing body — fined ..."). Each word is a run of letters with
# no separator inside it, so the pattern reads a line in one pass, whatever it holds.
# A dateline's place is in Latin capitals, with those of Latin Extended-A ("ŁÓDŹ").
_CAPS = _LATIN_UPPER + "Ā-Ž"
_PLACE = rf"[{_CAPS}][{_CAPS}.'’]*(?:[ -][{_CAPS}][{_CAPS}.'’]*)*"
# ... all in capitals and standing alone before its mark: of four letters or more ("LAGOS"),
# or of two words ("NEW DELHI"), not a short acronym's.
_CAPITALS_PLACE = (rf"[{_CAPS}][{_CAPS}.'’]{{3,}}"
                   rf"|[{_CAPS}][{_CAPS}.'’]*(?:[ -][{_CAPS}][{_CAPS}.'’]*)+")
# No lede's label ("UPDATE", the tables' ``lede_labels``) before a dateline's mark.
_LABEL = alternation(union("lede_labels"))
_AGENCY = r"\([\w.&/ -]{2,25}\)"
_REGION = rf",[ \u00a0][{_CAPS}][\w.'’]*(?:[ -][{_CAPS}][\w.'’]*){{0,2}}"
_SENTENCE_AFTER = rf"(?=[\"“‘'(«]?\s?[{_UPPER}Ā-Ž])"
# A press release's place in capitals and small letters, with its state or country as an
# abbreviation ("New York, NY", "San Francisco, Calif."); not "Austin, Texas", not "Acme, Inc.".
_RELEASE_PLACE = (rf"[{_CAPS}][\w'’]+(?:[ -][{_CAPS}][\w'’]+){{0,2}},[ \u00a0]"
                  rf"(?!(?:Inc|Ltd|Co|Corp|Jr|Sr)\.)"  # a company's or a person's suffix
                  rf"(?:[{_CAPS}]{{2}}|[{_CAPS}][a-z]{{1,4}}\.|(?:[{_CAPS}]\.){{2,3}})")
# The day a release gives after its place ("NEW YORK, Nov. 19, 2019") and the wire that
# carried it ("/PRNewswire/").
_RELEASE_DAY = r",?[ \u00a0][A-Z][a-z]{2,8}\.?[ \u00a0]\d{1,2},?[ \u00a0]\d{4}"
_RELEASE_WIRE = r"[ \u00a0]?/[\w -]{2,25}/"
# A Korean wire's reporters after its tag ("김민수 기자 = ", "김민수 이영희 기자 = "); Chinese
# characters (the place of a Chinese wire's dateline).
_KO_REPORTER = r"(?:[가-힣]{2,4}[ ·,]{0,2}){1,3}(?:기자|특파원)\s*=\s*"
_HAN = r"[\u4e00-\u9fff]"
# A place and the day in words, perhaps after the agency ("(ARM) Ancona, 12 set. 2024 –",
# "Roma, 12 settembre 2024 –", "Berlin, 3. März 2025 –"): the months of every table; the
# year perhaps with its word ("Warszawa, 20 marca 2025 r. –", "Москва, 5 мая 2025 г. —").
_YEAR_WORD = r"(?:r|г|р|roku|года|року)\.?"
_CYRILLIC_UPPER = "А-ЯЁІЇЄҐ"
_MONTHS = alternation(name for months in union("months") for name in months)
# A wire's day between its place and its name ("MARLOW, Aug 28 (Globewire) -"): a month of
# a table, not any word ("FIFA, Group 3 (Africa) –").
_WIRE_DAY = (rf",?[ \u00a0](?i:{_MONTHS})\.?[ \u00a0]\d{{1,2}}(?!\d)"
             rf"(?:,?[ \u00a0]\d{{4}})?")
_DATED_PLACE = (rf"(?:\([A-Z]{{2,10}}\)\s*)?[{_CAPS}{_CYRILLIC_UPPER}][\w'’]+"
                rf"(?:[ -][{_CAPS}{_CYRILLIC_UPPER}][\w'’]+){{0,2}},"
                rf"[ \u00a0]\d{{1,2}}\.?[ \u00a0](?i:{_MONTHS})\.?[ \u00a0]\d{{4}}"
                rf"(?:[ \u00a0]?{_YEAR_WORD})?")
# The day between a place and its agency in capitals, in the Czech wire's style ("Brno 14.
# října (ČTK) –"; not a programme's "Pátek 18. července (scéna Fatra) –").
_AGENCY_DAY = (rf"[ \u00a0]\d{{1,2}}\.?[ \u00a0](?i:{_MONTHS})"
               rf"\s*\([{_CAPS}]{{2,8}}\)")
_DATELINE = re.compile(
    rf"(?:\((?:CNN|AP|AFP|Reuters)\)|{_PLACE}(?:{_REGION})?(?:{_WIRE_DAY})?\s*{_AGENCY}"
    rf"|{_PLACE}{_REGION}"
    rf"|{_DATED_PLACE}"
    rf"|(?:{_PLACE}(?:{_REGION})?|{_RELEASE_PLACE})(?:{_RELEASE_DAY})?{_RELEASE_WIRE}"
    rf"|{_PLACE}(?:{_REGION})?\s*--?\s*{_AGENCY}"
    rf"|{_RELEASE_PLACE}(?:{_RELEASE_DAY})?"
    rf"|[{_CAPS}][\w'’]+(?:[ -][{_CAPS}][\w'’]+)?(?:{_AGENCY_DAY}|\s*{_AGENCY}))"
    rf"\s*(?:[—–]|--?)\s*{_SENTENCE_AFTER}"
    rf"|(?:{_CAPITALS_PLACE})"
    rf"\s*(?:—|--)\s*"
    rf"(?![^—]{{0,80}}—){_SENTENCE_AFTER}"
    rf"|(?:\[[^\[\]=]{{1,30}}=[^\[\]]{{1,40}}\]|\([^()=]{{1,30}}=[^()]{{1,40}}\))\s*"
    rf"(?:{_KO_REPORTER})?|{_KO_REPORTER}|【[^】]{{1,30}}】\s*"
    rf"|(?:{_HAN}{{2,12}}?\d{{1,2}}月\d{{1,2}}日电|(?:新华|中新)社电|本报讯)(?=[\s（(])"
    r"\s*(?:[（(][^）)]{1,30}[）)])?\s*")
# A dateline ending with a colon, in the style of South Asian and African papers ("NEW
# DELHI:", "LAGOS:"): only before the text's first sentence, a place of four capitals or
# more or of two words; not a letter's greeting ("DEAR ABBY:", the tables' salutations), nor a
# label ("UPDATE:", the tables' ``lede_labels``), and not before a sentence leaning on what
# came before ("Their American dream shattered, 104 Indians ...": the dateline stays rather
# than the tl;dr lose its lede).
_GREETING = alternation(union("salutations") + union("answer_labels"))
_COLON_DATELINE = re.compile(
    rf"(?!(?i:{_GREETING})\b)(?!(?i:{_LABEL})\s*:)"
    rf"(?:{_CAPITALS_PLACE})"
    rf"(?:{_REGION})?\s*:\s*{_SENTENCE_AFTER}")
# ... or, in the same places only, by an en dash or a hyphen after a place of one word, as
# many sites set the wire's em dash ("WASHINGTON – Two federal prison officers ..."), when
# the word after it is capitalised only as a sentence's first (the text writes it in lower
# case elsewhere: "two", "the") and the words in capitals are not the story's subject, which
# the title names ("NATO – Allies agreed ...", "IKEA – La multinacional sueca ...";
# ``_first_dateline`` tells a place the title names), nor an acronym joined to a name ("NATO
# – Russia talks ..."), nor a label.
_DASH_DATELINE = re.compile(
    rf"(?!(?i:{_LABEL})\s*[–-])"
    rf"(?P<place>{_CAPITALS_PLACE})"
    rf"(?:{_REGION})?\s+[–-]\s+(?=[\"“‘'«]?(?P<word>[{_UPPER}][^\W\d_]*)\s)")
# ... or by a dash after the site's own name, written as its domain ("PanARMENIAN.Net - ",
# "News.am — "): where the wire's place would stand, the site tags its own story
# (``_first_dateline`` checks the name is the site's).
_SITE_TAG = re.compile(
    r"(?P<place>[^\W\d_][\w-]*(?:\.[^\W\d_][\w-]*)*)\.[A-Za-z]{2,6}"
    rf"\s*[—–-]\s+{_SENTENCE_AFTER}")
# A list's entry: a name of a few capitalised words and a dash ("Loreen – The singer won
# ..."); where other paragraphs open so, the first paragraph's capitals and dash are an
# entry too ("ABBA – The Swedish quartet ..."), not a dateline.
_ENTRY = re.compile(rf"[{_UPPER}][^\W_]*(?:[ -][{_UPPER}][^\W_]*){{0,3}}"
                    rf"\s+[–—-]\s+[{_UPPER}\"“‘'«]")
# A word of letters (``_Common`` keeps those the text writes in lower case).
_LETTERS = re.compile(r"[^\W\d_]+")
# The dateline is looked for in this many characters at most.
_DATELINE_CHARS = 100
_MIN_AFTER_DATELINE = 4

# A mark that both opens and closes (" ” », or “ in German) opens a quotation after one of
# these (or at the start), and closes one anywhere else.
OPENS_QUOTE_AFTER = frozenset(" \t\n([{–—-/:;„‚«»“‘\"'「『")


@dataclass(frozen=True)
class Sentence:
    text: str
    paragraph: int
    start: int
    end: int
    is_heading: bool = False


def words(text: str) -> list[str]:
    """Word tokens of ``text``: letters and digits, keeping inner apostrophes and hyphens.
    Runs of Chinese or Japanese characters, written without spaces, become character pairs."""
    tokens = _WORD.findall(text)
    if not _CJK.search(text):
        return tokens
    split = []
    for token in tokens:
        if _CJK.search(token):
            chars = [c for c in token if not c.isspace()]
            split.extend("".join(chars[i:i + 2]) for i in range(max(1, len(chars) - 1)))
        else:
            split.append(token)
    return split


def count_words(text: str) -> int:
    """How many words ``text`` holds for a reader: Chinese and Japanese characters count as
    half a word each (about 500 characters a minute against 238 words)."""
    if not _CJK.search(text):
        return len(_WORD.findall(text))
    cjk = len(_CJK.findall(text))
    return len(_WORD.findall(_CJK.sub(" ", text))) + cjk // 2


def segment(blocks: list[Block], tools, *, max_sentence_chars: int,
            title: str | None = None, site: str | None = None) -> list[Sentence]:
    """Sentences of every paragraph, in document order. Headings are one sentence each.

    ``tools`` is the language's ``pith.language.LanguageTools`` (its sentence tokenizer,
    table and stop words); a bare sentence tokenizer is read with the general rules.
    ``title``: the page's, which a dateline's place does not name; ``site``: the site's
    name, which may tag the text's first sentence (``_first_dateline``).
    """
    if hasattr(tools, "sentence_tokenizer"):
        tokenizer, rules = tools.sentence_tokenizer, tools.rules
        reading = _reading(rules, tools.stop_words)
    else:
        tokenizer, rules, reading = tools, GENERAL, _reading(GENERAL, frozenset())
    # The text's first paragraph, or its second after a standfirst ("Efter et år med
    # knæoperation ..." then "HERNING – Mikkel Skovgaard Juhl vandt ..."), may open with a
    # dateline ended by a colon or set with an en dash (``_first_dateline``), unless others do
    # too: the lines of a transcript open with their speaker so ("COOPER: Good evening."), as
    # do those of a Q&A, and a list's items with a name and a dash.
    common = _Common(blocks, title, site)
    opening = [i for i, b in enumerate(blocks) if not b.is_heading][:2]
    datelined = [i for i, b in enumerate(blocks) if _first_dateline(b.text, common)]
    first = (datelined[0] if len(datelined) == 1 and datelined[0] in opening
             and sum(1 for b in blocks if _ENTRY.match(b.text)) <= 1 else None)
    sentences: list[Sentence] = []
    for index, block in enumerate(blocks):
        if block.is_heading:
            sentences.append(Sentence(block.text, index, 0, len(block.text), True))
            continue
        spans = _spans(block.text, tokenizer)
        for start, end in _cap_length(_repair(block.text, spans, max_sentence_chars, reading),
                                      block.text, max_sentence_chars):
            if start == 0:
                start = _after_dateline(block.text, end, rules,
                                        common if index == first else None)
            sentences.append(Sentence(block.text[start:end], index, start, end))
    return sentences


def _after_dateline(text: str, end: int, rules: Rules, first: _Common | None) -> int:
    """Where the sentence ending at ``end`` starts after the dateline opening ``text`` (0
    when it has none); ``first``: given when it is the text's first sentence, which a
    dateline ended by a colon or set with an en dash may open (``_first_dateline``)."""
    dateline = _DATELINE.match(text, 0, min(end, _DATELINE_CHARS))
    if dateline is None and first is not None:
        dateline = _first_dateline(text, first, min(end, _DATELINE_CHARS))
        if dateline is not None and rules.leans_on_context.match(text[dateline.end():]):
            return 0
    after = dateline.end() if dateline else 0
    return after if after and count_words(text[after:end]) >= _MIN_AFTER_DATELINE else 0


class _Common:
    """The words a text writes in lower case, and those it writes in capitals, read from its
    blocks when first needed; its ``title``'s words, and those the title writes in capitals;
    the words of the ``site``'s name."""

    def __init__(self, blocks: list[Block], title: str | None = None,
                 site: str | None = None) -> None:
        self.blocks, self._words, self._capitals, self._title_case = blocks, None, None, None
        self.titled = _letters(title or "")
        self.titled_capitals = {w.lower() for w in _LETTERS.findall(title or "")
                                if len(w) > 1 and w.isupper()}
        self.site = _letters(site or "")

    def __contains__(self, word: str) -> bool:
        if self._words is None:
            self._words = {w for b in self.blocks for w in _LETTERS.findall(b.text)
                           if w[0].islower()}
        return word in self._words

    def in_capitals(self, word: str) -> int:
        """How many times the text writes ``word`` (given in lower case) in capitals."""
        if self._capitals is None:
            self._capitals = Counter(w.lower() for b in self.blocks
                                     for w in _LETTERS.findall(b.text)
                                     if len(w) > 1 and w.isupper())
        return self._capitals[word]

    def in_title_case(self, word: str) -> bool:
        """Whether the text writes ``word`` (given in lower case) with a capital first and small
        letters after it ("Dordrecht")."""
        if self._title_case is None:
            self._title_case = {w.lower() for b in self.blocks for w in _LETTERS.findall(b.text)
                                if len(w) > 1 and w[0].isupper() and w[1:].islower()}
        return word in self._title_case


def _first_dateline(text: str, common: _Common, end: int = _DATELINE_CHARS) -> re.Match | None:
    """The dateline opening ``text`` (in its first ``end`` characters) of the kinds only the
    text's first sentence may open with: ended by a colon (``_COLON_DATELINE``), set with
    an en dash before a word the text writes in lower case (``common``), or the site's own
    name as a domain and a dash (``_SITE_TAG``; "Booking.com – The company ..." on another
    site is the story's subject). Not words in capitals the title names: the story's subject
    ("NATO – The allies agreed ..." under "NATO allies agree ..."). Unless the title writes
    them in small letters, the text never again in capitals, and no word in capitals follows:
    the wire sets in capitals a place the title names ("HERNING – Mikkel Skovgaard Juhl vandt
    ..." under "... på hjemmebane i Herning"). "IKEA – La multinacional sueca ..." writes
    "IKEA" again; "BRANN – ROSENBORG 4–1 ..." is a score. (A brand the text names once so,
    "ECCO – Den danske skoproducent ..." under "Ecco lukker ...", is read as a dateline: the
    title shown above the summary names it.)"""
    dateline = _COLON_DATELINE.match(text, 0, end)
    if dateline is not None:
        return dateline
    dateline = _DASH_DATELINE.match(text, 0, end)
    if dateline is not None and _a_place(dateline, common):
        return dateline
    dateline = _SITE_TAG.match(text, 0, end)
    if dateline is None or not _letters(dateline.group("place")) <= common.site:
        return None
    return dateline


def _letters(text: str) -> set[str]:
    """The words of letters in ``text``, in lower case."""
    return {w.lower() for w in _LETTERS.findall(text)}


def _a_place(dateline: re.Match, common: _Common) -> bool:
    """Whether a ``_DASH_DATELINE``'s words in capitals are a place (``_first_dateline``)."""
    place, word = _letters(dateline.group("place")), dateline.group("word")
    if not place & common.titled:
        # Before a word the text writes in small letters, or a name ("DORDRECHT - Femke
        # Oosterhuis (49) wordt ...") when the text writes the place in small letters after a
        # capital elsewhere and in capitals only here ("... aan de Merwede in Dordrecht").
        return word.lower() in common or not word.isupper() and all(
            common.in_title_case(w) and common.in_capitals(w) == 1 for w in place)
    # A place the title names in small letters; not the story's subject, nor a score
    # ("BRANN – ROSENBORG 4–1").
    return not (place & common.titled_capitals or (len(word) > 1 and word.isupper())
                or any(common.in_capitals(w) > 1 for w in place))


def _spans(text: str, tokenizer) -> list[tuple[int, int]]:
    """Punkt's sentence spans of ``text``, each window of it tokenised on its own."""
    spans: list[tuple[int, int]] = []
    for window_start, window_end in _windows(text):
        spans.extend((window_start + start, window_start + end) for start, end in
                     tokenizer.span_tokenize(text[window_start:window_end]))
    return spans


def _windows(text: str):
    """``text`` in pieces whose whitespace-free runs are at most ``_MAX_RUN`` long: cut
    inside longer runs only, after a CJK sentence end where there is one."""
    start = 0
    for run in _LONG_RUN.finditer(text):
        cut_from = run.start()
        for end in _CJK_SENTENCE_END.finditer(text, run.start(), run.end()):
            cut = end.end()
            while cut - cut_from > _MAX_RUN:
                cut_from += _MAX_RUN
                yield start, cut_from
                start = cut_from
            if cut > start:
                yield start, cut
                start = cut_from = cut
        while run.end() - cut_from > _MAX_RUN:
            cut_from += _MAX_RUN
            yield start, cut_from
            start = cut_from
    if start < len(text):
        yield start, len(text)


@dataclass(frozen=True)
class _Reading:
    """What the repairs read of a language: its table and the words that open sentences."""

    rules: Rules
    function_words: frozenset


@lru_cache(maxsize=64)
def _reading(rules: Rules, stop_words: frozenset) -> _Reading:
    function_words = frozenset(w.lower() for w in stop_words) | frozenset(
        w for w in rules.openers if not any(c.isspace() for c in w))
    return _Reading(rules, function_words)


def _repair(text: str, spans: list[tuple[int, int]], max_chars: int,
            reading: _Reading) -> list[tuple[int, int]]:
    repaired: list[tuple[int, int]] = []
    quotes = _Quotes(reading)
    open_merges = 0
    for start, end in _split_after_abbreviations(text, _split_glued(text, spans, reading),
                                                 reading):
        if repaired:
            previous_start, previous_end = repaired[-1]
            quote_open = quotes.open and open_merges < _MAX_QUOTE_MERGES
            if end - previous_start <= max_chars and (
                    quote_open or _continues(text, previous_start, previous_end, start, end,
                                             reading)):
                quotes.add(text, previous_end, end)
                repaired[-1] = (previous_start, end)
                open_merges = open_merges + 1 if quote_open else 0
                continue
        repaired.append((start, end))
        quotes = _Quotes(reading)
        quotes.add(text, start, end)
        open_merges = 0
    return repaired


def _split_glued(text: str, spans, reading: _Reading):
    """Punkt's spans, cut where a page lost the space between two sentences ("... a chief
    physician.Police arrested ..."): a full stop, "!" or "?" after a word in lower case and
    before a capitalised word that ends there (a domain name, "Google.com", goes on)."""
    if reading.rules.unspaced:
        yield from spans
        return
    for start, end in spans:
        for glue in _GLUED.finditer(text, start, end):
            cut = glue.end()
            if cut - start >= _MIN_GLUED_CHARS and end - cut >= _MIN_GLUED_CHARS:
                yield start, cut
                start = cut
        yield start, end


def _split_after_abbreviations(text: str, spans, reading: _Reading):
    """Punkt's spans, cut where Punkt kept an abbreviation that may end a sentence (or a
    single letter) before a function word: "… usw. Danach", "w 2023 r. Potem"."""
    rules = reading.rules
    if rules.unspaced:
        yield from spans
        return
    for start, end in spans:
        for stop in rules.may_end_sentence.finditer(text, start, end):
            cut = stop.end()
            following = _next_start(text, cut, end)
            if following < end and _boundary(text, max(start, cut - _TAIL), cut, following,
                                             end, reading) is True:
                yield start, cut
                start = following
        yield start, end


def _next_start(text: str, position: int, end: int) -> int:
    while position < end and text[position].isspace():
        position += 1
    return position


def _continues(text: str, previous_start: int, previous_end: int, start: int, end: int,
               reading: _Reading) -> bool:
    """Whether the fragment at ``start`` continues the sentence ending at ``previous_end``
    (Punkt broke there)."""
    rules = reading.rules
    if rules.unspaced:
        # Chinese and Japanese: the words after a closing quotation that attribute it.
        if text[previous_end - 1] not in rules.closing_quotes:
            return False
        return text.startswith(rules.quote_continuations, start) or (
            end - start < _CJK_ATTRIBUTION_CHARS
            and any(verb in text[start:end] for verb in rules.speech_verbs))
    return _boundary(text, max(previous_start, previous_end - _TAIL), previous_end, start,
                     end, reading) is False


def _boundary(text: str, tail_start: int, tail_end: int, start: int, end: int,
              reading: _Reading) -> bool | None:
    """Whether a sentence ends at ``tail_end`` before the fragment at ``start``: True, False,
    or None when the repairs have no reason to overrule Punkt. Reads ``_TAIL`` characters
    either side."""
    rules = reading.rules
    tail = text[tail_start:tail_end]
    first = _FIRST_WORD.match(text, start, min(end, start + _TAIL))
    if first is None:
        return None
    word = first.group(1)
    if _DAY_AND_MONTH.search(tail) and _YEAR.fullmatch(word):
        return False  # a day, its month cut short and the year: "12 set. 2024", "3 janv. 2025"
    if rules.never_ends_sentence.search(tail):
        return False  # "bzw. Busspuren", "M. Le Pen", "т. е. Москва", "EE. UU."
    if len(word) == 1 and text.startswith(".", first.end()):
        return False  # one initial of several: "J. R. R. Tolkien"
    abbreviation = rules.ends_with_final_abbreviation.search(tail)
    if word[0].islower() and (abbreviation or _FALSE_BREAK_BEFORE_LOWER.search(tail)):
        return False  # "“Why?” she asked.", "in the U.S. navy", "etc. and more"
    initials = _INITIALS.search(tail)
    if initials and not initials.group().replace(".", "").replace(" ", "").isupper():
        initials = None
    if not (abbreviation or initials):
        return None
    # After an abbreviation or initials: a function word opens a new sentence ("… usw.
    # Danach", "the U.S. The family", "w 2023 r. Potem"); a name or number does not
    # ("H.W. Bush", "J. R. R. Tolkien", "w 2024 r. Rząd", "No. 10").
    return word[0].isupper() and word.lower() in reading.function_words


class _Quotes:
    """The quotation marks of a growing sentence: the closing marks it still awaits, as a
    stack (quotations nest). Reads only the quotation marks of the text it is given."""

    __slots__ = ("_reading", "_awaited")

    def __init__(self, reading: _Reading) -> None:
        self._reading = reading
        self._awaited: list[frozenset[str]] = []

    @property
    def open(self) -> bool:
        return bool(self._awaited)

    def add(self, text: str, start: int, end: int) -> None:
        rules = self._reading.rules
        awaited = self._awaited
        for match in rules.quote_marks.finditer(text, start, end):
            mark, at = match.group(), match.start()
            before = text[at - 1] if at > 0 else " "
            after = text[at + 1] if at + 1 < len(text) else " "
            if mark in "’'" and before.isalpha() and after.isalpha():
                continue  # an apostrophe: "Ukraine’s", "l'OTAN"
            closed = next((depth for depth in range(len(awaited) - 1, -1, -1)
                           if mark in awaited[depth]), None)
            if closed is not None:
                del awaited[closed:]
                continue
            closers = rules.quote_closers.get(mark)
            if closers is None or len(awaited) >= _MAX_QUOTE_DEPTH:
                continue
            if mark in rules.two_way_quotes and before not in OPENS_QUOTE_AFTER:
                continue  # a closing mark whose opening one came before this sentence
            awaited.append(closers)


def _cap_length(spans, text: str, limit: int):
    for start, end in spans:
        while end - start > limit:
            cut = text.rfind(" ", start, start + limit)
            cut = cut if cut > start else start + limit
            yield start, cut
            start = cut
            while start < end and text[start].isspace():
                start += 1
        if end > start:
            yield start, end
