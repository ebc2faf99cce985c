"""The page list and the one script run every page goes through.

``run_app()`` sets the page config, builds ``st.navigation`` from :data:`PAGES`, draws the
sidebar filters (bound to the URL: ``?place=Sumy&from=2025-04-01``) and runs the chosen
page with that filter. Each page file only lays out what ``dashboard.views`` returns.
"""
from __future__ import annotations

import logging

import streamlit as st

# (file, title, url path, icon); the first is the default page. No icons: a Material icon
# becomes the tab's favicon, fetched from a font CDN, and the app reaches nothing outside itself
PAGES = [("app_pages/overview.py", "Overview", "", None),
         ("app_pages/map.py", "Map", "Map", None),
         ("app_pages/timeline.py", "Timeline", "Timeline", None),
         ("app_pages/comparisons.py", "Figure comparisons", "Comparisons", None),
         ("app_pages/event.py", "Event dossier", "Event", None),
         ("app_pages/records.py", "Records", "Records", None),
         ("app_pages/documents.py", "Articles", "Documents", None),
         ("app_pages/add_documents.py", "Add documents", "Add_documents", None)]
FILTER_KEY = "_page_filter"


def run_app() -> None:
    from .auth import gate_reading
    from .data import options, store_notice
    from .sidebar import sidebar_filter

    st.set_page_config(page_title="Conflict news dashboard", layout="wide")
    gate_reading()          # a team may require sign-in to read (see docs/hosting.md)
    store_notice()          # where the store went when the checkout is read-only
    pages = [st.Page(path, title=title, default=not url, **({"url_path": url} if url else {}))
             for path, title, url, icon in PAGES]
    page = st.navigation(pages, position="sidebar")
    st.session_state[FILTER_KEY] = sidebar_filter(options())
    try:
        page.run()
    except Exception as e:   # noqa: BLE001 - a public app shows what to do, never a traceback
        logging.getLogger("dashboard.app").exception("page %s failed", page.title)
        st.error(f"This page could not be drawn ({type(e).__name__}). Reload the page; if it happens again, "
                 "press *Clear filters* in the sidebar, and tell the maintainers the page address (the "
                 "details are in the server's log).")
    finally:
        st.session_state.pop(FILTER_KEY, None)
