"""What the figure and weapon rules share: the Figure value and the word tokens."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from .numbers import Number

_STOP = {"in", "on", "at", "by", "from", "to", "into", "near", "after", "before", "during", "when", "while",
         "as", "and", "or", "but", "were", "was", "are", "is", "have", "has", "had", "be", "been", "being",
         "will", "would", "could", "may", "might", "said", "say", "says", "that", "which", "who", "whom",
         "with", "for", "across", "over", "above", "under", "since", "per", "a", "an", "the", "this", "these", "those",
         "it", "its", "their", "his", "her", "they", "we", "he", "she", "than", "more", "still", "also",
         "now", "already", "reported", "announced", "cited", "came", "come", "got", "went", "remain", "remained", "remains",
         "continue", "continues", "continued", "received", "receive", "receives", "suffered", "sustained",
         "early", "late", "overnight", "yesterday", "today", "tonight", "last", "earlier", "later", "then",
         "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "according",
         "january", "february", "march", "april", "june", "july", "august", "september", "october",
         "november", "december", "there", "here", "out", "up", "off", "down", "inside", "outside",
         "themselves", "alone", "each", "respectively", "total", "altogether"}
_TOK = re.compile(r"[A-Za-z][A-Za-z\d'’.-]*[A-Za-z\d]|[A-Za-z]|\d[\d,.]*|[^\sA-Za-z\d]")


@dataclass
class Figure:
    type: str                 # casualty or weapon
    category: str
    number: Number
    start: int                # evidence span (absolute offsets)
    end: int
    qualifier: str = "exact"
    group: Optional[str] = None
    subset: bool = False
    scope: str = "event"
    rate_unit: Optional[str] = None
    role: Optional[str] = None
    model: Optional[str] = None
    origin: Optional[str] = None
    confidence: float = 0.8
    extra: dict = field(default_factory=dict)

    @property
    def count(self) -> Optional[int]:
        return self.number.value
