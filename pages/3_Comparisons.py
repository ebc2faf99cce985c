"""Figure comparisons: per event, each figure by source with ranges and disagreements;
across events, killed and injured per event and the weapons mix."""
import streamlit as st

from app_ui import explain_empty, page_setup
from dashboard import charts

TOP = 30   # events in the across-events bar charts

flt, data = page_setup("Figure comparisons")
st.caption("How sources' numbers compare. Grey band: the combined low-high range; dots: each source's "
           "figure with its own range; a red ✕ marks a source that disagrees with the others.")

if not explain_empty(flt, data, "events"):
    ev = data.events.sort_values("date", ascending=False, na_position="last")
    if st.toggle("Only events whose sources disagree", key="cmp_disagree") and "disagreement" in ev:
        ev = ev[ev["disagreement"].fillna(False).astype(bool)]
        if not len(ev):
            st.info("In the events shown, the sources agree on every figure.")
            st.stop()
    labels = {r["event_id"]: f"{charts.event_label(r)} · {r.get('kind') or ''} · "
                             f"{r.get('n_sources') or 1} source(s)" for r in ev.to_dict("records")}
    st.subheader("One event, source by source")
    event_id = st.selectbox("Event", list(labels), format_func=labels.get, key="cmp_event")
    cmp = data.comparisons[data.comparisons["event_id"] == event_id] if len(data.comparisons) else data.comparisons
    if len(cmp):
        st.plotly_chart(charts.comparison_figure(cmp), key="comparison")
        if "language" in data.documents and "language" not in cmp:   # each source's language (en, uk, ru)
            cmp = cmp.merge(data.documents[["doc_id", "language"]].drop_duplicates("doc_id"), on="doc_id", how="left")
        cols = [c for c in ("figure", "outlet", "language", "doc", "count", "low", "high", "qualifier", "combined_low",
                            "combined_best", "combined_high", "consistent", "note", "sentence") if c in cmp]
        st.dataframe(cmp[cols], hide_index=True, width="stretch")
    else:
        st.info("This event has no figures to compare.")
    st.subheader("Across events")
    if len(ev) > TOP:
        toll = ev["killed_best"].fillna(0).astype(float) + ev["injured_best"].fillna(0).astype(float)
        ev = ev.loc[toll.sort_values(ascending=False).index[:TOP]].sort_values("date", na_position="last")
        st.caption(f"The {TOP} events with the most killed and injured; narrow the filters to see others.")
    a, b = st.columns(2)
    with a:
        st.markdown("**Killed and injured per event** (best, bars span low-high)")
        st.plotly_chart(charts.casualties_by_event_figure(ev), key="casualties_by_event")
    with b:
        st.markdown("**Weapons launched per event**")
        recs = data.figures
        kinds = recs.loc[recs["type"] == "weapon", "category"].dropna().unique() if len(recs) else []
        mix = charts.weapons_mix(data.comparisons, kinds)
        if len(mix):
            st.plotly_chart(charts.weapons_mix_figure(data.comparisons, ev, kinds), key="weapons_mix")
        else:
            st.info("No weapon counts in the events shown.")
