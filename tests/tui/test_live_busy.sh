# The live console and the public display open while two shells record a
# couple of hundred events with the CLI at once: no event lost or recorded
# twice, no writer told the workspace is busy, and both screens end on the
# final state. (council, live, in_session_by_cli, open_console and the
# display helpers are test_live.sh's.)

BUSY_N=50 # cycles per shell: two events each

# motions_shell: move a motion and carry it, BUSY_N times; logs "i status
# number-printed" to $SCRATCH/motions.log, stderr to $SCRATCH/motions.err.
motions_shell() {
	local i s out
	for ((i = 1; i <= BUSY_N; i++)); do
		s=0
		out=$(live move "That report A-$i be received." --mover "Grace Lee" \
			--seconder "Omar Haddad" 2>>"$SCRATCH/motions.err") || s=$?
		echo "$i $s ${out##*$'\n'}" >>"$SCRATCH/motions.log"
		live vote "${out##*$'\n'}" --carried >/dev/null 2>>"$SCRATCH/motions.err" ||
			echo "vote $i failed" >>"$SCRATCH/motions.err"
	done
}

# attendance_shell: Paul Tremblay arrives and leaves, BUSY_N times, ending
# present.
attendance_shell() {
	local i
	for ((i = 1; i <= BUSY_N; i++)); do
		live leave "Paul Tremblay" >/dev/null 2>>"$SCRATCH/attendance.err" ||
			echo "leave $i failed" >>"$SCRATCH/attendance.err"
		live arrive "Paul Tremblay" >/dev/null 2>>"$SCRATCH/attendance.err" ||
			echo "arrive $i failed" >>"$SCRATCH/attendance.err"
	done
}

t_console_and_display_follow_two_shells_recording_at_once() {
	council
	in_session_by_cli
	live arrive "Paul Tremblay" >/dev/null
	local before
	before=$(live log --json | jq length)
	start
	open_console
	display_window
	dwait "the item" grep -qF "Adoption of the Agenda"
	motions_shell &
	local a=$!
	attendance_shell &
	local b=$!
	wait $a $b
	local f
	for f in motions attendance; do
		[ ! -s "$SCRATCH/$f.err" ] || { cat "$SCRATCH/$f.err" >&2; fail "the $f shell was refused"; }
	done
	expect_eq "$(awk '$2 != 0' "$SCRATCH/motions.log")" "" "failed moves"
	# Every event once, in one unbroken sequence.
	live log --json >"$SCRATCH/log.json"
	expect_eq "$(jq length "$SCRATCH/log.json")" $((before + 4 * BUSY_N)) "events in the log"
	expect_eq "$(jq '[.[].seq] | . == (sort | unique)' "$SCRATCH/log.json")" true "seq ascending"
	expect_eq "$(jq -r '[.[] | .kind] | group_by(.) | map("\(.[0])=\(length)") | join(" ")' \
		"$SCRATCH/log.json" | tr ' ' '\n' | grep -E '^(move|vote|leave)=')" \
		"$(printf 'leave=%d\nmove=%d\nvote=%d' $BUSY_N $BUSY_N $BUSY_N)" "events by kind"
	expect_eq "$(jq '[.[] | select(.kind == "arrive")] | length' "$SCRATCH/log.json")" \
		$((BUSY_N + 1)) "arrivals"
	# Each motion is the one its shell was told it moved, carried once.
	live status --json >"$SCRATCH/status.json"
	jq -r '.motions[] | "\(.text) \(.number) \(.result)"' "$SCRATCH/status.json" | sort >"$SCRATCH/shown"
	awk '{print "That report A-" $1 " be received. " $3 " carried"}' "$SCRATCH/motions.log" |
		sort >"$SCRATCH/printed"
	diff -u "$SCRATCH/printed" "$SCRATCH/shown" >&2 || fail "motions differ from what the shell was told"
	# Both screens end on the final state.
	WAIT_SECONDS=30 wait_for "Motion $BUSY_N carried"
	WAIT_SECONDS=30 wait_line 'Paul Tremblay +present'
	WAIT_SECONDS=30 wait_line 'quorum 5/3 *$'
	WAIT_SECONDS=30 dwait "the last result" grep -qF "Motion $BUSY_N CARRIED"
	local s
	for s in "$(screen)" "$(dscreen)"; do
		grep -qiE 'locked|busy|gavel: ' <<<"$s" && fail "a screen shows an error:"$'\n'"$s"
	done
	return 0
}
