"""The store's write path: schema, parallel extraction, bulk inserts, event recompute.

Extraction runs in a pool of worker processes in chunks of documents; each worker sends
back plain tuples. Records go
into DuckDB as one pandas frame per batch, never row by row. After every ingest the
events are recomputed over all stored figures with :func:`dashboard.events.build_events`.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from typing import Callable, Optional

from ..records import RECORD_FIELDS, Document

_INT = {"start", "end", "sent_start", "count", "low", "high"}
_FLOAT = {"confidence", "lat", "lon"}
_BOOL = {"subset"}
COLUMNS = list(RECORD_FIELDS) + ["rec_no", "extra"]
CHUNK = 50          # documents per task sent to a worker
PARALLEL_FROM = 200  # below this many documents, extract in this process
# what event building reads of a figure
FIGURE_COLUMNS = ["type", "doc", "doc_id", "rec_no", "category", "count", "low", "high",
                  "qualifier", "group", "subset", "scope", "role", "model", "origin", "date",
                  "date_precision", "place", "lat", "lon", "country", "admin1", "precision",
                  "start", "end", "evidence", "sentence", "claimant", "source", "extra"]


def _sql_type(name: str) -> str:
    return ("BIGINT" if name in _INT else "DOUBLE" if name in _FLOAT
            else "BOOLEAN" if name in _BOOL else "VARCHAR")


SCHEMA = [
    "CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)",
    "CREATE TABLE IF NOT EXISTS documents (doc_id VARCHAR PRIMARY KEY, name VARCHAR, "
    "title VARCHAR, published DATE, published_from VARCHAR, outlet VARCHAR, fmt VARCHAR, "
    "path VARCHAR, text VARCHAR, n_records INTEGER, ingested_at TIMESTAMP, url VARCHAR, "
    "published_at VARCHAR, language VARCHAR)",
    # columns added after the table's first version (a store file from before gains them);
    # saved_by: who saved the document (the signed-in analyst, "local" in the app's
    # single-user mode, NULL from the command line), ingested_at says when
    *[f"ALTER TABLE documents ADD COLUMN IF NOT EXISTS {c}" for c in (
        "url VARCHAR", "published_at VARCHAR", "language VARCHAR", "reader VARCHAR",
        "dropped_count INTEGER", "dropped VARCHAR", "saved_by VARCHAR")],
    "CREATE TABLE IF NOT EXISTS records ("
    + ", ".join(f'"{c}" {_sql_type(c)}' for c in RECORD_FIELDS) + ", rec_no INTEGER, extra VARCHAR)",
    "CREATE TABLE IF NOT EXISTS record_events (doc_id VARCHAR, rec_no INTEGER, event_id VARCHAR, "
    "date VARCHAR, date_precision VARCHAR, date_inferred BOOLEAN)",
    "CREATE TABLE IF NOT EXISTS events (event_id VARCHAR, date VARCHAR, date_precision VARCHAR, "
    "date_inferred BOOLEAN, place VARCHAR, lat DOUBLE, lon DOUBLE, precision VARCHAR, "
    "country VARCHAR, admin1 VARCHAR, kind VARCHAR, title VARCHAR, n_sources INTEGER, "
    "sources VARCHAR, killed_low BIGINT, killed_best BIGINT, killed_high BIGINT, "
    "injured_low BIGINT, injured_best BIGINT, injured_high BIGINT, missing_best BIGINT, "
    "missiles_best BIGINT, drones_best BIGINT, shot_down_best BIGINT, weapons VARCHAR, "
    "disagreement BOOLEAN)",
    "CREATE TABLE IF NOT EXISTS comparisons (event_id VARCHAR, figure VARCHAR, doc_id VARCHAR, "
    "doc VARCHAR, outlet VARCHAR, published VARCHAR, count BIGINT, low BIGINT, high BIGINT, "
    "qualifier VARCHAR, evidence VARCHAR, sentence VARCHAR, start BIGINT, \"end\" BIGINT, "
    "mentions INTEGER, combined_low BIGINT, combined_best BIGINT, combined_high BIGINT, "
    "consistent BOOLEAN, note VARCHAR, claimant VARCHAR)",
    "CREATE TABLE IF NOT EXISTS places (name VARCHAR, lat DOUBLE, lon DOUBLE, country VARCHAR, "
    "admin1 VARCHAR, precision VARCHAR, mentions BIGINT, documents BIGINT)",
    "CREATE OR REPLACE VIEW records_v AS SELECT r.* EXCLUDE (date, date_precision, extra), "
    "CASE WHEN e.date_inferred THEN e.date ELSE r.date END AS date, "
    "CASE WHEN e.date_inferred THEN e.date_precision ELSE r.date_precision END AS date_precision, "
    "e.event_id, coalesce(e.date_inferred, false) AS date_inferred, "
    "d.published, d.outlet, d.title, d.url, d.published_at, r.extra "
    "FROM records r LEFT JOIN record_events e ON e.doc_id = r.doc_id AND e.rec_no = r.rec_no "
    "LEFT JOIN documents d ON d.doc_id = r.doc_id",
]


@dataclass
class IngestSummary:
    """What an ingest did: added, skipped as already stored, failed (name, reason)."""

    added_documents: int = 0
    duplicates: int = 0
    failed: list = field(default_factory=list)
    records_by_type: dict = field(default_factory=dict)
    events: int = 0
    seconds: dict = field(default_factory=dict)   # load, extract, write (events included)

    def lines(self) -> list[str]:
        """The summary as short lines for the command line."""
        out = [f"added {self.added_documents} documents, skipped {self.duplicates} already stored, "
               f"{len(self.failed)} failed; {self.events} events in the store"]
        if self.records_by_type:
            out.append("records: " + ", ".join(f"{k} {v}" for k, v in sorted(self.records_by_type.items())))
        out += [f"failed: {name}: {reason}" for name, reason in self.failed]
        return out


def ensure_schema(con) -> None:
    from . import feeds

    for stmt in SCHEMA:
        con.execute(stmt)
    feeds.ensure(con)


def load_paths(paths) -> tuple[list[Document], list[tuple[str, str]]]:
    """Documents from files, folders and globs, and (name, reason) for each failure."""
    from ..documents import load_many

    docs, failed = [], []
    for path, doc, err in load_many(paths):
        if doc is not None:
            docs.append(doc)
        else:
            failed.append((path.name, err.reason if hasattr(err, "reason") else str(err)))
    return docs, failed


# -- extraction -------------------------------------------------------------------------
_EXTRACTOR: Optional[Callable] = None


def _default_extractor():
    """``extract_batch`` when the extractor offers it, else ``extract_document`` per doc."""
    from .. import extract

    batch = getattr(extract, "extract_batch", None)
    if batch is not None:
        return batch
    return _per_document


def _per_document(docs):
    from ..extract import extract_document

    return {d.doc_id: extract_document(d) for d in docs}


def _rows(doc: Document, records) -> list[tuple]:
    out = []
    for i, rec in enumerate(records):
        d = rec.to_dict()
        d["doc"], d["doc_id"] = d.get("doc") or doc.name, doc.doc_id
        extra = d.get("extra")
        out.append(tuple(d.get(c) for c in RECORD_FIELDS)
                   + (i, json.dumps(extra, default=str) if extra else None))
    return out


def _unpack(doc: Document, value) -> tuple[Document, list]:
    """``extract_batch`` gives (document, records) (the document may have gained an
    inferred publication date); a plain extractor gives records."""
    if isinstance(value, tuple):
        return value[0], value[1]
    return doc, value or []


def _arrow_schema():
    import pyarrow as pa

    kinds = {"BIGINT": pa.int64(), "DOUBLE": pa.float64(), "BOOLEAN": pa.bool_(),
             "VARCHAR": pa.string()}
    return pa.schema([(c, kinds[_sql_type(c)]) for c in RECORD_FIELDS]
                     + [("rec_no", pa.int32()), ("extra", pa.string())])


def to_arrow(rows: list[tuple]):
    """Rows as one Arrow table: compact to send between processes and read by DuckDB."""
    import pyarrow as pa

    schema = _arrow_schema()
    cols = list(zip(*rows)) if rows else [()] * len(schema)
    arrays = []
    for f, col in zip(schema, cols):
        if pa.types.is_string(f.type):
            col = [None if v is None else str(v) for v in col]
        arrays.append(pa.array(col, type=f.type))
    return pa.Table.from_arrays(arrays, schema=schema)


def _extract_chunk(docs: list[Document]):
    """(Arrow table of records, errors, documents) for one chunk; a failing chunk is
    retried one document at a time."""
    try:
        result = _EXTRACTOR(docs)
        pairs = [_unpack(d, result.get(d.doc_id)) for d in docs]
        rows = [r for d, recs in pairs for r in _rows(d, recs)]
        return to_arrow(rows), [], [d for d, _ in pairs]
    except Exception:  # noqa: BLE001 - find which document fails, report it, keep the rest
        rows, errors, out = [], [], []
        for d in docs:
            try:
                d2, recs = _unpack(d, _EXTRACTOR([d]).get(d.doc_id))
                rows.extend(_rows(d2, recs))
                out.append(d2)
            except Exception as e:  # noqa: BLE001
                errors.append((d.name, f"extraction failed: {type(e).__name__}: {e}"))
        return to_arrow(rows), errors, out


def extract_all(docs: list[Document], extractor=None, progress=None, workers=None):
    """(Arrow table of every record, errors, documents), in a process pool for big batches.

    ``extractor(docs) -> {doc_id: [Record] or (Document, [Record])}``; default: the
    project's ``extract_batch``. Documents come back as the extractor returned them.
    """
    global _EXTRACTOR
    _EXTRACTOR = extractor or _default_extractor()
    chunks = [docs[i:i + CHUNK] for i in range(0, len(docs), CHUNK)]
    workers = workers or min(os.cpu_count() or 1, 4)
    tables, errors, out = [], [], []
    if len(docs) < PARALLEL_FROM or workers < 2 or extractor is not None:
        results = map(_extract_chunk, chunks)
        pool = None
    else:
        import multiprocessing as mp

        # each worker loads the gazetteer itself (about a second, in parallel); loading it
        # here first to share it would keep a few hundred MB in this process for nothing
        pool = mp.get_context("fork").Pool(workers)
        results = pool.imap(_extract_chunk, chunks)
    try:
        for chunk, (r, e, d) in zip(chunks, results):
            tables.append(r)
            errors.extend(e)
            out.extend(d)
            if progress:
                progress(len(chunk))
    finally:
        if pool is not None:
            pool.close()
            pool.join()
    import pyarrow as pa

    return (pa.concat_tables(tables) if tables else to_arrow([])), errors, out


# -- writing ----------------------------------------------------------------------------
DOCUMENT_COLUMNS = ["doc_id", "name", "title", "published", "published_from", "outlet", "fmt", "path",
                    "text", "n_records", "url", "published_at", "language", "reader", "dropped_count",
                    "dropped"]


def document_row(d: Document, n_records: int) -> dict:
    """A document as a row of the documents table (ingested_at and saved_by come at insert)."""
    return {"doc_id": d.doc_id, "name": d.name, "title": d.title, "published": d.published,
            "published_from": d.published_from, "outlet": d.source, "fmt": d.fmt, "path": d.path,
            "text": d.text, "n_records": n_records, "url": d.url, "published_at": d.published_at,
            "language": d.language, "reader": d.reader, "dropped_count": d.dropped_count,
            "dropped": json.dumps(list(d.dropped), ensure_ascii=False) if d.dropped else None}


def write_batch(con, docs: list[Document], table, version: str, saved_by: Optional[str] = None):
    """Insert documents and records (an Arrow table) in bulk, recompute events.

    Returns (records added by type, number of events).
    """
    import pandas as pd
    import pyarrow.compute as pc

    ensure_schema(con)
    counts = {}
    if table.num_rows:
        vc = pc.value_counts(table["doc_id"])
        counts = dict(zip(vc.field("values").to_pylist(), vc.field("counts").to_pylist()))
    ddf = pd.DataFrame([document_row(d, int(counts.get(d.doc_id, 0))) for d in docs],
                       columns=DOCUMENT_COLUMNS)
    ddf["published"] = pd.to_datetime(ddf["published"])
    ddf["saved_by"] = pd.Series([saved_by] * len(ddf), dtype=object)
    con.register("new_docs", ddf)
    con.execute("INSERT INTO documents BY NAME SELECT *, now() AS ingested_at FROM new_docs")
    con.unregister("new_docs")
    by_type = {}
    if table.num_rows:
        con.register("new_recs", table)
        con.execute("INSERT INTO records BY NAME SELECT * FROM new_recs")
        con.unregister("new_recs")
        vc = pc.value_counts(table["type"])
        by_type = dict(zip(vc.field("values").to_pylist(), vc.field("counts").to_pylist()))
    del ddf
    n_events = recompute(con)
    con.execute("INSERT OR REPLACE INTO meta VALUES ('version', ?)", [version])
    return {str(k): int(v) for k, v in by_type.items()}, n_events


def recompute(con) -> int:
    """Rebuild events, comparisons, record_events and places from everything stored."""
    from ..events import build_events

    cols = ", ".join(f'"{c}"' for c in FIGURE_COLUMNS)
    figs = con.execute(f"SELECT {cols} FROM records WHERE type IN ('casualty', 'weapon')").df()
    docs = con.execute("SELECT doc_id, name, published, published_from, outlet FROM documents").df()
    events, comps, recs = build_events(figs, docs)
    link = recs.loc[recs["event_id"].notna() | recs["date_inferred"].astype(bool),
                    ["doc_id", "rec_no", "event_id", "date", "date_precision", "date_inferred"]]
    for table, df in (("record_events", link), ("events", events), ("comparisons", comps)):
        con.execute(f"DELETE FROM {table}")
        if len(df):
            con.register("frame", df)
            con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM frame")
            con.unregister("frame")
    con.execute("DELETE FROM places")
    con.execute("INSERT INTO places SELECT name, any_value(lat), any_value(lon), country, "
                "any_value(admin1), any_value(precision), count(*), count(DISTINCT doc_id) "
                "FROM records WHERE type = 'place' AND name IS NOT NULL GROUP BY name, country")
    return len(events)
