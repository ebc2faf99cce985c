"""dashboard.charts: figures built from hand-made frames, checked through their data."""
import json

import pandas as pd

from dashboard import charts
from dashboard.charts import figures, text


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


def test_map_draws_located_events_as_points_and_regions_as_discs():
    fig = charts.map_figure(events_frame())
    names = [t.name for t in fig.data]
    assert names == ["drone (region/country-level)", "missile (located)"]
    disc, pin = fig.data
    assert min(disc.marker.size) >= 40 and disc.marker.opacity < 0.5
    assert pin.marker.opacity > 0.5
    assert list(pin.customdata[0]) == ["e1"]
    assert charts.count_points(fig) == 2          # the undated, unplaced event is not drawn


def test_map_is_offline_by_default_and_online_on_request():
    fig = charts.map_figure(events_frame())
    assert fig.layout.map.style == "white-bg"
    assert fig.layout.map.layers[0].source == charts.BASEMAP_URL
    online = charts.map_figure(events_frame(), tiles="carto-positron")
    assert online.layout.map.style == "carto-positron" and not online.layout.map.layers


def test_map_hover_escapes_evidence_and_shows_figures():
    text = charts.map_figure(events_frame()).data[1].text[0]
    assert "killed: 12 (9-12)" in text
    assert "&lt;b&gt;in Kyiv&lt;/b&gt;" in text and "<b>in Kyiv</b>" not in text


def test_map_size_grows_with_casualties():
    assert charts.marker_size(100) > charts.marker_size(4) > charts.marker_size(0)


def test_fit_view_stops_at_the_points_precision():
    _, city = charts.fit_view([50.45], [30.52], ["city"])
    _, district = charts.fit_view([50.45], [30.37], ["district"])
    assert city <= 7 < 10 <= district


def test_fit_view_zooms_to_a_district():
    _, country = charts.fit_view([44.5, 52.3], [22.2, 40.2])
    _, district = charts.fit_view([50.45, 50.46], [30.37, 30.39])
    assert district > country + 4


def test_map_places_layer_and_empty_frame():
    places = pd.DataFrame([{"name": "Sviatoshynskyi", "lat": 50.46, "lon": 30.37, "precision": "district"}])
    fig = charts.map_figure(events_frame().iloc[0:0], places=places)
    assert [t.name for t in fig.data] == ["places mentioned"]
    assert fig.layout.map.zoom >= 9.5 and abs(fig.layout.map.center.lon - 30.37) < 0.01   # a district
    empty = charts.map_figure(events_frame().iloc[2:])        # only an event without a place
    assert charts.count_points(empty) == 0
    assert empty.data[0].type == "scattermap" and empty.layout.map.style == "white-bg"


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


def test_comparison_marks_disagreement_and_range():
    fig = charts.comparison_figure(comparisons_frame(), "e1")
    bad = [t for t in fig.data if t.name == "disagrees"]
    assert len(bad) == 1 and list(bad[0].x) == [9] and bad[0].marker.color == "#d62728"
    band = [t for t in fig.data if t.name == "combined range" and t.y[0] == "killed"][0]
    assert list(band.x) == [9, 12]


def test_casualties_by_event_has_error_bars():
    fig = charts.casualties_by_event_figure(events_frame())
    killed = fig.data[0]
    assert killed.name == "killed" and list(killed.y) == [12, 0, 1]
    assert list(killed.error_y.arrayminus)[0] == 3


def test_weapons_mix_leaves_out_shot_down_and_casualties():
    mix = charts.weapons_mix(comparisons_frame())
    assert sorted(mix["weapon"]) == ["drone", "missile"]
    only_drones = charts.weapons_mix(comparisons_frame(), weapon_categories=["drone"])
    assert list(only_drones["weapon"]) == ["drone"]


def test_weapons_mix_takes_the_largest_of_a_kind_not_the_sum():
    c = comparisons_frame()
    model = c[c["figure"] == "drone"].assign(figure="drone (Shahed-136)", combined_best=90)
    mix = charts.weapons_mix(pd.concat([c, model]))
    assert mix.set_index("weapon").loc["drone", "best"] == 145
    fig = charts.weapons_mix_figure(comparisons_frame(), events_frame())
    assert sorted(t.name for t in fig.data) == ["drone", "missile"]
    assert fig.layout.barmode == "stack"


def test_figures_serialise_to_json():
    for fig in (charts.map_figure(events_frame()), charts.timeline_figure(events_frame()),
                charts.comparison_figure(comparisons_frame()),
                charts.weapons_mix_figure(comparisons_frame().iloc[0:0])):
        assert json.loads(fig.to_json())["layout"]


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


def test_kind_colour_uses_a_known_word_of_the_kind():
    assert charts.kind_colour("missile and drone strike") == charts.KIND_COLOURS["missile"]
    assert charts.kind_colour("something else") == charts.OTHER_COLOUR


def test_hover_texts_match_the_row_by_row_hover():
    ev = events_frame()
    assert charts.hover_texts(ev) == [text._hover(r) for r in ev.to_dict("records")]
    assert charts.marker_sizes(ev) == [charts.marker_size(charts.casualties(r)) for r in ev.to_dict("records")]


def test_wrap_series_matches_wrap():
    import pandas as pd
    texts = pd.Series(["short <b>", "word " * 80, "ends with br", ""])
    assert text._wrap_series(texts).tolist() == [text._wrap(t) for t in texts]


def test_many_events_are_drawn_one_marker_per_place_and_kind():
    one = events_frame().iloc[[0]]
    many = pd.concat([one.assign(event_id=f"k{i}", date=f"2025-04-{i + 1:02d}", killed_best=i) for i in range(5)]
                     + [events_frame().iloc[[1]]])
    fig = charts.map_figure(many, aggregate_from=3)
    kyiv = [t for t in fig.data if t.name.endswith("(located)")][0]
    assert len(kyiv.lat) == 1 and kyiv.customdata[0][0] == "k4,k3,k2,k1,k0"
    assert "2025-04-01 – 2025-04-05 (5 events)" in kyiv.text[0] and "killed: 10" in kyiv.text[0]
    assert charts.count_points(fig) == 2
    assert charts.count_points(charts.map_figure(many)) == 6          # under the threshold: every event


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
