"""Highlight landing: does clicking a key point highlight exactly its sentence in the live page?

    python bench/highlight.py [--data ../shared/bench/extraction] [--ref REV] [--misses FILE]

Every page of the extraction benchmark (``--data``, kept outside the repository) is served
from 127.0.0.1 to Debian's Chromium (Playwright); nothing else is reachable (every other
request is aborted, scripts on the page run as they would). The page is captured with
``extension/lib/capture.js`` and summarised at length "long" by a Pith service running in
this process; then, for each key point, ``pithHighlight(point.text)`` runs in the page (as
the popup's click does) and the text the highlight covers is read back from the page's
``CSS.highlights`` (or its selection, where the code under test paints only that).

A point lands when the highlighted text equals the point's text, white space normalised
(runs folded to one space, invisible characters such as soft hyphens dropped as the
service's cleaner drops them; a highlight in several ranges is joined by one space where the
point has one). ``landed_ignoring_spaces`` compares with all white space removed: a point
spanning table cells is highlighted cell by cell, and Range.toString() puts no space
between cells where the service does. ``--ref REV`` takes highlight.js from that git revision (e.g. the commit
before the fix) to measure the "before" figure with the same pages, service and capture.
``--misses FILE`` writes every point that did not land, for explaining them. A point not
found whose text the page no longer holds at all (its own script replaced the article after
it was read) is counted as "gone": saying so is the right answer there.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.request import Request, urlopen

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "server"))
CHROMIUM = "/usr/bin/chromium"

# Whether the page's text still holds the sentence at all (white space and quotes aside).
STILL_THERE = """t => {
    const bare = s => s.replace(/[\\s\\u00ad\\u200b-\\u200d\\u2060\\ufeff]/g, '')
        .replace(/[\\u2018\\u2019]/g, "'").replace(/[\\u201c\\u201d]/g, '"');
    return bare(document.body.textContent).includes(bare(t));
}"""

READ_HIGHLIGHT = """() => {
    if (window.CSS && CSS.highlights && CSS.highlights.has('pith'))
        return [...CSS.highlights.get('pith')].map(r => r.toString());
    const s = getSelection();
    return s && s.rangeCount ? [s.toString()] : [];
}"""


INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff]")  # as pith.clean drops them


def squash(text: str) -> str:
    return " ".join(INVISIBLE.sub("", text).split())


def joined(pieces: list[str], point: str) -> str:
    """Pieces of a highlight in document order, with one space between two pieces where the
    point has white space at that place."""
    text = ""
    spaced = squash(point)
    for piece in pieces:
        piece = squash(piece)
        if text and piece:
            # Where does this piece start in the point, counted without white space?
            consumed = len(re.sub(r"\s+", "", text))
            at = _index_with_spaces(spaced, consumed)
            if at is not None and at < len(spaced) and spaced[at - 1:at] == " ":
                text += " "
        text += piece
    return text


def _index_with_spaces(spaced: str, count: int) -> int | None:
    seen = 0
    for i, ch in enumerate(spaced):
        if ch != " ":
            if seen == count:
                return i
            seen += 1
    return None


def serve_pages(pages: dict[str, bytes]):
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            body = pages.get(self.path.strip("/").split("?")[0])
            self.send_response(200 if body else 404)
            self.send_header("Content-Type", "text/html; charset=utf-8")  # as README says
            self.send_header("Content-Length", str(len(body or b"")))
            self.end_headers()
            self.wfile.write(body or b"")

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def start_service():
    from waitress import create_server

    from pith import create_app

    server = create_server(create_app(), host="127.0.0.1", port=0, threads=4)
    threading.Thread(target=server.run, daemon=True).start()
    return server, f"http://127.0.0.1:{server.effective_port}"


def summarise(service: str, capture: dict) -> dict | None:
    body = json.dumps({"html": capture["html"], "url": capture["url"], "length": "long"}).encode()
    request = Request(service + "/api/summary", data=body,
                      headers={"Content-Type": "application/json"})
    try:
        with urlopen(request, timeout=60) as response:
            return json.load(response)
    except Exception as error:  # a page Pith refuses (not an article, language) has no points
        print(f"  refused: {error}", file=sys.stderr)
        return None


def highlight_source(ref: str | None) -> str:
    if ref is None:
        return (ROOT / "extension" / "lib" / "highlight.js").read_text(encoding="utf-8")
    return subprocess.run(["git", "show", f"{ref}:extension/lib/highlight.js"], cwd=ROOT,
                          check=True, capture_output=True, text=True).stdout


def check_points(page, summary: dict, highlight_js: str, name: str, totals: dict,
                 misses: list) -> None:
    """Click (apply) every key point's highlight in ``page`` and count the landings."""
    totals["pages"] += 1
    page.add_script_tag(content=highlight_js + "\nwindow.pithHighlight = pithHighlight;")
    for point in summary["key_points"]:
        text = point["text"]
        page.evaluate("() => { CSS.highlights && CSS.highlights.clear();"
                      " getSelection().removeAllRanges(); }")
        result = page.evaluate("t => pithHighlight(t)", text) or {}
        pieces = page.evaluate(READ_HIGHLIGHT) if result.get("found") else []
        shown = joined(pieces, text)
        totals["points"] += 1
        if squash(shown) == squash(text):
            totals["landed"] += 1
        else:
            kind = "not found" if not result.get("found") else "partial or wrong"
            if kind == "not found" and not page.evaluate(STILL_THERE, text):
                kind = "gone"  # the page no longer holds the sentence: "not found" is right
            totals["not_found"] += kind == "not found"
            totals["gone"] += kind == "gone"
            misses.append({"page": name, "kind": kind, "point": text, "highlighted": pieces})
        if re.sub(r"\s+", "", squash("".join(pieces))) == re.sub(r"\s+", "", squash(text)):
            totals["landed_ignoring_spaces"] += 1


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "bench" / "extraction")
    parser.add_argument("--ref", help="git revision to take extension/lib/highlight.js from")
    parser.add_argument("--limit", type=int, default=0, help="only the first N pages")
    parser.add_argument("--misses", type=Path, help="write the points that did not land (JSON lines)")
    args = parser.parse_args(argv)

    from playwright.sync_api import sync_playwright

    files = sorted((args.data / "pages").glob("*.html.gz"))
    if args.limit:
        files = files[:args.limit]
    pages = {f.name.removesuffix(".html.gz"): gzip.decompress(f.read_bytes()) for f in files}
    capture_js = (ROOT / "extension" / "lib" / "capture.js").read_text(encoding="utf-8")
    highlight_js = highlight_source(args.ref)
    page_server, origin = serve_pages(pages)
    service_server, service = start_service()
    totals = {"points": 0, "landed": 0, "landed_ignoring_spaces": 0, "not_found": 0, "gone": 0,
              "pages": 0, "skipped": 0}
    misses = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True,
                                             args=["--no-sandbox", "--disable-gpu"])
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        context.route("**/*", lambda route: route.continue_()
                      if route.request.url.startswith(origin) else route.abort())
        context.set_default_timeout(30000)
        for name in pages:
            page = context.new_page()
            try:
                page.goto(f"{origin}/{name}", wait_until="domcontentloaded")
                page.wait_for_load_state("load", timeout=5000)
            except Exception as error:  # a page whose scripts keep it loading: read it as it is
                print(f"{name}: {type(error).__name__} while loading", file=sys.stderr)
            try:
                capture = page.evaluate(capture_js)
                summary = summarise(service, capture)
                if summary:
                    check_points(page, summary, highlight_js, name, totals, misses)
            except Exception as error:  # the page navigated itself away, or crashed
                print(f"{name}: skipped ({type(error).__name__}: {str(error)[:80]})", file=sys.stderr)
                totals["skipped"] += 1
            page.close()
        browser.close()
    page_server.shutdown()
    service_server.close()
    share = totals["landed"] / max(1, totals["points"])
    totals["share_of_points_still_on_the_page"] = round(
        totals["landed"] / max(1, totals["points"] - totals["gone"]), 4)
    print(json.dumps({**totals, "share": round(share, 4),
                      "highlight_js": args.ref or "working tree"}, indent=2))
    if args.misses:
        args.misses.write_text("".join(json.dumps(m, ensure_ascii=False) + "\n" for m in misses),
                               encoding="utf-8")


if __name__ == "__main__":
    main()
