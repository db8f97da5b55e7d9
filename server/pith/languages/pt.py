"""Portuguese."""

from . import Rules

RULES = Rules(
    code="pt", name="Portuguese", punkt="portuguese", snowball="portuguese",
    quotes=("“”", "«»", "‘’"),
    copulas=("é", "foi", "era"),
    articles=("o", "a", "os", "as", "um", "uma", "uns", "umas"),
    abbreviations=("sr", "sra", "srta", "dr", "dra", "prof", "profa", "eng", "ex", "p. ex",
                   "aprox", "n", "pág", "av", "r"),
    final_abbreviations=("et al", "etc", "vol", "jan", "fev", "abr", "mai", "jun", "jul", "ago",
                         "set", "out", "nov", "dez"),
    linking_words=("mas", "só que", "e", "porém", "contudo", "todavia", "entretanto", "no entanto",
                   "além disso", "também", "enquanto isso", "por sua vez"),
    additive_words=("além disso",),
    context_words=("pois bem", "pois", "ele", "ela", "eles", "elas", "isso", "isto", "aquilo",
                   "este", "esta", "esse", "essa", "estes", "estas", "esses", "essas", "deste",
                   "desta", "desse", "dessa", "destes", "destas", "desses", "dessas", "seu",
                   "sua", "seus", "suas", "ou", "assim", "então", "depois", "por isso",
                   "é por isso", "foi por isso", "portanto", "lá", "aí", "ali", "ainda",
                   "por exemplo", "inclusive", "este último", "esta última", "ainda assim",
                   "mesmo assim", "desse modo", "dessa forma", "nesse sentido", "com isso",
                   "além do mais", "mais tarde", "em outras palavras", "ou seja",
                   "no dia seguinte", "pouco depois",
                   # the rest of a thought the sentence before began: "Não porque alguma vez
                   # os tenha usado, mas porque ..."
                   "não porque", "não que",
                   # what the sentence before told: "É isso que revela um estudo ..."
                   "é isso que",
                   # a sentence with no subject, "(It) is the biggest rise since ...": its
                   # subject is in the sentence before
                   "é o", "é a", "é um", "é uma", "foi o", "foi a", "foi um", "foi uma", "era o",
                   "era a", "era um", "era uma", "trata-se",
                   # since or at the moment told before: "Desde então ...", "Na época, ..."
                   "desde então", "desde aquele momento", "desde esse momento", "na época,",
                   "à época,", "naquela época", "naquele momento",
                   # European Portuguese: "Na altura, a escola tinha 40 alunos."
                   "na altura,", "nessa altura", "naquela altura"),
    # the subject left to the sentence before: "Tem 63 anos e ...", "Foi construída em 2020 ..."
    subjectless_verbs=(
                       # according to him or her: the speaker named before
                       "segundo ele", "segundo ela", "de acordo com ele", "de acordo com ela",
                       "na sua opinião",
                       # "as (she) said," with no name before the comma: the speaker named before
                       "segundo explicou,", "segundo disse,", "segundo afirmou,",
                       "segundo referiu,", "como explicou,", "como referiu,", "como sublinhou,",
                       "conforme explicou,", "conforme disse,",
                       "tem", "tinha", "teve", "terá", "têm", "tinham", "foi", "foram", "será",
                       "nasceu", "morreu", "faleceu", "vive", "vivia", "trabalha", "trabalhou",
                       "trabalhava", "estudou", "fundou", "dirige", "dirigiu", "lidera",
                       "liderou", "conta com", "custou", "custa", "custará", "mede", "estimam",
                       "acrescentou", "explicou", "afirmou", "disse", "garantiu", "sublinhou",
                       "lembrou", "referiu", "adiantou", "é casado", "é casada", "é natural de",
                       "é licenciado", "é licenciada", "deverá", "poderá", "vai"),
    subjectless_endings=("ou", "eu", "iu"),
    subjectless_exceptions=("estou", "abreu", "moscou", "museu", "liceu", "coliseu", "ateneu",
                            "europeu", "réu"),
    clefts=("é a primeira vez", "é a única vez", "é a última vez", "foi a primeira vez",
            "foi a única vez", "foi a última vez", "era a primeira vez",
            "depois de", "depois do", "depois da", "depois dos", "depois das", "depois que"),
    opening_pronouns=("ele", "ela", "eles", "elas"),
    clause_words=("que", "quando", "porque", "se", "como", "onde", "enquanto", "embora", "e",
                  "ou", "mas", "nem", "quem"),
    time_units=("anos", "ano", "décadas", "meses", "mês", "semanas", "semana", "dias", "dia",
                "horas", "hora", "minutos"),
    # "depois," with its comma: "Dois anos depois da crise, ..." counts from its own
    later_words=("depois,", "mais tarde"),
    than_words=("do que", "que o previsto", "que o planejado", "que o planeado"),
    conjunctions=("mas", "e"),
    leaning_patterns=(
                      # some of them ("Muitos deles ..."): who, only the sentence before says
                      r"^(?:[^\W\d_][\w-]*\s+){1,2}(?:deles|delas|destes|destas)\b",
                      r"[,”\"»]\s*(?:disse|afirmou|acrescentou|explicou|declarou)\.?\s*$",
                      # only who told the sentence before: "A informação foi confirmada pela
                      # polícia.", "A notícia foi avançada pelo jornal."
                      r"^(?:a informação|a notícia) (?:foi|é)\b",),
    epithets=(r"^(?:o|a|os|as) (casal|homem|mulher|homens|mulheres|menin[oa]|policiais|"
              r"suspeit[oa]s?|vítimas?|grupo|dois|duas|três)",),
    epithet_relatives=("que", "quem"),
    demonstratives=("este", "esta", "estes", "estas", "esse", "essa", "esses", "essas"),
    deictic_nouns=("ano", "semana", "mês", "manhã", "tarde", "noite", "fim", "temporada", "verão",
                   "inverno", "primavera", "outono", "vez", "dia", "século", "trimestre",
                   "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
                   "sábado", "domingo", "artigo", "texto", "post", "matéria", "dias", "anos",
                   "semanas", "meses", "tempos", "segunda", "terça", "quarta", "quinta", "sexta"),
    personal_words=("eu", "mim", "me", "meu", "minha", "meus", "minhas", "você", "vocês", "tu",
                    "te", "teu", "tua",
                    # the reporter telling what they did, with no "eu": "Quando cheguei à
                    # aldeia, encontrei ...", "Descemos ao vale ..." (the first person's past
                    # of the verbs a reportage opens with)
                    "cheguei", "desci", "subi", "caminhei", "entrei", "saí", "encontrei",
                    "perguntei", "conheci", "percorri", "visitei", "estive", "falei",
                    "voltei", "olhei", "ouvi", "voltámos",
                    "chegámos", "descemos", "subimos", "caminhámos", "entrámos", "saímos",
                    "encontrámos", "perguntámos", "percorremos", "visitámos", "estivemos"),
    reader_words=("você", "vocês", "tu", "te", "teu", "tua"),
    amount_words=("milhões", "milhão", "bilhões", "bilhão", "mil milhões", "mil", "euros",
                  "euro", "reais", "dólares"),
    percent_words=("por cento", "pontos percentuais"),
    unit_words=("quilómetros", "quilômetros", "metros", "toneladas", "hectares", "graus"),
    months=(
        ("janeiro", "jan"),
        ("fevereiro", "fev"),
        ("março", "mar", "marco"),
        ("abril", "abr"),
        ("maio", "mai"),
        ("junho", "jun"),
        ("julho", "jul"),
        ("agosto", "ago"),
        ("setembro", "set"),
        ("outubro", "out"),
        ("novembro", "nov"),
        ("dezembro", "dez"),
    ),
    date_labels=("publicado", "publicado em"),
    updated_labels=("atualizado", "atualizado em"),
    time_ago=(r"há\s+\d+\s+(?:segundos?|minutos?|min|horas?|h|dias?|semanas?|meses|mês)",),
    reading_time=("de leitura", "tempo de leitura"),
    minute_words=("min", "minutos", "minuto"),
    boilerplate=("leia também", "veja também", "leia mais", "saiba mais", "relacionadas",
                 "publicidade", "foto:", "imagem:", "fonte:", "vídeo:", "compartilhe",
                 "partilhe", "siga-nos", "assine", "inscreva-se", "clique aqui"),
    byline_labels=("por", "escrito por", "publicado por", "texto", "autor", "autora"),
    name_joiners=("e",),
    lede_labels=("urgente", "exclusivo", "opinião", "análise", "ao vivo", "vídeo"),
    about_labels=("sobre",),
    company_profile=(r"{name},? é (?:uma|um|a|o) (?:[\w-]+ ){0,6}?(?:empresa|companhia|"
                     r"fornecedora?|fabricante|grupo|líder|especialista)s?\b",),
    role_words=("repórter", "redação", "correspondente", "jornalista", "colunista"),
    calls_to_action=("assine", "inscreva-se", "siga-nos", "newsletter",
                     # sign-offs
                     "um forte abraço", "um abraço", "até a próxima",
                     "fique com deus",
                     # saying that nothing was said
                     "não quis comentar", "não respondeu", "não foi possível contactar",
                     "não foi possível contatar"),
    list_labels=("passo", "etapa", "dica", "capítulo", "parte", "motivo", "regra", "pergunta",
                "n.º", "nº"),
    salutations=("querida", "querido", "caro", "cara", "prezada", "prezado", "olá"),
    answer_headings=("a resposta", "resposta", "a nossa resposta", "nossa resposta"),
    box_headings=("prós", "contras", "pontos positivos", "pontos negativos", "vantagens",
                  "desvantagens", "veredito"),
    summary_headings=("principais pontos", "pontos principais", "resumo", "em resumo",
                      "o que se sabe", "em poucas palavras"),
    editors_notes=("nota aos editores", "notas aos editores", "nota para editores",
                   "notas para editores", "nota à redação"),
    reference_headings=("referências", "fontes", "notas", "bibliografia",
                        "referências bibliográficas"),
    # an advice column's answer giving its advice
    advice_words=("deveria", "deverias", "o meu conselho", "meu conselho", "aconselho",
                  "recomendo", "sugiro", "tente", "tenta"),
    # an answer's advice in the imperative, a connective giving a step before it
    advice_patterns=(
        r"^(?:(?:depois|primeiro|por fim|então|além disso|sobretudo),?\s+)?(?:não\s+)?(?:marque|"
        r"convide|procure|fale|converse|peça|diga|escreva|evite|combine|proponha|explique|deixe|"
        r"leve|faça|busque|anote|registre|registe|consulte|decida|ligue|ofereça)\b",
    ),
    description_labels=("comunicado de imprensa", "nota de imprensa", "nota à imprensa",
                        "crónica", "crônica", "uma crónica", "uma crônica", "reportagem",
                        "uma reportagem", "um retrato de", "a história de", "visita a",
                        "uma visita a", "entrevista a", "entrevista com", "uma entrevista com",
                        "em direto", "ao vivo", "fotogaleria", "um dia com", "um dia em"),
    # the page's layout, opening a sentence: "Confira abaixo a lista completa." (not a place below
    # another, nor a layout word inside a sentence that tells its own fact)
    page_talk_openers=("confira abaixo", "veja abaixo", "leia abaixo", "saiba mais abaixo",
                       "confira a seguir"),
    # the page announcing what follows, as the whole line
    announcements=("veja como funciona", "saiba como", "entenda", "entenda o que muda",
                   "veja o que muda", "confira"),
    page_talk=("clique aqui", "obrigado pela leitura", "bons estudos",
               # a live blog opening or closing itself: "Acompanhe ao vivo ...", "Encerramos
               # aqui a cobertura ..."
               "acompanhe ao vivo", "acompanhe em direto", "siga em direto", "siga ao vivo",
               "encerramos aqui", "encerramos a cobertura", "terminamos aqui a cobertura",
               # a disclaimer: "Os artigos de opinião ... são da exclusiva responsabilidade dos
               # seus autores e não refletem necessariamente ..."
               "da exclusiva responsabilidade dos seus autores",
               "da exclusiva responsabilidade do autor", "da exclusiva responsabilidade da autora",
               "necessariamente a posição", "necessariamente a opinião",
               # a review's disclosure: "O exemplar foi cedido pela editora."
               "cedido pela editora", "cedida pela editora", "cedido para testes",
               "cedida para testes", "unidade cedida",
               # the page announcing itself: "Tudo o que precisa de saber sobre ..."
               "tudo o que precisa de saber", "tudo o que precisa saber",
               "tudo o que você precisa saber", "o guia completo",
               # a correction of the page itself
               "uma versão anterior deste artigo", "uma versão anterior desta notícia",
               "este artigo foi corrigido", "nota da redação", "nota da redacção",
               "nota do editor",
               # a live blog's lines about itself: asking the reader to follow, saying it is
               # updated or has ended ("Acompanhe aqui a última hora.")
               "acompanhe aqui", "acompanhe todas as", "acompanhe a última hora",
               "acompanhe em tempo real", "acompanhe ao minuto", "siga aqui",
               "artigo em atualização", "notícia em atualização",
               # ... welcoming its reader or signing off
               # ("Bem-vindos ao nosso acompanhamento ...", "Obrigado por nos acompanhar.")
               "obrigado por nos acompanhar", "obrigado por acompanhar",
               "obrigada por nos acompanhar", "obrigado por nos ter acompanhado",
               "atualize a página",
               # ... or saying when it comes back, or welcoming the reader to it by name
               "bem-vindos ao nosso acompanhamento", "bem-vindos ao nosso direto",
               "bem-vindos à nossa cobertura"),
    offers=(
        # "Assine por R$ 1,90 no primeiro mês"
        r"^assine\b[^.!?]{0,80}?{price}", r"\bexperimente\s+por\s+(?:R\s?)?{price}",
        # a bookmaker's welcome offer: "... até 200 € no teu primeiro depósito" (not "seu", also
        # "their": news of an offer)
        r"^(?:[^\"“”„«»]*:\s)?[^.!?\"“”„«»]{0,60}?{price}"
        r"[^.!?\"“”„«»]{0,40}?\bno\s+teu\s+primeiro\s+depósito\b",
    ),
    background_words=("ano passado", "anos atrás", "há # anos", "há # décadas", "durante anos",
                      "nos últimos # anos"),
    review_words=("crítica", "resenha", "review"),
    opinion_words=("opinião", "editorial", "coluna", "crónica", "crônica"),
    demand_words=("peço", "pedimos", "é preciso", "deve", "devem", "deveria", "deveriam", "é hora",
                  "é tempo"),
    score_words=("de", "estrelas"),
    turn_words=("por pouco tempo", "até agora", "já não", "tudo mudou", "isso vai mudar",
                "isso mudou", "pode mudar", "prestes a mudar", "tem os dias contados"),
    decision_words=("aprovou", "aprovaram", "decidiu", "decidiram", "votou", "votaram",
                    "anunciou", "assinou", "assinaram", "rejeitou", "deliberou"),
    source_words=("segundo", "de acordo com", "estudo", "relatório", "levantamento", "pesquisa",
                  "dados", "os números"),
    clock_words=("da manhã", "de manhã", "todas as manhãs", "e meia da", "e um quarto",
                 "menos um quarto", "menos dez", "menos vinte", "são seis", "são cinco",
                 "são sete"),
    news_days=("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
               "sábado", "domingo", "ontem"),
    news_day_habits=("aos", "às", "todos os", "todas as"),
    death_words=("morreu", "faleceu", "obituário", "morto aos", "morta aos"),
    birth_words=("nasceu", "nascido em", "nascida em"),
    upbringing_words=("foi criado", "foi criada", "filho de", "filha de", "infância"),
    life_routine_words=("funeral", "velório", "sepultado", "sepultada", "enterro",
                        "missa de sétimo dia", "deixa a mulher", "deixa o marido", "deixa viúva",
                        "era casado", "era casada", "meia haste", "meia-haste", "condolências",
                        "luto oficial", "minuto de silêncio", "confirmou a morte"),
)
