"""NER quality on the public dev sets: newsgraph's entity stage beside bare slovnet.

Both systems see the same texts; a prediction is right when (start, end, type) equals a gold
span (exact whole-span match), per type PER / LOC / ORG and micro-averaged.
"""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from rich.console import Console
from rich.table import Table

from newsgraph.doc import Document
from newsgraph.evaluate.common import prf, side_by_side
from newsgraph.resources import Resources, get_resources
from newsgraph.evaluate.paths import default_eval_data

SETS = ("factrueval-dev.jsonl", "nerel-dev.jsonl")
TYPES = ("PER", "LOC", "ORG")


def load_gold(path: Path, limit: int | None = None) -> list[dict]:
    out = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                out.append(json.loads(line))
                if limit and len(out) >= limit:
                    break
    return out


def newsgraph_spans(text: str, res: Resources) -> set[tuple[int, int, str]]:
    """Mentions of the entity stage, the text taken whole (no chrome separation)."""
    from newsgraph.pipeline import Pipeline

    doc = Pipeline(res, whole=True)(Document(id="eval", text=text), until="entities")
    return {(m.start, m.end, m.type) for m in doc.mentions}


def slovnet_spans(text: str, res: Resources) -> set[tuple[int, int, str]]:
    """Bare slovnet NER as Natasha ships it, over the whole text."""
    markup = res.ner_tagger(text)
    return {(s.start, s.stop, s.type) for s in markup.spans if s.type in TYPES}


def score(gold: list[set], pred: list[set]) -> dict:
    """Precision, recall and F1 per type and micro, from per-document span sets."""
    tp, fp, fn = Counter(), Counter(), Counter()
    for g, p in zip(gold, pred):
        for t in TYPES:
            gt = {s for s in g if s[2] == t}
            pt = {s for s in p if s[2] == t}
            tp[t] += len(gt & pt)
            fp[t] += len(pt - gt)
            fn[t] += len(gt - pt)
    out = {}
    for t in (*TYPES, "micro"):
        a, b, c = (sum(x.values()) for x in (tp, fp, fn)) if t == "micro" else (tp[t], fp[t], fn[t])
        out[t] = prf(a, a + b, a + c)
    return out


def run(data_dir: Path | None, console: Console, as_json: bool = False, limit: int | None = None,
        labels: Path | None = None) -> dict:
    """Score both systems on every dev set found in `data_dir`; print a table per set."""
    res = get_resources()
    figures = {}
    for name in SETS:
        path = Path(data_dir or default_eval_data()) / name
        if not path.exists():
            console.print(f"[yellow]{path}: not found, skipped[/]")
            continue
        docs = load_gold(path, limit)
        gold = [{(e["start"], e["end"], e["type"]) for e in d["entities"] if e["type"] in TYPES} for d in docs]
        ours = [newsgraph_spans(d["text"], res) for d in docs]
        bare = [slovnet_spans(d["text"], res) for d in docs]
        figures[name] = {"documents": len(docs), "newsgraph": score(gold, ours), "slovnet": score(gold, bare)}
        console.print(_table(name, figures[name]))
    return figures


def _table(name: str, fig: dict) -> Table:
    rows = [(t, fig["newsgraph"][t], fig["slovnet"][t]) for t in (*TYPES, "micro")]
    return side_by_side(f"{name}: {fig['documents']} documents, exact-span NER", rows, "slovnet")
