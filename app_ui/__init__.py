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


def page_setup(title: str, icon: str = "🗺️"):
    """Page config, sidebar filters and the filtered frames for this page."""
    from .data import frames, options
    from .sidebar import sidebar_filter

    st.set_page_config(page_title=f"{title} · Conflict news dashboard", page_icon=icon, layout="wide")
    st.title(title)
    flt = sidebar_filter(options())
    data = frames(flt)
    return flt, data


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
