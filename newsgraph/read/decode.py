"""Bytes to text: encoding detection for Russian news files, and refusal of what is not text."""
from __future__ import annotations

import codecs

from newsgraph.errors import InputError

# A page dump or an HTML page larger than this is not one news document.
MAX_DOCUMENT_BYTES = 20 * 1024 * 1024
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# Single-byte encodings of Cyrillic seen in Russian news, in the order they are tried.
_CYRILLIC = ("cp1251", "koi8_r", "mac_cyrillic", "iso8859_5", "cp866")


def decode_bytes(data: bytes, where: str, limit: int | None = MAX_DOCUMENT_BYTES) -> str:
    """Decode a file's bytes: a BOM wins, then strict UTF-8, then the best Cyrillic guess.

    Raises InputError for empty, binary, oversized or undecodable input.
    """
    if limit is not None and len(data) > limit:
        raise InputError(f"file too large ({len(data):,} bytes; limit {limit:,})", where)
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data.decode(enc), where)
            except UnicodeDecodeError as exc:
                raise InputError(f"cannot decode as {enc}: {exc.reason}", where) from None
    if b"\x00" in data[:4096]:
        utf16 = _utf16_without_bom(data)
        if utf16 is None:
            raise InputError("binary file (NUL bytes), not text", where)
        return _checked(utf16, where)
    try:
        return _checked(data.decode("utf-8"), where)
    except UnicodeDecodeError:
        pass
    mended = _utf8_with_stray_bytes(data)
    if mended is not None:
        return _checked(mended, where)
    return _checked(_guess_cyrillic(data, where), where)


def _utf16_without_bom(data: bytes) -> str | None:
    """The text of UTF-16 without a byte order mark, told by where its zero bytes fall: in
    Latin and Cyrillic text every other byte is 0x00 or 0x04 (the high byte of U+04xx)."""
    sample = data[:4096]
    pairs = len(sample) // 2
    if pairs < 2 or len(data) % 2:
        return None
    for encoding, high in (("utf-16-le", 1), ("utf-16-be", 0)):
        highs = sample[high::2][:pairs]
        if sum(b in (0, 4) for b in highs) >= 0.9 * pairs and highs.count(0) + highs.count(4) < 2 * pairs:
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            if not any(ch == "\x00" for ch in text[:2048]):
                return text
    return None


def _utf8_with_stray_bytes(data: bytes) -> str | None:
    """UTF-8 with a few bytes that do not decode (a cut or a stray byte), those bytes replaced
    by U+FFFD; None when the bad bytes are too many for this to be UTF-8 at all."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.decode("utf-8", errors="ignore").count("\ufffd")
    # Real UTF-8 Cyrillic has many multi-byte sequences; cp1251 read as UTF-8 is mostly errors.
    multibyte = sum(1 for ch in text[:200_000] if "\u0080" <= ch and ch != "\ufffd")
    if bad <= max(3, len(data) // 500) and multibyte >= 10 * bad:
        return text
    return None


def _guess_cyrillic(data: bytes, where: str) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000], cp_isolation=list(_CYRILLIC) + ["utf_8"]).best()
    if best is None or best.encoding not in _CYRILLIC:
        raise InputError("unknown text encoding (not UTF-8, UTF-16, cp1251 or koi8-r)", where)
    try:
        return data.decode(best.encoding)
    except UnicodeDecodeError as exc:
        raise InputError(f"cannot decode as {best.encoding}: {exc.reason}", where) from None


def _checked(text: str, where: str) -> str:
    if not text.strip():
        raise InputError("empty file", where)
    sample = text[:4096]
    control = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    if control > len(sample) * 0.05:
        raise InputError("binary file (control characters), not text", where)
    return text
