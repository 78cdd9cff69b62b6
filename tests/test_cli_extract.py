"""`newsgraph extract` end to end: the seed page, every output validated, exit codes, bad input."""
import json

from conftest import run_cli, validate_document


def _lines(text):
    starts, pos = {}, 0
    for n, line in enumerate(text.split("\n"), 1):
        starts[n] = (pos, pos + len(line))
        pos += len(line) + 1
    return starts


def _overlap(a, b, spans):
    return sum(max(0, min(b, e) - max(a, s)) for s, e in spans)


def test_seed_body_and_chrome(seed_doc, seed_expected, seed_path):
    assert seed_doc["text"] == seed_path.read_text(encoding="utf-8")
    lines = _lines(seed_doc["text"])
    body = seed_doc["body"]
    for n in seed_expected["body_lines"]:
        a, b = lines[n]
        assert _overlap(a, b, body) >= 0.9 * (b - a), f"line {n} should be body"
    for kind, numbers in seed_expected["chrome_lines"].items():
        for n in numbers:
            a, b = lines[n]
            assert _overlap(a, b, body) == 0, f"line {n} should not be body"
            kinds = {c["kind"] for c in seed_doc["chrome"] if _overlap(a, b, [(c["start"], c["end"])])}
            assert kind in kinds, f"line {n} should be {kind}, got {kinds}"
    assert seed_doc["published"] is None


def test_seed_entities(seed_doc, seed_expected):
    names = {(e["type"], e["name"]) for e in seed_doc["entities"]}
    for type_ in ("PER", "LOC", "ORG"):
        for item in seed_expected["entities"][type_]:
            assert (type_, item["name"]) in names
    people = sorted(e["name"] for e in seed_doc["entities"] if e["type"] == "PER")
    assert people == sorted(p["name"] for p in seed_expected["entities"]["PER"])
    for bad in seed_expected["entities"]["not_in_article"]:
        assert all(e["name"] != bad for e in seed_doc["entities"])
    body = seed_doc["body"]
    assert all(_overlap(m["start"], m["end"], body) for m in seed_doc["mentions"])
    # Every mention listed for a person points at that person's entity.
    by_name = {e["name"]: e["id"] for e in seed_doc["entities"]}
    for person in seed_expected["entities"]["PER"]:
        texts = {m["text"] for m in seed_doc["mentions"] if m["entity"] == by_name[person["name"]]}
        assert set(person["mentions"]) <= texts


def test_bad_inputs_one_line_each_and_the_rest_processed(tmp_path, seed_path):
    good = tmp_path / "good.txt"
    good.write_bytes('В Душанбе открылся форум "Инновации Центральной Азии", сообщили организаторы.'.encode("koi8-r"))
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00")
    bad_jsonl = tmp_path / "items.jsonl"
    bad_jsonl.write_text('{"id": "1", "text": "Ташкент принял делегацию из Баку."}\n{oops\n', encoding="utf-8")
    proc = run_cli("extract", str(empty), str(good), str(binary), str(bad_jsonl), str(tmp_path / "nope.txt"))
    assert proc.returncode == 1
    err_lines = proc.stderr.strip().splitlines()
    assert len(err_lines) == 4, proc.stderr
    assert "Traceback" not in proc.stderr
    for name in ("empty.txt", "photo.txt", "items.jsonl:2", "nope.txt"):
        assert any(name in line for line in err_lines), name
    docs = [validate_document(json.loads(line)) for line in proc.stdout.splitlines()]
    assert [d["id"] for d in docs][1] == "1"
    assert "Душанбе" in docs[0]["text"]


def test_usage_error_exits_2():
    proc = run_cli("extract")
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr


def test_stdin_and_whole(tmp_path):
    text = "Глава МИД Казахстана Мурат Нуртлеу прибыл в Бишкек.\nВсе новости"
    proc = run_cli("extract", "--whole", "-", input=text.encode("utf-8"))
    assert proc.returncode == 0, proc.stderr
    [doc] = [validate_document(json.loads(line)) for line in proc.stdout.splitlines()]
    assert doc["chrome"] == []
    assert len(doc["body"]) == 2
    assert any(e["name"] == "Бишкек" for e in doc["entities"])


def test_html_through_cli(tmp_path):
    page = tmp_path / "p.html"
    page.write_text("<html><head><meta name='date' content='2022-11-03'><title>Т</title></head><body><article>"
                    "<p>Министр энергетики Таджикистана встретился в Душанбе с представителями Всемирного банка.</p>"
                    "<p>Стороны обсудили строительство Рогунской ГЭС и поставки электроэнергии в Афганистан.</p>"
                    "</article></body></html>", encoding="cp1251")
    proc = run_cli("extract", str(page))
    assert proc.returncode == 0, proc.stderr
    [doc] = [validate_document(json.loads(line)) for line in proc.stdout.splitlines()]
    assert doc["source"]["format"] == "html"
    assert doc["published"] == "2022-11-03"
    assert {"Душанбе", "Таджикистан"} <= {e["name"] for e in doc["entities"]}


def test_feed_from_a_file_and_from_stdin(tmp_path):
    feed = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Лента</title>'
            '<item><title>В Оше открыли мост</title><link>https://example.kg/most</link>'
            '<pubDate>Tue, 03 Jun 2025 10:00:00 +0600</pubDate>'
            '<description>&lt;p&gt;В Оше после ремонта открыли мост через реку Ак-Буура.&lt;/p&gt;</description>'
            '</item></channel></rss>')
    path = tmp_path / "lenta.rss"
    path.write_text(feed, encoding="utf-8")
    for args, data in (((str(path),), None), (("-",), feed.encode("utf-8"))):
        proc = run_cli("extract", *args, input=data)
        assert proc.returncode == 0, proc.stderr
        [doc] = [validate_document(json.loads(line)) for line in proc.stdout.splitlines()]
        assert doc["source"]["format"] == "rss" and doc["published"] == "2025-06-03"
        assert doc["title"] == "В Оше открыли мост"
        assert "Ош" in {e["name"] for e in doc["entities"]}
