"""Danish."""

from . import Rules

RULES = Rules(
    code="da", name="Danish", punkt="danish", snowball="danish",
    quotes=("»«", "“”", "””"),
    copulas=("er", "var"),
    articles=("den", "det", "de", "en", "et"),
    abbreviations=("f.eks", "bl.a", "dvs", "d.v.s", "ca", "kl", "nr", "dr", "prof"),
    final_abbreviations=("et al", "osv", "mio", "mia", "jan", "feb", "aug", "sept", "okt", "nov",
                         "dec"),
    dotted_dates=True,
    # Ordinals are written with a full stop ("sin 3. OL-medalje", "den 2. Division"): after
    # an article or a possessive the number is one; not after a preposition, which takes a
    # count too ("steg til 12.", "oppe på 12.", "med 5.").
    ordinal_words=("den", "det", "de", "en", "et", "sin", "sit", "sine", "hans", "hendes",
                   "deres"),
    # The writer talking as "I" or to "you" (not "we"), outside a quotation.
    # "min" is left out: it also means minutes.
    personal_words=("jeg", "mig", "mit", "mine", "du", "dig", "din", "dit", "dine"),
    reader_words=("du", "dig", "din", "dit", "dine"),
    context_words=("han", "hun", "dem", "dette", "denne", "disse", "hans", "hendes", "deres",
                   "men", "og", "eller", "også", "dog", "derfor", "siden", "der", "her",
                   "desuden", "samtidig", "altså", "for eksempel", "alligevel", "dengang",
                   # since the moment told before: "Siden da ...", "Dagen derpå ..."
                   # (not "Dagen efter valget ...", which names its own)
                   "siden da", "siden dengang", "dagen derpå", "derefter"),
    time_prepositions=("siden",),
    time_objects=("i fjor", "i år", "i sommer", "i foråret", "i efteråret", "i vinter", "i går",
                  "sidste", "forrige", "starten", "begyndelsen", "slutningen"),
    opening_pronouns=("han", "hun"), verb_second=True,
    clause_words=("at", "som", "når", "fordi", "om", "da", "hvor", "mens", "før", "og", "men",
                  "for", "hvordan", "hvad", "hvem", "hvis"),
    time_units=("år", "årtier", "måned", "måneder", "uge", "uger", "dag", "dage", "time",
                "timer", "minutter"),
    later_words=("senere", "derefter"),
    than_words=("end",),
    # only who told the sentence before: "Det bekræfter familien over for Ugeavisen."
    leaning_patterns=(
                      # some of them ("Mange af dem ..."): who, only the sentence before says
                      # or a few words on: "Til mødet kom omkring tredive af dem ..."
                      r"^(?:[^\W\d_][\w-]*\s+){1,5}af (?:dem(?!\s+som)|disse)\b",
                      r"^det (?:bekræfter|bekræftede|oplyser|oplyste|siger|sagde|melder|meldte|"
                      r"skriver|skrev|fortæller|fortalte)\b",
                      # what a ruling or a report shows, told of the sentence before ("Det
                      # fremgår af dommen.", not "Det fremgår af dommen, at ...")
                      r"^det (?:fremgår|fremgik|viser|viste) (?!.*\bat\b)",
                      # a quotation opened by a dash whose speaker it does not name ("– Han
                      # har trænet som en gal.", not "– Jeg så bolden gå ind, sagde Berg.")
                      r"^[–—-]\s(?!.*,\s*[–—-]?\s*"
                      r"(?:sagde|siger|fortæller|forklarer|mener|skriver)\b)",
                      # a pronoun after the verb in second place:
                      # "I 1983 blev hun valgt ..."
                      r"^(?:[^\W_][\w-]*\s+){1,4}(?:vil|ville|har|havde|var|er|skal|skulle|"
                      r"kan|kunne|blev|bliver|fik|får|må|måtte)\s+(?-i:han|hun)\s",),
    stop_words=("og", "i", "jeg", "det", "at", "en", "den", "til", "er", "som", "på", "de",
                "med", "han", "af", "for", "ikke", "der", "var", "mig", "sig", "men", "et",
                "har", "om", "vi", "min", "havde", "ham", "hun", "nu", "over", "da", "fra",
                "du", "ud", "sin", "dem", "os", "op", "man", "hans", "hvor", "eller", "hvad",
                "skal", "selv", "her", "alle", "vil", "blev", "kunne", "ind", "når", "være",
                "dog", "noget", "ville", "jo", "deres", "efter", "ned", "skulle", "denne",
                "end", "dette", "mit", "også", "under", "have", "dig", "anden", "hende",
                "mine", "alt", "meget", "sit", "sine", "vor", "mod", "disse", "hvis", "din",
                "nogle", "hos", "blive", "mange", "ad", "bliver", "hendes", "været", "thi",
                "jer", "sådan"),
    amount_words=("millioner", "million", "mio", "milliarder", "milliard", "mia", "kroner",
                  "kr", "euro", "dollar"),
    percent_words=("procent", "procentpoint"),
    months=(
        ("januar",),
        ("februar",),
        ("marts",),
        ("april",),
        ("maj",),
        ("juni",),
        ("juli",),
        ("august",),
        ("september",),
        ("oktober",),
        ("november",),
        ("december",),
    ),
    date_labels=("offentliggjort",),
    updated_labels=("opdateret",),
    time_ago=(
        r"for\s+\d+\s+(?:sekunder|minutter|min|timer|time|"
        r"dage|dag|uger|uge|måneder|måned)\s+siden",),
    reading_time=("læsetid", "læsning"),
    minute_words=("min", "minutter", "minut"),
    boilerplate=("læs også", "læs mere", "relateret", "annonce", "foto:", "billede:", "kilde:",
                 "video:", "del", "følg os", "abonnér"),
    byline_labels=("af",),
    calls_to_action=("abonnér", "følg os", "nyhedsbrev"),
    # a letters column's greetings, its answer's label and headings, its advice
    salutations=("kære", "hej"),
    answer_labels=("svar",),
    answer_headings=("svar", "svaret", "brevkassen svarer"),
    advice_words=("burde", "bør du", "bør i", "mit råd", "jeg råder", "jeg anbefaler",
                  "jeg foreslår", "rådet er"),
    # an answer's advice in the imperative, a connective giving a step before it
    advice_patterns=(
        r"^(?:(?:så|først|til sidst|desuden|frem for alt),?\s+)?(?:tal|spørg|bed|skriv|søg|tag|"
        r"lad|giv|tænk|book|kontakt|kræv|sig|vælg|gør|sørg for|undgå|vent|ring)\b",
    ),
    description_labels=("pressemeddelelse", "reportage", "en reportage", "portræt", "et portræt",
                        "historien om", "fortællingen om", "et besøg", "besøg hos", "besøg i",
                        "interview med", "et interview med", "samtale med", "liveblog",
                        "billedserie", "en dag med", "en dag hos"),
    # the page's layout, opening a sentence: "Nedenfor kan du se hele listen." (not a place below
    # another, nor a layout word inside a sentence that tells its own fact)
    page_talk_openers=("se nedenfor", "nedenfor kan du", "nedenfor finder du"),
    page_talk=("klik her",
               # a live blog closing itself: "Vi lukker liveblogen ned her."
               "lukker liveblogen", "lukker denne liveblog", "følg med live her",
               # a live blog's lines about itself: asking the reader to follow, saying it is
               # updated or has ended ("Bloggen opdateres løbende.")
               "følg med her", "følg udviklingen", "bloggen opdateres", "artiklen opdateres",
               "siden opdateres",
               "liveblogget er afsluttet", "livebloggen er afsluttet",
               # ... welcoming its reader or signing off
               # ("Velkommen til vores liveblog ...", "Tak fordi du fulgte med.")
               "velkommen til vores liveblog", "velkommen til vores live",
               "tak fordi du fulgte med", "tak fordi I fulgte med", "tak for at følge med",
               "liveblogget er nu lukket", "livebloggen er nu lukket", "opdater siden"),
    offers=(
        # "Læs alt for 1 kr. den første måned"
        r"^(?:læs alt|køb abonnement|tegn abonnement)\b[^.!?]{0,80}?{price}",
        # a bookmaker's welcome offer: "... op til 1.000 kr. på din første indbetaling"
        r"^(?:[^\"“”„«»]*:\s)?[^.!?\"“”„«»]{0,60}?{price}"
        r"[^.!?\"“”„«»]{0,40}?\bpå\s+din\s+første\s+(?:indbetaling|indskud)\b",
    ),
    background_words=("sidste år", "år siden", "i årevis", "de seneste # år", "i de senere år"),
    # Words numbering a list's items in its headings ("Step 3:"), as en's.
    list_labels=("trin", "tip", "kapitel", "del", "grund", "regel", "lektion", "spørgsmål", "måde",
                 "nr."),
    summary_headings=("det vigtigste", "kort fortalt", "i korte træk", "sammenfatning",
                      "det ved vi"),
    reference_headings=("referencer", "kilder", "noter", "litteratur"),
    review_words=("anmeldelse",),
    opinion_words=("debat", "leder", "kommentar", "klumme", "kronik"),
    demand_words=("skal", "bør", "jeg opfordrer", "det er på tide"),
    score_words=("af", "stjerner"),
    turn_words=("ikke længe endnu", "hidtil", "ikke længere", "alt forandrede sig"),
    decision_words=("vedtog", "vedtaget", "besluttede", "besluttet", "stemte", "godkendte",
                    "godkendt", "meddelte", "underskrev", "afviste"),
    source_words=("ifølge", "viser", "rapport", "rapporten", "studie", "studiet", "undersøgelse",
                  "undersøgelsen", "opgørelse", "statistik"),
    clock_words=("om morgenen", "hver morgen", "klokken er", "kvart over", "kvart i",
                 "tyve minutter i", "ti minutter i", "halv seks", "halv syv", "halv otte"),
    news_days=("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag", "i går",
               "igår"),
    news_day_habits=("hver",),
    death_words=("er død", "døde", "er gået bort", "mindeord", "nekrolog"),
    birth_words=("blev født", "født"),
    upbringing_words=("voksede op", "opvokset", "søn af", "datter af", "barndom"),
    life_routine_words=("bisættelse", "bisættelsen", "begravelse", "begravelsen", "bisættes",
                        "begraves", "efterlader", "var gift med", "dødsfaldet", "halv stang",
                        "kondolence", "kondolencer", "et minuts stilhed"),
)
