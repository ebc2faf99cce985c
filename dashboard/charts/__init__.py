"""Plotly figure builders: pure functions from DataFrames to figures.

Every function takes the frames the store returns (``events_df``, ``comparisons_df``,
``records_df``, ``documents_df``; see ``dashboard.store``) and returns a
``plotly.graph_objects.Figure``. Nothing here reads files, the network or Streamlit,
so each builder is tested by looking at the figure's data.

The map is offline by default: ``map_style="white-bg"`` plus the country outlines the
app serves itself (``static/basemap/countries.geojson`` at ``app/static/...``); online
tiles are an option (``tiles="carto-positron"``). Precision stays visible: an event
placed only at a region or country is drawn as a large translucent disc, never as a
pin in a city.

Modules: ``text`` (colours, sizes, escaped hover texts), ``maps`` (the events map),
``figures`` (timeline, comparisons, per-event bars, weapons mix).
"""
from .figures import (casualties_by_event_figure, comparison_figure, count_points, event_label,
                      timeline_figure, weapons_mix, weapons_mix_figure)
from .maps import AGGREGATE_FROM, MAX_ZOOM, aggregate_events, fit_view, map_figure
from .text import (BASEMAP_URL, CASUALTY_FIGURES, COARSE, KIND_COLOURS, OTHER_COLOUR, casualties,
                   hover_texts, kind_colour, marker_size, marker_sizes)

__all__ = ["AGGREGATE_FROM", "aggregate_events", "BASEMAP_URL", "CASUALTY_FIGURES", "COARSE", "KIND_COLOURS", "MAX_ZOOM", "OTHER_COLOUR",
           "casualties", "casualties_by_event_figure", "comparison_figure", "count_points",
           "event_label", "fit_view", "hover_texts", "kind_colour", "map_figure", "marker_size",
           "marker_sizes", "timeline_figure", "weapons_mix", "weapons_mix_figure"]
