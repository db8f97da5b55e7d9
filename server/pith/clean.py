"""Stage 3: turn readability's article element into clean paragraphs.

Text is collected block by block, so words never glue across elements ("CAOct"). Then the
things readers skip are removed: figure captions, share/follow/newsletter lines, "Also read" and
"Related" blocks, author boxes, copyright and cookie lines, advertisement labels, bylines and
datelines, breadcrumbs, repeated lines and a standfirst that repeats the lead. Headings inside
the article stay, marked as headings, so the ranker can leave them out of the key points.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from lxml import html as lxml_html

HEADING = "heading"
TEXT = "text"
ITEM = "item"
QUOTE = "quote"
ROW = "row"  # a table row

_BLOCK_TAGS = frozenset(
    "address article aside blockquote body center dd details div dl dt fieldset figure footer "
    "form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody tfoot "
    "thead tr ul".split()
)
# Data table cells are inline: a row reads as one line, its cells separated by a space.
_CELL_TAGS = frozenset(("td", "th"))
_LAYOUT_CELL_XPATH = "boolean(" + " | ".join(
    ".//" + tag for tag in "br p div table h1 h2 h3 h4 ul ol li blockquote".split()) + ")"
_HEADING_TAGS = frozenset("h1 h2 h3 h4 h5 h6".split())
# Elements whose text is never article prose.
_SKIP_TAGS = frozenset(
    "figure figcaption script style noscript template button form nav aside footer iframe "
    "svg canvas select option input textarea label object embed audio video picture source "
    "head title meta link".split()
)
# class/id words of boilerplate containers. Matched on whole words of the attribute.
_BOILERPLATE_ATTR = re.compile(
    r"(^|[\s_-])("
    r"share|sharing|social|sharedaddy|share-?bar|addthis|newsletter|subscribe|subscription|"
    r"related|also-?read|read-?more|recommended|more-?stories|"
    r"author-?(box|bio|info|card)|about-?(the-?)?author|byline|dateline|"
    r"caption|wp-caption-text|credit|advert|advertisement|ad-?slot|ad-?unit|ad-?container|"
    r"promo|sponsor(ed)?|cookie|consent|gdpr|breadcrumbs?|tags|tag-?list|post-?tags|"
    r"comments?|disqus|print|toolbar|skip-?link|sr-only|visually-?hidden"
    r")([\s_-]|$)",
    re.IGNORECASE,
)

# Largest element a boilerplate class name alone may remove; see _is_boilerplate_container.
_BOILERPLATE_BOX_CHARS = 1500

# Share of the article's text above which a container is the article, not a box in it.
_ARTICLE_SHARE = 0.5
# An inline element with this many links, nearly all its text, is a card of other stories.
_LINK_CARD_LINKS = 3

# A line that is all link and no longer than this is navigation, not prose.
_MAX_NAV_WORDS = 12
# A line right after an image, no longer than this and not ending a sentence, is its caption.
_MAX_CAPTION_WORDS = 25

_SEP = r"\s*[:\-–—|»›>]"
_LINE_RULES = [
    # "Also Read: ...", "Related: ...", "READ MORE | ..."
    re.compile(
        r"^\(?(also read|read also|read more|more reading|related( stories| articles| news)?|"
        r"leggi anche( su)?|lire aussi|lesen sie auch|leia também|veja também|lea también|"
        r"recommended|see also|don'?t miss|must read|trending( now)?|watch|listen|"
        r"more from [\w .]+|suggested)" + _SEP,
        re.IGNORECASE,
    ),
    # Share and follow lines.
    re.compile(
        r"^(share( this( article| story| post)?)?( on)?|tweet|email|print|follow( us)?( on)?)"
        r"(\s*[:\-–—|]|\s+(facebook|twitter|x|whatsapp|linkedin|telegram|email|pinterest|"
        r"reddit|instagram|google news))",
        re.IGNORECASE,
    ),
    re.compile(r"^(advertisement|advert|sponsored( content)?|ad|scroll to continue"
               r"( with content)?|story continues below( advertisement)?)$", re.IGNORECASE),
    re.compile(r"^(copyright\b|©|\(c\)\s*\d{4})|\ball rights reserved\b", re.IGNORECASE),
    re.compile(r"\b(we use cookies|this (web)?site uses cookies|cookie (policy|settings)|"
               r"accept (all )?cookies)\b", re.IGNORECASE),
    re.compile(r"\b(sign up|subscribe)\b.{0,60}\b(newsletter|inbox|updates|alerts)\b",
               re.IGNORECASE),
    re.compile(r"^(photo|image|picture|file photo|photograph|credit|source|video)\s*:",
               re.IGNORECASE),
    re.compile(r"\((photo|image|picture|credit)s?:?[^)]{0,80}\)\s*$", re.IGNORECASE),
    re.compile(r"^(by|written by|words by|von|par|por)\s+\S.{0,60}$", re.IGNORECASE),
    re.compile(r"^(published|updated|posted|last updated|first published)\b.{0,80}\d",
               re.IGNORECASE),
    re.compile(r"^home\s*[»›>/|]", re.IGNORECASE),
    re.compile(r"\bfollow\s+(us|him|her|me|them|@\w+|[\w .]{1,30}?)\s+on\s+(twitter|facebook|"
               r"instagram|youtube|linkedin|tiktok)\b", re.IGNORECASE),
    re.compile(r"^like this (story|article|post)\b.{0,40}\bshare\b", re.IGNORECASE),
    re.compile(r"^have a (news )?tip\b", re.IGNORECASE),
    re.compile(r"^(image|photo|slide) \d+ of \d+$|\brequires javascript\b", re.IGNORECASE),
    re.compile(r"^(click|tap) here\b", re.IGNORECASE),
]
# Lines that only ever count as boilerplate when short; longer text matching the same words
# is prose that happens to mention them.
_SHORT_LINE_CHARS = 220

# A block like this ends the article: it and everything after it go.
_END_MARKERS = re.compile(
    r"^(about (the|this) (author|writer|reporter)s?|related (posts|articles|stories|news|"
    r"content|coverage)|more (stories|news|articles)( from [\w .]+)?|read next|"
    r"you (may|might) also (like|be interested in)|recommended( for you)?|comments?|"
    r"\d+ comments?|leave a (reply|comment)|join the conversation|tags?|topics?|"
    r"most (read|popular|viewed))\s*:?$",
    re.IGNORECASE,
)

_SPACE = re.compile(r"[ \t\r\n\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_ENDS_SENTENCE = re.compile(r"[.!?…\"”’»)]$")


@dataclass(frozen=True)
class Block:
    """One paragraph of the cleaned article."""

    text: str
    kind: str = TEXT
    link_share: float = 0.0  # share of the text inside links
    after_image: bool = False  # the block follows an image with nothing in between

    @property
    def is_heading(self) -> bool:
        return self.kind == HEADING

    @cached_property
    def key(self) -> str:
        """The text for comparisons: case, quotes and punctuation ignored."""
        return _key(self.text)


def clean(content: lxml_html.HtmlElement, *, title: str | None = None,
          byline: str | None = None, max_chars: int | None = None) -> list[Block]:
    """Return the article's paragraphs with boilerplate removed, in document order.

    Collecting stops once ``max_chars`` characters of text are gathered: the pipeline
    reads no further, so neither does the cleaner.
    """
    blocks = _collect_blocks(content, max_chars)
    blocks = _cut_at_end_marker(blocks)
    not_text = {_key(title)} if title else set()
    if byline:
        not_text |= {_key(byline), _key("by " + byline)}
    blocks = [b for b in blocks if not _is_boilerplate(b, not_text)]
    blocks = _drop_repeats(blocks)
    blocks = _drop_repeated_lead(blocks)
    return _drop_trailing_headings(blocks)


def _collect_blocks(root: lxml_html.HtmlElement, max_chars: int | None) -> list[Block]:
    blocks: list[Block] = []
    parts: list[str] = []
    kind_stack: list[str] = [TEXT]
    state = {"link_chars": 0, "in_link": 0, "after_image": False, "chars": 0}
    budget = max_chars if max_chars is not None else float("inf")
    # A container holding most of the article is the article, whatever its class says
    # ("entry-content entry-content-read-more").
    keep_chars = len(root.text_content()) * _ARTICLE_SHARE

    def add(text: str) -> None:
        parts.append(text)
        if state["in_link"]:
            state["link_chars"] += len(text.strip())

    def flush() -> None:
        raw = "".join(parts)
        text = _normalise(raw)
        parts.clear()
        if text:
            state["chars"] += len(text)
            blocks.append(Block(
                text,
                kind_stack[-1],
                link_share=min(1.0, state["link_chars"] / max(1, len(text))),
                after_image=state["after_image"],
            ))
            state["after_image"] = False
        state["link_chars"] = 0

    def walk(element) -> None:
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        if (state["chars"] > budget or tag in _SKIP_TAGS
                or _is_boilerplate_container(element, keep_chars) or _is_link_card(element)):
            return
        if tag == "br":
            flush()
            return
        if tag in ("img", "amp-img"):
            state["after_image"] = True
            return
        block = tag in _BLOCK_TAGS or (tag in _CELL_TAGS and _is_layout_cell(element))
        if block:
            flush()
            kind_stack.append(_kind_of(tag, kind_stack[-1]))
        state["in_link"] += tag == "a"
        if tag in _CELL_TAGS:
            add(" ")
        if element.text:
            add(element.text)
        for child in element:
            walk(child)
            if child.tail:
                add(child.tail)
        state["in_link"] -= tag == "a"
        if tag in _CELL_TAGS:
            add(" ")
        if block:
            flush()
            kind_stack.pop()

    walk(root)
    flush()
    return blocks


def _is_layout_cell(element) -> bool:
    """A table cell used for page layout (it holds paragraphs, line breaks or other
    blocks) reads as a block; a data cell reads inline, as part of its row."""
    return bool(element.xpath(_LAYOUT_CELL_XPATH))


def _kind_of(tag: str, parent_kind: str) -> str:
    if tag in _HEADING_TAGS:
        return HEADING
    if tag in ("li", "dd", "dt"):
        return ITEM
    if tag == "blockquote":
        return QUOTE
    if tag == "tr":
        return ROW
    return parent_kind


def _is_link_card(element) -> bool:
    """An inline element holding a card of links to other stories: a hover card shown
    on a name ("Ilhan Omar" then her latest headlines), hidden until hovered."""
    if element.tag != "span" or len(element) == 0 or element[0].tag == "a":
        return False  # a span opening with a link is the name itself, not its card
    links = element.findall(".//a")
    if len(links) < _LINK_CARD_LINKS:
        return False
    text_length = len(element.text_content())
    return sum(len(a.text_content()) for a in links) > text_length * 0.8


def _is_boilerplate_container(element, keep_chars: float = float("inf")) -> bool:
    if not isinstance(element.tag, str):
        return True  # comments and processing instructions
    if element.get("hidden") is not None or element.get("aria-hidden") == "true":
        return True
    if element.get("role") in ("navigation", "complementary", "contentinfo", "banner"):
        return True
    attributes = " ".join(filter(None, (element.get("class"), element.get("id"))))
    if not attributes or element.tag in ("body", "html", "article", "main"):
        return False
    if not _BOILERPLATE_ATTR.search(attributes):
        return False
    # A class word like "social" also appears on article wrappers ("post has-social-bar"):
    # only a small or link-heavy element is a boilerplate box.
    text_length = len(element.text_content())
    if text_length >= keep_chars:
        return False
    if text_length < _BOILERPLATE_BOX_CHARS:
        return True
    link_length = sum(len(a.text_content()) for a in element.iter("a"))
    return link_length > text_length / 2


def _normalise(text: str) -> str:
    return _SPACE.sub(" ", _INVISIBLE.sub("", text)).strip()


def _key(text: str) -> str:
    """A comparison key that ignores case, quotes and punctuation."""
    return " ".join(re.findall(r"\w+", text.lower()))


def _is_boilerplate(block: Block, not_text: set[str]) -> bool:
    """``not_text``: comparison keys of lines that are metadata here (title, byline)."""
    text = block.text
    key = block.key
    if not key or key in not_text:
        return True
    if len(text) > _SHORT_LINE_CHARS:
        return False
    n_words = len(key.split())
    if block.link_share > 0.8 and n_words <= _MAX_NAV_WORDS:
        return True  # a navigation link or a link to another story
    if block.after_image and n_words <= _MAX_CAPTION_WORDS and not _ENDS_SENTENCE.search(text):
        return True  # an image's caption outside <figure>
    return any(rule.search(text) for rule in _LINE_RULES)


def _cut_at_end_marker(blocks: list[Block]) -> list[Block]:
    for index, block in enumerate(blocks):
        if index > 0 and len(block.text) < 80 and _END_MARKERS.match(block.text):
            return blocks[:index]
    return blocks


def _drop_repeats(blocks: list[Block]) -> list[Block]:
    """Keep the first of identical paragraphs; drop every copy of a repeated short line
    without closing punctuation (an image's alt text or caption shown twice)."""
    counts: dict[str, int] = {}
    for block in blocks:
        counts[block.key] = counts.get(block.key, 0) + 1
    seen: set[str] = set()
    kept = []
    for block in blocks:
        key = block.key
        if block.kind in (ITEM, ROW):
            kept.append(block)  # lists and tables repeat cells by design ("Yes", "DL")
            continue
        if key in seen:
            continue
        seen.add(key)
        if (counts[key] > 1 and len(block.text) < 120
                and not _ENDS_SENTENCE.search(block.text)):
            continue
        kept.append(block)
    return kept


def _drop_repeated_lead(blocks: list[Block]) -> list[Block]:
    """Drop a standfirst or summary paragraph whose text the next paragraphs repeat."""
    kept = []
    for index, block in enumerate(blocks):
        key = block.key
        if len(key) >= 40 and block.kind != HEADING:
            following = blocks[index + 1:index + 4]
            if any(key in other.key for other in following):
                continue
        kept.append(block)
    return kept


def _drop_trailing_headings(blocks: list[Block]) -> list[Block]:
    while blocks and blocks[-1].is_heading:
        blocks = blocks[:-1]
    return blocks
