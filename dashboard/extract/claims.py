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

_ARMED = re.compile(
    r"\b(?:army|armed\s+forces|military|militaries|defen[cs]e\s+(?:ministry|forces|department|force)|"
    r"ministry\s+of\s+defen[cs]e|mod|general\s+staff|air\s+force|navy|troops|soldiers|idf|tatmadaw|junta|"
    r"militia|militias|militiamen|rebels?|insurgents?|jihadists?|militants?|hamas|hezbollah|houthis?|"
    r"ansar\s+allah|rsf|rapid\s+support\s+forces|saf|al[-\s]?shabaa?b|jnim|isgs|islamic\s+state|isis|isil|"
    r"iswap|boko\s+haram|taliban|ttp|wagner|m23|adf|arakan\s+army|separatists|guerrillas?|commander|"
    r"commanders|brigades?|battalion|regiment|kremlin|pentagon|armed\s+group|fighters)\b", re.I)
_CIVIL = re.compile(
    r"\b(?:health|emergenc\w*|rescue\w*|police|governor|mayor|administration|prosecutor\w*|hospitals?|"
    r"united\s+nations|un|ocha|red\s+cross|red\s+crescent|msf|who|unicef|unrwa|ombudsman|human\s+rights|"
    r"monitor\w*|medics|doctors|witnesses|residents|civil\s+defen[cs]e|local\s+officials|"
    r"hromada|council|morgue)\b", re.I)
_COMMUNIQUE = re.compile(r"\b(?:eliminat\w+|neutrali[sz]\w+|liquidat\w+|destroyed)\b", re.I)


def is_armed_party(source: Optional[str]) -> bool:
    """Is this source a party to the fighting rather than a civil or independent one?"""
    return bool(source) and bool(_ARMED.search(source)) and not _CIVIL.search(source)


def claimant(source: Optional[str], evidence: str, sentence: str) -> Optional[str]:
    """Who claims the figure, or None for an official or independent figure."""
    if is_armed_party(source):
        return source
    if source is None and _COMMUNIQUE.search(evidence) and not _CIVIL.search(sentence):
        return "unnamed party"
    return None
