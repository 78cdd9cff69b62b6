"""Cues of reported speech that published news uses: one behaviour per test, invented sentences."""
from __future__ import annotations

from newsgraph.doc import Document
from newsgraph.pipeline import Pipeline
from newsgraph.read.html import line_spans

QUOTE_STAGES = ("segment", "entities", "quotes")


def analyse(text: str, res) -> Document:
    return Pipeline(res, stages=QUOTE_STAGES)(Document(id="test", text=text, body=line_spans(text)))


def spans(doc: Document) -> list[tuple[str, str]]:
    return [(q.kind, q.text) for q in doc.quotes]


def speaker(doc: Document, quote) -> str | None:
    return doc.entities[quote.speaker].name if quote.speaker is not None else None


def test_converb_without_comma_reports_clause(res):
    doc = analyse("Заголовок\nИван Петров похвалил новичка, отметив что тот быстро учится.", res)
    assert ("indirect", "тот быстро учится") in spans(doc)


def test_noun_of_speech_with_clause_right_after(res):
    doc = analyse("Заголовок\nВечером из министерства поступили заявления, что завод закроют до весны.", res)
    assert ("indirect", "завод закроют до весны") in spans(doc)


def test_message_on_a_site_speaks_for_the_sites_owner(res):
    doc = analyse("Заголовок\nНа сайте компании «Северсталь» появилось сообщение, что директор уходит в отставку.", res)
    quote = next(q for q in doc.quotes if q.text == "директор уходит в отставку")
    assert speaker(doc, quote) is not None and "Северсталь" in speaker(doc, quote)


def test_finding_stated_with_clause(res):
    doc = analyse("Заголовок\nСледствие установило, что похитители вывезли картины за границу.", res)
    assert ("indirect", "похитители вывезли картины за границу") in spans(doc)


def test_finding_verb_without_clause_reports_nothing(res):
    doc = analyse("Заголовок\nПловец установил мировой рекорд, что стало сенсацией.", res)
    assert doc.quotes == []


def test_quotation_interrupted_twice_gives_three_pieces(res):
    doc = analyse("Заголовок\n«Мы открыли новый цех, — говорит Иван Петров, — и наняли сто рабочих. "
                  "Но этого мало, — заключил Иван Петров, — нам нужны ещё инженеры».", res)
    direct = [q for q in doc.quotes if q.kind == "direct"]
    assert [q.text for q in direct] == ["Мы открыли новый цех", "и наняли сто рабочих. Но этого мало",
                                        "нам нужны ещё инженеры"]
    assert direct[2].cue == "заключил"


def test_paragraph_quoted_whole_after_a_quotation_is_a_quotation(res):
    doc = analyse("Заголовок\n«Я потрясён этой новостью», — сказал Иван Петров.\n"
                  "«Это огромная потеря для страны, он был замечательным учёным»", res)
    assert ("direct", "Это огромная потеря для страны, он был замечательным учёным") in spans(doc)


def test_short_title_quoted_whole_is_no_quotation(res):
    doc = analyse("Заголовок\nФильм вышел в прокат в марте.\n«Новые времена»", res)
    assert doc.quotes == []


def test_source_of_an_outlet_after_the_report_speaks(res):
    doc = analyse("Заголовок\nНа прошлой неделе директор завода сдал анализы, однако они ничего не показали, "
                  "уточнил один из собеседников агентства.", res)
    assert ("indirect", "На прошлой неделе директор завода сдал анализы, однако они ничего не показали") in spans(doc)


def test_outlet_credit_after_the_report_is_no_quotation(res):
    doc = analyse("Заголовок\nНа прошлой неделе директор завода сдал анализы, однако они ничего не показали, "
                  "сообщает агентство.", res)
    assert doc.quotes == []


def test_this_information_confirmed_points_to_the_sentence_before(res):
    doc = analyse("Заголовок\nДиректор завода Иван Петров подал в отставку.\nДанную информацию подтвердили в компании «Север».", res)
    assert ("indirect", "Директор завода Иван Петров подал в отставку") in spans(doc)


def test_outlet_credit_set_off_by_commas_is_no_quotation(res):
    doc = analyse("Заголовок\nКроме того, сообщает РБК, директором завода назначен Егор Поляков.", res)
    assert doc.quotes == []


def test_press_service_set_off_by_commas_is_a_quotation(res):
    doc = analyse("Заголовок\nКроме того, сообщает пресс-служба мэрии, в городе открыли новую школу.", res)
    assert ("indirect", "в городе открыли новую школу") in spans(doc)
