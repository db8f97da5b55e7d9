"""Dutch."""

from . import Rules

RULES = Rules(
    code="nl", name="Dutch", punkt="dutch", snowball="dutch",
    quotes=("“”", "‘’", "„”"),
    abbreviations=("dhr", "mevr", "mw", "dr", "prof", "ir", "ing", "mr", "drs", "bv", "bijv",
                   "o.a", "i.p.v", "m.b.t", "t.o.v", "d.w.z", "enz", "ca", "nr", "jl", "jan",
                   "feb", "apr", "aug", "sept", "okt", "nov", "dec"),
    context_words=("hij", "zij", "ze", "het", "dit", "dat", "deze", "die", "zijn", "haar",
                   "hun", "maar", "en", "of", "ook", "dus", "daarom", "daardoor", "daarna",
                   "toch", "echter", "bovendien", "intussen", "ondertussen", "daar", "hier",
                   "verder", "tegelijk", "wel", "zo", "vervolgens", "bijvoorbeeld",
                   "desondanks", "laatstgenoemde"),
    amount_words=("miljoen", "miljoenen", "miljard", "miljarden", "mln", "mld", "euro",
                  "dollar"),
    percent_words=("procent", "procentpunt", "procentpunten"),
    months=("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
            "september", "oktober", "november", "december", "jan", "feb", "mrt", "apr", "jun",
            "jul", "aug", "sep", "sept", "okt", "nov", "dec"),
    boilerplate=("lees ook", "lees meer", "meer over", "gerelateerd", "advertentie", "foto:",
                 "beeld:", "bron:", "video:", "delen", "gepubliceerd", "bijgewerkt",
                 "volg ons", "abonneer", "schrijf je in", "klik hier"),
    byline_prefixes=("door",),
    calls_to_action=("abonneer", "schrijf je in", "volg ons", "klik hier", "nieuwsbrief"),
)
