"""Bylines: the rules (the words themselves are data in the language tables), by which a byline as pages write it
("By TOM KRISHER, AP Auto Writer", "Texte : Anne Martin", "Lisa Kaczke and Trevor J. Mitchell
USA TODAY Published 7:07 PM") becomes the author names a reader sees ("Tom Krisher", ...).

Used by ``pith.metadata``. Never the site's own name; several authors joined with ", ".
"""

from __future__ import annotations

import re

from .languages import alternation, by_language

# Per language, from the language tables: the words that introduce a byline, the words
# between two author names ("A and B"), and the words of a part naming a role rather than a
# person ("AP Auto Writer", "Staff Writer", "Special to the Pioneer Press").
BYLINE_LABELS: dict[str, tuple[str, ...]] = by_language("byline_labels")
NAME_JOINERS: dict[str, tuple[str, ...]] = by_language("name_joiners")
ROLE_WORDS: dict[str, tuple[str, ...]] = by_language("role_words")
# Words of an organisation credited beside a person ("..., Associated Press", "Fox News",
# "NJ Advance Media"): such a part after a person's name is an affiliation, not an author.
ORGANISATION_WORDS = ("press", "news", "media", "agency", "wire", "times", "post", "herald",
                      "tribune", "today", "journal", "network", "magazine", "newspaper",
                      "reuters", "afp", "dpa", "efe", "ansa", "ap", "cnn", "bbc", "staff",
                      "services", "group", "inc", "ltd", "gazette", "daily")
# Name particles written in lower case ("Ludwig van Beethoven", "Maria da Silva").
_PARTICLES = frozenset("van von der den de da das do dos du di del della la le bin ibn al el "
                       "y e ter zu".split())

# One word with a dot and a lower-case ending: a file or a host ("humans.txt", "cityam.com").
_FILE_OR_HOST = re.compile(r"[\w-]+(?:\.[\w-]+)*\.[a-z]{2,5}")
_LABEL = re.compile(
    r"^\s*(?:" + alternation(label for labels in BYLINE_LABELS.values() for label in labels)
    + r")(?:\s*:\s*|\s+|$)", re.IGNORECASE)
_JOINER = re.compile(
    r"\s*(?:[,;|/•·]|\s[-–—]\s|&|\s(?:" + alternation(j for js in NAME_JOINERS.values()
                                                     for j in js)
    + r")\s)\s*", re.IGNORECASE)
_ROLE = re.compile(r"\b(?:" + alternation(w for ws in ROLE_WORDS.values() for w in ws)
                   + r")\b", re.IGNORECASE)
_ORGANISATION = re.compile(r"\b(?:" + "|".join(ORGANISATION_WORDS) + r")\b", re.IGNORECASE)
# Where the names end: a date, a time, "Published"/"Updated", a handle, an e-mail, a count,
# the credits of other work ("Photographs by ...").
_NAMES_END = re.compile(
    r"(?:\b(?:photos?|photographs?|photography|illustrations?|graphics|video) by\b|"
    r"\b(?:published|updated|posted|last updated|first published|publicado|publié|"
    r"veröffentlicht|aggiornato|pubblicato|mis à jour|actualizado|atualizado|read more|"
    r"follow|share|min read|ago)\b|view more|more articles|most recent|@|\d{1,2}[:/.]\d|"
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d|"
    r"\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b(?:19|20)\d\d\b|"
    r"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*day\b|\b(?:today|yesterday)\b)", re.IGNORECASE)
# A writer credited with other work ("Story and photos by ...", "Words and video by ..."):
# the label before the names.
_SHARED_CREDIT = re.compile(
    r"^(?:story|text|words|reporting|report)\s+(?:and|&)\s+(?:photos?|photographs?|"
    r"photography|illustrations?|graphics|video)\s+by\s+", re.IGNORECASE)
_DOMAIN = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|info|co|uk|de|fr|it|es|br|ru|in|"
                     r"ca|au|news|tv)$", re.IGNORECASE)
# A name longer than this many words is a sentence, not a name.
MAX_NAME_WORDS = 5
MAX_NAME_CHARS = 60
MAX_AUTHORS = 10


def key(text: str) -> str:
    """Letters and digits only, lower case: for telling a name from the site's."""
    return "".join(ch for ch in text.lower() if ch.isalnum())


def site_keys(*names: str | None) -> set[str]:
    """Comparison keys of the site's names ("LinkNaija | Nigeria's news" gives "linknaija"
    too; "cleveland.com" gives "cleveland")."""
    keys = set()
    for name in names:
        if not name:
            continue
        keys.add(key(name))
        first = re.split(r"\s+[-|–—:·•»]\s+|\s*\|\s*", name)[0]
        keys.add(key(first))
        keys.add(key(re.sub(r"\.(?:com|net|org|co\.uk|[a-z]{2})$", "", first.strip(),
                            flags=re.IGNORECASE)))
    keys.discard("")
    return keys


def is_site(name: str, sites: set[str]) -> bool:
    """Whether ``name`` is the site's own name, or the first words of it ("RT" for "RT
    International", "Business Insider" for "Business Insider Deutschland")."""
    name_key = key(name)
    if not name_key:
        return False
    if name_key in sites or _DOMAIN.match(name.strip()):
        return True
    words = re.findall(r"\w+", name.lower())
    return len(name_key) >= 2 and len(words) <= 3 and any(
        site.startswith(name_key) for site in sites)


def clean_byline(text: str | None, sites: set[str], *, strict: bool = False) -> str | None:
    """The author names in a byline as pages write it, joined with ", "; ``None`` when
    none is left. ``strict``: the text is a line of the page, not a field meant for the
    author, so every name must look like one (capitalised words)."""
    if not isinstance(text, str):
        return None
    text = " ".join(text.split())
    text = _SHARED_CREDIT.sub("", _LABEL.sub("", text, count=1), count=1)
    end = _NAMES_END.search(text)
    if end:
        text = text[:end.start()]
    names: list[str] = []
    parts = [p.strip(" .,:;-–—|()[]") for p in _JOINER.split(text)]
    parts = [p for p in parts if p]
    for index, part in enumerate(parts[:MAX_AUTHORS]):
        part = _LABEL.sub("", part, count=1)
        if not part or is_site(part, sites) or _looks_like_handle(part):
            continue
        if index > 0 and names and (_ROLE.search(part) or _ORGANISATION.search(part)
                                    or len(part.split()) == 1):
            continue  # "..., AP Auto Writer", "..., Associated Press", "..., Futurism"
        if _ROLE.search(part) and len(part.split()) > 1 and not strict and names:
            continue
        if not _plausible_name(part, strict):
            if strict or not names:
                return None if strict else (", ".join(names) or None)
            continue
        names.append(_recase(part))
    return ", ".join(dict.fromkeys(names)) or None


def starts_with_label(text: str) -> bool:
    """Whether ``text`` opens with a byline label ("By ", "Par ", "Texte :")."""
    return _LABEL.match(text) is not None


def _looks_like_handle(part: str) -> bool:
    """A handle, an address, a host or a file name ("humans.txt"): not a person's name."""
    return (part.startswith("@") or "@" in part or part.lower().startswith(("http", "www."))
            or _FILE_OR_HOST.fullmatch(part) is not None)


def _plausible_name(part: str, strict: bool) -> bool:
    words = part.split()
    if not words or len(words) > MAX_NAME_WORDS or len(part) > MAX_NAME_CHARS:
        return False
    if len(words) > 1 and any(ch.isdigit() for ch in part):
        return False
    if not strict:
        return True
    return all(word[0].isupper() or not word[0].isalpha() or word[0].lower() == word[0].upper()
               or word.lower() in _PARTICLES for word in words)


def _recase(name: str) -> str:
    """"TOM KRISHER" as "Tom Krisher"; names already in mixed case are left alone."""
    letters = [ch for ch in name if ch.isalpha()]
    if len(letters) > 3 and all(ch.isupper() for ch in letters):
        return " ".join(w.capitalize() if len(w) > 2 else w for w in name.split())
    return name
