"""Sessions without a browser: clients that speak Streamlit's own WebSocket protocol.

A browser asks the server for a page by one message (``BackMsg.rerun_script`` with the page
and its query string) and draws what comes back until ``script_finished``. :func:`visit`
does exactly that and times it, without drawing: it stands for an analyst whose browser runs
on their own machine, so that the benchmark measures what several analysts cost the server
and not five headless Chromiums drawing WebGL in software on the server's two cores.

Used by ``python -m dashboard bench app --sessions N`` (see :mod:`dashboard.benchmarks.app`).
The client is ``websockets``, which Streamlit itself requires.
"""
from __future__ import annotations

import asyncio
import statistics
import threading
import time


async def visit(url: str, page: str, query: str = "", timeout: float = 120.0,
                elements: list | None = None) -> float:
    """Seconds from asking for ``page`` (a url path, "" for the default page) to the
    server's ``script_finished``, on a new session, as a newly opened tab would ask.
    ``elements``, when given, gets the kind of every element the page drew
    ("plotly_chart", "arrow_data_frame", "alert", "exception" ...)."""
    import websockets
    from streamlit.proto.BackMsg_pb2 import BackMsg
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

    ws_url = url.replace("http://", "ws://", 1).rstrip("/") + "/_stcore/stream"
    async with websockets.connect(ws_url, subprotocols=["streamlit"], max_size=None,
                                  open_timeout=timeout) as ws:
        t = time.perf_counter()
        msg = BackMsg()
        msg.rerun_script.query_string = query
        msg.rerun_script.page_name = page
        await ws.send(msg.SerializeToString())
        async with asyncio.timeout(timeout):
            while True:
                fwd = ForwardMsg()
                fwd.ParseFromString(await ws.recv())
                kind = fwd.WhichOneof("type")
                if elements is not None and kind == "delta" and fwd.delta.WhichOneof("type") == "new_element":
                    elements.append(fwd.delta.new_element.WhichOneof("type"))
                if kind == "script_finished":
                    return time.perf_counter() - t


async def _session(url: str, pages: list[tuple[str, str]]) -> dict:
    out = {}
    for name, (path, query) in pages:
        out[name] = await visit(url, path, query)
    return out


def sessions_at_once(url: str, pages: dict, n: int) -> list[dict]:
    """``n`` clients at once, each visiting ``pages`` ({name: (path, query)}) in order;
    each client's seconds per page."""
    async def main():
        return await asyncio.gather(*[_session(url, list(pages.items())) for _ in range(n)])
    out: list = []
    # a thread of its own: the caller may be inside a running event loop (Playwright's sync API)
    t = threading.Thread(target=lambda: out.append(asyncio.run(main())))
    t.start()
    t.join()
    if not out:
        raise RuntimeError("the protocol clients failed (see the error above)")
    return out[0]


class Background:
    """``n`` clients visiting ``pages`` over and over until :meth:`stop`, in a thread of
    their own. After each page a client waits until ``pace[page]`` seconds have passed
    since it asked (the time a browser takes to draw that page, so each client is an
    analyst who opens the next page as soon as this one is drawn and reads nothing);
    without ``pace``, back to back. The clients start a fraction of a page apart."""

    def __init__(self, url: str, pages: dict, n: int, pace: dict | None = None):
        self.url, self.pages, self.n, self.pace = url, list(pages.items()), n, pace or {}
        self.visits = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=lambda: asyncio.run(self._main()), daemon=True)

    async def _loop(self, k: int):
        await asyncio.sleep(0.37 * k)
        while not self._stop.is_set():
            for name, (path, query) in self.pages:
                if self._stop.is_set():
                    return
                took = await visit(self.url, path, query)
                self.visits += 1
                await asyncio.sleep(max(0.0, self.pace.get(name, 0.0) - took))

    async def _main(self):
        await asyncio.gather(*[self._loop(k) for k in range(self.n)])

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join(timeout=180)


def per_page(single: dict, many: list[dict]) -> dict:
    """{page: (one session, median of many, slowest of many)}."""
    return {p: (single[p], statistics.median(r[p] for r in many), max(r[p] for r in many)) for p in single}
