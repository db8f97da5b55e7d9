"""Stage 2: find the article in the page with readability-lxml.

The page is parsed once; metadata is read from that tree, then the same tree goes to a fresh
readability ``Document`` (it is not re-enterable). ``summary(html_partial=True)`` is used
because plain ``summary()`` can return an empty document on real pages.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass

from lxml import etree
from lxml import html as lxml_html
from readability import Document
from readability.htmls import TITLE_CSS_HEURISTICS, add_match, norm_title

from .errors import NotAnArticle
from .metadata import PageMetadata, read_metadata

# Layout wrappers that carry no text of their own: removed when a page nests too deeply.
_WRAPPER_TAG = re.compile(
    r"</?(?:div|span|section|article|main|header|footer|aside|nav|font|center|table|tbody|"
    r"thead|tr|td|th|b|i|em|strong|small|big|u|s)\b[^>]*>", re.IGNORECASE)
# Never article text; the first things to go when a page is too large to score.
_PRUNABLE = ("nav", "form", "select", "button", "iframe", "svg", "canvas", "object",
             "embed", "noscript", "template", "script", "style")
_TITLE_SEPARATORS = r"\s+[-|–—:·•»]\s+"
# readability's title heuristics (TITLE_CSS_HEURISTICS) as one cheap XPath and a word
# check: its own shorten_title() translates ten CSS selectors on every call and runs
# each over the whole page, a tenth of Pith's extraction time.
_TITLE_IDS = frozenset(css[1:] for css in TITLE_CSS_HEURISTICS if css.startswith("#"))
_TITLE_CLASSES = frozenset(css[1:] for css in TITLE_CSS_HEURISTICS if css.startswith("."))
_TITLE_XPATH = (
    "//h1 | //h2 | //h3 | //*[" + " or ".join(f"@id='{name}'" for name in sorted(_TITLE_IDS))
    + " or contains(@class, 'itle') or contains(@class, 'ead')]"
)
# Firefox Readability's patterns for isProbablyReaderable.
_UNLIKELY = re.compile(
    r"-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|"
    r"gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|"
    r"sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote", re.IGNORECASE)
_MAYBE = re.compile(r"and|article|body|column|content|main|shadow", re.IGNORECASE)
# A pick shorter than this (characters) may be a caption or a teaser, not the story.
_SHORT_PICK_CHARS = 500
# Overlap with the page's own summary at which the pick is trusted, and the margin by
# which another element must beat it. Meta descriptions are often rewritten, so the
# first is low; the second keeps a rewritten description from moving a good pick.
_GOOD_OVERLAP = 0.5
_CLEARLY_BETTER = 0.3
# A reference of fewer word pairs than this says too little to judge a pick.
_MIN_REFERENCE_PAIRS = 8
_MAX_ALTERNATIVES = 8
_DECLARED_ARTICLE_XPATH = ('//*[@itemprop="articleBody" or @itemprop="articlebody"]'
                           ' | //article')
# How many single-child wrappers around an embedded post are renamed with it.
_EMBED_WRAPPER_LEVELS = 2
_NOT_CONTENT = frozenset(("script", "style", "noscript"))
# readability-lxml's displayNoneRe: elements a page hides with inline style.
_HIDDEN_STYLE = re.compile(r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)"
                           r"\s*(?:!important\s*)?(?:;|$)", re.IGNORECASE)
_CJK = re.compile("[\u4e00-\u9fff]+")
# Embedded posts quoted by the story. readability-lxml's "unlikely candidate" pattern
# (tweet|twitter) would delete them with the sidebars, so their class is replaced.
_EMBED_CLASS = re.compile(r"twitter-tweet|instagram-media|tiktok-embed|bluesky-embed|"
                          r"fb-xfbml-parse-ignore|reddit-card|twitter-video", re.IGNORECASE)


@dataclass(frozen=True)
class Extraction:
    """What the extract stage hands to the clean stage."""

    title: str | None
    content: lxml_html.HtmlElement
    metadata: PageMetadata
    readerable: bool | None = None  # is_probably_readerable() on the page as it came


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
                               "(over 256 levels).")
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


def extract(text: str, *, url: str | None = None, max_elements: int = 20_000) -> Extraction:
    """Return the article's title, its content element (readability's pick) and metadata."""
    tree = parse(text)
    metadata = read_metadata(tree)
    bound_size(tree, max_elements)
    readerable = is_probably_readerable(tree)
    # What Document.short_title() computes, read from our tree: short_title() would parse
    # and clean the whole page a second time just to look at <title> and the headings.
    title = shorten_title(tree)
    _keep_embedded_posts(tree)
    _prepare_for_readability(tree)
    document = _PreparedDocument(tree, url=url)
    try:
        content_html = document.summary(html_partial=True)
    except etree.ParserError as error:  # readability found no <body> to work on
        raise NotAnArticle("The page has no body text to summarise.") from error
    content = lxml_html.fragment_fromstring(content_html, create_parent="div")
    recovered = _second_chance(tree, content, metadata, url)
    if recovered is not None:
        content = recovered
    return Extraction(
        title=_title(title, metadata),
        content=content,
        metadata=metadata,
        readerable=readerable,
    )


class _PreparedDocument(Document):
    """readability-lxml's ``Document`` on a tree Pith has already prepared.

    ``Document._parse`` copies the page and runs lxml's Cleaner over it on every pass
    (scripts, styles, ``<link>``s, ``javascript:`` links): about a third of readability's
    time, most of it spent rewriting every link on the page. Pith's parser already dropped
    comments and ``_prepare_for_readability`` removes the rest once, in place; each pass still
    gets its own copy, which readability's second, less ruthless pass relies on.
    """

    def _parse(self, input):
        self.encoding = "utf-8"
        return copy.deepcopy(input)


def _prepare_for_readability(tree) -> None:
    """Do, once and in place, what ``Document._parse`` and its Cleaner would do on each pass
    that matters to the text: drop hidden elements, scripts, styles and links."""
    for element in tree.xpath("//*[@hidden]"):
        if element.getparent() is not None:
            element.drop_tree()
    for element in tree.xpath("//*[@style]"):
        if element.getparent() is not None and _HIDDEN_STYLE.search(element.get("style")):
            element.drop_tree()
    etree.strip_elements(tree, "script", "style", "link", etree.ProcessingInstruction,
                         with_tail=False)


def _second_chance(tree, content, metadata: PageMetadata, url: str | None):
    """A better article element when readability-lxml picked the wrong block or too
    little text, or ``None`` to keep its pick.

    Suspicion is cheap: the pick is short, or it shares little with the page's own
    summary of itself (JSON-LD ``articleBody``, else the meta description). Only then are
    the page's declared article elements (``<article>``, ``itemprop="articleBody"``)
    weighed: one that matches that summary clearly better, or holds much more text as
    well as it, is run through readability-lxml on its own.
    """
    reference = metadata.article_body or metadata.description
    text = content.text_content()
    short = len(text) < _SHORT_PICK_CHARS
    if not short and not reference:
        return None
    ref_pairs = _pairs(reference) if reference else set()
    score = _overlap(ref_pairs, text) if ref_pairs else 0.0
    if not short and (len(ref_pairs) < _MIN_REFERENCE_PAIRS or score >= _GOOD_OVERLAP):
        return None
    best, best_score = None, score
    for element in tree.xpath(_DECLARED_ARTICLE_XPATH)[:_MAX_ALTERNATIVES]:
        candidate_text = element.text_content()
        if len(candidate_text) < _SHORT_PICK_CHARS / 2:
            continue
        candidate_score = _overlap(ref_pairs, candidate_text) if ref_pairs else 0.0
        better_match = candidate_score >= best_score + _CLEARLY_BETTER
        more_text = (short and len(candidate_text) > 2 * len(text)
                     and candidate_score >= best_score - 0.05)
        if better_match or more_text:
            best, best_score = element, candidate_score
    if best is None:
        return None
    document = lxml_html.document_fromstring("<html><body></body></html>")
    document.find("body").append(copy.deepcopy(best))
    try:
        picked = _PreparedDocument(document, url=url).summary(html_partial=True)
    except Exception:  # readability-lxml raises its own Unparseable and others
        picked = ""
    recovered = lxml_html.fragment_fromstring(picked, create_parent="div") if picked else None
    if recovered is None or len(recovered.text_content()) < len(best.text_content()) / 2:
        recovered = copy.deepcopy(best)  # readability cut too much: take the element
    return recovered


def _pairs(text: str) -> set[tuple[str, str]]:
    words = re.findall(r"\w+", text.lower())
    return set(zip(words, words[1:]))


def _overlap(reference_pairs: set, text: str) -> float:
    """Share of the reference's word pairs found in ``text``."""
    if not reference_pairs:
        return 0.0
    return len(reference_pairs & _pairs(text)) / len(reference_pairs)


def is_probably_readerable(tree, *, min_content_length: int = 140,
                           min_score: float = 20.0) -> bool:
    """Whether the page probably holds an article, as Firefox's ``isProbablyReaderable``
    judges it: visible ``<p>``, ``<pre>`` and ``<article>`` elements (and ``<div>``s
    broken by ``<br>``) outside likely boilerplate, each longer than
    ``min_content_length`` characters adding ``sqrt(length - min_content_length)``,
    until the score passes ``min_score``. Cheap, and independent of readability's pick.
    """
    score = 0.0
    nodes = tree.xpath("//p | //pre | //article | //div[br]")
    for node in nodes:
        if _hidden(node):
            continue
        match = " ".join(filter(None, (node.get("class"), node.get("id"))))
        if (match and _UNLIKELY.search(match) and not _MAYBE.search(match)) or (
                node.tag == "p" and node.getparent() is not None
                and node.getparent().tag == "li"):
            continue
        length = len(node.text_content().strip())
        if length < min_content_length:
            continue
        score += (length - min_content_length) ** 0.5
        if score > min_score:
            return True
    return False


def _hidden(node) -> bool:
    style = node.get("style") or ""
    return (node.get("hidden") is not None or node.get("aria-hidden") == "true"
            or _HIDDEN_STYLE.search(style) is not None)


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
                if len(first.split()) >= 4 or (len(first) >= 4 and _CJK.search(first)):
                    title = first
                    break
                if len(last.split()) >= 4 or (len(last) >= 4 and _CJK.search(last)):
                    title = last
                    break
        else:
            if ": " in title:
                last = orig.split(": ")[-1]
                if len(last.split()) >= 4 or (len(last) >= 4 and _CJK.search(last)):
                    title = last
                else:
                    title = orig.split(": ", 1)[1]
    if _CJK.search(title):
        if not 4 <= len(title) < 100:
            return orig
    elif not 15 < len(title) < 150:
        return orig
    return title


def _keep_embedded_posts(tree) -> None:
    """Neutral class names for embedded posts and the wrappers that hold only them
    (``<div class="social-media-embed">``), so neither readability-lxml nor the cleaner
    takes them for share bars."""
    for element in tree.iter("blockquote"):
        if not _EMBED_CLASS.search(element.get("class") or ""):
            continue
        element.set("class", "embedded-post")
        parent = element.getparent()
        for _ in range(_EMBED_WRAPPER_LEVELS):
            if parent is None or parent.tag in ("body", "article", "main"):
                break
            if sum(1 for child in parent if child.tag not in _NOT_CONTENT) != 1:
                break
            for attribute in ("class", "id"):
                if parent.get(attribute):
                    parent.set(attribute, "embedded-post")
            parent = parent.getparent()


def _title(short_title: str | None, metadata: PageMetadata) -> str | None:
    title = short_title or metadata.title
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
