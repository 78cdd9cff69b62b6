"""Titles of people as data, and who in a document holds which.

The quote stage reads titles off the text ("первым президентом Узбекистана Исламом
Каримовым") and records each on its holder as a `Title` (doc.py). Every stage that needs to
know who holds an office asks a `RoleBook`: the quote stage fills one as it reads, the events
stage builds one from the entities' titles. Titles are matched as `Office`s: "глава
Узбекистана" and "президент Узбекистана" are one office of one place.
"""
from __future__ import annotations

from dataclasses import dataclass

from newsgraph.doc import Document, Title
from newsgraph.russian import fold

# Titles of people: head nouns of a role ("вице-премьер Узбекистана", "первый президент").
ROLE_HEADS = frozenset("""
    президент вице-президент экс-президент премьер-министр премьер вице-премьер экс-премьер министр
    экс-министр замминистра глава замглавы председатель зампред зампредседателя вице-председатель
    заместитель посол спикер вице-спикер губернатор аким хоким мэр вице-мэр депутат сенатор
    секретарь генсек директор гендиректор руководитель начальник советник помощник пресс-секретарь
    представитель спецпредставитель спецпосланник уполномоченный омбудсмен эксперт аналитик
    политолог экономист социолог историк юрист адвокат профессор академик ректор лидер основатель
    сооснователь владелец командующий главнокомандующий генерал прокурор генпрокурор судья канцлер
    король эмир султан патриарх папа понтифик муфтий тренер капитан журналист корреспондент обозреватель редактор
    главред казначей управляющий дипломат политик чиновник специалист председательствующий атташе консул генконсул вице-губернатор
    замакима заммэра инженер врач главврач ученый координатор менеджер аудитор
""".split())

# Head nouns of organisations' names: a body of a state, a sport's federation, a union, a court
# ("Министерство обороны Румынии", "Федерация футбола Португалии", "Следственный комитет
# России"). A name that opens with such a noun, followed by the place it belongs to in the
# genitive, names that place's body. The press's short forms ("МИД", "Минобороны",
# "Центробанк") are no head nouns: they name the kind of body, the place after them is a
# participant of its own.
BODY_NOUNS = frozenset("""
    министерство ведомство служба комитет комиссия агентство департамент управление администрация
    аппарат канцелярия правительство кабинет совет парламент сенат палата дума собрание
    федерация ассоциация союз лига конфедерация объединение организация общество академия
    суд трибунал прокуратура полиция гвардия армия штаб командование инспекция надзор бюро
    центр банк фонд посольство консульство миссия представительство секретариат
""".split())

# Heads of state and government under their several titles: "глава Узбекистана" and
# "президент Узбекистана" name one office.
HEAD_OF_STATE = frozenset({"президент", "глава", "лидер"})
# "председатель КНР": the head of a state whose title is "chairman" (of a country, with no other
# complement), the same office as "глава КНР", "китайский лидер".
HEAD_OF_STATE_OF_COUNTRY = HEAD_OF_STATE | {"председатель"}

# Heads of a body under their several titles: "глава Нацбанка" is its "председатель".
BODY_HEADS = frozenset("глава председатель руководитель директор гендиректор начальник управляющий "
                       "президент лидер".split())

# Offices named by a head and the first word of its complement (a stem, so the genitive
# written after a title and the nominative of a name both match): "глава ведомства" is the
# minister, "глава правительства" the prime minister.
OFFICE_BY_COMPLEMENT = {
    ("глава", "государств"): "head_of_state", ("глава", "стран"): "head_of_state",
    ("лидер", "стран"): "head_of_state", ("лидер", "государств"): "head_of_state",
    ("глава", "правительств"): "премьер-министр", ("глава", "кабмин"): "премьер-министр",
    ("председатель", "правительств"): "премьер-министр", ("председатель", "кабинет"): "премьер-министр",
    ("глава", "кабинет"): "премьер-министр", ("председатель", "кабмин"): "премьер-министр",
    ("глава", "ведомств"): "министр", ("глава", "министерств"): "министр",
    ("руководитель", "ведомств"): "министр", ("руководитель", "министерств"): "министр",
}
OFFICE_BY_HEAD = {"премьер": "премьер-министр", "экс-президент": "президент", "экс-премьер": "премьер-министр",
                  "экс-министр": "министр", "генпрокурор": "прокурор", "замминистра": "заместитель",
                  "замглавы": "заместитель", "зампред": "заместитель", "зампредседателя": "заместитель",
                  "главврач": "врач"}
# Complements that name no particular place ("глава государства", "глава ведомства"), as stems.
GENERIC_COMPLEMENTS = ("государств", "стран", "республик", "правительств", "кабмин", "кабинет", "министр",
                       "ведомств", "министерств")

# Descriptions, not titles: they name whoever is in focus and are never listed as roles.
GENERIC_TITLES = frozenset("дипломат ученый политик чиновник специалист".split())

# Adjectives of countries, for titles like "казахстанский министр": adjective -> country.
COUNTRY_ADJECTIVES = {
    "казахстанский": "Казахстан", "узбекский": "Узбекистан", "узбекистанский": "Узбекистан",
    "кыргызский": "Кыргызстан", "кыргызстанский": "Кыргызстан", "киргизский": "Киргизия",
    "таджикский": "Таджикистан", "туркменский": "Туркменистан", "российский": "Россия",
    "китайский": "Китай", "азербайджанский": "Азербайджан", "афганский": "Афганистан",
    "турецкий": "Турция", "белорусский": "Беларусь", "украинский": "Украина", "армянский": "Армения",
    "грузинский": "Грузия", "монгольский": "Монголия", "иранский": "Иран", "американский": "США",
}

# A title that needs a complement to be a title at all ("глава" alone is a chapter).
NEEDS_COMPLEMENT = frozenset({"глава", "замглавы", "заместитель", "представитель", "секретарь",
                              "руководитель", "начальник", "председатель", "директор"})

# Modifiers that make a different office: a former holder is not the holder.
FORMER = frozenset({"первый", "бывший", "прежний", "предыдущий", "покойный", "экс", "отставной"})
# Modifiers that say the holder is the present one: part of the role, not of the office.
CURRENT = frozenset({"нынешний", "действующий", "текущий"})
# Offices where "первый" is a rank, not the first holder: "первый заместитель", "первый
# вице-премьер", "первый секретарь посольства".
RANKED_OFFICES = frozenset("заместитель замминистра замглавы зампред зампредседателя замакима заммэра "
                           "секретарь помощник советник".split())

# Modifiers that say nothing about the office and stay out of the role ("известный политолог").
VAGUE_MODIFIERS = frozenset("известный знаменитый популярный авторитетный видный опытный молодой "
                            "наш этот тот данный сам весь".split())

# Words before a title that make its holder acting: "врио", "и.о." (however tokenised), and
# "исполняющий обязанности" (the participle's lemma is the verb or the adjective).
ACTING = frozenset({"врио", "ио", "и.о", "и.о."})
ACTING_VERBS = frozenset({"исполнять", "исполняющий"})
ACTING_NOUN = "обязанность"


def is_former(modifier: str, head: str) -> bool:
    """True when `modifier` (a lemma) before the office `head` makes a former holder.

    >>> is_former("первый", "президент"), is_former("первый", "заместитель"), is_former("бывший", "посол")
    (True, False, True)
    """
    if modifier == "первый":
        return not (head in RANKED_OFFICES or head.startswith("вице-"))
    return modifier in FORMER


@dataclass
class Office:
    """What a title says about its holder, in the form titles are matched in: `key` is the
    office ("министр"; "head_of_state" for every title of a head of state), `place` the folded
    name of the country or body it belongs to."""

    key: str
    place: str | None
    former: bool = False
    generic: bool = False  # a description ("дипломат", "спортсмен"): it fits anyone, no role
    head: str = ""  # the head noun's lemma ("глава" of "глава правительства")

    def fits(self, other: "Office") -> bool:
        """Same office, and the same place wherever both name one."""
        return (self.key == other.key and self.former == other.former
                and (self.place is None or other.place is None or self.place == other.place))

    def conflicts(self, other: "Office") -> bool:
        """True when one person cannot hold both: each ties the person to another place."""
        return self.place is not None and other.place is not None and self.place != other.place


def office_of(office: str, of_name: str | None, of_type: str | None, former: bool = False) -> Office:
    """The `Office` named by `office` (a `Title.office`) of the place or body `of_name`, whose
    entity type is `of_type` (LOC for a country named by an adjective).

    >>> office_of("глава", "Узбекистан", "LOC")
    Office(key='head_of_state', place='узбекистан', former=False, generic=False, head='глава')
    >>> office_of("глава правительства", "Казахстан", "LOC").key, office_of("глава", "Нацбанк", "ORG").key
    ('премьер-министр', 'head_of_body')
    """
    words = fold(office).split()
    at = next((i for i, w in enumerate(words) if w in ROLE_HEADS), 0)
    head = OFFICE_BY_HEAD.get(words[at], words[at]) if words else ""
    complement = words[at + 1:]
    # The first word after the head: of the complement, else of the place's name.
    first = complement[0] if complement else (fold(of_name).split() or [""])[0]
    key = next((k for (h, stem), k in OFFICE_BY_COMPLEMENT.items() if h == head and first.startswith(stem)), head)
    if of_name:
        if of_type == "LOC" and not complement and (
                key in HEAD_OF_STATE or key in HEAD_OF_STATE_OF_COUNTRY and _a_country(of_name)):
            key = "head_of_state"
        elif key in BODY_HEADS:
            # "председатель Нацбанка" and "глава Нацбанка", "президент компании": one head of a body.
            key = "head_of_body"
        return Office(key, fold(of_name), former, key in GENERIC_TITLES, head)
    if complement and not all(w.startswith(GENERIC_COMPLEMENTS) for w in complement):
        # "лидер партии", "глава района", "директор института": the complement is the place.
        key = "head_of_body" if key in BODY_HEADS else key
        return Office(key, " ".join(complement), former, key in GENERIC_TITLES, head)
    if key in HEAD_OF_STATE and key != "глава":
        key = "head_of_state"
    return Office(key, None, former, key in GENERIC_TITLES, head)


def _a_country(name: str) -> bool:
    """True when `name` is a country's ("КНР", "Китай"), not a city's ("Москва")."""
    from newsgraph.events.codes import _BY_NAME

    return fold(name or "").strip() in _BY_NAME


class RoleBook:
    """Titles held by the entities of one document."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.held: dict[int, list[Office]] = {}
        self.slots: list[Office] = []  # the places of group titles ("президентов A и B")

    @classmethod
    def of_document(cls, doc: Document) -> "RoleBook":
        """The titles the document's people already have (`Entity.titles`)."""
        book = cls(doc)
        for entity in doc.entities:
            if entity.type == "PER":
                for title in entity.titles:
                    of_type = doc.entities[title.of].type if title.of is not None else "LOC"
                    book.give(entity.id, office_of(title.office, title.of_name, of_type, title.former))
        return book

    def give(self, entity: int, office: Office, title: Title | None = None) -> None:
        """Record `office` for `entity`, and with `title` list it among the entity's roles and
        titles (once per text)."""
        if office.generic:
            return
        self.held.setdefault(entity, []).append(office)
        ent = self.doc.entities[entity]
        if title is not None and fold(title.text) not in {fold(r) for r in ent.roles}:
            ent.roles.append(title.text)
            ent.titles.append(title)

    def holders(self, office: Office, strict: bool = False) -> list[int]:
        """Entities holding an office that fits `office` (with `strict`, of the very same place)."""
        return [e for e, held in self.held.items()
                if any(h.fits(office) and (not strict or h.place == office.place) for h in held)]

    def compatible(self, entity: int, office: Office) -> bool:
        """True when `entity` may hold `office`: it holds nothing, or only offices of the same
        key that do not tie it to another place. A description fits anyone."""
        if office.generic:
            return True
        return all(h.key == office.key and h.former == office.former and not h.conflicts(office)
                   for h in self.held.get(entity, []))

    def open_slot(self, office: Office) -> bool:
        """True when a group title of the text announces someone holding `office` whom no one
        is yet known to be: a title standing for a name may then name the person in focus."""
        return any(slot.fits(office) and (office.place is None or slot.place == office.place)
                   and not self.holders(slot, strict=True) for slot in self.slots)

    def known(self, entity: int) -> list[Office]:
        """The offices `entity` is known to hold."""
        return self.held.get(entity, [])
