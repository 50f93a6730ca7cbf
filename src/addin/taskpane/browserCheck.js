/*
 * Runs before the pane's own script, in every browser Office may use, so it is written in
 * ES5. Internet Explorer (older Windows Office) cannot run LKE, nor can a browser without
 * BigInt (LKE's exact arithmetic needs it; Microsoft Edge Legacy lacks it). There the pane
 * shows one sentence saying which Office update is needed, in the user's language, and marks
 * the page so the pane's script does not start.
 */
(function () {
  "use strict";
  var agent = navigator.userAgent || "";
  var oldBrowser = /Trident\/|MSIE /.test(agent) || typeof BigInt !== "function" || typeof Promise !== "function";
  if (!oldBrowser) return;
  document.documentElement.setAttribute("data-lke-unsupported", "browser");
  var language = String(navigator.language || navigator.userLanguage || "id");
  var english = /^en\b/i.test(language);
  var sentence = english
    ? "LKE needs a newer Office: update to Microsoft 365 version 2101 or later (or install Microsoft Edge WebView2 for Office 2016/2019), or use Excel on the web."
    : "LKE membutuhkan Office yang lebih baru: perbarui ke Microsoft 365 versi 2101 atau lebih baru (atau pasang Microsoft Edge WebView2 untuk Office 2016/2019), atau pakai Excel di web.";
  function show() {
    var root = document.getElementById("app");
    if (!root) return;
    var message = document.createElement("p");
    message.id = "unsupported";
    message.className = "error";
    message.setAttribute("role", "alert");
    message.appendChild(document.createTextNode(sentence));
    while (root.firstChild) root.removeChild(root.firstChild);
    root.appendChild(message);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", show);
  else show();
})();
