"""Accounts, watchlists and alerts over HTTP, and the checks other routes use.

Cookies: `ng_session` holds the session token (HttpOnly, SameSite=Lax, Secure unless the server
runs with --insecure-cookies for plain http on loopback); `ng_csrf` the CSRF token before a
login (HttpOnly, SameSite=Strict). The page learns its CSRF token from GET /api/account and
sends it back in the X-CSRF-Token header with every POST, PUT, PATCH and DELETE that goes
through `signed_in`/`require_admin` or the log-in and sign-up routes; such a request whose
Origin (or Referer) names another site is refused too.

`require_admin` is the dependency for routes only admins may use. With `--private`
(`install_accounts(app, private=True)`), reading anything under /api/ needs a session; the page
itself, its files, the account routes and the token-protected Atom feeds stay reachable.
"""
from __future__ import annotations

import hmac
import json
from dataclasses import dataclass
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

from fastapi import APIRouter, Depends, FastAPI, HTTPException, Query, Request, Response
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Receive, Scope, Send

from newsgraph.accounts import Accounts, Limits, Session
from newsgraph.accounts.passwords import new_token
from newsgraph.api.status import ERROR_RESPONSES
from newsgraph.corpus import Corpus
from newsgraph.errors import AccountError
from newsgraph.store.accounts import User

SESSION_COOKIE = "ng_session"
CSRF_COOKIE = "ng_csrf"
CSRF_HEADER = "x-csrf-token"
SAFE_METHODS = ("GET", "HEAD", "OPTIONS")
# Under --private these stay open: logging in, the page's account state, token-protected feeds.
OPEN_PREFIXES = ("/api/account", "/api/alerts/feed/")

router = APIRouter(responses=ERROR_RESPONSES)
Json = dict[str, Any]


@dataclass(frozen=True)
class AccountSettings:
    """How the server treats sessions: `private` (reading needs a login), `secure_cookies`, and
    the login rate `limits`."""

    private: bool = False
    secure_cookies: bool = True
    limits: Limits = Limits()


def install_accounts(app: FastAPI, private: bool = False, secure_cookies: bool = True) -> None:
    """Add the account routes, and the login gate when `private`. Call before the outer middlewares."""
    app.state.accounts = AccountSettings(private, secure_cookies)
    if private:
        app.add_middleware(PrivateGate)
    app.include_router(router)


def settings(request: Request) -> AccountSettings:
    return getattr(request.app.state, "accounts", None) or AccountSettings()


def corpus(request: Request) -> Corpus:
    return request.app.state.stores.get()


def accounts_of(request: Request) -> Accounts:
    return Accounts(corpus(request).store.db, settings(request).limits)


def refused(exc: AccountError) -> HTTPException:
    headers = {"Retry-After": str(exc.retry_after)} if exc.retry_after else None
    return HTTPException(exc.status, exc.message, headers=headers)


def client_address(request: Request) -> str | None:
    return request.client.host if request.client else None


# The visitor and the checks
@dataclass(frozen=True)
class Visitor:
    user: User | None
    csrf: str | None  # the session's token, when there is a session


def visitor(request: Request) -> Visitor:
    found = accounts_of(request).session(request.cookies.get(SESSION_COOKIE))
    return Visitor(*found) if found else Visitor(None, None)


def check_origin(request: Request) -> None:
    """403 when a browser says the request comes from a page of another site."""
    origin = request.headers.get("origin") or request.headers.get("referer")
    if origin is None:
        return  # not sent by a browser's page (a script, curl): nothing to forge with
    if origin == "null" or urlsplit(origin).netloc.lower() != request.headers.get("host", "").lower():
        raise HTTPException(403, "cross-site request refused")


def check_csrf(request: Request, expected: str | None) -> None:
    """403 unless the X-CSRF-Token header carries `expected` (the session's token, or before a
    login the ng_csrf cookie's)."""
    check_origin(request)
    sent = request.headers.get(CSRF_HEADER, "")
    if not expected or not sent or not hmac.compare_digest(sent.encode(), expected.encode()):
        raise HTTPException(403, "missing or wrong CSRF token (send the one GET /api/account gives as X-CSRF-Token)")


def signed_in(request: Request) -> User:
    """The logged-in user (401 otherwise); a state-changing request must carry the CSRF token."""
    v = visitor(request)
    if v.user is None:
        raise HTTPException(401, "log in first")
    if request.method not in SAFE_METHODS:
        check_csrf(request, v.csrf)
    return v.user


def require_admin(user: Annotated[User, Depends(signed_in)]) -> User:
    """The logged-in admin (401 without a session, 403 for a user who is not an admin)."""
    if not user.admin:
        raise HTTPException(403, "only an admin may do this")
    return user


CorpusDep = Annotated[Corpus, Depends(corpus)]
UserDep = Annotated[User, Depends(signed_in)]
AdminDep = Annotated[User, Depends(require_admin)]


def set_cookie(response: Response, request: Request, name: str, value: str, max_age: int | None,
               same_site: Literal["lax", "strict"]) -> None:
    response.set_cookie(name, value, max_age=max_age, path="/", httponly=True, samesite=same_site,
                        secure=settings(request).secure_cookies)


def start_session(request: Request, response: Response, session: Session) -> Json:
    age = int((session.expires - session.expires.now(session.expires.tzinfo)).total_seconds())
    set_cookie(response, request, SESSION_COOKIE, session.token, age, "lax")
    set_cookie(response, request, CSRF_COOKIE, session.csrf, age, "strict")
    return {"user": session.user.to_dict(), "csrf": session.csrf}


# Account routes
class Credentials(BaseModel):
    name: str = Field(min_length=1, max_length=200)
    password: str = Field(min_length=1, max_length=4096)


class PasswordChange(BaseModel):
    old: str = Field(min_length=1, max_length=4096)
    new: str = Field(min_length=1, max_length=4096)


@router.get("/api/account", tags=["accounts"])
def account(request: Request, response: Response) -> Json:
    """Who is logged in (`user`: name and admin, or null), the CSRF token to send back in the
    X-CSRF-Token header, and whether the server is private."""
    v = visitor(request)
    csrf = v.csrf or request.cookies.get(CSRF_COOKIE)
    if not csrf or len(csrf) > 200:
        csrf = new_token()
        set_cookie(response, request, CSRF_COOKIE, csrf, None, "strict")
    response.headers["Cache-Control"] = "no-store"
    return {"user": v.user.to_dict() if v.user else None, "csrf": csrf, "private": settings(request).private}


def pre_session_csrf(request: Request) -> None:
    check_csrf(request, request.cookies.get(CSRF_COOKIE))


@router.post("/api/account/signup", tags=["accounts"], dependencies=[Depends(pre_session_csrf)])
def sign_up(body: Credentials, request: Request, response: Response) -> Json:
    """Create an account and log in: 409 when the name is not available, 422 for a name or
    password that cannot be used (a password has at least 10 characters). A private server
    takes no sign-ups (403): its admins add users."""
    if settings(request).private:
        raise HTTPException(403, "this server is private: an admin adds accounts")
    try:
        session = accounts_of(request).sign_up(body.name, body.password, client_address(request))
    except AccountError as exc:
        raise refused(exc) from None
    return start_session(request, response, session)


@router.post("/api/account/login", tags=["accounts"], dependencies=[Depends(pre_session_csrf)])
def log_in(body: Credentials, request: Request, response: Response) -> Json:
    """Log in: a new session (any session the client had ends). 401 "wrong name or password" for
    an unknown name and a wrong password alike; 429 with Retry-After after too many failures."""
    accounts = accounts_of(request)
    try:
        session = accounts.log_in(body.name, body.password, client_address(request),
                                  previous=request.cookies.get(SESSION_COOKIE))
    except AccountError as exc:
        raise refused(exc) from None
    return start_session(request, response, session)


@router.post("/api/account/logout", tags=["accounts"])
def log_out(request: Request, response: Response, user: UserDep) -> Json:
    """End the session on the server (its token is worthless from now on) and clear the cookie."""
    accounts_of(request).log_out(request.cookies.get(SESSION_COOKIE))
    response.delete_cookie(SESSION_COOKIE, path="/")
    response.delete_cookie(CSRF_COOKIE, path="/")
    return {"user": None}


@router.post("/api/account/password", tags=["accounts"])
def change_password(body: PasswordChange, request: Request, response: Response, user: UserDep) -> Json:
    """Set a new password: the current one is checked (401 if wrong); every session of the user
    ends and a new one starts for this client."""
    try:
        session = accounts_of(request).change_password(user, body.old, body.new)
    except AccountError as exc:
        raise refused(exc) from None
    return start_session(request, response, session)


# Admin routes: users
class NewUser(Credentials):
    admin: bool = False


class UserChange(BaseModel):
    admin: bool


@router.get("/api/admin/users", tags=["admin"])
def list_users(request: Request, admin: AdminDep) -> list[Json]:
    """Every user: name and admin."""
    return [u.to_dict() for u in accounts_of(request).users()]


@router.post("/api/admin/users", tags=["admin"], status_code=201)
def add_user(body: NewUser, request: Request, admin: AdminDep) -> Json:
    """Create a user (an admin with `admin: true`)."""
    try:
        return accounts_of(request).add_user(body.name, body.password, body.admin).to_dict()
    except AccountError as exc:
        raise refused(exc) from None


@router.put("/api/admin/users/{name}", tags=["admin"])
def change_user(name: str, body: UserChange, request: Request, admin: AdminDep) -> Json:
    """Make a user an admin or not; the last admin stays one (409)."""
    accounts = accounts_of(request)
    user = accounts.user(name)
    if user is None:
        raise HTTPException(404, f"no user named {name!r}")
    if user.admin and not body.admin and accounts.tables.admins() <= 1:
        raise HTTPException(409, "the last admin cannot stop being one")
    return accounts.set_admin(name, body.admin).to_dict()


@router.delete("/api/admin/users/{name}", tags=["admin"])
def remove_user(name: str, request: Request, admin: AdminDep) -> Json:
    """Delete a user with their sessions, watchlist and alerts; the last admin stays (409)."""
    accounts = accounts_of(request)
    user = accounts.user(name)
    if user is None:
        raise HTTPException(404, f"no user named {name!r}")
    if user.admin and accounts.tables.admins() <= 1:
        raise HTTPException(409, "the last admin cannot be removed")
    accounts.remove_user(name)
    return {"removed": user.display}


# Watchlist and personal feed
class FollowRequest(BaseModel):
    kind: Literal["entity", "search", "events"]
    entity: str | None = Field(None, max_length=300, description="kind entity: a name as the entity page takes it")
    q: str | None = Field(None, max_length=300, description="kind search: a query as `newsgraph search` takes it")
    actor: str | None = Field(None, max_length=300, description="kind events: an actor's name")
    root: str | None = Field(None, max_length=2, description="kind events: a CAMEO root code (01-20)")
    place: str | None = Field(None, max_length=300, description="kind events: a place's name")


@router.get("/api/watch", tags=["watchlist"])
def watchlist(db: CorpusDep, user: UserDep) -> Json:
    """The user's watch items with their counts of matches (`matches`) and of new ones since the last visit (`new`)."""
    from newsgraph.accounts.watch import watchlist as listing

    return listing(db, user)


@router.post("/api/watch", tags=["watchlist"], status_code=201)
def follow(body: FollowRequest, db: CorpusDep, user: UserDep) -> Json:
    """Follow an entity, a saved search or an event filter; articles stored from now on that
    match it reach the personal feed and the alerts. 404 when a named entity is not in the store."""
    from newsgraph.accounts.watch import Follow, follow as add

    try:
        return add(db, user, Follow(**body.model_dump()))
    except AccountError as exc:
        raise refused(exc) from None


@router.delete("/api/watch/{item}", tags=["watchlist"])
def unfollow(item: int, db: CorpusDep, user: UserDep) -> Json:
    """Stop following a watch item (its matches go with it)."""
    from newsgraph.accounts.watch import unfollow as remove

    if not remove(db, user, item):
        raise HTTPException(404, f"no watch item {item}")
    return {"removed": item}


@router.get("/api/watch/feed", tags=["watchlist"])
def feed(db: CorpusDep, user: UserDep, limit: Annotated[int, Query(ge=1, le=200)] = 50,
         item: Annotated[int | None, Query(description="Only this watch item's matches.")] = None) -> Json:
    """The personal feed: the latest matching articles (`new` when they came after the last
    visit), the watch items with counts, and `through` to send to POST /api/watch/seen."""
    from newsgraph.accounts.watch import personal_feed

    return personal_feed(db, user, limit, item)


class Seen(BaseModel):
    through: int | None = Field(None, ge=0, description="The feed's `through`: matches up to it are seen.")


@router.post("/api/watch/seen", tags=["watchlist"])
def seen(body: Seen, db: CorpusDep, user: UserDep) -> Json:
    """Record a visit: the matches shown are no longer new."""
    from newsgraph.accounts.watch import mark_seen, watchlist as listing

    mark_seen(db, user, body.through)
    return listing(db, user)


# Alerts: the Atom feed and webhooks
class WebhookRequest(BaseModel):
    url: str = Field(min_length=8, max_length=2000)


def feed_url(request: Request, token: str) -> str:
    return str(request.url_for("alert_feed", token=token))


@router.get("/api/alerts", tags=["alerts"])
def alerts(db: CorpusDep, user: UserDep) -> Json:
    """The user's webhooks, their latest deliveries, and whether an Atom feed token is set."""
    from newsgraph.store.accounts import AccountTables

    tables = AccountTables(db.store.db)
    return {"atom": tables.has_feed_token(user.id),
            "webhooks": [{"id": i, "url": u} for i, u in tables.webhooks(user.id)],
            "deliveries": tables.deliveries(user.id)}


@router.post("/api/alerts/atom", tags=["alerts"])
def new_atom_token(request: Request, db: CorpusDep, user: UserDep) -> Json:
    """A new secret URL for the user's Atom alert feed (the previous URL stops working). Shown once."""
    from newsgraph.accounts.atom import new_feed_token

    return {"url": feed_url(request, new_feed_token(db, user))}


@router.delete("/api/alerts/atom", tags=["alerts"])
def revoke_atom_token(db: CorpusDep, user: UserDep) -> Json:
    """Revoke the Atom feed's URL."""
    from newsgraph.accounts.atom import revoke_feed_token

    revoke_feed_token(db, user)
    return {"atom": False}


@router.get("/api/alerts/feed/{token}", tags=["alerts"], name="alert_feed")
def alert_feed(token: str, request: Request, db: CorpusDep) -> Response:
    """The Atom feed of a user's latest watch matches; the secret token in the URL is the key (404 once revoked)."""
    from newsgraph.accounts.atom import ATOM_TYPE, atom_feed, feed_owner

    user = feed_owner(db, token)
    if user is None:
        raise HTTPException(404, "no such feed")
    body = atom_feed(db, user, str(request.url), str(request.base_url))
    return Response(body, media_type=ATOM_TYPE, headers={"Cache-Control": "no-store"})


@router.post("/api/alerts/webhooks", tags=["alerts"], status_code=201)
def add_webhook(body: WebhookRequest, db: CorpusDep, user: UserDep) -> Json:
    """Register a URL that receives a POST of JSON for each new match (see README, "Accounts, watchlists and alerts")."""
    from newsgraph.store.accounts import AccountTables

    parts = urlsplit(body.url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise HTTPException(422, "url: an http:// or https:// address")
    return {"id": AccountTables(db.store.db).add_webhook(user.id, body.url), "url": body.url}


@router.delete("/api/alerts/webhooks/{hook}", tags=["alerts"])
def remove_webhook(hook: int, db: CorpusDep, user: UserDep) -> Json:
    from newsgraph.store.accounts import AccountTables

    if not AccountTables(db.store.db).remove_webhook(user.id, hook):
        raise HTTPException(404, f"no webhook {hook}")
    return {"removed": hook}


# The login gate of a private server
class PrivateGate:
    """ASGI middleware: under /api/, only a request with a live session gets through (401
    otherwise), except the account routes and the token-protected Atom feeds."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        if scope["type"] != "http" or not path.startswith("/api/") or path.startswith(OPEN_PREFIXES):
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        found = await run_in_threadpool(
            lambda: Accounts(scope["app"].state.stores.get().store.db).session(request.cookies.get(SESSION_COOKIE)))
        if found is None:
            body = json.dumps({"detail": "this server is private: log in first"}).encode()
            await send({"type": "http.response.start", "status": 401,
                        "headers": [(b"content-type", b"application/json"),
                                    (b"content-length", str(len(body)).encode())]})
            await send({"type": "http.response.body", "body": body})
            return
        await self.app(scope, receive, send)
