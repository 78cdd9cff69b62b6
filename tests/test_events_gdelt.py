"""The GDELT export of events: written from a store, read back with its documented columns."""
from __future__ import annotations

import csv
import io
import json

from typer.testing import CliRunner

from newsgraph.corpus.export import GDELT_COLUMNS, gdelt_cells, quad_class
from newsgraph.events.codes import FIPS, actor_code, country_of, place_country

ROWS = [
    {"id": "g1", "published": "2024-02-01", "url": "https://a.example/1",
     "text": "Президент Казахстана Касым-Жомарт Токаев провёл переговоры с Шавкатом Мирзиёевым в Ташкенте."},
    {"id": "g2", "published": "2024-02-02", "url": "https://b.example/2",
     "text": "Полиция Алматы задержала трех участников несанкционированной акции."},
    {"id": "g3", "published": "2024-02-03", "url": "https://c.example/3",
     "text": "Боксер из Казахстана выиграл бой за титул чемпиона мира в Лас-Вегасе."},
]


def export_gdelt(tmp_path) -> str:
    from newsgraph.cli import app

    src = tmp_path / "news.jsonl"
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in ROWS), encoding="utf-8")
    db, out = tmp_path / "news.db", tmp_path / "events.tsv"
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", "--workers", "0", "--db", str(db), "--whole", str(src)]).exit_code == 0
    result = runner.invoke(app, ["export", "--db", str(db), "--what", "events", "--format", "gdelt", "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out.read_text(encoding="utf-8")


def test_export_parses_back_with_the_documented_columns(tmp_path):
    text = export_gdelt(tmp_path)
    reader = csv.DictReader(io.StringIO(text), delimiter="\t")
    assert reader.fieldnames == GDELT_COLUMNS
    rows = list(reader)
    assert rows and all(None not in row and len(row) == len(GDELT_COLUMNS) for row in rows)
    by_doc = {row["DocumentId"]: row for row in rows}
    assert "g3" not in by_doc  # sport: no CAMEO event, no row
    talks = by_doc["g1"]
    assert (talks["EventRootCode"], talks["EventCode"], talks["EventBaseCode"]) == ("04", "040", "040")
    assert talks["QuadClass"] == "1" and float(talks["GoldsteinScale"]) == 1.0
    assert talks["SQLDATE"] == "20240201" and talks["MonthYear"] == "202402" and talks["Year"] == "2024"
    assert talks["Actor1Name"] == "Касым-Жомарт Токаев" and talks["Actor2Name"] == "Шавкат Мирзиёев"
    assert talks["ActionGeo_FullName"] == "Ташкент" and talks["ActionGeo_CountryCode"] == "UZ"
    assert talks["IsRootEvent"] == "1" and int(talks["NumMentions"]) >= 1
    assert talks["SOURCEURL"] == "https://a.example/1" and talks["Modality"] == "actual"
    arrest = by_doc["g2"]
    assert arrest["EventRootCode"] == "17" and arrest["QuadClass"] == "4"
    assert arrest["Actor1CountryCode"] == "KAZ"


def test_events_gdelt_would_not_hold_are_left_out():
    row = {"document": "d", "event": 0, "type": "meet", "cameo_root": "04", "actors": [], "modality": "negated"}
    assert gdelt_cells(row) is None
    assert gdelt_cells({**row, "cameo_root": None, "modality": "actual"}) is None
    cells = gdelt_cells({**row, "modality": "planned", "source": ["Казахстан"], "source_code": "KAZGOV"})
    assert len(cells) == len(GDELT_COLUMNS)
    named = dict(zip(GDELT_COLUMNS, cells))
    assert (named["Actor1Code"], named["Actor1CountryCode"], named["Actor1Type1Code"]) == ("KAZGOV", "KAZ", "GOV")


def test_a_type_finer_than_its_root_gives_its_own_code():
    row = {"document": "d", "event": 0, "cameo_root": "05", "actors": [], "modality": "actual"}
    codes = {t: dict(zip(GDELT_COLUMNS, gdelt_cells({**row, "type": t}))) for t in ("recognize", "apologize", "relations")}
    assert [(c["EventCode"], c["EventBaseCode"], c["EventRootCode"]) for c in codes.values()] == [
        ("054", "054", "05"), ("055", "055", "05"), ("050", "050", "05")]


def test_actor_codes_from_titles_and_organisations():
    assert actor_code("Россия", "LOC") == "RUS"
    assert actor_code("МИД России", "ORG") == "RUSGOV"
    assert actor_code("Полиция Бельгии", "ORG") == "BELCOP"
    assert actor_code("Верховный суд Таджикистана", "ORG") == "TJKJUD"
    assert actor_code("Касым-Жомарт Токаев", "PER", [{"office": "президент", "of_name": "Казахстан"}]) == "KAZGOV"
    assert actor_code("Сергей Лавров", "PER", [{"office": "глава", "of_name": "МИД России"}]) == "RUSGOV"
    assert actor_code("Иван Иванов", "PER") == ""
    assert country_of("Алматы") == "KAZ" and quad_class("14") == 4


def test_each_gdelt_column_holds_the_country_code_gdelt_uses():
    # Actor*CountryCode: CAMEO's codes (ISO alpha-3 based, with CAMEO's own for a few);
    # ActionGeo_CountryCode: FIPS 10-4, which differs from ISO for many countries.
    assert actor_code("Румыния", "LOC") == "ROM" and actor_code("МИД Германии", "ORG") == "DEUGOV"
    row = {"document": "d", "event": 0, "type": "meet", "cameo_root": "04", "modality": "actual",
           "source": ["Германия"], "source_code": "DEU", "target": ["Беларусь"], "target_code": "BLR"}
    for place, fips in (("Берлин", "GM"), ("Минск", "BO"), ("Россия", "RS"), ("Ташкент", "UZ"),
                        ("Великобритания", "UK"), ("Душанбе", "TI"), ("Марс", "")):
        named = dict(zip(GDELT_COLUMNS, gdelt_cells({**row, "place": place})))
        assert named["ActionGeo_CountryCode"] == fips, place
        assert (named["Actor1CountryCode"], named["Actor2CountryCode"]) == ("DEU", "BLR")
    assert place_country("Бишкек") == "KG" and all(len(v) == 2 for v in FIPS.values())
