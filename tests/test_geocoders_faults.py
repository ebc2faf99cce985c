"""The online geocoder never raises and never blocks long: loopback servers that hang, trickle,
answer 429 (with and without Retry-After), 500 and garbage; the extraction hook end to end."""
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

import pytest

from dashboard.gazetteer import Geocode
from dashboard.geocoders import (GeocoderSettings, GeocodingConfigError, OnlineGeocoder, Ungeocoded,
                                 online_places, secrets_env)

GOOD = {"place_id": 7, "osm_type": "node", "osm_id": 77, "lat": "13.45", "lon": "24.72",
        "name": "Tawila", "display_name": "Tawila, North Darfur, Sudan", "addresstype": "village",
        "type": "village", "class": "place",
        "address": {"village": "Tawila", "state": "North Darfur", "country": "Sudan", "country_code": "sd"}}
MAX_TRICKLE_S = 4.0  # a trickling reply stops by itself


class Faulty(BaseHTTPRequestHandler):
    mode = "ok"
    retry_after = None
    hits: list = []
    protocol_version = "HTTP/1.0"

    def _json(self, body: bytes, status=200, headers=()):
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        for k, v in headers:
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):  # noqa: N802 - http.server API
        q = parse_qs(urlparse(self.path).query).get("q", [""])[0]
        Faulty.hits.append((q, time.monotonic()))
        mode = Faulty.mode
        try:
            if mode == "hang":
                time.sleep(MAX_TRICKLE_S)
            elif mode == "trickle":  # a valid reply, one byte every 0.1 s
                body = json.dumps([GOOD]).encode()
                self.send_response(200)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                t0 = time.monotonic()
                for b in body:
                    if time.monotonic() - t0 > MAX_TRICKLE_S:
                        break
                    self.wfile.write(bytes([b]))
                    self.wfile.flush()
                    time.sleep(0.1)
            elif mode == "429":
                self._json(b"[]", 429, [("Retry-After", Faulty.retry_after)] if Faulty.retry_after else [])
            elif mode == "429-once":
                Faulty.mode = "ok"
                self._json(b"[]", 429, [("Retry-After", "1")])
            elif mode == "500":
                self._json(b"oops", 500)
            elif mode == "garbage":
                self._json(b"<html>not json</html>")
            elif mode == "abc":
                self._json(json.dumps([dict(GOOD, lat="abc")]).encode())
            elif mode == "nan":
                self._json(json.dumps([dict(GOOD, lat="NaN", lon="nan")]).encode())
            elif mode == "range":
                self._json(json.dumps([dict(GOOD, lat="123.0")]).encode())
            elif mode == "object":
                self._json(json.dumps({"unexpected": True}).encode())
            elif mode == "list-of-junk":
                self._json(json.dumps([1, 2, 3]).encode())
            else:
                self._json(json.dumps([GOOD] if q.lower().startswith(("tawila", "qarbatuli")) else []).encode())
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Faulty)
    httpd.daemon_threads = True
    th = threading.Thread(target=httpd.serve_forever, daemon=True)
    th.start()
    yield f"127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(autouse=True)
def reset():
    Faulty.mode, Faulty.retry_after, Faulty.hits = "ok", None, []


def make(server, tmp_path, **kw):
    s = GeocoderSettings(provider="nominatim", user_agent="conflict-dashboard-tests", domain=server,
                         scheme="http", timeout=kw.pop("timeout", 5.0), min_delay_seconds=kw.pop("delay", 0.0),
                         cache_path=tmp_path / "cache.sqlite", deadline=kw.pop("deadline", 1.0),
                         batch_deadline=kw.pop("batch", 3.0), max_retry_after=kw.pop("cap", 1.0))
    return OnlineGeocoder(s)


@pytest.mark.filterwarnings("ignore:Latitude normalization")
@pytest.mark.parametrize("mode", ["garbage", "abc", "nan", "range", "object", "list-of-junk", "500"])
def test_malformed_or_failing_replies_are_unavailable_with_the_reason(server, tmp_path, mode):
    Faulty.mode = mode
    geo = make(server, tmp_path)
    u = geo.geocode("Tawila")
    assert isinstance(u, Ungeocoded) and u.reason == "unavailable", u
    assert u.detail  # the reason says what was wrong
    Faulty.mode = "ok"  # not cached: asked again later, answered
    assert isinstance(geo.geocode("Tawila"), Geocode)


@pytest.mark.parametrize("mode", ["hang", "trickle"])
def test_a_server_that_hangs_or_trickles_meets_the_deadline(server, tmp_path, mode):
    Faulty.mode = mode
    geo = make(server, tmp_path, deadline=0.8)
    t0 = time.monotonic()
    u = geo.geocode("Tawila")
    assert isinstance(u, Ungeocoded) and u.reason == "timeout"
    assert time.monotonic() - t0 < 0.8 + 0.5


def test_two_open_requests_mark_the_provider_down(server, tmp_path):
    Faulty.mode = "hang"
    geo = make(server, tmp_path, deadline=0.3)
    assert [geo.geocode(n).reason for n in ("a", "b")] == ["timeout", "timeout"]
    t0 = time.monotonic()
    third = geo.geocode("c")
    assert third.reason == "unavailable" and "not answering" in third.detail
    assert time.monotonic() - t0 < 0.2 and len(Faulty.hits) == 2  # not asked at all


def test_short_retry_after_is_waited_out(server, tmp_path):
    Faulty.mode = "429-once"
    g = make(server, tmp_path, deadline=3.0, cap=1.5).geocode("Tawila")
    assert isinstance(g, Geocode) and len(Faulty.hits) == 2
    assert Faulty.hits[1][1] - Faulty.hits[0][1] >= 0.9


def test_long_retry_after_defers_the_name_and_pauses_the_provider(server, tmp_path):
    Faulty.mode, Faulty.retry_after = "429", "120"
    geo = make(server, tmp_path, cap=1.0)
    t0 = time.monotonic()
    u = geo.geocode("Tawila")
    assert u.reason == "deferred" and "120" in u.detail
    nxt = geo.geocode("Kutum")
    assert nxt.reason == "deferred" and len(Faulty.hits) == 1  # paused: not asked
    assert time.monotonic() - t0 < 1.0


def test_429_without_retry_after_is_rate_limited(server, tmp_path):
    Faulty.mode = "429"
    assert make(server, tmp_path).geocode("Tawila").reason == "rate_limited"


def test_batch_deadline_defers_the_rest(server, tmp_path):
    Faulty.mode = "hang"
    geo = make(server, tmp_path, deadline=0.4)
    t0 = time.monotonic()
    out = geo.geocode_many(["a", "b", "c", "d"], seconds=0.6)
    assert time.monotonic() - t0 < 1.2
    assert [out[n].reason for n in "abcd"][:1] == ["timeout"]
    assert all(out[n].reason in ("timeout", "deferred", "unavailable") for n in "abcd")
    assert "deferred" in [out[n].reason for n in "abcd"] or "unavailable" in [out[n].reason for n in "abcd"]


def test_pacing_is_shared_through_the_cache_file(server, tmp_path):
    a = make(server, tmp_path, delay=0.3)
    b = make(server, tmp_path, delay=0.3)  # another process would open the same file
    for geo, name in ((a, "Tawila"), (b, "Tawila A"), (a, "Tawila B")):
        assert not isinstance(geo.geocode(name), Exception)
    times = [t for _, t in Faulty.hits]
    assert len(times) == 3 and min(y - x for x, y in zip(times, times[1:])) >= 0.25


def test_secrets_file_configures_the_geocoder(tmp_path):
    p = tmp_path / "secrets.toml"
    p.write_text('[geocoder]\nprovider = "nominatim"\nuser_agent = "me (me@example.org)"\ntimeout = 3\n'
                 'options = {country_bias = "ua"}\n', encoding="utf-8")
    s = GeocoderSettings.configured(env={}, secrets=[p])
    assert (s.provider, s.user_agent, s.timeout, s.options) == ("nominatim", "me (me@example.org)", 3.0,
                                                                {"country_bias": "ua"})
    env_wins = GeocoderSettings.configured(env={"DASHBOARD_GEOCODER": "off"}, secrets=[p])
    assert not env_wins.enabled
    p.write_text("[geocoder\n", encoding="utf-8")
    with pytest.raises(GeocodingConfigError, match="secrets.toml"):
        secrets_env([p])
    with pytest.raises(GeocodingConfigError, match="not a number"):
        GeocoderSettings.from_env({"DASHBOARD_GEOCODER_DEADLINE": "soon"})


def test_extraction_asks_online_for_names_the_index_lacks(server, tmp_path, monkeypatch):
    from dashboard.documents import load_bytes
    from dashboard.extract import extract_document

    for k, v in {"DASHBOARD_GEOCODER": "nominatim", "DASHBOARD_GEOCODER_USER_AGENT": "tests",
                 "DASHBOARD_GEOCODER_DOMAIN": server, "DASHBOARD_GEOCODER_SCHEME": "http",
                 "DASHBOARD_GEOCODER_MIN_DELAY": "0", "DASHBOARD_GEOCODER_DEADLINE": "1",
                 "DASHBOARD_GEOCODER_CACHE": str(tmp_path / "g.sqlite")}.items():
        monkeypatch.setenv(k, v)
    doc = load_bytes("q.txt", b"Published 2024-05-02\n\nShelling killed 12 people in Qarbatuli, "
                              b"Sudan's North Darfur state, on Wednesday.")
    recs = extract_document(doc)
    place = next(r for r in recs if r.type == "place" and r.name == "Tawila")  # the provider's name
    assert place.gazetteer_id == "nominatim:node77" and place.geocode_status == "online"
    assert (place.lat, place.lon, place.country) == (13.45, 24.72, "SD")
    killed = next(r for r in recs if r.type == "casualty")
    assert killed.place == "Tawila" and killed.geocode_status == "online"
    Faulty.mode = "hang"
    doc2 = load_bytes("q2.txt", b"Shelling killed 3 people in Qarbatuli Gharb on Friday, Sudan said.")
    t0 = time.monotonic()
    recs2 = extract_document(doc2)
    assert time.monotonic() - t0 < 3
    miss = next(r for r in recs2 if r.type == "place" and r.name == "Qarbatuli Gharb")
    assert miss.lat is None and miss.geocode_status == "ungeocoded: timeout"
    assert any(r.type == "casualty" and r.count == 3 for r in recs2)  # the figure is kept


def test_offline_hook_costs_nothing(monkeypatch):
    monkeypatch.delenv("DASHBOARD_GEOCODER", raising=False)
    assert online_places("Shelling hit the village of Zorvanka.", []) == []
