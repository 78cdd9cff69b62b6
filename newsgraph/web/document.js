// The document view: the article with its mentions and quotes marked, and a side panel of
// entities, quotes, money, quantities, dates and events. Works on a Document dict
// (schema newsgraph.document/1), stored or freshly analysed.

import { el, entityHref, showDate, titleOf, typeChip, TYPE_PLURAL } from "./dom.js";

const QUANTIFIER = { about: "около", more_than: "более", less_than: "менее", at_least: "не менее", up_to: "до" };

/** The whole view of one Document; `extra` nodes (story, notes) go under the header. */
export function renderDocument(doc, extra) {
  const entities = doc.entities || [];
  const name = (i) => (Number.isInteger(i) && entities[i] ? entities[i].name : null);
  return el("div", { class: "document" },
    renderHeader(doc),
    extra || null,
    el("div", { class: "doc-grid" },
      el("article", { class: "article", lang: "ru" }, renderBody(doc, name), renderChrome(doc)),
      el("aside", { class: "panel" }, renderPanel(doc, name))));
}

function renderHeader(doc) {
  const source = doc.source || {};
  const meta = [];
  if (doc.published) meta.push(el("span", { class: "date" }, showDate(doc.published)));
  if (source.url) meta.push(el("a", { href: source.url, rel: "noopener noreferrer", target: "_blank" }, source.url));
  else if (source.path) meta.push(el("span", { class: "path" }, source.path));
  if (source.format) meta.push(el("span", {}, source.format));
  meta.push(el("span", { class: "muted" }, "id " + doc.id));
  return el("header", { class: "doc-head" },
    el("h1", {}, titleOf(doc, firstBlock(doc))),
    el("p", { class: "meta" }, meta.flatMap((m, i) => (i ? [" · ", m] : [m]))));
}

function firstBlock(doc) {
  const span = (doc.body || [])[0];
  return span ? doc.text.slice(span[0], span[1]) : doc.text.slice(0, 200);
}

// ---- the article text ----

function renderBody(doc, name) {
  const mentions = [...(doc.mentions || [])].sort((a, b) => a.start - b.start || b.end - a.end);
  const quotes = nonOverlapping(doc.quotes || []);
  const blocks = (doc.body || []).map(([start, end]) =>
    el("p", { class: "block" }, renderSpan(doc.text, start, end, mentions, quotes, name)));
  if (!blocks.length) blocks.push(el("p", { class: "muted" }, "В документе не найден текст статьи."));
  return el("div", { class: "body" }, blocks);
}

// Quotes are drawn as containers, so overlapping ones (which the schema does not forbid)
// keep only the first of each overlapping run.
function nonOverlapping(quotes) {
  const out = [];
  for (const [index, q] of quotes.map((q, i) => [i, q]).sort((a, b) => a[1].start - b[1].start)) {
    if (!out.length || q.start >= out[out.length - 1].end) out.push({ ...q, index });
  }
  return out;
}

/** Text of [start, end) with quotes as containers and mentions inside them. */
function renderSpan(text, start, end, mentions, quotes, name) {
  const nodes = [];
  let pos = start;
  for (const q of quotes) {
    if (q.end <= start || q.start >= end) continue;
    const qs = Math.max(q.start, start);
    const qe = Math.min(q.end, end);
    if (qs > pos) nodes.push(...renderMentions(text, pos, qs, mentions, name));
    const speaker = name(q.speaker);
    const label = q.start >= start
      ? el("span", { class: "speaker", title: q.kind === "direct" ? "прямая речь" : "косвенная речь" },
          speaker ? el("a", { href: entityHref(speaker) }, speaker) : "говорящий не указан",
          q.cue ? " · " + q.cue : "")
      : null;
    nodes.push(el("span", { class: `quote quote-${q.kind}`, "data-quote": q.index },
      label, renderMentions(text, qs, qe, mentions, name)));
    pos = qe;
  }
  if (pos < end) nodes.push(...renderMentions(text, pos, end, mentions, name));
  return nodes;
}

function renderMentions(text, start, end, mentions, name) {
  const nodes = [];
  let pos = start;
  for (const m of mentions) {
    if (m.end <= pos || m.start >= end) continue;
    const ms = Math.max(m.start, pos);
    const me = Math.min(m.end, end);
    if (ms > pos) nodes.push(text.slice(pos, ms));
    const target = name(m.entity) || m.normal;
    nodes.push(el("a", {
      class: `mention mention-${m.type}`, href: entityHref(target), "data-entity": m.entity ?? "",
      title: `${m.type}: ${target}`,
    }, text.slice(ms, me)));
    pos = me;
  }
  if (pos < end) nodes.push(text.slice(pos, end));
  return nodes;
}

function renderChrome(doc) {
  const chrome = doc.chrome || [];
  if (!chrome.length) return null;
  return el("details", { class: "chrome" },
    el("summary", {}, `Служебные блоки страницы (${chrome.length}): ссылки, навигация, реклама`),
    el("ul", {}, chrome.map((c) =>
      el("li", {}, el("span", { class: "kind" }, c.kind), " ", doc.text.slice(c.start, c.end)))));
}

// ---- the side panel ----

function renderPanel(doc, name) {
  return [
    legend(),
    entitySection(doc),
    quoteSection(doc, name),
    listSection("Деньги", doc.money, "money", (m) => [
      el("span", { class: "surface" }, m.text), " → ",
      `${m.approx ? "≈ " : ""}${formatNumber(m.amount)} ${m.currency || ""}`]),
    listSection("Количества", doc.quantities, "quantities", (q) => [
      el("span", { class: "surface" }, q.text), " → ",
      `${QUANTIFIER[q.qualifier] ? QUANTIFIER[q.qualifier] + " " : ""}${formatNumber(q.value)} ${q.unit || ""}`]),
    listSection("Даты", doc.dates, "dates", (d) => [
      el("span", { class: "surface" }, d.text), " → ", d.value || "?", d.relative ? ` (${d.relative})` : ""]),
    listSection("События", doc.events, "events", (e) => eventItem(e, name)),
  ];
}

function legend() {
  return el("p", { class: "legend" },
    el("span", { class: "mention mention-PER" }, "персона"), " ",
    el("span", { class: "mention mention-LOC" }, "место"), " ",
    el("span", { class: "mention mention-ORG" }, "организация"), " ",
    el("span", { class: "quote" }, "цитата"));
}

function entitySection(doc) {
  const entities = doc.entities || [];
  const counts = new Map();
  for (const m of doc.mentions || []) counts.set(m.entity, (counts.get(m.entity) || 0) + 1);
  const groups = ["PER", "ORG", "LOC"].map((type) => {
    const items = entities.filter((e) => e.type === type)
      .sort((a, b) => (counts.get(b.id) || 0) - (counts.get(a.id) || 0) || a.name.localeCompare(b.name, "ru"));
    if (!items.length) return null;
    return el("div", { class: "entity-group" },
      el("h4", {}, TYPE_PLURAL[type]),
      el("ul", { class: "entities" }, items.map((e) =>
        el("li", {
          class: `entity entity-${e.type}`, "data-entity": e.id,
          onmouseenter: () => spotlight(e.id, true), onmouseleave: () => spotlight(e.id, false),
        },
        el("a", { href: entityHref(e.name), class: "name" }, e.name), " ",
        el("span", { class: "count", title: "упоминаний" }, `×${counts.get(e.id) || 0}`),
        e.roles && e.roles.length ? el("div", { class: "roles" }, e.roles.join("; ")) : null))));
  });
  return section("Сущности", entities.length, "entities", groups);
}

// Hovering an entity in the panel lights up its mentions in the text.
function spotlight(id, on) {
  for (const node of document.querySelectorAll(`.article .mention[data-entity="${Number(id)}"]`)) {
    node.classList.toggle("lit", on);
  }
}

function quoteSection(doc, name) {
  return listSection("Цитаты", doc.quotes, "quotes", (q, i) => [
    el("span", { class: "who" }, name(q.speaker) || "говорящий не указан"),
    q.cue ? el("span", { class: "muted" }, ` (${q.cue})`) : null,
    ": ",
    el("a", { href: "#", class: "quote-link", onclick: (event) => { event.preventDefault(); showQuote(i); } },
      shorten(q.text, 140)),
  ]);
}

function showQuote(index) {
  const node = document.querySelector(`.article [data-quote="${Number(index)}"]`);
  if (!node) return;
  node.scrollIntoView({ behavior: "smooth", block: "center" });
  node.classList.add("lit");
  setTimeout(() => node.classList.remove("lit"), 1600);
}

function eventItem(e, name) {
  const actors = (e.actors || []).map(name).filter(Boolean);
  const place = name(e.place);
  return [
    el("span", { class: "event-type" }, e.type), e.cameo_root ? el("span", { class: "muted" }, ` CAMEO ${e.cameo_root}`) : null,
    el("div", {}, e.summary || ""),
    el("div", { class: "muted" },
      [actors.length ? "участники: " + actors.join(", ") : null, place ? "место: " + place : null,
        e.date ? "дата: " + e.date : null].filter(Boolean).join(" · ")),
  ];
}

function listSection(title, items, key, render) {
  items = items || [];
  const body = items.length
    ? el("ul", { class: key }, items.map((item, i) => el("li", {}, render(item, i))))
    : null;
  return section(title, items.length, key, body);
}

function section(title, count, key, body) {
  return el("section", { class: `panel-section section-${key}` },
    el("h3", {}, title, " ", el("span", { class: "muted" }, String(count))),
    count ? body : el("p", { class: "muted none" }, "нет"));
}

function shorten(text, size) {
  return text.length > size ? text.slice(0, size).replace(/\s\S*$/, "") + " …" : text;
}

function formatNumber(value) {
  return typeof value === "number" ? value.toLocaleString("ru-RU") : String(value ?? "?");
}
