"""Several sessions at once on the served app, through Streamlit's own protocol
(``dashboard.benchmarks.load``: what a browser asks of the server, without drawing)."""
import asyncio

import pytest

from dashboard.benchmarks.app import PAGES, _page_requests
from dashboard.benchmarks.load import Background, sessions_at_once, visit




@pytest.fixture(scope="module")
def requests_(app_server):
    from dashboard.store import Store
    asyncio.run(visit(app_server.url, "", timeout=120))    # the first run fills the store with the sample
    event_id = Store(app_server.db_path).events(order="toll", limit=1, evidence=False)["event_id"].iloc[0]
    return _page_requests(event_id)


def test_every_page_is_drawn_for_a_protocol_client_without_an_error(app_server, requests_):
    assert len(requests_) == len(PAGES) >= 7
    for name, (path, query) in requests_.items():
        seen = []
        seconds = asyncio.run(visit(app_server.url, path, query, elements=seen))
        assert seconds > 0
        assert "exception" not in seen, name
        assert len(seen) >= 5, (name, seen)             # the sidebar's filters at least
        if name in ("Overview", "Map", "Timeline", "Comparisons", "Event"):
            assert "plotly_chart" in seen, (name, seen)


def test_five_sessions_at_once_each_get_every_page(app_server, requests_):
    done = sessions_at_once(app_server.url, requests_, 5)
    assert len(done) == 5
    assert all(set(d) == set(requests_) and all(t > 0 for t in d.values()) for d in done)


def test_background_clients_keep_asking_until_stopped(app_server, requests_):
    import time
    with Background(app_server.url, {"Overview": requests_["Overview"]}, 2,
                    pace={"Overview": 0.2}) as others:
        time.sleep(2.0)
    served = others.visits
    assert served >= 4                                   # two clients, about five pages each
    time.sleep(0.5)
    assert others.visits == served                       # and stopped
