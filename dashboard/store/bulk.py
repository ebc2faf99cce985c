"""Bulk load of documents and records extracted elsewhere, from Parquet partitions.

An engine (``dashboard.engines``) writes, per partition ``N`` of its input::

    FOLDER/documents/part-N.parquet   DOCUMENT_SCHEMA (text included, plus ``part``)
    FOLDER/records/part-N.parquet     the records table's columns (``ingest.to_arrow``) plus ``part``

:func:`load_parquet` inserts them in one statement per table (DuckDB reads the Parquet files
itself), keeping the first copy of a document that several partitions hold and skipping
documents already stored (an idempotent load, even with two loads at once: the store's
writer lock orders them), then recomputes events like any ingest.
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

from .ingest import DOCUMENT_COLUMNS, document_row, ensure_schema, recompute

_INT_COLUMNS = {"n_records", "dropped_count", "part"}


def document_schema():
    """The Arrow schema of a documents partition: the documents table's columns and ``part``."""
    import pyarrow as pa

    return pa.schema([(c, pa.date32() if c == "published" else pa.int32() if c in _INT_COLUMNS
                       else pa.string()) for c in DOCUMENT_COLUMNS + ["part"]])


def documents_table(docs, counts: dict, part: int):
    """Documents (with their record counts) as one Arrow table for a partition file."""
    import pyarrow as pa

    rows = [{**document_row(d, int(counts.get(d.doc_id, 0))), "part": part} for d in docs]
    return pa.Table.from_pylist(rows, schema=document_schema())


def partition_files(folder: str) -> tuple[list[str], list[str]]:
    """(documents files, records files) under ``folder``, sorted."""
    root = Path(folder)
    return (sorted(str(p) for p in (root / "documents").glob("*.parquet")),
            sorted(str(p) for p in (root / "records").glob("*.parquet")))


def load_parquet(con, folder: str, version: str, saved_by: Optional[str] = None):
    """Insert the partitions under ``folder`` in bulk; returns
    (documents added, documents skipped as stored or repeated, records by type, events)."""
    ensure_schema(con)
    doc_files, rec_files = partition_files(folder)
    if not doc_files:
        return 0, 0, {}, int(con.execute("SELECT count(*) FROM events").fetchone()[0])
    # rows keep the input's order (partition, then row in the file), as the local ingest
    # inserts them: event grouping reads figures in that order
    con.execute("CREATE OR REPLACE TEMP TABLE bulk_docs AS SELECT * FROM ("
                " SELECT *, row_number() OVER (PARTITION BY doc_id ORDER BY part, file_row_number)"
                " AS copy_no FROM read_parquet(?, file_row_number = true)) WHERE copy_no = 1"
                " AND doc_id NOT IN (SELECT doc_id FROM documents)", [doc_files])
    offered = int(con.execute("SELECT count(*) FROM read_parquet(?)", [doc_files]).fetchone()[0])
    added = int(con.execute("SELECT count(*) FROM bulk_docs").fetchone()[0])
    by_type = {}
    if added:
        cols = ", ".join(DOCUMENT_COLUMNS)
        con.execute(f"INSERT INTO documents BY NAME SELECT {cols}, now() AS ingested_at, "
                    "CAST(? AS VARCHAR) AS saved_by FROM bulk_docs ORDER BY part, file_row_number", [saved_by])
        if rec_files:
            con.execute("INSERT INTO records BY NAME SELECT r.* EXCLUDE (part, file_row_number) "
                        "FROM read_parquet(?, file_row_number = true) r "
                        "JOIN bulk_docs d ON r.doc_id = d.doc_id AND r.part = d.part "
                        "ORDER BY r.part, r.file_row_number", [rec_files])
            by_type = {str(t): int(n) for t, n in con.execute(
                "SELECT r.type, count(*) FROM records r JOIN bulk_docs d USING (doc_id) GROUP BY r.type"
            ).fetchall()}
    con.execute("DROP TABLE bulk_docs")
    n_events = recompute(con) if added else int(con.execute("SELECT count(*) FROM events").fetchone()[0])
    if added:
        con.execute("INSERT OR REPLACE INTO meta VALUES ('version', ?)", [version])
    return added, offered - added, by_type, n_events
