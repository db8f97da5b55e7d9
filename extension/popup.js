/* The popup: capture the tab, ask the service, show the summary. Rendering lives in
 * lib/render.js (shared with the reader page); page capture in lib/capture.js (shared with
 * the bookmarklet). */
(function () {
  "use strict";
  var R = globalThis.PithRender;
  var content = document.getElementById("content");
  var wholePageButton = document.getElementById("whole-page");
  var REQUEST_TIMEOUT_MS = 30000;
  var SELECTION_NOTE = "Summary of your selection";

  var params = new URLSearchParams(location.search);
  var state = { tab: null, page: null, settings: null, summary: null,
                useSelection: params.get("mode") !== "page" };
  var controls = R.bindControls(document, {
    onLength: function () { if (state.page) summarise(); },
    summary: function () { return state.summary; }
  });
  var say = controls.say;
  var copyButton = controls.copyButton;

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

  async function capture(tab) {
    var results = await chrome.scripting.executeScript({
      target: { tabId: tab.id }, files: ["extension/lib/capture.js"]
    });
    if (!results || !results[0] || !results[0].result) throw new Error("no capture");
    return results[0].result;
  }

  function escapeHtml(text) {
    return String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  }

  function requestBody() {
    var page = state.page;
    var html = page.html;
    if (state.useSelection && page.selection) {
      // The selection as an article of its own; the service parses it, nothing here does.
      html = "<!DOCTYPE html>\n<html lang=\"" + escapeHtml(page.lang || "") + "\"><head><title>" +
        escapeHtml(page.title) + "</title></head><body><article>" + page.selection + "</article></body></html>";
    }
    return { html: html, url: page.url, length: controls.length() };
  }

  async function askService() {
    var controller = new AbortController();
    var timer = setTimeout(function () { controller.abort(); }, REQUEST_TIMEOUT_MS);
    var response;
    try {
      response = await fetch(state.settings.serviceUrl + "/api/summary", {
        method: "POST",
        headers: PithSettings.headers(state.settings),
        body: JSON.stringify(requestBody()),
        signal: controller.signal
      });
    } catch (error) {
      throw await unreachable(error);
    } finally {
      clearTimeout(timer);
    }
    var body = null;
    try { body = await response.json(); } catch (ignored) { body = null; }
    if (!response.ok) throw R.errorFromResponse(response.status, body);
    return body;
  }

  async function unreachable(error) {
    if (error && error.name === "AbortError") {
      return { code: "timeout", message: "The service took more than 30 seconds to answer." };
    }
    var origins = [state.settings.serviceUrl + "/*"];
    var granted = true;
    try { granted = await chrome.permissions.contains({ origins: origins }); } catch (ignored) {}
    return granted ? { code: "service_unreachable", message: "No answer from " + state.settings.serviceUrl + "." }
                   : { code: "permission_denied" };
  }

  function showError(error) {
    copyButton.disabled = true;
    var options = {};
    if (error.code === "service_unreachable") {
      options.command = PithSettings.START_COMMAND;
      options.actions = [{ label: "Try again", onClick: summarise }];
    } else if (error.code === "permission_denied") {
      options.actions = [{ label: "Allow access", onClick: function () {
        chrome.permissions.request({ origins: [state.settings.serviceUrl + "/*"] }).then(summarise);
      } }];
    } else if (error.code === "too_large" || error.code === "not_an_article") {
      options.actions = [{ label: "Try again", onClick: summarise }];
    }
    R.renderError(content, error, options);
  }

  async function highlight(point, index, button) {
    say("");
    try {
      var results = await chrome.scripting.executeScript({
        target: { tabId: state.tab.id }, func: globalThis.pithHighlight, args: [point.text]
      });
      var found = results && results[0] && results[0].result && results[0].result.found;
      button.classList.toggle("pith-not-found", !found);
      say(found ? "" : "That sentence couldn’t be found on the page (it may have changed).");
    } catch (error) {
      say("The page can’t be scrolled from here.");
    }
  }

  async function summarise() {
    say("");
    R.renderLoading(content, state.page ? "Summarising…" : "Reading the page…");
    try {
      if (!state.page) state.page = await capture(state.tab);
    } catch (error) {
      showError({ code: "capture_failed" });
      return;
    }
    try {
      state.summary = await askService();
    } catch (error) {
      showError(error && error.code ? error : { code: "service_unreachable" });
      return;
    }
    var selection = state.useSelection && state.page.selection;
    wholePageButton.hidden = !selection;
    R.renderSummary(content, state.summary, {
      onPoint: highlight, note: selection ? SELECTION_NOTE : null
    });
    copyButton.disabled = false;
  }

  async function start() {
    state.settings = await PithSettings.load();
    var initial = document.querySelector("input[name=length][value=" + state.settings.length + "]");
    if (initial) initial.checked = true;
    wholePageButton.addEventListener("click", function () {
      state.useSelection = false;
      summarise();
    });
    document.getElementById("options").addEventListener("click", function () {
      chrome.runtime.openOptionsPage();
    });

    R.renderLoading(content, "Reading the page…");
    state.tab = await targetTab();
    if (!state.tab || !readable(state.tab.url)) {
      showError({ code: "unsupported_page" });
      return;
    }
    summarise();
  }

  start();
})();
