"""Events rebuilt where new documents touch them, slice by slice, with the events package.

Every write adds to ``pending`` the dates its figures name (and ``doc:<id>`` for a
document with undated figures). :func:`refresh` turns the pending keys into slices of
the store and runs :func:`dashboard.events.build_events` on each slice, replacing the
events, comparisons and record links of exactly the records in it. So the matching rules
stay in ``dashboard/events/`` (change them and the next refresh follows them;
:func:`refresh` with ``everything=True`` re-applies them to the whole store), while
memory stays bounded by the slice size, not the corpus.

A slice:

- **days**: every pending date ±2 days (the rules match figures of the same day or a day
  apart); month and year dates stand for themselves. Sorted days are cut into blocks of
  at most :data:`BLOCK` figures; each block reads its days ±2 more, so no link across a
  block's edge is missed;
- **closure**: every record of an event that any record of the slice belongs to (an
  event is rebuilt whole, or not at all), repeated until nothing is added;
- **undated articles**: an article with undated figures can take the date of any event
  it agrees with. Its candidate dates are found in SQL (dated figures of the same
  category and count in the same country, two categories or more) and it joins the block
  of its best candidate (later blocks keep it where it went, through the closure). An
  undated article with no candidate forms its own undated events.

Each block is one transaction holding the events lock (PostgreSQL: an advisory lock),
so two ingests never rebuild the same events at once; pending keys are deleted by the
transaction that read them, at the end (an interrupted refresh is redone next time).
"""
from __future__ import annotations

import time
import uuid
from datetime import date, timedelta

from .schema import TABLES, cols, q

BLOCK = 30_000        # figures per slice (memory: about 2 KB each while events are built)
MARGIN = 2            # days read around a block
MAX_CLOSURE = 20      # rounds of "every record of the slice's events"
FIGS = "type IN ('casualty', 'weapon')"
FIGURE_COLUMNS = ["type", "doc", "doc_id", "rec_no", "category", "count", "low", "high",
                  "qualifier", "group", "subset", "scope", "role", "model", "origin", "date",
                  "date_precision", "place", "lat", "lon", "country", "admin1", "admin2", "precision",
                  "start", "end", "evidence", "sentence", "claimant", "source", "extra"]


def _shift(day: str, n: int):
    try:
        return (date.fromisoformat(day) + timedelta(days=n)).isoformat()
    except ValueError:
        return None


def _around(keys, margin: int) -> set:
    out = set()
    for k in keys:
        out.add(k)
        if len(k) == 10:
            out.update(d for d in (_shift(k, i) for i in range(-margin, margin + 1)) if d)
    return out


def refresh(w, everything: bool = False) -> dict:
    """Rebuild the events the pending keys touch (all events with ``everything``).
    Returns figures: keys, blocks, rows, seconds."""
    t0 = time.perf_counter()
    pending = w.rows("SELECT key, batch FROM pending")
    if everything:
        keys = {r[0] for r in w.rows(f"SELECT DISTINCT date FROM records WHERE {FIGS} AND date IS NOT NULL")}
        new_docs = {r[0] for r in w.rows(f"SELECT DISTINCT doc_id FROM records WHERE {FIGS} AND date IS NULL")}
    else:
        keys = {k for k, _ in pending if not k.startswith("doc:")}
        new_docs = {k[4:] for k, _ in pending if k.startswith("doc:")}
    if not keys and not new_docs:
        return {"keys": 0, "blocks": 0, "rows": 0, "seconds": 0.0}
    days = _around(keys, MARGIN)
    assigned = _place_undated(w, days, new_docs)
    days |= _around(set(assigned.values()), MARGIN)
    blocks = _blocks(w, sorted(days))
    owner = {}
    for doc_id, day in assigned.items():
        owner[doc_id] = next((i for i, b in enumerate(blocks) if day in b), len(blocks) - 1)
    lonely = sorted(new_docs - set(assigned))
    rows = 0
    for i, block in enumerate(blocks):
        mine = sorted(d for d, b in owner.items() if b == i)
        rows += _rebuild(w, sorted(_around(block, MARGIN)), mine + (lonely if i == len(blocks) - 1 else []))
    if not blocks and lonely:
        rows += _rebuild(w, [], lonely)
    batches = sorted({b for _, b in pending})
    if batches:
        with w.transaction():
            w.temp_keys("done_batches", {"batch": "text"}, [(b,) for b in batches])
            w.execute("DELETE FROM pending WHERE batch IN (SELECT batch FROM done_batches)")
    return {"keys": len(keys) + len(new_docs), "blocks": max(len(blocks), 1 if lonely else 0),
            "rows": rows, "seconds": time.perf_counter() - t0}


def _place_undated(w, days: set, new_docs: set) -> dict:
    """doc_id -> the date of its best candidate event, for undated articles that are new,
    or not yet dated, or dated inside ``days`` (their candidates there may have changed)."""
    w.temp_keys("slice_days", {"key": "text"}, [(d,) for d in sorted(days)])
    w.temp_keys("new_docs", {"doc_id": "text"}, [(d,) for d in sorted(new_docs)])
    undated = (f"SELECT DISTINCT doc_id, category, {q('count')} AS n, country FROM records "
               f"WHERE {FIGS} AND date IS NULL AND {q('count')} IS NOT NULL "
               "AND (scope IS NULL OR scope NOT IN ('war', 'rate'))")
    dated = (f"SELECT DISTINCT doc_id, date, category, {q('count')} AS n, country FROM records "
             f"WHERE {FIGS} AND date IS NOT NULL AND {q('count')} IS NOT NULL "
             "AND (scope IS NULL OR scope NOT IN ('war', 'rate'))")
    match = ("SELECT u.doc_id, d.date, count(DISTINCT u.category) AS score FROM ({u}) u JOIN ({d}) d "
             "ON u.category = d.category AND u.n = d.n AND u.doc_id <> d.doc_id AND "
             "(u.country IS NULL OR d.country IS NULL OR u.country = d.country) "
             "GROUP BY u.doc_id, d.date HAVING count(DISTINCT u.category) >= 2")
    # new undated articles: against every date; older ones still undated (or dated by
    # inference inside these days): against these days only
    settled = ("SELECT doc_id FROM record_events WHERE date_inferred AND date IS NOT NULL "
               "AND date NOT IN (SELECT key FROM slice_days)")
    found = w.rows(match.format(u=undated + " AND doc_id IN (SELECT doc_id FROM new_docs)", d=dated)
                   + " UNION ALL " +
                   match.format(u=undated + f" AND doc_id NOT IN ({settled})",
                                d=dated + " AND date IN (SELECT key FROM slice_days)"))
    best: dict = {}
    for doc_id, day, score in found:
        if doc_id not in best or (score, _neg(day)) > (best[doc_id][0], _neg(best[doc_id][1])):
            best[doc_id] = (score, day)
    return {d: v[1] for d, v in best.items()}


def _neg(day: str) -> tuple:
    return tuple(-ord(c) for c in day)   # earlier dates first on a tie


def _blocks(w, days: list) -> list:
    """Consecutive days in blocks of at most BLOCK figures (a day is never split)."""
    if not days:
        return []
    w.temp_keys("slice_days", {"key": "text"}, [(d,) for d in days])
    counts = dict(w.rows(f"SELECT date, count(*) FROM records WHERE {FIGS} AND date IN "
                         "(SELECT key FROM slice_days) GROUP BY date"))
    blocks, cur, n = [], [], 0
    for d in days:
        c = int(counts.get(d, 0))
        if cur and n + c > BLOCK:
            blocks.append(cur)
            cur, n = [], 0
        cur.append(d)
        n += c
    blocks.append(cur)
    return [b for b in blocks if any(counts.get(d) for d in b)] or [days]


def _rebuild(w, days: list, own: list) -> int:
    """One slice: rebuild its events in one transaction. Returns the figures read.

    Slices overlap (each reads its days ±2), so an event may be rebuilt by two blocks in
    a row: always whole (the closure), so the store is consistent after each one."""
    from ..events import build_events

    with w.transaction():
        w.lock_events()
        w.temp_keys("slice_days", {"key": "text"}, [(d,) for d in days])
        w.temp_keys("own_docs", {"doc_id": "text"}, [(d,) for d in own])
        w.temp_keys("slice_recs", {"doc_id": "text", "rec_no": "int"}, [])
        w.execute(f"INSERT INTO slice_recs SELECT doc_id, rec_no FROM records WHERE {FIGS} AND "
                  "(date IN (SELECT key FROM slice_days) OR "
                  "(date IS NULL AND doc_id IN (SELECT doc_id FROM own_docs))) "
                  "UNION SELECT doc_id, rec_no FROM record_events WHERE date_inferred AND "
                  "date IN (SELECT key FROM slice_days)")
        _close(w)
        figs = w.frame("SELECT " + ", ".join(f"r.{q(c)}" for c in FIGURE_COLUMNS)
                       + " FROM records r JOIN slice_recs s ON s.doc_id = r.doc_id AND s.rec_no = r.rec_no")
        # plain Python strings: the events package reads rows one by one (~12 % faster
        # than through Arrow-backed string columns)
        figs = figs.astype({c: object for c in figs.columns if str(figs[c].dtype) in ("str", "string")})
        docs = w.frame("SELECT doc_id, name, published, published_from, outlet FROM documents "
                       "WHERE doc_id IN (SELECT doc_id FROM slice_recs)")
        w.temp_keys("old_events", {"event_id": "text"}, w.rows(
            "SELECT DISTINCT e.event_id FROM record_events e JOIN slice_recs s ON "
            "s.doc_id = e.doc_id AND s.rec_no = e.rec_no WHERE e.event_id IS NOT NULL"))
        events, comps, recs = build_events(figs, docs)
        link = recs.loc[recs["event_id"].notna() | recs["date_inferred"].astype(bool),
                        cols("record_events")]
        for table in ("events", "comparisons"):
            w.execute(f"DELETE FROM {table} WHERE event_id IN (SELECT event_id FROM old_events)")
        w.execute("DELETE FROM record_events WHERE EXISTS (SELECT 1 FROM slice_recs s WHERE "
                  "s.doc_id = record_events.doc_id AND s.rec_no = record_events.rec_no)")
        for table, df in (("record_events", link), ("events", events), ("comparisons", comps)):
            arrow = frame_to_arrow(df, table)
            w.insert(table, arrow, arrow.column_names)
        return len(figs)


def _close(w) -> None:
    """Add every record of an event the slice touches, until nothing more is added."""
    last = -1
    for _ in range(MAX_CLOSURE):
        n = w.rows("SELECT count(*) FROM slice_recs")[0][0]
        if n == last:
            return
        last = n
        w.execute("INSERT INTO slice_recs SELECT e.doc_id, e.rec_no FROM record_events e WHERE "
                  "e.event_id IN (SELECT x.event_id FROM record_events x JOIN slice_recs s ON "
                  "s.doc_id = x.doc_id AND s.rec_no = x.rec_no WHERE x.event_id IS NOT NULL) "
                  "AND NOT EXISTS (SELECT 1 FROM slice_recs s2 WHERE s2.doc_id = e.doc_id "
                  "AND s2.rec_no = e.rec_no)")


def frame_to_arrow(df, table: str):
    """A frame as an Arrow table typed as the store's ``table`` (missing values: null)."""
    import pyarrow as pa

    kinds = {"text": pa.string(), "bigint": pa.int64(), "int": pa.int32(), "double": pa.float64(),
             "bool": pa.bool_(), "date": pa.date32(), "timestamp": pa.timestamp("us")}
    arrays, names = [], []
    for c, t in TABLES[table]:
        if c not in df.columns:
            continue
        s = df[c]
        if t == "text":
            s = s.map(lambda v: None if v is None or v != v else str(v))
        arrays.append(pa.array(s.astype(object) if t != "text" else s, type=kinds[t], from_pandas=True))
        names.append(c)
    return pa.Table.from_arrays(arrays, names=names)


def rebuild_places(w) -> None:
    """Every distinct place named in the stored articles, with mention counts."""
    w.execute("DELETE FROM places")
    w.execute("INSERT INTO places SELECT name, min(lat), min(lon), country, min(admin1), "
              "min(precision), count(*), count(DISTINCT doc_id) FROM records "
              "WHERE type = 'place' AND name IS NOT NULL GROUP BY name, country")


def new_batch() -> str:
    return uuid.uuid4().hex[:16]
