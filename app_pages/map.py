"""Map: every located event on an offline basemap (regions, rivers, town labels), bubbles
of casualties merged by place at low zoom; click, box or lasso to list events."""
import streamlit as st

from app_ui import explain_empty, page_setup, static_url
from app_ui.data import current_store, view
from app_ui.maps import size_legend, tiles_reachable
from dashboard.filters import Filter
from dashboard.present import events_table

flt = page_setup("Map")
st.caption("Hover a dot for its figures and who reported them. Click a dot, or pick the box or lasso tool "
           "(top right of the map) and drag, to list events beside the map and open their dossiers. Drag to move, "
           "scroll to zoom: region lines, rivers and town names appear as you zoom in.")

c1, c2 = st.columns([2, 1])
basemap = c1.radio("Basemap", ["Offline (built in)", "Online tiles (OpenStreetMap)"], horizontal=True,
                   key="basemap")
show_places = c2.toggle("Also every place named", value=False, key="show_places",
                        help="Grey dots (in the legend: click to show) for every place the articles name")
tiles = None
if basemap.startswith("Online"):
    ok, why = tiles_reachable()
    if ok:
        tiles = "osm"
    else:
        st.warning(f"Online tiles cannot be reached from this server ({why}): showing the offline basemap.")
data = view("map_view", flt, base_url=static_url("basemap"), tiles=tiles, show_places=show_places)
if not explain_empty(flt, data["located"] + data["unlocated"], "events"):
    left, right = st.columns([3, 2])
    with left:
        event = st.plotly_chart(data["figure"], key="map", on_select="rerun",
                                selection_mode=("points", "box", "lasso"), config={"scrollZoom": True})
        st.markdown(size_legend(), unsafe_allow_html=True)
        notes = []
        if data["summed"]:
            notes.append(f"{data['located']:,} located events: one dot per place (summed); narrow the filters "
                         "to see single events.")
        if data["unlocated"]:
            notes.append(f"{data['unlocated']:,} event(s) have no place and are not drawn (see Records).")
        if notes:
            st.caption(" ".join(notes))
    ids = [str(p["customdata"][0]) for p in (event.selection.points if event else [])
           if p.get("customdata") and p["customdata"][0]]
    with right:
        store = current_store()
        if ids:
            places = tuple(i[6:] for i in ids if i.startswith("place:"))
            events = [i for i in ids if not i.startswith("place:")]
            picked = store.events(Filter(places=places), limit=500, evidence=False) if places else None
            if events:
                import pandas as pd
                one = pd.concat([store.event(e) for e in events[:500]], ignore_index=True)
                picked = one if picked is None else pd.concat([picked, one], ignore_index=True)
            st.markdown(f"**{len(picked)} selected event(s)**")
        else:
            picked = store.events(flt, order="toll", limit=100, evidence=False)
            st.markdown(f"**Events in view**, the deadliest first ({min(len(picked), 100)} shown); "
                        "select dots to narrow")
        st.dataframe(events_table(picked).drop(columns=["Country", "Sources disagree"]), hide_index=True,
                     width="stretch", height=520, key="map_events",
                     column_config={"Dossier": st.column_config.LinkColumn("Dossier", display_text="open")})
