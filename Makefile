# The README's commands. `make demo` and `make test` set everything up on first use.
SHELL := bash
VENV := .venv
STAMP := $(VENV)/.setup-done
GAZETTEER := var/gazetteer.sqlite
export WARTA_GAZETTEER := $(CURDIR)/$(GAZETTEER)
EXAMPLES := $(firstword $(wildcard ../shared/examples) examples)

.PHONY: setup demo test bench lint clean

setup: $(STAMP) $(GAZETTEER)

$(STAMP): pyproject.toml uv.lock package-lock.json scripts/setup.sh scripts/apt-packages.txt
	@scripts/setup.sh
	@touch $@

# The embedded gazetteer: built once from packaged data (about a minute), then opened read-only.
$(GAZETTEER): $(STAMP) src/warta/geo/schema.py $(wildcard src/warta/data/gazetteer/*)
	@mkdir -p var
	@$(VENV)/bin/warta gazetteer build --out $@ --idn-area-dir node_modules/idn-area-data

demo: setup
	@echo "== warta read $(EXAMPLES)/000_431c5bc77b043e91.txt"
	@$(VENV)/bin/warta read $(EXAMPLES)/000_431c5bc77b043e91.txt --format text --report | head -n 12
	@echo "..."
	@echo
	@echo "Next: '$(VENV)/bin/warta read --help' for every input kind (text, HTML, JSONL, WARC, RSS),"
	@echo "      '$(VENV)/bin/warta read FILE --segments' for paragraphs, sentences and tokens with offsets."

test: setup
	@$(VENV)/bin/pytest

bench: setup
	@$(VENV)/bin/python bench/read.py

lint: setup
	@$(VENV)/bin/ruff check src tests bench
	@$(VENV)/bin/ruff format --check src tests bench
	@$(VENV)/bin/mypy

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
