"""Group figures into events and match events across articles.

1. Every figure (a casualty or weapon record of scope ``event``) joins its article's
   *local event*: the figures of one article with the same date and place.
2. Local events at a city or finer (district, landmark) are matched across articles: the
   same date and a compatible place (the same place, or a district within 20 km of the
   city), or one day apart when they also share an agreeing figure or their tolls read as
   one toll revised between the articles' publication dates (night strikes are dated
   either side of midnight, and a later article's toll is higher).
   Articles that agree on three or more figures of the same day, and disagree on none,
   tell one event even when their places differ (one of them was geocoded wrongly).
3. A local event at a region, a country or no place joins the one event of that date it
   can belong to (preferring its own article's); when several could take it, the one
   whose figures agree with it (two agreeing figures also overrule a country that does
   not contain the place); else it stands alone.
3b. A local event dated to its week ("this week's attack near Beni") joins the one event of a
   day of that week at a compatible place (or in a region that holds it) whose figures agree
   with it or whose death toll it revises upward.
4. An undated local event joins the dated event it agrees with on at least two figures,
   and on more than it disagrees (a confident match), and takes its date, marked
   inferred; the rest of that article's undated figures are then re-dated from their own
   sentences ("On April 13") against the inferred date, also marked inferred.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Optional

from .combine import SourceValue

FINE = {"landmark": 0, "district": 1, "city": 2}
RANK = {"landmark": 0, "district": 1, "city": 2, "region": 3, "country": 4}


@dataclass
class Local:
    """The figures of one article about one date and place."""

    doc_id: str
    date: Optional[str]
    date_precision: Optional[str]
    place: Optional[str]
    lat: Optional[float]
    lon: Optional[float]
    precision: Optional[str]
    country: Optional[str]
    admin1: Optional[str]
    rows: list = field(default_factory=list)      # positions in the figures frame
    values: dict = field(default_factory=dict)    # figure key -> SourceValue (this article's)
    chosen: dict = field(default_factory=dict)    # figure key -> (row chosen, all its rows)
    claims: dict = field(default_factory=dict)    # figure key -> [(row, SourceValue)] of other parties' claims
    inferred: bool = False
    night: bool = False    # a figure of it is told as a night's ("overnight", "at 11 p.m.")
    admin2: Optional[str] = None   # the district holding the place (a district's own name for one)
    weapons_only: bool = False     # its figures are all weapons (launched, shot down), no victims

    @property
    def place_key(self) -> str:
        return (self.place or "").strip().lower()

    @property
    def offset_km(self) -> Optional[float]:
        """The distance of a place told by its bearing from a town ("70 km south-east of Jos")."""
        m = _OFFSET_NAME.match(self.place or "")
        return float(m.group(1)) if m else None

    @property
    def rank(self) -> int:
        if not self.place:
            return 5
        return RANK.get(self.precision or "", 2 if self.lat is not None else 4)

    @property
    def fine(self) -> bool:
        return self.rank <= 2


class UnionFind:
    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def km(a: Local, b: Local) -> float:
    """Great-circle distance between two local events (infinite without coordinates)."""
    if None in (a.lat, a.lon, b.lat, b.lon):
        return math.inf
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dp, dl = p2 - p1, math.radians(b.lon - a.lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


SAME_SPOT_KM = 3.0
_OFFSET_NAME = re.compile(r"^(\d+(?:\.\d+)?) km (?:north|south|east|west)(?:-(?:east|west))? of ")


def fine_compatible(a: Local, b: Local) -> bool:
    """Same place, or a district/landmark within 20 km of the other place, or two towns' points
    within 3 km, or a place told by its bearing from a town ("a market town about 70 km
    south-east of Jos") within the error of that bearing (45 % of the distance, 10-30 km) of the
    other place."""
    if a.place_key and a.place_key == b.place_key:
        return True
    if a.country and b.country and a.country != b.country:
        return False
    off = max(a.offset_km or 0, b.offset_km or 0)
    if off:
        return km(a, b) <= min(30.0, max(10.0, 0.45 * off))
    # (two towns' points a walk apart are one place: "an arcade near Umeda" in Osaka, 1 km from Osaka's point)
    return min(a.rank, b.rank) <= 1 and km(a, b) <= 20.0 or km(a, b) <= SAME_SPOT_KM


def _agrees(a: Local, b: Local) -> bool:
    """Do two local events share a figure and disagree on none?"""
    agree, disagree = agreement(a, b)
    return agree > 0 and not disagree


def _far_bearing(a: Local, b: Local) -> bool:
    """Is one of two same-country places told by a long bearing ("about 450 km south-west of Belém") whose error
    (45 % of the distance) takes in the other? Only figures that agree may join them."""
    off = max(a.offset_km or 0, b.offset_km or 0)
    return off >= 150 and a.country == b.country and km(a, b) <= 0.45 * off


def contains(coarse: Local, fine: Local) -> bool:
    """Whether a region/country/no-place local event can be about ``fine``'s place."""
    if coarse.rank == 5:
        return True
    if coarse.country and fine.country and coarse.country != fine.country:
        return False
    if coarse.rank == 4:
        return bool(coarse.country) and coarse.country == fine.country
    # a region: its name or admin1 is the finer place's admin1; where the gazetteer does not
    # know the finer place's admin1, a region of the same country whose point lies near it
    if fine.admin1 and (coarse.admin1 or coarse.place):
        return _norm_region(fine.admin1) in (_norm_region(coarse.admin1), _norm_region(coarse.place))
    return bool(coarse.country) and coarse.country == fine.country and km(coarse, fine) <= REGION_KM


REGION_KM = 250.0
_REGION_WORDS = re.compile(r"\b(?:oblast|region|province|state|governorate|district|county|prefecture|raion|"
                           r"department|division)\b|[^a-z ]", re.I)


def _norm_region(name) -> str:
    """'Southern Darfur State' and 'South Darfur' compare equal."""
    n = _REGION_WORDS.sub(" ", (name or "").lower())
    n = re.sub(r"\b(north|south|east|west)(?:ern)?\b", r"\1", n)
    return " ".join(n.split())


def place_compatible(a: Local, b: Local) -> bool:
    if a.fine and b.fine:
        return fine_compatible(a, b)
    if a.rank >= b.rank:
        return contains(a, b) or (a.rank == b.rank and a.place_key == b.place_key)
    return contains(b, a)


# for matching only (comparisons keep them apart): a missile type against plain missiles,
# "taken to hospital" against "injured"
PARENT = {"ballistic_missile": "missile", "cruise_missile": "missile", "hospitalized": "injured"}


def _parent_key(key: str) -> str:
    base, sep, rest = key.partition(" ")
    return PARENT.get(base, base) + sep + rest


def agreement(a: Local, b: Local) -> tuple[int, int]:
    """(figures both report that agree, figures both report that do not).

    A missile type and plain "missiles" count as the same figure here, and so do
    "hospitalized" and "injured".
    """
    agree = disagree = 0
    b_parent = {_parent_key(k): v for k, v in b.values.items()}
    for key, va in a.values.items():
        vb = b.values.get(key) or b_parent.get(_parent_key(key))
        if vb is None:
            continue
        (l1, h1), (l2, h2) = va.interval(), vb.interval()
        if max(l1, l2) <= min(h1, h2):
            agree += 1
        else:
            disagree += 1
    return agree, disagree


CASUALTY_KEYS = ("killed", "injured")


def revised(a: Local, b: Local, keys=CASUALTY_KEYS) -> bool:
    """Do two articles' tolls read as one toll revised between their publication dates (the
    later article's killed and injured never lower, and at least one shared)? A night attack is
    dated either side of midnight, and its toll rises over the next days. ``keys=("killed",)``
    asks of the death toll alone (the missing may be found meanwhile)."""
    shared = [k for k in keys if k in a.values and k in b.values]
    if not shared:
        return False
    pa = {a.values[k].published for k in shared}
    pb = {b.values[k].published for k in shared}
    if None in pa or None in pb or len(pa) != 1 or len(pb) != 1 or pa == pb:
        return False
    early, late = (a, b) if min(pa) < min(pb) else (b, a)
    return all(late.values[k].point() >= early.values[k].point() for k in shared)


def day_shift(d: Optional[str], days: int) -> Optional[str]:
    if not d or len(d) != 10:
        return None
    try:
        return (date.fromisoformat(d) + timedelta(days=days)).isoformat()
    except ValueError:
        return None


def cluster(locals_: list[Local]) -> UnionFind:
    """Union-find over local events following steps 2-3 of the module docstring."""
    uf = UnionFind(len(locals_))
    by_date: dict[str, list[int]] = {}
    for i, le in enumerate(locals_):
        if le.date and le.fine:
            by_date.setdefault(le.date, []).append(i)
    # step 2: fine local events, same day (or month), then one day apart with agreement
    for d, idx in by_date.items():
        for x in range(len(idx)):
            for y in range(x + 1, len(idx)):
                a, b = locals_[idx[x]], locals_[idx[y]]
                if fine_compatible(a, b) and not (len(d) == 7 and agreement(a, b)[1]):
                    uf.union(idx[x], idx[y])    # (a month holds two attacks on one city when their tolls differ)
                elif len(d) == 10 and _far_bearing(a, b) and (_agrees(a, b) or revised(a, b, ("killed",))):
                    uf.union(idx[x], idx[y])    # "a city about 450 km south-west of Belém" the same day, same toll
        for j in by_date.get(day_shift(d, 1) or "", []):
            for i in idx:
                a, b = locals_[i], locals_[j]
                if fine_compatible(a, b) and (agreement(a, b)[0] > 0 or a.doc_id != b.doc_id and revised(a, b)
                                              or a.doc_id == b.doc_id and (a.night or b.night)):
                    uf.union(i, j)      # (one article's night raid dated both sides of midnight, too)
    # step 2b: the same day, other articles, three or more figures agreeing and none
    # disagreeing: one event told with a mis-placed figure set (a geocoding slip), not two
    all_by_date: dict[str, list[int]] = {}
    for i, le in enumerate(locals_):
        if le.date and len(le.values) >= 3:
            all_by_date.setdefault(le.date, []).append(i)
    for idx in all_by_date.values():
        for x in range(len(idx)):
            for y in range(x + 1, len(idx)):
                a, b = locals_[idx[x]], locals_[idx[y]]
                if a.doc_id != b.doc_id and uf.find(idx[x]) != uf.find(idx[y]):
                    agree, disagree = agreement(a, b)
                    if agree >= 3 and not disagree:
                        uf.union(idx[x], idx[y])
    _near_revision(locals_, by_date, uf)
    _night_in_one_article(locals_, uf)
    _month_into_day(locals_, by_date, uf)
    # step 3: coarse dated local events join the one event they can belong to
    coarse_by_key: dict[tuple, int] = {}
    # (a night's weapons tally after the tolls, so it can go where its article's toll went)
    for i in sorted(range(len(locals_)), key=lambda i: locals_[i].weapons_only):
        le = locals_[i]
        if not le.date or le.fine:
            continue
        pick = _coarse_pick(le, by_date, locals_, uf)
        if len(pick) == 1:
            uf.union(i, next(iter(pick)))
        else:
            key = (le.date, le.place_key, le.country)
            if key in coarse_by_key:
                uf.union(i, coarse_by_key[key])
            else:
                coarse_by_key[key] = i
    _tally_into_article(locals_, uf)
    _week_into_day(locals_, uf)
    return uf


def _tally_into_article(locals_: list[Local], uf: UnionFind) -> None:
    """Step 3b: a launch and shoot-down tally an article gives for a region or a country ("Russia
    launched 112 drones overnight", also at Ukraine in a story of the stray drone that hit a Polish
    village) that found no event of its day goes with the attack the article tells (its local event
    with most victims' figures), dated the same day or a day either side (the night it was part of).
    What a party downed over its own country, in another country than the article's attack ("Russia's
    defence ministry said it downed 48 drones over Belgorod Oblast"), is the other side's attack: it
    stays apart (a tally in another country joins only with a launch count and no party's claim)."""
    members: dict[int, list[int]] = {}
    for i in range(len(locals_)):
        members.setdefault(uf.find(i), []).append(i)
    main: dict[str, int] = {}
    for i, le in enumerate(locals_):
        if not le.weapons_only and le.date and len(le.date) == 10 and (
                le.doc_id not in main or len(le.rows) > len(locals_[main[le.doc_id]].rows)):
            main[le.doc_id] = i
    for i, le in enumerate(locals_):
        m = main.get(le.doc_id)
        if m is None or not le.weapons_only or le.fine or not le.date or \
                le.date not in (locals_[m].date, day_shift(locals_[m].date, 1), day_shift(locals_[m].date, -1)):
            continue
        if le.country != locals_[m].country and (any(v.claimant for v in le.values.values())
                                                 or all("_shot_down" in k for k in le.values)):
            continue    # ("Russia's defence ministry said it downed 48 drones over Belgorod Oblast": the other side's attack)
        if all(locals_[j].weapons_only and locals_[j].doc_id == le.doc_id for j in members[uf.find(i)]):
            uf.union(i, m)


def _side_incident_own(le: Local, own: set, cands: set, same_day: list[int], locals_: list[Local],
                       uf: UnionFind) -> set:
    """An article's region-level toll goes with the article's own event of the day, unless that
    event is a side incident that shares none of its figures ("two hurt in Al Jaradiyah" beside
    the hospital's toll of the attack on Samtah) and exactly one other event of the day agrees
    with it (a figure shared and none contradicted, or its death toll revised upwards since)."""
    def agrees(r, or_revised):
        return any(uf.find(j) == r and (_agrees(le, locals_[j])
                                        or or_revised and revised(le, locals_[j], ("killed",)))
                   for j in same_day)
    if any(agrees(r, False) for r in own):
        return own
    other = {r for r in cands - own if agrees(r, True)}
    return other if len(other) == 1 else own


def _coarse_pick(le: Local, by_date: dict, locals_: list[Local], uf: UnionFind) -> set:
    """Step 3 for one region-, country- or unplaced local event: the events it may join (one, or
    none or several when it stays apart)."""
    same_day = by_date.get(le.date, [])
    cands = {uf.find(j) for j in same_day if contains(le, locals_[j])}
    if not le.weapons_only and not any(_agrees(le, locals_[j]) or _reads_revised(le, locals_[j])
                                       for j in same_day if uf.find(j) in cands):
        # no town of its day tells its toll (at most its article's side incident): a night's
        night = _night_next_door(le, by_date, locals_, uf)
        if night:
            return night
    # "Korosten Raion", "Batken district": the district named after a town goes with that town's event
    seat = _unit_seat(le.place)
    named = {uf.find(j) for j in same_day if seat and contains(le, locals_[j])
             and _norm_region(locals_[j].place) == seat} if seat else set()
    # "the municipality Páez": a district (not named after its seat) goes with the event of a town inside it
    unit2 = _norm_region(le.admin2) if le.precision == "region" and le.admin2 \
        and _norm_region(le.admin2) == _norm_region(le.place) else ""
    in_unit = {uf.find(j) for j in same_day if unit2 and contains(le, locals_[j])
               and _norm_region(locals_[j].admin2) == unit2}
    own = {r for r in cands if any(locals_[j].doc_id == le.doc_id
                                   for j in same_day if uf.find(j) == r)}
    if len(own) == 1 and len(cands) > 1:
        own = _side_incident_own(le, own, cands, same_day, locals_, uf)
    if le.weapons_only:
        own = _tally_own(le, locals_, uf) or own
    if len(in_unit) == 1 and named and not named <= in_unit:
        named = set()   # "Municipality of Prinzapolka": the town the index puts inside it, not a namesake village
    pick = named if len(named) == 1 else in_unit if len(in_unit) == 1 else own if own else cands
    if len(pick) > 1 and any(k in le.values for k in CASUALTY_KEYS):
        # a toll belongs with an attack that has victims, not with "four drones shot down over
        # the state capital" the same day
        hurt = {r for r in pick if any(uf.find(j) == r and any(k in locals_[j].values for k in CASUALTY_KEYS)
                                       for j in same_day)}
        pick = hurt or pick
    if len(pick) > 1 and le.rank == 3:
        pick = _told_at_length(pick, same_day, locals_, uf)
    if len(pick) != 1:
        # the figures decide: the one event of the day that agrees with them (one
        # figure inside the region/country, two when the place itself disagrees, as
        # when an article's figures were put on the attacking country)
        pick = set()
        for j in same_day:
            agree, disagree = agreement(le, locals_[j])
            if not disagree and agree >= (1 if contains(le, locals_[j]) else 2):
                pick.add(uf.find(j))
    return pick


def _night_next_door(le: Local, by_date: dict, locals_: list[Local], uf: UnionFind) -> set:
    """A region's or country's toll that no town of its own day tells: the one town's event of the day
    before or after that lies in it, when one of the two is told as a night's ("overnight" in a live
    blog, "late on Thursday" in the town's paper) and their tolls agree or read as one revised."""
    out = set()
    for day in (day_shift(le.date, -1), day_shift(le.date, 1)):
        for j in by_date.get(day or "", []):
            o = locals_[j]
            if (le.night or o.night) and o.doc_id != le.doc_id and contains(le, o) and \
                    (_agrees(le, o) or _reads_revised(le, o)):
                out.add(uf.find(j))
    return out if len(out) == 1 else set()


def _tally_own(le: Local, locals_: list[Local], uf: UnionFind) -> set:
    """A launch and shoot-down tally of a region or country goes with the event that holds most of
    its article's victims that day in that country (the attack the article tells, wherever its
    towns' reports dated it, not "debris fell on houses in Bila Tserkva, three hurt" beside it);
    empty when no one event does."""
    rows: dict[int, int] = {}
    for j, other in enumerate(locals_):
        if other.doc_id == le.doc_id and other.date == le.date and not other.weapons_only \
                and other.country == le.country:
            root = uf.find(j)
            rows[root] = rows.get(root, 0) + len(other.rows)
    ranked = sorted(rows.values(), reverse=True) + [0, 0]
    return {max(rows, key=rows.get)} if ranked[0] > ranked[1] else set()


def _told_at_length(roots: set, same_day: list[int], locals_: list[Local], uf: UnionFind) -> set:
    """Of the day's events a region-level report can belong to, the attack told at length (three
    times the figures of any other, as "Batken district" beside a side incident in one of its
    villages); else all of them."""
    size = {r: 0 for r in roots}
    for j in same_day:
        r = uf.find(j)
        if r in size:
            size[r] += len(locals_[j].rows)
    ranked = sorted(size.values(), reverse=True)
    if ranked[0] >= 3 * ranked[1]:
        return {max(size, key=size.get)}
    return roots


_UNIT_WORDS = re.compile(r"\s+(?:raion|rayon|district|county|municipality|prefecture|sub-county|upazila|"
                         r"tehsil|department|commune)$|^(?:municipio|municipality\s+of|district\s+of)\s+", re.I)


def _unit_seat(place) -> str:
    """The town a district's name names ("Korosten Raion" -> korosten), or ""."""
    if not place:
        return ""
    base = _UNIT_WORDS.sub("", place.strip())
    return _norm_region(base) if base != place.strip() else ""


def _night_in_one_article(locals_: list[Local], uf: UnionFind) -> None:
    """Step 2f: one article's figures at one place dated either side of midnight, one of them
    told as a night's ("from shortly before midnight on Friday until dawn on Saturday"), are
    one attack, whatever the place's rank (step 2 does it for towns only)."""
    by_doc_place: dict[tuple, list[int]] = {}
    for i, le in enumerate(locals_):
        if le.date and len(le.date) == 10 and le.date_precision == "day":
            by_doc_place.setdefault((le.doc_id, le.place_key), []).append(i)
    for idx in by_doc_place.values():
        for k, x in enumerate(idx):
            for y in idx[k + 1:]:
                a, b = locals_[x], locals_[y]
                if (a.night or b.night) and b.date in (day_shift(a.date, 1), day_shift(a.date, -1)):
                    uf.union(x, y)


NEAR_KM = 50.0
NEXT_DOOR_KM = 10.0


def _reads_revised(a: Local, b: Local) -> bool:
    """One toll revised between two articles: killed and injured together, or the death toll alone
    (a death toll on both sides: a village's one wounded is no revision of a town's toll)."""
    return "killed" in a.values and "killed" in b.values and (revised(a, b) or revised(a, b, ("killed",)))


def _near_revision(locals_: list[Local], by_date: dict, uf: UnionFind) -> None:
    """Step 2e: outlets place one attack at different towns nearby ("in Monimpebougou", "near
    Ke-Macina", 30 km apart). Two fine local events of one day (or of a night told either
    side of midnight) from articles published on
    different days, within NEAR_KM in one region, join when their tolls read as one toll
    revised between the publication dates, when the one is the other's only such candidate
    and the other's event has no other candidate in the one's article."""
    doc_days: dict = {}      # the days an article counts victims on (a claim's weapons dated to the claim's day aside)
    told: dict = {}          # (article, day) -> its towns with victims that day
    for le in locals_:
        if any(k in le.values for k in CASUALTY_KEYS):
            doc_days.setdefault(le.doc_id, set()).add(le.date)
            if le.fine:
                told.setdefault((le.doc_id, le.date), []).append(le)

    def toll(le: Local) -> float:
        v = le.values.get("killed")
        return v.point() if v is not None else 0.0

    def closer_own(a: Local, b: Local) -> bool:
        """Does a's own article tell a larger toll that day at a town nearer to b ("two men shot
        dead outside a tavern in Qonce" beside the seven it counts for Mdantsane, 40 km east)?"""
        d = km(a, b)
        return any(x is not a and x.place_key != a.place_key and km(x, b) < d and toll(x) > toll(a)
                   for x in told.get((a.doc_id, a.date), ()))

    def near(a: Local, b: Local) -> bool:      # symmetric, and independent of the unions made
        if b.doc_id == a.doc_id or not (a.country and a.country == b.country):
            return False
        if closer_own(a, b) or closer_own(b, a):
            return False
        if a.date != b.date and (not (a.night or b.night) or b.date in doc_days.get(a.doc_id, ())
                                 or a.date in doc_days.get(b.doc_id, ())):
            return False    # (an article that dates figures on both days tells two nights, not one)
        if a.admin1 and b.admin1 and _norm_region(a.admin1) != _norm_region(b.admin1) and km(a, b) > NEXT_DOOR_KM:
            return False    # (but "east Port of Spain" and Laventille, its neighbour across a city line)
        return km(a, b) <= NEAR_KM and _reads_revised(a, b)

    # the same day; and a night told on either side of midnight ("on Tuesday night" in one
    # outlet, the early hours of Wednesday in another), when one of them says it was a night's
    groups = list(by_date.values()) + [idx + by_date[nxt] for d, idx in by_date.items()
                                       if (nxt := day_shift(d, 1)) and nxt in by_date]
    for idx in groups:
        pairs = {i: [] for i in idx}       # each pair judged once, not once per union tried
        for x, i in enumerate(idx):
            for j in idx[x + 1:]:
                if near(locals_[i], locals_[j]):
                    pairs[i].append(j)
                    pairs[j].append(i)

        def partners(i: int) -> set:
            return {(uf.find(j), locals_[j].doc_id) for j in pairs[i] if uf.find(i) != uf.find(j)}

        for i in idx:
            p = {root for root, _ in partners(i)}
            if len(p) != 1:
                continue
            r = next(iter(p))
            doc = locals_[i].doc_id
            back = {root for j in idx if uf.find(j) == r for root, d in partners(j) if d == doc}
            if back == {uf.find(i)}:
                uf.union(i, r)


def _month_into_day(locals_: list[Local], by_date: dict, uf: UnionFind) -> None:
    """Step 2c: an attack one article dates only to its month ("in June 2021, 132 were killed
    in Solhan") joins the one event of that month at that place that another article dates
    to the day, when their figures agree and none disagrees (two attacks on one town in one
    month stay apart unless the figures tell which)."""
    for month, idx in by_date.items():
        if len(month) != 7:
            continue
        days = [j for d, js in by_date.items() if len(d) == 10 and d.startswith(month) for j in js]
        for i in idx:
            a = locals_[i]
            pick = set()
            for j in days:
                b = locals_[j]
                if b.doc_id == a.doc_id or not fine_compatible(a, b):
                    continue
                agree, disagree = agreement(a, b)
                if agree and not disagree:
                    pick.add(uf.find(j))
            if len(pick) == 1:
                uf.union(i, next(iter(pick)))


def _week_into_day(locals_: list[Local], uf: UnionFind) -> None:
    """Step 2d: "this week's attack near Beni" (a date to the week) joins the one event at that
    place that another article dates to a day of that week, when their figures agree or read
    as one toll revised."""
    by_day: dict[str, list[int]] = {}
    for j, b in enumerate(locals_):      # fine events of a day, and regions ("Beni territory") too
        if b.date and len(b.date) == 10 and b.date_precision == "day" and b.rank <= 3:
            by_day.setdefault(b.date, []).append(j)
    days = [(date.fromisoformat(d), js) for d, js in by_day.items()]
    for i, a in enumerate(locals_):
        if a.date_precision != "week" or not a.date or len(a.date) != 10 or not a.fine:
            continue
        week = date.fromisoformat(a.date)
        pick = set()
        for day, js in days:
            if abs((day - week).days) > 4:
                continue
            for j in js:
                b = locals_[j]
                if b.doc_id == a.doc_id or j == i or not (fine_compatible(a, b) or not b.fine and contains(b, a)):
                    continue
                agree, disagree = agreement(a, b)
                if agree and not disagree or _reads_revised(a, b):
                    pick.add(uf.find(j))
        if len(pick) == 1:
            uf.union(i, next(iter(pick)))


def match_undated(locals_: list[Local], uf: UnionFind, redate) -> None:
    """Step 4: undated local events take the date of the event they confidently match.

    ``redate(local, reference_date)`` returns ``(date, precision)`` read from the local
    event's own sentences against a reference date, or None.
    """
    dated = [i for i, le in enumerate(locals_) if le.date]
    by_place: dict[str, list[int]] = {}
    by_country: dict[Optional[str], list[int]] = {}
    for j in dated:
        by_place.setdefault(locals_[j].place_key, []).append(j)
        by_country.setdefault(locals_[j].country, []).append(j)

    def candidates(le: Local) -> list[int]:
        """Dated local events whose place could be compatible (an index, not a scan)."""
        if le.rank == 5 or not le.country:
            return dated
        if le.rank <= 1 or not le.fine:   # a district (distance) or a region/country (contains)
            return by_country.get(le.country, []) + by_country.get(None, [])
        return by_place.get(le.place_key, []) + [j for j in by_country.get(le.country, [])
                                                 if not locals_[j].fine or locals_[j].rank <= 1] \
            + by_country.get(None, [])

    inferred_docs: dict[str, str] = {}
    for i, le in enumerate(locals_):
        if le.date:
            continue
        best, best_score, tie = None, 0, False
        for j in candidates(le):
            other = locals_[j]
            if other.doc_id == le.doc_id or not place_compatible(le, other):
                continue
            agree, disagree = agreement(le, other)
            if agree < 2 or agree <= disagree:   # (a later toll may differ: a revision)
                continue
            score = agree - disagree
            if score > best_score:
                best, best_score, tie = j, score, False
            elif score == best_score and best is not None and uf.find(j) != uf.find(best):
                tie = True
        if best is not None and not tie:
            target = locals_[best]
            le.date, le.date_precision, le.inferred = target.date, target.date_precision, True
            uf.union(i, best)
            if target.date_precision == "day":
                inferred_docs.setdefault(le.doc_id, target.date)
    # the rest of an inferred article's undated figures: re-date from their sentences
    for i, le in enumerate(locals_):
        if le.date or le.doc_id not in inferred_docs:
            continue
        found = redate(le, inferred_docs[le.doc_id])
        if not found:
            continue
        le.date, le.date_precision, le.inferred = found[0], found[1], True
        for j in candidates(le):
            other = locals_[j]
            if other.date == le.date and place_compatible(le, other):
                uf.union(i, j)
                break
