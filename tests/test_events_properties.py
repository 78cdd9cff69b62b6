"""Property tests of the events stage: any text, and any shape of the records it reads,
gives events whose offsets and indexes are valid and that survive the dict round trip."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsgraph.doc import DateFact, Document, Entity, Mention, Quote, Sentence, Token
from newsgraph.entities import extract_entities
from newsgraph.events import extract_events
from newsgraph.events.lexicon import ROLE_WORDS, TRIGGERS
from newsgraph.resources import get_resources
from newsgraph.segment import segment_body

# Words that make the stage work hard: triggers, titles, names, prepositions, punctuation.
WORDS = sorted(TRIGGERS)[:60] + sorted(ROLE_WORDS) + [
    "провели", "переговоры", "встретился", "подписали", "соглашение", "контракт", "планируют",
    "не", "с", "в", "на", "между", "из", "о", "по", "итогам", "рамках", "визита", "стороны", "он", "мы",
    "Казахстан", "Узбекистана", "Ташкенте", "Астане", "Назарбаев", "Шавкат", "Мирзиёев", "Россией",
    "ООН", "«", "»", ",", "—", "-", ":", ";", ".", "?", "23", "марта", "2017", "года", "что", "и",
]
words_text = st.lists(st.sampled_from(WORDS), min_size=0, max_size=40).map(" ".join)
any_text = st.text(min_size=0, max_size=200)


def check(doc: Document) -> None:
    n = len(doc.entities)
    body = [(s, e) for s, e in doc.body]
    dates = {d.value for d in doc.dates}
    for ev in doc.events:
        assert 0 <= ev.start < ev.end <= len(doc.text)
        assert any(s <= ev.start and ev.end <= e for s, e in body)
        assert doc.text[ev.start:ev.end].strip() == doc.text[ev.start:ev.end]
        assert all(isinstance(a, int) and 0 <= a < n for a in ev.actors)
        assert len(set(ev.actors)) == len(ev.actors)
        assert ev.place is None or (0 <= ev.place < n and ev.place not in ev.actors)
        assert ev.cameo_root is not None and len(ev.cameo_root) == 2 and ev.cameo_root.isdigit()
        assert ev.type and isinstance(ev.summary, str) and ev.summary
        assert ev.date is None or ev.date in dates
        assert ev.actors or ev.place is not None
    assert Document.from_dict(doc.to_dict()).events == doc.events


def through_stages(text: str) -> Document:
    res = get_resources()
    doc = Document(id="prop", text=text, body=[[0, len(text)]] if text.strip() else [])
    segment_body(doc, res)
    extract_entities(doc, res)
    return extract_events(doc, res)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(words_text, any_text))
def test_any_text_through_the_stages(text):
    check(through_stages(text))


# Documents built directly, with tokens, mentions, dates and quotes in any arrangement,
# so that the stage meets shapes the real stages before it rarely produce.
POS = ["NOUN", "PROPN", "VERB", "ADJ", "ADP", "PUNCT", "PRON", "AUX", "CCONJ", None]
CASES = ["Nom", "Gen", "Dat", "Acc", "Ins", "Loc", None]


@st.composite
def built_docs(draw):
    words = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=30))
    text = " ".join(words)
    tokens, pos = [], 0
    for w in words:
        feats = {}
        case = draw(st.sampled_from(CASES))
        if case:
            feats["Case"] = case
        if draw(st.booleans()):
            feats["VerbForm"] = draw(st.sampled_from(["Fin", "Inf", "Part", "Conv"]))
        if draw(st.booleans()):
            feats["Voice"] = "Pass"
        lemma = draw(st.one_of(st.none(), st.just(w.lower()), st.sampled_from(WORDS)))
        tokens.append(Token(pos, pos + len(w), w, draw(st.sampled_from(POS)), feats, lemma))
        pos += len(w) + 1
    cuts = sorted(set(draw(st.lists(st.integers(1, len(tokens) - 1), max_size=4)))) if len(tokens) > 1 else []
    sents, start = [], 0
    for cut in cuts + [len(tokens)]:
        toks = tokens[start:cut]
        sents.append(Sentence(toks[0].start, toks[-1].end, text[toks[0].start:toks[-1].end], toks))
        start = cut
    n_ent = draw(st.integers(0, 5))
    entities = [Entity(i, draw(st.sampled_from(["PER", "LOC", "ORG"])), draw(st.sampled_from(WORDS)),
                       draw(st.lists(st.sampled_from(["президент Казахстана", "глава МИД", "первый президент",
                                                      "министр иностранных дел Узбекистана", "x"]), max_size=2)))
                for i in range(n_ent)]
    mentions = []
    for _ in range(draw(st.integers(0, 6))):
        a = draw(st.integers(0, len(tokens) - 1))
        b = draw(st.integers(a, min(a + 2, len(tokens) - 1)))
        entity = draw(st.one_of(st.none(), st.integers(0, n_ent - 1))) if n_ent else None
        s, e = tokens[a].start, tokens[b].end
        mentions.append(Mention(s, e, draw(st.sampled_from(["PER", "LOC", "ORG"])), text[s:e], text[s:e], entity))
    dates = []
    for _ in range(draw(st.integers(0, 2))):
        a = draw(st.integers(0, len(tokens) - 1))
        t = tokens[a]
        dates.append(DateFact(t.start, t.end, t.text, draw(st.sampled_from([None, "--03-23", "2017"])), None))
    quotes = []
    if draw(st.booleans()) and n_ent:
        quotes.append(Quote(0, len(text), text, "direct", draw(st.integers(0, n_ent - 1)), None))
    doc = Document(id="built", text=text, body=[[0, len(text)]], mentions=mentions, entities=entities,
                   dates=dates, quotes=quotes)
    doc.sents = sents
    return doc


@settings(max_examples=300, deadline=None)
@given(built_docs())
def test_any_document_shape(doc):
    check(extract_events(doc, get_resources()))


def test_empty_document_has_no_events():
    doc = Document(id="empty", text="")
    assert extract_events(doc, get_resources()).events == []
