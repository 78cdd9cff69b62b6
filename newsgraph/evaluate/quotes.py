"""Quality of the quote stage on the project's labelled sets.

The main set is real published news (`tests/data/quotes_real/`): factRuEval-2016 and NEREL dev
texts kept in the shared evaluation folder, with each quotation's offsets, kind, speaker, cue and
how the text refers to the speaker (`refer`); see docs/quotes.md. Figures are given for the
tuning part and for each first-contact batch (labelled after the code was frozen), by kind and by
`refer`. The secondary set is the older invented texts (`tests/data/quotes/*.json`).

Each invented file holds one text and its quotations: where the content starts and ends (`starts`,
`ends`: the first and last words), `kind`, `speaker` (the entity's name, a list of
acceptable names, or null) and `cue`. A predicted quotation matches a gold one of the same
kind whose span it overlaps by at least half of the longer of the two. Speaker precision
counts predicted quotations that match and name a speaker; speaker recall counts gold
quotations that have one. Figures are given for the development texts, the held-out
texts written after the stage worked, and both.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from rich.console import Console
from rich.table import Table

from newsgraph.doc import Document
from newsgraph.evaluate.paths import default_eval_data, labelled as labelled_dir
from newsgraph.russian import fold, same_but_ending

SEED_PAGE = default_eval_data().parents[1] / "examples" / "seed" / "000_3aea3366a85cbd5f.txt"
SPLITS = ("dev", "heldout", "heldout2")
REAL_PARTS = ("tuning", "first_contact", "first_contact2", "first_contact3", "first_contact4", "first_contact5",
              "first_contact6", "first_contact7", "first_contact8", "first_contact9",
              "first_contact10", "first_contact11", "first_contact12", "first_contact13",
              "first_contact14", "first_contact15", "first_contact16",
              "first_contact17", "first_contact18", "first_contact19", "first_contact20",
              "first_contact21")
REFERS = ("name", "pronoun", "role", "carry", "none")
MIN_OVERLAP = 0.5


@dataclass
class Tally:
    """Counts behind the figures of one part of the set."""

    texts: int = 0
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    speaker_predicted: int = 0  # matched predictions naming a speaker
    speaker_right: int = 0  # ... whose speaker is the gold one
    speaker_gold: int = 0  # gold quotations with a speaker
    speaker_found: int = 0  # ... matched by a prediction with the right speaker
    cue_right: int = 0
    misses: list[str] = field(default_factory=list)
    parts: dict[str, "Tally"] = field(default_factory=dict)  # by kind and by how the speaker is referred to

    COUNTS = ("texts", "gold", "predicted", "matched", "speaker_predicted", "speaker_right",
              "speaker_gold", "speaker_found", "cue_right")

    def add(self, other: "Tally") -> None:
        for name in self.COUNTS:
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.misses.extend(other.misses)
        for key, part in other.parts.items():
            self.part(key).add(part)

    def part(self, key: str) -> "Tally":
        return self.parts.setdefault(key, Tally())

    def figures(self) -> dict:
        def ratio(a: int, b: int) -> float:
            return round(a / b, 3) if b else 0.0
        return {"texts": self.texts, "gold": self.gold, "predicted": self.predicted,
                "span_precision": ratio(self.matched, self.predicted),
                "span_recall": ratio(self.matched, self.gold),
                "speaker_precision": ratio(self.speaker_right, self.speaker_predicted),
                "speaker_recall": ratio(self.speaker_found, self.speaker_gold),
                "cue_accuracy": ratio(self.cue_right, self.matched)}


def load_labelled(folder: Path | None = None) -> list[dict]:
    """The labelled texts, in file-name order (floor.json and other non-text files skipped)."""
    folder = folder or labelled_dir("data", "quotes")
    out = []
    for path in sorted(folder.glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(record, dict) and "text" in record and "quotes" in record:
            out.append(record)
    return out


def analyse_text(text: str, res) -> Document:
    """A Document of `text` (every line is body) through segmentation, entities and quotes."""
    from newsgraph.pipeline import Pipeline

    return Pipeline(res, whole=True)(Document(id="eval", text=text), until="quotes")


def load_real(folder: Path | None = None, data: Path | None = None) -> list[dict]:
    """The real-news records (text joined from the evaluation folder `data`), tuning part first;
    a document whose text is absent or changed is left out, and so is a part whose file is absent."""
    import hashlib

    folder = folder or labelled_dir("data", "quotes_real")
    data = Path(data) if data is not None else default_eval_data()
    texts: dict[tuple[str, str], str] = {}
    out = []
    for part in REAL_PARTS:
        path = folder / f"{part}.json"
        if not path.exists():
            continue
        for doc in json.loads(path.read_text(encoding="utf-8"))["documents"]:
            key = (doc["file"], doc["id"])
            if doc["file"] not in {f for f, _ in texts} and (data / doc["file"]).exists():
                for line in (data / doc["file"]).read_text(encoding="utf-8").splitlines():
                    row = json.loads(line)
                    texts[(doc["file"], row["id"])] = row["text"]
                texts.setdefault((doc["file"], ""), "")
            text = texts.get(key)
            if text is None or hashlib.sha1(text.encode()).hexdigest()[:12] != doc["sha1"]:
                continue
            out.append({"id": doc["id"], "split": part, "text": text, "quotes": doc["quotes"]})
    return out


def gold_spans(record: dict) -> list[tuple[int, int]]:
    """(start, end) of each gold quotation: its offsets, or from its `starts` to the end of its `ends`."""
    if record["quotes"] and "start" in record["quotes"][0]:
        return [(q["start"], q["end"]) for q in record["quotes"]]
    text = record["text"]
    out, pos = [], 0
    for q in record["quotes"]:
        start = text.find(q["starts"], pos)
        if start < 0:
            start = text.find(q["starts"])
        end = text.find(q["ends"], start) + len(q["ends"])
        out.append((start, end))
        pos = start + 1
    return out


def score_text(record: dict, doc: Document) -> Tally:
    """Compare the stage's quotations in `doc` with the record's gold ones; `parts` holds the
    same counts by kind ("direct", "indirect") and, for real news, by the gold quotation's
    `refer` ("name", "pronoun", ...; an extra prediction has none)."""
    golds = record["quotes"]
    tally = Tally(texts=1, gold=len(golds), predicted=len(doc.quotes))
    spans = gold_spans(record)
    free = set(range(len(golds)))

    def parts(gold: dict | None, kind: str) -> list[Tally]:
        out = [tally, tally.part(kind)]
        if gold is not None and gold.get("refer"):
            out.append(tally.part(gold["refer"]))
        return out

    for gold in golds:
        for t in parts(gold, gold["kind"])[1:]:
            t.gold += 1
            t.speaker_gold += gold["speaker"] is not None
    tally.speaker_gold = sum(g["speaker"] is not None for g in golds)
    for q in doc.quotes:
        tally.part(q.kind).predicted += 1
        best, best_share = None, 0.0
        for g in free:
            share = _overlap((q.start, q.end), spans[g])
            if golds[g]["kind"] == q.kind and share >= MIN_OVERLAP and share > best_share:
                best, best_share = g, share
        if best is None:
            tally.misses.append(f"{record['id']}: extra {q.kind} «{q.text[:50]}» ({q.cue})")
            continue
        free.discard(best)
        gold = golds[best]
        right = q.speaker is not None and _same_speaker(doc, q.speaker, gold["speaker"])
        for t in parts(gold, q.kind):
            t.matched += 1
            t.cue_right += _fold(q.cue) == _fold(gold["cue"])
            if q.speaker is not None:
                t.speaker_predicted += 1
                t.speaker_right += right
            if gold["speaker"] is not None:
                t.speaker_found += right
        if gold.get("refer"):
            tally.part(gold["refer"]).predicted += 1
        if not right and (q.speaker is not None or gold["speaker"] is not None):
            said = doc.entities[q.speaker].name if q.speaker is not None else None
            label = gold.get("starts") or record["text"][spans[best][0]:spans[best][0] + 30]
            tally.misses.append(f"{record['id']}: «{label}…» said by {gold['speaker']}, got {said}"
                                f" [{gold.get('refer', '')}]")
    for g in sorted(free):
        gold = golds[g]
        label = gold.get("starts") or record["text"][spans[g][0]:spans[g][0] + 40]
        tally.misses.append(f"{record['id']}: missed {gold['kind']} «{label}…» ({gold['cue']})"
                            f" [{gold.get('refer', '')}]")
    return tally


def evaluate(records: list[dict], res=None) -> dict[str, Tally]:
    """Tallies per split and for all records together."""
    from newsgraph.resources import get_resources

    res = res or get_resources()
    tallies = {name: Tally() for name in (*SPLITS, "all")}
    for record in records:
        tally = score_text(record, analyse_text(record["text"], res))
        tallies.setdefault(record.get("split", "dev"), Tally()).add(tally)
        tallies["all"].add(tally)
    return tallies


def measure_overhead(texts: list[tuple[str, bool]], res, repeats: int = 3) -> dict:
    """CPU seconds of the analysis (page separation and every registered stage) over
    `texts` ((text, whole) pairs), and the share the quote stage adds to the rest: the best
    of `repeats` runs, models loaded beforehand."""
    import time

    from newsgraph.pipeline import Pipeline

    pipelines = {whole: Pipeline(res, whole=whole).stages for whole in (False, True)}
    best_total = best_quotes = float("inf")
    for _ in range(repeats):
        total = quotes = 0.0
        for text, whole in texts:
            doc = Document(id="bench", text=text)
            started = time.process_time()
            for name, stage in pipelines[whole]:
                before = time.process_time()
                doc = stage(doc, res)
                if name == "quotes":
                    quotes += time.process_time() - before
            total += time.process_time() - started
        best_total, best_quotes = min(best_total, total), min(best_quotes, quotes)
    rest = best_total - best_quotes
    return {"documents": len(texts), "seconds_without_quotes": round(rest, 3),
            "seconds_of_quotes": round(best_quotes, 3),
            "overhead": round(best_quotes / rest, 4) if rest > 0 else 0.0}


def run(data_dir, console: Console, as_json: bool = False, limit: int | None = None,
        labels: Path | None = None, misses: bool = False, parts: tuple[str, ...] = ()) -> dict:
    """Score the quote stage on real news (the texts from `data_dir` or the shared evaluation
    folder; skipped with a note when absent) and on the invented texts, and print the tables.
    A `data_dir` holding invented quote files replaces the invented set. Returns the figures:
    {"real": {part: figures, with "by" kind and refer}, "invented": {split: figures}}. `parts`
    keeps only the real-news parts named ("first_contact3")."""
    from newsgraph.resources import get_resources

    res = get_resources()
    figures: dict = {}
    invented_dir = labelled_dir("data", "quotes", labels=labels)
    if data_dir is not None and any(Path(data_dir).glob("*.json")) and load_labelled(Path(data_dir)):
        invented_dir = Path(data_dir)
    else:
        real = load_real(labelled_dir("data", "quotes_real", labels=labels),
                         Path(data_dir) if data_dir is not None else None)
        real = [r for r in real if r["split"] in parts] if parts else real
        real = real[:limit] if limit else real
        if real:
            tallies = evaluate(real, res)
            figures["real"] = {name: _with_parts(t) for name, t in tallies.items() if t.texts}
            if not as_json:
                _print_real(console, figures["real"], len(real))
                if misses:
                    for line in tallies["all"].misses:
                        console.print(line, markup=False)
        elif not as_json:
            console.print("Real-news quotes skipped: the factRuEval/NEREL dev texts were not found "
                          "(name their folder with --data).")
    records = load_labelled(invented_dir)
    records = records[:limit] if limit else records
    tallies = evaluate(records, res)
    figures["invented"] = {name: t.figures() for name, t in tallies.items() if t.texts}
    if not as_json:
        table = Table(title=f"Quotes and speakers, invented texts ({len(records)} texts; secondary)")
        _columns(table, "split")
        for name, f in figures["invented"].items():
            _row(table, name, f)
        console.print(table)
    return figures


def _with_parts(tally: Tally) -> dict:
    out = tally.figures()
    out["by"] = {key: tally.parts[key].figures() for key in ("direct", "indirect", *REFERS) if key in tally.parts}
    return out


def _columns(table: Table, first: str) -> None:
    for column in (first, "texts", "gold", "pred", "span P", "span R", "spkr P", "spkr R", "cue"):
        table.add_column(column, justify="left" if column == first else "right", no_wrap=True)


def _row(table: Table, name: str, f: dict) -> None:
    table.add_row(name, str(f["texts"]) if f["texts"] else "", str(f["gold"]), str(f["predicted"]),
                  *(f"{f[k]:.3f}" for k in ("span_precision", "span_recall", "speaker_precision",
                                            "speaker_recall", "cue_accuracy")))


def _print_real(console: Console, figures: dict, count: int) -> None:
    table = Table(title=f"Quotes and speakers, published news ({count} texts)")
    _columns(table, "part")
    parts = [name for name in figures if name != "all"]
    for name, f in figures.items():
        if name == "all" and len(parts) < 2:
            continue
        _row(table, name, f)
        for key, sub in f["by"].items():
            # Span precision by refer counts matched predictions only (an extra one has no refer).
            _row(table, f"  {key}", {**sub, "texts": 0})
    console.print(table)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    longer = max(a[1] - a[0], b[1] - b[0])
    return inter / longer if longer > 0 else 0.0


def _fold(text: str | None) -> str:
    return fold(text).strip()


def _same_speaker(doc: Document, entity: int, gold) -> bool:
    """True when the entity is the gold speaker: by its name or by any of its mentions'
    forms, with a word's last two letters free ("Сейтказиевой" for "Сейтказиева"), so that
    the check is of attribution, not of how the entity stage inflected a name."""
    if gold is None:
        return False
    names = [_fold(n) for n in ([gold] if isinstance(gold, str) else gold)]
    forms = {_fold(re.sub(r"\s*\([^)]*\)", "", doc.entities[entity].name))}  # "Андреа Падована (Andrea Padovan)"
    forms |= {_fold(m.normal) for m in doc.mentions if m.entity == entity}
    forms |= {_fold(m.text) for m in doc.mentions if m.entity == entity}
    return any(_same_name(name, form) for name in names for form in forms)


def _same_name(gold: str, form: str) -> bool:
    """Same words, each agreeing but for an inflected ending; a surname alone stands for
    the full name (the entity stage may keep "Сейтказиева" apart from "Айгуль Сейтказиевой").

    >>> _same_name("айгуль сейтказиева", "айгуль сейтказиевой"), _same_name("мид", "мид казахстана")
    (True, False)
    >>> _same_name("эд гонзалес", "эда гонзалеса")
    True
    """
    a, b = gold.split(), form.split()
    if len(b) == 1 and len(a) > 1:
        a = a[-1:]
    if len(a) != len(b):
        return False
    return all(same_but_ending(x, y) or _declined(x, y)
               for x, y in zip(a, b))


def _declined(word: str, form: str) -> bool:
    """True for a short name ending in a consonant and one of its oblique forms ("эд",
    "эда"), which the two-letter rule above cannot tell from another name.

    >>> _declined("эд", "эда"), _declined("эд", "эдом"), _declined("эдда", "эд")
    (True, True, False)
    """
    return len(word) > 1 and word[-1] not in "аеиоуыэюяйь" and form.startswith(word) \
        and form[len(word):] in ("а", "я", "у", "ю", "ом", "ем", "е")


def main(argv: list[str] | None = None) -> None:
    """`python -m newsgraph.evaluate.quotes [--overhead N]`: the table, or the quote stage's
    share of the analysis time over the seed page and the labelled texts (best of N runs)."""
    import argparse

    from newsgraph.resources import get_resources

    parser = argparse.ArgumentParser(prog="python -m newsgraph.evaluate.quotes")
    parser.add_argument("--overhead", type=int, metavar="REPEATS", default=0,
                        help="time the analysis with and without the quote stage instead")
    parser.add_argument("--misses", action="store_true", help="list the real-news quotations missed or misattributed")
    parser.add_argument("--part", action="append", choices=REAL_PARTS, default=[],
                        help="score only this part of the real-news set (repeatable)")
    args = parser.parse_args(argv)
    console = Console(highlight=False, width=200)
    if not args.overhead:
        run(None, console, misses=args.misses, parts=tuple(args.part))
        return
    res = get_resources()
    texts = [(r["text"], True) for r in load_labelled()]
    if SEED_PAGE.exists():
        texts.insert(0, (SEED_PAGE.read_text(encoding="utf-8"), False))
    measure_overhead(texts, res, repeats=1)  # load the models and fill the word caches
    figures = measure_overhead(texts, res, repeats=args.overhead)
    console.print(f"{figures['documents']} documents, CPU seconds without the quote stage "
                  f"{figures['seconds_without_quotes']:.3f}, of the quote stage {figures['seconds_of_quotes']:.3f}: "
                  f"overhead {figures['overhead']:.1%}")


if __name__ == "__main__":
    main()
