// Calls to the JSON API of the server that sent this page.

const MESSAGES = {
  404: "Не найдено",
  413: "Текст слишком большой",
  422: "Запрос не принят",
  503: "Хранилище недоступно",
};

async function send(path, init) {
  let response;
  try {
    response = await fetch(path, init);
  } catch {
    throw new Error("Сервер не отвечает");
  }
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const label = MESSAGES[response.status] || `Ошибка ${response.status}`;
    const error = new Error(body && body.detail ? `${label}: ${body.detail}` : label);
    error.status = response.status;
    throw error;
  }
  return body;
}

/** GET `path` with the non-empty `params` as a query string. */
export function getJSON(path, params) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params || {})) {
    if (value !== null && value !== undefined && value !== "") query.set(key, value);
  }
  const qs = query.toString();
  return send(qs ? `${path}?${qs}` : path, { headers: { Accept: "application/json" } });
}

export function postJSON(path, body) {
  return send(path, {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: JSON.stringify(body),
  });
}

export const api = {
  stats: () => getJSON("api/stats"),
  search: (params) => getJSON("api/search", params),
  documents: (limit, offset) => getJSON("api/documents", { limit, offset }),
  document: (id) => getJSON("api/documents/" + encodeURIComponent(id)),
  entity: (name) => getJSON("api/entities/" + encodeURIComponent(name)),
  story: (ref) => getJSON("api/stories/" + encodeURIComponent(ref)),
  extract: (body) => postJSON("api/extract", body),
  feed: (limit, offset) => getJSON("api/feed", { limit, offset }),
  storyPage: (ref) => getJSON("api/feed/stories/" + encodeURIComponent(ref)),
  timeline: (name) => getJSON("api/timeline/entities/" + encodeURIComponent(name)),
  events: (params) => getJSON("api/events", params),
  facets: (params) => getJSON("api/facets", params),
};
