/* Pith page capture: one source for the extension and the bookmarklet.
 *
 * The extension injects this file with chrome.scripting.executeScript({files}); the value of
 * its last expression (the capture) is the injection's result. The service's bookmarklet
 * generator inlines the same text. It reads a clone of the document, so nothing on the page
 * changes, and drops what the summariser never reads (scripts, styles, media) to keep the
 * request small.
 */
(function pithCapture() {
  "use strict";
  var DROP = "script,style,noscript,template,svg,canvas,video,audio,iframe,object,embed,link[rel=stylesheet]";
  var MIN_SELECTION_CHARS = 200;

  function selectionHtml() {
    var selection = window.getSelection && window.getSelection();
    if (!selection || selection.rangeCount === 0) return "";
    var text = selection.toString();
    if (text.replace(/\s+/g, " ").trim().length < MIN_SELECTION_CHARS) return "";
    var holder = document.createElement("div");
    for (var i = 0; i < selection.rangeCount; i++) {
      holder.appendChild(selection.getRangeAt(i).cloneContents());
    }
    return holder.innerHTML;
  }

  var clone = document.documentElement.cloneNode(true);
  var dropped = clone.querySelectorAll(DROP);
  for (var i = 0; i < dropped.length; i++) {
    var node = dropped[i];
    // JSON-LD carries the byline and dates the service reads: keep it.
    if (node.tagName === "SCRIPT" && (node.getAttribute("type") || "").toLowerCase() === "application/ld+json") continue;
    node.parentNode.removeChild(node);
  }
  return {
    url: location.href,
    title: document.title,
    lang: document.documentElement.lang || "",
    html: "<!DOCTYPE html>\n" + clone.outerHTML,
    selection: selectionHtml()
  };
})();
