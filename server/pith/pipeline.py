"""The one pipeline: decode -> extract -> clean -> segment -> rank -> select (-> present).

Public API (stable; the HTTP routes, the CLI, the benchmarks and the tests all call it):

* ``summarize(html, *, url=None, length="medium", ...) -> Summary``
* ``extract(html, *, url=None, ...) -> Article``

``html`` is ``bytes`` (decoded as a browser would) or ``str``. Stages raise the domain errors
of ``pith.errors``; callers at the edges turn them into HTTP statuses or exit codes.
``pith.present`` turns a ``Summary`` into JSON, Markdown or text.
"""

from __future__ import annotations

import math
import time
from dataclasses import replace
from typing import NamedTuple

from . import clean as clean_stage
from . import decode as decode_stage
from . import extraction as extract_stage
from . import language as languages
from . import rank as rank_stage
from . import segment as segment_stage
from . import select as select_stage
from .config import DEFAULT, Config
from .errors import BadRequest, NotAnArticle, Timeout
from .metadata import PageMetadata
from .models import Article, KeyPoint, Summary, Timing

# Adult silent reading speed for non-fiction, words per minute (Brysbaert 2019: 238).
READING_WPM = 238

__all__ = ["Article", "KeyPoint", "Summary", "extract", "summarize"]


def summarize(html: bytes | str, *, url: str | None = None, length: str = "medium",
              summarizer: str | None = None, language: str | None = None,
              include_text: bool = False, content_type: str | None = None,
              config: Config = DEFAULT) -> Summary:
    """Summarise a page into a tl;dr and key points.

    :param html: the page, as bytes (any charset) or text.
    :param url: the page's address, reported back and used to resolve links.
    :param length: ``"short"``, ``"medium"`` or ``"long"``: at most 3, 5 or 7 key points.
    :param summarizer: the ranker, a name from ``pith.rank.SUMMARIZERS``; default
        ``config.summarizer`` (Pith's own).
    :param language: an ISO 639 code overriding the page's declared language.
    :param include_text: whether the JSON form of the result carries the cleaned paragraphs.
    :param content_type: the HTTP ``Content-Type`` the page came with, for its charset.
    :param config: limits and defaults (``pith.config.Config``).
    :raises PithError: a subclass saying what is wrong with the input.
    """
    clock = _Clock(config.request_timeout)
    if length not in select_stage.LENGTHS:
        raise BadRequest(
            f"Unknown length {length!r}. Choose one of: {', '.join(select_stage.LENGTHS)}."
        )
    summarizer = summarizer or config.summarizer
    rank_stage.check_name(summarizer)
    page = _segmented(html, url=url, content_type=content_type, config=config, clock=clock,
                      language=language)
    article, blocks, meta, tools, sentences = page
    _, reading = rank_and_choose(
        sentences, tools, select_stage.LENGTHS[length], summarizer=summarizer, config=config,
        paragraphs=[b.text for b in blocks], kinds=page.kinds, title=article.title,
        description=page.description, types=meta.types, published=article.published,
        genre=page.genre, lap=clock.lap)
    tldr, points = reading.tldr, reading.points
    if not points:
        raise NotAnArticle("The page has no sentences that make a summary (it may be a list, "
                           "a table or a gallery).")
    clock.lap("select")
    stats = {
        "words": article.words,
        "sentences": sum(1 for s in sentences if not s.is_heading),
        "reading_minutes": max(1, math.ceil(article.words / READING_WPM)),
        "summarizer": summarizer,
        "language_rules": tools.rules.code,  # the table the text was read by, or "general"
    }
    return Summary(
        article=article,
        tldr=tldr.text if tldr else None,
        key_points=tuple(KeyPoint(p.text, p.paragraph, p.start, p.end, section=label)
                         for p, label in zip(points, reading.labels)),
        length=length,
        stats=stats,
        timing=clock.timing(),
        include_text=include_text,
    )


def rank_and_choose(sentences, tools, count: int, *, summarizer: str, config: Config,
                    paragraphs: list[str], kinds: list[str] | None = None,
                    title: str | None = None, description: str | None = None,
                    types: frozenset[str] = frozenset(), published: str | None = None,
                    genre: str | None = None, lap=lambda stage: None):
    """Stages 5 and 6 over a text's sentences: its opening read once (whether it is a live
    blog, whether it opens on a hook, which only Pith's own ranker weighs), the ranking (for
    more key points than a short summary's, on a page with a title: the short summary's
    points, then a survey of the whole text, ``rank_stage.rank``), and the tl;dr and
    ``count`` key points: the ranking and the ``select_stage.Reading``. ``lap`` is told as
    each stage ends."""
    described, opening, live, hooked = _before_ranking(
        sentences, tools, config=config, kinds=kinds, title=title, description=description,
        types=types, genre=genre)
    hooked = hooked and summarizer == "pith"
    limit = rank_stage.sentence_limit(summarizer, config)

    def chosen(ranked: list[int], points: int) -> select_stage.Reading:
        return select_stage.choose(
            sentences, ranked, points, tools.rules, tools.stop_words, paragraphs=paragraphs,
            kinds=kinds, title=title, description=described, published=published,
            genre=genre, live=live, opening=opening)

    short = select_stage.LENGTHS["short"]
    if count > short and summarizer == "pith" and title:
        # A longer summary of a web page: the short one's points first (so it shows them
        # all), then the sentences in the survey's order (``pith.summarizer.survey_model``).
        ranked, surveyed = rank_stage.rank_and_survey(
            sentences, tools, max_sentences=limit, title=title, description=description,
            opens_on_hook=hooked)
        first = select_stage.shown_sentences(sentences, chosen(ranked, short).points)
        taken = set(first)
        ranked = first + [i for i in surveyed if i not in taken]
    else:
        ranked = rank_stage.rank(sentences, tools, summarizer=summarizer, max_sentences=limit,
                                 title=title, description=description, opens_on_hook=hooked)
    lap("rank")
    return ranked, chosen(ranked, count)


def _before_ranking(sentences, tools, *, config: Config, kinds: list[str] | None,
                 title: str | None, description: str | None, types: frozenset[str],
                 genre: str | None):
    """What ``rank_and_choose`` reads before ranking: the page's description in sentences,
    the text's opening (``select_stage.read_opening``), whether it is a live blog, and
    whether Pith's ranker is to weigh it as opening on something other than its story
    (``select_stage.opens_on_hook``)."""
    described = _sentences_of(description, tools, config)
    opening = select_stage.read_opening(sentences, tools.rules, tools.stop_words, kinds=kinds,
                                        title=title, description=described, genre=genre)
    live = select_stage.live_blog(sentences, types, kinds, tools.rules)
    return described, opening, live, select_stage.opens_on_hook(opening, live)


class _Segmented(NamedTuple):
    """A page read up to its sentences (``_segmented``)."""

    article: Article
    blocks: list[clean_stage.Block]
    meta: PageMetadata
    tools: languages.LanguageTools
    sentences: list[segment_stage.Sentence]

    @property
    def kinds(self) -> list[str]:
        return [b.kind for b in self.blocks]

    @property
    def description(self) -> str | None:
        """The page's description, as much of it as is read (``DESCRIPTION_CHARS``): of its
        descriptions, the one telling the story (``select.story_description``: not
        "Reportage dans une maternité de campagne ..." in og:description when the meta
        description tells the story)."""
        line = select_stage.story_description(self.meta.descriptions, self.tools.rules,
                                              self.sentences, self.tools.stop_words)
        return line[:DESCRIPTION_CHARS] if line else None

    @property
    def genre(self) -> str | None:
        return select_stage.page_genre(self.tools.rules, self.meta.titles, self.meta.types,
                                       self.meta.sections)


def _segmented(html, *, url=None, content_type=None, config: Config = DEFAULT,
               clock: _Clock | None = None, language: str | None = None) -> _Segmented:
    """Stages 1 to 4: the page decoded, its article extracted and cleaned, split into
    sentences by the tools of its language (what ``summarize`` ranks; the benchmarks read
    pages the same way)."""
    clock = clock or _Clock(config.request_timeout)
    article, blocks, decision, meta = _extract(
        html, url=url, content_type=content_type, config=config, clock=clock,
        language=language)
    tools = languages.tools_for(decision)
    sentences = segment_stage.segment(blocks, tools,
                                      max_sentence_chars=config.max_sentence_chars,
                                      title=article.title, site=meta.site_name)
    clock.lap("segment")
    return _Segmented(article, blocks, meta, tools, sentences)


# Of the page's description, only this many characters are read: a publisher's line for the
# story is far shorter, a page's is unbounded.
DESCRIPTION_CHARS = 2_000


def _sentences_of(description: str | None, tools, config: Config) -> list[str] | None:
    """The page's description (cut to ``DESCRIPTION_CHARS``), split into sentences as the
    article's are."""
    if not description:
        return None
    block = clean_stage.Block(description)
    return [s.text for s in segment_stage.segment(
        [block], tools, max_sentence_chars=config.max_sentence_chars)]


def extract(html: bytes | str, *, url: str | None = None, content_type: str | None = None,
            config: Config = DEFAULT) -> Article:
    """Return the cleaned article of a page: title, metadata and paragraphs.

    ``Article.text`` is the body with paragraphs separated by a blank line, without the title.
    ``content_type`` and ``config`` are those of ``summarize``.
    """
    article, _, _, _ = _extract(html, url=url, content_type=content_type, config=config,
                             clock=_Clock(config.request_timeout))
    return article


class _Clock:
    """Times each stage and holds the per-call deadline, checked as each stage ends."""

    _DOING = {"decode": "decoding the page", "extract": "finding the article",
              "clean": "cleaning the text", "segment": "splitting sentences",
              "rank": "ranking", "select": "choosing the key points"}

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.started = self.last = time.perf_counter()
        self._laps: dict[str, float] = {}

    def lap(self, stage: str) -> None:
        now = time.perf_counter()
        self._laps[stage] = round((now - self.last) * 1000, 2)
        self.last = now
        if now - self.started > self.seconds:
            raise Timeout(f"Summarising this page took longer than {self.seconds:g} s "
                          f"(stopped while {self._DOING[stage]}).")

    def timing(self) -> Timing:
        return Timing(elapsed_ms=round((time.perf_counter() - self.started) * 1000, 1),
                      stage_ms=dict(self._laps))


def _extract(html, *, url, content_type, config: Config, clock: _Clock,
             language: str | None = None):
    """The cleaned article, its blocks, the language decision (made once, on the cleaned
    text) and the page's metadata (its description, a witness of what the story is about;
    its titles and types, what kind of page it is)."""
    decoded = decode_stage.read(html, content_type, max_bytes=config.max_body_bytes)
    clock.lap("decode")
    extraction = extract_stage.extract(decoded.text, url=url, max_elements=config.max_elements)
    clock.lap("extract")
    meta = extraction.metadata
    # Boilerplate removal shrinks the text, so gather somewhat more than the cap keeps.
    blocks = clean_stage.clean(extraction.content, title=extraction.title, byline=meta.byline,
                               max_chars=2 * config.max_text_chars)
    blocks = _cap_text(blocks, config.max_text_chars)
    decision = languages.decide(language, meta.language,
                                "\n".join(b.text for b in blocks if not b.is_heading))
    clock.lap("clean")
    words = sum(segment_stage.count_words(b.text) for b in blocks if not b.is_heading)
    if words < config.min_article_words:
        raise NotAnArticle(
            f"The page has too little article text to summarise ({words} words; at "
            f"least {config.min_article_words} are needed)."
        )
    article = Article(
        title=extraction.title,
        paragraphs=tuple(b.text for b in blocks),
        words=words,
        byline=meta.byline,
        site_name=meta.site_name,
        published=meta.published,
        modified=meta.modified,
        language=decision.code,
        url=url,
        image=meta.image,
        readerable=extraction.readerable,
        warnings=decoded.warnings,
    )
    return article, blocks, decision, meta


def _cap_text(blocks, max_chars: int):
    """The blocks up to ``max_chars`` characters of text; the block crossing it is cut."""
    kept, total = [], 0
    for block in blocks:
        room = max_chars - total
        if room <= 0:
            break
        if len(block.text) > room:
            block = replace(block, text=block.text[:room].rsplit(" ", 1)[0])
        kept.append(block)
        total += len(block.text)
    return kept
