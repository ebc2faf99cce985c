"""How the live store file is read and replaced (DuckDB allows one writer process).

- :func:`open_reader` attaches the live file read-only in a private in-memory DuckDB
  instance (``connect(path)`` would share one instance per path in the process and pin
  an old file after a swap), retrying while another program holds the file for writing.
- :func:`swap_writer` never writes the live file: under a lock file it copies it, yields a
  connection on the copy, checkpoints, fsyncs and ``os.replace``-s the copy over the live
  file. A failure deletes the copy, so the live file never holds half an ingest, and
  readers keep the file they opened until they notice the swap (:func:`stamp`).
"""
from __future__ import annotations

import os
import time
import uuid
from contextlib import contextmanager
from pathlib import Path
from typing import Optional

from ..errors import DashboardError


class StoreError(DashboardError):
    """Raised when the store file cannot be opened or written (names the file)."""


def stamp(path: str) -> Optional[tuple]:
    """What identifies the file's current content: (inode, mtime, size); None if absent."""
    try:
        st = os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return None
    return st.st_ino, st.st_mtime_ns, st.st_size


def open_reader(path: str, tries: int = 50, wait: float = 0.1):
    """A read-only connection to the live file (its database is named ``live``)."""
    import duckdb

    err = None
    for _ in range(tries):
        try:
            con = duckdb.connect()
            con.execute("ATTACH ? AS live (READ_ONLY)", [path])
            return con
        except duckdb.IOException as e:   # another program holds it for writing
            err = e
            time.sleep(wait)
    raise StoreError(f"{path}: cannot open the store for reading ({err})")


@contextmanager
def swap_writer(path: str, prepare):
    """Yield ``(connection, state)`` on a private copy of ``path``; swap it in on success.

    ``prepare(con)`` runs first (the schema). Set ``state["changed"] = True`` to have the
    copy replace the live file; otherwise it is discarded.
    """
    import fcntl
    import shutil

    import duckdb

    tmp = f"{path}.tmp-{os.getpid()}-{uuid.uuid4().hex[:6]}"
    try:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        lock = open(path + ".lock", "w")
    except OSError as e:
        raise StoreError(f"{path}: cannot write the store here ({e.strerror or e})") from None
    with lock:
        fcntl.flock(lock, fcntl.LOCK_EX)   # one writer at a time, across processes
        for stale in Path(path).parent.glob(Path(path).name + ".tmp-*"):
            stale.unlink()   # left by a writer that was killed: we hold the lock now
        try:
            if os.path.exists(path):
                shutil.copyfile(path, tmp)
            con = duckdb.connect(tmp)
            try:
                prepare(con)
                state = {"changed": not os.path.exists(path)}
                yield con, state
                con.execute("CHECKPOINT")
            finally:
                con.close()
            if not state["changed"]:
                return
            if os.path.exists(tmp + ".wal"):
                raise StoreError(f"{path}: the new store was not fully written")
            with open(tmp, "rb+") as f:
                os.fsync(f.fileno())
            os.replace(tmp, path)
        finally:
            for leftover in (tmp, tmp + ".wal"):
                if os.path.exists(leftover):
                    os.remove(leftover)
