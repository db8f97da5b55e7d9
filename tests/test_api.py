"""The HTTP API through Flask's test client."""

from __future__ import annotations

import pytest

from pith import create_app
from tests.conftest import SECTION_TOPICS, STORY, article_html, load_page, sectioned_page

CHROME_ORIGIN = "chrome-extension://" + "abcdefghijklmnopabcdefghijklmnop"
FIREFOX_ORIGIN = "moz-extension://0f4d6c2e-8a3b-4c1d-9e2f-123456789abc"


def test_healthz(client):
    response = client.get("/healthz")
    assert response.status_code == 200 and response.json["status"] == "ok"


def test_json_post(client):
    response = client.post("/api/summary", json={"html": article_html(STORY),
                                                 "url": "https://example.org/a",
                                                 "length": "short", "include_text": True})
    assert response.status_code == 200
    data = response.json
    assert 1 <= len(data["key_points"]) <= 3
    assert data["url"] == "https://example.org/a"
    assert data["paragraphs"][0].startswith("The city council approved")


def test_raw_html_post_decodes_the_declared_charset(client):
    source, _ = load_page("seed-legacy-table")
    response = client.post("/api/summary?length=long&include_text=true", data=source,
                           content_type="text/html; charset=windows-1252")
    assert response.status_code == 200
    assert any("$44.1 billion" in p["text"] for p in response.json["key_points"])
    assert "“irreversible”" in " ".join(response.json["paragraphs"])


def test_json_body_equals_summary_to_dict(client):
    from pith.pipeline import summarize

    html = article_html(STORY)
    body = client.post("/api/summary", json={"html": html}).json
    expected = summarize(html).to_dict()
    timing = body.pop("timing")  # the clock differs between two runs
    assert timing["cache"] == "miss" and set(timing["stage_ms"]) >= {"extract", "rank"}
    expected.pop("timing")
    assert body == expected


def test_repeat_request_is_served_from_the_cache(client):
    html = article_html(STORY)
    first = client.post("/api/summary", json={"html": html, "length": "short"}).json
    again = client.post("/api/summary", json={"html": html, "length": "short"}).json
    other = client.post("/api/summary", json={"html": html, "length": "long"}).json
    assert (first["timing"]["cache"], again["timing"]["cache"], other["timing"]["cache"]) == (
        "miss", "hit", "miss")
    assert again["key_points"] == first["key_points"]
    # A hit reports its own time: the lookup, with no pipeline stage run.
    assert again["timing"]["stage_ms"] == {} and again["timing"]["elapsed_ms"] < 50


def test_cache_is_bounded():
    app = create_app({"PITH": {"cache_entries": 2}})
    client = app.test_client()
    pages = [article_html(STORY, title=f"Story {i}") for i in range(3)]
    for page in pages:
        client.post("/api/summary", json={"html": page})
    assert len(app.extensions["pith.service"]._cache._items) == 2
    # The oldest page was evicted; the newest is still there.
    assert client.post("/api/summary", json={"html": pages[0]}).json["timing"]["cache"] == "miss"
    assert client.post("/api/summary", json={"html": pages[2]}).json["timing"]["cache"] == "hit"


@pytest.mark.parametrize("query,accept,mimetype,marker", [
    ("?format=markdown", None, "text/markdown", "## Key points"),
    ("?format=text", None, "text/plain", "TL;DR: "),
    ("", "text/markdown", "text/markdown", "## Key points"),
    ("", "text/plain", "text/plain", "TL;DR: "),
    ("", "*/*", "application/json", '"key_points"'),
])
def test_formats(client, query, accept, mimetype, marker):
    headers = {"Accept": accept} if accept else {}
    response = client.post("/api/summary" + query, data=article_html(STORY),
                           content_type="text/html", headers=headers)
    assert response.status_code == 200
    assert response.mimetype == mimetype
    assert marker in response.get_data(as_text=True)


def test_points_carry_their_section_in_every_format(client):
    html = sectioned_page()
    body = client.post("/api/summary?length=long", data=html, content_type="text/html").json
    points = body["key_points"]
    assert all(p["section"] in {f"About the {t}" for t in SECTION_TOPICS} for p in points), points
    runs = [p["section"] for i, p in enumerate(points)
            if i == 0 or points[i - 1]["section"] != p["section"]]
    assert len(runs) >= 3
    markdown = client.post("/api/summary?length=long&format=markdown", data=html,
                           content_type="text/html").get_data(as_text=True)
    assert [line[4:] for line in markdown.splitlines() if line.startswith("### ")] == runs
    text = client.post("/api/summary?length=long&format=text", data=html,
                       content_type="text/html").get_data(as_text=True)
    assert [line for line in text.splitlines() if line.startswith("About the ")] == runs
    # Each heading stands on its own line after a blank one, its points right under it.
    lines = markdown.splitlines()
    for heading in runs:
        at = lines.index(f"### {heading}")
        assert lines[at - 1] == "" and lines[at + 1] == "" and lines[at + 2].startswith("- ")
        assert heading.removeprefix("About the ") in lines[at + 2]


def test_markdown_escapes_page_markup(client):
    html = article_html(STORY, title="Budget &lt;b&gt;*passes*&lt;/b&gt;")
    text = client.post("/api/summary?format=markdown", data=html,
                       content_type="text/html").get_data(as_text=True)
    assert text.startswith("# Budget \\<b\\>\\*passes\\*\\</b\\>")


@pytest.mark.parametrize("kwargs,status,code", [
    ({"data": "{not json", "content_type": "application/json"}, 400, "bad_request"),
    ({"json": ["html"]}, 400, "bad_request"),
    ({"json": {}}, 400, "bad_request"),
    ({"json": {"html": ""}}, 400, "bad_request"),
    ({"json": {"html": 42}}, 400, "bad_request"),
    ({"json": {"html": "<p>x</p>", "lenght": "short"}}, 400, "bad_request"),
    ({"json": {"html": article_html(STORY), "length": "tiny"}}, 400, "bad_request"),
    ({"json": {"html": article_html(STORY), "include_text": "yes"}}, 400, "bad_request"),
    ({"json": {"html": article_html(STORY), "format": "pdf"}}, 400, "bad_request"),
    ({"json": {"html": article_html(STORY), "summarizer": "gpt"}}, 400, "bad_request"),
    ({"data": b"%PDF-1.4 ...", "content_type": "text/html"}, 415, "unsupported_media_type"),
    ({"data": b"\x89PNG", "content_type": "image/png"}, 415, "unsupported_media_type"),
    ({"data": b"", "content_type": "text/html"}, 400, "bad_request"),
    ({"json": {"html": "<html><body><p>Hi.</p></body></html>"}}, 422, "not_an_article"),
], ids=["malformed-json", "json-array", "missing-html", "empty-html", "html-not-string",
        "unknown-field", "bad-length", "bad-bool", "bad-format", "bad-summarizer", "pdf-bytes",
        "image-type", "empty-body", "not-an-article"])
def test_errors_are_json_with_a_status(client, kwargs, status, code):
    response = client.post("/api/summary", **kwargs)
    assert response.status_code == status
    assert response.json["error"]["code"] == code
    assert response.json["error"]["message"]
    assert "Traceback" not in response.get_data(as_text=True)


def test_body_over_the_limit_is_413():
    app = create_app({"PITH": {"max_body_bytes": 10_000}})
    response = app.test_client().post("/api/summary", data=b"<p>" + b"a" * 30_000,
                                      content_type="text/html")
    assert response.status_code == 413
    assert response.json["error"]["code"] == "too_large"


def test_unknown_route_and_method_are_json(client):
    assert client.get("/nope").json["error"]["code"] == "not_found"
    response = client.delete("/api/summary")
    assert response.status_code == 405 and response.json["error"]["code"]


def test_get_without_url_explains_itself(client):
    response = client.get("/api/summary")
    assert response.status_code == 400 and "url=" in response.json["error"]["message"]


def test_get_refuses_loopback_by_default(client):
    response = client.get("/api/summary?url=http://127.0.0.1:9/")
    assert response.status_code == 400
    assert response.json["error"]["code"] == "url_refused"


@pytest.mark.parametrize("origin", [CHROME_ORIGIN, FIREFOX_ORIGIN])
def test_cors_allows_extension_origins(client, origin):
    response = client.post("/api/summary", json={"html": article_html(STORY)},
                           headers={"Origin": origin})
    assert response.headers.get("Access-Control-Allow-Origin") == origin
    preflight = client.options("/api/summary", headers={
        "Origin": origin, "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type",
        "Access-Control-Request-Private-Network": "true"})
    assert preflight.headers.get("Access-Control-Allow-Origin") == origin
    assert preflight.headers.get("Access-Control-Allow-Private-Network") == "true"


@pytest.mark.parametrize("origin", ["https://evil.example", "null",
                                    CHROME_ORIGIN + ".evil.example",
                                    "http://127.0.0.1:8765"])
def test_cors_refuses_web_origins(client, origin):
    response = client.post("/api/summary", json={"html": article_html(STORY)},
                           headers={"Origin": origin})
    assert "Access-Control-Allow-Origin" not in response.headers


def test_request_body_limit_follows_the_configured_page_limit():
    app = create_app({"PITH": {"max_body_bytes": 10_000}})
    assert app.config["MAX_CONTENT_LENGTH"] < 100_000
    response = app.test_client().post("/api/summary", json={"html": "a" * 200_000})
    assert response.status_code == 413
    assert response.json["error"]["code"] == "too_large"


def test_openapi_lists_every_error_code(client):
    from pith.errors import error_codes

    schemas = client.get("/api/openapi.json").json["components"]["schemas"]
    assert schemas["ErrorCode"]["enum"] == list(error_codes())


def test_error_messages_carry_no_browser_advice(client):
    """Advice such as "select the text" belongs to the edges with a browser user
    (render.js), not to the message curl and the CLI print."""
    for html in ("<p>Hi.</p>", "%PDF-1.4 binary"):
        message = client.post("/api/summary", data=html,
                              content_type="text/html").json["error"]["message"]
        assert "select" not in message.lower() and "selection" not in message.lower()


# --- issue 11, finding 9: the smaller points -------------------------------------------------

@pytest.mark.parametrize("fmt,content_type", [("markdown", "text/markdown; charset=utf-8"),
                                              ("text", "text/plain; charset=utf-8")])
def test_charset_is_named_once(client, fmt, content_type):
    for response in (client.post("/api/summary", json={"html": article_html(STORY),
                                                       "format": fmt}),
                     client.post(f"/api/summary?format={fmt}", data=article_html(STORY),
                                 content_type="text/html")):
        assert response.headers["Content-Type"] == content_type


@pytest.mark.parametrize("accept,mimetype", [
    ("text/markdown;q=0, text/plain", "text/plain"),
    ("TEXT/MARKDOWN", "text/markdown"),
    ("text/plain;q=0.2, text/markdown;q=0.9", "text/markdown"),
    ("text/plain;q=0", "application/json"),
    ("image/png", "application/json"),
])
def test_accept_honours_q_values_and_ignores_case(client, accept, mimetype):
    response = client.post("/api/summary", json={"html": article_html(STORY)},
                           headers={"Accept": accept})
    assert response.mimetype == mimetype


@pytest.mark.parametrize("url", ["javascript:alert(1)", " JavaScript:alert(1)",
                                 "data:text/html,<script>x</script>"])
def test_a_script_url_never_becomes_a_markdown_link(client, url):
    text = client.post("/api/summary", json={"html": article_html(STORY), "url": url,
                                             "format": "markdown"}).get_data(as_text=True)
    assert "## Key points" in text
    assert "](" not in text and "Read the article" not in text


@pytest.mark.parametrize("format_", ["json", "markdown", "text"])
def test_a_malformed_page_address_is_reported_back_but_never_fails_the_summary(client, format_):
    # urllib raises on "http://[::1" (an IPv6 host never closed); the page's own address
    # is only read for its site name and for the Markdown link.
    response = client.post("/api/summary", json={"html": article_html(STORY),
                                                 "url": "http://[::1", "format": format_})
    assert response.status_code == 200
    assert "](" not in response.get_data(as_text=True)


def test_a_malformed_address_in_the_pages_own_metadata_is_ignored(client):
    html = article_html(STORY).replace(
        "<head>", '<head><meta property="og:url" content="http://[::1/story">', 1)
    assert 'content="http://[::1/story"' in html
    response = client.post("/api/summary", json={"html": html})
    assert response.status_code == 200
    assert response.get_json()["key_points"]
