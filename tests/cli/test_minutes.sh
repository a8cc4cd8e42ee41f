# gavel minutes: generated from the agenda, the meeting log and the clerk's
# notes; public and confidential forms; notes; golden files of a whole
# scripted meeting (UPDATE_GOLDEN=1 tests/cli/run tests/cli/test_minutes.sh
# rewrites them; the test itself compares exactly).

here_minutes=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
GOLDEN=$here_minutes/../golden
# shellcheck source=minutes_meeting.sh
source "$here_minutes/minutes_meeting.sh"
export GAVEL_NOW=2026-12-09T15:00:00Z
M=$MINUTES_MEETING

# golden NAME ARGS...: gavel ARGS prints exactly tests/golden/NAME.
golden() {
	local name=$1
	shift
	ok "$@"
	expect_golden "$name" "$T/out"
}

t_minutes_of_the_scripted_meeting_match_the_golden_files() {
	minutes_meeting
	golden minutes-public.md minutes $M --public
	golden minutes-confidential.md minutes $M
	golden minutes-public.html minutes $M --public --format html
	golden minutes-confidential.html minutes $M --format html
}

t_minutes_are_the_same_bytes_every_time() {
	minutes_meeting
	ok minutes $M
	cp "$T/out" "$SCRATCH/first.md"
	ok minutes $M
	cmp -s "$SCRATCH/first.md" "$T/out" || fail "two renderings differ"
	ok minutes $M --public --format html
	cp "$T/out" "$SCRATCH/first.html"
	ok minutes $M --public --format html
	cmp -s "$SCRATCH/first.html" "$T/out" || fail "two html renderings differ"
}

t_minutes_name_attendance_motions_results_and_votes() {
	minutes_meeting
	ok minutes $M
	expect_out_contains "Town of Testville" "Council Chambers" "Tuesday, December 8, 2026" \
		"**Present:** Mayor Marie Côté, Deputy Mayor Geneviève Tremblay (left 8:55 p.m.), Councillor Élise Bouchard (arrived 7:20 p.m.), Councillor Ahmed Haddad" \
		"**Regrets:** Councillor Robert Lee" "**Staff present:** Jane Doe, Clerk" \
		"called to order at 7:02 p.m., Mayor Côté presiding." \
		"The meeting adjourned at 9:01 p.m." \
		"> That Council approve the 2027 operating budget with \$50,000 added for transit." \
		"As moved, before amendment: “That Council approve the 2027 operating budget.”" \
		"*Amendment* (motion 4), moved by Deputy Mayor Tremblay, seconded by Councillor Bouchard" \
		"*Amendment to the amendment* (motion 5)" "**Lost** (a tie, 2 in favour, 2 opposed)." \
		"**Withdrawn**." "| Councillor Bouchard | No |" "| Councillor Lee | Absent (regrets) |" \
		"The meeting recessed at 8:00 p.m. and resumed at 8:10 p.m." \
		"Signed: ______________________________  Mayor Marie Côté" \
		"Signed: ______________________________  Jane Doe, Clerk"
	# the amendment to the amendment was voted first, and keeps its own words,
	# as the amendment keeps its own
	grep -n "Amendment" "$T/out" | head -2 | tr '\n' ' ' | grep -q "motion 5.*motion 4" ||
		fail "the amendments are not in the order they were voted"
	expect_out_contains "“That \$50,000 be added for transit.” The motion would read:"
	# recorded votes add up: Yeas and Nays, and the table right after its result
	expect_out_contains "**Carried**, resolution 2026-3 (Yeas 3, Nays 1)."
	# only decisions take resolution numbers: the amendments none
	! grep -q "resolution 2026-[0-9]*.*motion [45]" "$T/out" || fail "an amendment was numbered"
}

t_declarations_appear_under_their_item_and_the_disclosure_section() {
	minutes_meeting
	ok minutes $M --public
	sed -n '/^## 3 /,/^## 4 /p' "$T/out" >"$SCRATCH/disclosure"
	grep -qF "Councillor Haddad declared a pecuniary interest in item 8.2 Lease of 12 Elm Street (owns the neighbouring property) and took no part in the discussion of or the vote on it." \
		"$SCRATCH/disclosure" || fail "declaration missing from the disclosure section"
	sed -n '/^### 8.2 /,/^### 8.3 /p' "$T/out" >"$SCRATCH/item"
	grep -qF "Councillor Haddad declared a pecuniary interest (owns the neighbouring property) and took no part" \
		"$SCRATCH/item" || fail "declaration missing under item 8.2"
}

# Wording a clerk would otherwise correct: a reason ending in its own
# period gets no second one, and minutes of a meeting with no closed
# session carry no confidential banner even in their complete form.
t_a_reason_keeps_one_period_and_open_minutes_have_no_confidential_banner() {
	new_meeting --template blank
	local M
	M=$(last_line)
	ok agenda add $M "Lease"
	ok live $M attend "Côté,Tremblay,Haddad" --present --at 19:00
	ok live $M start --at 19:00
	ok live $M take 1 --at 19:01
	ok live $M declare Haddad --item 1 --reason "owns the lot adjacent to 12 Elm St." --at 19:02
	ok live $M adjourn --at 19:10
	ok minutes $M
	expect_out_contains "(owns the lot adjacent to 12 Elm St.) and took no part"
	expect_out_lacks ".." "Confidential" "Not for publication"
	ok minutes $M --format html
	expect_out_lacks "Not for publication"
}

t_consent_items_are_listed_under_the_resolution_and_held_items_apart() {
	minutes_meeting
	ok minutes $M --public
	sed -n '/^## 8 /,/^### 8.1 /p' "$T/out" >"$SCRATCH/consent"
	grep -qF "**Resolution 2026-1**, moved by" "$SCRATCH/consent" &&
		grep -qF "**Carried** (3 in favour, 0 opposed)." "$SCRATCH/consent" ||
		fail "no consent resolution"
	sed -n '/adopted these consent items/,/Held and dealt/p' "$SCRATCH/consent" >"$SCRATCH/adopted"
	grep -qxF -- "- 8.1 Minutes of the Finance Committee" "$SCRATCH/adopted" || fail "8.1 not adopted"
	grep -qxF -- "- 8.3 Road Salt Tender" "$SCRATCH/adopted" || fail "8.3 not adopted"
	! grep -qF "8.2" "$SCRATCH/adopted" || fail "held item 8.2 listed as adopted"
	sed -n '/Held and dealt with separately/,$p' "$SCRATCH/consent" | grep -qxF -- "- 8.2 Lease of 12 Elm Street" ||
		fail "8.2 not listed as held"
	expect_out_contains "*Consent item: adopted by resolution 2026-1.*" \
		"*Consent item: held from the consent agenda and dealt with separately.*" \
		"> That the lease of 12 Elm Street be renewed for five years."
}

t_public_minutes_keep_only_the_public_part_of_a_closed_session() {
	minutes_meeting
	ok minutes $M --public
	expect_out_contains "> That Council proceed into closed session to discuss labour relations." \
		"moved into closed session at 8:32 p.m. under section 239(2)(d) of the Municipal Act, 2001 (labour relations or employee negotiations)." \
		"Council rose from closed session at 8:50 p.m." \
		"(resolution to close, s.239(4))" \
		"Direction given in closed session (Resolution 2026-5)." \
		"> That Council ratify the direction given to staff in closed session." \
		"*Closed session item: 239(2)(d) — labour relations or employee negotiations.*" \
		"[redacted]"
	expect_out_lacks CANARY "Motion 9" "motion 9" "[redact]" "salary of J. Smith" \
		"without note or comment" "Confidential"
	ok minutes $M --public --format html
	expect_out_lacks CANARY "salary of J. Smith"
	ok minutes $M
	expect_out_contains "CANARY-PURPLE-OTTER" "CANARY-CLOSED-NOTE" "Motion 9" \
		"recorded without note or comment" "[redact]the salary of J. Smith[/redact]"
}

t_html_minutes_are_escaped_markdown() {
	minutes_agenda
	ok minutes $M note 9.1 "<script>alert(1)</script> and [a link](javascript:alert(2))"
	ok minutes $M --format html
	expect_out_contains "<!DOCTYPE html>" '<html lang="en">' "<h1>Minutes: Regular Meeting</h1>" \
		"&lt;script>"
	expect_out_lacks "<script>" 'href="javascript:'
}

t_minutes_before_the_meeting_show_the_notes_and_no_attendance() {
	minutes_agenda
	ok minutes $M note 6 "Two delegations are expected."
	ok minutes $M
	expect_out_contains "Attendance has not been recorded." "Two delegations are expected."
	expect_out_lacks "called to order" "adjourned"
}

t_a_note_can_be_replaced_read_from_a_file_or_stdin_and_removed() {
	minutes_agenda
	ok minutes $M note 9.1 "First draft."
	expect_last_line 9.1
	ok minutes $M note 9.1 "Second draft."
	ok minutes $M
	expect_out_contains "Second draft."
	expect_out_lacks "First draft."
	printf 'From a *file*.\n\n- with a list\n' >"$SCRATCH/note.md"
	ok minutes $M note 9.2 --file "$SCRATCH/note.md"
	echo "From stdin." | run_in - minutes $M note 9.3 --file -
	expect_status 0
	ok minutes $M
	expect_out_contains "From a *file*." "- with a list" "From stdin."
	ok minutes $M note 9.1 ""
	ok minutes $M
	expect_out_lacks "Second draft."
}

t_bad_notes_are_refused_and_change_nothing() {
	minutes_agenda
	refused_unchanged minutes $M note 42 "No such item."
	expect_err_contains "42"
	refused_unchanged minutes 2099-01-01-council note 1 "No such meeting."
	printf 'bad \xff byte\n' >"$SCRATCH/bad.md"
	refused_unchanged minutes $M note 9.1 --file "$SCRATCH/bad.md"
	head -c 70000 /dev/zero | tr '\0' 'x' >"$SCRATCH/big.md"
	refused_unchanged minutes $M note 9.1 --file "$SCRATCH/big.md"
	db_snapshot
	run minutes $M note 9.1 "text" --file "$SCRATCH/bad.md"
	expect_usage_error "minutes note"
	expect_db_unchanged
	run minutes $M --format docx
	expect_usage_error minutes
}

t_minutes_of_a_cancelled_meeting_say_so() {
	minutes_agenda
	ok meeting edit $M --cancel
	ok minutes $M --public
	expect_out_contains "**This meeting was cancelled.**"
}

t_every_late_arrival_and_early_departure_is_listed_with_its_time() {
	minutes_agenda
	live attend "Côté,Tremblay,Haddad" --present --at "$(at 19:00)"
	live attend Bouchard --absent --at "$(at 19:00)"
	live start --at "$(at 19:00)"
	live arrive Bouchard --at "$(at 19:20)"
	live leave Bouchard --at "$(at 20:00)"
	live arrive Bouchard --at "$(at 20:30)"
	live leave Haddad --at "$(at 21:00)"
	ok minutes $M
	expect_out_contains "Ahmed Haddad (left 9:00 p.m.)" \
		"Élise Bouchard (arrived 7:20 p.m., left 8:00 p.m., returned 8:30 p.m.)" \
		"**Absent:** Councillor Robert Lee"
}

t_minutes_link_each_item_to_its_moment_in_the_recording() {
	# A default stream URL reaches the meeting; the call to order (7:02 p.m.)
	# is the origin, as no stream start was marked.
	ok config stream.url "https://video.example/council/2026-12-08"
	minutes_meeting
	golden minutes-stream-public.md minutes $M --public
	# 9.1 was taken up at 7:25 p.m.: 23 minutes in
	expect_out_contains "### 9.1 2027 Operating Budget

[Watch 9.1 2027 Operating Budget in the recording (from 0:23:00)](https://video.example/council/2026-12-08#t=1380)"
	golden minutes-stream-public.html minutes $M --public --format html
	expect_out_contains '<h3 id="item-9-1">9.1 2027 Operating Budget</h3>
<p class="watch"><a href="https://video.example/council/2026-12-08#t=1380">Watch 9.1 2027 Operating Budget in the recording (from 0:23:00)</a></p>'
	# an item never taken up, and one taken up in closed session, have none
	sed -n '/^### 13.1 /,/^## 14 /p' "$GOLDEN/minutes-stream-public.md" | grep -q Watch &&
		fail "closed item 13.1 links into the recording"
	sed -n '/^## 10 /,/^## 11 /p' "$GOLDEN/minutes-stream-public.md" | grep -q Watch &&
		fail "item 10, never taken up, links into the recording"
	ok minutes $M
	expect_out_contains "(https://video.example/council/2026-12-08#t=1380)"
	# YouTube gets t=; parentheses cannot end the markdown link early
	ok meeting edit $M --stream-url "https://www.youtube.com/watch?v=abc(1)"
	ok minutes $M --public
	expect_out_contains "(from 0:23:00)](https://www.youtube.com/watch?v=abc%281%29&t=1380)"
	ok minutes $M --public --format html
	expect_out_contains 'href="https://www.youtube.com/watch?v=abc(1)&amp;t=1380"'
	ok meeting edit $M --stream-url ""
	ok minutes $M --public
	expect_out_lacks "in the recording (from"
}
