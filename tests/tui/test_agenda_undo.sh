# u in the agenda editor takes back the last change made by key, through
# the same core calls: an added item goes, a title comes back, a moved item
# returns to its place, a deleted item (without sub-items) comes back.

t_u_takes_back_an_add_a_title_and_a_move_at_80x24() {
	start
	tm resize-window -x 80 -y 24
	open_agenda
	select_item "Tarifs de l'eau 2027"
	keys a
	wait_for "New item after 9.1:"
	text "Déneigement"
	keys Enter
	wait_line '^ +9\.2 +Déneigement'
	keys u
	wait_for "Undid the new item 9.2"
	wait_line "^ +9\\.2 +Société d'histoire"
	expect_eq "$(number_of "Déneigement")" ""
	# a title
	select_item "Tarifs de l'eau 2027"
	keys e C-u
	text "Tarifs"
	keys Enter
	wait_line '^ +9\.1 +Tarifs *│'
	keys u
	wait_for "Undid the change to 9.1"
	expect_eq "$(number_of "Tarifs de l'eau 2027")" 9.1
	# a move down, then back
	keys J
	wait_line "^ +9\\.2 +Tarifs de l.eau 2027"
	keys u
	wait_for "Undid the move of 9.1"
	expect_eq "$(number_of "Tarifs de l'eau 2027")" 9.1
	keys u
	wait_for "Nothing to undo in this agenda"
}

t_u_brings_back_a_deleted_item_at_120x40() {
	start
	tm resize-window -x 120 -y 40
	open_agenda
	select_item "Société d'histoire — subvention"
	keys e C-u
	text "Société d'histoire"
	keys Enter
	wait_line "^ +9\\.2 +Société d'histoire +│"
	keys d
	wait_for "(y/n)"
	keys y
	wait_for "Deleted item 9.2"
	keys u
	wait_for "Undid the deletion of 9.2"
	expect_eq "$(number_of "Société d'histoire")" 9.2
	# only one step back: the title stays as it was changed
	keys u
	wait_for "Nothing to undo in this agenda"
}
