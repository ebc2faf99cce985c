# Two commands do everything on a fresh machine: `make run` and `make test`.
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
PORT    ?= 8501
STAMP   := $(VENV)/.installed

.PHONY: run test venv bench bench-app clean score

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
	rm -rf $(VENV) .pytest_cache data/*.duckdb
