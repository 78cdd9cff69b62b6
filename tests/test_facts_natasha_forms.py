"""Every form of money and date that Natasha's own extractor tests cover
(natasha/natasha `tests/test_money.py`, `tests/test_date.py`) reads right here too: the
form alone, and the form inside a sentence of our own. Natasha's name and address tests
have no counterpart in the facts stage (names are entities; addresses are not in the
Document)."""
import pytest

from conftest import only

from newsgraph.evaluate.facts import analyse


# (form, amount, currency, sentence of our own with the form in it)
MONEY_FORMS = [
    ("1 599 059, 38 Евро", 1599059.38, "EUR", "По контракту поставщик получит {} до конца года."),
    ("2 134 472,44 рубля", 2134472.44, "RUB", "Долг управляющей компании достиг {} к марту."),
    ("420 долларов", 420, "USD", "Перелет до Стамбула обошелся семье в {} на человека."),
    ("20 млн руб", 20000000, "RUB", "Ремонт моста оценен в {} без учета проекта."),
    ("20 000 долларов", 20000, "USD", "Победитель конкурса получит {} от фонда."),
    ("2,2 млн.руб.", 2200000, "RUB", "На оборудование потратили {} из местного бюджета."),
    ("2,20 млн.руб.", 2200000, "RUB", "Смета выросла до {} после экспертизы."),
    ("2,02 млн.руб.", 2020000, "RUB", "Субсидия в {} поступила на счет хозяйства."),
    ("20 тыс руб", 20000, "RUB", "Штраф для юрлиц составит {} за каждое нарушение."),
    ("20 т. р.", 20000, "RUB", "Зарплата стажера — {} в месяц."),
    ("2 200 000 руб.", 2200000, "RUB", "Суд взыскал с подрядчика {} в пользу города."),
    ("20.000 руб.", 20000, "RUB", "Ущерб от кражи оценили в {} по словам потерпевшего."),
    ("20,000 руб", 20000, "RUB", "Каждому ветерану выплатят {} к празднику."),
    ("20,00 руб", 20, "RUB", "Проезд в автобусе стоит {} для всех пассажиров."),
    ("124 451 рубль 50 копеек", 124451.5, "RUB", "Задолженность по налогам составила {} на 1 июля."),
    ("881 913 (Восемьсот восемьдесят одна тысяча девятьсот тринадцать) руб. 98 коп.", 881913.98, "RUB",
     "Цена контракта — {} с учетом НДС."),
]


@pytest.mark.parametrize("form, amount, currency, sentence", MONEY_FORMS)
def test_money_form_alone(res, form, amount, currency, sentence):
    m = only(analyse(form, res).money)
    assert (m.amount, m.currency, m.approx) == (amount, currency, False)
    # the whole form is the span, less a full stop that may also end the text
    assert m.text == form or m.text == form.rstrip(".")


@pytest.mark.parametrize("form, amount, currency, sentence", MONEY_FORMS)
def test_money_form_in_a_sentence(res, form, amount, currency, sentence):
    doc = analyse(sentence.format(form), res)
    m = only(doc.money)
    assert (m.amount, m.currency, m.approx, m.text) == (amount, currency, False, form)
    assert doc.quantities == []


# (form, value, sentence of our own with the form in it)
DATE_FORMS = [
    ("24.01.2017", "2017-01-24", "Протокол заседания датирован {} и подписан всеми сторонами."),
    ("27. 05.99", "1999-05-27", "Справка о регистрации выдана {} районным отделом."),
    ("2015 год", "2015", "Отчет за {} опубликован на сайте министерства."),
    ("2014 г", "2014", "Показатели за {} оказались ниже плановых."),
    ("1 апреля", "--04-01", "Новые тарифы вступят в силу {} по всей республике."),
    ("май 2017 г.", "2017-05", "Самым дождливым месяцем стал {}, сообщили синоптики."),
    ("9 мая 2017 года", "2017-05-09", "Парад прошел {} на центральной площади."),
]


@pytest.mark.parametrize("form, value, sentence", DATE_FORMS)
def test_date_form_alone(res, form, value, sentence):
    d = only(analyse(form, res).dates)
    assert (d.value, d.relative) == (value, None)
    assert d.text == form or d.text == form.rstrip(".")


@pytest.mark.parametrize("form, value, sentence", DATE_FORMS)
def test_date_form_in_a_sentence(res, form, value, sentence):
    d = only(analyse(sentence.format(form), res).dates)
    assert (d.text, d.value, d.relative) == (form, value, None)
