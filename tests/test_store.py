"""Store contract tests, run on SQLite here and on PostgreSQL in test_postgres.py.

Hand-built Documents: every annotation kind filled, offsets found in the text."""
from __future__ import annotations

import pytest

from newsgraph.corpus.prepare import Prepared, prepare
from newsgraph.doc import Chrome, DateFact, Document, Entity, Event, Mention, Money, Quantity, Quote
from newsgraph.read.html import line_spans
from newsgraph.store.db import Database
from newsgraph.store.migrate import read_migrations

# The schema version a store reaches once every migration is applied.
LATEST = len(read_migrations(Database.schema_file, "sqlite"))


def build(doc_id: str, text: str, published: str | None = None, entities=(), quotes=(), money=(), dates=(),
          events=(), url: str | None = None, chrome: str = "", title: str | None = None) -> Document:
    """`entities`: (type, name, [surfaces], [roles]); `quotes`: (surface, speaker name, cue);
    `money`: (surface, amount, currency); `dates`: (surface, value); `events`: (type, cameo, [actor names], place)."""
    full = text + ("\n" + chrome if chrome else "")
    doc = Document(id=doc_id, text=full, title=title, published=published,
                   source={"format": "jsonl", **({"url": url} if url else {"path": f"/feeds/test/{doc_id}.txt"})})
    doc.body = line_spans(text)
    if chrome:
        doc.chrome = [Chrome(len(text) + 1, len(full), "related")]
    index = {}
    for i, (type_, name, surfaces, roles) in enumerate(entities):
        doc.entities.append(Entity(i, type_, name, list(roles)))
        index[name] = i
        for surface in surfaces:
            start = _find(text, surface)
            doc.mentions.append(Mention(start, start + len(surface), type_, surface, name, i))
    doc.mentions.sort(key=lambda m: m.start)
    for surface, speaker, cue in quotes:
        start = _find(text, surface)
        doc.quotes.append(Quote(start, start + len(surface), surface, "direct", index.get(speaker), cue))
    for surface, amount, currency in money:
        start = _find(text, surface)
        doc.money.append(Money(start, start + len(surface), surface, amount, currency, False))
        doc.quantities.append(Quantity(start, start + len(surface), surface, amount, currency, "exact"))
    for surface, value in dates:
        start = _find(text, surface)
        doc.dates.append(DateFact(start, start + len(surface), surface, value, None))
    for type_, cameo, actors, place in events:
        doc.events.append(Event(type_, cameo, 0, len(text), [index[a] for a in actors],
                                index.get(place), published, f"{type_}: {', '.join(actors)}"))
    return doc


def _find(text: str, surface: str) -> int:
    start = text.find(surface)
    assert start >= 0, surface
    return start


def prepared(doc: Document) -> Prepared:
    return prepare(doc)


NAZARBAYEV = ("PER", "Нурсултан Назарбаев", ["Нурсултан Назарбаев", "Назарбаева"], ["президент Казахстана"])
MIRZIYOYEV = ("PER", "Шавкат Мирзиёев", ["Шавкат Мирзиёев"], ["президент Узбекистана"])

TALKS = build(
    "talks-1",
    "В Астане прошли переговоры Нурсултан Назарбаев и Шавкат Мирзиёев.\n"
    "«Мы подпишем соглашения на 100 млн долларов», — сказал Нурсултан Назарбаев. "
    "Стороны договорились встретиться 12 апреля 2018 года. Визит Назарбаева в Ташкент назначен на осень.",
    published="2018-03-23", url="https://www.inform.example.kz/ru/talks-1",
    title="Президенты провели переговоры в Астане",
    entities=[NAZARBAYEV, MIRZIYOYEV, ("LOC", "Астана", ["Астане"], []), ("LOC", "Ташкент", ["Ташкент"], [])],
    quotes=[("«Мы подпишем соглашения на 100 млн долларов»", "Нурсултан Назарбаев", "сказал")],
    money=[("100 млн долларов", 100_000_000, "USD")],
    dates=[("12 апреля 2018 года", "2018-04-12")],
    events=[("meet", "04", ["Нурсултан Назарбаев", "Шавкат Мирзиёев"], "Астана")],
    chrome="Читайте также: в Бишкеке открылась выставка ремёсел",
)
# The same happening from another outlet two days later: shares both leaders and the event.
TALKS_OTHER_OUTLET = build(
    "talks-2",
    "Шавкат Мирзиёев завершил визит в Казахстан. Глава Узбекистана и Нурсултан Назарбаев обсудили транзит "
    "грузов и водные ресурсы. «Наши страны всегда будут вместе», — заявил Мирзиёев журналистам.",
    published="2018-03-25", url="https://uz.example.com/news/2",
    title="Мирзиёев завершил визит",
    entities=[MIRZIYOYEV, ("PER", "Нурсултан Назарбаев", ["Нурсултан Назарбаев"], []),
              ("LOC", "Казахстан", ["Казахстан"], [])],
    quotes=[("«Наши страны всегда будут вместе»", "Шавкат Мирзиёев", "заявил")],
    events=[("meet", "04", ["Шавкат Мирзиёев", "Нурсултан Назарбаев"], None)],
)
# Later and elsewhere: a surname alone that the document never expands, and a city by its old name.
SURNAME_ONLY = build(
    "visit-3",
    "Назарбаев прибыл в Алма-Ату на открытие нового терминала аэропорта.",
    published="2018-09-01", url="https://almaty.example.kz/3",
    entities=[("PER", "Назарбаев", ["Назарбаев"], ["президент Казахстана"]), ("LOC", "Алма-Ата", ["Алма-Ату"], [])],
)
CITY_NEW_NAME = build(
    "city-4",
    "В Алматы открылся новый терминал аэропорта для международных рейсов.",
    published="2018-09-02", url="https://almaty.example.kz/4",
    entities=[("LOC", "Алматы", ["Алматы"], [])],
)
# A near-duplicate of TALKS: another outlet republished it with one sentence changed.
TALKS_REPUBLISHED = build(
    "talks-1-copy",
    TALKS.body_text().replace("назначен на осень", "ожидается осенью"),
    published="2018-03-24", url="https://mirror.example.org/talks",
    title="Президенты провели переговоры в Астане",
    entities=[NAZARBAYEV, MIRZIYOYEV, ("LOC", "Астана", ["Астане"], []), ("LOC", "Ташкент", ["Ташкент"], [])],
    quotes=[("«Мы подпишем соглашения на 100 млн долларов»", "Нурсултан Назарбаев", "сказал")],
    chrome="Читайте также: в Бишкеке открылась выставка ремёсел",
)
ALL = [TALKS, TALKS_OTHER_OUTLET, SURNAME_ONLY, CITY_NEW_NAME, TALKS_REPUBLISHED]


def save_all(store, docs=ALL):
    return [store.save(prepared(Document.from_dict(d.to_dict()))) for d in docs]


class StoreContract:
    """What every backend must do; subclasses provide a `store` fixture (a fresh, empty store)
    and `url_for(tmp)` (a new store's URL) for the upgrade test."""

    def test_saves_once_by_id_and_by_content(self, store):
        first = store.save(prepared(TALKS))
        assert first.status == "stored"
        assert store.save(prepared(TALKS)).status == "duplicate"
        renamed = Document.from_dict({**TALKS.to_dict(), "id": "talks-1-under-another-name"})
        again = store.save(prepared(renamed))
        assert again.status == "duplicate" and again.key == first.key
        assert store.has(doc_id="talks-1-under-another-name")
        assert store.has(content_hash=prepared(TALKS).content_hash)
        assert not store.has(doc_id="never-seen", content_hash="0" * 40)
        assert store.stats()["documents"] == 1

    def test_load_gives_back_the_document(self, store):
        save_all(store)
        for doc in ALL:
            assert store.load(doc.id).to_dict() == doc.to_dict()
        assert store.load("missing") is None

    def test_search_finds_any_word_form(self, store):
        save_all(store)
        for query in ("Назарбаева", "Назарбаевым", "переговорам", "назарбаев переговоры"):
            ids = {h.id for h in store.search(query)}
            assert "talks-1" in ids, query
        assert store.search("Мирзиеев")[0].id in {"talks-1", "talks-2", "talks-1-copy"}
        assert store.search("вулкан") == []
        assert store.search("   ") == []

    def test_search_hit_has_snippet_from_original_text(self, store):
        save_all(store)
        hit = next(h for h in store.search("переговорам") if h.id == "talks-1")
        assert "<b>переговоры</b>" in hit.snippet
        assert hit.title == "Президенты провели переговоры в Астане" and hit.published == "2018-03-23"
        assert isinstance(hit.score, float)

    def test_search_filters(self, store):
        from newsgraph.store import SearchFilters

        save_all(store)
        ids = lambda hits: {h.id for h in hits}  # noqa: E731
        assert ids(store.search("терминал", SearchFilters(since="2018-09-02"))) == {"city-4"}
        assert ids(store.search("терминал", SearchFilters(until="2018-09-01"))) == {"visit-3"}
        assert ids(store.search("Назарбаев", SearchFilters(source="uz.example"))) == {"talks-2"}
        assert ids(store.search("Назарбаев", SearchFilters(event_type="04"))) == {"talks-1", "talks-2"}
        assert ids(store.search("Назарбаев", SearchFilters(event_type="meet"))) == {"talks-1", "talks-2"}
        assert ids(store.search("аэропорт", entity="Алма-Ата")) == {"visit-3", "city-4"}
        assert store.search("аэропорт", entity="Никто Неизвестный") == []
        assert len(store.search("Назарбаев", limit=1)) == 1

    def test_entity_joins_documents_surnames_and_aliases(self, store):
        save_all(store)
        report = store.entity("Назарбаев")
        assert list(report) == ["name", "type", "aliases", "roles", "documents", "quotes", "co_mentions", "events"]
        assert report["name"] == "Нурсултан Назарбаев" and report["type"] == "PER"
        assert {d["id"] for d in report["documents"]} == {"talks-1", "talks-2", "visit-3", "talks-1-copy"}
        assert "Назарбаева" in report["aliases"]
        roles = {r["role"]: r for r in report["roles"]}
        assert roles["президент Казахстана"]["first"] == "2018-03-23"
        assert roles["президент Казахстана"]["last"] == "2018-09-01"
        # The republished copy repeats the quote; it is listed once.
        assert [q["text"] for q in report["quotes"]] == ["«Мы подпишем соглашения на 100 млн долларов»"]
        assert report["co_mentions"][0]["name"] == "Шавкат Мирзиёев"
        assert {e["document"] for e in report["events"]} == {"talks-1", "talks-2"}
        assert store.entity("Нурсултана Назарбаева")["name"] == "Нурсултан Назарбаев"
        assert store.entity("Некто Посторонний") is None

    def test_entity_alias_table_and_yo_folding(self, store):
        save_all(store)
        city = store.entity("Алма-Ата")
        assert city["name"] == "Алматы"
        assert {d["id"] for d in city["documents"]} == {"visit-3", "city-4"}
        assert "Алма-Ата" in city["aliases"]
        assert store.entity("Мирзиеев")["name"] == "Шавкат Мирзиёев"

    def test_near_duplicate_is_linked_and_text_stored_once(self, store):
        saved = save_all(store)
        copy = saved[-1]
        assert copy.status == "stored" and copy.near_duplicate_of == "talks-1"
        assert copy.story == saved[0].story
        assert store.load("talks-1-copy").text == TALKS_REPUBLISHED.text
        assert store.stats()["near_duplicates"] == 1
        whole = store.store.db.one("SELECT COUNT(*) FROM texts WHERE body IS NOT NULL")[0]
        assert whole == len(ALL) - 1

    def test_stories_join_one_happening_across_outlets(self, store):
        save_all(store)
        story = store.story("talks-2")
        assert {d["id"] for d in story["documents"]} == {"talks-1", "talks-2", "talks-1-copy"}
        assert story["first_published"] == "2018-03-23" and story["last_published"] == "2018-03-25"
        assert store.story(story["id"])["documents"] == story["documents"]
        # Months later, with one shared person and no shared event: a story of its own.
        assert [d["id"] for d in store.story("visit-3")["documents"]] == ["visit-3"]
        assert store.story("no-such-thing") is None

    def test_stats_and_export(self, store):
        save_all(store)
        stats = store.stats()
        assert stats["documents"] == 5 and stats["quotes"] == 3 and stats["events"] == 2
        assert stats["stories"] == 3
        assert stats["entities"] == 6  # two people, Астана, Ташкент, Казахстан, Алматы
        assert [d["id"] for d in store.export("documents")] == [d.id for d in ALL]
        events = list(store.export("events"))
        assert events[0]["actors"] == ["Нурсултан Назарбаев", "Шавкат Мирзиёев"] and events[0]["place"] == "Астана"
        quotes = list(store.export("quotes"))
        assert {q["speaker"] for q in quotes} == {"Нурсултан Назарбаев", "Шавкат Мирзиёев"}
        entities = {e["name"]: e for e in store.export("entities")}
        assert entities["Нурсултан Назарбаев"]["documents"] == 4

    def test_save_many_is_one_batch_that_sees_itself(self, store):
        batch = [prepared(Document.from_dict(d.to_dict())) for d in [*ALL, TALKS]]
        results = store.save_many(batch)
        assert [r.status for r in results] == ["stored"] * len(ALL) + ["duplicate"]
        assert results[-1].key == results[0].key
        # Links inside one batch: the republished copy, the same story across outlets.
        assert results[4].near_duplicate_of == "talks-1"
        assert results[0].story == results[1].story == results[4].story
        assert {d["id"] for d in store.story("talks-1")["documents"]} == {"talks-1", "talks-2", "talks-1-copy"}
        assert store.stats()["documents"] == len(ALL)

    def test_surname_seen_first_joins_the_full_name(self, store):
        save_all(store, [SURNAME_ONLY, TALKS, TALKS_OTHER_OUTLET])
        report = store.entity("Назарбаев")
        assert report["name"] == "Нурсултан Назарбаев"
        assert {d["id"] for d in report["documents"]} == {"visit-3", "talks-1", "talks-2"}
        assert store.entity("Нурсултан Назарбаев")["documents"] == report["documents"]
        names = [e["name"] for e in store.export("entities") if e["name"].endswith("Назарбаев")]
        assert names == ["Нурсултан Назарбаев"]

    def test_surname_shared_by_two_full_names_stays_apart(self, store):
        def person(doc_id, name, surfaces, text):
            return build(doc_id, text, published="2019-01-10", entities=[("PER", name, surfaces, [])])

        save_all(store, [
            person("a1", "Алиев", ["Алиев"], "Алиев выступил на форуме в Баку."),
            person("a2", "Ильхам Алиев", ["Ильхам Алиев"], "Ильхам Алиев открыл выставку."),
            person("a3", "Гейдар Алиев", ["Гейдар Алиев"], "Именем Гейдар Алиев назван аэропорт."),
            person("a4", "Алиев", ["Алиев"], "Алиев подписал указ."),
        ])
        docs = {e["name"]: e["documents"] for e in store.export("entities")}
        # The surname seen first became Ильхам Алиев; once two full names share it, a surname
        # alone is nobody's in particular.
        assert docs == {"Ильхам Алиев": 2, "Гейдар Алиев": 1, "Алиев": 1}

    def test_story_partners_table_is_rebuilt_on_upgrade(self, tmp_path):
        from newsgraph.corpus import open_corpus

        url = self.url_for(tmp_path)
        with open_corpus(url) as store:
            save_all(store)
            rows = store.store.db.all("SELECT corpus, published, doc FROM story_actors ORDER BY corpus, published, doc")
            assert len(rows) == 7  # both leaders in the three March documents, one in visit-3
            store.store.db.run("DROP TABLE story_actors")
            store.store.db.run("ALTER TABLE entities DROP COLUMN titles")  # migration 5, applied again after 4
            for column in ("modality", "arguments"):  # migration 6
                store.store.db.run(f"ALTER TABLE events DROP COLUMN {column}")
            store.store.db.run("DELETE FROM schema_version WHERE version >= 4")
        with open_corpus(url) as store:
            assert store.version() == LATEST
            assert store.store.db.all("SELECT corpus, published, doc FROM story_actors "
                                "ORDER BY corpus, published, doc") == rows

    def test_upgrade_from_version_1_keeps_data(self, tmp_path):
        from newsgraph.corpus import open_corpus

        url = self.url_for(tmp_path)
        old = open_corpus(url, version=1)
        assert old.version() == 1
        p = prepared(Document.from_dict(TALKS.to_dict()))
        db = old.store.db
        with db.transaction():
            text_id = db.one("INSERT INTO texts (hash, body) VALUES (?, ?) RETURNING id", (p.content_hash, TALKS.text))[0]
            key = db.one("INSERT INTO documents (id, text_id, title, published, body, lemmas, offsets, stored_at) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING key",
                         (TALKS.id, text_id, TALKS.title, TALKS.published, "[[0, 10]]", p.index.lemmas,
                          p.index.offsets, "2018-03-23T00:00:00+00:00"))[0]
            db.run("INSERT INTO document_ids (id, doc) VALUES (?, ?)", (TALKS.id, key))
        old.close()
        new = open_corpus(url)
        try:
            assert new.version() == LATEST
            assert new.stats()["documents"] == 1 and new.stats()["stories"] == 1
            assert [h.id for h in new.search("переговорам")] == ["talks-1"]
            assert new.story("talks-1")["documents"][0]["id"] == "talks-1"
            assert new.save(prepared(TALKS_OTHER_OUTLET)).status == "stored"
            assert new.stats()["stories"] == 2  # the old document's story id is not reused
        finally:
            new.close()


@pytest.fixture(scope="module", autouse=True)
def _morphology():
    # Hand-built documents are lemmatised with pymorphy alone; build it once for the module.
    from newsgraph.resources import get_resources

    get_resources().morph


class TestSQLiteStore(StoreContract):
    @staticmethod
    def url_for(tmp_path) -> str:
        return str(tmp_path / "upgrade.db")

    @pytest.fixture
    def store(self, tmp_path):
        from newsgraph.corpus import open_corpus

        store = open_corpus(str(tmp_path / "store.db"))
        yield store
        store.close()

    def test_wal_and_integrity(self, store):
        save_all(store)
        assert store.store.db.one("PRAGMA journal_mode")[0] == "wal"
        assert store.store.db.integrity() == "ok"
        store.store.db.run("INSERT INTO doc_fts (doc_fts) VALUES ('integrity-check')")

    def test_reader_is_not_blocked_by_an_open_write(self, store, tmp_path):
        from newsgraph.corpus import open_corpus

        save_all(store, [TALKS])
        reader = open_corpus(str(tmp_path / "store.db"))
        try:
            with store.store.db.transaction():
                store.store.db.run("UPDATE documents SET title = 'x' WHERE id = 'talks-1'")
                # A writer holds the lock; the reader still answers at once from the last commit.
                assert [h.id for h in reader.search("переговорам")] == ["talks-1"]
                assert reader.stats()["documents"] == 1
        finally:
            reader.close()

    def test_schema_version_rows(self, store):
        rows = store.store.db.all("SELECT version, name FROM schema_version ORDER BY version")
        assert [r[0] for r in rows] == list(range(1, LATEST + 1))

    def test_user_alias_file_extends_the_table(self, tmp_path, monkeypatch):
        from newsgraph.corpus import open_corpus

        extra = tmp_path / "mine.tsv"
        extra.write_text("# my aliases\nАлматы\tЮжная столица\tLOC\tnickname\n", encoding="utf-8")
        monkeypatch.setenv("NEWSGRAPH_ALIASES", str(extra))
        with open_corpus(str(tmp_path / "a.db")) as store:
            save_all(store, [CITY_NEW_NAME])
            assert store.entity("Южная столица")["name"] == "Алматы"

    def test_alias_added_later_gives_the_surname_its_full_name(self, tmp_path):
        from newsgraph.corpus import open_corpus

        db = str(tmp_path / "later.db")
        with open_corpus(db) as store:
            save_all(store, [build("t1", "Токаев провёл совещание по паводкам.", published="2024-04-02",
                                   entities=[("PER", "Токаев", ["Токаев"], [])])])
        extra = tmp_path / "people.tsv"
        extra.write_text("Касым-Жомарт Токаев\tТокаев\tPER\n", encoding="utf-8")
        with open_corpus(db, aliases=str(extra)) as store:
            save_all(store, [build("t2", "Токаев прибыл в Петропавловск.", published="2024-04-05",
                                   entities=[("PER", "Токаев", ["Токаев"], [])])])
            report = store.entity("Токаев")
            assert report["name"] == "Касым-Жомарт Токаев"
            assert {d["id"] for d in report["documents"]} == {"t1", "t2"}
            assert store.stats()["entities"] == 1

    def test_bad_alias_file_is_a_config_error(self, tmp_path):
        from newsgraph.corpus.aliases import load_aliases
        from newsgraph.errors import ConfigError

        bad = tmp_path / "bad.tsv"
        bad.write_text("only-one-column\n", encoding="utf-8")
        with pytest.raises(ConfigError, match="bad.tsv:1"):
            load_aliases(bad)
