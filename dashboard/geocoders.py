"""Optional online geocoding (geopy) for names the offline gazetteer lacks.

Off unless configured. One small class per concern, in the manner of geopy:

* :class:`GeocoderSettings` -- what to use (provider, user agent, domain, timeout, rate), read
  from ``DASHBOARD_GEOCODER*`` environment variables by :meth:`GeocoderSettings.from_env`;
* :class:`GeocodeCache` -- a persistent SQLite cache so each (provider, name, countries) is
  asked once; "not found" answers are cached too, failures are not;
* :class:`OnlineGeocoder` -- a geopy geocoder behind geopy's ``RateLimiter`` at the provider's
  policy (Nominatim: one request a second), turning results into :class:`Geocode`;
* :func:`resolve` -- offline gazetteer first, then the online geocoder; never raises for
  network trouble: the answer is then an :class:`Ungeocoded` with the reason;
* :func:`unmatched_names` / :func:`resolve_unmatched` -- names an article places somewhere
  ("in Tawila") that the offline gazetteer lacks, and their online answers.

Environment::

    DASHBOARD_GEOCODER=nominatim            # or any geopy service name; unset/"off": offline only
    DASHBOARD_GEOCODER_USER_AGENT="conflict-dashboard/0.1 (you@example.org)"   # required by Nominatim
    DASHBOARD_GEOCODER_DOMAIN=127.0.0.1:8080 DASHBOARD_GEOCODER_SCHEME=http  # optional
    DASHBOARD_GEOCODER_TIMEOUT=5 DASHBOARD_GEOCODER_MIN_DELAY=1
    DASHBOARD_GEOCODER_OPTIONS='{"api_key": "..."}'   # extra arguments of another geopy geocoder
    DASHBOARD_GEOCODER_CACHE=/path/to/geocode-cache.sqlite
"""
from __future__ import annotations

import json
import os
import re
import sqlite3
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from dashboard.gazetteer.types import Geocode

#: requests per second each provider's usage policy allows (seconds between requests)
PROVIDER_MIN_DELAY = {"nominatim": 1.0}
#: Nominatim ``addresstype`` -> UCDP-style precision
_PRECISION = {
    "country": "country", "state": "region", "region": "region", "province": "region",
    "county": "region", "state_district": "region",
    "city": "city", "town": "city", "village": "city", "hamlet": "city", "municipality": "city",
    "suburb": "district", "city_district": "district", "borough": "district",
    "quarter": "district", "neighbourhood": "district",
}


class GeocodingConfigError(ValueError):
    """Raised when the online geocoder is configured wrongly (unknown provider, no user agent)."""


@dataclass(frozen=True)
class Ungeocoded:
    """A place name that could not be put on the map, and why (``reason`` is one of
    ``offline``, ``not_found``, ``timeout``, ``rate_limited``, ``unavailable``, ``error``)."""

    name: str
    reason: str
    detail: str = ""

    @property
    def status(self) -> str:
        """The ``geocode_status`` value of a record: ``"ungeocoded: <reason>"``."""
        return f"ungeocoded: {self.reason}"


@dataclass(frozen=True)
class GeocoderSettings:
    """How to geocode online; ``provider=None`` means offline only (the default)."""

    provider: str | None = None
    user_agent: str | None = None
    domain: str | None = None
    scheme: str | None = None
    timeout: float = 5.0
    min_delay_seconds: float | None = None  # None: the provider's policy
    cache_path: Path | None = None  # None: <cache dir>/geocode-cache.sqlite
    options: dict = field(default_factory=dict)  # extra keyword arguments for the geopy class

    @classmethod
    def from_env(cls, env=None) -> "GeocoderSettings":
        env = os.environ if env is None else env
        provider = (env.get("DASHBOARD_GEOCODER") or "").strip().lower()
        if provider in ("", "off", "none", "0", "false"):
            provider = None
        num = lambda name, default: float(env[name]) if env.get(name) else default  # noqa: E731
        try:
            options = json.loads(env.get("DASHBOARD_GEOCODER_OPTIONS") or "{}")
        except json.JSONDecodeError as exc:
            raise GeocodingConfigError(f"DASHBOARD_GEOCODER_OPTIONS is not JSON: {exc}") from exc
        return cls(provider=provider, user_agent=env.get("DASHBOARD_GEOCODER_USER_AGENT"),
                   domain=env.get("DASHBOARD_GEOCODER_DOMAIN"),
                   scheme=env.get("DASHBOARD_GEOCODER_SCHEME"),
                   timeout=num("DASHBOARD_GEOCODER_TIMEOUT", 5.0),
                   min_delay_seconds=num("DASHBOARD_GEOCODER_MIN_DELAY", None),
                   cache_path=Path(env["DASHBOARD_GEOCODER_CACHE"]) if env.get("DASHBOARD_GEOCODER_CACHE") else None,
                   options=options)

    @property
    def enabled(self) -> bool:
        return self.provider is not None

    def delay(self) -> float:
        if self.min_delay_seconds is not None:
            return self.min_delay_seconds
        return PROVIDER_MIN_DELAY.get(self.provider or "", 1.0)


class GeocodeCache:
    """Answers of the online geocoder on disk (SQLite), shared by processes and runs."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(str(self.path), check_same_thread=False, timeout=10)
        self._db.execute("CREATE TABLE IF NOT EXISTS answers (provider TEXT, query TEXT, "
                         "answer TEXT, at REAL, PRIMARY KEY (provider, query))")
        self._db.commit()

    @staticmethod
    def query_key(name: str, countries: tuple[str, ...]) -> str:
        return f"{' '.join(name.lower().split())}|{','.join(sorted(c.upper() for c in countries))}"

    def get(self, provider: str, query: str):
        """The cached :class:`Geocode`, ``False`` for a cached "not found", ``None`` if unknown."""
        with self._lock:
            row = self._db.execute("SELECT answer FROM answers WHERE provider=? AND query=?",
                                   (provider, query)).fetchone()
        if row is None:
            return None
        data = json.loads(row[0])
        return Geocode(**data) if data else False

    def put(self, provider: str, query: str, geocode: Geocode | None) -> None:
        answer = json.dumps(geocode.__dict__ if geocode else None)
        with self._lock:
            self._db.execute("INSERT OR REPLACE INTO answers VALUES (?, ?, ?, ?)",
                             (provider, query, answer, time.time()))
            self._db.commit()

    def close(self) -> None:
        self._db.close()


def _to_geocode(location, provider: str) -> Geocode:
    raw = getattr(location, "raw", {}) or {}
    kind = raw.get("addresstype") or raw.get("type") or "place"
    address = raw.get("address") or {}
    cc = (address.get("country_code") or "").upper() or None
    name = raw.get("name") or str(location.address).split(",")[0]
    return Geocode(name=name, lat=round(float(location.latitude), 5), lon=round(float(location.longitude), 5),
                   country=cc, admin1=address.get("state"), precision=_PRECISION.get(kind, "landmark"),
                   gazetteer_id=f"{provider}:{raw.get('osm_type', '')}{raw.get('osm_id', raw.get('place_id', ''))}",
                   kind=kind, parent=address.get("city") or address.get("state"), population=None)


class OnlineGeocoder:
    """A geopy geocoder behind a rate limiter and the on-disk cache.

    ``geocode(name, countries)`` returns a :class:`Geocode` or an :class:`Ungeocoded` and
    never raises for network trouble. ``limiter`` is geopy's ``RateLimiter``; its ``_clock``
    and ``_sleep`` can be patched so tests never wait.
    """

    def __init__(self, settings: GeocoderSettings, cache: GeocodeCache | None = None):
        if not settings.enabled:
            raise GeocodingConfigError("online geocoding is off (set DASHBOARD_GEOCODER=nominatim)")
        from geopy.extra.rate_limiter import RateLimiter
        from geopy.geocoders import get_geocoder_for_service
        from geopy.exc import GeocoderNotFound

        try:
            cls = get_geocoder_for_service(settings.provider)
        except GeocoderNotFound as exc:
            raise GeocodingConfigError(f"unknown geocoder {settings.provider!r}: {exc}") from exc
        if settings.provider == "nominatim" and not settings.user_agent:
            raise GeocodingConfigError("Nominatim needs a user agent naming your app and a contact "
                                       "(DASHBOARD_GEOCODER_USER_AGENT)")
        kwargs = dict(settings.options, timeout=settings.timeout)
        for name in ("user_agent", "domain", "scheme"):
            if getattr(settings, name):
                kwargs[name] = getattr(settings, name)
        self.settings = settings
        self.provider = settings.provider
        self.geocoder = cls(**kwargs)
        # no retries inside the limiter: a failure becomes an Ungeocoded reason at once
        self.limiter = RateLimiter(self.geocoder.geocode, min_delay_seconds=settings.delay(),
                                    max_retries=0, swallow_exceptions=False)
        if cache is None:
            from dashboard.gazetteer.build import cache_dir

            cache = GeocodeCache(settings.cache_path or cache_dir() / "geocode-cache.sqlite")
        self.cache = cache
        self.requests = 0  # how many times the provider was asked (cache misses)

    def geocode(self, name: str, countries: tuple[str, ...] = ()) -> Geocode | Ungeocoded:
        from geopy import exc

        query = GeocodeCache.query_key(name, countries)
        cached = self.cache.get(self.provider, query)
        if cached is not None:
            return cached if cached else Ungeocoded(name, "not_found", "cached")
        kwargs = {"addressdetails": True} if self.provider == "nominatim" else {}
        if countries and self.provider == "nominatim":
            kwargs["country_codes"] = [c.lower() for c in countries]
        self.requests += 1
        try:
            location = self.limiter(name, **kwargs)
        except exc.GeocoderTimedOut as e:
            return Ungeocoded(name, "timeout", str(e))
        except (exc.GeocoderRateLimited, exc.GeocoderQuotaExceeded) as e:
            return Ungeocoded(name, "rate_limited", str(e))
        except (exc.GeocoderUnavailable, exc.GeocoderServiceError) as e:
            # geopy's requests adapter reports a read timeout after its retries as unavailable
            reason = "timeout" if "timed out" in str(e).lower() else "unavailable"
            return Ungeocoded(name, reason, str(e))
        except exc.GeopyError as e:
            return Ungeocoded(name, "error", str(e))
        if location is None:
            self.cache.put(self.provider, query, None)
            return Ungeocoded(name, "not_found")
        g = _to_geocode(location, self.provider)
        self.cache.put(self.provider, query, g)
        return g


def resolve(name: str, countries: tuple[str, ...] = (), gazetteer=None,
            online: OnlineGeocoder | None = None) -> Geocode | Ungeocoded:
    """Offline gazetteer first, then ``online`` (if given); never raises for network trouble."""
    if gazetteer is None:
        from dashboard.gazetteer import get_gazetteer

        gazetteer = get_gazetteer()
    g = gazetteer.lookup(name, countries)
    if g is not None:
        return g
    if online is None:
        return Ungeocoded(name, "offline", "not in the offline gazetteer; online geocoding is off")
    return online.geocode(name, countries)


_LOCATED = re.compile(
    r"\b(?:in|near|at|outside|from|into|towards|village of|town of|city of|camp of|area of)\s+"
    r"([A-Z][\w'\u2019-]+(?:\s+(?:(?:al|el|ad|as|an|ar|de|la)[\s-]+)?[A-Z][\w'\u2019-]+)*)")


def unmatched_names(text: str, gazetteer=None) -> list[tuple[int, int, str]]:
    """(start, end, name) of capitalised names that the text places somewhere ("in Tawila",
    "the village of Kiotari") and that the offline gazetteer neither found nor rejected:
    the names worth asking an online geocoder about."""
    if gazetteer is None:
        from dashboard.gazetteer import get_gazetteer

        gazetteer = get_gazetteer()
    from dashboard.gazetteer.finder import DOCUMENT_WORDS
    from dashboard.gazetteer.normalize import key

    found = [(m.start, m.end) for m in gazetteer.find(text)]
    out = []
    for m in _LOCATED.finditer(text):
        start, end, name = m.start(1), m.end(1), m.group(1)
        name = re.sub(r"['\u2019]s$", "", name)
        end = start + len(name)
        k = key(name)
        first = k.split(" ")[0] if k else ""
        if (not k or any(a < end and start < b for a, b in found) or gazetteer.candidates(k)
                or any(w in gazetteer.known or w in DOCUMENT_WORDS for w in k.split(" ")[1:])
                or first in gazetteer.common or first in gazetteer.known or first in gazetteer.stop
                or first in gazetteer.first_names or k in gazetteer.demonyms):
            continue
        out.append((start, end, name))
    return out


def resolve_unmatched(text: str, gazetteer=None, online: OnlineGeocoder | None = None,
                      countries: tuple[str, ...] = ()) -> list[tuple[int, int, str, Geocode | Ungeocoded]]:
    """Each :func:`unmatched_names` entry with its online answer, or ``Ungeocoded(offline)``."""
    out = []
    for start, end, name in unmatched_names(text, gazetteer):
        answer = online.geocode(name, countries) if online is not None else Ungeocoded(
            name, "offline", "not in the offline gazetteer; online geocoding is off")
        out.append((start, end, name, answer))
    return out


def online_from_env(env=None) -> OnlineGeocoder | None:
    """The configured :class:`OnlineGeocoder`, or None when online geocoding is off."""
    settings = GeocoderSettings.from_env(env)
    return OnlineGeocoder(settings) if settings.enabled else None
