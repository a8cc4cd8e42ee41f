# gavel demo: the Town of Kestrel Falls, built through the real commands.

SEPT=2026-09-08-council
OCT=2026-10-13-council
NOV=2026-11-10-council
INAUG=2026-11-17-council
DEC=2026-12-08-council
# the regular meetings held, all of the 2022-2026 term of Council
PAST="$SEPT $OCT $NOV"

# redacted_spans M: the text inside each [redact]...[/redact] of M's agenda,
# one a line.
redacted_spans() {
	ok agenda show "$1" --format md
	grep -o '\[redact\][^[]*\[/redact\]' "$T/out" | sed 's/^\[redact\]//; s/\[\/redact\]$//'
}

# --- building ---------------------------------------------------------------

t_demo_builds_a_workspace_and_opens_no_tui_when_stdout_is_not_a_terminal() {
	run demo "$SCRATCH/town"
	expect_status 0
	expect_out_contains "Demo workspace ready in $SCRATCH/town"
	[ -f "$SCRATCH/town/gavel.db" ] || fail "no gavel.db"
	for d in record confidential hooks live; do
		[ -d "$SCRATCH/town/$d" ] || fail "no $d/"
	done
}

t_demo_publishes_its_website() {
	run demo "$SCRATCH/town"
	expect_status 0
	expect_out_contains "Its website: $SCRATCH/town/site/index.html"
	for f in index.html calendar.ics feed.xml data/popolo.json search.html \
		meetings/2026-10-13-council/agenda.html; do
		[ -s "$SCRATCH/town/site/$f" ] || fail "site/$f missing"
	done
	grep -qF '2026-12-08-council/agenda.html' "$SCRATCH/town/site/index.html" || fail "upcoming meeting not listed"
}

t_demo_with_no_tui_opens_no_tui_even_on_a_terminal() {
	command -v script >/dev/null || fail "needs script(1) to give gavel a terminal"
	local s=0
	timeout "$(slow 30)" script -qec "$(printf '%q ' "$GAVEL" demo "$SCRATCH/town" --no-tui)" /dev/null \
		>"$T/out" 2>&1 </dev/null || s=$?
	[ $s = 0 ] || { cat "$T/out"; fail "gavel demo --no-tui on a terminal: exit $s"; }
	grep -q "Demo workspace ready in $SCRATCH/town" "$T/out" || fail "no ready line"
	[ -f "$SCRATCH/town/gavel.db" ] || fail "no gavel.db"
}

t_demo_with_no_tui_builds_in_the_workspace_directory() {
	mkdir "$SCRATCH/here"
	cd "$SCRATCH/here"
	ok demo --no-tui
	[ -f gavel.db ] || fail "no gavel.db in the current directory"
	ok -C "$SCRATCH/here" meeting list
	expect_out_contains $SEPT $DEC
}

t_demo_on_an_existing_workspace_is_refused_and_changes_nothing() {
	refused_unchanged demo --no-tui
	expect_err_contains "already a gavel workspace"
}

t_demo_twice_in_the_same_directory_is_refused_the_second_time() {
	mkdemo
	db_snapshot
	git -C record rev-parse HEAD >"$T/head.before"
	refused demo "$SCRATCH/town" --no-tui
	expect_db_unchanged
	git -C record rev-parse HEAD | cmp -s - "$T/head.before" || fail "record/ changed"
}

t_demo_leaves_nothing_behind_in_the_temporary_directory() {
	mkdir "$SCRATCH/tmp"
	TMPDIR=$SCRATCH/tmp run demo "$SCRATCH/town"
	expect_status 0
	eq "$(find "$SCRATCH/tmp" -mindepth 1 | wc -l)" 0 "files left in TMPDIR"
}

t_demo_is_the_same_whatever_the_day_it_is_made() {
	GAVEL_NOW=2026-11-20T15:00:00Z run demo "$SCRATCH/a"
	expect_status 0
	GAVEL_NOW=2031-03-01T08:00:00Z run demo "$SCRATCH/b"
	expect_status 0
	for r in record confidential; do
		eq "$(git -C "$SCRATCH/b/$r" log --format='%H %ai %an <%ae>')" \
			"$(git -C "$SCRATCH/a/$r" log --format='%H %ai %an <%ae>')" "history of $r/"
	done
	db_dump "$SCRATCH/a/gavel.db" >"$T/a.sql"
	db_dump "$SCRATCH/b/gavel.db" | cmp -s - "$T/a.sql" || fail "the databases differ"
	eq "$(git -C "$SCRATCH/a/record" log --reverse --format=%ai | head -1)" \
		"2026-09-02 16:00:00 -0400" "first publication"
}

# --- content ----------------------------------------------------------------

t_demo_council_has_seven_voting_members() {
	mkdemo
	ok member list --json
	eq "$(jget '[.[] | select(.role == "mayor" or .role == "deputy-mayor" or .role == "councillor")] | length')" 7 "voting members"
	eq "$(jget '[.[] | select(.role == "mayor")] | length')" 1 "mayors"
	eq "$(jget '[.[] | select(.role == "deputy-mayor")] | length')" 1 "deputy mayors"
	json '[.[] | select(.role == "clerk")] | length == 1'
	json '[.[] | select(.role == "staff")] | length >= 3'
	json '[.[] | select(.role == "councillor") | .ward] | sort == ["1","2","3","4","5"]'
	ok body list --json
	eq "$(jget '.[] | select(.name == "Council") | .seats')" 7 "Council seats"
	eq "$(jget '.[] | select(.name == "Council") | .quorum')" 4 "Council quorum"
}

t_demo_names_keep_their_accents() {
	mkdemo
	ok member list --all --json
	for name in "Hélène Côté" "Marc Bélanger" "Sophie Gagné" "Minh-Anh Nguyễn" \
		"Siobhán Ó Briain" "Étienne Lévesque" "Geneviève Lachance"; do
		json --arg n "$name" '[.[] | select(.name == $n)] | length == 1' ||
			fail "no member named $name"
	done
	ok member list --body "Planning Committee" --on 2026-09-01 --json
	json '[.[] | .name] | index("Siobhán Ó Briain") != null'
	json '[.[] | .name] | index("Minh-Anh Nguyễn") == null'
}

# voting NAME...: the names of the voting members in $T/out (`member list
# --json`), in its order, one a line.
voting() {
	jget '.[] | select(.role == "mayor" or .role == "deputy-mayor" or .role == "councillor") |
		"\(.title) \(.name)\(if .ward then ", Ward " + .ward else "" end)"'
}

t_demo_member_list_shows_the_old_council_before_the_election_and_the_new_one_today() {
	mkdemo
	ok member list --on 2026-09-01 --json
	eq "$(voting)" "$(printf '%s\n' "Mayor Hélène Côté" "Deputy Mayor Marc Bélanger" \
		"Councillor Sophie Gagné, Ward 1" "Councillor Gordon McKinnon, Ward 5" \
		"Councillor Minh-Anh Nguyễn, Ward 2" "Councillor Siobhán Ó Briain, Ward 3" \
		"Councillor David Okafor, Ward 4")" "the council of September 1, 2026"
	json 'all(.[] | select(.role != "clerk" and .role != "staff"); .from == "2022-11-15")'
	json '.[] | select(.name == "Daniel Kowalski") | .title == "Treasurer" and .to == "2026-11-14"'
	json '[.[] | .name] | index("Geneviève Lachance") == null'
	# lib.sh freezes the clock at 2026-11-20: the council elected in 2026
	ok member list --json
	eq "$(voting)" "$(printf '%s\n' "Mayor Hélène Côté" "Deputy Mayor Sophie Gagné" \
		"Councillor Étienne Lévesque, Ward 1" "Councillor Gordon McKinnon, Ward 5" \
		"Councillor Minh-Anh Nguyễn, Ward 2" "Councillor David Okafor, Ward 4" \
		"Councillor Harpreet Sandhu, Ward 3")" "the council of today"
	json '.[] | select(.name == "Sophie Gagné") | .from == "2026-11-15" and .ward == null'
	json '.[] | select(.name == "Étienne Lévesque") | .from == "2026-11-15"'
	json '.[] | select(.name == "Geneviève Lachance") | .title == "Director of Finance" and .from == "2026-11-16"'
	json '[.[] | .name] | index("Marc Bélanger") == null and index("Daniel Kowalski") == null'
	# the day before and the first day of the term
	ok member list --on 2026-11-14 --json
	json '[.[] | select(.role == "deputy-mayor") | .name] == ["Marc Bélanger"]'
	ok member list --on 2026-11-15 --json
	json '[.[] | select(.role == "deputy-mayor") | .name] == ["Sophie Gagné"]'
	# everyone ever, each once: Sophie Gagné is one member in two terms
	ok member list --all --json
	json '[.[] | select(.name == "Sophie Gagné")] | length == 1'
	json '[.[] | select(.role == "mayor" or .role == "deputy-mayor" or .role == "councillor")] | length == 9'
	# the Planning Committee was made again at the inaugural meeting
	ok member list --body 'Planning Committee' --on 2026-09-01 --json
	eq "$(voting | tr '\n' ';')" "Mayor Hélène Côté;Deputy Mayor Marc Bélanger;Councillor Sophie Gagné, Ward 1;Councillor Gordon McKinnon, Ward 5;Councillor Siobhán Ó Briain, Ward 3;" \
		"the Planning Committee of September"
	ok member list --body 'Planning Committee' --json
	eq "$(voting | tr '\n' ';')" "Mayor Hélène Côté;Deputy Mayor Sophie Gagné;Councillor Étienne Lévesque, Ward 1;Councillor Gordon McKinnon, Ward 5;Councillor Harpreet Sandhu, Ward 3;" \
		"the Planning Committee of today"
	json '.[] | select(.name == "Harpreet Sandhu") | .bodies == ["Council", "Planning Committee"]'
}

t_demo_has_a_second_body_with_some_members() {
	mkdemo
	ok body list --json
	json '[.[] | select(.name == "Planning Committee" and .seats == 5)] | length == 1'
}

t_demo_has_four_past_meetings_and_one_on_december_8() {
	mkdemo
	ok meeting list --json
	eq "$(jget 'length')" 5 "meetings"
	# lib.sh freezes the clock at 2026-11-20T15:00:00Z.
	eq "$(jget '[.[] | select(.starts_at_utc < "2026-11-20T15:00:00Z")] | length')" 4 \
		"past meetings"
	eq "$(jget '.[] | select(.slug == "'$INAUG'") | .title + " " + .starts_at')" \
		"Inaugural Meeting of Council 2026-11-17T19:00:00-05:00" "the inaugural meeting"
	eq "$(jget '[.[] | select(.starts_at_utc > "2026-11-20T15:00:00Z") | .starts_at] | .[]')" \
		"2026-12-08T19:00:00-05:00" "the upcoming meeting"
	json 'all(.[]; .starts_at_utc | startswith("2026-"))'
	json 'all(.[]; .agenda_published)'
}

t_demo_meetings_follow_the_ontario_regular_template() {
	mkdemo
	for m in $SEPT $OCT $DEC; do
		ok agenda show $m --json
		for s in "Disclosure of Pecuniary Interest" "Adoption of Minutes" "Delegations" \
			"Consent Agenda" "By-laws" "Notices of Motion" "Closed Session" \
			"Confirmatory By-law" "Adjournment"; do
			json --arg s "$s" '[.items[] | select(.depth == 1 and .title == $s)] | length == 1' ||
				fail "$m has no section $s"
		done
		json '[.items[] | select(.title | test("^By-law 2026-0[0-9]{2}, a by-law to "))] | length >= 2'
		json '[.items[] | select(.parent == "5")] | length >= 1'
	done
}

t_demo_agendas_have_consent_items() {
	mkdemo
	for m in $SEPT $OCT 2026-11-10-council $DEC; do
		ok agenda show $m --json
		json '[.items[] | select(.consent)] | length >= 3' || fail "$m has too few consent items"
		json '[.items[] | select(.consent) | .parent] | unique == ["8"]'
	done
}

t_demo_staff_reports_have_markdown_bodies_and_recommendations() {
	mkdemo
	ok agenda show $SEPT --json
	json '.items[] | select(.number == "9.1") | .body | test("^#### ") and test("\n- ") and test("\n\\|---")'
	json '.items[] | select(.number == "9.1") | .recommendation | startswith("That Council award")'
}

t_demo_attaches_csv_files_that_reach_the_record() {
	mkdemo
	ok agenda show $SEPT --json
	json '.items[] | select(.number == "9.1") | .attachments | length == 1'
	json '.items[] | select(.number == "9.1") | .attachments[0].name == "tender-pw-2026-07-bid-summary.csv"'
	f=record/meetings/2026/$SEPT/attachments/9.1-tender-pw-2026-07-bid-summary.csv
	[ -f "$f" ] || fail "no $f"
	grep -q "^Northway Civil Ltd.,1284600.00," "$f" || fail "$f lacks the low bid"
}

# --- nothing leaked -----------------------------------------------------------

t_demo_closed_items_keep_their_body_out_of_the_public_agenda() {
	mkdemo
	ok agenda show $SEPT --json
	eq "$(jget '.items[] | select(.closed != null) | .closed')" "239(2)(c)" "September clause"
	ok agenda show $OCT --json
	eq "$(jget '.items[] | select(.closed != null) | .closed')" "239(2)(e)" "October clause"
	for m in $SEPT $OCT $DEC; do
		ok agenda show $m --json
		jget '.items[] | select(.closed != null) | .body' | grep -v '^$' >"$T/closed"
		[ -s "$T/closed" ] || fail "$m: the closed item has no body"
		ok agenda show $m --public
		while IFS= read -r line; do
			expect_out_lacks "$line"
		done <"$T/closed"
		ok agenda show $m --format md --public
		expect_out_contains "Closed session item: "
		while IFS= read -r line; do
			expect_out_lacks "$line"
			! grep -rqF -- "$line" record/ || fail "record/ has closed text: $line"
			grep -rqF -- "$line" confidential/ || fail "confidential/ lacks: $line"
		done <"$T/closed"
	done
}

t_demo_redacted_text_never_reaches_the_record() {
	mkdemo
	git -C record log -p --all >"$T/record.log"
	git -C confidential log -p --all >"$T/confidential.log"
	n=0
	for m in $SEPT $OCT 2026-11-10-council $DEC; do
		redacted_spans $m >"$T/spans"
		while IFS= read -r span; do
			n=$((n + 1))
			! grep -rqF -- "$span" record/ || fail "record/ has redacted text: $span"
			! grep -qF -- "$span" "$T/record.log" || fail "record/ history has: $span"
			grep -qF -- "$span" "$T/confidential.log" || fail "confidential/ lacks: $span"
		done <"$T/spans"
		ok agenda show $m --format md --public
		expect_out_lacks "[redact]"
	done
	[ $n -ge 4 ] || fail "only $n redacted spans in the demo"
	grep -qF "Delegate contact: Jean-Luc Moreau, [redacted]" record/meetings/2026/$SEPT/agenda.md ||
		fail "the public agenda does not show where text was redacted"
}

t_demo_record_and_confidential_pass_git_fsck() {
	mkdemo
	for r in record confidential; do
		git -C $r fsck --strict >"$T/fsck" 2>&1 || { cat "$T/fsck"; fail "git fsck --strict $r"; }
		# five agendas and a revision of December's; four minutes saved
		# on adjournment, with narrative, and the first two saved again
		# when approved; and in record/ the veto and the decision of the
		# head of council of November 11 (docs/bylaws.md)
		eq "$(git -C $r rev-list --count HEAD)" $([ $r = record ] && echo 18 || echo 16) \
			"commits in $r/"
	done
	git -C record log --format=%B | grep -qxF -- "- Added 6.3 Kestrel Falls Curling Club — Repairs to the Rink Roof" ||
		fail "the revised December agenda does not say what changed"
	eq "$(git -C record log -1 --format='%an <%ae>')" \
		"Anne-Marie Desjardins <clerk@kestrelfalls.example>" "author"
}

t_demo_minutes_have_versions_and_all_but_the_latest_are_approved_at_the_next_meeting() {
	mkdemo
	ok history $SEPT
	expect_out_contains "Minutes of $SEPT: draft, as adjourned"
	expect_out_contains "Minutes of $SEPT: Narrative for the delegation and the presentation"
	expect_out_contains "Minutes of $SEPT: approved at $OCT (resolution 2026-18)  (tag: approved/$SEPT)"
	ok history $OCT
	expect_out_contains "approved at $NOV (resolution 2026-35)  (tag: approved/$OCT)"
	ok history $NOV
	expect_out_contains "Minutes of $NOV: Narrative for the delegation and the presentation"
	expect_out_lacks "approved/$NOV"
	eq "$(git -C record tag -l 'approved/*' | tr '\n' ' ')" "approved/$SEPT approved/$OCT " \
		"approval tags"
	ok minutes $OCT --format md
	expect_out_contains "Priya Raman and Tom Whitcombe spoke for the Association"
	refused minutes $SEPT note 6.1 "a late change"
	expect_err_contains "minutes of $SEPT were approved at $OCT (resolution 2026-18)"
	ok minutes $NOV note 6.1 "still a draft"
}

t_demo_agenda_markdown_round_trips_through_import() {
	mkdemo
	ok agenda show $DEC --format md
	cp "$T/out" "$T/before.md"
	ok agenda show $DEC --json
	jq -S '[.items[] | del(.id)]' "$T/out" >"$T/before.json"
	ok agenda import $DEC "$T/before.md"
	ok agenda show $DEC --format md
	cmp -s "$T/out" "$T/before.md" || { diff "$T/before.md" "$T/out" | head; fail "md changed"; }
	ok agenda show $DEC --json
	jq -S '[.items[] | del(.id)]' "$T/out" >"$T/after.json"
	cmp -s "$T/before.json" "$T/after.json" ||
		{ diff "$T/before.json" "$T/after.json" | head; fail "items changed"; }
}

t_demo_agenda_of_a_meeting_that_happened_cannot_be_replaced_by_import() {
	mkdemo
	ok agenda show $SEPT --format md
	cp "$T/out" "$T/sept.md"
	refused_unchanged agenda import $SEPT "$T/sept.md"
}

# --- the meeting logs ---------------------------------------------------------

# status M [--confidential]: `live M status --json` into $T/out.
status() {
	local m=$1
	shift
	ok live "$m" status --json "$@"
}

# motion_on ITEM [N]: jq filter of the motions on ITEM (the Nth of them, from 0).
motion_on() {
	echo "[.motions[] | select(.item == \"$1\")]${2:+[$2]}"
}

t_demo_past_meetings_run_from_call_to_order_to_adjournment() {
	mkdemo
	for m in $PAST; do
		status $m --confidential
		eq "$(jget .state)" adjourned "$m state"
		jget .called_to_order | grep -q "T19:00:00" || fail "$m called to order at $(jget .called_to_order)"
		jget .adjourned | grep -Eq "T21:[2-4][0-9]:00" || fail "$m adjourned at $(jget .adjourned)"
		json '.quorum.met'
		# every motion was decided, and the last one adjourned the meeting
		json 'all(.motions[]; .result != null)'
		json '.motions[-1] | .text == "That Council adjourn." and .result == "carried"'
		json '[.recesses[] | select(.to != null)] | length == 1'
		# the items were taken in agenda order
		jget '[.items_taken[].item] | .[]' >"$T/taken"
		sort -t. -k1,1n -k2,2n -s "$T/taken" | cmp -s - "$T/taken" || fail "$m items out of order"
		grep -qx 9.1 "$T/taken" || fail "$m never took up 9.1"
	done
	# the clerk entered nothing before it happened
	eq "$(sql 'SELECT count(*) FROM events WHERE recorded_at < at')" 0 "events entered early"
	status $DEC
	eq "$(jget .state)" not-started "$DEC state"
	json '.motions == [] and .events == 0 and .called_to_order == null'
}

t_demo_every_carried_motion_has_the_next_resolution_number_of_2026() {
	mkdemo
	: >"$T/resolutions"
	: >"$T/amendments"
	for m in $PAST $INAUG; do
		status $m --confidential
		# a resolution for every carried motion but the amendments and the
		# procedural motions of a closed session (to rise)
		json 'all(.motions[]; (.result == "carried" and .amends == null and
			(.confidential and .kind == "procedural" | not)) == (.resolution != null))'
		jget '.motions[] | select(.amends != null and .result == "carried") | .number' >>"$T/amendments"
		# numbered in the order they carried
		jget '.motions | sort_by(.decided_at, .number)[] | .resolution // empty' >>"$T/resolutions"
	done
	n=$(wc -l <"$T/resolutions")
	[ "$n" -ge 40 ] || fail "only $n resolutions"
	[ -s "$T/amendments" ] || fail "no amendment carried: the rule for them went untested"
	seq -f '2026-%g' 1 "$n" | cmp -s - "$T/resolutions" ||
		{ diff <(seq -f '2026-%g' 1 "$n") "$T/resolutions" | head; fail "resolutions not 2026-1..$n"; }
}

t_demo_attendance_has_regrets_a_late_arrival_and_early_departures() {
	mkdemo
	status $SEPT
	json '.attendance[] | select(.member == "Minh-Anh Nguyễn") | .status == "regrets"'
	json '.attendance[] | select(.member == "David Okafor") |
		.roll_call == "absent" and .status == "present" and .arrived_at == "2026-09-08T19:14:00-04:00"'
	eq "$(jget '[.attendance[] | select(.status == "present")] | length')" 6 "present in September"
	status $OCT
	json '.attendance[] | select(.member == "Gordon McKinnon") | .status == "regrets"'
	json '.attendance[] | select(.member == "Minh-Anh Nguyễn") |
		.roll_call == "present" and .status == "left" and .left_at == "2026-10-13T21:04:00-04:00"'
	status $NOV
	json '[.attendance[] | select(.roll_call == "present")] | length == 7'
	json '.attendance[] | select(.member == "Gordon McKinnon") | .status == "left"'
}

t_demo_declared_member_takes_no_part_in_the_recorded_votes_on_the_item() {
	mkdemo
	status $SEPT
	json '[.declarations[] | select(.member == "Gordon McKinnon") | .item] == ["9.2", "11.2"]'
	json '.declarations[0].reason | test("Kestrel Homes")'
	for item in 9.2 11.2; do
		json "$(motion_on $item 0) | .recorded and .result == \"carried\""
		eq "$(jget "$(motion_on $item 0) | .votes[] | select(.member == \"Gordon McKinnon\") | .vote")" \
			"not voting" "McKinnon on $item"
		eq "$(jget "$(motion_on $item 0) | .votes[] | select(.member == \"Minh-Anh Nguyễn\") | .vote")" \
			absent "Nguyễn (regrets) on $item"
		json "$(motion_on $item 0) | .counts == {\"yes\": 4, \"no\": 1, \"abstain\": 0}"
		json "all($(motion_on $item)[]; .mover != \"Gordon McKinnon\" and .seconder != \"Gordon McKinnon\")"
	done
	# By-law 2026-042 was passed on its own, the other two together
	json "$(motion_on 11 0) | .text | test(\"2026-041 and 2026-043\")"
}

t_demo_consent_agenda_is_adopted_by_one_motion_but_the_held_item_separately() {
	mkdemo
	status $SEPT
	json '.consent == {"held": ["8.2"], "adopted": ["8.1", "8.3", "8.4"]}'
	json '[.motions[] | select(.consent)] | length == 1'
	json '.motions[] | select(.consent) | .item == "8" and .result == "carried"'
	json "$(motion_on 8.2) | length == 1 and .[0].result == \"carried\" and (.[0].consent | not)"
	json "$(motion_on 8.2 0) | .text == \"That Report FIN-2026-08 be received for information.\""
	status $OCT
	json '.consent == {"held": [], "adopted": ["8.1", "8.2", "8.3"]}'
}

t_demo_amendment_to_the_amendment_is_lost_on_a_tie_and_the_amendment_changes_the_wording() {
	mkdemo
	status $OCT
	main="$(motion_on 9.1) | map(select(.amends == null))[0]"
	json "$(motion_on 9.1) | length == 3"
	k=$(jget "$main | .number")
	a=$(jget "$(motion_on 9.1) | map(select(.amends == $k))[0] | .number")
	b=$(jget "$(motion_on 9.1) | map(select(.amends == $a))[0] | .number")
	[ -n "$a" ] && [ "$a" != null ] && [ -n "$b" ] && [ "$b" != null ] || fail "no amendment stack"
	# the tie: six present, three for and three against
	json ".motions[$b - 1] | .result == \"lost\" and .recorded and .counts.yes == 3 and .counts.no == 3"
	json ".motions[$b - 1] | .resolution == null"
	json ".motions[$b - 1].votes[] | select(.member == \"Gordon McKinnon\") | .vote == \"absent\""
	# voted innermost first
	json ".motions[$b - 1].decided_at < .motions[$a - 1].decided_at"
	json ".motions[$a - 1].decided_at < .motions[$k - 1].decided_at"
	json ".motions[$a - 1] | .result == \"carried\" and .counts == {\"yes\": 5, \"no\": 1, \"abstain\": 0}"
	# the carried amendment gave the motion its wording
	json "$main | .result == \"carried\" and .text != .moved_text"
	json --argjson a "$(jq ".motions[$a - 1]" "$T/out")" "$main | .text == \$a.replace_text"
	json "$main | .text | test(\"two radar speed signs\")"
	json "$main | .moved_text | test(\"a radar speed sign\")"
}

t_demo_two_thirds_vote_fails_with_a_bare_majority_and_a_motion_is_withdrawn() {
	mkdemo
	status $NOV
	json '[.motions[] | select(.threshold == "two-thirds")] | length == 1'
	json '.motions[] | select(.threshold == "two-thirds") |
		.result == "lost" and .recorded and .counts.yes == 4 and .counts.no == 3'
	json '[.motions[] | select(.result == "withdrawn")] | length == 1'
	json '.motions[] | select(.result == "withdrawn") | .resolution == null and (.text | test("deferred"))'
	# the motion the deferral would have put off was carried
	json "$(motion_on 9.1) | map(select(.result == \"carried\")) | length == 1"
	status $SEPT
	json '[.motions[] | select(.recorded | not) | select(.counts != null)] |
		any(.counts.yes == 5 and .counts.no == 1)'
}

t_demo_mis_keyed_vote_is_undone_and_the_correction_stays_in_the_log() {
	mkdemo
	status $NOV
	json "$(motion_on 9.3 0) | .result == \"carried\" and .counts.yes == 7 and .counts.no == 0"
	id=$(sql "SELECT id FROM meetings WHERE slug = '$NOV'")
	eq "$(sql "SELECT count(*) FROM events WHERE meeting_id = $id AND kind = 'undo'")" 1 corrections
	eq "$(sql "SELECT v.kind || ' ' || v.yes || '-' || v.no FROM events u JOIN events v ON v.id = u.voids
		WHERE u.meeting_id = $id AND u.kind = 'undo'")" "vote 5-2" "the voided event"
	eq "$(jget .events)" "$(sql "SELECT count(*) FROM events WHERE meeting_id = $id")" "events in status"
	# the voided vote gave up its resolution number to the vote that stands
	r8=$(jget "[$(motion_on 9.2)[] | .resolution // empty] | last")
	r9=$(jget "$(motion_on 9.3 0) | .resolution")
	eq "${r9#2026-}" $((${r8#2026-} + 1)) "resolution after $r8"
	k=$(jget "$(motion_on 9.3 0) | .number")
	ok live $NOV log
	grep -A1 "Motion $k carried (5 for, 2 against).*voided by" "$T/out" | grep -q "Correction: voids event" ||
		fail "the log does not show the correction"
}

t_demo_closed_sessions_give_a_direction_then_rise_and_report() {
	mkdemo
	for m in $PAST; do
		ok agenda show $m --json
		item=$(jget '.items[] | select(.closed != null) | .number')
		clause=$(jget '.items[] | select(.closed != null) | .closed')
		status $m --confidential
		eq "$(jget '.closed_sessions | length')" 1 "$m closed sessions"
		eq "$(jget '.closed_sessions[0].clause')" "$clause" "$m clause"
		json '.closed_sessions[0].to != null'
		json "[.motions[] | select(.confidential)] | length == 2"
		json ".motions[] | select(.confidential and .kind == \"direction\") |
			.item == \"$item\" and .result == \"carried\""
		json '.motions[] | select(.confidential and .kind == "procedural") | .result == "carried"'
		# going in was moved in public, and the report after rising too
		json --arg s "closed session under section $clause" \
			'any(.motions[]; .kind == "procedural" and (.confidential | not) and (.text | contains($s)))'
		json --argjson cs "$(jq '.closed_sessions[0]' "$T/out")" "[.motions[] |
			select(.item == \"$item\" and (.confidential | not))] |
			length == 1 and .[0].result == \"carried\" and .[0].moved_at > \$cs.to"
		jget '.motions[] | select(.confidential) | .text' >"$T/secret"
		[ "$(wc -l <"$T/secret")" = 2 ] || fail "$m: no closed-session wording"
		status $m
		json '[.motions[] | select(.confidential)] | length == 2 and all(keys == ["confidential", "number"])'
		while IFS= read -r line; do
			expect_out_lacks "$line"
		done <"$T/secret"
		ok live $m status
		while IFS= read -r line; do
			expect_out_lacks "$line"
		done <"$T/secret"
	done
}

t_demo_upcoming_meeting_can_be_run_live() {
	mkdemo
	# the council of the meeting's day: a member who left is not on it
	refused live $DEC attend Bélanger --present --at 19:00
	expect_err_contains "Marc Bélanger was not a member on 2026-12-08, the day of the meeting"
	ok live $DEC attend 'Côté,Gagné,Lévesque,Nguyễn,Sandhu,Okafor,McKinnon' --present --at 19:00
	ok live $DEC start --at 19:00
	ok live $DEC take 4 --at 19:02
	ok live $DEC move 'That the agenda be adopted as circulated.' --mover Gagné --seconder Okafor \
		--at 19:02
	eq "$(last_line)" 1 "the first motion of December"
	ok live $DEC vote 1 --carried --at 19:03
	status $DEC
	eq "$(jget .state)" in-session "$DEC state"
	json '.motions[0].result == "carried"'
	# the resolutions of the year carry on from the inaugural meeting
	status $INAUG --confidential
	last=$(jget '[.motions[] | select(.resolution != null) | .resolution | ltrimstr("2026-") | tonumber] | max')
	status $DEC
	eq "$(jget '.motions[0].resolution')" "2026-$((last + 1))" "December's first resolution"
}

# --- the procedures of a month's meetings (docs/procedure.md) -----------------

t_demo_passes_gavel_check() {
	mkdemo
	ok check
	expect_out_contains "ok   meeting logs follow the procedure rules (5 meetings)"
}

# signed M: the minutes of M as saved to record/, the ones the clerk signs,
# into $T/out.
signed() {
	cp "record/meetings/2026/$1/minutes.md" "$T/out"
}

# site_minutes M: the minutes page of M on the demo's site, into $T/out.
site_minutes() {
	cp "site/meetings/$1/minutes.html" "$T/out"
}

# section FROM TO: the lines of $T/out from the heading FROM to the heading
# TO, into $T/out.
section() {
	sed -n "/^$1 /,/^$2 /p" "$T/out" >"$T/section"
	mv "$T/section" "$T/out"
}

t_demo_september_defers_a_motion_to_october_whose_agenda_lists_it_and_carries_it() {
	mkdemo
	status $SEPT
	json "$(motion_on 10.2 0) | .result == \"deferred\" and .resolution == null and
		.note == \"Deferred to the meeting of October 13, 2026\""
	json "$(motion_on 10.2 1) | .disposition == \"defer\" and .target == \"$OCT\" and
		.result == \"carried\" and .resolution != null"
	signed $SEPT
	section "### 10.2" "## 11"
	expect_out_contains "seconded by Councillor McKinnon (to defer the motion below):" \
		"> That the motion be deferred to the Regular Meeting of Council on October 13, 2026, so that staff can report how many premises in Kestrel Falls lack broadband service." \
		"**Deferred to the meeting of October 13, 2026**."
	# on October's agenda, under Unfinished Business, marked where it came from
	ok agenda show $OCT --json
	json '.items[] | select(.number == "13") | .title == "Unfinished Business"'
	json --arg s $SEPT '.items[] | select(.number == "13.1") |
		.title == "Township of Alder Creek — Resolution on Rural Broadband" and
		.deferred_from == {"meeting": $s, "item": "10.2"}'
	ok agenda show $OCT
	expect_out_contains "13.1   Township of Alder Creek — Resolution on Rural Broadband (deferred from the Regular Meeting of Council of September 8, 2026, item 10.2)"
	grep -qF "Deferred from <a href=\"../$SEPT/minutes.html#item-10-2\">" \
		site/meetings/$OCT/agenda.html || fail "October's agenda page does not link to September's minutes"
	# and dealt with there
	status $OCT
	json "$(motion_on 13.1) | length == 1 and .[0].result == \"carried\" and .[0].resolution != null"
	signed $OCT
	section "### 13.1" "## 14"
	expect_out_contains "Deferred from the Regular Meeting of Council of September 8, 2026 (item 10.2)." \
		"> That Council support the resolution of the Township of Alder Creek calling on the Province to complete rural broadband by 2027." \
		"**Carried**."
}

t_demo_november_refers_a_motion_to_the_planning_committee() {
	mkdemo
	status $NOV
	json "[$(motion_on 9.2)[] | select(.result == \"referred\")] | length == 1"
	json "$(motion_on 9.2) | map(select(.disposition == \"refer\"))[0] |
		.target == \"the Planning Committee\" and .result == \"carried\" and .resolution != null"
	signed $NOV
	section "### 9.2" "### 9.3"
	expect_out_contains "seconded by Councillor Gagné (to refer the motion below):" \
		"> That the motion be referred to the Planning Committee, to be considered with the draft Official Plan policies in February 2027." \
		"> That staff include policies permitting secondary suites and garden suites as of right in every residential designation in the draft Official Plan." \
		"**Referred to the Planning Committee**."
	site_minutes $NOV
	expect_out_contains "Referred to the Planning Committee"
}

t_demo_october_has_a_point_of_order_and_the_ruling_is_sustained_on_appeal() {
	mkdemo
	status $OCT
	json '.rulings | length == 1 and .[0].result == "sustained" and .[0].at == "2026-10-13T20:55:00-04:00"'
	json '.rulings[0].appeal as $k | .motions[$k - 1] | .item == "12.1" and .resolution == null and
		.mover == "Marc Bélanger" and .counts == {"yes": 5, "no": 1, "abstain": 0}'
	signed $OCT
	section "### 12.1" "## 13"
	expect_out_contains "On a point of order at 8:55 p.m., the chair ruled: “Deputy Mayor Bélanger’s point of order, that the motion commits funds outside the budget process, is not well taken: the motion asks only for a report to the 2027 budget deliberations and commits no funds, so it is in order.”" \
		"**Motion**, moved by Deputy Mayor Bélanger, seconded by Councillor Nguyễn (appeal from the ruling of the chair):" \
		"> Shall the ruling of the chair be sustained?" \
		"**The ruling was sustained** (5 in favour, 1 opposed)."
	site_minutes $OCT
	expect_out_contains "On a point of order at 8:55 p.m., the chair ruled:" "The ruling was sustained"
}

t_demo_november_has_a_member_participating_electronically_who_counts_for_quorum() {
	mkdemo
	ok config procedure.remote-quorum
	eq "$(last_line)" yes "procedure.remote-quorum"
	ok live $NOV log
	expect_out_contains "Roll call; present electronically: Gordon McKinnon"
	# counted: all seven voted on the bridge update
	status $NOV
	json "$(motion_on 9.3 0) | .counts.yes == 7"
	signed $NOV
	expect_out_contains "**Present:** Mayor Hélène Côté, Deputy Mayor Marc Bélanger, Councillor Sophie Gagné, Councillor Gordon McKinnon (participated electronically, left 9:22 p.m.), Councillor Minh-Anh Nguyễn, Councillor Siobhán Ó Briain, Councillor David Okafor"
	site_minutes $NOV
	expect_out_contains "Councillor Gordon McKinnon (participated electronically, left 9:22 p.m.)"
	for m in $SEPT $OCT; do
		signed $m
		expect_out_lacks "participated electronically"
	done
}

t_demo_november_has_the_deputy_mayor_in_the_chair_while_the_mayor_has_an_interest() {
	mkdemo
	status $NOV
	json '.declarations[] | select(.member == "Hélène Côté") | .item == "10.1"'
	eq "$(jget .presiding)" "Hélène Côté" "presiding at the adjournment"
	signed $NOV
	expect_out_contains "The meeting was called to order at 7:00 p.m., Mayor Côté presiding."
	section "### 10.1" "## 11"
	expect_out_contains "- Mayor Côté declared a pecuniary interest (Her husband is employed by the Kestrel Valley Conservation Authority, whose budget and levy the correspondence concerns.) and took no part in the discussion of or the vote on it." \
		"Deputy Mayor Bélanger took the chair at 8:41 p.m." \
		"Mayor Côté took the chair at 8:45 p.m."
	# the Deputy Mayor took the chair before the motion, the Mayor after it
	eq "$(grep -e 'took the chair' -e '^> ' "$T/out")" "$(printf '%s\n' \
		"Deputy Mayor Bélanger took the chair at 8:41 p.m." \
		"> That the correspondence be received and referred to the 2027 budget." \
		"Mayor Côté took the chair at 8:45 p.m.")" "the order of the chair changes"
	site_minutes $NOV
	expect_out_contains "Deputy Mayor Bélanger took the chair at 8:41 p.m." \
		"Mayor Côté took the chair at 8:45 p.m."
}

t_demo_minutes_list_the_staff_recorded_present_at_each_meeting() {
	mkdemo
	signed $SEPT
	# by role, then surname (docs/minutes.md, "Heading and attendance")
	expect_out_contains "**Staff present:** Anne-Marie Desjardins, Clerk; Tomás Ferreira, Director of Public Works; Daniel Kowalski, Treasurer; Paul Leclerc, Chief Administrative Officer; Aisha Rahman, Senior Planner"
	signed $OCT
	expect_out_contains "**Staff present:** Anne-Marie Desjardins, Clerk; Tomás Ferreira, Director of Public Works; Daniel Kowalski, Treasurer; Paul Leclerc, Chief Administrative Officer"
	expect_out_lacks "Aisha Rahman"
	signed $NOV
	expect_out_contains "**Staff present:** Anne-Marie Desjardins, Clerk; Tomás Ferreira, Director of Public Works; Daniel Kowalski, Treasurer; Paul Leclerc, Chief Administrative Officer; Aisha Rahman, Senior Planner"
	status $OCT
	json '.staff_present == ["Anne-Marie Desjardins", "Paul Leclerc", "Daniel Kowalski", "Tomás Ferreira"]'
}

# --- the election of 2026: a new council from November 15 ------------------------

t_demo_september_minutes_list_members_who_later_left() {
	mkdemo
	signed $SEPT
	expect_out_contains "**Present:** Mayor Hélène Côté, Deputy Mayor Marc Bélanger, Councillor Sophie Gagné, Councillor Gordon McKinnon, Councillor Siobhán Ó Briain, Councillor David Okafor (arrived 7:14 p.m.)"
	expect_out_lacks "Lévesque" "Sandhu" "Lachance"
	status $SEPT
	json '[.attendance[] | .member] | index("Marc Bélanger") != null and index("Étienne Lévesque") == null'
}

t_demo_inaugural_meeting_seats_the_new_council_with_its_minutes() {
	mkdemo
	ok agenda show $INAUG --json
	eq "$(jget '[.items[] | select(.depth == 1) | .title] | join(";")')" \
		"Call to Order;Land Acknowledgement;Declarations of Office;Disclosure of Pecuniary Interest;Adoption of the Agenda;Inaugural Address of the Mayor;Appointments;Adjournment" \
		"the inaugural agenda"
	status $INAUG --confidential
	eq "$(jget .state)" adjourned "$INAUG state"
	eq "$(jget .presiding)" "Hélène Côté" "presiding"
	json '.quorum.met and .quorum.present == 7'
	# its roster is the council of November 17: the new members, not the old
	json '[.attendance[] | select(.status == "present") | .member] | sort ==
		["David Okafor", "Gordon McKinnon", "Harpreet Sandhu", "Hélène Côté", "Minh-Anh Nguyễn", "Sophie Gagné", "Étienne Lévesque"]'
	json '[.attendance[] | .member] | index("Marc Bélanger") == null and index("Siobhán Ó Briain") == null'
	json '.staff_present == ["Anne-Marie Desjardins", "Paul Leclerc", "Geneviève Lachance"]'
	json "$(motion_on 7.1 0) | .recorded and .result == \"carried\" and .counts == {\"yes\": 6, \"no\": 1, \"abstain\": 0}"
	json 'all(.motions[]; .result == "carried")'
	signed $INAUG
	expect_out_contains "# Minutes: Inaugural Meeting of Council" \
		"**Present:** Mayor Hélène Côté, Deputy Mayor Sophie Gagné, Councillor Étienne Lévesque, Councillor Gordon McKinnon, Councillor Minh-Anh Nguyễn, Councillor David Okafor, Councillor Harpreet Sandhu" \
		"The meeting was called to order at 7:00 p.m., Mayor Côté presiding." \
		"The Clerk administered the Declaration of Office to each member of Council. Councillors Lévesque and Sandhu took their seats for the first time, and Sophie Gagné as Deputy Mayor." \
		"**Resolution 2026-53**, moved by Deputy Mayor Gagné, seconded by Councillor Lévesque:" \
		"| Councillor Sandhu | Yes |" \
		"The meeting adjourned at 7:51 p.m."
	expect_out_lacks "Deputy Mayor Marc Bélanger" "Councillor Siobhán Ó Briain" "Daniel Kowalski" "**Absent:**"
	grep -qF "Geneviève Lachance" "$T/out" || fail "the Director of Finance is not among the staff present"
	site_minutes $INAUG
	expect_out_contains "Deputy Mayor Sophie Gagné" "Councillor Étienne Lévesque"
	# adopted at the December meeting, whose agenda lists them
	ok agenda show $DEC --json
	json '.items[] | select(.number == "5.2") | .title == "Inaugural Meeting of Council — November 17, 2026"'
}
