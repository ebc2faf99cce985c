"""Shared fixtures. Browser fixtures (server, chromium, offline page) live here and in
tests/browser_support.py; they are only set up by tests marked ``browser``."""
import importlib.util
import os
import tempfile
from pathlib import Path

import pytest

# hermetic places: no GeoNames packs the developer installed, no online geocoder (a test that
# wants either sets it up itself, on loopback); subprocesses inherit these
os.environ["DASHBOARD_GAZETTEER_PACKS"] = tempfile.mkdtemp(prefix="no-geonames-packs-")
os.environ["DASHBOARD_GEOCODER"] = "off"

SHARED_EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"

# property tests: a few hundred cases each in `make test`; `make fuzz` runs the same
# properties with HYPOTHESIS_PROFILE=fuzz (100,000 cases over the suite)
from hypothesis import HealthCheck, settings  # noqa: E402

settings.register_profile("fuzz", max_examples=20_000, deadline=None,
                          suppress_health_check=list(HealthCheck))
if os.environ.get("HYPOTHESIS_PROFILE"):
    settings.load_profile(os.environ["HYPOTHESIS_PROFILE"])


@pytest.fixture(scope="session")
def shared_scorer():
    """The team's scorer, ``../shared/eval/score.py``, as a module (skips where it is absent)."""
    path = SHARED_EVAL / "score.py"
    if not path.is_file():
        pytest.skip("../shared/eval/score.py is not beside this checkout")
    spec = importlib.util.spec_from_file_location("shared_score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="session")
def app_server(tmp_path_factory):
    """The served app on a free port, with a fresh store (filled with assets/sample)."""
    from browser_support import AppServer
    tmp = tmp_path_factory.mktemp("app")
    server = AppServer(str(tmp / "store.duckdb")).start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def browser():
    from browser_support import chromium_path, launch_browser, unavailable
    if not chromium_path():
        unavailable("no chromium at /usr/bin/chromium (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        unavailable("playwright is not installed (pip install playwright)")
    with sync_playwright() as p:
        b = launch_browser(p)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    from browser_support import offline_page
    pg = offline_page(browser)
    yield pg
    pg.context.close()


@pytest.fixture(scope="session")
def pg_server():
    """A throw-away PostgreSQL on loopback for the whole session (tests/pg_support.py);
    skipped where PostgreSQL is not installed, unless DASHBOARD_REQUIRE_POSTGRES=1 (CI)."""
    import os

    from pg_support import PostgresServer, pg_bin
    bindir = pg_bin()
    if bindir is None:
        if os.environ.get("DASHBOARD_REQUIRE_POSTGRES") == "1":
            pytest.fail("PostgreSQL is required (DASHBOARD_REQUIRE_POSTGRES=1) but initdb is not "
                        "installed: apt-get install postgresql")
        pytest.skip("PostgreSQL is not installed (apt-get install postgresql)")
    server = PostgresServer(bindir).start()
    yield server
    server.stop()


@pytest.fixture
def pg_url(pg_server, request):
    """A fresh, empty database on the session's server, for one test."""
    import re
    name = "t_" + re.sub(r"\W", "_", request.node.name.lower())[:50]
    return pg_server.create_db(name)
