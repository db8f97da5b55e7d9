"""Stage 3: turn readability's article element into clean paragraphs.

Text is collected block by block, so words never glue across elements ("CAOct"). Then the
things readers skip are removed: figure captions, share/follow/newsletter lines, "Also read" and
"Related" blocks, author boxes, copyright and cookie lines, advertisement labels, bylines and
datelines, breadcrumbs, repeated lines and a standfirst that repeats the lead. Headings inside
the article stay, marked as headings, so the ranker can leave them out of the key points.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cached_property

from lxml import html as lxml_html

from .boilerplate import (ARTICLE_SHARE, ENDS_SENTENCE, captions_are_the_body, ends_article,
                          is_boilerplate_container, is_boilerplate_line, is_caption,
                          is_company_profile, is_editors_notes, is_greeting_line, is_link_card,
                          is_numbered_subheading, is_reference_entry, is_reference_heading,
                          is_subheading_in_capitals, LIST_MIN_ITEMS)

HEADING = "heading"
TEXT = "text"
ITEM = "item"  # a list item, a definition term or description
ROW = "row"  # a table row
EMBED = "embed"  # a paragraph of an embedded post (a tweet, an Instagram card)
QUESTION = "question"  # an interviewer's turn in a Q&A, set in bold
REFERENCE = "reference"  # an entry of the reference list or notes the text ends with
_BOLD = "bold"  # a paragraph wholly in bold, until the article says what it is
# The class ``pith.extraction`` gives an embedded post and its single-child wrappers.
EMBEDDED_POST = "embedded-post"

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
# A line break inside a sentence: the text before it has at least this many characters (a
# few words; a shorter line is a label: "Menu", "Source"), ends no sentence, is not mostly
# links, and an inline element follows. The break is then a space.
BROKEN_SENTENCE_MIN_CHARS = 25
# Inline elements: after a line break, one of these carries on the sentence the break cut.
_INLINE_TAGS = frozenset("a abbr b bdi bdo cite code data dfn em font i kbd mark q s samp "
                         "small span strong sub sup time u var".split())
# Elements whose text is never article prose. Figures are weighed apart: a picture's caption
# goes unless the captions are the story, a table or code block in a figure stays.
_SKIP_TAGS = frozenset(
    "script style noscript template button form nav aside footer iframe "
    "svg canvas select option input textarea label object embed audio video picture source "
    "head title meta link".split()
)
_FIGURE_CONTENT_XPATH = "boolean(.//table | .//pre | .//blockquote | .//ul | .//ol)"
# A line repeated on the page, shorter than this and not ending a sentence, is an image's
# alt text or caption shown twice: every copy goes.
REPEATED_LINE_MAX_CHARS = 120
# A standfirst repeated by the next few paragraphs is dropped; shorter keys match by chance.
STANDFIRST_MIN_CHARS = 40
STANDFIRST_LOOKAHEAD = 3
# A press release's profile of its company is one of its last this many paragraphs.
PROFILE_TAIL = 4
# ... and after it come only more of it and lines that are no sentence or this short (a media
# contact, a web address).
CONTACT_MAX_WORDS = 12

# Citation markers are not text: a footnote reference in brackets ("[1]", "[a]", "[note 3]",
# "[citation needed]", "[Quelle?]") as its own superscript, or as plain text after a word or
# before a stop.
_CITATION_ELEMENT = re.compile(r"^\s*(?:\[[^\[\]]{1,40}\]\s*)+$")
_CITATION_TEXT = re.compile(
    r"(?<=[\w.,;:!?)\"”’])(?:\[\d{1,3}\])+(?=[\s.,;:!?)]|$)"
    # ... or set off by a space before the sentence's stop: "... Preventive Nutrition [1]."
    r"|\s(?:\[\d{1,3}\])+(?=[.,;:!?)]|$)"
    r"|\s?\[(?:[a-z ]{1,30} needed|who\?|when\?|where\?|which\?|by whom\?)\]")
# A reference numbered as a link, in parentheses: "... binge eating (<a href=...>5</a>)." or
# "(<a>14</a>, <a>15</a>)"; the number alone is a link to a study, not a figure of the story.
_REFERENCE_LINK = re.compile(r"^\s*\d{1,3}\s*$")
_REF_OPEN, _REF_CLOSE = "\x01", "\x02"
_NOT_REFERENCES = ("tel:", "mailto:", "sms:")  # "call emergency services (<a>911</a>)"
_LINKED_REFERENCES = re.compile(r"\s?\((?:\s*\x01[^\x02]*\x02\s*[,;]?)+\s*\)")
_CODE_TAGS = frozenset(("pre", "code", "kbd", "samp"))
_LAST_WORD = re.compile(r"[^\W\d_][\w'’-]*$")
_FIRST_WORD = re.compile(r"[^\W\d_]+(?=[\s,;!?]|$)")  # a word, not an address ("http:")

_SPACE = re.compile(r"[ \t\r\n\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")



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
    blocks = [b for b in blocks
              if not is_boilerplate_line(b.text, b.key, link_share=b.link_share,
                                         after_image=b.after_image, not_text=not_text,
                                         item=b.kind == ITEM)]
    blocks = _drop_repeats(blocks)
    blocks = _drop_repeated_lead(blocks)
    blocks = _drop_company_profile(blocks)
    blocks = _drop_editors_notes(blocks)
    blocks = [replace(b, kind=HEADING) if b.kind in (TEXT, _BOLD)
              and is_subheading_in_capitals(b.text) else b
              for b in blocks]  # subheadings set in bold capitals
    blocks = _numbered_headings(blocks)
    blocks = _interviewers_turns(blocks)
    blocks = _references(blocks)
    return _drop_trailing_headings(blocks)


def _collect_blocks(root: lxml_html.HtmlElement, max_chars: int | None) -> list[Block]:
    blocks: list[Block] = []
    parts: list[str] = []
    kind_stack: list[str] = [TEXT]
    state = {"link_chars": 0, "block_chars": 0, "in_link": 0, "code": 0,
             "after_image": False, "chars": 0}
    budget = max_chars if max_chars is not None else float("inf")
    # A container holding most of the article is the article, whatever its class says
    # ("entry-content entry-content-read-more").
    keep_chars = len(root.text_content()) * ARTICLE_SHARE
    photo_post = captions_are_the_body(root)

    def add(text: str) -> None:
        if not state["code"]:
            text = _CITATION_TEXT.sub("", text)
        parts.append(text)
        state["block_chars"] += len(text.strip())
        if state["in_link"]:
            state["link_chars"] += len(text.strip())

    def flush() -> None:
        raw = "".join(parts)
        if _REF_OPEN in raw:
            raw = _LINKED_REFERENCES.sub("", raw).replace(_REF_OPEN, "").replace(_REF_CLOSE, "")
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
        state["link_chars"] = state["block_chars"] = 0

    def walk(element) -> None:
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        if (state["chars"] > budget or tag in _SKIP_TAGS
                or is_link_card(element)):
            return
        if photo_post and is_caption(element):
            state["after_image"] = False  # the caption is the text here, kept
        elif tag == "figcaption" or (tag == "figure" and not photo_post
                                     and not element.xpath(_FIGURE_CONTENT_XPATH)):
            return
        elif is_boilerplate_container(element, keep_chars):
            return
        if tag == "br":
            if (_inline_follows(element) and state["block_chars"] >= BROKEN_SENTENCE_MIN_CHARS
                    and state["link_chars"] * 2 < state["block_chars"]
                    and _runs_on(parts, element.getnext())):
                add(" ")  # a line broken inside a sentence: "the path is<br><b>irreversible"
            else:
                flush()
            return
        if tag in ("img", "amp-img"):
            state["after_image"] = True
            return
        if tag == "sup" and _CITATION_ELEMENT.match(element.text_content()):
            return  # a footnote reference: "[1]", "[citation needed]"
        if (tag == "a" and len(element) == 0 and _REFERENCE_LINK.match(element.text or "")
                and not (element.get("href") or "").lower().startswith(_NOT_REFERENCES)):
            state["in_link"] += 1  # still a link's text for the block's link share
            add(_REF_OPEN + element.text + _REF_CLOSE)  # dropped in flush when in parentheses
            state["in_link"] -= 1
            return
        block = tag in _BLOCK_TAGS or (tag in _CELL_TAGS and _is_layout_cell(element))
        if block:
            flush()
            kind = _kind_of(tag, kind_stack[-1])
            kind_stack.append(EMBED if element.get("class") == EMBEDDED_POST
                              else _BOLD if kind == TEXT and tag == "p" and _wholly_bold(element)
                              else kind)
        state["in_link"] += tag == "a"
        state["code"] += tag in _CODE_TAGS
        if tag in _CELL_TAGS:
            add(" ")
        if element.text:
            add(element.text)
        for child in element:
            walk(child)
            if child.tail:
                add(child.tail)
        state["in_link"] -= tag == "a"
        state["code"] -= tag in _CODE_TAGS
        if tag in _CELL_TAGS:
            add(" ")
        if block:
            flush()
            kind_stack.pop()

    walk(root)
    flush()
    return blocks


def _inline_follows(br) -> bool:
    """Whether an inline element (a link, emphasis) follows the line break directly, and
    the break does not part two links (a list of links, one a line)."""
    following = br.getnext()
    if (following is None or (br.tail or "").strip() or not isinstance(following.tag, str)
            or following.tag.lower() not in _INLINE_TAGS):
        return False
    previous = br.getprevious()
    return not (following.tag.lower() == "a" and previous is not None
                and isinstance(previous.tag, str) and previous.tag.lower() == "a"
                and not (previous.tail or "").strip())


def _runs_on(parts: list[str], following) -> bool:
    """Whether the sentence gathered so far runs on into ``following``: it ends with a
    comma or a word in lower case ("the path is", "members of the"), or ``following``
    starts in lower case. A title ("Star Wars Bomber") or a finished sentence does not."""
    last = next((part.rstrip() for part in reversed(parts) if part.strip()), "")
    if not last or ENDS_SENTENCE.search(last) or last.endswith(":"):
        return False
    word = _LAST_WORD.search(last)
    next_word = _FIRST_WORD.match((following.text_content() or "").lstrip())
    return (last.endswith(",") or bool(word and word.group()[0].islower())
            or bool(next_word and next_word.group()[0].islower()))


def _is_layout_cell(element) -> bool:
    """A table cell used for page layout (it holds paragraphs, line breaks or other
    blocks) reads as a block; a data cell reads inline, as part of its row."""
    return bool(element.xpath(_LAYOUT_CELL_XPATH))


# An interview set as questions in bold and answers in plain text: at least this many
# paragraphs wholly in bold, half of them asking.
MIN_QUESTIONS = 3


def _interviewers_turns(blocks: list[Block]) -> list[Block]:
    """The paragraphs wholly in bold as the interviewer's turns (``QUESTION``) when they are
    an interview's questions, else as text. In an interview, a bold paragraph that asks ("You've
    been on the job about ten weeks. What surprised you most?") is a turn, and so is one
    after a plain paragraph (an answer) that does not ("Some residents say a buyout is ...");
    a lead set in bold before any plain paragraph is the story's."""
    bold = [b for b in blocks if b.kind == _BOLD]
    asking = sum(_asks(b.text) for b in bold)
    interview = len(bold) >= MIN_QUESTIONS and 2 * asking >= len(bold)
    kinds, plain_before = [], False
    for block in blocks:
        if block.kind == _BOLD:
            kinds.append(QUESTION if interview and (_asks(block.text) or plain_before)
                         else TEXT)
        else:
            kinds.append(block.kind)
            plain_before = plain_before or block.kind == TEXT
    return [replace(b, kind=k) if b.kind != k else b for b, k in zip(blocks, kinds)]


def _numbered_headings(blocks: list[Block]) -> list[Block]:
    """The paragraphs wholly in bold that number a list's items ("1. Prioritize", "2. Drink
    water", ...) as headings, when there are ``LIST_MIN_ITEMS`` of them at least: a list set
    in bold lines, not in headings. One such line alone may be anything."""
    # Each followed by its item's text: bold numbered lines one after another are a list of
    # the story's claims set in bold.
    numbered = [i for i, b in enumerate(blocks)
                if b.kind == _BOLD and is_numbered_subheading(b.text)
                and i + 1 < len(blocks) and blocks[i + 1].kind in (TEXT, ITEM)]
    if len(numbered) < LIST_MIN_ITEMS:
        return blocks
    return [replace(b, kind=HEADING) if i in numbered else b for i, b in enumerate(blocks)]


def _asks(text: str) -> bool:
    return text.rstrip().endswith(("?", "？", "…"))


def _wholly_bold(element) -> bool:
    """Whether a paragraph's text is all inside one bold child: ``<p><strong>...</strong></p>``."""
    children = [c for c in element if isinstance(c.tag, str)]
    return (len(children) == 1 and children[0].tag in ("strong", "b")
            and not (element.text or "").strip() and not (children[0].tail or "").strip())


def _kind_of(tag: str, parent_kind: str) -> str:
    if tag in _CELL_TAGS:
        return TEXT  # a layout cell (data cells are no blocks): its text is prose
    if tag in _HEADING_TAGS:
        return HEADING
    if tag in ("li", "dd", "dt"):
        return ITEM
    if tag == "tr":
        return ROW
    return parent_kind


def _normalise(text: str) -> str:
    return _SPACE.sub(" ", _INVISIBLE.sub("", text)).strip()


def _key(text: str) -> str:
    """A comparison key that ignores case, quotes and punctuation."""
    return " ".join(re.findall(r"\w+", text.lower()))


def _cut_at_end_marker(blocks: list[Block]) -> list[Block]:
    for index, block in enumerate(blocks):
        if index > 0 and block.kind != ITEM and ends_article(block.text):
            return blocks[:index]
    return blocks


def _drop_repeats(blocks: list[Block]) -> list[Block]:
    """Keep the first of identical paragraphs; drop every copy of a repeated short line
    without closing punctuation (an image's alt text or caption shown twice), but a
    letter's greeting, which a letters column sets over each letter ("Dear Sharon,")."""
    counts: dict[str, int] = {}
    for block in blocks:
        counts[block.key] = counts.get(block.key, 0) + 1
    seen: set[str] = set()
    kept = []
    for block in blocks:
        key = block.key
        if block.kind in (ITEM, ROW) or is_greeting_line(block.text):
            kept.append(block)  # lists and tables repeat cells by design ("Yes", "DL")
            continue
        if key in seen:
            continue
        seen.add(key)
        if (counts[key] > 1 and len(block.text) < REPEATED_LINE_MAX_CHARS
                and not ENDS_SENTENCE.search(block.text)):
            continue
        kept.append(block)
    return kept


def _drop_repeated_lead(blocks: list[Block]) -> list[Block]:
    """Drop a standfirst or summary paragraph whose text the next paragraphs repeat."""
    kept = []
    for index, block in enumerate(blocks):
        key = block.key
        if len(key) >= STANDFIRST_MIN_CHARS and block.kind != HEADING:
            following = blocks[index + 1:index + 1 + STANDFIRST_LOOKAHEAD]
            if any(key in other.key for other in following):
                continue
        kept.append(block)
    return kept


def _drop_company_profile(blocks: list[Block]) -> list[Block]:
    """A press release's closing profile of the company that sent it ("About Ascom", "Ascom
    is a global solutions provider ...") and what follows it, more profiles and short lines
    (a media contact): one of the last ``PROFILE_TAIL`` paragraphs, in the second half of the
    text. A profile earlier on, or with the story going on after it, is the story's ("Ascom
    is a Swiss company that ...")."""
    start = max(len(blocks) - PROFILE_TAIL, len(blocks) // 2 + 1)
    for index in range(start, len(blocks)):
        if blocks[index].kind != ITEM and is_company_profile(blocks[index].text) and all(
                is_company_profile(b.text) or len(b.text.split()) <= CONTACT_MAX_WORDS
                or not ENDS_SENTENCE.search(b.text) for b in blocks[index + 1:]):
            return blocks[:index]
    return blocks


def _drop_editors_notes(blocks: list[Block]) -> list[Block]:
    """A press release's notes for journalists and what follows them: from a heading or line
    of its own saying so ("Notes to editors") past the first third of the text's characters,
    to its end (the fund's prospectus date, where the figures come from, the press office's
    number; notes of many short lines may outnumber the release's paragraphs). Earlier on,
    such a line heads no notes."""
    total = sum(len(b.text) for b in blocks)
    seen = 0
    for index, block in enumerate(blocks):
        if (3 * seen >= total and block.kind != ITEM
                and is_editors_notes(block.text)):
            return blocks[:index]
        seen += len(block.text)
    return blocks


def _references(blocks: list[Block]) -> list[Block]:
    """The entries of a reference list as ``REFERENCE``: kept in the text (they are the
    article's), never its sentences. An entry is told by its marks (``is_reference_entry``),
    more easily under a heading of the references in the second half ("References",
    "Quellen"), until a heading or a paragraph without them."""
    marked, listed = [], False
    for index, block in enumerate(blocks):
        if (block.kind not in (ITEM, ROW) and 2 * index >= len(blocks)
                and is_reference_heading(block.text)):
            listed = True
            marked.append(block if block.is_heading else replace(block, kind=REFERENCE))
            continue
        if block.kind in (TEXT, ITEM) and is_reference_entry(block.text, listed=listed):
            block = replace(block, kind=REFERENCE)
        else:
            listed = False
        marked.append(block)
    return marked


def _drop_trailing_headings(blocks: list[Block]) -> list[Block]:
    while blocks and blocks[-1].is_heading:
        blocks = blocks[:-1]
    return blocks
