"""Corpus benchmark: ingest speed with 1 and 2 workers, store size, memory, search latency.

Generates a corpus of Russian-language regional news (meetings, agreements with money,
statements with quotes, incidents; some republished by other outlets with small edits and
some delivered twice), ingests it into a fresh SQLite store and reports:

- documents per second with 1 and with 2 workers on the same first `--scaling-docs` documents
  (steady state: from the first stored document to the last, so model loading is left out),
  run `--rounds` times in the order 1, 2, 2, 1, ... so that a change in the machine's load
  weighs on both alike; with the CPU time per document of the writing process and of the
  workers over the same stretch, which other jobs on the machine do not change;
- the full corpus ingested with `--workers` processes: docs/s, peak RSS of the ingest (writer
  plus workers) when 5 000 and when all documents are in, store size per document;
- search latency p50 / p95 over 200 varied queries on the full store.

    .venv/bin/python bench/corpus.py --docs 20000 --out /tmp/newsgraph-bench
    .venv/bin/python bench/corpus.py --analysis lemmas ...   # the store side alone

Figures go to standard output (Markdown) and `<out>/results.json`.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time
from pathlib import Path

# Documents between two CPU-time samples of the ingest (reading /proc costs a little).
SAMPLE_EVERY = 200

PEOPLE = [
    # nominative, genitive, instrumental, surname, role
    ("Касым-Жомарт Токаев", "Касым-Жомарта Токаева", "Касым-Жомартом Токаевым", "Токаев", "президент Казахстана"),
    ("Шавкат Мирзиёев", "Шавката Мирзиёева", "Шавкатом Мирзиёевым", "Мирзиёев", "президент Узбекистана"),
    ("Садыр Жапаров", "Садыра Жапарова", "Садыром Жапаровым", "Жапаров", "президент Киргизии"),
    ("Эмомали Рахмон", "Эмомали Рахмона", "Эмомали Рахмоном", "Рахмон", "президент Таджикистана"),
    ("Сердар Бердымухамедов", "Сердара Бердымухамедова", "Сердаром Бердымухамедовым", "Бердымухамедов",
     "президент Туркменистана"),
    ("Олжас Бектенов", "Олжаса Бектенова", "Олжасом Бектеновым", "Бектенов", "премьер-министр Казахстана"),
    ("Абдулла Арипов", "Абдуллы Арипова", "Абдуллой Ариповым", "Арипов", "премьер-министр Узбекистана"),
    ("Мурат Нуртлеу", "Мурата Нуртлеу", "Муратом Нуртлеу", "Нуртлеу", "министр иностранных дел Казахстана"),
    ("Бахтиёр Саидов", "Бахтиёра Саидова", "Бахтиёром Саидовым", "Саидов", "министр иностранных дел Узбекистана"),
    ("Жээнбек Кулубаев", "Жээнбека Кулубаева", "Жээнбеком Кулубаевым", "Кулубаев", "министр иностранных дел Киргизии"),
    ("Ерболат Досаев", "Ерболата Досаева", "Ерболатом Досаевым", "Досаев", "аким Алматы"),
    ("Женис Касымбек", "Жениса Касымбека", "Женисом Касымбеком", "Касымбек", "аким Астаны"),
    ("Нурлан Бекмуратов", "Нурлана Бекмуратова", "Нурланом Бекмуратовым", "Бекмуратов", "аким Туркестанской области"),
    ("Алишер Турсунов", "Алишера Турсунова", "Алишером Турсуновым", "Турсунов", "хоким Самаркандской области"),
    ("Айгуль Сапарова", "Айгуль Сапаровой", "Айгуль Сапаровой", "Сапарова", "министр экономики Киргизии"),
    ("Фаррух Шарипов", "Фарруха Шарипова", "Фаррухом Шариповым", "Шарипов", "министр энергетики Таджикистана"),
]
PLACES = [  # nominative, locative (в ...)
    ("Астана", "Астане"), ("Алматы", "Алматы"), ("Ташкент", "Ташкенте"), ("Бишкек", "Бишкеке"),
    ("Душанбе", "Душанбе"), ("Ашхабад", "Ашхабаде"), ("Самарканд", "Самарканде"), ("Шымкент", "Шымкенте"),
    ("Ош", "Оше"), ("Худжанд", "Худжанде"), ("Караганда", "Караганде"), ("Актау", "Актау"),
    ("Нукус", "Нукусе"), ("Туркестан", "Туркестане"), ("Бухара", "Бухаре"), ("Каракол", "Караколе"),
]
COUNTRIES = [("Казахстан", "Казахстана"), ("Узбекистан", "Узбекистана"), ("Киргизия", "Киргизии"),
             ("Таджикистан", "Таджикистана"), ("Туркменистан", "Туркменистана"), ("Россия", "России"),
             ("Китай", "Китая")]
ORGS = ["Евразийский банк развития", "Азиатский банк развития", "КазМунайГаз", "фонд «Самрук-Казына»",
        "Узбекистон темир йуллари", "Всемирный банк", "компания «Кыргызалтын»", "Барки Точик"]
TOPICS = ["транзит грузов", "водные ресурсы", "поставки электроэнергии", "строительство железной дороги",
          "цифровизацию таможни", "развитие туризма", "поставки зерна", "подготовку инженеров",
          "охрану границы", "добычу урана", "переработку хлопка", "авиасообщение"]
PROJECTS = ["строительстве логистического центра", "модернизации ТЭЦ", "строительстве газопровода",
            "реконструкции автодороги", "создании индустриального парка", "строительстве солнечной станции",
            "ремонте оросительных каналов", "запуске вагоностроительного завода"]
CURRENCIES = [("долларов", "USD"), ("евро", "EUR"), ("тенге", "KZT"), ("сумов", "UZS"), ("рублей", "RUB")]
INCIDENTS = ["крупный пожар на складе", "сход селя", "обрушение моста", "авария на газопроводе",
             "землетрясение магнитудой 5,1", "паводок", "столкновение двух автобусов"]
QUOTES = ["Мы заинтересованы в долгосрочном и взаимовыгодном сотрудничестве",
          "Наши страны связывают не только экономические интересы, но и общая история",
          "Все договорённости будут выполнены в срок",
          "Этот проект создаст тысячи новых рабочих мест в регионе",
          "Мы видим большой потенциал в развитии торговли",
          "Вопросы воды должны решаться только на основе взаимного уважения",
          "Граждане должны почувствовать результат уже в этом году",
          "Ни одна заявка предпринимателей не останется без ответа",
          "Мы открыты для инвесторов из всех стран",
          "Ситуация находится под контролем, угрозы населению нет"]
OUTLETS = ["inform.example.kz", "24.example.kz", "uza.example.uz", "gazeta.example.uz", "kabar.example.kg",
           "akipress.example.kg", "khovar.example.tj", "asia-plus.example.tj", "tdh.example.tm",
           "centralasia.example.ru", "regnum.example.ru", "fergana.example.org"]
MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
          "ноября", "декабря"]


def day_phrase(rng, published: str) -> str:
    y, m, d = map(int, published.split("-"))
    return f"{d} {MONTHS[m - 1]}" if rng.random() < 0.7 else f"{d} {MONTHS[m - 1]} {y} года"


def meeting(rng, published):
    a, b = rng.sample(PEOPLE, 2)
    place = rng.choice(PLACES)
    t1, t2 = rng.sample(TOPICS, 2)
    quote = rng.choice(QUOTES)
    title = f"{a[3]} и {b[3]} обсудили {t1}"
    text = (f"{day_phrase(rng, published)} в {place[1]} состоялись переговоры {a[1]} и {b[1]}. "
            f"Стороны обсудили {t1} и {t2}, сообщает пресс-служба.\n"
            f"«{quote}», — заявил {a[3]} по итогам встречи.\n"
            f"{b[0]} поблагодарил коллегу за приём и пригласил его посетить {rng.choice(COUNTRIES)[0]} с ответным визитом.\n"
            f"По данным источников, следующая встреча пройдёт через {rng.randint(2, 9)} месяцев.")
    return title, text


def agreement(rng, published):
    org = rng.choice(ORGS)
    country = rng.choice(COUNTRIES)
    project = rng.choice(PROJECTS)
    person = rng.choice(PEOPLE)
    amount = rng.choice([rng.randint(5, 950), round(rng.uniform(1.1, 9.9), 1)])
    scale = "млн" if isinstance(amount, int) else "млрд"
    cur = rng.choice(CURRENCIES)
    title = f"{org.split()[0]} профинансирует проект в {country[1].rstrip('а')}е" if False else f"Подписано соглашение о {project}"
    text = (f"{org} и правительство {country[1]} подписали соглашение о {project} на сумму "
            f"{str(amount).replace('.', ',')} {scale} {cur[0]}.\n"
            f"Документ подписан в {rng.choice(PLACES)[1]} в присутствии {person[1]}.\n"
            f"Срок реализации проекта — {rng.randint(2, 6)} года, на стройке будут заняты около {rng.randint(3, 40) * 50} человек.\n"
            f"Первый этап планируется завершить к {rng.randint(2025, 2029)} году.")
    return title, text


def statement(rng, published):
    person = rng.choice(PEOPLE)
    place = rng.choice(PLACES)
    quote, quote2 = rng.sample(QUOTES, 2)
    topic = rng.choice(TOPICS)
    title = f"{person[3]}: {quote.split(',')[0].lower()}"
    text = (f"{person[4].capitalize()} {person[0]} выступил {day_phrase(rng, published)} на брифинге в {place[1]}.\n"
            f"«{quote}», — сказал {person[3]}.\n"
            f"Он отметил, что правительство уделяет особое внимание вопросу {rng.choice(['тарифов', 'инвестиций', 'занятости', 'экспорта'])}.\n"
            f"«{quote2}», — добавил {person[3]}, отвечая на вопрос о {rng.choice(['реформах', 'ценах', 'бюджете'])}.\n"
            f"Ранее на этой неделе обсуждался и {topic}.")
    return title, text


def incident(rng, published):
    place = rng.choice(PLACES)
    country = rng.choice(COUNTRIES[:5])
    what = rng.choice(INCIDENTS)
    hurt = rng.randint(0, 30)
    cur = rng.choice(CURRENCIES)
    title = f"В {place[1]} произошёл {what.split()[0]}" if what.split()[0] in ("крупный",) else f"Происшествие в {place[1]}"
    text = (f"В {place[1]} {day_phrase(rng, published)} произошло ЧП: {what}.\n"
            f"По данным МЧС {country[1]}, пострадали {hurt} человек, на месте работают более {rng.randint(2, 30) * 10} спасателей.\n"
            f"Ущерб предварительно оценивается примерно в {rng.randint(2, 900)} млн {cur[0]}.\n"
            f"Глава ведомства поручил проверить все объекты в регионе.")
    return title, text


KINDS = [meeting, agreement, statement, incident]

# Real news items run to several paragraphs: after its lead, each generated story gets 4-8
# paragraphs of background drawn from these, so that documents have the length (about 1 500
# to 2 500 characters) and the mix of names, numbers, dates and quotes of regional news.


def trade_background(rng, published):
    a, b = rng.sample(COUNTRIES, 2)
    year = int(published[:4]) - 1
    volume = str(round(rng.uniform(0.4, 9.8), 1)).replace(".", ",")
    return (f"По итогам {year} года товарооборот {a[1]} и {b[1]} составил {volume} млрд "
            f"долларов, что на {rng.randint(3, 38)}% больше, чем годом ранее. Основу экспорта составляют "
            f"{rng.choice(['зерно и мука', 'металлы', 'текстиль', 'удобрения', 'фрукты и овощи'])}, "
            f"импорта — {rng.choice(['машины и оборудование', 'нефтепродукты', 'строительные материалы', 'лекарства'])}.")


def history_background(rng, published):
    a, b = rng.sample(COUNTRIES, 2)
    return (f"{a[0]} и {b[0]} установили дипломатические отношения в {rng.randint(1992, 1995)} году. "
            f"С тех пор стороны подписали более "
            f"{rng.randint(40, 250)} межправительственных документов, а число совместных предприятий превысило "
            f"{rng.randint(3, 20) * 100}.")


def official_quote(rng, published):
    person = rng.choice(PEOPLE)
    return (f"«{rng.choice(QUOTES)}», — отметил {person[4]} {person[0]}. По его словам, "
            f"{rng.choice(['работа над документами продолжится', 'сроки проекта не изменятся', 'финансирование уже выделено', 'решение примут до конца года'])}.")


def plans_background(rng, published):
    place = rng.choice(PLACES)
    months = MONTHS[rng.randint(0, 11)]
    return (f"В ближайшие месяцы планируется открыть в {place[1]} "
            f"{rng.choice(['представительство компании', 'торговый дом', 'учебный центр', 'логистический хаб'])}. "
            f"Следующее заседание рабочей группы назначено на {rng.randint(1, 28)} {months}.")


def figures_background(rng, published):
    cur = rng.choice(CURRENCIES)
    return (f"Общая стоимость программы оценивается в {rng.randint(20, 900)} млн {cur[0]}, из которых около "
            f"{rng.randint(10, 60)}% покроют частные инвесторы. На первом этапе планируется создать "
            f"{rng.randint(2, 50) * 100} рабочих мест и привлечь не менее {rng.randint(5, 40)} компаний.")


def region_background(rng, published):
    place = rng.choice(PLACES)
    org = rng.choice(ORGS)
    return (f"Ранее {org} объявил о намерении участвовать в {rng.choice(PROJECTS)} в {place[1]}. "
            f"Эксперты считают, что проект может повысить доходы местного бюджета на "
            f"{rng.randint(5, 25)}% в течение {rng.randint(2, 5)} лет.")


BACKGROUND = [trade_background, history_background, official_quote, plans_background, figures_background,
              region_background]


def story(rng, published):
    title, text = rng.choice(KINDS)(rng, published)
    extra = [rng.choice(BACKGROUND)(rng, published) for _ in range(rng.randint(4, 8))]
    return title, text + "\n" + "\n".join(extra)


def generate(path: Path, n: int, seed: int = 20240501) -> dict:
    """Write `n` input records to `path` (JSONL): about 6% republished near-duplicates and 1%
    delivered twice under the same id. Returns counts by kind."""
    rng = random.Random(seed)
    recent: list[dict] = []
    counts = {"original": 0, "republished": 0, "redelivered": 0}
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            roll = rng.random()
            if recent and roll < 0.01:
                rec = rng.choice(recent)
                counts["redelivered"] += 1
            elif recent and roll < 0.07:
                src = rng.choice(recent)
                lines = src["text"].split("\n")
                lines[-1] = rng.choice(["Об этом сообщили в ведомстве.", "Подробности уточняются.",
                                        lines[-1].replace(".", ", передают местные СМИ.")])
                outlet = rng.choice(OUTLETS)
                rec = {"id": f"n{i:06d}", "url": f"https://{outlet}/news/{i}", "title": src["title"],
                       "published": src["published"], "text": "\n".join(lines)}
                counts["republished"] += 1
            else:
                published = f"{rng.randint(2023, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
                title, text = story(rng, published)
                outlet = rng.choice(OUTLETS)
                rec = {"id": f"n{i:06d}", "url": f"https://{outlet}/news/{i}", "title": title,
                       "published": published, "text": text}
                counts["original"] += 1
            recent = (recent + [rec])[-200:]
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return counts


def queries(n: int = 200, seed: int = 7) -> list[tuple[str, dict]]:
    """Varied searches: names in oblique cases, places, topics, two-word queries, with and
    without filters."""
    rng = random.Random(seed)
    out = []
    words = ([p[1].split()[-1] for p in PEOPLE] + [p[2].split()[-1] for p in PEOPLE] + [p[1] for p in PLACES]
             + ["переговорам", "соглашению", "транзиту", "электроэнергии", "туризма", "зерна", "пожаре",
                "спасателями", "газопроводу", "инвесторам", "тарифах", "железной дороги", "урановой",
                "хлопка", "паводка", "брифингу", "инженеров", "границе", "заводе", "селем"])
    for i in range(n):
        q = rng.choice(words)
        if i % 3 == 1:
            q += " " + rng.choice(words)
        filters = {}
        if i % 5 == 2:
            filters["since"], filters["until"] = "2024-03-01", "2024-06-30"
        if i % 7 == 3:
            filters["source"] = rng.choice(OUTLETS).split(".")[0]
        if i % 11 == 5:
            filters["entity"] = rng.choice(PEOPLE)[3]
        out.append((q, filters))
    return out


def tree_rss_mb(pid: int) -> float:
    """Resident memory of a process and its children, in MB (Linux /proc)."""
    total = 0
    pids = [pid] + [int(p) for p in os.listdir("/proc") if p.isdigit() and _ppid(int(p)) == pid]
    for p in pids:
        try:
            with open(f"/proc/{p}/statm") as fh:
                total += int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
        except OSError:
            pass
    return total / 2**20


def cpu_seconds(pid: int) -> tuple[float, float, int]:
    """CPU time (user + system) of a process and of its live children, in seconds, and the
    number of those children (Linux /proc)."""
    tick = os.sysconf("SC_CLK_TCK")

    def of(p: int) -> float:
        try:
            with open(f"/proc/{p}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
            return (int(fields[11]) + int(fields[12])) / tick
        except (OSError, IndexError, ValueError):
            return 0.0

    children = [int(p) for p in os.listdir("/proc") if p.isdigit() and _ppid(int(p)) == pid]
    return of(pid), sum(of(c) for c in children), len(children)


def load_average() -> float:
    with open("/proc/loadavg") as fh:
        return float(fh.read().split()[0])


def _ppid(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return int(fh.read().rsplit(")", 1)[1].split()[1])
    except (OSError, IndexError, ValueError):
        return -1


def prepare_lemmas_only(doc, pipeline):
    """The `--analysis lemmas` path: no NER or later stages, body words lemmatised one by one."""
    from newsgraph.corpus.prepare import prepare
    from newsgraph.read.html import line_spans

    doc.body = line_spans(doc.text)
    return prepare(doc)


def run_ingest(src: Path, db: Path, workers: int, checkpoints=(), analysis: str = "full") -> dict:
    """Ingest `src` into a new store at `db`; docs/s over the steady state and peak RSS by checkpoint."""
    from newsgraph.corpus import open_corpus
    from newsgraph.corpus.ingest import ingest_paths

    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    marks: list[float] = []
    peak = {"rss_mb": 0.0}
    at = {}
    pending = sorted(checkpoints)
    # (documents seen, writer CPU s, workers' CPU s, live workers) when the first document is
    # stored (the workers are warm by then; a duplicate may be reported while they still load)
    # and every SAMPLE_EVERY documents after it.
    samples: list[tuple[int, float, float, int]] = []

    def progress(s) -> None:
        marks.append(time.perf_counter())
        if (not samples and s.stored) or (samples and s.seen % SAMPLE_EVERY == 0):
            samples.append((s.seen, *cpu_seconds(os.getpid())))
        if s.seen % 250 == 0 or (pending and s.seen >= pending[0]):
            peak["rss_mb"] = max(peak["rss_mb"], tree_rss_mb(os.getpid()))
        while pending and s.seen >= pending[0]:
            at[pending.pop(0)] = round(peak["rss_mb"], 1)

    load_before = load_average()
    start = time.perf_counter()
    with open_corpus(str(db)) as store:
        kwargs = {"analyse": prepare_lemmas_only} if analysis == "lemmas" else {}
        summary = ingest_paths([str(src)], store, workers=workers, whole=True, on_progress=progress, **kwargs)
    total = time.perf_counter() - start
    steady = (len(marks) - 1) / (marks[-1] - marks[0]) if len(marks) > 1 else 0.0
    cpu = {}
    # The last batch is saved after the workers have exited: only samples taken while the
    # same workers were alive measure them.
    alive = [x for x in samples if x[3] == samples[0][3]] if samples else []
    if len(alive) > 1 and alive[-1][0] > alive[0][0]:
        first, last = alive[0], alive[-1]
        n = last[0] - first[0]
        cpu = {"writer_ms_per_doc": round(1000 * (last[1] - first[1]) / n, 2),
               "workers_ms_per_doc": round(1000 * (last[2] - first[2]) / n, 2)}
    return {"workers": workers, "stored": summary.stored, "duplicates": summary.duplicates,
            "failed": summary.failed, "seconds": round(total, 1), "docs_per_s": round(steady, 2),
            "cpu": cpu, "load_average": [load_before, load_average()], "peak_rss_mb": at}


def compare_workers(part: Path, out: Path, rounds: int, analysis: str) -> dict:
    """Ingest `part` into fresh stores with 1 and 2 workers, `rounds` times each in the order
    1, 2, 2, 1, 1, 2, ...; the mean docs/s of each and the ratio of the means."""
    order = [w for r in range(rounds) for w in ((1, 2) if r % 2 == 0 else (2, 1))]
    runs = []
    for w in order:
        runs.append(run_ingest(part, out / f"scaling-{w}.db", w, analysis=analysis))
        print(f"scaling run: {runs[-1]}", file=sys.stderr, flush=True)
    mean = {w: statistics.mean(r["docs_per_s"] for r in runs if r["workers"] == w) for w in (1, 2)}
    return {"runs": runs, "mean_docs_per_s": {str(w): round(v, 2) for w, v in mean.items()},
            "speedup_2_workers": round(mean[2] / mean[1], 2) if mean[1] else None}


def head(src: Path, dst: Path, n: int) -> None:
    with open(src, encoding="utf-8") as fi, open(dst, "w", encoding="utf-8") as fo:
        for i, line in enumerate(fi):
            if i >= n:
                break
            fo.write(line)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def bench_search(db: Path) -> dict:
    from newsgraph.resources import get_resources
    from newsgraph.corpus import open_corpus
    from newsgraph.store import SearchFilters

    get_resources().morph
    times, hits = [], 0
    with open_corpus(str(db)) as store:
        store.search("прогрев")  # first call builds caches; not a user's query
        for q, f in queries():
            entity = f.pop("entity", None)
            t = time.perf_counter()
            found = store.search(q, SearchFilters(**f), limit=10, entity=entity)
            times.append((time.perf_counter() - t) * 1000)
            hits += bool(found)
    return {"queries": len(times), "with_hits": hits, "p50_ms": round(percentile(times, 0.5), 2),
            "p95_ms": round(percentile(times, 0.95), 2), "max_ms": round(max(times), 2)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=20000)
    ap.add_argument("--scaling-docs", type=int, default=3000, help="Documents for the 1- vs 2-worker comparison.")
    ap.add_argument("--rounds", type=int, default=2, help="Runs of each worker count in the comparison.")
    ap.add_argument("--workers", type=int, default=2, help="Workers for the full ingest.")
    ap.add_argument("--out", type=Path, default=Path("/tmp/newsgraph-bench"))
    ap.add_argument("--analysis", choices=("full", "lemmas"), default="full",
                    help="full: the whole pipeline; lemmas: only the lemma index (measures the store side).")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    src = args.out / "corpus.jsonl"
    results: dict = {"docs": args.docs, "analysis": args.analysis, "cpus": os.cpu_count(),
                     "load_average_at_start": load_average(), "corpus": generate(src, args.docs)}
    print(f"corpus: {results['corpus']}", file=sys.stderr)
    part = args.out / "scaling.jsonl"
    head(src, part, args.scaling_docs)
    if args.rounds > 0:
        results["scaling"] = compare_workers(part, args.out, args.rounds, args.analysis)
        print(f"scaling: {results['scaling']['mean_docs_per_s']} docs/s, "
              f"{results['scaling']['speedup_2_workers']}x", file=sys.stderr, flush=True)
    full_db = args.out / "full.db"
    results["full"] = run_ingest(src, full_db, args.workers, checkpoints=(5000, args.docs), analysis=args.analysis)
    print(f"full: {results['full']}", file=sys.stderr, flush=True)
    import sqlite3

    con = sqlite3.connect(full_db)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    stored = con.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    whole_texts = con.execute("SELECT COUNT(*) FROM texts WHERE body IS NOT NULL").fetchone()[0]
    stories = con.execute("SELECT COUNT(*) FROM stories").fetchone()[0]
    con.close()
    size = sum(Path(f"{full_db}{s}").stat().st_size for s in ("", "-wal") if Path(f"{full_db}{s}").exists())
    results["store"] = {"documents": stored, "whole_texts": whole_texts, "stories": stories,
                        "bytes": size, "kb_per_document": round(size / 1024 / max(stored, 1), 2)}
    results["search"] = bench_search(full_db)
    (args.out / "results.json").write_text(json.dumps(results, indent=1, ensure_ascii=False))
    print(json.dumps(results, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
