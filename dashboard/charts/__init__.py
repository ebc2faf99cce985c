"""Plotly figure builders: pure functions from DataFrames to figures.

Every function takes frames the store returns and returns a
``plotly.graph_objects.Figure``. Nothing here reads files, the network or Streamlit,
so each builder is tested by looking at the figure's data.

Modules: ``text`` (kind colours, escaped and vectorised hover texts), ``maps`` (the offline
MapLibre style with served Natural Earth layers and town labels; events as clustered
casualty bubbles plus selectable dots), ``compare`` (sources side by side with their
qualifiers, events as named horizontal bars, weapons launched vs shot down, bars per
period, revisions), ``figures`` (the event timeline).
"""
from .compare import (events_bars_figure, period_bars_figure, revisions_figure, sources_figure,
                      weapons_figure)
from .figures import count_points, event_label, timeline_figure
from .maps import (CLUSTER_MAX_ZOOM, MAX_ZOOM, basemap_style, bubbles_geojson, fit_view, map_figure,
                   place_map_figure)
from .text import (CASUALTY_FIGURES, COARSE, KIND_COLOURS, OTHER_COLOUR, event_hovers, hover_texts,
                   kind_colour, marker_sizes, source_lines)

__all__ = ["CASUALTY_FIGURES", "CLUSTER_MAX_ZOOM", "COARSE", "KIND_COLOURS", "MAX_ZOOM", "OTHER_COLOUR",
           "basemap_style", "bubbles_geojson", "count_points", "event_hovers", "event_label",
           "events_bars_figure", "fit_view", "hover_texts", "kind_colour", "map_figure", "marker_sizes",
           "period_bars_figure", "place_map_figure", "revisions_figure", "source_lines", "sources_figure",
           "timeline_figure", "weapons_figure"]
