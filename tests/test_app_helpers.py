"""The app's pure helpers: article highlighting (escaped) and GeoJSON export."""
import json

import pandas as pd

from app_ui.highlight import highlight
from app_ui.records import evidence_by_event, to_geojson


def test_highlight_escapes_the_article_and_marks_spans():
    text = "<script>alert(1)</script> 12 people killed in <b>Kyiv</b>"
    start = text.index("12 people")
    html = highlight(text, [(start, start + 16, "casualty", "casualty: killed")])
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;b&gt;Kyiv&lt;/b&gt;" in html
    assert '<mark class="span-casualty"' in html and ">12 people killed</mark>" in html


def test_highlight_escapes_labels_and_skips_overlaps_and_bad_spans():
    text = "Shahed drones hit Odesa"
    spans = [(0, 13, "weapon", 'x" onmouseover="alert(1)'), (7, 13, "weapon", "inner"), (50, 60, "place", "out")]
    html = highlight(text, spans, selected=(0, 13))
    assert html.count("<mark") == 1 and "outline:2px solid" in html
    assert 'onmouseover="alert' not in html and "&quot; onmouseover=&quot;" in html


def test_geojson_keeps_rows_with_coordinates_and_their_columns():
    df = pd.DataFrame([{"type": "casualty", "count": 12, "lat": 50.45, "lon": 30.52, "date": "2025-04-24"},
                       {"type": "casualty", "count": 3, "lat": None, "lon": None, "date": None}])
    fc = json.loads(to_geojson(df))
    assert len(fc["features"]) == 1
    f = fc["features"][0]
    assert f["geometry"]["coordinates"] == [30.52, 50.45]
    assert f["properties"] == {"type": "casualty", "count": 12, "date": "2025-04-24"}
    assert json.loads(to_geojson(df.iloc[0:0]))["features"] == []


def test_evidence_by_event_prefers_a_casualty_sentence():
    cmp = pd.DataFrame([{"event_id": "e1", "figure": "drone", "sentence": "145 drones"},
                        {"event_id": "e1", "figure": "killed", "sentence": "12 killed"},
                        {"event_id": "e2", "figure": "missile", "sentence": "70 missiles"}])
    assert evidence_by_event(cmp) == {"e1": "12 killed", "e2": "70 missiles"}
