# Bodies (council, committees) and members.
# The workspace (mkws) has Marie Côté (mayor), Geneviève Tremblay (deputy-mayor,
# ward 1), Ahmed Haddad (councillor, ward 2), Élise Bouchard (councillor,
# ward 3) and Jane Doe (clerk).

# --- bodies -----------------------------------------------------------------

t_body_add_then_list() {
	ok body add "Planning Committee" --seats 5 --quorum 3
	ok body list
	expect_out_contains Council "Planning Committee"
}

t_body_list_json_shape() {
	ok body add "Planning Committee" --seats 5 --quorum 3
	ok body list --json
	json 'type == "array" and length == 2'
	json '.[] | select(.name == "Planning Committee") |
		(.id | type) == "number" and .slug == "planning-committee" and
		.seats == 5 and .quorum == 3 and .members == 0'
}

t_council_seats_are_its_voting_members_and_quorum_a_majority() {
	ok body list --json
	json '.[] | select(.name == "Council") | .seats == 4 and .members == 4 and .quorum == 3'
}

t_body_add_without_seats_or_quorum() {
	ok body add "Works Committee"
	ok body list --json
	json 'any(.[]; .name == "Works Committee")'
}

t_body_quorum_defaults_to_a_majority_of_seats() {
	ok body add "Works Committee" --seats 7
	ok body list --json
	json '.[] | select(.name == "Works Committee") | .quorum == 4'
}

t_body_slug_of_an_accented_name() {
	ok body add "Comité des Finances" --seats 3
	ok body list --json
	json '.[] | select(.name == "Comité des Finances") | .slug == "comite-des-finances"'
}

t_body_duplicate_name_is_refused_and_unchanged() {
	refused_unchanged body add Council
	ok body add "Planning Committee" --seats 5
	refused_unchanged body add "Planning Committee" --seats 3
}

t_body_name_differing_only_in_case_is_refused() {
	ok body add "Planning Committee" --seats 5
	refused_unchanged body add "planning committee"
}

t_body_bad_seats_or_quorum_is_refused_and_unchanged() {
	db_snapshot
	for args in "--seats 0" "--seats -2" "--seats 5 --quorum 6" "--seats 5 --quorum 0"; do
		# shellcheck disable=SC2086
		run body add "Works Committee" $args
		expect_status 1
		expect_err_line
	done
	run body add "Works Committee" --seats five
	[ "$STATUS" = 1 ] || [ "$STATUS" = 2 ] || { show_run; fail "--seats five accepted"; }
	expect_db_unchanged
}

t_body_empty_name_is_refused() {
	refused_unchanged body add ""
}

# --- members ----------------------------------------------------------------

t_member_list_shows_accented_names() {
	ok member list
	expect_out_contains "Marie Côté" "Geneviève Tremblay" "Élise Bouchard" "Ahmed Haddad"
}

t_member_list_aligns_columns_with_accented_names() {
	# The title column starts at the same character column on every line.
	ok member list
	local line prefix col cols=""
	while IFS= read -r line; do
		for role in "Deputy Mayor" Mayor Councillor Clerk; do
			if [[ $line == *" $role"* ]]; then
				prefix=${line%%" $role"*}
				cols="$cols ${#prefix}"
				break
			fi
		done
	done <"$T/out"
	col=$(echo $cols | tr ' ' '\n' | sort -u | wc -l)
	eq "$col" 1 "number of distinct role columns ($cols)"
}

t_member_list_json_shape() {
	ok member list --json
	json 'type == "array" and length == 5'
	json 'all(.[]; has("id") and has("name") and has("role") and has("ward") and has("bodies"))'
	json 'all(.[]; (.id | type) == "number" and (.bodies | type) == "array")'
	json '.[] | select(.name == "Marie Côté") | .role == "mayor" and .ward == null'
	json '.[] | select(.name == "Geneviève Tremblay") | .role == "deputy-mayor" and .ward == "1"'
	json '.[] | select(.name == "Élise Bouchard") | .role == "councillor" and .ward == "3"'
}

t_voting_roles_join_council_clerk_and_staff_do_not() {
	ok member add "Sam Staff" --role staff
	ok member list --json
	for n in "Marie Côté" "Geneviève Tremblay" "Ahmed Haddad" "Élise Bouchard"; do
		json --arg n "$n" '.[] | select(.name == $n) | .bodies == ["Council"]'
	done
	json '.[] | select(.name == "Jane Doe") | .role == "clerk" and .bodies == []'
	json '.[] | select(.name == "Sam Staff") | .role == "staff" and .bodies == []'
}

t_member_add_councillor_grows_council() {
	ok member add "Nadia Okafor" --role councillor --ward 4
	ok body list --json
	json '.[] | select(.name == "Council") | .seats == 5 and .members == 5 and .quorum == 3'
	ok member add "Sam Staff" --role staff
	ok body list --json
	json '.[] | select(.name == "Council") | .members == 5'
}

t_member_add_prints_its_id() {
	ok member add "Nadia Okafor" --role councillor
	local id
	id=$(jq -r '.[] | select(.name == "Nadia Okafor") | .id' <("$GAVEL" member list --json))
	expect_out_contains "$id"
}

t_member_add_with_body_joins_the_committee() {
	ok body add "Planning Committee" --seats 3
	ok member add "Nadia Okafor" --role councillor --ward 4 --body "Planning Committee"
	ok member list --json
	json '.[] | select(.name == "Nadia Okafor") |
		(.bodies | sort) == ["Council", "Planning Committee"] and .ward == "4"'
	ok member list --body "Planning Committee"
	expect_out_contains "Nadia Okafor"
	expect_out_lacks "Marie Côté"
}

t_member_add_with_several_bodies() {
	ok body add "Planning Committee" --seats 3
	ok body add "Comité des Finances" --seats 3
	ok member add "Nadia Okafor" --body "Planning Committee,Comité des Finances"
	ok member list --json
	json '.[] | select(.name == "Nadia Okafor") |
		(.bodies | index("Planning Committee")) != null and
		(.bodies | index("Comité des Finances")) != null'
}

t_staff_can_sit_on_a_committee_without_joining_council() {
	ok body add "Planning Committee" --seats 3
	ok member add "Sam Staff" --role staff --body "Planning Committee"
	ok member list --json
	json '.[] | select(.name == "Sam Staff") | .bodies == ["Planning Committee"]'
}

t_member_add_with_an_unknown_body_is_refused_and_unchanged() {
	refused_unchanged member add "Nadia Okafor" --role councillor --body "No Such Committee"
	expect_err_contains "No Such Committee"
}

t_member_add_with_an_unknown_role_is_refused_and_unchanged() {
	refused_unchanged member add "Nadia Okafor" --role king
	expect_err_contains king
}

t_member_add_empty_name_is_refused() {
	refused_unchanged member add "" --role councillor
}

t_member_list_json_preserves_names_exactly() {
	ok member add "Œdipe D'Arcy-Ñúñez" --role staff
	ok member list --json
	json 'any(.[]; .name == "Œdipe D'"'"'Arcy-Ñúñez")'
}

t_member_list_by_unknown_body_is_refused() {
	refused member list --body "No Such Committee"
}

# Name resolution (prefixes, ambiguity) is tested with the commands that take
# member names (gavel live ...), which do not exist yet.

t_member_add_with_an_existing_name_is_refused_and_unchanged() {
	refused_unchanged member add "Marie Côté" --role councillor
	expect_err_contains "Marie Côté" "already"
	refused_unchanged member add "marie côté"
	refused_unchanged member add "MARIE COTE" --role staff
	ok member add "Marie Côté-Lemieux" --role staff
}

t_names_are_stored_without_surrounding_spaces() {
	ok member add "  Nadia Okafor  " --role councillor
	ok body add "  Works Committee " --seats 3
	ok member list --json
	json 'any(.[]; .name == "Nadia Okafor")'
	ok body list --json
	json 'any(.[]; .name == "Works Committee")'
	ok member add "Sam Staff" --role staff --body "Works Committee"
	refused_unchanged member add " Marie Côté " --role councillor
}

# docs/references.md: lists of names are comma-separated, so a name with a comma could
# never be named in a list (and came back split in member list --json).
t_names_with_a_comma_are_refused() {
	refused_unchanged body add "Committee of Adjustment, North"
	expect_err_contains "comma"
	refused_unchanged member add "Smith, John" --role councillor
	expect_err_contains "comma"
}
