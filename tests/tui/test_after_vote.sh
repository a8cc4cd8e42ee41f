# What follows a vote, from the live console (docs/console.md, "After the
# vote"): `b` opens the : prompt with a motion reading the current item's
# by-law, `F` with a follow-up action on the resolution just carried, `!`
# with a notice of motion filled in from an item of the notices section.
# Each runs through the one command table, as typed at the prompt.

# By-law 2026-001 on item 11.1, taken up; Council in session.
bylaw_on_the_floor_item() {
	council
	"$GAVEL" -C "$W" bylaw reserve --title "Fees and Charges" >/dev/null
	"$GAVEL" -C "$W" agenda add "$M" "By-law 2026-001, fees and charges" --under 11 \
		--bylaw 2026-001 --recommendation "That By-law 2026-001 be read a first, second and third time and finally passed." >/dev/null
	in_session_by_cli
	live take 11.1 >/dev/null
}

t_a_bylaw_motion_and_a_follow_up_action_by_keys_at_200x40() {
	bylaw_on_the_floor_item
	start
	tm resize-window -x 200 -y 40
	open_console
	# no resolution yet: F says so, and opens nothing
	keys F
	wait_for "no resolution carried at this meeting yet"
	keys b
	wait_line "^:live $M move 'That By-law 2026-001 be read a first, second and third time and finally passed\\.' --bylaw 2026-001 --readings 1,2,3 --mover ?\$"
	text "'Grace Lee' --seconder 'Omar Haddad'"
	keys Enter
	# what the command said, in the pager; q goes back to the console
	wait_for "q or Esc closes"
	keys q
	wait_for "live console"
	expect_eq "$(status_json '.motions[0] | "\(.mover)/\(.seconder)"')" "Grace Lee/Omar Haddad"
	keys c
	wait_line "carried"
	expect_eq "$("$GAVEL" -C "$W" bylaw show 2026-001 --json | jq -r '.status + " " + .enacted.resolution')" \
		"enacted 2026-1"
	keys F
	wait_line "^:action add 2026-1 ?\$"
	text "'Post the new fees' --to Treasurer --due 2027-01-15"
	keys Enter
	poll "the action" sh -c "\"$GAVEL\" -C \"$W\" action list --json | jq -e 'length == 1 and .[0].resolution == \"2026-1\" and .[0].to == \"Treasurer\"' >/dev/null"
	# a by-law that had its readings: b offers none left, and the core refuses
	keys b
	wait_line "^:live $M move .* --bylaw 2026-001 --readings 1,2,3 --mover ?\$"
	keys Escape
	# at the : prompt, Tab completes a by-law's number after --bylaw
	keys :
	text "live $M move 'That By-law 2026-001 be amended.' --amends-bylaw 2026"
	keys Tab
	wait_line "^:live $M move .* --amends-bylaw 2026-001 ?\$"
	keys Escape
}

t_a_notice_of_motion_from_its_item_by_keys_at_200x40() {
	council
	"$GAVEL" -C "$W" agenda add "$M" "Councillor Lee: crosswalks" --under 12 --mover "Grace Lee" \
		--recommendation "That staff review the crosswalks on Main Street." >/dev/null
	in_session_by_cli
	live take 12.1 >/dev/null
	start
	tm resize-window -x 200 -y 40
	open_console
	keys !
	wait_line "^:live $M notice 'That staff review the crosswalks on Main Street\\.' --mover 'Grace Lee'\$"
	keys Enter
	poll "the notice" sh -c "[ \"\$(sqlite3 \"$W/gavel.db\" 'SELECT count(*) FROM notices WHERE source_item_id IS NOT NULL')\" = 1 ]"
	# the adjournment does not give the item's notice again
	live adjourn --force >/dev/null
	expect_eq "$(sqlite3 "$W/gavel.db" 'SELECT count(*) FROM notices')" 1
}

# A motion reading two by-laws that also repeals one, typed at the console's
# : prompt (the line b fills in runs the same way): the log's rule refuses
# it on the status line and nothing is recorded (docs/bylaws.md).
t_a_motion_reading_two_bylaws_cannot_repeal_from_the_console() {
	bylaw_on_the_floor_item
	live move "That By-law 2026-001 be read three times." --bylaw 2026-001 --readings 1,2,3 \
		--mover "Grace Lee" --seconder "Omar Haddad" >/dev/null
	live vote 1 --carried >/dev/null
	"$GAVEL" -C "$W" bylaw reserve --title "Repeal" >/dev/null
	"$GAVEL" -C "$W" bylaw reserve --title "Parking" >/dev/null
	start
	tm resize-window -x 200 -y 40
	open_console
	keys :
	text "live $M move 'That By-laws 2026-002 and 2026-003 be read.' --bylaw 2026-002,2026-003 --readings 1,2,3 --repeals 2026-001 --mover 'Grace Lee' --seconder 'Omar Haddad'"
	keys Enter
	wait_for "gavel: a motion reading 2 by-laws cannot amend or repeal"
	expect_eq "$(status_json '.motions | length')" 1
	expect_eq "$("$GAVEL" -C "$W" bylaw show 2026-001 --json | jq -r '.status')" enacted
}

# Two votes in the same minute (entered from notes with --at, or with the
# clock still): the last vote is the later in the log, the main motion
# after its amendment, on the console as on the display.
t_last_vote_is_the_later_of_two_in_the_same_minute() {
	agenda_motion_on_the_floor
	live move "by adding 'with item 9.2 first'" --amends 1 --mover "Grace Lee" \
		--seconder "Omar Haddad" >/dev/null
	live vote 2 --recorded --yes "Grace Lee" --no "Omar Haddad,Émilie Côté,François Bélanger" >/dev/null
	live vote 1 --carried >/dev/null
	start
	open_console
	wait_for "Last vote: motion 1 carried"
	screen | absent "motion 2 lost" || fail "the amendment shown as the last vote"
}

# A notice of motion given by `!` shows among the last events, as `live M
# log` lists it (it is not an event: the pane left it out).
t_a_notice_given_by_keys_shows_among_the_last_events() {
	council
	in_session_by_cli
	start
	open_console
	keys '!'
	wait_line "^:live $M notice ?\$"
	text "'That the speed limit on Main Street be 40 km/h.' --mover 'Grace Lee'"
	keys Enter
	wait_for "Notice of motion recorded"
	wait_line "19:05 Notice of motion given by Grace Lee: That the …"
	live log | grep -qF "Notice of motion given by Grace Lee: That the speed limit" ||
		fail "not in the log"
}
