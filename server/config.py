"""Configuration: limits and defaults, each with the reason for its value.

``Config`` is one immutable object handed down through the pipeline. The Flask app keeps one
in ``app.config["PITH"]``; the CLI builds one from its flags. Nothing here is read at import
time by other modules, so a test can pass its own.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace

MiB = 1024 * 1024


@dataclass(frozen=True)
class Config:
    # Largest page body accepted, in bytes. The heaviest real news pages (inline scripts,
    # JSON state, SVG) are 2-3 MiB; 5 MiB leaves room while keeping lxml's tree (about 10x
    # the input) far below the memory of a small machine.
    max_body_bytes: int = 5 * MiB

    # Extracted article text beyond this many characters is cut before sentence splitting.
    # A long-read is 50,000 characters; a 400,000-character "article" is a book or a dump.
    max_text_chars: int = 400_000

    # Sentences handed to the ranker. LexRank builds a dense similarity matrix, quadratic in
    # sentences: 600 sentences rank in well under a second, and no news article has more.
    max_sentences_ranked: int = 600

    # A "sentence" longer than this is layout debris (a table flattened into one line, a
    # list without punctuation); it is split at this length rather than ranked whole.
    max_sentence_chars: int = 1_000

    # Fewer readable words than this and the page is not an article (a landing page, a
    # login wall, an error page): answered with 422 rather than a meaningless summary.
    min_article_words: int = 40

    # URL mode: time to connect and between reads, in seconds. A page that cannot start
    # arriving in 10 s will not be read by a person either.
    fetch_timeout: float = 10.0

    # URL mode: redirects followed at most; each hop is checked again.
    fetch_max_redirects: int = 3

    # URL mode: whether loopback and private addresses may be fetched. Off, so a web page
    # cannot use Pith to reach the reader's router or local services (SSRF).
    fetch_allow_private: bool = False

    # Default summariser and length when a request names none.
    summarizer: str = "pith"
    length: str = "medium"

    def with_overrides(self, **changes) -> "Config":
        """Return a copy with ``changes`` applied; unknown names raise ``TypeError``."""
        known = {f.name for f in fields(self)}
        unknown = sorted(set(changes) - known)
        if unknown:
            raise TypeError(f"unknown configuration keys: {', '.join(unknown)}")
        return replace(self, **changes)


DEFAULT = Config()
