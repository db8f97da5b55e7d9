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
# Layout wrappers that carry no text of their own: removed when a page nests too deeply.
_WRAPPER_TAG = re.compile(
    r"</?(?:div|span|section|article|main|header|footer|aside|nav|font|center|table|tbody|"
    r"thead|tr|td|th|b|i|em|strong|small|big|u|s)\b[^>]*>", re.IGNORECASE)
# Never article text; the first things to go when a page is too large to score.
_PRUNABLE = ("nav", "form", "select", "button", "iframe", "svg", "canvas", "object",
             "embed", "noscript", "template", "script", "style")
_TITLE_SEPARATORS = r"\s+[-|–—:·•»]\s+"


@dataclass(frozen=True)
class Extraction:
    """What the extract stage hands to the clean stage."""

    title: str | None
    content: lxml_html.HtmlElement
    metadata: PageMetadata


def parse(text: str) -> lxml_html.HtmlElement:
    """Parse page text into an lxml HTML tree; raise ``NotAnArticle`` if nothing parses.

    libxml2 stops descending at 256 levels and silently drops everything deeper. A page
    nested that deeply (generated markup, or an attack) is parsed again with its layout
    wrappers removed, which keeps the text; if even that is too deep, the page is refused.
    """
    tree, too_deep = _parse(text)
    if too_deep:
        tree, too_deep = _parse(_WRAPPER_TAG.sub(" ", text))
        if too_deep:
            raise NotAnArticle("The page's markup is nested too deeply to read "
                               "(over 256 levels). Select the text and summarise the selection.")
    return tree


def _parse(text: str) -> tuple[lxml_html.HtmlElement, bool]:
    # lxml refuses str input that carries an XML encoding declaration, so feed it UTF-8.
    parser = lxml_html.HTMLParser(encoding="utf-8", remove_comments=True)
    try:
        tree = lxml_html.document_fromstring(text.encode("utf-8", "replace"), parser=parser)
    except (etree.ParserError, ValueError) as error:
        raise NotAnArticle(
            "The page is empty or is not HTML, so there is no article to summarise."
        ) from error
    too_deep = any("Excessive depth" in entry.message for entry in parser.error_log)
    return tree, too_deep


def bound_size(tree: lxml_html.HtmlElement, max_elements: int) -> None:
    """Keep readability's work bounded: past ``max_elements``, drop navigation, forms and
    embeds; if still past it, cut the document after that many elements (in place)."""
    if _count(tree) <= max_elements:
        return
    for element in list(tree.iter(*_PRUNABLE)):
        if element.getparent() is not None:
            element.drop_tree()
    if _count(tree) <= max_elements:
        return
    for index, element in enumerate(tree.iter()):
        if index == max_elements:
            _cut_from(element)
            break


def _count(tree) -> int:
    return sum(1 for _ in tree.iter())


def _cut_from(element) -> None:
    """Remove ``element`` and everything after it in document order."""
    node = element
    while node.getparent() is not None:
        parent = node.getparent()
        for sibling in list(node.itersiblings()):
            parent.remove(sibling)
        node = parent
    element.getparent().remove(element)  # with its tail text, which also lies after the cut


def extract(text: str, *, url: str | None = None, max_elements: int = 20_000) -> Extraction:
    """Return the article's title, its content element (readability's pick) and metadata."""
    tree = parse(text)
    metadata = read_metadata(tree)
    bound_size(tree, max_elements)
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
