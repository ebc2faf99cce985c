"""The embedded backend: one DuckDB file (or ``:memory:``).

DuckDB allows one writer process per file, and while it writes no other process may open
the file. So the writer never opens the live file: under a lock file it copies it to
``<name>.tmp-<pid>-<random>``, writes there (its own transactions, one per flushed
chunk), checkpoints, fsyncs and ``os.replace``-s the copy over the live file. A failure
deletes the copy, so the live file never holds half an ingest, and readers keep the file
they opened until they notice the swap (:func:`stamp`: inode, mtime, size). A copy left
by a killed writer is removed by the next store that can take the lock.

Readers attach the live file read-only in a private in-memory DuckDB instance
(``connect(path)`` would share one instance per path in the process and pin an old file
after a swap), retrying while another program holds the file for writing.
"""
from __future__ import annotations

import os
import threading
import time
import uuid
from contextlib import contextmanager
from pathlib import Path
from typing import Optional

from . import faults
from .schema import migration_plan, current_version, VERSION

LOCK_WAIT = float(os.environ.get("DASHBOARD_LOCK_WAIT", "600"))   # seconds to wait for another writer
READ_WAIT = 5.0     # seconds a reader waits while another program holds the file for writing
# the writer's cache: DuckDB keeps up to 80 % of the machine's memory by default, which
# would make an ingest's memory grow with the store; beyond this it reads back from disk
WRITER_MEMORY = os.environ.get("DASHBOARD_DUCKDB_MEMORY", "384MB")


def stamp(path: str) -> Optional[tuple]:
    """What identifies the file's current content: (inode, mtime, size); None if absent."""
    try:
        st = os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return None
    return st.st_ino, st.st_mtime_ns, st.st_size


def migrate(con) -> bool:
    """Create or upgrade the schema on a DuckDB connection (see :mod:`.schema`); True
    when it changed anything."""
    tables = {r[0] for r in con.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'").fetchall()}
    meta = dict(con.execute("SELECT key, value FROM meta").fetchall()) if "meta" in tables else {}
    version = current_version(tables, meta)
    if version == VERSION:
        return False
    if version > VERSION:
        raise faults.StoreError(f"the store was made by a newer version of the dashboard "
                                f"(schema {version}, this one knows {VERSION}): update the code")
    for stmt in migration_plan(version, "duckdb"):
        con.execute(stmt)
    return True


class DuckWriter:
    """The write side on one connection: SQL with ``?`` marks, bulk inserts of Arrow."""

    dialect = "duckdb"

    def __init__(self, con, location: str):
        self.con, self.location = con, location
        self.changed = False

    def execute(self, sql: str, params=()) -> None:
        self.con.execute(sql, list(params))

    def rows(self, sql: str, params=()) -> list:
        return self.con.execute(sql, list(params)).fetchall()

    def frame(self, sql: str, params=()):
        return self.con.execute(sql, list(params)).df()

    @contextmanager
    def transaction(self):
        self.con.begin()
        try:
            yield self
        except BaseException:
            self.con.rollback()
            raise
        self.con.commit()
        self.changed = True

    def lock_events(self) -> None:
        """One writer per file already: nothing to lock."""

    def insert(self, table: str, data, columns: list[str]) -> None:
        """Append an Arrow table or DataFrame (its columns named as ``columns``)."""
        if len(data) == 0:
            return
        names = ", ".join(f'"{c}"' for c in columns)
        view = f"_in_{uuid.uuid4().hex[:8]}"
        self.con.register(view, data)
        try:
            self.con.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM {view}")
        finally:
            self.con.unregister(view)

    def insert_new(self, table: str, data, columns: list[str], key: str) -> list:
        """Insert the rows whose ``key`` is not stored yet; returns the keys inserted."""
        if len(data) == 0:
            return []
        names = ", ".join(f'"{c}"' for c in columns)
        view = f"_in_{uuid.uuid4().hex[:8]}"
        self.con.register(view, data)
        try:
            return [r[0] for r in self.con.execute(
                f"INSERT INTO {table} ({names}) SELECT {names} FROM {view} ORDER BY \"{key}\" "
                f"ON CONFLICT (\"{key}\") DO NOTHING RETURNING \"{key}\"").fetchall()]
        finally:
            self.con.unregister(view)

    def temp_keys(self, name: str, columns: dict, rows: list) -> None:
        """A temporary table ``name`` holding ``rows`` (columns: name -> logical type)."""
        import pyarrow as pa

        kinds = {"text": pa.string(), "int": pa.int64()}
        table = pa.table({c: pa.array([r[i] for r in rows], type=kinds[t])
                          for i, (c, t) in enumerate(columns.items())})
        self.con.register("_keys_in", table)
        try:
            self.con.execute(f"CREATE OR REPLACE TEMP TABLE {name} AS SELECT * FROM _keys_in")
        finally:
            self.con.unregister("_keys_in")


class DuckBackend:
    """Reads and writes of one DuckDB file (or a ``:memory:`` database)."""

    dialect = "duckdb"

    def __init__(self, path: str):
        self.memory = path == ":memory:"
        self.path = path if self.memory else str(Path(path).resolve())
        self.location = self.path
        self._lock = threading.RLock()
        self._con = None
        self._stamp = None
        if self.memory:
            import duckdb

            self._con = duckdb.connect(":memory:")
            migrate(self._con)
        else:
            clean_stale(self.path)

    def exists(self) -> bool:
        return self.memory or os.path.exists(self.path)

    # -- reading ---------------------------------------------------------------------
    @contextmanager
    def _cursor(self):
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

    def frame(self, sql: str, params=()):
        with self._cursor() as cur:
            if cur is None:
                return None
            with faults.reading(self.location):
                return cur.execute(sql, list(params)).df()

    def rows(self, sql: str, params=()):
        with self._cursor() as cur:
            if cur is None:
                return None
            with faults.reading(self.location):
                return cur.execute(sql, list(params)).fetchall()

    def close(self) -> None:
        with self._lock:
            if self._con is not None:
                self._con.close()
                self._con = None

    # -- writing ---------------------------------------------------------------------
    @contextmanager
    def writer(self):
        if self.memory:
            with self._lock:
                yield DuckWriter(self._con, self.location)
            return
        with swap_writer(self.path) as w:
            yield w
        with self._lock:
            self._refresh()


def open_reader(path: str, wait: float = 0.1):
    """A read-only connection to the live file (its database is named ``live``)."""
    import duckdb

    err = None
    for _ in range(max(1, int(READ_WAIT / wait))):
        con = duckdb.connect()
        try:
            con.execute("ATTACH ? AS live (READ_ONLY)", [path])
            return con
        except duckdb.IOException as e:   # another program holds it for writing
            con.close()
            err = e
            if not faults.is_locked(e):
                break
            time.sleep(wait)
        except duckdb.Error as e:
            con.close()
            err = e
            break
    raise faults.open_error(path, err)


def _lock_file(path: str):
    try:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        return open(path + ".lock", "a+")
    except OSError as e:
        raise (faults.os_message(path, e) or faults.StoreError(
            f"{path}: cannot write the store here ({e.strerror or e})")) from None


def clean_stale(path: str) -> None:
    """Remove copies left by a killed writer, when no writer holds the lock now."""
    import fcntl

    folder, name = Path(path).parent, Path(path).name
    try:
        stale = list(folder.glob(name + ".tmp-*"))
    except OSError:
        return
    if not stale:
        return
    try:
        lock = open(path + ".lock", "a+")
    except OSError:
        return
    with lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return   # a writer is at work: its copy is not stale
        for f in folder.glob(name + ".tmp-*"):
            try:
                f.unlink()
            except OSError:
                pass


@contextmanager
def swap_writer(path: str):
    """Yield a :class:`DuckWriter` on a private copy of ``path``; swap it in on success."""
    import fcntl
    import shutil

    import duckdb

    tmp = f"{path}.tmp-{os.getpid()}-{uuid.uuid4().hex[:6]}"
    lock = _lock_file(path)
    with lock:
        deadline = time.monotonic() + LOCK_WAIT
        while True:   # one writer at a time, across processes
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise faults.StoreError(
                        f"{path}: another ingest has held the store for {LOCK_WAIT:.0f} s; "
                        "wait for it to finish (or stop it) and run again") from None
                time.sleep(0.2)
        for stale in Path(path).parent.glob(Path(path).name + ".tmp-*"):
            stale.unlink()   # left by a writer that was killed: we hold the lock now
        try:
            with faults.writing(path):
                if os.path.exists(path):
                    _check_readable(path)
                    shutil.copyfile(path, tmp)
                con = duckdb.connect(tmp, config={"memory_limit": WRITER_MEMORY,
                                                  "preserve_insertion_order": False})
            try:
                w = DuckWriter(con, path)
                with faults.writing(path):
                    w.changed = migrate(con) or not os.path.exists(path)
                yield w
                with faults.writing(path):
                    con.execute("CHECKPOINT")
            finally:
                con.close()
            if not w.changed and os.path.exists(path):
                return
            if os.path.exists(tmp + ".wal"):
                raise faults.StoreError(f"{path}: the new store was not fully written; "
                                        "the live store is unchanged, run again")
            with faults.writing(path):
                with open(tmp, "rb+") as f:
                    os.fsync(f.fileno())
                os.replace(tmp, path)
        finally:
            for leftover in (tmp, tmp + ".wal"):
                if os.path.exists(leftover):
                    os.remove(leftover)


def _check_readable(path: str) -> None:
    """Open the live file once read-only: a damaged file is named before it is copied."""
    con = open_reader(path)
    con.close()
