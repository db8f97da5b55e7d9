"""Decoding as a browser would, and better where a browser shows mojibake (issue 13):
WHATWG labels, UTF-8 bytes under a legacy declaration, undecodable bytes, normal form C."""

from __future__ import annotations

import unicodedata

import pytest

from pith.config import DEFAULT
from pith.decode import normalise_label, read
from pith.pipeline import summarize
from pith.segment import count_words, words
from tests.conftest import STORY, article_html

LIMIT = DEFAULT.max_body_bytes

# (label, text, the bytes the label's encoding writes it as): each decoded as the WHATWG
# Encoding Standard says, whatever Python's codec of the same name would do.
LABELS = [
    # GBK as Windows writes it: the euro sign is the single byte 0x80.
    ("gb2312-is-gbk", "gb2312", "市议会批准预算，约合€5",
     "市议会批准预算，约合".encode("gbk") + b"\x805"),
    ("iso-8859-9-is-windows-1254", "iso-8859-9", "Işık €5 “tırnak”",
     "Işık €5 “tırnak”".encode("cp1254")),
    ("windows-874", "windows-874", "กรุงเทพ €5 “คำ”", "กรุงเทพ €5 “คำ”".encode("cp874")),
    ("tis-620-is-windows-874", "tis-620", "กรุงเทพ €5", "กรุงเทพ €5".encode("cp874")),
    ("x-sjis-is-windows-31j", "x-sjis", "東京都～①", "東京都～①".encode("cp932")),
    ("iso-8859-1-is-windows-1252", "iso-8859-1", "café “déjà” €5",
     "café “déjà” €5".encode("cp1252")),
    ("ks_c_5601-1987-is-euc-kr", "ks_c_5601-1987", "서울시 예산", "서울시 예산".encode("cp949")),
]


@pytest.mark.parametrize("label,text,data", [c[1:] for c in LABELS], ids=[c[0] for c in LABELS])
@pytest.mark.parametrize("where", ["header", "meta"])
def test_whatwg_labels_decode_as_browsers_do(label, text, data, where):
    page = b"<html><head>" + (f'<meta charset="{label}">'.encode() if where == "meta" else b"")
    page += b"</head><body><p>" + data + b"</p></body></html>"
    content_type = f"text/html; charset={label}" if where == "header" else None
    decoded = read(page, content_type, max_bytes=LIMIT)
    assert f"<p>{text}</p>" in decoded.text
    assert "\ufffd" not in decoded.text and decoded.warnings == ()


@pytest.mark.parametrize("label", ["utf-32", "cp500", "rot13", "latin-9", "gb_2312-81"])
def test_labels_outside_the_standard_name_no_encoding(label):
    assert normalise_label(label) is None


CHINESE = [
    "市议会周一以十二票对三票批准了新的公园预算，总额为一千二百万元，用于城市北部的四个街区。",
    "根据计划，新公园将在明年春天开工，预计两年内完工，届时将新增绿地约三十公顷。",
    "市长在会后表示，这项预算体现了市民对更多公共空间的长期期待。",
    "反对者则认为，这笔资金应优先用于修缮老旧道路和排水系统。",
    "市议会将在下个月就道路维修计划举行公开听证会，欢迎市民参加并发表意见。",
]


@pytest.mark.parametrize("declared", ["meta", "header"])
def test_utf8_bytes_declared_as_gb2312_are_read_as_utf8_and_said_so(declared):
    page = article_html([f"<p>{p}</p>" for p in CHINESE], title="公园预算获批", lang="zh")
    if declared == "meta":
        page = page.replace('<meta charset="utf-8">', '<meta charset="gb2312">')
    content_type = "text/html; charset=gb2312" if declared == "header" else None
    data = summarize(page.encode("utf-8"), content_type=content_type).to_dict()
    shown = [data["tldr"]] + [p["text"] for p in data["key_points"]]
    assert any("一千二百万元" in text for text in shown), shown
    assert not any("\ufffd" in text or "鍏" in text for text in shown)
    assert [w["code"] for w in data["warnings"]] == ["charset_mismatch"]
    assert "gb2312" in data["warnings"][0]["message"]


def test_utf8_bytes_declared_as_latin1_are_read_as_utf8():
    page = article_html(["<p>Le café de la gare a réouvert ses portes après deux ans de "
                         "travaux, a annoncé lundi la mairie, qui a financé la rénovation.</p>"]
                        * 3, lang="fr")
    page = page.replace('<meta charset="utf-8">', '<meta charset="iso-8859-1">')
    decoded = read(page.encode("utf-8"), max_bytes=LIMIT)
    assert "café de la gare a réouvert" in decoded.text and "Ã©" not in decoded.text
    assert [w.code for w in decoded.warnings] == ["charset_mismatch"]


@pytest.mark.parametrize("label,encoding", [("windows-1252", "cp1252"), ("gb2312", "gbk"),
                                            ("shift_jis", "cp932"), ("koi8-r", "koi8-r")])
def test_a_legacy_page_read_as_declared_has_no_warning(label, encoding):
    text = {"cp1252": "Le café a réouvert « déjà »", "gbk": "市议会批准了预算。",
            "cp932": "東京都は計画を発表した。", "koi8-r": "Городской совет одобрил бюджет."}[encoding]
    page = f'<meta charset="{label}"><p>{text}</p>'.encode(encoding)
    decoded = read(page, max_bytes=LIMIT)
    assert text in decoded.text and decoded.warnings == ()


def test_undecodable_bytes_are_counted():
    decoded = read(b'<meta charset="utf-8"><p>caf\xe9 and cr\xe8me</p>', max_bytes=LIMIT)
    assert [w.code for w in decoded.warnings] == ["undecodable_bytes"]
    assert "2 characters" in decoded.warnings[0].message


def test_an_ordinary_page_has_no_warnings():
    data = summarize(article_html(STORY).encode("utf-8")).to_dict()
    assert data["warnings"] == []


NFD = unicodedata.normalize("NFD", "Le café de la gare a réouvert ses portes après deux ans.")


@pytest.mark.parametrize("as_bytes", [False, True], ids=["text", "bytes"])
def test_text_is_put_in_normal_form_c(as_bytes):
    assert NFD != unicodedata.normalize("NFC", NFD)
    page = f"<p>{NFD}</p>"
    text = read(page.encode("utf-8") if as_bytes else page, max_bytes=LIMIT).text
    assert text.startswith("<p>") and "e\u0301" not in text
    sentence = text[len("<p>"):-len("</p>")]
    assert "réouvert" in words(sentence) and count_words(sentence) == 12 < count_words(NFD)


def test_a_page_written_with_combining_accents_reads_as_the_composed_one():
    paragraphs = ["La mairie de Nantes a réouvert lundi le café de la gare, fermé depuis deux "
                  "ans pour des travaux estimés à 1,2 million d'euros.",
                  "Les habitués étaient au rendez-vous dès l'ouverture, selon le gérant, qui a "
                  "prévu une fête de quartier en septembre.",
                  "La rénovation a été financée en partie par la région et par une souscription "
                  "lancée auprès des clients du café."]
    composed = summarize(article_html([f"<p>{p}</p>" for p in paragraphs], lang="fr"))
    decomposed = summarize(article_html([f"<p>{unicodedata.normalize('NFD', p)}</p>"
                                         for p in paragraphs], lang="fr"))
    assert decomposed.to_dict()["stats"] == composed.to_dict()["stats"]
    assert [p.text for p in decomposed.key_points] == [p.text for p in composed.key_points]
    assert any("réouvert" in text for text in [decomposed.tldr]
               + [p.text for p in decomposed.key_points])
