"""The values the pipeline returns: ``Article`` from ``extract`` and ``Summary`` from
``summarize``. ``pith.present`` turns them into JSON, Markdown and text."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Notice:
    """Something the reader of a summary should know about how the page was read."""

    code: str  # stable, for programs: "charset_mismatch", "undecodable_bytes"
    message: str  # for people


@dataclass(frozen=True)
class KeyPoint:
    text: str
    paragraph: int  # index into Article.paragraphs
    start: int  # character offsets of ``text`` in that paragraph
    end: int
    # The heading of the article's section the point is in ("Cornerback", "4. Questioning
    # Vindman's judgment"): what a point from a list or an explainer is about, which its
    # own words often do not say (``pith.select.sections``). None before the first heading.
    section: str | None = None


@dataclass(frozen=True)
class Article:
    """The cleaned article: title, metadata and paragraphs (headings included)."""

    title: str | None
    paragraphs: tuple[str, ...]
    words: int = 0  # words a reader reads (pith.segment.count_words), headings excluded
    byline: str | None = None
    site_name: str | None = None  # the site's name ("CBS News"); its host when the page names none
    published: str | None = None  # ISO 8601, with the offset when the page gives one
    modified: str | None = None  # ISO 8601: when the page says it was last updated
    language: str | None = None
    url: str | None = None
    image: str | None = None  # the lead image's address (og:image, JSON-LD image)
    readerable: bool | None = None  # the page looks like an article; None: not judged
    warnings: tuple[Notice, ...] = ()  # how the page was read, where the reader should know

    @property
    def text(self) -> str:
        """The article body: paragraphs separated by a blank line, no title line."""
        return "\n\n".join(self.paragraphs)


@dataclass(frozen=True)
class Timing:
    """How long a summary took: not a fact about the page, so kept apart from ``stats``."""

    elapsed_ms: float
    stage_ms: dict = field(default_factory=dict)  # per pipeline stage; empty for a cache hit
    cache: str | None = None  # "hit" or "miss" when the service's cache was asked


@dataclass(frozen=True)
class Summary:
    article: Article
    tldr: str | None
    key_points: tuple[KeyPoint, ...]
    length: str
    stats: dict = field(default_factory=dict)  # facts: words, sentences, reading_minutes, ...
    timing: Timing | None = None
    include_text: bool = False  # the JSON form carries the cleaned paragraphs

    def to_dict(self) -> dict:
        """The HTTP API's JSON body (``pith.present.to_json``)."""
        from .present import to_json

        return to_json(self)
