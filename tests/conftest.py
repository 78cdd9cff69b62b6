"""Shared test set-up: paths to ../shared, the Document schema check, the CLI runner."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "examples" / "seed" / "000_3aea3366a85cbd5f.txt"
SEED_EXPECTED = SEED.with_name("000_3aea3366a85cbd5f.expected.json")
EVAL_DATA = SHARED / "data" / "eval"


def eval_texts(name: str, ids) -> dict[str, str]:
    """Texts of the documents `ids` of the evaluation file `name` (empty where it is absent)."""
    path = EVAL_DATA / name
    wanted = set(ids)
    texts: dict[str, str] = {}
    if not path.exists() or not wanted:
        return texts
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            if d["id"] in wanted:
                texts[d["id"]] = d["text"]
    return texts
EVAL_FILES = {"factrueval": "factrueval-dev.jsonl", "nerel": "nerel-dev.jsonl"}


def labelled_or_skip(found):
    """A labelled real-news set read with its texts, or the test skipped where they are absent."""
    if not found:
        from newsgraph.evaluate.paths import default_eval_data

        pytest.skip(f"the factRuEval/NEREL dev texts are not in {default_eval_data()}")
    return found


def mention_rows(table: Path) -> list[tuple]:
    """Rows of a table of real mentions: set (a key of EVAL_FILES), document id, start, end (as
    ints), then the table's own columns; blank lines and lines opening with "#" left out."""
    rows = []
    for line in table.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            set_, doc_id, start, end, *rest = line.split("\t")
            rows.append((set_, doc_id, int(start), int(end), *rest))
    return rows


def entities_of_rows(rows, pipeline):
    """A function (set, document id) -> that document analysed through the entity stage, once
    each; it skips the test where the evaluation file is absent."""
    texts = {(set_, id_): text for set_, name in EVAL_FILES.items()
             for id_, text in eval_texts(name, {r[1] for r in rows if r[0] == set_}).items()}
    cache: dict = {}

    def run(set_, doc_id):
        text = texts.get((set_, doc_id))
        if text is None:
            pytest.skip(f"{EVAL_DATA / EVAL_FILES[set_]} is absent")
        if (set_, doc_id) not in cache:
            from newsgraph.doc import Document
            cache[set_, doc_id] = pipeline(Document(id=doc_id, text=text), until="entities")
        return cache[set_, doc_id]
    return run


SCHEMA_PATH = ROOT / "docs" / "document.schema.json"


def _validator():
    import jsonschema

    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


_VALIDATOR = None


def validate_document(data: dict) -> dict:
    """Check one Document dict against docs/document.schema.json and the span invariants."""
    global _VALIDATOR
    _VALIDATOR = _VALIDATOR or _validator()
    errors = sorted(_VALIDATOR.iter_errors(data), key=lambda e: list(e.path))
    assert not errors, "; ".join(f"{list(e.path)}: {e.message}" for e in errors[:5])
    text = data["text"]
    for s, e in data["body"]:
        assert 0 <= s < e <= len(text)
    for name in ("mentions", "quotes", "money", "quantities", "dates"):
        for item in data[name]:
            assert 0 <= item["start"] <= item["end"] <= len(text)
            assert text[item["start"]:item["end"]] == item["text"], (name, item)
    n = len(data["entities"])
    for m in data["mentions"]:
        assert m["entity"] is None or 0 <= m["entity"] < n
    for e in data["entities"]:
        assert [t["text"] for t in e["titles"]] == e["roles"]
        assert all(t["of"] is None or 0 <= t["of"] < n for t in e["titles"])
    for q in data["quotes"]:
        assert q["speaker"] is None or 0 <= q["speaker"] < n
    for ev in data["events"]:
        assert all(0 <= a < n for a in ev["actors"])
        assert ev["place"] is None or 0 <= ev["place"] < n
    return data


@pytest.fixture(scope="session")
def seed_path() -> Path:
    if not SEED.exists():
        pytest.skip(f"{SEED} is absent")
    return SEED


@pytest.fixture(scope="session")
def seed_expected(seed_path) -> dict:
    return json.loads(SEED_EXPECTED.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def res():
    from newsgraph.resources import get_resources

    return get_resources()


def only(items):
    """The one item of a list (a test of one extracted thing)."""
    assert len(items) == 1, items
    return items[0]


def newsgraph_cmd() -> list[str]:
    exe = Path(sys.executable).with_name("newsgraph")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "newsgraph"]


def run_cli(*args: str, input: bytes | None = None, env: dict | None = None, cwd: Path | None = None,
            timeout: float = 600) -> subprocess.CompletedProcess:
    """Run the installed `newsgraph` command; stdout and stderr decoded as UTF-8."""
    full_env = dict(os.environ, **(env or {}))
    proc = subprocess.run(newsgraph_cmd() + list(args), input=input, capture_output=True, env=full_env,
                          cwd=cwd, timeout=timeout)
    proc.stdout = proc.stdout.decode("utf-8")
    proc.stderr = proc.stderr.decode("utf-8")
    return proc


@pytest.fixture(scope="session")
def seed_doc(seed_path) -> dict:
    """The seed page through `newsgraph extract`, validated against the schema."""
    proc = run_cli("extract", str(seed_path))
    assert proc.returncode == 0, proc.stderr
    docs = [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]
    assert len(docs) == 1
    return validate_document(docs[0])


@pytest.fixture(scope="session")
def ray_address():
    """A local Ray with 2 CPUs for the test run; commands join it by address."""
    import logging

    ray = pytest.importorskip("ray")
    from newsgraph.batch import WORKER_ENV

    ray.init(num_cpus=2, include_dashboard=False, logging_level=logging.ERROR, runtime_env=WORKER_ENV)
    try:
        yield ray.get_runtime_context().gcs_address
    finally:
        ray.shutdown()


@pytest.fixture(scope="module")
def client(store_url):
    """The HTTP API over the module's `store_url` fixture (a module with a store of another
    kind defines its own `client`)."""
    from pg import api_client

    with api_client(store_url) as c:
        yield c


def invoke_cli(*args: str):
    """The CLI run in this process (Typer's runner): exit code and output."""
    from typer.testing import CliRunner

    from newsgraph.cli import app

    return CliRunner().invoke(app, list(args))
