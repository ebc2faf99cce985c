"""Casualty and weapon figures in one sentence.

For each number the sentence holds, decide what it counts by its head noun (the noun
after it, past modifiers: "twelve people", "120 ballistic missiles", "nine of them
children") and by casualty words around it ("were killed", "killing", "the toll rose
to"). Ages, distances, times, storeys, money, percentages, model numbers and dates are
never figures. The result carries a qualifier ("at least", "more than", "up to",
"about"), group, subset flag, rate/war scope and, for weapons, category, model, origin
and role. Dates and places are linked later (``linker``).
"""
from __future__ import annotations

import re
from itertools import islice
from typing import Callable, Optional

from .base import _STOP, _TOK, Figure
from .lexicon import OF_PEOPLE_ONLY, Lexicon, counts_here, load, singular
from .numbers import UNITS, TENS, Number, find_numbers
from .victims import REDUCED_RELATIVE_NEXT, person_nouns, tail_positions
from .weapons import _DUAL_USE, _ROLE_HIT, _weapon, _weapon_term, military_context

QUALIFIERS = [
    (re.compile(r"(?:\bat\s+least|\bno\s+(?:fewer|less)\s+than|\bnot\s+less\s+than|\bat\s+a\s+minimum\s+of|\bminimum\s+of)\s*$"), "at_least"),
    (re.compile(r"(?:\bmore\s+than|\bover|\bupwards\s+of|\bin\s+excess\s+of|\bexceeding|\bnearly\s+more\s+than|\bgreater\s+than)\s*$"), "more_than"),
    (re.compile(r"(?:\bup\s+to|\bas\s+many\s+as|\bat\s+most|\bno\s+more\s+than|\bmaximum\s+of)\s*$"), "up_to"),
    (re.compile(r"(?:\babout|\baround|\bsome|\bnearly|\balmost|\broughly|\bapproximately|\ban\s+estimated|\bestimated|\bclose\s+to|\bjust\s+under|\bjust\s+over|\bapprox\.?|\bcirca)\s*$"), "about"),
]
# what may stand right after a number that is not a count of anything we record
_NOT_COUNT_AFTER = re.compile(
    r"^(?:-?\s?(?:year|month|week|day|hour|minute|storey|story|floor|km|kilometre|kilometer|mile|metre|meter|"
    r"kg|ton|tonne|inch|foot|feet|mm|cm)s?[-\s]?(?:old|long|high|wide|strong|deep)?\b"
    r"|(?:\s*(?:%|per\s*cent|percent|pc\b))"
    r"|\s*(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|km|kilometres?|kilometers?|miles?|metres?|meters?|"
    r"square|sq\b|hectares?|acres?|degrees?|times|tons?|tonnes?|kg|mm|cm|dollars?|euros?|pounds|hryvnias?|roubles?|"
    r"rubles?|shekels?|a\.m|p\.m|am\b|pm\b|gmt|utc|o'clock|th\b|st\b|nd\b|rd\b|storeys?|stories|floors?|mph|knots|"
    r"hrs\b|"     # ("1120 hrs -": a log's time)
    r"billion|million\s+(?:dollars|euros)|per\s+cent|percent)"
    r"|[:.,/]\d|\s*[-\u2013]\s*(?:to|and)?\s*\d|-[A-Za-z]"
    r"|\s+(?:and|or|to)\s+\d{1,3}\s+(?:years?|months?)\b"        # "two girls of 13 and 14 years": ages
    r"|\s+(?:in|out\s+of)\s+(?:every\s+)?(?:ten|five|four|three|two|a\s+hundred|\d+)\b"
    r"|\s+for\s+(?:acute\s+)?(?:shock|anxiety|panic|stress)\b)", re.I)     # "... wounds and 7 for anxiety"
_NOT_COUNT_BEFORE = re.compile(
    r"(?:[$€£¥]\s*|\bno\.\s*|\bnumber\s+|\bcode\s+|\bpage\s+|\broute\s+|\bhighway\s+|\bbuilding\s+|\bflight\s+|"
    r"\bage[ds]?\s+|\bunit\s+|\bbrigade\s+|\bresolution\s+|\barticle\s+|\bchapter\s+|\bplatform\s+|\bgate\s+|"
    r"\bversion\s+|\bmodel\s+|\b(?:geo)?precision\s+|\blevel\s+|\bphase\s+|\bbetween\s+|"
    r"(?<!up\s)(?<!down\s)(?<!rose\s)(?<!risen\s)(?<!climbed\s)(?<!increased\s)(?<!jumped\s)\bfrom\s+|"  # "rose from 15 to 16"
    r"[A-Za-z]-|\bno\s+|(?<!these\s)(?<!those\s)(?<!such\s)\bincidents?\s+(?:\d+\s*(?:,|and|&)\s*)*|"   # "in connection
    #                                                    with incidents 1 and 2" (not "In these incidents 5 persons were killed")
    r"\b(?:ugx|kes|ksh|tzs|ngn|usd|eur|gbp|inr|pkr|rs\.?|tk|afn|sdg|ssp|etb|xof|xaf|cfa|fcfa|mga|cdf|rwf|bif|mzn|"
    r"yer|syp|iqd|lbp|ils|nis|irr|uah|php|idr|mmk|thb|khr|cop|mxn|brl|htg|hnl|gtq)\s*|"     # "UGX 4,500,000 was stolen"
    r"\baged\s+(?:between\s+)?(?:\d+|[a-z]+(?:-[a-z]+)?)\s+(?:and|to)\s+|\bbetween\s+\d+\s+and\s+|"
    r"\baged\s+(?:over|under|about|around|above|below|at\s+least|more\s+than|less\s+than)\s+)$", re.I)
# "an armed group of 8", "a father of four", "Rajaram Jha, 25, died": no count of victims
_NOT_COUNT_CONTEXT = re.compile(r"\b(?:group|gang|band|squad|team|unit|cell|convoy|column|fleet|mob|father|mother|"
                                r"parent|grandfather|grandmother|family|relatives?|families|cousins?|neighbou?rs?|"   # "A relative of one of the victims"
                                # "a girl of nine", "a boy of 12": an age
                                r"(?:a|an)\s+(?:girl|boy|child|baby|man|woman|son|daughter|teenager|toddler|infant)|"
                                # "a retired civil servant of 64", "a farmer of 58": a person of an age
                                r"(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:servant|worker|farmer|teacher|pensioner|widow|widower|"
                                r"veteran|labourer|laborer|driver|shopkeeper|trader|fisherman|nurse|doctor|resident))\s+of\s+$",
                                re.I)
_AGENT_BY = re.compile(r"(?<!rose\s)(?<!risen\s)(?<!increased\s)(?<!grew\s)(?<!climbed\s)(?<!jumped\s)"
                       r"(?<!fell\s)(?<!dropped\s)(?<!up\s)(?<!down\s)\bby\s+(?:a\s+group\s+of\s+|a\s+gang\s+of\s+)?$", re.I)
#: "a man of about 50 in serious condition", "a woman aged 40": an age
_AGE_OF = re.compile(r"\b(?:man|woman|boy|girl|person)\s+(?:aged\s+|of\s+)(?:about\s+|around\s+|some\s+)?$", re.I)
_AGE_AFTER_NAME = re.compile(r"[A-Z][a-z]+,\s*$|\b[A-Z][^\W\d_]+\s+[A-Z]\.,\s*$|"      # ("Stanisław K., 77,")
                            # "the martyrdom of a young man, 19, from Silwad": an age after one person
                            r"\b(?:[Aa]|[Aa]n|[Tt]he|[Oo]ne)\s+(?:[a-z-]+\s+)?(?:man|woman|boy|girl|youth|teenager|child|resident|"
                            r"farmer|shepherd|student|worker|driver|fisherman|soldier|policeman|officer|guard|teacher|doctor|"
                            r"nurse|trader|vendor|journalist|pilot|sergeant|commander|victim|civilian|mother|father|son|"
                            r"daughter|husband|wife|brother|sister|pensioner|passenger|pupil|priest|imam|[a-z]+(?:man|woman)|agent|"
                            r"constable|private|corporal|lieutenant|captain|ranger|miner|herder|trainee|volunteer|"
                            r"paramedic|rescuer|firefighter|mechanic|labourer|laborer|cleric|elder|chief)\s*,\s*$")
#: "Joseph Mwangi (52) was shot": an age in brackets right after a person's name
_AGE_IN_BRACKETS = re.compile(r"\b[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+\s*\(\s*$")
_DASH_RANGE = re.compile(r"[-\u2013](\d{1,6})(?![\d.,:/-])")
_RANGE_GAP = re.compile(r"\s*(?:-|\u2013|\u2014|to)\s*|\s+and\s+")
LEFT_WINDOW = 240     # characters before a number that its rules may read
MAX_NUMBERS = 64      # numbers of one sentence read as possible figures
_NEUTRAL = {"more", "other", "additional", "further", "another", "still", "already", "so", "far",
            "all", "total", "extra", "fellow", "mostly", "mainly"}
_RATE = re.compile(r"^[^.;]{0,40}?\b(?:a|per|every|each)\s+(day|week|month|year|hour)\b|"
                   r"^[^.;]{0,40}?\b(daily|weekly|monthly)\b(?!\s+(?!(?:in|on|at|for|during|since|throughout|across|"
                   r"over|until|by|and|or|now|so|this|last|average|basis|rate|figures?|tolls?|totals?|tally|counts?|numbers?|"
                   r"death|deaths|casualt\w+|losses)\b)[a-z]{2,})")   # (not "a weekly market")
UNIT_WORDS = frozenset(UNITS) | frozenset(TENS) | {"a", "dozen", "dozens", "hundreds", "thousands"}
_COORD_NOUN = re.compile(r"\s+(?:and|or)\s+")
_ASIDE_IN_HEAD = re.compile(r"\s*\([^()]{1,30}\)|(?<=\w)/(?=\w)")
# nouns that die or get hurt but are no people
_NOT_PEOPLE = frozenset("""animal cattle cow goat sheep camel livestock dog horse donkey chicken pig head house home
building shop car vehicle truck tank bus apartment flat school hospital tree side attack raid incident blast
explosion clash strike ambush operation""".split())


def _coordinated_noun_end(right: str, pos: int, lex) -> Optional[int]:
    """End of 'and media workers' after a people noun, if a people noun comes within 3 words."""
    m = _COORD_NOUN.match(right, pos)
    if not m:
        return None
    for i, w in enumerate(re.finditer(r"[\w'’-]+", right[m.end():m.end() + 40])):
        if i >= 3 or w.group()[0].isdigit() or w.group().lower() in UNIT_WORDS:
            break                       # "35 children and 58 women": two figures, not one noun
        low = w.group().lower()
        if low in lex.people or singular(low) in lex.people:
            return m.end() + w.end()
    return None
_NOT_TOLLS = {"evacuated", "displaced", "trapped", "detained", "captured"}
_ADJ_TRIGGERS = {"wounded", "injured", "dead", "killed", "missing", "hospitalized", "hospitalised", "rescued"}
_PLACE_WORDS = {"hospital", "hospitals", "to hospitals", "in hospital", "in hospitals", "to hospital"}
_DEATH_COMPOUND = {"toll", "tolls", "row", "sentence", "sentences", "penalty", "squad", "squads", "threat", "threats",
                   "march", "camp", "camps", "certificate", "certificates", "notice", "notices", "rate"}
_DEATH_NOUNS = {"deaths", "fatalities", "casualties", "dead", "killed", "wounded", "injured"}
_MOST_HURT = re.compile(r"^\s+of\s+the\s+(?:most\s+|more\s+)?(?:\w+ly\s+)?(hurt|injured|wounded|dead|killed)\b", re.I)
_CARE_BEFORE = re.compile(r"\b(admitted|treating|took\s+in|taken\s+in|received|rescued|pulled|freed|evacuated)\s+"
                          r"(?:(?:at\s+least|more\s+than|about|some|nearly|over|around)\s+)?$")
_AMONG = re.compile(r"\bamong\s+(?:the\s+|those\s+)?(dead|killed|wounded|injured|victims|casualties|hurt|martyrs|fatalities|"
                    r"deceased)\b")
_CALIBRE = re.compile(r"\b\d+(?:[.,]\d+)?\s?-?\s?(?:mm|millimet(?:re|er)s?|calibre|caliber|inch)\b", re.I)
_DEMONYM_PLURAL = re.compile(r"^[A-Z][a-z]+(?:ans|ians|is|ese|ites|ers|ines|ens)$")
_POSSESSIVE_WORD = re.compile(r"^(\s+of\s+(?:his|her|their|its|the|our)\s+)[\w-]+['’]s\b", re.I)
_PARTITIVE = re.compile(r"^[\"”]?\s+(?:more\s+(?=of\b))?(?:of|from)\s+(them|whom|which|those|these|the|its|their|his|her|our)\b\s*"
                        r"([\w'’-]+)?(?:\s+([\w'’-]+))?", re.I)
_TOLL_LEFT = re.compile(r"\b(toll|tally|count|number|figure|total|fatalities|casualties)\b[^.;]*\b(?:to|at|of|reached|hit|passed|exceeded|"
                        r"climbed\s+to|was|is|stood\s+at)\s*[\"“]?\s*$")
_ANAPHOR_LEFT = re.compile(r"\b(?:to|at|counted|gave|reported|recorded|confirmed|then|another|spoke\s+of|toll\s+of|"
                           r"up\s+from|down\s+from|a\s+further|further|additional|"
                           r"total\s+of|figure\s+of|was|were|is|stood\s+at|the\s+other|other)\s*[\"“]?\s*$")
_WEAK_LEFT = re.compile(r"(?:\b(?:and|with|but|while|or|including|of\s+which|of\s+them|of\s+these|from\s+them|from\s+which)\s*|,\s*)[\"“]?$")
# "the number of troops on high alert ... to 300,000": a count of something else
_COUNT_OF_OTHER = re.compile(r"\b(?:number|total|count|figure)\s+of\s+(?!(?:the\s+)?(?:dead|deaths|victims|casualties|martyrs|"
                             r"fatalities|"
                             r"people\s+(?:killed|wounded|injured|hurt|missing|dead)|those\s+(?:killed|wounded)|"
                             r"(?:\w+\s+){0,3}(?:killed|wounded|injured|dead|died|missing|hurt|fatalities|"
                             r"lost\s+their\s+li(?:ves|fe))))[a-zA-Z][^;]{0,60}$")
# "an armed group ... in the number of up to 30 persons" (translated): the size of a group, no toll
_GROUP_SIZE = re.compile(r"\bin\s+(?:the\s+)?number\s+of\s*[\"“]?\s*$")
# "the pre-war population of Ternopil was 2.1 million": a measure, not a toll
_MEASURE_SUBJECT = re.compile(r"\b(?:population|budget|cost|costs|price|area|capacity|output|production|worth|value|"
                              r"salary|income|revenue|turnover|distance|length|height|size|speed|range|debt|aid|funding)\b"
                              r"[^;,.]{0,50}$")
_RISE_LEFT = re.compile(r"\b(?:rose|risen|rises|climbed|climbs|jumped|increased|grown|reached|revised(?:\s+(?:down|up|upwards|downwards))?|"
                        r"gone\s+up|fallen|dropped|lowered|raised|corrected)\s+(?:it\s+|that\s+|again\s+|further\s+)*(?:to|at)\s*[\"“]?\s*$")
_MONTHS_RX = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_WAR = re.compile(r"\bsince\s+the\s+(?:start|beginning|outbreak|end)\b|"
                  r"\bsince\s+the\s+(?:[\w-]+\s+){0,3}(?:ceasefire|cease-fire|truce|armistice|peace\s+deal)\b|"
                  r"\b(?:have|has)\s+been\s+killed\s+in\s+[\w\s-]{0,70}?\bsince\s+(?:January|February|March|April|May|"
                  r"June|July|August|September|October|November|December)\b|\bsince\s+the\s+(?:war|conflict|invasion|fighting|"
                  r"coup|uprising|takeover|revolution|siege|offensive|escalation)\b|"
                  r"\b(?:the|this)\s+(?:war|conflict|invasion)\b[^.]{0,80}\b(?:has|have|had)\s+(?:now\s+)?(?:killed|claimed|left)|"
                  r"\bhad\s+now\s+been\s+killed|\bhave\s+now\s+been\s+killed|\bin\s+total\s+since|\bso\s+far\s+in\s+the\s+war|"
                  r"\bsince\s+(?:the\s+)?(?:full-scale|large-scale)|\bsince\s+(?:october|february)\s+\d{1,2}?,?\s*20\d\d|"
                  r"\bof\s+the\s+war\b|\bin\s+recent\s+(?:days|weeks|months|years)\b|"
                  r"\bover\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:days|weeks|months|years|decades?)\b|\bso\s+far\s+this\s+(?:year|month)\b|"
                  r"\bsince\s+the\s+start\s+of\s+the\s+year\b|\b(?:during|throughout|over)\s+the\s+(?:whole\s+|entire\s+)?month\b|"
                  r"\b(?:in|during|over)\s+the\s+(?:first|last|past)\s+(?:[\w-]+\s+)?(?:weeks|months)\s+of\b|"
                  r"\bsince\s+(?:[\w'’-]+\s+){0,3}(?:launched|began|started|unleashed)\s+(?:its|the|their|a)\s+"
                  r"(?:full-scale\s+|large-scale\s+|all-out\s+)?(?:invasion|war|offensive|assault)|"
                  r"\bin\s+the\s+(?:war|conflict|fighting)\s+(?:so\s+far|to\s+date)\b|"
                  r"\bso\s+far\s+in\s+the\s+(?:war|conflict|fighting)\b|"
                  r"\b(?:in|during|over|for)\s+the\s+(?:past|last|previous|first)\s+(?:[\w-]+\s+){0,2}(?:days|weeks|months|"
                  r"years|decades)\b|\bby\s+the\s+end\s+of\s+(?:(?:19|20)\d\d|the\s+year|last\s+year)\b|"
                  r"\b(?:annual|yearly)\s+(?:report|tally|toll|figures)\b|"
                  # a span of days ("Between 9 and 15 February, the mission verified at least 41 ...")
                  r"\bbetween\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:and|-|\u2013)\s+\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTHS_RX +
                  r"|" + _MONTHS_RX + r"\s+\d{1,2}(?:st|nd|rd|th)?\s+(?:and|-|\u2013)\s+\d{1,2})\b|"
                  # a count since a month ("Since January, the Observatory has recorded 73 deaths"; "since May
                  # 2023, in which more than 250 people have been killed")
                  r"\bsince\s+(?:early\s+|late\s+|mid-?|\d{1,2}(?:st|nd|rd|th)?\s+)?" + _MONTHS_RX +
                  r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+(?:19|20)\d\d)?\b[^.;]{0,120}?"
                  r"\b(?:has|have)\s+(?:now\s+)?(?:been\s+)?(?:killed|recorded|documented|counted|registered|"
                  r"verified|died|claimed|left|reported)\b|"
                  # "more than 930 have been killed and about 2,500 injured since 10 October 2025"
                  r"\b(?:have|has)\s+been\s+killed\b[^.;]{0,100}?\bsince\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?" + _MONTHS_RX + r"|"
                  r"\b(?:count|toll|tally|total)\s+since\b|\b(?:during|in|over)\s+the\s+same\s+period\b", re.I)


_HAS_NUMBER = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|"
                         r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|"
                         r"dozens?|scores|hundreds|thousands|millions)\b", re.I)


_QUAL_ANY = re.compile("|".join(f"(?P<{q}>{p.pattern})" for p, q in QUALIFIERS))


def _qualifier_match(left: str):
    return _QUAL_ANY.search(left[-40:].lower())


def _strip_qualifier(left: str) -> str:
    m = _qualifier_match(left)
    return left[:len(left) - len(left[-40:]) + m.start()] if m else left


#: "42 Shahed-type drones", "Geran-class": the model the weapons are like
_TYPE_SUFFIX = re.compile(r"(?<=[A-Za-z0-9])-(?:type|class|style)\b", re.I)
#: a head noun in scare quotes: "forty-two (42) 'terrorists' were killed"
_QUOTED_HEAD = re.compile(r"^(\s+)['‘\"“]([A-Za-z][A-Za-z-]*)['’\"”]")


def classify_head(right: str, lex: Lexicon):
    """See :func:`_classify_head`; a head noun in scare quotes is read past its closing quote."""
    if "-" in right[:40]:
        right = _TYPE_SUFFIX.sub(lambda m: " " * len(m.group(0)), right[:200]) + right[200:]   # "Shahed-type"
    quoted = _QUOTED_HEAD.match(right)
    if quoted is None:
        return _classify_head(right, lex)
    kind, info, used = _classify_head(f"{quoted.group(1)} {quoted.group(2)} {right[quoted.end():]}", lex)
    return kind, info, (quoted.end() if used == quoted.end() - 1 else used)


def _classify_head(right: str, lex: Lexicon):
    """What the number counts, from the words after it.

    Returns (kind, info, consumed_chars): kind is person, weapon, trigger, partitive,
    none (nothing countable follows) or other (some other noun: houses, areas, km).
    """
    mh = _MOST_HURT.match(right)
    if mh:
        return "partitive", {"word": mh.group(1).lower()}, mh.end()
    m = _PARTITIVE.match(_POSSESSIVE_WORD.sub(lambda x: x.group(1) + " " * (len(x.group(0)) - len(x.group(1))), right))
    if m and m.group(0).lstrip()[:4].lower() == "from" and not (
            m.group(1).lower() in ("them", "whom") or (m.group(2) or "").lower() in _DEATH_NOUNS | {"victims"}):
        m = None    # (translated "Four from the wounded", "one from them"; not "five from the village")
    if m:
        det = m.group(1).lower()
        w1 = (m.group(2) or "").lower()
        if w1 == "own" and m.group(3):      # "6 of its own fighters had died"
            m = _PARTITIVE.match(right[:m.start(2)] + " " * (m.start(3) - m.start(2)) + right[m.start(3):])
            w1 = (m.group(2) or "").lower() if m else ""
        if det in ("them", "whom", "which"):
            if det == "which":
                return "subset", {"group_word": ""}, m.end(1)
            people_word = w1 in lex.people or singular(w1) in lex.people
            return "subset", {"group_word": w1}, m.end(2) if people_word else m.end(1)
        w2 = (m.group(3) or "").lower()
        for gi, w in ((2, w1), (3, w2)):
            if w and (w in lex.weapon_words or singular(w) in lex.weapon_words):
                wt = _weapon_term([x for x in (w1, w2) if x][: gi - 1], lex)
                if wt:
                    return "weapon", {"category": wt[0], "model": wt[1], "words": [w1, w2][: gi - 1]}, m.end(gi)
        if w1 in lex.people or singular(w1) in lex.people or w1 in lex.casualty or w1 in ("dead", "killed", "wounded", "injured", "victims",
                                                                                           "fatalities"):
            noun2 = w2 and (w2 in lex.people or singular(w2) in lex.people)
            return "partitive", {"word": w1}, m.end(3) if noun2 else m.end(2)
        if det in ("our", "their", "its") and w2 and (w2 in lex.people or singular(w2) in lex.people):
            return "partitive", {"word": w2}, m.end(3)      # "2 of our heroic comrades-in-arms were martyred"
        if w1 and (w1[0].isdigit() or w1 in UNITS or w1 in TENS) and det in ("the", "those", "these"):
            # "five of the seven abducted were found dead": part of a counted group
            if w2 and (w2 in lex.casualty or w2 in lex.people or singular(w2) in lex.people):
                return "partitive", {"word": w2}, m.end(3)
            return "partitive", {"word": ""}, m.end(2)
        return "other", {}, 0
    right = _CALIBRE.sub(lambda m: "x" * len(m.group(0)), right[:120])
    # "Kenya Defence Forces (KDF) soldiers", "TTP/LEI militants": a name's parts are modifiers
    right = _ASIDE_IN_HEAD.sub(lambda m: " " * len(m.group(0)), right)
    # the rules below read six tokens and the one after them: no more are cut
    toks = [(tm.group(0), tm.start(), tm.end()) for tm in islice(_TOK.finditer(right), 7)]
    seen_mod = []
    for k, (tok, s, e) in enumerate(toks[:6]):
        low = tok.lower()
        if not tok[0].isalnum():
            if tok in ("-", "/") and seen_mod:
                continue
            break
        if low in lex.casualty and lex.casualty[low][1] in ("after", "both") and low not in _PLACE_WORDS and (
                not seen_mod or low in _DEATH_NOUNS and len(seen_mod) <= 2):
            nxt = toks[k + 1][0].lower() if k + 1 < len(toks) else ""
            if low in _ADJ_TRIGGERS and (nxt in lex.people or singular(nxt) in lex.people):
                # "Two wounded women died": an adjective; the predicate decides, else the adjective
                return "person", {"group": lex.people.get(nxt) or lex.people.get(singular(nxt)) or "people",
                                  "noun": nxt, "adj_trigger": low}, toks[k + 1][2]
            return "trigger", {"word": low}, e      # "12 dead", "9,000 civilian deaths"
        if low == "death" and k == 0 and (k + 1 >= len(toks) or toks[k + 1][0].lower() not in _DEATH_COMPOUND):
            return "trigger", {"word": "deaths"}, e     # "had confirmed one death" (not "one death toll", "death row")
        two = " ".join(t[0].lower() for t in toks[k:k + 2])
        if two in lex.people:
            return "person", {"group": lex.people[two], "noun": two}, toks[min(k + 1, len(toks) - 1)][2]
        if _DEMONYM_PLURAL.match(tok) and not seen_mod or _DEMONYM_PLURAL.match(tok) and seen_mod and k <= 2:
            return "person", {"group": "people", "noun": low}, e
        if low in lex.people or (singular(low) in lex.people or tok.islower() and low + "s" in lex.people) \
                and low not in ("dead",):
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            if nxt is not None and nxt[0].islower() and (nxt[0] in lex.people or singular(nxt[0]) in lex.people) \
                    and right[e:nxt[1]].isspace():
                low, e = nxt[0], nxt[2]                     # "volunteer fighters", "militia members"
            e = _coordinated_noun_end(right, e, lex) or e   # "journalists and media workers"
            return "person", {"group": lex.people.get(low) or lex.people.get(singular(low)) or lex.people[low + "s"],
                              "noun": low}, e
        words = [t[0] for t in toks[:k + 1] if t[0][0].isalnum()]
        if singular(low) in lex.weapon_words or low in lex.weapon_words:
            if k + 1 < len(toks) and toks[k + 1][0].lower() in _WEAPON_REMAINS:
                return "other", {"words": words, "end": toks[k + 1][2]}, 0   # "100 shell casings": none fired
            wt = _weapon_term(words, lex)
            if wt:
                return "weapon", {"category": wt[0], "model": wt[1], "words": words}, e
        if low in _NEUTRAL and not seen_mod or low.endswith("ly") and len(low) > 4:
            continue
        if low in _STOP or tok.isdigit():
            break
        seen_mod.append(low)
        last_mod_end = e
    if seen_mod:
        # a model name alone ("two Iskanders"), else some other noun
        wt = _weapon_term([t[0] for t in toks[:len(seen_mod) + 1] if t[0][0].isalnum()], lex)
        if wt and wt[1]:
            return "weapon", {"category": wt[0], "model": wt[1], "words": seen_mod}, 0
        return "other", {"words": seen_mod, "end": last_mod_end}, 0
    return "none", {}, 0


_AUX = (r"(?:(?:who|which|that|were|was|are|is|have|has|had|been|being|be|could|would|reportedly|still|also|later|"
        r"all|now|confirmed|reported|believed|feared|thought|known|said|presumed|understood|likely|allegedly|"
        r"subsequently|eventually|to|initially|officially|seriously|critically|since|"
        r"on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|overnight|"
        r"severely|lightly|slightly|mortally|badly|either|both|were\s+being|being|among|those|them|taken|"
        r"admitted|brought|rushed|treated|airlifted|remain|remains|remained|remaining|listed|reported|left|as|"
        r"(?:reached|arrived\s+(?:at|in))\s+(?:the|a)(?:\s+[a-z-]+)?|"
        r"(?:shot|attacked|ambushed|abducted|kidnapped|captured|tortured|stabbed|beaten|hacked|burned|burnt|"
        r"wounded|injured|seized|taken|dragged|found|shot\s+at)\s+and)\s+){0,6}")
_STATE_GAP = re.compile(r"\b(?:live|lived|living|lives|work|worked|working|stay|stayed|staying|is|are|"
                        r"most|many|some)\b")
#: what stops a casualty word after a count from being the count's: a conjunction, or a part of the count told
#: apart ("4 injured passengers were taken to Bure Primary Hospital, where one of them died")
_CONJ_GAP = re.compile(r"\b(?:and|or|but|while|whereas)\b|;|\b(?:one|two|three|some|most|all|several)\s+of\s+"
                       r"(?:them|whom)\b")


_PRED_CACHE: dict = {}


def _predicate_re(lex: Lexicon) -> re.Pattern:
    """'<number> [people], including six children, were still being <casualty word>'."""
    rx = _PRED_CACHE.get(id(lex))
    if rx is None:
        rx = _PRED_CACHE[id(lex)] = re.compile(
            r"\s*(?:,[^,.;]{1,60},)?\s*,?\s*(?:[-\u2013\u2014:]\s*)?(?:(?:a|per|every|each)\s+(?:day|week|month|year)\s+)?" + _AUX +
            r"(" + _after_words_re(lex) + r")")
    return rx


def _after_words_re(lex: Lexicon) -> str:
    """The casualty words that may follow their count ("were still admitted", "killed"), longest
    first: a word that only precedes one ("admitted" of "hospitals admitted 40") must not end the
    match before "still admitted" is tried."""
    words = sorted((w for w, (_, side) in lex.casualty.items() if side in ("after", "both")), key=len, reverse=True)
    return r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b"


#: a qualifier between a killing word and its count: "killing more than 50", "wounding at least 3"
_QUAL = r"(?:at\s+least\s+|about\s+|some\s+|over\s+|more\s+than\s+|up\s+to\s+|nearly\s+|almost\s+|around\s+)?"
_TREATED_FOR = re.compile(r"(?:(?!\bfor\b)[^.;,:]){0,40}?\bfor\s+(?:acute\s+)?(?:shock|anxiety|panic|stress|smoke|tear\s+gas|gas|"
                          r"inhalation)(?![^.;]{0,12}\band\s+(?:[\w-]+\s+)?(?:injur|wound|cuts|burns|fractur))")
_WOUND_OBJECT = re.compile(r"\b(?:wounding|injuring|wounded|injured)\s+[\"“]?(?:another\s+)?" + _QUAL + "$")
_HURT_AND = re.compile(r"\b(?:wounded|injured|hurt)\s+and\s+(?:(?:were|was|later|then|have\s+been|had\s+been)\s+){0,2}$")


def _predicate_category(m, lex: Lexicon) -> tuple[str, str]:
    """(category, side) of a predicate match: "were wounded and evacuated" counts the wounded."""
    cat, side = lex.casualty[m.group(1)]
    if cat == "evacuated" and _HURT_AND.search(m.string, m.start(), m.start(1)):
        cat = "injured"
    return cat, side


def _tail_predicate(low: str, head_end: int, hi: int, lex: Lexicon):
    """The predicate right after a counted phrase or past its "in the oblast" / "of ..." tail."""
    pr = _predicate_re(lex)
    more = _MORE_AFTER.match(low, head_end)      # "2 were killed and 5 more were injured"
    for i, p in enumerate(tail_positions(low, more.end() if more else head_end, person_nouns(lex))):
        m = pr.match(low, p, hi if i == 0 else min(len(low), p + 90))
        if m and not counts_here(m.group(1), low, m.end(1)):
            continue    # ("12 fell in open areas": rockets)
        if m and (i == 0 or _verbal(m)):
            return m
    return None


def _verbal(m) -> bool:
    """A predicate found inside a counted phrase's tail needs a verb ("were hospitalized"), not
    just a noun that happens to be a casualty word ("a doctor at the hospital")."""
    return m.start(1) > m.start() and bool(re.search(r"[a-z]", m.group(0)[:m.start(1) - m.start()])) \
        or m.group(1).split()[0] in _TRANSITIVE or m.group(1) in ("died", "dead", "perished", "succumbed") \
        or m.group(1).startswith(("lost ", "losing "))      # "four soldiers and eight civilians lost their lives"


def _trigger_for(low: str, n_start: int, head_end: int, lo: int, hi: int, lex: Lexicon, predicate_only=False):
    """The casualty category a number takes from the words around it, or None.

    In order: a predicate right after the number and its noun ("12 people were killed");
    a word before it in the same clause ("killing 12", "the toll rose to"); a word
    after it with no conjunction in between ("12 residents, who later died")."""
    pr = _predicate_re(lex)
    inverted = _DIED_BEFORE.search(low, max(0, n_start - 30), n_start)
    if inverted and not predicate_only:
        return "killed", "before", inverted.start()     # "As result perished three persons" (translated)
    nominal = _NOMINAL_BEFORE.search(low, max(0, n_start - 40), n_start)
    if nominal and not predicate_only:
        # "which led to the martyrdom of four citizens ... and the injury of twelve others, who were
        # evacuated": the noun of what befell them names them, whatever a later clause adds
        return ("injured" if nominal.group(1).startswith(("inj", "wound")) else "killed"), "before", nominal.start()
    numbering = _NUMBERING.search(low, max(0, n_start - 40), n_start)
    if numbering and not predicate_only:
        # "The wounded, to the number of 19, were evacuated" (translated): the wounded, whatever befell them
        return lex.casualty.get(numbering.group(1), ("injured",))[0], "before", numbering.start()
    # the object of a killing verb ("killed seven people, including ...") was killed, whatever a
    # later clause says of someone else
    obj = _KILL_OBJECT.search(low, max(0, n_start - 25), n_start) is not None
    # right after the noun, or past "of al-Shabaab", "(KDF)", "and a driver"
    more = _MORE_AFTER.match(low, head_end)      # "2 were killed and 5 more were injured"
    for i, p in enumerate(tail_positions(low, more.end() if more else head_end, person_nouns(lex))):
        if i > 0 and obj:
            break
        m = pr.match(low, p, hi if i == 0 else min(len(low), p + 90))
        if m and i > 0 and not _verbal(m) and not _LEAVING.search(low, max(0, n_start - 25), n_start):
            continue        # (but "leaving 6 soldiers and 3 VDPs dead": the list's adjective is each one's)
        if m and i == 0 and head_end == n_start_end(low, n_start) and re.match(r"\s*[,;]", low[p:]) and \
                _KILL_RIGHT_BEFORE.search(low, max(0, n_start - 25), n_start):
            break       # "killed 5, injured 12": the 5 is the killing word's
        if m:
            cat, side = _predicate_category(m, lex)
            if not counts_here(m.group(1), low, m.end(1)):
                continue    # "twelve of our soldiers fell." (not "two rockets fell in a field")
            if cat == "hospitalized" and _WOUND_OBJECT.search(low, max(0, n_start - 25), n_start):
                cat = "injured"     # "wounding 4 members of her family, ..., who were taken to hospitals"
            if cat != "killed" and i == 0 and (not low[m.start():m.start(1)].strip()
                                               or _RELATIVE_AUX.match(low, m.start(), m.start(1))
                                               or _REDUCED_AUX.fullmatch(low, m.start(), m.start(1))):
                later = _LATER_ALIVE.match(low, m.end(1)) if cat == "missing" else None
                one = re.match(r"(?:one|1|a|an)\b", low[n_start:])
                if later and bool(one) == (later.group(1) in ("was", "has been")):
                    # "1 trader reported missing was found alive on 6 July" (but not "One of the two
                    # money changers who had been reported missing was found alive": not the two)
                    return "rescued", "after", later.end()
                later = _LATER_DEATH.match(low, m.end(1))
                if later:   # "six women and children abducted from a camp were later found dead"
                    return "killed", "after", later.end()
                later = _LATER_MISSING.match(low, m.end(1)) if cat != "missing" else None
                if later:   # "4 women abducted during the attack remain missing"
                    return "missing", "after", later.end()
            active = m.group(1).split()[0] in _TRANSITIVE and re.search(r"\b(?:has|have|had)\s+$", low[:m.start(1)])
            passive = not predicate_only or m.group(1).split()[0] not in _TRANSITIVE or \
                re.search(r"\b(?:was|were|is|are|been|being|be)\s+(?:\w+\s+){0,2}$", low[m.start():m.start(1)]) or \
                REDUCED_RELATIVE_NEXT.match(low, m.end(1))
            if side in ("after", "both") and not active and passive and \
                    not (predicate_only and cat in ("displaced", "evacuated")):
                return cat, "after", m.end(1)
    if predicate_only:
        return None
    best = None
    for m in lex.casualty_re.finditer(low, lo, n_start):
        cat, side = lex.casualty[m.group(0)]
        if cat == "hospitalized" and _WOUNDS_RECEIVED.search(low, max(0, m.start() - 60), m.start()):
            cat = "injured"     # "wounds of various degree of heaviness received 17 persons" (translated)
        if m.group(0) == "lost" and not _QUALIFIER_GAP.fullmatch(low, m.end(), n_start):
            continue            # "we lost 4 soldiers" (not "lost contact with 5 soldiers")
        if m.group(0) in OF_PEOPLE_ONLY and not _people_after(low, n_start, lex) or \
                m.group(0) == "suffered" and _LOSSES_AFTER.match(low, n_start):
            continue            # "destroyed up to 15 servicemen", not "Police destroyed 5" (drones)
        if m.group(0) == "treated" and _TREATED_FOR.match(low, n_start):
            continue            # "Doctors treated 12 people for shock": no wounds
        if _CLAUSE_SUBJECT.search(low, m.end(), n_start):
            continue            # "five guards were killed when about 300 miners overran the post": the raiders
        if m.group(0) == "pulled" and re.match(r"\s+(?:up|over|away|back)\b", low[m.end():]):
            continue            # "a car pulled up to the post and two men got out shooting": no rescue
        if side in ("before", "both"):
            best = (cat, "before", m.start())   # the last one before the number is the nearest
    if best:
        return best
    found = []
    for m in lex.casualty_re.finditer(low, head_end, min(hi, head_end + 80)):
        cat, side = lex.casualty[m.group(0)]
        if side in ("after", "both") and not _CONJ_GAP.search(low, head_end, m.start()) and \
                not _STATE_GAP.search(low, head_end, m.start()) and not _CARE_FOR_GAP.search(low, head_end, m.start()) \
                and cat not in ("displaced", "evacuated") and counts_here(m.group(0), low, m.end()):
            found.append((cat, "after", m.end()))
    if found:
        # "six of the patients brought to the hospital died": the verb outranks the setting
        return min(found, key=lambda t: _FALLBACK_RANK.get(t[0], 9))
    return None


_REDUCED_AUX = re.compile(r"\s*(?:reported|listed|declared|presumed)\s+")
_LATER_ALIVE = re.compile(r"[^.;,]{0,40}?\b(was|were|has\s+been|have\s+been|had\s+been)\s+(?:later\s+|since\s+|"
                          r"eventually\s+)?(?:found\s+alive|found\s+safe|recovered\s+(?:safely|safe|alive)|rescued|freed|"
                          r"released)\b")
_RELATIVE_AUX = re.compile(r"\s*(?:who|that)\s+(?:(?:had|have|has)\s+been|were|was)\s+(?:still\s+)?(?:being\s+)?"
                           r"(?:(?:reported|listed|officially)\s+)?$")      # "two boatmen who were still missing were found dead"
#: a participle's noun that a later main verb says died: "... abducted from a relief camp were later found dead"
_LATER_DEATH = re.compile(r"[^.;,]{0,60}?\b(?:(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:later\s+|subsequently\s+|"
                          r"all\s+|eventually\s+)?(?:found\s+dead|killed|executed|shot\s+dead|murdered|beheaded)|"
                          r"(?:later\s+|subsequently\s+|have\s+since\s+|had\s+since\s+)?(?:died|succumbed|"
                          r"lost\s+their\s+li(?:ves|fe)))\b")
#: ... or says are missing: "4 women abducted during the attack remain missing"
_LATER_MISSING = re.compile(r"[^.;,]{0,60}?\b(?:remain|remains|are\s+still|were\s+still|is\s+still)\s+"
                            r"(?:missing|unaccounted\s+for)\b")


#: "escorted about 200 residents back to the village to bury the dead", "volunteers searching for
#: the missing": people who tend to the victims, not victims
_CARE_FOR_GAP = re.compile(r"\b(?:bury|buried|burying|mourn|mourned|mourning|attend|attended|identify|search\s+for|"
                           r"searching\s+for|look\s+for|looking\s+for|care\s+for|caring\s+for|treat|treating|visit|"
                           r"visiting)\b")


_TRANSITIVE = frozenset({"killed", "wounded", "injured", "hurt", "shot", "executed", "murdered", "slain", "lynched",
                         "beheaded", "massacred", "slaughtered", "maimed", "kidnapped", "abducted", "rescued",
                         "gunned", "eliminated", "neutralised", "neutralized", "liquidated", "kiled", "killied"})
#: the object of an active verb right after it ("... shot dead a village defence volunteer", "killed two
#: farmers"), not a time ("killed two days ago") nor a place
_OBJECT_AFTER = re.compile(r"\s+(?:him|her|them|(?:a|an|the|his|her|their|its|our|two|three|four|five|six|seven|eight|nine|"
                           r"ten|several|\d+)\s+(?!(?:[\w-]+\s+)?(?:days?|weeks?|months?|years?|hours?|minutes?|nights?|"
                           r"times|km|kilomet(?:re|er)s|miles|met(?:re|er)s|way|scene|spot|attack|blast|explosion|strike|"
                           r"raid|shelling|bombing|shooting|incident|clashes?|ambush|fighting)\b))")
#: a bare count's predicate that downs weapons as well as it kills people
_DOWNED_PRED = re.compile(r"\s+(?:were|was|have\s+been|had\s+been)\s+(?:\w+\s+)?(?:neutrali[sz]ed|eliminated|destroyed)\b")
#: a conjunct's own passive verb: "shot dead three of the attackers, and 42 suspects had been arrested"
_OWN_PASSIVE = re.compile(r"\s+(?:had|have|has)\s+been\s+[a-z]+ed\b|\s+(?:were|was)\s+(?:later\s+)?[a-z]+ed\b")
_PASSIVE_AUX = re.compile(r"\b(?:were|was|are|is|been|being|be|get|got)\b")
_LAST_VERB = re.compile(r"([a-z]+)(?:\s+(?:dead|down))?$")


def _active_verb(low: str, head_end: int, verb_end: int) -> bool:
    """Is the casualty word after a counted phrase an active verb with its own object ("Two gunmen
    shot dead a villager", "3 bandits killed 2 herders"): a count of those who did it?"""
    verb = _LAST_VERB.search(low, head_end, verb_end)
    return verb is not None and verb.group(1) in _TRANSITIVE and _OBJECT_AFTER.match(low, verb_end) is not None \
        and _PASSIVE_AUX.search(low, head_end, verb_end) is None


_COUNT_NEXT = re.compile(r"\s+(?:are|is|were|was)?\s*(?:not\s+less\s+than\s+|at\s+least\s+|about\s+|more\s+than\s+|over\s+)?"
                         r"(?:\d|one\b|two\b|three\b|four\b|five\b|six\b|seven\b|eight\b|nine\b|ten\b|a\s+dozen\b)")
_DIED_BEFORE = re.compile(r"\b(?:perished|died|(?:were|was)\s+(?:destroyed|liquidated|eliminated|killed))\s+"
                          r"(?:at\s+least\s+|about\s+|some\s+|over\s+|up\s+to\s+|not\s+less\s+than\s+)?$")


_QUALIFIER_GAP = re.compile(r"\s+" + _QUAL)
#: "suffered 40 casualties": losses of a side, not a count of the injured
_LOSSES_AFTER = re.compile(r"[\w,.]+\s+(?:\w+\s+)?(?:casualties|losses|fatalities|deaths|dead)\b")


def _people_after(low: str, n_start: int, lex: Lexicon) -> bool:
    """Does a noun of people follow the number within three words ("15 servicemen of ...")?"""
    words = re.findall(r"[a-z][a-z'-]*", re.split(r"[,.;:()]", low[n_start:n_start + 60], maxsplit=1)[0])[:4]
    return any(w in lex.people or singular(w) in lex.people for w in words)


_MORE_AFTER = re.compile(r"\s+more\b(?=\s+(?:were|was|have|had|are|is)\b)")
_NUMBERING = re.compile(r"\b(wounded|injured|dead|killed|missing)\s*,?\s+(?:to\s+the\s+number\s+of|numbering|"
                        r"in\s+(?:the\s+)?number\s+of|totall?ing)\s+$")
_WOUNDS_RECEIVED = re.compile(r"\b(?:wounds|injuries|burns)\b[^.;,]{0,50}$")
_LEAVING = re.compile(r"\b(?:leaving|left|leaves)\s+(?:at\s+least\s+|about\s+|some\s+|over\s+)?$")
_KILL_OBJECT = re.compile(r"\b(?:killed|killing|kills|kill|shot\s+dead|shooting\s+dead|executed|executing|murdered|"
                          r"massacred|beheaded|gunned\s+down)\s+(?:at\s+least\s+|about\s+|some\s+|over\s+)?$")
#: a count that opens a new clause after a casualty word: "killed when about 300 miners overran the post"
_CLAUSE_SUBJECT = re.compile(r"\b(?:when|after|while|because|before|until|whereas)\s+(?:some\s+|about\s+|around\s+|nearly\s+|"
                             r"almost\s+|over\s+|more\s+than\s+|at\s+least\s+|up\s+to\s+)?$")
_NOMINAL_BEFORE = re.compile(r"\bthe\s+(martyrdom|sacrifice|killing|deaths?|murders?|execution|injury|injuries|wounding)\s+of\s+"
                             r"(?:at\s+least\s+|about\s+|some\s+|over\s+)?$")
_KILL_RIGHT_BEFORE = re.compile(r"\b(?:killed|killing|kills|kill|left|leaving|neutrali[sz]ed|neutrali[sz]ing|eliminated|"
                                r"eliminating)\s+[\"“]?" + _QUAL + "$")


#: what may stand between two coordinated counts: "3 rangers (RGR) and 2 porters", "three local
#: guards and eleven civilians" (the rest of the first noun, never a preposition or a verb)
_COORD_TIGHT = re.compile(r"\s*(?:,|and|,\s*and|or)\s*")
_COORD_GAP = re.compile(r"\s*(?:(?!(?:in|on|at|near|from|to|by|with|of|for|while|when|after|before|during|were|"
                        r"was|are|is|had|have|has|and|or|but|as)\b)[a-z][\w'’-]*\s+){0,2}"
                        r"(?:of\s+(?:the\s+)?[a-z][\w'’-]*\s+)?"      # "seven members of the police and three civilians"
                        r"(?:\([^()]{1,30}\)\s*)?(?:,|and|,\s*and|or)\s*")


#: "executed four men in the village and five others at the mine": "others" past a place
_PLACE_GAP = re.compile(r"\s+(?:in|at|near|on|from|outside)\s+[^,;.\d]{1,50}?\s+and\s+")
_OTHERS_AFTER = re.compile(r"\s+(?:others|more)\b")


def _coordinated(out: list, nums: list, i: int, sentence: str, offset: int, cut: int, lex: Lexicon,
                 loose: bool = True) -> bool:
    """Is number ``i`` the next conjunct of the casualty figure just read ("killing 3 soldiers
    and 2 civilians", "killing one ranger, four farmers")? ``cut`` = qualifier words before it.
    ``loose``: "3 soldiers, 2 civilians" right after each other also counts; otherwise the first
    figure must take its category from a verb before it ("killing 3 rangers and 2 porters", not
    "7 were killed and 88 animals stolen")."""
    if not (i > 0 and out and out[-1].type == "casualty" and out[-1].number is nums[i - 1]):
        return False
    a, b = out[-1].end - offset, nums[i].start - cut
    if loose and a >= b - 12 and _COORD_TIGHT.fullmatch(sentence, a, b) is not None:
        return True
    if lex.casualty_re.search(sentence.lower(), nums[i - 1].end, a) is not None:
        return False
    return _COORD_GAP.fullmatch(sentence, a, b) is not None or (
        _PLACE_GAP.fullmatch(sentence, a, b) is not None and _OTHERS_AFTER.match(sentence, nums[i].end) is not None)


def n_start_end(low: str, n_start: int) -> int:
    """End of the number token that starts at ``n_start``."""
    m = re.match(r"[\w,.-]+", low[n_start:])
    return n_start + (len(m.group(0).rstrip(",.")) if m else 0)


_FALLBACK_RANK = {"killed": 0, "injured": 1, "missing": 2, "rescued": 3, "hospitalized": 4, "trapped": 5}


_SUBSET_LEFT = re.compile(r"\b(?:including|incl\.?|among\s+them|among\s+whom|of\s+whom|of\s+them|from\s+them|among\s+those|"
                          r"of\s+which|among\s+which|"      # (translated: "eleven lost the life, of which eight military")
                          r"(?:dead|victims|wounded|injured|killed)\s+(?:had\s+|have\s+)?includ(?:ed|e|es))\s*(?:the\s+)?$|"
                          r":\s*$|"     # ("including the 2 bombers")
                          # "including nine children and five women", "including two medics, a nurse and three"
                          r"\b(?:including|among\s+them|among\s+whom)\s+(?:[^;:(),.]{1,30},\s*){0,3}[^;:,.]{1,45}?[^,\s]"
                          r"\s+(?:and|or)\s+$")


# "Among the dead were eight children": a part of the toll the article gave
_AMONG_THE = re.compile(r"\bamong\s+(?:the|those)\s+(?:dead|killed|victims|wounded|injured|casualties|hurt)\s+"
                        r"(?:were|was|are|is|(?:one|we)\s+counts?|there\s+(?:were|are))\s*$|"   # (translated: "one counts")
                        r"\b(?:the|those)\s+(?:dead|killed|victims|wounded|injured)\s+(?:had\s+|have\s+)?includ(?:ed|e|es)\s*$")


def _flag(flags: dict, j: int, low: str, nums: list[Number]) -> bool:
    got = flags.get(j)
    if got is None:
        got = flags[j] = _is_subset_number(low, nums[j])
    return got


def _trigger_memo(memo: dict, low: str, n_start: int, head_end: int, lo: int, hi: int, lex: Lexicon):
    """_trigger_for (a pure function of its arguments) answered once per (number, window)."""
    k = (n_start, head_end, lo, hi)
    if k not in memo:
        memo[k] = _trigger_for(low, n_start, head_end, lo, hi, lex)
    return memo[k]


def _is_subset_number(sentence_l: str, n: Number) -> bool:
    if re.match(r"\s+of\s+(?:them|whom)\b", sentence_l[n.end:]):
        return True
    left = sentence_l[max(0, n.start - 60):n.start]
    return bool(_SUBSET_LEFT.search(_strip_qualifier(left)))


def _ranges(sentence: str, nums: list[Number]) -> list[Number]:
    """"between 11 and 20 people", "25 to 54 people", "10-15 civilians": one number, its low
    the count and its high kept."""
    out, i = [], 0
    while i < len(nums):
        n = nums[i]
        if i + 1 < len(nums):
            m = nums[i + 1]
            gap = sentence[n.end:m.start]
            g = _RANGE_GAP.fullmatch(gap)
            left = sentence[max(0, n.start - 30):n.start].lower()
            if g and n.value and m.value and n.value < m.value and not (n.vague or m.vague) and \
                    ("and" not in gap or re.search(r"\bbetween\s+$", left)) and not re.search(r"\baged?\s+(?:between\s+)?$", left) \
                    and not re.search(r"\b(?:from|by)\s+(?:about\s+|around\s+|some\s+)?$", left) \
                    and not (m.value >= 1900 and m.value <= 2100 and not m.in_words):
                out.append(Number(n.start, m.end, sentence[n.start:m.end], n.value, low=n.value,
                                  in_words=n.in_words, high=m.value))
                i += 2
                continue
        d = _DASH_RANGE.match(sentence, n.end)
        if d and n.value is not None and not n.vague and n.value < int(d.group(1)) < 10 ** 9 and \
                not re.search(r"\baged?\s+$", sentence[max(0, n.start - 12):n.start].lower()):
            out.append(Number(n.start, d.end(), sentence[n.start:d.end()], n.value, low=n.value, high=int(d.group(1))))
        else:
            out.append(n)
        i += 1
    return out


class _Sentence:
    """One sentence being read for figures: its text and numbers, the figures found so far and
    the last casualty figure (this sentence's, else the one before it)."""

    __slots__ = ("sentence", "offset", "lex", "low", "nums", "previous", "previous_weapon", "out", "last_cas",
                 "subset_flags", "trig_memo", "forced_launch", "military_scene")

    def __init__(self, sentence: str, offset: int, lex: Lexicon, nums: list[Number],
                 previous: Optional[Figure], previous_weapon: Optional[Figure]):
        self.sentence, self.offset, self.lex, self.nums = sentence, offset, lex, nums
        self.low = sentence.lower()
        self.previous, self.previous_weapon = previous, previous_weapon
        self.subset_flags: dict[int, bool] = {}     # _is_subset_number of nums[j], asked for when needed
        self.trig_memo: dict = {}                   # _trigger_for's answers: one number asks up to four times
        self.out: list[Figure] = []
        self.last_cas = previous
        self.forced_launch: set[int] = set()
        self.military_scene: Optional[Callable[[], bool]] = None

    def trigger(self, c: "_Candidate"):
        """The casualty word of candidate ``c`` (``_trigger_for`` in its clause), memoised."""
        return _trigger_memo(self.trig_memo, self.low, c.n.start, c.head_end, c.lo, c.hi, self.lex)


class _Candidate:
    """One number of the sentence read as a possible figure: the words around it, its
    qualifier, what its head says it counts and the clause its rules may read (lo, hi)."""

    __slots__ = ("i", "n", "left_full", "left", "right", "qual", "kind", "info", "used", "head_end", "lo", "hi")

    def __init__(self, i, n, left_full, left, right, qual, kind, info, used, head_end, lo, hi):
        self.i, self.n, self.left_full, self.left, self.right, self.qual = i, n, left_full, left, right, qual
        self.kind, self.info, self.used, self.head_end, self.lo, self.hi = kind, info, used, head_end, lo, hi


def find_figures(sentence: str, offset: int, lex: Optional[Lexicon] = None,
                 excluded: tuple[tuple[int, int], ...] = (), previous: Optional[Figure] = None,
                 previous_weapon: Optional[Figure] = None, numbers: Optional[list[Number]] = None,
                 military_scene: Optional[Callable[[], bool]] = None) -> list[Figure]:
    """Figures of one sentence. ``offset`` is its start in the document; ``excluded``
    holds absolute spans (dates) whose numbers are not counts; ``previous`` is the last
    casualty figure before this sentence (for "corrected that to 29"); ``military_scene``,
    asked only when a dual-use weapon needs it, says whether its paragraph tells of an attack
    ("The strike came at 10:30. Witnesses said three drones approached": no farm drones)."""
    lex = lex or load()
    if numbers is None:
        if not _HAS_NUMBER.search(sentence):
            return []
        numbers = list(find_numbers(sentence))
    nums = _ranges(sentence, [n for n in numbers if not any(a <= n.start + offset < b for a, b in excluded)])
    nums = nums[:MAX_NUMBERS]       # a "sentence" of thousands of numbers is a table or an attack on us
    if not nums:
        return []
    if '"' in sentence or "\u201c" in sentence:
        # 'had killed "more than 15 criminals"': the quote is no word between the verb and its count
        sentence = _QUOTE_BEFORE_COUNT.sub(" ", sentence)
        # ... nor between the count and its noun: 'that "more than 30" militants died'
        sentence = _QUOTE_AFTER_COUNT.sub(lambda m: m.group(1) + " ", sentence)
    cx = _Sentence(sentence, offset, lex, nums, previous, previous_weapon)
    cx.military_scene = military_scene
    for i, n in enumerate(nums):
        _read_number(cx, i, n)
    return _final_passes(cx)


_QUOTE_AFTER_COUNT = re.compile(r"(\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|"
                                r"thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen))[\"\u201d](?=\s+[a-z])")
_QUOTE_BEFORE_COUNT = re.compile(r"[\"\u201c](?=(?:(?:more|fewer|less)\s+than\s+|at\s+least\s+|about\s+|around\s+|"
                                 r"some\s+|up\s+to\s+|over\s+|nearly\s+|almost\s+)?(?:\d|(?:one|two|three|four|five|"
                                 r"six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|sixty|"
                                 r"seventy|eighty|ninety|a\s+dozen|dozens|hundreds)\b))", re.I)
_AGE_AFTER = re.compile(r"-?\s?(?:years?|months?)[-\s]old\b")


def _read_number(cx: _Sentence, i: int, n: Number) -> None:
    """Number ``i`` of the sentence: the figure it gives, if any, added to ``cx.out``."""
    sentence, nums = cx.sentence, cx.nums
    # the words before the number, in a bounded window: every rule reads at most this far
    # back, and a crafted sentence of thousands of numbers stays linear
    w0 = max(0, n.start - LEFT_WINDOW)
    left_full = sentence[w0:n.start]
    right = sentence[n.end:]
    if _not_a_count(n, left_full, right):
        return
    qm = _qualifier_match(left_full)
    qual = qm.lastgroup if qm else "exact"
    left = left_full[:len(left_full) - len(left_full[-40:]) + qm.start()] if qm else left_full
    kind, info, used = classify_head(right, cx.lex)
    if kind == "trigger" and not counts_here(info.get("word", ""), right, used):
        kind, info, used = "none", {}, 0     # "one fell in an empty field": a drone's fall, no soldier's
    head_end = n.end + used
    if kind in ("person", "other", "none") and _AGENT_BY.search(left[-30:]) and n.high is None:
        return          # "killed by 40 gunmen": the attackers, not the victims
    prev_end = nums[i - 1].end if i else 0
    # the clause reaches past subset numbers ("24 people, four of them children, died")
    nxt = next((m.start for j, m in enumerate(nums[i + 1:], i + 1) if m.start >= head_end and
                not _flag(cx.subset_flags, j, cx.low, nums) and not _AGE_AFTER.match(sentence, m.end)),
               len(sentence))   # (nor an age: "One resident, a 68-year-old woman ..., is still missing")
    lo = max(prev_end, n.start - 90)
    hi = min(nxt, head_end + 90)
    if _part_of_weapon_count(cx, i, n, qual):
        return
    if kind in ("person", "other", "none") and _GOT_AWAY.match(cx.low, head_end):
        return          # "Police killed 3 gunmen and one fled": those who got away are no victims
    c = _Candidate(i, n, left_full, left, right, qual, kind, info, used, head_end, lo, hi)
    if _weapon_follow_up(cx, c):
        return
    if kind == "other" and not _other_as_people(cx, c):
        return
    fig = _casualty_figure(cx, c)
    if fig is not None:
        _finish_figure(cx, c, fig)


#: a unit or gang named by a number: "the 444 Brigade", "the 400 Mawozo" (but "the 40 Russians", "the 2 SSA fighters")
_NUMBERED_NAME = re.compile(r"\s+(?![A-Z][a-z]*(?:ans|ese|is)\b)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
                            r"(?=\s+(?:and|or|in|of|at|on|from|to|with|gangs?|brigade|forces|militia|group|said|says)\b|"
                            r"\s*[,.;)]|\s*$)")
_HOURS = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|midnight|noon)"
_CLOCK_AFTER = re.compile(rf"\s+(?:minutes\s+)?(?:to|past)\s+{_HOURS}\b", re.I)
_NOT_BEFORE = re.compile(r",\s*not\s+$")
_AS_FIRST_REPORTED = re.compile(r"\s+as\s+(?:first|initially|earlier|previously|originally)\s+(?:reported|said|stated|announced)",
                                re.I)
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.I)
_FROM_TO_BEFORE = re.compile(r"\bfrom\s+\w+\s+to\s+$", re.I)
_CLOCK_BEFORE = re.compile(r"\b(?:five|ten|twenty|twenty-five|quarter|half)\s+(?:minutes\s+)?(?:to|past)\s+$", re.I)
_SMALL = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)"
#: a share, not a count: "about four in five were shot down" (the ratio stands alone before its verb)
_RATIO_END = r"(?=\s+(?:were|was|are|is|had|have|of\s+them)\b|\s*[,.;])"
_RATIO_AFTER = re.compile(rf"\s+in\s+(?:every\s+)?{_SMALL}\b{_RATIO_END}", re.I)
_RATIO_BEFORE = re.compile(rf"\b{_SMALL}\s+in\s+(?:every\s+)?$", re.I)
_THE_ADJ_BEFORE = re.compile(r"\b(?:the|this|that|an?)\s+(?:[a-z-]+\s+)?$")
_ONE_IDIOM = re.compile(r"\s+(?:after\s+(?:the\s+other|another)|by\s+one|another)\b", re.I)


#: a place's code before a number: "in NU 8", "at Zone C 4" (capitals only, after a preposition)
_CODE_BEFORE = re.compile(r"\b(?:in|at|from|near|of)\s+(?:[A-Z][a-z]+\s+)?[A-Z]{1,3}\s+$")
_CODE_END = re.compile(r"\s*(?:[.,;:)]|$|\s+(?:and|on|in|at|near|during|when|after|before)\b)")


#: a comparison with a count told before: "Five people were wounded, one more than first reported"
_MORE_THAN_REPORTED = re.compile(r"\s+(?:more|fewer|less)\s+than\s+(?:first|previously|initially|earlier|originally|"
                                 r"in\s+the\s+first|the\s+first|had\s+been|in\s+(?:his|her|its|their|the)\s+(?:first|"
                                 r"earlier|previous|initial|last)|(?:on|the\s+day)\s+before|yesterday)\b")


def _not_a_count(n: Number, left_full: str, right: str) -> bool:
    """Ages, distances, times, storeys, money, percentages, model numbers, "a group of 8",
    "Rajaram Jha, 25," and years: numbers that count nothing we record."""
    if _NOT_COUNT_AFTER.match(right) or n.high is None and _NOT_COUNT_BEFORE.search(left_full[-20:]) or \
            _NOT_COUNT_CONTEXT.search(left_full[-40:]) or _AGE_AFTER_NAME.search(left_full[-30:]) and \
            (right.lstrip().startswith(",") or re.match(r"\s*(?:[.;)]|$)", right) and not n.in_words) or \
            _AGE_IN_BRACKETS.search(left_full[-40:]) and \
            re.match(r"\s*\)", right):
        return True
    if n.value == 1 and _ONE_IDIOM.match(right):
        return True     # "two missiles, one after the other", "one by one"
    if n.value == 1 and n.in_words and re.search(r"\bthe\s+$", left_full[-5:]) \
            and not re.match(r"\s+(?:person|man|woman|child|soldier|civilian)\b", right):
        return True     # "a higher toll than the one announced by the government": a pronoun
    if _MORE_THAN_REPORTED.match(right):
        return True     # "Five people were wounded, one more than first reported": a difference
    if _AGE_OF.search(left_full[-30:]):
        return True     # "a man of about 50 in serious condition"
    if _RATIO_AFTER.match(right) or _RATIO_BEFORE.search(left_full[-25:]) and re.match(_RATIO_END, right) or \
            n.value == 1 and re.search(r"\bnot\s+$", left_full[-8:]):
        return True     # "about four in five were shot down": a share; "not one was intercepted": none
    if n.value == 1 and n.text.lower() == "one" and _THE_ADJ_BEFORE.search(left_full[-30:]) \
            and re.match(r"\s*(?:[.;)]|$)", right):
        return True     # "no evidence for a toll above the official one": a pronoun
    if not n.in_words and not left_full.strip(" \t\n(") and re.match(r"[.)]\s", right) and n.value is not None \
            and n.value < 100:
        return True     # an item's number: "2) On 4 March 2023, militants abducted 6 civilians", "3. ensure that ..."
    if not n.in_words and re.match(r"\s*:", right) and re.search(r"\b[A-Z][a-z]+\.?\s+$", left_full[-25:]) \
            and not re.search(r"(?i)\b(?:killed|dead|deaths|injured|wounded|missing|fatalities|casualties)\s+$", left_full[-25:]):
        return True     # "Brgy. Rosary Heights 10: a tricycle driver was shot dead": a place's number
    if n.in_words and (_CLOCK_AFTER.match(right) and not _FROM_BEFORE.search(left_full[-12:])
                       or _CLOCK_BEFORE.search(left_full[-25:]) and not _FROM_TO_BEFORE.search(left_full[-30:])):
        return True     # "at about twenty to two this morning": a time (not "the toll rose from five to six")
    if not n.in_words and _CODE_BEFORE.search(left_full[-12:]) and _CODE_END.match(right):
        return True     # "shot dead at a house in NU 8", "a tavern in NU 12": a township unit's number
    if left_full.endswith(("the ", "The ")) and _NUMBERED_NAME.match(right) and not n.in_words:
        return True     # "between the 444 Brigade and the SSA", "the 400 Mawozo and Chen Mechan gangs": names
    return n.value is not None and 1900 <= n.value <= 2100 and "," not in n.text and not n.in_words


def _part_of_weapon_count(cx: _Sentence, i: int, n: Number, qual: str) -> bool:
    """"shot down 98 of 145 drones": 98 is a part of the weapon count that follows (which is
    then read as launched). True when number ``i`` was taken so."""
    nums, sentence = cx.nums, cx.sentence
    if i + 1 < len(nums) and re.fullmatch(r"\s+(?:more\s+|other\s+|further\s+)?of\s+(?:the\s+)?(?:a\s+total\s+of\s+)?",
                                          sentence[n.end:nums[i + 1].start]):
        k2, info2, used2 = classify_head(sentence[nums[i + 1].end:], cx.lex)
        ref = next((f for f in reversed(cx.out) if f.type == "weapon"), None) or cx.previous_weapon
        if k2 != "weapon" and ref is not None and re.match(r"\s+(?:launched|fired|sent)\b", sentence[nums[i + 1].end:]):
            # "disabling 16 of the 36 launched Thursday": the weapons counted before
            k2, info2, used2 = "weapon", {"category": ref.category, "model": ref.model, "words": []}, 0
        if k2 == "weapon":
            f = _weapon(n, info2, sentence, cx.offset, 0, qual)
            f.end = cx.offset + nums[i + 1].end + used2
            cx.out.append(f)
            cx.forced_launch.add(i + 1)
            return True
    return False


#: those who attack (not a count of victims): "the assailants, estimated at about thirty", "pursued the attackers"
_ATTACKER_NOUNS = r"attackers|assailants|gunmen|militants|fighters|insurgents|rebels|raiders|bandits"
#: "pursued the attackers towards the forest and had neutralised four of them": of those people
_PEOPLE_BEFORE = re.compile(rf"\b(?:{_ATTACKER_NOUNS}|terrorists|jihadists)\b"
                            r"(?![^.;]*\b(?:drones?|missiles?|rockets?|shells?|bombs?|munitions|mortars?)\b)[^.;]*$")
_KILL_SUBSET_BEFORE = re.compile(r"\b(?:neutrali[sz]ed|eliminated|liquidated|killed|destroyed)\s+$")
_CACHE_BEFORE = re.compile(r"\b(?:hideout|cache|stockpile|depot|arsenal)\s+(?:[\w-]+\s+){0,3}?(?:containing|with|of)\s+"
                           r"(?:about\s+|some\s+|around\s+)?$|\b(?:seized|confiscated|recovered)\s+(?:about\s+|some\s+)?$")
_IN_QUANTITY = re.compile(r"([\w-]+(?:\s+[\w-]+){0,2})\s+in\s+(?:the\s+)?(?:quantity|number|amount)\s+of\s+$", re.I)
_GOT_AWAY = re.compile(r"\s+(?:fled|escaped|survived|surrendered|got\s+away|managed\s+to\s+(?:escape|flee))\b")
#: "the Defence Ministry says 63 were destroyed": a bare count of the weapons just named
_DOWNED_AFTER = re.compile(r"\s+(?:were|was|have\s+been|had\s+been)\s+(?:all\s+)?(?:shot\s+down|destroyed|intercepted|"
                           r"downed|neutrali[sz]ed|brought\s+down|jammed|suppressed|stopped\s+by\s+(?:jamming|"
                           r"electronic|air\s+defen[cs]e))\b")
_HIT_AFTER = re.compile(r"\s+(?:hit|struck|landed|fell|exploded|impacted|crashed)\b")
_DOWNED_BEFORE = re.compile(r"\b(?:shot\s+down|intercepted|downed|destroyed|neutrali[sz]ed)\s+"
                            r"(?:all\s+but\s+|only\s+|as\s+many\s+as\s+|at\s+least\s+)?$")
_SPEAKS = re.compile(r"\s*,?\s*(?:said|says|told|recalled|described|added|explained|asked|spoke)\b", re.I)


_THE_TOLL_NOUN = re.compile(r"\s*the\s+(dead|wounded|injured|victims)\s*,\s*")
_TOLL_NOUN_CATEGORY = {"dead": "killed", "victims": "killed", "wounded": "injured", "injured": "injured"}
_OF_WHOM = re.compile(r"\s+of\s+whom\b")     # "The dead, two of whom were teenagers": persons, never weapons
_THE_WEAPONS = re.compile(r"\b(?:the|these|those)\s+((?:[\w-]+\s+){0,2}?(?:missiles|drones|rockets|shells|bombs))\b")


def _named_weapons_before(cx: _Sentence, end: int, ref) -> Optional[tuple]:
    """(category, model) of weapons the sentence names without a count before ``end``, after the
    last weapon figure: "None of the ballistic missiles was intercepted; three of them hit"."""
    start = max((f.end - cx.offset for f in cx.out if f.type == "weapon"), default=0)   # (figure ends are absolute)
    hits = list(_THE_WEAPONS.finditer(cx.low, max(0, start), end))
    if len(hits) != 1:
        return None     # (none, or "the drones came with the shells, and one of them": which is unsaid)
    wt = _weapon_term(hits[-1].group(1).split(), cx.lex)
    return (wt[0], wt[1]) if wt and (wt[0], wt[1]) != (ref.category, ref.model) else None


_THE_HURT_BEFORE = re.compile(r"\b(?:the|all\s+the|all|those)\s+(?:injured|wounded|victims|dead|casualties|hurt)\b")


def _weapon_follow_up(cx: _Sentence, c: _Candidate) -> bool:
    """A weapon figure of the candidate: a subset of the weapons counted before ("... of them
    hit"), "others" after a weapon count, or a weapon head. True when one was added."""
    out, n, kind, info = cx.out, c.n, c.kind, c.info
    if kind == "subset" and not any(f.type == "casualty" for f in out) and (
            any(f.type == "weapon" for f in out) or cx.previous_weapon is not None) and \
            not _OF_WHOM.match(cx.low, n.end) and \
            not _SPEAKS.match(cx.sentence, n.end + c.used) and \
            not re.search(r"\b(?:every|each|any|no)\s+$", cx.low[max(0, n.start - 8):n.start]) and \
            not (not out and _THE_HURT_BEFORE.search(cx.low, 0, n.start)):
        # (not "All the injured were delivered to the hospital, 4 of them in heavy state are transported": people)
        kill = _KILL_SUBSET_BEFORE.search(cx.low, max(0, n.start - 30), n.start)
        if kill and _PEOPLE_BEFORE.search(cx.low, max(0, n.start - 100), kill.start()):
            # "pursued the attackers towards the forest and had neutralised four of them": people
            out.append(Figure("casualty", "killed", n, cx.offset + kill.start(), cx.offset + n.end + c.used, c.qual,
                              "people"))
            return True
        # ("One of them said ...": a person; "until every one of them is in prison": no count)
        ref = next((f for f in reversed(out) if f.type == "weapon"), None) or cx.previous_weapon
        named = _named_weapons_before(cx, n.start, ref)
        if named is None and ref.count is not None and n.value is not None and n.value > ref.count:
            return False    # "a missile hit a house ... new windows, about 600 of them": not those
        cat, model = named or (ref.category, ref.model)
        f = _weapon(n, {"category": cat, "model": model, "words": []}, cx.sentence, cx.offset, c.used, c.qual)
        f.origin = ref.origin if named is None else None
        if f.role == "launched":
            f.role = "hit" if _ROLE_HIT.search(cx.low[n.end:]) else "launched"
        out.append(f)
        return True
    downed = kind == "none" and (_DOWNED_BEFORE.search(cx.low, max(0, n.start - 40), n.start) and
                                 re.match(r"\s*(?:[.;]|$|,\s*(?:while|and|but|according)\b)", cx.low[n.end:])
                                 or _DOWNED_AFTER.match(cx.low, n.end)
                                 or re.search(r"\b(?:shot|brought|took)\s+$", cx.low[max(0, n.start - 8):n.start])
                                 and re.match(r"\s+down\b", cx.low[n.end:]))     # "officers shot one down"
    struck = kind in ("none", "other") and _HIT_AFTER.match(cx.low, n.end) and (
        any(f.type == "weapon" for f in out) and
        re.search(r"(?:[;,]\s*|\s)(?:and|but|while)\s+$|[;,]\s*$", cx.low[max(0, n.start - 8):n.start])
        or cx.previous_weapon is not None and not cx.low[:n.start].strip())   # "... three drones. Two hit the market"
    if (downed or struck) and (any(f.type == "weapon" for f in out) or cx.previous_weapon is not None) \
            and not cx.trigger(c):
        # "Russia launched 17 Shahed drones. Air defence shot down 15.", "launched 9 drones ...; one hit a
        # market": of those drones
        ref = next((f for f in reversed(out) if f.type == "weapon"), None) or cx.previous_weapon
        named = _named_weapons_before(cx, n.start, ref)     # "Of the drones, 71 were shot down"
        if named is None and (ref.count is None or n.value is None or n.value > ref.count):
            return False
        cat, model = named or (ref.category, ref.model)
        f = _weapon(n, {"category": cat, "model": model, "words": []}, cx.sentence, cx.offset, c.used, c.qual)
        f.origin, f.role = ref.origin if named is None else None, "shot_down" if downed else "hit"
        out.append(f)
        return True
    if kind == "person" and info.get("noun") in ("others", "more") and out and out[-1].type == "weapon" and \
            not any(f.type == "casualty" for f in out) and not cx.trigger(c):
        # "shot down 86 drones, while 48 others were lost": more of the same weapons
        ref = out[-1]
        f = _weapon(n, {"category": ref.category, "model": ref.model, "words": []}, cx.sentence, cx.offset,
                    c.used, c.qual)
        out.append(f)
        return True
    q = _IN_QUANTITY.search(cx.sentence, max(0, n.start - 80), n.start) if kind in ("none", "other") else None
    if q is not None and (wt := _weapon_term(q.group(1).split(), cx.lex)) is not None:
        # "strike drones in quantity of three units" (translated: "в количестве трёх единиц")
        f = _weapon(n, {"category": wt[0], "model": wt[1], "words": q.group(1).split()}, cx.sentence, cx.offset,
                    c.used, c.qual)
        out.append(f)
        return True
    if kind == "weapon" and _CACHE_BEFORE.search(cx.low, max(0, n.start - 50), n.start):
        return True         # "destroyed a hideout containing 5 homemade bombs": a cache, no attack's weapons
    if kind == "weapon":
        f = _weapon(n, info, cx.sentence, cx.offset, c.used, c.qual)
        if c.i in cx.forced_launch:
            f.role = "launched"
        out.append(f)
        return True
    return False


#: words that say what people were taken for, before what they did ("suspected smugglers")
_STATUS = frozenset("suspected alleged presumed armed unarmed unidentified unknown".split())


def _other_as_people(cx: _Sentence, c: _Candidate) -> bool:
    """An "other" head (some noun that is no people, weapon or casualty word) read as people
    when a killing verb stands before it, a casualty predicate follows it, or it is the next
    conjunct of a casualty figure: the candidate becomes a count of people. False: no figure."""
    n, info, right = c.n, c.info, c.right
    words = info.get("words", [])
    killing = re.search(r"\b(?:killed|killing|kills|kill|wounded|wounding|injured|injuring|massacred|"
                        r"executed|murdered|shot\s+dead|gunned\s+down)\s*$", c.left.lower())
    # "killed 20 suspected sandalwood smugglers", "killed 12 alleged drug traffickers"
    status = len(words) == 3 and words[0] in _STATUS and words[-1] not in _NOT_PEOPLE
    if killing and (len(words) <= 2 or status):
        # as many words as the head has ("five Koglweogo", not "five Koglweogo and")
        m_used = re.match(r"\s*(?:[\w'’-]+\s+){0,%d}[\w'’-]+" % max(0, min(len(words), 3) - 1), right)
        used = len(m_used.group(0)) if m_used else 0
    elif words and singular(words[-1]) not in _NOT_PEOPLE and words[-1] not in _NOT_PEOPLE and \
            _trigger_for(cx.low, n.start, n.end + info["end"], n.start, len(cx.low), cx.lex, predicate_only=True):
        used = info["end"]      # "3 rangers were killed", "6 TTP and foreign militants were killed"
    elif words and len(words) <= 2 and singular(words[-1]) not in _NOT_PEOPLE and \
            words[-1] not in _NOT_PEOPLE and _coordinated(cx.out, cx.nums, c.i, cx.sentence, cx.offset, 0, cx.lex,
                                                          loose=False) and \
            not cx.out[-1].subset:
        used = info["end"]      # "killing 3 rangers and 2 porters": the porters too
    else:
        return False
    c.kind, c.info, c.used = "person", {"group": "people"}, used
    c.head_end = n.end + used
    return True


_ADMITTED_AFTER = re.compile(r"(?:\s*,[^,;]{1,60},)?\s+(?:had\s+been|have\s+been|were|was)\s+(?:airlifted|flown|medevaced)\b|"
                             r"(?:\s*,)?\s+(?:of\s+whom\s+)?(?:still\s+)?(?:remain|remains|remained)\s+confined\b|"   # "17 of whom remained confined"
                             r"\s+(?:still\s+)?(?:remain|remains|remained|are\s+still|were\s+still|stay|stays|stayed)\s+in\s+(?:a\s+|the\s+)?"
                             r"(?:[\w-]+\s+){0,3}?(?:hospitals?|(?:medical|health)\s+(?:institutions?|facilit(?:y|ies)))\b|"      # "three of them remain in Rafidia hospital"
                             r"(?:\s*,[^,;]{1,60},|\s+(?:wounded|injured|hurt)\s+in\s+(?:the\s+)?[\w-]+)?"
                             r"\s+(?:are|is|were|was|remain|remains|remained)\s+(?:still\s+)?(?:on\s+admission|"
                             r"in\s+(?:the\s+)?(?:intensive\s+care|icu|(?:(?:city|district|regional|provincial|general|local|military)\s+)?hospitals?)\b|"     # "Five of the injured are in the intensive care unit"
                             r"being\s+treated\s+(?:at|in)\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:hospitals?|clinics?|(?:medical|health)\s+cent(?:re|er)s?)\b)|"
                             r"\s+admitted\b(?!\s+(?:that|to\s+(?:having|being)))|"   # "37 wounded admitted"
                             r"(?:\s*,[^,;]{1,90},)?\s+(?:were|was|are|is|remain|remains|have\s+been|had\s+been)\s+(?:\w+\s+)?(?:admitted|warded|"
                             r"hospitali[sz]ed|taken\s+to\s+(?:a\s+|the\s+)?(?:[\w'’-]+\s+){0,3}?hospitals?|"
                             r"(?:transferred|moved|evacuated|airlifted|flown|shifted|rushed|referred|brought|sent|taken|"
                             r"transported|conveyed|ferried|carried)\s+(?:\w+\s+){0,3}?to\s+(?:a\s+|the\s+)?"
                             r"(?:[\w-]+\s+){0,4}?(?:hospitals?|clinics?|(?:medical|health)\s+cent(?:re|er)s?)|"
                             r"(?:transferred|moved|evacuated|airlifted|flown|shifted|rushed)\s+[^.;]{0,60}?\bfor\s+"
                             r"(?:surgery|treatment|medical\s+(?:treatment|care)))\b")


#: the wounded moved elsewhere for care: "five of them, of reserved prognosis, were transferred in
#: ambulance to the city of Cochabamba", "Four, among them a child, were flown by helicopter to Tbilisi"
_MOVED_AFTER = re.compile(r"(?:\s*,[^,;]{1,60},|\s+in\s+(?:a\s+)?(?:serious|critical|grave|heavy|stable)\s+(?:state|condition))?"
                          r"\s+(?:were|was|is|are|have\s+been|had\s+been)\s+(?:later\s+|then\s+)?"
                          r"(?:transferred|airlifted|flown|medevaced|evacuated|referred|transported|conveyed|ferried)\s+"
                          r"(?:[\w-]+\s+){0,8}?(?:to|from|towards?)\s")
#: a verb that moved the counted, right before them: "transferred 12 of the wounded to the National Hospital"
_MOVED_BEFORE = re.compile(r"\b(?:transferred|transported|moved|evacuated|airlifted|flew|flown|rushed|took|taken|brought|"
                           r"referred)\s+$")
_TO_HOSPITAL_AFTER = re.compile(r"\s+to\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,4}?(?:hospitals?|clinics?|(?:health|medical)\s+"
                                r"cent(?:re|er)s?)\b")
#: the whole a part is taken from: "Eight of the 14 injured"
_WHOLE_OF_PART = re.compile(r"\bof\s+(?:the|those|these)\s+$")
#: where the moved wounded went is a place of care ("... toward the hospital El-Maarouf", not "to Dori")
_TO_CARE = re.compile(r"(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}?(?:hospitals?|clinics?|(?:health|medical)\s+cent(?:re|er)s?)\b")
_NEXT_WORD = re.compile(r"\s+([a-z]+)")


def _moved_for_care(low: str, pos: int) -> bool:
    """Were those counted before ``pos`` moved to a place of care ("were evacuated ... toward the
    hospital El-Maarouf"), not just somewhere ("were evacuated by helicopter to Dori")?"""
    moved = _MOVED_AFTER.match(low, pos)
    return moved is not None and (_TO_CARE.match(low, moved.end()) is not None
                                  or _BY_AIR_AMBULANCE.search(low, pos, moved.end()) is not None)


#: moved by a medical flight: "2 of them in heavy state are transported by the sanitary aviation to Kursk"
_BY_AIR_AMBULANCE = re.compile(r"\bby\s+(?:the\s+|an?\s+)?(?:sanitary\s+aviation|air\s+ambulances?|medical\s+(?:helicopters?|"
                               r"aircraft|planes?|flights?)|medevac)\b")
_MORE = re.compile(r"\s+(?:more|others?)\b")


def _past_people_noun(cx: _Sentence, pos: int) -> int:
    """Where a counted phrase ends once a noun of people right after ``pos`` is read ("of the
    wounded soldiers")."""
    m = _NEXT_WORD.match(cx.low, pos)
    return m.end() if m and (m.group(1) in cx.lex.people or singular(m.group(1)) in cx.lex.people) else pos


_BODIES_OF = re.compile(r"\bbod(?:y|ies)\s+of\s+(?:the\s+|a\s+|another\s+)?$")


def _casualty_figure(cx: _Sentence, c: _Candidate) -> Optional[Figure]:
    """The casualty figure of a candidate whose head is a casualty word, a part ("of them",
    "of the dead"), people or nothing; None when no casualty word or toll says what it counts."""
    ev = (cx.offset + c.n.start, cx.offset + c.head_end)
    if c.kind == "person" and _SPEAKERS.match(cx.low, c.head_end):
        return None     # "..., including three children, two local officials said": who tells it
    parent = next((f for f in reversed(cx.out) if f.type == "casualty" and not f.subset), None)
    if c.kind == "trigger":
        cat = cx.lex.casualty[c.info["word"]][0]
        if cat in ("displaced", "evacuated") and _KILL_OBJECT.search(cx.low, max(0, c.n.start - 25), c.n.start):
            cat = "killed"          # "shot dead 4 displaced persons": the displaced were killed
        if cat == "injured" and (_ADMITTED_AFTER.match(cx.low, c.head_end) or _moved_for_care(cx.low, c.head_end)) \
                and not _WHOLE_OF_PART.search(cx.low, max(0, c.n.start - 15), c.n.start):
            cat = "hospitalized"    # "Fourteen wounded were admitted to the hospital" (not "Eight of the 14 injured remain in hospital")
        died = _DIED_AFTER.match(cx.low, c.head_end) if cat in ("injured", "hospitalized") else None
        if died:
            cat = "killed"          # "Three wounded succumbed during the night": they died
            ev = (ev[0], cx.offset + died.end())
        return Figure("casualty", cat, c.n, *ev, c.qual, "people")
    if c.kind in ("subset", "partitive"):
        last = next((f for f in reversed(cx.out) if f.type == "casualty"), None)
        if last is not None and last.subset and parent is not None and last.category != parent.category:
            parent = last   # "nine wounded, of which three remain hospitalized, one of them in grave state"
        f = _part_figure(cx, c, ev, parent)
        nominal = _NOMINAL_BEFORE.search(cx.low, max(0, c.n.start - 40), c.n.start)
        if f is not None and f.category in ("injured", "hospitalized") and (
                _PART_DIED.match(cx.low, c.head_end) or nominal and not nominal.group(1).startswith(("inj", "wound"))):
            f.category = "killed"   # "One of the injured BNP activists died at the hospital", "the death of one of the injured"
        elif f is not None and f.category == "injured" and (
                _ADMITTED_AFTER.match(cx.low, past := _past_people_noun(cx, c.head_end)) or _MOVED_AFTER.match(cx.low, past)
                or _MOVED_BEFORE.search(cx.low, max(0, c.n.start - 25), c.n.start) and _TO_HOSPITAL_AFTER.match(cx.low, past)):
            # ("the teams transferred 12 of the wounded to the National Hospital")
            f.category = "hospitalized"     # "Two of the wounded soldiers were later flown to X for treatment"
        return f
    f = _person_figure(cx, c, ev, parent)
    if f is not None and f.category != "killed" and _BODIES_OF.search(cx.low, max(0, c.n.start - 25), c.n.start):
        f.category = "killed"   # "the bodies of two porters were pulled from under a shop": the dead
    if f is not None and f.category == "evacuated":
        more = _MORE.match(cx.low, c.head_end)      # "... and three more, whose condition is serious, were flown"
        if _TO_HOSPITAL.match(cx.low, c.head_end) or _ADMITTED_AFTER.match(cx.low, more.end() if more else c.head_end):
            f.category = "hospitalized"   # "... and two others, in a serious condition, to the national hospital"
    if f is not None and f.category == "injured" and (_ADMITTED_AFTER.match(cx.low, c.head_end)
                                                      or _moved_for_care(cx.low, c.head_end)):
        f.category = "hospitalized"   # "Nine of the wounded ... and five, most of them with burns, were flown to ...",
        #                               "1 person in heavy condition is transferred to the Republican clinical hospital"
    if f is not None and f.category == "hospitalized" and c.info.get("adj_trigger") in ("injured", "wounded", "hurt") \
            and _PART_OF_WHOM.match(cx.low, c.head_end):
        f.category = "injured"        # "first aid to 14 injured people, 4 of whom were airlifted to hospital": the 4 were
    return f


#: "... of them were children", "... of them are women": who the part was
_WERE_PEOPLE = re.compile(r"\s+(?:were|are|was|is)\s+(?:the\s+)?(?:\w+\s+)?([a-z]+)\s*[.,;]")
#: a part of the count just made: ", 4 of whom", ", two of them"
_PART_OF_WHOM = re.compile(r"\s*,\s*(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|some|most|many|"
                           r"several|all)\s+of\s+(?:whom|them|which)\b")
#: "One of the injured [BNP activists] died": a part of the wounded who died
_PART_DIED = re.compile(r"(?:\s+(?!and\b|or\b|but\b)[\w-]+){0,3}?(?:\s*,[^,.;]{1,40},)?"      # (", a 31-year-old man,")
                        r"\s+(?:(?:later|since|subsequently|has|have|had)\s+)?(?:died|succumbed|passed\s+away|ended\s+up\s+dying)\b")
#: "wounded ... died": the wounded counted died later ("Two soldiers grievously wounded, evacuated
#: towards the CHU of Tizi Ouzou, succumbed to their wounds")
_DIED_AFTER = re.compile(r"(?:,\s+(?:evacuated|taken|transported|rushed|airlifted|transferred|flown)\b[^.;,\d]{0,120},)?"
                         r"\s+(?:(?:have|had|has|later|since|subsequently|then)\s+){0,2}(?:died|succumbed|passed\s+away|"
                         r"did\s+not\s+survive)\b")
#: what is left of weapons: "shell casings", "missile fragments", "bomb craters"
_WEAPON_REMAINS = frozenset({"casing", "casings", "case", "cases", "fragment", "fragments", "crater", "craters",
                             "debris", "remnants", "shards", "splinters",
                             "launcher", "launchers"})     # ("2 rocket launchers" seized: no rocket fired)
_SPEAKERS = re.compile(r"\s+(?:said|say|says|told|added|confirmed|recalled|explained)\b")
_TO_HOSPITAL = re.compile(r"[^.;]{0,60}?\bto\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){0,4}?(?:hospitals?|clinics?|"
                          r"(?:medical|health)\s+cent(?:re|er)s?)\b")


#: what a part of a group did rather than suffered: "two of them wore explosive belts"
_DEED_AFTER = re.compile(r"\s+(?:wore|carried|had\s+(?:been\s+)?(?:wearing|carrying)|were\s+(?:wearing|carrying|armed)|"
                         r"was\s+(?:wearing|carrying|armed)|fled|escaped|managed|belonged|came\s+from|spoke|told)\b")


def _part_figure(cx: _Sentence, c: _Candidate, ev: tuple, parent: Optional[Figure]) -> Optional[Figure]:
    """"nine of them children", "29 of the wounded": a subset of the casualty figure before
    (``parent``) or a part of a named toll; its category from the words around it."""
    lex, low, n, info, head_end = cx.lex, cx.low, c.n, c.info, c.head_end
    w = info.get("group_word") or info.get("word") or ""
    grp = lex.people.get(w) or lex.people.get(singular(w))
    trig = cx.trigger(c)
    named = {"dead": "killed", "killed": "killed", "victims": "killed", "bodies": "killed", "martyrs": "killed",
             "fatalities": "killed", "wounded": "injured", "injured": "injured"}.get(w)
    care_before = _CARE_BEFORE.search(low[max(0, n.start - 30):n.start])
    care_before = lex.casualty.get(care_before.group(1), (None,))[0] if care_before else None
    if c.kind == "subset" and parent is None and cx.previous is not None and not low[:n.start].strip() \
            and cx.previous.category in ("killed", "injured", "hospitalized", "missing", "abducted") \
            and (m := _WERE_PEOPLE.match(low, head_end)) and (m.group(1) in lex.people or singular(m.group(1)) in lex.people):
        parent = cx.previous     # "Ten people are dead in Yuksekova. Three of them were children."
    if c.kind == "subset" and parent is None and cx.previous is not None \
            and (toll := _THE_TOLL_NOUN.fullmatch(low, 0, n.start)) \
            and _TOLL_NOUN_CATEGORY.get(toll.group(1)) == cx.previous.category:
        parent = cx.previous     # "Four people were killed. The dead, two of whom were teenagers, ...": part of the four
    if c.kind == "partitive" and not w and parent is None and cx.previous is not None \
            and cx.previous.category in ("killed", "injured", "hospitalized", "missing", "abducted") \
            and (of := re.match(r"\s+of\s+(?:the|those|these)\s+([\w-]+)$", low[n.end:head_end])) \
            and of.group(1) in (str(cx.previous.number.value), cx.previous.number.text.lower()) \
            and (m := _WERE_PEOPLE.match(low, head_end)) and (m.group(1) in lex.people or singular(m.group(1)) in lex.people):
        # "Nine people have died. ... Three of the nine were children."
        return Figure("casualty", cx.previous.category, n, *ev, c.qual, lex.people.get(m.group(1)) or "people",
                      subset=True)
    if c.kind == "subset":
        if _DEED_AFTER.match(low, head_end):
            return None     # "the bodies of eight assailants ...; two of them wore explosive belts": no count of victims
        if parent is None and cx.previous is not None and cx.previous.category == "injured" \
                and (_MOVED_AFTER.match(low, head_end) or _ADMITTED_AFTER.match(low, head_end)):
            # "Seven people were wounded. Six of them, with head and abdominal injuries, were flown to Thimphu"
            return Figure("casualty", "hospitalized", n, *ev, c.qual, grp or "people", subset=True)
        pred = trig[0] if trig and trig[1] == "after" and trig[2] - head_end < 90 else None
        if pred == "trapped" and parent is not None:
            pred = None        # "rescued 18, including two who had been trapped"
        if pred and parent is not None and "," in low[head_end:trig[2]] and _COUNT_NEXT.match(low, trig[2]):
            pred = None        # "perished three persons, among them one child, wounded are not less than 14"
        if pred == "hospitalized" and parent is not None and parent.category == "killed" and not care_before \
                and re.fullmatch(r"\s+in\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){0,2}?hospitals?", low[head_end:trig[2]]):
            pred = None        # "seven more of the wounded have died, three of them in hospitals": where they died
        cat = care_before or pred or (parent.category if parent else None) or (trig[0] if trig else None)
        if info.get("group_word") == "" and parent is None and not pred and not care_before \
                and not _KILL_RIGHT_BEFORE.search(low, max(0, n.start - 25), n.start) \
                and not _WOUND_OBJECT.search(low, max(0, n.start - 25), n.start):     # ("wounding 3 of them")
            cat = None      # "One of which I think ... his dead child": no counted group (but "killing 4 of them")
        if cat in ("injured", "evacuated") and _ADMITTED_AFTER.match(low, head_end):
            cat = "hospitalized"    # "31 were wounded, 11 of whom were flown to Bangui for surgery"
        if cat:
            return Figure("casualty", cat, n, *ev, c.qual, grp or "people", subset=parent is not None)
        return None
    pm_ = _tail_predicate(low, head_end, c.hi, lex)    # a predicate, not a word further on
    pred = _predicate_category(pm_, lex)[0] if pm_ and lex.casualty[pm_.group(1)][1] in ("after", "both") \
        else None
    among = _AMONG.search(low, head_end, min(head_end + 200, (low.find(";", head_end) + 1 or len(low) + 1) - 1))
    among = {"dead": "killed", "killed": "killed", "victims": "killed", "martyrs": "killed", "fatalities": "killed",
             "deceased": "killed"}.get(among.group(1), "injured") \
        if among else None
    care = trig[0] if trig and trig[1] == "before" and trig[0] in ("hospitalized", "rescued", "missing") else None
    later = _tail_predicate(low, head_end, c.hi, lex)   # "29 of the wounded had been admitted"
    later = lex.casualty[later.group(1)][0] if later and \
        lex.casualty[later.group(1)][1] in ("after", "both") else None
    cat = pred or care_before or care or later or named or (trig[0] if trig else None) or among or \
        (parent.category if parent else None)
    if cat in ("injured", "evacuated") and _ADMITTED_AFTER.match(low, head_end):
        cat = "hospitalized"    # "Nine of the injured were transferred overnight to the teaching hospital"
    if cat:
        # "Two of the dead are children": a part of the toll, told before or after
        part = parent is not None or (named is not None and cat == named and not pm_)
        return Figure("casualty", cat, n, *ev, c.qual, grp or "people", subset=part)
    return None


def _person_figure(cx: _Sentence, c: _Candidate, ev: tuple, parent: Optional[Figure]) -> Optional[Figure]:
    """A count of people or of nothing named: the next conjunct of a casualty figure, a
    subset ("including", "among the dead were"), a toll ("the toll rose to"), a casualty word
    around it or, for a bare number, the figure it takes up again."""
    lex, low, out, n, info, qual = cx.lex, cx.low, cx.out, c.n, c.info, c.qual
    lt = c.left.lower()
    group = info.get("group")
    trig = cx.trigger(c)
    coord = c.kind == "person" and _coordinated(out, cx.nums, c.i, cx.sentence, cx.offset,
                                                len(c.left_full) - len(c.left), lex)
    own = cx.trigger(c) if coord else None
    # (a conjunct with a casualty word of its own keeps it: "received 5 bodies and 23 injured people")
    coord = coord and not (own and own[1] == "after") and not info.get("adj_trigger") \
        and not _OWN_PASSIVE.match(low, c.head_end)     # (nor "..., and 42 suspects had been arrested")
    if coord and not out[-1].subset:
        return Figure("casualty", out[-1].category, n, *ev, qual, group or "people")
    previous = cx.previous
    subset = (bool(_SUBSET_LEFT.search(lt)) or coord and out[-1].subset) and parent is not None \
        or (bool(_AMONG_THE.search(lt)) or coord and out[-1].subset) and (parent or previous) is not None
    if subset:
        cat = (parent or previous).category
        if _AMONG_THE.search(lt) and trig:
            cat = trig[0]           # "among the wounded were": the word says which toll
        if trig and trig[1] == "after" and trig[0] != "trapped" and not (
                "," in low[c.head_end:trig[2]] and _COUNT_NEXT.match(low, trig[2])):
            cat = trig[0]   # (not "..., among them one child, wounded are not less than 14": the 14's)
        if cat == "injured" and _MOVED_AFTER.match(low, c.head_end):
            cat = "hospitalized"    # "14 wounded, of whom five (5) were transferred this morning to Conakry"
        return Figure("casualty", cat, n, *ev, qual, group or "people", subset=True)
    if _TOLL_LEFT.search(lt) and not _COUNT_OF_OTHER.search(lt[-90:]) and not _GROUP_SIZE.search(lt[-30:]):
        return Figure("casualty", _toll_category(cx, c, lt, trig), n, *ev, qual, group or "people")
    if c.kind == "none" and _RISE_LEFT.search(lt[-40:]) and cx.last_cas is not None:
        return Figure("casualty", cx.last_cas.category, n, *ev, qual, "people", confidence=0.7)
    if info.get("adj_trigger") and not (trig and trig[1] == "after" and trig[0] not in _NOT_TOLLS):
        # "12 wounded soldiers were evacuated": the adjective, no predicate over it; "hospitals
        # received 300 wounded people": the care word before it
        cb = _CARE_BEFORE.search(low[max(0, n.start - 30):n.start])
        cat = lex.casualty.get(cb.group(1), (None,))[0] if cb else None
        return Figure("casualty", cat or lex.casualty[info["adj_trigger"]][0], n, *ev, qual, group or "people")
    if trig and trig[1] == "after" and _active_verb(low, c.head_end, trig[2]):
        return None     # "Two gunmen on a motorcycle shot dead a village defence volunteer": the killers
    if c.kind == "none" and trig and trig[1] == "after" and out and out[-1].type == "weapon" \
            and _DOWNED_PRED.match(low, c.head_end):
        # "Of the 4 drones launched against the base, 3 were neutralised by our anti-drone systems": the drones'
        return Figure("weapon", out[-1].category, n, *ev, qual, role="shot_down", model=out[-1].model)
    if trig:
        cat = trig[0]
        cb = _CARE_BEFORE.search(low[max(0, n.start - 30):n.start])
        if cb and cat in ("trapped", "hospitalized", "injured") and trig[1] == "after":
            cat = lex.casualty.get(cb.group(1), (cat,))[0]
        died = _DIED_AFTER.match(low, trig[2]) if cat == "injured" and trig[1] == "after" else None
        if died:
            cat = "killed"      # "Two soldiers grievously wounded, evacuated towards the CHU, succumbed"
        return Figure("casualty", cat, n, *ev, qual, group or "people")
    if c.kind == "none" and n.value is not None and not re.match(r"\s*(?:of|per|%|times)\b", c.right) \
            and not _MEASURE_SUBJECT.search(lt[-80:]) and (
            (_RISE_LEFT.search(lt[-40:]) or _ANAPHOR_LEFT.search(lt[-25:]) and not _COUNT_OF_OTHER.search(lt[-90:])
             and _anaphor_ok(cx, lt, out))
            and (cx.last_cas is not None or out)
            or _WEAK_LEFT.search(lt[-12:]) and out
            # "destroyed 27 Ukrainian UAVs: 11 over the territory of Smolensk region, 9 over ...": the parts
            or out and out[-1].type == "weapon" and lt.rstrip().endswith(":") and cx.low[out[-1].end - cx.offset:
                                                                                        n.start].strip() == ":"
            # "fired three rockets at the station, not two as first reported": the figure it corrects
            or out and _NOT_BEFORE.search(lt[-8:]) and _AS_FIRST_REPORTED.match(c.right)):
        return _taken_up(cx, c, ev, lt)
    prior = cx.last_cas
    if c.kind == "none" and not out and prior is not None and prior.category == "injured" and n.value is not None \
            and prior.count is not None and n.value < prior.count:
        more = _MORE.match(low, c.head_end)
        at = more.end() if more else c.head_end
        if _MOVED_AFTER.match(low, at) or _ADMITTED_AFTER.match(low, at):
            # "Eleven people were wounded. Four, among them a child, were flown by helicopter to Tbilisi"
            return Figure("casualty", "hospitalized", n, ev[0], cx.offset + at, qual, "people", subset=not more)
    if c.kind == "person" and info.get("noun") == "patients" and _PATIENTS_CARED.match(low, c.head_end):
        # a hospital's count with no casualty word: "34 patients arrived", "6 patients ... were flown to N'Djamena"
        return Figure("casualty", "hospitalized", n, *ev, qual, "people")
    return None


_PATIENTS_CARED = re.compile(r"[^.;]{0,60}?\b(?:arrived|were\s+brought|were\s+admitted|were\s+flown|were\s+transferred|"
                             r"were\s+evacuated|were\s+referred|were\s+airlifted)\b")


#: "stood at eight on Monday, after a man pulled from the rubble died of his injuries": a death
_DIED_SINCE = re.compile(r"[^.;]{0,40}?\bafter\s+[^.;]{0,80}?\b(?:died|dies|succumbed|succumbs)\b")
_WOUNDED_DIED = re.compile(r"[^.;]{0,60}?\b(?:after|as|when)\s+(?:\w+\s+){0,3}(?:of\s+the\s+)?(?:wounded|injured)\s+"
                           r"(?:\w+\s+)?(?:died|dies|succumbed|succumbs)\b")   # "toll rises to five as wounded girl dies"


def _toll_category(cx: _Sentence, c: _Candidate, lt: str, trig) -> str:
    """What a toll counts ("the death toll rose to 12", "the number of wounded reached 40")."""
    tail = lt[lt.rfind(";") + 1:]
    mm = re.findall(r"\b(wounded|injured|hurt|missing|dead|killed|died|hospitali[sz]ed|rescued|deaths?|martyrs|"
                    r"fatalities)\b", tail)
    if _WOUNDED_DIED.match(cx.low, c.head_end) or _DIED_SINCE.match(cx.low, c.head_end):
        return "killed"      # "the count rose to 22 after three of the wounded died"
    if trig and trig[1] == "after" and trig[2] - c.head_end < 60:
        return trig[0]       # "a total of 48 people were wounded": the verb says which toll
    if mm:
        return cx.lex.casualty.get(mm[-1], ("killed",))[0]
    if cx.last_cas is not None and re.search(r"\b(figure|count|number|total|tally)\b", tail) \
            and not re.search(r"\b(death|dead|killed|fatalit)", tail):
        return cx.last_cas.category
    return "killed"


#: words without which a bare number in a sentence of its own takes up no earlier toll
_TOLL_CUE = re.compile(r"\b(?:toll|dead|deaths?|killed(?!\s+off)|died|casualt\w+|victims?|wounded|injured|hurt|bodies|"
                       r"fatalit\w+|missing|figure|count|tally|total|number|drones?|missiles?|rockets?|shot\s+down)\b")
_ATTACKERS_LEFT = re.compile(rf"\b(?:{_ATTACKER_NOUNS})\b[^.;]{{0,30}}$")
_TOLL_NOUN_LEFT = re.compile(r"\b(?:toll|number|figure|count|total|tally|dead|deaths|casualties|victims)\b")


def _anaphor_ok(cx: _Sentence, lt: str, out: list) -> bool:
    """May a bare number after "to", "at", "was", "another" take up the last figure? In its own
    sentence only where a toll word stands ("The toll was 14"; not "The woman who died was 71",
    "traded at about 66 to the dollar", "asked donors for another 200 million")."""
    if out:
        return True
    if not _TOLL_CUE.search(cx.low) or _ATTACKERS_LEFT.search(lt[-60:]):
        return False        # (not 'the assailants, "estimated at about thirty"': how many attacked)
    if re.search(r"\b(?:was|were|is)\s*[\"“]?\s*$", lt[-12:]):
        return bool(_TOLL_NOUN_LEFT.search(lt[-80:]))
    if re.search(r"\bat\s*$", lt[-4:]) and not _AT_TOLL.search(lt[-40:]):
        return bool(_TOLL_NOUN_LEFT.search(lt[-80:]))   # ("My brother called me at seven", not "put it at 12")
    return True


_AT_TOLL = re.compile(r"\b(?:stood|stands|stand|put|puts|placed|places|estimated|estimates|set|sets|pegged|"
                      r"remains?|remained|now|rose|risen|climbed|increased|reached)\s+(?:it\s+|the\s+\w+\s+)?at\s*$")


def _taken_up(cx: _Sentence, c: _Candidate, ev: tuple, lt: str) -> Optional[Figure]:
    """A bare number after a figure ("rose to 29", "and 12 more", "including 12 over Moscow"):
    more of the last figure's weapons (added here; None returned) or its casualty category."""
    out, n = cx.out, c.n
    ref = out[-1] if out else cx.last_cas
    if ref is not None and ref.type == "weapon":
        f = _weapon(n, {"category": ref.category, "model": ref.model, "words": []}, cx.sentence, cx.offset, 0, c.qual)
        if f.role == "launched" and re.match(r"\s*(?:\w+\s+){0,2}(?:got\s+through|hit|struck|reached|landed)", c.right):
            f.role = "hit"
        if re.search(r"\bincluding\s*$", lt):
            f.role, f.origin = ref.role, ref.origin     # "destroyed 105 drones, including 12 over Moscow"
        out.append(f)
        return None
    if ref is not None and re.search(r"\bincluding\s*$", lt) and ref.type == "casualty":
        return Figure("casualty", ref.category, n, *ev, c.qual, "people", subset=True, confidence=0.6)
    if ref is not None:
        return Figure("casualty", ref.category, n, *ev, c.qual, "people", confidence=0.6)
    return None


def _finish_figure(cx: _Sentence, c: _Candidate, fig: Figure) -> None:
    """The figure's evidence takes in its casualty word when near ("killing 12", "12 ...
    were killed"); a vague number's qualifier is "vague"; "a day", "weekly" make it a rate."""
    n, head_end = c.n, c.head_end
    tr = None if c.kind == "trigger" or fig.subset else cx.trigger(c)
    if tr is not None and tr[0] == fig.category:
        edge = tr[2]
        if tr[1] == "before" and n.start - edge <= 30:
            fig.start = min(fig.start, cx.offset + edge)
        elif tr[1] == "after" and edge - head_end <= 40:
            fig.end = max(fig.end, cx.offset + edge)
    if n.vague:
        fig.qualifier = "vague"
    rm = _RATE.search(cx.sentence[head_end:head_end + 60])
    if rm:
        fig.scope = "rate"
        fig.rate_unit = rm.group(1) or rm.group(2)
    cx.out.append(fig)
    if not fig.subset:
        cx.last_cas = fig


_HURT_AND_ADMITTED = re.compile(r"[^.;,]{0,40}?\b(?:were|was|is|are|have\s+been|has\s+been|had\s+been)\s+(?:\w+\s+)?"
                                r"(?:injured|wounded|hurt)\s+and\s+(?:\w+\s+){0,3}?(?:hospitali[sz]ed|admitted|taken\s+to)\b")


def _hurt_then_admitted(cx: _Sentence, out: list) -> list[Figure]:
    """"Eight other passengers were wounded and have been admitted to Torit State Hospital": the
    count is of the injured as well as of those in hospital (one record each)."""
    add = []
    for f in out:
        if f.type == "casualty" and f.category == "hospitalized" and not f.subset and \
                _HURT_AND_ADMITTED.match(cx.low, f.number.end) and \
                not any(g is not f and g.number is f.number and g.category == "injured" for g in out):
            add.append(Figure("casualty", "injured", f.number, f.start, f.end, f.qualifier, f.group))
    return add


_AND_GAP = re.compile(r"\s*,?\s*and\s+")


def _earlier_conjuncts(cx: _Sentence, out: list) -> list[Figure]:
    """"Two gendarmes and three travellers who were waiting for the first bus were among the dead":
    a count of people right before "and" and another count whose own words say what befell it
    shares that (the verb stands too far from the first conjunct to reach it)."""
    taken = {f.number.start for f in out}
    index = {id(m): k for k, m in enumerate(cx.nums)}
    add = []
    for f in out:
        k = index.get(id(f.number), 0)
        if f.type != "casualty" or k == 0 or f.number.start - cx.nums[k - 1].end > 60:
            continue
        p = cx.nums[k - 1]
        if p.start in taken or p.value is None or p.high is not None:
            continue
        kind, info, used = classify_head(cx.sentence[p.end:], cx.lex)
        if kind != "person" or _AND_GAP.fullmatch(cx.sentence, p.end + used, f.number.start) is None:
            continue
        qm = _qualifier_match(cx.sentence[max(0, p.start - 40):p.start])
        g = Figure("casualty", f.category, p, cx.offset + p.start, cx.offset + p.end + used,
                   qm.lastgroup if qm else "exact", info.get("group") or "people", subset=f.subset)
        taken.add(p.start)
        add.append(g)
    return add


def _final_passes(cx: _Sentence) -> list[Figure]:
    """The sentence's figures: with the people taken and then killed, without dual-use weapons
    outside a military context, and with each evidence span showing its qualifier."""
    sentence, offset, out = cx.sentence, cx.offset, cx.out
    out += _later_killed(out, sentence, offset, cx.nums)
    out += _revised_from(out, sentence, offset, cx.nums)
    out = _colon_parts(cx, out)
    out += _earlier_conjuncts(cx, out)
    out += _hurt_then_admitted(cx, out)
    _and_to(out, sentence)
    if out and any(f.category in _DUAL_USE for f in out) and not military_context(sentence) and \
            not (cx.military_scene is not None and cx.military_scene()):
        out = [f for f in out if f.category not in _DUAL_USE]
    for f in out:      # the evidence shows the qualifier too: "over 70 missiles"
        if f.qualifier not in ("exact", "vague") and f.number.start > 0:
            qm = _qualifier_match(sentence[:f.number.start])
            if qm:
                q0 = f.number.start - len(sentence[:f.number.start][-40:]) + qm.start()
                q0 += len(qm.group(0)) - len(qm.group(0).lstrip())
                f.start = min(f.start, offset + q0)
    return out


_COLON = re.compile(r"(?:\s*:|\s+[-\u2013\u2014]|\s*[\u2013\u2014])\s*")   # ("has risen to 13 - nine men, three women ...")


def _people_parts(sentence: str, offset: int, nums: list[Number], category: str, lex: Lexicon,
                  extra: Optional[dict] = None) -> list[Figure]:
    """The counts of people listed after a colon ("Seven: five police officers and two civilians"),
    each a subset of the toll before it, of its category."""
    out = []
    for n in nums:
        kind, info, used = classify_head(sentence[n.end:], lex)
        if kind == "person":
            out.append(Figure("casualty", category, n, offset + n.start, offset + n.end + used, "exact",
                              info.get("group") or "people", subset=True, extra=dict(extra or {})))
    return out


def _colon_parts(cx: _Sentence, out: list) -> list:
    """"Nine people were killed: four policemen and five residents": the counts of people listed after a
    toll and its colon are its parts, of its kind."""
    sentence, offset = cx.sentence, cx.offset
    for f in out:
        if f.type != "casualty" or f.subset or f.count is None:
            continue
        colon = _COLON.match(sentence, f.end - offset)
        if colon is None:
            continue
        start = colon.end()
        stop = min([i for i in (sentence.find(";", start), sentence.find(".", start), sentence.find(" - ", start),
                                sentence.find("\u2013", start), sentence.find("\u2014", start)) if i >= 0] or [len(sentence)])
        parts = _people_parts(sentence, offset, [n for n in cx.nums if start <= n.start < stop and n.value is not None
                                                  and n.value < f.count], f.category, cx.lex)
        if parts:
            taken = {p.number.start for p in parts}
            return [g for g in out if g is f or g.number.start not in taken] + parts
    return out


#: "the toll ... climbed from 11 to 14": the earlier toll, of the same kind
_FROM_TO = re.compile(r"\b(?:(?:rose|risen|rises|climbed|climbs|increased|jumped|grew|went\s+up|revised\s+up(?:ward)?s?)|"
                      # "has been corrected from 23 to 21", "revised the number of injured from 21 to 18"
                      r"(?:revised(?:\s+down(?:ward)?s?)?|corrected|lowered|reduced|amended)(?:\s+(?:the\s+)?(?:death\s+)?"
                      r"(?:toll|tally|count|figure|number)(?:\s+of\s+(?:the\s+)?[\w-]+)?)?|"
                      r"(?:taking|bringing|pushing|raising|took|brought|pushed|raised)\s+(?:the\s+)?(?:death\s+)?"
                      r"(?:toll|tally|count|number\s+of\s+dead))"     # "taking the toll from nine to 11"
                      r"\s+from\s+(?:about\s+|around\s+|some\s+)?$")


def _and_to(out: list, sentence: str) -> None:
    """"It climbed from five on Friday to seven on Saturday, when a wounded civilian died, and to eight
    on Monday": each "and to N" of a revised toll is that toll."""
    first = None
    for f in sorted(out, key=lambda f: f.number.start):
        if f.type != "casualty":
            continue
        left = sentence[max(0, f.number.start - 12):f.number.start]
        if first is None and re.search(r"\bto\s+$", left) and \
                re.search(r"\b(?:rose|risen|climbed|increased|jumped|grew)\b", sentence[:f.number.start]):
            first = f
        elif first is not None and re.search(r"\band\s+(?:then\s+|later\s+)?to\s+$", left):
            f.category = first.category


def _revised_from(out: list, sentence: str, offset: int, nums: list) -> list:
    """The earlier toll of "climbed from 11 to 14" where only the new one was read."""
    used = {f.number.start for f in out}
    extra = []
    for f in out:
        if f.type != "casualty":
            continue
        window = sentence[max(0, f.number.start - 60):f.number.start]
        # "climbed from 11 to 14", "climbed from five on Friday to seven on Saturday"
        m = re.search(r"(\S+)(?:\s+(?:on|by)\s+[\w]+(?:\s+\d{1,2})?)?\s+to\s+$", window)
        if m is None:
            continue
        n0 = f.number.start - len(window) + m.start(1)
        n = next((x for x in nums if x.start == n0 and x.value is not None), None)
        if n is None or n.start in used or not _FROM_TO.search(sentence[max(0, n.start - 40):n.start]):
            continue
        extra.append(Figure("casualty", f.category, n, offset + n.start, offset + n.end, "exact", f.group))
        used.add(n.start)
    return extra


#: "9 farmers were abducted by the gang and later executed", "detained twelve herders and
#: summarily executed them", "arrested six men, those arrested were later found dead": the
#: people taken were then killed
_LATER_KILLED = re.compile(r"[^.;:\d]{0,60}?(?:\band|,\s*(?:those\s+[a-z]+|who|all\s+of\s+whom))\s+"
                           r"(?:were\s+|was\s+)?(?:(?:later|then|subsequently|summarily|eventually|all)\s+){0,2}"
                           r"(executed|killed|murdered|shot\s+dead|found\s+dead|beheaded|slaughtered)"
                           r"(?:\s+(?:them|all\s+of\s+them)\b|(?=\s*(?:$|[,.;)]|(?:in|at|near|nearby|on|by|after|"
                           r"later|shortly)\b)))", re.I)
_TAKEN = frozenset({"abducted", "detained", "captured", "hostage"})


def _later_killed(out: list, sentence: str, offset: int, nums: list) -> list:
    """Killed figures for counts of people taken who, the same clause says, were then killed."""
    extra = []
    for f in out:
        if f.type != "casualty" or f.category not in _TAKEN or f.subset:
            continue
        m = _LATER_KILLED.match(sentence, f.end - offset)
        if m and not any(f.end - offset <= k.start < m.end() for k in nums):
            extra.append(Figure("casualty", "killed", f.number, f.start, offset + m.end(), f.qualifier, f.group,
                                confidence=0.6))
    return extra


def war_scope(sentence: str) -> bool:
    """Does the sentence report a war-wide total rather than one event's toll? (Not "killed 59 ...,
    the deadliest single attack in the region since the invasion began": a superlative's yardstick.)"""
    return any(not _SUPERLATIVE_BEFORE.search(sentence, max(0, m.start() - 90), m.start())
               for m in _WAR.finditer(sentence))


_SUPERLATIVE_BEFORE = re.compile(r"\b(?:deadliest|worst|bloodiest|largest|biggest|heaviest|most\s+(?:deadly|lethal|"
                                 r"serious|severe))\b[^.;:]*$", re.I)


#: an answer's own count: "Seven: five police officers ...", "Nine.", "Eleven, according to the police"
_ANSWER_END = re.compile(r"\s*(?:[:.,;—–-]|$|\s+(?:are|were|have|had|remain|people|in\s+all|so\s+far)\b)", re.I)


_ANSWER_LABEL = re.compile(r"\s*(?:A|Answer|[A-Z][A-Z .()]{1,40})\s*:\s*")


def answer_figures(sentence: str, offset: int, nums: list[Number], category: str, lex: Lexicon) -> list[Figure]:
    """The figures of an answer to a "How many ... died?" question (an interview, an explainer):
    the count that opens it, of the question's category, and the parts listed after a colon
    ("Seven: five police officers and two civilians") as its subsets."""
    if not nums or nums[0].value is None:
        return []
    first = nums[0]
    label = _ANSWER_LABEL.match(sentence)      # "A: Four.", "DIRECTOR: Nine."
    left = sentence[label.end() if label and label.end() <= first.start else 0:first.start]
    qual = _qualifier_match(left)
    if left.strip(" \"“'‘") and (qual is None or left[qual.end():].strip()):
        return []
    # "Nine.", "Seven: five police officers and two civilians", "Six members of the National Guard, according to ..."
    if not _ANSWER_END.match(sentence, first.end) and classify_head(sentence[first.end:], lex)[0] != "person":
        return []
    q = qual.lastgroup if qual is not None else "exact"
    out = [Figure("casualty", category, first, offset + first.start, offset + first.end, q, "people",
                  extra={"answer": True})]
    if not sentence[first.end:].lstrip().startswith(":"):
        return out
    return out + _people_parts(sentence, offset, [n for n in nums[1:] if n.value is not None], category, lex,
                               {"answer": True})


#: "Deaths (best estimate): 46", "Killed: 4; Wounded: 7", "Civilians injured: about 30": a label
#: ending in a casualty word, then a colon and its count
_TAG = re.compile(r"(?:^|(?<=[;,|.•]))\s*(?P<bullet>[-\u2013\u2022*]\s*)?(?P<label>[A-Za-z][A-Za-z -]{1,40}?)\s*"
                  r"(?:\([^()]{0,30}\))?\s*:\s*", re.I)
_TAG_CATEGORIES = frozenset({"killed", "injured", "missing", "abducted", "hospitalized", "rescued", "arrested"})


def tag_figures(sentence: str, offset: int, nums: list[Number], lex: Lexicon) -> list[Figure]:
    """The counts of casualty tags in a note or a log ("Deaths (best estimate): 46", "Killed: 4;
    Wounded: 7"), each of its label's category."""
    out = []
    at = {n.start: n for n in nums}
    for m in _TAG.finditer(sentence):
        label = m.group("label").lower().strip()
        if len(label.split()) > (6 if m.group("bullet") else 3) or \
                re.search(r"\b(?:were|was|are|is|have|has|had|been)\b", label):
            continue        # "Nine people were killed: four policemen and ...": a sentence, no tag
        hit = None
        for hit in lex.casualty_re.finditer(label):
            pass
        if m.group("bullet") and (first := lex.casualty_re.match(label)) is not None and len(label.split()) <= 6 \
                and (hit is None or hit.end() != len(label)):
            hit = first     # a list's line opened by its casualty word: "- died after arrival: 4", "- wounded received: 48"
        elif hit is None or hit.end() != len(label):
            continue
        if lex.casualty[hit.group(0)][0] not in _TAG_CATEGORIES:
            continue
        rest = sentence[m.end():]
        qual = re.match(r"(?:about|around|approximately|at\s+least|more\s+than|over|up\s+to|some|nearly)\s+", rest, re.I)
        n = at.get(m.end() + (qual.end() if qual else 0))
        if n is None or n.value is None:
            continue
        own = re.match(r"\s*([a-z]+)", sentence[n.end:].lower())
        if own and lex.casualty.get(own.group(1), ("", ""))[1] in ("after", "both"):
            continue        # a live blog's "Hospital: 13 dead, 58 wounded": the count says its own word
        q = _qualifier_match(rest[:qual.end()]) if qual else None
        out.append(Figure("casualty", lex.casualty[hit.group(0)][0], n, offset + m.start("label"), offset + n.end,
                          q.lastgroup if q is not None else "exact", "people", extra={"tag": True}))
    return out
