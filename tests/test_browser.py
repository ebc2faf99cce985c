"""Real-browser tests: the served app in Debian's chromium, with no network.

They load every page, change a filter and count the points the map and charts drew,
open a shared URL and find the same filter, and upload a document and find its records
in this session only. Expected numbers come from reading the app's own store file.
"""
import re
from pathlib import Path

import pytest

from playwright.sync_api import expect

from browser_support import plot_points, wait_idle, wait_plots, wait_points

pytestmark = pytest.mark.browser

PAGES = {"": "Conflict news dashboard", "Map": "Map", "Timeline": "Timeline",
         "Comparisons": "Figure comparisons", "Event": "Event dossier", "Records": "Records",
         "Documents": "Articles", "Add_documents": "Add documents"}
MAP_JS = "(() => document.querySelector('.js-plotly-plot')._fullLayout.map._subplot.map)()"
SEED = Path(__file__).resolve().parents[1] / "assets" / "sample"


@pytest.fixture(scope="module")
def served(browser, app_server):
    """The app, warmed up (the first run fills the store with the sample corpus)."""
    pg = browser.new_page()
    pg.goto(app_server.url, timeout=120_000)
    wait_idle(pg, timeout=120_000)
    pg.close()
    return app_server


def store_of(server):
    from dashboard.store import Store
    return Store(server.db_path)


def nav(page, title):
    """Click a page in the sidebar's navigation and wait for it."""
    page.locator('[data-testid="stSidebarNav"]').get_by_role("link", name=title, exact=True).click()
    expect(page.locator("h1").first).to_have_text(title if title != "Overview" else "Conflict news dashboard")
    wait_idle(page)


def map_ready(page):
    """Wait until the map's style and its served layers are loaded."""
    wait_plots(page)
    page.wait_for_function(f"() => {{ try {{ const m = {MAP_JS}; return m.isStyleLoaded() && m.loaded() &&"
                           f" ['countries', 'admin1', 'places', 'events'].every(s => m.isSourceLoaded(s)); }}"
                           " catch (e) { return false; } }", timeout=30_000)


def rendered(page, layers):
    """Features of these style layers drawn on screen now."""
    import json
    return page.evaluate(f"() => {MAP_JS}.queryRenderedFeatures({{layers: {json.dumps(layers)}}}).length")


def jump(page, lon, lat, zoom):
    page.evaluate(f"() => {MAP_JS}.jumpTo({{center: [{lon}, {lat}], zoom: {zoom}}})")
    page.wait_for_function(f"() => {MAP_JS}.loaded()", timeout=30_000)
    page.wait_for_timeout(300)


def open_page(page, url):
    page.goto(url)
    wait_idle(page)
    assert not page.locator('[data-testid="stException"]').count(), page.locator(
        '[data-testid="stException"]').first.inner_text()


def choose(page, label, option):
    """Pick ``option`` in the sidebar multiselect labelled ``label``."""
    box = page.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"]').filter(has_text=label)
    box.locator("input").click()
    page.get_by_role("option", name=option, exact=True).click()
    page.keyboard.press("Escape")
    wait_idle(page)


def chips(page, label) -> list[str]:
    box = page.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"]').filter(has_text=label)
    return [t.get_attribute("aria-label") for t in box.locator("[data-tag]").all()]


def metric(page, label):
    """The value locator of the metric ``label`` (use with ``expect``: it retries)."""
    m = page.locator('[data-testid="stMetric"]').filter(has_text=label).first
    return m.locator('[data-testid="stMetricValue"]')


def records_count(page) -> int:
    txt = page.locator('[data-testid="stMarkdown"]').filter(has_text=re.compile(r"[\d,]+ records")).first.inner_text()
    return int(re.search(r"([\d,]+) records", txt).group(1).replace(",", ""))


@pytest.mark.parametrize("path", list(PAGES))
def test_every_page_loads_offline_without_an_error(served, page, path):
    open_page(page, f"{served.url}/{path}")
    assert page.locator("h1").first.inner_text().strip() == PAGES[path]
    assert page.locator('[data-testid="stSidebar"]').get_by_text("Filters", exact=True).count() == 1
    assert page.locator('[data-testid="stSidebarNav"] a').count() == 8
    page.wait_for_timeout(300)
    assert not page.blocked, page.blocked            # nothing asked of any other server


def test_a_shared_url_survives_three_page_switches(served, browser):
    from browser_support import offline_page
    fresh = offline_page(browser)            # nothing shared with other tests but the URL
    try:
        open_page(fresh, f"{served.url}/Map?place=Sumy&from=2025-01-01")
        assert chips(fresh, "Places") == ["Sumy"]
        for title, path in (("Timeline", "/Timeline"), ("Figure comparisons", "/Comparisons"), ("Records", "/Records"),
                            ("Overview", "/")):
            nav(fresh, title)
            expect(fresh).to_have_url(re.compile(re.escape(path) + r"\?(.*&)?place=Sumy"))
            expect(fresh).to_have_url(re.compile(r"from=2025-01-01"))
            assert chips(fresh, "Places") == ["Sumy"]
            assert fresh.locator('[data-testid="stSidebar"] [data-testid="stDateInput"] input').first.input_value() == "2025-01-01"
    finally:
        fresh.context.close()


def test_a_filter_change_redraws_and_holds_across_pages(served, page):
    from dashboard.filters import Filter
    store = store_of(served)
    open_page(page, served.url)
    expect(metric(page, "Events")).to_have_text(str(store.count_events()))
    choose(page, "Record types", "weapon")
    expect(page).to_have_url(re.compile(r"type=weapon"))
    expect(metric(page, "Events")).to_have_text(str(store.count_events(Filter(types=("weapon",)))))
    nav(page, "Map")
    expect(page).to_have_url(re.compile(r"/Map\?type=weapon"))
    assert chips(page, "Record types") == ["weapon"]


def test_the_map_draws_regions_rivers_and_labels_offline(served, page):
    open_page(page, f"{served.url}/Map")
    map_ready(page)
    jump(page, 31.5, 49.0, 5.5)
    assert rendered(page, ["admin1"]) > 0 and rendered(page, ["borders"]) > 0 and rendered(page, ["rivers"]) > 0
    # (labels are placed after the tiles load, later still on a loaded machine: wait for them, up to 15 s)
    page.wait_for_function(f"() => {MAP_JS}.queryRenderedFeatures({{layers: ['labels-1', 'labels-2']}}).length > 0",
                           timeout=15_000)
    assert rendered(page, ["labels-1", "labels-2"]) > 0            # Kyiv, Kharkiv ...
    jump(page, 31.5, 49.0, 2.0)
    assert rendered(page, ["labels-4", "labels-5"]) == 0           # small towns only when zoomed in
    served_paths = {u.split("/app/static/")[-1] for u in page.served if "/app/static/" in u}
    assert {"basemap/admin1.geojson", "basemap/places.geojson", "basemap/countries.geojson"} <= served_paths
    assert not page.blocked


def test_events_merge_into_bubbles_at_low_zoom_and_split_as_you_zoom(served, page):
    store = store_of(served)
    kyiv = store.events(evidence=False)
    kyiv = kyiv[kyiv["place"] == "Kyiv"]
    if len(kyiv) < 2:
        pytest.fail("the sample has two Kyiv events")
    open_page(page, f"{served.url}/Map")
    map_ready(page)
    jump(page, 30.52, 50.45, 4.0)
    assert rendered(page, ["bubbles-cluster"]) >= 1
    labels = page.evaluate(f"() => {MAP_JS}.queryRenderedFeatures({{layers: ['bubbles-cluster']}})"
                           ".map(f => [f.properties.n, f.properties.toll])")
    toll = int(kyiv["killed_best"].fillna(0).sum() + kyiv["injured_best"].fillna(0).sum())
    assert [len(kyiv), toll] in labels
    jump(page, 30.52, 50.45, 9.0)
    assert rendered(page, ["bubbles-cluster"]) == 0 and rendered(page, ["bubbles-event"]) >= 2


def test_click_box_and_lasso_select_events_on_the_map(served, page):
    from browser_support import box_select, map_points_on_screen
    store = store_of(served)
    n = store.count_events(located=True)
    open_page(page, f"{served.url}/Map")
    map_ready(page)
    page.wait_for_timeout(500)
    points = map_points_on_screen(page)
    page.locator('.js-plotly-plot .modebar-btn[data-title="Box Select"]').click()
    box_select(page, points)
    expect(page.get_by_text(f"{n} selected event(s)")).to_be_visible()
    wait_idle(page)
    # lasso: switch the drag mode and draw a ring around the points
    page.reload()
    wait_idle(page)
    map_ready(page)
    page.locator('.js-plotly-plot .modebar-btn[data-title="Lasso Select"]').click()
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    cx, cy, r = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2, max(max(xs) - min(xs), max(ys) - min(ys)) / 2 + 30
    import math
    page.mouse.move(cx + r, cy)
    page.mouse.down()
    for k in range(1, 25):
        page.mouse.move(cx + r * math.cos(k * math.pi / 12), cy + r * math.sin(k * math.pi / 12))
    page.mouse.up()
    expect(page.get_by_text(f"{n} selected event(s)")).to_be_visible(timeout=15_000)
    # a click on one dot selects its event
    page.reload()
    wait_idle(page)
    map_ready(page)
    x, y = map_points_on_screen(page)[-1]
    page.mouse.move(x - 3, y - 3)
    page.mouse.move(x, y, steps=3)
    page.wait_for_timeout(400)                  # the hover label shows: Plotly knows the point
    page.mouse.click(x, y)
    expect(page.get_by_text("1 selected event(s)")).to_be_visible(timeout=15_000)


def test_comparisons_show_each_sources_qualifier(served, page):
    open_page(page, f"{served.url}/Comparisons")
    wait_plots(page, 2)
    texts = page.evaluate("() => document.querySelector('.js-plotly-plot').data.filter(t => t.mode === 'markers+text')"
                          ".map(t => t.text[0])")
    assert "≥ 12" in texts and any(t.startswith("> 70") for t in texts)
    assert page.locator("svg text").filter(has_text="≥ 12").count() >= 1     # drawn, not only in the data


def test_event_dossier_opens_from_a_table_link(served, page):
    open_page(page, served.url)
    store = store_of(served)
    first = store.events(order="date", limit=1, evidence=False).iloc[0]
    open_page(page, f"{served.url}/Event?event={first['event_id']}")
    expect(page.get_by_text("Every figure, with its sentence")).to_be_visible()
    assert page.locator(".article mark").count() > 0
    assert page.locator('[data-testid="stMain"] .article script').count() == 0


def test_timeline_brush_sets_the_date_filter(served, page):
    open_page(page, f"{served.url}/Timeline")
    wait_plots(page, 2)
    box = page.locator(".js-plotly-plot").first.locator(".nsewdrag").first.bounding_box()
    page.mouse.move(box["x"] + 5, box["y"] + 10)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] - 5, box["y"] + box["height"] - 10, steps=8)
    page.mouse.up()
    expect(page).to_have_url(re.compile(r"from=\d{4}-\d\d-\d\d.*to=\d{4}-\d\d-\d\d"), timeout=20_000)


def test_tables_read_as_words_and_filter_lists_are_filled(served, page):
    page.set_viewport_size({"width": 1400, "height": 1600})     # room below the last filters for their lists
    open_page(page, f"{served.url}/Records")
    grid = page.locator('[data-testid="stDataFrame"]').first
    grid.wait_for()
    text = page.evaluate("() => document.querySelector('[data-testid=\"stDataFrame\"]').innerText")
    assert "None" not in text and "nan" not in text
    wait_idle(page)
    page.wait_for_timeout(500)
    for label in ("Weapons", "Sources (outlets)", "Countries"):
        box = page.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"]').filter(has_text=label)
        box.locator("input").click()
        page.get_by_role("option").first.wait_for(timeout=5_000)
        assert page.get_by_role("option").count() > 0, label
        page.keyboard.press("Escape")
    box = page.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"]').filter(has_text="Countries")
    box.locator("input").click()
    page.get_by_role("option").first.wait_for(timeout=5_000)     # (the list opens after the click, not with it)
    assert page.get_by_role("option", name="Ukraine", exact=True).count() == 1
    page.keyboard.press("Escape")


def test_events_csv_downloads_with_the_cli_columns(served, page):
    from dashboard.exports import render
    from dashboard.filters import Filter
    from playwright.sync_api import TimeoutError as PlaywrightTimeout
    open_page(page, f"{served.url}/Records")
    button = page.get_by_role("button", name="Events CSV (ACLED columns)")
    expect(button).to_be_enabled()
    for attempt in (1, 2):      # a click that lands while the page still reruns is lost: once more
        try:
            with page.expect_download(timeout=60_000) as dl:
                button.click()
            break
        except PlaywrightTimeout:
            errors = page.locator('[data-testid="stException"], [data-testid="stDownloadButtonError"]')
            assert not errors.count(), errors.first.inner_text()
            assert attempt == 1, "no download after two clicks"
            expect(button).to_be_enabled(timeout=60_000)
            wait_idle(page)
    got = open(dl.value.path(), encoding="utf-8").read()
    assert got == render(store_of(served).events_df(Filter()), "csv", "events")


def test_upload_a_document_and_find_its_records_in_this_session_only(served, page, browser, tmp_path):
    from browser_support import offline_page
    text = ("Kharkiv, 3 May 2025. A Russian drone strike on Kharkiv on Saturday killed 4 people and "
            "injured 17 others, the regional governor said. Russia launched 55 Shahed drones overnight.")
    path = tmp_path / "kharkiv-upload.txt"
    path.write_text(text)
    open_page(page, f"{served.url}/Records")
    before = records_count(page)
    page.get_by_role("link", name="Add documents", exact=True).click()
    expect(page.locator("h1").first).to_have_text("Add documents")
    wait_idle(page)
    page.locator('input[type="file"]').set_input_files(str(path))
    page.get_by_text("kharkiv-upload.txt").wait_for()
    page.get_by_role("button", name="Extract records").click()
    wait_idle(page, timeout=120_000)
    msg = page.locator('[data-testid="stAlert"]').filter(has_text="kharkiv-upload.txt: ").first.inner_text()
    added = int(re.search(r"(\d+) records extracted", msg).group(1))
    assert added > 0
    page.get_by_role("link", name="Records", exact=True).click()
    expect(page.get_by_text(re.compile(rf"^{before + added:,} records")).first).to_be_visible()
    page.get_by_role("link", name="Articles", exact=True).click()
    expect(page.locator("h1").first).to_have_text("Articles")
    wait_idle(page)
    page.locator('[data-testid="stSelectbox"]').first.click()
    assert page.get_by_role("option").filter(has_text="kharkiv-upload").count() == 1
    other = offline_page(browser)            # another session does not see the upload
    try:
        open_page(other, f"{served.url}/Records")
        assert records_count(other) == before
    finally:
        other.context.close()


def test_bad_uploads_are_named_and_the_good_ones_added_no_script_runs(served, page, tmp_path):
    """An oversize file and a .pdf used to be dropped by the browser widget itself, without
    a word after "Extract records"; each bad file now gets a message naming it."""
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    files = {"good-upload.txt": "Kharkiv. A Russian drone strike on Kharkiv killed 4 people and injured 17 others.",
             "empty-upload.txt": "", "big-upload.txt": "x" * (2 * 1024 * 1024 + 10),
             "scan-upload.pdf": "%PDF-1.4 not an article",
             "xss-upload.html": "<html><head><script>alert(1)</script></head><body><p>Drones hit Odesa, killing "
                                "2 people.</p><img src=x onerror=alert(2)><a href='javascript:alert(3)'>x</a></body></html>"}
    paths = []
    for name, text in files.items():
        (tmp_path / name).write_text(text)
        paths.append(str(tmp_path / name))
    (tmp_path / "image-upload.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    paths.append(str(tmp_path / "image-upload.txt"))
    open_page(page, f"{served.url}/Add_documents")
    page.locator('input[type="file"]').set_input_files(paths)
    page.get_by_text("image-upload.txt").wait_for()
    page.wait_for_timeout(500)
    page.get_by_role("button", name="Extract records").click()
    page.locator('[data-testid="stAlert"]').filter(has_text="good-upload.txt: ").first.wait_for(timeout=120_000)
    wait_idle(page, timeout=120_000)
    assert not page.locator('[data-testid="stException"]').count()
    alerts = [a.inner_text() for a in page.locator('[data-testid="stAlert"]').all()]
    for bad in ("empty-upload.txt", "big-upload.txt", "scan-upload.pdf", "image-upload.txt"):
        assert sum(f"{bad} was not added" in a for a in alerts) == 1, (bad, alerts)
    assert any(re.search(r"good-upload.txt: \d+ records extracted", a) for a in alerts), alerts
    assert any(a.startswith("xss-upload.html:") for a in alerts), alerts
    expect(page.get_by_text("This session's articles (2)")).to_be_visible()
    page.get_by_role("link", name="Articles", exact=True).click()
    expect(page.locator("h1").first).to_have_text("Articles")
    wait_idle(page)
    page.locator('[data-testid="stSelectbox"]').first.click()
    page.get_by_role("option").filter(has_text="xss-upload").first.click()
    wait_idle(page)
    page.wait_for_timeout(500)
    assert not page.locator('[data-testid="stMain"] .article script, [data-testid="stMain"] .article img').count()
    assert not dialogs
