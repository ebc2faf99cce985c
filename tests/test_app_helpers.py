"""The app's pure helpers: article highlighting (escaped)."""


from app_ui.highlight import highlight


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


def test_words_an_analyst_reads():
    import pandas as pd

    from dashboard import present
    assert [present.figure_text(12, "at_least"), present.figure_text(70, "more_than", 71),
            present.figure_text(40, "about"), present.figure_text(85, "up_to", None, 85),
            present.figure_text(12, "at_least", words=True)] == ["≥ 12", "> 70", "~40", "≤ 85", "at least 12"]
    assert present.toll_text(None) == "not reported" and present.toll_text(9, 9, 12) == "9 (9-12)"
    assert present.toll_text(12, 12, None) == "≥ 12"
    assert [present.full_date("2025-04-24"), present.full_date("2025-04", "month"), present.full_date(None)] == \
        ["24 April 2025", "April 2025", ""]
    assert present.country_name("UA") == "Ukraine" and present.outlet_name(None, "000_abc.txt") == "000_abc"
    table = present.human_table(pd.DataFrame({"date": ["2025-04-24", None], "country": ["UA", None],
                                              "outlet": ["BBC", None]}))
    assert list(table.columns) == ["Date", "Country", "Outlet"]
    assert table.iloc[1].tolist() == ["", "", ""] and table.iloc[0].tolist() == ["24 April 2025", "Ukraine", "BBC"]
