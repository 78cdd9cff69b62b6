"""The on-demand dependency parse of chosen sentences."""
from newsgraph.doc import Document
from newsgraph.pipeline import Pipeline
from newsgraph.syntax import children, parse_sentences, subtree


def _sentences(text):
    pipeline = Pipeline(whole=True, stages=["clean", "segment"])
    return pipeline(Document("s", text)).sents, pipeline.resources


def test_subject_and_object_of_a_verb():
    sents, res = _sentences("Министр финансов подписал новое соглашение.")
    sent = sents[0]
    assert sent.heads is None
    parse_sentences([sent], res)
    words = [t.text for t in sent.tokens]
    verb = words.index("подписал")
    assert sent.heads[verb] == -1
    subject = children(sent, verb, ("nsubj",))
    assert [words[i] for i in subject] == ["Министр"]
    obj = children(sent, verb, ("obj",))
    assert [words[i] for i in subtree(sent, obj[0])] == ["новое", "соглашение"]


def test_a_parsed_sentence_is_kept_and_unparsed_ones_stay_untouched():
    sents, res = _sentences("Дождь шёл весь день. Вечером он кончился.")
    parse_sentences(sents[:1], res)
    first = sents[0].heads
    parse_sentences(sents, res)
    assert sents[0].heads is first
    assert len(sents[1].heads) == len(sents[1].tokens)
    assert sents[1].heads.count(-1) == 1
