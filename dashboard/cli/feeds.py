"""``python -m dashboard feeds add|list|remove|poll``: RSS/Atom feeds polled into the store.

Each new entry's page is fetched politely (robots.txt, a per-host rate limit, conditional
requests, a size limit), read like a reader and stored once; failures are named per
entry and passing ones tried again at the next poll. ``poll --every 15m`` polls on a
schedule, holding a lock so that two pollers never run at once (a cron line works too).
"""
from __future__ import annotations

import re
import sys
import time

from .export import add_db_arg

EXAMPLE = """examples:
  python -m dashboard feeds add https://www.example.org/world/rss.xml
  python -m dashboard feeds list
  python -m dashboard feeds poll                 # once (for cron: */15 * * * *)
  python -m dashboard feeds poll --every 15m     # every 15 minutes until stopped
  python -m dashboard feeds remove https://www.example.org/world/rss.xml"""


def register(sub):
    import argparse

    p = sub.add_parser("feeds", help="RSS/Atom feeds: add, list, remove, poll into the store",
                       description=__doc__.split("\n\n")[1].replace("``", ""), epilog=EXAMPLE,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    fs = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    a = fs.add_parser("add", help="add a feed to poll")
    a.add_argument("url", metavar="URL")
    a.add_argument("--title", help="a name for it (default: the feed's own title)")
    r = fs.add_parser("remove", help="stop polling a feed (its stored articles stay)")
    r.add_argument("url", metavar="URL")
    fs.add_parser("list", help="the feeds, when each was polled, entries stored / failed / waiting")
    q = fs.add_parser("poll", help="fetch what is new in every feed and store it")
    q.add_argument("--every", metavar="INTERVAL", type=interval,
                   help="poll again every INTERVAL (30s, 15m, 1h) until stopped")
    q.add_argument("--max-new", type=int, default=None, metavar="N",
                   help="pages fetched per feed and poll (the rest wait for the next; default 50)")
    add_fetch_args(q)
    for sp in (a, r, q, fs.choices["list"]):
        add_db_arg(sp)
    p.set_defaults(func=run)


def add_fetch_args(p) -> None:
    g = p.add_argument_group("fetching")
    g.add_argument("--user-agent", metavar="UA",
                   help="user agent, with a contact (default: $DASHBOARD_USER_AGENT or the program's name)")
    g.add_argument("--delay", type=float, default=None, metavar="SECONDS",
                   help="at least this long between two requests to one site (default 1)")
    g.add_argument("--timeout", type=float, default=None, metavar="SECONDS",
                   help="give up on a silent site after this long (default 20)")


def fetcher_from(args):
    from ..web.fetch import MIN_DELAY, TIMEOUT, Fetcher

    return Fetcher(user_agent=args.user_agent,
                   min_delay=MIN_DELAY if args.delay is None else args.delay,
                   timeout=TIMEOUT if args.timeout is None else (min(5.0, args.timeout), args.timeout))


def interval(value: str) -> float:
    """argparse type: '30s', '15m', '1h' or plain seconds, at least 10 seconds."""
    import argparse

    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smh]?)\s*", value or "")
    if not m:
        raise argparse.ArgumentTypeError(f"{value!r} is not an interval (use 30s, 15m or 1h)")
    seconds = float(m.group(1)) * {"": 1, "s": 1, "m": 60, "h": 3600}[m.group(2)]
    if seconds < 10:
        raise argparse.ArgumentTypeError(f"{value!r} is too short: poll at most every 10 s")
    return seconds


def run(args) -> int:
    from ..store import Store

    store = Store(args.db)
    if args.action == "add":
        from ..web.fetch import normalize_url

        url = normalize_url(args.url)
        added = store.add_feed(url, args.title)
        print(f"added feed {url}" if added else f"{url} is already in the feeds")
        return 0
    if args.action == "remove":
        from ..web.fetch import normalize_url

        url = normalize_url(args.url)
        if store.remove_feed(url):
            print(f"removed feed {url} (its stored articles stay)")
            return 0
        print(f"{url} is not in the feeds (see: python -m dashboard feeds list)", file=sys.stderr)
        return 1
    if args.action == "list":
        return list_feeds(store)
    return poll(store, args)


def list_feeds(store) -> int:
    feeds = store.feeds()
    if not feeds:
        print("no feeds yet (add one: python -m dashboard feeds add URL)")
        return 0
    for f in feeds:
        print(f"{f['url']}  {f['title'] or ''}".rstrip())
        print(f"    last polled {f['polled_at'] or 'never'}: {f['status'] or ''}; entries: "
              f"{int(f['stored'] or 0)} stored, {int(f['failed'] or 0)} failed, "
              f"{int(f['waiting'] or 0)} waiting")
    return 0


def poll(store, args) -> int:
    from ..errors import DashboardError
    from ..web.feeds import MAX_NEW, poll as poll_once
    from ..web.lock import PollLock

    fetcher = fetcher_from(args)
    with PollLock(store.path) as lock:
        if not lock.acquired:
            print(f"another poll is running (lock {lock.path}); not polling", file=sys.stderr)
            return 1
        while True:
            started = time.monotonic()
            stamp = time.strftime("%Y-%m-%d %H:%M:%S")
            try:
                report = poll_once(store, fetcher, max_new=args.max_new or MAX_NEW)
            except DashboardError as e:
                if not args.every:
                    raise
                # a scheduled poller outlives one bad round (the store busy, a disk full ...):
                # nothing was recorded, so the next round tries the same entries again
                print(f"[{stamp}] error: {e}; trying again at the next poll", file=sys.stderr, flush=True)
                time.sleep(max(0.0, args.every - (time.monotonic() - started)))
                continue
            if not report.feeds:
                print("no feeds to poll (add one: python -m dashboard feeds add URL)")
            for line in report.lines():
                print(f"[{stamp}] {line}" if args.every else line, flush=True)
            if not args.every:
                return 0
            time.sleep(max(0.0, args.every - (time.monotonic() - started)))
