"""French."""

from . import Rules

RULES = Rules(
    code="fr", name="French", punkt="french", snowball="french",
    quotes=("«»", "“”", "‹›", "‘’"),
    abbreviations=("m", "mm", "mme", "mmes", "mlle", "dr", "pr", "me", "st", "ste", "etc",
                   "cf", "env", "p. ex", "av. j.-c", "apr. j.-c", "n°", "no", "vol", "chap",
                   "janv", "févr", "avr", "juill", "sept", "oct", "nov", "déc"),
    context_words=("il", "elle", "ils", "elles", "on", "ce", "cela", "ceci", "ça", "celui-ci",
                   "celle-ci", "ceux-ci", "ces", "cette", "son", "sa", "ses", "leur", "leurs",
                   "mais", "et", "ou", "donc", "or", "ni", "car", "cependant", "pourtant",
                   "toutefois", "néanmoins", "ensuite", "puis", "alors", "ainsi", "aussi",
                   "également", "de plus", "en outre", "par ailleurs", "en revanche",
                   "par conséquent", "c'est pourquoi", "c’est pourquoi", "là", "y", "en effet",
                   "par exemple", "au contraire", "entre-temps", "plus tard", "ce dernier",
                   "cette dernière"),
    amount_words=("millions", "million", "milliards", "milliard", "md", "mds", "euros", "euro",
                  "dollars", "francs"),
    percent_words=("pour cent", "pourcent", "points de pourcentage"),
    months=("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
            "septembre", "octobre", "novembre", "décembre", "janv", "févr", "avr", "juil",
            "juill", "sept", "oct", "nov", "déc"),
    boilerplate=("lire aussi", "à lire aussi", "lire la suite", "voir aussi", "sur le même sujet",
                 "à voir aussi", "publicité", "photo:", "photo :", "crédit:", "crédit :",
                 "source:", "source :", "vidéo:", "vidéo :", "partager", "publié le",
                 "mis à jour", "modifié le", "suivez-nous", "abonnez-vous",
                 "inscrivez-vous à notre newsletter", "cliquez ici", "en savoir plus"),
    byline_prefixes=("par", "texte:", "texte :"),
    calls_to_action=("abonnez-vous", "inscrivez-vous", "newsletter", "cliquez ici",
                     "suivez-nous"),
)
