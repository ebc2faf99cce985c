"""Where the pages get their data: the shared store plus this session's uploads.

- ``get_store()``: one :class:`dashboard.store.Store` per server process
  (``st.cache_resource``), filled with ``assets/sample`` when empty.
- ``frames(flt)``: the records, events, comparisons and documents frames for a
  :class:`~dashboard.filters.Filter`, cached by ``(store.version(), filter)``
  (``st.cache_data``). A browser session's own uploads live in ``st.session_state``
  and are merged in with ``dashboard.events.build_events`` only for that session;
  they reach other sessions only through :func:`save_uploads`.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

import streamlit as st

from dashboard.filters import Filter

UPLOADS = "uploads"   # session_state key: list of (Document, list[dict] records)


@dataclass
class Frames:
    """The four frames every page reads, already filtered."""

    records: "object"
    events: "object"
    comparisons: "object"
    documents: "object"
    all_documents: int = 0     # documents in the corpus before filtering

    @property
    def empty_corpus(self) -> bool:
        return self.all_documents == 0


@st.cache_resource(show_spinner="Opening the store…")
def _open_store(path: str | None):
    from dashboard.store import Store
    store = Store(path)
    store.ensure_sample()
    return store


def get_store():
    """The process-wide store ($DASHBOARD_DB or the default file)."""
    return _open_store(os.environ.get("DASHBOARD_DB") or None)


def uploads() -> list:
    return st.session_state.setdefault(UPLOADS, [])


def _uploads_key() -> tuple:
    return tuple(doc.doc_id for doc, _ in uploads())


@st.cache_data(show_spinner=False, max_entries=64)
def _store_frames(version: str, flt: Filter, _store) -> Frames:
    recs = _store.records_df(flt)
    return Frames(records=recs, events=_store.events_df(flt), comparisons=_store.comparisons_df(flt),
                  documents=_store.documents_df(flt), all_documents=_count_all(version, _store))


@st.cache_data(show_spinner=False, max_entries=8)
def _count_all(version: str, _store) -> int:
    return _store.count_documents()


def _session_frames(flt: Filter, store) -> Frames:
    """Store content plus this session's uploads, grouped into events together."""
    import pandas as pd
    from dashboard.events import build_events
    from dashboard.records import RECORD_FIELDS

    base_recs = store.records_df(None)
    base_docs = store.documents_df(None)
    rows, docs = [], []
    for doc, recs in uploads():
        if doc.doc_id in set(base_docs.get("doc_id", [])):
            continue   # already saved to the shared store
        for r in recs:
            rows.append({**{k: r.get(k) for k in RECORD_FIELDS}, "published": doc.published,
                         "outlet": doc.source, "title": doc.title})
        docs.append({"doc_id": doc.doc_id, "name": doc.name, "title": doc.title,
                     "published": doc.published, "outlet": doc.source, "fmt": doc.fmt,
                     "n_records": len(recs)})
    recs = pd.concat([base_recs.drop(columns=["event_id"], errors="ignore"), pd.DataFrame(rows)],
                     ignore_index=True) if rows else base_recs.drop(columns=["event_id"], errors="ignore")
    all_docs = pd.concat([base_docs, pd.DataFrame(docs)], ignore_index=True) if docs else base_docs
    events, comparisons, recs = build_events(recs, all_docs)
    kept = flt.apply(recs)
    ev = flt.apply(events)
    cmp = comparisons[comparisons["event_id"].isin(set(ev["event_id"]))] if len(comparisons) else comparisons
    keep_docs = set(kept["doc_id"]) if not flt.is_empty() else set(all_docs["doc_id"])
    return Frames(records=kept, events=ev, comparisons=cmp,
                  documents=all_docs[all_docs["doc_id"].isin(keep_docs)], all_documents=len(all_docs))


def frames(flt: Filter) -> Frames:
    """The filtered frames for this session (store content, plus its own uploads)."""
    store = get_store()
    if uploads():
        key = ("session", store.version(), flt, _uploads_key())
        cache = st.session_state.setdefault("_session_frames", {})
        if key not in cache:
            cache.clear()
            cache[key] = _session_frames(flt, store)
        return cache[key]
    return _store_frames(store.version(), flt, store)


def options() -> dict:
    """Filter choices: the store's, plus values found in this session's uploads."""
    store = get_store()
    opts = dict(_options(store.version(), store))
    if uploads():
        extra = {"countries": "country", "admin1": "admin1", "places": "place", "types": "type",
                 "categories": "category", "sources": "outlet"}
        for doc, recs in uploads():
            for key, col in extra.items():
                vals = [doc.source] if col == "outlet" else [r.get(col) for r in recs]
                opts[key] = sorted(set(opts.get(key) or []) | {v for v in vals if v})
            opts["weapons"] = sorted(set(opts.get("weapons") or []) | {
                v for r in recs if r.get("type") == "weapon" for v in (r.get("category"), r.get("model")) if v})
    return opts


@st.cache_data(show_spinner=False, max_entries=8)
def _options(version: str, _store) -> dict:
    return _store.options()


def save_uploads() -> int:
    """Write this session's uploads to the shared store; returns documents added."""
    docs = [doc for doc, _ in uploads()]
    if not docs:
        return 0
    summary = get_store().ingest(docs)
    st.session_state[UPLOADS] = []
    return summary.added_documents
