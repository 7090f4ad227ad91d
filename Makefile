# Two commands a newcomer needs:
#   make serve   set up, build xiaomi.db from seeds/, serve it with Datasette (read-only)
#   make test    set up, run the test suite
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PORT ?= 8001

.PHONY: serve build test bench check clean

$(VENV)/.installed: requirements.lock $(wildcard pyproject.toml)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	# The project itself, so that `datasette xiaomi.db` loads its plugin (entry point).
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $@

# Rebuilt when missing, older than any of its inputs, or no built database at
# all (an empty file, or one without articles, as a bare `alembic upgrade` or
# a killed copy can leave): such a file is never served.
BUILT_DB_CHECK := import sqlite3, sys; c = sqlite3.connect("file:xiaomi.db?mode=ro", uri=True); \
	sys.exit(0 if c.execute("SELECT count(*) FROM sqlite_master WHERE name = ?", ("articles",)).fetchone()[0] \
	and c.execute("SELECT count(*) FROM articles").fetchone()[0] else 1)
ifneq ($(shell $(PYTHON) -c '$(BUILT_DB_CHECK)' 2>/dev/null && echo built),built)
.PHONY: xiaomi.db
endif

xiaomi.db: $(VENV)/.installed $(wildcard seeds/* loaders/*.py loaders/*/*.py loaders/*/*.yml loaders/*/*.tsv db/*.py migrations/*.py migrations/versions/*.py)
	$(BIN)/python -m loaders build --seeds seeds --db xiaomi.db

build: xiaomi.db

# The card's command (`datasette xiaomi.db`: the project's plugin brings metadata,
# templates and settings), run as one process per core on one port
# (db/datasette_plugin/serve.py; WORKERS=1 for a single process).
WORKERS ?=
serve: xiaomi.db
	$(BIN)/python -m db.datasette_plugin.serve xiaomi.db --port $(PORT) $(if $(WORKERS),--workers $(WORKERS))

test: $(VENV)/.installed
	$(BIN)/python -m pytest

bench: $(VENV)/.installed
	$(BIN)/python benchmarks/bench_build.py --seeds seeds --runs 7
	$(BIN)/python benchmarks/bench_serve_load.py

clean:
	rm -rf $(VENV) xiaomi.db .pytest_cache .hypothesis
