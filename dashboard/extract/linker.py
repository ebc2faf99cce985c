"""Ties every figure to the date and the place of the event it describes.

An article tells of a main event (its lead) and often of others (an earlier strike, a
second town, a war-wide toll). For each figure, in order:

1. the sentence's own event date / place (the nearest one that is not a statement's
   date such as "said on Monday", nor a "since ..." phrase);
2. what the paragraph last set ("Two residents were killed there" after "bombs fell on
   Stepnohirsk"; "six medical workers died that day");
3. the article's main event: the first event date and the best-placed location of the
   headline and lead, else the publication date.

War-wide totals ("since the war began") and rates ("5000 a week") get neither.
"""
from __future__ import annotations

import re
from typing import Optional

from ..dates import DateMention

_STATEMENT_BEFORE = re.compile(r"\b(?:said|says|say|reported|announced|told|stated|wrote|added|posted|confirmed|"
                               r"declared|called|warned|tweeted)\s+(?:\w+\s+){0,2}$|"
                               # "claimed the attack in a statement on Wednesday": the statement's day
                               r"\b(?:a|an|its|their|the)\s+(?:[\w-]+\s+)?(?:statement|communiqu[eé]|press\s+release)\s+$",
                               re.I)
_LOCATIVE = re.compile(r"(?:\b(?:in|on|at|near|outside|over|above|across|against|targeting|targeted|hit|struck|around|"
                       r"into|inside|toward|towards|throughout|within|strike\s+on|attack\s+on|attacks\s+on|"
                       r"strikes\s+on|shelling\s+of|bombing\s+of|assault\s+on|raid\s+on|strikes|attacks|hits|pounds|shells|"
                       r"bombs|targets|batters|hammers|shelled|bombed|attacked|pounded|raided|stormed|"
                       r"outskirts\s+of)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}"
                       r"|\b(?:city|town|village|region|province|district|camp|port|capital|suburb|settlement|market|"
                       r"bazaar|centre|center|heart|outskirts|edge|commune|locality|post|brigade|base|checkpoint|garrison|"
                       r"barracks|attack|massacre|ambush|bombing|shelling|"   # translated: "the military post of Téhini"
                       r"oblast|governorate|neighbou?rhoods?|quarters?|entrance|exit|gates?)\s+of\s+(?:the\s+)?"
                       # "41 above the territory of the Krasnodar region" (not "launched from the territory of")
                       r"|\b(?:over|above|in|into)\s+(?:the\s+)?(?:territory|airspace|skies)\s+of\s+(?:the\s+)?"
                       r"|\b(?:city|town|village|capital|port|hub|stronghold|enclave)\s*,\s*)$", re.I)
_SOURCE_PREP = re.compile(r"(?:\b(?:from|by)|\b(?:made|produced|built|manufactured|supplied|based|fired|launched|"
                          r"sent|shipped|delivered)\s+(?:in|from|by))\s+(?:the\s+)?$|"
                          r"\bbased\s+in\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:capital|city|town),\s*$|"
                          # "JNIM, the al-Qaeda-linked group active across the Sahel": where a group operates
                          r"\b(?:active|operating|present|rampant)\s+(?:across|in|throughout|all\s+over)\s+(?:the\s+)?"
                          r"(?:[\w-]+\s+){0,2}$|"
                          # "At a press briefing here in Maiduguri": where the officials spoke
                          r"\b(?:briefing|news\s+conference|press\s+conference|conference|interview|speaking|spoke|"
                          r"told\s+(?:reporters|journalists))\s+(?:here\s+)?in\s+(?:the\s+)?$", re.I)
# "the health ministry in Sanaa said": where the source sits, not where things happened
_ORG_IN = re.compile(r"\b(?:ministry|office|spokesm[ae]n|spokesperson|officials|authorities|command|administration|sources?|"
                     r"hospitals?|clinics?|morgues?|"
                     r"government|council|embassy|mission|agency|bureau|headquarters|correspondent|union|association|committee|"
                     r"federation|syndicate|cooperative)\s+in\s+(?:the\s+)?"
                     r"(?:[A-Z][\w'’-]+\s*(?:,|and|or)\s+)*$", re.I)
_ORG_AFTER = re.compile(r"^(?:['’]s)?\s+(?:(?:regional|city|state|national|military|emergency|emergencies|health|"
                        r"interior|defen[cs]e|foreign|civil|air|armed|border|general|presidential|main)\s+)*"
                        r"(?:administration|government|governor|mayor|ministry|military|army|forces|force|service|"
                        r"services|president|officials|authorities|police|prosecutors?|office|council|defen[cs]e|"
                        r"embassy|mission|envoy|leader|media|television|spokes\w+)s?\b|"
                        # "the Cotabato Regional and Medical Center": a hospital named after its town
                        # "in a Kabul hospital", "at the Kherson regional hospital": where victims are treated
                        r"^\s+(?:(?:general|military|regional|city|district|provincial|central|children's|main)\s+){0,2}"
                        r"(?:hospitals?|clinics?|morgues?|burns?\s+(?:centre|center|unit))\b|"
                        # (capitals matter here: "died in hospital on Friday" names no hospital)
                        r"^(?-i:\s+(?:[A-Z][\w-]*\s+){0,3}?(?:and\s+)?(?:Medical\s+Cent(?:er|re)|Hospital|Teaching\s+Hospital|"
                        r"Clinic|Infirmary))\b", re.I)
# "two car bombs exploded outside the education ministry in Mogadishu": the building was the target
_AT_ORG = re.compile(r"\b(?:outside|at|near|inside|in\s+front\s+of|targeting|targeted|hit|struck|stormed|attacked|"
                     r"bombed|shelled)\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,3}(?:ministry|office|headquarters|"
                     r"council|embassy|mission|agency|bureau|hospitals?|clinics?|government)\s+in\s+(?:the\s+)?$", re.I)
# "two of whom were hospitalised in Sumy", "airlifted to hospitals in Peshawar": where the
# wounded are treated, not where they were hurt
_CARE_IN = re.compile(r"\b(?:injured|wounded)\s+(?:[\w-]+\s+){0,2}?(?:die|died|dies|dying)\s+in\s+$|"   # "as two injured die in Quetta"
                      r"\b(?:taken|brought|carried|moved)\s+by\s+(?:helicopter|air|air\s+ambulance|ambulance)\s+to\s+$|"
                      r"\b(?:home\s*towns?|native\s+(?:villages?|towns?)|buried|laid\s+to\s+rest),?\s+(?:in|at)\s+"
                      r"(?:the\s+(?:wilayas?|provinces?|regions?|districts?|states?|governorates?)\s+of\s+)?$|"
                      # "patients registered both in Samraong and in Siem Reap"
                      r"\b(?:registered|admitted|treated)\s+both\s+(?:in|at)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:and\s+(?:in|at)\s+)?$|"
                      # ("the funeral of four of the martyrs took place in their home towns in Sidi Bouzid")
                      r"\b(?:receiving|received|getting|undergoing|under)\s+(?:medical\s+|hospital\s+)?(?:treatment|care)\s+"
                      r"(?:in|at)\s+$|"     # "14 of whom are still receiving treatment in Tandahimba"
                      # "Two guardsmen died of their wounds on Tuesday in San Cristóbal": where the wounded lay
                      r"\b(?:died|succumbed)\s+(?:of|from|to)\s+(?:their|his|her|the(?:ir)?)\s+(?:wounds|injuries)\s+"
                      r"(?:(?:early\s+|late\s+)?(?:on|overnight|yesterday|today)\s+(?:\w+\s+)?)?(?:in|at)\s+$|"
                      # "six remain hospitalised, two of them in Conakry", "Five remain in hospital, three in Kyiv
                      # and two in Vasylkiv"
                      r"\b(?:hospitali[sz]ed|in\s+hospital),\s+(?:[\w-]+\s+(?:of\s+(?:them|whom)\s+)?in\s+"
                      r"[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?\s*(?:,|and)\s+)*[\w-]+\s+(?:of\s+(?:them|whom)\s+)?in\s+$|"
                      r"\b(?:hospitali[sz]ed|treated|admitted|airlifted|evacuated|flown|transferred|taken|shifted|rushed|moved)\s+"
                      r"(?:(?:to|at)\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:hospitals?|clinics?)\s+)?in\s+$|"
                      r"\b(?:airlifted|evacuated|flown|transferred|shifted|rushed|referred|admitted|sent\s+on|sent)\s+(?:to|towards)\s+"
                      r"(?:[A-Z]{2,6}\s+(?:in\s+)?|the\s+[A-Z]{2,6}\s+(?:of|in)\s+)?$|"    # "admitted to the CHR of Bouna"
                      # "transferred from the General Hospital in Niksic to Podgorica", "transferred in ambulance
                      # to the city of Cochabamba": where the wounded were moved
                      r"\b(?:airlifted|evacuated|flown|transferred|shifted|referred|medevaced)\s+[^.;]{0,80}?\bto\s+"
                      r"(?:the\s+(?:city|town|capital)\s+of\s+)?$|"
                      r"\b(?:in|at|to|towards?|outside|near)\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){0,4}?(?:hospitals?(?:\s+cent(?:re|er)s?|\s+No\.?\s*\d+|\s+here)?|clinics?|"
                      r"(?:health|clinical)\s+cent(?:re|er)s?|"
                      r"morgues?|mortuar(?:y|ies)|funeral\s+(?:parlou?rs?|homes?)|medical\s+cent(?:re|er)s?)"
                      r"(?:\s+\([^()]{1,12}\)|\s+[\w'-]+-[\w'-]+)?"        # "the emergency hospital (HECA) in Rosario", "the hospital El-Maarouf of Moroni"
                      r"\s+(?:in|at|of)\s+(?:the\s+(?:city|town|capital)\s+of\s+)?(?:(?:neighbou?ring|nearby|the\s+nearby|"
                      r"northern|southern|eastern|western|central)\s+)?$|"
                      # "ended up dying ... in the University Hospital Agostinho Neto, in the Praia"
                      r"\bhospitals?\s+(?:[\w'-]+\s+){0,3}?[\w'-]+,\s+in\s+(?:the\s+)?$|"
                      # "a health worker in Fada N'Gourma said 14 of the wounded had been treated there"
                      r"\b(?:health\s+workers?|doctors?|nurses?|medics?|surgeons?|hospital\s+(?:officials?|staff|"
                      r"directors?|sources?))\s+in\s+$|"
                      # "a 15-year-old who died of his wounds in Apatzingan": where he was treated
                      r"\b(?:died|dies|succumbed)\s+(?:of|from|to)\s+(?:his|her|their)\s+(?:wounds|injuries)\s+in\s+$",
                      re.I)
_EVENT_AFTER = re.compile(r"^(?:['’]s)?\s+(?:[\w-]+\s+)?(?:death\s+)?(?:toll|strikes?|attacks?|shelling|bombing|"
                          r"blasts?|explosions?|raids?|massacre|offensive|bombardment|barrage)\b", re.I)
PRECISION_RANK = {"landmark": 3.5, "district": 3.5, "city": 3, "region": 2, "country": 1}


_SINCE_WORD = re.compile(r"(?:since|until|till)\b", re.I)   # "until Wednesday": its own word


def event_dates(sent_start: int, sent_text: str, mentions: list[DateMention], statements: bool = True) -> list[DateMention]:
    """Date mentions of a sentence that can date an event (not "said on Monday", unless not
    ``statements``; not "since ...")."""
    out = []
    for d in mentions:
        if d.value is None:
            continue
        rel = d.start - sent_start
        since = d.modifier in ("since", "until", "from") or _SINCE_WORD.match(d.text) or re.search(
            r"\b(?:since|until|from)\s+(?:the\s+)?(?:early|late|mid-?|end\s+of|start\s+of|beginning\s+of)?\s*$|"
            r"\bsince\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:began|started|erupted|broke\s+out)\s+(?:on|in)\s+$|"
            r"\bsince\s+the\s+[\w-]+(?:\s+[\w-]+){0,3}\s+(?:in|on|of)\s+$|"
            r"\bbetween\s+\d{1,2}(?:st|nd|rd|th)?\s+(?:and|-|\u2013)\s+$",       # "between 9 and 15 February": a span
            sent_text[max(0, rel - 60):rel], re.I)
        if since and not re.match(r"\s*,?\s*(?:when|(?:in|during)\s+which|which\s+killed)\b|(?:['’]s)?\s+(?:[\w-]+\s+){0,3}?(?:shelling|strike|attack|bombing|"
                                  r"raid|massacre|assault|explosion|blast|ambush|shooting|airstrike|killings?)\b",
                                  sent_text[d.end - sent_start:]):
            continue
        if d.kind == "year" and d.modifier != "in":
            continue
        if statements and _STATEMENT_BEFORE.search(sent_text[max(0, rel - 40):rel]) and \
                not _ATTACK_NOUN_AFTER.match(sent_text, d.end - sent_start) and \
                not _CLAUSE_OPENING.search(sent_text, max(0, rel - 24), rel):
            continue        # "said on Monday", but not "said of Monday's attack" nor "announced that on 19 February"
        out.append(d)
    return out


_REPORT = re.compile(r"\b(?:told|rose|risen|rises|rising|climbed|climbs|reached(?=\s+(?:at\s+least\s+|more\s+than\s+)?\d|\s+(?:this|on|by|late|early|yesterday)\b|\s*$)|stood|stands|counted|counts|reported|"
                     r"gave|put|puts|updated|revised|raised|confirmed|announced|communicated|said|says|tallied|recorded|"
                     r"registered|had\s+reached|spoke\s+of|toll|tally|count|figure|still|remained|listed|up\s+from|"
                     r"evacuated|airlifted|flown|transferred|admitted|treated|buried|burials?|funerals?|mourn\w*|coffins?|caskets?|briefings?|bulletins?|(?:was|were)\s+claimed|"
                     r"identified|discharged|exhumed|recovered|found|claim(?:ed|s)?\s+(?:that|responsibility|the\s+(?:attack|strike|bombing|raid|assault|ambush|killings?))|"
                     r"visited|interviewed|published|issued|released)\b", re.I)
_ATTACK = re.compile(r"\b(?:attack\w*|strikes?|struck|hit|hits|bomb\w*|shell\w*|fired|launched|tore|exploded|"
                     r"explosion|blast|raid\w*|assault\w*|stormed|killing|targeted|missiles?|drones?|rockets?|"
                     r"barrage|began|overnight|night|dropped|fighting|clash\w*|fought|ambush\w*|firefight|gunfight|shootout|battle|exchange\s+of\s+fire|offensive|incursion|killed|wounded|"
                     r"injured|died|(?<!found\s)(?<!its\s)(?<!their\s)(?<!our\s)(?<!the\s)dead|assassinat\w*|murder\w*|massacred|executed|slaughtered|beheaded|"
                     r"opened\s+fire|under\s+fire|gunfire|gunmen|shooting|shot|stormed|detonated|blew\s+up|firing|torched|"
                     r"set\s+(?:\w+\s+){0,2}?(?:on\s+fire|ablaze)|setting\s+(?:\w+\s+){0,2}?on\s+fire|"
                     r"ambush\w*|massacre|(?:military|ground|air|security|army|counter-?\w+|clearance|combing|joint|special|an|the|its|their)\s+operations?)\b",
                     re.I)


# "Saturday's strike", "Thursday's drone and car-bomb attack", "Tuesday's Russian drone and
# guided-bomb attack": up to four words of what kind, none of them a preposition or a verb's
_ATTACK_NOUN_AFTER = re.compile(r"(?:['’]s)?\s+(?:(?!(?:on|of|in|at|for|after|before|with|the|a|an|to|by|"
                                r"was|were|is|has|had|said|says)\b)[\w-]+\s+){0,4}?(?:attack|strike|shelling|"
                                r"bombing|bomb|raid|massacre|assault|explosion|blast|barrage|ambush|airstrike|"
                                r"shooting)\b", re.I)


#: "an attack like Tuesday's", "the strike of Tuesday": an attack noun just before the day
_ATTACK_NOUN_BEFORE = re.compile(r"\b(?:attack|strike|shelling|bombing|raid|massacre|assault|explosion|blast|barrage|"
                                 r"ambush|airstrike|shooting)s?\s+(?:like|of|on|(?:that|which)\s+(?:took\s+place|happened|"
                                 r"occurred))\s+$", re.I)     # ("the attack that took place yesterday afternoon")


def names_attack_day(sent_start: int, sent_text: str, d: DateMention) -> bool:
    """A day said as an attack's ("Tuesday's strike", "the 3 May attack", "an attack like Tuesday's")."""
    rel = d.start - sent_start
    return bool(_ATTACK_NOUN_AFTER.match(sent_text, d.end - sent_start)
                or _ATTACK_NOUN_BEFORE.search(sent_text[max(0, rel - 30):rel]))


#: "On 4 October, the bodies of 4 men were found", "On 18 July residents found the bodies of 3 men"
_BODIES_FOUND = re.compile(r"\W*(?:[\w-]+\s+){0,4}?(?:the\s+)?(?:bodies|body|corpses?|remains)\s+of\b.{0,60}?"
                           r"\b(?:were|was)\s+(?:found|discovered|recovered)\b|\W*(?:[\w-]+\s+){0,4}?(?:found|discovered|"
                           r"recovered)\s+(?:the\s+)?(?:bodies|body|corpses?|remains)\s+of\b", re.I)
#: what ties found bodies to an attack told before: those missing since, under rubble, more of them
_TIED_TO_ATTACK = re.compile(r"\b(?:missing|rubble|debris|more|remaining|another|other|still|search\w*|"
                             r"after\s+the|of\s+the\s+(?:victims|attack|strike))\b", re.I)

#: the mark that opens a list's item: a bullet or an item number ("- ", "\u2022 ", "2. ", "(3) ")
_ITEM_MARK = r"(?:[-\u2022*\u00b7\u2013]\s*|\(?\d{1,2}[.)]\s+)"
_BULLET = re.compile(r"\s*(?:[-\u2022*\u00b7\u2013]|\(?\d{1,2}[.)])\s")
_OPENING_DATE = re.compile(rf"\s*{_ITEM_MARK}?[\"“]?(?:at\s+(?:about\s+|around\s+|approximately\s+)?\d{{1,2}}[:.]\d\d"
                           r"(?:\s*(?:hrs|[ap]\.?m\.?))?,?\s+)?(?:(?:separately|meanwhile|elsewhere|later|earlier|subsequently|also|in\s+a\s+separate\s+"
                           r"(?:incident|event|attack)|in\s+another\s+(?:incident|attack))\s*,?\s*)?"
                           r"(?:(?:on(?:\s+the)?|early\s+on|late\s+on|yesterday|today|last\s+night|last|this|"
                           r"in\s+the\s+(?:early|small|late)\s+hours\s+of|(?:at|before|after)\s+dawn(?:\s+on)?|"
                           r"(?:late\s+|early\s+)?(?:in|on)\s+the\s+(?:evening|morning|afternoon|night)\s+of)[,\s]*)?"
                           r"(?:yesterday,\s*)?",
                           re.I)


#: a sentence that tells a toll's rise or a later death, not an attack
_TOLL_UPDATE = re.compile(r"\b(?:toll|tally|count)\b[^.;]{0,80}?\b(?:rose|risen|rises|climbed|increased|reached)\b|"
                          r"\bbringing\s+the\s+(?:\w+\s+)?(?:toll|tally|count)\b|"
                          r"\bdied\s+(?:later\s+)?(?:in|at)\s+(?:\w+\s+){0,3}?hospital\b|\bsuccumbed\b|"
                          r"\bdied\s+(?:of|from)\s+(?:his|her|their)\s+(?:wounds|injuries|burns)\b|"
                          # "2 wounded persons who were being treated in hospital lost their life the last night"
                          r"\b(?:wounded|injured)\b[^.;]{0,100}?\b(?:died|lost\s+their\s+li(?:ves|fe))\b", re.I)


def is_toll_update(sent_text: str) -> bool:
    """Does the sentence tell only a toll's rise or a later death ("The toll rose on Saturday, when a
    wounded officer died in hospital") and no assault? Its day dates no attack that later sentences tell."""
    return _TOLL_UPDATE.search(sent_text) is not None and not tells_new_assault(sent_text)


def tells_new_assault(sent_text: str) -> bool:
    """Does the sentence tell an assault of its own ("another drone struck the town"), not only
    refer back to one ("those wounded in the attack", "Tuesday's strike")?"""
    for m in _ASSAULT.finditer(sent_text):
        if not re.search(r"(?:\b(?:the|this|that|same)|['’]s)\s+(?:[\w-]+\s+)?$", sent_text[max(0, m.start() - 30):m.start()], re.I):
            return True
    return False


def is_timestamp(sent_text: str, sent_start: int, d: DateMention) -> bool:
    """Is the date a post's or page's time stamp ("13/10/2026 09:15 | DIÁRIO ...", "[Governor, 9 March, 08:12]")?"""
    return _TIMESTAMP_AFTER.match(sent_text, d.end - sent_start) is not None


def is_report_date(sent_text: str, sent_start: int, d: DateMention) -> bool:
    """Is the date not that of an attack? A date is an attack's when words of attack stand
    close to it ("bombs hit the market on Saturday", "Saturday's attack", "overnight") and
    no count or statement stands closer ("rose to 44 on Tuesday", "By Monday", "On Sunday
    evening officials counted 30 dead", "were still missing on Tuesday")."""
    rel, rel_end = d.start - sent_start, d.end - sent_start
    if d.precision == "day" and d.kind != "relative" and _ATTACK_NOUN_AFTER.match(sent_text, rel_end):
        return False               # "has died after Saturday night's attack": the attack's day, not the death's
    if d.precision == "day" and _DIED_RIGHT_BEFORE.search(sent_text, max(0, rel - 20), rel) \
            and _IN_HOSPITAL_AFTER.match(sent_text, rel_end):
        return True                # "a patrolman who died on 14 December in a hospital in the city of Cúcuta"
    if d.precision in ("day", "week") and _DIED_OF_WOUNDS.search(sent_text[max(0, rel - 100):rel]):
        return True                # "after a wounded soldier died on Monday", "three of the injured died
                                   # overnight in hospital", "had died in hospital this week": a death from
                                   # wounds, dated to the attack
    if d.precision == "week" and d.kind == "relative":
        # "the toll rose to 11 this week": when it was counted (but "killed 11 this week")
        before = sent_text[max(0, rel - 40):rel]
        dist_a, dist_r = _nearest(_ATTACK, before, ""), _nearest(_REPORT, before, "")
        return dist_r is not None and (dist_a is None or dist_r < dist_a)
    if _TIMESTAMP_AFTER.match(sent_text, rel_end):
        return True                # "13/10/2026 09:15 | DIÁRIO ...", "[Governor, 9 March, 08:12]": when it was posted
    if d.precision == "day" and _LATER_DEATH_AFTER.match(sent_text, rel_end):
        return True                # "climbed to seven on Saturday, when a wounded civilian died in al-Arish"
    if d.precision != "day":
        return False               # a month or a year is when things happened, not a report's time
    if _ATTACK_NOUN_AFTER.match(sent_text, rel_end):
        return False               # "Saturday's strike", "the 24 December shelling"
    if d.text.lower().endswith("weekend"):
        return True                # "the count rose to 22 over the weekend" (but "last weekend's attack")
    if re.search(r"\b(?:by|as\s+of)\s+(?:the\s+)?$", sent_text[max(0, rel - 10):rel], re.I) or \
            re.match(r"(?:by|as\s+of)\s", d.text, re.I):
        return True     # "42 suspects had been arrested by Friday morning": when it was counted
    if _CARE_BEFORE.search(sent_text[max(0, rel - 40):rel]) or _IN_CARE_BEFORE.search(sent_text[max(0, rel - 40):rel]):
        return True                # "were transferred overnight to the teaching hospital", "remain in hospital
        #                            tonight": the care's time
    if d.modifier in ("overnight",) or "night" in d.text.lower():
        return False
    if _HAPPENED_BEFORE.search(sent_text, max(0, rel - 80), rel):
        return False               # "the incident which occurred on Saturday afternoon": when it happened (not a funeral's)
    window_b = sent_text[max(0, rel - 120):rel]
    window_b = window_b[window_b.rfind(";") + 1:]
    # a date that opens its sentence sets its scene: the attack may be told further on ("Yesterday, 4 July,
    # at about 19:30, the armed formations of Ukraine attacked the town")
    opening = _OPENING_DATE.fullmatch(sent_text, 0, rel) is not None
    said = 0        # where the clause the date opens begins (after "informs ... that")
    if _CLAUSE_OPENING.search(sent_text, max(0, rel - 24), rel):
        said = rel
        # "informs national opinion that on Thursday 14 February, at about 05:30, armed groups attacked
        # ...": the date opens the clause said, whose attack may come further on; the saying is not its
        opening, window_b = True, ""
    window_a = sent_text[rel_end:rel_end + (100 if opening else 40)]
    if opening and _BODIES_FOUND.match(window_a) and not _TIED_TO_ATTACK.search(sent_text):
        return False               # "On 4 October, the bodies of 4 men were found in a field": a finding of its own
    # words that belong to another date ("on Monday for victims of Saturday's car bombing") are not this one's
    other = _OTHER_DATE.search(window_a)
    if other:
        window_a = window_a[:other.start()]
    others = list(_OTHER_DATE.finditer(window_b))
    if others:
        # "buried the victims of Monday's air strike on Thursday": the attack noun is Monday's
        noun = _ATTACK_NOUN_AFTER.match(window_b, others[-1].end())
        window_b = window_b[(noun or others[-1]).end():]
    for before, after in ((window_b, ""), ("", window_a)):
        dist_a = _nearest(_ATTACK, before, after)
        dist_r = _nearest(_REPORT, before, after)
        if dist_a is not None and (dist_r is None or dist_a < dist_r):
            return False
        if dist_r is not None:
            return True
    if opening and (_BULLET.match(sent_text) or not _REPORT.search(sent_text, said) and _ATTACK.search(sent_text, rel_end)):
        # a list item opened by its day, nothing of a report ("- 10/06, Bandiagara town: two national
        # contractors of an NGO were abducted"); a sentence opened by its day, with an attack's word after it
        # and no report word anywhere ("On the 26/01/2031 at around 1600hrs, a joint team traced the suspects to the mountains, where an
        # exchange of fire ensued"): what it tells happened that day
        return False
    # nothing near it: "... into the terrorist attack that targeted the checkpoint at the western entrance of
    # the city of Bir al-Abd, North Sinai Governorate, at approximately 05:40 on Friday 16 October": the
    # sentence's attack, where no report word stands between them
    head = sent_text[:rel]
    last_attack = None
    for m in _ASSAULT.finditer(head):
        last_attack = m
    if last_attack is not None and not _REPORT.search(head, last_attack.end()):
        return False
    return True


_HAPPENED_BEFORE = re.compile(r"\b(?:incident|attack|explosion|blast|shooting|strike|clash(?:es)?|ambush|raid|bombing|assault|"
                              r"violence|fighting|massacre|killing)s?\b[^.;]{0,40}?\b(?:occurred|took\s+place|happened|"
                              r"broke\s+out|erupted|unfolded)\s+$", re.I)
_CLAUSE_OPENING = re.compile(r"\bthat\s+(?:(?:early\s+|late\s+)?on\s+(?:the\s+)?(?:[A-Za-z]+day,?\s+)?)?$|"
                             # a quoted statement opened by its day: 'said in a statement: "At the evening of yesterday, ...'
                             r":\s*[\"“«]\s*(?:(?:at|in|on|during)\s+(?:the\s+)?(?:early\s+|late\s+)?"
                             r"(?:evening|morning|night|afternoon|dawn|hours)\s+of\s+)?$", re.I)
_TIMESTAMP_AFTER = re.compile(r"\s*,?\s*(?:at\s+)?\d{1,2}[:h]\d\d(?:\s*(?:hrs?\.?|h|CET|CEST|GMT|UTC|local(?:\s+time)?|"
                              r"[AP]\.?M\.?))?\s*(?:[|\u00b7\]\u2022-]|$)", re.I)
#: a toll's day that a later death set: "..., when a wounded civilian died", "when a driver died in hospital"
_LATER_DEATH_AFTER = re.compile(r"\s*,?\s*(?:when|after|as)\s+(?:a|an|the|one|two|three|another)\s+(?:[\w-]+\s+){0,3}?"
                                r"(?:(?:wounded|injured)\s+(?:[\w-]+\s+){0,2}died|died\s+(?:later\s+)?(?:in|at)\s+"
                                r"(?:a\s+|the\s+)?(?:[\w-]+\s+){0,2}?hospital|died\s+of\s+(?:his|her|their)\s+"
                                r"(?:wounds|injuries))\b", re.I)
_REPORT_FROM = re.compile(r"\b(?:reports?|news|word|footage|images|videos?)\s+from\s+(?:the\s+)?$", re.I)
#: words of the assault itself (not of deaths, which may come days later)
_ASSAULT = re.compile(r"\b(?:attack(?:s|ed)?|targeted|struck|stormed|raid(?:ed)?|ambush(?:ed)?|bomb(?:ing|ed)|shelled|"
                      r"shelling|explosion|blast|opened\s+fire|fired\s+on|massacre)\b", re.I)
_DIED_RIGHT_BEFORE = re.compile(r"\b(?:died|dies|succumbed)\s+(?:on\s+)?$")
_IN_HOSPITAL_AFTER = re.compile(r"[,\s]+(?:in|at)\s+(?:a\s+|the\s+)?(?:[\w'’-]+\s+){0,3}?(?:hospital|clinic)")
_DIED_OF_WOUNDS = re.compile(r"\b(?:wounded|injured)\s+(?:[\w-]+\s+){0,2}(?:died|dies|ended\s+up\s+dying)"
                             r"(?:\s+(?:in|at)\s+[\w'’-]+(?:\s+[\w'’-]+)?){0,2}\s+$|"   # "died in hospital in Popayan"
                             # "A sergeant wounded in Monday's attack on Amourj died on Thursday"
                             r"\b(?:wounded|injured|hit|hurt|shot)\s+(?:in|during|by)\s+[^.;]{0,60}?\b(?:died|dies)\s+$|"
                             r"\b(?:died|dies)\s+(?:later\s+)?(?:in|at)\s+(?:a\s+|the\s+)?(?:[\w'’-]+\s+){0,3}?hospital(?:\s+(?:in|of|at)\s+[A-Z][\w'’-]+)?\s+(?:the\s+)?$|"  # "the sixth victim died in hospital on Sunday", "died in the regional hospital in Khmelnytskyi on Friday"
                             r"\b(?:died|dies)\s+(?:of|from)\s+(?:his|her|their)?\s*(?:wounds|injuries|burns)"
                             r"(?:\s+(?:in|at)\s+[\w'’-]+(?:\s+[\w'’-]+){0,2})?\s+$|"     # "... his wounds in Apatzingan"
                             r"\bsuccumb(?:ed|s)\s+to\s+(?:his|her|their)?\s*(?:wounds|injuries)\s+$|"
                             # "The sixth, a 71-year-old pensioner, died in Voronezh on Wednesday": a later death
                             r"\b(?:the\s+)?(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|"
                             r"twelfth|latest|last)\b(?:\s+victim)?[^.;]{0,60}\b(?:died|dies)\b[^.;]{0,40}$|"
                             # "the bodies of two men that were found in a ravine on Tuesday": when found, not killed
                             r"\bbod(?:y|ies)\b[^.;]{0,60}\b(?:found|recovered|discovered|pulled|retrieved|identified)\b"
                             r"[^.;]{0,40}$", re.I)
_IN_CARE_BEFORE = re.compile(r"\b(?:remain(?:s|ed)?|still|are|is|were|was)\s+(?:in\s+(?:a\s+|the\s+)?(?:[\w-]+\s+)?"
                             r"hospitals?|hospitali[sz]ed)\s+$", re.I)
_CARE_BEFORE = re.compile(r"\b(?:transferred|moved|evacuated|airlifted|flown|admitted|discharged|"
                          r"transported|taken\s+to\s+(?:a\s+|the\s+)?hospitals?)\s+$", re.I)
_OTHER_DATE = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
                         r"April|May|June|July|August|September|October|November|December)\b(?:['’]s)?")


def _nearest(rx, before: str, after: str):
    best = None
    for m in rx.finditer(before):
        d = len(before) - m.end()
        best = d if best is None else min(best, d)
    m = rx.search(after)
    if m is not None:
        best = m.start() if best is None else min(best, m.start())
    return best


_TIME_WORD = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
                        r"April|May|June|July|August|September|October|November|December|night|morning|"
                        r"afternoon|evening|dawn|midnight|noon|weekend|\d{1,2}:\d\d)\b")
_RELATIVE = re.compile(r"\b(?:who|whom|whose|which|that|said|says|added|stated)\b")
_SCORES: dict = {}


def place_score(text: str, pm) -> float:
    """How likely a place mention is where things happened, not who did or said them."""
    # keyed by the text itself (its hash is cached by Python): an id() is reused by the next
    # article once this one is freed, and a stale score made places differ run to run
    key = (text, pm.start, pm.end)
    hit = _SCORES.get(key)
    if hit is None:
        if len(_SCORES) > 50_000:
            _SCORES.clear()
        hit = _SCORES[key] = _place_score(text, pm)
    return hit


def _rank(g) -> float:
    """How fine a place is: a district of a country (a region with its own admin2: "the Kupiansk
    district of the Kharkiv region") is finer than its region."""
    r = PRECISION_RANK.get(g.precision, 1)
    return r + 0.5 if g.precision == "region" and g.admin2 else r


def _line_before(text: str, pos: int, n: int) -> str:
    """Up to ``n`` characters before ``pos`` on its line (long hospital names need more than 40)."""
    before = text[max(0, pos - n):pos]
    return before[before.rfind("\n") + 1:]


#: what stands before an item's place on its line: a bullet or an item number, and a date or a time
#: ("- 28 February 2026, ", "\u2022 14:10 - ", "2. 1130H - ")
_ITEM_HEAD = re.compile(rf"\s*{_ITEM_MARK}?"
                        r"(?:[^,\n]{0,25}?\d[^,\n]{0,25}?(?:,|\s[-\u2013\u2014]))?\s*")
_ITEM_HEAD_END = re.compile(r"(?:[ \t]+(?:city|town|village|camp|district|region|province))?[ \t]*(?:[:\u2014\u2013]|-(?=[ \t]))")


#: a town placed in its unit right after its name: "Burshtyn, in the western province of Ivano-Frankivsk"
_PLACED_IN_UNIT = re.compile(r"\s*,\s+in\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:province|region|oblast|state|district|"
                             r"governorate|department|county|prefecture)\s+of\b", re.I)
_CAPS_HEAD = re.compile(r"(?m)^[ \t]*([^\W\d_][^\W\d_'\u2019. -]{2,40}?)[ \t]+[-\u2013\u2014][ \t]")
_CAPS_HEADS: dict = {}


def _after_a_sentence(text: str, line_start: int) -> bool:
    """Does the last non-empty line before ``line_start`` end a sentence (not a headline's)?"""
    before = text[max(0, line_start - 300):line_start].rstrip()
    return not before or before[-1] in ".!?)"


def caps_heads(text: str) -> int:
    """How many lines open with a head in capitals and a dash after a finished sentence
    ("... hospital sources.\n\nHINCHE - Gang members ..."): two or more make a digest of items,
    not one dateline (a wire digest's "PEMBA — ..." stands under its headline)."""
    key = (len(text), hash(text))
    hit = _CAPS_HEADS.get(key)
    if hit is None:
        if len(_CAPS_HEADS) > 10_000:
            _CAPS_HEADS.clear()
        hit = _CAPS_HEADS[key] = sum(1 for m in _CAPS_HEAD.finditer(text)
                                     if m.group(1).isupper() and _after_a_sentence(text, m.start()))
    return hit


def digest_head(text: str, pm) -> bool:
    """Is the mention, in capitals at its line's start, one of a digest's item heads?"""
    line_start = text.rfind("\n", 0, pm.start) + 1
    return not text[line_start:pm.start].strip() and text[pm.start:pm.end].isupper() \
        and _after_a_sentence(text, line_start) and caps_heads(text) >= 2


def item_head(text: str, pm) -> bool:
    """Does the place head an item of a list, a log or a bulletin ("- 28 February 2026, Beryslav:",
    "\u2022 02:30 - Khasavyurt:", "2. 1130H - Parang:")? What the item tells
    happened there."""
    end = _ITEM_HEAD_END.match(text, pm.end, pm.end + 40)
    if end is None:
        return False
    before = _line_before(text, pm.start, 60)
    # (a line that opens with the place is a headline's or a dateline's: "Jazan: martyrdom of 5 ...",
    # "PESHAWAR: The death toll ...", "KYIV \u2014 Russian missiles ...", unless a digest has several)
    if not before.strip():      # a digest's head in capitals, one of several ("HINCHE - Gang members ...")
        return digest_head(text, pm)
    return _ITEM_HEAD.fullmatch(before) is not None


#: a plant or base named after its town: "the Afipsky oil refining factory", "the Burshtyn power plant"
_FACILITY_AFTER = re.compile(r"\s+(?:oil\s+|thermal\s+|hydroelectric\s+|nuclear\s+|ammunition\s+|fuel\s+|chemical\s+)?"
                             r"(?:refinery|refining\s+(?:factory|plant)|depot|power\s+(?:plant|station)|plant|factory|"
                             r"substation|airfield|air\s+base|airbase|military\s+base|arsenal)\b", re.I)
#: the rest of a headline line after its opening place: a colon, then words with no sentence end
_HEADLINE_HEAD = re.compile(r":[ \t]+[A-Z][^\n]{10,140}(?<![.!?])[ \t]*(?:\n|$)")
#: responders told by where they came from: "a gendarmerie unit from Betroka", "reinforcements from Mtwara"
_ORIGIN_BEFORE = re.compile(r"\b(?:units?|troops|forces|police(?:men)?|soldiers|reinforcements|gendarmes?|gendarmerie|"
                            r"teams?|convoys?|ambulances?|rescuers|firefighters|medics|doctors)\s+(?:were\s+)?"
                            r"(?:sent\s+|deployed\s+|dispatched\s+|rushed\s+)?from\s+(?:the\s+)?$", re.I)
#: a town told by where it lies from a bigger place: "Afipsky, a settlement outside Krasnodar"
_A_SETTLEMENT = r",\s+an?\s+(?:[\w-]+\s+){0,2}(?:settlement|town|village|city|suburb|hamlet|community|locality)\s+"
_LOCATOR_BEFORE = re.compile(_A_SETTLEMENT + r"(?:(?:just|some|about|around|roughly|nearly)\s+)?"
                             r"(?:\d+\s*(?:km|kilometres|kilometers|miles)\s+)?"
                             r"(?:outside|near|north|south|east|west|close\s+to)\b[^,.;]*$|"
                             # "Batan, a banana-growing town in the canton of Matina": the unit that holds it
                             + _A_SETTLEMENT + r"in\s+the\s+(?:[\w-]+\s+)?(?:canton|district|province|municipality|"
                             r"county|department|region|state|commune|parish)\s+of\s+$", re.I)


def _place_score(text: str, pm) -> float:
    g = pm.geocode
    score = _rank(g)
    before = text[max(0, pm.start - 40):pm.start]
    before = before[before.rfind("\n") + 1:]          # a headline's words are not this line's
    after = text[pm.end:pm.end + 40].split("\n", 1)[0]
    lm = _LOCATIVE.search(before)
    if lm and _TIME_WORD.search(lm.group(0)):
        # "late on Sunday in Monimpébougou": the preposition after the time phrase
        last = list(_TIME_WORD.finditer(before))[-1]
        lm = _LOCATIVE.search(before, last.end())
    # "overnight into Wednesday Russia launched": a time phrase, not a place's preposition
    locative = bool(lm) and not _TIME_WORD.search(lm.group(0)) or g.kind == "offset"   # "45 km north of X"
    if not locative and item_head(text, pm):
        locative = True     # a chronology's item: "- 28 February 2026, Beryslav: two guided bombs hit ..."
    if not locative and re.search(r"\bthe\s+$", before) and _FACILITY_AFTER.match(after):
        locative = True     # "attacked ... the Afipsky oil refining factory": the plant stands there
    if not locative and not before.strip() and _HEADLINE_HEAD.match(text, pm.end) and not pm.surface.isupper():
        locative = True     # a headline that opens with its place: "Bawku: Gunmen kill at least nine in attack ..."
    if not locative and g.precision in ("city", "district", "landmark") and _PLACED_IN_UNIT.match(after):
        locative = True     # "the thermoelectric plant of Burshtyn, in the western province of Ivano-Frankivsk"
    if not locative and g.precision != "country" and _ATTACK_ON_OF.search(_line_before(text, pm.start, 100)):
        locative = True     # "the armed attack against the Police Station of Corinto": the station stands there
    if locative:
        score += 2
    if _REPORT_FROM.search(before):
        score += 2      # "A separate report from Kantemirovka: a drone hit a grain elevator": where it happened
    elif _SOURCE_PREP.search(before) or _ORG_IN.search(before) and not _AT_ORG.search(before) or \
            care_place(text, pm):
        score -= 3
    if _ORG_AFTER.match(after):
        score -= 3
    if origin_place(text, pm):
        score -= 2      # "A gendarmerie unit from Betroka reached the village": where help came from
    if _LOCATOR_BEFORE.search(_line_before(text, pm.start, 90)):
        score -= 2      # "the plant at Afipsky, a settlement outside Krasnodar, where ...": Krasnodar locates it
    if re.search(r"hospital|medical\s+cent|clinic", g.name or "", re.I) and not re.search(
            r"\b(?:(?:strikes?|attacks?|raid|shelling|bombing|assault)\s+on|hit|struck|stormed|bombed|shelled|targeted|"
            r"attacked|raided)\s+(?:the\s+)?$", before, re.I):
        score -= 3      # "a wounded woman died in Al-Aqsa Martyrs Hospital": where victims are treated
    if re.match(r"^\s+time\b", after):
        score -= 5      # "09:15 Kabul time": a clock, not a place
    subject = re.match(r"^\s+(?:said|says|launched|launches|fired|fires|sent|sends|claimed|denied|called|has|had|is|"
                       r"was|did|does|struck|attacked|unleashed|turned|used|deployed|targeted|summons|summoned|"
                       r"condemns|condemned|warns|warned|vows|vowed|demands|demanded|protests|protested)\b", after) or re.match(
        r"^\s+(?:strikes|attacks|hits|shells|bombs|pounds|targets|hammers|batters|pummels)\s+(?:the\s+)?[A-Z]", after)
    if g.precision == "country" and _ATTACKER_POSSESSIVE.match(after):
        return score - 3 - (2 if locative else 0)   # "wounded in Russia's drone and missile attack": who attacked
    if subject and (not locative or lm is not None and lm.group(0).rstrip().endswith(",")):
        # the actor: "Russia launched ...", "as Russia strikes Kyiv" (also after a comma: "... near Polish border
        # town, Warsaw summons Russian envoy")
        return score - 2.5 - (2 if locative else 0)
    line_start = text.rfind("\n", 0, pm.start) + 1
    if re.match(r"^[\s\w'’.-]*$", text[line_start:pm.start]) and re.match(
            r"^(?:,\s*[\w'’. -]{2,30})?\s*(?:\(\w+\)\s*)?[\u2014\u2013-]{1,2}\s", after):
        if digest_head(text, pm):
            return score if locative else score + 2   # a digest's item head ("GONAÏVES - Armed men fired ..."), one of several
        if not lm:
            return score - 3   # a dateline ("KYIV —", "IDLIB, Syria —") says where the report was filed
        # (not a headline's "Drones hit oil refinery in Afipsky, Krasnodar region - as it happened")
    if _EVENT_AFTER.match(after):
        score += 1.5   # "Poltava toll rises", "the Kyiv strike", "Kharkiv hypermarket strike"
    if re.match(r"^['’]s\s+\w", after) and not _ORG_AFTER.match(after):
        score += 0.5   # "Kyiv's Sviatoshynskyi district", "Yemen's Ras Isa fuel port"
    return score


#: a country's possessive before its attack or forces: "Russia's drone and missile attack", "Israel's army"
_ATTACKER_POSSESSIVE = re.compile(r"['’]s\s+(?:[\w-]+\s+(?:and\s+)?){0,3}?(?:attacks?|strikes?|air\s*strikes?|"
                                  r"invasion|offensive|bombardment|shelling|barrage|drones?|missiles?|forces|army|"
                                  r"military|troops|air\s+force|navy)\b", re.I)


#: an attack on a facility of a place: "attack against the installations of the Police Station of the municipality of"
_ATTACK_ON_OF = re.compile(r"\b(?:attack(?:s|ed)?|strikes?|struck|raids?|raided|assault(?:s|ed)?|stormed|hit|bombed|shelled)\s+"
                           r"(?:on\s+|against\s+)?(?:the\s+|a\s+)(?:[\w'’-]+\s+){0,7}?"
                           r"(?<!north\s)(?<!south\s)(?<!east\s)(?<!west\s)(?<!outskirts\s)(?:of|in|at)\s+(?:the\s+)?"
                           r"(?:(?:municipality|town|village|city|district|commune|locality)\s+of\s+(?:the\s+)?)?$", re.I)


def origin_place(text: str, pm) -> bool:
    """Is this mention where responders came from ("a gendarmerie unit from Betroka")?"""
    return _ORIGIN_BEFORE.search(_line_before(text, pm.start, 60)) is not None


def tells_attack(sentence: str) -> bool:
    """Does the sentence speak of violence (an attack, a strike, the killed or wounded)?"""
    return _ATTACK.search(sentence) is not None


def care_place(text: str, pm) -> bool:
    """Is this mention where the wounded were treated ("to the national hospital in Niamey")?"""
    before = _line_before(text, pm.start, 90)
    if _CARE_IN.search(before) is not None:
        return True
    # "taken to hospital in Tindouf, in Algeria": the country of the care place is one too
    m = re.search(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,\s*(?:in\s+)?$", before)
    return m is not None and _CARE_IN.search(before[:m.start()]) is not None


def spoken_for(text: str, pm) -> bool:
    """Is this mention an organisation's or a speaker's place ("the Poltava regional military
    administration said"), scored below what its rank alone gives?"""
    return place_score(text, pm) < _rank(pm.geocode)


def best_place(text: str, mentions, near: int, reach: int | None = None, end: int | None = None):
    """The best event place among mentions, ties broken by distance to ``near``.

    A mention qualifies only with evidence that things happened there (a locative
    preposition, an event noun: "in Kyiv", "the Kharkiv hypermarket strike"); with
    ``reach``, only within that many characters of ``near`` (the figure's clause)."""
    best, key = None, None
    for pm in mentions:
        # within reach of the figure: before its start, or after its end ("killed ... in Ukraine's
        # southern city of Mykolaiv")
        dist = pm.start - (end or near) if pm.start > (end or near) else min(abs(pm.start - near), abs(pm.end - near))
        if reach is not None and dist > reach:
            continue
        if reach is not None and pm.start > near and _RELATIVE.search(text, max(near, end or near), pm.start):
            continue   # "killed two officials who directed attacks in the West Bank"
        s = place_score(text, pm)
        if s - _rank(pm.geocode) < 1.5:
            continue
        k = (s, -abs(pm.start - near))
        if key is None or k > key:
            best, key = pm, k
    return best


_ACCUSES = re.compile(r"(?:['’]s\s+[\w ]{1,30}?|,[^,.;]{1,25},)?\s+(?:has\s+|have\s+)?(?:accused|accuses|blamed|blames)\s+",
                      re.I)


def accuser(text: str, mentions, before: int, inherited):
    """"Ukraine accused Russia of launching 29 missiles": the country that accuses is the one
    struck, not the article's venue (talks in Geneva) a figure would otherwise inherit. The last
    country named as the subject of such a verb before ``before``; ``inherited`` where it lies
    in that country already (or none accuses)."""
    hit = None
    for pm in mentions:
        if pm.start < before and pm.geocode.precision == "country" and _ACCUSES.match(text, pm.end):
            hit = pm
    if hit is None or inherited is not None and inherited.geocode.country == hit.geocode.country:
        return inherited
    return hit


def nearest_date(dates: list[DateMention], pos: int) -> Optional[DateMention]:
    """The date mention nearest ``pos``, preferring one before it."""
    if not dates:
        return None
    before = [d for d in dates if d.end <= pos]
    if before:
        return before[-1]
    return min(dates, key=lambda d: abs(d.start - pos))


_LEVEL = {"landmark": 0, "district": 0, "city": 1, "region": 2, "country": 3}


def contains(coarse, fine) -> bool:
    """Does the place ``coarse`` (a region or country) contain the finer place ``fine``?"""
    c, f = coarse.geocode, fine.geocode
    if _LEVEL.get(c.precision, 3) <= _LEVEL.get(f.precision, 3):
        return False
    if c.precision == "country":
        return bool(c.country) and c.country == f.country
    if c.country and f.country and c.country != f.country:
        return False
    if c.kind == "district" and c.admin2 and f.admin2 and f.precision == "city":
        # a district holds the towns of its own second-level unit, not all of its province's
        return _base(f.admin2) == _base(c.admin2) or _km(c.lat, c.lon, f.lat, f.lon) < 20
    names = {_base(c.name), _base(c.admin1 or "")} - {""}
    if _base(f.admin1 or "") in names or _base(f.parent or "") in names:
        return True
    return c.precision == "region" and _km(c.lat, c.lon, f.lat, f.lon) < 60


def _base(name: str) -> str:
    return re.sub(r"\b(?:oblast|region|province|governorate|krai|state|district|raion|county)\b", "",
                  name.lower()).strip()


def km_between(a, b) -> float:
    """Great-circle km between two geocodes (infinite without coordinates)."""
    return _km(a.lat, a.lon, b.lat, b.lon)


def _km(lat1, lon1, lat2, lon2) -> float:
    import math
    if None in (lat1, lon1, lat2, lon2):
        return float("inf")
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371 * math.asin(min(1.0, math.sqrt(h)))
