"""Portuguese."""

from . import Rules

RULES = Rules(
    code="pt", name="Portuguese", punkt="portuguese", snowball="portuguese",
    quotes=("“”", "«»", "‘’"),
    abbreviations=("sr", "sra", "srta", "dr", "dra", "prof", "profa", "eng", "etc", "ex",
                   "p. ex", "aprox", "nº", "n", "pág", "vol", "av", "r", "jan", "fev", "abr",
                   "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"),
    context_words=("ele", "ela", "eles", "elas", "isso", "isto", "aquilo", "este", "esta",
                   "esse", "essa", "estes", "estas", "esses", "essas", "seu", "sua", "seus",
                   "suas", "mas", "e", "ou", "porém", "contudo", "todavia", "entretanto",
                   "além disso", "também", "assim", "então", "depois", "por isso",
                   "portanto", "no entanto", "enquanto isso", "lá", "aí", "ali", "ainda",
                   "por exemplo", "inclusive", "este último", "esta última"),
    amount_words=("milhões", "milhão", "bilhões", "bilhão", "mil milhões", "mil", "euros",
                  "euro", "reais", "dólares"),
    percent_words=("por cento", "pontos percentuais"),
    months=("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
            "setembro", "outubro", "novembro", "dezembro", "jan", "fev", "mar", "abr", "mai",
            "jun", "jul", "ago", "set", "out", "nov", "dez"),
    boilerplate=("leia também", "veja também", "leia mais", "saiba mais", "relacionadas",
                 "publicidade", "foto:", "imagem:", "fonte:", "vídeo:", "compartilhe",
                 "partilhe", "publicado", "atualizado", "siga-nos", "assine",
                 "inscreva-se", "clique aqui"),
    byline_prefixes=("por",),
    calls_to_action=("assine", "inscreva-se", "siga-nos", "clique aqui", "newsletter"),
)
