"""``python -m dashboard bench ingest --engine dask [--n 10000] [--workers 1,2] [--no-compare]``

Generates a corpus (``dashboard.corpus``, seed 7), ingests it with the local engine (for the
comparison) and with a local Dask cluster of each worker count, into fresh stores, and prints
per run: wall time (cluster start, extraction, bulk load), articles/s, extraction CPU per
article, how busy the workers were and how much of the machine's CPU went elsewhere during
extraction, peak memory per worker and of this process; then whether every run stored the same
records (count and checksum) and the throughput of each worker count against one worker.
The load average is printed before and after: the machine is shared, wall times move with it.
Figures only: it never fails on a threshold.
"""
from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path


def _canonical(store):
    """Every stored record as text, one row per (doc_id, rec_no), nulls spelt one way."""
    from ..records import RECORD_FIELDS

    df = store.records_df()
    cols = [c for c in list(RECORD_FIELDS) + ["rec_no", "date_inferred"] if c in df.columns]
    df = df[cols].sort_values(["doc_id", "rec_no"]).reset_index(drop=True)   # event ids are random
    return df.astype(object).where(df.notna(), "<NA>").map(str)


def records_checksum(store) -> tuple[int, str]:
    """(number of records, a checksum of their content) independent of insertion order."""
    import pandas as pd

    df = _canonical(store)
    if df.empty:
        return 0, "0" * 16
    digest = int(pd.util.hash_pandas_object(df, index=False).sum()) & (2 ** 64 - 1)
    return len(df), f"{digest:016x}"


def records_differing(a, b) -> int:
    """How many records of store ``a`` differ in some field from those of store ``b``."""
    x, y = _canonical(a), _canonical(b)
    if len(x) != len(y) or not (x[["doc_id", "rec_no"]].values == y[["doc_id", "rec_no"]].values).all():
        return max(len(x), len(y))
    return int((x != y).any(axis=1).sum())


def _shares(run, workers: int) -> str:
    """Where the extraction phase's cores went: busy workers (the rest is scheduling gaps and
    the last tasks' tail), the CPU their tasks got (the rest: waiting for a core or the disk),
    and the machine's CPU outside the tasks (this process, the scheduler, other programs)."""
    ext = run.seconds["extract"]
    line = (f"extraction phase: workers busy {100 * run.task_seconds / max(1e-9, workers * ext):.0f} % "
            f"of {workers} x {ext:.1f} s; tasks got {100 * run.cpu_seconds / max(1e-9, run.task_seconds):.0f} % "
            f"of a core while running")
    m = run.machine
    if m:
        cores = m["busy"] + m["idle"] + m["steal"]
        line += (f"; machine: {m['busy']:.1f} of {cores:.1f} core-s busy, {max(0.0, m['busy'] - run.cpu_seconds):.1f} "
                 f"outside the tasks (this process, scheduler, other programs), steal {m['steal']:.1f}")
    return line


def _load() -> str:
    one, five, _ = os.getloadavg()
    return f"load average {one:.1f} (1 min), {five:.1f} (5 min) on {os.cpu_count()} cores"


def _local(corpus: str, db: str, n: int) -> dict:
    from ..store import Store

    store = Store(db)
    t0 = time.perf_counter()
    summary = store.ingest_paths([corpus])
    wall = time.perf_counter() - t0
    count, digest = records_checksum(store)
    print(f"local engine (process pool): {wall:.1f} s = {n / wall:.0f} articles/s "
          f"(extract {summary.seconds.get('extract', 0):.1f} s); {summary.events} events; "
          f"records {count}, checksum {digest}")
    return {"count": count, "digest": digest, "events": summary.events, "store": store}


def _dask(corpus: str, db: str, n: int, workers: int) -> dict:
    from ..engines.dask import ingest, peak_mb
    from ..store import Store

    store = Store(db)
    t0 = time.perf_counter()
    run = ingest(store, [corpus], workers=workers)
    wall = time.perf_counter() - t0
    count, digest = records_checksum(store)
    ext = run.seconds["extract"]
    peaks = ", ".join(f"{mb:.0f}" for mb in sorted(run.peak_mb.values()))
    print(f"dask, {workers} worker(s): {wall:.1f} s in all (cluster start {run.seconds['start']:.1f} s, "
          f"extract {ext:.1f} s = {n / ext:.0f} articles/s, bulk load + events "
          f"{run.seconds['load']:.1f} s); extraction CPU {run.cpu_seconds:.1f} s = "
          f"{1000 * run.cpu_seconds / max(1, run.extracted):.2f} ms per article")
    print("  " + _shares(run, workers))
    print(f"  peak memory per worker: {peaks} MB; this process (all runs so far) "
          f"{peak_mb():.0f} MB; "
          f"{run.summary.events} events; records {count}, checksum {digest}")
    again = ingest(store, [corpus], workers=workers)
    print(f"  again (same files): added {again.summary.added_documents}, extracted {again.extracted}, "
          f"skipped {again.summary.duplicates} in {sum(again.seconds.values()):.1f} s")
    return {"count": count, "digest": digest, "events": run.summary.events, "rate": n / ext, "store": store,
            "cpu_ms": 1000 * run.cpu_seconds / max(1, run.extracted)}


def run(args) -> None:
    from ..corpus import generate

    n = getattr(args, "n", None) or 10_000
    workers = [int(w) for w in str(getattr(args, "workers", None) or "1,2").split(",")]
    compare = not getattr(args, "no_compare", False)
    print(_load())
    with tempfile.TemporaryDirectory(prefix="bench-dask-") as tmp:
        corpus = os.path.join(tmp, "corpus")
        t0 = time.perf_counter()
        generate(n, corpus, seed=7)
        size = sum(p.stat().st_size for p in Path(corpus).glob("*.txt"))
        print(f"corpus: {n} generated articles ({size / 1e6:.1f} MB) in {time.perf_counter() - t0:.1f} s")
        results = {}
        if compare:
            results["local"] = _local(corpus, os.path.join(tmp, "local.duckdb"), n)
        for w in workers:
            results[w] = _dask(corpus, os.path.join(tmp, f"dask{w}.duckdb"), n, w)
        same = {(r["count"], r["digest"], r["events"]) for r in results.values()}
        runs = ", ".join(f"{k}: {r['count']} / {r['digest']}" for k, r in results.items())
        print(f"same records in every run: {'yes' if len(same) == 1 else 'NO'} ({runs})")
        first, *rest = results.items()
        for k, r in rest:
            print(f"  records of {k} differing from {first[0]}: {records_differing(r['store'], first[1]['store'])}"
                  f" of {r['count']}; events {r['events']} vs {first[1]['events']}")
        base = results.get(workers[0])
        for w in workers[1:]:
            print(f"throughput {w} workers / {workers[0]}: {results[w]['rate'] / base['rate']:.2f}x "
                  f"(extraction phase, wall); CPU per article {results[w]['cpu_ms']:.2f} ms against "
                  f"{base['cpu_ms']:.2f} ms")
    print(_load())
