# gavel check [--repair]: is the workspace consistent?

t_check_passes_on_a_sound_workspace() {
	scripted_meeting
	printf 'a,b\n' >"$SCRATCH/x.csv"
	ok agenda attach "$M" 9.1 "$SCRATCH/x.csv"
	ok check
	eq "$(grep -c '^ok ' "$T/out")" 13 "checks passed"
	expect_out_contains "meeting logs follow the procedure rules (1 meeting)" \
		"stored text has no control or bidirectional characters"
}

t_check_finds_a_damaged_search_index_and_repair_rebuilds_it() {
	scripted_meeting
	sql "DELETE FROM search WHERE rowid IN (SELECT rowid FROM search WHERE kind = 'item' LIMIT 3)"
	refused check
	expect_err_contains "check found 1 problem"
	expect_out_contains "FAIL search index"
	ok check --repair
	expect_out_contains "rebuilt the search index"
	ok check
	ok search "water" --json
	json '.results | length > 0'
}

t_check_finds_a_log_that_breaks_the_rules() {
	scripted_meeting
	# the tie of motion 2 (lost) edited behind gavel's back into a carried vote
	sql "UPDATE events SET result = 'carried' WHERE kind = 'vote' AND motion = 2"
	refused check
	expect_out_contains "FAIL meeting logs follow the procedure rules (1 meeting): $M: event 11 (vote) breaks a rule: --carried but the recorded vote is 1 yes, 1 no"
	refused check --repair
	expect_err_contains "that --repair cannot mend"
}

t_check_finds_a_log_out_of_time_order() {
	scripted_meeting
	# the adjournment written by hand (or an older gavel) before the call to order
	sql "UPDATE events SET at = at - 86400 WHERE kind = 'adjourn'"
	refused check
	expect_out_contains "FAIL meeting logs follow the procedure rules (1 meeting): $M:" "is before the latest event"
}

t_check_finds_a_changed_attachment() {
	ok meeting new --title "Regular" --at "2026-12-01 19:00"
	M=$(last_line)
	printf 'ward,km\n1,12\n' >"$SCRATCH/paving.csv"
	ok agenda attach "$M" 1 "$SCRATCH/paving.csv"
	f=$(ls attachments/* | head -1)
	chmod u+w "$f" && echo tampered >>"$f"
	refused check
	expect_out_contains "FAIL attachments present and unchanged: attachment 'paving.csv'"
}

t_check_finds_a_missing_object_in_the_record() {
	ok meeting new --title "Regular" --at "2026-12-01 19:00"
	ok agenda publish "$(last_line)"
	blob=$(git -C record rev-parse HEAD:meetings/2026/2026-12-01-council/agenda.md)
	rm -f "record/.git/objects/${blob:0:2}/${blob:2}"
	refused check
	expect_out_contains "FAIL record/ history readable"
	expect_out_contains "ok   confidential/ history readable"
}

t_check_finds_a_log_whose_derived_fields_were_changed() {
	scripted_meeting
	# motion 1 was moved in open session; marking it confidential hides it
	sql "UPDATE events SET confidential = 1 WHERE kind = 'move' AND motion = 1"
	refused check
	expect_out_contains "event 6 (move): the log's confidentiality is not what the rules give"
}

# record/ lost, then confidential/ damaged: --repair makes each again from
# the database (the damaged one kept aside), with the published agendas,
# the minutes and the approval tags; what was lost is only the history.
t_repair_makes_a_lost_or_damaged_repository_again_from_the_database() {
	mkdemo
	local SEPT=2026-09-08-council NOV=2026-11-10-council
	git -C record show main:head-of-council.md >"$SCRATCH/hoc-before.md"
	local a conf
	conf=$(git -C confidential rev-parse main)
	for a in $SEPT $NOV; do
		git -C confidential show "main:meetings/2026/$a/agenda.md" >"$SCRATCH/$a-agenda.md"
	done
	rm -rf record
	run check
	expect_status 1
	expect_out_contains "FAIL record/ history readable"
	ok check --repair
	expect_out_contains "made record/ again from the database" "ok   record/ history readable"
	git -C record fsck --strict >/dev/null 2>&1 || fail "git fsck --strict record/"
	eq "$(git -C record tag -l 'approved/*' | tr '\n' ' ')" "approved/$SEPT approved/2026-10-13-council " \
		"approval tags"
	ok minutes $NOV --public
	cmp -s "$T/out" <(git -C record show "main:meetings/2026/$NOV/minutes.md") ||
		fail "record/ minutes differ from the database's"
	ok agenda show $NOV --format md --public
	cmp -s "$T/out" <(git -C record show "main:meetings/2026/$NOV/agenda.md") ||
		fail "record/ agenda differs from the database's"
	git -C record show "main:meetings/2026/$SEPT/agenda.md" | grep -qF "[redacted]" ||
		fail "record/ agenda is not the public form"
	# the head of council's decisions and vetoes, public record too
	git -C record show main:head-of-council.md >"$SCRATCH/hoc.md" 2>/dev/null ||
		fail "record/ made again lacks head-of-council.md"
	cmp -s "$SCRATCH/hoc.md" "$SCRATCH/hoc-before.md" || fail "head-of-council.md differs"
	# confidential/, whole, is left as it was: the same text is no commit
	eq "$(git -C confidential rev-parse main)" "$conf" "confidential/ after record/ was made again"
	echo "garbage" >confidential/.git/refs/heads/main
	ok check --repair
	expect_out_contains "made confidential/ again" "the damaged one is kept as ./confidential.damaged-"
	eq "$(stat -c %a confidential)" 700 "mode of the new confidential/"
	ls -d confidential.damaged-* >/dev/null || fail "the damaged confidential/ was not kept"
	ok minutes $NOV
	cmp -s "$T/out" <(git -C confidential show "main:meetings/2026/$NOV/minutes.md") ||
		fail "confidential/ minutes differ from the database's"
	# the complete agendas as published, each redaction marked once
	for a in $SEPT $NOV; do
		git -C confidential show "main:meetings/2026/$a/agenda.md" |
			cmp -s - "$SCRATCH/$a-agenda.md" || fail "confidential/ agenda of $a differs"
	done
	ok check
}

# A declaration of interest made after the member voted, as a gavel of
# before version 3 of the procedure rules recorded it: check holds the
# event to the rules it was recorded under and warns, naming it, that
# today's refuse it; the same event recorded since is a broken log
# (docs/procedure.md, "Logs recorded under earlier rules").
t_check_warns_of_a_declaration_after_the_vote_that_earlier_rules_accepted() {
	ok meeting new --title "Regular Meeting" --at "2026-12-01 19:00"
	M=$(last_line)
	ok agenda add "$M" "Water rates" --under 9
	ok agenda publish "$M"
	ok live "$M" attend "Côté,Tremblay,Haddad,Bouchard" --present --at 19:00
	ok live "$M" start --at 19:00
	ok live "$M" take 9.1 --at 19:10
	ok live "$M" move "That Council approve the water rates." --mover Tremblay --seconder Côté --at 19:12
	ok live "$M" vote 1 --recorded --yes Tremblay,Côté,Haddad --no Bouchard --at 19:15
	refused live "$M" declare Haddad --item 9.1 --reason "owns a rental property" --at 19:16
	expect_err_contains "Ahmed Haddad already took part in item 9.1 (voted on motion 1)"
	# as the older gavel wrote it, then the workspace took version 3
	"$PLANT_SQL" gavel.db "INSERT INTO events(meeting_id, seq, kind, at, recorded_at, member_id,
		item_id, text, confidential)
		SELECT v.meeting_id, v.seq + 1, 'declare', v.at + 60, v.recorded_at,
		(SELECT id FROM members WHERE name = 'Ahmed Haddad'),
		(SELECT item_id FROM events WHERE kind = 'take'), 'owns a rental property', 0
		FROM events v WHERE v.kind = 'vote'"
	sql "UPDATE procedure_rules SET since = (SELECT max(recorded_at) + 1 FROM events) WHERE version = 3"
	export GAVEL_NOW=2026-12-02T01:00:00Z
	ok live "$M" adjourn --at 19:30
	ok check
	expect_out_contains "warn $M: event 6 (declare), recorded on 2026-11-20, was accepted under the rules of then and stands; today's rules refuse it: Ahmed Haddad already took part in item 9.1 (voted on motion 1)" \
		"ok   meeting logs follow the procedure rules (1 meeting)"
	eq "$(grep -c '^warn ' "$T/out")" 1 "warnings"
	expect_out_lacks "FAIL"
	# the minutes say what happened, not that the member took no part
	ok minutes "$M"
	expect_out_contains "Councillor Haddad declared a pecuniary interest in item 9.1 Water rates (owns a rental property), after taking part in the item (voted on motion 1)."
	expect_out_lacks "took no part"
	# the same declaration recorded under today's rules breaks the log
	sql "UPDATE procedure_rules SET since = 0 WHERE version = 3"
	refused check
	expect_out_contains "FAIL meeting logs follow the procedure rules (1 meeting): $M: event 6 (declare) breaks a rule: Ahmed Haddad already took part in item 9.1 (voted on motion 1)"
	expect_out_lacks "warn "
}

# Two meetings whose logs were changed behind gavel's back: one line for
# each, not only the first, so the clerk sees every one in a single run.
t_check_names_every_broken_log() {
	scripted_meeting
	local first=$M
	ok meeting new --title "Special Meeting" --at "2026-12-03 19:00" --template blank
	M=$(last_line)
	ok live "$M" attend "Côté,Tremblay,Haddad" --present --at 19:00
	ok live "$M" start --at 19:00
	ok live "$M" move "That the fee be waived." --mover Côté --seconder Tremblay --at 19:05
	ok live "$M" vote 1 --carried --at 19:06
	ok live "$M" adjourn --at 19:10
	sql "UPDATE events SET result = 'carried' WHERE kind = 'vote' AND motion = 2"
	sql "UPDATE events SET confidential = 1 WHERE kind = 'move'
		AND meeting_id = (SELECT id FROM meetings WHERE slug = '$M')"
	refused check
	expect_out_contains "FAIL meeting logs follow the procedure rules (2 meetings): $first: event 11 (vote) breaks a rule" \
		"FAIL meeting logs follow the procedure rules (2 meetings): $M: event 3 (move): the log's confidentiality is not what the rules give"
	expect_err_contains "check found 2 problems"
}

# record/ and confidential/ changed behind gavel's back: approved minutes
# edited and committed, commits taken out of main, an approval tag
# deleted. One line for each. --repair commits the missing agenda again,
# as it was published, and leaves the rest: which side is right is the
# clerk's to find out.
t_check_finds_a_record_changed_behind_gavels_back() {
	mkdemo
	local SEPT=2026-09-08-council OCT=2026-10-13-council DEC=2026-12-08-council
	ok check
	expect_out_contains "ok   record/ holds what was published and approved" \
		"ok   confidential/ holds what was published and approved"
	local f=meetings/2026/$SEPT/minutes.md
	# the December agenda's two commits (publish, revise) taken out
	git -C record log -2 --format=%s | grep -c "agenda of $DEC" | grep -qx 2 ||
		fail "the demo's latest commits are not the December agenda's"
	git -C record reset -q --hard HEAD~2
	sed -i '0,/Carried/s//Lost/' "record/$f"
	git -C record rm -q head-of-council.md
	git -C record -c user.name=Someone -c user.email=someone@example.org commit -qam "fix"
	git -C record tag -d "approved/$OCT" >/dev/null
	sed -i '0,/Carried/s//Lost/' "confidential/$f"
	git -C confidential -c user.name=Someone -c user.email=someone@example.org commit -qam "fix"
	local head conf
	head=$(git -C record rev-parse HEAD) conf=$(git -C confidential rev-parse HEAD)
	refused check
	expect_out_contains \
		"FAIL record/ holds what was published and approved: $SEPT: $f at record/'s main is not the text approved, which gavel.db keeps" \
		"FAIL record/ holds what was published and approved: $OCT: record/ has no tag approved/$OCT, though gavel.db says the minutes were approved" \
		"FAIL record/ holds what was published and approved: $DEC: record/ has no meetings/2026/$DEC/agenda.md, published on" \
		"FAIL confidential/ holds what was published and approved: $SEPT: $f at confidential/'s main is not the text approved, which gavel.db keeps" \
		"FAIL record/ holds what was published and approved: record/ has no head-of-council.md, though gavel.db has the head of council's decisions up to 2026-11-11"
	expect_err_contains "check found 5 problems"
	refused check --repair
	expect_out_contains "committed meetings/2026/$DEC/agenda.md (revision 2) to record/ again from the database, as it was published" \
		"committed head-of-council.md to record/ again from the database"
	expect_err_contains "check found 3 problems that --repair cannot mend"
	eq "$(git -C record rev-parse HEAD~2) $(git -C confidential rev-parse HEAD)" "$head $conf" \
		"the repositories after --repair: two commits on record/, none on confidential/"
	eq "$(git -C record log -2 --format=%s | tr '\n' '|')" \
		"Head of council: made again from the database (gavel check --repair)|Agenda of $DEC, revision 2, made again from the database|" \
		"the commits --repair made"
	ok agenda show $DEC --format md --public
	cmp -s "$T/out" <(git -C record show "main:meetings/2026/$DEC/agenda.md") ||
		fail "the agenda committed again is not the one published"
	ok meeting show $DEC --json
	json '.agenda_revision == 2'
	git -C record fsck --strict >/dev/null 2>&1 || fail "git fsck --strict record/"
}

# The approved minutes gavel.db keeps, changed with sqlite3: they no longer
# match the version record/ tagged approved, nor main.
t_check_finds_approved_minutes_changed_in_the_database() {
	mkdemo
	local SEPT=2026-09-08-council
	sql "UPDATE approved_minutes SET md = replace(md, 'Carried', 'Lost')
		WHERE public = 1 AND meeting_id = (SELECT id FROM meetings WHERE slug = '$SEPT')"
	refused check
	expect_out_contains \
		"FAIL record/ holds what was published and approved: $SEPT: meetings/2026/$SEPT/minutes.md at record/'s tag approved/$SEPT is not the text approved, which gavel.db keeps" \
		"FAIL record/ holds what was published and approved: $SEPT: meetings/2026/$SEPT/minutes.md at record/'s main is not the text approved, which gavel.db keeps" \
		"ok   confidential/ holds what was published and approved"
}

# record/ lost after it was pushed: --repair makes it again and says where
# its history is; the restore docs/safety.md gives brings it back whole.
t_repair_of_a_pushed_record_says_where_its_history_is() {
	mkdemo
	git init -q --bare "$SCRATCH/public.git"
	ok push "$SCRATCH/public.git"
	rm -rf record
	ok check --repair
	expect_out_contains "made record/ again from the database" \
		"record/ was pushed to $SCRATCH/public.git on 2026-11-20, which keeps its history and which gavel push will not overwrite"
	refused push "$SCRATCH/public.git"
	mv record record.made-again
	git clone -q --branch main "$SCRATCH/public.git" record
	ok check
	ok push "$SCRATCH/public.git"
}

# A row of events deleted with sqlite3 (the declaration of interest): the
# log that remains may still follow the rules, but events are numbered
# from 1 and never deleted, so the gap names what went.
t_check_finds_an_event_deleted_from_a_log() {
	scripted_meeting
	"$PLANT_SQL" gavel.db "DELETE FROM events WHERE kind = 'declare'"
	refused check
	expect_out_contains "FAIL meeting logs follow the procedure rules (1 meeting): $M: event 9 is missing from the log (after event 8 comes event 10): a row of events was deleted"
	# an unknown kind of event names its meeting too
	"$PLANT_SQL" gavel.db "UPDATE events SET kind = 'bogus' WHERE seq = 4"
	refused check
	expect_out_contains "FAIL meeting logs follow the procedure rules (1 meeting): $M: the meeting log holds an unknown event kind 'bogus'"
}
