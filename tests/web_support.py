"""A loopback web site for tests: pages, feeds, robots.txt, errors, ETags (no internet).

``Site`` maps paths to routes; each route is (status, content type, body, extra headers).
It records every request (path and headers) so tests can check what was asked, and
answers ``If-None-Match`` with 304 when a route has an ETag.
"""
from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class Site:
    def __init__(self):
        self.routes: dict[str, tuple] = {}
        self.requests: list[tuple[str, dict]] = []
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._httpd.daemon_threads = True
        self.port = self._httpd.server_address[1]
        self.base = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    def start(self) -> "Site":
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def url(self, path: str) -> str:
        return self.base + path

    def add(self, path: str, body, ctype: str = "text/html; charset=utf-8", status: int = 200,
            headers: dict | None = None, delay: float = 0.0, length: bool = True):
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.routes[path] = (status, ctype, data, dict(headers or {}), delay, length)

    def hits(self, path: str) -> int:
        return sum(1 for p, _ in self.requests if p == path)

    def _handler(self):
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self):  # noqa: N802 - http.server API
                site.requests.append((self.path, dict(self.headers)))
                route = site.routes.get(self.path)
                if route is None:
                    route = (404, "text/html", b"<html><body><h1>Not found</h1></body></html>", {}, 0, True)
                status, ctype, data, headers, delay, length = route
                if delay:
                    time.sleep(delay)
                etag = headers.get("ETag")
                if etag and self.headers.get("If-None-Match") == etag:
                    status, data = 304, b""
                try:
                    self.send_response(status)
                    if status != 304:
                        self.send_header("Content-Type", ctype)
                    for k, v in headers.items():
                        self.send_header(k, v)
                    if length or status == 304:
                        self.send_header("Content-Length", str(len(data)))
                    else:
                        self.send_header("Connection", "close")
                        self.close_connection = True
                    self.end_headers()
                    if status != 304:
                        self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def log_message(self, *args):
                pass

        return Handler


def article_page(title: str, paragraphs: list[str], published: str, site: str = "Northern Broadcasting News",
                 canonical: str | None = None) -> str:
    """A news page of a public broadcaster's layout: the article amid cookie banner,
    navigation, a "Most read" box of casualty headlines, related links and a footer."""
    paras = "\n".join(f'<div data-component="text-block"><p>{p}</p></div>' for p in paragraphs)
    canon = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    return f"""<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">
<title>{title} - NBN News</title>
<meta property="og:title" content="{title}"><meta property="og:site_name" content="{site}">
<meta property="article:published_time" content="{published}">{canon}
</head><body>
<div id="cookiePrompt"><p>We and our 842 partners use cookies. 3 choices are available.</p><button>Accept</button></div>
<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
<main><article><h1>{title}</h1>
<div data-component="byline-block"><span>Staff reporter</span></div>
{paras}
<section data-component="links-block"><h2>Related</h2><ul>
<li><a href="/n/1">Drone strike kills 5 in Kharkiv</a></li>
<li><a href="/n/2">Missile attack on Dnipro kills 9, injures 30</a></li></ul></section>
</article>
<aside><section class="most-read"><h2>Most read</h2><ol>
<li><a href="/n/3">Earthquake kills 12 in Chile</a></li>
<li><a href="/n/4">Bus crash in Peru leaves 31 injured</a></li>
<li><a href="/n/5">Floods kill 47 across southern Brazil</a></li></ol></section></aside></main>
<section id="comments"><h2>Comments (212)</h2><div class="comment"><p>I heard at least 20 explosions last night.</p></div></section>
<footer><p>Copyright 2025 NBN. 24 hours a day.</p></footer>
</body></html>"""


def rss(title: str, items: list[tuple[str, str, str]]) -> str:
    """An RSS 2.0 feed of (title, link, RFC 822 date) items."""
    body = "".join(f"<item><title>{t}</title><link>{link}</link><guid>{link}</guid>"
                   f"<pubDate>{d}</pubDate></item>" for t, link, d in items)
    return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>{title}</title>'
            f"<link>http://example.org/</link><description>news</description>{body}</channel></rss>")
