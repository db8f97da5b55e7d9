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
  var state = { page: null, pageOrigin: null };
  var controls = R.bindControls(document, {
    container: content,
    onLength: function () { if (state.page) summarize(); }
  });
  var say = controls.say;

  function token() {
    try { return localStorage.getItem(TOKEN_KEY) || ""; } catch (ignored) { return ""; }
  }

  /* The origin of a page's address; null when it has none. */
  function originOf(url) {
    try { return new URL(url).origin; } catch (ignored) { return null; }
  }

  function validPage(page, origin) {
    if (!page || typeof page.html !== "string" || typeof page.url !== "string") return false;
    return !origin || originOf(page.url) === origin;
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
    var options = { actions: [{ label: "Try again", onClick: summarize }] };
    if (error.code === "service_unreachable") {
      options.command = R.startCommand(location.origin);
    } else if (error.code === "unauthorized") {
      options.hint = "This service was started with --token. Paste the same token here; this browser keeps " +
        "it for " + location.origin + " only, where the pages you read cannot see it.";
      options.extra = tokenForm();
      options.actions = [];
    }
    R.renderError(content, error, options);
  }

  function summarize() {
    var body = { html: state.page.html, url: state.page.url, length: controls.length() };
    controls.run({
      message: "Summarising…",
      ask: function (controller, format) {
        return R.askSummary(location.origin, R.headers(token()),
                            format ? Object.assign({ format: format }, body) : body, controller);
      },
      show: function (summary) {
        var reachable = canHighlight();
        R.renderSummary(content, summary, {
          onPoint: reachable ? highlight : null,
          note: reachable ? null : "This site’s security policy keeps the reader from reaching its " +
            "page, so key points can’t be shown there."
        });
        document.title = (summary.title || "Summary") + " · Pith";
      },
      fail: showError
    });
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
      say(R.markPoint(content, data.index, Boolean(data.found)));
    }
  });

  var embedded = document.getElementById("pith-page");
  var failed = document.getElementById("pith-error");
  if (embedded) {
    var page = JSON.parse(embedded.textContent);
    receive(page, originOf(page.url));
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
