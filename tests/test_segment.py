"""Segmentation and morphology: any text, including letters pymorphy cannot name."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsgraph.doc import Document
from newsgraph.pipeline import Pipeline
from newsgraph.read.html import line_spans
from newsgraph.segment import segment_body


def test_nameless_letters_do_not_break_the_analysis(res):
    text = "Делегация \U00017000\U00017001 прибыла в Астану. Министр \U0001b170 выступил с речью."
    doc = Pipeline(res, whole=True)(Document(id="u", text=text))
    assert any(e.name == "Астана" for e in doc.entities)
    assert all(t.lemma is not None for s in doc.sents for t in s.tokens)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_tokens_slice_back_and_stay_in_their_sentence(res, text):
    doc = Document(id="h", text=text, body=line_spans(text))
    segment_body(doc, res)
    for sent in doc.sents:
        assert any(s <= sent.start and sent.end <= e for s, e in doc.body)
        for tok in sent.tokens:
            assert sent.start <= tok.start < tok.end <= sent.end
            assert text[tok.start:tok.end] == tok.text


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_whole_pipeline_on_any_text(res, text):
    from conftest import validate_document

    doc = Pipeline(res)(Document(id="h", text=text or "x", source={"format": "text"}))
    validate_document(doc.to_dict())
