"""Norwegian (Bokmål and Nynorsk share the table)."""

from . import Rules

RULES = Rules(
    code="no", name="Norwegian", punkt="norwegian", snowball="norwegian",
    quotes=("«»", "“”", "‘’"),
    abbreviations=("f.eks", "bl.a", "dvs", "d.v.s", "osv", "ca", "kl", "nr", "dr", "prof",
                   "mill", "mrd", "jan", "feb", "aug", "sept", "okt", "nov", "des"),
    context_words=("han", "hun", "den", "det", "de", "dem", "dette", "denne", "disse", "hans",
                   "hennes", "deres", "men", "og", "eller", "også", "likevel", "derfor",
                   "siden", "der", "her", "dessuten", "samtidig", "altså", "for eksempel"),
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
    date_labels=("publisert", "oppdatert"),
    boilerplate=("les også", "les mer", "relatert", "annonse", "foto:", "bilde:", "kilde:",
                 "video:", "del", "følg oss", "abonner"),
    byline_labels=("av",),
    calls_to_action=("abonner", "følg oss", "klikk her", "nyhetsbrev"),
)
