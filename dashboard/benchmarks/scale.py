"""Bigger stores for page benchmarks, made from a real one by replication in SQL.

``scale_store(src, dst, factor)`` copies every table of ``src`` ``factor`` times into a new
DuckDB file ``dst``, suffixing ids (``doc_id``, ``event_id``) with the copy number and
moving each copy's dates back by 3 days per copy, so a 10,000-article store (~180k records) becomes
a 1 M-record one in seconds, with the same shape (events per place, sources per event,
sentences) as real ingests. Only for benchmarks: nothing here is extracted again.
"""
from __future__ import annotations

import os

TABLES = ("documents", "records", "record_events", "events", "comparisons")


def _shift(col: str, k: str) -> str:
    """A 'YYYY-MM-DD' text column moved back by ``k`` * 3 days (months and years kept)."""
    return (f"CASE WHEN {col} IS NULL OR length({col}) <> 10 THEN {col} ELSE "
            f"CAST(CAST({col} AS DATE) - CAST({k} * 3 AS INTEGER) AS VARCHAR) END")


def scale_store(src: str, dst: str, factor: int) -> None:
    import duckdb

    from ..store.ingest import ensure_schema

    if os.path.exists(dst):
        os.remove(dst)
    con = duckdb.connect(dst)
    ensure_schema(con)
    con.execute("ATTACH ? AS src (READ_ONLY)", [src])
    con.execute(f"CREATE TEMP TABLE k AS SELECT range AS k FROM range({int(factor)})")
    sfx = "CASE WHEN k.k = 0 THEN '' ELSE '-' || CAST(k.k AS VARCHAR) END"
    con.execute("INSERT INTO documents BY NAME SELECT t.* REPLACE (doc_id || " + sfx + " AS doc_id, "
                "CAST(published - CAST(k.k * 3 AS INTEGER) AS DATE) AS published) FROM src.documents t, k")
    con.execute("INSERT INTO records BY NAME SELECT t.* REPLACE (doc_id || " + sfx + " AS doc_id, "
                + _shift("date", "k.k") + " AS date) FROM src.records t, k")
    con.execute("INSERT INTO record_events BY NAME SELECT t.* REPLACE (doc_id || " + sfx + " AS doc_id, "
                "event_id || " + sfx + " AS event_id, " + _shift("date", "k.k") + " AS date) "
                "FROM src.record_events t, k")
    con.execute("INSERT INTO events BY NAME SELECT t.* REPLACE (event_id || " + sfx + " AS event_id, "
                + _shift("date", "k.k") + " AS date) FROM src.events t, k")
    con.execute("INSERT INTO comparisons BY NAME SELECT t.* REPLACE (event_id || " + sfx + " AS event_id, "
                "doc_id || " + sfx + " AS doc_id) FROM src.comparisons t, k")
    con.execute("INSERT INTO places SELECT * FROM src.places")
    con.execute("INSERT OR REPLACE INTO meta VALUES ('version', ?)", [f"scaled-{factor}"])
    con.execute("DETACH src")
    con.execute("CHECKPOINT")
    con.close()
