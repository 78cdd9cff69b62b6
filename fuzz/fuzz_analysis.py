"""Coverage-guided fuzzing of the analysis over arbitrary text (atheris): segmenting, the money,
number and date parsers (every span slices back to its text) and the search query parser.
Loads the models once; slower per input than the other targets. Run by `make fuzz`."""
import sys

import atheris

with atheris.instrument_imports(include=["newsgraph.facts", "newsgraph.segment", "newsgraph.corpus.lemmas"]):
    from newsgraph.corpus.lemmas import query_terms
    from newsgraph.doc import Document
    from newsgraph.facts import extract_facts
    from newsgraph.pipeline import Pipeline
    from newsgraph.resources import get_resources

RES = get_resources()
SEGMENT = Pipeline(RES, whole=True, stages=("clean", "segment"))


def TestOneInput(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    text = fdp.ConsumeUnicodeNoSurrogates(fdp.ConsumeIntInRange(1, 600)).strip() or "пусто"
    for alternatives in query_terms(text, RES):
        assert all(alternatives)
    doc = extract_facts(SEGMENT(Document("fuzz", text)), RES)
    for fact in [*doc.money, *doc.quantities, *doc.dates]:
        assert 0 <= fact.start <= fact.end <= len(doc.text)
        assert doc.text[fact.start:fact.end] == fact.text


if __name__ == "__main__":
    atheris.Setup(sys.argv, TestOneInput)
    atheris.Fuzz()
