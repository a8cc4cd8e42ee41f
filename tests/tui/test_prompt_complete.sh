# The ':' prompt: Tab completes commands, verbs, flags, item numbers and
# member names; Up and Down recall earlier lines, kept per workspace; the
# open meeting (and item) are filled in when left out; errors wrap.

t_tab_completes_commands_flags_items_and_names_at_80x24() {
	start
	tm resize-window -x 80 -y 24
	open_agenda
	keys :
	text "ag"
	keys Tab
	wait_line '^:agenda ?$'
	text "sh"
	keys Tab
	wait_line '^:agenda show ?$'
	keys -l -- "--j"
	keys Tab
	wait_line '^:agenda show --json ?$'
	keys C-u
	text "agenda edit 9."
	keys Tab
	# two items start so: both said, then Tab goes through them
	wait_line '9\.1  9\.2'
	keys Tab
	wait_line '^:agenda edit 9\.1$'
	keys C-u
	text "member edit fr"
	keys Tab
	wait_line '^:member edit "François Bélanger" ?$'
	keys Escape
}

t_colon_fills_in_the_open_meeting_and_recalls_lines_per_workspace_at_120x40() {
	start
	tm resize-window -x 120 -y 40
	open_agenda
	keys :
	text "agenda show"
	keys Enter
	wait_for ":agenda show"
	wait_line 'Tarifs de l.eau 2027'
	keys q
	wait_for "$M: Réunion ordinaire"
	# the selected item is filled in too
	select_item "Société d'histoire — subvention"
	keys :
	text "agenda edit --title Subvention"
	keys Enter
	wait_line '^ +9\.2 +Subvention'
	keys q q
	wait_exit
	[ "$(stat -c %a "$W/.gavel-history")" = 600 ] || fail "the history file is not private"
	git -C "$W/record" status --porcelain | grep -q history && fail "history in record/"
	# a new session in the same workspace: Up brings the lines back
	keys "$GAVEL" Enter
	wait_for "gavel - Meetings"
	keys :
	keys Up
	wait_line '^:agenda edit --title Subvention$'
	keys Up
	wait_line '^:agenda show$'
	keys Down Down
	wait_line '^:$'
	keys Escape
}

t_a_long_error_wraps_instead_of_being_cut_at_80x24() {
	start
	tm resize-window -x 80 -y 24
	keys :
	text "agenda show no-such-meeting-with-a-name-long-enough-to-need-two-rows-of-the-screen"
	keys Enter
	wait_line '^gavel: '
	# the end of the refusal is on the screen, on a row of its own
	wait_line 'rows-of-the-screen'
	screen | grep -E '^gavel: ' | grep -q 'rows-of-the-screen' &&
		fail "an 80-column row holds more than fits"
	true
}
