"""Pith's own sentence ranker, in sumy's summariser shape.

The stock sumy summarisers rate sentences by centrality alone, which on news loses to simply
taking the lead (by 3 to 7 ROUGE-1 points on CNN/DailyMail, see docs/benchmarks.md): news is
written top-down, so the first sentences already say what happened, and the vocabulary-central
sentences are often quotes or background. This ranker starts from the lead and lets the rest of
the story argue with it:

* position: a sentence's prior falls with its distance from the start of the story;
* directed centrality (PACSUM, Zheng and Lapata 2019): a sentence is important when the
  sentences *after* it elaborate on it, and less so when it only echoes what came before;
* lead similarity: a sentence close to the opening one is on the story's main thread;
* title similarity: the headline says what the story is about (when the page gives one);
* facts: sentences carrying amounts, percentages, measured quantities and dates are the
  checkable claims;
* context: a sentence that opens with a quotation, a pronoun or a connective, asks a question
  or exclaims, is a fragment, a run-on or a caption/"read more" line reads badly on its own
  and is marked down, and so is the writer's aside to the reader ("I", "you" outside a
  quotation) and the story's background ("last year", "has long");
* redundancy (maximal marginal relevance): a sentence that repeats one already ranked above it
  (a repeated caption, a restated lead) is pushed down, so the top few say different things;
* a life story (a birth and the dated moments of a life told): in a profile of someone
  living, the lines of the birth, the parents and the childhood are marked down past the
  opening (not a line giving another figure, where they are an aside to news); an obituary
  (a death reported) tells the life in its order, so there position stops counting after the
  opening, and the lines every life has (the birth, the funeral, the family, who announced
  the death) are marked down; so the points tell what the person did;
* for a longer summary of a web page (medium and long, the page has a title), learned
  weights (``survey_model``, fitted by ``bench/fit_survey.py`` on the key facts of
  bench/facts' dev half) weigh the same signals too, which reach past the opening for the
  text's checkable facts (``survey_rating``: a blend with the hand-set score); the context
  penalties stay.

Similarities are cosines of tf-idf vectors, all pairs in one numpy matrix product over the
terms that two sentences or more share; every Python loop is linear in the text (the redundancy
pass runs at most ``MMR_PICKS`` numpy steps). A news article ranks in about 2 ms; the 600
sentences ``Config.max_sentences_ranked`` allows take a few hundred.
The weights were tuned on half of the public CNN/DailyMail test split (bench/summary.py),
checked on the other half, and held to the fixture pages (tests/pages).
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np

from .adapters.sumy import BaseSummarizer, ItemsCount, SentenceInfo, null_stemmer
from .languages import GENERAL, Rules
from .segment import OPENS_QUOTE_AFTER

# What may close a question or an exclamation after its mark: quotation marks, brackets,
# spaces.
_AFTER_MARK = "”\"’' )»›」』"
_NUMBER = re.compile(r"\d")
# A year of the last two centuries or this one, in any script's text ("1936", "1936年").
_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
# An hour of the day in figures ("6.52am", "02:50", "7 h 15", "5.20 Uhr"): a scene's clock,
# no fact of the story (``gives_figure``).
_HOUR = re.compile(r"(?<![\d.,])\d{1,2}(?::\d{2}(?:\s?(?:[ap]\.?m\.?|uhr|h)(?!\w))?"
                   r"|\.\d{2}\s?(?:[ap]\.?m\.?|uhr|h)(?!\w)|\s?h\s?\d{2})(?!\d|[.,]\d)",
                   re.IGNORECASE)
# Single quotes between words ('like this') are a quotation, one inside a word an apostrophe;
# one after a sentence's punctuation closes a quotation ("... last season,' he said"). The
# tables' quotation marks have no straight single quote: they cannot tell it from an
# apostrophe.
_STRAIGHT_QUOTED = re.compile(r"(?<!\w)['‘][^'‘’]*['’](?!\w)")
_CLOSING_SINGLE = re.compile(r"(?<=[,.!?])'(?=\s|$)")

# Weights, tuned on half of the public news benchmark (bench/summary.py) and checked on the
# other half and on the fixture pages (tests/pages). Scores are on the scale of the lead's
# position prior, 1.0.
# Position prior 1 / (1 + position / POSITION_SCALE): the lead dominates, yet a later sentence
# with strong support (elaborated below, on the main thread, a fact) can still overtake it.
POSITION_SCALE = 10.0
POSITION_WEIGHT = 1.0
# PACSUM: edges weaker than this share of the article's similarity range are noise; later
# sentences that elaborate on a sentence count for it, earlier ones that it repeats against it.
EDGE_THRESHOLD = 0.1
FORWARD_WEIGHT = 1.0
BACKWARD_WEIGHT = -0.5
CENTRALITY_WEIGHT = 0.4
LEAD_WEIGHT = 0.45
TITLE_WEIGHT = 0.3
# The page's description (its publisher's line for the story) points past a feature's scene-
# setting opening to the facts it is about; news leads repeat it, so there it changes little.
# Key facts on round twelve's 26 dev pages, short: 0 / 0.3 / 0.6 / 1.0 gave 53 / 56 / 55 / 56
# (docs/benchmarks.md, round thirteen).
DESCRIPTION_WEIGHT = 0.3
# Amounts, percentages and dates multiply a score by 1 + this. On the news benchmark 0.1 to
# 0.3 score within 0.1 ROUGE-1 of each other; 0.3 (with the quote penalty below) is what keeps
# a story's late checkable facts, such as a dated next meeting, in a five-point summary.
STRONG_FACT_BONUS = 0.3
NUMBER_BONUS = 0.03
# A feature opening on a scene or an anecdote (``opens_on_hook``) tells its story in the
# figures its middle reports ("Od 1 stycznia tego miejsca nie będzie.", "... costs the council
# about £186,000 a year"), its colour in the sentences around them ("Lo apre e lo richiude, una
# volta sola, con un gesto secco."): there a sentence giving a figure other than an hour
# (``gives_figure``) counts this much more. Key facts on the dev half of bench/facts, short /
# medium / long: 0.5 +14 / +14 / +17, 1.0 +16 / +20 / +24 (docs/benchmarks.md, round
# twenty-five). News opening on its story is read as before: on every page a figure
# counting double would cost news its lead (CNN/DailyMail ROUGE-1 over Lead-3 +1.15 -> -0.29).
HOOK_FIGURE_BONUS = 1.0
# Context and furniture penalties (multiplicative). A sentence opening with a quotation is
# usually the reaction, not the news, and often needs its speaker from the next sentence.
QUOTE_OPENING_PENALTY = 0.5
CONTEXT_PENALTY = 0.85
QUESTION_PENALTY = 0.6
# A sentence ending in an exclamation mark cheers, teases or sells ("I've got to say, I'm
# impressed!", "We hope to see you soon!"): on the public pages nearly every such point was
# filler. Marked down as a question is, not ruled out.
EXCLAMATION_PENALTY = 0.6
MOSTLY_QUOTED_PENALTY = 0.8
FURNITURE_PENALTY = 0.5
# The writer speaking as "I" or to "you" outside a quotation: an aside, a hook or a call to
# the reader ("If you're like me ...", "I could get used to it."), not the story's facts. Yet
# a review's verdict may be one, so it is marked down rather than ruled out.
PERSONAL_PENALTY = 0.6
# The story's past ("last year", "has long", "years ago": the table's ``background_words``):
# what led to the news rather than the news. Editors grading the public pages marked such
# points down more than any other kind but a missing fact ("Dealers last year sold ...").
BACKGROUND_PENALTY = 0.8
# A life story (``PithSummarizer.tells_a_life``: a birth told with its year, and at least
# ``LIFE_YEARS`` years in the text, the dated moments of a life; a crash that names its
# victim's birth year dates one or two) tells the person's origins in its middle. In a
# profile of someone living (no death reported) the news and what the person did are its
# points, not where they grew up ("Nacido en Motril en 1996, Moleón es hijo de Antonio,
# pescador ..."): the lines of the birth, the parents and the childhood (the table's
# ``birth_words`` and ``upbringing_words``) count for ``LIFE_ROUTINE_PENALTY``, but in the
# opening's first ``LIFE_OPENING`` sentences, which tell the news ("Born in Lagos, Grace
# Adeyemi-Hall has been named Nurse of the Year"), and in lines giving a figure other than
# a year or a day, where the origins are an aside to the news ("... and the club will pay
# 12 million").
# An obituary (a life story whose title, description or first sentence reports a death,
# ``PithSummarizer.reports_a_death``) tells the life in its order after its opening: there a
# sentence's place says when it happened, not how much it matters, and the position prior
# stops falling after ``LIFE_OPENING`` sentences (the death and what the person was known
# for). Its routine lines (the birth, the funeral, the family, who confirmed the death: the
# table's ``birth_words`` and ``life_routine_words``) count for ``LIFE_ROUTINE_PENALTY``,
# unless they tell the death in the opening's first ``DEATH_TOLD_WITHIN`` sentences ("Her
# death was confirmed by her son, who said she died of heart failure in Bath."). Key facts
# on the dev half's obituaries and profiles, a review's invented pages and blind grades:
# docs/benchmarks.md, rounds thirty-eight and thirty-nine.
LIFE_YEARS = 5
LIFE_OPENING = 2
LIFE_ROUTINE_PENALTY = 0.5
DEATH_TOLD_WITHIN = 4
# Fewer words than this and a sentence is a fragment ("Fedex.", "His plan?").
SHORT_WORDS = 8
SHORT_PENALTY = 0.6
# More words than this and a sentence crowds the other points out of a short summary, or is
# two sentences the splitter could not part (worth +0.2 ROUGE-1 over a limit of 55).
LONG_WORDS = 35
# ...or more than this many times the article's median sentence, whichever is more.
LONG_RELATIVE = 1.6
LONG_PENALTY = 0.8
# Redundancy: a candidate loses this much score per unit of cosine similarity with the most
# similar sentence already ranked above it. Only the top MMR_PICKS are re-ordered: the longest
# summary shows 7 points, and a few spares cover what select() filters out.
REDUNDANCY = 0.6
MMR_PICKS = 12


# The ranker's features, one column each (``PithSummarizer.features``); the learned model
# (MODEL_FILE) holds one weight per name, in this order.
FEATURES = ("position", "first", "second", "third", "log_position", "relative_position",
            "centrality", "lead_similarity",
            "title_similarity", "strong_fact", "number", "opens_quote", "leans_on_context",
            "question", "exclamation", "mostly_quoted", "furniture", "personal", "background",
            "short", "long", "words")
MODEL_FILE = "data/ranker.json"
# A longer summary of a web page (medium and long, where the page has a title) surveys the
# whole text for its checkable facts: a logistic model learned by ``bench/fit_survey.py``
# from the key facts of the dev half of bench/facts, over some of ``FEATURES`` and these,
# rates how likely a sentence is to state one; the hand-set context penalties scale that
# (``_penalties``) and the hand-set score is blended in (``SURVEY_HAND_SHARE``, below;
# docs/benchmarks.md, round thirty-one). The short summary keeps the hand-set weights: the
# lead's thread, and the seed's three facts (which the learned weights lose to background
# sentences giving a figure); a longer one shows the short one's points first
# (``pipeline.rank_and_choose``), and the survey's best after them.
SURVEY_FILE = "data/survey.json"
SURVEY_EXTRA = ("described", "figure", "hooked")
# The learned probabilities span two orders of magnitude within a page where the hand-set
# scores span a few units, and the penalties were set on that narrower scale: a rating is the
# probability to this power, times the penalties (a "declined to comment" line giving a
# figure, a writer's aside, stay below the story's plain facts). Key facts among the best 4 /
# 6 / 8 sentences of each dev page, cross-validated (bench/fit_survey.py prints them), on the
# 340 dev pages the shipped weights were fitted on: the hand-set score .449 / .559 / .648,
# the learned one as fitted .538 / .658 / .740, spread and penalised .533 / .656 / .741,
# blended (``survey_rating``) .522 / .642 / .719. (The dev half has 364 pages since round
# thirty-three, not refitted; on them the script prints .445 / .557 / .641, .529 / .644 /
# .731, .525 / .643 / .727, .517 / .632 / .707.)
SURVEY_SPREAD = 0.5
# ... and page furniture (a call to action, a line saying nothing was said: "The contractor,
# paid $4 million ..., declined to comment.") counts for this much: the facts it learned from
# are never furniture, so a figure there would lift it over the story's own plain sentences.
SURVEY_FURNITURE_PENALTY = 0.1
# The survey's rating keeps this share of the hand-set one (a weighted geometric mean of the
# two, each scaled to its best): the learned weights alone lifted a promo's price, an author's
# age or a results table's line over the story's point when it gave no figure (a review
# found 18 of 38 invented pages worse). Held out, key facts at medium / long: hand-set
# 711 / 802 of 1,182, learned alone 738 / 850, this share 721 / 836 (with the short
# summary's points first, ``pipeline.rank_and_choose``).
SURVEY_HAND_SHARE = 0.3


class PithSummarizer(BaseSummarizer):
    """Rates news sentences by position, directed centrality, lead and headline similarity and
    factual content, then orders the best ones to avoid repeating themselves."""

    def __init__(self, stemmer=null_stemmer, title: str | None = None,
                 rules: Rules = GENERAL, description: str | None = None):
        super().__init__(stemmer)
        self.stop_words = frozenset()
        self.title = title
        self.description = description  # the page's own line for the story
        self.rules = rules  # the language's table: facts, context words, quotation marks
        self.opens_on_hook = False  # a feature's scene or anecdote opens the text
        self.survey = False  # rating for a longer summary: the learned ``survey_model``
        self._stems: dict[str, str] = {}  # word -> stem ("" for a stop word), per summariser

    def __call__(self, document, sentences_count):
        sentences = document.sentences
        if not sentences:
            return ()
        # Ratings by position, not sumy's dict keyed by text: a sentence repeated word for word
        # (a caption echoing the body) must rank below its first occurrence.
        ratings = self._ratings(sentences)
        infos = sorted((SentenceInfo(s, order, float(r))
                        for order, (s, r) in enumerate(zip(sentences, ratings))),
                       key=lambda info: info.rating, reverse=True)
        if not callable(sentences_count):
            sentences_count = ItemsCount(sentences_count)
        return tuple(info.sentence
                     for info in sorted(sentences_count(infos), key=lambda info: info.order))

    def rate_sentences(self, sentences) -> dict:
        """A rating for every sentence (sumy ``Sentence`` objects), higher is better.

        sumy keys ratings by text, so a repeated sentence keeps its best rating here.
        """
        ratings = {}
        for sentence, rating in zip(sentences, self._ratings(sentences)):
            ratings[sentence] = max(float(rating), ratings.get(sentence, -math.inf))
        return ratings

    def _ratings(self, sentences) -> np.ndarray:
        """The ratings ``__call__`` orders by: the survey's for a survey, else the own."""
        return self.both_ratings(sentences)[1]

    def both_ratings(self, sentences) -> tuple[np.ndarray, np.ndarray]:
        """The ratings by the ranker's own weights and, for a survey (``survey``, on a page
        with a title), the survey's: the learned rating blended with the own one
        (``survey_rating``); the own ratings twice otherwise. One reading of the text's
        features serves both (a longer summary needs the two orders)."""
        features, similarity, described, figures, own, routine = self._read(sentences)
        model = ranker_model()
        mine = _diversify(own, similarity, model.redundancy if model is not None else REDUNDANCY)
        survey = survey_model() if self._surveys else None
        if survey is None:
            return mine, mine
        columns = _survey_columns(features, described, figures, self.opens_on_hook)
        learned = (survey.probability(columns) ** SURVEY_SPREAD
                   * _penalties(columns, SURVEY_FURNITURE_PENALTY))
        if routine is not None:  # a life story's
            learned = learned * routine
        # On the hand-set scale (the best 1), which the redundancy step's weight is set for.
        return mine, _diversify(survey_rating(own, learned), similarity, REDUNDANCY)

    @property
    def _surveys(self) -> bool:
        """Whether this ranking is a survey: asked for, of a page with a title."""
        return self.survey and bool(self.title)

    def features(self, sentences) -> tuple[np.ndarray, np.ndarray]:
        """The ranker's features of every sentence (one row each, columns as ``FEATURES``)
        and the sentences' cosine similarities."""
        features, similarity, _, _ = self._features(sentences)
        return features, similarity

    def survey_inputs(self, sentences) -> tuple[dict[str, np.ndarray], np.ndarray]:
        """What a survey reads of each sentence: every column ``survey_model`` may read, by
        name (``FEATURES`` and ``SURVEY_EXTRA``), and the score by the ranker's own weights
        the learned one is blended with (what ``bench/fit_survey.py`` learns from)."""
        features, _, described, figures, own, _ = self._read(sentences, figures=True)
        return _survey_columns(features, described, figures, self.opens_on_hook), own

    def _read(self, sentences, figures: bool = False):
        """``_features``, each sentence's share of the description, whether it gives a
        figure (when the hook, a survey or ``figures`` asks; else None), its score by the
        ranker's own weights (a hook's figures counted twice; an obituary's position held
        level after its opening; a life story's routine lines marked down) and, for a life
        story (``tells_a_life``), the factor marking those lines down (``_routine``; else
        None)."""
        features, similarity, bags, texts = self._features(sentences)
        described = self._share_of(self.description, bags)
        gives = (np.array([gives_figure(text) for text in texts], dtype=float)
                 if figures or self.opens_on_hook or self._surveys else None)
        model = ranker_model()
        routine = obituary = None
        if self.tells_a_life(texts):
            obituary = self.reports_a_death(texts)
            routine = self._routine(texts, obituary)
        if model is None:
            score = _hand_set_score(_flattened(features) if obituary else features, described)
        else:  # fitted on news with neither headlines nor descriptions
            logit = features @ model.weights + model.bias
            if self.title:
                logit += model.title_weight * features[:, FEATURES.index("title_similarity")]
            score = 1.0 / (1.0 + np.exp(-logit))
        if self.opens_on_hook:
            score = score * (1.0 + HOOK_FIGURE_BONUS * gives)
        if routine is not None:
            score = score * routine
        return features, similarity, described, gives, score, routine

    def tells_a_life(self, texts: list[str]) -> bool:
        """Whether the page whose sentences are ``texts`` tells a life, a profile's or an
        obituary's: a sentence tells a birth (the table's ``birth_words``) with its year,
        and the text gives ``LIFE_YEARS`` years or more."""
        if not any(self.rules.birth.search(t) and _YEAR.search(t) for t in texts):
            return False
        return len({year for t in texts for year in _YEAR.findall(t)}) >= LIFE_YEARS

    def reports_a_death(self, texts: list[str]) -> bool:
        """Whether the page's title, description or first sentence (of ``texts``) reports a
        death (the table's ``death_words``): a life story that does is an obituary."""
        told = (self.title, self.description, texts[0] if texts else None)
        return any(text and self.rules.death.search(text) for text in told)

    def _routine(self, texts: list[str], obituary: bool) -> np.ndarray:
        """One factor per sentence (``texts``) of a life story: ``LIFE_ROUTINE_PENALTY`` for
        a line of the life every such story tells, 1 otherwise. In a profile, the origins
        (``Rules.origins``) after the opening's first ``LIFE_OPENING`` sentences, unless
        they give a figure other than a year or a day, the news they are an aside to ("Hijo
        de un pescador, firmará hasta junio de 2028 y el Granada pagará 12 millones"); in an
        ``obituary``, the birth, the funeral, the family and the mourning
        (``Rules.life_routine``) anywhere, unless the line tells the death (``Rules.death``)
        among the text's first ``DEATH_TOLD_WITHIN`` sentences (later, a death told is a
        relative's: "... married to Peter, who died in 2010.")."""
        rules = self.rules

        def routine(row: int, text: str) -> bool:
            if obituary:
                return bool(rules.life_routine.search(text)) and not (
                    row < DEATH_TOLD_WITHIN and rules.death.search(text))
            return (row >= LIFE_OPENING and bool(rules.origins.search(text))
                    and not gives_figure(_YEAR.sub(" ", rules.dated_day.sub(" ", text))))
        return np.array([LIFE_ROUTINE_PENALTY if routine(row, text) else 1.0
                         for row, text in enumerate(texts)])

    def _features(self, sentences
                  ) -> tuple[np.ndarray, np.ndarray, list[list[str]], list[str]]:
        """``features``, and each sentence's terms (``_terms``) and text, read once."""
        n = len(sentences)
        texts = [str(s) for s in sentences]
        bags = [self._terms(s.words) for s in sentences]
        similarity = _cosines(bags)
        columns = np.zeros((n, len(FEATURES)))
        index = np.arange(n)
        columns[:, 0] = 1.0 / (1.0 + index / POSITION_SCALE)
        columns[:3, 1:4] = np.eye(3)[:n]  # first, second, third
        columns[:, 4] = np.log1p(index)
        columns[:, 5] = index / max(1, n - 1)
        columns[:, 6] = _directed_centrality(similarity)
        columns[:, 7] = similarity[:, 0]
        columns[:, 8] = self._share_of(self.title, bags)
        lengths = [len(sentence.words) for sentence in sentences]
        # "Long" is measured against the article's own sentences as well as in words: a
        # translation runs 10-30% longer than its English, sentence for sentence.
        long_words = max(LONG_WORDS, LONG_RELATIVE * float(np.median(lengths)))
        for row, (text, n_words) in enumerate(zip(texts, lengths)):
            columns[row, 9:] = _content_features(text, n_words, self.rules, long_words)
        return columns, similarity, bags, texts

    def _share_of(self, text: str | None, bags: list[list[str]]) -> np.ndarray:
        """For each sentence (its ``bags`` of terms), the share of ``text``'s terms it
        carries: its similarity to the page's title or description."""
        terms = set(self._terms(text.split())) if text else set()
        if not terms:
            return np.zeros(len(bags))
        return np.array([len(terms.intersection(bag)) / len(terms) for bag in bags])

    def _terms(self, words) -> list[str]:
        """Stems of the content words (stop words and punctuation left out), each distinct
        word stemmed once per article: a story repeats its words."""
        terms = []
        stems = self._stems
        for word in words:
            term = stems.get(word)
            if term is None:
                lower = word.lower()
                term = ("" if lower in self.stop_words or not any(c.isalnum() for c in word)
                        else self.stem_word(word))
                stems[word] = term
            if term:
                terms.append(term)
        return terms


def _cosines(bags: list[list[str]]) -> np.ndarray:
    """Cosine similarity of every pair of sentences' tf-idf vectors (idf over the article's own
    sentences), with zeros on the diagonal.

    Only terms found in two sentences or more can make two sentences alike, so the matrix
    multiplied holds just those columns (norms still count every term); most of a news
    article's vocabulary occurs once, which keeps the product small.
    """
    n = len(bags)
    vocabulary: dict[str, int] = {}
    rows, columns = [], []
    for row, bag in enumerate(bags):
        for term in bag:
            rows.append(row)
            columns.append(vocabulary.setdefault(term, len(vocabulary)))
    size = max(len(vocabulary), 1)
    cells, counts = np.unique(np.array(rows, dtype=np.int64) * size
                              + np.array(columns, dtype=np.int64), return_counts=True)
    cell_rows, cell_columns = np.divmod(cells, size)
    document_frequency = np.bincount(cell_columns, minlength=size)
    weights = counts * (np.log((1 + n) / (1 + document_frequency[cell_columns])) + 1)
    norms = np.sqrt(np.bincount(cell_rows, weights=weights ** 2, minlength=n))
    shared = document_frequency[cell_columns] >= 2
    compact = np.cumsum(document_frequency >= 2) - 1
    unit = np.zeros((n, max(int(compact[-1]) + 1 if len(compact) else 0, 1)))
    unit[cell_rows[shared], compact[cell_columns[shared]]] = (
        weights[shared] / norms[cell_rows[shared]]
    )
    similarity = unit @ unit.T
    np.fill_diagonal(similarity, 0.0)
    return similarity


def _directed_centrality(similarity: np.ndarray) -> np.ndarray:
    """PACSUM's position-aware degree, scaled to at most 1 in absolute value."""
    n = len(similarity)
    if n < 2:
        return np.zeros(n)
    off_diagonal = similarity[~np.eye(n, dtype=bool)]
    low, high = off_diagonal.min(), off_diagonal.max()
    edges = np.maximum(similarity - (low + EDGE_THRESHOLD * (high - low)), 0.0)
    later = np.triu(edges, 1).sum(axis=1)
    earlier = np.tril(edges, -1).sum(axis=1)
    centrality = FORWARD_WEIGHT * later + BACKWARD_WEIGHT * earlier
    scale = np.abs(centrality).max()
    return centrality / scale if scale > 0 else centrality


def _diversify(score: np.ndarray, similarity: np.ndarray,
               redundancy: float = REDUNDANCY) -> np.ndarray:
    """Maximal marginal relevance over the best ``MMR_PICKS``: each pick is the sentence whose
    score, less its redundancy with the picks so far, is highest. Picks are rated above every
    other sentence, in pick order; the rest keep their own scores."""
    ratings = score.copy()
    remaining = np.ones(len(score), dtype=bool)
    closest = np.zeros(len(score))
    picks = min(MMR_PICKS, len(score))
    top = float(score.max()) + 1.0
    for rank in range(picks):
        marginal = np.where(remaining, score - redundancy * closest, -np.inf)
        best = int(np.argmax(marginal))
        ratings[best] = top + picks - rank
        remaining[best] = False
        closest = np.maximum(closest, similarity[best])
    return ratings


def is_question(text: str) -> bool:
    """Whether ``text`` asks rather than says: it ends with a question mark, before any
    closing quotation marks or brackets, and any exclamation marks ("... the brand?!")."""
    return text.rstrip(_AFTER_MARK).rstrip("!！").endswith(("?", "？"))


def is_exclamation(text: str) -> bool:
    """Whether ``text`` exclaims: it ends with an exclamation mark, before any closing
    quotation marks or brackets ("?!" included)."""
    return text.rstrip(_AFTER_MARK).endswith(("!", "！"))


def is_personal(text: str, rules: Rules, who: str = "any") -> bool:
    """Whether the writer speaks in the first or second person outside any quotation
    (the table's ``personal_words``): "I" or "you" in their own sentence, not in a quote
    they report, whole or a piece of one; not a word of a title ("The Captain and Me") or in
    capitals ("MI"). ``who``: "writer" counts only the first person ("I"), "reader" only
    the second ("you", the table's ``reader_words``)."""
    if not rules.personal_words:
        return False
    pattern = {"writer": rules.writer, "reader": rules.reader}.get(who, rules.personal)
    plain = outside_quotations(text, rules)
    for match in pattern.finditer(plain):
        word = match.group(0)
        if word == "I" or word.islower():
            return True
        # Capitalised, it opens the sentence ("You see, ..."), or is a word of a title or a
        # name ("The Captain and Me"); in capitals it is an abbreviation ("MI").
        if word.istitle() and not plain[:match.start()].strip(rules.opening_quotes + " (-—"):
            return True
    return False


def outside_quotations(text: str, rules: Rules) -> str:
    """``text`` without what it quotes: its whole quotations, and a quotation running on
    from the sentence before (up to the first closing mark) or into the next one (from the
    first opening mark). Marks are read as the splitter reads them (``pith.segment``)."""
    plain = _STRAIGHT_QUOTED.sub(" ", rules.quoted.sub(" ", text))
    marks = [*rules.quote_marks.finditer(plain), *_CLOSING_SINGLE.finditer(plain)]
    for match in sorted(marks, key=lambda m: m.start()):
        mark, at = match.group(), match.start()
        before = plain[at - 1] if at else " "
        after = plain[at + 1] if at + 1 < len(plain) else " "
        if mark in "’'" and before.isalpha() and after.isalpha():
            continue  # an apostrophe: "Ukraine’s"
        opens = mark in rules.quote_closers and (mark not in rules.two_way_quotes
                                                 or before in OPENS_QUOTE_AFTER)
        return plain[:at] if opens else plain[at + 1:]
    return plain


def gives_figure(text: str) -> bool:
    """Whether ``text`` gives a figure other than an hour of the day (``_HOUR``)."""
    return _NUMBER.search(_HOUR.sub(" ", text)) is not None


def has_strong_fact(text: str, rules: Rules) -> bool:
    """Whether ``text`` carries an amount, a percentage or a dated day of its language."""
    # A strong fact has a digit, or in Chinese and Japanese may be written in numerals.
    return bool((rules.unspaced or _NUMBER.search(text)) and rules.strong_fact.search(text))


def _content_features(text: str, n_words: int, rules: Rules,
                      long_words: float = LONG_WORDS) -> list[float]:
    """The content columns of ``FEATURES`` (from "strong_fact" on) for one sentence."""
    has_digit = _NUMBER.search(text) is not None
    strong = has_strong_fact(text, rules)
    opens_quote = rules.opens_with_quote.match(text) is not None
    leans = not opens_quote and rules.leans_on_context.match(text) is not None
    question = is_question(text)
    exclamation = is_exclamation(text)
    quoted = sum(len(m) for m in rules.quoted.findall(text)) > len(text) / 2
    furniture = rules.furniture.search(text) is not None
    personal = is_personal(text, rules)
    background = rules.background.search(text) is not None
    return [float(strong), float(has_digit and not strong), float(opens_quote), float(leans),
            float(question), float(exclamation), float(quoted), float(furniture), float(personal),
            float(background), float(n_words < SHORT_WORDS),
            float(n_words > long_words), min(n_words, 2 * LONG_WORDS) / LONG_WORDS]


def _hand_set_score(features: np.ndarray, described: np.ndarray) -> np.ndarray:
    """The hand-set weights, used when no learned model ships (see ``ranker_model``);
    ``described``: each sentence's share of the page's description (``_share_of``; zeros
    when the page has none)."""
    f = _columns(features)
    score = (POSITION_WEIGHT * f["position"] + CENTRALITY_WEIGHT * f["centrality"]
             + LEAD_WEIGHT * (f["lead_similarity"] + f["first"])
             + TITLE_WEIGHT * f["title_similarity"])
    score = score + DESCRIPTION_WEIGHT * described
    factor = 1.0 + STRONG_FACT_BONUS * f["strong_fact"] + NUMBER_BONUS * f["number"]
    return score * factor * _penalties(f)


def _flattened(features: np.ndarray) -> np.ndarray:
    """``features`` with the position prior held level after an obituary's opening
    (``LIFE_OPENING``)."""
    flat = features.copy()
    if len(flat) > LIFE_OPENING:
        flat[LIFE_OPENING:, 0] = flat[LIFE_OPENING, 0]
    return flat


def _columns(features: np.ndarray) -> dict[str, np.ndarray]:
    """The ranker's features by name (``FEATURES``)."""
    return {name: features[:, i] for i, name in enumerate(FEATURES)}


def _survey_columns(features: np.ndarray, described: np.ndarray, figures: np.ndarray,
                    hooked: bool) -> dict[str, np.ndarray]:
    """Every column ``survey_model`` may read, by name: ``FEATURES`` and ``SURVEY_EXTRA``."""
    columns = _columns(features)
    columns["described"] = described
    columns["figure"] = figures
    columns["hooked"] = np.full(len(features), float(hooked))
    return columns


def survey_rating(hand: np.ndarray, learned: np.ndarray) -> np.ndarray:
    """A longer summary's rating of a page's sentences: the hand-set score and the learned
    one (``SurveyModel.probability``, spread and penalised), each scaled to its best, in a
    geometric mean weighted ``SURVEY_HAND_SHARE`` to the hand-set one."""
    hand = np.maximum(hand / max(float(hand.max()), 1e-9), 1e-6)
    learned = np.maximum(learned / max(float(learned.max()), 1e-9), 1e-6)
    return hand ** SURVEY_HAND_SHARE * learned ** (1.0 - SURVEY_HAND_SHARE)


def _penalties(f: dict[str, np.ndarray], furniture: float = FURNITURE_PENALTY) -> np.ndarray:
    """The hand-set context and furniture penalties, one factor per sentence, from its
    columns by name (``FEATURES``): what reads badly on its own, whichever weights rate what
    it says (``furniture``: the factor for page furniture)."""
    factor = np.where(f["opens_quote"] > 0, QUOTE_OPENING_PENALTY,
                      np.where(f["leans_on_context"] > 0, CONTEXT_PENALTY, 1.0))
    factor *= np.where(f["question"] > 0, QUESTION_PENALTY,
                       np.where(f["exclamation"] > 0, EXCLAMATION_PENALTY, 1.0))
    factor *= np.where(f["mostly_quoted"] > 0, MOSTLY_QUOTED_PENALTY, 1.0)
    factor *= np.where(f["furniture"] > 0, furniture, 1.0)
    factor *= np.where(f["personal"] > 0, PERSONAL_PENALTY, 1.0)
    factor *= np.where(f["background"] > 0, BACKGROUND_PENALTY, 1.0)
    factor *= np.where(f["short"] > 0, SHORT_PENALTY, np.where(f["long"] > 0, LONG_PENALTY, 1.0))
    return factor


@dataclass(frozen=True)
class RankerModel:
    """Learned weights of the ranker (``pith/data/ranker.json``, fitted by
    ``bench/fit_ranker.py``): a logistic model over ``FEATURES``."""

    weights: np.ndarray
    bias: float
    title_weight: float  # hand-set: the news data the model learns from has no headlines
    redundancy: float


@lru_cache(maxsize=1)
def ranker_model() -> RankerModel | None:
    """The shipped learned weights, read once; None when the file is absent (today: no fit
    has beaten the hand-set weights on held-out news, docs/benchmarks.md)."""
    try:
        text = resources.files("pith").joinpath(MODEL_FILE).read_text("utf-8")
    except FileNotFoundError:
        return None
    return read_model(text)


@dataclass(frozen=True)
class SurveyModel:
    """Learned weights for a longer summary (``pith/data/survey.json``, fitted by
    ``bench/fit_survey.py``): a logistic model over the named columns of
    ``PithSummarizer.survey_inputs``, each standardised by the fit's mean and scale."""

    features: tuple[str, ...]
    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray
    bias: float

    def probability(self, columns: dict[str, np.ndarray]) -> np.ndarray:
        """How likely each sentence is to state one of its page's key facts."""
        x = np.column_stack([columns[name] for name in self.features])
        logit = ((x - self.mean) / self.scale) @ self.weights + self.bias
        return 1.0 / (1.0 + np.exp(-logit))


@lru_cache(maxsize=1)
def survey_model() -> SurveyModel | None:
    """The shipped survey weights, read once; None when the file is absent (the hand-set
    weights rank every length then)."""
    try:
        text = resources.files("pith").joinpath(SURVEY_FILE).read_text("utf-8")
    except FileNotFoundError:
        return None
    return read_survey(text)


def read_survey(text: str) -> SurveyModel:
    """A ``SurveyModel`` from the JSON ``bench/fit_survey.py`` writes."""
    data = json.loads(text)
    names = tuple(data["features"])
    unknown = set(names) - set(FEATURES) - set(SURVEY_EXTRA)
    if unknown or not names:
        raise ValueError(f"{SURVEY_FILE} reads columns the ranker does not give "
                         f"({', '.join(sorted(unknown))}); refit it with bench/fit_survey.py")
    arrays = [np.array(data[key], dtype=float) for key in ("mean", "scale", "weights")]
    if any(a.shape != (len(names),) for a in arrays) or not np.all(arrays[1] > 0):
        raise ValueError(f"{SURVEY_FILE} is malformed; refit it with bench/fit_survey.py")
    return SurveyModel(names, *arrays, bias=float(data["bias"]))


def read_model(text: str) -> RankerModel:
    """A ``RankerModel`` from the JSON ``bench/fit_ranker.py`` writes."""
    data = json.loads(text)
    if list(data["features"]) != list(FEATURES):
        raise ValueError(f"{MODEL_FILE} was fitted on other features; refit it with "
                         "bench/fit_ranker.py")
    return RankerModel(weights=np.array(data["weights"], dtype=float), bias=float(data["bias"]),
                       title_weight=float(data["title_weight"]),
                       redundancy=float(data["redundancy"]))