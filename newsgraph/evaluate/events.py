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
import re
from collections import Counter
from pathlib import Path

from rich.console import Console
from rich.table import Table

from newsgraph.doc import Document
from newsgraph.evaluate.paths import default_eval_data
from newsgraph.evaluate.paths import labelled as labelled_dir
from newsgraph.resources import Resources, get_resources
from newsgraph.russian import acronym, fold, same_but_ending

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
            best = max(options, key=lambda p: _overlap(g["actors"], p["actors"], p.get("forms")))
            free.remove(best)
            pairs.append((g, best))
    return pairs


def _overlap(gold: list[str], pred: list[str], forms: dict[str, set[str]] | None = None) -> int:
    left = list(pred)
    n = 0
    for name in gold:
        hit = next((p for p in left if same_actor(name, p, forms)), None)
        if hit is not None:
            left.remove(hit)
            n += 1
    return n


def _prf(right: int, predicted: int, gold: int) -> dict:
    p = right / predicted if predicted else None
    r = right / gold if gold else None
    f = 2 * p * r / (p + r) if p and r else 0.0 if p is not None and r is not None else None
    return {"right": right, "predicted": predicted, "gold": gold, "precision": p, "recall": r, "f1": f}


# --- published news: tests/data/events_real/*.jsonl, texts from the public evaluation sets -------

VIOLENT = frozenset({"18", "19", "20"})


def load_real(data_dir: Path | None, labels: Path | None = None) -> dict[str, list[dict]]:
    """The labelled real documents by set (`dev`, `heldout`), each with its `text` read from
    the public evaluation file it names; a set whose texts are absent is left out."""
    folder = labelled_dir("data", "events_real", labels=labels)
    eval_dir = Path(data_dir) if data_dir and (Path(data_dir) / "nerel-dev.jsonl").exists() else default_eval_data()
    texts: dict[tuple[str, str], str] = {}
    sets = {}
    for path in sorted(folder.glob("*.jsonl")):
        items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        for name in {i["file"] for i in items} - {f for f, _ in texts}:
            source = eval_dir / name
            if source.exists():
                with source.open(encoding="utf-8") as fh:
                    texts.update(((name, d["id"]), d["text"]) for d in map(json.loads, fh))
        items = [dict(i, text=texts[(i["file"], i["id"])]) for i in items if (i["file"], i["id"]) in texts]
        if items:
            sets[path.stem] = items
    return sets


def predict_real(text: str, res: Resources) -> list[dict]:
    """Events of a published text, with names for actors, source, target and place."""
    from newsgraph.pipeline import Pipeline

    doc = Pipeline(res, whole=True)(Document(id="eval", text=text))
    names = [e.name for e in doc.entities]
    forms = _entity_forms(doc)
    return [{"type": e.type, "cameo_root": e.cameo_root, "modality": e.modality,
             "actors": [names[i] for i in e.actors], "source": [names[i] for i in e.source],
             "target": [names[i] for i in e.target], "place": names[e.place] if e.place is not None else None,
             "date": e.date, "mentions": e.mentions or [[e.start, e.end]],
             "forms": {names[i]: forms[i] for i in e.actors}} for e in doc.events]


def _entity_forms(doc: Document) -> list[set[str]]:
    """Each entity's name and the normal and written forms of its mentions, without a name
    in brackets ("Микаэль Арпон (Mickaël Harpon)"): an actor is judged by which entity it
    is, not by how the entity stage inflected or wrote its name."""
    forms = [{_unbracket(e.name)} for e in doc.entities]
    for m in doc.mentions:
        if m.entity is not None:
            forms[m.entity] |= {_unbracket(m.normal or m.text), _unbracket(m.text)}
    # An organisation as written with the place it is of: "Верховный суд Бангладеша".
    for m, n in zip(doc.mentions, doc.mentions[1:]):
        if m.entity is not None and m.type == "ORG" and n.type == "LOC" and doc.text[m.end:n.start] == " ":
            forms[m.entity].add(doc.text[m.start:n.end])
    return forms


def _unbracket(name: str) -> str:
    return re.sub(r"\s*\([^)]*\)", "", name or "").strip()


def same_actor(gold: str, name: str, forms: dict[str, set[str]] | None) -> bool:
    """A gold name and a predicted actor: the same name (`same_name`), or a form of the
    actor's entity whose words agree with the gold's but for inflected endings ("Печерского"
    for "Михаил Печерский", "Братья-мусульман" for "Братья-мусульмане").

    >>> same_actor("Михаил Печерский", "Печерского", None), same_actor("МИД", "МИД Казахстана", None)
    (True, False)
    """
    for form in (forms or {}).get(name) or {name}:
        if same_name(gold, form) or _inflected(fold(gold).split(), fold(form).split()):
            return True
        if form.isupper() and " " not in form and acronym(gold) == fold(form):
            return True  # "ПНС" for "Переходный национальный совет"
    return False


def _inflected(a: list[str], b: list[str]) -> bool:
    if len(b) == 1 and len(a) > 1:
        a = a[-1:]
    if len(a) != len(b):
        return False
    return all(same_but_ending(x, y) for x, y in zip(a, b))


def _overlaps(a: list, b: list) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


def _pair(gold: list[dict], pred: list[dict], same_root: bool) -> list[tuple[dict, dict]]:
    return _match(gold, pred, lambda g, p: _overlaps(g["mentions"], p["mentions"])
                  and (not same_root or p["cameo_root"] == g["cameo_root"]))


def _actors_right(gold: dict, pred: dict) -> bool:
    """Every actor of a matched event right: the same number, each gold one found."""
    return _overlap(gold["actors"], pred["actors"], pred.get("forms")) == len(gold["actors"]) == len(pred["actors"])


def _side_right(gold: list[str], pred: list[str], forms: dict[str, set[str]] | None = None) -> bool:
    return bool(pred) and any(same_actor(g, pred[0], forms) for g in gold) if gold else not pred


def score_real(items: list[dict], res: Resources) -> dict:
    """Root + sentence matching on real documents: a predicted event matches a gold event of
    the same CAMEO root one of whose mentions it overlaps (one to one). Over the matched pairs:
    all actors right, source and target right (the first predicted names one of the gold's),
    place, date and modality right; a confusion of roots by overlapping mention; violent
    codes (18-20) predicted with no violent gold event there, and any event predicted on a
    document with no political interaction."""
    c, confusion, wrong_violence = Counter(), Counter(), []
    for item in items:
        gold, pred = item["events"], predict_real(item["text"], res)
        pairs = _pair(gold, pred, same_root=True)
        c["gold"] += len(gold)
        c["predicted"] += len(pred)
        c["matched"] += len(pairs)
        for g, p in pairs:
            f = p.get("forms")
            c["actors_right"] += _actors_right(g, p)
            c["source_right"] += _side_right(g["source"], p["source"], f)
            c["target_right"] += _side_right(g["target"], p["target"], f)
            c["modality_right"] += g["modality"] == p["modality"]
            if g["place"] is not None:
                c["gold_places"] += 1
                c["places_right"] += same_name(g["place"], p["place"])
            if g["date"] is not None:
                c["gold_dates"] += 1
                c["dates_right"] += g["date"] == p["date"]
        loose = _pair(gold, pred, same_root=False)
        for g, p in loose:
            confusion[(g["cameo_root"], p["cameo_root"])] += 1
        confusion.update((g["cameo_root"], "-") for g in gold if all(g is not x for x, _ in loose))
        confusion.update(("-", p["cameo_root"]) for p in pred if all(p is not y for _, y in loose))
        for p in pred:
            if p["cameo_root"] in VIOLENT and not any(
                    g["cameo_root"] in VIOLENT and _overlaps(g["mentions"], p["mentions"]) for g in gold):
                wrong_violence.append(f"{item['id']}: {p['cameo_root']} "
                                      f"{item['text'][p['mentions'][0][0]:p['mentions'][0][1]][:80]!r}")
        if not item.get("political", True):
            c["calm_docs"] += 1
            c["calm_events"] += len(pred)
            c["calm_violent"] += sum(p["cameo_root"] in VIOLENT for p in pred)
    m = c["matched"]
    return {
        "texts": len(items),
        "events": _prf(m, c["predicted"], c["gold"]),
        "actors": _ratio(c["actors_right"], m), "source": _ratio(c["source_right"], m),
        "target": _ratio(c["target_right"], m), "modality": _ratio(c["modality_right"], m),
        "place": _ratio(c["places_right"], c["gold_places"]), "date": _ratio(c["dates_right"], c["gold_dates"]),
        "confusion": {f"{g}>{p}": n for (g, p), n in sorted(confusion.items())},
        "violent_without_violence": wrong_violence,
        "no_interaction_docs": {"texts": c["calm_docs"], "events": c["calm_events"], "violent": c["calm_violent"]},
    }


def _ratio(right: int, total: int) -> dict:
    return {"right": right, "total": total, "accuracy": right / total if total else None}


_SIDES = ("actors", "source", "target", "modality", "place", "date")


def combine_real(parts: dict[str, dict]) -> dict:
    """The figures of several real sets as one: counts summed, ratios taken again."""
    parts = list(parts.values())
    events = {k: sum(f["events"][k] for f in parts) for k in ("right", "predicted", "gold")}
    confusion = Counter()
    for f in parts:
        confusion.update(f["confusion"])
    calm = {k: sum(f["no_interaction_docs"][k] for f in parts) for k in ("texts", "events", "violent")}
    return {"texts": sum(f["texts"] for f in parts),
            "events": _prf(events["right"], events["predicted"], events["gold"]),
            **{k: _ratio(sum(f[k]["right"] for f in parts), sum(f[k]["total"] for f in parts)) for k in _SIDES},
            "confusion": dict(sorted(confusion.items())),
            "violent_without_violence": [line for f in parts for line in f["violent_without_violence"]],
            "no_interaction_docs": calm}


def misses_real(items: list[dict], res: Resources) -> list[str]:
    """One line per error of the root + sentence pairing: a gold event with no predicted
    event (`miss`), a predicted event with none in the gold (`extra`), and a matched event
    whose actors differ (`actors`), each with its first mention's words."""
    out = []
    for item in items:
        gold, pred = item["events"], predict_real(item["text"], res)
        pairs = _pair(gold, pred, same_root=True)

        def words(e: dict) -> str:
            start, end = e["mentions"][0]
            return " ".join(item["text"][start:end].split())[:110]

        for g, p in pairs:
            if not _actors_right(g, p):
                out.append(f"{item['id']}: actors {g['cameo_root']} gold {g['source']} -> {g['target']}, "
                           f"got {p['source']} -> {p['target']}: {words(g)}")
        out += [f"{item['id']}: extra {p['cameo_root']} {p['type']} {p['modality']} {p['source']} -> "
                f"{p['target']}: {words(p)}" for p in pred if all(p is not y for _, y in pairs)]
        out += [f"{item['id']}: missed {g['cameo_root']} {g['type']} {g['source']} -> {g['target']}: {words(g)}"
                for g in gold if all(g is not x for x, _ in pairs)]
    return out


def _print_real(console: Console, figures: dict) -> None:
    table = Table(title="Events on published news (root + sentence)")
    for col in ("set", "texts", "P / R / F1", "actors", "source", "target", "place", "date", "modality",
                "violent w/o violence", "no-interaction docs: events"):
        table.add_column(col, justify="right")
    for name, f in figures.items():
        e = f["events"]
        acc = [f"{_fmt(f[k]['accuracy'])} ({f[k]['right']}/{f[k]['total']})"
               for k in ("actors", "source", "target", "place", "date", "modality")]
        calm = f["no_interaction_docs"]
        table.add_row(name, str(f["texts"]), " / ".join(_fmt(e[k]) for k in ("precision", "recall", "f1")), *acc,
                      str(len(f["violent_without_violence"])), f"{calm['events']} in {calm['texts']}")
    console.print(table)
    for name, f in figures.items():
        roots = sorted({r for key in f["confusion"] for r in key.split(">")})
        conf = Table(title=f"{name}: gold root (rows) by predicted root (columns), by overlapping mention")
        conf.add_column("gold")
        for r in roots:
            conf.add_column(r, justify="right")
        for g in roots:
            conf.add_row(g, *(str(f["confusion"].get(f"{g}>{p}", "")) for p in roots))
        console.print(conf)
        for line in f["violent_without_violence"]:
            console.print(f"  violent code without violence: {line}", markup=False, highlight=False)


def run(data_dir: Path | None, console: Console | None = None, as_json: bool = False,
        limit: int | None = None, labels: Path | None = None) -> dict:
    """Score the events stage on the labelled published news first (`events_real`), then on
    each invented labelled set and all of them together; print Rich tables and the first
    misses (unless `as_json`) and return the figures by set (the real ones under "real")."""
    console = console or Console()
    res = get_resources()
    real = {name: score_real(items[:limit] if limit else items, res)
            for name, items in load_real(data_dir, labels).items()}
    if len(real) > 1:
        real = {"all": combine_real(real), **real}
    if real and not as_json:
        _print_real(console, real)
    sets = {name: items[:limit] if limit else items for name, items in load_labelled(data_dir, labels).items()}
    figures, all_misses = {}, []
    for name, items in sets.items():
        figures[name], misses = score(items, res)
        all_misses += misses
    if len(sets) > 1:
        figures["all"], _ = _combine(figures)
    if real:
        figures["real"] = real
    if as_json:
        return figures
    table = Table(title="Events on the invented labelled texts (P / R / F1)")
    table.add_column("set")
    table.add_column("texts", justify="right")
    for _, label in _ROWS:
        table.add_column(label, justify="right")
    for name, f in figures.items():
        if name == "real":
            continue
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


def main(argv: list[str] | None = None) -> None:
    """`python -m newsgraph.evaluate.events --misses [--part P]`: each labelled real event
    missed, each event predicted beyond the labels, and each matched event with other actors."""
    import argparse

    sets = load_real(None)
    parser = argparse.ArgumentParser(prog="python -m newsgraph.evaluate.events")
    parser.add_argument("--misses", action="store_true", help="list the errors on the labelled published news")
    parser.add_argument("--part", action="append", choices=sorted(sets), default=[],
                        help="only this part of the real-news set (repeatable)")
    args = parser.parse_args(argv)
    console = Console(highlight=False, width=200)
    if not args.misses:
        run(None, console)
        return
    res = get_resources()
    for name in args.part or sets:
        for line in misses_real(sets[name], res):
            console.print(f"{name} {line}", markup=False)


if __name__ == "__main__":
    main()
