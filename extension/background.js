/* Pith background: context menu items and the selection shortcut. Runs as Chrome's service
 * worker and as Firefox's background script (same file). The toolbar button and its shortcut
 * open the popup without any code here. */
"use strict";

var MENU_PAGE = "pith-summarize-page";
var MENU_SELECTION = "pith-summarize-selection";

chrome.runtime.onInstalled.addListener(function () {
  chrome.contextMenus.removeAll(function () {
    chrome.contextMenus.create({ id: MENU_PAGE, title: "Summarise this page", contexts: ["page"] });
    chrome.contextMenus.create({ id: MENU_SELECTION, title: "Summarise selection", contexts: ["selection"] });
  });
});

/* The popup page in a small window, pointed at the tab it should read. */
function openSummary(tab, mode) {
  if (!tab || tab.id === undefined) return;
  chrome.windows.create({
    url: chrome.runtime.getURL("extension/popup.html") + "?tabId=" + tab.id + "&mode=" + mode,
    type: "popup", width: 460, height: 640
  });
}

chrome.contextMenus.onClicked.addListener(function (info, tab) {
  openSummary(tab, info.menuItemId === MENU_SELECTION ? "selection" : "page");
});

chrome.commands.onCommand.addListener(function (command, tab) {
  if (command !== "summarize-selection") return;
  if (tab) {
    openSummary(tab, "selection");
  } else {
    chrome.tabs.query({ active: true, currentWindow: true }, function (tabs) { openSummary(tabs[0], "selection"); });
  }
});
