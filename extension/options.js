(function () {
  "use strict";
  var form = document.getElementById("form");
  var serviceUrl = document.getElementById("serviceUrl");
  var length = document.getElementById("length");
  var token = document.getElementById("token");
  var status = document.getElementById("status");

  PithSettings.load().then(function (settings) {
    serviceUrl.value = settings.serviceUrl;
    length.value = settings.length;
    token.value = settings.token;
  });

  form.addEventListener("submit", async function (event) {
    event.preventDefault();
    var url;
    try {
      url = PithSettings.normaliseServiceUrl(serviceUrl.value);
    } catch (error) {
      status.textContent = error.message;
      return;
    }
    // A service away from 127.0.0.1/localhost needs the user's consent to reach it.
    var granted = await chrome.permissions.request({ origins: [url + "/*"] }).catch(function () { return false; });
    await PithSettings.save({ serviceUrl: url, length: length.value, token: token.value.trim() });
    status.textContent = granted ? "Saved." : "Saved, but the browser did not allow access to " + url + ".";
  });
})();
