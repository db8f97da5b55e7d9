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

    # Elements readability-lxml may score. Its cost grows with the element count (about
    # 45 µs each here); news pages have 700-1,700 (the extraction benchmark's median and
    # maximum) and rarely over 5,000. Beyond this the page is pruned of navigation, forms and
    # embeds, then cut after this many elements, which bounds extraction near one second.
    max_elements: int = 20_000

    # Sentences handed to Pith's ranker. It compares all pairs in one numpy product: 600
    # sentences rank in about 250 ms. No news article has more, so the rest of a longer
    # document cannot hold its key points.
    max_sentences_ranked: int = 600

    # Sentences handed to sumy's graph and matrix rankers (LexRank, TextRank, LSA,
    # Reduction), which compare every pair of sentences: 200 rank in about half a second.
    max_sentences_ranked_quadratic: int = 200

    # Seconds one summary may take once it has started. Every input is bounded above (the
    # worst pages take about 2 s here), so this is a backstop: the pipeline checks it between
    # stages and answers 503 rather than hold a worker.
    request_timeout: float = 20.0

    # Pages of heavy_page_bytes or more (a news page is 50-500 kB) are summarised in a
    # separate worker process, this many at a time: the pipeline is CPU-bound Python, and in
    # the service's own process a few huge pages would take the interpreter lock from every
    # ordinary request. A worker that overruns its deadline is killed, not left running.
    concurrent_heavy_summaries: int = 1
    heavy_page_bytes: int = 512 * 1024

    # Address space a worker process may use. A 5 MiB page's tree and text take a few
    # hundred megabytes at most; past 1 GiB something is wrong, and the worker fails alone
    # (503) instead of pushing the reader's machine into swap. POSIX systems only.
    worker_memory_bytes: int = 1024 * MiB

    # Summaries the service keeps in memory, so reopening the popup on a page is instant.
    # A summary is a few kilobytes: 256 of them (a reader's open tabs several times over)
    # stay under a few megabytes. 0 turns the cache off.
    cache_entries: int = 256

    # Seconds a huge page may wait for a worker before it is answered 503 (busy).
    queue_timeout: float = 20.0

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

    # Host names the service answers to. A web page can point a name it controls at
    # 127.0.0.1 (DNS rebinding) and then talk to Pith as its own origin; checking the Host
    # header against the names Pith is reached by stops that. Not checked when a token is set.
    allowed_hosts: tuple[str, ...] = ("127.0.0.1", "localhost", "::1")

    # Access token. Required (Authorization: Bearer ...) by /api/* when set, and required
    # before Pith will listen on anything but loopback.
    token: str | None = None

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
