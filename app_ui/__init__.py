"""Streamlit-side helpers shared by ``streamlit_app.py`` and ``app_pages/`` (never imported
by ``dashboard/``): navigation, sidebar filters, cached views, article rendering.

Every page starts with::

    from app_ui import page_setup
    flt = page_setup("Map")

which draws the title and returns the :class:`~dashboard.filters.Filter` the sidebar holds
(a page run on its own, as AppTest does, draws the sidebar itself).
"""
from __future__ import annotations

import streamlit as st

EMPTY_CORPUS = ("The corpus is empty: no article has been loaded yet. "
                "Open **Add documents** to upload articles or paste text.")
EMPTY_RESULT = ("Nothing matches the current filters ({}). "
                "Widen the date range or remove a filter in the sidebar (or press *Clear filters*).")


def page_setup(title: str):
    """The page title and the current filter."""
    from .data import options
    from .nav import FILTER_KEY
    from .sidebar import sidebar_filter

    flt = st.session_state.get(FILTER_KEY)
    if flt is None:                     # run on its own (AppTest.from_file(page))
        flt = sidebar_filter(options())
    st.title(title)
    return flt


def is_empty_corpus() -> bool:
    from .data import current_store
    return current_store().count_documents() == 0


def explain_empty(flt, n: int, what: str = "events") -> bool:
    """Show a helpful message and return True when there is nothing to draw."""
    if is_empty_corpus():
        st.info(EMPTY_CORPUS)
        return True
    if not n:
        st.info(EMPTY_RESULT.format(flt.describe()) if not flt.is_empty()
                else f"The corpus has no {what} yet.")
        return True
    return False


def static_url(path: str) -> str:
    """Absolute URL of a file in ``static/`` as the browser sees the app.

    MapLibre loads GeoJSON layers in a web worker, where a relative URL does not
    resolve, so the map needs ``http://host/app/static/...``; this builds it from
    ``st.context.url`` and ``server.baseUrlPath`` (relative when unknown, e.g. AppTest).
    """
    from urllib.parse import urlsplit

    rel = "app/static/" + path.lstrip("/")
    try:
        url = st.context.url
    except (AttributeError, RuntimeError):
        url = None
    if not url:
        return rel
    parts = urlsplit(url)
    base = (st.get_option("server.baseUrlPath") or "").strip("/")
    return f"{parts.scheme}://{parts.netloc}/" + (f"{base}/" if base else "") + rel
