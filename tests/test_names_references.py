"""References: adjectives of places that point at their place without naming it ("российские
военные" → Россия), kept apart from the mentions, stored and linked to the place's corpus
entity. Invented sentences for one rule each; real ones in tests/data/xdoc_references.tsv."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgraph.doc import Document
from newsgraph.pipeline import Pipeline

from conftest import EVAL_DATA, eval_texts

DATA = Path(__file__).parent / "data" / "xdoc_references.tsv"


def analyse(text: str) -> Document:
    return Pipeline(whole=True)(Document(id="t", text=text), until="entities")


def refs(doc: Document) -> list[tuple[str, str, str]]:
    return [(r.text, r.normal, doc.entities[r.entity].name) for r in doc.references]


def test_an_adjective_of_a_country_refers_to_it():
    doc = analyse("Российские военные прибыли на базу. Туда же направились американские инструкторы.")
    assert refs(doc) == [("Российские", "Россия", "Россия"), ("американские", "США", "США")]
    assert not doc.mentions  # references are no names


def test_each_part_of_a_compound_refers_to_its_country():
    doc = analyse("Прошли российско-китайские переговоры, а затем американо-исламский форум.")
    assert refs(doc) == [("российско", "Россия", "Россия"), ("китайские", "Китай", "Китай"),
                         ("американо", "США", "США")]
    text = doc.text
    assert all(text[r.start:r.end] == r.text for r in doc.references)


def test_a_reference_joins_the_entity_the_text_names():
    doc = analyse("Президент России прибыл в Минск. Российская делегация провела там два дня.")
    russia = [m.entity for m in doc.mentions if m.normal == "Россия"]
    assert russia and [r.entity for r in doc.references] == russia[:1]
    assert len([e for e in doc.entities if e.name == "Россия"]) == 1


def test_no_reference_for_a_language_a_people_or_a_common_word():
    doc = analyse("Книга вышла на английском языке. Русский писатель и городской совет. Московский зоопарк.")
    assert [(r.text, r.normal) for r in doc.references] == [("Московский", "Москва")]


def test_references_are_kept_by_the_store_and_count_for_the_entity(tmp_path):
    from newsgraph.cli import app
    from newsgraph.corpus import open_corpus

    (tmp_path / "a.txt").write_text("Россия и Казахстан подписали соглашение о транзите газа.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Американские и российские дипломаты встретились в Женеве.\n", encoding="utf-8")
    db = tmp_path / "refs.db"
    result = CliRunner().invoke(app, ["ingest", "--workers", "0", "--whole", "--db", str(db), str(tmp_path)],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    with open_corpus(str(db)) as corpus:
        docs = [corpus.load(d["id"]) for d in corpus.store.export("documents")]
        stored = next(d for d in docs if "Женев" in d.text)
        assert [(r.text, r.type, r.normal) for r in stored.references] == [
            ("Американские", "LOC", "США"), ("российские", "LOC", "Россия")]
        assert all(m.type in ("PER", "LOC", "ORG") for m in stored.mentions)
        report = corpus.entity("Россия")
    assert report is not None and len(report["documents"]) == 2
    assert json.dumps(stored.to_dict(), ensure_ascii=False)


def _rows():
    if not DATA.exists():
        return []
    out = []
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            doc_id, start, end, surface, place = line.split("\t")
            out.append((doc_id, int(start), int(end), surface, place))
    return out


@pytest.fixture(scope="module")
def nerel_texts():
    texts = eval_texts("nerel-dev.jsonl", {r[0] for r in _rows()})
    if not texts:
        pytest.skip(f"{EVAL_DATA / 'nerel-dev.jsonl'} is absent")
    return texts


@pytest.fixture(scope="module")
def analysed(nerel_texts):
    return {i: analyse(t) for i, t in nerel_texts.items()}


@pytest.mark.parametrize("doc_id, start, end, surface, place", _rows())
def test_real_references(analysed, doc_id, start, end, surface, place):
    doc = analysed[doc_id]
    assert doc.text[start:end] == surface
    found = {(r.start, r.end): r for r in doc.references}
    if place == "-":
        assert (start, end) not in found
        return
    assert (start, end) in found, refs(doc)
    assert doc.entities[found[start, end].entity].name == place
