"""The one place where exceptions become HTTP statuses.

Every error response has the body `{"detail": "<one line>"}`: input we cannot use is 422,
a missing document, entity or story 404, an oversized request 413, a store that cannot
be reached 503, and anything else 500 with a short line (the traceback goes to the log only).
"""
from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException

from newsgraph.errors import InputError, NewsgraphError, StoreError

log = logging.getLogger(__name__)

# Our own exceptions, most specific first; any other NewsgraphError is a server fault.
STATUS_OF: list[tuple[type[NewsgraphError], int]] = [
    (InputError, 422),
    (StoreError, 503),
    (NewsgraphError, 500),
]
MAX_DETAIL = 300


class ErrorBody(BaseModel):
    """The body of every error response."""

    detail: str


# Declared on every route so the OpenAPI schema tells the error shape that is really sent.
ERROR_RESPONSES = {code: {"model": ErrorBody, "description": text} for code, text in (
    (400, "Host not allowed"), (404, "Not found"), (413, "Request too large"), (422, "Unusable input"),
    (503, "Store unavailable, or an analysis past its deadline"), (500, "Internal error"))}


def one_line(text: str) -> str:
    """The first line of `text`, at most MAX_DETAIL characters.

    >>> one_line("first\\nsecond")
    'first'
    """
    line = (text.strip().splitlines() or [""])[0].strip()
    return line if len(line) <= MAX_DETAIL else line[:MAX_DETAIL - 1] + "…"


def status_of(exc: BaseException) -> int:
    """The HTTP status for an exception raised while serving a request."""
    if isinstance(exc, HTTPException):
        return exc.status_code
    if isinstance(exc, RequestValidationError):
        return 422
    for cls, status in STATUS_OF:
        if isinstance(exc, cls):
            return status
    return 500


def detail_of(exc: BaseException) -> str:
    if isinstance(exc, HTTPException):
        return one_line(str(exc.detail))
    if isinstance(exc, RequestValidationError):
        return one_line("; ".join(_validation_line(e) for e in exc.errors()) or "invalid request")
    if isinstance(exc, StoreError):
        # The reason, not where the store lives: a client has no business knowing its path or URL
        # (the server log has both).
        log.warning("store unavailable: %s", exc)
        return one_line(f"store unavailable: {exc.message}")
    if isinstance(exc, NewsgraphError):
        return one_line(str(exc))
    return f"internal error ({type(exc).__name__}); see the server log"


def _validation_line(error: dict) -> str:
    if error.get("type") == "json_invalid":
        return "body: not valid JSON"
    where = ".".join(str(p) for p in error.get("loc", ())) or "request"
    return f"{where}: {error.get('msg', 'invalid')}"


async def error_response(request: Request, exc: Exception) -> JSONResponse:
    status = status_of(exc)
    if status >= 500:
        log.error("%s %s failed", request.method, request.url.path, exc_info=exc)
    return JSONResponse({"detail": detail_of(exc)}, status_code=status,
                        headers=getattr(exc, "headers", None) or None)


def install_error_handlers(app: FastAPI) -> None:
    """Route every exception a handler can raise through `error_response`."""
    for cls in (HTTPException, RequestValidationError, NewsgraphError, Exception):
        app.add_exception_handler(cls, error_response)
