/* The popup: capture the tab, ask the service, show the summary. Rendering lives in
 * lib/render.js (shared with the reader page); page capture in lib/capture.js (shared with
 * the bookmarklet); the Markdown that Copy copies comes from the service (format=markdown).
 * Asking again aborts the request before it (render.js's bindControls().run). */
(function () {
  "use strict";
  var R = globalThis.PithRender;
  var content = document.getElementById("content");
  var wholePageButton = document.getElementById("whole-page");
  var SELECTION_NOTE = "Summary of your selection";
  // Injected files resolve against the calling page in Firefox, against the root in
  // Chromium: a path from the root works in both.
  var CAPTURE_FILE = "/extension/lib/capture.js";

  var params = new URLSearchParams(location.search);
  if (params.get("tabId")) document.documentElement.classList.add("windowed");
  var state = { tab: null, page: null, capturing: null, settings: null,
                useSelection: params.get("mode") !== "page" };
  var controls = R.bindControls(document, {
    container: content,
    onLength: function () { if (state.settings && state.tab) summarize(); }
  });
  var say = controls.say;

  function readable(url) {
    if (!/^https?:\/\//i.test(url || "")) return false;
    var host = new URL(url).hostname;
    return !/^(chrome\.google\.com|chromewebstore\.google\.com|addons\.mozilla\.org)$/.test(host);
  }

  async function targetTab() {
    var id = Number(params.get("tabId"));
    if (id) return chrome.tabs.get(id);
    var tabs = await chrome.tabs.query({ active: true, currentWindow: true });
    return tabs[0];
  }

  /* The injection's result; Firefox reports a failed injection in results[0].error. */
  function injected(results) {
    var first = results && results[0];
    if (!first || first.error) throw new Error(first && first.error ? String(first.error) : "no result");
    return first.result;
  }

  async function capture(tab) {
    var page = injected(await chrome.scripting.executeScript({
      target: { tabId: tab.id }, files: [CAPTURE_FILE]
    }));
    if (!page || typeof page.html !== "string") throw new Error("no capture");
    return page;
  }

  function escapeHtml(text) {
    return String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  }

  function requestBody(format) {
    var page = state.page;
    var html = page.html;
    if (state.useSelection && page.selection) {
      // The selection as an article of its own; the service parses it, nothing here does.
      html = "<!DOCTYPE html>\n<html lang=\"" + escapeHtml(page.lang || "") + "\"><head><title>" +
        escapeHtml(page.title) + "</title></head><body><article>" + page.selection + "</article></body></html>";
    }
    var body = { html: html, url: page.url, length: controls.length() };
    if (format) body.format = format;
    return body;
  }

  async function askService(body, controller) {
    try {
      return await R.askSummary(state.settings.serviceUrl, R.headers(state.settings.token), body, controller);
    } catch (error) {
      if (error && error.code === "service_unreachable") throw await unreachable(error);
      throw error;
    }
  }

  /* No answer: the service is down, or (Firefox) the user has not let Pith reach it. */
  async function unreachable(error) {
    var origins = [state.settings.serviceUrl + "/*"];
    var granted = true;
    try { granted = await chrome.permissions.contains({ origins: origins }); } catch (ignored) {}
    return granted ? error : { code: "permission_denied" };
  }

  /* After Try again, focus stays on the way out, or moves to the answer. */
  function retry() {
    summarize({ focus: true });
  }

  function showError(error, focus) {
    var options = {};
    if (error.code === "service_unreachable") {
      options.command = R.startCommand(state.settings.serviceUrl);
      options.actions = [{ label: "Try again", onClick: retry }];
    } else if (error.code === "permission_denied") {
      options.actions = [{ label: "Allow access", onClick: function () {
        chrome.permissions.request({ origins: [state.settings.serviceUrl + "/*"] }).then(retry);
      } }];
    } else if (error.code === "unauthorized") {
      options.actions = [{ label: "Open options", onClick: function () { chrome.runtime.openOptionsPage(); } },
                         { label: "Try again", onClick: retry }];
    } else if (error.code === "capture_failed") {
      options.actions = [{ label: "Try again", onClick: function () { state.capturing = null; retry(); } }];
    } else if (error.code !== "unsupported_page") {
      options.actions = [{ label: "Try again", onClick: retry }];
    }
    var box = R.renderError(content, error, options);
    var action = focus && box.querySelector(".pith-action");
    if (action) action.focus();
  }

  async function highlight(point, index) {
    say("");
    try {
      var result = injected(await chrome.scripting.executeScript({
        target: { tabId: state.tab.id }, func: globalThis.pithHighlight, args: [point.text]
      }));
      say(R.markPoint(content, index, Boolean(result && result.found)));
    } catch (error) {
      say("The page can’t be scrolled from here.");
    }
  }

  /* The page as read from the tab, read once (the capture may be under way already). */
  async function page() {
    if (!state.page) {
      try {
        if (!state.capturing) state.capturing = capture(state.tab);
        state.page = await state.capturing;
      } catch (error) {
        state.capturing = null;
        throw { code: "capture_failed" };
      }
    }
    return state.page;
  }

  function summarize(options) {
    var focus = Boolean(options && options.focus);
    controls.run({
      message: state.page ? "Summarising…" : "Reading the page…",
      ask: async function (controller, format) {
        await page();
        return askService(requestBody(format), controller);
      },
      show: function (summary) {
        var selection = state.useSelection && state.page.selection;
        wholePageButton.hidden = !selection;
        var article = R.renderSummary(content, summary, {
          onPoint: highlight, note: selection ? SELECTION_NOTE : null
        });
        if (focus) article.focus();
      },
      fail: function (error) { showError(error, focus); }
    });
  }

  async function start() {
    var found = await Promise.all([PithSettings.load(), targetTab().then(function (tab) {
      // Read the page while the settings load: nothing in the capture depends on them.
      if (tab && readable(tab.url)) state.capturing = capture(tab);
      return tab;
    })]);
    state.settings = found[0];
    state.tab = found[1];
    var initial = document.querySelector("input[name=length][value=" + state.settings.length + "]");
    if (initial && !document.querySelector("input[name=length]:checked")) initial.checked = true;
    if (!state.tab || !readable(state.tab.url)) {
      showError({ code: "unsupported_page" });
      return;
    }
    summarize();
  }

  wholePageButton.addEventListener("click", function () {
    state.useSelection = false;
    summarize();
  });
  document.getElementById("options").addEventListener("click", function () {
    chrome.runtime.openOptionsPage();
  });
  R.renderLoading(content, "Reading the page…");
  start().catch(function () {
    // The tab went away, or the settings could not be read: nothing to summarise here.
    if (!state.settings) state.settings = { serviceUrl: PithSettings.DEFAULTS.serviceUrl };
    showError({ code: "capture_failed" });
  });
})();
