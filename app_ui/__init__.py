"""Streamlit-side helpers shared by ``streamlit_app.py`` and ``pages/`` (never imported
by ``dashboard/``): page set-up, sidebar filters, cached data access, article rendering.

Every page starts with::

    from app_ui import page_setup
    flt, data = page_setup("Map")

which sets the page config, draws the sidebar filters (bound to the URL) and returns the
:class:`~dashboard.filters.Filter` and the filtered :class:`~app_ui.data.Frames`.
"""
from __future__ import annotations

import streamlit as st

EMPTY_CORPUS = ("The corpus is empty: no article has been loaded yet. "
                "Open **Add documents** to upload articles or paste text.")
EMPTY_RESULT = ("Nothing matches the current filters ({}). "
                "Widen the date range or remove a filter in the sidebar (or press *Clear filters*).")


def page_setup(title: str):
    """Page config, sidebar filters and the filtered frames for this page.

    No ``page_icon``: a Material or emoji favicon is fetched from a font CDN, and the
    app must not reach outside its own server."""
    from .auth import gate_reading
    from .data import frames, options, store_notice
    from .sidebar import sidebar_filter

    st.set_page_config(page_title=f"{title} · Conflict news dashboard", layout="wide")
    gate_reading()
    nav()
    store_notice()
    st.title(title)
    flt = sidebar_filter(options())
    data = frames(flt)
    return flt, data


PAGES = [("streamlit_app.py", "Overview", ":material/dashboard:"), ("pages/1_Map.py", "Map", ":material/map:"),
         ("pages/2_Timeline.py", "Timeline", ":material/timeline:"),
         ("pages/3_Comparisons.py", "Figure comparisons", ":material/compare_arrows:"),
         ("pages/4_Records.py", "Records", ":material/table:"), ("pages/5_Documents.py", "Documents", ":material/article:"),
         ("pages/6_Add_documents.py", "Add documents", ":material/upload_file:")]


def nav():
    """Our own page links (the built-in list would call the home page "streamlit app").
    Streamlit keeps the URL-bound filters in the address when switching pages."""
    from streamlit.errors import StreamlitPageNotFoundError

    with st.sidebar:
        try:
            for path, label, icon in PAGES:
                st.page_link(path, label=label, icon=icon)
        except StreamlitPageNotFoundError:
            pass   # a page run on its own (AppTest.from_file(page)) has no siblings
        st.divider()


def explain_empty(flt, data, what: str = "records") -> bool:
    """Show a helpful message and return True when there is nothing to draw."""
    if data.empty_corpus:
        st.info(EMPTY_CORPUS)
        return True
    frame = getattr(data, what)
    if frame is None or len(frame) == 0:
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
