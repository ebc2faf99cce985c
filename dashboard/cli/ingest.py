"""``python -m dashboard ingest PATH|URL...``: add articles to the store.

Files, folders (searched recursively for .txt, .md, .html), globs and web addresses
(http/https: fetched politely and read like a reader, see docs/web.md). Every input is
answered: added, "duplicate of X" (the same text under another name), already stored, or
why it failed (on standard error). Articles already in the store are skipped before
extraction (ingest is idempotent); a bad input never stops the rest; the exit code is 1
when any input failed.
"""
from __future__ import annotations

import re
import sys

from .export import add_db_arg

EXAMPLE = ("examples: python -m dashboard ingest ../shared/seeds ../shared/eval/dev/texts/*.txt ; "
           "python -m dashboard ingest https://www.example.org/news/article-1")


def register(sub):
    p = sub.add_parser("ingest", help="add articles (files, folders, globs, web addresses) to the store",
                       description=__doc__.split("\n\n")[1].replace("\n", " "), epilog=EXAMPLE)
    p.add_argument("paths", nargs="+", metavar="PATH", help="file, folder, glob or http(s) address")
    add_db_arg(p)
    from .feeds import add_fetch_args

    add_fetch_args(p)
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.add_argument("--rebuild-events", action="store_true",
                   help="afterwards, re-apply the event rules to the whole store")
    p.add_argument("--engine", choices=["local", "dask"], default="local",
                   help="local: a process pool here (default); dask: a Dask cluster (docs/scale.md)")
    p.add_argument("--scheduler", metavar="ADDRESS", default=None,
                   help="with --engine dask: a running scheduler (tcp://host:8786); default: a local cluster")
    p.add_argument("--workers", type=int, default=2, help="with --engine dask and no scheduler: worker processes")
    p.add_argument("--parquet-dir", metavar="DIR", default=None,
                   help="with --engine dask: keep the Parquet partitions here (default: a temporary folder)")
    p.set_defaults(func=run)


def _inputs(args, urls: list, paths: list):
    """(input name, document or None, error or None) for every address, then every path."""
    from ..documents import load_many

    if urls:
        from ..web.fetch import fetch_urls
        from .feeds import fetcher_from

        docs, failed = fetch_urls(urls, fetcher_from(args))
        for name, reason in failed:
            yield name, None, reason
        for d in docs:
            yield d.url or d.name, d, None
    for p, doc, err in load_many(paths):
        yield str(p), doc, err


def run(args) -> int:
    from ..documents import expand_paths
    from ..store import Store

    store = Store(args.db)
    if getattr(store, "note", None):
        print(f"note: {store.note}", file=sys.stderr)
    urls = [p for p in args.paths if re.match(r"(?i)https?://", p)]
    paths = [p for p in args.paths if p not in urls]
    if args.engine == "dask":
        if urls:
            print(f"{urls[0]}: --engine dask reads files, folders and globs; ingest web addresses "
                  "with the local engine", file=sys.stderr)
            return 1
        from ..engines.dask import run_cli

        return run_cli(args, store)
    total = len(urls) + sum(1 for _ in expand_paths(paths))
    bar = None
    if not args.no_progress and total:
        from tqdm import tqdm

        bar = tqdm(total=total, unit="doc", desc="ingest", file=sys.stderr)
    try:
        summary = store.ingest_inputs(_inputs(args, urls, paths), total=total,
                                      progress=bar.update if bar else None)
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
