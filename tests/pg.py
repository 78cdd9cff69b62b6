"""A throwaway PostgreSQL server for tests: initdb + pg_ctl in a temp dir, on a free port of
127.0.0.1, as an unprivileged user when the tests run as root. Skips when the server binaries
are absent (Debian's `postgresql` package puts them under /usr/lib/postgresql/*/bin)."""
from __future__ import annotations

import contextlib
import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest

UNPRIVILEGED = "nobody"


def server_bin() -> Path | None:
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name),
                        reverse=True)
    for found in (shutil.which("initdb"),):
        if found:
            candidates.append(str(Path(found).resolve().parent))
    for d in candidates:
        if (Path(d) / "initdb").exists() and (Path(d) / "pg_ctl").exists():
            return Path(d)
    return None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def throwaway_server():
    """Yield the URL of a fresh server's `postgres` database; stop and delete it afterwards."""
    bindir = server_bin()
    if bindir is None:
        pytest.skip("PostgreSQL server binaries (initdb, pg_ctl) not found: apt-get install postgresql")
    base = Path(tempfile.mkdtemp(prefix="newsgraph-pg-"))
    prefix: list[str] = []
    if os.geteuid() == 0:
        # The server refuses to run as root.
        user = pwd.getpwnam(UNPRIVILEGED)
        os.chmod(base, 0o755)
        os.chown(base, user.pw_uid, user.pw_gid)
        prefix = ["runuser", "-u", UNPRIVILEGED, "--"]
    data, port = base / "data", free_port()

    def run(*args: str) -> None:
        proc = subprocess.run(prefix + [str(bindir / args[0]), *args[1:]], capture_output=True, text=True,
                              cwd=base, timeout=120)
        if proc.returncode != 0:
            log = (base / "server.log").read_text() if (base / "server.log").exists() else ""
            raise RuntimeError(f"{args[0]} failed: {proc.stderr or proc.stdout}\n{log}")

    try:
        run("initdb", "-D", str(data), "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C", "--no-sync")
        run("pg_ctl", "-D", str(data), "-l", str(base / "server.log"), "-w", "-t", "60", "-o",
            f"-p {port} -k {base} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off", "start")
        try:
            yield f"postgresql://postgres@127.0.0.1:{port}/postgres"
        finally:
            run("pg_ctl", "-D", str(data), "-m", "immediate", "-w", "stop")
    finally:
        shutil.rmtree(base, ignore_errors=True)


_numbers = itertools.count(1)


def fresh_database(admin_url: str) -> str:
    """A new empty database on the server; its URL."""
    import psycopg

    name = f"t{os.getpid()}_{next(_numbers)}"
    with psycopg.connect(admin_url, autocommit=True) as con:
        con.execute(f"CREATE DATABASE {name}")
    return admin_url.rsplit("/", 1)[0] + "/" + name


@contextlib.contextmanager
def filled_store(backend: str, folder: Path, fill):
    """A store on `backend` ("sqlite": a file in `folder`; "postgres": a database on a throwaway
    server) after `fill(url)`: yields its URL."""
    if backend == "sqlite":
        url = str(folder / "store.db")
        fill(url)
        yield url
        return
    with throwaway_server() as admin_url:
        url = fresh_database(admin_url)
        fill(url)
        yield url


@contextlib.contextmanager
def api_client(url: str):
    """A test client of the API over the store at `url`, server exceptions turned into 500s."""
    from fastapi.testclient import TestClient

    from newsgraph.api import create_app

    with TestClient(create_app(url), base_url="http://localhost", raise_server_exceptions=False) as c:
        yield c
