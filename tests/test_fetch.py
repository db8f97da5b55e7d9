"""URL mode: what is fetched, what is refused. Only 127.0.0.1 is ever contacted."""

from __future__ import annotations

import gzip

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
