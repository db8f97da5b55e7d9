"""Polish. sumy's Polish stemmer needs a package Pith does not install: no stemming, stop
words only."""

from . import Rules

RULES = Rules(
    code="pl", name="Polish", punkt="polish", snowball="polish",
    quotes=("„”", "«»", "‚’"),
    abbreviations=("np", "tzw", "tj", "m.in", "ok", "wg", "ul", "pl", "dr", "prof", "inż",
                   "mgr", "hab", "płk", "gen", "nr", "r", "w", "godz", "ds", "sp", "przyp",
                   "im", "św", "tzn", "ks", "mjr", "zob", "ww", "jw"),
    final_abbreviations=("itd", "itp", "al", "tys", "mln", "mld", "zł", "red", "pkt", "wyd"),
    context_words=("on", "ona", "ono", "oni", "one", "to", "ten", "ta", "te", "tego", "tej",
                   "jego", "jej", "ich", "ale", "i", "a", "lub", "albo", "jednak", "jednakże",
                   "natomiast", "także", "również", "więc", "zatem", "dlatego", "potem",
                   "następnie", "tam", "tu", "wtedy", "mimo to", "ponadto", "poza tym",
                   "na przykład", "tymczasem", "ten ostatni"),
    amount_words=("mln", "milionów", "miliony", "milion", "mld", "miliardów", "miliardy",
                  "miliard", "tys", "tysięcy", "zł", "złotych", "euro", "dolarów"),
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
    boilerplate=("czytaj także", "czytaj też", "czytaj więcej", "zobacz też", "zobacz także",
                 "polecamy", "reklama", "fot.", "foto:", "źródło:", "wideo:", "udostępnij",
                 "obserwuj nas", "subskrybuj", "zapisz się", "kliknij tutaj"),
    byline_labels=("autor", "autorka", "oprac."),
    calls_to_action=("subskrybuj", "zapisz się", "obserwuj nas", "kliknij", "newsletter"),
)
