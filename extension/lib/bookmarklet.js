/* Pith bookmarklet: the part that runs in the reader's page after capture.
 *
 * The service builds the bookmarklet from this file, capture.js and highlight.js (see
 * server/bookmarklet.py), defining ORIGIN (the service) and page (the capture) before it.
 * A strict Content-Security-Policy on the page would block a fetch to the service, so the page
 * goes to the service's reader window by postMessage instead; only that origin may receive it,
 * and only that window is listened to. If the window cannot be opened or never answers, the
 * page is sent with a form POST into a new window.
 */
var READER_URL = ORIGIN + "/reader";
var READER_NAME = "pith-reader";
var HANDSHAKE_MS = 4000;
var reader = window.open(READER_URL, READER_NAME, "width=520,height=760");
var delivered = false;

function pithPostForm() {
  var form = document.createElement("form");
  form.method = "POST";
  form.action = READER_URL;
  form.target = reader && !reader.closed ? READER_NAME : "_blank";
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

window.addEventListener("message", function (event) {
  if (event.origin !== ORIGIN || !reader || event.source !== reader) return;
  var data = event.data || {};
  if (data.type === "pith:ready" && !delivered) {
    delivered = true;
    reader.postMessage({ type: "pith:page", page: page }, ORIGIN);
  } else if (data.type === "pith:highlight" && typeof data.text === "string") {
    var result = pithHighlight(data.text);
    reader.postMessage({ type: "pith:highlighted", index: data.index, found: result.found }, ORIGIN);
  }
});

if (!reader) {
  pithPostForm();
} else {
  setTimeout(function () { if (!delivered) pithPostForm(); }, HANDSHAKE_MS);
}
