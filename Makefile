# gavel: `make` builds ./gavel, `make run` opens a demo, `make check` runs every test.

PREFIX  ?= /usr/local
CC      ?= cc
PKGS    := ncursesw sqlite3 libgit2 libmarkdown
# Pango (HarfBuzz) lays out the PDF packages and minutes, which gavel writes
# (render/pdf_file.c); Poppler and Cairo redraw an attached PDF it cannot copy:
# their headers at build time, the libraries loaded when a PDF is written
# (render/pdf_libs.h), so that other commands do not start up slower.
PDF_PKGS := cairo-pdf pangocairo poppler-glib
VERSION := 0.1.0

# Debian packages: to build, and in addition to run the tests.
BUILD_DEBS := gcc make pkg-config libncurses-dev libsqlite3-dev libgit2-dev \
              libmarkdown2-dev libmbedtls-dev tzdata \
              libcairo2-dev libpango1.0-dev libpoppler-glib-dev libdeflate-dev \
              fonts-dejavu-core
TEST_DEBS  := libcmocka-dev tmux git sqlite3 jq libxml2-utils curl netcat-openbsd iproute2 python3 \
              python3-jsonschema python3-rfc3987 \
              bsdutils qpdf poppler-utils
# The output's own checkers: the Nu HTML Checker (Java), axe-core in Chromium,
# ffprobe and mkvmerge for chapters.
SITE_DEBS  := default-jre-headless chromium ffmpeg mkvtoolnix
# The peers the benchmarks measure gavel against (pandoc; grep, tmux and GNU time;
# Chromium's --print-to-pdf, from SITE_DEBS, and pdfinfo for the agenda package).
BENCH_DEBS := pandoc tmux time grep poppler-utils jq sqlite3 linux-perf

WARN     := -Wall -Wextra -Werror -Wno-missing-field-initializers -Wshadow -Wvla
CFLAGS   ?= -O2 -g
# -UNDEBUG after CFLAGS: the asserts (replay's invariants, name tables) are
# cheap and stay on in every build, the tests' included.
ALL_CFLAGS = -std=c11 -D_GNU_SOURCE -DGAVEL_VERSION='"$(VERSION)"' -I. $(WARN) $(CFLAGS) -UNDEBUG \
             $(shell pkg-config --cflags $(PKGS) $(PDF_PKGS) 2>/dev/null)
LIBS     = $(shell pkg-config --libs $(PKGS) 2>/dev/null) -lmbedcrypto -lpthread -ldl -lz
SAN      := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all

CORE_DIRS := base store render agenda live minutes publish streaming-hooks cmd demo serve
CORE_SRC  := $(foreach d,$(CORE_DIRS),$(wildcard $(d)/*.c))
TUI_SRC   := $(wildcard tui/*.c)
UNIT_SRC  := $(wildcard tests/unit/test_*.c)
BENCH_SRC := $(wildcard bench/*.c)
GEN_SRC   := $(wildcard bench/gen-archive/*.c)

CORE_OBJ  := $(CORE_SRC:%.c=build/%.o)
TUI_OBJ   := $(TUI_SRC:%.c=build/%.o)
ASAN_OBJ  := $(CORE_SRC:%.c=build/asan/%.o)
UNIT_BIN  := $(UNIT_SRC:tests/unit/%.c=build/tests/%)
GEN_OBJ   := $(GEN_SRC:bench/gen-archive/%.c=build/gen-archive/%.o)
BENCH_BIN := $(BENCH_SRC:bench/%.c=build/bench/%) build/bench/gen-archive

# Fuzzing: libFuzzer targets (clang) over a second build of the core, and
# their corpus replayed by gcc builds of the same targets in `make check`.
FUZZ_CC      ?= clang
FUZZ_SECONDS ?= 600
FUZZ_RSS_MB  ?= 2048
FUZZ_TARGETS ?= $(patsubst tests/fuzz/fuzz_%.c,%,$(wildcard tests/fuzz/fuzz_*.c))
FUZZ_SAN     := -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
FUZZ_OBJ     := $(CORE_SRC:%.c=build/fuzz/%.o)
FUZZ_BIN     := $(FUZZ_TARGETS:%=build/fuzz/fuzz_%)
REPLAY_BIN   := $(patsubst tests/fuzz/fuzz_%.c,build/tests/fuzz/replay_%,$(wildcard tests/fuzz/fuzz_*.c))

.PHONY: all run check deps test-deps site-tools unit cli-test tui-test site-test layers clean install bench \
	bench-deps fuzz fuzz-replay analyze analyze-deps analyze-reports \
	memcheck memcheck-deps stress
all: gavel docs/gavel.1

Q := $(if $(V),,@)

build/%.o: %.c
	@mkdir -p $(@D)
	@$(if $(Q),echo "  CC      $<")
	$(Q)$(CC) $(ALL_CFLAGS) -MMD -MP -c $< -o $@

build/asan/%.o: %.c
	@mkdir -p $(@D)
	@$(if $(Q),echo "  CC+SAN  $<")
	$(Q)$(CC) $(ALL_CFLAGS) $(SAN) -MMD -MP -c $< -o $@

build/fuzz/%.o: %.c
	@mkdir -p $(@D)
	@$(if $(Q),echo "  CC+FUZZ $<")
	$(Q)$(FUZZ_CC) $(ALL_CFLAGS) $(FUZZ_SAN) -fsanitize=fuzzer-no-link -MMD -MP -c $< -o $@

build/libgavel.a: $(CORE_OBJ)
	$(Q)ar rcs $@ $^

build/asan/libgavel.a: $(ASAN_OBJ)
	$(Q)ar rcs $@ $^

gavel: build/cli/main.o $(TUI_OBJ) build/libgavel.a
	@$(if $(Q),echo "  LINK    $@")
	$(Q)$(CC) $(ALL_CFLAGS) -o $@ $^ $(LIBS)

docs/gavel.1: gavel
	@mkdir -p $(@D)
	$(Q)./gavel help --man > $@.tmp && mv $@.tmp $@

build/tests/%: tests/unit/%.c tests/unit/unit.h build/asan/libgavel.a
	@mkdir -p $(@D)
	@$(if $(Q),echo "  TEST    $@")
	$(Q)$(CC) $(ALL_CFLAGS) $(SAN) -o $@ $< build/asan/libgavel.a $(LIBS) -lcmocka

build/fuzz/libgavel.a: $(FUZZ_OBJ)
	$(Q)ar rcs $@ $^

build/fuzz/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/fuzz.h build/fuzz/libgavel.a
	@$(if $(Q),echo "  FUZZ    $@")
	$(Q)$(FUZZ_CC) $(ALL_CFLAGS) $(FUZZ_SAN) -fsanitize=fuzzer -o $@ $< build/fuzz/libgavel.a $(LIBS)

build/tests/fuzz/replay_%: tests/fuzz/fuzz_%.c tests/fuzz/fuzz.h tests/fuzz/replay.c \
			   build/asan/libgavel.a
	@mkdir -p $(@D)
	@$(if $(Q),echo "  REPLAY  $@")
	$(Q)$(CC) $(ALL_CFLAGS) $(SAN) -o $@ $< tests/fuzz/replay.c build/asan/libgavel.a $(LIBS)

build/bench/%: bench/%.c build/libgavel.a
	@mkdir -p $(@D)
	@$(if $(Q),echo "  BENCH   $@")
	$(Q)$(CC) $(ALL_CFLAGS) -o $@ $< build/libgavel.a $(LIBS)

# The archive generator: a program of several files in bench/gen-archive/.
build/gen-archive/%.o: bench/gen-archive/%.c
	@mkdir -p $(@D)
	@$(if $(Q),echo "  CC      $<")
	$(Q)$(CC) $(ALL_CFLAGS) -MMD -MP -c $< -o $@

build/bench/gen-archive: $(GEN_OBJ) build/libgavel.a
	@mkdir -p $(@D)
	@$(if $(Q),echo "  BENCH   $@")
	$(Q)$(CC) $(ALL_CFLAGS) -o $@ $^ $(LIBS)

# deps: install what is missing with apt-get when root; otherwise say how.
define install_debs
	@missing=""; for p in $(1); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ]; then \
	  echo "installing:$$missing"; \
	  DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	else \
	  echo "gavel needs these Debian packages:$$missing"; \
	  echo "run: sudo apt-get install -y$$missing"; exit 1; \
	fi
endef

deps:
	$(call install_debs,$(BUILD_DEBS))

test-deps:
	$(call install_debs,$(BUILD_DEBS) $(TEST_DEBS) $(BENCH_DEBS))

bench-deps:
	$(call install_debs,$(BUILD_DEBS) $(BENCH_DEBS))

# site-tools: Java, Chromium, ffmpeg, mkvtoolnix from Debian, node and npm if missing, and the
# npm checkers pinned in tests/site/package-lock.json, into tools/.
site-tools: tools/node_modules/.installed

tools/node_modules/.installed: tests/site/package.json tests/site/package-lock.json
	$(call install_debs,$(SITE_DEBS) $(if $(shell command -v npm),,nodejs npm))
	@mkdir -p tools
	@cp tests/site/package.json tests/site/package-lock.json tools/
	@cd tools && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
	@touch $@

run: deps
	@$(MAKE) --no-print-directory all
	@dir=$$(mktemp -d /tmp/gavel-demo.XXXXXX) && \
	  ./gavel demo "$$dir/town" --no-tui && \
	  echo "The demo workspace is $$dir/town (gavel -C $$dir/town ...)" && \
	  echo "Its website: open $$dir/town/site/index.html in a browser" && \
	  ./gavel -C "$$dir/town"

unit: $(UNIT_BIN)
	@tests/run-unit $(UNIT_BIN)

cli-test: gavel $(FAULT_LIB)
	@tests/cli/run

tui-test: gavel
	@tests/tui/run

site-test: gavel site-tools
	@tests/site/run

# layers: every #include goes down the layers of tests/layers/table, only
# tui/ includes curses, the core never prints or exits (docs/architecture.md).
layers:
	@tests/layers/check

check: test-deps site-tools
	@$(MAKE) --no-print-directory all $(UNIT_BIN) $(BENCH_BIN) $(FAULT_LIB) $(REPLAY_BIN)
	@tests/run-all

# fuzz: each target for FUZZ_SECONDS, one after the other (FUZZ_TARGETS=time
# for one); tests/fuzz/README.md says more.
fuzz: $(FUZZ_BIN)
	@tests/fuzz/run $(FUZZ_SECONDS) $(FUZZ_RSS_MB) $(FUZZ_TARGETS)

fuzz-replay: $(REPLAY_BIN)
	@tests/fuzz/replay-all

# analyze: clang's static analyzer over every file of the core, the TUI and
# the CLI (one report a file, made again when the file or a header it
# includes changes) and cppcheck over the tree; fails on any finding that
# docs/analysis.md does not explain.
ANALYZE_CC   ?= clang
ANALYZE_SRC  := $(CORE_SRC) $(TUI_SRC) cli/main.c
ANALYZE_OUT  := $(ANALYZE_SRC:%.c=build/analyze/%.txt)
ANALYZE_DEBS := clang clang-tools cppcheck

build/analyze/%.txt: %.c
	@mkdir -p $(@D)
	@$(if $(Q),echo "  ANALYZE $<")
	$(Q)$(ANALYZE_CC) --analyze --analyzer-output text $(ALL_CFLAGS) -Wno-error \
		-MMD -MP -MT $@ -MF $(@:.txt=.d) $< -o /dev/null 2>$@.tmp && mv $@.tmp $@

build/analyze/cppcheck.txt: $(ANALYZE_SRC) $(wildcard $(addsuffix /*.h,$(CORE_DIRS) tui))
	@mkdir -p $(@D)
	@$(if $(Q),echo "  CPPCHECK")
	$(Q)cppcheck --enable=warning,portability --std=c11 -D_GNU_SOURCE -I. --quiet \
		--template='{file}:{line}: {severity}: {message} [{id}]' \
		$(CORE_DIRS) tui cli 2>$@.tmp && mv $@.tmp $@

analyze-deps:
	$(call install_debs,$(ANALYZE_DEBS))

# memcheck: the CLI scenarios with every gavel under valgrind (slow; not in
# make check). MEMCHECK_TESTS=tests/cli/test_live.sh for some files only.
MEMCHECK_TESTS ?=
memcheck-deps:
	$(call install_debs,$(BUILD_DEBS) $(TEST_DEBS) valgrind)

memcheck: memcheck-deps gavel docs/gavel.1 $(FAULT_LIB)
	@tests/cli/memcheck $(MEMCHECK_TESTS)

# stress: hundreds of kill -9 during saves, publishes and live events, and a
# long concurrent run (CRASH_TRIALS, LIVE_CRASH_KILLS, CONCURRENCY_EVENTS).
stress: test-deps gavel
	@tests/cli/stress

analyze-reports: $(ANALYZE_OUT) build/analyze/cppcheck.txt

analyze: analyze-deps
	@$(MAKE) -s --no-print-directory analyze-reports
	@tests/analyze/tally docs/analysis.md $(ANALYZE_OUT) build/analyze/cppcheck.txt

# Faults preloaded by the CLI tests: a disk that fills up (test_disk_full.sh),
# a read-only workspace (test_read_only.sh).
FAULT_LIB := build/tests/fault.so
$(FAULT_LIB): $(wildcard tests/fault/*.c)
	@mkdir -p $(@D)
	$(Q)$(CC) -shared -fPIC -O1 -Wall -Wextra -Werror -o $@ $^ -ldl

bench: bench-deps gavel $(BENCH_BIN)
	@bench/run

install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1
	install -m 755 gavel $(DESTDIR)$(PREFIX)/bin/gavel
	install -m 644 docs/gavel.1 $(DESTDIR)$(PREFIX)/share/man/man1/gavel.1

clean:
	rm -rf build gavel docs/gavel.1

-include $(CORE_OBJ:.o=.d) $(TUI_OBJ:.o=.d) $(ANALYZE_OUT:.txt=.d) $(GEN_OBJ:.o=.d) $(ASAN_OBJ:.o=.d) $(FUZZ_OBJ:.o=.d) \
	build/cli/main.d
