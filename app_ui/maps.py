"""Map helpers the pages share: is the online tile server reachable, the size legend."""
from __future__ import annotations

import html

import streamlit as st

TILE_PROBE = "https://tile.openstreetmap.org/0/0/0.png"


@st.cache_data(ttl=600, show_spinner=False)
def tiles_reachable(url: str = TILE_PROBE, timeout: float = 2.0) -> tuple[bool, str]:
    """(True, "") when the tile server answers from here, else (False, why). Checked at
    most every 10 minutes; a hosted app's server and its visitors usually share a network."""
    import urllib.request
    try:
        req = urllib.request.Request(url, method="HEAD", headers={"User-Agent": "conflict-news-dashboard"})
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return (200 <= r.status < 400), f"HTTP {r.status}"
    except Exception as e:   # noqa: BLE001 - any failure means: use the offline basemap
        return False, type(e).__name__ + (f": {e.reason}" if hasattr(e, "reason") else "")


def size_legend(zoom: float = 4.5) -> str:
    """An inline SVG legend of bubble sizes (the same formula as the map's bubbles)."""
    from dashboard.charts.maps import CLUSTER_MAX_ZOOM, bubble_radius_px
    parts = []
    for n in (1, 10, 100, 1000):
        r = bubble_radius_px(n, zoom)
        d = 2 * r + 4
        parts.append(f'<svg width="{d:.0f}" height="{d:.0f}" style="vertical-align:middle">'
                     f'<circle cx="{d / 2:.1f}" cy="{d / 2:.1f}" r="{r:.1f}" fill="rgba(192,57,43,0.22)" '
                     f'stroke="#c0392b"/></svg>&nbsp;{n:,}&nbsp;&nbsp;')
    return ('<div class="size-legend" style="font-size:0.85rem">Bubble area: killed + injured '
            f'(at zoom {zoom:g}; bubbles grow as you zoom in): ' + "".join(parts)
            + f"<br>Below zoom {CLUSTER_MAX_ZOOM}, nearby events merge into one bubble labelled "
            + html.escape('"N events / M k+i" (killed + injured). Dots: one per event, coloured by kind; '
                          'a ring: known only to a region or country.') + "</div>")
