# What a meeting's record says where the live verbs leave a choice: what
# happens before the first item is taken up, a motion moved in closed
# session and left pending when council rises, deferred business on the
# next agenda (with its report, annex and motion, and never on a meeting
# already held, nor are notices of motion), the presiding member leaving,
# and a roll call repeated (docs/minutes.md, "Items"; docs/procedure.md;
# docs/bylaws.md, "Notices of motion").

M=2026-12-08-council
M2=2026-12-15-council

# section N FILE: the lines of FILE from the heading "## N " to the next
# heading of that level.
section() {
	awk -v h="## $1 " 'index($0, h) == 1 { on = 1; next } /^## / { on = 0 } on' "$2"
}

# in_order FILE PATTERN...: each PATTERN (grep) is on a line of FILE after
# the previous one's.
in_order() {
	local file=$1 last=0 n
	shift
	for p in "$@"; do
		n=$(grep -n -m1 -- "$p" "$file" | cut -d: -f1)
		[ -n "$n" ] || fail "'$p' is not in $file"
		[ "$n" -gt "$last" ] || fail "'$p' comes before what happened earlier"
		last=$n
	done
}

# The audit's council of five, a meeting of December 8 with 9.1 Arena
# under the Staff and Committee Reports, everyone present.
record_meeting() {
	ok member add "Chidi Okafor" --role councillor --ward 4
	ok meeting new --title "Regular Meeting of Council" --at "2026-12-08 19:00"
	ok agenda add $M "Arena" --under 9
	ok live $M attend Côté,Tremblay,Haddad,Bouchard,Okafor --present --at 19:00
}

t_what_happens_before_the_first_item_is_under_the_call_to_order() {
	record_meeting
	ok live $M start --at 19:02
	ok live $M chair Tremblay --at 19:03
	ok live $M ruling "The delegation may speak for five minutes." --at 19:04
	ok config minutes.speakers yes
	ok live $M speakers add Haddad
	GAVEL_NOW=2026-12-08T19:04:30-05:00 ok live $M speakers next
	ok live $M recess --at 19:05
	ok live $M resume --at 19:10
	ok live $M leave Okafor --at 19:11
	ok live $M declare Haddad --item 9.1 --reason "owns the arena's café" --at 19:12
	ok live $M move "That Council proceed into closed session under s.239(2)(c) to consider a land matter." \
		--to-close "239(2)(c)" --mover Côté --seconder Haddad --at 19:13
	ok live $M vote 1 --carried --at 19:14
	ok live $M closed --clause "239(2)(c)" --at 19:15
	ok live $M move "That staff negotiate the CANARY lease." --direction --mover Côté --seconder Bouchard --at 19:16
	ok live $M vote 2 --carried --at 19:17
	ok live $M rise --at 19:18
	ok live $M take 9.1 --at 19:20
	ok live $M adjourn --at 20:00
	for public in "" --public; do
		ok minutes $M $public
		printf '%s\n' "$OUT" >"$SCRATCH/minutes.md"
		expect_out_lacks "Not Under an Agenda Item"
		section 1 "$SCRATCH/minutes.md" >"$SCRATCH/call.md"
		# in time order, after the call to order
		in_order "$SCRATCH/call.md" "called to order at 7:02" "took the chair at 7:03" \
			"the chair ruled" "recessed at 7:05" "Resolution 2026-1\|Motion 1" \
			"moved into closed session at 7:15" "rose from closed session at 7:18"
		grep -q "Deputy Mayor Tremblay took the chair at 7:03 p.m." "$SCRATCH/call.md" ||
			fail "the change of chair is not under the Call to Order ($public)"
		grep -q "The meeting recessed at 7:05 p.m. and resumed at 7:10 p.m." "$SCRATCH/call.md" ||
			fail "the recess is not under the Call to Order ($public)"
		grep -q "the chair ruled" "$SCRATCH/call.md" || fail "the ruling is not under the Call to Order"
		grep -q "Speakers: Councillor Haddad." "$SCRATCH/call.md" ||
			fail "the speaker called is not under the Call to Order ($public)"
		grep -q "moved into closed session at 7:15 p.m." "$SCRATCH/call.md" ||
			fail "the closed session is not under the Call to Order ($public)"
		grep -q "rose from closed session at 7:18 p.m." "$SCRATCH/call.md" ||
			fail "the rise is not under the Call to Order ($public)"
		# the departure is in the attendance, the declaration under its items
		expect_out_contains "Councillor Chidi Okafor (left 7:11 p.m.)"
		section 3 "$SCRATCH/minutes.md" | grep -q "Councillor Haddad declared a pecuniary interest in item 9.1" ||
			fail "the declaration is not under the disclosure item"
		# the adjournment is the last thing said before the signatures
		sed -n '/^## 15 /,$p' "$SCRATCH/minutes.md" >"$SCRATCH/end.md"
		eq "$(grep -c 'took the chair\|recessed' "$SCRATCH/end.md")" 0 "events after the adjournment ($public)"
	done
	ok minutes $M --public
	expect_out_lacks CANARY
	ok minutes $M
	expect_out_contains "That staff negotiate the CANARY lease."
	section 1 <(printf '%s\n' "$OUT") | grep -q "CANARY lease" ||
		fail "the direction is not under the Call to Order in the complete minutes"
}

t_without_a_call_to_order_item_early_events_follow_the_call_to_order() {
	record_meeting
	ok agenda rm $M 1
	ok live $M start --at 19:02
	ok live $M chair Tremblay --at 19:03
	ok live $M recess --at 19:05
	ok live $M resume --at 19:10
	ok live $M take 8.1 --at 19:20
	ok live $M adjourn --at 20:00
	ok minutes $M --public
	expect_out_lacks "Not Under an Agenda Item"
	printf '%s\n' "$OUT" | grep -v '^$' | sed -n '/called to order/,/^## 1 /p' >"$SCRATCH/top"
	grep -q "Deputy Mayor Tremblay took the chair at 7:03 p.m." "$SCRATCH/top" ||
		fail "the change of chair does not follow the call to order"
	grep -q "recessed at 7:05 p.m." "$SCRATCH/top" || fail "the recess does not follow the call to order"
}

# A substantive motion moved in closed session, with an amendment, left
# pending when council rises.
closed_motion_pending() {
	record_meeting
	ok live $M start --at 19:02
	ok live $M take 13 --at 19:10
	ok live $M move "That Council proceed into closed session under s.239(2)(c) to consider a land matter." \
		--to-close "239(2)(c)" --mover Côté --seconder Haddad --at 19:10
	ok live $M vote 1 --carried --at 19:11
	ok live $M closed --clause "239(2)(c)" --at 19:12
	ok live $M move "That the CANARY lot be bought." --mover Haddad --seconder Bouchard --at 19:13
	ok live $M move "That the price be capped." --amends 2 --mover Tremblay --seconder Bouchard \
		--replace-text "That the CANARY lot be bought for at most \$1." --at 19:14
	refused_unchanged live $M vote 3 --carried --at 19:15
	expect_err_contains "cannot be voted in closed session"
	ok live $M rise --at 19:20
}

t_a_motion_moved_in_closed_session_is_not_voted_in_open_session() {
	closed_motion_pending
	refused_unchanged live $M vote 3 --carried --at 19:21
	expect_err_contains "motion 3 was moved in closed session and its wording is confidential: withdraw it and move it again in open session"
	refused_unchanged live $M vote 2 --carried --at 19:21
	expect_err_contains "motion 2 was moved in closed session and its wording is confidential: withdraw it"
	refused_unchanged live $M vote 2 --recorded --yes Côté,Haddad,Bouchard --no Tremblay --at 19:21
	expect_err_contains "motion 2 was moved in closed session"
	# nor amended in open session
	refused_unchanged live $M move "That it be leased instead." --amends 2 --mover Okafor \
		--seconder Côté --at 19:21
	expect_err_contains "motion 2 was moved in closed session and its wording is confidential"
	# withdrawn, it is moved again in open session and voted in public
	ok live $M withdraw 2 --at 19:22
	ok live $M move "That the lot at 12 Elm Street be bought." --mover Haddad --seconder Bouchard --at 19:23
	expect_last_line 4
	ok live $M vote 4 --carried --at 19:24
	ok live $M adjourn --force --at 19:30
	ok minutes $M --public
	expect_out_contains "That the lot at 12 Elm Street be bought." "**Resolution 2026-2**"
	expect_out_lacks CANARY
	ok agenda publish $M
	ok export popolo $M
	expect_out_contains "That the lot at 12 Elm Street be bought."
	expect_out_lacks CANARY
}

t_a_motion_moved_in_closed_session_may_be_withdrawn_when_council_closes_again() {
	closed_motion_pending
	ok live $M move "That Council proceed into closed session under s.239(2)(c) to consider a land matter." \
		--to-close "239(2)(c)" --mover Côté --seconder Haddad --at 19:21
	ok live $M vote 4 --carried --at 19:22
	ok live $M closed --clause "239(2)(c)" --at 19:23
	# the substantive one is withdrawn there; a direction moved in its
	# place is voted there
	ok live $M withdraw 2 --at 19:24
	ok live $M move "That staff report on the CANARY lot." --direction --mover Okafor --seconder Côté --at 19:25
	ok live $M vote 5 --carried --at 19:26
	ok live $M rise --at 19:27
	ok live $M adjourn --at 19:30
	ok minutes $M --public
	expect_out_contains "Direction given in closed session"
	expect_out_lacks CANARY
}

# A motion on 9.1 Arena deferred to the meeting of December 15.
deferred_to_m2() {
	record_meeting
	ok meeting new --title "Regular Meeting of Council" --at "2026-12-15 19:00"
	ok live $M start --at 19:02
	ok live $M take 9.1 --at 19:05
	ok live $M move "That the arena be renovated." --mover Haddad --seconder Bouchard --at 19:06
	ok live $M move "That the matter be deferred." --defer 1 --until $M2 --mover Okafor \
		--seconder Haddad --at 19:07
	ok live $M vote 2 --carried --at 19:08
}

t_deferred_business_keeps_its_section_and_is_named_by_its_meeting() {
	deferred_to_m2
	ok agenda show $M2 --json
	json '[.items[] | select(.deferred_from)] == [.items[] | select(.number == "9.1" and .title == "Arena")]'
	json '[.items[] | select(.depth == 1) | .title] | .[12:] == ["Closed Session", "Confirmatory By-law", "Adjournment"]'
	json '.items[] | select(.number == "13") | .title == "Closed Session"'
	ok agenda show $M2
	expect_out_contains "  9.1    Arena (deferred from the Regular Meeting of Council of December 8, 2026, item 9.1)"
	expect_out_lacks "deferred from $M"
	ok agenda show $M2 --format md
	expect_out_contains "### 9.1 Arena" "*Deferred from the Regular Meeting of Council of December 8, 2026, item 9.1.*"
	ok meeting show $M2
	expect_out_contains "  9.1 Arena (from the Regular Meeting of Council of December 8, 2026, item 9.1)"
	ok package $M2 --out "$SCRATCH/pkg.pdf"
	pdftotext "$SCRATCH/pkg.pdf" - | tr -s '\n ' '  ' >"$SCRATCH/pkg.txt"
	grep -qF "Deferred from the Regular Meeting of Council of December 8, 2026, item 9.1." \
		"$SCRATCH/pkg.txt" || fail "the agenda package does not say where 9.1 came from"
	ok agenda publish $M2
	ok publish --out "$SCRATCH/site" $M2
	grep -q "Deferred from <a href=\"../$M/minutes.html#item-9-1\">the Regular Meeting of Council of December 8, 2026, item 9.1</a>" \
		"$SCRATCH/site/meetings/$M2/agenda.html" || fail "the agenda page does not name $M"
}

t_deferred_business_without_its_section_goes_before_the_closing_sections() {
	record_meeting
	ok meeting new --title "Regular Meeting of Council" --at "2026-12-15 19:00"
	ok agenda rm $M2 9
	ok live $M start --at 19:02
	ok live $M take 9.1 --at 19:05
	ok live $M move "That the arena be renovated." --mover Haddad --seconder Bouchard --at 19:06
	ok live $M move "That the matter be deferred." --defer 1 --until $M2 --mover Okafor \
		--seconder Haddad --at 19:07
	ok live $M vote 2 --carried --at 19:08
	ok agenda show $M2 --json
	json '[.items[] | select(.depth == 1) | .title] | .[-4:] == ["Arena", "Closed Session", "Confirmatory By-law", "Adjournment"]'
}

t_the_presiding_member_leaves_only_once_another_takes_the_chair() {
	record_meeting
	ok live $M start --at 19:02
	refused_unchanged live $M leave Côté --at 19:10
	expect_err_contains "Marie Côté is presiding: record who takes the chair first (gavel live $M chair NAME)"
	refused_unchanged live $M attend Côté --absent --at 19:10
	expect_err_contains "Marie Côté is presiding"
	ok live $M recess --at 19:11
	refused_unchanged live $M leave Côté --at 19:12
	ok live $M resume --at 19:15
	ok live $M chair Tremblay --at 19:20
	ok live $M leave Côté --at 19:21
	ok live $M take 9.1 --at 19:22
	ok live $M adjourn --at 19:30
	ok minutes $M
	expect_out_contains "Mayor Côté presiding" "Deputy Mayor Tremblay took the chair at 7:20 p.m." \
		"Mayor Marie Côté (left 7:21 p.m.)"
}

t_a_roll_call_that_changes_nothing_is_refused() {
	record_meeting
	refused_unchanged live $M attend Haddad --present --at 19:01
	expect_err_contains "Ahmed Haddad is already recorded present: the roll call would change nothing"
	refused_unchanged live $M attend Okafor,Okafor --remote --at 19:01
	expect_err_contains "Chidi Okafor is named twice in the roll call"
	ok live $M attend Okafor --remote --at 19:01
	refused_unchanged live $M attend Okafor --remote --at 19:01
	ok live $M attend Bouchard --absent --at 19:01
	refused_unchanged live $M attend Bouchard --absent --at 19:01
	expect_err_contains "Élise Bouchard is already recorded absent"
	ok live $M attend "Jane Doe" --present --at 19:01
	refused_unchanged live $M attend "Jane Doe" --present --at 19:01
	ok live $M start --at 19:02
	refused_unchanged live $M attend Côté --present --at 19:03
	refused_unchanged live $M arrive Côté --at 19:03
	expect_err_contains "already present"
	# one event a member: the minutes and the log say it once
	ok live $M log
	eq "$(grep -c 'Roll call' <<<"$OUT")" 4 "roll call events"
}

t_closed_business_deferred_stays_under_the_closed_session() {
	record_meeting
	printf 'The CANARY appraisal is attached.\n' >"$SCRATCH/lot.md"
	printf 'CANARY appraisal\n' >"$SCRATCH/appraisal.txt"
	ok agenda add $M "Lot 7" --under 13 --closed "239(2)(c)" --body-file "$SCRATCH/lot.md"
	ok agenda attach $M 13.1 "$SCRATCH/appraisal.txt"
	ok meeting new --title "Regular Meeting of Council" --at "2026-12-15 19:00"
	ok live $M start --at 19:02
	ok live $M take 13 --at 19:05
	ok live $M move "That Council proceed into closed session under s.239(2)(c) to consider a land matter." \
		--to-close "239(2)(c)" --mover Côté --seconder Haddad --at 19:05
	ok live $M vote 1 --carried --at 19:06
	ok live $M closed --clause "239(2)(c)" --at 19:07
	ok live $M take 13.1 --at 19:08
	ok live $M move "That the CANARY lot be bought." --mover Haddad --seconder Bouchard --at 19:09
	ok live $M move "That the matter be deferred." --defer 2 --until $M2 --mover Okafor \
		--seconder Haddad --at 19:10
	ok live $M vote 3 --carried --at 19:11
	ok live $M rise --at 19:12
	ok agenda show $M2 --json
	json '[.items[] | select(.deferred_from)] == [.items[] | select(.number == "13.1" and .title == "Lot 7" and .closed == "239(2)(c)")]'
	json '.items[] | select(.number == "13") | .title == "Closed Session"'
	# it carries its report, annex and motion, all of them confidential
	json '.items[] | select(.deferred_from) | .body == "The CANARY appraisal is attached." and
	      .recommendation == "That the CANARY lot be bought." and
	      (.attachments | map(.name)) == ["appraisal.txt"]'
	ok agenda show $M2 --public --json
	json '.items[] | select(.deferred_from) | (.body // "") == "" and
	      (.recommendation // "") == "" and (.attachments // []) == []'
	expect_out_lacks CANARY "Lot 7"
	ok agenda show $M2 --format md --public
	expect_out_lacks CANARY "Lot 7"
	ok agenda publish $M2
	! grep -rq CANARY record || fail "the closed item's report reached record/"
	grep -rq "The CANARY appraisal is attached." confidential || fail "confidential/ lacks the report"
	ok package $M2 --public --out "$SCRATCH/pkg.pdf"
	pdftotext "$SCRATCH/pkg.pdf" - | grep -q CANARY && fail "the public package has the closed report"
	return 0
}

# hold MEETING: the meeting was held, everyone present, called to order and
# adjourned (entered before an earlier meeting, as a clerk catching up on
# paper records does).
hold() {
	ok live "$1" attend Côté,Tremblay,Haddad,Bouchard,Okafor --present --at 19:00
	ok live "$1" start --at 19:01
	ok live "$1" adjourn --at 19:30
}

t_a_deferral_to_a_meeting_already_held_is_refused() {
	record_meeting
	ok meeting new --title "Regular Meeting of Council" --at "2026-12-15 19:00"
	ok meeting new --title "Regular Meeting of Council" --at "2026-12-22 19:00"
	hold $M2
	# a meeting in progress was called to order too
	ok live 2026-12-22-council attend Côté,Tremblay,Haddad --present --at 19:00
	ok live 2026-12-22-council start --at 19:01
	ok live $M start --at 19:02
	ok live $M take 9.1 --at 19:05
	ok live $M move "That the arena be renovated." --mover Haddad --seconder Bouchard --at 19:06
	refused_unchanged live $M move "That the matter be deferred." --defer 1 --until $M2 \
		--mover Okafor --seconder Haddad --at 19:07
	expect_err_contains "meeting $M2 was already held: business is deferred to a meeting that will be held"
	refused_unchanged live $M move "That the matter be deferred." --defer 1 --until 2026-12-22-council \
		--mover Okafor --seconder Haddad --at 19:07
	expect_err_contains "meeting 2026-12-22-council was already held"
	ok live $M log
	expect_out_lacks "defer"
	# the held meeting's minutes gain nothing
	ok minutes $M2
	expect_out_lacks Arena
	# deferred to a meeting held since the deferral was moved, it cannot carry
	ok meeting new --title "Regular Meeting of Council" --at "2027-01-12 19:00"
	ok live $M move "That the matter be deferred." --defer 1 --until 2027-01-12-council \
		--mover Okafor --seconder Haddad --at 19:08
	hold 2027-01-12-council
	refused_unchanged live $M vote 2 --carried --at 19:09
	expect_err_contains "meeting 2027-01-12-council was held since the deferral was moved"
	ok live $M withdraw 2 --at 19:10
	ok agenda show 2027-01-12-council --json
	json '[.items[] | select(.deferred_from)] | length == 0'
}

t_a_deferral_to_a_date_and_a_notice_pass_over_a_meeting_already_held() {
	record_meeting
	ok agenda add $M "Notice of Councillor Bouchard" --under 12 --mover Bouchard \
		--recommendation "That staff review the crosswalks."
	ok meeting new --title "Regular Meeting of Council" --at "2026-12-15 19:00"
	hold $M2
	ok live $M start --at 19:02
	ok live $M take 9.1 --at 19:05
	ok live $M move "That the arena be renovated." --mover Haddad --seconder Bouchard --at 19:06
	ok live $M move "That the matter be deferred." --defer 1 --until 2026-12-10 --mover Okafor \
		--seconder Haddad --at 19:07
	ok live $M vote 2 --carried --at 19:08
	ok live $M take 12 --at 19:10
	ok live $M notice "That the arena open on Sundays." --mover Haddad --at 19:11
	# no meeting still to be held: both wait, as they do without a next meeting
	ok meeting show $M
	expect_out_contains "Deferred business waiting for a meeting" "Notices of motion awaiting a meeting" \
		"That the arena open on Sundays."
	ok meeting new --title "Regular Meeting of Council" --at "2027-01-12 19:00"
	# the notice of item 12.1, given at the adjournment, goes there at once
	ok live $M take 12.1 --at 19:12
	ok live $M adjourn --at 19:30
	for m in $M2 2027-01-12-council; do
		ok agenda show $m --json
		eq "$(jget '[.items[] | select(.deferred_from or (.title | startswith("Motion of")))]
		            | map(.title) | join("|")')" \
		   "$([ $m = $M2 ] || echo "Arena|Motion of Councillor Haddad (notice given at the Regular Meeting of Council of December 8, 2026)|Motion of Councillor Bouchard (notice given at the Regular Meeting of Council of December 8, 2026)")" \
		   "business carried forward to $m"
	done
	ok minutes $M2
	expect_out_lacks Arena "Motion of"
	ok meeting show $M
	expect_out_lacks "waiting for a meeting" "awaiting a meeting"
	# a meeting held after the business went on its agenda keeps it
	hold 2027-01-12-council
	ok agenda show 2027-01-12-council --json
	json '[.items[] | select(.deferred_from)] | length == 1'
}

# A report with a redacted passage and an annex on item 9.1 Arena; its
# motion amended (the amendment carried), a second amendment pending, then
# the motion deferred to $M2.
deferred_with_report() {
	record_meeting
	printf 'The arena roof leaks.\n\n[redact]The CANARY bid was lowest.[/redact]\n' >"$SCRATCH/report.md"
	printf '%%PDF-1.4\n%%%%EOF\n' >"$SCRATCH/roof.pdf"
	ok agenda edit $M 9.1 --body-file "$SCRATCH/report.md" --recommendation "That the arena be repaired."
	ok agenda attach $M 9.1 "$SCRATCH/roof.pdf"
	ok meeting new --title "Regular Meeting of Council" --at "2026-12-15 19:00"
	ok live $M start --at 19:02
	ok live $M take 9.1 --at 19:05
	ok live $M move "That the arena be renovated." --mover Haddad --seconder Bouchard --at 19:06
	ok live $M move "That the cost be capped." --amends 1 --mover Tremblay --seconder Bouchard \
		--replace-text "That the arena be renovated for at most \$2 million." --at 19:07
	ok live $M vote 2 --carried --at 19:08
	ok live $M move "That it be a rink." --amends 1 --mover Okafor --seconder Bouchard \
		--replace-text "That the arena become a rink." --at 19:09
	ok live $M move "That the matter be deferred." --defer 1 --until $M2 --mover Okafor \
		--seconder Haddad --at 19:10
	ok live $M vote 4 --carried --at 19:11
}

t_deferred_business_carries_its_report_annex_and_the_motion_as_amended() {
	deferred_with_report
	ok agenda show $M2 --json
	json '[.items[] | select(.deferred_from)] | length == 1'
	json '.items[] | select(.deferred_from) | .number == "9.1" and
	      .body == "The arena roof leaks.\n\n[redact]The CANARY bid was lowest.[/redact]" and
	      .recommendation == "That the arena be renovated for at most $2 million." and
	      (.attachments | map(.name)) == ["roof.pdf"]'
	ok agenda show $M2 --format md
	expect_out_contains "*Deferred from the Regular Meeting of Council of December 8, 2026, item 9.1.*" \
		"The arena roof leaks." "**Recommendation:** That the arena be renovated for at most \$2 million."
	# in public the redacted passage stays out, the rest is there
	ok agenda show $M2 --public --json
	json '.items[] | select(.deferred_from) | (.body | contains("The arena roof leaks.")) and
	      .recommendation == "That the arena be renovated for at most $2 million." and
	      (.attachments | map(.name)) == ["roof.pdf"]'
	expect_out_lacks CANARY
	ok agenda publish $M2
	ok publish --out "$SCRATCH/site" $M2
	grep -q "That the arena be renovated for at most \$2 million." \
		"$SCRATCH/site/meetings/$M2/agenda.html" || fail "the site's agenda lacks the motion deferred"
	! grep -rq CANARY "$SCRATCH/site" record || fail "the redacted passage was published"
	# deferred to a date, it carries the same when its meeting is created
	ok live $M take 9.1 --at 19:12
	ok live $M move "That the arena be painted." --mover Haddad --seconder Bouchard --at 19:13
	ok live $M move "That the matter be deferred." --defer 5 --until 2027-01-10 --mover Okafor \
		--seconder Haddad --at 19:14
	ok live $M vote 6 --carried --at 19:15
	ok meeting new --title "Regular Meeting of Council" --at "2027-01-12 19:00"
	ok agenda show 2027-01-12-council --json
	json '.items[] | select(.deferred_from) | (.body | startswith("The arena roof leaks.")) and
	      .recommendation == "That the arena be painted." and (.attachments | map(.name)) == ["roof.pdf"]'
}
