"""Memory of a running server around one large analysis: `newsgraph serve` on a loopback port
over an empty store, then POST /api/extract with real news text (NEREL dev texts joined up to
the text limit), reading the resident size of the server and of its analysis process before,
during and after.

    python bench/memory.py [--chars 150000] [--data ../shared/data/eval]
"""
from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newsgraph.api.worker import rss_mb  # noqa: E402


def children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as f:
            return [int(p) for p in f.read().split()]
    except OSError:
        return []


def sizes(pid: int) -> tuple[float, float]:
    """(server MB, analysis processes MB)."""
    return rss_mb(pid), sum(rss_mb(c) for c in children(pid))


def get(url: str, body: bytes | None = None, timeout: float = 600):
    req = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json"} if body else {})
    with urllib.request.urlopen(req, timeout=timeout) as r:
        return r.status, r.read()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--chars", type=int, default=150_000)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "eval")
    args = ap.parse_args()
    parts, total = [], 0
    with open(args.data / "nerel-dev.jsonl", encoding="utf-8") as f:
        for line in f:
            text = json.loads(line)["text"]
            if total + len(text) > args.chars:
                break
            parts.append(text)
            total += len(text) + 2
    text = "\n\n".join(parts)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [sys.executable, "-m", "newsgraph", "serve", "--db", f"{tmp}/store.db", "--port", str(port)]
        server = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                  env={**os.environ, "PYTHONPATH": str(ROOT)})
        try:
            base = f"http://127.0.0.1:{port}"
            for _ in range(600):
                try:
                    get(base + "/healthz", timeout=2)
                    break
                except OSError:
                    time.sleep(0.2)
            get(base + "/api/extract", json.dumps({"text": "Токаев прибыл в Ташкент."}).encode())
            rows = [("models loaded, one short analysis", *sizes(server.pid))]
            peak = [0.0]

            def watch(done):
                while not done.is_set():
                    peak[0] = max(peak[0], sum(sizes(server.pid)))
                    time.sleep(0.05)

            done = threading.Event()
            watcher = threading.Thread(target=watch, args=(done,))
            watcher.start()
            started = time.monotonic()
            try:
                status, _ = get(base + "/api/extract", json.dumps({"text": text, "whole": True}).encode())
            except urllib.error.HTTPError as exc:  # 503: past the server's deadline on a busy machine
                status = exc.code
            took = time.monotonic() - started
            done.set()
            watcher.join()
            rows.append((f"peak during the {len(text):,}-character analysis ({took:.0f} s, {status})", peak[0], 0.0))
            rows.append(("right after it", *sizes(server.pid)))
            time.sleep(8)  # the replacement process loads its models
            rows.append(("8 s later", *sizes(server.pid)))
        finally:
            server.terminate()
            server.wait(30)
    print("| moment | server MB | analysis process MB | total MB |")
    print("|---|---:|---:|---:|")
    for what, srv, child in rows:
        print(f"| {what} | {srv:.0f} | {child:.0f} | {srv + child:.0f} |")


if __name__ == "__main__":
    main()
