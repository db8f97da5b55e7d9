"""Italian."""

from . import Rules

RULES = Rules(
    code="it", name="Italian", punkt="italian", snowball="italian",
    quotes=("«»", "“”", "‘’"),
    copulas=("è", "era", "fu"),
    articles=("il", "lo", "la", "i", "gli", "le", "l'", "un", "uno", "una", "un'"),
    abbreviations=("sig", "sigg", "sig.ra", "dott", "dr", "prof", "ing", "avv", "on", "sen",
                   "es", "ca", "n", "gen", "dott.ssa", "prof.ssa", "cfr", "art", "sgg"),
    final_abbreviations=("et al", "ecc", "pag", "vol", "feb", "apr", "ago", "sett", "ott", "nov",
                         "dic", "s.p.a", "pp"),
    linking_words=("ma", "e", "però", "tuttavia", "inoltre", "intanto", "nel frattempo",
                   "comunque", "peraltro", "infatti", "anche"),
    additive_words=("inoltre",),
    context_words=("lui", "lei", "loro", "esso", "essa", "questo", "questa", "questi", "queste",
                   "quello", "quella", "ciò", "suo", "sua", "suoi", "sue", "o", "quindi", "dunque",
                   "poi", "allora", "così", "invece", "lì", "là", "per esempio", "ad esempio",
                   "pertanto", "quest'ultimo", "egli", "essi", "esse", "d'altra parte",
                   "per questo", "ciononostante", "in questo modo", "più tardi", "in altre parole",
                   "il giorno dopo", "poco dopo",
                   # what the sentence before told: "È quanto emerge da uno studio ..."
                   "è quanto", "è ciò che",
                   # a sentence with no subject, "(It) is the biggest rise since ...": its
                   # subject is in the sentence before
                   "è il", "è la", "è lo", "è un", "è una", "fu il", "fu la", "fu un", "fu una",
                   "era il", "era la", "era un", "era una", "si tratta di",
                   # since or at the moment told before: "Da allora ...", "All'epoca, ..."
                   "da allora", "da quel momento", "da quel giorno", "all'epoca,",
                   "a quel tempo", "in quel momento"),
    # the subject left to the sentence before: "Ha lavorato per vent'anni ...", "È stato eletto ..."
    subjectless_verbs=(
                       # according to him or her: the speaker named before
                       "secondo lui", "secondo lei", "secondo loro", "a suo dire", "a suo avviso",
                       "a suo parere",
                       # "as (she) said," with no name before the comma: the speaker named before
                       "come ha spiegato,", "come ha detto,", "come ha sottolineato,",
                       "come ha aggiunto,", "come ha ricordato,", "come ha precisato,",
                       "secondo quanto ha spiegato,",
                       "ha", "hanno", "aveva", "avevano", "avrà", "è stato", "è stata",
                       "e' stato", "e' stata", "era stato", "era stata", "fu", "sarà", "nacque",
                       "è nato", "è nata", "morì", "è morto", "è morta", "vive", "viveva",
                       "lavora", "lavorava", "dirige", "conta", "misura", "costerà",
                       "è costato", "è costata", "aggiunge", "spiega", "racconta", "sottolinea",
                       "ricorda", "dovrà", "potrà", "era nato", "era nata"),
    subjectless_endings=("ò",),
    clefts=("è la prima volta", "è l'unica volta", "è l'ultima volta", "fu la prima volta",
            "era la prima volta", "è la seconda volta", "è la terza volta"),
    opening_pronouns=("lui", "lei", "egli", "essi"),
    clause_words=("che", "quando", "perché", "se", "come", "dove", "mentre", "sebbene", "e",
                  "ed", "o", "ma", "né", "chi", "cui"),
    time_units=("anni", "anno", "decenni", "mesi", "mese", "settimane", "settimana", "giorni",
                "giorno", "ore", "minuti"),
    # "dopo," with its comma: "Un anno dopo la chiusura, ..." counts from its own
    later_words=("dopo,", "più tardi"),
    than_words=("di quanto", "del previsto", "rispetto"),
    conjunctions=("ma", "e"),
    leaning_patterns=(
                      # some of them ("Molti di loro ..."): who, only the sentence before says
                      r"^(?:[^\W\d_][\w'’-]*\s+){1,2}di (?:loro|questi|queste)\b",
                      r"[,”\"»]\s*(?:ha detto|ha aggiunto|ha spiegato|ha dichiarato)\.?\s*$",
                      # only who told the sentence before: "Lo rende noto la polizia.", "Lo
                      # ha annunciato il sindaco." (not the article: "Lo sciopero ...")
                      r"^lo (?:rende|rendono|ha|hanno|riferisce|riferiscono|comunica|"
                      r"comunicano|annuncia|annunciano|conferma|confermano|scrive|scrivono|"
                      r"dice|dicono|spiega|spiegano|riporta|riportano|afferma|affermano|"
                      r"precisa|sottolinea)\b",),
    epithets=(r"^(?:il|la|lo|i|gli|le|l['’])\s?(coppia|uomo|donna|uomini|donne|ragazz[oa]|"
              r"agenti|sospettat[oi]|vittim[ae]|gruppo|due|tre)",),
    epithet_relatives=("che", "cui"),
    demonstratives=("questo", "questa", "questi", "queste", "quel", "quella", "quei", "quelle"),
    deictic_nouns=("anno", "settimana", "mese", "mattina", "mattino", "pomeriggio", "sera",
                   "notte", "weekend", "stagione", "estate", "inverno", "primavera", "autunno",
                   "volta", "giorno", "secolo", "trimestre", "lunedì", "martedì", "mercoledì",
                   "giovedì", "venerdì", "sabato", "domenica", "articolo", "testo", "post",
                   "giorni", "anni", "settimane", "mesi", "tempi"),
    # "vi" is left out: it also means "there".
    personal_words=("io", "me", "mi", "mio", "mia", "miei", "mie", "tu", "te", "ti", "tuo", "tua",
                    "tuoi", "tue"),
    reader_words=("tu", "te", "ti", "tuo", "tua", "tuoi", "tue"),
    amount_words=("milioni", "milione", "miliardi", "miliardo", "mila", "mln", "mld", "euro",
                  "dollari"),
    percent_words=("per cento", "percento", "punti percentuali"),
    unit_words=("chilometri", "metri", "tonnellate", "ettari", "gradi"),
    months=(
        ("gennaio", "gen"),
        ("febbraio", "feb"),
        ("marzo", "mar"),
        ("aprile", "apr"),
        ("maggio", "mag"),
        ("giugno", "giu"),
        ("luglio", "lug"),
        ("agosto", "ago"),
        ("settembre", "set", "sett"),
        ("ottobre", "ott"),
        ("novembre", "nov"),
        ("dicembre", "dic"),
    ),
    date_labels=("pubblicato", "pubblicato il"),
    updated_labels=("aggiornato", "aggiornato il"),
    time_ago=(r"\d+\s+(?:secondi|minuti|min|ore|ora|giorni|giorno|settimane|mesi|mese)\s+fa",),
    reading_time=("di lettura", "tempo di lettura", "tempo di lettura stimato"),
    minute_words=("min", "minuti", "minuto"),
    boilerplate=("leggi anche", "leggi anche su", "potrebbe interessarti",
                 "articoli correlati", "guarda anche", "pubblicità", "foto:", "fonte:",
                 "video:", "condividi", "seguici", "iscriviti", "abbonati", "clicca qui"),
    byline_labels=("di", "a cura di", "scritto da", "pubblicato da", "testo", "autore"),
    name_joiners=("e",),
    lede_labels=("ultim'ora", "esclusiva", "commento", "analisi", "diretta", "video"),
    about_labels=("chi è", "informazioni su"),
    company_profile=(r"{name},? è (?:una|un|uno|il|la|l’|l') ?(?:[\w’'-]+ ){0,6}?(?:azienda|"
                     r"società|fornitore|produttore|gruppo|leader)\b",),
    role_words=("redazione", "corrispondente", "giornalista", "inviato", "inviata"),
    calls_to_action=("iscriviti", "abbonati", "seguici", "newsletter",
                     # sign-offs
                     "alla prossima", "un abbraccio",
                     # also "una buona lettura del testo"
                     "buona lettura",
                     # saying that nothing was said
                     "non ha voluto commentare", "non ha risposto",
                     "non è stato possibile raggiungere"),
    list_labels=("passo", "passaggio", "consiglio", "capitolo", "parte", "motivo", "regola",
                "domanda", "n."),
    salutations=("caro", "cara", "cari", "care", "gentile", "egregio"),
    answer_headings=("la risposta", "risposta", "la nostra risposta"),
    box_headings=("pro", "contro", "pregi", "difetti", "verdetto"),
    summary_headings=("punti chiave", "in sintesi", "in breve", "cosa sappiamo",
                      "i punti chiave"),
    editors_notes=("nota per le redazioni", "note per le redazioni", "nota per i redattori"),
    reference_headings=("riferimenti", "fonti", "note", "bibliografia",
                        "riferimenti bibliografici"),
    # an advice column's answer giving its advice
    advice_words=("dovrebbe", "dovresti", "dovreste", "il mio consiglio", "le consiglio",
                  "ti consiglio", "le suggerisco", "ti suggerisco", "provi a", "prova a"),
    # an answer's advice in the imperative, a connective giving a step before it
    advice_patterns=(
        r"^(?:(?:poi|quindi|infine|prima di tutto|inoltre|soprattutto),?\s+)?(?:non\s+(?:si|ti|"
        r"le)\s+)?(?:parli|parla|scriva|scrivi|chieda|chiedi|proponga|proponi|eviti|evita|cerchi|"
        r"cerca|tenga|tieni|faccia|fai|dica|si rivolga|rivolgiti|provi|prova|consulti|consulta|"
        r"lasci|lascia|decida|decidi|chiami|chiama)\b",
    ),
    description_labels=("comunicato stampa", "la diretta", "in diretta", "cronaca di",
                        "la cronaca di", "reportage", "un reportage", "ritratto di",
                        "un ritratto di", "la storia di", "un racconto", "un viaggio",
                        "intervista a", "intervista con", "un'intervista a", "fotogallery",
                        "una giornata con", "una giornata a"),
    # the page's layout, opening a sentence: "Qui sotto trovate la ricetta completa." (not a place below
    # another, nor a layout word inside a sentence that tells its own fact)
    page_talk_openers=("qui sotto trovate", "qui sotto potete", "di seguito trovate", "qui di seguito"),
    # the page announcing what follows, as the whole line
    announcements=("ecco le regole", "ecco come funziona", "ecco cosa cambia", "ecco cosa sapere",
                   "ecco come fare", "ecco i dettagli", "ecco le novità", "ecco perché"),
    page_talk=("clicca qui", "grazie per la lettura",
               # a live blog opening or closing itself: "Segui la diretta ...", "Si chiude qui
               # la nostra diretta."
               "segui la diretta", "seguite la diretta", "segui in diretta",
               "si chiude qui la", "chiudiamo qui la diretta", "finisce qui la nostra diretta",
               # a disclaimer: "Le opinioni ... non riflettono necessariamente ..."
               "necessariamente le opinioni", "necessariamente l'opinione",
               "necessariamente la posizione",
               # a review's disclosure: "Ho ricevuto una copia del libro dall'editore."
               "ho ricevuto una copia", "copia omaggio", "copia stampa",
               "fornita dall'editore", "fornito in prova",
               # the page announcing itself: "La guida completa alla nuova Ztl."
               "tutto quello che c'è da sapere", "tutto ciò che c'è da sapere",
               "tutto quello che bisogna sapere", "ecco cosa c'è da sapere",
               "la guida completa", "la nostra guida",
               # a correction of the page itself
               "una versione precedente di questo articolo", "questo articolo è stato corretto",
               "nota della redazione",
               # a live blog's lines about itself: asking the reader to follow, saying it is
               # updated or has ended ("Diretta terminata.")
               "segui gli aggiornamenti", "segui tutti gli aggiornamenti",
               "segui la nostra diretta", "diretta terminata", "la diretta è terminata",
               "chiudiamo la diretta",
               # ... welcoming its reader or signing off
               # ("Buongiorno e benvenuti nella diretta ...", "Grazie per averci seguito.")
               "benvenuti nella diretta", "benvenuti alla diretta",
               "benvenuti nella nostra diretta", "grazie per averci seguito",
               "grazie per averci seguiti", "la nostra diretta si chiude", "la diretta si chiude",
               "aggiornate la pagina", "aggiorna la pagina",
               # ... or saying when it comes back, or welcoming the reader to it by name
               "seguiremo qui le fasi"),
    offers=(
        # "Abbonati a 1 € per il primo mese"
        r"^abbonati\b[^.!?]{0,80}?{price}",
        # a bookmaker's welcome offer: "... fino a 100 € sul tuo primo deposito"
        r"^(?:[^\"“”„«»]*:\s)?[^.!?\"“”„«»]{0,60}?{price}"
        r"[^.!?\"“”„«»]{0,40}?\bsul\s+tuo\s+primo\s+deposito\b",
    ),
    background_words=("l'anno scorso", "lo scorso anno", "anni fa",
                      "decenni fa", "negli ultimi # anni"),
    review_words=("recensione",),
    opinion_words=("opinioni", "opinione", "commento", "editoriale", "l'editoriale"),
    demand_words=("chiedo", "chiediamo", "bisogna", "occorre", "deve", "devono", "dovrebbe",
                  "dovrebbero", "è ora"),
    score_words=("su", "stelle", "stelline"),
    turn_words=("ancora per poco", "sta per cambiare", "stanno per cambiare", "non più",
                "fino a oggi", "fino ad ora", "tutto è cambiato", "potrebbe cambiare",
                "sta per finire"),
    decision_words=("ha deciso", "hanno deciso", "ha approvato", "hanno approvato", "ha votato",
                    "hanno votato", "ha annunciato", "ha comunicato", "hanno comunicato",
                    "ha reso noto", "ha stabilito", "ha firmato", "hanno firmato", "ha respinto",
                    "ha deliberato"),
    source_words=("secondo", "stando a", "studio", "rapporto", "indagine", "dati", "i numeri",
                  "sondaggio", "ricerca"),
    clock_words=("del mattino", "di mattina", "ogni mattina", "e mezza", "e un quarto",
                 "meno un quarto", "meno dieci", "meno venti", "sono le"),
    news_days=("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",
               "lunedi", "martedi", "mercoledi", "giovedi", "venerdi", "ieri"),
    news_day_habits=("ogni", "il", "la", "tutti i", "tutte le"),
    death_words=("è morto", "è morta", "muore", "è scomparso", "è scomparsa", "si è spento",
                 "si è spenta", "addio a"),
    birth_words=("è nato", "è nata", "nato a", "nata a", "nacque"),
    upbringing_words=("cresciuto a", "cresciuta a", "figlio di", "figlia di", "sua infanzia"),
    life_routine_words=("funerali", "funerale", "camera ardente", "esequie", "lascia la moglie",
                        "lascia il marito", "lascia i figli", "era sposato", "era sposata",
                        "mezz'asta", "cordoglio", "condoglianze", "annunciato la scomparsa",
                        "lutto cittadino", "minuto di silenzio"),
)
