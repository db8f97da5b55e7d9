"""The article's title: the headline a reader sees, without the site's name.

The visible ``<h1>`` is the headline when it agrees with what the page says its title is
(og:title, JSON-LD headline, ``<title>``): pages often shorten or rewrite the meta title for
search and social sites. Otherwise the meta title, with the site's name taken off. A title is
cut at a separator only where what stands beyond it is the site's name: colons, dashes and
pipes inside a headline belong to it.
"""

from __future__ import annotations

import re

from .adapters.readability import TITLE_CSS_HEURISTICS, add_match, norm_title
from .bylines import is_site
from .metadata import PageMetadata

# Separators between a headline and the site's name ("Headline | Site", "Site - Headline").
_SEPARATOR = re.compile(r"\s+[-|–—:·•»/]\s+|\s*\|\s*|\s+::\s+")
# readability's title heuristics (TITLE_CSS_HEURISTICS) as one cheap XPath and a word
# check: its own shorten_title() translates ten CSS selectors on every call and runs
# each over the whole page, a tenth of Pith's extraction time.
_TITLE_IDS = frozenset(css[1:] for css in TITLE_CSS_HEURISTICS if css.startswith("#"))
_TITLE_CLASSES = frozenset(css[1:] for css in TITLE_CSS_HEURISTICS if css.startswith("."))
_TITLE_XPATH = (
    "//h1 | //h2 | //h3 | //*[" + " or ".join(f"@id='{name}'" for name in sorted(_TITLE_IDS))
    + " or contains(@class, 'itle') or contains(@class, 'ead')]"
)
_CJK = re.compile("[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]+")
# readability's bounds on a plausible short title, in characters (Latin scripts; Chinese and
# Japanese headlines are shorter). Outside them the whole <title> is kept.
_MIN_TITLE_CHARS, _MAX_TITLE_CHARS = 15, 150
_MIN_CJK_TITLE_CHARS, _MAX_CJK_TITLE_CHARS = 4, 100
# A part of a "Part | Part" title with this many words (or a CJK part this long) is a headline.
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
    if page_title:
        stripped = _strip_site(page_title, sites)
        if stripped != page_title:
            return stripped
    short = shorten_title(tree)
    return _squash(short) if short else (page_title or None)


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
    for element in tree.iter("h1"):
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


def shorten_title(tree) -> str:
    """readability-lxml's ``shorten_title`` (same result), with its CSS selectors
    translated once instead of on every call."""
    element = tree.find(".//title")
    if element is None or not element.text:
        return ""
    title = orig = norm_title(element.text)
    candidates: set[str] = set()
    for heading in tree.xpath(_TITLE_XPATH):
        if (heading.tag not in ("h1", "h2", "h3") and heading.get("id") not in _TITLE_IDS
                and _TITLE_CLASSES.isdisjoint((heading.get("class") or "").split())):
            continue
        if heading.text:
            add_match(candidates, heading.text, orig)
        text = heading.text_content()
        if text:
            add_match(candidates, text, orig)
    if candidates:
        title = sorted(candidates, key=len)[-1]
    else:
        for delimiter in (" | ", " - ", " :: ", " / "):
            if delimiter in title:
                parts = orig.split(delimiter)
                first, last = parts[0], parts[-1]
                if _is_headline(first):
                    title = first
                    break
                if _is_headline(last):
                    title = last
                    break
        else:
            if ": " in title:
                last = orig.split(": ")[-1]
                title = last if _is_headline(last) else orig.split(": ", 1)[1]
    if _CJK.search(title):
        if not _MIN_CJK_TITLE_CHARS <= len(title) < _MAX_CJK_TITLE_CHARS:
            return orig
    elif not _MIN_TITLE_CHARS < len(title) < _MAX_TITLE_CHARS:
        return orig
    return title


def _is_headline(part: str) -> bool:
    return len(part.split()) >= _HEADLINE_WORDS or (len(part) >= _HEADLINE_WORDS
                                                    and bool(_CJK.search(part)))
