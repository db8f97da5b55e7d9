"""Stage 4: split each cleaned paragraph into sentences, keeping character offsets.

Punkt (bundled model, curated non-breaking prefixes) finds the boundaries. Two repairs follow,
both about quotations, which news is full of: a fragment that opens a quotation it does not
close takes the following fragments until the quotation closes ("“We are ready. We always
were,” he said."), and a fragment starting in lower case joins the one before it (a false
break inside a sentence). Offsets always index the paragraph text exactly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .clean import Block

# A quotation spanning more fragments than this is an unbalanced quote mark, not a quotation.
_MAX_QUOTE_MERGES = 4
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
        spans = list(tokenizer.span_tokenize(block.text))
        for start, end in _cap_length(_repair(block.text, spans), block.text,
                                      max_sentence_chars):
            sentences.append(Sentence(block.text[start:end], index, start, end))
    return sentences


def _repair(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    repaired: list[tuple[int, int]] = []
    open_merges = 0
    for start, end in spans:
        if repaired:
            previous_start, previous_end = repaired[-1]
            previous = text[previous_start:previous_end]
            quote_open = _opens_quote(previous) and open_merges < _MAX_QUOTE_MERGES
            if quote_open or (_STARTS_LOWER.match(text[start:end])
                              and _FALSE_BREAK_BEFORE_LOWER.search(previous)):
                repaired[-1] = (previous_start, end)
                open_merges = open_merges + 1 if quote_open else 0
                continue
        repaired.append((start, end))
        open_merges = 0
    return repaired


def _opens_quote(text: str) -> bool:
    if text.count("“") > text.count("”"):
        return True
    straight = text.count('"')
    return straight % 2 == 1 and text.lstrip().startswith('"')


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
