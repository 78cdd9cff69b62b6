"""The store contract on PostgreSQL, against a throwaway server started by the tests."""
from __future__ import annotations

import pytest

from pg import fresh_database, throwaway_server
from test_store import TALKS, StoreContract, prepared


@pytest.fixture(scope="module")
def pg_server():
    with throwaway_server() as url:
        yield url


class TestPostgresStore(StoreContract):
    @pytest.fixture(autouse=True)
    def _server(self, pg_server):
        self.admin_url = pg_server

    def url_for(self, tmp_path) -> str:
        return fresh_database(self.admin_url)

    @pytest.fixture
    def store(self, pg_server):
        from newsgraph.corpus import open_corpus

        store = open_corpus(fresh_database(pg_server))
        yield store
        store.close()

    def test_full_text_is_a_tsvector_over_lemmas(self, store):
        store.save(prepared(TALKS))
        row = store.store.db.one("SELECT lemma_tsv @@ to_tsquery('simple', 'переговоры') FROM documents")
        assert row[0] is True

    def test_lemma_index_compressed_with_lz4_where_the_server_has_it(self, store):
        db = store.store.db
        lz4 = db.one("SELECT 'lz4' = ANY (enumvals) FROM pg_settings WHERE name = 'default_toast_compression'")[0]
        columns = dict(db.all("SELECT attname, attcompression FROM pg_attribute WHERE attrelid = 'documents'::regclass "
                              "AND attname IN ('lemma_tsv', 'lemmas', 'offsets')"))
        assert columns == dict.fromkeys(("lemma_tsv", "lemmas", "offsets"), "l" if lz4 else "")
        store.save(prepared(TALKS))
        assert [h.id for h in store.search("переговоры")] == [TALKS.id]

    def test_entity_ids_are_filled_for_documents_stored_before(self, store):
        from test_store import save_all

        save_all(store)
        db = store.store.db
        written = db.all("SELECT key, entity_ids FROM documents ORDER BY key")
        assert [row for row in written if row[1] is not None] == db.all(
            "SELECT doc, array_agg(DISTINCT corpus ORDER BY corpus) FROM entities GROUP BY doc ORDER BY doc")
        assert any(ids for _, ids in written)
        db.run("UPDATE documents SET entity_ids = NULL")  # a store of before migration 12
        db.run("DELETE FROM schema_version WHERE version >= 12")
        db.migrate()
        assert db.all("SELECT key, entity_ids FROM documents ORDER BY key") == written

    def test_bad_url_is_a_store_error(self, pg_server):
        from newsgraph.errors import StoreError
        from newsgraph.store import open_store

        bad = pg_server.rsplit("/", 1)[0] + "/no_such_database"
        with pytest.raises(StoreError, match="cannot connect to PostgreSQL"):
            open_store(bad)


def test_search_window_ranks_the_same_newest_matches(pg_server, monkeypatch):
    """The window of newest documents a search reads first changes how the newest matches are
    found, never which: with a window sized by the planner's estimate, with none, and with one far
    too narrow (the older documents read for the rest), and walking the primary key from the newest,
    the same hits come back in the same order."""
    from newsgraph.corpus import open_corpus
    from newsgraph.store import SearchFilters
    from newsgraph.store import search
    from test_store import build

    words = ["пшеница", "ячмень", "овёс"]
    with open_corpus(fresh_database(pg_server)) as corpus:
        for i in range(90):
            # Every document has "урожай"; one in two "пшеница", one in five "ячмень", one in
            # thirty "овёс"; a word repeated more often in some documents ranks them higher.
            present = [w for w, every in zip(words, (2, 5, 30)) if i % every == 0]
            text = (f"Урожай {i}. " + " ".join(f"Собран {w} в хозяйстве {i}." for w in present for _ in range(1 + i % 3))
                    + " Погода была сухой." + (" Поля Кубани ждут дождя." if i % 3 == 0 else ""))
            places = [("LOC", "Кубань", ["Кубани"], [])] if i % 3 == 0 else []
            corpus.save(prepared(build(f"field-{i}", text, published=f"2020-{1 + i % 12:02d}-{1 + i % 28:02d}",
                                       entities=places)))
        db = corpus.store.db
        monkeypatch.setattr(db, "rank_at_most", 8)

        def hits(query, **filters):
            entity = filters.pop("entity", None)
            return [(h.id, h.score) for h in corpus.search(query, SearchFilters(**filters), limit=5, entity=entity)]

        queries = [("урожай", {}), ("пшеница", {}), ("ячмень", {}), ("овёс", {}), ("урожай ячмень", {}),
                   ("пшеница", {"since": "2020-06-01"}), ("пшеница | овёс", {}), ("урожай", {"entity": "Кубань"}),
                   ("пшеница", {"entity": "Кубань"}), ("овёс", {"entity": "Кубань"}),
                   ("пшеница", {"until": "2020-06-30"}), ("урожай", {"until": "2020-03-31", "entity": "Кубань"})]
        windowed = [hits(q, **f) for q, f in queries]
        # The entity's documents by the column of their entities or by the `entities` table: the same.
        monkeypatch.setattr(db, "entity_ids", False)
        assert [hits(q, **f) for q, f in queries] == windowed
        monkeypatch.setattr(db, "entity_ids", True)
        monkeypatch.setattr(search, "WINDOW_MARGIN", 10 ** 9)
        assert [hits(q, **f) for q, f in queries] == windowed
        monkeypatch.setattr(search, "WINDOW_MARGIN", 2)
        monkeypatch.setattr(db, "estimated_rows", lambda sql, params=(): 10 ** 6)
        monkeypatch.setattr(search, "WALK_SHARE", 10 ** 9)  # the narrow window, not the walk
        assert [hits(q, **f) for q, f in queries] == windowed
        monkeypatch.setattr(search, "WALK_SHARE", 0.3)  # every search walks the key from the newest
        assert [hits(q, **f) for q, f in queries] == windowed
        # Ranking every match, the order is the one the database gives ranking them all itself.
        monkeypatch.setattr(db, "rank_at_most", 100)
        everything = [hits(q, **f) for q, f in queries]
        monkeypatch.setattr(db, "rank_at_most", None)
        assert [hits(q, **f) for q, f in queries] == everything
        # Only the newest 8 matches were ranked: every hit of "пшеница" is among them.
        newest = {f"field-{i}" for i in sorted(range(0, 90, 2), reverse=True)[:8]}
        assert {doc for doc, _ in windowed[1]} <= newest and len(windowed[1]) == 5
        assert windowed[7] and all(int(doc.split("-")[1]) % 3 == 0 for doc, _ in windowed[7])
