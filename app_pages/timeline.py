"""Timeline: events and casualties per day, week or month as bars, the events on a date
axis beside them, and statements; a date slider or a box over the bars sets the date filter."""
from datetime import date

import streamlit as st

from app_ui import explain_empty, page_setup
from app_ui.data import options, view
from app_ui.sidebar import set_dates
from dashboard.filters import parse_date
from dashboard.present import human_table

flt = page_setup("Timeline")
st.caption("Bars: events and killed + injured per period. Drag a box over the bars, or move the slider, to set "
           "the date filter of every page. Below: each event on its day (size grows with casualties; an event "
           "known only to its month is a bar over the month).")

freq = st.radio("Per", ["day", "week", "month"], index=1, horizontal=True, key="freq")


def _brushed():
    sel = st.session_state.get("time_bars")
    xs = [p.get("x") for p in (sel.selection.points if sel else []) if p.get("x")]
    days = sorted(d for d in (parse_date(str(x)[:10]) for x in xs) if d)
    if days:
        set_dates(days[0], days[-1])


def _slid():
    lo, hi = st.session_state["date_slider"]
    set_dates(lo, hi)


data = view("timeline_view", flt, freq=freq)
if not explain_empty(flt, data["events"], "events"):
    opts = options()
    lo, hi = opts.get("date_min") or date(2020, 1, 1), opts.get("date_max") or date.today()
    if lo < hi:
        value = (max(flt.date_from or lo, lo), min(flt.date_to or hi, hi))
        if value[0] > value[1]:
            value = (lo, hi)
        st.slider("Dates", min_value=lo, max_value=hi, value=value, key="date_slider", on_change=_slid,
                  format="D MMM YYYY")
    st.plotly_chart(data["bars"], key="time_bars", on_select=_brushed, selection_mode=("box",),
                    config={"displayModeBar": False})
    st.plotly_chart(data["timeline"], key="timeline")
    statements = data["statements"]
    if len(statements):
        st.subheader("Statements")
        if len(statements) >= 200:
            st.caption("The latest 200; the Records page lists and downloads them all.")
        st.dataframe(human_table(statements, ["date", "name", "text", "outlet", "doc"]), hide_index=True,
                     width="stretch")
