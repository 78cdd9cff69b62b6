"""Entities across documents on NEREL's Wikidata links: do the corpus entities group mentions
the way the links do?

The dev texts go through the entity stage and are saved into a temporary SQLite store by the
real save path (`Store.save_many` with the corpus `Linker` and the shipped alias table), so
each mention's corpus entity is the one an ingest would give it. The system's mentions are its
names and its references (adjectives of places: NEREL links "российских" to Россия). Each
linked gold mention takes the corpus entity of the system mention with exactly its span; a gold mention the system
missed is a cluster of its own. Figures: B-cubed precision / recall / F1 over the linked
mentions, and pairwise F1 over pairs of mentions in different documents, per type and over
all, beside the baseline that groups the same system mentions by exact normal form.
"""
from __future__ import annotations

import tempfile
from collections import Counter
from collections.abc import Hashable
from pathlib import Path

from rich.console import Console

from newsgraph.doc import Document
from newsgraph.evaluate.common import prf, side_by_side
from newsgraph.evaluate.ner import load_gold
from newsgraph.evaluate.paths import default_eval_data
from newsgraph.russian import fold

LINKS = "nerel-links-dev.jsonl"
TEXTS = "nerel-dev.jsonl"
TYPES = ("PER", "LOC", "ORG")
BATCH = 50

Mention = tuple[str, int, int]  # (document id, start, end)


def bcubed(gold: dict[Mention, Hashable], system: dict[Mention, Hashable]) -> dict:
    """B-cubed precision, recall and F1 of `system` clusters against `gold` clusters, over the
    mentions of `gold` (a mention absent from `system` is a cluster of its own).

    >>> g = {("a", 0, 1): 1, ("a", 2, 3): 1, ("b", 0, 1): 2}
    >>> bcubed(g, {("a", 0, 1): "x", ("a", 2, 3): "x", ("b", 0, 1): "x"})["recall"]
    1.0
    """
    sys_of = {m: system.get(m, ("alone", m)) for m in gold}
    g_size, s_size, both = Counter(gold.values()), Counter(sys_of.values()), Counter()
    for m in gold:
        both[(gold[m], sys_of[m])] += 1
    if not gold:
        return {"precision": 0.0, "recall": 0.0, "f1": 0.0}
    p = sum(both[(gold[m], sys_of[m])] / s_size[sys_of[m]] for m in gold) / len(gold)
    r = sum(both[(gold[m], sys_of[m])] / g_size[gold[m]] for m in gold) / len(gold)
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}


def cross_pairs(gold: dict[Mention, Hashable], system: dict[Mention, Hashable]) -> dict:
    """Pairwise precision, recall and F1 over pairs of `gold` mentions from different
    documents: a pair is right when both gold and system put its two mentions together.

    >>> g = {("a", 0, 1): 1, ("b", 0, 1): 1, ("c", 0, 1): 2}
    >>> cross_pairs(g, {("a", 0, 1): "x", ("b", 0, 1): "x", ("c", 0, 1): "x"})["precision"]
    0.3333
    """
    sys_of = {m: system.get(m, ("alone", m)) for m in gold}

    def pairs(key) -> int:
        # pairs within each cluster, less the pairs inside one document
        total, per_doc = Counter(), Counter()
        for m in gold:
            total[key(m)] += 1
            per_doc[(key(m), m[0])] += 1
        return (sum(n * n for n in total.values()) - sum(n * n for n in per_doc.values())) // 2

    right = pairs(lambda m: (gold[m], sys_of[m]))
    return prf(right, pairs(lambda m: sys_of[m]), pairs(lambda m: gold[m]))


class RecordingLinker:
    """The corpus Linker, remembering the corpus entity it gives each document's entities."""

    def __init__(self, linker):
        self.linker = linker
        self.corpus: dict[str, dict[int, int]] = {}

    def near_duplicate(self, tx, p):
        return self.linker.near_duplicate(tx, p)

    def entities(self, tx, doc):
        links = self.linker.entities(tx, doc)
        self.corpus[doc.id] = dict(links.corpus)
        return links

    def story(self, tx, key, doc, links, near):
        return self.linker.story(tx, key, doc, links, near)


def corpus_mentions(texts: list[dict], aliases=None, names: dict | None = None,
                    spans: dict | None = None) -> tuple[dict[Mention, tuple], dict[Mention, tuple]]:
    """Analyse and store `texts` ({id, text}) in a temporary store; returns, for every system
    mention, its corpus entity (`("corpus", id)`) and its baseline cluster (type and folded
    normal form), with its type: `{(doc, start, end): (cluster, type)}` each. `names`, when
    given, is filled with each corpus entity's canonical name; `spans` with each document's
    system mention spans."""
    from newsgraph.corpus.aliases import load_aliases
    from newsgraph.corpus.linking import Linker
    from newsgraph.corpus.prepare import prepare
    from newsgraph.pipeline import Pipeline
    from newsgraph.resources import get_resources
    from newsgraph.store import open_store

    res = get_resources()
    pipeline = Pipeline(res, whole=True)
    linker = RecordingLinker(Linker(aliases if aliases is not None else load_aliases()))
    docs: list[Document] = []
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(str(Path(tmp) / "xdoc.db"))
        try:
            for i in range(0, len(texts), BATCH):
                batch = []
                for t in texts[i:i + BATCH]:
                    doc = pipeline(Document(id=t["id"], text=t["text"]), until="entities")
                    docs.append(doc)
                    batch.append(prepare(doc, res))
                store.save_many(batch, linker)
            if names is not None:
                for cid in {c for corpus in linker.corpus.values() for c in corpus.values()}:
                    found = store.entity_name(cid)
                    names[cid] = found[1] if found else str(cid)
        finally:
            store.db.close()
    ours, base = {}, {}
    for doc in docs:
        found = [*doc.mentions, *doc.references]
        if spans is not None:
            spans[doc.id] = [(m.start, m.end) for m in found]
        corpus = linker.corpus.get(doc.id, {})
        for m in found:
            key = (doc.id, m.start, m.end)
            cid = corpus.get(m.entity) if m.entity is not None else None
            ours[key] = (("corpus", cid) if cid is not None else ("alone", key), m.type)
            base[key] = (("normal", m.type, fold(m.normal)), m.type)
    return ours, base


def score(links: list[dict], ours: dict, base: dict) -> dict:
    """B-cubed and cross-document pairwise figures per type and over all, for both groupings;
    `found` is the share of linked mentions whose exact span the system found."""
    out = {}
    for t in (*TYPES, "all"):
        gold = {(d["id"], l["start"], l["end"]): l["qid"] for d in links for l in d["links"]
                if t == "all" or l["type"] == t}
        row = {"mentions": len(gold), "found": round(sum(m in ours for m in gold) / len(gold), 4) if gold else 0.0}
        for name, system in (("newsgraph", ours), ("baseline", base)):
            clusters = {m: c for m, (c, _) in system.items()}
            row[name] = {"bcubed": bcubed(gold, clusters), "pairs": cross_pairs(gold, clusters)}
        out[t] = row
    return out


def recall_loss(links: list[dict], ours: dict, spans: dict[str, list[tuple[int, int]]],
                names: dict[int, str], top: int = 15) -> dict:
    """Where B-cubed recall is lost, per type: to linked mentions the system did not find (each
    such mention loses its whole gold cluster, and the cluster loses it) and to found mentions
    put in another corpus entity than the rest of their gold cluster. Missed mentions by kind:
    inside a longer system mention, overlapping one with other bounds, or with no system mention
    over them (a lower-case word: a common noun or adjective such as "российских"; a capitalised
    one: a name). `apart`: the pairs of corpus entity names most often kept apart, counted in
    pairs of mentions of one gold entity in different documents."""
    out: dict = {}
    for t in (*TYPES, "all"):
        gold = {(d["id"], l["start"], l["end"]): l["qid"] for d in links for l in d["links"]
                if t == "all" or l["type"] == t}
        if not gold:
            continue
        size = Counter(gold.values())
        sys_of = {m: ours[m][0] for m in gold if m in ours}
        together = Counter((gold[m], c) for m, c in sys_of.items())
        missed_in = Counter(gold[m] for m in gold if m not in sys_of)
        missed = split = 0.0
        for m, q in gold.items():
            if m not in sys_of:
                missed += (size[q] - 1) / size[q]
            else:
                missed += missed_in[q] / size[q]
                split += (size[q] - together[(q, sys_of[m])] - missed_in[q]) / size[q]
        out[t] = {"missed": round(missed / len(gold), 4), "split": round(split / len(gold), 4)}
    kinds: Counter = Counter()
    apart: Counter = Counter()
    for t in TYPES:
        by_entity: dict[str, Counter] = {}
        for d in links:
            for l in d["links"]:
                if l["type"] != t:
                    continue
                m = (d["id"], l["start"], l["end"])
                if m in ours:
                    cluster = ours[m][0]
                    if cluster[0] == "corpus":
                        by_entity.setdefault(l["qid"], Counter())[cluster[1]] += 1
                    continue
                over = [(a, b) for a, b in spans.get(d["id"], []) if a < l["end"] and l["start"] < b]
                if any(a <= l["start"] and l["end"] <= b for a, b in over):
                    kind = "inside a longer mention"
                elif over:
                    kind = "other bounds"
                else:
                    lower = l.get("surface", "")[:1].islower()
                    kind = "no mention, lower case" if lower else "no mention, capitalised"
                kinds[(t, kind)] += 1
        for q, entities in by_entity.items():
            ranked = entities.most_common()
            for i, (a, na) in enumerate(ranked):
                for b, nb in ranked[i + 1:]:
                    apart[(t, names.get(a, str(a)), names.get(b, str(b)))] += na * nb
    out["missed_kinds"] = {t: {k: n for (tt, k), n in sorted(kinds.items()) if tt == t} for t in TYPES}
    out["apart"] = [{"type": t, "names": [a, b], "pairs": n} for (t, a, b), n in apart.most_common(top)]
    return out


def run(data_dir: Path | None, console: Console, as_json: bool = False, limit: int | None = None,
        labels: Path | None = None) -> dict:
    """Store the linked dev texts and score their corpus entities; print a table per measure."""
    folder = Path(data_dir or default_eval_data())
    if not (folder / LINKS).exists() or not (folder / TEXTS).exists():
        console.print(f"[yellow]{folder / LINKS}: not found, skipped[/]")
        return {}
    links = load_gold(folder / LINKS, limit)
    wanted = {d["id"] for d in links}
    texts = [{"id": d["id"], "text": d["text"]} for d in load_gold(folder / TEXTS) if d["id"] in wanted]
    names: dict[int, str] = {}
    spans: dict[str, list[tuple[int, int]]] = {}
    ours, base = corpus_mentions(texts, names=names, spans=spans)
    figures = {"documents": len(texts), **score(links, ours, base)}
    figures["recall_loss"] = recall_loss(links, ours, spans, names)
    for measure, title in (("bcubed", "B-cubed"), ("pairs", "cross-document pairwise")):
        rows = [(t, figures[t]["newsgraph"][measure], figures[t]["baseline"][measure]) for t in (*TYPES, "all")]
        console.print(side_by_side(f"{LINKS}: {len(texts)} documents, {title}", rows, "normal form"))
    console.print("linked mentions (span found): " + ", ".join(
        f"{t} {figures[t]['mentions']} ({figures[t]['found']:.2f})" for t in (*TYPES, "all")))
    loss = figures["recall_loss"]
    parts = [f"{t} {loss[t]['missed']:.3f} + {loss[t]['split']:.3f}" for t in (*TYPES, "all") if t in loss]
    console.print("B-cubed recall lost to mentions not found + to found mentions in another corpus entity: "
                  + ", ".join(parts))
    for t in TYPES:
        console.print(f"{t} linked mentions not found: " +
                      ", ".join(f"{k} {n}" for k, n in loss["missed_kinds"][t].items()))
    console.print("names kept apart (mention pairs): " + "; ".join(
        f"{a['type']} {a['names'][0]} | {a['names'][1]} {a['pairs']}" for a in loss["apart"]))
    return figures
