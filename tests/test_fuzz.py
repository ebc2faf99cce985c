"""Properties over hostile input (issue 14): documents, extraction and the store never raise
anything but a named error, and a batch never loses its good documents. A few hundred cases
each in `make test`; `make fuzz` (HYPOTHESIS_PROFILE=fuzz) runs 40,000 + 40,000 + 2,000 stores."""
import os

from hypothesis import given, settings, strategies as st

from dashboard.documents import doc_id_for, load_bytes
from dashboard.errors import DocumentError
from dashboard.extract import extract_document
from dashboard.language import detect_language
from dashboard.records import Document
from dashboard.store import Store

from extract_helpers import NoPlaces

TOKENS = st.sampled_from(["killed", "at least", "12", "99999999999999999999", "1" * 400, "people", "missiles",
                          "Kyiv", "on Thursday", ".", "\n", "<script>alert(1)</script>", "<blockquote>",
                          "\x00", "\ufeff", "‘", "...", "1.2 million", "twenty-one", "Київ", "загинули", "between",
                          "and", "-", "—", "(", ")", "3/4", "12:30"])
TEXTS = st.one_of(st.text(max_size=300), st.lists(TOKENS, max_size=80).map(" ".join))
FUZZ = os.environ.get("HYPOTHESIS_PROFILE") == "fuzz"
PLAIN = settings(max_examples=40_000 if FUZZ else 300, deadline=None)


@PLAIN
@given(st.binary(max_size=600), st.sampled_from(["a.txt", "a.md", "a.html", "a.htm", "noext"]))
def test_any_bytes_become_a_document_or_a_named_error(data, name):
    try:
        doc = load_bytes(name, data)
    except DocumentError as e:
        assert name in str(e)
    else:
        assert isinstance(doc.text, str) and doc.doc_id


@PLAIN
@given(TEXTS)
def test_extraction_of_any_text_gives_whole_counts_and_exact_spans(text):
    doc = Document(doc_id=doc_id_for(text), name="f.txt", text=text, language=detect_language(text))
    for r in extract_document(doc, NoPlaces()):
        assert r.count is None or (isinstance(r.count, int) and r.count >= 0)   # the store bounds its size
        assert 0 <= r.start <= r.end


@settings(max_examples=2_000 if FUZZ else 40, deadline=None)
@given(st.lists(TEXTS, min_size=1, max_size=4))
def test_a_batch_of_hostile_documents_is_stored_whole_and_idempotently(texts):
    store = Store(":memory:")
    docs = []
    for i, t in enumerate(texts):
        try:
            docs.append(load_bytes(f"d{i}.txt", (t + f" doc {i}").encode("utf-8", "replace")))
        except DocumentError:
            pass
    first = store.ingest(docs)
    assert first.added_documents == len({d.doc_id for d in docs}) and not first.failed
    again = store.ingest(docs)
    assert again.added_documents == 0 and store.count_documents() == first.added_documents
