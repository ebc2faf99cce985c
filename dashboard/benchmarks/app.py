"""``python -m dashboard bench app [--n 10000]``: the served app, timed in a real browser.

Starts ``streamlit run streamlit_app.py`` on a free port with its own store file and
drives Debian's chromium (no network: every request not to 127.0.0.1 is aborted):

- cold start: server process start -> health -> Overview title -> first metric -> first
  chart drawn, for a store already filled (a restart) and for an empty one (the very first
  start, which ingests ``assets/sample``);
- a filter change redrawn: on the Map page, choose a record type in the sidebar and wait
  until the map holds the expected points and the table the expected count; then "Clear
  filters"; median of several rounds;
- the same with ``--n`` generated articles (``dashboard.corpus``) ingested first
  (``--n 0`` skips it; default 10,000).

``$DASHBOARD_BENCH_APP_DB``: keep the big store there (generated and ingested when the
file does not exist yet, reused as it is when it does).

It prints figures and never fails on a threshold (bars: cold start to first chart < 5 s;
redraw < 1 s on the sample, < 2 s with 10,000 articles).
"""
from __future__ import annotations

import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("DASHBOARD_CHROMIUM") or "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage"]
IDLE_JS = """() => !!document.querySelector('[data-testid="stMain"] h1')
  && !!document.querySelector('[data-testid="stApp"][data-test-script-state="notRunning"]')
  && !document.querySelector('[data-stale="true"]') && !document.querySelector('[data-testid="stSkeleton"]')"""
BASEMAP_JS = """() => { const gd = document.querySelector('.js-plotly-plot');
  const sp = gd && gd._fullLayout && gd._fullLayout.map && gd._fullLayout.map._subplot;
  if (!sp || !sp.map || !sp.map.getStyle()) return false;
  const ids = Object.keys(sp.map.getStyle().sources).filter(id => /-map-\\d+$/.test(id));
  return ids.length > 0 && ids.every(id => sp.map.isSourceLoaded(id) && sp.map.querySourceFeatures(id).length > 0); }"""
"""True once the map's GeoJSON layers (the served outlines) are loaded and hold features."""
POINTS_JS = """() => Array.from(document.querySelectorAll('.js-plotly-plot')).map(gd =>
    (gd.calcdata || []).reduce((n, t) => n + t.filter(p => p && p.lonlat && isFinite(p.lonlat[0])).length, 0))"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _start_server(db: str, log: str):
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "streamlit_app.py", "--server.headless", "true",
         "--server.port", str(port), "--server.address", "127.0.0.1", "--server.fileWatcherType", "none"],
        cwd=ROOT, env={**os.environ, "DASHBOARD_DB": db}, stdout=open(log, "w"), stderr=subprocess.STDOUT)
    while True:
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit exited: {Path(log).read_text()[-2000:]}")
        try:
            with urllib.request.urlopen(url + "/_stcore/health", timeout=1) as r:
                if r.read().strip() == b"ok":
                    break
        except OSError:
            time.sleep(0.05)
    return proc, url, t0, time.perf_counter() - t0


def _stop(proc) -> None:
    proc.terminate()
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()


def _page(browser):
    ctx = browser.new_context(viewport={"width": 1400, "height": 1000})
    ctx.route("**/*", lambda r: r.continue_() if r.request.url.startswith(
        ("http://127.0.0.1", "ws://127.0.0.1", "data:", "blob:")) else r.abort())
    return ctx.new_page()


def cold_start(browser, db: str, tmp: str) -> dict:
    """Seconds from server start to health, title, first metric and first chart drawn."""
    proc, url, t0, health = _start_server(db, os.path.join(tmp, "cold.log"))
    try:
        page = _page(browser)
        page.goto(url)
        page.wait_for_selector('[data-testid="stMain"] h1', timeout=180_000)
        title = time.perf_counter() - t0
        page.wait_for_selector('[data-testid="stMetricValue"]', timeout=180_000)
        metric = time.perf_counter() - t0
        page.wait_for_function("() => Array.from(document.querySelectorAll('.js-plotly-plot'))"
                               ".some(g => g.calcdata && g.querySelector('.main-svg'))", timeout=180_000)
        chart = time.perf_counter() - t0
        page.context.close()
    finally:
        _stop(proc)
    return {"health": health, "title": title, "first metric": metric, "first chart": chart}


def redraw(browser, db: str, tmp: str, rounds: int = 5) -> dict:
    """Median seconds for a sidebar filter change (and a clear) to be redrawn on the Map."""
    from ..filters import Filter
    from ..store import Store

    store = Store(db)
    kind = "weapon" if "weapon" in store.options()["types"] else store.options()["types"][0]

    def expect(flt):
        """(points on the map: located events + distinct places named, figures listed)."""
        ev = store.events_df(flt)
        recs = store.records_df(flt)
        places = recs[(recs["type"] == "place") & recs["lat"].notna()]["name"].nunique() if len(recs) else 0
        return (_markers(ev) + int(places),
                int(recs["type"].isin(["casualty", "weapon"]).sum()) if len(recs) else 0)

    want_all, want_one = expect(Filter()), expect(Filter(types=(kind,)))
    proc, url, _, _ = _start_server(db, os.path.join(tmp, "redraw.log"))
    out = {"choose": [], "clear": []}
    try:
        page = _page(browser)
        page.goto(url + "/Map")
        page.wait_for_function(IDLE_JS, timeout=180_000)

        def settled(points, figures):
            page.wait_for_function(
                f"() => ({IDLE_JS})() && ({POINTS_JS})()[0] === {points} && "
                f"document.body.innerText.includes('{figures} figures in view')", timeout=60_000)

        settled(*want_all)
        box = page.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"]').filter(
            has_text="Record types")
        for _ in range(rounds):
            box.locator("input").click()
            option = page.get_by_role("option", name=kind, exact=True)
            option.wait_for()
            t = time.perf_counter()
            option.click()
            page.keyboard.press("Escape")
            settled(*want_one)
            out["choose"].append(time.perf_counter() - t)
            t = time.perf_counter()
            page.get_by_role("button", name="Clear filters").click()
            settled(*want_all)
            out["clear"].append(time.perf_counter() - t)
        page.context.close()
    finally:
        _stop(proc)
    return {"points (all / filtered)": f"{want_all[0]} / {want_one[0]}",
            "figures (all / filtered)": f"{want_all[1]} / {want_one[1]}",
            f"choose type={kind} (median s)": statistics.median(out["choose"]),
            "clear filters (median s)": statistics.median(out["clear"]),
            "slowest of all rounds (s)": max(out["choose"] + out["clear"])}


def _markers(events) -> int:
    """Event markers the map draws (per place and kind above charts.AGGREGATE_FROM)."""
    from ..charts import AGGREGATE_FROM, aggregate_events

    located = events.dropna(subset=["lat", "lon"]) if len(events) else events
    return len(aggregate_events(located)) if len(located) > AGGREGATE_FROM else len(located)


def _print(title: str, figures: dict) -> None:
    print(f"  {title}")
    for k, v in figures.items():
        print(f"    {k:<34} {v:.2f}" if isinstance(v, float) else f"    {k:<34} {v}")


def run(args) -> None:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        print("  playwright is not installed: pip install playwright")
        return
    if not os.path.exists(CHROMIUM):
        print(f"  no chromium at {CHROMIUM} (apt-get install chromium)")
        return
    from ..store import Store

    n = getattr(args, "n", None)
    n = 10_000 if n is None else n
    with tempfile.TemporaryDirectory(prefix="bench-app-") as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        sample_db = os.path.join(tmp, "sample.duckdb")
        _print("sample corpus, first start (empty store: ingests assets/sample)",
               cold_start(browser, sample_db, tmp))
        _print("sample corpus, restart (store filled)", cold_start(browser, sample_db, tmp))
        _print("sample corpus, filter change on the Map page", redraw(browser, sample_db, tmp))
        big_db = os.environ.get("DASHBOARD_BENCH_APP_DB") or os.path.join(tmp, "big.duckdb")
        if n and not os.path.exists(big_db):
            from ..corpus import generate
            corpus = os.path.join(tmp, "corpus")
            t = time.perf_counter()
            generate(n, corpus)
            summary = Store(big_db).ingest_paths([corpus, str(ROOT / "assets" / "sample")])
            print(f"  ingested {summary.added_documents} articles in {time.perf_counter() - t:.1f} s")
        if n:
            n = Store(big_db).count_documents()
            _print(f"{n} articles, restart", cold_start(browser, big_db, tmp))
            _print(f"{n} articles, filter change on the Map page", redraw(browser, big_db, tmp, rounds=3))
        browser.close()
