"""Exposure and limits: Host and token checks, serving beyond loopback, SSRF across
redirects, deadlines and size bounds."""

from __future__ import annotations

import http.client
import time

import lxml.html
import pytest

from pith import create_app
from pith import fetch as fetch_module
from pith.cli import main
from pith.config import DEFAULT
from pith.errors import FetchRefused, PayloadTooLarge, Timeout
from pith.parse import bound_size, parse
from pith.fetch import fetch
from pith.pipeline import summarize
from pith.rank import sentence_limit
from tests.conftest import STORY, PageHandler, article_html, serving, start_server

TOKEN = "s3cret-token"


@pytest.mark.parametrize("host,status", [
    ("127.0.0.1:8765", 200), ("localhost:8765", 200), ("[::1]:8765", 200), ("localhost", 200),
    ("evil.example", 400), ("evil.example:8765", 400), ("127.0.0.1.nip.io:8765", 400),
    ("", 400),
])
def test_host_header_is_checked(client, host, status):
    response = client.get("/healthz", headers={"Host": host})
    assert response.status_code == status
    if status == 400:
        assert response.json["error"]["code"] == "host_refused"


def test_allowed_hosts_are_configurable():
    app = create_app({"PITH": {"allowed_hosts": ("pith.lan",)}})
    assert app.test_client().get("/healthz", headers={"Host": "pith.lan:80"}).status_code == 200


@pytest.fixture
def token_client():
    return create_app({"PITH": {"token": TOKEN}}).test_client()


@pytest.mark.parametrize("headers,status", [
    ({}, 401), ({"Authorization": "Bearer wrong"}, 401), ({"Authorization": TOKEN}, 401),
    ({"Authorization": f"Bearer {TOKEN}"}, 200), ({"Authorization": f"bearer {TOKEN}"}, 200),
])
def test_token_guards_the_api(token_client, headers, status):
    response = token_client.post("/api/summary", json={"html": article_html(STORY)},
                                 headers=headers)
    assert response.status_code == status
    if status == 401:
        assert response.json["error"]["code"] == "unauthorized"


def test_token_does_not_block_health_or_preflight(token_client):
    assert token_client.get("/healthz").status_code == 200
    preflight = token_client.options("/api/summary", headers={
        "Origin": "chrome-extension://" + "a" * 32, "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "authorization, content-type"})
    assert preflight.status_code == 200
    assert "authorization" in preflight.headers["Access-Control-Allow-Headers"].lower()


def test_host_is_checked_even_with_a_token(token_client):
    """Finding 4: with a token set, the Host check used to be skipped."""
    for path in ("/healthz", "/reader"):
        response = token_client.get(path, headers={"Host": "pith.example"})
        assert response.status_code == 400 and b"host_refused" in response.data


def test_serve_refuses_a_public_address_without_a_token(capsys, monkeypatch):
    monkeypatch.delenv("PITH_TOKEN", raising=False)
    assert main(["serve", "--host", "0.0.0.0", "--port", "1"]) == 2
    assert "--token" in capsys.readouterr().err


def test_debug_is_off_and_errors_hide_internals(app, monkeypatch):
    def explode(*args, **kwargs):
        raise RuntimeError("secret internal detail")

    monkeypatch.setattr("pith.pipeline.summarize", explode)
    assert not app.debug
    response = app.test_client().post("/api/summary", json={"html": "<p>x</p>"})
    assert response.status_code == 500
    assert response.json["error"]["code"] == "internal_error"
    assert "secret internal detail" not in response.get_data(as_text=True)


# --- limits ------------------------------------------------------------------------------

def test_deadline_answers_503():
    with pytest.raises(Timeout) as error:
        summarize(article_html(STORY), config=DEFAULT.with_overrides(request_timeout=0.0))
    assert error.value.status == 503


def test_deep_nesting_is_recovered_not_silently_empty():
    page = "<html><body>" + "<div>" * 5000 + "<p>Deep text here.</p>" + "</div>" * 5000
    tree = parse(page + "</body></html>")
    assert "Deep text here." in tree.text_content()


def test_element_cap_bounds_the_tree():
    page = ("<html><body><nav>" + "<a href=/>x</a>" * 500 + "</nav><p>First.</p>"
            + "<p>more</p>" * 5000 + "</body></html>")
    tree = lxml.html.document_fromstring(page)
    bound_size(tree, 1000)
    assert sum(1 for _ in tree.iter()) <= 1000
    assert not tree.xpath("//nav") and tree.xpath("//p")[0].text == "First."


def test_every_ranker_has_a_measured_sentence_limit():
    from pith.rank import SUMMARIZERS

    limits = dict(DEFAULT.ranker_sentence_limits)
    assert set(limits) == set(SUMMARIZERS)
    assert sentence_limit("pith", DEFAULT) == DEFAULT.max_sentences_ranked
    assert sentence_limit("kl", DEFAULT) == limits["kl"] < sentence_limit("lexrank", DEFAULT)


def test_text_cap_cuts_inside_a_giant_paragraph():
    page = article_html(["<p>" + " ".join(f"Report {i} says the council met again in the town hall."
                                          for i in range(20_000)) + "</p>"])
    data = summarize(page, include_text=True, config=DEFAULT.with_overrides(
        max_text_chars=10_000)).to_dict()
    assert sum(len(p) for p in data["paragraphs"]) <= 10_000


# --- URL mode across redirects and endless bodies -------------------------------------------

class Redirector(PageHandler):
    def route(self, path):
        if path == "/to-loopback":
            return 302, {"Location": "http://127.0.0.1:9/admin"}, b""
        if path == "/to-metadata":
            return 301, {"Location": "http://169.254.169.254/latest/meta-data/"}, b""
        return 404, {}, b""


class Endless(PageHandler):
    def do_GET(self):
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        try:
            while True:
                self.wfile.write(b"<p>" + b"a" * 65536)
        except OSError:
            pass


@pytest.fixture
def public_name_for(monkeypatch):
    """Make "news.example" resolve to a public address whose connections land on a local
    test server, so redirects from a 'public' site can be checked without leaving the box."""
    def install(origin):
        port = int(origin.rsplit(":", 1)[1])
        monkeypatch.setattr(fetch_module, "resolve", lambda host, p: (
            ["93.184.216.34"] if host == "news.example" else ["127.0.0.1"]))
        original = fetch_module._PinnedHTTPConnection.connect

        def connect(self):
            if self._address == "93.184.216.34":
                self._address, self.port = "127.0.0.1", port
            original(self)

        monkeypatch.setattr(fetch_module._PinnedHTTPConnection, "connect", connect)
    return install


@pytest.mark.parametrize("path", ["/to-loopback", "/to-metadata"])
def test_redirect_to_a_private_address_is_refused(public_name_for, path):
    with serving(Redirector) as origin:
        public_name_for(origin)
        with pytest.raises(FetchRefused):
            fetch(f"http://news.example{path}", DEFAULT)


def test_endless_body_is_cut_off():
    config = DEFAULT.with_overrides(fetch_allow_private=True, max_body_bytes=1_000_000)
    with serving(Endless) as origin:
        started = time.monotonic()
        with pytest.raises(PayloadTooLarge):
            fetch(origin + "/", config)
        assert time.monotonic() - started < 20  # hang guard


def test_idle_connections_do_not_block_others():
    """Two clients that connect and send nothing must not delay a real request."""
    from waitress import create_server

    server = create_server(create_app(), host="127.0.0.1", port=0, threads=2,
                           channel_timeout=30)
    stop = start_server(server)
    port = server.effective_port
    idle = [http.client.HTTPConnection("127.0.0.1", port, timeout=5) for _ in range(4)]
    try:
        for connection in idle:
            connection.connect()
            connection.sock.sendall(b"POST /api/summary HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        client = http.client.HTTPConnection("127.0.0.1", port, timeout=20)
        client.request("GET", "/healthz")
        assert client.getresponse().status == 200
    finally:
        for connection in idle:
            connection.close()
        stop()


# --- admission: huge pages in a worker process ------------------------------------------------

@pytest.fixture
def heavy_app():
    """Every page counts as huge here, so each summary goes through the worker process."""
    app = create_app({"PITH": {"heavy_page_bytes": 1}})
    app.extensions["pith.service"].start(wait=60)
    yield app
    app.extensions["pith.service"].close()


def test_huge_pages_are_summarized_in_a_worker(heavy_app):
    html = article_html(STORY)
    response = heavy_app.test_client().post("/api/summary", json={"html": html})
    assert response.status_code == 200
    expected = summarize(html).to_dict()
    assert [p["text"] for p in response.json["key_points"]] == [
        p["text"] for p in expected["key_points"]]


def test_worker_errors_keep_their_status(heavy_app):
    response = heavy_app.test_client().post("/api/summary", json={"html": "<p>Hi.</p>"})
    assert response.status_code == 422
    assert response.json["error"]["code"] == "not_an_article"


def test_a_full_worker_lane_answers_busy():
    app = create_app({"PITH": {"heavy_page_bytes": 1, "queue_timeout": 0.1}})
    lanes = app.extensions["pith.service"]._lanes
    lanes._heavy.acquire()  # the one heavy slot is taken
    try:
        response = app.test_client().post("/api/summary", json={"html": article_html(STORY)})
    finally:
        lanes._heavy.release()
        lanes.close()
    assert response.status_code == 503
    assert response.json["error"]["code"] == "busy"


def test_a_worker_over_its_memory_cap_fails_alone():
    app = create_app({"PITH": {"heavy_page_bytes": 1, "worker_memory_bytes": 64 * 2**20}})
    try:
        response = app.test_client().post("/api/summary", json={"html": article_html(STORY)})
        assert response.status_code in (413, 503)  # out of memory while working, or at start
        assert response.json["error"]["code"] in ("too_large", "worker_failed")
        # The service itself is fine, and a page under the heavy size is summarised in-process.
        assert app.test_client().get("/healthz").status_code == 200
    finally:
        app.extensions["pith.service"].close()


# --- issue 11 ------------------------------------------------------------------------------

import json as json_lib  # noqa: E402
import logging  # noqa: E402
import os  # noqa: E402
import shutil  # noqa: E402
import socket  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import threading  # noqa: E402
import urllib.request  # noqa: E402

from pith.admission import Lanes, utf8_size  # noqa: E402
from pith.cache import SummaryCache  # noqa: E402
from pith.cli import _url_host, build_parser  # noqa: E402
from pith.errors import Busy  # noqa: E402
from tests.bad_inputs import _long_sentences  # noqa: E402
from tests.conftest import IN_THREAD, ROOT, free_port, serving_app  # noqa: E402


def test_a_stage_that_overruns_is_killed_at_the_deadline():
    """Finding 3: the deadline was checked only when a stage ended. Here KL ranks 600
    sentences of 170 words (minutes of work); the worker is killed at the 2 s deadline and
    replaced, and the next request is served."""
    app = create_app({"PITH": {"request_timeout": 2.0, "ranker_sentence_limits": (("kl", 600),)}})
    client = app.test_client()
    try:
        assert app.extensions["pith.service"].start(wait=60)
        started = time.monotonic()
        response = client.post("/api/summary?summarizer=kl", data=article_html(
            [_long_sentences(200_000)]), content_type="text/html")
        assert time.monotonic() - started < 30  # hang guard (it used to run for minutes)
        assert response.status_code == 503 and response.json["error"]["code"] == "timeout"
        again = client.post("/api/summary", json={"html": article_html(STORY)})
        assert again.status_code == 200
    finally:
        app.extensions["pith.service"].close()


def test_the_worker_decision_counts_utf8_bytes():
    """Finding 3: a JSON body was measured in characters, so 1.2 MB of CJK skipped the
    worker lane for huge pages."""
    assert utf8_size("中" * 10) == 30 and utf8_size(b"abc") == 3 and utf8_size("abc") == 3
    config = IN_THREAD.with_overrides(heavy_page_bytes=1000, queue_timeout=0.05)
    lanes = Lanes(config)
    lanes._heavy.acquire()  # the one heavy slot is taken
    try:
        with pytest.raises(Busy):  # 400 characters, 1,200 bytes: a heavy page
            lanes.summarize("中" * 400, deadline=time.monotonic() + 5, config=config)
    finally:
        lanes._heavy.release()


def test_the_cache_keeps_no_paragraphs_without_include_text_and_is_bounded_in_bytes():
    """Finding 8: the cache held whole articles (256 large pages: +480 MB)."""
    app = create_app({"PITH": IN_THREAD.with_overrides(cache_bytes=60_000)})
    client = app.test_client()
    cache = app.extensions["pith.service"]._cache
    client.post("/api/summary", json={"html": article_html(STORY)})
    (summary, _), = cache._items.values()
    assert summary.article.paragraphs == ()
    for i in range(12):
        body = article_html([f"<p>Report {i}.{j}: the council approved item {j} of the "
                             f"budget after a debate on the parks of district {i}.</p>"
                             for j in range(100)])
        assert client.post("/api/summary", json={"html": body, "include_text": True}
                           ).status_code == 200
        assert cache.size_bytes <= 60_000
    assert 1 <= len(cache._items) < 12


def test_identical_requests_in_flight_share_one_run():
    cache = SummaryCache(entries=8, max_bytes=10**6)
    calls, gate = [], threading.Event()
    from pith.pipeline import summarize

    result = summarize(article_html(STORY))

    def compute():
        calls.append(1)
        gate.wait(5)
        return result

    answers = []
    threads = [threading.Thread(target=lambda: answers.append(cache.get_or_compute(
        ("k",), compute, deadline=time.monotonic() + 10))) for _ in range(4)]
    for thread in threads:
        thread.start()
    time.sleep(0.3)
    gate.set()
    for thread in threads:
        thread.join(10)
    assert len(calls) == 1 and len(answers) == 4
    assert sorted(a.timing.cache for a in answers) == ["hit", "hit", "hit", "miss"]


def test_the_log_never_holds_the_page(caplog, monkeypatch):
    """Finding 7: an assertion's text wrote the page into the log."""
    def explode(html, **options):
        raise RuntimeError(f"could not read {html}")

    monkeypatch.setattr("pith.pipeline.summarize", explode)
    app = create_app({"PITH": IN_THREAD})
    with caplog.at_level(logging.ERROR):
        response = app.test_client().post("/api/summary", json={
            "html": "<p>PRIVATE-PAGE-TEXT</p>"})
    assert response.status_code == 500
    assert "RuntimeError" in caplog.text and "PRIVATE-PAGE-TEXT" not in caplog.text


def test_lone_surrogate_in_the_url_field_is_a_400(client):
    response = client.post("/api/summary", data=b'{"html": "<p>x</p>", "url": "\\ud800"}',
                           content_type="application/json")
    assert response.status_code == 400 and "surrogate" in response.json["error"]["message"]


# --- serving: slowloris, a 60 MB body, the address it binds, the token from the environment --

def _drip(port: int, count: int) -> list[socket.socket]:
    clients = []
    for _ in range(count):
        sock = socket.create_connection(("127.0.0.1", port), timeout=5)
        sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        clients.append(sock)
    return clients


def _closed_by_server(sock: socket.socket) -> bool:
    try:
        sock.sendall(b"X-Drip: 1\r\n")
        sock.settimeout(0.01)
        return sock.recv(1) == b""
    except socket.timeout:
        return False
    except OSError:
        return True


def test_slowloris_clients_are_cut_off_and_others_still_served():
    """Finding 5: 100 connections dripping header lines held waitress at its connection
    limit and /healthz timed out. Here 300 drip; /healthz answers throughout, and the
    server closes the dripping connections once their header time (1 s) is up."""
    with serving_app(create_app({"PITH": IN_THREAD}), header_timeout=1.0) as port:
        dripping = _drip(port, 300)
        try:
            for _ in range(3):
                for sock in dripping:
                    _closed_by_server(sock)
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz",
                                            timeout=HANG_GUARD) as response:
                    assert response.status == 200
                time.sleep(0.4)
            deadline = time.monotonic() + HANG_GUARD
            while not all(_closed_by_server(sock) for sock in dripping):
                assert time.monotonic() < deadline, "dripping connections were never closed"
                time.sleep(0.5)
        finally:
            for sock in dripping:
                sock.close()


HANG_GUARD = 20


def test_a_60_mb_body_gets_the_413_not_a_reset():
    """Finding 9: the client saw a connection reset instead of the answer."""
    with serving_app(create_app({"PITH": IN_THREAD})) as port:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=HANG_GUARD)
        connection.request("POST", "/api/summary", body=b"a" * (60 * 2**20),
                           headers={"Content-Type": "text/html"})
        response = connection.getresponse()
        assert response.status == 413
        assert json_lib.loads(response.read())["error"]["code"] == "too_large"


def test_url_mode_cannot_fetch_the_service_itself():
    """Finding 9: with --allow-private-urls, URL mode could fetch the service in a loop."""
    app = create_app({"PITH": IN_THREAD.with_overrides(fetch_allow_private=True)})
    with serving_app(app) as port:
        url = f"http://127.0.0.1:{port}/api/summary?url=http://127.0.0.1:{port}/reader"
        with pytest.raises(urllib.error.HTTPError) as error:
            urllib.request.urlopen(url, timeout=HANG_GUARD)
        body = json_lib.loads(error.value.read())
        assert error.value.code == 400 and body["error"]["code"] == "url_refused"
        assert "loop" in body["error"]["message"]


def test_serve_on_another_loopback_address_answers_its_own_host_name():
    """Finding 9: `--host 127.0.0.2` refused every request (its Host was not allowed)."""
    pith = shutil.which("pith", path=os.path.dirname(sys.executable))
    port = free_port()
    process = subprocess.Popen([pith, "serve", "--host", "127.0.0.2", "--port", str(port),
                                "--workers", "0"], cwd=ROOT, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + HANG_GUARD
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.2:{port}/healthz", timeout=1) as r:
                    assert r.status == 200
                    break
            except OSError:
                assert time.monotonic() < deadline and process.poll() is None
                time.sleep(0.2)
    finally:
        process.terminate()
        _, err = process.communicate(timeout=10)
    assert f"http://127.0.0.2:{port}/" in err


@pytest.mark.parametrize("host,url_host", [("::1", "[::1]"), ("[::1]", "[::1]"),
                                           ("127.0.0.1", "127.0.0.1")])
def test_ipv6_addresses_are_printed_in_brackets_once(host, url_host):
    assert _url_host(host) == url_host


def test_the_token_comes_from_the_environment_and_help_says_so(monkeypatch, capsys):
    monkeypatch.setenv("PITH_TOKEN", "from-env")
    assert build_parser().parse_args(["serve"]).token == "from-env"
    with pytest.raises(SystemExit):
        build_parser().parse_args(["serve", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    assert "PITH_TOKEN" in help_text and "ps" in help_text


def test_url_mode_fetches_in_flight_are_bounded():
    """Finding 1: eight dripping URL-mode requests held every server thread."""
    app = create_app({"PITH": IN_THREAD.with_overrides(concurrent_fetches=1)})
    service = app.extensions["pith.service"]
    service._fetches.acquire()  # one fetch is in flight
    try:
        response = app.test_client().get("/api/summary?url=https://example.org/")
    finally:
        service._fetches.release()
    assert response.status_code == 503 and response.json["error"]["code"] == "busy"
