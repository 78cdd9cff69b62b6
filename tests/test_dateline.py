"""The page's dateline: formats read from one line, the line chosen on a page, and
`published` filled through `newsgraph extract`. Invented lines and pages."""
from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import run_cli, validate_document
from newsgraph.clean import find_dateline, separate_chrome
from newsgraph.clean.dateline import parse_dateline

# (dateline as a page prints it, the ISO value it states or None)
LINES = [
    ("23 октября 2024, 14:35", "2024-10-23T14:35"),
    ("23.10.2024 14:35", "2024-10-23T14:35"),
    ("Опубликовано: 23 октября 2024 г.", "2024-10-23"),
    ("2024-10-23", "2024-10-23"),
    ("2024-10-23T14:35:10+05:00", "2024-10-23T14:35+05:00"),
    ("23 октября 2024, 14:35 (GMT+5)", "2024-10-23T14:35+05:00"),
    ("14:35 (GMT+5), 23 октября 2024", "2024-10-23T14:35+05:00"),
    ("23.10.2024 14:35 +05:00", "2024-10-23T14:35+05:00"),
    ("23 октября 2024 года в 14:35 UTC+6", "2024-10-23T14:35+06:00"),
    ("23 октября 2024, 14:35 (МСК)", "2024-10-23T14:35+03:00"),
    ("19 мая 2009, 09:00 мск", "2009-05-19T09:00+04:00"),  # Moscow summer time then
    ("Экономика | 2 сентября 2013, 14:35", "2013-09-02T14:35"),
    ("Среда, 23 октября 2024", "2024-10-23"),
    ("Дата публикации: 05/08/2008 10:35", "2008-08-05T10:35"),
    ("23 окт. 2024", "2024-10-23"),
    ("23.10.24", "2024-10-23"),
    ("15 апреля 2025 г., 12:30 • Обновлено 13:00", "2025-04-15T12:30"),
    ("Обновлено: 24.10.2024 | Опубликовано: 23.10.2024", "2024-10-23"),
    ("Обновлено: 24.10.2024", None),  # when the page changed, not when it appeared
    ("23 октября, 14:35", None),  # no year: unknown, not a guess
    ("14:35", None),
    ("31.02.2024", None),
    ("В 2024 году на 23 октября было назначено заседание парламента, которое затем дважды переносили", None),
]


@pytest.mark.parametrize("line,value", LINES)
def test_dateline_formats(line, value):
    found = parse_dateline(line)
    assert (found[0] if found else None) == value
    if found:
        start, end = found[1:]
        assert line[start:end].strip() == line[start:end] and line[start].isalnum()


ARTICLE = ("Парламент Кыргызстана принял закон о цифровых услугах\n"
           "{dateline}"
           "Жогорку Кенеш в третьем чтении принял закон, по которому большую часть государственных услуг "
           "можно будет получить через портал электронного правительства.\n"
           "Закон вступит в силу 1 января 2025 года, сообщила пресс-служба парламента.\n"
           "По данным министерства, в прошлом году через портал было оказано более 2 млн услуг.\n")
RELATED = ("\nДругие новости\n"
           "22 октября 2024\n"
           "В Оше открылся новый терминал аэропорта\n"
           "21 октября 2024\n"
           "Нацбанк сохранил учетную ставку на уровне 9%\n")


def dateline_of(text: str):
    found = find_dateline(text, *separate_chrome(text))
    return (found[0], text[found[1]:found[2]]) if found else None


def test_dateline_under_the_headline():
    text = "Главная / Политика\n" + ARTICLE.format(dateline="23 октября 2024, 14:35\n") + RELATED
    assert dateline_of(text) == ("2024-10-23T14:35", "23 октября 2024, 14:35")


def test_dateline_above_the_headline():
    text = "Политика\n\n23.10.2024 14:35\n" + ARTICLE.format(dateline="") + RELATED
    assert dateline_of(text) == ("2024-10-23T14:35", "23.10.2024 14:35")


def test_related_headlines_dates_are_not_the_pages():
    text = "Главная / Политика\n" + ARTICLE.format(dateline="") + RELATED
    assert dateline_of(text) is None


def test_dates_in_the_article_and_footer_are_not_the_pages():
    text = ARTICLE.format(dateline="") + "\n© 2024 Информационное агентство\n23.10.2024\n"
    assert dateline_of(text) is None


def test_dateline_line_is_chrome_other():
    text = ARTICLE.format(dateline="Опубликовано: 23 октября 2024 г.\n")
    body, chrome = separate_chrome(text)
    start = text.index("Опубликовано")
    assert [c.kind for c in chrome if c.start == start] == ["other"]
    assert all(s != start for s, _ in body)


def test_stamp_beside_a_sidebar_headline_is_not_the_pages():
    text = ("Главные новости\n18:02\nЕреван и Тегеран обсудили строительство новой ЛЭП.\n"
            "23.10.2024 17:45\nВ Гюмри открылся завод по производству текстиля.\n\n"
            + ARTICLE.format(dateline="") + RELATED)
    assert dateline_of(text) is None


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("0123456789 .:/-+,()октябряGMTмскгода\n"), max_size=80)
       | st.text(max_size=80))
def test_arbitrary_text_never_breaks(text):
    found = find_dateline(text, *separate_chrome(text))
    if found:
        value, start, end = found
        assert 0 <= start < end <= len(text)
        assert value[:4].isdigit()


def test_extract_fills_published_from_the_dateline(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text("Главная / Политика\n" + ARTICLE.format(dateline="23 октября 2024, 14:35 (GMT+6)\n") + RELATED,
                    encoding="utf-8")
    proc = run_cli("extract", str(page))
    assert proc.returncode == 0, proc.stderr
    doc = validate_document(json.loads(proc.stdout))
    assert doc["published"] == "2024-10-23T14:35+06:00"
    assert doc["title"] == "Парламент Кыргызстана принял закон о цифровых услугах"


def test_source_published_wins_over_the_dateline(tmp_path):
    feed = tmp_path / "items.jsonl"
    text = ARTICLE.format(dateline="23 октября 2024, 14:35\n")
    feed.write_text(json.dumps({"id": "a1", "text": text, "published": "2024-10-24"}, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    proc = run_cli("extract", str(feed))
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["published"] == "2024-10-24"
