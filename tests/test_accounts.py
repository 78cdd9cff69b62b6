"""Account security over the HTTP API, on SQLite and PostgreSQL: Argon2 hashing with nothing
secret in the clear, cookie flags, CSRF, the login rate limit, no account enumeration, session
fixation, logout, password change, --private and admin-only routes; and `newsgraph users`."""
from __future__ import annotations

import statistics
import time

import pytest
from accounts_setup import (PASSWORD, client_for, csrf, log_in, pg_admin_url, sign_up, store_url,  # noqa: F401
                            use_session)
from conftest import run_cli

pytestmark = pytest.mark.filterwarnings("ignore:Using `httpx` with `starlette.testclient`")

# The routes of newsgraph/api/accounts.py.
ACCOUNT_PATHS = {"/api/account", "/api/account/signup", "/api/account/login", "/api/account/logout",
                 "/api/account/password", "/api/admin/users", "/api/admin/users/{name}", "/api/watch",
                 "/api/watch/{item}", "/api/watch/feed", "/api/watch/seen", "/api/alerts", "/api/alerts/atom",
                 "/api/alerts/feed/{token}", "/api/alerts/webhooks", "/api/alerts/webhooks/{hook}"}
ACCOUNT_TABLES = ("users", "sessions", "login_attempts", "watch_items", "webhooks", "deliveries")


def all_rows(client) -> str:
    """Every value in the account tables, as one string."""
    db = client.app.state.stores.get().store.db
    return "\n".join(repr(row) for table in ACCOUNT_TABLES for row in db.all(f"SELECT * FROM {table}"))


def test_openapi_schema_lists_the_account_routes(tmp_path):
    with client_for(str(tmp_path / "store.db")) as client:
        assert ACCOUNT_PATHS <= set(client.get("/openapi.json").json()["paths"])


def test_passwords_are_argon2id_hashes_and_no_secret_is_stored(store_url):
    with client_for(store_url) as client:
        sign_up(client, "Анна")
        session = client.cookies.get("ng_session")
        assert session
        db = client.app.state.stores.get().store.db
        ((stored,),) = db.all("SELECT password FROM users")
        # RFC 9106's second profile: Argon2id, 64 MiB, 3 passes, 4 lanes, a salt per hash.
        assert stored.startswith("$argon2id$v=19$m=65536,t=3,p=4$")
        rows = all_rows(client)
        assert PASSWORD not in rows and session not in rows
        sign_up_other = client_for(store_url)
        with sign_up_other as other:
            sign_up(other, "Борис")
        hashes = [h for (h,) in db.all("SELECT password FROM users")]
        assert len(set(hashes)) == 2 and all(PASSWORD not in h for h in hashes)  # same password, own salts


def test_session_cookie_flags(store_url):
    with client_for(store_url) as client:
        response = client.post("/api/account/signup", json={"name": "anna", "password": PASSWORD},
                               headers={"X-CSRF-Token": csrf(client)})
        cookies = [v.lower() for k, v in response.headers.multi_items() if k == "set-cookie"]
        session = next(c for c in cookies if c.startswith("ng_session="))
        assert "httponly" in session and "secure" in session and "samesite=lax" in session and "path=/" in session
        token = next(c for c in cookies if c.startswith("ng_csrf="))
        assert "httponly" in token and "samesite=strict" in token
    with client_for(store_url, base_url="http://localhost", secure_cookies=False) as client:
        sign_up(client, "boris")
        assert client.get("/api/account").json()["user"]["name"] == "boris"


def test_state_changing_requests_need_the_csrf_token(store_url):
    with client_for(store_url) as client:
        # Before a session: log-in and sign-up need the pre-session token.
        body = {"name": "anna", "password": PASSWORD}
        assert client.post("/api/account/signup", json=body).status_code == 403
        assert client.post("/api/account/signup", json=body, headers={"X-CSRF-Token": "forged"}).status_code == 403
        token = sign_up(client, "anna")
        follow = {"kind": "search", "q": "переговоры"}
        assert client.post("/api/watch", json=follow).status_code == 403
        assert client.post("/api/watch", json=follow, headers={"X-CSRF-Token": "forged"}).status_code == 403
        assert client.post("/api/watch", json=follow, headers={"X-CSRF-Token": token,
                                                                 "Origin": "https://evil.example"}).status_code == 403
        assert client.get("/api/watch").json()["items"] == []
        ok = client.post("/api/watch", json=follow, headers={"X-CSRF-Token": token, "Origin": "https://localhost"})
        assert ok.status_code == 201, ok.text
        item = ok.json()["id"]
        assert client.delete(f"/api/watch/{item}").status_code == 403
        assert client.post("/api/account/logout").status_code == 403
        assert client.get("/api/account").json()["user"]["name"] == "anna"  # still logged in
        assert client.delete(f"/api/watch/{item}", headers={"X-CSRF-Token": token}).status_code == 200


def test_logins_are_rate_limited_per_account_and_per_address(store_url):
    from newsgraph.accounts import Limits
    from newsgraph.api.accounts import AccountSettings

    with client_for(store_url) as client:
        client.app.state.accounts = AccountSettings(secure_cookies=True, limits=Limits(per_name=3, per_address=5))
        sign_up(client, "anna")
        sign_up(client, "boris")
        for _ in range(3):
            assert log_in(client, "anna", "wrong password!").status_code == 401
        refused = log_in(client, "anna")  # the right password, but too late
        assert refused.status_code == 429 and int(refused.headers["retry-after"]) > 0
        # The same for a name nobody has: the limit does not tell which names exist.
        for _ in range(2):
            assert log_in(client, "nobody-here", "wrong password!").status_code == 401
        # Five failures from this address in all: now every name is refused from here.
        assert log_in(client, "boris").status_code == 429
        db = client.app.state.stores.get().store.db
        db.run("DELETE FROM login_attempts WHERE scope LIKE 'addr:%'")
        assert log_in(client, "boris").status_code == 200
        assert log_in(client, "anna").status_code == 429


def test_unknown_name_and_wrong_password_answer_alike(store_url):
    with client_for(store_url) as client:
        sign_up(client, "anna")
        client.post("/api/account/logout", headers={"X-CSRF-Token": csrf(client)})

        def timed(name: str) -> tuple[float, int, str]:
            started = time.perf_counter()
            response = log_in(client, name, "not the password")
            return time.perf_counter() - started, response.status_code, response.text

        wrong = [timed("anna") for _ in range(2)]
        unknown = [timed(f"nobody{i}") for i in range(2)]
        assert {(s, t) for _, s, t in wrong} == {(s, t) for _, s, t in unknown} == {
            (401, '{"detail":"wrong name or password"}')}
        # Both check an Argon2 hash (the unknown name a decoy's): neither is much quicker.
        fast, slow = statistics.median(t for t, _, _ in unknown), statistics.median(t for t, _, _ in wrong)
        assert fast > 0.5 * slow and slow > 0.5 * fast


def test_sign_up_of_a_taken_name_says_so_and_nothing_more(store_url):
    with client_for(store_url) as client:
        sign_up(client, "anna")
        with client_for(store_url) as other:
            taken = other.post("/api/account/signup", json={"name": "ANNA", "password": "another password"},
                               headers={"X-CSRF-Token": csrf(other)})
            assert taken.status_code == 409 and taken.json() == {"detail": "this name is not available"}
            assert other.get("/api/account").json()["user"] is None
            short = other.post("/api/account/signup", json={"name": "vera", "password": "short"},
                               headers={"X-CSRF-Token": csrf(other)})
            assert short.status_code == 422


def test_login_starts_a_new_session_whatever_the_client_brought(store_url):
    with client_for(store_url) as client:
        sign_up(client, "anna")
        first = client.cookies.get("ng_session")
        use_session(client, "planted-by-someone-else")
        assert client.get("/api/account").json()["user"] is None
        response = log_in(client, "anna")
        assert response.status_code == 200
        second = response.cookies.get("ng_session")
        assert second not in (None, first, "planted-by-someone-else")
        use_session(client, second)
        response = log_in(client, "anna")
        third = response.cookies.get("ng_session")
        assert third not in (None, second)
    # The session a login replaced is dead on the server, not only forgotten by this client.
    with client_for(store_url) as attacker:
        use_session(attacker, second)
        assert attacker.get("/api/account").json()["user"] is None
        use_session(attacker, third)
        assert attacker.get("/api/account").json()["user"]["name"] == "anna"


def test_logout_ends_the_session_on_the_server(store_url):
    with client_for(store_url) as client:
        token = sign_up(client, "anna")
        session = client.cookies.get("ng_session")
        assert client.post("/api/account/logout", headers={"X-CSRF-Token": token}).status_code == 200
        assert client.get("/api/account").json()["user"] is None
    with client_for(store_url) as replay:
        use_session(replay, session)
        assert replay.get("/api/account").json()["user"] is None
        assert replay.get("/api/watch").status_code == 401


def test_changing_the_password_ends_every_other_session(store_url):
    with client_for(store_url) as client, client_for(store_url) as laptop:
        token = sign_up(client, "anna")
        assert log_in(laptop, "anna").status_code == 200
        wrong = client.post("/api/account/password", json={"old": "not it at all", "new": "a new passphrase"},
                            headers={"X-CSRF-Token": token})
        assert wrong.status_code == 401
        changed = client.post("/api/account/password", json={"old": PASSWORD, "new": "a new passphrase"},
                              headers={"X-CSRF-Token": token})
        assert changed.status_code == 200, changed.text
        assert client.get("/api/account").json()["user"]["name"] == "anna"
        assert laptop.get("/api/account").json()["user"] is None
        assert log_in(laptop, "anna").status_code == 401
        assert log_in(laptop, "anna", "a new passphrase").status_code == 200


def test_private_server_needs_a_login_to_read(store_url):
    from newsgraph.accounts import Accounts

    with client_for(store_url) as open_server:
        assert open_server.get("/api/documents").status_code == 200
        assert open_server.get("/api/account").json()["private"] is False
    with client_for(store_url, private=True) as client:
        assert client.get("/api/documents").status_code == 401
        assert client.get("/api/stats").status_code == 401
        assert client.get("/").status_code == 200  # the page, to log in from
        assert client.get("/api/account").json() | {"csrf": None} == {"user": None, "csrf": None, "private": True}
        refused = client.post("/api/account/signup", json={"name": "anna", "password": PASSWORD},
                              headers={"X-CSRF-Token": csrf(client)})
        assert refused.status_code == 403  # no sign-up on a private server: admins add users
        Accounts(client.app.state.stores.get().store.db).add_user("anna", PASSWORD)
        assert log_in(client, "anna").status_code == 200
        assert client.get("/api/documents").status_code == 200
        token = csrf(client)
        assert client.post("/api/account/logout", headers={"X-CSRF-Token": token}).status_code == 200
        assert client.get("/api/documents").status_code == 401


def test_admin_routes(store_url, tmp_path):
    from newsgraph.accounts import Accounts

    with client_for(store_url) as client:
        assert client.get("/api/admin/users").status_code == 401
        token = sign_up(client, "anna")
        assert client.get("/api/admin/users").status_code == 403
        new = {"name": "vera", "password": PASSWORD}
        assert client.post("/api/admin/users", json=new, headers={"X-CSRF-Token": token}).status_code == 403
        Accounts(client.app.state.stores.get().store.db).add_user("root", PASSWORD, admin=True)
        assert log_in(client, "root").status_code == 200
        token = csrf(client)
        assert client.get("/api/admin/users").json() == [{"name": "anna", "admin": False},
                                                         {"name": "root", "admin": True}]
        assert client.post("/api/admin/users", json=new, headers={"X-CSRF-Token": token}).status_code == 201
        assert client.post("/api/admin/users", json=new).status_code == 403
        assert client.put("/api/admin/users/root", json={"admin": False},
                          headers={"X-CSRF-Token": token}).status_code == 409  # the last admin
        assert client.delete("/api/admin/users/anna", headers={"X-CSRF-Token": token}).status_code == 200
        assert [u["name"] for u in client.get("/api/admin/users").json()] == ["root", "vera"]


def test_require_admin_guards_other_routers(store_url):
    from fastapi import APIRouter, Depends

    from newsgraph.accounts import Accounts
    from newsgraph.api.accounts import require_admin

    with client_for(store_url) as client:
        extra = APIRouter()

        @extra.post("/api/sources-test", dependencies=[Depends(require_admin)])
        def add_source() -> dict:
            return {"ok": True}

        client.app.include_router(extra)
        token = sign_up(client, "anna")
        assert client.post("/api/sources-test", headers={"X-CSRF-Token": token}).status_code == 403
        Accounts(client.app.state.stores.get().store.db).set_admin("anna", True)
        assert client.post("/api/sources-test").status_code == 403  # no CSRF token
        assert client.post("/api/sources-test", headers={"X-CSRF-Token": token}).json() == {"ok": True}


def test_users_command(tmp_path):
    db = str(tmp_path / "store.db")
    added = run_cli("users", "add", "Админ", "--admin", "--db", db, input=f"{PASSWORD}\n".encode())
    assert added.returncode == 0, added.stderr
    assert run_cli("users", "add", "reader", "--db", db, input=b"short\n").returncode == 1
    assert run_cli("users", "add", "reader", "--db", db, input=f"{PASSWORD}\n".encode()).returncode == 0
    assert run_cli("users", "add", "READER", "--db", db, input=f"{PASSWORD}\n".encode()).returncode == 1
    listed = run_cli("users", "list", "--db", db)
    assert listed.stdout.splitlines() == ["reader", "Админ  (admin)"]
    with client_for(db) as client:
        assert log_in(client, "админ").status_code == 200
        assert client.get("/api/admin/users").status_code == 200
    assert run_cli("users", "remove", "reader", "--db", db).returncode == 0
    assert run_cli("users", "remove", "reader", "--db", db).returncode == 1
    assert run_cli("users", "list", "--json", "--db", db).stdout == '{"name": "Админ", "admin": true}\n'
