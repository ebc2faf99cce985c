"""The store's tables as data, one DDL per backend, and versioned migrations.

Every table is a list of ``(column, logical type)``; :func:`create_sql` spells it for
DuckDB or PostgreSQL. ``meta`` keeps ``schema_version``; :func:`migrate` brings any older
store up to :data:`VERSION`, step by step, each step idempotent:

====  ======================================================================================
1     the first store (documents, records, record_events, events, comparisons, places)
2     ``documents.url/published_at/language``, ``records.claimant/admin2``
3     ``pending``: event keys (dates) whose events must be rebuilt, written in the same
      transaction as the documents that need it (an interrupted ingest resumes from it);
      ``comparisons.claimant``; ``documents.reader/dropped_count/dropped`` and the feed
      tables (``feeds``, ``feed_entries``) of web pages; indexes for the event slices
      (PostgreSQL)
4     ``documents.saved_by``: who saved a document (the signed-in analyst; ``local`` in the
      app's single-user mode; NULL from the command line); ``ingested_at`` says when
====  ======================================================================================

A store made before versions were recorded has no ``schema_version``: it is read as
version 1 and every step is applied (they add only what is missing).

A new ``Record`` field needs a new step here: ``tests/test_store_schema.py`` fails until
the records table has a column for every field.
"""
from __future__ import annotations

from ..records import RECORD_FIELDS

VERSION = 4

_INT = {"start", "end", "sent_start", "count", "low", "high"}
_FLOAT = {"confidence", "lat", "lon"}
_BOOL = {"subset"}


def _record_type(name: str) -> str:
    return ("bigint" if name in _INT else "double" if name in _FLOAT
            else "bool" if name in _BOOL else "text")


RECORD_COLUMNS = [(c, _record_type(c)) for c in RECORD_FIELDS] + [("rec_no", "int"),
                                                                    ("extra", "text")]
DOCUMENT_COLUMNS = [("doc_id", "text"), ("name", "text"), ("title", "text"), ("published", "date"),
                    ("published_from", "text"), ("outlet", "text"), ("fmt", "text"),
                    ("path", "text"), ("text", "text"), ("n_records", "int"),
                    ("ingested_at", "timestamp"), ("url", "text"), ("published_at", "text"),
                    ("language", "text"), ("reader", "text"), ("dropped_count", "int"),
                    ("dropped", "text"), ("saved_by", "text")]
TABLES = {
    "meta": [("key", "text"), ("value", "text")],
    "documents": DOCUMENT_COLUMNS,
    "records": RECORD_COLUMNS,
    "record_events": [("doc_id", "text"), ("rec_no", "int"), ("event_id", "text"),
                      ("date", "text"), ("date_precision", "text"), ("date_inferred", "bool")],
    "events": [("event_id", "text"), ("date", "text"), ("date_precision", "text"),
               ("date_inferred", "bool"), ("place", "text"), ("lat", "double"), ("lon", "double"),
               ("precision", "text"), ("country", "text"), ("admin1", "text"), ("kind", "text"),
               ("title", "text"), ("n_sources", "int"), ("sources", "text"),
               ("killed_low", "bigint"), ("killed_best", "bigint"), ("killed_high", "bigint"),
               ("injured_low", "bigint"), ("injured_best", "bigint"), ("injured_high", "bigint"),
               ("missing_best", "bigint"), ("missiles_best", "bigint"), ("drones_best", "bigint"),
               ("shot_down_best", "bigint"), ("weapons", "text"), ("disagreement", "bool")],
    "comparisons": [("event_id", "text"), ("figure", "text"), ("doc_id", "text"), ("doc", "text"),
                    ("outlet", "text"), ("published", "text"), ("count", "bigint"),
                    ("low", "bigint"), ("high", "bigint"), ("qualifier", "text"),
                    ("evidence", "text"), ("sentence", "text"), ("start", "bigint"),
                    ("end", "bigint"), ("mentions", "int"), ("combined_low", "bigint"),
                    ("combined_best", "bigint"), ("combined_high", "bigint"),
                    ("consistent", "bool"), ("note", "text"), ("claimant", "text")],
    "places": [("name", "text"), ("lat", "double"), ("lon", "double"), ("country", "text"),
               ("admin1", "text"), ("precision", "text"), ("mentions", "bigint"),
               ("documents", "bigint")],
    "pending": [("key", "text"), ("batch", "text")],
    # feed polling (store/feeds.py): which feeds, and what each entry became
    "feeds": [("url", "text"), ("title", "text"), ("added_at", "text"), ("etag", "text"),
              ("last_modified", "text"), ("polled_at", "text"), ("status", "text")],
    "feed_entries": [("feed_url", "text"), ("entry_id", "text"), ("url", "text"), ("title", "text"),
                     ("published_at", "text"), ("status", "text"), ("reason", "text"),
                     ("doc_id", "text"), ("attempts", "int"), ("seen_at", "text")],
}
PRIMARY_KEYS = {"meta": ("key",), "documents": ("doc_id",), "feeds": ("url",),
                "feed_entries": ("feed_url", "entry_id")}
TYPES = {"duckdb": {"text": "VARCHAR", "bigint": "BIGINT", "int": "INTEGER", "double": "DOUBLE",
                    "bool": "BOOLEAN", "date": "DATE", "timestamp": "TIMESTAMP"},
         "postgresql": {"text": "TEXT", "bigint": "BIGINT", "int": "INTEGER",
                        "double": "DOUBLE PRECISION", "bool": "BOOLEAN", "date": "DATE",
                        "timestamp": "TIMESTAMP"}}
# PostgreSQL reads slices of big tables by key; DuckDB scans its columns faster than it
# keeps an index (its indexes live in memory)
INDEXES = {"postgresql": [
    "CREATE INDEX IF NOT EXISTS records_doc ON records (doc_id, rec_no)",
    "CREATE INDEX IF NOT EXISTS records_date ON records (date) WHERE type IN ('casualty', 'weapon')",
    "CREATE INDEX IF NOT EXISTS record_events_rec ON record_events (doc_id, rec_no)",
    "CREATE INDEX IF NOT EXISTS record_events_event ON record_events (event_id)",
    "CREATE INDEX IF NOT EXISTS record_events_date ON record_events (date)",
    "CREATE INDEX IF NOT EXISTS events_id ON events (event_id)",
    "CREATE INDEX IF NOT EXISTS comparisons_event ON comparisons (event_id)",
]}


def q(name: str) -> str:
    """A column name quoted for SQL (``end``, ``count``, ``group`` are key words)."""
    return f'"{name}"'


def cols(table: str, exclude=()) -> list[str]:
    return [c for c, _ in TABLES[table] if c not in exclude]


def create_sql(table: str, dialect: str) -> str:
    types = TYPES[dialect]
    parts = [f"{q(c)} {types[t]}" for c, t in TABLES[table]]
    if table in PRIMARY_KEYS:
        parts.append(f"PRIMARY KEY ({', '.join(q(c) for c in PRIMARY_KEYS[table])})")
    return f"CREATE TABLE IF NOT EXISTS {table} ({', '.join(parts)})"


def add_column_sql(table: str, column: str, dialect: str) -> str:
    kind = dict(TABLES[table])[column]
    return f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS {q(column)} {TYPES[dialect][kind]}"


def view_sql() -> list[str]:
    """``records_v``: records with their event, inferred date and article's metadata."""
    plain = ", ".join(f"r.{q(c)}" for c in cols("records", ("date", "date_precision", "extra")))
    return ["DROP VIEW IF EXISTS records_v",
            "CREATE VIEW records_v AS SELECT " + plain + ", "
            "CASE WHEN e.date_inferred THEN e.date ELSE r.date END AS date, "
            "CASE WHEN e.date_inferred THEN e.date_precision ELSE r.date_precision END "
            "AS date_precision, e.event_id, coalesce(e.date_inferred, false) AS date_inferred, "
            "d.published, d.outlet, d.title, d.url, d.published_at, r.extra "
            "FROM records r LEFT JOIN record_events e ON e.doc_id = r.doc_id AND e.rec_no = r.rec_no "
            "LEFT JOIN documents d ON d.doc_id = r.doc_id"]


def _step(version: int, dialect: str) -> list[str]:
    """The statements that bring a store from ``version - 1`` to ``version``."""
    if version == 2:
        return [add_column_sql("documents", c, dialect) for c in ("url", "published_at", "language")] \
            + [add_column_sql("records", c, dialect) for c in ("claimant", "admin2")]
    if version == 3:
        return [create_sql(t, dialect) for t in ("pending", "feeds", "feed_entries")] \
            + [add_column_sql("comparisons", "claimant", dialect)] \
            + [add_column_sql("documents", c, dialect) for c in ("reader", "dropped_count", "dropped")] \
            + INDEXES.get(dialect, [])
    if version == 4:
        return [add_column_sql("documents", "saved_by", dialect)]
    raise ValueError(f"no migration to schema version {version}")


def current_version(tables: set, meta: dict) -> int:
    """The schema version of a store: 0 when it has no tables yet."""
    if "documents" not in tables:
        return 0
    return int(meta.get("schema_version") or 1)


def migration_plan(version: int, dialect: str) -> list[str]:
    """Every statement to run, in order, for a store at ``version`` (0: a new store)."""
    if version == 0:
        stmts = [create_sql(t, dialect) for t in TABLES] + INDEXES.get(dialect, [])
    else:
        # a missing table of the first schema (a half-made store) is created first
        stmts = [create_sql(t, dialect) for t in TABLES if t not in ("pending", "feeds", "feed_entries")]
        for v in range(version + 1, VERSION + 1):
            stmts += _step(v, dialect)
    return stmts + view_sql() + [
        "INSERT INTO meta VALUES ('schema_version', '%d') ON CONFLICT (key) DO UPDATE "
        "SET value = excluded.value" % VERSION]
