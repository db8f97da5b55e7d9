"""Dutch."""

from . import Rules

RULES = Rules(
    code="nl", name="Dutch", punkt="dutch", snowball="dutch",
    quotes=("“”", "‘’", "„”"),
    copulas=("is", "was"),
    articles=("de", "het", "een"),
    abbreviations=("dhr", "mevr", "mw", "dr", "prof", "ir", "ing", "mr", "drs", "bijv", "o.a",
                   "i.p.v", "m.b.t", "t.o.v", "d.w.z", "ca", "nr", "m.n", "z.g", "a.s", "vs"),
    final_abbreviations=("et al", "bv", "enz", "jl", "jan", "feb", "apr", "aug", "sept", "okt",
                         "nov", "dec", "e.d"),
    linking_words=("maar", "en", "echter", "bovendien", "ook", "toch", "daarnaast", "intussen",
                   "wel"),
    additive_words=("bovendien", "daarnaast"),
    context_words=("hij", "zij", "ze", "dit", "dat", "deze", "die", "zijn", "haar", "hun", "of",
                   "dus", "daarom", "daardoor", "daarna", "ondertussen", "daar", "hier", "verder",
                   "tegelijk", "zo", "vervolgens", "bijvoorbeeld", "desondanks", "laatstgenoemde",
                   "daarin", "destijds", "hem", "immers", "evenwel", "daarbij", "daarmee",
                   "hierdoor", "hiermee",
                   "met andere woorden", "de volgende dag", "kort daarna",
                   # since the moment told before: "Sindsdien ...", "Kort daarop ..."
                   "sindsdien", "kort daarop", "de dag erna", "daarop"),
    stop_words=("de", "en", "van", "ik", "te", "dat", "die", "in", "een", "hij", "het",
                "niet", "zijn", "is", "was", "op", "aan", "met", "als", "voor", "had", "er",
                "maar", "om", "hem", "dan", "zou", "of", "wat", "mijn", "men", "dit", "zo",
                "door", "over", "ze", "zich", "bij", "ook", "tot", "je", "mij", "uit", "der",
                "daar", "haar", "naar", "heb", "hoe", "heeft", "hebben", "deze", "u", "want",
                "nog", "zal", "me", "zij", "nu", "ge", "geen", "omdat", "iets", "worden",
                "toch", "al", "waren", "veel", "meer", "doen", "toen", "moet", "ben",
                "zonder", "kan", "hun", "dus", "alles", "onder", "ja", "eens", "hier", "wie",
                "werd", "altijd", "doch", "wordt", "wezen", "kunnen", "ons", "zelf", "tegen",
                "na", "reeds", "wil", "kon", "niets", "uw", "iemand", "geweest", "andere",
                "volgens", "tussen", "wel"),
    epithets=(r"^(?:de|het) (paar|man|vrouw|mannen|vrouwen|jongen|meisje|agenten|"
              r"verdachten?|slachtoffers?|groep|twee|drie)",),
    epithet_relatives=("die", "dat", "wie"),
    demonstratives=("deze", "dit"),
    deictic_nouns=("jaar", "week", "maand", "ochtend", "morgen", "middag", "avond", "nacht",
                   "weekend", "seizoen", "zomer", "winter", "voorjaar", "lente", "najaar",
                   "herfst", "keer", "dag", "eeuw", "kwartaal", "maandag", "dinsdag", "woensdag",
                   "donderdag", "vrijdag", "zaterdag", "zondag", "artikel", "bericht", "stuk",
                   "dagen", "jaren", "weken", "maanden", "tijden"),
    personal_words=("ik", "mij", "me", "mijn", "jij", "je", "jou", "jouw", "jullie", "u", "uw"),
    reader_words=("jij", "je", "jou", "jouw", "jullie", "u", "uw"),
    amount_words=("miljoen", "miljoenen", "miljard", "miljarden", "mln", "mld", "euro",
                  "dollar"),
    percent_words=("procent", "procentpunt", "procentpunten"),
    unit_words=("kilometer", "meter", "ton", "hectare", "graden"),
    months=(
        ("januari", "jan"),
        ("februari", "feb"),
        ("maart", "mrt"),
        ("april", "apr"),
        ("mei",),
        ("juni", "jun"),
        ("juli", "jul"),
        ("augustus", "aug"),
        ("september", "sep", "sept"),
        ("oktober", "okt"),
        ("november", "nov"),
        ("december", "dec"),
    ),
    date_labels=("gepubliceerd",),
    updated_labels=("bijgewerkt", "laatst bijgewerkt"),
    time_ago=(
        r"\d+\s+(?:seconden|minuten|minuut|min|uur|dagen|"
        r"dag|weken|week|maanden|maand)\s+geleden",),
    reading_time=("leestijd", "lezen"),
    minute_words=("min", "minuten", "minuut"),
    boilerplate=("lees ook", "lees meer", "meer over", "gerelateerd", "advertentie", "foto:",
                 "beeld:", "bron:", "video:", "delen", "volg ons", "abonneer", "schrijf je in",
                 "klik hier"),
    byline_labels=("door", "tekst", "auteur"),
    name_joiners=("en",),
    about_labels=("over",),
    company_profile=(r"{name},? is (?:een|de|het) (?:[\w-]+ ){0,6}?(?:aanbieder|bedrijf|"
                     r"leverancier|fabrikant|producent|specialist|marktleider)\b",),
    role_words=("redacteur", "correspondent", "verslaggever"),
    calls_to_action=("abonneer", "schrijf je in", "volg ons", "nieuwsbrief",
                     # sign-offs
                     "tot de volgende keer",
                     # saying that nothing was said
                     "wilde niet reageren", "wil niet reageren",
                     "was niet bereikbaar voor commentaar"),
    list_labels=("stap", "tip", "hoofdstuk", "deel", "reden", "regel", "vraag", "nr."),
    salutations=("beste", "lieve", "geachte"),
    answer_headings=("het antwoord", "antwoord", "ons antwoord"),
    box_headings=("pluspunten", "minpunten", "voordelen", "nadelen", "oordeel"),
    summary_headings=("in het kort", "samenvatting", "wat we weten", "de belangrijkste punten"),
    editors_notes=("noot voor de redactie", "noot voor redacties", "noot voor redactie"),
    reference_headings=("referenties", "bronnen", "noten", "literatuur", "bronvermelding",
                        "voetnoten"),
    # an advice column's answer giving its advice
    advice_words=("zou moeten", "moet je", "moet u", "mijn advies", "raad ik", "ik raad",
                  "stel ik voor", "ik stel voor", "probeer"),
    # an answer's advice in the imperative, a connective giving a step before it
    advice_patterns=(
        r"^(?:(?:dan|daarna|eerst|tot slot|ten slotte|bovendien|vooral),?\s+)?(?:praat|vraag|"
        r"stel voor|stel|zeg|schrijf|zoek|bespreek|spreek|leg|maak|neem|geef|bel|mail|kies|"
        r"wacht)\b",
    ),
    description_labels=("persbericht", "reportage", "een reportage", "portret", "een portret",
                        "het verhaal van", "verhaal van", "een bezoek aan", "bezoek aan",
                        "interview met", "een interview met", "een gesprek met", "gesprek met",
                        "liveblog", "in beeld", "fotoserie", "een dag met", "een dag bij"),
    # the page's layout, opening a sentence: "Hieronder vindt u het recept." (not a place below
    # another, nor a layout word inside a sentence that tells its own fact)
    page_talk_openers=("hieronder vindt u", "hieronder vind je", "hieronder leest u", "hieronder lees je",
                       "hieronder een overzicht", "zie hieronder", "in het overzicht hieronder"),
    # the page announcing what follows, as the whole line
    announcements=("dit moet je weten", "dit moet u weten", "zo werkt het", "dit verandert er",
                   "een overzicht"),
    page_talk=("klik hier", "bedankt voor het lezen",
               # a live blog opening or closing itself: "Volg hier live ...", "We sluiten dit
               # liveblog af."
               "volg hier live", "volg het live", "sluiten dit liveblog",
               "sluiten we dit liveblog", "sluiten het liveblog",
               # a disclaimer: "... geeft niet noodzakelijk het standpunt van de redactie weer."
               "niet noodzakelijk het standpunt", "niet noodzakelijk de mening",
               # a review's disclosure: "Het recensie-exemplaar werd ter beschikking gesteld ..."
               "recensie-exemplaar", "recensieexemplaar", "testexemplaar",
               # the page announcing itself: "Alles wat je moet weten over ..."
               "alles wat je moet weten", "alles wat u moet weten", "de complete gids",
               # a correction of the page itself, a release's note to the editors
               "een eerdere versie van dit artikel", "dit artikel is aangepast",
               "noot van de redactie", "noot voor de redactie",
               # a live blog's lines about itself: asking the reader to follow, saying it is
               # updated or has ended ("Volg hier alle ontwikkelingen rond ...")
               "volg hier", "volg alle ontwikkelingen", "volg de laatste ontwikkelingen",
               "volg het laatste nieuws", "dit liveblog wordt niet meer bijgewerkt",
               "dit artikel wordt niet meer bijgewerkt", "dit liveblog wordt voortdurend",
               "dit artikel wordt voortdurend", "we sluiten dit liveblog",
               # ... welcoming its reader or signing off
               # ("Goedemorgen en welkom in ons liveblog ...", "Bedankt voor het meelezen!")
               "welkom in ons liveblog", "welkom bij ons liveblog", "bedankt voor het meelezen",
               "bedankt voor het volgen", "bedankt voor het meekijken", "volgen we dan live",
               "volg alles over", "in ons liveblog", "ververs de pagina",
               # ... or saying when it comes back, or welcoming the reader to it by name
               "morgen zijn we terug met"),
    offers=(
        # "Neem een abonnement voor € 1 de eerste maand"
        r"^(?:neem (?:nu )?een abonnement|word (?:nu )?abonnee|lees onbeperkt)\b[^.!?]{0,80}?"
        r"{price}",
        # a bookmaker's welcome offer: "... tot € 100 op je eerste storting"
        r"^(?:[^\"“”„«»]*:\s)?[^.!?\"“”„«»]{0,60}?{price}"
        r"[^.!?\"“”„«»]{0,40}?\bop\s+(?:je|uw)\s+eerste\s+storting\b",
    ),
    background_words=("vorig jaar", "vorige jaar", "jaren geleden", "jaar geleden", "al jaren",
                      "sinds jaren", "de afgelopen # jaren", "de afgelopen # jaar"),
    review_words=("recensie", "review"),
    opinion_words=("opinie", "column", "commentaar", "hoofdredactioneel"),
    demand_words=("moet", "moeten", "zou moeten", "ik vraag", "wij vragen", "het is tijd"),
    score_words=("op", "uit", "sterren"),
    turn_words=("niet lang meer", "tot nu toe", "niet meer", "dat gaat veranderen", "dat verandert",
                "alles veranderde", "daar komt een eind aan"),
    decision_words=("stemde", "stemden", "ingestemd", "besloten", "besloot", "keurde",
                    "goedgekeurd", "kondigde", "heeft aangekondigd", "tekende", "ondertekend",
                    "verwierp"),
    source_words=("volgens", "blijkt uit", "onderzoek", "rapport", "studie", "cijfers", "enquête"),
    clock_words=("'s ochtends", "’s ochtends", "'s morgens", "’s morgens", "elke ochtend",
                 "om half", "kwart over", "kwart voor", "tien over", "tien voor", "het is half"),
    news_days=("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
               "maandagavond", "maandagochtend", "maandagmiddag", "maandagnacht",
               "maandagmorgen", "dinsdagavond", "dinsdagochtend", "dinsdagmiddag",
               "dinsdagnacht", "dinsdagmorgen", "woensdagavond", "woensdagochtend",
               "woensdagmiddag", "woensdagnacht", "woensdagmorgen", "donderdagavond",
               "donderdagochtend", "donderdagmiddag", "donderdagnacht", "donderdagmorgen",
               "vrijdagavond", "vrijdagochtend", "vrijdagmiddag", "vrijdagnacht",
               "vrijdagmorgen", "zaterdagavond", "zaterdagochtend", "zaterdagmiddag",
               "zaterdagnacht", "zaterdagmorgen", "zondagavond", "zondagochtend",
               "zondagmiddag", "zondagnacht", "zondagmorgen", "gisteren", "gisteravond",
               "gistermiddag", "gisterochtend"),
    news_day_habits=("elke", "iedere"),
    opening_pronouns=("hij", "ze", "zij"), verb_second=True,
    clause_words=("dat", "die", "wat", "als", "omdat", "toen", "of", "wanneer", "nadat",
                  "voordat", "terwijl", "zodat", "hoe", "waar", "waarom", "wie", "en", "maar",
                  "want"),
    time_units=("jaar", "jaren", "decennia", "maand", "maanden", "week", "weken", "dag",
                "dagen", "uur", "minuten"),
    later_words=("later", "daarna", "erna"),
    than_words=("dan",),
    conjunctions=("maar", "en"),
    # some of them ("Velen van hen ..."): who, only the sentence before says
    leaning_patterns=(r"^(?:[^\W\d_][\w-]*\s+){1,2}van hen\b",),
    death_words=("overleden", "overlijdt", "is gestorven", "gestorven", "in memoriam"),
    birth_words=("werd geboren", "geboren"),
    upbringing_words=("groeide op", "opgegroeid", "zoon van", "dochter van", "zijn jeugd",
                      "haar jeugd"),
    life_routine_words=("uitvaart", "begrafenis", "crematie", "afscheidsdienst", "wordt begraven",
                        "wordt gecremeerd", "was getrouwd", "halfstok", "condoleance",
                        "condoleances", "condoleanceregister", "minuut stilte",
                        "bevestigde het overlijden"),
)
