"""Reading a stream whose first bytes were already read (to choose a reader, or a BOM)."""
from __future__ import annotations

import io
from typing import BinaryIO


class _Prefixed(io.RawIOBase):
    """Bytes already read (`head`) followed by the rest of a stream, as one readable stream."""

    def __init__(self, head: bytes, rest: BinaryIO):
        self.head, self.rest = head, rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self.head:
            n = min(len(buffer), len(self.head))
            buffer[:n], self.head = self.head[:n], self.head[n:]
            return n
        data = self.rest.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)


def prefixed(head: bytes, rest: BinaryIO) -> BinaryIO:
    return io.BufferedReader(_Prefixed(head, rest))
