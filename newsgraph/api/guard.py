"""What every response goes through: the Host check, the security headers, and the last catch.

`Guard` is the outermost of our middlewares:
- a request whose Host header is not one of the allowed names is answered 400 before any
  handler runs, so a page on another site that rebinds its DNS name to this server's address
  cannot read a local corpus through the visitor's browser;
- every response carries the security headers (a response that sets its own keeps them);
- an exception that escaped every handler becomes the JSON 500 of `status`, sent here, so the
  server keeps the connection open instead of dropping it as Starlette's last resort does.
"""
from __future__ import annotations

import json
import logging

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from newsgraph.api.status import detail_of

log = logging.getLogger(__name__)

# The names a browser on this machine uses for a server listening on loopback.
LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1")
# JSON answers load nothing and may not be framed; the reader's files set their own policy.
SECURITY_HEADERS = {
    "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer",
    "cross-origin-resource-policy": "same-origin",
}


def host_name(header: str) -> str:
    """The name in a Host header, without its port, lower case.

    >>> host_name("LocalHost:8000"), host_name("[::1]:8000"), host_name("example.org")
    ('localhost', '::1', 'example.org')
    """
    header = header.strip().lower()
    if header.startswith("["):
        return header[1:].partition("]")[0]
    return header.rpartition(":")[0] if header.count(":") == 1 else header


class Guard:
    """ASGI middleware: allowed hosts (`"*"` allows any), security headers, the last catch."""

    def __init__(self, app: ASGIApp, allowed_hosts: tuple[str, ...] | list[str] = LOCAL_HOSTS):
        self.app = app
        self.any_host = "*" in allowed_hosts
        self.allowed = {host_name(h) for h in allowed_hosts}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or ())
        host = host_name(headers.get(b"host", b"").decode("latin-1"))
        if not self.any_host and host not in self.allowed:
            await _send_json(send, 400, f"host {host or '(none)'!r} is not served here "
                                        f"(allowed: {', '.join(sorted(self.allowed))}; see --allow-host)")
            return
        started = False

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                present = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [
                    (k.encode(), v.encode()) for k, v in SECURITY_HEADERS.items() if k.encode() not in present]
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        except Exception as exc:
            log.error("%s %s failed", scope.get("method"), scope.get("path"), exc_info=exc)
            if not started:
                await _send_json(send_with_headers, 500, detail_of(exc))


async def _send_json(send: Send, status: int, detail: str) -> None:
    body = json.dumps({"detail": detail}).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    if status == 400:
        headers += [(k.encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
