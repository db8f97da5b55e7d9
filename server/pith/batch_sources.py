"""The inputs of ``pith batch``, read as a stream of pages: never a whole crawl in memory.

Four kinds of input, told apart by what they are and how they start:

* a folder: every ``.html``/``.htm`` file under it (id: the file's path as given);
* a WARC or WARC.gz file: its HTML ``response`` and ``resource`` records (id: WARC-Record-ID,
  url: WARC-Target-URI); other responses, revisits and non-200 answers are counted as
  skipped, and requests, metadata and warcinfo records are not pages at all;
* JSON lines (``.jsonl``, ``.ndjson``, optionally gzipped, or any file starting with ``{``):
  ``{"html": ..., "url"?: ..., "id"?: ...}`` (id: ``id``, else ``url``, else ``FILE:LINE``);
* anything else is a list of URLs, one a line, ``#`` for comments (id: the URL), fetched by
  ``fetch_pages`` through the SSRF-safe fetcher of ``pith.fetch``.

Each page's size is checked as it is read: a body over ``max_body_bytes`` is recorded as
too large without being read whole.
"""

from __future__ import annotations

import gzip
import json
import threading
import time
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterator
from urllib.parse import urlsplit

from .config import Config
from .errors import BadRequest, PayloadTooLarge, PithError

HTML_TYPES = ("text/html", "application/xhtml+xml")
HTML_SUFFIXES = (".html", ".htm")
_GZIP_MAGIC = b"\x1f\x8b"
# A JSON line holds the page escaped: quotes, backslashes and control characters take two
# bytes or six, so a line may be this many times the page's own limit before it is refused.
_JSON_LINE_FACTOR = 2


@dataclass(frozen=True)
class Page:
    """One page of the input: its HTML, or the URL to fetch it from, or why it failed early."""

    id: str
    url: str | None = None
    html: bytes | str | None = None
    content_type: str | None = None
    error: PithError | None = None
    to_fetch: bool = False


@dataclass(frozen=True)
class Skipped:
    """An input record that is not a page to summarise, and why (``SKIP_REASONS``)."""

    reason: str


SKIP_REASONS = {
    "done": "already in the output",
    "duplicate": "repeated ids",
    "not_html": "not HTML",
    "not_ok": "not HTTP 200",
    "revisit": "WARC revisits",
}


class InputError(Exception):
    """An input cannot be read at all (missing, unreadable, not a WARC it claims to be)."""


def check_inputs(paths: list[str]) -> None:
    """Raise ``InputError`` for the first input that does not exist, before a run starts."""
    for name in paths:
        if not Path(name).exists():
            raise InputError(f"{name}: no such file or folder")


def read(paths: list[str], config: Config, *, bodies: bool = True,
         warn=lambda message: None) -> Iterator[Page | Skipped]:
    """Every page of every input in turn. ``bodies=False`` reads no page bodies (for counting).

    An input that breaks off part-way (a truncated WARC.gz, a folder that vanished) is reported
    through ``warn`` and the next input is read.
    """
    for name in paths:
        path = Path(name)
        try:
            if path.is_dir():
                yield from _folder(path, name, config, bodies)
                continue
            kind = _kind(path)
            reader = {"warc": _warc, "jsonl": _json_lines, "urls": _url_list}[kind]
            yield from reader(path, name, config, bodies)
        except (OSError, EOFError, ValueError, InputError) as error:
            warn(f"{name}: stopped reading: {error}")
        except Exception as error:  # warcio's ArchiveLoadFailed and friends
            warn(f"{name}: stopped reading: {type(error).__name__}: {error}")


def _kind(path: Path) -> str:
    with _open(path) as stream:
        head = stream.read(16).lstrip()
    if head.startswith(b"WARC/"):
        return "warc"
    if head.startswith(b"{") or path.name.endswith((".jsonl", ".ndjson", ".jsonl.gz",
                                                    ".ndjson.gz")):
        return "jsonl"
    return "urls"


def _open(path: Path):
    with path.open("rb") as probe:
        gzipped = probe.read(2) == _GZIP_MAGIC
    return gzip.open(path, "rb") if gzipped else path.open("rb")


def _too_large(page_id: str, url: str | None, config: Config) -> Page:
    return Page(page_id, url, error=PayloadTooLarge.for_limit(config.max_body_bytes))


def _folder(path: Path, name: str, config: Config, bodies: bool):
    files = sorted(p for p in path.rglob("*")
                   if p.suffix.lower() in HTML_SUFFIXES and p.is_file())
    for file in files:
        page_id = (Path(name) / file.relative_to(path)).as_posix()
        if file.stat().st_size > config.max_body_bytes:
            yield _too_large(page_id, None, config)
        else:
            yield Page(page_id, html=file.read_bytes() if bodies else None)


def _warc(path: Path, name: str, config: Config, bodies: bool):
    from warcio.archiveiterator import ArchiveIterator

    with path.open("rb") as stream:
        for record in ArchiveIterator(stream):
            if record.rec_type == "revisit":
                yield Skipped("revisit")
                continue
            if record.rec_type not in ("response", "resource"):
                continue  # requests, metadata, warcinfo: not pages
            if record.rec_type == "response":
                if record.http_headers is None:
                    continue  # a response to something other than HTTP (dns:, ...)
                content_type = record.http_headers.get_header("Content-Type")
                status = record.http_headers.get_statuscode()
            else:
                content_type = record.rec_headers.get_header("Content-Type")
                status = "200"
            media_type = (content_type or "").split(";")[0].strip().lower()
            if media_type and media_type not in HTML_TYPES:
                yield Skipped("not_html")
                continue
            if status != "200":
                yield Skipped("not_ok")
                continue
            page_id = record.rec_headers.get_header("WARC-Record-ID")
            url = record.rec_headers.get_header("WARC-Target-URI")
            if not bodies:
                yield Page(page_id, url)
                continue
            # content_stream() undoes chunking and gzip; read at most one byte past the limit.
            body = record.content_stream().read(config.max_body_bytes + 1)
            if len(body) > config.max_body_bytes:
                yield _too_large(page_id, url, config)
            else:
                yield Page(page_id, url, html=body, content_type=content_type)


def _json_lines(path: Path, name: str, config: Config, bodies: bool):
    limit = _JSON_LINE_FACTOR * config.max_body_bytes + 64 * 1024
    with _open(path) as stream:
        number = 0
        while True:
            line = stream.readline(limit)
            if not line:
                return
            number += 1
            where = f"{name}:{number}"
            if not line.endswith(b"\n") and len(line) == limit:
                while (rest := stream.readline(limit)) and not rest.endswith(b"\n"):
                    pass  # drain the rest of the oversized line without keeping it
                yield _too_large(where, None, config)
                continue
            if not line.strip():
                continue
            yield _json_page(line, where, bodies)


def _json_page(line: bytes, where: str, bodies: bool) -> Page:
    try:
        data = json.loads(line)
    except ValueError as error:
        return Page(where, error=BadRequest(f"This line is not valid JSON: {error}."))
    if not isinstance(data, dict):
        return Page(where, error=BadRequest("Each line must be a JSON object with \"html\"."))
    url = data.get("url") if isinstance(data.get("url"), str) else None
    page_id = data.get("id")
    page_id = str(page_id) if isinstance(page_id, (str, int)) else (url or where)
    html = data.get("html")
    if not isinstance(html, str):
        return Page(page_id, url, error=BadRequest(
            "The line has no \"html\" string; give the page as {\"html\": \"...\"}."))
    return Page(page_id, url, html=html if bodies else None)


def _url_list(path: Path, name: str, config: Config, bodies: bool):
    with _open(path) as stream:
        for raw in stream:
            url = raw.decode("utf-8", "replace").strip()
            if url and not url.startswith("#"):
                yield Page(url, url, to_fetch=True)


class HostRateLimiter:
    """At most ``per_second`` request starts per host name, shared by the fetching threads."""

    def __init__(self, per_second: float) -> None:
        self._interval = 1.0 / per_second if per_second > 0 else 0.0
        self._next: dict[str, float] = {}
        self._lock = threading.Lock()

    def wait_turn(self, url: str) -> None:
        if not self._interval:
            return
        try:
            host = (urlsplit(url).hostname or "").lower()
        except ValueError:  # a malformed host: its fetch is refused, with no wait
            return
        with self._lock:
            now = time.monotonic()
            if len(self._next) > 10_000:  # forget hosts whose turn has long come
                self._next = {h: t for h, t in self._next.items() if t > now}
            turn = max(now, self._next.get(host, now))
            self._next[host] = turn + self._interval
        if turn > now:
            time.sleep(turn - now)


def fetch_pages(items, config: Config, *, concurrency: int,
                per_host_rate: float) -> Iterator[Page | Skipped]:
    """``items`` with each page ``to_fetch`` replaced by the fetched page (or the fetch's error).

    At most ``concurrency`` fetches run at once and twice that are held, so a long URL list
    is never all in memory; fetched pages come back in the order they arrive.
    """
    from .fetch import fetch

    limiter = HostRateLimiter(per_host_rate)

    def one(page: Page) -> Page:
        limiter.wait_turn(page.url)
        try:
            fetched = fetch(page.url, config)
        except PithError as error:
            return replace(page, to_fetch=False, error=error)
        return replace(page, to_fetch=False, url=fetched.url, html=fetched.body,
                       content_type=fetched.content_type)

    pool = ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="pith-fetch")
    pending: set = set()
    try:
        for item in items:
            if not (isinstance(item, Page) and item.to_fetch):
                yield item
                continue
            pending.add(pool.submit(one, item))
            while len(pending) >= 2 * concurrency:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    yield future.result()
        while pending:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                yield future.result()
    finally:
        pool.shutdown(wait=False, cancel_futures=True)
