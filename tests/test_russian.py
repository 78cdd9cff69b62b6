"""The shared language helpers: their doctests, and a table of surname endings."""
import doctest

import pytest

import newsgraph.russian as russian
from newsgraph.russian import fold, nominative_surname, oblique_surname, surname_gender


def test_doctests():
    result = doctest.testmod(russian)
    assert result.attempted > 0 and result.failed == 0


@pytest.mark.parametrize("word, folded", [
    ("Мирзиёев", "мирзиеев"),
    ("ЁЛКА", "елка"),
    ("Каза\u0301хстан", "казахстан"),   # a stress mark
    ("Мирзие\u0308ев", "мирзиеев"),     # ё written as е and a combining diaeresis
    ("", ""),
])
def test_fold(word, folded):
    assert fold(word) == folded


@pytest.mark.parametrize("word, gender, any_case, oblique, nominative", [
    ("Назарбаев", "masc", "masc", False, True),
    ("Назарбаеву", None, None, True, False),
    ("Баетова", "femn", None, False, False),
    ("Мусаевой", None, "femn", True, False),
    ("Рахимская", "femn", "femn", False, False),
    ("Рахимский", "masc", "masc", False, True),
    ("Токаевым", None, None, True, False),
])
def test_surname_endings(word, gender, any_case, oblique, nominative):
    assert surname_gender(word) == gender
    assert surname_gender(word, any_case=True) == any_case
    assert oblique_surname(word) is oblique
    assert nominative_surname(word) is nominative
