// The workspace's pages: all news as a feed of stories, one story with its outlets, the
// events view with its filters and chart, an entity's timeline, and the facets of a search.

import { api } from "./api.js";
import { mentionsChart, quadChart, titlesChart } from "./charts.js";
import {
  docHref, el, entityHref, errorBox, fill, loading, setTitle, showDate, titleOf, typeChip,
} from "./dom.js";

const STORIES_PER_PAGE = 20;
const EVENTS_PER_PAGE = 50;
const CHART_TITLES = 12;
const UNTITLED = "Документ без заголовка";
const QUAD_LABEL = {
  1: "словесное сотрудничество", 2: "материальное сотрудничество",
  3: "словесный конфликт", 4: "материальный конфликт", 0: "без кода CAMEO",
};
const MODALITY_LABEL = { planned: "планируется", negated: "не состоялось", conditional: "при условии" };

export function storyHref(id) {
  return "#/story/" + encodeURIComponent(id);
}

function metaLine(parts) {
  return parts.filter(Boolean).flatMap((p, i) => (i ? [" · ", p] : [p]));
}

function pager(route, offset, shown, total, size, older) {
  const link = (at, text) => el("a", { href: `#/${route}${route.includes("?") ? "&" : "?"}offset=${at}` }, text);
  return el("p", { class: "pager" },
    offset > 0 ? link(Math.max(0, offset - size), "← Новее") : null,
    el("span", { class: "muted" }, ` ${total ? offset + 1 : 0}–${offset + shown} из ${total} `),
    offset + size < total ? link(offset + size, older) : null);
}

function documentWord(n) {
  const tens = n % 100;
  const ones = n % 10;
  if (tens >= 11 && tens <= 14) return `${n} документов`;
  if (ones === 1) return `${n} документ`;
  if (ones >= 2 && ones <= 4) return `${n} документа`;
  return `${n} документов`;
}

// ---- all news ----

export async function feedView(main, params) {
  const offset = Math.max(0, Number(params.get("offset")) || 0);
  setTitle("Все новости");
  const heading = el("h1", {}, "Все новости");
  fill(main, heading, loading());
  try {
    const page = await api.feed(STORIES_PER_PAGE, offset);
    const nav = pager("feed", offset, page.stories.length, page.total, STORIES_PER_PAGE, "Старше →");
    fill(main, heading,
      el("p", { class: "muted" }, "Новости от новых к старым; сообщения разных изданий об одном событии собраны в сюжет."),
      nav,
      page.stories.length
        ? el("ol", { class: "feed" }, page.stories.map(storyCard))
        : el("p", { class: "muted" }, "В хранилище пока нет документов: newsgraph ingest …"));
  } catch (error) {
    fill(main, heading, errorBox(error));
  }
}

function storyCard(story) {
  const [first, ...rest] = story.documents;
  const more = story.size - story.documents.length;
  return el("li", { class: "story-card", "data-story": story.id },
    el("a", { class: "title", href: docHref(first.id) }, titleOf(first)),
    el("div", { class: "meta" }, metaLine([showDate(first.published), first.source])),
    first.lead ? el("p", { class: "lead" }, leadAfterTitle(first.lead, first.title)) : null,
    rest.length ? el("ul", { class: "story-more" }, rest.map((d) => el("li", {},
      el("a", { href: docHref(d.id) }, titleOf(d)), " ",
      el("span", { class: "muted" }, metaLine([showDate(d.published), d.source, d.near_duplicate ? "повтор" : null]))))) : null,
    el("div", { class: "story-foot" },
      el("a", { class: "story-link", href: storyHref(story.id) },
        story.size > 1 ? `Сюжет: ${documentWord(story.size)}` : "Сюжет"),
      more > 0 ? el("span", { class: "muted" }, ` ещё ${more}`) : null,
      story.outlets.length ? el("span", { class: "outlets" }, " · ",
        story.outlets.map((o) => el("span", { class: "outlet" }, o))) : null));
}

// A text dump often starts with its own headline; the card shows it once.
function leadAfterTitle(lead, title) {
  const rest = title && lead.startsWith(title) ? lead.slice(title.length).trim() : lead;
  return rest || lead;
}

// ---- one story ----

export async function storyView(main, ref) {
  setTitle("Сюжет");
  fill(main, loading());
  let story;
  try {
    story = await api.storyPage(ref);
  } catch (error) {
    fill(main, el("h1", {}, "Сюжет"), errorBox(error));
    return;
  }
  const headline = titleOf(story.documents[0] || { id: story.id });
  setTitle(`Сюжет: ${headline}`);
  fill(main, el("div", { class: "story-page" },
    el("header", { class: "doc-head" },
      el("h1", {}, headline),
      el("p", { class: "meta" }, metaLine([`сюжет ${story.id}`, documentWord(story.size),
        dateRange(story.first_published, story.last_published)]))),
    el("div", { class: "entity-grid" },
      el("div", {},
        el("h3", {}, "Сообщения по порядку"),
        el("ol", { class: "story-docs" }, story.documents.map((d) => el("li", {},
          el("a", { class: "title", href: docHref(d.id) }, d.title || UNTITLED),
          el("div", { class: "meta" }, metaLine([showDate(d.published), d.source,
            d.near_duplicate_of ? el("span", {}, "повтор ", el("a", { href: docHref(d.near_duplicate_of) }, d.near_duplicate_of)) : null])),
          d.lead ? el("p", { class: "lead" }, leadAfterTitle(d.lead, d.title)) : null)))),
      el("aside", { class: "panel" },
        section("Издания", story.outlets.length, el("ul", { class: "outlet-list" }, story.outlets.map((o) =>
          el("li", {}, el("span", { class: "outlet-name" }, o.name), " ",
            el("span", { class: "muted" }, metaLine([documentWord(o.documents), dateRange(o.first, o.last)])))))),
        section("Участники и места", story.entities.length, el("ul", { class: "co" }, story.entities.map((e) =>
          el("li", {}, el("a", { href: entityHref(e.name) }, e.name), " ", typeChip(e.type), " ",
            el("span", { class: "muted" }, `док.: ${e.documents}`))))),
        section("События", story.events.length, el("ul", { class: "events" }, story.events.map((e) =>
          el("li", {}, el("span", { class: "event-type" }, e.type),
            e.cameo_root ? el("span", { class: "muted" }, ` CAMEO ${e.cameo_root}`) : null, ` ×${e.count}`))))))));
}

function dateRange(first, last) {
  if (!first && !last) return null;
  return first === last ? showDate(first) : `${showDate(first) || "?"} – ${showDate(last) || "?"}`;
}

function section(title, count, body) {
  return el("section", { class: "panel-section" },
    el("h3", {}, title, " ", el("span", { class: "muted" }, String(count))),
    count ? body : el("p", { class: "muted none" }, "нет"));
}

// ---- an entity's timeline (on the entity page) ----

/** The timeline section of an entity page: mentions per day and titles over time. */
export async function entityTimeline(node, name) {
  fill(node, el("h3", {}, "Упоминания по дням"), loading());
  let timeline;
  try {
    timeline = await api.timeline(name);
  } catch (error) {
    fill(node, el("h3", {}, "Упоминания по дням"), errorBox(error));
    return;
  }
  const mentions = el("div", { class: "chart chart-mentions", role: "img",
    "aria-label": `Упоминания по дням: ${timeline.days.length} дней` });
  const titles = el("div", { class: "chart chart-titles", role: "img", "aria-label": "Должности по времени" });
  // The chart keeps the titles given in most documents, in the order they first appear.
  const dated = timeline.titles.filter((t) => t.days.length)
    .sort((a, b) => b.documents - a.documents).slice(0, CHART_TITLES)
    .sort((a, b) => a.first.localeCompare(b.first) || a.role.localeCompare(b.role, "ru"));
  fill(node,
    el("h3", {}, "Упоминания по дням"),
    timeline.days.length ? mentions : el("p", { class: "muted none" }, "нет документов с датой публикации"),
    timeline.undated ? el("p", { class: "muted" }, `Без даты публикации: ${documentWord(timeline.undated)}`) : null,
    el("h3", {}, "Должности и роли по времени"),
    dated.length ? titles : null,
    timeline.titles.length ? el("ul", { class: "title-list" }, timeline.titles.map((t) => el("li", {},
      el("span", { class: "role" }, t.role), " ",
      el("span", { class: "muted" }, metaLine([
        t.office && t.of ? `${t.office} · ${t.of}` : null, t.former ? "бывший" : null, t.acting ? "и. о." : null,
        dateRange(t.first, t.last), documentWord(t.documents)]))))) : el("p", { class: "muted none" }, "нет"));
  if (timeline.days.length) mentionsChart(mentions, timeline.days);
  if (dated.length) titlesChart(titles, dated);
}

// ---- events ----

const EVENT_FILTERS = ["actor", "place", "root", "since", "until"];
const CAMEO_ROOTS = [
  ["01", "заявление"], ["02", "призыв"], ["03", "намерение сотрудничать"], ["04", "консультации, встречи"],
  ["05", "дипломатическое сотрудничество"], ["06", "материальное сотрудничество"], ["07", "помощь"],
  ["08", "уступки"], ["09", "расследование"], ["10", "требование"], ["11", "неодобрение"], ["12", "отказ"],
  ["13", "угроза"], ["14", "протест"], ["15", "демонстрация силы"], ["16", "сокращение отношений"],
  ["17", "принуждение"], ["18", "нападение"], ["19", "боевые действия"], ["20", "массовое насилие"],
];

export async function eventsView(main, params) {
  setTitle("События");
  const form = eventsForm(params);
  const chart = el("div", { class: "chart chart-events", role: "img", "aria-label": "События по дням" });
  const results = el("div", { class: "results" }, loading());
  fill(main, el("h1", {}, "События"), form, results);
  const offset = Math.max(0, Number(params.get("offset")) || 0);
  const query = Object.fromEntries(EVENT_FILTERS.map((k) => [k, params.get(k)]));
  try {
    const found = await api.events({ ...query, limit: EVENTS_PER_PAGE, offset });
    const route = "events?" + new URLSearchParams(Object.entries(query).filter(([, v]) => v)).toString();
    fill(results,
      el("h2", {}, "По дням и классам GDELT (QuadClass)"),
      found.days.length ? chart : el("p", { class: "muted none" }, "нет событий с датой"),
      el("p", { class: "muted count" }, found.total ? `Найдено событий: ${found.total}` : "Ничего не найдено"),
      found.total > EVENTS_PER_PAGE ? pager(route, offset, found.events.length, found.total, EVENTS_PER_PAGE, "Раньше →") : null,
      el("ol", { class: "event-list" }, found.events.map(eventItem)));
    if (found.days.length) quadChart(chart, found.days, Object.fromEntries(Object.keys(found.quad_classes)
      .map((q) => [q, QUAD_LABEL[q] || found.quad_classes[q]])));
  } catch (error) {
    fill(results, errorBox(error));
  }
}

function eventsForm(params) {
  const field = (name, label, type, placeholder) => el("label", { class: `field field-${name}` },
    el("span", {}, label),
    el("input", { name, type: type || "text", value: params.get(name) || "", placeholder: placeholder || "" }));
  const root = el("select", { name: "root" },
    el("option", { value: "" }, "любой"),
    CAMEO_ROOTS.map(([code, label]) => el("option", { value: code, selected: params.get("root") === code }, `${code} ${label}`)));
  const form = el("form", { class: "search events-form" },
    el("div", { class: "filters" },
      field("actor", "Участник", "text", "Токаев, ООН"),
      field("place", "Место", "text", "Астана"),
      el("label", { class: "field field-root" }, el("span", {}, "Корневой код CAMEO"), root),
      field("since", "С даты", "date"),
      field("until", "По дату", "date"),
      el("button", { type: "submit" }, "Показать")));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const query = new URLSearchParams();
    for (const [key, value] of new FormData(form)) if (String(value).trim()) query.set(key, String(value).trim());
    window.location.hash = "#/events?" + query.toString();
  });
  return form;
}

function eventItem(e) {
  return el("li", { class: "event", "data-quad": e.quad_class },
    el("span", { class: "quad-mark", title: QUAD_LABEL[e.quad_class], "data-quad": e.quad_class }),
    el("span", { class: "event-type" }, e.type),
    e.cameo_root ? el("span", { class: "muted" }, ` CAMEO ${e.cameo_root}`) : null,
    MODALITY_LABEL[e.modality] ? el("span", { class: "modality" }, ` (${MODALITY_LABEL[e.modality]})`) : null,
    el("div", {}, e.summary || ""),
    el("div", { class: "meta" }, metaLine([
      showDate(e.day) || "дата неизвестна",
      e.actors.length ? el("span", {}, "участники: ", e.actors.flatMap((a, i) =>
        [i ? ", " : null, el("a", { href: entityHref(a) }, a)])) : null,
      e.place ? el("span", {}, "место: ", el("a", { href: entityHref(e.place) }, e.place)) : null,
      el("a", { href: docHref(e.document) }, e.title || "документ")])));
}

// ---- facets beside search results ----

/** The facets of a search: entities, outlets, months and event types, each a link that narrows
 *  the search by it. `params` are the search's own. */
export async function searchFacets(node, params) {
  const query = Object.fromEntries(["q", "entity", "since", "until", "source", "event_type"]
    .map((k) => [k, params.get(k)]));
  fill(node, loading());
  let found;
  try {
    found = await api.facets(query);
  } catch (error) {
    fill(node, errorBox(error));
    return;
  }
  const narrow = (extra) => "#/search?" + new URLSearchParams(
    Object.entries({ ...query, ...extra }).filter(([, v]) => v)).toString();
  // Each item: what it narrows by, and how many of the hits it holds.
  const facet = (key, title, items, render) => el("section", { class: `panel-section facet facet-${key}` },
    el("h3", {}, title),
    items.length ? el("ul", {}, items.map((item) => el("li", {},
      el("span", { class: "label" }, render(item)), el("span", { class: "facet-count" }, String(item.documents)))))
      : el("p", { class: "muted none" }, "нет"));
  fill(node,
    el("p", { class: "muted" }, `По ${documentWord(found.hits)} выдачи`),
    facet("entities", "Сущности", found.entities, (e) => [
      el("a", { href: narrow({ entity: e.name }) }, e.name), " ", typeChip(e.type)]),
    facet("sources", "Издания", found.sources, (s) => el("a", { href: narrow({ source: s.name }) }, s.name)),
    facet("months", "Даты", found.months, (m) =>
      el("a", { href: narrow({ since: m.month + "-01", until: monthEnd(m.month) }) }, monthLabel(m.month))),
    facet("event_types", "Типы событий", found.event_types, (t) => [
      el("a", { href: narrow({ event_type: t.type }) }, t.type),
      t.cameo_root ? el("span", { class: "muted" }, ` CAMEO ${t.cameo_root}`) : null]));
}

const MONTHS = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
  "ноябрь", "декабрь"];

function monthLabel(month) {
  const [year, m] = month.split("-");
  return MONTHS[Number(m) - 1] ? `${MONTHS[Number(m) - 1]} ${year}` : month;
}

function monthEnd(month) {
  const [year, m] = month.split("-").map(Number);
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${month}-${String(last).padStart(2, "0")}`;
}
