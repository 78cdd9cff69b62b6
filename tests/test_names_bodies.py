"""A state body's abbreviation with the place it is of ("МВД России", "ВВС США"): one
organisation with the place nested in it, the abbreviation alone in the same text the same body
where the text gives it one place, and no corpus entity of another country's body taken for it.
Invented sentences, one rule each; real ones are the `country_body` rows of
tests/data/names_mentions.tsv."""
from newsgraph.corpus.aliases import load_aliases
from newsgraph.corpus.entities import NameForms, link_entities
from newsgraph.doc import Document
from newsgraph.pipeline import Pipeline
from newsgraph.resources import get_resources
from test_corpus_names import MemoryWriter


def analyse(text: str, doc_id: str = "t") -> Document:
    return Pipeline(whole=True)(Document(id=doc_id, text=text), until="entities")


def test_the_body_with_its_country_is_one_organisation():
    doc = analyse("Об этом сообщили в МВД России. Позже сотрудники МВД задержали его.")
    found = {(m.text, m.type): m for m in doc.mentions}
    whole, place = found["МВД России", "ORG"], found["России", "LOC"]
    assert whole.normal == "МВД России" and place.normal == "Россия"
    assert doc.entities[place.entity].name == "Россия"
    # the abbreviation alone is the same body in this text
    assert {m.entity for m in doc.mentions if m.type == "ORG"} == {whole.entity}
    assert doc.entities[whole.entity].name == "МВД России"


def test_the_abbreviation_of_two_countries_bodies_stays_apart():
    doc = analyse("Глава МВД Украины встретился с главой МВД России. В МВД отказались от комментариев.")
    by_text = {}
    for m in doc.mentions:
        if m.type == "ORG":
            by_text.setdefault(m.text, set()).add(doc.entities[m.entity].name)
    assert by_text["МВД Украины"] == {"МВД Украины"} and by_text["МВД России"] == {"МВД России"}
    assert by_text["МВД"] == {"МВД"}


def test_a_body_named_in_words_is_left_as_the_tagger_gave_it():
    doc = analyse("Министерство обороны Пакистана опровергло эти сведения.")
    assert not any(m.text.endswith("Пакистана") and m.type == "ORG" for m in doc.mentions)


def test_another_countrys_body_does_not_take_the_bare_abbreviation():
    aliases, forms, tx = load_aliases(), NameForms(get_resources().parse), MemoryWriter()
    first = analyse("Глава МВД Украины подал в отставку, сообщили в МВД.", "a")
    links = link_entities(tx, first, aliases, forms)
    tx.names |= links.names
    ukraine = {links.corpus[m.entity] for m in first.mentions if m.text == "МВД Украины"}
    later = analyse("В МВД сообщили о задержании.", "b")
    bare = {link_entities(tx, later, aliases, forms).corpus[m.entity] for m in later.mentions if m.text == "МВД"}
    assert bare and not bare & ukraine
