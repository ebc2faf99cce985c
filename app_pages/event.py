"""Event dossier: one event (``?event=<id>``) with its sources, every figure with its
sentence, disagreements in words, the toll's revisions, claims, its place on a small map,
and the articles with the event's words highlighted."""
import streamlit as st

from app_ui import page_setup, static_url
from app_ui.data import article, current_store, event_view
from app_ui.highlight import highlight, legend, safe_link
from dashboard.present import (PRECISION_WORDS, event_names, figure_text, full_date, full_datetime, outlet_name,
                               toll_text)

flt = page_setup("Event dossier")
event_id = st.query_params.get("event")
if not event_id:
    ev = current_store().events(flt, order="date", limit=500, evidence=False)
    if not len(ev):
        st.info("No event matches the filters. Open an event from the Map, the Overview or Figure comparisons.")
        st.stop()
    labels = dict(zip(ev["event_id"], event_names(ev)))
    event_id = st.selectbox("Event", list(labels), format_func=labels.get, key="dossier_pick")
data = event_view(event_id, static_url("basemap"))
if data is None:
    st.warning(f"There is no event {event_id!r} in the store (it may have been regrouped by a later ingest). "
               "Open the Map or Figure comparisons to choose one.")
    st.stop()
e = data["event"]
st.subheader(data["name"])
cols = st.columns(5)
cols[0].metric("Killed", toll_text(e.get("killed_best"), e.get("killed_low"), e.get("killed_high")))
cols[1].metric("Injured", toll_text(e.get("injured_best"), e.get("injured_low"), e.get("injured_high")))
cols[2].metric("Sources", int(e.get("n_sources") or 0))
cols[3].metric("Located to", PRECISION_WORDS.get(e.get("precision"), e.get("precision") or "unknown"))
cols[4].metric("Sources disagree", "yes" if e.get("disagreement") is True else "no",
               help=("The date was inferred from a matching article. " if e.get("date_inferred") else "")
               + "See 'Where the sources differ' below.")

left, right = st.columns([3, 2])
with left:
    if data["sources"] is not None:
        st.markdown("**Each source's figures**")
        st.plotly_chart(data["sources"], key="dossier_sources")
    st.markdown("**Where the sources differ**")
    st.markdown("\n".join(f"- {d}" for d in data["disagreements"]) or "The sources agree on every figure.")
with right:
    if data["place_map"] is not None:
        st.markdown(f"**Place:** {e.get('place')} ({PRECISION_WORDS.get(e.get('precision'), '?')})")
        st.plotly_chart(data["place_map"], key="dossier_map", config={"scrollZoom": True})
    docs = data["documents"]
    st.markdown(f"**Articles ({len(docs)})**")
    st.dataframe([{"Outlet": outlet_name(r["outlet"], r["name"]), "Headline": r["title"] or "",
                   "Published": full_datetime(r["published_at"] or r["published"]), "Link": safe_link(r["url"]) or None}
                  for r in docs.to_dict("records")], hide_index=True, width="stretch",
                 column_config={"Link": st.column_config.LinkColumn("Link", display_text="original")})

cmp = data["comparisons"]
st.markdown("**Every figure, with its sentence**")
st.dataframe([{"Figure": str(r["figure"]).replace("_", " "), "Source": outlet_name(r["source_name"], r["doc"]),
               "Said": figure_text(r["count"], r["qualifier"], r["low"], r["high"], words=True),
               "Claimed by": r.get("claimant") or "", "Reported by": r.get("said_by") or "",
               "Language": r.get("language") or "",
               "Published": full_date(r.get("published_at") or r.get("published")), "Sentence": r["sentence"] or ""}
              for r in cmp.to_dict("records")], hide_index=True, width="stretch")
claims = cmp[cmp["claimant"].notna()] if "claimant" in cmp else cmp.iloc[:0]
if len(claims):
    st.markdown("**Claims by parties to the fighting**\n\n" + "\n".join(
        f"- {r['claimant']}: {figure_text(r['count'], r['qualifier'], r['low'], r['high'], words=True)} "
        f"{str(r['figure']).replace('_', ' ')} (in {outlet_name(r['source_name'], r['doc'])})"
        for r in claims.to_dict("records")))
if data["revisions"] is not None and len(data["revisions"].data):
    st.markdown("**The toll as reported over time**")
    st.plotly_chart(data["revisions"], key="dossier_revisions")

st.markdown("**The articles, with this event's words highlighted**")
names = {r["doc_id"]: f"{outlet_name(r['outlet'], r['name'])}: {r['title'] or r['name']}" for r in docs.to_dict("records")}
if names:
    doc_id = st.selectbox("Article", list(names), format_func=names.get, key="dossier_doc")
    doc = article(doc_id)[0]
    if doc is not None:
        mine = cmp[cmp["doc_id"] == doc_id]
        spans = [(r["start"], r["end"], "casualty" if str(r["figure"]).startswith(("killed", "injured", "missing"))
                  else "weapon", str(r["figure"]).replace("_", " ")) for r in mine.to_dict("records")
                 if r["start"] == r["start"] and r["end"] == r["end"]]
        st.markdown(legend(), unsafe_allow_html=True)
        with st.container(height=420):
            st.markdown(highlight(doc.text, spans), unsafe_allow_html=True)
