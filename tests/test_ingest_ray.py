"""`newsgraph ingest --engine ray`: the analysis on Ray actors, the writing in the command, and the
store it leaves equal to a plain ingest's (documents, corpus entities, stories); run again, it
stores nothing twice."""
from __future__ import annotations

import json

import pytest
from site_pages import analysis_of, records, write_jsonl

from conftest import ROOT, run_cli

pytest.importorskip("ray")

SAMPLE = ROOT / "newsgraph" / "data" / "sample"


def store_contents(db) -> dict:
    from newsgraph.corpus import open_corpus

    with open_corpus(str(db)) as corpus:
        docs = list(corpus.export("documents"))
        return {
            "documents": {d["id"]: analysis_of(corpus.load(d["id"]).to_dict()) for d in docs},
            "entities": sorted(json.dumps(e, ensure_ascii=False, sort_keys=True) for e in corpus.export("entities")),
            "stories": {d["id"]: (corpus.story(d["id"]) or {}).get("id") for d in docs},
            "stats": corpus.stats(),
        }


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> list[str]:
    return [str(SAMPLE), str(write_jsonl(tmp_path_factory.mktemp("sites") / "pages.jsonl", records()))]


def test_ray_ingest_equals_plain_ingest_and_reruns_store_nothing_twice(ray_address, inputs, tmp_path):
    plain, on_ray = tmp_path / "plain.db", tmp_path / "ray.db"
    proc = run_cli("ingest", *inputs, "--db", str(plain), "--workers", "0")
    assert proc.returncode == 0, proc.stderr
    proc = run_cli("ingest", *inputs, "--db", str(on_ray), "--engine", "ray", "--workers", "2",
                   "--address", ray_address, timeout=300)
    assert proc.returncode == 0, proc.stderr
    expected = store_contents(plain)
    assert expected["stats"]["documents"] == 8 + len(records())
    assert store_contents(on_ray) == expected
    again = run_cli("ingest", *inputs, "--db", str(on_ray), "--engine", "ray", "--address", ray_address,
                    timeout=300)
    assert again.returncode == 0, again.stderr
    assert "stored 0," in again.stderr
    assert store_contents(on_ray) == expected


def test_unknown_engine_is_a_usage_error(tmp_path):
    proc = run_cli("ingest", str(SAMPLE), "--db", str(tmp_path / "x.db"), "--engine", "spark")
    assert proc.returncode == 2
    assert "unknown --engine 'spark'" in proc.stderr
    assert not (tmp_path / "x.db").exists()
