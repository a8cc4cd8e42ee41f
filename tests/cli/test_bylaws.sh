# What happens after the vote (docs/bylaws.md): the by-law register, notices
# of motion, follow-up actions and the head of council's decisions.
# The workspace (mkws) has Marie Côté (mayor), Geneviève Tremblay (deputy
# mayor), Ahmed Haddad and Élise Bouchard (councillors): 4 seats.

# A Council meeting of December 8, 2026 in session, everyone present.
council_in_session() {
	export GAVEL_NOW=2026-12-08T19:00:00-05:00
	ok meeting new --title "Regular Council Meeting" --at "2026-12-08 19:00"
	M=$(last_line)
	ok live "$M" attend "Côté,Tremblay,Haddad,Bouchard" --present --at 19:00
	ok live "$M" start --at 19:00
}

# move_carried M TEXT ARGS...: move and carry a motion; K is its number.
move_carried() {
	local m=$1 text=$2
	shift 2
	ok live "$m" move "$text" --mover Haddad --seconder Bouchard "$@"
	K=$(last_line)
	ok live "$m" vote "$K" --carried
}

t_bylaw_numbers_run_in_sequence_each_year_and_are_used_once() {
	export GAVEL_NOW=2026-03-01T12:00:00-05:00
	ok bylaw reserve --title "Procedure By-law"
	expect_last_line 2026-001
	ok bylaw reserve 2026-002
	refused_unchanged bylaw reserve 2026-004
	expect_err_contains "the next of 2026 is 2026-003, not 2026-004"
	refused_unchanged bylaw reserve 2026-001
	expect_err_contains "2026-001 is already reserved"
	# a new year starts again at 1, in the format the clerk set
	export GAVEL_NOW=2027-01-04T12:00:00-05:00
	ok config bylaw.format "By-law YY-NN"
	ok bylaw reserve
	expect_last_line "By-law 27-01"
	refused config bylaw.format "YYYY"
	# a register kept on paper until now: the year begins where it stands
	export GAVEL_NOW=2028-05-01T12:00:00-04:00
	ok config bylaw.format YYYY-NNN
	ok bylaw reserve 2028-041 --start --title "Fees"
	expect_last_line 2028-041
	refused_unchanged bylaw reserve 2028-050 --start
	expect_err_contains "has begun"
	ok bylaw reserve
	expect_last_line 2028-042
	ok bylaw list --json
	json 'length == 5 and .[0].number == "2026-001" and .[0].title == "Procedure By-law"
		and .[0].status == "reserved" and .[2].number == "By-law 27-01"'
}

t_bylaw_readings_enactment_signatures_and_amendment() {
	council_in_session
	ok bylaw reserve --title "Fees and Charges"
	B=$(last_line)
	ok agenda add "$M" "By-law $B, Fees and Charges" --under 11 --bylaw "$B"
	eq "$(sql "SELECT b.number FROM items i JOIN bylaws b ON b.id = i.bylaw_id")" "$B" "item's by-law"
	refused agenda add "$M" "Unknown" --under 11 --bylaw 2026-099
	expect_err_contains "no by-law 2026-099"
	# third reading before the first, and signing before enactment: refused
	db_snapshot
	refused live "$M" move "That by-law $B be read a third time." --mover Haddad --seconder Bouchard \
		--bylaw "$B" --readings 3
	expect_err_contains "third reading before its first"
	expect_db_unchanged
	refused_unchanged bylaw sign "$B"
	expect_err_contains "is not enacted"
	move_carried "$M" "That by-law $B be read a first and second time." --bylaw "$B" --readings 1,2
	ok bylaw show "$B" --json
	json '.status == "second reading" and .enacted == null and .readings[0].resolution == "2026-1"'
	refused_unchanged live "$M" move "Again" --mover Haddad --seconder Bouchard --bylaw "$B" --readings 2
	expect_err_contains "already had its second reading"
	move_carried "$M" "That by-law $B be read a third time and passed." --bylaw "$B" --readings 3
	ok bylaw sign "$B"
	expect_out_contains "by Mayor Marie Côté and"
	refused_unchanged bylaw sign "$B"
	# a by-law's number is never used again
	refused_unchanged live "$M" move "Once more" --mover Haddad --seconder Bouchard --bylaw "$B" --readings 1
	expect_err_contains "a new by-law takes a new number"
	# later by-laws amend it, all three readings of two by-laws by one motion
	ok bylaw reserve --title "Fees and Charges Amendment"
	A=$(last_line)
	ok bylaw reserve --title "Parking Fees"
	P=$(last_line)
	move_carried "$M" "That by-law $A be read three times and passed." --bylaw "$A" \
		--readings 1,2,3 --amends-bylaw "$B"
	move_carried "$M" "That by-law $P be read three times and passed." --bylaw "$P" \
		--readings 1,2,3 --amends-bylaw "$B"
	ok bylaw show "$B" --json
	json '.status == "enacted" and .enacted.date == "2026-12-08" and .signed_on == "2026-12-08"
		and .amended_by == "2026-002, 2026-003" and (.signed_head | contains("Côté"))'
	ok bylaw list
	expect_out_contains "2026-001   enacted" "2026-002   enacted" "2026-003   enacted"
	# an undone vote undoes the reading
	ok live "$M" undo
	ok bylaw show "$P" --json
	json '.status == "reserved"'
	ok bylaw show "$B" --json
	json '.amended_by == "2026-002"'
}

# meeting_on DATE: a Council meeting of DATE at 19:00 in session, everyone
# present, with the clock at its start.
meeting_on() {
	export GAVEL_NOW=$1T19:00:00-05:00
	ok meeting new --title "Regular Council Meeting" --at "$1 19:00"
	M=$(last_line)
	ok live "$M" attend "Côté,Tremblay,Haddad,Bouchard" --present --at 19:00
	ok live "$M" start --at 19:00
}

# An amendment or a repeal takes effect when the by-law that makes it is
# enacted: the register dates it so, never by the enactment of the by-law
# it changes (docs/bylaws.md, "Readings and enactment").
t_a_repeal_and_an_amendment_are_dated_by_the_bylaw_that_makes_them() {
	meeting_on 2026-11-10
	ok bylaw reserve --title "Water Rates"
	B=$(last_line)
	move_carried "$M" "That by-law $B be read three times and passed." --bylaw "$B" --readings 1,2,3
	meeting_on 2026-11-24
	ok bylaw reserve --title "Water Rates Amendment"
	A=$(last_line)
	move_carried "$M" "That by-law $A be read three times and passed." --bylaw "$A" \
		--readings 1,2,3 --amends-bylaw "$B"
	meeting_on 2026-12-08
	ok bylaw reserve --title "Repeal of the Water Rates"
	R=$(last_line)
	move_carried "$M" "That by-law $R be read three times and passed." --bylaw "$R" \
		--readings 1,2,3 --repeals "$B"
	ok bylaw show "$B" --json
	json '.status == "repealed" and .status_date == "2026-12-08" and .repealed_on == "2026-12-08"
		and .enacted.date == "2026-11-10" and .repealed_by == "'"$R"'"
		and .amendments == [{"by": "'"$A"'", "date": "2026-11-24"}]'
	ok bylaw show "$B"
	expect_out_contains "Status: repealed since 2026-12-08" \
		"Amended by by-law $A on 2026-11-24" "Repealed by by-law $R on 2026-12-08"
	ok bylaw show "$A" --json
	json '.status == "enacted" and .status_date == "2026-11-24" and .repealed_on == null'
	ok bylaw list
	expect_out_contains "(enacted 2026-11-10; repealed 2026-12-08)"
	# open data dates them as the register does
	ok config publish.base-url "https://council.example"
	ok export ocd
	json '.bills[] | select(.name == "'"$B"'") | .extras | .repealed_by == "'"$R"'"
		and .repealed_on == "2026-12-08" and .amended_by == "'"$A"'"
		and .amendments == [{"by": "'"$A"'", "date": "2026-11-24"}]'
	json '.bills[] | select(.name == "'"$A"'") | .extras | .amends == "'"$B"'"
		and .amendments == [] and .repealed_on == null'
	ok publish
	local row
	row=$(grep '<th scope="row">'"$B"'</th>' site/bylaws.html)
	has_text "$row" "<td>Repealed, December 8, 2026; enacted November 10, 2026</td>" ||
		fail "bylaws.html does not date the repeal by the repealing by-law: $row"
	has_text "$row" "<td>Amended by $A on November 24, 2026; Repealed by $R on December 8, 2026</td>" ||
		fail "bylaws.html does not date what changed $B: $row"
	! has_text "$row" "Repealed, November 10" || fail "the repeal is dated by the enactment"
}

# One motion may read several by-laws, but cannot say which of them amends
# or repeals: refused in the log's rules, so every way in meets it.
t_a_motion_reading_several_bylaws_cannot_amend_or_repeal() {
	council_in_session
	ok bylaw reserve --title "Fees"
	B=$(last_line)
	move_carried "$M" "That by-law $B be read three times and passed." --bylaw "$B" --readings 1,2,3
	ok bylaw reserve --title "Fees Amendment"
	A=$(last_line)
	ok bylaw reserve --title "Parking"
	P=$(last_line)
	local flag
	for flag in --amends-bylaw --repeals; do
		refused_unchanged live "$M" move "That by-laws $A and $P be read three times and passed." \
			--mover Haddad --seconder Bouchard --bylaw "$A,$P" --readings 1,2,3 "$flag" "$B"
		expect_err_contains "a motion reading 2 by-laws cannot amend or repeal" \
			"move a motion of its own for each by-law that amends or repeals"
	done
	refused_unchanged live "$M" move "Both" --mover Haddad --seconder Bouchard \
		--bylaw "$A,$P" --readings 1,2,3 --amends-bylaw "$B" --repeals "$B"
	# read together without them, or one by one with them: accepted
	move_carried "$M" "That by-law $A be read three times and passed." --bylaw "$A" \
		--readings 1,2,3 --amends-bylaw "$B"
	ok bylaw reserve --title "Tree Protection"
	local tp
	tp=$(last_line)
	move_carried "$M" "That by-laws $P and $tp be read a first time." --bylaw "$P,$tp" --readings 1
	ok bylaw show "$B" --json
	json '.status == "enacted" and .amended_by == "'"$A"'" and .repealed_by == null'
	ok bylaw show "$P" --json
	json '.status == "first reading" and .amends == null and .repeals == null'
}

t_notice_of_motion_goes_on_the_next_agenda_of_its_body() {
	council_in_session
	ok live "$M" notice "That staff report on a dog park in Ward 2." --mover Haddad
	expect_out_contains "goes on the agenda of the next meeting of Council"
	ok meeting show "$M"
	expect_out_contains "Notices of motion awaiting a meeting of Council" \
		"  Ahmed Haddad (notice given at the Regular Council Meeting of December 8, 2026): That staff report on a dog park in Ward 2."
	ok meeting show "$M" --json
	json '.notices_waiting == [{"text": "That staff report on a dog park in Ward 2.",
		"mover": "Ahmed Haddad", "given_at": "'"$M"'"}]'
	refused_unchanged live "$M" notice "Nobody" --mover Nobody
	ok meeting new --title "Regular Council Meeting" --at "2027-01-12 19:00"
	M2=$(last_line)
	ok agenda show "$M2" --json
	json '[.items[] | select(.title | startswith("Motion of Councillor Haddad"))] | length == 1'
	json '.items[] | select(.title | startswith("Motion of Councillor Haddad")) |
		(.title | contains("notice given at the Regular Council Meeting of December 8, 2026"))
		and .recommendation == "That staff report on a dog park in Ward 2."'
	eq "$(numbers "$M2" | grep Haddad | cut -d' ' -f1)" "12.1" "under Notices of Motion"
	ok meeting show "$M2"
	expect_out_lacks "awaiting a meeting"
	# taking the motion off the agenda withdraws the notice: it waits no more
	ok agenda rm "$M2" 12.1
	ok meeting new --title "Regular Council Meeting" --at "2027-02-09 19:00"
	ok agenda show "$(last_line)" --json
	json '[.items[] | select(.title | startswith("Motion of"))] | length == 0'
}

# A notice of motion is given while the meeting sits in open session.
t_notice_of_motion_only_in_open_session() {
	export GAVEL_NOW=2026-12-08T18:00:00-05:00
	ok meeting new --title "Regular Council Meeting" --at "2026-12-08 19:00"
	M=$(last_line)
	refused_unchanged live "$M" notice "That the arena open on Sundays." --mover Haddad
	expect_err_contains "a notice of motion is given at a meeting in session: $M was not called to order at 6:00 p.m."
	ok live "$M" attend "Côté,Tremblay,Haddad,Bouchard" --present --at 19:00
	ok live "$M" start --at 19:00
	ok agenda add "$M" "Land matter" --under 13 --closed "239(2)(c)"
	ok live "$M" take 13.1 --at 19:05
	ok live "$M" move "That Council proceed into closed session under s.239(2)(c)." \
		--to-close "239(2)(c)" --mover Côté --seconder Tremblay --at 19:05
	ok live "$M" vote 1 --carried --at 19:06
	ok live "$M" closed --clause "239(2)(c)" --at 19:07
	refused_unchanged live "$M" notice "That the arena open on Sundays." --mover Haddad --at 19:08
	expect_err_contains "a notice of motion is given in open session: $M was in closed session at 7:08 p.m."
	ok live "$M" rise --at 19:10
	ok live "$M" adjourn --force --at 19:30
	refused_unchanged live "$M" notice "That the arena open on Sundays." --mover Haddad --at 19:45
	expect_err_contains "$M had adjourned at 7:30 p.m."
	# entered afterwards with the time it was given
	ok live "$M" notice "That the arena open on Sundays." --mover Haddad --at 19:12
}

# An item the clerk puts under "Notices of Motion" gives its notice when the
# meeting deals with it, at the adjournment, once; an item not reached gives
# none, and one without a mover stops the adjournment until it has one.
t_notice_of_motion_from_an_item_of_the_notices_section() {
	council_in_session
	refused_unchanged agenda add "$M" "Nobody's motion" --under 12 --mover Nobody
	ok agenda add "$M" "Councillor Haddad: a dog park" --under 12 --mover Haddad \
		--recommendation "That staff report on a dog park in Ward 2."
	ok agenda add "$M" "Councillor Bouchard: crosswalks" --under 12 \
		--recommendation "That staff review the crosswalks on Main Street."
	ok agenda add "$M" "Councillor Tremblay: not reached" --under 12 --mover Tremblay \
		--recommendation "That the arena open on Sundays."
	ok agenda add "$M" "Councillor Côté: given twice" --under 12 --mover Côté \
		--recommendation "That Council meet in the library."
	ok agenda show "$M" --json
	json '.items[] | select(.number == "12.1") | .mover == "Ahmed Haddad" and .bylaw == null'
	json '.items[] | select(.number == "12.2") | .mover == null'
	ok live "$M" take 12.1 --at 19:10
	ok live "$M" take 12.2 --at 19:12
	# the clerk also records item 12.4's notice by hand while it is before
	# the meeting: it is given once
	ok live "$M" take 12.4 --at 19:14
	ok live "$M" notice "That Council meet in the library." --mover Côté --at 19:15
	eq "$(sql "SELECT count(*) FROM notices")" 1 "notices before the adjournment"
	# 12.2 names no mover: the adjournment waits for one
	refused_unchanged live "$M" adjourn --force --at 19:20
	expect_err_contains "item 12.2 gives a notice of motion and names no mover" "--mover NAME"
	ok agenda edit "$M" 12.2 --mover Bouchard
	ok live "$M" adjourn --force --at 19:20
	eq "$(sql "SELECT p.name || ': ' || n.text FROM notices n JOIN member_periods p ON
		p.member_id = n.mover_id ORDER BY n.id")" "Marie Côté: That Council meet in the library.
Ahmed Haddad: That staff report on a dog park in Ward 2.
Élise Bouchard: That staff review the crosswalks on Main Street." "the notices given"
	ok meeting show "$M"
	expect_out_contains "dog park" "crosswalks"
	expect_out_lacks "arena"
	# the minutes record each notice under the item that gave it
	ok minutes "$M" --public
	local item
	for item in "12.1|Councillor Haddad gave notice that the following motion will be moved at the next meeting of Council: “That staff report on a dog park in Ward 2.”" \
		"12.2|Councillor Bouchard gave notice that the following motion will be moved at the next meeting of Council: “That staff review the crosswalks on Main Street.”" \
		"12.4|Mayor Côté gave notice that the following motion will be moved at the next meeting of Council: “That Council meet in the library.”"; do
		grep -A2 "^### ${item%%|*} " "$T/out" | grep -qF "${item#*|}" ||
			{ show_run >&2; fail "no notice under ${item%%|*}"; }
	done
	eq "$(grep -c "gave notice" "$T/out")" 3 "notices in the minutes"
	# the next meeting gets the motions; there they are motions, not notices
	ok meeting new --title "Regular Council Meeting" --at "2027-01-12 19:00"
	M2=$(last_line)
	ok agenda show "$M2" --json
	json '[.items[] | select(.title | startswith("Motion of"))] | length == 3'
	export GAVEL_NOW=2027-01-12T19:00:00-05:00
	ok live "$M2" attend "Côté,Tremblay,Haddad,Bouchard" --present
	ok live "$M2" start
	ok live "$M2" take 12.1
	ok live "$M2" adjourn --force
	eq "$(sql "SELECT count(*) FROM notices")" 3 "notices after the next meeting"
}

# A notice another member gives while an item of the notices section is
# before the meeting is a notice of its own: the item still gives its
# mover's at the adjournment.
t_another_members_notice_during_a_notice_item_leaves_the_items_notice() {
	council_in_session
	ok agenda add "$M" "Councillor Haddad: a dog park" --under 12 --mover Haddad \
		--recommendation "That staff report on a dog park in Ward 2."
	ok live "$M" take 12.1 --at 19:10
	ok live "$M" notice "That the arena open on Sundays." --mover Bouchard --at 19:11
	ok live "$M" adjourn --force --at 19:20
	eq "$(sql "SELECT p.name || ': ' || n.text || ' (' || coalesce(i.title, '-') || ')'
		FROM notices n JOIN member_periods p ON p.member_id = n.mover_id
		LEFT JOIN items i ON i.id = n.source_item_id ORDER BY n.given_at")" \
		"Ahmed Haddad: That staff report on a dog park in Ward 2. (Councillor Haddad: a dog park)
Élise Bouchard: That the arena open on Sundays. (-)" "the notices given"
	ok minutes "$M"
	expect_out_contains "Councillor Haddad gave notice that the following motion will be moved at the next meeting of Council: “That staff report on a dog park in Ward 2.”" \
		"Councillor Bouchard gave notice that the following motion will be moved at the next meeting of Council: “That the arena open on Sundays.”"
}

# The outline names the member who gives an item's notice, as the JSON
# does: a clerk reading it before the meeting sees whose motion it is.
t_the_agenda_outline_names_the_mover_of_an_item() {
	export GAVEL_NOW=2026-12-07T12:00:00-05:00
	ok meeting new --title "Regular Council Meeting" --at "2026-12-08 19:00"
	M=$(last_line)
	ok agenda add "$M" "Councillor Haddad: a dog park" --under 12 --mover Haddad \
		--recommendation "That staff report on a dog park in Ward 2."
	ok agenda add "$M" "Crosswalks" --under 12
	local cmd
	for cmd in "agenda show" "meeting show"; do
		ok $cmd "$M"
		grep -q '^  12\.1  *Councillor Haddad: a dog park  \[mover: Ahmed Haddad\]$' "$T/out" ||
			{ show_run >&2; fail "$cmd: no mover on 12.1"; }
		grep -q '^  12\.2  *Crosswalks$' "$T/out" || { show_run >&2; fail "$cmd: 12.2"; }
	done
	ok agenda edit "$M" 12.2 --mover Bouchard
	ok agenda show "$M"
	expect_out_contains "Crosswalks  [mover: Élise Bouchard]"
}

# The log lists the notices given at the meeting where they fall in time,
# those recorded by hand and those the items of the notices section gave at
# the adjournment, in the public log as in the complete one.
t_the_log_lists_the_notices_of_motion_given_at_the_meeting() {
	council_in_session
	ok agenda add "$M" "Councillor Haddad: a dog park" --under 12 --mover Haddad \
		--recommendation "That staff report on a dog park in Ward 2."
	ok live "$M" notice "That the arena open on Sundays." --mover Bouchard --at 19:05
	ok live "$M" take 12.1 --at 19:10
	ok live "$M" adjourn --force --at 19:20
	local flag
	for flag in "" --confidential; do
		ok live "$M" log $flag
		expect_out_contains "   -  19:05:00  Notice of motion given by Élise Bouchard: That the arena open on Sundays." \
			"   -  19:10:00  Notice of motion given by Ahmed Haddad (item 12.1): That staff report on a dog park in Ward 2."
		eq "$(grep -o '^ *[0-9-]*  19:[0-9:]*  [A-Z][a-z]*' "$T/out" | sed 's/^ *//')" "1  19:00:00  Roll
2  19:00:00  Called
-  19:05:00  Notice
3  19:10:00  Item
-  19:10:00  Notice
4  19:20:00  Adjourned" "the log in time order"
		ok live "$M" log --json $flag
		json '[.[] | select(.kind == "notice") | [.seq, .at, .text]] == [
			[null, "2026-12-08T19:05:00-05:00", "Notice of motion given by Élise Bouchard: That the arena open on Sundays."],
			[null, "2026-12-08T19:10:00-05:00", "Notice of motion given by Ahmed Haddad (item 12.1): That staff report on a dog park in Ward 2."]]'
		json '[.[] | .seq] == [1, 2, null, 3, null, 4]'
	done
}

t_follow_up_actions_overdue_done_and_refusals() {
	council_in_session
	move_carried "$M" "That staff repair the Main Street bridge."
	ok live "$M" move "That the arena close." --mover Haddad --seconder Bouchard
	LOST=$(last_line)
	ok live "$M" vote "$LOST" --lost
	ok action add 2026-1 "Tender the bridge repair" --to "Director of Public Works" --due 2027-01-15
	ok action add 2026-1 "Report on the cost" --to "Treasurer" --due 2027-03-01
	refused_unchanged action add "$M:$LOST" "Close it" --to Clerk --due 2027-01-01
	expect_err_contains "was lost"
	refused_unchanged action add 2026-77 "Nothing" --to Clerk --due 2027-01-01
	expect_err_contains "no resolution"
	refused_unchanged action add 2026-1 "Bad date" --to Clerk --due 2027-02-30
	export GAVEL_NOW=2027-02-01T12:00:00-05:00
	ok action list --overdue --json
	json 'length == 1 and .[0].to == "Director of Public Works" and .[0].overdue and .[0].resolution == "2026-1"'
	ok action done 1 --note "Contract awarded"
	refused_unchanged action done 1
	refused_unchanged action done 9
	ok action list --overdue
	expect_out_contains "No actions."
	ok action list --open --json
	json 'length == 1 and .[0].to == "Treasurer"'
}

t_mayor_decisions_and_vetoes_within_their_windows() {
	council_in_session
	ok bylaw reserve --title "Parking"
	B=$(last_line)
	move_carried "$M" "That by-law $B be passed." --bylaw "$B" --readings 1,2,3
	refused_unchanged mayor veto "$B" --on 2026-12-09 --reasons "Housing"
	expect_err_contains "procedure.strong-mayor"
	ok config procedure.strong-mayor yes
	ok mayor decision "Direct the CAO to prepare the 2027 budget." --on 2026-12-01
	# notice of intent within 2 days of passage, the veto within 14 of the notice
	refused_unchanged mayor veto "$B" --on 2026-12-11 --reasons "Housing"
	expect_err_contains "from 2026-12-08 to 2026-12-10, not 2026-12-11"
	refused_unchanged mayor veto "$B" --notice 2026-12-10 --on 2026-12-25 --reasons "Housing"
	expect_err_contains "from 2026-12-10 to 2026-12-24, not 2026-12-25"
	ok bylaw reserve --title "Unpassed"
	refused_unchanged mayor veto "$(last_line)" --on 2026-12-09 --reasons "x"
	expect_err_contains "not subject to veto: council has not passed it (reserved)"
	ok mayor veto "$B" --notice 2026-12-10 --on 2026-12-24 --reasons "It would hinder new housing."
	ok bylaw show "$B" --json
	json '.status == "vetoed" and .vetoed_on == "2026-12-24"'
	# passed by council, vetoed, not in force: never called enacted
	json '.enacted == null and .passed.date == "2026-12-08"'
	ok bylaw list
	expect_out_contains "(passed 2026-12-08; vetoed 2026-12-24)"
	! has_text "$(printf '%s\n' "$OUT" | grep "^$B ")" "enacted" || fail "bylaw list calls a vetoed by-law enacted"
	ok publish
	local row
	row=$(grep '<th scope="row">'"$B"'</th>' site/bylaws.html)
	has_text "$row" "<td>Vetoed by the head of council on December 24, 2026; passed by Council on December 8, 2026; not in force</td>" ||
		fail "bylaws.html does not say the vetoed by-law was passed and vetoed: $row"
	! has_text "$row" "nacted" || fail "bylaws.html calls a vetoed by-law enacted: $row"
	refused_unchanged bylaw sign "$B" --on 2026-12-28
	expect_err_contains "it is signed only once Council overrides the veto"
	ok mayor list
	expect_out_contains "veto of by-law $B" "decision: Direct the CAO"
	# in the public record, with their dates
	git -C record show main:head-of-council.md >"$SCRATCH/record.md"
	grep -qF "## December 24, 2026: veto of By-law $B" "$SCRATCH/record.md" ||
		fail "the veto is not in record/"
	grep -qF "## December 1, 2026: decision" "$SCRATCH/record.md" ||
		fail "the decision is not in record/"
	ok check
	# council overrides within 30 days, by two thirds of all members
	export GAVEL_NOW=2027-01-12T19:00:00-05:00
	ok meeting new --title "Regular Council Meeting" --at "2027-01-12 19:00"
	M2=$(last_line)
	ok live "$M2" attend "Côté,Tremblay,Haddad,Bouchard" --present
	ok live "$M2" start
	# the window at its edge: 18 days after December 24 is January 11
	ok config mayor.override-days 18
	refused_unchanged live "$M2" move "That Council override the veto of by-law $B." \
		--mover Haddad --seconder Bouchard --override-veto "$B"
	expect_err_contains "from 2026-12-24 to 2027-01-11, not 2027-01-12"
	ok config mayor.override-days 19
	ok live "$M2" move "That Council override the veto of by-law $B." --mover Haddad \
		--seconder Bouchard --override-veto "$B"
	K=$(last_line)
	refused_unchanged live "$M2" vote "$K" --carried --for 2 --against 2
	expect_err_contains "two-thirds of all members"
	refused_unchanged live "$M2" vote "$K" --carried
	expect_err_contains "two thirds of all members (3 of 4): give the counts"
	ok live "$M2" vote "$K" --carried --for 3 --against 1
	ok bylaw show "$B" --json
	json '.status == "enacted" and .veto_overridden.resolution == "2027-1"
		and .enacted.date == "2026-12-08" and .passed.date == "2026-12-08"'
	ok bylaw sign "$B"
	refused_unchanged live "$M2" move "Again" --mover Haddad --seconder Bouchard --override-veto "$B"
}

# The windows at their edges by the clock (GAVEL_NOW), with the settings'
# defaults: the last day in is accepted, the first day out refused, each
# refusal one line that changes nothing.
t_veto_windows_at_their_edges_by_the_clock() {
	council_in_session
	ok config procedure.strong-mayor yes
	ok config mayor.veto-notice-days
	expect_last_line 2
	ok config mayor.veto-days
	expect_last_line 14
	ok config mayor.override-days
	expect_last_line 30
	ok bylaw reserve --title "Parking"
	B=$(last_line)
	ok bylaw reserve --title "Fences"
	F=$(last_line)
	move_carried "$M" "That by-laws $B and $F be passed." --bylaw "$B,$F" --readings 1,2,3
	ok live "$M" adjourn --force
	# notice of intent (with the veto, the same day): December 8 to 10
	export GAVEL_NOW=2026-12-11T09:00:00-05:00
	refused_unchanged mayor veto "$B" --reasons "Housing"
	expect_err_contains "from 2026-12-08 to 2026-12-10, not 2026-12-11"
	export GAVEL_NOW=2026-12-10T16:00:00-05:00
	ok mayor veto "$B" --reasons "Housing"
	# the veto: up to 14 days after the notice of December 10
	export GAVEL_NOW=2026-12-25T09:00:00-05:00
	refused_unchanged mayor veto "$F" --notice 2026-12-10 --reasons "Housing"
	expect_err_contains "from 2026-12-10 to 2026-12-24, not 2026-12-25"
	export GAVEL_NOW=2026-12-24T09:00:00-05:00
	ok mayor veto "$F" --notice 2026-12-10 --reasons "Housing"
	refused_unchanged mayor veto "$F" --notice 2026-12-10 --reasons "Again"
	expect_err_contains "already vetoed"
	# the override: up to 30 days after the veto of December 10
	export GAVEL_NOW=2027-01-10T19:00:00-05:00
	ok meeting new --title "Special Council Meeting" --at "2027-01-10 19:00"
	M2=$(last_line)
	export GAVEL_NOW=2027-01-09T19:00:00-05:00
	ok meeting new --title "Special Council Meeting" --at "2027-01-09 19:00"
	M1=$(last_line)
	for m in "$M1" "$M2"; do
		[ "$m" = "$M1" ] || export GAVEL_NOW=2027-01-10T19:00:00-05:00
		ok live "$m" attend "Côté,Tremblay,Haddad,Bouchard" --present
		ok live "$m" start
	done
	refused_unchanged live "$M2" move "That Council override the veto of by-law $B." \
		--mover Haddad --seconder Bouchard --override-veto "$B"
	expect_err_contains "from 2026-12-10 to 2027-01-09, not 2027-01-10"
	export GAVEL_NOW=2027-01-09T19:30:00-05:00
	ok live "$M1" move "That Council override the veto of by-law $B." --mover Haddad \
		--seconder Bouchard --override-veto "$B"
	K=$(last_line)
	# short of two thirds of all members (3 of 4), even of those voting
	refused_unchanged live "$M1" vote "$K" --carried --for 2 --against 0
	ok live "$M1" vote "$K" --carried --for 3 --against 1
	ok bylaw show "$B" --json
	json '.status == "enacted" and .veto_overridden != null'
}

# By-laws in open data as OCD bills (tests/site/ocd.py), and on the site's
# by-laws page as residents read it.
t_bylaws_in_open_data_and_on_the_site() {
	council_in_session
	ok bylaw reserve --title "Tree Protection"
	B=$(last_line)
	move_carried "$M" "That by-law $B be read a first and second time." --bylaw "$B" --readings 1,2
	move_carried "$M" "That by-law $B be read a third time and passed." --bylaw "$B" --readings 3
	ok bylaw sign "$B"
	ok live "$M" adjourn
	ok agenda publish "$M"
	ok bylaw reserve --title "Purchase of [redact]CANARY-BYLAW 12 Elm[/redact]"
	ok config publish.base-url "https://council.example"
	ok export ocd
	expect_out_lacks CANARY
	json '.bills | length == 2'
	json '.bills[0] | .name == "2026-001" and .title == "Tree Protection" and
		([.actions[].classification[]] == ["reading-1", "reading-2", "reading-3", "passage",
		"executive-signature"]) and .actions[0].date == "2026-12-08"'
	/usr/bin/python3 "$GAVEL_ROOT/tests/site/ocd.py" "$T/out" || fail "OCD schema errors"
	jq '.bills[0].actions[0].classification = ["enacted"]' "$T/out" >"$SCRATCH/bad.json"
	! /usr/bin/python3 "$GAVEL_ROOT/tests/site/ocd.py" "$SCRATCH/bad.json" >/dev/null ||
		fail "an unknown action classification passed"
	ok publish
	grep -qF '<th scope="row">2026-001</th><td>Tree Protection</td><td>Enacted, December 8, 2026; signed</td>' site/bylaws.html ||
		fail "bylaws.html lacks the enacted by-law"
	grep -qF '>the Regular Council Meeting of December 8, 2026</a>' site/bylaws.html ||
		fail "bylaws.html does not name the meeting in words"
	! grep -qF "$M<" site/bylaws.html || fail "bylaws.html names a meeting by its slug"
	! grep -rqF CANARY site || fail "a redacted by-law title reached the site"
	grep -qF "Purchase of [redacted]" site/bylaws.html || fail "bylaws.html lacks the redacted title"
}

# An action on a direction given in closed session is confidential: listed
# for the clerk, never on the site, in exports or in the public record.
t_closed_session_actions_reach_no_public_output() {
	council_in_session
	move_carried "$M" "That staff publish the trail map."
	ok live "$M" move "That Council proceed into closed session under s.239(2)(c) to consider a land matter." \
		--to-close "239(2)(c)" --mover Côté --seconder Tremblay
	ok live "$M" vote "$(last_line)" --carried
	ok live "$M" closed --clause "239(2)(c)"
	ok live "$M" move "That staff negotiate as discussed." --direction --mover Côté --seconder Tremblay
	ok live "$M" vote "$(last_line)" --carried
	RES=$(sql "SELECT resolution_year || '-' || resolution_seq FROM events WHERE confidential = 1 AND resolution_seq IS NOT NULL")
	ok live "$M" rise
	ok live "$M" adjourn
	ok action add "$RES" "CANARY-ACTION offer within the limits" --to "CANARY-WHO Solicitor" --due 2027-01-10
	ok action add 2026-1 "Publish the trail map" --to "Director of Parks" --due 2027-01-10
	ok action list --json
	json 'length == 2 and ([.[] | select(.confidential)] | length == 1)'
	ok agenda publish "$M"
	ok minutes "$M" save
	ok publish
	grep -qF "Publish the trail map" site/actions.html || fail "the public action is missing"
	ok config publish.base-url "https://council.example"
	for kind in popolo ocd csv; do
		ok export "$kind"
		expect_out_lacks CANARY
	done
	! grep -rqF CANARY site site-cache record || fail "a closed-session action reached public output"
	(cd record && ! git log -p | grep -qF CANARY) || fail "a closed-session action is in record/'s history"
}

# A notice of motion is a public text like any other: what the clerk put in
# [redact] reaches neither the public minutes, record/, the site nor the
# public log; the complete minutes and --confidential keep it.
t_a_redacted_passage_of_a_notice_of_motion_stays_out_of_public_output() {
	council_in_session
	ok live "$M" notice "That Council buy the [redact]CANARY-NOTICE Smith[/redact] lot." \
		--mover Haddad --at 19:05
	ok live "$M" adjourn --force --at 19:10
	ok minutes "$M" --public
	expect_out_contains "Councillor Haddad gave notice that the following motion will be moved at the next meeting of Council: “That Council buy the [redacted] lot.”"
	expect_out_lacks CANARY "[redact]"
	ok minutes "$M" --public --format html
	expect_out_lacks CANARY
	ok live "$M" log
	expect_out_contains "Notice of motion given by Ahmed Haddad: That Council buy the [redacted] lot."
	expect_out_lacks CANARY
	ok live "$M" log --json
	expect_out_lacks CANARY
	ok minutes "$M"
	expect_out_contains "“That Council buy the [redact]CANARY-NOTICE Smith[/redact] lot.”"
	ok live "$M" log --confidential
	expect_out_contains "[redact]CANARY-NOTICE Smith[/redact]"
	ok agenda publish "$M"
	ok minutes "$M" save
	ok publish
	! grep -rqF CANARY site site-cache record || fail "the redacted passage reached public output"
	(cd record && ! git log -p | grep -qF CANARY) || fail "the redacted passage is in record/'s history"
}

# The demo town keeps its register from September, carries October's notice
# of motion to November's agenda, and follows up what Council directed.
t_demo_shows_the_life_of_bylaws_notices_and_actions() {
	mkdemo
	export GAVEL_NOW=2026-12-06T12:00:00-05:00
	ok bylaw show 2026-041 --json
	json '.status == "enacted" and .enacted.meeting == "2026-09-08-council" and
		.signed_on == "2026-09-09" and (.signed_head | contains("Côté"))'
	ok bylaw list --json
	json '[.[] | select(.status == "reserved")] | length == 5'
	json '.[] | select(.number == "2026-051") | .status == "vetoed" and .vetoed_on == "2026-11-11"'
	ok mayor list --json
	json 'length == 2 and ([.[].kind] | sort == ["decision", "veto"])'
	# October's Elm Street by-law, amended in November by a by-law of its own
	ok bylaw show 2026-045 --json
	json '.status == "enacted" and .signed_on == "2026-10-14" and .amended_by == "2026-053"'
	ok bylaw show 2026-053 --json
	json '.enacted.meeting == "2026-11-10-council" and .amends == "2026-045" and .signed_on != null'
	ok bylaw show 2026-045
	expect_out_contains "Amended by by-law 2026-053"
	# each month's notice, given by an item of the notices section or at
	# the console, is a motion of the next regular meeting (the inaugural
	# meeting, with no section for motions, is passed over)
	eq "$(sql "SELECT given.slug || ' > ' || m.slug || ' ' || i.position FROM notices n
		JOIN meetings given ON given.id = n.meeting_id JOIN items i ON i.id = n.item_id
		JOIN meetings m ON m.id = i.meeting_id ORDER BY n.id")" "2026-09-08-council > 2026-10-13-council 1
2026-10-13-council > 2026-11-10-council 1
2026-11-10-council > 2026-12-08-council 1" "the notices' items"
	ok action list --overdue --json
	json 'length == 1 and (.[0].text | contains("Elm Street"))'
	ok publish
	grep -qF "Install the speed cushions" site/actions.html || fail "actions.html lacks the overdue action"
	! grep -qF "Town Solicitor" site/actions.html || fail "a closed-session action is on the site"
	grep -qF "<th scope=\"row\">2026-041</th>" site/bylaws.html || fail "bylaws.html lacks 2026-041"
	grep '<th scope="row">2026-045</th>' site/bylaws.html | grep -qF "<td>Amended by 2026-053 on November 10, 2026</td>" ||
		fail "bylaws.html does not say what amends 2026-045"
}
