"""The last batch of both labelled sets: every factRuEval and NEREL dev document that neither set
holds, no batch drawn for either names, and no one read beside a stage's output while tuning.

No draw is left to make: the earlier batches took the pool down to these documents, so all of them
go into one batch, labelled for quotations (tests/data/quotes_real/first_contact21.json) and for
events (tests/data/events_real/heldout22.jsonl) by reading, apart from the code.

    python tests/data/draw_rest.py [EVAL_DIR]

prints the documents as "FILE ID LENGTH" lines, in the files' order.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "quotes_real"))

from draw_batch import FILES, read_in_tuning, taken  # noqa: E402


def rest(eval_dir: Path) -> list[tuple[str, str, int]]:
    """The documents of the dev files that no labelled set, drawn batch or tuning read has touched."""
    used = taken(event_set=True) | read_in_tuning()
    out = []
    for name in FILES:
        for line in (eval_dir / name).read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if (name, row["id"]) not in used:
                out.append((name, row["id"], len(row["text"])))
    return out


if __name__ == "__main__":
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parents[2] / "shared" / "data" / "eval"
    for name, doc_id, size in rest(folder):
        print(name, doc_id, size)
