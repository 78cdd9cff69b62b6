"""Word lists of the quote stage: speech cues, titles of people, speaking bodies, pronouns.

Every list holds lemmas with ё written as е (compare through `newsgraph.russian.fold`), so a
cue is found in any of its forms ("заявил", "заявила", "заявляют") through the token's lemma.
"""
from __future__ import annotations

# Verbs that introduce what someone said, wrote or thinks; both aspects where both are used.
CUE_VERBS = frozenset("""
    сказать говорить заявить заявлять сообщить сообщать подчеркнуть подчеркивать отметить отмечать
    заметить замечать перечислить перечислять добавить добавлять пояснить пояснять уточнить уточнять
    напомнить напоминать признать признавать рассказать рассказывать заверить заверять указать
    указывать констатировать резюмировать объяснить объяснять ответить отвечать возразить возражать
    предупредить предупреждать объявить объявлять подтвердить подтверждать утверждать заключить
    подытожить воскликнуть спросить поинтересоваться продолжить продолжать пообещать обещать считать полагать
    допустить предположить признаться пожаловаться жаловаться написать писать информировать
    проинформировать уверить настаивать акцентировать доложить докладывать посетовать сетовать
    парировать уведомить известить предостеречь отчитаться говориться отмечаться сообщаться
    подчеркиваться указываться вспомнить вспоминать заявляться цитировать процитировать признаваться
    предполагать надеяться прокомментировать комментировать намекнуть намекать счесть
    поясняться уточняться утверждаться
    повторить повторять разъяснить разъяснять высказаться высказываться опровергнуть опровергать
    отрицать уверять восклицать крикнуть кричать спрашивать допускать уведомлять извещать
    предостерегать отчитываться подытоживать дополнить дополнять согласиться соглашаться
    подозревать заподозрить опасаться сомневаться пошутить шутить поделиться делиться
    похвастаться хвастаться возмутиться возмущаться пригрозить грозить поклясться клясться
    сознаться гарантировать спрогнозировать прогнозировать предсказать предсказывать
    провозгласить провозглашать огласить оглашать отозваться отзываться рапортовать отрапортовать
    верить думать рассчитывать упомянуть упоминать посчитать попросить просить призвать призывать
    мотивировать аргументировать передать добавляться обосновать обосновывать выразиться угрожать
""".split())

# Verbs of thought that report a view only with the clause right after them: "опасается, что
# …", but "его подозревают в том, что …" accuses rather than reports.
THOUGHT_VERBS = frozenset("подозревать заподозрить опасаться сомневаться верить думать рассчитывать".split())

# Verbs of a finding stated: "Следствие установило, что …" reports a finding only with the
# clause right after it ("установил рекорд", "установил камеры" report nothing).
FINDING_VERBS = frozenset({"установить"})

# Verbs of a charge laid with its content ("X обвинил Y в том, что …", "упрекают его в том, что
# …"): the speaker's claim, reported only with "в том, что" after the object. A passive charge
# ("обвиняется в том, что …", lemma "обвиняться") names no one who speaks.
ACCUSING_VERBS = frozenset("обвинить обвинять упрекнуть упрекать".split())

# Verbs that remark with a clause ("заметил, что …") but notice with an object ("заметили в
# газете статью"): without a clause of their own they report nothing.
NOTICE_VERBS = frozenset({"заметить", "замечать"})

# Possessive pronouns of the third person ("его", "её", "их"; folded), with the gender and
# number of the person or people they stand for.
PRONOUN_OWNERS = {"его": ("masc", "sing"), "ее": ("femn", "sing"), "их": (None, "plur")}

# Verbs of opinion: with the verbs of thought, their converbs give a reason, not a report ("не
# придал значения, посчитав, что …").
OPINION_VERBS = frozenset("считать счесть посчитать полагать предполагать".split())

# Verbs of opinion whose present active participle reports a view held now, as the finite verb
# does: "жители, считающие, что …", "примкнул к тем, полагающим, что …" (a past one,
# "считавший, что …", is a view held then; "предполагающий" is as often a plan that implies).
OPINION_PARTICIPLES = frozenset({"считать", "полагать"})

# Verbs that report a claim only when negated: "не исключил, что …", "не скрывает, что …".
NEGATED_CUES = frozenset("исключить исключать скрыть скрывать".split())

# Verbs of denial: negated, they affirm ("не отрицают, что …"); with an object noun
# ("опроверг предположения, что …") the clause is the claim denied, not the speaker's words.
DENYING_VERBS = frozenset({"отрицать", "опровергнуть", "опровергать"})

# Short adjectives that take a reported clause like a verb ("уверен, что …"); the tagger
# lemmatises them either to the adjective or to the verb they come from.
CUE_ADJECTIVES = frozenset("уверенный уверить убежденный убедить".split())

# A cue that needs its object to report speech: "выразил уверенность, что …".
_STATED = frozenset("""
    уверенность надежда мнение убежденность убеждение сожаление опасение сомнение предположение
    озабоченность обеспокоенность удивление возмущение недоумение
""".split())
CUE_WITH_OBJECT = {"выразить": _STATED, "высказать": _STATED,  # "высказал предположение, что …"
                   "выражать": _STATED, "высказывать": _STATED,
                   "сделать": frozenset({"заявление", "вывод"}),
                   "дать": frozenset({"понять"}), "давать": frozenset({"понять"}),  # "дал понять, что …"
                   "прийти": frozenset({"вывод", "заключение", "мнение"}),  # "пришёл к выводу, что …"
                   "обратить": frozenset({"внимание"}), "обращать": frozenset({"внимание"})}
# Words a cue's object must have after it: "обратил внимание на то, что …" points something out,
# while "обратил внимание, что …" is as often a thing noticed ("с ужасом обратил внимание, что").
CUE_OBJECT_TAIL = {"обратить": ("на", "то"), "обращать": ("на", "то")}
# Prepositions a cue's object may stand after ("пришёл к выводу").
CUE_OBJECT_PREPOSITIONS = frozenset({"к"})

# "говорится в заявлении МИД", "отмечается в сообщении концерна": the speaker is the author of
# the document named next to the cue, never a person in focus. Without a document beside it,
# "отмечается рост" observes rather than reports.
IMPERSONAL_CUES = frozenset({"говориться", "отмечаться", "сообщаться", "подчеркиваться", "указываться",
                             "заявляться", "поясняться", "уточняться", "утверждаться", "добавляться"})

# Cues whose object, not their subject, is the speaker: "цитирует издание министра".
OBJECT_SPEAKS = frozenset({"цитировать", "процитировать"})

# "СМИ привели слова Рухани о том, что …", "«…», — приводит Reuters слова министра": the one
# whose words are cited speaks, not the one citing them.
CITING_VERBS = frozenset({"привести", "приводить"})
CITED_WORDS = frozenset({"слово", "высказывание"})

# Verbs and nouns of a news outlet's credit for the news itself: "…, сообщает агентство",
# "пишет ТАСС", "Об этом сообщила газета": not a quotation of the outlet's own view.
CREDIT_VERBS = frozenset({"сообщать", "писать", "передавать"})
OUTLETS = frozenset("""
    агентство издание газета журнал телеканал телекомпания телерадиокомпания радиостанция портал сми
    медиа таблоид еженедельник
""".split())
DOCUMENT_NOUNS = frozenset("""
    сообщение заявление доклад документ пресс-релиз релиз письмо обращение отчет публикация материал
    комментарий ответ телеграмма телеграм-канал канал коммюнике резолюция декларация постановление
    указ приказ решение исследование обзор бюллетень сайт страница микроблог блог справка записка
    меморандум сводка интервью текст поздравление послание
    приговор петиция характеристика иск жалоба протокол рапорт твит запись
    статья кодекс закон договор соглашение конституция устав
""".split())

# Social networks, video and blog platforms: where a post appears, never who speaks ("написал в
# Twitter", "говорится на странице группы в Instagram"); the post is its account owner's. Stems,
# so that declined forms ("в Твиттере", "в Фейсбуке") match.
PLATFORMS = ("instagram", "инстаграм", "twitter", "твиттер", "твитер", "facebook", "фейсбук", "фэйсбук",
             "youtube", "ютуб", "ютьюб", "telegram", "телеграм", "вконтакте", "vkontakte", "livejournal",
             "tiktok", "тикток", "weibo", "вейбо", "snapchat", "whatsapp", "reddit", "linkedin", "myspace")

# A head of state's acts: one the text gives no author for ("говорится в указе") is signed by
# the head of state the text names.
DECREES = frozenset({"указ"})

# Nouns of "выступил с заявлением: «…»", a statement its maker gives with no cue verb.
STATEMENT_NOUNS = frozenset({"заявление", "обращение", "комментарий", "речь"})

# Nouns of a kind of place that a place's name stands in apposition to ("в штате Монтана",
# "в городе Денвер"), unlike a body's noun that a place completes ("в мэрии Денвера").
PLACE_KINDS = frozenset("""
    штат город область край район республика округ провинция графство регион село поселок деревня
    аул кишлак остров полуостров страна земля кантон префектура волость местечко станица
""".split())

# Nouns of "по словам X" / "по мнению X".
ACCORDING_TO = frozenset({"слово", "мнение", "заявление", "утверждение", "свидетельство", "убеждение",
                          "высказывание", "взгляд"})
# Of those, the nouns after "на" rather than "по": "На его взгляд, …".
ON_VIEW = frozenset({"взгляд"})
# Inanimate nouns of those who speak as a group, beside the bodies: "по мнению властей", "по
# заявлению следствия", "по словам семьи". After "по утверждению" any other thing is what is
# confirmed ("по утверждению бюджета"), no source.
SPEAKING_GROUPS = frozenset("""
    власть орган сторона делегация группа следствие обвинение защита оппозиция общественность
    командование окружение семья команда экспертиза
""".split())
# Nouns that count a group before the source in the genitive: "по мнению ряда экспертов".
GROUP_COUNTS = frozenset("ряд часть большинство половина треть множество десяток сотня".split())

# People nouns that never point back to someone in focus: an unnamed source stays unnamed.
# ("автор" is not one: the author of a book or a study the text is about is its named author.)
# Nor does an unknown wrongdoer ("Злоумышленник утверждал"): not the victim the text is about.
ANONYMOUS = frozenset("""
    собеседник источник представитель очевидец участник житель пользователь читатель зритель
    свидетель сотрудник человек мужчина женщина гражданин пассажир аноним инсайдер
    покупатель клиент работник рабочий отец мать брат сестра жена муж сын дочь друг подруга
    коллега сосед родственник супруга супруг вдова знакомый
    злоумышленник шантажист вымогатель похититель
""".split())

# Nouns of a person's sex and age: bare ("Женщина рассказала", "по словам девушки"), they
# stand for the person of that sex the text is about, not for someone new.
PERSON_BY_SEX = {"женщина": "femn", "девушка": "femn", "мужчина": "masc", "юноша": "masc"}

# Nouns of a spouse, by the spouse's sex: a woman in focus is no one's husband, a man no one's
# wife, so "супруга" after a woman spoke is that woman ("Как пояснила жена бизнесмена").
SPOUSES = {"жена": "femn", "супруга": "femn", "вдова": "femn", "муж": "masc", "супруг": "masc", "вдовец": "masc"}

# Nouns that take an organisation's name in quotation marks ("агентство «Кабар»"); after
# other bodies a quoted name is someone else ("в мэрии «Ъ» сообщили": the paper was told).
NAMED_BODIES = frozenset("""
    компания концерн агентство издание газета журнал телеканал радиостанция холдинг корпорация банк
    фонд ассоциация партия движение объединение общество союз организация предприятие портал фирма
""".split())

# Courtesy words before a name: "по словам господина Мурзагалиева".
HONORIFICS = frozenset({"господин", "госпожа", "гражданин", "гражданка", "товарищ"})

# Bodies that any organisation can be called: "в докладе организации" is the one just named.
GENERIC_BODIES = frozenset({"организация", "компания", "структура", "учреждение", "ведомство", "институт",
                            "клуб", "дом"})

# Bodies that speak: the speaker is the organisation named after them ("пресс-служба Акорды").
SPEAKING_BODIES = frozenset("""
    пресс-служба служба ведомство министерство правительство посольство администрация аппарат
    канцелярия компания банк комитет агентство департамент управление совет парламент сенат мажилис
    кабмин кабинет акимат хокимият мэрия пресс-центр штаб суд прокуратура полиция фонд организация
    партия фракция минобороны минфин минэнерго минэкономики минтранс минздрав минсельхоз минюст
    миграционная пограничная холдинг корпорация концерн издание газета телеканал портал фирма
    клуб дом секретариат телекомпания телерадиокомпания федерация лаборатория университет институт комиссия
    руководство дирекция правление трибунал
""".split())

PRONOUNS = {"он": ("masc", "sing"), "она": ("femn", "sing"), "они": (None, "plur")}

# Relative pronouns: "министр, который заявил …" speaks through its antecedent.
RELATIVES = frozenset({"который", "которая"})

# Stop words on the way from a cue to its subject: a new clause starts.
CLAUSE_WORDS = frozenset({"что", "чтобы", "будто", "если", "когда", "хотя", "поскольку", "но", "а"})

# Quotation marks: opening mark -> the marks that close it. A straight quote closes itself.
QUOTE_PAIRS = {"«": "»", "„": "“”", "“": "”", '"': '"'}
CLOSING = frozenset("»“”\"")
DASHES = "-–—―"

# Members named in the plural for their body ("белорусские следователи", "по данным
# прокуроров"): the stem of the body's name each kind of member belongs to.
MEMBERS = {"следователь": "следствен", "полицейский": "полиц", "прокурор": "прокурат",
           "пограничник": "погранич", "таможенник": "таможн", "спасатель": "мчс"}
