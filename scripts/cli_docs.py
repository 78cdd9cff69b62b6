"""Write docs/cli.md, the reference of every `newsgraph` command, from the code's own help.

    .venv/bin/python scripts/cli_docs.py          # rewrite docs/cli.md
    .venv/bin/python scripts/cli_docs.py --check  # exit 1 if docs/cli.md is out of date
"""
from __future__ import annotations

import sys
from pathlib import Path

DOCS = Path(__file__).resolve().parents[1] / "docs" / "cli.md"


def render() -> str:
    import typer
    from typer.cli import get_docs_for_click

    from newsgraph.cli import app

    command = typer.main.get_command(app)
    ctx = typer.Context(command)
    text = get_docs_for_click(obj=command, ctx=ctx, name="newsgraph", title="newsgraph command reference")
    return text.strip() + "\n"


def main() -> int:
    text = render()
    if "--check" in sys.argv[1:]:
        if not DOCS.exists() or DOCS.read_text(encoding="utf-8") != text:
            print(f"{DOCS} is out of date: run python scripts/cli_docs.py")
            return 1
        return 0
    DOCS.write_text(text, encoding="utf-8")
    print(f"wrote {DOCS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
