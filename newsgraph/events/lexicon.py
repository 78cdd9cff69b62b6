"""Event triggers by lemma, with their event type and CAMEO root code.

Lemmas are lowercase with ё written as е, as the segmentation stage gives them. A lemma maps
to one `Trigger` or to a tuple of alternatives tried in order: the first whose conditions hold
in the clause wins ("обратиться" is a lawsuit next to "суд", an appeal next to "к" or
"просьба"). docs/events.md lists the same table for readers; a test keeps the two in step.
"""
from __future__ import annotations

from dataclasses import dataclass

# Happenings that are the saying itself: reported as a quote, the quote's speaker makes them.
SAID_TYPES = frozenset("deny decline_comment condole".split())
# Types outside CAMEO's scheme: coded 01, and never turned into a plan or threat.
OFFICE_TYPES = frozenset({"appoint", "dismiss"})

# How a trigger takes part in choosing a clause's event.
CONTENT = "content"  # names the happening itself
MODAL = "modal"      # a plan, refusal, appeal or demand that governs the happening it names
SIGN = "sign"        # signing or concluding: the kind of paper decides 05 or 06


@dataclass(frozen=True, slots=True)
class Trigger:
    type: str
    cameo_root: str
    role: str = CONTENT
    needs: frozenset[str] = frozenset()      # some lemma of the clause must be one of these
    needs_case: frozenset[str] = frozenset()  # ...and, if given, stand in one of these cases
    not_after: frozenset[str] = frozenset()  # the word right before must not be one of these
    passive: bool | None = None              # None: any voice; True/False: only that voice
    short: bool = False                      # only the short adjective ("готов", not "готовый")
    unless: frozenset[str] = frozenset()     # no lemma of the clause may be one of these
    denial: bool = False                     # said by its denial: "не комментирует", "не подтверждает"
    anywhere: bool = False                   # `needs` may stand anywhere in the sentence
    future: bool = False                     # only in the future tense ("станет", not "стал")


def _t(type_: str, root: str, role: str = CONTENT, needs: str = "", needs_case: str = "",
       not_after: str = "", passive: bool | None = None, short: bool = False, unless: str = "",
       denial: bool = False, anywhere: bool = False, future: bool = False) -> Trigger:
    return Trigger(type_, root, role, frozenset(needs.split()), frozenset(needs_case.split()),
                   frozenset(not_after.split()), passive, short, frozenset(unless.split()), denial, anywhere, future)


# Happenings that are no interaction between actors (CAMEO codes none of them): sport,
# accidents, fires and disasters, illness and medical care. A word of these in the sentence
# keeps a violent reading (18-20) off ("бой за титул", "удар по воротам", "убило током") and
# care off aid ("медицинская помощь").
SPORT_WORDS = frozenset("""
    матч турнир чемпионат чемпион чемпионка титул поединок раунд нокаут нокдаун боксер боксерский
    бокс кикбоксинг соперник спортсмен спортсменка сборная гол ворота футбол футболист хоккей теннис
    теннисист теннисистка финал полуфинал олимпиада олимпийский кубок очко счет тренер клуб
    лига сезон фехтование рапира медаль этап гонка пьедестал реванш ринг проиграть выиграть рефери
    форвард вратарь полузащитник
""".split())
# Stems of a sport in an organisation's name make it a sports body ("Международная федерация
# футбольных ассоциаций", "Международный олимпийский комитет"): a sentence naming one, by
# its name or its abbreviation, is a sentence about sport. Not "спорт" itself, which also
# names a ministry of sport, a body of government.
SPORT_BODY_STEMS = tuple("""
    футбол хоккей олимпи паралимпи теннис баскетбол волейбол гандбол легкоатлет бокс биатлон
    лыж конькобеж плаван гимнаст фехтован шахмат гребл регби
""".split())
# A court and its sittings: "судебное заседание", "заседание трибунала" is a trial.
COURTS = "суд судебный трибунал присяжный"
# States and happenings that put something at risk: "кризис угрожает дестабилизировать
# экономику" tells a danger, no threat an actor makes (13).
THREATENING_STATES = frozenset("""
    кризис ситуация положение обстановка конфликт война эпидемия пандемия вирус инфляция дефицит
    засуха потепление изменение рост падение снижение нехватка долг скандал нестабильность
    напряженность эскалация спад безработица бедность
""".split())
# What a sentence of sport tells between a club, its players and its coach is sport's own
# business, no interaction of actors: a contract agreed or extended, a demand or a call (for
# the coach's going), a match ("встретилась со сборной", "лучший игрок встречи").
SPORT_DEALS = frozenset("agree contract demand appeal meet".split())
# Words of a work of fiction: a sentence with one (written lowercase, a common noun) tells the
# story of a film, a series, a novel or a play ("в фильме герой встречается с ...", "сюжет
# сериала: герой убивает ..."), whose meetings and violence are no one's deeds.
PLOT_WORDS = frozenset("""
    фильм кинофильм кинокартина сериал мультфильм телесериал роман повесть сюжет персонаж герой
    героиня спектакль пьеса экранизация
""".split())
ACCIDENT_WORDS = frozenset("""
    дтп авария автокатастрофа авиакатастрофа катастрофа крушение пожар возгорание взрыв ток
    молния землетрясение наводнение оползень лавина шторм ураган тайфун цунами извержение
    болезнь рак инфаркт инсульт кома коронавирус передозировка самоубийство
""".split())
# A blast someone arranges is a bombing, no accident: "хотел устроить взрыв", "планировал взрыв".
BOMBING_VERBS = frozenset("устроить устраивать совершить совершать организовать организовывать подготовить "
                          "готовить планировать запланировать".split())
# A death reported in a document's first sentence makes it an obituary.
DEATH_WORDS = frozenset("умереть скончаться".split())
# Words of a couple's life: a document with them in two sentences tells private life, where
# a first meeting or a date is no consultation between actors.
PRIVATE_LIFE = frozenset("""
    обручиться обручение помолвка помолвить свадьба жениться замуж развод развестись венчание
    венчаться брак
""".split())
# Words of crime and justice: a violent trigger beside one of them is a crime, even in a
# document about sport ("футболист ... признан виновным в убийстве").
CRIME_WORDS = frozenset("""
    суд судья присяжный приговор приговорить виновный виновен заключение тюрьма тюремный обвинение
    обвинить преступление преступник полиция следствие следователь прокурор прокуратура осудить
""".split())
# Words of a criminal court's judgement: a sentence of sport with one tells a player's
# conviction ("суд приговорил футболиста", "вынес приговор ... колонию"), coercion still.
COURT_WORDS = frozenset("приговор приговорить осудить виновный виновен колония тюрьма тюремный".split())
# Convictions whose charge names a crime ("признал виновным в убийстве X", "приговорен за
# нападение"): the crime is a happening of its own, done by the one convicted. A charge or an
# arrest ("предъявлены обвинения в изнасиловании", "задержан за убийство") alleges it only,
# and an acquittal finds it not proven.
CONVICTIONS = frozenset("признать признавать приговорить приговаривать осудить приговор".split())
CHARGE_PREPS = frozenset("в за".split())
# A happening named as a condition ("Его выдача являлась одним из условий вступления в ЕС"):
# the noun trigger before "условие" after a copula is what is asked for, not done.
CONDITION_WORDS = frozenset("условие предусловие".split())
COPULAS = frozenset("являться явиться стать становиться оставаться".split())
# A charge as the subject of its sentence ("Обвинение включает геноцид и убийства ..."): the
# crimes it lists are alleged, none told as done.
CHARGE_NOUNS = frozenset("обвинение".split())
CARE_WORDS = "медицинский скорая скорый врач больница госпиталь реанимация лечение лечить операция хоспис хосписный"
# Aid needed is no aid given: "двум государствам потребовалась финансовая помощь".
NEEDED = "потребоваться нуждаться"
# Failing organs and machines: "у него отказало сердце" is no refusal.
FAILING = "сердце почка печень легкое тормоз двигатель"
# Roots of violence: never coded without it (see VIOLENT_ROOTS in docs/events.md).
VIOLENT_ROOTS = frozenset({"18", "19", "20"})
# Verbs of an election won ("победил на выборах", "победу одержала", "опередил во втором
# туре"): the winner takes the post the election was held for (see WIDER).
ELECTION_WON = ("победить", "побеждать", "одержать", "опередить")
# Appointments told by the one who takes the post ("его сменит Тим Кук", "должность займет
# Михаил Орлов", "принес присягу", an election won): that subject is the one appointed, the one
# it replaces no side.
POST_TAKEN = frozenset("сменить сменять заменить занять занимать вступить вернуться присяга стать".split()) | frozenset(ELECTION_WON)
# Violence that was not done: what a plot aims at ("заговор с целью похищения и убийства"),
# what a picture shows ("видео казней"), and what someone was talked into ("убедил его убить").
# People held by a state or captors: freeing one is a release (0841), "освобожден журналист".
HELD_PEOPLE = "заложник заключенный пленный пленник узник задержанный арестованный осужденный журналист"
VIOLENCE_AIMED = frozenset("цель".split())
VIOLENCE_SHOWN = frozenset("видео видеозапись запись кадр фото фотография снимок ролик изображение съемка".split())
VIOLENCE_URGED = frozenset("убедить уговорить подговорить склонить хотеть желать мечтать".split())
# Violence that is only what someone calls a deed: "называя его «незаконным похищением»",
# "расценил арест как похищение" (the deed is the arrest, the word a statement's).
VIOLENCE_NAMED = frozenset("""
    назвать называть именовать окрестить квалифицировать расценить расценивать охарактеризовать
    характеризовать счесть считать признать признавать объявить объявлять
""".split())
# Violence a charge or a suspicion names after "в" ("Обвиняемый в изнасиловании", "подозреваемых
# в убийстве", "по обвинению в убийстве") is alleged: the charge is told, not the deed.
VIOLENCE_ALLEGED = frozenset("обвинять обвинить обвинение подозревать подозрение".split())
# Nouns of a fight between groups: a killing told as happening in one or as its result ("убит
# в перестрелке с полицией", "в результате массовой драки убиты семеро") is the fight (19).
FIGHT_MANNER = frozenset("перестрелка бой драка столкновение схватка стычка".split())
# Nouns of a person named by a deed: the violence in the genitive after one ("участник
# нападения", "организатор теракта", "исполнитель убийства") says who the person is; the deed
# itself is told where it is reported.
VIOLENCE_DOERS = frozenset("участник участница организатор исполнитель заказчик соучастник пособник".split())
# Nouns of taking part in a deed, between a charge and the deed charged: "подозреваемый в
# организации терактов", "обвиняемый в подготовке убийства", "в причастности к нападению".
PARTAKING = frozenset("""
    организация подготовка совершение участие причастность соучастие пособничество финансирование
    планирование
""".split())
# A violent verb used as a figure of speech (CAMEO codes violence done to someone or
# something that can be harmed): its object a feeling or an abstraction ("ранит чувства",
# "убить время"), or its instrument words ("атаковать вопросами").
FIGURATIVE_OBJECTS = frozenset("""
    чувство самолюбие гордость достоинство честь репутация душа сердце время надежда мечта
    интерес воображение нерв настроение имидж авторитет доверие
""".split())
# Verbs and nouns of ending, which kill only when what they end is a person ("ликвидация
# лидера боевиков", "ликвидировали главаря"): a thing or an abstraction ended is no assault
# ("ликвидировать дефляцию", "устранить причины", "уничтожение имущества").
ENDING = frozenset("ликвидировать ликвидация устранить устранение уничтожить уничтожение".split())
# Nouns of quantity or of a group before the people they count ("тысячи мирных жителей",
# "группу боевиков"): the people after them are what is ended.
GROUPS = frozenset("тысяча миллион сотня десяток группа часть ряд отряд число множество".split())
# Fire is shooting only when opened, kept up or aimed ("открыл огонь по людям", "вели огонь"):
# oil poured on it ("подливают масло в огонь"), an eternal flame, a fire that burns are none.
FIRE_NOUNS = frozenset({"огонь"})
FIRING = frozenset("открыть открывать открытие вести ведение".split())
WORDS_AS_WEAPONS = frozenset("""
    вопрос критика обвинение упрёк упрек письмо звонок жалоба запрос просьба требование
    комментарий слово претензия
""".split())


# Titles that name a person by office ("президент Казахстана"): the title words an event's
# participant may stand behind. Which titles name one office ("глава Узбекистана" and
# "президент Узбекистана") is said once, in newsgraph/roles.py.
ROLE_WORDS = frozenset("""
    президент глава лидер король эмир премьер-министр премьер вице-премьер вице-президент министр
    замминистра посол председатель спикер мэр аким хоким губернатор канцлер генсек секретарь директор
    руководитель помощник советник заместитель представитель спецпредставитель начальник командующий
    управляющий главнокомандующий главком
""".split())

# Sites a visit may be to that are no actor: "посетил святилище", "посещающие курорт"; and
# pages on the web: "посещение сайтов" is reading, no one is visited.
SITES = "святилище храм мечеть церковь собор монастырь курорт кладбище здание сайт веб-сайт портал"
# Envoys of a state: one summoned is his state protested to.
ENVOYS = "посол поверенный поверить посланник дипломат консул"  # "поверенного": the tagger lemmatises it as поверить
# Those who give care: a visit to one of them is a patient's care, no visit between actors.
DOCTORS = "врач доктор психотерапевт психолог психиатр терапевт стоматолог дантист"
# Goods crossing a border: a restriction on them is a trade sanction (163).
IMPORTS = "импорт импортный импортируемый импортировать ввоз экспорт"

# Papers an actor signs for its own state, not with another: "подписал указ о награждении",
# "приказ о назначении подписан", a constitution signed by its framers, a notice signed by
# those who give it, is no agreement.
DECREES = frozenset("указ закон законопроект распоряжение постановление приказ конституция уведомление".split())
# Types whose participants all on one side are two parties ("Казахстан и Китай подписали");
# for the others coordinated subjects act together ("Медведев и Путин выразили
# соболезнования").
SYMMETRIC_TYPES = frozenset("meet visit forum agree contract cooperate fight exercise".split())

# Kinds of paper that a signing verb can take: diplomatic (05) or material (06) cooperation.
AGREEMENT_NOUNS: dict[str, tuple[str, str]] = {
    **{w: ("agree", "05") for w in (
        "соглашение", "договор", "меморандум", "протокол", "документ", "декларация", "хартия",
        "конвенция", "договоренность", "коммюнике", "пакт", "карта")},
    **{w: ("contract", "06") for w in ("контракт", "сделка")},
}
_PAPERS = " ".join(AGREEMENT_NOUNS)

# Office words an appointment must name, in the accusative or instrumental ("назначил
# министра", "назначен министром", "на должность"), so "назначил встречу" is not one.
# ("главным управляющим": the tagger gives "управляющий" the lemma of its verb, "управлять").
# "назначил преемника": the successor is put into the post of the one who leaves it.
_OFFICES = " ".join(ROLE_WORDS) + " должность пост управлять преемник"
_OFFICE_CASES = "Acc Ins"
# Whom a successor replaces: a personal pronoun or an office ("его сменит", "короля сменит")
_SUCCEEDED = " ".join(sorted(ROLE_WORDS)) + " он она император императрица король королева монарх"
# Inanimate words an appointment takes as its object that name the post or the one put in it
# ("утвердил кандидатуру", "занять пост"): any other thing as the object ("назначил встречу",
# "утвердил бюджет") is no appointment.
POST_NOUNS = frozenset("должность пост кандидатура место".split()) | ROLE_WORDS

# Private life: "убитый встречался с сестрой невесты" is no consultation between actors.
KIN = "сестра брат невеста жених подруга девушка любовница возлюбленный муж жена жениться свадьба брак замуж"
# Things stolen: taking them is a theft, which CAMEO does not code, not an abduction.
STOLEN = ("картина полотно деньги средство имущество автомобиль машина драгоценность украшение данные "
          "документ груз нефть топливо экспонат реликвия сейф")
# Elections: a candidate running "против" a rival opposes no one in CAMEO's sense.
ELECTIONS = "выборы выбор праймериз кандидат кандидатура баллотироваться избиратель голосование"
# The nouns of an election ("на выборах", "во втором туре выборов"; the tagger's lemma is
# "выбор"): a sentence with one tells a race for a post, where "соперник" is a rival candidate,
# no word of sport.
ELECTION_NOUNS = frozenset("выборы выбор".split())

# What is wound up, not killed: "ликвидация компании", "ликвидация последствий аварии".
LIQUIDATED = ("последствие компания предприятие фирма банк долг задолженность авария пожар организация "
              "юрлицо филиал отделение фонд безграмотность дефицит разрыв")

# Nouns of a trial, a trigger only right before "над" with a name in its group ("процесс над
# Младичем"): "мирный процесс", "суд постановил" name no trial of anyone; and only told as
# opened (`TRIAL_OPENED`: "процесс над Младичем начался"), not as the setting of what is said
# or done in it ("в посмертном процессе над Магнитским", "процесс проходит в его отсутствие").
TRIAL_NOUNS = frozenset({"процесс", "суд"})
TRIAL_OPENED = "начаться начинаться начать открыться открываться стартовать возобновиться"

# verbs of trying: a perfective persuasion after one is an attempt, an appeal (02)
TRYING = "пытаться попытаться стараться постараться"

TRIGGERS: dict[str, Trigger | tuple[Trigger, ...]] = {
    # 04 consult: meetings, talks, visits, forums
    **{w: _t("meet", "04") for w in (
        "встреча", "переговоры", "переговор", "переговорить",
        "беседа", "побеседовать", "консультация", "обсудить", "совещание",
        "созвониться")},
    # a court's sittings are a trial, no consultation: "заседания суда проходили полтора года"
    "заседание": _t("meet", "04", unless=COURTS),
    # a word of private life anywhere in the sentence: "женился на ..., с которой встречался"
    **{w: _t("meet", "04", unless=KIN, anywhere=True) for w in ("встретиться", "встречаться")},
    # a call, not calls tapped: "скандал о прослушивании телефонных разговоров"
    "разговор": _t("meet", "04", needs="телефонный", unless="прослушивание прослушка прослушать запись"),
    # a visit to a shrine, a museum or a show is no visit to another actor, nor a patient's
    # to a doctor ("регулярно посещал психотерапевта"): that is care
    **{w: _t("visit", "04", unless=SITES + " " + DOCTORS) for w in ("визит", "посетить", "посещать", "посещение", "турне")},
    # "Участники конференции одобрили проект": the forum tells who acts, what they did is the happening;
    # so does a member's ("сенаторы конгресса США проголосовали": the congress a legislature)
    **{w: _t("forum", "04", not_after="участник участница делегат член сенатор депутат конгрессмен") for w in (
        "форум", "саммит", "конференция", "съезд", "конгресс")},
    "стол": _t("forum", "04", needs="круглый"),
    # 05 diplomatic / 06 material cooperation: agreements and contracts, by the kind of paper
    "подписать": _t("agree", "05", SIGN),
    "подписание": _t("agree", "05", SIGN),
    "подписываться": _t("agree", "05", SIGN),
    "ратифицировать": _t("agree", "05", SIGN),
    "ратификация": _t("agree", "05", SIGN),
    "парафировать": _t("agree", "05", SIGN),
    "заключить": (_t("coerce", "17", needs="стража"), _t("agree", "05", SIGN, needs=_PAPERS)),
    "заключение": (_t("coerce", "17", needs="стража"), _t("agree", "05", SIGN, needs=_PAPERS)),
    "достичь": _t("agree", "05", SIGN, needs="соглашение договоренность компромисс"),
    "договориться": _t("agree", "05"),
    # 03 express intent to cooperate: plans and intentions (a modal governs what it plans)
    **{w: _t("intent", "03", MODAL) for w in (
        "планировать", "запланировать", "планироваться", "намереваться", "намерен",
        "собираться", "предполагаться", "ожидаться", "намечаться", "предстоять", "пообещать",
        "обещать", "обязаться", "намерение", "решимость")},
    # a consent is a plan ("согласился занять пост"); a consent denied with "с" is a refusal of
    # what another did or asks, 12 ("не согласился с отставкой", "не согласны с решением суда")
    "согласиться": (_t("reject", "12", needs="с", denial=True), _t("intent", "03", MODAL)),
    "согласный": _t("reject", "12", needs="с", short=True, denial=True),
    # not "привести в боевую готовность": a force posture (15), below
    "готовность": _t("intent", "03", MODAL, unless="боевой"),
    # (a funeral planned is no intent to cooperate: see FUNERAL below)
    # "намерены", "готов": short adjectives only ("намеренное нарушение" is no plan)
    **{w: _t("intent", "03", MODAL, short=True) for w in ("намеренный", "готовый")},
    # 06 material cooperation beyond trade: joint patrols (062)
    **{w: _t("cooperate", "06", needs="совместный") for w in ("патрулирование", "патруль")},
    # 07 provide aid (not medical care)
    "помощь": _t("aid", "07", not_after="с при без", unless=CARE_WORDS + " " + NEEDED),
    "грант": _t("aid", "07"),
    # a donation ("деньги были пожертвованы Тайванем"); not a life given up
    **{w: _t("aid", "07", unless="жизнь") for w in ("пожертвовать", "пожертвование")},
    "кредит": _t("aid", "07", needs="предоставить выделить дать"),
    "груз": _t("aid", "07", needs="гуманитарный"),
    # 02 appeal; 10 demand
    # a call or demand governs what it asks for ("потребовали отставки": a demand, 10)
    **{w: _t("appeal", "02", MODAL) for w in (
        "призвать", "призывать", "призыв", "попросить", "просить", "просьба", "ходатайствовать", "ходатайство")},
    # persuasion is an appeal to the one persuaded: an attempt, in the imperfective or after a
    # verb of trying ("пытались убедить его отказаться"); the perfective alone tells what it
    # won ("убедил его подписать"), no appeal
    **{w: _t("appeal", "02", MODAL) for w in ("убеждать", "уговаривать")},
    **{w: _t("appeal", "02", MODAL, needs=TRYING) for w in ("убедить", "уговорить")},
    "запрос": _t("appeal", "02", needs="направить направлять"),
    "обратиться": (_t("lawsuit", "11", needs="суд"),
                   _t("appeal", "02", needs="к просьба призыв обращение письмо запрос заявление")),
    **{w: _t("demand", "10", MODAL) for w in ("потребовать", "требовать", "требование")},
    # an order governs what it orders: "было поручено доложить" (CAMEO 10)
    # ...but "поручил ... сформировать правительство" is the appointment of its head
    **{w: (_t("appoint", "01", needs="сформировать формирование"), _t("demand", "10", MODAL))
       for w in ("поручить", "поручение")},
    # 11 disapprove, lawsuits included (CAMEO 115 "bring lawsuit against")
    "осудить": (_t("coerce", "17", passive=True), _t("disapprove", "11")),
    **{w: _t("disapprove", "11") for w in (
        "осуждение", "осуждать", "раскритиковать", "критиковать", "критика", "обвинить", "обвинять")},
    # "выступил против запрета" (CAMEO 11: oppose, criticise)
    **{w: _t("disapprove", "11", needs="против", unless=ELECTIONS) for w in ("выступить", "выступать")},
    # a formal charge is legal coercion (173); rejecting charges is a denial (016)
    # the prosecution as a side of a trial accuses no one: "со стороны обвинения", "свидетель обвинения"
    "обвинение": (_t("coerce", "17", needs="предъявить"), _t("deny", "01", needs="отвергать отвергнуть отрицать"),
                  _t("disapprove", "11", not_after="сторона свидетель представитель")),
    # a court's ruling on a case (CAMEO 11: a verdict disapproves); a prison term is 17, below
    # a verdict; or refusing to recognise a vote (12): "не признала результаты выборов"
    # a law or act found contrary, or not, to a higher one ("признал закон противоречащим
    # Конституции", "признал не соответствующим Конституции"): a participle's lemma is its
    # verb; the finding stands in the instrumental (tagged dative where the forms are one)
    "признать": (_t("verdict", "11", needs="виновный виновным виновен незаконный противоречащий неконституционный"),
                 _t("verdict", "11", needs="противоречить соответствовать соответствующий", needs_case="Ins Dat"),
                 _t("reject", "12", needs="результат итог выборы выбор референдум", denial=True)),
    "вынести": _t("verdict", "11", needs="решение вердикт постановление"),
    "оставить": (_t("verdict", "11", needs="сила"), _t("dismiss", "01", needs="пост должность")),
    "назвать": _t("disapprove", "11", needs="незаконный нелегитимный недопустимый провокация"),
    "постановить": _t("verdict", "11", needs="суд трибунал"),
    # an acquittal is a court's ruling too ("был оправдан по обвинению"); "оправдывать
    # ожидания" is not one, hence a court or a charge beside it or the passive
    "оправдать": (_t("verdict", "11", passive=True),
                  _t("verdict", "11", needs="суд судья присяжный обвинение приговор трибунал")),
    # doubts voiced about another's decision (CAMEO 11: criticise)
    "сомнение": _t("disapprove", "11", needs="высказать выразить высказывать выражать"),
    # a doubt in something named ("усомнился в законности выборов"); a doubt that something is
    # so ("сомневается, что перемены возможны") or of nothing named is an opinion
    "усомниться": _t("disapprove", "11", needs="в"),
    "нота": _t("disapprove", "11", needs="протест"),
    # an envoy summoned to the ministry is a formal protest to the envoy's state (1121)
    "вызвать": _t("disapprove", "11", needs=ENVOYS, needs_case="Acc"),
    **{w: _t("lawsuit", "11") for w in ("иск", "судиться")},
    # a trial of someone named, opened (115): "начался процесс над Хосни Мубараком" ("над"
    # right after the noun and a name in its group: `TRIAL_NOUNS`)
    **{w: _t("lawsuit", "11", needs=TRIAL_OPENED) for w in ("процесс", "суд")},
    "подать": _t("lawsuit", "11", needs="суд"),
    # 12 reject: a refusal governs what it refuses; declining to comment is a statement (011)
    **{w: (_t("decline_comment", "01", needs="комментарий комментировать комментироваться"),
           _t("deny", "01", needs="обвинение вина"),  # "отвергает обвинения", "отказался признать вину"
           _t("reject", "12", MODAL, unless=CARE_WORDS + " " + FAILING))
       for w in ("отклонить", "отвергнуть", "отказаться", "отказ", "отказать")},
    "вето": _t("reject", "12", MODAL),
    # 01 statements that CAMEO codes apart: a denial (016), condolences (018)
    **{w: _t("deny", "01") for w in ("опровергнуть", "опровергать", "опровержение", "отрицать")},
    # statements made by denying: "не подтверждает", "не соответствуют действительности" (a
    # denial, 016), "не комментирует" (declining to comment, 011)
    **{w: _t("deny", "01", denial=True) for w in ("подтверждать", "подтвердить")},
    "действительность": _t("deny", "01", needs="соответствовать", denial=True),
    **{w: _t("decline_comment", "01", denial=True) for w in ("комментировать", "комментироваться")},
    **{w: _t("condole", "01") for w in ("соболезнование", "соболезновать")},
    # 05 praise: congratulations (051)
    **{w: _t("praise", "05") for w in ("поздравить", "поздравлять", "поздравление")},
    # 09 investigate
    **{w: _t("investigate", "09") for w in ("расследование", "расследовать")},
    "возбудить": _t("investigate", "09", needs="дело"),
    # 13 threaten
    **{w: _t("threaten", "13") for w in ("пригрозить", "угрожать", "угроза", "ультиматум")},
    # 14 protest; a diplomatic protest ("нота протеста", "выразил протест") is 11
    "протест": (_t("disapprove", "11", needs="выразить нота заявить"), _t("protest", "14")),
    **{w: _t("protest", "14") for w in (
        "митинг", "демонстрация", "забастовка", "бастовать", "пикет", "голодовка", "протестовать",
        "манифестация", "шествие")},
    # 15 exhibit force posture
    "учение": _t("exercise", "15", needs="военный совместный армия командно-штабной тактический"),
    # 16 reduce relations
    # a sanction given or got ("дал санкцию на арест", "получил санкцию прокурора") is a
    # permission, no measure against anyone
    "санкция": _t("sanction", "16", unless="дать давать получить получать"),
    "эмбарго": _t("sanction", "16"),
    "разорвать": _t("sanction", "16", needs="отношение"),
    "выслать": _t("sanction", "16", needs="дипломат посол дипломатический посольство"),
    "отозвать": (_t("sanction", "16", needs="посол"), _t("coerce", "17", needs="лицензия")),
    "запретить": _t("sanction", "16", needs="въезд " + IMPORTS),
    "запрет": _t("sanction", "16", needs="въезд " + IMPORTS),
    # restrictions on another country's goods (163 embargo)
    **{w: _t("sanction", "16", needs=IMPORTS) for w in (
        "карантин", "ужесточение", "ограничение", "ограничить", "ужесточить")},
    # 17 coerce: arrests, searches, deportations, sentences, fines
    **{w: _t("coerce", "17") for w in (
        "задержать", "задержание", "арестовать", "арест", "обыск", "депортировать", "депортация",
        "выдворить", "приговорить", "оштрафовать", "конфисковать", "перехватить", "арестовывать",
        "поймать")},
    # "задерживать" is also to delay: not of pay, flights or trains
    "задерживать": _t("coerce", "17", unless="зарплата выплата рейс поезд самолет вылет"),
    "заморозить": _t("coerce", "17", needs="счет актив активы имущество"),
    "розыск": _t("coerce", "17", needs="объявить объявлять"),
    "лишить": _t("coerce", "17", needs="гражданство мандат звание лицензия"),
    "лишение": _t("coerce", "17", needs="гражданство мандат звание"),
    "разогнать": _t("coerce", "17"),
    # administrative sanctions (172): a licence revoked, a site or account blocked
    "аннулировать": _t("coerce", "17", needs="лицензия"),
    # an administrative charge: "составило протокол об административном правонарушении"
    "протокол": _t("coerce", "17", needs="правонарушение"),
    "отзыв": (_t("sanction", "16", needs="посол"), _t("coerce", "17", needs="лицензия")),
    "заблокировать": _t("coerce", "17", needs="сайт ролик доступ ресурс аккаунт канал страница мессенджер"),
    "приговор": _t("coerce", "17", needs="вынести вынесен"),
    # 18 assault
    **{w: _t("assault", "18") for w in (
        "напасть", "нападение", "теракт", "убить", "убийство",
        "покушение", "избить", "застрелить", "обезглавить", "изнасиловать", "изнасилование")},
    # an abduction (181), not a theft of things: "Похищена картина Сальвадора Дали"
    **{w: _t("assault", "18", unless=STOLEN) for w in ("похитить", "похищение")},
    "заложник": _t("assault", "18", needs="захватить взять"),
    # taken prisoner (181): "попал в плен к ИГ", "взяли в плен"
    "плен": _t("assault", "18", needs="попасть взять захватить"),
    # an attack: armed forces' is fighting (19), any other an assault ("атака на редакцию")
    "атака": (_t("fight", "19", needs="военный армия войско ракетный авиация самолет беспилотник позиция танк"),
              _t("assault", "18")),
    # a killing by the state's forces ("после ликвидации бин Ладена"); not a firm's winding up
    # or an accident's aftermath
    **{w: _t("assault", "18", unless=LIQUIDATED) for w in ("ликвидация", "ликвидировать")},
    # 19 fight
    **{w: _t("fight", "19") for w in (
        "бой", "обстрел", "обстрелять", "перестрелка", "атаковать", "бомбардировка", "штурм")},
    "стрельба": _t("assault", "18", needs="открыть устроить"),
    "столкновение": _t("fight", "19", needs=(
        "вооруженный пограничный военный пограничник армия стрельба погибнуть ранить сепаратист боевик "
        "повстанец безопасность")),
    # fire opened on people is an assault (18), by armed forces at each other fighting (19)
    "огонь": (_t("assault", "18", needs="человек люди толпа прохожий посетитель житель мирный"),
              _t("fight", "19", needs="открыть")),
    "операция": _t("fight", "19", needs="военный войсковой контртеррористический против армия"),
    "удар": _t("fight", "19", needs=(
        "ракетный авиационный артиллерийский ракета авиация армия войско позиция самолет беспилотник")),
    "авиаудар": _t("fight", "19"),
    "боевой": _t("fight", "19", needs="действие"),
    # 08 yield
    **{w: _t("yield", "08") for w in ("помиловать", "помилование", "амнистия")},
    # releasing a prisoner or dropping a charge (084, 0841)
    # ...or one held in the same sentence: "математика отпустили, но задержали по обвинению"
    "отпустить": (_t("yield", "08", needs="свобода залог стража"),
                  _t("yield", "08", needs="задержать задерживать задержание арестовать арест задержанный",
                     anywhere=True)),
    **{w: _t("yield", "08", needs="свобода арест стража тюрьма заключение") for w in ("выпустить", "выпускать")},
    "снять": (_t("dismiss", "01", needs="должность пост"), _t("yield", "08", needs="обвинение запрет")),
    **{w: _t("yield", "08", needs="пленный военнопленный заключенный пленник тело") for w in ("обменяться", "обменять")},
    # one held handed over in an exchange of prisoners: "выдали США в обмен на разоблачённых
    # шпионов" (0841, as the exchange is; a handing over alone is an extradition, not read here)
    **{w: _t("yield", "08", needs="обмен") for w in ("выдать", "выдавать")},
    # out of prison (0841): "вышла на свободу", "вышел из тюрьмы"; a sentence cut short
    "выйти": _t("yield", "08", needs="свобода тюрьма колония заключение"),
    "сократить": _t("yield", "08", needs="заключение наказание приговор"),
    # withdrawing forces (0874)
    **{w: _t("yield", "08", needs="войско войска контингент военный войсковой") for w in ("вывести", "вывод", "выводить")},
    # appointments and dismissals: CAMEO has no root for them; they are coded 01 (a public
    # statement: an announced decision) and keep their own type (see docs/events.md)
    **{w: _t("appoint", "01", needs=_OFFICES, needs_case=_OFFICE_CASES) for w in (
        "назначить", "назначение", "избрать", "выбрать", "утвердить")},
    "присяга": _t("appoint", "01", needs="принести"),
    # taking up a post: "должность займет Михаил Орлов"; or someone's seat (`SEATS`): "его
    # место займёт посол", "кто займёт место Примакова"
    "занять": (_t("appoint", "01", needs="должность пост", needs_case="Acc"),
              _t("appoint", "01", needs="место", needs_case="Acc")),
    # the holder of an office to come, the office in the instrumental: "Генеральным директором
    # станет Иван Петров", "станет командующим округом"; in the past ("стал 43-м президентом")
    # most often a life told, no appointment reported
    "стать": _t("appoint", "01", needs=_OFFICES, needs_case="Ins", future=True),
    **{w: _t("dismiss", "01") for w in ("уволить", "отставка", "отстранить", "отречься", "отречение")},
    # leaving a post without "отставка": "сложил полномочия", "покинул пост"
    **{w: _t("dismiss", "01", needs="полномочие полномочия") for w in ("сложить", "сложение", "слагать")},
    "покинуть": _t("dismiss", "01", needs="пост должность"),
    "освободить": (_t("dismiss", "01", needs="должность пост обязанность"),
                   _t("yield", "08", needs="арест стража заключение плен залог " + HELD_PEOPLE)),
}

# Verbs of being held: "находятся под стражей", "остаётся под стражей", "отбывает срок". In a
# relative clause ("тюрьма, в которой отбывал срок ...") they describe, no happening.
HELD_STATE = "находиться оставаться остаться отбывать"

# What poisons by accident: food, drink, gas, mushrooms, drugs.
POISONED_BY = ("пищевой алкогольный угарный газ гриб продукт алкоголь суррогат еда вода напиток лекарство "
               "препарат наркотик метанол ртуть")

# Measures against someone whose pursuit ("добиваться") is a demand of them.
PURSUED = ("арест экстрадиция выдача депортация выдворение отставка увольнение отстранение задержание "
           "наказание осуждение приговор ордер импичмент")

# The codebook's categories in the wording Russian news gives them, beyond the words the
# labelled texts happened to use: each root's common verbs and nouns, by verb class. An
# entry for a lemma already in TRIGGERS is tried after the alternatives given there.
_MILITARY = "войско войска армия военный военные контингент батальон бригада дивизия флот"
_TARGETS = "боевик позиция техника танк склад база штаб укрепление"
_AIRCRAFT = "самолет беспилотник вертолет дрон ракета истребитель бомбардировщик"
_BLASTS = "бомба заряд пояс фугас мина взрывчатка взрывной взрывное устройство"
_RELATIONS = "отношение отношения сотрудничество переговоры членство участие миссия контакт"
_RESTRICTIONS = "санкция ограничение эмбарго запрет блокада"
_MEANT = "намеренно умышленно нарочно преднамеренно специально гоняться погоня догнать преследовать"
_SOLD = "компания марка бренд доля пакет холдинг концерн бизнес подразделение актив завод предприятие"
_FIRMS = "компания производитель доля пакет холдинг концерн оператор завод предприятие актив банк"
_NEGATIVE = "неприемлемый ошибочный абсурдный преступный безответственный позорный недружественный"
# Nouns of condemnation a deed or a state is called by ("назвал посещение «достойным
# сожаления»", "назвала процесс «надругательством»")
_CONDEMNING = ("сожаление надругательство издевательство глумление произвол беззаконие позор фарс "
               "кощунство варварство апартеид преступление")
# A seat taken is a post only when it is someone's: a possessive before it ("его место займёт
# посол") or a person in the genitive after it ("займёт место Примакова"), not a rank ("заняла
# второе место").
SEATS = frozenset({"место"})
SEAT_OWNERS = frozenset("его ее их свой чей".split())
# Verbs of punishing or forbidding: a plan, wish or proposal governing one in the infinitive
# ("планирует запретить VPN-сервисы", "хотят штрафовать россиян") is a threat (13) even
# where the verb names no happening of the table by itself.
PUNISHING = frozenset("запретить запрещать наказать наказывать штрафовать оштрафовать".split())
# Expelling from a body ("исключить из «Большой восьмёрки»") punishes too, with "из" after it.
EXPELLING = frozenset("исключить исключать".split())
# Bringing down a government or defeating a bill or a vote: a plan or promise governing one
# in the infinitive ("обещал сбросить правительство", "обещают сорвать принятие бюджета") is
# a threat (13), with what is brought down or defeated among its first nouns (`TOPPLED`),
# not a weight lost or a prize won ("сбросить вес", "сорвать куш").
TOPPLING = frozenset("сбросить сбрасывать свергнуть свергать свалить низложить провалить проваливать "
                     "сорвать срывать торпедировать".split())
# A promise that what another side puts to a vote will fail ("обещают, что правительство не
# получит поддержки", "обещают, что законопроект будет провален") is a threat of blocking it
# (13): a word of promising (`PROMISES`) whose "что"-clause denies the support a vote gives
# (`VOTE_SUPPORT` after "не получить / не набрать") or tells the thing voted down.
PROMISES = frozenset("обещать пообещать".split())
VOTE_SUPPORT = frozenset("поддержка большинство голос одобрение доверие".split())
GETTING = frozenset("получить получать набрать набирать".split())
VOTED_DOWN = frozenset("провалить проваливать".split())
TOPPLED = frozenset("""
    правительство кабинет режим власть президент премьер премьер-министр диктатор монарх король
    законопроект закон бюджет принятие голосование утверждение реформа переговоры выборы
    соглашение сделка инициатива резолюция
""".split())
# Words of obligation put on someone ("Белград должен решить", "Белграду следует доказать",
# "Россию необходимо исключить"), by the form the word takes: told in someone's reported
# words, the obligation is that speaker's demand (10).
OBLIGED = frozenset("должен должна должно должны следует необходимо нужно надо".split())
# Verbs by which a feeling or a stance is voiced: "выразил признательность", "подчеркнул приверженность".
_STATING = "выразить выражать высказать высказывать подчеркнуть подчеркивать подтвердить подтверждать заявить заявлять"

WIDER: dict[str, Trigger | tuple[Trigger, ...]] = {
    # 01 statements: admitting or denying guilt (016), claiming responsibility (015)
    "вина": _t("deny", "01", needs="признать признавать", denial=True),
    # 02 appeal: requests; a request or petition filed ("подал запрос на политическое убежище",
    # "подал прошение о помиловании")
    **{w: _t("appeal", "02") for w in ("запросить", "умолять")},
    **{w: _t("appeal", "02", needs="подать подавать направить направлять") for w in ("запрос", "прошение")},
    # 03 intent: a commitment stated ("подчеркнул приверженность курсу на углубление связей"),
    # a will to carry out shared plans ("обоюдный настрой на реализацию проектов")
    "приверженность": _t("intent", "03", needs=_STATING),
    "настрой": _t("intent", "03", needs="на"),
    # 04 consult: discussion, mediation, receiving an envoy
    **{w: _t("meet", "04") for w in ("обсуждение", "консультироваться", "посредничество")},
    **{w: _t("meet", "04", needs="мнение") for w in ("обменяться", "обмениваться")},
    # a conversation with someone ("поговорил с премьером", "разговаривал по телефону с ...")
    "поговорить": _t("meet", "04", needs="с со"),
    "переговорный": _t("meet", "04", needs="процесс раунд"),
    "принять": _t("meet", "04", needs="делегация посол министр президент премьер-министр премьер посланник "
                  "делегат госсекретарь", needs_case="Acc"),
    # 05 diplomatic cooperation: endorsing (051), apologising (055), recognising (054),
    # relations set up or restored, joining a treaty (057)
    # (a share of voters is no actor endorsing: "кандидата поддержало 47 % избирателей")
    # a vote, no endorsement: "поддержало 47 % избирателей", "большинство из 261 депутата"
    "поддержать": _t("praise", "05", unless="избиратель депутат голос голосование"),
    "поддержка": _t("praise", "05", needs="выразить высказать заявить"),
    # approval voiced (051): "высоко оценил", "высоко оценивает", "выразил одобрение"
    **{w: _t("praise", "05", needs="высоко") for w in ("оценить", "оценивать")},
    "одобрение": _t("praise", "05", needs="выразить высказать"),
    # gratitude voiced (051): "выразил признательность", "высказал благодарность"; a greeting
    # sent: "направил поздравительную телеграмму"
    **{w: _t("praise", "05", needs=_STATING) for w in ("признательность", "благодарность")},
    "поздравительный": _t("praise", "05"),
    **{w: _t("apologize", "05") for w in ("извиниться", "извинение", "извиняться")},
    "признать": _t("recognize", "05", needs="независимость суверенитет"),
    **{w: _t("relations", "05", needs="отношение отношения") for w in (
        "установить", "восстановить", "наладить", "нормализовать", "установление", "восстановление",
        "нормализация")},
    "присоединиться": _t("agree", "05", needs=_PAPERS + " конвенция"),
    # 06 material cooperation: a firm bought (061), arms supplied (062)
    **{w: _t("contract", "06", needs=_FIRMS) for w in (
        "покупка", "купить", "приобрести", "приобретение", "поглощение", "поглотить", "слияние")},
    **{w: _t("cooperate", "06", needs="оружие вооружение военный") for w in ("поставка", "поставить", "поставлять")},
    # 07 aid: loans and instalments given, asylum (075), convoys
    **{w: _t("aid", "07", needs="предоставить выделить дать") for w in ("заем", "займ", "транш")},
    "убежище": _t("aid", "07", needs="предоставить предоставление дать"),
    "конвой": _t("aid", "07", needs="гуманитарный"),
    # 08 yield: easing sanctions (081, 085), ceasefire and surrender (0871, 0874), pardon
    **{w: _t("yield", "08", needs=_RESTRICTIONS) for w in ("отменить", "отмена", "смягчить", "смягчение")},
    "снять": _t("yield", "08", needs=_RESTRICTIONS),
    "перемирие": _t("yield", "08"),
    **{w: _t("yield", "08") for w in ("капитулировать", "капитуляция", "амнистировать")},
    **{w: _t("yield", "08", needs="войско войска контингент военный") for w in ("отвести", "отвод", "отводить")},
    # 09 investigate: inquiries, checks, questioning
    **{w: _t("investigate", "09") for w in ("разбираться", "допрос", "допросить", "допрашивать", "разыскивать")},
    # a trial ("судебное разбирательство") is no inquiry
    "разбирательство": _t("investigate", "09", unless="судебный"),
    "проверка": _t("investigate", "09", needs="провести проводить начать организовать инициировать"),
    **{w: _t("investigate", "09", needs="дело") for w in ("завести", "заводить", "открыть")},
    # 10 demand
    **{w: _t("demand", "10", MODAL) for w in ("настаивать", "настоять")},
    # the pursuit of a measure against someone: "власти добиваются его экстрадиции",
    # "добиваются отставки министра" (a demand, not the coercion itself; not the perfective,
    # "добился освобождения": what was won)
    "добиваться": _t("demand", "10", MODAL, needs=PURSUED),
    # 11 disapprove: reproach, indignation, complaints, appeals against a ruling; indignation
    # told by what causes it ("их возмущает, что ...", "не могло не возмутить партию") or by
    # the short participle ("общественность была возмущена решением")
    **{w: _t("disapprove", "11") for w in (
        "упрекнуть", "упрекать", "упрек", "возмутиться", "возмущение", "возмущаться", "возмутить", "возмущать")},
    **{w: _t("disapprove", "11", needs="выразить высказать высказывать выражать") for w in ("недовольство", "озабоченность")},
    "претензия": _t("disapprove", "11", needs="предъявить"),
    **{w: _t("lawsuit", "11") for w in ("обжаловать", "обжалование")},
    **{w: _t("lawsuit", "11", needs="суд") for w in ("оспорить", "оспаривать")},
    **{w: _t("lawsuit", "11", needs="подать подавать") for w in ("жалоба", "апелляция")},
    **{w: _t("disapprove", "11", needs=_NEGATIVE + " " + _CONDEMNING) for w in ("назвать", "называть")},
    # a court's ruling told by its verb: "суд решил", "суд объявил организацию экстремистской"
    "решить": _t("verdict", "11", needs="суд трибунал"),
    # 12 reject: a resolution or a bill blocked
    "заблокировать": _t("reject", "12", MODAL, needs="резолюция решение законопроект инициатива"),
    # 13 threaten: blackmail, warnings of consequences
    # a wish or a proposal of a punishment ("хотят штрафовать", "предлагают наказывать"): a
    # plan word only where it governs one (`PUNISHING`), a threat then (below)
    **{w: _t("intent", "03", MODAL, needs=" ".join(sorted(PUNISHING))) for w in ("хотеть", "предлагать", "предложить")},
    **{w: _t("threaten", "13") for w in ("шантаж", "шантажировать")},
    **{w: _t("threaten", "13", needs="последствие ответ ответный") for w in ("предупредить", "предупреждать")},
    # 14 protest: demonstrators, boycotts (143), riots (145), self-immolation
    **{w: _t("protest", "14") for w in ("протестующий", "бойкот", "бойкотировать", "пикетировать", "митинговать",
                                          "забастовать", "стачка", "самосожжение")},
    "беспорядок": _t("protest", "14", needs="массовый"),
    "акция": _t("protest", "14", needs="протест протестный оппозиция оппозиционный неповиновение"),
    "марш": _t("protest", "14", needs="протест оппозиция оппозиционный несогласный"),
    # 15 force posture: mobilisation, manoeuvres, forces deployed (152, 154)
    **{w: _t("exercise", "15") for w in ("мобилизация", "мобилизовать")},
    "маневр": _t("exercise", "15", needs=_MILITARY + " совместный"),
    **{w: _t("exercise", "15", needs=_MILITARY + " ракета система") for w in (
        "развернуть", "развертывание", "разместить", "размещение")},
    # 16 reduce relations: relations or talks suspended, frozen or ended, missions closed
    **{w: _t("sanction", "16", needs=_RELATIONS) for w in (
        "приостановить", "приостановка", "заморозить", "заморозка")},
    # ceasing fire (0871), ending relations or talks (16), a term of office ended early ("указ о
    # досрочном прекращении полномочий", 01)
    **{w: (_t("yield", "08", needs="огонь"), _t("sanction", "16", needs=_RELATIONS),
           _t("dismiss", "01", needs="полномочие полномочия")) for w in ("прекращение", "прекратить")},
    "закрыть": _t("sanction", "16", needs="посольство консульство представительство"),
    # 17 coerce: seizures (1711), searches, fines, extradition and expulsion of people (174),
    # custody, persecution, a ban on an organisation (172)
    # ...but what is taken at the inspection of a scene is evidence, taken from no one: the inquiry (09),
    # however the scene is named ("при осмотре места преступления", "с места происшествия")
    **{w: (_t("investigate", "09", needs="осмотр происшествие"), _t("coerce", "17", unless="обращение оборот продажа"))
       for w in ("изъять", "изымать", "изъятие")},
    **{w: _t("coerce", "17") for w in (
        "обыскать", "обыскивать", "экстрадировать", "экстрадиция", "выдворение", "репрессия", "репрессировать",
        "разгон")},
    "штраф": _t("coerce", "17", needs="назначить выписать наложить взыскать"),
    "наказание": _t("coerce", "17", needs="назначить понести"),
    # custody as a state: "находятся под стражей", "отбывает срок" (the one held undergoes
    # it: the target)
    "стража": (_t("coerce", "17", needs="взять поместить"), _t("coerce", "17", needs="находиться оставаться остаться")),
    # "деятельность хакера была пресечена": an activity stopped by force
    "пресечь": _t("coerce", "17", needs="деятельность"),
    "посадить": _t("coerce", "17", needs="тюрьма колония решетка"),
    # a sentence received, told by the one who gets it: "получил пять лет колонии", "получил
    # шесть лет тюрьмы", "получил срок за ..."; not a term to do something in ("получила срок до
    # марта на исправление нарушений")
    **{w: _t("coerce", "17", needs="получить") for w in ("колония", "тюрьма")},
    "срок": (_t("coerce", "17", needs="получить", unless="до для исправление устранение выполнение ответ"),
             _t("coerce", "17", needs="отбывать")),
    "преследование": _t("coerce", "17", needs="уголовный политический"),
    "запретить": _t("coerce", "17", needs="деятельность"),
    # positions or a question agreed between the sides: "Минск и Москва согласовали позиции"
    # ...but a candidate for a post agreed by the body that confirms it ("комитету предстоит
    # согласовать кандидатуру") is an appointment, as "утвердить кандидатуру"
    **{w: (_t("appoint", "01", needs="кандидатура"), _t("agree", "05", needs="позиция вопрос условие текст"))
       for w in ("согласовать", "согласовывать")},
    # the noun of confirming, with a candidate for a post ("его кандидатура ждет утверждения
    # Сенатом"); without one it is most often a claim
    "утверждение": _t("appoint", "01", needs="кандидатура"),
    # a formal charge: "привлек Керимова в качестве обвиняемого" (173, as "предъявить обвинение")
    "привлечь": _t("coerce", "17", needs="обвинять"),
    # 18 assault: shooting, torture, bombing, stabbing, poisoning, hijacking, executions
    **{w: _t("assault", "18") for w in (
        "расстрелять", "расстрел", "расстреливать", "пытать", "пытка", "взорвать", "взрывать", "зарезать",
        "заколоть", "задушить", "отравить", "избиение", "казнить", "казнь")},
    # a poisoning, the victim in the genitive ("Отравление Скрипаля: ..."); not food, drink,
    # gas or a drug taken (`POISONED_BY`: "пищевое отравление", "отравление угарным газом")
    "отравление": _t("assault", "18", unless=POISONED_BY),
    # a wound given, not one had: "ранил полицейского", not "был ранен"
    "ранить": _t("assault", "18", passive=False),
    **{w: _t("assault", "18", needs=_BLASTS) for w in ("подорвать", "подрыв")},
    "взрыв": _t("assault", "18", needs=" ".join(sorted(BOMBING_VERBS))),
    **{w: _t("assault", "18", needs="заложник здание самолет судно") for w in ("захват", "захватить")},
    # 19 fight: bombing, offensives, invasion and occupation, aircraft shot down
    **{w: _t("fight", "19") for w in (
        "бомбить", "бомбардировать", "артобстрел", "сражение", "сражаться", "воевать", "вторгнуться",
        "вторжение", "оккупировать", "штурмовать", "зачистка", "контрнаступление")},
    "наступление": _t("fight", "19", needs=_MILITARY),
    # a person run over is assaulted only when the sentence tells it was meant: chased down,
    # done on purpose ("гонялась за мужем на машине, а затем сбила его"); else an accident
    "сбить": (_t("fight", "19", needs=_AIRCRAFT), _t("assault", "18", needs=_MEANT, anywhere=True)),
    "переехать": _t("assault", "18", needs=_MEANT, anywhere=True),
    "уничтожить": _t("fight", "19", needs=_TARGETS),
    "боевой": _t("exercise", "15", needs="готовность"),
    # 01 appointments and dismissals told otherwise: "возглавил", "вступил в должность",
    # "сменил на посту", "сместил с поста", an inauguration
    "вступить": _t("appoint", "01", needs="должность"),
    # a post returned to ("вернется на свой прежний пост"): the subject takes it again
    "вернуться": _t("appoint", "01", needs="должность пост"),
    # removed from a body or a post: "исключил из состава Совета Безопасности", "лишится должности"
    "исключить": _t("dismiss", "01", needs="состав совет партия"),
    "лишиться": _t("dismiss", "01", needs="должность пост"),
    "инаугурация": _t("appoint", "01"),
    # re-elected to an office, or for a term ("был переизбран на второй срок", "переизбраться
    # на четвертый срок"): the term in the accusative stands for the office kept
    "переизбрать": _t("appoint", "01", needs=_OFFICES + " срок", needs_case=_OFFICE_CASES),
    # a successor told in the future by the one who takes the place: "его заменит генерал X",
    # "короля сменит его сын" (the one replaced a pronoun or an office in the accusative; an
    # animate noun's accusative is written as its genitive, which the tagger may give instead:
    # "Императора сменит сын")
    **{w: (_t("appoint", "01", needs="пост должность"),
           _t("appoint", "01", needs=_SUCCEEDED, needs_case="Acc Gen", future=True))
       for w in ("сменить", "заменить")},
    **{w: _t("dismiss", "01", needs="пост должность") for w in ("сместить", "смещение")},
    # 06 a business sold (061): "продала марку компании Coach", "продать долю"; goods sold
    # ("компания продает автомобили") are trade, no cooperation between actors
    **{w: _t("contract", "06", needs=_SOLD, needs_case="Acc") for w in ("продать", "продавать")},
    # 01 a nomination to a post ("выдвинул на пост главы ФБР"), not one's own candidacy in
    # an election ("выдвинул свою кандидатуру на пост губернатора"); leaving a post ("ушел с
    # поста", "объявил об уходе с поста")
    "выдвинуть": _t("appoint", "01", needs="пост должность", unless="свой выборы праймериз баллотироваться"),
    # 01 an election won: the winner takes the post it was held for ("победил на президентских
    # выборах", "во втором туре выборов победу одержала ...", "опередил во втором туре выборов
    # спикера"); not seats won in a parliament, nor a primary, which fill no post
    **{w: _t("appoint", "01", needs=" ".join(sorted(ELECTION_NOUNS)),
             unless="парламент парламентский праймериз")
       for w in ELECTION_WON},
    "уйти": _t("dismiss", "01", needs="пост должность"),
    # 11 disapprove: concern voiced, as "озабоченность"
    "обеспокоенность": _t("disapprove", "11", needs="выразить высказать высказывать выражать"),
    # 10 demand: an order given ("дал указание возобновить работу", "отдал распоряжение"),
    # governing what it orders, as "поручить" does; the paper signed stays no event
    **{w: _t("demand", "10", MODAL, needs="дать давать отдать отдавать") for w in ("указание", "распоряжение", "приказ")},
    # 12 reject: objecting to a proposal or a demand ("возражает против таких требований"),
    # governing what it objects to
    "возражать": _t("reject", "12", MODAL, needs="против"),
    # 14 protest: taking to the streets ("вышли на улицы"), not to celebrate ("вышли на улицы на
    # праздничный парад")
    "выйти": _t("protest", "14", needs="улица", unless="праздник праздничный праздновать отпраздновать парад "
                "торжество торжественный"),
    # a crowd gathered in the street or clashing ("на улицах собрались сторонники и противники",
    # "собрались у здания и вступили в столкновение с полицией"), not to celebrate
    "собраться": _t("protest", "14", needs="улица столкновение демонстрант протестующий",
                    unless="праздник праздничный праздновать отпраздновать парад торжество торжественный"),
    # 17 coerce: a state of emergency or a curfew imposed or declared (172); force, tear gas or
    # water cannon used on people (175)
    "ввести": _t("coerce", "17", needs="чрезвычайный комендантский"),
    "объявить": (_t("verdict", "11", needs="суд трибунал"), _t("coerce", "17", needs="чрезвычайный комендантский")),
    "применить": _t("coerce", "17", needs="сила слезоточивый водомет дубинка"),
    # protests put down by force (175): "военные подавили акции протеста"; not "подавляющее большинство"
    **{w: _t("coerce", "17", needs="протест акция выступление митинг демонстрация беспорядок восстание бунт")
       for w in ("подавить", "подавлять", "подавление")},
    # 09 the circumstances of a case looked into: "полиция выясняет обстоятельства", "обстоятельства
    # инцидента устанавливаются"
    "обстоятельство": _t("investigate", "09", needs="выяснять выяснить выясняться устанавливать установить "
                         "устанавливаться уточнять уточнить"),
    # 09 an inquiry under way, begun or closed: "следствие продолжается", "ведется следствие",
    # "завершено предварительное следствие"; not a source ("по данным следствия") or a
    # consequence ("является следствием кризиса")
    "следствие": _t("investigate", "09", needs="вести вестись продолжаться продолжать продолжиться начать "
                    "начаться завершить завершиться завершать окончить закончить закончиться провести "
                    "проводить проводиться", unless="являться стать"),
    # 11 a ruling contested ("решил опротестовать решение суда"), as "обжаловать"
    "опротестовать": _t("lawsuit", "11"),
    # 18 stab wounds dealt: "нанес ей ножевые ранения"
    "ранение": _t("assault", "18", needs="нанести наносить"),
    # 04 an audience granted ("после аудиенции у королевы")
    "аудиенция": _t("meet", "04"),
    # 18 assault: a shot fired at someone, a reprisal ("расправа над оппозиционерами")
    **{w: _t("assault", "18") for w in ("выстрелить", "расправа")},
    # 09 audits and checks made by an authority: "прокуратура провела ревизию"
    **{w: _t("investigate", "09", needs="провести проводить начать") for w in ("ревизия", "аудит", "инспектирование")},
}
for _key, _entry in WIDER.items():
    _had = TRIGGERS.get(_key)
    if _had is None:
        TRIGGERS[_key] = _entry
    else:
        TRIGGERS[_key] = (_had if isinstance(_had, tuple) else (_had,)) + (
            _entry if isinstance(_entry, tuple) else (_entry,))

# A trigger names its happening in every word of its family: both aspects of a verb and
# the noun of the action ("подписать", "подписывать", "подписание"; "освободить",
# "освобождать", "освобождение"). The first member of a family that TRIGGERS lists gives its
# entry to the others it does not list, so a report in another aspect, tense or part of
# speech is not lost.
FAMILIES = (
    ("назначить", "назначать", "назначение"), ("избрать", "избирать"), ("выбрать", "выбирать"), ("пресечь", "пресекать"), ("утвердить", "утверждать"),
    ("уволить", "увольнять", "увольнение"), ("отстранить", "отстранять", "отстранение"),
    ("отклонить", "отклонять"), ("отвергнуть", "отвергать"), ("отказаться", "отказываться"),
    ("отказать", "отказывать", "отказ"), ("подписать", "подписывать", "подписание"),
    ("заключить", "заключать"), ("договориться", "договариваться"), ("обсудить", "обсуждать", "обсуждение"),
    ("побеседовать", "беседовать"), ("обязаться", "обязываться"), ("согласиться", "соглашаться"),
    ("приговорить", "приговаривать"), ("оштрафовать", "штрафовать"),
    ("конфисковать", "конфисковывать", "конфискация"), ("перехватить", "перехватывать"),
    ("заморозить", "замораживать", "заморозка"), ("вызвать", "вызывать"), ("лишить", "лишать"), ("разогнать", "разгонять", "разгон"),
    ("заблокировать", "блокировать", "блокировка"), ("напасть", "нападать", "нападение"),
    ("убить", "убивать"), ("похитить", "похищать", "похищение"), ("избить", "избивать", "избиение"),
    ("обстрелять", "обстреливать", "обстрел"), ("отпустить", "отпускать"),
    ("освободить", "освобождать", "освобождение"), ("снять", "снимать"), ("выслать", "высылать", "высылка"),
    ("отозвать", "отзывать"), ("запретить", "запрещать"), ("разорвать", "разрывать", "разрыв"),
    ("ограничить", "ограничивать"), ("ужесточить", "ужесточать"), ("возбудить", "возбуждать"),
    ("признать", "признавать"), ("вынести", "выносить"), ("постановить", "постановлять"), ("подать", "подавать"),
    ("обратиться", "обращаться"), ("покинуть", "покидать"), ("обменяться", "обмениваться"),
    ("обменять", "обмен"), ("выдворить", "выдворять"), ("депортировать", "депортация"),
    ("поручить", "поручать"), ("оправдать", "оправдывать"), ("усомниться", "сомневаться"),
    ("сократить", "сокращение"), ("покушение", "покушаться"), ("расстрелять", "расстреливать"),
    ("изъять", "изымать"), ("обыскать", "обыскивать"), ("допросить", "допрашивать"), ("взорвать", "взрывать"),
    ("упрекнуть", "упрекать"), ("возмутиться", "возмущаться"), ("возмутить", "возмущать"), ("пожаловаться", "жаловаться"),
    ("оспорить", "оспаривать"), ("настоять", "настаивать"), ("предупредить", "предупреждать"),
    ("развернуть", "развертывать"), ("разместить", "размещать"), ("приостановить", "приостанавливать"),
    ("прекратить", "прекращать"), ("закрыть", "закрывать"), ("уничтожить", "уничтожать"), ("сбить", "сбивать"),
    ("сменить", "сменять"), ("сместить", "смещать"), ("отменить", "отменять"), ("смягчить", "смягчать"),
    ("вторгнуться", "вторгаться"), ("бомбардировать", "бомбардировка"),
    ("штурмовать", "штурм"), ("экстрадировать", "экстрадиция"), ("амнистировать", "амнистия"),
    ("помиловать", "помилование"), ("расследовать", "расследование"), ("поздравить", "поздравление"),
    ("похвалить", "хвалить"), ("извиниться", "извиняться", "извинение"), ("приобрести", "приобретать", "приобретение"),
    ("купить", "покупать", "покупка"), ("поглотить", "поглощать", "поглощение"),
    ("поймать", "поимка"),  # "проводят операцию по поимке подозреваемых"
    ("уйти", "уходить"), ("выдвинуть", "выдвигать"),
)
# Not in a family: "грозить" (a law "грозит штрафом" threatens no one), "занимать пост" (an
# office held, not taken up), "возглавлять" (heading a body is no appointment),
# "поддерживать" (relations or prices kept up are no endorsement), "утверждение" (a claim,
# but for a candidacy confirmed: listed above),
# "избрание" (most often a topic: "по случаю его избрания"), "отравлять" (an "отравляющее
# вещество" is a poison, not a poisoning), "возглавить" (a list or a march is headed too).
for _family in FAMILIES:
    _given = next((TRIGGERS[w] for w in _family if w in TRIGGERS), None)
    for _word in _family:
        if _given is not None and _word not in TRIGGERS:
            TRIGGERS[_word] = _given

# A reflexive verb names its base verb's happening ("расследуется", "увольняется",
# "обсуждаются"), but for these, whose "-ся" makes another verb: to be delayed, to try, to
# be needed, to distance oneself, to vouch, to respond, to blow up or turn round of itself,
# to shoot oneself ("застрелился": a suicide, no assault).
# Compounds whose last part names a meeting but which are one actor's statement to the press
# (CAMEO 01, not 04): "сказал на пресс-конференции".
NOT_COMPOUND = frozenset("пресс-конференция".split())
NOT_REFLEXIVE = frozenset("""
    задержаться задерживаться пытаться требоваться потребоваться отстраниться отстраняться поручиться
    отозваться отзываться взорваться взрываться развернуться развертываться сбиться сбиваться
    отравиться отравляться проситься застрелиться застреливаться
""".split())

# Kinds of coercion (17) by the word that tells it: a detention, a formal charge, a sentence
# or fine, a seizure, a search, an expulsion, a dispersal; and of yielding (08): a release, a
# sentence cut short, a pardon, a withdrawal of forces, an exchange. Two tellings of one root
# in different kinds are two happenings, never folded as repeats ("Митаев был арестован" ...
# "Митаеву были предъявлены обвинения"; "суд сократил журналисту срок" ... "освобождена").
COERCION_KINDS = {
    word: kind for kind, words in {
        "custody": "задержать задерживать задержание арестовать арестовывать арест поймать поимка розыск "
                   "стража",
        "charge": "обвинение привлечь протокол",
        "sentence": "приговорить приговаривать приговор осудить оштрафовать штрафовать штраф наказание посадить колония "
                    "срок",
        "seizure": "конфисковать конфисковывать конфискация изъять изымать изъятие заморозить замораживать "
                   "заморозка перехватить перехватывать",
        "search": "обыск обыскать обыскивать",
        "expulsion": "депортировать депортация выдворить выдворять выдворение экстрадировать экстрадиция",
        "dispersal": "разогнать разгонять разгон",
        "release": "освободить освобождать освобождение выпустить выпускать отпустить отпускать выйти",
        "commutation": "сократить сокращение",
        "pardon": "помиловать помилование амнистия амнистировать",
        "withdrawal": "вывести вывод выводить отвести отвод отводить",
        "exchange": "обменяться обмениваться обменять обмен выдать выдавать",
    }.items() for word in words.split()
}
# "ему грозит до 10 лет лишения свободы с конфискацией": a penalty faced, what the law
# provides, is no happening (and no threat: the law threatens no one).
PENALTY_FACED = "грозить"
# A funeral or farewell planned ("похороны собирались провести") is no interaction: a plan
# of one names no event.
FUNERAL = frozenset("похороны панихида прощание погребение отпевание".split())
# A gathering of mourning or memory ("траурный митинг", "митинг памяти", at a grave, a burial
# or a reburial) is no protest, unless the sentence names a protest or a demand.
MOURNING = FUNERAL | frozenset("""
    траурный траур память памятный годовщина могила захоронение захоронить перезахоронение
    перезахоронить похоронить гроб останки прах мемориал скорбь
""".split())
GATHERINGS = frozenset("митинг шествие манифестация собраться акция".split())
PROTESTED = frozenset("протест протестный протестовать против требовать потребовать требование".split())

# Plan words with no actor of their own ("планируется", "ожидается", "запланирована"): the
# happening they govern keeps its own code, with modality planned; an actor's plan
# ("Казахстан планирует", "намерены") is an expressed intent, 03.
SCHEDULING = frozenset("планироваться ожидаться предполагаться намечаться запланировать предстоять".split())
# A plan in the third person plural with no subject ("планируют провести") is indefinite:
# no actor plans, the happening is scheduled, like the impersonal words above.
INDEFINITE_PLANS = frozenset("планировать собираться".split())
# Words that make a clause's happening depend on a condition ("если", "в случае", "бы").
CONDITIONS = frozenset("если бы".split())
CONDITION_NOUN = "случай"
# Words of what ought to be done: under "бы" ("Вашингтону следовало бы ускориться с
# выводом") they give advice, a happening no one reports as done, planned or conditional.
OUGHT = frozenset("следовать стоить надо нужно необходимо должный".split())
# "те, кто оказывал помощь": a relative clause of "кто" tells who someone is by a deed, no
# happening of its own.
WHO = "кто"
# "настаивают на том, что он был убит": insisting on a claim, no demand (a demand is
# "настаивать на том, чтобы ...").
INSISTING = frozenset("настаивать настоять".split())
# "может быть обвинен": a happening that may come, a possibility, not reported.
POSSIBLE = "мочь"
# Words of a right, an ability or a wish that govern an infinitive as "мочь" does: "имеет
# право проводить проверки", "способность разбираться в делах", "желает покинуть пост".
ABLE = frozenset("право способность умение желать".split())
# Words before a trigger that put it in the future: "предстоящая встреча".
UPCOMING = frozenset("предстоящий будущий намеченный запланированный".split())

# Verbs that only frame a happening named by a noun ("состоялись переговоры"); they trigger
# nothing, but "не" before one of them denies the happening.
LIGHT_VERBS = frozenset(
    "провести проводиться состояться пройти проходить участвовать организовать открыться "
    "начаться завершиться стартовать".split()
)

# Prepositional frames that point back at a happening already reported ("в рамках визита"):
# the noun inside them is a backdrop, not a new event.
FRAMES = (
    ("в", "рамка"), ("в", "ход"), ("по", "итог"), ("во", "время"), ("в", "время"),
    ("на", "поле"), ("по", "результат"), ("в", "преддверие"),
    ("с", "визит"),  # "находясь с визитом в Пекине, встретился ...": the visit is the setting
    # "по факту убийства возбуждено уголовное дело": the deed a case is opened on, told before
    ("по", "факт"),
)

# In a sentence with no verb (a caption, a dateline) a happening after these is the time of
# the one the caption shows: "Демонстрация в Дели после группового изнасилования".
TIME_PREPS = frozenset("после до перед накануне".split())

# A happening named after these, in the locative ("на саммите", "на заседании"), is the
# setting of another happening of its clause ("На саммите Мирзиёев встретился с ..."); alone
# in its clause it is a happening of its own ("выступая на заседании комиссии").
SETTING_PREPS = frozenset("на".split())

# Prepositions after which a mention takes part in the event, and those that place it.
ACTOR_PREPS = frozenset("с со между к ко против от при для".split())
PLACE_PREPS = frozenset("в во на под".split())
# Nouns of a location that pass their preposition on to the place they name: "в центре
# Тбилиси", "на реке Нарын", "на севере Мали".
PLACE_NOUNS = frozenset(
    "центр окраина пригород столица окрестность территория север юг восток запад регион "
    "северо-восток северо-запад юго-восток юго-запад "
    "область край район республика округ город село поселок деревня аул кишлак остров "
    "полуостров море озеро река гора горы хребет пустыня залив пролив улица проспект площадь "
    "провинция штат графство аэропорт вокзал субъект губерния префектура кантон".split()
)
# A mention inside a noun group led by one of these is a topic or an origin, not a participant:
# "соглашение о строительстве ГЭС", "предприниматели из Казахстана".
TOPIC_PREPS = frozenset("о об обо по из изо за до после про через без".split())

# "стороны" as a subject stands for the participants of the happening it refers to.
# Words of business: a plan among them with no party it is made to is a firm's own plan, not
# CAMEO's intent to cooperate ("компания планирует построить", "намерен монетизировать портал").
BUSINESS_WORDS = frozenset("компания концерн корпорация холдинг бизнес бренд продажа монетизировать".split())
SIDES = "сторона"
# Plural nouns that, with no participant named, stand for the parties already named ("лидеры
# намерены обменяться визитами").
PLURAL_SIDES = frozenset("лидер".split())
FIRST_PERSON = frozenset("я мы".split())
THIRD_PERSON = frozenset("он она".split())
NEGATION = "не"
# A clause opened by these words is governed by a plan in the clause before it: "ожидается,
# что стороны подпишут ..." is an expected signing, an intent (03).
COMPLEMENTIZERS = frozenset("что чтобы".split())

# Agents a report names by kind, not by name ("власти задержали", "полиция арестовала",
# "был задержан полицией"): CAMEO codes them by the country they act for (the codebook's
# agents without a name: GOV, COP, SPY), which the text gives beside them ("власти
# Великобритании", "полиция Нью-Йорка") or as the country it is about; so is a prosecutor's
# office ("эстонская прокуратура будет разбираться"). A court is left out: the labelled news
# name the court where they code it.
STATE_AGENTS = frozenset("власть полиция милиция спецслужба силовик правоохранитель пограничник военный прокуратура "
                         "правительство хунта".split())
# Coercion, and release from it, that the state does even when no agent is named ("был
# задержан", "Саакашвили лишили гражданства", "отпустили под залог"); a court's sentence or
# fine is not among them.
UNNAMED_STATE_ACTS = frozenset("задержать задерживать арестовать арестовывать депортировать выдворить лишить "
                               "заморозить поймать отпустить отпускать выпустить выпускать освободить".split())
# A state agent that is an adjective made noun ("военные" acting), not before a noun.
AGENT_ADJECTIVE = "военный"

# Nouns of acts done to someone, whose genitive is the one acted upon ("арест Навального",
# "убийство журналиста", "лишение Саакашвили гражданства"); other nouns' genitive acts
# ("визит президента", "санкции ЕС", "нападение боевиков").
PATIENT_NOUNS = frozenset("""
    арест задержание лишение депортация выдворение убийство похищение освобождение помилование
    отставка назначение увольнение отстранение обыск экстрадиция выдача отравление
""".split())
