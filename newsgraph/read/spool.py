"""A first pass over the inputs: read once, kept on disk, replayed for the analysis.

Whatever must be learnt from a whole set of inputs before any of it is analysed (the lines
each site repeats) is learnt while `Spool` reads the inputs into a temporary file, one JSON
line per Document or read failure; iterating the spool then gives the same items, in the same
order, without reading or decoding a file twice. Memory stays flat however many documents
there are.
"""
from __future__ import annotations

import json
import tempfile
from collections.abc import Callable, Iterable, Iterator

from newsgraph.doc import Document
from newsgraph.errors import InputError
from newsgraph.read.item import Item


class Spool:
    """Items written to a temporary file as they are read; iterable any number of times."""

    def __init__(self, items: Iterable[Item], on_item: Callable[[Item], None] | None = None) -> None:
        self._file = tempfile.TemporaryFile(mode="w+", encoding="utf-8", prefix="newsgraph-spool-")
        self.count = 0
        for item in items:
            if on_item is not None:
                on_item(item)
            self._file.write(json.dumps(_record(item)) + "\n")
            self.count += 1
        self._file.flush()

    def __iter__(self) -> Iterator[Item]:
        self._file.seek(0)
        for line in self._file:
            yield _item(json.loads(line))

    def __len__(self) -> int:
        return self.count

    def close(self) -> None:
        self._file.close()

    def __enter__(self) -> "Spool":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _record(item: Item) -> dict:
    if isinstance(item, InputError):
        return {"error": item.message, "where": item.where}
    return {"document": item.to_dict()}


def _item(record: dict) -> Item:
    if "error" in record:
        return InputError(record["error"], record["where"])
    return Document.from_dict(record["document"])
