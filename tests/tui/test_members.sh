# The members view (M from the meetings): the roster of today, of everyone
# ever and of a day, and adding, editing and retiring members through the
# member commands, checked in the database with `gavel member list --json`.
# Today is 2026-11-20 (GAVEL_NOW, America/Toronto).

# more_members: besides the template's mayor Côté and councillor Bélanger
# (Ward 1), a councillor whose surname sorts first, one on a committee since
# November 1, and a clerk with a job title.
more_members() {
	{
		"$GAVEL" -C "$W" body add "Planning Committee" --seats 5
		"$GAVEL" -C "$W" member add "Zoé Abbott" --ward "Ward 3"
		"$GAVEL" -C "$W" member add "Ahmed Haddad" --ward "Ward 2" --from 2026-11-01 \
			--body "Planning Committee"
		"$GAVEL" -C "$W" member add "Anne-Marie Desjardins" --role clerk \
			--title "Clerk and Treasurer"
	} >/dev/null
}

# members_open: from the meetings list, today's members.
members_open() {
	wait_for "Réunion ordinaire"
	keys M
	wait_for "gavel - Members today (2026-11-20)"
}

# select_member NAME: its row, by its place in `member list` (today's).
select_member() {
	local i down=()
	i=$("$GAVEL" -C "$W" member list --json | jq --arg n "$1" '[.[].name] | index($n)')
	[ "$i" != null ] || fail "no member '$1' today"
	for (( ; i > 0; i--)); do down+=(j); done
	keys g "${down[@]}"
}

# member_field NAME FIELD: a field of the member as last (`member list --all
# --json`), bodies joined with ", ".
member_field() {
	"$GAVEL" -C "$W" member list --all --json |
		jq -r --arg n "$1" --arg f "$2" '.[] | select(.name == $n) | .[$f] | if type == "array" then join(", ") else . end'
}

# shown_names: the names of the rows on screen, in order, comma-separated.
shown_names() {
	screen | grep -oE '^ (Émilie Côté|Zoé Abbott|François Bélanger|Ahmed Haddad|Anne-Marie Desjardins|Chloé Tremblay) ' |
		sed 's/^ //; s/ $//' | paste -sd, -
}

t_members_M_opens_by_role_then_surname_with_their_columns() {
	more_members
	start
	wait_for "M members"
	keys '?'
	wait_line '^  M +members +the members of council and staff'
	keys q
	members_open
	# the role has a column only where name, title and bodies fit beside it
	wait_line '^ Name +Title +Ward +Bodies +From *$'
	expect_eq "$(shown_names)" "Émilie Côté,Zoé Abbott,François Bélanger,Ahmed Haddad,Anne-Marie Desjardins"
	expect_eq "$("$GAVEL" -C "$W" member list --json | jq -r '[.[].name] | join(",")')" \
		"$(shown_names)" "the order of member list"
	wait_line '^ Émilie Côté +(mayor +)?Mayor +Council *$'
	wait_line '^ François Bélanger +(councillor +)?Councillor +Ward 1 +Council *$'
	wait_line '^ Ahmed Haddad +(councillor +)?Councillor +Ward 2 +Council, Planning Committee +2026-11-01 *$'
	wait_line '^ Anne-Marie Desjardins +(clerk +)?Clerk and Treasurer *$'
	wait_for "a add  e edit  R retire  v everyone/today  o on a day"
	keys '?'
	wait_for "Keys of the members view"
	wait_line '^  R d Del +retire '
	wait_line '^  v +everyone '
	keys q q
	wait_for "gavel - Meetings"
}

t_members_a_adds_a_member_with_a_title_after_a_refusal_and_escape_adds_nothing() {
	start
	members_open
	keys a
	wait_for "Add a member (member add)"
	wait_line '^ From: +2026-11-20'
	text "Chloé Tremblay"
	keys Enter
	wait_for "chooses the role"
	keys s # staff
	wait_line '^ Role: .*\[staff\]'
	keys Enter Enter
	text "Director, Finance"
	keys Enter Enter Enter
	# refused by the core; the form asks again with everything typed
	wait_line "^gavel: title 'Director, Finance' cannot contain a comma"
	wait_line '^ Name: +Chloé Tremblay'
	wait_line '^ Role: +staff *$'
	wait_line '^ Title: +Director, Finance'
	expect_eq "$(member_field "Chloé Tremblay" id)" ""
	keys Enter Enter Enter C-u
	text "Director of Finance"
	keys Enter Enter Enter
	wait_for "Added staff Chloé Tremblay from 2026-11-20"
	wait_line '^ Chloé Tremblay +(staff +)?Director of Finance +2026-11-20 *$'
	expect_eq "$(member_field "Chloé Tremblay" role)" staff
	expect_eq "$(member_field "Chloé Tremblay" title)" "Director of Finance"
	expect_eq "$(member_field "Chloé Tremblay" from)" 2026-11-20
	# the new member is the one selected
	keys R
	wait_for "Retire Chloé Tremblay (member retire)"
	keys Escape
	wait_for "Nothing changed"
	keys a
	text "Jamais Ajouté"
	keys Escape
	wait_for "Nothing added"
	expect_eq "$("$GAVEL" -C "$W" member list --all --json | jq length)" 3
}

t_members_e_edits_a_ward_and_sends_only_what_changed() {
	start
	members_open
	select_member "François Bélanger"
	keys e
	wait_for "Change François Bélanger from today (member edit)"
	wait_line '^ Name: +François Bélanger'
	keys Enter Enter
	wait_line '^ Ward: +Ward 1'
	keys C-u
	text "Ward 4"
	keys Enter Enter Enter
	wait_for "Changed François Bélanger from today: ward"
	wait_line '^ François Bélanger +(councillor +)?Councillor +Ward 4 +Council +2026-11-20 *$'
	expect_eq "$(member_field "François Bélanger" ward)" "Ward 4"
	expect_eq "$(member_field "François Bélanger" from)" 2026-11-20
	# the day before, the ward was still the old one
	expect_eq "$("$GAVEL" -C "$W" member list --on 2026-11-19 --json |
		jq -r '.[] | select(.name == "François Bélanger") | .ward')" "Ward 1"
	keys e
	wait_for "Change François Bélanger"
	keys Enter Enter Enter Enter Enter
	wait_for "Nothing changed"
}

t_members_R_retires_on_a_day_gone_from_today_shown_under_everyone() {
	more_members
	start
	members_open
	select_member "François Bélanger"
	keys R
	wait_for "Retire François Bélanger (member retire)"
	wait_line '^ On: +2026-11-20'
	keys C-u
	text "2026-11-15"
	keys Enter
	wait_for "Retire François Bélanger on 2026-11-15? Nothing is deleted (y/n)"
	keys y
	wait_for "Retired François Bélanger on 2026-11-15"
	poll "Bélanger to leave today's list" \
		eval '! grep -qE "^ François Bélanger "'
	expect_eq "$(shown_names)" "Émilie Côté,Zoé Abbott,Ahmed Haddad,Anne-Marie Desjardins"
	expect_eq "$("$GAVEL" -C "$W" member list --json | jq 'map(select(.name == "François Bélanger")) | length')" 0
	expect_eq "$(member_field "François Bélanger" to)" 2026-11-15
	keys v
	wait_for "gavel - Members: everyone who ever was one"
	wait_line '^ Name +.* +From +Retired *$'
	wait_line '^ François Bélanger +(councillor +)?Councillor +Ward 1 +Council +2026-11-15 *$'
	keys v
	wait_for "gavel - Members today"
	# a second retirement of the same member is the core's to refuse
	keys v
	wait_for "everyone who ever was one"
	select_member "Zoé Abbott"
	keys j R
	wait_for "Retire François Bélanger (member retire)"
	keys Enter y
	wait_line '^gavel: .*'
	wait_line '^ On: +2026-11-20'
	keys Escape
	wait_for "Nothing changed"
	expect_eq "$(member_field "François Bélanger" to)" 2026-11-15
}

t_members_a_refused_edit_shows_the_reason_and_keeps_what_was_typed() {
	start
	members_open
	select_member "François Bélanger"
	keys e
	wait_for "Change François Bélanger"
	keys C-u
	text "Emilie Cote"
	keys Enter Enter
	keys C-u
	text "Ward 9"
	keys Enter Enter Enter
	wait_line "^gavel: 'Emilie Cote' would be indistinguishable from 'Émilie Côté'"
	# the form asks again with what was typed
	wait_line '^ Name: +Emilie Cote'
	wait_line '^ Ward: +Ward 9'
	expect_eq "$(member_field "François Bélanger" ward)" "Ward 1"
	expect_eq "$(member_field "François Bélanger" from)" null
	expect_eq "$(member_field "Emilie Cote" id)" ""
	keys Escape
	wait_for "Nothing changed"
	wait_line '^ François Bélanger +(councillor +)?Councillor +Ward 1 +Council *$'
}

t_members_o_shows_the_roster_of_a_day() {
	{
		"$GAVEL" -C "$W" member add "Ahmed Haddad" --ward "Ward 2" --from 2026-12-01
		"$GAVEL" -C "$W" member retire "François Bélanger" --on 2026-11-15
	} >/dev/null
	start
	members_open
	expect_eq "$(shown_names)" "Émilie Côté"
	keys o
	wait_for "The members of a day (member list --on)"
	keys C-u
	text "2026-11-10"
	keys Enter
	wait_for "gavel - Members on 2026-11-10"
	wait_line '^ François Bélanger +(councillor +)?Councillor +Ward 1 +Council +2026-11-15 *$'
	expect_eq "$(shown_names)" "Émilie Côté,François Bélanger"
	keys o
	wait_line '^ On: +2026-11-10'
	keys C-u
	text "2026-02-30"
	keys Enter
	wait_line "^gavel: unknown date '2026-02-30'"
	wait_line '^ On: +2026-02-30'
	keys C-u
	text "2026-12-05"
	keys Enter
	wait_for "gavel - Members on 2026-12-05"
	wait_line '^ Ahmed Haddad +(councillor +)?Councillor +Ward 2 +Council +2026-12-01 *$'
	expect_eq "$(shown_names)" "Émilie Côté,Ahmed Haddad"
	keys o C-u Enter
	wait_for "gavel - Members today (2026-11-20)"
}

# column_of LINE-REGEX TEXT: the screen column where TEXT begins on the
# line matching LINE-REGEX (sed), in terminal columns.
column_of() {
	screen | sed -n "s/^\($1.*\)$2.*/\1/p" | head -1 | tr -d '\n' | wc -L
}

t_members_at_80x24_the_columns_fit_cut_with_ellipses_and_NO_COLOR_has_no_colours() {
	more_members
	"$GAVEL" -C "$W" member add "Marie-Josée Vaillancourt-Deslauriers" --role staff \
		--title "Director of Planning and Building Services" --body "Planning Committee" >/dev/null
	start NO_COLOR=1
	members_open
	tm resize-window -x 80 -y 24
	keys v
	wait_for "everyone who ever was one"
	wait_line '^ Marie-Josée Vaill.*…'
	wait_line 'Director of P[^ ]*…'
	wait_line '^ Ahmed Haddad +Councillor +Ward 2 +Council, Pl[^ ]*… +2026-11-01 *$'
	# the dates whole and under their heading, after names cut short
	[ "$(column_of ' Name' From)" -gt 50 ] || fail "no From heading where expected"
	expect_eq "$(column_of ' Ahmed Haddad' 2026-11-01)" "$(column_of ' Name' From)"
	expect_eq "$(column_of ' Marie-Josée' 'Director')" "$(column_of ' Name' Title)"
	expect_eq "$(tm capture-pane -p -e | grep -cE $'\e\\[([0-9;]*;)?(3[0-7]|4[0-7]|38;5;[0-9]+)(;[0-9;]*)?m' || true)" 0 \
		"colour escapes under NO_COLOR"
	tm capture-pane -p -e | grep -qE $'\e\\[([0-9;]*;)?7(;[0-9;]*)?m' ||
		fail "no reverse video for the selection under NO_COLOR"
	keys a
	wait_for "Add a member"
	wait_line '^ Role: '
	wait_for "Esc: cancel"
	keys Escape
	wait_for "Nothing added"
}
