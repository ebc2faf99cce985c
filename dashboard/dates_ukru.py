"""Dates in Ukrainian and Russian text, resolved against the publication date.

``find_dates_ukru(text, published)`` returns :class:`dashboard.dates.DateMention` values (the
English module's type) for "24 квітня", "24 апреля 2025", "24.04.2025", "у ніч на четвер",
"в ночь на четверг", "у суботу", "вчора"/"вчера", "накануне", "за минулу ніч", "минулого
тижня"/"на прошлой неделе"; spans such as "за тиждень" or "с начала года" come back with
``kind="period"`` and no value (they date no single event). ``find_publication_date_ukru``
reads a dateline ("24 квітня 2025, 11:42", "22 мая 2025, 14:35 (МСК)").

The words are data rows in ``assets/lexicons/uk_ru/dates.csv``.
"""
from __future__ import annotations

import csv
import re
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Optional

from .dates import DateMention, year_for

LEXICON = Path(__file__).resolve().parents[1] / "assets" / "lexicons" / "uk_ru" / "dates.csv"
_APOS = str.maketrans({"\u2019": "'", "\u02bc": "'", "`": "'", "\u2018": "'"})


@lru_cache(maxsize=1)
def _words() -> dict[str, dict[str, tuple]]:
    """kind -> {word: (value, lang)}"""
    out: dict[str, dict[str, tuple]] = {}
    with LEXICON.open(encoding="utf-8") as fh:
        rows = csv.DictReader(line for line in fh if not line.startswith("#"))
        for r in rows:
            v = int(r["value"]) if r["value"] else None
            out.setdefault(r["kind"], {})[r["word"].strip()] = (v, r["lang"])
    return out


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns():
    w = _words()
    month, weekday = _alt(w["month"]), _alt(w["weekday"])
    phrases = {**w["night"], **w["week"], **w["period"], **w["relative"]}
    return {
        "numeric": re.compile(r"(?<!\d)(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)(?!\d)"),
        # "24 квітня 2025", "3 та 4 березня", "8 июл"
        "dmy": re.compile(rf"(?<![\d.])(\d{{1,2}})(?:\s+(?:та|і|й|и|-|–)\s+(\d{{1,2}}))?\s+({month})"
                          rf"(?:\s+((?:19|20)\d\d)(?:\s*(?:р\.|року|г\.|года))?)?(?!\w)"),
        # "у ніч на четвер", "в ночь на четверг", "у суботу", "во вторник", "в ту субботу"
        "weekday": re.compile(rf"(?<!\w)(?:(у|в|во|уві)\s+(ніч|ночь)\s+(?:на|проти)|у|в|во|на|до|с|з)\s+"
                              rf"(?:(?:ту|цю|минулу|минулий|прошлую|прошлый|эту|этот|цей|наступну)\s+)?"
                              rf"({weekday})(?!\w)"),
        "night_date": re.compile(rf"(?<!\w)(?:у|в|во)\s+(?:ніч|ночь)\s+(?:на|проти)\s+(?=\d)"),
        # "в ночь с 11 на 12 марта", "у ніч з 10 на 11 березня": the night's morning
        "night_range": re.compile(rf"(?<!\w)(?:у|в|во|уві)\s+(?:ніч|ночь)\s+(?:з|із|с)\s+(\d{{1,2}})\s+"
                                  rf"(?:на|проти)\s+(\d{{1,2}})\s+({month})(?:\s+((?:19|20)\d\d))?(?!\w)"),
        # "з 10 по 12 березня", "с 3 по 5 мая": a span of days, no single day
        "day_range": re.compile(rf"(?<!\w)(?:з|із|с|від|от)\s+(\d{{1,2}})\s+(?:по|до)\s+(\d{{1,2}})\s+({month})(?!\w)"),
        "phrase": re.compile(rf"(?<!\w)({_alt(phrases)})(?!\w)"),
        # "14-го числа", "11-го числа": that day of the publication's month (else the month before)
        "day_of_month": re.compile(r"(?<![\w.])(\d{1,2})-?(?:го|е|ого)?\s+числа(?!\w)"),
        # "у 2024 році", "в 2023 году", "з 2022 року", "с 2014 года": a year's or a span's count
        "year": re.compile(r"(?<!\w)(?:у|в|во|з|із|с|від|от|протягом|за)\s+((?:19|20)\d\d)\s+"
                           r"(?:році|року|роках|рік|году|года|год)(?!\w)"),
        # "у вересні", "в сентябре"; "на початку вересня", "наприкінці серпня", "в конце августа"
        "month_only": re.compile(rf"(?<!\w)(?:у|в|(?:на\s+початку|наприкінці|у\s+кінці|в\s+кінці|"
                                 rf"у\s+середині|в\s+середині|в\s+начале|в\s+конце|в\s+середине))\s+"
                                 rf"({_alt(m for m in w['month'] if len(m) > 3)})"
                                 rf"(?:\s+((?:19|20)\d\d))?(?!\w)"),
    }


def _safe(y, m, d) -> Optional[date]:
    try:
        return date(y, m, d)
    except (TypeError, ValueError):
        return None


def find_dates_ukru(text: str, published: Optional[date] = None) -> list[DateMention]:
    """Every date phrase of a Ukrainian or Russian text, in text order."""
    low = text.lower().translate(_APOS)
    w, pats = _words(), _patterns()
    out: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def add(s, e, value, precision, kind, modifier=""):
        if any(a < e and s < b for a, b in taken):
            return
        taken.append((s, e))
        out.append(DateMention(s, e, text[s:e], value, precision, kind, modifier))

    for m in pats["numeric"].finditer(low):
        d = _safe(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        add(m.start(), m.end(), d.isoformat() if d else None, "day", "numeric")
    for m in pats["night_range"].finditer(low):
        mon, day = w["month"][m.group(3)][0], int(m.group(2))
        y = int(m.group(4)) if m.group(4) else year_for(mon, day, published)
        d = _safe(y, mon, day) if y else None
        add(m.start(), m.end(), d.isoformat() if d else None, "day", "dmy", "overnight")
    for m in pats["day_range"].finditer(low):
        add(m.start(), m.end(), None, None, "period", "since")
    for m in pats["dmy"].finditer(low):
        mon = w["month"][m.group(3)][0]
        night = pats["night_date"].search(low, max(0, m.start() - 14), m.start() + 1)
        for g in (1, 2):
            if m.group(g) is None:
                continue
            day = int(m.group(g))
            y = int(m.group(4)) if m.group(4) else year_for(mon, day, published)
            d = _safe(y, mon, day) if y else None
            s, e = (m.start(g), m.end()) if g == 2 else (m.start(), m.end())
            if g == 1 and m.group(2):
                e = m.end(1)
            add(s, e, d.isoformat() if d else None, "day", "dmy", "overnight" if night else "")
    for m in pats["day_of_month"].finditer(low):
        day, d = int(m.group(1)), None
        if published is not None and 1 <= day <= 31:
            y, mon = (published.year, published.month) if day <= published.day else \
                ((published.year, published.month - 1) if published.month > 1 else (published.year - 1, 12))
            d = _safe(y, mon, day)
        add(m.start(), m.end(), d.isoformat() if d else None, "day", "dmy")
    for m in pats["weekday"].finditer(low):
        wd = w["weekday"][m.group(3)][0]
        d = published - timedelta(days=(published.weekday() - wd) % 7) if published else None
        add(m.start(), m.end(), d.isoformat() if d else None, "day", "weekday",
            "overnight" if m.group(2) else "")
    for m in pats["phrase"].finditer(low):
        word = m.group(1)
        for kind in ("night", "week", "period", "relative"):
            if word in w[kind]:
                break
        v = w[kind][word][0]
        if kind == "period":
            add(m.start(), m.end(), None, None, "period", "since")
        elif published is None:
            add(m.start(), m.end(), None, "day", "relative")
        elif kind == "week":
            add(m.start(), m.end(), (published - timedelta(days=v)).isoformat(), "week", "relative", "last")
        else:
            add(m.start(), m.end(), (published - timedelta(days=v)).isoformat(), "day", "relative",
                "overnight" if kind == "night" else "")
    for m in pats["year"].finditer(low):
        add(m.start(), m.end(), None, None, "period", "since")
    for m in pats["month_only"].finditer(low):
        mon = w["month"][m.group(1)][0]
        y = int(m.group(2)) if m.group(2) else year_for(mon, 1, published)
        add(m.start(), m.end(), f"{y:04d}-{mon:02d}" if y else None, "month", "my")
    out.sort(key=lambda d: d.start)
    # "позавчора вночі", "в понедельник ночью": the night of the day just named, not last night
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        if b.modifier == "overnight" and b.kind == "relative" and a.precision == "day" and a.value \
                and not a.modifier and text[a.end:b.start].strip() == "" and published is not None \
                and (published - date.fromisoformat(a.value)).days >= 2:   # ("вчера ночью" stays last night)
            out[i - 1] = DateMention(a.start, a.end, a.text, a.value, a.precision, a.kind, "overnight")
            out[i] = DateMention(b.start, b.end, b.text, a.value, b.precision, b.kind, b.modifier)
    return out


#: a dateline that opens the first paragraph: "ХАРКІВ, 22 вересня 2025 — ..." (the part before the dash)
DATELINE_LEAD = re.compile(r"^(.{6,80}?\d{4}(?:,?\s*\d{1,2}:\d\d)?)\s*(?:\u2014|\u2013|-{1,2})\s+\S")


def find_publication_date_ukru(text: str) -> Optional[date]:
    """The date of a dateline among the first lines ("24 квітня 2025, 11:42", "24.04.2025")."""
    lines = [ln for ln in text[:2000].split("\n") if ln.strip()][:8]
    for ln in lines:
        lead = DATELINE_LEAD.match(ln)
        if lead:
            ln = lead.group(1)   # "УАГАДУГУ, 22 вересня 2025 — Щонайменше ...": the body runs on
        if len(ln) > 120:
            continue
        for d in find_dates_ukru(ln):
            if d.kind not in ("numeric", "dmy") or not d.value or len(d.value) != 10:
                continue
            rest = ln[:d.start] + " " + ln[d.end:]
            if not re.search(r"(?:19|20)\d\d", d.text):
                continue
            # a wire's agency credit ("/Агентство «Глобус-Інфо»/", "(ТАСС)") and "года" are no sentence
            rest = re.sub(r"/[^/\n]{1,60}/|\([^()\n]{1,60}\)|«[^»\n]{1,60}»|\b(?:года|року|рік|год)\b", " ", rest)
            words = re.findall(r"[^\W\d_]{3,}", rest)
            if len(words) <= 4:
                return date.fromisoformat(d.value)
    return None
