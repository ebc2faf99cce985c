# The dashboard in a container: Debian slim + Python 3.11, dependencies from the lock file.
#   docker build -t conflict-dashboard .
#   docker run -p 8501:8501 -v dashboard-data:/data conflict-dashboard            # the app, sample corpus
#   docker run -v dashboard-data:/data -v "$PWD/articles:/in:ro" conflict-dashboard dashboard ingest /in
# See docs/hosting.md (secrets for sign-in, PostgreSQL, the lock file).
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    DASHBOARD_DB=/data/dashboard.duckdb \
    DASHBOARD_CACHE=/opt/dashboard-cache

WORKDIR /app

# dependencies first (one layer, rebuilt only when the lock changes), exactly as locked
COPY requirements.lock ./
RUN pip install --no-cache-dir --require-hashes -r requirements.lock

# the code, the pages and the data rows (assets/); the package itself without dependencies
COPY . .
RUN pip install --no-cache-dir --no-deps -e . \
    && useradd --create-home --uid 10001 analyst \
    && mkdir -p /data "$DASHBOARD_CACHE" \
    && python -c "from dashboard.gazetteer import get_gazetteer; get_gazetteer()" \
    && chown -R analyst /data "$DASHBOARD_CACHE"

# the code stays root-owned (read-only for the app); the store lives on the /data volume
USER 10001
VOLUME ["/data"]
EXPOSE 8501
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8501/_stcore/health', timeout=4)"]
CMD ["streamlit", "run", "streamlit_app.py", "--server.address=0.0.0.0", "--server.port=8501"]
