# make demo  -- create .venv, install akip, run the main job on the bundled example
# make test  -- create .venv, install akip with its dev tools, run every check
# make bench -- the benchmark (not part of make test)
# make fuzz  -- the long fuzz run of the report loaders (AKIP_FUZZ_EXAMPLES, default 20000)
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test lint typecheck unit docs bench fuzz clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/python examples/demo.py
	@echo
	@echo "== akip check examples/dumai-2024.toml (exit status 1 means: findings of severity error)"
	$(BIN)/akip check examples/dumai-2024.toml || test $$? -eq 1

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

unit: $(STAMP)
	$(BIN)/pytest -q

docs: $(STAMP)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --quiet --site-dir $(VENV)/site

test: lint typecheck unit docs

bench: $(STAMP)
	$(BIN)/python bench/run.py

AKIP_FUZZ_EXAMPLES ?= 20000
fuzz: $(STAMP)
	AKIP_FUZZ_EXAMPLES=$(AKIP_FUZZ_EXAMPLES) AKIP_HYPOTHESIS_EXAMPLES=$(AKIP_FUZZ_EXAMPLES) \
		$(BIN)/pytest -q --no-cov -p no:cacheprovider tests/test_loader_fuzz.py tests/test_report_fuzz.py

clean:
	rm -rf $(VENV) site .pytest_cache .mypy_cache .ruff_cache .coverage
