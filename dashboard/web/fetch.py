"""Polite HTTP for pages and feeds (in the manner of geopy's base geocoder: the transport,
timeouts and user agent live here; callers only say what they want).

- a user agent that names the program (``--user-agent`` or ``$DASHBOARD_USER_AGENT`` to
  add a contact), connect and read timeouts;
- ``robots.txt`` read once per host and obeyed (RFC 9309: a missing file allows all, an
  unreachable one allows nothing for now);
- a per-host rate limit: at least ``min_delay`` seconds between two requests to one host
  (the clock and the sleep are parameters, so tests never wait); a 429 doubles the host's
  delay for the rest of the run;
- conditional requests (``If-None-Match`` / ``If-Modified-Since``) when the caller has an
  ETag or a Last-Modified from before; a 304 comes back as ``not_modified``;
- a size limit, checked on ``Content-Length`` and again while reading.

Every failure is a :class:`FetchError` naming the URL, with ``kind`` (offline, timeout,
http, rate_limited, not_html, too_big, robots, bad_url) and ``transient`` (worth trying
again later: offline, timeout, 429, 5xx).
"""
from __future__ import annotations

import os
import time
from dataclasses import dataclass
from typing import Callable, Optional
from urllib.parse import urlsplit, urlunsplit

from ..errors import DashboardError

USER_AGENT = "conflict-news-dashboard/1.0 (news reader for analysts; obeys robots.txt)"
TIMEOUT = (5.0, 20.0)           # seconds to connect, seconds between bytes
MAX_BYTES = 5 * 1024 * 1024     # as documents.MAX_BYTES: no article page is bigger
MIN_DELAY = 1.0                 # seconds between two requests to one host
MAX_DELAY = 60.0                # a host's delay never grows past this after 429s
PAGE_TYPES = ("text/html", "application/xhtml+xml")
FEED_TYPES = ("xml", "rss", "atom", "rdf", "text/plain", "text/html")


class FetchError(DashboardError):
    """A URL could not be fetched; the message starts with the URL and says why."""

    def __init__(self, url: str, reason: str, kind: str, status: Optional[int] = None,
                 transient: bool = False, retry_after: Optional[float] = None):
        self.url, self.reason, self.kind, self.status = url, reason, kind, status
        self.transient, self.retry_after = transient, retry_after
        self.name = url
        super().__init__(f"{url}: {reason}")


@dataclass
class Response:
    url: str                        # the URL asked for
    final_url: str                  # after redirects
    status: int
    content: bytes = b""
    content_type: str = ""
    etag: Optional[str] = None
    last_modified: Optional[str] = None
    not_modified: bool = False      # 304: unchanged since the ETag / Last-Modified given


def normalize_url(url: str) -> str:
    """The URL with scheme and host in lower case and no fragment; FetchError if it is
    not an http(s) address."""
    url = (url or "").strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise FetchError(url or "(empty)", "not a web address (use http:// or https://)", "bad_url")
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", parts.query, ""))


class Fetcher:
    """One polite HTTP client; keep one per run (it remembers robots.txt and per-host times)."""

    def __init__(self, user_agent: Optional[str] = None, timeout=TIMEOUT, max_bytes: int = MAX_BYTES,
                 min_delay: float = MIN_DELAY, robots: bool = True,
                 clock: Callable[[], float] = time.monotonic, sleep: Callable[[float], None] = time.sleep):
        self.user_agent = user_agent or os.environ.get("DASHBOARD_USER_AGENT") or USER_AGENT
        self.timeout, self.max_bytes, self.min_delay = timeout, max_bytes, min_delay
        self.robots, self.clock, self.sleep = robots, clock, sleep
        self._last: dict[str, float] = {}       # host -> time of the last request
        self._delay: dict[str, float] = {}      # host -> its delay (grows after a 429)
        self._robots: dict[str, object] = {}    # host -> RobotFileParser or None (allow all)
        self._session = None

    # -- the pieces ----------------------------------------------------------------------
    @property
    def session(self):
        if self._session is None:
            import requests

            s = requests.Session()
            s.headers["User-Agent"] = self.user_agent
            s.max_redirects = 5
            self._session = s
        return self._session

    def close(self) -> None:
        if self._session is not None:
            self._session.close()
            self._session = None

    def _wait(self, host: str) -> None:
        """Sleep until this host's delay has passed since its last request."""
        delay = self._delay.get(host, self.min_delay)
        last = self._last.get(host)
        if last is not None:
            left = last + delay - self.clock()
            if left > 0:
                self.sleep(left)
        self._last[host] = self.clock()

    def allowed(self, url: str) -> bool:
        """Whether robots.txt of the URL's host lets this user agent fetch it."""
        if not self.robots:
            return True
        parts = urlsplit(url)
        host = parts.netloc
        if host not in self._robots:
            self._robots[host] = self._read_robots(f"{parts.scheme}://{host}/robots.txt")
        rp = self._robots[host]
        if rp is None:
            return True
        if rp is False:
            return False
        return rp.can_fetch(self.user_agent, url)

    def _read_robots(self, robots_url: str):
        """RobotFileParser, None (no rules: allow all) or False (unreachable: allow none)."""
        import urllib.robotparser

        import requests

        self._wait(urlsplit(robots_url).netloc)
        try:
            r = self.session.get(robots_url, timeout=self.timeout, stream=True)
            body = r.raw.read(512 * 1024, decode_content=True) if r.ok else b""
            r.close()
        except requests.RequestException:
            return False
        if 400 <= r.status_code < 500:
            return None
        if r.status_code >= 500:
            return False
        rp = urllib.robotparser.RobotFileParser(robots_url)
        rp.parse(body.decode("utf-8", errors="replace").splitlines())
        return rp

    # -- the one public call ---------------------------------------------------------------
    def get(self, url: str, accept: str = "page", etag: Optional[str] = None,
            last_modified: Optional[str] = None) -> Response:
        """Fetch ``url`` (``accept``: "page" for HTML, "feed" for RSS/Atom); FetchError on
        any failure. A 304 answer to a conditional request is a Response with not_modified."""
        import requests

        url = normalize_url(url)
        if not self.allowed(url):
            raise FetchError(url, "robots.txt of the site does not allow fetching this page", "robots")
        host = urlsplit(url).netloc
        self._wait(host)
        headers = {"Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5" if accept == "page"
                   else "application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5"}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        try:
            r = self.session.get(url, headers=headers, timeout=self.timeout, stream=True)
        except requests.exceptions.TooManyRedirects:
            raise FetchError(url, "too many redirects", "http") from None
        except requests.exceptions.Timeout:
            raise FetchError(url, f"no answer within {self.timeout[1]:.0f} s (timed out)", "timeout",
                             transient=True) from None
        except requests.exceptions.ConnectionError:
            raise FetchError(url, "cannot connect (offline, or the site is down)", "offline",
                             transient=True) from None
        except requests.RequestException as e:
            raise FetchError(url, f"request failed ({type(e).__name__})", "offline", transient=True) from None
        with r:
            return self._answer(url, r, accept, host)

    def _answer(self, url: str, r, accept: str, host: str) -> Response:
        status = r.status_code
        if status == 304:
            return Response(url, r.url, status, not_modified=True, etag=r.headers.get("ETag"),
                            last_modified=r.headers.get("Last-Modified"))
        if status == 429:
            wait = _retry_after(r.headers.get("Retry-After"))
            self._delay[host] = min(MAX_DELAY, max(self._delay.get(host, self.min_delay), 0.5) * 2)
            raise FetchError(url, "HTTP 429 Too Many Requests: the site asks us to slow down"
                             + (f" (retry after {wait:.0f} s)" if wait else ""), "rate_limited",
                             status, transient=True, retry_after=wait)
        if status >= 400:
            reason = r.reason or ""
            raise FetchError(url, f"HTTP {status} {reason}".strip()
                             + (" (the page is gone)" if status in (404, 410) else ""), "http",
                             status, transient=status >= 500)
        ctype = (r.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        wanted = PAGE_TYPES if accept == "page" else FEED_TYPES
        if ctype and not any(w in ctype for w in wanted):
            what = "a web page" if accept == "page" else "a feed"
            raise FetchError(url, f"not {what} (Content-Type {ctype})", "not_html", status)
        size = r.headers.get("Content-Length")
        if size and size.isdigit() and int(size) > self.max_bytes:
            raise FetchError(url, f"too big: {int(size) / 1e6:.1f} MB, over the "
                                  f"{self.max_bytes / 1e6:.1f} MB limit", "too_big", status)
        chunks, total = [], 0
        for chunk in r.iter_content(64 * 1024):
            total += len(chunk)
            if total > self.max_bytes:
                raise FetchError(url, f"too big: over the {self.max_bytes / 1e6:.1f} MB limit",
                                 "too_big", status)
            chunks.append(chunk)
        return Response(url, r.url, status, b"".join(chunks), ctype, r.headers.get("ETag"),
                        r.headers.get("Last-Modified"))


def _retry_after(value: Optional[str]) -> Optional[float]:
    """Seconds from a Retry-After header (seconds or an HTTP date), if any."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    from email.utils import parsedate_to_datetime
    from datetime import datetime, timezone

    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())


def fetch_document(url: str, fetcher: Optional[Fetcher] = None, source: Optional[str] = None,
                   published=None, default_source: Optional[str] = None):
    """Fetch a page and read it into a Document (FetchError or DocumentError on failure).
    ``default_source``: the outlet when the page names none (before the host name)."""
    from ..documents import load_bytes

    fetcher = fetcher or Fetcher()
    resp = fetcher.get(url, accept="page")
    return load_bytes(page_name(resp.final_url), resp.content, published=published, source=source,
                      url=resp.final_url, default_source=default_source)


def fetch_urls(urls, fetcher: Optional[Fetcher] = None) -> tuple[list, list]:
    """(documents, [(url, reason)]) for web addresses: one failure never stops the rest."""
    fetcher = fetcher or Fetcher()
    docs, failed = [], []
    for url in urls:
        try:
            docs.append(fetch_document(url, fetcher))
        except DashboardError as e:
            failed.append((getattr(e, "url", None) or url, getattr(e, "reason", None) or str(e)))
    return docs, failed


def page_name(url: str) -> str:
    """A file-like name for a page: host and path, ``/`` as ``_``, ending in ``.html``."""
    parts = urlsplit(url)
    host = parts.netloc[4:] if parts.netloc.startswith("www.") else parts.netloc
    path = parts.path.strip("/").replace("/", "_")
    for suffix in (".html", ".htm", ".php", ".aspx", ".asp", ".shtml"):
        if path.lower().endswith(suffix):
            path = path[:-len(suffix)]
    name = "_".join(x for x in (host.replace(":", "-"), path) if x)
    name = "".join(c if c.isalnum() or c in "-_." else "-" for c in name)[:150]
    return name + ".html"
