# gavel demo: the Town of Kestrel Falls, built through the real commands.

SEPT=2026-09-08-council
OCT=2026-10-13-council
DEC=2026-12-08-council

# mkdemo: build the demo in $SCRATCH/town and work there.
mkdemo() {
	run demo "$SCRATCH/town"
	[ "$STATUS" = 0 ] || { show_run >&2; fail "gavel demo failed"; }
	cd "$SCRATCH/town"
}

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

t_demo_with_no_tui_opens_no_tui_even_on_a_terminal() {
	command -v script >/dev/null || fail "needs script(1) to give gavel a terminal"
	local s=0
	timeout 30 script -qec "$(printf '%q ' "$GAVEL" demo "$SCRATCH/town" --no-tui)" /dev/null \
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
	ok member list --json
	for name in "Hélène Côté" "Marc Bélanger" "Sophie Gagné" "Minh-Anh Nguyễn" \
		"Siobhán Ó Briain"; do
		json --arg n "$name" '[.[] | select(.name == $n)] | length == 1' ||
			fail "no member named $name"
	done
	ok member list --body "Planning Committee" --json
	json '[.[] | .name] | index("Siobhán Ó Briain") != null'
	json '[.[] | .name] | index("Minh-Anh Nguyễn") == null'
}

t_demo_has_a_second_body_with_some_members() {
	mkdemo
	ok body list --json
	json '[.[] | select(.name == "Planning Committee" and .seats == 5)] | length == 1'
}

t_demo_has_three_past_meetings_and_one_on_december_8() {
	mkdemo
	ok meeting list --json
	eq "$(jget 'length')" 4 "meetings"
	# lib.sh freezes the clock at 2026-11-20T15:00:00Z.
	eq "$(jget '[.[] | select(.starts_at_utc < "2026-11-20T15:00:00Z")] | length')" 3 \
		"past meetings"
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
		eq "$(git -C $r rev-list --count HEAD)" 4 "commits in $r/"
	done
	eq "$(git -C record log -1 --format='%an <%ae>')" \
		"Anne-Marie Desjardins <clerk@kestrelfalls.example>" "author"
}

t_demo_agenda_markdown_round_trips_through_import() {
	mkdemo
	for m in $DEC; do
		ok agenda show $m --format md
		cp "$T/out" "$T/before.md"
		ok agenda show $m --json
		jq -S '[.items[] | del(.id)]' "$T/out" >"$T/before.json"
		ok agenda import $m "$T/before.md"
		ok agenda show $m --format md
		cmp -s "$T/out" "$T/before.md" || { diff "$T/before.md" "$T/out" | head; fail "$m md changed"; }
		ok agenda show $m --json
		jq -S '[.items[] | del(.id)]' "$T/out" >"$T/after.json"
		cmp -s "$T/before.json" "$T/after.json" ||
			{ diff "$T/before.json" "$T/after.json" | head; fail "$m items changed"; }
	done
}

t_demo_agenda_of_a_meeting_that_happened_cannot_be_replaced_by_import() {
	mkdemo
	ok agenda show $SEPT --format md
	cp "$T/out" "$T/sept.md"
	refused_unchanged agenda import $SEPT "$T/sept.md"
}
