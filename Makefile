# newsworker: `make run` runs the seed through a real worker on embedded defaults;
# `make test` runs the suite. Both create the virtualenv (.venv) themselves.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
NW     := $(BIN)/newsworker
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)
DATA   ?= $(or $(NEWSWORKER_DATA_DIR),data)

.PHONY: venv run test lint format schemas bless bench eval clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev,monitor]'
	rm -f $(VENV)/.installed-*
	touch $@

venv: $(STAMP)

# Migrate, start a worker, submit every seed article, wait, print what was stored, stop.
run: $(STAMP)
	@mkdir -p $(DATA)
	@$(NW) migrate
	@$(NW) worker --loglevel WARNING >$(DATA)/worker.log 2>&1 & pid=$$!; \
	  trap 'kill -TERM $$pid 2>/dev/null; wait $$pid 2>/dev/null' EXIT; \
	  $(NW) submit --wait --show --timeout 180 seeds/*.txt

test: $(STAMP)
	$(BIN)/python -m pytest $(PYTEST_ARGS)

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
