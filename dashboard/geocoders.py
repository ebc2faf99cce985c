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
import math
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


#: ``[geocoder]`` keys of Streamlit's secrets file -> environment variables
SECRET_KEYS = {"provider": "DASHBOARD_GEOCODER", "user_agent": "DASHBOARD_GEOCODER_USER_AGENT",
               "domain": "DASHBOARD_GEOCODER_DOMAIN", "scheme": "DASHBOARD_GEOCODER_SCHEME",
               "timeout": "DASHBOARD_GEOCODER_TIMEOUT", "min_delay": "DASHBOARD_GEOCODER_MIN_DELAY",
               "deadline": "DASHBOARD_GEOCODER_DEADLINE", "batch_deadline": "DASHBOARD_GEOCODER_BATCH_DEADLINE",
               "max_retry_after": "DASHBOARD_GEOCODER_MAX_RETRY_AFTER", "cache": "DASHBOARD_GEOCODER_CACHE",
               "options": "DASHBOARD_GEOCODER_OPTIONS"}


def secrets_env(paths=None) -> dict:
    """The ``[geocoder]`` table of Streamlit's secrets file(s) as ``DASHBOARD_GEOCODER*``
    variables (read with ``tomllib``: ``dashboard`` never imports Streamlit). Looked for in
    ``./.streamlit/secrets.toml`` then ``~/.streamlit/secrets.toml``; a malformed file raises
    :class:`GeocodingConfigError` naming it."""
    import tomllib

    if paths is None:
        paths = [Path.cwd() / ".streamlit" / "secrets.toml", Path.home() / ".streamlit" / "secrets.toml"]
    for path in paths:
        path = Path(path)
        if not path.is_file():
            continue
        try:
            table = tomllib.loads(path.read_text(encoding="utf-8")).get("geocoder")
        except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError) as exc:
            raise GeocodingConfigError(f"{path}: not readable TOML ({exc})") from exc
        if isinstance(table, dict):
            return {SECRET_KEYS[k]: (json.dumps(v) if k == "options" else str(v))
                    for k, v in table.items() if k in SECRET_KEYS}
    return {}


@dataclass(frozen=True)
class GeocoderSettings:
    """How to geocode online; ``provider=None`` means offline only (the default)."""

    provider: str | None = None
    user_agent: str | None = None
    domain: str | None = None
    scheme: str | None = None
    timeout: float = 5.0            # one HTTP request (geopy's socket timeout)
    min_delay_seconds: float | None = None  # None: the provider's policy
    cache_path: Path | None = None  # None: <cache dir>/geocode-cache.sqlite
    options: dict = field(default_factory=dict)  # extra keyword arguments for the geopy class
    deadline: float = 10.0          # one name, waits and retries included
    batch_deadline: float = 30.0    # all the names of one document
    max_retry_after: float = 5.0    # a longer Retry-After defers the name

    @classmethod
    def from_env(cls, env=None) -> "GeocoderSettings":
        env = os.environ if env is None else env
        provider = (env.get("DASHBOARD_GEOCODER") or "").strip().lower()
        if provider in ("", "off", "none", "0", "false"):
            provider = None

        def num(name, default):
            if not env.get(name):
                return default
            try:
                v = float(env[name])
            except ValueError:
                raise GeocodingConfigError(f"{name}={env[name]!r} is not a number") from None
            if not math.isfinite(v) or v < 0:
                raise GeocodingConfigError(f"{name}={env[name]!r} must be a number >= 0")
            return v

        try:
            options = json.loads(env.get("DASHBOARD_GEOCODER_OPTIONS") or "{}")
        except json.JSONDecodeError as exc:
            raise GeocodingConfigError(f"DASHBOARD_GEOCODER_OPTIONS is not JSON: {exc}") from exc
        if not isinstance(options, dict):
            raise GeocodingConfigError("DASHBOARD_GEOCODER_OPTIONS must be a JSON object")
        return cls(provider=provider, user_agent=env.get("DASHBOARD_GEOCODER_USER_AGENT"),
                   domain=env.get("DASHBOARD_GEOCODER_DOMAIN"),
                   scheme=env.get("DASHBOARD_GEOCODER_SCHEME"),
                   timeout=num("DASHBOARD_GEOCODER_TIMEOUT", 5.0),
                   min_delay_seconds=num("DASHBOARD_GEOCODER_MIN_DELAY", None),
                   cache_path=Path(env["DASHBOARD_GEOCODER_CACHE"]) if env.get("DASHBOARD_GEOCODER_CACHE") else None,
                   options=options, deadline=num("DASHBOARD_GEOCODER_DEADLINE", 10.0),
                   batch_deadline=num("DASHBOARD_GEOCODER_BATCH_DEADLINE", 30.0),
                   max_retry_after=num("DASHBOARD_GEOCODER_MAX_RETRY_AFTER", 5.0))

    @classmethod
    def configured(cls, env=None, secrets=None) -> "GeocoderSettings":
        """The environment's settings, else those of Streamlit's secrets file (``[geocoder]``)."""
        env = dict(os.environ if env is None else env)
        if not env.get("DASHBOARD_GEOCODER"):
            env.update({k: v for k, v in secrets_env(secrets).items() if not env.get(k)})
        return cls.from_env(env)

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
        self._db = sqlite3.connect(str(self.path), check_same_thread=False, timeout=10,
                                   isolation_level=None)  # autocommit; slots take an explicit lock
        self._db.execute("CREATE TABLE IF NOT EXISTS answers (provider TEXT, query TEXT, "
                         "answer TEXT, at REAL, PRIMARY KEY (provider, query))")
        self._db.execute("CREATE TABLE IF NOT EXISTS slots (provider TEXT PRIMARY KEY, next_at REAL)")
        self._db.commit()

    def reserve_slot(self, provider: str, now: float, delay: float, max_wait: float) -> float | None:
        """Seconds to wait for the next request slot of ``provider`` (taking it), or None when
        that is more than ``max_wait`` away (nothing taken). One slot per ``delay`` seconds,
        shared by every process that opens this file."""
        with self._lock:
            cur = self._db.cursor()
            cur.execute("BEGIN IMMEDIATE")
            try:
                row = cur.execute("SELECT next_at FROM slots WHERE provider=?", (provider,)).fetchone()
                at = max(now, row[0] if row else now)
                if at - now > max_wait:
                    cur.execute("ROLLBACK")
                    return None
                cur.execute("INSERT OR REPLACE INTO slots VALUES (?, ?)", (provider, at + delay))
                cur.execute("COMMIT")
            except BaseException:
                cur.execute("ROLLBACK")
                raise
        return at - now

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
        try:
            data = json.loads(row[0])
            return Geocode(**data) if data else False
        except (ValueError, TypeError):  # a damaged entry: ask again
            return None

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


class Pacer:
    """Spaces requests ``min_delay_seconds`` apart across threads *and processes* (ingest
    runs several workers; Nominatim's policy is one request a second per application), by
    reserving the next free slot in the cache's SQLite file. ``_clock``/``_sleep`` can be
    replaced so tests never wait."""

    def __init__(self, cache: "GeocodeCache", provider: str, min_delay_seconds: float):
        self.cache, self.provider, self.min_delay_seconds = cache, provider, min_delay_seconds
        self._clock, self._sleep = time.time, time.sleep

    def wait(self, max_wait: float) -> bool:
        """Sleep until this request's slot; False (and no slot taken) when that is more than
        ``max_wait`` seconds away."""
        if self.min_delay_seconds <= 0:
            return True
        delay = self.cache.reserve_slot(self.provider, self._clock(), self.min_delay_seconds, max_wait)
        if delay is None:
            return False
        if delay > 0:
            self._sleep(delay)
        return True


class OnlineGeocoder:
    """A geopy geocoder behind a cross-process pacer and the on-disk cache.

    ``geocode(name, countries)`` returns a :class:`Geocode` or an :class:`Ungeocoded` and
    never raises and never blocks past its deadline (``settings.deadline`` seconds a name):

    * a reply that is no list of places with finite coordinates -> ``unavailable`` (malformed);
    * HTTP 429: with ``Retry-After`` up to ``settings.max_retry_after`` seconds (and within
      the deadline) it waits and asks once more; a longer one pauses the provider and the name
      is ``deferred`` (asked again on a later run: failures are never cached), as are the names
      after it until the pause ends; without the header -> ``rate_limited``;
    * a server that hangs or trickles -> ``timeout`` at the deadline (the request runs in a
      daemon thread that is abandoned); while two such requests are still open the provider
      is taken as down (``unavailable``) without asking again.
    """

    def __init__(self, settings: GeocoderSettings, cache: GeocodeCache | None = None):
        if not settings.enabled:
            raise GeocodingConfigError("online geocoding is off (set DASHBOARD_GEOCODER=nominatim)")
        from geopy.exc import GeocoderNotFound
        from geopy.geocoders import get_geocoder_for_service

        try:
            cls = get_geocoder_for_service(settings.provider)
        except GeocoderNotFound as exc:
            raise GeocodingConfigError(f"unknown geocoder {settings.provider!r}: {exc}") from exc
        if settings.provider == "nominatim" and not settings.user_agent:
            raise GeocodingConfigError("Nominatim needs a user agent naming your app and a contact "
                                       "(DASHBOARD_GEOCODER_USER_AGENT)")
        from geopy.adapters import URLLibAdapter

        # the standard library's adapter: no hidden retries (urllib3 would sleep out a 429's
        # Retry-After itself, minutes); waiting and retrying are decided here, within deadlines
        kwargs = dict(settings.options, timeout=settings.timeout, adapter_factory=URLLibAdapter)
        for name in ("user_agent", "domain", "scheme"):
            if getattr(settings, name):
                kwargs[name] = getattr(settings, name)
        self.settings = settings
        self.provider = settings.provider
        try:
            self.geocoder = cls(**kwargs)
        except (TypeError, ValueError) as exc:
            raise GeocodingConfigError(f"geocoder {settings.provider!r}: {exc}") from exc
        if cache is None:
            from dashboard.gazetteer.build import cache_dir

            cache = GeocodeCache(settings.cache_path or cache_dir() / "geocode-cache.sqlite")
        self.cache = cache
        self.limiter = Pacer(cache, self.provider, settings.delay())
        self.requests = 0  # how many times the provider was asked (cache misses)
        self._paused_until = 0.0
        self._open: list[threading.Thread] = []
        self._lock = threading.Lock()

    # ----- one request, bounded --------------------------------------------------------
    def _ask(self, name: str, kwargs: dict, seconds: float):
        """(location, exception) of one request, or (None, TimeoutError) past ``seconds``."""
        box: dict = {}

        def run():
            try:
                box["loc"] = self.geocoder.geocode(name, **kwargs)
            except BaseException as e:  # noqa: BLE001 - every failure becomes a reason
                box["exc"] = e

        th = threading.Thread(target=run, name=f"geocode:{name[:30]}", daemon=True)
        th.start()
        th.join(max(0.0, seconds))
        if th.is_alive():
            with self._lock:
                self._open = [t for t in self._open if t.is_alive()] + [th]
            return None, TimeoutError(f"no complete answer within {seconds:.1f} s")
        return box.get("loc"), box.get("exc")

    def geocode(self, name: str, countries: tuple[str, ...] = (), deadline: float | None = None
                ) -> Geocode | Ungeocoded:
        """``deadline``: a ``time.monotonic()`` instant this answer must come by (default:
        now + ``settings.deadline``)."""
        try:
            return self._geocode(name, countries, deadline)
        except Exception as e:  # noqa: BLE001 - the promise: never raises
            return Ungeocoded(name, "error", f"{type(e).__name__}: {e}")

    def _geocode(self, name, countries, deadline):
        query = GeocodeCache.query_key(name, countries)
        cached = self.cache.get(self.provider, query)
        if cached is not None:
            return cached if cached else Ungeocoded(name, "not_found", "cached")
        end = min(deadline if deadline is not None else float("inf"),
                  time.monotonic() + self.settings.deadline)
        if time.time() < self._paused_until:
            return Ungeocoded(name, "deferred", f"{self.provider} asked to wait until "
                                                f"{time.strftime('%H:%M:%S', time.localtime(self._paused_until))}")
        with self._lock:
            self._open = [t for t in self._open if t.is_alive()]
            stuck = len(self._open)
        if stuck >= 2:
            return Ungeocoded(name, "unavailable", f"{self.provider} is not answering "
                                                   f"({stuck} requests still open)")
        kwargs = {"addressdetails": True} if self.provider == "nominatim" else {}
        if countries and self.provider == "nominatim":
            kwargs["country_codes"] = [c.lower() for c in countries]
        for attempt in (1, 2):
            remaining = end - time.monotonic()
            if remaining <= 0 or not self.limiter.wait(remaining):
                return Ungeocoded(name, "deferred", "no time left in this batch's deadline")
            self.requests += 1
            location, error = self._ask(name, kwargs, end - time.monotonic())
            if error is None:
                return self._answer(name, query, location)
            wait = getattr(error, "retry_after", None)
            if attempt == 1 and wait is not None and self._honour(wait, end):
                continue
            return self._failure(name, error, wait)
        return Ungeocoded(name, "rate_limited", "still rate limited after waiting")  # pragma: no cover

    def _honour(self, wait: float, end: float) -> bool:
        """Wait out a short ``Retry-After``; pause the provider for a long one."""
        try:
            wait = max(0.0, float(wait))
        except (TypeError, ValueError):
            return False
        if wait <= self.settings.max_retry_after and time.monotonic() + wait < end:
            self.limiter._sleep(wait)
            return True
        self._paused_until = time.time() + wait
        return False

    def _failure(self, name: str, e: BaseException, retry_after) -> Ungeocoded:
        from geopy import exc

        if isinstance(e, TimeoutError) or isinstance(e, exc.GeocoderTimedOut):
            return Ungeocoded(name, "timeout", str(e))
        if isinstance(e, (exc.GeocoderRateLimited, exc.GeocoderQuotaExceeded)):
            if retry_after is not None:
                return Ungeocoded(name, "deferred", f"rate limited; the provider asks to retry after "
                                                    f"{retry_after} s (more than the "
                                                    f"{self.settings.max_retry_after:g} s cap)")
            return Ungeocoded(name, "rate_limited", str(e))
        if isinstance(e, exc.GeocoderParseError) or not isinstance(e, exc.GeopyError):
            return Ungeocoded(name, "unavailable", f"malformed reply ({type(e).__name__}: {e})")
        if isinstance(e, (exc.GeocoderUnavailable, exc.GeocoderServiceError)):
            # geopy's requests adapter reports a read timeout after its retries as unavailable
            reason = "timeout" if "timed out" in str(e).lower() else "unavailable"
            return Ungeocoded(name, reason, str(e))
        return Ungeocoded(name, "error", str(e))

    def _answer(self, name: str, query: str, location) -> Geocode | Ungeocoded:
        if location is None:
            self.cache.put(self.provider, query, None)
            return Ungeocoded(name, "not_found")
        try:
            g = _to_geocode(location, self.provider)
        except Exception as e:  # noqa: BLE001 - whatever the reply held
            return Ungeocoded(name, "unavailable", f"malformed reply ({type(e).__name__}: {e})")
        if not (math.isfinite(g.lat) and math.isfinite(g.lon) and -90 <= g.lat <= 90 and -180 <= g.lon <= 180):
            return Ungeocoded(name, "unavailable", f"malformed reply (coordinates {g.lat}, {g.lon})")
        self.cache.put(self.provider, query, g)
        return g

    def geocode_many(self, names, countries: tuple[str, ...] = (), seconds: float | None = None) -> dict:
        """name -> answer for a batch, within ``seconds`` (default ``settings.batch_deadline``)
        overall: names left when it is spent are ``deferred``."""
        end = time.monotonic() + (self.settings.batch_deadline if seconds is None else seconds)
        out = {}
        for n in names:
            if n not in out:
                out[n] = self.geocode(n, countries, deadline=end)
        return out


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


def unmatched_names(text: str, gazetteer=None, found=None) -> list[tuple[int, int, str]]:
    """(start, end, name) of capitalised names that the text places somewhere ("in Tawila",
    "the village of Kiotari") and that the offline gazetteer neither found nor rejected:
    the names worth asking an online geocoder about. ``found``: the text's place mentions,
    when already found."""
    if gazetteer is None:
        from dashboard.gazetteer import get_gazetteer

        gazetteer = get_gazetteer()
    from dashboard.gazetteer.finder import DOCUMENT_WORDS
    from dashboard.gazetteer.normalize import key

    found = [(m.start, m.end) for m in (gazetteer.find(text) if found is None else found)]
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


_CONFIGURED: dict = {}


def configured_geocoder() -> OnlineGeocoder | None:
    """The online geocoder the environment or Streamlit's secrets file configures (one per
    process and configuration), or None when it is off. A wrong configuration is logged once
    and leaves geocoding offline: extraction never fails for it."""
    import logging

    paths = [Path.cwd() / ".streamlit" / "secrets.toml", Path.home() / ".streamlit" / "secrets.toml"]
    stamp = (tuple(sorted((k, v) for k, v in os.environ.items() if k.startswith("DASHBOARD_GEOCODER"))),
             tuple(p.stat().st_mtime_ns if p.is_file() else 0 for p in paths))
    if stamp in _CONFIGURED:  # asked once per document: answer from memory
        return _CONFIGURED[stamp]
    try:
        settings = GeocoderSettings.configured(secrets=paths)
    except GeocodingConfigError as exc:
        settings, error = None, exc
    else:
        error = None
    ident = repr(settings) if settings is not None else f"error:{error}"
    if ident not in _CONFIGURED:
        geo = None
        if settings is not None and settings.enabled:
            try:
                geo = OnlineGeocoder(settings)
            except (GeocodingConfigError, OSError, sqlite3.Error) as exc:
                error = exc
        if error is not None:
            logging.getLogger(__name__).error("online geocoding is off: %s", error)
        _CONFIGURED[ident] = geo
    _CONFIGURED[stamp] = _CONFIGURED[ident]
    return _CONFIGURED[ident]


def online_places(text: str, places, gazetteer=None, geocoder: OnlineGeocoder | None = None) -> list:
    """The extraction hook: :class:`PlaceMention`s for the names a text places somewhere
    that the offline index lacks ("in Tawila"), answered by the configured online geocoder
    (``[]`` at once when none is configured). Answers carry ``status="online"`` and their
    provider's id (``nominatim:node123``); a name that could not be placed is still a
    mention, without coordinates, with ``status="ungeocoded: <reason>"``. Bounded by the
    geocoder's per-name and per-batch deadlines; never raises."""
    from dataclasses import replace

    from dashboard.gazetteer.types import PlaceMention

    geo = geocoder if geocoder is not None else configured_geocoder()
    if geo is None:
        return []
    try:
        names = unmatched_names(text, gazetteer, found=places)
    except Exception:  # noqa: BLE001 - never lose a document to the online path
        return []
    if not names:
        return []
    seen: dict[str, int] = {}
    for p in places:
        if p.geocode.country and not p.adjective:
            seen[p.geocode.country] = seen.get(p.geocode.country, 0) + 1
    countries = tuple(sorted(seen, key=lambda c: -seen[c])[:3])
    answers = geo.geocode_many([n for _, _, n in names], countries)
    out = []
    for start, end, name in names:
        a = answers.get(name)
        if isinstance(a, Geocode):
            g = replace(a, status="online")
        else:
            g = Geocode(name=name, lat=None, lon=None, country=None, admin1=None, precision="city",
                        gazetteer_id=f"{geo.provider}:", kind="unknown",
                        status=a.status if isinstance(a, Ungeocoded) else "ungeocoded: error")
        out.append(PlaceMention(start, end, text[start:end], g))
    return out
