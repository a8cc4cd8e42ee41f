# Several gavel processes writing one workspace at once: no lost write, no
# corruption, numbering consistent.

N=50 # writes per process

# writer NAME CMD...: run "gavel CMD... NAME-i" for i in 1..N, logging
# "i status last-line-of-stdout" to $T/NAME.log and stderr to $T/NAME.err.
writer() {
	local name=$1 i s out
	shift
	for ((i = 1; i <= N; i++)); do
		s=0
		out=$("$GAVEL" "$@" "$name-$i" 2>>"$T/$name.err" </dev/null) || s=$?
		echo "$i $s ${out##*$'\n'}" >>"$T/$name.log"
	done
}

expect_integrity() {
	eq "$(sql 'PRAGMA integrity_check')" ok integrity_check
	eq "$(sql 'PRAGMA foreign_key_check')" "" foreign_key_check
}

# expect_siblings_numbered: in every sibling list, positions are exactly 1..n.
expect_siblings_numbered() {
	eq "$(sql "SELECT meeting_id, coalesce(parent_id, 0) FROM items
		GROUP BY meeting_id, coalesce(parent_id, 0)
		HAVING min(position) != 1 OR max(position) != count(*) OR
		count(DISTINCT position) != count(*)")" "" "sibling lists with gaps or duplicates"
}

# expect_all_succeeded NAME...: every write of each writer exited 0, and
# stderr is empty (nobody was told the workspace was busy).
expect_all_succeeded() {
	local w
	for w in "$@"; do
		eq "$(wc -l <"$T/$w.log")" "$N" "writes logged by $w"
		eq "$(awk '$2 != 0' "$T/$w.log")" "" "failed writes of $w"
		[ ! -s "$T/$w.err" ] || { cat "$T/$w.err" >&2; fail "$w wrote to stderr"; }
	done
}

t_concurrent_agenda_adds_lose_nothing_and_number_consistently() {
	new_meeting --template blank
	writer a agenda add "$MEETING" &
	writer b agenda add "$MEETING" &
	wait
	expect_all_succeeded a b
	expect_integrity
	expect_siblings_numbered
	ok agenda show "$MEETING" --json
	json --argjson n $((2 * N)) '.items | length == $n'
	# Items are only appended, so the number each add printed is still the
	# number of the item it added.
	jget '.items[] | "\(.title) \(.number)"' | sort >"$T/shown"
	awk '{print FILENAME == ARGV[1] ? "a-" $1 " " $3 : "b-" $1 " " $3}' "$T/a.log" "$T/b.log" |
		sort >"$T/printed"
	diff -u "$T/printed" "$T/shown" || fail "printed numbers differ from the agenda"
}

t_concurrent_adds_under_one_parent_and_after_one_item() {
	N=25
	new_meeting --template blank
	ok agenda add "$MEETING" "Reports"
	ok agenda add "$MEETING" "Adjournment"
	writer u agenda add "$MEETING" --under 1 &
	writer f agenda add "$MEETING" --after 1 &
	wait
	expect_all_succeeded u f
	expect_integrity
	expect_siblings_numbered
	ok agenda show "$MEETING" --json
	json --argjson n "$N" '[.items[] | select(.parent == "1")] | length == $n'
	json --argjson n "$N" '[.items[] | select(.depth == 1)] | length == $n + 2'
	json '[.items[] | select(.depth == 1)][0].title == "Reports"'
	json '[.items[] | select(.depth == 1)][-1].title == "Adjournment"'
	json '[.items[] | select(.title | startswith("u-")) | .parent] | all(. == "1")'
	json '([.items[].number] | length) == ([.items[].number] | unique | length)'
}

t_concurrent_adds_moves_and_removals_keep_the_tree_consistent() {
	N=25
	new_meeting --template blank
	local i
	for ((i = 1; i <= 20; i++)); do
		printf '## %d Old %d\n\n' $i $i
	done >"$SCRATCH/old.md"
	ok agenda import "$MEETING" "$SCRATCH/old.md"
	writer a agenda add "$MEETING" &
	(
		for ((i = 1; i <= 10; i++)); do
			"$GAVEL" agenda move "$MEETING" 1 --after 2 >/dev/null
			"$GAVEL" agenda rm "$MEETING" 2 >/dev/null
		done
	) 2>"$T/mover.err" &
	wait
	[ ! -s "$T/mover.err" ] || { cat "$T/mover.err" >&2; fail "moves or removals failed"; }
	expect_all_succeeded a
	expect_integrity
	expect_siblings_numbered
	eq "$(sql "SELECT count(*) FROM items WHERE title LIKE 'a-%'")" "$N" "items added"
	eq "$(sql "SELECT count(*) FROM items WHERE title LIKE 'Old %'")" 10 "old items left"
}

t_concurrent_member_adds_lose_nothing() {
	writer m member add --role councillor &
	writer s member add --role staff &
	wait
	expect_all_succeeded m s
	expect_integrity
	ok member list --json
	json --argjson n $((2 * N + 5)) 'length == $n'
	json --argjson n "$N" '[.[] | select(.name | startswith("m-")) |
		select(.bodies == ["Council"])] | length == $n'
	ok body list --json
	json --argjson n $((N + 4)) '.[] | select(.name == "Council") | .members == $n and .seats == $n'
}

t_concurrent_meetings_on_one_day_get_distinct_slugs() {
	local w i
	for w in x y; do
		(
			for ((i = 1; i <= 10; i++)); do
				"$GAVEL" meeting new --title "$w $i" --at "2026-12-01 19:00" --template blank |
					tail -n 1 >>"$T/$w.slugs"
			done
		) 2>"$T/$w.err" &
	done
	wait
	[ ! -s "$T/x.err" ] && [ ! -s "$T/y.err" ] || { cat "$T"/[xy].err >&2; fail "meeting new failed"; }
	expect_integrity
	eq "$(cat "$T"/[xy].slugs | sort | uniq -d)" "" "slugs printed twice"
	eq "$(cat "$T"/[xy].slugs | wc -l)" 20 "slugs printed"
	eq "$(sql "SELECT count(DISTINCT slug) FROM meetings")" 20 "distinct slugs"
	grep -qxF 2026-12-01-council "$T/x.slugs" "$T/y.slugs" || fail "no plain slug"
	grep -qxF 2026-12-01-council-20 "$T/x.slugs" "$T/y.slugs" || fail "no -20 slug"
}

t_concurrent_publishes_leave_sound_repositories() {
	new_meeting
	local i
	for w in p q; do
		(
			for ((i = 1; i <= 5; i++)); do
				s=0
				"$GAVEL" agenda edit "$MEETING" 1 --title "Call to Order $w $i" >/dev/null || s=$?
				"$GAVEL" agenda publish "$MEETING" >/dev/null 2>>"$T/$w.err" || s=$?
				echo "$s" >>"$T/$w.status"
			done
		) &
	done
	wait
	# A publish may be refused while another holds the repository, but only
	# with one clear line; nothing may break.
	if [ -s "$T/p.err" ] || [ -s "$T/q.err" ]; then
		! grep -v '^gavel: ' "$T"/[pq].err || fail "publish failed without a gavel: message"
	fi
	expect_integrity
	git -C record fsck --strict --no-dangling || fail "record/ is broken"
	git -C confidential fsck --strict --no-dangling || fail "confidential/ is broken"
	# The last publish that succeeded shows the agenda as it was then; a final
	# publish brings it up to date.
	ok agenda publish "$MEETING"
	git -C record show main:meetings/2026/2026-12-01-council/agenda.md >"$T/published"
	ok agenda show "$MEETING" --public --format md
	diff -u "$T/out" "$T/published" || fail "record/ does not hold the latest agenda"
}

# Another process holds the write lock for longer than the busy timeout
# (10 s): a write waits for it, then refuses with one clear line and changes
# nothing; reads go on meanwhile (WAL).
t_a_write_lock_held_past_the_busy_timeout_is_refused_clearly_and_reads_go_on() {
	new_meeting
	printf 'BEGIN IMMEDIATE;\nINSERT INTO settings(key, value) VALUES ("held", "1");\n.shell sleep 14\nROLLBACK;\n' |
		sqlite3 gavel.db &
	local holder=$!
	sleep 1
	local t0=$SECONDS
	refused_unchanged agenda add $MEETING "Written while locked"
	expect_err_contains "busy"
	[ $((SECONDS - t0)) -ge 9 ] || fail "gave up after $((SECONDS - t0)) s, before the busy timeout"
	ok meeting list
	expect_out_contains "$MEETING"
	wait $holder
	ok agenda add $MEETING "Written once the lock is gone"
}

# Two clerks' shells record a few hundred events into one meeting at once
# (items taken up, members arriving and leaving) while a third polls the
# state as the console and the display do: no event lost or duplicated,
# sequence numbers contiguous, no "database is locked" reaching anyone, and
# the state every reader ends on is the log's.
t_two_shells_recording_hundreds_of_events_lose_none_and_readers_converge() {
	new_meeting
	ok member add "Zed Early" --role councillor
	ok member add "Yan Late" --role councillor
	# the clock on the meeting's evening: the events are in time order
	export GAVEL_NOW=2026-12-01T19:00:00-05:00
	ok live $MEETING attend "Côté,Tremblay,Haddad,Bouchard" --present
	ok live $MEETING start
	local n=${CONCURRENCY_EVENTS:-120} # per shell (`make stress` makes thousands)
	(
		for ((i = 1; i <= n; i++)); do
			"$GAVEL" live $MEETING take $((i % 3 + 1)) >>"$SCRATCH/a.out" 2>>"$SCRATCH/a.err" &&
				echo ok >>"$SCRATCH/a.acks"
		done
	) &
	local a=$!
	(
		for ((i = 1; i <= n; i++)); do
			if ((i % 2)); then verb=arrive; else verb=leave; fi
			"$GAVEL" live $MEETING $verb Early >>"$SCRATCH/b.out" 2>>"$SCRATCH/b.err" &&
				echo ok >>"$SCRATCH/b.acks"
		done
	) &
	local b=$!
	while kill -0 $a 2>/dev/null || kill -0 $b 2>/dev/null; do
		"$GAVEL" live $MEETING status --json >"$SCRATCH/poll.json" 2>>"$SCRATCH/poll.err" ||
			fail "a reader failed: $(tail -1 "$SCRATCH/poll.err")"
	done
	wait $a $b || true
	! grep -qi "locked\|busy" "$SCRATCH/a.err" "$SCRATCH/b.err" "$SCRATCH/poll.err" 2>/dev/null ||
		fail "a clerk saw: $(grep -hi 'locked\|busy' "$SCRATCH"/*.err | head -1)"
	eq "$(wc -l <"$SCRATCH/a.acks")" $n "takes acknowledged"
	eq "$(wc -l <"$SCRATCH/b.acks")" $n "arrivals and departures acknowledged"
	eq "$(sql "select count(*) from events where kind = 'take'")" $n "takes in the log"
	eq "$(sql "select count(*) from events where kind in ('arrive', 'leave')")" $n "arrivals and departures in the log"
	eq "$(sql 'select max(seq) - min(seq) + 1 = count(*) and count(distinct seq) = count(*) from events')" 1 \
		"sequence numbers unique and contiguous"
	ok live $MEETING status --json
	cp "$T/out" "$SCRATCH/final.json"
	json ".events == $((2 * n + 2)) and .current_item == \"$((n % 3 + 1))\""
	"$GAVEL" live $MEETING status --json >"$SCRATCH/again.json"
	cmp -s "$SCRATCH/final.json" "$SCRATCH/again.json" || fail "two readers disagree on the final state"
	stress_report "2 shells x $n events, $((2 * n)) logged, 0 lost or duplicated"
}
