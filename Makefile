# Everything runs inside .venv, made on first use, so a fresh checkout needs only Python 3.11+.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: test lint demo bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

test: $(STAMP)
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check daemon tests bench
	$(BIN)/mypy
	$(BIN)/bandit -q -c pyproject.toml -r daemon/followup

# Four weeks of a job search replayed on a sample Maildir, in seconds: `make demo DIR=/tmp/x`
# keeps it there (default: a new temporary directory, printed).
demo: $(STAMP)
	$(BIN)/python -m followup.demo $(DIR)

# Every benchmark of bench/RESULTS.md (~10 minutes; the Dovecot ones need dovecot-imapd).
bench: $(STAMP)
	$(BIN)/python bench/bench_classify.py
	$(BIN)/python bench/bench_timeline.py
	$(BIN)/python bench/bench_headers.py
	$(BIN)/python bench/bench_startup.py
	$(BIN)/python bench/bench_daemon.py --maildir
	$(BIN)/python bench/bench_live.py

clean:
	rm -rf $(VENV) build *.egg-info
