"""Turning uploads into this session's documents and records (extraction runs here,
in the app process; nothing is written to the store until the user asks)."""
from __future__ import annotations

from dataclasses import dataclass, field

import streamlit as st

from .data import UPLOADS, uploads

MAX_FILE_MB = 2
# The uploader itself lets larger files through (server.maxUploadSize in .streamlit/config.toml
# is higher), so that a file over MAX_FILE_MB reaches add_documents and gets a message naming
# it, instead of being dropped by the browser widget without a word after "Extract records".
UPLOAD_LIMIT_MB = 50


@dataclass
class AddReport:
    added: list = field(default_factory=list)       # (name, n_records)
    duplicates: list = field(default_factory=list)  # names
    failed: list = field(default_factory=list)      # (name, reason)
    updated: list = field(default_factory=list)     # (name, n_records): added again with a date/source
    stored: list = field(default_factory=list)      # names already in the shared store
    undated: list = field(default_factory=list)     # names added without a publication date


def _reason(name: str, err: Exception) -> str:
    """The error's reason without the file name the page prints in front of it."""
    reason = getattr(err, "reason", None) or str(err)
    prefix = f"{name}: "
    return reason[len(prefix):] if reason.startswith(prefix) else reason


def _load(name, data, published, source, fetcher):
    """One item's Document: ``data`` is the file's bytes, or None for a web address
    (``name``) fetched politely now. DashboardError on failure."""
    from dashboard.documents import load_bytes

    if data is None:
        from dashboard.web.fetch import fetch_document

        return fetch_document(name, fetcher, source=source, published=published)
    if len(data) > MAX_FILE_MB * 1024 * 1024:
        from dashboard.errors import OversizeDocument

        raise OversizeDocument(name, f"{len(data) / 1e6:.1f} MB is over the {MAX_FILE_MB} MB limit "
                                     "for one article; split it or trim it.")
    return load_bytes(name, data, published=published, source=source)


def add_documents(items, published=None, source=None, progress=None, in_store=None, urls=()) -> AddReport:
    """Load, extract and keep ``items`` ((name, bytes) pairs) and the pages at ``urls`` (web
    addresses, fetched now: robots.txt, timeouts, a size limit) in this session.

    One bad file or page never stops the others: whatever goes wrong with it is reported
    under its name (or address) and the rest are added. ``in_store(doc_id)`` tells whether
    the shared store already holds an article (it would not show twice)."""
    from dashboard.errors import DashboardError
    from dashboard.extract import extract_document

    report = AddReport()
    kept = list(uploads())
    have = {d.doc_id: i for i, (d, _) in enumerate(kept)}
    todo = list(items) + [(u, None) for u in urls]
    fetcher = None
    if urls:
        from dashboard.web.fetch import Fetcher

        fetcher = Fetcher(max_bytes=MAX_FILE_MB * 1024 * 1024, timeout=(5.0, 15.0))
    for i, (name, data) in enumerate(todo, 1):
        if progress:
            progress(i - 1, len(todo), name)
        try:
            doc = _load(name, data, published, source, fetcher)
        except DashboardError as e:
            report.failed.append((name, _reason(name, e)))
            continue
        except Exception as e:   # noqa: BLE001 - a reader bug must not lose the other files
            report.failed.append((name, f"could not be read ({type(e).__name__}: {e})"))
            continue
        again = have.get(doc.doc_id)
        if again is not None:
            old = kept[again][0]
            if (published and old.published != doc.published) or (source and old.source != doc.source):
                pass     # the same text with a date or an outlet now: extract it again below
            else:
                report.duplicates.append(name)
                continue
        if in_store is not None:
            try:
                if in_store(doc.doc_id):
                    report.stored.append(name)
                    continue
            except Exception:   # noqa: BLE001 - the check is a courtesy; the merge skips them anyway
                pass
        try:
            records = [r.to_dict() for r in extract_document(doc)]
        except Exception as e:   # noqa: BLE001 - one article's failure must not lose the batch
            report.failed.append((name, f"extraction failed ({type(e).__name__}: {e})"))
            continue
        if again is not None:
            kept[again] = (doc, records)
            report.updated.append((name, len(records)))
        else:
            have[doc.doc_id] = len(kept)
            kept.append((doc, records))
            report.added.append((name, len(records)))
        if doc.published is None:
            report.undated.append(name)
    if progress:
        progress(len(todo), len(todo), "done")
    st.session_state[UPLOADS] = kept
    return report
