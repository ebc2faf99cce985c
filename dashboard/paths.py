"""Where the dashboard keeps files of its own: the cache directory and the store's fallback.

- :func:`cache_dir`: ``$DASHBOARD_CACHE``, else ``$XDG_CACHE_HOME/conflict-dashboard``, else
  ``~/.cache/conflict-dashboard`` (the XDG base-directory convention). The compiled gazetteer
  index and the geocoder's cache live there.
- :func:`writable_store_path`: the default store file when its folder can be written, else a
  store in the cache directory and a sentence saying so (a read-only checkout, a container
  with a read-only image, a hosted app whose code folder is not writable).
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Optional

APP_DIR = "conflict-dashboard"


def cache_dir() -> Path:
    """``$DASHBOARD_CACHE`` > ``$XDG_CACHE_HOME/conflict-dashboard`` > ``~/.cache/conflict-dashboard``."""
    env = os.environ.get("DASHBOARD_CACHE")
    if env:
        return Path(env)
    xdg = os.environ.get("XDG_CACHE_HOME")
    # the XDG spec: a relative path is invalid and must be ignored
    base = Path(xdg) if xdg and os.path.isabs(xdg) else Path.home() / ".cache"
    return base / APP_DIR


def _writable_dir(folder: Path) -> bool:
    """Can files be created in ``folder`` (or, when it does not exist yet, in its nearest
    existing parent)?"""
    folder = folder.resolve()
    while not folder.exists():
        if folder.parent == folder:
            return False
        folder = folder.parent
    return folder.is_dir() and os.access(folder, os.W_OK | os.X_OK)


def writable_store_path(default: str) -> tuple[str, Optional[str]]:
    """``(path, note)``: ``default`` and None when its folder is writable; otherwise a store
    file in :func:`cache_dir` and a note naming both places (for the app and the CLI)."""
    wanted = Path(default)
    if _writable_dir(wanted.parent):
        return default, None
    fallback = cache_dir() / "store" / wanted.name
    if wanted.is_file() and not fallback.exists():   # start from the read-only store's content
        import shutil

        fallback.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(wanted, fallback)
    return str(fallback), (f"{wanted.parent.resolve()} is read-only, so the store is kept in "
                           f"{fallback} (set DASHBOARD_DB to choose another place)")
