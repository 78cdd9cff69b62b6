"""The store keeps and finds, and knows no language: newsgraph/store/ imports no NLP library,
no model holder and none of the corpus rules that sit above it, not even inside a function."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

STORE = Path(__file__).resolve().parents[1] / "newsgraph" / "store"
NLP = ("natasha", "pymorphy2", "pymorphy3", "slovnet", "navec", "yargy", "razdel", "trafilatura", "datasketch")
# What the store may use of newsgraph itself: the records it stores and the errors it raises.
OWN = ("newsgraph.store", "newsgraph.doc", "newsgraph.errors")


def runtime_imports(path: Path) -> list[str]:
    """Modules a file imports anywhere (functions included), except under `if TYPE_CHECKING:`."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped = {id(node) for top in ast.walk(tree) if isinstance(top, ast.If)
               and isinstance(top.test, ast.Name) and top.test.id == "TYPE_CHECKING"
               for node in ast.walk(top)}
    found = []
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            found += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            found.append(node.module)
    return found


def test_no_nlp_or_corpus_import_in_the_store_source():
    files = sorted(STORE.glob("*.py"))
    assert files
    for path in files:
        for module in runtime_imports(path):
            top = module.split(".")[0]
            assert top not in NLP, f"{path.name} imports {module}"
            if top == "newsgraph":
                assert module == "newsgraph" or module.startswith(OWN), f"{path.name} imports {module}"


def test_importing_the_store_loads_no_nlp_module():
    probe = (
        "import importlib, pkgutil, sys\n"
        "import newsgraph.store as store\n"
        "for m in pkgutil.iter_modules(store.__path__):\n"
        "    importlib.import_module('newsgraph.store.' + m.name)\n"
        "print('\\n'.join(sorted(sys.modules)))\n")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True,
                         cwd=STORE.parents[1]).stdout.split()
    loaded = {m.split(".")[0] for m in out} & set(NLP)
    assert not loaded
    assert not [m for m in out if m.startswith(("newsgraph.resources", "newsgraph.corpus", "newsgraph.pipeline"))]
