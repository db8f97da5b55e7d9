"""Spanish."""

from . import Rules

RULES = Rules(
    code="es", name="Spanish", punkt="spanish", snowball="spanish",
    quotes=("«»", "“”", "‘’"),
    copulas=("es", "fue", "era"),
    articles=("el", "la", "los", "las", "un", "una", "unos", "unas"),
    abbreviations=("sr", "sra", "srta", "dr", "dra", "d", "dña", "lic", "ing", "prof", "ej",
                   "p. ej", "aprox", "núm", "pág", "ud", "uds"),
    final_abbreviations=("et al", "etc", "no", "vol", "ee. uu", "ee.uu", "ene", "feb", "abr",
                         "ago", "sept", "oct", "nov", "dic"),
    linking_words=("pero", "y", "sin embargo", "además", "asimismo", "no obstante",
                   "por otra parte", "mientras tanto", "también", "por su parte"),
    additive_words=("además", "asimismo", "por otra parte"),
    context_words=("él", "ella", "ellos", "ellas", "esto", "eso", "este", "esta", "estos", "estas",
                   "ese", "esa", "esos", "esas", "aquello", "su", "sus", "o", "así", "entonces",
                   "luego", "después", "por eso", "por ello", "por lo tanto", "por tanto",
                   "en cambio", "allí", "ahí", "incluso", "por ejemplo", "este último",
                   "esta última", "de hecho", "es decir", "a su vez", "al respecto",
                   "por otro lado", "aun así", "ello", "dicho esto", "más tarde",
                   "en otras palabras", "al día siguiente", "poco después",
                   # what the sentence before told: "Es lo que se desprende de un estudio ..."
                   "es lo que", "eso es lo que",
                   # a sentence with no subject, "(It) is the biggest rise since ...": its
                   # subject is in the sentence before
                   "es el", "es la", "es un", "es una", "fue el", "fue la", "fue un", "fue una",
                   "era el",
                   "era la", "era un", "era una", "se trata de",
                   # since or at the moment told before: "Desde entonces ..."
                   "desde entonces", "desde aquel momento", "desde ese momento",
                   "en aquel momento", "por aquel entonces", "en aquella época"),
    # the subject left to the sentence before: "Tiene 63 años y ...", "Fue detenido el martes ..."
    subjectless_verbs=(
                       # according to him or her: the speaker named before
                       "según él", "según ella", "según ellos", "a su juicio", "en su opinión",
                       # "as (she) said," with no name before the comma: the speaker named before
                       "según explicó,", "según dijo,", "según añadió,", "según precisó,",
                       "según detalló,", "según afirmó,", "según indicó,", "según señaló,",
                       "como explicó,", "como señaló,", "como recordó,",
                       "tiene", "tenía", "tuvo", "tendrá", "ha", "han", "habían", "fue",
                       "fueron", "será", "nació", "murió", "falleció", "vive", "vivía",
                       "trabaja", "trabajó", "trabajaba", "lleva", "llevaba", "dirige",
                       "dirigió", "fundó", "estudió", "cuenta con", "mide", "costó", "cuesta",
                       "costará", "añadió", "aseguró", "explicó", "señaló", "afirmó", "recordó",
                       "subrayó", "dijo", "deberá", "podrá", "seguirá"),
    subjectless_endings=("ó",),
    subjectless_exceptions=("miró",),
    clefts=("es la primera vez", "es la única vez", "es la última vez", "fue la primera vez",
            "fue la única vez", "fue la última vez", "era la primera vez",
            "después de", "después del", "después que", "luego de", "luego del"),
    opening_pronouns=("él", "ella", "ellos", "ellas"),
    clause_words=("que", "cuando", "porque", "si", "como", "donde", "mientras", "aunque", "y",
                  "e", "o", "u", "pero", "ni", "quien", "quienes"),
    time_units=("años", "año", "décadas", "meses", "mes", "semanas", "semana", "días", "día",
                "horas", "hora", "minutos"),
    # "después," with its comma: "Dos años después de la crisis, ..." counts from its own
    later_words=("después,", "más tarde"),
    than_words=("que", "de lo"),
    conjunctions=("pero", "y"),
    leaning_patterns=(
                      # some of them ("Muchos de ellos ..."): who, only the sentence before says
                      r"^(?:[^\W\d_][\w-]*\s+){1,2}de (?:ellos|ellas)\b",
                      r"[,”\"»]\s*(?:dijo|afirmó|añadió|explicó|señaló|aseguró)\.?\s*$",),
    epithets=(r"^(?:el|la|los|las) (pareja|hombre|mujer|hombres|mujeres|niño|niña|agentes|"
              r"sospechos[oa]s?|víctimas?|grupo|dos|tres)",),
    epithet_relatives=("que", "quien", "quienes"),
    demonstratives=("este", "esta", "estos", "estas", "ese", "esa", "esos", "esas"),
    deictic_nouns=("año", "semana", "mes", "mañana", "tarde", "noche", "fin", "temporada",
                   "verano", "invierno", "primavera", "otoño", "vez", "día", "siglo", "trimestre",
                   "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
                   "artículo", "nota", "texto", "días", "años", "semanas", "meses", "tiempos"),
    personal_words=("yo", "mí", "mi", "mis", "me", "conmigo", "tú", "ti", "tu", "tus", "te",
                    "contigo", "nos", "nosotros", "nosotras", "nuestro", "nuestra", "nuestros",
                    "nuestras",
                    # the reporter telling what they did, with no "yo": "Cuando bajé al
                    # embalse, caminé ...", "Llegamos al pueblo ..." (the first person's past
                    # of the verbs a reportage opens with)
                    "llegué", "bajé", "subí", "caminé", "entré", "salí", "vi", "encontré",
                    "pregunté", "conocí", "recorrí", "visité", "estuve", "hablé", "pasé",
                    "volví", "miré", "escuché", "oí", "volvimos",
                    "llegamos", "bajamos", "subimos", "caminamos", "entramos", "salimos",
                    "vimos", "encontramos", "preguntamos", "recorrimos", "visitamos",
                    "estuvimos", "hablamos"),
    reader_words=("tú", "ti", "tu", "tus", "te", "contigo"),
    amount_words=("millones", "millón", "mil millones", "billones", "euros", "euro", "dólares",
                  "pesos"),
    percent_words=("por ciento", "puntos porcentuales"),
    unit_words=("kilómetros", "metros", "toneladas", "hectáreas", "grados"),
    months=(
        ("enero", "ene"),
        ("febrero", "feb"),
        ("marzo", "mar"),
        ("abril", "abr"),
        ("mayo",),
        ("junio", "jun"),
        ("julio", "jul"),
        ("agosto", "ago"),
        ("septiembre", "setiembre", "sep", "sept"),
        ("octubre", "oct"),
        ("noviembre", "nov"),
        ("diciembre", "dic"),
    ),
    date_labels=("publicado", "publicado el"),
    updated_labels=("actualizado", "actualizado el"),
    time_ago=(r"hace\s+\d+\s+(?:segundos?|minutos?|min|horas?|h|días?|semanas?|meses|mes)",),
    reading_time=("de lectura", "tiempo de lectura"),
    minute_words=("min", "minutos", "minuto"),
    boilerplate=("lea también", "lee también", "leer más", "te puede interesar",
                 "le puede interesar", "noticias relacionadas", "ver también", "publicidad",
                 "foto:", "imagen:", "fuente:", "vídeo:", "video:", "compartir", "síguenos",
                 "suscríbete", "haz clic aquí"),
    byline_labels=("por", "texto", "escrito por", "publicado por", "autor", "autora"),
    name_joiners=("y",),
    lede_labels=("última hora", "exclusiva", "opinión", "análisis", "directo", "vídeo", "urgente"),
    about_labels=("acerca de", "sobre"),
    company_profile=(r"{name},? es (?:una|un|el|la) (?:[\w-]+ ){0,6}?(?:empresa|compañía|"
                     r"proveedora?|fabricante|grupo|líder|especialista)s?\b",),
    role_words=("redactor", "redactora", "corresponsal", "periodista", "enviado especial",
                "enviada especial"),
    calls_to_action=("suscríbete", "síguenos", "boletín",
                     # sign-offs
                     "un fuerte abrazo", "un abrazo", "hasta la próxima",
                     # saying that nothing was said
                     "declinó comentar", "declinó hacer comentarios", "no respondió",
                     "no quiso comentar", "no quiso hacer declaraciones"),
    list_labels=("paso", "consejo", "truco", "capítulo", "parte", "razón", "regla", "pregunta",
                "n.º", "nº"),
    salutations=("querida", "querido", "queridos", "estimada", "estimado", "hola"),
    answer_headings=("la respuesta", "respuesta", "nuestra respuesta"),
    box_headings=("pros", "contras", "ventajas", "desventajas", "inconvenientes", "veredicto",
                  "lo mejor", "lo peor"),
    summary_headings=("claves", "las claves", "lo más importante", "en resumen", "resumen",
                      "lo que sabemos", "en breve"),
    editors_notes=("nota para editores", "notas para editores", "nota para los editores",
                   "notas para los editores", "nota a los editores"),
    reference_headings=("referencias", "fuentes", "notas", "bibliografía",
                        "referencias bibliográficas"),
    # an advice column's answer giving its advice
    advice_words=("debería", "deberías", "deberían", "mi consejo", "le aconsejo", "te aconsejo",
                  "le recomiendo", "te recomiendo", "le sugiero", "te sugiero", "intente",
                  "intenta"),
    # an answer's advice in the imperative, a connective giving a step before it
    advice_patterns=(
        r"^(?:(?:luego|después|primero|por último|además|sobre todo),?\s+)?(?:no\s+(?:le|te|"
        r"se)\s+)?(?:hable|habla|háblale|háblele|dile|dígale|pídale|pídele|pregúntale|pregúntele|"
        r"escribe|escriba|propón|proponga|plantea|plantee|evita|evite|intenta|intente|busca|"
        r"busque|consulta|consulte|deja|deje|haz|haga|lleva|lleve|pon|ponga|decide|decida|acuerda|"
        r"acuerde|llama|llame|ofrece|ofrezca)\b",
    ),
    description_labels=("nota de prensa", "comunicado de prensa", "crónica", "una crónica",
                        "la crónica", "reportaje", "un reportaje", "un retrato de",
                        "la historia de", "visita a", "una visita a", "entrevista con",
                        "entrevista a", "una entrevista con", "en directo", "en vivo",
                        "en imágenes", "un día con", "un día en"),
    # the page's layout, opening a sentence: "A continuación te dejamos la lista completa." (not a place below
    # another, nor a layout word inside a sentence that tells its own fact)
    page_talk_openers=("a continuación te dejamos", "abajo te dejamos", "más abajo encontrarás",
                       "te dejamos a continuación"),
    # the page announcing what follows, as the whole line
    announcements=("te lo contamos", "te contamos", "te lo explicamos", "te explicamos",
                   "así funciona", "esto es lo que cambia", "estas son las claves"),
    page_talk=("haz clic", "gracias por leer",
               # a live blog opening or closing itself: "Aquí terminamos la cobertura en
               # directo ...", "Sigue en directo ..."
               "sigue en directo", "siga en directo", "sigue el directo", "sigue aquí en directo",
               "terminamos la cobertura", "finalizamos la cobertura", "cerramos la cobertura",
               "cerramos este directo", "terminamos este directo",
               # a disclaimer: "Las opiniones ... no reflejan necesariamente ..."
               "necesariamente la opinión", "necesariamente la posición",
               "responsabilidad exclusiva de sus autores", "responsabilidad exclusiva del autor",
               # a review's disclosure: "La marca nos cedió una unidad para la prueba."
               "nos cedió una unidad", "nos ha cedido una unidad", "unidad cedida",
               "ejemplar cedido", "cedido por la editorial",
               # the page announcing itself: "Todo lo que hay que saber sobre ..."
               "todo lo que hay que saber", "todo lo que necesitas saber",
               "todo lo que debes saber", "la guía completa", "te lo explicamos",
               # a notice about the people in it: "Los nombres han sido cambiados."
               "los nombres han sido cambiados", "los nombres han sido modificados",
               "se han cambiado los nombres", "se han modificado los nombres",
               # a correction of the page itself
               "una versión anterior de este artículo", "una versión anterior de esta noticia",
               "este artículo ha sido corregido", "nota del editor", "nota de la redacción",
               "fe de errores",
               # a live blog's lines about itself: asking the reader to follow, saying it is
               # updated or has ended ("Sigue la última hora de ...")
               "sigue la última hora", "sigue toda la última hora", "sigue aquí la última hora",
               "siga la última hora", "esta noticia se actualiza", "este directo se actualiza",
               "este directo ha finalizado", "damos por finalizado este directo",
               # ... or points the reader to tomorrow's paper: "Mañana, en la edición impresa y
               # en la web, todos los análisis ..."
               "en la edición impresa y en la web", "en nuestra edición impresa y en la web",
               # ... welcoming its reader or signing off
               # ("Bienvenidos a nuestro directo ...", "Gracias por seguirnos.")
               "bienvenidos a nuestro directo", "bienvenidos a este directo",
               "bienvenidos a la retransmisión", "gracias por seguirnos",
               "gracias por acompañarnos", "cerramos el directo", "aquí termina nuestra",
               "aquí termina el directo", "actualiza la página", "actualice la página",
               # ... or saying when it comes back, or welcoming the reader to it by name
               "en unos minutos tendrán", "en unos minutos tendrá", "volvemos mañana con más"),
    offers=(
        # "Suscríbete por 1 € el primer mes", "Accede a todo el contenido por solo 1 €",
        # "Únete a nuestros lectores: suscripción anual por 49 €"
        r"^(?:suscríbete|suscribete|suscríbase|hazte socio|hazte suscriptor|accede a todo|"
        r"únete)\b[^.!?]{0,80}?{price}",
        # a bookmaker's welcome offer: "Apuesta en la Primera Federación con CuotaPlus: hasta
        # 200 € en tu primer depósito." (not "su", also "their": news of an offer)
        r"^(?:[^\"“”„«»]*:\s)?[^.!?\"“”„«»]{0,60}?{price}"
        r"[^.!?\"“”„«»]{0,40}?\b(?:en|con)\s+tu\s+primer\s+depósito\b",
    ),
    background_words=("año pasado", "hace # años", "hace # décadas", "desde hace # años",
                      "durante años", "en los últimos # años"),
    review_words=("crítica", "reseña"),
    opinion_words=("opinión", "tribuna", "editorial", "columna"),
    demand_words=("pido", "pedimos", "hay que", "debe", "deben", "debería", "deberían", "es hora"),
    score_words=("de", "sobre", "estrellas"),
    turn_words=("a punto de cambiar", "por poco tiempo", "hasta ahora", "ya no", "todo cambió",
                "eso cambió", "eso va a cambiar", "podría cambiar", "tiene los días contados",
                "fecha de caducidad"),
    decision_words=("aprobó", "aprobaron", "ha aprobado", "han aprobado", "decidió", "decidieron",
                    "ha decidido", "votó", "votaron", "anunció", "ha anunciado", "rechazó",
                    "firmó", "firmaron", "acordó", "acordaron"),
    source_words=("según", "de acuerdo con", "estudio", "informe", "encuesta", "datos",
                  "las cifras", "estadística", "estadísticas"),
    clock_words=("de la mañana", "cada mañana", "por la mañana", "menos cuarto", "menos diez",
                 "menos veinte", "y media", "y cuarto", "son las"),
    news_days=("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
               "ayer"),
    news_day_habits=("cada", "los", "todos los"),
    death_words=("murió", "ha muerto", "muere", "falleció", "ha fallecido", "fallece", "obituario",
                 "necrológica"),
    birth_words=("nació", "nacido en", "nacida en", "nacido el", "nacida el"),
    upbringing_words=("se crió", "creció en", "hijo de", "hija de", "su infancia", "su niñez"),
    life_routine_words=("funeral", "funerales", "entierro", "sepelio", "velatorio",
                        "capilla ardiente", "será enterrado", "será enterrada", "le sobreviven",
                        "estaba casado", "estaba casada", "confirmó la noticia",
                        "confirmó su muerte", "confirmó el fallecimiento", "a media asta",
                        "brazalete negro", "condolencias", "pésame", "minuto de silencio"),
)
