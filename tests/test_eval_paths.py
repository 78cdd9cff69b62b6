"""`newsgraph eval` finds its data in a source checkout, from --labels / --data, or says where to point it."""
import pytest

from conftest import ROOT, run_cli
from newsgraph.errors import ConfigError
from newsgraph.evaluate import TASKS, paths, task_runner


def test_labels_come_from_the_checkout_or_the_flag(tmp_path, monkeypatch):
    monkeypatch.delenv(paths.LABELS_ENV, raising=False)
    assert paths.labelled("golden", "chrome") == ROOT / "tests" / "golden" / "chrome"
    assert paths.labelled("data", "quotes", labels=tmp_path) == tmp_path / "data" / "quotes"
    monkeypatch.setenv(paths.LABELS_ENV, str(tmp_path))
    assert paths.labels_root() == tmp_path


def test_an_installed_package_says_where_to_point_it(tmp_path, monkeypatch):
    monkeypatch.delenv(paths.LABELS_ENV, raising=False)
    monkeypatch.setattr(paths, "_CHECKOUT", tmp_path / "site-packages")
    assert paths.checkout() is None
    with pytest.raises(ConfigError, match="--labels DIR"):
        paths.labelled("golden", "chrome")
    with pytest.raises(ConfigError, match="does not exist"):
        paths.labels_root(tmp_path / "absent")


def test_every_task_has_a_runner():
    for name in TASKS:
        assert callable(task_runner(name))
    with pytest.raises(ValueError, match="unknown task"):
        task_runner("sentiment")


def test_eval_with_a_missing_labels_folder_is_one_line(tmp_path):
    proc = run_cli("eval", "--task", "chrome", "--labels", str(tmp_path / "nowhere"))
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines() == [f"newsgraph: --labels: labelled sets folder {tmp_path / 'nowhere'} "
                                                 "does not exist"]


def test_eval_from_another_folder_uses_the_checkout(tmp_path):
    proc = run_cli("eval", "--task", "chrome", "--json", "--limit", "3", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert '"chrome"' in proc.stdout
