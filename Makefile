# newsworker: `make run` runs the seed through a real worker on embedded defaults;
# `make test` runs the suite. Both create the virtualenv (.venv) themselves.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
NW     := $(BIN)/newsworker
# The locks pin every dependency (with hashes) for Python 3.11: requirements.lock for
# development and CI (extras dev and monitor), requirements-prod.lock for the image (monitor
# only, the same versions). `make lock` regenerates both from pyproject.toml with uv, itself
# from PyPI at the version below; nothing else ever resolves versions.
LOCK      := requirements.lock
PROD_LOCK := requirements-prod.lock
PIP_PIN   := pip==26.3
LOCK_TOOL := uv==0.13.9
PIP_FLAGS := --quiet --disable-pip-version-check
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml $(LOCK) | cksum | cut -d' ' -f1)
DATA   ?= $(or $(NEWSWORKER_DATA_DIR),data)

.PHONY: venv lock run test lint format schemas bless bench eval clean

# Exactly the locked versions, then newsworker itself (editable) without resolving anything.
$(STAMP): pyproject.toml $(LOCK)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install $(PIP_FLAGS) '$(PIP_PIN)'
	$(BIN)/python -m pip install $(PIP_FLAGS) --require-hashes -r $(LOCK)
	$(BIN)/python -m pip install $(PIP_FLAGS) --no-deps -e .
	rm -f $(VENV)/.installed-*
	touch $@

venv: $(STAMP)

# Re-resolve after changing a dependency in pyproject.toml (needs PyPI); commit both locks.
# UPGRADE=1 moves every pin to the newest version the ranges allow; otherwise pins are kept.
COMPILE = $(BIN)/uv pip compile pyproject.toml --universal --python-version 3.11 \
	--generate-hashes --index-url https://pypi.org/simple --custom-compile-command 'make lock' \
	--quiet $(if $(UPGRADE),--upgrade)
lock:
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install $(PIP_FLAGS) '$(LOCK_TOOL)'
	$(COMPILE) --extra dev --extra monitor --output-file $(LOCK)
	$(COMPILE) --extra monitor --constraint $(LOCK) --output-file $(PROD_LOCK)

# Migrate, start a worker, submit every seed article, wait, print what was stored, stop.
run: $(STAMP)
	@mkdir -p $(DATA)
	@$(NW) migrate
	@$(NW) worker --loglevel WARNING >$(DATA)/worker.log 2>&1 & pid=$$!; \
	  trap 'kill -TERM $$pid 2>/dev/null; wait $$pid 2>/dev/null' EXIT; \
	  $(NW) submit --wait --show --timeout 180 seeds/*.txt

# The suite runs in TEST_JOBS processes (pytest-xdist), a test file to a process: most of its
# time is spent waiting on real workers, brokers and failovers, not on the CPU. TEST_JOBS=0
# runs it in this one process.
TEST_JOBS ?= 3
test: $(STAMP)
	$(BIN)/python -m pytest $(if $(filter 0,$(TEST_JOBS)),,-n $(TEST_JOBS) --dist loadfile) \
	  --durations=25 $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff format --check worker tests bench
	$(BIN)/ruff check worker tests bench
	$(BIN)/mypy --strict worker
	$(BIN)/lint-imports

format: $(STAMP)
	$(BIN)/ruff format worker tests bench
	$(BIN)/ruff check --fix worker tests bench

# Regenerate schemas/*.json from worker/contracts.py.
schemas: $(STAMP)
	$(BIN)/python -m worker.contracts schemas

# Re-bless the golden outputs in seeds/expected/ (only when a change is intended).
bless: $(STAMP)
	NEWSWORKER_TEST_BLESS=1 $(BIN)/python -m pytest tests/golden -q

bench: $(STAMP)
	$(BIN)/python bench/ingest.py

# Tagger quality on the labelled multilingual corpus (tests/eval/): P/R/F1 per tag and language.
eval: $(STAMP)
	$(BIN)/python tests/eval/report.py

clean:
	rm -rf $(VENV) data .pytest_cache .mypy_cache .ruff_cache
