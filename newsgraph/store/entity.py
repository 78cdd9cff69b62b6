"""Corpus entities by name: lookup through names, surnames and aliases, and their report."""
from __future__ import annotations

from newsgraph.corpus.aliases import Aliases
from newsgraph.corpus.lemmas import WORD, fold
from newsgraph.store.db import Database

REPORT_CO_MENTIONS = 10


def name_keys(name: str, aliases: Aliases, res=None) -> list[str]:
    """Folded forms a name may be stored under: as typed, each word in its dictionary form
    ("Нурсултана Назарбаева" → "нурсултан назарбаев"), and the canonical names of aliases."""
    keys = [fold(" ".join(name.split()))]
    if res is not None:
        words = WORD.findall(name)
        if words:
            keys.append(" ".join(fold(res.parse(w)[0].normal_form) if res.parse(w) else fold(w) for w in words))
    for key in list(keys):
        for type_ in ("PER", "LOC", "ORG"):
            keys.append(fold(aliases.resolve(key, type_)))
    return list(dict.fromkeys(k for k in keys if k))


def find_entity(db: Database, name: str, aliases: Aliases, res=None) -> list[int]:
    """The corpus entity `name` names, with any others the alias table joins to it (first is
    the best match: exact canonical name, then a name it was seen under, then a surname; ties go
    to the entity in more documents). Empty when nothing matches."""
    keys = name_keys(name, aliases, res)
    marks = ", ".join("?" * len(keys))
    found: list[tuple[int, int]] = []
    for rank, sql in enumerate((
            f"SELECT id FROM corpus_entities WHERE key IN ({marks})",
            f"SELECT DISTINCT entity FROM entity_names WHERE key IN ({marks})",
            f"SELECT id FROM corpus_entities WHERE type = 'PER' AND surname IN ({marks})")):
        ids = [r[0] for r in db.all(sql, keys)]
        if ids:
            found = [(rank, i) for i in ids]
            break
    if not found:
        return []
    best = max((i for _, i in found), key=lambda i: (document_count(db, i), -i))
    type_, primary = db.one("SELECT type, name FROM corpus_entities WHERE id = ?", (best,))
    group = [best]
    variants = sorted({fold(n) for n in aliases.names_of(primary, type_)} - {fold(primary)})
    if variants:
        rows = db.all(f"SELECT id FROM corpus_entities WHERE type = ? AND key IN ({', '.join('?' * len(variants))}) "
                      f"ORDER BY id", [type_, *variants])
        group += [r[0] for r in rows if r[0] != best]
    return group


def document_count(db: Database, entity: int) -> int:
    return db.one("SELECT COUNT(DISTINCT doc) FROM entities WHERE corpus = ?", (entity,))[0]


def entity_report(db: Database, group: list[int], aliases: Aliases, limit: int = 100) -> dict:
    """The JSON-ready report of a corpus entity (with its alias group): name, type, aliases,
    roles over time, documents, quotes (each text once), co-mentioned entities and events."""
    type_, name = db.one("SELECT type, name FROM corpus_entities WHERE id = ?", (group[0],))
    marks = ", ".join("?" * len(group))
    seen = {r[0] for r in db.all(f"SELECT name FROM entity_names WHERE entity IN ({marks})", group)}
    seen |= {r[0] for r in db.all(f"SELECT name FROM corpus_entities WHERE id IN ({marks})", group)}
    names = sorted((seen | aliases.names_of(name, type_)) - {name}, key=lambda n: (fold(n), n))
    roles = [{"role": role, "first": first, "last": last, "documents": n}
             for role, first, last, n in db.all(
                 f"SELECT r.role, MIN(d.published), MAX(d.published), COUNT(DISTINCT r.doc) FROM roles r "
                 f"JOIN entities e ON e.doc = r.doc AND e.idx = r.entity JOIN documents d ON d.key = r.doc "
                 f"WHERE e.corpus IN ({marks}) GROUP BY r.role ORDER BY MIN(d.published), r.role", group)]
    documents = [{"id": i, "title": t, "published": p, "url": u}
                 for i, t, p, u in db.all(
                     f"SELECT d.id, d.title, d.published, d.url FROM documents d WHERE d.key IN "
                     f"(SELECT doc FROM entities WHERE corpus IN ({marks})) "
                     f"ORDER BY d.published DESC, d.key LIMIT ?", [*group, limit])]
    quotes, said = [], set()
    for doc_id, published, text, kind, cue in db.all(
            f"SELECT d.id, d.published, q.text, q.kind, q.cue FROM quotes q "
            f"JOIN entities e ON e.doc = q.doc AND e.idx = q.speaker JOIN documents d ON d.key = q.doc "
            f"WHERE e.corpus IN ({marks}) ORDER BY d.published, q.doc, q.idx", group):
        key = " ".join(fold(text).split())
        if key in said:
            continue  # the same words in a republished text
        said.add(key)
        quotes.append({"document": doc_id, "published": published, "text": text, "kind": kind, "cue": cue})
    co_mentions = [{"name": n, "type": t, "documents": c}
                   for n, t, c in db.all(
                       # Shared documents first; among equals, the entity mentioned more often there.
                       f"SELECT c.name, c.type, COUNT(DISTINCT m.doc) AS n FROM entities e "
                       f"JOIN mentions m ON m.doc = e.doc JOIN entities o ON o.doc = m.doc AND o.idx = m.entity "
                       f"JOIN corpus_entities c ON c.id = o.corpus "
                       f"WHERE e.corpus IN ({marks}) AND o.corpus NOT IN ({marks}) "
                       f"GROUP BY c.id, c.name, c.type ORDER BY n DESC, COUNT(*) DESC, c.name "
                       f"LIMIT {REPORT_CO_MENTIONS}",
                       [*group, *group])]
    events = [{"document": doc_id, "published": published, "type": t, "cameo_root": root, "date": date,
               "place": place, "summary": summary}
              for doc_id, published, t, root, date, place, summary, _key, _idx in db.all(
                  f"SELECT DISTINCT d.id, d.published, ev.type, ev.cameo_root, ev.date, p.name, ev.summary, d.key, ev.idx "
                  f"FROM event_actors a JOIN entities e ON e.doc = a.doc AND e.idx = a.entity "
                  f"JOIN events ev ON ev.doc = a.doc AND ev.idx = a.event JOIN documents d ON d.key = a.doc "
                  f"LEFT JOIN entities p ON p.doc = ev.doc AND p.idx = ev.place "
                  f"WHERE e.corpus IN ({marks}) ORDER BY d.published, d.key, ev.idx LIMIT ?", [*group, limit])]
    return {"name": name, "type": type_, "aliases": names, "roles": roles, "documents": documents,
            "quotes": quotes[:limit], "co_mentions": co_mentions, "events": events}
