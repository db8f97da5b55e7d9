"""URL mode: what is fetched, what is refused. Only 127.0.0.1 is ever contacted."""

from __future__ import annotations

import gzip
import time
import zlib

import pytest

from pith import create_app, fetch as fetch_module
from pith.config import DEFAULT
from pith.errors import FetchError, FetchRefused, PayloadTooLarge, UnsupportedMediaType
from pith.fetch import fetch, is_public
from tests.conftest import STORY, PageHandler, article_html, serving

PAGE = article_html(STORY, title="Parks budget").encode("utf-8")


class Handler(PageHandler):
    routes = {
        "/article": (200, {"Content-Type": "text/html; charset=utf-8"}, PAGE),
        "/gzipped": (200, {"Content-Type": "text/html", "Content-Encoding": "gzip"},
                     gzip.compress(PAGE)),
        "/hop1": (302, {"Location": "/hop2"}, b""),
        "/hop2": (301, {"Location": "/article"}, b""),
        "/loop": (302, {"Location": "/loop"}, b""),
        "/pdf": (200, {"Content-Type": "application/pdf"}, b"%PDF-1.4"),
        "/big": (200, {"Content-Type": "text/html"}, b"<p>" + b"a" * 200_000),
        "/bomb": (200, {"Content-Type": "text/html", "Content-Encoding": "gzip"},
                  gzip.compress(b" " * 5_000_000)),
        "/gone": (404, {"Content-Type": "text/html"}, b"not here"),
    }

    def route(self, path):
        return self.routes.get(path, (404, {}, b""))


@pytest.fixture(scope="module")
def origin():
    with serving(Handler) as url:
        yield url


LOCAL = DEFAULT.with_overrides(fetch_allow_private=True, fetch_timeout=5.0)


def test_fetches_a_page(origin):
    page = fetch(origin + "/article", LOCAL)
    assert page.body == PAGE and page.content_type.startswith("text/html")


def test_follows_redirects_and_reports_the_final_url(origin):
    page = fetch(origin + "/hop1", LOCAL)
    assert page.url == origin + "/article" and page.body == PAGE


def test_decompresses_gzip(origin):
    assert fetch(origin + "/gzipped", LOCAL).body == PAGE


@pytest.mark.parametrize("path,error", [
    ("/loop", FetchRefused), ("/pdf", UnsupportedMediaType), ("/gone", FetchError),
    ("/big", PayloadTooLarge), ("/bomb", PayloadTooLarge),
])
def test_refusals(origin, path, error):
    config = LOCAL.with_overrides(max_body_bytes=100_000)
    with pytest.raises(error):
        fetch(origin + path, config)


def test_api_url_mode_end_to_end(origin):
    app = create_app({"PITH": LOCAL})
    response = app.test_client().get(f"/api/summary?url={origin}/hop1&format=json")
    assert response.status_code == 200
    assert response.json["title"] == "Parks budget"
    assert response.json["url"] == origin + "/article"


@pytest.mark.parametrize("url", [
    "http://127.0.0.1/", "http://127.1/", "http://0x7f000001/", "http://2130706433/",
    "http://[::1]/", "http://[::ffff:127.0.0.1]/", "http://10.0.0.1/",
    "http://169.254.169.254/latest/meta-data/", "http://100.64.0.1/", "http://0.0.0.0/",
    "http://224.0.0.1/",
])
def test_private_addresses_are_refused_by_default(url):
    with pytest.raises(FetchRefused):
        fetch(url, DEFAULT)


def test_a_name_resolving_to_a_private_address_is_refused(monkeypatch):
    monkeypatch.setattr(fetch_module, "resolve", lambda host, port: ["192.168.1.1"])
    with pytest.raises(FetchRefused, match="192.168.1.1"):
        fetch("https://innocent.example/", DEFAULT)


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/", "javascript:x",
                                 "http://user:pw@example.org/", "http://example.org:99999/",
                                 "https:///nohost"])
def test_bad_urls_are_refused(url):
    with pytest.raises(FetchRefused):
        fetch(url, DEFAULT)


@pytest.mark.parametrize("address,public", [
    ("93.184.216.34", True), ("2606:2800:220:1::1", True), ("127.0.0.1", False),
    ("::ffff:10.0.0.1", False), ("fe80::1", False), ("fc00::1", False), ("100.64.0.1", False),
])
def test_is_public(address, public):
    assert is_public(address) is public


# --- issue 11: addresses, deadlines, bodies, neutral errors ------------------------------------

# Finding 6, and the IANA special-purpose registries (IPv4 and IPv6) row by row.
@pytest.mark.parametrize("address,public", [
    ("8.8.8.8", True), ("1.1.1.1", True), ("192.0.0.9", True), ("192.0.0.10", True),
    ("192.31.196.1", True), ("192.52.193.1", True), ("192.175.48.1", True),
    ("0.0.0.0", False), ("0.1.2.3", False), ("10.1.2.3", False), ("100.64.0.1", False),
    ("100.127.255.254", False), ("127.0.0.2", False), ("169.254.169.254", False),
    ("172.16.0.1", False), ("172.31.255.255", False), ("192.0.0.1", False),
    ("192.0.0.170", False), ("192.0.2.1", False), ("192.88.99.1", False),
    ("192.168.1.1", False), ("198.18.0.1", False), ("198.19.255.1", False),
    ("198.51.100.1", False), ("203.0.113.1", False), ("224.0.0.1", False),
    ("239.255.255.250", False), ("240.0.0.1", False), ("255.255.255.255", False),
    # IPv6
    ("2606:4700:4700::1111", True), ("2001:4860:4860::8888", True), ("2001:1::1", True),
    ("2001:1::2", True), ("2001:1::3", True), ("2001:3::1", True), ("2001:4:112::1", True),
    ("2001:20::1", True), ("2001:30::1", True), ("2620:4f:8000::1", True),
    ("::", False), ("::1", False), ("100::1", False), ("100:0:0:1::1", False),
    ("2001::1", False), ("2001:0:4136:e378:8000:63bf:3fff:fdd2", False),  # Teredo
    ("2001:2::1", False), ("2001:10::1", False), ("2001:db8::1", False), ("3fff::1", False),
    ("5f00::1", False), ("fc00::1", False), ("fd12:3456::1", False), ("fe80::1", False),
    ("fe80::1%eth0", False), ("fec0::1", False), ("feff::1", False), ("ff02::1", False),
    ("4000::1", False), ("::ffff:0:8.8.8.8", False),
    # IPv6 forms embedding an IPv4 address: judged by it, or refused outright.
    ("::ffff:8.8.8.8", True), ("::ffff:127.0.0.1", False), ("::ffff:10.0.0.1", False),
    ("64:ff9b::8.8.8.8", True), ("64:ff9b::127.0.0.1", False), ("64:ff9b::a9fe:a9fe", False),
    ("64:ff9b:1::8.8.8.8", False), ("64:ff9b:1::7f00:1", False),
    ("::127.0.0.1", False), ("::8.8.8.8", False), ("::ffff:0:127.0.0.1", False),
    ("2002:0808:0808::1", True), ("2002:7f00:0001::1", False), ("2002:c0a8:0101::1", False),
])
def test_is_public_follows_the_iana_registries(address, public):
    assert is_public(address) is public


class Dripping(PageHandler):
    """A server that sends its status line, headers or body one byte at a time."""

    def do_GET(self):
        head = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
                + b"X-Pad: " + b"a" * 1000 + b"\r\n\r\n")
        body = PAGE * 10
        data = head + body if self.path == "/headers" else None
        try:
            if data is None:
                self.wfile.write(head)
                data = body
            for byte in data:
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
                time.sleep(0.05)
        except OSError:
            pass


@pytest.mark.parametrize("path", ["/headers", "/body"])
def test_a_dripping_server_is_cut_off_at_the_deadline(path):
    """Finding 1: the deadline was checked only between 64 KiB reads, headers not at all."""
    config = LOCAL.with_overrides(fetch_timeout=1.0)
    with serving(Dripping) as origin:
        started = time.monotonic()
        with pytest.raises(FetchError, match="too long"):
            fetch(origin + path, config)
        assert time.monotonic() - started < 10  # hang guard: it used to run for minutes


def test_the_request_deadline_bounds_the_fetch_too():
    with serving(Dripping) as origin:
        with pytest.raises(FetchError):
            fetch(origin + "/body", LOCAL, deadline=time.monotonic() + 0.5)


def test_a_slow_name_lookup_is_abandoned(monkeypatch):
    monkeypatch.setattr(fetch_module, "resolve", lambda host, port: time.sleep(5) or [])
    started = time.monotonic()
    with pytest.raises(FetchError, match="took too long"):
        fetch("http://slow.example/", LOCAL.with_overrides(fetch_timeout=0.5))
    assert time.monotonic() - started < 4  # hang guard


class Bodies(PageHandler):
    deflated = zlib.compress(PAGE)

    routes = {
        "/multi-gzip": (200, {"Content-Encoding": "gzip"},
                        gzip.compress(PAGE[:100]) + gzip.compress(PAGE[100:])),
        "/truncated-gzip": (200, {"Content-Encoding": "gzip"}, gzip.compress(PAGE)[:-30]),
        "/deflate": (200, {"Content-Encoding": "deflate"}, deflated),
        "/raw-deflate": (200, {"Content-Encoding": "deflate"}, deflated[2:-4]),
        "/br": (200, {"Content-Encoding": "br"}, b"\x0b\x02\x80"),
        "/redirect-bad-ipv6": (302, {"Location": "http://[::1"}, b""),
        "/redirect-bad-port": (302, {"Location": "http://example.org:99999/"}, b""),
    }

    def route(self, path):
        if path == "/short":
            return 200, {}, PAGE
        status, headers, body = self.routes[path]
        return status, {"Content-Type": "text/html", **headers}, body

    def do_GET(self):
        if self.path == "/short":  # promises more than it sends, then closes
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(PAGE) + 500))
            self.end_headers()
            self.wfile.write(PAGE)
            return
        if self.path == "/garbage-status":
            self.wfile.write(b"HELLO <script>alert(1)</script> SECRET-LINE\r\n\r\n")
            return
        super().do_GET()


@pytest.fixture(scope="module")
def bodies():
    with serving(Bodies) as url:
        yield url


@pytest.mark.parametrize("path", ["/multi-gzip", "/deflate", "/raw-deflate"])
def test_every_gzip_member_and_both_deflate_forms_are_read(bodies, path):
    assert fetch(bodies + path, LOCAL).body == PAGE


@pytest.mark.parametrize("path,error", [
    ("/truncated-gzip", FetchError), ("/short", FetchError), ("/br", UnsupportedMediaType),
    ("/redirect-bad-ipv6", FetchRefused), ("/redirect-bad-port", FetchRefused),
])
def test_broken_bodies_and_redirects_are_refused(bodies, path, error):
    with pytest.raises(error):
        fetch(bodies + path, LOCAL)


def test_fetch_errors_do_not_echo_the_remote(bodies):
    with pytest.raises(FetchError) as caught:
        fetch(bodies + "/garbage-status", LOCAL)
    assert "SECRET" not in caught.value.message and "<script>" not in caught.value.message


def test_redirect_to_a_malformed_address_is_a_4xx_in_the_api(bodies):
    app = create_app({"PITH": LOCAL.with_overrides(summary_workers=0)})
    response = app.test_client().get(f"/api/summary?url={bodies}/redirect-bad-ipv6")
    assert response.status_code == 400 and response.json["error"]["code"] == "url_refused"
