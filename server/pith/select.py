"""Stage 6: choose the key points and the tl;dr from the ranked sentences.

Sentences are taken best first, skipping fragments, run-on layout debris and anything that
repeats a point already chosen; the chosen ones are then put back in document order, which is
how a reader expects to meet them.
"""

from __future__ import annotations

from .segment import Sentence, count_words, words
from .languages import Rules
from .summarizer import leans_on_context

LENGTHS = {"short": 3, "medium": 5, "long": 7}

# Fewer words than this is a fragment ("Read on.", a dateline), not a point worth reading.
MIN_POINT_WORDS = 6
# More words than this is a list or table flattened into one line.
MAX_POINT_WORDS = 80
# Two sentences sharing this much of their content words say the same thing.
NEAR_DUPLICATE = 0.6


def select(sentences: list[Sentence], ranked: list[int], count: int,
           stop_words: frozenset, *, exclude: Sentence | None = None) -> list[Sentence]:
    """Up to ``count`` distinct key points, in document order, none repeating ``exclude``
    (the tl;dr, which the reader sees already). When every sentence repeats ``exclude``,
    it is the one point."""
    chosen: list[int] = []
    chosen_words: list[set[str]] = []
    excluded = [_content_words(exclude.text, stop_words)] if exclude else []
    for index in ranked:
        sentence = sentences[index]
        content = _content_words(sentence.text, stop_words)
        n_words = count_words(sentence.text)
        if not MIN_POINT_WORDS <= n_words <= MAX_POINT_WORDS:
            continue
        if any(_overlap(content, other) >= NEAR_DUPLICATE
               for other in chosen_words + excluded):
            continue
        chosen.append(index)
        chosen_words.append(content)
        if len(chosen) == count:
            break
    if not chosen and exclude is not None:
        return [exclude]
    return [sentences[i] for i in sorted(chosen)]


def tldr(sentences: list[Sentence], ranked: list[int], rules: Rules) -> Sentence | None:
    """One sentence that stands on its own: the article's lead when it does (news puts the
    story in its first sentence), else the best-ranked one that does, else the best-ranked
    one of a readable length; None if no sentence is one a reader could use."""
    lead = next((i for i, s in enumerate(sentences) if not s.is_heading), None)
    order = ([lead] if lead is not None else []) + ranked
    readable = [i for i in order
                if MIN_POINT_WORDS <= count_words(sentences[i].text) <= MAX_POINT_WORDS]
    for index in readable:
        candidate = sentences[index]
        if (count_words(candidate.text) <= MAX_POINT_WORDS // 2
                and not leans_on_context(candidate.text, rules)):
            return candidate
    return sentences[readable[0]] if readable else None


def _content_words(text: str, stop_words: frozenset) -> set[str]:
    return {w for w in (w.lower() for w in words(text)) if w not in stop_words}


def _overlap(a: set[str], b: set[str]) -> float:
    """Share of the smaller sentence's content words found in the other."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))
