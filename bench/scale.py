"""Scale benchmark: ingest on Ray against the plain ingest, and PostgreSQL at size.

Two parts, each printing a Markdown table ready for docs/benchmarks.md (and JSON to --out):

`ingest`: the same `--docs N` generated news items (bench/corpus.py's generator) ingested into
fresh stores by the plain ingest with 1 and 2 worker processes and by `ingest --engine ray` with 1
and 2 actors (a local Ray of that many CPUs). Each run is its own process, limited with every
process it starts and the database server's processes to that many cores (as on a machine of
that many cores; the server only where it runs on this machine); reported apart are
its fixed start-up cost (from the start of the command to the first stored document: reading
the inputs, learning the site table, starting Ray, loading the models in every worker) and its
steady rate (documents stored per second from the first stored document to the last).

`store`: a PostgreSQL store filled to each of `--sizes` documents with variants of analysed
real news (the first `--seeds` NEREL dev texts, analysed once): each variant is its seed under
another id, outlet and publication date over ten years, with a marker line after the article
(so its content hash differs) and a MinHash signature of its own (so it is no near-duplicate of
its seed), written by `--writers` parallel writers (`Store.write_many`) and linked by the
linker (`Store.link_waiting`). At each size: writing and linking rates, bytes per document and
per table with its indexes, and p50 / p95 of lemma searches, entity reports and story reports,
with the query plans (EXPLAIN ANALYZE) of the heaviest.

`measure`: the same readers' latencies again, `--passes` times, on a store that `store` filled
before (`--pg` its database's URL), e.g. after a change of the search.

    PYTHONPATH=$PWD .venv/bin/python bench/scale.py ingest --docs 1000
    PYTHONPATH=$PWD .venv/bin/python bench/scale.py store --sizes 20000,200000
    PYTHONPATH=$PWD .venv/bin/python bench/scale.py measure --pg postgresql://user@host/db
    ... --pg postgresql://user@host/db   # an existing server's database (default: a throwaway
                                         # server of tests/pg.py in a temporary folder)
"""
from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import pickle
import random
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(HERE), str(ROOT / "tests")]
NEREL = ROOT.parent / "shared" / "data" / "eval" / "nerel-dev.jsonl"
OUTLETS = ["kazinform.example.kz", "tengri.example.kz", "uza.example.uz", "kun.example.uz", "kabar.example.kg",
           "24.example.kg", "khovar.example.tj", "asiaplus.example.tj", "turkmen.example.tm", "regnum.example.ru"]
# The ingest runs: (engine, CPUs).
RUNS = [("processes", 1), ("processes", 2), ("ray", 1), ("ray", 2)]
# Variants written per writer task.
WRITE_CHUNK = 200


# --- helpers -----------------------------------------------------------------------------------

@contextmanager
def postgres(url: str | None):
    """An admin URL: the one given, else a throwaway server's."""
    if url:
        yield url
        return
    from pg import throwaway_server

    with throwaway_server() as admin:
        yield admin


def fresh(admin: str) -> str:
    from pg import fresh_database

    return fresh_database(admin)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def table(head: list[str], rows: list[list]) -> str:
    lines = ["| " + " | ".join(head) + " |", "|" + "|".join("---:" if i else "---" for i in range(len(head))) + "|"]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


# --- ingest: plain against Ray ---------------------------------------------------------------

def cores(cpus: int) -> set[int]:
    """The first `cpus` of the cores this process may run on."""
    return set(sorted(os.sched_getaffinity(0))[:cpus])


def server_processes(url: str) -> list[int]:
    """The local PostgreSQL server's processes (its postmaster and every child of it): none where
    the server is on another machine."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as con:
        backend = con.execute("SELECT pg_backend_pid()").fetchone()[0]
        try:
            postmaster = int(Path(f"/proc/{backend}/stat").read_text().rsplit(")", 1)[1].split()[1])
        except OSError:
            return []  # not a process of this machine
    children = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            if int(stat.read_text().rsplit(")", 1)[1].split()[1]) == postmaster:
                children.append(int(stat.parent.name))
        except (OSError, ValueError, IndexError):
            continue
    return [postmaster, *children]


def pin_server(url: str, cpus: int) -> bool:
    """Limit the local server to the cores a run may use (new backends inherit the postmaster's
    set); False where it is not a process of this machine."""
    pids = server_processes(url)
    for pid in pids:
        try:
            os.sched_setaffinity(pid, cores(cpus))
        except OSError:
            continue  # a backend that has just ended
    return bool(pids)


def run_one(src: str, url: str, engine: str, cpus: int) -> dict:
    """One ingest in this process (started for it alone): start-up cost and steady rate. The
    process and every process it starts (workers, Ray's) run on `cpus` cores only."""
    os.sched_setaffinity(0, cores(cpus))
    # Ray starts its workers 15 steps nicer than itself; the plain ingest's workers run at the
    # command's own priority. The same priority for both, so that other jobs on the machine take
    # no more from one engine's analysis than from the other's.
    os.environ.setdefault("RAY_worker_niceness", "0")
    t0 = time.perf_counter()
    from newsgraph.corpus import open_corpus
    from newsgraph.corpus.ingest import ingest_paths

    marks: list[tuple[float, int]] = []

    def progress(s) -> None:
        if s.stored and (not marks or s.stored != marks[-1][1]):
            marks.append((time.perf_counter(), s.stored))

    cpu0 = os.times()
    with open_corpus(url) as corpus:
        summary = ingest_paths([src], corpus, workers=cpus, whole=True, engine=engine, on_progress=progress)
    end = time.perf_counter()
    cpu1 = os.times()
    first_t, first_n = marks[0]
    steady = (summary.stored - first_n) / max(marks[-1][0] - first_t, 1e-9)
    return {"engine": engine, "cpus": cpus, "stored": summary.stored, "failed": summary.failed,
            "startup_s": round(first_t - t0, 2), "total_s": round(end - t0, 2), "docs_per_s": round(steady, 2),
            "driver_cpu_s": round((cpu1.user - cpu0.user) + (cpu1.system - cpu0.system), 1),
            "load": os.getloadavg()[0]}


def bench_ingest(args) -> dict:
    from corpus import generate

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    src = out / f"news-{args.docs}.jsonl"
    if not src.exists():
        generate(src, args.docs)
    chosen = [(e, int(c)) for e, c in (r.split(":") for r in args.runs.split(","))]
    runs = json.loads(Path(args.add_to).read_text(encoding="utf-8"))["runs"] if args.add_to else []
    with postgres(args.pg) as admin:
        for _ in range(args.rounds):
            for engine, cpus in chosen:
                if args.store == "postgres" and not pin_server(admin, cpus):
                    print("the server is not on this machine: it is not limited to the run's CPUs",
                          file=sys.stderr, flush=True)
                url = fresh(admin) if args.store == "postgres" else str(out / f"{engine}-{cpus}.db")
                for suffix in ("", "-wal", "-shm"):
                    if args.store != "postgres":
                        Path(url + suffix).unlink(missing_ok=True)
                proc = subprocess.run([sys.executable, __file__, "run-one", str(src), url, engine, str(cpus)],
                                      capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
                if proc.returncode != 0:
                    raise SystemExit(proc.stderr)
                runs.append(json.loads(proc.stdout.strip().splitlines()[-1]))
                print(f"ingest run: {runs[-1]}", file=sys.stderr, flush=True)
        pin_server(admin, len(os.sched_getaffinity(0))) if args.store == "postgres" else None
    rate = {(e, c): max(r["docs_per_s"] for r in runs if (r["engine"], r["cpus"]) == (e, c))
            for e, c in RUNS if any((r["engine"], r["cpus"]) == (e, c) for r in runs)}
    rows = []
    for engine, cpus in RUNS:
        mine = [r for r in runs if (r["engine"], r["cpus"]) == (engine, cpus)]
        if not mine:
            continue
        best = max(mine, key=lambda r: r["docs_per_s"])
        against = ("" if engine == "processes" or ("processes", cpus) not in rate
                   else f"{rate[(engine, cpus)] / rate[('processes', cpus)]:.2f}×")
        rows.append([f"{'plain ingest' if engine == 'processes' else 'ingest --engine ray'}, {cpus} CPU",
                     best["stored"], f"{best['startup_s']:.1f}", f"{best['docs_per_s']:.1f}",
                     f"{best['total_s']:.1f}", against])
    print(f"\n{args.docs} generated news items into {args.store} (`--whole`), best of {args.rounds}; "
          f"load average at the end {runs[-1]['load']:.1f}\n")
    print(table(["run", "stored", "start-up s", "steady docs/s", "total s", "steady rate against plain, same CPUs"], rows))
    speedup = rate[("ray", 2)] / rate[("ray", 1)] if {("ray", 1), ("ray", 2)} <= rate.keys() else None
    if speedup:
        print(f"\nRay 2 CPUs / Ray 1 CPU: {speedup:.2f}×")
    if {("processes", 1), ("processes", 2)} <= rate.keys():
        print(f"plain 2 / plain 1: {rate[('processes', 2)] / rate[('processes', 1)]:.2f}×")
    return {"docs": args.docs, "store": args.store, "runs": runs, "ray_speedup": speedup and round(speedup, 2)}


# --- store: PostgreSQL at size ---------------------------------------------------------------

def analyse_seeds(n: int) -> list:
    """The first `n` NEREL dev texts analysed and prepared for the store."""
    from newsgraph.corpus.prepare import analyse_and_prepare
    from newsgraph.doc import Document
    from newsgraph.pipeline import Pipeline

    pipeline = Pipeline(whole=True)
    seeds = []
    with open(NEREL, encoding="utf-8") as fh:
        for line in fh:
            if len(seeds) >= n:
                break
            rec = json.loads(line)
            title = rec["text"].split("\n", 1)[0]
            prepared = analyse_and_prepare(Document(f"nerel-{rec['id']}", rec["text"], {"format": "text"}, title),
                                           pipeline)
            if not isinstance(prepared, Exception):
                seeds.append(prepared)
    return seeds


_SEEDS: list = []


def _start_writer(seeds: list) -> None:
    _SEEDS[:] = seeds


def variant(number: int):
    """Variant `number` of the seeds (see the module doc); the same number gives the same variant."""
    import numpy as np

    from newsgraph.corpus.dedup import NUM_PERM, band_keys, content_hash
    from newsgraph.corpus.prepare import Prepared
    from newsgraph.doc import Document

    seed = _SEEDS[number % len(_SEEDS)]
    rng = random.Random(number)
    doc = Document.from_dict(seed.doc.to_dict())
    doc.id = f"{seed.doc.id}-v{number}"
    day = 3650 * number // max(1, SIZE_HINT[0])
    doc.published = time.strftime("%Y-%m-%d", time.gmtime(1420070400 + 86400 * day))
    outlet = rng.choice(OUTLETS)
    doc.source = {"url": f"https://{outlet}/news/{number}", "format": "html"}
    doc.text += f"\n\nМатериал {number}."
    sig = np.random.default_rng(number).integers(0, 2 ** 32, NUM_PERM, dtype=np.uint64).astype("<u4").tobytes()
    return Prepared(doc, content_hash(doc.text), seed.index, sig, band_keys(sig), outlet)


# Variants are spread over ten years at the largest size of the run (set in each writer).
SIZE_HINT = [200_000]


def write_variants(url: str, numbers: range, spread: int) -> int:
    from newsgraph.store import open_store

    SIZE_HINT[0] = spread
    with open_store(url) as store:
        batch = [variant(n) for n in numbers]
        results = store.write_many(list(zip(store.reserve_keys(len(batch)), batch)))
    return sum(r.status == "stored" for r in results)


def fill(url: str, seeds: list, start: int, size: int, writers: int, spread: int) -> dict:
    """Variants start..size-1 written by `writers` processes, then linked here; the seconds of
    each. Variant n is published on day n × 3650 / `spread` of ten years."""
    from newsgraph.corpus import open_corpus

    chunks = [range(a, min(a + WRITE_CHUNK, size)) for a in range(start, size, WRITE_CHUNK)]
    t = time.perf_counter()
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(writers, initializer=_start_writer, initargs=(seeds,)) as pool:
        written = sum(pool.starmap(write_variants, [(url, c, spread) for c in chunks]))
    write_s = time.perf_counter() - t
    t = time.perf_counter()
    with open_corpus(url) as corpus:
        corpus.link_waiting()
    link_s = time.perf_counter() - t
    return {"written": written, "write_s": round(write_s, 1), "link_s": round(link_s, 1),
            "write_docs_per_s": round(written / max(write_s, 1e-9), 1),
            "link_docs_per_s": round(written / max(link_s, 1e-9), 1)}


def sizes(db) -> dict:
    """Bytes of the database, and of each large table with its indexes (and of its indexes)."""
    total = db.one("SELECT pg_database_size(current_database())")[0]
    tables = {name: (size, idx) for name, size, idx in db.all(
        "SELECT c.relname, pg_total_relation_size(c.oid), pg_indexes_size(c.oid) FROM pg_class c "
        "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind = 'r' AND n.nspname = 'public' "
        "ORDER BY 2 DESC LIMIT 8")}
    gin = db.one("SELECT pg_relation_size('documents_lemma_tsv')")[0]
    return {"database": total, "tables": tables, "lemma_gin": gin}


def search_queries(seeds: list, n: int = 200, seed: int = 7) -> list[tuple[str, dict]]:
    """Searches a reader might type, from the seeds' own words: one word, two words of one text,
    a person's surname, with and without a date range or an entity."""
    rng = random.Random(seed)
    words = [w for p in seeds for w in p.index.lemmas.split() if len(w) > 3 and w.isalpha()]
    people = [e.name for p in seeds for e in p.doc.entities if e.type == "PER" and " " in e.name]
    places = [e.name for p in seeds for e in p.doc.entities if e.type == "LOC"]
    out = []
    for i in range(n):
        kind = i % 5
        if kind == 0:
            out.append((rng.choice(words), {}))
        elif kind == 1:
            p = rng.choice(seeds).index.lemmas.split()
            out.append((" ".join(rng.sample([w for w in p if len(w) > 3 and w.isalpha()], 2)), {}))
        elif kind == 2:
            out.append((rng.choice(people).split()[-1].strip("().,«»\"'"), {}))
        elif kind == 3:
            year = rng.randint(2015, 2024)
            out.append((rng.choice(words), {"since": f"{year}-01-01", "until": f"{year}-12-31"}))
        else:
            out.append((rng.choice(words), {"entity": rng.choice(places)}))
    return out


def timed(calls) -> dict:
    times = []
    for call in calls:
        t = time.perf_counter()
        call()
        times.append(1000 * (time.perf_counter() - t))
    return {"n": len(times), "p50_ms": round(percentile(times, 0.5), 1), "p95_ms": round(percentile(times, 0.95), 1),
            "max_ms": round(max(times), 1)}


def measure(url: str, seeds: list) -> dict:
    from newsgraph.corpus import open_corpus
    from newsgraph.store import SearchFilters

    with open_corpus(url) as corpus:
        db = corpus.store.db
        db.run("ANALYZE")
        corpus.search("прогрев")  # builds the morphology; not a reader's query
        queries = search_queries(seeds)

        def search(q, f):
            f = dict(f)
            entity = f.pop("entity", None)
            return lambda: corpus.search(q, SearchFilters(**f), limit=10, entity=entity)

        rng = random.Random(3)
        names = [e.name for p in seeds for e in p.doc.entities]
        entity_names = [rng.choice(names) for _ in range(50)]
        ids = [r[0] for r in db.all("SELECT id FROM documents ORDER BY key")]
        story_refs = [rng.choice(ids) for _ in range(50)]
        out = {
            "documents": db.one("SELECT COUNT(*) FROM documents")[0],
            "stories": db.one("SELECT COUNT(*) FROM stories")[0],
            "corpus_entities": db.one("SELECT COUNT(*) FROM corpus_entities")[0],
            "search": timed(search(q, f) for q, f in queries),
            "entity": timed((lambda n=n: corpus.entity(n, limit=20)) for n in entity_names),
            "story": timed((lambda r=r: corpus.story(r)) for r in story_refs),
            "sizes": sizes(db),
            "plans": plans(db, corpus, queries),
        }
    return out


def searched_plans(db, run_search) -> list[str]:
    """EXPLAIN ANALYZE of the statements that rank a search's matches, as `run_search()` runs them
    (caught on their way to the server), one block of plan lines each."""
    statements, run = [], db.run

    def catch(sql, params=()):
        if "ts_rank_cd" in sql:
            statements.append((sql, params))
        return run(sql, params)

    db.run = catch
    try:
        run_search()
    finally:
        db.run = run
    return [line for sql, params in statements for line in
            [r[0] for r in db.all("EXPLAIN ANALYZE " + sql, params)] + [""]]


def plans(db, corpus, queries) -> dict:
    """EXPLAIN ANALYZE of the statements of the search of the commonest query word, of an entity's
    documents, and of its co-mentions."""
    from newsgraph.store.entity import CO_MENTION_DOCS

    word = max((q for q, f in queries if not f and q.isalpha()), key=lambda q: db.one(
        "SELECT COUNT(*) FROM documents WHERE lemma_tsv @@ plainto_tsquery('simple', ?)", (q,))[0])
    search = searched_plans(db, lambda: corpus.search(word))
    top = db.one("SELECT corpus FROM entities GROUP BY corpus ORDER BY COUNT(*) DESC LIMIT 1")[0]
    entity = db.all("EXPLAIN ANALYZE SELECT d.id, d.title, d.published, d.url FROM documents d WHERE d.key IN "
                    "(SELECT doc FROM entities WHERE corpus IN (?)) ORDER BY d.published DESC, d.key LIMIT 100", (top,))
    marks = "?"
    co = db.all(f"EXPLAIN ANALYZE SELECT c.name, c.type, COUNT(DISTINCT m.doc) AS n FROM entities e "
                f"JOIN mentions m ON m.doc = e.doc JOIN entities o ON o.doc = m.doc AND o.idx = m.entity "
                f"JOIN corpus_entities c ON c.id = o.corpus WHERE e.corpus IN ({marks}) AND o.corpus NOT IN ({marks}) "
                f"AND e.doc IN (SELECT doc FROM entities WHERE corpus IN ({marks}) ORDER BY doc DESC "
                f"LIMIT {CO_MENTION_DOCS}) "
                f"GROUP BY c.id, c.name, c.type ORDER BY n DESC, COUNT(*) DESC, c.name LIMIT 10", (top, top, top))
    return {"search_word": word, "search": search, "entity": [r[0] for r in entity],
            "co_mentions": [r[0] for r in co]}


def load_seeds(out: Path, count: int) -> list:
    """The `count` analysed NEREL seeds, from the cache in `out` when an earlier run left them."""
    out.mkdir(parents=True, exist_ok=True)
    t = time.perf_counter()
    cached = out / f"seeds-{count}.pickle"
    if cached.exists():
        seeds = pickle.loads(cached.read_bytes())
    else:
        seeds = analyse_seeds(count)
        cached.write_bytes(pickle.dumps(seeds))
    print(f"{len(seeds)} seeds analysed in {time.perf_counter() - t:.0f} s", file=sys.stderr, flush=True)
    return seeds


def bench_measure(args) -> dict:
    """The readers' latency on a store `store` filled before (`--pg` its URL), `--passes` times
    over: after a server's restart the first pass reads from disk what the next find in memory."""
    if not args.pg:
        raise SystemExit("measure needs --pg, the URL of a store filled by `store`")
    seeds = load_seeds(Path(args.out), args.seeds)
    passes = []
    for i in range(args.passes):
        measured = measure(args.pg, seeds)
        passes.append(measured)
        print(f"pass {i + 1}: " + ", ".join(f"{k} p50 / p95 {measured[k]['p50_ms']} / {measured[k]['p95_ms']} ms"
                                              for k in ("search", "entity", "story"))
              + f"; load average {os.getloadavg()[0]:.1f}")
    return {"documents": passes[-1]["documents"], "passes": passes}


def bench_store(args) -> dict:
    out = Path(args.out)
    seeds = load_seeds(out, args.seeds)
    steps = sorted(int(s) for s in args.sizes.split(","))
    results = []
    with postgres(args.pg) as admin:
        url = fresh(admin) if not args.pg else admin
        from newsgraph.store import open_store

        open_store(url).close()
        done = 0
        for size in steps:
            filled = fill(url, seeds, done, size, args.writers, steps[-1])
            done = size
            measured = measure(url, seeds)
            results.append({"size": size, "fill": filled, **measured})
            print(f"store at {size}: {json.dumps({k: v for k, v in results[-1].items() if k != 'plans'})}",
                  file=sys.stderr, flush=True)
    rows = []
    for r in results:
        s = r["sizes"]
        rows.append([f"{r['size']:,}".replace(",", " "), f"{r['fill']['write_docs_per_s']:.0f}",
                     f"{r['fill']['link_docs_per_s']:.0f}", f"{s['database'] / r['documents'] / 1024:.1f}",
                     f"{s['lemma_gin'] / r['documents']:.0f}",
                     f"{r['search']['p50_ms']} / {r['search']['p95_ms']}",
                     f"{r['entity']['p50_ms']} / {r['entity']['p95_ms']}",
                     f"{r['story']['p50_ms']} / {r['story']['p95_ms']}"])
    print(f"\nPostgreSQL, variants of {len(seeds)} analysed NEREL texts, {args.writers} writer(s); "
          f"load average {os.getloadavg()[0]:.1f}\n")
    print(table(["documents", "write docs/s", "link docs/s", "KiB / doc", "GIN bytes / doc",
                 "search p50 / p95 ms", "entity p50 / p95 ms", "story p50 / p95 ms"], rows))
    last = results[-1]
    print(f"\nLargest tables at {last['size']} (total / of it indexes, MiB):")
    for name, (size, idx) in last["sizes"]["tables"].items():
        print(f"- {name}: {size / 2 ** 20:.1f} / {idx / 2 ** 20:.1f}")
    print(f"\nPlan of the search for the most common query word ({last['plans']['search_word']!r}):\n")
    print("\n".join("    " + line for line in last["plans"]["search"]))
    print("\nPlan of the documents of the entity in most documents:\n")
    print("\n".join("    " + line for line in last["plans"]["entity"]))
    print("\nPlan of that entity's co-mentions (the heaviest query of an entity report):\n")
    print("\n".join("    " + line for line in last["plans"]["co_mentions"]))
    return {"seeds": len(seeds), "writers": args.writers, "results": results}


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "run-one":
        _, _, src, url, engine, cpus = sys.argv
        print(json.dumps(run_one(src, url, engine, int(cpus))))
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="part", required=True)
    ing = sub.add_parser("ingest", help="plain ingest against Ray ingest with 1 and 2 CPUs")
    ing.add_argument("--docs", type=int, default=1000)
    ing.add_argument("--rounds", type=int, default=1)
    ing.add_argument("--store", choices=("postgres", "sqlite"), default="postgres")
    ing.add_argument("--runs", default=",".join(f"{e}:{c}" for e, c in RUNS),
                     help="engine:CPUs of the runs to make (default: all four)")
    ing.add_argument("--add-to", help="the ingest.json of earlier runs (other --runs) to report with these")
    st = sub.add_parser("store", help="PostgreSQL at size: writing, linking, bytes, query latency")
    st.add_argument("--sizes", default="2000,20000")
    st.add_argument("--seeds", type=int, default=200)
    st.add_argument("--writers", type=int, default=2)
    me = sub.add_parser("measure", help="the readers' latency on a store filled before (--pg)")
    me.add_argument("--seeds", type=int, default=200)
    me.add_argument("--passes", type=int, default=2)
    for p in (ing, st, me):
        p.add_argument("--pg", help="an existing PostgreSQL URL (default: a throwaway server)")
        p.add_argument("--out", default=str(Path(tempfile.gettempdir()) / "newsgraph-scale"))
    args = parser.parse_args()
    result = {"ingest": bench_ingest, "store": bench_store, "measure": bench_measure}[args.part](args)
    name = f"ingest-{args.docs}" if args.part == "ingest" else args.part
    Path(args.out, f"{name}.json").write_text(json.dumps(result, ensure_ascii=False, indent=1, default=str),
                                                   encoding="utf-8")


if __name__ == "__main__":
    main()
