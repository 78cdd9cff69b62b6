"""Readable summaries of Documents for the terminal (`newsgraph show`)."""
from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text


def render_document(data: dict) -> Panel:
    """A panel with the document's title, body/chrome sizes, entities, quotes, facts and events."""
    ents = data.get("entities", [])

    def name(i):
        return ents[i]["name"] if isinstance(i, int) and 0 <= i < len(ents) else "—"

    parts = []
    head = Text()
    head.append(data.get("title") or "(no title)", style="bold")
    head.append(f"   published: {data.get('published') or '—'}   "
                f"body blocks: {len(data.get('body', []))}   chrome blocks: {len(data.get('chrome', []))}")
    parts.append(head)
    if ents:
        t = Table(title="entities", show_edge=False, pad_edge=False)
        t.add_column("type")
        t.add_column("name")
        t.add_column("roles")
        t.add_column("mentions", justify="right")
        counts = {}
        for m in data.get("mentions", []):
            counts[m.get("entity")] = counts.get(m.get("entity"), 0) + 1
        for e in ents:
            t.add_row(e["type"], e["name"], ", ".join(e.get("roles", [])), str(counts.get(e["id"], 0)))
        parts.append(t)
    if data.get("quotes"):
        t = Table(title="quotes", show_edge=False, pad_edge=False)
        for col in ("kind", "speaker", "cue", "text"):
            t.add_column(col)
        for q in data["quotes"]:
            t.add_row(q["kind"], name(q["speaker"]), q.get("cue") or "—", _short(q["text"]))
        parts.append(t)
    facts = [f"{m['text']} → {m['amount']:,} {m['currency']}{' (approx.)' if m['approx'] else ''}"
             for m in data.get("money", [])]
    facts += [f"{q['text']} → {q['value']} {q.get('unit') or ''} ({q['qualifier']})" for q in data.get("quantities", [])]
    facts += [f"{d['text']} → {d.get('value') or '—'}{' / ' + d['relative'] if d.get('relative') else ''}"
              for d in data.get("dates", [])]
    if facts:
        parts.append(Text("facts: " + "; ".join(facts)))
    for ev in data.get("events", []):
        actors = ", ".join(name(a) for a in ev.get("actors", []))
        parts.append(Text(f"event {ev['cameo_root']} {ev['type']}: {actors or '—'} @ "
                          f"{name(ev.get('place'))}, {ev.get('date') or '—'} — {ev.get('summary', '')}"))
    source = data.get("source", {})
    return Panel(Group(*parts), title=f"{data.get('id')}  {source.get('path') or source.get('url') or ''}",
                 title_align="left")


def _short(text: str, width: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def show_documents(docs, console: Console | None = None) -> int:
    console = console or Console()
    n = 0
    for data in docs:
        console.print(render_document(data))
        n += 1
    return n
