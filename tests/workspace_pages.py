"""The store the workspace tests read: the bundled sample corpus (real pages) and one short
report of our own from a second outlet on the day after one of them, so that a story has two
documents from two outlets and a person has mentions and a title on two days."""
from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "newsgraph" / "data" / "sample"
SECOND_OUTLET = {
    "id": "kun-2025-05-23",
    "url": "https://kun.example.uz/news/2025/05/23/komissiya",
    "title": "Ходжаев и Оверчук подвели итоги межправкомиссии в Ташкенте",
    "published": "2025-05-23",
    "text": ("Ходжаев и Оверчук подвели итоги межправкомиссии в Ташкенте\n"
             "Вице-премьер Узбекистана Жамшид Ходжаев и вице-премьер России Алексей Оверчук подвели итоги "
             "заседания межправительственной комиссии в Ташкенте.\n"
             "Стороны подписали соглашения на 4,5 млрд долларов, в том числе о строительстве "
             "газохимического комплекса.\n"
             "«Мы договорились ускорить работу совместных предприятий», — заявил Ходжаев журналистам."),
}
# What the tests expect of that store.
DOCUMENTS = 9
STORY_DOCUMENT = "8e041fafb8056f68"  # 02_tashkent_trade.txt, the story SECOND_OUTLET joins
PERSON = "Жамшид Ходжаев"
PERSON_TITLE = "вице-премьер Узбекистана"


def fill_workspace_store(url: str, folder: Path) -> None:
    """Ingest the sample corpus and SECOND_OUTLET into the store at `url`."""
    from newsgraph.corpus import open_corpus
    from newsgraph.corpus.ingest import ingest_paths

    extra = folder / "second-outlet.jsonl"
    extra.write_text(json.dumps(SECOND_OUTLET, ensure_ascii=False) + "\n", encoding="utf-8")
    with open_corpus(url) as store:
        summary = ingest_paths([str(SAMPLE), str(extra)], store, workers=0)
    assert (summary.stored, summary.failed) == (DOCUMENTS, 0)
