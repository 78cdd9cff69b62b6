"""Events stage: who takes part, on the classes published news showed (invented sentences,
one rule each)."""
from __future__ import annotations

import pytest

from conftest import only
from test_events import analyse, names


def test_an_arrest_in_the_passive_is_the_state_of_the_place(res):
    doc = analyse("В Египте арестован Мухаммед Бади.", res)
    assert [(names(doc, e.source), names(doc, e.target)) for e in doc.events] == [({"Египет"}, {"Мухаммед Бади"})]


def test_a_business_plan_is_no_intent(res):
    doc = analyse("Компания Playboy Enterprises планирует отказаться от печатной версии журнала.", res)
    assert doc.events == []


def test_no_violence_in_a_story_about_sport(res):
    doc = analyse("Виталий Кличко победил в бою за титул чемпиона мира.\n"
                  "Британец часто атаковал, однако ему не хватило мастерства.\n"
                  "Матч прошел в Лондоне.", res)
    assert not [e for e in doc.events if e.cameo_root in ("18", "19", "20")]


def test_the_office_taken_takes_no_part(res):
    doc = analyse("Эммерсон Мнангагва принёс присягу в качестве нового президента Зимбабве.", res)
    assert [names(doc, e.actors) for e in doc.events] == [{"Эммерсон Мнангагва"}]


def test_a_verb_trigger_counts_in_either_aspect(res):
    doc = analyse("Власти Франции штрафуют Ивана Петрова.\nСуд оправдал Петра Сидорова.", res)
    assert [e.cameo_root for e in doc.events] == ["17", "11"]


def test_the_crime_of_a_conviction_is_its_own_event(res):
    doc = analyse("Суд признал Ивана Петрова виновным в убийстве Петра Сидорова.", res)
    crime = [e for e in doc.events if e.cameo_root == "18"]
    assert [e.cameo_root for e in doc.events] == ["11", "18"]
    assert names(doc, crime[0].source) == {"Иван Петров"} and names(doc, crime[0].target) == {"Петр Сидоров"}
    # a charge only alleges the crime
    doc = analyse("Ивану Петрову предъявлены обвинения в убийстве Петра Сидорова.", res)
    assert not [e for e in doc.events if e.cameo_root == "18"]


def test_a_crime_in_a_story_about_a_sportsman_is_still_violence(res):
    doc = analyse("Футболист Иван Петров провел три сезона в лиге.\nОн забил много голов в матчах клуба.\n"
                  "Суд признал Ивана Петрова виновным в убийстве Петра Сидорова.", res)
    assert [e.cameo_root for e in doc.events if e.cameo_root == "18"] == ["18"]


def test_a_name_in_brackets_is_read_as_the_name_before(res):
    doc = analyse("Барак Обама назначил Томаса Фридена на пост директора Центров по контролю "
                  "заболеваний (CDC).", res)
    assert [names(doc, e.actors) for e in doc.events] == [{"Барак Обама", "Томас Фриден"}]


def test_a_destination_takes_part_only_after_a_verb(res):
    doc = analyse("Беназир Бхутто возглавила марш протеста из Лахора в Исламабад.", res)
    assert [names(doc, e.actors) for e in doc.events] == [{"Беназир Бхутто"}]


def test_private_meetings_and_election_races_are_no_events(res):
    doc = analyse("Иван Петров встречался с сестрой невесты Петра Сидорова.", res)
    assert doc.events == []
    doc = analyse("На выборах в ноябре Иван Петров будет выступать против Петра Сидорова.", res)
    assert doc.events == []


def test_a_person_told_by_a_common_noun_as_the_object_is_the_one_last_named(res):
    doc = analyse("Иван Петров прилетел в Париж во вторник.\nВласти Франции задержали политика в аэропорту.", res)
    arrest = [e for e in doc.events if e.cameo_root == "17"]
    assert arrest and names(doc, arrest[0].target) == {"Иван Петров"}


def test_a_passive_participle_gives_way_to_the_clause_s_own_happening(res):
    doc = analyse("По словам Ивана Петрова, семеро из задержанных в Эр-Рияде были отпущены на свободу.", res)
    assert [e.cameo_root for e in doc.events] == ["08"]


def test_releases_donations_and_captures_told_in_other_words(res):
    doc = analyse("Иван Петров вышел из тюрьмы в среду.", res)
    assert [e.cameo_root for e in doc.events] == ["08"]
    doc = analyse("Деньги были пожертвованы Тайванем Сальвадору.", res)
    assert [e.cameo_root for e in doc.events] == ["07"]
    doc = analyse("Солдат Иван Петров попал в плен к боевикам Исламского государства.", res)
    assert [e.cameo_root for e in doc.events] == ["18"]


def test_fire_opened_on_people_is_an_assault_and_a_funeral_planned_no_event(res):
    doc = analyse("Иван Петров открыл огонь по людям возле казино в Лас-Вегасе.", res)
    assert [e.cameo_root for e in doc.events] == ["18"]
    doc = analyse("Похороны Ивана Петрова собирались провести в Тегеране 2 сентября.", res)
    assert doc.events == []


def test_a_noun_trigger_takes_the_subject_before_a_relative_clause(res):
    doc = analyse("Франсиско Флорес скончался.\nНационалистический республиканский альянс, к которому "
                  "принадлежал Флорес, выразил соболезнования его семье.", res)
    assert [names(doc, e.source) for e in doc.events] == [{"Националистический республиканский альянс"}]


def test_a_trigger_counts_in_every_word_of_its_family(res):
    # the noun of the action and a reflexive form are looked up like the verb
    doc = analyse("Иван Петров объявил об освобождении Петра Сидорова из-под стражи.\n"
                  "Против Анны Ивановой расследуется дело о взятке.", res)
    assert [e.cameo_root for e in doc.events] == ["08", "09"]


def test_a_reflexive_that_is_another_verb_names_no_happening():
    from newsgraph.events.triggers import lookup
    assert lookup("расследоваться") is lookup("расследовать")
    assert lookup("задержаться") is None and lookup("пытаться") is None


@pytest.mark.parametrize("text,root", [
    ("Полиция Франции изъяла у Ивана Петрова оружие.", "17"),
    ("Иван Петров настаивает на отставке Петра Сидорова.", "10"),
    ("Боевики расстреляли Ивана Петрова в Кабуле.", "18"),
    ("Армия Израиля начала наступление на позиции Хамаса.", "19"),
    ("Турция приостановила переговоры с Евросоюзом.", "16"),
    ("Hewlett-Packard объявила о покупке компании 3Com.", "06"),
])
def test_the_codebook_wording_beyond_the_labels(res, text, root):
    doc = analyse(text, res)
    assert [e.cameo_root for e in doc.events] == [root]


def test_a_place_after_a_body_completes_its_name(res):
    doc = analyse("Верховный суд Бангладеша снял запрет на деятельность партии.", res)
    assert [names(doc, e.actors) for e in doc.events] == [{"Верховный суд Бангладеша"}]


def test_a_ministry_or_an_agency_named_in_full_with_its_country_is_one_side(res):
    doc = analyse("Национальное агентство безопасности Кении арестовало Ивана Петрова.", res)
    assert [names(doc, e.source) for e in doc.events] == [{"Национальное агентство безопасности"}]
    doc = analyse("МИД Казахстана осудил Ивана Петрова.", res)
    assert [names(doc, e.source) for e in doc.events] == [{"МИД", "Казахстан"}]


def test_a_common_noun_stands_for_the_person_named_after_it(res):
    doc = analyse("Голливудского продюсера Харви Вайнштейна обвинили несколько актрис.\n"
                  "Роуз Макгоуэн заявила об этом в Лондоне.\nПродюсер отвергает обвинения.", res)
    denial = [e for e in doc.events if e.type == "deny"]
    assert denial and names(doc, denial[0].actors) == {"Харви Вайнштейн"}


def test_a_bare_noun_subject_is_the_body_named_before(res):
    doc = analyse("Мария Иванова прилетела в Тель-Авив в четверг.\n"
                  "Верховный суд Израиля отклонил иск Марии Ивановой.\n"
                  "Суд также обвинил её в пропаганде.", res)
    charge = [e for e in doc.events if e.type == "disapprove"]
    assert charge and names(doc, charge[0].source) == {"Верховный суд Израиля"}
    assert names(doc, charge[0].target) == {"Мария Иванова"}


def test_an_appointment_is_between_persons(res):
    doc = analyse("Главным управляющим компании General Motors назначен Эдвард Уитакер.", res)
    assert [names(doc, e.actors) for e in doc.events] == [{"Эдвард Уитакер"}]


def test_the_person_named_to_say_whose_relative_takes_no_part(res):
    doc = analyse("Сын известного банкира Олега Белова, Иван Кравцов, арестован полицией Москвы.", res)
    arrest = [e for e in doc.events if e.cameo_root == "17"]
    assert arrest and names(doc, arrest[0].target) == {"Иван Кравцов"}
    assert "Олег Белов" not in names(doc, arrest[0].actors)


def test_a_relative_set_beside_by_dashes_takes_the_part(res):
    doc = analyse("Сын бывшего главы МВД Олега Белова — Андрей Белов — назначен заместителем директора компании.", res)
    appoint = [e for e in doc.events if e.cameo_root == "01"]
    assert appoint and "Олег Белов" not in names(doc, appoint[0].actors)


def test_someone_of_the_person_named_before_is_not_that_person(res):
    doc = analyse("Бизнесмен Иван Петров задержан в Москве. "
                  "Его адвокат обвинил американские спецслужбы в провокации.", res)
    blame = [e for e in doc.events if e.cameo_root == "11"]
    assert blame and names(doc, blame[0].target) == {"США"}
    assert "Иван Петров" not in names(doc, blame[0].actors)


def test_the_parse_gives_the_object_of_a_clause_with_someone_acting(res):
    doc = analyse("В Москве прошли обыски у режиссёра Кирилла Серебренникова. "
                  "Следственный комитет планирует допросить режиссёра.", res)
    plan = [e for e in doc.events if e.cameo_root == "13"]
    assert plan and names(doc, plan[0].source) == {"Следственный комитет"}
    assert names(doc, plan[0].target) == {"Кирилл Серебренников"}


def test_a_title_after_a_country_adjective_is_the_person_so_titled_before(res):
    doc = analyse("Министр обороны России Анатолий Сердюков прибыл на Итуруп в пятницу. "
                  "Правительство Японии выразило протест против визита российского министра обороны.", res)
    protest = [e for e in doc.events if e.cameo_root == "11"]
    assert protest and names(doc, protest[0].source) == {"Япония"}
    assert names(doc, protest[0].target) == {"Анатолий Сердюков"}


def test_the_one_another_deed_was_done_to_takes_no_part(res):
    doc = analyse("ФСБ начала расследование убийства Ивана Кравцова.", res)
    probe = [e for e in doc.events if e.cameo_root == "09"]
    assert probe and names(doc, probe[0].actors) == {"ФСБ"}
    doc = analyse("Журналисты обвинили мэра Олега Белова после жестокого избиения их коллеги Ивана Кравцова.", res)
    blame = [e for e in doc.events if e.cameo_root == "11"]
    assert blame and names(doc, blame[0].actors) == {"Олег Белов"}


def test_a_body_in_a_description_of_a_person_takes_no_part(res):
    doc = analyse("25-летний Мохсен Ходжаджи, солдат КСИР, попал в плен к ИГ и вскоре был обезглавлен.", res)
    assert doc.events and "КСИР" not in names(doc, doc.events[0].actors)
    doc = analyse("Глава оппозиционного движения «Группа 24» Умарали Кувватов был убит выстрелом в голову.", res)
    assert [names(doc, e.actors) for e in doc.events] == [{"Умарали Кувватов"}]


def test_a_country_under_two_names_takes_part_under_its_usual_name(res):
    doc = analyse("Россия выслала двух дипломатов Великобритании. "
                  "Ранее власти Великобритании выслали дипломата посольства РФ в Лондоне.", res)
    expulsions = [e for e in doc.events if e.cameo_root == "16"]
    assert [names(doc, e.source) for e in expulsions] == [{"Россия"}, {"Великобритания"}]
    assert names(doc, expulsions[1].target) == {"Россия"}


def test_the_place_a_post_is_held_in_is_the_title_s_not_the_happening_s(res):
    doc = analyse("Посол Японии в России Масахару Коно будет снят с должности.", res)
    dismissal = [e for e in doc.events if e.type == "dismiss"]
    assert len(dismissal) == 1 and names(doc, dismissal[0].actors) == {"Масахару Коно"}
    assert dismissal[0].place is None


def test_a_relative_clause_tells_of_the_person_named_right_before_it(res):
    doc = analyse("Министром назначен Иван Петров, который накануне был уволен с поста губернатора.", res)
    dismissal = [e for e in doc.events if e.type == "dismiss"]
    assert len(dismissal) == 1 and names(doc, dismissal[0].target) == {"Иван Петров"}


def test_a_frame_s_genitive_names_no_participant(res):
    doc = analyse("В связи с кончиной Ивана Кравцова его адвокаты Олег Белов и Пётр Седов намерены "
                  "обжаловать приговор.", res)
    assert doc.events and all("Иван Кравцов" not in names(doc, e.actors) for e in doc.events)


def test_she_is_not_the_man_named_last(res):
    doc = analyse("Анна Седова прилетела в Париж. Иван Петров остался в Москве. "
                  "Вчера она провела переговоры с Эмманюэлем Макроном.", res)
    talks = [e for e in doc.events if e.cameo_root == "04"]
    assert talks and "Иван Петров" not in names(doc, talks[-1].actors)
    assert "Анна Седова" in names(doc, talks[-1].actors)


def test_the_state_a_reduction_turns_back_from_is_its_target(res):
    doc = analyse("Министр иностранных дел Японии Иван Танака на следующий день отозвал из России посла.", res)
    recall = [e for e in doc.events if e.cameo_root == "16"]
    assert recall and "Россия" in names(doc, recall[0].target) and recall[0].place is None


# One shape: the first event of a root, one of its sides, the names on it.
SIDES = [
    pytest.param("Германия обсудила с Россией поставки газа.\nГермания ввела квоты.\n"
                 "Российские власти задержали Ивана Петрова.",
                 "17", "source", {"Россия"}, id="a demonym names the country of state agents"),
    pytest.param("Иван Петров прилетел в Париж во вторник.\nПолитик был задержан в аэропорту.",
                 "17", "target", {"Иван Петров"}, id="a person told by a common noun is the one last named"),
    pytest.param("США и Аргентина подписали договор.\n"
                 "Адвокат Иван Петров обвинил американские спецслужбы и аргентинскую полицию в провокации.",
                 "11", "target", {"США", "Аргентина"}, id="state agents as an object are their countries"),
    pytest.param("Полиция Москвы задержала Голливудского продюсера Харви Вайнштейна.",
                 "17", "target", {"Харви Вайнштейн"}, id="an adjective describing a named person takes no part"),
    pytest.param("Активистка Мария Иванова прилетела в Тель-Авив. "
                 "Верховный суд Израиля оставил в силе распоряжение о ее депортации.",
                 "11", "target", {"Мария Иванова"}, id="a possessive before a deed done to someone is the target"),
    pytest.param("Бывший министр Иван Сомов покинул Кабул в пятницу. "
                 "Вечером был арестован силами Национальной армии Афганистана.",
                 "17", "target", {"Иван Сомов"}, id="a passive with no subject acts on the person last named"),
    pytest.param("Иван Петров выступил против сделки. Еврокомиссия также выступала против неё. "
                 "Однако в декабре она закончила своё расследование.",
                 "09", "actors", {"Еврокомиссия"}, id="she points back at a body when no woman is named"),
    pytest.param("Лидер партии «Яблоко» Иван Петров, прибыв в Москву, провёл переговоры с Сергеем Лавровым.",
                 "04", "actors", {"Иван Петров", "Сергей Лавров"}, id="a carried subject's description takes no part"),
    pytest.param("Всемирный банк объявил о выделении Казахстану гранта в 5 миллионов долларов.",
                 "07", "target", {"Казахстан"}, id="a recipient before a noun trigger in its group is the target"),
    pytest.param("Депутат Иван Петров направил запрос в Генеральную прокуратуру Украины.",
                 "02", "actors", {"Иван Петров", "Генеральная прокуратура Украины"},
                 id="a body addressed with its country is one participant"),
    pytest.param("Полиция Москвы задержала экс-губернатора Тверской области и бывшего министра Украины Ивана Петрова.",
                 "17", "target", {"Иван Петров"}, id="titles joined by and describe the person named after"),
    pytest.param("Государственная миграционная служба Украины лишила Ивана Петрова гражданства.",
                 "17", "source", {"Украина"}, id="an agency named by its kind with its country is the country"),
    pytest.param("Иван Петров прилетел в Москву в мае. Однако тогда власти вернули политика под домашний арест.",
                 "17", "target", {"Иван Петров"}, id="a noun trigger after под takes its verb's object"),
    pytest.param("Иван Петров находился в контакте с Петром Сидоровым, который в мае совершил нападение на банк.",
                 "18", "source", {"Петр Сидоров"}, id="a relative clause carries no subject from before"),
    pytest.param("Иван Петров обвиняется в оказании помощи ИГИЛ.",
                 "11", "actors", {"Иван Петров"}, id="a name inside a charge takes no part"),
    pytest.param("Сотрудники ФСБ России задержали Ивана Петрова.",
                 "17", "actors", {"ФСБ", "Иван Петров"}, id="a security service with its country is one body"),
    pytest.param("Иван Петров откликнулся на призыв лидера партии Петра Сидорова.",
                 "02", "actors", {"Петр Сидоров"}, id="the subject of a verb governing a noun trigger with its own agent"),
    pytest.param("Евросоюз приостановил работу миссии в Молдавии.",
                 "16", "target", {"Молдавия"}, id="the state a mission is in is the target of a reduction"),
    pytest.param("Суд арестовал Ивана Петрова за оскорбление губернатора в сети микроблогов Twitter.",
                 "17", "actors", {"Иван Петров"}, id="a Latin name beside the noun of a setting is no participant"),
    pytest.param("Антимонопольная служба наложила на Uber штраф в размере миллиона рублей.",
                 "17", "target", {"Uber"}, id="a Latin name a penalty is laid on is the target, not a place"),
    pytest.param("Еврокомиссия наложила на Google штраф в размере 2 млрд евро. Google возражает против "
                 "такого решения.", "12", "target", {"Еврокомиссия"},
                 id="a rejection of such a thing answers the one who did it to the rejecting side"),
    pytest.param("Министр заверил, что Россия готова к переговорам с Китаем, сообщает агентство «Интерфакс».",
                 "03", "actors", {"Россия", "Китай"}, id="the outlet after a verb of reporting takes no part"),
    pytest.param("«Хезболла» обменяла тело Ивана Петрова у ИГ на пленных.",
                 "08", "actors", {"Хезболла", "ИГ"}, id="the dead whose body is exchanged takes no part"),
    pytest.param("Россия и Китай подписали договор в Пекине.\nИвана Петрова задержали в понедельник.",
                 "17", "actors", {"Иван Петров"}, id="an arrest in the indefinite form names no one doing it"),
    pytest.param("Власти Франции арестовали жителя города Лион.",
                 "17", "actors", {"Франция"}, id="the town of one resident takes no part"),
    pytest.param("Ивана Петрова задержали по обвинению в хулиганстве (поджог офиса «Газпрома»).",
                 "17", "actors", {"Иван Петров"}, id="a body inside a charge told in brackets takes no part"),
    pytest.param("Суд Франции отпустил Ивана Петрова, но задержал по обвинению в краже.",
                 "17", "target", {"Иван Петров"}, id="a joined verb with no object shares the first verb's"),
    pytest.param("Злоумышленники собирались похитить Ивана Петрова после выступления в концертном зале "
                 "Медисон-сквер-гарден.", "13", "actors", {"Иван Петров"}, id="the name of a venue takes no part"),
    pytest.param("Министр финансов Франции Жан Мартен заявил о реформе. Министр по делам молодёжи Франции "
                 "Пьер Дюбуа подчеркнул её важность. Он опроверг слухи, что реформу отложат.",
                 "01", "source", {"Пьер Дюбуа"}, id="a title's own complement gives its holder no slot"),
    pytest.param("Следственный комитет Белоруссии задержал Ивана Петрова по уголовному делу в отношении "
                 "должностных лиц компании «Уралкалий».", "17", "actors", {"Следственный комитет", "Иван Петров"},
                 id="whom a case is about takes no part"),
    pytest.param("Иван Петров заявил, что выступает против сделки по слиянию компаний Oracle и Sun Microsystems.",
                 "11", "target", {"Oracle", "Sun Microsystems"}, id="the parties of a deal opposed are its target"),
    pytest.param("В Минске убит известный оппозиционер Иван Петров.\n"
                 "Давний критик министра Петра Сидорова застрелен неизвестным у своего дома.",
                 "18", "target", {"Иван Петров"}, id="the genitive after a person told by a noun takes no part"),
    pytest.param("Суд приговорил Ивана Петрова к году тюрьмы за продажу программ для обхода «Великой стены Китая».",
                 "17", "actors", {"Иван Петров"}, id="a place inside a name in quotes takes no part"),
    pytest.param("Иван Петров назвал посещение двух из этих островов министром обороны Петром Сидоровым ошибкой.",
                 "04", "source", {"Петр Сидоров"}, id="a deed told by another's verb with its own doer"),
    pytest.param("Президентом Польши избрана женщина\nВо втором туре выборов в Польше победу одержала Анна Ковальская.",
                 "01", "target", {"Анна Ковальская"}, id="a headline's subject after a passive is the one named after"),
    pytest.param("Министр Пётр Сидоров выступил в Думе. Газета «Вести» приводит слова адвоката Ивана Петрова, "
                 "что он готов потребовать от Google компенсации.",
                 "13", "source", {"Иван Петров"}, id="he after someone's words is the one whose words they are"),
    pytest.param("Президент России Иван Петров прилетел в Казань. Министр Пётр Сидоров заявил, что ходатайствовал "
                 "перед президентом об увольнении двух генералов.",
                 "02", "target", {"Иван Петров"}, id="a title standing alone is the one the document so titles"),
    pytest.param("Президент России Иван Петров провёл совещание. Также указом президента с военной службы уволен "
                 "генерал-майор Пётр Сидоров.",
                 "01", "source", {"Иван Петров"}, id="the title after a decree is the one who does a passive's deed"),
    pytest.param("Президент России Иван Петров провёл совещание. Также указом президента с военной службы уволены "
                 "генерал-майор Пётр Сидоров, а также генерал-лейтенант Олег Белов.",
                 "01", "target", {"Петр Сидоров", "Олег Белов"}, id="a list after а также with no verb is the clause's"),
    pytest.param("Россия планирует поставлять крупнейшему покупателю газа — Китаю — более 30 миллиардов кубометров в год.",
                 "03", "target", {"Китай"}, id="a name between dashes beside a noun is that noun's"),
    pytest.param("Власти Йемена сообщили, что проведённое расследование завершено.",
                 "09", "source", {"Йемен"}, id="the state of agents as a subject carries to the clause after"),
]


@pytest.mark.parametrize(("text", "root", "side", "expected"), SIDES)
def test_the_side_of_an_event(res, text, root, side, expected):
    doc = analyse(text, res)
    found = [e for e in doc.events if e.cameo_root == root]
    assert found and names(doc, getattr(found[0], side)) == expected


def test_a_converb_shares_the_subject_of_the_clause_it_hangs_on(res):
    doc = analyse("Иван Петров станет министром финансов России, сменив на этом посту Сергея Сидорова.", res)
    assert [(e.cameo_root, names(doc, e.target)) for e in doc.events] == [("01", {"Иван Петров"})]


def test_the_office_to_come_goes_to_the_one_named_in_the_nominative(res):
    doc = analyse("Первый заместитель Ивана Петрова Сергей Сидоров станет командующим Южным военным округом.", res)
    assert [(e.cameo_root, names(doc, e.target)) for e in doc.events] == [("01", {"Сергей Сидоров"})]


def test_forms_of_one_person_s_name_are_named_by_the_fullest():
    from newsgraph.doc import Document, Entity, Mention
    from newsgraph.events.actors import person_key, same_people

    assert person_key("Иван-Петров-младший") == ["иван", "петров"]
    assert person_key("И.Петров") == ["петров"]
    doc = Document(id="t", text="")
    doc.entities = [Entity(0, "PER", "Иван-Петров-младший"), Entity(1, "PER", "Иван Петров"),
                    Entity(2, "PER", "Марию"), Entity(3, "PER", "Марии Сидоровой"),
                    Entity(4, "PER", "Петров")]
    doc.mentions = [Mention(0, 11, "PER", "Иван Петров", "Иван Петров", entity=1)]
    assert same_people(doc) == {0: 1, 2: 3, 4: 1}


def test_a_caption_line_is_no_statement(res):
    from newsgraph.events.actors import Holders, caption, read_phrases

    doc = analyse("Полиция Рима освободила похищенного ребёнка\nВид Неаполя.\n"
                  "Мальчика освободили вечером.\nМарио Росси — мёртв.", res)
    assert [caption(doc.text, s) for s in doc.sents][:3] == [False, True, False]
    book = Holders(doc, [read_phrases(s.tokens, [m for m in doc.mentions if s.start <= m.start < s.end], res)
                         for s in doc.sents])
    assert book.captions == [(doc.sents[1].start, doc.sents[1].end)]  # a line further down is read


def test_someone_beside_the_title_is_not_its_holder(res):
    doc = analyse("Россия и Болгария открыли год культуры в рамках визита российского президента в Болгарию. "
                  "Вместе с президентом приехал Иван Петров. Пётр Сидоров также подпишет договоры.", res)
    visit = [e for e in doc.events if e.cameo_root == "04"]
    assert visit and "Иван Петров" not in names(doc, visit[0].actors)
    assert "Петр Сидоров" in names(doc, visit[0].actors)


def test_a_name_hanging_on_another_noun_takes_no_part(res):
    # the growth is the city's; the promise is the mayor's, made to no one named
    doc = analyse("Иван Петров обещает бороться с бедностью и содействовать развитию Новосибирска.", res)
    assert [(names(doc, e.source), names(doc, e.target)) for e in doc.events] == [({"Иван Петров"}, set())]
    # a body of the person acted upon is that person's side
    doc = analyse("Франция выслала сотрудника посольства Ирана.", res)
    assert [names(doc, e.actors) for e in doc.events] == [{"Франция", "Иран"}]


def test_a_deal_told_again_by_its_noun_has_the_parties_named_before(res):
    doc = analyse("Основатель компании заявил, что выступает против сделки по слиянию компаний Альфа-Банк "
                  "и Ренессанс Кредит. Федеральная антимонопольная служба также выступила против этой сделки.", res)
    against = [e for e in doc.events if names(doc, e.source) == {"Федеральная антимонопольная служба"}]
    assert against and names(doc, against[0].target) == {"Альфа-Банк", "Ренессанс Кредит"}


def test_a_deed_told_on_about_the_same_one_acting_keeps_its_target(res):
    doc = analyse("Евросоюз оштрафовал компанию Google. Евросоюз пригрозил увеличить штраф вдвое.", res)
    assert [(e.cameo_root, names(doc, e.target)) for e in doc.events] == [("17", {"Google"}), ("13", {"Google"})]
    # a meeting before is no deed done to the one met
    doc = analyse("Иван Петров встретился с Петром Сидоровым. Иван Петров осудил убийство журналистов.", res)
    assert [(e.cameo_root, names(doc, e.target)) for e in doc.events] == [("04", {"Петр Сидоров"}), ("11", set())]


def test_a_body_of_an_organisation_is_not_the_organisation(res):
    from newsgraph.doc import Entity
    from newsgraph.events import same_entity
    assert not same_entity(Entity(0, "ORG", "Апелляционный суд ОДКБ"), Entity(1, "ORG", "ОДКБ"))
    assert same_entity(Entity(0, "ORG", "Азиатская конфедерация футбола АФК"), Entity(1, "ORG", "АФК"))
    assert same_entity(Entity(0, "ORG", "Главное разведывательное управление ГРУ"), Entity(1, "ORG", "ГРУ"))
    doc = analyse("В пятницу Международный трибунал ООН предъявил обвинения Ивану Петрову.", res)
    assert [names(doc, e.source) for e in doc.events] == [{"Международный трибунал ООН"}]


def test_the_deed_a_case_is_opened_on_is_no_new_event(res):
    doc = analyse("По факту нападения на Петра Сидорова возбуждено уголовное дело.", res)
    assert [e.cameo_root for e in doc.events] == ["09"]


def test_a_place_a_bearing_is_measured_from_takes_no_part(res):
    doc = analyse("В 30 километрах от Лиона полиция Франции задержала Ивана Петрова.", res)
    assert [names(doc, e.actors) for e in doc.events] == [{"Франция", "Иван Петров"}]
    doc = analyse("К юго-западу от Марселя полиция Франции задержала Ивана Петрова.", res)
    assert [names(doc, e.actors) for e in doc.events] == [{"Франция", "Иван Петров"}]


def test_a_city_struck_is_where_not_a_side(res):
    doc = analyse("Боевики обстреляли Донецк.", res)
    assert [(names(doc, e.target), doc.entities[e.place].name) for e in doc.events] == [(set(), "Донецк")]
    doc = analyse("Израиль атаковал Сирию.", res)
    assert [names(doc, e.target) for e in doc.events] == [{"Сирия"}]


def test_the_one_whose_resignation_is_told_leaves_the_post(res):
    doc = analyse("Журналисты прокомментировали отставку министра финансов Франции Ивана Петрова.", res)
    assert [(names(doc, e.source), names(doc, e.target)) for e in doc.events] == [({"Иван Петров"}, set())]
    doc = analyse("Журналисты прокомментировали увольнение министра финансов Франции Ивана Петрова.", res)
    assert [(names(doc, e.source), names(doc, e.target)) for e in doc.events] == [(set(), {"Иван Петров"})]


def test_the_one_a_measure_is_taken_in_respect_of_is_its_target(res):
    doc = analyse("Роскомнадзор составил протокол об административном правонарушении в отношении "
                  "компании Facebook.", res)
    assert [(names(doc, e.source), names(doc, e.target)) for e in doc.events] == [({"Роскомнадзор"}, {"Facebook"})]


def test_the_one_a_relative_word_in_the_accusative_stands_for_is_acted_upon(res):
    doc = analyse("Генерал Иван Петров, которого президент Дмитрий Сидоров уволил, подал в суд.", res)
    fired = [e for e in doc.events if e.cameo_root == "01"]
    assert [(names(doc, e.source), names(doc, e.target)) for e in fired] == [({"Дмитрий Сидоров"}, {"Иван Петров"})]


def test_a_verb_joined_to_a_relative_clause_shares_its_subject(res):
    doc = analyse("Генерал Олег Волков, которого президент Андрей Смирнов назначил, а затем уволил "
                  "с поста министра, открыл компанию.", res)
    fired = [e for e in doc.events if e.cameo_root == "01"]
    assert [(names(doc, e.source), names(doc, e.target)) for e in fired] == [({"Андрей Смирнов"}, {"Олег Волков"})]
    doc = analyse("Министр Олег Волков, который прибыл в Берлин, а затем встретился с Анной Шмидт, "
                  "вернулся домой.", res)
    met = [e for e in doc.events if e.cameo_root == "04"]
    assert [(names(doc, e.source), names(doc, e.target)) for e in met] == [({"Олег Волков"}, {"Анна Шмидт"})]


def test_a_relative_clause_of_its_own_takes_no_subject_from_the_main_clause(res):
    doc = analyse("Вчера делегацию встретил Олег Смирнов, которого избили неизвестные.", res)
    beaten = [e for e in doc.events if e.cameo_root == "18"]
    assert [(names(doc, e.source), names(doc, e.target)) for e in beaten] == [(set(), {"Олег Смирнов"})]


def test_a_clause_opened_by_where_takes_none_of_the_main_clause_names(res):
    doc = analyse("Город Лесной расположен по соседству с Самарой, где в прошлом году был убит "
                  "журналист Иван Орлов.", res)
    assert [(names(doc, e.source), names(doc, e.target)) for e in doc.events] == [(set(), {"Иван Орлов"})]
    assert [doc.entities[e.place].name for e in doc.events] == ["Самара"]
    doc = analyse("Миротворцы направлены в Абхазию — регион Грузии, где в мае произошли столкновения "
                  "между ополченцами и грузинскими военными.", res)
    assert [names(doc, e.target) for e in doc.events if e.cameo_root == "19"] == [{"Грузия"}]


def test_a_relative_clause_after_a_preposition_takes_none_of_the_main_clause_names(res):
    doc = analyse("Журналисты пришли на пресс-конференцию Ивана Петрова, на которой было сообщено "
                  "об аресте Петра Сидорова.", res)
    assert [(names(doc, e.source), names(doc, e.target)) for e in doc.events] == [(set(), {"Петр Сидоров"})]


def test_the_subject_of_a_passive_verb_governing_the_trigger_noun_is_acted_upon(res):
    doc = analyse("Министр транспорта Иван Петров отправлен в отставку.\n"
                  "Министр связи Олег Сидоров подал в отставку.", res)
    assert [(names(doc, e.source), names(doc, e.target)) for e in doc.events] == [
        (set(), {"Иван Петров"}), ({"Олег Сидоров"}, set())]


def test_the_subject_of_a_verb_of_undergoing_is_acted_upon(res):
    doc = analyse("Депутат Олег Сидоров получает многочисленные угрозы.\n"
                  "Министр Иван Петров давно находился под огнем общественной критики.", res)
    assert [(names(doc, e.source), names(doc, e.target)) for e in doc.events] == [
        (set(), {"Олег Сидоров"}), (set(), {"Иван Петров"})]


def test_the_teller_who_undergoes_the_noun_of_the_clause_after_is_acted_upon(res):
    doc = analyse("Депутат Олег Сидоров рассказал о том, что получает угрозы от неизвестных.", res)
    assert [(names(doc, e.source), names(doc, e.target)) for e in doc.events] == [(set(), {"Олег Сидоров"})]


def test_a_clause_with_a_subject_noun_of_its_own_takes_no_subject_from_the_clause_before(res):
    doc = analyse("Иван Петров подал заявку, но комитет отказался ее рассматривать.", res)
    refusal = only([e for e in doc.events if e.cameo_root == "12"])
    assert "Иван Петров" not in names(doc, refusal.source)
    # an object the tagger reads as a nominative, not agreeing with the verb, is no subject
    doc = analyse("Власти Франции не предъявили ей обвинений, и 14 мая «шпионку» отпустили под залог.", res)
    release = only([e for e in doc.events if e.cameo_root == "08"])
    assert names(doc, release.source) == {"Франция"}


def test_a_release_with_no_one_freed_in_its_clause_frees_the_one_held_before(res):
    doc = analyse("В Москве полиция задержала Олега Смирнова. Через два дня отпустили под залог.", res)
    release = only([e for e in doc.events if e.cameo_root == "08"])
    assert "Олег Смирнов" in names(doc, release.target)


def test_a_charge_taken_off_him_frees_the_one_last_named(res):
    doc = analyse("Павел Орлов провёл год в клинике, после того как с него, признанного больным, "
                  "было снято обвинение в краже.", res)
    release = only([e for e in doc.events if e.cameo_root == "08"])
    assert "Павел Орлов" in names(doc, release.target)


def test_a_chamber_that_confirms_an_appointment_is_its_source(res):
    doc = analyse("Профессор Джон Смит выдвинут на пост судьи.\n"
                  "Его кандидатура ждет утверждения Сенатом.", res)
    confirmed = [e for e in doc.events if e.cameo_root == "01" and "Сенат" in names(doc, e.source)]
    assert [names(doc, e.target) for e in confirmed] == [{"Джон Смит"}]


def test_a_chamber_is_told_by_its_head_word(res):
    from newsgraph.events.actors import voting_body
    assert voting_body("Верхняя палата парламента Казахстана") and voting_body("Сенат")
    assert voting_body("Совет Федерации") and voting_body("Совет директоров")
    assert not voting_body("Министерство обороны")


def test_a_court_named_with_the_union_it_belongs_to_is_one_participant(res):
    doc = analyse("Верховный суд Евросоюза признал Ивана Петрова виновным.", res)
    assert [names(doc, e.actors) for e in doc.events] == [{"Верховный суд Евросоюза", "Иван Петров"}]


def test_the_one_replaced_in_an_inflected_form_is_not_appointed(res):
    doc = analyse("Новым гендиректором компании станет Джон Смитсон.\n"
                  "Смитсона на его посту сменит Мэри Браун.", res)
    replaced = [e for e in doc.events if e.cameo_root == "01" and "Мэри Браун" in names(doc, e.target)]
    assert [names(doc, e.target) for e in replaced] == [{"Мэри Браун"}]


def test_the_one_at_whose_place_a_search_is_made_is_its_target(res):
    doc = analyse("Полиция провела обыск у Ивана Петрова.\n"
                  "Центробанк отозвал лицензию у московского банка «Заря».", res)
    assert [names(doc, e.target) for e in doc.events if e.cameo_root == "17"] == [{"Иван Петров"}, {"Заря"}]


def test_a_counted_noun_stands_for_the_person_named_in_the_next_sentence(res):
    doc = analyse("В Самаре полиция задержала трёх мужчин. Имя одного из них известно — это 40-летний "
                  "Олег Смирнов, владелец автосервиса.", res)
    arrest = [e for e in doc.events if e.cameo_root == "17"]
    assert arrest and names(doc, arrest[0].target) == {"Олег Смирнов"}


def test_a_counted_noun_takes_no_one_named_in_its_own_sentence(res):
    doc = analyse("Губернатор Иван Петров уволил двух заместителей мэра. Новости обсуждают в городе.", res)
    dismissal = [e for e in doc.events if e.cameo_root == "01" or e.type == "dismiss"]
    assert dismissal and names(doc, dismissal[0].target) == set()


def test_the_passive_subject_of_the_verb_a_noun_trigger_hangs_on_is_its_target(res):
    doc = analyse("В Твери в розыск объявлены двое мужчин. Это 30-летний житель Твери Олег Смирнов "
                  "и его знакомый.", res)
    search = [e for e in doc.events if e.cameo_root == "17"]
    assert search and names(doc, search[0].target) == {"Олег Смирнов"}


def test_a_place_that_ends_a_body_s_full_name_takes_no_part(res):
    doc = analyse("Фермер Иван Петров обратился к Министерству сельского хозяйства Бразилии с просьбой "
                  "о помощи.", res)
    appeal = [e for e in doc.events if e.cameo_root == "02"]
    assert appeal and names(doc, appeal[0].target) == {"Министерство сельского хозяйства Бразилии"}


def test_a_name_inside_a_body_s_name_takes_no_part(res):
    doc = analyse("Президент Чили Мигель Гомес обратился в Совбез ООН с просьбой о помощи.", res)
    appeal = [e for e in doc.events if e.cameo_root == "02"]
    assert appeal and names(doc, appeal[0].target) == {"Совбез ООН"}


def test_a_denial_with_its_object_before_the_verb_is_told_by_the_verb(res):
    doc = analyse("Экс-мэр Самары Иван Петров вернулся в город.\n"
                  "Бывший мэр все эти обвинения отрицает.", res)
    denial = only([e for e in doc.events if e.cameo_root == "01"])
    assert denial.type == "deny" and names(doc, denial.source) == {"Иван Петров"}


def test_the_state_of_a_post_takes_no_part(res):
    doc = analyse("Президент Казахстана поздравил Ивана Петрова с избранием на высший пост Киргизии.", res)
    praise = only([e for e in doc.events if e.cameo_root == "05"])
    assert names(doc, praise.target) == {"Иван Петров"}


def test_asylum_asked_in_a_state_is_asked_of_it_and_refused_by_it(res):
    doc = analyse("В 2015 году журналист Иван Петров подал запрос на убежище в Эквадоре, однако получил отказ.", res)
    appeal = only([e for e in doc.events if e.cameo_root == "02"])
    assert (names(doc, appeal.source), names(doc, appeal.target)) == ({"Иван Петров"}, {"Эквадор"})
    refusal = only([e for e in doc.events if e.cameo_root == "12"])
    assert (names(doc, refusal.source), names(doc, refusal.target)) == ({"Эквадор"}, {"Иван Петров"})


def test_a_person_told_by_a_common_noun_under_a_passive_participle_is_acted_upon(res):
    doc = analyse("Бизнесмен Иван Петров прилетел в Милан.\nБизнесмен был взят под стражу в аэропорту.", res)
    arrest = only([e for e in doc.events if e.cameo_root == "17"])
    assert names(doc, arrest.source) == set() and names(doc, arrest.target) == {"Иван Петров"}


def test_a_plural_object_stands_for_the_organisations_the_next_sentence_lists(res):
    doc = analyse("Антимонопольный комитет Украины признал операторов связи виновными в сговоре. "
                  "Комитет установил, что Lifecell и Vodafone одновременно подняли тарифы.", res)
    verdict = only([e for e in doc.events if e.cameo_root == "11"])
    assert names(doc, verdict.target) == {"Lifecell", "Vodafone"}
    doc = analyse("Налоговая служба оштрафовала двух операторов связи за сговор. "
                  "Комитет установил, что Lifecell и Vodafone одновременно подняли тарифы.", res)
    fine = only([e for e in doc.events if e.cameo_root == "17"])
    assert not {"Lifecell", "Vodafone"} & names(doc, fine.actors)  # a counted group is not the list


def test_a_body_the_entity_stage_names_by_its_common_noun_is_the_body_named_before(res):
    doc = analyse("Конституционный суд Армении рассмотрел жалобу оппозиции на итоги выборов.\n\n"
                  "Суд признал, что комиссия нарушила закон.\n"
                  "При этом суд отказался отменять итоги голосования.\n\n"
                  "Решение Суда будет опубликовано в понедельник.", res)
    refusal = only([e for e in doc.events if e.cameo_root == "12"])
    assert names(doc, refusal.source) == {"Конституционный суд Армении"}
    assert all("Суд" not in names(doc, e.actors) for e in doc.events)


def test_a_pronoun_telling_carries_the_person_it_points_back_at_to_its_that_clause(res):
    doc = analyse("Губернатор Омской области Иван Петров выступил на заседании совета.\n"
                  "Он уточнил, что договорился с министром финансов Антоном Сидоровым.", res)
    deal = only([e for e in doc.events if e.cameo_root == "05"])
    assert (names(doc, deal.source), names(doc, deal.target)) == ({"Иван Петров"}, {"Антон Сидоров"})


def test_a_plural_pronoun_object_stands_for_the_names_listed_before(res):
    doc = analyse("Иван Петров и Олег Белов были задержаны в Москве. "
                  "Прокуратура обвинила их в мошенничестве.", res)
    charge = only([e for e in doc.events if e.cameo_root == "11"])
    assert names(doc, charge.target) == {"Иван Петров", "Олег Белов"}
    doc = analyse("Компании Microsoft и Google нарушили закон. Еврокомиссия наложила на них штрафы.", res)
    fine = only([e for e in doc.events if e.cameo_root == "17"])
    assert (names(doc, fine.source), names(doc, fine.target)) == ({"Еврокомиссия"}, {"Microsoft", "Google"})


def test_a_council_that_releases_from_a_post_is_its_source(res):
    doc = analyse("Совет Федерации освободил Ивана Петрова от должности заместителя прокурора.", res)
    dismissal = only([e for e in doc.events if e.type == "dismiss"])
    assert names(doc, dismissal.source) == {"Совет Федерации"}
    assert names(doc, dismissal.target) == {"Иван Петров"}


def test_a_resignation_handed_in_is_left_by_its_author_to_the_addressee(res):
    doc = analyse("Премьер-министр Словакии Иван Петров подал заявление о своей отставке "
                  "президенту Олегу Сидорову.", res)
    dismissal = only([e for e in doc.events if e.type == "dismiss"])
    assert names(doc, dismissal.source) == {"Иван Петров"}
    assert names(doc, dismissal.target) == {"Олег Сидоров"}


def test_the_members_of_a_body_speak_for_the_body(res):
    doc = analyse("Представитель Росавиации Иван Петров дал интервью газете.\n"
                  "Представители Росавиации не подтвердили сообщения о поломке самолёта.", res)
    denial = only([e for e in doc.events if e.cameo_root == "01"])
    assert names(doc, denial.source) == {"Росавиация"}
    # the heads of two bodies are two persons, each the holder of a title
    doc = analyse("Глава Роскосмоса Иван Петров прилетел в Хьюстон.\n"
                  "Главы Роскосмоса и НАСА подписали соглашение о сотрудничестве.", res)
    deal = only([e for e in doc.events if e.cameo_root == "05"])
    assert "Иван Петров" in names(doc, deal.actors)


def test_a_place_of_a_body_the_happening_is_in_takes_no_part(res):
    doc = analyse("После отставок в администрации Тверской области, которые провёл губернатор Иван Петров, "
                  "в регионе назначены новые чиновники.", res)
    dismissal = only([e for e in doc.events if e.type == "dismiss"])
    assert names(doc, dismissal.actors) == {"Иван Петров"}
    # alone, the state of the body acts, as before
    doc = analyse("В правительстве Казахстана отказались комментировать решение.", res)
    assert [names(doc, e.actors) for e in doc.events] == [{"Казахстан"}]


def test_a_region_of_a_country_counted_is_the_place(res):
    doc = analyse("С начала года возбуждено 40 уголовных дел в 12 субъектах Российской Федерации.", res)
    case = only([e for e in doc.events if e.cameo_root == "09"])
    assert case.actors == []


def test_the_one_a_named_body_serves_is_part_of_its_name(res):
    doc = analyse("Совет при президенте РФ по правам человека раскритиковал законопроект.", res)
    criticism = only([e for e in doc.events if e.cameo_root == "11"])
    assert names(doc, criticism.actors) == {"Совет при президенте"}


def test_an_assembly_with_its_country_after_it_is_one_body(res):
    doc = analyse("Национальная ассамблея Кубы избрала Ивана Петрова председателем.", res)
    election = only([e for e in doc.events if e.cameo_root == "01"])
    assert names(doc, election.source) == {"Национальная ассамблея"}
    assert "Куба" not in names(doc, election.actors)


def test_a_capitalised_adjective_after_its_noun_is_no_name(res):
    doc = analyse("Новым главой церкви (патриархом Александрийским) избран епископ Теодориус.", res)
    election = only([e for e in doc.events if e.cameo_root == "01"])
    assert names(doc, election.actors) == {"Теодориус"}


def test_a_participle_in_an_oblique_case_carries_no_subject_of_the_main_clause(res):
    doc = analyse("Иван Петров опередил Олега Белова, временно возглавлявшего администрацию города "
                  "после отставки Антона Сидорова.", res)
    resignation = only([e for e in doc.events if e.type == "dismiss"])
    assert names(doc, resignation.source) == {"Антон Сидоров"}
