"""Analysing a posted text or HTML page, without storing it."""
from __future__ import annotations

import threading

from pydantic import BaseModel, Field

from newsgraph.doc import Document
from newsgraph.errors import InputError

# The stages build some of their tables lazily on first use; one analysis at a time keeps
# that first build single, and the work is CPU-bound under the GIL anyway.
_ANALYSIS = threading.Lock()


class ExtractRequest(BaseModel):
    """A text or an HTML page to analyse; `whole` treats a text as clean article text."""

    text: str | None = Field(None, description="Plain text (a page's text dump or a clean article).")
    html: str | None = Field(None, description="An HTML page; its article is extracted first.")
    url: str | None = Field(None, description="Where the page came from (kept in `source.url`).")
    id: str | None = Field(None, description="An id for the Document; default: a hash of the text.")
    title: str | None = None
    published: str | None = Field(None, description="ISO publication date, if known.")
    whole: bool = Field(False, description="Treat the entire text as article text (no chrome separation).")

    model_config = {"json_schema_extra": {"examples": [
        {"text": "Президент Казахстана Касым-Жомарт Токаев провёл переговоры в Ташкенте."}]}}


def analyse_request(req: ExtractRequest) -> Document:
    """The analysed Document for a request. Raises InputError when it has neither usable
    text nor HTML, StageError when a stage fails."""
    from newsgraph.pipeline import analyse
    from newsgraph.read import document_from_record

    if req.text is not None and req.html is not None:
        raise InputError("give either 'text' or 'html', not both", "body")
    record = req.model_dump(exclude_none=True)
    doc = document_from_record(record, "body", None, fmt="html" if req.html is not None else "text")
    with _ANALYSIS:
        return analyse(doc, whole=req.whole)


def load_models() -> None:
    """Build the models and the stages' tables now rather than on the first request."""
    from newsgraph.pipeline import analyse

    with _ANALYSIS:
        analyse(Document("warm-up", "Президент Казахстана заявил в Астане: «Работа продолжится»."), whole=True)
