"""Property and fuzz tests: no input makes Pith crash, hang or answer 5xx."""

from __future__ import annotations

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
