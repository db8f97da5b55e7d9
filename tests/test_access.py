"""The one access check (pith.access) over every route the app has: Host, token, cross-site.

Findings 2 and 4 of issue 11: any web page could drive the API (a no-cors text/plain POST,
an <img> GET of URL mode); POST /reader skipped the token, and the Host check was skipped
when a token was set. The tables below walk the app's own URL map, so a route added later is
checked without anyone remembering to list it.
"""

from __future__ import annotations

import pytest

from pith import create_app
from pith.access import Policy, policy_of
from tests.conftest import IN_THREAD, STORY, article_html

TOKEN = "s3cret-token"
OWN = "http://127.0.0.1:8765"
CHROME_EXTENSION = "chrome-extension://" + "jjggaoehdbifdkigfggnbkponfalmpjh"
FIREFOX_EXTENSION = "moz-extension://0f4d6c2e-8a3b-4c1d-9e2f-123456789abc"

# Endpoints that need no token: pages a browser opens (it cannot add a header to a window
# it opens), their scripts and styles, and the liveness probe. Nothing here runs the
# pipeline. Changing this set is a security decision: the test says so.
TOKEN_FREE = {"web.home": Policy.PAGE, "web.reader": Policy.PAGE,
              "web.reader_from_form": Policy.PAGE, "web.shared": Policy.ASSET,
              "static": Policy.ASSET, "api.healthz": Policy.STATUS}

# Headers Chromium 156 sent, observed with a local server (2026-11-28): an <img> on another
# site, a no-cors fetch from it, a form it posts, and window.open from it.
IMG = {"Sec-Fetch-Site": "cross-site", "Sec-Fetch-Mode": "no-cors", "Sec-Fetch-Dest": "image"}
NO_CORS = {"Origin": "http://localhost:8000", "Sec-Fetch-Site": "cross-site",
           "Sec-Fetch-Mode": "no-cors", "Sec-Fetch-Dest": "empty"}
FORM = {"Origin": "http://localhost:8000", "Sec-Fetch-Site": "cross-site",
        "Sec-Fetch-Mode": "navigate", "Sec-Fetch-Dest": "document"}
NAVIGATION = {"Sec-Fetch-Site": "cross-site", "Sec-Fetch-Mode": "navigate",
              "Sec-Fetch-Dest": "document"}
CORS_FROM_A_PAGE = {"Origin": "https://evil.example", "Sec-Fetch-Site": "cross-site",
                    "Sec-Fetch-Mode": "cors", "Sec-Fetch-Dest": "empty"}
# What the extension's popup and service worker sent (Chromium 156), the same from Firefox
# ESR 153's popup (observed over Marionette), and the reader window's own same-origin fetch
# (the same in both).
EXTENSION = {"Origin": CHROME_EXTENSION, "Sec-Fetch-Site": "none", "Sec-Fetch-Mode": "cors",
             "Sec-Fetch-Dest": "empty"}
FIREFOX = {"Origin": FIREFOX_EXTENSION, "Sec-Fetch-Site": "same-origin",
           "Sec-Fetch-Mode": "cors", "Sec-Fetch-Dest": "empty"}
READER = {"Origin": OWN, "Sec-Fetch-Site": "same-origin", "Sec-Fetch-Mode": "cors",
          "Sec-Fetch-Dest": "empty"}


def _app(**pith):
    return create_app({"PITH": IN_THREAD.with_overrides(**pith)})


def _routes():
    app = _app()
    for rule in app.url_map.iter_rules():
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            path = rule.rule.replace("<path:filename>", "reader.js").replace("<name>",
                                                                            "render.js")
            yield pytest.param(rule.endpoint, method, path, id=f"{method} {rule.rule}")


ROUTES = list(_routes())


def _call(client, method, path, headers):
    headers = {"Host": "127.0.0.1:8765", **headers}
    if method == "POST" and path == "/api/summary":
        return client.post(path, json={"html": article_html(STORY)}, headers=headers)
    if method == "POST":
        return client.post(path, data={"html": article_html(STORY)}, headers=headers)
    return client.open(path, method=method, headers=headers)


def _code(response) -> str:
    return response.get_data(as_text=True)


def test_the_table_covers_every_route():
    endpoints = {param.values[0] for param in ROUTES}
    assert endpoints >= {"api.summary_from_body", "api.summary_from_url", "web.reader_from_form",
                         "static", "web.shared", "api.openapi", "api.healthz", "web.home"}


@pytest.mark.parametrize("endpoint,method,path", ROUTES)
def test_a_foreign_host_is_refused_everywhere(endpoint, method, path):
    for app in (_app(), _app(token=TOKEN)):
        response = _call(app.test_client(), method, path,
                         {"Host": "attacker.example:8765", "Authorization": f"Bearer {TOKEN}"})
        assert response.status_code == 400 and "host_refused" in _code(response)


@pytest.mark.parametrize("endpoint,method,path", ROUTES)
def test_a_missing_token_is_refused_except_on_declared_pages(endpoint, method, path):
    app = _app(token=TOKEN)
    response = _call(app.test_client(), method, path, {})
    assert policy_of(app, endpoint) is TOKEN_FREE.get(endpoint, Policy.API)
    if endpoint in TOKEN_FREE:
        assert response.status_code != 401
    else:
        assert response.status_code == 401 and "unauthorized" in _code(response)


@pytest.mark.parametrize("endpoint,method,path", ROUTES)
@pytest.mark.parametrize("headers", [IMG, NO_CORS, CORS_FROM_A_PAGE],
                         ids=["img", "no-cors", "cors-page"])
def test_cross_site_requests_are_refused_everywhere(endpoint, method, path, headers):
    response = _call(_app().test_client(), method, path, headers)
    assert response.status_code == 403 and "cross_site" in _code(response)


@pytest.mark.parametrize("endpoint,method,path", ROUTES)
def test_only_pages_may_be_opened_from_another_site(endpoint, method, path):
    response = _call(_app().test_client(), method, path,
                     FORM if method == "POST" else NAVIGATION)
    if policy_of(_app(), endpoint) is Policy.PAGE:
        assert response.status_code in (200, 400)  # 400: the form carried no page
    else:
        assert response.status_code == 403


@pytest.mark.parametrize("headers", [
    {}, EXTENSION, FIREFOX,
    {**EXTENSION, "Sec-Fetch-Site": "cross-site"}, READER,
    {"Sec-Fetch-Site": "none", "Sec-Fetch-Mode": "navigate", "Sec-Fetch-Dest": "document"},
], ids=["curl", "chrome-extension", "firefox-extension", "extension-cross-site", "reader",
        "typed-url"])
def test_first_parties_reach_the_api(headers):
    client = _app().test_client()
    response = _call(client, "POST", "/api/summary", headers)
    assert response.status_code == 200, response.json
    url_mode = _call(client, "GET", "/api/summary?url=http://10.0.0.1/", headers)
    assert url_mode.status_code == 400 and url_mode.json["error"]["code"] == "url_refused"


@pytest.mark.parametrize("headers", [
    {"Origin": "null"}, {"Origin": "http://127.0.0.1:9999", "Sec-Fetch-Site": "same-site"},
    {"Sec-Fetch-Site": "same-site"}, {"Origin": CHROME_EXTENSION + ".evil.example"},
    {"Origin": OWN, "Sec-Fetch-Site": "cross-site"},
], ids=["null-origin", "other-port", "same-site", "lookalike-extension", "forged-mix"])
def test_other_origins_are_refused(headers):
    response = _call(_app().test_client(), "POST", "/api/summary", headers)
    assert response.status_code == 403


def test_text_plain_bodies_are_refused():
    """A page can send text/plain without asking (a CORS "simple" request)."""
    response = _app().test_client().post("/api/summary", data=article_html(STORY),
                                         content_type="text/plain")
    assert response.status_code == 415


def test_url_mode_is_not_reachable_from_an_img_tag_even_same_site():
    response = _call(_app().test_client(), "GET", "/api/summary?url=https://example.org/",
                     {"Sec-Fetch-Site": "same-origin", "Sec-Fetch-Mode": "no-cors",
                      "Sec-Fetch-Dest": "image"})
    assert response.status_code == 403


def test_the_reader_form_needs_no_token_and_runs_nothing(monkeypatch):
    """Finding 4: POST /reader ran the pipeline without the token. It now only hands the
    page to the reader window, whose own call to /api/summary carries the token."""
    def refuse(*args, **kwargs):
        raise AssertionError("the pipeline ran for a form POST")

    monkeypatch.setattr("pith.pipeline.summarize", refuse)
    response = _call(_app(token=TOKEN).test_client(), "POST", "/reader", FORM)
    assert response.status_code == 200
    assert 'id="pith-page"' in _code(response) and "key_points" not in _code(response)


def test_every_answer_carries_the_security_headers():
    client = _app().test_client()
    for path in ("/", "/reader", "/static/reader.js", "/shared/render.js", "/healthz",
                 "/api/openapi.json", "/nope"):
        response = _call(client, "GET", path, {})
        assert "default-src 'none'" in response.headers["Content-Security-Policy"], path
        assert response.headers["X-Content-Type-Options"] == "nosniff", path


@pytest.mark.parametrize("accept", ["image/avif,image/webp,*/*;q=0.8", "text/css,*/*;q=0.1",
                                    "video/*", "audio/*;q=0.9"])
def test_subresource_requests_without_fetch_metadata_are_refused(accept):
    """Browsers without Sec-Fetch-* headers (Safari before 16.4) send neither header for an
    <img>; what it asks for gives it away."""
    response = _call(_app().test_client(), "GET", "/api/summary?url=https://example.org/",
                     {"Accept": accept})
    assert response.status_code == 403
