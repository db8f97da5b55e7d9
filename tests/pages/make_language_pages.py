"""Generate the fixtures of pages in other languages: ``<slug>/source.html`` + ``expected.json``.

Ten news articles written for Pith (German, French, Spanish, Italian, Portuguese, Dutch,
Polish, Russian, Japanese, Chinese), each laid into a news site's page with the furniture of
its language (share bar, "Lesen Sie auch:" box, advertisement label, photo credit, newsletter
box, related stories, copyright line), and the reference NATO story (tests/pages/seed-*)
written in German, French and Spanish on the WordPress theme the English one uses.

``expected.json`` names the page's language, the facts its short and medium summaries must
carry (tl;dr and key points together), and text of the page that must not appear. Run it
from the repository root after changing an article or a template:

    python tests/pages/make_language_pages.py

The text is our own; nothing is read from outside the repository.
"""

from __future__ import annotations

import html
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def esc(text: str) -> str:
    return html.escape(text, quote=False)


# --- The furniture of news pages, per language -------------------------------------------------
# read_also: the label of an "also read" box; ad: an advertisement label; share: a share bar;
# newsletter: a newsletter box; credit: a photo credit label; related: a related-stories
# heading; rights: the copyright line; by/updated: the byline and date line; home: the
# breadcrumb's first link; cookies: a cookie notice.

FURNITURE = {
    "de": dict(read_also="Lesen Sie auch:", ad="Anzeige", share="Artikel teilen",
               newsletter="Newsletter abonnieren: Die wichtigsten Nachrichten des Tages jeden "
                          "Morgen in Ihrem Postfach.",
               credit="Foto:", related="Mehr zum Thema", rights="Alle Rechte vorbehalten.",
               by="Von", updated="Aktualisiert:", home="Startseite",
               cookies="Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten.",
               accept="Akzeptieren", date="12.03.2026, 14:20 Uhr"),
    "fr": dict(read_also="Lire aussi :", ad="Publicité", share="Partager sur Facebook",
               newsletter="Abonnez-vous à notre newsletter : l'essentiel de l'actualité chaque "
                          "matin dans votre boîte mail.",
               credit="Photo :", related="Sur le même sujet", rights="Tous droits réservés.",
               by="Par", updated="Mis à jour le", home="Accueil",
               cookies="Nous utilisons des cookies pour améliorer votre expérience.",
               accept="Accepter", date="12 mars 2026 à 14h20"),
    "es": dict(read_also="Lee también:", ad="Publicidad", share="Compartir en Twitter",
               newsletter="Suscríbete a nuestro boletín y recibe cada mañana las noticias más "
                          "importantes del día.",
               credit="Foto:", related="Noticias relacionadas",
               rights="Todos los derechos reservados.", by="Por", updated="Actualizado:",
               home="Inicio", cookies="Utilizamos cookies para mejorar tu experiencia.",
               accept="Aceptar", date="12 de marzo de 2026, 14:20"),
    "it": dict(read_also="Leggi anche:", ad="Pubblicità", share="Condividi su Facebook",
               newsletter="Iscriviti alla newsletter per ricevere ogni mattina le notizie più "
                          "importanti.",
               credit="Foto:", related="Articoli correlati", rights="Riproduzione riservata.",
               by="di", updated="Aggiornato il", home="Home",
               cookies="Questo sito utilizza cookie per migliorare la tua esperienza.",
               accept="Accetta", date="12 marzo 2026, 14:20"),
    "pt": dict(read_also="Leia também:", ad="Publicidade", share="Partilhe no Facebook",
               newsletter="Assine a nossa newsletter e receba todas as manhãs as notícias mais "
                          "importantes.",
               credit="Foto:", related="Relacionadas", rights="Todos os direitos reservados.",
               by="Por", updated="Atualizado em", home="Início",
               cookies="Utilizamos cookies para melhorar a sua experiência.",
               accept="Aceitar", date="12 de março de 2026, 14:20"),
    "nl": dict(read_also="Lees ook:", ad="Advertentie", share="Delen op Facebook",
               newsletter="Schrijf je in voor onze nieuwsbrief en ontvang elke ochtend het "
                          "belangrijkste nieuws.",
               credit="Foto:", related="Meer over dit onderwerp",
               rights="Alle rechten voorbehouden.", by="Door", updated="Bijgewerkt:",
               home="Home", cookies="Wij gebruiken cookies om je ervaring te verbeteren.",
               accept="Accepteren", date="12 maart 2026, 14:20"),
    "pl": dict(read_also="Czytaj także:", ad="Reklama", share="Udostępnij na Facebooku",
               newsletter="Zapisz się do newslettera i otrzymuj najważniejsze wiadomości "
                          "każdego ranka.",
               credit="Foto:", related="Zobacz też", rights="Wszelkie prawa zastrzeżone.",
               by="Autor:", updated="Aktualizacja:", home="Strona główna",
               cookies="Używamy plików cookies, aby ułatwić korzystanie z serwisu.",
               accept="Akceptuję", date="12.03.2026, 14:20"),
    "ru": dict(read_also="Читайте также:", ad="Реклама", share="Поделиться во ВКонтакте",
               newsletter="Подпишитесь на рассылку и получайте главные новости дня каждое "
                          "утро.",
               credit="Фото:", related="По теме", rights="Все права защищены.", by="Автор:",
               updated="Обновлено:", home="Главная",
               cookies="Мы используем файлы cookie, чтобы сайт работал лучше.",
               accept="Принять", date="12.03.2026, 14:20"),
    "ja": dict(read_also="関連記事：", ad="広告", share="この記事をシェアする",
               newsletter="ニュースレターを購読する：毎朝、主要ニュースをお届けします。",
               credit="写真：", related="関連記事", rights="無断転載を禁じます。", by="記者：",
               updated="更新日：", home="トップ",
               cookies="当サイトではクッキーを使用しています。", accept="同意する",
               date="2026年3月12日 14:20"),
    "zh": dict(read_also="相关阅读：", ad="广告", share="分享到：微信 微博",
               newsletter="订阅我们的新闻简报，每天早上获取最重要的新闻。",
               credit="图片来源：", related="推荐阅读", rights="版权所有，未经授权不得转载。",
               by="记者：", updated="发布时间：", home="首页",
               cookies="本网站使用Cookie以改善您的体验。", accept="接受",
               date="2026-03-12 14:20"),
}

# --- Ten articles written for these tests -------------------------------------------------------

ARTICLES = [
    dict(
        slug="de-dresden-hochwasser", lang="de", site="Elbkurier", author="Anna Lehmann",
        title="Dresden investiert 240 Millionen Euro in neuen Hochwasserschutz",
        caption="Die Elbe in Dresden beim Hochwasser im Juni 2013",
        read_also="Pegel der Elbe steigt wieder über vier Meter",
        related=["Sachsen stellt neuen Klimaplan vor", "Elberadweg wird saniert"],
        body=[
            "Die Stadt Dresden will ihren Hochwasserschutz an der Elbe bis 2031 grundlegend "
            "erneuern und dafür rund 240 Millionen Euro ausgeben. Der Stadtrat billigte das "
            "Vorhaben am Donnerstagabend mit großer Mehrheit.",
            "Geplant sind u. a. neue Deiche im Ostragehege, mobile Schutzwände an der Altstadt "
            "sowie ein erweitertes Rückhaltebecken bei Pillnitz. Die Kosten teilen sich Bund, "
            "Land und Stadt, wobei der Freistaat Sachsen mit 140 Millionen Euro den größten "
            "Anteil trägt.",
            "Umweltbürgermeisterin Dr. Eva Jähnigen verwies auf die Erfahrungen der "
            "Jahrhunderthochwasser von 2002 bzw. 2013. „Wir haben aus beiden Fluten gelernt. "
            "Die nächste wird kommen, und dann wollen wir vorbereitet sein“, sagte sie nach der "
            "Abstimmung.",
            "Nach Angaben der Verwaltung sollen die neuen Anlagen etwa 45.000 Menschen in den "
            "gefährdeten Stadtteilen schützen. Bislang reicht der Schutz vielerorts nur für ein "
            "Hochwasser, wie es statistisch alle 50 Jahre vorkommt.",
            "Kritik kam von Umweltverbänden, die z. B. den Bau von Mauern am Ufer ablehnen. Sie "
            "fordern stattdessen mehr Überschwemmungsflächen, auf denen sich die Elbe bei "
            "Hochwasser ausbreiten kann.",
            "Die ersten Arbeiten sollen am 3. März beginnen, zunächst am Deich in Gohlis. "
            "Während der Bauzeit müssen Radfahrer auf dem Elberadweg mit Umleitungen rechnen.",
            "Das Hochwasser von 2002 hatte in Dresden Schäden von mehr als einer Milliarde Euro "
            "verursacht. Damals stieg der Pegel der Elbe auf den Rekordwert von 9,40 Metern.",
        ],
        facts=["240 Millionen Euro", "bis 2031", "am 3. März"],
    ),
    dict(
        slug="fr-marseille-eau", lang="fr", site="Le Courrier du Midi", author="Claire Roux",
        title="Marseille : un plan de 1,2 milliard d'euros pour moderniser le réseau d'eau",
        caption="Une canalisation remplacée dans le 15e arrondissement de Marseille",
        read_also="Sécheresse : les nappes phréatiques au plus bas",
        related=["La métropole vote son budget", "Le canal de Marseille a 170 ans"],
        body=[
            "La métropole Aix-Marseille-Provence a adopté lundi un plan de 1,2 milliard "
            "d'euros pour moderniser son réseau d'eau potable d'ici 2030, alors que près d'un "
            "litre sur cinq se perd dans des canalisations vétustes.",
            "Le programme prévoit le remplacement de 600 kilomètres de conduites, la "
            "construction de deux nouvelles usines de traitement et l'installation de 300 000 "
            "compteurs connectés, qui doivent permettre de repérer les fuites en quelques "
            "heures.",
            "« Nous ne pouvons plus accepter de perdre autant d'eau. Chaque litre compte après "
            "trois étés de sécheresse », a déclaré M. Martin, vice-président chargé de l'eau, à "
            "l'issue du conseil métropolitain.",
            "Le financement repose pour moitié sur l'Agence de l'eau et l'État ; le reste sera "
            "couvert par une hausse progressive du prix de l'eau, estimée à 8 % sur cinq ans "
            "pour un ménage moyen.",
            "Des associations de consommateurs contestent cette augmentation. Selon elles, les "
            "usagers paient déjà le prix d'années de sous-investissement, et l'opérateur privé "
            "devrait prendre en charge une part plus importante des travaux.",
            "Les premiers chantiers débuteront le 15 avril dans les quartiers nord de "
            "Marseille, où les coupures d'eau ont été les plus fréquentes l'été dernier.",
            "En 2023, la métropole avait dû imposer des restrictions d'arrosage pendant quatre "
            "mois, une première depuis la création du canal de Marseille au XIXe siècle.",
        ],
        facts=["1,2 milliard d'euros", "d'ici 2030", "le 15 avril"],
    ),
    dict(
        slug="es-sevilla-metro", lang="es", site="Diario del Sur", author="Lucía Moreno",
        title="Sevilla aprueba la línea 3 del metro, con 17 estaciones",
        caption="Una unidad del metro de Sevilla en la estación de Puerta Jerez",
        read_also="El Ayuntamiento amplía el carril bici en Triana",
        related=["Las obras del tranvía, en marcha", "Récord de viajeros en el metro"],
        body=[
            "La Junta de Andalucía aprobó el martes el proyecto definitivo de la línea 3 del "
            "metro de Sevilla, que tendrá 17 estaciones y una inversión de 1.400 millones de "
            "euros, y que unirá el norte de la ciudad con el barrio de Bellavista.",
            "El trazado, de 12 kilómetros, atravesará el centro histórico en túnel y dará "
            "servicio a unos 90.000 viajeros al día, según las previsiones de la Consejería de "
            "Fomento.",
            "«Es la obra pública más importante de Sevilla en décadas. Va a cambiar la forma "
            "en que la gente se mueve por la ciudad», dijo la consejera Rocío Díaz en la "
            "presentación del proyecto.",
            "El Ministerio de Transportes aportará el 50 por ciento de la financiación, "
            "mientras que el resto correrá a cargo de la Junta y del Ayuntamiento.",
            "Los vecinos de la Macarena temen, sin embargo, las molestias de unas obras que se "
            "prolongarán durante al menos seis años, y piden que se garanticen los accesos a "
            "los comercios.",
            "Las primeras obras comenzarán el 12 de mayo en el tramo norte, entre Pino Montano "
            "y la Macarena, que será el primero en entrar en servicio.",
            "Sevilla cuenta hoy con una sola línea de metro, inaugurada en 2009, que transporta "
            "unos 18 millones de viajeros al año.",
        ],
        facts=["17 estaciones", "1.400 millones de euros", "el 12 de mayo"],
    ),
    dict(
        slug="it-venezia-ticket", lang="it", site="Corriere del Nordest", author="Marco Zanin",
        title="Venezia, il ticket d'accesso sale a 10 euro e raddoppiano i giorni",
        caption="Turisti sul ponte di Rialto in una giornata di aprile",
        read_also="Acqua alta, il Mose alzato 12 volte in un mese",
        related=["Crociere, nuove regole in laguna", "Affitti brevi, la stretta del Comune"],
        body=[
            "Il Comune di Venezia ha deciso di raddoppiare i giorni in cui i turisti "
            "giornalieri dovranno pagare il ticket d'accesso, che nelle giornate di maggiore "
            "affluenza salirà fino a 10 euro.",
            "Il contributo sarà richiesto per 54 giorni tra aprile e luglio, contro i 29 della "
            "sperimentazione dello scorso anno. Restano esentati i residenti, gli studenti e "
            "chi pernotta in città.",
            "«Non vogliamo chiudere Venezia, ma dobbiamo proteggerla. Una città di 50.000 "
            "abitanti non può reggere 100.000 visitatori al giorno», ha detto il sindaco "
            "durante la conferenza stampa a Ca' Farsetti.",
            "Secondo i dati del Comune, la prima fase ha portato nelle casse comunali circa "
            "2,4 milioni di euro, a fronte di costi di gestione di oltre 3 milioni.",
            "Le associazioni degli albergatori giudicano positivamente la misura, mentre "
            "diversi comitati di cittadini la considerano inutile e chiedono invece un numero "
            "chiuso.",
            "Il nuovo calendario partirà il 18 aprile e i controlli saranno affidati a 200 "
            "steward nei principali punti di accesso, dalla stazione di Santa Lucia a piazzale "
            "Roma.",
            "Venezia è stata la prima città al mondo a introdurre un biglietto d'ingresso per i "
            "visitatori giornalieri, una scelta seguita con attenzione da altre mete del "
            "turismo di massa.",
        ],
        facts=["10 euro", "54 giorni", "il 18 aprile"],
    ),
    dict(
        slug="pt-lisboa-habitacao", lang="pt", site="Jornal da Cidade", author="Rita Almeida",
        title="Lisboa vai construir 3.000 casas de renda acessível até 2030",
        caption="Terrenos municipais em Marvila onde serão construídas as primeiras casas",
        read_also="Preço das casas volta a subir no primeiro trimestre",
        related=["Alojamento local: novas regras", "Metro de Lisboa prolonga linha vermelha"],
        body=[
            "A Câmara Municipal de Lisboa aprovou na quarta-feira um programa para construir "
            "3.000 casas de renda acessível até 2030, num investimento estimado em 450 milhões "
            "de euros.",
            "As novas habitações serão erguidas em terrenos municipais em Marvila, no Lumiar e "
            "em Alcântara, e destinam-se sobretudo a jovens e famílias da classe média que "
            "deixaram de conseguir pagar as rendas da cidade.",
            "«A habitação é hoje o maior problema de Lisboa. Não podemos continuar a ver os "
            "lisboetas a sair da cidade», afirmou o vereador da Habitação na reunião de "
            "câmara.",
            "As rendas não poderão ultrapassar 30 por cento do rendimento do agregado familiar, "
            "e a atribuição das casas será feita por sorteio público.",
            "A oposição votou contra, alegando que o calendário é pouco realista e que a "
            "autarquia ainda não concluiu os projetos anunciados em 2019.",
            "O primeiro concurso de construção será lançado em junho, para 600 casas em "
            "Marvila, que deverão estar prontas em 2027.",
            "Segundo o Instituto Nacional de Estatística, o valor médio das rendas em Lisboa "
            "subiu 65 por cento nos últimos cinco anos.",
        ],
        facts=["3.000 casas", "450 milhões de euros", "600 casas em Marvila"],
    ),
    dict(
        slug="nl-groningen-versterking", lang="nl", site="Noorderbode", author="Jan de Boer",
        title="Kabinet trekt 250 miljoen euro extra uit voor versterking Groningse huizen",
        caption="Een woning in Loppersum wordt versterkt",
        read_also="Nieuwe aardbeving van 2,1 bij Zeerijp",
        related=["Schadeloket krijgt meer personeel", "Provincie wil eigen herstelfonds"],
        body=[
            "Het kabinet trekt 250 miljoen euro extra uit om de versterking van huizen in het "
            "Groningse aardbevingsgebied te versnellen. Dat heeft de staatssecretaris dinsdag "
            "bekendgemaakt.",
            "Met het geld moeten nog eens 13.000 woningen vóór 2028 worden versterkt. Bewoners "
            "wachten soms al meer dan vijf jaar op een beoordeling van hun huis.",
            "„We zijn de Groningers dit verschuldigd. Het heeft veel te lang geduurd en dat "
            "moet nu echt anders”, zei de staatssecretaris na afloop van het overleg met de "
            "regio.",
            "Een deel van het bedrag gaat naar extra bouwbedrijven en inspecteurs, bijv. uit "
            "andere provincies, omdat er in de regio te weinig vakmensen zijn.",
            "De Groninger Bodem Beweging noemt het extra geld een stap in de goede richting, "
            "maar vindt dat bewoners zelf meer zeggenschap moeten krijgen over de aanpak van "
            "hun huis.",
            "De eerste nieuwe versterkingsprojecten beginnen op 1 september in de gemeente "
            "Eemsdelta, waar de meeste schade is gemeld.",
            "De gaswinning uit het Groningenveld is in april 2024 definitief gestopt, maar de "
            "gevolgen van decennia aan aardbevingen zullen nog jaren voelbaar zijn.",
        ],
        facts=["250 miljoen euro", "13.000 woningen", "op 1 september"],
    ),
    dict(
        slug="pl-krakow-tramwaj", lang="pl", site="Gazeta Małopolska", author="Piotr Nowak",
        title="Kraków: ruszyła budowa tramwaju do Mistrzejowic",
        caption="Plac budowy przy Rondzie Młyńskim",
        read_also="Nowe rozkłady jazdy autobusów od poniedziałku",
        related=["Budżet obywatelski: wyniki głosowania", "Remont ul. Meissnera"],
        body=[
            "W poniedziałek w Krakowie ruszyła budowa nowej linii tramwajowej z Ronda "
            "Młyńskiego do Mistrzejowic. Inwestycja ma kosztować ok. 1,2 mld zł i zostać "
            "ukończona w 2027 r.",
            "Nowa trasa będzie miała 4,6 km długości i siedem przystanków. Według szacunków "
            "miasta tramwaje przewiozą ok. 30 tys. pasażerów dziennie, a podróż z Mistrzejowic "
            "do centrum skróci się do 20 minut.",
            "„To jedna z najważniejszych inwestycji w historii miasta. Mieszkańcy tej części "
            "Krakowa czekali na nią ponad 40 lat” – powiedział prezydent Krakowa podczas "
            "uroczystego wbicia łopaty.",
            "Ponad połowę kosztów pokryją fundusze unijne, tj. środki z programu Fundusze "
            "Europejskie na Infrastrukturę, Klimat, Środowisko. Resztę sfinansuje miasto.",
            "Część mieszkańców os. Oświecenia protestuje jednak przeciwko wycince ok. 400 "
            "drzew wzdłuż planowanej trasy. Miasto zapowiada, że w zamian posadzi ponad 1000 "
            "nowych.",
            "Pierwsze utrudnienia dla kierowców pojawią się 15 kwietnia, gdy zamknięta "
            "zostanie część ul. Meissnera. Autobusy pojadą objazdami.",
            "Kraków ma obecnie ok. 100 km torowisk tramwajowych i jest jednym z największych "
            "systemów tramwajowych w Polsce.",
        ],
        facts=["1,2 mld zł", "4,6 km", "15 kwietnia"],
    ),
    dict(
        slug="ru-kazan-most", lang="ru", site="Волжские вести", author="Ирина Соколова",
        title="В Казани открыли новый мост через Казанку",
        caption="Новый мост через Казанку в день открытия",
        read_also="В Казани продлят линию метро",
        related=["Ремонт дорог начнётся в апреле", "Новые автобусы вышли на маршруты"],
        body=[
            "В Казани в субботу открыли движение по новому мосту через реку Казанку. "
            "Строительство обошлось в 4,5 млрд рублей и заняло три года.",
            "Длина моста составляет 1,2 км, по нему проходят шесть полос движения, а также "
            "велосипедная и пешеходная дорожки. По оценкам мэрии, мост разгрузит центр города "
            "примерно на 20 процентов.",
            "«Этот мост был нужен городу много лет. Теперь жители новых районов смогут "
            "добраться до центра за 15 минут», — заявил мэр Казани на церемонии открытия.",
            "Большую часть средств, т. е. около 3 млрд рублей, выделил федеральный бюджет в "
            "рамках национального проекта «Безопасные качественные дороги».",
            "Экологи, однако, выражают обеспокоенность тем, что строительство затронуло "
            "прибрежную зону, где гнездятся птицы. Власти обещают восстановить озеленение к "
            "осени.",
            "С 1 июня по мосту запустят три новых автобусных маршрута, которые свяжут "
            "микрорайон Солнечный город с Кремлём и вокзалом.",
            "Это уже пятый мост через Казанку. Предыдущий, мост «Миллениум», открыли в 2005 г. "
            "к тысячелетию города.",
        ],
        facts=["4,5 млрд рублей", "1,2 км", "С 1 июня"],
    ),
    dict(
        slug="ja-osaka-hoikusho", lang="ja", site="関西日報", author="山田花子",
        title="大阪市、保育所40か所を新設へ　待機児童ゼロ目指す",
        caption="大阪市北区に開設予定の保育所の建設現場",
        read_also="大阪・関西万博、来場者数が目標を上回る",
        related=["市営地下鉄、終電を延長", "大阪府、子育て支援金を拡充"],
        body=[
            "大阪市は10日、2026年4月までに市内に保育所を40か所新設すると発表した。"
            "総事業費は約120億円で、待機児童の解消を目指す。",
            "新しい保育所は、子育て世帯が増えている北区や西区、淀川区などを中心に整備する。"
            "定員は合わせて約3200人分となる見込みだ。",
            "市長は記者会見で「子どもを預けられずに仕事を辞める親をなくしたい。保育は都市の"
            "基盤だ。」と述べた。",
            "市によると、昨年4月時点の待機児童数は約300人で、3年前と比べて半分以下に減った"
            "ものの、特定の地域に集中しているという。",
            "一方、保育士の確保が課題となっている。市は保育士の家賃補助を月額最大8万円に"
            "引き上げ、人材の確保を急ぐ方針だ。",
            "保護者向けの説明会は6月1日から各区役所で順次開かれる。申し込みは市のホーム"
            "ページで受け付ける。",
            "大阪市では共働き世帯の増加に伴い、保育の需要が年々高まっている。",
        ],
        facts=["40か所", "約120億円", "約3200人分"],
    ),
    dict(
        slug="zh-hangzhou-ditie", lang="zh", site="钱江晚报", author="李明",
        title="杭州地铁12号线开通运营 全长约32公里",
        caption="杭州地铁12号线列车驶入火车东站",
        read_also="杭州公交调整15条线路",
        related=["杭州亚运场馆全面向市民开放", "沪杭高铁新增班次"],
        body=[
            "杭州地铁12号线于12月28日正式开通运营，线路全长约32公里，共设21座车站，"
            "总投资约260亿元。",
            "12号线连接城北的康桥与城东的火车东站，沿线经过多个新建住宅区和产业园区，"
            "预计日均客流量将达到25万人次。",
            "杭州市地铁集团负责人在开通仪式上表示：“12号线的开通将大大缓解城东地区的交通"
            "压力。市民从康桥到火车东站只需要35分钟。”",
            "据介绍，该线路采用全自动驾驶系统，是杭州首条实现无人驾驶的地铁线路，列车最高"
            "时速可达100公里。",
            "不过，也有部分市民反映，沿线部分车站距离居民区较远，换乘公交仍不方便。对此，"
            "公交部门表示将新开或调整15条接驳公交线路。",
            "开通后首月，12号线将实行票价八折优惠，市民使用杭州通卡或手机扫码乘车均可享受。",
            "目前，杭州地铁运营里程已超过500公里，位居全国前列。",
        ],
        facts=["全长约32公里", "约260亿元", "25万人次"],
    ),
]


def news_page(article: dict) -> str:
    """A news portal's article page: navigation, breadcrumb, byline and date line, share bar,
    a captioned photo, the body with an advertisement label and an "also read" box, then a
    newsletter box, related stories, a cookie notice and the copyright line."""
    f = FURNITURE[article["lang"]]
    paragraphs = []
    for index, text in enumerate(article["body"]):
        paragraphs.append(f"<p>{esc(text)}</p>")
        if index == 1:
            paragraphs.append(f'<div class="ad-slot"><span class="ad-label">{esc(f["ad"])}'
                              '</span><div class="ad-frame"></div></div>')
        if index == 3:
            paragraphs.append(f'<p class="also"><strong>{esc(f["read_also"])}</strong> '
                              f'<a href="/news/2">{esc(article["read_also"])}</a></p>')
    body = "\n     ".join(paragraphs)
    related = "".join(f'<li><a href="/news/{i}">{esc(r)}</a></li>'
                      for i, r in enumerate(article["related"], 3))
    return f"""<!DOCTYPE html>
<html lang="{article["lang"]}">
<head>
<meta charset="utf-8">
<title>{esc(article["title"])} | {esc(article["site"])}</title>
<meta property="og:title" content="{esc(article["title"])}">
<meta property="og:site_name" content="{esc(article["site"])}">
<meta name="author" content="{esc(article["author"])}">
<meta property="article:published_time" content="2026-03-12T14:20:00+01:00">
</head>
<body>
<div class="cookie-banner"><p>{esc(f["cookies"])} <button>{esc(f["accept"])}</button></p></div>
<header class="masthead"><a href="/">{esc(article["site"])}</a>
 <nav class="menu"><ul><li><a href="/a">1</a></li><li><a href="/b">2</a></li></ul></nav></header>
<main>
 <article class="story">
  <nav class="breadcrumb"><a href="/">{esc(f["home"])}</a> › <a href="/region">…</a></nav>
  <h1>{esc(article["title"])}</h1>
  <div class="meta"><span class="author">{esc(f["by"])} {esc(article["author"])}</span>
   <span class="date">{esc(f["updated"])} {esc(f["date"])}</span></div>
  <div class="share-bar"><a href="#">{esc(f["share"])}</a></div>
  <figure class="lead-image"><img src="/img/lead.jpg" alt="{esc(article["caption"])}">
   <figcaption>{esc(article["caption"])} <span class="credit">{esc(f["credit"])} Archiv</span></figcaption></figure>
  <div class="story-body">
     {body}
  </div>
  <aside class="newsletter-box"><p>{esc(f["newsletter"])}</p></aside>
  <section class="related"><h2>{esc(f["related"])}</h2><ul>{related}</ul></section>
 </article>
</main>
<footer class="site-footer"><p>© 2026 {esc(article["site"])}. {esc(f["rights"])}</p></footer>
</body>
</html>
"""


# Facts the short summary (the tl;dr and 3 points) leaves out though the splitting and the
# language's rules are right: the page's third fact ranks below the three points shown, which
# the medium length (5 points) carries. Known failures of the ranker (issue 15).
_SHORT = ("ranking: {fact} ranks below the three points of the short summary; medium carries "
          "it")
XFAIL = {
    "pt-lisboa-habitacao": {"short": _SHORT.format(fact="'600 casas em Marvila'")},
    "ru-kazan-most": {"short": _SHORT.format(fact="'1,2 км'")},
}
SEED_XFAIL: dict[str, str] = {}

def news_expected(article: dict) -> dict:
    f = FURNITURE[article["lang"]]
    return {
        "title": " ".join(article["title"].split()),  # the ideographic space read as a space
        "language": article["lang"],
        "must_include": {"short": article["facts"], "medium": article["facts"]},
        "must_exclude": [f["read_also"], f["ad"], f["share"], f["newsletter"][:30],
                         f["related"], f["rights"], f["cookies"], f["credit"],
                         article["read_also"], article["caption"]],
        **({"xfail": XFAIL[article["slug"]]} if article["slug"] in XFAIL else {}),
    }


# --- The reference story, written in German, French and Spanish --------------------------------

SEEDS = [
    dict(
        slug="seed-de", lang="de", site="Ostwest Kurier", author="Redaktion",
        title="NATO-Chef nennt den Weg der Ukraine in die Allianz „unumkehrbar“",
        standfirst="NATO-Generalsekretär Mark Rutte ist am Donnerstag überraschend nach Kiew "
                   "gereist und hat den Wunsch des Landes bekräftigt, dem Militärbündnis "
                   "beizutreten, während der russische Angriffskrieg andauert.",
        caption="NATO-Chef erklärt Beitritt der Ukraine",
        read_also="Neuer japanischer Regierungschef vor erster Bewährungsprobe",
        related=["EU-Gipfel berät über den Haushalt", "Ölpreis steigt nach Förderkürzung"],
        body=[
            "NATO-Generalsekretär Mark Rutte ist am Donnerstag überraschend nach Kiew gereist "
            "und hat den Wunsch des Landes bekräftigt, dem Militärbündnis beizutreten, während "
            "der russische Angriffskrieg andauert. Bei seinem Besuch betonte Rutte, der Weg "
            "der Ukraine in die NATO sei „unumkehrbar“ und lasse sich von äußerem Druck, "
            "insbesondere aus Moskau, nicht beeinflussen.",
            "„Die Ukraine ist der NATO näher als je zuvor“, sagte Rutte auf einer gemeinsamen "
            "Pressekonferenz mit dem ukrainischen Präsidenten Wolodymyr Selenskyj. „Und sie "
            "wird diesen Weg weitergehen, bis sie Mitglied unseres Bündnisses ist. Ich freue "
            "mich sehr auf diesen Tag.“ Er hob die Militärhilfe von 44,1 Milliarden Dollar "
            "hervor, die die NATO-Mitglieder für das kommende Jahr zugesagt haben, als "
            "entscheidende Unterstützung für die Verteidigung der Ukraine.",
            "Ruttes Besuch fällt in eine Zeit erhöhter Spannungen, in der die 32 "
            "Mitgliedstaaten der NATO das Beitrittsgesuch der Ukraine unterschiedlich "
            "bewerten. Er betonte jedoch, dass Russland auf diese Entscheidung keinerlei "
            "Einfluss habe: „Falls jemand etwas anderes denken sollte: Russland hat in dieser "
            "Frage weder eine Stimme noch ein Veto.“",
            "Selenskyj verwies auf den dringenden Bedarf an mehr militärischer Unterstützung "
            "und forderte die NATO auf, gemeinsam russische Raketen abzufangen, die auf die "
            "Ukraine zielen. Er zog einen Vergleich mit den Bemühungen der USA, iranische "
            "Raketen auf Israel abzufangen. „Iranische Raketen gemeinsam abzufangen, ist "
            "nichts anderes, als russische Raketen gemeinsam abzufangen“, sagte er und wies "
            "auf die Verbindung zwischen dem russischen und dem iranischen Regime hin.",
            "READ_ALSO",
            "Rutte erkannte das Recht der Ukraine auf Selbstverteidigung an, stellte aber klar, "
            "dass die Entscheidung über den Einsatz weitreichender Waffen gegen Russland bei "
            "den einzelnen NATO-Mitgliedstaaten liege. „Das einzige Land, das hier eine rote "
            "Linie überschritten hat, ist nicht die Ukraine, sondern Russland, indem es diesen "
            "Krieg begonnen hat“, erklärte er. Das Recht der Ukraine auf Selbstverteidigung "
            "reiche über ihre Grenzen hinaus: „Russische Kampfjets und Raketen ins Visier zu "
            "nehmen, bevor sie gegen die zivile Infrastruktur der Ukraine eingesetzt werden, "
            "kann Leben retten.“",
            "Ruttes Besuch unterstrich das Engagement der NATO für die Stärkung der "
            "ukrainischen Verteidigung. Er kündigte den Aufbau einer Kommandostruktur an, die "
            "Sicherheitshilfe und Ausbildung für die Ukraine koordinieren soll, damit das Land "
            "die nötige Unterstützung erhält, um der russischen Aggression zu begegnen.",
            "Während sich die NATO-Verbündeten auf ein entscheidendes Treffen in Ramstein am "
            "12. Oktober vorbereiten, bei dem es um die weitere Unterstützung der Ukraine im "
            "Krieg gehen soll, festigt sich der Rückhalt des Bündnisses als geschlossene Front "
            "gegen die russische Expansion. Da so viel auf dem Spiel steht wie nie zuvor, "
            "markieren die Zusage militärischer Hilfe und die Bekräftigung der "
            "Beitrittsperspektive einen Wendepunkt für die geopolitische Lage der Region.",
        ],
        facts=["Weg der Ukraine in die NATO sei „unumkehrbar“", "44,1 Milliarden Dollar",
               "in Ramstein am 12. Oktober"],
        extra_exclude=["Über den Autor", "Teilen:"],
        author_box="Über den Autor", share_title="Teilen:",
    ),
    dict(
        slug="seed-fr", lang="fr", site="L'Écho de l'Est", author="Rédaction",
        title="Le chef de l'OTAN juge « irréversible » la voie de l'Ukraine vers l'adhésion",
        standfirst="Le secrétaire général de l'OTAN, Mark Rutte, s'est rendu jeudi à Kiev "
                   "pour une visite surprise, confortant les aspirations du pays à rejoindre "
                   "l'alliance militaire alors que l'invasion russe se poursuit.",
        caption="Le chef de l'OTAN et l'adhésion de l'Ukraine",
        read_also="Le nouveau Premier ministre japonais face à un premier test",
        related=["Les dirigeants de l'UE réunis à Bruxelles", "Le pétrole grimpe"],
        body=[
            "Le secrétaire général de l'OTAN, Mark Rutte, s'est rendu jeudi à Kiev pour une "
            "visite surprise, confortant les aspirations du pays à rejoindre l'alliance "
            "militaire alors que l'invasion russe se poursuit. Lors de sa visite, M. Rutte a "
            "affirmé que la voie de l'Ukraine vers l'adhésion à l'OTAN est « irréversible » et "
            "ne saurait être infléchie par des pressions extérieures, en particulier celles "
            "de Moscou.",
            "« L'Ukraine est plus proche de l'OTAN que jamais », a déclaré M. Rutte lors d'une "
            "conférence de presse commune avec le président ukrainien Volodymyr Zelensky. "
            "« Et elle poursuivra sur cette voie jusqu'à devenir membre de notre Alliance. "
            "J'attends ce jour avec impatience. » Il a souligné les 44,1 milliards de dollars "
            "d'aide militaire promis par les membres de l'OTAN pour l'année à venir, un "
            "soutien essentiel à la défense de l'Ukraine.",
            "La visite de M. Rutte intervient dans un contexte de fortes tensions, les 32 "
            "États membres de l'OTAN étant divisés sur la candidature de l'Ukraine. Il a "
            "toutefois insisté sur le fait que la Russie n'a aucune prise sur cette "
            "décision : « Si quelqu'un pensait le contraire : sur cette question, la Russie "
            "n'a ni voix ni droit de veto. »",
            "Insistant sur le besoin urgent d'un soutien militaire renforcé, M. Zelensky a "
            "exhorté l'OTAN à envisager l'interception conjointe des missiles russes visant "
            "l'Ukraine, en faisant le parallèle avec les efforts des États-Unis pour "
            "intercepter les missiles iraniens visant Israël. « Intercepter ensemble des "
            "missiles iraniens n'est pas différent d'intercepter ensemble des missiles "
            "russes », a-t-il affirmé, soulignant les liens entre les régimes russe et "
            "iranien.",
            "READ_ALSO",
            "Tout en reconnaissant le droit de l'Ukraine à se défendre, M. Rutte a précisé que "
            "les décisions sur l'utilisation d'armes à longue portée contre la Russie relèvent "
            "de chaque État membre de l'OTAN. « Le seul pays qui a franchi une ligne rouge ici, "
            "ce n'est pas l'Ukraine, c'est la Russie, en déclenchant cette guerre », a-t-il "
            "déclaré. Il a réaffirmé que le droit de l'Ukraine à se défendre s'étend au-delà "
            "de ses frontières : « Viser les avions de combat et les missiles russes avant "
            "qu'ils ne puissent être utilisés contre les infrastructures civiles de l'Ukraine "
            "peut sauver des vies. »",
            "La visite de M. Rutte a mis en lumière l'engagement de l'OTAN à renforcer les "
            "défenses de l'Ukraine. Il a annoncé la création d'une structure de commandement "
            "chargée de coordonner l'assistance en matière de sécurité et la formation pour "
            "l'Ukraine, afin que le pays reçoive le soutien nécessaire pour contrer "
            "l'agression russe.",
            "Alors que les alliés de l'OTAN se préparent à une réunion cruciale à Ramstein, en "
            "Allemagne, le 12 octobre pour discuter du soutien à l'Ukraine dans la guerre, "
            "l'appui de l'alliance continue de se consolider, affichant un front uni face à "
            "l'expansionnisme russe. Avec des enjeux plus élevés que jamais, l'aide militaire "
            "promise par l'OTAN et l'assurance donnée à l'Ukraine sur son adhésion marquent un "
            "tournant pour le paysage géopolitique de la région.",
        ],
        facts=["l'adhésion à l'OTAN est « irréversible »", "44,1 milliards de dollars",
               "à Ramstein, en Allemagne, le 12 octobre"],
        extra_exclude=["À propos de l'auteur", "Partager :"],
        author_box="À propos de l'auteur", share_title="Partager :",
    ),
    dict(
        slug="seed-es", lang="es", site="El Heraldo del Este", author="Redacción",
        title="El jefe de la OTAN declara «irreversible» el camino de Ucrania hacia la "
              "adhesión",
        standfirst="El secretario general de la OTAN, Mark Rutte, realizó el jueves una "
                   "visita sorpresa a Kiev que refuerza las aspiraciones del país de unirse a "
                   "la alianza militar en plena invasión rusa.",
        caption="El jefe de la OTAN y la adhesión de Ucrania",
        read_also="El nuevo primer ministro japonés afronta su primera prueba",
        related=["Los líderes de la UE se reúnen en Bruselas", "Sube el precio del petróleo"],
        body=[
            "El secretario general de la OTAN, Mark Rutte, realizó el jueves una visita "
            "sorpresa a Kiev que refuerza las aspiraciones del país de unirse a la alianza "
            "militar en plena invasión rusa. Durante su visita, Rutte afirmó que el camino de "
            "Ucrania hacia la OTAN es «irreversible» y que no puede verse alterado por "
            "presiones externas, en particular de Moscú.",
            "«Ucrania está más cerca de la OTAN que nunca», declaró Rutte en una rueda de "
            "prensa conjunta con el presidente ucraniano, Volodímir Zelenski. «Y seguirá por "
            "este camino hasta convertirse en miembro de nuestra Alianza. Espero con mucha "
            "ilusión ese día». Destacó los 44.100 millones de dólares en ayuda militar "
            "comprometidos por los miembros de la OTAN para el próximo año como un apoyo "
            "crucial para la defensa de Ucrania.",
            "La visita de Rutte se produce en un momento de fuertes tensiones, con opiniones "
            "divergentes entre los 32 Estados miembros de la OTAN sobre la candidatura de "
            "Ucrania. Sin embargo, subrayó que la influencia de Rusia sobre esta decisión es "
            "nula: «Si alguien pensara lo contrario: en esta cuestión, Rusia no tiene ni voz "
            "ni veto».",
            "Zelenski, que insistió en la urgente necesidad de reforzar el apoyo militar, instó "
            "a la OTAN a considerar la interceptación conjunta de los misiles rusos dirigidos "
            "contra Ucrania, y trazó un paralelismo con los esfuerzos de EE. UU. para "
            "interceptar los misiles iraníes lanzados contra Israel. «Interceptar "
            "conjuntamente misiles iraníes no es diferente de interceptar conjuntamente "
            "misiles rusos», aseguró, y señaló la conexión entre los regímenes ruso e iraní.",
            "READ_ALSO",
            "Aunque Rutte reconoció el derecho de Ucrania a defenderse, aclaró que las "
            "decisiones sobre el uso de armas de largo alcance contra Rusia corresponden a "
            "cada Estado miembro de la OTAN. «El único país que ha cruzado aquí una línea roja "
            "no es Ucrania; es Rusia, al iniciar esta guerra», declaró. Reiteró que el derecho "
            "de Ucrania a la legítima defensa va más allá de sus fronteras: «Atacar los aviones "
            "de combate y los misiles rusos antes de que puedan usarse contra la "
            "infraestructura civil de Ucrania puede ayudar a salvar vidas».",
            "La visita de Rutte puso de relieve el compromiso de la OTAN con el refuerzo de las "
            "defensas de Ucrania. Anunció la creación de una estructura de mando destinada a "
            "coordinar la asistencia en materia de seguridad y el adiestramiento para Ucrania, "
            "de modo que el país reciba el apoyo necesario para hacer frente a la agresión "
            "rusa.",
            "Mientras los aliados de la OTAN se preparan para una reunión crucial en Ramstein, "
            "Alemania, el 12 de octubre para debatir el apoyo a Ucrania en la guerra, el "
            "respaldo de la alianza sigue consolidándose, lo que subraya un frente unido "
            "contra el expansionismo ruso. Con más en juego que nunca, la ayuda militar "
            "comprometida por la OTAN y la garantía sobre las aspiraciones de adhesión de "
            "Ucrania marcan un momento decisivo en el panorama geopolítico de la región.",
        ],
        facts=["el camino de Ucrania hacia la OTAN es «irreversible»",
               "44.100 millones de dólares", "en Ramstein, Alemania, el 12 de octubre"],
        extra_exclude=["Sobre el autor", "Compartir:"],
        author_box="Sobre el autor", share_title="Compartir:",
    ),
]


def seed_page(seed: dict) -> str:
    """The reference story on a WordPress news theme, as tests/pages/seed-wordpress lays out
    the English one, with the furniture in the story's language."""
    f = FURNITURE[seed["lang"]]
    paragraphs = []
    for text in seed["body"]:
        if text == "READ_ALSO":
            paragraphs.append(f'<p><strong>{esc(f["read_also"])}</strong> '
                              f'<a href="/japan-pm-test/">{esc(seed["read_also"])}</a></p>')
        else:
            paragraphs.append(f"<p>{esc(text)}</p>")
        if len(paragraphs) == 3:
            paragraphs.append(f'<div class="code-block code-block-4"><span>{esc(f["ad"])}'
                              '</span><ins class="adsbygoogle"></ins></div>')
    body = "\n      ".join(paragraphs)
    related = "".join(f'<li><a href="/r{i}">{esc(r)}</a></li>'
                      for i, r in enumerate(seed["related"]))
    return f"""<!DOCTYPE html>
<html lang="{seed["lang"]}">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(seed["title"])} - {esc(seed["site"])}</title>
<meta property="og:title" content="{esc(seed["title"])}">
<meta property="og:site_name" content="{esc(seed["site"])}">
<meta property="og:description" content="{esc(seed["standfirst"])}">
<meta property="article:published_time" content="2024-10-03T14:20:00+00:00">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":{json.dumps(seed["title"], ensure_ascii=False)},"datePublished":"2024-10-03T14:20:00+00:00","author":[{{"@type":"Person","name":{json.dumps(seed["author"], ensure_ascii=False)}}}],"publisher":{{"@type":"Organization","name":{json.dumps(seed["site"], ensure_ascii=False)}}}}}</script>
</head>
<body class="post-template-default single single-post">
<div id="cookie-notice" class="cookie-notice"><p>{esc(f["cookies"])} <button>{esc(f["accept"])}</button></p></div>
<header class="site-header">
  <div class="site-branding"><a href="/">{esc(seed["site"])}</a></div>
  <nav class="main-navigation"><ul><li><a href="/welt">1</a></li><li><a href="/politik">2</a></li></ul></nav>
</header>
<div id="content" class="site-content">
 <div class="container">
  <div id="primary" class="content-area">
   <main id="main" class="site-main">
    <div class="breadcrumbs"><a href="/">{esc(f["home"])}</a> » {esc(seed["title"])}</div>
    <article id="post-48211" class="post-48211 post type-post status-publish">
     <header class="entry-header">
      <h1 class="entry-title">{esc(seed["title"])}</h1>
      <div class="entry-meta"><span class="byline">{esc(f["by"])} <a rel="author" href="/author/">{esc(seed["author"])}</a></span> <span class="posted-on"><time datetime="2024-10-03T14:20:00+00:00">03.10.2024</time></span></div>
     </header>
     <div class="share-bar"><a href="#">{esc(f["share"])}</a> <a href="#">WhatsApp</a></div>
     <div class="entry-content">
      <p class="standfirst"><em>{esc(seed["standfirst"])}</em></p>
      <figure class="wp-block-image"><img src="/uploads/rutte-kyiv.jpg" alt="{esc(seed["caption"])}"><figcaption>{esc(seed["caption"])}</figcaption></figure>
      {body}
      <figure class="wp-block-image"><img src="/uploads/rutte-zelensky.jpg" alt="{esc(seed["caption"])}"><figcaption>{esc(seed["caption"])}</figcaption></figure>
      <div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">{esc(seed["share_title"])}</h3><ul><li><a href="#">X</a></li><li><a href="#">Facebook</a></li></ul></div>
     </div>
     <div class="author-box"><h4>{esc(seed["author_box"])}</h4><p>{esc(seed["author"])} – {esc(seed["site"])}</p></div>
     <div class="related-posts"><h3>{esc(f["related"])}</h3><ul>{related}</ul></div>
    </article>
   </main>
  </div>
  <aside id="secondary" class="widget-area">
   <section class="widget newsletter"><p>{esc(f["newsletter"])}</p></section>
  </aside>
 </div>
</div>
<footer class="site-footer"><p>© 2025 {esc(seed["site"])}. {esc(f["rights"])}</p></footer>
</body>
</html>
"""


def seed_expected(seed: dict) -> dict:
    f = FURNITURE[seed["lang"]]
    return {
        "title": seed["title"],
        "language": seed["lang"],
        "must_include": {"short": seed["facts"], "medium": seed["facts"],
                         "long": seed["facts"]},
        "must_exclude": [f["read_also"], f["ad"], f["share"], f["newsletter"][:30],
                         f["related"], f["rights"], f["cookies"], seed["caption"],
                         seed["read_also"]] + seed["extra_exclude"],
        **({"xfail": dict.fromkeys(("short", "medium", "long"), SEED_XFAIL[seed["slug"]])}
           if seed["slug"] in SEED_XFAIL else {}),
    }


def write(slug: str, source: str, expected: dict) -> None:
    folder = HERE / slug
    folder.mkdir(exist_ok=True)
    (folder / "source.html").write_text(source, encoding="utf-8")
    (folder / "expected.json").write_text(
        json.dumps(expected, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def main() -> None:
    for article in ARTICLES:
        write(article["slug"], news_page(article), news_expected(article))
    for seed in SEEDS:
        write(seed["slug"], seed_page(seed), seed_expected(seed))


if __name__ == "__main__":
    main()
