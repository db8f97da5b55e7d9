"""Click-to-points latency of the extension popup, in Chromium, on the public pages.

    python bench/popup_latency.py [--data ../shared/bench/extraction] [--compare REV | --ref REV]

The extension (the working tree, or ``--ref REV`` from git; with ``--compare REV`` both, in
turn page by page, each with its own browser and service, so a change in the machine's load
hits both alike) is copied to a temporary folder and a probe script is added to its popup page, before the
popup's own scripts. The probe wraps ``chrome.scripting.executeScript`` and ``fetch`` and
watches the DOM, so the same four phases are timed in any version of the popup, from the
popup page's navigation start (performance.now() = 0, what a toolbar click starts):

- popup start: until the popup asks for the capture (page load, scripts, settings, tab);
- capture: the capture injection, until its result is back;
- HTTP: from there until the response to the summary request arrives (request built,
  service summarises, headers back);
- render: from there until the first key point is on screen (body read, DOM built, the
  next animation frame).

Each page of the extraction benchmark (``--data``, outside the repository) is served from
127.0.0.1 (other requests are aborted), opened in a tab, and the popup page is opened for it
(Playwright cannot click the toolbar button: ``popup.html?tabId=N``, which the context menu
also opens). The service is ``pith serve`` in a process of its own, warmed on ``--warmup``
pages that are not counted, and each counted page is summarised once (no cache hit).
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "server")]

from bench.highlight import serve_pages  # noqa: E402
from bench.load import start_pith_serve  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
PHASES = ("popup_start", "capture", "http", "render", "total")
# A reader clicks once the page is up, not during its load: let its scripts settle first.
SETTLE_MS = 1000

PROBE = """(function () {
  "use strict";
  var marks = window.__pithBench = {};
  function now() { return performance.now(); }
  var inject = chrome.scripting.executeScript.bind(chrome.scripting);
  chrome.scripting.executeScript = function (details) {
    var capture = Boolean(details.files);
    if (capture && marks.captureStart === undefined) marks.captureStart = now();
    var result = inject(details);
    if (capture) result.then(function () { if (marks.captureEnd === undefined) marks.captureEnd = now(); });
    return result;
  };
  var realFetch = window.fetch;
  window.fetch = function (url, init) {
    var summary = /\\/api\\/summary/.test(String(url)) &&
      !/"format":"markdown"/.test(String(init && init.body));
    var result = realFetch.apply(this, arguments);
    if (summary) result.then(function () { if (marks.httpEnd === undefined) marks.httpEnd = now(); });
    return result;
  };
  new MutationObserver(function (records, observer) {
    if (!document.querySelector(".pith-point")) return;
    observer.disconnect();
    requestAnimationFrame(function () { setTimeout(function () { marks.painted = now(); }, 0); });
  }).observe(document.documentElement, { childList: true, subtree: true });
})();
"""


def pct(values, q):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q / 100 * (len(values) - 1))))]


def extension_copy(ref: str | None, folder: Path) -> Path:
    """The extension at ``ref`` (or the working tree) in ``folder``, with the probe."""
    folder.mkdir(parents=True)
    if ref:
        archive = subprocess.run(["git", "archive", ref, "manifest.json", "extension"], cwd=ROOT,
                                 check=True, capture_output=True).stdout
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(folder, filter="data")
    else:
        shutil.copy(ROOT / "manifest.json", folder / "manifest.json")
        shutil.copytree(ROOT / "extension", folder / "extension")
    (folder / "extension" / "bench-probe.js").write_text(PROBE, encoding="utf-8")
    popup = folder / "extension" / "popup.html"
    html = popup.read_text(encoding="utf-8")
    first_script = html.index("<script ")
    popup.write_text(html[:first_script] + '<script src="bench-probe.js"></script>\n'
                     + html[first_script:], encoding="utf-8")
    return folder


def start_service() -> tuple[subprocess.Popen, str]:
    process, port = start_pith_serve()
    return process, f"http://127.0.0.1:{port}"


def measure(context, extension_id: str, url: str) -> dict | None:
    article = context.new_page()
    try:
        article.goto(url, wait_until="domcontentloaded")
        article.wait_for_load_state("load", timeout=5000)
    except Exception:
        pass  # a page whose scripts keep it loading: the popup reads it as it is
    article.wait_for_timeout(SETTLE_MS)
    helper = context.new_page()
    helper.goto(f"chrome-extension://{extension_id}/extension/options.html")
    # Found by the address it was opened at: some pages rewrite theirs (history.pushState).
    tab_id = helper.evaluate("""url => chrome.tabs.query({}).then(ts => {
        const tab = ts.find(t => (t.url || '').startsWith(url)); return tab ? tab.id : null; })""",
                             url)
    helper.close()
    if tab_id is None:
        article.close()
        return None
    popup = context.new_page()
    popup.goto(f"chrome-extension://{extension_id}/extension/popup.html?tabId={tab_id}&mode=page")
    marks = None
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        marks = popup.evaluate("() => window.__pithBench")
        if marks.get("painted") is not None or popup.locator(".pith-error").count():
            break
        time.sleep(0.02)
    popup.wait_for_timeout(150)  # let the popup's follow-up (the Markdown) finish before closing
    popup.close()
    article.close()
    if not marks or marks.get("painted") is None:
        return None
    return {
        "popup_start": marks["captureStart"],
        "capture": marks["captureEnd"] - marks["captureStart"],
        "http": marks["httpEnd"] - marks["captureEnd"],
        "render": marks["painted"] - marks["httpEnd"],
        "total": marks["painted"],
    }


def open_variant(playwright, temp: Path, label: str, ref: str | None, allowed: tuple[str, ...]):
    """One version of the extension in a Chromium of its own, with a ``pith serve`` of its own
    (so no version finds a page in the other's cache)."""
    service, service_url = start_service()
    extension = extension_copy(ref, temp / f"ext-{label}")
    context = playwright.chromium.launch_persistent_context(
        str(temp / f"profile-{label}"), executable_path=CHROMIUM, headless=True,
        args=[f"--disable-extensions-except={extension}", f"--load-extension={extension}",
              "--no-sandbox", "--disable-gpu", "--no-first-run",
              "--disable-background-networking", "--disable-component-update", "--disable-sync"])
    context.route(lambda url: url.startswith(("http:", "https:"))
                  and not url.startswith((*allowed, service_url)),
                  lambda route: route.abort())
    worker = (context.service_workers[0] if context.service_workers
              else context.wait_for_event("serviceworker"))
    extension_id = worker.url.split("/")[2]
    options = context.new_page()
    options.goto(f"chrome-extension://{extension_id}/extension/options.html")
    options.evaluate("url => chrome.storage.sync.set({serviceUrl: url, length: 'medium'})",
                     service_url)
    options.close()
    return {"label": label, "ref": ref, "service": service, "context": context,
            "extension_id": extension_id, "rows": []}


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "bench" / "extraction")
    parser.add_argument("--ref", help="git revision of the extension to measure (default: working tree)")
    parser.add_argument("--compare", metavar="REV",
                        help="also measure the extension at REV, page by page in turn with the "
                             "working tree (fair on a machine whose load changes)")
    parser.add_argument("--warmup", type=int, default=3, help="pages summarised first, not counted")
    parser.add_argument("--limit", type=int, default=0, help="only the first N pages")
    parser.add_argument("--json", type=Path, help="write every page's phases here")
    args = parser.parse_args(argv)

    from playwright.sync_api import sync_playwright

    files = sorted((args.data / "pages").glob("*.html.gz"))
    if args.limit:
        files = files[:args.limit + args.warmup]
    pages = {f.name.removesuffix(".html.gz"): gzip.decompress(f.read_bytes()) for f in files}
    page_server, origin = serve_pages(pages)
    wanted = [("before", args.compare), ("after", None)] if args.compare else [
        (args.ref or "working tree", args.ref)]
    variants = []
    try:
        with tempfile.TemporaryDirectory() as temp, sync_playwright() as playwright:
            variants = [open_variant(playwright, Path(temp), label, ref, (origin,))
                        for label, ref in wanted]
            for index, name in enumerate(pages):
                # Alternate which version goes first, so neither always meets a busier moment.
                for variant in (variants if index % 2 == 0 else variants[::-1]):
                    try:
                        row = measure(variant["context"], variant["extension_id"], f"{origin}/{name}")
                    except Exception as error:  # the page navigated away or crashed its tab
                        print(f"{name}: skipped ({type(error).__name__})", file=sys.stderr)
                        row = None
                    if index < args.warmup:
                        continue
                    if row is None:
                        print(f"{variant['label']} {name}: no key points", file=sys.stderr)
                        continue
                    variant["rows"].append({"page": name, **row})
            for variant in variants:
                variant["context"].close()
    finally:
        for variant in variants:
            variant["service"].terminate()
            variant["service"].wait(10)
        page_server.shutdown()

    report = {}
    for variant in variants:
        rows = variant["rows"]
        report[variant["label"]] = {
            "extension": variant["ref"] or "working tree", "pages": len(rows),
            "ms": {phase: {"median": round(statistics.median(r[phase] for r in rows), 1),
                           "p90": round(pct([r[phase] for r in rows], 90), 1)} for phase in PHASES}}
    print(json.dumps(report, indent=2))
    if args.json:
        args.json.write_text(json.dumps({v["label"]: v["rows"] for v in variants}, indent=1),
                             encoding="utf-8")


if __name__ == "__main__":
    main()
