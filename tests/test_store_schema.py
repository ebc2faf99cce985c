"""Versioned schema: a store made by an older version upgrades in place, on both backends."""
from __future__ import annotations

from datetime import date

import pytest

from dashboard.records import RECORD_FIELDS
from dashboard.store import Store
from dashboard.store.schema import VERSION, cols, create_sql
from test_store import DOCS, doc, fake_extract

OLD_FIELDS = [f for f in RECORD_FIELDS if f not in ("claimant", "admin2")]
_INT = {"start", "end", "sent_start", "count", "low", "high"}


def _old_type(c):
    return ("BIGINT" if c in _INT else "DOUBLE PRECISION" if c in ("confidence", "lat", "lon")
            else "BOOLEAN" if c == "subset" else "VARCHAR")


# the first store's schema, as the code before schema versions wrote it (no schema_version)
V1 = ["CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR)",
      "CREATE TABLE documents (doc_id VARCHAR PRIMARY KEY, name VARCHAR, title VARCHAR, "
      "published DATE, published_from VARCHAR, outlet VARCHAR, fmt VARCHAR, path VARCHAR, "
      "text VARCHAR, n_records INTEGER, ingested_at TIMESTAMP)",
      "CREATE TABLE records (" + ", ".join(f'"{c}" {_old_type(c)}' for c in OLD_FIELDS)
      + ", rec_no INTEGER, extra VARCHAR)",
      "CREATE TABLE record_events (doc_id VARCHAR, rec_no INTEGER, event_id VARCHAR, date VARCHAR, "
      "date_precision VARCHAR, date_inferred BOOLEAN)",
      # events and comparisons have not changed since
      create_sql("events", "postgresql").replace("TEXT", "VARCHAR"),
      create_sql("comparisons", "postgresql").replace("TEXT", "VARCHAR"),
      "CREATE TABLE places (name VARCHAR, lat DOUBLE PRECISION, lon DOUBLE PRECISION, "
      "country VARCHAR, admin1 VARCHAR, precision VARCHAR, mentions BIGINT, documents BIGINT)",
      "INSERT INTO meta VALUES ('version', 'old')",
      "INSERT INTO documents VALUES ('old1', 'old.txt', 'Old', DATE '2025-04-24', 'text', 'Old Outlet', "
      "'txt', NULL, 'Old\nkilled 12 Kyiv 2025-04-24', 1, NULL)",
      "INSERT INTO records (type, doc, doc_id, category, \"count\", qualifier, date, date_precision, "
      "place, lat, lon, country, admin1, precision, scope, evidence, sentence, rec_no) VALUES "
      "('casualty', 'old.txt', 'old1', 'killed', 12, 'exact', '2025-04-24', 'day', 'Kyiv', 50.45, "
      "30.52, 'UA', 'Kyiv City', 'city', 'event', 'killed 12 Kyiv 2025-04-24', "
      "'killed 12 Kyiv 2025-04-24', 0)"]


def _make_v1(kind, tmp_path, request):
    if kind == "postgresql":
        import psycopg
        url = request.getfixturevalue("pg_url")
        with psycopg.connect(url, autocommit=True) as con:
            for stmt in V1:
                con.execute(stmt)
        return url
    import duckdb
    path = str(tmp_path / "old.duckdb")
    con = duckdb.connect(path)
    for stmt in V1:
        con.execute(stmt.replace("DOUBLE PRECISION", "DOUBLE"))
    con.close()
    return path


@pytest.mark.parametrize("kind", ["duckdb", "postgresql"])
def test_a_store_of_the_first_schema_upgrades(kind, tmp_path, request):
    location = _make_v1(kind, tmp_path, request)
    store = Store(location)
    assert store._b.rows("SELECT value FROM meta WHERE key = 'schema_version'") == [(str(VERSION),)]
    old = store.document("old1")
    assert old.text.startswith("Old") and old.url is None and old.language is None
    recs = store.records_df()
    assert len(recs) == 1 and {"claimant", "admin2", "event_id"} <= set(recs.columns)
    # the upgraded store takes new documents (with the new columns) and builds their events,
    # the old article's figure included
    store.ingest([doc("new.txt", "New\nkilled 12 Kyiv 2025-04-24", date(2025, 4, 24), "New Outlet")],
                 extractor=fake_extract)
    store.rebuild_events()
    events = store.events_df()
    assert len(events) == 1 and events.iloc[0].n_sources == 2
    assert store.count_documents() == 2
    store.close()
    again = Store(location)   # opening it again changes nothing
    assert again.count_documents() == 2 and len(again.events_df()) == 1
    again.close()


def test_the_records_table_has_a_column_for_every_record_field():
    """A new Record field needs a migration step in dashboard/store/schema.py."""
    assert cols("records") == list(RECORD_FIELDS) + ["rec_no", "extra"]


@pytest.mark.parametrize("kind", ["duckdb", "postgresql"])
def test_a_fresh_and_an_upgraded_store_have_the_same_columns(kind, tmp_path, request):
    old = Store(_make_v1(kind, tmp_path, request))
    fresh = Store(request.getfixturevalue("pg_server").create_db("fresh_cols") if kind == "postgresql"
                  else str(tmp_path / "fresh.duckdb"))
    fresh.ingest(DOCS[:1], extractor=fake_extract)
    for table in ("documents", "records", "events", "comparisons", "pending"):
        q = f"SELECT * FROM {table} WHERE 1 = 0"
        assert sorted(old._query(q).columns) == sorted(fresh._query(q).columns), table
