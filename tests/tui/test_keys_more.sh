# Keys for what a clerk did at the ':' prompt before: n and e in the
# meetings list (new meeting, edit meeting), f in the agenda (attach a
# file, its path completed with Tab), H in the live console (hold a
# consent item).

t_n_schedules_a_meeting_and_e_changes_it_at_80x24() {
	start
	tm resize-window -x 80 -y 24
	wait_for "Réunion ordinaire"
	keys n
	wait_line '^New meeting, title:'
	text "Special Meeting"
	keys Enter
	wait_line '^At \(YYYY-MM-DD HH:MM\):'
	text "next tuesday"
	keys Enter
	wait_line '^Agenda template: +ontario-regular'
	keys Enter
	# refused: the questions come back with the answers
	wait_line '^gavel: '
	wait_line '^New meeting, title: Special Meeting$'
	keys Enter
	wait_line '^At \(YYYY-MM-DD HH:MM\): next tuesday$'
	keys C-u
	text "2027-01-12 19:00"
	keys Enter
	wait_line '^Agenda template:'
	text "bl"
	keys Enter
	wait_for "Scheduled 2027-01-12-council"
	# the new meeting is selected: e changes it
	wait_line '^2027-01-12 19:00 +Council +Special Meeting'
	keys e
	wait_line '^2027-01-12-council title: Special Meeting$'
	keys C-u
	text "Special Meeting on Budget"
	keys Enter Enter
	wait_line '^Location \(empty: none\):'
	text "Council Chambers"
	keys Enter
	wait_for "Saved 2027-01-12-council"
	expect_eq "$("$GAVEL" -C "$W" meeting show 2027-01-12-council --json | jq -r '"\(.title)/\(.location)"')" \
		"Special Meeting on Budget/Council Chambers"
	# the new meeting came from the blank template: no items
	expect_eq "$("$GAVEL" -C "$W" agenda show 2027-01-12-council --json | jq '.items | length')" 0
}

t_f_attaches_a_file_with_its_path_completed_at_120x40() {
	mkdir -p "$W/annexes"
	printf 'Class,2026,2027\nResidential,1.10,1.13\n' >"$W/annexes/rates-2027.csv"
	start
	tm resize-window -x 120 -y 40
	open_agenda
	select_item "Société d'histoire — subvention"
	keys f
	wait_line '^Attach a file to 9\.2:'
	text "ann"
	keys Tab
	wait_line '^Attach a file to 9\.2: annexes/$'
	text "ra"
	keys Tab
	wait_line '^Attach a file to 9\.2: annexes/rates-2027\.csv'
	keys Enter
	wait_for "Attached annexes/rates-2027.csv to 9.2"
	wait_line 'rates-2027\.csv +\(text/csv'
	expect_eq "$(item_field "Société d'histoire — subvention" attachments | jq -r '.[0].name')" \
		rates-2027.csv
}

t_H_holds_a_consent_item_in_the_console() {
	council
	"$GAVEL" -C "$W" agenda add "$M" "Minutes of the Library Board" --under 8 --consent >/dev/null
	in_session_by_cli
	start
	open_console
	keys Tab g
	local i
	i=$("$GAVEL" -C "$W" agenda show "$M" --json | jq '[.items[].title] | index("Minutes of the Library Board")')
	for ((; i > 0; i--)); do keys j; done
	keys H
	wait_line '^Hold 8\.1 Minutes of the Library Board: pull it out of the consent agenda\? \(y/n\)'
	keys y
	wait_line '19:05 Item 8\.1 held: it will be dealt with separately'
	expect_eq "$(live log --json | jq -r '.[-1].kind')" hold
}
