"""The article's title: readability-lxml's short title, read from Pith's own tree, with the
site's name taken off."""

from __future__ import annotations

import re

from lxml import etree

from .adapters.readability import TITLE_CSS_HEURISTICS, add_match, norm_title
from .metadata import PageMetadata

_TITLE_SEPARATORS = r"\s+[-|–—:·•»]\s+"
# readability's title heuristics (TITLE_CSS_HEURISTICS) checked in one walk over the tree:
# its own shorten_title() translates ten CSS selectors on every call and runs each over the
# whole page (a tenth of Pith's extraction time), and an XPath with string tests is slower
# than lxml's own iteration.
_TITLE_IDS = frozenset(css[1:] for css in TITLE_CSS_HEURISTICS if css.startswith("#"))
_TITLE_CLASSES = frozenset(css[1:] for css in TITLE_CSS_HEURISTICS if css.startswith("."))
_HEADING_TAGS = frozenset(("h1", "h2", "h3"))
_CJK = re.compile("[\u4e00-\u9fff]+")
# readability's bounds on a plausible short title, in characters (Latin scripts; Chinese and
# Japanese headlines are shorter). Outside them the whole <title> is kept.
_MIN_TITLE_CHARS, _MAX_TITLE_CHARS = 15, 150
_MIN_CJK_TITLE_CHARS, _MAX_CJK_TITLE_CHARS = 4, 100
# A part of a "Part | Part" title with this many words (or a CJK part this long) is a headline.
_HEADLINE_WORDS = 4


def headline(tree, metadata: PageMetadata) -> str | None:
    """The article's headline: the short title (else the metadata's), without the site name."""
    title = shorten_title(tree) or metadata.title
    if not title:
        return None
    title = " ".join(title.split())
    site = metadata.site_name
    if site:
        # "Headline - Site Name" or "Site Name | Headline": drop the site's part.
        suffix = re.compile(_TITLE_SEPARATORS + re.escape(site) + r"\s*$", re.IGNORECASE)
        prefix = re.compile(r"^\s*" + re.escape(site) + _TITLE_SEPARATORS, re.IGNORECASE)
        stripped = prefix.sub("", suffix.sub("", title))
        if stripped:
            title = stripped
    return title


def shorten_title(tree) -> str:
    """readability-lxml's ``shorten_title`` (same result), with its CSS selectors
    translated once instead of on every call."""
    element = tree.find(".//title")
    if element is None or not element.text:
        return ""
    title = orig = norm_title(element.text)
    candidates: set[str] = set()
    for heading in _title_elements(tree):
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


def _title_elements(tree):
    """<h1>-<h3> and the elements readability's title selectors name, in document order."""
    for element in tree.iter(etree.Element):
        if element.tag in _HEADING_TAGS or element.get("id") in _TITLE_IDS:
            yield element
            continue
        classes = element.get("class")
        if classes and not _TITLE_CLASSES.isdisjoint(classes.split()):
            yield element


def _is_headline(part: str) -> bool:
    return len(part.split()) >= _HEADLINE_WORDS or (len(part) >= _HEADLINE_WORDS
                                                    and bool(_CJK.search(part)))
