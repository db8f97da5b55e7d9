"""Boilerplate: the rules, kept as data, by which the clean stage tells what readers skip from
article text. Containers are judged by their class and id words, their size and their links;
lines by patterns (share and follow lines, "Also read", captions and credits, bylines and
datelines, cookie and copyright notices) and by where they stand (after an image, all link).
"""

from __future__ import annotations

import re

from .bylines import clean_byline, starts_with_label
from .dates import to_iso
from .languages import alternation, salutation_pattern, union, union_pattern, whole_heading

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

# class/id words of an image caption ("wp-caption-text", "caption", "image-caption"), also
# in the words other languages' sites use ("didascalia", "légende", "Bildunterschrift").
_CAPTION_ATTR = re.compile(r"(^|[\s_-])(wp-caption-text|caption|figcaption|didascalia|legende|"
                           r"légende|bildunterschrift|bildtext|legenda|pie-?de-?foto|"
                           r"onderschrift)([\s_-]|$)", re.IGNORECASE)
# A photo post: its captions hold at least this share of the text, in at least this many
# captions. Then the captions are the story and are kept; below it they decorate a text
# article and go.
CAPTION_BODY_SHARE = 0.25
CAPTION_BODY_MIN = 3

# Largest element a boilerplate class name alone may remove; see is_boilerplate_container.
_BOILERPLATE_BOX_CHARS = 1500

# Share of the article's text above which a container is the article, not a box in it.
ARTICLE_SHARE = 0.5
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
    re.compile(r"^(copyright\b|©|\(c\)\s*\d{4})|\ball rights reserved\b|"
               r"무단\s?전재|재배포\s?금지", re.IGNORECASE),
    re.compile(r"\b(we use cookies|this (web)?site uses cookies|cookie (policy|settings)|"
               r"accept (all )?cookies)\b", re.IGNORECASE),
    re.compile(r"\b(sign up|subscribe)\b.{0,60}\b(newsletter|inbox|updates|alerts)\b",
               re.IGNORECASE),
    re.compile(r"\((photo|image|picture|credit)s?:?[^)]{0,80}\)\s*$", re.IGNORECASE),
    re.compile(r"^home\s*[»›>/|]", re.IGNORECASE),
    re.compile(r"\bfollow\s+(us|him|her|me|them|@\w+|[\w .]{1,30}?)\s+on\s+(twitter|facebook|"
               r"instagram|youtube|linkedin|tiktok)\b", re.IGNORECASE),
    re.compile(r"^like this (story|article|post)\b.{0,40}\bshare\b", re.IGNORECASE),
    re.compile(r"^have a (news )?tip\b", re.IGNORECASE),
    re.compile(r"^(image|photo|slide) \d+ of \d+$|\brequires javascript\b", re.IGNORECASE),
    re.compile(r"^(click|tap) here\b", re.IGNORECASE),
]
# Credit lines ("Photo: Jo Smith/AP", "Source: Census Bureau"): a label, then a few words.
_CREDIT = re.compile(r"^(photo|image|picture|file photo|photograph|credit|source|video)s?\s*:",
                     re.IGNORECASE)
_MAX_CREDIT_WORDS = 12
# Date lines ("Published 11:11 PM EST Nov 19, 2019", "Mis à jour le 3 mars 2026"): a date
# label of any language's table, then a date.
_DATE_LINE = re.compile(r"^(?:" + alternation(union("date_labels") + union("updated_labels"))
                        + r")(?!\w)", re.IGNORECASE)
# A time ago ("5 hours ago", "há 4 horas", "vor 2 Stunden"), in any language's words.
_RELATIVE_TIME = re.compile(r"(?<!\w)(?:" + "|".join(f"(?:{p})" for p in union("time_ago"))
                            + r")(?!\w)", re.IGNORECASE)
# What a date line gives when it gives only the time of the day it was published: after its
# label, at most a short word, the clock and its zone ("Updated at 1:23 p.m.", "Aktualisiert
# um 14:25 Uhr", "Publié à 10h30"); not "Stand 21:18 zur Pause: Kiel führt".
_CLOCK_ONLY = re.compile(r"\W*(?:[^\W\d_]{1,5}\s+)?\d{1,2}[:.h]\d{2}"
                         r"(?:\s*(?:[ap]\.?\s?m\.?|uhr|h))?(?:\s*[A-Z]{2,4})?\W*",
                         re.IGNORECASE)
# A visible date line longer than this is running text, not a date line.
MAX_DATE_LINE_CHARS = 120
# A byline line: a label, then names ("By Jo Penrose", "Par Anne Martin"), nothing else.
MAX_BYLINE_LINE_CHARS = 140
# ... or its fields set apart by dots or bars, one of them a date line, the others of at most
# this many words (a name, a place), this many fields at most.
_FIELD_SEPARATOR = re.compile(r"\s+[·|•]\s+")
_MAX_FIELD_WORDS, _MAX_FIELDS = 4, 5
# A list entry "Term: a description of it": a term of at most this many words before the
# separator, a description of at least this many after it. Such an entry is article text
# whatever its term ("Share: sends the link", "Source: the repository the build starts from").
_TERM_WORDS, _DESCRIPTION_WORDS = 4, 5
_TERM_SEPARATOR = re.compile(r"\s*[:–—-]\s+|\s+[–—-]\s*")

# Furniture of every language's table: a phrase alone on a line or before a separator
# ("Lesen Sie auch: ...", "Publicidad"), or a credit label and a few words ("Foto: dpa").
_PHRASES = union("boilerplate")
# Chinese and Japanese write the colon full-width: "相关阅读：", "写真：".
_COLONS = (":", "：")
_TABLE_FURNITURE = re.compile(
    r"^\(?(?:" + alternation(p for p in _PHRASES if not p.endswith(_COLONS))
    + r")(?:\s*[:：\-–—|»›>]|\s*$)",
    re.IGNORECASE)
_TABLE_CREDIT = re.compile(
    r"^(?:" + alternation(p[:-1].strip() for p in _PHRASES if p.endswith(_COLONS))
    + r")\s*[:：]", re.IGNORECASE)

# A line that is only a date and time ("Nov. 20, 2019 5:52 AM EST", "segunda-feira, 22 de
# janeiro de 2018 às 0:13"): at most this long, with at most this many other words (of four
# letters or more, month names aside: a weekday, "at", a zone).
_MAX_BARE_DATE_CHARS = 60
_MAX_BARE_DATE_WORDS = 2
_MONTH_NAMES = frozenset(name for months in union("months") for name in months)
_LONG_WORD = re.compile(r"[^\W\d_]{4,}")
_WEEKDAY_ENDINGS = ("day", "tag", "feira", "di", "dì", "redi", "medi", "manche", "mingo")
# A place before such a line when it gives the time of day too ("Valencia - 09 mar 2025 -
# 07:30 CET", "NEW DELHI, Nov 20, 2019 5:52 AM EST"): one to three capitalised words and a
# separator. Without a time it may be a heading ("Kyiv, 24 February 2022").
_PLACE_BEFORE = re.compile(r"^(?:[^\W\d_][\w.'’-]*\s+){0,2}[^\W\d_][\w.'’-]*\s*[,|–—-]\s+")
# Reading time, alone or beside a byline or a date: a number of minutes, then the tables'
# label ("5 min read", "4 Minuten Lesezeit", "3分で読めます"), or the label, at most one
# short word ("ca.", "约") and a number of minutes ("Lesezeit: ca. 4 Minuten", "Время чтения:
# 3 мин.", "阅读时长约3分钟"); not a sentence about reading ("Their daily reading time is now 17
# minutes.", "人均阅读时长为3小时。", "坚持30分钟阅读。"). Each table's words are read as it
# reads them: whole (a digit may touch them: "5min read"), or anywhere in Chinese and Japanese.
_LETTER_BEFORE, _LETTER_AFTER = r"(?<![^\W\d_])", r"(?![^\W\d_])"
_READING = rf"(?:{union_pattern('reading_time', start=_LETTER_BEFORE, end=_LETTER_AFTER)})"
_MINUTES = rf"(?:{union_pattern('minute_words', start=_LETTER_BEFORE, end=_LETTER_AFTER)})"
# A byline line with a place, a day, an update and the reading time runs this long.
_MAX_READING_LINE_CHARS = 160
_READING_TIME = re.compile(
    rf"\d\s?-?\s?{_MINUTES}\.?\s?{_READING}"
    rf"|{_READING}\s*[:：]?\s*(?:[^\W\d]{{1,5}}\.?\s?)?\d+\s?{_MINUTES}", re.IGNORECASE)
# A line ending a sentence in Chinese or Japanese, or with a question or an exclamation.
_SENTENCE_END = re.compile(r"[。！？!?]\s*$")
# A line of labelled fields ("05/10/2018 - Publicado por: Ana - Categoria: Saúde - Tags:
# ..."): this many "Label:" fields, parted by dashes, bars or dots, is page furniture.
_LABELLED_FIELD = re.compile(r"(?:^|\s[-–—|•·]\s)[^\W\d_][\w ]{0,25}?:\s", re.UNICODE)
_MIN_LABELLED_FIELDS = 2
# A breadcrumb trail: three or more short links or labels parted by », ›, > or /.
_BREADCRUMB = re.compile(r"^(?:[^.!?»›>|]{1,40}?\s+[»›>|/]\s+){2,}[^.!?»›>|]{1,60}$")
# Wiki hatnotes and section pointers ("For other uses, see ...", "Main article: ...").
_HATNOTE = re.compile(
    r"^(?:for other uses|for the [\w .-]{1,40}, see|this article is about|not to be confused "
    r"with|\S.{0,60} redirects here|main articles?:|further information:|see also:|"
    r"pour les articles homonymes|dieser artikel behandelt|zum gleichnamigen|para otros usos|"
    r"hauptartikel:|article (?:détaillé|principal):|artículo principal:|voce principale:)",
    re.IGNORECASE)
# Photo captions and credit lines: a short line naming a picture agency or a photographer
# ("Smoke rises over Kyiv. (AP Photo/Efrem Lukatsky)", "Photograph: Jo Smith/Reuters").
_PHOTO_CREDIT = re.compile(
    r"\((?:AP|AFP|Reuters|Getty|EPA|Bloomberg|dpa)(?: Photo)?(?:/[^)]{0,60})?\)\s*$|"
    r"/\s?(?:Getty Images|AP|AFP|Reuters|EPA|Shutterstock|Bloomberg|dpa|iStock|Alamy)"
    r"(?: via Getty Images)?\)?\s*$|\b(?:photograph|photo|image|picture)(?:s)?\s*"
    r"(?:by|:|credit:?|courtesy(?: of)?)\s+[A-Z][^.]{0,60}$|\bgetty images\)?\s*$|"
    # a credit in parentheses closing a caption: "(foto Gazzetta della Valle)", "(Bild: dpa)"
    r"\((?:foto|photo|bild|image|imagen|imagem|zdjęcie|фото)\b\s*:?\s*[^()]{1,60}\)\s*$",
    re.IGNORECASE)
_MAX_PHOTO_CREDIT_WORDS = 40
# A stock quote's line: a price's change with its change in per cent ("CRVN Corvane Systems
# Inc 187.40 +2.31 (+1.25%) After hours: 170.31 -17.09 (-9.12%)"), in at most this many
# words and not ended as a sentence.
_QUOTE_CHANGE = re.compile(r"[+\-−]\d[\d.,]*\s*\(\s*[+\-−]\d[\d.,]*\s?%\s*\)")
_MAX_QUOTE_WORDS = 25
# An author's bio ("Jo Smith is a reporter for The Herald based in Leeds."): names, "is a",
# then a role of the byline tables within a few words; or a syndicated column's credit
# ("Dear Abby is written by Abigail Van Buren, ...").
_ROLE_WORDS = alternation(union("role_words"))
_AUTHOR_BIO = re.compile(
    r"^(?:[A-Z][\w.'’-]+\s+){1,4}(?:(?:is|was|has been)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}"
    r"(?:" + _ROLE_WORDS + r"|journalist|author|freelancer|photographer|fellow)\b"
    r"(?:\s+(?:for|at|with|of|in|on|based|who|and|covering)\b|[.,])|"
    r"is written by\s+[A-Z])")
_MAX_BIO_WORDS = 60
# A related-story headline in capitals ("RELATED: ...", "WATCH: ...") or a short line all in
# capitals that is no sentence.
_CAPITALS_LABEL = re.compile(r"^(?:RELATED|READ MORE|MORE|ALSO READ|WATCH|LISTEN|SEE ALSO|"
                             r"READ|RECOMMENDED|TRENDING|MUST READ)\b\s*[:\-–—|]")
# Short lines in capitals are the article's own subheadings ("KAZAKHSTAN WINS AGAIN"), kept as
# headings; from this many words on, with no figures (a stock table's rows have them), a line
# in capitals is a headline of another story.
_CAPITALS_SHARE = 0.85
_MIN_CAPITALS_LETTERS = 8
_MIN_CAPITALS_HEADLINE_WORDS = 8
_MAX_CAPITALS_WORDS = 20
_MAX_CAPITALS_CHARS = 200
# A question in capitals this short is a subheading, not a sentence of the text.
_MAX_SUBHEADING_WORDS = 12
# Calls to action in the text.
_CALL_TO_ACTION = re.compile(
    r"^(?:click|tap) (?:here|below|the link)|\b(?:let us know|tell us|share your thoughts) "
    r"(?:in|what|below|on)\b|\bin the comments? (?:below|section)\b|^download (?:the|our) "
    r"[\w ]{0,30}app\b|^(?:get|join|sign up for|subscribe to) (?:the|our) [\w ]{0,40}"
    r"newsletter|\bnewsletter\b.{0,60}\b(?:delivered|inbox|sign up|subscribe)\b|"
    r"\b(?:sign up|subscribe|register)\b.{0,60}\b(?:newsletter|inbox|alerts|updates)\b|"
    r"^(?:follow|like) us\b|^watch (?:the|our) (?:full )?video\b|"
    # a subscription promo, a newsletter's greeting
    r"^(?:get|have|receive) .{1,60}\bdelivered (?:straight |directly )?(?:to|through|into) "
    r"your (?:inbox|door|doorstep|letterbox|mailbox|home)\b|"
    r"^good (?:morning|afternoon|evening)[!,.]\s+(?:this is|here(?:'|’)s|here is|welcome "
    r"to)\b|"
    # an affiliate or advertising disclosure
    r"^(?:(?:affiliate|editorial|advertising|advertiser)\s+)?disclosure\s*:|"
    r"\b(?:may|might|could) (?:earn|receive|get) (?:a |an )?(?:small )?(?:affiliate )?"
    r"(?:commission|share of sales)\b", re.IGNORECASE)

# Lines that only ever count as boilerplate when short; longer text matching the same words
# is prose that happens to mention them.
_SHORT_LINE_CHARS = 220

# A block like this ends the article: it and everything after it go.
END_MARKER_MAX_CHARS = 80
_END_MARKERS = re.compile(
    r"^(about (the|this) (author|writer|reporter)s?|related (posts|articles|stories|news|"
    r"content|coverage)|more (stories|news|articles)( from [\w .]+)?|read next|"
    r"you (may|might) also (like|be interested in)|recommended( for you)?|comments?|"
    r"\d+ comments?|leave a (reply|comment)|join the conversation|tags?|topics?|"
    r"most (read|popular|viewed))\s*:?$",
    re.IGNORECASE,
)

# A press release's closing profile of the company that sent it: a line "About Ascom" (the
# tables' ``about_labels``, then a capitalised name of at most this many words), or a
# paragraph opening as the tables' ``company_profile`` say ("Ascom is a global solutions
# provider ...").
_MAX_NAME_WORDS = 5
_NAME = (r"[A-ZÀ-ÖØ-Þ][\w&.’'-]*(?:\s+(?:[A-ZÀ-ÖØ-Þ&][\w&.’'-]*|&)){0,%d}"
         r"(?:\s+\([^)]{1,40}\))?" % (_MAX_NAME_WORDS - 1))
_ABOUT_LINE = re.compile(r"^(?i:" + alternation(union("about_labels")) + r")\s+" + _NAME
                         + r"\s*:?$")
_COMPANY_PROFILE = re.compile("|".join(
    f"(?:^{pattern.replace('{name}', _NAME)})" for pattern in union("company_profile")))

# Closing punctuation of a sentence, Chinese and Japanese full stops and quotes included.
ENDS_SENTENCE = re.compile(r"[.!?…\"”’»)。！？」』）]$")


# Share of a link card's text that is its links.
LINK_CARD_LINK_SHARE = 0.8
# A short line with more than this share of its text in links is navigation.
NAV_LINK_SHARE = 0.8


def is_link_card(element) -> bool:
    """An inline element holding a card of links to other stories: a hover card shown
    on a name ("Ilhan Omar" then her latest headlines), hidden until hovered."""
    if element.tag != "span" or len(element) == 0 or element[0].tag == "a":
        return False  # a span opening with a link is the name itself, not its card
    links = element.findall(".//a")
    if len(links) < _LINK_CARD_LINKS:
        return False
    text_length = len(element.text_content())
    return sum(len(a.text_content()) for a in links) > text_length * LINK_CARD_LINK_SHARE


def is_boilerplate_container(element, keep_chars: float = float("inf")) -> bool:
    """Whether ``element`` is a box readers skip: hidden, a navigation/complementary
    landmark, or named as boilerplate by its class or id while small or mostly links.
    ``keep_chars``: an element holding this much text is the article, whatever its name."""
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


def is_caption(element) -> bool:
    """Whether ``element`` is an image's caption: ``<figcaption>`` or a caption class."""
    if element.tag == "figcaption":
        return True
    attributes = " ".join(filter(None, (element.get("class"), element.get("id"))))
    return bool(attributes) and _CAPTION_ATTR.search(attributes) is not None


def captions_are_the_body(root) -> bool:
    """Whether the article is a photo post whose text lives in its image captions."""
    captions = [e for e in root.iter("figcaption", "p", "div", "span", "dd")
                if is_caption(e)]
    outermost = [e for e in captions
                 if not any(a in captions for a in e.iterancestors())]
    if len(outermost) < CAPTION_BODY_MIN:
        return False
    caption_chars = sum(len(e.text_content().strip()) for e in outermost)
    total = len(root.text_content().strip())
    return total > 0 and caption_chars >= CAPTION_BODY_SHARE * total


def is_boilerplate_line(text: str, key: str, *, link_share: float, after_image: bool,
                        not_text: set[str], item: bool = False) -> bool:
    """Whether a short line is boilerplate. ``key``: the line's comparison key;
    ``link_share``: the share of its text in links; ``after_image``: it directly follows an
    image; ``not_text``: comparison keys of lines that are metadata here (title, byline);
    ``item``: it is a list entry, whose term may be any word."""
    if not key or key in not_text:
        return True
    if len(text) > _SHORT_LINE_CHARS:
        return False
    n_words = len(key.split())
    if link_share > NAV_LINK_SHARE and n_words <= _MAX_NAV_WORDS:
        return True  # a navigation link or a link to another story
    if item and is_term_and_description(text):
        return False
    if (after_image and not item and n_words <= _MAX_CAPTION_WORDS
            and not ENDS_SENTENCE.search(text)):
        return True  # an image's caption outside <figure>
    if ((_CREDIT.match(text) or _TABLE_CREDIT.match(text)) and n_words <= _MAX_CREDIT_WORDS
            and not item):
        return True
    if _TABLE_FURNITURE.match(text) and not (item and n_words > _MAX_NAV_WORDS):
        return True
    if len(text) <= MAX_DATE_LINE_CHARS and _is_dated(text):
        return True
    # A byline's fields without its label, one of them dated: "Sergio Lahoz · Zaragoza ·
    # Actualizado 23/02/2025 - 20:47 h."
    fields = _FIELD_SEPARATOR.split(text) if len(text) <= MAX_BYLINE_LINE_CHARS else []
    if 2 <= len(fields) <= _MAX_FIELDS:
        dated = [_is_dated(f) for f in fields]
        if any(dated) and all(d or len(f.split()) <= _MAX_FIELD_WORDS
                              and not ENDS_SENTENCE.search(f) for f, d in zip(fields, dated)):
            return True
    if (len(text) <= MAX_BYLINE_LINE_CHARS and starts_with_label(text)
            and clean_byline(text, set(), strict=True)):
        return True
    if not item and _is_furniture_line(text, n_words):
        return True
    return any(rule.search(text) for rule in _LINE_RULES)


def _is_furniture_line(text: str, n_words: int) -> bool:
    """Date-only lines, reading times, labelled-field lines, breadcrumbs, hatnotes, photo
    captions and credits, author bios, headlines in capitals and calls to action."""
    if _is_date_line(text):
        return True
    if (len(text) <= _MAX_READING_LINE_CHARS and _READING_TIME.search(text)
            and not _SENTENCE_END.search(text)):
        return True
    if len(_LABELLED_FIELD.findall(text)) >= _MIN_LABELLED_FIELDS and (
            to_iso(text) or not ENDS_SENTENCE.search(text)):
        return True
    if _BREADCRUMB.match(text) or _HATNOTE.match(text) or _CAPITALS_LABEL.match(text):
        return True
    if n_words <= _MAX_PHOTO_CREDIT_WORDS and _PHOTO_CREDIT.search(text):
        return True
    if (n_words <= _MAX_QUOTE_WORDS and _QUOTE_CHANGE.search(text)
            and not ENDS_SENTENCE.search(text.rstrip(" )"))):
        return True
    if n_words <= _MAX_BIO_WORDS and _AUTHOR_BIO.match(text):
        return True
    if (_MIN_CAPITALS_HEADLINE_WORDS <= n_words <= _MAX_CAPITALS_WORDS
            and not any(c.isdigit() for c in text) and in_capitals(text)):
        return True
    return _CALL_TO_ACTION.search(text) is not None


def _is_dated(text: str) -> bool:
    """A date line's label ("Updated", "Actualizado") and a date, a time ago or a clock."""
    label = _DATE_LINE.match(text)
    return bool(label) and bool(to_iso(text) or _RELATIVE_TIME.search(text)
                                or _CLOCK_ONLY.fullmatch(text, label.end()))


def _is_date_line(text: str) -> bool:
    """A line that is only a date and time, or a place and a date with its time."""
    date = to_iso(text) if len(text) <= _MAX_BARE_DATE_CHARS else None
    if not date or text.endswith(".") or "@" in text:
        return False
    place = _PLACE_BEFORE.match(text)
    if place and "T" in date and all(
            w[0].isupper() for w in place.group().rstrip(",|–—- ").split()):
        text = text[place.end():]
    # Other words: a weekday or a lower-case link word ("às", "um"), never a name.
    others = [w for w in _LONG_WORD.findall(text) if w.lower() not in _MONTH_NAMES]
    return len(others) <= _MAX_BARE_DATE_WORDS and all(
        w.islower() or w.lower().endswith(_WEEKDAY_ENDINGS) for w in others)


# A reference list's entry: a study or a book the text cites ("[1] Alarm fatigue: impacts on
# patient safety, Ruskin KJ, Hueske-Kraus D. Curr Opin Anaesthesiol. 2015;28(6):685-90.").
# Its marks are the same in every language: a number or a caret opening it, authors as
# "Surname AB, Surname C" or "Surname, A. B.", "et al.", a DOI, a year with a volume and
# pages. A number and one mark, or two marks, make an entry anywhere; under a heading of the
# references (the tables' ``reference_headings``) a number, a year or an address alone does.
_REFERENCE_NUMBER = re.compile(r"^\s*(?:\[\d{1,3}\]|\(\d{1,3}\)|\d{1,3}[.)]\s|[\^↑]\s?)")
_CITATION_MARKS = tuple(re.compile(pattern) for pattern in (
    r"\bet al\b",
    r"(?i)\bdoi\b|doi\.org/",
    r"\b(?:19|20)\d\d\s?;\s?\d+",  # 2015;28(6):685-90
    r"\b\d+\s?\(\d+\)\s?:\s?\d+",  # 28(6):685
    # Vancouver authors, two or more: "Ruskin KJ, Hueske-Kraus D."
    r"\b[A-Z][\w'’-]+ [A-Z]{1,3}, [A-Z][\w'’-]+ [A-Z]{1,3}[.,]",
    # APA authors with the year: "Smith, J. A., & Doe, B. (2020)."
    r"\b[A-Z][\w'’-]+, (?:[A-Z]\.\s?){1,3}[^()]{0,80}\((?:19|20)\d\d[a-z]?\)",
))
_LISTED_MARKS = re.compile(r"\b(?:1[5-9]|20)\d\d[a-z]?\b|https?://|www\.")
_REFERENCE_HEADING = whole_heading(union("reference_headings"))


def is_reference_heading(text: str) -> bool:
    """Whether a heading is one over a reference list or notes ("References", "Quellen")."""
    return bool(_REFERENCE_HEADING.match(text.strip()))


_EDITORS_NOTES = whole_heading(union("editors_notes"), remark=True)


def is_editors_notes(text: str) -> bool:
    """Whether a heading (or a line of its own) opens a press release's notes for journalists
    ("Notes to editors", "Hinweise für Redaktionen")."""
    return bool(_EDITORS_NOTES.match(text.strip()))


def is_reference_entry(text: str, *, listed: bool = False) -> bool:
    """Whether a paragraph is an entry of a reference list, not the text's own sentence;
    ``listed``: it stands under a heading of the references."""
    numbered = bool(_REFERENCE_NUMBER.match(text))
    marks = sum(bool(mark.search(text)) for mark in _CITATION_MARKS)
    if listed:
        return numbered or marks > 0 or bool(_LISTED_MARKS.search(text))
    return marks >= 2 or (numbered and marks > 0)


def is_company_profile(text: str) -> bool:
    """Whether a paragraph opens a press release's profile of the company that sent it
    ("About Ascom", "Ascom is a global solutions provider focused on ...")."""
    return bool(_ABOUT_LINE.match(text) or _COMPANY_PROFILE.match(text))


def in_capitals(text: str) -> bool:
    """Whether a line that is no sentence is written in capitals."""
    if len(text) > _MAX_CAPITALS_CHARS or not text.isupper():
        return False
    letters = [c for c in text if c.isalpha()]
    return (len(letters) >= _MIN_CAPITALS_LETTERS and not ENDS_SENTENCE.search(text)
            and sum(c.isupper() for c in letters) >= _CAPITALS_SHARE * len(letters))


def is_subheading_in_capitals(text: str) -> bool:
    """Whether a line of text is a subheading set in capitals: a short line that is no
    sentence ("KAZAKHSTAN WINS AGAIN"), or a short question ("WHO IS THE FRONT-RUNNER?", the
    wire's "7 key questions")."""
    question = text.rstrip()
    if question.endswith(("?", "？")) and len(question.split()) <= _MAX_SUBHEADING_WORDS:
        text = question.rstrip("?？ ")
    return in_capitals(text)


# A line numbering an item of a list: "1. Prioritize", "2) ...", "#4 Boise". Not a clock
# time or a date after the number ("1. 12:33 – ...", "Update 6: 11:40"), nor a word before
# it ("Day 3:", "Aug. 9:": a timeline's entries, not a list of points). A list numbers this
# many items at least.
LIST_MIN_ITEMS = 3
_LIST_NUMBER = re.compile(r"^\s*(?:[#№]\s*(\d{1,2})[.):]?|(\d{1,2})\s*[.):])\s+(?![\d\s])")


def list_number(text: str) -> int | None:
    """The number a line gives its item of a list ("1. Prioritize" -> 1), else None."""
    match = _LIST_NUMBER.match(text)
    return int(match.group(1) or match.group(2)) if match else None


# A letter's greeting, of any table (``Rules.salutation``): on a line of its own ("Dear
# Sharon,", "Liebe Frau Berger,"), as a letters column sets one over each letter, it is no
# caption shown twice.
_GREETING = salutation_pattern(union("salutations"))


def is_greeting_line(text: str) -> bool:
    """Whether ``text`` is a letter's greeting and nothing more (any table's
    ``salutations``, a name, a comma or a colon)."""
    greeting = _GREETING.match(text)
    return greeting is not None and not text[greeting.end():].strip()


def is_numbered_subheading(text: str) -> bool:
    """Whether a line set wholly in bold could head an item of a numbered list: numbered,
    short, and no sentence ("1. Prioritize, prioritize, prioritize", not "1. Pilots get a 9%
    pay rise backdated to January.", which is news told as a list)."""
    return (list_number(text) is not None and len(text.split()) <= _MAX_SUBHEADING_WORDS
            and not ENDS_SENTENCE.search(text.rstrip()))


def is_term_and_description(text: str) -> bool:
    """Whether ``text`` reads "Term: what it is" (a glossary entry, a bold term and its
    description)."""
    parts = _TERM_SEPARATOR.split(text, maxsplit=1)
    return (len(parts) == 2 and 0 < len(parts[0].split()) <= _TERM_WORDS
            and len(parts[1].split()) >= _DESCRIPTION_WORDS)


def ends_article(text: str) -> bool:
    """Whether a short block like this ("Related stories", "Comments") ends the article."""
    return len(text) < END_MARKER_MAX_CHARS and _END_MARKERS.match(text) is not None
