"""Where the dashboard keeps its files: the XDG-aware cache directory, and a read-only
checkout whose store falls back to the cache directory (tested as an unprivileged user)."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from dashboard.paths import cache_dir, writable_store_path

ROOT = Path(__file__).resolve().parents[1]


def test_cache_dir_precedence(monkeypatch, tmp_path):
    monkeypatch.delenv("DASHBOARD_CACHE", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert cache_dir() == tmp_path / "home" / ".cache" / "conflict-dashboard"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/cache")      # invalid per the spec: ignored
    assert cache_dir() == tmp_path / "home" / ".cache" / "conflict-dashboard"
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_dir() == tmp_path / "xdg" / "conflict-dashboard"
    monkeypatch.setenv("DASHBOARD_CACHE", str(tmp_path / "mine"))
    assert cache_dir() == tmp_path / "mine"


def test_gazetteer_cache_follows_xdg(monkeypatch, tmp_path):
    from dashboard.gazetteer.build import cache_dir as gazetteer_cache

    monkeypatch.delenv("DASHBOARD_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert gazetteer_cache() == tmp_path / "conflict-dashboard"


def test_writable_default_is_kept(tmp_path):
    path = str(tmp_path / "data" / "dashboard.duckdb")
    assert writable_store_path(path) == (path, None)


def _without_root_powers() -> list[str]:
    """A command prefix under which file modes bind: as root, ``setpriv`` drops the
    capabilities that let root write anywhere (util-linux); as anyone else, nothing."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if not setpriv:
        pytest.skip("running as root without setpriv (util-linux): a chmod cannot make a folder read-only")
    caps = "-dac_override,-dac_read_search,-fowner"
    return [setpriv, "--bounding-set", caps, "--inh-caps", caps]


@pytest.fixture
def readonly_checkout(tmp_path):
    """The app's files copied to ``tmp_path/ro``, then every write bit removed."""
    ro = tmp_path / "ro"
    ro.mkdir()
    for name in ("dashboard", "app_ui", "app_pages", "assets", "static", ".streamlit"):
        shutil.copytree(ROOT / name, ro / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "streamlit_app.py", ro)
    subprocess.run(["chmod", "-R", "a-w", str(ro)], check=True)
    yield ro
    subprocess.run(["chmod", "-R", "u+w", str(ro)], check=True)   # so pytest can clean up


def _cache_for_child(tmp_path: Path) -> Path:
    """A cache directory the child may write, with the compiled gazetteer index copied in
    (so the test does not rebuild it; without it the child builds its own)."""
    from dashboard.gazetteer.build import index_path

    cache = tmp_path / "cache"
    cache.mkdir()
    stem = index_path().name.split(".")[0]
    for f in index_path().parent.glob(stem + ".*"):
        shutil.copy(f, cache / f.name)
    return cache


APP_SCRIPT = textwrap.dedent("""
    import json
    from streamlit.testing.v1 import AppTest
    at = AppTest.from_file("streamlit_app.py", default_timeout=180).run()
    print(json.dumps({"exception": [str(e.value) for e in at.exception],
                      "warnings": [w.value for w in at.sidebar.warning],
                      "metrics": {m.label: m.value for m in at.metric}}))
""")


@pytest.mark.timeout(400)
def test_readonly_checkout_falls_back_to_a_store_in_the_cache(readonly_checkout, tmp_path):
    ro = readonly_checkout
    cache = _cache_for_child(tmp_path)
    env = {k: v for k, v in os.environ.items() if k not in ("DASHBOARD_DB", "XDG_CACHE_HOME")}
    env.update(DASHBOARD_CACHE=str(cache), HOME=str(cache), PYTHONPATH=str(ro),
               PYTHONDONTWRITEBYTECODE="1")
    prefix = _without_root_powers()
    run = subprocess.run(prefix + [sys.executable, "-c", APP_SCRIPT], cwd=ro, env=env,
                         capture_output=True, text=True, timeout=360)
    assert run.returncode == 0, run.stderr[-3000:]
    out = json.loads(run.stdout.strip().splitlines()[-1])
    assert not out["exception"], out["exception"]
    fallback = cache / "store" / "dashboard.duckdb"
    assert any(str(fallback) in w and "read-only" in w for w in out["warnings"]), out["warnings"]
    assert fallback.is_file() and not (ro / "data").exists()
    assert int(out["metrics"]["Events"]) >= 2            # the sample corpus was read
    # the command line says the same, on stderr, and finds the sample already stored
    run = subprocess.run(prefix + [sys.executable, "-m", "dashboard", "ingest", "--no-progress",
                                   "assets/sample"], cwd=ro, env=env, capture_output=True, text=True,
                         timeout=300)
    assert run.returncode == 0, run.stderr[-3000:]
    assert f"the store is kept in {fallback}" in run.stderr
    assert "added 0 documents, skipped 2 already stored" in run.stdout
