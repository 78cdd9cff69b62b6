"""`newsgraph batch` on a local two-CPU Ray: the same Documents as `newsgraph extract`, failures in errors.jsonl."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import ROOT, run_cli, validate_document
from site_pages import FURNITURE_A, records, write_jsonl

ray = pytest.importorskip("ray")

SAMPLE = ROOT / "newsgraph" / "data" / "sample"


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> list[str]:
    bad = tmp_path_factory.mktemp("bad") / "broken.txt"
    bad.write_bytes(b"\x00\x01\x02 not a page \x00")
    # Pages whose site's repeated lines are learnt first: batch must learn the same table.
    sites = write_jsonl(tmp_path_factory.mktemp("sites") / "pages.jsonl", records())
    return [str(SAMPLE), str(bad), str(sites)]


@pytest.fixture(scope="module")
def batch_run(ray_address, inputs, tmp_path_factory):
    out = tmp_path_factory.mktemp("batch") / "out"
    proc = run_cli("batch", *inputs, "--out", str(out), "--address", ray_address, timeout=300)
    return proc, out


@pytest.fixture(scope="module")
def extracted(inputs) -> dict[str, dict]:
    proc = run_cli("extract", *inputs)
    assert proc.returncode == 1, proc.stderr
    return {d["id"]: d for d in map(json.loads, proc.stdout.splitlines())}


def written(out: Path) -> list[dict]:
    return [json.loads(line) for part in sorted(out.glob("documents-*.jsonl"))
            for line in part.read_text(encoding="utf-8").splitlines()]


def test_documents_equal_what_extract_prints(batch_run, extracted):
    _, out = batch_run
    docs = written(out)
    assert len(docs) == len(extracted) == 8 + len(records())
    by_id = {d["id"]: d for d in docs}
    assert by_id.keys() == extracted.keys()
    for doc_id, doc in by_id.items():
        assert doc == extracted[doc_id], doc_id
    learnt = by_id["a0"]
    assert FURNITURE_A not in "\n".join(learnt["text"][s:e] for s, e in learnt["body"])


def test_documents_validate(batch_run):
    for doc in written(batch_run[1]):
        assert doc["schema"] == "newsgraph.document/1"
        validate_document(doc)


def test_bad_file_is_in_errors_and_exit_status_is_one(batch_run, inputs):
    proc, out = batch_run
    assert proc.returncode == 1, proc.stderr
    failures = [json.loads(line) for line in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert failures == [{"where": inputs[1], "stage": "read", "reason": "binary file (NUL bytes), not text",
                        "id": None}]
    assert f"{inputs[1]}: binary file" in proc.stderr
    assert f"{8 + len(records())} document(s) written" in proc.stderr


def test_rows_carry_the_path_as_given(tmp_path):
    from newsgraph.batch import DOCUMENT, ERROR, read_rows

    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"id": "a1", "text": "Министр прибыл в Ташкент."}\n{"id": "a2"}\n', encoding="utf-8")
    rows = list(read_rows({"path": "archive/feed.jsonl", "file": str(feed)}))
    assert [r["kind"] for r in rows] == [DOCUMENT, ERROR]
    assert json.loads(rows[0]["line"])["source"]["path"] == "archive/feed.jsonl"
    assert json.loads(rows[1]["line"])["where"] == "archive/feed.jsonl:2"


def test_stage_failure_becomes_an_error_record():
    from newsgraph.batch import ERROR, analyse_line
    from newsgraph.doc import Document
    from newsgraph.pipeline import Pipeline

    def broken(doc, res):
        raise ValueError("no sentences")

    pipeline = Pipeline(stages=["segment"])
    pipeline.stages = [("segment", broken)]
    doc = Document(id="d7", text="Текст.", source={"path": "in/d7.txt", "format": "text"})
    kind, line = analyse_line(json.dumps(doc.to_dict()), pipeline)
    assert kind == ERROR
    assert json.loads(line) == {"where": "in/d7.txt", "stage": "segment", "reason": "ValueError: no sentences",
                                "id": "d7"}


def test_missing_inputs_are_reported_and_stale_output_replaced(tmp_path):
    from newsgraph.batch import analyse_on_ray

    out = tmp_path / "out"
    out.mkdir()
    (out / "documents-00003.jsonl").write_text("{}\n", encoding="utf-8")
    seen = []
    counts = analyse_on_ray([str(tmp_path / "absent.txt"), "-"], out, on_error=seen.append)
    assert counts == (0, 2)
    assert [r["where"] for r in seen] == [str(tmp_path / "absent.txt"), "-"]
    assert not list(out.glob("documents-*.jsonl"))
    assert len((out / "errors.jsonl").read_text(encoding="utf-8").splitlines()) == 2


def test_address_where_nothing_answers_fails_at_once():
    import socket

    from newsgraph.batch import check_reachable

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(ConnectionError, match="nothing answers"):
        check_reachable(f"127.0.0.1:{port}", timeout=2)
    check_reachable("auto")
