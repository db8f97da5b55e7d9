"""Danish."""

from . import Rules

RULES = Rules(
    code="da", name="Danish", punkt="danish", snowball="danish",
    quotes=("»«", "“”", "””"),
    abbreviations=("f.eks", "bl.a", "dvs", "d.v.s", "osv", "ca", "kl", "nr", "dr", "prof",
                   "mio", "mia", "jan", "feb", "aug", "sept", "okt", "nov", "dec"),
    context_words=("han", "hun", "den", "det", "de", "dem", "dette", "denne", "disse", "hans",
                   "hendes", "deres", "men", "og", "eller", "også", "dog", "derfor", "siden",
                   "der", "her", "desuden", "samtidig", "altså", "for eksempel", "alligevel"),
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
    date_labels=("offentliggjort", "opdateret"),
    boilerplate=("læs også", "læs mere", "relateret", "annonce", "foto:", "billede:", "kilde:",
                 "video:", "del", "følg os", "abonnér"),
    byline_labels=("af",),
    calls_to_action=("abonnér", "følg os", "klik her", "nyhedsbrev"),
)
