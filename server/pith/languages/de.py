"""German."""

from . import Rules

RULES = Rules(
    code="de", name="German", punkt="german", snowball="german",
    quotes=("„“", "‚‘", "»«", "«»"),
    copulas=("ist", "war"),
    articles=("der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "eines"),
    abbreviations=("bzw", "z. b", "z.b", "d. h", "d.h", "u. a", "u.a", "vgl", "ca", "dr",
                   "prof", "hr", "fr", "nr", "abs", "ggf", "evtl", "inkl", "zzgl", "bzgl",
                   "sog", "v. a", "v.a", "gegr", "geb", "verh", "bspw", "dipl", "insb",
                   "ehem", "gem", "lt", "o. g", "m. e", "hl", "st"),
    final_abbreviations=("et al", "usw", "str", "s. o", "u. ä", "o. ä", "mio", "mrd", "tsd", "jh",
                         "jhd", "chr", "etc", "usf", "ff", "ggü"),
    ordinal_words=("im", "am", "zum", "zur", "vom", "beim", "der", "die", "das", "den", "dem",
                   "des", "ein", "eine", "einer", "eines", "einem", "einen", "ihr", "ihre",
                   "ihrem", "ihren", "sein", "seine", "seinem", "seinen"),
    linking_words=("aber", "doch", "und", "zudem", "außerdem", "jedoch", "allerdings", "dennoch",
                   "trotzdem", "auch", "ebenfalls", "indes", "unterdessen"),
    additive_words=("zudem", "außerdem"),
    subjectless_verbs=(
                       # according to him or her: the speaker named before
                       "ihm zufolge", "ihr zufolge", "seiner ansicht nach", "ihrer ansicht nach",
                       "nach seinen worten", "nach ihren worten"),
    # "since" as a conjunction, its clause's subject after it: "Seitdem die Seebrücke im März
    # 2023 gesperrt wurde, quälen sich ..." ("Seitdem hat die Familie ..." leans)
    clefts=("seitdem der", "seitdem die", "seitdem das", "seitdem den", "seitdem ein",
            "seitdem eine", "seitdem er", "seitdem sie", "seitdem es", "seitdem wir",
            "seitdem man", "seitdem bekannt", "seit damals die", "seit damals der"),
    context_words=("er", "sie", "es", "ihr", "ihre", "ihren", "sein", "seine", "seinen", "dies",
                   "diese", "dieser", "dieses", "diesem", "diesen", "dabei", "daher", "deshalb",
                   "deswegen", "dafür", "dagegen", "damit", "danach", "darauf", "darüber", "oder",
                   "so", "also", "hingegen", "stattdessen", "somit", "folglich", "zuvor", "später",
                   "dort", "hier", "denn", "sondern", "gleichzeitig", "zum beispiel", "damals",
                   "beispielsweise", "letzterer", "ersterer", "demnach", "dazu", "davon",
                   "gemeint ist", "gemeint sind", "gemeint war",
                   # "exactly that", "just this": what, the sentence before says
                   "genau das", "genau dies", "genau diese", "genau dieser", "genau dieses",
                   "dadurch", "darin", "immerhin", "zugleich", "anschließend", "jene", "jener",
                   "solche", "ihm", "ihnen", "mit anderen worten", "am nächsten tag",
                   "am folgenden tag", "kurz darauf",
                   # since the moment told before: "Seitdem ...", "Kurz danach ..."
                   "seitdem", "seither", "seit damals", "wenig später", "kurz danach",
                   "tags darauf", "am tag darauf", "bald darauf"),
    opening_pronouns=("er", "sie"), verb_second=True,
    clause_words=("dass", "weil", "wenn", "als", "ob", "nachdem", "bevor", "während", "damit",
                  "wie", "wo", "was", "und", "oder", "aber", "denn", "sondern"),
    time_units=("jahr", "jahre", "jahren", "jahrzehnte", "monat", "monate", "monaten",
                "woche", "wochen", "tag", "tage", "tagen", "stunde", "stunden", "minuten"),
    later_words=("später", "danach", "darauf"),
    than_words=("als",),
    conjunctions=("aber", "doch", "und"),
    leaning_patterns=(
                      # some of them ("Viele von ihnen ..."): who, only the sentence before says
                      r"^(?:[^\W\d_][\w-]*\s+){1,2}von (?:ihnen|diesen)\b",
                      r"^(?:der|die) \d+-jährige\b",
                      # the one the sentence before named, among the first words: "Eine
                      # entsprechende Verordnung ...", "Das Kabinett beschloss einen
                      # entsprechenden ..." (not "Unternehmen müssen künftig ein
                      # entsprechendes Zertifikat kaufen", pointing inside its sentence)
                      r"^(?:[^\W\d_][\w-]*\s+){0,3}(?:ein|eine|einen|der|die|das|den)\s+"
                      r"entsprechende[nmrs]?\s+(?-i:[A-ZÄÖÜ])",
                      # only who told the sentence before: "Das bestätigte die Familie."
                      r"^das (?:bestätigten?|bestätigt|teilten?|teilt|sagten?|sagt|erklärten?|"
                      r"berichteten?|meldeten?|schreibt|schrieb)\b",
                      # ... or what shows it: "Das geht aus einem Bericht hervor.", "Das
                      # ergab eine Umfrage." (not "Das zeigt, dass ...")
                      r"^das (?:geht|ging) aus\b",
                      r"^das (?:ergab|ergibt|ergaben|ergeben|zeigt|zeigte|zeigen|zeigten)\b"
                      r"(?!,? dass)",
                      r"^(?:der|die) \d+ jahre alte\b",
                      r"[,“\"]\s*(?:sagte|sagt|so|erklärte|erklärt|betonte|betont|fügte|"
                      r"meint|erzählt) (?:er|sie)\b",
                      # a pronoun after the verb in second place: "Jahrelang hat er Geld aus
                      # der Gemeindekasse abgezweigt."
                      r"^(?:[^\W\d_][\w-]*\s+){1,3}(?:hat|hatte|ist|war|wird|wurde|soll|"
                      r"sollte|muss|musste|kann|konnte|will|wollte)\s+(?-i:er|sie)\s",
                      # "for it", "against it" among the first words, pointing back at what
                      # the sentence before told: "Das Land stellt dafür 8,4 Millionen Euro
                      # bereit." (not ahead, at a clause: "Sie setzt sich dafür ein, dass ...")
                      r"^(?:[^\W\d_][\w-]*\s+){1,3}(?:dafür|dagegen|dazu)\b(?!\s*,)"
                      r"(?![^.;:]*,\s*(?:dass|ob|um|wie|wenn)\s)"),
    reported_forms=("sei", "seien", "könne", "müsse", "solle", "dürfe", "wolle", "möge", "habe",
                    "werde", "gebe", "liege", "gehe", "stehe", "komme", "bleibe", "wisse",
                    "fehle", "gelte", "betrage", "brauche", "lasse", "handle", "arbeite",
                    "sehe", "prüfe", "plane", "drohe", "reiche"),
    # (the first person, "ich", is the writer's or the one interviewed: no one reported)
    attributions=("ich", "sagte", "sagt", "sagten", ", so", "so der", "so die", "so das",
                  "so ein", "so eine", "laut", "zufolge", "nach angaben", "nach darstellung",
                  "aus sicht", "nach aussage", "nach informationen", "nach ansicht",
                  "nach auffassung", "nach einschätzung", "erklärte", "erklärt", "erklärten",
                  "betonte", "betont", "betonten", "teilte", "teilt", "teilten", "mitteilte",
                  "mitgeteilt", "mitteilten", "meinte", "meint", "hieß es", "heißt es",
                  "es hieß", "kritisierte", "kritisiert", "kritisierten", "warnte", "warnt",
                  "warnten", "forderte", "fordert", "forderten", "berichtete", "berichtet",
                  "sprach", "räumte", "räumt", "fügte", "ergänzte", "argumentierte",
                  "bestätigte", "bestätigt", "versicherte", "versichert", "unterstrich",
                  "unterstreicht", "mahnte", "mahnt", "verwies", "wies", "begründete", "kündigte",
                  "gab an", "gibt an", "behauptete", "behauptet", "schrieb", "schreibt",
                  "erläuterte", "erläutert", "bekräftigte", "beklagte", "bemängelte",
                  "entgegnete", "schilderte", "erzählte", "dementierte", "ließ verlauten",
                  "ansicht", "meinung", "glaubt", "glaubte", "fürchtet", "befürchtet",
                  "vermutet", "davon aus", "überzeugt", "zeigte sich", "zeigt sich", "hofft",
                  "hoffte", "sagen", "erklären", "betonen", "fordern", "warnen", "kritisieren",
                  "befürchten", "berichten", "meinen"),
    # the writer's own formulas and comparisons ("als habe die Regierung ...")
    reported_exceptions=("es sei denn", "sei es", "wie dem auch sei", "gott sei dank",
                         "sei darauf hingewiesen", "sei angemerkt", "erwähnt sei", "es werde",
                         "als sei", "als seien", "als habe", "als gebe", "als könne",
                         "als müsse", "als werde", "als wolle", "als komme", "als gehe"),
    epithets=(r"^(?:der|die|das|den) (paar|mann|frau|männer|frauen|junge|mädchen|beamten|"
              r"polizisten|verdächtigen?|opfer|gruppe|zwei|drei)",),
    epithet_relatives=("der", "die", "das", "den", "dem", "deren", "dessen"),
    nouns_capitalised=True,
    demonstratives=("dieser", "diese", "dieses", "diesem", "diesen", "jener", "jene", "jenes",
                    "jenem", "jenen"),
    deictic_nouns=("jahr", "jahres", "woche", "monat", "monats", "morgen", "vormittag",
                   "nachmittag", "abend", "nacht", "wochenende", "saison", "sommer", "winter",
                   "frühjahr", "frühling", "herbst", "mal", "zeit", "tag", "tages", "jahrhundert",
                   "jahrzehnt", "quartal", "montag", "dienstag", "mittwoch", "donnerstag",
                   "freitag", "samstag", "sonntag", "artikel", "beitrag", "text", "tagen",
                   "jahren", "wochen", "monaten", "zeiten"),
    # "Sie" and "ihr" are left out: they also mean she, they and her.
    personal_words=("ich", "mich", "mir", "mein", "meine", "meinen", "meinem", "meiner", "meines",
                    "du", "dich", "dir", "dein", "deine", "deinen", "deinem", "deiner"),
    reader_words=("du", "dich", "dir", "dein", "deine", "deinen", "deinem", "deiner"),
    amount_words=("millionen", "million", "mio", "milliarden", "milliarde", "mrd", "billionen",
                  "euro", "dollar", "franken", "pfund"),
    percent_words=("prozent", "prozentpunkte", "prozentpunkten"),
    unit_words=("kilometer", "meter", "tonnen", "hektar", "grad"),
    months=(
        ("januar", "jänner", "jan"),
        ("februar", "feb"),
        ("märz", "maerz", "mär"),
        ("april", "apr"),
        ("mai",),
        ("juni", "jun"),
        ("juli", "jul"),
        ("august", "aug"),
        ("september", "sep", "sept"),
        ("oktober", "okt"),
        ("november", "nov"),
        ("dezember", "dez"),
    ),
    date_labels=("veröffentlicht", "erstellt"),
    updated_labels=("aktualisiert", "zuletzt aktualisiert", "stand"),
    time_ago=(
        r"vor\s+\d+\s+(?:Sekunden?|Minuten?|Min\.?|Stunden?|Std\.?|Tagen?|Wochen?|Monaten?)",),
    reading_time=("Lesezeit", "Lesedauer"),
    minute_words=("min", "Min.", "Minuten", "Minute"),
    boilerplate=("lesen sie auch", "lesen sie mehr", "mehr zum thema", "auch interessant",
                 "das könnte sie auch interessieren", "weiterlesen", "anzeige", "werbung",
                 "foto:", "bild:", "quelle:", "video:", "teilen", "artikel teilen",
                 "folgen sie uns", "jetzt abonnieren", "newsletter abonnieren",
                 "zum newsletter", "hier klicken", "mehr erfahren"),
    byline_labels=("von", "text", "autor", "autorin", "geschrieben von", "autoren"),
    name_joiners=("und",),
    lede_labels=("eilmeldung", "exklusiv", "kommentar", "analyse", "live", "video", "korrektur"),
    about_labels=("über",),
    company_profile=(r"{name},? ist (?:ein|eine|einer|der|die) (?:[\w-]+ ){0,6}?(?:Anbieter|"
                     r"Unternehmen|Hersteller|Konzern|Spezialist|Dienstleister|Entwickler|"
                     r"Marktführer)",
                     r"{name},? hat (?:seinen|ihren) (?:Haupt|Firmen)sitz in\b"),
    role_words=("redakteur", "redakteurin", "korrespondent", "korrespondentin", "reporter",
                "reporterin"),
    calls_to_action=("abonnieren", "newsletter", "jetzt lesen", "weiterlesen", "folgen sie",
                     # a police appeal ("Zeugen werden gebeten, sich ... zu melden",
                     # "Zeugen, die ..., werden gebeten, sich unter der Telefonnummer ...")
                     "zeugen werden gebeten", "sachdienliche hinweise", "gebeten, sich unter",
                     # sign-offs
                     "bis zum nächsten mal",
                     # saying that nothing was said
                     "wollte sich nicht äußern", "wollte sich dazu nicht äußern",
                     "äußerte sich nicht", "war für eine stellungnahme nicht erreichbar",
                     "ließ eine anfrage unbeantwortet"),
    list_labels=("schritt", "tipp", "kapitel", "teil", "grund", "regel", "frage", "nr.", "nummer"),
    salutations=("liebe", "lieber", "hallo", "sehr geehrte", "sehr geehrter"),
    answer_headings=("die antwort", "antwort", "unsere antwort", "die antwort der expertin",
                     "die antwort des experten"),
    box_headings=("pro", "contra", "vorteile", "nachteile", "pro und contra", "plus", "minus"),
    summary_headings=("das wichtigste in kürze", "das wichtigste", "in kürze",
                      "zusammenfassung", "was wir wissen", "auf einen blick", "kurz und knapp"),
    editors_notes=("hinweis für redaktionen", "hinweise für redaktionen",
                   "hinweis für die redaktion", "hinweise für die redaktion",
                   "redaktionelle hinweise"),
    reference_headings=("quellen", "literatur", "einzelnachweise", "anmerkungen", "fußnoten",
                        "quellenangaben", "literaturverzeichnis", "weiterführende literatur"),
    # an advice column's answer giving its advice
    advice_words=("sollten sie", "solltest du", "sollte", "sollten", "mein rat", "rate ich",
                  "ich rate", "empfehle ich", "ich empfehle", "schlage ich vor",
                  "ich schlage vor", "versuchen sie", "versuche"),
    # an answer's advice in the imperative, a connective giving a step before it
    advice_patterns=(
        r"^(?:(?:dann|zuerst|danach|außerdem|bitte|vor allem|schließlich|"
        r"also),?\s+)?[^\W\d_]+(?:en|ern|eln)\s+(?-i:Sie)\b",
    ),
    description_labels=("pressemitteilung", "pressemeldung", "medienmitteilung",
                        "presseinformation", "ein besuch", "besuch bei", "besuch in",
                        "eine reportage", "reportage", "ein porträt", "porträt",
                        "die geschichte von", "die geschichte einer", "die geschichte eines",
                        "geschichte einer", "eine chronik", "chronik", "ein interview mit",
                        "interview mit", "ein gespräch mit", "gespräch mit", "liveticker",
                        "live-ticker", "newsblog", "bildergalerie", "ein ortsbesuch",
                        "ortsbesuch", "eine spurensuche", "spurensuche", "ein lokaltermin",
                        "ein tag mit", "ein tag bei", "protokoll einer", "protokoll eines"),
    # the page's layout, opening a sentence: "Unten finden Sie die Liste aller Haltestellen." (not a place below
    # another, nor a layout word inside a sentence that tells its own fact)
    page_talk_openers=("siehe unten", "unten finden sie", "unten lesen sie", "im folgenden finden sie",
                       "nachfolgend finden sie"),
    # the page announcing what follows, as the whole line
    announcements=("das sollten sie wissen", "so funktioniert es",
                   "so funktioniert's", "die wichtigsten fragen und antworten", "ein überblick"),
    page_talk=("hier klicken", "viele grüße", "danke fürs lesen", "dank fürs lesen",
               # a live blog opening or closing itself: "Wir beenden unseren Liveblog ..."
               "beenden unseren liveblog", "beenden diesen liveblog", "beenden den liveblog",
               "verfolgen sie hier live", "hier endet unser liveblog",
               # the page announcing itself: "Alles, was Sie wissen müssen."
               "alles, was sie wissen müssen", "alles was sie wissen müssen",
               "das müssen sie wissen", "alles, was man wissen muss",
               # a live blog announcing itself: "Alle aktuellen Entwicklungen ... im Liveblog."
               "im liveblog", "im live-blog", "im newsblog", "im ticker",
               # a review's or a trip's disclosure: "Das Testgerät wurde uns vom Hersteller
               # zur Verfügung gestellt.", "Die Reise wurde unterstützt von ..."
               "das testgerät wurde", "testgerät wurde uns", "testgerät stellte",
               "leihgabe des herstellers", "die reise wurde unterstützt",
               "wir erhalten eine provision",
               "rezensionsexemplar", "leseexemplar", "pressemuster",
               # a disclaimer: "Der Beitrag gibt nicht unbedingt die Meinung der Redaktion wieder."
               "gibt nicht unbedingt die meinung", "gibt nicht zwingend die meinung",
               "geben nicht unbedingt die meinung", "geben nicht zwingend die meinung",
               # a notice about the people in it: "Alle Namen wurden geändert." (not "Anna
               # (Name geändert) arbeitet ...", which tells the story)
               "namen wurden geändert", "namen wurden von der redaktion geändert",
               "namen sind geändert", "namen sind der redaktion bekannt",
               # a correction of the page itself
               "in einer früheren version dieses artikels", "dieser artikel wurde korrigiert",
               "anmerkung der redaktion",
               # a live blog's lines about itself: asking the reader to follow, saying it is
               # updated or has ended ("+++ Dieser Liveticker wird fortlaufend aktualisiert +++")
               "verfolgen sie hier", "verfolgen sie alle", "alle entwicklungen im liveblog",
               "alle entwicklungen im liveticker", "dieser liveticker", "beenden unseren liveticker",
               "beenden den liveticker", "hier endet unser liveticker",
               "liveticker wird", "liveblog wird", "dieser artikel wird laufend",
               "dieser artikel wird fortlaufend", "dieser artikel wird nicht mehr",
               # ... welcoming its reader or signing off
               # ("Herzlich willkommen zu unserem Newsticker ...", "Das war's für heute.")
               "willkommen im liveblog",
               "willkommen im newsticker", "das war's für heute", "das war's von uns",
               "das war es für heute", "vielen dank, dass sie dabei waren",
               "danke, dass sie dabei waren", "vielen dank fürs mitlesen",
               "vielen dank für ihr interesse", "in unserem newsticker", "in unserem liveblog",
               "in unserem liveticker", "aktualisieren sie die seite",
               # ... or saying when it comes back, or welcoming the reader to it by name
               "lesen sie in kürze", "in kürze lesen sie", "morgen früh berichten wir",
               "willkommen zu unserem newsticker", "willkommen zu unserem liveblog",
               "willkommen zu unserem liveticker", "willkommen in unserem liveblog",
               "willkommen in unserem newsticker"),
    offers=(
        # "Jetzt abonnieren und 1 € im ersten Monat zahlen", "Abonnieren Sie für 1 € ..."
        r"^(?:abonnieren|lesen sie alles|lesen sie (?:unbegrenzt\s+)?weiter|testen sie)\b"
        r"[^.!?]{0,80}?{price}",
        r"\bjetzt\s+abonnieren\b", r"\bdigital-?abo\b[^.!?]{0,60}?{price}",
        # a bookmaker's welcome offer: "... bis zu 100 € auf deine erste Einzahlung"
        r"^(?:[^\"“”„«»]*:\s)?[^.!?\"“”„«»]{0,60}?{price}"
        r"[^.!?\"“”„«»]{0,40}?\bauf\s+(?:deine|(?-i:Ihre))\s+erste\s+einzahlung\b",
    ),
    background_words=("letztes jahr", "letzten jahr", "vergangenes jahr", "im vergangenen jahr",
                      "vor # jahren", "vor # jahrzehnten", "seit # jahren", "seit # jahrzehnten",
                      "seit langem", "in den vergangenen # jahren", "in den letzten # jahren"),
    review_words=("Rezension", "Filmkritik", "Theaterkritik", "Buchkritik", "Konzertkritik",
                  "Opernkritik", "Serienkritik", "Albumkritik", "im Test"),
    opinion_words=("meinung", "kommentar", "gastbeitrag", "gastkommentar", "leitartikel", "kolumne",
                   "standpunkt"),
    demand_words=("sollte", "sollten", "muss", "müssen", "ich fordere", "wir fordern",
                  "es ist zeit", "es wird zeit"),
    score_words=("von", "sterne", "sternen", "punkte", "punkten"),
    turn_words=("nicht mehr lange", "bald nicht mehr", "bis jetzt", "bisher", "das ändert sich",
                "das könnte sich ändern", "alles hat sich geändert", "damit ist bald schluss",
                "damit ist schluss"),
    decision_words=("beschlossen", "beschließt", "beschloss", "entschieden", "zugestimmt",
                    "stimmte", "stimmten", "genehmigt", "bewilligt", "angekündigt", "kündigte",
                    "abgelehnt", "unterzeichnet", "verabschiedet"),
    source_words=("laut", "zufolge", "nach angaben", "nach zahlen", "studie", "bericht",
                  "umfrage", "statistik", "erhebung", "gutachten", "zahlen des", "zahlen der",
                  "daten des", "daten der"),
    clock_words=("morgens", "um halb", "viertel nach", "viertel vor", "zehn nach", "zehn vor",
                 "zwanzig nach", "zwanzig vor", "fünf nach", "fünf vor", "jeden morgen"),
    news_days=("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag",
               "Sonnabend", "Sonntag", "Montagabend", "Montagmorgen", "Montagvormittag",
               "Montagnachmittag", "Montagmittag", "Montagnacht", "Dienstagabend",
               "Dienstagmorgen", "Dienstagvormittag", "Dienstagnachmittag", "Dienstagmittag",
               "Dienstagnacht", "Mittwochabend", "Mittwochmorgen", "Mittwochvormittag",
               "Mittwochnachmittag", "Mittwochmittag", "Mittwochnacht", "Donnerstagabend",
               "Donnerstagmorgen", "Donnerstagvormittag", "Donnerstagnachmittag",
               "Donnerstagmittag", "Donnerstagnacht", "Freitagabend", "Freitagmorgen",
               "Freitagvormittag", "Freitagnachmittag", "Freitagmittag", "Freitagnacht",
               "Samstagabend", "Samstagmorgen", "Samstagvormittag", "Samstagnachmittag",
               "Samstagmittag", "Samstagnacht", "Sonnabendabend", "Sonnabendmorgen",
               "Sonnabendvormittag", "Sonnabendnachmittag", "Sonnabendmittag",
               "Sonnabendnacht", "Sonntagabend", "Sonntagmorgen", "Sonntagvormittag",
               "Sonntagnachmittag", "Sonntagmittag", "Sonntagnacht", "gestern", "vorgestern"),
    news_day_habits=("jeden", "Bild am", "Welt am"),
    death_words=("ist tot", "ist gestorben", "gestorben", "ist verstorben", "verstorben", "starb",
                 "stirbt", "nachruf", "ist verschieden", "entschlafen"),
    birth_words=("wurde geboren", "geboren", "kam zur welt"),
    upbringing_words=("aufgewachsen", "wuchs er", "wuchs sie", "sohn eines", "sohn einer",
                      "tochter eines", "tochter einer", "kindheit"),
    life_routine_words=("beerdigung", "beisetzung", "trauerfeier", "trauergottesdienst",
                        "begräbnis", "hinterlässt", "wird beigesetzt", "verheiratet", "halbmast",
                        "beileid", "kondolenzbuch", "bestätigte den tod", "gab den tod bekannt",
                        "schweigeminute", "trauerbeflaggung"),
)
