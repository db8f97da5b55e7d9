"""Property and fuzz tests: no input makes Pith crash, hang or answer 5xx."""

from __future__ import annotations

import codecs
import json

import pytest
import schemathesis
import schemathesis.checks
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pith import create_app
from pith import fetch as fetch_module
from pith.errors import PithError
from pith.models import Summary
from pith.pipeline import summarize

TAGS = ["p", "div", "span", "article", "h1", "h2", "li", "ul", "a", "script", "table", "td",
        "figure", "figcaption", "br", "img", "blockquote", "nav", "footer"]
WORDS = st.sampled_from(["The", "council", "approved", "a", "budget", "of", "$12", "million",
                         "on", "Monday.", "“We", "won,”", "she", "said.", "U.S.", "No.", "1",
                         "Also Read:", "Share", "©", "\x00", "\u200b", "<", "&amp;", "é"])
TEXT = st.lists(WORDS, max_size=40).map(" ".join)


@st.composite
def html_pages(draw, depth=0):
    parts = []
    for _ in range(draw(st.integers(0, 6))):
        if depth < 4 and draw(st.booleans()):
            tag = draw(st.sampled_from(TAGS))
            attributes = draw(st.sampled_from(["", ' class="share"', ' class="related"',
                                               ' hidden', ' lang="de"', ' class="story"']))
            parts.append(f"<{tag}{attributes}>{draw(html_pages(depth + 1))}</{tag}>")
        else:
            parts.append(draw(TEXT))
    return "".join(parts)


def _summarize_or_domain_error(page):
    try:
        result = summarize(page)
    except PithError:
        return
    assert isinstance(result, Summary)
    for point in result.key_points:
        assert point.text and point.start < point.end


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=4000))
def test_any_bytes(data):
    _summarize_or_domain_error(data)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=4000))
def test_any_text(text):
    _summarize_or_domain_error(text)


@settings(max_examples=150, deadline=None)
@given(html_pages(), st.sampled_from(["short", "medium", "long"]))
def test_any_html_shaped_page(body, length):
    page = f"<html><head><title>T</title></head><body>{body}</body></html>"
    try:
        result = summarize(page, length=length)
    except PithError:
        return
    assert len(result.key_points) <= {"short": 3, "medium": 5, "long": 7}[length]


# --- the HTTP API against its own OpenAPI description, by schemathesis --------------------

schema = schemathesis.openapi.from_wsgi("/api/openapi.json", create_app())


@pytest.fixture(autouse=True)
def _no_dns(monkeypatch):
    """URL mode must never reach the network from a test: every name is a private address,
    which Pith refuses before connecting."""
    monkeypatch.setattr(fetch_module, "resolve", lambda host, port: ["10.0.0.1"])


@schema.parametrize()
@settings(max_examples=100, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much,
                                 HealthCheck.function_scoped_fixture])
def test_api_never_answers_5xx(case):
    # Every schemathesis check (no 5xx, status codes, content types and bodies as the spec
    # says, bad data rejected, Allow on 405) except "schema-valid data is accepted": a
    # well-formed request whose page holds no article is rightly answered 422.
    response = case.call_and_validate(excluded_checks=[schemathesis.checks.positive_data_acceptance])
    assert response.status_code < 500, response.text
    if response.status_code >= 400:
        assert response.json()["error"]["code"]


# --- the whole pipeline on generated articles, in any charset (issue 11, item 9) -----------

PROSE_WORDS = ["council", "budget", "river", "school", "mayor", "residents", "approved",
               "debate", "million", "parks", "district", "plan", "workers", "spring", "road",
               "café", "naïve", "über", "señor", "garçon", "Zürich", "déjà", "vu", "“quoted”",
               "U.S.", "Dr.", "No.", "3,000", "$12", "12%", "e.g.", "(aside)", "—", "it's"]
SENTENCES = st.lists(st.sampled_from(PROSE_WORDS), min_size=6, max_size=18).map(
    lambda words: " ".join(words).capitalize() + st_end(words))
# WHATWG encodings that hold all of PROSE_WORDS, or hold them as &#...; references.
CHARSETS = ["utf-8", "windows-1252", "iso-8859-15", "iso-8859-2", "koi8-r", "shift_jis",
            "gbk", "big5", "euc-kr", "utf-16le", "utf-16be", "windows-1251", "macintosh"]
WRAPPERS = ["<p{a}>{x}</p>", "<div{a}><p>{x}</p></div>", "<section{a}><p>{x}</p></section>",
            "<p{a}><span>{x}</span></p>", "<blockquote{a}><p>{x}</p></blockquote>",
            "<li{a}>{x}</li>", "<p{a}>{x}<br>{x}</p>", "<td{a}>{x}</td>"]
ATTRIBUTES = ["", ' class="story"', ' class="share"', ' hidden', ' style="display:none"',
              ' lang="fr"', ' id="main"', ' class="caption"', ' dir="rtl"']


def st_end(words):
    return "" if words[-1].endswith((".", "?", "!")) else "."


@st.composite
def articles(draw):
    """(page bytes, content type): 40+ words of prose in random markup and a random
    charset, declared by a BOM, the HTTP header, a <meta>, or not at all."""
    paragraphs = draw(st.lists(st.lists(SENTENCES, min_size=1, max_size=4).map(" ".join),
                               min_size=3, max_size=8))
    body = "".join(draw(st.sampled_from(WRAPPERS)).format(
        a=draw(st.sampled_from(ATTRIBUTES)), x=paragraph) for paragraph in paragraphs)
    noise = draw(st.sampled_from(["", "<nav><a href=/>Home</a> <a href=/a>World</a></nav>",
                                  "<script>var x = '<p>not text</p>';</script>",
                                  "<footer>© Example News</footer>", "<!-- comment -->"]))
    charset = draw(st.sampled_from(CHARSETS))
    how = draw(st.sampled_from(["header", "meta", "bom", "none"]))
    meta = f'<meta charset="{charset}">' if how == "meta" else ""
    page = (f"<!DOCTYPE html><html><head>{meta}<title>{paragraphs[0][:40]}</title></head>"
            f"<body>{noise}<article><h1>Story</h1>{body}</article>{noise}</body></html>")
    data = page.encode(charset, errors="xmlcharrefreplace")
    if how == "bom" and charset.startswith("utf"):
        data = {"utf-8": codecs.BOM_UTF8, "utf-16le": codecs.BOM_UTF16_LE,
                "utf-16be": codecs.BOM_UTF16_BE}[charset] + data
    content_type = f"text/html; charset={charset}" if how == "header" or (
        how in ("meta", "none") and charset.startswith("utf-16")) else "text/html"
    return data, content_type


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles(), st.sampled_from(["short", "medium", "long"]),
       st.sampled_from(["pith", "pith", "lexrank", "luhn", "textrank"]))
def test_generated_articles_in_any_charset(page, length, summarizer):
    """No exception but a domain error, and every key point indexes its paragraph."""
    data, content_type = page
    try:
        result = summarize(data, content_type=content_type, length=length,
                           summarizer=summarizer, include_text=True)
    except PithError:
        return
    paragraphs = result.article.paragraphs
    assert result.key_points
    for point in result.key_points:
        assert paragraphs[point.paragraph][point.start:point.end] == point.text


# --- a fuzz run over every route, with any method, headers and body -----------------------

FUZZ_APP = create_app({"PITH": {"summary_workers": 0}})
RULES = sorted(rule.rule for rule in FUZZ_APP.url_map.iter_rules())
HEADER_VALUES = {
    "Host": ["127.0.0.1:8765", "localhost", "[::1]:1", "evil.example", "", "127.0.0.1:x"],
    "Origin": ["null", "https://evil.example", "chrome-extension://" + "a" * 32,
               "http://127.0.0.1:8765", "moz-extension://x"],
    "Sec-Fetch-Site": ["none", "same-origin", "same-site", "cross-site", "bogus"],
    "Sec-Fetch-Mode": ["cors", "no-cors", "navigate", "same-origin", ""],
    "Content-Type": ["text/html", "application/json", "text/plain", "multipart/form-data",
                     "application/x-www-form-urlencoded", "text/html; charset=rot13",
                     "application/json; charset=utf-16", "image/png", ""],
    "Accept": ["*/*", "text/markdown;q=0", "TEXT/PLAIN", "application/json;q=abc", ""],
    "Authorization": ["Bearer x", "Basic eA==", "bearer", ""],
    "Via": ["1.1 proxy", ""],
}
BODIES = st.one_of(st.binary(max_size=600), st.text(max_size=600).map(str.encode),
                   st.builds(lambda html, url: json.dumps({"html": html, "url": url}).encode(),
                             st.text(max_size=300), st.text(max_size=30)),
                   st.just(b"html=%3Cp%3Ex&url=javascript%3Aalert(1)"))


@settings(max_examples=300, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(rule=st.sampled_from(RULES),
       method=st.sampled_from(["GET", "POST", "PUT", "DELETE", "OPTIONS", "HEAD", "PATCH"]),
       headers=st.dictionaries(st.sampled_from(sorted(HEADER_VALUES)), st.none(), max_size=5),
       picks=st.data(), body=BODIES,
       query=st.sampled_from(["", "?url=http://10.0.0.1/", "?format=md&length=xl",
                              "?url=javascript:x", "?include_text=maybe",
                              "?summarizer=kl&language=zz", "?url=http://[::1"]))
def test_every_route_survives_any_request(rule, method, headers, picks, body, query):
    headers = {name: picks.draw(st.sampled_from(HEADER_VALUES[name])) for name in headers}
    path = rule.replace("<path:filename>", "reader.js").replace("<name>", "render.js") + query
    response = FUZZ_APP.test_client().open(path, method=method, headers=headers, data=body)
    assert response.status_code < 500, response.get_data(as_text=True)[:300]
    assert b"Traceback" not in response.data
    if (response.status_code >= 400 and response.mimetype == "application/json"
            and method != "HEAD"):
        assert response.json["error"]["code"]
