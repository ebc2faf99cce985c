"""``python -m dashboard bench app [--n 10000] [--sessions 5]``: the served app in a real
browser, beside a minimal Streamlit + Plotly app measured in the same run.

Debian's chromium, no network (every request not to 127.0.0.1 is aborted):

- **first chart**: seconds from the page load to the first Plotly chart drawn, on a server
  already running (warm), and from the server's start (cold, the store already filled);
  for the minimal app (title, selectbox, slider, one Plotly scatter of 100 points) and for
  the app's Overview, on the sample and on ``--n`` generated articles;
- **filter redraw**: a select changed to the chart redrawn and the page idle (minimal app:
  its selectbox; the app: "Record types" on the Overview; the first time, uncached, and the
  median of the rounds after);
- **sessions** (``--sessions N``): every page visited by one browser session, then by N
  sessions at once, each page's time to drawn and idle, and the server's memory (RSS of
  the server process) before, at the peak, and 20 s after the sessions closed; then one
  browser session among N - 1 protocol clients (analysts whose browsers draw on their own
  machines, :mod:`dashboard.benchmarks.load`), and N protocol clients alone (the server's
  own time per page).

``$DASHBOARD_BENCH_APP_DB``: keep the big store there (generated and ingested when absent).
Prints figures and ratios; never fails on a threshold.
"""
from __future__ import annotations

import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
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
CHART_JS = ("() => Array.from(document.querySelectorAll('.js-plotly-plot'))"
            ".some(g => g.calcdata && g.querySelector('.main-svg'))")
BASEMAP_JS = """() => Array.from(document.querySelectorAll('.js-plotly-plot')).filter(gd => gd._fullLayout
  && gd._fullLayout.map).every(gd => { const sp = gd._fullLayout.map._subplot;
  return sp && sp.map && sp.map.getStyle() && ['countries', 'admin1', 'places'].every(s => sp.map.isSourceLoaded(s)); })"""
"""True once the map's served layers are loaded."""
MINIMAL_APP = '''import plotly.express as px
import streamlit as st

st.title("Minimal app")
choice = st.selectbox("Series", ["a", "b", "c"], key="series")
n = st.slider("Points", 10, 200, 100)
k = {"a": 1, "b": 2, "c": 3}[choice]
st.plotly_chart(px.scatter(x=list(range(n)), y=[(i * k) % 17 for i in range(n)]), key="chart")
'''
PAGES = [("", "Conflict news dashboard"), ("Map", "Map"), ("Timeline", "Timeline"),
         ("Comparisons", "Figure comparisons"), ("Event", "Event dossier"), ("Records", "Records"),
         ("Documents", "Articles"), ("Add_documents", "Add documents")]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _start(script: str, cwd: str, db: str | None, log: str):
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    t0 = time.perf_counter()
    env = {**os.environ}
    if db:
        env["DASHBOARD_DB"] = db
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", script, "--server.headless", "true",
         "--server.port", str(port), "--server.address", "127.0.0.1", "--server.fileWatcherType", "none",
         "--browser.gatherUsageStats", "false"],
        cwd=cwd, env=env, stdout=open(log, "w"), stderr=subprocess.STDOUT)
    while True:
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit exited: {Path(log).read_text()[-2000:]}")
        try:
            with urllib.request.urlopen(url + "/_stcore/health", timeout=1) as r:
                if r.read().strip() == b"ok":
                    break
        except OSError:
            time.sleep(0.05)
    return proc, url, t0


def _stop(proc) -> None:
    proc.terminate()
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()


def _rss_mb(pid: int) -> float:
    try:
        for line in open(f"/proc/{pid}/status"):
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def _cpu_s(pid: int) -> float:
    """CPU seconds (user + system) the process has used."""
    try:
        fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return float("nan")


def _machine_busy_s() -> float:
    """CPU seconds the whole machine has been busy (every core, every process: /proc/stat)."""
    try:
        f = open("/proc/stat").readline().split()[1:]
        return (sum(int(x) for x in f[:8]) - int(f[3]) - int(f[4])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return float("nan")


def _context(browser):
    ctx = browser.new_context(viewport={"width": 1400, "height": 1000})
    ctx.route("**/*", lambda r: r.continue_() if r.request.url.startswith(
        ("http://127.0.0.1", "ws://127.0.0.1", "data:", "blob:")) else r.abort())
    return ctx


def _first_chart(page, url: str) -> float:
    t = time.perf_counter()
    page.goto(url)
    page.wait_for_function(CHART_JS, timeout=180_000)
    return time.perf_counter() - t


def first_chart(browser, script: str, cwd: str, db: str | None, tmp: str) -> dict:
    """Cold (from the server's start) and warm (a new session on a running server)."""
    proc, url, t0 = _start(script, cwd, db, os.path.join(tmp, "first.log"))
    try:
        ctx = _context(browser)
        page = ctx.new_page()
        page.goto(url)
        page.wait_for_function(CHART_JS, timeout=180_000)
        cold = time.perf_counter() - t0
        ctx.close()
        warm = []
        for _ in range(3):
            ctx = _context(browser)
            warm.append(_first_chart(ctx.new_page(), url))
            ctx.close()
    finally:
        _stop(proc)
    return {"cold": cold, "warm": statistics.median(warm)}


def _settle(page, check_js: str) -> None:
    page.wait_for_function(f"() => ({IDLE_JS})() && ({check_js})()", timeout=120_000)


def redraw_minimal(browser, cwd: str, tmp: str, rounds: int = 4) -> dict:
    proc, url, _ = _start("minimal_app.py", cwd, None, os.path.join(tmp, "minimal.log"))
    times = []
    try:
        ctx = _context(browser)
        page = ctx.new_page()
        page.goto(url)
        _settle(page, CHART_JS)
        for i in range(rounds):
            want = ["b", "a"][i % 2]
            page.locator('[data-testid="stSelectbox"]').first.click()
            option = page.get_by_role("option", name=want, exact=True)
            t = time.perf_counter()
            option.click()
            k = {"a": 1, "b": 2}[want]
            _settle(page, f"() => {{ const gd = document.querySelector('.js-plotly-plot'); "
                          f"return gd && gd.calcdata && gd.calcdata[0][2].y === {(2 * k) % 17}; }}")
            times.append(time.perf_counter() - t)
        ctx.close()
    finally:
        _stop(proc)
    return {"first": times[0], "median": statistics.median(times[1:] or times)}


def redraw_app(browser, db: str, tmp: str, rounds: int = 4) -> dict:
    """Record types = weapon, then Clear filters, on the Overview: seconds to the metric
    changed and the page idle (the first change is uncached)."""
    from ..filters import Filter
    from ..store import Store

    store = Store(db)
    want_all, want_weapon = store.count_events(), store.count_events(Filter(types=("weapon",)))
    proc, url, _ = _start("streamlit_app.py", str(ROOT), db, os.path.join(tmp, "redraw.log"))
    times = []
    try:
        ctx = _context(browser)
        page = ctx.new_page()
        page.goto(url)
        _settle(page, CHART_JS)

        def events_is(n):
            return (f"() => {{ const m = Array.from(document.querySelectorAll('[data-testid=\"stMetric\"]'))"
                    f".find(e => e.innerText.startsWith('Events')); return m && m.querySelector("
                    f"'[data-testid=\"stMetricValue\"]').innerText.replace(/,/g, '') === '{n}'; }}")
        box = page.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"]').filter(has_text="Record types")
        for _ in range(rounds):
            box.locator("input").click()
            option = page.get_by_role("option", name="weapon", exact=True)
            option.wait_for()
            t = time.perf_counter()
            option.click()
            page.keyboard.press("Escape")
            _settle(page, events_is(want_weapon))
            times.append(time.perf_counter() - t)
            page.get_by_role("button", name="Clear filters").click()
            _settle(page, events_is(want_all))
        ctx.close()
    finally:
        _stop(proc)
    return {"first": times[0], "median": statistics.median(times[1:] or times)}


def _visit_all(page, url: str, event_id: str) -> dict:
    out = {}
    for path, _title in PAGES:
        target = f"{url}/{path}" + (f"?event={event_id}" if path == "Event" else "")
        t = time.perf_counter()
        page.goto(target)
        page.wait_for_function(IDLE_JS, timeout=180_000)
        if path not in ("Add_documents", "Documents", "Records"):
            page.wait_for_function(CHART_JS, timeout=180_000)
        out[path or "Overview"] = time.perf_counter() - t
    return out


def session_main(url: str, event_id: str) -> None:
    """One browser session visiting every page; prints its times as JSON (run as a
    subprocess: Playwright's sync API does not share a process between threads)."""
    import json

    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        ctx = _context(b)
        print(json.dumps(_visit_all(ctx.new_page(), url, event_id)))
        ctx.close()
        b.close()


def _session_procs(url: str, event_id: str, n: int) -> tuple[list, list]:
    import json
    code = f"from dashboard.benchmarks.app import session_main; session_main({url!r}, {event_id!r})"
    procs = [subprocess.Popen([sys.executable, "-c", code], cwd=str(ROOT), stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for _ in range(n)]
    results, errors = [], []
    for i, pr in enumerate(procs):
        out, err = pr.communicate(timeout=900)
        try:
            results.append(json.loads(out.strip().splitlines()[-1]))
        except (ValueError, IndexError):
            errors.append(f"session {i}: {err.strip().splitlines()[-1] if err.strip() else 'no output'}")
    return results, errors


def _page_requests(event_id: str) -> dict:
    """{page name: (url path, query string)}, the pages a browser session visits."""
    return {(path or "Overview"): (path, f"event={event_id}" if path == "Event" else "") for path, _t in PAGES}


def sessions(db: str, tmp: str, n: int) -> dict:
    """Every page by one session, then by ``n`` sessions at once, three ways:

    - ``browsers``: ``n`` Chromiums on this machine (one process each), beside one alone;
    - ``one browser among clients``: one Chromium while ``n - 1`` protocol clients
      (:mod:`dashboard.benchmarks.load`) ask for the same pages, each opening the next
      as soon as a browser would have drawn the last (paced by the Chromium's own times
      alone), beside the same Chromium alone: what an analyst sees while others, their
      browsers on their own machines, use the server;
    - ``server``: protocol clients only, one alone and ``n`` at once: the server's own
      time per page (no drawing anywhere).

    Also the server's memory (before, peak, 20 s after) and CPU per browser session."""
    from ..store import Store
    from . import load

    event_id = Store(db).events(order="toll", limit=1, evidence=False)["event_id"].iloc[0]
    requests = _page_requests(event_id)
    proc, url, _ = _start("streamlit_app.py", str(ROOT), db, os.path.join(tmp, "sessions.log"))
    peak = [0.0]
    stop = threading.Event()

    def watch():
        while not stop.is_set():
            peak[0] = max(peak[0], _rss_mb(proc.pid))
            time.sleep(0.2)
    try:
        _session_procs(url, event_id, 1)                     # warm the caches, as a running server is
        base_mem = _rss_mb(proc.pid)
        cpu0, busy0, wall0 = _cpu_s(proc.pid), _machine_busy_s(), time.perf_counter()
        single = statistics_of(_session_procs(url, event_id, 1)[0])
        cpu1, busy1, wall1 = _cpu_s(proc.pid), _machine_busy_s(), time.perf_counter()
        threading.Thread(target=watch, daemon=True).start()
        done, errors = _session_procs(url, event_id, n)
        cpu2 = _cpu_s(proc.pid)
        stop.set()
        time.sleep(20)
        after = _rss_mb(proc.pid)
        alone_runs, among, visits = [], [], 0
        for _ in range(3):                                   # alternated, so drift of the machine hits both
            alone_runs.append(statistics_of(_session_procs(url, event_id, 1)[0]))
            with load.Background(url, requests, n - 1, pace=alone_runs[-1]) as others:
                among.append(statistics_of(_session_procs(url, event_id, 1)[0]))
            visits += others.visits
        alone = {p: statistics.median(r[p] for r in alone_runs) for p in alone_runs[0]}
        server_one = load.sessions_at_once(url, requests, 1)[0]
        server_many = load.sessions_at_once(url, requests, n)
    finally:
        stop.set()
        _stop(proc)
    return {"pages": load.per_page(single, done) if done else {}, "memory": (base_mem, peak[0], after),
            "errors": errors, "server cpu": (cpu1 - cpu0, (cpu2 - cpu1) / max(n, 1)),
            "one session": (busy1 - busy0, wall1 - wall0),
            "among": load.per_page(alone, among), "background visits": visits,
            "server": load.per_page(server_one, server_many)}


def statistics_of(results: list) -> dict:
    return results[0] if results else {}


def _print(title: str, figures: dict) -> None:
    print(f"  {title}")
    for k, v in figures.items():
        print(f"    {k:<44} {v:.2f}" if isinstance(v, float) else f"    {k:<44} {v}")


def _big_store(tmp: str, n: int) -> str:
    from ..store import Store

    big = os.environ.get("DASHBOARD_BENCH_APP_DB") or os.path.join(tmp, "big.duckdb")
    if not os.path.exists(big):
        from ..corpus import generate
        corpus = os.path.join(tmp, "corpus")
        t = time.perf_counter()
        generate(n, corpus)
        summary = Store(big).ingest_paths([corpus, str(ROOT / "assets" / "sample")])
        print(f"  ingested {summary.added_documents} articles in {time.perf_counter() - t:.1f} s")
    return big


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

    n = 10_000 if getattr(args, "n", None) is None else args.n
    with tempfile.TemporaryDirectory(prefix="bench-app-") as tmp:
        Path(tmp, "minimal_app.py").write_text(MINIMAL_APP)
        sample_db = os.path.join(tmp, "sample.duckdb")
        Store(sample_db).ensure_sample()        # as `python -m dashboard serve` does before starting
        stores = [("sample", sample_db)] + ([(f"{n:,} articles", _big_store(tmp, n))] if n else [])
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
            minimal = first_chart(browser, "minimal_app.py", tmp, None, tmp)
            minimal_redraw = redraw_minimal(browser, tmp, tmp)
            _print("minimal Streamlit + Plotly app (seconds)",
                   {"first chart, cold (from server start)": minimal["cold"],
                    "first chart, warm (new session)": minimal["warm"],
                    "redraw after a select": minimal_redraw["median"]})
            for name, db in stores:
                first = first_chart(browser, "streamlit_app.py", str(ROOT), db, tmp)
                redraw = redraw_app(browser, db, tmp)
                _print(f"the app, {name} (seconds; ratio to the minimal app)", {
                    "first chart, cold (from server start)": f"{first['cold']:.2f}  ({first['cold'] / minimal['cold']:.2f}x)",
                    "first chart, warm (new session)": f"{first['warm']:.2f}  ({first['warm'] / minimal['warm']:.2f}x)",
                    "filter redraw, first time (uncached)": f"{redraw['first']:.2f}  ({redraw['first'] / minimal_redraw['median']:.2f}x)",
                    "filter redraw, median after": f"{redraw['median']:.2f}  ({redraw['median'] / minimal_redraw['median']:.2f}x)"})
            browser.close()
            k = getattr(args, "sessions", None)
            if k:
                db = stores[-1][1]
                res = sessions(db, tmp, k)
                print(f"  {k} sessions at once on {stores[-1][0]} (seconds per page: one session / median of "
                      f"{k} / slowest of {k}, ratio median/one)")
                for page, (one, med, worst) in res["pages"].items():
                    print(f"    {page:<16} {one:6.2f} {med:8.2f} {worst:8.2f}   ({med / one:.2f}x)")
                base, peak, after = res["memory"]
                print(f"    server memory: {base:.0f} MB before, {peak:.0f} MB at the peak, {after:.0f} MB 20 s after "
                      "the sessions closed")
                one_cpu, each_cpu = res["server cpu"]
                print(f"    server CPU per session visiting every page: {one_cpu:.2f} s alone, {each_cpu:.2f} s "
                      f"each of {k} at once (the rest of the wait is the {k} browsers sharing the machine's cores)")
                busy, wall = res["one session"]
                cores = os.cpu_count() or 1
                print(f"    the machine's CPU while one browser session visited every page: {busy:.1f} s in {wall:.1f} s "
                      f"(server {one_cpu:.1f} s, the rest the browser's and other programs'); {k} such sessions on "
                      f"{cores} cores need at least {k * busy / cores:.1f} s, {k * busy / cores / wall:.1f}x the one "
                      "session's time, whatever the server does")
                for e in res["errors"]:
                    print(f"    error: {e}")
                print(f"  one browser session while {k - 1} protocol clients ask for the same pages, each the next "
                      "as soon as a browser would have drawn the last (the other analysts, their browsers on "
                      f"their own machines; {res['background visits']} pages served to them meanwhile): "
                      "seconds per page alone / among them (median of 3 rounds each, alternated), ratio")
                for page, (one, med, _w) in res["among"].items():
                    print(f"    {page:<16} {one:6.2f} {med:8.2f}   ({med / one:.2f}x)")
                print(f"  the server alone: {k} protocol clients at once, no browser (seconds from asking for a page "
                      f"to the server's last message: one client / median of {k} / slowest of {k}, ratio)")
                for page, (one, med, worst) in res["server"].items():
                    print(f"    {page:<16} {one:6.3f} {med:8.3f} {worst:8.3f}   ({med / one:.2f}x)")
