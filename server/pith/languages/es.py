"""Spanish."""

from . import Rules

RULES = Rules(
    code="es", name="Spanish", punkt="spanish", snowball="spanish",
    quotes=("«»", "“”", "‘’"),
    abbreviations=("sr", "sra", "srta", "dr", "dra", "d", "dña", "lic", "ing", "prof", "etc",
                   "ej", "p. ej", "aprox", "núm", "no", "pág", "vol", "ud", "uds", "ee. uu",
                   "ee.uu", "ene", "feb", "abr", "ago", "sept", "oct", "nov", "dic"),
    context_words=("él", "ella", "ellos", "ellas", "esto", "eso", "este", "esta", "estos",
                   "estas", "ese", "esa", "esos", "esas", "aquello", "su", "sus", "pero", "y",
                   "o", "sin embargo", "no obstante", "además", "también", "así", "entonces",
                   "luego", "después", "por eso", "por ello", "por lo tanto", "por tanto",
                   "en cambio", "mientras tanto", "allí", "ahí", "aunque", "incluso",
                   "por ejemplo", "asimismo", "por su parte", "este último", "esta última"),
    amount_words=("millones", "millón", "mil millones", "billones", "euros", "euro", "dólares",
                  "pesos"),
    percent_words=("por ciento", "puntos porcentuales"),
    months=("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
            "septiembre", "setiembre", "octubre", "noviembre", "diciembre", "ene", "feb",
            "mar", "abr", "jun", "jul", "ago", "sep", "sept", "oct", "nov", "dic"),
    boilerplate=("lea también", "lee también", "leer más", "te puede interesar",
                 "le puede interesar", "noticias relacionadas", "ver también", "publicidad",
                 "foto:", "imagen:", "fuente:", "vídeo:", "video:", "compartir", "publicado",
                 "actualizado", "síguenos", "suscríbete", "haz clic aquí"),
    byline_prefixes=("por", "texto:"),
    calls_to_action=("suscríbete", "síguenos", "haz clic", "boletín"),
)
