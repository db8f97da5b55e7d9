/* The reader window the bookmarklet opens. The page arrives one of two ways: in the form
 * POST that opened this window (the service embeds it as #pith-page), or, where the page's
 * policy forbids that form, by postMessage from the window that opened this one (checked
 * against window.opener and the page's own URL). Either way this page asks /api/summary
 * itself, same-origin, with the access token the user gave it (kept in this origin's
 * localStorage, out of reach of the pages the bookmarklet runs on), and renders with the
 * shared module. Key points are highlighted in the page through window.opener, when the
 * page's Cross-Origin-Opener-Policy has not cut that link. */
(function () {
  "use strict";
  var R = globalThis.PithRender;
  var TOKEN_KEY = "pith.token";
  var content = document.getElementById("content");
  var state = { page: null, pageOrigin: null, summary: null, markdown: null, asked: 0, inFlight: null };
  var controls = R.bindControls(document, {
    onLength: function () { if (state.page) summarize(); },
    markdown: function () { return state.markdown; }
  });
  var say = controls.say;
  var copyButton = controls.copyButton;

  function token() {
    try { return localStorage.getItem(TOKEN_KEY) || ""; } catch (ignored) { return ""; }
  }

  function headers() {
    var result = { "Content-Type": "application/json" };
    if (token()) result.Authorization = "Bearer " + token();
    return result;
  }

  function validPage(page, origin) {
    if (!page || typeof page.html !== "string" || typeof page.url !== "string") return false;
    try { return !origin || new URL(page.url).origin === origin; } catch (error) { return false; }
  }

  function canHighlight() {
    return Boolean(window.opener && state.pageOrigin);
  }

  function highlight(point, index) {
    say("");
    window.opener.postMessage({ type: "pith:highlight", text: point.text, index: index }, state.pageOrigin);
  }

  /* The way out of an unauthorized answer: the token, typed once, kept for this origin. */
  function tokenForm() {
    var input = R.el("input", { type: "password", id: "token", autocomplete: "off", "aria-label": "Access token" });
    var save = R.el("button", { type: "button", className: "pith-action", text: "Save and try again" });
    function submit() {
      try { localStorage.setItem(TOKEN_KEY, input.value.trim()); } catch (ignored) {}
      summarize();
    }
    save.addEventListener("click", submit);
    input.addEventListener("keydown", function (event) { if (event.key === "Enter") submit(); });
    return R.el("p", { className: "pith-token" }, input, save);
  }

  function showError(error) {
    copyButton.disabled = true;
    var options = { actions: [{ label: "Try again", onClick: summarize }] };
    if (error.code === "service_unreachable") {
      options.command = "pith serve --port " + (location.port || "80");
    } else if (error.code === "unauthorized") {
      options.hint = "This service was started with --token. Paste the same token here; this browser keeps " +
        "it for " + location.origin + " only, where the pages you read cannot see it.";
      options.extra = tokenForm();
      options.actions = [];
    }
    R.renderError(content, error, options);
  }

  async function summarize() {
    var asked = ++state.asked;
    if (state.inFlight) state.inFlight.abort();
    var request = new AbortController();
    state.inFlight = request;
    state.markdown = null;
    copyButton.disabled = true;
    say("");
    R.renderLoading(content, "Summarising…");
    var body = { html: state.page.html, url: state.page.url, length: controls.length() };
    var summary;
    try {
      summary = await R.askSummary(location.origin, headers(), body, request);
    } catch (error) {
      if (asked === state.asked) showError(error && error.code ? error : { code: "service_unreachable" });
      return;
    }
    if (asked !== state.asked) return;
    state.inFlight = null;
    state.summary = summary;
    R.renderSummary(content, summary, {
      onPoint: canHighlight() ? highlight : null,
      note: canHighlight() ? null : "This site’s security policy keeps the reader from reaching its " +
        "page, so key points can’t be shown there."
    });
    document.title = (summary.title || "Summary") + " · Pith";
    // The service caches the summary it just made: its Markdown costs a lookup.
    state.markdown = R.askSummary(location.origin, headers(), Object.assign({ format: "markdown" }, body),
                                  new AbortController());
    state.markdown.then(function () {
      if (asked === state.asked) copyButton.disabled = false;
    }, function () {});
  }

  function receive(page, origin) {
    state.page = page;
    state.pageOrigin = origin;
    summarize();
  }

  window.addEventListener("message", function (event) {
    if (!window.opener || event.source !== window.opener) return;
    var data = event.data || {};
    if (data.type === "pith:page" && !state.page && validPage(data.page, event.origin)) {
      receive(data.page, event.origin);
    } else if (data.type === "pith:highlighted" && event.origin === state.pageOrigin) {
      say(data.found ? "" : "That sentence is no longer on the page (it may have changed since it was read).");
    }
  });

  var embedded = document.getElementById("pith-page");
  var failed = document.getElementById("pith-error");
  if (embedded) {
    var page = JSON.parse(embedded.textContent);
    var origin = null;
    try { origin = new URL(page.url).origin; } catch (ignored) { origin = null; }
    receive(page, origin);
    // The page is here already; the hello only tells the bookmarklet the reader is up.
    if (window.opener) window.opener.postMessage({ type: "pith:ready", has: true }, "*");
  } else if (failed) {
    document.getElementById("lengths").hidden = true;
    R.renderError(content, JSON.parse(failed.textContent).error);
  } else if (window.opener) {
    R.renderLoading(content, "Waiting for the page…");
    window.opener.postMessage({ type: "pith:ready" }, "*");  // carries nothing: any origin may see it
  } else {
    R.renderError(content, { code: "no_page" });
  }
})();
