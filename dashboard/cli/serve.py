"""``python -m dashboard serve``: fill the store with the sample articles when it is empty,
then start the app (``streamlit run streamlit_app.py``), so no visitor waits for an ingest."""
from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def register(sub):
    p = sub.add_parser("serve", help="start the app (the sample articles are stored first if the store is empty)",
                       description=__doc__, epilog="example: python -m dashboard serve --port 8501")
    p.add_argument("--port", type=int, default=8501)
    p.add_argument("--address", default=None, help="listen address (default: Streamlit's)")
    p.add_argument("--db", metavar="PATH", default=None,
                   help="store file (default: $DASHBOARD_DB or data/dashboard.duckdb)")
    p.set_defaults(func=run)


def run(args) -> int:
    from ..store import Store

    if args.db:
        os.environ["DASHBOARD_DB"] = args.db
    summary = Store(args.db).ensure_sample()
    if summary is not None:
        print(f"stored the sample articles: {summary.lines()[0]}", file=sys.stderr)
    cmd = [sys.executable, "-m", "streamlit", "run", str(ROOT / "streamlit_app.py"), "--server.port", str(args.port)]
    if args.address:
        cmd += ["--server.address", args.address]
    os.chdir(ROOT)
    os.execv(sys.executable, cmd)
    return 0   # not reached
