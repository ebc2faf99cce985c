"""Articles from the web: pages read like a reader, polite fetching, RSS/Atom feeds.

- :mod:`.reader`: a page's HTML to the article's text and metadata (trafilatura, with the
  project's own reader as the fallback).
- :mod:`.fetch`: polite HTTP (user agent, timeouts, robots.txt, a per-host rate limit,
  conditional requests, a size limit), failures as :class:`~.fetch.FetchError` naming the URL.
- :mod:`.feeds`: RSS/Atom feeds polled into the store, each entry read once.

Nothing here runs at import; trafilatura, requests and feedparser load on first use.
"""
