from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import threading
import time
import urllib.request
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from hypothesis import settings

# CI replays the same examples every run, so a landing never hinges on a lucky draw; local
# runs explore new ones (and a failure found there becomes a fixed test case).
settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

from pith import create_app
from pith.config import DEFAULT

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "tests" / "pages"
CHROMIUM = os.environ.get("PITH_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
HANG_GUARD_S = 20  # a bound on waiting, not a speed goal


def page_slugs() -> list[str]:
    return sorted(p.name for p in PAGES.iterdir() if (p / "source.html").exists())


def load_page(slug: str) -> tuple[bytes, dict]:
    folder = PAGES / slug
    return (folder / "source.html").read_bytes(), json.loads(
        (folder / "expected.json").read_text(encoding="utf-8")
    )


class PageHandler(BaseHTTPRequestHandler):
    """Base for the tests' little web servers: subclasses implement ``route(path)`` returning
    (status, headers, body)."""

    def route(self, path: str) -> tuple[int, dict, bytes]:
        raise NotImplementedError

    def do_GET(self):
        status, headers, body = self.route(self.path)
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@contextmanager
def serving(handler: type[BaseHTTPRequestHandler]):
    """Run ``handler`` on a free 127.0.0.1 port; yields the origin URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def pith_serving(command: list[str], *, cwd: Path, env: dict | None = None,
                 args: tuple[str, ...] = ()):
    """Run ``command + ["serve", "--port", N, *args]`` as a real process; yields its origin."""
    port = free_port()
    process = subprocess.Popen([*command, "serve", "--port", str(port), *args], cwd=cwd,
                               env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               text=True)
    deadline = time.monotonic() + HANG_GUARD_S
    while True:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1)
            break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                pytest.fail("pith serve did not start:\n" + process.stdout.read())
            time.sleep(0.1)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=10)


@contextmanager
def serving_app(app, *, threads: int = 4, **overrides):
    """Run ``app`` on the production server (``pith.adapters.waitress``, as `pith serve`
    runs it) on a free 127.0.0.1 port; yields the port. Stops the server and the app's
    worker processes after."""
    from pith.adapters.waitress import create_server

    config = app.config["PITH"].with_overrides(**overrides)
    server = create_server(app, host="127.0.0.1", port=0, threads=threads, config=config,
                           idle_timeout=30, max_body_bytes=app.config["MAX_CONTENT_LENGTH"])
    stop = start_server(server)
    app.extensions["pith.service"].start(wait=HANG_GUARD_S * 3)
    try:
        yield server.effective_port
    finally:
        stop()
        app.extensions["pith.service"].close()


def start_server(server):
    """Run a waitress ``server`` in a daemon thread; returns the function that stops it.
    Closing the sockets under the server loop's select() ends it with EBADF: that is the
    stop, not an error of the server's (an error before it still is)."""
    closing = threading.Event()

    def run():
        try:
            server.run()
        except OSError:
            if not closing.is_set():
                raise

    threading.Thread(target=run, daemon=True).start()

    def stop():
        closing.set()
        server.close()

    return stop


# Most tests summarise in the test's own thread (summary_workers=0): a worker pool per test
# would spend seconds starting. Tests of the service as it runs (tests/test_security.py,
# tests/test_bad_inputs.py, the browser tests) use the worker processes.
IN_THREAD = DEFAULT.with_overrides(summary_workers=0)


@pytest.fixture
def app():
    return create_app({"TESTING": True, "PITH": IN_THREAD})


@pytest.fixture
def client(app):
    return app.test_client()


def article_html(paragraphs: list[str], *, title: str = "A test story", head: str = "",
                 lang: str = "en") -> str:
    """A minimal article page around ``paragraphs`` (given as HTML)."""
    body = "\n".join(paragraphs)
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
            f"<title>{title}</title>{head}</head><body><article><h1>{title}</h1>{body}"
            "</article></body></html>")


# An explainer written for the tests: sections about places, each sentence with words of its
# own, so none repeats another (test_reader, test_api and the browsers' "sectioned" page).
SECTION_TOPICS = ["harbour", "orchard", "glacier", "library"]
VERBS = ["shapes", "changes", "feeds", "guards", "slows", "lifts", "drains", "warms"]
THINGS = ["winter trade", "local wages", "the old roads", "school trips", "spring floods",
          "night markets", "the ferry timetable", "rental prices"]
WHO = ["fishermen", "teachers", "bakers", "nurses", "drivers", "students", "farmers",
       "pensioners"]


def section_sentences(topic: str, n: int) -> list[str]:
    """``n`` sentences about ``topic``, none repeating another."""
    return [f"Along the {topic}, {WHO[i % 8]} say the {topic} {VERBS[(3 * i) % 8]} "
            f"{THINGS[(5 * i + i // 8) % 8]} in ways the {topic} guides never mention."
            for i in range(n)]


def sectioned_page(*, title: str = "A long explainer", sentences: int = 14) -> str:
    """An explainer of the ``SECTION_TOPICS`` under "About the ..." headings, long enough to
    be read by its parts."""
    return article_html([f"<h2>About the {t}</h2>" + "".join(
        f"<p>{s}</p>" for s in section_sentences(t, sentences)) for t in SECTION_TOPICS],
        title=title)


STORY = [
    "<p>The city council approved a new budget of $12 million for public parks on Monday, "
    "after a debate that lasted more than six hours.</p>",
    "<p>The money will pay for new playgrounds in four districts and for planting 3,000 trees "
    "along the river, officials said.</p>",
    "<p>Opponents said the council should have spent the money on road repairs instead, and "
    "promised to raise the issue again next year.</p>",
    "<p>Work on the first playground is expected to begin in the spring and to finish before "
    "the summer holidays.</p>",
    "<p>The mayor called the vote a turning point for the city and thanked residents who "
    "had written to the council in support of the plan.</p>",
]
