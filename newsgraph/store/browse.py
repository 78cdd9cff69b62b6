"""Browsing the store: recent documents page by page, and a short card for given documents.

Read-only verbs for the web reader (`Store.recent_documents`, `Store.document_cards`).
"""
from __future__ import annotations

import json

from newsgraph.store.db import Database
from newsgraph.store.texts import load_text

LEAD_CHARS = 200


def recent_documents(db: Database, limit: int = 20, offset: int = 0) -> dict:
    """A page of stored documents, newest publication date first (undated ones last, the most
    recently stored first among equals): `total`, `limit`, `offset` and `documents`, each with
    id, title, published, source (the outlet), url, story and `lead` (the start of its body)."""
    total = db.one("SELECT COUNT(*) FROM documents")[0]
    # The page's keys first, read off the publication-date index (dated documents newest first,
    # then the undated), so a page costs its own rows, not a sort of the whole store.
    dated = db.one("SELECT COUNT(*) FROM documents WHERE published IS NOT NULL")[0]
    keys = [r[0] for r in db.all("SELECT key FROM documents WHERE published IS NOT NULL "
                                 "ORDER BY published DESC, key DESC LIMIT ? OFFSET ?", (limit, offset))]
    if len(keys) < limit:
        keys += [r[0] for r in db.all("SELECT key FROM documents WHERE published IS NULL ORDER BY key DESC "
                                      "LIMIT ? OFFSET ?", (limit - len(keys), max(0, offset - dated)))]
    rows = {r[0]: r[1:] for r in db.all(
        f"SELECT d.key, d.id, d.title, d.published, s.name, d.url, d.story, d.text_id, d.body FROM documents d "
        f"LEFT JOIN sources s ON s.id = d.source_id WHERE d.key IN ({', '.join('?' * len(keys))})", keys)} if keys else {}
    documents = []
    for doc_id, title, published, source, url, story, text_id, body in (rows[k] for k in keys):
        documents.append({"id": doc_id, "title": title, "published": published, "source": source, "url": url,
                          "story": None if story is None else f"s{story}",
                          "lead": lead(load_text(db, text_id), json.loads(body))})
    return {"total": total, "limit": limit, "offset": offset, "documents": documents}


def lead(text: str, body: list[list[int]], size: int = LEAD_CHARS) -> str:
    """The first `size` characters of the body, cut at a word, with an ellipsis when cut.

    >>> lead("Заголовок\\nПервый абзац текста.", [[10, 30]], size=12)
    'Первый абзац …'
    """
    head = " ".join(" ".join(text[s:e].split()) for s, e in body[:3]).strip()
    if len(head) <= size:
        return head
    cut = head[:size + 1].rsplit(" ", 1)[0] if " " in head[:size + 1] else head[:size]
    return cut.rstrip() + " …"


def document_cards(db: Database, ids: list[str]) -> dict[str, dict]:
    """For each stored document id given: its outlet (`source`), `url` and `lead` (the start of
    its body). Ids not stored are left out."""
    if not ids:
        return {}
    marks = ", ".join("?" * len(ids))
    rows = db.all(
        f"SELECT i.id, s.name, d.url, d.text_id, d.body FROM document_ids i JOIN documents d ON d.key = i.doc "
        f"LEFT JOIN sources s ON s.id = d.source_id WHERE i.id IN ({marks})", list(ids))
    return {doc_id: {"source": source, "url": url, "lead": lead(load_text(db, text_id), json.loads(body))}
            for doc_id, source, url, text_id, body in rows}
