# The live console's look during a vote: the focused pane's title reversed,
# yes / no / abstain / not voted each in a look of its own (with colour and
# under NO_COLOR), and the columns sized from the terminal and the names.
# The captures of the console during a vote at 80x24 and 160x50 are left in
# build/tui-check/console-WxH.txt, and .ansi with the looks (not in
# build/site-check/, which the site checks make afresh).

# sgr_before WORD: the attribute escape just before WORD on the screen.
sgr_before() {
	tm capture-pane -p -e | grep -oE $'\e\\[[0-9;]*m'"$1" | head -n 1 | sed "s/$1\$//" | od -An -c | tr -d ' \n'
}

# vote_in_progress: motion 1 on the floor, the grid marked yes, no, abstain
# for the first three members and Grace Lee not voted yet.
vote_in_progress() {
	agenda_motion_on_the_floor
	start "$@"
	open_console
	keys g y n a
	wait_line 'Omar Haddad +present +abstain'
}

# capture_console WxH: resize, wait for the grid, keep the screen.
capture_console() {
	local out
	out=$(dirname "$GAVEL")/build/tui-check
	tm resize-window -x "${1%x*}" -y "${1#*x}"
	wait_line 'Grace Lee +present +not voted'
	mkdir -p "$out"
	screen >"$out/console-$1.txt"
	tm capture-pane -p -e >"$out/console-$1.ansi"
}

t_vote_marks_have_four_looks_and_focus_is_reversed_with_colour() {
	vote_in_progress
	# the mayor presides: her presence reads "chair"
	wait_line 'Émilie Côté +chair +YES'
	wait_line 'François Bélanger +present +NO'
	local yes no abstain none
	yes=$(sgr_before YES) no=$(sgr_before NO) abstain=$(sgr_before abstain)
	none=$(sgr_before 'not voted')
	[ -n "$yes" ] && [ -n "$no" ] && [ -n "$abstain" ] && [ -n "$none" ] ||
		fail "a mark without a look: '$yes' '$no' '$abstain' '$none'"
	[ "$(printf '%s\n' "$yes" "$no" "$abstain" "$none" | sort -u | wc -l)" = 4 ] ||
		fail "two marks look the same: '$yes' '$no' '$abstain' '$none'"
	# the members have the keys: their title is reversed, the agenda's not
	tm capture-pane -p -e | grep -E 'Members' | grep -qE $'\e\\[([0-9;]*;)?7(;[0-9;]*)?m' ||
		fail "the focused members' title is not reversed"
	keys Tab
	wait_for "Agenda (j/k; Tab: members)"
	tm capture-pane -p -e | grep -E 'Agenda \(j/k' | grep -qE $'\e\\[([0-9;]*;)?7(;[0-9;]*)?m' ||
		fail "the focused agenda's title is not reversed"
}

t_vote_marks_have_four_looks_under_NO_COLOR() {
	vote_in_progress NO_COLOR=1
	local yes no abstain none
	yes=$(sgr_before YES) no=$(sgr_before NO) abstain=$(sgr_before abstain)
	none=$(sgr_before 'not voted')
	[ "$(printf '%s\n' "$yes" "$no" "$abstain" "$none" | sort -u | wc -l)" = 4 ] ||
		fail "two marks look the same under NO_COLOR: '$yes' '$no' '$abstain' '$none'"
	expect_eq "$(tm capture-pane -p -e | grep -cE $'\e\\[([0-9;]*;)?(3[0-7]|4[0-7]|38;5;[0-9]+)(;[0-9;]*)?m' || true)" 0 \
		"colour escapes under NO_COLOR"
}

t_console_during_a_vote_at_80x24_fits_names_and_header() {
	vote_in_progress
	capture_console 80x24
	# whole names, their columns right after the longest, nothing cut blindly
	wait_line '^ François Bélanger +present +NO'
	[ "$(screen | grep -E '^ François Bélanger' | sed 's/present.*//' | wc -L)" -le 20 ] ||
		fail "blank columns between the names and their attendance"
	# the header: state and quorum whole, the clocks dropped before a cut
	wait_line '^in-session  19:05:00  elapsed 0:00:00 +quorum 4/3 *$'
	screen | grep -qE '^in-session.*stream 0:$' && fail "the header is cut"
	true
}

t_console_during_a_vote_at_160x50_and_100x30() {
	vote_in_progress
	capture_console 160x50
	wait_line '^  13\.1 +Acquisition of land, Ward 3 \[closed\]'
	capture_console 100x30
	# narrower: titles and events too long for their pane end in an ellipsis,
	# and the header drops the stream's clock rather than cut it
	live stream >/dev/null
	wait_line '^in-session  19:05:00  elapsed 0:00:00  stream 0:00:00 +quorum 4/3 *$'
	tm resize-window -x 60 -y 30
	wait_line '^in-session  19:05:00  elapsed 0:00:00 +quorum 4/3 *$'
	wait_line '^  3 +Disclosure of Pecun[^ ]*…'
	wait_line ' 19:05 Roll call; present: [^ ]*…$'
}

t_agenda_at_80x24_and_100x30_cuts_titles_with_an_ellipsis_and_keeps_marks() {
	"$GAVEL" -C "$W" meeting edit "$M" --location "Salle du conseil, hôtel de ville de Lakeview" >/dev/null
	start
	open_agenda
	tm resize-window -x 80 -y 24
	wait_line '^ +7\.1 +東京都との姉妹都市提携[^ ]*… *│'
	wait_line '^ +13\.1 +Acquisition of land, War[^ ]*… \[closed\] +│'
	# the meeting's line: the location gives way before the agenda's state
	wait_line '^Tue 2026-12-08 19:00  Council  draft agenda'
	tm resize-window -x 100 -y 30
	wait_line '^Tue 2026-12-08 19:00  Council, Salle du conseil, hôtel de ville de Lakeview  draft agenda'
	wait_line '^ +13\.1 +Acquisition of land, Ward 3 \[closed\] +│'
}

# The last vote at 80x24: a line too long for the motion pane ends in an
# ellipsis (docs/tui.md, Layout), and the resolution's number, on a line of
# its own, stands whole; no line of the console is cut without one.
t_console_at_80x24_cuts_the_last_vote_with_an_ellipsis_and_keeps_the_resolution() {
	agenda_motion_on_the_floor
	# under roberts an abstention is counted on its own, which makes the
	# line long ("carried 3-0 (1 abstaining)"; ontario counts it as a no)
	"$GAVEL" -C "$W" config procedure roberts >/dev/null
	live vote 1 --recorded --yes "Émilie Côté,François Bélanger,Grace Lee" \
		--abstain "Omar Haddad" >/dev/null
	start
	open_console
	tm resize-window -x 80 -y 24
	wait_line ' Resolution 2026-1$'
	wait_line ' Last vote: motion 1 carried [0-9]+-[0-9]+ \([^)]*…$'
	# only the header (the quorum at the right) reaches the last column
	# without an ellipsis
	local line cut=
	while IFS= read -r line; do
		[ "$(printf '%s' "$line" | LC_ALL=C.UTF-8 wc -L)" -ge 80 ] && [[ $line != *… ]] &&
			cut+=$line$'\n'
	done < <(screen | sed 1,2d)
	[ -z "$cut" ] || fail "lines cut without an ellipsis at 80x24:"$'\n'"$cut"
	tm resize-window -x 120 -y 40
	wait_line ' Last vote: motion 1 carried [0-9]+-[0-9]+ \([0-9]+ abstaining\)$'
}
