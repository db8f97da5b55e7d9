"""Page metadata read from the parsed page: meta tags, JSON-LD and ``<html lang>``.

Used by the extract stage before readability-lxml sees the tree (readability drops the
``<head>`` details we need). Every reader is defensive: real pages carry malformed JSON-LD,
author URLs instead of names and dates in a dozen formats.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from lxml import html as lxml_html

from .language import normalise_code

# A JSON-LD block larger than this is an app's state dump, not article metadata.
_MAX_JSON_LD_CHARS = 200_000

_ARTICLE_TYPES = {
    "article", "newsarticle", "reportagenewsarticle", "blogposting", "report",
    "analysisnewsarticle", "opinionnewsarticle", "webpage", "scholarlyarticle", "techarticle",
}


@dataclass(frozen=True)
class PageMetadata:
    title: str | None = None
    byline: str | None = None
    site_name: str | None = None
    published: str | None = None
    language: str | None = None
    description: str | None = None
    image: str | None = None  # the lead image's address
    article_body: str | None = None  # JSON-LD articleBody: a check on readability's pick


def read_metadata(tree: lxml_html.HtmlElement) -> PageMetadata:
    """Collect title, byline, site name, published date, language and description."""
    meta = _meta_index(tree)
    ld = _json_ld_article(tree)

    def first(*values):
        for value in values:
            value = _clean(value)
            if value:
                return value
        return None

    return PageMetadata(
        title=first(meta.get("og:title"), meta.get("twitter:title"), ld.get("headline")),
        byline=first(
            _person_names(ld.get("author")),
            meta.get("author"),
            _not_url(meta.get("article:author")),
            meta.get("parsely-author"),
            meta.get("dc.creator"),
        ) or first(_byline_element(tree)),  # a walk over the page: only when nothing else says
        site_name=first(
            meta.get("og:site_name"),
            _name_of(ld.get("publisher")),
            meta.get("application-name"),
        ),
        published=first(
            meta.get("article:published_time"),
            ld.get("datePublished") if isinstance(ld.get("datePublished"), str) else None,
            meta.get("parsely-pub-date"),
            meta.get("pubdate"),
            meta.get("publishdate"),
            meta.get("date"),
            meta.get("dc.date"),
            meta.get("dc.date.issued"),
            _first_time_element(tree),
        ),
        language=_language(tree, meta, ld),
        description=first(meta.get("og:description"), meta.get("description"),
                          meta.get("twitter:description"),
                          ld.get("description") if isinstance(ld.get("description"), str)
                          else None),
        image=first(meta.get("og:image"), meta.get("og:image:url"),
                    meta.get("twitter:image"), meta.get("twitter:image:src"),
                    _image_url(ld.get("image"))),
        article_body=_body(ld.get("articleBody")),
    )


def _image_url(value) -> str | None:
    if isinstance(value, list) and value:
        value = value[0]
    if isinstance(value, dict):
        value = value.get("url") or value.get("contentUrl")
    return value if isinstance(value, str) and value.strip() else None


def _body(value) -> str | None:
    """JSON-LD articleBody, kept with its line breaks (paragraphs) but tidied."""
    if not isinstance(value, str):
        return None
    lines = (" ".join(line.split()) for line in value.splitlines())
    return "\n".join(line for line in lines if line) or None


def _clean(value) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


def _meta_index(tree) -> dict[str, str]:
    index: dict[str, str] = {}
    for element in tree.iter("meta"):
        key = element.get("property") or element.get("name") or element.get("itemprop")
        content = element.get("content")
        if key and content and key.lower() not in index:
            index[key.lower()] = content
        equiv = element.get("http-equiv")
        if equiv and content and equiv.lower() == "content-language":
            index.setdefault("content-language", content)
    return index


def _json_ld_article(tree) -> dict:
    """The first JSON-LD object of an article type, or {}."""
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        text = script.text or ""
        if not text.strip() or len(text) > _MAX_JSON_LD_CHARS:
            continue
        try:
            data = json.loads(text)
        except ValueError:
            continue
        for item in _walk_ld(data):
            types = item.get("@type")
            types = types if isinstance(types, list) else [types]
            if any(isinstance(t, str) and t.lower() in _ARTICLE_TYPES for t in types):
                return item
    return {}


def _walk_ld(data, depth=0):
    if depth > 4:
        return
    if isinstance(data, list):
        for item in data:
            yield from _walk_ld(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        graph = data.get("@graph")
        if graph is not None:
            yield from _walk_ld(graph, depth + 1)


def _name_of(value) -> str | None:
    if isinstance(value, str):
        return _not_url(value)
    if isinstance(value, dict):
        return _not_url(value.get("name")) if isinstance(value.get("name"), str) else None
    return None


def _person_names(value) -> str | None:
    values = value if isinstance(value, list) else [value]
    names = [name for name in (_name_of(v) for v in values[:10]) if name]
    return ", ".join(dict.fromkeys(names)) or None


def _not_url(value) -> str | None:
    if isinstance(value, str) and not re.match(r"^\s*(https?:)?//", value):
        return value
    return None


def _byline_element(tree) -> str | None:
    for element in tree.xpath(
        '//*[@rel="author" or @itemprop="author" or contains(@class, "byline")'
        ' or contains(@class, "author-name")][1]'
    ):
        text = " ".join(element.text_content().split())
        text = re.sub(r"^(by|von|par|por)\s+", "", text, flags=re.IGNORECASE)
        if 0 < len(text) <= 100:
            return text
    return None


def _first_time_element(tree) -> str | None:
    for element in tree.iter("time"):
        value = element.get("datetime")
        if value:
            return value
    return None


def _language(tree, meta, ld) -> str | None:
    candidates = (
        tree.get("lang"),
        tree.get("xml:lang"),
        meta.get("content-language"),
        meta.get("og:locale"),
        ld.get("inLanguage") if isinstance(ld.get("inLanguage"), str) else None,
    )
    for value in candidates:
        code = normalise_code(value)
        if code:
            return code
    return None
