"""Stage 2: find the article in the page with readability-lxml.

The page is parsed once; metadata is read from that tree, then the same tree goes to a fresh
readability ``Document`` (it is not re-enterable). ``summary(html_partial=True)`` is used
because plain ``summary()`` can return an empty document on real pages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree
from lxml import html as lxml_html
from readability import Document
from readability.htmls import shorten_title

from .errors import NotAnArticle
from .metadata import PageMetadata, read_metadata

_NO_TITLE = "[no-title]"
_TITLE_SEPARATORS = r"\s+[-|–—:·•»]\s+"


@dataclass(frozen=True)
class Extraction:
    """What the extract stage hands to the clean stage."""

    title: str | None
    content: lxml_html.HtmlElement
    metadata: PageMetadata


def parse(text: str) -> lxml_html.HtmlElement:
    """Parse page text into an lxml HTML tree; raise ``NotAnArticle`` if nothing parses."""
    # lxml refuses str input that carries an XML encoding declaration, so feed it UTF-8.
    parser = lxml_html.HTMLParser(encoding="utf-8", remove_comments=True)
    try:
        tree = lxml_html.document_fromstring(text.encode("utf-8", "replace"), parser=parser)
    except (etree.ParserError, ValueError) as error:
        raise NotAnArticle(
            "The page is empty or is not HTML, so there is no article to summarise."
        ) from error
    return tree


def extract(text: str, *, url: str | None = None) -> Extraction:
    """Return the article's title, its content element (readability's pick) and metadata."""
    tree = parse(text)
    metadata = read_metadata(tree)
    # What Document.short_title() computes, read from our tree: short_title() would parse
    # and clean the whole page a second time just to look at <title> and the headings.
    title = shorten_title(tree)
    document = Document(tree, url=url)
    try:
        content_html = document.summary(html_partial=True)
    except etree.ParserError as error:  # readability found no <body> to work on
        raise NotAnArticle("The page has no body text to summarise.") from error
    content = lxml_html.fragment_fromstring(content_html, create_parent="div")
    return Extraction(
        title=_title(title, metadata),
        content=content,
        metadata=metadata,
    )


def _title(short_title: str | None, metadata: PageMetadata) -> str | None:
    title = short_title if short_title and short_title != _NO_TITLE else metadata.title
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
