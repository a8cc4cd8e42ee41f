# The screen as a whole: help, the ':' prompt, going back and quitting,
# resize, signals, NO_COLOR, and data written by another process.

t_question_mark_shows_the_keys_of_the_view() {
	start
	open_agenda
	keys '?'
	wait_for "Keys of the agenda view"
	wait_line '^  a +add +add an item after the selected one'
	wait_line '^  e +edit-title '
	wait_line '^  x +closed '
	wait_for "Keys of every view"
	keys G
	wait_line '^  \? F1 +help '
	wait_for "Keys of the line editor"
	wait_line '^  Enter +accept '
	wait_line '^  \^W +kill-word '
	keys q
	wait_for "$M: Réunion ordinaire"
	keys q '?'
	wait_for "Keys of the meetings view"
	wait_line '^  Enter l Right +open '
}

t_colon_runs_a_command_and_shows_its_output() {
	start
	keys :
	wait_line '^:'
	text "meeting list"
	keys Enter
	wait_for "gavel - :meeting list"
	wait_for "2026-11-10-council"
	wait_for "2026-12-08-council"
	keys q
	wait_for "gavel - Meetings"
}

t_colon_with_a_bad_command_shows_the_error() {
	start
	keys :
	text "frobnicate --now"
	keys Enter
	wait_line "^gavel: unknown command 'frobnicate'"
	keys :
	text "agenda edit $M 9.1 --closed 239(9)(z)"
	keys Enter
	wait_line '^gavel: .*239'
	expect_eq "$(item_field "Tarifs de l'eau 2027" closed)" null
	# The prompt runs commands as the TUI: it does not open a second one.
	keys :
	text "tui"
	keys Enter
	wait_line '^gavel: the terminal UI is already open'
}

t_colon_changes_are_shown_at_once() {
	start
	open_agenda
	keys :
	text "agenda add $M 'Ajout par la commande' --under 9"
	keys Enter
	wait_line '^ +9\.3 +Ajout par la commande'
	# A one-line result (the new number) stays on the status line.
	wait_line '^9\.3$'
	expect_eq "$(number_of "Ajout par la commande")" 9.3
}

t_q_goes_back_then_quits_and_restores_the_terminal() {
	start
	open_agenda
	expect_eq "$(alternate_on)" 1 "gavel runs on the alternate screen"
	keys q
	wait_for "gavel - Meetings"
	keys q
	wait_exit
	wait_for "gavel exited 0"
	expect_eq "$(alternate_on)" 0
}

t_resize_redraws_for_the_new_size() {
	start
	open_agenda
	wait_line '^gavel - .{67}\? help  : command  q back$'
	tm resize-window -x 60 -y 20
	# The title bar's keys give way to the whole title ("? help" alone at
	# the new right edge), and the preview is gone.
	wait_line "^gavel - $M: Réunion ordinaire +\\? help\$"
	wait_gone "│"
	wait_line '^ +13 +Closed Session'
	tm resize-window -x 120 -y 40
	wait_line '^gavel - .{87}\? help  : command  q back$'
	wait_for "│ 1  Call to Order"
}

# expect_cooked_tty: the shell's terminal reads lines and echoes again.
expect_cooked_tty() {
	keys "stty -a | tr ' ' '\\n' | grep -xE -- '-?(icanon|echo)' | tr '\\n' ' '; echo END" Enter
	wait_line '^icanon echo END'
}

t_sigterm_restores_the_terminal() {
	start
	open_agenda
	kill -TERM "$(gavel_pid)"
	wait_exit
	wait_for "gavel exited 143"
	expect_eq "$(alternate_on)" 0
	expect_cooked_tty
}

t_sigint_restores_the_terminal() {
	start
	keys :
	text "meet"
	kill -INT "$(gavel_pid)"
	wait_exit
	expect_eq "$(alternate_on)" 0
	# bash drops the rest of a command line whose command died of SIGINT.
	keys 'echo "status $?"' Enter
	wait_for "status 130"
}

# Colour escapes (foreground/background 30-49, 256 colours) in the pane.
colour_codes() {
	tm capture-pane -p -e | grep -cE $'\e\\[([0-9;]*;)?(3[0-7]|4[0-7]|38;5;[0-9]+)(;[0-9;]*)?m' || true
}

t_no_color_uses_reverse_and_bold_only() {
	start
	wait_for "Réunion ordinaire"
	[ "$(colour_codes)" -gt 0 ] || fail "no colours without NO_COLOR"
	keys q
	wait_exit
	keys clear Enter
	wait_gone "gavel exited"
	keys "NO_COLOR=1 $GAVEL" Enter
	wait_for "Réunion ordinaire"
	expect_eq "$(colour_codes)" 0 "colour escapes under NO_COLOR"
	tm capture-pane -p -e | grep -qE $'\e\\[([0-9;]*;)?7(;[0-9;]*)?m' ||
		fail "no reverse video for the bars under NO_COLOR"
}

t_a_terminal_without_colours_gets_reverse_video() {
	start TERM=vt100
	wait_for "Réunion ordinaire"
	expect_eq "$(colour_codes)" 0 "colour escapes on a vt100"
	tm capture-pane -p -e | grep -qE $'\e\\[([0-9;]*;)?7(;[0-9;]*)?m' ||
		fail "no reverse video for the bars on a vt100"
}

t_another_process_writing_is_shown() {
	start
	open_agenda
	"$GAVEL" -C "$W" agenda add "$M" "Ajout par un autre terminal" --under 9 >/dev/null
	wait_line '^ +9\.3 +Ajout par un autre terminal'
}

t_first_frame_env_draws_once_and_exits_0() {
	launch GAVEL_TUI_EXIT_AFTER_FIRST_FRAME=1 -- tui "$M"
	wait_exit
	wait_for "gavel exited 0"
	expect_eq "$(alternate_on)" 0
}

t_without_a_terminal_or_with_a_wrong_meeting_it_refuses() {
	local s=0 err
	err=$(cd "$W" && "$GAVEL" </dev/null 2>&1 >/dev/null) || s=$?
	expect_eq "$s" 1
	expect_eq "$err" "gavel: the terminal UI needs a terminal; see 'gavel help' for commands"
	s=0
	err=$(cd "$W" && "$GAVEL" tui 2031-01-01-nowhere 2>&1 >/dev/null) || s=$?
	expect_eq "$s" 1
	[[ $err == "gavel: "* ]] || fail "no gavel: message: $err"
}

t_a_crash_still_restores_the_terminal() {
	start
	open_agenda
	kill -SEGV "$(gavel_pid)"
	wait_exit
	wait_for "gavel exited 139"
	expect_eq "$(alternate_on)" 0
	expect_cooked_tty
}
