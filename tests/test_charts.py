"""dashboard.charts: figures built from hand-made frames, checked through their data."""
import json

import pandas as pd

from dashboard import charts
from dashboard.charts import compare, figures, maps, text


def events_frame():
    return pd.DataFrame([
        {"event_id": "e1", "date": "2025-04-24", "date_precision": "day", "place": "Kyiv",
         "lat": 50.45, "lon": 30.52, "precision": "city", "country": "UA", "admin1": "Kyiv City",
         "kind": "missile", "sources": "BBC, Reuters", "killed_low": 9, "killed_best": 12,
         "killed_high": 12, "injured_low": 80, "injured_best": 90, "injured_high": 90,
         "missiles_best": 70, "drones_best": 145, "evidence": "At least 12 people were killed <b>in Kyiv</b>."},
        {"event_id": "e2", "date": "2025-04", "date_precision": "month", "place": "Sumy Oblast",
         "lat": 50.9, "lon": 34.8, "precision": "region", "country": "UA", "admin1": "Sumy",
         "kind": "drone", "sources": "BBC", "killed_best": 0, "injured_best": 3},
        {"event_id": "e3", "date": None, "date_precision": None, "place": None,
         "lat": None, "lon": None, "precision": None, "kind": "attack", "killed_best": 1},
    ])


def comparisons_frame():
    base = {"event_id": "e1", "qualifier": "exact", "sentence": "s", "start": 0, "end": 1, "note": ""}
    return pd.DataFrame([
        {**base, "figure": "killed", "doc_id": "d1", "doc": "a.txt", "outlet": "BBC", "count": 12, "low": 12,
         "high": 12, "combined_low": 9, "combined_best": 12, "combined_high": 12, "consistent": True},
        {**base, "figure": "killed", "doc_id": "d2", "doc": "b.txt", "outlet": "Reuters", "count": 9, "low": 9,
         "high": 9, "combined_low": 9, "combined_best": 12, "combined_high": 12, "consistent": False},
        {**base, "figure": "drone", "doc_id": "d1", "doc": "a.txt", "outlet": "BBC", "count": 145, "low": 145,
         "high": 145, "combined_low": 145, "combined_best": 145, "combined_high": 145, "consistent": True},
        {**base, "figure": "drone_shot_down", "doc_id": "d1", "doc": "a.txt", "outlet": "BBC", "count": 100,
         "low": 100, "high": 100, "combined_low": 100, "combined_best": 100, "combined_high": 100,
         "consistent": True},
        {**base, "figure": "missile", "doc_id": "d1", "doc": "a.txt", "outlet": "BBC", "count": 70, "low": 70,
         "high": 70, "combined_low": 70, "combined_best": 70, "combined_high": 70, "consistent": True},
    ])


def test_fit_view_stops_at_the_points_precision():
    _, city = charts.fit_view([50.45], [30.52], ["city"])
    _, district = charts.fit_view([50.45], [30.37], ["district"])
    assert city <= 7 < 10 <= district


def test_fit_view_zooms_to_a_district():
    _, country = charts.fit_view([44.5, 52.3], [22.2, 40.2])
    _, district = charts.fit_view([50.45, 50.46], [30.37, 30.39])
    assert district > country + 4


def test_timeline_month_event_is_a_span_and_statements_have_a_row():
    stm = pd.DataFrame([{"date": "2025-04-24", "name": "Zelensky", "text": "Putin <script>", "evidence": ""}])
    docs = pd.DataFrame([{"published": "2025-04-25", "title": "Kyiv attack", "name": "a.txt"}])
    fig = charts.timeline_figure(events_frame(), statements=stm, documents=docs)
    by_name = {t.name: t for t in fig.data}
    span = by_name["month-precision events"]
    assert list(span.x[:2]) == ["2025-04-01", "2025-05-01"] and span.mode == "lines"
    assert list(by_name["missile"].x) == ["2025-04-24"]
    assert list(by_name["statements"].y) == ["statements"]
    assert "&lt;script&gt;" in by_name["statements"].text[0]
    assert list(by_name["articles"].x) == ["2025-04-25"]


def test_month_span_wraps_the_year():
    assert figures._month_span("2024-12") == ("2024-12-01", "2025-01-01")


def test_basemap_file_is_served_and_draws_crimea_in_ukraine():
    from pathlib import Path
    path = Path(__file__).resolve().parents[1] / "static" / "basemap" / "countries.geojson"
    fc = json.loads(path.read_text())
    feats = {f["properties"]["name"]: f for f in fc["features"]}

    def in_ring(ring, lon, lat):          # ray casting
        inside = False
        for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
            if (y1 > lat) != (y2 > lat) and lon < x1 + (lat - y1) * (x2 - x1) / (y2 - y1):
                inside = not inside
        return inside

    def covers(feat, lon, lat):
        return any(in_ring(poly[0], lon, lat) for poly in feat["geometry"]["coordinates"])
    assert covers(feats["Ukraine"], 34.1, 44.95)          # Simferopol
    assert not covers(feats["Russia"], 34.1, 44.95)
    assert covers(feats["Russia"], 37.6, 55.75)           # Moscow
    assert all(len(r) >= 4 for f in fc["features"] for p in f["geometry"]["coordinates"] for r in p)


def test_wrap_series_matches_wrap():
    import pandas as pd
    texts = pd.Series(["short <b>", "word " * 80, "ends with br", ""])
    assert text._wrap_series(texts).tolist() == [text._wrap(t) for t in texts]


def test_timeline_of_many_events_and_articles_has_one_marker_per_day():
    one = events_frame().iloc[[0]]
    many = pd.concat([one.assign(event_id=f"k{i}", killed_best=1) for i in range(4)])
    docs = pd.DataFrame([{"published": "2025-04-25", "title": f"t{i}", "name": f"{i}.txt"} for i in range(4)])
    fig = charts.timeline_figure(many, documents=docs, aggregate_from=3)
    by_name = {t.name: t for t in fig.data}
    day = next(t for n, t in by_name.items() if n not in ("articles",))
    assert list(day.x) == ["2025-04-24"] and "killed: 4" in day.text[0] and "4 events" in day.text[0]
    assert list(by_name["articles"].x) == ["2025-04-25"] and by_name["articles"].text[0] == "4 articles"
    stm = pd.DataFrame([{"date": "2025-04-24", "name": "Zelensky", "text": f"q{i}"} for i in range(4)])
    month = pd.concat([events_frame().iloc[[1]].assign(event_id=f"m{i}") for i in range(4)])
    fig = charts.timeline_figure(pd.concat([many, month]), statements=stm, aggregate_from=3)
    by_name = {t.name: t for t in fig.data}
    assert by_name["statements"].text == ("4 statements",)
    assert list(by_name["month-precision events"].x) == ["2025-04-01", "2025-05-01", None]


def sources_frame():
    return pd.DataFrame([{"event_id": "e1", "line": "killed: BBC 12; Reuters ≥ 9<br>drones: BBC 145"}])


def test_map_dots_per_kind_rings_for_coarse_places_and_ids_to_select():
    ev = events_frame()
    fig = charts.map_figure(ev, charts.event_hovers(ev), base_url="http://h/app/static/basemap")
    names = [t.name for t in fig.data]
    assert names == ["attack", "drone (region or country only)", "missile"] or len(names) == 2
    dots = {t.name: t for t in fig.data}
    assert dots["drone (region or country only)"].marker.opacity < dots["missile"].marker.opacity
    assert list(dots["missile"].customdata[0]) == ["e1"]
    assert charts.count_points(fig) == 2          # the unplaced event is not drawn


def test_map_style_is_offline_with_served_layers_and_labels_by_zoom():
    ev = events_frame()
    style = charts.map_figure(ev, charts.event_hovers(ev), base_url="http://h/app/static/basemap").layout.map.style
    assert style["sources"]["admin1"]["data"] == "http://h/app/static/basemap/admin1.geojson"
    assert "glyphs" not in style and "tiles" not in style["sources"]
    labels = [l for l in style["layers"] if l["id"].startswith("labels-")]
    assert [l["minzoom"] for l in labels] == sorted(l["minzoom"] for l in labels) and len(labels) == 5
    events = style["sources"]["events"]
    assert events["cluster"] and events["clusterProperties"]["toll"] == ["+", ["get", "toll"]]
    assert [f["properties"]["toll"] for f in events["data"]["features"]] == [102, 3]
    online = charts.basemap_style("http://h/b", tiles="osm")
    assert "tiles" in online["sources"] and not any(l["id"] == "land" for l in online["layers"])
    assert charts.basemap_style("http://h/b")["id"] != online["id"]     # a new style is a new id: redrawn


def test_bubble_radius_grows_with_casualties_and_zoom_and_is_capped():
    r = maps.bubble_radius_px
    assert r(0, 5) < r(10, 5) < r(100, 5) < r(100, 9) and r(10 ** 7, 10) == maps.BUBBLE_MAX


def test_map_hover_leads_with_figures_then_sources_and_escapes_evidence():
    ev = events_frame()
    hover = charts.event_hovers(ev, sources_frame())
    assert hover[0].startswith("<b>killed 12 (9-12) · injured 90 (80-90)</b> · missiles 70 · drones 145<br>"
                               "killed: BBC 12; Reuters ≥ 9<br>drones: BBC 145<br>Kyiv (located to town/city)")
    assert "&lt;b&gt;in Kyiv&lt;/b&gt;" in hover[0] and "<b>in Kyiv" not in hover[0]
    assert hover[1].startswith("<b>killed 0 · injured 3</b>")
    assert "killed not reported" in charts.event_hovers(ev.assign(killed_best=None))[0]


def test_map_summed_places_say_how_many_events():
    ev = events_frame().iloc[[0]].assign(n_events=6, first="2025-04-01", last="2025-04-24")
    assert charts.event_hovers(ev)[0].startswith("6 events: <b>killed")


def test_kind_colours_are_distinct_for_every_event_kind():
    kinds = ["missile strike", "missile and drone strike", "drone strike", "air strike", "shelling", "attack"]
    assert len({charts.kind_colour(k) for k in kinds}) == len(kinds)
    assert charts.kind_colour("ballistic_missile") == charts.KIND_COLOURS["ballistic_missile"]


def test_sources_figure_shows_qualifiers_open_ranges_and_claims():
    cmp = pd.DataFrame([
        {"figure": "killed", "source_name": "BBC", "count": 21, "low": 21, "high": 21, "qualifier": "exact",
         "combined_low": 21, "combined_best": 21, "combined_high": None, "claimant": None},
        {"figure": "killed", "source_name": "Reuters", "count": 30, "low": 30, "high": None, "qualifier": "at_least",
         "combined_low": 21, "combined_best": 21, "combined_high": None, "claimant": None},
        {"figure": "killed", "source_name": "AP", "count": 40, "low": 36, "high": 44, "qualifier": "about",
         "combined_low": 21, "combined_best": 21, "combined_high": None, "claimant": None},
        {"figure": "drone_shot_down", "source_name": "TASS", "count": 85, "low": None, "high": 85, "qualifier": "up_to",
         "combined_low": 0, "combined_best": 85, "combined_high": 85, "claimant": "Russian MoD"},
        {"figure": "missile", "source_name": "BBC", "count": 70, "low": 71, "high": None, "qualifier": "more_than",
         "combined_low": 70, "combined_best": 70, "combined_high": None, "claimant": None}])
    fig = charts.sources_figure(cmp)
    labelled = {(t.name, t.text[0]) for t in fig.data if t.mode == "markers+text"}
    assert {("BBC", "21"), ("Reuters", "≥ 30"), ("AP", "~40"), ("TASS", "≤ 85 (claim)"), ("BBC", "> 70")} <= labelled
    colours = {t.name: (t.marker.color, t.marker.symbol) for t in fig.data if t.mode == "markers+text"}
    assert len({colours[n] for n in ("BBC", "Reuters", "AP", "TASS")}) == 4
    assert colours["TASS"][1].endswith("-open")
    arrows = [t for t in fig.data if t.mode == "lines+markers"]
    up = next(a for a in arrows if list(a.x)[0] == 30)
    assert list(up.x)[1] > 30 and list(up.marker.symbol)[-1] == "triangle-right"       # open upwards, not from 0
    down = next(a for a in arrows if list(a.x)[0] == 85)
    assert list(down.x)[1] == 0 and list(down.marker.symbol)[-1] == "triangle-left"
    assert not any(t.mode == "lines" and list(t.x)[0] == 0 and list(t.x)[1] == 30 for t in fig.data)


def test_events_bars_are_horizontal_named_and_open_ended_ones_say_so():
    ev = events_frame().iloc[:2].assign(killed_high=[None, None], killed_low=[12, None])
    fig = charts.events_bars_figure(ev, ["Kyiv, 24 April 2025 · missile", "Sumy Oblast, April 2025 · drone"])
    killed = next(t for t in fig.data if t.name == "killed")
    assert killed.orientation == "h" and list(killed.y) == ["Kyiv, 24 April 2025 · missile", "Sumy Oblast, April 2025 · drone"]
    assert list(killed.text) == ["≥ 12 →", "0"] and fig.layout.yaxis.autorange == "reversed"


def test_weapons_figure_launched_and_shot_down():
    w = pd.DataFrame([{"event_id": "e1", "weapon": "drone", "role": "launched", "best": 145},
                      {"event_id": "e1", "weapon": "drone", "role": "shot down", "best": 100},
                      {"event_id": "e2", "weapon": "missile", "role": "launched", "best": 7}])
    fig = charts.weapons_figure(w, {"e2": "Sumy", "e1": "Kyiv"})
    bars = {t.name: t for t in fig.data}
    assert set(bars) == {"drone launched", "drone shot down", "missile launched"}
    assert list(bars["drone shot down"].y) == ["Sumy", "Kyiv"] and list(bars["drone shot down"].x)[1] == 100


def test_period_bars_and_revisions():
    counts = pd.DataFrame({"period": ["2025-04-07", "2025-04-14"], "events": [2, 1], "killed": [3, 0], "injured": [1, 5]})
    fig = charts.period_bars_figure(counts, "week")
    assert [t.name for t in fig.data] == ["events", "killed", "injured"] and fig.layout.dragmode == "select"
    cmp = pd.DataFrame([{"figure": "killed", "count": 9, "low": 9, "high": 9, "qualifier": "exact", "source_name": "A",
                         "published": "2025-04-24", "published_at": "2025-04-24T08:00:00+00:00"},
                        {"figure": "killed", "count": 12, "low": 12, "high": None, "qualifier": "at_least",
                         "source_name": "B", "published": "2025-04-25", "published_at": None}])
    rev = charts.revisions_figure(cmp)
    assert list(rev.data[0].y) == [9, 12] and list(rev.data[0].text) == ["9", "≥ 12"]


def test_new_figures_serialise_to_json():
    ev = events_frame()
    for fig in (charts.map_figure(ev, charts.event_hovers(ev)), charts.sources_figure(comparisons_frame()),
                charts.place_map_figure(50.4, 30.5, "region", "Kyiv", "http://h/b")):
        assert json.loads(fig.to_json())["layout"]


def test_basemap_has_no_line_across_the_antimeridian_and_every_layer_is_small():
    from pathlib import Path
    folder = Path(__file__).resolve().parents[1] / "static" / "basemap"
    for name in ("countries", "admin1", "rivers", "lakes", "places"):
        path = folder / f"{name}.geojson"
        assert path.stat().st_size < 1_200_000, name
        fc = json.loads(path.read_text())
        for f in fc["features"]:
            g = f["geometry"]
            parts = [g["coordinates"]] if g["type"] in ("Point",) else (
                g["coordinates"] if g["type"] in ("MultiLineString", "Polygon") else
                [r for p in g["coordinates"] for r in p])
            for part in parts if g["type"] != "Point" else []:
                jumps = [abs(a[0] - b[0]) for a, b in zip(part, part[1:])]
                assert not jumps or max(jumps) < 180, (name, f["properties"])
    ua = json.loads((folder / "admin1.geojson").read_text())
    assert any(f["properties"]["a3"] == "UKR" for f in ua["features"])
    places = {f["properties"]["name"]: f["properties"]["rank"] for f in json.loads((folder / "places.geojson").read_text())["features"]}
    assert places["Kyiv"] == 1 and places["Kharkiv"] == 2 and places.get("Sumy") in (3, 4)
