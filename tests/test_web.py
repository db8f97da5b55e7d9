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


def test_reader_form_post_embeds_the_page_for_the_reader_script(client):
    """The bookmarklet's form POST: the page goes into the reader as inert JSON (the reader
    script summarises it through /api/summary); markup in it cannot close the script."""
    source, _ = load_page("seed-amp")
    hostile = source.decode() + "</script><script>alert(1)</script>"
    response = client.post("/reader", data={"html": hostile, "url": "https://x.org/a",
                                            "title": "NATO"})
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    data = re.search(r'<script type="application/json" id="pith-page">(.*?)</script>',
                     html, re.DOTALL).group(1)
    assert "<" not in data
    page = json.loads(data)
    assert page == {"html": hostile, "url": "https://x.org/a", "title": "NATO"}


def test_reader_form_post_without_a_page_explains_itself(client):
    response = client.post("/reader", data={"html": "  "})
    assert response.status_code == 400
    assert 'id="pith-error"' in response.get_data(as_text=True)
    assert "bad_request" in response.get_data(as_text=True)


def test_only_shared_files_are_served(client):
    assert client.get("/shared/render.js").status_code == 200
    assert client.get("/shared/popup.js").status_code == 404
    assert client.get("/shared/..%2F..%2Fmanifest.json").status_code == 404
