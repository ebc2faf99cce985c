"""``python -m dashboard bench ingest [--n 10000] [--db URL]``: ingest a generated corpus, twice.

Prints ms per article (wall and CPU over the ingesting process and its workers), the CPU
ratio to a floor measured in the same run (extraction alone, one process, on the first
300 articles), the phases (extract, write, events), peak memory (this process and the
largest worker), what the second, idempotent ingest costs, a few filtered reads, and
how well events were matched against the generator's truth. ``--db`` takes an empty
PostgreSQL database (``postgresql://...``) instead of a new DuckDB file. Figures only:
it never fails on a threshold.
"""
from __future__ import annotations

import json
import os
import resource
import tempfile
import time
from pathlib import Path


def _peak_mb(who) -> float:
    return resource.getrusage(who).ru_maxrss / 1024.0   # Linux reports KiB


def _cpu() -> float:
    """CPU seconds used by this process and its finished children (the workers)."""
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def run(args) -> None:
    from ..corpus import generate
    from ..filters import Filter
    from ..store import Store

    if getattr(args, "engine", "local") == "dask":
        from .ingest_dask import run as run_dask

        return run_dask(args)
    n = getattr(args, "n", None) or 10_000
    with tempfile.TemporaryDirectory(prefix="bench-ingest-") as tmp:
        corpus = os.path.join(tmp, "corpus")
        t0 = time.perf_counter()
        n_events = generate(n, corpus, seed=7)
        size = sum(p.stat().st_size for p in Path(corpus).glob("*.txt"))
        print(f"corpus: {n} generated articles ({size / 1e6:.1f} MB, {n_events} true events) "
              f"in {time.perf_counter() - t0:.1f} s")
        floor = _in_child(_floor, corpus)   # its gazetteer would count in this process's peak
        store = Store(getattr(args, "db", None) or os.path.join(tmp, "bench.duckdb"))
        if store.count_documents():
            print(f"{store.path} is not empty: give an empty database")
            return
        cpu0 = _cpu()
        t0 = time.perf_counter()
        first = store.ingest_paths([corpus])
        wall = time.perf_counter() - t0
        cpu = _cpu() - cpu0
        phases = ", ".join(f"{k} {v:.1f} s" for k, v in first.seconds.items() if k != "event_slices")
        print(f"first ingest ({store.backend}): {wall / n * 1000:.2f} ms/article wall "
              f"({n / wall:.0f} articles/s), {cpu / n * 1000:.2f} ms/article CPU over all processes"
              f" = {cpu / n / floor:.2f}x the floor ({floor * 1000:.2f} ms/article: extraction "
              f"alone, one process); {phases}; events in {first.seconds.get('event_slices', 0)} slices")
        for line in first.lines()[:2]:
            print("  " + line)
        if store.backend == "duckdb":
            print(f"  store file {os.path.getsize(store.path) / 1e6:.1f} MB")
        peak_self, peak_worker = _peak_mb(resource.RUSAGE_SELF), _peak_mb(resource.RUSAGE_CHILDREN)
        print(f"peak memory: this process {peak_self:.0f} MB, largest worker {peak_worker:.0f} MB")
        t0 = time.perf_counter()
        second = store.ingest_paths([corpus])
        wall2 = time.perf_counter() - t0
        print(f"second ingest (same files): {wall2:.2f} s = {wall2 / wall:.1%} of the first; "
              f"added {second.added_documents}, skipped {second.duplicates}")
        _reads(store, Filter)
        _matching(store, os.path.join(corpus, "truth.jsonl"))
        store.close()


def _in_child(fn, *args):
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(1, mp_context=mp.get_context("fork")) as pool:
        return pool.submit(fn, *args).result()


def _floor(corpus: str, k: int = 300) -> float:
    """CPU seconds per article of extraction alone, in this process, on ``k`` articles."""
    from ..documents import load_many
    from ..extract import extract_batch

    docs = [d for _, d, _ in load_many(sorted(str(p) for p in Path(corpus).glob("*.txt"))[:k]) if d]
    extract_batch(docs[:5])   # the gazetteer loaded before timing
    t0 = time.process_time()
    extract_batch(docs)
    return (time.process_time() - t0) / max(1, len(docs))


def _reads(store, Filter) -> None:
    opts = store.options()
    flt = Filter(countries=tuple(opts["countries"][:1]), types=("casualty",))
    for name, call in (("events_df()", lambda: store.events_df()),
                       ("records_df(country, casualty)", lambda: store.records_df(flt)),
                       ("events_df(country, casualty)", lambda: store.events_df(flt)),
                       ("comparisons_df()", lambda: store.comparisons_df())):
        times = []
        for _ in range(3):
            t0 = time.perf_counter()
            rows = len(call())
            times.append(time.perf_counter() - t0)
        print(f"read {name}: {rows} rows, best of 3 {min(times) * 1000:.0f} ms")


def _matching(store, truth_path: str) -> None:
    """Events found vs the generator's truth: purity and how often a true event is split."""
    import pandas as pd

    with open(truth_path, encoding="utf-8") as f:
        truth = pd.DataFrame([json.loads(line) for line in f])
    recs = store.records_df(None)
    figs = recs[recs["type"].isin(["casualty", "weapon"]) & recs["event_id"].notna()]
    if figs.empty:
        print("matching: no figures were extracted")
        return
    if "dated" not in truth:
        truth["dated"] = True
    m = figs.merge(truth[["doc", "event", "date", "background", "dated"]].rename(columns={"date": "tdate"}),
                   on="doc")
    # a figure dated away from its article's event belongs to the background event it recalls
    near = m["date"].fillna(m["tdate"]).str[:7] == m["tdate"].str[:7]
    m["truth"] = m["event"].where(near, m["background"].fillna("other"))
    purity = m.groupby("event_id")["truth"].agg(lambda s: s.value_counts().iloc[0] / len(s)).mean()
    main = m[near]
    split = main.groupby("event")["event_id"].nunique()
    multi = truth.groupby("event")["doc"].nunique()
    multi = multi[multi > 1].index
    joined = split.reindex(multi).dropna()
    undated = m[~m["dated"] & near & m["date"].notna()]
    if "dated" in truth and (~truth["dated"]).any():
        right = (undated["date"].str[:10] == undated["tdate"]).mean() if len(undated) else 0.0
        n_undated = int((~truth["dated"]).sum())
        print(f"undated articles: {n_undated}; {undated['doc'].nunique()} got an inferred date "
              f"for their event, {right:.1%} of those figures on the right day")
    print(f"matching: {recs['event_id'].nunique()} events found for {truth['event'].nunique()} "
          f"true events (+{truth['background'].nunique()} recalled in background); purity "
          f"{purity:.1%}; of {len(multi)} events told by 2+ articles, "
          f"{(joined == 1).mean():.1%} became exactly one event")
