# Terminal escape sequences in the data (an item's body can hold any text)
# never reach the terminal: they show as '?' and cannot retitle the window
# or clear the screen.

t_escape_sequences_in_a_body_show_as_text_and_do_nothing() {
	printf 'Body \033]2;PWNED-TITLE\007 then \033[2J cleared? and \033[31mred\n' >"$SCRATCH/evil.md"
	"$GAVEL" -C "$W" agenda edit "$M" 9.1 --body-file "$SCRATCH/evil.md" >/dev/null
	start
	open_agenda
	select_item "Tarifs de l'eau 2027"
	wait_for "Body ?]2;PWNED-TITLE? then ?[2J cleared?"
	wait_for "and ?[31mred"
	wait_line '^ +9\.1 +Tarifs de l.eau 2027'
	local title
	title=$(tm display-message -p '#{pane_title}')
	[[ $title != *PWNED* ]] || fail "the body retitled the terminal: $title"
}
