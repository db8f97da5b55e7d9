"""Stage 6: choose the tl;dr and the key points from the ranked sentences.

The tl;dr is the sentence that says what the story is about: the lead, when it is a sentence
that stands on its own (news puts the story in its first sentence, however long a wire lead
runs), unless the page's own title and description say a later opening sentence tells the
story better (a hook lede and its nut graf). The page's description, the publisher's own line
for what the story is about, takes the lead's place when it reads on its own and carries as
much of the headline (``_described``).

Key points are taken best first. Each must read on its own: fragments, quotation pieces,
lead-ins ending with ":", lines that are no sentence (captions, table rows) are skipped; a
sentence that leans on the one before it (opening with "But", "This", "She", or pointing back
with "this claim" at what neither the tl;dr nor the title names) is shown together with that
sentence when both are in one paragraph and short enough, and skipped otherwise.
Questions are neither tl;dr nor points: they ask what a story says rather than say it. An
opening where the writer says "I" or "you" outside a quotation (an aside to the reader, a
hook) is neither, when a sentence after it reports the story.
Nothing repeats a point already chosen or the tl;dr. On long articles points are also drawn
from the later parts of the text, not only its opening: from every section of a sectioned one
(a feature, an explainer), and one point in three from the later parts of one without
headings (which may as well be a long news report that keeps its lead's thread). The chosen
points are put back in document order, which is how a reader expects to meet them. A
letters column (an advice column's signed letters and the answers greeting their
signatures) is read by its exchanges: each answer's verdict, each letter's opening, then
more of both, each point under the letter's signature.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from functools import cached_property
from typing import NamedTuple

from .boilerplate import ENDS_SENTENCE, LIST_MIN_ITEMS, list_number
from .clean import EMBED, ITEM, QUESTION, REFERENCE, ROW, TEXT
from .languages import Rules
from .segment import Sentence, count_words, words
from .summarizer import (gives_figure, has_strong_fact, is_exclamation, is_personal,
                         is_question, outside_quotations)

LENGTHS = {"short": 3, "medium": 5, "long": 7}

# Fewer words than this is a fragment ("Read on.", a dateline), not a point worth reading.
MIN_POINT_WORDS = 6
# More words than this is a list or table flattened into one line (a wire lead of 60 words
# is still a sentence; two sentences shown together stay under it too).
MAX_POINT_WORDS = 80
# Two sentences sharing this much of their content words say the same thing.
NEAR_DUPLICATE = 0.6
# The tl;dr is looked for among this many opening sentences before the ranked ones.
OPENING_SENTENCES = 6
# ... and one opening on a conjunction read from the word after it (``_unlinked_lead``) only
# among this many first sentences of the text: past them it is no lead, and a page of
# thousands of sentences each opening on "But ..." would have each name searched for in the
# whole page.
UNLINKED_LEAD_REACH = 40
# A lead sharing less than this share of the title's and description's content words names
# nothing of the story: a hook lede ("When Patrick walked into the room ..."). A later opening
# sentence sharing this much more of them is the nut graf, and the tl;dr.
HOOK_MAX_TOPIC = 0.1
NUT_GRAF_MARGIN = 0.25
# ... and a lede telling this share of a title's words or more (of three or more) is its
# news, whatever the description holds back ("Prime Minister Jane Holloway resigned on Monday
# ..." under "Prime minister Holloway resigns after losing confidence vote").
TEASED_MAX_TITLE = 0.5
# A lead that only sets the scene (``_sets_scene``: at most this many words, no figure,
# one name at most) gives way to the sentence of the paragraphs up to ``NUT_GRAF_PARAGRAPHS``
# after it sharing most of the title's and description's words, when that is
# ``NUT_GRAF_MARGIN`` more and twice the lead's share: "Les habitants de X vont devoir
# s'armer de patience." before "Le pont de la Gravière ... sera fermé ...".
SCENE_MAX_WORDS = 15
NUT_GRAF_PARAGRAPHS = 4
# A feature's news peg opens on its day ("El martes, el Consejo de Gobierno ...", "Am Montag
# hat der Kreistag ...", "We wtorek naukowcy ..."): the day is among its first words. News
# telling a fact of its lead gives its day later ("Denise Halloran, 52, ... was found guilty
# by a jury at Ashcombe Crown Court on Monday ...").
PEG_DAY_WORDS = 8
# A topic of fewer words than this (a short poetic title and no description) tells no hook
# from its nut graf.
TOPIC_MIN_WORDS = 3
# A hook's turn to its story opens a paragraph in at most this many words ("Ancora per poco.").
TURN_MAX_WORDS = 8
# A lede opening on the clock tells its story in the first sentence in the paragraphs up to
# this many after it reporting a figure from a source, or else stepping back from the scene
# (``_past_the_scene``): a feature's scene runs longer than a news story's hook.
REPORTED_PARAGRAPHS = 10
# A live blog stamps each entry with its time, newest first: so many stamps (a paragraph that
# is a time alone, "21.52 GMT", "00:41", "19h02", or opens a heading, a ticker line, a time
# ago: ``_stamps``) make one, whose opening is its latest entry.
LIVE_BLOG_STAMPS = 3
# ... whose tl;dr is the one of its best-ranked sentences, this many, telling most of its title.
LIVE_TITLED_RANKS = 10
# A blog whose stamps run forward in time, oldest first, ends on its latest: its tl;dr is
# read in its last entries, this many (the last may be its sign-off).
LIVE_LATEST_ENTRIES = 3
# The tl;dr is shown with the next sentence of its paragraph when that one is at most this
# many words, gives a figure and leans on it ("She was 88.").
TLDR_FIGURE_MAX_WORDS = 5
# A deck without a full stop is passed over for the first sentence with one that carries at
# least this share more of the title's words.
DECK_MARGIN = 0.4
# A point leaning on context is shown with at most this many sentences before it.
MAX_JOINED = 2
# A line of at most this many words and no figure leaning on the tl;dr only says who told
# it ("Her family confirmed the death to the Post."): no point, and a pronoun after it
# still means the tl;dr's subject (``_told_on``).
TOLD_ON_MAX_WORDS = 10
# A review gives its verdict, an opinion piece its demand, in one of its last paragraphs,
# before a last word of the writer's own ("My mother died in 2019. ...") or a practical line
# ("... opens in UK cinemas on 14 March"), or after them. A demand
# that gives no figure (a sum, a date, a count) is rhetoric: "Er sollte sie nutzen, um nach
# einer besseren Lösung zu suchen."
CLOSING_PARAGRAPHS = 3
REVIEW, OPINION = "review", "opinion"
_REVIEW_TYPES = frozenset({"review", "criticreview"})
_OPINION_TYPES = frozenset({"opinionnewsarticle"})
# A description cut off after at least this many characters of an opening sentence is an
# excerpt of it (``_excerpt``); a shorter piece is too little to tell.
EXCERPT_MIN_CHARS = 20
_CUT_OFF = re.compile(r"[\s.…\ufffd\[\]]+$")
# The marks ending a text (full stops, closing quotation marks), taken off by ``_unended``.
_ENDING_MARKS = ".!?…。！？\"”’»」』) \u00a0"
# The page's description as the tl;dr (``_described``): at most this many sentences and words;
# this share of its content words (at least) in the article, or it describes the site or
# another story; this share of them in the title, or this overlap with an opening sentence,
# and it repeats that.
DESCRIPTION_MAX_SENTENCES = 2
DESCRIPTION_MAX_WORDS = 60
DESCRIPTION_IN_TEXT = 0.5
DESCRIPTION_COPY = 0.7
# A credit after its label ("Regi: Hedda Strömgren.", ``_credit``) names at most this many
# words.
CREDIT_MAX_WORDS = 6
# A line calling the piece by its kind (``_labels``) has at most this many words in the
# description: "Comunicado de imprensa do Instituto de Ciências do Mar e do Litoral (ICML)."
LABEL_MAX_WORDS = 16
# ... and set as a standfirst above the text, in one of its first paragraphs, at most this
# many unless the description is such a label too (``_labelled_standfirsts``).
STANDFIRST_PARAGRAPHS = 3
STANDFIRST_LABEL_WORDS = 8
# A description's last line of at most this many words, leaning on the one before and giving
# no figure, holds the story back: a teaser ("But something is about to change.").
TEASER_MAX_WORDS = 8
# A description with no full stop is a deck written as a headline ("Lexus expands LC model
# lineup by offering LC 500 Convertible") when it is one line of at most this many
# characters. An excerpt cut at a length limit has no full stop either: the usual limits
# (155 to 160 characters for a search result, more for a share card) are longer, and an
# excerpt of the opening cut shorter repeats an opening sentence, which is never the tl;dr.
UNENDED_MAX_CHARS = 140
# A piece told as a list with at least this share of its sentences saying "you" is advice:
# its description may speak to the reader too.
ADVICE_MIN_SHARE = 0.25
# Coverage: an article this long, or with this many section headings after its lead, is read
# as a feature, an explainer or an essay rather than inverted-pyramid news; its points are then
# spread over its parts. A news story rarely runs past 1,500 words; a sectioned one past 800.
SECTIONED_MIN_WORDS = 800
SECTIONED_MIN_HEADINGS = 2
LONG_MIN_WORDS = 1500
# A piece told as a list, in numbered headings ("1. Prioritize", "2. Don't forget to drink
# water", or a countdown from 10), at least ``LIST_MIN_ITEMS`` of them and most of its
# headings, or in as many headings as its title counts ("7 key questions ..."): its items give
# its points, however short it is (a longer one reads by its sections as any other). A number
# of the run may be missing (an item the page set as a paragraph). A list that is one section
# among many is no more than that.
LISTED, SECTIONED, QUARTERS = "listed", "sectioned", "quarters"
# ... and the text before its first item is less than this share of its words.
LIST_MAX_OPENING = 0.5
# An interviewer's question labels the answers under it from this many words ("What are
# you working on now?"); a shorter one reads only after the answer before it ("Why?").
QUESTION_LABEL_MIN_WORDS = 4
# A text with this many labelled questions ("Q: What did you find?") is an interview set as
# lines: its answers are under them too.
INTERVIEW_MIN_TURNS = 3
# ... and its answers' lines open with a label of one letter ("A: ", "R: ").
_ANSWER_LINE = re.compile(r"^(?-i:[A-Z])\s?:\s+(?=\S)")
# A letter's signature closing its text ("... Should I have? -- BEATEN UP IN CALIFORNIA"):
# the name its answer greets ("DEAR BEATEN UP: ..."), the link between the two.
_SIGNATURE = re.compile(r"(?:^|\s)(?:--|—|–)\s*([^\W\d_][^.!?\n]{0,80}?)\s*$")
# ... or a short line closing the letter ("Worried Wife", "Sabine K., 56, aus Düsseldorf"),
# at most this many words.
SIGNATURE_MAX_WORDS = 8
# A letter set without a greeting is signed within this many paragraphs of the text, opens
# it after at most this many paragraphs (a standfirst, the column's own line), and it and
# its answer hold at least this share of the text's words.
UNGREETED_SIGNATURE = 12
UNGREETED_OPENING = 2
UNGREETED_SHARE = 0.6
# An answer opening with a label of a few words and a colon ("Maid of Honor: You tell her.").
_ANSWER_LABEL = re.compile(r"^([^\W\d_][^:\n]{0,60}?)\s?:\s")
# A count in a title ("7 key questions", "Top 10 ..."), a word of its own: not a year nor
# part of a figure or a name ("$5 million", "5%", "5.5", "5-year", "G7", "COVID-19"), nor a
# number with its counter ("3人", "5日").
_TITLE_COUNT = re.compile(r"(?<![\w.,$€£¥-])\d{1,2}(?=\s|$)")
# A paragraph's last sentence with no full stop can be the tl;dr from this many words: a
# sentence the page left unpunctuated, not a label or a caption.
UNPUNCTUATED_MIN_WORDS = 12
# A heading of more words than this is a sentence rather than the name of a section: its label
# is cut there.
SECTION_MAX_WORDS = 12
# The parts a long article is cut into when it has no headings to go by.
PARTS = 4
# Without headings a long news report (a game, a trial, a summit) cannot be told from a
# feature by its shape: it keeps the lead's thread for most points, and one point in this many
# comes from the later parts. A sectioned article gives all but one point to its sections.
UNSECTIONED_SHARE = 3
# Dates first: among the best-ranked ``count + FACT_WINDOW`` sentences, one naming a day of
# a month ("on October 12") is taken before the others, so a short summary says when the
# next thing happens (a vote, a meeting, a deadline) rather than repeat a reaction ranked a
# little higher. A day of a year before the story's ("born on July 9, 1934") is its history.
FACT_WINDOW = 7
_DAY_AND_YEAR = re.compile(r"\W{0,3}((?:19|20)\d\d)(?!\d)")

# A point of at most this many words with no figure is shown with the next sentence of its
# paragraph when that one gives the figures (0: never).
TOPIC_MAX_WORDS = 15
# Any point is shown with the next sentence of its paragraph when that one goes on from it
# (leans on it), and the two together run to at most this many words (0: never).
GOING_ON_MAX_WORDS = 60
# ... unless it says fewer words than this outside its quotation ("She added, “...”").
GOING_ON_MIN_OWN_WORDS = 4
# A list item the page left without a full stop is a point when it reads as a sentence
# ("Landlords must give at least 90 days' written notice of any rent increase"): in sentence
# case and this long (a label such as "Writing a piece of email marketing" is shorter).
UNENDED_ITEM_MIN_WORDS = 9
# A paragraph without its full stop, on a page that leaves them off (``_unstopped``), is in
# sentence case when this many of its longer words are in lower case.
UNSTOPPED_LOWER_WORDS = 2
UNENDED_ITEM_SHARED = 3  # content words it shares with the rest of the text, at least
# A line of the publisher's summary is written as a headline: "Antrag vor Auftragsvergabe
# stellen" is a point from this many words.
BOX_LINE_MIN_WORDS = 3
# The publisher's summary of the page is read up to this many lines under its heading.
SUMMARY_BOX_LINES = 8
# A line of it restates the article when it shares this many words with the rest of it.
SUMMARY_BOX_SHARED = 2
# Words are compared by their first letters, a cheap stemmer for every language.
PREFIX = 5
_POSSESSIVE = re.compile(r"['’]s$")
# A demonstrative past the first half of a long sentence (and past its first this many words)
# mostly points at what the sentence itself has said ("... how black holes triggered this
# galactic evolution").
DEMONSTRATIVE_REACH = 10

# Blocks whose lines are not the story's own sentences: a table's rows, a post the story
# embeds, an interviewer's questions, the entries of its reference list. None is ever the
# tl;dr or a point.
_NOT_ITS_OWN = (ROW, EMBED, QUESTION, REFERENCE)

_OPENING = "“„«‹「『"
_CLOSING = "”»›」』"
# How a lead-in ends ("Here is what we know:"): what it introduces is in the next sentence.
_LEAD_IN = (":", "：")
# A link, a hashtag or a handle: a line of a social post or a promo, not a sentence.
_LINK = re.compile(r"https?:|www\.|[#@]\w")
_FIGURE = re.compile(r"\d+")
# A row of figures: a table's line flattened into the text ("Revenue from operations 3,884.0
# 3,550.3 9.4%", "Port Halden 28 pts (132.4%) 2."), a scoring summary ("Tore: 0:1 Lindholm
# (9.), 1:1 Brenner (38.)"), a telephone number: at least this many words giving a figure,
# this share of its words, at most this many of its language's stop words, and not ended as
# a sentence is (a row runs on, or ends on a list's next number: "... (132.4%) 2."), unless
# a label opens it. A sentence telling figures has the words that join them ("Revenue was
# $4.2bn, up 12% from $3.75bn.") or ends as one ("Okafor, 23, won 6-4 3-6 7-6 (7-4).",
# "Mendez won 14,320 votes (41.2%), Okafor 9,880 (28.4%).").
FIGURE_ROW_MIN_FIGURES = 3
FIGURE_ROW_SHARE = 0.4
FIGURE_ROW_MAX_STOP_WORDS = 1
# A word that is a figure: digits, with a sign, a currency, brackets or a unit of up to three
# letters ("(132.4%)", "12g", "£14.99", "0:1", "2호선"); not a number inside a word of a
# language that writes its particles on ("3,360억원에서", "from 336 billion won").
_FIGURE_WORD = re.compile(r"^[(\[+\-−–]*[$€£¥₹]?\d[\d.,:/+\-–]*(?:%|[^\W\d_]{1,3})?[)\],.;:%*]*$")
# ... and a fact box's line: a label and a colon, then at least this many items parted by
# commas or semicolons, each giving a figure in a few words ("Per serving: 210 kcal, 12g fat,
# ...", "Par portion : 210 kcal, 12 g de lipides, ...", "Odds: Castlebridge 13/10, Draw
# 12/5, ..."; not "C'est désormais officiel : avec 6,82 mètres relevés à 21 heures à
# Vallières-Pont, la Lèze a dépassé ...", nor a deal's terms, "The deal includes: a 6% rise
# backdated to January, a further 4% in January 2026, ...").
FACT_BOX_MIN_ITEMS = 3
FACT_BOX_ITEM_WORDS = 4
_ENDS_ON_A_NUMBER = re.compile(r"(?<![\w.,])\d{1,2}\.$")
# ... and a list of quantities with no label: at least this many items parted by commas or
# semicolons, the first and at least this share of them opening on a figure ("1 potimarron
# (1 kg), 1 oignon, 200 g de châtaignes cuites, 1 l de bouillon, 10 cl de crème, 20 g de
# beurre, sel, poivre."); a sentence counting things has fewer ("The storm left 3 dead, 40
# injured and 2,000 homeless."), or opens on its subject ("Drivers will walk out on 3 March,
# 7 March, 12 March, ...").
QUANTITIES_MIN_ITEMS = 5
QUANTITIES_SHARE = 0.75
_OPENS_ON_FIGURE = re.compile(r"^\W{0,2}\d")
_ITEM_BREAK = re.compile(r"[,;]\s")
# A time of day standing alone: a live blog's entry stamp ("21.52 GMT", "00:41", "19h02";
# not a price or a rate, "82.40", "+1.25%", "£12.99") (``live_blog``).
_CLOCK = (r"^\s*([01]?\d|2[0-3])[:.h]([0-5]\d)"
          r"(?:\s*(?:uhr|h|gmt|bst|utc|cet|cest|[ap]\.?m\.?))?")
_CLOCKED = re.compile(_CLOCK, re.IGNORECASE)
_STAMP = re.compile(_CLOCK + r"\s*$", re.IGNORECASE)
# ... or opening an entry's heading ("22:41 That's all from us", "06h15 – Bienvenue dans ce
# direct", "15.12: Kabinet bezuinigt 6,2 miljard euro"), or a ticker's entry line written
# between pluses ("+++ Lohmeyer räumt Niederlage ein +++").
_STAMPED_HEADING = re.compile(_CLOCK + r"(?:\s*[:–—-]\s*|\s+)(?=[^\W\d_]|[\"“„«¡¿‘'])",
                              re.IGNORECASE)
_TICKER_LINE = re.compile(r"^\s*\+\+\+\s*\S.*\+\+\+\s*$")
# A person's name, read from the text's words (``_introductions``): marks before a word, the
# punctuation after one that ends a name ("Shotwell," "Shotwell."), an initial ("F.").
_TOKEN = re.compile(r"\S+")
_OPEN_MARKS = "“\"‘'«(„"
# ... and a bracket, before a scene's words (``_sets_scene``).
_OPENING_MARKS = _OPEN_MARKS + "["
_RUN_BREAK = re.compile(r"[,;:!?)\]”\"»’'.…]+$")
_INITIAL = re.compile(r"^[^\W\d_]\.$")
# A straight double quote that is not an inch mark (a 27" screen).
_NOT_INCHES = re.compile(r'(?<!\d)"')
# A sentence that is one quotation and nothing else: whose words they are is in another.
_WHOLE_QUOTATION = re.compile(r'^["“„«‹「『][^"“”„«»‹›「」『』]+["”“»›」』][.!?]?$')
# A line opening with a label of a few capitalised words and a colon ("Prof. Carlos: ...",
# "Elizabeth A. Burton: Possession of ...", "Thunder: Host the Lakers on Friday."): a turn of
# a transcript, an entry of a record or a schedule, which reads only among its neighbours.
_LABEL = r"^(?:[^\W\d_][\w.'’-]*\.?\s){0,3}[^\W\d_][\w.'’-]*\.?"
_LABELLED_LINE = re.compile(_LABEL + r":\s")
# ... and a fact box's label, the colon set apart as French sets it ("Par portion : ...").
_FACT_BOX_LABEL = re.compile(_LABEL + r"\s?:\s")


@dataclass(frozen=True)
class Reading:
    """What the reader sees: the tl;dr and the key points, in document order, and the label
    each point is shown under (``sections``)."""

    tldr: Sentence | None
    points: list[Sentence]
    labels: list[str | None]


def choose(sentences: list[Sentence], ranked: list[int], count: int, rules: Rules,
           stop_words: frozenset, *, paragraphs: list[str] | None = None,
           kinds: list[str] | None = None, title: str | None = None,
           description: list[str] | None = None, published: str | None = None,
           genre: str | None = None, live: bool = False,
           opening: Opening | None = None) -> Reading:
    """The tl;dr and up to ``count`` key points. ``paragraphs``: the texts the sentences'
    offsets index (to show a point with the sentence it leans on); ``kinds``: each paragraph's
    block kind (table rows are never points); ``title``, ``description`` (the page's
    description, split into sentences): the page's own words for what the story is about;
    ``published``: the page's date (ISO 8601), whose year is the story's; ``genre``: a
    review's or an opinion piece's (``page_genre``), which closes on its verdict or demand;
    ``live``: a live blog's (``live_blog``), which opens on its latest entry; ``opening``:
    the text's opening as ``read_opening`` read it before ranking (read here when not given)."""
    year = int(published[:4]) if published and published[:4].isdigit() else None
    if opening is None:
        opening = read_opening(sentences, rules, stop_words, kinds=kinds, title=title,
                               description=description, genre=genre)
    labelled, turns, sentences = sentences, opening.turns, opening.sentences
    description, headline, topic = opening.description, opening.headline, opening.topic
    own = _its_own(kinds, opening.labels)
    # No opening sentence stands alone: the best-ranked one that does, else a page of lines'
    # first (a calendar).
    lead, hook, scene = opening.found or (
        _ranked_lead(sentences, ranked, rules, own) or _first_line(sentences, own), None, False)
    # A live blog opens on its latest entry, newest first ("The red wind warning for the west
    # coast expired at 9pm ..."): where the lead is an entry's (past the first stamp), not the
    # blog's own standfirst nor a line of its recap list, the tl;dr is the one of the sentences
    # the ranker rates best telling most of the blog's title (``_titled_entry``), else the
    # best-rated. So it is where the lead is the blog's standfirst telling no news of its own,
    # a scene ("Outside City Hall ..., a man in a faded Harbor Hawks jersey is selling
    # lemonade ..."), when the entry tells more of the title and description; a standfirst
    # telling the story in words without figures stays ("Şiddetli yağışların ardından
    # Karaçamlı'da dereler taştı.", "Die Volkspartei der Mitte hat die Landtagswahl im
    # Weserland deutlich gewonnen.").
    stamps = _stamps(sentences, kinds, rules) if live and lead is not None else []
    stamp = stamps[0] if stamps else None
    entered = stamp is not None and sentences.index(lead) > stamp
    if ((entered or stamp is not None and _tells_no_news(lead.text, rules))
            and (kinds is None or kinds[lead.paragraph] != ITEM)):
        # An oldest-first blog's latest entries are its last (``_oldest_first``); past a
        # standfirst, the tl;dr is an entry's.
        latest = ([i for i in ranked if i >= stamps[-min(LIVE_LATEST_ENTRIES, len(stamps))]]
                  if _oldest_first(sentences, stamps) else [])
        entries = ranked if entered else [i for i in ranked if i > stamp]
        entry = (_titled_entry(sentences, latest, rules, own, headline, stop_words)
                 or _ranked_lead(sentences, latest, rules, own, reported=True)
                 or _titled_entry(sentences, entries, rules, own, headline, stop_words)
                 or _ranked_lead(sentences, entries, rules, own, reported=True) or lead)
        if entered or (_tells(topic, entry.text, stop_words)
                       > _tells(topic, lead.text, stop_words)):
            lead, hook, scene = entry, None, False
    # A lead giving no amount, share or date that the text says again soon after with them
    # (a standfirst, then the body's own lead: "Councils in England will be able to bid for
    # funding ..." and "The government will launch a £240 million fund to help councils ...")
    # gives way to the sentence saying it with its figures, which no point could show
    # beside it (it repeats the tl;dr), when that tells more of the title. The lead it
    # replaces is no point either, not even joined to one leaning on it. Not past a hook:
    # the sentences between the hook and the lead are the scene, skipped.
    restated = (None if stamp is not None or hook is not None
                else _restated(sentences, lead, rules, stop_words, own, headline))
    if restated is not None:
        lead, restated = restated, lead
    # A letters column opens with a reader's letter: the tl;dr is its sentence telling the
    # reader's problem (``_problem``: its opening, or the one telling more of the title),
    # their story in their words, the greeting off ("DEAR ABBY: My husband ..."), unless
    # the page's description tells it (the letter's "I" is no hook to pass over).
    exchanges = _exchanges(sentences, rules)
    column = bool(exchanges)

    def reading(tldr: Sentence | None, points: list[Sentence]) -> Reading:
        return Reading(tldr, points, sections(labelled, points, tldr, rules, kinds,
                                              exchanges=exchanges, turns=turns))

    if column:
        first = exchanges[0]
        lead = _problem(sentences, first, rules, paragraphs, topic, stop_words) or lead
    # The writer's asides the tl;dr passed over ("If you're like me ...") are the hook, not
    # the story; so is the paragraph of a hook lede when the tl;dr is its nut graf ("When
    # Darlene Voss called 911 ..."), and the whole of a scene the tl;dr was found after
    # (``scene``: "Fog so thick in the winter of 1987 that ..."). Elsewhere an "I" or a "you"
    # may carry the story (a review's verdict, an interview, advice), and the ranker only
    # marks such sentences down.
    # (A scene set at an hour of the day may tell facts on its way to the nut graf, "Men den
    # 31 augusti nästa år går den sista turen.": its sentences with a figure stay.)
    clocked = hook is not None and _on_the_clock(hook.text, rules)
    skip = {i for i, s in enumerate(sentences)
            if lead is not None and (s.paragraph, s.start) < (lead.paragraph, lead.start)
            and not s.is_heading and (
                is_personal(s.text, rules) or hook is not None and (
                    s.paragraph == hook.paragraph or scene and s.paragraph > hook.paragraph
                    and not (clocked and gives_figure(s.text))))}
    # A lead, then a scene set at an hour of the day ("Since its only surgery closed last
    # summer, Kelbrook Moor has been ..." and "At half past six on a February morning, the car
    # park behind the old surgery ..."): the scene is no point either, up to the sentence past
    # it telling the story (save its sentences with a figure).
    skip |= _scene_after(sentences, lead, rules, kinds, stop_words) if hook is None else set()
    # A standfirst calling the piece by its kind is no point either.
    skip |= {i for i, s in enumerate(sentences) if s.text.strip() in opening.labels}
    # No point shows the hook's paragraph, not even joined to a sentence leaning on it, nor
    # the lead said again with its figures.
    replaced = {sentences.index(restated)} if restated is not None else set()
    skip |= replaced
    hidden = {i for i in skip if hook is not None and sentences[i].paragraph == hook.paragraph}
    hidden |= replaced
    publisher = _summary_box(sentences, rules, kinds, stop_words)
    hooked = _hooked(lead, topic, stop_words)
    # A description holding the story back ("... winds the chain that has carried travellers
    # across the River Lenne for 170 years. But something is about to change.") is a teaser
    # of the hook; where the text's nut graf was found past its hook, that tells the story.
    teased = hook is not None and opening.teased
    summary_line = None if teased else _described(description or [], lead, sentences, rules,
                                                  stop_words, title, hooked or column)
    if summary_line is not None:
        # The lead it replaces is the hook, or the story the description tells already; not
        # a nut graf found past a hook, which may be a point when the description tells
        # less ("Nu ska banan läggas ner." over "I torsdags beslutade kommunfullmäktige ...
        # med 31 röster mot 18 att lägga ner den konstfrusna bandybanan ..."): a point
        # repeating the description is left out all the same.
        passed = {i for i, s in enumerate(sentences)
                  if lead is not None and hook is None and _spans_overlap(s, lead)}
        points = _points(sentences, ranked, count, rules, stop_words, summary_line,
                         skip | passed, title, paragraphs, kinds, publisher, year,
                         exchanges, hidden=hidden | passed, fallback=False,
                         parts=tuple(description) if len(description) > 1 else (),
                         genre=genre)
        if points:
            return reading(summary_line, points)
        # No sentence of the text reads on its own beside it: the lead is the tl;dr after all.
    lead = _with_its_figure(lead, sentences, rules, paragraphs)
    return reading(lead, _points(sentences, ranked, count, rules, stop_words, lead, skip,
                                 title, paragraphs, kinds, publisher, year, exchanges,
                                 genre=genre))


def shown_sentences(sentences: list[Sentence], points: list[Sentence]) -> list[int]:
    """The indexes of the sentences ``points`` show (a point joined from two shows both), in
    document order."""
    return [i for i, s in enumerate(sentences)
            if any(_contains(point, s) for point in points)]


def live_blog(sentences: list[Sentence], types: frozenset[str] = frozenset(),
              kinds: list[str] | None = None, rules: Rules | None = None) -> bool:
    """Whether the text is a live blog's: its JSON-LD says so (``types``, lower case) or
    ``LIVE_BLOG_STAMPS`` of its own paragraphs (not a table's rows: ``kinds``) are entry
    stamps (``_stamps``; a time ago in the words of ``rules``)."""
    return ("liveblogposting" in types
            or len(_stamps(sentences, kinds, rules)) >= LIVE_BLOG_STAMPS)


def _stamps(sentences: list[Sentence], kinds: list[str] | None,
            rules: Rules | None = None) -> list[int]:
    """The sentences of the text's own paragraphs that are a live blog's entry stamps: a time
    of day alone, a ticker's line between pluses, a time ago alone in the words of ``rules``
    ("vor 5 Minuten"), or a time of day opening a heading when such headings give two hours
    at least (not a document's numbered sections, "1.10 Scope", "1.11 Definitions", nor a
    chapter's verses)."""
    own = _its_own(kinds)
    ago = rules.time_ago_line if rules is not None else None
    headed = {i: match.group(1) for i, s in enumerate(sentences)
              if own(s) and s.is_heading and (match := _STAMPED_HEADING.match(s.text))}
    if len(set(headed.values())) < 2:
        headed = {}
    return sorted(headed.keys() | {
        i for i, s in enumerate(sentences) if own(s) and (
            _STAMP.match(s.text) or _TICKER_LINE.match(s.text)
            or ago is not None and ago.match(s.text))})


def _oldest_first(sentences: list[Sentence], stamps: list[int]) -> bool:
    """Whether a live blog's entry stamps (``_stamps``) give times of day running forward:
    "06h15", "06h40", ... "22h04", each no earlier than the one before, over a day's
    ``LIVE_BLOG_STAMPS`` entries at least; a blog stamped by times ago is newest first."""
    times = []
    for index in stamps:
        clock = _CLOCKED.match(sentences[index].text)
        if clock is None:
            return False
        times.append(int(clock.group(1)) * 60 + int(clock.group(2)))
    return (len(times) >= LIVE_BLOG_STAMPS and times[-1] > times[0]
            and all(a <= b for a, b in zip(times, times[1:])))


class Opening(NamedTuple):
    """How a text opens, read once before ranking (``read_opening``): its sentences with an
    interview's answers read without their labels (``_answers_unlabelled``) and its turns,
    what the page says its story is about (``_framing``), the lead found among the opening
    sentences with the hook passed over and whether that was a scene (``_opening_lead``;
    None when no opening sentence stands alone), and whether it opens on a hook."""

    sentences: list[Sentence]
    turns: set[int]
    description: list[str] | None
    headline: set[str]
    topic: set[str]
    found: tuple[Sentence, Sentence | None, bool] | None
    hooked: bool
    teased: bool = False
    labels: frozenset[str] = frozenset()  # standfirsts calling the piece by its kind


def read_opening(sentences: list[Sentence], rules: Rules, stop_words: frozenset, *,
                 kinds: list[str] | None = None, title: str | None = None,
                 description: list[str] | None = None, genre: str | None = None) -> Opening:
    """The text's ``Opening``: what ``choose`` reads before it needs the ranking, so that the
    ranker can be told whether the text opens on a hook (``opens_on_hook``). ``genre``: a
    review's or an opinion piece's (``page_genre``), whose opening is its verdict or its
    argument, never a scene before a news peg (``_news_peg``)."""
    turns = _turns(sentences, kinds)
    sentences = _answers_unlabelled(sentences, kinds, turns)
    labels = _labelled_standfirsts(sentences, rules, description)
    description, headline, topic, teased = _framing(sentences, rules, stop_words, title,
                                                    description)
    found = _opening_lead(sentences, rules, topic=topic, stop_words=stop_words, kinds=kinds,
                          headline=headline, teased=teased, labels=labels,
                          pegged=genre is None)
    lead, hook, _ = found or (_first_line(sentences, _its_own(kinds, labels)), None, False)
    return Opening(sentences, turns, description, headline, topic, found,
                   hook is not None or _hooked(lead, topic, stop_words), teased, labels)


def opens_on_hook(opening: Opening, live: bool = False) -> bool:
    """Whether the text opens on something other than its story, as ``choose`` reads it: a
    live blog's latest entry (``live``), or a feature's hook, a lead naming nothing of what
    the title and description say the story is about ("Lo apre e lo richiude ..." under
    "Ombrellai, la Regione salva le botteghe storiche"), or one passed over for the nut graf
    it leads to. News opening on its story does not, nor does a page with no title or
    description to tell its story by."""
    return live or opening.hooked


def _framing(sentences: list[Sentence], rules: Rules, stop_words: frozenset,
             title: str | None, description: list[str] | None
             ) -> tuple[list[str] | None, set[str], set[str], bool]:
    """What the page says its story is about: its ``description`` without what tells nothing
    of it, the title's content words, the topic (those of the title and of a description
    that is no copy of the opening) and whether the description holds the story back
    (``_teaser``)."""
    # The page's talk about itself ending its description ("... but the companion app lets
    # them down. Here's our full review.") is no part of what the story is about.
    while description and rules.talks_about_page.search(description[-1]):
        description = description[:-1]
    teased = _teaser(description, rules)
    # So is a line calling the piece by its kind ("Comunicado de imprensa do Instituto ...",
    # "... macht dicht. Ein Besuch bei den Beschäftigten."), though past the first it tells a
    # feature's teaser (``_teaser``).
    description = _without_labels(description, rules)
    # A teaser of a scene and a line holding the story back ("All'alba Ottavio apre il
    # recinto delle pecore e guarda il lago. Ma qualcosa sta per cambiare.") tells no part of
    # what the story is about. (Where the rest tells more, the held-back line stays: graders
    # preferred "... Then everything changed." to nothing.)
    if (description and len(description) > 1
            and _holds_back(description[-1], rules, leaning_only=True)
            and all(_sets_scene(text, rules) for text in description[:-1])):
        description = None
    # A line of mood ("Hay veranos que no terminan nunca." under "Calor residual") tells
    # nothing of the story either.
    if _mood_line(description, title, rules, stop_words):
        description = None
    # An excerpt the site cut from the opening, or the opening's own sentences (a standfirst
    # the page also gives as its description), says nothing of what the story is about that
    # the opening does not: the title alone does.
    # So does a teaser holding the story back under a title that tells the story ("Birgitta
    # Nordin har sålt kaffe i den gamla väntsalen i fem år. Snart får hon resenärer igen."
    # under "Tåget kommer tillbaka till Vindelås"): its words are the hook's.
    headline = _content_words(title or "", stop_words)
    described = ("" if _excerpt(description, sentences) or _copied(description, sentences)
                 or teased and len(headline) >= TOPIC_MIN_WORDS
                 else " ".join(description or ()))
    return description, headline, headline | _content_words(described, stop_words), teased


def _without_labels(description: list[str] | None, rules: Rules) -> list[str] | None:
    """The page's description without its lines that call the piece by its kind
    (``Rules.label_line``, at most ``LABEL_MAX_WORDS`` words), None when nothing is left.
    What a colon after the label goes on to say is the publisher's line for its kind (a
    press release's slogan: "Tisková zpráva: Termovia a.s. – Nová kapitola ..."), and goes
    with it."""
    kept = [line for line in description or () if not _labels(line, rules)]
    return kept or None


def story_description(descriptions: tuple[str, ...], rules: Rules,
                      sentences: list[Sentence], stop_words: frozenset) -> str | None:
    """Of the page's descriptions (the one metadata chose first), the one to read as its
    line for the story: the first, unless it only calls the piece by its kind (``_labels``:
    "Reportage dans une maternité de campagne qui vit ses dernières semaines.") and another
    is about the text (most of its words are in it, not the site's slogan) and does not open
    on a label at all ("L'ARS ... confirme la fermeture de la maternité ..."; not "Crónica,
    resultado y goles ... de la jornada 31")."""
    if not descriptions:
        return None
    first = descriptions[0]
    if not _labels(first.strip(), rules):
        return first
    return next((d for d in descriptions[1:] if not rules.label_line.match(d.strip())
                 and _in_the_text(_content_words(d, stop_words), sentences)), first)


def _in_the_text(words: set[str], sentences: list[Sentence]) -> bool:
    """Whether most of a description's content ``words`` (``DESCRIPTION_IN_TEXT`` of them,
    by their first ``PREFIX`` letters) are the text's: it is about this article, not the
    site's slogan."""
    in_text = set().union(*(_prefixes(s.text) for s in sentences))
    return bool(words) and sum(w[:PREFIX] in in_text for w in words) >= (
        DESCRIPTION_IN_TEXT * len(words))


def _labels(line: str, rules: Rules) -> bool:
    """Whether a line calls the piece by its kind: it opens with one of the table's
    ``description_labels``, has at most ``LABEL_MAX_WORDS`` words and gives no figure
    ("Reportáž ze seriálu Česko bez vody."; a figure is the story's, "Historia kopalni
    sięga 1890 roku.", though a label may carry one too, "Pressemitteilung vom 12. März")."""
    return (bool(rules.label_line.match(line)) and count_words(line) <= LABEL_MAX_WORDS
            and not _FIGURE.search(line))


def _labelled_standfirsts(sentences: list[Sentence], rules: Rules,
                          description: list[str] | None) -> frozenset[str]:
    """The texts of the standfirsts calling the piece by its kind (``_labels``), neither
    the tl;dr nor a point (``_its_own``, ``choose``'s skip): in the text's first
    ``STANDFIRST_PARAGRAPHS`` paragraphs, of at most ``STANDFIRST_LABEL_WORDS`` words
    ("Reportáž ze seriálu Česko bez vody."), or of any length where the description calls
    the piece so too ("Live coverage from the Ashby Moor and Fenwick by-election count at
    Fenwick Leisure Centre."). Further on, or longer under another description, the same
    words open the story's own sentences ("Una visita ispettiva dei carabinieri ha portato
    alla chiusura del ristorante.")."""
    labelled = any(_labels(line, rules) for line in description or ())
    return frozenset(s.text.strip() for s in sentences
                     if 0 <= s.paragraph < STANDFIRST_PARAGRAPHS
                     and (labelled or count_words(s.text) <= STANDFIRST_LABEL_WORDS)
                     and _labels(s.text, rules))


def _mood_line(description: list[str] | None, title: str | None, rules: Rules,
               stop_words: frozenset) -> bool:
    """Whether the page's description is one line of mood: a few words
    (``TEASER_MAX_WORDS``) giving no figure, naming nothing (no capital past its first word,
    where names can be told by one) and sharing no word with the title."""
    if not description or len(description) != 1 or rules.nouns_capitalised:
        return False
    line = description[0]
    return (count_words(line) <= TEASER_MAX_WORDS and not _FIGURE.search(line)
            and not _names_told(line)
            and not _content_words(line, stop_words) & _content_words(title or "", stop_words))


def _hooked(lead: Sentence | None, topic: set[str], stop_words: frozenset) -> bool:
    """A lead naming nothing of the story (of the title's and description's words, ``topic``)
    is a hook."""
    return bool(lead is not None and topic
                and _tells(topic, lead.text, stop_words) < HOOK_MAX_TOPIC)


def _with_its_figure(lead: Sentence | None, sentences: list[Sentence], rules: Rules,
                     paragraphs: list[str] | None) -> Sentence | None:
    """The tl;dr shown with the next sentence of its paragraph when that one is a few words
    giving a figure of it and leaning on it ("... died on Sunday at her home in Kestwick.
    She was 88."), also after a line saying who told it: too short to be a point, it is the
    tl;dr's to tell."""
    if lead is None or lead.paragraph < 0 or paragraphs is None:
        return lead
    after = [s for s in sentences if s.paragraph == lead.paragraph and s.start >= lead.end]
    # Past a line saying who told it ("Об этом сообщили в пресс-службе филармонии. Ему был
    # 81 год.", ``TOLD_ON_MAX_WORDS``).
    if len(after) > 1 and _says_who(after[0].text) and leans_on_context(after[0].text, rules):
        after = after[1:]
    following = after[0] if after else None
    if (following is None or count_words(following.text) > TLDR_FIGURE_MAX_WORDS
            or not _FIGURE.search(following.text)
            or not leans_on_context(following.text, rules) or is_question(following.text)):
        return lead
    return Sentence(paragraphs[lead.paragraph][lead.start:following.end], lead.paragraph,
                    lead.start, following.end)


def _points(sentences, ranked, count, rules, stop_words, lead, skip, title, paragraphs,
            kinds, publisher, year, exchanges, hidden=frozenset(),
            fallback=True, parts=(), genre=None) -> list[Sentence]:
    """``select``'s points under the tl;dr ``lead`` (of the sentences ``parts``, when it is
    the page's description of more than one); the publisher's own (``publisher``,
    ``_summary_box``), first."""
    # What the reader is shown before any point: a point saying "this claim" or "The two"
    # reads on its own when the title or the tl;dr (the description, when it is that) names
    # the claim or the two (every word counts: "two" is a stop word).
    shown = _prefixes(" ".join(filter(None, (
        title, lead.text if lead is not None else None))))
    return select(sentences, ranked, count, stop_words, exclude=lead, exclude_parts=parts,
                  rules=rules, paragraphs=paragraphs, kinds=kinds, skip=frozenset(skip),
                  hidden=frozenset(hidden), shown=shown,
                  fallback=fallback, publisher=publisher, year=year, title=title,
                  exchanges=exchanges, genre=genre)


def _summary_box(sentences: list[Sentence], rules: Rules, kinds: list[str] | None,
                 stop_words: frozenset) -> tuple[int, ...]:
    """The sentences of the publisher's own summary of the page, under a heading of the
    table's ``summary_headings`` ("Key points", "L'essentiel", "TL;DR"): the list right
    under it (at most ``SUMMARY_BOX_LINES`` of its items), else the one paragraph under it;
    the page's key points, in its order: those of its lines that share at least
    ``SUMMARY_BOX_SHARED`` words with the rest of the text, when half of them do. None when
    the first line under it is a lead-in ("This post will discuss the following:"): a table
    of contents."""
    for index, sentence in enumerate(sentences):
        if not (sentence.is_heading and rules.summary_heading.match(sentence.text.strip())):
            continue
        box: list[int] = []
        first = index + 1
        if first >= len(sentences) or sentences[first].is_heading:
            continue
        listed = kinds is not None and kinds[sentences[first].paragraph] == ITEM
        paragraphs: set[int] = set()
        for following in range(first, len(sentences)):
            line = sentences[following]
            if line.is_heading or (listed and kinds[line.paragraph] != ITEM):
                break
            paragraphs.add(line.paragraph)
            if len(paragraphs) > (SUMMARY_BOX_LINES if listed else 1):
                break
            box.append(following)
        if sentences[box[0]].text.rstrip().endswith(_LEAD_IN):
            continue
        # The page's own points restate its text; a rail of other stories' headlines under
        # "In brief" or "Главное" shares next to no words with it.
        rest = set().union(*(_prefixes(s.text) for i, s in enumerate(sentences)
                             if i not in box and not s.is_heading))
        told = [i for i in box
                if len(_stems(sentences[i].text, stop_words) & rest) >= SUMMARY_BOX_SHARED]
        if 2 * len(told) >= len(box):
            return tuple(told)
    return ()


def _advises(sentences: list[Sentence], rules: Rules, title: str | None = None) -> bool:
    """Whether the text is advice: told as a list (``_told_as_list``: tips, steps)
    that speaks to its reader ("Look for lean proteins that will help you feel full"), at
    least ``ADVICE_MIN_SHARE`` of its sentences saying "you" outside a quotation. A news
    story with a box for its reader ("What can you do?"), an interview's answers and an
    op-ed's "you would think" say "you" too, and are none."""
    if not _told_as_list(sentences, rules, title):  # the cheaper test first
        return False
    body = [s for s in sentences if not s.is_heading]
    return (sum(is_personal(s.text, rules, who="reader") for s in body)
            >= ADVICE_MIN_SHARE * len(body))


def _described(description: list[str], lead: Sentence | None, sentences: list[Sentence],
               rules: Rules, stop_words: frozenset, title: str | None,
               hooked: bool = False) -> Sentence | None:
    """The page's description (its sentences) as the tl;dr in place of ``lead``, or None.
    The publisher wrote it to say what the story is about; it takes the lead's place when
    it is whole (one or two sentences, ended, not cut off with "…", or one short line written
    as a headline, see ``_whole``), reads on its own (no question, no "I", no "you" but in
    advice that speaks to its reader throughout, ``_advises``; no talk
    of the page about itself, no quotation first, no labelled first line nor a credit line
    ("Regi: Hedda Strömgren.", ``_credit``), nothing the reader was not shown to lean
    on: the title is all they see before it; a subject named only by a noun the reader was
    not shown, "The wells are failing ...", reads well enough over a hook, ``hooked``, and
    not over a lead that tells the story), is about this article (most of its words are
    in the text), says more than the title or an opening sentence, carries as much of the
    title as the lead does, and is not outdone by a lead stating every figure it gives (it
    gives one at least) and more. A hook ("Hours before Zach Parise's two-goal performance
    Tuesday, Wild coach Bruce Boudreau expressed confidence ...") gives way to the line that
    tells the story ("Zach Parise scored twice, ... and the Minnesota Wild beat the Buffalo
    Sabres 4-1 Tuesday night."). Not in the text, it has no place there: paragraph -1."""
    text = " ".join(description)
    if not (description and len(description) <= DESCRIPTION_MAX_SENTENCES
            and MIN_POINT_WORDS <= count_words(text) <= DESCRIPTION_MAX_WORDS
            and _whole(description, stop_words)
            and not any(is_question(s) or is_personal(s, rules, "writer")
                        or rules.talks_about_page.search(s) for s in description)):
        return None
    if (any(is_personal(s, rules, "reader") for s in description)
            and not _advises(sentences, rules, title)):
        return None
    first = description[0]
    leans = _Leaning(rules, stop_words, _prefixes(title or ""))
    # A quotation first is the reaction (as it is for the ranker), not the news.
    if (leans(first, first=True) or leans.unnamed_subject(first) and not hooked
            or _quote_fragment(first)
            or rules.opens_with_quote.match(first) or _labelled(first)
            or any(_credit(s, stop_words) for s in description)):  # "Regi: Hedda Strömgren."
        return None
    mine = _content_words(text, stop_words)
    if not _in_the_text(mine, sentences):
        return None
    headline = _content_words(title or "", stop_words)
    # (A section's heading it repeats is no sentence the reader could be given instead: "5
    # Tips to Enjoy Game Day Parties ...:" over the list.)
    if _overlap_with(mine, headline) >= DESCRIPTION_COPY or any(
            _overlap_with(mine, _content_words(s.text, stop_words)) >= DESCRIPTION_COPY
            for i, s in enumerate(sentences[:OPENING_SENTENCES])
            if not _inside_heading(sentences, i)):
        return None
    if lead is not None and (_overlap_with(headline, mine)
                             < _tells(headline, lead.text, stop_words)):
        return None
    # A lead stating every figure the description gives, and more, tells the story already,
    # and better: "... gave Castleford Rovers a 2-1 win ... for the first time in 31 years"
    # over "Tomasz Wrona scored in the 88th minute as ... Rovers went top".
    figures = _figures(text)
    if lead is not None and figures and figures < _figures(lead.text):
        return None
    return Sentence(text, -1, 0, 0)


def _teaser(description: list[str] | None, rules: Rules) -> bool:
    """Whether the page's description holds the story back: past its first sentence, a line
    that does (``_holds_back``) or that calls the piece by its kind after lines only setting
    its scene ("Là-haut, on mesure le temps en mètres de glace. Récit d’un été au col de
    l’Aigle.", ``_labels``; not after a line telling the story, "A aldeia de Vale de Sarça
    quase duplicou a população em três anos.")."""
    if not description:
        return False
    return any(_holds_back(line, rules)
               or _labels(line, rules) and all(_sets_scene(before, rules)
                                               for before in description[:i])
               for i, line in enumerate(description[1:], 1))


def _holds_back(line: str, rules: Rules, leaning_only: bool = False) -> bool:
    """Whether a line of a description holds the story back: a few words
    (``TEASER_MAX_WORDS``) with no figure that lean on the sentence before, opening with one
    of the table's openers ("Ma qualcosa sta per cambiare."), or, unless ``leaning_only``,
    with one of its context words among them ("Soon it may not come at all.") or asking
    ("Wie lange noch?"); not one speaking to the reader, an explainer's ("Wat betekent dat
    voor jouw portemonnee?")."""
    if count_words(line) > TEASER_MAX_WORDS or _FIGURE.search(line):
        return False
    if rules.leans_on_context.match(line):
        return True
    if leaning_only or is_personal(line, rules):
        return False
    return is_question(line) or any(w.lower() in rules.lone_context_words for w in words(line))


def _copied(description: list[str] | None, sentences: list[Sentence]) -> bool:
    """Whether every sentence of the page's description is one of its opening sentences, as
    it stands (a standfirst set above the text and given as the description too), but for
    the full stop a description adds to a standfirst set without one."""
    opening = {_unended(s.text) for s in sentences[:2 * OPENING_SENTENCES]}
    return bool(description) and all(_unended(d) in opening for d in description)


def _unended(text: str) -> str:
    """``text`` without the marks ending it (full stops, closing quotation marks), stripped
    as characters, not by a pattern: a pattern anchored at the end would retry from every
    space of a long run of them."""
    return text.strip().rstrip(_ENDING_MARKS).rstrip()


def _excerpt(description: list[str] | None, sentences: list[Sentence]) -> bool:
    """Whether the page's description is its opening cut short by the site (an excerpt,
    not the publisher's line): its last sentence, less an ellipsis, begins a longer one of the
    opening sentences ("... Biasa biasa saja. Jangan sampai karena k…"). A deck the page also
    shows above the text is whole, even when unended."""
    if not description:
        return False
    cut = _CUT_OFF.sub("", description[-1])
    return len(cut) >= EXCERPT_MIN_CHARS and any(
        s.text.startswith(cut) and len(_unended(s.text)) > len(cut)
        for s in sentences[:2 * OPENING_SENTENCES])


def _figures(text: str) -> set[str]:
    """The numbers ``text`` states (digit runs; the cleaner took out references such as
    "[1]" and a linked "(5)")."""
    return set(_FIGURE.findall(text))


def _whole(description: list[str], stop_words: frozenset) -> bool:
    """Whether the description's sentences are whole: ended, and not cut off with "…"; or
    one short line the page left unended, a deck written as a headline (a line cut off
    ends on a small word or a comma: "... and left the")."""
    if all(ENDS_SENTENCE.search(s) and not s.endswith(("...", "…")) for s in description):
        return True
    if len(description) != 1:
        return False
    line = description[0].rstrip()
    return (len(line) <= UNENDED_MAX_CHARS and line[-1:].isalnum()
            and words(line)[-1].lower() not in stop_words)


def select(sentences: list[Sentence], ranked: list[int], count: int,
           stop_words: frozenset, *, exclude: Sentence | None = None,
           exclude_parts: tuple[str, ...] = (), rules: Rules | None = None,
           paragraphs: list[str] | None = None, kinds: list[str] | None = None,
           skip: frozenset[int] = frozenset(), hidden: frozenset[int] = frozenset(),
           shown: set[str] | None = None, fallback: bool = True,
           publisher: tuple[int, ...] = (), year: int | None = None,
           title: str | None = None,
           exchanges: list[_Exchange] | None = None,
           genre: str | None = None) -> list[Sentence]:
    """Up to ``count`` distinct key points, in document order, none repeating ``exclude``
    (the tl;dr, which the reader sees already) or one of its sentences (``exclude_parts``:
    the page's description, when it is the tl;dr) nor among the sentences ``skip`` (indexes);
    ``hidden`` (some of ``skip``: a hook, the lead the description replaced) are not shown
    even joined to a sentence that leans on them, as the writer's asides may be.
    ``shown``: the words (their first ``PREFIX`` letters) the reader sees before the points;
    with it, a sentence pointing back at something they do not name leans on the one before.
    When no sentence reads on its own, the best lines of the page, or with ``fallback``
    False none; when every sentence repeats ``exclude``, it is the one point.
    ``publisher``: the lines of the page's own summary (``_summary_box``), taken first and in
    their order, also without a full stop. ``year``: the story's (the page's date), else
    the latest the text gives a day of. ``title``: the page's (its count of a list's
    items). ``exchanges``: a letters column's (``_exchanges``), when the caller found them
    already. ``genre``: a review's or an opinion piece's (``page_genre``), whose verdict or
    demand in its closing paragraphs (``_closing``) is a point first."""
    if rules is not None and FACT_WINDOW:
        window = ranked[:count + FACT_WINDOW]
        latest = year or _latest_dated_year(sentences, rules)
        first = [i for i in window if _dates_the_story(sentences[i].text, rules, latest)]
        ranked = first + [i for i in ranked if i not in first]
    if publisher:
        ranked = list(publisher) + [i for i in ranked if i not in publisher]
    leans = _Leaning(rules, stop_words, shown) if rules is not None else None
    # Where the tl;dr stands among the sentences, if it is one of them (``_told_on``).
    told_at = next((i for i, s in enumerate(sentences) if s == exclude), None)
    candidates = _Lazy(_candidates(sentences, [i for i in ranked if i not in skip], leans,
                                   paragraphs, kinds, frozenset(publisher),
                                   _unstopped(sentences, exclude, kinds)))
    # The publisher's own summary is the page's key points, wherever the rest of them are.
    if publisher or rules is None:
        exchanges = []
    elif exchanges is None:
        exchanges = _exchanges(sentences, rules)
    parts = None if publisher or exchanges else _parts(sentences, kinds, rules, title)
    chosen: list[Sentence] = []
    chosen_words: list[set[str]] = []
    excluded = [_content_words(exclude.text, stop_words)] if exclude else []
    # A point saying one sentence of the description again, and not much more: "Les élus
    # locaux dénoncent une décision « brutale » et annoncent un recours." under "... Les élus
    # dénoncent une décision « brutale »." (half its words or fewer are not the tl;dr's), not
    # "On April 9, the council will vote on Ordinance 2026-11, which would eliminate ..."
    # under "... The council can fix that on April 9.".
    parted = [_content_words(text, stop_words) for text in exclude_parts]

    def repeats_a_part(content: set[str]) -> bool:
        told = excluded[0] if excluded else set()
        return any(_overlap(content, part) >= NEAR_DUPLICATE for part in parted) and (
            2 * len(content - told) <= len(content))
    # Who the text names in full (``_introductions``), read when a point first needs it.
    people: list[dict[str, int]] = []

    def introductions() -> dict[str, int]:
        if not people:
            people.append(_introductions(sentences, stop_words, rules.name_joiners))
        return people[0]

    def take(candidate: _Candidate, repeating: bool = False, introducing: bool = True) -> bool:
        """``candidate`` taken as a point unless it repeats one (``repeating``: it may say
        what another says, as an answer echoes its letter); ``introducing``: with the
        sentence naming in full someone it names by surname alone (``_introduction``)."""
        point = candidate.sentence
        if candidate.leans_on is not None:
            point = _leaning(candidate, sentences[candidate.leans_on], chosen, exclude,
                             paragraphs, _told_on(sentences, told_at, candidate, leans))
            # Not shown with a sentence passed over as the hook or as the lead the
            # description replaced ("Earlier this year, Lexus revealed ... At the time, ...").
            if point is None or point is not candidate.sentence and any(
                    sentences[i].paragraph == point.paragraph
                    and _spans_overlap(sentences[i], point) for i in hidden):
                return False
        content = _content_words(point.text, stop_words)
        others = overlapped(point, content, repeating)
        if others is None:
            return False
        if (introducing and leans is not None and not rules.nouns_capitalised
                and len(chosen) + 2 <= count):
            # Someone named by surname alone ("Shotwell said ..."): the sentence naming them
            # in full first, when there is room for both.
            index = _introduction(point, introductions, sentences, chosen, leans)
            if index is not None and index not in skip:
                other = next(_candidates(sentences, [index], leans, paragraphs, kinds), None)
                if (other is not None and other.leans_on is None
                        and take(other, repeating, introducing=False)):
                    others = overlapped(point, content, repeating)
                    if others is None:
                        return True  # the sentence naming them says it too
        for i in reversed(others):  # a point it now shows whole
            del chosen[i], chosen_words[i]
        chosen.append(point)
        chosen_words.append(content)
        return True

    def overlapped(point: Sentence, content: set[str], repeating: bool) -> list[int] | None:
        """The points ``point`` (its words ``content``) shows whole, which give way to it;
        None when it may not join the points: it overlaps the tl;dr or a point only in part,
        or repeats the tl;dr or (unless ``repeating``) a point."""
        others = [i for i, other in enumerate(chosen) if _spans_overlap(point, other)]
        if exclude is not None and _spans_overlap(point, exclude):
            return None
        if not all(_contains(point, chosen[i]) for i in others):
            return None
        if not repeating and (any(_overlap(content, other) >= NEAR_DUPLICATE
                                  for i, other in enumerate(chosen_words + excluded)
                                  if i not in others) or repeats_a_part(content)):
            return None
        return others

    def take_one(spans: list[tuple[int, int]]) -> bool:
        """The best candidate in one of the paragraph ranges ``spans``, taken."""
        return any(take(point) for point in candidates
                   if any(a <= point.sentence.paragraph < b for a, b in spans))

    def take_new(span: tuple[int, int], pool=None) -> bool:
        """The best candidate (of ``pool``, else of all) in the paragraph range ``span`` that
        shows nothing a point shows (not "Maid of Honor: You tell her." over "You tell
        her."), taken."""
        return any(take(point) for point in (pool or candidates)
                   if span[0] <= point.sentence.paragraph < span[1]
                   and not any(_spans_overlap(other, point.sentence) for other in chosen))

    if genre and not exchanges and not publisher and rules is not None:
        # A review closes on its verdict ("So is the gamble worth it? Low Country Signals is
        # too long ... but at its best it is the most moving music Marrowfield have ever
        # made"), an opinion piece on its demand ("I am asking every councillor to ... fund
        # them for at least two years from the £2.6m transport reserve"),
        # wherever the ranker, which favours the opening, puts them: the best sentence of
        # the last paragraph naming what the title names, or its first making a demand (the
        # table's ``demand_words``); else of the ones before it (the last may be the
        # writer's own last word, "My mother died in 2019. ...", or where and when to go).
        named = _name_prefixes(title or "", stop_words)
        headline = set((title or "").split())

        def closes(text: str) -> bool:
            if genre == OPINION:  # a demand giving a sum, a date, a count: not rhetoric
                return bool(rules.demand.search(outside_quotations(text, rules))
                            and _FIGURE.search(text))
            # A verdict names what the title names; a figure in it is its score, else the
            # line is a fact of the release ("Salt Years is released on Friday ..."). The
            # title's own figures are names ("the Arc 3 are the pair to buy").
            own = " ".join(w for w in text.split() if _RUN_BREAK.sub("", w) not in headline)
            return bool(named & _name_prefixes(text, stop_words)) and (
                not _FIGURE.search(own) or bool(rules.score.search(text)))
        for paragraph in _closing(sentences):
            found = [point for point in candidates
                     if point.sentence.paragraph == paragraph and closes(point.sentence.text)]
            if genre == OPINION:  # its first demand, what the rest of the paragraph explains
                found.sort(key=lambda point: point.sentence.start)
            if any(take(point) for point in found):
                break
    if exchanges:
        # A letters column: each answer's opening first (the column's verdict, which speaks
        # to the one who wrote), then each letter's opening (who writes and about what),
        # then more of each answer (its advice) and of each letter, in turn; nothing from
        # outside the exchanges.
        # (No more exchanges than points can each give one.)
        for _, answer, end, signature in exchanges[:count]:
            verdict = _opening(sentences, answer, end, rules, paragraphs, signature)
            if verdict is not None:
                take(_Candidate(verdict), repeating=True)
        for letter, answer, _, _ in exchanges[:count]:
            if len(chosen) >= count:
                break
            if exclude is not None and letter <= exclude.paragraph < answer:
                continue  # the tl;dr tells this letter's problem already
            opening = _opening(sentences, letter, answer, rules, paragraphs)
            if opening is not None:
                take(_Candidate(opening), repeating=True)
        # More of an answer is its advice first ("I would suggest the two of you agree a
        # date ...", the table's ``advice_words``), then its advice in the imperative ("Ask
        # her, once and in person, for a repayment plan.", ``advice_patterns``), then the
        # rest of it; more of a letter only when its answer has no more to give.
        advised = sorted((i for i in ranked if i not in skip),
                         key=lambda i: (not rules.advice.search(sentences[i].text),
                                        not rules.imperative.search(sentences[i].text)))
        advice = _Lazy(_candidates(sentences, advised, leans, paragraphs, kinds, steps=True))
        for spans in ([((e.answer, e.end), advice) for e in exchanges[:count]],
                      [((e.letter, e.answer), None) for e in exchanges[:count]]):
            for _ in range(count):  # rounds, each giving a span one point more
                taken = [take_new(span, pool) for span, pool in spans if len(chosen) < count]
                if not any(taken):
                    break
    elif parts is None:
        for point in candidates:
            if len(chosen) >= count:
                break
            take(point)
    else:
        # The best of the whole text first (the lead's thread), then the best of each later
        # part (or run of parts) in turn, then the best of what is left. A list's items give
        # all points but one, each run of them one when they are more than the points.
        parts, shape = parts
        share = count - 1 if shape in (LISTED, SECTIONED) else count // UNSECTIONED_SHARE
        reserved = min(share, len(parts) - 1) if count > 1 else 0
        for point in candidates:
            if len(chosen) >= count - reserved:
                break
            take(point)
        for start, end in parts[1:] if shape == SECTIONED else _groups(parts[1:], reserved):
            if len(chosen) >= count:
                break
            # In a run of a list's items, an item no point shows yet first.
            fresh = [(a, b) for a, b in parts if start <= a < end
                     and not any(a <= point.paragraph < b for point in chosen)
                     ] if shape == LISTED else []
            if not (fresh and take_one(fresh)):
                take_one([(start, end)])
        for point in candidates:
            if len(chosen) >= count:
                break
            take(point)
    if leans is not None and len(chosen) < count:
        chosen = _read_on(sentences, chosen, count, exclude, leans, paragraphs, kinds, skip)
    if rules is not None and paragraphs is not None:
        shown_words = [_content_words(p.text, stop_words) for p in chosen] + excluded
        chosen = [_with_what_follows(point, sentences, chosen, exclude, rules, paragraphs,
                                     stop_words, shown_words) for point in chosen]
    if not chosen and rules is not None:
        # No sentence reads on its own (a calendar, a list of results): the page's lines
        # from its top, as such a list is read, are still a better summary than none, or
        # than the tl;dr repeated.
        return (select(sentences, sorted(ranked), count, stop_words, exclude=exclude)
                if fallback else [])
    if not chosen and exclude is not None:
        return [exclude]
    return sorted(chosen, key=lambda s: (s.paragraph, s.start))


def page_genre(rules: Rules, titles: tuple[str, ...], types: frozenset[str],
               sections: tuple[str, ...] = ()) -> str | None:
    """``REVIEW`` or ``OPINION`` when the page is one, by its JSON-LD ``types``, its
    ``titles`` (its ``<title>``, og:title: "... review: superb noise cancelling", "Opinion |
    ...", the table's ``review_words`` and ``opinion_words``) or its ``sections``; else
    None."""
    if types & _REVIEW_TYPES or any(rules.review_title.search(t) for t in titles):
        return REVIEW
    if types & _OPINION_TYPES or any(rules.opinion_label.search(t)
                                     for t in (*titles, *sections)):
        return OPINION
    return None


def _closing(sentences: list[Sentence]) -> list[int]:
    """The last ``CLOSING_PARAGRAPHS`` paragraphs of the text (headings aside), the last
    first: where a review gives its verdict and an opinion piece its demand. A box's
    labelled lines under the verdict ("Rating: 4 out of 5 stars", "For: Outstanding sound;
    ...", "Against: ...") do not count: the verdict is the writer's last paragraph."""
    labelled: dict[int, bool] = {}
    for s in sentences:
        if not s.is_heading:
            labelled[s.paragraph] = labelled.get(s.paragraph, True) and _labelled(s.text)
    paragraphs = sorted(p for p, box in labelled.items() if not box)
    return paragraphs[::-1][:CLOSING_PARAGRAPHS]


def _name_prefixes(text: str, stop_words: frozenset) -> set[str]:
    """The first ``PREFIX`` letters of the capitalised words of ``text`` (names, in most
    languages), in lower case, stop words aside."""
    found = (_POSSESSIVE.sub("", _RUN_BREAK.sub("", t.lstrip(_OPEN_MARKS)))
             for t in _TOKEN.findall(text))
    return _prefixes(" ".join(w for w in found
                              if _capitalised(w) and w.lower() not in stop_words))


def _opening_lead(sentences: list[Sentence], rules: Rules, *,
                  topic: set[str] | None = None, stop_words: frozenset = frozenset(),
                  kinds: list[str] | None = None, headline: set[str] | None = None,
                  teased: bool = False, labels: frozenset[str] = frozenset(),
                  pegged: bool = True) -> tuple[Sentence, Sentence | None, bool] | None:
    """One sentence that says what the story is about and stands on its own: the lead when it
    does (a sentence-like heading before the body counts; one where the writer says "I" or
    "you" does not), or the opening sentence that the page's title and description
    (``topic``, their content words) point to; a deck without a full stop gives way to the
    first sentence that has one when that tells much more of the title (``headline``, its
    content words): "A cheap hessian mat kept seeds anchored through two winters of storms"
    under "Seed mats triple survival of restored seagrass" is a detail, "Planting seagrass
    seeds inside biodegradable mats tripled the survival ..." the story; an opening sentence
    pointing at what neither the title nor the sentence itself names ("... cette nouvelle
    décélération") is passed over. None when no opening sentence stands alone (``choose``
    then takes the best-ranked one that does, ``_ranked_lead``, or a page of lines' first,
    ``_first_line``). And the hook lede it passed over for its nut graf, if it did, and
    whether that hook was a scene (``_sets_scene``) the nut graf was found past. Never a
    table's row or a post the story embeds (``kinds``), nor a standfirst calling the piece
    by its kind (``labels``, ``_labelled_standfirsts``). ``teased``: the page's
    description holds the story back (``_teaser``), so its opening is a hook. ``pegged``: a
    lede telling no news of its own may give way to its news peg (``_news_peg``; not in a
    review or an opinion piece)."""
    own = _its_own(kinds, labels)
    # "... expliquent cette nouvelle décélération": which one, only the sentences before say
    # (a demonstrative pointing at what the title does not name, ``refers_back``).
    named = {w[:PREFIX] for w in headline} if headline else None
    opening: list[Sentence] = []
    first = next((i for i, s in enumerate(sentences)
                  if not s.is_heading and not _inside_heading(sentences, i)), None)
    page = _Page(sentences)  # as ``_apart`` reads them
    for index, sentence in enumerate(sentences):
        if len(opening) == OPENING_SENTENCES:
            break
        if _inside_heading(sentences, index):
            continue
        if not own(sentence):
            continue
        ends_paragraph = _ends_paragraph(sentences, index)
        # A lead opening on a conjunction that only links it to what came before ("Jenže
        # Sparta prohrála ...", "But Sondland has ...") tells its story from the word after
        # it, as a point would show it (``_unlinked_lead``).
        if not _can_lead(sentence, rules, ends_paragraph, first=index == first):
            if index >= UNLINKED_LEAD_REACH:
                continue
            sentence = _unlinked_lead(sentence, page, rules, stop_words)
            if sentence is None or not _can_lead(sentence, rules, ends_paragraph):
                continue
        if not (named and refers_back(sentence.text, rules, stop_words, named)):
            opening.append(sentence)
    # The writer talking as "I" or to "you" is a hook or an aside; the story is told in a
    # sentence that reports it (unless the whole opening is told that way: a diary, a letter).
    reported = [s for s in opening if not is_personal(s.text, rules)]
    opening = reported or opening
    if opening and headline and not ENDS_SENTENCE.search(opening[0].text.rstrip()):
        ended = next((s for s in opening if ENDS_SENTENCE.search(s.text.rstrip())), None)
        if ended is not None and (_tells(headline, ended.text, stop_words)
                                  >= _tells(headline, opening[0].text, stop_words)
                                  + DECK_MARGIN):
            return ended, None, False
    if opening:
        if not topic:
            return opening[0], None, False
        scores = [_tells(topic, s.text, stop_words) for s in opening]
        scene = _sets_scene(opening[0].text, rules)
        # A hook lede turning to its story in a few words ("Ancora per poco.", "Now the
        # valley is about to change again."): the story is the sentence after them.
        if scene or scores[0] < HOOK_MAX_TOPIC:
            turned = _after_the_turn(sentences, opening[0], rules, own)
            if turned is not None:
                return turned, opening[0], True
        # A lede telling no day and giving no figure, decision or source ("Op een
        # regenachtige middag zit de leeszaal van bibliotheek De Wissel vol kinderen ...") is
        # a feature's scene when the news comes soon after it on a day of its own, its news
        # peg ("Dinsdagavond besloot de gemeenteraad ... met 19 tegen 14 stemmen ..."), and
        # the peg tells as much of what the title and description say the story is about:
        # news leaving its day to the next paragraph ("The prime minister has resigned after
        # losing the support of her party." before "On Monday, 52 MPs signed a letter ...")
        # tells more of it in its lede. Also under a teaser, ahead of a later figure with a
        # decision ("The company also confirmed that a hosepipe ban ... will come into force
        # on 9 September ...").
        peg = _news_peg(sentences, opening[0], rules, own) if pegged else None
        if peg is not None and _tells(topic, peg.text, stop_words) >= scores[0]:
            return peg, opening[0], True
        # A lede giving no figure and reporting no decision, under a description holding the
        # story back (``teased``: "... for 31 years. Soon it may not come at all.") and telling
        # less than half of a title of three words or more, or a scene naming nothing of the
        # story when no opening sentence tells more, is a hook: its story is the first
        # sentence past it reporting a figure with a decision or a source, the nut graf ("On
        # Thursday, Harrowdale county council's cabinet voted by seven votes to four to
        # withdraw subsidies from 23 rural bus routes ..."); past a scene, one telling more
        # of the story than the scene.
        nut_graf = (_past_the_scene(sentences, opening[0], rules, own, stop_words,
                                    reported_only=True)
                    if (teased or scene) and not gives_figure(opening[0].text)
                    and not rules.decision.search(opening[0].text) else None)
        if nut_graf is not None and teased and not (
                headline and len(headline) >= TOPIC_MIN_WORDS
                and _tells(headline, opening[0].text, stop_words) >= TEASED_MAX_TITLE):
            return nut_graf, opening[0], True
        if scene:
            after = [(_tells(topic, s.text, stop_words), s)
                     for i, s in enumerate(sentences)
                     if (opening[0].paragraph, opening[0].start) < (s.paragraph, s.start)
                     and s.paragraph <= opening[0].paragraph + NUT_GRAF_PARAGRAPHS
                     and not s.is_heading and own(s)
                     and _can_lead(s, rules, _ends_paragraph(sentences, i))
                     and not is_personal(s.text, rules)]
            told, nut = max(after, key=lambda pair: pair[0], default=(0.0, None))
            # ... and more than any other opening sentence, which else is the nut graf.
            others = [score for s, score in zip(opening, scores) if s is not nut]
            if (nut is not None and told >= scores[0] + NUT_GRAF_MARGIN
                    and told >= 2 * scores[0] and told > max(others, default=0.0)):
                return nut, opening[0], True
        # A scene set at an hour of the day ("Klockan är tjugo i sex när Göran Ekvall skruvar
        # på locket på termosen.", "Às cinco e meia da manhã, ...") is a feature's: its story
        # is the first sentence reporting a figure from a source, its nut graf ("Enligt
        # kommunens egen utredning sparar nedläggningen 14,2 miljoner kronor om året."), else
        # the first figure stepping back from the scene (``_past_the_scene``). The scene
        # before it is no point.
        if _on_the_clock(opening[0].text, rules):
            story = _past_the_scene(sentences, opening[0], rules, own, stop_words)
            if story is not None:
                return story, opening[0], True
        # Under a title of a word or two and no description to read ("Rua dos Pescadores,
        # sem pescadores"), a lead naming none of them is no hook: nothing says what the
        # story is about but the lead itself.
        if scores[0] >= HOOK_MAX_TOPIC or len(topic) < TOPIC_MIN_WORDS:
            return opening[0], None, False
        best = max(range(len(opening)), key=lambda i: (scores[i], -i))
        if scores[best] >= scores[0] + NUT_GRAF_MARGIN:
            return opening[best], opening[0], False
        if (nut_graf is not None and scene
                and _tells(topic, nut_graf.text, stop_words) > scores[0]):
            return nut_graf, opening[0], True
        return opening[0], None, False
    return None


def _ranked_lead(sentences: list[Sentence], ranked: list[int], rules: Rules, own, *,
                 reported: bool = False) -> Sentence | None:
    """The best-ranked of the story's own sentences (``own``) that can be the tl;dr; with
    ``reported``, not one where the writer says "I" or "you"."""
    return next((sentences[i] for i in _leading(sentences, ranked, rules, own, reported)),
                None)


def _leading(sentences: list[Sentence], indices: list[int], rules: Rules, own,
             reported: bool):
    """Of ``indices``, in their order, those of the story's own sentences (``own``) that can
    be the tl;dr; with ``reported``, not one where the writer says "I" or "you"."""
    return (i for i in indices
            if own(sentences[i]) and not (reported and is_personal(sentences[i].text, rules))
            and _can_lead(sentences[i], rules, _ends_paragraph(sentences, i)))


def _titled_entry(sentences: list[Sentence], ranked: list[int], rules: Rules, own,
                  headline: set[str], stop_words: frozenset) -> Sentence | None:
    """A live blog's title tells what the event came to ("Storm Isolde live: two dead and
    140,000 homes without power as red warning lifted"): of the ``LIVE_TITLED_RANKS``
    sentences the ranker rates best that can be the tl;dr (reported, not "I" or "you"), the
    one telling most of the title (``headline``, its content words), the better ranked on a
    tie; None when none tells any of it. (Among all the blog's sentences, a title naming
    only the place finds a minor entry naming it.)"""
    best, told = None, 0.0
    for i in _leading(sentences, ranked[:LIVE_TITLED_RANKS], rules, own, reported=True):
        score = _tells(headline, sentences[i].text, stop_words)
        if score > told:
            best, told = sentences[i], score
    return best


def _first_line(sentences: list[Sentence], own) -> Sentence | None:
    """A page of lines with no sentence (a calendar, a list of results) starts where the page
    does: its first line of the story's own a reader could use."""
    return next((s for s in sentences if not s.is_heading and own(s)
                 and MIN_POINT_WORDS <= count_words(s.text) <= MAX_POINT_WORDS), None)


def sections(sentences: list[Sentence], points: list[Sentence],
             tldr: Sentence | None = None, rules: Rules | None = None,
             kinds: list[str] | None = None, *, exchanges: list[_Exchange] | None = None,
             turns: set[int] | None = None) -> list[str | None]:
    """The heading of the section each of ``points`` is in: the last heading before it (not
    the ``tldr``, a sentence-like heading the reader sees already), its first
    ``SECTION_MAX_WORDS`` words and "…" when it runs on like a sentence; None for a point
    before any heading. Headings only above the text (a kicker, a standfirst) are no sections
    when none follows inside it, nor a standfirst of a sentence's length and what is above
    it, nor a kicker in capitals ("CRITIQUE") over headings that are not.
    A heading of the publisher's summary (``rules``' summary headings, over a list:
    ``kinds``), or of a review's box over a list (its box headings: "Verdict", "Pros",
    "Cons"), labels its items only; the text after them is under the heading before it.
    An interview's answer is under the interviewer's question before it (its last question),
    a letters column's points under the letter's signature. ``exchanges`` (``_exchanges``)
    and ``turns`` (``_turns``): when the caller found them already."""
    if exchanges is None:
        exchanges = _exchanges(sentences, rules) if rules is not None else []
    if exchanges and not any(s.is_heading and s.paragraph > exchanges[0].letter
                             for s in sentences):
        # A letters column's points are under the letter they tell of or answer, which its
        # signature names ("FEELING LIKE SECOND RATE"), when it has more than one.
        if len(exchanges) == 1:
            return [None] * len(points)
        return [next((e.signature or None for e in exchanges
                      if e.letter <= p.paragraph < e.end), None) for p in points]
    labels = _headed(sentences, points, tldr, rules, kinds)
    if turns is None:
        turns = _turns(sentences, kinds)
    if not turns:
        return labels
    # An interview's answers are under the question they answer, when it comes after the
    # section's heading: "We want to offer to buy about 400 homes ..." under "What exactly
    # are you proposing for Delmar Flats?".
    # The turn's last question, when it reads on its own: not "And could you?", nor a turn
    # that asks nothing ("You've said you almost gave up writing."), which label nothing.
    asked: dict[int, str | None] = {}
    for sentence in sentences:
        if sentence.paragraph in turns:
            question = _unlabelled(sentence.text)
            if is_question(question):
                asked[sentence.paragraph] = (
                    question if count_words(question) >= QUESTION_LABEL_MIN_WORDS
                    and (rules is None or not leans_on_context(question, rules)) else None)
            else:
                asked.setdefault(sentence.paragraph, None)
    # The last answer ends with its last paragraph in the first or second person: after it
    # come the page's own lines ("The Salt Orchard is published by Harwell Press, £18.99.").
    last = max(asked)
    answered = max([last + 1] + [s.paragraph for s in sentences if s.paragraph > last
                                 and rules is not None and is_personal(s.text, rules)])
    for i, point in enumerate(points):
        question = max((q for q in asked if q < point.paragraph), default=None)
        heading = max((h.paragraph for h in sentences
                       if h.is_heading and h.paragraph < point.paragraph), default=-1)
        if question is not None and question > heading and point.paragraph <= answered:
            labels[i] = _label(asked[question]) if asked[question] else None
    return labels


def _turns(sentences: list[Sentence], kinds: list[str] | None) -> set[int]:
    """The paragraphs of an interviewer's turns: set in bold (``QUESTION``), or, in a text
    of at least ``INTERVIEW_MIN_TURNS`` of them, opening with a label and asking ("Q: What
    did you find?", "Bayline: Why now?")."""
    if kinds is not None and QUESTION in kinds:
        return {p for p, kind in enumerate(kinds) if kind == QUESTION}
    # A paragraph opening with a label, while none of its sentences after the first tells
    # (a labelled answer, "A: Why would I? Because ...", does); and whether one asks.
    turn: dict[int, bool] = {}
    asks: set[int] = set()
    for sentence in sentences:
        paragraph = sentence.paragraph
        if sentence.start == 0 and not sentence.is_heading:
            turn[paragraph] = _labelled(sentence.text)
        elif turn.get(paragraph) and not is_question(sentence.text):
            turn[paragraph] = False
        if is_question(_unlabelled(sentence.text)):
            asks.add(paragraph)
    asking = {p for p, labelled in turn.items() if labelled and p in asks}
    return asking if len(asking) >= INTERVIEW_MIN_TURNS else set()


def _answers_unlabelled(sentences: list[Sentence], kinds: list[str] | None,
                        turns: set[int]) -> list[Sentence]:
    """``sentences``, an interview's answers set as lines ("A: The melting isn't happening
    evenly.") without their one-letter label, in a text of labelled questions (``turns``,
    ``_turns``): the answer's first sentence is a point as its others are. (A speaker's name
    as the label stays: who speaks is part of a transcript's line.)"""
    if not turns or kinds is not None and QUESTION in kinds:
        return sentences
    found = []
    for sentence in sentences:
        label = _ANSWER_LINE.match(sentence.text) if sentence.start == 0 else None
        if label is not None and sentence.paragraph not in turns:
            sentence = Sentence(sentence.text[label.end():], sentence.paragraph,
                                sentence.start + label.end(), sentence.end,
                                sentence.is_heading)
        found.append(sentence)
    return found


def _unlabelled(text: str) -> str:
    """``text`` without the label of a few capitalised words and a colon opening it ("Q: ",
    "Bayline: "), when it has one (``_labelled``)."""
    return text[_LABELLED_LINE.match(text).end():] if _labelled(text) else text


def _headed(sentences: list[Sentence], points: list[Sentence], tldr: Sentence | None,
            rules: Rules | None, kinds: list[str] | None) -> list[str | None]:
    """The section headings over ``points`` (``sections``, its headings only)."""
    # The text starts at its first sentence (or a line of a sentence's length), not at a
    # kicker's line ("Q&A").
    body = next((s.paragraph for s in sentences
                 if not s.is_heading and _sentence_like(s.text)), None)
    headings = [s for s in sentences if s.is_heading
                and not (tldr is not None and s.paragraph == tldr.paragraph)]
    if body is None or not any(h.paragraph > body for h in headings):
        return [None] * len(points)
    above = [h for h in headings if h.paragraph < body]
    if above and count_words(above[-1].text) >= MIN_POINT_WORDS:
        # A standfirst set as a heading ("The new head of ... wants a $1.2 billion bond. She
        # knows not everyone will like it.", "Chuva de 94 milímetros ... desalojou 37
        # famílias; oposição cobra cronograma das obras"), and the kicker over it, head no
        # section.
        headings = [h for h in headings if h.paragraph > body]
    elif not any(h.text.isupper() for h in headings if h.paragraph > body):
        # Nor does a kicker in capitals over the text ("CRITIQUE", "HIPERTENSÃO"), unless the
        # text's own headings are in capitals too ("GIRLS BASKETBALL", then "BOYS SOCCER").
        headings = [h for h in headings if h.paragraph > body or not h.text.isupper()]
    # The headings of the publisher's summary over a list, and of a review's box with a list
    # ("Verdict", "Pros", "Cons": the table's ``box_headings``): their items' label, not the
    # text after the list (the heading to the last item of its list).
    boxes: dict[int, int] = {}
    if rules is not None and kinds is not None:
        ends = [h.paragraph for h in headings[1:]] + [len(kinds)]
        for heading, end in zip(headings, ends):
            label = heading.text.strip()
            if rules.summary_heading.match(label):  # its list right under it
                starts = range(heading.paragraph + 1, min(end, heading.paragraph + 2))
            elif rules.box_heading.match(label):  # a box: its list anywhere in it
                starts = range(heading.paragraph + 1, end)
            else:
                continue
            first = next((i for i in starts if kinds[i] == ITEM), None)
            if first is None:
                continue
            last = first
            while last + 1 < end and kinds[last + 1] == ITEM:
                last += 1
            boxes[heading.paragraph] = last
    found = []
    for point in points:
        above = [h for h in headings if h.paragraph < point.paragraph]
        while (above and above[-1].paragraph in boxes and kinds[point.paragraph] != ITEM
               and point.paragraph > boxes[above[-1].paragraph]):
            above.pop()
        found.append(_label(above[-1].text) if above else None)
    return found


def _sentence_like(text: str) -> bool:
    """A sentence, or a line of a sentence's length: not a kicker ("Q&A") nor a list's
    terse item ("Dim display")."""
    return bool(ENDS_SENTENCE.search(text.rstrip())) or count_words(text) >= MIN_POINT_WORDS


def _label(heading: str) -> str:
    """A section's heading as a label: a heading written as a sentence ("Welcome to a
    discussion about online leadership — and how ...") cut after ``SECTION_MAX_WORDS``."""
    spaced = heading.split()  # a heading in Chinese or Japanese is never cut
    if len(spaced) <= SECTION_MAX_WORDS:
        return heading
    return " ".join(spaced[:SECTION_MAX_WORDS]).rstrip(",;:—–-") + "…"


def _inside_heading(sentences: list[Sentence], index: int) -> bool:
    """Whether the sentence at ``index`` is a section heading inside the body (one after a
    sentence of the text), not a headline or a standfirst above it."""
    return sentences[index].is_heading and any(not s.is_heading for s in sentences[:index])


def _can_lead(sentence: Sentence, rules: Rules, ends_paragraph: bool = False,
              first: bool = False) -> bool:
    """Whether ``sentence`` can be the tl;dr; ``ends_paragraph``: it is its paragraph's last,
    where a page may have left off the full stop (``_unpunctuated_lead``); ``first``: it is
    the text's first sentence, where a count of time ("Un an après, ...") counts from what
    the title names (``leans_on_context``)."""
    text = sentence.text
    return (MIN_POINT_WORDS <= count_words(text) <= MAX_POINT_WORDS
            and not _names_only(text)
            and (ENDS_SENTENCE.search(text.rstrip()) is not None
                 or ends_paragraph and not sentence.is_heading
                 and _unpunctuated_lead(text, rules=rules))
            and not is_question(text)  # a question hooks
            and not leans_on_context(text, rules, first)
            and not _quote_fragment(text)
            and not rules.talks_about_page.search(text))


def _sets_scene(text: str, rules: Rules) -> bool:
    """Whether ``text`` reads as a scene or a mood rather than news: short, with no figure
    and at most one name (a run of capitalised words after the first word; not counted
    where every noun is capitalised)."""
    if count_words(text) > SCENE_MAX_WORDS or _FIGURE.search(text):
        return False
    return rules.nouns_capitalised or _names_told(text) <= 1


def _names_told(text: str) -> int:
    """How many names ``text`` gives: runs of capitalised words after its first word."""
    runs, inside = 0, False
    for word in text.split()[1:]:
        capital = word.lstrip(_OPENING_MARKS)[:1].isupper()
        runs += capital and not inside
        inside = capital
    return runs


def _after_the_turn(sentences: list[Sentence], lead: Sentence, rules: Rules,
                    own) -> Sentence | None:
    """The sentence after a hook's turn to its story, within ``NUT_GRAF_PARAGRAPHS`` of the
    lead: a paragraph opening with a few words (``TURN_MAX_WORDS``) of the table's
    ``turn_words`` that give no figure, ask nothing and quote no one ("Ancora per poco.",
    "That is about to change."; not "She learned fast."), whose next sentence tells the
    story with a figure ("Il Cinema Aurora chiuderà definitivamente il 31 dicembre, dopo 58
    anni di proiezioni.")."""
    for index, turn in enumerate(sentences[:-1]):
        if turn.paragraph > lead.paragraph + NUT_GRAF_PARAGRAPHS:
            break
        story = sentences[index + 1]
        if (turn.paragraph <= lead.paragraph or turn.start != 0 or turn.is_heading
                or story.paragraph != turn.paragraph
                or count_words(turn.text) > TURN_MAX_WORDS or _FIGURE.search(turn.text)
                or is_question(turn.text) or rules.quote_marks.search(turn.text)
                or not rules.turn.search(turn.text)):
            continue
        if (own(story) and _FIGURE.search(story.text) and not is_personal(story.text, rules)
                and _can_lead(story, rules, _ends_paragraph(sentences, index + 1))):
            return story
    return None


def _restated(sentences: list[Sentence], lead: Sentence | None, rules: Rules,
              stop_words: frozenset, own, headline: set[str]) -> Sentence | None:
    """The sentence saying ``lead`` again with the figures it lacks: within
    ``2 * OPENING_SENTENCES`` after it, in a later paragraph, the first able to lead that
    gives an amount, a share or a dated day (``has_strong_fact``) where the lead gives none,
    carries ``NEAR_DUPLICATE`` of the lead's content words or more and more of the title's
    (``headline``) than the lead does ("Provinciale Staten hebben woensdagavond met 28 tegen
    19 stemmen besloten de jaarlijkse bijdrage van 340.000 euro aan het veer ... te
    schrappen." after "Provinciale Staten stoppen met de subsidie voor het veer ..."). Not a
    sentence that only names what the lead names ("The ... Act 2025 sets a minimum ..."
    after "The ... Act became law this week.": a year is no amount), nor one the title tells
    less of: a claim the lead denies ("Reports last week claimed that the hospital will
    close its maternity unit on 1 June ..." after "The health minister has denied reports
    that ..."), a rival's claim, an earlier vote."""
    if (lead is None or lead.paragraph < 0 or not headline
            or has_strong_fact(lead.text, rules)):
        return None
    told = _content_words(lead.text, stop_words)
    start = next((i for i, s in enumerate(sentences) if s == lead), None)
    if start is None or not told:
        return None
    last = sentences[min(len(sentences), start + 1 + 2 * OPENING_SENTENCES) - 1]
    titled = _overlap_with(headline, told)
    for sentence in _leads_past(sentences, lead, rules, own, len(sentences)):
        if (sentence.paragraph, sentence.start) > (last.paragraph, last.start):
            break
        if not has_strong_fact(sentence.text, rules):
            continue
        content = _content_words(sentence.text, stop_words)
        if (_overlap_with(told, content) >= NEAR_DUPLICATE
                and _overlap_with(headline, content) > titled):
            return sentence
    return None


def _its_own(kinds: list[str] | None, labels: frozenset[str] = frozenset()):
    """Whether a sentence is the story's own, not a table's row, an embedded post, an
    interviewer's question or a reference (``kinds``: each paragraph's block kind), nor one of
    the standfirsts ``labels`` calling the piece by its kind ("Live coverage from the Ashby
    Moor and Fenwick by-election count at Fenwick Leisure Centre.")."""
    return lambda sentence: ((kinds is None or kinds[sentence.paragraph] not in _NOT_ITS_OWN)
                             and sentence.text.strip() not in labels)


def _on_the_clock(text: str, rules: Rules) -> bool:
    """Whether ``text`` sets a scene at an hour of the day in words (the table's
    ``clock_words``: "At ten to six on a February morning, ...", "Um zehn nach sieben
    schließt Marianne Koch die grüne Tür auf."), giving no figure and no source: news tells
    its hour in figures ("at 3.15am") and its source with it."""
    plain = outside_quotations(text, rules)
    return bool(rules.clock.search(plain)) and not (_FIGURE.search(plain)
                                                      or rules.source.search(plain))


def _scene_after(sentences: list[Sentence], lead: Sentence | None, rules: Rules,
                 kinds: list[str] | None, stop_words: frozenset) -> set[int]:
    """The sentences of a scene set at an hour of the day opening the paragraph after
    ``lead``'s, up to the story past it (``_past_the_scene``), that give no figure; none when
    there is no such scene or no story past it."""
    if lead is None:
        return set()
    start = next((i for i, s in enumerate(sentences)
                  if s.paragraph > lead.paragraph and not s.is_heading), None)
    if (start is None or sentences[start].start != 0
            or not _on_the_clock(sentences[start].text, rules)):
        return set()
    story = _past_the_scene(sentences, sentences[start], rules, _its_own(kinds), stop_words)
    if story is None:
        return set()
    end = sentences.index(story)
    return {i for i in range(start, end)
            if not sentences[i].is_heading and not gives_figure(sentences[i].text)}


def _past_the_scene(sentences: list[Sentence], lead: Sentence, rules: Rules, own,
                    stop_words: frozenset, reported_only: bool = False) -> Sentence | None:
    """The story past a scene ``lead`` set at an hour of the day: within
    ``REPORTED_PARAGRAPHS`` after its paragraph, the first sentence in the writer's own voice,
    able to lead, that reports a figure with its source (the table's ``source_words``, outside
    any quotation: "Según la Consejería de Sanidad, 61 de las 87 plazas rurales ... se han
    cubierto ...", "... har falt fra 1 012 i 2004 til 628 i fjor, viser en ny rapport fra
    ..."); else the first that steps back from the scene, a figure naming no one and nothing
    the scene names and quoting no one ("Betroffen sind landesweit 31 Grundschulen, ..." after
    "Um zehn nach sieben schließt Marianne Koch die grüne Tür auf."), nor leaving its subject
    to the scene (``Rules.subjectless``: "Tem 71 anos e vende peixe há 58."). Not an age
    or an hour of the scene ("Göran Ekvall, 61 år, drar ned rutan en bit och lyssnar.", "The
    bus arrives at 6.52am, eight minutes late.": an hour in figures is no figure here,
    ``gives_figure``).
    With ``reported_only``, a figure with a decision (the table's ``decision_words``) is
    reported too, and nothing that only steps back will do."""
    scene = _name_prefixes(lead.text, stop_words)
    stepping_back = None
    for sentence in _leads_past(sentences, lead, rules, own, REPORTED_PARAGRAPHS):
        text = sentence.text
        plain = outside_quotations(text, rules)
        if not gives_figure(plain):
            continue
        if rules.source.search(plain) or reported_only and rules.decision.search(plain):
            return sentence
        if (not reported_only and stepping_back is None and not rules.quote_marks.search(text)
                and not scene & _name_prefixes(text, stop_words)
                and not rules.subjectless.match(text)):
            stepping_back = sentence
    return stepping_back


def _news_peg(sentences: list[Sentence], lead: Sentence, rules: Rules,
              own) -> Sentence | None:
    """The news a lede ``lead`` telling none of its own (outside its quotations no figure,
    decision, source or day: ``Rules.news_day``) leads to, its news peg: within
    ``NUT_GRAF_PARAGRAPHS`` after its paragraph, the first sentence in the writer's own voice,
    able to lead, that names a day of the week or "yesterday" among its first
    ``PEG_DAY_WORDS`` words (``Rules.news_day``) and gives an amount, a share or a dated day,
    or reports a decision or a source ("Giovedì la giunta regionale ha approvato un fondo
    straordinario di 23,5 milioni di euro ..." after "Nel frantoio di famiglia a Castelvetro
    Alto, Rosa Pellegrini passa le dita ruvide sulle grandi macine ..."). None for a lead
    telling news of its own, and for a scene set at an hour of the day, which reads on to a
    figure with its source (``_on_the_clock``). The caller takes the peg only when it tells
    as much of the title and description as the lead."""
    if not _tells_no_news(lead.text, rules) or _on_the_clock(lead.text, rules):
        return None
    for sentence in _leads_past(sentences, lead, rules, own, NUT_GRAF_PARAGRAPHS):
        told = outside_quotations(sentence.text, rules)
        if (rules.news_day.search(" ".join(told.split()[:PEG_DAY_WORDS]))
                and (rules.decision.search(told) or rules.source.search(told)
                     or has_strong_fact(told, rules))):
            return sentence
    return None


def _leads_past(sentences: list[Sentence], lead: Sentence, rules: Rules, own, reach: int):
    """The sentences of the ``reach`` paragraphs after ``lead``'s that could tell its story
    instead: the story's own (``own``), no heading, in the writer's voice (no "I" or "you"),
    able to lead (``_can_lead``); in their order."""
    for index, sentence in enumerate(sentences):
        if sentence.paragraph > lead.paragraph + reach:
            break
        if (sentence.paragraph > lead.paragraph and not sentence.is_heading and own(sentence)
                and not is_personal(sentence.text, rules)
                and _can_lead(sentence, rules, _ends_paragraph(sentences, index))):
            yield sentence


def _tells_no_news(text: str, rules: Rules) -> bool:
    """Whether ``text`` tells no news of its own: outside its quotations no figure, no
    decision or source word and no day (``Rules.news_day``), as a scene does ("Outside City
    Hall in Port Ellery, a man in a faded Harbor Hawks jersey is selling lemonade ...")."""
    plain = outside_quotations(text, rules)
    return not (gives_figure(plain) or rules.decision.search(plain)
                or rules.source.search(plain) or rules.news_day.search(plain))


def _names_only(text: str) -> bool:
    """A line of names and figures with no word in lower case ("Ashworth Town 3 (Okafor 34, 88)
    Millbrook Rovers 2 (Dyson 12)", "Okafor Double Sends Town Top"): a scoreline or a
    headline, not a sentence; in a script with capitals."""
    written = [w for w in text.split() if w[:1].isalpha()]
    cased = [w for w in written if w[:1].lower() != w[:1].upper()]
    return (len(cased) >= 2 and 2 * len(cased) > len(written)
            and not any(w[:1].islower() for w in cased))


def _unstopped(sentences: list[Sentence], lead: Sentence | None,
               kinds: list[str] | None) -> frozenset[int]:
    """When the tl;dr is a paragraph of the text whose page left off its full stop
    (``_unpunctuated_lead``), the other paragraphs it left them off: "This has freed the
    £38million move of Thibaut Courtois to Real Madrid" under "Chelsea have ... paid the
    £71.6million fee ...". Each a whole paragraph of the text, long enough
    (``UNENDED_ITEM_MIN_WORDS``), opening with a capital and written in sentence case (two
    words of four letters or more in lower case: names may be most of the others); no
    heading, link or lead-in."""
    if (lead is None or lead.paragraph < 0 or kinds is None
            or ENDS_SENTENCE.search(lead.text.rstrip())):
        return frozenset()
    whole = Counter(s.paragraph for s in sentences)
    return frozenset(
        i for i, s in enumerate(sentences)
        if whole[s.paragraph] == 1 and not s.is_heading and kinds[s.paragraph] == TEXT
        and not ENDS_SENTENCE.search(s.text.rstrip()) and s.text[:1].isupper()
        and count_words(s.text) >= UNENDED_ITEM_MIN_WORDS
        and not s.text.rstrip().endswith(_LEAD_IN + (",", ";")) and not _LINK.search(s.text)
        and sum(len(w) > 3 and w.isalpha() and w.islower()
                for w in s.text.split()[1:]) >= UNSTOPPED_LOWER_WORDS)


def _ends_paragraph(sentences: list[Sentence], index: int) -> bool:
    following = sentences[index + 1] if index + 1 < len(sentences) else None
    return following is None or following.paragraph != sentences[index].paragraph


def _unpunctuated_lead(text: str, min_words: int | None = None,
                       rules: Rules | None = None) -> bool:
    """A sentence whose page left off its full stop ("Chelsea have this morning paid the
    £71.6million fee ... to secure ... Kepa Arrizabalaga"): long enough to be one
    (``min_words``, else ``UNPUNCTUATED_MIN_WORDS``), opening with a capital, in sentence
    case rather than a headline's title case (which a language capitalising its nouns,
    ``rules.nouns_capitalised``, cannot show: there the small words decide), and no link,
    hashtag or handle; not a lead-in (":")."""
    spaced = text.split()
    if len(spaced) < (min_words or UNPUNCTUATED_MIN_WORDS) or not text[:1].isupper():
        return False
    if text.rstrip().endswith(_LEAD_IN + (",", ";")) or _LINK.search(text):
        return False
    if rules is not None and rules.nouns_capitalised:
        # Title case capitalises the small words too ("Die Stadt Pflanzt Bis Zum Sommer").
        small = [w for w in spaced[1:] if len(w) <= 3 and w[:1].isalpha()]
        return not small or sum(w[:1].isupper() for w in small) < len(small) / 2
    long_words = [w for w in spaced[1:] if len(w) > 3 and w[:1].isalpha()]
    capitalised = sum(w[:1].isupper() for w in long_words)
    return capitalised < len(long_words) / 2


def _labelled(text: str) -> bool:
    """Opens with a label of capitalised words and a colon (``_LABELLED_LINE``)."""
    label = _LABELLED_LINE.match(text)
    return bool(label) and all(w[:1].isupper() for w in label.group(0)[:-2].split())


def _credit(text: str, stop_words: frozenset) -> bool:
    """A labelled line giving a name or two ("Regi: Hedda Strömgren.", "Photos: Ann
    Ridley"): a label of one word, then two to ``CREDIT_MAX_WORDS`` words, each capitalised
    and none a stop word (not a German noun's sentence or answer: "Der Grund: Gutachter
    haben Risse gefunden.", "Die Ursache: Ein Kurzschluss.", "Der Grund: Hebammenmangel.",
    "Premiere: Samstag.")."""
    label = _LABELLED_LINE.match(text)
    if not label or not _labelled(text) or len(label.group(0).split()) != 1:
        return False
    rest = text[label.end():].strip().rstrip(".")
    names = rest.replace(",", " ").split()
    return (2 <= len(names) <= CREDIT_MAX_WORDS
            and all(w[:1].isupper() and w.lower() not in stop_words for w in names))


def leans_on_context(text: str, rules: Rules, first: bool = False) -> bool:
    """Whether ``text`` opens with a quotation, a pronoun or a connective of its language,
    or names someone only by an epithet or a pronoun ("The 23-year-old ...", "..., he
    said."), and so may need the sentence before it to be understood. (An epithet of the
    table's ``epithets``, "The man accused of ...", may open a story: it leans only as a
    point, ``_Leaning``.) ``first``: the text's or the description's first sentence, with
    nothing before it but the title, which a count of time may count from ("Un an après,
    les sinistrés de Blendecques ..." under "Inondations : un an après, ...")."""
    return (rules.leans_on_context.match(text) is not None
            or rules.leans_inside(first).search(text) is not None)


def _unattributed(text: str) -> bool:
    """A quotation and nothing else ("“It weighs 7.5 kilograms.”"): who says it is told in
    another sentence."""
    return _WHOLE_QUOTATION.match(text.strip()) is not None


def _quote_fragment(text: str) -> bool:
    """A piece of a quotation: unbalanced quotation marks, or a start in lower case."""
    opened = sum(text.count(c) for c in _OPENING)
    closed = sum(text.count(c) for c in _CLOSING)
    german = text.count("„")
    if german:  # „...“: the English opening mark closes a German quotation
        if german == text.count("“"):
            opened -= 2 * german
        elif german != text.count("”"):  # „...”: Polish, Romanian, Hungarian
            return True
    elif "”" not in text and not text.count("“") % 2:
        opened -= text.count("“")  # “...“: a page typing one mark for both, paired
    if opened != closed:
        return True
    # Straight quotes cannot tell opening from closing: a sentence opening a quotation it
    # never closes is a fragment. A mark after the final full stop closes a quotation when
    # one is open ('he would "fight to the end."'), else it opens the next one.
    straight = text.rstrip()
    if (straight.endswith('"') and straight.count('"') % 2
            and straight[:-1].rstrip().rstrip('"')[-1:] in ".!?"):
        straight = straight[:-1]
    # A quotation opened and not closed, at the start or inside ('said: "Jose is ...'): the
    # rest of it is in the next sentence. Unless a mark after a digit is inches (a 27"
    # screen) and the others pair up.
    if straight.count('"') % 2 and len(_NOT_INCHES.findall(straight)) % 2:
        return True
    # A first word in lower case where the text has capitals (a lower-cased text has none).
    return _opens_lower(text) and any(c.isupper() for c in text)


class _Lazy:
    """A generator's items, produced only as far as anyone has read, and read again from the
    start by every loop (a long article's ranking is long; few candidates are ever needed)."""

    def __init__(self, items) -> None:
        self._items = items
        self._seen: list = []

    def __iter__(self):
        yield from self._seen  # a plain loop: _seen only grows past this point below
        for item in self._items:
            self._seen.append(item)
            yield item


@dataclass(frozen=True)
class _Candidate:
    sentence: Sentence
    leans_on: int | None = None  # the index of the sentence it leans on
    joined: Sentence | None = None  # it shown with the sentences it leans on


def _candidates(sentences, ranked, leans, paragraphs, kinds, unended=frozenset(),
                unstopped=frozenset(), steps=False):
    """The ranked sentences that can be key points, best first. ``leans``: a ``_Leaning``,
    or None to take every sentence of a point's length; ``unended``: indexes of lines that
    may go without a full stop (the publisher's summary, written as headlines);
    ``unstopped``: paragraphs of a page that leaves off its full stops (``_unstopped``);
    ``steps``: an answer's advice given in steps, where a connective giving a step ("So my
    first piece of advice is ...", "Finally, I would suggest ...") leans on nothing."""
    told: set[str] | None = None  # the words of the text outside lists, read when needed
    page = _Page(sentences)  # as ``_apart`` reads them
    for index in ranked:
        sentence = sentences[index]
        if kinds is not None and kinds[sentence.paragraph] in _NOT_ITS_OWN:
            continue
        text = sentence.text
        shortest = BOX_LINE_MIN_WORDS if index in unended else MIN_POINT_WORDS
        if not shortest <= count_words(text) <= MAX_POINT_WORDS:
            continue
        if leans is None:
            yield _Candidate(sentence)
            continue
        item = kinds is not None and kinds[sentence.paragraph] == ITEM
        if item and _opens_lower(text) and _after_a_lead_in(sentence.paragraph, paragraphs,
                                                            kinds):
            continue  # the rest of the lead-in's sentence ("... sono queste:" "dalle 18 ...")
        if (not ENDS_SENTENCE.search(text.rstrip()) and index not in unended
                and index not in unstopped):
            if not (item and _unpunctuated_lead(text, UNENDED_ITEM_MIN_WORDS, leans.rules)):
                continue
            # A list of the story's own claims, not a rail of other stories' headlines (it
            # shares words with the rest of the text), nor the ends of a lead-in ("Under the
            # plan, the county would:" "Rebuild four playgrounds ...").
            if _after_a_lead_in(sentence.paragraph, paragraphs, kinds):
                continue
            if told is None:
                told = set().union(*(_stems(s.text, leans.stop_words) for s in sentences
                                     if kinds[s.paragraph] != ITEM and not s.is_heading))
            if len(_stems(text, leans.stop_words) & told) < UNENDED_ITEM_SHARED:
                continue
        if text.rstrip().endswith(_LEAD_IN):
            continue
        if (is_question(text) or _labelled(text) or _bare_exclamation(text, leans.rules)
                or _figure_row(text, leans.rules, leans.stop_words)):
            continue
        if _quote_fragment(text) or leans.rules.talks_about_page.search(text):
            continue
        before = sentences[index - 1] if index else None
        previous = (before if before is not None and before.paragraph == sentence.paragraph
                    else None)
        leaning = leans(text, previous.text if previous is not None else None)
        weakly = not leaning and leans.unnamed_subject(text)
        if not (leaning or weakly):
            yield _Candidate(sentence)
            continue
        # Shown with the sentence before it when they read as one point (None when that is
        # in another paragraph).
        joined = _with_previous(sentences, index, leans, paragraphs)
        if weakly:  # else as it is
            # A sentence leaving its subject or its speaker out is shown only with the one
            # before, and not one as silent ("Foi inaugurado em 1931 ... Tem 860 lugares
            # ..."): past a quotation leaning in turn, a chain would tell more of others.
            if (joined is not None and leans.silent(text)
                    and (joined.start != before.start or leans.silent(before.text))):
                joined = None
            yield _Candidate(sentence, index - 1, joined) if joined else _Candidate(sentence)
            continue
        # Else from the word after a connective that only links the two ("But Sondland
        # has ...").
        unlinked = _unlinked(sentence, leans, page) if joined is None else None
        step = steps and leans.rules.linking_opener.match(text)
        if (unlinked is None and step and not leans(text[step.end():])
                and (leans.rules.advice.search(text) or leans.rules.imperative.search(text))):
            yield _Candidate(sentence)
        elif unlinked is not None:
            yield _Candidate(unlinked)
        elif previous is not None:
            yield _Candidate(sentence, index - 1, joined)
        elif before is not None and not before.is_heading:
            # First in its paragraph: it leans on the paragraph before's last sentence,
            # which it can be shown under only when that is the tl;dr (``_leaning``).
            yield _Candidate(sentence, index - 1)


def _figure_row(text: str, rules: Rules, stop_words: frozenset) -> bool:
    """A row of figures with hardly a word to join them (``FIGURE_ROW_MIN_FIGURES``) and
    not ended as a sentence, a fact box's labelled line of figures (``FACT_BOX_MIN_ITEMS``)
    or a list of quantities (``QUANTITIES_MIN_ITEMS``): a table's line, a scoring summary, a
    telephone number, a recipe's ingredients, not a sentence to read."""
    if rules.unspaced:
        return False
    label = _FACT_BOX_LABEL.match(text)
    if label:
        items = [item for item in _ITEM_BREAK.split(text[label.end():]) if item.strip()]
        if len(items) >= FACT_BOX_MIN_ITEMS and all(
                _FIGURE.search(item) and count_words(item) <= FACT_BOX_ITEM_WORDS
                for item in items):
            return True
    items = [item.strip() for item in _ITEM_BREAK.split(text) if item.strip()]
    if (len(items) >= QUANTITIES_MIN_ITEMS and _OPENS_ON_FIGURE.match(items[0])
            and sum(bool(_OPENS_ON_FIGURE.match(item)) for item in items)
            >= QUANTITIES_SHARE * len(items)):
        return True
    stripped = text.rstrip()
    if (label is None and ENDS_SENTENCE.search(stripped)
            and not _ENDS_ON_A_NUMBER.search(stripped)):
        return False
    tokens = stripped.split()
    figures = sum(1 for t in tokens if _FIGURE_WORD.match(t))
    if figures < FIGURE_ROW_MIN_FIGURES or figures < FIGURE_ROW_SHARE * len(tokens):
        return False
    joining = sum(1 for w in words(text) if w.lower() in stop_words)
    return joining <= FIGURE_ROW_MAX_STOP_WORDS


def _bare_exclamation(text: str, rules: Rules) -> bool:
    """The writer's exclamation giving no figure ("I’ve got to say, I’m impressed!", "We
    have brought some of these memorable reviews here!"): their voice, not a fact. Not a
    quotation: what someone exclaimed is theirs to tell."""
    return (is_exclamation(text) and not _FIGURE.search(text)
            and text.rstrip()[-1:] not in rules.closing_quotes)


def _read_on(sentences, chosen, count, exclude, leans, paragraphs, kinds, skip):
    """``chosen`` and, while fewer than ``count``, the sentences that follow on from what the
    reader is shown, as they stand, in the text's order: a short story whose points ran out
    because its later sentences lean on the ones before ("She flaunted her hand bag ...",
    "The 47 year old was one of the guests ..."). Only while every sentence of the story
    before them is shown, the tl;dr first: the reader then reads the story itself, so
    nothing a sentence leans on is missing, and no "she" can be read as someone else.
    Any sentence the reader is not shown ends it: one passed over (a hook, the writer's
    aside, a repeat), a short one ("Then came Kate Brandt."), an interviewer's question, an
    embedded post; only headings, table rows and a caption's unended name line ("Kate
    Henshaw") are not the story's sentences. It does not end on a quotation whose speaker
    the next sentence names."""
    shown = list(chosen) + ([exclude] if exclude is not None else [])
    shown_words = [_content_words(other.text, leans.stop_words) for other in shown]
    started = False
    added: list[int] = []
    for index, sentence in enumerate(sentences):
        if len(chosen) >= count:
            break
        text = sentence.text
        if (sentence.is_heading or kinds is not None and kinds[sentence.paragraph] == ROW
                or count_words(text) < MIN_POINT_WORDS
                and not ENDS_SENTENCE.search(text.rstrip())):
            continue  # a heading, a table's row, a caption's name: not the story's sentences
        if any(_contains(other, sentence) for other in shown):
            started = True
            continue
        if _bare_exclamation(text, leans.rules):
            continue  # the writer's voice between the story's sentences
        if not started or index in skip or count_words(text) < MIN_POINT_WORDS:
            return _attributed(sentences, chosen, added)  # not shown: a gap in the story
        content = _content_words(text, leans.stop_words)
        if any(_overlap(content, other) >= NEAR_DUPLICATE for other in shown_words):
            return _attributed(sentences, chosen, added)  # a repeat, passed over
        candidate = next(_candidates(sentences, [index], leans, paragraphs, kinds), None)
        if candidate is None or candidate.leans_on is None and candidate.joined is None:
            # One that stands alone was passed over, or one no reader is shown (a question,
            # an embedded post).
            return _attributed(sentences, chosen, added)
        chosen = sorted([*chosen, sentence], key=lambda s: (s.paragraph, s.start))
        shown.append(sentence)
        shown_words.append(content)
        added.append(index)
    return _attributed(sentences, chosen, added)


def _attributed(sentences, chosen, added):
    """``chosen`` without the last sentence ``_read_on`` added when that is a quotation whose
    speaker the sentence after it names, and that one is not shown."""
    if not added or not _unattributed(sentences[added[-1]].text):
        return chosen
    after = added[-1] + 1
    if after == len(sentences) or any(_contains(other, sentences[after]) for other in chosen):
        return chosen
    return [point for point in chosen if point is not sentences[added[-1]]]


def _with_what_follows(point: Sentence, sentences: list[Sentence], chosen: list[Sentence],
                       exclude: Sentence | None, rules: Rules, paragraphs,
                       stop_words: frozenset, shown_words: list[set[str]]) -> Sentence:
    """``point`` shown with the sentence after it in its paragraph when that one goes on
    from it (it leans on it: "Instead, they did the opposite.", "It puts out 151 PS ...",
    "It is also available in Canada."), the two short enough (``GOING_ON_MAX_WORDS``), or
    when the point is a short general claim with no figure ("The price farmers are paid for
    milk has not kept up.") and that one gives the figures ("Dairies pay $14.20 ..."). Not a
    question, nor a quotation, which is someone's colour more than the point's facts ("She
    added, “We must ...”": it says next to nothing of its own, ``GOING_ON_MIN_OWN_WORDS``),
    nor a sentence saying again what the reader is shown (``shown_words``: the words of the
    points and the tl;dr); neither shown already."""
    following = next((s for s in sentences if s.paragraph == point.paragraph
                      and s.start >= point.end), None)
    if following is None:
        return point
    text = following.text
    general = (TOPIC_MAX_WORDS and count_words(point.text) <= TOPIC_MAX_WORDS
               and not _FIGURE.search(point.text) and has_strong_fact(text, rules))
    going_on = (GOING_ON_MAX_WORDS and leans_on_context(text, rules)
                and count_words(point.text) + count_words(text) <= GOING_ON_MAX_WORDS)
    if not (general or going_on):
        return point
    if (following.is_heading or is_personal(text, rules) or is_question(text)
            or rules.opens_with_quote.match(text)
            or count_words(outside_quotations(text, rules)) < GOING_ON_MIN_OWN_WORDS
            or any(_spans_overlap(following, other) for other in chosen)
            or exclude is not None and _spans_overlap(following, exclude)):
        return point
    words = _content_words(text, stop_words)
    if any(_overlap(words, shown) >= NEAR_DUPLICATE for shown in shown_words):
        return point
    joined = paragraphs[point.paragraph][point.start:following.end]
    if count_words(joined) > MAX_POINT_WORDS or _quote_fragment(joined):
        return point
    return Sentence(joined, point.paragraph, point.start, following.end)


def _after_a_lead_in(paragraph: int, paragraphs, kinds) -> bool:
    """Whether the list holding ``paragraph`` (an item) follows a paragraph ending in ":"."""
    before = paragraph - 1
    while before >= 0 and kinds[before] == ITEM:
        before -= 1
    return (before >= 0 and paragraphs is not None
            and paragraphs[before].rstrip().endswith(_LEAD_IN))


def _opens_lower(text: str) -> bool:
    """Whether the first word of ``text`` is written in lower case."""
    first = re.match(r"[\W\d_]*(\w+)", text)
    return bool(first and first.group(1).islower())


def _unlinked(sentence: Sentence, leans: _Leaning, page: _Page) -> Sentence | None:
    """``sentence`` from the word after a connective that only links it to the one before
    (the table's ``linking_words``: "But Sondland has ..." -> "Sondland has ..."), when that
    word opens a sentence (a capital) and what is left stands alone; as it is when that word
    makes a name with the connective's (``_apart``: "Still Waters Brewery was founded
    ..."), or when the connective only sets it beside the one before (``additive_words``)
    and the rest stands alone and gives a figure; else None."""
    match = leans.rules.linking_opener.match(sentence.text)
    if match is None:
        return None
    rest = sentence.text[match.end():]
    if count_words(rest) < MIN_POINT_WORDS or leans(rest):
        return None
    if rest[:1].isupper():
        if not _apart(sentence, match.end(), page):
            return sentence  # a name opening on the connective's word: "Still Waters ..."
        return Sentence(rest, sentence.paragraph, sentence.start + match.end(), sentence.end)
    # "In addition, the number of homes ... climbed to 6,840" reads as it is (the table's
    # ``additive_words``), when what it sets beside the claim before is a fact of its own.
    if leans.rules.additive_opener.match(sentence.text) and _FIGURE.search(rest):
        return sentence
    return None


def _unlinked_lead(sentence: Sentence, page: _Page, rules: Rules,
                   stop_words: frozenset) -> Sentence | None:
    """A lead from the word after its connective (``_unlinked``), when that is one of the
    table's ``conjunctions`` of two letters or more, or has its comma ("But Sondland has
    ...", "Jenže Sparta ...", "However, Labour ..."; not "However Labour spins it, ..." (in
    whatever way) nor "Still Waters Brewery ...", a name), and the word after it opens a
    name the text gives elsewhere without it, in any case ending ("Sondland", "Sparta" as
    "Sparty"; not "Y Combinator", "Ma Long", "And Just Like That")."""
    match = rules.linking_opener.match(sentence.text)
    if match is None:
        return None
    word = sentence.text[:match.end()].strip()
    if not (word.endswith(",") or len(word) > 1 and word.lower() in rules.conjunctions):
        return None
    if not _apart(sentence, match.end(), page, lead=True):
        return None
    return _unlinked(sentence, _Leaning(rules, stop_words, None), page)


def _apart(sentence: Sentence, end: int, page: _Page, lead: bool = False) -> bool:
    """Whether the connective opening ``sentence`` (up to ``end``) only links it, so that
    the word after it opens the sentence's own subject. Not when the ``page`` writes the two
    together inside a sentence, a name ("Still Waters Brewery", "Y Combinator", "Ma Long"). A
    point is read past it otherwise ("But Moody's cut ..."); a lead (``lead``) only when the
    word after it opens a name the text gives elsewhere without it, in any case ending
    ("Sondland", "Sparta" as "Sparty"; not "However Labour spins it", "And Just Like That"),
    comma or not."""
    word = sentence.text[:end].strip()
    if word.endswith(",") and not lead:
        return True
    word = word.rstrip(",")
    rest = sentence.text[end:]
    after = rest.split(maxsplit=1)[0].strip(",.;:") if rest.strip() else ""
    if not after:
        return False
    # (inside a sentence, where the word is no connective: not "But Pike said ..." again)
    if (word, after) in page.pairs:
        return False
    if not lead:
        return True
    # (its first letters: "Trenér Sparty" names "Sparta"; not in the lead itself)
    elsewhere = re.compile(rf"(?<!{re.escape(word)}\s)\b{re.escape(after[:PREFIX])}")
    return len(elsewhere.findall(page.text)) > len(elsewhere.findall(sentence.text))


class _Page:
    """A page's sentences as ``_apart`` reads them, each read once when first needed: their
    text one a line, and the pairs of words written one after the other inside a sentence
    (not opening it), the second without the punctuation after it."""

    def __init__(self, sentences: list[Sentence]) -> None:
        self.sentences = sentences

    @cached_property
    def text(self) -> str:
        return "\n".join(s.text for s in self.sentences)

    @cached_property
    def pairs(self) -> set[tuple[str, str]]:
        pairs = set()
        for sentence in self.sentences:
            tokens = sentence.text.split()
            pairs.update((tokens[i], tokens[i + 1].strip(",.;:"))
                         for i in range(1, len(tokens) - 1))
        return pairs


def _told_on(sentences: list[Sentence], start: int | None, candidate: _Candidate,
             leans) -> bool:
    """Whether the sentences between the tl;dr (``sentences[start]``) and ``candidate``, at
    most ``MAX_JOINED``, are short lines leaning on the one before (``leans``,
    ``TOLD_ON_MAX_WORDS``): who confirmed it, where it was said ("Det bekrefter familien
    overfor Øyposten." after an obituary's lead), so a pronoun after them still points at
    what the tl;dr names."""
    if (start is None or leans is None or candidate.leans_on is None
            or leans.rules.linking_opener.match(candidate.sentence.text)):
        return False  # "But for 31 years ...": a contrast with the line just before it
    if not start < candidate.leans_on <= start + MAX_JOINED:
        return False
    return all(_says_who(sentences[i].text) and leans(sentences[i].text)
               for i in range(start + 1, candidate.leans_on + 1))


def _says_who(text: str) -> bool:
    """Whether ``text`` is short enough, and without a figure, to say no more than who told
    the sentence before (``TOLD_ON_MAX_WORDS``), when it leans on it."""
    return count_words(text) <= TOLD_ON_MAX_WORDS and not _FIGURE.search(text)


def _leaning(candidate: _Candidate, before: Sentence, chosen: list[Sentence],
             exclude: Sentence | None, paragraphs, told_on: bool = False) -> Sentence | None:
    """How a sentence leaning on ``before`` is shown: read right under the tl;dr it leans on
    (the first point after it), as it is, also when the sentences between tell on about the
    tl;dr (``told_on``); joined to a point that shows ``before``, as one point covering both;
    else with the sentences before it (``candidate.joined``) or not at all."""
    point = candidate.sentence
    if exclude is not None and before == exclude and _says_who(point.text):
        # A few words without a figure, leaning on the tl;dr: mostly who told it ("Об этом
        # сообщили представители обеих сторон."), too little for a point of its own.
        return None
    if exclude is not None and (before == exclude or told_on) and paragraphs is not None:
        if not any((p.paragraph, p.start) < (point.paragraph, point.start) for p in chosen):
            return point
    for other in chosen:
        if (paragraphs is not None and before.paragraph == point.paragraph
                and _spans_overlap(before, other)):
            text = paragraphs[point.paragraph][other.start:point.end]
            if count_words(text) <= MAX_POINT_WORDS:
                return Sentence(text, point.paragraph, other.start, point.end)
    return candidate.joined


def _with_previous(sentences, index, leans, paragraphs) -> Sentence | None:
    """The sentence shown with the ones before it in its paragraph, back to one that opens
    on its own (at most ``MAX_JOINED`` back), when together they are short enough to read
    as one point."""
    if paragraphs is None:
        return None
    sentence = sentences[index]
    for back in range(1, MAX_JOINED + 1):
        if index - back < 0:
            return None
        previous = sentences[index - back]
        if (previous.paragraph != sentence.paragraph or previous.is_heading
                or previous.text.rstrip().endswith(_LEAD_IN) or _labelled(previous.text)
                or is_question(previous.text) and is_personal(previous.text, leans.rules)
                or leans.rules.talks_about_page.search(previous.text)):
            # A turn of a transcript ("A: I started ...") is no point either, nor the writer
            # asking the reader ("Are you planning to visit? Also, ..."), nor the page's talk
            # about itself ("Vous pouvez lire ... sur un seul appareil à la fois. Ce message
            # s'affichera ...").
            return None
        text = paragraphs[sentence.paragraph][previous.start:sentence.end]
        if count_words(text) > MAX_POINT_WORDS:
            return None
        if (not leans(previous.text) and not _quote_fragment(text)
                and not _unattributed(text)):
            return Sentence(text, sentence.paragraph, previous.start, sentence.end)
    return None


def _opens_mid_thought(text: str, rules: Rules, first: bool = False) -> bool:
    """Opens with a context word, also inside a quotation (“And we will ...”), or names
    someone only by an epithet or a pronoun (the table's ``leaning_patterns``); ``first``:
    as ``leans_on_context``'s."""
    # French and others set the quotation mark apart with a (narrow) space: « Et ...
    return (rules.leans_on_context.match(
        text.lstrip(rules.opening_quotes + " \u00a0\u202f")) is not None
        or rules.leans_inside(first).search(text) is not None)


class _Leaning:
    """Whether a sentence leans on the one before it: it opens mid-thought
    (``_opens_mid_thought``), is a quotation whose speaker it does not name
    (``_unattributed``), or points back at something the reader was not shown, when
    the words ``shown`` are known (a demonstrative, ``refers_back``; a definite noun the
    sentence before it names, ``_names_from``). ``unnamed_subject`` tells a weaker lean."""

    def __init__(self, rules: Rules, stop_words: frozenset, shown: set[str] | None) -> None:
        self.rules, self.stop_words, self.shown = rules, stop_words, shown

    def __call__(self, text: str, previous: str | None = None, first: bool = False) -> bool:
        """``previous``: the sentence before ``text`` in its paragraph, when the caller
        would show the two together; ``first``: ``text`` is the description's first
        sentence (``leans_on_context``)."""
        if _opens_mid_thought(text, self.rules, first) or _unattributed(text):
            return True
        epithet = self.rules.epithet.match(text)
        if epithet:
            word = next(g for g in epithet.groups() if g).lower()
            if self.shown is None or word[:PREFIX] not in self.shown:
                return True
        if self.shown is None:
            return False
        return (refers_back(text, self.rules, self.stop_words, self.shown)
                or previous is not None and self._names_from(text, previous))

    def unnamed_subject(self, text: str) -> bool:
        """Whether ``text``'s subject is a noun the writer named before and the reader was
        not shown ("The envoy is likely to ...", ``Rules.definite_subject``), or is left out
        ("Tem 63 anos e ...", ``Rules.subjectless``; "Der Kreisklinik fehle ...", speech
        reported with no speaker, ``reports_unnamed_speech``). Such a point is shown with the
        sentence before it when the two fit in one; else as it is: it still tells its fact,
        which the blind graders valued over its leaning."""
        if self.shown is None:
            return False
        if self.silent(text):
            return True  # "Tem 63 anos e ...": the subject is the sentence before's
        subject = self.rules.definite_subject.match(text)
        return subject is not None and not self._shown_any(subject.group(1))

    def silent(self, text: str) -> bool:
        """Whether ``text`` leaves out who does or says what it tells: it opens on its verb
        (``Rules.subjectless``) or reports speech it names no speaker of
        (``reports_unnamed_speech``)."""
        return (bool(self.rules.subjectless.match(text))
                or reports_unnamed_speech(text, self.rules))

    def _shown_any(self, phrase: str) -> bool:
        """Whether the reader was shown a word of ``phrase`` other than a stop word: "The
        scanner software" is the scanner's when the tl;dr told of one."""
        return any(word[:PREFIX] in self.shown
                   for word in (_POSSESSIVE.sub("", w) for w in phrase.lower().split())
                   if word not in self.stop_words)

    def _names_from(self, text: str, previous: str) -> bool:
        """Whether ``text`` opens with a definite article and a noun that ``previous``
        names and the reader was not shown ("The garage ..." after "... a detached garage
        behind the house."): it means the one ``previous`` told of."""
        match = self.rules.definite.match(text)
        if not match:
            return False
        noun = _POSSESSIVE.sub("", match.group(1).lower())
        if noun in self.stop_words or noun[:PREFIX] in self.shown:
            return False
        return noun[:PREFIX] in _prefixes(previous)


def reports_unnamed_speech(text: str, rules: Rules) -> bool:
    """Whether ``text`` is speech reported from someone it does not name: a form of the
    table's ``reported_forms`` outside its quotations and not in one of its
    ``reported_exceptions``, and none of its ``attributions`` ("Der Kreisklinik fehle seit
    mehr als einem Jahr das Personal.")."""
    if not rules.reported_forms:
        return False
    plain = rules.reported_exception.sub(" ", outside_quotations(text, rules))
    return bool(rules.reported_form.search(plain)) and not rules.attribution.search(plain)


def refers_back(text: str, rules: Rules, stop_words: frozenset, shown: set[str]) -> bool:
    """Whether a demonstrative of the language (its table's ``demonstratives``) points back
    at something that neither the words ``shown`` (the first ``PREFIX`` letters of each) nor
    the text before it name: "We found no evidence for this claim." A demonstrative before
    a word of the calendar ("this year"), a function word ("those who") or a participle
    ("those affected") does not, nor one in a quotation, where it is the speaker's "this
    town", nor one late in a long sentence (``DEMONSTRATIVE_REACH``)."""
    demonstratives = rules.demonstratives
    if not demonstratives:
        return False
    written = words(outside_quotations(text, rules))
    tokens = [w.lower() for w in written]
    reach = max(DEMONSTRATIVE_REACH, len(tokens) // 2)
    for i, word in enumerate(tokens[:reach]):
        if word not in demonstratives or i + 1 == len(tokens):
            continue
        after = _POSSESSIVE.sub("", tokens[i + 1])  # "this year's"
        if (after in stop_words or after in rules.deictic or not after[:1].isalpha()
                or after.endswith(rules.participle_endings)):
            continue
        if rules.nouns_capitalised and not any(w[:1].isupper() for w in written[i + 1:i + 3]):
            continue  # no noun follows: a pronoun ("... sowie diese aktiv voranzutreiben")
        # The noun or the adjective before it ("this unique bar"): either named will do.
        following = [t for t in tokens[i + 1:i + 3] if t not in stop_words]
        named = shown.union(t[:PREFIX] for t in tokens[:i])
        if not any(t[:PREFIX] in named for t in following):
            return True
    return False


def _dated_years(text: str, rules: Rules):
    """For each day of a month ``text`` names, its year, or None when it gives none."""
    for match in rules.dated_day.finditer(text):
        year = _DAY_AND_YEAR.match(text, match.end())
        yield int(year.group(1)) if year else None


def _latest_dated_year(sentences: list[Sentence], rules: Rules) -> int:
    """The latest year the text gives a day of ("on March 1, 2026"), 0 when none: an undated
    page's own time (a target year, "by 2040", is no day of the story)."""
    return max((y for s in sentences for y in _dated_years(s.text, rules) if y), default=0)


def _dates_the_story(text: str, rules: Rules, latest: int) -> bool:
    """Whether ``text`` names a day of a month in the story's own time: with no year, or a
    year at most one before ``latest``, the story's."""
    return any(y is None or y >= latest - 1 for y in _dated_years(text, rules))


def _groups(parts: list[tuple[int, int]], n: int) -> list[tuple[int, int]]:
    """``parts`` merged into ``n`` runs of neighbours as even as can be (all of them when
    ``n`` is at least their number): fewer reserved points than parts still reach the end."""
    if n >= len(parts) or n <= 0:
        return parts
    cuts = [round(i * len(parts) / n) for i in range(n + 1)]
    return [(parts[a][0], parts[b - 1][1]) for a, b in zip(cuts, cuts[1:])]


def _parts(sentences: list[Sentence], kinds, rules: Rules | None = None,
           title: str | None = None) -> tuple[list[tuple[int, int]], str] | None:
    """Paragraph ranges of an article's parts and what they are: a long article's sections
    (``SECTIONED``); the items of a shorter piece told as a list (``_told_as_list``;
    ``LISTED``, the text before the first item first); else a long article's equal quarters
    (``QUARTERS``); or None for an article read top-down (news). (Long lists read by their
    sections in order: graded blind on test, their items spread over runs lost 2 pages of
    3.)"""
    body = [s for s in sentences if not s.is_heading]
    if not body:
        return None
    n_words = sum(count_words(s.text) for s in body)
    headings = _headings_in_text(sentences)
    last = sentences[-1].paragraph + 1
    if n_words >= SECTIONED_MIN_WORDS and len(headings) >= SECTIONED_MIN_HEADINGS:
        bounds = [0] + headings + [last]
        parts = [(a, b) for a, b in zip(bounds, bounds[1:]) if b > a]
        return (parts, SECTIONED) if len(parts) > 1 else None
    numbered = _told_as_list(sentences, rules, title)
    if numbered:
        # A list's items are its parts; a heading inside an item (a recipe under a tip) is
        # part of it. The last item runs as long as the others do at most: what follows it is
        # the writer's close, no item of the list.
        lengths = sorted(b - a for a, b in zip(numbered, numbered[1:]))
        end = min(last, numbered[-1] + lengths[(len(lengths) - 1) // 2])
        bounds = [0] + numbered + [end]
        return [(a, b) for a, b in zip(bounds, bounds[1:]) if b > a], LISTED
    if n_words < LONG_MIN_WORDS:
        return None
    # Equal shares of the text, cut at paragraph boundaries.
    sizes: dict[int, int] = {}
    for s in body:
        sizes[s.paragraph] = sizes.get(s.paragraph, 0) + count_words(s.text)
    cuts, seen, part = [0], 0, 1
    for paragraph in sorted(sizes):
        if seen >= part * n_words / PARTS and paragraph > cuts[-1]:
            cuts.append(paragraph)
            part += 1
        seen += sizes[paragraph]
    cuts.append(last)
    parts = [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]
    return (parts, QUARTERS) if len(parts) > 1 else None


def _headings_in_text(sentences: list[Sentence]) -> list[int]:
    """The paragraphs of the headings in the text, which starts at its first sentence:
    headings above it (a review's "Pros" and "Cons" under a standfirst) divide nothing."""
    body = [s for s in sentences if not s.is_heading]
    if not body:
        return []
    first = next((s.paragraph for s in body if ENDS_SENTENCE.search(s.text.rstrip())),
                 body[0].paragraph)
    return sorted({s.paragraph for s in sentences if s.is_heading and s.paragraph > first})


class _Exchange(NamedTuple):
    """A letter to a column and its answer, as paragraphs: where the letter starts, where
    its answer starts (where it ends, when the answer cannot be told) and where that ends
    (the next letter; after the last, the column's own lines); and the name it goes by: its
    signature, else the name its answer greets, else ""."""

    letter: int
    answer: int
    end: int
    signature: str


def _exchanges(sentences: list[Sentence], rules: Rules) -> list[_Exchange]:
    """A letters column's exchanges (``_Exchange``); none when the text is no letters
    column. The text opens with a letter (after one paragraph at most: an editor's note),
    which opens with a greeting (the table's ``salutations``: "DEAR ABBY: My husband ...",
    or "Liebe Frau Berger," on a line of its own) and is signed: after a dash anywhere ("--
    FEELING LIKE SECOND RATE"), or by a short line closing it ("Sabine K., 56, aus
    Düsseldorf", ``SIGNATURE_MAX_WORDS``). Its answer greets the signature or a name in it
    ("DEAR FEELING: Of course ...", "Liebe Sabine,"), takes it as a label ("Maid of Honor:
    You tell her."), opens with the table's ``answer_labels`` ("GENTLE READER: ..."), or
    stands under a heading naming the one the letter greets ("Constance replies") or one of
    the table's ``answer_headings`` ("Die Antwort").
    A column whose letters are not signed greets its columnist in two letters or more
    ("Querida Elena:"), and a greeting to anyone else between them is an answer. Only these
    tie a greeting to a letter before it, so a story quoting a letter ("Dear Mr. Mayor,
    ...") is no column; nor is a reply signed in its turn (a correspondence: "Dear Dad, ...
    — Maya"). Once one letter is answered, a letter whose answer cannot be told is an
    exchange of its own, its answer inside it."""
    body: dict[int, list[Sentence]] = {}  # each paragraph's sentences, in order
    headings: dict[int, str] = {}
    for sentence in sentences:
        if not sentence.is_heading:
            body.setdefault(sentence.paragraph, []).append(sentence)
        else:
            headings[sentence.paragraph] = sentence.text
    # A line of its own naming the answer ("Respuesta:") is its heading.
    for paragraph, own in list(body.items()):
        if len(own) == 1 and rules.answer_heading.match(own[0].text.strip().rstrip(":：")):
            headings[paragraph] = body.pop(paragraph)[0].text
    order = sorted(body)
    firsts = {p: own[0] for p, own in body.items() if own[0].start == 0}
    # A news story showing letters ("Dear Tom, ..." and "Dear Ruth, ...") opens with its
    # lead and more.
    greetings = {p: g for p, g in ((p, rules.salutation.match(s.text))
                                   for p, s in firsts.items()) if g is not None}
    if not any(p in greetings for p in order[:2]):
        found = _ungreeted(body, headings, order, rules)
        if not found:
            return []
        exchanges = _with_ends(found, body, headings, firsts, greetings, rules)
        # ... holding most of the text, with what else speaks as "I" or to "you" (a fact box
        # may cut an answer short): a story quoting a reader goes on past the quote.
        counts = {p: sum(count_words(s.text) for s in own) for p, own in body.items()}
        held = sum(n for p, n in counts.items()
                   if exchanges[0].letter <= p < exchanges[-1].end
                   or any(is_personal(s.text, rules) for s in body[p]))
        return exchanges if held >= UNGREETED_SHARE * sum(counts.values()) else []
    names = Counter(_first_name(g) for g in greetings.values() if g.group(1))
    columnist = {name for name, letters in names.items() if letters >= 2}
    found: list[tuple[int, int | None, str]] = []
    letter: int | None = None
    named = signature = ""
    signed_at = -1  # the paragraph the letter's signature closes
    for index, paragraph in enumerate(order):
        greeting = greetings.get(paragraph)
        first = firsts.get(paragraph)
        if letter is not None and first is not None and paragraph > letter:
            closing = _closing_line(body, order[index - 1], letter)
            signed = signature or closing
            # Or under a heading naming the one the letter greets ("Constance replies"), or
            # one of the table's ``answer_headings`` ("Die Antwort").
            headed = any(named and _names(headings[p], named)
                         or rules.answer_heading.match(headings[p])
                         for p in range(order[index - 1] + 1, paragraph) if p in headings)
            # Or, right under the letter's signature, speaking to the one who signed it
            # ("— Hurt in Hexley" / "You are not being petty."): the columnist's reply, which
            # many columns set without a greeting.
            replies = (greeting is None and (closing or signed_at == order[index - 1])
                       and is_personal(first.text, rules, "reader"))
            if ((headed or replies
                 or _answers(first.text, greeting, signed, named in columnist and named, named))
                    and not _signed_after(body, order[index:], greetings)):
                # An unsigned letter goes by the name its answer greets ("Querida Lucía:").
                found.append((letter, paragraph, signed or (
                    greeting.group(1).strip() if greeting and greeting.group(1) else "")))
                letter = None
                continue
        if greeting is not None and greeting.group(1):
            if letter is not None:  # the letter before, unanswered
                found.append((letter, None, signature))
            letter, named, signature = paragraph, _first_name(greeting), ""
        if letter is not None:
            dashed = [m.group(1) for m in (_SIGNATURE.search(s.text) for s in body[paragraph])
                      if m]
            if dashed:
                signature, signed_at = dashed[-1], paragraph
    if letter is not None:
        found.append((letter, None, signature))
    if not any(answer is not None for _, answer, _ in found):
        return []
    return _with_ends(found, body, headings, firsts, greetings, rules)


def _ungreeted(body: dict[int, list[Sentence]], headings: dict[int, str], order: list[int],
               rules: Rules) -> list[tuple[int, int | None, str]]:
    """A column's one letter set without a greeting, opening the text (after at most
    ``UNGREETED_OPENING`` paragraphs: a standfirst, the column's own line "Each week, ...
    answers a reader's dilemma.", and no lead-in ending in ":" right above it, which quotes
    it): a reader writing as "I", signed on a line of its own after a dash ("— Worried in
    Hexley", within the text's first ``UNGREETED_SIGNATURE`` paragraphs) and answered right
    under it, under a heading ("Annalisa replies") or speaking to "you" ("There is nothing
    petty about wanting your work to be recognised ..."), the answer signed by no dash of
    its own (a page of letters to the editor); or signed on a short line closing it
    ("Orolig i Köping") over an answer opening with the table's label ("Svar: ...") or under
    one of its answer headings ("Die Antwort"). The letter starts at its first paragraph in
    the first person after the last heading above the signature ("The letter").
    Or a reader's one question set as a line with a label of one letter, asking before its
    answer ("Q: I'm 34 and have about $41,000 in my 401(k) ... Should I ...?"), and its
    answer under the next such label of another letter ("A: In almost every case like yours,
    no, ..."), each the only one of its letter in the text's first ``UNGREETED_SIGNATURE``
    paragraphs (more are an interview's turns), one of the two speaking as "I" or to "you".
    As ``_exchanges`` finds them (which also asks that they hold most of the text); none
    else."""
    def opens(letter: int) -> bool:
        before = order.index(letter)
        return before <= UNGREETED_OPENING and not (
            before and body[order[before - 1]][-1].text.rstrip().endswith(_LEAD_IN))

    lettered = {p: m.group(0)[0] for p in order[:UNGREETED_SIGNATURE]
                if (m := _ANSWER_LINE.match(body[p][0].text)) and body[p][0].start == 0}
    if len(lettered) == 2 and len(set(lettered.values())) == 2:
        asked, answered = sorted(lettered)
        if (opens(asked) and any(is_question(s.text) for p in order if asked <= p < answered
                                 for s in body[p])
                and any(is_personal(s.text, rules) for s in body[asked] + body[answered])):
            return [(asked, answered, "")]
    for index, paragraph in enumerate(order[:UNGREETED_SIGNATURE]):
        if index + 1 >= len(order):
            break
        own = body[paragraph]
        answer = order[index + 1]
        between = [headings[p] for p in range(paragraph + 1, answer) if p in headings]
        label = rules.salutation.match(body[answer][0].text)
        labelled = (label is not None and bool(label.group(2))
                    or any(rules.answer_heading.match(h) for h in between))
        dashed = _SIGNATURE.match(own[0].text.strip()) if len(own) == 1 else None
        signature = (dashed.group(1) if dashed is not None
                     else _closing_line(body, paragraph, -1) if index and labelled else "")
        if not signature:
            continue
        if not (between or labelled
                or any(is_personal(s.text, rules, "reader") for s in body[answer])):
            return []
        if dashed is not None and _signed_after(body, order[index + 1:], {}):
            return []  # the next letter, signed in its turn
        top = max([p for p in headings if p < paragraph], default=-1)
        letter = next((p for p in order[:index] if p > top
                       and is_personal(body[p][0].text, rules, "writer")), None)
        if letter is None or not opens(letter):
            return []
        return [(letter, answer, signature)]
    return []


def _with_ends(found: list[tuple[int, int | None, str]], body: dict[int, list[Sentence]],
               headings: dict[int, str], firsts: dict[int, Sentence],
               greetings: dict[int, re.Match], rules: Rules) -> list[_Exchange]:
    """The exchanges ``found`` (letter, answer, signature), each running up to the next
    letter, the last up to the column's own lines (over a heading inside it, when the
    paragraph under the heading speaks to "you" or tells "you" what to do)."""
    ends = [letter for letter, _, _ in found[1:]]
    # After the last exchange come the column's own lines ("Write to Carolyn Hax at ...",
    # the writer's book): it runs on while its paragraphs speak as "I" or to "you", up to
    # one with an address ("askamy@...") or asking for a click ("If you enjoyed this post,
    # ...").
    last = found[-1]
    end = (last[0] if last[1] is None else last[1]) + 1
    greeting = greetings.get(end - 1)
    if end in firsts and greeting and not firsts[end - 1].text[greeting.end():].strip():
        end += 1  # the text under a greeting on a line of its own ("Lieber Thomas,")
    # An answer speaking to its reader formally ("la sua è una situazione ...", "setzen
    # Sie sich ...") says no "you" of the table's: then only an address, a click or a
    # closing line ends it.
    personal = any(is_personal(s.text, rules) for s in body.get(end - 1, ()))

    def speaks(paragraph: int, who: str = "any") -> bool:
        """As "I" or to "you" (``who``: "reader", to "you" only, not another reader's "I"
        in a teaser), or telling "you" what to do."""
        return any(is_personal(s.text, rules, who) or rules.imperative.search(s.text)
                   for s in body.get(paragraph, ()))

    while end in body or end in headings and speaks(end + 1, "reader"):
        if end in headings:  # a heading inside the answer ("What to do instead")
            end += 1
            continue
        own = [s.text for s in body[end]]
        # (A paragraph of the answer may say no "you" between two that do: "Visibility is
        # not vanity; ...".)
        if (any(_LINK.search(text) or rules.furniture.search(text) for text in own)
                or len(own) == 1 and count_words(own[0]) <= SIGNATURE_MAX_WORDS
                or personal and not speaks(end) and not speaks(end + 1)):
            break
        end += 1
    ends.append(end)
    return [_Exchange(letter, end if answer is None else answer, end, signature)
            for (letter, answer, signature), end in zip(found, ends)]


def _names(text: str, name: str) -> bool:
    """Whether ``text`` has a capitalised word starting with ``name`` (a ``_first_name``)."""
    return any(w[:PREFIX].lower() == name for w in re.findall(r"\w+", text) if w[:1].isupper())


def _first_name(greeting: re.Match) -> str:
    """The first letters (``PREFIX``) of the first word of the name a greeting names."""
    return greeting.group(1).split()[0][:PREFIX].lower()


def _closing_line(body: dict[int, list[Sentence]], paragraph: int, letter: int) -> str:
    """The text of ``paragraph`` (``body``: each paragraph's sentences) when it is a line
    closing the letter starting at ``letter``, one short line with no full stop to end it:
    its signature ("Worried Wife", "Sabine K., 56, aus Düsseldorf"); else ""."""
    own = [s.text for s in body[paragraph]]
    if paragraph <= letter or len(own) != 1:
        return ""
    line = own[0].strip()
    if (count_words(line) > SIGNATURE_MAX_WORDS or line.endswith((".", "!", "?", ":", "。"))
            or not line[:1].isupper()):
        return ""
    return line


def _signed_after(body: dict[int, list[Sentence]], following: list[int],
                  greetings: dict[int, re.Match]) -> bool:
    """Whether the text of the paragraphs ``following`` (``body``: each one's sentences), up
    to the next that opens with a greeting (``greetings``), is signed after a dash: a reply
    in a correspondence ("Dear Dad, ... — Maya"), not a column's answer."""
    for index, paragraph in enumerate(following):
        if index and paragraph in greetings:
            return False
        if any(_SIGNATURE.search(s.text) for s in body[paragraph]):
            return True
    return False


def _answers(text: str, greeting: re.Match | None, signature: str,
             columnist: str | bool, greeted: str = "") -> bool:
    """Whether ``text``, opening a paragraph after a letter signed ``signature`` ("" when
    unsigned) and written to ``columnist`` (a name the column's letters greet, else
    False), opens its answer: with an answer's label (``greeting``, the table's
    ``salutation`` matched: "GENTLE READER:"); greeting the signature's first word or a
    name in it (by its first ``PREFIX`` letters: a German answer declines the name,
    "Liebe Enttäuschte" for "Enttäuscht aus Kassel"; "Liebe Anna" for "Ratlose Anna aus
    Köln"); with the signature's first words as a label ("Maid of Honor:" for "Maid of
    Honor, Keeping Secrets"); to a signed letter, greeting anyone but the one the letter
    greets (``greeted``: "Cara amica," after "Cara Natalia, ... Lettera firmata, Torino");
    or, to an unsigned letter to the columnist, greeting someone else ("Querida Lucía:"
    after "Querida Elena: ...")."""
    if greeting is not None and greeting.group(2):
        return True
    if greeting is not None and greeting.group(1):
        named = _first_name(greeting)
        if not signature:
            return bool(columnist) and named != columnist
        words = signature.split()
        if greeted and named != greeted:
            return True
        # A name inside the signature is written as one, in a signature not all capitals.
        return named == words[0][:PREFIX].lower() or any(
            named == w[:PREFIX].lower() for w in words[1:] if w[:1].isupper()
            and not w.isupper())
    return _signature_label(text, signature) is not None


def _signature_label(text: str, signature: str | None) -> re.Match | None:
    """The label opening ``text`` when it is the first words of ``signature`` ("Maid of
    Honor:" for "Maid of Honor, Keeping Secrets"), else None."""
    label = _ANSWER_LABEL.match(text) if signature else None
    if label and signature.lower().startswith(label.group(1).strip().lower()):
        return label
    return None


def _unsaluted(sentence: Sentence | None, rules: Rules,
               signature: str | None = None) -> Sentence | None:
    """``sentence`` without the greeting opening it ("DEAR ABBY: My husband ..." ->
    "My husband ..."), or the ``signature`` it opens with as a label ("Anonymous: ..."), or
    a label of one letter ("Q: I'm 34 ..."): in a letters column they name who it is
    written to or who speaks, which the point does not need. Not a
    greeting the sentence goes on from ("Liebe Frau Berger, der Hund ...")."""
    if sentence is None or sentence.start != 0:
        return sentence
    greeting = (rules.salutation.match(sentence.text)
                or _signature_label(sentence.text, signature)
                or _ANSWER_LINE.match(sentence.text))
    # A greeting the sentence goes on from in lower case is part of it ("Liebe Enttäuschte,
    # sprechen Sie es nicht ..."): it stays.
    if greeting is None or _opens_lower(sentence.text[greeting.end():]):
        return sentence
    return Sentence(sentence.text[greeting.end():], sentence.paragraph,
                    sentence.start + greeting.end(), sentence.end)


def _problem(sentences: list[Sentence], exchange: _Exchange, rules: Rules, paragraphs,
             topic: set[str], stop_words: frozenset) -> Sentence | None:
    """The sentence of a column's first letter stating the reader's problem: its opening
    (who writes and about what), or a sentence of the letter telling more of what the
    title and description say (``topic``), when one stands alone ("Fourteen months ago his
    son, Callum, who is 27, ... asked if he could stay with us “for a few weeks” ..." under
    "My partner's grown-up son moved in “for a few weeks” – it's been 14 months", over "I'm
    54 and have lived with my partner, Tom, for six years ..."); its greeting off, unless
    the sentence goes on from it in lower case ("Cara Natalia, mia figlia ...")."""
    opening = _opening(sentences, exchange.letter, exchange.answer, rules, paragraphs)
    best, most = opening, (_tells(topic, opening.text, stop_words) if opening else -1.0)
    for sentence in sentences:
        if (not exchange.letter <= sentence.paragraph < exchange.answer
                or sentence.is_heading
                or opening is not None and _spans_overlap(sentence, opening)):
            continue
        sentence = _unsaluted(sentence, rules)
        if not _can_lead(sentence, rules):
            continue
        told = _tells(topic, sentence.text, stop_words)
        if told > most:
            best, most = sentence, told
    return best


def _opening(sentences: list[Sentence], start: int, end: int, rules: Rules,
             paragraphs, signature: str | None = None) -> Sentence | None:
    """The opening sentence of a letter or of its answer (paragraphs ``start`` to ``end``),
    without its greeting: who writes and about what ("My older sister has just been
    diagnosed with cervical cancer."), or the column's verdict ("... but yes, you should
    have notified the police."). Shown with the sentence after it when it is too short to
    be a point ("Absolutely not."); None when it is a question or no sentence."""
    # Its first two sentences, not a greeting on a line of its own ("Dear Prudence,").
    own: list[Sentence] = []
    for index in range(bisect_left(sentences, start, key=lambda s: s.paragraph),
                       len(sentences)):
        sentence = sentences[index]
        if sentence.paragraph >= end or len(own) == 2:
            break
        if not sentence.is_heading:
            sentence = _unsaluted(sentence, rules, signature)
            if sentence.text.strip():
                own.append(sentence)
    if not own:
        return None
    first = point = own[0]
    if count_words(first.text) < MIN_POINT_WORDS and paragraphs is not None:
        following = own[1] if len(own) > 1 and own[1].paragraph == first.paragraph else None
        if following is None:
            return None
        point = Sentence(paragraphs[first.paragraph][first.start:following.end],
                         first.paragraph, first.start, following.end)
    text = point.text
    # A letter goes on from its greeting's line in lower case ("Liebe Frau Berger," "seit
    # unser jüngster Sohn ..."): only its quotation marks must pair up.
    if (not MIN_POINT_WORDS <= count_words(text) <= MAX_POINT_WORDS or is_question(text)
            or _quote_fragment(text[:1].upper() + text[1:])
            or text.rstrip().endswith(_LEAD_IN)):
        return None
    return point


def _told_as_list(sentences: list[Sentence], rules: Rules | None,
                  title: str | None = None) -> list[int]:
    """The paragraphs of the headings of the items of a piece told as a list: those that
    number them (``_numbered``), when they are most of its headings (a list that is one
    section among many is no more than that); else all its headings when the title counts
    them ("7 key questions heading into the debate" over seven headings); either only when
    the text before the first item is less than ``LIST_MAX_OPENING`` of the piece; else
    none."""
    inside = _headings_in_text(sentences)
    paragraphs = set(inside)
    headings = [s for s in sentences if s.is_heading and s.paragraph in paragraphs]
    numbered = _numbered(headings, rules)
    if 2 * len(numbered) <= len(inside):
        counted = {int(n) for n in _TITLE_COUNT.findall(title or "")}
        numbered = inside if len(inside) >= LIST_MIN_ITEMS and len(inside) in counted else []
    if not numbered:
        return []
    # A story told before its first heading, with boxes after it ("Road closures", "How to
    # help"), is no list: a list's own opening is shorter than its items.
    body = [s for s in sentences if not s.is_heading]
    opening = sum(count_words(s.text) for s in body if s.paragraph < numbered[0])
    return numbered if opening < LIST_MAX_OPENING * sum(count_words(s.text) for s in body) else []


def _numbered(headings: list[Sentence], rules: Rules | None = None) -> list[int]:
    """The paragraphs of the headings that number a list's items ("1. Prioritize", "2) ...",
    "#3 ..."), when at least ``LIST_MIN_ITEMS`` of them run one way, up or down, each
    at most two from the one before (an item the page did not set as a heading is no gap in
    the list); else none. A day of a month ("6. November:") numbers a timeline's entry."""
    found = [(n, h.paragraph) for h in headings if (n := _item_number(h.text, rules)) is not None]
    if len(found) < LIST_MIN_ITEMS:
        return []
    steps = [b[0] - a[0] for a, b in zip(found, found[1:])]
    if not (all(0 < d <= 2 for d in steps) or all(-2 <= d < 0 for d in steps)):
        return []
    return [paragraph for _, paragraph in found]


def _item_number(heading: str, rules: Rules | None) -> int | None:
    """The number ``heading`` gives a list's item ("2. Keep a glass of water ...", or with a
    word of the table's ``list_labels``: "Step 3: Shape in the tin"), else None; none for a
    day of a month ("6. November:"), a timeline's entry."""
    if rules is None:
        return list_number(heading)
    if rules.dated_day.match(heading.lstrip("#№ ")):
        return None
    labelled = rules.list_label.match(heading)
    return int(labelled.group(1)) if labelled else list_number(heading)


def _contains(a: Sentence, b: Sentence) -> bool:
    return a.paragraph == b.paragraph and a.start <= b.start and b.end <= a.end


def _spans_overlap(a: Sentence, b: Sentence) -> bool:
    return a.paragraph == b.paragraph and a.start < b.end and b.start < a.end


def _capitalised(token: str) -> bool:
    """Written with a capital and then lower case ("Shotwell", "McDonald"; not "NASA")."""
    return token[:1].isupper() and any(c.islower() for c in token)


def _introductions(sentences: list[Sentence], stop_words: frozenset,
                   joiners: tuple[str, ...] = ()) -> dict[str, int]:
    """People the text names in full ("Gwynne Shotwell", "John F. Kennedy"): for each surname
    (lower case), the index of the first sentence naming them so. A given name is a
    capitalised word the text writes only before another ("Tom Stafford and ... Tom Young"):
    not "Council" ("the National Security Council"), nor "Google" ("Google Stadia" and "Google
    has ..."). A surname is never written in lower case ("Magic Keyboard", "the keyboard"),
    nor after two given names ("Joe Biden", "Hunter Biden"), nor shared by two people
    (``joiners``: "Joe and Hunter Biden")."""
    first: dict[str, int] = {}
    names: dict[str, set[str]] = {}  # each surname's given names ("" when two share it)
    given: dict[str, bool] = {}
    common: set[str] = set()  # words the text writes in lower case: no names

    def record(run: list[str], before: list[str], index: int) -> None:
        written = [w for w in run if w]  # initials are empty
        if len(written) < 2:
            return
        name, surname = written[-2].lower(), written[-1].lower()
        if name in stop_words or surname in stop_words:
            return
        names.setdefault(surname, set()).add(name)
        if len(before) == 2 and before[1].lower() in joiners and _capitalised(before[0]):
            names[surname].add("")  # "Joe and Hunter Biden": whose surname is it?
        first.setdefault(surname, index)

    for index, sentence in enumerate(sentences):
        if sentence.is_heading:
            continue
        tokens = [t.lstrip(_OPEN_MARKS) for t in _TOKEN.findall(sentence.text)]
        run: list[str] = []
        start = 0
        for position, token in enumerate(tokens):
            if run and _INITIAL.match(token) and token.isupper():
                run.append("")  # "John F. Kennedy"
                continue
            bare = _RUN_BREAK.sub("", token)
            name = _POSSESSIVE.sub("", bare)
            if not _capitalised(bare):
                if bare.islower():
                    common.add(name)
                record(run, tokens[max(0, start - 2):start], index)
                run = []
                continue
            if not run:
                start = position
            following = tokens[position + 1] if position + 1 < len(tokens) else ""
            key = name.lower()
            given[key] = given.get(key, True) and token == name and (
                _capitalised(_RUN_BREAK.sub("", following))
                or bool(_INITIAL.match(following)) and following.isupper())
            run.append(name)
            if token != name:  # a comma, a full stop, a possessive ends the name
                record(run, tokens[max(0, start - 2):start], index)
                run = []
        record(run, tokens[max(0, start - 2):start], index)
    return {surname: index for surname, index in first.items()
            if len(names[surname]) == 1 and given.get(min(names[surname]))
            and surname not in common}


def _introduction(point: Sentence, introductions, sentences: list[Sentence],
                  chosen: list[Sentence], leans: _Leaning) -> int | None:
    """The index of the sentence naming in full the person ``point`` opens with by surname
    alone ("Shotwell said ..." after "Gwynne Shotwell, president of SpaceX, said ..."), when
    it comes before ``point`` and neither the words the reader is shown first (the title, the
    tl;dr: ``leans.shown``) nor a point before it name them; else None. ``introductions``:
    a function giving ``_introductions``."""
    opening = words(point.text)[:1]
    if not opening or not _capitalised(opening[0]):
        return None
    key = _POSSESSIVE.sub("", opening[0]).lower()
    if (key in leans.stop_words or leans.shown is not None and key[:PREFIX] in leans.shown
            or any((other.paragraph, other.start) < (point.paragraph, point.start)
                   and key[:PREFIX] in _prefixes(other.text) for other in chosen)):
        return None
    index = introductions().get(key)
    if index is None:
        return None
    intro = sentences[index]
    return index if (intro.paragraph, intro.start) < (point.paragraph, point.start) else None


def _stems(text: str, stop_words: frozenset) -> set[str]:
    """The first ``PREFIX`` letters of ``text``'s content words (stop words left out)."""
    return {w[:PREFIX] for w in _content_words(text, stop_words)}


def _prefixes(text: str) -> set[str]:
    """The first ``PREFIX`` letters of each of ``text``'s words, in lower case."""
    return {w.lower()[:PREFIX] for w in words(text)}


def _content_words(text: str, stop_words: frozenset) -> set[str]:
    return {w for w in (w.lower() for w in words(text)) if w not in stop_words}


def _overlap(a: set[str], b: set[str]) -> float:
    """Share of the smaller sentence's content words found in the other."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def _tells(words: set[str], text: str, stop_words: frozenset) -> float:
    """Share of ``words`` (a topic's, a title's) that ``text`` carries (``_overlap_with`` of
    its content words)."""
    return _overlap_with(words, _content_words(text, stop_words))


def _overlap_with(topic: set[str], sentence: set[str]) -> float:
    """Share of the topic's content words the sentence carries (prefixes compared, a cheap
    stemmer for every language)."""
    if not topic or not sentence:
        return 0.0
    stems = {w[:PREFIX] for w in sentence}
    return sum(w[:PREFIX] in stems for w in topic) / len(topic)
