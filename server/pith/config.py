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

    # Sentences each ranker may rank (at most max_sentences_ranked), so that it finishes
    # well within request_timeout whatever the page: measured with bench/rankers.py on the
    # worst shape, every sentence as long as max_sentence_chars allows (about 170 words), on
    # 2 cores, keeping each under about 5 s (docs/benchmarks.md has the table). sumy's graph
    # and matrix rankers compare every pair of sentences; KL re-scores every remaining
    # sentence for each pick (cubic); Reduction compares every pair word by word.
    # Pith's own, Luhn and SumBasic are near linear.
    ranker_sentence_limits: tuple[tuple[str, int], ...] = (
        ("pith", 600), ("luhn", 400), ("sumbasic", 400), ("lsa", 200), ("lexrank", 100),
        ("textrank", 50), ("kl", 50), ("reduction", 25),
    )

    # Seconds any request may take, whatever its input: URL mode's fetch, the wait for a
    # worker and the summary together. Summaries run in worker processes that are killed when
    # it passes (answered 503), so this is a hard wall-clock bound, not a hope. Ordinary pages
    # take 5-100 ms and the worst page of the hostile corpus about 5 s here.
    request_timeout: float = 20.0

    # Worker processes that summarise, each on its own core, warm (libraries loaded, models
    # read) before the first request. None: one per core the service may use. 0: summarise
    # in the request's thread instead (the CLI's way; no hard deadline, for tests and
    # debugging). The pipeline is CPU-bound Python: in the server's process it would hold the
    # interpreter lock, and a stage that runs long could not be stopped.
    summary_workers: int | None = None

    # Pages of heavy_page_bytes or more (UTF-8 bytes, however the page arrived; a news page is
    # 50-500 kB) may use only this many workers at once, so huge pages cannot take every
    # worker from ordinary ones.
    concurrent_heavy_summaries: int = 1
    heavy_page_bytes: int = 512 * 1024

    # Address space a worker process may use. A 5 MiB page's tree and text take a few
    # hundred megabytes at most; past 1 GiB something is wrong, and the worker fails alone
    # (503) instead of pushing the reader's machine into swap. POSIX systems only.
    worker_memory_bytes: int = 1024 * MiB

    # A worker whose resident memory has grown past this after a summary is replaced by a
    # fresh one (CPython returns little freed memory to the system, and lxml trees of huge
    # pages fragment the heap); a fresh worker is about 90 MB.
    worker_recycle_bytes: int = 320 * MiB

    # Summaries the service keeps in memory, so reopening the popup on a page is instant:
    # at most this many, and at most cache_bytes of them. Only what the answer needs is kept
    # (the article's paragraphs only for include_text), so a summary is a few kilobytes and
    # 256 of them about one megabyte; the byte bound is for include_text answers (up to
    # 1.6 MB each). 0 entries turns the cache off.
    cache_entries: int = 256
    cache_bytes: int = 16 * MiB

    # Seconds a request may wait for a free worker (within request_timeout) before it is
    # answered 503 (busy).
    queue_timeout: float = 10.0

    # A "sentence" longer than this is layout debris (a table flattened into one line, a
    # list without punctuation); it is split at this length rather than ranked whole.
    max_sentence_chars: int = 1_000

    # Fewer readable words than this and the page is not an article (a landing page, a
    # login wall, an error page): answered with 422 rather than a meaningless summary.
    min_article_words: int = 40

    # URL mode: seconds for the whole fetch (name lookup, connect, TLS, headers, body, every
    # redirect), enforced on every socket call, so a server that drips bytes is cut off here.
    # A page that cannot arrive in 10 s will not be read by a person either.
    fetch_timeout: float = 10.0

    # URL mode: fetches in flight at once. A fetch waits on the network in one of the
    # server's threads (8 by default) for up to fetch_timeout; this many leaves the others
    # to every other request however slow the sites are.
    concurrent_fetches: int = 4

    # URL mode: redirects followed at most; each hop is checked again.
    fetch_max_redirects: int = 3

    # URL mode: whether loopback and private addresses may be fetched. Off, so a web page
    # cannot use Pith to reach the reader's router or local services (SSRF).
    fetch_allow_private: bool = False

    # Host names the service answers to. A web page can point a name it controls at
    # 127.0.0.1 (DNS rebinding) and then talk to Pith as its own origin; checking the Host
    # header against the names Pith is reached by stops that. Checked on every request,
    # token or not; `pith serve` adds the address it binds to.
    allowed_hosts: tuple[str, ...] = ("127.0.0.1", "localhost", "::1")

    # Access token. Required (Authorization: Bearer ...) by every route that runs the
    # pipeline or describes the API when set (pith.access), and required before Pith will
    # listen on anything but loopback.
    token: str | None = None

    # Serving (`pith serve`): seconds a client may take to send a request's headers, and the
    # whole request, from its first byte. Without them a client dripping one header line at
    # a time ("slowloris") holds its connection for ever. A browser on loopback sends both in
    # milliseconds; 10 MiB over a slow 2 Mbit/s link takes 40 s.
    header_timeout: float = 10.0
    request_read_timeout: float = 60.0

    # Serving: connections held at once. A connection costs a file descriptor and a few
    # kilobytes, not a thread (waitress reads requests in one event loop and hands complete
    # ones to its threads), so the limit is far above what 1,000 dripping clients hold: at
    # the limit waitress stops accepting, and the next real client would wait.
    connection_limit: int = 4096

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
