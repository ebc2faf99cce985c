"""Take the README's screenshots of the real app on the sample corpus.

    .venv/bin/python scripts/screenshots.py [OUT_DIR]     # default docs/screenshots

Starts the app on a free port with a fresh store (filled from assets/sample), drives
Debian's chromium with no network and saves one PNG per page once the page has finished
running and its charts are drawn.
"""
from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dashboard.benchmarks.app import ARGS, BASEMAP_JS, CHROMIUM, IDLE_JS, _page, _start_server, _stop  # noqa: E402,E501

SHOTS = [("overview", ""), ("map", "Map"), ("map-filtered", "Map?type=weapon"), ("timeline", "Timeline"),
         ("comparisons", "Comparisons"), ("records", "Records"), ("documents", "Documents"),
         ("add-documents", "Add_documents")]


def main(out: str) -> int:
    from playwright.sync_api import sync_playwright

    Path(out).mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        proc, url, _, _ = _start_server(os.path.join(tmp, "store.duckdb"), os.path.join(tmp, "log"))
        try:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
            page = _page(browser)
            for name, path in SHOTS:
                page.goto(f"{url}/{path}")
                page.wait_for_function(IDLE_JS, timeout=180_000)
                page.wait_for_function("() => Array.from(document.querySelectorAll('.js-plotly-plot'))"
                                       ".every(g => g.calcdata)", timeout=60_000)
                if name.startswith("map"):
                    page.wait_for_function(BASEMAP_JS, timeout=60_000)   # the outlines are drawn
                time.sleep(1.0)          # transitions
                page.screenshot(path=os.path.join(out, f"{name}.png"))
                print("saved", name)
            browser.close()
        finally:
            _stop(proc)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1] if len(sys.argv) > 1 else str(ROOT / "docs" / "screenshots")))
