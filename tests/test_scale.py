"""`ingest --engine ray` at scale: into PostgreSQL the Ray actors write in parallel and one linker
takes the corpus decisions; into SQLite one writer. On a few hundred short news items (stories told
by several outlets, republished texts, exact copies under other ids, people named in full or by
surname alone) both stores equal the plain ingest's, compared as canonical dumps that do not
depend on the store's own numbering; a run whose driver is killed half-way and is run again
stores every document once."""
from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import time

import pytest
from site_pages import analysis_of

from conftest import newsgraph_cmd

pytest.importorskip("ray")

N_DOCS = 120
PEOPLE = [  # nominative, genitive, surname
    ("Касым-Жомарт Токаев", "Касым-Жомарта Токаева", "Токаев"),
    ("Шавкат Мирзиёев", "Шавката Мирзиёева", "Мирзиёев"),
    ("Садыр Жапаров", "Садыра Жапарова", "Жапаров"),
    ("Эмомали Рахмон", "Эмомали Рахмона", "Рахмон"),
    ("Олжас Бектенов", "Олжаса Бектенова", "Бектенов"),
    ("Абдулла Арипов", "Абдуллы Арипова", "Арипов"),
    ("Мурат Нуртлеу", "Мурата Нуртлеу", "Нуртлеу"),
    ("Бахтиёр Саидов", "Бахтиёра Саидова", "Саидов"),
]
ORGS = ["Евразийский банк развития", "Азиатский банк развития", "Всемирный банк", "Газпром"]
CITIES = ["Астане", "Ташкенте", "Бишкеке", "Душанбе", "Алматы", "Самарканде"]
TOPICS = ["транзит грузов", "водные ресурсы", "поставки электроэнергии", "строительство железной дороги",
          "поставки зерна", "охрану границы"]
OUTLETS = ["kz.example.com", "uz.example.com", "kg.example.com", "tj.example.com", "ru.example.com"]


def news(n: int, seed: int = 15) -> list[dict]:
    """`n` news items: each happening told by one to three outlets over a few days, some texts
    republished with an edit, some delivered twice under another id."""
    rng = random.Random(seed)
    items: list[dict] = []
    while len(items) < n:
        a, b = rng.sample(PEOPLE, 2)
        org, city, topic = rng.choice(ORGS), rng.choice(CITIES), rng.choice(TOPICS)
        day = rng.randint(1, 28)
        happening = len(items)
        tellings = [
            f"{day} мая в {city} {a[0]} встретился с {b[1]}. Стороны обсудили {topic}. "
            f"«Мы договорились о сотрудничестве», — заявил {a[2]}.",
            f"{a[2]} и {b[2]} провели переговоры в {city} {day} мая. Речь шла про {topic} и участие "
            f"организации {org}.",
            f"Переговоры {a[1]} и {b[1]} прошли {day} мая. {org} выделит средства на {topic}.",
        ]
        for i, text in enumerate(tellings[:rng.randint(1, 3)]):
            published = f"2024-05-{min(28, day + rng.randint(0, 2)):02d}"
            items.append({"id": f"n{happening:04d}-{i}", "text": text, "published": published,
                          "url": f"https://{rng.choice(OUTLETS)}/news/{happening}-{i}"})
            roll = rng.random()
            if roll < 0.15:  # republished elsewhere with one word changed
                items.append({"id": f"n{happening:04d}-{i}r", "text": text.replace("Стороны", "Политики")
                              .replace("Речь шла", "Разговор шёл").replace("прошли", "состоялись"),
                              "published": published, "url": f"https://{rng.choice(OUTLETS)}/r/{happening}-{i}"})
            elif roll < 0.22:  # the same text delivered again under another id
                items.append({**items[-1], "id": f"n{happening:04d}-{i}d"})
    return items[:n]


def write_news(path, n: int = N_DOCS) -> list[dict]:
    items = news(n)
    path.write_text("".join(json.dumps(item, ensure_ascii=False) + "\n" for item in items), encoding="utf-8")
    return items


def canonical(url: str) -> dict:
    """What two stores of the same documents must agree on, whatever their keys and ids: each
    document's analysis, the corpus entities (type, name, names seen, documents), the stories as
    sets of documents, which document each near-duplicate repeats, and the counts."""
    from newsgraph.corpus import open_corpus

    with open_corpus(url) as corpus:
        db = corpus.store.db
        ids = [r[0] for r in db.all("SELECT id FROM documents ORDER BY id")]
        entities = {}
        for cid, type_, name in db.all("SELECT id, type, name FROM corpus_entities"):
            docs = sorted(r[0] for r in db.all("SELECT DISTINCT d.id FROM entities e JOIN documents d ON d.key = e.doc "
                                               "WHERE e.corpus = ?", (cid,)))
            names = sorted(r[0] for r in db.all("SELECT name FROM entity_names WHERE entity = ?", (cid,)))
            entities[f"{type_} {name}"] = (names, docs)
        stories: dict[int, list[str]] = {}
        for doc_id, story in db.all("SELECT id, story FROM documents"):
            stories.setdefault(story, []).append(doc_id)
        return {
            "documents": {i: analysis_of(corpus.load(i).to_dict()) for i in ids},
            "entities": entities,
            "stories": sorted(sorted(docs) for docs in stories.values()),
            "near": dict(db.all("SELECT d.id, o.id FROM documents d JOIN documents o ON o.key = d.duplicate_of")),
            "aliases": sorted(r[0] for r in db.all("SELECT id FROM document_ids")),
            "stats": corpus.stats(),
            "texts": db.one("SELECT COUNT(*), COUNT(body) FROM texts"),
            "entity_rows": db.one("SELECT COUNT(*) FROM entities")[0],
            "waiting": db.one("SELECT COUNT(*) FROM link_queue")[0],
        }


@pytest.fixture(scope="module")
def pg_server():
    from pg import throwaway_server

    with throwaway_server() as url:
        yield url


@pytest.fixture(scope="module")
def corpus_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("scale") / "news.jsonl"
    write_news(path)
    return path


@pytest.fixture(scope="module")
def plain(corpus_file, tmp_path_factory) -> dict:
    from newsgraph.corpus import open_corpus
    from newsgraph.corpus.ingest import ingest_paths

    url = str(tmp_path_factory.mktemp("plain") / "plain.db")
    with open_corpus(url) as corpus:
        summary = ingest_paths([str(corpus_file)], corpus, workers=0, whole=True)
    assert summary.failed == 0
    dump = canonical(url)
    # The corpus exercises every rule the linker applies.
    assert dump["stats"]["documents"] < N_DOCS  # exact copies were stored once
    assert dump["near"] and dump["texts"][1] < dump["texts"][0]  # near-duplicates, kept as edits
    assert any(len(docs) > 1 for docs in dump["stories"])
    assert any(len(docs) > 3 for _, docs in dump["entities"].values())
    return dump


def ray_ingest(corpus_file, url: str, ray_address: str):
    from newsgraph.corpus import open_corpus
    from newsgraph.corpus.ingest import ingest_paths

    with open_corpus(url) as corpus:
        return ingest_paths([str(corpus_file)], corpus, workers=2, whole=True, engine="ray", address=ray_address)


def test_ray_ingest_into_sqlite_equals_plain_ingest(ray_address, corpus_file, plain, tmp_path):
    url = str(tmp_path / "ray.db")
    summary = ray_ingest(corpus_file, url, ray_address)
    assert (summary.stored, summary.failed) == (plain["stats"]["documents"], 0)
    assert canonical(url) == plain


def test_ray_ingest_into_postgres_writes_in_parallel_and_equals_plain_ingest(ray_address, corpus_file, plain,
                                                                            pg_server):
    from pg import fresh_database

    from newsgraph.store import open_store

    url = fresh_database(pg_server)
    with open_store(url) as store:
        assert store.parallel_writers
    summary = ray_ingest(corpus_file, url, ray_address)
    assert (summary.stored, summary.failed) == (plain["stats"]["documents"], 0)
    assert canonical(url) == plain
    again = ray_ingest(corpus_file, url, ray_address)
    assert (again.stored, again.duplicates) == (0, N_DOCS)


def stored_count(url: str) -> int:
    import psycopg

    with psycopg.connect(url) as con:
        try:
            return con.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
        except psycopg.errors.UndefinedTable:
            return 0  # not migrated yet


def test_killed_ray_ingest_into_postgres_resumes_and_stores_each_document_once(ray_address, corpus_file, plain,
                                                                               pg_server):
    from pg import fresh_database

    url = fresh_database(pg_server)
    cmd = newsgraph_cmd() + ["ingest", str(corpus_file), "--db", url, "--whole", "--engine", "ray",
                             "--workers", "2", "--address", ray_address]
    driver = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 240
    while stored_count(url) < 30 and time.monotonic() < deadline and driver.poll() is None:
        time.sleep(0.05)
    os.kill(driver.pid, signal.SIGKILL)
    driver.wait()
    driver.stderr.close()
    stored = stored_count(url)
    assert 0 < stored < plain["stats"]["documents"], "raise N_DOCS: the run ended before it was killed"
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    dump = canonical(url)
    assert dump["waiting"] == 0
    assert dump["stats"]["documents"] == plain["stats"]["documents"]
    assert sorted(dump["documents"]) == sorted(plain["documents"])
    assert dump["documents"] == plain["documents"]
    assert sum(len(docs) for docs in dump["stories"]) == plain["stats"]["documents"]
    assert dump["entity_rows"] == plain["entity_rows"]  # every document's entities linked, once


def test_batch_with_a_store_ingests_on_ray(ray_address, tmp_path):
    from conftest import ROOT, run_cli

    db = tmp_path / "batch.db"
    proc = run_cli("batch", str(ROOT / "newsgraph" / "data" / "sample"), "--db", str(db), "--address", ray_address,
                   timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert "stored 8, duplicates 0, failed 0" in proc.stderr
    both = run_cli("batch", "x", "--db", str(db), "--out", str(tmp_path / "out"))
    assert both.returncode == 2 and "give one of --out" in both.stderr


def test_two_writers_and_two_linkers_at_once_store_and_link_each_document_once(pg_server):
    """Two processes' writers given the same documents at the same moment (two ingests of one
    archive), then two linkers at once: each document is stored once, and each name is one
    corpus entity, as one plain save of the documents gives."""
    import threading

    from pg import fresh_database
    from test_store import ALL, prepared

    from newsgraph.corpus import open_corpus
    from newsgraph.doc import Document

    url = fresh_database(pg_server)
    corpora = [open_corpus(url), open_corpus(url)]
    try:
        batches = [[prepared(Document.from_dict(d.to_dict())) for d in ALL] for _ in corpora]
        keys = [c.store.reserve_keys(len(ALL)) for c in corpora]
        results: dict[int, list] = {}
        start = threading.Barrier(2)

        def run(i: int, step) -> None:
            start.wait()
            results[i] = step(i)

        def write(i):
            return corpora[i].store.write_many(list(zip(keys[i], batches[i])))

        def link(i):
            return corpora[i].link_waiting()

        for step in (write, link):
            threads = [threading.Thread(target=run, args=(i, step)) for i in range(2)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            if step is write:
                statuses = sorted(r.status for i in results for r in results[i])
                assert statuses == ["duplicate"] * len(ALL) + ["stored"] * len(ALL)
        assert sum(len(results[i]) for i in results) == len(ALL)  # each document linked by one linker
        db = corpora[0].store.db
        assert db.one("SELECT COUNT(*) FROM documents")[0] == len(ALL)
        assert db.one("SELECT COUNT(*) FROM link_queue")[0] == 0
        names = db.all("SELECT type, key, COUNT(*) FROM corpus_entities GROUP BY type, key HAVING COUNT(*) > 1")
        assert names == []
        single = fresh_database(pg_server)
        with open_corpus(single) as one:
            for d in ALL:
                one.save(prepared(Document.from_dict(d.to_dict())))
        assert canonical(url) == canonical(single)
    finally:
        for c in corpora:
            c.close()
