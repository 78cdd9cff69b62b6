"""Load benchmark: the running server over a 20 000-document store, 20 concurrent clients.

Builds (or reuses, under `--out`) a SQLite store of `--docs` documents cheaply: the real texts
of the evaluation sets (`../shared/data/eval`, factRuEval-2016 and NEREL) are analysed once
(cached in `<out>/analysed.jsonl`), then stored as variants with their own ids, outlets, URLs
and publication dates over two years, each with its own content hash and MinHash signature, so
no variant is taken for a near-duplicate of another. Then `newsgraph serve` starts on loopback
and `--clients` threads (httpx) request, each in turn, the feed (stories newest first, a page of 20
from the first five pages), an article, an entity page and a search, until `--requests` are
done or `--seconds` have passed; each client waits `--think` seconds (on average, exponential)
between requests, as a reader does between clicks (0: back to back). With `--watch`, a site on
loopback publishes `--watch-docs` new articles (real texts) in an RSS feed, and `newsgraph
watch` fetches, analyses and stores them into the same store meanwhile. Prints p50 / p95 / max per route (Markdown) and writes `<out>/load.json`.

    .venv/bin/python bench/load.py --docs 20000 --out out/load
    .venv/bin/python bench/load.py --out out/load --watch
"""
from __future__ import annotations

import argparse
import base64
import contextlib
import json
import os
import random
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))  # the loopback site of the poller's tests
EVAL = ROOT.parent / "shared" / "data" / "eval"
EVAL_SETS = ("factrueval-dev.jsonl", "nerel-dev.jsonl")

# The routes driven: the workspace's feed (stories newest first), an article, an entity, a search.
FEED_ROUTE = "/api/feed"
DOCUMENTS_ROUTE = "/api/documents"
ARTICLE_ROUTE = "/api/documents/{id}"
ENTITY_ROUTE = "/api/entities/{name}"
SEARCH_ROUTE = "/api/search"
ROUTES = ("feed", "article", "entity", "search")

OUTLETS = [("Кабар", "kabar.example.kg"), ("24.kg", "24.example.kg"), ("Азаттык", "rus.azattyk.example.org"),
           ("Tengrinews", "tengrinews.example.kz"), ("Газета.uz", "gazeta.example.uz"),
           ("Спутник Таджикистан", "tj.sputnik.example.ru"), ("Trend", "trend.example.az"),
           ("Новости-Грузия", "newsgeorgia.example.ge"), ("Фергана", "fergana.example.ru"),
           ("Казинформ", "inform.example.kz"), ("АКИpress", "akipress.example.kg"), ("Курсив", "kursiv.example.kz")]
# Searches as analysts write them: words, phrases, OR, exclusions, prefixes, and filters.
QUERIES = [
    ("переговоры", {}), ("президент", {}), ("министр иностранных дел", {}), ('"министр иностранных дел"', {}),
    ("выборы OR референдум", {}), ("суд -Москва", {}), ("нефть | газ", {}), ("прези*", {}),
    ("Грузия", {"since": "2024-01-01"}), ("соглашение", {"source": "Кабар"}), ("полиция задержала", {}),
    ("(банк OR кредит) -Россия", {}), ('"Министерство обороны"', {}), ("экономика", {"until": "2023-06-30"}),
    ("сотрудничество", {}), ("Бишкек", {}), ("заявил", {}), ("террорист*", {}),
]


def real_texts() -> list[dict]:
    """The evaluation sets' texts, each once: id, title (the first line) and text."""
    seen, out = set(), []
    for name in EVAL_SETS:
        with open(EVAL / name, encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                text = rec["text"]
                if text in seen or not text.strip():
                    continue
                seen.add(text)
                out.append({"id": f"{name.split('-')[0]}-{rec['id']}", "text": text,
                            "title": text.strip().split("\n", 1)[0][:200]})
    return out


def analyse_once(out: Path) -> Path:
    """The real texts analysed and indexed (`<out>/analysed.jsonl`), built on the first run."""
    cache = out / "analysed.jsonl"
    if cache.exists():
        return cache
    from newsgraph.corpus.prepare import prepare
    from newsgraph.doc import Document
    from newsgraph.pipeline import Pipeline
    from newsgraph.read.html import line_spans

    pipeline = Pipeline(whole=True)
    started = time.monotonic()
    texts = real_texts()
    tmp = cache.with_suffix(".part")
    with open(tmp, "w", encoding="utf-8") as fh:
        for n, rec in enumerate(texts, 1):
            doc = Document(id=rec["id"], text=rec["text"], title=rec["title"], source={"format": "jsonl"})
            doc.body = line_spans(rec["text"])
            analysed = pipeline.attempt(doc)
            if not isinstance(analysed, Document):
                continue
            p = prepare(analysed, pipeline.resources)
            fh.write(json.dumps({"doc": p.doc.to_dict(), "lemmas": p.index.lemmas,
                                 "offsets": base64.b64encode(p.index.offsets).decode()}, ensure_ascii=False) + "\n")
            if n % 100 == 0:
                print(f"  analysed {n}/{len(texts)} in {time.monotonic() - started:.0f} s", file=sys.stderr)
    tmp.rename(cache)
    return cache


def variant_date(rng: random.Random) -> str:
    day = rng.randrange(730)
    return time.strftime("%Y-%m-%d", time.gmtime(1672531200 + day * 86400))  # from 2023-01-01


def build_store(out: Path, n_docs: int, batch: int = 200) -> Path:
    """A store of `n_docs` variants of the analysed texts (`<out>/load-<n>.db`), built once."""
    from newsgraph.corpus import open_corpus
    from newsgraph.corpus.dedup import NUM_PERM, band_keys, content_hash
    from newsgraph.corpus.lemmas import LemmaIndex
    from newsgraph.corpus.prepare import Prepared, source_name
    from newsgraph.doc import Document

    db = out / f"load-{n_docs}.db"
    if db.exists():
        return db
    bases = [json.loads(line) for line in open(analyse_once(out), encoding="utf-8")]
    rng = random.Random(14)
    part = db.with_suffix(".part.db")
    for suffix in ("", "-wal", "-shm"):
        Path(str(part) + suffix).unlink(missing_ok=True)
    started = time.monotonic()
    with open_corpus(str(part)) as corpus:
        pending = []
        for k in range(n_docs):
            base = bases[k % len(bases)]
            site, host = OUTLETS[rng.randrange(len(OUTLETS))]
            data = dict(base["doc"])
            # A line after the body makes each variant's text its own (the body and its spans stay).
            data.update(id=f"{data['id']}-v{k}", published=variant_date(rng),
                        text=data["text"] + f"\n\n{site}, выпуск {k}",
                        source={"format": "html", "url": f"https://{host}/news/{k}", "site": site})
            doc = Document.from_dict(data)
            sig = rng.randbytes(NUM_PERM * 4)
            pending.append(Prepared(doc, content_hash(doc.text),
                                    LemmaIndex(base["lemmas"], base64.b64decode(base["offsets"])),
                                    sig, band_keys(sig), source_name(doc)))
            if len(pending) == batch:
                corpus.save_many(pending)
                pending = []
                if (k + 1) % 2000 == 0:
                    print(f"  stored {k + 1}/{n_docs} in {time.monotonic() - started:.0f} s", file=sys.stderr)
        corpus.save_many(pending)
    part.rename(db)
    for suffix in ("-wal", "-shm"):
        Path(str(part) + suffix).unlink(missing_ok=True)
    return db


def watch_site(n: int) -> dict:
    """The routes of a loopback news site for `newsgraph watch`: an RSS feed of `n` new article
    pages (real texts of the evaluation sets under new ids and dates) and the pages themselves."""
    from html import escape

    from loopback import Route, rss

    texts, stamp = real_texts(), int(time.time())
    routes, items = {}, []
    for k in range(n):
        rec = texts[k % len(texts)]
        path = f"/news/{stamp}-{k}.html"
        paragraphs = [p for p in rec["text"].split("\n") if p.strip()]
        body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs[1:] + [f"Выпуск {stamp}-{k}."])
        page = (f'<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>{escape(rec["title"])}</title>'
                f'<meta property="og:site_name" content="Вести Долины">'
                f'<meta property="article:published_time" content="2025-01-0{1 + k % 9}T10:00:00+06:00"></head>'
                f'<body><nav><a href="/">Главная</a> <a href="/news">Новости</a></nav><main><article>'
                f'<h1>{escape(rec["title"])}</h1>{body}</article></main><footer>© Вести Долины</footer></body></html>')
        routes[path] = Route(page.encode("utf-8"))
        items.append((path, escape(rec["title"]), "Wed, 01 Jan 2025 10:00:00 +0600"))
    return {"items": items, "routes": routes}


def newsgraph(*args: str) -> list[str]:
    exe = Path(sys.executable).with_name("newsgraph")
    return [str(exe), *args] if exe.exists() else [sys.executable, "-m", "newsgraph", *args]


def start_watch(db: Path, n: int, nice: int, stack: contextlib.ExitStack) -> subprocess.Popen:
    """A loopback site with `n` new articles, added as a source of `db` and polled by `newsgraph
    watch --once` (at `--nice nice`), which fetches, analyses and stores them one by one."""
    import loopback

    site_routes = watch_site(n)
    site = stack.enter_context(loopback.serve(site_routes["routes"]))
    items = [(site.url(path), title, date) for path, title, date in site_routes["items"]]
    site.routes["/rss.xml"] = loopback.Route(loopback.rss(items), content_type="application/rss+xml")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    subprocess.run(newsgraph("sources", "add", site.url("/rss.xml"), "--db", str(db)), env=env, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return subprocess.Popen(newsgraph("watch", "--db", str(db), "--once", "--all", "--delay", "0", "--max-pages",
                                      str(n), "--nice", str(nice)), env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def stored(db: Path) -> int:
    """Documents in the store now."""
    import sqlite3

    with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as conn:
        return conn.execute("SELECT count(*) FROM documents").fetchone()[0]


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: Path, port: int, workers: int = 1) -> subprocess.Popen:
    import httpx

    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen(newsgraph("serve", "--db", str(db), "--port", str(port), "--workers", str(workers)), env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=2).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.3)
    proc.kill()
    raise SystemExit("the server did not answer /healthz within 120 s")


def targets(base: str) -> tuple[list[str], list[str]]:
    """Document ids and entity names to ask for: a sample of the store's, popular ones included."""
    import httpx

    with httpx.Client(base_url=base, timeout=30) as c:
        total = c.get(DOCUMENTS_ROUTE, params={"limit": 1}).json()["total"]
        rng = random.Random(3)
        ids = []
        for offset in rng.sample(range(max(total - 100, 1)), min(20, max(total - 100, 1))):
            ids += [d["id"] for d in c.get(DOCUMENTS_ROUTE, params={"limit": 100, "offset": offset}).json()["documents"]]
        names = [e["name"] for e in c.get("/api/entities", params={"limit": 200}).json()]
        names += [e["name"] for e in c.get("/api/entities", params={"limit": 200, "offset": 2000}).json()]
    return ids, names


def drive(base: str, clients: int, requests: int, seconds: float, think: float, ids: list[str],
          names: list[str]) -> dict[str, list[float]]:
    """Run the clients; the latency (ms) of each answered request per route, and the failures."""
    import httpx

    times: dict[str, list[float]] = {r: [] for r in ROUTES}
    failures: dict[str, int] = {r: 0 for r in ROUTES}
    lock = threading.Lock()
    budget = [requests]
    deadline = time.monotonic() + seconds

    def one(client: httpx.Client, route: str, rng: random.Random) -> None:
        if route == "feed":
            url, params = FEED_ROUTE, {"limit": 20, "offset": 20 * rng.randrange(5)}
        elif route == "article":
            url, params = ARTICLE_ROUTE.format(id=rng.choice(ids)), {}
        elif route == "entity":
            url, params = ENTITY_ROUTE.format(name=rng.choice(names)), {}
        else:
            q, filters = rng.choice(QUERIES)
            url, params = SEARCH_ROUTE, {"q": q, "limit": 10, **filters}
        started = time.perf_counter()
        try:
            ok = client.get(url, params=params).status_code == 200
        except httpx.HTTPError:
            ok = False
        ms = (time.perf_counter() - started) * 1000
        with lock:
            if ok:
                times[route].append(ms)
            else:
                failures[route] += 1

    def run(seed: int) -> None:
        rng = random.Random(seed)
        turn = seed
        with httpx.Client(base_url=base, timeout=30) as client:
            if think:  # readers arrive independently, not all in the same instant
                time.sleep(rng.uniform(0, 2 * think))
            while time.monotonic() < deadline:
                with lock:
                    if budget[0] <= 0:
                        return
                    budget[0] -= 1
                one(client, ROUTES[turn % len(ROUTES)], rng)
                turn += 1
                if think:
                    time.sleep(min(rng.expovariate(1 / think), 5 * think))

    threads = [threading.Thread(target=run, args=(i,), daemon=True) for i in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(seconds + 60)
    return {"times": times, "failures": failures}


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds so far of a process and the processes it started (its server
    processes with `--workers`; its analysis processes, idle here) (Linux /proc)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return 0.0
    own = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return own + sum(cpu_seconds(int(c)) for c in children)


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=20_000, help="documents in the store")
    ap.add_argument("--out", type=Path, default=ROOT / "out" / "load", help="cache and results folder")
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--requests", type=int, default=4000, help="most requests in all")
    ap.add_argument("--seconds", type=float, default=60, help="most seconds of driving")
    ap.add_argument("--think", type=float, default=1.0, help="mean seconds a client waits between requests")
    ap.add_argument("--server-workers", type=int, default=1, help="`newsgraph serve --workers`")
    ap.add_argument("--watch", action="store_true",
                    help="`newsgraph watch` polls a loopback site of new articles into the store meanwhile")
    ap.add_argument("--watch-docs", type=int, default=300, help="new articles on that site")
    ap.add_argument("--watch-nice", type=int, default=10, help="`newsgraph watch --nice` (its default: 10)")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    started = time.monotonic()
    db = build_store(args.out, args.docs)
    print(f"store {db} ready in {time.monotonic() - started:.0f} s", file=sys.stderr)
    if args.watch:  # the ingest writes into a copy, so the cached store stays as built
        import shutil

        scratch = args.out / f"watch-{db.name}"
        shutil.copyfile(db, scratch)
        db = scratch
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = start_server(db, port, args.server_workers)
    stack = contextlib.ExitStack()
    watcher = None
    try:
        ids, names = targets(base)
        if args.watch:
            watcher = start_watch(db, args.watch_docs, args.watch_nice, stack)
            time.sleep(5)  # past the poller's start-up, into its steady fetching and writing
        docs_before = stored(db)
        cpu_before, wall_before, load_before = cpu_seconds(server.pid), time.monotonic(), os.getloadavg()[0]
        result = drive(base, args.clients, args.requests, args.seconds, args.think, ids, names)
        cpu = cpu_seconds(server.pid) - cpu_before
        wall = time.monotonic() - wall_before
        load = (load_before + os.getloadavg()[0]) / 2
        written = stored(db) - docs_before
    finally:
        if watcher is not None:
            watcher.terminate()
            watcher.wait(30)
        stack.close()
        server.terminate()
        server.wait(30)
        if args.watch:
            for suffix in ("", "-wal", "-shm"):
                Path(str(db) + suffix).unlink(missing_ok=True)
    rows = {}
    answered = sum(len(t) for t in result["times"].values())
    print(f"\n{args.docs} documents, {args.clients} clients, think {args.think} s"
          f"{f', while watch ingests ({written} new documents stored meanwhile)' if args.watch else ''}: {answered} requests in {wall:.0f} s "
          f"({answered / wall:.1f}/s); the server's CPU {1000 * cpu / max(answered, 1):.1f} ms a request "
          f"({cpu / wall:.2f} cores); machine load average {load:.1f} on {os.cpu_count()} CPUs\n")
    print("| route | requests | failed | p50 ms | p95 ms | max ms |")
    print("|---|---|---|---|---|---|")
    for route in ROUTES:
        t = result["times"][route]
        rows[route] = {"requests": len(t), "failed": result["failures"][route],
                       "p50_ms": round(statistics.median(t), 1) if t else None,
                       "p95_ms": round(percentile(t, 0.95), 1), "max_ms": round(max(t), 1) if t else None}
        r = rows[route]
        print(f"| {route} | {r['requests']} | {r['failed']} | {r['p50_ms']} | {r['p95_ms']} | {r['max_ms']} |")
    (args.out / "load.json").write_text(json.dumps({"docs": args.docs, "clients": args.clients,
                                                     "think": args.think, "watch": args.watch,
                                                     "written_meanwhile": written if args.watch else 0, "routes": rows,
                                                     "requests_per_s": round(answered / wall, 1),
                                                     "server_cpu_ms_per_request": round(1000 * cpu / max(answered, 1), 1),
                                                     "load_average": round(load, 1)},
                                                    indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
