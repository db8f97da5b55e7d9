"""The service's own pages: home with the bookmarklet, the reader, the shared modules."""

from __future__ import annotations

import html as html_lib
import json
import re
from urllib.parse import unquote

from pith.assets import shared_dir
from pith.bookmarklet import build
from tests.conftest import load_page


def _bookmarklet_code(client) -> str:
    html = client.get("/").get_data(as_text=True)
    href = re.search(r'id="bookmarklet" href="([^"]+)"', html).group(1)
    assert href.startswith("javascript:")
    return unquote(html_lib.unescape(href)[len("javascript:"):])


def test_bookmarklet_is_built_from_the_extension_sources(client):
    code = _bookmarklet_code(client)
    assert 'var ORIGIN="http://localhost"' in code
    for name in ("capture.js", "highlight.js", "bookmarklet.js"):
        source = (shared_dir() / name).read_text(encoding="utf-8")
        statements = [line.strip() for line in source.splitlines()
                      if line.strip().startswith(("var ", "function ", "return ", "if ("))]
        assert statements and all(s in code for s in statements), name


def test_bookmarklet_targets_the_origin_it_is_served_from(app):
    client = app.test_client()
    html = client.get("/", base_url="http://127.0.0.1:9999").get_data(as_text=True)
    assert "var%20ORIGIN=%22http://127.0.0.1:9999%22" in html
    assert f'href="{build("http://127.0.0.1:9999")}"' in html  # nothing needed escaping


def test_pages_carry_a_strict_csp(client):
    for path in ("/", "/reader"):
        response = client.get(path)
        assert response.status_code == 200
        csp = response.headers["Content-Security-Policy"]
        assert "default-src 'none'" in csp and "script-src 'self'" in csp
        assert "unsafe" not in csp
        assert "Cross-Origin-Opener-Policy" not in response.headers  # would cut the opener


def test_reader_form_fallback_embeds_the_page_and_runs_nothing(client, monkeypatch):
    """The form comes from the article's own site, so any site could post it: the page is
    handed to the reader window, which summarises it through the API only on a click."""
    def refuse(*args, **kwargs):
        raise AssertionError("the pipeline ran for a form POST")

    monkeypatch.setattr("pith.pipeline.summarize", refuse)
    source, _ = load_page("seed-amp")
    response = client.post("/reader", data={"html": source.decode(), "url": "https://x.org/a",
                                            "title": "NATO"}, headers={
        "Origin": "https://x.org", "Sec-Fetch-Site": "cross-site", "Sec-Fetch-Mode": "navigate",
        "Sec-Fetch-Dest": "document"})
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    data = re.search(r'<script type="application/json" id="pith-result">(.*?)</script>',
                     html, re.DOTALL).group(1)
    assert "<" not in data  # the page's markup cannot end the script element
    page = json.loads(data)["page"]
    assert page["url"] == "https://x.org/a" and "$44.1 billion" in page["html"]


def test_reader_form_fallback_reports_errors(client):
    response = client.post("/reader", data={"html": "  "})
    assert response.status_code == 400
    assert "bad_request" in response.get_data(as_text=True)


def test_only_shared_files_are_served(client):
    assert client.get("/shared/render.js").status_code == 200
    assert client.get("/shared/popup.js").status_code == 404
    assert client.get("/shared/..%2F..%2Fmanifest.json").status_code == 404
