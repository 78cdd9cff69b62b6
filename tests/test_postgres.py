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

    def test_bad_url_is_a_store_error(self, pg_server):
        from newsgraph.errors import StoreError
        from newsgraph.store import open_store

        bad = pg_server.rsplit("/", 1)[0] + "/no_such_database"
        with pytest.raises(StoreError, match="cannot connect to PostgreSQL"):
            open_store(bad)
