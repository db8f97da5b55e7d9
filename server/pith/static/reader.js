/* The reader page opened by the bookmarklet. It takes the page from the window that opened
 * it (postMessage, checked against window.opener and the page's own URL), or from the form
 * POST the service embedded (summarised when the user clicks), and renders with the shared
 * module. */
(function () {
  "use strict";
  var R = globalThis.PithRender;
  var content = document.getElementById("content");
  var state = { page: null, pageOrigin: null, summary: null };
  var controls = R.bindControls(document, {
    onLength: function () { if (state.page) summarise(); },
    summary: function () { return state.summary; }
  });
  var say = controls.say;
  var copyButton = controls.copyButton;

  function validPage(page, origin) {
    if (!page || typeof page.html !== "string" || typeof page.url !== "string") return false;
    try { return new URL(page.url).origin === origin; } catch (error) { return false; }
  }

  function show(summary) {
    state.summary = summary;
    var canHighlight = Boolean(window.opener && state.pageOrigin);
    R.renderSummary(content, summary, { onPoint: canHighlight ? highlight : null });
    copyButton.disabled = false;
    document.title = (summary.title || "Summary") + " · Pith";
  }

  function highlight(point, index) {
    say("");
    window.opener.postMessage({ type: "pith:highlight", text: point.text, index: index }, state.pageOrigin);
  }

  async function summarise() {
    R.renderLoading(content, "Summarising…");
    copyButton.disabled = true;
    var response, body = null;
    try {
      response = await fetch("/api/summary", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ html: state.page.html, url: state.page.url, length: controls.length() })
      });
      try { body = await response.json(); } catch (ignored) { body = null; }
    } catch (error) {
      R.renderError(content, { code: "service_unreachable" });
      return;
    }
    if (!response.ok) {
      R.renderError(content, R.errorFromResponse(response.status, body));
      return;
    }
    show(body);
  }

  window.addEventListener("message", function (event) {
    if (!window.opener || event.source !== window.opener) return;
    var data = event.data || {};
    if (data.type === "pith:page" && !state.page && validPage(data.page, event.origin)) {
      state.page = data.page;
      state.pageOrigin = event.origin;
      summarise();
    } else if (data.type === "pith:highlighted" && event.origin === state.pageOrigin) {
      say(data.found ? "" : "That sentence couldn’t be found on the page.");
    }
  });

  // A page posted by the bookmarklet's form fallback: a web page can post that form too, so
  // nothing is summarised until the user asks for it here.
  function offer(page) {
    state.page = page;
    content.textContent = "";
    var from = document.createElement("p");
    from.textContent = "Summarise " + (page.title || "the page") + (page.url ? " (" + page.url + ")" : "") + "?";
    var button = document.createElement("button");
    button.type = "button";
    button.className = "pith-button";
    button.id = "summarise";
    button.textContent = "Summarise";
    button.addEventListener("click", summarise);
    content.appendChild(from);
    content.appendChild(button);
  }

  var embedded = document.getElementById("pith-result");
  if (embedded) {
    var result = JSON.parse(embedded.textContent);
    if (result.page) offer(result.page);
    else R.renderError(content, result.error);
  } else if (window.opener) {
    R.renderLoading(content, "Waiting for the page…");
    window.opener.postMessage({ type: "pith:ready" }, "*");  // carries nothing: any origin may see it
  } else {
    R.renderError(content, { code: "no_page", message: "Open this window with the Pith bookmarklet from an article." });
  }
})();
