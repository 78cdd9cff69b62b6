// The reader's entry point: routes on the address's hash (#/search?q=…, #/feed, #/story/ID,
// #/doc/ID, #/entity/NAME, #/events?…, #/documents, #/paste), so every page can be bookmarked
// and the server only ever sends this one page.

import { api } from "./api.js";
import { fill } from "./dom.js";
import { documentView, documentsView, entityView, pasteView, searchView } from "./views.js";
import { eventsView, feedView, storyView } from "./workspace.js";

const main = document.getElementById("view");

function route() {
  const hash = window.location.hash.replace(/^#\/?/, "");
  const [path, query] = splitOnce(hash, "?");
  const params = new URLSearchParams(query);
  const [page, rest] = splitOnce(path, "/");
  const arg = decodeSafely(rest);
  markNav(page || "search");
  window.scrollTo(0, 0);
  if (page === "doc" && arg) return documentView(main, arg);
  if (page === "entity" && arg) return entityView(main, arg);
  if (page === "documents") return documentsView(main, params);
  if (page === "feed") return feedView(main, params);
  if (page === "story" && arg) return storyView(main, arg);
  if (page === "events") return eventsView(main, params);
  if (page === "paste") return pasteView(main);
  return searchView(main, params);
}

function decodeSafely(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;  // a hand-typed address with a stray "%"
  }
}

function splitOnce(text, sep) {
  const at = text.indexOf(sep);
  return at < 0 ? [text, ""] : [text.slice(0, at), text.slice(at + 1)];
}

function markNav(page) {
  for (const link of document.querySelectorAll("nav a[data-nav]")) {
    const current = link.dataset.nav === page || (page === "doc" && link.dataset.nav === "documents")
      || (page === "story" && link.dataset.nav === "feed");
    if (current) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
}

async function showStats() {
  const footer = document.getElementById("stats");
  try {
    const s = await api.stats();
    fill(footer, `В хранилище: документов ${s.documents} · сущностей ${s.entities} · цитат ${s.quotes}`
      + ` · событий ${s.events} · сюжетов ${s.stories} · изданий ${s.sources}`);
  } catch (error) {
    fill(footer, error.message);
  }
}

window.addEventListener("hashchange", route);
route();
showStats();
