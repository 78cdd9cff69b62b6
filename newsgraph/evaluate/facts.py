"""Quality of the facts stage: money, quantities and dates.

(a) Accuracy on the project's labelled sentences (`tests/data/facts/*.jsonl`): a gold
item counts as right when a prediction overlaps it and every field agrees (money:
amount, currency, approx; quantity: value, unit, qualifier; date: value, relative).
(b) MONEY and DATE on the NEREL dev set, overlap match, beside Natasha's own
`MoneyExtractor` and `DatesExtractor` run over the same texts.
"""
from __future__ import annotations

import json
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from newsgraph.doc import Document
from newsgraph.evaluate.common import side_by_side
from newsgraph.resources import Resources, get_resources
from newsgraph.evaluate.paths import default_eval_data, labelled as labelled_dir

NEREL = "nerel-dev.jsonl"
PARTS = ("dev", "held", "all")
# What must agree for an item to be right, per kind.
FIELDS = {"money": ("amount", "currency", "approx"),
          "quantities": ("value", "unit", "qualifier"),
          "dates": ("value", "relative")}
LABELLED_FILES = {"money_quantities.jsonl": ("money", "quantities"), "dates.jsonl": ("dates",)}


def analyse(text: str, res: Resources, published: str | None = None) -> Document:
    """A Document of `text` (every non-blank line is body) through segmentation and facts."""
    from newsgraph.pipeline import Pipeline

    return Pipeline(res, whole=True, stages=FACT_STAGES)(Document(id="eval", text=text, published=published))


# The facts stage reads the tokens of the segmentation and nothing later stages fill.
FACT_STAGES = ("clean", "segment", "facts")


def load_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def gold_spans(text: str, items: list[dict]) -> list[tuple[int, int]]:
    """Where each gold item's `text` stands, taking repeated strings in order."""
    spans, taken = [], {}
    for item in items:
        s = text.find(item["text"], taken.get(item["text"], 0))
        if s < 0:
            raise ValueError(f"{item['text']!r} is not in {text!r}")
        taken[item["text"]] = s + len(item["text"])
        spans.append((s, s + len(item["text"])))
    return spans


def _same(gold: dict, pred: dict, names: tuple[str, ...]) -> bool:
    for name in names:
        g, p = gold.get(name), pred.get(name)
        if isinstance(g, (int, float)) and isinstance(p, (int, float)) and not isinstance(g, bool):
            if abs(g - p) > 1e-9 * max(1.0, abs(g)):
                return False
        elif g != p:
            return False
    return True


def score_row(row: dict, doc: Document, kind: str) -> dict:
    """Counts for one labelled sentence: gold items, right ones, predictions that
    overlap no gold item, and the misses for the report."""
    gold = row.get(kind, [])
    preds = [_as_dict(p) for p in getattr(doc, kind)]
    spans = gold_spans(row["text"], gold)
    right, misses, used = 0, [], set()
    for item, (s, e) in zip(gold, spans):
        match = None
        for n, p in enumerate(preds):
            if n not in used and p["start"] < e and s < p["end"]:
                match = n
                if _same(item, p, FIELDS[kind]):
                    break
        if match is not None:
            used.add(match)
        if match is not None and _same(item, preds[match], FIELDS[kind]):
            right += 1
        else:
            misses.append({"text": row["text"], "gold": item,
                           "pred": preds[match] if match is not None else None})
    spurious = [p for n, p in enumerate(preds)
                if n not in used and not any(p["start"] < e and s < p["end"] for s, e in spans)]
    for p in spurious:
        misses.append({"text": row["text"], "gold": None, "pred": p})
    return {"gold": len(gold), "right": right, "spurious": len(spurious), "misses": misses}


def _as_dict(record) -> dict:
    return {name: getattr(record, name) for name in record.__slots__}


def evaluate_labelled(labelled_dir: Path, res: Resources) -> dict:
    """Accuracy per kind and part (dev, held, all) on the labelled sentences."""
    figures: dict = {}
    misses: list = []
    for name, kinds in LABELLED_FILES.items():
        path = labelled_dir / name
        if not path.exists():
            continue
        for row in load_jsonl(path):
            doc = analyse(row["text"], res, row.get("published"))
            for kind in kinds:
                counts = score_row(row, doc, kind)
                misses.extend(dict(m, kind=kind, part=row.get("part", "dev")) for m in counts["misses"])
                for part in (row.get("part", "dev"), "all"):
                    cell = figures.setdefault(kind, {}).setdefault(
                        part, {"rows": 0, "gold": 0, "right": 0, "spurious": 0})
                    cell["rows"] += 1
                    for key in ("gold", "right", "spurious"):
                        cell[key] += counts[key]
    for kind in figures.values():
        for cell in kind.values():
            cell["accuracy"] = round(cell["right"] / cell["gold"], 4) if cell["gold"] else None
            found = cell["right"] + cell["spurious"]
            cell["precision"] = round(cell["right"] / found, 4) if found else None
    return {"figures": figures, "misses": misses}


def overlap_score(gold: list[list[tuple[int, int]]], pred: list[list[tuple[int, int]]]) -> dict:
    """Precision, recall and F1 where a prediction is right when it overlaps a gold span
    and a gold span is found when some prediction overlaps it."""
    good_pred = n_pred = found_gold = n_gold = 0
    for g, p in zip(gold, pred):
        n_pred += len(p)
        n_gold += len(g)
        good_pred += sum(1 for ps, pe in p if any(ps < ge and gs < pe for gs, ge in g))
        found_gold += sum(1 for gs, ge in g if any(ps < ge and gs < pe for ps, pe in p))
    precision = good_pred / n_pred if n_pred else 0.0
    recall = found_gold / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
            "gold": n_gold, "predicted": n_pred}


def evaluate_nerel(path: Path, res: Resources, limit: int | None = None) -> dict:
    """MONEY and DATE on NEREL, newsgraph beside Natasha's extractors, overlap match."""
    from natasha import DatesExtractor, MoneyExtractor

    from newsgraph.facts import extract_facts
    from newsgraph.pipeline import Pipeline

    pipeline = Pipeline(res, whole=True, stages=FACT_STAGES)
    money_x, dates_x = MoneyExtractor(res.morph), DatesExtractor(res.morph)
    docs = load_jsonl(path)[:limit]
    gold = {t: [[(e["start"], e["end"]) for e in d["entities"] if e["type"] == t] for d in docs]
            for t in ("MONEY", "DATE")}
    ours = {"MONEY": [], "DATE": []}
    theirs = {"MONEY": [], "DATE": []}
    seconds = {"segment": 0.0, "facts": 0.0, "natasha": 0.0}
    for d in docs:
        t0 = time.perf_counter()
        doc = pipeline(Document(id=d["id"], text=d["text"]), until="segment")
        t1 = time.perf_counter()
        extract_facts(doc, res)
        t2 = time.perf_counter()
        theirs["MONEY"].append([(m.start, m.stop) for m in money_x(d["text"])])
        theirs["DATE"].append([(m.start, m.stop) for m in dates_x(d["text"])])
        t3 = time.perf_counter()
        seconds["segment"] += t1 - t0
        seconds["facts"] += t2 - t1
        seconds["natasha"] += t3 - t2
        ours["MONEY"].append([(m.start, m.end) for m in doc.money])
        # a clock time with no day ("в 14:35", value T14:35) is NEREL's TIME, not a DATE
        ours["DATE"].append([(x.start, x.end) for x in doc.dates
                             if not ((x.value or "").startswith("T") and x.relative is None)])
    out = {"documents": len(docs), "seconds": {k: round(v, 2) for k, v in seconds.items()}}
    for t in ("MONEY", "DATE"):
        out[t] = {"newsgraph": overlap_score(gold[t], ours[t]), "natasha": overlap_score(gold[t], theirs[t])}
    return out


def run(data_dir: Path | None = None, console: Console | None = None, as_json: bool = False,
        limit: int | None = None, labels: Path | None = None) -> dict:
    """Score the facts stage on the labelled sentences and on NEREL (the first `limit`
    documents when given) and return the figures. Rich tables go to `console` unless
    `as_json`, in which case the caller prints the returned dict."""
    console = console or Console()
    res = get_resources()
    figures: dict = {}
    labelled = evaluate_labelled(labelled_dir("data", "facts", labels=labels), res)
    figures["labelled"] = labelled["figures"]
    figures["labelled_misses"] = labelled["misses"]
    path = Path(data_dir or default_eval_data()) / NEREL
    if path.exists():
        figures["nerel"] = evaluate_nerel(path, res, limit)
    elif not as_json:
        console.print(f"[yellow]{path}: not found, NEREL part skipped[/]")
    if not as_json:
        console.print(_labelled_table(figures["labelled"]))
        if "nerel" in figures:
            console.print(_nerel_table(figures["nerel"]))
    return figures


def _labelled_table(fig: dict) -> Table:
    table = Table(title="Facts on the labelled sentences (accuracy = all fields right)")
    table.add_column("kind")
    for part in PARTS:
        table.add_column(f"{part} items", justify="right")
        table.add_column(f"{part} acc", justify="right")
        table.add_column(f"{part} prec", justify="right")
    for kind in ("money", "quantities", "dates"):
        cells = []
        for part in PARTS:
            c = fig.get(kind, {}).get(part)
            if c is None:
                cells += ["-", "-", "-"]
                continue
            cells += [str(c["gold"]), _fmt(c["accuracy"]), _fmt(c["precision"])]
        table.add_row(kind, *cells)
    return table


def _nerel_table(fig: dict) -> Table:
    rows = [(t, fig[t]["newsgraph"], fig[t]["natasha"]) for t in ("MONEY", "DATE")]
    return side_by_side(f"NEREL dev: {fig['documents']} documents, overlap match", rows, "natasha")


def _fmt(x) -> str:
    return "-" if x is None else f"{x:.3f}"
