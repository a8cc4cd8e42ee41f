# Faults a reviewer found in the procedure of docs/procedure.md
# ("Dispositions", "Reconsideration", "Show-of-hands votes", who presides)
# and in what the public reads of it (docs/safety.md): each reproduced
# first, then held to the rule. Refusals exit 1 with one 'gavel: ' line
# naming the rule, and change nothing.
# Council has four voting members (quorum 3): Côté (mayor), Tremblay
# (deputy mayor), Haddad, Bouchard; Jane Doe is the clerk.

M=2026-12-01-council
M2=2027-01-12-council
LAND_NATURE="Closed session: proposed or pending acquisition or disposition of land, s.239(2)(c)"

# M with items 1 Budget, 2 Sidewalks, 3 Land (closed, public title
# "Closed: land"), 4 Adjournment; M2 on January 12, 2027; a Planning
# Committee. Called to order at 19:02 with Côté, Tremblay and Haddad.
faults_meeting() {
	export GAVEL_NOW=2026-12-01T19:00:00-05:00
	ok body add "Planning Committee"
	ok meeting new --title "Regular Meeting" --at "2026-12-01 19:00" --template blank
	ok agenda add $M "Budget"
	ok agenda add $M "Sidewalks"
	ok agenda add $M "Land" --closed "239(2)(c)" --public-title "Closed: land"
	ok agenda add $M "Adjournment"
	ok meeting new --title "Regular Meeting" --at "2027-01-12 19:00" --template blank
	ok live $M attend côté,tremblay,haddad --present --at 19:00
	ok live $M attend bouchard --regrets --at 19:00
	ok live $M start --at 19:02
}

# Into closed session under 239(2)(c) at 19:10 (the resolution to close is
# motion 1 unless motions came before).
close_session() {
	ok live $M move "That Council proceed into closed session under s.239(2)(c)" \
		--to-close "239(2)(c)" --mover Côté --seconder Tremblay --at 19:09
	local k
	k=$(last_line)
	ok live $M vote "$k" --carried --at 19:09
	ok live $M closed --clause "239(2)(c)" --at 19:10
}

# every public output of M2's agenda and of the site lacks TEXT
public_lacks() {
	ok agenda show $M2 --public
	expect_out_lacks "$1"
	ok agenda show $M2 --public --json
	expect_out_lacks "$1"
	ok search "$2" --public --json
	expect_out_lacks "$1"
	ok publish
	! grep -rqF -- "$1" site || fail "the site carries '$1'"
}

t_a_closed_session_deferral_of_a_motion_without_item_stays_closed() {
	faults_meeting
	close_session
	ok live $M move "SECRETCANARY buy lot 7" --direction --mover Côté --seconder Tremblay --at 19:11
	ok live $M move "defer it" --defer 2 --until $M2 --mover Tremblay --seconder Haddad --at 19:12
	ok live $M vote 3 --carried --at 19:13
	ok agenda show $M2 --json
	json --arg m "$M" '[.items[] | select(.deferred_from.meeting == $m)] | length == 1'
	json --arg m "$M" '.items[] | select(.deferred_from.meeting == $m) |
		.closed == "239(2)(c)" and .title == "Deferred business from the Regular Meeting of Council of December 1, 2026"'
	ok agenda show $M2 --public
	expect_out_contains "$LAND_NATURE"
	public_lacks SECRETCANARY SECRETCANARY
	ok live $M rise --at 19:20
	ok live $M adjourn --force --at 19:30
	! git -C record cat-file --batch-all-objects --batch | grep -q SECRETCANARY ||
		fail "record/ carries the closed wording"
}

t_open_session_cannot_dispose_of_a_motion_moved_in_closed_session() {
	faults_meeting
	close_session
	ok live $M move "SECRETCANARY buy lot 7" --direction --mover Côté --seconder Tremblay --at 19:11
	ok live $M rise --at 19:15
	refused_unchanged live $M move "defer it" --defer 2 --until $M2 --mover Tremblay \
		--seconder Haddad --at 19:16
	expect_err_contains "motion 2 was moved in closed session" "only in closed session"
	refused_unchanged live $M move "refer it" --refer 2 --to staff --mover Tremblay --at 19:16
}

t_a_deferral_from_an_item_under_a_closed_item_stays_closed() {
	faults_meeting
	ok agenda add $M "Lot 7" --under 3
	ok agenda add $M "SECRETCANARY appraisal" --under 3.1
	ok live $M take 3.1.1 --at 19:05
	ok live $M move "That the appraisal be received" --mover Côté --seconder Tremblay --at 19:06
	ok live $M move "defer it" --defer 1 --until $M2 --mover Tremblay --seconder Haddad --at 19:07
	ok live $M vote 2 --carried --at 19:08
	ok agenda show $M2 --json
	json --arg m "$M" '.items[] | select(.deferred_from.meeting == $m) |
		.closed == "239(2)(c)" and .title == "SECRETCANARY appraisal"'
	ok agenda show $M2 --public
	expect_out_contains "$LAND_NATURE"
	public_lacks SECRETCANARY appraisal
}

t_a_long_motion_deferred_without_item_is_recorded() {
	faults_meeting
	local long
	long="That $(printf 'the sidewalks of every ward be cleared %.0s' {1..15})by 7 a.m."
	[ ${#long} -gt 500 ] || fail "the wording is only ${#long} bytes"
	ok live $M move "$long" --mover Tremblay --seconder Haddad --at 19:06
	ok live $M move "defer it" --defer 1 --until $M2 --mover Côté --seconder Tremblay --at 19:07
	ok live $M vote 2 --carried --at 19:08
	ok agenda show $M2 --json
	json --arg m "$M" '.items[] | select(.deferred_from.meeting == $m) |
		.title == "Deferred business from the Regular Meeting of Council of December 1, 2026" and .closed == null'
}

t_a_deferral_cannot_be_undone_once_the_next_meeting_dealt_with_its_item() {
	faults_meeting
	ok live $M take 2 --at 19:05
	ok live $M move "That sidewalks be plowed" --mover Tremblay --seconder Haddad --at 19:06
	ok live $M move "defer it" --defer 1 --until $M2 --mover Côté --seconder Tremblay --at 19:07
	ok live $M vote 2 --carried --at 19:08
	local n
	n=$(sql "SELECT count(*) FROM items i JOIN meetings m ON m.id = i.meeting_id
		WHERE m.slug = '$M2'")
	ok live $M2 attend côté,tremblay,haddad --present --at 19:00
	ok live $M2 start --at 19:01
	ok live $M2 take "$n" --at 19:02
	refused_unchanged live $M undo
	expect_err_contains "the deferred business was already taken up at $M2" "the deferral stands"
}

t_withdrawing_a_motion_waits_for_its_pending_disposition() {
	faults_meeting
	ok live $M take 2 --at 19:05
	ok live $M move "That sidewalks be plowed" --mover Tremblay --seconder Haddad --at 19:06
	ok live $M move "defer it" --defer 1 --until $M2 --mover Côté --seconder Tremblay --at 19:07
	refused_unchanged live $M withdraw 1 --at 19:08
	expect_err_contains "motion 2 (to defer motion 1) is pending"
	# a log that withdrew it anyway (written by hand, or by an older gavel):
	# the deferral has nothing left to dispose of
	plant_events "INSERT INTO events(meeting_id, seq, kind, at, recorded_at, motion, confidential)
		SELECT meeting_id, max(seq) + 1, 'withdraw', max(at) + 60, max(recorded_at), 1, 0
		FROM events WHERE meeting_id = (SELECT id FROM meetings WHERE slug = '$M')"
	refused_unchanged live $M vote 2 --carried --at 19:10
	expect_err_contains "motion 1 is not pending (it was withdrawn)"
	ok agenda show $M2 --json
	json '[.items[] | select(.deferred_from)] | length == 0'
}

t_deferral_needs_a_real_date_and_a_meeting_that_will_be_held() {
	faults_meeting
	ok live $M take 2 --at 19:05
	ok live $M move "That sidewalks be plowed" --mover Tremblay --seconder Haddad --at 19:06
	refused_unchanged live $M move "defer it" --defer 1 --until 2027-02-31 --mover Côté --at 19:07
	expect_err_contains "2027-02-31"
	ok meeting edit $M2 --cancel
	refused_unchanged live $M move "defer it" --defer 1 --until $M2 --mover Côté --at 19:07
	expect_err_contains "meeting $M2 was cancelled"
	ok live $M move "defer it" --defer 1 --until 2027-02-28 --mover Côté --seconder Tremblay --at 19:07
}

t_a_disposition_is_decided_by_a_majority_and_reconsideration_by_its_setting() {
	faults_meeting
	ok live $M move "That sidewalks be plowed" --mover Tremblay --seconder Haddad --at 19:06
	run live $M move "refer it" --refer 1 --threshold two-thirds --mover Côté --at 19:07
	expect_usage_error "live move"
	ok live $M vote 1 --carried --at 19:08
	run live $M move "reconsider" --reconsider 2026-1 --threshold majority --mover Côté --at 19:09
	expect_usage_error "live move"
	run live $M move "reconsider" --reconsider 2026-1 --to staff --mover Côté --at 19:09
	expect_usage_error "live move"
}

t_a_resolution_number_is_one_whatever_its_zeros() {
	faults_meeting
	ok live $M move "That sidewalks be plowed" --mover Tremblay --seconder Haddad --at 19:06
	ok live $M vote 1 --carried --at 19:07
	ok live $M move "That resolution 2026-1 be reconsidered" --reconsider 2026-01 --mover Tremblay \
		--seconder Haddad --at 19:08
	ok live $M vote 2 --carried --for 3 --against 0 --at 19:09
	ok live $M status --json
	json '.motions[1].target == "2026-1" and .motions[0].reconsidered.resolution == "2026-2"'
	refused_unchanged live $M move "again" --reconsider 2026-1 --mover Tremblay --at 19:10
	expect_err_contains "resolution 2026-1 was already reconsidered"
	refused_unchanged live $M move "again" --reconsider 2026-001 --mover Tremblay --at 19:10
	expect_err_contains "resolution 2026-1 was already reconsidered"
}

t_closed_session_reconsiders_only_its_own_decisions() {
	faults_meeting
	ok live $M move "That sidewalks be plowed" --mover Tremblay --seconder Haddad --at 19:06
	ok live $M vote 1 --carried --at 19:07
	close_session
	refused_unchanged live $M move "reconsider" --reconsider 2026-1 --mover Tremblay --at 19:11
	expect_err_contains "resolution 2026-1 was made in open session" "rise first"
	# a direction given in closed session is reconsidered there, by a
	# procedural motion that takes no number
	ok live $M move "That staff offer 1 dollar" --direction --mover Côté --seconder Tremblay --at 19:12
	ok live $M vote 3 --carried --at 19:13
	ok live $M status --json --confidential
	local res
	res=$(jget '.motions[2].resolution')
	ok live $M move "reconsider" --reconsider "$res" --mover Côté --seconder Tremblay --at 19:14
	ok live $M vote 4 --carried --for 3 --against 0 --at 19:15
	ok live $M status --json --confidential
	json '.motions[2].reconsidered.resolution == null'
	ok minutes $M
	expect_out_lacks "resolution 0-0"
	expect_out_contains "Reconsidered at the Regular Meeting of Council of December 1, 2026."
	ok live $M rise --at 19:20
	ok minutes $M --public
	expect_out_lacks "0-0" "Reconsidered"
}

t_reconsideration_is_of_this_body_and_of_no_later_meeting() {
	faults_meeting
	ok member add "Paul Planner" --role councillor --body "Planning Committee"
	ok meeting new --title "Planning" --at "2026-11-24 19:00" --body "Planning Committee" --template blank
	local P
	P=$(last_line)
	ok config procedure.seconder optional
	ok live "$P" attend planner --present --at 19:00
	ok live "$P" start --chair planner --at 19:01
	ok live "$P" move "That the plan be received" --mover planner --at 19:02
	ok live "$P" vote 1 --carried --at 19:03
	ok live $M2 attend côté,tremblay,haddad --present --at 19:00
	ok live $M2 start --at 19:01
	ok live $M2 move "That the budget be adopted" --mover Tremblay --at 19:02
	ok live $M2 vote 1 --carried --at 19:03
	refused_unchanged live $M move "reconsider" --reconsider 2026-1 --mover Tremblay --at 19:06
	expect_err_contains "resolution 2026-1 is not a decision of Council"
	refused_unchanged live $M move "reconsider" --reconsider 2027-1 --mover Tremblay --at 19:06
	expect_err_contains "resolution 2027-1 was made after $M"
}

t_remote_members_vote_by_show_of_hands_without_counting_for_quorum() {
	export GAVEL_NOW=2026-12-01T19:00:00-05:00
	ok meeting new --title "Regular Meeting" --at "2026-12-01 19:00" --template blank
	ok config procedure.remote-quorum no
	ok live $M attend côté,tremblay,haddad --present --at 19:00
	ok live $M attend bouchard --remote --at 19:00
	ok live $M start --at 19:01
	ok live $M move "That sidewalks be plowed" --mover Tremblay --seconder Haddad --at 19:02
	ok live $M vote 1 --carried --for 4 --against 0 --at 19:03
	ok live $M move "That the budget be adopted" --mover Tremblay --seconder Haddad --at 19:04
	refused_unchanged live $M vote 2 --carried --for 5 --against 0 --at 19:05
	expect_err_contains "5 for and 0 against, but only 4 members present can vote"
}

t_referral_text_is_literal_in_the_minutes() {
	faults_meeting
	ok agenda publish $M
	ok live $M take 2 --at 19:05
	ok live $M move "That sidewalks be plowed" --mover Tremblay --seconder Haddad --at 19:06
	ok live $M move "refer it" --refer 1 --to 'staff* [click](http://evil.example) _x_' \
		--mover Côté --seconder Tremblay --at 19:07
	ok live $M vote 2 --carried --at 19:08
	local f
	for f in "" --public; do
		ok minutes $M --format html $f
		expect_out_lacks 'href="http://evil.example' '<em>x</em>'
		expect_out_contains 'Referred to staff* [click](http://evil.example) _x_'
		# the markdown export keeps the clerk's text as typed
		ok minutes $M $f
		expect_out_contains '**Referred to staff* [click](http://evil.example) _x_**.'
	done
	ok export popolo $M
	expect_out_contains 'Referred to staff* [click](http://evil.example) _x_'
}

t_a_change_of_chair_in_closed_session_is_confidential() {
	faults_meeting
	close_session
	ok live $M chair tremblay --at 19:11
	ok live $M status --json --confidential
	json '.presiding == "Geneviève Tremblay"'
	ok live $M status --json
	json '.presiding == "Marie Côté"'
	ok live $M rise --at 19:20
	ok live $M status --json
	json '.presiding == "Marie Côté"'
	ok minutes $M --public
	expect_out_lacks "took the chair"
	ok minutes $M
	expect_out_contains "took the chair"
}

# A log recorded before the workspace took the December 2026 rules (no
# resolution to close before the closed session, called to order without
# quorum), as an older gavel wrote it: gavel check holds it to the rules it
# was recorded under, and a log begun since to today's.
t_check_passes_a_log_recorded_before_the_december_rules() {
	export GAVEL_NOW=2026-12-01T19:00:00-05:00
	ok meeting new --title "Regular Meeting" --at "2026-06-02 19:00" --template blank
	ok meeting new --title "Regular Meeting" --at "2026-06-16 19:00" --template blank
	# the workspace as a gavel of schema 10 left it, with the old log
	sql "DROP TABLE IF EXISTS bylaw_motions; DROP TABLE IF EXISTS actions; DROP TABLE IF EXISTS mayor_decisions; DROP TABLE IF EXISTS notices; DROP TABLE IF EXISTS bylaws; ALTER TABLE items DROP COLUMN bylaw_id; ALTER TABLE items DROP COLUMN mover_id; DROP TABLE IF EXISTS member_logins; DROP TABLE IF EXISTS annotations; DROP TABLE IF EXISTS electronic_votes; DROP TABLE IF EXISTS ballots; DROP TABLE IF EXISTS speakers; DROP TABLE IF EXISTS member_periods; DROP TABLE IF EXISTS terms; DROP TABLE IF EXISTS procedure_rules; DROP INDEX IF EXISTS events_dispositions; ALTER TABLE deferrals DROP COLUMN body; ALTER TABLE deferrals DROP COLUMN recommendation; ALTER TABLE deferrals DROP COLUMN from_item_id; DROP TABLE IF EXISTS approved_minutes; ALTER TABLE minutes_approvals DROP COLUMN at_name; ALTER TABLE minutes_approvals DROP COLUMN resolution; PRAGMA user_version = 10"
	plant_legacy_log 2026-06-02-council "strftime('%s', '2026-06-02 23:00')"
	ok check
	expect_out_contains "ok   meeting logs follow the procedure rules (2 meetings)"
	eq "$(sql "SELECT group_concat(version || ':' || since, ' ') FROM procedure_rules")" \
		"2:$(($(date -d '2026-06-02 23:00Z' +%s) + 1)) 3:$(($(date -d '2026-06-02 23:00Z' +%s) + 1))" \
		"when the December rules, and version 3, began"
	# what today's rules refuse in it is said, not held against it
	expect_out_contains "warn 2026-06-02-council: event 2 (start), recorded on 2026-06-02, was accepted under the rules of then and stands; today's rules refuse it: no quorum"
	# a log begun since is held to today's rules
	plant_legacy_log 2026-06-16-council "strftime('%s', '2026-12-01 23:00')"
	refused check
	expect_out_contains "2026-06-16-council: event 2 (start) breaks a rule: no quorum"
}

# plant_events SQL: insert into events as an older gavel did (the search
# trigger needs gavel's own SQL function: set aside meanwhile)
plant_events() {
	local trigger
	trigger=$(sql "SELECT sql FROM sqlite_master WHERE name = 'search_motion_insert'")
	sql "DROP TRIGGER search_motion_insert; $1; $trigger;"
}

# plant_legacy_log SLUG RECORDED_AT_SQL
plant_legacy_log() {
	plant_events "CREATE TEMP TABLE ids AS SELECT (SELECT id FROM meetings WHERE slug = '$1') AS m,
		(SELECT starts_at FROM meetings WHERE slug = '$1') AS t, $2 AS r;
	INSERT INTO events(meeting_id, seq, kind, at, recorded_at, confidential)
		SELECT m, 1, 'attend', t, r, 0 FROM ids;
	INSERT INTO event_members(event_id, member_id, mark)
		SELECT last_insert_rowid(), id, 'present' FROM members WHERE name = 'Marie Côté';
	INSERT INTO events(meeting_id, seq, kind, at, recorded_at, confidential)
		SELECT m, 2, 'start', t + 60, r, 0 FROM ids;
	INSERT INTO events(meeting_id, seq, kind, at, recorded_at, confidential, clause)
		SELECT m, 3, 'closed', t + 120, r, 0, '239(2)(c)' FROM ids;
	INSERT INTO events(meeting_id, seq, kind, at, recorded_at, confidential)
		SELECT m, 4, 'rise', t + 180, r, 0 FROM ids;
	INSERT INTO events(meeting_id, seq, kind, at, recorded_at, confidential)
		SELECT m, 5, 'adjourn', t + 240, r, 0 FROM ids"
}
