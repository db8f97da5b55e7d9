"""The article's title: the headline a reader sees, without the site's name.

The visible ``<h1>`` is the headline when it agrees with what the page says its title is
(og:title, JSON-LD headline, ``<title>``): pages often shorten or rewrite the meta title for
search and social sites. Otherwise the meta title, with the site's name taken off. A title is
cut at a separator only where what stands beyond it is the site's name: colons, dashes and
pipes inside a headline belong to it. With no site name known, only a pipe is taken to
stand before the site's or a section's name, and only after a headline of four words or more.
"""

from __future__ import annotations

import re
from itertools import islice

from .bylines import is_site
from .metadata import PageMetadata

# Separators between a headline and the site's name ("Headline | Site", "Site - Headline").
_SEPARATOR = re.compile(r"\s+[-|–—:·•»/]\s+|\s*\|\s*|\s+::\s+")
# With no site name known, "Headline | Section | Site" keeps its first part when that part
# has this many words: a headline, where the parts after a pipe name the site.
_HEADLINE_WORDS = 4
# How many <h1> elements are weighed, and the longest text one may have to be a headline.
_MAX_H1 = 8
_MAX_H1_CHARS = 300
# An <h1> is the headline when this share of its words is in the page's title, matching at
# least two words; or a smaller share matching at least three (a rewritten headline).
_AGREE_SHARE, _AGREE_WORDS = 0.5, 2
_LOOSE_SHARE, _LOOSE_WORDS = 0.3, 3


def headline(tree, metadata: PageMetadata) -> str | None:
    """The article's headline: the visible ``<h1>`` that agrees with the page's title, else
    the page's title without the site's name."""
    sites = set(metadata.sites)
    element = tree.find(".//title")
    page_title = _squash(element.text_content()) if element is not None else ""
    meta_titles = [_strip_site(_squash(t), sites) for t in (metadata.title, metadata.headline)
                   if t]
    references = meta_titles + ([_strip_site(page_title, sites)] if page_title else [])
    visible = _agreeing_h1(tree, references, page_title, sites)
    if visible:
        return visible
    if meta_titles:
        return meta_titles[0]
    if not page_title:
        return None
    stripped = _strip_site(page_title, sites)
    if stripped != page_title:
        return stripped
    first = page_title.split(" | ")[0]
    return first if len(first.split()) >= _HEADLINE_WORDS else page_title


def _squash(text: str) -> str:
    return " ".join(text.split())


def _strip_site(title: str, sites: set[str]) -> str:
    """``title`` without its parts that are the site's name ("Headline - Site", "Site |
    Headline", "Headline | Section | Site"), cut only at separators."""
    parts = _SEPARATOR.split(title)
    separators = _SEPARATOR.findall(title)
    if len(parts) < 2:
        return title
    start, end = 0, len(parts)
    while end - start > 1 and is_site(parts[end - 1], sites):
        end -= 1
    while end - start > 1 and is_site(parts[start], sites):
        start += 1
    if (start, end) == (0, len(parts)):
        return title
    text = parts[start]
    for index in range(start + 1, end):
        text += separators[index - 1] + parts[index]
    return text.strip() or title


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", text.lower()) if len(w) >= 3 or w.isdigit()}


def _agreeing_h1(tree, references: list[str], page_title: str, sites: set[str]) -> str | None:
    if not references:
        return None
    reference_words = [_words(r) for r in references]
    # Parts of "Headline | Section | Site" other than the headline: an <h1> holding one is
    # the section's or the site's name.
    parts = _SEPARATOR.split(page_title) if page_title else []
    longest = max(parts, key=len) if parts else ""
    other_parts = {p.lower() for p in parts if p is not longest}
    best, best_share = None, 0.0
    for element in islice(tree.iter("h1"), _MAX_H1):
        text = _strip_site(_squash(element.text_content()), sites)
        if not text or len(text) > _MAX_H1_CHARS or is_site(text, sites):
            continue
        if text.lower() in other_parts:
            continue
        words = _words(text)
        if not words:
            continue
        for ref_words, reference in zip(reference_words, references):
            if text.lower() == reference.lower():
                return text
            matched = len(words & ref_words)
            share = matched / len(words)
            if ((share >= _AGREE_SHARE and matched >= _AGREE_WORDS)
                    or (share >= _LOOSE_SHARE and matched >= _LOOSE_WORDS)) and share > best_share:
                best, best_share = text, share
        if best_share >= 1.0:
            break
    return best
