"""Readers: files, folders, globs and standard input to Documents.

`read_paths(paths)` yields, in order, a `Document` for every document it can read and an
`InputError` (naming the file and, for JSONL, the line) for every one it cannot; it never
stops on a bad input. Formats are chosen by extension (`READERS`), and by content for `-`.
"""
from __future__ import annotations

import glob
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from newsgraph.doc import Document, content_id
from newsgraph.errors import InputError
from newsgraph.read.decode import MAX_DOCUMENT_BYTES, decode_bytes
from newsgraph.read.feeds import read_feed
from newsgraph.read.html import line_spans, read_html
from newsgraph.read.item import Item, Reader
from newsgraph.read.warc import read_warc


def read_text(data: bytes, where: str) -> Iterator[Item]:
    """A page's text dump: one Document whose text is the input as given."""
    text = decode_bytes(data, where)
    yield Document(id=content_id(text), text=text, source={"path": where, "format": "text"})


def read_html_file(data: bytes, where: str) -> Iterator[Item]:
    doc = read_html(decode_bytes(data, where), where)
    doc.source = {"path": where, "format": "html"}
    yield doc


def read_jsonl(data: bytes, where: str) -> Iterator[Item]:
    """One document per line: `id`, `text` or `html`, optional `url`, `title`, `published`."""
    text = decode_bytes(data, where, limit=None)
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        here = f"{where}:{number}"
        try:
            yield document_from_record(json.loads(line), here, where)
        except json.JSONDecodeError as exc:
            yield InputError(f"not JSON ({exc.msg} at column {exc.colno})", here)
        except InputError as exc:
            yield exc


def document_from_record(rec: object, here: str, path: str | None = None, fmt: str = "jsonl") -> Document:
    """A Document from a JSON record with `text` or `html`. Raises InputError when it has neither."""
    if not isinstance(rec, dict):
        raise InputError("a JSON object is expected on each line", here)
    url = rec.get("url") if isinstance(rec.get("url"), str) else None
    rec_id = str(rec["id"]) if rec.get("id") not in (None, "") else None
    if isinstance(rec.get("text"), str) and rec["text"].strip():
        doc = Document(id=rec_id or content_id(rec["text"]), text=rec["text"])
    elif isinstance(rec.get("html"), str) and rec["html"].strip():
        doc = read_html(rec["html"], here, url=url, doc_id=rec_id)
    else:
        raise InputError("record has no 'text' or 'html'", here)
    source = {"format": fmt}
    if path:
        source["path"] = path
    if url:
        source["url"] = url
    doc.source = source
    if isinstance(rec.get("title"), str) and rec["title"].strip():
        doc.title = rec["title"].strip()
    if isinstance(rec.get("published"), str) and rec["published"].strip():
        doc.published = rec["published"].strip()[:10]
    return doc


READERS: dict[str, Reader] = {
    ".txt": read_text,
    ".text": read_text,
    ".html": read_html_file,
    ".htm": read_html_file,
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
    ".rss": read_feed,
    ".atom": read_feed,
    ".xml": read_feed,
    ".warc": read_warc,
    ".warc.gz": read_warc,
}


def register_reader(suffix: str, reader: Reader) -> None:
    """Add a reader for files ending in `suffix` (e.g. ".warc.gz")."""
    READERS[suffix.lower()] = reader


def reader_for(path: str) -> Reader | None:
    name = path.lower()
    for suffix in sorted(READERS, key=len, reverse=True):
        if name.endswith(suffix):
            return READERS[suffix]
    return None


def expand_paths(paths: Iterable[str]) -> Iterator[str | InputError]:
    """Files named, found under folders (recursively, known extensions only) or matched by globs."""
    for path in paths:
        if path == "-":
            yield path
            continue
        p = Path(path)
        if p.is_dir():
            found = sorted(str(f) for f in p.rglob("*") if f.is_file() and reader_for(str(f)))
            if not found:
                yield InputError("folder holds no readable files", path)
            yield from found
        elif p.exists():
            yield path
        elif any(ch in path for ch in "*?["):
            matches = sorted(m for m in glob.glob(path, recursive=True) if Path(m).is_file())
            if not matches:
                yield InputError("no file matches this pattern", path)
            yield from matches
        else:
            yield InputError("no such file", path)


def read_paths(paths: Iterable[str], stdin=None) -> Iterator[Item]:
    """Every Document (or InputError) from the given paths, in order."""
    for path in expand_paths(paths):
        if isinstance(path, InputError):
            yield path
            continue
        yield from read_one(path, stdin)


def read_one(path: str, stdin=None) -> Iterator[Item]:
    try:
        if path == "-":
            data = (stdin or sys.stdin.buffer).read()
            reader, where = sniff_reader(data), "<stdin>"
        else:
            reader, where = reader_for(path), path
            if reader is None:
                sniffed = Path(path).read_bytes()[:MAX_DOCUMENT_BYTES + 1]
                reader, data = sniff_reader(sniffed), sniffed
            else:
                data = Path(path).read_bytes()
        yield from reader(data, where)
    except InputError as exc:
        yield exc
    except OSError as exc:
        yield InputError(f"cannot read file ({exc.strerror or exc})", path)


def sniff_reader(data: bytes) -> Reader:
    """Choose a reader from content: HTML markup, JSON lines, else a text dump."""
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<!doctype html", b"<html", b"<head", b"<body", b"<article", b"<div", b"<p>")):
        return read_html_file
    if head.startswith(b"{"):
        return read_jsonl
    if head.startswith(b"<?xml") or head.startswith((b"<rss", b"<feed", b"<rdf:rdf")):
        return read_feed
    if data[:4] == b"WARC" or data[:2] == b"\x1f\x8b":
        return read_warc
    return read_text


__all__ = ["Item", "READERS", "document_from_record", "expand_paths", "line_spans", "read_paths",
           "register_reader"]
