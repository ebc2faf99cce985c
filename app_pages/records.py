"""Records: every extracted record with its words, searchable and paged; downloads of the
events (ACLED-like CSV, GeoJSON: the same writers as ``python -m dashboard export``) and of
the records, for the current filters."""
import streamlit as st

from app_ui import explain_empty, page_setup
from app_ui.data import current_store, view
from app_ui.export import download_buttons

ROWS = 200
flt = page_setup("Records")
st.caption("Every record extracted from the articles, with the words it came from. Figures read as the source "
           "said them (≥ at least, > more than, ~ about, ≤ up to).")
query = st.text_input("Search the words and sentences", key="rec_search", placeholder="e.g. Shahed, children")
page = st.session_state.get("rec_page", 1)
data = view("records_view", flt, search=query or None, page=max(page - 1, 0), rows=ROWS)
if not explain_empty(flt, data["total"], "records"):
    pages = max(1, -(-data["total"] // ROWS))
    c1, c2 = st.columns([1, 3])
    c1.number_input(f"Page (of {pages:,})", min_value=1, max_value=pages, value=min(page, pages), key="rec_page")
    c2.markdown(f"**{data['total']:,} records** ({flt.describe()}{'; search: ' + query if query else ''})")
    st.dataframe(data["table"], hide_index=True, width="stretch", height=520, key="records_table")
    download_buttons(current_store(), flt)
