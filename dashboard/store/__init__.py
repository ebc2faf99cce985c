"""The embedded store: documents, records, places and events in one DuckDB file.

Why DuckDB: one file and no server (like SQLite), but columnar and vectorised, so the
app's filtered reads over a million records take milliseconds, and pandas frames go in
and out in bulk. Its one limit shapes the design: a database file has one writer
process, and while a process holds it open for writing no other process may open it.

So the writer never opens the live file. An ingest (under a lock file, one writer at a
time) copies the live file to ``<name>.tmp-<pid>``, writes there in one transaction,
checkpoints, closes, and ``os.replace``-s it over the live file. That makes ingest
*atomic* (a failure deletes the copy; the live file never changed) and lets readers
keep reading throughout: a reader opens the live file read-only and keeps that
connection until the file is swapped (it checks the inode before each query), so it
sees either the old content or the new, never half an ingest. ``:memory:`` stores (tests,
a browser session's uploads) use one connection and a transaction instead.

Ingest is *idempotent*: a document's id is the hash of its text, and documents already
stored are skipped before extraction, so ingesting the same files again adds nothing.
"""
from __future__ import annotations

import json
import os
import threading
import time
import uuid
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterable, Optional

from ..filters import Filter
from ..paths import writable_store_path
from ..records import Document
from .files import StoreError, open_reader, stamp, swap_writer
from .ingest import IngestSummary, ensure_schema, extract_all, load_paths, write_batch

__all__ = ["Store", "StoreError", "IngestSummary", "DEFAULT_PATH", "SAMPLE_DIR"]

DEFAULT_PATH = "data/dashboard.duckdb"
SAMPLE_DIR = Path(__file__).resolve().parents[2] / "assets" / "sample"


class Store:
    """Documents, records and events in DuckDB. ``Store(":memory:")`` for tests."""

    def __init__(self, path: Optional[str] = None):
        self.note = None   # set when the default place was read-only (see dashboard.paths)
        if not (path or os.environ.get("DASHBOARD_DB")):
            path, self.note = writable_store_path(DEFAULT_PATH)
        path = path or os.environ.get("DASHBOARD_DB")
        self.memory = path == ":memory:"
        self.path = path if self.memory else str(Path(path).resolve())
        self._lock = threading.RLock()
        self._con = None
        self._stamp = None
        if self.memory:
            import duckdb

            self._con = duckdb.connect(":memory:")
            ensure_schema(self._con)

    def __repr__(self) -> str:
        return f"Store({self.path!r})"

    # -- reading -------------------------------------------------------------------------
    @contextmanager
    def _read(self):
        """A cursor on the current content, or None when the store file does not exist."""
        with self._lock:
            if not self.memory:
                self._refresh()
            con = self._con
            cur = con.cursor() if con is not None else None
            if cur is not None and not self.memory:
                cur.execute("USE live")
        try:
            yield cur
        finally:
            if cur is not None:
                cur.close()

    def _refresh(self) -> None:
        """(Re)open the live file read-only when it appeared or was swapped."""
        now = stamp(self.path)
        if now is not None and now == self._stamp and self._con is not None:
            return
        # drop, do not close, the old connection: another thread may still be reading
        # through a cursor of it; it closes itself when the last cursor is gone
        self._con, self._stamp = None, None
        if now is not None:
            self._con, self._stamp = open_reader(self.path), now

    def close(self) -> None:
        with self._lock:
            if self._con is not None:
                self._con.close()
                self._con = None

    def _query(self, sql: str, params=()):
        import pandas as pd

        with self._read() as cur:
            if cur is None:
                return pd.DataFrame()
            return cur.execute(sql, list(params)).df()

    def version(self) -> str:
        """Changes whenever the content changes: a cache key for the app."""
        df = self._query("SELECT value FROM meta WHERE key = 'version'")
        return str(df.value.iloc[0]) if len(df) else "empty"

    def count_documents(self) -> int:
        df = self._query("SELECT count(*) AS n FROM documents")
        return int(df.n.iloc[0]) if len(df) else 0

    def records_df(self, flt: Optional[Filter] = None):
        """Records passing ``flt``, with event_id, published, outlet and title."""
        where, params = (flt or Filter()).to_sql("r")
        df = self._query(f"SELECT * FROM records_v r WHERE {where} ORDER BY doc_id, rec_no", params)
        return _empty("records") if df.empty and not len(df.columns) else df

    def events_df(self, flt: Optional[Filter] = None):
        """Events with at least one record passing ``flt`` (all events when none is set)."""
        df = self._query("SELECT * FROM events e WHERE " + self._event_where(flt)[0]
                         + " ORDER BY date NULLS LAST, place", self._event_where(flt)[1])
        return _empty("events") if df.empty and not len(df.columns) else df

    def comparisons_df(self, flt: Optional[Filter] = None):
        """One row per (event, figure, source article) for the events passing ``flt``."""
        where, params = self._event_where(flt)
        df = self._query("SELECT c.* FROM comparisons c JOIN events e USING (event_id) WHERE "
                         + where + " ORDER BY c.event_id, c.figure, c.published NULLS LAST, c.doc",
                         params)
        return _empty("comparisons") if df.empty and not len(df.columns) else df

    def _event_where(self, flt):
        flt = flt or Filter()
        if flt.is_empty():
            return "TRUE", []
        where, params = flt.to_sql("r")
        return (f"e.event_id IN (SELECT event_id FROM records_v r WHERE event_id IS NOT NULL "
                f"AND {where})"), params

    def documents_df(self, flt: Optional[Filter] = None):
        """Articles (without their text) that have a record passing ``flt``."""
        flt = flt or Filter()
        where, params = flt.to_sql("r")
        cond = "TRUE" if flt.is_empty() else \
            f"d.doc_id IN (SELECT doc_id FROM records_v r WHERE {where})"
        df = self._query("SELECT d.* EXCLUDE (text) FROM documents d WHERE " + cond
                         + " ORDER BY published NULLS LAST, name", params)
        return _empty("documents") if df.empty and not len(df.columns) else df

    def places_df(self):
        """Every distinct place named in the stored articles, with mention counts."""
        df = self._query("SELECT * FROM places ORDER BY documents DESC, name")
        return df if len(df.columns) else _empty("places")

    def document(self, doc_id: str) -> Optional[Document]:
        """The stored article (with its text), or None."""
        df = self._query("SELECT * FROM documents WHERE doc_id = ?", [doc_id])
        if df.empty:
            return None
        row = df.iloc[0]
        pub = row["published"]
        return Document(doc_id=row["doc_id"], name=row["name"], text=row["text"],
                        title=row["title"] or "", published=None if pub is None or pub != pub
                        else pub.date() if hasattr(pub, "date") else pub,
                        published_from=row["published_from"], source=row["outlet"],
                        fmt=row["fmt"] or "txt", path=row["path"], url=_opt(row.get("url")),
                        published_at=_opt(row.get("published_at")), language=_opt(row.get("language")),
                        reader=_opt(row.get("reader")), dropped_count=int(_opt(row.get("dropped_count")) or 0),
                        dropped=tuple(json.loads(row["dropped"])) if _opt(row.get("dropped")) else ())

    def options(self) -> dict:
        """Every value the filters can take, for the sidebar's widgets."""
        out = {"date_min": None, "date_max": None, "countries": [], "admin1": [], "places": [],
               "sources": [], "types": [], "categories": [], "weapons": []}
        with self._read() as cur:
            if cur is None:
                return out
            dmin, dmax = cur.execute(
                "SELECT min(d), max(d) FROM (SELECT coalesce(nullif(date, ''), "
                "CAST(published AS VARCHAR)) AS d FROM records_v) WHERE d IS NOT NULL").fetchone()
            from ..filters import parse_date

            out["date_min"], out["date_max"] = parse_date(dmin), parse_date(dmax)

            def distinct(expr, where="TRUE"):
                return [r[0] for r in cur.execute(
                    f"SELECT DISTINCT {expr} AS v FROM records_v WHERE {where} AND {expr} IS NOT NULL "
                    "ORDER BY v").fetchall()]
            out["countries"] = distinct("country")
            out["admin1"] = distinct("admin1")
            out["places"] = distinct("coalesce(place, CASE WHEN type = 'place' THEN name END)")
            out["sources"] = sorted(set(distinct("outlet")) | set(distinct("doc")))
            out["types"] = distinct("type")
            out["categories"] = distinct("category")
            out["weapons"] = sorted(set(distinct("category", "type = 'weapon'"))
                                    | set(distinct("model", "type = 'weapon'")))
        return out

    # -- feeds (what to poll, what each entry became: see store/feeds.py) ------------------
    def feeds(self) -> list[dict]:
        """Every feed with its polling state and counts of stored, failed, waiting entries."""
        from . import feeds

        return self._rows("feeds", feeds.FEEDS_QUERY)

    def feed_entries(self, url: str) -> list[dict]:
        """The entries seen in one feed so far (status stored, failed, retry or pending)."""
        from . import feeds

        return self._rows("feed_entries", feeds.ENTRIES_QUERY, [url])

    def add_feed(self, url: str, title: Optional[str] = None) -> bool:
        """Add a feed to poll; False when it is there already."""
        from . import feeds

        return self._write_state(lambda con: feeds.add(con, url, title, _now()))

    def remove_feed(self, url: str) -> bool:
        """Stop polling a feed and forget its entries (stored articles stay); False if unknown."""
        from . import feeds

        return self._write_state(lambda con: feeds.remove(con, url))

    def save_feed_poll(self, feeds_: list[dict], entries: list[dict]) -> None:
        """Record one poll: the feeds' new state and what each entry became, all at once."""
        from . import feeds

        if feeds_ or entries:
            self._write_state(lambda con: feeds.save_poll(con, feeds_, entries) or True)

    def _rows(self, table: str, sql: str, params=()) -> list[dict]:
        with self._read() as cur:
            if cur is None or not cur.execute(
                    "SELECT count(*) FROM information_schema.tables WHERE table_name = ?",
                    [table]).fetchone()[0]:
                return []
            cur.execute(sql, list(params))
            cols = [d[0] for d in cur.description]
            return [dict(zip(cols, r)) for r in cur.fetchall()]

    def _write_state(self, change) -> bool:
        """Run ``change(con)`` in one transaction; the store changes only if it returns True."""
        with self._writer() as (con, _, state):
            con.begin()
            done = bool(change(con))
            con.commit()
            if done:
                state["changed"] = True
        return done

    # -- writing -------------------------------------------------------------------------
    def ingest(self, docs: Iterable[Document], progress: Optional[Callable[[int], None]] = None,
               extractor=None, failed=None, saved_by: Optional[str] = None) -> IngestSummary:
        """Add new documents (and their records), then recompute events. All or nothing.
        ``saved_by`` names who saved them (kept in ``documents.saved_by``)."""
        docs = list(docs)
        summary = IngestSummary(failed=list(failed or []))
        stored = self._doc_ids()
        if all(d.doc_id in stored for d in docs):   # nothing new: no lock, no copy
            summary.duplicates = len(docs)
            if progress and docs:
                progress(len(docs))
            summary.events = self._count_events()
            return summary
        with self._writer() as (con, existing, state):
            new, seen = [], set(existing)
            for d in docs:
                if d.doc_id in seen:
                    summary.duplicates += 1
                else:
                    seen.add(d.doc_id)
                    new.append(d)
            if progress and summary.duplicates:
                progress(summary.duplicates)
            t0 = time.perf_counter()
            records, errors, new = extract_all(new, extractor, progress) if new else ([], [], [])
            summary.seconds["extract"] = time.perf_counter() - t0
            summary.failed.extend(errors)
            if not new:
                summary.events = int(con.execute("SELECT count(*) FROM events").fetchone()[0])
                return summary
            t0 = time.perf_counter()
            con.begin()
            summary.records_by_type, summary.events = write_batch(
                con, new, records, uuid.uuid4().hex[:12], saved_by=saved_by)
            con.commit()
            summary.seconds["write"] = time.perf_counter() - t0
            summary.added_documents = len(new)
            state["changed"] = True
        return summary

    def ingest_parquet(self, folder: str, saved_by: Optional[str] = None,
                       failed=None) -> IngestSummary:
        """Load documents and records extracted elsewhere (Parquet partitions under ``folder``,
        see :mod:`dashboard.store.bulk`) in bulk, then recompute events. All or nothing;
        documents already stored are skipped, so loading the same partitions twice adds nothing."""
        from .bulk import load_parquet

        summary = IngestSummary(failed=list(failed or []))
        t0 = time.perf_counter()
        with self._writer() as (con, existing, state):
            con.begin()
            summary.added_documents, summary.duplicates, summary.records_by_type, summary.events = \
                load_parquet(con, folder, uuid.uuid4().hex[:12], saved_by=saved_by)
            con.commit()
            state["changed"] = state.get("changed") or bool(summary.added_documents)
        summary.seconds["write"] = time.perf_counter() - t0
        return summary

    def doc_ids(self) -> set:
        """The ids of every stored document (to skip them before extraction)."""
        return self._doc_ids()

    def _doc_ids(self) -> set:
        with self._read() as cur:
            if cur is None:
                return set()
            return {r[0] for r in cur.execute("SELECT doc_id FROM documents").fetchall()}

    def _count_events(self) -> int:
        df = self._query("SELECT count(*) AS n FROM events")
        return int(df.n.iloc[0]) if len(df) else 0

    def ingest_paths(self, paths: list[str], progress=None, extractor=None) -> IngestSummary:
        """Ingest files, folders and globs; unreadable files are reported, not raised."""
        t0 = time.perf_counter()
        docs, failed = load_paths(paths)
        load = time.perf_counter() - t0
        summary = self.ingest(docs, progress=progress, extractor=extractor, failed=failed)
        summary.seconds = {"load": load, **summary.seconds}
        return summary

    def ensure_sample(self) -> Optional[IngestSummary]:
        """Ingest the sample articles (``assets/sample/``) when the store holds none."""
        if self.count_documents() > 0:
            return None
        return self.ingest_paths([str(SAMPLE_DIR)])

    @contextmanager
    def _writer(self):
        """(connection, doc ids already stored) on a private copy, swapped in on success."""
        if self.memory:
            import duckdb

            with self._lock:
                existing = {r[0] for r in self._con.execute("SELECT doc_id FROM documents").fetchall()}
                try:
                    yield self._con, existing, {}
                except BaseException:
                    try:
                        self._con.rollback()
                    except duckdb.TransactionException:
                        pass   # the failure came before the transaction began
                    raise
            return
        with swap_writer(self.path, ensure_schema) as (con, state):
            existing = {r[0] for r in con.execute("SELECT doc_id FROM documents").fetchall()}
            yield con, existing, state
        with self._lock:
            self._refresh()


def _opt(v):
    """None for a missing value (None, NaN, NA) read back from a frame."""
    try:
        return None if v is None or v != v else v
    except (TypeError, ValueError):
        return None


def _now() -> str:
    from datetime import datetime, timezone

    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _empty(kind: str):
    """An empty frame with the columns of ``kind`` (for a store with no file yet)."""
    import pandas as pd

    from ..events import COMPARISON_COLUMNS, EVENT_COLUMNS
    from ..records import RECORD_FIELDS

    cols = {"records": list(RECORD_FIELDS) + ["rec_no", "event_id", "date_inferred", "published",
                                              "outlet", "title", "url", "published_at"],
            "events": EVENT_COLUMNS, "comparisons": COMPARISON_COLUMNS,
            "places": ["name", "lat", "lon", "country", "admin1", "precision", "mentions",
                       "documents"],
            "documents": ["doc_id", "name", "title", "published", "published_from", "outlet",
                          "fmt", "path", "n_records", "url", "published_at", "language", "reader",
                          "dropped_count", "dropped", "ingested_at", "saved_by"]}[kind]
    return pd.DataFrame(columns=cols)
