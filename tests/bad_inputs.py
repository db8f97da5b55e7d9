"""The bad-input corpus: requests a hostile page, a buggy client or a confused user sends.

Each case is (id, method, path, headers, body, expected status, expected error code); bodies
are built when the table is made, large ones included, so nothing big is stored in the
repository. `python tests/bad_inputs.py` lists the table.
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass, field

MiB = 1024 * 1024
STORY = ("<p>The council approved a budget of $12 million for the city's parks on Monday "
         "after a long debate.</p><p>The money pays for four playgrounds and 3,000 trees "
         "along the river, officials said.</p><p>Work starts in the spring, and the mayor "
         "thanked residents who wrote in support of the plan.</p>")


@dataclass(frozen=True)
class Case:
    id: str
    method: str
    path: str
    body: bytes = b""
    headers: dict = field(default_factory=dict)
    status: int = 400
    code: str | None = "bad_request"


def _json(value) -> dict:
    return {"body": json.dumps(value).encode(), "headers": {"Content-Type": "application/json"}}


def _html(body: bytes | str, charset: str | None = None) -> dict:
    data = body.encode() if isinstance(body, str) else body
    content_type = "text/html" + (f"; charset={charset}" if charset else "")
    return {"body": data, "headers": {"Content-Type": content_type}}


def _page(body: str, head: str = "", lang: str = "en") -> str:
    return (f'<html lang="{lang}"><head><title>Budget</title>{head}</head><body><article>'
            f"{body}</article></body></html>")


# Issue 11's hostile pages, at the sizes the red team used.
ZH_SENTENCE = "市议会周一批准了新的公园预算。"
GREEK = ("<p>Το δημοτικό συμβούλιο ενέκρινε τον νέο προϋπολογισμό για τα πάρκα της πόλης τη "
         "Δευτέρα. Τα χρήματα θα χρησιμοποιηθούν για νέες παιδικές χαρές σε τέσσερις "
         "συνοικίες.</p><p>Οι κάτοικοι είπαν ότι περίμεναν αυτή την απόφαση εδώ και πολλά "
         "χρόνια. Ο δήμαρχος ευχαρίστησε όσους έγραψαν στο συμβούλιο για να στηρίξουν το "
         "σχέδιο, και οι εργασίες θα αρχίσουν την άνοιξη.</p>")
POLISH = ("<p>Rada miasta zatwierdziła w poniedziałek nowy budżet na parki miejskie. Pieniądze "
          "zostaną przeznaczone na nowe place zabaw w czterech dzielnicach miasta.</p><p>"
          "Mieszkańcy powiedzieli, że czekali na tę decyzję od wielu lat. Burmistrz "
          "podziękował wszystkim, którzy napisali do rady, aby poprzeć ten plan, a prace "
          "ruszą wiosną.</p>")
# Chromium 156's headers for an <img> and a no-cors fetch on another site (observed).
IMG = {"Sec-Fetch-Site": "cross-site", "Sec-Fetch-Mode": "no-cors", "Sec-Fetch-Dest": "image"}
NO_CORS = {"Origin": "https://evil.example", "Sec-Fetch-Site": "cross-site",
           "Sec-Fetch-Mode": "no-cors", "Sec-Fetch-Dest": "empty"}


def _long_sentences(total_bytes: int) -> str:
    sentence = ("The council approved the budget for item {i} after a debate in which members "
                "of every party, the mayor, residents of four districts, the parks department "
                "and the auditors argued about playgrounds, trees, roads, the river, the "
                "schools and the cost of all of it over the next ten years. ")
    count = total_bytes // len(sentence)
    return "".join("<p>" + sentence.format(i=i) + "</p>" for i in range(count))


def _hostile_cases(post: str) -> list:
    """Issue 11's findings as requests: each was a hang, a 500 or a page wrongly refused."""
    ok = {"status": 200, "code": None}
    not_article = {"status": 422, "code": "not_an_article"}
    nested_ld = "[" * 1000 + "{}" + "]" * 1000
    story = _page(STORY)
    many_attributes = " ".join(f'a{i}="x"' for i in range(200_000))
    return [
        # Finding 2: a web page driving the API.
        Case("text-plain-body", "POST", post, story.encode(), {"Content-Type": "text/plain"},
             status=415, code="unsupported_media_type"),
        Case("cross-site-no-cors", "POST", post, story.encode(),
             {"Content-Type": "text/html", **NO_CORS}, status=403, code="cross_site"),
        Case("img-url-mode", "GET", "/api/summary?url=https://example.org/", headers=IMG,
             status=403, code="cross_site"),
        # Finding 3: pages that took minutes in one stage.
        Case("cjk-522kb-no-spaces", "POST", post,
             **_html(_page("<p>" + ZH_SENTENCE * 11_600 + "</p>", lang="zh")), **ok),
        Case("cjk-1.2mb-in-json", "POST", post,
             **_json({"html": _page("<p>" + ZH_SENTENCE * 27_000 + "</p>", lang="zh")}), **ok),
        Case("kl-430kb", "POST", post + "?summarizer=kl",
             **_html(_page(_long_sentences(430_000))), **ok),
        Case("reduction-long-sentences", "POST", post + "?summarizer=reduction",
             **_html(_page(_long_sentences(300_000))), **ok),
        # Capitals and hyphens where a wire dateline would stand, without its dash.
        Case("dateline-lookalike", "POST", post, **_html(_page(
            "".join(f"<p>{'A-' * 60}A is what the sign said, {i}.</p><p>{'RE-RE-RE ' * 13}is "
                    f"what it said, {i}.</p>" for i in range(50)) + STORY)), **ok),
        Case("quote-repair-468kb", "POST", post,
             **_html(_page(STORY + "<p>" + "“a. b. c. " * 46_800 + "</p>")), **ok),
        # Headings opening on a time, then a long run of line separators: none may make
        # the reading of a live blog's entry stamps grow as the run's square.
        Case("stamped-headings-separators", "POST", post, **_html(_page(STORY + "".join(
             f"<h2>10:{i}5" + "\u2028" * 40_000 + f"1 update</h2><p>Entry {i} said the "
             f"council met at noon.</p>" for i in range(3)))), **ok),
        # A letters column of 1,500 signed letters and their answers: every paragraph
        # greets or signs, none may make the search for its exchanges grow as its square.
        Case("letters-column-1500", "POST", post, **_html(_page("".join(
             f"<p>DEAR ABBY: My neighbour number {i} parks across our drive each morning. "
             f"What should I do? -- STUCK {i} IN OHIO</p><p>DEAR STUCK: Talk to neighbour "
             f"number {i} calmly, then call the city if it goes on.</p>"
             for i in range(1500)))), **ok),
        # 3,000 sentences each opening on a conjunction before a name of its own: none may
        # make the search for the lead's name in the rest of the page grow as its square.
        Case("connective-openings-3000", "POST", post, **_html(_page("".join(
             f"<p>But Person{i} Smith{i} said the council had spent {i} pounds on item {i} "
             f"this year.</p>" for i in range(3000)))), **ok),
        Case("attributes-200k", "POST", post,
             **_html(story.replace("<article>", f"<article {many_attributes}>")), **ok),
        # Finding 7: 500s where a 4xx belongs, or pages that should simply work.
        Case("title-only", "POST", post,
             **_html("<html><head><title>Budget</title></head></html>"), **not_article),
        Case("meta-refresh-stub", "POST", post, **_html(
             '<html><head><meta http-equiv="refresh" content="0; url=/a"></head></html>'),
             **not_article),
        Case("frameset", "POST", post, **_html(
             "<html><frameset><frame src='a.html'><noframes>No frames.</noframes>"
             "</frameset></html>"), **not_article),
        Case("json-ld-1000-deep", "POST", post, **_html(_page(
             STORY, head=f'<script type="application/ld+json">{nested_ld}</script>')), **ok),
        *[Case(f"charset-{label}-header", "POST", post, **_html(story, label), **ok)
          for label in ("rot13", "base64", "hex", "zlib", "idna", "utf-32", "cp500", "utf-16",
                        "bz2", "uu", "quopri")],
        *[Case(f"charset-{label}-meta", "POST", post,
               **_html(_page(STORY, head=f'<meta charset="{label}">')), **ok)
          for label in ("rot13", "base64", "zlib", "utf-32", "cp037")],
        Case("noncharacters-fffe-ffff", "POST", post,
             **_html(_page(STORY.replace("budget", "bud\ufffeget\uffff"))), **ok),
        Case("lone-surrogate-url", "POST", post, json.dumps(
             {"html": story, "url": "\ud800"}).encode(), {"Content-Type": "application/json"}),
        Case("lone-surrogate-in-html", "POST", post, json.dumps(
             {"html": story.replace("budget", "bud\udc00get")}).encode(),
             {"Content-Type": "application/json"}, **ok),
        Case("greek", "POST", post, **_html(_page(GREEK, lang="el")), **ok),
        Case("polish", "POST", post, **_html(_page(POLISH, lang="pl")), **ok),
        # Finding 9: a body far over the limit is answered 413, not reset.
        Case("body-60mb", "POST", post, b"<p>" + b"a" * (60 * MiB),
             {"Content-Type": "text/html"}, status=413, code="too_large"),
    ]


def cases() -> list[Case]:
    post = "/api/summary"
    ok = {"status": 200, "code": None}
    table = [
        Case("json-malformed", "POST", post, b"{not json", {"Content-Type": "application/json"}),
        Case("json-truncated", "POST", post, b'{"html": "<p>', {"Content-Type": "application/json"}),
        Case("json-array", "POST", post, **_json(["<p>x</p>"])),
        Case("json-string", "POST", post, **_json("<p>x</p>")),
        Case("json-null", "POST", post, **_json(None)),
        Case("json-number", "POST", post, **_json(42)),
        Case("json-deeply-nested", "POST", post, b"[" * 100_000 + b"]" * 100_000,
             {"Content-Type": "application/json"}),
        Case("json-invalid-utf8", "POST", post, b'{"html": "\xff\xfe\xfa"}',
             {"Content-Type": "application/json"}),
        Case("html-missing", "POST", post, **_json({"url": "https://example.org/"})),
        Case("html-null", "POST", post, **_json({"html": None})),
        Case("html-number", "POST", post, **_json({"html": 12})),
        Case("html-object", "POST", post, **_json({"html": {"a": 1}})),
        Case("html-empty", "POST", post, **_json({"html": ""})),
        Case("html-whitespace", "POST", post, **_json({"html": " \n\t "})),
        Case("url-number", "POST", post, **_json({"html": _page(STORY), "url": 5})),
        Case("length-number", "POST", post, **_json({"html": _page(STORY), "length": 3})),
        Case("length-unknown", "POST", post, **_json({"html": _page(STORY), "length": "xl"})),
        Case("include-text-string", "POST", post,
             **_json({"html": _page(STORY), "include_text": "yes"})),
        Case("unknown-field", "POST", post, **_json({"html": _page(STORY), "lenght": "short"})),
        Case("format-unknown", "POST", post, **_json({"html": _page(STORY), "format": "pdf"})),
        Case("summarizer-unknown", "POST", post,
             **_json({"html": _page(STORY), "summarizer": "gpt"})),
        Case("pdf-as-html", "POST", post, **_html(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"),
             status=415, code="unsupported_media_type"),
        Case("png-as-html", "POST", post, **_html(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64),
             status=415, code="unsupported_media_type"),
        Case("gzip-as-html", "POST", post, **_html(gzip.compress(_page(STORY).encode())),
             status=415, code="unsupported_media_type"),
        Case("binary-nuls", "POST", post, **_html(bytes(range(256)) * 40),
             status=415, code="unsupported_media_type"),
        Case("image-content-type", "POST", post, b"GIF89a...", {"Content-Type": "image/gif"},
             status=415, code="unsupported_media_type"),
        Case("octet-stream", "POST", post, _page(STORY).encode(),
             {"Content-Type": "application/octet-stream"}, status=415,
             code="unsupported_media_type"),
        Case("no-content-type", "POST", post, _page(STORY).encode(), {}, status=415,
             code="unsupported_media_type"),
        Case("form-urlencoded", "POST", post, b"html=%3Cp%3Ex", {
             "Content-Type": "application/x-www-form-urlencoded"}, status=415,
             code="unsupported_media_type"),
        Case("empty-html-body", "POST", post, **_html(b"")),
        Case("over-5-mib", "POST", post, **_html(_page("<p>" + "word " * (6 * MiB // 5) + "</p>")),
             status=413, code="too_large"),
        Case("over-5-mib-json", "POST", post,
             **_json({"html": _page("<p>" + "word " * (6 * MiB // 5) + "</p>")}),
             status=413, code="too_large"),
        Case("unknown-charset", "POST", post, **_html(_page(STORY), "x-no-such-charset"), **ok),
        Case("invalid-utf8-bytes", "POST", post,
             **_html(_page(STORY).encode() + b"<p>\xff\xfe broken \xc3\x28 bytes</p>", "utf-8"),
             **ok),
        Case("control-characters", "POST", post,
             **_html(_page(STORY.replace("council", "coun\x01cil\x7f").replace("parks", "par\x00ks"))),
             **ok),
        Case("nested-100k-divs", "POST", post,
             **_html(_page("<div>" * 100_000 + STORY + "</div>" * 100_000)), **ok),
        Case("links-200k", "POST", post, **_html(_page(
             STORY + "<ul>" + "".join(f"<li><a href='/{i}'>link {i}</a></li>"
                                     for i in range(120_000)) + "</ul>")), **ok),
        Case("sentences-20k", "POST", post, **_html(_page("".join(
             f"<p>Item {i} of the report notes a change in the budget. It was approved.</p>"
             for i in range(10_000)))), **ok),
        Case("one-giant-paragraph", "POST", post,
             **_html(_page("<p>" + "blah " * 800_000 + "</p>")), status=422, code="not_an_article"),
        Case("nav-only", "POST", post, **_html(
             "<html><body><nav><a href='/'>Home</a> <a href='/a'>World</a></nav></body></html>"),
             status=422, code="not_an_article"),
        Case("get-without-url", "GET", "/api/summary"),
        Case("get-file-url", "GET", "/api/summary?url=file:///etc/passwd", code="url_refused"),
        Case("get-loopback-url", "GET", "/api/summary?url=http://127.0.0.1:1/",
             code="url_refused"),
        Case("get-bad-include-text", "GET", "/api/summary?url=http://x.test/&include_text=maybe"),
        Case("wrong-method", "DELETE", post, status=405, code="method_not_allowed"),
        Case("unknown-path", "GET", "/api/nothing", status=404, code="not_found"),
        Case("foreign-host", "GET", "/healthz", headers={"Host": "evil.example"},
             code="host_refused"),
        Case("rebinding-host-with-port", "POST", post, headers={"Host": "attacker.test:8765",
             "Content-Type": "text/html"}, body=_page(STORY).encode(), code="host_refused"),
        *_hostile_cases(post),
    ]
    return table


if __name__ == "__main__":
    for case in cases():
        print(f"{case.id:28} {case.method:6} {case.path[:40]:40} {len(case.body):>9} B "
              f"-> {case.status} {case.code or ''}")
