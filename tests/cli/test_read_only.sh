# A read-only workspace (tests/fault/read_only.c, preloaded: whatever would
# change a file under a directory fails with EROFS, as on a read-only mount;
# the tests run as root, where chmod stops nothing): what reads works and
# says the same as on a writable one, what writes is refused with one line
# and changes nothing, and `gavel check` says why.

# on_read_only DIR ARGS...: run gavel ARGS as `run` does, with DIR read-only.
on_read_only() {
	local dir=$1
	shift
	run_faulty READ_ONLY_DIR="$dir" -- "$@"
}

t_the_fault_library_really_makes_a_directory_read_only() {
	mkdir -p "$SCRATCH/ro/sub"
	echo old >"$SCRATCH/ro/f"
	local ro=(env LD_PRELOAD="$FAULT_LIB" READ_ONLY_DIR="$SCRATCH/ro")
	"${ro[@]}" sh -c "echo x >'$SCRATCH/ro/f'" 2>"$T/err" && fail "a write succeeded"
	grep -qF "Read-only file system" "$T/err" || fail "the write did not fail with EROFS"
	"${ro[@]}" sh -c "echo x >'$SCRATCH/ro/new'" 2>/dev/null && fail "a file was created"
	"${ro[@]}" mv "$SCRATCH/ro/f" "$SCRATCH/ro/g" 2>/dev/null && fail "a rename succeeded"
	"${ro[@]}" rm "$SCRATCH/ro/f" 2>/dev/null && fail "a removal succeeded"
	"${ro[@]}" mkdir "$SCRATCH/ro/d" 2>/dev/null && fail "a directory was made"
	"${ro[@]}" mkdir -p "$SCRATCH/ro/sub" || fail "mkdir -p of a directory that exists failed"
	(cd "$SCRATCH/ro" && "${ro[@]}" sh -c "echo x >sub/rel") 2>/dev/null &&
		fail "a relative path escaped"
	eq "$("${ro[@]}" cat "$SCRATCH/ro/f")" old "a read"
	[ ! -e "$SCRATCH/ro/new" ] && [ ! -e "$SCRATCH/ro/d" ] && [ ! -e "$SCRATCH/ro/sub/rel" ] ||
		fail "something was created under the read-only directory"
	"${ro[@]}" sh -c "echo x >'$SCRATCH/elsewhere'" || fail "a write elsewhere failed"
}

# Each read gives on the read-only workspace what it gives on a writable one.
t_reading_a_read_only_workspace_works() {
	scripted_meeting
	local args
	for args in "agenda show $M --json" "meeting list" "search rates --json" \
		"live $M log --json" "live $M status --json" "minutes $M" "member list" \
		"export popolo" "chapters $M --format webvtt" "history $M"; do
		# shellcheck disable=SC2086
		ok $args
		cp "$T/out" "$SCRATCH/writable"
		# shellcheck disable=SC2086
		on_read_only "$PWD" $args
		expect_status 0
		diff "$SCRATCH/writable" "$T/out" >&2 || fail "gavel $args differs when read-only"
	done
	[ -s "$SCRATCH/writable" ] || fail "the reads printed nothing"
}

t_writing_a_read_only_workspace_is_refused_and_changes_nothing() {
	scripted_meeting
	ok meeting new --title "Budget" --at "2026-12-08 19:00"
	local m2=2026-12-08-council
	db_snapshot
	files_snapshot
	local args
	# the live write is a roll call, which the rules accept today (a call to
	# order today would be refused for its day before anything is written)
	for args in "member add Roy --role councillor" "agenda add $m2 Roads --under 9" \
		"meeting new --title Special --at 2026-12-15T19:00" "live $m2 attend Côté --present" \
		"minutes $M note 9.1 Noted." "config clerk.name Someone"; do
		# shellcheck disable=SC2086
		on_read_only "$PWD" $args
		expect_status 1
		expect_err_line
		expect_err_contains "the workspace is read-only"
	done
	for args in "minutes $M save" "publish"; do
		# shellcheck disable=SC2086
		on_read_only "$PWD" $args
		expect_status 1
		expect_err_line
		expect_err_contains "Read-only file system"
	done
	expect_db_unchanged
	expect_files_unchanged
}

t_a_write_the_user_may_not_make_says_read_only_too() {
	new_meeting
	db_snapshot
	# (a roll call: a call to order today would be refused by the rules first)
	run_faulty READ_ONLY_DIR="$PWD" READ_ONLY_ERRNO=EACCES -- live $MEETING attend Côté --present
	expect_status 1
	expect_err_line
	expect_err_contains "the workspace is read-only"
	expect_db_unchanged
}

t_publishing_a_read_only_workspace_elsewhere_gives_the_same_site() {
	scripted_meeting
	ok publish --out "$SCRATCH/writable"
	on_read_only "$PWD" publish --out "$SCRATCH/read-only"
	expect_status 0
	diff -r -x '.gavel-site*' "$SCRATCH/writable" "$SCRATCH/read-only" >&2 ||
		fail "the site differs when published from a read-only workspace"
}

t_check_says_the_workspace_is_read_only() {
	scripted_meeting
	ok check
	expect_out_contains "ok   workspace can be written"
	on_read_only "$PWD" check
	expect_status 1
	expect_out_contains "FAIL workspace can be written: the workspace is read-only"
	eq "$(grep -c '^FAIL' "$T/out")" 1 "FAIL lines"
	expect_err_contains "check found 1 problem"
	on_read_only "$PWD/record" check
	expect_status 1
	expect_out_contains "FAIL workspace can be written: the workspace is read-only: ./record: Read-only file system"
}

t_a_read_only_workspace_with_changes_not_merged_is_refused_with_the_reason() {
	new_meeting
	echo "not yet merged" >gavel.db-wal
	on_read_only "$PWD" meeting list
	expect_status 1
	expect_err_line
	expect_err_contains "the workspace is read-only" "gavel.db-wal"
}
