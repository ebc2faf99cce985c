"""The shared backend: a PostgreSQL database (``postgresql://user:pass@host:port/db``).

The same tables and queries as DuckDB (see :mod:`.schema`); what differs is here:

- placeholders: the store writes ``?``; psycopg wants ``%s`` (:func:`to_pg`);
- bulk writes: ``COPY ... FROM STDIN (FORMAT csv)`` fed by pyarrow's CSV writer (no
  Python loop per row); documents go through a temporary table and
  ``INSERT ... ON CONFLICT (doc_id) DO NOTHING RETURNING doc_id``, so two ingests at
  once store each document once (the second waits for the first's row, then skips it),
  and only the winner writes its records;
- transactions: one per flushed chunk of documents (documents, records, their pending
  event keys and the version together); event rebuilding takes a transaction-scoped
  advisory lock, so writers rebuild events one at a time while readers read on (MVCC);
- frames: rows are typed by their column's PostgreSQL type and converted to pandas the
  way DuckDB converts (nullable integers, datetime64 dates), so pages see one shape.

Reads take an idle autocommit connection from a small free list (one per thread at a
time, at most :data:`IDLE` kept), so the app's threads read in parallel.
"""
from __future__ import annotations

import io
import re
import threading
from contextlib import contextmanager
from urllib.parse import urlsplit, urlunsplit

from . import faults
from .schema import VERSION, current_version, migration_plan

EVENTS_LOCK = 0x64617368   # pg_advisory_xact_lock key for event rebuilding ("dash")
SCHEMA_LOCK = 0x64617369   # ... and for migrations
IDLE = 8                   # idle read connections kept


def is_url(location) -> bool:
    return isinstance(location, str) and location.startswith(("postgresql://", "postgres://"))


def safe_url(url: str) -> str:
    """The URL without its password, for messages."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.rsplit("@", 1)
    user = parts.username or ""
    return urlunsplit(parts._replace(netloc=f"{user}:***@{netloc[-1]}"))


_TOKEN = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|\?|%")


def to_pg(sql: str) -> str:
    """``?`` placeholders as psycopg's ``%s`` (and a literal ``%`` as ``%%``), leaving
    quoted strings and names alone."""
    return _TOKEN.sub(lambda m: "%s" if m.group() == "?" else "%%" if m.group() == "%"
                      else m.group(), sql)


# PostgreSQL type oid -> Arrow type name
_OIDS = {16: "bool_", 20: "int64", 21: "int32", 23: "int32", 700: "float64", 701: "float64",
         1700: "float64", 1082: "date32", 1114: "timestamp", 1184: "timestamp"}


def to_frame(description, rows):
    """Rows as a DataFrame shaped as DuckDB's ``.df()`` shapes it."""
    import duckdb
    import pyarrow as pa

    names = [d.name for d in description]
    arrays = []
    for i, d in enumerate(description):
        kind = _OIDS.get(d.type_code, "string")
        col = [r[i] for r in rows]
        if kind == "string":
            col = [None if v is None else str(v) for v in col]
            arrays.append(pa.array(col, type=pa.string()))
        elif kind == "timestamp":
            arrays.append(pa.array([None if v is None else v.replace(tzinfo=None) for v in col],
                                   type=pa.timestamp("us")))
        elif kind == "float64":
            arrays.append(pa.array([None if v is None else float(v) for v in col], type=pa.float64()))
        else:
            arrays.append(pa.array(col, type=getattr(pa, kind)()))
    table = pa.Table.from_arrays(arrays, names=names)
    con = duckdb.connect()
    try:
        return con.from_arrow(table).df()
    finally:
        con.close()


def _csv(data, columns: list[str]) -> bytes:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    table = data if isinstance(data, pa.Table) else pa.Table.from_pandas(data, preserve_index=False)
    table = table.select(columns)
    buf = io.BytesIO()
    pacsv.write_csv(table, buf, pacsv.WriteOptions(include_header=False))
    return buf.getvalue()


def _connect_error(url: str, e: Exception) -> faults.StoreError:
    return faults.StoreError(f"{safe_url(url)}: cannot connect to PostgreSQL "
                             f"({' '.join(str(e).split())[:300]}); is the server running and "
                             "the address, user and password right?")


class PgWriter:
    """The write side on one connection; ``transaction()`` blocks are its transactions."""

    dialect = "postgresql"

    def __init__(self, con, location: str):
        self.con, self.location = con, location
        self.changed = False

    def execute(self, sql: str, params=()) -> None:
        self.con.execute(to_pg(sql) if params else sql, list(params) or None)

    def rows(self, sql: str, params=()) -> list:
        return self.con.execute(to_pg(sql) if params else sql, list(params) or None).fetchall()

    def frame(self, sql: str, params=()):
        cur = self.con.execute(to_pg(sql) if params else sql, list(params) or None)
        return to_frame(cur.description, cur.fetchall())

    @contextmanager
    def transaction(self):
        with self.con.transaction():
            yield self
        self.changed = True

    def lock_events(self) -> None:
        self.con.execute("SELECT pg_advisory_xact_lock(%s)", [EVENTS_LOCK])

    def _copy(self, table: str, data, columns: list[str]) -> None:
        names = ", ".join(f'"{c}"' for c in columns)
        with self.con.cursor().copy(f"COPY {table} ({names}) FROM STDIN (FORMAT csv)") as cp:
            cp.write(_csv(data, columns))

    def insert(self, table: str, data, columns: list[str]) -> None:
        if len(data):
            self._copy(table, data, columns)

    def insert_new(self, table: str, data, columns: list[str], key: str) -> list:
        if len(data) == 0:
            return []
        tmp = f"_new_{table}"
        self.con.execute(f"CREATE TEMP TABLE IF NOT EXISTS {tmp} (LIKE {table}) ON COMMIT DELETE ROWS")
        self.con.execute(f"DELETE FROM {tmp}")
        self._copy(tmp, data, columns)
        names = ", ".join(f'"{c}"' for c in columns)
        # in key order, so that two writers inserting overlapping sets never deadlock
        return [r[0] for r in self.con.execute(
            f"INSERT INTO {table} ({names}) SELECT {names} FROM {tmp} ORDER BY \"{key}\" "
            f"ON CONFLICT (\"{key}\") DO NOTHING RETURNING \"{key}\"").fetchall()]

    def temp_keys(self, name: str, columns: dict, rows: list) -> None:
        types = {"text": "TEXT", "int": "BIGINT"}
        spec = ", ".join(f"{c} {types[t]}" for c, t in columns.items())
        self.con.execute(f"DROP TABLE IF EXISTS {name}")
        self.con.execute(f"CREATE TEMP TABLE {name} ({spec})")
        if rows:
            with self.con.cursor().copy(f"COPY {name} FROM STDIN") as cp:
                for r in rows:
                    cp.write_row(r)
        self.con.execute(f"ANALYZE {name}")


class PgBackend:
    """Reads (a pool of autocommit connections) and writers of one PostgreSQL database."""

    dialect = "postgresql"
    memory = False

    def __init__(self, url: str):
        self.url = url
        self.location = safe_url(url)
        self.path = self.location
        self._idle: list = []
        self._lock = threading.Lock()
        self._migrate()

    def exists(self) -> bool:
        return True

    def _connect(self, autocommit: bool):
        import psycopg

        try:
            return psycopg.connect(self.url, autocommit=autocommit, connect_timeout=10)
        except psycopg.Error as e:
            raise _connect_error(self.url, e) from None

    def _migrate(self) -> None:
        import psycopg

        con = self._connect(autocommit=False)
        try:
            with con.transaction():
                con.execute("SELECT pg_advisory_xact_lock(%s)", [SCHEMA_LOCK])
                tables = {r[0] for r in con.execute(
                    "SELECT table_name FROM information_schema.tables "
                    "WHERE table_schema = current_schema()").fetchall()}
                meta = dict(con.execute("SELECT key, value FROM meta").fetchall()) \
                    if "meta" in tables else {}
                version = current_version(tables, meta)
                if version > VERSION:
                    raise faults.StoreError(
                        f"{self.location}: the store was made by a newer version of the dashboard "
                        f"(schema {version}, this one knows {VERSION}): update the code")
                if version < VERSION:
                    for stmt in migration_plan(version, "postgresql"):
                        con.execute(stmt)
        except psycopg.Error as e:
            raise faults.StoreError(f"{self.location}: cannot prepare the store's tables "
                                    f"({' '.join(str(e).split())[:300]}); the user needs the right "
                                    "to create tables in this database") from None
        finally:
            con.close()

    @contextmanager
    def _reader(self):
        with self._lock:
            con = self._idle.pop() if self._idle else None
        if con is None or con.closed:
            con = self._connect(autocommit=True)
        try:
            yield con
        except BaseException:
            con.close()   # a failed connection is not reused
            raise
        with self._lock:
            if len(self._idle) < IDLE:
                self._idle.append(con)
                con = None
        if con is not None:
            con.close()

    def _read(self, sql: str, params, as_frame: bool):
        import psycopg

        try:
            with self._reader() as con:
                cur = con.execute(to_pg(sql) if params else sql, list(params) or None)
                rows = cur.fetchall()
                return to_frame(cur.description, rows) if as_frame else rows
        except psycopg.OperationalError as e:
            raise _connect_error(self.url, e) from None

    def frame(self, sql: str, params=()):
        return self._read(sql, params, True)

    def rows(self, sql: str, params=()):
        return self._read(sql, params, False)

    @contextmanager
    def writer(self):
        import psycopg

        con = self._connect(autocommit=True)   # transactions are explicit blocks
        try:
            yield PgWriter(con, self.location)
        except psycopg.OperationalError as e:
            raise _connect_error(self.url, e) from None
        finally:
            con.close()

    def close(self) -> None:
        with self._lock:
            idle, self._idle = self._idle, []
        for con in idle:
            con.close()
