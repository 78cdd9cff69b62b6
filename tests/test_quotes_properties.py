"""Properties of the quote stage over any text: it never fails, its spans stay inside the
body and slice the text back to their surface, and its speakers index the entities."""
from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from newsgraph.doc import Document
from newsgraph.entities import extract_entities
from newsgraph.quotes import extract_quotes
from newsgraph.segment import segment_body

# Pieces of news prose that exercise the stage's paths when strung together at random.
PIECES = [
    "«", "»", "„", "“", "\"", " — ", " – ", " - ", ", — ", ": ", ", ", ". ", "\n", "\n— ", "? ", "! ",
    "сказал", "заявила", "сообщили", "подчеркнул", "добавив", "считает", "уверен", "говорится в сообщении",
    "по словам", "по его словам", "Как сообщил", "Об этом сообщил", " что ", "о том, что",
    "он", "она", "они", "Далее", "министр", "глава Узбекистана", "президентов Казахстана и Узбекистана",
    "пресс-служба Акорды", "в МИД Казахстана", "вице-премьер Узбекистана Ачилбай Раматов",
    "Нурсултан Назарбаев", "Шавкат Мирзиёев", "Дильноза Юлдашева", "Ерлан Карин", "источник",
    "Мы готовы к сотрудничеству", "цены снизятся", "Казахстан", "в Ташкенте", "эксперты",
]

prose = st.lists(st.sampled_from(PIECES), min_size=1, max_size=40).map("".join)

# Whole sentences in the forms the stage reads, with a random piece thrown in anywhere.
CONTENT = st.lists(st.sampled_from(["цены снизятся", "Мы готовы к сотрудничеству", "граница открыта",
                                    "«Ромашка»", "—", ",", ".", "что", "сказал"]), min_size=1, max_size=6).map(" ".join)
CUE = st.sampled_from(["сказал", "заявила", "сообщили", "подчеркнул", "считает", "уверен", "отметил"])
SPEAKER = st.sampled_from(["он", "она", "министр", "глава Узбекистана", "Нурсултан Назарбаев", "источник",
                           "Дильноза Юлдашева", "пресс-служба Акорды", "", "в МИД Казахстана"])
FORMS = ["«{c}», — {v} {s}.", "{s} {v}, что {c}.", "{s} {v}: «{c}».", "— {c}, — {v} {s}.", "По словам {s}, {c}.",
         "{c}, {v} {s}.", "Как {v} {s}, {c}.", "«{c}, — {v} {s}. — {c}».", "Об этом {v} {s}.", "{c}"]
sentence = st.builds(lambda form, c, v, s, noise, at: _insert(form.format(c=c, v=v, s=s), noise, at),
                     st.sampled_from(FORMS), CONTENT, CUE, SPEAKER, st.sampled_from(PIECES + [""]),
                     st.integers(min_value=0, max_value=80))
news = st.lists(st.tuples(sentence, st.sampled_from([" ", "\n", "\n\n"])), min_size=1, max_size=8).map(
    lambda parts: "".join(s + sep for s, sep in parts))
texts = st.one_of(news, news, prose, st.text(max_size=300),
                  st.text(alphabet="«»\"„“—–-:,.!? \nаоеиДМ", max_size=120))


def _insert(text: str, piece: str, at: int) -> str:
    at = min(at, len(text))
    return text[:at] + piece + text[at:]


def blocks(text: str, every: int) -> list[list[int]]:
    """Every `every`-th non-blank line of the text as the body, the rest outside it."""
    spans, pos = [], 0
    for n, line in enumerate(text.split("\n")):
        if line.strip() and n % every == 0:
            spans.append([pos, pos + len(line)])
        pos += len(line) + 1
    return spans


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, every=st.sampled_from([1, 1, 2]))
@example(text="УВЕРЕН,ЧТО", every=1)  # a cue and "что" ending the text: nothing after it to read
def test_any_text(res, text, every):
    doc = Document(id="prop", text=text, body=blocks(text, every))
    for stage in (segment_body, extract_entities, extract_quotes):
        doc = stage(doc, res)
    for q in doc.quotes:
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start:q.end] == q.text
        assert any(s <= q.start and q.end <= e for s, e in doc.body), (q, doc.body)
        assert q.kind in ("direct", "indirect")
        assert q.speaker is None or 0 <= q.speaker < len(doc.entities)
        assert q.cue is None or (q.cue and q.cue.strip() == q.cue)
    for e in doc.entities:
        assert all(isinstance(r, str) and r.strip() for r in e.roles)
    assert Document.from_dict(doc.to_dict()).quotes == doc.quotes
