"""Stage 4: split each cleaned paragraph into sentences, keeping character offsets.

Punkt (bundled model, curated non-breaking prefixes) finds the boundaries. Two repairs follow,
both about quotations, which news is full of: a fragment that opens a quotation it does not
close takes the following fragments until the quotation closes ("“We are ready. We always
were,” he said."), and a fragment starting in lower case joins the one before it (a false
break inside a sentence). Offsets always index the paragraph text exactly.

Every step is linear in the paragraph's length. Punkt looks at the whole whitespace-free run
before each candidate full stop, which is the whole paragraph in Chinese and Japanese: so a
run longer than ``_MAX_RUN`` is handed to Punkt in pieces, cut after each 。！？ (with the
closing quotes that follow) or, failing that, every ``_MAX_RUN`` characters. The quotation
repair counts quote marks as it extends a sentence, never re-reading what it has.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .clean import Block

# A quotation spanning more fragments than this is an unbalanced quote mark, not a quotation.
_MAX_QUOTE_MERGES = 4
# Longest whitespace-free run Punkt sees at once. Words are far shorter; a longer run is
# Chinese or Japanese text or debris (and a longer "sentence" is cut at max_sentence_chars
# anyway). Punkt's cost grows with the square of it.
_MAX_RUN = 1000
_LONG_RUN = re.compile(r"\S{%d,}" % (_MAX_RUN + 1))
_CJK_SENTENCE_END = re.compile(r"[。！？]+[」』”’）)]*")
_WORD = re.compile(r"\w+(?:['’\-]\w+)*")
_CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
_STARTS_LOWER = re.compile(r"^[\"“”'‘’(\[]*[a-zà-ÿ]")
# Where Punkt may break before a lower-case word by mistake: after a closing quotation
# ("“We won.” he said") or after an initialism ("in the U.S. navy", "at 5 p.m. local time").
_FALSE_BREAK_BEFORE_LOWER = re.compile(r"([.!?…][\"”’']|\b[A-Za-z]\.)\s*$")


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


def segment(blocks: list[Block], tokenizer, *, max_sentence_chars: int) -> list[Sentence]:
    """Sentences of every paragraph, in document order. Headings are one sentence each."""
    sentences: list[Sentence] = []
    for index, block in enumerate(blocks):
        if block.is_heading:
            sentences.append(Sentence(block.text, index, 0, len(block.text), True))
            continue
        spans = _spans(block.text, tokenizer)
        for start, end in _cap_length(_repair(block.text, spans, max_sentence_chars),
                                      block.text, max_sentence_chars):
            sentences.append(Sentence(block.text[start:end], index, start, end))
    return sentences


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


def _repair(text: str, spans: list[tuple[int, int]],
            max_chars: int) -> list[tuple[int, int]]:
    repaired: list[tuple[int, int]] = []
    quotes = _QuoteCount()
    open_merges = 0
    for start, end in spans:
        if repaired:
            previous_start, previous_end = repaired[-1]
            quote_open = quotes.open and open_merges < _MAX_QUOTE_MERGES
            # Only the end of the previous sentence can hold the false break.
            tail = text[max(previous_start, previous_end - 12):previous_end]
            if end - previous_start <= max_chars and (
                    quote_open or (_STARTS_LOWER.match(text[start:end])
                                   and _FALSE_BREAK_BEFORE_LOWER.search(tail))):
                quotes.add(text[previous_end:end])
                repaired[-1] = (previous_start, end)
                open_merges = open_merges + 1 if quote_open else 0
                continue
        repaired.append((start, end))
        quotes = _QuoteCount(text[start:end])
        open_merges = 0
    return repaired


class _QuoteCount:
    """The quote marks of a growing sentence: whether it opens a quotation it does not
    close."""

    def __init__(self, text: str = "") -> None:
        self.starts_straight = text.lstrip().startswith('"')
        self.curly = self.straight = 0
        self.add(text)

    def add(self, text: str) -> None:
        self.curly += text.count("“") - text.count("”")
        self.straight += text.count('"')

    @property
    def open(self) -> bool:
        return self.curly > 0 or (self.straight % 2 == 1 and self.starts_straight)


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
