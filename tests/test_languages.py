"""German, French and Spanish articles (written for these tests), detection and refusals."""

from __future__ import annotations

import re

import pytest

from pith.errors import UnsupportedLanguage
from pith.language import decide, detect
from pith.pipeline import summarize
from tests.conftest import article_html

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

CASES = [
    ("de", "Freiburg baut 42 Kilometer neue Radwege", GERMAN, GERMAN_FACTS),
    ("fr", "Lyon lance une nouvelle ligne de tramway", FRENCH, FRENCH_FACTS),
    ("es", "Valencia inaugura una planta desaladora", SPANISH, SPANISH_FACTS),
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


@pytest.mark.parametrize("lang,paragraphs", [("de", GERMAN), ("fr", FRENCH), ("es", SPANISH)])
def test_detect(lang, paragraphs):
    assert detect(" ".join(paragraphs)) == lang


def test_detection_overrides_a_wrong_declaration():
    decision = decide(None, "en", " ".join(GERMAN))
    assert (decision.code, decision.rules.code, decision.source) == ("de", "de", "detected")


def test_short_or_ambiguous_text_keeps_the_declaration():
    assert detect("OK 42") is None
    assert decide(None, "fr", "OK 42").code == "fr"


def test_undeclared_undetected_text_gets_the_general_rules_not_english():
    decision = decide(None, None, "OK 42")
    assert (decision.code, decision.rules.code, decision.source) == (None, "general", "unknown")


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
