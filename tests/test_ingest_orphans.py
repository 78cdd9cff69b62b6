"""An ingest killed on its own (not its process group) leaves no worker behind."""
import json
import os
import signal
import subprocess
import time
from pathlib import Path

from conftest import newsgraph_cmd


def _children(pid: int) -> list[int]:
    out = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                out.append(int(entry.name))
    return out


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_workers_exit_when_the_ingest_is_killed(tmp_path):
    src = tmp_path / "items.jsonl"
    with src.open("w", encoding="utf-8") as fh:
        for i in range(400):
            fh.write(json.dumps({"id": f"d{i}", "text": f"В Бишкеке прошла встреча номер {i} министров "
                                 "Киргизии и Казахстана, сообщили в правительстве."}, ensure_ascii=False) + "\n")
    proc = subprocess.Popen(newsgraph_cmd() + ["ingest", "--db", str(tmp_path / "n.db"), "--workers", "2",
                                               str(src)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers: list[int] = []
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and len(workers) < 2 and proc.poll() is None:
        time.sleep(0.2)
        # The pool's workers (and its resource tracker) are the ingest's children.
        workers = [p for p in _children(proc.pid) if b"spawn_main" in Path(f"/proc/{p}/cmdline").read_bytes()]
    assert len(workers) == 2, "the workers never started"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and any(_alive(p) for p in workers):
        time.sleep(0.2)
    left = [p for p in workers if _alive(p)]
    for p in left:
        os.kill(p, signal.SIGKILL)
    assert not left, f"workers still running after their ingest died: {left}"
