"""Is a text about armed conflict, or does it only borrow its words?"""
from __future__ import annotations

import re

# words of armed conflict that games, sport, farming and fires rarely use
_HARD = re.compile(r"(?<!water-)\b(?:missiles?|shell(?:ing|ed)|air\s?strikes?|air\s+raids?|artillery|bombardments?|bombing|"
                   r"bombed|militants?|rebels?|insurgents?|troops|soldiers|servicemen|invasion|war|ceasefire|cease-fire|"
                   r"front\s?line|gunmen|militias?|army|military|civilians|paramilitary|air\s+defen[cs]es?|explosives?|"
                   r"suicide\s+bomber|terrorists?|casualties|wounded|death\s+toll|killed|injured|rockets?|"
                   r"drone\s+strikes?|missile\s+strikes?|shells)\b", re.I)


_NONWAR = re.compile(r"\b(?:game|games|gaming|gamers?|match|matches|tournament|season|league|players?|team|teams|"
                     r"coach|fans|scored|goals?|points|championship|final|esports|studio|developers?|investors?|"
                     r"funding|start-?up|shares|revenue|company|customers|farmers|crops|wildfires?|firefighters|"
                     r"blaze|flames|locusts?|swarms?|airsoft|paintball|concert|festival|trailer|console)\b", re.I)


def conflict_terms(text: str) -> int:
    """How many distinct words of armed conflict the text holds (plurals folded)."""
    return len({re.sub(r"\s+", " ", m.group(0).lower()).rstrip("s") for m in _HARD.finditer(text)})


def looks_like_war(text: str) -> bool:
    """Is a long text about armed conflict, or does it only borrow its words (a game's
    "fired 12 three-pointers", a wildfire's "battle on three fronts", farm drones)?"""
    hard = conflict_terms(text)
    other = len({m.group(0).lower() for m in _NONWAR.finditer(text)})
    return hard >= 5 or (hard >= 3 and other <= hard) or (hard >= 2 and other == 0)
