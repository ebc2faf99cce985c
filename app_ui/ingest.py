"""Turning uploads into this session's documents and records (extraction runs here,
in the app process; nothing is written to the store until the user asks)."""
from __future__ import annotations

from dataclasses import dataclass, field

import streamlit as st

from .data import UPLOADS, uploads

MAX_FILE_MB = 2


@dataclass
class AddReport:
    added: list = field(default_factory=list)       # (name, n_records)
    duplicates: list = field(default_factory=list)  # names
    failed: list = field(default_factory=list)      # (name, reason)


def add_documents(items, published=None, source=None, progress=None) -> AddReport:
    """Load, extract and keep ``items`` ((name, bytes) pairs) in this session."""
    from dashboard.documents import load_bytes
    from dashboard.errors import DashboardError
    from dashboard.extract import extract_document

    report = AddReport()
    have = {d.doc_id for d, _ in uploads()}
    kept = list(uploads())
    for i, (name, data) in enumerate(items, 1):
        if progress:
            progress(i - 1, len(items), name)
        if len(data) > MAX_FILE_MB * 1024 * 1024:
            report.failed.append((name, f"{len(data) / 1e6:.1f} MB is over the {MAX_FILE_MB} MB limit "
                                        "for one article; split it or trim it."))
            continue
        try:
            doc = load_bytes(name, data, published=published, source=source)
        except DashboardError as e:
            report.failed.append((name, str(e)))
            continue
        if doc.doc_id in have:
            report.duplicates.append(name)
            continue
        records = [r.to_dict() for r in extract_document(doc)]
        kept.append((doc, records))
        have.add(doc.doc_id)
        report.added.append((name, len(records)))
    if progress:
        progress(len(items), len(items), "done")
    st.session_state[UPLOADS] = kept
    return report
