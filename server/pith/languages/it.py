"""Italian."""

from . import Rules

RULES = Rules(
    code="it", name="Italian", punkt="italian", snowball="italian",
    quotes=("«»", "“”", "‘’"),
    abbreviations=("sig", "sigg", "sig.ra", "dott", "dr", "prof", "ing", "avv", "on", "sen",
                   "ecc", "es", "ca", "n", "pag", "vol", "gen", "feb", "apr", "ago", "sett",
                   "ott", "nov", "dic"),
    context_words=("lui", "lei", "loro", "esso", "essa", "questo", "questa", "questi",
                   "queste", "quello", "quella", "ciò", "suo", "sua", "suoi", "sue", "ma", "e",
                   "o", "però", "tuttavia", "inoltre", "anche", "quindi", "dunque", "poi",
                   "allora", "così", "invece", "intanto", "nel frattempo", "infatti", "lì", "là",
                   "per esempio", "ad esempio", "comunque", "pertanto", "quest'ultimo",
                   "quest’ultimo"),
    amount_words=("milioni", "milione", "miliardi", "miliardo", "mln", "mld", "euro",
                  "dollari"),
    percent_words=("per cento", "percento", "punti percentuali"),
    months=("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
            "settembre", "ottobre", "novembre", "dicembre", "gen", "feb", "mar", "apr", "mag",
            "giu", "lug", "ago", "set", "sett", "ott", "nov", "dic"),
    boilerplate=("leggi anche", "leggi anche su", "potrebbe interessarti", "articoli correlati",
                 "guarda anche", "pubblicità", "foto:", "fonte:", "video:", "condividi",
                 "pubblicato", "aggiornato", "seguici", "iscriviti", "abbonati",
                 "clicca qui"),
    byline_prefixes=("di", "a cura di"),
    calls_to_action=("iscriviti", "abbonati", "seguici", "clicca qui", "newsletter"),
)
