"""The documentation says what the code does: the command reference is generated from the
code, and the README names every command and every environment setting."""
import re
import subprocess
import sys

from conftest import ROOT


def test_cli_reference_is_up_to_date():
    proc = subprocess.run([sys.executable, str(ROOT / "scripts" / "cli_docs.py"), "--check"],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_readme_names_every_command():
    import typer

    from newsgraph.cli import app

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    names = sorted(typer.main.get_command(app).commands)
    assert names
    missing = [n for n in names if f"newsgraph {n}" not in readme]
    assert not missing, missing


def test_every_environment_setting_is_documented():
    code = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "newsgraph").rglob("*.py"))
    settings = set(re.findall(r"\bNEWSGRAPH_[A-Z_]+\b", code))
    assert "NEWSGRAPH_DB" in settings
    docs = (ROOT / "README.md").read_text(encoding="utf-8") + "".join(
        p.read_text(encoding="utf-8") for p in (ROOT / "docs").glob("*.md"))
    missing = sorted(s for s in settings if s not in docs)
    assert not missing, missing
