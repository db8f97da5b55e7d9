"""Stage 5: rank sentences with a summariser in sumy's shape.

sumy's document model is built directly from the segmented paragraphs (``pith.adapters.sumy``);
one call of the summariser ranks every sentence. ``pith`` (the default) is Pith's own ranker
(``pith.summarizer``); the others are sumy's.
"""

from __future__ import annotations

from .adapters import sumy
from .config import Config
from .errors import BadRequest
from .language import LanguageTools
from .segment import Sentence, words
from .summarizer import PithSummarizer

SUMMARIZERS = {"pith": PithSummarizer, **sumy.STOCK_SUMMARIZERS}

def check_name(name: str) -> None:
    """Raise ``BadRequest`` unless ``name`` is a known summariser."""
    if name not in SUMMARIZERS:
        raise BadRequest(
            f"Unknown summarizer {name!r}. Choose one of: {', '.join(SUMMARIZERS)}."
        )


def sentence_limit(name: str, config: Config) -> int:
    """How many sentences ``name`` may rank under ``config``
    (``Config.ranker_sentence_limits``, within ``max_sentences_ranked``)."""
    limit = dict(config.ranker_sentence_limits).get(name, config.max_sentences_ranked)
    return min(config.max_sentences_ranked, limit)


def make_summarizer(name: str, tools: LanguageTools, title: str | None = None,
                    description: str | None = None, opens_on_hook: bool = False,
                    survey: bool = False):
    """A fresh summariser (they hold per-call state, so never share one across threads)."""
    check_name(name)
    summarizer = SUMMARIZERS[name](tools.stemmer)
    summarizer.stop_words = tools.stop_words
    if isinstance(summarizer, PithSummarizer):
        summarizer.title = title
        summarizer.description = description
        summarizer.rules = tools.rules
        summarizer.opens_on_hook = opens_on_hook
        summarizer.survey = survey
    return summarizer


def document(sentences: list[Sentence], max_sentences: int):
    """The indices of the first ``max_sentences`` non-heading sentences, and sumy's document
    of the text up to the last of them (its non-heading sentences are exactly those)."""
    candidates = [i for i, s in enumerate(sentences) if not s.is_heading][:max_sentences]
    by_paragraph: dict[int, list[tuple[str, bool]]] = {}
    for sentence in sentences[:candidates[-1] + 1] if candidates else []:
        by_paragraph.setdefault(sentence.paragraph, []).append(
            (sentence.text, sentence.is_heading))
    return candidates, sumy.document(by_paragraph.values(), words)


def rank(sentences: list[Sentence], tools: LanguageTools, *, summarizer: str,
         max_sentences: int, title: str | None = None,
         description: str | None = None, opens_on_hook: bool = False) -> list[int]:
    """Indices into ``sentences`` of the non-heading sentences, best first. ``opens_on_hook``:
    the text opens on something other than its story (a feature's scene, a live blog's
    latest entry: ``pith.select.opens_on_hook``), whose figures Pith's ranker weighs more.

    Only the first ``max_sentences`` sentences are ranked: the cost of sumy's rankers grows
    with the square of the count or faster, and an article's key facts are not in its
    2,000th sentence.
    """
    candidates, model = document(sentences, max_sentences)
    if not candidates:
        return []
    orders = sumy.rank_all(
        make_summarizer(summarizer, tools, title, description, opens_on_hook), model)
    # ``order`` indexes the model's non-heading sentences, which are exactly the candidates.
    return [candidates[order] for order in orders]


def rank_and_survey(sentences: list[Sentence], tools: LanguageTools, *, max_sentences: int,
                    title: str | None = None, description: str | None = None,
                    opens_on_hook: bool = False) -> tuple[list[int], list[int]]:
    """Pith's own order of the non-heading sentences (``rank``'s) and a longer summary's
    survey of them: on a page with a title, the learned weights of
    ``pith.summarizer.survey_model`` blended with Pith's own (``survey_rating``); without
    one, the own order again. One reading of the text gives both."""
    candidates, model = document(sentences, max_sentences)
    if not candidates:
        return [], []
    ranker = make_summarizer("pith", tools, title, description, opens_on_hook, survey=True)
    own, surveyed = ranker.both_ratings(sumy.sentences_of(model))
    return _ordered(candidates, own), _ordered(candidates, surveyed)


def _ordered(candidates: list[int], ratings) -> list[int]:
    """``candidates`` best first by ``ratings``, ties in document order (as
    ``sumy.rank_all`` orders Pith's ranker's)."""
    return [candidates[i] for i in sorted(range(len(candidates)),
                                          key=lambda i: (-float(ratings[i]), i))]
