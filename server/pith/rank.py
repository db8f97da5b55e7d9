"""Stage 5: rank sentences with a sumy summariser.

sumy's document model is built directly from the segmented paragraphs (never a round trip
through plain text, whose parser mistakes all-caps lines for headings). sumy's summarisers
return the top N sentences; passing a callable as the count hands us the whole list sorted by
rating, so one call ranks every sentence.
"""

from __future__ import annotations

from sumy.models.dom import ObjectDocumentModel, Paragraph
from sumy.models.dom import Sentence as SumySentence
from sumy.summarizers.kl import KLSummarizer
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.summarizers.lsa import LsaSummarizer
from sumy.summarizers.luhn import LuhnSummarizer
from sumy.summarizers.reduction import ReductionSummarizer
from sumy.summarizers.sum_basic import SumBasicSummarizer
from sumy.summarizers.text_rank import TextRankSummarizer

from .errors import BadRequest
from .language import LanguageTools
from .segment import Sentence, words
from .summarizer import PithSummarizer

SUMMARIZERS = {
    "pith": PithSummarizer,
    "lexrank": LexRankSummarizer,
    "textrank": TextRankSummarizer,
    "luhn": LuhnSummarizer,
    "lsa": LsaSummarizer,
    "kl": KLSummarizer,
    "sumbasic": SumBasicSummarizer,
    "reduction": ReductionSummarizer,
}


class _WordTokenizer:
    """The tokenizer interface sumy's ``Sentence`` calls; no NLTK data needed."""

    @staticmethod
    def to_words(text: str) -> tuple[str, ...]:
        return tuple(words(text))


_TOKENIZER = _WordTokenizer()


# Rankers that compare every pair of sentences (a similarity graph or matrix).
QUADRATIC = frozenset({"lexrank", "textrank", "lsa", "reduction"})


def check_name(name: str) -> None:
    """Raise ``BadRequest`` unless ``name`` is a known summariser."""
    if name not in SUMMARIZERS:
        raise BadRequest(
            f"Unknown summarizer {name!r}. Choose one of: {', '.join(SUMMARIZERS)}."
        )


def sentence_limit(name: str, config) -> int:
    """How many sentences ``name`` may rank under ``config``."""
    if name in QUADRATIC:
        return min(config.max_sentences_ranked, config.max_sentences_ranked_quadratic)
    return config.max_sentences_ranked


def make_summarizer(name: str, tools: LanguageTools, title: str | None = None):
    """A fresh summariser (they hold per-call state, so never share one across threads)."""
    check_name(name)
    summarizer = SUMMARIZERS[name](tools.stemmer)
    summarizer.stop_words = tools.stop_words
    if isinstance(summarizer, PithSummarizer):
        summarizer.title = title
    return summarizer


def rank(sentences: list[Sentence], tools: LanguageTools, *, summarizer: str,
         max_sentences: int, title: str | None = None) -> list[int]:
    """Indices into ``sentences`` of the non-heading sentences, best first.

    Only the first ``max_sentences`` sentences are ranked: the cost of graph rankers grows with
    the square of the count, and an article's key facts are not in its 2,000th sentence.
    """
    candidates = [i for i, s in enumerate(sentences) if not s.is_heading][:max_sentences]
    if not candidates:
        return []
    by_paragraph: dict[int, list[SumySentence]] = {}
    for index, sentence in enumerate(sentences[:candidates[-1] + 1]):
        by_paragraph.setdefault(sentence.paragraph, []).append(
            SumySentence(sentence.text, _TOKENIZER, is_heading=sentence.is_heading)
        )
    document = ObjectDocumentModel(Paragraph(p) for p in by_paragraph.values())

    ranked_orders: list[int] = []

    def take_all(infos):
        ranked_orders.extend(info.order for info in infos)
        return infos

    make_summarizer(summarizer, tools, title)(document, take_all)
    # ``order`` indexes document.sentences, which are exactly the candidates, in order.
    return [candidates[order] for order in ranked_orders]
