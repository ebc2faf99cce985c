"""``python -m dashboard ingest PATH|URL...``: add articles to the store.

Files, folders (searched recursively for .txt, .md, .html), globs and web addresses
(http/https: fetched politely and read like a reader, see docs/web.md). Articles already
in the store are skipped (ingest is idempotent); a file or page that cannot be read is
reported with the reason and never stops the rest; the store changes all at once or not
at all.
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
    urls = [p for p in args.paths if re.match(r"(?i)https?://", p)]
    if args.engine == "dask":
        if urls:
            print(f"{urls[0]}: --engine dask reads files, folders and globs; ingest web addresses "
                  "with the local engine", file=sys.stderr)
            return 1
        from ..engines.dask import run_cli

        return run_cli(args, store)
    docs, failed = load_paths([p for p in args.paths if p not in urls])
    if urls:
        from ..web.fetch import fetch_urls
        from .feeds import fetcher_from

        more, bad = fetch_urls(urls, fetcher_from(args))
        docs, failed = docs + more, failed + bad
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
