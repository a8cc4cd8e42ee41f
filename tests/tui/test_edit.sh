# Editing the agenda by keys: every change reaches the database through the
# core, and the numbers on screen follow at once.

t_a_adds_an_item_after_the_selected_one() {
	start
	open_agenda
	select_item "Tarifs de l'eau 2027"
	keys a
	wait_for "New item after 9.1:"
	text "Déneigement — hiver 2027"
	keys Enter
	wait_line '^ +9\.2 +Déneigement — hiver 2027'
	wait_line "^ +9\.3 +Société d'histoire — subvention"
	wait_for "Added item 9.2"
	expect_eq "$(number_of "Déneigement — hiver 2027")" 9.2
	expect_eq "$(number_of "Société d'histoire — subvention")" 9.3
}

t_A_adds_a_sub_item_and_escape_adds_nothing() {
	start
	open_agenda
	select_item "Tarifs de l'eau 2027"
	keys A
	wait_for "New item under 9.1:"
	text "Consultation publique"
	keys Enter
	wait_line '^ +9\.1\.1 +Consultation publique'
	expect_eq "$(number_of "Consultation publique")" 9.1.1
	keys a
	wait_for "New item after 9.1.1:"
	text "Jamais ajouté"
	keys Escape
	wait_gone "New item after"
	expect_eq "$(number_of "Jamais ajouté")" ""
}

t_e_edits_the_title_in_place_with_a_utf8_cursor() {
	start
	open_agenda
	select_item "Société d'histoire — subvention"
	keys e
	wait_line "^ +9\.2 +Title: Société d'histoire — subvention"
	# Erase "subvention" from the end (^E), then insert after "Société" (^A): the
	# cursor steps over é as one character.
	keys C-e
	for _ in 1 2 3 4 5 6 7 8 9 10; do keys BSpace; done
	text "aide"
	keys C-a
	for _ in 1 2 3 4 5 6 7; do keys Right; done
	text " locale"
	keys Enter
	wait_line "^ +9\.2 +Société locale d'histoire — aide"
	expect_eq "$(number_of "Société locale d'histoire — aide")" 9.2
}

t_escape_cancels_a_title_edit() {
	start
	open_agenda
	select_item "Société d'histoire — subvention"
	keys e
	wait_for "Title: Société"
	text " changé"
	wait_for "subvention changé"
	keys Escape
	wait_gone "Title: "
	wait_line "^ +9\.2 +Société d'histoire — subvention +│"
	expect_eq "$(number_of "Société d'histoire — subvention")" 9.2
}

t_d_deletes_only_after_y() {
	start
	open_agenda
	select_item "Staff and Committee Reports"
	keys d
	wait_for "Delete 9 Staff and Committee Reports and its 2 sub-items? (y/n)"
	keys n
	wait_for "Nothing deleted"
	expect_eq "$(number_of "Tarifs de l'eau 2027")" 9.1
	select_item "Acquisition of land, Ward 3"
	keys d
	wait_for "Delete 13.1 Acquisition of land, Ward 3? (y/n)"
	keys y
	wait_for "Deleted item 13.1"
	wait_gone "Acquisition of land"
	expect_eq "$(number_of "Acquisition of land, Ward 3")" ""
	expect_eq "$(number_of "Confirmatory By-law")" 14
}

t_J_K_move_and_gt_lt_indent_renumber_at_once() {
	start
	open_agenda
	select_item "Société d'histoire — subvention"
	keys K
	wait_line "^ +9\.1 +Société d'histoire — subvention"
	wait_line "^ +9\.2 +Tarifs de l'eau 2027"
	expect_eq "$(number_of "Société d'histoire — subvention")" 9.1
	keys J
	wait_line "^ +9\.2 +Société d'histoire — subvention"
	expect_eq "$(number_of "Société d'histoire — subvention")" 9.2
	keys '>'
	wait_line "^ +9\.1\.1 +Société d'histoire — subvention"
	expect_eq "$(number_of "Société d'histoire — subvention")" 9.1.1
	keys '<'
	wait_line "^ +9\.2 +Société d'histoire — subvention"
	expect_eq "$(number_of "Société d'histoire — subvention")" 9.2
	select_item "Correspondence"
	keys '>'
	wait_line '^ +9\.3 +Correspondence'
	wait_line '^ +10 +By-laws'
	expect_eq "$(number_of "Correspondence")" 9.3
	expect_eq "$(number_of "Adjournment")" 14
}

t_c_toggles_the_consent_agenda() {
	start
	open_agenda
	select_item "Tarifs de l'eau 2027"
	keys c
	wait_line "^ +9\.1 +Tarifs de l'eau 2027 \[consent\]"
	wait_for "[consent] on the consent agenda"
	expect_eq "$(item_field "Tarifs de l'eau 2027" consent)" true
	keys c
	wait_gone "[consent]"
	expect_eq "$(item_field "Tarifs de l'eau 2027" consent)" false
}

t_x_sets_a_clause_refuses_a_bad_one_and_empty_opens_after_y() {
	start
	open_agenda
	select_item "Tarifs de l'eau 2027"
	keys x
	wait_for "Closed-session clause"
	text "239(2)(e)"
	keys Enter
	wait_line "^ +9\.1 +Tarifs de l'eau 2027 \[closed\]"
	wait_for "[closed] s. 239(2)(e)"
	expect_eq "$(item_field "Tarifs de l'eau 2027" closed)" "239(2)(e)"
	keys x
	wait_for "Closed-session clause"
	keys C-u
	text "239(9)(z)"
	keys Enter
	wait_line '^gavel: .*239'
	expect_eq "$(item_field "Tarifs de l'eau 2027" closed)" "239(2)(e)"
	# opening a closed item makes its text public: asked, and n changes nothing
	keys x
	wait_for "Closed-session clause"
	keys C-u Enter
	wait_for "makes its text public at the next publish. Go ahead?"
	keys n
	wait_for "Nothing changed"
	expect_eq "$(item_field "Tarifs de l'eau 2027" closed)" "239(2)(e)"
	keys x
	wait_for "Closed-session clause"
	keys C-u Enter
	wait_for "Go ahead?"
	keys y
	wait_for "Item 9.1 is open"
	expect_eq "$(item_field "Tarifs de l'eau 2027" closed)" null
}

t_E_edits_the_text_in_EDITOR_without_a_shell() {
	# EDITOR holds a command with an argument: split on spaces, no shell.
	cat >"$SCRATCH/ed.sh" <<-'SH'
	printf '\nAdded in the editor: déneigement.\n' >>"$1"
	SH
	start "EDITOR='sh $SCRATCH/ed.sh'"
	open_agenda
	select_item "Tarifs de l'eau 2027"
	keys E
	wait_for "Added in the editor: déneigement."
	wait_for "Saved the text of 9.1"
	item_field "Tarifs de l'eau 2027" body | grep -qF "rise by 3%." ||
		fail "the old text is lost"
	item_field "Tarifs de l'eau 2027" body | grep -qF "Added in the editor: déneigement." ||
		fail "the edit is not in the database"
}

t_an_editor_that_changes_nothing_saves_nothing() {
	start "EDITOR=true"
	open_agenda
	select_item "Tarifs de l'eau 2027"
	keys R
	wait_for "No change to the recommendation of 9.1"
	expect_eq "$(item_field "Tarifs de l'eau 2027" recommendation)" \
		"That Council approve the 2027 water rates."
}

t_a_failing_or_missing_editor_changes_nothing() {
	start "EDITOR=false"
	open_agenda
	select_item "Tarifs de l'eau 2027"
	keys E
	wait_for "gavel: the editor 'false' failed; nothing changed"
	expect_eq "$(item_field "Tarifs de l'eau 2027" body)" "$(printf '# Report\n\nThe **water rates** rise by 3%%.')"
	keys q q
	wait_exit
	keys "EDITOR=/nonexistent/editor $GAVEL tui $M" Enter
	wait_for "$M: Réunion ordinaire"
	keys E
	wait_for "gavel: cannot run the editor '/nonexistent/editor'; nothing changed"
}

t_text_from_EDITOR_with_an_escape_is_refused_and_nothing_changes() {
	cat >"$SCRATCH/ed.sh" <<-'SH'
	printf '\nAdded \033]0;PWNED\007 in the editor.\n' >>"$1"
	SH
	start "EDITOR='sh $SCRATCH/ed.sh'"
	open_agenda
	select_item "Tarifs de l'eau 2027"
	keys E
	wait_for "gavel: the item body contains a control character (U+001B ESC)"
	expect_eq "$(item_field "Tarifs de l'eau 2027" body)" "$(printf '# Report\n\nThe **water rates** rise by 3%%.')"
}

# fake_editors DIR NAME...: a PATH directory holding bash and, for each NAME,
# an editor that notes its name and the file's first line, then adds a line.
fake_editors() {
	local dir=$1 name
	shift
	mkdir -p "$dir"
	ln -s "$(command -v bash)" "$dir/bash"
	for name in "$@"; do
		cat >"$dir/$name" <<-SH
		#!/bin/sh
		IFS= read -r first <"\$1"
		printf '%s\n%s\n' "$name" "\$first" >"$SCRATCH/ran"
		printf '\nAdded by $name.\n' >>"\$1"
		SH
		chmod +x "$dir/$name"
	done
}

t_without_VISUAL_or_EDITOR_nano_is_found_before_vi_and_the_hint_line_is_not_saved() {
	fake_editors "$SCRATCH/bin" nano vi
	start "PATH=$SCRATCH/bin"
	open_agenda
	select_item "Tarifs de l'eau 2027"
	keys E
	wait_for "Saved the text of 9.1"
	expect_eq "$(head -n 1 "$SCRATCH/ran")" nano
	grep -qF "<!-- gavel: write the file and quit the editor to save the text below" "$SCRATCH/ran" ||
		fail "the file does not start with the line saying how it is saved: $(cat "$SCRATCH/ran")"
	expect_eq "$(item_field "Tarifs de l'eau 2027" body)" \
		"$(printf '# Report\n\nThe **water rates** rise by 3%%.\n\nAdded by nano.')"
}

t_sensible_editor_comes_before_nano_and_VISUAL_before_all() {
	fake_editors "$SCRATCH/bin" sensible-editor nano visual
	start "PATH=$SCRATCH/bin"
	open_agenda
	select_item "Tarifs de l'eau 2027"
	keys R
	wait_for "Saved the recommendation of 9.1"
	expect_eq "$(head -n 1 "$SCRATCH/ran")" sensible-editor
	keys q q
	wait_exit
	keys "VISUAL=visual EDITOR=nano $GAVEL tui $M" Enter
	wait_for "$M: Réunion ordinaire"
	select_item "Tarifs de l'eau 2027"
	keys R
	wait_for "Saved the recommendation of 9.1"
	expect_eq "$(head -n 1 "$SCRATCH/ran")" visual
}
