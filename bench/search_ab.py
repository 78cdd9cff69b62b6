"""Search on a filled PostgreSQL store, this checkout's strategy against another's, interleaved.

On a shared or virtual machine the same search can take a third more or less from one run to
the next, more than most changes to it; running the two strategies in turn, in one process, on
one connection, over the same queries (`bench/scale.py`'s reader queries) shows what a change did.

    PYTHONPATH=$PWD .venv/bin/python bench/search_ab.py --pg URL --rev 00fef60 [--kind 4] [--rounds 3]
    PYTHONPATH=$PWD .venv/bin/python bench/search_ab.py --pg URL --rank-at-most 300

`--rev REV`: `newsgraph/store/search.py` of that git revision searches against this checkout's.
`--rank-at-most N`: this checkout's search, ranking the newest N matches against its own number.
`--kind K`: only queries of that kind (0 a word, 1 two words, 2 a surname, 3 a year's range,
4 an entity's documents). `--same` checks that both return the same hits in the same order.
"""
from __future__ import annotations

import argparse
import importlib.util
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "bench"), str(ROOT / "tests")]


def load_revision(rev: str):
    """`store/search.py` as it was at `rev`, as a module of its own."""
    source = subprocess.run(["git", "-C", str(ROOT), "show", f"{rev}:newsgraph/store/search.py"],
                            capture_output=True, text=True, check=True).stdout
    path = Path(tempfile.mkdtemp()) / "search_at_rev.py"
    path.write_text(source, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("search_at_rev", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules["search_at_rev"] = module
    spec.loader.exec_module(module)
    return module


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pg", required=True, help="the URL of a store filled by bench/scale.py store")
    parser.add_argument("--rev", help="a git revision whose store/search.py to run against this one")
    parser.add_argument("--rank-at-most", type=int, help="rank the newest N matches instead")
    parser.add_argument("--kind", type=int, choices=range(5))
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--seeds", type=int, default=200)
    parser.add_argument("--same", action="store_true", help="also check both give the same hits")
    parser.add_argument("--out", default=str(Path(tempfile.gettempdir()) / "newsgraph-scale"))
    args = parser.parse_args()
    if bool(args.rev) == bool(args.rank_at_most):
        parser.error("give one of --rev and --rank-at-most")

    import newsgraph.store as store_package
    import newsgraph.store.search as current
    from newsgraph.corpus import open_corpus
    from newsgraph.store import SearchFilters
    from scale import load_seeds, percentile, search_queries

    seeds = load_seeds(Path(args.out), args.seeds)
    queries = [q for i, q in enumerate(search_queries(seeds)) if args.kind is None or i % 5 == args.kind]
    this_search = current.search_documents
    with open_corpus(args.pg) as corpus:
        db = corpus.store.db
        corpus.search("прогрев")  # builds the morphology; not a reader's query
        default_n = db.rank_at_most
        if args.rev:
            # The revision's whole search (its statements and its ranking), on this store.
            sides = {args.rev: (load_revision(args.rev).search_documents, default_n),
                     "this checkout": (this_search, default_n)}
        else:
            sides = {f"newest {default_n}": (this_search, default_n),
                     f"newest {args.rank_at_most}": (this_search, args.rank_at_most)}

        def run(side: str) -> list[list]:
            store_package.search_documents, db.rank_at_most = sides[side]
            hits = []
            for q, f in queries:
                f = dict(f)
                entity = f.pop("entity", None)
                t = time.perf_counter()
                found = corpus.search(q, SearchFilters(**f), limit=10, entity=entity)
                times[side].append(1000 * (time.perf_counter() - t))
                hits.append([(h.id, h.score) for h in found])
            return hits

        times: dict[str, list[float]] = {side: [] for side in sides}
        names = list(sides)
        for r in range(args.rounds):
            for side in (names if r % 2 == 0 else names[::-1]):
                result = run(side)
                if args.same and r == 0:
                    if side == names[0]:
                        first = result
                    else:
                        differ = sum(a != b for a, b in zip(first, result))
                        print(f"queries whose hits differ: {differ} of {len(queries)}")
        store_package.search_documents, db.rank_at_most = this_search, default_n
    print(f"{len(queries)} queries × {args.rounds} rounds, in turn")
    for side, values in times.items():
        print(f"{side}: p50 {percentile(values, 0.5):.1f} ms, p95 {percentile(values, 0.95):.1f} ms, "
              f"max {max(values):.1f} ms")


if __name__ == "__main__":
    main()
