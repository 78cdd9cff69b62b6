"""CPU time of each stage of the analysis per document, and of the first pass that learns the
site table, on generated news documents (the corpus of `bench/corpus.py`).

    .venv/bin/python bench/stages.py [--docs 300] [--first-pass-docs 20000]

Run it at two commits (from a worktree: `PYTHONPATH=. python bench/stages.py`) to compare them.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from newsgraph.blas import single_threaded_blas  # noqa: E402

single_threaded_blas()

import corpus  # noqa: E402  (bench/corpus.py: the generator)

from newsgraph.doc import Document  # noqa: E402
from newsgraph.pipeline import Pipeline, read_and_learn  # noqa: E402
from newsgraph.read import read_paths  # noqa: E402


def stage_times(docs: list[Document], rounds: int = 2) -> dict[str, float]:
    """CPU ms per document of each stage, in the last of `rounds` passes (caches warm)."""
    pipeline = Pipeline()
    pipeline.warm_up()
    for _ in range(rounds):
        totals: dict[str, float] = {}
        for source in docs:
            doc = Document.from_dict(source.to_dict())
            for name, stage in pipeline.stages:
                started = time.process_time()
                doc = stage(doc, pipeline.resources)
                totals[name] = totals.get(name, 0.0) + time.process_time() - started
    return {name: round(seconds / len(docs) * 1000, 2) for name, seconds in totals.items()}


def first_pass(path: Path) -> dict[str, float]:
    """CPU ms per document of reading alone, and of reading, learning and replaying the spool."""
    started = time.process_time()
    n = sum(1 for _ in read_paths([str(path)]))
    read = time.process_time() - started
    started = time.process_time()
    _, spool = read_and_learn(read_paths([str(path)]))
    with spool:
        sum(1 for _ in spool)
    learnt = time.process_time() - started
    return {"documents": n, "read_ms": round(read / n * 1000, 3), "read_learn_replay_ms": round(learnt / n * 1000, 3)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=300, help="Documents timed stage by stage.")
    ap.add_argument("--first-pass-docs", type=int, default=20000, help="Documents for the first-pass timing.")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "in.jsonl"
        corpus.generate(path, max(args.docs, args.first_pass_docs))
        docs = [d for d in read_paths([str(path)]) if isinstance(d, Document)][:args.docs]
        times = stage_times(docs)
        print(f"{len(docs)} documents, CPU ms per document by stage: {times}, total {sum(times.values()):.1f}")
        print(f"first pass: {first_pass(path)}")


if __name__ == "__main__":
    main()
