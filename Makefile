# Marshrut — the two commands a new machine needs: `make demo` and `make test`.
SWIFT ?= swift
BIN := .build/debug/marshrut
DEMO_DB ?= demo.db
export MARSHRUT_SCRIPTS ?= Scripts

.PHONY: deps browser office build demo test lint clean bench

# Installs the system libraries the package links (Debian/Ubuntu) when they are missing.
deps:
	@if ! pkg-config --exists lua5.4 2>/dev/null || ! command -v lua5.4 >/dev/null; then \
		echo "Installing liblua5.4-dev and lua5.4 (the Lua 5.4 library the rule engine links, and the stock interpreter)…"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq liblua5.4-dev lua5.4 pkg-config >/dev/null; \
	fi
	@if ! pkg-config --exists zlib 2>/dev/null; then \
		echo "Installing zlib1g-dev (ZIPFoundation deflates the .docx packages with it)…"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq zlib1g-dev >/dev/null; \
	fi

build: deps
	$(SWIFT) build --product marshrut

# A fresh database with the sample school, then an overview of what Marshrut shows.
demo: build
	@rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	@$(BIN) --db $(DEMO_DB) init
	@$(BIN) --db $(DEMO_DB) import Routes
	@echo; echo "== Routes =="; $(BIN) --db $(DEMO_DB) route list
	@echo; echo "== A route in implementation =="; $(BIN) --db $(DEMO_DB) route show kuznetsov-2024
	@echo; echo "== Its corrections =="; $(BIN) --db $(DEMO_DB) route history kuznetsov-2024
	@echo; echo "== Closing a route whose deficit has no final reflection =="; \
		$(BIN) --db $(DEMO_DB) route advance romanova-2021 || true
	@echo; echo "== Mentees waiting for a mentor, and the proposed pairs =="; $(BIN) --db $(DEMO_DB) match || true
	@echo; echo "== The school road map =="; $(BIN) --db $(DEMO_DB) plan || true
	@if $(BIN) rules --help >/dev/null 2>&1; then \
		echo; echo "== Monitoring rules (Scripts/) =="; $(BIN) --db $(DEMO_DB) rules check || true; \
		echo; echo "== Incentive criteria =="; $(BIN) --db $(DEMO_DB) incentives || true; \
	fi
	@echo; echo "== The curator's annual report (school year 2025/26) =="; \
		$(BIN) --db $(DEMO_DB) report --year 2025 --today 2026-11-28 --out demo-report.html
	@echo; echo "== A young specialist's staff data, and the route as a document to print and sign =="; \
		$(BIN) --db $(DEMO_DB) person show fomina; \
		$(BIN) --db $(DEMO_DB) route print kuznetsov-2024 --out demo-route.docx --force
	@echo; echo "The demo database is $(DEMO_DB): try  $(BIN) --db $(DEMO_DB) route show belousova-2022"

# The report test renders HTML in a real headless browser, and the web pages' test drives one
# through sign-in and the forms: Chromium from the system's packages.
browser:
	@if ! command -v chromium >/dev/null && ! command -v chromium-browser >/dev/null; then \
		echo "Installing chromium (the report and web page tests run it headless)…"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	fi

# The print test opens the produced .docx in LibreOffice and reads the PDF it makes with poppler's
# pdftotext; the staff import test has Calc make a real .xlsx: Writer and Calc without a GUI, from
# the system's packages.
office:
	@if ! command -v soffice >/dev/null || ! command -v pdftotext >/dev/null || [ ! -e /usr/lib/libreoffice/program/libsclo.so ]; then \
		echo "Installing libreoffice-writer-nogui, libreoffice-calc-nogui and poppler-utils (the print and staff import tests use them)…"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils >/dev/null; \
	fi

# The house format (.swift-format, the toolchain's `swift format`): CI fails on any difference;
# `swift format format -i -r Sources Tests Package.swift` applies it.
lint:
	$(SWIFT) format lint --strict --configuration .swift-format -r Sources Tests Package.swift

# The store's contract tests also run against PostgreSQL: a throwaway cluster (installed from
# Debian's packages when missing, run as an unprivileged user, on a free loopback port) that
# lives for the length of the run.
test: deps browser office lint
	$(SWIFT) build --build-tests
	@cluster=$$(mktemp -d /tmp/marshrut-pg.XXXXXX); \
	url=$$(tools/postgres-cluster.sh start $$cluster) || { tools/postgres-cluster.sh stop $$cluster; exit 1; }; \
	echo "PostgreSQL for the contract tests: $$url"; \
	MARSHRUT_TEST_POSTGRES=$$url MARSHRUT_REQUIRE_POSTGRES=1 MARSHRUT_REQUIRE_BROWSER=1 MARSHRUT_REQUIRE_OFFICE=1 $(SWIFT) test --skip-build; \
	status=$$?; tools/postgres-cluster.sh stop $$cluster; exit $$status

# Marshrut against pure-Lua and sqlite3 baselines on generated regions of 10,000 and 100,000
# teachers (BENCH_FULL=1 adds 1,000,000): a table of medians in .bench/latest.md; then the server
# under 50 concurrent clients posting reflections for 30 s, beside the local CLI.
bench: deps
	Bench/bench.sh
	Bench/server.sh
	Bench/school-run.sh
	Bench/postgres.sh
	BENCH_POSTGRES=1 Bench/server.sh

clean:
	rm -rf .build $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
