"""One open store per server thread.

Request handlers run in a pool of threads; a database connection is not meant to be shared
by threads running at once, so each thread opens its own handle (a `Corpus` over the store)
on first use and keeps it.
"""
from __future__ import annotations

import threading

from newsgraph.corpus import Corpus, open_corpus
from newsgraph.store import store_url


class StorePool:
    """Handles on the store at `url` (see `store_url`), one per thread, opened lazily."""

    def __init__(self, url: str | None = None):
        self.url = store_url(url)
        self._local = threading.local()
        self._lock = threading.Lock()
        self._open: list[Corpus] = []

    def get(self) -> Corpus:
        """This thread's store, opening it (and bringing its schema up to date) on first use.
        Raises StoreError when it cannot be opened."""
        store = getattr(self._local, "store", None)
        if store is None:
            store = open_corpus(self.url)
            self._local.store = store
            with self._lock:
                self._open.append(store)
        return store

    def close(self) -> None:
        with self._lock:
            stores, self._open = self._open, []
        for store in stores:
            store.close()
