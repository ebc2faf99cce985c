"""Map: events sized by casualties, coloured by kind; coarse ones as discs.

Selecting points (box or lasso, or a click) filters the records listed beside the map.
"""
import streamlit as st

from app_ui import explain_empty, page_setup, static_url
from app_ui.records import evidence_by_event, figure_columns
from dashboard import charts

TABLE_ROWS = 1000   # rows sent to the browser beside the map
flt, data = page_setup("Map")
st.caption("Each event sits where it happened; size grows with killed + injured, colour shows the kind. "
           "An event known only to a region or country is a large pale disc, not a pin. "
           "Drag a box or lasso over points to list their records.")

if data.empty_corpus:
    explain_empty(flt, data, "events")
else:
    c1, c2 = st.columns([2, 1])
    tiles = c1.radio("Basemap", ["Offline outlines", "Online tiles (needs internet)"], horizontal=True,
                     key="basemap")
    show_places = c2.toggle("Show every place mentioned", value=True, key="show_places",
                            help="Grey dots: every place the articles name, at its own precision")
    ev = data.events.assign(evidence=data.events["event_id"].map(evidence_by_event(data.comparisons)))
    places = None
    if show_places:
        places = data.places if len(data.places) else None
    if not len(ev) and places is None:
        explain_empty(flt, data, "events")
        st.stop()
    fig = charts.map_figure(ev, places, tiles=None if tiles.startswith("Offline") else "carto-positron",
                            basemap_url=static_url("basemap/countries.geojson"))
    left, right = st.columns([3, 2])
    with left:
        event = st.plotly_chart(fig, key="map", on_select="rerun", selection_mode=("points", "box", "lasso"),
                                config={"scrollZoom": True})
        missing = int(data.events["lat"].isna().sum())
        if missing:
            st.caption(f"{missing} event(s) have no place on the map; see Records.")
    picked = {e for p in (event.selection.points if event else []) if p.get("customdata") and p["customdata"][0]
              for e in str(p["customdata"][0]).split(",")}     # a per-place marker holds many events
    with right:
        recs = data.figures
        if picked:
            recs = recs[recs["event_id"].isin(picked)]
            st.markdown(f"**{len(recs)} figures** in the {len(picked)} selected event(s)")
        else:
            st.markdown(f"**{len(recs)} figures** in view (select points to narrow)")
        if len(recs) > TABLE_ROWS:
            st.caption(f"Listing the first {TABLE_ROWS:,}; narrow the filters or select points for the rest.")
        st.dataframe(recs[figure_columns(recs)].head(TABLE_ROWS), hide_index=True, width="stretch",
                     height=480, key="map_records")
