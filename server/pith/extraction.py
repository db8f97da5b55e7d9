"""Stage 2: find the article in the page.

The page is parsed once (``pith.parse``); metadata, the readerable verdict and the headline are
read from that tree, then readability-lxml (``pith.adapters.readability``) picks the article
element, with a second chance (``pith.recover``) when its pick looks wrong, and the lead
paragraph put back when the page set it apart from the body readability picked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import html as lxml_html

from .adapters import readability
from .clean import EMBEDDED_POST
from .errors import NotAnArticle
from .metadata import PageMetadata, read_metadata
from .parse import bound_size, parse
from .readerable import is_probably_readerable
from .recover import (mark_blocks, missing_lead, restore_dropped, restore_summary_box,
                      second_chance)
from .title import headline

# Embedded posts quoted by the story. readability-lxml's "unlikely candidate" pattern
# (tweet|twitter) would delete them with the sidebars, so their class is replaced.
_EMBED_CLASS = re.compile(r"twitter-tweet|instagram-media|tiktok-embed|bluesky-embed|"
                          r"fb-xfbml-parse-ignore|reddit-card|twitter-video", re.IGNORECASE)
# How many single-child wrappers around an embedded post are renamed with it.
_EMBED_WRAPPER_LEVELS = 2
_NOT_CONTENT = frozenset(("script", "style", "noscript"))


@dataclass(frozen=True)
class Extraction:
    """What the extract stage hands to the clean stage."""

    title: str | None
    content: lxml_html.HtmlElement
    metadata: PageMetadata
    readerable: bool | None = None  # is_probably_readerable() on the page as it came


def extract(text: str, *, url: str | None = None, max_elements: int = 20_000) -> Extraction:
    """Return the article's title, its content element and the page's metadata."""
    tree = parse(text)
    metadata = read_metadata(tree, url)
    bound_size(tree, max_elements)
    readerable = is_probably_readerable(tree)
    title = headline(tree, metadata)
    _keep_embedded_posts(tree)
    readability.prepare(tree)
    marked = mark_blocks(tree)
    try:
        content = readability.article_element(tree, url=url)
    except readability.Failed:
        raise NotAnArticle("The page has no body text to summarise.") from None
    recovered = second_chance(tree, content, metadata, url)
    if recovered is not None:
        content = recovered
    restore_dropped(content, marked)
    restore_summary_box(tree, content)
    lead = missing_lead(tree, content)
    if lead:
        paragraph = lxml_html.Element("p")
        paragraph.text = lead
        content.insert(0, paragraph)
    return Extraction(title=title, content=content, metadata=metadata, readerable=readerable)


def _keep_embedded_posts(tree) -> None:
    """Neutral class names for embedded posts and the wrappers that hold only them
    (``<div class="social-media-embed">``), so neither readability-lxml nor the cleaner
    takes them for share bars."""
    for element in tree.iter("blockquote"):
        if not _EMBED_CLASS.search(element.get("class") or ""):
            continue
        element.set("class", EMBEDDED_POST)
        parent = element.getparent()
        for _ in range(_EMBED_WRAPPER_LEVELS):
            if parent is None or parent.tag in ("body", "article", "main"):
                break
            if sum(1 for child in parent if child.tag not in _NOT_CONTENT) != 1:
                break
            for attribute in ("class", "id"):
                if parent.get(attribute):
                    parent.set(attribute, EMBEDDED_POST)
            parent = parent.getparent()
