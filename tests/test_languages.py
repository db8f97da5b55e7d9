"""Languages: articles written for these tests, detection, refusals, and sentences split
by each language's rules."""

from __future__ import annotations

import dataclasses
import re

import pytest

from pith.clean import Block
from pith.errors import UnsupportedLanguage
from pith.language import decide, detect, tools_for
from pith.languages import TABLES, alternation
from pith.pipeline import summarize
from pith.segment import segment
from tests.conftest import STORY as STORY_PARAGRAPHS
from tests.conftest import article_html, load_page, page_slugs

GERMAN = [
    "Der Stadtrat von Freiburg hat am Dienstag ein neues Radwegenetz mit einer Länge von "
    "42 Kilometern beschlossen, das die Innenstadt mit allen Vororten verbinden soll.",
    "Die Kosten für das Projekt belaufen sich nach Angaben der Verwaltung auf 18,5 Millionen "
    "Euro, von denen das Land Baden-Württemberg etwa die Hälfte übernimmt.",
    "Oberbürgermeisterin Dr. Anna Keller sprach von einem wichtigen Schritt für den "
    "Klimaschutz. „Wir wollen, dass mehr Menschen das Auto stehen lassen“, sagte sie.",
    "Kritik kam von der Opposition, die z. B. fehlende Parkplätze für Anwohner in der "
    "Altstadt bemängelte und eine genauere Prüfung der Pläne forderte.",
    "Die Bauarbeiten sollen im Frühjahr 2027 beginnen und in drei Abschnitten bis zum Ende "
    "des Jahrzehnts abgeschlossen werden, teilte die Stadt mit.",
    "Schon heute fahren in Freiburg mehr als ein Drittel aller Wege mit dem Rad, ein Wert, "
    "der deutlich über dem Durchschnitt deutscher Großstädte liegt.",
]
GERMAN_FACTS = ["42 Kilometern", "18,5 Millionen Euro", "Frühjahr 2027"]

FRENCH = [
    "La métropole de Lyon a annoncé lundi la construction d'une nouvelle ligne de tramway "
    "de 12 kilomètres, qui reliera la gare de Perrache au campus de la Doua.",
    "Le projet, dont le coût est estimé à 450 millions d'euros, sera financé en partie par "
    "l'État et par la région Auvergne-Rhône-Alpes.",
    "Selon M. Bernard, vice-président chargé des transports, la ligne transportera environ "
    "80 000 voyageurs par jour dès sa mise en service.",
    "Des associations de riverains s'inquiètent toutefois du bruit des travaux et de la "
    "suppression de plusieurs centaines de places de stationnement.",
    "Les premiers travaux commenceront au printemps et la ligne doit ouvrir en septembre "
    "2027, a précisé la métropole dans un communiqué.",
    "Lyon compte déjà sept lignes de tramway, dont la première a été inaugurée en 2001 "
    "après plus de quarante ans sans tramway dans la ville.",
]
FRENCH_FACTS = ["12 kilomètres", "450 millions d'euros", "septembre 2027"]

SPANISH = [
    "El Ayuntamiento de Valencia inauguró el jueves una planta desaladora capaz de producir "
    "60.000 metros cúbicos de agua potable al día para la ciudad y su área metropolitana.",
    "La instalación ha costado 120 millones de euros y ha sido financada en parte con fondos "
    "europeos, según informó la alcaldesa en la ceremonia de apertura.",
    "El Sr. Martínez, director de la empresa pública de aguas, explicó que la planta cubrirá "
    "cerca del 20 por ciento del consumo en los meses de verano.",
    "Los grupos ecologistas advirtieron de que la salmuera vertida al mar podría dañar las "
    "praderas de posidonia si no se controla con cuidado.",
    "La segunda fase del proyecto comenzará en marzo y duplicará la capacidad de la planta "
    "antes de 2028, de acuerdo con el calendario del Gobierno regional.",
    "La sequía de los últimos tres años ha llevado a varias ciudades del Mediterráneo a "
    "buscar nuevas fuentes de agua más allá de los embalses.",
]
SPANISH_FACTS = ["60.000 metros cúbicos", "120 millones de euros", "comenzará en marzo"]

KOREAN = [
    "서울시는 월요일 한강을 따라 총 길이 42킬로미터의 새 자전거 도로를 만드는 계획을 "
    "발표했다.",
    "사업비는 모두 1200억원으로, 이 가운데 절반은 정부가 부담한다고 시 관계자가 밝혔다.",
    "김민수 서울시 교통국장은 새 도로가 시민들의 출퇴근 시간을 크게 줄일 것이라고 말했다.",
    "하지만 일부 주민들은 공사 기간 동안 소음과 교통 체증이 심해질 것이라며 우려를 "
    "나타냈다.",
    "첫 구간 공사는 10월 12일에 시작되며 2028년 말까지 모든 구간이 완공될 예정이다.",
    "서울에서는 이미 하루 평균 50만 명이 자전거를 이용하고 있으며 그 수는 해마다 늘고 "
    "있다.",
]
KOREAN_FACTS = ["42킬로미터", "1200억원", "10월 12일"]

CASES = [
    ("de", "Freiburg baut 42 Kilometer neue Radwege", GERMAN, GERMAN_FACTS),
    ("fr", "Lyon lance une nouvelle ligne de tramway", FRENCH, FRENCH_FACTS),
    ("es", "Valencia inaugura una planta desaladora", SPANISH, SPANISH_FACTS),
    ("ko", "서울시, 한강 따라 자전거 도로 42킬로미터 만든다", KOREAN, KOREAN_FACTS),
]


def _page(paragraphs, title, lang=None):
    return article_html([f"<p>{p}</p>" for p in paragraphs], title=title, lang=lang or "")


@pytest.mark.parametrize("lang,title,paragraphs,facts", CASES, ids=[c[0] for c in CASES])
@pytest.mark.parametrize("declared", [True, False], ids=["declared", "detected"])
def test_article_in_language(lang, title, paragraphs, facts, declared):
    summary = summarize(_page(paragraphs, title, lang if declared else None), length="medium")
    assert summary.to_dict()["language"] == lang
    shown = [summary.tldr] + [p.text for p in summary.key_points]
    missing = [fact for fact in facts if not any(fact in text for text in shown)]
    assert not missing, shown
    # Abbreviations of the language do not end sentences.
    assert not any(re.search(r"\b(Dr|z|B|M|Sr)\.$", text) for text in shown)


@pytest.mark.parametrize("lang,paragraphs", [("de", GERMAN), ("fr", FRENCH), ("es", SPANISH),
                                             ("ko", KOREAN)])
def test_detect(lang, paragraphs):
    assert detect(" ".join(paragraphs)) == lang


def test_korean_points_do_not_open_with_a_connective_alone():
    """"하지만 ..." (but ...) leans on the sentence before it, as "But ..." does."""
    # The question is no point, so the story is not read on in its order past it
    # (``_read_on``): "하지만" would turn from a sentence the reader was not shown.
    asked = KOREAN[2] + " 그렇다면 이 비용은 결국 누가 부담하게 될까?"
    paragraphs = KOREAN[:2] + [asked, KOREAN[3] + " " + KOREAN[4]] + KOREAN[5:]
    summary = summarize(_page(paragraphs, CASES[-1][1]), length="long")
    assert summary.to_dict()["stats"]["language_rules"] == "ko"
    for point in summary.key_points:
        assert not point.text.startswith(("하지만", "그러나", "그는")), point.text


def test_detection_overrides_a_wrong_declaration():
    decision = decide(None, "en", " ".join(GERMAN))
    assert (decision.code, decision.rules.code, decision.source) == ("de", "de", "detected")


def test_short_or_ambiguous_text_keeps_the_declaration():
    assert detect("OK 42") is None
    assert decide(None, "fr", "OK 42").code == "fr"


def test_undeclared_undetected_text_gets_the_general_rules_not_english():
    decision = decide(None, None, "OK 42")
    assert (decision.code, decision.rules.code, decision.source) == (None, "general", "unknown")


CHINESE = [
    "广州市住房公积金管理中心12日发布通知，自2026年4月1日起，首套住房公积金贷款最高额度由120万元"
    "提高至150万元。",
    "通知明确，多子女家庭购买首套住房时，贷款最高额度可再上浮20%。",
    "据统计，2025年广州市共发放住房公积金个人住房贷款4.3万笔，金额约312亿元。",
    "有关负责人表示，此次调整主要是为了减轻缴存职工的购房负担。",
]


@pytest.mark.parametrize("lang, title, paragraphs, tag", [
    ("ko", CASES[-1][1], KOREAN, "(서울=연합뉴스) 김민수 기자 = "),
    ("ko", CASES[-1][1], KOREAN, "[서울=뉴시스]김민수 이영희 기자 = "),
    ("ko", CASES[-1][1], KOREAN, "김민수 기자 = "),
    ("zh", "广州提高公积金贷款额度", CHINESE, "新华社广州3月12日电（记者陈嘉欣）"),
    ("zh", "广州提高公积金贷款额度", CHINESE, "本报讯（记者 张三）"),
], ids=["yonhap", "newsis", "reporter", "xinhua", "own-paper"])
def test_a_wires_press_tag_and_reporter_are_not_part_of_the_lead(lang, title, paragraphs,
                                                                   tag):
    summary = summarize(_page([tag + paragraphs[0]] + paragraphs[1:], title, lang))
    assert summary.to_dict()["language"] == lang
    assert summary.tldr == paragraphs[0]


@pytest.mark.parametrize("lead", [
    "国家电网电力调度中心12日表示，今年夏季用电高峰的最高负荷预计将比去年增长8%。",  # 电网, 电力
    "互联网电商平台的销售额在第一季度增长了12%，达到3200亿元。",
    "公司3月12日电话会议上表示，全年营收预计增长15%。",  # 日 then 电话 (telephone)
])
def test_chinese_words_are_no_wire_dateline(lead):
    sentences = segment([Block(lead)], tools_for("zh"), max_sentence_chars=1000)
    assert sentences[0].text == lead


JAPANESE = [
    "東京都は月曜日、新しい防災計画を発表した。計画には避難所を三百か所増やすことが含まれている。",
    "都によると、計画の費用は約二百億円で、五年間かけて実施される予定だという。",
    "知事は記者会見で「大きな地震に備えることは都民の命を守ることだ」と述べた。",
    "一方で、専門家からは避難所の場所をもっと分かりやすく知らせるべきだとの意見も出ている。",
    "都は来年の春までに、すべての区で住民向けの説明会を開く方針だ。",
]
THAI = ["กรุงเทพมหานครประกาศแผนป้องกันน้ำท่วมใหม่ในวันจันทร์ แผนนี้รวมถึงการสร้างอุโมงค์ระบายน้ำเพิ่มเติม " * 6] * 4
INDONESIAN = [
    "Pemerintah kota Bandung meresmikan jalur sepeda baru sepanjang 25 kilometer pada hari "
    "Senin, yang menghubungkan pusat kota dengan kampus-kampus utama.",
    "Proyek tersebut menelan biaya sekitar 40 miliar rupiah dan dibiayai oleh anggaran daerah.",
    "Wali kota mengatakan bahwa jalur ini akan mengurangi kemacetan dan polusi udara di pusat "
    "kota dalam beberapa tahun ke depan.",
    "Namun, sebagian pedagang kaki lima khawatir kehilangan tempat berjualan di sepanjang "
    "jalan yang dilalui jalur sepeda.",
]


def test_japanese_is_read_with_its_own_sentence_rules():
    summary = summarize(_page(JAPANESE, "防災計画", "ja"))
    assert summary.to_dict()["language"] == "ja"
    shown = [summary.tldr] + [p.text for p in summary.key_points]
    assert all(text.endswith("。") for text in shown)
    assert any("二百億円" in text for text in shown)


def test_undeclared_japanese_is_detected():
    assert detect("".join(JAPANESE)) == "ja"


def test_other_languages_with_full_stops_use_general_rules():
    summary = summarize(_page(INDONESIAN, "Jalur sepeda baru di Bandung", "id"))
    assert summary.to_dict()["language"] == "id"
    assert any("25 kilometer" in text for text in [summary.tldr]
               + [p.text for p in summary.key_points])


@pytest.mark.parametrize("declared", ["th", None])
def test_unsplittable_language_gets_a_clear_answer(declared):
    with pytest.raises(UnsupportedLanguage) as error:
        summarize(_page(THAI, "น้ำท่วม", declared))
    assert error.value.status == 422
    assert "Thai" in error.value.message and "punctuation" in error.value.message


def test_unknown_requested_language_is_refused(client):
    response = client.post("/api/summary", json={"html": _page(GERMAN, "Radwege"),
                                                 "language": "xx"})
    assert response.status_code == 422
    assert response.json["error"]["code"] == "unsupported_language"
    assert "'xx'" in response.json["error"]["message"]


# --- sentences, read by the language's table (issue 13; issue 15 item 4) -----------------

SPLITS = [
    ("de-quotation-after-quotation", "de",
     "„Die Ukraine ist der NATO näher als je zuvor“, sagte Rutte. „Und sie wird diesen Weg "
     "fortsetzen. Ich freue mich sehr auf diesen Tag.“ Er betonte die Hilfe.",
     ["„Die Ukraine ist der NATO näher als je zuvor“, sagte Rutte.",
      "„Und sie wird diesen Weg fortsetzen. Ich freue mich sehr auf diesen Tag.“",
      "Er betonte die Hilfe."]),
    ("de-quotation-opens-mid-sentence", "de",
     "Rutte sagte: „Die Ukraine ist näher als je zuvor. Sie wird weitermachen.“ Danach reiste "
     "er ab.",
     ["Rutte sagte: „Die Ukraine ist näher als je zuvor. Sie wird weitermachen.“",
      "Danach reiste er ab."]),
    ("de-english-marks", "de",
     "Rutte sagte: “Die Ukraine ist näher als je zuvor. Sie wird weitermachen.” Danach reiste "
     "er ab.",
     ["Rutte sagte: “Die Ukraine ist näher als je zuvor. Sie wird weitermachen.”",
      "Danach reiste er ab."]),
    ("de-chevrons", "de",
     "Sie sagte: »Wir sind bereit. Wir waren es immer.« Dann ging sie.",
     ["Sie sagte: »Wir sind bereit. Wir waren es immer.«", "Dann ging sie."]),
    ("fr-spaced-guillemets", "fr",
     "« L'Ukraine est plus proche que jamais », a déclaré M. Rutte. « Et elle poursuivra sur "
     "cette voie jusqu'à devenir membre de notre Alliance. J'attends ce jour. » Il a ensuite "
     "quitté Kiev.",
     ["« L'Ukraine est plus proche que jamais », a déclaré M. Rutte.",
      "« Et elle poursuivra sur cette voie jusqu'à devenir membre de notre Alliance. "
      "J'attends ce jour. »",
      "Il a ensuite quitté Kiev."]),
    ("es-guillemets", "es",
     "«Ucrania está más cerca que nunca», dijo el Sr. Rutte. «Y seguirá en este camino. "
     "Espero ese día.» Destacó la ayuda.",
     ["«Ucrania está más cerca que nunca», dijo el Sr. Rutte.",
      "«Y seguirá en este camino. Espero ese día.»", "Destacó la ayuda."]),
    ("pl-low-high-quotes", "pl",
     "„Ukraina jest bliżej NATO niż kiedykolwiek” – powiedział Rutte. „I będzie "
     "kontynuować. Czekam na ten dzień”. Podkreślił pomoc.",
     ["„Ukraina jest bliżej NATO niż kiedykolwiek” – powiedział Rutte.",
      "„I będzie kontynuować. Czekam na ten dzień”.", "Podkreślił pomoc."]),
    ("ru-guillemets", "ru",
     "«И она продолжит этот путь. Я жду этого дня», — заявил Рютте. Он отметил помощь.",
     ["«И она продолжит этот путь. Я жду этого дня», — заявил Рютте.",
      "Он отметил помощь."]),
    ("sv-same-mark-both-ways", "sv",
     "Hon sa: ”Vi är redo. Vi var alltid det.” Sedan gick hon.",
     ["Hon sa: ”Vi är redo. Vi var alltid det.”", "Sedan gick hon."]),
    ("en-straight-quotes-mid-sentence", "en",
     'He said "We are ready. We always were." Then he left. A 5" screen broke. It fell.',
     ['He said "We are ready. We always were."', "Then he left.", 'A 5" screen broke.',
      "It fell."]),
    ("ja-quotation-and-particle", "ja",
     "知事は「大きな地震に備える。命を守ることだ。」と述べた。計画は五年間だ。",
     ["知事は「大きな地震に備える。命を守ることだ。」と述べた。", "計画は五年間だ。"]),
    ("zh-quotation-and-speaker", "zh",
     "他说：“我们已经准备好了。我们一直都是。”随后他离开了。“我们准备好了。”他说。",
     ["他说：“我们已经准备好了。我们一直都是。”", "随后他离开了。", "“我们准备好了。”他说。"]),
    ("de-abbreviations", "de",
     "Das betrifft Radwege bzw. Busspuren. Es gab z. B. Kritik von Dr. Müller. Er kaufte "
     "Äpfel, Birnen usw. Danach ging er heim.",
     ["Das betrifft Radwege bzw. Busspuren.", "Es gab z. B. Kritik von Dr. Müller.",
      "Er kaufte Äpfel, Birnen usw.", "Danach ging er heim."]),
    ("de-ordinals", "de",
     "Im 112. Rhein-Derby fehlt der Kapitän. Es geht gegen den 1. FC Wendelstadt. Die Zahl "
     "der Verletzten stieg auf 5. Der Trainer bleibt ruhig. Ab sofort trägt Müller die 10. "
     "Der Verein bestätigte den Wechsel.",
     ["Im 112. Rhein-Derby fehlt der Kapitän.", "Es geht gegen den 1. FC Wendelstadt.",
      "Die Zahl der Verletzten stieg auf 5.", "Der Trainer bleibt ruhig.",
      "Ab sofort trägt Müller die 10.", "Der Verein bestätigte den Wechsel."]),
    ("pl-ordinals", "pl",
     "Film pokazano na 50. Festiwalu Polskich Filmów Fabularnych. To był jego 10. Mecz w "
     "kadrze. Liczba rannych wzrosła do 12. Policja szuka sprawcy. Zmarł w 2019. Rok "
     "później otwarto muzeum.",
     ["Film pokazano na 50. Festiwalu Polskich Filmów Fabularnych.",
      "To był jego 10. Mecz w kadrze.", "Liczba rannych wzrosła do 12.",
      "Policja szuka sprawcy.", "Zmarł w 2019.", "Rok później otwarto muzeum."]),
    ("cs-ordinals", "cs",
     "Orchestr zahraje při 80. Pražském jaru. Byl to jeho 10. Gól v sezoně. Počet zraněných "
     "stoupl na 12. Policie hledá pachatele.",
     ["Orchestr zahraje při 80. Pražském jaru.", "Byl to jeho 10. Gól v sezoně.",
      "Počet zraněných stoupl na 12.", "Policie hledá pachatele."]),
    ("da-ordinals", "da",
     "Han vandt sin 3. OL-medalje i Paris. Det var hans 2. Danmarksmesterskab. Antallet af "
     "tilskadekomne er oppe på 12. Politiet efterforsker sagen.",
     ["Han vandt sin 3. OL-medalje i Paris.", "Det var hans 2. Danmarksmesterskab.",
      "Antallet af tilskadekomne er oppe på 12.", "Politiet efterforsker sagen."]),
    ("no-ordinals", "no",
     "Hun tok sin 3. OL-medalje i Milano. Det var hennes 2. Holmenkollen-seier. Tallet på "
     "skadde er nå oppe i 5. Politiet etterforsker saken.",
     ["Hun tok sin 3. OL-medalje i Milano.", "Det var hennes 2. Holmenkollen-seier.",
      "Tallet på skadde er nå oppe i 5.", "Politiet etterforsker saken."]),
    ("fi-dotted-date", "fi",
     "Näytelmä sai lauantaina 13.9. Kajaanin kaupunginteatterissa ensi-iltansa. Seuraava "
     "esitys on 20.9. Se myytiin loppuun.",
     ["Näytelmä sai lauantaina 13.9. Kajaanin kaupunginteatterissa ensi-iltansa.",
      "Seuraava esitys on 20.9.", "Se myytiin loppuun."]),
    ("tr-ordinals", "tr",
     "Tramvay hattı şehir merkezini 2. Organize Sanayi Bölgesi'ne bağlıyor. Hat yarın "
     "açılıyor. Sıralamada Bursa birinci, Kocaeli 4. Bu sonuç sürpriz oldu. İlk yarı 1-0. "
     "Golü Emre attı.",
     ["Tramvay hattı şehir merkezini 2. Organize Sanayi Bölgesi'ne bağlıyor.",
      "Hat yarın açılıyor.", "Sıralamada Bursa birinci, Kocaeli 4.",
      "Bu sonuç sürpriz oldu.", "İlk yarı 1-0.", "Golü Emre attı."]),
    # The Czech wire's place, day and agency open the sentence; a programme's day and stage
    # do not.
    ("cs-wire-day-and-agency", "cs",
     "Brno 14. října (ČTK) – Policie obvinila dva muže z přepadení směnárny.",
     ["Policie obvinila dva muže z přepadení směnárny."]),
    ("cs-programme-day", "cs",
     "Pátek 18. července (scéna Fatra) – Večer patří elektronické hudbě.",
     ["Pátek 18. července (scéna Fatra) – Večer patří elektronické hudbě."]),
    ("it-month-abbreviation", "it",
     "La giunta ha deciso il 12 set. 2024 di stanziare i fondi. Il bando apre a ottobre. "
     "Sinner ha vinto il primo set. Alcaraz ha reagito nel secondo.",
     ["La giunta ha deciso il 12 set. 2024 di stanziare i fondi.",
      "Il bando apre a ottobre.", "Sinner ha vinto il primo set.",
      "Alcaraz ha reagito nel secondo."]),
    ("fr-titles-and-units", "fr",
     "Selon M. Le Maire, le pont mesure 12 m. Il sera ouvert en mai.",
     ["Selon M. Le Maire, le pont mesure 12 m.", "Il sera ouvert en mai."]),
    ("es-titles", "es",
     "Dijo que no. La Sra. García habló con el Dr. López. EE. UU. anunció ayuda.",
     ["Dijo que no.", "La Sra. García habló con el Dr. López.", "EE. UU. anunció ayuda."]),
    ("ru-abbreviations", "ru",
     "Он сказал, т. е. Москва согласна. Это было в 1990 г. Потом всё изменилось.",
     ["Он сказал, т. е. Москва согласна.", "Это было в 1990 г.", "Потом всё изменилось."]),
    ("pl-year-abbreviation", "pl",
     "W 2024 r. Rząd przyjął ustawę. Było to w 2023 r. Potem było inaczej.",
     ["W 2024 r. Rząd przyjął ustawę.", "Było to w 2023 r.", "Potem było inaczej."]),
    ("en-initials", "en",
     "Former president George H.W. Bush met W.M. Keck and J. R. R. Tolkien. They talked.",
     ["Former president George H.W. Bush met W.M. Keck and J. R. R. Tolkien.",
      "They talked."]),
    ("en-species", "en",
     "They named the strain Acetobacterium sp. Smaug, after the dragon. It sleeps.",
     ["They named the strain Acetobacterium sp. Smaug, after the dragon.", "It sleeps."]),
    ("en-species-or-party", "en",
     "Samples held Bacillus sp. and spp. of mould. The plan was opposed by the SP. It had "
     "two seats.",
     ["Samples held Bacillus sp. and spp. of mould.", "The plan was opposed by the SP.",
      "It had two seats."]),
    ("pl-company", "pl",
     "Umowę podpisała spółka Budimex sp. z o.o. w piątek. Kontrakt ogłosiła Unia SP. Potem "
     "było inaczej.",
     ["Umowę podpisała spółka Budimex sp. z o.o. w piątek.", "Kontrakt ogłosiła Unia SP.",
      "Potem było inaczej."]),
    ("en-may-end-abbreviations", "en",
     "He moved to the U.S. The family followed at 5 p.m. The U.S. Congress met. He said no. "
     "Then he left.",
     ["He moved to the U.S.", "The family followed at 5 p.m.", "The U.S. Congress met.",
      "He said no.", "Then he left."]),
    ("general-rules-titles-and-quotes", "id",
     "Menurut Dr. Budi Santoso, proyek itu penting. Ia berkata: “Kami siap. Kami selalu "
     "siap.” Lalu ia pergi.",
     ["Menurut Dr. Budi Santoso, proyek itu penting.",
      "Ia berkata: “Kami siap. Kami selalu siap.”", "Lalu ia pergi."]),
]


@pytest.mark.parametrize("lang,text,expected", [c[1:] for c in SPLITS],
                         ids=[c[0] for c in SPLITS])
def test_sentences_are_split_by_the_language_rules(lang, text, expected):
    sentences = segment([Block(text)], tools_for(lang), max_sentence_chars=1000)
    assert [s.text for s in sentences] == expected
    assert all(text[s.start:s.end] == s.text for s in sentences)


@pytest.mark.parametrize("lang,word", [("ru", "и"), ("nl", "een"), ("da", "og"), ("no", "ikke"),
                                       ("fi", "että"), ("tr", "için")])
def test_languages_sumy_has_no_stop_words_for_get_the_tables(lang, word):
    """The ranker compares sentences by their content words: "и" is not one."""
    assert word in tools_for(lang).stop_words
    assert "москва" not in tools_for(lang).stop_words


BREAKS = [
    ("inside-a-sentence-before-emphasis",
     "<p>Rutte said that the path of Ukraine to membership is<br><strong>irreversible</strong> "
     "and cannot be swayed by Moscow.</p>",
     ["Rutte said that the path of Ukraine to membership is irreversible and cannot be "
      "swayed by Moscow."]),
    ("inside-a-sentence-before-a-link",
     "<p>The aid was pledged by the members of the<br><a href='/nato'>North Atlantic "
     "alliance</a> for the next year.</p>",
     ["The aid was pledged by the members of the North Atlantic alliance for the next year."]),
    ("after-a-full-stop",
     "<p>The meeting ended late in the evening.<br><b>Also Read:</b> <a href='/x'>Other "
     "news</a></p>",
     ["The meeting ended late in the evening."]),
    ("before-plain-text",
     "<p>The first line of a short poem here<br>and the second line of it</p>",
     ["The first line of a short poem here", "and the second line of it"]),
    ("after-a-title",
     "<p>Lego Star Wars 75192 Millennium Falcon Collector Set<br><a href='/x'>"
     "http://shop.example/falcon</a></p>",
     ["Lego Star Wars 75192 Millennium Falcon Collector Set"]),
    ("between-links",
     "<p>Read the whole story of the vote on our site<br><a href='/1'>Council votes</a><br>"
     "<a href='/2'>Budget passes</a></p>",
     ["Read the whole story of the vote on our site Council votes"]),
]


@pytest.mark.parametrize("body,expected", [c[1:] for c in BREAKS], ids=[c[0] for c in BREAKS])
def test_a_line_break_before_an_inline_element_does_not_cut_a_sentence(body, expected):
    assert _body_paragraphs(body) == expected


def _body_paragraphs(body):
    from lxml import html as lxml_html

    from pith.clean import clean

    return [b.text for b in clean(lxml_html.fromstring(f"<div>{body}</div>"))]


CITATIONS = [
    ("numbers", "<p>The war began in 1914.[1] It ended in 1918.[12][13] Both dates are "
                "certain.</p>", "The war began in 1914. It ended in 1918. Both dates are certain."),
    ("superscript", "<p>Paris<sup class='reference'><a href='#c'><span>[</span>4<span>]</span>"
                    "</a></sup> is the capital of France.</p>", "Paris is the capital of France."),
    ("spaced", "<p>The findings appear in the European Journal of Nutrition [1]. The diet "
               "helped [2][3], the authors said.</p>",
     "The findings appear in the European Journal of Nutrition. The diet helped, the authors "
     "said."),
    ("needed", "<p>Some historians say otherwise.[citation needed] Others agree.</p>",
     "Some historians say otherwise. Others agree."),
    ("other-wiki", "<p>Das Werk<sup><a>[Quelle?]</a></sup> ist alt.</p>", "Das Werk ist alt."),
    ("code-kept", "<p>In Python <code>items[1]</code> is the second item.</p>",
     "In Python items[1] is the second item."),
    ("power-kept", "<p>The flat has 60 m<sup>2</sup> of floor.</p>", "The flat has 60 m2 of floor."),
    # A health site's references: a study's number linked, in parentheses.
    ("linked", "<p>Fasting raised the risk of binge eating (<span><a href='https://pubmed.gov/1'>"
               "2</a></span>). Meals helped (<a href='/a'>14</a>, <a href='/b'>15</a>).</p>",
     "Fasting raised the risk of binge eating. Meals helped."),
    # A linked number outside parentheses, or a figure in parentheses, is the story's.
    ("linked-figure-kept", "<p>See page <a href='/p5'>5</a>. Today (5) the line <a href='/l'>"
                           "reopens</a> (<a href='/r'>2019</a>).</p>",
     "See page 5. Today (5) the line reopens (2019)."),
    ("number-to-call-kept", "<p>Call emergency services (<a href='tel:911'>911</a>) first.</p>",
     "Call emergency services (911) first."),
]


@pytest.mark.parametrize("body,expected", [c[1:] for c in CITATIONS],
                         ids=[c[0] for c in CITATIONS])
def test_citation_markers_are_not_text(body, expected):
    assert _body_paragraphs(body) == [expected]


def test_citation_markers_never_reach_a_key_point():
    paragraphs = [f"<p>{text[:-1]}.[{i}] The council said so on Monday.[{i + 10}][{i + 20}]</p>"
                  for i, text in enumerate(p[3:-4] for p in STORY_PARAGRAPHS)]
    summary = summarize(article_html(paragraphs), length="long")
    shown = [summary.tldr] + [p.text for p in summary.key_points]
    assert not any(re.search(r"\[\d+\]", text) for text in shown), shown
    assert len(summary.key_points) >= 3


# --- the language fixtures (tests/pages, made by make_language_pages.py) ------------------

LANGUAGE_PAGES = [slug for slug in page_slugs() if "language" in load_page(slug)[1]]
# A point cut after an abbreviation or a title ends with one.
_CUT_AFTER_ABBREVIATION = re.compile(
    r"(?<![\w.])(?:bzw|z\. B|u\. a|Dr|M|Sr|Sra|ok|ul|tj|os|т\. е|bijv|dott|sig)\.$")


@pytest.mark.parametrize("slug", LANGUAGE_PAGES)
def test_a_page_is_read_by_its_language_table(slug):
    source, expected = load_page(slug)
    data = summarize(source, length="long").to_dict()
    assert data["language"] == expected["language"]
    assert data["stats"]["language_rules"] == expected["language"]
    assert data["readerable"] is True
    shown = [data["tldr"]] + [p["text"] for p in data["key_points"]]
    for text in shown:
        assert not _CUT_AFTER_ABBREVIATION.search(text), text
        assert text[0] not in "»”“」』", text  # no quotation's tail as a point
        assert not re.search(r"\[\d+\]", text)


@pytest.mark.parametrize("text,count", [
    ("東京都は月曜日、新しい計画を発表した。", 8),          # 17 characters, half a word each
    ("人々が集まった。", 3),                               # 々 is a character of the word
    ("杭州地铁12号线开通运营", 6),                          # 10 characters and a number
    ("Apple発表のiPhone 16は好調だ。", 6),                 # Latin words count as words
], ids=["japanese", "iteration-mark", "chinese-with-number", "mixed"])
def test_chinese_and_japanese_words_are_counted_by_characters(text, count):
    from pith.segment import count_words

    assert count_words(text) == count


HUNGARIAN = [
    "A budapesti közgyűlés szerdán jóváhagyta a 4-es villamos vonalának meghosszabbítását, "
    "amely 2028-ra éri el a Kelenföldi pályaudvart.",
    "A beruházás költsége mintegy 38 milliárd forint, amelynek nagy részét uniós forrásból "
    "fedezik, közölte a főpolgármesteri hivatal.",
    "Dr. Kovács Anna közlekedési szakértő szerint a hosszabbítás naponta több tízezer utasnak "
    "rövidíti meg az utazását a város déli részén.",
    "Az ellenzék bírálta a tervet, mert szerintük a munkálatok hónapokra megbénítják a "
    "forgalmat a Fehérvári úton.",
]
ROMANIAN = [
    "Primăria Capitalei a anunțat luni că lucrările la noua linie de tramvai din cartierul "
    "Berceni vor începe în luna mai și vor dura doi ani.",
    "Investiția, estimată la 250 de milioane de lei, va fi finanțată în mare parte din fonduri "
    "europene, potrivit reprezentanților primăriei.",
    "Prof. Ion Popescu, specialist în transporturi, a declarat că noua linie va reduce "
    "aglomerația din sudul orașului cu aproape o treime.",
    "Locuitorii din zonă s-au plâns însă de zgomotul și praful pe care le vor aduce lucrările "
    "în următoarele luni.",
]


@pytest.mark.parametrize("lang,title,paragraphs,fact", [
    ("hu", "Meghosszabbítják a 4-es villamost", HUNGARIAN, "38 milliárd forint"),
    ("ro", "O nouă linie de tramvai în Berceni", ROMANIAN, "250 de milioane de lei"),
    ("id", "Jalur sepeda baru di Bandung", INDONESIAN, "25 kilometer"),
], ids=["hungarian", "romanian", "indonesian"])
def test_a_language_without_a_table_is_read_by_the_general_rules(lang, title, paragraphs,
                                                                 fact):
    """Undeclared: detected, then read by the general rules, never as English."""
    summary = summarize(_page(paragraphs, title), length="long").to_dict()
    assert summary["language"] == lang
    assert summary["stats"]["language_rules"] == "general"
    shown = [summary["tldr"]] + [p["text"] for p in summary["key_points"]]
    assert any(fact in text for text in shown), shown
    # "Dr." and "Prof." before a name end no sentence under the general rules either.
    assert not any(re.search(r"\b(?:Dr|Prof)\.$", text) for text in shown)


# A question no summary shows, right before the quotation: the reader is not shown all of the
# story before it, so it is not read on in the story's order either (``_read_on``).
ASKED = {"de": "Doch wer bezahlt am Ende eigentlich das alles?",
         "fr": "Mais qui va finalement payer tout cela au bout du compte ?",
         "es": "¿Pero quién va a pagar al final todo esto?"}


@pytest.mark.parametrize("lang,paragraphs,leaning", [
    ("de", GERMAN, "„Das Netz kostet 18,5 Millionen Euro und lohnt sich für alle“, sagte er."),
    ("fr", FRENCH, "« La ligne coûtera 450 millions d'euros et servira à tous », a-t-il dit."),
    ("es", SPANISH, "“La planta costará 120 millones de euros y servirá a todos”, dijo."),
], ids=["de", "fr", "es"])
def test_a_quotation_attributed_to_a_pronoun_is_not_a_point_alone(lang, paragraphs, leaning):
    """Who said it is in another sentence: the point would not say who."""
    texts = paragraphs[:2] + [f"{paragraphs[2]} {ASKED[lang]}", leaning] + paragraphs[3:]
    summary = summarize(_page(texts, "Titel", lang), length="long")
    assert all(leaning not in p.text for p in summary.key_points), summary.key_points


def test_a_tables_apostrophe_matches_a_pages_typographic_one_and_back():
    # Tables write "don't miss" or "c’est pourquoi"; pages type either mark, or the modifier
    # letter Ukrainian spells with (U+02BC).
    pattern = re.compile(alternation(["don't miss", "c’est pourquoi", "інтерв'ю з"]))
    for text in ("don't miss", "don’t miss", "c'est pourquoi", "c’est pourquoi",
                 "інтерв'ю з", "інтерв\u02bcю з"):
        assert pattern.fullmatch(text), text


@pytest.mark.parametrize("code", sorted(TABLES))
def test_every_field_of_a_table_of_words_holds_words_not_letters(code):
    """("分") is a string, and a rule reading it would read its letters one by one."""
    rules = TABLES[code]
    for field in dataclasses.fields(rules):
        value = getattr(rules, field.name)
        if "tuple" in str(field.type):
            assert isinstance(value, tuple), (code, field.name, value)
            assert all(isinstance(v, (str, tuple)) for v in value), (code, field.name)


@pytest.mark.parametrize("lang,text,day", [
    ("en", "On Tuesday evening the council voted", True),
    ("de", "Am Montagabend hat der Kreistag beschlossen", True),  # a compound
    ("nl", "Dinsdagavond besloot de gemeenteraad", True),
    ("sv", "I torsdags beslutade kommunfullmäktige", True),
    ("pl", "We wtorek naukowcy opublikowali wyniki", True),
    ("cs", "V úterý soud rozhodl", True),
    ("ru", "Во вторник совет решил", True),
    ("uk", "У середу рада ухвалила", True),
    ("pt", "Na quarta-feira, a Assembleia aprovou", True),
    ("fi", "Tiistaina valtuusto päätti", True),
    # habits, names, titles and other nouns spelt like a day are none
    ("en", "On Mondays the market opens early", False),
    ("en", "Every Tuesday about 40 volunteers serve meals", False),
    ("en", "According to the Sunday Times, officials", False),
    ("en", "The Good Friday Agreement, signed in 1998", False),
    ("de", "Laut einer Umfrage für die Bild am Sonntag", False),
    ("de", "Montags hat die Bibliothek geschlossen", False),
    ("de", "Die Sonntagsfrage sieht die Partei vorn", False),
    ("es", "En Santo Domingo, el Gobierno anunció", False),
    ("es", "Los martes, según la asociación, llegan", False),
    ("pt", "Segundo a revista Sábado, o ministro", False),
    ("it", "La signora Domenica Lorusso è morta", False),
    ("cs", "Ve středu města vznikne 120 bytů", False),
    ("ru", "попадают в среду обитания", False),
    ("pl", "Krzysztof Piątek zdobył bramkę", False),
    ("el", "Στην Αγία Παρασκευή, σύμφωνα με τον δήμο", False),
    ("el", "για τρίτη φορά", False),  # an ordinal: the day is capitalised
    ("fi", "Kirjasto on auki maanantaisin", False),
])
def test_a_table_names_the_day_the_news_happened(lang, text, day):
    assert bool(TABLES[lang].news_day.search(text)) is day, text
