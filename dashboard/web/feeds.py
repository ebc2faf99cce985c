"""RSS and Atom feeds polled into the store, each entry's article read once.

:func:`poll` asks each feed for what is new (a conditional request with the ETag /
Last-Modified of the last answer), parses it with feedparser, and fetches the page of
every entry it has not seen, read like any web page (:mod:`.reader`). The articles go into
the store in one ingest; then what became of every entry is recorded in the store's feed
state (``store/feeds.py``), so a second poll adds nothing. Nothing is lost: an entry whose
page failed for a passing cause (429, offline, timeout, 5xx) waits for the next poll (up
to :data:`MAX_ATTEMPTS`), one that failed for good (404, not a web page, too big,
robots.txt) is recorded as failed with its reason, and entries beyond the per-poll cap wait
as ``pending``. A failure is named per item in :class:`PollReport`.
"""
from __future__ import annotations

import calendar
import hashlib
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from typing import Callable, Optional

from ..errors import DashboardError
from .fetch import Fetcher, FetchError, fetch_document, normalize_url

MAX_NEW = 50        # pages fetched per feed and poll (the rest wait as pending)
MAX_ATTEMPTS = 3    # tries for an entry that fails for a passing cause
DONE = ("stored", "failed")


@dataclass
class PollReport:
    """What one poll did, feed by feed and entry by entry."""

    feeds: list = field(default_factory=list)      # (feed url, status text)
    stored: list = field(default_factory=list)     # (feed url, page url, document name)
    failed: list = field(default_factory=list)     # (feed url, url, reason, will retry?)
    skipped: int = 0                               # entries seen in an earlier poll
    waiting: int = 0                               # entries left for the next poll
    summary: object = None                         # the store's IngestSummary

    def lines(self) -> list[str]:
        out = [f"feed {url}: {status}" for url, status in self.feeds]
        out += [f"stored: {url} ({name})" for _, url, name in self.stored]
        out += [f"failed: {url}: {reason}" + (" (will retry at the next poll)" if again else "")
                for _, url, reason, again in self.failed]
        out.append(f"{len(self.stored)} new articles stored, {len(self.failed)} failed, "
                   f"{self.skipped} seen before, {self.waiting} waiting for the next poll")
        if self.summary is not None:
            out.append(self.summary.lines()[0])
        return out


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def entry_id(entry) -> str:
    """A stable id for an entry: its id/guid, else its link, else a hash of its title."""
    for key in ("id", "guid", "link"):
        v = entry.get(key)
        if isinstance(v, str) and v.strip():
            return v.strip()[:500]
    return "sha1:" + hashlib.sha1(str(entry.get("title", "")).encode()).hexdigest()


def _entry_time(entry) -> Optional[str]:
    for key in ("published_parsed", "updated_parsed"):
        t = entry.get(key)
        if t:
            try:
                return datetime.fromtimestamp(calendar.timegm(t), tz=timezone.utc).isoformat()
            except (OverflowError, ValueError, TypeError):
                continue
    return None


def read_feed(url: str, fetcher: Fetcher, etag=None, last_modified=None):
    """(entries, feed title, response) of a feed; entries is None when it has not changed
    since the ETag / Last-Modified given. FetchError when it cannot be read."""
    import feedparser

    resp = fetcher.get(url, accept="feed", etag=etag, last_modified=last_modified)
    if resp.not_modified:
        return None, None, resp
    parsed = feedparser.parse(resp.content)
    if not parsed.entries and (parsed.bozo or not parsed.get("version")):
        why = getattr(parsed.get("bozo_exception"), "getMessage", lambda: "")() or "no entries"
        raise FetchError(url, f"not an RSS or Atom feed ({why})", "not_html", resp.status)
    title = (parsed.feed.get("title") or "").strip() or None
    rows = [{"entry_id": entry_id(e), "url": (e.get("link") or "").strip(),
             "title": (e.get("title") or "").strip()[:300], "published_at": _entry_time(e)}
            for e in parsed.entries]
    return rows, title, resp


def poll(store, fetcher: Optional[Fetcher] = None, only: Optional[list] = None,
         max_new: int = MAX_NEW, progress: Optional[Callable[[str], None]] = None) -> PollReport:
    """Poll every feed of ``store`` (or those in ``only``) once; see the module's docstring."""
    fetcher = fetcher or Fetcher()
    report = PollReport()
    feeds = [f for f in store.feeds() if not only or f["url"] in only]
    feed_rows, entry_rows, docs, owner = [], [], [], {}
    for feed in feeds:
        url = feed["url"]
        known = {e["entry_id"]: e for e in store.feed_entries(url)}
        row = {"url": url, "title": None, "etag": feed.get("etag"),
               "last_modified": feed.get("last_modified"), "polled_at": _now()}
        try:
            rows, title, resp = read_feed(url, fetcher, feed.get("etag"), feed.get("last_modified"))
            row.update(title=title, etag=resp.etag or row["etag"],
                       last_modified=resp.last_modified or row["last_modified"])
            row["status"] = "not modified" if rows is None else f"ok, {len(rows)} entries"
        except FetchError as e:
            rows, row["status"] = None, f"failed: {e.reason}"
        report.feeds.append((url, row["status"]))
        feed_rows.append(row)
        todo = _to_fetch(url, rows or [], known, report)
        for e in todo[max_new:]:
            e["status"] = e.get("status") if e.get("status") == "retry" else "pending"
            entry_rows.append(e)
            report.waiting += 1
        for e in todo[:max_new]:
            if progress:
                progress(e["url"] or e["entry_id"])
            doc = _fetch_entry(e, fetcher, feed.get("title") or row.get("title"), report, url)
            entry_rows.append(e)
            if doc is not None:
                docs.append(doc)
                owner[doc.doc_id] = e
    summary = store.ingest(docs) if docs else None
    report.summary = summary
    failed_names = dict(summary.failed) if summary else {}
    for doc in docs:
        e = owner[doc.doc_id]
        if doc.name in failed_names:
            e.update(status="failed", reason=failed_names[doc.name], doc_id=None)
            report.failed.append((e["feed_url"], e["url"], failed_names[doc.name], False))
        else:
            report.stored.append((e["feed_url"], e["url"], doc.name))
    store.save_feed_poll(feed_rows, entry_rows)
    return report


def _to_fetch(feed_url: str, rows: list, known: dict, report: PollReport) -> list[dict]:
    """The entries to fetch now: new ones in feed order, then earlier ones still waiting."""
    out, seen = [], set()
    for r in rows:
        if r["entry_id"] in seen:
            continue
        seen.add(r["entry_id"])
        old = known.get(r["entry_id"])
        if old is not None and (old["status"] in DONE or (old.get("attempts") or 0) >= MAX_ATTEMPTS):
            report.skipped += 1
            continue
        out.append({**r, "feed_url": feed_url, "attempts": (old or {}).get("attempts") or 0,
                    "status": (old or {}).get("status"), "reason": None, "doc_id": None,
                    "seen_at": (old or {}).get("seen_at") or _now()})
    for eid, old in known.items():
        if eid not in seen and old["status"] in ("retry", "pending") \
                and (old.get("attempts") or 0) < MAX_ATTEMPTS:
            out.append(dict(old))
    return out


def _fetch_entry(e: dict, fetcher: Fetcher, feed_title, report: PollReport, feed_url: str):
    """The entry's page as a Document (its state updated in ``e``), or None on failure."""
    e["attempts"] = (e.get("attempts") or 0) + 1
    if not e.get("url"):
        e.update(status="failed", reason="the entry has no link")
        report.failed.append((feed_url, e["entry_id"], e["reason"], False))
        return None
    try:
        url = normalize_url(e["url"])
        doc = fetch_document(url, fetcher, default_source=feed_title)
    except FetchError as err:
        again = err.transient and e["attempts"] < MAX_ATTEMPTS
        e.update(status="retry" if again else "failed", reason=err.reason)
        report.failed.append((feed_url, e["url"], err.reason, again))
        return None
    except DashboardError as err:
        reason = getattr(err, "reason", None) or str(err)
        e.update(status="failed", reason=reason)
        report.failed.append((feed_url, e["url"], reason, False))
        return None
    if doc.published is None and e.get("published_at"):
        from ..web.reader import parse_timestamp

        stamp = parse_timestamp(e["published_at"])
        if stamp is not None:
            doc = replace(doc, published=stamp[1], published_at=stamp[0], published_from="feed")
    e.update(status="stored", reason=None, doc_id=doc.doc_id)
    return doc
