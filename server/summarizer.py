"""Pith's own sentence ranker, in sumy's summariser shape.

The stock sumy summarisers rate sentences by centrality alone, which on news loses to simply
taking the lead: the facts a reader wants (what happened, how much, when next) are spread
through the story, and quotes that are central in vocabulary are rarely the point. This ranker
keeps centrality and adds what news structure tells us:

* centroid similarity: cosine of the sentence's tf-idf vector with the whole article's;
* title similarity: the headline says what the story is about;
* position: earlier sentences matter more, gently, so a late "what happens next" can still win;
* facts: sentences carrying amounts, percentages and dates are the checkable claims;
* context: a sentence that opens with a quotation, a pronoun or a connective, or asks a
  question, reads badly on its own and is marked down.

Linear in the number of sentences (no similarity matrix), so it has no quadratic blow-up.
"""

from __future__ import annotations

import math
import re
from collections import Counter

from sumy.summarizers._summarizer import AbstractSummarizer

_MONEY = r"[$€£¥]\s?\d|\d(?:[.,]\d+)?\s?(?:million|billion|trillion|bn|m)\b"
_PERCENT = r"\d\s?(?:%|per ?cent|percent)"
_MONTHS = (r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|"
           r"\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*")
_STRONG_FACT = re.compile(f"{_MONEY}|{_PERCENT}|{_MONTHS}", re.IGNORECASE)
_NUMBER = re.compile(r"\d")
_OPENS_WITH_QUOTE = re.compile(r"^[\"“‘']")
_LEANS_ON_CONTEXT = re.compile(
    r"^(he|she|it|they|this|that|these|those|his|her|its|their|but|and|so|also|however|"
    r"meanwhile|still|yet|then|there)\b",
    re.IGNORECASE,
)
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")

# Weights, set by reading the fixture articles and the public news benchmark (bench/).
POSITION_HALF_LIFE = 12.0  # sentences after which the position weight has halved
STRONG_FACT_BONUS = 0.35
NUMBER_BONUS = 0.1
TITLE_WEIGHT = 0.5
QUOTE_OPENING_PENALTY = 0.6
CONTEXT_PENALTY = 0.8
QUESTION_PENALTY = 0.5
MOSTLY_QUOTED_PENALTY = 0.75


class PithSummarizer(AbstractSummarizer):
    """Rates sentences by centrality, headline overlap, position and factual content."""

    def __init__(self, stemmer=None, title: str | None = None):
        super().__init__(stemmer) if stemmer else super().__init__()
        self.stop_words = frozenset()
        self.title = title

    def __call__(self, document, sentences_count):
        sentences = document.sentences
        if not sentences:
            return ()
        ratings = self.rate_sentences(sentences)
        return self._get_best_sentences(sentences, sentences_count, ratings)

    def rate_sentences(self, sentences) -> dict:
        """A rating for every sentence (sumy ``Sentence`` objects), higher is better."""
        bags = [self._terms(s.words) for s in sentences]
        document_frequency = Counter(term for bag in bags for term in bag)
        n = len(bags)
        idf = {t: math.log((1 + n) / (1 + df)) + 1 for t, df in document_frequency.items()}
        vectors = [{t: c * idf[t] for t, c in bag.items()} for bag in bags]
        centroid: Counter = Counter()
        for vector in vectors:
            centroid.update(vector)
        title_terms = set(self._terms(self.title.split())) if self.title else set()

        ratings = {}
        for position, (sentence, vector) in enumerate(zip(sentences, vectors)):
            score = _cosine(vector, centroid)
            if title_terms and vector:
                score += TITLE_WEIGHT * len(title_terms & vector.keys()) / len(title_terms)
            score *= 0.5 ** (position / POSITION_HALF_LIFE)
            score *= _content_factor(str(sentence))
            # Keep the best rating of a repeated sentence: sumy keys ratings by text.
            ratings[sentence] = max(score, ratings.get(sentence, score))
        return ratings

    def _terms(self, words) -> Counter:
        return Counter(
            self.stem_word(w) for w in words
            if w.lower() not in self.stop_words and any(c.isalnum() for c in w)
        )


def _content_factor(text: str) -> float:
    factor = 1.0
    if _STRONG_FACT.search(text):
        factor += STRONG_FACT_BONUS
    elif _NUMBER.search(text):
        factor += NUMBER_BONUS
    if _OPENS_WITH_QUOTE.match(text):
        factor *= QUOTE_OPENING_PENALTY
    elif _LEANS_ON_CONTEXT.match(text):
        factor *= CONTEXT_PENALTY
    if text.rstrip("”\"’' )").endswith("?"):
        factor *= QUESTION_PENALTY
    quoted = sum(len(m) for m in _QUOTED.findall(text))
    if quoted > len(text) / 2:
        factor *= MOSTLY_QUOTED_PENALTY
    return factor


def _cosine(a: dict, b: dict) -> float:
    if not a or not b:
        return 0.0
    if len(a) > len(b):
        a, b = b, a
    dot = sum(value * b.get(term, 0.0) for term, value in a.items())
    norm = math.sqrt(sum(v * v for v in a.values())) * math.sqrt(sum(v * v for v in b.values()))
    return dot / norm if norm else 0.0
