"""What the account and watchlist tests share: a fresh store on either backend, an app client
over it, and the steps of a browser's page (fetch the CSRF token, sign up, log in)."""
from __future__ import annotations

import contextlib

import pytest
from pg import fresh_database, throwaway_server

BACKENDS = ["sqlite", "postgres"]
PASSWORD = "correct horse battery"


@pytest.fixture(scope="module")
def pg_admin_url():
    """One throwaway PostgreSQL server for a test module (skips without the server binaries)."""
    with throwaway_server() as url:
        yield url


@pytest.fixture(params=BACKENDS)
def store_url(request, tmp_path):
    """A fresh, empty store: a SQLite file, or a new database on the module's PostgreSQL server."""
    if request.param == "sqlite":
        return str(tmp_path / "store.db")
    return fresh_database(request.getfixturevalue("pg_admin_url"))


@contextlib.contextmanager
def client_for(url: str, base_url: str = "https://localhost", **app_options):
    from fastapi.testclient import TestClient

    from newsgraph.api import create_app

    with TestClient(create_app(url, **app_options), base_url=base_url, raise_server_exceptions=False) as client:
        yield client


def csrf(client) -> str:
    """The CSRF token the page gets (and the ng_csrf cookie with it before a login)."""
    response = client.get("/api/account")
    assert response.status_code == 200, response.text
    return response.json()["csrf"]


def sign_up(client, name: str, password: str = PASSWORD) -> str:
    """Sign up and stay logged in; the session's CSRF token."""
    response = client.post("/api/account/signup", json={"name": name, "password": password},
                           headers={"X-CSRF-Token": csrf(client)})
    assert response.status_code == 200, response.text
    return response.json()["csrf"]


def log_in(client, name: str, password: str = PASSWORD):
    return client.post("/api/account/login", json={"name": name, "password": password},
                       headers={"X-CSRF-Token": csrf(client)})


def use_session(client, token: str) -> None:
    """Make the client send `token` as its session cookie (and no other)."""
    client.cookies.delete("ng_session")
    client.cookies.set("ng_session", token)
