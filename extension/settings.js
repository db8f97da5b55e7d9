/* Pith settings shared by the popup, the options page and the background script. */
var PithSettings = (function () {
  "use strict";
  var DEFAULTS = { serviceUrl: "http://127.0.0.1:8765", length: "medium", token: "" };
  var START_COMMAND = "make run      # in the folder where you cloned Pith";

  function load() {
    return chrome.storage.sync.get(DEFAULTS);
  }

  function save(values) {
    return chrome.storage.sync.set(values);
  }

  /* The service URL without a trailing slash; only http(s) on a local address is accepted. */
  function normaliseServiceUrl(value) {
    var url = new URL(String(value).trim());
    if (!/^https?:$/.test(url.protocol)) throw new Error("The service URL must start with http:// or https://");
    return url.origin;
  }

  /* Request headers for the service: JSON, and the access token when one is set. */
  function headers(settings) {
    var result = { "Content-Type": "application/json" };
    if (settings.token) result.Authorization = "Bearer " + settings.token;
    return result;
  }

  return { DEFAULTS: DEFAULTS, headers: headers, START_COMMAND: START_COMMAND, load: load, save: save,
           normaliseServiceUrl: normaliseServiceUrl };
})();
