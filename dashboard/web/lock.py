"""One poller at a time per store: a lock file beside it, held for a whole ``--every`` run.

``fcntl.flock`` is released by the kernel when the process ends, however it ends, so a
killed poller never leaves a stale lock behind.
"""
from __future__ import annotations

from pathlib import Path


class PollLock:
    """``with PollLock(store_path) as lock:`` then ``lock.acquired`` (False: someone else polls)."""

    def __init__(self, store_path: str):
        self.path = None if store_path == ":memory:" else f"{store_path}.poll.lock"
        self.acquired = False
        self._fh = None

    def __enter__(self) -> "PollLock":
        if self.path is None:
            self.acquired = True
            return self
        import fcntl

        Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self._fh = open(self.path, "w")
        try:
            fcntl.flock(self._fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
            self.acquired = True
        except BlockingIOError:
            self.acquired = False
        return self

    def __exit__(self, *exc) -> None:
        if self._fh is not None:
            self._fh.close()   # closing releases the lock
            self._fh = None
