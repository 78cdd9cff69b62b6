"""Draw a batch of published news texts for the quote set: a seeded random draw among the
factRuEval and NEREL dev documents of 600-2,600 characters with at least six speech markers,
leaving out the documents already in the set.

    python tests/data/quotes_real/draw_batch.py SEED COUNT [EVAL_DIR] [MAX_CHARS MIN_MARKERS] [--unseen] [--unread]

prints the drawn (file, id) pairs as the `documents` list of an ids file; with --unseen, the
documents of the event set are left out too (from the fourteenth batch on); with --unread, the
documents listed in tests/data/read_in_tuning.txt as well (from the eighteenth batch on). The first eleven
batches used the defaults (2,600 characters, six markers), which left four documents; from the
twelfth on, the window is widened to 4,000 characters and five markers; from the sixteenth on,
which five markers no longer filled, four markers; from the eighteenth on, three; from the
nineteenth on, which three markers no longer filled, 8,000 characters and two markers; from the
twentieth on, one marker.
"""
from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FILES = ("factrueval-dev.jsonl", "nerel-dev.jsonl")
MARKER = re.compile(r"«|\b(?:заяв|сообщ|сказа|отмет|подчеркн|добав|поясн|рассказ|признал|уточн|"
                    r"считает|говор|по словам|по мнению)\w*", re.IGNORECASE)


def read_in_tuning() -> set[tuple[str, str]]:
    """The unlabelled documents read beside the stage's output while a stage was tuned
    (tests/data/read_in_tuning.txt): no longer unseen, so later draws leave them out."""
    path = HERE.parent / "read_in_tuning.txt"
    return {tuple(line.split()[:2]) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")}


def taken(event_set: bool = False) -> set[tuple[str, str]]:
    """The documents already in the quote set; with `event_set`, those labelled for the event set
    (tests/data/events_real) as well, whose texts were read while the event stage was tuned, and
    those drawn for it (its ids files), which its labelling will read."""
    out = set()
    for path in HERE.glob("*.json"):
        record = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(record, dict):
            out |= {(d["file"], d["id"]) for d in record.get("documents", [])}
    if event_set:
        for path in (HERE.parent / "events_real").glob("*.jsonl"):
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    row = json.loads(line)
                    out.add((row["file"], row["id"]))
        for path in (HERE.parent / "events_real").glob("heldout*-ids.txt"):
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip() and not line.startswith("#"):
                    out.add(tuple(line.split()[:2]))
    return out


def qualifying(eval_dir: Path, max_chars: int = 2600, min_markers: int = 6) -> list[tuple[str, str]]:
    out = []
    for name in FILES:
        for line in (eval_dir / name).read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if 600 <= len(row["text"]) <= max_chars and len(MARKER.findall(row["text"])) >= min_markers:
                out.append((name, row["id"]))
    return out


def main() -> None:
    args = [a for a in sys.argv[1:] if a not in ("--unseen", "--unread")]
    seed, count = int(args[0]), int(args[1])
    eval_dir = Path(args[2]) if len(args) > 2 else HERE.parents[3].parent / "shared" / "data" / "eval"
    window = (int(args[3]), int(args[4])) if len(args) > 4 else ()
    pool = set(qualifying(eval_dir, *window)) - taken("--unseen" in sys.argv)
    if "--unread" in sys.argv:
        pool -= read_in_tuning()
    pool = sorted(pool)
    drawn = random.Random(seed).sample(pool, count)
    print(json.dumps([{"file": f, "id": i} for f, i in drawn], ensure_ascii=False, indent=1))
    print(f"{len(pool)} qualifying documents not yet in the set", file=sys.stderr)


if __name__ == "__main__":
    main()
