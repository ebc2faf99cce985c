"""Claims by a party to the fighting: "the defence ministry said up to 60 fighters were
eliminated", "the army says it destroyed 40 drones", "a militia spokesman claimed 45 dead".

A figure is a claim when the source that gives it is an armed party (an army, a defence
ministry, an armed group or its spokesman), or when it counts enemies "eliminated" or
"neutralised" (the language of a belligerent's communiqué) with no other source named. Civil
authorities (health ministries, emergency services, governors, police, hospitals, the UN) give
official figures, not claims. The claimant travels with the record (``Record.claimant``);
events never take a claim as an event's best toll where an official or independent figure
exists (``dashboard.events``).
"""
from __future__ import annotations

import re
from typing import Optional

#: armed groups named in news by their initials or their own names (both lists below read them)
_NAMED_GROUPS = (r"aqim|aqap|al[-\s]?qa[e'’]?i?da|pkk|mfdc|hts|hayat\s+tahrir\s+al[-\s]sham|iskp|is-k|ansaroul\s+islam|"
                 r"katiba\s+macina|tpnpb|codeco|fdlr|mai[-\s]mai|polisario|ypg")
_ARMED = re.compile(
    r"\b(?:army|armed\s+forces|military|militaries|defen[cs]e\s+(?:ministry|forces|department|force)|"
    r"ministry\s+of\s+defen[cs]e|mod|general\s+staff|air\s+force|navy|troops|soldiers|idf|tatmadaw|junta|"
    r"militia|militias|militiamen|rebels?|insurgents?|jihadists?|militants?|hamas|hezbollah|houthis?|"
    r"ansar\s+allah|rsf|rapid\s+support\s+forces|saf|al[-\s]?shabaa?b|jnim|isgs|islamic\s+state|isis|isil|"
    r"iswap|boko\s+haram|taliban|ttp|wagner|m23|adf|arakan\s+army|separatists?|guerrillas?|commander|"
    r"commanders|brigades?|battalion|regiment|kremlin|moscow|pentagon|armed\s+group|fighters|paramilitar\w*|"
    r"farc|eln|dissidents?|liberation\s+front|front\s+for\s+(?:the\s+)?liberation|" + _NAMED_GROUPS + r")\b", re.I)
# armed groups by name: their "-run administration" or "media office" is still the party speaking
_GROUPS = re.compile(
    r"\b(?:hamas|hezbollah|houthis?|ansar\s+allah|rsf|rapid\s+support\s+forces|al[-\s]?shabaa?b|jnim|isgs|"
    r"islamic\s+state|isis|isil|iswap|boko\s+haram|taliban|ttp|wagner|m23|adf|arakan\s+army|"
    r"group\s+to\s+support\s+islam|idf|tatmadaw|junta|" + _NAMED_GROUPS + r")\b", re.I)
# "the paramilitary force's civil administration", "militia-run authorities"
_RUN_BY = re.compile(r"\b(?:paramilitary|militia|rebel|army|military|junta|armed\s+group|insurgent)s?"
                     r"(?:\s+force)?(?:['’]s|-run|-controlled|-led|-held)", re.I)
_HEALTH = re.compile(r"\bhealth\b|\bhospitals?\b|\bmedical\b", re.I)
# "its fighters had killed", "our forces destroyed": the speaker counts its own deeds
_OWN_DEEDS = re.compile(r"\b(?:its|their|our)\s+(?:fighters|forces|troops|units|soldiers|drones|aircraft|warplanes|jets|air\s+defen[cs]es?|"
                        r"militants|mujahideen|men)\b|\b(?:we|it|they)\s+(?:had\s+|have\s+|has\s+)?"
                        # ("it had carried out the attack and had killed '12 mercenaries'")
                        r"(?:[\w ]{0,40}?\band\s+(?:had\s+|have\s+|has\s+)?)?(?:killed|destroyed|"
                        r"downed|shot\s+down|eliminated|neutrali[sz]ed)\b|"
                        # "affirmed in a note to have killed 27 soldiers"
                        r"\bto\s+have\s+(?:killed|destroyed|downed|shot\s+down|eliminated|neutrali[sz]ed)\b", re.I)
_CIVIL = re.compile(
    r"\b(?:health|emergenc\w*|rescue\w*|police|gendarmerie|gendarmes?|governor|mayor|administration|prosecutor\w*|hospitals?|"
    r"united\s+nations|un|ocha|red\s+cross|red\s+crescent|msf|who|unicef|unrwa|ombudsman|human\s+rights|"
    r"monitor\w*|medics|doctors|witnesses|residents|civil\s+defen[cs]e|local\s+officials|"
    r"hromada|council|morgue)\b", re.I)
_COMMUNIQUE = re.compile(r"\b(?:eliminat\w+|neutrali[sz]\w+|liquidat\w+|destroyed)\b", re.I)


# "al-Shabaab claims 25 soldiers killed", "has stuck to its own claim of 25"
_GROUP_CLAIMS = re.compile(r"[\w-]*(?:\s+[\w-]+){0,4}?(?:\s*\([^()]{1,20}\))?(?:\s*,[^,.;]{1,50},)?\s+"     # "... (AQIM)"
                           r"(?:claims?|claimed|(?:has\s+)?stuck\s+to\s+its\s+"
                           r"(?:own\s+)?claim)\b|"   # "Islamic State, through its Amaq news agency, claimed ..."
                           r"[\w-]*[^.;]{0,40}?\bits\s+(?:own\s+)?claim\s+(?:that|of)\b",  # "... was quick, too, with its claim that"
                           re.I)
# a government speaking of the enemy it fights: "40 al-Shabaab fighters", "25 militants"
_GOVERNMENT = re.compile(r"\b(?:ministry|government|authorities|presidency|information\s+office|spokesm[ae]n)\b", re.I)
_POLICE = re.compile(r"\bpolice\b", re.I)
_ENEMY_NOUNS = r"fighters|militants|insurgents|terrorists|rebels|jihadists|gunmen|attackers|bandits"
#: the enemy named right after a quoted count: '"more than 30" Fano fighters'
_ENEMY_AFTER = re.compile(rf"[\"”'’]?\s*(?:[A-Z][\w-]+\s+)?(?:{_ENEMY_NOUNS})\b")
_ENEMY_FIGHTERS = re.compile(rf"\b(?:{_ENEMY_NOUNS}|gang\s+members|gangsters)\b", re.I)


#: "X claim(s|ed) <count>": the count right after a claiming verb, with its claimant's last words
_CLAIM_BEFORE = re.compile(r"(?:\b((?:[\w-]+\s+){0,2}[\w-]+)\s+)?\b(?:claims?|claimed|claiming)\s+"
                           r"(?:that\s+(?:it|they|the\s+(?:attackers|gunmen|assailants)|(?:its|their)\s+[\w-]+)\s+"
                           r"(?:had\s+|has\s+|have\s+)?[\"“]?|that\s+|to\s+have\s+|the\s+[\"“]?|of\s+(?:having\s+)?)?$")


#: an armed party as the subject of "claim": "rebels claim Sunday's attack, say 13 ..." (not "rejected the claim")
_PARTY_CLAIMS = re.compile(r"(?:\s+(?!rejected|denied|dismissed|disputed|doubted)[\w-]+){0,2}?\s+(?:claims?|claimed)\b"
                           r"(?!\s+(?:of|was|is)\b)", re.I)
_NO_CLAIMANT = frozenset("there and it that which who also then but he she they we i this so".split())


#: a party named in the sentence before, claiming: "It claimed to have ...", "They claim"
_IT_CLAIMED = re.compile(r"(?:^|[.;]\s+)(?:it|they)\s+(?:also\s+|later\s+)?claim(?:s|ed)?\b", re.I)
#: "Bangkok's claim that ...", "the army's claim of ...": whose claim the count is
_POSSESSIVE_CLAIM = re.compile(r"\b((?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?|the\s+(?:army|military|militia|"
                               r"rebels|government|ministry))['’]s\s+(?:own\s+)?claims?\s+(?:that|of)\b")


def is_armed_party(source: Optional[str]) -> bool:
    """Is this source a party to the fighting rather than a civil or independent one?"""
    if not source:
        return False
    if _GROUPS.search(source) or _RUN_BY.search(source):
        return not _HEALTH.search(source)      # an armed group's own office; its health ministry counts victims
    return bool(_ARMED.search(source)) and not _CIVIL.search(source)


def claimant(source: Optional[str], evidence: str, sentence: str, role: Optional[str] = None) -> Optional[str]:
    """Who claims the figure, or None for an official or independent figure. An air force's
    count of what the enemy launched is its report of the attack, not a claim of its own deeds
    (its shoot-down count is one)."""
    if role == "launched" and not _OWN_DEEDS.search(sentence):
        return None
    group = _GROUPS.search(sentence)
    said = _GROUP_CLAIMS.match(sentence, group.start()) if group else None
    if said:
        # "al-Shabaab claims 25 soldiers killed", "its own claim of 25": what follows the claim
        # is the group's; "toll rises to 13 as al-Shabaab claims 25" leaves the 13 alone; of "the al
        # Qaeda-linked al Shabaab group claimed", the last group named
        last = list(_GROUPS.finditer(sentence, group.start(), said.end()))[-1]
        if "(" in sentence[group.end():last.start()]:
            last = group    # "Al-Qaeda in the Islamic Maghreb (AQIM) claimed": one group, by its name
        return last.group(0) if sentence.find(evidence) > group.start() else None
    if is_armed_party(source):
        return source
    at = sentence.find(evidence)
    claims = "claim" in sentence.lower()    # (the four rules below read a claiming word; most sentences have none)
    party = _ARMED.search(sentence, 0, max(0, at)) if claims else None
    if party is not None and _PARTY_CLAIMS.match(sentence, party.end()) and not _CIVIL.search(sentence, 0, party.end()):
        return party.group(0)   # "Casamance rebels claim Sunday's attack, say 13 soldiers were killed"
    if claims and at > 0 and _IT_CLAIMED.search(sentence, 0, at) and not _CIVIL.search(sentence, 0, at):
        return source or "unnamed party"    # "It claimed to have destroyed two launchers and killed 'nearly 20'"
    owner = [m for m in _POSSESSIVE_CLAIM.finditer(sentence, 0, max(0, at)) if m.end() <= at] if claims and at > 0 else []
    if owner:
        return owner[-1].group(1)       # "Bangkok's claim that its guns killed 'nearly 20'"
    said = _CLAIM_BEFORE.search(sentence, max(0, at - 60), at) if claims and at >= 0 else None
    if said is not None and not _CIVIL.search(said.group(1) or ""):
        # "while Ukrainian channels claim dozens of soldiers": whoever claims it
        who = re.sub(r"^(?:while|whereas|and|but|as|though|although)\s+", "", (said.group(1) or "").strip(), flags=re.I)
        while True:     # "Moscow repeated its" -> Moscow; "Ukrainian channels" stays
            shorter = re.sub(r"\s+(?:its|their|his|her|the|also|again|\w+ed)$", "", who)
            if shorter == who:
                break
            who = shorter
        who = re.sub(r"\s+(?:on|last|this)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$", "", who,
                     flags=re.I)
        if all(w.lower() in _NO_CLAIMANT for w in who.split()) or not (
                _ARMED.search(who) or any(w[:1].isupper() for w in who.split())):
            who = ""        # "... a 'workshop' there and claims to have killed", "a bridge on Monday claimed": no one named
        return source or who or "unnamed party"
    if source and (_GOVERNMENT.search(source) or _ARMED.search(source) or _POLICE.search(source)) \
            and _ENEMY_FIGHTERS.search(evidence):
        # "the information ministry said 40 al-Shabaab fighters had been killed", "police and the
        # army say they have killed 40 militants"
        return source
    if source is None and at > 0:
        # "The federal Government Communication Service said ... had killed "more than 30" Fano fighters": a government's
        # or a force's count of the enemy it fights, its speaker too long a name to be read as the source
        after = sentence[at + len(evidence):at + len(evidence) + 40]
        if _ENEMY_FIGHTERS.search(evidence) or _ENEMY_AFTER.match(after):
            speaker = _GOVERNMENT.search(sentence, 0, at) or _ARMED.search(sentence, 0, at)
            if speaker is not None and not _CIVIL.search(sentence, 0, speaker.start()):
                return speaker.group(0)
    if source is None and group and _OWN_DEEDS.search(sentence):
        return group.group(0)                # "(JNIM) said its fighters had killed 40 soldiers"
    deeds = _OWN_DEEDS.search(sentence) if source is None else None
    if deeds is not None and deeds.start() - 10 <= at <= deeds.end() + 25:
        # "the claim of the armed group, which said it killed 'more than 30' members": the party that
        # speaks just before its own deeds
        party = [m for m in _ARMED.finditer(sentence, max(0, deeds.start() - 120), deeds.start())]
        if party and not _CIVIL.search(sentence, party[-1].start(), deeds.start()):
            return party[-1].group(0)
    if _COMMUNIQUE.search(evidence) and not _CIVIL.search(sentence.replace(evidence, " ")) \
            and not _CIVIL.search(source or ""):
        # "the dissident front said in a statement it had 'neutralised' 15 police officers"
        return source or "unnamed party"
    return None


def spread_claims(records) -> None:
    """A figure an article gives as a party's claim once ("JNIM claims 40 soldiers killed") is
    that claim wherever the article repeats it without naming who says it."""
    claimed = {}
    for r in records:
        if r.type in ("casualty", "weapon") and r.claimant and r.count is not None:
            claimed.setdefault((r.type, r.category, r.count), r.claimant)
    for r in records:
        if r.type in ("casualty", "weapon") and not r.claimant and r.count is not None and not r.source:
            r.claimant = claimed.get((r.type, r.category, r.count))


#: "a figure the prosecutor's office did not confirm", "which the deputy did not confirm", "The
#: Prosecutor's Office said that it has no antecedents of that": a count another source disputes
_DISPUTED = re.compile(r"\b(?:did|does|could|can|has|have|had)\s+not\s+(?:yet\s+)?(?:be(?:en)?\s+)?"
                       r"(?:confirm|verif|corroborat|substantiat)\w*|\bwas\s+unable\s+to\s+(?:confirm|verify)\b|"
                       r"\bno\s+antecedents\b|\bnot\s+(?:been\s+)?(?:independently\s+)?(?:confirmed|verified)\b",
                       re.I)
_DISPUTED_NEXT = re.compile(r"^\W*(?:the\s+)?[\w'’ ]{0,40}?\b(?:said|says)\s+(?:that\s+)?(?:it|they)\s+(?:has|have|had)\s+"
                            r"no\s+(?:antecedents|record|information|confirmation|evidence)\s+of\s+(?:that|this|it)\b|"
                            r"^\W*(?:this|that|the)\s+(?:figure|claim|number)\s+(?:could|can|has|was)\s+not\b", re.I)


def mark_disputed(records, sentence_text: dict) -> None:
    """A count that another source of the article says it could not confirm ("'at least seven' of
    its members had been killed, a figure the prosecutor's office did not confirm") is a claim of
    whoever gives it: never an event's best toll where a confirmed one exists. Only the last
    casualty count before the disputing words (or of the sentence the next one disputes) is one."""
    by_sentence: dict = {}
    for r in records:
        if r.type == "casualty" and r.count is not None and not r.claimant:
            by_sentence.setdefault(r.extra.get("sentence_index"), []).append(r)
    for i, recs in by_sentence.items():
        if i is None:
            continue
        text = sentence_text.get(i, "")
        s0 = recs[0].sent_start or 0
        m = _DISPUTED.search(text)
        if _DISPUTED_NEXT.search(sentence_text.get(i + 1, "")):
            cut = len(text)
        elif m is not None:
            cut = m.start()
        else:
            continue
        for r in recs:
            if r.end - s0 <= cut:
                r.claimant = r.source or "unconfirmed"


#: "CLAIM: A post shared 12,000 times says ...", "a viral video claims", "rumours of 50 dead": a count
#: that only a post or rumour gives (what fact checks quote) is no toll
_RUMOUR = re.compile(
    r"^\W*claim\s*:|\b(?:viral\s+)?(?:posts?|messages?|videos?|tweets?|rumou?rs?|memes?)\s+(?:\w+\s+){0,8}?"
    r"(?:shared|circulat\w+|going\s+viral|spread\w*|forwarded)\b|\bviral\s+(?:posts?|messages?|videos?|claims?)\b|"
    r"\brumou?rs?\s+(?:of|that|say|said|claim)\b|\bsocial\s+media\s+(?:users|posts|accounts)\s+(?:\w+\s+)?"
    r"(?:claim|claimed|say|said|shared|spread)\b|\bunverified\s+(?:posts?|claims?|videos?|rumou?rs?)\b", re.I)


_RUMOUR_WORDS = ("claim", "post", "message", "video", "tweet", "rumo", "meme", "viral", "social media", "unverified")


def mark_rumours(records, sentence_text: dict) -> None:
    """A count in a sentence that gives it as a post's or a rumour's ("A post shared more than 12,000
    times says '30 guardsmen dead'") is that post's claim, never an event's toll."""
    seen: dict = {}
    for r in records:
        if r.type != "casualty" or r.count is None or r.claimant:
            continue
        i = r.extra.get("sentence_index")
        if i not in seen:       # one look per sentence, and only where a word of rumour stands
            text = sentence_text.get(i, "")
            low = text.lower()
            seen[i] = _RUMOUR.search(text) if any(w in low for w in _RUMOUR_WORDS) else None
        m = seen[i]
        if m is not None and m.start() <= (r.start or 0) - (r.sent_start or 0):
            r.claimant = "unverified post"

