"""Web archives (`.warc`, `.warc.gz`): each HTTP response holding an HTML page is one document.

The page goes through the HTML reader (article extraction); its target URI becomes the
document's URL. Other records (requests, metadata, images, scripts) are passed over silently.
"""
from __future__ import annotations

import io
import zlib
from collections.abc import Iterator
from typing import BinaryIO

from newsgraph.errors import InputError
from newsgraph.read.item import Item
from newsgraph.read.decode import MAX_DOCUMENT_BYTES, decode_bytes
from newsgraph.read.stream import prefixed
from newsgraph.read.html import read_html

HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(data: bytes | BinaryIO, where: str) -> Iterator[Item]:
    """One Document per HTML response record; an InputError for a page without article text
    (named `file:record-number`), for a record cut short or over the size cap (never stored),
    or for a file that is not a readable archive. Reads the archive as a stream."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    stream = io.BytesIO(data) if isinstance(data, (bytes, bytearray)) else data
    head = stream.read(2)
    stream = prefixed(head, stream)
    if head == b"\x1f\x8b":
        # Our own gunzip, not warcio's: it raises at a cut member instead of ending quietly.
        stream = _Gunzip(stream)
    stream = _Counted(stream)
    number = 0
    try:
        records = ArchiveIterator(stream)
        for record in records:
            number += 1
            here = f"{where}:{number}"
            if record.rec_type is None or not (record.rec_headers.get_header("Content-Length") or "").strip().isdigit():
                # Content-Length is mandatory in a WARC header: without it (or with its value cut
                # off) the header was cut.
                yield InputError("record header cut short; not read", here)
                continue
            html = record.rec_type == "response" and record.http_headers is not None and (
                record.http_headers.get_header("Content-Type") or "").lower().startswith(HTML_TYPES)
            if html:
                payload = record.content_stream().read(MAX_DOCUMENT_BYTES + 1)
            else:
                while record.raw_stream.read(1 << 16):
                    pass
            missing = getattr(record.raw_stream, "limit", 0)
            uri = record.rec_headers.get_header("WARC-Target-URI")
            if missing > 0:
                yield InputError(f"record cut short: {missing:,} of its bytes are missing; not read"
                                 + (f" ({uri})" if uri else ""), here)
                continue
            if not html:
                continue
            ctype = record.http_headers.get_header("Content-Type").lower()
            if len(payload) > MAX_DOCUMENT_BYTES:
                yield InputError(f"page larger than {MAX_DOCUMENT_BYTES:,} bytes; skipped ({uri})", here)
                continue
            try:
                doc = read_html(_decode(payload, ctype, here), here, url=uri)
            except InputError as exc:
                exc.message = f"{exc.message} ({uri})" if uri else exc.message
                yield exc
                continue
            doc.source = {"path": where, "format": "warc", **({"url": uri} if uri else {}), **_site(doc)}
            yield doc
        end = records.get_record_offset() + records.get_record_length() if number else 0
        if stream.count == 0:
            yield InputError("empty file", where)
        elif number == 0 and stream.count <= 4:
            yield InputError("not a WARC archive", where)
        elif stream.count > end and (stream.count - end > len(stream.tail) or stream.tail[end - stream.count:].strip()):
            # more than the blank lines after a record: the start of a record cut in its header
            yield InputError(f"archive ends inside a record header after record {number}; "
                             f"{stream.count - end:,} bytes not read", where)
    except ArchiveLoadFailed as exc:
        yield InputError(f"not a readable WARC archive ({exc})", where)
    except Exception as exc:  # a cut gzip member, a broken header: warcio raises many types on these
        yield InputError(f"WARC archive broken after record {number}; the record being read is not kept "
                         f"({type(exc).__name__}: {exc})", where)


read_warc.streams = True


class ArchiveCut(OSError):
    """The compressed archive ends inside a gzip member."""


class _Counted(io.RawIOBase):
    """A stream that counts the bytes read through it and keeps the last few."""

    def __init__(self, raw):
        self.raw = raw
        self.count = 0
        self.tail = b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        data = self.raw.read(len(buffer))
        buffer[:len(data)] = data
        self.count += len(data)
        self.tail = (self.tail + data)[-8:]
        return len(data)


class _Gunzip(io.RawIOBase):
    """The members of a gzip stream decompressed in turn; ArchiveCut once the input ends inside
    a member (after every byte that could be decompressed has been read)."""

    def __init__(self, raw: BinaryIO):
        self.raw = raw
        self.pending = b""
        self.inflate = zlib.decompressobj(16 + zlib.MAX_WBITS)
        self.in_member = False
        self.ended = False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        while not self.pending and not self.ended:
            chunk = self.raw.read(1 << 16)
            if not chunk:
                if self.in_member:
                    raise ArchiveCut("the archive ends inside a compressed record")
                self.ended = True
                break
            while chunk:
                self.in_member = True
                self.pending += self.inflate.decompress(chunk)
                if not self.inflate.eof:
                    break
                chunk = self.inflate.unused_data
                self.inflate = zlib.decompressobj(16 + zlib.MAX_WBITS)
                self.in_member = False
        n = min(len(buffer), len(self.pending))
        buffer[:n], self.pending = self.pending[:n], self.pending[n:]
        return n


def _decode(payload: bytes, ctype: str, where: str) -> str:
    charset = ctype.partition("charset=")[2].split(";")[0].strip().strip('"')
    if charset:
        try:
            return payload.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong header is common; let the sniffer decide
    return decode_bytes(payload, where)


def _site(doc) -> dict:
    return {"site": doc.source["site"]} if doc.source.get("site") else {}
