"""The extract stage's second chance: a better article element when readability-lxml picked
the wrong block or too little text."""

from __future__ import annotations

import copy
import re

from lxml import html as lxml_html

from .adapters import readability
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
# "intro", French "chapo"). Subtitles (a "dek", "standfirst", "summary", an h2 or
# itemprop="description") restate the story and are not its text, so they are not sought.
_LEAD_XPATH = (
    "//*[self::p or self::div][contains(@class, 'lead') or contains(@class, 'intro')"
    " or contains(@class, 'chapo')][position() < 12]"
)
_NOT_LEAD = re.compile(r"leader|misleading|mislead|leadership|intro-?video|related|promo|"
                       r"newsletter|signup|card|list|item|teaser-?(list|grid)", re.IGNORECASE)
# A lead is a sentence or a few: this long, mostly not links, ending as a sentence does.
MIN_LEAD_CHARS, MAX_LEAD_CHARS = 60, 800
MAX_LEAD_LINK_SHARE = 0.2
# How far (elements, in document order) before the article's first paragraph a lead may stand.
MAX_LEAD_DISTANCE = 60
_ENDS_SENTENCE = re.compile(r"[.!?…\"”’»)。！？」』）]$")
_OUTSIDE_ARTICLE = frozenset(("nav", "aside", "footer", "form", "figure", "figcaption", "li"))


def missing_lead(tree, content) -> str | None:
    """The text of a lead paragraph set apart by its markup (a standfirst or intro in its own
    container, before the body readability picked) that the pick left out, or ``None``."""
    candidates = tree.xpath(_LEAD_XPATH)
    if not candidates:
        return None
    first = _first_paragraph(content)
    if first is None:
        return None
    picked_key = _key(content.text_content())
    anchor = None
    for element in tree.iter("p"):
        if _key(element.text_content()).startswith(first):
            anchor = element
            break
    if anchor is None:
        return None
    order = {element: index for index, element in enumerate(tree.iter())}
    for element in candidates:
        text = " ".join(element.text_content().split())
        if not MIN_LEAD_CHARS <= len(text) <= MAX_LEAD_CHARS or not _ENDS_SENTENCE.search(text):
            continue
        if _NOT_LEAD.search(element.get("class") or ""):
            continue
        if any(a.tag in _OUTSIDE_ARTICLE for a in element.iterancestors()):
            continue
        distance = order.get(anchor, 0) - order.get(element, 0)
        if not 0 < distance <= MAX_LEAD_DISTANCE or element in anchor.iterancestors():
            continue
        links = sum(len(a.text_content()) for a in element.iter("a"))
        if links > MAX_LEAD_LINK_SHARE * len(text):
            continue
        if _key(text) in picked_key:
            continue
        return text
    return None


def _first_paragraph(content) -> str | None:
    """The comparison key of the first 40 characters of the pick's first real paragraph."""
    for element in content.iter("p"):
        key = _key(element.text_content())
        if len(key) >= MIN_LEAD_CHARS:
            return key[:40]
    return None


def _key(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))
