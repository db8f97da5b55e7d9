"""Czech."""

from . import Rules

RULES = Rules(
    code="cs", name="Czech", punkt="czech", snowball="czech",
    quotes=("„“", "‚‘", "»«"),
    abbreviations=("např", "tzv", "tj", "resp", "apod", "atd", "mj", "př", "cca", "ing",
                   "mgr", "doc", "prof", "dr", "judr", "mudr", "phdr", "č", "s", "r", "tis",
                   "mil", "mld", "kč", "ul", "nám", "odst"),
    context_words=("on", "ona", "ono", "oni", "ony", "to", "ten", "ta", "tento", "tato",
                   "toto", "tyto", "jeho", "její", "jejich", "ale", "a", "nebo", "však",
                   "ovšem", "také", "rovněž", "proto", "tedy", "pak", "potom", "tam", "tady",
                   "přesto", "navíc", "zároveň", "například", "mezitím", "naopak"),
    amount_words=("milionů", "miliony", "milion", "mil", "miliard", "miliardy", "mld",
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
    date_labels=("publikováno", "aktualizováno"),
    boilerplate=("čtěte také", "čtěte též", "přečtěte si také", "související články",
                 "reklama", "foto:", "zdroj:", "video:", "sdílet", "sledujte nás",
                 "přihlaste se k odběru", "klikněte zde"),
    byline_labels=("autor", "autorka"),
    calls_to_action=("přihlaste se", "sledujte nás", "klikněte", "newsletter"),
)
