"""Web archives (`.warc`, `.warc.gz`): each HTTP response holding an HTML page is one document.

The page goes through the HTML reader (article extraction); its target URI becomes the
document's URL. Other records (requests, metadata, images, scripts) are passed over silently.
"""
from __future__ import annotations

import io
from collections.abc import Iterator

from newsgraph.errors import InputError
from newsgraph.read.item import Item
from newsgraph.read.decode import decode_bytes
from newsgraph.read.html import read_html

HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(data: bytes, where: str) -> Iterator[Item]:
    """One Document per HTML response record; an InputError for a page without article text
    (named `file:record-number`), or for a file that is not a readable archive."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    number = 0
    try:
        for record in ArchiveIterator(io.BytesIO(data)):
            number += 1
            if record.rec_type != "response" or record.http_headers is None:
                continue
            ctype = (record.http_headers.get_header("Content-Type") or "").lower()
            if not ctype.startswith(HTML_TYPES):
                continue
            uri = record.rec_headers.get_header("WARC-Target-URI")
            here = f"{where}:{number}"
            payload = record.content_stream().read()
            try:
                doc = read_html(_decode(payload, ctype, here), here, url=uri)
            except InputError as exc:
                exc.message = f"{exc.message} ({uri})" if uri else exc.message
                yield exc
                continue
            doc.source = {"path": where, "format": "warc", **({"url": uri} if uri else {})}
            yield doc
    except ArchiveLoadFailed as exc:
        yield InputError(f"not a readable WARC archive ({exc})", where)
    except (OSError, EOFError, ValueError) as exc:  # a truncated gzip member or a broken header
        yield InputError(f"WARC archive broken after record {number} ({type(exc).__name__}: {exc})", where)


def _decode(payload: bytes, ctype: str, where: str) -> str:
    charset = ctype.partition("charset=")[2].split(";")[0].strip().strip('"')
    if charset:
        try:
            return payload.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong header is common; let the sniffer decide
    return decode_bytes(payload, where)

