# The README's commands. `make demo` and `make test` set everything up on first use.
SHELL := bash
VENV := .venv
STAMP := $(VENV)/.setup-done
GAZETTEER := var/gazetteer.sqlite
export WARTA_GAZETTEER := $(CURDIR)/$(GAZETTEER)
EXAMPLES := $(firstword $(wildcard ../shared/examples) examples)

.PHONY: setup demo test fuzz bench eval lint docs clean

setup: $(STAMP) $(GAZETTEER)

$(STAMP): pyproject.toml uv.lock package-lock.json scripts/setup.sh scripts/apt-packages.txt
	@scripts/setup.sh
	@touch $@

# The embedded gazetteer: built once from packaged data (about a minute), then opened read-only.
$(GAZETTEER): $(STAMP) src/warta/geo/schema.py src/warta/geo/build.py $(wildcard src/warta/geo/sources/*.py) $(wildcard src/warta/data/gazetteer/*)
	@mkdir -p var
	@$(VENV)/bin/warta gazetteer build --out $@ --idn-area-dir node_modules/idn-area-data

demo: setup
	@echo "== warta extract $(EXAMPLES)/000_431c5bc77b043e91.txt --published 2019-04-15"
	@mkdir -p var
	@$(VENV)/bin/warta extract $(EXAMPLES)/000_431c5bc77b043e91.txt --published 2019-04-15 --format text
	@$(VENV)/bin/warta extract $(EXAMPLES)/000_431c5bc77b043e91.txt --published 2019-04-15 > var/demo.jsonl
	@echo "Scored against its hand coding (tests/fixtures/acceptance):"
	@$(VENV)/bin/warta eval tests/fixtures/acceptance/000_431c5bc77b043e91.gold.json var/demo.jsonl --no-details | tail -n 1
	@echo
	@rm -f var/demo.db var/demo.db-wal var/demo.db-shm
	@$(VENV)/bin/warta ingest $(EXAMPLES)/000_431c5bc77b043e91.txt --published 2019-04-15 --db var/demo.db
	@echo
	@echo "Next: the full records (claims, evidence spans, coordinates) are in var/demo.jsonl;"
	@echo "      the events are stored in var/demo.db. To check them on the map, with the"
	@echo "      evidence highlighted in the article, run"
	@echo
	@echo "          $(VENV)/bin/warta serve --db var/demo.db"
	@echo
	@echo "      and open http://127.0.0.1:8000/ (the API's documentation is at /docs)."

# Style and types first (seconds), then the suite.
test: setup
	@$(VENV)/bin/ruff check --quiet src tests bench
	@$(VENV)/bin/ruff format --check --quiet src tests bench
	@$(VENV)/bin/mypy
	@$(VENV)/bin/pytest

# The fuzz suites (tests/fuzz) with 5,000 examples a test (FUZZ_EXAMPLES=N to change)
# instead of the fixed budget `make test` gives them; see docs/reliability.md.
fuzz: setup
	@HYPOTHESIS_PROFILE=long $(VENV)/bin/pytest tests/fuzz --hypothesis-show-statistics

# One table: docs/s and peak memory per stage (bench/run.py); the older per-stage scripts
# (bench/read.py, extract.py, geo.py, ingest.py, api.py, memory.py) run on their own.
bench: setup
	@$(VENV)/bin/python bench/run.py

# Development evaluations on real text (../shared/dev, when present; not part of `make test`):
# ACLED rows scored by ../shared/dev/acled/score.py, then the hand-coded news in eval/news.
eval: setup
	@$(VENV)/bin/python eval/run.py

# Documents generated from code: the language-pack checklist (tests fail when it is stale).
docs: setup
	@$(VENV)/bin/python -c "from warta.lang.schema import markdown; print(markdown())" > docs/languages.md

lint: setup
	@$(VENV)/bin/ruff check src tests bench
	@$(VENV)/bin/ruff format --check src tests bench
	@$(VENV)/bin/mypy

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
