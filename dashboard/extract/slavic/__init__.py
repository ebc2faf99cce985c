"""Ukrainian and Russian articles: the same records as the English pipeline, from rules and
lexicons of their own (``assets/lexicons/uk_ru/``) and pymorphy3's dictionaries.

``extract_slavic(doc, lang, gazetteer)`` is called by :func:`dashboard.extract.extract_document`
for a document whose language is ``uk`` or ``ru``. In order: words and lemmas (:mod:`.tokens`),
dates (:mod:`dashboard.dates_ukru`), places (:mod:`.places`), phrases and sources
(:mod:`.context`), figures per sentence (:mod:`.figures`), then each figure's date and place
(:mod:`.linker`).
"""
from __future__ import annotations

import copy

import re

from ...dates_ukru import DATELINE_LEAD, find_dates_ukru, find_publication_date_ukru
from ...records import Document, Record
from ..gate import is_exercise, other_story
from ..weapons import respectively
from .context import match_phrases
from .figures import LIST_MARKS, PAIR_HEADER, find_figures, pair_row_figures, single_victims
from .lexicon import load
from .linker import Linker
from .places import candidates, geocode
from .tokens import sentences, tokenize

HEADER_MARKERS = ("тестовий документ", "тестовый документ")


def extract_slavic(doc: Document, lang: str, gaz) -> list[Record]:
    text = doc.text
    lex = load()
    toks = tokenize(text, lang)
    sents = sentences(text, toks)
    dates = find_dates_ukru(text, doc.published)
    phrases = match_phrases(toks, lex)
    cands = candidates(toks, lang)
    places = geocode(cands, text, gaz)
    anaphora = [p for p in cands if p.kind == "anaphora"]
    header, body = _split_header(sents)
    default_source = next((v for a, b, k, v in phrases if k == "source"
                           and any(s.tokens and s.tokens[0].i <= a <= s.tokens[-1].i for s in header)), None)
    lead = _dateline_lead(body)
    link_dates = [d for d in dates if not lead[0] <= d.start < lead[1]]
    link = Linker(text, toks, body, link_dates, places, anaphora, phrases, gaz, doc.published, heads=header)
    base = dict(doc=doc.name, doc_id=doc.doc_id)
    records: list[Record] = []
    last_cas = last_weapon = None
    list_role = list_qual = None
    pairs = False                               # under a launched / shot-down table's header
    drill = is_exercise(text) or other_story(text)   # an exercise played out on a scenario, a sport, counts nobody
    for s in body:
        if drill:
            link.after_sentence(s)
            continue
        excl = [(d.start, d.end) for d in dates if s.start <= d.start < s.end]
        if not s.text.startswith(LIST_MARKS):
            list_role = list_qual = None        # a list's lines take the role its heading states
        if pairs and "/" in s.text and (row := pair_row_figures(s, text, lex, excl)):
            figs = row                          # "Ударні БпЛА типу «Шахед» | 27 / 21" under "Запущено / збито"
        else:
            pairs = pairs and "/" in s.text     # (the table ends at its first line without a pair)
            figs = find_figures(s, text, lex, phrases, excl, last_cas, last_weapon, list_role, list_qual)
        if PAIR_HEADER.search(s.text):
            pairs = True
        figs = sorted(figs + single_victims(s, lex, lang, phrases, figs), key=lambda f: f.start)
        for f in figs:
            rec = Record(type=f.type, **base, start=f.start, end=f.end, evidence=text[f.start:f.end],
                         sentence=s.text, sent_start=s.start, confidence=0.8, category=f.category,
                         count=f.count, qualifier=f.qualifier, group=f.group, subset=f.subset, scope="event",
                         role=f.role, model=f.model)
            _bounds(rec, f)
            rec.extra["sentence_index"] = s.index
            rec.extra["language"] = lang
            rec.extra["paragraph"] = s.paragraph
            rec.source = link.source(s, f.start, default_source)
            link.place_and_date(rec, f, s)
            rec.claimant = link.claim(rec)
            records.append(rec)
            delta = _DELTA.match(text, s.tokens[f.num.j].end) if f.num.j < len(s.tokens) and f.count else None
            if delta is not None and f.type == "weapon":
                records.append(_daily_delta(rec, delta, dates, doc.published))
            if f.type == "casualty" and not f.subset:
                last_cas = f
            elif f.type == "weapon":
                last_weapon = f
        _attribute_back(s, records, link, text, phrases)
        if s.text.rstrip().endswith(":"):
            list_role, list_qual = link.role_of(s), _heading_qualifier(s, lex)
        link.after_sentence(s)
    _headline_from_body(records, body)
    respectively(records)       # "запустив 146 ударних БпЛА та 11 ракет; збито 128 і 9 відповідно"
    records.extend(link.place_records(base, sents))
    records.extend(link.date_records(base, sents))
    records.sort(key=lambda r: (r.start, r.type))
    return records


#: a loss table's row: "БпЛА оперативно-тактичного рівня ‒ 97 846 (+268)": the total since the war
#: began, and the day's count in brackets
_DELTA = re.compile(r"\s*\(\+\s*(\d{1,3}(?:[ \u00a0\u202f]\d{3})*|\d+)\s*\)")


def _daily_delta(rec: Record, m, dates, published) -> Record:
    """The day's count of a loss table's row; the row's total becomes a war-wide count."""
    value = int(re.sub(r"\D", "", m.group(1)))
    day = next((d for d in dates if d.value and d.precision == "day" and d.kind == "relative"
                and re.search(r"доб|сутк", d.text.lower())), None)
    out = copy.copy(rec)
    out.extra = dict(rec.extra)
    out.start, out.end = m.start(1), m.end(1)
    out.evidence, out.count, out.qualifier, out.low, out.high = m.group(1), value, "exact", value, value
    if day is not None:
        out.date, out.date_precision = day.value, "day"
    rec.scope, rec.date, rec.date_precision = "war", None, None
    return out


_PLACE_FIELDS = ("place", "lat", "lon", "country", "admin1", "precision", "gazetteer_id")


def _headline_from_body(records, body) -> None:
    """A headline drops "щонайменше" and the place ("Обстріли за добу: загинули шестеро"): its
    figure takes the qualifier and place of the same figure in the body."""
    heads = {s.index for s in body[:2] if not s.text.rstrip().endswith((".", "!", "?", "»", '"', "…", ":", ";"))}
    if not heads:
        return
    body_recs: dict = {}
    for r in records:
        if r.extra.get("sentence_index") not in heads:
            body_recs.setdefault((r.type, r.category, r.count), r)
    for r in records:
        b = body_recs.get((r.type, r.category, r.count))
        if r.extra.get("sentence_index") in heads and b is not None:
            if r.qualifier == "exact" and b.qualifier != "exact":
                r.qualifier, r.low, r.high = b.qualifier, b.low, b.high
            for k in _PLACE_FIELDS:
                setattr(r, k, getattr(b, k))


_ABOUT_THIS = ("про це", "об этом", "як повідомили", "как сообщили", "як повідомляє", "как сообщает")


def _attribute_back(s, records, link, text, phrases) -> None:
    """"Про це повідомили в ДСНС." / "Об этом сообщил губернатор.": the source of the figures
    its paragraph gave before it without one."""
    if not s.text.lower().startswith(_ABOUT_THIS):
        return
    src = link.source(s, s.start, None)
    if src is None:
        return
    for r in reversed(records):
        if r.extra.get("paragraph") != s.paragraph:
            break
        if r.source is None:
            r.source = src
            r.claimant = link.claim(r)


def _heading_qualifier(s, lex):
    """"Загальні втрати ... орієнтовно склали:": a qualifier word of a list's heading that
    qualifies no number of its own qualifies the list's lines."""
    toks = s.tokens
    for k, t in enumerate(toks):
        q = lex.qualifiers.get((t.low,)) if t.word else None
        if q and q != "up_to" and not (k + 1 < len(toks) and toks[k + 1].pos0 == "NUM"):
            return q
    return None


def _dateline_lead(body) -> tuple[int, int]:
    """The span of a dateline that opens the first paragraph ("УАГАДУГУ, 22 вересня 2025 — ..."):
    the publication's date, never a figure's."""
    for s in body[:2]:
        m = DATELINE_LEAD.match(s.text)
        if m and find_publication_date_ukru(m.group(1)) is not None:
            return s.start, s.start + m.end(1)
    return 0, 0


_CITY_COMMA = re.compile(r"^[A-ZА-ЯЁІЇЄҐ][A-ZА-ЯЁІЇЄҐ'’\- ]{2,40},\s*")


def _dateline_without_year(text: str) -> bool:
    """"ДАМАСК, 3 октября. /Агентство/": a wire's dateline that gives no year (so no date)."""
    m = _CITY_COMMA.match(text)
    return bool(m) and any(d.kind == "dmy" and d.start == m.end() for d in find_dates_ukru(text))


def _split_header(sents):
    """(header lines: the outlet and author before the dateline, the article's sentences)."""
    for s in sents[:6]:
        if len(s.text) < 90 and (find_publication_date_ukru(s.text) is not None or _dateline_without_year(s.text)):
            head = [h for h in sents[:s.index] if not h.text.lower().startswith(HEADER_MARKERS)]
            return head, [b for b in sents[s.index + 1:]]
    return [], [s for s in sents if not s.text.lower().startswith(HEADER_MARKERS)]


def _bounds(rec: Record, f) -> None:
    n = f.num
    if n.vague:
        rec.count, rec.low, rec.high, rec.qualifier = None, None, None, "vague"
        return
    v = n.value
    rec.low, rec.high = {"at_least": (v, None), "more_than": (v + 1, None), "up_to": (None, v),
                         "about": (None, None)}.get(f.qualifier, (v, v))
