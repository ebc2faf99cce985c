"""Faults as messages: every error the store raises on purpose is a one-line
:class:`StoreError` naming the store and saying what to do. The live store is never
touched by a failed write (DuckDB: the writer's copy is dropped; PostgreSQL: the
transaction is rolled back).

=========================  ===============================================================
disk full                  "...: the disk is full ...; free some space and run again"
read-only store            "...: cannot write here (read-only ...); use --db on a
                           writable disk or make it writable"
locked store               "...: another program holds the store open for writing (pid N)"
corrupt store file         "...: not a DuckDB store, or damaged; move it away ..."
unreachable PostgreSQL     "postgresql://host:port/db: cannot connect (...)"
=========================  ===============================================================
"""
from __future__ import annotations

import errno
import re
from contextlib import contextmanager

from ..errors import DashboardError


class StoreError(DashboardError):
    """Raised when the store cannot be opened, read or written (names the store)."""


_FULL = (errno.ENOSPC, errno.EFBIG, errno.EDQUOT)
_READ_ONLY = (errno.EROFS, errno.EACCES, errno.EPERM)


def _disk_full(where: str) -> StoreError:
    return StoreError(f"{where}: the disk is full (or the file size limit was reached) while "
                      "writing the store; nothing was changed: free some space and run again")


def _read_only(where: str, why: str) -> StoreError:
    return StoreError(f"{where}: cannot write the store here ({why}); point --db (or "
                      "DASHBOARD_DB) at a writable place, or make this one writable")


def is_locked(e: Exception) -> bool:
    return "Could not set lock" in str(e) or "Conflicting lock" in str(e)


def open_error(path: str, e: Exception) -> StoreError:
    msg = str(e)
    if is_locked(e):
        pid = re.search(r"PID (\d+)", msg)
        who = f" (pid {pid.group(1)})" if pid else ""
        return StoreError(f"{path}: another program{who} holds the store open for writing; "
                          "close it (a DuckDB shell or notebook?) and run again")
    if "not a valid DuckDB database" in msg or "Corrupt" in msg or "corrupt" in msg \
            or "checksum" in msg.lower():
        return StoreError(f"{path}: not a DuckDB store, or damaged; move it away (keep it for "
                          "inspection) and ingest again, or restore a backup")
    return os_message(path, e) or StoreError(f"{path}: cannot open the store ({_one_line(msg)})")


def os_message(where: str, e: BaseException):
    """A StoreError for a disk-full / read-only OSError (or DuckDB's text of one), or None."""
    if isinstance(e, OSError) and e.errno in _FULL:
        return _disk_full(where)
    if isinstance(e, OSError) and e.errno in _READ_ONLY:
        return _read_only(where, e.strerror or "permission denied")
    text = str(e)
    if "No space left" in text or "File too large" in text or "Disk quota" in text:
        return _disk_full(where)
    if "Read-only file system" in text or "Permission denied" in text:
        return _read_only(where, "read-only file system" if "Read-only" in text
                          else "permission denied")
    return None


def fatal(where: str, e: BaseException):
    """A StoreError when ``e`` is a fault of the store itself (disk, connection, a file
    that broke), not of one document's values; None otherwise. A fault stops the run:
    retrying document by document would only repeat it for each."""
    known = os_message(where, e)
    if known is not None:
        return known
    mod, name = type(e).__module__, type(e).__name__
    if mod.startswith("psycopg") and name in ("OperationalError", "InterfaceError"):
        return StoreError(f"{where}: the database connection failed ({_one_line(e)}); "
                          "what was written before stays, run again to finish")
    if mod.startswith(("duckdb", "_duckdb")) and name in ("IOException", "FatalException",
                                                          "OutOfMemoryException"):
        return StoreError(f"{where}: cannot write the store ({_one_line(e)})")
    return None


def _one_line(text: str) -> str:
    return " ".join(str(text).split())[:300]


@contextmanager
def writing(where: str):
    """Turn disk and database faults inside the block into StoreErrors naming ``where``."""
    try:
        yield
    except StoreError:
        raise
    except OSError as e:
        raise (os_message(where, e) or StoreError(
            f"{where}: cannot write the store ({e.strerror or e})")) from None
    except Exception as e:
        known = os_message(where, e)
        if known is not None:
            raise known from None
        if type(e).__module__.startswith(("duckdb", "_duckdb")) and "IO Error" in str(e):
            raise StoreError(f"{where}: cannot write the store ({_one_line(e)})") from None
        raise


@contextmanager
def reading(where: str):
    try:
        yield
    except StoreError:
        raise
    except Exception as e:
        mod = type(e).__module__
        if mod.startswith(("duckdb", "_duckdb")) and ("IO Error" in str(e) or "Corrupt" in str(e)):
            raise open_error(where, e) from None
        if mod.startswith("psycopg") and type(e).__name__ in ("OperationalError", "InterfaceError"):
            raise StoreError(f"{where}: the database is unreachable ({_one_line(e)})") from None
        raise
