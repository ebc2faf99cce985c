"""Fetching pages and polling feeds against a loopback web site (no internet)."""
import socket

import pytest

from dashboard.cli import main
from dashboard.store import Store
from dashboard.web.feeds import poll
from dashboard.web.fetch import Fetcher, FetchError, fetch_document, page_name
from dashboard.web.lock import PollLock
from web_support import Site, article_page, rss

ARTICLES = {
    "/news/kyiv": ("Missile strike on Kyiv kills six", "A Russian missile strike on Kyiv killed six people "
                   "and injured 21 on Thursday morning, the city's military administration said."),
    "/news/odesa": ("Drone attack on Odesa injures nine", "A Russian drone attack on Odesa injured nine "
                    "people overnight into Friday, the regional governor said."),
    "/news/sumy": ("Glide bombs hit Sumy, two dead", "Two people were killed when Russian glide bombs hit "
                   "Sumy on Saturday, regional officials said."),
}


@pytest.fixture
def site():
    s = Site().start()
    for path, (title, para) in ARTICLES.items():
        s.add(path, article_page(title, [para, "Rescue work continued into the evening."],
                                 "2025-04-24T07:30:00+03:00", canonical=f"https://news.example{path}"))
    s.add("/robots.txt", "User-agent: *\nDisallow: /private/\n", ctype="text/plain")
    yield s
    s.stop()


def fetcher(**kw):
    return Fetcher(min_delay=kw.pop("min_delay", 0.0), timeout=kw.pop("timeout", (2.0, 2.0)), **kw)


def six_entry_feed(site):
    site.add("/gone", "Not here", status=404)
    site.add("/busy", "Slow down", status=429, headers={"Retry-After": "120"})
    site.add("/report.pdf", b"%PDF-1.4 binary", ctype="application/pdf")
    items = [(t, site.url(p), "Thu, 24 Apr 2025 04:30:00 GMT") for p, (t, _) in ARTICLES.items()]
    items += [("Gone", site.url("/gone"), "Thu, 24 Apr 2025 05:00:00 GMT"),
              ("Busy", site.url("/busy"), "Thu, 24 Apr 2025 05:10:00 GMT"),
              ("A report", site.url("/report.pdf"), "Thu, 24 Apr 2025 05:20:00 GMT")]
    site.add("/feed.xml", rss("Example Wire", items), ctype="application/rss+xml", headers={"ETag": '"v1"'})
    return site.url("/feed.xml")


def test_bar_a_feed_of_six_stores_three_names_three_failures_and_a_second_poll_adds_nothing(site, tmp_path, capsys):
    db = str(tmp_path / "s.duckdb")
    feed = six_entry_feed(site)
    assert main(["feeds", "add", feed, "--db", db]) == 0
    assert main(["feeds", "poll", "--db", db, "--delay", "0"]) == 0
    out = capsys.readouterr().out
    assert "3 new articles stored, 3 failed" in out
    assert "/gone: HTTP 404" in out and "/busy: HTTP 429" in out and "not a web page (Content-Type application/pdf)" in out
    store = Store(db)
    docs = store.documents_df()
    assert len(docs) == 3
    assert set(docs["outlet"]) == {"Northern Broadcasting News"}
    assert set(docs["url"]) == {f"https://news.example{p}" for p in ARTICLES}
    assert set(docs["published_at"]) == {"2025-04-24T07:30:00+03:00"}
    assert site.hits("/news/kyiv") == 1
    # second poll: the feed answers 304 to its ETag, nothing is fetched again but the 429 one
    assert main(["feeds", "poll", "--db", db, "--delay", "0"]) == 0
    out = capsys.readouterr().out
    assert "0 new articles stored" in out and "not modified" in out
    assert any(h.get("If-None-Match") == '"v1"' for p, h in site.requests if p == "/feed.xml")
    assert Store(db).count_documents() == 3
    assert site.hits("/news/kyiv") == 1 and site.hits("/gone") == 1 and site.hits("/busy") == 2
    feeds = Store(db).feeds()
    assert feeds[0]["title"] == "Example Wire" and int(feeds[0]["stored"]) == 3 and int(feeds[0]["failed"]) == 2
    assert main(["feeds", "list", "--db", db]) == 0
    assert "3 stored, 2 failed, 1 waiting" in capsys.readouterr().out


def test_a_changed_feed_without_etag_skips_the_entries_already_seen(site):
    store = Store(":memory:")
    items = [(t, site.url(p), "Thu, 24 Apr 2025 04:30:00 GMT") for p, (t, _) in list(ARTICLES.items())[:2]]
    site.add("/plain.xml", rss("Plain", items), ctype="application/xml")
    store.add_feed(site.url("/plain.xml"))
    first = poll(store, fetcher())
    assert len(first.stored) == 2
    items.append(("Sumy", site.url("/news/sumy"), "Sat, 26 Apr 2025 04:30:00 GMT"))
    site.add("/plain.xml", rss("Plain", items), ctype="application/xml")
    second = poll(store, fetcher())
    assert [u for _, u, _ in second.stored] == [site.url("/news/sumy")] and second.skipped == 2
    assert store.count_documents() == 3


def test_more_entries_than_the_cap_wait_for_the_next_poll(site):
    store = Store(":memory:")
    items = [(t, site.url(p), "Thu, 24 Apr 2025 04:30:00 GMT") for p, (t, _) in ARTICLES.items()]
    site.add("/feed.xml", rss("Capped", items), ctype="application/rss+xml", headers={"ETag": '"c"'})
    store.add_feed(site.url("/feed.xml"))
    first = poll(store, fetcher(), max_new=2)
    assert len(first.stored) == 2 and first.waiting == 1
    second = poll(store, fetcher(), max_new=2)   # the feed is unchanged (304): the pending one is fetched
    assert len(second.stored) == 1 and store.count_documents() == 3


def test_an_entry_page_dated_only_by_the_feed_takes_the_feeds_date_and_title(site):
    site.add("/bare", "<html><body><article><p>Two people were killed in Kherson on Sunday, the governor said."
                      "</p></article></body></html>")
    site.add("/f.xml", rss("River Post", [("Kherson", site.url("/bare"), "Sun, 27 Apr 2025 10:00:00 GMT")]),
             ctype="application/rss+xml")
    store = Store(":memory:")
    store.add_feed(site.url("/f.xml"))
    poll(store, fetcher())
    doc = store.documents_df().iloc[0]
    assert doc["outlet"] == "River Post" and doc["published_from"] == "feed"
    assert doc["published_at"] == "2025-04-27T10:00:00+00:00"


def test_robots_txt_is_obeyed_and_named(site):
    site.add("/private/x", article_page("T", ["Two people were killed."], "2025-01-01T00:00:00Z"))
    with pytest.raises(FetchError, match="robots.txt") as e:
        fetcher().get(site.url("/private/x"))
    assert e.value.kind == "robots" and site.hits("/private/x") == 0
    assert fetcher(robots=False).get(site.url("/private/x")).status == 200


def test_size_limit_with_and_without_content_length(site):
    big = "<html><body>" + "<p>word</p>" * 20_000 + "</body></html>"
    site.add("/big", big)
    site.add("/big-stream", big, length=False)
    for path in ("/big", "/big-stream"):
        with pytest.raises(FetchError, match="too big") as e:
            fetcher(max_bytes=50_000).get(site.url(path))
        assert e.value.kind == "too_big" and not e.value.transient


def test_offline_and_timeout_are_named_and_passing(site):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(FetchError, match="cannot connect") as e:
        fetcher(robots=False).get(f"http://127.0.0.1:{port}/x")
    assert e.value.transient and e.value.kind == "offline"
    site.add("/slow", "<p>late</p>", delay=1.5)
    with pytest.raises(FetchError, match="timed out") as e:
        fetcher(timeout=(1.0, 0.5)).get(site.url("/slow"))
    assert e.value.transient


def test_the_rate_limit_spaces_requests_to_one_host_and_a_429_doubles_it(site):
    clock = {"t": 100.0}
    slept = []

    def sleep(s):
        slept.append(round(s, 3))
        clock["t"] += s

    f = Fetcher(min_delay=2.0, clock=lambda: clock["t"], sleep=sleep, timeout=(2.0, 2.0))
    f.get(site.url("/news/kyiv"))          # robots.txt first, then the page: 2 s apart
    f.get(site.url("/news/odesa"))
    assert slept == [2.0, 2.0]
    site.add("/busy", "Slow down", status=429)
    with pytest.raises(FetchError, match="429") as e:
        f.get(site.url("/busy"))
    assert e.value.kind == "rate_limited" and e.value.transient
    f.get(site.url("/news/sumy"))
    assert slept[-1] == 4.0


def test_ingest_by_url_on_the_command_line(site, tmp_path, capsys):
    db = str(tmp_path / "u.duckdb")
    rc = main(["ingest", site.url("/news/kyiv"), site.url("/missing"), "--db", db, "--no-progress", "--delay", "0"])
    out, err = capsys.readouterr()
    assert rc == 1 and "added 1 documents" in out          # exit 1: an input failed
    assert f"failed: {site.url('/missing')}: HTTP 404" in err
    doc = Store(db).documents_df().iloc[0]
    assert doc["url"] == "https://news.example/news/kyiv" and doc["reader"] == "trafilatura"
    main(["ingest", site.url("/news/kyiv"), "--db", db, "--no-progress", "--delay", "0"])
    assert "skipped 1 already stored" in capsys.readouterr().out


def test_fetch_document_names_a_page_by_its_address(site):
    doc = fetch_document(site.url("/news/odesa"), fetcher())
    assert doc.name == f"127.0.0.1-{site.port}_news_odesa.html"
    assert page_name("https://www.example.org/a/b.html?x=1") == "example.org_a_b.html"
    assert doc.source == "Northern Broadcasting News" and doc.published_at == "2025-04-24T07:30:00+03:00"


def test_one_poller_at_a_time(tmp_path, capsys):
    db = str(tmp_path / "l.duckdb")
    with PollLock(db) as held:
        assert held.acquired
        with PollLock(db) as other:
            assert not other.acquired
        assert main(["feeds", "poll", "--db", db]) == 1
        assert "another poll is running" in capsys.readouterr().err
    with PollLock(db) as again:
        assert again.acquired


def test_feeds_add_list_remove_and_bad_addresses(tmp_path, capsys):
    db = str(tmp_path / "f.duckdb")
    assert main(["feeds", "add", "HTTPS://Example.org/rss#top", "--db", db]) == 0
    assert main(["feeds", "add", "https://example.org/rss", "--db", db]) == 0
    assert "already in the feeds" in capsys.readouterr().out
    assert [f["url"] for f in Store(db).feeds()] == ["https://example.org/rss"]
    assert main(["feeds", "add", "ftp://example.org/rss", "--db", db]) == 1
    assert "not a web address" in capsys.readouterr().err
    assert main(["feeds", "remove", "https://example.org/rss", "--db", db]) == 0
    assert main(["feeds", "remove", "https://example.org/rss", "--db", db]) == 1
    assert Store(db).feeds() == []
    with pytest.raises(SystemExit):
        main(["feeds", "poll", "--every", "2s", "--db", db])
