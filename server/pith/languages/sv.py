"""Swedish."""

from . import Rules

RULES = Rules(
    code="sv", name="Swedish", punkt="swedish", snowball="swedish",
    quotes=("””", "»»", "“”"),
    copulas=("är", "var"),
    articles=("den", "det", "de", "en", "ett"),
    abbreviations=("t.ex", "bl.a", "dvs", "d.v.s", "ca", "kl", "nr", "s", "dr", "prof"),
    final_abbreviations=("et al", "osv", "m.m", "jan", "feb", "aug", "sept", "okt", "nov", "dec",
                         "mkr", "mdkr"),
    # The writer talking as "I" or to "you" (not "we"), outside a quotation.
    # "min" and "mitt" are left out: they also mean minutes and "in the middle of".
    personal_words=("jag", "mig", "mej", "mina", "du", "dig", "dej", "din", "ditt", "dina"),
    reader_words=("du", "dig", "dej", "din", "ditt", "dina"),
    context_words=("han", "hon", "dem", "detta", "denna", "dessa", "hans", "hennes", "deras",
                   "men", "och", "eller", "också", "dock", "därför", "sedan", "där", "här",
                   "dessutom", "samtidigt", "alltså", "till exempel", "emellertid", "ändå",
                   # then: "Då tog Berggren emot ..."
                   "då",
                   # since the moment told before: "Sedan dess ...", "Dagen därpå ..."
                   # (not "Dagen efter valet ...", which names its own)
                   "sedan dess", "dagen därpå", "kort därefter", "strax därefter", "därefter"),
    time_prepositions=("sedan",),
    time_objects=("i fjol", "i år", "i somras", "i våras", "i höstas", "i vintras", "i går",
                  "förra", "förre", "början", "slutet", "mitten"),
    opening_pronouns=("han", "hon"), verb_second=True,
    clause_words=("att", "som", "när", "eftersom", "om", "då", "där", "medan", "innan",
                  "sedan", "och", "men", "för", "hur", "vad", "vem", "vilket"),
    time_units=("år", "decennier", "månad", "månader", "vecka", "veckor", "dag", "dagar",
                "timme", "timmar", "minuter"),
    later_words=("senare", "därefter"),
    than_words=("än",),
    # only who told the sentence before: "Det bekräftar familjen för Sydkusten."
    leaning_patterns=(
                      # some of them ("Många av dem ..."): who, only the sentence before says
                      # or a few words on: "Under mötet stod ett trettiotal av dem ..."
                      r"^(?:[^\W\d_][\w-]*\s+){1,5}av (?:dem(?!\s+som)|dessa)\b",
                      r"^det (?:bekräftar|bekräftade|uppger|uppgav|säger|sa|sade|meddelar|"
                      r"meddelade|skriver|skrev|berättar|berättade)\b",
                      # what a ruling or a report shows, told of the sentence before ("Det
                      # framgår av domen.", not "Det framgår av domen att ...")
                      r"^det (?:framgår|framgick|visar|visade) (?!.*\batt\b)",
                      # a quotation opened by a dash whose speaker it does not name ("– Han
                      # har tränat som en galning.", not "– Jag såg bollen gå in, sa Berggren.")
                      r"^[–—-]\s(?!.*,\s*[–—-]?\s*"
                      r"(?:sa|sade|säger|berättar|förklarar|menar|skriver)\b)",
                      # a pronoun after the verb in second place:
                      # "I år har hon ..."
                      r"^(?:[^\W_][\w-]*\s+){1,4}(?:vill|ville|har|hade|var|är|ska|skulle|"
                      r"kan|kunde|blev|blir|fick|får|måste)\s+(?-i:han|hon)\s",),
    amount_words=("miljoner", "miljon", "miljarder", "miljard", "mkr", "mdkr", "kronor",
                  "euro", "dollar"),
    percent_words=("procent", "procentenheter"),
    months=(
        ("januari",),
        ("februari",),
        ("mars",),
        ("april",),
        ("maj",),
        ("juni",),
        ("juli",),
        ("augusti",),
        ("september",),
        ("oktober",),
        ("november",),
        ("december",),
    ),
    date_labels=("publicerad",),
    updated_labels=("uppdaterad",),
    time_ago=(
        r"för\s+\d+\s+(?:sekunder|minuter|min|timmar|timme|"
        r"dagar|dag|veckor|vecka|månader|månad)\s+sedan",),
    reading_time=("lästid", "läsning"),
    minute_words=("min", "minuter", "minut"),
    boilerplate=("läs också", "läs mer", "relaterat", "annons", "foto:", "bild:", "källa:",
                 "video:", "dela", "följ oss", "prenumerera"),
    byline_labels=("av",),
    calls_to_action=("prenumerera", "följ oss", "nyhetsbrev"),
    # a letters column's greetings, its answer's label and headings, its advice
    salutations=("hej", "kära", "bäste", "bästa"),
    answer_labels=("svar",),
    answer_headings=("svar", "svaret", "juristen svarar", "expertens svar"),
    advice_words=("borde", "bör du", "bör ni", "mitt råd", "mitt främsta råd", "jag råder",
                  "jag rekommenderar", "jag föreslår", "rådet är"),
    # an answer's advice in the imperative, a connective giving a step before it
    advice_patterns=(
        r"^(?:(?:sedan|först|till sist|slutligen|dessutom|framför allt),?\s+)?(?:prata|fråga|be|"
        r"skriv|sök|ta|låt|ge|tänk|boka|kontakta|kräv|säg|välj|gör|se till|undvik|vänta|ring|"
        r"mejla)\b",
    ),
    description_labels=("pressmeddelande", "reportage", "ett reportage", "porträtt",
                        "ett porträtt", "berättelsen om", "historien om", "ett besök",
                        "besök hos", "besök i", "intervju med", "en intervju med", "samtal med",
                        "liveblogg", "bildspel", "en dag med", "en dag hos"),
    # the page's layout, opening a sentence: "Nedan följer hela listan." (not a place below
    # another, nor a layout word inside a sentence that tells its own fact)
    page_talk_openers=("se nedan", "nedan följer", "här nedanför hittar du", "nedan hittar du", "nedan kan du"),
    # the page announcing what follows, as the whole line
    announcements=("det här behöver du veta", "så fungerar det", "här är reglerna"),
    page_talk=("klicka här", "recensionsexemplar",
               # a live blog closing itself: "Vi avslutar nu vår direktrapportering."
               "avslutar vår direktrapportering", "avslutar nu vår direktrapportering",
               "följ utvecklingen live",
               # a live blog's lines about itself: asking the reader to follow, saying it is
               # updated or has ended ("Bloggen uppdateras löpande.")
               "följ utvecklingen", "följ händelserna", "följ senaste", "bloggen uppdateras",
               "artikeln uppdateras", "sidan uppdateras", "direktrapporteringen är avslutad",
               "livebloggen är avslutad",
               # ... welcoming its reader or signing off
               # ("Välkommen till vår direktrapportering ...", "Tack för att ni följt oss.")
               "tack för att du följt",
               "tack för att ni följt", "tack för att du har följt", "tack för att ni har följt",
               "livebloggen är nu stängd", "den här livebloggen är", "uppdatera sidan",
               # ... or saying when it comes back, or welcoming the reader to it by name
               "välkommen till vår direktrapportering", "välkommen till vår liveblogg",
               "välkomna till vår direktrapportering"),
    offers=(
        # "Läs allt från Norrlandsposten för 1 kr första månaden.", "Prenumerera nu!" (not a
        # gym's "Nya medlemmar betalar 1 kr första månaden")
        r"^(?:läs allt|prenumerera|teckna en prenumeration|testa)\b[^.!?]{0,80}?{price}",
        r"\bprenumerera\s+nu\b",
        # a bookmaker's welcome offer: "... upp till 1 000 kr på din första insättning"
        r"^(?:[^\"“”„«»]*:\s)?[^.!?\"“”„«»]{0,60}?{price}"
        r"[^.!?\"“”„«»]{0,40}?\bpå\s+din\s+första\s+insättning\b",
    ),
    background_words=("förra året", "i fjol", "år sedan", "i åratal", "de senaste # åren",
                      "under senare år"),
    # Words numbering a list's items in its headings ("Step 3:"), as en's.
    list_labels=("steg", "tips", "kapitel", "del", "anledning", "regel", "lektion", "fråga", "sätt",
                 "nr"),
    summary_headings=("det viktigaste", "i korthet", "kort om", "sammanfattning", "detta vet vi"),
    reference_headings=("referenser", "källor", "noter", "litteratur"),
    review_words=("recension",),
    opinion_words=("debatt", "ledare", "krönika", "kolumn", "åsikt"),
    demand_words=("måste", "borde", "bör", "jag uppmanar", "det är dags"),
    score_words=("av", "stjärnor"),
    turn_words=("inte länge till", "hittills", "inte längre", "det ska ändras", "allt förändrades"),
    decision_words=("beslutade", "beslutat", "beslöt", "röstade", "godkände", "godkänt",
                    "klubbade", "meddelade", "skrev under", "undertecknade", "avslog"),
    source_words=("enligt", "visar", "rapport", "rapporten", "studie", "studien", "undersökning",
                  "undersökningen", "utredning", "utredningen", "statistik"),
    clock_words=("på morgonen", "varje morgon", "klockan är", "kvart över", "kvart i", "tjugo i",
                 "tio i", "fem i", "halv sex", "halv sju", "halv åtta"),
    news_days=("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag",
               "måndags", "tisdags", "onsdags", "torsdags", "fredags", "lördags", "söndags",
               "måndagskväll", "måndagskvällen", "måndagsmorgon", "måndagsmorgonen",
               "tisdagskväll", "tisdagskvällen", "tisdagsmorgon", "tisdagsmorgonen",
               "onsdagskväll", "onsdagskvällen", "onsdagsmorgon", "onsdagsmorgonen",
               "torsdagskväll", "torsdagskvällen", "torsdagsmorgon", "torsdagsmorgonen",
               "fredagskväll", "fredagskvällen", "fredagsmorgon", "fredagsmorgonen",
               "lördagskväll", "lördagskvällen", "lördagsmorgon", "lördagsmorgonen",
               "söndagskväll", "söndagskvällen", "söndagsmorgon", "söndagsmorgonen", "igår",
               "i går"),
    news_day_habits=("varje",),
    death_words=("har dött", "är död", "dog", "avled", "har avlidit", "gick bort", "har gått bort",
                 "minnesord"),
    birth_words=("föddes", "född"),
    upbringing_words=("växte upp", "uppvuxen", "son till", "dotter till", "barndom"),
    life_routine_words=("begravning", "begravningen", "jordfästning", "jordfästningen",
                        "minnesstund", "sörjs närmast", "efterlämnar", "var gift med",
                        "dödsbeskedet", "halv stång", "kondoleans", "kondoleanser", "minnesbok",
                        "tyst minut"),
)
