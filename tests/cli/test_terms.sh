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
