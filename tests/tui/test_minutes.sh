# The minutes view: the minutes as formatted text with their state, search
# within the page, the versions in record/ with coloured diffs, notes edited
# in $EDITOR, saving and approving by key, and the lock; and publish's
# progress on the status line.

# The planning meeting of 2026-11-10 (the first in the list) is held:
# adjourning saves its draft minutes to record/.
P=2026-11-10-council

gv() {
	"$GAVEL" -C "$W" "$@" >/dev/null
}

held_meeting() {
	gv live $P attend "Côté,Bélanger" --present --at "2026-11-10 18:00"
	gv live $P start --at "2026-11-10 18:00"
	gv live $P take 4 --at "2026-11-10 18:01"
	gv live $P move "That the agenda be adopted as circulated." --mover Côté --seconder Bélanger \
		--at "2026-11-10 18:02"
	gv live $P vote 1 --carried --at "2026-11-10 18:03"
	gv live $P adjourn --at "2026-11-10 18:40"
}

# The council meeting $M adopts them with motion 1; its motion 2 is lost.
approving_meeting() {
	gv live "$M" attend "Côté,Bélanger" --present --at "2026-12-08 19:00"
	gv live "$M" start --at "2026-12-08 19:00"
	gv live "$M" take 5 --at "2026-12-08 19:01"
	gv live "$M" move "That the minutes of November 10 be adopted." --mover Côté --seconder Bélanger \
		--at "2026-12-08 19:02"
	gv live "$M" vote 1 --carried --at "2026-12-08 19:03"
	gv live "$M" move "That the minutes of November 10 be amended." --mover Côté --seconder Bélanger \
		--at "2026-12-08 19:04"
	gv live "$M" vote 2 --lost --at "2026-12-08 19:05"
}

# The screen with its colours and attributes as escape sequences.
screen_e() {
	tm capture-pane -p -e
}

# open_minutes: from the meetings list, the minutes of $P.
open_minutes() {
	wait_for "Planning Committee Meeting"
	keys g m
	wait_for "$P: minutes"
}

versions() {
	"$GAVEL" -C "$W" history $P --json | jq '.versions | length'
}

t_m_shows_the_minutes_as_formatted_text_marked_draft() {
	held_meeting
	start
	open_minutes
	wait_line '^DRAFT +complete minutes \(v: public\)$'
	# markdown marks give way to styles: "# " and "**" are gone, the
	# heading is bold, the motion's wording is set off.
	wait_line '^Minutes: Planning Committee Meeting$'
	wait_line '^Motion 1, moved by Mayor Côté, seconded by Councillor Bélanger:$'
	screen | absent "**" || fail "markdown marks on screen"
	screen | absent "# " || fail "heading marks on screen"
	screen_e | grep -F "Minutes: Planning Committee Meeting" | grep -qF $'\e[1m' ||
		fail "the heading is not bold"
	# the style changes where the bold "Motion 1" ends
	screen_e | grep -qP 'Motion 1(\e\[[0-9;]*m)+, moved by' ||
		fail "the motion's name is not set apart"
	keys PageDown
	wait_for "│ That the agenda be adopted as circulated."
	wait_line '^lines 25-49 of [0-9]+ '
	keys v
	wait_line '^DRAFT +public minutes \(v: complete\)$'
}

t_slash_searches_the_page_and_n_N_step_through_the_matches() {
	held_meeting
	gv minutes $P note 12 "The zebra crossing on Main Street was discussed."
	gv minutes $P note 14 "A second zebra crossing was approved."
	start
	open_minutes
	wait_for "Minutes: Planning Committee Meeting"
	screen | absent "zebra" || fail "the notes are on the first page already"
	keys /
	text ZEBRA
	keys Enter
	wait_for "/ZEBRA: match 1 of 2"
	wait_for "The zebra crossing on Main Street was discussed."
	# Every match is highlighted (black on yellow).
	screen_e | grep -qF $'\e[30m\e[43mzebra' || fail "the match is not highlighted"
	keys n
	wait_for "/ZEBRA: match 2 of 2"
	wait_for "A second zebra crossing was approved."
	keys n
	wait_for "/ZEBRA: match 1 of 2 (from the other end)"
	keys N
	wait_for "/ZEBRA: match 2 of 2 (from the other end)"
	keys /
	text "quagga"
	keys Enter
	wait_for "Not found: quagga"
}

t_h_lists_the_versions_and_enter_shows_a_coloured_diff() {
	held_meeting
	gv minutes $P note 9 "Staff presented the first draft."
	gv minutes $P save --message "First narrative"
	gv minutes $P note 9 "Staff presented the revised draft."
	gv minutes $P save --message "Revised narrative"
	start
	open_minutes
	keys h
	wait_for "$P: versions in record/"
	wait_line "^  [0-9a-f]{10}  [0-9-]{10} [0-9:]{5}  Clerk +minutes +Revised narrative$"
	wait_line "minutes +First narrative$"
	wait_line "minutes +draft, as adjourned$"
	wait_line "agenda +Publish agenda of $P$"
	# Enter: the newest version against the one before it.
	keys Enter
	wait_for "diff of the minutes"
	wait_line '^-Staff presented the first draft\.$'
	wait_line '^\+Staff presented the revised draft\.$'
	screen_e | grep -qF $'\e[31m-Staff presented the first draft.' || fail "no red deletion"
	screen_e | grep -qF $'\e[32m+Staff presented the revised draft.' || fail "no green addition"
	screen_e | grep -qF $'\e[36m@@ ' || fail "no cyan hunk header"
	# Two marked versions: the draft against the newest.
	keys q
	wait_for "$P: versions in record/"
	keys g Space j Space
	wait_line '^\* [0-9a-f]{10} .*draft, as adjourned'
	wait_for "Two versions marked: Enter compares them"
	keys Enter
	wait_line '^\+Staff presented the revised draft\.$'
	screen | absent "first draft" || fail "the diff is not from the draft"
}

t_the_first_version_of_minutes_diffs_from_nothing() {
	# $M's agenda was never published: its draft is its first version.
	gv live "$M" attend "Côté,Bélanger" --present --at "2026-12-08 19:00"
	gv live "$M" start --at "2026-12-08 19:00"
	gv live "$M" adjourn --at "2026-12-08 19:30"
	start
	wait_for "Planning Committee Meeting"
	keys :
	text "history $M"
	keys Enter
	wait_for "$M: versions in record/"
	wait_line "minutes +draft, as adjourned$"
	keys Enter
	wait_line "diff of the minutes nothing\.\.[0-9a-f]{10}"
	wait_line '^\+# Minutes: Réunion ordinaire$'
	wait_for "--- /dev/null"
}

t_e_edits_the_note_of_the_item_at_the_top_and_s_saves_a_version() {
	cat >"$SCRATCH/ed.sh" <<-'SH'
	printf 'Council heard from the treasurer about the budget.\n' >>"$1"
	SH
	held_meeting
	local before
	before=$(versions)
	start "EDITOR='sh $SCRATCH/ed.sh'"
	open_minutes
	# The item at the top of the page is the one proposed.
	keys /
	text "Staff and Committee Reports"
	keys Enter
	wait_line '^9 Staff and Committee Reports$'
	keys e
	wait_for "Note on item: 9"
	keys Enter
	wait_for "Saved the note on 9; s saves a new version of the minutes"
	wait_for "Council heard from the treasurer about the budget."
	wait_line '^DRAFT +1 note not saved yet \(s saves\)'
	"$GAVEL" -C "$W" minutes $P | grep -qF "Council heard from the treasurer" ||
		fail "the note is not in the minutes"
	keys s
	wait_for "Save the minutes; message (empty: say what changed):"
	text "Treasurer's report"
	keys Enter
	wait_for "Saved a new version of the minutes of $P to record/"
	wait_line '^DRAFT +complete'
	expect_eq "$(versions)" $((before + 1)) "versions after the save"
	expect_eq "$("$GAVEL" -C "$W" history $P --json | jq -r '.versions[0].message')" \
		"Minutes of $P: Treasurer's report"
}

t_A_approves_then_the_minutes_show_approved_and_refuse_edits_with_the_reason() {
	cat >"$SCRATCH/ed.sh" <<-SH
	touch "$SCRATCH/editor-ran"
	SH
	held_meeting
	approving_meeting
	start "EDITOR='sh $SCRATCH/ed.sh'"
	open_minutes
	keys A
	wait_for "Approved at meeting: $M"
	keys Enter
	wait_for "Motion of $M that adopted the minutes:"
	text 1
	keys Enter
	wait_for "Approve and lock the minutes of $P (motion 1 of $M)? (y/n)"
	keys y
	wait_for "The minutes of $P are approved and locked (tag approved/$P)"
	wait_line "^APPROVED at $M \(resolution 2026-2\)  locked"
	wait_for "Approved at the Réunion ordinaire of Council of December 8, 2026 (Resolution 2026-2)."
	"$GAVEL" -C "$W" history $P --json | jq -e --arg t "approved/$P" \
		'.versions[0].tags | index($t)' >/dev/null || fail "no approved tag"
	local reason="gavel: minutes of $P were approved at $M (resolution 2026-2)"
	keys e
	wait_for "$reason"
	[ ! -e "$SCRATCH/editor-ran" ] || fail "the editor ran on approved minutes"
	keys s
	wait_for "$reason"
	wait_gone "Save the minutes"
	keys A
	wait_for "$reason"
	# Still whole after the refusals: back out and quit cleanly.
	keys q q
	wait_exit
	wait_for "gavel exited 0"
	expect_eq "$(alternate_on)" 0 "alternate screen after quitting"
}

t_A_with_a_lost_motion_is_refused_and_nothing_is_locked() {
	held_meeting
	approving_meeting
	start
	open_minutes
	keys A
	wait_for "Approved at meeting: $M"
	keys Enter
	text 2
	keys Enter
	wait_for "(y/n)"
	keys y
	wait_for "gavel: motion 2 of $M did not carry (lost)"
	wait_line '^DRAFT'
	keys A Enter
	text "two"
	keys Enter
	wait_for "The motion is its number at that meeting, like 2; nothing approved"
	keys A
	wait_for "Approved at meeting: $M"
	keys Escape
	wait_for "Not approved"
	expect_eq "$("$GAVEL" -C "$W" history $P --json | jq '[.versions[].tags[]] | length')" 0
}

t_minutes_opens_from_the_prompt_and_the_agenda() {
	held_meeting
	start
	wait_for "Planning Committee Meeting"
	keys :
	text "minutes $P"
	keys Enter
	wait_for "$P: minutes"
	wait_line '^DRAFT'
	keys q
	wait_gone "$P: minutes"
	keys g Enter
	wait_for "$P: Planning Committee Meeting"
	keys m
	wait_for "$P: minutes"
	keys :
	text "minutes no-such-meeting"
	keys Enter
	wait_line '^gavel: .*no-such-meeting'
	keys :
	text "history $P"
	keys Enter
	wait_for "$P: versions in record/"
}

t_p_shows_publish_progress_and_then_where_the_site_went() {
	gv agenda publish "$M"
	start
	wait_for "Planning Committee Meeting"
	# What the terminal was sent, to see the progress that the summary
	# replaces at once.
	tm pipe-pane -o "cat >>$SCRATCH/terminal.out"
	keys p
	wait_line '^Published 2 meetings to \./site: [0-9]+ files written, 0 unchanged, 0 removed$'
	tm pipe-pane
	sed 's/\x1b\[[0-9;?]*[A-Za-z]/\n/g' "$SCRATCH/terminal.out" |
		grep -aqF "publishing: 1 of 2 meetings" || fail "no progress on the status line"
	[ -f "$W/site/index.html" ] || fail "no site/index.html"
	keys :
	text publish
	keys Enter
	wait_line '^Published 2 meetings to \./site: 0 files written, [0-9]+ unchanged, 0 removed$'
}

# Approved minutes lock the meeting's agenda (docs/minutes.md, "What approval
# locks"): the agenda view's keys reach the same core check as the CLI.
t_the_agenda_of_approved_minutes_refuses_edits_by_key_with_the_reason() {
	held_meeting
	approving_meeting
	gv minutes $P approve --at-meeting $M --motion 1
	"$GAVEL" -C "$W" agenda show $P --json >"$SCRATCH/before.json"
	start
	wait_for "Planning Committee Meeting"
	keys g Enter
	wait_for "$P: "
	local reason="gavel: the minutes of $P were approved at $M (resolution 2026-2)"
	keys a
	wait_for "New item after"
	text "Added after approval"
	keys Enter
	wait_for "$reason"
	keys e
	wait_for "Title:"
	text " changed"
	keys Enter
	wait_for "$reason"
	keys d
	wait_for "(y/n)"
	keys y
	wait_for "$reason"
	"$GAVEL" -C "$W" agenda show $P --json >"$SCRATCH/after.json"
	cmp -s "$SCRATCH/before.json" "$SCRATCH/after.json" || fail "the agenda changed"
	keys q q
	wait_exit
	wait_for "gavel exited 0"
}

# An item added by key after the meeting adjourned: added, and the status
# line says the draft minutes show it as not dealt with, as the CLI does.
t_an_item_added_after_adjournment_says_the_minutes_show_it_not_dealt_with() {
	held_meeting
	start
	wait_for "Planning Committee Meeting"
	keys g Enter
	wait_for "$P: "
	keys a
	wait_for "New item after"
	text "Entered after the fact"
	keys Enter
	wait_for "adjourned at 6:40 p.m."
	wait_for "draft minutes show item 2 as not dealt"
	"$GAVEL" -C "$W" agenda show $P --json |
		jq -e '[.items[].title] | index("Entered after the fact")' >/dev/null ||
		fail "the item was not added"
	keys q q
	wait_exit
	wait_for "gavel exited 0"
}

# A with the meeting left empty: said at once, not asked for its motion, and
# not the core's "no meeting ''" after the questions.
t_A_without_a_meeting_says_so_and_approves_nothing() {
	held_meeting
	start
	open_minutes
	keys A
	wait_for "Approved at meeting:"
	keys C-u Enter
	wait_for "No meeting given (the one whose motion adopted the minutes); nothing approved"
	screen | absent "Motion of" || fail "asked for the motion of no meeting"
	keys A
	wait_for "Approved at meeting:"
	keys Escape
	wait_for "Not approved"
}

# h at 80x24: a message, and the line of keys at the foot, cut to fit end
# in an ellipsis (docs/tui.md, "Layout"), not in the middle of a word.
t_h_at_80x24_cuts_messages_with_an_ellipsis() {
	held_meeting
	start
	tm resize-window -x 80 -y 24
	open_minutes
	keys h
	wait_for "$P: versions in record/"
	wait_line "minutes +draft, as adjou…$"
	wait_line "agenda +Publish agenda …$"
	wait_line "^Space marks a version .*…$"
}
