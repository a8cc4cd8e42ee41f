# Crash safety of saving minutes and publishing: each is killed (SIGKILL) at
# random moments, over and over. After every kill the database passes its
# integrity check, both repositories pass `git fsck --strict` and `gavel
# check` passes; running the command again then completes, with the result
# of a run never interrupted. CRASH_TRIALS sets the number of kills of each
# test (`make stress` makes hundreds).

# kill_during MS ARGS...: run gavel ARGS and kill -9 it after MS milliseconds
# (if it is still running).
kill_during() {
	local ms=$1
	shift
	"$GAVEL" "$@" >/dev/null 2>&1 &
	local pid=$!
	sleep "$(printf '%d.%03d' $((ms / 1000)) $((ms % 1000)))"
	kill -KILL "$pid" 2>/dev/null || true
	wait "$pid" 2>/dev/null || true
}

expect_sound_workspace() {
	eq "$(sql 'PRAGMA integrity_check')" ok "integrity_check"
	local r
	for r in record confidential; do
		git -C $r fsck --strict >"$T/fsck" 2>&1 || { cat "$T/fsck" >&2; fail "git fsck --strict $r/"; }
	done
	ok check
}

t_minutes_saves_killed_at_random_leave_a_sound_record_and_the_next_save_completes() {
	mkdemo
	local M=2026-11-10-council k trials=${CRASH_TRIALS:-20}
	for ((k = 0; k < trials; k++)); do
		ok minutes $M note 6.1 "The narrative, version $k."
		kill_during $((RANDOM % 120)) minutes $M save --message "version $k"
		expect_sound_workspace
	done
	ok minutes $M save
	ok minutes $M --public
	git -C record show "main:meetings/2026/$M/minutes.md" >"$SCRATCH/saved.md"
	diff -u "$T/out" "$SCRATCH/saved.md" || fail "record/ does not hold the current minutes"
	ok minutes $M
	git -C confidential show "main:meetings/2026/$M/minutes.md" >"$SCRATCH/saved.md"
	diff -u "$T/out" "$SCRATCH/saved.md" || fail "confidential/ does not hold the current minutes"
	stress_report "$trials kills, sound after each, the last save complete"
}

t_publishes_killed_at_random_then_run_again_give_the_site_of_a_clean_run() {
	mkdemo
	ok publish --out "$SCRATCH/clean"
	rm -rf site
	local k trials=${CRASH_TRIALS:-12}
	for ((k = 0; k < trials; k++)); do
		kill_during $((RANDOM % 900)) publish
		expect_sound_workspace
	done
	ok publish
	diff -r site "$SCRATCH/clean" >"$T/diff" || { head -20 "$T/diff" >&2; fail "the site differs"; }
	stress_report "$trials kills, sound after each, the site then that of a clean run"
}

t_agenda_publishes_killed_at_random_leave_a_sound_record() {
	mkdemo
	local M=2026-12-08-council k trials=${CRASH_TRIALS:-15} last=$((${CRASH_TRIALS:-15} - 1))
	for ((k = 0; k < trials; k++)); do
		ok agenda edit $M 9.1 --recommendation "That Council approve version $k."
		kill_during $((RANDOM % 100)) agenda publish $M
		expect_sound_workspace
	done
	ok agenda publish $M
	git -C record show "main:meetings/2026/$M/agenda.md" | grep -qF "approve version $last." ||
		fail "record/ lacks the last version"
	stress_report "$trials kills, sound after each, the last version published"
}
