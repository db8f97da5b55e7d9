/* Pith key-point highlighting: find a sentence in the live page, scroll to it, highlight it.
 *
 * One source for the extension (chrome.scripting.executeScript({func: pithHighlight, args}))
 * and the bookmarklet (inlined by the service). It must stay self-contained: the extension
 * serialises the function, so it can use nothing defined outside it.
 *
 * Matching: the service's sentence is the page's text nodes joined as they stand (no space
 * added between nodes), with white space folded. So both sides are compared with white space
 * and invisible characters left out entirely, through a map from each remaining character
 * back to its text node and offset; inline markup, punctuation outside links and line breaks
 * in the source then cannot matter. Where the page has text inside the sentence that the
 * service dropped (an inline button, a footnote marker in a skipped element), the sentence is
 * matched in pieces a short gap apart and highlighted as several ranges.
 *
 * Painting: the CSS Custom Highlight API, styled by a constructed style sheet (the page's
 * Content-Security-Policy governs <style> elements, not the CSSOM), so the page's DOM and
 * its selection stay untouched: the next capture must not take the highlight for a
 * selection of the user's. Where the API is missing, the sentence is selected instead and
 * that selection is marked (window.__pithSelection) for capture.js to ignore.
 */
function pithHighlight(sentence) {
  "use strict";
  var NAME = "pith";
  var STYLE = "::highlight(pith){background-color:#ffe066;color:#111}";
  // White space, control and invisible characters, and combining accents (see fold).
  var IGNORED = /[\s\u0000-\u001F\u007F-\u00A0\u00AD\u0300-\u036F\u200B-\u200D\u2060\uFEFF]/;
  var MIN_PIECE = 12;    // chars of the sentence a first piece must hold to anchor the match
  var MAX_GAP = 240;     // page chars the service may have dropped between two pieces

  function fold(ch) {
    if (/[\u2018\u2019\u201A\u201B\u2032]/.test(ch)) return "'";
    if (/[\u201C\u201D\u201E\u201F\u2033]/.test(ch)) return "\"";
    // The service's text is in Unicode normal form C; a page may write "é" as "e" and a
    // combining accent. An accented letter is compared by its base letter, the accent
    // being ignored on the page's side.
    if (ch > "\u00BF" && ch.normalize) {
      var parts = ch.normalize("NFD");
      if (parts.length > 1 && /^[\u0300-\u036F]+$/.test(parts.slice(1))) return parts.charAt(0);
    }
    return ch;
  }

  var target = "";
  for (var k = 0; k < sentence.length; k++) {
    if (!IGNORED.test(sentence[k])) target += fold(sentence[k]);
  }
  if (!target || !document.body) return { found: false };

  var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
    acceptNode: function (node) {
      var parent = node.parentElement;
      if (!parent || /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|TEXTAREA)$/.test(parent.tagName)) return NodeFilter.FILTER_REJECT;
      return NodeFilter.FILTER_ACCEPT;
    }
  });
  var parts = [], nodes = [], offsets = [], node;
  while ((node = walker.nextNode())) {
    var value = node.nodeValue;
    for (var i = 0; i < value.length; i++) {
      if (IGNORED.test(value[i])) continue;
      parts.push(fold(value[i]));
      nodes.push(node);
      offsets.push(i);
    }
  }
  var text = parts.join("");

  function rangeOf(start, end) {
    var range = document.createRange();
    range.setStart(nodes[start], offsets[start]);
    range.setEnd(nodes[end - 1], offsets[end - 1] + 1);
    return range;
  }

  function visible(ranges) {
    for (var r = 0; r < ranges.length; r++) {
      if (ranges[r].getClientRects().length) return true;
    }
    return false;
  }

  /* The longest prefix of target[from:] found in text at or after `after`, no further than
   * `gap` chars on (any distance when gap is Infinity): [textIndex, length] or null. */
  function longestPiece(from, after, gap) {
    var lo = 1, hi = target.length - from, best = null;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      var at = text.indexOf(target.substr(from, mid), after);
      if (at >= 0 && at - after <= gap) { best = [at, mid]; lo = mid + 1; } else { hi = mid - 1; }
    }
    return best;
  }

  /* Every place the whole sentence stands, as one range each; then a match in pieces. */
  function candidates() {
    var found = [], at = text.indexOf(target);
    while (at >= 0) {
      found.push([rangeOf(at, at + target.length)]);
      at = text.indexOf(target, at + 1);
    }
    if (found.length) return found;
    var first = longestPiece(0, 0, Infinity);
    while (first && first[1] >= MIN_PIECE) {
      var ranges = [rangeOf(first[0], first[0] + first[1])];
      var from = first[1], after = first[0] + first[1], piece = null;
      while (from < target.length) {
        piece = longestPiece(from, after, MAX_GAP);
        if (!piece) break;
        ranges.push(rangeOf(piece[0], piece[0] + piece[1]));
        from += piece[1];
        after = piece[0] + piece[1];
      }
      if (from === target.length) found.push(ranges);
      var next = text.indexOf(target.substr(0, first[1]), first[0] + 1);
      first = next >= 0 ? [next, first[1]] : null;
    }
    return found;
  }

  var matches = candidates();
  if (!matches.length) return { found: false };
  var chosen = matches[0];
  for (var m = 0; m < matches.length; m++) {
    if (visible(matches[m])) { chosen = matches[m]; break; }
  }

  var element = chosen[0].startContainer.parentElement;
  if (element && element.scrollIntoView) element.scrollIntoView({ block: "center" });

  var painted = false;
  if (window.CSS && CSS.highlights && typeof Highlight === "function") {
    var highlight = new Highlight();
    chosen.forEach(function (range) { highlight.add(range); });
    CSS.highlights.set(NAME, highlight);
    if (!window.__pithHighlightSheet) {
      try {
        var sheet = new CSSStyleSheet();
        sheet.replaceSync(STYLE);
        document.adoptedStyleSheets = Array.prototype.concat.call([], document.adoptedStyleSheets, [sheet]);
        window.__pithHighlightSheet = sheet;
      } catch (ignored) {
        // No constructed style sheets (browsers before 2023): the highlight is set, unstyled.
      }
    }
    painted = true;
  } else {
    var selection = window.getSelection();
    if (selection) {
      selection.removeAllRanges();
      chosen.forEach(function (range) { selection.addRange(range); });
      window.__pithSelection = selection.toString();
    }
  }
  return { found: true, painted: painted };
}
