"""readability-lxml behind one seam: the article element of a prepared page, and the title
helpers readability uses for its short title.

Internals used (checked by ``check()``): ``Document._parse`` (overridden so readability works
on Pith's own parsed tree), ``Document.summary(html_partial=...)``, and ``readability.htmls``'
``TITLE_CSS_HEURISTICS``, ``add_match`` and ``norm_title``.
"""

from __future__ import annotations

import copy
import inspect

from lxml import etree
from lxml import html as lxml_html

from ..parse import HIDDEN_STYLE
from . import LibraryChanged

try:
    import readability
    from readability import Document
    from readability.htmls import TITLE_CSS_HEURISTICS, add_match, norm_title
except ImportError as error:  # pragma: no cover - only with an incompatible release
    raise LibraryChanged(
        f"readability-lxml no longer provides what Pith uses ({error}); Pith supports "
        "readability-lxml >=0.9,<0.10."
    ) from error

__all__ = ["TITLE_CSS_HEURISTICS", "Failed", "NoBody", "add_match", "article_element", "check",
           "norm_title", "prepare"]



class Failed(Exception):
    """readability could not read the page (its ``Unparseable``, and the like)."""


class NoBody(Failed):
    """The page has no ``<body>`` for readability to work on."""


class _PreparedDocument(Document):
    """readability-lxml's ``Document`` on a tree Pith has already prepared.

    ``Document._parse`` copies the page and runs lxml's Cleaner over it on every pass
    (scripts, styles, ``<link>``s, ``javascript:`` links): about a third of readability's
    time, most of it spent rewriting every link on the page. ``prepare`` removes what the
    text needs removed once, in place; each pass still gets its own copy, which
    readability's second, less ruthless pass relies on.
    """

    def _parse(self, input):
        self.encoding = "utf-8"
        return copy.deepcopy(input)


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
    summary = getattr(Document, "summary", None)
    if summary is None or "html_partial" not in inspect.signature(summary).parameters:
        problems.append("Document.summary(html_partial=...)")
    if not (isinstance(TITLE_CSS_HEURISTICS, (list, tuple))
            and all(isinstance(s, str) and s[:1] in "#." for s in TITLE_CSS_HEURISTICS)):
        problems.append("readability.htmls.TITLE_CSS_HEURISTICS as '#id' / '.class' strings")
    for name, function, arity in (("add_match", add_match, 3), ("norm_title", norm_title, 1)):
        if len(inspect.signature(function).parameters) != arity:
            problems.append(f"readability.htmls.{name} with {arity} parameters")
    if not hasattr(getattr(readability, "readability", None), "Unparseable"):
        problems.append("readability.readability.Unparseable")
    if problems:
        raise LibraryChanged(
            "readability-lxml changed what Pith relies on: " + "; ".join(problems)
            + ". Pith supports readability-lxml >=0.9,<0.10; update pith.adapters.readability."
        )
