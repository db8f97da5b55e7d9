"""Polish. sumy's Polish stemmer needs a package Pith does not install: no stemming, stop
words only."""

from . import Rules

RULES = Rules(
    code="pl", name="Polish", punkt="polish", snowball="polish",
    quotes=("„”", "«»", "‚’"),
    copulas=("to", "jest", "był", "była", "było"),
    abbreviations=("np", "tzw", "tj", "m.in", "ok", "wg", "ul", "pl", "dr", "prof", "inż",
                   "mgr", "hab", "płk", "gen", "nr", "r", "w", "godz", "ds", "przyp",
                   "im", "św", "tzn", "ks", "mjr", "zob", "ww", "jw"),
    final_abbreviations=("sp", "et al", "itd", "itp", "al", "tys", "mln", "mld", "zł", "red",
                         "pkt", "wyd"),
    dotted_dates=True,
    # Ordinals are written with a full stop ("na 50. Festiwalu Polskich Filmów", "jego 10.
    # mecz"): after these prepositions, a possessive or a demonstrative the number is one.
    # Not after those that take a count ("wzrosła do 12.", "o 5.", "Wynik to 2.").
    ordinal_words=("na", "w", "we", "przy", "podczas", "jego", "jej", "ich", "swój", "swoim",
                   "swojej", "swoją", "swoje", "swego", "swojego", "swoich", "ten", "ta",
                   "tym", "tej", "tego", "tę", "tą"),
    linking_words=("ale", "i", "a", "jednak", "natomiast", "ponadto", "także", "również",
                   "poza tym", "tymczasem", "mimo to"),
    additive_words=("ponadto", "poza tym"),
    # The writer talking as "I" or to "you" (not "we"), outside a quotation.
    personal_words=("ja", "mnie", "mi", "mną", "mój", "moja", "moje", "mojego", "mojej", "moim",
                    "moich", "ty", "ciebie", "cię", "tobie", "tobą", "twój", "twoja", "twoje",
                    "twojego", "twojej"),
    reader_words=("ty", "ciebie", "cię", "tobie", "tobą", "twój", "twoja", "twoje", "twojego",
                  "twojej"),
    context_words=("on", "ona", "ono", "oni", "one", "to", "ten", "ta", "te", "tego", "tej",
                   "jego", "jej", "ich", "lub", "albo", "jednakże", "więc", "zatem", "dlatego",
                   "właśnie dlatego", "właśnie to", "potem", "następnie", "tam", "tu", "wtedy",
                   "na przykład", "ten ostatni", "większość z nich", "część z nich",
                   "wielu z nich",
                   # since the moment told before: "Od tego czasu ...", "Wówczas ..."
                   "od tego czasu", "od tamtej pory", "od tej pory", "wówczas"),
    # "since" as a conjunction: "Od tej pory, gdy ..." (not "Od tego czasu, jak mówi jej
    # syn, ...", as her son says)
    clefts=("od tej pory, gdy", "od tego czasu, gdy", "od tamtej pory, gdy"),
    # the subject left to the sentence before: "Ma jedenaście metrów ...", "Został zatrzymany ..."
    subjectless_verbs=(
                       # according to him or her: the speaker named before
                       "według niego", "według niej", "według nich", "jego zdaniem",
                       "jej zdaniem", "ich zdaniem",
                       # "as (she) said," with no name before the comma: the speaker named before
                       "jak tłumaczy,", "jak podkreśla,", "jak mówi,", "jak dodaje,",
                       "jak zaznacza,", "jak wyjaśnia,", "jak przekonuje,", "jak twierdzi,",
                       "jak wylicza,", "jak zapewnia,", "jak przyznaje,", "jak powiedział,",
                       "jak powiedziała,", "jak dodał,", "jak dodała,", "jak podkreślił,",
                       "jak podkreśliła,", "jak zaznaczył,", "jak zaznaczyła,", "jak wyjaśnił,",
                       "jak wyjaśniła,", "jak poinformował,", "jak poinformowała,",
                       "ma", "miał", "miała", "mieli", "miały", "jest", "był", "była", "było",
                       "byli", "były", "będzie", "został", "została", "zostało", "zostali",
                       "zostały", "zostanie", "urodził", "urodziła", "zmarł", "zmarła",
                       "mieszka", "mieszkał", "mieszkała", "pracuje", "pracował", "pracowała",
                       "zna", "znał", "znała", "kosztował", "kosztowała", "kosztowało",
                       "kosztuje", "prowadzi", "kieruje", "kierował", "zaczynał", "zaczynała",
                       "zaczynali", "zaczął", "zaczęła", "dodał", "dodała", "podkreślił",
                       "podkreśliła", "zapowiedział", "zapowiedziała", "powiedział",
                       "powiedziała", "zapisał", "zapisała", "musi", "musiał", "musiała"),
    amount_words=("mln", "milionów", "miliony", "milion", "miliona", "mld", "miliardów",
                  "miliardy", "miliard", "miliarda", "tys", "tysięcy", "zł", "złotych", "euro",
                  "dolarów"),
    percent_words=("proc", "procent", "procentów", "punktów procentowych"),
    unit_words=("kilometrów", "kilometry", "metrów", "ton", "hektarów", "stopni"),
    months=(
        ("stycznia", "styczeń"),
        ("lutego", "luty"),
        ("marca", "marzec"),
        ("kwietnia", "kwiecień"),
        ("maja", "maj"),
        ("czerwca", "czerwiec"),
        ("lipca", "lipiec"),
        ("sierpnia", "sierpień"),
        ("września", "wrzesień"),
        ("października", "październik"),
        ("listopada", "listopad"),
        ("grudnia", "grudzień"),
    ),
    date_labels=("opublikowano",),
    updated_labels=("aktualizacja", "zaktualizowano"),
    time_ago=(
        r"\d+\s+(?:sekund[ay]?|minut[ay]?|min|godzin[ay]?|godz\.?|"
        r"dni|dzień|tygodni[e]?|miesięcy|miesiące)\s+temu",),
    reading_time=("czytania", "czas czytania", "czas lektury"),
    minute_words=("min", "minut", "minuty", "minuta"),
    boilerplate=("czytaj także", "czytaj też", "czytaj więcej", "zobacz też", "zobacz także",
                 "polecamy", "reklama", "fot.", "foto:", "źródło:", "wideo:", "udostępnij",
                 "obserwuj nas", "subskrybuj", "zapisz się", "kliknij tutaj"),
    byline_labels=("autor", "autorka", "oprac."),
    calls_to_action=("subskrybuj", "zapisz się", "obserwuj nas", "kliknij", "newsletter",
                     # saying that nothing was said
                     "odmówił komentarza", "odmówiła komentarza", "odmówili komentarza",
                     "nie odpowiedział na pytania", "nie odpowiedziała na pytania",
                     "nie odpowiedzieli na pytania", "nie udało nam się skontaktować",
                     "nie udało nam się zadać pytań", "nie udało się skontaktować"),
    opening_pronouns=("on", "ona", "oni", "one"),
    clause_words=("że", "który", "która", "które", "którzy", "którego", "której", "których",
                  "gdy", "kiedy", "jeśli", "jeżeli", "bo", "ponieważ", "i", "a", "ale", "oraz",
                  "lub", "albo", "jak", "gdzie", "aby", "żeby", "choć", "chociaż"),
    time_units=("lat", "lata", "rok", "miesięcy", "miesiące", "miesiąc", "tygodni",
                "tygodnie", "tydzień", "dni", "dzień", "godzin", "godziny", "minut"),
    later_words=("później", "potem"),
    than_words=("niż", "od planowanego", "od zakładanego"),
    conjunctions=("ale", "i", "a"),
    # A quotation opened by a dash whose speaker no second dash names: "– Mieszkańcy przez dwa
    # dni pili wodę ... skażona." (the next sentence ends "... – mówił Wiśniewski.").
    leaning_patterns=(
                      # some of them ("Część z nich ..."): who, only the sentence before says
                      r"^(?:[^\W\d_][\w-]*\s+){1,2}z (?:nich|tych)\b",
                      r"^[–—-]\s(?!.*\s[–—-]\s)",
                      # a sentence only saying who told the one before: "O tym poinformował
                      # ..." (not "O tym, że ...")
                      r"^o tym\b(?!,)",
                      # ... with its verb first ("Poinformowała o tym policja.", not "Mówi o
                      # tym, że ..."), or what shows it: "Wynika to z raportu NIK."
                      r"^[^\W\d_]+ o tym\b(?!,)",
                      r"^wynika(?:ło)? to\b"),
    summary_headings=("najważniejsze", "w skrócie", "co wiemy"),
    reference_headings=("przypisy", "bibliografia", "źródła", "literatura"),
    description_labels=("komunikat prasowy", "informacja prasowa", "reportaż", "portret",
                        "historia", "opowieść o", "relacja z", "relacja na żywo", "na żywo",
                        "wywiad z", "rozmowa z", "kronika", "fotorelacja", "dzień z"),
    # the page's layout, opening a sentence: "Poniżej znajdziesz pełną listę." (not a place below
    # another, nor a layout word inside a sentence that tells its own fact)
    page_talk_openers=("poniżej znajdziesz", "poniżej publikujemy", "zobacz poniżej", "sprawdź poniżej",
                       "poniżej przedstawiamy"),
    # the page announcing what follows, as the whole line
    announcements=("wyjaśniamy", "oto co się zmienia", "sprawdź szczegóły", "oto szczegóły"),
    page_talk=("dziękuję za uwagę", "dzięki za uwagę",
               # a live blog closing itself: "Na tym kończymy relację na żywo."
               "kończymy relację", "zamykamy relację", "śledź relację na żywo",
               # a live blog's lines about itself: asking the reader to follow, saying it is
               # updated or has ended ("Odświeżaj stronę.")
               "śledź relację", "śledź na bieżąco", "odświeżaj stronę", "odśwież stronę",
               "relacja zakończona", "aktualizujemy na bieżąco",
               # ... welcoming its reader or signing off
               # ("Witamy w naszej relacji na żywo ...", "Dziękujemy, że byli Państwo z nami.")
               "witamy w naszej relacji", "witamy w relacji", "dziękujemy, że byli państwo z nami",
               "dziękujemy za śledzenie", "dziękujemy za wspólne śledzenie",
               "to wszystko na dziś"),
    offers=(
        # "Zaprenumeruj za 1 zł przez pierwszy miesiąc"
        r"^(?:zaprenumeruj|kup dostęp|kup prenumeratę|czytaj bez limitu)\b[^.!?]{0,80}?{price}",
        # a bookmaker's welcome offer: "... do 500 zł od twojego pierwszego depozytu" (not
        # without "twojego": news of an offer)
        r"^(?:[^\"“”„«»]*:\s)?[^.!?\"“”„«»]{0,60}?{price}"
        r"[^.!?\"“”„«»]{0,40}?\bod\s+twojego\s+pierwszego\s+depozytu\b",
    ),
    background_words=("w zeszłym roku", "w ubiegłym roku", "lat temu", "rok temu", "od # lat",
                      "w ostatnich latach", "przez # lat", "od dziesięcioleci"),
    # Words numbering a list's items in its headings ("Step 3:"), as en's.
    list_labels=("krok", "porada", "wskazówka", "rozdział", "część", "powód", "zasada", "lekcja",
                 "pytanie", "sposób", "nr"),
    review_words=("recenzja",),
    opinion_words=("opinie", "komentarz", "felieton", "publicystyka"),
    demand_words=("trzeba", "należy", "powinien", "powinna", "powinni", "apeluję", "musi", "muszą"),
    score_words=("na", "gwiazdek", "gwiazdki"),
    turn_words=("już niedługo", "do tej pory", "dotąd", "już nie", "to się zmienia",
                "to się zmieni", "wszystko się zmieniło", "nie na długo"),
    decision_words=("zatwierdził", "zatwierdziła", "zatwierdzili", "zatwierdziło", "zdecydował",
                    "zdecydowała", "zdecydowali", "przegłosował", "przegłosowała",
                    "przegłosowali", "uchwalił", "uchwaliła", "uchwalili", "ogłosił", "ogłosiła",
                    "podpisał", "podpisała", "podpisali", "odrzucił", "odrzuciła"),
    source_words=("według", "wynika z", "raport", "raportu", "raporcie", "badanie", "badania",
                  "badań", "dane", "danych", "statystyki", "szacunki", "szacunków"),
    clock_words=("wpół do", "za kwadrans", "kwadrans po", "co rano", "każdego ranka", "o szóstej",
                 "o piątej", "o siódmej"),
    news_days=("poniedziałek", "poniedziałku", "wtorek", "wtorku", "środę", "środy",
               "czwartek", "czwartku", "piątek", "piątku", "sobotę", "soboty", "niedzielę",
               "niedzieli", "wczoraj"),
    news_day_habits=("każdy", "każdą", "co"),
    death_words=("zmarł", "zmarła", "nie żyje", "nekrolog"),
    birth_words=("urodził się", "urodziła się", "przyszedł na świat", "przyszła na świat"),
    upbringing_words=("dorastał", "dorastała", "wychował się", "wychowała się", "dzieciństwo"),
    life_routine_words=("pogrzeb", "msza żałobna", "uroczystości pogrzebowe",
                        "ostatnie pożegnanie", "pożegnanie zmarłego", "zostanie pochowany",
                        "zostanie pochowana", "był żonaty", "informację o śmierci", "kondolencje",
                        "minutą ciszy", "do połowy masztu"),
)
