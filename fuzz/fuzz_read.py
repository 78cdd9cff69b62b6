"""Coverage-guided fuzzing of the readers (atheris): bytes chosen by the fuzzer go through the
decoder, the JSON Lines, HTML, feed and web archive readers. Anything but a Document or an
InputError, a Document whose spans leave its text or whose text is not UTF-8, or an input
that runs past libFuzzer's -timeout, is a finding. Run by `make fuzz`."""
import json
import sys

import atheris

with atheris.instrument_imports():
    from newsgraph.doc import Document
    from newsgraph.errors import InputError
    from newsgraph.read import read_html_file, read_jsonl, read_text
    from newsgraph.read.feeds import read_feed
    from newsgraph.read.warc import read_warc

READERS = [read_text, read_html_file, read_jsonl, read_feed, read_warc]


def check(item) -> None:
    if isinstance(item, InputError):
        return
    assert isinstance(item, Document), type(item)
    json.dumps(item.to_dict(), ensure_ascii=False).encode("utf-8")
    for start, end in item.body:
        assert 0 <= start <= end <= len(item.text), (start, end, len(item.text))


def TestOneInput(data: bytes) -> None:
    if not data:
        return
    reader = READERS[data[0] % len(READERS)]
    try:
        for item in reader(data[1:], "fuzz"):
            check(item)
    except InputError:
        pass  # a reader may refuse a whole file by raising


if __name__ == "__main__":
    atheris.Setup(sys.argv, TestOneInput)
    atheris.Fuzz()
