/* Pith settings shared by the popup, the options page and the background script.
 *
 * The service URL and the default length follow the browser account (storage.sync); the
 * access token stays on this machine (storage.local): it unlocks a service that may listen
 * beyond 127.0.0.1, and the browser account has no business carrying it. A token saved by
 * an earlier version in storage.sync moves to storage.local the first time it is read. */
var PithSettings = (function () {
  "use strict";
  var DEFAULTS = { serviceUrl: "http://127.0.0.1:8765", length: "medium", token: "" };
  var SYNCED = { serviceUrl: DEFAULTS.serviceUrl, length: DEFAULTS.length };

  async function load() {
    var found = await Promise.all([
      chrome.storage.sync.get(Object.assign({ token: "" }, SYNCED)),
      chrome.storage.local.get({ token: "" })
    ]);
    var synced = found[0], local = found[1];
    if (synced.token) {
      if (!local.token) {
        local.token = synced.token;
        await chrome.storage.local.set({ token: synced.token });
      }
      await chrome.storage.sync.remove("token");
    }
    return { serviceUrl: synced.serviceUrl, length: synced.length, token: local.token };
  }

  function save(values) {
    var synced = {}, local = {};
    Object.keys(values).forEach(function (name) {
      (name === "token" ? local : synced)[name] = values[name];
    });
    return Promise.all([chrome.storage.sync.set(synced), chrome.storage.local.set(local)]);
  }

  /* The service URL without a trailing slash; only http(s) is accepted. */
  function normaliseServiceUrl(value) {
    var url = new URL(String(value).trim());
    if (!/^https?:$/.test(url.protocol)) throw new Error("The service URL must start with http:// or https://");
    return url.origin;
  }

  return { DEFAULTS: DEFAULTS, load: load, save: save, normaliseServiceUrl: normaliseServiceUrl };
})();
