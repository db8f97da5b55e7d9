"""Page metadata read from the parsed page: meta tags, JSON-LD and ``<html lang>``.

Used by the extract stage before readability-lxml sees the tree (readability drops the
``<head>`` details we need). Every reader is defensive: real pages carry malformed JSON-LD,
author URLs instead of names and dates in a dozen formats.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from lxml import html as lxml_html

from .boilerplate import MAX_BYLINE_LINE_CHARS, MAX_DATE_LINE_CHARS
from .bylines import BYLINE_LABELS, clean_byline, site_keys, starts_with_label
from .dates import to_iso
from .language import normalise_code
from .languages import alternation, union

# A JSON-LD block larger than this is an app's state dump, not article metadata.
_MAX_JSON_LD_CHARS = 200_000

_ARTICLE_TYPES = {
    "article", "newsarticle", "reportagenewsarticle", "blogposting", "report",
    "analysisnewsarticle", "opinionnewsarticle", "webpage", "scholarlyarticle", "techarticle",
}


@dataclass(frozen=True)
class PageMetadata:
    title: str | None = None
    byline: str | None = None
    site_name: str | None = None
    published: str | None = None  # ISO 8601, with the offset when the page gives one
    modified: str | None = None  # ISO 8601, when the page says it was updated
    language: str | None = None
    description: str | None = None
    # Every description the page gives in words (og, meta, twitter, JSON-LD), the chosen
    # one first: which says what the story is about is a matter of language (a line calling
    # the piece by its kind, "Reportage dans une maternité ...", says nothing of it).
    descriptions: tuple[str, ...] = ()
    image: str | None = None  # the lead image's address
    article_body: str | None = None  # JSON-LD articleBody: a check on readability's pick
    headline: str | None = None  # JSON-LD headline, a witness for the title
    sites: frozenset[str] = frozenset()  # the site's names as pith.bylines.key()s
    # What the page calls itself: its ``<title>``, og:title and twitter:title as written ("...
    # review: superb noise cancelling | Gadgetry"), where the headline shown drops the kind
    # of page it is; and the types of its JSON-LD objects, in lower case ("review").
    titles: tuple[str, ...] = ()
    types: frozenset[str] = frozenset()
    sections: tuple[str, ...] = ()  # article:section, JSON-LD articleSection ("Opinion")


def read_metadata(tree: lxml_html.HtmlElement, url: str | None = None) -> PageMetadata:
    """Collect title, byline, site name, dates, language and description.

    ``url``: the page's address, if known; its host is one more form of the site's name.
    """
    meta = _meta_index(tree)
    items, nodes, types = _json_ld(tree)

    def ld(field):
        for item in items:
            value = item.get(field)
            if value:
                return value
        return None

    # The publisher as the graph names it; authors are not followed so far: on the public
    # pages a referenced "Person" was as often the account that posted ("webnata") as the
    # byline the page shows.
    publisher = _name_of(_resolved(ld("publisher"), nodes))

    def first(*values):
        for value in values:
            value = _clean(value)
            if value:
                return value
        return None

    hosts = _hosts(tree, meta, url)
    # A page that names no site is labelled by its host ("cbsnews.com"), as a browser does.
    site_name = _site_label(first(meta.get("og:site_name"), publisher,
                                  meta.get("application-name"))) or (hosts[0] if hosts else None)
    sites = site_keys(site_name, publisher, meta.get("application-name"), *hosts)
    headline = ld("headline")
    descriptions = _descriptions(meta.get("og:description"), meta.get("description"),
                                 meta.get("twitter:description"),
                                 ld("description") if isinstance(ld("description"), str)
                                 else None)
    return PageMetadata(
        title=first(meta.get("og:title"), meta.get("twitter:title"),
                    _unescape(headline) if isinstance(headline, str) else None),
        byline=_byline(tree, meta, ld("author"), sites),
        site_name=site_name,
        published=_published(tree, meta, ld("datePublished")),
        modified=_modified(tree, meta, ld("dateModified")),
        language=_language(tree, meta, items[0] if items else {}),
        description=descriptions[0] if descriptions else None,
        descriptions=descriptions,
        image=first(meta.get("og:image"), meta.get("og:image:url"),
                    meta.get("twitter:image"), meta.get("twitter:image:src"),
                    _image_url(ld("image"))),
        article_body=_body(ld("articleBody")),
        headline=_clean(_unescape(headline)) if isinstance(headline, str) else None,
        sites=frozenset(sites),
        titles=tuple(dict.fromkeys(filter(None, (
            _clean(tree.findtext(".//title")), _clean(meta.get("og:title")),
            _clean(meta.get("twitter:title")))))),
        types=frozenset(types),
        sections=tuple(dict.fromkeys(filter(None, (
            _clean(meta.get("article:section")),
            *(_clean(v) for v in _strings(ld("articleSection"))))))),
    )


def _strings(value) -> list[str]:
    """A JSON-LD value that may be one string or a list of them ("@type", articleSection),
    its strings as a list."""
    values = value if isinstance(value, list) else [value]
    return [v for v in values if isinstance(v, str)]


def _unescape(text: str) -> str:
    """JSON-LD written through an HTML escaper ("&#8211;", "&amp;")."""
    return html.unescape(text) if "&" in text else text


def _site_label(name: str | None) -> str | None:
    """A site's name as a reader reads it: one given as its address
    ("https://www.hawaiinewsnow.com") is its host ("hawaiinewsnow.com")."""
    if name and _not_url(name) is None:
        return _host(name) or None
    return name


def _host(address: str) -> str:
    """The host name of ``address`` without "www."; "" when it has none."""
    try:
        host = urlsplit(address.strip()).hostname or ""
    except ValueError:  # a malformed host ("http://[::1")
        return ""
    return host[4:] if host.startswith("www.") else host


def _hosts(tree, meta, url) -> list[str]:
    """The site's host name(s), without "www.": from ``url``, og:url and the canonical link."""
    addresses = [url, meta.get("og:url")]
    addresses += tree.xpath("//link[@rel='canonical']/@href")[:1]
    hosts = []
    for address in addresses:
        if isinstance(address, str) and "//" in address:
            host = _host(address)
            if host:
                hosts.append(host)
    return hosts


# Meta tags naming the publication time, most trusted first; JSON-LD's value (_LD) ranks where
# it stands.
_LD = None
_PUBLISHED_META = ("article:published_time", "og:published_time", "published_time",
                   "datepublished", _LD, "parsely-pub-date", "sailthru.date", "pubdate",
                   "publishdate", "publish-date", "publish_date", "article.published",
                   "dcterms.created", "dc.date.issued", "dc.date", "date")
_MODIFIED_META = ("article:modified_time", "og:updated_time", "modified_time", _LD,
                  "datemodified", "dcterms.modified", "dc.date.modified", "last-modified",
                  "article.updated")
# Elements whose text is a visible date line ("Published 11:11 PM EST Nov 19, 2019").
_DATE_CLASS_XPATH = (
    "(//*[contains(@class, 'date') or contains(@class, 'Date') or contains(@class, 'publish')"
    " or contains(@class, 'posted') or contains(@class, 'timestamp') or contains(@class, "
    "'dateline') or contains(@class, 'byline') or contains(@class, 'meta')])[position() < 40]")
# A date line of the page's last change, in any table's words: not the day it was published.
_UPDATED_LINE = re.compile(r"^\W*(?:" + alternation(union("updated_labels")) + r")(?!\w)",
                           re.IGNORECASE)
_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-](\d{1,2})[/-](\d{1,2})(?:/|$|[-_])")


def _published(tree, meta, ld_value) -> str | None:
    iso = _first_iso(meta, _PUBLISHED_META, ld_value)
    for xpath in ("//*[@itemprop='datePublished']", "//time[@pubdate]",
                  "//time[contains(@class, 'publish')]", "//time[@datetime]"):
        iso = iso or _element_date(tree, xpath, 3)
    if iso:
        return iso
    for element in tree.xpath(_DATE_CLASS_XPATH):
        text = " ".join(element.text_content().split())
        if not text or len(text) > MAX_DATE_LINE_CHARS or _UPDATED_LINE.match(text):
            continue
        iso = to_iso(text)
        if iso:
            return iso
    return _url_date(tree, meta)


def _modified(tree, meta, ld_value) -> str | None:
    return (_first_iso(meta, _MODIFIED_META, ld_value)
            or _element_date(tree, "//*[@itemprop='dateModified']", 2))


def _first_iso(meta, names, ld_value) -> str | None:
    """The first of the meta tags ``names`` (``_LD``: JSON-LD's value) that reads as a date."""
    for name in names:
        value = ld_value if name is _LD else meta.get(name)
        iso = to_iso(value) if isinstance(value, str) else None
        if iso:
            return iso
    return None


def _element_date(tree, xpath: str, limit: int) -> str | None:
    """The first date among the first ``limit`` elements ``xpath`` finds: their ``datetime``
    or ``content`` attribute, else their text."""
    for element in tree.xpath(xpath)[:limit]:
        iso = to_iso(element.get("datetime") or element.get("content")
                     or element.text_content())
        if iso:
            return iso
    return None


def _url_date(tree, meta) -> str | None:
    """The date in the page's own address ("/2019/11/19/"), as a last resort."""
    for address in [meta.get("og:url")] + tree.xpath("//link[@rel='canonical']/@href")[:1]:
        match = _URL_DATE.search(address or "")
        if match:
            iso = to_iso("-".join(match.groups()))
            if iso:
                return iso
    return None


def _image_url(value) -> str | None:
    if isinstance(value, list) and value:
        value = value[0]
    if isinstance(value, dict):
        value = value.get("url") or value.get("contentUrl")
    return value if isinstance(value, str) and value.strip() else None


def _body(value) -> str | None:
    """JSON-LD articleBody, kept with its line breaks (paragraphs) but tidied."""
    if not isinstance(value, str):
        return None
    lines = (" ".join(line.split()) for line in value.splitlines())
    return "\n".join(line for line in lines if line) or None


def _description(*values) -> str | None:
    """The first of the page's descriptions written in words, else the first: a score line
    ("Port Halden 14.12 (96) d Bellbrook 11.9 (75)"), a price or a run of figures says less of
    the story than the sentence the page gives in another tag ("Jayden Moretti booted five and
    the Magpies kicked eight goals to two ...")."""
    found = [value for value in map(_clean, values) if value]
    return next((value for value in found if _in_words(value)), found[0] if found else None)


def _descriptions(*values) -> tuple[str, ...]:
    """The page's distinct descriptions written in words, the one ``_description`` chooses
    first (the page's description; a score line when it gives nothing in words)."""
    chosen = _description(*values)
    found = [value for value in map(_clean, values) if value and _in_words(value)]
    return tuple(dict.fromkeys(([chosen] if chosen else []) + found))


def _in_words(text: str) -> bool:
    """Whether more than half of ``text``'s tokens hold a letter."""
    tokens = text.split()
    return 2 * sum(any(c.isalpha() for c in token) for token in tokens) > len(tokens)


def _clean(value) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


def _meta_index(tree) -> dict[str, str]:
    index: dict[str, str] = {}
    for element in tree.iter("meta"):
        key = element.get("property") or element.get("name") or element.get("itemprop")
        content = element.get("content")
        if key and content and key.lower() not in index:
            index[key.lower()] = content
        equiv = element.get("http-equiv")
        if equiv and content and equiv.lower() == "content-language":
            index.setdefault("content-language", content)
    return index


def _json_ld(tree) -> tuple[list[dict], dict[str, dict], set[str]]:
    """The JSON-LD objects of an article type, specific types ("NewsArticle") before the
    generic "WebPage"; every object that has an "@id", by it: a graph names its
    publisher and authors once and refers to them elsewhere (``{"@id": ".../#org"}``); and
    the types of all objects, in lower case."""
    found = []
    nodes: dict[str, dict] = {}
    every: set[str] = set()
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        text = script.text or ""
        if not text.strip() or len(text) > _MAX_JSON_LD_CHARS:
            continue
        try:
            data = json.loads(text)
        except (ValueError, RecursionError):  # malformed, or nested past the parser's depth
            continue
        for item in _walk_ld(data):
            if isinstance(item.get("@id"), str):
                nodes.setdefault(item["@id"], item)
            names = {t.lower() for t in _strings(item.get("@type"))}
            every |= names
            if names & _ARTICLE_TYPES:
                found.append((names <= {"webpage"}, len(found), item))
    return [item for _, _, item in sorted(found, key=lambda entry: entry[:2])], nodes, every


def _resolved(value, nodes: dict[str, dict]):
    """``value``, a reference to another object of the page's JSON-LD (an object holding
    only an "@id"), replaced by the object it names."""
    if isinstance(value, dict) and set(value) <= {"@id", "@type"}:
        return nodes.get(value.get("@id"), value)
    return value


def _walk_ld(data, depth=0):
    if depth > 4:
        return
    if isinstance(data, list):
        for item in data:
            yield from _walk_ld(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        graph = data.get("@graph")
        if graph is not None:
            yield from _walk_ld(graph, depth + 1)


def _name_of(value) -> str | None:
    if isinstance(value, str):
        return _not_url(value)
    if isinstance(value, dict):
        return _not_url(value.get("name")) if isinstance(value.get("name"), str) else None
    return None


def _not_url(value) -> str | None:
    if isinstance(value, str) and not re.match(r"^\s*(https?:)?//", value):
        return value
    return None


# JSON-LD author types that are not a person: the site itself, given as its own author.
_ORGANISATION_TYPES = frozenset(("organization", "newsmediaorganization", "corporation",
                                 "organisation", "website", "brand"))
# Elements that hold a byline: a link to the author, the author's microdata, a class naming
# the author or the byline ("c-byline__author-name", "BylineBar_byline", "entry-author").
_BYLINE_XPATH = (
    "descendant-or-self::*[@rel='author' or @itemprop='author' or contains(@class, 'uthor') or "
    "contains(@class, 'yline')]"
)
# Class words of author elements that are not the byline: bios, photos, hidden copies,
# comment authors, follow buttons.
_NOT_BYLINE = re.compile(r"hidden|bio|desc|about|avatar|img|image|photo|picture|flyout|"
                         r"social|follow|comment|more|box|popup|tooltip|card|list-item|"
                         r"article-author__time", re.IGNORECASE)
# Where an author element names someone other than the writer: comments, and the claim a
# fact check reviews ("statement-author": the claim's author).
_ELSEWHERE = re.compile(r"comment|respond|reply|discussion|statement|claim", re.IGNORECASE)
# An author element with more text than this is a box around the byline, not the byline.
_MAX_BYLINE_CHARS = 200
# How far up from the headline the byline is looked for first.
_HEADLINE_REGION_LEVELS = 3
# How far up from an author element to look for a comments section or a checked claim
# around it.
_ELSEWHERE_DEPTH = 8
# Byline lines ("By Jo Penrose", "Par Anne Martin", "Publicado por: Clara Borba") looked at.
_MAX_BYLINE_LINES = 20


def _byline(tree, meta, ld_author, sites) -> str | None:
    """The author names: JSON-LD's people, else the page's byline elements, else a line
    opening with "By"/"Par"/"Von"/"Por"/"Di"..., else the author meta tags. Never the site."""
    people = _ld_people(ld_author, sites)
    # Bylines stand by the headline: look there first, the whole page only when needed.
    names = _byline_elements(_headline_region(tree), sites)
    if not names and not people:
        names = _byline_elements(tree, sites)
    if people:
        # The visible byline wins when it names JSON-LD's people and more of them.
        if names and set(people.split(", ")) < set(names.split(", ")):
            return names
        return people
    if names:
        return names
    names = _byline_line(tree, sites)
    if names:
        return names
    for value in (meta.get("author"), _not_url(meta.get("article:author")),
                  meta.get("parsely-author"), meta.get("dc.creator"),
                  meta.get("sailthru.author")):
        names = clean_byline(value, sites)
        if names:
            return names
    return None


def _ld_people(value, sites) -> str | None:
    values = value if isinstance(value, list) else [value]
    names = []
    for item in values[:10]:
        if isinstance(item, dict):
            if any(t.lower() in _ORGANISATION_TYPES for t in _strings(item.get("@type"))):
                continue
            item = item.get("name")
        if isinstance(item, str) and _not_url(item):
            cleaned = clean_byline(_unescape(item), sites)
            if cleaned:
                names.append(cleaned)
    return ", ".join(dict.fromkeys(names)) or None


def _headline_region(tree):
    """The first ``<h1>`` and what stands around it (three levels up): where bylines are."""
    region = next(tree.iter("h1"), None)
    if region is None:
        return None
    for _ in range(_HEADLINE_REGION_LEVELS):
        if region.getparent() is None:
            break
        region = region.getparent()
    return region


def _byline_elements(root, sites) -> str | None:
    if root is None:
        return None
    candidates = [element for element in root.xpath(_BYLINE_XPATH)
                  if not _NOT_BYLINE.search(element.get("class") or "")
                  and not _elsewhere(element)]
    inner = set(candidates)
    for element in candidates:
        for ancestor in element.iterancestors():
            inner.discard(ancestor)
    leaves = [element for element in candidates if element in inner]
    for index, element in enumerate(leaves):
        names = _element_names(element, sites)
        if not names:
            continue
        # Co-authors often sit in sibling elements of one byline ("A, B and C"); an
        # agency credited in the next element is an affiliation, dropped by the cleaning.
        home = {element.getparent(), _grandparent(element)}
        found = [names]
        for other in leaves[index + 1:index + 10]:
            if other.getparent() in home or _grandparent(other) in home:
                more = _element_names(other, sites)
                if more:
                    found.append(more)
        return clean_byline(", ".join(found), sites) if len(found) > 1 else names
    return None


def _element_names(element, sites) -> str | None:
    if element.get("itemprop") == "author":
        named = element.xpath(".//*[@itemprop='name']/@content | .//meta[@itemprop='name']"
                              "/@content")
        if named:
            return clean_byline(named[0], sites)
    text = element.get("content") if element.tag == "meta" else _text_lines(element)
    if not text or len(text) > _MAX_BYLINE_CHARS:
        return None
    return clean_byline(text, sites)


# Elements that start a new line on the page.
_LINE_BREAKS = frozenset(("br", "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5",
                          "h6", "time", "section", "header", "footer", "address", "table",
                          "tr", "td"))


def _text_lines(element) -> str:
    """``element``'s text with a line break where the page breaks the line (``<br>``, a
    block): "by Jeff Foust<br><span>Monday, ...</span>" is the name, then the date, not
    "Jeff FoustMonday"."""
    parts = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str):
            breaks = child.tag in _LINE_BREAKS
            parts += ["\n" if breaks else "", _text_lines(child), "\n" if breaks else ""]
        parts.append(child.tail or "")
    return "".join(parts)


def _grandparent(element):
    parent = element.getparent()
    return parent.getparent() if parent is not None else None


def _elsewhere(element) -> bool:
    """Whether an author element stands in a comments section or a checked claim's box
    (``_ELSEWHERE``): it names someone other than the writer."""
    for depth, ancestor in enumerate(element.iterancestors()):
        if depth >= _ELSEWHERE_DEPTH:
            return False
        words = " ".join(filter(None, (ancestor.get("class"), ancestor.get("id"))))
        if words and _ELSEWHERE.search(words):
            return True
    return False


def _byline_line(tree, sites) -> str | None:
    """A short line opening with a byline label ("By Jo Penrose", "Texte : Anne Martin")."""
    body = tree.find("body")
    if body is None:
        return None
    seen = 0
    for element in body.iter():
        if not isinstance(element.tag, str) or element.tag in _NOT_TEXT:
            continue
        for text, parent in ((element.text, element), (element.tail, element.getparent())):
            if not text or parent is None:
                continue
            start = text.lstrip()[:1]
            if not start or start.lower() not in _LABEL_INITIALS or not starts_with_label(text):
                continue
            seen += 1
            if seen > _MAX_BYLINE_LINES:
                return None
            if _elsewhere(parent):
                continue
            line = parent.text_content()
            names = clean_byline(line if len(line) <= MAX_BYLINE_LINE_CHARS else text, sites,
                                 strict=True)
            if names:
                return names
    return None


_NOT_TEXT = frozenset(("script", "style", "title", "noscript", "template"))
_LABEL_INITIALS = frozenset(label[0] for labels in BYLINE_LABELS.values() for label in labels)


def _language(tree, meta, ld) -> str | None:
    candidates = (
        tree.get("lang"),
        tree.get("xml:lang"),
        meta.get("content-language"),
        meta.get("og:locale"),
        ld.get("inLanguage") if isinstance(ld.get("inLanguage"), str) else None,
    )
    for value in candidates:
        code = normalise_code(value)
        if code:
            return code
    return None
