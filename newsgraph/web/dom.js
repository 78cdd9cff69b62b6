// DOM helpers. Every string given to them becomes a text node: document text never
// reaches the page as markup.

/** An element with attributes (`class`, `href`, `data-*`, `on*` handlers) and children
 *  (nodes, strings, numbers; null and false are skipped; arrays are flattened). */
export function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith("on") && typeof value === "function") {
      node.addEventListener(name.slice(2), value);
    } else if (name === "href") {
      node.setAttribute("href", safeHref(value));
    } else {
      node.setAttribute(name, value === true ? "" : String(value));
    }
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replace a node's content with the given children. */
export function fill(node, ...children) {
  node.replaceChildren();
  append(node, children);
  return node;
}

/** Only in-page routes and http(s) addresses become links; anything else (javascript:,
 *  data:) becomes a harmless "#". */
export function safeHref(value) {
  const text = String(value);
  if (text.startsWith("#")) return text;
  try {
    const url = new URL(text, window.location.href);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : "#";
  } catch {
    return "#";
  }
}

/** A search snippet with its matched words in `<b>…</b>` as text with <mark> elements;
 *  the markers are the only markup in it (its text is HTML-escaped): the rest is read back
 *  to plain text and stays text. */
export function snippetNodes(snippet) {
  const out = [];
  const parts = String(snippet || "").split(/(<b>|<\/b>)/);
  let bold = false;
  for (const part of parts) {
    if (part === "<b>") bold = true;
    else if (part === "</b>") bold = false;
    else if (part) {
      const text = unescapeText(part);
      out.push(bold ? el("mark", {}, text) : text);
    }
  }
  return out;
}

function unescapeText(part) {
  return part.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

export function docHref(id) {
  return "#/doc/" + encodeURIComponent(id);
}

export function entityHref(name) {
  return "#/entity/" + encodeURIComponent(name);
}

export const TYPE_LABEL = { PER: "персона", LOC: "место", ORG: "организация" };
export const TYPE_PLURAL = { PER: "Персоны", LOC: "Места", ORG: "Организации" };

/** A small coloured chip for an entity type. */
export function typeChip(type) {
  return el("span", { class: `chip chip-${type}`, title: type }, TYPE_LABEL[type] || type);
}

/** "2017-03-23" as "23.03.2017"; partial and missing dates as given. */
export function showDate(value) {
  if (!value) return "";
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : value;
}

/** A document's display title: its headline, else the start of its text, else its id. */
export function titleOf(item, fallbackText) {
  if (item.title) return item.title;
  const lead = (fallbackText || item.lead || "").replace(/\s+/g, " ").trim();
  if (lead) return lead.length > 90 ? lead.slice(0, 90).replace(/\s\S*$/, "") + " …" : lead;
  return item.id;
}

/** The browser tab's title for the page shown. */
export function setTitle(text) {
  document.title = text ? `${text} — newsgraph` : "newsgraph";
}

export function loading() {
  return el("p", { class: "muted" }, "Загрузка…");
}

export function errorBox(error) {
  return el("p", { class: "error", role: "alert" }, error.message || String(error));
}
