"""The pipeline: page separation, headlines of text dumps, per-document failures."""
import pytest

from newsgraph.doc import Document
from newsgraph.errors import InputError, StageError
from newsgraph.clean.page import headline_of
from newsgraph.pipeline import STAGE_NAMES, Pipeline
from newsgraph.read.html import line_spans


@pytest.mark.parametrize("text, title", [
    ("Казахстан и Китай открыли новый погранпереход\nВ среду на границе открыли переход для грузовиков.",
     "Казахстан и Китай открыли новый погранпереход"),
    ("В среду на границе открыли переход для грузовиков.\nДвижение начнётся в понедельник.", None),
    ("Одна строка без продолжения", None),
    ("— Мы готовы, — сказал министр\nДалее он добавил, что работа продолжится.", None),
])
def test_headline_of_text_dump(text, title):
    doc = Document(id="t", text=text, body=line_spans(text))
    assert headline_of(doc) == title


def test_whole_keeps_every_line_as_body(res):
    text = "Все новости\nВ Бишкеке открыли новую школу.\nАвторизуйтесь, пожалуйста"
    doc = Pipeline(res, whole=True)(Document(id="w", text=text))
    assert len(doc.body) == 3 and doc.chrome == []


def test_stage_failure_is_reported_and_the_batch_goes_on(res, monkeypatch):
    def broken(doc, res):
        if "сломать" in doc.text:
            raise ValueError("boom")
        return doc

    pipeline = Pipeline(res, whole=True, stages=["clean"])
    pipeline.stages.append(("broken", broken))
    items = [Document(id="a", text="Обычный текст новости."), InputError("no such file", "x.txt"),
             Document(id="b", text="Этот текст должен сломать стадию.", source={"path": "b.txt"}),
             Document(id="c", text="Ещё один обычный текст.")]
    out = list(pipeline.stream(items))
    assert [type(o).__name__ for o in out] == ["Document", "InputError", "StageError", "Document"]
    assert isinstance(out[2], StageError) and out[2].stage == "broken" and out[2].where == "b.txt"
    assert "boom" in str(out[2])


def test_until_stops_after_the_named_stage(res):
    text = "Президент Казахстана Касым-Жомарт Токаев заявил: «Работа продолжится»."
    doc = Pipeline(res, whole=True)(Document(id="u", text=text), until="entities")
    assert doc.mentions and doc.quotes == [] and doc.events == []
    full = Pipeline(res, whole=True)(Document(id="u", text=text))
    assert full.quotes


def test_stage_names_are_checked(res):
    assert STAGE_NAMES[0] == "clean" and STAGE_NAMES[-1] == "events"
    with pytest.raises(ValueError, match="unknown stage"):
        Pipeline(res, stages=["segment", "parse"])
    with pytest.raises(ValueError, match="unknown stage"):
        Pipeline(res)(Document(id="x", text="Текст."), until="nothing")
