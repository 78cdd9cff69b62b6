"""Readable summaries of Documents for the terminal (`newsgraph show`)."""
from __future__ import annotations

import html
import re

from rich.console import Console, Group
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

# Control characters other than newline and tab: ESC and CSI start terminal escape sequences
# (colours, cursor moves, window titles) that a stored title or text must never send.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def visible(value: object) -> str:
    """`value` as text with its control characters shown as escapes (`\\x1b`), never sent raw.

    >>> visible("a\\x1b[31mb")
    'a\\\\x1b[31mb'
    """
    text = "" if value is None else str(value)
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def markup_safe(value: object) -> str:
    """`value` for a Rich markup string: control characters shown as escapes, brackets escaped."""
    return escape(visible(value))


def plain(value: object, style: str = "") -> Text:
    """`value` as a Rich Text (never parsed as markup), control characters shown as escapes."""
    return Text(visible(value), style=style)


def highlighted(snippet: str, style: str = "bold yellow") -> Text:
    """A search snippet with its `<b>…</b>` markers turned into `style` and its escaped text
    read back; markers that do not pair up switch the style on and off in turn, so no text can
    break the markup."""
    out, on = Text(), False
    for part in re.split(r"(</?b>)", snippet):
        if part == "<b>":
            on = True
        elif part == "</b>":
            on = False
        elif part:
            out.append(visible(html.unescape(part)), style=style if on else "")
    return out


def render_document(data: dict) -> Panel:
    """A panel with the document's title, body/chrome sizes, entities, quotes, facts and events."""
    ents = data.get("entities", [])

    def name(i):
        return ents[i]["name"] if isinstance(i, int) and 0 <= i < len(ents) else "—"

    parts = []
    head = Text()
    head.append(visible(data.get("title") or "(no title)"), style="bold")
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
            t.add_row(plain(e.get("type")), plain(e.get("name")), plain(", ".join(map(str, e.get("roles", [])))),
                      str(counts.get(e.get("id"), 0)))
        parts.append(t)
    if data.get("quotes"):
        t = Table(title="quotes", show_edge=False, pad_edge=False)
        for col in ("kind", "speaker", "cue", "text"):
            t.add_column(col)
        for q in data["quotes"]:
            t.add_row(plain(q.get("kind")), plain(name(q.get("speaker"))), plain(q.get("cue") or "—"),
                      plain(_short(str(q.get("text", "")))))
        parts.append(t)
    facts = [f"{m['text']} → {m['amount']:,} {m['currency']}{' (approx.)' if m['approx'] else ''}"
             for m in data.get("money", [])]
    facts += [f"{q['text']} → {q['value']} {q.get('unit') or ''} ({q['qualifier']})" for q in data.get("quantities", [])]
    facts += [f"{d['text']} → {d.get('value') or '—'}{' / ' + d['relative'] if d.get('relative') else ''}"
              for d in data.get("dates", [])]
    if facts:
        parts.append(plain("facts: " + "; ".join(facts)))
    for ev in data.get("events", []):
        actors = ", ".join(name(a) for a in ev.get("actors", []))
        parts.append(plain(f"event {ev['cameo_root']} {ev['type']}: {actors or '—'} @ "
                          f"{name(ev.get('place'))}, {ev.get('date') or '—'} — {ev.get('summary', '')}"))
    source = data.get("source", {})
    return Panel(Group(*parts), title=plain(f"{data.get('id')}  {source.get('path') or source.get('url') or ''}"),
                 title_align="left")


def _short(text: str, width: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def show_documents(docs, console: Console | None = None, on_error=None) -> int:
    """Print a panel per Document dict; one that is not shaped like a Document is passed to
    `on_error` (number, reason) instead. Returns how many were shown."""
    console = console or Console()
    n = 0
    for number, data in enumerate(docs, 1):
        try:
            panel = render_document(data)
        except (AttributeError, KeyError, TypeError, ValueError, IndexError) as exc:
            # A hand-edited or foreign JSON line: its fields are missing or of another type.
            if on_error is None:
                raise
            on_error(number, f"not a Document ({type(exc).__name__}: {exc})")
            continue
        console.print(panel)
        n += 1
    return n
