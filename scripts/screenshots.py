"""Take the README's screenshots of the real app.

    .venv/bin/python scripts/screenshots.py [OUT_DIR]                 # sample corpus -> docs/screenshots
    .venv/bin/python scripts/screenshots.py OUT_DIR --db STORE --suffix -10k   # a bigger store

Starts the app on a free port (with a fresh store filled from assets/sample, or ``--db``),
drives Debian's chromium with no network and saves one PNG per view once the page has
finished running, its charts are drawn and the map's served layers are loaded.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dashboard.benchmarks.app import ARGS, BASEMAP_JS, CHROMIUM, IDLE_JS, _context, _start, _stop  # noqa: E402

SHOTS = [("overview", ""), ("map", "Map"), ("map-filtered", "Map?type=weapon"), ("timeline", "Timeline"),
         ("comparisons", "Comparisons"), ("event", "Event?event={event}"), ("records", "Records"),
         ("documents", "Documents"), ("add-documents", "Add_documents")]


def main(argv=None) -> int:
    from playwright.sync_api import sync_playwright

    from dashboard.store import Store

    ap = argparse.ArgumentParser()
    ap.add_argument("out", nargs="?", default=str(ROOT / "docs" / "screenshots"))
    ap.add_argument("--db", default=None, help="an existing store (default: a fresh one with the sample)")
    ap.add_argument("--suffix", default="", help="added to every file name (e.g. -10k)")
    args = ap.parse_args(argv)
    Path(args.out).mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        db = args.db or os.path.join(tmp, "store.duckdb")
        store = Store(db)
        store.ensure_sample()
        multi = store.events(order="toll", limit=50, evidence=False)
        multi = multi[multi["n_sources"] > 1] if len(multi[multi["n_sources"] > 1]) else multi
        event = multi["event_id"].iloc[0]
        proc, url, _ = _start("streamlit_app.py", str(ROOT), db, os.path.join(tmp, "log"))
        try:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
            page = _context(browser).new_page()
            for name, path in SHOTS:
                page.goto(f"{url}/{path.format(event=event)}")
                page.wait_for_function(IDLE_JS, timeout=180_000)
                page.wait_for_function("() => Array.from(document.querySelectorAll('.js-plotly-plot'))"
                                       ".every(g => g.calcdata)", timeout=60_000)
                if name.startswith(("map", "event")):
                    page.wait_for_function(BASEMAP_JS, timeout=60_000)
                time.sleep(1.5)          # transitions, label placement
                page.screenshot(path=os.path.join(args.out, f"{name}{args.suffix}.png"), full_page=True)
                print("saved", name + args.suffix)
            browser.close()
        finally:
            _stop(proc)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
