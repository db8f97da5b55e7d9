"""German."""

from . import Rules

RULES = Rules(
    code="de", name="German", punkt="german", snowball="german",
    quotes=("„“", "‚‘", "»«", "«»"),
    abbreviations=("bzw", "z. b", "z.b", "d. h", "d.h", "u. a", "u.a", "usw", "vgl", "ca",
                   "dr", "prof", "hr", "fr", "nr", "str", "abs", "ggf", "evtl", "inkl",
                   "zzgl", "bzgl", "sog", "v. a", "v.a", "s. o", "u. ä", "o. ä", "mio", "mrd",
                   "tsd", "jh", "jhd", "chr", "gegr", "geb", "verh", "bspw", "etc"),
    context_words=("er", "sie", "es", "ihr", "ihre", "ihren", "sein", "seine", "seinen",
                   "dies", "diese", "dieser", "dieses", "diesem", "diesen", "das", "dabei",
                   "daher", "deshalb", "deswegen", "dafür", "dagegen", "damit", "danach",
                   "darauf", "darüber", "dennoch", "trotzdem", "aber", "und", "oder", "doch",
                   "jedoch", "allerdings", "außerdem", "zudem", "auch", "so", "also",
                   "hingegen", "stattdessen", "somit", "folglich", "zuvor", "später",
                   "dort", "hier", "denn", "sondern", "ebenfalls", "gleichzeitig",
                   "zum beispiel", "beispielsweise", "letzterer", "ersterer"),
    amount_words=("millionen", "million", "mio", "milliarden", "milliarde", "mrd", "billionen",
                  "euro", "dollar", "franken", "pfund"),
    percent_words=("prozent", "prozentpunkte", "prozentpunkten"),
    months=("januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august",
            "september", "oktober", "november", "dezember", "jan", "feb", "mär", "apr", "jun",
            "jul", "aug", "sep", "sept", "okt", "nov", "dez"),
    boilerplate=("lesen sie auch", "lesen sie mehr", "mehr zum thema", "auch interessant",
                 "das könnte sie auch interessieren", "weiterlesen", "anzeige", "werbung",
                 "foto:", "bild:", "quelle:", "video:", "teilen", "artikel teilen",
                 "veröffentlicht", "aktualisiert", "zuletzt aktualisiert", "stand:",
                 "folgen sie uns", "jetzt abonnieren", "newsletter abonnieren", "zum newsletter",
                 "hier klicken", "mehr erfahren"),
    byline_prefixes=("von", "text:", "autor:", "autorin:"),
    calls_to_action=("abonnieren", "newsletter", "hier klicken", "jetzt lesen", "folgen sie"),
)
