"""Timeline: events on a date axis, month-precision events as spans, statements and
publication dates alongside."""
import streamlit as st

from app_ui import explain_empty, page_setup
from dashboard import charts

flt, data = page_setup("Timeline")
st.caption("Events by the day they happened (size grows with killed + injured). An event known only "
           "to the month is drawn as a bar over that month. Statements and the articles' publication "
           "dates have their own rows.")

if not explain_empty(flt, data, "documents"):
    statements = data.of_type("statement")
    st.plotly_chart(charts.timeline_figure(data.events, statements, data.documents, height=460),
                    key="timeline")
    undated = int(data.events["date"].isna().sum()) if len(data.events) else 0
    if undated:
        st.caption(f"{undated} event(s) have no date and are not drawn; see Records.")
    if len(statements):
        st.subheader("Statements")
        cols = [c for c in ("date", "name", "text", "outlet", "doc") if c in statements]
        if len(statements) > 1000:
            st.caption(f"The first 1,000 of {len(statements):,}; the Records page lists and downloads them all.")
        st.dataframe(statements[cols].head(1000), hide_index=True, width="stretch")
