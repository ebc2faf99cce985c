"""Articles: full-text search across the articles; each article with its extracted words
highlighted by type (the text is escaped: an article's HTML or script never runs)."""
import streamlit as st

from app_ui import explain_empty, page_setup
from app_ui.data import article, view
from app_ui.highlight import highlight, legend, md_escape, safe_link, text_of
from dashboard.present import full_date, full_datetime, outlet_name, records_table

def _find_all(text: str, words: str, limit: int = 200) -> list[int]:
    """Start offsets of ``words`` in ``text`` (case-insensitive), at most ``limit``."""
    low, w, out, i = text.lower(), words.strip().lower(), [], 0
    while w and len(out) < limit:
        i = low.find(w, i)
        if i < 0:
            break
        out.append(i)
        i += len(w)
    return out


flt = page_setup("Articles")
query = st.text_input("Search the articles' text", key="doc_search", placeholder="e.g. Okhmatdyt, Shahed, hospital")
data = view("documents_view", flt, search=query or None, page=0, rows=500)
if not explain_empty(flt, data["total"], "articles"):
    docs = data["documents"]
    st.markdown(f"**{data['total']:,} articles**" + (f" contain “{md_escape(query)}”" if query else "")
                + (" (the first 500 listed)" if data["total"] > 500 else ""))
    names = {r["doc_id"]: f"{text_of(r.get('title'), limit=90) or r['name']} · {outlet_name(r['outlet'], r['name'])}"
                          f" · {full_date(r['published_at'] or r['published'])}"
                          + (f" · {text_of(r.get('language'))}" if text_of(r.get("language")) not in ("", "en") else "")
             for r in docs.to_dict("records")}
    doc_id = st.selectbox("Article", list(names), format_func=names.get, key="doc")
    row = docs[docs["doc_id"] == doc_id].iloc[0]
    if query and text_of(row.get("snippet")):
        st.caption("…" + text_of(row.get("snippet")) + "…")
    doc, recs = article(doc_id)
    if doc is None:
        st.warning("This article's text is not available.")
    else:
        outlet = md_escape(outlet_name(doc.source, doc.name))
        meta = [f"published {full_datetime(doc.published_at or doc.published)}" if doc.published else "no publication date",
                f"[{outlet}]({link})" if (link := safe_link(doc.url)) else outlet, md_escape(doc.name),
                f"language: {doc.language or 'unknown'}"]
        st.caption(" · ".join(str(m) for m in meta))
        if getattr(doc, "reader", None):
            with st.expander(f"Read from a web page by {doc.reader}: {doc.dropped_count} blocks of the "
                             "page left out (menus, links, 'Most read', comments …)"):
                st.caption("The records come only from the text shown below. Left out:")
                st.markdown("\n".join(f"- {md_escape(b)}" for b in doc.dropped) or "nothing")
        left, right = st.columns([3, 2])
        with right:
            st.markdown(f"**{len(recs)} records**")
            table = records_table(recs).drop(columns=["Sentence"]) if len(recs) else recs
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
            marks = [] if not query else [(i, i + len(query.strip()), "search", "search") for i in _find_all(doc.text, query)]
            picked = (int(chosen["start"]), int(chosen["end"])) if chosen is not None else None
            with st.container(height=560):
                st.markdown(highlight(doc.text, marks + spans, picked), unsafe_allow_html=True)
