"""Extraction never raises, and every record's evidence is its exact span."""
import os

from hypothesis import given, settings, strategies as st

from dashboard.documents import doc_id_for
from dashboard.extract import _extract
from dashboard.records import Document

from extract_helpers import NoPlaces

WORDS = st.sampled_from(["killed", "at least", "12", "twelve", "people", "missiles", "drones", "of them",
                         "children", "Kyiv", "on Thursday", "toll", "rose to", ",", ".", "\n", "a", "dozen",
                         "North Korean-made", "missile", "injured", "since the war", "a week", "“", "”"])


@settings(max_examples=20_000 if os.environ.get("HYPOTHESIS_PROFILE") == "fuzz" else 300, deadline=None)
@given(st.one_of(st.text(max_size=400), st.lists(WORDS, max_size=60).map(" ".join)))
def test_extraction_never_raises_and_spans_are_exact(text):
    doc = Document(doc_id=doc_id_for(text), name="h.txt", text=text)
    for r in _extract(doc, NoPlaces()):
        assert 0 <= r.start <= r.end <= len(text)
        if r.type in ("casualty", "weapon", "date"):
            assert text[r.start:r.end] == r.evidence
