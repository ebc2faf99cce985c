"""Overview: headline figures for the current filter, the latest events, and gaps.

Run with ``streamlit run streamlit_app.py`` (or ``make run``). This file is the home
page of a classic multipage app; the other pages are in ``pages/``. All logic lives in
``dashboard/``; ``app_ui/`` holds the Streamlit glue every page shares.
"""
import streamlit as st

from app_ui import explain_empty, page_setup
from dashboard import charts

flt, data = page_setup("Conflict news dashboard")
st.caption("Overview of the articles in the store: figures, latest events and what is missing. "
           "Filters in the sidebar apply to every page and live in the page address.")

if not explain_empty(flt, data, "documents"):
    ev, docs = data.events, data.documents

    def total(col):
        return int(ev[col].fillna(0).sum()) if col in ev and len(ev) else 0

    cols = st.columns(6)
    cols[0].metric("Events", len(ev))
    cols[1].metric("Killed", total("killed_best"))
    cols[2].metric("Injured", total("injured_best"))
    cols[3].metric("Missiles launched", total("missiles_best"))
    cols[4].metric("Drones launched", total("drones_best"))
    n_sources = docs["outlet"].fillna(docs["name"]).nunique() if len(docs) else 0
    cols[5].metric("Sources", n_sources, help=f"{len(docs)} articles")

    gaps = st.empty()   # filled last: the chart is drawn before every figure is read

    left, right = st.columns([3, 2])
    with left:
        st.subheader("Timeline")
        if len(ev):
            st.plotly_chart(charts.timeline_figure(ev, documents=docs, height=320), key="overview_timeline")
        else:
            st.info("No events match the filters.")
    with right:
        st.subheader("Latest events")
        if len(ev):
            latest = ev.sort_values("date", ascending=False, na_position="last").head(10)
            show = [c for c in ("date", "place", "kind", "killed_best", "injured_best", "sources") if c in latest]
            st.dataframe(latest[show], hide_index=True, width="stretch")
        else:
            st.info("No events match the filters.")

    figures = data.figures
    no_date = int(figures["date"].isna().sum()) if len(figures) else 0
    no_place = int(figures["lat"].isna().sum()) if len(figures) else 0
    gaps.markdown(f"**Gaps:** {no_date} of {len(figures)} figures lack a date, "
                  f"{no_place} lack a place on the map (see *Records* to review them).")
