# Two commands do everything on a fresh machine: `make run` and `make test`.
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
PORT    ?= 8501
STAMP   := $(VENV)/.installed

.PHONY: run test test-min fuzz lock venv bench bench-app clean score

$(STAMP): requirements.txt requirements-dev.txt
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -r requirements-dev.txt
	touch $(STAMP)

venv: $(STAMP)

## run the app on the sample corpus (assets/sample, stored before the server starts)
run: $(STAMP)
	$(BIN)/python -m dashboard serve --port $(PORT)

## run every test: unit, AppTest and real-browser tests
test: $(STAMP)
	$(BIN)/python -m pytest -q

## the property tests with 20,000 cases each (100,000+ over the suite; minutes, not part of `make test`)
fuzz: $(STAMP)
	HYPOTHESIS_PROFILE=fuzz $(BIN)/python -m pytest -q -p no:cacheprovider tests/test_fuzz.py \
	  tests/test_extract_properties.py tests/test_filters.py tests/test_gazetteer_build.py

## the store, CLI and packaging tests on the declared minimum versions (constraints-min.txt),
## in a fresh venv .venv-min (not part of `make test`: it downloads and installs ~600 MB)
MIN_TESTS ?= $(sort $(wildcard tests/test_store*.py tests/test_cli*.py)) tests/test_packaging.py tests/test_engine_dask.py tests/test_web_reader.py tests/test_web_feeds.py tests/test_languages.py
test-min:
	rm -rf .venv-min
	$(PY) -m venv .venv-min
	.venv-min/bin/python -m pip install -q -c constraints-min.txt -r requirements-dev.txt
	.venv-min/bin/python -m pip install -q --no-deps -e .
	.venv-min/bin/python -m pip check
	.venv-min/bin/dashboard --version
	.venv-min/bin/python -m pip freeze | grep -iE '^(streamlit|plotly|pandas|duckdb|pyarrow|numpy|distributed|dask)=='
	.venv-min/bin/python -m pytest -q -p no:cacheprovider $(MIN_TESTS)

## refresh the lock file from requirements.txt (newest versions allowed by its ranges)
lock: $(STAMP)
	$(BIN)/python -m uv pip compile requirements.txt --python-version 3.11 \
	  --python-platform x86_64-manylinux_2_28 --generate-hashes --no-header --quiet -o requirements.lock

## print throughput and memory figures
bench: $(STAMP)
	$(BIN)/python -m dashboard bench

## the app in a browser (first chart and redraw beside a minimal app, 5 sessions) and pages at 1 M records
bench-app: $(STAMP)
	$(BIN)/python -m dashboard bench app --sessions 5
	$(BIN)/python -m dashboard bench pages

## extraction scores on the seeds and the development set
score: $(STAMP)
	$(BIN)/python -m dashboard extract --format jsonl ../shared/seeds/*.txt > /tmp/seeds.jsonl
	$(BIN)/python ../shared/eval/score.py ../shared/eval/gold/seeds.jsonl /tmp/seeds.jsonl
	$(BIN)/python -m dashboard extract --format jsonl ../shared/eval/dev/texts/*.txt > /tmp/dev.jsonl
	$(BIN)/python ../shared/eval/score.py ../shared/eval/dev/gold.jsonl /tmp/dev.jsonl

clean:
	rm -rf $(VENV) .venv-min .pytest_cache data/*.duckdb
