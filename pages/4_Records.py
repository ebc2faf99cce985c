"""Records: every extracted record with its evidence; CSV and GeoJSON downloads of
exactly what the filters show."""
import streamlit as st

from app_ui import explain_empty, page_setup
from app_ui.records import record_columns, to_geojson

TABLE_ROWS = 5000   # rows sent to the browser; downloads hold every row
flt, data = page_setup("Records")
st.caption("Every record extracted from the articles, with the words it came from. "
           "Downloads hold exactly the rows shown.")

if not explain_empty(flt, data, "records"):
    recs = data.records
    query = st.text_input("Search the evidence", key="rec_search", placeholder="e.g. Shahed, children")
    if query:
        hay = (recs["evidence"].fillna("") + " " + recs["sentence"].fillna("")).str.lower()
        recs = recs[hay.str.contains(query.lower(), regex=False)]
    st.markdown(f"**{len(recs)} records** ({flt.describe()})")
    shown = recs[record_columns(recs)]
    if len(shown) > TABLE_ROWS:
        st.caption(f"The table lists the first {TABLE_ROWS:,}; the downloads hold all {len(shown):,}.")
    st.dataframe(shown.head(TABLE_ROWS), hide_index=True, width="stretch", height=520, key="records_table")
    a, b = st.columns(2)
    # callables: the file is built only when the button is pressed, not on every rerun
    a.download_button("Download CSV", lambda: shown.to_csv(index=False).encode("utf-8"), "records.csv",
                      "text/csv", key="dl_csv")
    b.download_button("Download GeoJSON", lambda: to_geojson(shown).encode("utf-8"), "records.geojson",
                      "application/geo+json", key="dl_geojson")
