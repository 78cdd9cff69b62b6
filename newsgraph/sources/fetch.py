"""Polite HTTP: one request at a time per host, a delay between them, robots.txt honoured,
conditional requests, bounded retries, redirects, a timeout and a size limit per response.

`Fetcher.get(url, etag, last_modified)` returns a `Response` (status 200 with the body, or 304
when the server says nothing changed) or raises FetchError with a one-line reason; `retry` on
the error says whether a later poll may do better. A `Fetcher` is shared by the poller's
threads: each host has a lock held for the whole of a request, so two sources on one site never
load it at once, and the time of its last request, so the next one waits `delay` after it.
"""
from __future__ import annotations

import contextlib
import threading
import time
import urllib.robotparser
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import httpx

from newsgraph import __version__
from newsgraph.errors import FetchError

USER_AGENT = f"newsgraph/{__version__} (news analysis; polls feeds politely)"
# The token robots.txt groups are matched against.
ROBOTS_AGENT = "newsgraph"
# RFC 9309: a crawler reads at least 500 KiB of robots.txt and keeps it at most a day.
ROBOTS_MAX_BYTES = 512 * 1024
ROBOTS_TTL_SECONDS = 24 * 3600
# robots.txt that cannot be reached (5xx, network) means "disallow all" for a while, then ask again.
ROBOTS_UNREACHABLE_TTL_SECONDS = 600
# A Crawl-delay or Retry-After longer than this is taken as this: a poll should not stall for hours.
MAX_WAIT_SECONDS = 60.0
REDIRECTS = (301, 302, 303, 307, 308)
# Statuses a later attempt may get past: the server is busy or failing for a moment.
RETRY_STATUSES = (408, 425, 429, 500, 502, 503, 504)


@dataclass(frozen=True)
class FetchSettings:
    """How politely and how patiently to fetch. `delay` is the pause between two requests to
    one host; `timeout` bounds each request (connecting, each read and the whole body);
    `retries` more attempts follow a 5xx, a timeout or a failed connection, after `backoff`
    seconds, doubling each time; a body over `max_bytes` is not read past the limit."""

    delay: float = 1.0
    timeout: float = 20.0
    max_bytes: int = 5 * 1024 * 1024
    retries: int = 3
    backoff: float = 1.0
    max_redirects: int = 5
    user_agent: str = USER_AGENT
    robots: bool = True


@dataclass
class Response:
    """What a GET brought: `status` 200 (with `content`) or 304; `final_url` after redirects."""

    url: str
    final_url: str
    status: int
    content: bytes = b""
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None

    @property
    def unchanged(self) -> bool:
        return self.status == 304


@dataclass
class _Host:
    lock: threading.Lock = field(default_factory=threading.Lock)
    ready_at: float = 0.0  # monotonic time before which the next request must not start
    delay: float = 0.0


class _Retry(Exception):
    """A failed attempt a later one may get past; `wait` overrides the backoff when the server named one."""

    def __init__(self, reason: str, wait: float | None = None, status: int | None = None):
        super().__init__(reason)
        self.reason = reason
        self.wait = wait
        self.status = status


class Fetcher:
    """HTTP GETs under `settings`, shared by threads. `stop` ends waits early (Ctrl-C).
    `transport` replaces the network, for tests. Close it (or use it as a context manager)."""

    def __init__(self, settings: FetchSettings | None = None, transport: httpx.BaseTransport | None = None):
        self.settings = settings or FetchSettings()
        self.stop = threading.Event()
        self.client = httpx.Client(follow_redirects=False, timeout=httpx.Timeout(self.settings.timeout),
                                   headers={"User-Agent": self.settings.user_agent}, transport=transport)
        self._hosts: dict[str, _Host] = {}
        self._robots: dict[str, tuple[urllib.robotparser.RobotFileParser | bool, float]] = {}
        self._robots_locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> "Fetcher":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Response:
        """GET `url`, following redirects (each hop checked against robots.txt), conditionally
        when `etag` or `last_modified` is given. Raises FetchError."""
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        hops = [url]
        current = url
        while True:
            if self.settings.robots:
                self._check_robots(current)
            response, location = self._attempts(current, headers, self.settings.max_bytes)
            if location is None:
                response.url = url
                return response
            target = urljoin(current, location)
            if target in hops:
                raise FetchError("redirect loop: " + " → ".join(hops[hops.index(target):] + [target]), url)
            if len(hops) > self.settings.max_redirects:
                raise FetchError(f"more than {self.settings.max_redirects} redirects", url)
            hops.append(target)
            current = target

    # robots.txt
    def allowed(self, url: str) -> bool:
        """Whether robots.txt of `url`'s site lets this crawler fetch it (fetched once per site
        and day; a missing robots.txt allows everything, an unreachable one nothing)."""
        rules = self._rules(url)
        if isinstance(rules, bool):
            return rules
        if isinstance(rules, FetchError):
            return False
        return rules.can_fetch(ROBOTS_AGENT, url)

    def _check_robots(self, url: str) -> None:
        rules = self._rules(url)
        if isinstance(rules, FetchError):
            raise FetchError(f"robots.txt unreachable ({rules.message}); not fetched", url, retry=True)
        if rules is False or (not isinstance(rules, bool) and not rules.can_fetch(ROBOTS_AGENT, url)):
            raise FetchError("disallowed by robots.txt", url)

    def _rules(self, url: str) -> urllib.robotparser.RobotFileParser | bool | FetchError:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}".lower()
        with self._guard:
            lock = self._robots_locks.setdefault(origin, threading.Lock())
        with lock:
            rules, expires = self._robots.get(origin, (True, 0.0))
            if time.monotonic() >= expires:
                rules, ttl = self._read_robots(origin)
                self._robots[origin] = (rules, time.monotonic() + ttl)
        return rules

    def _read_robots(self, origin: str) -> tuple[urllib.robotparser.RobotFileParser | bool | FetchError, float]:
        url = origin + "/robots.txt"
        try:
            response = self._follow(url, ROBOTS_MAX_BYTES)
        except FetchError as exc:
            # RFC 9309: a 4xx means there are no rules; a server error or no answer, stay away.
            if not exc.retry and exc.status is not None and 400 <= exc.status < 500:
                return True, ROBOTS_TTL_SECONDS
            return exc, ROBOTS_UNREACHABLE_TTL_SECONDS
        rules = urllib.robotparser.RobotFileParser(url)
        rules.parse(response.content.decode("utf-8", errors="replace").splitlines())
        crawl_delay = rules.crawl_delay(ROBOTS_AGENT)
        if crawl_delay:
            self._host(urlsplit(origin).hostname or "").delay = min(float(crawl_delay), MAX_WAIT_SECONDS)
        return rules, ROBOTS_TTL_SECONDS

    def _follow(self, url: str, max_bytes: int) -> Response:
        """GET with redirects but without robots.txt checks (for robots.txt itself)."""
        hops = [url]
        while True:
            response, location = self._attempts(url, {}, max_bytes)
            if location is None:
                return response
            url = urljoin(url, location)
            if url in hops or len(hops) > self.settings.max_redirects:
                raise FetchError("too many redirects", hops[0])
            hops.append(url)

    # One URL, with retries
    def _attempts(self, url: str, headers: dict, max_bytes: int) -> tuple[Response, str | None]:
        s = self.settings
        for attempt in range(s.retries + 1):
            try:
                return self._request(url, headers, max_bytes)
            except _Retry as exc:
                if attempt == s.retries or self.stop.is_set():
                    tries = f" ({attempt + 1} attempts)" if attempt else ""
                    raise FetchError(exc.reason + tries, url, retry=True, status=exc.status) from None
                wait = exc.wait if exc.wait is not None else s.backoff * 2 ** attempt
                if self.stop.wait(min(wait, MAX_WAIT_SECONDS)):
                    raise FetchError("interrupted", url, retry=True) from None
        raise AssertionError("unreachable")

    def _request(self, url: str, headers: dict, max_bytes: int) -> tuple[Response, str | None]:
        s = self.settings
        with self._turn(urlsplit(url).hostname or ""):
            deadline = time.monotonic() + s.timeout
            try:
                with self.client.stream("GET", url, headers=headers) as r:
                    status = r.status_code
                    if status in REDIRECTS and r.headers.get("location"):
                        return Response(url, url, status), r.headers["location"]
                    if status in RETRY_STATUSES:
                        raise _Retry(f"HTTP {status}", _retry_after(r.headers.get("retry-after")), status)
                    if status == 304:
                        return self._response(url, r, b""), None
                    if status >= 400 or status < 200 or status in REDIRECTS:
                        raise FetchError(f"HTTP {status}", url, status=status)
                    declared = r.headers.get("content-length", "")
                    if declared.isdigit() and int(declared) > max_bytes:
                        raise FetchError(f"larger than {max_bytes:,} bytes (Content-Length {int(declared):,}); "
                                         f"not read", url)
                    body, size = [], 0
                    for chunk in r.iter_bytes():
                        size += len(chunk)
                        if size > max_bytes:
                            raise FetchError(f"larger than {max_bytes:,} bytes; stopped reading", url)
                        if time.monotonic() > deadline:
                            raise _Retry(f"timed out after {s.timeout:g} s")
                        body.append(chunk)
                    return self._response(url, r, b"".join(body)), None
            except httpx.TimeoutException:
                raise _Retry(f"timed out after {s.timeout:g} s") from None
            except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
                raise FetchError(f"cannot fetch this URL ({exc})", url) from None
            except httpx.TransportError as exc:
                raise _Retry(f"connection failed ({type(exc).__name__}: {exc})".replace(": )", ")")) from None

    @staticmethod
    def _response(url: str, r: httpx.Response, content: bytes) -> Response:
        return Response(url, url, r.status_code, content, r.headers.get("content-type"), r.headers.get("etag"),
                        r.headers.get("last-modified"))

    # Politeness
    def _host(self, name: str) -> _Host:
        with self._guard:
            host = self._hosts.get(name)
            if host is None:
                host = self._hosts[name] = _Host(delay=self.settings.delay)
            return host

    @contextlib.contextmanager
    def _turn(self, hostname: str):
        """Hold `hostname` for one request: wait for the request before it to end and the
        delay after it to pass."""
        host = self._host(hostname.lower())
        with host.lock:
            wait = host.ready_at - time.monotonic()
            if wait > 0 and self.stop.wait(wait):
                raise FetchError("interrupted", hostname, retry=True)
            try:
                yield
            finally:
                host.ready_at = time.monotonic() + max(host.delay, self.settings.delay)


def _retry_after(value: str | None) -> float | None:
    """Seconds a Retry-After header asks for (only the plain-seconds form), within MAX_WAIT_SECONDS."""
    if value and value.strip().isdigit():
        return min(float(value.strip()), MAX_WAIT_SECONDS)
    return None


__all__ = ["FetchSettings", "Fetcher", "Response", "USER_AGENT"]
