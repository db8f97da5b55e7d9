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
from tests.conftest import STORY, PageHandler, article_html, serving

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
    assert token_client.get("/healthz", headers={"Host": "pith.example"}).status_code == 200
    preflight = token_client.options("/api/summary", headers={
        "Origin": "chrome-extension://" + "a" * 32, "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "authorization, content-type"})
    assert preflight.status_code == 200
    assert "authorization" in preflight.headers["Access-Control-Allow-Headers"].lower()


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


def test_quadratic_rankers_get_fewer_sentences():
    assert sentence_limit("lexrank", DEFAULT) == DEFAULT.max_sentences_ranked_quadratic
    assert sentence_limit("pith", DEFAULT) == DEFAULT.max_sentences_ranked


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
    import threading

    from waitress import create_server

    server = create_server(create_app(), host="127.0.0.1", port=0, threads=2,
                           channel_timeout=30)
    threading.Thread(target=server.run, daemon=True).start()
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
        server.close()


# --- admission: huge pages in a worker process ------------------------------------------------

@pytest.fixture
def heavy_app():
    """Every page counts as huge here, so each summary goes through the worker process."""
    app = create_app({"PITH": {"heavy_page_bytes": 1}})
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
