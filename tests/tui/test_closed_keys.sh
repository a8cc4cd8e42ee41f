# A closed session by the console's keys alone (docs/console.md): X moves
# the resolution to close (s.239(4)), its clause begun from the closed item
# and its wording from the clause's general nature; x goes into closed
# session under the clause the resolution carried; there m asks whether the
# motion is a direction to staff, procedural or substantive, and a direction
# is voted before the meeting rises (s.239(6)). What the keys record is what
# the CLI records: the same --to-close, closed --clause and --direction.

# wait_state STATE: until `live M status` says the meeting is in STATE.
wait_state() {
	SCREEN="status_json .state" poll "the state $1" grep -qx -- "$1"
}

t_close_direct_and_rise_by_keys_at_100x30() {
	council
	in_session_by_cli
	live take 13 >/dev/null
	start
	open_console
	keys X
	wait_line '^Resolution to close under s\.239 clause \(e\.g\. 239\(2\)\(c\)\): ?$'
	text "239(2)(c)"
	keys Enter
	wait_line '^Motion: .*under s\.239\(2\)\(c\) to consider a proposed or pending acquisition or disposition of land\.$'
	keys Enter
	wait_line '^Mover: '
	text "gr"
	keys Enter
	wait_line '^Seconder: '
	text "om"
	keys Enter
	wait_line "Motion 1 \\(majority\\), moved by"
	expect_eq "$(status_json .motions[0].text)" "That Council proceed into closed session under \
s.239(2)(c) to consider a proposed or pending acquisition or disposition of land."
	keys c
	wait_for "Motion 1 carried"
	# x: the clause is the one the resolution carried
	keys x
	wait_line '^Closed session under s\.239 clause \(e\.g\. 239\(2\)\(c\)\): 239\(2\)\(c\)$'
	keys Enter
	wait_state closed-session
	# the closed item: X begins with its clause
	live take 13.1 >/dev/null
	keys m
	wait_line '^Motion: ?$'
	text "That staff negotiate the purchase at no more than the appraised value."
	keys Enter
	wait_line '^Mover: '
	text "gr"
	keys Enter
	wait_line '^Seconder: '
	text "fr"
	keys Enter
	wait_line '^Threshold: '
	keys Enter
	wait_line '^In closed session, a motion that is: +direction to staff'
	keys Enter
	wait_line "Motion 2 \\(majority\\), moved by"
	keys c
	wait_for "Motion 2 carried"
	keys x
	wait_state in-session
	expect_eq "$(live status --json --confidential | jq -r '.motions | map("\(.number) \(.kind) \(.result)") | join(", ")')" \
		"1 procedural carried, 2 direction carried"
	live log >"$SCRATCH/log"
	grep -q "closed session" "$SCRATCH/log" || fail "log: $(cat "$SCRATCH/log")"
}

# X on a closed item begins with the item's own clause; in closed session
# m's third choice, substantive, is recorded as the CLI records it, and its
# vote is refused there (s.239(6)) with the core's words.
t_closed_item_clause_and_a_substantive_motion_by_keys() {
	council
	in_session_by_cli
	live take 13.1 >/dev/null
	start
	open_console
	keys X
	wait_line '^Resolution to close under s\.239 clause \(e\.g\. 239\(2\)\(c\)\): 239\(2\)\(c\)$'
	keys Escape
	wait_for "Nothing moved"
	to_close
	live closed --clause "239(2)(c)" >/dev/null
	wait_line '^closed-session ' # the console has seen it
	keys m
	wait_line '^Motion: ?$'
	text "That the land be bought."
	keys Enter
	wait_line '^Mover: '
	text "gr"
	keys Enter
	wait_line '^Seconder: '
	text "om"
	keys Enter
	wait_line '^Threshold: '
	keys Enter
	wait_line '^In closed session, a motion that is: '
	text "sub"
	keys Enter
	wait_line "Motion 2 \\(majority\\), moved by"
	expect_eq "$(live status --json --confidential | jq -r '.motions[1].kind')" substantive
	keys c
	wait_line '^gavel: motion 2 cannot be voted in closed session: only procedural motions'
	expect_eq "$(live status --json --confidential | jq -r '.motions[1].result')" null
}

# x with the clause left empty says why nothing happened (the status line
# stayed blank), and what closing needs when no resolution was carried.
t_x_with_no_clause_says_nothing_changed_and_why() {
	council
	in_session_by_cli
	start
	open_console
	keys x
	wait_line '^Closed session under s\.239 clause'
	keys C-u Enter
	SCREEN=joined poll "why nothing changed" grep -qF \
		"Not in closed session: it needs its s.239 clause and a resolution to close carried just before (X moves it)"
	expect_eq "$(status_json .state)" in-session
	to_close
	keys C-l x
	wait_line '^Closed session under s\.239 clause .*239\(2\)\(c\)'
	keys C-u Enter
	wait_line "^Not in closed session: it needs its s\\.239 clause\$"
	expect_eq "$(status_json .state)" in-session
}
