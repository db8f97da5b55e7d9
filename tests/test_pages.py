"""Real-page fixtures (tests/pages/<slug>): key facts present, boilerplate absent."""

from __future__ import annotations

import re

import pytest

from pith.pipeline import extract, summarize
from pith.present import render
from tests.conftest import load_page, page_slugs

def _fact_cases():
    for slug in page_slugs():
        expected = load_page(slug)[1]
        for length in expected["must_include"]:
            reason = expected.get("xfail", {}).get(length)
            marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
            yield pytest.param(slug, length, marks=marks, id=f"{slug}-{length}")


@pytest.mark.parametrize("slug,length", list(_fact_cases()))
def test_key_facts_present(slug, length):
    source, expected = load_page(slug)
    summary = summarize(source, length=length)
    shown = [summary.tldr] + [p.text for p in summary.key_points]
    missing = [fact for fact in expected["must_include"][length]
               if not any(fact in text for text in shown)]
    assert not missing, f"missing {missing} in {shown}"


@pytest.mark.parametrize("slug", page_slugs())
def test_boilerplate_absent_from_text_and_points(slug):
    source, expected = load_page(slug)
    article = extract(source)
    summary = summarize(source, length="long")
    for snippet in expected["must_exclude"]:
        assert snippet not in article.text
        assert all(snippet not in p.text for p in summary.key_points)
    assert article.title == expected["title"]
    assert not article.text.startswith(expected["title"])


@pytest.mark.parametrize("slug", page_slugs())
def test_no_sentence_twice(slug):
    source, _ = load_page(slug)
    article = extract(source)
    sentences = re.split(r"(?<=[.!?”])\s+", article.text.replace("\n\n", " "))
    assert len(sentences) == len(set(sentences))
    summary = summarize(source, length="long")
    texts = [p.text for p in summary.key_points]
    assert len(texts) == len(set(texts))
    assert summary.tldr not in texts


@pytest.mark.parametrize("slug", page_slugs())
def test_offsets_point_at_the_sentence(slug):
    source, _ = load_page(slug)
    article = extract(source)
    summary = summarize(source, length="long")
    assert 0 < len(summary.key_points) <= 7
    for point in summary.key_points:
        paragraph = article.paragraphs[point.paragraph]
        assert paragraph[point.start:point.end] == point.text
    order = [(p.paragraph, p.start) for p in summary.key_points]
    assert order == sorted(order), "key points come in document order"


@pytest.mark.parametrize("length,most", [("short", 3), ("medium", 5), ("long", 7)])
def test_lengths_cap_the_points(length, most):
    source, _ = load_page("seed-wordpress")
    points = summarize(source, length=length).key_points
    assert 3 <= len(points) <= most


def test_seed_keeps_us_efforts_whole():
    source, _ = load_page("seed-amp")
    summary = summarize(source, length="long", include_text=True)
    body = summary.to_dict()["paragraphs"]
    assert any("U.S. efforts to intercept" in p for p in body)
    assert all(not p.text.endswith("U.S.") for p in summary.key_points)


def test_legacy_page_is_decoded_as_windows_1252():
    source, expected = load_page("seed-legacy-table")
    assert expected["encoding"] == "windows-1252"
    with pytest.raises(UnicodeDecodeError):
        source.decode("utf-8")
    article = extract(source)
    assert "Ukraine’s path to NATO membership is “irreversible”" in article.text
    assert "\ufffd" not in article.text


def test_the_text_and_markdown_name_the_source_and_the_day_of_the_story():
    source, _ = load_page("seed-wordpress")
    summary = summarize(source)
    for fmt in ("text", "markdown"):
        assert ("The Eastern Herald · by Staff Reporter · 2024-10-03 · "
                in render(summary, fmt)), fmt


def test_metadata_from_meta_tags_and_json_ld():
    source, _ = load_page("seed-wordpress")
    data = summarize(source).to_dict()
    assert data["site_name"] == "The Eastern Herald"
    assert data["byline"] == "Staff Reporter"
    assert data["published"].startswith("2024-10-03")
    assert data["language"] == "en"
    stats = data["stats"]
    assert stats["words"] > 300 and stats["sentences"] > 10
    assert stats["reading_minutes"] == 2
