# The roll call flows: each status key records the selected member and
# moves to the next member not yet marked; regrets sent before the meeting
# show in the list and the roll call steps over them.

t_roll_call_skips_members_who_sent_regrets_at_80x24() {
	council
	# Grace Lee sent regrets before the meeting (the members' order:
	# Côté, Bélanger, Haddad, Lee, Tremblay, as the console lists them)
	live attend "Grace Lee" --regrets >/dev/null
	start
	tm resize-window -x 80 -y 24
	wait_for "Réunion ordinaire"
	keys G L
	wait_line 'Grace Lee +regrets'
	# the console opens on the first member not yet marked; each key moves on
	keys P O
	wait_line 'François Bélanger +absent'
	keys P E
	wait_line 'Paul Tremblay +regrets'
	local got
	got=$(status_json '[.attendance[] | "\(.member | split(" ") | .[-1])=\(.status)"] | sort | join(",")')
	expect_eq "$got" "Bélanger=absent,Côté=present,Haddad=present,Lee=regrets,Tremblay=regrets"
}

t_roll_call_wraps_round_to_a_member_left_unmarked_at_120x40() {
	council
	start
	tm resize-window -x 120 -y 40
	open_console
	# the second member first: P moves to the third, and so on to the end,
	# then round to the first, the only one left
	keys g j P P P P
	wait_line 'Paul Tremblay +present'
	keys P
	wait_line 'Émilie Côté +present'
	expect_eq "$(status_json '[.attendance[] | select(.status == "present")] | length')" 5
}
