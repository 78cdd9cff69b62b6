"""NER quality on the public dev sets: newsgraph's entity stage beside bare slovnet.

Both systems see the same texts; a prediction is right when (start, end, type) equals a gold
span (exact whole-span match), per type PER / LOC / ORG and micro-averaged. factRuEval's gold is
a flat layer (of nested spans the outer or earlier was kept, see the data's README), so on it
each system's spans are reduced by the same rule before they are compared: a place inside an
organisation's name ("Московский" in "Московский университет") is neither right nor wrong
there. NEREL keeps nested spans, and so is compared as predicted.
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
# Sets whose gold keeps one layer of spans with no nesting.
FLAT_SETS = frozenset({"factrueval-dev.jsonl"})
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


def flatten(spans: set[tuple[int, int, str]]) -> set[tuple[int, int, str]]:
    """The spans as one flat layer, the way the flat gold sets were made: sorted by start,
    longest first, a span that overlaps the last kept one dropped.

    >>> sorted(flatten({(0, 20, "ORG"), (0, 10, "LOC"), (15, 25, "PER"), (30, 35, "LOC")}))
    [(0, 20, 'ORG'), (30, 35, 'LOC')]
    """
    out: list[tuple[int, int, str]] = []
    for span in sorted(spans, key=lambda s: (s[0], -s[1], s[2])):
        if out and span[0] < out[-1][1]:
            continue
        out.append(span)
    return set(out)


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
        fig = {"documents": len(docs)}
        if name in FLAT_SETS:
            # also as predicted, for comparison with figures taken before the reduction
            fig["newsgraph_nested"] = score(gold, ours)
            ours, bare = [flatten(x) for x in ours], [flatten(x) for x in bare]
        fig.update(newsgraph=score(gold, ours), slovnet=score(gold, bare))
        figures[name] = fig
        console.print(_table(name, fig))
        if "newsgraph_nested" in fig:
            nested = ", ".join(f"{t} {fig['newsgraph_nested'][t]['f1']:.3f}" for t in TYPES)
            console.print(f"{name}: newsgraph F1 with nested spans counted as predicted: {nested}")
    return figures


def _table(name: str, fig: dict) -> Table:
    rows = [(t, fig["newsgraph"][t], fig["slovnet"][t]) for t in (*TYPES, "micro")]
    return side_by_side(f"{name}: {fig['documents']} documents, exact-span NER", rows, "slovnet")
