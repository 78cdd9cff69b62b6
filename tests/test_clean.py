"""Chrome separation: the seed page, the labelled golden pages, snippets and properties."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsgraph.clean import separate_chrome
from newsgraph.clean.lexicon import lexical_kind
from newsgraph.clean.lines import split_lines
from newsgraph.evaluate.chrome import load_pages, score_pages
from newsgraph.evaluate.paths import labelled

GOLDEN = labelled("golden", "chrome")

SHARED = Path(__file__).parents[1].parent / "shared"
SEED = SHARED / "examples" / "seed" / "000_3aea3366a85cbd5f.txt"
KINDS = {"body", "related", "nav", "ad", "other"}


def line_numbers(text: str, spans) -> list[int]:
    return [text.count("\n", 0, start) + 1 for start, _ in spans]


def body_text(name: str) -> tuple[str, str]:
    text = (GOLDEN / f"{name}.txt").read_text(encoding="utf-8")
    body, _ = separate_chrome(text)
    return text, "\n".join(text[s:e] for s, e in body)


def test_seed_page():
    if not SEED.exists():
        pytest.skip("shared seed page not available")
    text = SEED.read_text(encoding="utf-8")
    expected = json.loads(SEED.with_name("000_3aea3366a85cbd5f.expected.json").read_text(encoding="utf-8"))
    body, chrome = separate_chrome(text)
    assert line_numbers(text, body) == expected["body_lines"]
    got = {}
    for item in chrome:
        got.setdefault(item.kind, []).append(text.count("\n", 0, item.start) + 1)
    assert got == expected["chrome_lines"]


def test_golden_labels_cover_every_line():
    pages = load_pages(GOLDEN)
    assert len(pages) >= 36
    assert sum(name.startswith("held_") for name, _, _ in pages) >= 12
    for name, text, gold in pages:
        numbers = {n for n, line in enumerate(text.split("\n"), 1) if line.strip()}
        assert set(gold) == numbers, name
        assert set(gold.values()) <= KINDS, name


# (page, snippet that must be in the body, snippet that must not); one row per layout at least.
SNIPPETS = [
    ("dev_01_chrome_last", "Камчыбек Ташиев", "Все новости"),
    ("dev_01_chrome_last", "открыть пункт пропуска", "Садыр Жапаров подписал"),
    ("dev_02_chrome_first", "Узбекистан нарастил экспорт", "USD 12 710"),
    ("dev_02_chrome_first", "два миллиарда долларов", "17 марта 2025"),
    ("dev_03_both", "Казахстанские боксеры выиграли", "Главная / Спорт"),
    ("dev_03_both", "Чемпионат мира пройдет осенью", "Геннадий Головкин"),
    ("dev_04_none", "В Алматы открылся международный", None),
    ("dev_04_none", "Закрытие пройдет в Казахском", None),
    ("dev_05_one_line", "Землетрясение магнитудой 4,6", "Токаев провел"),
    ("dev_06_two_lines", "Туркменистан и Иран договорились", "Поделиться"),
    ("dev_06_two_lines", "до 10 млрд кубометров", "Гурбангулы Бердымухамедов принял"),
    ("dev_07_bullets", "— снижение цены дизельного топлива", "Теги:"),
    ("dev_08_numbered_end", "3. транспорта строительных компаний", "Ташкентское метро"),
    ("dev_09_subheadings", "Кто еще претендует", "Токаев: референдум"),
    ("dev_09_subheadings", "Площадка и сроки", "Авторизуйтесь"),
    ("dev_10_read_also", "Аналитики связывают рост", "Читайте также"),
    ("dev_11_photo", "Сквер будет открыт", "Фото:"),
    ("dev_12_byline_tags", "В Караганде прошла акция", "Автор:"),
    ("dev_13_ads", "Инвестиции в проект оцениваются", "Кредит наличными"),
    ("dev_13_ads", "главным направлением", "Новости партнеров"),
    ("dev_14_cookie_share", "с 1 июля", "cookie"),
    ("dev_15_incident_times", "Водитель грузовика задержан", "11:42"),
    ("dev_16_one_line_alone", "ставку рефинансирования", None),
    ("dev_17_interview", "— Будут ли этой зимой отключения света?", "Беседовал"),
    ("dev_18_popular_top", "В Бухаре начали реставрацию", "аквапарк"),
    ("dev_19_counters", "без горячей воды остались 40 домов", "Просмотров"),
    ("dev_20_dated_related", "Высшего государственного совета", "20 ноября 2024"),
    ("dev_21_source_subscribe", "электронные визы", "рассылку"),
    ("dev_22_rates_body", "евро — 538,10 тенге", None),
    ("dev_23_sport_scores", "АГМК — «Кызылкум» — 2:1", "Турнирная таблица"),
    ("dev_24_no_gap", "около 50 соглашений", "ледоход"),
    ("held_01_live_blog", "11:15 Лидеры подписали", "Все материалы сюжета"),
    ("held_02_press_release", "Евразийский банк развития выделит", "Тел.:"),
    ("held_02_press_release", "Справка", "Бишкек, 4 ноября 2024 года"),
    ("held_03_mid_topic_block", "Исключение сделано для электромобилей", "UzAuto Motors"),
    ("held_04_comments", "льготный тариф в 10 сомов", "Сначала бы автобусы"),
    ("held_05_subtitle_english_ui", "Средства пойдут на проекты", "Tweet"),
    ("held_06_teasers", "Срок полномочий омбудсмена", "Вокзал сможет принимать"),
    ("held_07_faq_steps", "Сколько это стоит?", "Была ли эта статья полезной?"),
    ("held_08_lang_login_feed_first", "В Актобе эвакуировали", "В Павлодаре ограничили"),
    ("held_09_tiny_item_long_related", "320 манатов", "Южному газовому коридору"),
    ("held_10_epigraph_background", "«Ковер — это душа туркменского народа».", "Теги:"),
    ("held_11_opinion", "Почему Ташкент и Душанбе снова говорят о Рогуне", "может не совпадать"),
    ("held_12_match_lineups", "«Астана»: Мокин", "Все матчи тура"),
    ("held_13_double_spaced", "Старые паспорта останутся", "Архив новостей"),
    ("held_14_incident_media", "новые сели", "Ранее мы писали"),
    ("held_15_rubric_time_related", "Гран-при фестиваля", "Культура, 12:40"),
    ("held_16_no_headline_imprint", "первый в стране исламский банк", "Новости Таджикистана"),
    ("late_01_wire", "АСТАНА, 12 мая", "ЧИТАЙТЕ ТАКЖЕ"),
    ("late_02_table_lines", "Нарын\t63,8 сома", "Все новости рубрики"),
    ("late_03_gallery", "Жители и гости Душанбе", "Фото 1 из 8"),
    ("late_04_blockquote", "«Стороны подтвердили приверженность", "Блинкен провел"),
    ("late_05_big_footer", "Раньше жителям южных областей", "Адрес:"),
    ("late_06_top_main_banner", "Теперь законопроект должен рассмотреть Сенат.", "Ипотека от 7%"),
    ("late_07_question_answer", "Ответ: Гражданин Таджикистана", "Источник:"),
    ("late_08_chronology", "• 18 апреля 2025 — оглашен приговор.", "Версия для печати"),
    ("late_09_kazakh_ui", "мавзолея Ходжи Ахмеда Ясави", "Барлық жаңалықтар"),
    ("late_10_one_line_chrome_first", "Форум регионов Беларуси и России", "Просмотры"),
]


@pytest.mark.parametrize("name,must,must_not", SNIPPETS)
def test_golden_snippets(name, must, must_not):
    text, body = body_text(name)
    assert must in body
    if must_not is not None:
        assert must_not in text and must_not not in body


# (line, the kind its wording alone gives, or None): UI strings, and article lines that
# share words with them.
LEXICON = [
    ("Все новости", "nav"),
    ("Авторизуйтесь, пожалуйста", "nav"),
    ("Подпишитесь на нашу рассылку, чтобы получать главные новости раз в день", "nav"),
    ("Главная › Новости › Политика", "nav"),
    ("Теги: Казахстан, ЖКХ", "nav"),
    ("Читайте также: В Ташкенте открылся новый терминал аэропорта", "related"),
    ("Ранее мы писали: В Таджикистане прогнозируют жаркое лето", "related"),
    ("Реклама", "ad"),
    ("Реклама на сайте", "nav"),
    ("Кредит наличными без залога. erid: 2VtzqxK5fN", "ad"),
    ("Фото: пресс-служба мэрии Душанбе", "other"),
    ("Мэр на церемонии открытия. Фото: Азиз Каримов", "other"),
    ("Бишкек, 4 ноября 2024 года", "other"),
    ("15 апреля 2025 г., 12:30 • Обновлено 13:00", "other"),
    ("Просмотров: 2 341", "other"),
    ("Ташкент +21 °C", "other"),
    ("© 2025 Информационное агентство", "other"),
    ("При использовании материалов ссылка на сайт обязательна", "other"),
    ("О насилии в семье", None),
    ("Главное — забота о людях", None),
    ("Темы переговоров", None),
    ("Температура воздуха поднимется до +35°, сообщили синоптики", None),
    ("Ролик набрал 500 просмотров за сутки", None),
    ("При использовании строительных материалов нарушены нормы", None),
    ("Адрес новой школы пока не известен.", None),
    ("Видео очевидцев появилось в сети.", None),
    ("Ранее мы сообщали, что переговоры отложены.", None),
    ("Реклама алкоголя будет запрещена с 1 июня.", None),
    ("Полный доступ к архиву — по подписке", "nav"),
    ("Эта статья открыта для всех. Чтобы читать остальные материалы, оформите подписку.", "nav"),
    ("Оформить подписку от 199 ₽/мес.", "nav"),
    ("Уже подписаны? Войти", "nav"),
    ("Материал носит справочный характер и не заменяет консультацию специалиста.", "other"),
    ("Материалы сайта не являются инвестиционной рекомендацией.", "other"),
    ("При цитировании ссылка на издание «Степь» обязательна.", "other"),
    ("Адрес редакции: Астана, проспект Мира, 1", "other"),
    ("Комментариев: 12   Просмотров: 3 410", "other"),
    ("Оформить подписку можно в любом отделении почты.", None),
    ("Доступ к сервису будет предоставляться по подписке.", None),
    ("Компания заявила, что прогноз не является рекомендацией к покупке акций.", None),
]


@pytest.mark.parametrize("line,kind", LEXICON)
def test_lexicon(line, kind):
    assert lexical_kind(split_lines(line)[0]) == kind


def test_known_chrome_lines_are_chrome():
    text = "Мнения\nВ Бишкеке прошел саммит ОДКБ.\nКолонка редактора\nОн продлился два дня."
    body, chrome = separate_chrome(text, frozenset({"Колонка редактора"}))
    kept = [text[s:e] for s, e in body]
    assert "Колонка редактора" not in kept
    assert "Он продлился два дня." in kept
    assert any(text[c.start:c.end] == "Колонка редактора" for c in chrome)


def test_subheading_stays_body():
    text = ("Переговоры в Астане завершились подписанием восьми документов и совместного заявления.\n"
            "Что дальше?\n"
            "Следующая встреча пройдет в Ташкенте осенью, сообщили в МИД.\n")
    body, chrome = separate_chrome(text)
    assert len(body) == 3 and chrome == []


def test_windows_line_ends_give_the_same_lines():
    text = (GOLDEN / "dev_03_both.txt").read_text(encoding="utf-8")
    crlf = text.replace("\n", "\r\n")
    body, chrome = separate_chrome(text)
    body2, chrome2 = separate_chrome(crlf)
    assert [text[s:e] for s, e in body] == [crlf[s:e] for s, e in body2]
    assert [c.kind for c in chrome] == [c.kind for c in chrome2]


def test_empty_and_blank_text():
    assert separate_chrome("") == ([], [])
    assert separate_chrome("\n \n\t\n") == ([], [])


def test_quality_floor():
    floor = json.loads((GOLDEN / "floor.json").read_text(encoding="utf-8"))
    figures = score_pages(load_pages(GOLDEN))
    assert figures["f1"] >= floor["article_f1"]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("аб вгде.!?:;,«»—-\n\n\r \t1©°Фото:Читайте также|/ \u2028"), max_size=300)
       | st.text(max_size=200))
def test_arbitrary_text(text):
    body, chrome = separate_chrome(text, frozenset({"а", " б "}))
    spans = [tuple(s) for s in body] + [(c.start, c.end) for c in chrome]
    for start, end in spans:
        assert 0 <= start < end <= len(text)
        piece = text[start:end]
        assert piece.strip() and piece == piece.strip()
    assert all(c.kind in ("related", "nav", "ad", "other") for c in chrome)
    ordered = sorted(spans)
    for (_, end), (start, _) in zip(ordered, ordered[1:]):
        assert end <= start
    assert [tuple(s) for s in body] == sorted(tuple(s) for s in body)


# Lists at the article's edges, told apart by their shape as a block. Invented pages.
STORY = ("Правительство Казахстана утвердило программу строительства школ на 2025-2027 годы.\n"
         "По программе в стране построят 217 школ на 460 тысяч ученических мест, больше всего в Алматы и Шымкенте.\n"
         "Финансирование пойдет из республиканского бюджета и средств Национального фонда, сообщили в министерстве.\n")


def kinds_of(text: str) -> dict[str, str]:
    body, chrome = separate_chrome(text)
    out = {text[s:e]: "body" for s, e in body}
    out.update({text[c.start:c.end]: c.kind for c in chrome})
    return out


def test_headlines_with_full_stops_after_the_article_are_related():
    text = (STORY + "\nТеги: школы, образование\n\n"
            "В Актобе открылся новый детский сад.\nВ Таразе отремонтируют центральный стадион.\n"
            "Тенге укрепился к доллару на торгах.\n")
    kinds = kinds_of(text)
    assert kinds["В Актобе открылся новый детский сад."] == "related"
    assert kinds["Тенге укрепился к доллару на торгах."] == "related"
    assert all(kinds[line] == "body" for line in STORY.splitlines())


def test_headline_and_teaser_pairs_are_related():
    text = (STORY + "\nВ Астане прошел форум строителей\nУчастники обсудили новые нормы сейсмостойкости зданий.\n"
            "Аким Алматы проверил ход ремонта дорог\nДо конца сезона обещают обновить 120 улиц.\n")
    kinds = kinds_of(text)
    assert kinds["В Астане прошел форум строителей"] == "related"
    assert kinds["До конца сезона обещают обновить 120 улиц."] == "related"


def test_the_articles_own_list_stays():
    text = (STORY + "Больше всего школ построят в трех регионах:\n1. Алматы — 40 школ.\n2. Шымкент — 32 школы.\n"
            "3. Туркестанская область — 28 школ.\n")
    assert set(kinds_of(text).values()) == {"body"}


def test_short_closing_sentences_on_the_topic_stay():
    text = (STORY + "\nПервые школы по программе откроются в сентябре 2025 года.\n"
            "Всего в стране сейчас работают более 7,5 тысячи школ.\nДефицит мест оценивается в 200 тысяч.\n")
    assert set(kinds_of(text).values()) == {"body"}


def test_photo_caption_under_the_headline_is_other():
    text = ("Токаев поручил построить 217 школ к 2027 году\nКасым-Жомарт Токаев\n" + STORY)
    kinds = kinds_of(text)
    assert kinds["Токаев поручил построить 217 школ к 2027 году"] == "body"
    assert kinds["Касым-Жомарт Токаев"] == "other"


def test_pages_around_real_articles_are_assembled():
    from newsgraph.evaluate.chrome import ARTICLES

    if not (ARTICLES / "nerel-dev.jsonl").exists():
        pytest.skip("shared evaluation data not available")
    pages = {name: text for name, text, _ in load_pages(GOLDEN)}
    lists = [name for name in pages if name.startswith("lists_")]
    assert len(lists) >= 25
    assert all("{{article" not in pages[name] for name in lists)


def test_read_also_set_into_the_text_with_full_stops():
    lines = STORY.splitlines()
    text = ("\n\n".join(lines[:2]) + "\n\nЧитайте также:\nВ Актобе открылся новый детский сад.\n"
            "Тенге укрепился к доллару на торгах.\n\n" + lines[2] + "\n")
    kinds = kinds_of(text)
    assert kinds["В Актобе открылся новый детский сад."] == "related"
    assert kinds["Тенге укрепился к доллару на торгах."] == "related"
    assert all(kinds[line] == "body" for line in lines)


def test_headlines_with_credits_between_and_a_head_in_another_language():
    text = (STORY + "\nЧитайте також\nВ Актобе открылся новый детский сад.\nФото: архив\n"
            "В Таразе отремонтируют центральный стадион.\nФото: архив\n")
    kinds = kinds_of(text)
    assert kinds["В Актобе открылся новый детский сад."] == "related"
    assert kinds["В Таразе отремонтируют центральный стадион."] == "related"


def test_two_captions_under_the_headline():
    text = ("Токаев поручил построить 217 школ к 2027 году\n23 октября 2024, 14:35\n"
            "Вид на Астану с воздуха\nКасым-Жомарт Токаев\n" + STORY)
    kinds = kinds_of(text)
    assert kinds["Токаев поручил построить 217 школ к 2027 году"] == "body"
    assert kinds["Вид на Астану с воздуха"] == kinds["Касым-Жомарт Токаев"] == "other"


def test_readers_comments_end_the_article():
    text = (STORY + "\nКомментарии (2)\nАйгерим\nНаконец-то в нашем районе будет новая школа, давно ждали.\n"
            "Ерлан К.\nГлавное, чтобы построили вовремя и без нарушений.\n")
    kinds = kinds_of(text)
    assert all(kinds[line] == "body" for line in STORY.splitlines())
    assert kinds["Наконец-то в нашем районе будет новая школа, давно ждали."] != "body"
    assert kinds["Главное, чтобы построили вовремя и без нарушений."] != "body"


def test_a_commentary_subheading_keeps_the_article():
    paragraph = ("Эксперты считают, что программа позволит к 2027 году полностью решить проблему трехсменного "
                 "обучения в крупных городах страны, где сегодня не хватает мест в школах.")
    text = STORY + "\nКомментарии\n\n" + paragraph + "\n"
    assert kinds_of(text)[paragraph] == "body"


def test_headlines_with_run_on_teasers_under_a_head():
    text = (STORY + "\nГлавное за неделю\nБанки снизили ставки по депозитам в долларах.\n"
            "Экспорт зерна превысил прогнозы. Основной рост пришелся на поставки в Китай.\n"
            "Биржа подвела итоги года.\n")
    kinds = kinds_of(text)
    assert kinds["Экспорт зерна превысил прогнозы. Основной рост пришелся на поставки в Китай."] == "related"
    assert kinds["Биржа подвела итоги года."] == "related"
    assert all(kinds[line] == "body" for line in STORY.splitlines())


def test_items_a_colon_announces_across_blank_lines_stay():
    text = ("Судейский комитет назвал имена арбитров, которые будут обслуживать матчи турнира этим летом.\n\n"
            "Азию представляют два арбитра:\n\n• Тору Камикава (Япония) • Шамсул Майдин (Сингапур)\n\n"
            "Африку представляют два арбитра:\n\n• Коффи Коджа (Бенин) • Эссам Абд Эль Фатах (Египет)\n")
    assert set(kinds_of(text).values()) == {"body"}


def test_a_menu_bar_over_the_headline_is_not_the_headline():
    text = "Новости  Операторы  Интернет  Тарифы\n\nОператоры снизили тарифы в роуминге\n" + STORY
    kinds = kinds_of(text)
    assert kinds["Новости  Операторы  Интернет  Тарифы"] != "body"


@pytest.mark.parametrize("dateline, value", [
    ("Четверг, 26 октября 2017, 08:15 (Киев, UTC+3)", "2017-10-26T08:15+03:00"),
    ("04.04.2017 09:30 (по душанбинскому времени, UTC+5)", "2017-04-04T09:30+05:00"),
    ("12 июня 2012, 11:40 | Алматы (время астанинское, GMT+6)", "2012-06-12T11:40+06:00"),
    ("02 марта 2011 года 13:50, Астана", "2011-03-02T13:50"),
])
def test_datelines_with_places_and_zones_in_brackets(dateline, value):
    from newsgraph.clean import dateline_value

    text = "Программа строительства школ утверждена\n" + dateline + "\n" + STORY
    assert dateline_value(text, *separate_chrome(text)) == value


def test_a_site_states_its_time_zone_once():
    from newsgraph.clean import dateline_value

    text = ("Программа строительства школ утверждена\n11 июля 2019, 18:40\n" + STORY +
            "\nПоделиться\nВремя ташкентское (UTC+5)\n")
    assert dateline_value(text, *separate_chrome(text)) == "2019-07-11T18:40+05:00"


def test_a_caption_ending_in_a_date_is_not_the_dateline():
    from newsgraph.clean import dateline_value

    text = ("Программа строительства школ утверждена\nМинистр на открытии школы в Астане, 8 июня 2019 года\n"
            "13 июня 2019, 19:30\n" + STORY)
    assert dateline_value(text, *separate_chrome(text)) == "2019-06-13T19:30"


@pytest.mark.parametrize("dateline, value", [
    ("30 января 2015, 10:42 (время Астаны)", "2015-01-30T10:42+06:00"),
    ("14 марта 2024, 10:42 (время Астаны)", "2024-03-14T10:42+05:00"),
    ("02.09.2012 12:31 (время бишкекское)", "2012-09-02T12:31+06:00"),
    ("17:25, 27 января 2020 (CET)", "2020-01-27T17:25+01:00"),
    ("Воскресенье, 22 марта 2015, 15:30 по Москве", "2015-03-22T15:30+03:00"),
    ("14.05.2011, 02:15 (по московскому времени)", "2011-05-14T02:15+04:00"),
    ("23 октября 2024, 14:35, Москва", "2024-10-23T14:35"),
])
def test_datelines_with_zones_named_in_words(dateline, value):
    from newsgraph.clean import dateline_value

    text = "Программа строительства школ утверждена\n" + dateline + "\n" + STORY
    assert dateline_value(text, *separate_chrome(text)) == value


def test_reader_tools_between_headline_and_lead():
    text = ("Программа строительства школ утверждена\n15 апреля 2016, 19:50 мск\nСлушать новость ▶ 02:14\n"
            "Размер текста:  A−  A+\nВремя чтения: 2 минуты\n" + STORY)
    kinds = kinds_of(text)
    assert kinds["Программа строительства школ утверждена"] == "body"
    assert kinds["Время чтения: 2 минуты"] == "other"
    assert kinds["Слушать новость ▶ 02:14"] == kinds["Размер текста:  A−  A+"] == "nav"


def test_a_head_of_stories_with_counters_between_them():
    text = (STORY + "\nВаш e-mail   Подписаться\n\nВам будет интересно\nВ Актобе открылся новый детский сад.\n"
            "Первых воспитанников примут в сентябре.\n💬 12\nВ Таразе отремонтируют центральный стадион.\n"
            "Работы завершат к началу сезона.\n💬 7\n")
    kinds = kinds_of(text)
    assert kinds["Ваш e-mail   Подписаться"] == "nav"
    assert kinds["В Таразе отремонтируют центральный стадион."] == "related"
    assert kinds["Работы завершат к началу сезона."] == "related"
    assert all(kinds[line] == "body" for line in STORY.splitlines())


def test_an_arrow_link_and_a_disclaimer():
    lines = STORY.splitlines()
    text = ("\n\n".join(lines[:2]) + "\n→ В Актобе открылся новый детский сад\n" + "\n\n".join(lines[2:]) +
            "\n\nРедакция не несет ответственности за содержание комментариев читателей.\n")
    kinds = kinds_of(text)
    assert kinds["→ В Актобе открылся новый детский сад"] == "related"
    assert kinds["Редакция не несет ответственности за содержание комментариев читателей."] == "other"
    assert all(kinds[line] == "body" for line in lines)


@pytest.mark.parametrize("top", ["БРИТАНИЯ НА РУССКОМ", "◄ Назад    Новости мира"])
def test_a_sites_name_over_its_menu_is_not_the_headline(top):
    text = (top + "\nНовости   Регионы   Образование   Общество\n\nПрограмма строительства школ утверждена\n"
            "23 октября 2024, 14:35\n" + STORY)
    kinds = kinds_of(text)
    assert kinds[top] != "body"
    assert kinds["Программа строительства школ утверждена"] == "body"


def test_captions_under_the_dateline():
    text = ("Токаев поручил построить школы\n23 октября 2024, 14:35\n"
            "Касым-Жомарт Токаев на открытии школы в Астане, 2023 год\n" + STORY)
    kinds = kinds_of(text)
    assert kinds["Токаев поручил построить школы"] == "body"
    assert kinds["Касым-Жомарт Токаев на открытии школы в Астане, 2023 год"] == "other"
    text = "Токаев поручил построить 217 школ к 2027 году\n23 октября 2024, 14:35\nКасым-Жомарт Токаев.\n" + STORY
    kinds = kinds_of(text)
    assert kinds["Касым-Жомарт Токаев."] == "other"
    assert all(kinds[line] == "body" for line in STORY.splitlines())


def test_long_captions_under_the_dateline():
    caption = "Касым-Жомарт Токаев и министр просвещения на открытии новой школы в пригороде Астаны"
    text = "Токаев поручил построить школы\n23 октября 2024, 14:35\n" + caption + "\n\n" + STORY
    kinds = kinds_of(text)
    assert kinds["Токаев поручил построить школы"] == "body"
    assert kinds[caption] == "other"
    dated = "Строители на площадке новой школы в Шымкенте, 12 сентября 2023 г."
    text = "Токаев поручил построить школы\n23 октября 2024, 14:35\n" + dated + "\n\n" + STORY
    assert kinds_of(text)[dated] == "other"
    text = "Токаев поручил построить школы\n23 октября 2024, 14:35\nТокаев.\n\n" + STORY
    kinds = kinds_of(text)
    assert kinds["Токаев."] == "other"
    assert all(kinds[line] == "body" for line in STORY.splitlines())


@pytest.mark.parametrize("dateline, value", [
    ("Кишинёв, 28 февр. 2017 г., 11:36 (UTC+2)", "2017-02-28T11:36+02:00"),
    ("Лондон, 14 октября 2011 года, 22:04 по лондонскому времени", "2011-10-14T22:04+01:00"),
    ("5 января 2011, 09:10 (по красноярскому времени)", "2011-01-05T09:10+07:00"),
])
def test_datelines_with_abbreviated_months_and_more_places(dateline, value):
    from newsgraph.clean import dateline_value

    text = "Программа строительства школ утверждена\n" + dateline + "\n" + STORY
    assert dateline_value(text, *separate_chrome(text)) == value


def test_a_paywall_and_a_menu_set_with_wide_spaces_are_navigation():
    text = ("Прямой эфир   Телепрограмма   Новости   Проекты\n\nПрограмма строительства школ утверждена\n" + STORY +
            "\nПолный доступ к архиву — по подписке\nОформить подписку от 199 ₽/мес.\n")
    kinds = kinds_of(text)
    assert kinds["Прямой эфир   Телепрограмма   Новости   Проекты"] == "nav"
    assert kinds["Полный доступ к архиву — по подписке"] == kinds["Оформить подписку от 199 ₽/мес."] == "nav"
    assert all(kinds[line] == "body" for line in STORY.splitlines())
