"""Where the pages get their data: the shared store, or this session's own copy with its
uploads, and the page views of ``dashboard.views`` cached for everyone.

- :func:`get_store`: one :class:`dashboard.store.Store` per server process
  (``st.cache_resource``), filled with ``assets/sample`` when empty (``python -m dashboard
  serve`` and ``make run`` fill it before the server starts, so no visitor waits for it).
- :func:`current_store`: the shared store, or, for a browser session that added articles,
  a private in-memory store holding the shared articles (up to :data:`COPY_LIMIT`) plus its
  own, grouped into events together; other sessions never see it.
- :func:`view`: ``dashboard.views.<name>(store, filter, ...)`` cached per (store version,
  filter, choices) in one cache shared by every session (``st.cache_resource``: results are
  read, never changed, so no copy per hit); bounded by entries and time.
"""
from __future__ import annotations

import streamlit as st

UPLOADS = "uploads"        # session_state key: list of (Document, list[dict] records)
SESSION_STORE = "_session_store"
COPY_LIMIT = 2000          # shared articles copied into a session's private store at most


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


def _session_store(shared, items):
    """An in-memory store with the shared articles (when few enough) and ``items``."""
    from dashboard.records import Record
    from dashboard.store import Store

    mem = Store(":memory:")
    stored: dict = {}
    docs = []
    if shared.count_documents() <= COPY_LIMIT:
        recs = shared.records_df()
        keep = [c for c in recs.columns if c not in ("extra", "rec_no", "event_id", "date_inferred", "published",
                                                    "outlet", "title")]
        for doc_id, grp in recs[keep].groupby("doc_id", sort=False):
            stored[doc_id] = [Record.from_dict({k: (None if v is None or v != v else v) for k, v in r.items()})
                              for r in grp.to_dict("records")]
        for doc_id in shared.documents_df()["doc_id"]:
            d = shared.document(doc_id)
            if d is not None:
                docs.append(d)
    for doc, recs in items:
        stored[doc.doc_id] = [Record.from_dict(r) for r in recs]
        docs.append(doc)
    mem.ingest(docs, extractor=lambda ds: {d.doc_id: stored.get(d.doc_id, []) for d in ds})
    return mem


def current_store():
    """This session's store: the shared one, or its private copy when it added articles."""
    shared = get_store()
    items = uploads()
    if not items:
        return shared
    key = (shared.version(), tuple(doc.doc_id for doc, _ in items))
    cached = st.session_state.get(SESSION_STORE)
    if cached is None or cached[0] != key:
        cached = (key, _session_store(shared, items))
        st.session_state[SESSION_STORE] = cached
    return cached[1]


def merged_alone() -> bool:
    """True when this session's uploads are shown without the shared articles (too many to copy)."""
    return bool(uploads()) and get_store().count_documents() > COPY_LIMIT


def _cache_key(store) -> tuple[str, int]:
    """(content version, 0 for the shared store or the session copy's id): what the caches are keyed by."""
    return store.version(), (0 if store is get_store() else id(store))


@st.cache_resource(show_spinner=False, max_entries=256, ttl=3600)
def _cached_view(name: str, version: str, store_id: int, flt, kwargs: tuple, _store):
    from dashboard import views
    return getattr(views, name)(_store, flt, **dict(kwargs))


def view(name: str, flt, **kwargs):
    """``dashboard.views.<name>(store, flt, **kwargs)``, cached for every session."""
    store = current_store()
    return _cached_view(name, *_cache_key(store), flt, tuple(sorted(kwargs.items())), store)


@st.cache_resource(show_spinner=False, max_entries=64, ttl=3600)
def _cached_event(event_id: str, version: str, store_id: int, base_url: str, _store):
    from dashboard import views
    return views.event_view(_store, event_id, base_url)


def event_view(event_id: str, base_url: str):
    store = current_store()
    return _cached_event(event_id, *_cache_key(store), base_url, store)


@st.cache_resource(show_spinner=False, max_entries=64, ttl=3600)
def _cached_article(doc_id: str, version: str, store_id: int, _store):
    return _store.document(doc_id), _store.document_records(doc_id)


def article(doc_id: str):
    """(the Document or None, its records) of this session's store, cached for everyone."""
    store = current_store()
    return _cached_article(doc_id, *_cache_key(store), store)


@st.cache_resource(show_spinner=False, max_entries=16, ttl=3600)
def _options(version: str, store_id: int, _store) -> dict:
    return _store.options()


def options() -> dict:
    """Filter choices of this session's store (computed once per store version)."""
    store = current_store()
    return _options(*_cache_key(store), store)


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
    st.session_state.pop(SESSION_STORE, None)
    return summary
