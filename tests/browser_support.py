"""Real-browser test support: a served app on a free port and Debian's chromium.

No network: every request not to 127.0.0.1 is aborted. When
``DASHBOARD_REQUIRE_BROWSER=1`` (set by ``.ci/run``), a missing chromium or playwright
FAILS the browser tests instead of skipping them.
"""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage"]


def chromium_path() -> str | None:
    """$DASHBOARD_CHROMIUM when set (only it), else Debian's chromium."""
    if os.environ.get("DASHBOARD_CHROMIUM"):
        path = os.environ["DASHBOARD_CHROMIUM"]
        return path if os.path.exists(path) else None
    for cand in ("/usr/bin/chromium", shutil.which("chromium"), shutil.which("chromium-browser")):
        if cand and os.path.exists(cand):
            return cand
    return None


def unavailable(reason: str):
    """Fail (CI: DASHBOARD_REQUIRE_BROWSER=1) or skip the browser tests."""
    if os.environ.get("DASHBOARD_REQUIRE_BROWSER") == "1":
        pytest.fail(f"browser tests required but {reason}", pytrace=False)
    pytest.skip(reason)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class AppServer:
    """``streamlit run streamlit_app.py`` on a free port with its own store file."""

    def __init__(self, db_path: str, port: int | None = None, log_path: str | None = None,
                 args: tuple = (), env: dict | None = None):
        self.args, self.extra_env = tuple(args), dict(env or {})   # e.g. ("--secrets.files", path)
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.db_path = db_path
        self.log_path = log_path or str(Path(db_path).with_suffix(".log"))
        self.proc = None
        self.started = None

    def start(self, timeout: float = 60.0) -> "AppServer":
        env = {**os.environ, "DASHBOARD_DB": self.db_path, "PYTHONUNBUFFERED": "1", **self.extra_env}
        self._log = open(self.log_path, "w")
        self.started = time.perf_counter()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", "streamlit_app.py", "--server.headless", "true",
             "--server.port", str(self.port), "--server.address", "127.0.0.1",
             "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none", *self.args],
            cwd=ROOT, env=env, stdout=self._log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"streamlit exited with {self.proc.returncode}: {self.log()}")
            try:
                with urllib.request.urlopen(self.url + "/_stcore/health", timeout=1) as r:
                    if r.read().strip() == b"ok":
                        return self
            except OSError:
                time.sleep(0.1)
        raise RuntimeError(f"streamlit not healthy after {timeout} s: {self.log()}")

    def log(self) -> str:
        try:
            return Path(self.log_path).read_text()[-3000:]
        except OSError:
            return ""

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
        if getattr(self, "_log", None):
            self._log.close()


def launch_browser(playwright):
    return playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS, headless=True)


def offline_page(browser, viewport=(1400, 1000)):
    """A new page whose requests go nowhere but 127.0.0.1."""
    ctx = browser.new_context(viewport={"width": viewport[0], "height": viewport[1]})
    blocked, served = [], []

    def route(r):
        url = r.request.url
        if url.startswith(("http://127.0.0.1", "ws://127.0.0.1", "data:", "blob:")):
            served.append(url)
            r.continue_()
        else:
            blocked.append(url)
            r.abort()
    ctx.route("**/*", route)        # the context's route also sees the map's web workers
    page = ctx.new_page()
    page.blocked, page.served = blocked, served
    return page


def wait_idle(page, timeout: float = 30_000):
    """Wait until the script ran (a title is drawn), finished, and nothing is stale."""
    page.wait_for_selector('[data-testid="stMain"] h1', timeout=timeout)
    page.wait_for_selector('[data-testid="stApp"][data-test-script-state="notRunning"]', timeout=timeout)
    page.wait_for_function('() => !document.querySelector("[data-stale=\\"true\\"]")'
                           ' && !document.querySelector("[data-testid=\\"stSkeleton\\"]")', timeout=timeout)


PLOT_POINTS_JS = """() => Array.from(document.querySelectorAll('.js-plotly-plot')).map(gd =>
    (gd.calcdata || []).reduce((n, trace) =>
        n + trace.filter(p => p && ((p.lonlat && isFinite(p.lonlat[0])) || isFinite(p.x) || isFinite(p.y))).length, 0))"""


def plot_points(page) -> list[int]:
    """Points each Plotly chart on the page drew (from its calcdata, WebGL included)."""
    return page.evaluate(PLOT_POINTS_JS)


def wait_plots(page, n: int = 1, timeout: float = 30_000):
    page.wait_for_function(
        f"() => Array.from(document.querySelectorAll('.js-plotly-plot')).filter(g => g.calcdata).length >= {n}",
        timeout=timeout)


MAP_POINTS_JS = """() => { const gd = document.querySelector('.js-plotly-plot');
  const sp = gd._fullLayout.map._subplot; const r = sp.div.getBoundingClientRect();
  const out = [];
  gd.calcdata.forEach((tr, i) => gd.data[i].name !== 'places mentioned' && tr.forEach(p => {
      if (p.lonlat && isFinite(p.lonlat[0])) {
      const q = sp.map.project(p.lonlat); out.push([r.left + q.x, r.top + q.y]); } }));
  return out; }"""


def map_points_on_screen(page) -> list[tuple[float, float]]:
    """Page pixel position of every event point of the first map (for box selections)."""
    return [tuple(p) for p in page.evaluate(MAP_POINTS_JS)]


def box_select(page, points, pad: float = 25):
    """Drag a selection box around ``points`` (pixel positions)."""
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    page.mouse.move(min(xs) - pad, min(ys) - pad)
    page.mouse.down()
    page.mouse.move(max(xs) + pad, max(ys) + pad, steps=8)
    page.mouse.up()


def wait_points(page, expected: list[int], timeout: float = 30_000):
    """Wait until the page's charts drew exactly ``expected`` points (one int per chart)."""
    import json
    page.wait_for_function(f"() => JSON.stringify(({PLOT_POINTS_JS})()) === '{json.dumps(expected, separators=(',', ':'))}'",
                           timeout=timeout)
