"""Chrome separation quality on the labelled page dumps in `tests/golden/chrome/`.

Each page `NAME.txt` has `NAME.json` beside it: `{"lines": {"<line no>": kind}}` for every
non-blank line, kind one of body, related, nav, ad, other. A line counts as predicted
article when a body span covers it. Figures: precision, recall and F1 of article lines,
per split (the file-name prefix before the first "_": `dev`, `held`) and over all pages,
and the share of chrome lines given the right kind among lines both sides call chrome.

Pages built around real published articles hold, in place of the article, one line
`{{article FILE ID [RANGE]}}`: the article `ID` of `FILE` in the evaluation data folder
(`../shared/data/eval`), its non-blank lines RANGE ("2-", "1-3", "1"; all when absent)
copied verbatim. The texts stay in that folder; such pages are skipped when it is absent.
A page's labels may give `"published"`, the value its dateline states: `find_dateline` is
scored on it (a page without it must give none).
"""
from __future__ import annotations

import json
import re
from bisect import bisect_left
from collections import Counter, defaultdict
from pathlib import Path

from rich.console import Console
from rich.table import Table

from newsgraph.clean import dateline_value, separate_chrome
from newsgraph.evaluate.paths import default_eval_data, labelled as labelled_dir

CLEAN_SETS = ("factrueval-dev.jsonl", "nerel-dev.jsonl")
ARTICLES = default_eval_data()
_ARTICLE = re.compile(r"^\{\{article (\S+) (\S+)(?: (\d+)(-?)(\d*))?\}\}$", re.M)


def load_pages(folder: Path, articles: Path = ARTICLES) -> list[tuple[str, str, dict[int, str]]]:
    """(name, text, {line number: gold label}) for every labelled page in `folder`; pages
    whose article is in `articles` are assembled, and skipped when it is not there."""
    pages = []
    texts = _ArticleTexts(articles)
    for label_file in sorted(folder.glob("*.json")):
        page = label_file.with_suffix(".txt")
        if not page.exists():
            continue  # floor.json and other side files
        lines = json.loads(label_file.read_text(encoding="utf-8"))["lines"]
        text = assemble_page(page.read_text(encoding="utf-8"), texts)
        if text is not None:
            pages.append((label_file.stem, text, {int(k): v for k, v in lines.items()}))
    return pages


def assemble_page(template: str, texts: "_ArticleTexts") -> str | None:
    """The page `template` with each `{{article ...}}` line replaced by the article's lines,
    or None when an article is not available."""
    missing = False

    def insert(match: re.Match) -> str:
        nonlocal missing
        text = texts.get(match[1], match[2])
        if text is None:
            missing = True
            return ""
        spans = [m.span() for m in re.finditer(r"[^\n]*\S[^\n]*", text)]
        first = int(match[3]) if match[3] else 1
        last = int(match[5]) if match[5] else len(spans) if match[4] or not match[3] else first
        return text[spans[first - 1][0]:spans[last - 1][1]]

    page = _ARTICLE.sub(insert, template)
    return None if missing else page


class _ArticleTexts:
    """Article texts by (file, id), each file read once when first asked for."""

    def __init__(self, folder: Path) -> None:
        self.folder, self.files = Path(folder), {}

    def get(self, name: str, doc_id: str) -> str | None:
        if name not in self.files:
            path = self.folder / name
            rows = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
            self.files[name] = {row["id"]: row["text"] for row in map(json.loads, filter(str.strip, rows))}
        return self.files[name].get(doc_id)


def predict_lines(text: str) -> dict[int, str]:
    """{line number: predicted label} for the non-blank lines of one page."""
    body, chrome = separate_chrome(text)
    breaks = [n for n, ch in enumerate(text) if ch == "\n"]
    out = {bisect_left(breaks, start) + 1: "body" for start, _ in body}
    for item in chrome:
        out.setdefault(bisect_left(breaks, item.start) + 1, item.kind)
    return out


def score_pages(pages: list[tuple[str, str, dict[int, str]]]) -> dict:
    """Article-line precision/recall/F1 and chrome kind accuracy over `pages`."""
    counts = Counter()
    for _, text, gold in pages:
        pred = predict_lines(text)
        for number, want in gold.items():
            got = pred.get(number, "missing")
            if want == "body" and got == "body":
                counts["tp"] += 1
            elif got == "body":
                counts["fp"] += 1
            elif want == "body":
                counts["fn"] += 1
            else:
                counts["chrome_both"] += 1
                counts["kind_right"] += got == want
    tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {
        "pages": len(pages),
        "lines": sum(len(g) for _, _, g in pages),
        "precision": round(p, 4),
        "recall": round(r, 4),
        "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
        "kind_accuracy": round(counts["kind_right"] / counts["chrome_both"], 4) if counts["chrome_both"] else 0.0,
    }


def score_datelines(pages: list[tuple[str, str, dict[int, str]]], folder: Path) -> dict:
    """How many pages' datelines give the labelled `published` value, and how many pages
    get a value that is not theirs (a wrong date, or one where the page states none)."""
    stated = right = wrong = 0
    for name, text, _ in pages:
        want = json.loads((folder / f"{name}.json").read_text(encoding="utf-8")).get("published")
        got = dateline_value(text, *separate_chrome(text))
        stated += want is not None
        right += want is not None and got == want
        wrong += got is not None and got != want
    return {"pages": len(pages), "stated": stated, "right": right, "wrong": wrong}


def clean_retention(data_dir: Path, limit: int | None = None) -> dict | None:
    """Share of non-blank lines kept as body on article texts known to be clean (the NER
    dev sets in `data_dir`): a floor on recall over real news text, or None when absent.
    Their only non-article lines are headlines' photo captions and wiki markup."""
    files = [Path(data_dir) / name for name in CLEAN_SETS if (Path(data_dir) / name).exists()]
    if not files:
        return None
    docs = lines = kept = 0
    for path in files:
        with path.open(encoding="utf-8") as fh:
            for n, row in enumerate(fh):
                if limit and n >= limit:
                    break
                text = json.loads(row)["text"]
                body, chrome = separate_chrome(text)
                docs, lines, kept = docs + 1, lines + len(body) + len(chrome), kept + len(body)
    return {"documents": docs, "lines": lines, "kept": round(kept / lines, 4) if lines else 0.0}


def run(data_dir: Path | None = None, console: Console | None = None, as_json: bool = False,
        limit: int | None = None, labels: Path | None = None) -> dict:
    """Score chrome separation on the labelled pages of `data_dir` (when it holds any) or of
    the repository's `tests/golden/chrome/`; print a table, return the figures. When
    `data_dir` holds the NER dev sets, also report how much of their clean text is kept.
    Returns {} when no labelled pages are found."""
    console = console or Console()
    labelled = data_dir and any(Path(data_dir).glob("*.json")) and any(Path(data_dir).glob("*.txt"))
    folder = Path(data_dir) if labelled else labelled_dir("golden", "chrome", labels=labels)
    articles = Path(data_dir) if data_dir and any(Path(data_dir).glob("*.jsonl")) else ARTICLES
    pages = load_pages(folder, articles) if folder.is_dir() else []
    if not pages:
        console.print(f"[yellow]{folder}: no labelled pages, chrome separation not scored[/]")
        return {}
    if limit:
        pages = pages[:limit]
    splits: dict[str, list] = defaultdict(list)
    for page in pages:
        splits[page[0].split("_", 1)[0]].append(page)
    figures = {name: score_pages(group) for name, group in sorted(splits.items())}
    figures["all"] = score_pages(pages)
    console.print(_table(folder, figures))
    datelines = {name: score_datelines(group, folder) for name, group in sorted(splits.items())}
    figures["datelines"] = datelines
    console.print("Datelines (published), right of stated, wrong values: " + "; ".join(
        f"{name} {d['right']}/{d['stated']}, {d['wrong']} wrong" for name, d in datelines.items()))
    retention = clean_retention(data_dir, limit) if data_dir else None
    if retention:
        figures["clean_text_kept"] = retention
        console.print(f"Clean article texts (NER dev sets): {retention['documents']} documents, "
                      f"{retention['lines']} lines, {retention['kept']:.1%} kept as body")
    return figures


def _table(folder: Path, figures: dict) -> Table:
    table = Table(title=f"Chrome separation: article lines, {folder.name}/")
    for col in ("split", "pages", "lines", "P", "R", "F1", "chrome kind acc."):
        table.add_column(col, justify="left" if col == "split" else "right")
    for name, fig in figures.items():
        table.add_row(name, str(fig["pages"]), str(fig["lines"]), f"{fig['precision']:.3f}",
                      f"{fig['recall']:.3f}", f"{fig['f1']:.3f}", f"{fig['kind_accuracy']:.3f}")
    return table
