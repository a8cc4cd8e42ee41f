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
	ok live $M vote 3 --carried --at 19:10
	motion_is 1 referred "Referred to the Planning Committee"
	motion_is 2 referred "Referred to the Planning Committee"
	json '.motions[0].disposed_by == 3 and .motions[2].result == "carried" and
	      .motions[2].resolution == "2026-1" and .motions[0].resolution == null'
	# off the floor: a new main motion may be moved on the item
	ok live $M move "That staff report on winter maintenance" --mover Haddad --seconder Côté --at 19:11
}

t_a_deferral_to_a_later_meeting_puts_the_item_on_its_agenda() {
	proc_meeting
	ok live $M move "That sidewalks be plowed by 7 a.m." --mover Tremblay --seconder Haddad --at 19:06
	ok live $M move "That the matter be deferred" --defer 1 --until $M2 --mover Côté --seconder Tremblay --at 19:07
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
	expect_out_contains "Sidewalks (deferred from $M, item 2)"
	ok agenda publish $M2
	ok publish --out "$SCRATCH/site" $M2
	grep -q "Deferred from <a href=\"../$M/minutes.html#item-2\">the meeting $M, item 2</a>" \
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
	expect_out_contains "2 Sidewalks (from $M), on or after 2027-02-01"
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
	proc_meeting
	ok live $M move "That sidewalks be plowed by 7 a.m." --mover Tremblay --seconder Haddad --at 19:06
	ok live $M move "That the matter be deferred" --defer 1 --until $M2 --mover Côté --seconder Tremblay --at 19:07
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

t_reconsideration_by_the_prevailing_side_marks_the_resolution_everywhere() {
	proc_meeting
	ok agenda publish $M
	ok live $M move "That sidewalks be plowed by 7 a.m." --mover Tremblay --seconder Haddad --at 19:06
	ok live $M vote 1 --recorded --yes Tremblay,Haddad --no Côté --at 19:07
	ok live $M take 3 --at 19:08
	# Côté voted against: the losing side cannot move to reconsider
	refused_unchanged live $M move "That resolution 2026-1 be reconsidered" --reconsider 2026-1 \
		--mover Côté --seconder Haddad --at 19:09
	expect_err_contains "Marie Côté voted against resolution 2026-1 on a recorded vote"
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
	      "Reconsidered at the meeting 2026-12-01-council (resolution 2026-2)"'
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
	status
	json '.motions[0].result == "sustained" and .motions[0].resolution == null'
	ok live $M ruling "The speaker's time has expired" --at 19:10
	ok live $M appeal --mover Haddad --seconder Bouchard --at 19:11
	ok live $M vote 2 --lost --for 1 --against 3 --at 19:12
	status
	json '.motions[1].result == "overturned"'
	ok live $M adjourn --at 19:30
	ok minutes $M
	expect_golden procedure/ruling-confidential.md "$T/out"
}
