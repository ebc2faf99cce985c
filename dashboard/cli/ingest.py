"""``python -m dashboard ingest PATH...``: add articles to the store.

Files, folders (searched recursively for .txt, .md, .html) and globs. Every input is
answered: added, "duplicate of X" (the same text under another name), already stored, or
why it failed (on standard error). Articles already in the store are skipped before
extraction (ingest is idempotent); a bad input never stops the rest; the exit code is 1
when any input failed.
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
    p.add_argument("--rebuild-events", action="store_true",
                   help="afterwards, re-apply the event rules to the whole store")
    p.set_defaults(func=run)


def run(args) -> int:
    from ..documents import expand_paths
    from ..store import Store

    store = Store(args.db)
    total = sum(1 for _ in expand_paths(args.paths))
    bar = None
    if not args.no_progress and total:
        from tqdm import tqdm

        bar = tqdm(total=total, unit="doc", desc="ingest", file=sys.stderr)
    try:
        summary = store.ingest_paths(args.paths, progress=bar.update if bar else None)
    finally:
        if bar is not None:
            bar.close()
    if args.rebuild_events:
        store.rebuild_events()
    for line in summary.errors():
        print(line, file=sys.stderr)
    for line in summary.lines():
        print(line)
    print(f"store: {store.path}")
    return 1 if summary.failed else 0
