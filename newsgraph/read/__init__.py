"""Readers: files, folders, globs and standard input to Documents.

`read_paths(paths)` yields, in order, a `Document` for every document it can read and an
`InputError` (naming the file and, for JSONL, the line) for every one it cannot; it never
stops on a bad input. Formats are chosen by extension (`READERS`), and by content for `-`.
"""
from __future__ import annotations

import codecs
import fnmatch
import io
import json
import os
import re
import stat
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from newsgraph.doc import Document, content_id
from newsgraph.errors import InputError
from newsgraph.read.decode import MAX_DOCUMENT_BYTES, decode_bytes
from newsgraph.read.feeds import read_feed
from newsgraph.read.hygiene import published_date, repair_text
from newsgraph.read.html import line_spans, read_html, site_name
from newsgraph.read.item import Item, Reader
from newsgraph.read.stream import prefixed
from newsgraph.read.warc import read_warc

# One JSON Lines record: an HTML page with its markup, well above any news article.
MAX_LINE_BYTES = 4 * 1024 * 1024
# One Document's text: a long feature is some tens of thousands of characters; the analysis
# takes time in proportion to the text, so a book-sized "document" is refused, not analysed.
MAX_TEXT_CHARS = 300_000

def read_text(data: bytes, where: str) -> Iterator[Item]:
    """A page's text dump: one Document whose text is the input as given."""
    text = decode_bytes(data, where)
    yield Document(id=content_id(text), text=text, source={"path": where, "format": "text"})


def read_html_file(data: bytes, where: str) -> Iterator[Item]:
    doc = read_html(decode_bytes(data, where), where)
    doc.source = {"path": where, "format": "html", **doc.source}
    yield doc


def read_jsonl(data: bytes | BinaryIO, where: str) -> Iterator[Item]:
    """One document per line: `id`, `text` or `html`, optional `url`, `title`, `published`.

    Read a line at a time from a file (or bytes): a line longer than MAX_LINE_BYTES, one that
    is not JSON or one without text is an InputError naming `file:line`, and the next line is
    read as usual."""
    stream = io.BytesIO(data) if isinstance(data, (bytes, bytearray)) else data
    head = stream.read(4)
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # UTF-16 lines cannot be split on a newline byte: decode the file whole, within the cap.
        whole = decode_bytes(head + stream.read(MAX_DOCUMENT_BYTES), where)
        lines = [line.encode("utf-8", "surrogatepass") for line in whole.split("\n")]
    else:
        lines = _capped_lines(prefixed(head, stream))
    for number, line in enumerate(lines, 1):
        here = f"{where}:{number}"
        if line is None:
            yield InputError(f"line longer than {MAX_LINE_BYTES:,} bytes; skipped", here)
            continue
        if not line.strip():
            continue
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError:
            try:
                text = decode_bytes(line, here)
            except InputError as exc:
                yield exc
                continue
        try:
            yield document_from_record(json.loads(text), here, where)
        except json.JSONDecodeError as exc:
            yield InputError(f"not JSON ({exc.msg} at column {exc.colno})", here)
        except RecursionError:
            yield InputError("JSON nested too deeply", here)
        except InputError as exc:
            yield exc


read_jsonl.streams = True


def _capped_lines(stream: BinaryIO) -> Iterator[bytes | None]:
    """Lines of `stream` without their line ends; None for a line over MAX_LINE_BYTES, whose
    bytes are skipped without being kept."""
    while line := stream.readline(MAX_LINE_BYTES + 1):
        if len(line) > MAX_LINE_BYTES and not line.endswith(b"\n"):
            while (chunk := stream.readline(1 << 20)) and not chunk.endswith(b"\n"):
                pass
            yield None
        else:
            yield line.removesuffix(b"\n").removesuffix(b"\r")


def document_from_record(rec: object, here: str, path: str | None = None, fmt: str = "jsonl") -> Document:
    """A Document from a JSON record with `text` or `html`, its strings repaired (see
    `hygiene.repair_text`) and its `published` read as an ISO date (null when it holds none).
    Raises InputError when it has neither text nor HTML, or too much text."""
    if not isinstance(rec, dict):
        raise InputError("a JSON object is expected on each line", here)
    given = rec.get("source") if isinstance(rec.get("source"), dict) else {}  # a Document's own source object
    url = rec.get("url") if isinstance(rec.get("url"), str) else given.get("url")
    url = repair_text(url) if isinstance(url, str) else None
    rec_id = repair_text(str(rec["id"])).strip() if rec.get("id") not in (None, "") else None
    if isinstance(rec.get("text"), str) and rec["text"].strip():
        text = repair_text(rec["text"])
        doc = Document(id=rec_id or content_id(text), text=text)
    elif isinstance(rec.get("html"), str) and rec["html"].strip():
        doc = read_html(repair_text(rec["html"]), here, url=url, doc_id=rec_id)
    else:
        raise InputError("record has no 'text' or 'html'", here)
    source = {"format": fmt}
    if path:
        source["path"] = path
    if url:
        source["url"] = url
    # The outlet: a record's `site` (or `source` as a name, or a Document's source.site), else the page's.
    site = next((site_name(v) for v in (rec.get("site"), rec.get("source"), given.get("site"))
                 if site_name(v)), None) or doc.source.get("site")
    if site:
        source["site"] = repair_text(site)
    doc.source = source
    if isinstance(rec.get("title"), str) and rec["title"].strip():
        doc.title = repair_text(rec["title"]).strip()
    if isinstance(rec.get("published"), str) and rec["published"].strip():
        doc.published = published_date(rec["published"])
    return admit(doc, here)


def admit(doc: Document, where: str) -> Document:
    """`doc` with its id, title and text repaired (lone surrogates, control characters), or an
    InputError when its text is longer than one news document can be."""
    if len(doc.text) > MAX_TEXT_CHARS:
        raise InputError(f"text too long ({len(doc.text):,} characters; limit {MAX_TEXT_CHARS:,})", where)
    doc.text = repair_text(doc.text)
    doc.id = repair_text(doc.id)
    if doc.title is not None:
        doc.title = repair_text(doc.title)
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
    """Files named, found under folders (recursively, known extensions only) or matched by globs
    (`**` for any depth). A folder reached twice (a symlink loop) is walked once and reported
    once, a file reached by several paths is read once, and an unreadable folder or path is an
    InputError while the rest is still read."""
    for path in paths:
        if path == "-":
            yield path
            continue
        try:
            yield from _expand(path)
        except OSError as exc:
            yield InputError(f"cannot read ({exc.strerror or exc})", path)


def _expand(path: str) -> Iterator[str | InputError]:
    p = Path(path)
    if p.is_dir():
        yield from _walk(path, lambda f: reader_for(f) is not None, "folder holds no readable files")
    elif p.exists():
        yield path
    elif any(ch in path for ch in "*?["):
        root, pattern = _glob_root(path)
        yield from _walk(root, lambda f: pattern.fullmatch(f) is not None, "no file matches this pattern",
                         shown=path, deep="**" in path)
    else:
        yield InputError("no such file", path)


def _walk(root: str, keep, nothing: str, shown: str | None = None, deep: bool = True) -> Iterator[str | InputError]:
    """The files under `root` that `keep` takes, sorted, each real file once; an InputError
    for each unreadable folder and each folder reached again (a symlink loop)."""
    seen_dirs: set[tuple[int, int]] = set()
    seen_files: set[tuple[int, int]] = set()
    files, errors = [], []
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            info = os.stat(folder or ".")
            entries = list(os.scandir(folder or "."))
        except OSError as exc:
            errors.append(InputError(f"cannot read folder ({exc.strerror or exc})", folder or "."))
            continue
        if (info.st_dev, info.st_ino) in seen_dirs:
            errors.append(InputError("folder reached again through a symlink (a loop?); read once", folder))
            continue
        seen_dirs.add((info.st_dev, info.st_ino))
        for entry in entries:
            name = os.path.join(folder, entry.name)
            try:
                info = entry.stat()
            except OSError as exc:
                errors.append(InputError(f"cannot read ({exc.strerror or exc})", name))
                continue
            if stat.S_ISDIR(info.st_mode):
                if deep or root == folder:
                    stack.append(name)
            elif stat.S_ISREG(info.st_mode) and keep(name) and (info.st_dev, info.st_ino) not in seen_files:
                seen_files.add((info.st_dev, info.st_ino))
                files.append(name)
    yield from errors
    if not files and not errors:
        yield InputError(nothing, shown or root)
    yield from sorted(files)


def _glob_root(pattern: str) -> tuple[str, re.Pattern]:
    """The folder a glob starts from (its parts before the first wildcard) and a regular
    expression for the whole path: `*` and `?` within one name, `**/` any depth."""
    parts = pattern.split(os.sep)
    fixed = 0
    while fixed < len(parts) - 1 and not any(ch in parts[fixed] for ch in "*?["):
        fixed += 1
    root = os.sep.join(parts[:fixed]) or ("/" if pattern.startswith("/") else "")
    regex = re.escape(os.sep.join(parts[:fixed]) + (os.sep if fixed and parts[:fixed] != [""] else ""))
    for i, part in enumerate(parts[fixed:], fixed):
        last = i == len(parts) - 1
        if part == "**":
            regex += "(?:[^/]*/)*" if not last else ".*"
            continue
        regex += _name_regex(part) + ("" if last else "/")
    return root, re.compile(regex, re.S)


def _name_regex(part: str) -> str:
    out, i = [], 0
    while i < len(part):
        ch = part[i]
        if ch == "*":
            out.append("[^/]*")
        elif ch == "?":
            out.append("[^/]")
        elif ch == "[" and "]" in part[i + 2:]:
            end = part.index("]", i + 2)
            # fnmatch knows the corners of a class ([!...], []...], bad ranges); take just the class.
            out.append(fnmatch.translate(part[i:end + 1])[len("(?s:"):-len(")\\Z")])
            i = end
        else:
            out.append(re.escape(ch))
        i += 1
    return "".join(out)


def read_paths(paths: Iterable[str], stdin=None) -> Iterator[Item]:
    """Every Document (or InputError) from the given paths, in order."""
    for path in expand_paths(paths):
        if isinstance(path, InputError):
            yield path
            continue
        yield from read_one(path, stdin)


def read_one(path: str, stdin=None) -> Iterator[Item]:
    """The items of one file (or '-'): its size is looked at before it is read, JSON Lines and
    web archives are read as streams, and every Document passes `admit`."""
    where = "<stdin>" if path == "-" else path
    try:
        if path == "-":
            fh = stdin or sys.stdin.buffer
            head = fh.read(2048)
            yield from _admitted(_run(sniff_reader(head), prefixed(head, fh), where), where)
            return
        size = os.stat(path).st_size
        reader = reader_for(path)
        if reader is not None:
            _check_size(reader, size, path)
        with open(path, "rb") as fh:
            if reader is None:
                reader = sniff_reader(fh.read(2048))
                fh.seek(0)
                _check_size(reader, size, path)
            yield from _admitted(_run(reader, fh, where), where)
    except InputError as exc:
        yield exc
    except OSError as exc:
        yield InputError(f"cannot read file ({exc.strerror or exc})", where)


def _check_size(reader: Reader, size: int, path: str) -> None:
    if not getattr(reader, "streams", False) and size > MAX_DOCUMENT_BYTES:
        raise InputError(f"file too large ({size:,} bytes; limit {MAX_DOCUMENT_BYTES:,})", path)


def _run(reader: Reader, stream: BinaryIO, where: str) -> Iterator[Item]:
    if getattr(reader, "streams", False):
        return reader(stream, where)
    # One more byte than the cap, so the reader can tell a file over it.
    return reader(stream.read(MAX_DOCUMENT_BYTES + 1), where)


def _admitted(items: Iterator[Item], where: str) -> Iterator[Item]:
    for item in items:
        if isinstance(item, Document):
            try:
                item = admit(item, item.source.get("path") or where)
            except InputError as exc:
                yield exc
                continue
        yield item


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
