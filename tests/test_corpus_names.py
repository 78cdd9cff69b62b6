"""Which corpus entity a document's entity joins: aliases, countries, initials, abbreviations."""
import pytest

from newsgraph.corpus.aliases import Aliases, load_aliases
from newsgraph.corpus.entities import corpus_entity
from newsgraph.russian import acronym, fold, name_words


class MemoryWriter:
    """The Writer verbs the entity rules use, over a dict."""

    def __init__(self):
        self.rows = {}  # id -> [type, name, key, surname]
        self.names = set()  # (folded name, id, name) as documents named the entities
        self.docs = {}  # id -> how many documents name it

    def entity_by_key(self, type_, key):
        return next((i for i, r in self.rows.items() if r[0] == type_ and r[2] == key), None)

    def people_by_surname(self, surname, limit):
        return [(i, r[2]) for i, r in self.rows.items() if r[0] == "PER" and r[3] == surname][:limit]

    def entity_documents(self, entity, limit):
        return min(self.docs.get(entity, 0), limit)

    def add_entity(self, type_, name, key, surname):
        self.rows[len(self.rows) + 1] = [type_, name, key, surname]
        return len(self.rows)

    def entity_named(self, type_, key):
        found = {i for k, i, _ in self.names if k == key and self.rows[i][0] == type_}
        return found.pop() if len(found) == 1 else None

    def rename_entity(self, entity, name, key):
        self.rows[entity][1:3] = [name, key]


@pytest.fixture(scope="module")
def aliases():
    return load_aliases()


def link(names, aliases):
    tx = MemoryWriter()
    ids = [corpus_entity(tx, type_, name, aliases) for type_, name in names]
    return ids, tx


@pytest.mark.parametrize("variant, canonical", [
    ("Российская Федерация", "Россия"), ("РФ", "Россия"), ("Соединённые штаты", "США"),
    ("Америка", "США"), ("Соединённое Королевство", "Великобритания"), ("ФРГ", "Германия"),
    ("Китайская Народная Республика", "Китай"), ("КНР", "Китай"), ("Республика Корея", "Южная Корея"),
    ("Сирийская Арабская Республика", "Сирия"), ("Советский Союз", "СССР"),
    ("Французская Республика", "Франция"), ("Республика Куба", "Куба"), ("Ленинград", "Санкт-Петербург"),
])
def test_country_and_city_names(aliases, variant, canonical):
    assert aliases.resolve(variant, "LOC") == canonical


@pytest.mark.parametrize("variant, canonical", [
    ("Госдума", "Государственная дума"), ("Евросоюз", "Европейский союз"), ("ЕСПЧ", "Европейский суд по правам человека"),
    ("ИГИЛ", "Исламское государство"), ("СКР", "Следственный комитет"),
])
def test_institution_short_forms(aliases, variant, canonical):
    assert aliases.resolve(variant, "ORG") == canonical


def test_countries_without_pycountry_names_keep_the_shipped_table():
    table = Aliases()
    table.add("Россия", "РФ", "LOC")
    assert table.resolve("РФ", "LOC") == "Россия"


@pytest.mark.parametrize("names", [
    ["Владимир Путин", "В. В. Путин", "В.Путин"],
    ["Д.Медведев", "Дмитрий Медведев", "Д. Медведев"],
    ["Владимир Путин", "Владимир Владимирович Путин"],
    ["Путин", "Владимир Путин", "В. Путин"],
])
def test_initials_and_full_names_are_one_person(aliases, names):
    ids, tx = link([("PER", n) for n in names], aliases)
    assert len(set(ids)) == 1
    # a person first known by initials takes the full name when it comes
    assert not all(len(w) == 1 for w in map(fold, name_words(tx.rows[ids[0]][1])[:-1]))


@pytest.mark.parametrize("names", [
    ["Фидель Кастро", "Рауль Кастро"],
    ["Уоррен Баффет", "Говард Баффет", "У. Баффет"],
    ["Алексей Иванов", "Пётр Иванов", "Иванов"],
])
def test_other_first_names_stay_apart(aliases, names):
    ids, _ = link([("PER", n) for n in names], aliases)
    assert ids[0] != ids[1]
    if len(names) == 3:
        assert ids[2] == ids[0] or ids[2] not in ids[:2]


def test_initials_shared_by_two_people_stay_apart(aliases):
    ids, _ = link([("PER", "Виктор Янукович"), ("PER", "Владимир Янукович"), ("PER", "В. Янукович")], aliases)
    assert ids[2] not in ids[:2]


@pytest.mark.parametrize("short, full", [
    ("НХЛ", "Национальная хоккейная лига"), ("ФСЭГ", "Форум стран-экспортёров газа"),
    ("ВВС", "Военно-воздушные силы"), ("СК", "Страховая компания Согласие")])
def test_full_name_joins_its_abbreviation(aliases, short, full):
    ids, _ = link([("ORG", short), ("ORG", full)], aliases)
    assert (ids[0] == ids[1]) == (acronym(full) == fold(short))


def test_abbreviation_of_a_place_is_not_an_organisation(aliases):
    ids, _ = link([("ORG", "НХЛ"), ("LOC", "Национальная хоккейная лига")], aliases)
    assert ids[0] != ids[1]


def test_abbreviation_a_text_gave_in_brackets_joins_later(aliases):
    tx = MemoryWriter()
    first = corpus_entity(tx, "ORG", "Комиссия по ценным бумагам и биржам", aliases)
    tx.names.add(("sec", first, "SEC"))
    assert corpus_entity(tx, "ORG", "SEC", aliases) == first
    assert corpus_entity(tx, "LOC", "SEC", aliases) != first
