"""A cap on request bodies, enforced while the body is read.

A declared Content-Length over the cap is refused before any byte is read; a chunked body
is counted as it arrives and refused as soon as it passes the cap, so an oversized request
never sits whole in memory. The refusal is an HTTP 413 raised into the handler's error path.
"""
from __future__ import annotations

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

# Analysing a text takes time roughly in proportion to its length; a news article is tens of
# kilobytes, so this leaves room for whole HTML pages while keeping one request short.
MAX_REQUEST_BYTES = 2 * 1024 * 1024


class BodyLimit:
    """ASGI middleware: request bodies larger than `max_bytes` give 413."""

    def __init__(self, app: ASGIApp, max_bytes: int = MAX_REQUEST_BYTES):
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or ()).get(b"content-length")
        limit = self.max_bytes
        seen = 0

        async def limited_receive() -> Message:
            nonlocal seen
            if declared is not None and declared.isdigit() and int(declared) > limit:
                raise too_large(limit)
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise too_large(limit)
            return message

        await self.app(scope, limited_receive, send)


def too_large(limit: int) -> HTTPException:
    return HTTPException(413, f"request body is larger than {limit} bytes")
