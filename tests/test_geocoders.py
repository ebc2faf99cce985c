"""dashboard.geocoders against a loopback HTTP server speaking Nominatim's JSON (no internet)."""
import json
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

import pytest

from dashboard.gazetteer import Geocode
from dashboard.geocoders import (GeocodeCache, GeocoderSettings, GeocodingConfigError, OnlineGeocoder,
                                 Ungeocoded, online_from_env, resolve)

PLACES = {
    "zorvanka": {"place_id": 2, "osm_type": "node", "osm_id": 43, "lat": "48.5", "lon": "37.1",
                 "name": "Zorvanka", "display_name": "Zorvanka, Donetsk Oblast, Ukraine",
                 "addresstype": "village", "type": "village", "class": "place",
                 "address": {"village": "Zorvanka", "state": "Donetsk Oblast",
                             "country": "Ukraine", "country_code": "ua"}},
    "tiny hamlet": {"place_id": 1, "osm_type": "node", "osm_id": 42, "lat": "48.1234", "lon": "37.5678",
                    "name": "Tiny Hamlet", "display_name": "Tiny Hamlet, Donetsk Oblast, Ukraine",
                    "addresstype": "hamlet", "type": "hamlet", "class": "place",
                    "address": {"hamlet": "Tiny Hamlet", "state": "Donetsk Oblast",
                                "country": "Ukraine", "country_code": "ua"}},
}


class Handler(BaseHTTPRequestHandler):
    mode = "ok"  # ok | ratelimit | slow | error
    hits = []

    def do_GET(self):  # noqa: N802 - http.server API
        url = urlparse(self.path)
        q = parse_qs(url.query)
        Handler.hits.append((url.path, q))
        if Handler.mode == "ratelimit":
            self.send_response(429)
            self.end_headers()
            return
        if Handler.mode == "slow":
            time.sleep(1.0)
        if Handler.mode == "error":
            self.send_response(500)
            self.end_headers()
            return
        hit = PLACES.get(q.get("q", [""])[0].lower())
        body = json.dumps([hit] if hit else []).encode()
        try:
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(autouse=True)
def reset():
    Handler.mode, Handler.hits = "ok", []


def make(server, tmp_path, **kw):
    settings = GeocoderSettings(provider="nominatim", user_agent="conflict-dashboard-tests",
                                domain=server, scheme="http", timeout=kw.pop("timeout", 2.0),
                                min_delay_seconds=kw.pop("min_delay_seconds", 0.0),
                                cache_path=tmp_path / "cache.sqlite")
    return OnlineGeocoder(settings)


def test_found_through_geopy_and_asked_once(server, tmp_path):
    geo = make(server, tmp_path)
    g = geo.geocode("Tiny Hamlet", ("UA",))
    assert isinstance(g, Geocode)
    assert (g.name, g.lat, g.lon, g.country, g.admin1, g.precision) == (
        "Tiny Hamlet", 48.1234, 37.5678, "UA", "Donetsk Oblast", "city")
    assert g.gazetteer_id == "nominatim:node42"
    path, query = Handler.hits[0]
    assert path == "/search" and query["countrycodes"] == ["ua"] and query["format"] == ["json"]
    assert geo.geocode("tiny  hamlet", ("ua",)) == g  # cache: same name, other spacing/case
    assert len(Handler.hits) == 1
    again = make(server, tmp_path)  # a new process would open the same file
    assert again.geocode("Tiny Hamlet", ("UA",)) == g and len(Handler.hits) == 1


def test_not_found_is_cached(server, tmp_path):
    geo = make(server, tmp_path)
    first = geo.geocode("Atlantis")
    assert first == Ungeocoded("Atlantis", "not_found")
    assert geo.geocode("Atlantis").reason == "not_found" and len(Handler.hits) == 1


@pytest.mark.parametrize("mode, reason", [("ratelimit", "rate_limited"), ("error", "unavailable")])
def test_provider_trouble_becomes_a_reason_and_is_not_cached(server, tmp_path, mode, reason):
    geo = make(server, tmp_path)
    Handler.mode = mode
    u = geo.geocode("Tiny Hamlet")
    assert isinstance(u, Ungeocoded) and u.reason == reason and u.status == f"ungeocoded: {reason}"
    Handler.mode = "ok"
    assert isinstance(geo.geocode("Tiny Hamlet"), Geocode)  # asked again, now answered


def test_timeout(server, tmp_path):
    Handler.mode = "slow"
    u = make(server, tmp_path, timeout=0.2).geocode("Tiny Hamlet")
    assert isinstance(u, Ungeocoded) and u.reason == "timeout"


def test_nothing_listening_is_unavailable(tmp_path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed when the block ends: connection refused
    u = make(f"127.0.0.1:{port}", tmp_path).geocode("Tiny Hamlet")
    assert isinstance(u, Ungeocoded) and u.reason == "unavailable"


def test_rate_limiter_paces_requests_at_the_policy(server, tmp_path):
    geo = OnlineGeocoder(GeocoderSettings(provider="nominatim", user_agent="t", domain=server,
                                          scheme="http", cache_path=tmp_path / "c.sqlite"))
    assert geo.limiter.min_delay_seconds == 1.0  # Nominatim's policy by default
    now, sleeps = [100.0], []
    geo.limiter._clock = lambda: now[0]
    geo.limiter._sleep = lambda s: (sleeps.append(s), now.__setitem__(0, now[0] + s))
    geo.geocode("Tiny Hamlet")
    geo.geocode("Atlantis")
    assert sleeps == [pytest.approx(1.0)] and len(Handler.hits) == 2


def test_settings_from_env_and_config_errors(tmp_path):
    assert not GeocoderSettings.from_env({}).enabled
    assert not GeocoderSettings.from_env({"DASHBOARD_GEOCODER": "off"}).enabled
    assert online_from_env({}) is None
    s = GeocoderSettings.from_env({"DASHBOARD_GEOCODER": "Nominatim", "DASHBOARD_GEOCODER_TIMEOUT": "3",
                                   "DASHBOARD_GEOCODER_USER_AGENT": "x"})
    assert (s.provider, s.timeout, s.delay(), s.user_agent) == ("nominatim", 3.0, 1.0, "x")
    with pytest.raises(GeocodingConfigError, match="user agent"):
        OnlineGeocoder(GeocoderSettings(provider="nominatim", cache_path=tmp_path / "c"))
    opts = GeocoderSettings.from_env({"DASHBOARD_GEOCODER": "photon", "DASHBOARD_GEOCODER_OPTIONS": '{"a": 1}'})
    assert opts.options == {"a": 1} and opts.delay() == 1.0
    with pytest.raises(GeocodingConfigError, match="not JSON"):
        GeocoderSettings.from_env({"DASHBOARD_GEOCODER_OPTIONS": "{oops"})
    with pytest.raises(GeocodingConfigError, match="unknown geocoder"):
        OnlineGeocoder(GeocoderSettings(provider="no-such-service", cache_path=tmp_path / "c"))


def test_resolve_offline_first_then_online(server, tmp_path):
    assert resolve("Kyiv").name == "Kyiv"
    off = resolve("Tiny Hamlet")
    assert isinstance(off, Ungeocoded) and off.reason == "offline"
    assert not Handler.hits
    geo = make(server, tmp_path)
    assert resolve("Kyiv", online=geo).gazetteer_id.startswith("gn:") and not Handler.hits
    assert resolve("Tiny Hamlet", ("UA",), online=geo).name == "Tiny Hamlet"


def test_cache_round_trip(tmp_path):
    c = GeocodeCache(tmp_path / "c.sqlite")
    g = Geocode("X", 1.0, 2.0, "UA", None, "city", "nominatim:node1", "village")
    c.put("nominatim", "x|", g)
    c.put("nominatim", "y|", None)
    assert c.get("nominatim", "x|") == g and c.get("nominatim", "y|") is False
    assert c.get("nominatim", "z|") is None and c.get("other", "x|") is None


def test_unmatched_names_are_asked_online(server, tmp_path):
    from dashboard.geocoders import resolve_unmatched, unmatched_names

    text = "Shelling hit Kyiv, in March, and the village of Zorvanka, in Trump's view."
    assert unmatched_names(text) == [(text.index("Zorvanka"), text.index(", in Trump"), "Zorvanka")]
    (start, end, name, answer), = resolve_unmatched(text, online=make(server, tmp_path),
                                                    countries=("UA",))
    assert name == "Zorvanka" and isinstance(answer, Geocode) and answer.lat == 48.5
    (_, _, _, offline), = resolve_unmatched(text)
    assert offline.reason == "offline"
