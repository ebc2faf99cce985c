"""Add documents: upload files, paste text or give web addresses; their records appear on every page of this
browser session, and in everyone's view only after "Save to the shared store"."""
import streamlit as st

from app_ui import page_setup
from app_ui.auth import require_analyst, sign_in_status
from app_ui.data import get_store, save_uploads, uploads
from app_ui.highlight import md_escape
from app_ui.ingest import MAX_FILE_MB, add_documents

flt = page_setup("Add documents")
st.caption("Articles you add here are extracted at once and shown on every page, for this browser "
           f"session only. Accepted: .txt, .md, .html, up to {MAX_FILE_MB} MB each, and web addresses.")
sign_in_status()

with st.form("add", clear_on_submit=True):
    # no type= and a high server.maxUploadSize: the browser widget would drop a .pdf or a 3 MB
    # file without a word after "Extract records"; add_documents refuses it with its name and why
    files = st.file_uploader("Article files (.txt, .md, .html)", accept_multiple_files=True, key="files",
                             help=f"Up to {MAX_FILE_MB} MB each. Several files at once: a bad one is "
                                  "reported by name and the others are still added.")
    text = st.text_area("…or paste an article", height=180, key="paste")
    urls = st.text_area("…or add by URL (one web address per line)", height=68, key="urls",
                        placeholder="https://www.example.org/news/article",
                        help="The page is fetched now and read like a reader: the article's text, "
                             "its outlet, publication time and link, without menus, 'Most read' "
                             "boxes or comments. Needs the internet; everything else works offline.")
    c1, c2 = st.columns(2)
    published = c1.date_input("Publication date (optional)", value=None, key="published")
    source = c2.text_input("Source name (optional)", key="source_name", placeholder="e.g. Reuters")
    submitted = st.form_submit_button("Extract records", type="primary")

if submitted:
    items = [(f.name, f.getvalue()) for f in files or []]
    if text and text.strip():
        items.append(("pasted.txt", text.encode("utf-8")))
    links = [u.strip() for u in (urls or "").splitlines() if u.strip()]
    if not items and not links:
        st.warning("Choose at least one file, paste some text or give a web address first.")
    else:
        bar = st.progress(0.0, text="Extracting…")
        report = add_documents(items, published=published, source=source or None, urls=links,
                               progress=lambda i, n, name: bar.progress(i / n, text=f"{name} ({i}/{n})"),
                               in_store=lambda doc_id: get_store().document(doc_id) is not None)
        bar.empty()
        for name, reason in report.failed:
            st.error(f"**{md_escape(name)}** was not added: {md_escape(reason)}")
        for name, n in report.added:
            if n:
                st.success(f"{md_escape(name)}: {n} records extracted")
            else:
                st.warning(f"{md_escape(name)}: added, but no records were found in it (the extractor reads English "
                           "news of attacks: casualties, weapons, places, dates).")
        for name, n in report.updated:
            st.success(f"{md_escape(name)}: added again with the new date or source; {n} records extracted")
        for name in report.duplicates:
            st.info(f"{md_escape(name)}: already added in this session")
        for name in report.stored:
            st.info(f"{md_escape(name)}: already in the shared store; it is on every page")
        if report.undated:
            st.warning(f"No publication date was found in {', '.join(map(md_escape, report.undated))}: figures without a date of "
                       "their own stay undated (not on the timeline, dropped by date filters). Set *Publication "
                       "date* and add the article again to date it.")

saved = st.session_state.pop("saved_report", None)
if saved:
    added, dup, failed = saved
    st.success(f"Saved {added} article(s) to the shared store" + (f"; {dup} were already there" if dup else "") + ".")
    for name, reason in failed:
        st.error(f"**{md_escape(name)}** was not saved: {md_escape(reason)}")

mine = uploads()
st.subheader(f"This session's articles ({len(mine)})")
if mine:
    st.dataframe([{"name": d.name, "title": d.title, "published": d.published, "source": d.source,
                   "records": len(r)} for d, r in mine], hide_index=True, width="stretch")
    if st.button("Save to the shared store", help="Make these articles visible to every user of the app",
                 key="save") and (who := require_analyst("save to the shared store")):
        try:
            summary = save_uploads(saved_by=who)
        except Exception as e:   # noqa: BLE001 - say what to do, never a traceback
            st.error(f"The articles could not be saved to the shared store ({type(e).__name__}). They are still in "
                     "this session, so nothing is lost: try again in a moment.")
        else:
            if summary is not None:
                st.session_state["saved_report"] = (summary.added_documents, summary.duplicates,
                                                    list(summary.failed))
            st.rerun()
else:
    st.caption("None yet. Added articles stay in this browser session until you save them.")
