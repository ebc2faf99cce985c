"""Overview: headline figures for the current filter, events per week, the latest events."""
import streamlit as st

from app_ui import explain_empty, page_setup
from app_ui.data import view
from dashboard.present import NOT_REPORTED, events_table

flt = page_setup("Conflict news dashboard")
st.caption("What the articles in the store report, for the filters in the sidebar (they apply to every "
           "page and live in the page address).")

data = view("overview", flt)
s = data["summary"]
if not explain_empty(flt, s.get("events") or s.get("articles") or 0, "events"):
    def shown(v):
        return f"{v:,}" if v else NOT_REPORTED

    cols = st.columns(6)
    cols[0].metric("Events", f"{s.get('events') or 0:,}")
    cols[1].metric("Killed", shown(s.get("killed")), help="Sum of each event's best estimate")
    cols[2].metric("Injured", shown(s.get("injured")))
    cols[3].metric("Missiles launched", shown(s.get("missiles")))
    cols[4].metric("Drones launched", shown(s.get("drones")))
    cols[5].metric("Outlets", f"{s.get('outlets') or 0:,}", help=f"{s.get('articles') or 0:,} articles")
    left, right = st.columns([3, 2])
    with left:
        st.subheader("Events and casualties per week")
        st.plotly_chart(data["bars"], key="overview_bars", config={"displayModeBar": False})
    with right:
        st.subheader("Latest events")
        st.dataframe(events_table(data["latest"])[["Date", "Place", "Kind", "Killed", "Injured", "Dossier"]],
                     hide_index=True, width="stretch",
                     column_config={"Dossier": st.column_config.LinkColumn("Dossier", display_text="open")})
    st.markdown(f"**Gaps:** {s.get('no_date') or 0:,} of {s.get('figures') or 0:,} figures lack a date, "
                f"{s.get('no_place') or 0:,} lack a place on the map (see *Records* to review them).")
