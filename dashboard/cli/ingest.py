"""``python -m dashboard ingest PATH...``: add articles to the store.

Files, folders (searched recursively for .txt, .md, .html) and globs. Articles already in
the store are skipped (ingest is idempotent); a file that cannot be read is reported with
the reason and never stops the rest; the store changes all at once or not at all.
"""
from __future__ import annotations

import sys

from .export import add_db_arg

EXAMPLE = "example: python -m dashboard ingest ../shared/seeds ../shared/eval/dev/texts/*.txt"


def register(sub):
    p = sub.add_parser("ingest", help="add articles (files, folders, globs) to the store",
                       description=__doc__.split("\n\n")[1].replace("\n", " "), epilog=EXAMPLE)
    p.add_argument("paths", nargs="+", metavar="PATH", help="file, folder or glob")
    add_db_arg(p)
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.add_argument("--engine", choices=["local", "dask"], default="local",
                   help="local: a process pool here (default); dask: a Dask cluster (docs/scale.md)")
    p.add_argument("--scheduler", metavar="ADDRESS", default=None,
                   help="with --engine dask: a running scheduler (tcp://host:8786); default: a local cluster")
    p.add_argument("--workers", type=int, default=2, help="with --engine dask and no scheduler: worker processes")
    p.add_argument("--parquet-dir", metavar="DIR", default=None,
                   help="with --engine dask: keep the Parquet partitions here (default: a temporary folder)")
    p.set_defaults(func=run)


def run(args) -> int:
    from ..store import Store
    from ..store.ingest import load_paths

    store = Store(args.db)
    if store.note:
        print(f"note: {store.note}", file=sys.stderr)
    if args.engine == "dask":
        from ..engines.dask import run_cli

        return run_cli(args, store)
    docs, failed = load_paths(args.paths)
    if not docs and not failed:
        print("nothing to ingest: no .txt, .md or .html files found", file=sys.stderr)
        return 1
    bar = None
    if not args.no_progress and docs:
        from tqdm import tqdm

        bar = tqdm(total=len(docs), unit="doc", desc="ingest", file=sys.stderr)
    try:
        summary = store.ingest(docs, progress=bar.update if bar else None, failed=failed)
    finally:
        if bar is not None:
            bar.close()
    for line in summary.lines():
        print(line)
    print(f"store: {store.path}")
    return 1 if failed and not docs else 0
