"""French."""

from . import Rules

RULES = Rules(
    code="fr", name="French", punkt="french", snowball="french",
    quotes=("«»", "“”", "‹›", "‘’"),
    copulas=("est", "était"),
    articles=("le", "la", "les", "l'", "un", "une", "des"),
    abbreviations=("m", "mm", "mme", "mmes", "mlle", "dr", "pr", "me", "st", "ste", "cf",
                   "p. ex"),
    final_abbreviations=("et al", "etc", "env", "av. j.-c", "apr. j.-c", "no", "vol", "chap",
                         "janv", "févr", "avr", "juill", "sept", "oct", "nov", "déc"),
    linking_words=("mais", "et", "pourtant", "cependant", "toutefois", "par ailleurs", "en outre",
                   "de plus", "néanmoins", "d'ailleurs", "en effet", "or"),
    additive_words=("par ailleurs", "en outre", "de plus"),
    subjectless_verbs=(
                       # according to him or her: the speaker named before
                       "selon lui", "selon elle", "selon eux", "d'après lui", "d'après elle",
                       "à ses yeux", "à l'en croire"),
    context_words=("il", "elle", "ils", "elles", "on", "ce", "cela", "ceci", "ça", "celui-ci",
                   "celle-ci", "ceux-ci", "ces", "cette", "son", "sa", "ses", "leur", "leurs",
                   "ou", "donc", "ni", "car", "ensuite", "puis", "ainsi", "aussi", "également",
                   "en revanche", "par conséquent", "c'est pourquoi", "là", "y", "par exemple",
                   "au contraire", "entre-temps", "plus tard", "ce dernier", "cette dernière",
                   "lui", "eux", "pour autant", "dès lors", "de son côté", "quant à lui",
                   "quant à elle", "malgré tout", "celle-là", "celui-là", "autrement dit",
                   "en d'autres termes", "le lendemain", "peu après",
                   # since or at the moment told before: "Depuis, ...", "À l'époque, ..."
                   "depuis,", "depuis lors", "depuis ce jour", "à l'époque,", "ce jour-là"),
    time_units=("ans", "an", "années", "décennies", "mois", "semaines", "jours", "jour",
                "heures", "minutes"),
    # "après," with its comma: "Deux ans après la fermeture, ..." counts from its own
    later_words=("plus tard", "après,"),
    than_words=("que",),
    conjunctions=("mais", "et"),
    leaning_patterns=(
                      # some of them ("Certains d’entre eux ..."): who, only the sentence
                      # before says
                      r"^(?:[^\W\d_][\w'’-]*\s+){1,2}d['’]entre (?:eux|elles)\b",
                      r"(?:a-t-il|a-t-elle|ont-ils|ont-elles|dit-il|dit-elle) ",
                      r"(?:a-t-il|a-t-elle|ont-ils|ont-elles|dit-il|dit-elle)[.,]",
                      # who, only the pronoun after an opening apposition says: "Pionnière de
                      # la réhabilitation des corons, elle s'était battue ..."
                      # (not an impersonal "il": "Selon la mairie, il faudra deux ans")
                      r"^[^,;:]{1,80},\s+(?:il(?!\s+(?:faut|faudra|faudrait|fallait|y|"
                      r"s['’]agit|est|était|sera|serait|semble|reste|restait|manque|paraît|"
                      r"convient|suffit)\b)|elle|ils|elles)\s",
                      # only who told the sentence before, or what shows it: "C'est ce qu'a
                      # annoncé la préfecture.", "C'est ce qui ressort d'un rapport."
                      r"^c['’]est ce (?:qu(?:e\b|['’])|qui\b)"),
    epithets=(r"^(?:le|la|les) (couple|homme|femme|hommes|femmes|garçon|fille|policiers|"
              r"suspects?|victimes?|groupe|deux|trois)",),
    epithet_relatives=("qui", "que", "dont"),
    demonstratives=("ce", "cet", "cette", "ces"),
    deictic_nouns=("année", "an", "semaine", "mois", "matin", "après-midi", "soir", "soirée",
                   "nuit", "week-end", "saison", "été", "hiver", "printemps", "automne", "fois",
                   "jour", "siècle", "trimestre", "lundi", "mardi", "mercredi", "jeudi",
                   "vendredi", "samedi", "dimanche", "article", "texte", "billet", "jours",
                   "jours-ci", "années", "semaines", "temps"),
    # "j" is "j'" (j'ai): the word before an apostrophe is matched alone.
    # Not "ton": as often the noun ("le ton est monté").
    personal_words=("je", "j", "moi", "me", "mon", "ma", "mes", "tu", "toi", "te", "ta",
                    "tes", "vous", "votre", "vos"),
    reader_words=("tu", "toi", "te", "ta", "tes", "vous", "votre", "vos"),
    amount_words=("millions", "million", "milliards", "milliard", "md", "mds", "euros", "euro",
                  "dollars", "francs"),
    percent_words=("pour cent", "pourcent", "points de pourcentage"),
    unit_words=("kilomètres", "mètres", "tonnes", "hectares", "degrés"),
    months=(
        ("janvier", "janv"),
        ("février", "févr", "fevrier"),
        ("mars",),
        ("avril", "avr"),
        ("mai",),
        ("juin",),
        ("juillet", "juil", "juill"),
        ("août", "aout"),
        ("septembre", "sept"),
        ("octobre", "oct"),
        ("novembre", "nov"),
        ("décembre", "déc", "decembre"),
    ),
    date_labels=("publié", "publié le"),
    updated_labels=("mis à jour", "mis à jour le", "modifié le"),
    time_ago=(r"il y a\s+\d+\s+(?:secondes?|minutes?|min|heures?|h|jours?|semaines?|mois)",),
    reading_time=("de lecture", "temps de lecture", "durée de lecture"),
    minute_words=("min", "minutes", "minute"),
    boilerplate=("lire aussi", "à lire aussi", "lire la suite", "voir aussi",
                 "sur le même sujet", "à voir aussi", "publicité", "photo:", "photo :",
                 "crédit:", "crédit :", "source:", "source :", "vidéo:", "vidéo :", "partager",
                 "suivez-nous", "abonnez-vous", "inscrivez-vous à notre newsletter",
                 "cliquez ici", "en savoir plus"),
    byline_labels=("par", "texte", "écrit par", "publié par", "auteur", "autrice",
                   "propos recueillis par"),
    name_joiners=("et",),
    lede_labels=("direct", "exclusif", "info", "analyse", "tribune", "vidéo", "urgent"),
    about_labels=("à propos de",),
    company_profile=(r"{name},? est (?:un|une|le|la|l’|l') ?(?:[\w’'-]+ ){0,6}?(?:fournisseur|"
                     r"entreprise|groupe|société|fabricant|leader|spécialiste|éditeur|"
                     r"acteur)s?\b",),
    role_words=("journaliste", "correspondant", "correspondante", "rédacteur", "rédactrice",
                "envoyé spécial", "envoyée spéciale", "chroniqueur", "chroniqueuse"),
    calls_to_action=("abonnez-vous", "inscrivez-vous", "newsletter", "suivez-nous",
                     # a police appeal
                     "appel à témoins",
                     # sign-offs
                     "à bientôt", "à la prochaine",
                     # also "une bonne lecture de la situation"
                     "bonne lecture",
                     # saying that nothing was said
                     "n'a pas souhaité commenter", "n'a pas souhaité réagir",
                     "n'a pas répondu", "n'était pas joignable",
                     "s'est refusé à tout commentaire"),
    list_labels=("étape", "conseil", "astuce", "chapitre", "partie", "raison", "règle", "question",
                "n°", "no"),
    salutations=("cher", "chère", "chers", "chères", "bonjour"),
    answer_headings=("la réponse", "réponse", "notre réponse"),
    box_headings=("points forts", "points faibles", "les plus", "les moins", "verdict",
                  "notre verdict", "on aime", "on n'aime pas"),
    summary_headings=("l'essentiel", "en bref", "ce qu'il faut retenir", "à retenir", "résumé",
                      "ce que l'on sait", "en résumé"),
    editors_notes=("note aux rédactions", "notes aux rédactions", "note aux rédacteurs",
                   "notes aux rédacteurs", "note à la rédaction"),
    reference_headings=("références", "sources", "notes", "bibliographie", "notes et références",
                        "pour aller plus loin"),
    # an advice column's answer giving its advice
    advice_words=("vous devriez", "tu devrais", "devrait", "mon conseil", "je vous conseille",
                  "je te conseille", "je vous suggère", "je te suggère", "je vous recommande",
                  "je te recommande", "essayez de", "essaie de"),
    # an answer's advice in the imperative, a connective giving a step before it
    advice_patterns=(
        r"^(?:(?:puis|ensuite|enfin|d['’]abord|alors|surtout),?\s+)?(?:ne\s+|n['’])?(?!chez\b|"
        r"assez\b)[^\W\d_]+ez\b(?!-vous\b)",
    ),
    description_labels=("communiqué de presse", "reportage", "un reportage", "récit", "le récit",
                        "portrait", "le portrait", "chronique", "la chronique", "visite à",
                        "visite chez", "en direct", "suivez en direct", "entretien avec",
                        "un entretien avec", "interview", "rencontre avec", "une rencontre avec",
                        "diaporama", "en images", "une journée avec", "immersion"),
    # the page's layout, opening a sentence: "Vous trouverez ci-dessous la liste des communes." (not a place below
    # another, nor a layout word inside a sentence that tells its own fact)
    page_talk_openers=("ci-dessous", "retrouvez ci-dessous", "voici ci-dessous", "vous trouverez ci-dessous"),
    # the page announcing what follows, as the whole line
    announcements=("on vous explique", "voici ce qui change", "voici comment", "voici pourquoi",
                   "on fait le point"),
    page_talk=("cliquez ici", "merci de votre lecture",
               # a live blog opening or closing itself: "Suivez en direct le conseil ...",
               # "C'est la fin de ce direct."
               "suivez en direct", "suivez notre direct", "fin de ce direct",
               "nous terminons ce direct", "nous clôturons ce direct", "ce direct est terminé",
               # the page announcing itself: "Tout ce qu'il faut savoir sur ..."
               "tout ce qu'il faut savoir", "tout ce que vous devez savoir", "le guide complet",
               # a review's or a trip's disclosure: "Le produit nous a été prêté par ..."
               "nous a été prêté par", "nous a été prêté pour", "a été prêté par la marque",
               "notre critique a payé", "le voyage a été financé par",
               "service de presse", "exemplaire de presse",
               # a disclaimer: "Les tribunes n'engagent que leurs auteurs."
               "n'engagent que leur auteur", "n'engagent que leurs auteurs",
               "n'engage que son auteur", "pas nécessairement l'opinion",
               "pas nécessairement la position",
               # a notice about the people in it: "Les prénoms ont été modifiés."
               "les prénoms ont été modifiés", "les noms ont été modifiés",
               "prénoms ont été changés", "noms ont été changés",
               # a correction of the page itself
               "une version précédente de cet article", "une précédente version de cet article",
               "cet article a été corrigé", "note de la rédaction",
               # a paywall's notice: "Vous pouvez lire Le Journal du Soir sur un seul appareil
               # à la fois.", "Article réservé aux abonnés"
               "sur un seul appareil à la fois", "article réservé aux abonnés",
               "contenu réservé aux abonnés",
               # a chapô announcing the interview: "La maire répond à nos questions."
               "répond à nos questions",
               # a live blog's lines about itself: asking the reader to follow, saying it is
               # updated or has ended ("Ce direct est désormais terminé.")
               "suivez les dernières", "suivez toute", "suivez ici",
               "ce direct est désormais terminé", "ce direct n'est plus",
               "cet article est mis à jour", "cet article est actualisé", "ce direct est actualisé",
               "retrouvez notre direct",
               # ... welcoming its reader or signing off
               # ("Bonjour et bienvenue dans ce direct ...", "Merci de nous avoir suivis.")
               "bienvenue dans ce direct", "bienvenue dans notre direct",
               "bienvenue sur ce direct", "merci de nous avoir suivis",
               "merci de nous avoir suivi", "merci de nous avoir lus",
               "merci d'avoir suivi ce direct", "merci d’avoir suivi ce direct",
               "rafraîchissez la page", "actualisez la page"),
    offers=(
        # "Abonnez-vous pour 1 € le premier mois", "1 € par mois pour accéder à toutes nos
        # recettes" (not a phone plan's "9,99 € par mois sans engagement")
        r"^abonnez-vous\b[^.!?]{0,80}?{price}",
        # "Profitez de notre offre spéciale : 1 € seulement pour 3 mois d'accès illimité"
        r"\bnotre\s+offre\b[^.!?]{0,60}?{price}", r"^découvrez\s+nos\s+offres\b",
        r"{price}[^.!?]{0,60}?\baccéder\s+à\s+(?:tous|toutes)\s+nos\b",
        # a bookmaker's welcome offer: "... jusqu'à 100 € sur votre premier dépôt"
        r"^(?:[^\"“”„«»]*:\s)?[^.!?\"“”„«»]{0,60}?{price}"
        r"[^.!?\"“”„«»]{0,40}?\bsur\s+(?:votre|ton)\s+premier\s+dépôt\b",
    ),
    background_words=("l'année dernière", "l'an dernier", "il y a # ans",
                      "il y a des années", "depuis des années",
                      "depuis longtemps", "depuis des décennies", "ces # dernières années"),
    review_words=("critique",),
    opinion_words=("opinion", "opinions", "tribune", "point de vue", "éditorial", "édito",
                   "chronique", "idées", "débats"),
    demand_words=("je demande", "nous demandons", "il faut", "doit", "doivent", "devrait",
                  "devraient", "il est temps"),
    score_words=("sur", "étoiles", "étoile"),
    turn_words=("plus pour longtemps", "pas pour longtemps", "jusqu'à présent", "jusqu'ici",
                "tout a changé", "cela va changer", "ça va changer", "pourrait changer",
                "n'est plus", "ne sera plus"),
    decision_words=("a voté", "ont voté", "a approuvé", "ont approuvé", "a décidé", "ont décidé",
                    "a adopté", "ont adopté", "a annoncé", "ont annoncé", "a validé",
                    "ont validé", "a rejeté", "a signé", "ont signé", "a tranché"),
    source_words=("selon", "d'après", "d’après", "étude", "rapport", "enquête", "les chiffres",
                  "statistiques", "données"),
    clock_words=("du matin", "chaque matin", "et demie", "et quart", "moins le quart",
                 "moins dix", "moins vingt", "il est sept heures", "il est six heures",
                 "il est cinq heures"),
    news_days=("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier"),
    news_day_habits=("chaque", "tous les", "toutes les"),
    death_words=("est mort", "est morte", "décédé", "décédée", "est décédé", "est décédée",
                 "s'est éteint", "s'est éteinte", "meurt", "nécrologie", "nous a quittés"),
    birth_words=("est né", "est née", "né à", "née à", "né le", "née le", "né en", "née en",
                 "naît"),
    upbringing_words=("a grandi à", "a grandi dans", "grandit à", "grandit dans", "fils d'",
                      "fille d'", "fils d’", "fille d’", "fils de", "fille de", "son enfance",
                      "a été élevé", "a été élevée"),
    life_routine_words=("obsèques", "funérailles", "inhumé", "inhumée", "inhumation", "il laisse",
                        "elle laisse", "était marié", "était mariée", "en berne", "condoléances",
                        "annoncé sa mort", "annoncé son décès", "annoncé la mort",
                        "confirmé son décès", "confirmé sa mort", "minute de silence"),
)
