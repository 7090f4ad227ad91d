# Two commands a newcomer needs:
#   make serve   set up, build xiaomi.db from seeds/, serve it with Datasette (read-only)
#   make test    set up, run the test suite
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PORT ?= 8001

.PHONY: serve build test bench check clean

$(VENV)/.installed: requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	touch $@

xiaomi.db: $(VENV)/.installed $(wildcard seeds/*) $(wildcard loaders/*.py loaders/*/*.py db/*.py migrations/versions/*.py)
	$(BIN)/python -m loaders build --seeds seeds --db xiaomi.db

build: xiaomi.db

serve: xiaomi.db
	$(BIN)/datasette serve -i xiaomi.db -m metadata.yml --port $(PORT) \
		--setting sql_time_limit_ms 1000 --setting max_returned_rows 2000

test: $(VENV)/.installed
	$(BIN)/python -m pytest

bench: $(VENV)/.installed
	$(BIN)/python benchmarks/bench_build.py

clean:
	rm -rf $(VENV) xiaomi.db .pytest_cache .hypothesis
