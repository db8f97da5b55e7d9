"""readability-lxml behind one seam: the article element of a prepared page, and the title
helpers readability uses for its short title.

Internals used (checked by ``check()``): ``Document._parse`` (overridden so readability works
on Pith's own parsed tree), ``Document.summary(html_partial=...)``, and ``readability.htmls``'
``TITLE_CSS_HEURISTICS``, ``add_match`` and ``norm_title``.
"""

from __future__ import annotations

import copy
import inspect
import re

from lxml import etree
from lxml import html as lxml_html

from . import LibraryChanged

try:
    import readability
    import readability.readability as _rd
    from readability import Document
    from readability.htmls import TITLE_CSS_HEURISTICS, add_match, norm_title
except ImportError as error:  # pragma: no cover - only with an incompatible release
    raise LibraryChanged(
        f"readability-lxml no longer provides what Pith uses ({error}); Pith supports "
        "readability-lxml >=0.9,<0.10."
    ) from error

__all__ = ["HIDDEN_STYLE", "TITLE_CSS_HEURISTICS", "Failed", "NoBody", "add_match",
           "article_element", "check", "norm_title", "prepare"]



# Inline styles that hide an element: readability-lxml's displayNoneRe (its own copy, so a
# change of readability's pattern cannot silently change what Pith treats as hidden).
HIDDEN_STYLE = re.compile(r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)"
                          r"\s*(?:!important\s*)?(?:;|$)", re.IGNORECASE)


class Failed(Exception):
    """readability could not read the page (its ``Unparseable``, and the like)."""


class NoBody(Failed):
    """The page has no ``<body>`` for readability to work on."""


# Tags whose opening, serialised, matches readability's divToPElementsRe
# ``<(blockquote|dl|div|img|ol|p|pre|table|ul)``: a prefix test, as the pattern has no end.
_BLOCK_TAG_PREFIXES = ("blockquote", "dl", "div", "img", "ol", "p", "table", "ul")
_INLINE_TAGS = frozenset("a b cite code em font i small span strong sub sup u".split())
# For the length of readability's clean(text): maximal whitespace runs that hold a line break
# (each becomes one character), and maximal runs of two or more without one.
_LONG_SPACE_RUN = re.compile(r"\s{255,}")
# Each pattern starts only where a run starts (the look-behind), so a long run is scanned
# once, not once per position: linear time on any input.
_LINE_BREAK_RUN = re.compile(r"(?<![^\S\n])[^\S\n]*\n\s*")
_OTHER_SPACE_RUN = re.compile(r"(?<!\s)[^\S\n]{2,}(?!\s)")
_TAB_OR_SPACES = re.compile(r"\t|[ \t]{2,}")
# readability's clean() cuts a whitespace run this long to this many spaces.
_LONGEST_RUN = 255


def _clean_length(text: str) -> int:
    """``len(readability.readability.clean(text))`` without building the cleaned text.

    clean() makes three passes: a run of 255 or more whitespace characters becomes 255
    spaces; a run holding a line break becomes that line break; then a tab, or two or more
    spaces and tabs, become one space; the ends are stripped. Only interior runs of two or
    more characters (or with a line break) change length, so their lengths are summed: a run
    with a line break ends as one character whatever its length, a run without one as its
    tabs-and-spaces pass leaves it (one space if it was 255 or longer).
    """
    text = text.strip()
    if "\n" not in text and "\t" not in text and "  " not in text and (
            len(text) < _LONGEST_RUN or not _LONG_SPACE_RUN.search(text)):
        return len(text)
    length = len(text)
    breaks = _LINE_BREAK_RUN.findall(text)
    length -= sum(map(len, breaks)) - len(breaks)
    for run in _OTHER_SPACE_RUN.findall(text):
        kept = 1 if len(run) >= _LONGEST_RUN else len(_TAB_OR_SPACES.sub(" ", run))
        length -= len(run) - kept
    return length


def _lower_case_twin(pattern: re.Pattern) -> re.Pattern:
    """``pattern`` (a plain alternation of lower-case words, matched without case) compiled
    to match lower-cased text with case: on ASCII text the same matches, four times faster."""
    if not re.fullmatch(r"[a-z-]+(\|[a-z-]+)*", pattern.pattern):
        raise LibraryChanged(f"readability-lxml's pattern {pattern.pattern!r} is no longer a "
                             "plain list of words; update pith.adapters.readability.")
    return re.compile(pattern.pattern)


_UNLIKELY_LOWER = _lower_case_twin(_rd.REGEXES["unlikelyCandidatesRe"])
_MAYBE_LOWER = _lower_case_twin(_rd.REGEXES["okMaybeItsACandidateRe"])


def _holds_block(element) -> bool:
    """Whether ``element`` or anything inside it is an element readability takes for a
    block: what its divToPElementsRe finds in the element's serialisation, where text is
    escaped, so that only tag names can match, at their start. Pages where more could match
    take readability's own way (``_serialised_test``)."""
    for node in element.iter():
        tag = node.tag
        if isinstance(tag, str) and tag.lower().startswith(_BLOCK_TAG_PREFIXES):
            return True
    return False


def _serialised_test(method: str):
    """readability's own test: its pattern searched in the serialised element."""
    pattern = _rd.REGEXES["divToPElementsRe"]

    def holds_block(element) -> bool:
        return pattern.search(etree.tostring(element, encoding="unicode",
                                             method=method)) is not None
    return holds_block


def _block_test(tree, method: str):
    """The fast test where it gives readability's answer, else readability's own. Broken
    markup ("<a b<p>") can leave a "<" in a tag or attribute name, and the HTML serialiser
    readability uses for inline children does not escape "<" in attribute values."""
    odd = "//*[contains(name(), '<')] | //@*[contains(name(), '<')]"
    if method == "html":
        odd += " | //@*[contains(., '<')]"
    return _serialised_test(method) if tree.xpath(f"boolean({odd})") else _holds_block


class _PreparedDocument(Document):
    """readability-lxml's ``Document`` on a tree Pith has already prepared, with its hot
    loops done without the work that does not change their result.

    ``Document._parse`` copies the page and runs lxml's Cleaner over it on every pass
    (scripts, styles, ``<link>``s, ``javascript:`` links): about a third of readability's
    time, most of it spent rewriting every link on the page. ``prepare`` removes what the
    text needs removed once, in place; each pass still gets its own copy, which
    readability's second, less ruthless pass relies on.

    The overridden methods return exactly what readability's own do (tests/test_adapters.py
    compares them on pages of every shape); they skip the debug descriptions readability
    builds for its log even when nothing logs, serialising elements only to look for block
    tags, and regex passes over text whose length they cannot change.
    """

    def _parse(self, input):
        self.encoding = "utf-8"
        return copy.deepcopy(input)

    def remove_unlikely_candidates(self):
        unlikely = _rd.REGEXES["unlikelyCandidatesRe"]
        maybe = _rd.REGEXES["okMaybeItsACandidateRe"]
        root = self.html
        # readability asks two XPath questions of every unlikely element; both answers are
        # known up front. Removing an element never changes them for the rest of the tree:
        # an element holding <main>, <article> or <math> is never removed, and an element
        # inside a removed one no longer matters to the page.
        holds_content = set()
        for element in root.xpath(".//main | .//article | .//math"):
            holds_content.add(element)
            holds_content.update(element.iterancestors())
        in_code = set(root.xpath(".//pre | .//code | .//pre//* | .//code//*"))
        # Only an element with a class or an id can match (readability skips the rest).
        for elem in root.xpath(".//*[@class or @id]"):
            features = "{} {}".format(elem.get("class", ""), elem.get("id", ""))
            if len(features) < 2:
                continue
            if features.isascii():
                lowered = features.lower()
                is_unlikely = _UNLIKELY_LOWER.search(lowered) is not None
                is_maybe = is_unlikely and _MAYBE_LOWER.search(lowered) is not None
            else:
                is_unlikely = unlikely.search(features) is not None
                is_maybe = is_unlikely and maybe.search(features) is not None
            if (is_unlikely and not is_maybe
                    and elem.tag not in ("html", "body")
                    and elem not in in_code and elem not in holds_content):
                elem.drop_tree()

    def transform_misused_divs_into_paragraphs(self):
        # readability serialises a <div>'s children as XML here, inline children as HTML below.
        holds_block = _block_test(self.html, "xml")
        for elem in self.tags(self.html, "div"):
            # A <div> holding no block element is a paragraph.
            if not any(holds_block(child) for child in elem):
                elem.tag = "p"
        holds_block = _block_test(self.html, "html")
        for elem in self.tags(self.html, "div"):
            children = list(elem)
            paragraph = None
            if elem.text and elem.text.strip():
                p = lxml_html.fragment_fromstring("<p/>")
                p.text = elem.text
                elem.text = None
                elem.insert(0, p)
                paragraph = p
            for child in children:
                if child.tag == "br":
                    paragraph = None
                    continue
                if child.tag not in _INLINE_TAGS or holds_block(child):
                    paragraph = None
                    continue
                if paragraph is None:
                    paragraph = lxml_html.fragment_fromstring("<p/>")
                    child.addprevious(paragraph)
                paragraph.append(child)
            for pos, child in reversed(list(enumerate(elem))):
                if child.tail and child.tail.strip():
                    p = lxml_html.fragment_fromstring("<p/>")
                    p.text = child.tail
                    child.tail = None
                    elem.insert(pos + 1, p)
                if child.tag == "br":
                    child.drop_tree()

    def get_link_density(self, elem):
        link_length = sum(_clean_length(a.text_content() or "")
                          for a in elem.iterdescendants("a"))
        return float(link_length) / max(_clean_length(elem.text_content() or ""), 1)

    def score_paragraphs(self):
        min_length = self.min_text_length
        candidates = {}
        ordered = []
        for elem in self.tags(self._html(), "p", "pre", "td", "blockquote"):
            parent_node = elem.getparent()
            if parent_node is None:
                continue
            grand_parent_node = parent_node.getparent()
            inner_text = elem.text_content() or ""
            inner_text_len = _clean_length(inner_text)
            if inner_text_len < min_length:
                continue
            if parent_node not in candidates:
                candidates[parent_node] = self.score_node(parent_node)
                ordered.append(parent_node)
            if grand_parent_node is not None and grand_parent_node not in candidates:
                candidates[grand_parent_node] = self.score_node(grand_parent_node)
                ordered.append(grand_parent_node)
            # readability counts the pieces between commas, which cleaning never changes.
            content_score = 1 + inner_text.count(",") + 1 + min((inner_text_len / 100), 3)
            candidates[parent_node]["content_score"] += content_score
            if grand_parent_node is not None:
                candidates[grand_parent_node]["content_score"] += content_score / 2.0
        for elem in ordered:
            candidates[elem]["content_score"] *= 1 - self.get_link_density(elem)
        return candidates


def prepare(tree) -> None:
    """Do, once and in place, what ``Document._parse`` and its Cleaner would do on each pass
    that matters to the text: drop hidden elements, scripts, styles and links."""
    for element in tree.xpath("//*[@hidden]"):
        if element.getparent() is not None:
            element.drop_tree()
    for element in tree.xpath("//*[@style]"):
        if element.getparent() is not None and HIDDEN_STYLE.search(element.get("style")):
            element.drop_tree()
    etree.strip_elements(tree, "script", "style", "link", etree.ProcessingInstruction,
                         with_tail=False)


def article_element(tree, *, url: str | None = None) -> lxml_html.HtmlElement:
    """readability's article (``summary(html_partial=True)``) of a ``prepare``d tree, as one
    ``<div>`` element. The tree is not changed. Raises ``NoBody`` when the page has no
    ``<body>`` to read (a title-only page, a frameset, a meta-refresh stub), ``Failed`` when
    readability fails otherwise."""
    if tree.find("body") is None:
        raise NoBody("the page has no body")
    try:
        html = _PreparedDocument(tree, url=url).summary(html_partial=True)
        # lxml asserts (rather than raises) when the markup holds no body.
        return lxml_html.fragment_fromstring(html, create_parent="div")
    except (etree.ParserError, AssertionError) as error:
        raise NoBody(type(error).__name__) from None
    except readability.readability.Unparseable as error:
        raise Failed(str(error)[:200]) from None


def check() -> None:
    """Raise ``LibraryChanged`` naming the internal a readability-lxml release moved."""
    problems = []
    parse = getattr(Document, "_parse", None)
    if parse is None or list(inspect.signature(parse).parameters) != ["self", "input"]:
        problems.append("Document._parse(self, input), the hook Pith overrides")
    for name, parameters in (("remove_unlikely_candidates", ["self"]),
                             ("transform_misused_divs_into_paragraphs", ["self"]),
                             ("get_link_density", ["self", "elem"]),
                             ("score_paragraphs", ["self"]), ("tags", None)):
        method = getattr(Document, name, None)
        if method is None or (parameters is not None
                              and list(inspect.signature(method).parameters) != parameters):
            problems.append(f"Document.{name}, which Pith's faster version replaces")
    if not callable(getattr(_rd, "clean", None)) or not {
            "unlikelyCandidatesRe", "okMaybeItsACandidateRe"} <= set(getattr(_rd, "REGEXES", {})):
        problems.append("readability.readability.clean and REGEXES")
    summary = getattr(Document, "summary", None)
    if summary is None or "html_partial" not in inspect.signature(summary).parameters:
        problems.append("Document.summary(html_partial=...)")
    if not (isinstance(TITLE_CSS_HEURISTICS, (list, tuple))
            and all(isinstance(s, str) and s[:1] in "#." for s in TITLE_CSS_HEURISTICS)):
        problems.append("readability.htmls.TITLE_CSS_HEURISTICS as '#id' / '.class' strings")
    for name, function, arity in (("add_match", add_match, 3), ("norm_title", norm_title, 1)):
        if len(inspect.signature(function).parameters) != arity:
            problems.append(f"readability.htmls.{name} with {arity} parameters")
    if not hasattr(_rd, "Unparseable"):
        problems.append("readability.readability.Unparseable")
    if problems:
        raise LibraryChanged(
            "readability-lxml changed what Pith relies on: " + "; ".join(problems)
            + ". Pith supports readability-lxml >=0.9,<0.10; update pith.adapters.readability."
        )
