# The motions that dispose of business without deciding it, and the other
# procedure of docs/procedure.md, "Dispositions" and after: a whole
# scripted meeting through the CLI with `status --json` checked at each
# step and its minutes as goldens (tests/golden/procedure/), and each
# refusal: exit 1, one 'gavel: ' line naming the rule, nothing changed.
# Council has four voting members (quorum 3): Côté (mayor), Tremblay
# (deputy mayor), Haddad, Bouchard; Jane Doe is the clerk.

M=2026-12-01-council
M2=2027-01-12-council

# A Council meeting on December 1, 2026 with a Planning Committee, a next
# meeting on January 12, 2027 and one of the committee; called to order at
# 19:02 with Côté, Tremblay and Haddad present, item 2 (Sidewalks) taken up.
proc_meeting() {
	export GAVEL_NOW=2026-12-01T19:00:00-05:00
	ok body add "Planning Committee"
	ok meeting new --title "Regular Meeting" --at "2026-12-01 19:00" --template blank --location "Council Chambers"
	ok agenda add $M "Budget"
	ok agenda add $M "Sidewalks"
	ok agenda add $M "Parking"
	ok agenda add $M "Adjournment"
	ok meeting new --title "Regular Meeting" --at "2027-01-12 19:00"
	ok meeting new --title "Planning" --at "2027-01-05 19:00" --body "Planning Committee"
	ok live $M attend côté,tremblay,haddad --present --at 19:00
	ok live $M attend bouchard --regrets --at 19:00
	ok live $M start --at 19:02
	ok live $M take 2 --at 19:05
}

status() {
	ok live $M status --json
}

# proc_meeting, then motion 1 on Sidewalks and motion 2 to defer it to $M2,
# not yet voted.
deferral_moved() {
	proc_meeting
	ok live $M move "That sidewalks be plowed by 7 a.m." --mover Tremblay --seconder Haddad --at 19:06
	ok live $M move "That the matter be deferred" --defer 1 --until $M2 --mover Côté --seconder Tremblay --at 19:07
}

# motion K's result and note in status --json
motion_is() {
	status
	if [ "$2" = null ]; then
		json --argjson k "$1" '.motions[$k - 1].result == null'
		return
	fi
	json --argjson k "$1" --arg r "$2" '.motions[$k - 1].result == $r' || return 1
	if [ -n "${3:-}" ]; then
		json --argjson k "$1" --arg n "$3" '.motions[$k - 1].note == $n'
	fi
}

t_a_carried_referral_takes_the_motion_and_its_amendments_off_the_floor() {
	proc_meeting
	ok live $M move "That sidewalks be plowed by 7 a.m." --mover Tremblay --seconder Haddad --at 19:06
	ok live $M move "By 8 a.m." --amends 1 --mover Haddad --seconder Tremblay --at 19:07
	ok live $M move "That the matter be referred to the Planning Committee" --refer 1 \
		--to "Planning Committee" --mover Côté --seconder Tremblay --at 19:08
	expect_last_line 3
	status
	json '.motions[2].disposition == "refer" and .motions[2].disposes == 1 and
	      .motions[2].target == "the Planning Committee" and .motions[2].kind == "procedural"'
	json '.motions[0].result == null and .motions[2].result == null'
	# the main motion waits for its disposition
	refused_unchanged live $M vote 1 --carried --at 19:09
	expect_err_contains "motion 3 (to refer motion 1) is pending"
	# ...and so does its amendment
	refused_unchanged live $M vote 2 --carried --at 19:09
	expect_err_contains "motion 3 (to refer motion 1) is pending"
	ok live $M vote 3 --carried --at 19:10
	motion_is 1 referred "Referred to the Planning Committee"
	motion_is 2 referred "Referred to the Planning Committee"
	json '.motions[0].disposed_by == 3 and .motions[2].result == "carried" and
	      .motions[2].resolution == "2026-1" and .motions[0].resolution == null'
	# off the floor: a new main motion may be moved on the item
	ok live $M move "That staff report on winter maintenance" --mover Haddad --seconder Côté --at 19:11
}

t_a_deferral_to_a_later_meeting_puts_the_item_on_its_agenda() {
	deferral_moved
	status
	json --arg m "$M2" '.motions[1].target == $m'
	ok agenda show $M2 --json
	json '[.items[] | select(.deferred_from)] | length == 0'
	ok live $M vote 2 --carried --at 19:08
	motion_is 1 deferred "Deferred to the meeting of January 12, 2027"
	ok agenda show $M2 --json
	json --arg m "$M" '[.items[] | select(.deferred_from.meeting == $m and .deferred_from.item == "2"
	                   and .title == "Sidewalks")] | length == 1'
	ok agenda show $M2
	expect_out_contains "Sidewalks (deferred from the Regular Meeting of Council of December 1, 2026, item 2)"
	ok agenda publish $M2
	ok publish --out "$SCRATCH/site" $M2
	grep -q "Deferred from <a href=\"../$M/minutes.html#item-2\">the Regular Meeting of Council of December 1, 2026, item 2</a>" \
		"$SCRATCH/site/meetings/$M2/agenda.html" || fail "the agenda page does not link to $M"
	# undone, the vote takes the item off M2's agenda again
	ok live $M undo
	ok agenda show $M2 --json
	json '[.items[] | select(.deferred_from)] | length == 0'
	motion_is 1 null
}

t_a_deferral_to_a_date_waits_for_the_first_meeting_on_or_after_it() {
	proc_meeting
	ok live $M move "That sidewalks be plowed by 7 a.m." --mover Tremblay --seconder Haddad --at 19:06
	ok live $M move "That the matter be deferred to February" --defer 1 --until 2027-02-01 \
		--mover Côté --seconder Tremblay --at 19:07
	ok live $M vote 2 --carried --at 19:08
	motion_is 1 deferred "Deferred to the first meeting on or after February 1, 2027"
	ok meeting show $M2
	expect_out_contains "Deferred business waiting for a meeting"
	expect_out_contains "2 Sidewalks (from the Regular Meeting of Council of December 1, 2026), on or after 2027-02-01"
	# a meeting of another body, or before the date, does not take it
	ok meeting new --title "Planning" --at "2027-02-02 19:00" --body "Planning Committee"
	ok agenda show 2027-02-02-planning-committee --json
	json '[.items[] | select(.deferred_from)] | length == 0'
	ok meeting new --title "Regular Meeting" --at "2027-02-09 19:00"
	ok agenda show 2027-02-09-council --json
	json --arg m "$M" '[.items[] | select(.deferred_from.meeting == $m)] | length == 1'
	ok meeting show $M2
	expect_out_lacks "Deferred business waiting"
}

t_tabling_and_the_minutes_of_each_disposition_match_the_goldens() {
	proc_meeting
	ok live $M move "That sidewalks be plowed by 7 a.m." --mover Tremblay --seconder Haddad --at 19:06
	ok live $M move "That the matter be referred to the Planning Committee" --refer 1 \
		--to "Planning Committee" --mover Côté --seconder Tremblay --at 19:08
	ok live $M vote 2 --carried --at 19:10
	ok live $M take 1 --at 19:12
	ok live $M move "That the budget be adopted" --mover Haddad --seconder Côté --at 19:13
	ok live $M move "That the budget be deferred" --defer 3 --until $M2 --mover Côté --seconder Haddad --at 19:14
	ok live $M vote 4 --carried --at 19:15
	motion_is 3 deferred "Deferred to the meeting of January 12, 2027"
	ok live $M take 3 --at 19:20
	ok live $M move "That parking be free on Sundays" --mover Tremblay --seconder Haddad --at 19:21
	ok live $M move "That the motion be tabled" --table 5 --mover Haddad --seconder Côté --at 19:22
	ok live $M vote 6 --carried --for 3 --against 0 --at 19:23
	motion_is 5 tabled "Tabled"
	ok live $M adjourn --at 19:30
	ok minutes $M
	expect_golden procedure/dispositions-confidential.md "$T/out"
	ok minutes $M --public
	expect_golden procedure/dispositions-public.md "$T/out"
	ok agenda show $M2
	expect_golden procedure/deferred-agenda.txt "$T/out"
}

t_dispositions_refused_name_the_rule_and_change_nothing() {
	proc_meeting
	ok live $M move "That sidewalks be plowed by 7 a.m." --mover Tremblay --seconder Haddad --at 19:06
	ok live $M move "By 8 a.m." --amends 1 --mover Haddad --seconder Tremblay --at 19:07
	refused_unchanged live $M move "Refer it" --refer 9 --mover Côté --seconder Tremblay --at 19:08
	expect_err_contains "there is no motion 9"
	refused_unchanged live $M move "Refer it" --refer 2 --mover Côté --seconder Tremblay --at 19:08
	expect_err_contains "motion 2 is an amendment"
	refused_unchanged live $M move "Defer it" --defer 1 --until 2027-01-05-planning-committee \
		--mover Côté --seconder Tremblay --at 19:08
	expect_err_contains "is not a meeting of Council"
	refused_unchanged live $M move "Defer it" --defer 1 --until 2026-11-30 \
		--mover Côté --seconder Tremblay --at 19:08
	expect_err_contains "is not after the meeting"
	refused_unchanged live $M move "Defer it" --defer 1 --until nowhere \
		--mover Côté --seconder Tremblay --at 19:08
	expect_err_contains "neither a meeting nor a date"
	ok live $M move "Table it" --table 1 --mover Côté --seconder Tremblay --at 19:08
	refused_unchanged live $M move "Refer it" --refer 1 --mover Côté --seconder Tremblay --at 19:09
	expect_err_contains "motion 3 (to table motion 1) is already before the meeting"
	ok live $M vote 3 --carried --at 19:10
	refused_unchanged live $M move "Refer it" --refer 1 --mover Côté --seconder Tremblay --at 19:11
	expect_err_contains "motion 1 is not pending (it was tabled)"
	refused_unchanged live $M vote 1 --carried --at 19:11
	expect_err_contains "motion 1 was already tabled"
	run live $M move "Refer it" --to "Planning Committee" --mover Côté --at 19:11
	expect_usage_error "live move"
}

t_exports_and_member_pages_give_a_disposed_motion_its_result_and_note() {
	proc_meeting
	ok agenda publish $M
	ok config publish.base-url https://town.example
	ok live $M move "That sidewalks be plowed by 7 a.m." --mover Tremblay --seconder Haddad --at 19:06
	ok live $M move "That the matter be referred to the Planning Committee" --refer 1 \
		--to "Planning Committee" --mover Côté --seconder Tremblay --at 19:08
	ok live $M vote 2 --recorded --yes Côté,Tremblay,Haddad --at 19:10
	ok live $M adjourn --at 19:30
	ok export popolo $M
	json '[.motions[] | select(.text == "That sidewalks be plowed by 7 a.m.")][0] |
	      .result == "referred" and .note == "Referred to the Planning Committee"'
	json '[.vote_events[] | select(.result == "referred")] | length == 0'
	ok export ocd $M
	json '[.events[0].agenda[] | select(.order == "2")][0].notes ==
	      ["Referred to the Planning Committee: “That sidewalks be plowed by 7 a.m.”"]'
	json '[.vote_events[] | select(.motion_text == "That sidewalks be plowed by 7 a.m.")] | length == 0'
	/usr/bin/python3 "$GAVEL_ROOT/tests/site/ocd.py" "$T/out" >/dev/null || fail "OCD schema errors"
	ok publish --out "$SCRATCH/site"
	grep -rl "Referred to the Planning Committee" "$SCRATCH/site/members" >/dev/null ||
		fail "no member page says the motion was referred"
}

t_a_recorded_vote_right_after_a_show_of_hands_replaces_it() {
	proc_meeting
	ok live $M move "That sidewalks be plowed by 7 a.m." --mover Tremblay --seconder Haddad --at 19:06
	ok live $M vote 1 --carried --at 19:07
	status
	json '.motions[0].result == "carried" and .motions[0].recorded == false and
	      .motions[0].resolution == "2026-1"'
	ok live $M vote 1 --recorded --yes Tremblay,Haddad --no Côté --at 19:08
	expect_out_contains "replaces the show of hands"
	status
	json '.motions[0].result == "carried" and .motions[0].recorded == true and
	      .motions[0].counts.yes == 2 and .motions[0].counts.no == 1 and
	      .motions[0].resolution == "2026-1"'
	ok live $M log
	expect_out_contains "[voided by"
	ok minutes $M
	expect_out_contains "**Carried**, resolution 2026-1 (Yeas 2, Nays 1)." "Recorded vote on motion 1"
	[ "$(grep -c '^\*\*Motion 1\*\*' "$T/out")" = 1 ] || fail "motion 1 is in the minutes more than once"
	# once another event came between, it is too late
	ok live $M take 3 --at 19:10
	ok live $M move "That parking be free on Sundays" --mover Tremblay --seconder Haddad --at 19:11
	ok live $M vote 2 --carried --at 19:12
	ok live $M take 1 --at 19:13
	refused_unchanged live $M vote 2 --recorded --yes Tremblay --at 19:14
	expect_err_contains "motion 2 was already carried: a recorded vote may replace a show of hands only right after it"
	ok check
}

t_a_recorded_vote_that_turns_a_show_of_hands_gives_its_number_back() {
	proc_meeting
	ok live $M move "That sidewalks be plowed by 7 a.m." --mover Tremblay --seconder Haddad --at 19:06
	ok live $M vote 1 --carried --at 19:07
	ok live $M vote 1 --recorded --yes Tremblay --no Côté,Haddad --at 19:08
	status
	json '.motions[0].result == "lost" and .motions[0].resolution == null'
	ok live $M take 3 --at 19:10
	ok live $M move "That parking be free on Sundays" --mover Tremblay --seconder Haddad --at 19:11
	ok live $M vote 2 --carried --at 19:12
	status
	json '.motions[1].resolution == "2026-1"'
}

t_present_two_thirds_counts_the_members_present() {
	proc_meeting
	ok live $M move "That the rules be suspended" --threshold present-two-thirds --procedural \
		--mover Tremblay --seconder Haddad --at 19:06
	# 3 present: 2 yes is two thirds of them, whatever the others do
	refused_unchanged live $M vote 1 --lost --for 2 --against 0 --at 19:07
	expect_err_contains "two-thirds of the members present"
	ok live $M vote 1 --recorded --yes Tremblay,Haddad --at 19:07
	status
	json '.motions[0].result == "carried" and .motions[0].threshold == "present-two-thirds"'
	ok live $M take 3 --at 19:08
	ok live $M move "That the rules be suspended again" --threshold present-two-thirds \
		--mover Tremblay --seconder Haddad --at 19:09
	ok live $M vote 2 --recorded --yes Tremblay --abstain Côté,Haddad --at 19:10
	status
	json '.motions[1].result == "lost"'
}

t_roberts_needs_no_seconder_outside_council() {
	proc_meeting
	ok config procedure roberts
	ok live $M move "That parking be free on Sundays" --mover Tremblay --at 19:06
	refused_unchanged live $M vote 1 --carried --at 19:07
	expect_err_contains "motion 1 has no seconder"
	P=2027-01-05-planning-committee
	ok member add "Paul Roy" --role councillor --body "Planning Committee"
	ok member add "Sarah Lee" --role councillor --body "Planning Committee"
	export GAVEL_NOW=2027-01-05T19:00:00-05:00
	ok live $P attend "Paul Roy,Sarah Lee" --present --at 19:00
	ok live $P start --chair "Paul Roy" --at 19:01
	ok live $P move "That the committee recommend a plowing schedule" --mover "Sarah Lee" --at 19:02
	ok live $P vote 1 --carried --at 19:03
	ok live $P status --json
	json '.motions[0].result == "carried" and .motions[0].seconder == null'
}

t_remote_attendance_is_refused_when_the_by_law_does_not_allow_it() {
	export GAVEL_NOW=2026-12-01T19:00:00-05:00
	ok meeting new --title "Regular Meeting" --at "2026-12-01 19:00" --template blank
	ok config procedure.remote no
	refused_unchanged live $M attend côté,tremblay --remote --at 19:00
	expect_err_contains "cannot take part electronically" "procedure.remote is no"
	ok live $M attend côté,tremblay,haddad --present --at 19:00
	ok live $M start --at 19:01
	refused_unchanged live $M arrive bouchard --remote --at 19:05
	expect_err_contains "Élise Bouchard cannot take part electronically"
	ok live $M arrive bouchard --at 19:05
	ok config procedure.remote yes
	ok live $M leave bouchard --at 19:06
	ok live $M arrive bouchard --remote --at 19:07
}

t_a_log_with_dispositions_passes_check() {
	deferral_moved
	ok live $M vote 2 --carried --at 19:08
	ok check
}

t_a_departure_that_breaks_quorum_blocks_moving_and_voting_until_it_is_back() {
	proc_meeting
	ok live $M move "That sidewalks be plowed by 7 a.m." --mover Tremblay --seconder Haddad --at 19:06
	ok live $M leave Haddad --at 19:07
	expect_err_contains "quorum lost: 2 of 4 present, 3 needed"
	status
	json '.quorum.present == 2 and .quorum.met == false'
	refused_unchanged live $M vote 1 --carried --at 19:08
	expect_err_contains "no quorum: 2 of 4 present, 3 needed"
	refused_unchanged live $M move "That the matter be tabled" --table 1 --mover Côté --seconder Tremblay --at 19:08
	expect_err_contains "no quorum: 2 of 4 present, 3 needed"
	ok live $M arrive Haddad --at 19:09
	[ ! -s "$T/err" ] || fail "an arrival says nothing of quorum lost"
	ok live $M vote 1 --carried --at 19:10
	status
	json '.quorum.met == true and .motions[0].result == "carried"'
}

# losing_side_is_refused M T: Côté, who voted against resolution 2026-1 on
# a recorded vote, cannot move at meeting M to reconsider it.
losing_side_is_refused() {
	refused_unchanged live "$1" move "That resolution 2026-1 be reconsidered" --reconsider 2026-1 \
		--mover Côté --seconder Haddad --at "$2"
	expect_err_contains "Marie Côté voted against resolution 2026-1 on a recorded vote"
}

t_reconsideration_by_the_prevailing_side_marks_the_resolution_everywhere() {
	proc_meeting
	ok agenda publish $M
	ok live $M move "That sidewalks be plowed by 7 a.m." --mover Tremblay --seconder Haddad --at 19:06
	ok live $M vote 1 --recorded --yes Tremblay,Haddad --no Côté --at 19:07
	ok live $M take 3 --at 19:08
	# Côté voted against: the losing side cannot move to reconsider
	losing_side_is_refused $M 19:09
	refused_unchanged live $M move "That resolution 2026-9 be reconsidered" --reconsider 2026-9 \
		--mover Haddad --seconder Tremblay --at 19:09
	expect_err_contains "there is no resolution 2026-9 to reconsider"
	ok live $M move "That resolution 2026-1 be reconsidered" --reconsider 2026-1 \
		--mover Haddad --seconder Côté --at 19:09
	status
	json '.motions[1].disposition == "reconsider" and .motions[1].target == "2026-1" and
	      .motions[1].threshold == "two-thirds" and .motions[0].reconsidered == null'
	ok live $M vote 2 --carried --at 19:10
	status
	json --arg m "$M" '.motions[0].reconsidered == {"at": $m, "resolution": "2026-2"} and
	      .motions[0].result == "carried"'
	refused_unchanged live $M move "Again" --reconsider 2026-1 --mover Haddad --seconder Côté --at 19:11
	expect_err_contains "resolution 2026-1 was already reconsidered"
	# the matter can be moved again
	ok live $M take 2 --at 19:12
	ok live $M move "That sidewalks be plowed by 6 a.m." --mover Tremblay --seconder Haddad --at 19:13
	ok live $M vote 3 --carried --at 19:14
	ok live $M adjourn --at 19:30
	ok minutes $M
	expect_golden procedure/reconsidered-confidential.md "$T/out"
	ok export popolo $M
	json '[.motions[] | select(.identifier == "2026-1")][0].note ==
	      "Reconsidered at the Regular Meeting of Council of December 1, 2026 (resolution 2026-2)"'
	ok check
}

t_reconsider_threshold_comes_from_the_setting() {
	proc_meeting
	ok config procedure.reconsider majority
	ok live $M move "That sidewalks be plowed by 7 a.m." --mover Tremblay --seconder Haddad --at 19:06
	ok live $M vote 1 --carried --at 19:07
	ok live $M move "Reconsider" --reconsider 2026-1 --mover Haddad --seconder Côté --at 19:08
	status
	json '.motions[1].threshold == "majority"'
	refused config procedure.reconsider most
}

t_an_appeal_from_a_ruling_is_sustained_on_a_tie_and_the_minutes_say_so() {
	proc_meeting
	ok live $M arrive Bouchard --at 19:05
	refused_unchanged live $M appeal --mover Haddad --seconder Côté --at 19:06
	expect_err_contains "there is no ruling of the chair to appeal"
	ok live $M ruling "The amendment is out of order: it is not relevant to the motion" --at 19:07
	status
	json '.rulings[0].text == "The amendment is out of order: it is not relevant to the motion" and
	      .rulings[0].appeal == null'
	ok live $M appeal --mover Haddad --seconder Côté --at 19:08
	expect_last_line 1
	status
	json '.motions[0].text == "Shall the ruling of the chair be sustained?" and
	      .motions[0].disposition == "appeal" and .rulings[0].appeal == 1'
	refused_unchanged live $M appeal --mover Haddad --seconder Côté --at 19:09
	expect_err_contains "the latest ruling of the chair was already appealed (motion 1)"
	ok live $M vote 1 --recorded --yes Côté,Tremblay --no Haddad,Bouchard --at 19:09
	expect_out_contains "The ruling of the chair is sustained"
	status
	json '.motions[0].result == "sustained" and .motions[0].resolution == null'
	ok live $M ruling "The speaker's time has expired" --at 19:10
	ok live $M appeal --mover Haddad --seconder Bouchard --at 19:11
	ok live $M vote 2 --lost --for 1 --against 3 --at 19:12
	expect_out_contains "The ruling of the chair is overturned"
	status
	json '.motions[1].result == "overturned"'
	ok live $M adjourn --at 19:30
	ok minutes $M
	expect_golden procedure/ruling-confidential.md "$T/out"
	# the appeals' logged threshold ("sustain") passes the rules again
	ok check
	expect_out_contains "ok   meeting logs follow the procedure rules"
}

# the items of $M2 deferred from $M, as "number title" lines
deferred_on_m2() {
	ok agenda show $M2 --json
	jq -r '.items[] | select(.deferred_from) | "\(.number) \(.title) \(.id)"' "$T/out"
}

t_a_recorded_vote_that_confirms_a_carried_deferral_keeps_its_item_through_undo() {
	deferral_moved
	ok live $M vote 2 --carried --at 19:08
	before=$(deferred_on_m2)
	[ -n "$before" ] || fail "the show of hands put nothing on $M2's agenda"
	ok agenda edit $M2 "${before%% *}" --recommendation "That the sidewalks be plowed by 7 a.m."
	ok live $M vote 2 --recorded --yes Côté,Tremblay --no Haddad --at 19:09
	eq "$(deferred_on_m2)" "$before"
	motion_is 1 deferred "Deferred to the meeting of January 12, 2027"
	ok live $M undo
	eq "$(deferred_on_m2)" "$before"
	ok agenda show $M2 --json
	json '[.items[] | select(.deferred_from)][0].recommendation == "That the sidewalks be plowed by 7 a.m."'
	motion_is 1 deferred
	# the show of hands undone too, the item goes
	ok live $M undo
	eq "$(deferred_on_m2)" ""
	motion_is 1 null
	ok check
}

t_a_recorded_vote_that_defeats_a_carried_deferral_takes_its_item_off_and_undo_puts_it_back() {
	deferral_moved
	ok live $M vote 2 --carried --at 19:08
	before=$(deferred_on_m2)
	ok live $M vote 2 --recorded --yes Côté --no Haddad,Tremblay --at 19:09
	eq "$(deferred_on_m2)" ""
	motion_is 2 lost
	motion_is 1 null
	ok live $M undo
	[ "$(deferred_on_m2 | cut -d' ' -f1,2)" = "$(echo "$before" | cut -d' ' -f1,2)" ] ||
		fail "undone, the recorded vote did not put the item back where it was"
	motion_is 1 deferred "Deferred to the meeting of January 12, 2027"
	ok check
}

t_a_recorded_vote_that_carries_a_lost_deferral_puts_its_item_on_the_agenda() {
	deferral_moved
	ok live $M vote 2 --lost --at 19:08
	eq "$(deferred_on_m2)" ""
	ok live $M vote 2 --recorded --yes Côté,Tremblay --no Haddad --at 19:09
	[ -n "$(deferred_on_m2)" ] || fail "the recorded vote that carried the deferral put nothing on $M2"
	ok live $M undo
	eq "$(deferred_on_m2)" ""
	motion_is 2 lost
}

t_a_deferral_taken_up_at_the_later_meeting_cannot_be_undone() {
	deferral_moved
	ok live $M vote 2 --carried --at 19:08
	n=$(deferred_on_m2 | cut -d' ' -f1)
	export GAVEL_NOW=2027-01-12T19:00:00-05:00
	ok live $M2 attend côté,tremblay,haddad --present --at 19:00
	ok live $M2 start --at 19:01
	ok live $M2 take "$n" --at 19:02
	refused_unchanged live $M undo
	expect_err_contains "the deferred business was already taken up at $M2: the deferral stands"
}

t_a_deferral_to_a_meeting_gives_that_meetings_date_not_its_slugs() {
	proc_meeting
	# the January meeting moves to the 14th; its slug stays
	ok meeting edit $M2 --at "2027-01-14 19:00"
	ok live $M move "That sidewalks be plowed by 7 a.m." --mover Tremblay --seconder Haddad --at 19:06
	ok live $M move "That the matter be deferred" --defer 1 --until $M2 --mover Côté --seconder Tremblay --at 19:07
	ok live $M vote 2 --carried --at 19:08
	motion_is 1 deferred "Deferred to the meeting of January 14, 2027"
	ok minutes $M
	expect_out_contains "Deferred to the meeting of January 14, 2027"
	expect_out_lacks "January 12"
}

t_a_member_who_sent_regrets_is_absent_with_regrets_in_a_recorded_vote() {
	proc_meeting
	ok agenda publish $M
	ok member add "Luc Roy" --role councillor
	ok live $M attend roy --absent --at 19:05
	ok live $M move "That sidewalks be plowed by 7 a.m." --mover Tremblay --seconder Haddad --at 19:06
	ok live $M vote 1 --recorded --yes Tremblay,Haddad --no Côté --at 19:07
	# she comes after all, and leaves before the next vote: absent, no regrets
	ok live $M arrive Bouchard --at 19:08
	ok live $M leave Bouchard --at 19:09
	ok live $M take 3 --at 19:10
	ok live $M move "That parking be free on Sundays" --mover Tremblay --seconder Haddad --at 19:11
	ok live $M vote 2 --recorded --yes Tremblay,Haddad --no Côté --at 19:12
	ok live $M adjourn --at 19:30
	ok minutes $M
	expect_out_contains "| Councillor Bouchard | Absent (regrets) |" "| Councillor Roy | Absent |"
	[ "$(grep -c '^| Councillor Bouchard | Absent |$' "$T/out")" = 1 ] ||
		fail "after she came and left, Bouchard is not simply absent"
	ok minutes $M --public
	expect_out_contains "| Councillor Bouchard | Absent (regrets) |"
	ok publish --out "$SCRATCH/site"
	grep -q "<td>Absent (regrets)</td>" "$SCRATCH/site/meetings/$M/minutes.html" ||
		fail "the site's minutes do not say Bouchard sent regrets"
	grep -q "<td>absent (regrets)</td>" "$SCRATCH/site/members/"*bouchard*.html ||
		fail "Bouchard's page does not say she sent regrets"
	grep -q "<td>absent</td>" "$SCRATCH/site/members/"*roy*.html ||
		fail "Roy's page does not say he was absent"
	# open data keep Popolo's option
	ok export popolo $M
	bouchard=$(jget '.persons[] | select(.name == "Élise Bouchard") | .id')
	json --arg p "$bouchard" '[.vote_events[0].votes[] | select(.voter_id == $p)][0].option == "absent"'
}

t_meeting_show_lists_business_deferred_to_it_and_business_waiting() {
	deferral_moved
	ok live $M vote 2 --carried --at 19:08
	ok live $M take 3 --at 19:09
	ok live $M move "That parking be free on Sundays" --mover Tremblay --seconder Haddad --at 19:10
	ok live $M move "That the matter be deferred to March" --defer 3 --until 2027-03-01 \
		--mover Côté --seconder Tremblay --at 19:11
	ok live $M vote 4 --carried --at 19:12
	ok meeting show $M2 --json
	json --arg m "$M2" '.slug == $m and .body == "Council"'
	# the template has no Unfinished Business: before the closed session, 13
	json --arg m "$M" '.deferred_here == [{"number": "13", "title": "Sidewalks",
	                    "deferred_from": {"meeting": $m, "item": "2"}}]'
	json --arg m "$M" '.deferred_waiting == [{"title": "Parking",
	                    "deferred_from": {"meeting": $m, "item": "3"}, "until": "2027-03-01"}]'
	ok meeting show $M2
	expect_out_contains "Deferred to this meeting" "  13 Sidewalks (from the Regular Meeting of Council of December 1, 2026, item 2)" \
		"Deferred business waiting for a meeting of Council" "  3 Parking (from the Regular Meeting of Council of December 1, 2026), on or after 2027-03-01"
	ok meeting show $M --json
	json '.deferred_here == [] and (.deferred_waiting | length) == 1'
	# a meeting of another body has none of Council's
	ok meeting show 2027-01-05-planning-committee --json
	json '.deferred_here == [] and .deferred_waiting == []'
}

t_the_agenda_in_the_record_marks_deferred_business_and_import_keeps_the_mark() {
	deferral_moved
	ok live $M vote 2 --carried --at 19:08
	ok agenda publish $M2
	md=record/meetings/2027/$M2/agenda.md
	grep -qxF "*Deferred from the Regular Meeting of Council of December 1, 2026, item 2.*" "$md" || fail "record/ does not mark the deferred item"
	ok publish --out "$SCRATCH/site" $M2
	grep -q "Deferred from <a href=\"../$M/minutes.html#item-2\">the Regular Meeting of Council of December 1, 2026, item 2</a>" \
		"$SCRATCH/site/meetings/$M2/agenda.html" || fail "the site's words changed"
	# the markdown round-trips, the mark with it
	ok agenda show $M2 --format md
	cp "$T/out" "$SCRATCH/agenda.md"
	ok agenda show $M2 --json
	jq '.items' "$T/out" | jq 'map(del(.id))' >"$SCRATCH/before.json"
	ok agenda import $M2 "$SCRATCH/agenda.md"
	ok agenda show $M2 --format md
	cmp -s "$T/out" "$SCRATCH/agenda.md" || fail "the markdown does not round-trip"
	ok agenda show $M2 --json
	jq '.items' "$T/out" | jq 'map(del(.id))' >"$SCRATCH/after.json"
	cmp -s "$SCRATCH/before.json" "$SCRATCH/after.json" || fail "import lost the deferred mark"
	# and undoing the deferral still takes the imported item off
	ok live $M undo
	ok agenda show $M2 --json
	json '[.items[] | select(.deferred_from)] | length == 0'
}

# A resolution of December reconsidered in January: marked in both
# meetings' status and minutes (once saved again), on member pages and in
# the open data, which also give the appeal from a ruling its vote event.
t_a_resolution_of_an_earlier_meeting_is_reconsidered_everywhere() {
	proc_meeting
	ok config publish.base-url https://town.example
	ok agenda publish $M
	ok live $M move "That sidewalks be plowed by 7 a.m." --mover Tremblay --seconder Haddad --at 19:06
	ok live $M vote 1 --recorded --yes Tremblay,Haddad --no Côté --at 19:07
	ok live $M ruling "The question is out of order: it was decided" --at 19:08
	ok live $M appeal --mover Haddad --seconder Côté --at 19:09
	ok live $M vote 2 --carried --for 2 --against 1 --at 19:10
	ok live $M adjourn --force --at 19:30
	ok minutes $M save
	export GAVEL_NOW=2027-01-12T19:00:00-05:00
	ok agenda publish $M2
	ok live $M2 attend côté,tremblay,haddad,bouchard --present --at 19:00
	ok live $M2 start --at 19:01
	ok live $M2 take 12 --at 19:02
	losing_side_is_refused $M2 19:03
	ok live $M2 move "That resolution 2026-1 be reconsidered" --reconsider 2026-1 \
		--mover Haddad --seconder Tremblay --at 19:03
	ok live $M2 vote 1 --recorded --yes Côté,Tremblay,Haddad --no Bouchard --at 19:04
	ok live $M2 status --json
	json '.motions[0].result == "carried" and .motions[0].resolution == "2027-1" and
	      .motions[0].threshold == "two-thirds"'
	refused_unchanged live $M2 move "Again" --reconsider 2026-1 --mover Haddad --seconder Tremblay --at 19:05
	expect_err_contains "resolution 2026-1 was already reconsidered"
	ok live $M2 adjourn --force --at 19:30
	status
	json --arg m "$M2" '.motions[0].reconsidered == {"at": $m, "resolution": "2027-1"} and
	      .motions[0].result == "carried"'
	# the minutes of both meetings, once saved again
	ok minutes $M save
	grep -qF "*Reconsidered at the Regular Meeting of Council of January 12, 2027 (resolution 2027-1).*" \
		record/meetings/2026/$M/minutes.md || fail "$M's minutes do not say 2026-1 was reconsidered"
	ok minutes $M2 save
	grep -qF "(to reconsider resolution 2026-1; requires two-thirds of the votes cast)" record/meetings/2027/$M2/minutes.md ||
		fail "$M2's minutes do not name the resolution reconsidered"
	# member pages
	ok publish --out "$SCRATCH/site"
	grep -qF "Reconsidered at the Regular Meeting of Council of January 12, 2027 (resolution 2027-1)" "$SCRATCH/site/members/"*haddad*.html ||
		fail "Haddad's page does not say 2026-1 was reconsidered"
	# open data: the resolution's vote event and the appeal's
	ok export popolo
	json '[.vote_events[] | select(.motion_id | endswith("resolution-2026-1"))][0] |
	      .result == "pass" and .note == "Reconsidered at the Regular Meeting of Council of January 12, 2027 (resolution 2027-1)"'
	json '[.vote_events[] | select(.note == "Appeal from the ruling of the chair: “The question is out of order: it was decided”")] |
	      length == 1 and .[0].result == "pass"'
	json '[.motions[] | select(.result == "sustained")] | length == 1'
	if [ -d "$GAVEL_TOOLS/node_modules/jsonschema" ]; then
		node "$GAVEL_ROOT/tests/site/popolo.mjs" "$T/out" >/dev/null || fail "Popolo schema errors"
	fi
	ok export ocd
	json '[.vote_events[] | select(.identifier == "2026-1")][0] |
	      .result == "pass" and .extras.note == "Reconsidered at the Regular Meeting of Council of January 12, 2027 (resolution 2027-1)"'
	json '[.vote_events[] | select(.extras.appeal == "sustained")] | length == 1 and .[0].result == "pass"
	      and (.[0].extras.note | startswith("Appeal from the ruling of the chair"))'
	json '[.events[].agenda[].notes[] | select(startswith("Appeal"))] | length == 0'
	/usr/bin/python3 "$GAVEL_ROOT/tests/site/ocd.py" "$T/out" >/dev/null || fail "OCD schema errors"
	ok check
}

# An amendment's words are quoted as moved; the sentence after them begins
# after a full stop, put after the quote when the words have none.
t_amendment_words_without_a_full_stop_end_their_sentence_in_the_minutes() {
	proc_meeting
	ok live $M move "That sidewalks be plowed by 7 a.m." --mover Tremblay --seconder Haddad --at 19:06
	ok live $M move "Strike 7 a.m., insert 8 a.m." --amends 1 --mover Haddad --seconder Tremblay \
		--replace-text "That sidewalks be plowed by 8 a.m" --at 19:07
	ok live $M vote 2 --carried --at 19:08
	ok minutes $M
	expect_out_contains "“Strike 7 a.m., insert 8 a.m.” The motion would read: “That sidewalks be plowed by 8 a.m”. **Carried**"
}
