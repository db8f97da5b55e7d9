"""Norwegian (Bokmål and Nynorsk share the table)."""

from . import Rules

RULES = Rules(
    code="no", name="Norwegian", punkt="norwegian", snowball="norwegian",
    quotes=("«»", "“”", "‘’"),
    copulas=("er", "var"),
    articles=("den", "det", "de", "en", "ei", "et"),
    abbreviations=("f.eks", "bl.a", "dvs", "d.v.s", "ca", "kl", "nr", "dr", "prof"),
    final_abbreviations=("et al", "osv", "mill", "mrd", "jan", "feb", "aug", "sept", "okt", "nov",
                         "des"),
    dotted_dates=True,
    # Ordinals are written with a full stop ("sin 3. OL-medalje", "den 2. Divisjon"): after
    # an article or a possessive the number is one; not after a preposition, which takes a
    # count too ("steg til 12.", "oppe i 5.", "med 5.").
    ordinal_words=("den", "det", "de", "en", "et", "ei", "sin", "sitt", "sine", "hans",
                   "hennes", "deres"),
    # The writer talking as "I" or to "you" (not "we"), outside a quotation.
    # "min" is left out: it also means minutes.
    personal_words=("jeg", "meg", "mitt", "mine", "du", "deg", "din", "ditt", "dine"),
    reader_words=("du", "deg", "din", "ditt", "dine"),
    context_words=("han", "hun", "dem", "dette", "denne", "disse", "hans", "hennes", "deres",
                   "men", "og", "eller", "også", "likevel", "derfor", "siden", "der", "her",
                   "dessuten", "samtidig", "altså", "for eksempel",
                   # since the moment told before: "Siden da ...", "Dagen etterpå ..."
                   # (not "Dagen etter valget ...", which names its own)
                   "siden da", "siden den gang", "dagen etterpå", "deretter",
                   # "at the time" ("Da ..." opens a clause of its own: "when")
                   "den gang", "på den tiden"),
    time_prepositions=("siden",),
    time_objects=("i fjor", "i år", "i sommer", "i våres", "i høst", "i vinter", "i går",
                  "forrige", "starten", "begynnelsen", "slutten"),
    opening_pronouns=("han", "hun"), verb_second=True,
    clause_words=("at", "som", "når", "fordi", "om", "da", "hvor", "mens", "før", "og", "men",
                  "for", "hvordan", "hva", "hvem", "hvis"),
    time_units=("år", "tiår", "måned", "måneder", "uke", "uker", "dag", "dager", "time",
                "timer", "minutter"),
    later_words=("senere", "deretter"),
    than_words=("enn",),
    # only who told the sentence before: "Det bekrefter familien overfor Øyposten."
    leaning_patterns=(
                      # some of them ("Mange av dem ..."): who, only the sentence before says
                      # or a few words on: "Til møtet kom rundt tretti av dem ..."
                      r"^(?:[^\W\d_][\w-]*\s+){1,5}av (?:dem(?!\s+som)|disse)\b",
                      r"^det (?:bekrefter|bekreftet|opplyser|opplyste|sier|sa|melder|meldte|"
                      r"skriver|skrev|forteller|fortalte)\b",
                      # what a ruling or a report shows, told of the sentence before ("Det
                      # fremgår av dommen.", not "Det fremgår av dommen at ...")
                      r"^det (?:fremgår|fremgikk|viser|viste) (?!.*\bat\b)",
                      # a quotation opened by a dash whose speaker it does not name ("– Han
                      # har trent som en gal.", not "– Jeg så ballen gå inn, sa Berg.")
                      r"^[–—-]\s(?!.*,\s*[–—-]?\s*"
                      r"(?:sa|sier|forteller|forklarer|mener|skriver)\b)",
                      # a pronoun after the verb in second place:
                      # "For mange på øya vil hun likevel ..."
                      r"^(?:[^\W_][\w-]*\s+){1,4}(?:vil|ville|har|hadde|var|er|skal|skulle|"
                      r"kan|kunne|ble|blir|fikk|får|må|måtte)\s+(?-i:han|hun)\s",),
    stop_words=("og", "i", "jeg", "det", "at", "en", "et", "den", "til", "er", "som", "på",
                "de", "med", "han", "av", "ikke", "ikkje", "der", "så", "var", "meg", "seg",
                "men", "ett", "har", "om", "vi", "min", "mitt", "ha", "hadde", "hun", "nå",
                "over", "da", "ved", "fra", "du", "ut", "sin", "dem", "oss", "opp", "man",
                "kan", "hans", "hvor", "eller", "hva", "skal", "selv", "sjøl", "her", "alle",
                "vil", "bli", "ble", "blei", "blitt", "kunne", "inn", "når", "være", "kom",
                "noen", "noe", "ville", "dere", "deres", "kun", "ja", "etter", "ned",
                "skulle", "denne", "for", "deg", "si", "sine", "sitt", "mot", "å", "meget",
                "hvorfor", "dette", "disse", "uten", "hvordan", "ingen", "din", "ditt",
                "blir", "samme", "hvilken", "hvilke", "sånn", "inni", "mellom", "vår", "hver",
                "hvem", "vors", "hvis", "både", "bare", "enn", "fordi", "før", "mange",
                "også", "slik", "vært", "begge", "siden", "henne", "hennar"),
    amount_words=("millioner", "million", "mill", "milliarder", "milliard", "mrd", "kroner",
                  "kr", "euro", "dollar"),
    percent_words=("prosent", "prosentpoeng"),
    months=(
        ("januar",),
        ("februar",),
        ("mars",),
        ("april",),
        ("mai",),
        ("juni",),
        ("juli",),
        ("august",),
        ("september",),
        ("oktober",),
        ("november",),
        ("desember",),
    ),
    date_labels=("publisert",),
    updated_labels=("oppdatert",),
    time_ago=(
        r"for\s+\d+\s+(?:sekunder|minutter|min|timer|time|"
        r"dager|dag|uker|uke|måneder|måned)\s+siden",),
    reading_time=("lesetid", "lesing"),
    minute_words=("min", "minutter", "minutt"),
    boilerplate=("les også", "les mer", "relatert", "annonse", "foto:", "bilde:", "kilde:",
                 "video:", "del", "følg oss", "abonner"),
    byline_labels=("av",),
    calls_to_action=("abonner", "følg oss", "nyhetsbrev"),
    # a letters column's greetings, its answer's label and headings, its advice
    salutations=("kjære", "hei"),
    answer_labels=("svar",),
    answer_headings=("svar", "svaret", "eksperten svarer"),
    advice_words=("burde", "bør du", "bør dere", "mitt råd", "jeg råder", "jeg anbefaler",
                  "jeg foreslår", "rådet er"),
    # an answer's advice in the imperative, a connective giving a step before it
    advice_patterns=(
        r"^(?:(?:så|først|til slutt|dessuten|fremfor alt),?\s+)?(?:snakk|spør|be|skriv|søk|ta|la|"
        r"gi|tenk|bestill|kontakt|krev|si|velg|gjør|sørg for|unngå|vent|ring)\b",
    ),
    description_labels=("pressemelding", "reportasje", "en reportasje", "portrett", "et portrett",
                        "historien om", "fortellingen om", "et besøk", "besøk hos", "besøk i",
                        "intervju med", "et intervju med", "samtale med", "liveblogg",
                        "bildeserie", "en dag med", "en dag hos"),
    page_talk=("klikk her",
               # a live blog closing itself: "Vi avslutter direktedekningen her."
               "avslutter direktedekningen", "avslutter denne livebloggen", "følg saken direkte",
               # a live blog's lines about itself: asking the reader to follow, saying it is
               # updated or has ended ("Saken oppdateres fortløpende.")
               "følg utviklingen", "saken oppdateres", "artikkelen oppdateres", "bloggen oppdateres",
               "direktedekningen er avsluttet", "livebloggen er avsluttet",
               # ... welcoming its reader or signing off
               # ("Velkommen til vår direktedekning ...", "Takk for at du fulgte med.")
               "velkommen til vår direkte", "velkommen til vår live", "takk for at du fulgte med",
               "takk for at dere fulgte med", "livebloggen er nå avsluttet",
               "direktedekningen er nå avsluttet", "oppdater siden"),
    background_words=("i fjor", "år siden", "i årevis", "de siste # årene", "de siste # år",
                      "i flere år"),
    # Words numbering a list's items in its headings ("Step 3:"), as en's.
    list_labels=("steg", "trinn", "tips", "kapittel", "del", "grunn", "regel", "leksjon", "spørsmål",
                 "måte", "nr."),
    summary_headings=("det viktigste", "kort fortalt", "i korte trekk", "oppsummering",
                      "dette vet vi"),
    reference_headings=("referanser", "kilder", "noter", "litteratur"),
    review_words=("anmeldelse",),
    opinion_words=("debatt", "leder", "kommentar", "kronikk", "meninger"),
    demand_words=("må", "bør", "burde", "jeg ber", "det er på tide"),
    score_words=("av", "stjerner"),
    turn_words=("ikke lenge til", "hittil", "ikke lenger", "alt forandret seg"),
    decision_words=("vedtok", "vedtatt", "besluttet", "bestemte", "stemte", "godkjente",
                    "godkjent", "kunngjorde", "signerte", "avviste"),
    source_words=("ifølge", "viser", "rapport", "rapporten", "studie", "studien", "undersøkelse",
                  "undersøkelsen", "statistikk"),
    clock_words=("om morgenen", "hver morgen", "klokka er", "klokken er", "klokka fem",
                 "klokka seks", "kvart over", "kvart på", "halv seks", "halv sju", "halv åtte"),
    news_days=("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag", "i går",
               "igår"),
    news_day_habits=("hver",),
    death_words=("er død", "døde", "har gått bort", "gikk bort", "minneord", "nekrolog"),
    birth_words=("ble født", "født"),
    upbringing_words=("vokste opp", "oppvokst", "sønn av", "datter av", "barndom"),
    life_routine_words=("bisettelse", "bisettelsen", "begravelse", "begravelsen", "gravferd",
                        "gravferden", "bisettes", "begraves", "etterlater", "var gift med",
                        "dødsfallet", "halv stang", "kondolanse", "kondolanser", "minnebok",
                        "minutts stillhet"),
)
