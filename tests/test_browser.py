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
         "Comparisons": "Figure comparisons", "Records": "Records", "Documents": "Documents",
         "Add_documents": "Add documents"}
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


def located(events) -> int:
    """Event markers on the map (per place and kind above charts.AGGREGATE_FROM)."""
    from dashboard.benchmarks.app import _markers
    return _markers(events)


def named_places(store, flt=None) -> int:
    """Distinct places with coordinates (the map's grey "places mentioned" layer)."""
    from dataclasses import replace

    from dashboard.filters import Filter
    flt = flt or Filter()
    if flt.types and "place" not in flt.types:
        return 0
    recs = store.records_df(replace(flt, types=("place",)))
    return int(recs.loc[recs["lat"].notna(), "name"].nunique()) if len(recs) else 0


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
    txt = page.locator('[data-testid="stMarkdown"]').filter(has_text=re.compile(r"\d+ records")).first.inner_text()
    return int(re.search(r"(\d+) records", txt).group(1))


@pytest.mark.parametrize("path", list(PAGES))
def test_every_page_loads_offline(served, page, path):
    open_page(page, f"{served.url}/{path}")
    assert page.locator("h1").first.inner_text().strip() == PAGES[path]
    assert page.locator('[data-testid="stSidebar"]').get_by_text("Filters", exact=True).count() == 1
    assert not [u for u in page.blocked if "127.0.0.1" in u]


def test_map_draws_every_located_event_on_the_offline_basemap(served, page):
    open_page(page, f"{served.url}/Map")
    wait_plots(page)
    store = store_of(served)
    wait_points(page, [located(store.events_df()) + named_places(store)])
    style = page.evaluate("() => document.querySelector('.js-plotly-plot').layout.map.style")
    assert style == "white-bg"
    # the outlines came from the app itself
    from dashboard.benchmarks.app import BASEMAP_JS
    page.wait_for_function(BASEMAP_JS)          # the outlines loaded and hold features
    assert any(u.endswith("/app/static/basemap/countries.geojson") for u in page.served)
    assert not page.blocked


def test_selecting_points_on_the_map_filters_the_records_beside_it(served, page):
    from browser_support import box_select, map_points_on_screen
    store = store_of(served)
    events = store.events_df()
    events = events[events["lat"].notna()]
    if not len(events):
        pytest.fail("the sample corpus has no event with a place")
    figures = store.records_df()
    figures = figures[figures["type"].isin(["casualty", "weapon"])]
    open_page(page, f"{served.url}/Map")
    wait_plots(page)
    page.wait_for_timeout(500)
    box_select(page, map_points_on_screen(page))
    page.get_by_text("selected event(s)").wait_for()
    wait_idle(page)
    n = len(figures[figures["event_id"].isin(set(events["event_id"]))])
    assert page.get_by_text(f"{n} figures in the {len(events)} selected event(s)").count() == 1


def test_a_filter_change_redraws_and_holds_in_the_url_and_across_pages(served, page):
    from dashboard.filters import Filter
    store = store_of(served)
    open_page(page, served.url)
    wait_plots(page)
    expect(metric(page, "Events")).to_have_text(str(len(store.events_df())))
    choose(page, "Record types", "weapon")
    expect(page).to_have_url(re.compile(r"type=weapon"))
    weapon_events = store.events_df(Filter(types=("weapon",)))
    expect(metric(page, "Events")).to_have_text(str(len(weapon_events)))
    page.get_by_role("link", name="Map", exact=True).click()
    expect(page).to_have_url(re.compile(r"/Map\?type=weapon"))
    wait_idle(page)
    wait_plots(page)
    assert chips(page, "Record types") == ["weapon"]
    wait_points(page, [located(weapon_events)])


def test_a_shared_url_reproduces_the_filter(served, browser):
    from browser_support import offline_page
    from dashboard.filters import Filter
    store = store_of(served)
    places = store.options()["places"]
    place = "Kyiv" if "Kyiv" in places else next(iter(places), None)
    if place is None:
        pytest.fail("the sample corpus has no places")
    fresh = offline_page(browser)            # another browser context: nothing shared but the URL
    try:
        open_page(fresh, f"{served.url}/Timeline?place={place}&country=UA&from=2020-01-01")
        assert chips(fresh, "Places") == [place] and chips(fresh, "Countries") == ["UA"]
        dates = fresh.locator('[data-testid="stSidebar"] [data-testid="stDateInput"] input')
        assert dates.first.input_value() == "2020-01-01"
        flt = Filter(places=(place,), countries=("UA",), date_from="2020-01-01")
        expected = store.events_df(flt)
        if len(expected):
            wait_plots(fresh)
            drawn = plot_points(fresh)[0]
            docs = store.documents_df(flt)
            statements = store.records_df(Filter(places=(place,), countries=("UA",), date_from="2020-01-01",
                                                 types=("statement",)))
            assert drawn >= int(expected["date"].notna().sum())
            assert drawn <= 2 * len(expected) + len(docs) + len(statements)
    finally:
        fresh.context.close()


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
    expect(page.get_by_text(re.compile(rf"^{before + added} records")).first).to_be_visible()
    page.get_by_role("link", name="Documents", exact=True).click()
    expect(page.locator("h1").first).to_have_text("Documents")
    wait_idle(page)
    page.locator('[data-testid="stSelectbox"]').first.click()
    assert page.get_by_role("option").filter(has_text="kharkiv-upload.txt").count() == 1
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
    page.get_by_role("link", name="Documents", exact=True).click()
    expect(page.locator("h1").first).to_have_text("Documents")
    wait_idle(page)
    page.locator('[data-testid="stSelectbox"]').first.click()
    page.get_by_role("option").filter(has_text="xss-upload.html").click()
    wait_idle(page)
    page.wait_for_timeout(500)
    assert not page.locator('[data-testid="stMain"] .article script, [data-testid="stMain"] .article img').count()
    assert not dialogs
