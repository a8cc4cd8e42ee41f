# The rules of a meeting's record that docs/procedure.md gives under "Time
# order", "Calling the meeting to order", "Who may take part", "Closed
# session", "Motions and seconders", "Resolution numbers" and "Adjournment",
# and the approval of minutes (docs/minutes.md): each refusal exits 1 with
# one 'gavel: ' line that says what to do, and changes nothing; what they
# allow works.
# Council has four voting members (quorum 3): Côté (mayor), Tremblay (deputy
# mayor), Haddad, Bouchard; Jane Doe is the clerk.

M=2026-12-01-council

# A Council meeting on Tuesday, December 1, 2026 at 19:00, the clock at
# 19:00 that evening.
order_meeting() {
	export GAVEL_NOW=2026-12-01T19:00:00-05:00
	new_meeting --template blank
	ok agenda add $M "Budget"
	ok agenda add $M "Roads"
	ok agenda add $M "Land" --closed "239(2)(c)"
}

# Called to order at 19:02 with Côté, Tremblay and Haddad present.
in_session() {
	order_meeting
	ok live $M attend côté,tremblay,haddad --present --at 19:00
	ok live $M start --at 19:02
}

status() {
	ok live $M status --json
}

# ---- time order -----------------------------------------------------------

t_an_event_before_the_latest_is_refused_naming_the_latest_time() {
	in_session
	ok live $M take 1 --at 19:10
	refused_unchanged live $M take 2 --at 19:05
	expect_err_contains "7:05 p.m. is before the latest event of $M (take at 7:10 p.m.)" \
		"the log is in time order"
	# the clock (19:00) is just as much a time
	refused_unchanged live $M take 2
	expect_err_contains "7:00 p.m. is before the latest event of $M (take at 7:10 p.m.)"
	# another day says its date
	refused_unchanged live $M take 2 --at "2026-11-30 20:00"
	expect_err_contains "Monday, November 30, 2026, 8:00 p.m. is before the latest event"
	# the same minute is not earlier
	ok live $M take 2 --at 19:10
	status
	json '.current_item == "2"'
}

t_a_voided_event_and_the_correction_do_not_hold_the_time_back() {
	in_session
	ok live $M take 1 --at 19:30
	# a correction is made whenever the clerk notices (the clock is 19:00)
	ok live $M undo
	# the voided take no longer sets the latest time
	ok live $M take 2 --at 19:20
	refused_unchanged live $M take 1 --at 19:10
	expect_err_contains "(take at 7:20 p.m.)"
}

t_the_stream_may_begin_before_events_already_recorded() {
	order_meeting
	# before the call to order
	ok live $M stream --at 18:45
	ok live $M attend côté,tremblay,haddad --present --at 18:50
	ok live $M start --at 19:00
	ok live $M take 1 --at 19:10
	# the stream's start, noted late, names an earlier time
	ok live $M stream --at 18:55
	status
	json '.stream_started == "2026-12-01T18:55:00-05:00" and .state == "in-session"'
	# and it does not hold back the events after it
	ok live $M stream --at 19:30
	ok live $M take 2 --at 19:15
}

t_a_meeting_entered_after_the_fact_keeps_its_times_and_log_dates_another_day() {
	order_meeting
	# two days later, from paper notes
	export GAVEL_NOW=2026-12-03T10:00:00-05:00
	ok live $M attend côté,tremblay,haddad --present --at 19:00
	ok live $M start --at 19:02
	ok live $M take 1 --at 19:05
	ok live $M move "That the budget be adopted." --mover haddad --seconder côté --at 19:10
	ok live $M vote 1 --carried --at 19:12
	ok live $M take 2 --at 23:50
	ok live $M adjourn --at "2026-12-02 00:15" 2>/dev/null
	status
	json '.called_to_order == "2026-12-01T19:02:00-05:00" and .adjourned == "2026-12-02T00:15:00-05:00"'
	json '.motions[0].decided_at == "2026-12-01T19:12:00-05:00"'
	ok live $M log
	# the meeting's own day shows the time only; the next day its date too
	expect_out_contains "   2  19:02:00  Called to order at 7:02 p.m.; Marie Côté presiding" \
		"   6  23:50:00  Item 2: Roads" "   7  2026-12-02 00:15:00  Adjourned at 12:15 a.m."
	expect_out_lacks "2026-12-01"
}

# ---- the call to order ----------------------------------------------------

t_start_is_refused_on_another_day_than_the_meetings() {
	order_meeting
	ok live $M attend côté,tremblay,haddad --present --at 19:00
	refused_unchanged live $M start --at "2026-12-02 19:00"
	expect_err_contains "meeting $M is scheduled for Tuesday, December 1, 2026" \
		"cannot be called to order on Wednesday, December 2, 2026, 7:00 p.m." \
		"gavel meeting edit $M --at"
	# so is today's clock, two days later
	export GAVEL_NOW=2026-12-03T15:00:00Z
	refused_unchanged live $M start
	expect_err_contains "scheduled for Tuesday, December 1, 2026" "Thursday, December 3, 2026, 10:00 a.m."
	# the day is the meeting's local day: 23:30 in Toronto is already
	# December 2 in UTC, and still the meeting's day
	ok live $M start --at "2026-12-01 23:30"
	status
	json '.called_to_order == "2026-12-01T23:30:00-05:00"'
}

t_start_is_refused_without_quorum_with_the_counts() {
	order_meeting
	refused_unchanged live $M start --at 19:00
	expect_err_contains "no quorum: 0 of 4 present, 3 needed" \
		"gavel live $M attend NAMES --present" "gavel live $M adjourn --no-quorum"
	ok live $M attend côté,tremblay --present --at 19:00
	ok live $M attend haddad,bouchard --regrets --at 19:00
	refused_unchanged live $M start --at 19:01
	expect_err_contains "no quorum: 2 of 4 present, 3 needed"
	ok live $M attend haddad --present --at 19:01
	ok live $M start --at 19:02
}

t_members_present_electronically_count_for_quorum_unless_the_setting_says_no() {
	order_meeting
	ok live $M attend côté,tremblay --present --at 19:00
	ok live $M attend haddad --remote --at 19:00
	expect_out_contains "Roll call; present electronically: Ahmed Haddad"
	status
	json '.attendance[] | select(.member == "Ahmed Haddad") | .status == "present" and .remote'
	json '.attendance[] | select(.member == "Marie Côté") | .remote == false'
	json '.quorum == {"present": 3, "needed": 3, "met": true}'
	ok config procedure.remote-quorum no
	status
	json '.quorum == {"present": 2, "needed": 3, "met": false}'
	refused_unchanged live $M start --at 19:02
	expect_err_contains "no quorum: 2 of 4 present, 3 needed"
	ok config procedure.remote-quorum yes
	ok live $M start --at 19:02
	# a late arrival by video
	ok live $M arrive bouchard --remote --at 19:20
	expect_out_contains "Élise Bouchard arrived at 7:20 p.m. (electronically)"
	status
	json '.attendance[] | select(.member == "Élise Bouchard") | .status == "present" and .remote'
	json '.quorum.present == 4'
	ok live $M status
	expect_out_contains "Ahmed Haddad (electronically)" "Élise Bouchard (arrived 7:20 p.m.) (electronically)"
	# --remote is a way of being present: not with another mark
	run live $M attend bouchard --remote --present
	expect_usage_error "live attend"
	run config procedure.remote-quorum perhaps
	expect_status 1
}

t_staff_are_recorded_present_never_counted_never_voters() {
	order_meeting
	ok live $M attend "Jane Doe" --present --at 19:00
	status
	json '.staff_present == ["Jane Doe"] and .quorum.present == 0'
	json '[.attendance[].member] | index("Jane Doe") == null'
	local mark
	for mark in --absent --regrets --remote; do
		refused_unchanged live $M attend "Jane Doe" $mark --at 19:00
		expect_err_contains "Jane Doe is staff: the minutes record staff only as present"
	done
	# staff never make quorum
	ok live $M attend côté,tremblay --present --at 19:00
	refused_unchanged live $M start --at 19:01
	expect_err_contains "no quorum: 2 of 4 present, 3 needed"
	ok live $M attend haddad --present --at 19:01
	ok live $M start --at 19:02
	ok live $M take 1 --at 19:03
	refused_unchanged live $M move "That the budget be adopted." --mover "Jane Doe" --at 19:04
	expect_err_contains "Jane Doe is not a voting member of Council"
	ok live $M status
	expect_out_contains "staff    Jane Doe"
}

t_the_mayor_presides_else_the_deputy_else_chair_names_who() {
	ok member add "Paul Roy" --role councillor # five seats: quorum 3
	order_meeting
	ok live $M attend côté,tremblay,haddad --present --at 19:00
	ok live $M start --at 19:02
	expect_out_contains "Called to order at 7:02 p.m.; Marie Côté presiding"
	status
	json '.presiding == "Marie Côté"'
	# the deputy mayor when the mayor is away
	ok meeting new --title "Special Meeting" --at "2026-12-01 20:00"
	local s
	s=$(last_line)
	ok live $s attend tremblay,haddad,bouchard --present --at 20:00
	ok live $s start --at 20:01
	ok live $s status --json
	json '.presiding == "Geneviève Tremblay"'
	# neither: --chair names who presides, and must be present
	ok meeting new --title "Special Meeting" --at "2026-12-01 21:00"
	s=$(last_line)
	ok live $s attend haddad,bouchard,roy --present --at 21:00
	refused_unchanged live $s start --at 21:01
	expect_err_contains "neither the mayor nor the deputy mayor is present" "--chair NAME"
	refused_unchanged live $s start --chair côté --at 21:01
	expect_err_contains "Marie Côté is not present and cannot preside"
	refused_unchanged live $s start --chair "Jane Doe" --at 21:01
	expect_err_contains "Jane Doe is not a voting member of Council"
	ok live $s start --chair roy --at 21:01
	expect_out_contains "Called to order at 9:01 p.m.; Paul Roy presiding"
	ok live $s status --json
	json '.presiding == "Paul Roy"'
	# a change of chair
	ok live $s chair bouchard --at 21:30
	expect_out_contains "Élise Bouchard presiding from 9:30 p.m."
	ok live $s status --json
	json '.presiding == "Élise Bouchard"'
	refused_unchanged live $s chair tremblay --at 21:31
	expect_err_contains "Geneviève Tremblay is not present and cannot preside"
	refused_unchanged live $s chair bouchard --at 21:20
	expect_err_contains "is before the latest event"
	# the minutes: who presided, the change, and who signs (the one who
	# presided at the call to order, not the absent mayor)
	ok live $s adjourn --at 21:40
	ok minutes $s
	expect_out_contains "The meeting was called to order at 9:01 p.m., Councillor Roy presiding." \
		"Councillor Bouchard took the chair at 9:30 p.m."
	[ "$(grep '^Signed:' "$T/out" | sed 's/^Signed: _*  //')" = "Councillor Paul Roy
Jane Doe, Clerk" ] || fail "the minutes are not signed by the chair and the clerk: $(grep '^Signed:' "$T/out")"
}

# ---- closed session ---------------------------------------------------------

t_closed_session_needs_a_carried_resolution_to_close_under_its_clause() {
	in_session
	ok live $M take 3 --at 19:10
	refused_unchanged live $M closed --clause "239(2)(c)" --at 19:11
	expect_err_contains "going into closed session needs a resolution to close under s.239(2)(c)" \
		"Municipal Act s.239(4)" "--to-close 239(2)(c) --mover NAME --seconder NAME"
	# a resolution to close is procedural, and a motion of its own
	run live $M move "That Council proceed into closed session." --to-close "239(2)(c)" \
		--procedural --mover côté --seconder tremblay --at 19:11
	expect_usage_error "live move"
	refused_unchanged live $M move "That Council proceed into closed session." \
		--to-close "239(9)(z)" --mover côté --seconder tremblay --at 19:11
	ok live $M move "That Council proceed into closed session under s.239(2)(c) to consider a land matter." \
		--to-close "s. 239(2)(c)" --mover côté --seconder tremblay --at 19:11
	expect_out_contains "Motion 1 moved by Marie Côté, seconded by Geneviève Tremblay (to close the meeting under s.239(2)(c))"
	# pending: not yet
	refused_unchanged live $M closed --clause "239(2)(c)" --at 19:12
	ok live $M vote 1 --lost --at 19:12
	refused_unchanged live $M closed --clause "239(2)(c)" --at 19:13
	ok live $M move "That Council proceed into closed session under s.239(2)(c) to consider a land matter." \
		--to-close "239(2)(c)" --mover côté --seconder haddad --at 19:14
	ok live $M vote 2 --carried --at 19:15
	status
	json '.motions[1] | .kind == "procedural" and .result == "carried" and .resolution == "2026-1"'
	# another clause than the resolution's
	refused_unchanged live $M closed --clause "239(2)(e)" --at 19:16
	expect_err_contains "resolution to close under s.239(2)(e)"
	ok live $M closed --clause "239(2)(c)" --at 19:16
	# in closed session, no resolution to close
	refused_unchanged live $M move "That Council close again." --to-close "239(2)(c)" \
		--mover côté --seconder haddad --at 19:17
	expect_err_contains "already in closed session"
}

# In session, item 3 taken up and motion 1, a resolution to close under
# s.239(2)(c), carried at 19:12.
resolved_to_close() {
	in_session
	ok live $M take 3 --at 19:10
	ok live $M move "That Council proceed into closed session under s.239(2)(c)." \
		--to-close "239(2)(c)" --mover côté --seconder tremblay --at 19:11
	ok live $M vote 1 --carried --at 19:12
}

t_a_motion_decided_after_the_resolution_to_close_comes_between() {
	resolved_to_close
	ok live $M move "That the order of business be varied." --procedural --mover côté \
		--seconder tremblay --at 19:13
	ok live $M vote 2 --carried --at 19:14
	refused_unchanged live $M closed --clause "239(2)(c)" --at 19:15
	expect_err_contains "carried just before"
}

t_each_closed_session_needs_its_own_resolution_to_close() {
	resolved_to_close
	ok live $M closed --clause "239(2)(c)" --at 19:13
	ok live $M rise --at 19:20
	refused_unchanged live $M closed --clause "239(2)(c)" --at 19:21
	expect_err_contains "needs a resolution to close under s.239(2)(c)"
	ok live $M move "That Council proceed into closed session again under s.239(2)(c)." \
		--to-close "239(2)(c)" --mover côté --seconder tremblay --at 19:22
	ok live $M vote 2 --carried --at 19:23
	ok live $M closed --clause "239(2)(c)" --at 19:24
}

t_a_motion_moved_in_open_session_is_not_amended_in_closed_session() {
	in_session
	ok live $M take 3 --at 19:10
	ok live $M move "That staff report on the land." --direction --mover côté --seconder tremblay --at 19:11
	# a resolution to close may be moved while a main motion is pending
	ok live $M move "That Council proceed into closed session under s.239(2)(c)." \
		--to-close "239(2)(c)" --mover côté --seconder tremblay --at 19:12
	ok live $M vote 2 --carried --at 19:13
	ok live $M closed --clause "239(2)(c)" --at 19:14
	refused_unchanged live $M move "That the report be oral." --amends 1 --mover haddad \
		--seconder côté --at 19:15
	expect_err_contains "motion 1 was moved in open session: it cannot be amended in closed session (rise first)"
	ok live $M rise --at 19:20
	ok live $M move "That the report be oral." --amends 1 --mover haddad --seconder côté --at 19:21
}

# ---- motions ------------------------------------------------------------------

t_a_second_main_motion_waits_for_the_first_on_its_item() {
	in_session
	ok live $M take 1 --at 19:10
	ok live $M move "That the budget be adopted." --mover haddad --seconder côté --at 19:11
	refused_unchanged live $M move "That the budget be referred." --mover tremblay \
		--seconder côté --at 19:12
	expect_err_contains "motion 1 is still before the meeting on item 1: decide or withdraw it before another main motion"
	refused_unchanged live $M move "That staff report." --direction --mover tremblay \
		--seconder côté --at 19:12
	# amendments and procedural motions are not main motions
	ok live $M move "That the levy be 2%." --amends 1 --mover tremblay --seconder côté --at 19:12
	ok live $M move "That the question be now put." --procedural --mover tremblay \
		--seconder côté --at 19:13
	# another item has its own
	ok live $M take 2 --at 19:14
	ok live $M move "That the roads be paved." --mover haddad --seconder côté --at 19:15
	# once decided or withdrawn, the next may come
	ok live $M take 1 --at 19:16
	ok live $M withdraw 1 --at 19:17
	ok live $M move "That the budget be referred." --mover tremblay --seconder côté --at 19:18
	expect_last_line 5
}

t_resolution_numbers_go_to_carried_main_motions_only() {
	in_session
	ok live $M take 1 --at 19:10
	ok live $M move "That the budget be adopted." --mover haddad --seconder côté --at 19:11
	ok live $M move "That the levy be 2%." --amends 1 --mover tremblay --seconder côté \
		--replace-text "That the budget be adopted with a 2% levy." --at 19:12
	ok live $M vote 2 --carried --at 19:13
	expect_out_contains "Motion 2 carried"
	expect_out_lacks "resolution"
	ok live $M vote 1 --carried --at 19:14
	expect_out_contains "resolution 2026-1"
	ok live $M take 2 --at 19:15
	ok live $M move "That the roads be paved." --mover haddad --seconder côté --at 19:16
	ok live $M vote 3 --lost --at 19:17
	ok live $M move "That the roads be patched." --mover haddad --seconder côté --at 19:18
	ok live $M vote 4 --carried --at 19:19
	status
	json '[.motions[] | .resolution] == ["2026-1", null, null, "2026-2"]'
}

# ---- adjournment ----------------------------------------------------------------

t_adjourn_with_a_motion_pending_is_refused_unless_forced() {
	in_session
	ok live $M take 1 --at 19:10
	ok live $M move "That the budget be adopted." --mover haddad --seconder côté --at 19:11
	ok live $M move "That the levy be 2%." --amends 1 --mover tremblay --seconder côté --at 19:12
	refused_unchanged live $M adjourn --at 19:30
	expect_err_contains "motion 1 is still pending: vote on it or withdraw it first" \
		"add --force to do it anyway"
	ok live $M vote 2 --lost --at 19:20
	refused_unchanged live $M adjourn --at 19:30
	expect_err_contains "motion 1 is still pending"
	ok live $M adjourn --force --at 19:30
	status
	json '.state == "adjourned" and .not_held == false and .motions[0].result == null'
	run live $M adjourn --force --no-quorum
	expect_usage_error "live adjourn"
}

t_adjourn_names_the_items_not_dealt_with_on_stderr() {
	order_meeting
	ok agenda add $M "Sidewalks" --under 2
	ok agenda add $M "Lights" --under 2
	ok live $M attend côté,tremblay,haddad --present --at 19:00
	ok live $M start --at 19:02
	ok live $M take 1 --at 19:05
	ok live $M take 2.1 --at 19:10
	ok live $M adjourn --at 19:30
	expect_out_contains "Adjourned at 7:30 p.m."
	# items with sub-items are named by those; item 3 (closed) too
	eq "$ERR" "gavel: not dealt with (the minutes say so): 2.2 Lights; 3 Land" "stderr"
}

t_adjourn_says_nothing_more_when_every_item_was_dealt_with() {
	new_meeting --template blank
	ok agenda add $M "Budget"
	export GAVEL_NOW=2026-12-01T19:00:00-05:00
	ok live $M attend côté,tremblay,haddad --present
	ok live $M start
	ok live $M take 1
	ok live $M adjourn
	eq "$ERR" "" "stderr"
	# one item left
	ok meeting new --title "Special Meeting" --at "2026-12-01 20:00" --template blank
	local s
	s=$(last_line)
	ok agenda add $s "Budget"
	ok agenda add $s "Roads"
	ok live $s attend côté,tremblay,haddad --present --at 20:00
	ok live $s start --at 20:00
	ok live $s take 1 --at 20:05
	ok live $s adjourn --at 20:10
	eq "$ERR" "gavel: not dealt with (the minutes say so): 2 Roads" "stderr"
}

t_adjourn_no_quorum_records_a_meeting_not_held() {
	order_meeting
	ok live $M attend côté --present --at 19:00
	ok live $M attend tremblay,haddad,bouchard --regrets --at 19:00
	ok live $M adjourn --no-quorum --at 19:15
	expect_out_contains "Not held for want of quorum: adjourned at 7:15 p.m."
	# nothing was dealt with, and nothing was expected to be
	expect_err_lacks_notice
	status
	json '.state == "adjourned" and .not_held == true and .called_to_order == null'
	json '.adjourned == "2026-12-01T19:15:00-05:00"'
	json '.attendance[] | select(.member == "Marie Côté") | .status == "present"'
	ok live $M status
	expect_out_contains "(not held: no quorum)"
	refused_unchanged live $M start --at 19:20
	expect_err_contains "adjourned"
}

# stderr holds no "not dealt with" notice.
expect_err_lacks_notice() {
	! grep -q "not dealt with" "$T/err" || { show_run >&2; fail "stderr names items not dealt with"; }
}

t_adjourn_no_quorum_is_refused_with_quorum_or_once_called_to_order() {
	order_meeting
	ok live $M attend côté,tremblay,haddad --present --at 19:00
	refused_unchanged live $M adjourn --no-quorum --at 19:01
	expect_err_contains "there is quorum (3 of 4 present): call the meeting to order instead"
	ok live $M start --at 19:02
	ok live $M leave haddad --at 19:10
	refused_unchanged live $M adjourn --no-quorum --at 19:11
	expect_err_contains "the meeting was called to order: it was held"
}

# ---- approval of the minutes -------------------------------------------------------

# hold SLUG DATE: call meeting SLUG to order at 19:00 on DATE with three present.
hold() {
	export GAVEL_NOW="$2T19:00:00-05:00"
	ok live "$1" attend côté,tremblay,haddad --present
	ok live "$1" start
}

t_minutes_are_approved_only_by_a_carried_main_motion_of_a_later_meeting_held() {
	# an earlier meeting, held
	ok meeting new --title "Regular Meeting" --at "2026-11-24 19:00" --template blank
	local early=2026-11-24-council
	ok agenda add $early "Budget"
	hold $early 2026-11-24
	ok live $early take 1
	ok live $early move "That the minutes of December 1 be adopted." --mover haddad --seconder côté
	ok live $early vote 1 --carried
	ok live $early adjourn 2>/dev/null
	# the meeting whose minutes are approved
	new_meeting --template blank
	ok agenda add $M "Budget"
	hold $M 2026-12-01
	ok live $M take 1
	ok live $M move "That the budget be adopted." --mover haddad --seconder côté
	ok live $M vote 1 --carried
	ok live $M adjourn
	# the approving meeting: a main motion carried (1) with an amendment
	# carried (2), and a main motion lost (3)
	ok meeting new --title "Regular Meeting" --at "2027-01-12 19:00" --template blank
	local later=2027-01-12-council
	ok agenda add $later "Adoption of Minutes"
	ok agenda add $later "Correspondence"
	hold $later 2027-01-12
	ok live $later take 1
	ok live $later move "That the minutes of December 1 be adopted." --mover haddad --seconder côté
	ok live $later move "That they be adopted as corrected." --amends 1 --mover tremblay --seconder côté
	ok live $later vote 2 --carried
	ok live $later vote 1 --carried
	ok live $later take 2
	ok live $later move "That the correspondence be received." --mover haddad --seconder côté
	ok live $later vote 3 --lost
	# a later meeting not called to order
	ok meeting new --title "Regular Meeting" --at "2027-02-09 19:00" --template blank
	local unheld=2027-02-09-council

	refused_unchanged minutes $M approve --at-meeting $early --motion 1
	expect_err_contains "$early was not held after them: minutes are approved at a meeting held after theirs"
	refused_unchanged minutes $M approve --at-meeting $M --motion 1
	expect_err_contains "minutes are approved at a later meeting, not at $M itself"
	refused_unchanged minutes $M approve --at-meeting $unheld --motion 1
	expect_err_contains "$unheld has not been called to order"
	refused_unchanged minutes $M approve --at-meeting $later --motion 2
	expect_err_contains "motion 2 of $later is an amendment: the minutes are approved by the motion that carried"
	refused_unchanged minutes $M approve --at-meeting $later --motion 3
	expect_err_contains "motion 3 of $later did not carry (lost)"
	eq "$(git -C record tag)" "" "tags after the refusals"
	ok minutes $M approve --at-meeting $later --motion 1
	eq "$(git -C record tag)" "approved/$M" "tags"
}
