# Terminal escape sequences and bidirectional overrides in the data never
# reach the terminal: they show as '?' and cannot retitle the window, clear
# the screen or reorder a line. gavel refuses them in new text, so the tests
# plant them with sqlite3, as text stored by an older gavel.

# plant_item_field FIELD SQL-EXPRESSION: set a field of item 9.1 of $M.
plant_item_field() {
	"$PLANT_SQL" "$W/gavel.db" "UPDATE items SET $1 = $2 WHERE meeting_id =
		(SELECT id FROM meetings WHERE slug = '$M') AND title = 'Tarifs de l''eau 2027'"
}

t_escape_sequences_in_a_body_show_as_text_and_do_nothing() {
	printf 'Body \033]2;PWNED-TITLE\007 then \033[2J cleared? and \033[31mred\n' >"$SCRATCH/evil.md"
	plant_item_field body "CAST(readfile('$SCRATCH/evil.md') AS TEXT)"
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

t_bidirectional_overrides_in_a_title_show_as_question_marks() {
	plant_item_field title "'Tarifs de l''eau ' || char(0x202e) || '7202' || char(0x2067) || ' fin'"
	start
	open_agenda
	wait_line '^ +9\.1 +Tarifs de l.eau \?7202\? fin'
}
