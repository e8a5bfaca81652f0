# make demo  -- create .venv, install akip, run the main job on the bundled example
# make test  -- create .venv, install akip with its dev tools, run every check
# make bench -- the benchmark (not part of make test; installs the bench extra; BENCH_ARGS=--help)
# make fuzz  -- the long fuzz run of the report loaders (AKIP_FUZZ_EXAMPLES, default 20000)
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test lint typecheck unit docs docs-serve browser screenshots messages bench fuzz clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# The install also byte-compiles akip, so that the first `akip` run does not (an editable
# install leaves that to the first import).
$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	$(BIN)/python -m compileall -q src/akip
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

# The HTML working paper is tested in Debian's headless Chromium (no browser download).
browser:
	command -v chromium >/dev/null && command -v chromedriver >/dev/null || \
	  (apt-get update && apt-get install -y chromium chromium-driver)

unit: $(STAMP) browser
	$(BIN)/pytest -q

# The screenshots of docs/guides/working-paper.md, taken with the same browser.
screenshots: $(STAMP) browser
	AKIP_SCREENSHOTS=1 $(BIN)/pytest -q --no-cov tests/test_browser.py -k screenshots

# Extract the messages of akip's outputs, CLI and findings, update and compile the catalogs (Babel).
# N_ marks a finding's template (akip._i18n.Message), translated when it is shown: the check's
# findings and reasons, and the errors of the rules a finding quotes (capaian, anggaran, …).
messages: $(STAMP)
	$(BIN)/pybabel extract --no-location --sort-output --project=akip \
	  --omit-header -k _ -k ngettext:1,2 -k N_ -o src/akip/locale/akip.pot src/akip/__main__.py \
	  src/akip/_i18n.py src/akip/_locate.py src/akip/_report_build.py src/akip/output src/akip/check src/akip/terbilang.py \
	  src/akip/capaian.py src/akip/anggaran.py src/akip/fisik.py src/akip/efisiensi.py \
	  src/akip/periode.py
	$(BIN)/python src/akip/locale/translate_id.py src/akip/locale
	$(BIN)/pybabel compile --statistics -D akip -d src/akip/locale

docs: $(STAMP)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --site-dir $(VENV)/site

docs-serve: $(STAMP)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs serve --strict

test: lint typecheck unit docs

bench: $(STAMP)
	$(BIN)/python -c "import polars, duckdb" 2>/dev/null || \
		$(BIN)/python -m pip install --quiet -e '.[dev,bench]'
	$(BIN)/python bench/run.py $(BENCH_ARGS)

AKIP_FUZZ_EXAMPLES ?= 20000
fuzz: $(STAMP)
	AKIP_FUZZ_EXAMPLES=$(AKIP_FUZZ_EXAMPLES) AKIP_HYPOTHESIS_EXAMPLES=$(AKIP_FUZZ_EXAMPLES) \
		$(BIN)/pytest -q --no-cov -p no:cacheprovider tests/test_loader_fuzz.py tests/test_report_fuzz.py tests/test_cli_fuzz.py

clean:
	rm -rf $(VENV) site .pytest_cache .mypy_cache .ruff_cache .coverage
