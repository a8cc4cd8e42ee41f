# The live console and the public display: a meeting run by keys, every
# action checked against the log the CLI reads; refusals on the status
# line; `gavel display` following writes by another process; nothing
# confidential on the display; `gavel demo` opening the UI.

# Three more councillors (five seats, quorum 3) and the clock at the meeting.
council() {
	export GAVEL_NOW=2026-12-08T19:05:00-05:00
	"$GAVEL" -C "$W" member add "Grace Lee" --ward "Ward 2" >/dev/null
	"$GAVEL" -C "$W" member add "Omar Haddad" --ward "Ward 3" >/dev/null
	"$GAVEL" -C "$W" member add "Paul Tremblay" --ward "Ward 4" >/dev/null
}

live() {
	"$GAVEL" -C "$W" live "$M" "$@"
}

status_json() {
	live status --json | jq -r "$1"
}

# open_console: from the meetings list, the console of the council meeting.
open_console() {
	wait_for "Réunion ordinaire"
	keys G L
	wait_for "$M: Réunion ordinaire - live console"
}

# Everyone present but Paul Tremblay, item 4 taken: ready for a motion.
in_session_by_cli() {
	live attend "Émilie Côté,François Bélanger,Grace Lee,Omar Haddad" --present >/dev/null
	live attend "Paul Tremblay" --absent >/dev/null
	live start >/dev/null
	live take 4 >/dev/null
}

# Council in session, motion 1 (the agenda's adoption) on the floor.
agenda_motion_on_the_floor() {
	council
	in_session_by_cli
	live move "That the agenda be adopted as circulated." --mover "Grace Lee" \
		--seconder "Omar Haddad" >/dev/null
}

# to_close: Council carries a resolution to close (the next motion, K), as
# a closed session needs (docs/procedure.md, "Closed session").
to_close() {
	local k
	k=$(live move "That Council proceed into closed session under s.239(2)(c)." \
		--to-close "239(2)(c)" --mover "Grace Lee" --seconder "Omar Haddad" | tail -1)
	live vote "$k" --carried >/dev/null
}

# answer TEXT: replace what a prompt offers with TEXT and accept it.
answer() {
	keys C-u
	[ -z "$1" ] || text "$1"
	keys Enter
}

# movers MOVER SECONDER: answer the console's two prompts for them.
movers() {
	wait_line '^Mover:'
	answer "$1"
	wait_line '^Seconder'
	answer "$2"
}

t_live_console_runs_part_of_a_meeting_by_keys() {
	council
	start
	open_console
	wait_line 'NO QUORUM 0/3 *$'
	# The roll call goes down the members in order, before the call to order.
	keys g P P P P O
	wait_line 'Paul Tremblay +absent'
	wait_line 'quorum 4/3 *$'
	expect_eq "$(status_json '[.attendance[] | select(.status == "present") | .member] | join(",")')" \
		"Émilie Côté,François Bélanger,Omar Haddad,Grace Lee"
	expect_eq "$(status_json '.attendance[] | select(.member == "Paul Tremblay") | .status')" absent
	expect_eq "$(status_json .state)" not-started
	keys s
	wait_line 'Call the meeting to order now, 7:05 p\.m\.\? \(y/n\)'
	keys y
	wait_for "Called to order at 7:05 p.m.; Émilie Côté presiding"
	expect_eq "$(status_json .state)" in-session
	expect_eq "$(status_json .presiding)" "Émilie Côté"
	# Take the next item twice, then one chosen in the agenda.
	keys N N
	wait_line '^> 2 +Land Acknowledgement'
	expect_eq "$(status_json .current_item)" 2
	local i
	i=$("$GAVEL" -C "$W" agenda show "$M" --json | jq '[.items[].number] | index("9.1")')
	keys Tab g
	for ((; i > 0; i--)); do keys j; done
	keys t
	wait_line "^> 9\.1 +Tarifs de l'eau 2027"
	expect_eq "$(status_json .current_item)" 9.1
	# A motion with its mover and seconder through the prompts.
	# the wording begins as the item's recommendation
	keys Tab m
	wait_line '^Motion: That Council approve the 2027 water rates\.'
	keys Enter
	wait_line '^Mover:'
	answer "Grace Lee"
	wait_line '^Seconder'
	answer "Omar Haddad"
	wait_line '^Threshold'
	answer ""
	wait_line "Motion 1 \\(majority\\), moved by Councillor Lee,$"
	wait_line " seconded by Councillor Haddad$"
	expect_eq "$(status_json '.motions[0] | "\(.mover)/\(.seconder)/\(.item)/\(.text)"')" \
		"Grace Lee/Omar Haddad/9.1/That Council approve the 2027 water rates."
	# The vote grid: absent members cannot be marked; Enter records it.
	keys g y y n y
	wait_line 'Omar Haddad +present +NO'
	keys y
	wait_for "Paul Tremblay cannot vote on motion 1: absent"
	expect_eq "$(status_json '.motions[0].result')" null
	keys Enter
	wait_line '^Motion 1 carried: resolution 2026-1 on a recorded vote'
	expect_eq "$(status_json '.motions[0] | "\(.result) \(.recorded) \(.counts.yes)-\(.counts.no)"')" \
		"carried true 3-1"
	expect_eq "$(status_json '[.motions[0].votes[] | "\(.member)=\(.vote)"] | join(",")')" \
		"Émilie Côté=yes,François Bélanger=yes,Omar Haddad=no,Grace Lee=yes,Paul Tremblay=absent"
	wait_line ' 19:05 Motion 1 carried: resolution 2026-1'
	wait_for "Last vote: motion 1 carried 3-1"
	wait_line " Resolution 2026-1$"
	live log | grep -q "Motion 1 moved by Grace Lee, seconded by Omar Haddad" ||
		fail "the log lacks the motion"
}

t_refusal_shows_on_the_status_line_and_changes_nothing() {
	council
	in_session_by_cli
	live move "That the agenda be adopted." --mover "Grace Lee" --seconder "Omar Haddad" >/dev/null
	start
	open_console
	wait_line 'quorum 4/3 *$'
	# Two leave by keys: quorum is lost, and the indicator says so (members
	# by role, then surname).
	keys g j j -
	wait_line 'Omar Haddad +left'
	keys j -
	wait_line 'NO QUORUM 2/3 *$'
	local before
	before=$(live log --json)
	keys c
	wait_line '^gavel: no quorum: 2 of 5 present, 3 needed'
	expect_eq "$(live log --json)" "$before" "a refused vote changes nothing"
	expect_eq "$(status_json '.motions[0].result')" null
	# A recorded vote from the grid is refused the same way.
	keys g y
	keys Enter
	wait_line '^gavel: no quorum: 2 of 5 present, 3 needed'
	expect_eq "$(live log --json)" "$before"
}

t_a_grid_of_abstentions_only_is_not_recorded() {
	council
	in_session_by_cli
	live move "That the agenda be adopted." --mover "Grace Lee" --seconder "Omar Haddad" >/dev/null
	start
	open_console
	wait_line 'quorum 4/3 *$'
	local before
	before=$(live log --json)
	# nobody named yes or no would have every other member deemed no
	keys g a
	keys Enter
	wait_for "Mark a yes or a no first: y yes, n no, a abstain on each member"
	expect_eq "$(live log --json)" "$before" "a grid of abstentions changes nothing"
	expect_eq "$(status_json '.motions[0].result')" null
}

t_clock_line_shows_elapsed_time_and_stream_offset() {
	council
	live stream --at 18:58 >/dev/null
	live attend "Émilie Côté,François Bélanger,Grace Lee" --present --at 19:00 >/dev/null
	live start --at 19:02 >/dev/null
	start
	open_console
	wait_line '^in-session  19:05:00  elapsed 0:03:00  stream 0:07:00 +quorum 3/3$'
}

t_clocks_stop_at_the_adjournment() {
	council
	live stream --at 18:58 >/dev/null
	live attend "Émilie Côté,François Bélanger,Grace Lee" --present --at 19:00 >/dev/null
	live start --at 19:02 >/dev/null
	live adjourn --at 19:04 >/dev/null 2>&1
	start
	open_console
	wait_line '^adjourned  19:05:00  elapsed 0:02:00  stream 0:06:00 '
}

t_v_marks_the_stream_start() {
	council
	live attend "Émilie Côté,François Bélanger,Grace Lee" --present --at 19:00 >/dev/null
	live start --at 19:02 >/dev/null
	start
	open_console
	keys V
	wait_line '^in-session  19:05:00  elapsed 0:03:00  stream 0:00:00 +quorum 3/3$'
	[ "$(live log --json | jq -r '[.[] | select(.kind == "stream")] | length')" = 1 ] ||
		fail "no stream event in the log"
}

t_console_declares_seconds_amends_withdraws_and_changes_phase() {
	council
	in_session_by_cli
	live take 9.1 >/dev/null
	live move "That Council approve the 2027 water rates." --mover "Grace Lee" >/dev/null
	start
	open_console
	wait_line "Motion 1 \\(majority\\), moved by Councillor Lee, not$"
	wait_line " seconded$"
	# François Bélanger declares an interest on the current item.
	keys g j D
	wait_line '^François Bélanger declares an interest on 9\.1; reason'
	text "Owns rental units"
	keys Enter
	wait_line 'François Bélanger +present +interest'
	expect_eq "$(status_json '.declarations[0] | "\(.member) \(.item)"')" "François Bélanger 9.1"
	# He cannot second it: the seconder's picker does not offer him, and
	# nothing changes.
	local before
	before=$(live log --json)
	keys S
	wait_line '^Seconder of motion 1:'
	screen | tail -n 1 | grep -q 'Bélanger' && fail "a declared member offered as seconder"
	text "fr"
	wait_for "(no name starts so"
	keys Escape
	expect_eq "$(live log --json)" "$before"
	keys S
	answer "Omar Haddad"
	wait_for "seconded by Councillor Haddad"
	expect_eq "$(status_json '.motions[0].seconder')" "Omar Haddad"
	# An amendment that rewords the motion, carried on a show of hands.
	keys M
	wait_line '^Amendment to motion 1:'
	text "That the rise be 2 per cent."
	keys Enter
	wait_line '^New wording of motion 1'
	text "That Council approve water rates 2 per cent higher."
	keys Enter
	wait_line '^Mover:'
	answer "Émilie Côté"
	wait_line '^Seconder'
	answer "Omar Haddad"
	wait_for "Amendment 2 to motion 1, moved by Mayor Côté"
	expect_eq "$(status_json '.motions[1].amends')" 1
	keys c
	wait_line '^Motion 2 carried'
	wait_for "That Council approve water rates 2 per cent higher."
	expect_eq "$(status_json '.motions[0].text')" "That Council approve water rates 2 per cent higher."
	# Withdraw asks first.
	keys w
	wait_line 'Withdraw motion 1\? \(y/n\)'
	keys y
	wait_for "None. m moves one."
	expect_eq "$(status_json '.motions[0].result')" withdrawn
	# Closed session with a clause after a resolution to close, rise; recess
	# and resume; adjourn.
	to_close
	keys x
	wait_line '^Closed session under s\.239'
	text "239(2)(c)"
	keys Enter
	wait_line '^closed-session '
	expect_eq "$(status_json .state)" closed-session
	keys x
	wait_line '^in-session '
	keys r
	wait_line '^recess '
	expect_eq "$(status_json .state)" recess
	keys r
	wait_line '^in-session '
	keys A
	wait_line 'Adjourn the meeting\? .*\(y/n\)'
	keys y
	wait_line '^adjourned '
	expect_eq "$(status_json .state)" adjourned
	before=$(live log --json)
	keys s
	wait_line '^gavel: '
	expect_eq "$(live log --json)" "$before"
}

t_s_asks_before_the_call_to_order_and_shows_why_the_core_refuses() {
	council
	start
	open_console
	wait_line 'NO QUORUM 0/3 *$'
	# n: nothing happens
	keys s
	wait_line 'Call the meeting to order now, 7:05 p\.m\.\? \(y/n\)'
	keys n
	wait_for "Not called to order"
	expect_eq "$(live log --json | jq length)" 0
	# y without quorum: the core's refusal, with the counts, and no event
	keys s
	wait_line '\(y/n\)'
	keys y
	wait_line '^gavel: no quorum: 0 of 5 present, 3 needed'
	expect_eq "$(live log --json | jq length)" 0
	expect_eq "$(status_json .state)" not-started
	keys q q
	wait_exit
	# the day before the meeting: refused for its day, even with quorum
	live attend "Émilie Côté,François Bélanger,Grace Lee" --present --at "2026-12-07 19:00" >/dev/null
	keys clear Enter
	wait_gone "gavel exited"
	keys "GAVEL_NOW=2026-12-07T19:05:00-05:00 $GAVEL" Enter
	open_console
	wait_line 'quorum 3/3 *$'
	keys s
	wait_line 'Call the meeting to order now, 7:05 p\.m\.\? \(y/n\)'
	keys y
	wait_line '^gavel: meeting 2026-12-08-council is scheduled for Tuesday, December 8, 2026'
	expect_eq "$(live log --json | jq '[.[] | select(.kind == "start")] | length')" 0
	expect_eq "$(status_json .state)" not-started
}

t_A_with_a_motion_pending_offers_to_adjourn_anyway_with_force() {
	agenda_motion_on_the_floor
	start
	open_console
	wait_for "Motion 1 (majority), moved by Councillor Lee"
	local before
	before=$(live log --json)
	# the core refuses; asked in its words, n changes nothing
	keys A
	wait_line 'Adjourn the meeting\? .*\(y/n\)'
	keys y
	wait_line '^Motion 1 is still pending: vote on it or withdraw it first\. Adjourn anyway\? \(y/n\)'
	keys n
	wait_for "Nothing changed"
	expect_eq "$(live log --json)" "$before"
	expect_eq "$(status_json .state)" in-session
	# y adjourns with --force: the motion stays undecided
	keys A
	wait_line 'Adjourn the meeting\? .*\(y/n\)'
	keys y
	wait_line 'Adjourn anyway\? \(y/n\)'
	keys y
	wait_line '^adjourned '
	expect_eq "$(status_json .state)" adjourned
	expect_eq "$(status_json '.motions[0].result')" null
}

# The attributes right before TEXT on the screen.
sgr_before() {
	tm capture-pane -p -e | grep -oE $'\e\\[[0-9;]*m'"$1" | head -1 | grep -oE '\[[0-9;]*m'
}

t_lost_quorum_is_red_or_reverse_without_colour() {
	council
	start
	open_console
	wait_for " NO QUORUM 0/3"
	sgr_before " NO QUORUM" | grep -qE '[[;]41[;m]' || fail "lost quorum is not red"
	keys q q
	wait_exit
	keys clear Enter
	wait_gone "gavel exited"
	keys "NO_COLOR=1 $GAVEL" Enter
	open_console
	wait_for " NO QUORUM 0/3"
	sgr_before " NO QUORUM" | grep -qE '[[;]7[;m]' || fail "lost quorum is not in reverse"
	live attend "Émilie Côté,François Bélanger,Grace Lee" --present >/dev/null
	live start >/dev/null
	wait_for " quorum 3/3"
	if sgr_before " quorum 3/3" | grep -qE '[[;]7[;m]'; then
		fail "quorum met still looks like an alert"
	fi
}

t_undo_asks_first_and_the_correction_shows() {
	council
	in_session_by_cli
	start
	open_console
	wait_line '^> 4 +Adoption of the Agenda'
	# the question names the event it voids, and "n" says it is kept
	keys u
	wait_line '^Void "19:05 Item 4: Adoption of the Agenda"\? \(kept in the log as a correction\) \(y/n\)'
	keys n
	wait_line '^Kept: 19:05 Item 4: Adoption of the Agenda$'
	expect_eq "$(live log --json | jq '[.[] | select(.kind == "undo")] | length')" 0
	keys u
	wait_line '\(y/n\)'
	keys y
	wait_for "(voided) Item 4: Adoption of the Agenda"
	wait_gone "> 4 "
	expect_eq "$(live log --json | jq -r '.[-1].kind')" undo
	expect_eq "$(live log --json | jq -r '.[] | select(.kind == "take") | .voided_by')" \
		"$(live log --json | jq -r '.[-1].seq')"
}

t_question_mark_lists_the_console_keys() {
	council
	start
	open_console
	keys '?'
	wait_for "Keys of the live console view"
	wait_line '^  s +start '
	wait_line '^  m +move '
	wait_line '^  Enter +record-vote '
	keys PageDown
	wait_line '^  u +undo '
	keys q
	wait_for "live console"
}

# display_window: gavel display in a second terminal: a tmux server of its
# own (tmux 3.3 cannot add a window while window-size is manual), killed
# when the test ends; dscreen reads it.
dtm() {
	tmux -L "$SOCK-display" "$@"
}

display_window() {
	trap 'dtm kill-server 2>/dev/null' EXIT
	dtm -f /dev/null new-session -d -x 100 -y 30 \
		"env -i HOME=$HOME PATH=$PATH LANG=C.UTF-8 TERM=xterm-256color GAVEL_NOW=$GAVEL_NOW \
		 ${ASAN_OPTIONS:+ASAN_OPTIONS=$ASAN_OPTIONS} $GAVEL -C $W display $M; \
		 echo display exited \$?; sleep 60"
}

dscreen() {
	dtm capture-pane -p
}

# dwait WHAT CHECK...: poll the display's screen.
dwait() {
	SCREEN=dscreen poll "$1 on the display" "${@:2}"
}

t_display_follows_a_vote_recorded_by_the_cli() {
	agenda_motion_on_the_floor
	start
	display_window
	dwait "the motion" grep -qF "On the floor: motion 1"
	dwait "the item" grep -qF "Adoption of the Agenda"
	live vote 1 --carried --for 3 --against 1 >/dev/null
	# Within a second or so (SECONDS counts whole seconds: at most 2).
	WAIT_SECONDS=2 dwait "the result" grep -qF "Motion 1 CARRIED: 3 for, 1 against"
	dscreen | absent "On the floor" || fail "the decided motion is still on the floor"
	# The console in the first terminal takes the next item.
	open_console
	keys N
	wait_line '^> 5 +Adoption of Minutes'
	WAIT_SECONDS=2 dwait "the next item" grep -qF "Adoption of Minutes"
	# Resize: the large digits give way to a bold line on a small screen.
	dtm resize-window -x 60 -y 12
	dwait "the small layout" grep -qxE ' *Item 5 *'
	dscreen | absent "█" || fail "large digits on a 60x12 screen"
	dtm send-keys q
	dwait "q to quit" grep -qF "display exited 0"
}

t_display_after_the_adjournment_shows_neither_item_nor_vote() {
	agenda_motion_on_the_floor
	live vote 1 --carried --for 3 --against 1 >/dev/null
	start
	display_window
	dwait "the result" grep -qF "Motion 1 CARRIED"
	live adjourn >/dev/null
	dwait "the adjournment" grep -qF "Adjourned at"
	dscreen | absent "Adoption of the Agenda" || fail "the last item is still shown"
	dscreen | absent "CARRIED" || fail "the last vote is still shown"
}

t_display_in_closed_session_shows_nothing_confidential() {
	council
	in_session_by_cli
	local n
	n=$(number_of "Acquisition of land, Ward 3")
	live take "$n" >/dev/null
	to_close
	live closed --clause "239(2)(c)" >/dev/null
	live move "That staff offer 400000 dollars for the Smith farm." --mover "Grace Lee" \
		--seconder "Omar Haddad" --direction >/dev/null
	display_window
	dwait "the closed session" grep -qF "In closed session"
	live vote 2 --carried --for 4 --against 0 >/dev/null
	live rise >/dev/null
	dwait "the end of the closed session" absent "In closed session"
	local s
	s=$(dscreen)
	# (the public resolution to close, motion 1, may show as the last vote)
	for secret in "400000" "Smith" "Acquisition" "Motion 2" "4 for" "On the floor"; do
		absent "$secret" <<<"$s" || fail "the display shows '$secret':"$'\n'"$s"
	done
	grep -qF "Council - Réunion ordinaire" <<<"$s" || fail "no title on the display"
}

t_demo_builds_and_opens_the_ui_on_its_meetings() {
	launch -- demo "$SCRATCH/demo"
	wait_for "gavel - Meetings"
	local titles
	titles=$("$GAVEL" -C "$SCRATCH/demo" meeting list --json | jq -r '.[].title' | sort -u)
	[ -n "$titles" ] || fail "the demo has no meetings"
	local t shown=0
	while read -r t; do
		screen | grep -qF -- "$t" && shown=$((shown + 1))
	done <<<"$titles"
	[ "$shown" -gt 0 ] || fail "none of the demo's meetings is on the screen"
	keys q
	wait_for "gavel exited 0"
}

t_agenda_shows_the_streaming_hooks_installed() {
	start
	open_agenda
	wait_line 'draft agenda +no streaming hooks$'
	mkdir -p "$W/hooks"
	printf '#!/bin/sh\nexit 0\n' >"$W/hooks/on-vote"
	printf '#!/bin/sh\nexit 0\n' >"$W/hooks/on-event"
	chmod +x "$W/hooks/on-vote" "$W/hooks/on-event"
	printf 'not a hook\n' >"$W/hooks/notes.txt"
	keys q Enter
	wait_line 'draft agenda +hooks: on-event, on-vote$'
	screen | absent "notes.txt" || fail "a file that is no hook is listed"
	printf '#!/bin/sh\nexit 3\n' >"$W/hooks/on-vote"
	"$GAVEL" -C "$W" hooks test vote >/dev/null
	keys q Enter
	wait_for "hooks: on-event, on-vote · 1 failed (on-vote: exit 3)"
}

t_display_shows_redacted_text_as_redacted() {
	council
	in_session_by_cli
	"$GAVEL" -C "$W" agenda edit "$M" 4 --title "Adoption of the Agenda [redact]and the Smith file[/redact]"
	live take 4 >/dev/null
	live move "That the offer to [redact]John Smith[/redact] be accepted." --mover "Grace Lee" \
		--seconder "Omar Haddad" >/dev/null
	display_window
	dwait "the motion" grep -qF "That the offer to [redacted] be accepted."
	dwait "the item" grep -qF "Adoption of the Agenda [redacted]"
	dscreen | absent "Smith" || fail "redacted text on the display"
}

t_display_refuses_without_a_terminal_or_with_a_wrong_meeting() {
	local out rc=0
	out=$("$GAVEL" -C "$W" display "$M" </dev/null 2>&1 >/dev/null) || rc=$?
	expect_eq "$rc" 1
	expect_eq "$out" "gavel: the display needs a terminal; 'gavel live $M status' prints the state"
	rc=0
	out=$("$GAVEL" -C "$W" display 2099-01-01-nowhere 2>&1 >/dev/null) || rc=$?
	expect_eq "$rc" 1
	[[ $out == "gavel: "* ]] || fail "no gavel: line for a wrong meeting: $out"
}

t_display_restores_the_terminal_on_sigterm() {
	display_window
	dwait "the display" grep -qF "Not yet called to order"
	expect_eq "$(dtm display-message -p '#{alternate_on}')" 1
	local pid
	pid=$(pgrep -P "$(dtm display-message -p "#{pane_pid}")")
	kill -TERM "$pid"
	dwait "the display to end" grep -qF "display exited 143"
	expect_eq "$(dtm display-message -p '#{alternate_on}')" 0
}

# The keys of docs/procedure.md's dispositions, points of order, chair,
# electronic participation and staff go through the same command table.
t_console_disposes_rules_appeals_and_changes_the_chair() {
	agenda_motion_on_the_floor
	start
	open_console
	wait_for "Motion 1 (majority), moved by Councillor Lee"
	keys '?'
	wait_for "Keys of the live console view"
	keys Space
	wait_for "refer, defer or table the motion on the floor"
	wait_for "appeal the latest ruling"
	keys q
	# the disposition is picked by its first letters
	keys f
	wait_line '^Motion 1: +refer  defer  table'
	text "r"
	keys Enter
	wait_line '^Motion:'
	text "That the matter be referred to staff for a report."
	keys Enter
	wait_line '^Refer to'
	text "staff for a report"
	keys Enter
	movers "Omar Haddad" "Grace Lee"
	wait_for "Motion 2"
	expect_eq "$(status_json '.motions[1].disposition + " " + (.motions[1].disposes | tostring)')" "refer 1"
	keys c
	wait_line '^Motion 2 carried'
	expect_eq "$(status_json '.motions[0].result + ": " + .motions[0].note')" \
		"referred: Referred to staff for a report"
	keys o
	wait_line "^The chair's ruling:"
	text "The question is out of order"
	keys Enter
	wait_line '^Ruling of the chair'
	keys e
	movers "Omar Haddad" "Grace Lee"
	wait_for "Shall the ruling of the chair be sustained?"
	keys c
	wait_line '^Motion 3 carried'
	expect_eq "$(status_json '.rulings[0].result')" sustained
	# François Bélanger (second in the members list) takes the chair
	keys g j C
	wait_line 'François Bélanger presides from now on\? \(y/n\)'
	keys y
	wait_line 'François Bélanger presiding'
	expect_eq "$(status_json .presiding)" "François Bélanger"
}

# R (roll call electronically), T (staff present), W (joins electronically
# during the meeting) and z (reconsider), each checked against the log the
# CLI reads, and listed by '?'.
t_console_records_remote_attendance_staff_and_reconsideration() {
	council
	"$GAVEL" -C "$W" member add "Anne Roy" --role clerk >/dev/null
	start
	open_console
	keys '?'
	wait_for "Keys of the live console view"
	wait_line '^  W +arrive-remote '
	keys Space
	wait_line '^  R +remote '
	wait_line '^  T +staff '
	wait_line '^  z +reconsider '
	keys q
	wait_for "live console"
	# the roll call: the second member takes part electronically, the last sent regrets
	keys g P R P P E
	wait_line 'François Bélanger +remote'
	expect_eq "$(status_json '.attendance[] | select(.member == "François Bélanger") | "\(.status) \(.remote)"')" \
		"present true"
	keys T
	wait_line '^Staff present'
	text "Anne Roy"
	keys Enter
	wait_for "Anne Roy"
	expect_eq "$(status_json '.staff_present | join(",")')" "Anne Roy"
	keys s
	wait_line '\(y/n\)'
	keys y
	wait_for "Called to order"
	# Paul Tremblay, last in the list, joins electronically
	keys G W
	wait_line 'Paul Tremblay +remote'
	expect_eq "$(status_json '.attendance[] | select(.member == "Paul Tremblay") | "\(.status) \(.remote)"')" \
		"present true"
	# a resolution, then its reconsideration moved by keys
	live take 4 >/dev/null
	live move "That the agenda be adopted as circulated." --mover "Grace Lee" \
		--seconder "Omar Haddad" >/dev/null
	live vote 1 --carried >/dev/null
	keys z
	wait_line '^Reconsider resolution'
	text "2026-1"
	keys Enter
	wait_line '^Motion:'
	text "That resolution 2026-1 be reconsidered."
	keys Enter
	movers "Omar Haddad" "Grace Lee"
	wait_for "Motion 2"
	expect_eq "$(status_json '.motions[1] | "\(.disposition) \(.target) \(.threshold)"')" \
		"reconsider 2026-1 two-thirds"
	keys c
	wait_line '^Motion 2 carried'
	expect_eq "$(status_json '.motions[0].reconsidered.resolution')" 2026-2
}

# The display's quorum line counts members present electronically, or says
# they do not count when procedure.remote-quorum is no; and when quorum is lost.
t_display_quorum_line_counts_electronic_participation() {
	council
	live attend "Émilie Côté,François Bélanger" --present >/dev/null
	live attend "Grace Lee" --remote >/dev/null
	live start >/dev/null
	start
	display_window
	dwait "the quorum line" grep -qF "Quorum: 3 present (1 electronically), 3 needed"
	"$GAVEL" -C "$W" config procedure.remote-quorum no
	live arrive "Omar Haddad" >/dev/null
	dwait "remote members not counted" grep -qF "Quorum: 3 present (and 1 electronically, not counted), 3 needed"
	live leave "Omar Haddad" >/dev/null 2>&1
	dwait "quorum lost" grep -qF "NO QUORUM: 2 present (and 1 electronically, not counted), 3 needed"
}

# A at 80x24 with many items not dealt with: the adjournment's message names
# every one, wrapped above the status line, the last one too (it was cut at
# 600 bytes, in the middle of a word).
t_adjournment_message_names_every_item_not_dealt_with() {
	council
	local i
	for i in 1 2 3 4 5 6; do
		"$GAVEL" -C "$W" agenda add "$M" "Report $i of the Committee of the Whole on the review of the procedure by-law" \
			--under 10 >/dev/null
	done
	in_session_by_cli
	start
	tm resize-window -x 80 -y 24
	open_console
	keys A
	wait_line 'Adjourn the meeting\? .*\(y/n\)'
	keys y
	wait_line '^adjourned '
	SCREEN=joined poll "the last item not dealt with" grep -qF "14 Confirmatory By-law"
}

# The screen's lines joined by spaces (a message wrapped at spaces reads whole).
joined() {
	screen | paste -sd' '
}

# A before the call to order: the meeting not held for want of quorum, as
# `live M adjourn --no-quorum` records it (A said only "not called to
# order"); with quorum the core's refusal says to call it to order.
t_A_before_the_call_to_order_records_the_meeting_not_held() {
	council
	live attend "Émilie Côté,François Bélanger" --present >/dev/null
	start
	open_console
	keys A
	wait_line '^Record that the meeting was not held, for want of quorum\? .*\(y/n\)'
	keys n
	expect_eq "$(status_json .state)" not-started
	keys A
	wait_line 'for want of quorum\? .*\(y/n\)'
	keys y
	wait_line '^adjourned '
	expect_eq "$(status_json .not_held)" true
}

t_A_before_the_call_to_order_with_quorum_says_to_call_it_to_order() {
	council
	live attend "Émilie Côté,François Bélanger,Grace Lee" --present >/dev/null
	start
	open_console
	keys A
	wait_line 'for want of quorum\? .*\(y/n\)'
	keys y
	wait_for "gavel: there is quorum (3 of 5 present): call the meeting to order instead"
	expect_eq "$(status_json .state)" not-started
}

# ? at 80x24: a description that wraps goes on under itself, not at the
# left edge under the keys.
t_question_mark_wraps_a_description_under_itself_at_80x24() {
	start
	tm resize-window -x 80 -y 24
	open_console
	keys '?'
	wait_for "Keys of the live console view"
	wait_line '^  V +stream +the livestream starts now \(the origin of$'
	wait_line '^ {40}its chapters\)$'
	screen | grep -qE '^its chapters' && fail "the description wraps to the left edge"
	# at 100 columns it fits on one row again
	tm resize-window -x 100 -y 30
	wait_line '^  V +stream +the livestream starts now \(the origin of its chapters\)$'
}

# At 80x24 a motion with an amendment to an amendment: the motion on the
# floor, the one voted on, shows whole; the motions it amends are cut to a
# row each with an ellipsis (the floor motion fell off the pane).
t_the_floor_motion_shows_whole_under_a_long_amendment_stack_at_80x24() {
	council
	in_session_by_cli
	live move "That Council award the tender for phase one of the Lakeshore Road reconstruction to Kestrel Paving Ltd. in the amount of \$2,450,000, excluding HST, funded from the capital reserve." \
		--mover "Grace Lee" --seconder "Omar Haddad" >/dev/null
	live move "by replacing the amount with \$2,300,000 and adding that staff report back on cost overruns before any change order is signed" \
		--amends 1 --mover "Omar Haddad" --seconder "Grace Lee" >/dev/null
	live move "by adding 'monthly' before 'report back' and requiring that the report be public" \
		--amends 2 --mover "François Bélanger" --seconder "Grace Lee" >/dev/null
	start
	tm resize-window -x 80 -y 24
	open_console
	wait_for "Amendment 3 to motion 2"
	wait_for "public"
	wait_line "Motion 1 \(majority\), moved by .*…$"
	wait_line "That Council award the tender .*…$"
}

# e with no ruling of the chair (or one appealed already): refused at once,
# as the other keys refuse what the meeting's state refuses, not after the
# mover and seconder are picked.
t_e_without_a_ruling_to_appeal_is_refused_before_any_question() {
	council
	in_session_by_cli
	start
	open_console
	keys e
	wait_for "gavel: there is no ruling of the chair to appeal"
	screen | absent "Mover:" || fail "asked for a mover first"
	live ruling "The point is not well taken." >/dev/null
	live appeal --mover "Grace Lee" --seconder "Omar Haddad" >/dev/null
	keys C-l e
	wait_for "gavel: the latest ruling of the chair was already appealed (motion 1)"
	screen | absent "Mover:" || fail "asked for a mover first"
}

# T and o answered with nothing say that nothing was recorded (the status
# line stayed blank).
t_T_and_o_left_empty_say_nothing_was_recorded() {
	council
	in_session_by_cli
	start
	open_console
	local before
	before=$(live log --json)
	keys T
	wait_line '^Staff present'
	keys Enter
	wait_for "Nothing recorded: no names given"
	keys o
	wait_line "^The chair's ruling:"
	keys Enter
	wait_for "Nothing recorded: the ruling was left empty"
	expect_eq "$(live log --json)" "$before"
}
