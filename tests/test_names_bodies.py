"""A state body named with its country ("МВД России", "ФСБ РФ") in the corpus: the press's form
of the Russian body the alias table names by its bare abbreviation, and no abbreviation's full
form of its own ("МВД России" is not "МР")."""
import pytest

from newsgraph.corpus.aliases import load_aliases
from newsgraph.corpus.entities import NameForms, corpus_entity, name_plan
from newsgraph.resources import get_resources
from test_corpus_names import MemoryWriter


@pytest.fixture(scope="module")
def aliases():
    return load_aliases()


@pytest.mark.parametrize("bare, whole", [("МВД", "МВД России"), ("МИД", "МИД РФ"), ("МЧС", "МЧС России"),
                                         ("Минобороны", "Минобороны России"), ("ЦБ", "ЦБ России")])
def test_the_russian_body_with_its_country_is_the_listed_body(aliases, bare, whole):
    tx, forms = MemoryWriter(), NameForms(get_resources().parse)
    assert corpus_entity(tx, "ORG", bare, aliases, forms) == corpus_entity(tx, "ORG", whole, aliases, forms)


def test_a_name_with_an_abbreviation_in_it_is_no_full_form(aliases):
    keys = name_plan("ORG", "МВД Украины", aliases).keys
    assert "му" not in keys
    assert "фсб" in name_plan("ORG", "Федеральная служба безопасности", aliases).keys
