"""Per-article figures -> events with sourced, comparable figures.

``build_events(records_df, documents_df)`` is a pure function on DataFrames (the store
runs it after each ingest; the app runs it on a session's unsaved uploads):

- ``group`` puts each article's figures into local events (date + place) and matches
  them across articles (date window, place hierarchy, agreeing figures); an undated
  article inherits a date from a confident match, marked inferred.
- ``combine`` turns every source's value of a figure into low/best/high (UCDP/ACLED
  manner) and says whether the sources agree.

War-wide figures and rates (``scope`` ``war``/``rate``) never join an event; subsets
("nine of them children") are compared as their own figure (``killed_children``), never
as a toll. Within one article the value of a figure is its highest (latest) toll.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from typing import Optional

from .combine import SourceValue, combine
from .group import Local, cluster, km, match_undated

DISTRICT_KM = 45.0   # how far a district's centre lies from a village inside it

FIGURE_TYPES = ("casualty", "weapon")
MISSILE_CHILDREN = ("ballistic_missile", "cruise_missile")
PLAIN_ROLES = (None, "", "launched", "used", "fired")
EVENT_COLUMNS = ["event_id", "date", "date_precision", "date_inferred", "place", "lat", "lon",
                 "precision", "country", "admin1", "kind", "title", "n_sources", "sources",
                 "killed_low", "killed_best", "killed_high", "injured_low", "injured_best",
                 "injured_high", "missing_best", "missiles_best", "drones_best",
                 "shot_down_best", "weapons", "disagreement"]
COMPARISON_COLUMNS = ["event_id", "figure", "doc_id", "doc", "outlet", "published", "count", "low",
                      "high", "qualifier", "evidence", "sentence", "start", "end", "mentions",
                      "combined_low", "combined_best", "combined_high", "consistent", "note", "claimant"]


def _v(x):
    """None for pandas' missing values (None, NaN, NA, NaT), the value otherwise."""
    if x is None or (isinstance(x, float) and x != x):
        return None
    if type(x).__name__ in ("NAType", "NaTType"):
        return None
    return x


def figure_key(category, role, model, origin, subset, group) -> str:
    key = str(category or "unknown")
    if role not in PLAIN_ROLES:
        key += f"_{role}"
    if subset:
        key += f"_{group or 'subset'}"
    tag = model or origin
    if tag:
        key += f" ({tag})"
    return key


def _doc_info(documents_df):
    info: dict[str, tuple[str, Optional[str], str, bool]] = {}
    if documents_df is None or len(documents_df) == 0:
        return info
    cols = documents_df.columns
    for row in documents_df.itertuples(index=False):
        d = row._asdict()
        pub = _v(d.get("published"))
        pub = pub.isoformat() if hasattr(pub, "isoformat") else (str(pub)[:10] if pub else None)
        outlet = _v(d.get("outlet")) if "outlet" in cols else _v(d.get("source"))
        name = _v(d.get("name")) or d["doc_id"]
        # an article whose date was inferred (from a matching article) dates its figures
        # only by inference
        inferred = str(_v(d.get("published_from")) or "").startswith("inferred")
        info[d["doc_id"]] = (outlet or name, pub, name, inferred)
    return info


def _redate(records):
    """A function re-dating a local event from its sentences against a reference date."""
    def redate(le: Local, ref: str):
        try:
            from datetime import date as _date

            from ..dates import find_dates
        except ImportError:
            return None
        refd = _date.fromisoformat(ref)
        for pos in le.rows:
            sent = records[pos].get("sentence") or records[pos].get("evidence") or ""
            for m in find_dates(sent, refd):
                if m.value and m.precision in ("day", "month") and m.value <= ref:
                    return m.value, m.precision
        return None
    return redate


def build_events(records_df, documents_df=None):
    """(events_df, comparisons_df, records_df with ``event_id`` and ``date_inferred``)."""
    import pandas as pd

    recs = records_df.reset_index(drop=True).copy()
    recs["event_id"] = None
    # a date inferred earlier (records read back from the store) stays marked inferred
    recs["date_inferred"] = (recs["date_inferred"].fillna(False).astype(bool)
                             if "date_inferred" in recs.columns else False)
    if len(recs) == 0:
        return (pd.DataFrame(columns=EVENT_COLUMNS), pd.DataFrame(columns=COMPARISON_COLUMNS), recs)
    docs = _doc_info(documents_df)
    want = ["date_inferred", "type", "doc", "doc_id", "category", "count", "low", "high",
            "qualifier", "group", "subset", "scope", "role", "model", "origin", "date",
            "date_precision", "place", "lat", "lon", "country", "admin1", "precision", "admin2", "start",
            "end", "evidence", "sentence", "claimant", "source", "extra"]
    for col in want:
        if col not in recs.columns:
            recs[col] = None
    mask = recs["type"].isin(FIGURE_TYPES) & ~recs["scope"].isin(["war", "rate"]) \
        & (recs["count"].notna() | recs["low"].notna())
    positions = list(recs.index[mask])
    rows = {p: {k: _v(v) for k, v in r.items()}
            for p, r in zip(positions, recs.loc[mask, want].to_dict("records"))}
    locals_: list[Local] = []
    by_key: dict[tuple, int] = {}
    for p in positions:
        r = rows[p]
        key = (r["doc_id"], r["date"], (r["place"] or "").lower(), r["country"])
        if key not in by_key:
            by_key[key] = len(locals_)
            locals_.append(Local(r["doc_id"], r["date"], r["date_precision"], r["place"],
                                 r["lat"], r["lon"], r["precision"], r["country"], r["admin1"],
                                 admin2=r["admin2"]))
        locals_[by_key[key]].rows.append(p)
    locals_ = _fold_coarse(_fold_care(locals_, rows))
    for le in locals_:
        le.night = any(_NIGHT.search(rows[p]["sentence"] or "") for p in le.rows)
        le.weapons_only = all(rows[p]["type"] == "weapon" for p in le.rows)
    for le in locals_:
        _local_values(le, rows, docs)
        if le.date and (docs.get(le.doc_id, (0, 0, 0, False))[3]
                        or any(rows[p]["date_inferred"] for p in le.rows)):
            le.inferred = True
    uf = cluster(locals_)
    match_undated(locals_, uf, _redate(rows))
    groups: dict[int, list[Local]] = {}
    for i, le in enumerate(locals_):
        groups.setdefault(uf.find(i), []).append(le)
    events, comparisons = [], []
    event_of_row: dict[int, str] = {}
    inferred_rows: dict[int, tuple] = {}
    for members in groups.values():
        ev, comps = _event(members, rows, docs)
        events.append(ev)
        comparisons.extend(comps)
        for le in members:
            for p in le.rows:
                event_of_row[p] = ev["event_id"]
                if le.inferred:
                    inferred_rows[p] = (le.date, le.date_precision)
    if event_of_row:
        idx = list(event_of_row)
        recs.loc[idx, "event_id"] = [event_of_row[p] for p in idx]
    if inferred_rows:
        idx = list(inferred_rows)
        recs["date"] = recs["date"].astype("object")
        recs["date_precision"] = recs["date_precision"].astype("object")
        recs.loc[idx, "date"] = [inferred_rows[p][0] for p in idx]
        recs.loc[idx, "date_precision"] = [inferred_rows[p][1] for p in idx]
        recs.loc[idx, "date_inferred"] = True
    events_df = pd.DataFrame(events, columns=EVENT_COLUMNS)
    events_df = events_df.sort_values(["date", "place"], na_position="last", kind="stable")
    comp_df = pd.DataFrame(comparisons, columns=COMPARISON_COLUMNS)
    return events_df.reset_index(drop=True), comp_df, recs


_NIGHT = re.compile(r"\b(?:overnight|night|midnight|(?:1[0-2]|[1-9])(?::\d\d)?\s*(?:p\.m\.|pm)|early\s+hours)\b", re.I)


def _by_doc_date(locals_: list[Local]):
    """The local events of each (article, date), in first-seen order."""
    by: dict[tuple, list[Local]] = {}
    for le in locals_:
        by.setdefault((le.doc_id, le.date), []).append(le)
    return by.values()


def _fold_care(locals_: list[Local], rows) -> list[Local]:
    """"Two of whom were hospitalised in Sumy": an article's figures placed at the town of its
    hospitals (only hospital counts there) join its one other local event of that date, the
    attack's, rather than stand as an event of their own."""
    out = []
    for group in _by_doc_date(locals_):
        care = [le for le in group if all(rows[p]["category"] == "hospitalized" for p in le.rows)]
        other = [le for le in group if le not in care]
        if care and len(other) == 1:
            for le in care:
                other[0].rows.extend(le.rows)
            out.extend(other)
        else:
            out.extend(group)
    return out


def _fold_coarse(locals_: list[Local]) -> list[Local]:
    """An article's country-level or unplaced figures of a date join its one city-level
    local event of that date (also undated): an article tells one event per day, and a
    figure put on a country is usually the attacker's or the nation's name, not a place.
    Beside side incidents of that day they join the attack the article tells at length (three
    times the figures of any other). (A region is a real place: it stays apart, for step 3 of
    ``group``.)"""
    out = []
    main: dict[str, Local] = {}       # each article's fine local event told at most length
    for le in locals_:
        if le.fine and (le.doc_id not in main or len(le.rows) > len(main[le.doc_id].rows)):
            main[le.doc_id] = le
    for group in _by_doc_date(locals_):
        fine = [le for le in group if le.fine]
        if len(fine) > 1 and main.get(group[0].doc_id) in fine:
            # the article's attack told at length beside side incidents of its day ("a separate report from
            # Kantemirovka: a drone injured two workers"): the night's country-wide counts are that attack's
            fine.sort(key=lambda le: (le is not main[group[0].doc_id], -len(le.rows)))
            if len(fine[0].rows) >= 3 * max(len(le.rows) for le in fine[1:]):
                for le in group:
                    if le is fine[0]:
                        out.append(le)
                    elif le.rank >= 4 and not le.fine:
                        fine[0].rows.extend(le.rows)
                    else:
                        out.append(le)
                continue
        told = max((len(le.rows) for le in group if le.rank == 3), default=0)
        if len(fine) == 1 and told < 3 * len(fine[0].rows):
            # (but beside a region's toll told at length, "Fastiv district: three killed, 12 injured",
            # the one town is a side incident: the country's figures stay for step 3 of ``group``)
            for le in group:
                if le is fine[0]:
                    out.append(le)
                elif le.rank >= 4:
                    fine[0].rows.extend(le.rows)
                else:
                    out.append(le)
        else:
            out.extend(group)
    return out


def _local_values(le: Local, rows, docs) -> None:
    """This article's value for each figure: its highest (latest) toll, revisions noted."""
    label, pub = docs.get(le.doc_id, (le.doc_id, None))[:2]
    by_fig: dict[str, list[int]] = {}
    for p in le.rows:
        r = rows[p]
        k = figure_key(r["category"], r["role"], r["model"], r["origin"], r["subset"], r["group"])
        by_fig.setdefault(k, []).append(p)
    for k, ps in by_fig.items():
        def size(p):
            r = rows[p]
            # an official or independent figure before a party's claim, a current figure before
            # one the article revised, an official body's before the article's own, and that before
            # another named voice's (residents, "a spokesperson for a youth association"), then the highest
            src = r.get("source") or ""
            voice = 2 if _OFFICIAL.search(src) else 1 if not src else 0
            # (the victims' toll before the attackers' dead: "22 civilians killed" beside "kill more than 40 terrorists")
            return (not r.get("claimant"), not _superseded(r), not _later_deaths(r), not _implicit(r),
                    r.get("group") not in _ATTACKERS, voice,
                    r["count"] if r["count"] is not None else r["low"] or 0, -(r["start"] or 0))
        p = max(ps, key=size)
        r = rows[p]
        le.values[k] = SourceValue(label, r["count"], r["low"], r["high"], r["qualifier"], pub, r.get("claimant"))
        total = _parts_total(ps, rows, r)
        if total is not None:
            le.values[k] = SourceValue(label, *total, pub, r.get("claimant"))
        le.chosen[k] = (p, ps)
        # another source in the same article (a party's claim, a monitor beside the ministry)
        # keeps its own value, unless the article revised it ("the toll rose to 18")
        current = [q for q in ps if not _superseded(rows[q])] or ps
        by_source: dict[str, int] = {}
        for q in sorted(current, key=size):
            by_source[_source_key(rows[q])] = q
        for who, q in by_source.items():
            rq = rows[q]
            if _same_speaker(who, _source_key(r)) or (rq["count"], rq["qualifier"]) == (r["count"], r["qualifier"]):
                continue
            if rq.get("group") in _PARTS and r.get("group") in (None, "people") and (rq["count"] or 0) < (r["count"] or 0):
                continue    # "27 civilians" beside "31 people, soldiers and civilians": a part, not a rival toll
            if _NOT_A_TOLL.search(rq.get("evidence") or "") and not rq.get("claimant"):
                continue    # "two of the injured had died", "nine more bodies": counted into the toll
            if not who and (rq["count"] or 0) < (r["count"] or 0) and not _TOLL_WORD.search(rq.get("sentence") or ""):
                continue    # the article's own lower count beside a named source's toll: a detail ("The two
                #             bodies found on Sunday were those of an old man and his grandson"), no rival
            name = rq.get("claimant") or rq.get("source") or "another source"
            le.claims.setdefault(k, []).append(
                (q, SourceValue(f"{label}: {name}", rq["count"], rq["low"], rq["high"], rq["qualifier"], pub,
                                rq.get("claimant"))))


#: sources that speak for a government body or an agency ("the provincial health department",
#: "district officials", "the UN") before residents, elders or an unnamed count
_OFFICIAL = re.compile(r"\b(?:ministry|department|officials?|authorit(?:y|ies)|police|gendarmerie|governor|administration|"
                       r"government|prosecutor|emergency|health|hospital|morgue|UN|United\s+Nations|OCHA|"
                       r"civil\s+defen[cs]e|rescue\s+service|mayor|council|observatory|monitors?|monitoring)\b", re.I)
#: counts that go into a toll rather than rival it: deaths among the wounded, bodies found since
_NOT_A_TOLL = re.compile(r"\bof\s+(?:the|those)\s+(?:injured|wounded|hurt)\b|^(?:another|an\s+additional|a\s+further)\b|"
                         r"\bof\s+(?:them|whom)\b|"     # "Seventeen patients were admitted ... two of them died"
                         r"\b(?:more|additional|further)\b(?!\s+than)", re.I)
#: deaths among the wounded told as such: "Since then, two wounded people have died in the hospital"
_WOUNDED_WHO_DIED = re.compile(r"\s+(?:(?:more|other)\s+)?(?:of\s+the\s+)?(?:wounded|injured)\s+(?:[\w-]+\s+)?"
                               r"(?:have|had|has)\s+(?:since\s+)?died\b", re.I)


def _later_deaths(r: dict) -> bool:
    """Is the figure a count of the wounded who died since ("two wounded people have died"), a part of the toll
    told later, not the toll?"""
    sentence, evidence = r.get("sentence") or "", r.get("evidence") or ""
    at = sentence.find(evidence)
    if at < 0 or not evidence:
        return False
    head = re.match(r"[\w-]+", evidence)
    return head is not None and _WOUNDED_WHO_DIED.match(sentence, at + head.end()) is not None


_TOLL_WORD = re.compile(r"\b(?:toll|tally)\b", re.I)
#: groups a toll of everyone is made of
_ATTACKERS = frozenset({"fighters", "militants"})
_PARTS = frozenset({"civilians", "soldiers", "children", "women", "men", "police", "fighters", "militants", "rescuers",
                    "medics"})


def _parts_total(ps: list[int], rows, chosen: dict):
    """"Four soldiers and one civilian were killed": where no toll is stated, one sentence's
    counts of distinct groups (of the chosen figure's claimant) add up to the toll, as
    (count, low, high, qualifier); None when no such sum exceeds the chosen figure."""
    by_sent: dict = {}
    for q in ps:
        r = rows[q]
        if r["count"] is None or r["subset"] or _superseded(r) or r.get("claimant") != chosen.get("claimant"):
            continue
        by_sent.setdefault(r.get("sentence") or "", []).append(r)
    best = None
    for recs in by_sent.values():
        parts = {}
        for r in recs:
            if r.get("group") in _PARTS and r["count"] > parts.get(r["group"], {}).get("count", -1):
                parts[r["group"]] = r       # "two more soldiers died, raising the toll to four soldiers": 4
        if {"civilians", "people"} & {r.get("group") for r in recs}:
            for g in ("children", "women", "men"):
                parts.pop(g, None)    # "31 civilians, nine children and five women among them"
        if set(parts) - _ATTACKERS:
            for g in _ATTACKERS:
                parts.pop(g, None)    # "three gendarmes had been killed ... and troops had 'neutralised seven
                #                       assailants'": the attackers are counted apart from the victims
        if len(parts) < 2:
            continue
        total = sum(r["count"] for r in parts.values())
        if any(r.get("group") not in _PARTS and r["count"] >= total for r in recs):
            continue    # "31 people, among them 27 civilians and 4 soldiers": the toll is stated
        if total > (chosen["count"] or 0) and (best is None or total > best[0]):
            low = any(r["qualifier"] in ("at_least", "more_than") for r in parts.values())
            best = (total, total if low else None, None, "at_least" if low else "exact")
    return best


def _same_speaker(a: str, b: str) -> bool:
    """"UN" and "UN human rights office said its staff": one speaker named twice."""
    if a == b:
        return True
    if not a or not b or a.startswith("claim:") != b.startswith("claim:"):
        return False
    a, b = (re.sub(r"\bunited\s+nations\b", "un", x) for x in (a, b))
    short, long_ = sorted((a, b), key=len)
    return re.search(rf"(?<!\w){re.escape(short)}(?!\w)", long_) is not None


def _marked(r: dict, mark: str) -> bool:
    """Does the record's ``extra`` (a dict, or its JSON as the store gives it back) carry ``mark``?"""
    extra = r.get("extra")
    return mark in extra if isinstance(extra, dict) else isinstance(extra, str) and f'"{mark}"' in extra


def _implicit(r: dict) -> bool:
    """A victim told without a number ("A retired teacher died in hospital"): one, not a toll."""
    return _marked(r, "implicit")


def _drop_lone_victims(per_doc: dict, rows) -> None:
    """An article whose only count of the event is one victim told without a number (a later death
    an opinion column mentions) gives no toll to compare with the others' (it is one of them)."""
    lone = [k for k, e in per_doc.items() if _implicit(rows[e[2]]) and not e[1].claimant]
    if lone and len(lone) < len(per_doc):
        top = max(e[1].point() for k, e in per_doc.items() if k not in lone)
        for k in lone:
            if per_doc[k][1].point() < top:
                del per_doc[k]


def _superseded(r: dict) -> bool:
    """Did the article itself revise this figure ("14 dead" before "the toll rose to 18")?"""
    return _marked(r, "superseded_by")


def _source_key(r: dict) -> str:
    """Who gives a figure, for telling an article's sources apart: its claimant, else its source."""
    return (r.get("claimant") and "claim:" + r["claimant"].lower()) or (r.get("source") or "").lower()


def _merge_missile_keys(by_fig: dict) -> None:
    """A source's ``missile (X)`` and another's ``ballistic_missile (X)`` are one figure."""
    for key in list(by_fig):
        base, _, tag = key.partition(" ")
        if base not in MISSILE_CHILDREN:
            continue
        parent = "missile" + (" " + tag if tag else "")
        if parent in by_fig and not {d for d, *_ in by_fig[parent]} & {d for d, *_ in by_fig[key]}:
            by_fig[key].extend(by_fig.pop(parent))


_ROSE_FROM = re.compile(r"\b(?:up\s+from|rose\s+from|risen\s+from|climbed\s+from|increased\s+from|revised\s+(?:up|from)|"
                        r"from\s+\w+\s+(?:on\s+\w+\s+)?to)\b", re.I)


def _superseded_by(c, per_doc: dict, rows):
    """Sources that disagree, where one article gives the highest toll and tells another's value as
    what it rose from, in the same sentence ("the toll on Wednesday at 11 dead, up from nine on Monday"):
    that article's toll is the latest, whatever the publication times say."""
    official = {k: e for k, e in per_doc.items() if not e[1].claimant and e[1].count is not None and "\0" not in k}
    if len(official) < 2:
        return c
    for k, (_, sv, p, ps) in official.items():
        sentence = rows[p]["sentence"] or ""
        # the earlier tolls told in the very sentence of the new one, as what it rose from
        told = {rows[q]["count"] for q in ps if rows[q]["count"] is not None and rows[q]["sentence"] == sentence}
        others = {e[1].count for j, e in official.items() if j != k}
        if _ROSE_FROM.search(sentence) and sv.count == max(told) and (told - {sv.count}) & others \
                and sv.count >= max(others):
            return replace(c, best=sv.count, note=(c.note + "; " if c.note else "") +
                            f"{sv.label} tells the others' {sorted(others)} as earlier tolls")
    return c


def _event(members: list[Local], rows, docs):
    dated = [le for le in members if le.date]
    date_ = date_prec = None
    if dated:
        # a date from an article that carries its own date outweighs one inferred from a match
        sure = [le for le in dated if not le.inferred] or dated
        counts: dict[str, int] = {}
        for le in sure:
            counts[le.date] = counts.get(le.date, 0) + len(le.rows)
        date_ = max(sorted(counts), key=lambda d: (len(d), counts[d]))
        date_prec = next(le.date_precision for le in dated if le.date == date_)
    inferred = bool(dated) and all(le.inferred for le in dated if le.date == date_)
    weight: dict[str, int] = {}
    for le in members:
        if le.place:
            weight[le.place_key] = weight.get(le.place_key, 0) + len(le.rows)
    # a district told at its centre town ("a border village in the Novhorod-Siverskyi district") speaks for
    # the village another article names inside it: the village is the event's place, not the district's town
    towns = {le.place_key: le for le in members if le.place and le.precision == "city"}
    for le in members:
        if le.place and le.precision == "district" and le.place_key not in towns:
            inside = [c for c in towns.values() if c.country == le.country and km(c, le) <= DISTRICT_KM]
            if len(inside) == 1:
                weight[inside[0].place_key] += weight.get(le.place_key, 0)
    # the event's place: the one most of its figures name; a city before a district; a town's (or a
    # point's) before a province's where a quarter of the figures or more are told there (of the
    # figures of the attack: a night's launch tallies for the region or the country aside)
    fine = [le for le in members if le.place and le.fine]
    told = sum(len(le.rows) for le in members if not le.weapons_only or le.fine)
    pool = fine if fine and 4 * sum(len(le.rows) for le in fine) >= told else members
    place_le = min(pool, key=lambda le: (-weight.get(le.place_key, 0) if le.place else 1,
                                         abs(le.rank - 2)))
    doc_ids = sorted({le.doc_id for le in members})
    event_id = "ev_" + hashlib.sha1(f"{date_}|{place_le.place_key}|{doc_ids[0]}".encode()).hexdigest()[:12]
    by_fig: dict[str, list] = {}
    for le in members:
        for k, (p, ps) in le.chosen.items():
            by_fig.setdefault(k, []).append((le.doc_id, le.values[k], p, ps))
            for q, sv in le.claims.get(k, []):
                by_fig[k].append((f"{le.doc_id}\0{sv.claimant}", sv, q, [q]))
    _merge_missile_keys(by_fig)
    comps, best = [], {}
    for k, entries in sorted(by_fig.items()):
        per_doc: dict[str, tuple] = {}
        for e in entries:   # one value per article: the highest, a party's claim only where it has no other
            if e[0] not in per_doc or ((not e[1].claimant, e[1].point()) >
                                       (not per_doc[e[0]][1].claimant, per_doc[e[0]][1].point())):
                per_doc[e[0]] = e
        cas = rows[entries[0][2]]["type"] == "casualty"
        if cas:
            _drop_lone_victims(per_doc, rows)
        c = combine([e[1] for e in per_doc.values()], casualty=cas)
        if cas and not c.consistent:
            c = _superseded_by(c, per_doc, rows)
        best[k] = c
        for key_doc, sv, p, ps in per_doc.values():
            doc_id = key_doc.split("\0")[0]
            r = rows[p]
            note = c.note
            revised = sorted({rows[q]["count"] for q in ps if rows[q]["count"] is not None})
            if len(revised) > 1:
                note = (note + "; " if note else "") + "revised within article: " + \
                    " -> ".join(map(str, revised))
            _, pub, name = docs.get(doc_id, (doc_id, None, r["doc"] or doc_id))[:3]
            comps.append({"event_id": event_id, "figure": k, "doc_id": doc_id, "doc": name,
                          "outlet": sv.label, "published": pub, "count": r["count"],
                          "low": r["low"], "high": r["high"], "qualifier": r["qualifier"],
                          "evidence": r["evidence"], "sentence": r["sentence"],
                          "start": r["start"], "end": r["end"], "mentions": len(ps),
                          "combined_low": c.low, "combined_best": c.best,
                          "combined_high": c.high, "consistent": c.consistent, "note": note,
                          "claimant": sv.claimant})
    weapons = sorted({w for le in members for p in le.rows for w in
                      (rows[p]["category"], rows[p]["model"]) if w and rows[p]["type"] == "weapon"})
    kind = _kind(weapons) if weapons else _kind_from_text(
        " ".join(rows[p]["sentence"] or "" for le in members for p in le.rows))
    sources = sorted({docs.get(d, (d,))[0] for d in doc_ids})

    def b(k, attr="best"):
        return getattr(best[k], attr) if k in best else None

    missiles = b("missile")
    if missiles is None and any(k in best for k in MISSILE_CHILDREN):
        missiles = sum(b(k) or 0 for k in MISSILE_CHILDREN)
    shot = [b(k) for k in best if k.endswith("_shot_down")]
    place_name = place_le.place
    title = " ".join(x for x in (date_ or "undated", place_name or "unknown place", kind) if x)
    ev = {"event_id": event_id, "date": date_, "date_precision": date_prec,
          "date_inferred": inferred, "place": place_name, "lat": place_le.lat, "lon": place_le.lon,
          "precision": place_le.precision, "country": place_le.country,
          "admin1": place_le.admin1, "kind": kind, "title": title, "n_sources": len(doc_ids),
          "sources": ", ".join(sources),
          "killed_low": b("killed", "low"), "killed_best": b("killed"),
          "killed_high": b("killed", "high"), "injured_low": b("injured", "low"),
          "injured_best": b("injured"), "injured_high": b("injured", "high"),
          "missing_best": b("missing"), "missiles_best": missiles, "drones_best": b("drone"),
          "shot_down_best": sum(x or 0 for x in shot) if shot else None,
          "weapons": ", ".join(weapons),
          "disagreement": any(not c.consistent for c in best.values())}
    return ev, comps


def _kind(weapons) -> str:
    w = set(weapons)
    missile = any("missile" in x for x in w)
    drone = "drone" in w
    if missile and drone:
        return "missile and drone strike"
    if missile:
        return "missile strike"
    if drone:
        return "drone strike"
    if "glide_bomb" in w or "bomb" in w:
        return "air strike"
    if w & {"artillery", "rocket", "mortar", "shelling"}:
        return "shelling"
    return "attack"


_KIND_WORDS = (("missile", "missile strike"), ("drone", "drone strike"), ("shelling", "shelling"),
               ("shelled", "shelling"), ("artillery", "shelling"), ("rocket", "shelling"),
               ("air strike", "air strike"), ("airstrike", "air strike"), ("bomb", "air strike"),
               ("aerial", "air strike"), ("air raid", "air strike"), ("barrage", "shelling"))


def _kind_from_text(text: str) -> str:
    """The kind named by the figures' own sentences when no weapon was counted."""
    low = text.lower()
    found = [(low.find(word), kind) for word, kind in _KIND_WORDS if word in low]
    return min(found)[1] if found else "attack"
