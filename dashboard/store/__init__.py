"""The store: documents, records, places and events behind one interface, two backends.

``Store(location)`` picks the backend from one setting (the argument, else
``$DASHBOARD_DB``, else ``data/dashboard.duckdb``):

- a file path (or ``:memory:``): embedded **DuckDB** (:mod:`.duck`), one file and no
  server, columnar, so filtered reads over a million records take milliseconds; one
  writer at a time, readers keep reading while it writes (it writes a copy and swaps it);
- ``postgresql://user:password@host:port/db``: a shared **PostgreSQL** (:mod:`.pg`), for a
  team's hosted app whose disk does not last; many writers and readers at once.

The same schema (:mod:`.schema`, versioned migrations for both) and the same SQL serve
both. Nothing outside this package writes SQL against the tables: pages, the CLI and
benchmarks call the methods below.

Ingest (:mod:`.pipeline`) streams: every input is answered (added, "duplicate of X",
already stored, or failed with the reason), new documents are extracted in worker
processes and written per chunk, one bad document never loses the others, and the
events the new documents touch are rebuilt slice by slice (:mod:`.refresh`). It is
idempotent (a document's id is the hash of its text; stored ones are skipped before
extraction) and atomic per document (a document lands with all its records or not at
all; on DuckDB the whole run lands at once).
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Callable, Iterable, Mapping, Optional

from ..filters import Filter
from ..records import Document
from . import queries
from .faults import StoreError
from .ingest import IngestSummary
from .schema import VERSION, cols

__all__ = ["Store", "StoreError", "IngestSummary", "DEFAULT_PATH", "SAMPLE_DIR", "resolve_location"]

DEFAULT_PATH = "data/dashboard.duckdb"
SAMPLE_DIR = Path(__file__).resolve().parents[2] / "assets" / "sample"
DOC_LIST_COLUMNS = cols("documents", ("text",))


def resolve_location(location: Optional[str] = None, secrets: Optional[Mapping] = None) -> str:
    """Where the store is: ``location``, else ``$DASHBOARD_DB``, else Streamlit secrets'
    ``[connections.dashboard]`` (``url = "postgresql://..."``, or ``dialect``, ``host``,
    ``port``, ``database``, ``username``, ``password`` as ``st.connection`` takes them),
    else ``data/dashboard.duckdb``."""
    if location:
        return location
    if os.environ.get("DASHBOARD_DB"):
        return os.environ["DASHBOARD_DB"]
    conn = None
    if secrets:
        c = secrets.get("connections") or {}
        conn = c.get("dashboard") or c.get("postgresql")
    if conn:
        if conn.get("url"):
            return str(conn["url"])
        from urllib.parse import quote

        user = quote(str(conn.get("username", "")), safe="")
        pw = f":{quote(str(conn['password']), safe='')}" if conn.get("password") else ""
        auth = f"{user}{pw}@" if user else ""
        port = f":{conn['port']}" if conn.get("port") else ""
        return f"postgresql://{auth}{conn.get('host', 'localhost')}{port}/{conn.get('database', '')}"
    return DEFAULT_PATH


class Store:
    """Documents, records and events. ``Store(":memory:")`` for tests.

    ``must_exist=True`` (read commands) raises :class:`StoreError` naming the file when
    a DuckDB store file is missing, instead of reading an empty store.
    """

    def __init__(self, location: Optional[str] = None, must_exist: bool = False):
        from .pg import PgBackend, is_url

        self.note = None   # set when the default place was read-only (see dashboard.paths)
        if location in (None, "", DEFAULT_PATH) and resolve_location(location) == DEFAULT_PATH:
            from ..paths import writable_store_path

            location, self.note = writable_store_path(DEFAULT_PATH)
        location = resolve_location(location)
        if is_url(location):
            self._b = PgBackend(location)
        else:
            from .duck import DuckBackend

            if must_exist and location != ":memory:" and not os.path.exists(location):
                raise StoreError(f"{location}: no store here; ingest articles first "
                                 f"(python -m dashboard ingest --db {location} FILES), "
                                 "or give the right --db")
            self._b = DuckBackend(location)
            self._upgrade()
        self.path = self._b.location
        self.memory = getattr(self._b, "memory", False)
        self.backend = self._b.dialect

    def __repr__(self) -> str:
        return f"Store({self.path!r})"

    def _upgrade(self) -> None:
        """An existing DuckDB file of an older schema is migrated (copy, migrate, swap)."""
        if self._b.memory or not self._b.exists():
            return
        try:
            rows = self._b.rows("SELECT value FROM meta WHERE key = 'schema_version'")
        except StoreError:
            raise
        except Exception:   # noqa: BLE001 - a half-made store without meta: migrate it
            rows = None
        if rows and int(rows[0][0]) >= VERSION:
            return
        try:
            with self._b.writer():
                pass   # the writer migrates its copy; the swap makes it live
        except StoreError as e:
            # a store on a read-only disk is still read as it is (the views of every
            # version give the same columns); writing it says why it cannot
            import logging
            logging.getLogger(__name__).warning("%s; reading it as it is", e)

    # -- reading -------------------------------------------------------------------------
    def _query(self, sql: str, params=()):
        import pandas as pd

        df = self._b.frame(sql, params)
        return pd.DataFrame() if df is None else df

    def exists(self) -> bool:
        return self._b.exists()

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
        where, params = self._event_where(flt)
        df = self._query("SELECT * FROM events e WHERE " + where
                         + " ORDER BY date NULLS LAST, place, event_id", params)
        return _empty("events") if df.empty and not len(df.columns) else df

    def comparisons_df(self, flt: Optional[Filter] = None):
        """One row per (event, figure, source article) for the events passing ``flt``."""
        where, params = self._event_where(flt)
        df = self._query("SELECT c.* FROM comparisons c JOIN events e ON e.event_id = c.event_id "
                         "WHERE " + where + " ORDER BY c.event_id, c.figure, c.published NULLS LAST, "
                         "c.doc", params)
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
        df = self._query("SELECT " + ", ".join(f'd."{c}"' for c in DOC_LIST_COLUMNS)
                         + " FROM documents d WHERE " + cond
                         + " ORDER BY published NULLS LAST, name", params)
        return _empty("documents") if df.empty and not len(df.columns) else df

    def places_df(self):
        """Every distinct place named in the stored articles, with mention counts."""
        df = self._query("SELECT * FROM places ORDER BY documents DESC, name")
        return df if len(df.columns) else _empty("places")

    def places_named(self, flt: Optional[Filter] = None):
        """Distinct geocoded places named by the place records passing ``flt`` (name, lat,
        lon, precision, mentions): what a map of places needs, aggregated in SQL."""
        from dataclasses import replace

        flt = flt or Filter()
        types = tuple(t for t in ("place",) if not flt.types or t in flt.types) or ("__none__",)
        where, params = replace(flt, types=types).to_sql("r")
        df = self._query("SELECT name, min(lat) AS lat, min(lon) AS lon, min(precision) AS precision, "
                         f"count(*) AS mentions FROM records_v r WHERE lat IS NOT NULL AND {where} "
                         "GROUP BY name ORDER BY name", params)
        return df if len(df.columns) else _empty("places_named")

    def document(self, doc_id: str) -> Optional[Document]:
        """The stored article (with its text), or None."""
        df = self._query("SELECT * FROM documents WHERE doc_id = ?", [doc_id])
        if df.empty:
            return None
        import json

        row = df.iloc[0]
        pub = row["published"]

        def opt(name):
            return _opt(row.get(name))
        return Document(doc_id=row["doc_id"], name=row["name"], text=row["text"],
                        title=row["title"] or "", published=None if pub is None or pub != pub
                        else pub.date() if hasattr(pub, "date") else pub,
                        published_from=opt("published_from"), source=opt("outlet"),
                        fmt=row["fmt"] or "txt", path=opt("path"), url=opt("url"),
                        published_at=opt("published_at"), language=opt("language"),
                        reader=opt("reader"), dropped_count=int(opt("dropped_count") or 0),
                        dropped=tuple(json.loads(opt("dropped"))) if opt("dropped") else ())

    def options(self) -> dict:
        """Every value the filters can take, for the sidebar's widgets."""
        return queries.options(self._query)

    # -- what the app's pages draw (dashboard/store/queries.py: portable SQL, small results) --
    def summary(self, flt: Optional[Filter] = None) -> dict:
        """Headline figures for ``flt``: events, killed, injured, missiles, drones, articles ..."""
        return queries.summary(self._query, flt or Filter())

    def events(self, flt: Optional[Filter] = None, order: str = "date", limit: Optional[int] = None,
               offset: int = 0, evidence: bool = True, located: bool = False):
        """A page of events with ``toll`` and one ``evidence`` sentence each."""
        return queries.events(self._query, flt or Filter(), order, limit, offset, evidence, located)

    def count_events(self, flt: Optional[Filter] = None, located: bool = False) -> int:
        return queries.count_events(self._query, flt or Filter(), located)

    def event_sources(self, flt: Optional[Filter] = None):
        """Each source's value of the toll and weapon figures of the events passing ``flt``."""
        return queries.event_sources(self._query, flt or Filter())

    def place_aggregates(self, flt: Optional[Filter] = None, limit: int = 5000):
        return queries.place_aggregates(self._query, flt or Filter(), limit)

    def event_counts(self, flt: Optional[Filter] = None, freq: str = "day"):
        return queries.event_counts(self._query, flt or Filter(), freq)

    def event_days(self, flt: Optional[Filter] = None, per_month: bool = False):
        return queries.event_days(self._query, flt or Filter(), per_month)

    def event(self, event_id: str):
        return queries.event(self._query, event_id)

    def comparisons(self, event_ids):
        return queries.comparisons(self._query, event_ids)

    def event_records(self, event_id: str):
        return queries.event_records(self._query, event_id)

    def document_records(self, doc_id: str):
        return queries.document_records(self._query, doc_id)

    def event_documents(self, event_id: str):
        return queries.event_documents(self._query, event_id)

    def weapons_by_event(self, event_ids):
        return queries.weapons_by_event(self._query, event_ids)

    def records(self, flt: Optional[Filter] = None, search: Optional[str] = None, limit: int = 1000,
                offset: int = 0, types=None):
        return queries.records(self._query, flt or Filter(), search, limit, offset, types)

    def count_records(self, flt: Optional[Filter] = None, search: Optional[str] = None, types=None) -> int:
        return queries.count_records(self._query, flt or Filter(), search, types)

    def documents(self, flt: Optional[Filter] = None, search: Optional[str] = None, limit: int = 500,
                  offset: int = 0):
        return queries.documents(self._query, flt or Filter(), search, limit, offset)

    def count_documents_matching(self, flt: Optional[Filter] = None, search: Optional[str] = None) -> int:
        return queries.count_documents(self._query, flt or Filter(), search)

    def places(self, flt: Optional[Filter] = None, limit: int = 5000):
        return queries.places(self._query, flt or Filter(), limit)

    # -- feeds (what to poll, what each entry became: see store/feeds.py) ------------------
    def feeds(self) -> list[dict]:
        """Every feed with its polling state and counts of stored, failed, waiting entries."""
        from . import feeds

        return self._dicts(feeds.FEEDS_QUERY)

    def feed_entries(self, url: str) -> list[dict]:
        """The entries seen in one feed so far (status stored, failed, retry or pending)."""
        from . import feeds

        return self._dicts(feeds.ENTRIES_QUERY, [url])

    def add_feed(self, url: str, title: Optional[str] = None) -> bool:
        """Add a feed to poll; False when it is there already."""
        from . import feeds

        return self._write_state(lambda w: feeds.add(w, url, title, _now()))

    def remove_feed(self, url: str) -> bool:
        """Stop polling a feed and forget its entries (stored articles stay); False if unknown."""
        from . import feeds

        return self._write_state(lambda w: feeds.remove(w, url))

    def save_feed_poll(self, feeds_: list[dict], entries: list[dict]) -> None:
        """Record one poll: the feeds' new state and what each entry became, all at once."""
        from . import feeds

        if feeds_ or entries:
            self._write_state(lambda w: feeds.save_poll(w, feeds_, entries) or True)

    def _dicts(self, sql: str, params=()) -> list[dict]:
        df = self._b.frame(sql, params)
        if df is None:
            return []
        return [{k: _opt(v) if not isinstance(v, (list, tuple)) else v for k, v in r.items()}
                for r in df.to_dict("records")]

    def _write_state(self, change) -> bool:
        """Run ``change(writer)`` in one transaction; the store keeps it only if it returns
        True (a DuckDB file's copy is swapped in only then)."""
        class _Undo(Exception):
            pass
        try:
            with self._b.writer() as w:
                try:
                    with w.transaction():
                        if not change(w):
                            raise _Undo
                except _Undo:
                    w.changed = False
                    return False
        except _Undo:
            return False
        return True

    # -- writing -------------------------------------------------------------------------
    def ingest(self, docs: Iterable[Document], progress: Optional[Callable[[int], None]] = None,
               extractor=None, failed=None, workers: Optional[int] = None,
               saved_by: Optional[str] = None) -> IngestSummary:
        """Add new documents (and their records), then rebuild the events they touch.
        ``failed``: (name, reason) of inputs that could not be read, reported with the rest."""
        from .pipeline import run

        docs = list(docs) if not hasattr(docs, "__len__") else docs
        summary = IngestSummary()
        for name, reason in failed or []:
            summary.answer(name, "failed", reason)
        return run(self._b, ((d.name, d, None) for d in docs), total=len(docs),
                   extractor=extractor, progress=progress, workers=workers, summary=summary,
                   saved_by=saved_by)

    def ingest_paths(self, paths: list[str], progress=None, extractor=None,
                     workers: Optional[int] = None) -> IngestSummary:
        """Ingest files, folders and globs: every input is answered under its own path
        (added, "duplicate of X", already stored, or why it failed); nothing raises for
        a bad file."""
        from ..documents import expand_paths, load_many
        from .pipeline import run

        total = sum(1 for _ in expand_paths(paths))   # paths only: nothing is read here
        items = ((str(p), doc, err) for p, doc, err in load_many(paths))
        return run(self._b, items, total=total, extractor=extractor, progress=progress,
                   workers=workers)

    def ingest_inputs(self, items: Iterable[tuple], total: Optional[int] = None, progress=None,
                      extractor=None, workers: Optional[int] = None,
                      saved_by: Optional[str] = None) -> IngestSummary:
        """Ingest ``(input name, Document or None, error or reason or None)`` items as they
        come (files read one at a time, fetched pages ...), each answered under its name."""
        from .pipeline import run

        return run(self._b, items, total=total, extractor=extractor, progress=progress,
                   workers=workers, saved_by=saved_by)

    def add_extracted(self, pairs: Iterable[tuple], saved_by: Optional[str] = None) -> IngestSummary:
        """Store documents already extracted (the app's uploads: ``(Document, records)``
        with records as :class:`~dashboard.records.Record` or dicts). Answered per
        document like :meth:`ingest`; a document that cannot be stored is named."""
        pairs = list(pairs)
        by_id = {d.doc_id: recs for d, recs in pairs}
        return self.ingest([d for d, _ in pairs], workers=1, saved_by=saved_by,
                           extractor=lambda docs: {d.doc_id: list(by_id.get(d.doc_id) or [])
                                                   for d in docs})

    def rebuild_events(self) -> dict:
        """Re-apply the event rules to the whole store (after they change)."""
        from .ingest import set_version
        from .refresh import new_batch, rebuild_places, refresh

        with self._b.writer() as w:
            figures = refresh(w, everything=True)
            with w.transaction():
                w.lock_events()
                rebuild_places(w)
                set_version(w, new_batch())
        return figures

    def ensure_sample(self) -> Optional[IngestSummary]:
        """Ingest the sample articles (``assets/sample/``) when the store holds none."""
        if self.count_documents() > 0:
            return None
        return self.ingest_paths([str(SAMPLE_DIR)])

    def close(self) -> None:
        self._b.close()


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

    names = {"records": list(RECORD_FIELDS) + ["rec_no", "event_id", "date_inferred", "published",
                                               "outlet", "title", "url", "published_at", "extra"],
             "events": EVENT_COLUMNS, "comparisons": COMPARISON_COLUMNS,
             "places": cols("places"),
             "places_named": ["name", "lat", "lon", "precision", "mentions"],
             "documents": DOC_LIST_COLUMNS}[kind]
    return pd.DataFrame(columns=names)
