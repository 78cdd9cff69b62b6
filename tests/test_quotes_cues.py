"""Cues of reported speech that published news uses: one row per behaviour, invented sentences."""
from __future__ import annotations

import pytest

from tests.test_quotes import analyse, speaker_name, yo


def spans(doc) -> list[tuple[str, str]]:
    return [(q.kind, q.text) for q in doc.quotes]


# A text (its first line a headline) and one quotation it must give: (kind, content).
FOUND = [
    pytest.param("Иван Петров похвалил новичка, отметив что тот быстро учится.",
                 ("indirect", "тот быстро учится"), id="converb-without-comma"),
    pytest.param("Вечером из министерства поступили заявления, что завод закроют до весны.",
                 ("indirect", "завод закроют до весны"), id="noun-of-speech-with-clause"),
    pytest.param("Следствие установило, что похитители вывезли картины за границу.",
                 ("indirect", "похитители вывезли картины за границу"), id="finding-with-clause"),
    pytest.param("«Я потрясён этой новостью», — сказал Иван Петров.\n"
                 "«Это огромная потеря для страны, он был замечательным учёным»",
                 ("direct", "Это огромная потеря для страны, он был замечательным учёным"),
                 id="paragraph-quoted-whole-after-a-quotation"),
    pytest.param("На прошлой неделе директор завода сдал анализы, однако они ничего не показали, "
                 "уточнил один из собеседников агентства.",
                 ("indirect", "На прошлой неделе директор завода сдал анализы, однако они ничего не показали"),
                 id="source-of-an-outlet-after-the-report"),
    pytest.param("Директор завода Иван Петров подал в отставку.\nДанную информацию подтвердили в компании «Север».",
                 ("indirect", "Директор завода Иван Петров подал в отставку"), id="this-information-confirmed"),
    pytest.param("Кроме того, сообщает пресс-служба мэрии, в городе открыли новую школу.",
                 ("indirect", "в городе открыли новую школу"), id="press-service-set-off-by-commas"),
    pytest.param("Певец Иван Петров вернулся домой. По собственным словам певца, поездка была тяжёлой.",
                 ("indirect", "поездка была тяжёлой"), id="according-to-words-with-an-adjective"),
    pytest.param("Итоги года подвели в пятницу.\nОбозреватель газеты «Вести» Иван Петров: «Здесь возможны "
                 "два пути, и оба трудные».",
                 ("direct", "Здесь возможны два пути, и оба трудные"), id="title-and-name-before-a-colon"),
    pytest.param("Причина смерти пока не установлена, сообщает судмедэкспертиза.",
                 ("indirect", "Причина смерти пока не установлена"), id="credit-verb-with-a-body-no-outlet"),
    pytest.param("Назначение подписано 8 августа, сообщает в пятницу вечером сайт кабмина.",
                 ("indirect", "Назначение подписано 8 августа"), id="credit-verb-with-a-bodys-site"),
    pytest.param('"По сути, у "Северного завода" были плохие показатели. И директор за это ответил", '
                 '- заявил Иван Петров.',
                 ("direct", 'По сути, у "Северного завода" были плохие показатели. И директор за это ответил'),
                 id="name-in-straight-marks-inside-straight-marks"),
    pytest.param("По первоначальным словам водителя, он не заметил знака.",
                 ("indirect", "он не заметил знака"), id="according-to-with-an-adjective"),
    pytest.param("По свидетельствам очевидцев, сначала раздался взрыв.",
                 ("indirect", "сначала раздался взрыв"), id="according-to-witnesses"),
    pytest.param("Адвокат опубликовал записку, которую передал ему клиент, и в которой сообщается, "
                 "что против него возбуждено новое дело.",
                 ("indirect", "против него возбуждено новое дело"), id="impersonal-cue-after-a-relative"),
    pytest.param("В статье 12 кодекса говорится что срок начинается со дня подачи заявления.",
                 ("indirect", "срок начинается со дня подачи заявления"), id="impersonal-cue-of-a-code"),
    pytest.param("Иван Петров подал в отставку. На сайте опубликована цитата из его письма: «Я горжусь "
                 "тем, что мы сделали за эти годы».",
                 ("direct", "Я горжусь тем, что мы сделали за эти годы"), id="first-person-after-a-colon"),
    pytest.param("Иван Петров похвалил команду, закончив выступление неожиданным заявлением:\n\n"
                 "Я ухожу из футбола и больше не вернусь.",
                 ("direct", "Я ухожу из футбола и больше не вернусь"), id="statement-in-the-instrumental"),
    pytest.param("Иван Петров уволился, обосновав это тем, что завод не платит зарплату.",
                 ("indirect", "завод не платит зарплату"), id="converb-with-tem-chto"),
    pytest.param("Как выразился один из источников, директор «продал завод по частям».",
                 ("indirect", "директор «продал завод по частям»"), id="as-put-by"),
    pytest.param("Актёр умер в возрасте 90 лет от сердечного приступа (как заявил его сын).",
                 ("indirect", "Актёр умер в возрасте 90 лет от сердечного приступа"), id="as-said-in-parentheses"),
    pytest.param("Со ссылкой на источник в министерстве сообщалось, что директор сохранит пост.",
                 ("indirect", "директор сохранит пост"), id="impersonal-cue-citing-a-source"),
    pytest.param("Адвокаты Ивана Петрова не отрицают, что их клиент был на месте аварии.",
                 ("indirect", "их клиент был на месте аварии"), id="negated-denial"),
    pytest.param("Депутат известен резкими высказываниями, которые, как отмечают эксперты, противоречат "
                 "этике.", ("indirect", "противоречат этике"), id="as-said-inside-a-relative-clause"),
    pytest.param("«Я готов к бою и к походу», — с этими словами Иван Петров вышел к журналистам.",
                 ("direct", "Я готов к бою и к походу"), id="with-these-words"),
    pytest.param("«Экипаж не успевает почувствовать невесомость», — эти слова командира Ивана Петрова "
                 "цитирует пресс-служба.", ("direct", "Экипаж не успевает почувствовать невесомость"),
                 id="these-words-of"),
    pytest.param("Иван Петров рассказал о поездке. Затем он ответил на вопрос о семье, и его ответ "
                 "завершился так: «Я не мог поступить иначе, мы всё решили вместе».",
                 ("direct", "Я не мог поступить иначе, мы всё решили вместе"), id="first-person-after-any-colon"),
    pytest.param("Мятежники утверждают, что генерал ехал в столицу, и объясняют его гибель заговором.",
                 ("indirect", "генерал ехал в столицу"), id="report-ends-at-a-second-verb-of-speech"),
    pytest.param("Тренер заявил, что будет жить в Кисловодске, что в 250 километрах от Грозного.",
                 ("indirect", "будет жить в Кисловодске"), id="report-ends-at-an-elliptic-remark"),
    pytest.param("Заседание покинул депутат Иван Петров, выразивший убеждение, что закон приведёт к репрессиям.",
                 ("indirect", "закон приведёт к репрессиям"), id="participle-with-its-clause"),
    pytest.param("Вечером на трассе столкнулись два грузовика.\n\nГлава района Иван Петров в телеграме "
                 "написал:\n\nДорогу расчистят к утру. Пострадавшим оказывают помощь.",
                 ("direct", "Дорогу расчистят к утру. Пострадавшим оказывают помощь"),
                 id="block-after-a-colon-and-one-blank-line"),
    pytest.param("По словам свидетелей, водитель «вышел из машины и закричал. Потом он уехал».",
                 ("indirect", "водитель «вышел из машины и закричал. Потом он уехал»"),
                 id="mark-opened-inside-the-clause-runs-to-its-close"),
    pytest.param("Было бы разумно, отмечает экономист Иван Петров, если бы налоги снизили весной.",
                 ("indirect", "если бы налоги снизили весной"), id="report-goes-on-after-the-attribution"),
    pytest.param("Адвокат, ссылаясь на то, что его клиент болен, попросил отложить заседание.",
                 ("indirect", "его клиент болен"), id="argument-referred-to"),
    pytest.param("Судья отклонил ходатайство, сославшись на то, что свидетель не явился.",
                 ("indirect", "свидетель не явился"), id="argument-referred-to-perfective"),
    pytest.param("Министр Олег Сидоров обратил также внимание на то, что цены на хлеб выросли.",
                 ("indirect", "цены на хлеб выросли"), id="attention-drawn-to"),
    pytest.param("Министр Олег Сидоров обратил внимание журналистов на то, что склады пусты.",
                 ("indirect", "склады пусты"), id="attention-of-someone-drawn-to"),
    pytest.param("Завод опубликовал ответ на жалобу жильцов. В нём сказано, что трубы заменят до зимы.",
                 ("indirect", "трубы заменят до зимы"), id="said-in-a-pronoun-for-a-text"),
    pytest.param("Газета напечатала два объявления. В первом случае говорилось, что дом продаётся.",
                 ("indirect", "дом продаётся"), id="said-in-a-noun-of-no-document"),
    pytest.param("Актёр умер в субботу.\nВ прощальном некрологе говорится:\nОн был добрым и щедрым человеком.",
                 ("direct", "Он был добрым и щедрым человеком"), id="said-in-before-a-block"),
    pytest.param("Мэр Иван Петров обвинил подрядчиков в том, что они сорвали сроки ремонта.",
                 ("indirect", "они сорвали сроки ремонта"), id="charge-with-its-clause"),
    pytest.param("Некоторые болельщики упрекают тренера в том, что он не выпустил молодых игроков.",
                 ("indirect", "он не выпустил молодых игроков"), id="reproach-with-its-clause"),
    pytest.param("По утверждению следствия, деньги вывезли за границу.",
                 ("indirect", "деньги вывезли за границу"), id="according-to-a-body-of-no-name"),
    pytest.param("По мнению ряда экспертов, цены на нефть упадут.",
                 ("indirect", "цены на нефть упадут"), id="according-to-a-count-of-a-group"),
    pytest.param("Комиссия по утверждению бюджета, по словам мэра, соберётся в мае.",
                 ("indirect", "Комиссия по утверждению бюджета, по словам мэра, соберётся в мае"),
                 id="according-to-after-a-thing-confirmed"),
    pytest.param("Министр финансов Иван Петров оправдывал повышение налогов:\n"
                 "Без этих мер бюджет остался бы пустым, а больницы закрылись бы уже к осени.",
                 ("direct", "Без этих мер бюджет остался бы пустым, а больницы закрылись бы уже к осени"),
                 id="active-statement-after-a-colon-of-no-cue"),
    pytest.param("Мэр Иван Петров вспомнил суд над газетой «Вести», где, по словам Петрова, «печатали ложь о мэре».",
                 ("indirect", "печатали ложь о мэре"), id="according-to-before-a-quotation-mark"),
]

# Texts that give no quotation at all.
NONE = [
    pytest.param("Пловец установил мировой рекорд, что стало сенсацией.", id="finding-verb-without-clause"),
    pytest.param("Фильм вышел в прокат в марте.\n«Новые времена»", id="short-title-quoted-whole"),
    pytest.param("На прошлой неделе директор завода сдал анализы, однако они ничего не показали, "
                 "сообщает агентство.", id="outlet-credit-after-the-report"),
    pytest.param("Кроме того, сообщает РБК, директором завода назначен Егор Поляков.",
                 id="outlet-credit-set-off-by-commas"),
    pytest.param("Предполагают, что преступники покупали билеты через интернет.", id="opinion-of-no-one"),
    pytest.param("Полковник, который, как полагают, руководил операцией, арестован.", id="as-believed-by-no-one"),
    pytest.param("Памятник открыли в субботу. Об этом человеке говорят разное.", id="about-this-man"),
    pytest.param("Певец терпел боль на концертах, но он думал, что это простуда.", id="belief-held-in-the-past"),
    pytest.param("Актриса вообще считала, что поездки по стране полезны для детей.", id="view-held-in-the-past"),
    pytest.param("Министр опроверг предположения, что реформу отложат.", id="claim-denied"),
    pytest.param("Композитор ещё не уверен, что войдёт в жюри конкурса.", id="negated-cue"),
    pytest.param("На вопросы отвечали: командир Иван Петров и бортинженер Сергей Сидоров.", id="list-after-a-colon"),
    pytest.param("Ему дали прозвище «Лис», которого считают лучшим защитником лиги.", id="name-with-a-relative"),
    pytest.param("Кроме того, он, как сообщается, сообщил другу о своём намерении уехать.",
                 id="as-reported-before-the-verb"),
    pytest.param("Вечером на трассе столкнулись два грузовика.\n\nВ сообщении ведомства говорится:\n\n\n"
                 "Дорогу расчистили к утру, движение открыто.", id="block-lost-after-two-blank-lines"),
    pytest.param("Суд смягчил приговор. Отмечается, что документ о помиловании подписан в мае.",
                 id="impersonal-cue-with-a-document-only-in-its-clause"),
    pytest.param("Причиной ухода тренер назвал усталость, или, по его словам, «полное выгорание» на работе.",
                 id="according-to-before-words-quoted-in-a-phrase"),
    pytest.param("Сначала дело вёл районный суд, но прокуратура, как пишет газета «Вести», в мае "
                 "передала его в областной суд.", id="outlet-credit-after-as-inside-the-sentence"),
    pytest.param("Сторож вошёл в склад и с ужасом обратил внимание, что двери сорваны.", id="attention-paid-to"),
    pytest.param("В городе говорится много о новом мосте.", id="said-in-with-no-clause"),
    pytest.param("Над рекой построили мост. В целом сказано немало.", id="said-in-an-adverb-phrase-with-no-clause"),
    pytest.param("Бывший мэр обвиняется в том, что брал взятки у подрядчиков.", id="passive-charge"),
    pytest.param("Сидорова обвинили в том, что он брал взятки у подрядчиков.", id="charge-laid-by-no-one"),
    pytest.param("Мэр обвинил подрядчиков в срыве сроков ремонта.", id="charge-with-a-noun-phrase"),
    pytest.param("Слушания в комитете по утверждению его кандидатуры отложены, но президент его поддерживает.",
                 id="according-to-with-a-thing-after-it"),
    pytest.param("Тренер займётся своим любимым, по словам друзей, делом – рыбалкой.",
                 id="according-to-inside-a-noun-phrase"),
    pytest.param("Прокуратура Москвы сняла все подозрения с бывшего мэра Ивана Петрова:\n"
                 "С Петрова сняты все обвинения в получении взяток от подрядчиков.",
                 id="passive-statement-after-a-colon-of-no-cue"),
    pytest.param("Полиция Москвы провела рейд на рынке:\nЗадержаны трое продавцов, изъято больше тонны контрафакта.",
                 id="passive-statement-with-no-subject-after-a-colon-of-no-cue"),
]


def test_title_alone_in_a_headline(res):
    doc = analyse("Глава Малайзии: мы не хотим воевать с соседями\nПремьер выступил в понедельник.", res)
    assert ("indirect", "мы не хотим воевать с соседями") in spans(doc)


def test_headline_with_a_dash_for_its_verb(res):
    doc = analyse("ООН: голод — главная угроза региона\nДоклад опубликован в понедельник.", res)
    assert ("indirect", "голод — главная угроза региона") in spans(doc)


@pytest.mark.parametrize("body, quote", FOUND)
def test_cue_gives_the_quotation(res, body, quote):
    assert quote in spans(analyse("Заголовок\n" + body, res))


@pytest.mark.parametrize("body", NONE)
def test_no_quotation(res, body):
    assert analyse("Заголовок\n" + body, res).quotes == []


def test_message_on_a_site_speaks_for_the_sites_owner(res):
    doc = analyse("Заголовок\nНа сайте компании «Северсталь» появилось сообщение, что директор уходит в отставку.", res)
    quote = next(q for q in doc.quotes if q.text == "директор уходит в отставку")
    assert "Северсталь" in (speaker_name(doc, quote) or "")


def test_line_after_a_blank_one_ending_in_a_colon_is_the_writers(res):
    doc = analyse("Заголовок\nКлуб «Север» объявил об уходе тренера:\n\nВ заявлении клуба говорится:\n"
                  "Тренер покидает команду по собственному желанию.", res)
    assert all(not q.text.startswith("В заявлении") for q in doc.quotes)
    assert ("direct", "Тренер покидает команду по собственному желанию") in spans(doc)


def test_quotation_in_wiki_italics_broken_by_its_attribution(res):
    doc = analyse("Заголовок\n''«Праздник удался, все остались довольны,'' — поделился своим мнением Иван Петров. "
                  "— ''Мы соберёмся здесь и через год»''.", res)
    direct = [q for q in doc.quotes if q.kind == "direct"]
    assert [q.text for q in direct] == ["Праздник удался, все остались довольны", "Мы соберёмся здесь и через год"]
    assert {q.cue for q in direct} == {"поделился"}


def test_block_quotation_goes_on_in_the_next_paragraph(res):
    doc = analyse("Заголовок\nВ сообщении клуба «Север» говорится:\nКоманда скорбит о смерти тренера.\n"
                  "Наши мысли с его семьёй, мы всегда будем помнить вас.\n\nМатч перенесли на субботу.", res)
    direct = [q.text for q in doc.quotes if q.kind == "direct"]
    assert direct == ["Команда скорбит о смерти тренера", "Наши мысли с его семьёй, мы всегда будем помнить вас"]


def test_writers_explanation_after_a_block_quotation_is_not_quoted(res):
    doc = analyse("Заголовок\nИван Петров обратился к соперникам:\nПриезжайте к нам, если не боитесь.\n"
                  "Имеется в виду, что матч пройдёт на их стадионе.", res)
    assert all("Имеется" not in q.text for q in doc.quotes)
    doc = analyse("Заголовок\nВ сообщении клуба говорится:\nКоманда скорбит о смерти тренера.\n"
                  "По нашим данным, прощание пройдёт в субботу.", res)
    assert all("прощание" not in q.text for q in doc.quotes)


def test_quotation_interrupted_twice_gives_three_pieces(res):
    doc = analyse("Заголовок\n«Мы открыли новый цех, — говорит Иван Петров, — и наняли сто рабочих. "
                  "Но этого мало, — заключил Иван Петров, — нам нужны ещё инженеры».", res)
    direct = [q for q in doc.quotes if q.kind == "direct"]
    assert [q.text for q in direct] == ["Мы открыли новый цех", "и наняли сто рабочих. Но этого мало",
                                        "нам нужны ещё инженеры"]
    assert direct[2].cue == "заключил"


def test_second_speaker_after_a_with_a_long_subject(res):
    doc = analyse("Заголовок\nАналитик Пётр Смирнов считает, что прибыль выросла на десять процентов, а газета "
                  "«Вести» со ссылкой на источники в банке утверждает, что прибыль упала.", res)
    assert ("indirect", "прибыль выросла на десять процентов") in spans(doc)
    assert ("indirect", "прибыль упала") in spans(doc)


def test_present_hope_after_but_goes_on_with_the_report(res):
    doc = analyse("Заголовок\nВ субботу министр Олег Сидоров сообщил, что больной по-прежнему в тяжёлом состоянии, "
                  "но врачи очень надеются, что ему станет лучше.", res)
    assert ("indirect", "больной по-прежнему в тяжёлом состоянии, но врачи очень надеются, что ему станет лучше") \
        in spans(doc)


def test_verb_that_cannot_share_the_cues_subject_goes_on_with_the_report(res):
    doc = analyse("Заголовок\nВ письме говорилось, что старый сторож умер в прошлом году, и передал ключи сыну.", res)
    assert ("indirect", "старый сторож умер в прошлом году, и передал ключи сыну") in spans(doc)


def test_same_subjects_next_verb_of_speech_ends_the_report(res):
    doc = analyse("Заголовок\nЖители утверждают, что пожар начался ночью, и объясняют его поджогом.", res)
    assert ("indirect", "пожар начался ночью") in spans(doc)


def test_thing_noticed_after_a_goes_on_with_the_report(res):
    doc = analyse("Заголовок\nПо словам Ивана Петрова, неделю у ребёнка не было имени, а затем родители заметили "
                  "в газете статью о космонавте.", res)
    assert ("indirect", "неделю у ребёнка не было имени, а затем родители заметили в газете статью о космонавте") \
        in spans(doc)


def test_other_speakers_words_after_but_end_the_report(res):
    doc = analyse("Заголовок\nАдвокаты не отрицают, что их клиент украл машину, но защита говорила о его болезни.", res)
    assert ("indirect", "их клиент украл машину") in spans(doc)


def test_quoted_sentences_after_a_cued_quotation_in_one_paragraph_are_carried_over(res):
    doc = analyse("Заголовок\n«Новый мост откроют весной», сказал мэр Иван Петров. «Движение по нему "
                  "будет бесплатным для всех жителей города».", res)
    direct = [q for q in doc.quotes if q.kind == "direct"]
    assert [q.text for q in direct] == ["Новый мост откроют весной",
                                        "Движение по нему будет бесплатным для всех жителей города"]
    assert "Петров" in (speaker_name(doc, direct[1]) or "")
    assert direct[1].cue is None


def test_quoted_paragraph_after_a_colon_following_a_cued_quotation_is_carried_over(res):
    doc = analyse("Заголовок\n«Завод закроют к осени», — говорит Иван Петров.\n\n"
                  "Поэтому разговоры о новых рабочих местах — это миф: «Никто не станет вкладывать "
                  "деньги в этот город ближайшие десять лет».", res)
    direct = [q for q in doc.quotes if q.kind == "direct"]
    assert direct[-1].text == "Никто не станет вкладывать деньги в этот город ближайшие десять лет"
    assert "Петров" in (speaker_name(doc, direct[-1]) or "")


def test_short_title_after_a_cued_quotation_is_not_carried_over(res):
    doc = analyse("Заголовок\n«Фильм снят для детей», сказал Иван Петров. Премьера фильма «Лето» прошла "
                  "вчера.", res)
    assert all(q.text != "Лето" for q in doc.quotes)


def test_present_participle_of_opinion_reports_the_view(res):
    doc = analyse("Заголовок\nФермер Пётр Сидоров принадлежит к тем жителям села, считающим, что новая "
                  "дорога погубит лес.", res)
    assert ("indirect", "новая дорога погубит лес") in spans(doc)


def test_past_participle_of_opinion_reports_nothing(res):
    doc = analyse("Заголовок\nФермер Пётр Сидоров, считавший, что дорогу не построят, уехал в город.", res)
    assert all(q.text != "дорогу не построят" for q in doc.quotes)


def test_view_after_na_with_a_possessive(res):
    doc = analyse("Заголовок\nЭколог Пётр Сидоров выступил на слушаниях. На его взгляд, новая свалка "
                  "отравит реку.", res)
    found = [(q.kind, q.text, yo(speaker_name(doc, q))) for q in doc.quotes]
    assert ("indirect", "новая свалка отравит реку", "Петр Сидоров") in found


def test_conviction_after_po_with_a_possessive(res):
    doc = analyse("Заголовок\nДепутат Анна Смирнова выступила в думе. По её убеждению, школы нужно "
                  "строить быстрее.", res)
    found = [(q.kind, q.text, speaker_name(doc, q)) for q in doc.quotes]
    assert ("indirect", "школы нужно строить быстрее", "Анна Смирнова") in found


def test_remarks_of_a_group_count_as_attribution(res):
    doc = analyse("Заголовок\nПо высказываниям пассажиров, самолёт сильно трясло.", res)
    assert ("indirect", "самолёт сильно трясло") in spans(doc)


def test_hope_held_by_the_one_after_u(res):
    doc = analyse("Заголовок\nФермер Иван Петров вспахал поле. У него есть надежды, что урожай будет "
                  "хорошим.", res)
    found = [(q.kind, q.text, speaker_name(doc, q)) for q in doc.quotes]
    assert ("indirect", "урожай будет хорошим", "Иван Петров") in found


def test_hope_as_a_reason_reports_nothing(res):
    doc = analyse("Заголовок\nФермер Иван Петров приехал в город в надежде, что найдёт работу.", res)
    assert all(q.text != "найдёт работу" for q in doc.quotes)


def test_pretext_with_its_clause_is_the_subjects_reason(res):
    doc = analyse("Заголовок\nГубернатор Олег Васильев уволил министра под предлогом, что тот сорвал "
                  "сроки ремонта.", res)
    found = [(q.kind, q.text, speaker_name(doc, q)) for q in doc.quotes]
    assert ("indirect", "тот сорвал сроки ремонта", "Олег Васильев") in found
