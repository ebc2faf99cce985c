"""Each Ukrainian or Russian figure's event date and place, its source and claimant.

Date: the sentence's own date (the nearest before the figure, else after), else the one the
paragraph set, else the article's main event (the overnight date of the lead, else its
earliest day, else the publication date). Counts over a period ("за тиждень", "с начала года")
have no date; a front-wide daily summary ("в зоне СВО за сутки") has the statement's day and no
place.

Place: a place where things happened (:func:`.context.locative`) in the figure's clause, then
(for a list item) the one after it, then the nearest before it in the sentence, then the
paragraph's, then the main event's. "області"/"регионе" alone is the main place's region; two or
more regions listed together ("над Одещиною та Миколаївщиною") stand for their country.
"""
from __future__ import annotations

from bisect import bisect_left
from typing import Optional

from ...records import Record
from ..linker import contains
from .context import claim, locative, source_of
from .figures import clause_segments, terms_of
from .lexicon import load

COUNTRY_NAMES = {"UA": "Ukraine", "RU": "Russia", "BY": "Belarus", "MD": "Moldova"}
#: plural case endings of "області", "регіони": several regions, so their country
PLURAL_ENDS = ("ами", "ями", "ах", "ях", "ам", "ям", "ей", "ов", "ів")
_LEVEL = {"landmark": 0, "district": 0, "city": 1, "region": 2, "country": 3}


class _Anaphor:
    """A resolved "області": behaves like a geocoded place for the linker."""

    def __init__(self, p, geocode):
        self.start, self.end, self.token, self.last_token = p.start, p.end, p.token, p.last_token
        self.geocode, self.group, self.kind = geocode, -1, "anaphora"


class Linker:
    def __init__(self, text, tokens, body, dates, places, anaphora, phrases, gaz, published, heads=()):
        self.text, self.tokens, self.body, self.gaz, self.published = text, tokens, body, gaz, published
        # a headline above the dateline ("Авіаудар по Краматорську") says where as well as the lead
        self.heads = [h for h in heads if len(h.text) >= 20]
        self.dates = [d for d in dates if d.value or d.kind == "period"]
        self.phrases = phrases
        self.places = places
        self._groups()
        self.loc = [p for p in places if locative(tokens, p)]
        self.main_date = self._main_date()
        self.main_place = self._main_place()
        region = self._main_region()
        country = self._main_country()
        for a in anaphora:      # "в області": the article's region; "над регіонами країни": its country
            g = country if a.surface and a.surface.lower().endswith(PLURAL_ENDS) else region
            if g is not None and locative(tokens, a):
                self.loc.append(_Anaphor(a, g))
        self.loc += self._areas()
        self.loc.sort(key=lambda p: p.start)
        self._loc_starts = [p.start for p in self.loc]
        self.para, self.para_date, self.para_place = -1, None, None
        self._layout_of = (-1, {}, [])

    # ---- places ----------------------------------------------------------------------
    def _groups(self):
        """Places listed together ("Бєлгородською, Курською та Брянською", "Одещиною та
        Миколаївщиною") share a group number."""
        from .places import GLUE
        for a, b in zip(self.places, self.places[1:]):
            between = self.tokens[a.last_token + 1:b.token]
            if between and all(t.low in GLUE for t in between) and a.geocode.precision == b.geocode.precision \
                    and "sea" not in (a.kind, b.kind):
                b.group = a.group if a.group >= 0 else a.token
                a.group = b.group

    def _in(self, items_starts, items, s, e):
        return items[bisect_left(items_starts, s):bisect_left(items_starts, e)]

    def _main_place(self):
        lead = self.heads[-1:] + self.body[:5]
        starts = [p.start for p in self.loc]
        for i, s in enumerate(lead):
            here = [p for p in self._in(starts, self.loc, s.start, s.end) if getattr(p, "kind", "") != "sea"]
            if not here:
                continue
            best = max(here, key=lambda p: (-_LEVEL.get(p.geocode.precision, 3), -p.start))
            if best.geocode.precision in ("region", "country"):
                for s2 in lead[i + 1:i + 3]:
                    finer = [p for p in self._in(starts, self.loc, s2.start, s2.end)
                             if contains(best, p)]
                    if finer:
                        return finer[0]
            return best
        # no place in the lead where things happened: the town its heading names ("Міський голова
        # Хмельницького", a city mayor's channel)
        starts = [p.start for p in self.places]
        for s in self.heads[-1:] + self.body[:2]:
            towns = [p for p in self._in(starts, self.places, s.start, s.end)
                     if p.geocode is not None and p.geocode.precision == "city"]
            if towns:
                return towns[0]
        return None

    def _main_region(self):
        m = self.main_place
        if m is None or self.gaz is None:
            return None
        g = m.geocode
        if g.precision == "region":
            return g
        name = g.admin1 if g.precision == "city" else None
        if g.precision == "district" and g.parent:
            city = self.gaz.lookup(g.parent, countries=(g.country,), fuzzy=False)
            name = city.admin1 if city is not None else None
            name = name or g.admin1
        return self.gaz.lookup(name, countries=(g.country,), fuzzy=False) if name else None

    def _main_country(self):
        m = self.main_place
        if m is None or self.gaz is None or not m.geocode.country:
            return None
        return self.gaz.lookup(COUNTRY_NAMES.get(m.geocode.country, m.geocode.country), fuzzy=False)

    def _areas(self):
        """"по українських містах", "у кількох областях": the country, where things happened."""
        out = []
        for a, b, kind, value in self.phrases:
            if kind == "area" and self.gaz is not None:
                g = self.gaz.lookup(value, fuzzy=False)
                if g is not None:
                    t0, t1 = self.tokens[a], self.tokens[b]
                    out.append(_Anaphor(type("Span", (), {"start": t0.start, "end": t1.end, "token": a,
                                                          "last_token": b})(), g))
        return out

    def _country(self, p):
        """A place listed with others of its kind stands for what holds them all: towns of one
        region for the region ("у Покровську та Костянтинівці"), else their country."""
        if p.group < 0 or self.gaz is None:
            return p
        members = [q for q in self.places if q.group == p.group]
        if len(members) < 2:
            return p
        admin1 = {q.geocode.admin1 for q in members}
        parents = {q.geocode.parent for q in members}
        if p.geocode.precision == "district" and len(parents) == 1 and None not in parents:
            g = self.gaz.lookup(parents.pop(), countries=(p.geocode.country,), fuzzy=False)
            if g is not None and g.precision == "city":     # two districts of one city: the city
                return _Anaphor(p, g)
        if p.geocode.precision in ("city", "district") and len(admin1) == 1 and None not in admin1:
            g = self.gaz.lookup(admin1.pop(), countries=(p.geocode.country,), fuzzy=False)
            if g is not None and g.precision == "region":
                return _Anaphor(p, g)
        cc = p.geocode.country
        g = self.gaz.lookup(COUNTRY_NAMES.get(cc, cc), fuzzy=False) if cc else None
        return _Anaphor(p, g) if g is not None else p

    def _layout(self, s):
        """(segment of each token index, starts of the number tokens) of a sentence, once."""
        if self._layout_of[0] != s.index:
            seg_of = dict(zip((t.i for t in s.tokens), clause_segments(s.tokens)))
            self._layout_of = (s.index, seg_of, [t.start for t in s.tokens if t.pos0 == "NUM"])
        return self._layout_of[1], self._layout_of[2]

    def _figure_place(self, rec, f, s):
        here = self._in(self._loc_starts, self.loc, s.start, s.end)
        toks = s.tokens
        seg_of, num_starts = self._layout(s)
        my = seg_of[toks[f.num.i].i]
        same = [p for p in here if seg_of.get(p.token) == my]
        if self.text[max(0, f.start - 2):f.start].strip() == "(":
            # "в Харківській області (58), Сумській області (41)": each count its own region
            right = [p for p in self.places if p.geocode is not None and f.start - 4 <= p.end <= f.start]
            if right:
                return right[-1]
        if same:
            best = min(same, key=lambda p: abs(p.start - f.start))
            if getattr(best, "kind", "") == "sea":      # "над Крымом и Черным морем": the land listed with it
                from .places import GLUE
                land = [q for q in same if q.last_token < best.token and getattr(q, "kind", "") != "sea"
                        and all(t.low in GLUE for t in self.tokens[q.last_token + 1:best.token])]
                best = land[-1] if land else best
            return best
        after = here[bisect_left([p.start for p in here], f.end + 1):] if len(here) < 50 else \
            [p for p in here if p.start > f.end][:1]
        k = bisect_left(num_starts, f.end + 1)
        nxt = num_starts[k] if k < len(num_starts) else None
        if after and not rec.group and (nxt is None or after[0].start < nxt) and f.num.j + 1 < len(toks) \
                and not terms_of(toks[f.num.j + 1], load()):
            return after[0]
        before = [p for p in here if p.end <= f.start]
        if before:
            return before[-1]
        return self.para_place or self.main_place

    def _scope(self, s, f) -> Optional[str]:
        """war, period, front or front_day when a phrase of the sentence says so for this count:
        before it ("с начала года ... погибли более 20") or right after it ("погибли 7 за
        неделю"), not one that qualifies something else ("11 ракет — рекордное число с начала войны")."""
        def applies(start):
            return start < f.start or (start - f.end <= 25 and not any(
                c in self.text[f.end:start] for c in "—–-;:"))
        lo, hi = s.tokens[0].i, s.tokens[-1].i
        kinds = [v for a, b, k, v in self.phrases if k == "scope" and lo <= a <= hi
                 and applies(self.tokens[a].start)]
        for v in ("war", "period", "front"):
            if v in kinds:
                return v
        if any(d.kind == "period" and applies(d.start) for d in self.dates if s.start <= d.start < s.end):
            return "period"
        return "front_day" if "front_day" in kinds else None

    # ---- dates -----------------------------------------------------------------------
    def _main_date(self):
        days = []
        for s in self.body[:5]:
            days += [d for d in self.dates if s.start <= d.start < s.end and d.precision == "day"
                     and not _from_time(self.text, d)]
        night = [d for d in days if d.modifier == "overnight"]
        if night:
            return night[0].value, "day"
        if days:
            d = min(days, key=lambda d: d.value)
            return d.value, "day"
        # a monthly report ("у вересні в Україні загинули щонайменше 203 цивільні"): its month
        months = [d for s in self.heads[-1:] + self.body[:2] for d in self.dates
                  if s.start <= d.start < s.end and d.precision == "month" and d.value]
        if months:
            return months[0].value, "month"
        return (self.published.isoformat(), "day") if self.published else (None, None)

    def _sentence_dates(self, s):
        return [d for d in self.dates if s.start <= d.start < s.end and d.value and d.kind != "period"
                and not _from_time(self.text, d)]

    def place_and_date(self, rec: Record, f, s) -> None:
        if s.paragraph != self.para:
            self.para, self.para_date, self.para_place = s.paragraph, None, None
        scope = self._scope(s, f)
        if scope in ("war", "period"):
            rec.scope = "war"
            here = self._in(self._loc_starts, self.loc, s.start, s.end)
            if here:
                _put_place(rec, self._country(min(here, key=lambda p: abs(p.start - f.start))).geocode)
            return
        ds = self._sentence_dates(s)
        before = [d for d in ds if d.end <= f.start]
        d = before[-1] if before else (ds[0] if ds else None)
        if d is not None:
            rec.date, rec.date_precision = d.value, d.precision
        elif self.para_date is not None:
            rec.date, rec.date_precision = self.para_date.value, self.para_date.precision
        else:
            rec.date, rec.date_precision = self.main_date
        here = self._in(self._loc_starts, self.loc, s.start, s.end)
        if not here and rec.type == "weapon" and rec.source == "Ukraine's air force" and self.gaz is not None:
            g = self.gaz.lookup("Ukraine", fuzzy=False)     # the Air Force counts for the whole country
            if g is not None:
                _put_place(rec, g)
                return
        if scope in ("front", "front_day") and (scope == "front" or not here):
            if d is None and self.published:
                rec.date, rec.date_precision = self.published.isoformat(), "day"
            rec.extra["front_wide"] = True
            return
        p = self._figure_place(rec, f, s)
        if p is not None and p.geocode is not None:
            _put_place(rec, self._country(p).geocode)

    def after_sentence(self, s) -> None:
        if s.paragraph != self.para:
            self.para, self.para_date, self.para_place = s.paragraph, None, None
        ds = self._sentence_dates(s)
        if ds:
            self.para_date = ds[-1]
        here = self._in(self._loc_starts, self.loc, s.start, s.end)
        if here:   # the finest place the sentence located ("по центру Ізюма на Харківщині": Izium)
            finest = min(_LEVEL.get(p.geocode.precision, 3) for p in here)
            self.para_place = self._country([p for p in here if _LEVEL.get(p.geocode.precision, 3) == finest][-1])

    # ---- sources, roles ----------------------------------------------------------------
    def source(self, s, start, default):
        return source_of(self.phrases, s, start, default)

    def claim(self, rec: Record):
        return claim(rec.source, rec.evidence, rec.sentence)

    def role_of(self, s):
        lex = load()
        roles = [x[1] for t in s.tokens for x in terms_of(t, lex) if x[0] == "role"]
        return roles[-1] if roles else None

    # ---- records that are not figures ----------------------------------------------------
    def place_records(self, base, sents) -> list[Record]:
        out = []
        starts = [s.start for s in sents]
        for p in self.places:
            g = p.geocode
            i = bisect_left(starts, p.start + 1) - 1
            s = sents[i] if i >= 0 else None
            out.append(Record(type="place", **base, start=p.start, end=p.end, evidence=self.text[p.start:p.end],
                              sentence=s.text if s else "", sent_start=s.start if s else 0, name=g.name,
                              place=g.name, lat=g.lat, lon=g.lon, country=g.country, admin1=g.admin1,
                              precision=g.precision, gazetteer_id=g.gazetteer_id, kind=g.kind,
                              geocode_status="ok", confidence=0.8))
        return out

    def date_records(self, base, sents) -> list[Record]:
        out = []
        starts = [s.start for s in sents]
        for d in self.dates:
            if not d.value:
                continue
            i = bisect_left(starts, d.start + 1) - 1
            s = sents[i] if i >= 0 else None
            out.append(Record(type="date", **base, start=d.start, end=d.end, evidence=d.text,
                              sentence=s.text if s else "", sent_start=s.start if s else 0, text=d.text,
                              date=d.value, date_precision=d.precision, kind=d.kind, confidence=0.7))
        return out


def _from_time(text: str, d) -> bool:
    """"(з 23:30 23 квітня)": the start of a span given with its hour, not the event's day."""
    import re
    return bool(re.search(r"(?:з|із|с|від|от)\s+\d{1,2}:\d{2}\s*$", text[max(0, d.start - 14):d.start]))


def _put_place(rec: Record, g) -> None:
    rec.place, rec.lat, rec.lon = g.name, g.lat, g.lon
    rec.country, rec.admin1, rec.precision, rec.gazetteer_id = g.country, g.admin1, g.precision, g.gazetteer_id
