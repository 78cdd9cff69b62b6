"""Time newsgraph's whole analysis against Natasha's standard news pipeline, in one run.

Both systems get the same texts in the same process, models loaded once beforehand:
  newsgraph: read → chrome separation → segmentation, morphology, lemmas → entities →
             quotes → money, quantities, dates → events → JSON (what `newsgraph extract` does)
  natasha:   Doc(text).segment → tag_morph → tag_ner → every span normalised → JSON
The texts are the seed page, the bundled sample corpus and the factRuEval dev texts
(page dumps as they are; the dev texts taken whole). Prints docs/s of each and the ratio
of times (newsgraph / natasha: below 1.0 means newsgraph is faster).

    .venv/bin/python bench/run.py [--repeat 3] [--limit N] [--json]
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))

# The same thread settings as the `newsgraph` command, for both systems (set before numpy loads).
from newsgraph.blas import single_threaded_blas  # noqa: E402

single_threaded_blas()

from newsgraph.doc import Document  # noqa: E402
from newsgraph.pipeline import Pipeline  # noqa: E402
from newsgraph.read import read_paths  # noqa: E402
from newsgraph.resources import get_resources  # noqa: E402


def corpus(limit: int | None) -> list[tuple[Document, bool]]:
    """(document, whole) pairs: page dumps are separated, clean dev texts taken whole."""
    items = []
    paths = [str(p) for p in sorted((SHARED / "examples" / "seed").glob("*.txt"))]
    paths.append(str(ROOT / "newsgraph" / "data" / "sample"))
    for item in read_paths(paths):
        if isinstance(item, Document):
            items.append((item, False))
    dev = SHARED / "data" / "eval" / "factrueval-dev.jsonl"
    if dev.exists():
        for line in dev.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            items.append((Document(id=rec["id"], text=rec["text"], source={"format": "text"}), True))
    return items[:limit] if limit else items


def run_newsgraph(items, res) -> float:
    pipelines = {whole: Pipeline(res, whole=whole) for whole in (False, True)}
    start = time.perf_counter()
    for doc, whole in items:
        fresh = Document(id=doc.id, text=doc.text, source=doc.source, title=doc.title,
                         published=doc.published, body=[list(b) for b in doc.body])
        json.dumps(pipelines[whole](fresh).to_dict(), ensure_ascii=False)
    return time.perf_counter() - start


def run_natasha(items, models) -> float:
    from natasha import Doc

    segmenter, morph_tagger, ner_tagger, morph_vocab = models
    start = time.perf_counter()
    for doc, _ in items:
        d = Doc(doc.text)
        d.segment(segmenter)
        d.tag_morph(morph_tagger)
        d.tag_ner(ner_tagger)
        for span in d.spans:
            span.normalize(morph_vocab)
        json.dumps([{"start": s.start, "stop": s.stop, "type": s.type, "normal": s.normal} for s in d.spans],
                   ensure_ascii=False)
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--limit", type=int)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    res = get_resources()
    models = (res.segmenter, res.morph_tagger, res.ner_tagger, res.morph)
    items = corpus(args.limit)
    chars = sum(len(d.text) for d, _ in items)
    # Warm both up once (model weights paged in, caches primed the same way for both).
    run_natasha(items[:5], models)
    run_newsgraph(items[:5], res)
    ours, bare = [], []
    for _ in range(args.repeat):
        # Alternate the order so neither system always runs on a warmer machine.
        bare.append(run_natasha(items, models))
        ours.append(run_newsgraph(items, res))
    o, b = statistics.median(ours), statistics.median(bare)
    result = {"documents": len(items), "characters": chars, "repeat": args.repeat,
              "newsgraph_s": round(o, 3), "natasha_s": round(b, 3),
              "newsgraph_docs_per_s": round(len(items) / o, 1), "natasha_docs_per_s": round(len(items) / b, 1),
              "ratio": round(o / b, 3)}
    if args.json:
        print(json.dumps(result))
    else:
        print(f"{len(items)} documents, {chars:,} characters, median of {args.repeat} runs")
        print(f"  natasha   {b:7.2f} s  {result['natasha_docs_per_s']:7.1f} docs/s")
        print(f"  newsgraph {o:7.2f} s  {result['newsgraph_docs_per_s']:7.1f} docs/s")
        print(f"  ratio newsgraph/natasha: {result['ratio']:.2f}x")


if __name__ == "__main__":
    main()
