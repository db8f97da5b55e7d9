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
