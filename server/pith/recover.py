"""The extract stage's second chance: a better article element when readability-lxml picked
the wrong block or too little text."""

from __future__ import annotations

import copy
import re

from lxml import html as lxml_html

from .adapters import readability
from .boilerplate import ENDS_SENTENCE, is_boilerplate_container
from .languages import union_pattern
from .metadata import PageMetadata

# A pick shorter than this (characters) may be a caption or a teaser, not the story.
SHORT_PICK_CHARS = 500
# Overlap with the page's own summary at which the pick is trusted, and the margin by
# which another element must beat it. Meta descriptions are often rewritten, so the
# first is low; the second keeps a rewritten description from moving a good pick.
GOOD_OVERLAP = 0.5
CLEARLY_BETTER = 0.3
# How much worse a candidate with much more text may match the reference and still win.
MORE_TEXT_TOLERANCE = 0.05
# A reference of fewer word pairs than this says too little to judge a pick.
MIN_REFERENCE_PAIRS = 8
# Declared article elements weighed at most: a page with more is a listing.
MAX_ALTERNATIVES = 8
_DECLARED_ARTICLE_XPATH = ('//*[@itemprop="articleBody" or @itemprop="articlebody"]'
                           ' | //article')


def second_chance(tree, content, metadata: PageMetadata, url: str | None):
    """A better article element than ``content`` (readability's pick), or ``None`` to keep it.

    Suspicion is cheap: the pick is short, or it shares little with the page's own summary
    of itself (JSON-LD ``articleBody``, else the meta description). Only then are the page's
    declared article elements (``<article>``, ``itemprop="articleBody"``) weighed: one that
    matches that summary clearly better, or holds much more text as well as it, is run
    through readability-lxml on its own.
    """
    reference = metadata.article_body or metadata.description
    text = content.text_content()
    short = len(text) < SHORT_PICK_CHARS
    if not short and not reference:
        return None
    ref_pairs = _pairs(reference) if reference else set()
    score = _overlap(ref_pairs, text) if ref_pairs else 0.0
    if not short and (len(ref_pairs) < MIN_REFERENCE_PAIRS or score >= GOOD_OVERLAP):
        return None
    best, best_score = None, score
    for element in tree.xpath(_DECLARED_ARTICLE_XPATH)[:MAX_ALTERNATIVES]:
        candidate_text = element.text_content()
        if len(candidate_text) < SHORT_PICK_CHARS / 2:
            continue
        candidate_score = _overlap(ref_pairs, candidate_text) if ref_pairs else 0.0
        better_match = candidate_score >= best_score + CLEARLY_BETTER
        more_text = (short and len(candidate_text) > 2 * len(text)
                     and candidate_score >= best_score - MORE_TEXT_TOLERANCE)
        if better_match or more_text:
            best, best_score = element, candidate_score
    if best is None:
        return None
    document = lxml_html.document_fromstring("<html><body></body></html>")
    document.find("body").append(copy.deepcopy(best))
    try:
        recovered = readability.article_element(document, url=url)
    except readability.Failed:
        recovered = None
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


# Class words of a lead paragraph set apart from the body by its markup ("article-lead",
# "intro", French "chapo"), on a <p> or <div>. Subtitles (a "dek", "standfirst", "summary",
# an h2 or itemprop="description") restate the story and are not its text: not sought.
_LEAD_CLASS = re.compile(r"lead|intro|chapo")
_NOT_LEAD = re.compile(r"leader|misleading|mislead|leadership|intro-?video|related|promo|"
                       r"newsletter|signup|card|list|item|teaser-?(list|grid)", re.IGNORECASE)
# A lead is a sentence or a few: this long, mostly not links, ending as a sentence does.
MIN_LEAD_CHARS, MAX_LEAD_CHARS = 60, 800
MAX_LEAD_LINK_SHARE = 0.2
# How far (elements, in document order) before the article's first paragraph a lead may stand.
MAX_LEAD_DISTANCE = 60
_OUTSIDE_ARTICLE = frozenset(("nav", "aside", "footer", "form", "figure", "figcaption", "li"))


def missing_lead(tree, content) -> str | None:
    """The text of a lead paragraph set apart by its markup (a standfirst or intro in its own
    container, just before the body readability picked) that the pick left out, or ``None``."""
    picked_key = None
    for element in _before_the_body(tree, content):
        if element.tag not in ("p", "div") or not _LEAD_CLASS.search(element.get("class") or ""):
            continue
        text = " ".join(element.text_content().split())
        if not _could_be_lead(element, text):
            continue
        if picked_key is None:
            picked_key = _key(content.text_content())
        if _key(text) not in picked_key:
            return text
    return None


# The publisher's summary of the story set apart before its body ("Das Wichtigste in Kürze",
# "Key points" and a list), which readability leaves out with the page's other boxes: a
# label that is one of a table's ``summary_headings`` (at most this long) and the list
# right after it.
MAX_BOX_LABEL_CHARS = 40
_BOX_LABEL = re.compile(rf"\s*(?:{union_pattern('summary_headings', start='', end='')})"
                        r"\s*[:：]?\s*", re.IGNORECASE)
_NOT_BOX = frozenset(("nav", "footer", "form", "aside", "figure", "li"))


def restore_summary_box(tree, content) -> None:
    """Put the publisher's own summary back at the top of ``content`` as a heading and its
    list, when readability left it out (``_missing_summary_box``)."""
    box = _missing_summary_box(tree, content)
    if box is not None:
        label, items = box
        heading = lxml_html.Element("h2")
        heading.text = label
        content.insert(0, _detached(items))
        content.insert(0, heading)


def _missing_summary_box(tree, content):
    """The publisher's own summary (its label and list) before the body readability picked
    (within ``MAX_LEAD_DISTANCE`` elements) and left out of it, as ``(label, list element)``,
    or ``None``. Not a rail of other stories under "In brief": a box in an aside or named as
    boilerplate, or a list mostly of links, is none."""
    for element in _before_the_body(tree, content):
        if element.tag not in ("ul", "ol"):
            continue
        label = element.getprevious()
        if label is None:
            continue
        text = " ".join(label.text_content().split())
        if len(text) > MAX_BOX_LABEL_CHARS or not _BOX_LABEL.fullmatch(text):
            continue
        if (_set_apart(element, list(element.iterancestors()), _NOT_BOX)
                or _key(element.text_content()) in _key(content.text_content())):
            return None
        return text, element
    return None


def _before_the_body(tree, content):
    """The page's elements before the first paragraph of the body readability picked
    (``content``), nearest first, at most ``MAX_LEAD_DISTANCE``; none when it has none."""
    first = _first_paragraph(content)
    if first is None:
        return
    anchor = next((p for p in tree.iter("p") if _key(p.text_content()).startswith(first)), None)
    if anchor is not None:
        yield from _preceding(anchor, MAX_LEAD_DISTANCE)


def _preceding(element, limit: int):
    """The elements before ``element`` in document order, nearest first, at most ``limit``."""
    count, node = 0, element
    while count < limit:
        previous = node.getprevious()
        if previous is None:
            node = node.getparent()
            if node is None:
                return
            continue  # an ancestor opens before the element but holds it: not a lead
        node = previous
        for inner in reversed(list(previous.iter())):
            if not isinstance(inner.tag, str):
                continue
            yield inner
            count += 1
            if count >= limit:
                return


def _could_be_lead(element, text: str) -> bool:
    if not MIN_LEAD_CHARS <= len(text) <= MAX_LEAD_CHARS or not ENDS_SENTENCE.search(text):
        return False
    if _NOT_LEAD.search(element.get("class") or ""):
        return False
    if any(a.tag in _OUTSIDE_ARTICLE for a in element.iterancestors()):
        return False
    links = sum(len(a.text_content()) for a in element.iter("a"))
    return links <= MAX_LEAD_LINK_SHARE * len(text)


def _first_paragraph(content) -> str | None:
    """The comparison key of the first 40 characters of the pick's first real paragraph."""
    for element in content.iter("p"):
        key = _key(element.text_content())
        if len(key) >= MIN_LEAD_CHARS:
            return key[:40]
    return None


def _key(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


# Blocks readability-lxml's cleaning may drop from inside the article it picked: a short
# data table ("too short content length"), a list whose terms are links ("too many links
# for its weight"), a code block or a definition list in a removed wrapper.
_MARKED = ("p", "table", "ul", "ol", "dl", "pre")
_RESTORABLE = frozenset(("table", "ul", "ol", "dl", "pre"))
MARK = "data-pith-block"
# A dropped block is put back only when it reads as text: this long, at most this share in
# links, and outside navigation, forms and boxes named as boilerplate.
MIN_RESTORED_CHARS = 20
MAX_RESTORED_LINK_SHARE = 0.5
_NOT_ARTICLE_TAGS = frozenset(("nav", "aside", "footer", "form", "header", "button", "select"))
# How far up from a dropped block to look for a boilerplate box around it.
_BOX_DEPTH = 4


def mark_blocks(tree) -> list:
    """Number the page's paragraphs, headings, lists, tables and code blocks (in document
    order) in an attribute readability keeps, so ``restore_dropped`` can tell which of them
    its cleaning removed. Returns the marked elements, by number."""
    marked = list(tree.iter(*_MARKED))
    for index, element in enumerate(marked):
        element.set(MARK, str(index))
    return marked


def restore_dropped(content, marked: list) -> None:
    """Put back, in place and in order, the tables, lists and code blocks that stood between
    the picked article's first and last blocks in the page but that readability's cleaning
    removed."""
    kept = {}
    for element in content.iter():
        number = element.get(MARK) if isinstance(element.tag, str) else None
        if number is not None and number.isdigit():
            kept[int(number)] = element
    if len(kept) < 2:
        return
    last_kept = max(kept)
    anchor = None
    for index in range(min(kept), last_kept):
        if index in kept:
            anchor = kept[index]
            continue
        original = marked[index]
        if original.tag not in _RESTORABLE or anchor is None:
            continue
        ancestors = list(original.iterancestors())
        if any((a.get(MARK) or "x").isdigit() and int(a.get(MARK)) in kept for a in ancestors):
            continue  # inside a block that was kept (or put back): not dropped on its own
        if (_set_apart(original, ancestors, _NOT_ARTICLE_TAGS)
                or len(" ".join(original.text_content().split())) < MIN_RESTORED_CHARS):
            continue
        if original.tag == "table" and original.find(".//table") is not None:
            continue  # a layout table
        heading = _dropped_heading(original, content)
        # "Pros" over its list: the items read only under it.
        for element in ([_detached(heading)] if heading is not None else []) + [
                _detached(original)]:
            anchor.addnext(element)
            anchor = element
        kept[index] = anchor


def _set_apart(element, ancestors: list, outside: frozenset) -> bool:
    """Whether ``element`` (with its ``ancestors``) is set apart from the article: inside one
    of the ``outside`` tags, in a box named as boilerplate (``_BOX_DEPTH`` up), or mostly
    links (``MAX_RESTORED_LINK_SHARE``)."""
    if any(a.tag in outside for a in ancestors) or any(
            is_boilerplate_container(e) for e in [element] + ancestors[:_BOX_DEPTH]):
        return True
    text = " ".join(element.text_content().split())
    links = sum(len(a.text_content()) for a in element.iter("a"))
    return links > MAX_RESTORED_LINK_SHARE * len(text)


def _detached(element):
    """A copy of ``element`` without the text that followed it in the page."""
    copied = copy.deepcopy(element)
    copied.tail = None
    return copied


_HEADINGS = ("h2", "h3", "h4", "h5", "h6")


def _dropped_heading(element, content):
    """The heading right before ``element`` in the page (``<h3>Pros</h3><ul>``) when
    readability dropped it too (``content`` has no heading of its words), else None."""
    previous = element.getprevious()
    while previous is not None and not isinstance(previous.tag, str):
        previous = previous.getprevious()
    if previous is None or previous.tag not in _HEADINGS:
        return None
    key = _key(previous.text_content())
    if not key or any(_key(h.text_content()) == key for h in content.iter(*_HEADINGS)):
        return None
    return previous
