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

from dataclasses import replace
from functools import cached_property
from typing import Optional

import streamlit as st

from dashboard.filters import Filter

UPLOADS = "uploads"   # session_state key: list of (Document, list[dict] records)


FIGURE_TYPES = ("casualty", "weapon")
NONE = ("__none__",)      # a record type that never exists: an empty result


def only_types(flt: Filter, types: tuple) -> Filter:
    """``flt`` narrowed to record ``types`` (kept inside the user's own type choice)."""
    keep = tuple(t for t in types if not flt.types or t in flt.types)
    return replace(flt, types=keep or NONE)


class Frames:
    """The frames a page reads for one filter, each loaded on first use (a page that
    shows only events never pulls every record). Store reads are cached by
    ``(store.version(), filter)``; with this session's uploads, everything comes from
    one merged, grouped copy."""

    def __init__(self, flt: Filter, store, merged: Optional[dict] = None):
        self.flt, self._store, self._merged = flt, store, merged
        self._version = store.version()

    def _get(self, kind: str, flt: Optional[Filter] = None):
        flt = self.flt if flt is None else flt
        if self._merged is not None:
            return _from_merged(self._merged, kind, flt)
        return _read(kind, self._version, flt, self._store)

    @cached_property
    def events(self):
        return self._get("events")

    @cached_property
    def comparisons(self):
        return self._get("comparisons")

    @cached_property
    def documents(self):
        return self._get("documents")

    @cached_property
    def records(self):
        """Every record passing the filter (can be large: prefer the narrower ones)."""
        return self._get("records")

    @cached_property
    def figures(self):
        """Casualty and weapon records."""
        return self._get("records", only_types(self.flt, FIGURE_TYPES))

    def of_type(self, *types):
        return self._get("records", only_types(self.flt, types))

    @cached_property
    def places(self):
        """One row per place named (name, lat, lon, precision, mentions), for the map."""
        if self._merged is not None:
            p = self.of_type("place")
            p = p[p["lat"].notna()] if len(p) else p
            return (p.groupby("name", as_index=False).agg(lat=("lat", "first"), lon=("lon", "first"),
                                                          precision=("precision", "first"),
                                                          mentions=("type", "size")) if len(p) else p)
        return _places(self._version, self.flt, self._store)

    def doc_records(self, doc_id: str, name: str):
        """Records of one article that pass the filter."""
        recs = self._get("records", replace(self.flt, sources=(name,)))
        return recs[recs["doc_id"] == doc_id] if len(recs) else recs

    @cached_property
    def all_documents(self) -> int:
        if self._merged is not None:
            return len(self._merged["documents"])
        return _count_all(self._version, self._store)

    @property
    def empty_corpus(self) -> bool:
        return self.all_documents == 0


@st.cache_data(show_spinner=False, max_entries=256)
def _read(kind: str, version: str, flt: Filter, _store):
    return getattr(_store, f"{kind}_df")(flt)


@st.cache_data(show_spinner=False, max_entries=64)
def _places(version: str, flt: Filter, _store):
    """Distinct places named by the records passing ``flt``, in SQL: the map needs dozens
    of rows, not every mention. (``Store.places_df()`` has no filter, so it cannot follow
    the sidebar.)"""
    return _store.places_named(flt)


def _from_merged(m: dict, kind: str, flt: Filter):
    recs = flt.apply(m["records"])
    if kind == "records":
        return recs
    if kind == "events":
        return m["events"] if flt.is_empty() else m["events"][m["events"]["event_id"].isin(set(recs["event_id"]))]
    if kind == "comparisons":
        ev = _from_merged(m, "events", flt)
        return m["comparisons"][m["comparisons"]["event_id"].isin(set(ev["event_id"]))]
    docs = m["documents"]
    return docs if flt.is_empty() else docs[docs["doc_id"].isin(set(recs["doc_id"]))]


@st.cache_resource(show_spinner="Opening the store…")
def _open_store(path: str | None):
    from dashboard.store import Store
    store = Store(path)
    store.ensure_sample()
    return store


def _secrets() -> dict:
    try:
        return {"connections": dict(st.secrets.get("connections", {}))}
    except Exception:   # noqa: BLE001 - no secrets.toml: the local store
        return {}


def get_store():
    """The process-wide store: $DASHBOARD_DB, else ``[connections.dashboard]`` in Streamlit
    secrets (a PostgreSQL URL), else the default DuckDB file."""
    from dashboard.store import resolve_location
    return _open_store(resolve_location(None, _secrets()))


def store_notice() -> None:
    """Say where the store went when its default place was read-only (a read-only checkout)."""
    note = getattr(get_store(), "note", None)
    if note:
        st.sidebar.warning(note)


def uploads() -> list:
    return st.session_state.setdefault(UPLOADS, [])


def _uploads_key() -> tuple:
    return tuple(doc.doc_id for doc, _ in uploads())


@st.cache_data(show_spinner=False, max_entries=8)
def _count_all(version: str, _store) -> int:
    return _store.count_documents()


def _merge_uploads(store) -> dict:
    """Store content plus this session's uploads, grouped into events together."""
    import pandas as pd
    from dashboard.events import build_events
    from dashboard.records import RECORD_FIELDS

    base_recs = store.records_df(None).drop(columns=["event_id"], errors="ignore")
    base_docs = store.documents_df(None)
    stored = set(base_docs.get("doc_id", []))
    rows, docs = [], []
    for doc, recs in uploads():
        if doc.doc_id in stored:
            continue   # already saved to the shared store
        for r in recs:
            rows.append({**{k: r.get(k) for k in RECORD_FIELDS}, "published": doc.published,
                         "outlet": doc.source, "title": doc.title, "url": doc.url,
                         "published_at": doc.published_at})
        docs.append({"doc_id": doc.doc_id, "name": doc.name, "title": doc.title,
                     "published": doc.published, "outlet": doc.source, "fmt": doc.fmt,
                     "n_records": len(recs), "url": doc.url, "published_at": doc.published_at})
    recs = pd.concat([base_recs, pd.DataFrame(rows)], ignore_index=True) if rows else base_recs
    all_docs = pd.concat([base_docs, pd.DataFrame(docs)], ignore_index=True) if docs else base_docs
    events, comparisons, recs = build_events(recs, all_docs)
    return {"records": recs, "events": events, "comparisons": comparisons, "documents": all_docs}


def frames(flt: Filter) -> Frames:
    """The frames for this session and filter (store content, plus its own uploads)."""
    store = get_store()
    if not uploads():
        return Frames(flt, store)
    key = (store.version(), _uploads_key())
    cache = st.session_state.setdefault("_merged", {})
    if key not in cache:
        cache.clear()
        cache[key] = _merge_uploads(store)
    return Frames(flt, store, cache[key])


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


def save_uploads(saved_by: str):
    """Write this session's uploads (with the records extracted here) to the shared store,
    recorded as saved by ``saved_by`` (from :func:`app_ui.auth.require_analyst`), one
    document at a time: returns the store's summary, whose ``results`` answer each
    document (added, already stored, or failed with the reason). Failed uploads stay in
    the session; the others leave it."""
    mine = uploads()
    if not mine:
        return None
    summary = get_store().add_extracted(mine, saved_by=saved_by)
    failed = {name for name, _ in summary.failed}
    st.session_state[UPLOADS] = [(d, r) for d, r in mine if d.name in failed]
    return summary
