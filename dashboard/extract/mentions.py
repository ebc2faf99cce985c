"""Records that are not figures: places, dates, statements and the people named."""
from __future__ import annotations

import re
from bisect import bisect_left

from ..records import Record
from . import attribution as attr


def _sentence_of(sents, pos, starts=None):
    """The sentence holding ``pos`` (a binary search when the sentence starts are given)."""
    if starts is None:
        starts = [x.start for x in sents]
    i = bisect_left(starts, pos + 1) - 1
    if i >= 0 and sents[i].start <= pos < sents[i].end:
        return sents[i]
    return None


_NOT_A_RECORD = {"continent"}   # "Africa", "Europe": no place an analyst maps a figure to


def _MULTINATIONAL(g) -> bool:
    """"the Sahel", "the Middle East", "Eastern Europe": a region across countries (a curated
    row without a country), named for context; figures may still be placed there."""
    return g.country is None and (g.gazetteer_id or "").startswith("cur:xx-")


#: a unit named after its seat town that the gazetteer does not hold: "Kanbalu Township",
#: "Mangu local government area", "the Bilopillia hromada", "Bannu Cantonment"
_SEAT_UNIT = re.compile(r"\s+(Township|township|[Hh]romada|Local\s+Government\s+Area|local\s+government\s+area|LGA|"
                        r"[Tt]ehsil|Cantonment|cantonment)\b")


def _place_records(nouns, text, base, sents) -> list[Record]:
    out = []
    sent_starts = [x.start for x in sents]
    for pm in nouns:
        if pm.geocode.kind in _NOT_A_RECORD or _MULTINATIONAL(pm.geocode):
            continue
        s = _sentence_of(sents, pm.start, sent_starts)
        g, end, name, precision, kind = pm.geocode, pm.end, pm.geocode.name, pm.geocode.precision, pm.geocode.kind
        unit = _SEAT_UNIT.match(text, pm.end) if g.precision == "city" else None
        if unit is not None:    # the unit at its seat's point, a region-rank place
            end, kind, precision = unit.end(), " ".join(unit.group(1).lower().split()), "region"
            name = f"{g.name} {' '.join(unit.group(1).split())}"
        out.append(Record(type="place", **base, start=pm.start, end=end, evidence=text[pm.start:end],
                          sentence=s.text if s else "", sent_start=s.start if s else 0, name=name,
                          place=name, lat=g.lat, lon=g.lon, country=g.country, admin1=g.admin1,
                          admin2=g.admin2, precision=precision, gazetteer_id=g.gazetteer_id, kind=kind,
                          geocode_status=g.status or ("ok" if g.lat is not None else "ungeocoded"),
                          confidence=0.8))
    return out


def _date_records(dates, text, base, sents) -> list[Record]:
    out = []
    sent_starts = [x.start for x in sents]
    for d in dates:
        if d.value is None:
            continue
        s = _sentence_of(sents, d.start, sent_starts)
        out.append(Record(type="date", **base, start=d.start, end=d.end, evidence=d.text,
                          sentence=s.text if s else "", sent_start=s.start if s else 0, text=d.text,
                          date=d.value, date_precision=d.precision, kind=d.kind, confidence=0.7))
    return out


def _statement_records(text, base, sents, doc) -> list[Record]:
    out = []
    sent_starts = [x.start for x in sents]
    titled = attr.people(text)
    canon = attr.canonical_names([p[2] for p in titled])
    persons = sorted([(s0, e0, canon.get(n, n)) for s0, e0, n in titled] +
                     attr.surname_mentions(text, list(set(canon.values()))))
    for s0, e0, name in persons:
        s = _sentence_of(sents, s0, sent_starts)
        out.append(Record(type="entity", **base, start=s0, end=e0, evidence=text[s0:e0],
                          sentence=s.text if s else "", sent_start=s.start if s else 0,
                          name=name, kind="person", confidence=0.7))
    for s0, e0, name in attr.organisations(text):
        s = _sentence_of(sents, s0, sent_starts)
        out.append(Record(type="entity", **base, start=s0, end=e0, evidence=text[s0:e0],
                          sentence=s.text if s else "", sent_start=s.start if s else 0,
                          name=name, kind="organisation", confidence=0.6))
    # a pronoun speaker is the last person who began a sentence or spoke before the quote
    subjects = [p for p in persons if re.match(r"^(?:\W*\w+\W+){0,3}$", text[max(text.rfind("\n", 0, p[0]),
                                                                                   text.rfind(". ", 0, p[0])) + 1:p[0]])]
    starts = [p[0] for p in subjects]
    all_starts = [p[0] for p in persons]
    prev_q1, prev_who = -1, None
    for q0, q1, quote in attr.quotes(text):
        i = bisect_left(starts, q0)
        j = bisect_left(all_starts, q0)
        if i and q0 - subjects[i - 1][0] < 300:
            last_person = subjects[i - 1][2]
        else:
            last_person = persons[j - 1][2] if j else None
        who = attr.speaker(text, q0, q1, last_person)
        if who is None and prev_who and q0 - prev_q1 < 200 and "\n" not in text[prev_q1:q0]:
            who = prev_who            # a quote that goes on after "he said Thursday."
        if who is None:               # the person the quote's sentence is about
            s_q = _sentence_of(sents, q0, sent_starts)
            in_s = [p for p in persons if s_q is not None and s_q.start <= p[0] < q0]
            who = in_s[0][2] if in_s else None
        if who is not None:
            full = next((p[2] for p in persons if text[p[0]:p[1]] == who or
                         p[2].split()[-1] == who.split()[-1]), None)
            who = full or who
        s = _sentence_of(sents, q0, sent_starts)
        rec = Record(type="statement", **base, start=q0, end=q1, evidence=quote,
                     sentence=s.text if s else "", sent_start=s.start if s else 0, text=quote,
                     name=who, source=who, confidence=0.7 if who else 0.4)
        if doc.published:
            rec.date, rec.date_precision = doc.published.isoformat(), "day"
        out.append(rec)
        prev_q1, prev_who = q1, who
    return out
