"""Word lists of the quote stage: speech cues, titles of people, speaking bodies, pronouns.

Every list holds lemmas with ё written as е (compare through `fold`), so a cue is found in
any of its forms ("заявил", "заявила", "заявляют") through the token's lemma.
"""
from __future__ import annotations


def fold(word: str | None) -> str:
    """Lower case with ё as е, the key every lexicon lookup uses.

    >>> fold("Подчеркнём")
    'подчеркнем'
    """
    return (word or "").lower().replace("ё", "е")


# Verbs that introduce what someone said, wrote or thinks; both aspects where both are used.
CUE_VERBS = frozenset("""
    сказать говорить заявить заявлять сообщить сообщать подчеркнуть подчеркивать отметить отмечать
    заметить замечать перечислить перечислять добавить добавлять пояснить пояснять уточнить уточнять
    напомнить напоминать признать признавать рассказать рассказывать заверить заверять указать
    указывать констатировать резюмировать объяснить объяснять ответить отвечать возразить возражать
    предупредить предупреждать объявить объявлять подтвердить подтверждать утверждать заключить
    подытожить воскликнуть спросить поинтересоваться продолжить пообещать обещать считать полагать
    допустить предположить признаться пожаловаться жаловаться написать писать информировать
    проинформировать уверить настаивать акцентировать говориться
""".split())

# Short adjectives that take a reported clause like a verb ("уверен, что …"); the tagger
# lemmatises them either to the adjective or to the verb they come from.
CUE_ADJECTIVES = frozenset("уверенный уверить убежденный убедить".split())

# A cue that needs its object to report speech: "выразил уверенность, что …".
CUE_WITH_OBJECT = {"выразить": frozenset("уверенность надежда мнение убежденность сожаление".split())}

# "говорится в заявлении МИД": the speaker is the body named after the cue, never a person in focus.
IMPERSONAL_CUES = frozenset({"говориться"})

# Nouns of "по словам X" / "по мнению X".
ACCORDING_TO = frozenset({"слово", "мнение"})

# Titles of people: head nouns of a role ("вице-премьер Узбекистана", "первый президент").
ROLE_HEADS = frozenset("""
    президент вице-президент экс-президент премьер-министр премьер вице-премьер экс-премьер министр
    экс-министр замминистра глава замглавы председатель зампред зампредседателя вице-председатель
    заместитель посол спикер вице-спикер губернатор аким хоким мэр вице-мэр депутат сенатор
    секретарь генсек директор гендиректор руководитель начальник советник помощник пресс-секретарь
    представитель спецпредставитель спецпосланник уполномоченный омбудсмен эксперт аналитик
    политолог экономист социолог историк юрист адвокат профессор академик ректор лидер основатель
    сооснователь владелец командующий главнокомандующий генерал прокурор генпрокурор судья канцлер
    король эмир султан патриарх муфтий тренер капитан журналист корреспондент обозреватель редактор
    главред казначей управляющий председательствующий атташе консул генконсул вице-губернатор
    замакима заммэра инженер врач главврач ученый координатор менеджер аудитор
""".split())

# Heads of state and government under their several titles: "глава Узбекистана" and
# "президент Узбекистана" name one office.
HEAD_OF_STATE = frozenset({"президент", "глава", "лидер"})

# A title that needs a complement to be a title at all ("глава" alone is a chapter).
NEEDS_COMPLEMENT = frozenset({"глава", "замглавы", "заместитель", "представитель", "секретарь",
                              "руководитель", "начальник", "председатель", "директор"})

# Modifiers that make a different office: a former holder is not the holder.
FORMER = frozenset({"первый", "бывший", "прежний", "предыдущий", "покойный", "экс"})

# Modifiers that say nothing about the office and stay out of the role ("известный политолог").
VAGUE_MODIFIERS = frozenset("известный знаменитый популярный авторитетный видный опытный молодой "
                            "наш этот тот данный сам весь".split())

# Bodies that speak: the speaker is the organisation named after them ("пресс-служба Акорды").
SPEAKING_BODIES = frozenset("""
    пресс-служба служба ведомство министерство правительство посольство администрация аппарат
    канцелярия компания банк комитет агентство департамент управление совет парламент сенат мажилис
    кабмин кабинет акимат хокимият мэрия пресс-центр штаб суд прокуратура полиция фонд организация
    партия фракция минобороны минфин минэнерго минэкономики минтранс минздрав минсельхоз минюст
    миграционная пограничная холдинг корпорация концерн издание газета телеканал портал
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
