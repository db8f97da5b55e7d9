"""Swedish."""

from . import Rules

RULES = Rules(
    code="sv", name="Swedish", punkt="swedish", snowball="swedish",
    quotes=("””", "»»", "“”"),
    abbreviations=("t.ex", "bl.a", "dvs", "d.v.s", "ca", "kl", "nr", "s", "dr", "prof"),
    final_abbreviations=("osv", "m.m", "jan", "feb", "aug", "sept", "okt", "nov", "dec",
                         "mkr", "mdkr"),
    context_words=("han", "hon", "dem", "detta", "denna", "dessa", "hans", "hennes", "deras",
                   "men", "och", "eller", "också", "dock", "därför", "sedan", "där", "här",
                   "dessutom", "samtidigt", "alltså", "till exempel", "emellertid", "ändå"),
    amount_words=("miljoner", "miljon", "miljarder", "miljard", "mkr", "mdkr", "kronor",
                  "euro", "dollar"),
    percent_words=("procent", "procentenheter"),
    months=(
        ("januari",),
        ("februari",),
        ("mars",),
        ("april",),
        ("maj",),
        ("juni",),
        ("juli",),
        ("augusti",),
        ("september",),
        ("oktober",),
        ("november",),
        ("december",),
    ),
    date_labels=("publicerad",),
    updated_labels=("uppdaterad",),
    boilerplate=("läs också", "läs mer", "relaterat", "annons", "foto:", "bild:", "källa:",
                 "video:", "dela", "följ oss", "prenumerera"),
    byline_labels=("av",),
    calls_to_action=("prenumerera", "följ oss", "klicka här", "nyhetsbrev"),
    background_words=("förra året", "i fjol", "år sedan", "i åratal", "de senaste # åren",
                      "under senare år"),
)
