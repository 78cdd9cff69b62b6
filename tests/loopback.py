"""A small HTTP server on 127.0.0.1 for the poller's tests: each path answers as its `Route`
says (a status, a body, an ETag, a delay, failures before success, a redirect), and the server
records every request with the time it started and ended and the most requests it was serving
at once for each Host header. The site fixtures (feeds, sitemaps, article pages) are written
for the project."""
from __future__ import annotations

import contextlib
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    etag: str | None = None
    last_modified: str | None = None
    delay: float = 0.0  # seconds before the answer starts
    fail: int = 0  # this many requests get a 503 first
    location: str | None = None  # a redirect (status 302 unless `status` says otherwise)
    length: bool = True  # send Content-Length (else the body ends when the connection closes)


@dataclass
class Hit:
    host: str
    path: str
    headers: dict
    start: float
    end: float = 0.0
    status: int = 0


@dataclass
class Site:
    """The routes served and what the server saw."""

    routes: dict[str, Route] = field(default_factory=dict)
    hits: list[Hit] = field(default_factory=list)
    port: int = 0
    _active: dict[str, int] = field(default_factory=dict)
    most_at_once: dict[str, int] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}{path}"

    def paths(self, host: str | None = None) -> list[str]:
        """The paths requested, in order (of one Host when given)."""
        return [h.path for h in self.hits if host is None or h.host.split(":")[0] == host]

    def count(self, path: str) -> int:
        return sum(1 for h in self.hits if h.path == path)

    def forget(self) -> None:
        with self._lock:
            self.hits.clear()


def _handler(site: Site):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args) -> None:
            pass

        def do_GET(self) -> None:
            host = self.headers.get("Host", "")
            hit = Hit(host, self.path, dict(self.headers), time.monotonic())
            with site._lock:
                site.hits.append(hit)
                site._active[host] = site._active.get(host, 0) + 1
                site.most_at_once[host] = max(site.most_at_once.get(host, 0), site._active[host])
            try:
                self._answer(hit)
            finally:
                hit.end = time.monotonic()
                with site._lock:
                    site._active[host] -= 1

        def _answer(self, hit: Hit) -> None:
            route = site.routes.get(self.path.split("?")[0])
            if route is None:
                return self._send(hit, 404, b"not here", "text/plain")
            if route.fail > 0:
                route.fail -= 1
                return self._send(hit, 503, b"busy", "text/plain")
            if route.delay:
                time.sleep(route.delay)
            if route.location:
                return self._send(hit, route.status if route.status in (301, 302, 303, 307, 308) else 302, b"",
                                  "text/plain", {"Location": route.location})
            extra = {}
            if route.etag:
                extra["ETag"] = route.etag
            if route.last_modified:
                extra["Last-Modified"] = route.last_modified
            if (route.etag and self.headers.get("If-None-Match") == route.etag) or (
                    route.last_modified and self.headers.get("If-Modified-Since") == route.last_modified):
                return self._send(hit, 304, b"", None, extra)
            self._send(hit, route.status, route.body, route.content_type, extra, route.length)

        def _send(self, hit: Hit, status: int, body: bytes, content_type: str | None, extra: dict | None = None,
                  length: bool = True) -> None:
            hit.status = status
            self.send_response(status)
            if content_type:
                self.send_header("Content-Type", content_type)
            for name, value in (extra or {}).items():
                self.send_header(name, value)
            if length:
                self.send_header("Content-Length", str(len(body)))
            else:
                self.send_header("Connection", "close")
                self.close_connection = True
            self.end_headers()
            if status != 304:
                try:
                    for i in range(0, len(body), 16384):
                        self.wfile.write(body[i:i + 16384])
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client stopped reading (a page over its size limit)

    return Handler


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address) -> None:
        import sys

        if not isinstance(sys.exc_info()[1], ConnectionError):  # a client that gave up (a timeout) is expected
            super().handle_error(request, client_address)


@contextlib.contextmanager
def serve(routes: dict[str, Route] | None = None):
    """Yield a `Site` served on a free port of 127.0.0.1 (also reachable as `localhost`)."""
    site = Site(routes=dict(routes or {}))
    server = _Server(("127.0.0.1", 0), _handler(site))
    site.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()


# Article pages, written for these tests in the layout of a small news site.
ARTICLES = {
    "talks": ("Кыргызстан и Казахстан обсудили поставки воды",
              ["В Бишкеке в среду прошли переговоры министров водного хозяйства Кыргызстана и Казахстана. "
               "Стороны обсудили график поставок воды из Токтогульского водохранилища на лето.",
               "Министр водных ресурсов Казахстана Нуржан Ногаев заявил, что договорённость позволит фермерам "
               "юга республики спокойно планировать посевную.",
               "Следующая встреча рабочей группы назначена на июнь в Астане."]),
    "budget": ("Парламент Узбекистана утвердил поправки в бюджет",
               ["Законодательная палата Олий Мажлиса в четверг одобрила поправки в государственный бюджет "
                "Узбекистана на текущий год.",
                "По словам министра финансов, расходы на строительство школ вырастут на 1,2 трлн сумов, "
                "а дефицит бюджета останется в пределах трёх процентов ВВП.",
                "Документ направлен в Сенат, который рассмотрит его на ближайшем пленарном заседании."]),
    "rail": ("Таджикистан и Китай договорились о новой железной дороге",
             ["Правительства Таджикистана и Китая подписали в Душанбе соглашение о строительстве "
              "железной дороги до границы с Кыргызстаном.",
              "Как сообщил министр транспорта Таджикистана, первый участок длиной 120 километров "
              "планируется открыть через три года.",
              "Финансирование проекта возьмёт на себя китайский банк развития."]),
    "harvest": ("В Казахстане начали уборку зерновых",
                ["Аграрии Костанайской области приступили к уборке пшеницы на полях площадью более "
                 "четырёх миллионов гектаров.",
                 "Аким области сообщил журналистам, что урожай в этом году ожидается выше прошлогоднего "
                 "благодаря тёплой весне и дождливому июлю.",
                 "Зерно в первую очередь отправят на элеваторы Северного Казахстана."]),
    "metro": ("В Алматы откроют две новые станции метро",
              ["Городские власти Алматы объявили, что до конца года пассажиры смогут пользоваться двумя "
               "новыми станциями метрополитена.",
               "Строительство тоннеля на западном направлении завершено, сейчас монтируют эскалаторы "
               "и системы вентиляции.",
               "Стоимость проезда после открытия станций не изменится, заверили в акимате."]),
    "forum": ("В Ташкенте открылся инвестиционный форум",
              ["Более двух тысяч участников из сорока стран собрались в Ташкенте на международный "
               "инвестиционный форум.",
               "Президент Узбекистана Шавкат Мирзиёев в приветственной речи призвал иностранных партнёров "
               "вкладывать средства в энергетику и переработку хлопка.",
               "По итогам первого дня подписаны соглашения на сумму свыше пяти миллиардов долларов."]),
    "snow": ("На перевалах Кыргызстана выпал снег",
             ["Сотрудники министерства чрезвычайных ситуаций Кыргызстана предупредили водителей о снегопаде "
              "на перевалах Тоо-Ашуу и Ала-Бель.",
              "Движение большегрузных машин на трассе Бишкек — Ош временно ограничено до улучшения погоды.",
              "Дорожные службы круглосуточно расчищают проезжую часть и посыпают её песком."]),
    "museum": ("В Самарканде отреставрировали старинное медресе",
               ["Реставраторы завершили работы в медресе на площади Регистан, которые продолжались "
                "почти два года.",
                "Мастера восстановили мозаику на порталах и купола, пострадавшие от землетрясений "
                "прошлого века.",
                "Медресе откроется для туристов в начале осени, сообщили в хокимияте Самарканда."]),
}


# Articles about a person the account tests' stores already know (Нурсултан Назарбаев of
# tests/test_store.py's TALKS), written for these tests like the ones above.
FOLLOWED = {
    "media-forum": ("Назарбаев выступил на медиафоруме в Астане",
                    ["В Астане в пятницу открылся Евразийский медиафорум, на который съехались журналисты "
                     "из двадцати стран.",
                     "Первый президент Казахстана Нурсултан Назарбаев призвал участников писать о регионе "
                     "честно и без спешки.",
                     "Форум продлится два дня, его итоги подведут на пресс-конференции в субботу."]),
    "turkestan": ("В Туркестане встретили Назарбаева",
                  ["Жители Туркестана в субботу встретили Нурсултана Назарбаева у мавзолея Ходжи Ахмеда Ясави.",
                   "Гостю показали новый визит-центр и отреставрированную крепостную стену.",
                   "Назарбаев пообещал вернуться в город осенью на открытие университета."]),
}


def article_html(key: str, charset: str = "utf-8", published: str | None = "2024-05-02", meta_charset: bool = True,
                 extra: str = "") -> bytes:
    """An article page of the fixture site (of ARTICLES or FOLLOWED), encoded in `charset`."""
    title, paragraphs = ARTICLES[key] if key in ARTICLES else FOLLOWED[key]
    date = f'<meta property="article:published_time" content="{published}T10:00:00+06:00">' if published else ""
    meta = f'<meta charset="{charset}">' if meta_charset else ""
    body = "".join(f"<p>{p}</p>" for p in paragraphs + ([extra] if extra else []))
    page = (f"<!DOCTYPE html><html lang=\"ru\"><head>{meta}<title>{title} — Вести Долины</title>{date}</head>"
            f"<body><header><nav><a href=\"/\">Главная</a> <a href=\"/politics\">Политика</a> "
            f"<a href=\"/economy\">Экономика</a></nav></header><main><article><h1>{title}</h1>{body}</article>"
            f"</main><aside><h3>Читайте также</h3><ul><li><a href=\"/x\">Курс доллара снова вырос</a></li></ul>"
            f"</aside><footer>© Вести Долины, 2024. Все права защищены.</footer></body></html>")
    return page.encode(charset, errors="xmlcharrefreplace")  # koi8-r has no dash or ©


def rss(items: list[tuple[str, str, str]], title: str = "Вести Долины: все новости") -> bytes:
    """An RSS 2.0 feed of (link, title, pubDate) items."""
    entries = "".join(f"<item><title>{t}</title><link>{link}</link><guid>{link}</guid><pubDate>{d}</pubDate>"
                      f"<description>{t}</description></item>" for link, t, d in items)
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{title}</title>'
            f"<link>http://example.kg/</link><description>Лента</description>{entries}</channel></rss>").encode()


def atom(items: list[tuple[str, str, str]], title: str = "Вести Долины") -> bytes:
    """An Atom feed of (link, title, updated) entries."""
    entries = "".join(f'<entry><title>{t}</title><link href="{link}"/><id>{link}</id><updated>{d}</updated></entry>'
                      for link, t, d in items)
    return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>{title}</title>'
            f"<id>urn:feed</id><updated>2024-05-02T10:00:00Z</updated>{entries}</feed>").encode()


def sitemap(urls: list[tuple[str, str | None]]) -> bytes:
    """A sitemap of (loc, lastmod) entries."""
    entries = "".join(f"<url><loc>{loc}</loc>" + (f"<lastmod>{mod}</lastmod>" if mod else "") + "</url>"
                      for loc, mod in urls)
    return (f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"{entries}</urlset>").encode()


def sitemap_index(children: list[tuple[str, str | None]]) -> bytes:
    entries = "".join(f"<sitemap><loc>{loc}</loc>" + (f"<lastmod>{mod}</lastmod>" if mod else "") + "</sitemap>"
                      for loc, mod in children)
    return (f'<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"{entries}</sitemapindex>").encode()
