"""Pages of two sites whose menus repeat on their pages: the corpus for the tests that the same
set of inputs gives the same Documents through every way of running the analysis."""
from __future__ import annotations

import json
from pathlib import Path

# Site A's widget label stands between paragraphs, where its shape is a subheading's: only the
# site table tells it from the article. Site B's label is on two pages only: too few to learn.
FURNITURE_A = "Гороскоп на неделю"
FURNITURE_B = "Истории земляков"
TOPICS = [
    ("Фермеры Согда собрали урожай хлопка", "В Согдийской области завершили сбор хлопка, урожай составил {n} тысяч тонн."),
    ("В Худжанде открыли новую школу", "В Худжанде открыли школу на {n} мест, строительство заняло два года."),
    ("В Душанбе отремонтируют мосты", "Власти Душанбе отремонтируют {n} мостов через реку до конца осени."),
    ("В Бохтаре прошла ярмарка", "На ярмарке в Бохтаре фермеры продали {n} тонн овощей и фруктов."),
    ("В Пенджикенте запустили автобусы", "В Пенджикенте на линии вышли {n} новых автобусов городского маршрута."),
]


def page(n: int, furniture: str) -> str:
    title, lead = TOPICS[n % len(TOPICS)]
    return (f"{title} {n}\n"
            f"{lead.format(n=10 + n)}\n"
            f"{furniture}\n"
            f"Представители отрасли отмечают, что работы идут по плану, а следующий этап начнётся весной.\n"
            f"Местные жители рассказали, что ждут продолжения проектов в {2020 + n % 5} году.\n")


def records() -> list[dict]:
    """Five pages of site A (label learnt) and two of site B (label not learnt), interleaved."""
    out = []
    for n in range(5):
        out.append({"id": f"a{n}", "url": f"https://www.site-a.example/news/{n}", "text": page(n, FURNITURE_A)})
        if n < 2:
            out.append({"id": f"b{n}", "url": f"https://site-b.example/{n}.html", "text": page(n + 7, FURNITURE_B)})
    return out


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def analysis_of(doc: dict) -> dict:
    """What must agree between two runs over the same inputs: everything the analysis decides."""
    keys = ("id", "title", "body", "mentions", "quotes", "money", "quantities", "dates")
    out = {k: doc[k] for k in keys}
    out["chrome"] = sorted((c["start"], c["end"], c["kind"]) for c in doc["chrome"])
    out["entities"] = [(e["type"], e["name"]) for e in doc["entities"]]
    return out
