"""``python -m dashboard bench ingest [--n 10000]``: ingest a generated corpus, twice.

Prints wall time per phase (read files, extract in a process pool, write + events),
articles per second, peak memory (this process and the largest worker), what the
second, idempotent ingest costs, a few filtered reads, and how well events were matched
against the generator's truth. Figures only: it never fails on a threshold.
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
        print(f"corpus: {n} articles ({size / 1e6:.1f} MB, {n_events} true events) "
              f"generated in {time.perf_counter() - t0:.1f} s")
        store = Store(os.path.join(tmp, "bench.duckdb"))
        cpu0 = _cpu()
        t0 = time.perf_counter()
        first = store.ingest_paths([corpus])
        wall = time.perf_counter() - t0
        cpu = _cpu() - cpu0
        phases = ", ".join(f"{k} {v:.1f} s" for k, v in first.seconds.items())
        print(f"first ingest: {wall:.1f} s = {n / wall:.0f} articles/s ({phases}); "
              f"CPU {cpu:.1f} s over all processes (a shared machine gives less than "
              f"{os.cpu_count()} x wall)")
        for line in first.lines()[:2]:
            print("  " + line)
        print(f"  store file {os.path.getsize(store.path) / 1e6:.1f} MB")
        t0 = time.perf_counter()
        second = store.ingest_paths([corpus])
        wall2 = time.perf_counter() - t0
        print(f"second ingest (same files): {wall2:.2f} s = {wall2 / wall:.1%} of the first; "
              f"added {second.added_documents}, skipped {second.duplicates}")
        print(f"peak memory: this process {_peak_mb(resource.RUSAGE_SELF):.0f} MB, "
              f"largest worker {_peak_mb(resource.RUSAGE_CHILDREN):.0f} MB")
        _reads(store, Filter)
        _matching(store, os.path.join(corpus, "truth.jsonl"))
        store.close()


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
