"""Analysing a posted text or HTML page, without storing it."""
from __future__ import annotations

import threading

from pydantic import BaseModel, Field

from newsgraph.doc import Document
from newsgraph.errors import InputError, StageError

# The stages build some of their tables lazily on first use; one analysis at a time keeps
# that first build single, and the work is CPU-bound under the GIL anyway.
_ANALYSIS = threading.Lock()
# Documents in one batch request: a site's front page of stories, not an archive.
MAX_BATCH = 100


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


class ExtractBatch(BaseModel):
    """Several pages of one or more sites, analysed as one set: the lines a site repeats across
    them are learnt first, as `newsgraph extract` does with the same files."""

    documents: list[ExtractRequest] = Field(..., min_length=1, max_length=MAX_BATCH)
    whole: bool = Field(False, description="Treat every text as clean article text (no chrome separation).")


def request_document(req: ExtractRequest, where: str = "body") -> Document:
    """The unanalysed Document of a request. Raises InputError when it has neither usable
    text nor HTML, or both."""
    from newsgraph.read import document_from_record

    if req.text is not None and req.html is not None:
        raise InputError("give either 'text' or 'html', not both", where)
    record = req.model_dump(exclude_none=True)
    return document_from_record(record, where, None, fmt="html" if req.html is not None else "text")


def analyse_request(req: ExtractRequest) -> Document:
    """The analysed Document for a request. Raises InputError for an unusable request,
    StageError when a stage fails."""
    from newsgraph.pipeline import Pipeline

    doc = request_document(req)
    with _ANALYSIS:
        return Pipeline(whole=req.whole)(doc)


def analyse_batch(batch: ExtractBatch) -> dict:
    """`documents`: the analysed Document of each request, in order, or null where it failed;
    `errors`: {index, reason} for each failure."""
    from newsgraph.clean.site import learn_sites
    from newsgraph.pipeline import Pipeline

    docs, errors = [], []
    for index, req in enumerate(batch.documents):
        try:
            docs.append(request_document(req, f"documents[{index}]"))
        except InputError as exc:
            docs.append(None)
            errors.append({"index": index, "reason": exc.message})
    out = []
    with _ANALYSIS:
        pipeline = Pipeline(sites=learn_sites(d for d in docs if d is not None), whole=batch.whole)
        for index, doc in enumerate(docs):
            if doc is None:
                out.append(None)
                continue
            try:
                out.append(pipeline(doc).to_dict())
            except StageError as exc:
                out.append(None)
                errors.append({"index": index, "reason": f"{exc.stage}: {exc.message}"})
    return {"documents": out, "errors": sorted(errors, key=lambda e: e["index"])}


def load_models() -> None:
    """Build the models and the stages' tables now rather than on the first request."""
    from newsgraph.pipeline import Pipeline

    with _ANALYSIS:
        Pipeline().warm_up()
