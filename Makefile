# Minutebook: `make demo` runs the demo partnership, `make test` runs every test.
SWIFT ?= swift
PORT ?= 8080
DEMO_DB ?= minutebook-demo.sqlite
BIN = .build/debug/minutebook
PY = .venv/bin/python
## One malloc arena for every program make runs: a few tests start the CLI through Foundation's Process,
## whose run() on Linux (Swift 6.3.1) copies each /proc/self/fd entry as a full 256-byte name
## (swift-corelibs-foundation PR 5472); where glibc's directory buffer ends a thread arena's heap the copy
## runs into an unmapped page and the process dies. The main arena grows with padding, so the copy stays in
## mapped memory. Minutebook itself starts programs with posix_spawn (MinutebookTools/ChildProcess.swift).
export MALLOC_ARENA_MAX := 1
## The format fuzz (500 mutated documents of every format, each read or refused within 10 s) runs after the
## rest of the suite and one suite at a time: its bound is about the readers and the programs they start
## (LibreOffice, pdftoppm, tesseract), not about a box busy with every other test at once.
FORMAT_FUZZ = FormatFuzzTests|ScanFuzzTests
## The importer's overall F1 over its invented corpus (scripts/score-import) may not fall below this.
IMPORT_F1_FLOOR ?= 0.95

.PHONY: bootstrap build demo test test-swift test-e2e bench clean format-check format

bootstrap:
	@bash scripts/bootstrap

build: bootstrap
	$(SWIFT) build

demo: build
	$(BIN) demo --database $(DEMO_DB) --port $(PORT)

## Every test: Swift unit and integration tests, then the browser, e-mail and document tests.
test: bootstrap format-check
	$(SWIFT) build --build-tests
	MINUTEBOOK_PYTHON=$(CURDIR)/.venv/bin/python $(SWIFT) test --skip-build --skip '$(FORMAT_FUZZ)'
	MINUTEBOOK_PYTHON=$(CURDIR)/.venv/bin/python $(SWIFT) test --skip-build --no-parallel --filter '$(FORMAT_FUZZ)'
	MINUTEBOOK_BIN=$(BIN) $(PY) scripts/score-import --floor $(IMPORT_F1_FLOOR)
	@if [ -d e2e ] && ls e2e/test_*.py >/dev/null 2>&1; then \
		MINUTEBOOK_BIN=$(BIN) MINUTEBOOK_PYTHON=$(CURDIR)/.venv/bin/python $(PY) -m pytest -q e2e; \
	fi

## The Swift style (.swift-format, 4 spaces, 150 columns): fails on any departure. `make format` rewrites in place.
format-check:
	$(SWIFT) format lint --strict --recursive --parallel Sources Tests Package.swift

format:
	$(SWIFT) format format --in-place --recursive --parallel Sources Tests Package.swift

bench: bootstrap
	bash bench/run

clean:
	rm -rf .build .venv
