"""Nominative forms of people's names on published news: foreign and indeclinable names
(Vietnamese, Chinese, Korean, Georgian, Turkic, Western; names that do not inflect or inflect
only in part) read in the case their words and the text agree on.

`tests/data/names_forms.tsv` lists real forms from the NEREL dev texts by document id and
offsets, with the nominative (checked against the Wikidata label NEREL links the mention to);
the texts are read from ../shared/data/eval and the table is skipped where they are absent.
"""
from functools import lru_cache
from pathlib import Path

import pytest

from newsgraph.doc import Document
from newsgraph.pipeline import Pipeline
from newsgraph.russian import foreign_readings

from conftest import EVAL_DATA, eval_texts

TABLE = Path(__file__).parent / "data" / "names_forms.tsv"


def _rows():
    rows = []
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            doc_id, start, end, surface, normal = line.split("\t")
            rows.append((doc_id, int(start), int(end), surface, normal))
    return rows


ROWS = _rows()


@lru_cache(maxsize=1)
def _texts() -> dict:
    return eval_texts("nerel-dev.jsonl", {r[0] for r in ROWS})


@pytest.fixture(scope="module")
def normals():
    texts = _texts()
    if not texts:
        pytest.skip(f"{EVAL_DATA / 'nerel-dev.jsonl'} is absent")
    pipeline = Pipeline(whole=True)
    cache = {}

    def run(doc_id):
        if doc_id not in cache:
            doc = pipeline(Document(id=doc_id, text=texts[doc_id]), until="entities")
            cache[doc_id] = {(m.start, m.end): m.normal for m in doc.mentions if m.type == "PER"}
        return cache[doc_id]
    return run


def test_the_table_is_large_enough():
    assert len(ROWS) >= 150


@pytest.mark.parametrize("doc_id, start, end, surface, normal", ROWS,
                         ids=[f"{r[0]}:{r[1]}:{r[3]}" for r in ROWS])
def test_real_name_forms(normals, doc_id, start, end, surface, normal):
    assert _texts()[doc_id][start:end] == surface
    assert normals(doc_id).get((start, end)) == normal


@pytest.mark.parametrize("text, surface, normal", [
    # Vietnamese: only the last part declines; the text's nominative mention settles the case
    ("Председатель Национального собрания Вьетнама Нгуен Хонг Зиен сообщил, что визит "
     "Нгуен Хонг Зиена в Москву состоится в мае.", "Нгуен Хонг Зиена", "Нгуен Хонг Зиен"),
    ("Премьер-министр России встретился с премьер-министром Вьетнама Фам Минь Тинем. "
     "Визит Фам Минь Тиня продлится два дня.", "Фам Минь Тиня", "Фам Минь Тинь"),
    ("Переговоры Си Цзиньпина и Ким Чен Ына прошли в Пекине.", "Ким Чен Ына", "Ким Чен Ын"),
    # Georgian -швили does not decline, the first name does
    ("Премьер-министру Грузии Ираклию Гарибашвили вручили письмо.", "Ираклию Гарибашвили",
     "Ираклий Гарибашвили"),
])
def test_foreign_names_in_sentences(text, surface, normal):
    doc = Pipeline(whole=True)(Document(id="t", text=text), until="entities")
    assert (surface, normal) in [(m.text, m.normal) for m in doc.mentions if m.type == "PER"]


@pytest.mark.parametrize("word, case, gender, nominative", [
    ("Ассанжа", "gent", "masc", "Ассанж"), ("Цзюня", "gent", "masc", "Цзюнь"),
    ("Карзая", "gent", "masc", "Карзай"), ("Зумы", "gent", None, "Зума"),
    ("Чисору", "accs", None, "Чисора"), ("Ассанжу", "datv", "masc", "Ассанж"),
    ("Грасой", "ablt", None, "Граса"), ("Тинем", "ablt", "masc", "Тинь"),
    ("Марции", "gent", None, "Марция"), ("Йоханссон", "any", "femn", "Йоханссон"),
    ("Фухимори", "any", None, "Фухимори"), ("Маккалоу", "any", None, "Маккалоу"),
    ("Корреа", "any", None, "Корреа"),
])
def test_readings_by_ending(word, case, gender, nominative):
    assert (case, gender, nominative) in foreign_readings(word)


@pytest.mark.parametrize("text, name", [
    ("Посол Соединённых Штатов прибыл в Москву вечером.", "Соединённые Штаты"),
    ("Власти Объединенных Арабских Эмиратов заявили об этом.", "Объединённые Арабские Эмираты"),
])
def test_participle_before_the_head_agrees_with_it(res, text, name):
    from newsgraph.doc import Document
    from newsgraph.pipeline import Pipeline
    doc = Pipeline(res, whole=True)(Document(id="t", text=text), until="entities")
    assert name in [m.normal for m in doc.mentions], [(m.text, m.normal) for m in doc.mentions]


def test_closing_quote_before_a_bracketed_abbreviation_is_no_part_of_the_name(res):
    text = "Его поддержала партия Берлускони «Народ свободы» (НС).\n\nДо этого он молчал."
    doc = Pipeline(res, whole=True)(Document(id="t", text=text), until="entities")
    orgs = [m for m in doc.mentions if m.type == "ORG"]
    assert [m.normal for m in orgs] == ["Народ свободы", "НС"]
    assert orgs[0].entity == orgs[1].entity
