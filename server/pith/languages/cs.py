"""Czech."""

from . import Rules

RULES = Rules(
    code="cs", name="Czech", punkt="czech", snowball="czech",
    quotes=("„“", "‚‘", "»«"),
    copulas=("je", "byl", "byla", "bylo"),
    abbreviations=("např", "tzv", "tj", "resp", "mj", "př", "cca", "ing", "mgr", "doc",
                   "prof", "dr", "judr", "mudr", "phdr", "č", "s", "r", "ul", "nám", "odst",
                   "tzn", "popř", "ml"),
    final_abbreviations=("et al", "apod", "atd", "tis", "mil", "mld", "kč", "aj", "min", "max"),
    dotted_dates=True,
    # Ordinals are written with a full stop ("ve 3. Pražském jaru", "jeho 10. gól"): after
    # these prepositions, a possessive or a demonstrative the number is one. Not after those
    # that take a count ("stoupl na 12.", "vzrostl o 5.", "Výsledek je 2.").
    ordinal_words=("v", "ve", "při", "během", "jeho", "její", "jejich", "svůj", "svém",
                   "své", "svou", "svého", "svému", "svých", "ten", "ta", "tom", "té", "toho",
                   "tu"),
    # The writer talking as "I" or to "you" (not "we"), outside a quotation.
    # "má", "ty" and "ti" are left out: they also mean "has" and "those".
    personal_words=("já", "mě", "mne", "mi", "mnou", "můj", "moje", "mého", "mému", "mým", "tě",
                    "tebe", "tobě", "tebou", "tvůj", "tvoje", "tvá", "tvé", "tvého"),
    reader_words=("tě", "tebe", "tobě", "tebou", "tvůj", "tvoje", "tvá", "tvé", "tvého"),
    # "But", "and", "however", "meanwhile": "Jenže Sparta prohrála ..." is shown as
    # "Sparta prohrála ...".
    linking_words=("ale", "a", "jenže", "avšak", "nicméně", "navíc", "zároveň", "mezitím",
                   "přesto"),
    additive_words=("navíc",),
    context_words=("on", "ona", "ono", "oni", "ony", "to", "ten", "ta", "tento", "tato",
                   "toto", "tyto", "jeho", "její", "jejich", "nebo", "však", "také", "rovněž",
                   "ovšem", "proto", "tedy", "pak", "potom", "tam", "tady",
                   "například", "naopak",
                   # "after all", "so"; "together with her": who, the sentence before says
                   "přitom", "totiž", "takže", "zato",
                   "spolu s ním", "spolu s ní", "spolu s nimi",
                   # "at the time": the time the sentence before told
                   "tenkrát", "v té době",
                   # since the moment told before: "Od té doby ...", "Krátce nato ..."
                   "od té doby", "od té chvíle", "krátce nato"),
    # "since" as a conjunction: "Od té doby, co loni v září otevřeli obchvat, ..."
    clefts=("od té doby, co", "od té doby co", "od té doby, kdy", "od té chvíle, co",
            "od té chvíle, kdy"),
    # the subject left to the sentence before: "Byl zvolen ...", "Stál dvě miliardy korun."
    subjectless_verbs=(
                       # according to him or her: the speaker named before
                       "podle něj", "podle něho", "podle ní", "podle nich", "podle jeho slov",
                       "podle jejích slov",
                       # "as (she) said," with no name before the comma: the speaker named before
                       "jak uvedl,", "jak uvedla,", "jak řekl,", "jak řekla,", "jak dodal,",
                       "jak dodala,", "jak vysvětlil,", "jak vysvětlila,", "jak zdůraznil,",
                       "jak zdůraznila,", "jak říká,", "jak dodává,", "jak vysvětluje,",
                       "má", "měl", "měla", "měli", "mají", "je", "byl", "byla", "bylo", "byli",
                       "bude", "narodil", "narodila", "zemřel", "zemřela", "žije", "žil",
                       "žila", "pracuje", "pracoval", "pracovala", "vede", "vedl", "stál",
                       "stála", "stálo", "stojí", "dodal", "dodala", "uvedl", "uvedla", "řekl",
                       "řekla", "zná", "musí", "musel", "musela"),
    amount_words=("milionů", "miliony", "milion", "milionu", "mil", "miliard", "miliardy",
                  "miliardu", "miliardů", "mld",
                  "tisíc", "korun", "kč", "eur", "dolarů"),
    percent_words=("procent", "procenta", "procentních bodů"),
    months=(
        ("ledna", "leden"),
        ("února", "únor"),
        ("března", "březen"),
        ("dubna", "duben"),
        ("května", "květen"),
        ("června", "červen"),
        ("července", "červenec"),
        ("srpna", "srpen"),
        ("září",),
        ("října", "říjen"),
        ("listopadu", "listopad"),
        ("prosince", "prosinec"),
    ),
    date_labels=("publikováno",),
    updated_labels=("aktualizováno",),
    time_ago=(r"před\s+\d+\s+(?:sekundami|minutami|min|hodinami|hodinou|dny|dnem|týdny|měsíci)",),
    reading_time=("čtení", "doba čtení"),
    minute_words=("min", "minut", "minuty", "minuta"),
    boilerplate=("čtěte také", "čtěte též", "přečtěte si také", "související články",
                 "reklama", "foto:", "zdroj:", "video:", "sdílet", "sledujte nás",
                 "přihlaste se k odběru", "klikněte zde"),
    byline_labels=("autor", "autorka"),
    calls_to_action=("přihlaste se", "sledujte nás", "klikněte", "newsletter",
                     # saying that nothing was said
                     "odmítl se vyjádřit", "odmítla se vyjádřit", "odmítli se vyjádřit",
                     "se odmítl vyjádřit", "se odmítla vyjádřit", "se odmítli vyjádřit",
                     "nepodařilo se nám zastihnout", "se nepodařilo zastihnout"),
    opening_pronouns=("on", "ona", "oni", "ony"),
    clause_words=("že", "který", "která", "které", "kteří", "kterého", "když", "pokud",
                  "jestli", "protože", "a", "i", "ale", "nebo", "jak", "kde", "aby", "ačkoli",
                  "než"),
    time_units=("let", "roky", "rok", "měsíců", "měsíce", "měsíc", "týdnů", "týdny", "týden",
                "dní", "dny", "den", "hodin", "hodiny", "minut"),
    later_words=("později", "nato"),
    than_words=("než", "oproti plánu"),
    conjunctions=("ale", "a", "jenže", "avšak"),
    # A quotation opened by a dash whose speaker no second dash names: "– Mieszkańcy przez dwa
    # dni pili wodę ... skażona." (the next sentence ends "... – mówił Wiśniewski.").
    leaning_patterns=(
                      # then: "Tehdy ale jejich návrh neprošel ..." (not before an age naming
                      # whom it tells of: "Tehdy devatenáctiletý Vlček ...")
                      r"^tehdy\b(?!\s+[^\W\d_]+let[ýáéí]\b)",
                      # a pronoun as the object opening the sentence, before a word in lower
                      # case ("Jim zůstane ...", to them; not the names "Jim Hartley", "Ho Či
                      # Minovo Město")
                      r"^(?:jim|mu|ho|jí|nim|ní|nimi|něj|něm|nich)\s+(?-i:[a-záčďéěíňóřšťúůýž])",
                      # some of them ("Někteří z nich ..."): who, only the sentence before says
                      r"^(?:[^\W\d_][\w-]*\s+){1,2}z (?:nich|těchto)\b",
                      r"^[–—-]\s(?!.*\s[–—-]\s)",
                      # a sentence only saying who told the one before: "O tom informoval
                      # ..." (not "O tom, že ...")
                      r"^o tom\b(?!,)",
                      # ... with its verb first ("Uvedla to policie.", not "Uvedl to, že
                      # ..."), or what shows it: "Vyplývá to ze zprávy ministerstva."
                      r"^(?:uvedl|oznámil|potvrdil|sdělil|napsal|řekl|informoval|uvádí|"
                      r"oznamuje|potvrzuje|sděluje|píše|říká)[aoiy]?\s+to\b(?!,)",
                      r"^(?:vyplývá|vyplynulo) to\b"),
    background_words=("loni", "v loňském roce", "minulý rok", "minulého roku", "před # lety",
                      "před rokem", "v posledních letech", "za posledních # let", "po léta"),
    # Words numbering a list's items in its headings ("Step 3:"), as en's.
    list_labels=("krok", "tip", "rada", "kapitola", "část", "důvod", "pravidlo", "lekce", "otázka",
                 "způsob", "č."),
    summary_headings=("hlavní body", "ve zkratce", "stručně", "shrnutí", "co víme",
                      "nejdůležitější"),
    reference_headings=("reference", "zdroje", "poznámky", "literatura", "odkazy"),
    review_words=("recenze",),
    opinion_words=("názor", "názory", "komentář", "glosa"),
    demand_words=("musí", "měl by", "měla by", "měli by", "je třeba", "vyzývám"),
    score_words=("z", "hvězd", "hvězdičky"),
    turn_words=("už ne nadlouho", "dosud", "už ne", "všechno se změnilo", "to se změní"),
    decision_words=("schválil", "schválila", "schválili", "schválilo", "rozhodl", "rozhodla",
                    "rozhodli", "odhlasoval", "odhlasovala", "odhlasovali", "oznámil", "oznámila",
                    "podepsal", "podepsala", "podepsali", "zamítl", "zamítla", "zrušil",
                    "zrušila", "zrušili", "zrušilo"),
    source_words=("podle", "vyplývá z", "studie", "zpráva", "zprávy", "průzkum", "průzkumu",
                  "údaje", "údajů", "odhadu", "statistiky"),
    clock_words=("v půl", "čtvrt na", "tři čtvrtě na", "každé ráno", "je šest", "je pět",
                 "je sedm"),
    description_labels=("tisková zpráva", "tisková informace", "reportáž", "portrét", "příběh",
                        "návštěva", "návštěva u", "návštěva v", "rozhovor s", "rozhovor se",
                        "kronika", "online přenos", "živě", "fotogalerie", "den s"),
    news_days=("pondělí", "úterý", "čtvrtek", "pátek", "sobotu", "neděli", "včera"),
    news_day_habits=("každé", "každý", "každou"),
    death_words=("zemřel", "zemřela", "zesnul", "zesnula", "nekrolog"),
    birth_words=("narodil se", "narodila se", "se narodil", "se narodila"),
    upbringing_words=("vyrůstal", "vyrůstala", "jeho dětství", "její dětství"),
    life_routine_words=("pohřeb", "poslední rozloučení", "zádušní mše", "bude pohřben",
                        "bude pohřbena", "byl ženatý", "kondolence", "zprávu o úmrtí",
                        "na půl žerdi", "minutou ticha", "oznámila to", "oznámil to",
                        "oznámili to"),
)
