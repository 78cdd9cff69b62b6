// The reader's pages: search, recent documents, one document, one entity, and the paste box.
// Each takes the route's parameters and fills the main element.

import { api } from "./api.js";
import { renderDocument } from "./document.js";
import {
  docHref, el, entityHref, errorBox, fill, loading, setTitle, showDate, snippetNodes, titleOf, typeChip,
} from "./dom.js";
import { entityTimeline, searchFacets, storyHref } from "./workspace.js";

const PAGE = 20;
const UNTITLED = "Документ без заголовка";

// ---- search ----

export async function searchView(main, params) {
  const q = params.get("q") || "";
  setTitle(q.trim() ? `Поиск: ${q.trim()}` : "");
  const form = searchForm(params);
  const results = el("div", { class: "results" });
  fill(main, el("h1", { class: "visually-hidden" }, "Поиск"), form, results);
  if (!q.trim()) {
    fill(results, el("h2", {}, "Недавние документы"), loading());
    try {
      const page = await api.documents(10, 0);
      fill(results, el("h2", {}, "Недавние документы"), documentList(page.documents),
        page.total > page.documents.length ? el("p", {}, el("a", { href: "#/documents" }, "Все документы →")) : null);
    } catch (error) {
      fill(results, errorBox(error));
    }
    return;
  }
  fill(results, loading());
  try {
    const hits = await api.search({
      q, entity: params.get("entity"), since: params.get("since"), until: params.get("until"),
      source: params.get("source"), event_type: params.get("event_type"), limit: 50,
    });
    const facets = el("aside", { class: "panel facets", "aria-label": "Уточнить поиск" });
    fill(results, el("div", { class: "results-grid" },
      el("div", {},
        el("p", { class: "muted count" }, hits.length ? `Найдено: ${hits.length}` : "Ничего не найдено"),
        el("ol", { class: "hits" }, hits.map(hitItem))),
      hits.length ? facets : null));
    if (hits.length) searchFacets(facets, params);
  } catch (error) {
    fill(results, errorBox(error));
  }
}

function searchForm(params) {
  const field = (name, label, type, placeholder) => el("label", { class: `field field-${name}` },
    el("span", {}, label),
    el("input", { name, type: type || "text", value: params.get(name) || "", placeholder: placeholder || "" }));
  const form = el("form", { class: "search", role: "search" },
    el("div", { class: "search-row" },
      el("input", {
        name: "q", type: "search", class: "q", value: params.get("q") || "", "aria-label": "Запрос",
        placeholder: "Слова в любой форме: «переговорам», «Назарбаева»…", autofocus: true,
      }),
      el("button", { type: "submit" }, "Искать")),
    el("div", { class: "filters" },
      field("entity", "Сущность", "text", "Токаев, Алматы, ООН"),
      field("since", "С даты", "date"),
      field("until", "По дату", "date"),
      field("source", "Издание", "text", "часть названия"),
      field("event_type", "Событие", "text", "meet, 04")));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const query = new URLSearchParams();
    for (const [key, value] of new FormData(form)) if (String(value).trim()) query.set(key, String(value).trim());
    window.location.hash = "#/search?" + query.toString();
  });
  return form;
}

function hitItem(hit) {
  return el("li", { class: "hit" },
    el("a", { class: "title", href: docHref(hit.id) }, titleOf(hit)),
    el("div", { class: "meta" }, metaLine([showDate(hit.published), hit.source, hit.id])),
    el("p", { class: "snippet" }, snippetNodes(hit.snippet)));
}

function metaLine(parts) {
  return parts.filter(Boolean).flatMap((p, i) => (i ? [" · ", p] : [p]));
}

function documentList(documents) {
  if (!documents.length) return el("p", { class: "muted" }, "В хранилище пока нет документов: newsgraph ingest …");
  return el("ul", { class: "doc-list" }, documents.map((d) => el("li", {},
    el("a", { class: "title", href: docHref(d.id) }, titleOf(d)),
    el("div", { class: "meta" }, metaLine([showDate(d.published), d.source, d.id])),
    d.title && d.lead ? el("p", { class: "lead" }, leadAfterTitle(d.lead, d.title)) : null)));
}

// A text dump often starts with its own headline; the list shows it once.
function leadAfterTitle(lead, title) {
  const rest = lead.startsWith(title) ? lead.slice(title.length).trim() : lead;
  return rest || lead;
}

// ---- recent documents ----

export async function documentsView(main, params) {
  const offset = Math.max(0, Number(params.get("offset")) || 0);
  setTitle("Документы");
  fill(main, el("h1", {}, "Документы"), loading());
  try {
    const page = await api.documents(PAGE, offset);
    const nav = el("p", { class: "pager" },
      offset > 0 ? el("a", { href: `#/documents?offset=${Math.max(0, offset - PAGE)}` }, "← Новее") : null,
      el("span", { class: "muted" },
        ` ${page.total ? offset + 1 : 0}–${offset + page.documents.length} из ${page.total} `),
      offset + PAGE < page.total ? el("a", { href: `#/documents?offset=${offset + PAGE}` }, "Старше →") : null);
    fill(main, el("h1", {}, "Документы"), nav, documentList(page.documents));
  } catch (error) {
    fill(main, el("h1", {}, "Документы"), errorBox(error));
  }
}

// ---- one stored document ----

export async function documentView(main, id) {
  fill(main, loading());
  try {
    const doc = await api.document(id);
    setTitle(titleOf(doc, doc.text.slice(...(doc.body[0] || [0, 200]))));
    const story = el("div", { class: "story" });
    fill(main, renderDocument(doc, story));
    api.story(doc.id).then((s) => fillStory(story, s, doc.id)).catch(() => story.remove());
  } catch (error) {
    fill(main, errorBox(error));
  }
}

function fillStory(node, story, id) {
  const others = story.documents.filter((d) => d.id !== id);
  if (!others.length) {
    node.remove();
    return;
  }
  fill(node, el("h3", {}, el("a", { href: storyHref(story.id) }, `Сюжет ${story.id}`), `: ещё ${others.length}`),
    el("ul", {}, others.map((d) => el("li", {},
      el("a", { href: docHref(d.id) }, d.title || UNTITLED), " ",
      el("span", { class: "muted" }, metaLine([showDate(d.published), d.source, d.id,
        d.near_duplicate_of ? "повтор " + d.near_duplicate_of : null]))))));
}

// ---- one entity across the corpus ----

export async function entityView(main, name) {
  setTitle(name);
  fill(main, loading());
  let report;
  try {
    report = await api.entity(name);
  } catch (error) {
    fill(main, el("h1", {}, name), errorBox(error));
    return;
  }
  const timeline = el("section", { class: "timeline" });
  fill(main, el("div", { class: "entity-page" },
    el("header", { class: "doc-head" },
      el("h1", {}, report.name, " ", typeChip(report.type)),
      report.aliases.length ? el("p", { class: "aliases" }, "Также: ", report.aliases.join(", ")) : null,
      el("p", {}, el("a", { href: "#/search?" + new URLSearchParams({ q: report.name }) }, "Искать в текстах →"), " · ",
        el("a", { href: "#/events?" + new URLSearchParams({ actor: report.name }) }, "События с участием →"))),
    timeline,
    el("div", { class: "entity-grid" },
      el("div", {},
        block("Документы", report.documents.length, el("ul", { class: "doc-list" }, report.documents.map((d) =>
          el("li", {}, el("a", { class: "title", href: docHref(d.id) }, d.title || UNTITLED),
            el("div", { class: "meta" }, metaLine([showDate(d.published), d.url, d.id])))))),
        block("Цитаты", report.quotes.length, el("ul", { class: "quote-list" }, report.quotes.map((q) =>
          el("li", {},
            el("blockquote", { class: `quote-${q.kind}` }, q.text),
            el("div", { class: "meta" }, metaLine([q.cue, q.kind === "direct" ? "прямая речь" : "косвенная речь",
              showDate(q.published), el("a", { href: docHref(q.document) }, "документ")])))))),
        block("События", report.events.length, el("ul", { class: "events" }, report.events.map((e) =>
          el("li", {},
            el("span", { class: "event-type" }, e.type), e.cameo_root ? el("span", { class: "muted" }, ` CAMEO ${e.cameo_root}`) : null,
            el("div", {}, e.summary || ""),
            el("div", { class: "meta" }, metaLine([e.date || showDate(e.published), e.place,
              el("a", { href: docHref(e.document) }, "документ")]))))))),
      el("aside", { class: "panel" },
        block("Должности и роли", report.roles.length, el("ul", { class: "roles" }, report.roles.map((r) =>
          el("li", {}, el("span", { class: "role" }, r.role), " ",
            el("span", { class: "muted" }, metaLine([dateRange(r.first, r.last), `док.: ${r.documents}`])))))),
        block("Упоминается вместе с", report.co_mentions.length, el("ul", { class: "co" }, report.co_mentions.map((c) =>
          el("li", {}, el("a", { href: entityHref(c.name) }, c.name), " ", typeChip(c.type), " ",
            el("span", { class: "muted" }, `док.: ${c.documents}`)))))))));
  entityTimeline(timeline, report.name);
}

function dateRange(first, last) {
  if (!first && !last) return null;
  return first === last ? showDate(first) : `${showDate(first) || "?"} – ${showDate(last) || "?"}`;
}

function block(title, count, body) {
  return el("section", { class: "panel-section" },
    el("h3", {}, title, " ", el("span", { class: "muted" }, String(count))),
    count ? body : el("p", { class: "muted none" }, "нет"));
}

// ---- the paste box ----

export function pasteView(main) {
  setTitle("Разобрать текст");
  const result = el("div", { class: "paste-result" });
  const text = el("textarea", {
    name: "text", rows: 10, "aria-label": "Текст или HTML",
    placeholder: "Вставьте текст новости или HTML-код страницы",
  });
  const url = el("input", { name: "url", type: "url", placeholder: "https://… (необязательно)" });
  const asHtml = el("input", { name: "html", type: "checkbox" });
  const whole = el("input", { name: "whole", type: "checkbox" });
  const button = el("button", { type: "submit" }, "Разобрать");
  const form = el("form", { class: "paste" },
    el("h1", {}, "Разобрать текст"),
    el("p", { class: "muted" }, "Текст разбирается на сервере и не сохраняется в хранилище."),
    text,
    el("div", { class: "paste-options" },
      el("label", {}, asHtml, " это HTML-страница"),
      el("label", {}, whole, " весь текст — статья (без отделения служебных блоков)"),
      el("label", { class: "field" }, el("span", {}, "Адрес страницы"), url)),
    button);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (!text.value.trim()) {
      fill(result, errorBox(new Error("Вставьте текст")));
      return;
    }
    const body = asHtml.checked ? { html: text.value } : { text: text.value, whole: whole.checked };
    if (url.value.trim()) body.url = url.value.trim();
    button.disabled = true;
    fill(result, loading());
    try {
      fill(result, renderDocument(await api.extract(body)));
    } catch (error) {
      fill(result, errorBox(error));
    } finally {
      button.disabled = false;
    }
  });
  fill(main, form, result);
}
