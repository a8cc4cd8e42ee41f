# People over time (docs/people.md): terms, periods, retirement, edits.
# The workspace (mkws) has Marie Côté (mayor), Geneviève Tremblay (deputy-mayor,
# ward 1), Ahmed Haddad (councillor, ward 2), Élise Bouchard (councillor,
# ward 3) and Jane Doe (clerk), all since always. Today is 2026-12-06.

export GAVEL_NOW=2026-12-06T12:00:00-05:00

t_member_list_defaults_to_today() {
	ok member add "Omar Okafor" --ward 4 --from 2026-11-15
	ok member list --json
	json 'length == 6 and any(.[]; .name == "Omar Okafor" and .from == "2026-11-15" and .to == null)'
	ok member list --on 2026-11-14 --json
	json 'length == 5 and all(.[]; .name != "Omar Okafor")'
}

t_member_add_from_and_title() {
	ok member add "Anne-Marie Desjardins" --role staff --title "Director of Finance" --from 2025-03-01
	ok member list --json
	json '.[] | select(.name == "Anne-Marie Desjardins") | .title == "Director of Finance" and .role == "staff"'
	json '.[] | select(.name == "Ahmed Haddad") | .title == "Councillor"'
	ok member add "Rita Singh" --title "Regional Councillor" --ward 5
	ok member list --json
	json '.[] | select(.name == "Rita Singh") | .title == "Regional Councillor" and .bodies == ["Council"]'
}

t_member_list_is_sorted_by_role_then_surname() {
	ok member add "Zoé Abbott" --ward 6
	ok member list --json
	json '[.[].name] == ["Marie Côté", "Geneviève Tremblay", "Zoé Abbott", "Élise Bouchard", "Ahmed Haddad", "Jane Doe"]'
}

t_retire_keeps_history_and_changes_the_roster_by_date() {
	ok member retire Haddad --on 2026-11-15
	ok member list --on 2026-11-14 --json
	json 'any(.[]; .name == "Ahmed Haddad" and .to == "2026-11-15" and .bodies == ["Council"])'
	ok member list --on 2026-11-15 --json
	json 'all(.[]; .name != "Ahmed Haddad")'
	ok member list --json
	json 'length == 4'
	ok member list --all --json
	json 'length == 5 and any(.[]; .name == "Ahmed Haddad" and .to == "2026-11-15")'
	eq "$(sql "SELECT count(*) FROM terms WHERE to_date = '2026-11-15'")" 1 "Haddad's closed term"
	# a closed term does not count against a later one
	ok member add "Ahmed Haddad" --from 2030-11-15 --ward 2
	ok member list --on 2031-01-01 --json
	json 'any(.[]; .name == "Ahmed Haddad" and .from == "2030-11-15")'
	eq "$(sql "SELECT count(*) FROM terms t JOIN members m ON m.id = t.member_id WHERE m.name = 'Ahmed Haddad'")" 2 "both terms kept"
}

t_retire_refusals() {
	db_snapshot
	run member retire Haddad
	expect_status 2 && expect_db_unchanged
	refused_unchanged member retire Haddad --on 2026-02-30
	expect_err_contains "unknown date"
	refused_unchanged member retire Haddad --on yesterday
	expect_err_contains "unknown date"
	ok member add "Omar Okafor" --from 2026-11-15
	refused_unchanged member retire Okafor --on 2026-11-01
	expect_err_contains "2026-11-15"
	refused_unchanged member retire Okafor --on 2026-11-15
	ok member retire Okafor --on 2026-12-01
	refused_unchanged member retire Okafor --on 2026-12-02
	expect_err_contains "already retired"
	refused_unchanged member retire Nobody --on 2026-12-02
}

t_overlapping_terms_are_refused() {
	ok member retire Haddad --on 2026-11-15
	refused_unchanged member add "Ahmed Haddad" --from 2026-11-01
	expect_err_contains "overlapping terms"
	refused_unchanged member add "Ahmed Haddad"
	expect_err_contains "--from"
	refused_unchanged member add "Marie Cote" --from 2027-01-01
	expect_err_contains "already exists"
	ok member add "Ahmed Haddad" --from 2026-11-15
	ok member list --json
	json 'any(.[]; .name == "Ahmed Haddad" and .from == "2026-11-15")'
	ok member add "Omar Okafor" --from 2026-11-15
	# naming a body whose term is open keeps that term, never a second one
	ok member edit Okafor --body "Council"
	eq "$(sql "SELECT count(*) FROM terms t JOIN members m ON m.id = t.member_id WHERE m.name = 'Omar Okafor'")" 1 "Okafor's one term"
}

t_unknown_title_form_is_refused() {
	refused_unchanged member add "Rita Singh" --title "Councilor"
	expect_err_contains "unknown title"
	refused_unchanged member add "Rita Singh" --role staff --title "Mayor"
	expect_err_contains "job title"
	refused_unchanged member edit Haddad --title "Alderman"
	expect_err_contains "unknown title"
	refused_unchanged member add "Rita Singh" --from 2026-13-01
	expect_err_contains "unknown date"
}

t_edit_starts_a_new_period_and_keeps_the_old() {
	ok member edit Haddad --role deputy-mayor --ward 7
	ok member edit Tremblay --role councillor
	ok member list --json
	json '.[] | select(.name == "Ahmed Haddad") | .role == "deputy-mayor" and .title == "Deputy Mayor" and .ward == "7" and .from == "2026-12-06"'
	ok member list --on 2026-12-05 --json
	json '.[] | select(.name == "Ahmed Haddad") | .role == "councillor" and .ward == "2" and .to == "2026-12-06"'
	json '.[] | select(.name == "Geneviève Tremblay") | .role == "deputy-mayor"'
	# a second edit on the same day changes today's period in place
	ok member edit Haddad --ward 8
	eq "$(sql "SELECT count(*) FROM member_periods p JOIN members m ON m.id = p.member_id WHERE m.name = 'Ahmed Haddad'")" 2 "periods"
	ok member edit Haddad --name "Ahmed Haddad-Roy"
	ok member list --on 2026-12-05 --json
	json 'any(.[]; .name == "Ahmed Haddad")'
	ok member list --json
	json 'any(.[]; .name == "Ahmed Haddad-Roy" and .ward == "8")'
}

t_edit_bodies_from_today() {
	ok body add "Planning Committee" --seats 3
	ok member edit Bouchard --body "Planning Committee"
	ok member list --json
	json '.[] | select(.name == "Élise Bouchard") | .bodies == ["Council", "Planning Committee"]'
	ok member list --on 2026-12-05 --json
	json '.[] | select(.name == "Élise Bouchard") | .bodies == ["Council"]'
	ok member edit Doe --body "Planning Committee"
	ok member edit Doe --body ""
	ok member list --json
	json '.[] | select(.name == "Jane Doe") | .bodies == []'
}

t_edit_refusals() {
	refused_unchanged member edit Haddad --name "Marie Cote"
	expect_err_contains "indistinguishable"
	refused_unchanged member edit Haddad --role alderman
	refused_unchanged member edit Haddad --name "12"
	refused_unchanged member edit Haddad --body "No Such Committee"
	refused_unchanged member edit Nobody --ward 3
	ok member retire Haddad --on 2026-11-15
	refused_unchanged member edit Haddad --ward 3
	expect_err_contains "retired"
	run member edit Bouchard
	expect_status 2
}

t_member_list_on_and_all_refusals() {
	refused member list --on 2026-02-30
	expect_err_contains "unknown date"
	run member list --on 2026-01-01 --all
	expect_status 2
}

t_body_edit() {
	ok body add "Planning Committee" --seats 5 --quorum 3
	ok body edit "Planning Committee" --seats 7 --quorum 4
	ok body list --json
	json '.[] | select(.name == "Planning Committee") | .seats == 7 and .quorum == 4'
	ok body edit Council --seats 5
	ok body list --json
	json '.[] | select(.name == "Council") | .seats == 5 and .quorum == 3'
	refused_unchanged body edit "Planning Committee" --seats 3
	expect_err_contains "quorum"
	refused_unchanged body edit "Planning Committee" --quorum 0
	refused_unchanged body edit Nowhere --seats 3
	run body edit Council
	expect_status 2
}

t_migration_13_makes_open_terms_since_always() {
	eq "$(sql "SELECT count(*) FROM terms WHERE from_date IS NULL AND to_date IS NULL")" \
		"$(sql "SELECT count(*) FROM body_members")" "terms of the memberships"
	eq "$(sql "SELECT count(*) FROM member_periods WHERE from_date IS NULL AND to_date IS NULL")" 5 "periods"
}

# Before and after the council changed on November 15: Haddad leaves,
# Okafor arrives; each meeting has the roster of its own day.
t_live_uses_the_roster_of_the_meetings_day() {
	ok member add "Omar Okafor" --ward 4 --from 2026-11-15
	ok member retire Haddad --on 2026-11-15
	expect_out_contains "Retired Ahmed Haddad on 2026-11-15"
	ok meeting new --title "Regular Meeting" --at "2026-11-10 19:00"
	local before=$(last_line)
	ok meeting new --title "Regular Meeting" --at "2026-12-01 19:00"
	local after=$(last_line)

	refused_unchanged live "$before" attend Okafor --present --at "2026-11-10 19:00"
	expect_err_line "gavel: Omar Okafor was not a member on 2026-11-10, the day of the meeting"
	ok live "$before" attend "Côté,Tremblay,Haddad" --present --at "2026-11-10 19:00"
	ok live "$before" start --at "2026-11-10 19:00"
	ok live "$before" status --json
	json '[.attendance[].member] == ["Marie Côté", "Geneviève Tremblay", "Élise Bouchard", "Ahmed Haddad"]'

	refused_unchanged live "$after" attend Haddad --present --at "2026-12-01 19:00"
	expect_err_contains "Ahmed Haddad was not a member on 2026-12-01"
	ok live "$after" attend "Côté,Tremblay,Okafor" --present --at "2026-12-01 19:00"
	ok live "$after" start --at "2026-12-01 19:00"
	ok live "$after" take 1 --at "2026-12-01 19:01"
	ok live "$after" move "That the agenda be adopted." --mover Okafor --seconder Côté --at "2026-12-01 19:02"
	# deemed-no and absence come from the roster of the day: Okafor,
	# who did not vote; Haddad is no one's concern any more
	ok live "$after" vote 1 --recorded --yes Côté,Tremblay --at "2026-12-01 19:03"
	ok live "$after" status --json
	json '[.attendance[].member] == ["Marie Côté", "Geneviève Tremblay", "Élise Bouchard", "Omar Okafor"]'
	json '.motions[0].votes == [{"member": "Marie Côté", "vote": "yes", "deemed": false}, {"member": "Geneviève Tremblay", "vote": "yes", "deemed": false}, {"member": "Élise Bouchard", "vote": "absent", "deemed": false}, {"member": "Omar Okafor", "vote": "no", "deemed": true}]'
}

t_a_retirement_that_would_rewrite_a_recorded_meeting_is_refused() {
	ok meeting new --title "Regular Meeting" --at "2026-12-01 19:00"
	local m=$(last_line)
	ok live "$m" attend "Côté,Tremblay,Haddad" --present --at "2026-12-01 19:00"
	refused_unchanged member retire Haddad --on 2026-11-15
	expect_err_line "gavel: Ahmed Haddad is on the roster of $m (2026-12-01), whose log is recorded: retire on a day after it"
	refused_unchanged member retire Haddad --on 2026-12-01
	ok member retire Haddad --on 2026-12-02
	# a member of no body on that day is not on its roster: retiring staff
	# does not rewrite a Council meeting
	ok member add "Sam Lee" --role staff --from 2026-01-01
	ok member retire "Sam Lee" --on 2026-06-01
}

t_member_list_text_shows_titles_and_periods() {
	ok member add "Omar Okafor" --ward 4 --from 2026-11-15
	ok member add "Sam Lee" --role staff --title "Director of Finance"
	ok member retire Haddad --on 2026-11-15
	ok member list --all
	expect_out_contains "Deputy Mayor" "Director of Finance" "(from 2026-11-15)" "(until 2026-11-15)"
	expect_out_lacks "deputy-mayor"
}

# Council's seats are not set (mkws): it has as many as it had voting
# members on the day, not everyone who ever sat on it.
t_a_body_without_set_seats_counts_the_voting_members_of_the_day() {
	ok member add "Omar Okafor" --from 2026-11-15
	ok member add "Rita Singh" --from 2026-11-15
	ok member add "Luc Roy" --from 2026-11-15
	ok member retire Haddad --on 2026-11-15
	ok body list --json
	json '.[0].seats == 6 and .[0].quorum == 4 and .[0].members == 6'
	ok meeting new --title "Regular Meeting" --at "2026-11-10 19:00"
	local before=$(last_line)
	ok live "$before" status --json
	json '.quorum.needed == 3'
	ok live "$before" attend "Côté,Tremblay,Haddad" --present --at "2026-11-10 19:00"
	ok live "$before" start --at "2026-11-10 19:00"
}

t_refusals_name_the_member() {
	ok member retire Haddad --on 2026-12-20
	refused_unchanged member edit Haddad --ward 9
	expect_err_line "gavel: Ahmed Haddad retires on 2026-12-20; only a member whose term is open can be edited"
	refused_unchanged member retire Haddad --on 2026-12-21
	expect_err_line "gavel: Ahmed Haddad already retired on 2026-12-20"
}

t_a_term_that_would_join_a_recorded_meeting_is_refused() {
	ok meeting new --title "Regular Meeting" --at "2026-12-01 19:00"
	local m=$(last_line)
	ok live "$m" attend "Côté,Tremblay,Haddad" --present --at "2026-12-01 19:00"
	refused_unchanged member add "Omar Okafor" --ward 4 --from 2026-11-15
	expect_err_line "gavel: a term from 2026-11-15 would put Omar Okafor on the roster of $m (2026-12-01), whose log is recorded: begin it on a day after that meeting"
	refused_unchanged member add "Omar Okafor" --from 2026-12-01
	ok member add "Omar Okafor" --ward 4 --from 2026-12-02
	# a new term for a retired member is held to the same rule
	ok member retire Haddad --on 2026-12-05
	ok meeting new --title "Special Meeting" --at "2026-12-10 19:00"
	local later=$(last_line)
	ok live "$later" attend "Côté,Tremblay,Okafor" --present --at "2026-12-10 19:00"
	refused_unchanged member add "Ahmed Haddad" --from 2026-12-06
	expect_err_contains "would put Ahmed Haddad on the roster of $later"
	# staff join no body's roster
	ok member add "Sam Lee" --role staff --from 2026-01-01
}
