"""Dates in articles: the publication date, and every date phrase resolved against it.

``find_publication_date(text)`` reads a dateline ("04-24-2025, 1:39 PM", "Thursday 9 January
2025", "27/05/2024", "Published 12 May 2025, updated 14:20" ...).
``find_dates(text, published)`` finds explicit and relative phrases ("April 13", "July 2024",
"overnight into Thursday", "late Wednesday night", "Saturday's attack", "last July",
"yesterday", "last week") and resolves each to a value with a precision (day, month, year).
Weekdays resolve to the latest such day on or before the publication date (news reports
what happened). Phrases are found by regular expressions first; dateparser only parses an
unusual dateline, so the whole pass stays fast.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Optional

MONTHS = {"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
          "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
          "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
          "sept": 9, "oct": 10, "nov": 11, "dec": 12}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
            "saturday": 5, "sunday": 6, "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3,
            "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6}

_MON = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
        r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?")
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_ORD = r"(?:st|nd|rd|th)?"
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"

_PATTERNS = [
    ("iso", re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)(?:\b|(?=T\d))")),    # also "2025-05-20T08:30:00Z"
    ("numeric", re.compile(r"\b(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d\d)\b")),
    # a digest's item that opens with its day and month: "- 08/06, 12 km east of Bandiagara: an IED ..."
    ("item_dm", re.compile(r"(?m)^[ \t]*(?:[-\u2022*\u00b7\u2013][ \t]*)?(\d{1,2})/(\d{1,2})(?=[ \t]*[,:\u2013-])")),
    ("dmy", re.compile(rf"\b(\d{{1,2}}){_ORD}(?:\s+of)?\s+({_MON})(?:,?\s+(?:of\s+(?:the\s+year\s+)?)?((?:19|20)\d\d))?\b")),      # "the 23 of May of 2021" (translated)
    ("mdy", re.compile(rf"\b({_MON})\s+(\d{{1,2}}){_ORD}(?!\d|:\d)(?:,?\s+((?:19|20)\d\d))?\b")),
    ("my", re.compile(rf"\b(?:((?i:last|this|early|late|mid-?|in|since|until|of|from))\s+)?({_MON})(?:,?\s+(?:of\s+(?:the\s+year\s+)?)?((?:19|20)\d\d))?\b")),
    ("weekday", re.compile(
        rf"\b(?:((?i:overnight|late|early|last|this))\s+(?:on\s+|into\s+|to\s+)?)?(?:(?:on|into|from|until|by|since)\s+)?"
        rf"(?:the\s+night\s+(?:of|from)\s+{_WD}\s+(?:to|into|and)\s+|the\s+night\s+(?:of|to)\s+)?({_WD})(?:['’]s)?{_PART}\b")),
    ("relative", re.compile(
        r"\b(the\s+day\s+before\s+yesterday|yesterday|today|tonight|last night|this morning|this afternoon|this evening|"
        r"overnight|last week|last month|last year|this week|earlier this week|"
        r"last weekend|this weekend|over the weekend|at the weekend|"
        r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|\d{1,2}) days ago|the day before|the previous day|earlier this month|"
        r"(?:24|36|48|72|96|twenty-four|forty-eight|seventy-two)\s+hours\s+ago|"
        r"(?:two|three|four|five|six|seven|eight|nine|ten|\d) days\s+after\s+(?:a|an)\b|"
        r"(?:(?<=\n)|(?<=\.\s)|(?<=\A))(?:two|three|four|five|six|seven|eight|nine|ten|\d) days\s+after\b(?!\s+(?:it|that|this|the\s+(?:ceasefire|truce|agreement|deal|election|vote|attack|strike|"
        r"bombing|shelling|blast|explosion|massacre|raid|assault|ambush))\b)|"
        r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(?:months?|weeks?)\s+"
        r"(?:ago|earlier|before|after\s+(?:a|an|the))(?!\s+(?:it|that|this)\b)|"
        r"(?:a|one)\s+week\s+after(?=\s+(?!(?:the|it|that|this)\b)[a-z]))\b", re.I)),
    # "Christmas Eve 2023", "the Christmas Eve attacks of 2023", "on New Year's Day"
    ("holiday", re.compile(r"\b(Christmas\s+Eve|Christmas\s+Day|Christmas|New\s+Year['’]s\s+(?:Eve|Day))\b"
                           r"(?:,?\s+((?:19|20)\d\d)\b|(?:\s+[a-z]+){1,2}\s+(?:of|in)\s+((?:19|20)\d\d)\b)?")),
    ("year", re.compile(r"\b(?i:in|since|of|during|throughout)\s+((?:19|20)\d\d)\b")),
]
#: fixed-date holidays: (month, day)
HOLIDAYS = {"christmas eve": (12, 24), "christmas day": (12, 25), "christmas": (12, 25),
            "new year's eve": (12, 31), "new year's day": (1, 1)}


# what may stand before a month or a weekday as part of the phrase (anchored at its end)
_LOOKBACK = {
    "my": re.compile(r"(?:(?i:last|this|early|late|mid-?|in|since|until|of|from)\s+)?$"),
    "weekday": re.compile(r"(?:(?i:overnight|late|early|last|this)\s+(?:on\s+|into\s+|to\s+)?)?"
                          r"(?:(?:on|into|from|until|by|since)\s+)?(?:the\s+night\s+(?:of|to)\s+)?$"),
}
_CAPWORD = re.compile(r"\b[A-Z][a-z]{2,8}\b")
_MONTH_WORDS = {w.capitalize() for w in MONTHS}
_WEEKDAY_WORDS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
_ANCHOR = {"mdy": _MONTH_WORDS, "my": _MONTH_WORDS, "weekday": _WEEKDAY_WORDS}
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_YEAR_BACK = re.compile(r"\b(?i:in|since|of|during|throughout)\s+$")
_REL_WORD = re.compile(r"\b(?:yesterday|today|tonight|last|this|overnight|ago|before|previous|earlier|weekend|after)\b", re.I)
_ANY_RELATIVE = re.compile(r"yesterday|today|tonight|last|this|overnight|ago|day before|previous day|weekend|"
                           r"(?:months?|weeks?) (?:after|earlier|before)|days after")


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    value: Optional[str]        # YYYY-MM-DD, YYYY-MM or YYYY; None when it cannot be resolved
    precision: Optional[str]    # day, week, month, year
    kind: str                   # iso, numeric, dmy, mdy, my, weekday, relative, year
    modifier: str = ""          # since, until, last, overnight ... (the word before it)

    @property
    def day(self) -> Optional[date]:
        if self.value and len(self.value) == 10:
            return date.fromisoformat(self.value)
        return None


def _safe_date(y: int, m: int, d: int) -> Optional[date]:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _numeric(a: int, sep: str, b: int, y: int) -> Optional[date]:
    """dd/mm/yyyy, mm-dd-yyyy or dd.mm.yyyy: unambiguous when one part exceeds 12; else day
    first with slashes and dots, month first with dashes (``find_publication_date`` may
    turn an ambiguous one round on the article's evidence)."""
    if a > 12:
        return _safe_date(y, b, a)
    if b > 12:
        return _safe_date(y, a, b)
    return _safe_date(y, a, b) if sep == "-" else _safe_date(y, b, a)


def year_for(month: int, day: Optional[int], published: Optional[date]) -> Optional[int]:
    """The year of a month (and day) given without one: the latest on or before publication,
    or a day of the next few days ("funerals on 25 June" in an article of 24 June)."""
    if published is None:
        return None
    y = published.year
    if (month, day or 1) > (published.month, published.day if day else 1) and not _near_future(month, day, published):
        y -= 1
    return y


def _near_future(month: int, day: Optional[int], published: date, days: int = 3) -> bool:
    """Is (month, day) of the publication's year within ``days`` after it?"""
    if day is None:
        return False
    d = _safe_date(published.year, month, day)
    return d is not None and 0 < (d - published).days <= days


def _weekday_before(wd: int, published: date) -> date:
    return published - timedelta(days=(published.weekday() - wd) % 7)


def _weekday_last_week(text: str, found: list, published: date) -> list:
    """"On Thursday last week": that weekday of the week before the publication's, one mention
    (not a Thursday and a week)."""
    out, skip = [], None
    for i, d in enumerate(found):
        if d is skip:
            continue
        nxt = found[i + 1] if i + 1 < len(found) else None
        if d.kind == "weekday" and nxt is not None and nxt.text.lower() == "last week" and \
                re.fullmatch(r"\s+(?:of\s+)?", text[d.end:nxt.start]):
            wd = next((v for k, v in WEEKDAYS.items() if k in d.text.lower()), None)
            if wd is not None:
                monday = published - timedelta(days=published.weekday() + 7)
                d = DateMention(d.start, nxt.end, text[d.start:nxt.end], (monday + timedelta(days=wd)).isoformat(),
                                "day", "weekday", "last")
                skip = nxt
        out.append(d)
    return out


def _weekday_with_date(text: str, found: list) -> list:
    """"on the night of Friday, March 18", "Tuesday 8 June 2032": the weekday is the date that follows
    it, not the last such weekday before the publication."""
    out = list(found)
    for i, d in enumerate(found[:-1]):
        nxt = found[i + 1]
        if d.kind == "weekday" and nxt.kind in ("dmy", "mdy", "numeric", "iso") and nxt.precision == "day" \
                and nxt.value and d.value != nxt.value and re.fullmatch(r"\s*,?\s*(?:the\s+)?", text[d.end:nxt.start]):
            out[i] = DateMention(d.start, d.end, d.text, nxt.value, d.precision, d.kind, d.modifier)
    return out


def find_dates(text: str, published: Optional[date] = None) -> list[DateMention]:
    """Every date phrase in ``text`` with its resolved value, in text order, no overlaps."""
    found: list[DateMention] = []
    mask = bytearray(len(text) + 1)

    def free(s, e):
        return not any(mask[s:e])

    low = text.lower()
    caps = [(m.start(), m.group()) for m in _CAPWORD.finditer(text)]
    words = {w for _, w in caps}
    has_month = not words.isdisjoint(_MONTH_WORDS)
    has_wd = not words.isdisjoint(_WEEKDAY_WORDS)
    caps = [c for c in caps if c[1] in _MONTH_WORDS or c[1] in _WEEKDAY_WORDS]
    for kind, pat in _PATTERNS:
        if kind in ("dmy", "mdy", "my") and not has_month or kind == "weekday" and not has_wd:
            continue
        if kind == "relative" and not _ANY_RELATIVE.search(low):
            continue
        for m in _matches(kind, pat, text, caps):
            s, e = m.span()
            if not free(s, e):
                continue
            if kind == "weekday" and (_HOLIDAY_BEFORE.search(text, max(0, m.start(2) - 14), m.start(2))
                                      or _ANY_DAY_BEFORE.search(text, max(0, m.start(2) - 8), m.start(2))
                                      or _NAMED_DAY_AFTER.match(text, m.end(2))
                                      or _ZONE_TIME_BEFORE.search(text, max(0, m.start(2) - 24), m.start(2))):
                continue            # "Palm Sunday", "Good Friday", "Bloody Sunday": a named day, not last week's;
                                    # "during a Sunday market", "every Friday": no day at all; "at 05:10 local
                                    # time (2310 GMT on Monday)": the other zone's day, not the story's
            dm = _resolve(kind, m, published)
            if dm is None:
                continue
            mask[s:e] = b"\x01" * (e - s)
            found.append(dm)
    found.sort(key=lambda d: d.start)
    found = _weekday_with_date(text, found)
    if published is not None and "last week" in low:
        found = _weekday_last_week(text, found, published)
    if _PERSIAN_WORD.search(text):
        found = _persian(text, found, published)
    if published is not None and _ORDINAL_HINT.search(text):
        found = _ordinal_days(text, found, published)
    if published is not None and any(w in low for w in _ORDINAL_STEMS) and _ORDINAL_WORD_DATE.search(text):
        found = _ordinal_word_days(text, found, published)
    return _later(text, _that_day(text, _year_from_context(text, _last_year(text, found, published))))


_ORDINAL_HINT = re.compile(r"\bthe\s+\d{1,2}(?:st|nd|rd|th)\b")
#: a day of the month alone: "late on the 3rd of this month", "on the 14th, gunmen ..." (not "the 5th
#: brigade", "the 3rd floor", "the 3rd of March": a month's day the dmy pattern reads)
_ORDINAL_DAY = re.compile(r"\b(?i:(?:late|early)\s+on\s+|on\s+|since\s+|until\s+|by\s+|before\s+|of\s+)?the\s+"
                          r"(\d{1,2})(?:st|nd|rd|th)(?:\s+of\s+(this|last|the\s+previous|the\s+same)\s+month)?"
                          r"(?!\s+(?:of\s+)?(?:January|February|March|April|May|June|July|August|September|October|"
                          r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b)(?![\w-])"
                          # "troops of the 5th Special Forces Battalion": a unit's number, no day
                          r"(?!\s+(?:[\w-]+\s+){0,3}?(?i:battalion|brigade|regiment|division|corps|army|fleet|squadron|"
                          r"company|infantry|battery|detachment|unit|floor|anniversary|century|round)s?\b)")


_ORDINAL_WORDS = {w: i + 1 for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split())}
_ORDINAL_WORDS.update({f"twenty{sep}{w}": 20 + n for sep in ("-", " ") for w, n in list(_ORDINAL_WORDS.items())[:9]})
_ORDINAL_WORDS.update({"thirtieth": 30, "thirty-first": 31, "thirty first": 31})
_ORD_ALT = "|".join(sorted(_ORDINAL_WORDS, key=len, reverse=True))
#: a part of every ordinal word above: the regular expression below is run only where one stands (its long alternation
#: costs ~0.35 ms an article)
_ORDINAL_STEMS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                  "eleventh", "twelfth", "teenth", "twentieth", "thirtieth")
_MONTH_ALT = "january|february|march|april|may|june|july|august|september|october|november|december"
#: a day said in words: "on the ninth of August", "the twenty-first of May 2036", "August ninth"
_ORDINAL_WORD_DATE = re.compile(rf"(?i:\bthe\s+({_ORD_ALT})\s+of\s+({_MONTH_ALT})|\b({_MONTH_ALT})\s+(?:the\s+)?({_ORD_ALT}))\b"
                                rf"(?:,?\s+((?:19|20)\d\d)\b)?")


def _ordinal_word_days(text: str, found: list[DateMention], published: date) -> list[DateMention]:
    """Days said in words ("on the ninth of August"): that day, in the year given or the last one in
    which it had come by the publication (three days' grace), replacing the bare month read inside."""
    out = list(found)
    for m in _ORDINAL_WORD_DATE.finditer(text):
        if m.group(2) and m.group(2)[0].islower() or m.group(3) and m.group(3)[0].islower():
            continue    # ("may" as a verb)
        day = _ORDINAL_WORDS[(m.group(1) or m.group(4)).lower()]
        mo = MONTHS[(m.group(2) or m.group(3)).lower()]
        y = int(m.group(5)) if m.group(5) else published.year
        d = _safe_date(y, mo, day)
        if d is not None and not m.group(5) and (d - published).days > 3:
            d = _safe_date(y - 1, mo, day)
        inside = [x for x in out if m.start() <= x.start and x.end <= m.end()]
        if d is None or any(x.start < m.end() and m.start() < x.end for x in out if x not in inside):
            continue
        out = [x for x in out if x not in inside]
        out.append(DateMention(m.start(), m.end(), m.group(0), d.isoformat(), "day", "dmy", ""))
    out.sort(key=lambda x: x.start)
    return out


def _ordinal_days(text: str, found: list[DateMention], published: date) -> list[DateMention]:
    """"late on the 3rd of this month", "on the 14th": that day of the publication's month (the month
    before where the day is still to come, or "of last month")."""
    out = list(found)
    for m in _ORDINAL_DAY.finditer(text):
        prefix = m.group(0)[:m.group(0).lower().find("the ")]
        if not prefix.strip() and not m.group(2):
            continue        # "the 5th ...": only a preposition or "of this month" makes it a day
        inside = [d for d in out if m.start() <= d.start and d.end <= m.end()]
        if any(d.start < m.end() and m.start() < d.end for d in out if d not in inside):
            continue
        out = [d for d in out if d not in inside]      # "the 3rd of last month": not "last month"
        day = int(m.group(1))
        y, mo = published.year, published.month
        if m.group(2) in ("last", "the previous") or (m.group(2) is None and day > published.day + 3):
            y, mo = (y, mo - 1) if mo > 1 else (y - 1, 12)
        d = _safe_date(y, mo, day)
        if d is not None:
            out.append(DateMention(m.start() + len(prefix), m.end(), m.group(0)[len(prefix):], d.isoformat(), "day",
                                   "dmy", ""))
    out.sort(key=lambda d: d.start)
    return out


#: the months of the Solar Hijri calendar, as Iranian outlets and their translations write dates
#: ("Tuesday 22 Ordibehesht 1405", "On 10 Esfand of last year", "24 Bahman 1397")
_PERSIAN_MONTHS = ("farvardin", "ordibehesht", "khordad", "tir", "mordad", "shahrivar", "mehr", "aban", "azar",
                   "dey", "bahman", "esfand")
_PERSIAN_WORD = re.compile(r"\d\s+(?:Farvardin|Ordibehesht|Khordad|Tir|A?mordad|Shahrivar|Mehr|Aban|Azar|Dey|Bahman|"
                           r"Esfand)\b")
_PERSIAN = re.compile(r"\b(\d{1,2})\s+(Farvardin|Ordibehesht|Khordad|Tir|A?mordad|Shahrivar|Mehr|Aban|Azar|Dey|Bahman|"
                      r"Esfand)(?:,?\s+(?:of\s+)?(1[34]\d\d)\b|\s+of\s+(last|this)\s+year\b)?")


def _persian(text: str, found: list[DateMention], published: Optional[date]) -> list[DateMention]:
    """Solar Hijri dates turned Gregorian (jdatetime); a day and month without a year is the
    latest on or before publication ("of last year": the year before the publication's)."""
    import jdatetime

    out = list(found)
    for m in _PERSIAN.finditer(text):
        # the Persian date is the whole phrase ("10 Esfand of last year": not "last year")
        out = [d for d in out if not (d.start < m.end() and m.start() < d.end)]
        day, month = int(m.group(1)), _PERSIAN_MONTHS.index(m.group(2).lower().replace("amordad", "mordad")) + 1
        if m.group(3):
            year = int(m.group(3))
        elif published is not None:
            year = jdatetime.date.fromgregorian(date=published).year - (1 if m.group(4) == "last" else 0)
        else:
            continue
        try:
            g = jdatetime.date(year, month, day).togregorian()
        except ValueError:
            continue
        if not m.group(3) and not m.group(4) and published is not None and (g - published).days > 3:
            g = jdatetime.date(year - 1, month, day).togregorian()
        # (kind "iso": resolved in full here, not re-read against the Gregorian years around it)
        out.append(DateMention(m.start(), m.end(), m.group(0), g.isoformat(), "day", "iso", ""))
    out.sort(key=lambda d: d.start)
    return out


_LATER = re.compile(r"\b(?:(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(year|month|week|day)s?\s+"
                    r"later|the\s+(?:next|following)\s+(day|morning|night|week|month|year))\b", re.I)


def _later(text: str, found: list[DateMention]) -> list[DateMention]:
    """"A year later, gunmen killed 86 in Seytenga", "the next day": counted from the last date
    the text named before, at that date's precision (never finer)."""
    if not _LATER.search(text):
        return found
    out = list(found)
    for m in _LATER.finditer(text):
        if any(d.start <= m.start() < d.end for d in found):
            continue
        prev = [d for d in found if d.end <= m.start() and d.value and d.precision in ("day", "month", "year")]
        if not prev:
            continue
        p = prev[-1]
        if m.group(3):
            unit, n = {"morning": "day", "night": "day"}.get(m.group(3).lower(), m.group(3).lower()), 1
        else:
            from .extract.numbers import words_to_int
            w = m.group(1).lower()
            unit, n = m.group(2).lower(), 1 if w in ("a", "an", "one") else int(w) if w.isdigit() else (words_to_int(w) or 0)
        val = _shift(p.value, unit, n)
        if val is not None:
            out.append(DateMention(m.start(), m.end(), m.group(0), val, {10: "day", 7: "month", 4: "year"}[len(val)],
                                   "anaphor", ""))
    out.sort(key=lambda d: d.start)
    return out


def _shift(value: str, unit: str, n: int) -> Optional[str]:
    """``value`` (YYYY, YYYY-MM or YYYY-MM-DD) moved ``n`` units later, at its own precision;
    None where the unit is finer than the value ("a day later" than a month)."""
    y = int(value[:4])
    if unit == "year":
        if len(value) == 10:
            d = _safe_date(y + n, int(value[5:7]), int(value[8:10]))
            return d.isoformat() if d else None
        return f"{y + n:04d}" + value[4:]
    if len(value) == 4:
        return None
    mo = int(value[5:7])
    if unit == "month":
        yy, mm = divmod(y * 12 + mo - 1 + n, 12)
        if len(value) == 7:
            return f"{yy:04d}-{mm + 1:02d}"
        d = _safe_date(yy, mm + 1, int(value[8:10]))
        return d.isoformat() if d else None
    if len(value) == 7:
        return None
    days = {"week": 7, "day": 1}[unit] * n
    return (date.fromisoformat(value) + timedelta(days=days)).isoformat()


#: "the town's Sunday market", "Friday prayers", "Sunday mass": a day that names something
_NAMED_DAY_AFTER = re.compile(r"(?:['’]s)?\s+(?:market|markets|bazaar|mass|service|services|prayers?|school|fair)\b", re.I)
_ZONE_TIME_BEFORE = re.compile(r"\(\s*\d{1,2}:?\d\d\s*(?:GMT|UTC)\s+(?:on\s+)?$")
_ANY_DAY_BEFORE = re.compile(r"\b(?:a|an|every|each)\s+$", re.I)
_HOLIDAY_BEFORE = re.compile(r"\b(?:Palm|Easter|Trinity|Bloody|Black|Good|Holy|Ash|Maundy|Whit|Super|Cyber|Low)\s+$")


_THAT_DAY = re.compile(r"\b(?:that|the\s+same)\s+(?:day|night|morning|afternoon|evening)\b", re.I)


#: the rest of a line that tells a death after the attack or a toll's rise
_LATER_DEATH_LINE = re.compile(r"[^\n]{0,120}?\b(?:dies|died|succumbs|succumbed|toll)\b", re.I)


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _that_day(text: str, found: list[DateMention]) -> list[DateMention]:
    """'Russia launched 242 drones that night': the night of the last day the text named."""
    if not _THAT_DAY.search(text):
        return found
    out = list(found)
    for m in _THAT_DAY.finditer(text):
        if any(d.start <= m.start() < d.end for d in found):
            continue
        prev = [d for d in found if d.end <= m.start() and d.precision == "day" and d.value
                and d.kind in ("iso", "numeric", "dmy", "mdy", "weekday")]
        if prev:
            # "that night": the last night the text named ("in the early hours of Sunday"), not the
            # Wednesday of a later toll said in between
            nights = [d for d in prev if "night" in m.group(0).lower() and (d.modifier == "overnight" or re.search(
                r"night|early\s+hours|overnight|dawn|\b[0-4](?::\d\d)?\s*a\.?m\b|\b0[0-4][:.]\d\d\b",
                text[max(0, d.start - 25):d.end + 10], re.I))]     # (small hours: "shortly before 4 a.m. on Wednesday")
            # (nor the day of a later death: "Monday 17 May, 02:15 - A woman dies in hospital, bringing the toll to 12")
            # (but "wounded in the early hours of Saturday, one ... died in hospital that evening": the same line's day)
            attack = [d for d in (nights or prev) if not _LATER_DEATH_LINE.match(text, d.end, _line_end(text, d.end))
                      or m.start() < _line_end(text, d.end)]
            p = (attack or nights or prev)[-1]
            out.append(DateMention(m.start(), m.end(), m.group(0), p.value, "day", "anaphor", ""))
    out.sort(key=lambda d: d.start)
    return out


def _year_from_context(text: str, found: list[DateMention]) -> list[DateMention]:
    """'In March 2024 the city suffered two strikes ... on 15 March': a day without a year takes
    the year of the same month named with its year shortly before (same sentence or the one before)."""
    out = []
    for i, d in enumerate(found):
        if d.kind == "holiday" and d.value and not _YEAR.search(d.text):
            # "24 December 2022, Kherson city: shelling ... on Christmas Eve": that year's
            prev = next((p for p in reversed(found[:i]) if d.start - p.end <= 300 and p.value and
                         _YEAR.search(p.text) and p.value[5:] == d.value[5:]), None)
            if prev is not None:
                d = DateMention(d.start, d.end, d.text, prev.value, d.precision, d.kind, d.modifier)
        if d.kind in ("dmy", "mdy") and d.value and not _YEAR.search(d.text):
            for prev in reversed(found[:i]):
                if d.start - prev.end > 300:
                    break
                if prev.value and _YEAR.search(prev.text) and prev.value[5:7] == d.value[5:7] \
                        and prev.value[:4] != d.value[:4]:
                    d = DateMention(d.start, d.end, d.text, prev.value[:4] + d.value[4:], d.precision, d.kind,
                                    d.modifier)
                    break
        out.append(d)
    return out


_LAST_YEAR = re.compile(r"\s*,?\s*(last|this)\s+year\b", re.I)


def _last_year(text: str, found: list[DateMention], published: Optional[date]) -> list[DateMention]:
    """'On 9 June last year': that day a year before the publication's year, one mention."""
    out, skip = [], None
    for d in found:
        if skip is not None and skip[0] <= d.start < skip[1]:
            continue                       # the "last year" already folded into the date
        m = _LAST_YEAR.match(text, d.end)
        if m and published and d.value and d.kind in ("dmy", "mdy", "my") and not re.search(r"(19|20)\d\d", d.text):
            year = published.year - (1 if m.group(1).lower() == "last" else 0)
            d = DateMention(d.start, m.end(), text[d.start:m.end()], f"{year:04d}{d.value[4:]}",
                            d.precision, d.kind, d.modifier)
            skip = (d.start, d.end)
        out.append(d)
    return out


def _matches(kind: str, pat: re.Pattern, text: str, caps=()):
    """``pat.finditer(text)``, but tried only where the phrase's month or weekday stands:
    a pattern that begins with optional words is slow to scan from every position."""
    if kind == "year":
        for y in _YEAR.finditer(text):
            b = _YEAR_BACK.search(text, max(0, y.start() - 12), y.start())
            if b is not None:
                m = pat.match(text, b.start())
                if m is not None:
                    yield m
        return
    if kind == "relative":
        last = 0
        for w in _REL_WORD.finditer(text):
            if w.start() < last:
                continue
            m = pat.search(text, max(last, w.start() - 20), min(len(text), w.end() + 20))
            while m is not None and m.end() <= w.start():   # a phrase before the cue: take the next
                m = pat.search(text, m.end(), min(len(text), w.end() + 20))
            if m is not None and m.start() <= w.start() < m.end():
                last = m.end()
                yield m
        return
    anchor = _ANCHOR.get(kind)
    if anchor is None:
        yield from pat.finditer(text)
        return
    back = _LOOKBACK.get(kind)
    for p, word in caps:
        if word not in anchor:
            continue
        start = p
        if back is not None:
            w = text[max(0, p - 40):p]
            b = back.search(w)
            p -= len(w) - b.start() if b else 0
        m = pat.match(text, p)
        if m is None and p != start:
            m = pat.match(text, start)
        if m is not None:
            yield m


def _item_day(a: int, b: int, published: Optional[date]) -> Optional[date]:
    """A log item's "a/b": the day and month, either way round, that falls last on or before the
    publication (within a year)."""
    if published is None:
        return None
    cands = [d for d in (_safe_date(published.year, b, a), _safe_date(published.year - 1, b, a),
                         _safe_date(published.year, a, b), _safe_date(published.year - 1, a, b))
             if d is not None and d <= published + timedelta(days=1)]
    return max(cands) if cands else None


def _resolve(kind: str, m: re.Match, published: Optional[date]) -> Optional[DateMention]:
    s, e, txt = m.start(), m.end(), m.group(0)
    val, prec, mod = None, "day", ""
    if kind == "iso":
        d = _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if d is None:
            return None
        val = d.isoformat()
    elif kind == "item_dm":
        d = _item_day(int(m.group(1)), int(m.group(2)), published)
        if d is None:
            return None
        s, val, txt = m.start(1), d.isoformat(), m.group(0)[m.start(1) - m.start():]
    elif kind == "numeric":
        a, b, y = int(m.group(1)), int(m.group(3)), int(m.group(4))
        d = _numeric(a, m.group(2), b, y)
        if d is None:
            return None
        if published is not None and a <= 12 and b <= 12 and a != b:
            # an ambiguous day/month whose default reading falls after publication: the other one
            # ("3/12/2015" in an article of 13 March 2015 is 12 March, not 3 December)
            other = _safe_date(y, b, a) if d == _safe_date(y, a, b) else _safe_date(y, a, b)
            if d > published and other is not None and other <= published:
                d = other
        val = d.isoformat()
    elif kind in ("dmy", "mdy"):
        if kind == "dmy":
            day, mon, yr = int(m.group(1)), MONTHS[m.group(2).lower().rstrip(".")], m.group(3)
        else:
            mon, day, yr = MONTHS[m.group(1).lower().rstrip(".")], int(m.group(2)), m.group(3)
            if m.group(1).lower().startswith("may") and not yr and not m.group(1)[0].isupper():
                return None
        if not 1 <= day <= 31:
            return None
        y = int(yr) if yr else year_for(mon, day, published)
        d = _safe_date(y, mon, day) if y else None
        val = d.isoformat() if d else None
    elif kind == "my":
        mod = (m.group(1) or "").lower()
        word = m.group(2)
        if word.lower().startswith("may") and mod == "of" and not m.group(3) and \
                re.search(r"\bmonth\s+$", m.string[max(0, m.start() - 8):m.start()], re.I):
            mod = "in"   # "in the month of May" (translated)
        if word[0].islower() or (word.lower().startswith("may") and not m.group(3) and mod not in ("last", "in", "since", "early", "late", "mid", "mid-")):
            return None  # "may" the verb; a bare "May" needs a cue
        if word.lower().rstrip(".") in ("mar", "jan", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "feb", "apr", "sept") and not m.group(3):
            return None  # a bare abbreviation is too often something else
        mon = MONTHS[word.lower().rstrip(".")]
        if m.group(3):
            y = int(m.group(3))
        elif published is None:
            y = None
        else:
            y = published.year if mon <= published.month else published.year - 1
            if mod == "last" and mon >= published.month:
                y = published.year - 1
        val = f"{y:04d}-{mon:02d}" if y else None
        prec = "month"
    elif kind == "weekday":
        mod = (m.group(1) or "").lower()
        wd = WEEKDAYS[m.group(2).lower()]
        if published is not None:
            d = _weekday_before(wd, published)
            if mod == "last" and (published - d).days <= 1:
                d -= timedelta(days=7)      # "last Saturday" said on a Sunday: the week before, not yesterday
            val = d.isoformat()
    elif kind == "relative":
        w = txt.lower()
        mod = w
        if published is not None:
            if w == "earlier this month":
                val, prec = f"{published.year:04d}-{published.month:02d}", "month"
            elif re.fullmatch(r"the\s+day\s+before\s+yesterday", w):
                val = (published - timedelta(days=2)).isoformat()
            elif w in ("yesterday", "the day before", "the previous day"):
                val = (published - timedelta(days=1)).isoformat()
            elif re.search(r"days\s+after(?:\s+(?:a|an))?$", w):
                # "Four days after a bomb tore through the market, the toll has risen to 16": that day
                from .extract.numbers import words_to_int
                first = w.split()[0]
                n = int(first) if first.isdigit() else (words_to_int(first) or 0)
                val = (published - timedelta(days=n)).isoformat()
            elif w.endswith("hours ago"):
                # "a little more than 48 hours ago": the day that many hours back
                first = w.split()[0]
                hours = int(first) if first.isdigit() else {"twenty-four": 24, "forty-eight": 48,
                                                             "seventy-two": 72}.get(first, 0)
                val = (published - timedelta(days=hours // 24)).isoformat()
            elif w.endswith("days ago"):
                from .extract.numbers import words_to_int
                n = words_to_int(w.split()[0]) or int(w.split()[0]) if w.split()[0].isdigit() else words_to_int(w.split()[0])
                val = (published - timedelta(days=n or 0)).isoformat()
            elif re.search(r"\b(?:months?|weeks?)\s+(?:ago|earlier|before|after)", w):
                # "three months ago", "comes three months after a raid ...": that month (week)
                from .extract.numbers import words_to_int
                first = w.split()[0]
                n = 1 if first in ("a", "one") else int(first) if first.isdigit() else (words_to_int(first) or 0)
                if "month" in w:
                    y, mo = divmod(published.year * 12 + published.month - 1 - n, 12)
                    val, prec = f"{y:04d}-{mo + 1:02d}", "month"
                else:
                    val, prec = (published - timedelta(days=7 * n)).isoformat(), "week"
            elif w.endswith("weekend"):
                # the Saturday of the weekend before publication ("last weekend's attack")
                back = (published.weekday() - 5) % 7 or (7 if w == "last weekend" else 0)
                val = (published - timedelta(days=back)).isoformat()
            elif w in ("last week", "earlier this week", "this week"):
                val = (published - timedelta(days=7 if w == "last week" else 3)).isoformat()
                prec = "week"
            elif w == "last month":
                pm = published.replace(day=1) - timedelta(days=1)
                val, prec = f"{pm.year:04d}-{pm.month:02d}", "month"
            elif w == "last year":
                val, prec = f"{published.year - 1:04d}", "year"
            else:
                val = published.isoformat()
        if w in ("last month", "earlier this month") or re.search(r"\bmonths?\s", w):
            prec = "month"
        elif re.search(r"\bweeks?\s+(?:ago|earlier|before|after)", w):
            prec = "week"
        elif w == "last year":
            prec = "year"
    elif kind == "holiday":
        name = " ".join(m.group(1).lower().replace("’", "'").split())
        mon, day = HOLIDAYS[name]
        yr = m.group(2) or m.group(3)
        if name == "christmas" and not yr and not re.search(r"\b(?:on|over|at|before|after|since|during|until|by|"
                                                            r"this|last)\s+$", m.string[max(0, s - 8):s], re.I):
            return None     # "the Christmas market": no day
        y = int(yr) if yr else year_for(mon, day, published)
        d = _safe_date(y, mon, day) if y else None
        val = d.isoformat() if d else None
    elif kind == "year":
        val, prec = m.group(1), "year"
        mod = txt.split()[0].lower()
    return DateMention(s, e, txt, val, prec if val else None, kind, mod)


# ---- publication date -------------------------------------------------------------------

_DATELINE_NOISE = re.compile(
    r"(?i)\b(published|posted|updated|last updated|on|at|gmt|utc|cet|cest|est|edt|bst|eet|eest|"
    r"local time|moscow time|kyiv time|a\.?m\.?|p\.?m\.?|am|pm)\b|\d{1,2}:\d{2}|[|,()\u2014\u2013-]")


_GLUED_TIME = re.compile(r"\b((?:19|20)\d\d)(\d{1,2}:\d\d)")


#: month names of the outlets machine translations come from, as their mastheads keep them
#: ("Dimanche 6 décembre 2026", "13 de octubre de 2026", "6. Dezember 2026", "6 Aralık 2026")
FOREIGN_MONTHS = {
    **dict.fromkeys(("janvier", "enero", "janeiro", "gennaio", "januar", "jänner", "ocak"), 1),
    **dict.fromkeys(("février", "fevrier", "febrero", "fevereiro", "febbraio", "februar", "şubat", "subat"), 2),
    **dict.fromkeys(("mars", "marzo", "março", "marco", "märz", "maerz", "mart"), 3),
    **dict.fromkeys(("avril", "abril", "aprile", "nisan"), 4),
    **dict.fromkeys(("mai", "mayo", "maio", "maggio", "mayıs", "mayis"), 5),
    **dict.fromkeys(("juin", "junio", "junho", "giugno", "juni", "haziran"), 6),
    **dict.fromkeys(("juillet", "julio", "julho", "luglio", "juli", "temmuz"), 7),
    **dict.fromkeys(("août", "aout", "agosto", "ağustos", "agustos"), 8),
    **dict.fromkeys(("septembre", "septiembre", "setiembre", "setembro", "settembre", "eylül", "eylul"), 9),
    **dict.fromkeys(("octobre", "octubre", "outubro", "ottobre", "oktober", "ekim"), 10),
    **dict.fromkeys(("novembre", "noviembre", "novembro", "kasım", "kasim"), 11),
    **dict.fromkeys(("décembre", "decembre", "diciembre", "dezembro", "dicembre", "dezember", "aralık", "aralik"), 12),
}
_FOREIGN_DATE = re.compile(r"(?<!\w)(\d{1,2})(?:er|º|°|\.)?\s+(?:de\s+)?([^\W\d_]{3,10})\.?\s+(?:de\s+)?((?:19|20)\d\d)\b")


def _foreign_date(line: str) -> Optional[date]:
    """A masthead's date in French, Spanish, Portuguese, Italian, German or Turkish."""
    for m in _FOREIGN_DATE.finditer(line):
        month = FOREIGN_MONTHS.get(m.group(2).lower())
        a = max(line.rfind(sep, 0, m.start()) for sep in "|\u00b7\u2022") + 1
        b = min((i for i in (line.find(sep, m.end()) for sep in "|\u00b7\u2022") if i >= 0), default=len(line))
        if month is not None and len(re.findall(r"[^\W\d_]{3,}", line[a:m.start()] + " " + line[m.end():b])) <= 3:
            try:
                return date(int(m.group(3)), month, int(m.group(1)))
            except ValueError:
                return None
    return None


def parse_dateline(line: str) -> Optional[date]:
    """The date of a line that is (mostly) a date: a dateline, not a sentence."""
    line = _GLUED_TIME.sub(r"\1 \2", line.strip())     # "August 12, 20245:48 PM" as pages are copied
    head = re.split(r"(?<=(?:19|20)\d\d)\.\s+", line, maxsplit=1)
    if len(head) > 1 and len(head[0]) <= 40 and not re.match(r"(?i)(?:on|in|since|by|until|from|before|after)\b", head[0]):
        # "Sunday 26 November 2028. All times Moscow (UTC+3). Newest entries at the bottom.": its first sentence
        d = parse_dateline(head[0])
        if d is not None:
            return d
    if not line or len(line) > 90:
        return None
    fields = re.split(r"\s*[|\u00b7\u2022]\s*", line)
    if len(fields) > 1:
        # "Reporting period: 26 April - 2 May 2026 | Published: 4 May 2026": the field that says so
        for f in fields:
            if _PUBLISHED_FIELD.match(f):
                d = parse_dateline(f)
                if d is not None:
                    return d
    mentions = [d for d in find_dates(line) if d.kind in ("iso", "numeric", "dmy", "mdy") and d.value]
    if not mentions and _UPPER_MONTH.search(line):
        # a masthead in capitals: "NEWSNIGHT AT 7 | MONDAY 14 APRIL 2031"
        mentions = [d for d in find_dates(_UPPER_MONTH.sub(lambda m: m.group(0).capitalize(), line))
                    if d.kind in ("dmy", "mdy") and d.value]
    if not mentions:
        foreign = _foreign_date(line)
        if foreign is not None:
            return foreign
        mentions = [d for d in find_dates(line, date(2100, 1, 1)) if d.kind in ("dmy", "mdy")]
        if mentions and not re.search(r"(19|20)\d\d", mentions[0].text):
            return None
    if not mentions or not mentions[0].value:
        return None
    m0 = mentions[0]
    # a masthead line's other fields ("13/10/2026 09:15 | DIÁRIO DO ATLÂNTICO | Communities") are its own
    a = max(line.rfind(sep, 0, m0.start) for sep in "|\u00b7\u2022") + 1
    b = min((i for i in (line.find(sep, m0.end) for sep in "|\u00b7\u2022") if i >= 0), default=len(line))
    rest = line[a:m0.start] + " " + line[m0.end:b]
    rest = _DATELINE_NOISE.sub(" ", rest)
    rest = re.sub(rf"(?i)\b{_WD}\b|\b(mon|tue|tues|wed|thu|thurs|fri|sat|sun)\b\.?", " ", rest)
    words = re.findall(r"[A-Za-z]{3,}", rest)
    if len(words) > 3:            # a sentence that happens to hold a date
        return None
    return date.fromisoformat(mentions[0].value)


#: a month's or a weekday's full name in capitals (the first twelve and seven keys of MONTHS and WEEKDAYS)
_UPPER_MONTH = re.compile(r"\b(?:" + "|".join(w.upper() for w in [*list(MONTHS)[:12], *list(WEEKDAYS)[:7]]) + r")\b")
_PUBLISHED_FIELD = re.compile(r"\s*(?:published|posted|updated|issued|date|dated)\b", re.I)
_US = re.compile(r"\b(?:defense|center|centers|neighbor\w*|color\w*|honor\w*|kilometers|meters|"
                 r"organiz\w+|recogniz\w+|a\.m\.|p\.m\.|EDT|EST|PDT|PST|CDT|Sept\.)(?!\w)")
_UK = re.compile(r"\b(?:defence|centre|centres|neighbour\w*|colour\w*|honour\w*|kilometres|metres|"
                 r"organis\w+|recognis\w+|GMT|BST|CET|CEST|EET|EEST)\b")


_MONTH_NAMES = "|".join(sorted(_MONTH_WORDS))
#: a day of a month without a year ("on July 10", "10 July"): the evidence for a dateline's reading
_DAY_OF_MONTH = re.compile(rf"\b(?:({_MONTH_NAMES})\s+\d{{1,2}}|\d{{1,2}}\s+({_MONTH_NAMES}))\b(?!,?\s+(?:19|20)\d\d)")


def _ambiguous_numeric(line: str, d: date, text: str) -> date:
    """For a dateline like 04/09/2022 (either 4 September or 9 April), take the reading a
    weekday in the line agrees with, else the one the article's spelling suggests (US
    "defense", "p.m." -> month first; British "defence", "GMT" -> day first)."""
    m = re.search(r"\b(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d\d)\b", line)
    if not m or int(m.group(1)) > 12 or int(m.group(3)) > 12 or m.group(1) == m.group(3):
        return d
    if m.group(2) == ".":      # 14.07.2024: dots are day first; "/" and "-" vary (06-12-2025 in Lahore)
        return d
    other = _safe_date(d.year, d.day, d.month)
    if other is None:
        return d
    wd = re.search(rf"\b({_WD})\b", line)
    if wd:
        want = WEEKDAYS[wd.group(1).lower()]
        return d if d.weekday() == want else other if other.weekday() == want else d
    us, uk = len(_US.findall(text)), len(_UK.findall(text))
    month_first = _safe_date(int(m.group(4)), int(m.group(1)), int(m.group(3)))
    day_first = _safe_date(int(m.group(4)), int(m.group(3)), int(m.group(1)))
    # weekdays the article names are mostly the last few days before it: the reading that
    # puts them closest wins ("on Friday ... rose to 20 on Sunday" under a Sunday dateline)
    # months the article names are mostly its own or the ones just before ("on July 10" under
    # 07-12-2023): the reading that puts them closest wins; a month behind weighs more than the
    # days of a weekday's spread ("The 5 September attack", "last Saturday's" under 11-09-2026)
    wds = [WEEKDAYS[w.lower()] for w in re.findall(rf"\b({_WD})\b", text)]
    mons = [MONTHS[(a or b).lower()] for a, b in _DAY_OF_MONTH.findall(text)]
    if (wds or mons) and month_first and day_first:
        def evidence(p):
            return sum((p.weekday() - w) % 7 for w in wds) + 10 * sum(min((p.month - mo) % 12, 6) for mo in mons)
        a, b = evidence(month_first), evidence(day_first)
        if a != b:
            return month_first if a < b else day_first
    if m.group(2) == "-":
        return d        # a dashed date without such evidence keeps the month-first default
    if us > uk:
        return month_first or d
    if uk > us:
        return day_first or d
    return d


_WIRE = re.compile(r"^\s*[^\W\d_a-z](?:[^\W\d_]|[ .'’-]){1,40}(?:,\s*[^\W\d_a-z](?:[^\W\d_]|[ .'’-]){1,30})?,\s*"
                   r"(?P<date>[^()\u2014\u2013]{6,40}?)\s*"      # ("SAN JOSÉ, March 21, 2033 (Isthmus Press Agency) -")
                   r"(?:\([^)]{1,60}\)\s*)?(?:\.?[-\u2014\u2013]{1,2}|[.:])\s"
                   # a rights group's "(Berlin, 5 July 2030) - Tajik security forces ..."
                   r"|^\s*\([A-Z][A-Za-z .'’-]{1,40},\s*(?P<pdate>[^()]{6,40}?)\)\s*[-\u2014\u2013]{1,2}\s")


#: a segment that opens with its date ("Friday 26 November 2027", "26 November 2027", "Nov. 26, 2027")
_DATE_FIRST = re.compile(rf"\s*(?:\d|{_WD}\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)", re.I)


def _first_lines(text: str, chars: int) -> list[str]:
    """The non-empty lines of the first ``chars`` characters."""
    return [ln for ln in text[:chars].split("\n") if ln.strip()]


def _wire_date(line: str) -> Optional[str]:
    """The date words of a wire dateline ("KYIV, April 24, 2025 (Outlet) -", "(Berlin, 5 July 2030) -")."""
    w = _WIRE.match(line)
    return (w.group("date") or w.group("pdate")) if w else None


_ORIGINAL_OF = re.compile(r"(?i)\b(?:original(?:ly\s+published)?|source)\s*:\s*[^\]\n]{1,80}?,\s*([^.,\]\n]{6,30}?(?:,\s*(?:19|20)\d\d)?)"
                          r"\s*[.\]]")


_ORIGINAL_NUMERIC = re.compile(r"(?i)\boriginal\s*:[^\]\n]{1,200}?,\s*(\d{1,2}\.\d{1,2}\.(?:19|20)\d\d)(?:,\s*\d{1,2}:\d\d)?\s*[.\]]")


def find_publication_date(text: str) -> Optional[date]:
    """The publication date in the first lines of an article, if it carries one (a
    dateline line, "Published ...", or a wire dateline "KYIV, April 24, 2025 (Outlet) -")."""
    lines = _first_lines(text, 2000)[:8]
    for ln in lines:
        said = _wire_date(ln)
        if said:
            d = parse_dateline(said)
            if d is not None:
                return _ambiguous_numeric(said, d, text)    # "MOSCOW, 08/12/2026 (ENW) —"
        d = parse_dateline(ln)
        if d is not None:
            return _ambiguous_numeric(ln, d, text)
        m = _ORIGINAL_OF.search(ln) or _ORIGINAL_NUMERIC.search(ln)
        # "[Machine translation from Tamil. Original: Kizhakku Kural online, 14 January 2033.]", "[... Original: Telegram
        # channel of the Ministry ..., Press and Information, 13.02.2037, 09:15]"
        d = parse_dateline(m.group(1)) if m else None
        if d is not None:
            return d
        m = re.match(r"(?i)\s*(published|posted|first published|date)\s*:?\s*(on\s+)?(.{6,60})", ln) or \
            re.search(r"(?i)[|\u00b7\u2022]\s*(published|posted|updated|issued)\s*:?\s*(on\s+)?(.{6,60})", ln)
        if m:
            d = parse_dateline(m.group(3))
            if d is None:
                d = _dateparser(m.group(3))
            if d is not None:
                return d
    # a header line that names its date among other words: "Text version of the 18:00 news bulletin,
    # Thursday 12 August 2027" (a segment of its own, in the first lines, no sentence)
    for ln in lines[:3]:
        if ln.rstrip().endswith((".", "!", "?")) or len(ln.split()) > 16 and not (
                "|" in ln and _DATE_FIRST.match(ln)):
            continue    # (but "Tuesday 23 March 2038 - 14:02 GMT | By APW with correspondents in Bamako and Mopti | ...")
        segs = re.split(r"\s*[,;|\u00b7\u2022]\s*|\s+[-\u2013\u2014]\s+", ln)
        # ("Friday 26 November 2027 - a weekly round-up from Eastern Desk": the date opens the line)
        first = segs[:1] if len(segs) > 1 and _DATE_FIRST.match(segs[0]) else []
        for seg in segs[1:] + first:
            d = parse_dateline(seg)
            if d is not None and re.search(r"(?:19|20)\d\d", seg):
                return d
    # a saved page's byline date under its menus and cookie banner ("18 May 2030 - 08:12"): a short
    # line that is only a date with its year, further down
    for ln in _first_lines(text, 3000)[8:18]:
        if len(ln) <= 40 and re.search(r"(?:19|20)\d\d", ln) and _DATE_FIRST.match(ln):
            d = parse_dateline(ln)
            if d is not None:
                return _ambiguous_numeric(ln, d, text)
    return None


def wire_month_day(text: str) -> Optional[tuple[int, int]]:
    """(month, day) of a wire dateline that gives no year ("CONAKRY, Feb 14 (Outlet) - ..."), in the
    first lines; None when there is none, or it gives its year."""
    for ln in _first_lines(text, 2000)[:8]:
        said = _wire_date(ln)
        if not said or re.search(r"(?:19|20)\d\d", said):
            continue
        ms = [d for d in find_dates(said, date(2100, 1, 1)) if d.kind in ("dmy", "mdy") and d.value]
        if ms:
            d = date.fromisoformat(ms[0].value)
            return d.month, d.day
    return None


def _dateparser(s: str) -> Optional[date]:
    try:
        import dateparser
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    parsed = dateparser.parse(s, languages=["en"], settings={"REQUIRE_PARTS": ["day", "month", "year"]})
    return parsed.date() if parsed else None
