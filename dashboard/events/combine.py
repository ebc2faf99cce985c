"""Sources' figures for one event -> one combined low/best/high, with agreement noted.

In the manner of UCDP (low/best/high) and ACLED (the conservative figure when sources
differ). Each source's value becomes an interval from its qualifier:

==========  ===============================
exact       [n, n]
at_least    [n, open)
more_than   [n, open)   ("70" and "over 70" are consistent)
about       [0.8 n, 1.2 n]
up_to       [0, n]      (a source's own ``low`` when it gives one)
vague       [low, high] as extracted
==========  ===============================

Sources are consistent when their intervals meet; then low = the highest floor, high =
the lowest ceiling, best = the lowest figure a source gave inside that overlap (its floor
when none is: "at least 12" and "at least 15" give 15; "about 170" gives 170).
When they do not meet, casualty tolls that rise with the reports' publication dates are
read as revisions (best = the latest); otherwise the sources disagree: low = the lowest
value, high = the highest, best = the lowest (conservative), and the note names them.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Optional, Sequence

INF = math.inf


@dataclass
class SourceValue:
    """One source's value for one figure of one event."""

    label: str                      # who: outlet or file name
    count: Optional[int]
    low: Optional[int] = None
    high: Optional[int] = None
    qualifier: Optional[str] = None
    published: Optional[str] = None  # ISO date of the article, for revisions
    claimant: Optional[str] = None   # a party to the fighting that claims it (never best over others)

    def interval(self) -> tuple[float, float]:
        """The values this report allows, as (floor, ceiling); ceiling may be infinite."""
        n = self.count
        q = self.qualifier or "exact"
        if n is None:
            lo = self.low if self.low is not None else 0
            hi = self.high if self.high is not None else INF
            return float(lo), float(hi)
        if q in ("at_least", "more_than"):
            return float(self.low if self.low is not None and self.low <= n else n), INF
        if q == "about":
            return float(math.floor(0.8 * n)), float(math.ceil(1.2 * n))
        if q == "up_to":
            return float(self.low if self.low is not None and self.low <= n else 0), float(n)
        if q == "vague":
            lo = self.low if self.low is not None else n
            hi = self.high if self.high is not None else n
            return float(min(lo, n)), float(max(hi, n))
        return float(n), float(n)

    def point(self) -> float:
        return float(self.count) if self.count is not None else self.interval()[0]


@dataclass
class Combined:
    low: Optional[int]
    best: Optional[int]
    high: Optional[int]
    consistent: bool
    note: str


def _int(x: float) -> Optional[int]:
    return None if x is None or x == INF else int(x)


def describe(v: SourceValue) -> str:
    """``at least 12 (kyiv-post)`` style text for notes."""
    words = {"at_least": "at least ", "more_than": "over ", "about": "about ", "up_to": "up to "}
    n = v.count if v.count is not None else v.low
    return f"{words.get(v.qualifier or '', '')}{n} ({v.label})"


def combine(values: Sequence[SourceValue], casualty: bool = True) -> Combined:
    """Combine every source's value for one figure of one event. A party's claim widens the
    range but is never the best where an official or independent figure exists."""
    values = [v for v in values if v.count is not None or v.low is not None]
    if not values:
        return Combined(None, None, None, True, "")
    claims = [v for v in values if v.claimant]
    if claims and len(claims) < len(values):
        c = combine([v for v in values if not v.claimant], casualty)
        pts = [v.point() for v in values]
        lows = [v.interval()[0] for v in values]
        note = "; ".join(x for x in (c.note, "claimed: " + ", ".join(
            f"{describe(v)} by {v.claimant}" for v in claims)) if x)
        agree = c.consistent and all(_meets(v, c) for v in claims)
        return Combined(_int(min(min(lows), c.low if c.low is not None else INF)), c.best,
                        _int(max(max(pts), c.high if c.high is not None else -INF)), agree, note)
    ivs = [v.interval() for v in values]
    lo = max(i[0] for i in ivs)
    hi = min(i[1] for i in ivs)
    if lo <= hi:
        note = "" if len(values) == 1 else "sources agree"
        if len({(v.count, v.qualifier) for v in values}) > 1 and len(values) > 1:
            note = "consistent: " + ", ".join(describe(v) for v in values)
        # best: the lowest figure a source actually gave that all the reports allow
        inside = [v.point() for v in values if lo <= v.point() <= hi]
        return Combined(_int(lo), _int(min(inside) if inside else lo), _int(hi), True, note)
    points = [v.point() for v in values]
    if casualty and _is_revision(values):
        latest = max(values, key=lambda v: (v.published or "", v.point()))
        return Combined(_int(min(points)), _int(latest.point()), _int(max(points)), True,
                        "revised in later reports: " + " -> ".join(
                            describe(v) for v in sorted(values, key=lambda v: v.published or "")))
    if casualty and _rising(values):
        # a toll revised over days, and on its last day two sources at once (an official
        # count and a monitor's): the latest day's conservative figure is best -- among those that
        # do not fall below an earlier day's toll (a part told that day, "two found dead", is no toll)
        last = max(v.published for v in values)
        before = max((v.point() for v in values if v.published != last), default=-INF)
        latest = [v for v in values if v.published == last]
        latest = [v for v in latest if v.point() >= before] or latest
        today = combine(latest, casualty=False)
        return Combined(_int(min(points)), today.best, _int(max(points)), today.consistent,
                        "revised in later reports: " + " -> ".join(
                            describe(v) for v in sorted(values, key=lambda v: (v.published or "", v.point())))
                        + ("" if today.consistent else "; " + today.note))
    return Combined(_int(min(points)), _int(min(points)), _int(max(points)), False,
                    "sources disagree: " + " vs ".join(describe(v) for v in values))


def _rising(values: Sequence[SourceValue]) -> bool:
    """Dated reports on two days or more whose lowest figure never falls from one day to the next."""
    if any(not v.published for v in values) or len({v.published for v in values}) < 2:
        return False
    by_date: dict[str, list[float]] = {}
    for v in values:
        by_date.setdefault(v.published, []).append(v.point())
    lows = [min(by_date[d]) for d in sorted(by_date)]
    highs = [max(by_date[d]) for d in sorted(by_date)]
    # the lowest figure never falls, or (a part told beside the toll) the highest never does
    return all(a <= b for a, b in zip(lows, lows[1:])) or all(a <= b for a, b in zip(highs, highs[1:]))


def _meets(v: SourceValue, c: Combined) -> bool:
    lo, hi = v.interval()
    return c.low is not None and lo <= (c.high if c.high is not None else INF) and hi >= c.low


def _is_revision(values: Sequence[SourceValue]) -> bool:
    """True when every report is dated, and a later report never gives a lower figure."""
    if any(not v.published for v in values) or len({v.published for v in values}) < 2:
        return False
    by_date: dict[str, list[float]] = {}
    for v in values:
        by_date.setdefault(v.published, []).append(v.point())
    prev_max = -INF
    for day in sorted(by_date):
        pts = by_date[day]
        if len(set(pts)) > 1 or min(pts) < prev_max:
            return False
        prev_max = max(pts)
    return True
