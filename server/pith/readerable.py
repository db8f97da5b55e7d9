"""Whether a page looks like an article: Firefox Reader View's ``isProbablyReaderable``."""

from __future__ import annotations

import re

from .adapters.readability import HIDDEN_STYLE

# Firefox Readability's patterns for isProbablyReaderable.
_UNLIKELY = re.compile(
    r"-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|"
    r"gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|"
    r"sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote", re.IGNORECASE)
_MAYBE = re.compile(r"and|article|body|column|content|main|shadow", re.IGNORECASE)
# Firefox's defaults: a node counts from this many characters, and the page is an article
# once the nodes' scores pass this total.
MIN_CONTENT_LENGTH = 140
MIN_SCORE = 20.0
# Firefox counts characters, and a Chinese or Japanese character carries about what three
# Latin ones do (a word is 1.5 to 2 characters against 5 letters and a space): counted
# once, a 60-character Chinese paragraph, a full one, would weigh as a caption. Each
# Han or kana character (and full-width punctuation) counts this many times, so the
# thresholds read as for English.
CJK_CHAR_WEIGHT = 3
_CJK = re.compile("[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")


def is_probably_readerable(tree, *, min_content_length: int = MIN_CONTENT_LENGTH,
                           min_score: float = MIN_SCORE) -> bool:
    """Whether the page probably holds an article, as Firefox's ``isProbablyReaderable``
    judges it: visible ``<p>``, ``<pre>`` and ``<article>`` elements (and ``<div>``s
    broken by ``<br>``) outside likely boilerplate, each longer than
    ``min_content_length`` characters adding ``sqrt(length - min_content_length)``,
    until the score passes ``min_score``. Chinese and Japanese characters weigh
    ``CJK_CHAR_WEIGHT`` each. Cheap, and independent of readability's pick.
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
        length = _weighed_length(node.text_content().strip())
        if length < min_content_length:
            continue
        score += (length - min_content_length) ** 0.5
        if score > min_score:
            return True
    return False


def _weighed_length(text: str) -> int:
    """Characters of ``text``, each Chinese or Japanese one counted ``CJK_CHAR_WEIGHT`` times."""
    if text.isascii():
        return len(text)
    return len(text) + (CJK_CHAR_WEIGHT - 1) * len(_CJK.findall(text))


def _hidden(node) -> bool:
    style = node.get("style") or ""
    return (node.get("hidden") is not None or node.get("aria-hidden") == "true"
            or HIDDEN_STYLE.search(style) is not None)
