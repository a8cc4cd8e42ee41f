# The registers that follow the vote (docs/bylaws.md), from the meetings
# list: B the by-laws, A the follow-up actions, where d marks the selected
# action done, checked in the database with `gavel action list --json`.
# Today is 2026-11-20 (GAVEL_NOW, America/Toronto).

# a carried resolution of November 10 with an action due on November 15,
# and a by-law reserved
after_the_vote() {
	local m=2026-11-10-council
	{
		"$GAVEL" -C "$W" live $m attend "Côté,Bélanger" --present --at 18:00
		"$GAVEL" -C "$W" live $m start --at 18:00
		"$GAVEL" -C "$W" live $m move "That staff repair the arena roof." --mover Côté \
			--seconder Bélanger --at 18:05
		"$GAVEL" -C "$W" live $m vote 1 --carried --at 18:06
		"$GAVEL" -C "$W" action add 2026-1 "Repair the arena roof" \
			--to "Director of Public Works" --due 2026-11-15
		"$GAVEL" -C "$W" bylaw reserve --title "Arena fees"
	} >/dev/null
}

t_registers_show_bylaws_and_actions_and_d_marks_an_action_done() {
	after_the_vote
	start
	wait_for "Réunion ordinaire"
	keys B
	wait_for "gavel - By-laws (1)"
	wait_line '^ 2026-001 +reserved +Arena fees'
	keys q
	wait_for "Réunion ordinaire"
	keys A
	wait_for "Follow-up actions (1, 1 overdue)"
	wait_line 'due 2026-11-15  OVERDUE +Director of Public Works: Repair the arena roof'
	keys d
	wait_for "Done; note"
	text "Roofer hired"
	keys Enter
	wait_for "Follow-up actions (1, 0 overdue)"
	expect_eq "$("$GAVEL" -C "$W" action list --json | jq -r '.[0] | "\(.done_on) \(.note)"')" \
		"2026-11-20 Roofer hired"
}

# At 80 columns a long by-law title and a long action are cut with an
# ellipsis (docs/tui.md, "Layout"), not in the middle of a word.
t_registers_cut_long_rows_with_an_ellipsis_at_80_columns() {
	after_the_vote
	"$GAVEL" -C "$W" bylaw reserve --title "A by-law to authorize the execution of an agreement with the Kestrel Valley Conservation Authority" >/dev/null
	"$GAVEL" -C "$W" action add 2026-1 "Report to Council on the cost of repairing the arena roof before the winter season begins" \
		--to "Director of Public Works" --due 2026-12-15 >/dev/null
	start
	tm resize-window -x 80 -y 24
	wait_for "Réunion ordinaire"
	keys B
	wait_for "gavel - By-laws (2)"
	wait_line '^ 2026-002 +reserved +A by-law to authorize .*…$'
	keys q
	wait_for "Réunion ordinaire"
	keys A
	wait_for "gavel - Follow-up actions"
	wait_line 'Director of Public Works: Report to Council .*…$'
}
