"""Title, byline, dates and the readerable verdict: one small page per class of defect fixed
for issue 14. Each page is written for Pith in a few lines of HTML; the assertions say what
must be read and what must not."""

from __future__ import annotations

import json

import pytest

from pith.dates import to_iso
from pith.metadata import read_metadata
from pith.parse import parse
from pith.pipeline import extract, summarize
from pith.readerable import is_probably_readerable
from tests.test_extraction import PARAS

STORY = "".join(f"<p>{text}</p>" for text in PARAS)


def page(head: str = "", before: str = "", title: str = "Parks budget passes") -> str:
    """An article page: ``head`` goes into <head>, ``before`` before the story."""
    return (f"<html><head><title>{title}</title>{head}</head><body>"
            f'<nav><a href="/">Home</a> <a href="/news">News</a></nav>'
            f"<article>{before}{STORY}</article><footer>Contact us</footer></body></html>")


def ld(data: dict) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def site(name: str) -> str:
    return f'<meta property="og:site_name" content="{name}">'


# --- descriptions ---------------------------------------------------------------------------

SCORE_LINE = ('<meta property="og:description" '
              'content="Port Halden 14.12 (96) d Bellbrook 11.9 (75)">')
SENTENCE = ('<meta name="description" content="Jayden Moretti kicked five goals as the Magpies '
            'beat Bellbrook to book a home preliminary final.">')


@pytest.mark.parametrize("head, expected", [
    # a score line says less of the story than the sentence another tag gives
    (SCORE_LINE + SENTENCE, "Jayden Moretti kicked five goals"),
    # ... yet it is the description when the page gives nothing else
    (SCORE_LINE, "Port Halden 14.12 (96) d Bellbrook 11.9 (75)"),
    # a description in words comes first as it stands
    ('<meta property="og:description" content="Magpies into the prelim after 2 big quarters">'
     + SENTENCE, "Magpies into the prelim"),
])
def test_the_description_is_the_first_written_in_words(head, expected):
    assert read_metadata(parse(page(head))).description.startswith(expected)


def test_every_description_in_words_is_kept_the_chosen_one_first():
    head = (SCORE_LINE + SENTENCE
            + '<meta name="twitter:description" content="Magpies into the prelim.">')
    descriptions = read_metadata(parse(page(head))).descriptions
    assert [d[:20] for d in descriptions] == ["Jayden Moretti kicke", "Magpies into the pre"]


# --- titles -----------------------------------------------------------------------------

@pytest.mark.parametrize("title,head,h1,expected", [
    pytest.param("The Open Journalism Project: Better Student Journalism | Campus Times",
                 site("Campus Times"), "", "The Open Journalism Project: Better Student "
                 "Journalism", id="colon-inside-headline-kept"),
    pytest.param("Campus Times - Budget: what the parks get - and what they lose",
                 site("Campus Times"), "", "Budget: what the parks get - and what they lose",
                 id="site-prefix-dropped-dashes-kept"),
    pytest.param("Alibaba to raise up to $12.9bn in landmark listing : CityAM", site("CityAM"),
                 "", "Alibaba to raise up to $12.9bn in landmark listing",
                 id="site-after-spaced-colon-dropped"),
    pytest.param("Parks budget passes | Local | City Times", "",
                 "", "Parks budget passes | Local | City Times",
                 id="no-site-known-short-part-not-cut"),
    pytest.param("Parks budget passes after long night | Local | City Times", "",
                 "", "Parks budget passes after long night", id="no-site-known-pipe-cut"),
    pytest.param("Budget: what the parks get - and what they lose", "",
                 "", "Budget: what the parks get - and what they lose",
                 id="no-site-known-colon-and-dash-kept"),
    pytest.param("Parks budget passes | Local | City Times",
                 '<link rel="canonical" href="https://www.citytimes.com/local/parks">',
                 "", "Parks budget passes | Local", id="site-from-canonical-host"),
    pytest.param("Budget: council backs parks, trees | City Times", site("City Times"),
                 "<h1>Council backs parks and trees in a late-night budget vote</h1>",
                 "Council backs parks and trees in a late-night budget vote",
                 id="visible-h1-over-rewritten-title"),
    pytest.param("Parks budget passes after a long night | City Times",
                 site("City Times") + '<meta property="og:title" content="Parks budget '
                 'passes after a long night">', "<h1>City Times</h1>",
                 "Parks budget passes after a long night", id="logo-h1-is-not-the-title"),
])
def test_title_is_the_headline_without_the_site(title, head, h1, expected):
    article = extract(page(head, before=h1, title=title))
    assert article.title == expected


def test_section_h1_is_not_the_title():
    html = page(before="<h1>World News</h1>",
                title="Parks budget passes in record vote | World News | The Daily Planet")
    assert extract(html).title == "Parks budget passes in record vote"


# --- bylines ----------------------------------------------------------------------------

@pytest.mark.parametrize("head,before,expected", [
    pytest.param(ld({"@type": "NewsArticle", "author": [
        {"@type": "Person", "name": "By TOM KRISHER, AP Auto Writer"}]}), "", "Tom Krisher",
        id="json-ld-person-without-label-or-role"),
    pytest.param(ld({"@type": "NewsArticle", "author": ["Lia Eustachewich", "Yaron Steinbuch"]}),
                 "", "Lia Eustachewich, Yaron Steinbuch", id="json-ld-several-joined"),
    pytest.param(ld({"@type": "NewsArticle", "author": {"@type": "Organization",
                                                        "name": "City Times"}})
                 + site("City Times"),
                 '<p class="byline">By <a rel="author" href="/jo">Jo Penrose</a></p>',
                 "Jo Penrose", id="organisation-author-skipped-for-rel-author"),
    pytest.param(site("LinkNaija | Nigeria's news platform")
                 + '<meta name="author" content="LinkNaija">', "", None,
                 id="site-name-is-never-the-author"),
    pytest.param('<meta name="author" content="Tanza Loudenback, Business Insider">'
                 + site("Business Insider Deutschland"), "", "Tanza Loudenback",
                 id="meta-author-without-the-site"),
    pytest.param("", '<div class="byline-section"><span class="author">Lisa Kaczke and Trevor '
                 'J. Mitchell</span> Sioux Falls Argus Leader Published 10:02 AM EST Nov 19, '
                 '2019</div>', "Lisa Kaczke, Trevor J. Mitchell", id="byline-class-innermost"),
    pytest.param("", '<p class="byline">By LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER'
                 '</p><p class="byline">Associated Press</p>',
                 "Lisa Mascaro, Mary Clare Jalonick, Eric Tucker", id="capitals-and-agency"),
    pytest.param("", "<p>By Jo Penrose</p>", "Jo Penrose", id="by-line-en"),
    pytest.param("", '<p class="byline">By Hannah Soderberg, Photographs by Eli Marchetti</p>',
                 "Hannah Soderberg", id="the-photographers-credit-is-not-a-byline"),
    pytest.param("", '<p class="byline">Story and photos by Eli Marchetti</p>', "Eli Marchetti",
                 id="a-writer-credited-with-the-photos-too"),
    pytest.param("", "<p>Par Anne-Sophie Martin</p>", "Anne-Sophie Martin", id="par-line-fr"),
    pytest.param("", "<p>Von Jonas Weber und Lea Brandt</p>", "Jonas Weber, Lea Brandt",
                 id="von-line-de"),
    pytest.param("", "<p>Por María López</p>", "María López", id="por-line-es"),
    pytest.param("", "<p>Di Marco Rossi</p>", "Marco Rossi", id="di-line-it"),
    pytest.param("", "<span>Publicado por: Clarissa Borba</span>", "Clarissa Borba",
                 id="publicado-por-pt"),
    pytest.param("", "<p>By contrast, the old park had no trees at all.</p>", None,
                 id="sentence-opening-with-by-is-not-a-byline"),
    pytest.param('<meta rel="author" content="humans.txt">', "", None,
                 id="a-file-is-not-the-author"),
    pytest.param("", '<h3 class="byline">by Jeff Foust<br><span class="datetime">Monday, '
                 'November 18, 2019</span></h3>', "Jeff Foust",
                 id="a-line-break-ends-the-name"),
    pytest.param("", '<div class="c-byline"><em class="c-byline__by">By</em> <div '
                 'class="c-byline__author"><a rel="author" href="/ryan">Ryan Reed</a></div>'
                 "</div>", "Ryan Reed", id="the-label-alone-is-not-a-name"),
    pytest.param("", '<div class="statement"><div class="statement-author"><h4 class="author">'
                 "Jo Penrose</h4></div><p>Parks cost nothing.</p></div>", None,
                 id="a-fact-checked-claims-author-is-not-the-writer"),
])
def test_byline(head, before, expected):
    assert extract(page(head, before)).byline == expected


@pytest.mark.parametrize("name,expected", [
    ("https://www.citytimes.com", "citytimes.com"),
    ("//citytimes.com/", "citytimes.com"),
    ("City Times", "City Times"),
])
def test_a_site_named_by_its_address_is_shown_by_its_host(name, expected):
    assert extract(page(site(name))).site_name == expected


def test_a_publisher_the_graph_names_elsewhere_is_the_site():
    graph = {"@graph": [
        {"@type": "NewsArticle", "headline": "Parks budget passes",
         "publisher": {"@id": "https://www.citytimes.com/#org"}},
        {"@type": "Organization", "@id": "https://www.citytimes.com/#org",
         "name": "City Times"}]}
    assert extract(page(ld(graph))).site_name == "City Times"


def test_a_page_naming_no_site_is_labelled_by_its_host():
    canonical = '<link rel="canonical" href="https://www.citytimes.com/local/parks">'
    assert extract(page(canonical)).site_name == "citytimes.com"
    assert extract(page(), url="https://news.example.org/parks").site_name == (
        "news.example.org")
    assert extract(page()).site_name is None  # nothing to go by


def test_comment_authors_are_not_the_byline():
    comments = ('<div class="comments"><span class="comment-author">Reader Rick</span>'
                "<p>Great work on the parks!</p></div>")
    html = page().replace("</article>", f"</article>{comments}")
    assert extract(html).byline is None


# --- dates ------------------------------------------------------------------------------

@pytest.mark.parametrize("value,expected", [
    ("2019-11-20T06:35:39Z", "2019-11-20T06:35:39+00:00"),
    ("2019-11-20T06:35:39+0000", "2019-11-20T06:35:39+00:00"),
    ("2019-11-19T11:51:32.556-05:00", "2019-11-19T11:51:32-05:00"),
    ("2019-11-20T01:53:14.418", "2019-11-20T01:53:14"),
    ("2019-11-13", "2019-11-13"),
    ("November 19, 2019, 07:47 PM EST", "2019-11-19T19:47:00-05:00"),
    ("Published 11:11 PM EST Nov 19, 2019", "2019-11-19T23:11:00-05:00"),
    ("19 Nov 2019 07:09 GMT", "2019-11-19T07:09:00+00:00"),
    ("Mon 18 Nov 2019 18.54 GMT", "2019-11-18T18:54:00+00:00"),
    ("segunda-feira, 22 de janeiro de 2018 às 0:13", "2018-01-22T00:13:00"),
    ("19. November 2019", "2019-11-19"),
    ("19 novembre 2019", "2019-11-19"),
    ("2019年11月19日 10:30", "2019-11-19T10:30:00"),
    ("27/09/2018", "2018-09-27"),
    ("0001-01-01T00:00:00Z", None),
    ("2 hours ago", None),
    ("", None),
])
def test_dates_become_iso_8601(value, expected):
    assert to_iso(value) == expected


@pytest.mark.parametrize("head,before,published,modified", [
    pytest.param('<meta property="article:published_time" content="2019-11-20T06:35:39Z">'
                 '<meta property="article:modified_time" content="2019-11-20T07:00:00Z">', "",
                 "2019-11-20T06:35:39+00:00", "2019-11-20T07:00:00+00:00", id="meta-tags"),
    pytest.param(ld({"@type": "NewsArticle", "datePublished": "0001-01-01T00:00:00Z",
                     "dateModified": "0001-01-01T00:00:00Z"}),
                 '<div class="publish-date">Published 11:11 PM EST Nov 19, 2019</div>',
                 "2019-11-19T23:11:00-05:00", None, id="placeholder-then-visible-line"),
    pytest.param("", '<div class="dateline">Updated Nov 20, 2019 9:41 AM</div>'
                 '<time datetime="2019-11-19">Nov 19</time>', "2019-11-19", None,
                 id="time-element-not-the-updated-line"),
    pytest.param("", '<div class="date">Bijgewerkt 5 maart 2024</div>'
                 '<div class="date">Gepubliceerd 1 maart 2024</div>', "2024-03-01", None,
                 id="updated-line-in-the-tables-words"),
    pytest.param('<link rel="canonical" href="https://example.com/2019/11/18/parks/">', "",
                 "2019-11-18", None, id="date-in-the-address"),
    pytest.param("", "", None, None, id="no-date"),
])
def test_published_and_modified(head, before, published, modified):
    article = extract(page(head, before))
    assert (article.published, article.modified) == (published, modified)


def test_modified_reaches_the_json():
    html = page('<meta property="article:published_time" content="2019-11-20T06:35:39Z">'
                '<meta property="article:modified_time" content="2019-11-21T08:00:00+01:00">')
    data = summarize(html).to_dict()
    assert data["published"] == "2019-11-20T06:35:39+00:00"
    assert data["modified"] == "2019-11-21T08:00:00+01:00"


# --- the readerable verdict on Chinese and Japanese pages --------------------------------

ZH = [
    "本市河滨公园改造工程周一正式完工，市民终于可以在新修的步道上散步和骑车。工程历时十八个月，总投资约一亿二千万元。",
    "据市园林局介绍，新公园沿河延伸四点五公里，新建三座儿童游乐场和两处观景平台，并种植了三千多棵本地树木。",
    "园林局负责人在开园仪式上表示，改造的首要目标是防洪，其次才是休闲。新建的湿地可以在暴雨时蓄水，减轻下游街区的压力。",
    "不少附近居民对新公园表示欢迎。一位每天早上在河边晨练的退休教师说，过去这里杂草丛生，晚上没人敢来，现在环境好多了。",
    "也有市民提出担忧。部分商户认为，公园周边停车位不足，周末游客增多后，附近道路可能会出现拥堵。",
    "对此，交通部门回应称，将在公园北门增设一处临时停车场，并在节假日加开两条公交线路，方便市民绿色出行。",
    "按照规划，河滨公园二期工程将于明年春季动工，届时步道将继续向东延伸，与老城区的历史街区连接起来。",
]
JA = [
    "先週末、長野県の小さな町で三年ぶりに秋祭りが開かれ、県内外から約八千人が訪れました。",
    "祭りの目玉は、町の職人が一年かけて修復した山車の巡行です。色鮮やかな彫刻が施された山車が通りを進むと、沿道から大きな拍手が起こりました。",
    "実行委員会の委員長は「若い人たちが準備に参加してくれたことが何よりうれしい」と話し、来年以降も続けていきたいと意気込みを語りました。",
    "会場では地元の農家が育てたりんごや新そばの販売も行われ、昼過ぎには多くの店で品切れが相次ぎました。",
    "一方で、駐車場の不足や帰りの電車の混雑を指摘する声もあり、町は来年に向けて臨時バスの運行を検討しています。",
    "町の人口はこの二十年で三割ほど減りましたが、祭りをきっかけに移住を考える人も増えているといいます。",
]


def _cjk_page(lang: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<html lang="{lang}"><head><title>{paragraphs[0][:12]}</title></head><body>'
            f'<div class="content"><h1>{paragraphs[0][:12]}</h1>{body}</div></body></html>')


@pytest.mark.parametrize("html,expected", [
    pytest.param(_cjk_page("zh", ZH), True, id="chinese-news-short-paragraphs"),
    pytest.param(_cjk_page("ja", JA), True, id="japanese-news"),
    pytest.param(_cjk_page("zh", [p[:20] for p in ZH]), False, id="chinese-list-of-teasers"),
    pytest.param(_cjk_page("en", [PARAS[0][:90]] * 7), False,
                 id="english-short-lines-unchanged"),
])
def test_readerable_verdict_counts_cjk_characters(html, expected):
    assert is_probably_readerable(parse(html)) is expected


@pytest.mark.parametrize("lang,paragraphs", [("zh", ZH), ("ja", JA)])
def test_cjk_article_is_summarized_as_readerable(lang, paragraphs):
    summary = summarize(_cjk_page(lang, paragraphs))
    assert summary.article.readerable is True
    assert summary.key_points and summary.article.language == lang
