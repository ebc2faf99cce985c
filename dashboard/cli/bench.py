"""``python -m dashboard bench [NAME...]``: print speed and memory figures."""
from __future__ import annotations

import importlib

NAMES = ["extract", "gazetteer", "ingest", "app", "pages", "web", "adversarial", "languages"]
SLOW = ("app", "pages", "adversarial")   # run only when named


def register(sub):
    p = sub.add_parser("bench", help="print throughput and memory figures",
                       description="Benchmarks print figures; they never fail on a threshold. "
                                   "Example: python -m dashboard bench extract gazetteer")
    p.add_argument("names", nargs="*", choices=NAMES + [[]], default=[],
                   help=f"which benchmarks (default: all but {', '.join(SLOW)}): {', '.join(NAMES)}")
    p.add_argument("--n", type=int, default=None, help="size (articles, look-ups) where it applies")
    p.add_argument("--records", default=None, metavar="N,N,...",
                   help="pages: store sizes in records (default 10000,100000,1000000)")
    p.add_argument("--sessions", type=int, default=None,
                   help="app: also drive this many browser sessions at once (e.g. 5)")
    p.add_argument("--db", default=None, metavar="URL",
                   help="ingest: an empty postgresql://... database instead of a new DuckDB file")
    p.add_argument("--engine", choices=["local", "dask"], default="local",
                   help="ingest: the local process pool (default) or a local Dask cluster")
    p.add_argument("--workers", default="1,2", help="ingest --engine dask: worker counts to run (e.g. 1,2)")
    p.add_argument("--no-compare", action="store_true",
                   help="ingest --engine dask: skip the local ingest run that checks the records match")
    p.set_defaults(func=run)


def run(args) -> int:
    names = args.names or [n for n in NAMES if n not in SLOW]
    for name in names:
        try:
            mod = importlib.import_module(f"dashboard.benchmarks.{name}")
        except ModuleNotFoundError:
            print(f"[{name}] not available yet")
            continue
        print(f"== {name}")
        mod.run(args)
    return 0
