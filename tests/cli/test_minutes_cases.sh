# Minutes of the meetings that do not go to plan, against golden files
# (UPDATE_GOLDEN=1 tests/cli/run tests/cli/test_minutes_cases.sh rewrites
# them; the test compares exactly): a meeting entered from paper notes
# after the fact, the refusals of times out of order, a meeting not held
# for want of quorum, an adjournment that leaves an item unreached, and one
# forced while a motion was pending. docs/procedure.md, "Time order",
# "Quorum" and "Adjournment"; docs/minutes.md, "Items".

# Entered on December 20, twelve days after the meeting.
export GAVEL_NOW=2026-12-20T15:00:00Z
M=2026-12-08-council

# on HH:MM: an --at on the meeting's day.
on() {
	echo "2026-12-08 $1"
}

# paper_agenda: the meeting, two reports and a closed item.
paper_agenda() {
	ok meeting new --title "Regular Meeting" --at "2026-12-08 19:00" --location "Council Chambers"
	ok agenda add $M "Dog Park Proposal" --under 9
	ok agenda add $M "Sidewalk Plowing" --under 9
}

# roll_call: quorum (three of four), the clerk, the call to order and the
# land acknowledgement.
roll_call() {
	ok live $M attend "Côté,Haddad" --present --at "$(on 18:58)"
	ok live $M attend Tremblay --remote --at "$(on 18:58)"
	ok live $M attend Bouchard --regrets --at "$(on 18:58)"
	ok live $M attend "Jane Doe" --present --at "$(on 18:58)"
	ok live $M start --at "$(on 19:02)"
	ok live $M take 2 --at "$(on 19:03)"
}

# cases_golden NAME: the public and confidential minutes, as markdown, match
# tests/golden/cases/NAME-public.md and NAME-confidential.md.
cases_golden() {
	ok minutes $M --public
	expect_golden "cases/$1-public.md" "$T/out"
	ok minutes $M
	expect_golden "cases/$1-confidential.md" "$T/out"
}

t_a_meeting_entered_from_paper_after_the_fact_reads_in_order() {
	paper_agenda
	roll_call
	ok live $M take 4 --at "$(on 19:04)"
	ok live $M move "That the agenda be adopted." --mover Haddad --seconder Tremblay --at "$(on 19:05)"
	ok live $M vote 1 --carried --at "$(on 19:05)"
	ok live $M take 9.1 --at "$(on 19:10)"
	ok live $M move "That staff report on a dog park in Ward 2." --mover Haddad --seconder Côté \
		--at "$(on 19:12)"
	ok live $M move "That the report cover every ward." --amends 2 --mover Tremblay \
		--seconder Côté --replace-text "That staff report on a dog park in every ward." \
		--at "$(on 19:15)"
	ok live $M vote 3 --recorded --yes Tremblay,Côté --no Haddad --at "$(on 19:20)"
	ok live $M vote 2 --recorded --yes Tremblay,Côté,Haddad --at "$(on 19:22)"
	ok live $M take 9.2 --at "$(on 19:30)"
	ok live $M move "That sidewalks be plowed within 24 hours of a snowfall." --mover Tremblay \
		--seconder Haddad --at "$(on 19:31)"
	ok live $M move "That the item be deferred to January." --procedural --mover Haddad \
		--seconder Côté --at "$(on 19:33)"
	ok live $M vote 5 --lost --for 1 --against 2 --at "$(on 19:35)"
	ok live $M vote 4 --lost --for 1 --against 2 --at "$(on 19:40)"
	ok live $M take 15 --at "2026-12-09 00:05"
	ok live $M adjourn --at "2026-12-09 00:06"
	# the log: in time order, the date given for the events after midnight
	ok live $M log
	expect_golden cases/paper.log "$T/out"
	cases_golden paper
	# motions in the order voted: the deferral, moved second, was voted first
	ok minutes $M
	awk '/deferred to January/{d=NR} /plowed within 24 hours/{p=NR} END{exit !(d && p && d<p)}' \
		"$T/out" || fail "the motions are not in the order they were voted"
	ok check
}

t_times_out_of_order_are_refused_with_the_latest_time() {
	paper_agenda
	: >"$SCRATCH/refusals"
	refusal() {
		refused_unchanged "$@"
		echo "gavel $*" >>"$SCRATCH/refusals"
		cat "$T/err" >>"$SCRATCH/refusals"
	}
	# the call to order on another day than the meeting's
	ok live $M attend "Côté,Haddad,Tremblay" --present --at "2026-12-07 19:00"
	refusal live $M start --at "2026-12-07 19:02"
	ok live $M start --at "$(on 19:02)"
	# before the latest event, with --at and with the clock
	refusal live $M take 9.1 --at "$(on 18:00)"
	refusal live $M take 9.1 --at "$(on 19:01)"
	GAVEL_NOW=2026-12-08T23:00:00Z refusal live $M take 9.1
	ok live $M take 9.1 --at "$(on 19:02)"
	# the livestream may have begun before what is recorded
	ok live $M stream --at "$(on 18:55)"
	expect_golden cases/out-of-order.txt "$SCRATCH/refusals"
}

t_a_meeting_without_quorum_is_recorded_as_not_held() {
	paper_agenda
	ok live $M attend Côté --present --at "$(on 19:00)"
	ok live $M attend Tremblay --remote --at "$(on 19:00)"
	ok live $M attend "Haddad,Bouchard" --regrets --at "$(on 19:00)"
	ok live $M attend "Jane Doe" --present --at "$(on 19:00)"
	refused_unchanged live $M start --at "$(on 19:15)"
	expect_err_contains "no quorum: 2 of 4 present, 3 needed" "adjourn --no-quorum"
	ok live $M adjourn --no-quorum --at "$(on 19:30)"
	cases_golden no-quorum
	# nothing can be recorded after
	refused_unchanged live $M start --at "$(on 19:31)"
}

t_an_adjournment_names_the_items_it_leaves_unreached() {
	paper_agenda
	roll_call
	ok live $M take 9.1 --at "$(on 19:10)"
	ok live $M move "That staff report on a dog park." --mover Haddad --seconder Côté --at "$(on 19:12)"
	ok live $M vote 1 --carried --at "$(on 19:14)"
	ok live $M adjourn --at "$(on 19:20)"
	eq "$(grep -c . "$T/err")" 1 "lines on stderr"
	eq "$ERR" "gavel: not dealt with (the minutes say so): 4 Adoption of the Agenda; 5 Adoption of Minutes; 9.2 Sidewalk Plowing; 14 Confirmatory By-law" "the notice"
	cases_golden unreached
}

t_a_pending_motion_stops_adjournment_unless_forced() {
	paper_agenda
	roll_call
	ok live $M take 9.1 --at "$(on 19:10)"
	ok live $M move "That staff report on a dog park." --mover Haddad --seconder Côté --at "$(on 19:12)"
	ok live $M move "That the report cover every ward." --amends 1 --mover Tremblay --seconder Côté \
		--at "$(on 19:13)"
	refused_unchanged live $M adjourn --at "$(on 19:20)"
	expect_err_contains "motions 1 and 2 are still pending" "--force"
	ok live $M take 9.2 --at "$(on 19:21)"
	ok live $M adjourn --force --at "$(on 19:25)"
	cases_golden pending-forced
}
