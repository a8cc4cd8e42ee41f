# gavel live: a whole Council meeting recorded from the command line, the
# refusals of the procedure rules (exit 1, log unchanged) and usage errors.
# Council here has four voting members (quorum 3): Côté, Tremblay, Haddad,
# Bouchard; Jane Doe is the clerk. The clock is the meeting's evening, since
# a meeting is called to order on its day and its log runs forward in time
# (docs/procedure.md, "Time order"): an event without --at happens at 19:00.

M=2026-12-01-council

live_meeting() {
	export GAVEL_NOW=2026-12-01T19:00:00-05:00
	new_meeting
	ok agenda add $M "Committee minutes" --under 8 --consent
	ok agenda add $M "Road salt tender" --under 8 --consent
	ok agenda add $M "2027 budget" --under 9
	ok agenda add $M "Zoning, 12 Main Street" --under 9
	ok agenda add $M "Litigation update" --under 13 --closed "239(2)(e)"
}

events() {
	sql 'select count(*) from events'
}

status() {
	ok live $M status --json
}

t_live_whole_council_meeting() {
	live_meeting
	status
	json '.meeting == "2026-12-01-council" and .state == "not-started" and .current_item == null'
	json '.quorum == {"present": 0, "needed": 3, "met": false}'

	ok live $M attend côté,tremblay,haddad --present --at 19:00
	ok live $M attend bouchard --regrets --at 19:00
	ok live $M start --at 19:02
	status
	json '.state == "in-session" and .called_to_order == "2026-12-01T19:02:00-05:00"'
	json '.quorum == {"present": 3, "needed": 3, "met": true}'
	json '[.attendance[] | select(.status == "present")] | length == 3'
	json '.attendance[] | select(.member == "Élise Bouchard") | .status == "regrets"'

	ok live $M declare haddad --item 9.2 --reason "owns the lot next door" --at 19:03
	ok live $M take 8 --at 19:05
	ok live $M hold 8.2 --at 19:06
	ok live $M move "That the consent agenda be adopted" --mover côté --seconder tremblay --at 19:07
	expect_last_line 1
	ok live $M vote 1 --carried --at 19:08
	status
	json '.current_item == "8" and .consent.held == ["8.2"] and .consent.adopted == ["8.1"]'
	json '.motions[0] | .result == "carried" and .resolution == "2026-1" and .mover == "Marie Côté"'
	json '.motions[0].counts == {"yes": null, "no": null, "abstain": null}'

	ok live $M take 9.1 --at 19:20
	ok live $M move "That council adopt the 2027 budget" --mover haddad --seconder côté --at 19:21
	ok live $M move "That the levy be 2.9%" --mover tremblay --amends 2 \
		--replace-text "That council adopt the 2027 budget with a 2.9% levy" --at 19:22
	expect_last_line 3
	ok live $M second 3 haddad --at 19:23
	ok live $M vote 3 --carried --for 2 --against 1 --at 19:24
	ok live $M vote 2 --recorded --yes côté,haddad --no tremblay --at 19:25
	status
	json '.motions[1] | .text == "That council adopt the 2027 budget with a 2.9% levy"'
	json '.motions[1] | .result == "carried" and .counts == {"yes": 2, "no": 1, "abstain": 0}'
	# an amendment that carries is no resolution: the motion it amends is
	json '.motions[2] | .amends == 2 and .counts.yes == 2 and .resolution == null'
	json '.motions[1].resolution == "2026-2"'

	ok live $M arrive bouchard --at 19:40
	ok live $M take 9.2 --at 19:41
	ok live $M move "That the rezoning be approved" --mover tremblay --seconder bouchard --at 19:42
	# Haddad declared: not deemed no; Côté silent: deemed no; Bouchard's
	# abstention a no (s.246(2)): 1-2, lost
	ok live $M vote 4 --recorded --yes tremblay --abstain bouchard --at 19:43
	status
	json '.motions[3] | .result == "lost" and .counts == {"yes": 1, "no": 2, "abstain": 0}'
	json '.motions[3].votes[] | select(.member == "Ahmed Haddad") | .vote == "not voting"'
	json '.motions[3].votes[] | select(.member == "Marie Côté") | .vote == "no" and .deemed'

	ok live $M take 13.1 --at 19:55
	ok live $M move "That Council proceed into closed session under s.239(2)(e) to consider litigation." \
		--to-close "239(2)(e)" --mover côté --seconder tremblay --at 19:58
	ok live $M vote 5 --carried --at 19:59
	ok live $M closed --clause "s. 239(2)(e)" --at 20:00
	ok live $M move "That staff settle within the authority given" --mover côté \
		--seconder haddad --direction --at 20:05
	ok live $M vote 6 --carried --at 20:10
	status
	json '.state == "closed-session"'
	json '.motions[4] | .kind == "procedural" and .result == "carried" and .resolution == "2026-3"'
	json '.motions[5] == {"number": 6, "confidential": true}'
	ok live $M status --json --confidential
	json '.motions[5] | .kind == "direction" and .result == "carried" and .confidential'
	ok live $M log
	expect_out_contains "(closed session)"
	expect_out_lacks "(closed session: "
	expect_out_lacks "That staff settle"
	ok live $M log --confidential
	expect_out_contains "That staff settle"
	ok live $M rise --at 20:15
	ok live $M recess --at 20:16
	status
	json '.state == "recess"'
	ok live $M resume --at 20:30
	ok live $M leave tremblay --at 20:45
	ok live $M adjourn --at 20:50
	status
	json '.state == "adjourned" and .adjourned == "2026-12-01T20:50:00-05:00"'
	# nothing is before an adjourned meeting: the last item taken (13.1) is not
	json '.current_item == null'
	json '.attendance[] | select(.member == "Geneviève Tremblay") | .status == "left"'
	json '.closed_sessions == [{"clause": "239(2)(e)", "nature": .closed_sessions[0].nature,
		"from": "2026-12-01T20:00:00-05:00", "to": "2026-12-01T20:15:00-05:00"}]'
	ok live $M status
	expect_out_contains "adjourned" "That council adopt the 2027 budget with a 2.9% levy" \
		"resolution 2026-2" "(closed session)" "consent items held: 8.2" \
		"consent items adopted: 8.1" "closed session 8:00 p.m. to 8:15 p.m. under s.239(2)(e)" \
		"recess 8:16 p.m. to 8:30 p.m." "left     Geneviève Tremblay (left 8:45 p.m.)" "(arrived 7:40 p.m.)"
	expect_out_lacks "That staff settle"
	expect_out_contains "(2026-12-01-council): adjourned at 8:50 p.m." \
		"chair at adjournment: Marie Côté" "present at adjournment: 3 (quorum 3)"
	expect_out_lacks "  item " "presiding:" "quorum:" "adjourned -"
}

# The public log says of each event of a closed session only that it was
# one: not its kind (item taken, motion, vote, direction, correction), nor
# that a correction voided it (docs/live.md, "Closed session").
t_live_public_log_tells_nothing_of_the_closed_business() {
	live_meeting
	ok live $M attend côté,tremblay,haddad,bouchard --present --at 19:00
	ok live $M start --at 19:02
	ok live $M take 13 --at 19:55
	ok live $M move "That Council proceed into closed session under s.239(2)(e) to consider litigation." \
		--to-close "239(2)(e)" --mover côté --seconder tremblay --at 19:58
	ok live $M vote 1 --carried --at 19:59
	ok live $M closed --clause "239(2)(e)" --at 20:00
	ok live $M take 13.1 --at 20:01
	ok live $M declare haddad --item 13.1 --reason "party to the claim" --at 20:02
	ok live $M move "That staff settle within the authority given" --mover côté \
		--seconder bouchard --direction --at 20:05
	ok live $M vote 2 --carried --at 20:10
	ok live $M move "That staff report back" --mover côté --seconder tremblay --direction --at 20:11
	ok live $M undo
	ok live $M rise --at 20:15
	ok live $M adjourn --at 20:20
	ok live $M log
	expect_out_lacks "closed session: " "Correction" "voided" "settle" "report back" \
		"party to the claim" "13.1" "Litigation"
	expect_out_contains "In closed session at 8:00 p.m." "Rose from closed session at 8:15 p.m."
	[ "$(grep -c '(closed session)$' "$T/out")" = 6 ] || fail "six closed events: $(cat "$T/out")"
	ok live $M log --json
	json '[.[] | select(.confidential)] | length == 6 and
		all(.kind == null and .text == null and .voids == null and .voided_by == null)'
	expect_out_lacks "settle" "report back" "party to the claim" "13.1" "Litigation"
	ok live $M log --confidential
	expect_out_contains "Correction: voids event" "That staff settle" "party to the claim"
}

t_live_refusals_exit_1_and_leave_the_log_unchanged() {
	live_meeting
	refused_unchanged live $M take 9.1
	expect_err_contains "has not been called to order"
	ok live $M attend côté,tremblay,haddad,bouchard --present
	ok live $M start
	ok live $M take 9.1
	# (before any motion: with one pending, a second main motion is refused first)
	refused_unchanged live $M move "x" --mover côté --seconder haddad --threshold most
	expect_err_contains "unknown threshold 'most'"
	ok live $M move "That the budget be adopted" --mover côté
	refused_unchanged live $M vote 1 --carried
	expect_err_contains "motion 1 has no seconder"
	refused_unchanged live $M second 1 côté
	expect_err_contains "moved motion 1"
	ok live $M second 1 haddad
	ok live $M move "Amendment" --mover tremblay --seconder bouchard --amends 1
	refused_unchanged live $M vote 1 --carried
	expect_err_contains "amendment to motion 1 is still pending"
	ok live $M move "Sub-amendment" --mover tremblay --seconder bouchard --amends 2
	refused_unchanged live $M move "Too deep" --mover côté --seconder bouchard --amends 3
	expect_err_contains "third level"
	refused_unchanged live $M vote 3 --carried --for 1 --against 3
	expect_err_contains "--carried but 1 for, 3 against"
	refused_unchanged live $M vote 3 --recorded --yes côté,côté
	refused_unchanged live $M move "x" --mover nobody
	refused_unchanged live $M move "x" --mover jane
	expect_err_contains "Jane Doe is not a voting member of Council"
	refused_unchanged live $M take 99
	refused_unchanged live $M closed --clause "239(9)(z)"
	refused_unchanged live $M rise
	expect_err_contains "not in closed session"
	# she seconded motion 2: too late to declare (test_refusals.sh has more)
	refused_unchanged live $M declare bouchard --item 9.1
	expect_err_contains "Élise Bouchard already took part in item 9.1 (seconded motion 2)"
	# the mayor presides: another member takes the chair before she leaves
	refused_unchanged live $M leave côté
	expect_err_contains "Marie Côté is presiding: record who takes the chair first"
	ok live $M chair haddad
	ok live $M leave côté
	ok live $M leave tremblay
	refused_unchanged live $M vote 3 --carried
	expect_err_contains "no quorum: 2 of 4 present, 3 needed"
	refused_unchanged live $M vote 3 --recorded --yes côté
	# motions 1 to 3 are undecided: only a forced adjournment closes the log
	ok live $M adjourn --force
	refused_unchanged live $M arrive côté
	expect_err_contains "adjourned"
	refused_unchanged live $M undo
}

t_live_usage_errors_exit_2() {
	live_meeting
	local n
	n=$(events)
	run live $M vote 1
	expect_usage_error "live vote"
	run live $M attend côté
	expect_usage_error "live attend"
	run live $M move "x"
	expect_usage_error "live move"
	run live $M move "x" --mover côté --replace-text y
	expect_usage_error "live move"
	run live $M vote 1 --carried --for 3
	expect_usage_error "live vote"
	run live $M vote 1 --carried --yes côté
	expect_usage_error "live vote"
	refused_unchanged live $M vote first --carried
	expect_err_contains "there is no motion 'first'"
	run live $M closed
	expect_usage_error "live closed"
	run live $M start --bogus
	expect_usage_error "live start"
	run live $M frobnicate
	expect_status 2
	eq "$(events)" "$n" "events after usage errors"
}

t_live_undo_voids_the_latest_event_and_keeps_the_correction() {
	live_meeting
	ok live $M attend côté,tremblay,haddad --present
	ok live $M start
	ok live $M take 9.1
	ok live $M move "That the budget be adopted" --mover côté --seconder haddad
	ok live $M vote 1 --lost
	ok live $M undo
	expect_out_contains "Undone (kept in the log as a correction): Motion 1 lost"
	ok live $M log
	expect_out_contains "Motion 1 lost  [voided by 6]" "Correction: voids event 5"
	ok live $M log --json
	json '.[4].voided_by == 6 and .[5].kind == "undo" and .[5].voids == 5'
	status
	json '.motions[0].result == null and .events == 6'
	eq "$(sql "select kind from events order by seq desc limit 1")" undo "latest event"
	eq "$(sql "select e.kind from events u join events e on e.id = u.voids")" vote "voided"
	ok live $M vote 1 --carried
	status
	json '.motions[0].result == "carried" and .motions[0].resolution == "2026-1"'
}

t_live_now_files_follow_the_floor() {
	live_meeting
	ok live $M attend côté,tremblay,haddad --present
	ok live $M start
	ok live $M take 9.1
	ok live $M move "That the budget be adopted" --mover côté --seconder haddad
	grep -qF "Item 9.1: 2027 budget" live/now.txt || fail "now.txt lacks the item"
	grep -qF "Motion 1: That the budget be adopted" live/now.txt || fail "now.txt lacks the motion"
	jq -e '.item.number == "9.1" and .motion.number == 1 and .state == "in-session"' \
		live/now.json >/dev/null || fail "now.json: $(cat live/now.json)"
	ok live $M vote 1 --carried
	ok live $M take 13.1
	ok live $M move "That Council proceed into closed session under s.239(2)(e)." \
		--to-close "239(2)(e)" --mover côté --seconder haddad
	ok live $M vote 2 --carried
	ok live $M closed --clause "239(2)(e)"
	ok live $M move "That staff be directed to settle" --mover côté --seconder haddad --direction
	grep -qF "In closed session" live/now.txt || fail "now.txt: $(cat live/now.txt)"
	! grep -q "settle" live/now.txt live/now.json || fail "closed-session motion leaked"
	jq -e '.motion == null and .state == "closed-session"' live/now.json >/dev/null ||
		fail "now.json: $(cat live/now.json)"
}

t_live_now_files_failing_never_fails_the_clerk() {
	live_meeting
	# a file where the live/ directory should be: the files cannot be written
	rm -rf live
	echo "not a directory" >live
	ok live $M attend côté,tremblay,haddad --present
	ok live $M start
	eq "$(events)" 2 "events"
	eq "$(cat live)" "not a directory" "live"
}

t_live_roberts_counts_no_silent_members_and_no_abstentions() {
	ok config procedure roberts
	live_meeting
	ok live $M attend côté,tremblay,haddad,bouchard --present
	ok live $M start
	ok live $M take 9.1
	ok live $M move "That the budget be adopted" --mover côté --seconder haddad
	ok live $M vote 1 --recorded --yes côté --abstain tremblay
	status
	json '.procedure == "roberts" and .motions[0].result == "carried"'
	json '.motions[0].counts == {"yes": 1, "no": 0, "abstain": 1}'
}

t_live_verbs_work_from_the_meeting_id_too() {
	live_meeting
	local id
	id=$(sql "select id from meetings where slug = '$M'")
	ok live "$id" attend côté,tremblay,haddad --present --at "2026-12-01 19:02"
	ok live "$id" start --at "2026-12-01 19:03"
	status
	json '.called_to_order == "2026-12-01T19:03:00-05:00"'
}

t_live_items_are_named_as_the_agenda_commands_name_them() {
	live_meeting
	ok live $M attend côté,tremblay,haddad --present
	ok live $M start
	# "9." as printed in some agendas, as `agenda edit M 9.` takes it
	ok live $M take "9."
	status
	json '.current_item == "9"'
	ok live $M take " 9.1 "
	status
	json '.current_item == "9.1"'
	local id
	id=$(sql "select id from items where title = 'Zoning, 12 Main Street'")
	ok live $M take "#$id"
	status
	json '.current_item == "9.2"'
	ok live $M declare haddad --item "9.1."
	status
	json '.declarations[0].item == "9.1"'
	refused_unchanged live $M take "9.."
	expect_err_contains "no item 9.. on the agenda"
}

t_live_concurrent_clerks_cannot_both_record_a_vote() {
	live_meeting
	ok live $M attend côté,tremblay,haddad --present
	ok live $M start
	ok live $M take 9.1
	ok live $M move "That the budget be adopted" --mover côté --seconder haddad
	local i
	for i in 1 2 3 4 5 6; do
		("$GAVEL" live $M vote 1 --carried >"$T/vote.$i" 2>&1 && echo ok >>"$T/won") &
	done
	wait
	eq "$(wc -l <"$T/won")" 1 "votes recorded"
	eq "$(sql "select count(*) from events where kind = 'vote'")" 1 "vote events"
	grep -l "motion 1 was already carried" "$T"/vote.* | wc -l | grep -qx 5 ||
		fail "the other five were not refused: $(cat "$T"/vote.*)"
}

# The clerk and staff are recorded present but never counted: the log says
# so, as the minutes do, and a roll call naming both says which is which.
t_live_log_tells_staff_from_members_at_the_roll_call() {
	live_meeting
	ok member add "Sam Lee" --role staff --title Treasurer
	ok live $M attend côté,tremblay,"Jane Doe",haddad --present --at 19:00
	expect_out_contains "Roll call; present: Marie Côté, Geneviève Tremblay, Ahmed Haddad; staff present: Jane Doe"
	ok live $M attend "Sam Lee" --present --at 19:00
	ok live $M log
	expect_out_contains "   1  19:00:00  Roll call; present: Marie Côté, Geneviève Tremblay, Ahmed Haddad; staff present: Jane Doe" \
		"   2  19:00:00  Roll call; staff present: Sam Lee"
	expect_out_lacks "Roll call; present: Sam Lee"
	ok live $M log --json
	json '.[0].text == "Roll call; present: Marie Côté, Geneviève Tremblay, Ahmed Haddad; staff present: Jane Doe"'
	ok minutes $M
	expect_out_contains "**Staff present:** Jane Doe, Clerk; Sam Lee, Treasurer"
}

# The log gives what the minutes give of a motion as moved: the threshold
# it needs when more than a majority (a 2-1 vote lost reads as the rule
# says) and an amendment's new wording, redacted in the public log.
t_live_log_gives_a_motions_threshold_and_an_amendments_new_wording() {
	live_meeting
	ok live $M attend côté,tremblay,haddad --present --at 19:00
	ok live $M start --at 19:01
	ok live $M take 9.1 --at 19:02
	ok live $M move "That the budget be adopted." --mover côté --seconder haddad --at 19:03
	ok live $M move "That 3% be 2%." --amends 1 \
		--replace-text "That the budget be adopted with a 2% increase, [redact]CANARY[/redact]." \
		--mover tremblay --seconder haddad --at 19:04
	expect_out_contains "(amends motion 1): That 3% be 2%. (to read: “That the budget be adopted with a 2% increase, [redact]CANARY[/redact].”)"
	ok live $M vote 2 --lost --at 19:05
	ok live $M vote 1 --carried --at 19:06
	ok live $M move "That the rules be suspended." --threshold two-thirds \
		--mover côté --seconder haddad --at 19:07
	ok live $M vote 3 --recorded --yes côté,haddad --no tremblay --at 19:08
	ok live $M log --confidential
	expect_out_contains "   5  19:04:00  Motion 2 moved by Geneviève Tremblay, seconded by Ahmed Haddad (amends motion 1): That 3% be 2%. (to read: “That the budget be adopted with a 2% increase, [redact]CANARY[/redact].”)" \
		"   8  19:07:00  Motion 3 moved by Marie Côté, seconded by Ahmed Haddad (requires two-thirds of the votes cast): That the rules be suspended."
	ok live $M log
	expect_out_contains "(to read: “That the budget be adopted with a 2% increase, [redacted].”)"
	expect_out_lacks CANARY "Motion 1 moved by Marie Côté, seconded by Ahmed Haddad (requires"
	ok live $M log --json
	json '.[4].text | endswith("(to read: “That the budget be adopted with a 2% increase, [redacted].”)")'
	expect_out_lacks CANARY
}

# A motion disposed of says how once in the status: "referred to the
# Planning Committee by motion 2", not "referred: Referred to ...".
t_live_status_says_once_how_a_motion_was_disposed_of() {
	live_meeting
	ok body add "Planning Committee" --seats 3
	ok live $M attend côté,tremblay,haddad --present --at 19:00
	ok live $M start --at 19:01
	ok live $M take 9.2 --at 19:02
	ok live $M move "That the zoning be amended." --mover côté --seconder haddad --at 19:03
	ok live $M move "That the motion be referred." --refer 1 --to "Planning Committee" \
		--mover tremblay --seconder haddad --at 19:04
	ok live $M vote 2 --carried --at 19:05
	ok live $M move "That the sign be moved." --mover côté --seconder haddad --at 19:06
	ok live $M move "That the motion be tabled." --table 3 --mover tremblay --seconder haddad --at 19:07
	ok live $M vote 4 --carried --at 19:08
	ok live $M status
	expect_out_contains "majority; referred to the Planning Committee by motion 2" \
		"majority; tabled by motion 4"
	expect_out_lacks "referred: Referred" "tabled: Tabled"
}

# Withdrawing a motion withdraws its pending amendments: the log and the
# clerk's confirmation say which, as the minutes give each one withdrawn.
t_live_a_withdrawal_names_the_pending_amendments_it_takes_with_it() {
	live_meeting
	ok live $M attend côté,tremblay,haddad --present --at 19:00
	ok live $M start --at 19:01
	ok live $M take 9.1 --at 19:02
	ok live $M move "That the budget be adopted." --mover côté --seconder haddad --at 19:03
	ok live $M move "That 3% be 2%." --amends 1 --mover tremblay --seconder haddad --at 19:04
	ok live $M move "That 2% be 1%." --amends 2 --mover haddad --seconder côté --at 19:05
	ok live $M withdraw 1 --at 19:06
	expect_out_contains "Motion 1 withdrawn, with its pending amendments 2 and 3"
	ok live $M move "That the budget be received." --mover côté --seconder haddad --at 19:07
	ok live $M move "That it be filed." --amends 4 --mover tremblay --seconder haddad --at 19:08
	ok live $M vote 5 --lost --at 19:09
	ok live $M withdraw 4 --at 19:10
	expect_out_contains "Motion 4 withdrawn"
	expect_out_lacks "amendment"
	ok live $M log
	expect_out_contains "   7  19:06:00  Motion 1 withdrawn, with its pending amendments 2 and 3" \
		"  11  19:10:00  Motion 4 withdrawn"
	ok minutes $M
	eq "$(grep -c 'Withdrawn' "$T/out")" 4 "motions withdrawn in the minutes"
}

# A show of hands counting more hands than may vote is refused; when some
# of the members in the room declared an interest, the refusal names them,
# since the clerk counts them present.
t_live_too_many_hands_names_the_members_with_an_interest() {
	live_meeting
	ok live $M attend côté,tremblay,haddad,bouchard --present --at 19:00
	ok live $M start --at 19:01
	ok live $M declare bouchard --item 9.1 --reason "owns a shop" --at 19:01
	ok live $M take 9.1 --at 19:02
	ok live $M move "That the budget be adopted." --mover côté --seconder haddad --at 19:03
	refused_unchanged live $M vote 1 --carried --for 4 --against 0 --at 19:04
	expect_err_contains "4 for and 0 against, but only 3 of the 4 members present can vote (Élise Bouchard declared an interest)"
	ok live $M vote 1 --carried --for 3 --against 0 --at 19:04
	ok live $M take 9.2 --at 19:05
	ok live $M move "That the zoning be amended." --mover côté --seconder haddad --at 19:06
	refused_unchanged live $M vote 2 --carried --for 5 --against 0 --at 19:07
	expect_err_contains "5 for and 0 against, but only 4 members present can vote"
	! grep -q declared "$T/err" || fail "the refusal names a declaration"
}

# Staff who come in late are recorded present, as at a roll call: arrive
# says so instead of only that they do not vote.
t_live_staff_arriving_late_are_told_how_to_be_recorded() {
	live_meeting
	ok member add "Sam Lee" --role staff --title Treasurer
	ok live $M attend côté,tremblay,haddad --present --at 19:00
	ok live $M start --at 19:01
	refused_unchanged live $M arrive "Sam Lee" --at 19:30
	expect_err_contains "Sam Lee is staff, not a voting member: record staff who come in late as present (gavel live $M attend \"Sam Lee\" --present --at T)"
	ok live $M attend "Sam Lee" --present --at 19:30
	expect_out_contains "Roll call; staff present: Sam Lee"
	refused_unchanged live $M arrive Nobody --at 19:31
	expect_err_contains "no member named 'Nobody'"
}
