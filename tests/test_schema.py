"""Every Document `newsgraph extract` writes for the project's pages validates against
docs/document.schema.json, and the schema file itself is a valid JSON Schema."""
import json

import jsonschema

from conftest import ROOT, SCHEMA_PATH, run_cli, validate_document

SAMPLE = ROOT / "newsgraph" / "data" / "sample"
GOLDEN = ROOT / "tests" / "golden" / "chrome"


def test_schema_is_a_valid_json_schema():
    jsonschema.Draft202012Validator.check_schema(json.loads(SCHEMA_PATH.read_text(encoding="utf-8")))


def test_sample_corpus_and_golden_pages_validate():
    proc = run_cli("extract", str(SAMPLE), str(GOLDEN))
    assert proc.returncode == 0, proc.stderr
    docs = [validate_document(json.loads(line)) for line in proc.stdout.splitlines()]
    pages = len(list(SAMPLE.glob("*.txt"))) + len(list(SAMPLE.glob("*.html"))) + len(list(GOLDEN.glob("*.txt")))
    feed_docs = sum(1 for p in SAMPLE.glob("*.jsonl") for line in p.read_text(encoding="utf-8").splitlines()
                    if line.strip())
    assert len(docs) == pages + feed_docs
    # The sample corpus is written to show every stage at work.
    sample = [d for d in docs if "sample" in d["source"].get("path", "")]
    for field in ("entities", "quotes", "money", "dates", "events"):
        assert any(d[field] for d in sample), field
    assert any(d["published"] for d in sample)


def test_document_round_trip(seed_doc):
    from newsgraph.doc import Document

    assert Document.from_dict(seed_doc).to_dict() == seed_doc
