"""Chrome separation quality on the labelled page dumps in `tests/golden/chrome/`.

Each page `NAME.txt` has `NAME.json` beside it: `{"lines": {"<line no>": kind}}` for every
non-blank line, kind one of body, related, nav, ad, other. A line counts as predicted
article when a body span covers it. Figures: precision, recall and F1 of article lines,
per split (the file-name prefix before the first "_": `dev`, `held`) and over all pages,
and the share of chrome lines given the right kind among lines both sides call chrome.
"""
from __future__ import annotations

import json
from bisect import bisect_left
from collections import Counter, defaultdict
from pathlib import Path

from rich.console import Console
from rich.table import Table

from newsgraph.clean import separate_chrome
from newsgraph.evaluate.paths import labelled as labelled_dir

CLEAN_SETS = ("factrueval-dev.jsonl", "nerel-dev.jsonl")


def load_pages(folder: Path) -> list[tuple[str, str, dict[int, str]]]:
    """(name, text, {line number: gold label}) for every labelled page in `folder`."""
    pages = []
    for label_file in sorted(folder.glob("*.json")):
        page = label_file.with_suffix(".txt")
        if not page.exists():
            continue  # floor.json and other side files
        lines = json.loads(label_file.read_text(encoding="utf-8"))["lines"]
        pages.append((label_file.stem, page.read_text(encoding="utf-8"), {int(k): v for k, v in lines.items()}))
    return pages


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
    pages = load_pages(folder) if folder.is_dir() else []
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
