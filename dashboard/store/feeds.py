"""The store's state for feed polling: which feeds to poll and what each entry became.

Two small tables beside the documents (declared in :mod:`.schema`; plain, portable SQL,
times as ISO 8601 text), on either backend, read and written only through :class:`~dashboard.store.Store`'s
``feeds``, ``feed_entries``, ``add_feed``, ``remove_feed`` and ``save_feed_poll``:

- ``feeds``: one row per feed (its URL, a title, the ETag / Last-Modified of its last
  answer for conditional requests, when it was last polled and how that went);
- ``feed_entries``: one row per entry seen in a feed: its page's URL, ``status``
  (``stored``: its article is in the store; ``failed``: will not be tried again, with the
  reason; ``retry``: failed for a passing cause such as 429 or offline, tried again at the
  next poll up to a few attempts; ``pending``: not fetched yet), the document id once stored.

Entries are keyed by (feed URL, entry id), so a second poll of the same feed adds nothing.
"""
from __future__ import annotations

FEED_COLUMNS = ["url", "title", "added_at", "etag", "last_modified", "polled_at", "status"]
ENTRY_COLUMNS = ["feed_url", "entry_id", "url", "title", "published_at", "status", "reason",
                 "doc_id", "attempts", "seen_at"]
DONE = ("stored", "failed")   # entry states that are never fetched again

def add(con, url: str, title, now: str) -> bool:
    """``con``: the store's writer (``execute``, ``rows``), inside a transaction."""
    if con.rows("SELECT count(*) FROM feeds WHERE url = ?", [url])[0][0]:
        return False
    con.execute("INSERT INTO feeds (url, title, added_at, status) VALUES (?, ?, ?, ?)",
                [url, title, now, "new"])
    return True


def remove(con, url: str) -> bool:
    if not con.rows("SELECT count(*) FROM feeds WHERE url = ?", [url])[0][0]:
        return False
    con.execute("DELETE FROM feed_entries WHERE feed_url = ?", [url])
    con.execute("DELETE FROM feeds WHERE url = ?", [url])
    return True


def save_poll(con, feeds: list[dict], entries: list[dict]) -> None:
    """Update the polled feeds' rows and replace the given entries' rows."""
    for f in feeds:
        con.execute("UPDATE feeds SET title = coalesce(?, title), etag = ?, last_modified = ?, "
                    "polled_at = ?, status = ? WHERE url = ?",
                    [f.get("title"), f.get("etag"), f.get("last_modified"), f.get("polled_at"),
                     f.get("status"), f["url"]])
    for e in entries:
        con.execute("DELETE FROM feed_entries WHERE feed_url = ? AND entry_id = ?",
                    [e["feed_url"], e["entry_id"]])
    cols = ", ".join(ENTRY_COLUMNS)
    marks = ", ".join("?" for _ in ENTRY_COLUMNS)
    for e in entries:
        con.execute(f"INSERT INTO feed_entries ({cols}) VALUES ({marks})",
                    [e.get(c) for c in ENTRY_COLUMNS])


FEEDS_QUERY = (
    "SELECT f.url, f.title, f.added_at, f.etag, f.last_modified, f.polled_at, f.status, "
    "count(e.entry_id) AS entries, "
    "sum(CASE WHEN e.status = 'stored' THEN 1 ELSE 0 END) AS stored, "
    "sum(CASE WHEN e.status = 'failed' THEN 1 ELSE 0 END) AS failed, "
    "sum(CASE WHEN e.status IN ('retry', 'pending') THEN 1 ELSE 0 END) AS waiting "
    "FROM feeds f LEFT JOIN feed_entries e ON e.feed_url = f.url "
    "GROUP BY f.url, f.title, f.added_at, f.etag, f.last_modified, f.polled_at, f.status "
    "ORDER BY f.added_at, f.url")
ENTRIES_QUERY = "SELECT * FROM feed_entries WHERE feed_url = ? ORDER BY seen_at, entry_id"
