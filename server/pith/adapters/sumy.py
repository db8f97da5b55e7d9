"""sumy behind one seam: its document model, its summarisers (and the private base class
Pith's own ranker extends), its stemmers and stop-word lists.

Internals used (checked by ``check()``): ``sumy.summarizers._summarizer.AbstractSummarizer``
and ``SentenceInfo`` (private), the rating-sorted list a summariser hands to a *callable*
sentence count (``ItemsCount``), which ranks every sentence in one call.
"""

from __future__ import annotations

import inspect
import math
from collections.abc import Callable, Iterable
from functools import partial

from . import LibraryChanged

try:
    from sumy.models.dom import ObjectDocumentModel, Paragraph
    from sumy.models.dom import Sentence as _Sentence
    from sumy.nlp.stemmers import Stemmer, null_stemmer
    from sumy.summarizers._summarizer import AbstractSummarizer, SentenceInfo
    from sumy.summarizers.kl import KLSummarizer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.lsa import LsaSummarizer
    from sumy.summarizers.luhn import LuhnSummarizer
    from sumy.summarizers.reduction import ReductionSummarizer
    from sumy.summarizers.sum_basic import SumBasicSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer
    from sumy.utils import ItemsCount, get_stop_words
except ImportError as error:  # pragma: no cover - only with an incompatible release
    raise LibraryChanged(
        f"sumy no longer provides what Pith uses ({error}); Pith supports sumy >=0.11,<0.14."
    ) from error

__all__ = ["BaseSummarizer", "ItemsCount", "SentenceInfo", "STOCK_SUMMARIZERS", "check",
           "document", "null_stemmer", "rank_all", "stemmer_for", "stop_words_for"]

# The base class of sumy's summarisers; Pith's own ranker extends it.
BaseSummarizer = AbstractSummarizer

# sumy's own summarisers by the names the API accepts.
STOCK_SUMMARIZERS = {
    "lexrank": LexRankSummarizer,
    "textrank": TextRankSummarizer,
    "luhn": LuhnSummarizer,
    "lsa": LsaSummarizer,
    "kl": KLSummarizer,
    "sumbasic": SumBasicSummarizer,
    "reduction": ReductionSummarizer,
}


class _WordTokenizer:
    """The tokenizer interface sumy's ``Sentence`` calls, over Pith's own word splitter."""

    def __init__(self, words: Callable[[str], list[str]]) -> None:
        self._words = words

    def to_words(self, text: str) -> tuple[str, ...]:
        return tuple(self._words(text))


def document(paragraphs: Iterable[Iterable[tuple[str, bool]]],
             words: Callable[[str], list[str]]) -> ObjectDocumentModel:
    """sumy's document model built directly from ``(text, is_heading)`` sentences grouped by
    paragraph (never through sumy's plain-text parser, which mistakes all-caps lines for
    headings); ``words`` splits a sentence into words."""
    tokenizer = _WordTokenizer(words)
    return ObjectDocumentModel(
        Paragraph([_Sentence(text, tokenizer, is_heading=heading) for text, heading in p])
        for p in paragraphs
    )


def sentences_of(model: ObjectDocumentModel) -> tuple:
    """The non-heading sentences of ``model``, as summarisers read them."""
    return tuple(model.sentences)


def rank_all(summarizer, model: ObjectDocumentModel) -> list[int]:
    """Every non-heading sentence of ``model`` best first, as indices into
    ``model.sentences``. sumy summarisers hand a callable sentence count the whole list of
    ``SentenceInfo`` sorted by rating, so one call ranks them all. Ties, and ratings that
    are not numbers, fall back to document order."""
    orders: list[int] = []

    def take_all(infos):
        # Best first, ties in document order. A rating that is no number (LexRank's NaN when
        # no two sentences share a word) counts as the lowest, so the order stays defined.
        ranked = sorted(infos, key=lambda info: (-_finite(info.rating), info.order))
        orders.extend(info.order for info in ranked)
        return infos

    summarizer(model, take_all)
    return orders


def _finite(rating) -> float:
    rating = float(rating)
    return rating if math.isfinite(rating) else -math.inf


def stemmer_for(language: str | None) -> Callable[[str], str]:
    """sumy's Snowball-based stemmer for a language name (``"german"``), or the identity
    when sumy has none or needs a package Pith does not install (Greek, Polish)."""
    if not language:
        return null_stemmer
    try:
        stemmer = Stemmer(language)
        stemmer("probe")  # Greek and Polish fail only when first used
    except (LookupError, ValueError, ImportError):
        return null_stemmer
    if language == "czech":
        return partial(_cased_only, stemmer)
    return stemmer


def _cased_only(stemmer: Callable[[str], str], word: str) -> str:
    """sumy's Czech stemmer returns a word in no one case ("2025", "iPhone") as it is, and
    warns on each (a line on the service's log per number of a Czech page): the same,
    without the warning."""
    if word.islower() or word.istitle() or word.isupper():
        return stemmer(word)
    return word


def stop_words_for(language: str | None) -> frozenset[str]:
    """sumy's stop words for a language name, or none when it has no list."""
    if not language:
        return frozenset()
    try:
        return frozenset(get_stop_words(language))
    except LookupError:
        return frozenset()


def check() -> None:
    """Raise ``LibraryChanged`` naming the internal a sumy release moved."""
    problems = []
    if "stemmer" not in inspect.signature(AbstractSummarizer.__init__).parameters:
        problems.append("AbstractSummarizer(stemmer)")
    if not callable(getattr(AbstractSummarizer, "stem_word", None)):
        problems.append("AbstractSummarizer.stem_word")
    if getattr(SentenceInfo, "_fields", None) != ("sentence", "order", "rating"):
        problems.append("SentenceInfo(sentence, order, rating)")
    probe = ItemsCount(2)
    if probe([1, 2, 3]) != [1, 2]:
        problems.append("ItemsCount(n)(sequence)")
    model = document([[("One sentence here.", False), ("Another sentence there.", False)]],
                     str.split)
    try:
        orders = rank_all(LuhnSummarizer(), model)
    except Exception as error:  # a changed internal can fail in any way
        problems.append(f"a callable sentence count ({type(error).__name__}: {error})")
    else:
        if sorted(orders) != [0, 1]:
            problems.append("a callable sentence count receiving every SentenceInfo")
    if problems:
        raise LibraryChanged(
            "sumy changed what Pith relies on: " + "; ".join(problems)
            + ". Pith supports sumy >=0.11,<0.14; update pith.adapters.sumy."
        )
