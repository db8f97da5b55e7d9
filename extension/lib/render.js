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
    container.classList.remove("pith-reloading");
  }

  /* The day the story was published, as the page wrote it (its own calendar day, not moved
   * into the reader's time zone), else the day it was updated: the points' "Tuesday" and
   * "this month" count from it. */
  function storyDate(summary) {
    var day = /^(\d{4})-(\d{2})-(\d{2})/.exec(summary.published || summary.modified || "");
    if (!day) return "";
    var text = new Date(Date.UTC(+day[1], +day[2] - 1, +day[3])).toLocaleDateString(undefined, {
      year: "numeric", month: "short", day: "numeric", timeZone: "UTC"
    });
    return summary.published ? text : "updated " + text;
  }

  function metaLine(summary) {
    var parts = [];
    if (summary.site_name) parts.push(summary.site_name);
    if (summary.byline) parts.push("by " + summary.byline);
    var date = storyDate(summary);
    if (date) parts.push(date.replace(/ /g, "\u00a0"));  // short items never break apart
    var minutes = summary.stats && summary.stats.reading_minutes;
    if (minutes) parts.push(minutes + "\u00a0min\u00a0read");
    return parts.join(" · ");
  }

  /* While the first answer is awaited: a spinner. While a new answer replaces one shown (a
   * length switch, Try again): the old content stays in place, dimmed and inert, so the
   * popup keeps its size, and a spinner sits over it. */
  function renderLoading(container, message) {
    message = message || "Reading the page…";
    if (container.querySelector(".pith-summary, .pith-error")) {
      var note = container.querySelector(".pith-reloading-note");
      if (!note) {
        note = el("div", { className: "pith-reloading-note", role: "status" },
          el("span", null, el("span", { className: "pith-spinner", "aria-hidden": "true" }), el("span")));
        container.insertBefore(note, container.firstChild);
      }
      note.firstChild.lastChild.textContent = message;
      container.classList.add("pith-reloading");
      container.setAttribute("aria-busy", "true");
      return;
    }
    clear(container);
    container.setAttribute("aria-busy", "true");
    container.appendChild(el("div", { className: "pith-loading", role: "status" },
      el("span", { className: "pith-spinner", "aria-hidden": "true" }),
      el("span", { text: message })));
  }

  /* options.onPoint(point, index, button): a key point was activated.
   * options.note: a line shown above the title (e.g. "Summary of your selection"). */
  function renderSummary(container, summary, options) {
    options = options || {};
    clear(container);
    var article = el("article", { className: "pith-summary", "aria-label": "Summary", tabindex: "-1" });
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
    // A point from a list or an explainer is shown under its section's heading ("Cornerback",
    // "WHO IS THE FRONT-RUNNER?"): one numbered list for each run of points that share one,
    // the heading above it, the numbering going on across them.
    var list = null, section;
    (summary.key_points || []).forEach(function (point, index) {
      if (!list || (point.section || null) !== section) {
        section = point.section || null;
        if (section) article.appendChild(el("h3", { className: "pith-point-section" }, section));
        list = el("ol", { className: "pith-points", start: index > 0 ? index + 1 : null });
        article.appendChild(list);
      }
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
    container.appendChild(article);
    return article;
  }

  /* What to tell a reader for each error code: every code the service can return (its
   * OpenAPI document lists them; a test holds this table to that list) and the ones the
   * popup and the reader raise themselves. The service's own message says what is wrong;
   * the hint says what to do about it. */
  var RETRY_SMALLER = "Select the article’s text and summarise just the selection.";
  var WRONG_SERVICE = "Check the service URL: it may point at another program, or at an older Pith.";
  var MESSAGES = {
    // Raised by the popup and the reader.
    service_unreachable: {
      title: "Pith’s service isn’t running",
      hint: "Start it with the command below, then try again. To have it start whenever you log in, run: pith service install"
    },
    permission_denied: {
      title: "The browser blocked the connection to Pith",
      hint: "Allow this extension to reach the local service (127.0.0.1) when the browser asks, or in its site settings."
    },
    unsupported_page: {
      title: "Pith can’t read this page",
      hint: "Browser pages, the extension store and the PDF viewer can’t be summarised. Open a news article and try again."
    },
    capture_failed: { title: "Pith couldn’t read this tab", hint: "Reload the page and try again." },
    no_page: { title: "No page to summarise", hint: "Open an article and click the Pith bookmarklet there." },
    // Returned by the service (the ErrorCode list of /api/openapi.json), and its HTTP-level
    // answers, named after their status.
    bad_request: { title: "Pith didn’t understand the request", hint: "Reload the page and try again; if it keeps happening, please report it." },
    cross_site: {
      title: "Pith refused a request from another site",
      hint: "Pith answers only the extension, its own reader window and programs on this machine; use the extension or the bookmarklet."
    },
    loop_detected: {
      title: "That address is this Pith service",
      hint: "Pith does not summarise itself: give it the address of an article."
    },
    host_refused: {
      title: "Pith refused this address",
      hint: "Use http://127.0.0.1 with the service’s port, or start the service with --allowed-host for this name."
    },
    unauthorized: {
      title: "Pith needs its access token",
      hint: "This service was started with --token: enter the same token in Pith’s options."
    },
    too_large: { title: "This page is too large", hint: RETRY_SMALLER },
    unsupported_media_type: { title: "This page isn’t HTML", hint: "Pith summarises web pages, not PDFs or images." },
    not_an_article: { title: "This doesn’t look like an article", hint: "Open the article itself, or select its text and summarise the selection." },
    unsupported_language: {
      title: "Pith can’t read this language yet",
      hint: "Pith summarises languages written with full stops; pages in other scripts can’t be summarised yet."
    },
    timeout: { title: "This page took too long", hint: RETRY_SMALLER },
    worker_failed: { title: "Pith gave up on this page", hint: RETRY_SMALLER },
    busy: { title: "Pith is busy", hint: "It is summarising other large pages; try again in a moment." },
    fetch_failed: { title: "The page couldn’t be fetched", hint: "Open it in the browser and summarise it from there." },
    url_refused: { title: "Pith won’t fetch that address", hint: "Open the page in the browser and summarise it from there." },
    internal_error: { title: "Pith failed on this page", hint: "Please report the page’s address; the service log has the details." },
    not_found: { title: "That isn’t a Pith service", hint: WRONG_SERVICE },
    method_not_allowed: { title: "That isn’t a Pith service", hint: WRONG_SERVICE }
  };

  /* error: {code, message?}. options.hint: advice in place of the code's own (where the way
   * out differs between the popup and the reader). options.command: shown as copyable text
   * (how to start Pith). options.extra: an element (a small form) before the actions.
   * options.actions: [{label, onClick}] buttons, the way out. */
  function renderError(container, error, options) {
    options = options || {};
    clear(container);
    var known = MESSAGES[error.code] || { title: "Something went wrong", hint: "" };
    var hint = options.hint !== undefined ? options.hint : known.hint;
    var box = el("div", { className: "pith-error", role: "alert" },
      el("h1", { className: "pith-error-title", text: known.title }));
    if (error.message) box.appendChild(el("p", { className: "pith-error-message", text: error.message }));
    if (hint) box.appendChild(el("p", { className: "pith-error-hint", text: hint }));
    if (options.command) {
      box.appendChild(el("pre", { className: "pith-command" }, el("code", { text: options.command })));
    }
    if (options.extra) box.appendChild(options.extra);
    (options.actions || []).forEach(function (action) {
      var button = el("button", { type: "button", className: "pith-action", text: action.label });
      button.addEventListener("click", action.onClick);
      box.appendChild(button);
    });
    container.appendChild(box);
    return box;
  }

  /* The command that starts the service at serviceUrl, as a user who installed the package
   * types it (`pith` is on PATH; there is no Makefile outside a checkout). */
  function startCommand(serviceUrl) {
    var url = new URL(serviceUrl);
    return "pith serve --port " + (url.port || (url.protocol === "https:" ? "443" : "80"));
  }

  /* Request headers for the service: JSON, and the access token when there is one. */
  function headers(token) {
    var result = { "Content-Type": "application/json" };
    if (token) result.Authorization = "Bearer " + token;
    return result;
  }

  var NOT_FOUND = "That sentence is no longer on the page (it may have changed since it was read).";

  /* A key point's highlight came back: mark the point when the page no longer holds its
   * sentence. Returns what the status line should say. */
  function markPoint(container, index, found) {
    var button = container.querySelector('.pith-point[data-index="' + Number(index) + '"]');
    if (button) button.classList.toggle("pith-not-found", !found);
    return found ? "" : NOT_FOUND;
  }

  /* Turn a fetch outcome into {code, message}: a network failure, or the service's JSON error. */
  function errorFromResponse(status, body) {
    if (body && body.error && body.error.code) return body.error;
    if (status === 413) return { code: "too_large" };
    return { code: "http_" + status, message: "The service answered with status " + status + "." };
  }

  var REQUEST_TIMEOUT_MS = 30000;

  /* POST body to serviceUrl's /api/summary: the summary's JSON, or its text when body.format
   * is given. controller: an AbortController, aborted when the caller asks again (the
   * promise then rejects with an AbortError, which the caller drops). Rejects with
   * {code, message} otherwise: the service's error, timeout, or service_unreachable. */
  async function askSummary(serviceUrl, headers, body, controller) {
    var timedOut = false;
    var timer = setTimeout(function () { timedOut = true; controller.abort(); }, REQUEST_TIMEOUT_MS);
    try {
      var response = await fetch(serviceUrl + "/api/summary", {
        method: "POST", headers: headers, body: JSON.stringify(body), signal: controller.signal
      });
      if (!response.ok) {
        var error = null;
        try { error = await response.json(); } catch (ignored) { error = null; }
        throw errorFromResponse(response.status, error);
      }
      return body.format ? await response.text() : await response.json();
    } catch (error) {
      if (error && error.code) throw error;
      if (timedOut) throw { code: "timeout", message: "The service took more than 30 seconds to answer." };
      if (error && error.name === "AbortError") throw error;
      throw { code: "service_unreachable", message: "No answer from " + serviceUrl + "." };
    } finally {
      clearTimeout(timer);
    }
  }

  var KEY_SETTLE_MS = 300;

  /* Wire the controls the popup and the reader page share: the length switch (#lengths),
   * Copy as Markdown (#copy) and the status line (#status), and the rounds of asking the
   * service that fill options.container.
   * options.onLength(): the length changed; at once for a click, and for arrow keys once
   * they settle, so stepping from Short to Long asks once.
   *
   * run(round) asks once more, and only the last round asked for is ever shown: asking
   * again aborts the round before it (its requests, the Markdown's too).
   *   round.message: the loading line;
   *   round.ask(controller, format): a promise of the summary's JSON (format undefined) or
   *     of its text in that format, the request aborted with controller;
   *   round.show(summary), round.fail({code, message}): the answer, or what went wrong.
   * Copy is enabled once the Markdown of the summary shown has arrived (the service caches
   * the summary it just made: its Markdown costs a lookup). */
  function bindControls(doc, options) {
    var status = doc.getElementById("status");
    var copyButton = doc.getElementById("copy");
    var lengths = doc.getElementById("lengths");
    var byKeyboard = false, settle = null;
    var current = null, markdown = null;
    function say(message) { status.textContent = message || ""; }
    function length() {
      var checked = doc.querySelector("input[name=length]:checked");
      return checked ? checked.value : "medium";
    }
    lengths.addEventListener("keydown", function () { byKeyboard = true; });
    lengths.addEventListener("pointerdown", function () { byKeyboard = false; });
    lengths.addEventListener("change", function () {
      copyButton.disabled = true;  // the summary shown is no longer the one asked for
      clearTimeout(settle);
      if (byKeyboard) settle = setTimeout(options.onLength, KEY_SETTLE_MS);
      else options.onLength();
    });
    copyButton.addEventListener("click", function () {
      Promise.resolve(markdown).then(function (text) {
        return navigator.clipboard.writeText(text);
      }).then(
        function () { say("Copied as Markdown."); },
        function () { say("The clipboard isn’t available here; select the text instead."); });
    });
    async function run(round) {
      if (current) current.abort();
      var controller = current = new AbortController();
      markdown = null;
      copyButton.disabled = true;
      say("");
      renderLoading(options.container, round.message);
      var summary;
      try {
        summary = await round.ask(controller);
      } catch (error) {
        if (controller === current) round.fail(error && error.code ? error : { code: "service_unreachable" });
        return;
      }
      if (controller !== current) return;
      round.show(summary);
      markdown = round.ask(controller, "markdown");
      markdown.then(function () {
        if (controller === current) copyButton.disabled = false;
      }, function () {});
    }
    return { say: say, length: length, copyButton: copyButton, run: run };
  }

  root.PithRender = {
    bindControls: bindControls,
    el: el,
    renderLoading: renderLoading,
    renderSummary: renderSummary,
    renderError: renderError,
    askSummary: askSummary,
    headers: headers,
    markPoint: markPoint,
    startCommand: startCommand,
    MESSAGES: MESSAGES
  };
})(globalThis);
