"""``python -m dashboard bench pages [--records 10000,100000,1000000]``: each page's
server-side work (store queries + figures, exactly what ``dashboard.views`` gives the app)
in CPU time, unfiltered and for one country, beside a DuckDB filter floor measured in the
same run.

The stores: a base store ingested from generated articles (``dashboard.corpus``, about 18
records an article), then replicated in SQL (:func:`dashboard.benchmarks.scale.scale_store`)
to each size. ``$DASHBOARD_BENCH_PAGES_DIR`` keeps them between runs.

CPU time (``time.process_time``: every thread of this process, DuckDB's included), best of
three after a warm-up, so a loaded machine does not lie. Bars (issue 15): at 1 M records,
< 300 ms unfiltered and < 100 ms for one country.
"""
from __future__ import annotations

import os
import tempfile
import time

RECORDS_PER_ARTICLE = 18
BASE = "http://127.0.0.1/app/static/basemap"


def _cpu(fn, rounds: int = 3) -> float:
    fn()
    best = float("inf")
    for _ in range(rounds):
        t = time.process_time()
        fn()
        best = min(best, time.process_time() - t)
    return best * 1000


def _stores(sizes: list[int], folder: str) -> dict:
    from ..store import Store
    from .scale import scale_store

    base_n = max(200, min(min(sizes), 10_000) // RECORDS_PER_ARTICLE)
    base = os.path.join(folder, f"base-{base_n}.duckdb")
    if not os.path.exists(base):
        from ..corpus import generate
        corpus = os.path.join(folder, f"corpus-{base_n}")
        generate(base_n, corpus)
        Store(base).ingest_paths([corpus])
    have = Store(base)._query("SELECT count(*) AS n FROM records", []).n.iloc[0]
    out = {}
    for size in sizes:
        factor = max(1, round(size / have))
        path = os.path.join(folder, f"x{factor}.duckdb")
        if not os.path.exists(path):
            scale_store(base, path, factor)
        out[size] = path
    return out


def page_times(store, flt) -> dict:
    """CPU ms of every page's view for one filter."""
    from .. import views

    kyiv = store.events(flt, order="toll", limit=1, evidence=False)
    event_id = kyiv["event_id"].iloc[0] if len(kyiv) else None
    return {"overview": _cpu(lambda: views.overview(store, flt)),
            "map": _cpu(lambda: views.map_view(store, flt, BASE)),
            "timeline": _cpu(lambda: views.timeline_view(store, flt, "week")),
            "comparisons": _cpu(lambda: views.comparisons_view(store, flt)),
            "event dossier": _cpu(lambda: views.event_view(store, event_id, BASE)) if event_id else float("nan"),
            "records": _cpu(lambda: views.records_view(store, flt)),
            "articles": _cpu(lambda: views.documents_view(store, flt)),
            "filter options": _cpu(lambda: store.options())}


def floor(store, country: str) -> float:
    """The DuckDB filter floor: one country's figure records counted and summed, to a frame."""
    return _cpu(lambda: store._query("SELECT count(*) AS n, sum(count) AS s FROM records "
                                     "WHERE country = ? AND type IN ('casualty', 'weapon')", [country]))


def run(args) -> None:
    from ..filters import Filter
    from ..store import Store

    sizes = [int(x) for x in (getattr(args, "records", None) or "10000,100000,1000000").split(",")]
    folder = os.environ.get("DASHBOARD_BENCH_PAGES_DIR")
    tmp = None
    if not folder:
        tmp = tempfile.TemporaryDirectory(prefix="bench-pages-")
        folder = tmp.name
    os.makedirs(folder, exist_ok=True)
    try:
        stores = _stores(sizes, folder)
        for size, path in stores.items():
            store = Store(path)
            n = store._query("SELECT count(*) AS n FROM records", []).n.iloc[0]
            countries = store._query("SELECT country, count(*) AS n FROM events WHERE country IS NOT NULL "
                                     "GROUP BY 1 ORDER BY 2 DESC", [])
            one = str(countries["country"].iloc[1] if len(countries) > 1 else countries["country"].iloc[0])
            fl = floor(store, one)
            print(f"  {n:,} records, {store.count_events():,} events (CPU ms, best of 3; floor: DuckDB "
                  f"filter of one country {fl:.1f} ms)")
            rows = {"all": page_times(store, Filter()), f"country={one}": page_times(store, Filter(countries=(one,)))}
            print(f"    {'page':<16}" + "".join(f"{k:>22}" for k in rows))
            for page in rows["all"]:
                cells = "".join(f"{rows[k][page]:>12.1f} ({rows[k][page] / fl:>5.1f}x)" for k in rows)
                print(f"    {page:<16}{cells}")
            store.close()
    finally:
        if tmp is not None:
            tmp.cleanup()
