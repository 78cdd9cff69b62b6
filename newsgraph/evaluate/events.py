"""Quality of the events stage on the project's labelled texts (`tests/data/events/*.jsonl`).

Each text runs through the whole pipeline as clean article text. A predicted event matches a
gold event of the same type and CAMEO root (one to one, preferring the pair that shares most
actors). Reported: precision and recall of events by type + root, and by root alone; of actors
(a predicted actor is right when its event matched and the gold event names the same entity);
and of places (likewise). Names compare without case and with ё as е; a one-word name
matches a person's full name by surname ("Токаев" ~ "Касым-Жомарт Токаев").
"""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from rich.console import Console
from rich.table import Table

from newsgraph.doc import Document
from newsgraph.evaluate.paths import labelled as labelled_dir
from newsgraph.resources import Resources, get_resources
from newsgraph.russian import fold

SHOW_MISSES = 12


def load_labelled(data_dir: Path | None, labels: Path | None = None) -> dict[str, list[dict]]:
    """The labelled texts by file stem: `data_dir/events/*.jsonl` or `data_dir/*.jsonl` when
    they hold records with an "events" key, else the project's own sets."""
    for folder in (Path(data_dir) / "events", Path(data_dir)) if data_dir else ():
        files = sorted(folder.glob("*.jsonl")) if folder.is_dir() else []
        if files and _holds_events(files[0]):
            break
    else:
        files = sorted(labelled_dir("data", "events", labels=labels).glob("*.jsonl"))
    sets = {}
    for path in files:
        with path.open(encoding="utf-8") as fh:
            sets[path.stem] = [json.loads(line) for line in fh if line.strip()]
    return sets


def _holds_events(path: Path) -> bool:
    with path.open(encoding="utf-8") as fh:
        first = fh.readline()
    try:
        return "events" in json.loads(first)
    except ValueError:
        return False


def predict(text: str, res: Resources) -> list[dict]:
    """Events of `text` through the pipeline, with actors and place as entity names."""
    from newsgraph.pipeline import Pipeline

    doc = Pipeline(res, whole=True)(Document(id="eval", text=text))
    names = [e.name for e in doc.entities]
    return [{"type": e.type, "cameo_root": e.cameo_root, "actors": [names[i] for i in e.actors],
             "place": names[e.place] if e.place is not None else None} for e in doc.events]


def same_name(a: str | None, b: str | None) -> bool:
    """Names of one entity, up to case, ё and a surname given alone.

    >>> same_name("Токаев", "Касым-Жомарт Токаев"), same_name("Кишинёв", "кишинев")
    (True, True)
    """
    if a is None or b is None:
        return a is b
    a, b = (fold(n).split() for n in (a, b))
    if a == b:
        return True
    return (len(a) == 1 or len(b) == 1) and a[-1] == b[-1]


def score(items: list[dict], res: Resources) -> tuple[dict, list[dict]]:
    """Counts and figures over the labelled items, and the items whose events differ."""
    c = Counter()
    misses = []
    for item in items:
        gold, pred = item["events"], predict(item["text"], res)
        pairs = _match(gold, pred, lambda g, p: (g["type"], g["cameo_root"]) == (p["type"], p["cameo_root"]))
        roots = _match(gold, pred, lambda g, p: g["cameo_root"] == p["cameo_root"])
        c["gold"] += len(gold)
        c["predicted"] += len(pred)
        c["matched"] += len(pairs)
        c["root_matched"] += len(roots)
        c["gold_actors"] += sum(len(g["actors"]) for g in gold)
        c["predicted_actors"] += sum(len(p["actors"]) for p in pred)
        c["gold_places"] += sum(g["place"] is not None for g in gold)
        c["predicted_places"] += sum(p["place"] is not None for p in pred)
        for g, p in pairs:
            c["actors_right"] += _overlap(g["actors"], p["actors"])
            c["places_right"] += g["place"] is not None and same_name(g["place"], p["place"])
        wrong = len(pairs) != len(gold) or len(pairs) != len(pred) or any(
            _overlap(g["actors"], p["actors"]) != len(g["actors"]) or len(g["actors"]) != len(p["actors"])
            or not same_name(g["place"], p["place"]) for g, p in pairs)
        if wrong:
            misses.append({"id": item.get("id"), "text": item["text"], "gold": gold, "predicted": pred})
    figures = {
        "texts": len(items),
        "events": _prf(c["matched"], c["predicted"], c["gold"]),
        "cameo_root": _prf(c["root_matched"], c["predicted"], c["gold"]),
        "actors": _prf(c["actors_right"], c["predicted_actors"], c["gold_actors"]),
        "place": _prf(c["places_right"], c["predicted_places"], c["gold_places"]),
        "texts_all_right": len(items) - len(misses),
    }
    return figures, misses


def _match(gold: list[dict], pred: list[dict], same) -> list[tuple[dict, dict]]:
    pairs, free = [], list(pred)
    for g in gold:
        options = [p for p in free if same(g, p)]
        if options:
            best = max(options, key=lambda p: _overlap(g["actors"], p["actors"]))
            free.remove(best)
            pairs.append((g, best))
    return pairs


def _overlap(gold: list[str], pred: list[str]) -> int:
    left = list(pred)
    n = 0
    for name in gold:
        hit = next((p for p in left if same_name(name, p)), None)
        if hit is not None:
            left.remove(hit)
            n += 1
    return n


def _prf(right: int, predicted: int, gold: int) -> dict:
    p = right / predicted if predicted else None
    r = right / gold if gold else None
    f = 2 * p * r / (p + r) if p and r else 0.0 if p is not None and r is not None else None
    return {"right": right, "predicted": predicted, "gold": gold, "precision": p, "recall": r, "f1": f}


def run(data_dir: Path | None, console: Console | None = None, as_json: bool = False,
        limit: int | None = None, labels: Path | None = None) -> dict:
    """Score the events stage on each labelled set and on all of them together; print a Rich
    table and the first misses (unless `as_json`) and return the figures by set."""
    console = console or Console()
    res = get_resources()
    sets = {name: items[:limit] if limit else items for name, items in load_labelled(data_dir, labels).items()}
    figures, all_misses = {}, []
    for name, items in sets.items():
        figures[name], misses = score(items, res)
        all_misses += misses
    if len(sets) > 1:
        figures["all"], _ = _combine(figures)
    if as_json:
        return figures
    table = Table(title="Events on the labelled texts (P / R / F1)")
    table.add_column("set")
    table.add_column("texts", justify="right")
    for _, label in _ROWS:
        table.add_column(label, justify="right")
    for name, f in figures.items():
        table.add_row(name, f"{f['texts']} ({f['texts_all_right']} right)",
                      *(" / ".join(_fmt(f[key][k]) for k in ("precision", "recall", "f1")) for key, _ in _ROWS))
    console.print(table)
    for m in all_misses[:SHOW_MISSES]:
        console.print(f"{m['id']} {m['text']}", markup=False, highlight=False)
        console.print(f"    gold: {_brief(m['gold'])}\n    got:  {_brief(m['predicted'])}",
                      markup=False, highlight=False)
    return figures


_ROWS = (("events", "type + root"), ("cameo_root", "root"), ("actors", "actors"), ("place", "place"))


def _combine(figures: dict) -> tuple[dict, None]:
    out = {"texts": sum(f["texts"] for f in figures.values()),
           "texts_all_right": sum(f["texts_all_right"] for f in figures.values())}
    for key, _ in _ROWS:
        right, predicted, gold = (sum(f[key][k] for f in figures.values()) for k in ("right", "predicted", "gold"))
        out[key] = _prf(right, predicted, gold)
    return out, None


def _brief(events: list[dict]) -> str:
    return "; ".join(f"{e['type']} {e['cameo_root']} {e['actors']} @{e['place']}" for e in events) or "-"


def _fmt(x) -> str:
    return "-" if x is None else f"{x:.3f}"
