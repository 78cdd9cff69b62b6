"""Lines a site repeats on its pages become chrome once seen on enough of them."""
from newsgraph.clean.site import MIN_PAGES, SiteMemory, source_key
from newsgraph.doc import Document
from newsgraph.pipeline import separate_page

FURNITURE = "Гороскоп на неделю"


def page(n: int) -> str:
    # The widget's label sits between paragraphs, where its shape is a subheading's.
    return (f"Фермеры Согда собрали урожай хлопка номер {n}\n"
            f"В Согдийской области завершили сбор хлопка, урожай составил {n} тысяч тонн.\n"
            f"{FURNITURE}\n"
            f"Аграрии отмечают, что погода в этом году благоприятствовала работам на полях {n}.\n"
            f"Представители хозяйств рассказали о планах на следующий сезон и новых сортах.\n")


def test_source_key():
    assert source_key({"url": "https://www.example.tj/news/1", "format": "html"}) == "example.tj"
    assert source_key({"path": "/data/site-a/p1.txt", "format": "text"}) == "/data/site-a"
    assert source_key({"format": "text"}) is None


def test_repeated_line_becomes_chrome_after_enough_pages(res):
    import newsgraph.pipeline as pipeline

    pipeline.SITES = SiteMemory()
    flagged = []
    for n in range(MIN_PAGES + 2):
        doc = Document(id=str(n), text=page(n), source={"path": f"/data/site-a/{n}.txt", "format": "text"})
        separate_page(doc, res)
        body = doc.body_text()
        flagged.append(FURNITURE not in body)
        assert "сбор хлопка" in body
    assert flagged == [False] * MIN_PAGES + [True, True]
    # Another site learns nothing from the first one.
    other = Document(id="x", text=page(9), source={"path": "/data/site-b/9.txt", "format": "text"})
    assert SiteMemory().known(source_key(other.source)) == frozenset()


def test_sentences_are_never_remembered():
    memory = SiteMemory()
    for _ in range(MIN_PAGES + 1):
        memory.remember("s", "Это предложение повторяется на каждой странице сайта.\nМеню")
    assert memory.known("s") == frozenset({"Меню"})
