/* Pith bookmarklet: the part that runs in the reader's page after capture.
 *
 * The service builds the bookmarklet from this file, capture.js and highlight.js (see
 * server/pith/bookmarklet.py), defining ORIGIN (the service) and page (the capture) before it.
 *
 * The page never connects to the service itself (its Content-Security-Policy may forbid it,
 * and the service serves web pages no API). Instead:
 * 1. An empty window opens first: same-origin, so it opens whatever the page's policies.
 * 2. The page goes to the reader by a form POST into that window. A navigation is allowed
 *    where connections are not, and it reaches the reader even when the page's
 *    Cross-Origin-Opener-Policy puts the reader in another browsing context group (then the
 *    reader cannot reach back, and says highlighting is off). One window, whatever happens.
 * 3. A page whose policy forbids that form (form-action) gets the reader by URL instead, and
 *    hands it the page by postMessage; only the reader's origin may receive it.
 * 4. Key points come back as postMessage requests from the reader window only.
 * 5. If the reader never says hello once its window has left about:blank, the service is not
 *    running: the window is brought back to about:blank and Pith says how to start it.
 */
var READER_URL = ORIGIN + "/reader";
var READER_NAME = "pith-reader";
var READY_MS = 2500;
var FORM_MS = 3000;
var POLL_MS = 100;
var reader = window.open("", READER_NAME, "width=520,height=760");
var hello = false;
var byMessage = false;

function pithWrite(title, lines) {
  var doc;
  try { doc = reader.document; } catch (ignored) { return false; }
  if (!doc || !doc.body) return false;
  doc.title = "Pith";
  while (doc.body.firstChild) doc.body.removeChild(doc.body.firstChild);
  doc.body.style.cssText = "font:15px/1.5 system-ui,sans-serif;margin:1.25rem;color:#1d1d1f;background:#fff";
  var heading = doc.createElement("h1");
  heading.style.cssText = "font-size:1.1rem;margin:0 0 .6rem";
  heading.textContent = title;
  doc.body.appendChild(heading);
  lines.forEach(function (line) {
    var p = doc.createElement(line.code ? "pre" : "p");
    p.style.cssText = line.code ? "background:#f4f6f4;padding:.5rem .6rem;white-space:pre-wrap" : "margin:0 0 .6rem";
    p.textContent = line.text;
    doc.body.appendChild(p);
  });
  return true;
}

function pithPostForm() {
  var form = document.createElement("form");
  form.method = "POST";
  form.action = READER_URL;
  form.target = READER_NAME;
  form.acceptCharset = "utf-8";
  ["html", "url", "title"].forEach(function (name) {
    var input = document.createElement("input");
    input.type = "hidden";
    input.name = name;
    input.value = page[name];
    form.appendChild(input);
  });
  (document.body || document.documentElement).appendChild(form);
  form.submit();
  form.parentNode.removeChild(form);
}

function pithByMessage() {
  if (byMessage) return;
  byMessage = true;
  reader.location.href = READER_URL;
}

function pithServiceDown() {
  var port = new URL(ORIGIN).port || "80";
  reader.location.href = "about:blank";
  var tries = 0;
  var timer = setInterval(function () {
    tries += 1;
    var shown = pithWrite("Pith’s service isn’t running", [
      { text: "Nothing answered at " + ORIGIN + ". Start it with:" },
      { text: "pith serve --port " + port, code: true },
      { text: "then click the bookmarklet again. To have it start whenever you log in, run: pith service install" }
    ]);
    if (shown || tries > 50) clearInterval(timer);
  }, POLL_MS);
}

function pithWatch() {
  var started = Date.now();
  var left = 0;
  var timer = setInterval(function () {
    if (hello || reader.closed) { clearInterval(timer); return; }
    if (!left) {
      try { if (reader.location.href === "about:blank") { /* still our empty window */ } } catch (e) { left = Date.now(); }
    }
    if (!left && Date.now() - started > FORM_MS) {
      started = Date.now();
      pithByMessage();
    } else if (left && Date.now() - left > READY_MS) {
      clearInterval(timer);
      pithServiceDown();
    }
  }, POLL_MS);
}

window.addEventListener("message", function (event) {
  if (event.origin !== ORIGIN || !reader || event.source !== reader) return;
  var data = event.data || {};
  if (data.type === "pith:ready") {
    hello = true;
    if (!data.has) reader.postMessage({ type: "pith:page", page: page }, ORIGIN);
  } else if (data.type === "pith:highlight" && typeof data.text === "string") {
    var result = pithHighlight(data.text);
    reader.postMessage({ type: "pith:highlighted", index: data.index, found: result.found }, ORIGIN);
  }
});

document.addEventListener("securitypolicyviolation", function (event) {
  var directive = event.effectiveDirective || event.violatedDirective || "";
  var ours = (event.blockedURI || "").indexOf(ORIGIN) === 0;
  if (reader && ours && directive.indexOf("form-action") === 0) pithByMessage();
});

if (!reader) {
  window.alert("Pith opens its reader in a new window: allow pop-ups for this site, then click the bookmarklet again.");
} else {
  pithWrite("Pith", [{ text: "Opening the reader…" }]);
  pithPostForm();
  pithWatch();
  reader.focus();
}
