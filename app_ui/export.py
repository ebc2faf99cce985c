"""Downloads: events (ACLED-like CSV, GeoJSON) and records (CSV) for a filter, written by
the same writers as ``python -m dashboard export`` (``dashboard.exports.render``), built only when a button
is pressed (without rerunning the page: a rerun racing the file's generation could lose the
click), with an optional UTF-8 byte-order mark so Excel reads accents and Cyrillic."""
from __future__ import annotations

import streamlit as st

BOM = "\ufeff"


def _render(store, flt, fmt: str, level: str, bom: bool) -> bytes:
    from dashboard.exports import render
    df = store.events_df(flt) if level == "events" else store.records_df(flt)
    text = render(df, fmt, level)
    return ((BOM if bom and fmt == "csv" else "") + text).encode("utf-8")


def download_buttons(store, flt) -> None:
    st.markdown("**Download** (the current filters; the same columns as `python -m dashboard export`)")
    bom = st.checkbox("CSV for Excel (UTF-8 with a byte-order mark)", key="dl_bom")
    a, b, c = st.columns(3)
    a.download_button("Events CSV (ACLED columns)", lambda: _render(store, flt, "csv", "events", bom),
                      "events.csv", "text/csv", key="dl_events_csv", on_click="ignore")
    b.download_button("Events GeoJSON", lambda: _render(store, flt, "geojson", "events", False),
                      "events.geojson", "application/geo+json", key="dl_events_geojson",
                      on_click="ignore")
    c.download_button("Records CSV", lambda: _render(store, flt, "csv", "records", bom),
                      "records.csv", "text/csv", key="dl_records_csv", on_click="ignore")
