/* Pith page capture: one source for the extension and the bookmarklet.
 *
 * The extension injects this file with chrome.scripting.executeScript({files}); the value of
 * its last expression (the capture) is the injection's result. The service's bookmarklet
 * generator inlines the same text.
 *
 * The page is copied into an inert document (document.implementation.createHTMLDocument: no
 * browsing context, so nothing in it loads, runs or reports) and serialised from there. A
 * clone in the live document would fetch its images again, run their onload/onerror
 * handlers and raise the page's Content-Security-Policy reports. What the summariser never
 * reads (scripts, styles, media, comments) is dropped to keep the request small.
 */
(function pithCapture() {
  "use strict";
  // What the service never reads: code, styles and media, and what it drops before it looks
  // for the article (hidden elements) or skips inside it (navigation, asides, page footers,
  // form controls). Sending less makes the request and the article search cheaper; on the
  // 120 public benchmark pages the summaries are identical with and without these.
  var DROP = "script,style,noscript,template,svg,canvas,video,audio,iframe,object,embed,picture source," +
    "link[rel~=stylesheet],link[rel~=preload],link[rel~=icon],nav,aside,footer,[hidden]," +
    "[aria-hidden=true],[role=navigation],[role=complementary],button,select,input,textarea,label";
  var MIN_SELECTION_CHARS = 200;

  /* The user's selection, copied from the inert document: a clone of a live range would
   * belong to the live page (and load its images). Live boundaries map to the copy by their
   * child-index paths, which importNode keeps. */
  function selectionHolder(root) {
    var selection = window.getSelection && window.getSelection();
    if (!selection || selection.rangeCount === 0) return null;
    var text = selection.toString();
    // A sentence Pith selected itself (highlight.js without the Highlight API) is not the user's.
    if (window.__pithSelection && text === window.__pithSelection) return null;
    if (text.replace(/\s+/g, " ").trim().length < MIN_SELECTION_CHARS) return null;
    function copyOf(node) {
      var path = [];
      for (; node && node !== document.documentElement; node = node.parentNode) {
        if (!node.parentNode) return null;
        path.unshift(Array.prototype.indexOf.call(node.parentNode.childNodes, node));
      }
      if (!node) return null;
      for (var j = 0, copy = root; j < path.length && copy; j++) copy = copy.childNodes[path[j]];
      return copy || null;
    }
    var holder = root.ownerDocument.createElement("div");
    for (var i = 0; i < selection.rangeCount; i++) {
      var live = selection.getRangeAt(i);
      var start = copyOf(live.startContainer), end = copyOf(live.endContainer);
      if (!start || !end) return null;
      var range = root.ownerDocument.createRange();
      range.setStart(start, live.startOffset);
      range.setEnd(end, live.endOffset);
      holder.appendChild(range.cloneContents());
    }
    return holder;
  }

  function prune(container) {
    var dropped = container.querySelectorAll(DROP);
    for (var i = 0; i < dropped.length; i++) {
      var node = dropped[i];
      // JSON-LD carries the byline and dates the service reads: keep it.
      if (node.tagName === "SCRIPT" && (node.getAttribute("type") || "").toLowerCase() === "application/ld+json") continue;
      node.parentNode.removeChild(node);
    }
    var walker = container.ownerDocument.createTreeWalker(container, NodeFilter.SHOW_COMMENT), comment, stale = [];
    while ((comment = walker.nextNode())) stale.push(comment);
    stale.forEach(function (c) { c.parentNode.removeChild(c); });
  }

  var inert = document.implementation.createHTMLDocument("");
  var root = inert.importNode(document.documentElement, true);
  var selection = selectionHolder(root);
  prune(root);
  if (selection) prune(selection);
  return {
    url: location.href,
    title: document.title,
    lang: document.documentElement.lang || "",
    html: "<!DOCTYPE html>\n" + root.outerHTML,
    selection: selection ? selection.innerHTML : ""
  };
})();
