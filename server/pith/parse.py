"""Parsing a page into an lxml tree, and keeping the tree small enough to score.

Used by the extract stage before anything reads the page.
"""

from __future__ import annotations

import re

from lxml import etree
from lxml import html as lxml_html

from .errors import NotAnArticle

# Layout wrappers that carry no text of their own: removed when a page nests too deeply.
_WRAPPER_TAG = re.compile(
    r"</?(?:div|span|section|article|main|header|footer|aside|nav|font|center|table|tbody|"
    r"thead|tr|td|th|b|i|em|strong|small|big|u|s)\b[^>]*>", re.IGNORECASE)
# Never article text; the first things to go when a page is too large to score.
_PRUNABLE = ("nav", "form", "select", "button", "iframe", "svg", "canvas", "object",
             "embed", "noscript", "template", "script", "style")
# libxml2's own limit: it stops descending at this depth and drops everything deeper.
_LIBXML_MAX_DEPTH = 256
# Attributes kept per start tag. libxml2's HTML parser checks each attribute against all the
# tag's earlier ones (quadratic: 40,000 on one element took a minute); real elements have a
# few dozen at most.
MAX_ATTRIBUTES = 256
_ATTRIBUTE = r"""\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?"""
# A start tag's name, its first MAX_ATTRIBUTES attributes, and the rest. Anchored at "<" and
# without ambiguity between its parts, so matching is linear in the page.
_TOO_MANY_ATTRIBUTES = re.compile(
    rf"(<[A-Za-z][^\s/>]*(?:{_ATTRIBUTE}){{{MAX_ATTRIBUTES}}})(?:{_ATTRIBUTE})+")


def parse(text: str) -> lxml_html.HtmlElement:
    """Parse page text into an lxml HTML tree; raise ``NotAnArticle`` if nothing parses.

    Start tags keep their first ``MAX_ATTRIBUTES`` attributes. libxml2 stops descending at
    256 levels and silently drops everything deeper. A page nested that deeply (generated markup, or an attack) is parsed again with its layout
    wrappers removed, which keeps the text; if even that is too deep, the page is refused.
    """
    text = _TOO_MANY_ATTRIBUTES.sub(r"\1", text)
    tree, too_deep = _parse(text)
    if too_deep:
        tree, too_deep = _parse(_WRAPPER_TAG.sub(" ", text))
        if too_deep:
            raise NotAnArticle("The page's markup is nested too deeply to read "
                               f"(over {_LIBXML_MAX_DEPTH} levels).")
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
    return int(tree.xpath("count(//*)"))


def _cut_from(element) -> None:
    """Remove ``element`` and everything after it in document order."""
    node = element
    while node.getparent() is not None:
        parent = node.getparent()
        for sibling in list(node.itersiblings()):
            parent.remove(sibling)
        node = parent
    element.getparent().remove(element)  # with its tail text, which also lies after the cut
