"""One entity across documents: names in another case, with quotes, legal forms or generic heads,
the press's short forms, and people named by their surname or initials."""
import pytest

from newsgraph.corpus.aliases import load_aliases
from newsgraph.corpus.entities import NameForms, bare_name, clean_name, corpus_entity
from newsgraph.resources import get_resources
from test_corpus_names import MemoryWriter


@pytest.fixture(scope="module")
def aliases():
    return load_aliases()


@pytest.fixture(scope="module")
def forms():
    return NameForms(get_resources().parse)


def link(names, aliases, forms, tx=None):
    """Link (type, name) pairs one document at a time, recording the names each was seen under
    as the save does."""
    tx = tx or MemoryWriter()
    ids = []
    for type_, name in names:
        cid = corpus_entity(tx, type_, name, aliases, forms)
        ids.append(cid)
        if type_ != "PER":
            for variant in (clean_name(name), bare_name(name)):
                if variant:
                    tx.names.add((forms(variant), cid, variant))
    return ids, tx


# Normal forms as the entity stage left them in real news ("Соединенных Штатов" read as
# "Соединенных Штаты"): the dictionary form of each word finds the listed name.
@pytest.mark.parametrize("type_, name, canonical", [
    ("LOC", "Соединенных Штаты", "США"), ("LOC", "Соединённые Штатов Америки", "США"),
    ("LOC", "Соединенными Штаты", "США"), ("LOC", "Кыргызская Республики", "Кыргызстан"),
    ("LOC", "Соединенного Королевство", "Великобритания"), ("ORG", "Госдумами", "Государственная дума"),
])
def test_a_listed_name_in_another_case_is_the_listed_entity(aliases, forms, type_, name, canonical):
    ids, tx = link([(type_, canonical), (type_, name)], aliases, forms)
    assert ids[0] == ids[1]
    assert tx.rows[ids[0]][1] == canonical


def test_an_unlisted_name_in_another_case_joins_the_stored_one(aliases, forms):
    ids, _ = link([("ORG", "Южная трубопроводная компания"), ("ORG", "Южной трубопроводной компании")],
                  aliases, forms)
    assert ids[0] == ids[1]


def test_quote_marks_are_not_part_of_a_name(aliases, forms):
    ids, tx = link([("ORG", "Исламское государство"), ("ORG", "Исламское государство»"),
                    ("ORG", "«Газпром»"), ("ORG", "Газпром")], aliases, forms)
    assert ids[0] == ids[1] and ids[2] == ids[3]
    assert tx.rows[ids[2]][1] == "Газпром"


@pytest.mark.parametrize("name, bare", [
    ("ПАО «Газпром»", "Газпром"), ("компания Apple", "Apple"), ("АКБ ПЕРЕСВЕТ АО", "ПЕРЕСВЕТ"),
    ("банк «Россия»", "Россия"), ("ООО «Рога и копыта»", "Рога и копыта"),
    ("Банк России", None), ("Газпром", None), ("Компания", None),
])
def test_bare_name_takes_off_legal_forms_and_generic_heads(name, bare):
    assert bare_name(name) == bare


def test_an_organisation_with_and_without_its_legal_form(aliases, forms):
    ids, _ = link([("ORG", "АКБ ПЕРЕСВЕТ АО"), ("ORG", "Пересвет"), ("ORG", "Газпром"), ("ORG", "ПАО «Газпром»"),
                   ("ORG", "компания Apple"), ("ORG", "Apple")], aliases, forms)
    assert ids[0] == ids[1] and ids[2] == ids[3] and ids[4] == ids[5]
    assert len(set(ids)) == 3


def test_a_generic_word_alone_is_not_taken_off(aliases, forms):
    # "Банк России" is a name of its own, not "Россия" with a generic head
    ids, _ = link([("LOC", "Россия"), ("ORG", "Банк России"), ("ORG", "Национальный банк")], aliases, forms)
    assert len(set(ids)) == 3


@pytest.mark.parametrize("type_, variant, canonical", [
    ("ORG", "Дума", "Государственная дума"), ("ORG", "Думы", "Государственная дума"),
    ("ORG", "Ъ", "Коммерсантъ"), ("ORG", "ФИФА", "Международная федерация футбольных ассоциаций"),
    ("LOC", "Подмосковья", "Московская область"), ("LOC", "Башкирии", "Башкортостан"),
    ("LOC", "Приморье", "Приморский край"),
])
def test_press_short_forms_in_any_case(aliases, forms, type_, variant, canonical):
    ids, tx = link([(type_, variant)], aliases, forms)
    assert tx.rows[ids[0]][1] == canonical


def test_a_surname_alone_goes_to_the_far_better_known_person(aliases, forms):
    ids, tx = link([("PER", "Барак Обама"), ("PER", "Мишель Обама")], aliases, forms)
    barack, michelle = ids
    tx.docs = {barack: 12, michelle: 2}
    (alone,), _ = link([("PER", "Обама")], aliases, forms, tx)
    assert alone == barack


def test_a_surname_alone_stays_apart_between_people_about_as_well_known(aliases, forms):
    ids, tx = link([("PER", "Фидель Кастро"), ("PER", "Рауль Кастро")], aliases, forms)
    tx.docs = {ids[0]: 6, ids[1]: 4}
    (alone,), _ = link([("PER", "Кастро")], aliases, forms, tx)
    assert alone not in ids


def test_a_surname_alone_does_not_cross_gender(aliases, forms):
    # "Медведева" alone is a woman's surname: it is not Дмитрий Медведев however well known he is
    ids, tx = link([("PER", "Дмитрий Медведев"), ("PER", "Светлана Медведева")], aliases, forms)
    tx.docs = {ids[0]: 50, ids[1]: 1}
    (alone,), _ = link([("PER", "Медведева")], aliases, forms, tx)
    assert alone == ids[1]


def link_people(names, aliases, forms, tx=None):
    """Link people as the save does, with the spellings they were seen under."""
    from newsgraph.corpus.entities import spelling_key

    tx = tx or MemoryWriter()
    ids = []
    for name in names:
        cid = corpus_entity(tx, "PER", name, aliases, forms)
        ids.append(cid)
        if spelling_key(name):
            tx.names.add((spelling_key(name), cid, name))
    return ids, tx


@pytest.mark.parametrize("oblique, nominative", [
    ("Михаил Суходольского", "Михаил Суходольский"), ("Владимиром Путина", "Владимир Путин"),
    ("Любовью Полежай", "Любовь Полежай"),
])
def test_a_person_left_in_an_oblique_case_is_stored_in_the_nominative(aliases, forms, oblique, nominative):
    for order in ((oblique, nominative), (nominative, oblique)):
        ids, tx = link_people(order, aliases, forms)
        assert ids[0] == ids[1]
        assert tx.rows[ids[0]][1] == nominative


@pytest.mark.parametrize("one, other", [
    ("Кейт Миддлтон", "Кейт Мидлтон"), ("Бриджит Бардо", "Брижит Бардо"), ("Габриэль Гиффордс", "Габриель Гиффордс"),
])
def test_spellings_of_one_foreign_name_meet(aliases, forms, one, other):
    ids, _ = link_people([one, other], aliases, forms)
    assert ids[0] == ids[1]


def test_other_people_with_a_like_name_stay_apart(aliases, forms):
    ids, _ = link_people(["Анна Иванова", "Анна Иванов", "Дэвид Кэмерон", "Дэвид Камерон", "Ирина Петрова",
                          "Марина Петрова"], aliases, forms)
    assert len(set(ids)) == 6


def document(*entities):
    from newsgraph.doc import Document, Entity

    return Document(id="d", text="", entities=[Entity(i, t, n) for i, (t, n) in enumerate(entities)])


def test_two_spellings_in_one_text_meet_as_in_two(aliases, forms):
    from newsgraph.corpus.entities import link_entities

    tx = MemoryWriter()
    links = link_entities(tx, document(("PER", "Кейт Миддлтон"), ("PER", "Кейт Мидлтон"), ("ORG", "ПАО «Газпром»"),
                                       ("ORG", "Газпрома")), aliases, forms)
    assert links.corpus[0] == links.corpus[1]
    assert links.corpus[2] == links.corpus[3]
    kate, gazprom = links.corpus[0], links.corpus[2]
    tx.names |= links.names
    links = link_entities(tx, document(("ORG", "Газпром"), ("PER", "Кейт Мидлтон")), aliases, forms)
    assert links.corpus == {0: gazprom, 1: kate}
