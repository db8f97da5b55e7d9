/* Pith key-point highlighting: find a sentence in the live page, scroll to it, highlight it.
 *
 * One source for the extension (chrome.scripting.executeScript({func: pithHighlight, args}))
 * and the bookmarklet (inlined by the service). It must stay self-contained: the extension
 * serialises the function, so it can use nothing defined outside it. The page's DOM is
 * not restructured: the sentence is selected, and painted with the CSS Custom Highlight API
 * where the browser has it.
 */
function pithHighlight(sentence) {
  "use strict";
  function normalise(text) {
    return text.replace(/[\u2018\u2019\u201B]/g, "'").replace(/[\u201C\u201D\u201E]/g, '"')
      .replace(/[\u00A0\s]+/g, " ");
  }
  var target = normalise(sentence).trim();
  if (!target || !document.body) return { found: false };

  // Concatenate the visible text nodes, folding white space, and remember where each
  // character came from so a match maps back to a DOM range.
  var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
    acceptNode: function (node) {
      var parent = node.parentElement;
      if (!parent || /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test(parent.tagName)) return NodeFilter.FILTER_REJECT;
      return NodeFilter.FILTER_ACCEPT;
    }
  });
  var text = "", nodes = [], offsets = [], lastSpace = true, node;
  while ((node = walker.nextNode())) {
    var value = node.nodeValue;
    for (var i = 0; i < value.length; i++) {
      var ch = normalise(value[i]);
      if (ch === " ") {
        if (lastSpace) continue;
        lastSpace = true;
      } else {
        lastSpace = false;
      }
      text += ch;
      nodes.push(node);
      offsets.push(i);
    }
    if (!lastSpace) { text += " "; nodes.push(node); offsets.push(value.length); lastSpace = true; }
  }
  var at = text.indexOf(target);
  var length = target.length;
  if (at < 0) {
    // Pages split a sentence across inline elements in ways the cleaner joined differently:
    // fall back to the sentence's opening words.
    var head = target.split(" ").slice(0, 8).join(" ");
    at = head.length >= 20 ? text.indexOf(head) : -1;
    length = head.length;
  }
  if (at < 0) return { found: false };

  var range = document.createRange();
  range.setStart(nodes[at], offsets[at]);
  var last = at + length - 1;
  range.setEnd(nodes[last], Math.min(offsets[last] + 1, nodes[last].nodeValue.length));
  var element = range.startContainer.parentElement;
  if (element && element.scrollIntoView) element.scrollIntoView({ block: "center", behavior: "smooth" });

  var painted = false;
  if (window.CSS && CSS.highlights && typeof Highlight === "function") {
    CSS.highlights.set("pith", new Highlight(range));
    if (!document.getElementById("pith-highlight-style")) {
      var style = document.createElement("style");
      style.id = "pith-highlight-style";
      style.textContent = "::highlight(pith){background:#ffe066;color:#111}";
      (document.head || document.documentElement).appendChild(style);
    }
    painted = true;
  }
  // Select it as well: a page's CSP may block the style above, and a selection always shows.
  var selection = window.getSelection();
  if (selection) {
    selection.removeAllRanges();
    selection.addRange(range);
  }
  return { found: true, text: range.toString(), painted: painted };
}
