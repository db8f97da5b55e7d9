"""The values the pipeline returns: ``Article`` from ``extract`` and ``Summary`` from
``summarize``. ``Summary.to_dict()`` is exactly the HTTP API's JSON body."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class KeyPoint:
    text: str
    paragraph: int  # index into Article.paragraphs
    start: int  # character offsets of ``text`` in that paragraph
    end: int

    def to_dict(self) -> dict:
        return {"text": self.text, "paragraph": self.paragraph, "start": self.start,
                "end": self.end}


@dataclass(frozen=True)
class Article:
    """The cleaned article: title, metadata and paragraphs (headings included, flagged)."""

    title: str | None
    paragraphs: tuple[str, ...]
    headings: frozenset[int] = frozenset()  # indices of paragraphs that are headings
    byline: str | None = None
    site_name: str | None = None
    published: str | None = None
    language: str | None = None
    url: str | None = None
    image: str | None = None  # the lead image's address (og:image, JSON-LD image)
    readerable: bool | None = None  # extract.is_probably_readerable(); None: not judged

    @property
    def text(self) -> str:
        """The article body: paragraphs separated by a blank line, no title line."""
        return "\n\n".join(self.paragraphs)


@dataclass(frozen=True)
class Summary:
    article: Article
    tldr: str | None
    key_points: tuple[KeyPoint, ...]
    length: str
    stats: dict = field(default_factory=dict)
    include_text: bool = False

    def to_dict(self) -> dict:
        article = self.article
        body = {
            "title": article.title,
            "byline": article.byline,
            "site_name": article.site_name,
            "published": article.published,
            "language": article.language,
            "url": article.url,
            "image": article.image,
            "readerable": article.readerable,
            "length": self.length,
            "tldr": self.tldr,
            "key_points": [point.to_dict() for point in self.key_points],
            "stats": dict(self.stats),
        }
        if self.include_text:
            body["paragraphs"] = list(article.paragraphs)
        return body
