# OpsDesk: `make run` to use it, `make test` to check it. Everything lives in .venv.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
UI_SOURCES := main.py $(shell find ui -name '*.py' | sort)
TS := resources/i18n/opsdesk_zh_CN.ts resources/i18n/opsdesk_en.ts

.PHONY: run test test-pg lint i18n install clean bench

# Compiled modules are kept (__pycache__) even where the environment tells Python not to write them
# (PYTHONDONTWRITEBYTECODE): otherwise each test process and each command the tests start compiles every
# changed module again, a second or two each.
export PYTHONDONTWRITEBYTECODE :=

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(PY) main.py

lint: $(STAMP)
	$(VENV)/bin/lint-imports

# Two worker processes (pytest-xdist), a test module at a time each (its module fixtures built once);
# TEST_JOBS=0 runs everything in this one process. The core tests of the modules that declare
# BACKENDS = ("sqlite", "pg") have a PostgreSQL twin (a throw-away server per worker, see test-pg): they run
# wherever PostgreSQL is installed and are skipped, with the reason, where it is not. The whole suite with them
# took 8:17, 9:09, 9:50 and 9:35 on two cores on 2026-12-06 (2,007 tests; 10:19 and 10:25 before that day's
# shared statement cache; the machine's speed varied by up to half within the hour).
# OPSDESK_TEST_PG=0 leaves them out (skipped, with the reason), OPSDESK_TEST_PG=1 makes a machine without
# PostgreSQL an error (CI).
TEST_JOBS ?= 2
OPSDESK_TEST_PG ?=
test: $(STAMP) lint
	OPSDESK_TEST_PG=$(OPSDESK_TEST_PG) QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q $(if $(filter-out 0,$(TEST_JOBS)),-n $(TEST_JOBS) --dist loadscope) \
		tests/core tests/ui

# Only the PostgreSQL tests (`make test` runs them beside the rest wherever PostgreSQL is installed): the modules that declare BACKENDS = ("sqlite", "pg")
# against a throw-away PostgreSQL server each test process starts itself (tests/pg_cluster.py: initdb +
# pg_ctl in a temporary folder, a free port; as the `postgres` user when run as root). Without PostgreSQL
# (Debian: apt-get install postgresql) they are skipped, with the reason.
test-pg: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -m pg $(if $(filter-out 0,$(TEST_JOBS)),-n $(TEST_JOBS) --dist loadscope) \
		tests/core tests/ui

# Benchmarks (not part of `make test`): one JSON line each, all in bench-results.json.
# The first run on a machine generates the large workspace into ~/.cache/opsdesk-bench (12-25 minutes; every
# clone reuses it; OPSDESK_BENCH_CACHE=DIR puts it elsewhere).
# The PostgreSQL ones (tests/perf/bench_pg.py, `make bench K=pg`) start a throw-away cluster as the tests do, and
# print "skipped: no PostgreSQL" where its binaries or psycopg are missing.
bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m tests.perf.run $(if $(K),-k $(K))

# Refresh the translation sources from the code, then compile them. New strings
# are marked unfinished in the .ts files: translate them (Qt Linguist:
# $(VENV)/bin/pyside6-linguist) and run `make i18n` again.
i18n: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -no-obsolete $(UI_SOURCES) -ts $(TS)
	$(VENV)/bin/pyside6-lrelease $(TS)

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache

# Randomized sync convergence (tests/core/test_sync_converge.py; `make test` runs its first 12 seeds):
# SEEDS seeds from FIRST (`make soak SEEDS=2000`), a summary line at the end. A failing seed replays
# alone, with its steps: OPSDESK_SOAK_FIRST=N OPSDESK_SOAK_SEEDS=1 make soak
SEEDS ?= $(or $(OPSDESK_SOAK_SEEDS),500)
FIRST ?= $(or $(OPSDESK_SOAK_FIRST),0)

.PHONY: soak
soak: $(STAMP)
	OPSDESK_SOAK_SEEDS=$(SEEDS) OPSDESK_SOAK_FIRST=$(FIRST) OPSDESK_SOAK_BRIEF=1 QT_QPA_PLATFORM=offscreen \
		$(PY) -m pytest -q -p no:randomly tests/core/test_sync_converge.py tests/core/test_promotions_converge.py
