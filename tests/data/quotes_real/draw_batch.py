"""Draw a batch of published news texts for the quote set: a seeded random draw among the
factRuEval and NEREL dev documents of 600-2,600 characters with at least six speech markers,
leaving out the documents already in the set.

    python tests/data/quotes_real/draw_batch.py SEED COUNT [EVAL_DIR] [MAX_CHARS MIN_MARKERS]

prints the drawn (file, id) pairs as the `documents` list of an ids file. The first eleven
batches used the defaults (2,600 characters, six markers), which left four documents; from the
twelfth on, the window is widened to 4,000 characters and five markers.
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


def taken() -> set[tuple[str, str]]:
    out = set()
    for path in HERE.glob("*.json"):
        record = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(record, dict):
            out |= {(d["file"], d["id"]) for d in record.get("documents", [])}
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
    seed, count = int(sys.argv[1]), int(sys.argv[2])
    eval_dir = Path(sys.argv[3]) if len(sys.argv) > 3 else HERE.parents[3].parent / "shared" / "data" / "eval"
    window = (int(sys.argv[4]), int(sys.argv[5])) if len(sys.argv) > 5 else ()
    pool = sorted(set(qualifying(eval_dir, *window)) - taken())
    drawn = random.Random(seed).sample(pool, count)
    print(json.dumps([{"file": f, "id": i} for f, i in drawn], ensure_ascii=False, indent=1))
    print(f"{len(pool)} qualifying documents not yet in the set", file=sys.stderr)


if __name__ == "__main__":
    main()
