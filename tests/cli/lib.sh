# Helpers for the CLI scenario tests (sourced by tests/cli/run).
#
# Every test function runs in its own temporary directory, which is also the
# workspace (a copy of the one `mkws` makes), with:
#   $GAVEL    absolute path of the binary under test
#   $SCRATCH  an empty directory outside the workspace
#   $T        private directory of the helpers (captured output)
# After `run ...`: $OUT, $ERR, $STATUS hold stdout, stderr and the exit status.
# A helper that finds something wrong prints why and returns 1; the test stops
# there (tests run under `set -e`).

# A fixed clock, so that nothing depends on the day the tests run; tests that
# care about time set GAVEL_NOW themselves.
export GAVEL_NOW=2026-11-20T15:00:00Z

fail() {
	echo "FAIL: $*" >&2
	return 1
}

# mkws [DIR]: a workspace for the Town of Testville, with members.
mkws() {
	local dir=${1:-.}
	"$GAVEL" init "$dir" --name "Town of Testville" --timezone America/Toronto >/dev/null &&
	"$GAVEL" -C "$dir" member add "Marie Côté" --role mayor >/dev/null &&
	"$GAVEL" -C "$dir" member add "Geneviève Tremblay" --role deputy-mayor --ward 1 >/dev/null &&
	"$GAVEL" -C "$dir" member add "Ahmed Haddad" --role councillor --ward 2 >/dev/null &&
	"$GAVEL" -C "$dir" member add "Élise Bouchard" --role councillor --ward 3 >/dev/null &&
	"$GAVEL" -C "$dir" member add "Jane Doe" --role clerk >/dev/null
}

# slurp VAR FILE: FILE's text in VAR, trailing newlines dropped as $(cat FILE)
# would, without starting a process (the suite runs tens of thousands of
# these; a fork is most of what a test costs).
slurp() {
	local -n _slurp_v=$1
	local _slurp_parts
	if IFS= read -r -d '' _slurp_v <"$2"; then
		# it stopped at a NUL byte: drop every NUL, as $(cat FILE) does
		mapfile -d '' -t _slurp_parts <"$2"
		printf -v _slurp_v '%s' "${_slurp_parts[@]}"
	fi
	while [[ $_slurp_v == *$'\n' ]]; do _slurp_v=${_slurp_v%$'\n'}; done
}

# captured: $OUT and $ERR from the latest run's files.
captured() {
	slurp OUT "$T/out"
	slurp ERR "$T/err"
}

# run ARGS...: run gavel, capture stdout, stderr and exit status; never fails.
run() {
	local s=0
	"$GAVEL" "$@" >"$T/out" 2>"$T/err" </dev/null || s=$?
	STATUS=$s
	captured
	LAST_CMD="gavel $*"
	return 0
}

# The fault library (tests/fault/*.c): a full disk, a read-only directory.
FAULT_LIB=$GAVEL_ROOT/build/tests/fault.so

# run_faulty VAR=VALUE... -- ARGS...: like run, with the fault library
# preloaded and the VARs (FULL_DISK_DIR=..., READ_ONLY_DIR=...) set.
run_faulty() {
	local vars=() s=0
	while [ "$1" != -- ]; do vars+=("$1"); shift; done
	shift
	[ -f "$FAULT_LIB" ] || fail "$FAULT_LIB is not built (make $FAULT_LIB)"
	env LD_PRELOAD="$FAULT_LIB" "${vars[@]}" "$GAVEL" "$@" >"$T/out" 2>"$T/err" </dev/null || s=$?
	STATUS=$s
	captured
	LAST_CMD="gavel $* (with ${vars[*]})"
	return 0
}

# run_in FILE ARGS...: like run, with FILE (or - for the current stdin) as stdin.
run_in() {
	local in=$1 s=0
	shift
	if [ "$in" = - ]; then
		"$GAVEL" "$@" >"$T/out" 2>"$T/err" || s=$?
	else
		"$GAVEL" "$@" >"$T/out" 2>"$T/err" <"$in" || s=$?
	fi
	STATUS=$s
	captured
	LAST_CMD="gavel $*"
	return 0
}

show_run() {
	echo "  command: $LAST_CMD"
	echo "  status:  $STATUS"
	echo "  stdout:"
	sed 's/^/    | /' "$T/out" | head -40
	echo "  stderr:"
	sed 's/^/    | /' "$T/err" | head -20
}

# ok ARGS...: run gavel and require exit 0; stdout is in $OUT.
ok() {
	run "$@"
	[ "$STATUS" = 0 ] || { show_run >&2; fail "expected exit 0"; }
}

# refused ARGS...: run gavel, require exit 1 with one 'gavel: ' line on stderr.
refused() {
	run "$@"
	expect_status 1 && expect_err_line
}

expect_status() {
	[ "$STATUS" = "$1" ] || { show_run >&2; fail "expected exit $1, got $STATUS"; }
}

# expect_out_contains TEXT...: stdout contains each TEXT (fixed strings).
# has_text TEXT S: TEXT has S in one of its lines, as grep -F finds it (a
# pattern of several lines is any of them, as grep reads it).
has_text() {
	local line
	if [[ $2 != *$'\n'* ]]; then
		[[ $1 == *"$2"* ]]
		return
	fi
	while IFS= read -r line; do
		[[ $1 == *"$line"* ]] && return 0
	done <<<"$2"
	return 1
}

expect_out_contains() {
	local s _text
	slurp _text "$T/out"
	for s in "$@"; do
		has_text "$_text" "$s" || { show_run >&2; fail "stdout lacks '$s'"; }
	done
}

expect_out_lacks() {
	local s _text
	slurp _text "$T/out"
	for s in "$@"; do
		! has_text "$_text" "$s" || { show_run >&2; fail "stdout contains '$s'"; }
	done
}

expect_err_contains() {
	local s _text
	slurp _text "$T/err"
	for s in "$@"; do
		has_text "${_text,,}" "${s,,}" || { show_run >&2; fail "stderr lacks '$s'"; }
	done
}

# expect_err_line: stderr is exactly one line and it starts with 'gavel: '.
expect_err_line() {
	local e=
	IFS= read -r -d '' e <"$T/err" || true
	[[ $e == "gavel: "*$'\n' && ${e%$'\n'} != *$'\n'* ]] ||
		{ show_run >&2; fail "stderr is not one 'gavel: ' line"; }
}

# expect_usage_error [COMMAND]: exit 2, stderr points at 'gavel help [COMMAND]'.
expect_usage_error() {
	expect_status 2 || return 1
	grep -q "gavel help${1:+ $1}" "$T/err" ||
		{ show_run >&2; fail "stderr does not point at 'gavel help${1:+ $1}'"; }
}

# expect_last_line TEXT: the last line of stdout is exactly TEXT.
expect_last_line() {
	local last
	last=$(last_line)
	[ "$last" = "$1" ] || { show_run >&2; fail "last stdout line is '$last', expected '$1'"; }
}

expect_no_output() {
	[ ! -s "$T/out" ] || { show_run >&2; fail "expected no stdout"; }
}

# last_line: the last line of the latest run's stdout (the handle it created).
last_line() {
	local text
	slurp text "$T/out"
	printf '%s\n' "${text##*$'\n'}"
}

# slow SECONDS: a time limit of a test, times TEST_SLOWDOWN (make memcheck
# runs gavel some 30 times slower).
slow() {
	echo $(($1 * ${TEST_SLOWDOWN:-1}))
}

# stress_report TEXT: a line for `make stress` (tests/cli/stress), which
# collects them from $STRESS_REPORT: trials made, events lost.
stress_report() {
	[ -z "${STRESS_REPORT:-}" ] || echo "${FUNCNAME[1]}: $*" >>"$STRESS_REPORT"
}

# eq ACTUAL EXPECTED [WHAT]
eq() {
	[ "$1" = "$2" ] || fail "${3:-value}: got '$1', expected '$2'"
}

# db_snapshot / expect_db_unchanged: compare the database dumps around a command
# that must change nothing.
db_dump() {
	sqlite3 "${1:-gavel.db}" .dump
}
db_snapshot() {
	db_dump "$@" >"$T/db.before"
}
expect_db_unchanged() {
	db_dump "$@" >"$T/db.after"
	cmp -s "$T/db.before" "$T/db.after" || {
		show_run >&2
		echo "  database changed:" >&2
		diff "$T/db.before" "$T/db.after" | head -20 | sed 's/^/    /' >&2
		fail "database changed"
	}
}

# refused_unchanged ARGS...: exit 1, one 'gavel: ' line, database unchanged.
refused_unchanged() {
	db_snapshot
	refused "$@" && expect_db_unchanged
}

# json FILTER: run jq -e FILTER on the latest stdout (fails on false/null/error).
json() {
	jq -e "$@" "$T/out" >/dev/null || { show_run >&2; fail "jq -e $* is false"; }
}

# jget FILTER: print jq -r FILTER of the latest stdout.
jget() {
	jq -r "$@" "$T/out"
}

sql() {
	sqlite3 gavel.db "$@"
}

# plant-sql DB SQL: change the database as an older gavel could have stored it
PLANT_SQL=$GAVEL_ROOT/tests/plant-sql

# tree_listing [DIR]: every file under DIR with mode, size and mtime.
tree_listing() {
	find "${1:-.}" -not -name '*-shm' -not -name '*-wal' -printf '%p %m %s %T@\n' | sort
}

# ws_files: every file of the workspace but the database (which db_dump
# compares), with its size and mtime; directories are left out because
# opening the database creates and removes its -wal and -shm files.
ws_files() {
	find . -not -type d -not -name 'gavel.db*' -printf '%p %s %T@\n' | sort
}
files_snapshot() {
	ws_files >"$T/files.before"
}
expect_files_unchanged() {
	ws_files >"$T/files.after"
	diff "$T/files.before" "$T/files.after" >&2 || fail "workspace files changed"
}

# A meeting of Council used by most agenda tests.
MEETING=2026-12-01-council
new_meeting() {
	ok meeting new --title "Regular Meeting" --at "2026-12-01 19:00" "$@"
}

# numbers M: the agenda's item numbers and titles, one "N TITLE" a line.
numbers() {
	run agenda show "$1" --json
	[ "$STATUS" = 0 ] || { show_run >&2; fail "agenda show failed"; }
	jq -r '.items[] | "\(.number) \(.title)"' "$T/out"
}

# A Council meeting with a show-of-hands vote, a recorded vote with a
# declared interest, an absent member and an abstention, a withdrawn motion,
# and a closed session whose motion must not be exported.
scripted_meeting() {
	ok meeting new --title "Regular Meeting" --at "2026-12-01 19:00" --location "Council Chambers"
	M=$(last_line)
	ok agenda add "$M" "Water rates [redact]CANARY-REDACT[/redact]" --under 9
	ok agenda add "$M" "Land matter" --under 13 --closed "239(2)(c)"
	ok agenda publish "$M"
	ok meeting edit "$M" --stream-url "https://video.example/council/2026-12-01"
	ok live "$M" attend "Côté,Tremblay,Haddad" --present --at 19:00
	ok live "$M" attend "Bouchard" --absent --at 19:00
	ok live "$M" start --at 19:00
	ok live "$M" stream --at 19:01
	ok live "$M" take 4 --at 19:03
	ok live "$M" move "That the agenda be adopted." --mover Côté --seconder Tremblay --at 19:04
	ok live "$M" vote 1 --carried --for 3 --against 0 --at 19:05
	ok live "$M" take 9.1 --at 19:10
	ok live "$M" declare Haddad --item 9.1 --reason "owns a rental property" --at 19:11
	ok live "$M" move "That Council approve the 2027 water rates [redact]CANARY-REDACT-2[/redact]." --mover Tremblay --seconder Côté --at 19:12
	ok live "$M" vote 2 --recorded --yes Tremblay --abstain Côté --at 19:15
	ok live "$M" move "That the rates be deferred." --mover Côté --seconder Tremblay --at 19:16
	ok live "$M" withdraw 3 --at 19:17
	ok live "$M" take 13.1 --at 19:30
	ok live "$M" move "That Council proceed into closed session under s.239(2)(c) to consider a land matter." \
		--to-close "239(2)(c)" --mover Côté --seconder Tremblay --at 19:30
	ok live "$M" vote 4 --carried --at 19:30
	ok live "$M" closed --clause "239(2)(c)" --at 19:31
	ok live "$M" move "CANARY-CLOSED direction to staff" --mover Côté --seconder Tremblay --direction --at 19:35
	ok live "$M" vote 5 --carried --at 19:40
	ok live "$M" rise --at 19:50
	ok live "$M" adjourn --at 20:00
}

# mkdemo: a demo workspace in $SCRATCH/town, and work there. The first test
# that needs one builds it (under a lock, as tests run in parallel); the
# others copy it, since each only changes its own copy. (test_demo.sh's
# tests of how the demo is built run `gavel demo` themselves.)
mkdemo() {
	local cache=${TEMPLATE%/*}/demo
	(
		flock 9
		[ -f "$cache/built" ] && exit 0
		rm -rf "$cache"
		run demo "$cache/town" --no-tui
		[ "$STATUS" = 0 ] || { show_run >&2; fail "gavel demo failed"; }
		touch "$cache/built"
	) 9>"$cache.lock" || return 1
	cp -a "$cache/town" "$SCRATCH/town"
	cd "$SCRATCH/town"
}

# expect_golden NAME FILE: FILE holds exactly tests/golden/NAME
# (UPDATE_GOLDEN=1 rewrites tests/golden/NAME from FILE instead).
expect_golden() {
	local golden=$GAVEL_ROOT/tests/golden/$1
	if [ "${UPDATE_GOLDEN:-}" = 1 ]; then
		mkdir -p "${golden%/*}" && cp "$2" "$golden"
		return
	fi
	[ -f "$golden" ] || fail "no golden file tests/golden/$1 (run with UPDATE_GOLDEN=1)"
	diff -u "$golden" "$2" >&2 || fail "$2 differs from tests/golden/$1"
}
