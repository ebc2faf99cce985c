"""The app's entry point: ``streamlit run streamlit_app.py`` (or ``make run``).

It only sets up the pages: ``st.navigation`` with the page files in ``app_pages/`` (a folder
not named ``pages/``, which would turn on Streamlit's classic multipage mode), and the
sidebar filters drawn here, once, for every page. Because the filters live in this entry
file and are bound to the URL, a shared link keeps its filter on every page switch.
"""
from app_ui.nav import run_app

run_app()
