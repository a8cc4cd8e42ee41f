# Motion prompts that know the meeting: the wording begins as the item's
# recommendation, mover and seconder are picked by their first letters from
# the members present and qualified, a refusal brings the questions back
# with the answers given, and a refusal the meeting's state makes certain
# comes before any question.

t_mover_and_seconder_are_picked_from_present_members_at_80x24() {
	council
	in_session_by_cli # Paul Tremblay absent, item 4 taken
	live take 9.1 >/dev/null
	live declare "Omar Haddad" --item 9.1 --reason "owns a rental unit" >/dev/null
	start
	tm resize-window -x 80 -y 24
	wait_for "Réunion ordinaire"
	keys G L
	wait_for "Last events"
	keys m
	wait_line "^Motion: That Council approve the 2027 water rates\\."
	# editable: the end of the wording changed
	keys BSpace
	text " as presented."
	keys Enter
	wait_line '^Mover: '
	# the absent and the declared are not offered
	screen | tail -n 1 | grep -qE 'Tremblay|Haddad' && fail "absent or declared member offered"
	text "tr"
	wait_for "(no name starts so"
	keys BSpace BSpace
	text "gr"
	wait_line '^Mover: gr  Grace Lee'
	keys Enter
	wait_line '^Seconder: +\(not seconded yet\)'
	screen | tail -n 1 | grep -qF "Grace Lee" && fail "the mover offered as seconder"
	text "fr"
	keys Enter
	wait_line '^Threshold: +majority'
	keys Enter
	wait_line "Motion 1 \\(majority\\), moved by"
	expect_eq "$(status_json '.motions[0] | "\(.mover)/\(.seconder)/\(.text)"')" \
		"Grace Lee/François Bélanger/That Council approve the 2027 water rates as presented."
}

t_a_refused_motion_reopens_with_what_was_typed_at_120x40() {
	agenda_motion_on_the_floor
	start
	tm resize-window -x 120 -y 40
	open_console
	# another main motion while motion 1 is on the floor: refused by the core
	keys m
	wait_line '^Motion: ?$'
	text "That the minutes be adopted."
	keys Enter
	wait_line '^Mover: '
	text "em"
	keys Enter
	wait_line '^Seconder: '
	text "fr"
	keys Enter
	wait_line '^Threshold: '
	keys Enter
	wait_line '^gavel: '
	wait_line '^Motion: That the minutes be adopted\.$'
	keys Escape
	wait_for "Nothing moved"
	expect_eq "$(status_json '.motions | length')" 1
}

t_m_on_an_adjourned_meeting_refuses_before_asking() {
	agenda_motion_on_the_floor
	live adjourn --force >/dev/null
	start
	open_console
	keys m
	wait_line '^gavel: the meeting was adjourned at 7:05 p\.m\.: its log is closed'
	screen | grep -q '^Motion:' && fail "asked for a wording first"
	keys S
	wait_line '^gavel: the meeting was adjourned'
	true
}
