// Accounts in the workspace: sign up, log in, log out, change password (#/account); the
// personal feed with the watchlist, the Atom link and webhooks (#/watch); and a follow button
// for the reader's pages (`followButton`, also put on every entity page by itself).
//
// Every write sends the session's CSRF token (X-CSRF-Token), which GET api/account gives.
// Text from the server goes into the page as text only (dom.js), never as markup.

import { getJSON } from "./api.js";
import { docHref, el, errorBox, fill, loading, setTitle, showDate, titleOf } from "./dom.js";

const state = { user: null, csrf: "", private: false, loaded: null };
const KIND_LABEL = { entity: "сущность", search: "поиск", events: "события" };

async function send(method, path, body) {
  let response;
  try {
    response = await fetch(path, {
      method,
      headers: { "Content-Type": "application/json", Accept: "application/json", "X-CSRF-Token": state.csrf },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new Error("Сервер не отвечает");
  }
  const data = await response.json().catch(() => null);
  if (!response.ok) {
    const error = new Error(data && data.detail ? `Ошибка ${response.status}: ${data.detail}` : `Ошибка ${response.status}`);
    error.status = response.status;
    throw error;
  }
  return data;
}

/** Who is logged in; fetched once, again after a login or logout. */
export function account(refresh) {
  if (!state.loaded || refresh) {
    state.loaded = getJSON("api/account").then((a) => {
      Object.assign(state, { user: a.user, csrf: a.csrf, private: a.private });
      showAccountLink();
      return state;
    });
  }
  return state.loaded;
}

function signedIn(session) {
  Object.assign(state, { user: session.user, csrf: session.csrf || state.csrf });
  state.loaded = Promise.resolve(state);
  showAccountLink();
}

function showAccountLink() {
  const link = document.querySelector('nav a[data-nav="account"]');
  if (link) fill(link, state.user ? state.user.name : "Вход");
}

/** Follow a watch item: {kind: "entity", entity} | {kind: "search", q} | {kind: "events", actor, root, place}. */
export function follow(item) {
  return send("POST", "api/watch", item);
}

/** A button that follows `item` for the logged-in user (or leads to the login page). */
export function followButton(item, label) {
  const button = el("button", { type: "button", class: "follow", "data-follow": item.kind }, label || "Следить");
  button.addEventListener("click", async () => {
    await account();
    if (!state.user) {
      window.location.hash = "#/account";
      return;
    }
    button.disabled = true;
    try {
      await follow(item);
      fill(button, "Вы следите");
    } catch (error) {
      button.disabled = false;
      button.after(errorBox(error));
    }
  });
  return button;
}

// ---- #/account ----

function form(title, fields, submitLabel, onSubmit) {
  const message = el("div", { "aria-live": "polite" });
  const node = el("form", { class: "search account-form", "data-form": title },
    el("h2", {}, title),
    fields.map(([name, label, type, autocomplete]) => el("label", { class: "field" }, el("span", {}, label),
      el("input", { name, type, autocomplete, required: true }))),
    el("p", {}, el("button", { type: "submit" }, submitLabel)), message);
  node.addEventListener("submit", async (event) => {
    event.preventDefault();
    const values = Object.fromEntries(new FormData(node));
    const button = node.querySelector("button");
    button.disabled = true;
    try {
      await onSubmit(values);
      node.reset();
    } catch (error) {
      fill(message, errorBox(error));
    } finally {
      button.disabled = false;
    }
  });
  return node;
}

export async function accountView(main) {
  setTitle("Вход");
  fill(main, loading());
  try {
    await account(true);
  } catch (error) {
    fill(main, errorBox(error));
    return;
  }
  if (state.user) {
    fill(main, el("div", { class: "entity-page account" },
      el("h1", {}, state.user.name, state.user.admin ? el("span", { class: "chip chip-ORG" }, " администратор") : null),
      el("p", {}, el("a", { href: "#/watch" }, "Мои подписки →")),
      el("p", {}, el("button", { type: "button", "data-action": "logout", onclick: logOut }, "Выйти")),
      form("Сменить пароль", [["old", "Текущий пароль", "password", "current-password"],
        ["new", "Новый пароль (не короче 10 знаков)", "password", "new-password"]], "Сменить",
      async (v) => {
        signedIn(await send("POST", "api/account/password", { old: v.old, new: v.new }));
        accountView(main);
      })));
    return;
  }
  const done = (session) => {
    signedIn(session);
    window.location.hash = "#/watch";
  };
  fill(main, el("div", { class: "entity-page account" },
    el("h1", {}, "Вход"),
    state.private ? el("p", { class: "muted" }, "Этот сервер открыт только для пользователей с учётной записью.") : null,
    form("Войти", [["name", "Имя", "text", "username"], ["password", "Пароль", "password", "current-password"]],
      "Войти", async (v) => done(await send("POST", "api/account/login", v))),
    state.private ? null : form("Зарегистрироваться", [["name", "Имя", "text", "username"],
      ["password", "Пароль (не короче 10 знаков)", "password", "new-password"]], "Зарегистрироваться",
    async (v) => done(await send("POST", "api/account/signup", v)))));
}

async function logOut() {
  try {
    await send("POST", "api/account/logout");
  } finally {
    await account(true);
    if (/^#\/?account$/.test(window.location.hash)) accountView(main);
    else window.location.hash = "#/account";
  }
}

// ---- #/watch: the personal feed ----

export async function watchView(main) {
  setTitle("Подписки");
  fill(main, loading());
  await account().catch(() => null);
  if (!state.user) {
    fill(main, el("h1", {}, "Подписки"), el("p", {}, el("a", { href: "#/account" }, "Войдите"),
      ", чтобы следить за сущностями, запросами и событиями."));
    return;
  }
  let feed;
  try {
    feed = await getJSON("api/watch/feed", { limit: 50 });
  } catch (error) {
    fill(main, el("h1", {}, "Подписки"), errorBox(error));
    return;
  }
  const labels = Object.fromEntries(feed.items.map((i) => [i.id, i.label]));
  const alerts = el("div", { class: "panel-section alerts" });
  fill(main, el("div", { class: "entity-page watch" },
    el("h1", {}, "Подписки", feed.new ? el("span", { class: "muted" }, ` · новых: ${feed.new}`) : null),
    el("div", { class: "entity-grid" },
      el("div", {},
        el("h2", {}, "Новое по подпискам"),
        feed.articles.length
          ? el("ul", { class: "doc-list feed" }, feed.articles.map((a) => el("li", { class: a.new ? "new" : null },
            el("a", { class: "title", href: docHref(a.id) }, titleOf(a)),
            a.new ? el("span", { class: "chip chip-LOC" }, " новое") : null,
            el("div", { class: "meta" }, [showDate(a.published), a.source, a.items.map((i) => labels[i]).join(", ")]
              .filter(Boolean).join(" · ")),
            a.lead ? el("p", { class: "lead" }, a.lead) : null)))
          : el("p", { class: "muted" }, "Пока ничего: новые документы появятся здесь после следующего опроса источников.")),
      el("div", { class: "panel" },
        el("div", { class: "panel-section" }, el("h3", {}, "Я слежу"), watchList(feed.items, main)),
        el("div", { class: "panel-section" }, el("h3", {}, "Добавить"), addForms(main)),
        alerts))));
  fillAlerts(alerts);
  if (feed.new) send("POST", "api/watch/seen", { through: feed.through }).catch(() => null);
}

function watchList(items, main) {
  if (!items.length) return el("p", { class: "none muted" }, "Ничего. Нажмите «Следить» на странице сущности.");
  return el("ul", {}, items.map((i) => el("li", { "data-item": i.id },
    el("span", { class: "name" }, i.label), " ",
    el("span", { class: "muted" }, `${KIND_LABEL[i.kind] || i.kind} · ${i.matches}`, i.new ? ` (новых ${i.new})` : ""), " ",
    el("button", {
      type: "button", title: "Не следить",
      onclick: async () => { await send("DELETE", `api/watch/${i.id}`).catch(() => null); watchView(main); },
    }, "×"))));
}

function addForms(main) {
  const search = el("form", { class: "filters" },
    el("label", { class: "field" }, el("span", {}, "Запрос"), el("input", { name: "q", type: "text", required: true })),
    el("button", { type: "submit" }, "Следить"));
  const events = el("form", { class: "filters" },
    el("label", { class: "field" }, el("span", {}, "Участник"), el("input", { name: "actor", type: "text" })),
    el("label", { class: "field" }, el("span", {}, "CAMEO"), el("input", { name: "root", type: "text", size: 2, maxlength: 2 })),
    el("label", { class: "field" }, el("span", {}, "Место"), el("input", { name: "place", type: "text" })),
    el("button", { type: "submit" }, "Следить за событиями"));
  const message = el("div", { "aria-live": "polite" });
  const submit = (node, kind) => node.addEventListener("submit", async (event) => {
    event.preventDefault();
    const values = Object.fromEntries([...new FormData(node)].filter(([, v]) => String(v).trim()));
    try {
      await follow({ kind, ...values });
      watchView(main);
    } catch (error) {
      fill(message, errorBox(error));
    }
  });
  submit(search, "search");
  submit(events, "events");
  return [search, events, message];
}

async function fillAlerts(node) {
  let alerts;
  try {
    alerts = await getJSON("api/alerts");
  } catch (error) {
    fill(node, errorBox(error));
    return;
  }
  const atomBox = el("div", { class: "atom" });
  const showAtom = (url) => fill(atomBox, url
    ? el("input", { type: "url", readonly: true, value: url, "aria-label": "Адрес ленты Atom" })
    : el("p", { class: "muted" }, alerts.atom ? "Лента включена (адрес показан при создании)." : "Лента выключена."));
  showAtom(null);
  const hookForm = el("form", { class: "filters" },
    el("label", { class: "field" }, el("span", {}, "Webhook URL"), el("input", { name: "url", type: "url", required: true })),
    el("button", { type: "submit" }, "Добавить"));
  hookForm.addEventListener("submit", async (event) => {
    event.preventDefault();
    try {
      await send("POST", "api/alerts/webhooks", { url: new FormData(hookForm).get("url") });
      fillAlerts(node);
    } catch (error) {
      hookForm.append(errorBox(error));
    }
  });
  fill(node, el("h3", {}, "Оповещения"),
    el("p", {},
      el("button", {
        type: "button", "data-action": "atom",
        onclick: async () => showAtom((await send("POST", "api/alerts/atom")).url),
      }, "Лента Atom"), " ",
      el("button", {
        type: "button", onclick: async () => { await send("DELETE", "api/alerts/atom"); alerts.atom = false; showAtom(null); },
      }, "Отключить ленту")),
    atomBox,
    el("ul", {}, alerts.webhooks.map((h) => el("li", {}, h.url, " ",
      el("button", { type: "button", onclick: async () => { await send("DELETE", `api/alerts/webhooks/${h.id}`); fillAlerts(node); } }, "×")))),
    hookForm);
}

// ---- wiring: the two routes, the follow button on entity pages, the login link ----

const main = document.getElementById("view");

function route() {
  const hash = window.location.hash.replace(/^#\/?/, "");
  if (hash === "account") accountView(main);
  else if (hash === "watch") watchView(main);
}

// The reader renders entity pages; put a follow button into each one's header.
new MutationObserver(() => {
  const head = main.querySelector(".entity-page .doc-head h1");
  if (!head || head.parentNode.querySelector("button.follow")) return;
  const match = /^#\/entity\/(.+)$/.exec(window.location.hash);
  if (!match) return;
  let name;
  try {
    name = decodeURIComponent(match[1]);
  } catch {
    name = match[1];
  }
  head.after(followButton({ kind: "entity", entity: name }));
}).observe(main, { childList: true, subtree: true });

// After the reader's own listener (this module runs after reader.js): its default page is
// replaced by ours for #/account and #/watch.
window.addEventListener("hashchange", route);
route();
account().then(() => {
  if (state.private && !state.user && !/^#\/?account$/.test(window.location.hash)) window.location.hash = "#/account";
}).catch(() => null);
