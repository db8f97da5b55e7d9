/* Pith rendering: one module for the extension popup and the service's reader page.
 *
 * Everything from the service or the page is inserted with textContent, never as HTML.
 * Exposes globalThis.PithRender.
 */
(function (root) {
  "use strict";

  function el(tag, attributes) {
    var node = document.createElement(tag);
    var names = Object.keys(attributes || {});
    for (var i = 0; i < names.length; i++) {
      var name = names[i], value = attributes[name];
      if (value === null || value === undefined || value === false) continue;
      if (name === "text") node.textContent = value;
      else if (name === "className") node.className = value;
      else node.setAttribute(name, value === true ? "" : String(value));
    }
    for (var j = 2; j < arguments.length; j++) {
      var child = arguments[j];
      if (child === null || child === undefined || child === false) continue;
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    }
    return node;
  }

  function clear(container) {
    while (container.firstChild) container.removeChild(container.firstChild);
    container.removeAttribute("aria-busy");
  }

  function metaLine(summary) {
    var parts = [];
    if (summary.site_name) parts.push(summary.site_name);
    if (summary.byline) parts.push("by " + summary.byline);
    var minutes = summary.stats && summary.stats.reading_minutes;
    if (minutes) parts.push(minutes + " min read");
    return parts.join(" · ");
  }

  function renderLoading(container, message) {
    clear(container);
    container.setAttribute("aria-busy", "true");
    container.appendChild(el("div", { className: "pith-loading", role: "status" },
      el("span", { className: "pith-spinner", "aria-hidden": "true" }),
      el("span", { text: message || "Reading the page…" })));
  }

  /* options.onPoint(point, index, button): a key point was activated.
   * options.note: a line shown above the title (e.g. "Summary of your selection"). */
  function renderSummary(container, summary, options) {
    options = options || {};
    clear(container);
    var article = el("article", { className: "pith-summary", "aria-label": "Summary" });
    if (options.note) article.appendChild(el("p", { className: "pith-note", text: options.note }));
    if (summary.readerable === false) {
      article.appendChild(el("p", { className: "pith-note", role: "note",
        text: "This page may not be an article, so these points may miss what matters." }));
    }
    article.appendChild(el("h1", { className: "pith-title", text: summary.title || "Untitled page" }));
    var meta = metaLine(summary);
    if (meta) article.appendChild(el("p", { className: "pith-meta", text: meta }));
    if (summary.tldr) {
      article.appendChild(el("p", { className: "pith-tldr" },
        el("strong", { text: "TL;DR " }), el("span", { text: summary.tldr })));
    }
    article.appendChild(el("h2", { className: "pith-points-heading", text: "Key points" }));
    var list = el("ol", { className: "pith-points" });
    (summary.key_points || []).forEach(function (point, index) {
      var button = el("button", {
        type: "button", className: "pith-point",
        title: options.onPoint ? "Show this sentence on the page" : null,
        "data-index": index
      }, point.text);
      if (options.onPoint) {
        button.addEventListener("click", function () { options.onPoint(point, index, button); });
      } else {
        button.disabled = true;
      }
      list.appendChild(el("li", null, button));
    });
    article.appendChild(list);
    container.appendChild(article);
    return article;
  }

  var MESSAGES = {
    service_unreachable: {
      title: "Pith’s service isn’t running",
      hint: "Start it in the Pith folder with the command below, then try again."
    },
    permission_denied: {
      title: "The browser blocked the connection to Pith",
      hint: "Allow this extension to reach the local service (127.0.0.1) when the browser asks, or in its site settings."
    },
    unsupported_page: {
      title: "Pith can’t read this page",
      hint: "Browser pages, the extension store and the PDF viewer can’t be summarised. Open a news article and try again."
    },
    unauthorized: {
      title: "Pith needs its access token",
      hint: "This service was started with --token: enter the same token in Pith’s options."
    },
    unsupported_language: { title: "Pith can’t read this language yet", hint: "" },
    busy: { title: "Pith is busy", hint: "It is summarising other large pages; try again in a moment." },
    timeout: { title: "This page took too long", hint: "Select the article’s text and choose “Summarise selection”." },
    too_large: { title: "This page is too large", hint: "Select the article’s text and choose “Summarise selection”." },
    not_an_article: { title: "This doesn’t look like an article", hint: "Open the article itself, or select its text and summarise the selection." },
    unsupported_media_type: { title: "This page isn’t HTML", hint: "Pith summarises web pages, not PDFs or images." },
    fetch_failed: { title: "The page couldn’t be fetched", hint: "Open it in the browser and summarise it from there." },
    capture_failed: { title: "Pith couldn’t read this tab", hint: "Reload the page and try again." }
  };

  /* error: {code, message?}. options.command: shown as copyable text (how to start Pith).
   * options.actions: [{label, onClick}] buttons, the way out. */
  function renderError(container, error, options) {
    options = options || {};
    clear(container);
    var known = MESSAGES[error.code] || { title: "Something went wrong", hint: "" };
    var box = el("div", { className: "pith-error", role: "alert" },
      el("h1", { className: "pith-error-title", text: known.title }));
    if (error.message) box.appendChild(el("p", { className: "pith-error-message", text: error.message }));
    if (known.hint) box.appendChild(el("p", { className: "pith-error-hint", text: known.hint }));
    if (options.command) {
      box.appendChild(el("pre", { className: "pith-command" }, el("code", { text: options.command })));
    }
    (options.actions || []).forEach(function (action) {
      var button = el("button", { type: "button", className: "pith-action", text: action.label });
      button.addEventListener("click", action.onClick);
      box.appendChild(button);
    });
    container.appendChild(box);
    return box;
  }

  function escapeMarkdown(text) {
    return String(text).replace(/([\\`*_\[\]<>#|])/g, "\\$1");
  }

  function toMarkdown(summary) {
    var lines = ["# " + escapeMarkdown(summary.title || "Summary"), ""];
    var meta = metaLine(summary);
    if (meta) lines.push("*" + escapeMarkdown(meta) + "*", "");
    if (summary.tldr) lines.push("**TL;DR:** " + escapeMarkdown(summary.tldr), "");
    lines.push("## Key points", "");
    (summary.key_points || []).forEach(function (point) { lines.push("- " + escapeMarkdown(point.text)); });
    if (summary.url) lines.push("", "[Read the article](" + String(summary.url).replace(/\)/g, "%29") + ")");
    return lines.join("\n") + "\n";
  }

  /* Turn a fetch outcome into {code, message}: a network failure, or the service's JSON error. */
  function errorFromResponse(status, body) {
    if (body && body.error && body.error.code) return body.error;
    if (status === 413) return { code: "too_large" };
    return { code: "http_" + status, message: "The service answered with status " + status + "." };
  }

  /* Wire the controls the popup and the reader page share: the length switch (#lengths),
   * Copy as Markdown (#copy) and the status line (#status).
   * options.onLength(): the length changed; options.summary(): the summary shown now. */
  function bindControls(doc, options) {
    var status = doc.getElementById("status");
    var copyButton = doc.getElementById("copy");
    function say(message) { status.textContent = message || ""; }
    function length() {
      var checked = doc.querySelector("input[name=length]:checked");
      return checked ? checked.value : "medium";
    }
    doc.getElementById("lengths").addEventListener("change", options.onLength);
    copyButton.addEventListener("click", function () {
      navigator.clipboard.writeText(toMarkdown(options.summary())).then(
        function () { say("Copied as Markdown."); },
        function () { say("The clipboard isn’t available here; select the text instead."); });
    });
    return { say: say, length: length, copyButton: copyButton };
  }

  root.PithRender = {
    bindControls: bindControls,
    el: el,
    renderLoading: renderLoading,
    renderSummary: renderSummary,
    renderError: renderError,
    toMarkdown: toMarkdown,
    errorFromResponse: errorFromResponse,
    MESSAGES: MESSAGES
  };
})(globalThis);
