"""Figure comparisons: across events, killed and injured as named bars (by size or date)
and weapons launched vs shot down; per event, each source side by side (see the dossier)."""
import streamlit as st

from app_ui import explain_empty, page_setup
from app_ui.data import event_view, view
from app_ui import static_url
from dashboard.present import event_names

flt = page_setup("Figure comparisons")
c1, c2, c3 = st.columns([2, 1, 2])
order = c1.radio("Order", ["by size (killed + injured)", "by date (latest first)"], horizontal=True, key="cmp_order")
top = c2.selectbox("Events", [10, 25, 50], index=1, key="cmp_top")
disagree = c3.toggle("Only events whose sources disagree", key="cmp_disagree")
data = view("comparisons_view", flt, order="toll" if order.startswith("by size") else "date", top=top,
            disagree_only=disagree)
if not explain_empty(flt, len(data["events"]), "events"):
    st.subheader("One event, source by source")
    ev = data["events"]
    labels = dict(zip(ev["event_id"], event_names(ev) + ev["n_sources"].map(lambda n: f" · {n} source(s)")))
    event_id = st.selectbox("Event", list(labels), format_func=labels.get, key="cmp_event")
    one = event_view(event_id, static_url("basemap")) if event_id else None
    if one and one["sources"] is not None:
        st.caption("Each source has its own colour and marker, its figure written as it said it (≥ at least, "
                   "> more than, ~ about, ≤ up to); an open-ended figure points the open way; a hollow marker is a "
                   "claim by a party to the fighting; the grey band is the combined range.")
        st.plotly_chart(one["sources"], key="comparison")
        if one["disagreements"]:
            st.markdown("**Where the sources differ**\n\n" + "\n".join(f"- {d}" for d in one["disagreements"]))
        else:
            st.markdown("The sources agree on every figure of this event.")
        st.markdown(f"[Open this event's dossier](Event?event={event_id})")
    st.subheader(f"Across events: the {len(data['pick'])} " + ("deadliest" if order.startswith("by size") else "latest"))
    if data["bars"] is not None:
        st.plotly_chart(data["bars"], key="casualties_by_event")
    st.subheader("Weapons launched and shot down")
    if data["weapons"] is not None:
        st.plotly_chart(data["weapons"], key="weapons")
    else:
        st.info("No weapon counts in these events.")
