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
MODAL = "modal"      # a plan or a refusal that governs the happening it names
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


def _t(type_: str, root: str, role: str = CONTENT, needs: str = "", needs_case: str = "",
       not_after: str = "", passive: bool | None = None, short: bool = False, unless: str = "",
       denial: bool = False) -> Trigger:
    return Trigger(type_, root, role, frozenset(needs.split()), frozenset(needs_case.split()),
                   frozenset(not_after.split()), passive, short, frozenset(unless.split()), denial)


# Happenings that are no interaction between actors (CAMEO codes none of them): sport,
# accidents, fires and disasters, illness and medical care. A word of these in the sentence
# keeps a violent reading (18-20) off ("бой за титул", "удар по воротам", "убило током") and
# care off aid ("медицинская помощь").
SPORT_WORDS = frozenset("""
    матч турнир чемпионат чемпион чемпионка титул поединок раунд нокаут нокдаун боксер боксерский
    бокс кикбоксинг соперник спортсмен спортсменка сборная гол ворота футбол футболист хоккей теннис
    теннисист теннисистка финал полуфинал олимпиада олимпийский кубок очко счет тренер клуб
    лига сезон фехтование рапира медаль этап гонка пьедестал реванш ринг проиграть выиграть рефери
""".split())
ACCIDENT_WORDS = frozenset("""
    дтп авария автокатастрофа авиакатастрофа катастрофа крушение пожар возгорание взрыв ток
    молния землетрясение наводнение оползень лавина шторм ураган тайфун цунами извержение
    болезнь рак инфаркт инсульт кома коронавирус передозировка самоубийство
""".split())
# Words of crime and justice: a violent trigger beside one of them is a crime, even in a
# document about sport ("футболист ... признан виновным в убийстве").
CRIME_WORDS = frozenset("""
    суд судья присяжный приговор приговорить виновный виновен заключение тюрьма тюремный обвинение
    обвинить преступление преступник полиция следствие следователь прокурор прокуратура осудить
""".split())
# Convictions whose charge names a crime ("признал виновным в убийстве X", "приговорен за
# нападение"): the crime is a happening of its own, done by the one convicted. A charge or an
# arrest ("предъявлены обвинения в изнасиловании", "задержан за убийство") alleges it only,
# and an acquittal finds it not proven.
CONVICTIONS = frozenset("признать признавать приговорить приговаривать осудить приговор".split())
CHARGE_PREPS = frozenset("в за".split())
CARE_WORDS = "медицинский скорая скорый врач больница госпиталь реанимация лечение лечить операция хоспис хосписный"
# Aid needed is no aid given: "двум государствам потребовалась финансовая помощь".
NEEDED = "потребоваться нуждаться"
# Failing organs and machines: "у него отказало сердце" is no refusal.
FAILING = "сердце почка печень легкое тормоз двигатель"
# Roots of violence: never coded without it (see VIOLENT_ROOTS in docs/events.md).
VIOLENT_ROOTS = frozenset({"18", "19", "20"})


# Titles that name a person by office ("президент Казахстана"): the title words an event's
# participant may stand behind. Which titles name one office ("глава Узбекистана" and
# "президент Узбекистана") is said once, in newsgraph/roles.py.
ROLE_WORDS = frozenset("""
    президент глава лидер король эмир премьер-министр премьер вице-премьер вице-президент министр
    замминистра посол председатель спикер мэр аким хоким губернатор канцлер генсек секретарь директор
    руководитель помощник советник заместитель представитель спецпредставитель начальник командующий
    управляющий
""".split())

# Sites a visit may be to that are no actor: "посетил святилище", "посещающие курорт".
SITES = "святилище храм мечеть церковь собор монастырь курорт кладбище здание"
# Goods crossing a border: a restriction on them is a trade sanction (163).
IMPORTS = "импорт импортный импортируемый импортировать ввоз экспорт"

# Papers an actor signs for its own state, not with another: "подписал указ о награждении"
# is no agreement.
DECREES = frozenset("указ закон распоряжение постановление".split())
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
_OFFICES = " ".join(ROLE_WORDS) + " должность пост управлять"
_OFFICE_CASES = "Acc Ins"

# Private life: "убитый встречался с сестрой невесты" is no consultation between actors.
KIN = "сестра брат невеста жених подруга девушка любовница возлюбленный муж жена"
# Elections: a candidate running "против" a rival opposes no one in CAMEO's sense.
ELECTIONS = "выборы выбор праймериз кандидат кандидатура баллотироваться избиратель голосование"

# What is wound up, not killed: "ликвидация компании", "ликвидация последствий аварии".
LIQUIDATED = ("последствие компания предприятие фирма банк долг задолженность авария пожар организация "
              "юрлицо филиал отделение фонд безграмотность дефицит разрыв")

TRIGGERS: dict[str, Trigger | tuple[Trigger, ...]] = {
    # 04 consult: meetings, talks, visits, forums
    **{w: _t("meet", "04") for w in (
        "встреча", "переговоры", "переговор", "переговорить",
        "беседа", "побеседовать", "консультация", "обсудить", "заседание", "совещание",
        "созвониться")},
    **{w: _t("meet", "04", unless=KIN) for w in ("встретиться", "встречаться")},
    "разговор": _t("meet", "04", needs="телефонный"),
    # a visit to a shrine, a museum or a show is no visit to another actor
    **{w: _t("visit", "04", unless=SITES) for w in ("визит", "посетить", "посещать", "посещение", "турне")},
    **{w: _t("forum", "04") for w in ("форум", "саммит", "конференция", "съезд", "конгресс")},
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
        "обещать", "обязаться", "намерение", "решимость",
        "готовность", "согласиться")},
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
    "запрос": _t("appeal", "02", needs="направить направлять"),
    "обратиться": (_t("lawsuit", "11", needs="суд"),
                   _t("appeal", "02", needs="к просьба призыв обращение письмо")),
    **{w: _t("demand", "10", MODAL) for w in ("потребовать", "требовать", "требование")},
    # an order governs what it orders: "было поручено доложить" (CAMEO 10)
    **{w: _t("demand", "10", MODAL) for w in ("поручить", "поручение")},
    # 11 disapprove, lawsuits included (CAMEO 115 "bring lawsuit against")
    "осудить": (_t("coerce", "17", passive=True), _t("disapprove", "11")),
    **{w: _t("disapprove", "11") for w in (
        "осуждение", "осуждать", "раскритиковать", "критиковать", "критика", "обвинить", "обвинять")},
    # "выступил против запрета" (CAMEO 11: oppose, criticise)
    **{w: _t("disapprove", "11", needs="против", unless=ELECTIONS) for w in ("выступить", "выступать")},
    # a formal charge is legal coercion (173); rejecting charges is a denial (016)
    "обвинение": (_t("coerce", "17", needs="предъявить"), _t("deny", "01", needs="отвергать отвергнуть отрицать"),
                  _t("disapprove", "11")),
    # a court's ruling on a case (CAMEO 11: a verdict disapproves); a prison term is 17, below
    # a verdict; or refusing to recognise a vote (12): "не признала результаты выборов"
    "признать": (_t("verdict", "11", needs="виновный виновным виновен незаконный"),
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
    "усомниться": _t("disapprove", "11"),
    "нота": _t("disapprove", "11", needs="протест"),
    **{w: _t("lawsuit", "11") for w in ("иск", "судиться")},
    "подать": _t("lawsuit", "11", needs="суд"),
    # 12 reject: a refusal governs what it refuses; declining to comment is a statement (011)
    **{w: (_t("decline_comment", "01", needs="комментарий комментировать комментироваться"),
           _t("deny", "01", needs="обвинение"),
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
    "санкция": _t("sanction", "16"),
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
        "напасть", "нападение", "теракт", "убить", "убийство", "похитить", "похищение",
        "покушение", "избить", "застрелить", "обезглавить", "изнасиловать", "изнасилование")},
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
    "отпустить": _t("yield", "08", needs="свобода залог стража"),
    **{w: _t("yield", "08", needs="свобода арест стража тюрьма заключение") for w in ("выпустить", "выпускать")},
    "снять": (_t("dismiss", "01", needs="должность пост"), _t("yield", "08", needs="обвинение запрет")),
    **{w: _t("yield", "08", needs="пленный военнопленный заключенный пленник тело") for w in ("обменяться", "обменять")},
    # out of prison (0841): "вышла на свободу", "вышел из тюрьмы"; a sentence cut short
    "выйти": _t("yield", "08", needs="свобода тюрьма колония заключение"),
    "сократить": _t("yield", "08", needs="заключение наказание приговор"),
    # withdrawing forces (0874)
    **{w: _t("yield", "08", needs="войско войска контингент военный войсковой") for w in ("вывести", "вывод", "выводить")},
    # appointments and dismissals: CAMEO has no root for them; they are coded 01 (a public
    # statement: an announced decision) and keep their own type (see docs/events.md)
    **{w: _t("appoint", "01", needs=_OFFICES, needs_case=_OFFICE_CASES) for w in (
        "назначить", "назначение", "избрать", "утвердить")},
    "присяга": _t("appoint", "01", needs="принести"),
    # taking up a post: "должность займет Михаил Орлов"
    "занять": _t("appoint", "01", needs="должность пост", needs_case="Acc"),
    **{w: _t("dismiss", "01") for w in ("уволить", "отставка", "отстранить", "отречься", "отречение")},
    # leaving a post without "отставка": "сложил полномочия", "покинул пост"
    **{w: _t("dismiss", "01", needs="полномочие полномочия") for w in ("сложить", "сложение", "слагать")},
    "покинуть": _t("dismiss", "01", needs="пост должность"),
    "освободить": (_t("dismiss", "01", needs="должность пост обязанность"),
                   _t("yield", "08", needs="арест стража заключение плен залог")),
}

# A verb trigger names its happening in either aspect: the partner of each pair below is
# looked up like the verb given in TRIGGERS ("оштрафовать" and "штрафовать", "убить" and
# "убивать"), so a report in the other aspect or tense is not lost.
ASPECT_PAIRS = (
    ("назначить", "назначать"), ("избрать", "избирать"), ("утвердить", "утверждать"),
    ("уволить", "увольнять"), ("отстранить", "отстранять"), ("отклонить", "отклонять"),
    ("отвергнуть", "отвергать"), ("отказаться", "отказываться"), ("отказать", "отказывать"),
    ("подписать", "подписывать"), ("заключить", "заключать"), ("договориться", "договариваться"),
    ("обсудить", "обсуждать"), ("побеседовать", "беседовать"), ("обязаться", "обязываться"),
    ("согласиться", "соглашаться"), ("приговорить", "приговаривать"),
    ("оштрафовать", "штрафовать"), ("конфисковать", "конфисковывать"), ("перехватить", "перехватывать"),
    ("заморозить", "замораживать"), ("лишить", "лишать"), ("разогнать", "разгонять"),
    ("заблокировать", "блокировать"), ("напасть", "нападать"), ("убить", "убивать"),
    ("похитить", "похищать"), ("избить", "избивать"), ("обстрелять", "обстреливать"),
    ("отпустить", "отпускать"), ("освободить", "освобождать"), ("снять", "снимать"),
    ("выслать", "высылать"), ("отозвать", "отзывать"), ("запретить", "запрещать"),
    ("разорвать", "разрывать"), ("ограничить", "ограничивать"), ("ужесточить", "ужесточать"),
    ("возбудить", "возбуждать"), ("признать", "признавать"), ("вынести", "выносить"),
    ("постановить", "постановлять"), ("подать", "подавать"), ("обратиться", "обращаться"),
    ("покинуть", "покидать"), ("обменяться", "обмениваться"), ("выдворить", "выдворять"),
    ("депортировать", "депортировать"), ("поручить", "поручать"), ("оправдать", "оправдывать"),
    ("усомниться", "сомневаться"),
)
# Not paired: "грозить" (a law "грозит штрафом" threatens no one), "занимать пост" (an office
# held, not taken up).
for _verb, _partner in ASPECT_PAIRS:
    for _have, _add in ((_verb, _partner), (_partner, _verb)):
        if _have in TRIGGERS and _add not in TRIGGERS:
            TRIGGERS[_add] = TRIGGERS[_have]

# A funeral or farewell planned ("похороны собирались провести") is no interaction: a plan
# of one names no event.
FUNERAL = frozenset("похороны панихида прощание погребение отпевание".split())

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
)

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
    "провинция штат графство аэропорт вокзал".split()
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
# Великобритании", "полиция Нью-Йорка") or as the country it is about. A court is left out:
# the labelled news name the court where they code it.
STATE_AGENTS = frozenset("власть полиция милиция спецслужба силовик правоохранитель пограничник военный "
                         "правительство".split())
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
    отставка назначение увольнение отстранение обыск
""".split())
