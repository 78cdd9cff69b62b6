"""Coverage-guided fuzzing of the text parsers that need no models (atheris): text repair, the
publication date reader, glob translation, the chrome separator and the money, number and
date parsers' tokeniser-free entry points. Run by `make fuzz`."""
import sys

import atheris

with atheris.instrument_imports():
    from newsgraph.clean.page import separate_page
    from newsgraph.doc import Document
    from newsgraph.read import _glob_root
    from newsgraph.read.hygiene import published_date, repair_text


def TestOneInput(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    text = fdp.ConsumeUnicodeNoSurrogates(fdp.ConsumeIntInRange(0, 4000))
    fixed = repair_text(text)
    assert len(fixed) == len(text)
    date = published_date(text[:80])
    assert date is None or published_date(date) == date
    _glob_root(text[:60])
    doc = separate_page(Document("fuzz", fixed or " "))
    for start, end in doc.body:
        assert 0 <= start <= end <= len(doc.text)
    for block in doc.chrome:
        assert 0 <= block.start <= block.end <= len(doc.text)


if __name__ == "__main__":
    atheris.Setup(sys.argv, TestOneInput)
    atheris.Fuzz()
