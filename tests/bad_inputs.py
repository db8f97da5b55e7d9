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


def _page(body: str) -> str:
    return f"<html><head><title>Budget</title></head><body><article>{body}</article></body></html>"


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
    ]
    return table


if __name__ == "__main__":
    for case in cases():
        print(f"{case.id:28} {case.method:6} {case.path[:40]:40} {len(case.body):>9} B "
              f"-> {case.status} {case.code or ''}")
