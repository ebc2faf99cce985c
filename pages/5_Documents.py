"""Documents: each article with its extracted spans highlighted, its records beside it;
choosing a record shows (and outlines) its sentence."""
import streamlit as st

from app_ui import explain_empty, page_setup
from app_ui.data import get_store, uploads
from app_ui.highlight import highlight, legend, md_escape, safe_link, text_of
from app_ui.records import record_columns

flt, data = page_setup("Documents")

if not explain_empty(flt, data, "documents"):
    docs = data.documents
    names = {r["doc_id"]: f"{text_of(r.get('title'), limit=90) or r['name']} "
                          f"({text_of(r.get('outlet')) or r['name']})"
                          + (f" · {text_of(r.get('language'))}" if text_of(r.get("language")) not in ("", "en") else "")
             for r in docs.to_dict("records")}
    doc_id = st.selectbox("Article", list(names), format_func=names.get, key="doc")
    doc = next((d for d, _ in uploads() if d.doc_id == doc_id), None) or get_store().document(doc_id)
    recs = data.doc_records(doc_id, docs.loc[docs["doc_id"] == doc_id, "name"].iloc[0])
    if doc is None:
        st.warning("This article's text is not available.")
    else:
        outlet = md_escape(doc.source or "unknown outlet")
        meta = [f"published {doc.published_at or doc.published}" if doc.published else "no publication date",
                f"[{outlet}]({link})" if (link := safe_link(doc.url)) else outlet, md_escape(doc.name),
                f"language: {doc.language or 'unknown'}"]
        st.caption(" · ".join(str(m) for m in meta))
        if doc.reader:
            with st.expander(f"Read from a web page by {doc.reader}: {doc.dropped_count} blocks of the "
                             "page left out (menus, links, 'Most read', comments …)"):
                st.caption("The records come only from the text shown below. Left out:")
                st.markdown("\n".join(f"- {md_escape(b)}" for b in doc.dropped) or "nothing")
        left, right = st.columns([3, 2])
        with right:
            st.markdown(f"**{len(recs)} records**")
            table = recs[record_columns(recs)].reset_index(drop=True)
            sel = st.dataframe(table, hide_index=True, width="stretch", height=460, key="doc_records",
                               on_select="rerun", selection_mode="single-row")
            rows = sel.selection.rows if sel else []
            chosen = recs.iloc[rows[0]] if rows else None
            if chosen is not None:
                st.markdown("**Sentence**")
                st.info(md_escape(text_of(chosen.get("sentence")) or text_of(chosen.get("evidence"))))
        with left:
            st.markdown(legend(), unsafe_allow_html=True)
            spans = [(r["start"], r["end"], r["type"],
                      f"{r['type']}: {text_of(r.get('category')) or text_of(r.get('name')) or text_of(r.get('evidence'))}")
                     for r in recs.to_dict("records")]
            picked = (int(chosen["start"]), int(chosen["end"])) if chosen is not None else None
            with st.container(height=560):
                st.markdown(highlight(doc.text, spans, picked), unsafe_allow_html=True)
