"""What a reader yields: a Document, or an InputError naming what could not be read."""
from __future__ import annotations

from collections.abc import Callable, Iterator

from newsgraph.doc import Document
from newsgraph.errors import InputError

Item = Document | InputError
# A reader turns a file's bytes (and the name to report it by) into items.
Reader = Callable[[bytes, str], Iterator[Item]]
