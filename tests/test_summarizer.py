"""Pith's own ranker (server/pith/summarizer.py): what each of its signals does to the order.

The articles here are written for these tests. ``UNRELATED`` sentences share no content word,
so with them only position and the per-sentence signals decide the order; one sentence at a
time is then changed to show a single signal at work.
"""

from __future__ import annotations

import numpy as np
import pytest
from sumy.models.dom import ObjectDocumentModel
from sumy.models.dom import Sentence as SumySentence

from pith.clean import Block
from pith.language import tools_for
from pith.languages import TABLES, rules_for
from pith.rank import rank, rank_and_survey
from pith.segment import segment, words
from pith.summarizer import PithSummarizer, has_strong_fact, is_personal

UNRELATED = [
    "Farmers near the northern lakes harvested a bumper crop of barley during an unusually "
    "warm autumn.",
    "A museum in the old harbour district opened an exhibition of medieval maps drawn on "
    "vellum.",
    "Volunteers cleaned litter from mountain trails along the eastern ridge before winter "
    "snowfall arrived.",
    "The regional orchestra announced a concert series featuring young composers from rural "
    "schools.",
    "Scientists tracked migrating cranes with tiny radio tags fitted before the birds left "
    "their wetland.",
    "Bakers across the province reported soaring demand for rye loaves after flour prices "
    "fell.",
    "A ferry operator added evening crossings to the island during the busy festival season.",
    "Librarians digitised fragile parish registers so genealogists can search baptism "
    "records online.",
]


class _Words:
    @staticmethod
    def to_words(text):
        return words(text)


def ranked(texts: list[str], title: str | None = None,
           description: str | None = None, lang: str = "en") -> list[int]:
    """Positions of ``texts`` (one sentence each, in ``lang``), best first, as Pith's ranker
    orders them."""
    tools = tools_for(lang)
    sentences = segment([Block(t) for t in texts], tools.sentence_tokenizer,
                        max_sentence_chars=1000)
    assert [s.text for s in sentences] == texts, "each text must be exactly one sentence"
    return rank(sentences, tools, summarizer="pith", max_sentences=600, title=title,
                description=description)


def with_sentence(index: int, text: str) -> list[str]:
    texts = list(UNRELATED)
    texts[index] = text
    return texts


def test_without_shared_words_position_decides():
    assert ranked(UNRELATED) == list(range(len(UNRELATED)))


def test_ranking_is_deterministic():
    texts = with_sentence(3, "“We will play every hall,” the conductor said on Friday.")
    texts.append(UNRELATED[2])
    assert ranked(texts) == ranked(texts) == ranked(list(texts))


@pytest.mark.parametrize("text", [
    "“Remarkable,” said the curator of the museum in the old harbour district about its "
    "medieval maps.",
    "Why would a museum in the old harbour district show medieval maps drawn on vellum?",
    "What a treasure the museum in the old harbour district has in its medieval maps!",
    "Museum reopens.",
    "Scroll down for video of the museum’s exhibition of medieval maps drawn on vellum.",
    "We reached out to the museum about its medieval maps and will update this story.",
    "Thanks for reading about the museum's exhibition of medieval maps drawn on vellum.",
    "Comments are open below on the museum's exhibition of medieval maps drawn on vellum.",
    "Follow @HarbourMuseum on Twitter for the museum's exhibition of medieval maps on vellum.",
    "Tickets for the museum’s exhibition of medieval maps drawn on vellum are on sale: book "
    "now.",
    "He said the museum in the old harbour district had opened an exhibition of maps.",
    "A museum in the old harbour district opened an exhibition of medieval maps drawn on "
    "vellum, borrowed from monasteries, private collectors, universities and cathedral "
    "archives across the continent, after a decade of negotiations between curators, "
    "lawyers and insurers about their safe transport.",
], ids=["opens-with-quote", "question", "exclamation", "fragment", "page-furniture",
        "writer-on-writing", "sign-off", "come-back", "follow-handle", "ticket-sales",
        "leans-on-context", "run-on"])
def test_sentences_that_cannot_stand_alone_are_marked_down(text):
    order = ranked(with_sentence(1, text))
    assert order.index(1) > order.index(2), order


@pytest.mark.parametrize("text", [
    "Last year a museum in the old harbour district opened an exhibition of medieval maps.",
    "A museum in the old harbour district has long shown medieval maps drawn on vellum.",
    "Years ago a museum in the old harbour district bought its first medieval maps on vellum.",
])
def test_the_storys_background_is_marked_down(text):
    order = ranked(with_sentence(1, text))
    assert order.index(1) > order.index(2), order


@pytest.mark.parametrize("lang, background, news", [
    ("en", "Dealers last year sold 303,417 new vehicles, up 4 percent.",
     "Dealers sold 30,154 new cars in October, down 10 percent from a year earlier."),
    ("de", "Seit Jahren streiten die Länder über den Ausbau der Bahn.",
     "Die Länder haben sich am Dienstag auf den Ausbau der Bahn geeinigt."),
    ("fr", "L’an dernier, la ville avait déjà fermé deux écoles.",
     "La ville fermera deux écoles cette année, a annoncé le maire."),
    ("es", "Las ventas del año pasado cayeron un 4 por ciento.",
     "El club presentó este lunes su nuevo estadio."),
    ("it", "Negli ultimi anni il comune ha chiuso tre scuole.",
     "Il comune chiuderà tre scuole quest'anno."),
    ("pt", "No ano passado, a empresa demitiu 300 funcionários.",
     "A empresa anunciou nesta terça-feira a contratação de 300 funcionários."),
    ("nl", "Vorig jaar sloot de gemeente twee scholen.",
     "De gemeente sluit dit jaar twee scholen."),
    ("ru", "Предыдущий мост через реку открыли 20 лет назад.",
     "С 1 июня по мосту запустят три новых автобусных маршрута."),
    ("uk", "Минулого року місто закрило дві школи.", "Місто закриє дві школи цього року."),
    ("pl", "W ubiegłym roku miasto zamknęło dwie szkoły.",
     "Miasto zamknie w tym roku dwie szkoły."),
    ("cs", "Loni město zavřelo dvě školy.", "Město letos zavře dvě školy."),
    ("sv", "För fem år sedan stängde kommunen två skolor.", "Kommunen stänger två skolor i år."),
    ("tr", "Geçen yıl belediye iki okulu kapattı.", "Belediye bu yıl iki okulu kapatacak."),
    ("ko", "지난해에는 시가 학교 두 곳을 닫았다.", "시는 올해 학교 두 곳을 닫는다."),
    # Written without spaces, a phrase is found inside a run of characters; "2030年前" (by
    # 2030) is not "年前" (years ago), which the table leaves out.
    ("ja", "市は昨年、保育園を2カ所閉鎖した。", "市は今年、保育園を2カ所開設する。"),
    ("zh", "去年，该市关闭了两所学校。", "该市计划在2030年前建成三条地铁线路。"),
])
def test_each_table_names_its_languages_background(lang, background, news):
    rules = rules_for(lang)
    assert rules.background.search(background), background
    assert not rules.background.search(news), news


@pytest.mark.parametrize("lang, background", [
    ("en", "Rents in the city rose 65 percent over the past five years."),
    ("en", "Rents in the city rose 65 percent in the last 10 years."),
    ("en", "Rents in the city rose 65 percent in the past years."),
    ("de", "Die Mieten sind in den vergangenen zehn Jahren um 65 Prozent gestiegen."),
    ("fr", "Les loyers ont augmenté de 65 % ces cinq dernières années."),
    ("es", "Hace diez años la ciudad cerró dos escuelas."),
    ("pt", "O valor médio das rendas subiu 65 por cento nos últimos cinco anos."),
    ("nl", "De huren stegen de afgelopen tien jaar met 65 procent."),
    ("ru", "За последние пять лет цены на жильё выросли на 65 процентов."),
])
def test_a_span_of_the_past_with_its_count_is_background(lang, background):
    """A "#" in a table's phrase is the span's count, or nothing."""
    assert rules_for(lang).background.search(background), background


@pytest.mark.parametrize("lang, news", [
    ("en", "The vote will have long-term consequences for the city's budget."),
    ("en", "The late afternoon vote gave the council a majority for the plan."),
    ("de", "Die Verstorbene wurde am Dienstag in ihrer Wohnung gefunden."),
    ("es", "El fallecido, de 45 años, fue hallado el lunes en su casa."),
    ("it", "È la peggiore alluvione da anni, ha detto il sindaco."),
])
def test_news_that_only_looks_like_background_is_not_marked(lang, news):
    assert not rules_for(lang).background.search(news), news


@pytest.mark.parametrize("lang, text, furniture", [
    ("en", "Sign up for our newsletter to hear about the museum's exhibitions.", True),
    ("en", "The museum continued to sign up new members throughout the week.", False),
    # Written without spaces, a call is found inside the line, and told from a story's words.
    ("ja", "詳しくはここをクリックしてください。", True),
    ("ja", "新聞の購読料は来月から値上げされる。", False),
    ("zh", "欢迎关注我们的公众号。", True),
    ("zh", "此事在网上引起了广泛关注。", False),
    # Korean particles attach to the word: "구독을" is "subscribe" with its object particle.
    # a police appeal asks the reader to call
    ("en", "Anyone with information is asked to call police on 101, quoting log 5425.", True),
    ("en", "Police said anyone with information should contact Crimestoppers.", True),
    ("de", "Zeugen werden gebeten, sich unter der Nummer 0751 803 zu melden.", True),
    ("de", "Zeugen, die den Unfall beobachtet haben, werden gebeten, sich unter der Nummer "
           "0751 803-0 zu melden.", True),
    # ... a reward, a deadline are the story's
    ("en", "Police are offering a reward of up to £50,000 to anyone with information.", False),
    ("en", "Eligible residents are asked to contact the council before 31 January.", False),
    ("ko", "영상이 마음에 드셨다면 채널 구독을 부탁드립니다.", True),
    ("ko", "유료 구독자 수는 지난해 두 배로 늘었다.", False),
    ("ko", "유료 구독을 해지한 가입자가 지난달 두 배로 늘었다.", False),
    ("ko", "이 게시물은 좋아요를 10만 개 넘게 받았다.", False),
])
def test_a_call_to_action_is_asked_not_told(lang, text, furniture):
    assert (rules_for(lang).furniture.search(text) is not None) is furniture


@pytest.mark.parametrize("text,talk", [
    ("We reached out to the museum and will update this story.", True),
    ("Shoppers paid for a third of their purchases with buy now, pay later loans.", False),
    ("The museum's director declined to comment on the missing map.", False),
    ("The conversation has been edited for length and clarity.", True),
    ("This interview has been edited and condensed.", True),
    ("There is a lot to sort through here.", True),
    ("Without further ado, let's dive in.", True),
])
def test_the_page_talking_about_itself_is_told_from_a_storys_words(text, talk):
    # Page talk is never a point; a story's words that a call or a caption also uses are
    # only marked down.
    assert (rules_for("en").talks_about_page.search(text) is not None) is talk
    assert rules_for("en").furniture.search(text) is not None


@pytest.mark.parametrize("lang,text", [
    # a deal in a deals roundup; a tip's advice; a service's terms; a code that is no offer
    ("en", "Use code SPRING40 at checkout to take 40% off an annual Northwind VPN plan."),
    ("en", "Shop around: switching energy supplier could save a typical household £240 a year."),
    ("en", "Vireo's Plus tier offers the first 30 days free, then charges $11.99 a month."),
    ("en", "Under the new rules, customers must be able to cancel at any time with one click."),
    ("en", "Upgrade work on the Halden to Port Marsh line will cost £45m, the operator said."),
    ("en", "The crew of flight NW412 declared an emergency with code 7700 over the Channel."),
    ("en", "“They took everything from our shop in ten minutes,” said the owner."),
    ("de", "Das Ticket bleibt jederzeit kündbar, und zwar bis zum 10. eines Monats."),
    ("de", "Die Gemeinde will sich die Wiesen am Fluss jetzt sichern, um dort einen Polder zu bauen."),
    ("fr", "Le nouveau forfait coûte 9,99 € par mois sans engagement, a annoncé l'opérateur."),
    ("fr", "La région offre les deux premiers mois gratuits aux apprentis sur le réseau TER."),
    ("es", "Prueba de ello es que el alquiler medio alcanzó los 1.200 € al mes en marzo."),
    ("it", "Prova ne è che il prezzo del pane comune è salito a 4,50 € al chilo."),
    ("nl", "Vanaf 1 juli zijn abonnementen na het eerste jaar maandelijks opzegbaar."),
    ("sv", "Nya medlemmar betalar 1 kr första månaden och därefter 449 kr i månaden."),
    ("pl", "Wykup mieszkania z maksymalną bonifikatą oznacza, że lokator zapłaci 25 000 zł."),
    # a place below another, not the page's layout
    ("de", "Weiter unten im Tal stand das Wasser am Montag 1,40 Meter hoch."),
    ("es", "El agua llegó hasta el puente, tres kilómetros más abajo, al mediodía."),
    ("pt", "A fissura fica logo abaixo da linha de água, segundo os engenheiros."),
    ("nl", "Hieronder vallen ook zzp'ers met een omzet onder de 20.000 euro."),
    ("da", "Vandet stod en halv meter nedenfor diget ved middagstid."),
    # news of an offer, a layout word inside a sentence telling its own fact
    ("en", "The ASA said the headline promise of 65% off your first box was misleading."),
    ("en", "The trust told its schools not to order a copy of the novel by Friday."),
    ("en", "Halden council will close the 12 primary schools listed below by July 2026."),
    ("en", "UK inflation is well above the 2% target, while in the eurozone it is below."),
    ("fr", "L'arrêté, dont nous reproduisons les mesures ci-dessous, interdit l'arrosage dès "
           "samedi."),
    ("es", "El real decreto, cuyos puntos clave te dejamos a continuación, eleva el salario "
           "mínimo un 4,4%."),
    ("it", "Dal belvedere si vede chiaramente, qui sotto, la ferita lasciata nella parete."),
    ("da", "Fra stien kan man se nedenfor klinten, at havet har taget 14 meter af kysten."),
    ("pt", "A inflação ficou abaixo de 5% em março, abaixo do previsto pelo banco central."),
    ("pl", "Inflacja spadła poniżej 5 proc. po raz pierwszy od dwóch lat."),
    ("da", "Budgettet dækker fire legepladser, herunder en ved åen."),
    # news of a bookmaker's offer, told of others
    ("en", "Regulators found that new customers were promised £50 on their first deposit."),
    ("en", "An advert that promised new customers \"up to £50 on your first deposit\" has been "
           "banned."),
    ("en", "The post showed a midfielder beside the slogan \"Bet on the Championship with "
           "Oddsline: up to £50 on your first deposit.\""),
    ("es", "El anuncio mostraba a un delantero con el texto: «Apuesta por tu equipo: hasta 200 € "
           "en tu primer depósito»."),
    ("es", "La casa regaló a 1.340 clientes de entre 16 y 17 años hasta 200 € en su primer "
           "depósito."),
    ("pt", "A empresa oferecia até R$ 500 no seu primeiro depósito a menores de idade."),
    ("pl", "Firma oferowała bonus do 500 zł od pierwszego depozytu także niepełnoletnim."),
    ("en", "Unlimited access to the new gym will cost residents £20 a month from April."),
])
def test_a_story_s_offers_and_places_below_are_no_talk_about_the_page(lang, text):
    assert rules_for(lang).talks_about_page.search(text) is None


@pytest.mark.parametrize("lang,text", [
    ("en", "Subscribe today for just 99p a week and never miss a story from the Herald."),
    ("en", "Unlimited digital access costs just £1 a week for your first three months."),
    ("en", "To buy a copy for £16.14, go to the Review's bookshop."),
    ("en", "The Salt Orchard by Mira Hale (Harwell Press, 384pp, £18.99) is out now."),
    ("de", "Testen Sie jetzt unser Digital-Abo: 4 Wochen für nur 0,99 € lesen."),
    ("fr", "Profitez de notre offre spéciale : 1 € seulement pour 3 mois d'accès illimité."),
    ("es", "Accede a todo el contenido de Diario de la Ribera por solo 1 € el primer mes."),
    ("nl", "Word nu abonnee en lees 3 maanden onbeperkt voor € 1."),
    ("pt", "Assinantes têm acesso ilimitado: experimente por R$ 1,90 no primeiro mês."),
    ("sv", "Testa Norrlandskuriren Plus i tre månader för 1 kr."),
    ("ru", "Оформить подписку на наше издание можно всего за 99 ₽ в месяц."),
    # unlimited reading for a price
    ("en", "Get unlimited access to award-winning journalism for €1 a week for 6 months."),
    ("en", "Unlimited digital access for $1 a week. Cancel anytime."),
    ("pl", "Czytaj bez limitu wszystkie artykuły Gazety za 9,90 zł miesięcznie."),
    ("de", "Lesen Sie unbegrenzt weiter mit SDA Plus – die ersten vier Wochen für 0,99 €."),
    # a bookmaker's welcome offer
    ("en", "Bet on the Championship with Oddsline: up to £50 on your first deposit."),
    ("es", "Apuesta en la Primera Federación con CuotaPlus: hasta 200 € en tu primer depósito."),
    ("de", "Jetzt bei Tippwelt wetten: bis zu 100 € auf deine erste Einzahlung."),
    ("sv", "Spela på allsvenskan hos Oddsbolaget: upp till 1 000 kr på din första insättning."),
    # the page's layout, opening a sentence
    ("nl", "Hieronder vindt u het volledige overzicht van de nieuwe tarieven."),
    ("pl", "Poniżej znajdziesz pełną listę szkół, które zostaną zamknięte."),
])
def test_an_offer_of_the_page_s_own_or_its_layout_is_its_talk(lang, text):
    assert rules_for(lang).talks_about_page.search(text) is not None


def test_a_storys_words_are_no_page_talk():
    for story in ("Students who read on for an extra 20 minutes a day scored higher.",
                  "The council is where it was decided, and there is what remains of the map.",
                  # a story about an edit, and a quotation: not the page's note on itself
                  "A campaign video that had been edited for clarity by her rival was shared.",
                  "“Here’s what I can tell you: we have 40 beds and 90 patients,” she said."):
        assert rules_for("en").talks_about_page.search(story) is None


def test_amounts_and_dates_lift_a_sentence():
    order = ranked(with_sentence(3, "The regional orchestra won $2.5 million from the arts "
                                    "fund for a concert series in rural schools."))
    assert order[:2] == [0, 3], order


@pytest.mark.parametrize("lang,text", [
    ("pl", "Nowa trasa będzie miała 4,6 km długości i siedem przystanków."),
    ("ru", "Длина моста составляет 1,2 км."),
    ("en", "The new line runs for 2.9 miles under the river."),
    ("de", "Die Strecke ist 12 Kilometer lang."),
    ("fr", "Le barrage produira 1,2 GW dès 2027."),
])
def test_a_measured_quantity_is_a_checkable_claim(lang, text):
    assert has_strong_fact(text, rules_for(lang)), text


@pytest.mark.parametrize("lang,text", [
    # an amount in the genitive: "a plant of 180 million euros", "3.5 million zloty"
    ("fi", "Yhtiö rakentaa noin 180 miljoonan euron kierrätyslaitoksen."),
    ("pl", "Remont kosztował 3,5 miliona złotych."),
    ("cs", "Nemocnice musí uhradit škodu 14,2 milionu korun."),
    ("it", "Il Comune ha acquistato l'edificio per 240 mila euro."),
    ("el", "Στη γραμμή ταξίδεψαν 41 χιλιάδες επιβάτες."),
])
def test_an_inflected_amount_is_a_checkable_claim(lang, text):
    assert has_strong_fact(text, rules_for(lang)), text


@pytest.mark.parametrize("lang,text", [
    ("en", "COVID-19 reached the town in 12 days."),  # a count, not a measure
    ("en", "The 2019 budget was approved by 5 members."),
    ("ru", "В 5 утра мост открыли."),
])
def test_a_number_without_a_unit_is_no_measured_quantity(lang, text):
    assert not has_strong_fact(text, rules_for(lang)), text


def test_headline_lifts_the_sentence_it_names():
    title = "Regional orchestra announces concert series by young composers"
    assert ranked(UNRELATED).index(3) == 3
    assert ranked(UNRELATED, title=title).index(3) == 1


def test_the_pages_description_lifts_the_sentences_it_tells_of():
    # A feature's description points past its scene-setting opening to what it is about.
    description = "Librarians put fragile parish registers online for genealogists."
    assert ranked(UNRELATED).index(7) == 7
    assert ranked(UNRELATED, description=description).index(7) == 3  # above 3, 4, 5, 6


def test_a_sentence_the_story_goes_on_to_explain_rises():
    # Sentence 2 introduces the bridge; sentences 4 to 6 elaborate on it.
    texts = [
        UNRELATED[0],
        UNRELATED[1],
        "Engineers plan a bridge of steel cables across the tidal river estuary.",
        UNRELATED[3],
        "The steel cables of the bridge will be spun on site above the estuary.",
        "Tidal currents in the estuary forced engineers to sink the bridge piers deeper.",
        "Residents asked whether the river bridge cables would hum in strong winds.",
    ]
    order = ranked(texts)
    assert order.index(2) < order.index(1), order
    assert all(order.index(2) < order.index(later) for later in (4, 5, 6)), order


def test_a_repeated_sentence_falls_below_new_information():
    texts = list(UNRELATED)
    texts.insert(2, UNRELATED[1])  # a caption echoing the sentence before it, word for word
    order = ranked(texts)
    assert order.index(1) < order.index(3) < order.index(2), order


def test_a_restated_lead_gives_way_to_the_next_point():
    # Close to the lead, so on its own it would rank second; it adds nothing once the lead
    # is in, so the next new point goes first.
    texts = list(UNRELATED)
    texts.insert(1, "Near the northern lakes farmers harvested a bumper barley crop in an "
                    "unusually warm autumn.")
    order = ranked(texts)
    assert order[0] == 0
    assert order.index(2) < order.index(1), order


def test_every_sentence_rated_and_ranked_once():
    texts = with_sentence(5, "“Rye is back,” one baker said.")
    order = ranked(texts)
    assert sorted(order) == list(range(len(texts)))
    tools = tools_for("en")
    summarizer = PithSummarizer(tools.stemmer)
    summarizer.stop_words = tools.stop_words
    ratings = summarizer.rate_sentences([SumySentence(t, _Words()) for t in texts])
    assert len(ratings) == len(texts)
    best = max(ratings, key=ratings.get)
    assert str(best) == texts[0]


def test_empty_document_and_single_sentence():
    assert PithSummarizer()(ObjectDocumentModel([]), 3) == ()
    assert ranked([UNRELATED[0]]) == [0]


def test_a_learned_model_replaces_the_hand_set_weights(monkeypatch):
    """The ranker reads weights that bench/fit_ranker.py writes, when a fit ships: here a
    model that likes long sentences puts the longest first."""
    import json

    from pith import summarizer as ranker

    texts = ["A short lead sentence here.",
             "This second sentence of the story is by far the longest one it holds, with many "
             "more words than any other sentence in it.",
             "A third one, of middling length, closes it."]
    words = [0.0] * len(ranker.FEATURES)
    words[ranker.FEATURES.index("words")] = 1.0
    model = ranker.read_model(json.dumps({"features": list(ranker.FEATURES), "weights": words,
                                          "bias": 0.0, "title_weight": 0.0, "redundancy": 0.0}))
    monkeypatch.setattr(ranker, "ranker_model", lambda: model)
    tools = tools_for("en")
    sentences = segment([Block(t) for t in texts], tools, max_sentence_chars=1000)
    assert rank(sentences, tools, summarizer="pith", max_sentences=100)[0] == 1
    with pytest.raises(ValueError, match="other features"):
        ranker.read_model(json.dumps({"features": ["position"], "weights": [1.0], "bias": 0,
                                      "title_weight": 0, "redundancy": 0}))


def survey_ranked(texts: list[str], title: str | None, survey: bool) -> list[int]:
    tools = tools_for("en")
    sentences = segment([Block(t) for t in texts], tools, max_sentence_chars=1000)
    own, surveyed = rank_and_survey(sentences, tools, max_sentences=100, title=title)
    assert own == rank(sentences, tools, summarizer="pith", max_sentences=100, title=title)
    return surveyed if survey else own


def test_a_longer_summary_rates_sentences_by_the_shipped_survey_weights():
    """bench/fit_survey.py's weights ship with the package: the ranking for a longer summary of
    a page with a title rates a late sentence giving a figure above the earlier ones giving
    none, where the hand-set weights keep the text's order; without a title (no web page:
    the news benchmark's articles) the ranking is the hand-set one."""
    from pith import summarizer as ranker

    assert ranker.survey_model() is not None
    texts = UNRELATED[:6] + ["The ferry operator will raise fares by 12% from 1 March, "
                             "the regional council said."]
    title = "Island ferry fares to rise"
    assert survey_ranked(texts, title, survey=False).index(6) > 3
    assert survey_ranked(texts, title, survey=True).index(6) == 0
    assert survey_ranked(texts, None, survey=True) == survey_ranked(texts, None, survey=False)


def test_survey_weights_name_only_columns_the_ranker_gives():
    import json

    from pith import summarizer as ranker

    good = {"features": ["figure", "position"], "mean": [0.2, 0.5], "scale": [0.4, 0.3],
            "weights": [1.0, 0.5], "bias": -3.0}
    model = ranker.read_survey(json.dumps(good))
    columns = {"figure": [0.0, 1.0], "position": [1.0, 0.5]}
    low, high = model.probability({k: np.array(v) for k, v in columns.items()})
    assert 0 < low < high < 1
    with pytest.raises(ValueError, match="columns the ranker does not give"):
        ranker.read_survey(json.dumps({**good, "features": ["figure", "colour"]}))
    with pytest.raises(ValueError, match="malformed"):
        ranker.read_survey(json.dumps({**good, "scale": [0.4, 0.0]}))


@pytest.mark.parametrize("lang,text,personal", [
    ("en", "I went to the launch and came away impressed.", True),
    ("en", "Brace yourself: the tour may be cut short.", True),
    ("en", "Tickets go on sale Friday, and you can buy them online.", True),
    ("en", '"I am not going anywhere," the minister said on Tuesday.', False),
    ("en", 'The minister said: "I am not going anywhere', False),  # a quote running on
    ("en", 'I am not going anywhere," the minister said on Tuesday.', False),
    ("en", "It is my last season,' the striker told the club's website.", False),
    ("en", "It is my last season,’ the striker told the club’s website.", False),
    ("en", "The striker told the club’s website: ‘It is my last season", False),
    ("en", "The US and the IT department said nothing.", False),  # capitals: no pronouns
    ("en", "The band played Toulouse Street and The Captain and Me in full.", False),  # titles
    ("en", "You see, owning music catalogues has become lucrative.", True),
    ("en", "We recommended a $5.1 million grant to the charity in July.", False),  # an org
    ("de", "Ich habe den Wagen eine Woche lang gefahren.", True),
    ("de", "Sie hat den Wagen eine Woche lang gefahren.", False),
    ("de", "Ich komme nicht wieder“, sagte der Trainer am Montag.", False),  # “ closes here
    ("fr", "J'ai conduit la voiture pendant une semaine.", True),
    # a word's end after a hyphen, and a noun spelt as a pronoun, are no pronouns
    ("fr", "Le rendez-vous est fixé à mardi, et le ton est monté entre les élus.", False),
    ("en", "The council sent a thank-you note to the volunteers.", False),
    ("ja", "私は一週間その車に乗った。", False),  # no table of pronouns: never judged
])
def test_the_writer_speaking_as_i_or_to_you_is_told_apart_from_reported_speech(
        lang, text, personal):
    assert is_personal(text, rules_for(lang)) is personal


@pytest.mark.parametrize("lang,text,writer,reader", [
    ("en", "I tried five of these tips at a party.", True, False),
    ("en", "Drink a glass of water between your drinks.", False, True),
    ("en", "I know you will want the chips.", True, True),
    ("fr", "Buvez un verre d'eau entre vos boissons.", False, True),
    ("de", "Ich habe dir einen Tipp.", True, True),
])
def test_the_writer_and_the_reader_are_told_apart(lang, text, writer, reader):
    rules = rules_for(lang)
    assert is_personal(text, rules, who="writer") is writer
    assert is_personal(text, rules, who="reader") is reader


# An obituary in three languages: the death, then the life in its order (the birth, the
# schooling, the career, the achievement the title names, the family, the funeral).
OBITUARIES = {
    "en": ("Marian Holt, the engineer who built the Severn tidal gates, dies at 88", [
        "Marian Holt, the engineer who designed the Severn tidal gates, has died at her home "
        "in Bristol at the age of 88.",
        "Her death was announced on Sunday by her sons, who were at her bedside.",
        "She was born in Swansea in 1936, the daughter of a docker and a seamstress.",
        "A scholarship took her in 1947 to a grammar school where she was the only girl in "
        "the physics class.",
        "She studied engineering at Cardiff and joined a harbour consultancy in 1958.",
        "Colleagues recall long evenings at the drawing board in the 1960s and an office full "
        "of models.",
        "In 1979 she led the team that built the Severn tidal gates, which have protected "
        "40,000 homes from flooding since they closed for the first time.",
        "She is survived by her sons, Tom and Daniel, and five grandchildren.",
        "The funeral will be held at Bristol Cathedral on Friday, March 14.",
    ]),
    "fr": ("Hélène Marchal, l'architecte des corons rénovés, est morte à 91 ans", [
        "L'architecte Hélène Marchal, qui a consacré sa carrière aux cités minières du Nord, "
        "est morte samedi à Lille, à l'âge de 91 ans.",
        "Sa famille a annoncé son décès dimanche matin par un communiqué.",
        "Née à Roubaix le 10 juin 1933 dans une famille de tisserands, elle entre aux "
        "Beaux-Arts de Lille en 1951.",
        "Elle travaille d'abord dans un cabinet parisien, puis revient dans le Nord en 1962.",
        "Elle ouvre son agence à Lens en 1968 avec deux anciens camarades d'atelier.",
        "Les collègues se souviennent d'une femme exigeante et d'un bureau couvert de plans "
        "en 1975.",
        "Elle a rénové plus de 4 000 logements ouvriers, en refusant de raser les maisons "
        "de briques des anciens corons.",
        "Elle laisse deux filles et cinq petits-enfants.",
        "Les obsèques auront lieu vendredi en l'église Saint-Maurice de Lille.",
    ]),
    "pl": ("Nie żyje Andrzej Wierzba, twórca Festiwalu Teatrów Pogranicza", [
        "Reżyser Andrzej Wierzba, wieloletni dyrektor Teatru Miejskiego w Lublinie, zmarł w "
        "niedzielę w wieku 77 lat.",
        "Informację o śmierci przekazał w poniedziałek teatr.",
        "Andrzej Wierzba urodził się w 1947 roku w Zamościu w rodzinie kolejarza.",
        "W liceum prowadził szkolny kabaret, a w 1966 roku zdał do szkoły teatralnej w "
        "Krakowie.",
        "W 1974 roku objął dyrekcję teatru, a w 1981 roku stracił ją na sześć lat.",
        "Aktorzy wspominają próby trwające do późnej nocy i jego ogromną cierpliwość.",
        "W 1995 roku Wierzba założył Festiwal Teatrów Pogranicza, który co roku przywozi do "
        "Lublina zespoły z Ukrainy, Litwy i Białorusi.",
        "Pozostawił żonę Annę i dwie córki.",
        "Pogrzeb odbędzie się w piątek na cmentarzu przy ulicy Lipowej w Lublinie.",
    ]),
}


@pytest.mark.parametrize("lang", sorted(OBITUARIES))
def test_an_obituary_ranks_what_the_person_did_above_the_lines_every_life_has(lang):
    """Told in its order, an obituary's birth comes early and its achievement late: the
    achievement ranks above the birth, the funeral, the family and who announced the death,
    and the death itself stays first."""
    title, texts = OBITUARIES[lang]
    order = ranked(texts, title, lang=lang)
    achievement = next(i for i, t in enumerate(texts) if "4 000" in t or "1979" in t
                       or "1995" in t)
    routine = [1, 2, len(texts) - 2, len(texts) - 1]  # announced, born, family, funeral
    assert order[0] == 0, order
    assert all(order.index(achievement) < order.index(i) for i in routine), order


def test_a_report_of_deaths_that_tells_no_life_keeps_the_news_order():
    """A crash with deaths is news, not an obituary, even when it tells a victim's birth:
    without the dated moments of a life, "died" changes nothing ("were killed" instead ranks
    the same), and the story keeps its order."""
    story = [
        "Three people {} when a bus left the coast road near Aberdaron on Tuesday night.",
        "One of them, Mair Owen, was born in Pwllheli in 1990 and taught at its primary "
        "school.",
        "The driver and 11 passengers were taken to hospital in Bangor.",
        "Police closed the road for nine hours while investigators examined the scene.",
        "The bus operator said it was cooperating fully with the investigation.",
        *UNRELATED[:4],
        "The coast road carries about 4,000 vehicles a day in summer, up 12% in a decade.",
        "A funeral for two of the victims will be held in Pwllheli on Saturday.",
    ]
    died = [story[0].format("died"), *story[1:]]
    killed = [story[0].format("were killed"), *story[1:]]
    title = "Bus leaves coast road near Aberdaron"
    assert ranked(died, title) == ranked(killed, title)


@pytest.mark.parametrize("code", sorted(TABLES))
def test_a_table_that_reports_deaths_tells_births_and_upbringings_too(code):
    """Death words alone never make an obituary (``tells_a_life`` needs a birth), and a table
    telling births tells the upbringing beside them (``Rules.origins``)."""
    rules = TABLES[code]
    assert bool(rules.death_words) == bool(rules.birth_words), code
    assert bool(rules.birth_words) == bool(rules.upbringing_words), code


# A profile of someone living in three languages: the news first, then the life in its order
# (the birth and the parents, the childhood, the schooling, the career, what the person is
# known for, the family).
PROFILES = {
    "en": ("Gateshead nurse named Nurse of the Year", [
        "A Gateshead district nurse who takes a clinic on a bus to people sleeping rough has "
        "been named Nurse of the Year at the national nursing awards.",
        "Grace Hall, 57, collected the prize at a ceremony in London on Thursday night.",
        "She qualified as a nurse at Newcastle in 1990 after a year as a care assistant.",
        "Born in Gateshead in 1968, she was the eldest of four children of a bus driver and a "
        "school cook.",
        "She grew up in a terraced house off Saltwell Road and went to the local comprehensive.",
        "She joined the district nursing team in Gateshead in 1995.",
        "In 2009 she turned a retired double-decker into a clinic that has since treated "
        "41,000 patients across four towns.",
        "She has lived in Low Fell since 2001 with her husband, a retired teacher.",
    ]),
    "es": ("Moleón vuelve a marcar veinte meses después de su leucemia", [
        "Adrián Moleón marcó el domingo su primer gol oficial desde que le diagnosticaron una "
        "leucemia hace veinte meses y dio al Nervión la victoria por 2-1.",
        "Los 14.300 espectadores le dedicaron una ovación de más de un minuto.",
        "Debutó en Segunda B en 2015 con el Motril, el club de su ciudad.",
        "Nacido en Motril en 1996, Moleón es hijo de un pescador de bajura y de una frutera del "
        "barrio de Las Angustias.",
        "Se crió entre redes y cajas de fruta, y jugaba en un campo de tierra junto al colegio.",
        "En el verano de 2019 el Nervión pagó 300.000 euros por su fichaje.",
        "En la temporada 2021-22 fue el máximo goleador de Segunda División, con 21 goles en "
        "40 partidos.",
        "Vive en Sevilla desde 2024 con su pareja, fisioterapeuta, y con su hijo de dos años.",
    ]),
    "de": ("Erster Michelin-Stern für das Freiburger Wurzelwerk", [
        "Das Freiburger Restaurant Wurzelwerk von Johanna Scheuring hat im neuen Guide Michelin "
        "seinen ersten Stern erhalten.",
        "Die Köchin kocht nur mit Zutaten aus höchstens 50 Kilometern Entfernung.",
        "Nach der Lehre arbeitete sie ab 2006 in Küchen in Basel und Kopenhagen.",
        "Geboren wurde Johanna Scheuring 1987 in Titisee-Neustadt, als Tochter eines "
        "Revierförsters und einer Grundschullehrerin.",
        "Aufgewachsen ist sie im Forsthaus am Rand des Ortes, mit zwei älteren Brüdern und "
        "sehr viel Wald.",
        "Im Frühjahr 2019 eröffnete sie das Wurzelwerk in der Wiehre mit 28 Plätzen.",
        "Seit 2021 beliefern sie 34 Höfe aus dem Schwarzwald und dem Markgräflerland mit "
        "Gemüse, Fleisch und Käse.",
        "In ihrer freien Zeit läuft sie Trails am Feldberg, 2024 auch einen Ultralauf.",
    ]),
}


@pytest.mark.parametrize("lang", sorted(PROFILES))
def test_a_profile_ranks_what_the_person_did_above_where_they_grew_up(lang):
    """A profile tells its subject's origins in its middle: the birth and the parents, and the
    childhood, rank below what the person is known for, told after them, and the news stays
    first."""
    title, texts = PROFILES[lang]
    order = ranked(texts, title, lang=lang)
    origins, known_for = [3, 4], 6
    assert order[0] == 0, order
    assert all(order.index(known_for) < order.index(o) for o in origins), order


def test_a_profile_opening_on_the_birth_keeps_its_news_whole():
    """The origins count only past the opening: a lede telling the birth with the news is the
    news, and is not marked down; the same origins later are."""
    title, texts = PROFILES["en"]
    lede = ("Born in Gateshead in 1968, Grace Hall, a district nurse who takes a clinic on a "
            "bus to people sleeping rough, has been named Nurse of the Year.")
    texts = [lede, *texts[1:]]
    summarizer = PithSummarizer(tools_for("en").stemmer, title=title, rules=rules_for("en"))
    assert summarizer.tells_a_life(texts) and not summarizer.reports_a_death(texts)
    factors = summarizer._routine(texts, obituary=False)
    assert factors[0] == 1.0
    assert factors[3] == factors[4] < 1.0
    assert all(factors[i] == 1.0 for i in (1, 2, 5, 6, 7))


def test_a_profile_keeps_the_news_its_origins_are_an_aside_to():
    """A line naming the origins in passing and giving a figure other than a year or a day
    tells news ("... signed until 2028, and the club will pay 12 million"): not marked down;
    nor a childhood said of a school or a sum ("scuola dell'infanzia", "was raised in")."""
    title, texts = PROFILES["en"]
    aside = ("The son of a miner, he has signed until 2028 and the club will pay 12 million "
             "euros for him.")
    summarizer = PithSummarizer(tools_for("en").stemmer, title=title, rules=rules_for("en"))
    factors = summarizer._routine([*texts[:3], aside, *texts[4:]], obituary=False)
    assert factors[3] == 1.0 and factors[4] < 1.0
    assert not rules_for("en").origins.search("A further £62m was raised in 2021.")
    assert not rules_for("it").origins.search("La nuova scuola dell'infanzia ospiterà 120 "
                                              "bambini.")
