"""Finnish."""

from . import Rules

RULES = Rules(
    code="fi", name="Finnish", punkt="finnish", snowball="finnish",
    quotes=("””", "»»", "“”"),
    abbreviations=("esim", "mm", "ns", "ts", "jne", "yms", "ym", "n", "noin", "klo", "nro",
                   "tri", "prof", "milj", "mrd", "tammik", "helmik", "maalisk", "huhtik",
                   "toukok", "kesäk", "heinäk", "elok", "syysk", "lokak", "marrask",
                   "jouluk"),
    context_words=("hän", "he", "se", "ne", "tämä", "nämä", "tuo", "nuo", "hänen", "heidän",
                   "sen", "mutta", "ja", "tai", "myös", "kuitenkin", "siksi", "sitten",
                   "siellä", "täällä", "lisäksi", "samalla", "siis", "esimerkiksi",
                   "toisaalta"),
    amount_words=("miljoonaa", "miljoona", "miljardia", "miljardi", "milj", "mrd", "euroa",
                  "dollaria"),
    percent_words=("prosenttia", "prosentti", "prosenttiyksikköä"),
    months=(
        ("tammikuuta",),
        ("helmikuuta",),
        ("maaliskuuta",),
        ("huhtikuuta",),
        ("toukokuuta",),
        ("kesäkuuta",),
        ("heinäkuuta",),
        ("elokuuta",),
        ("syyskuuta",),
        ("lokakuuta",),
        ("marraskuuta",),
        ("joulukuuta",),
    ),
    date_labels=("julkaistu", "päivitetty"),
    boilerplate=("lue myös", "lue lisää", "aiheesta lisää", "mainos", "kuva:", "lähde:",
                 "video:", "jaa", "seuraa meitä", "tilaa"),
    byline_labels=("teksti",),
    calls_to_action=("tilaa", "seuraa meitä", "klikkaa", "uutiskirje"),
)
