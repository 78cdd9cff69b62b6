# newsgraph — the two commands a new user needs: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
LOCK   := requirements.lock
SAMPLE := newsgraph/data/sample

.PHONY: run test setup system-deps bench eval lock clean fuzz

run: setup
	@echo "== newsgraph extract: one sample page as a Document"
	@mkdir -p out
	$(BIN)/newsgraph extract $(SAMPLE)/01_astana_presidents.txt > out/sample.jsonl
	$(BIN)/newsgraph show out/sample.jsonl
	@echo "== newsgraph ingest: the bundled sample corpus into ./newsgraph.db"
	$(BIN)/newsgraph ingest $(SAMPLE)
	$(BIN)/newsgraph stats
	@echo "== newsgraph search переговорам"
	$(BIN)/newsgraph search "переговорам" --limit 3
	@echo "== newsgraph entity Мирзиёев"
	$(BIN)/newsgraph entity "Мирзиёев"
	@echo
	@echo "== The workspace on the sample corpus (feed, stories, entity timelines, events, search facets):"
	@echo "   $(BIN)/newsgraph serve --port 8000      # the store just filled (./newsgraph.db or NEWSGRAPH_DB)"
	@echo "   then open http://127.0.0.1:8000/#/feed  (Ctrl-C stops the server)"

test: setup system-deps
	$(BIN)/python -m pytest

setup: $(STAMP)

# Exact versions from the lock file, then the project itself without resolving anything again.
$(STAMP): pyproject.toml $(LOCK)
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r $(LOCK)
	$(BIN)/python -m pip install --quiet --no-deps -e .
	@touch $(STAMP)

# Resolve pyproject's ranges afresh in a scratch environment and write the exact versions.
lock:
	rm -rf .lock-venv
	$(PYTHON) -m venv .lock-venv
	.lock-venv/bin/python -m pip install --quiet '.[test]'
	.lock-venv/bin/python -m pip freeze --exclude-editable | grep -v '^newsgraph' > $(LOCK)
	rm -rf .lock-venv build

# System packages the tests use: a PostgreSQL server for the store's contract tests.
system-deps:
	@bash scripts/system-deps.sh

bench: setup
	$(BIN)/python bench/run.py

eval: setup
	$(BIN)/newsgraph eval

# Coverage-guided fuzzing (atheris), kept out of `make test`: each target in fuzz/ runs for
# FUZZ_SECONDS from its seeds; an input that crashes or runs past 20 s is saved as
# out/fuzz/<target>-crash-* / timeout-* and stops the run. docs/reliability.md records the runs.
FUZZ_SECONDS ?= 300
FUZZ_TARGETS ?= read text analysis

fuzz: setup
	$(BIN)/python -m pip install --quiet 'atheris==3.0.0'  # pinned like the lock file; the range is in pyproject's fuzz extra
	@mkdir -p out/fuzz
	@for t in $(FUZZ_TARGETS); do \
	  mkdir -p out/fuzz/corpus-$$t; \
	  echo "== fuzz $$t for $(FUZZ_SECONDS) s"; \
	  $(BIN)/python fuzz/fuzz_$$t.py out/fuzz/corpus-$$t fuzz/seeds/$$t -max_total_time=$(FUZZ_SECONDS) \
	    -timeout=20 -rss_limit_mb=3072 -artifact_prefix=out/fuzz/$$t- -print_final_stats=1 || exit 1; \
	done

clean:
	rm -rf $(VENV) out .pytest_cache .hypothesis newsgraph.egg-info
