# The chamber display between the moments of a meeting: after the call to
# order and before the first item, the meeting's title and "In session";
# after the adjournment, "Adjourned at TIME" and nothing stale.

t_display_in_session_before_an_item_shows_the_title_at_80x24_and_120x40() {
	council
	live attend "Émilie Côté,François Bélanger,Grace Lee,Omar Haddad" --present >/dev/null
	live start >/dev/null
	display_window
	dtm resize-window -x 80 -y 24
	dwait "the title" grep -qxE ' *Réunion ordinaire *'
	dwait "in session" grep -qxE ' *In session *'
	dtm resize-window -x 120 -y 40
	dwait "the title at 120x40" grep -qxE ' *Réunion ordinaire *'
	live take 4 >/dev/null
	dwait "the item" grep -qF "Adoption of the Agenda"
	dscreen | absent "In session" || fail "'In session' stays above the item"
}

t_display_after_a_forced_adjournment_shows_no_motion_left_on_the_floor() {
	agenda_motion_on_the_floor
	display_window
	dtm resize-window -x 80 -y 24
	dwait "the motion" grep -qF "On the floor: motion 1"
	live adjourn --force >/dev/null
	dwait "the adjournment" grep -qxE ' *Adjourned at 7:05 p\.m\. *'
	local s
	s=$(dscreen)
	for stale in "On the floor" "agenda be adopted" "Adoption of the Agenda" "Quorum"; do
		absent "$stale" <<<"$s" || fail "the display still shows '$stale':"$'\n'"$s"
	done
}

t_console_after_a_forced_adjournment_marks_no_item_and_no_motion() {
	agenda_motion_on_the_floor
	live adjourn --force >/dev/null
	start
	open_console
	wait_for "Adjourned at 7:05 p.m."
	s=$(screen)
	# the time's own "p.m." ends the sentence: no second period
	absent "p.m.." <<<"$s" || fail "a second period after p.m.:"$'\n'"$s"
	for stale in "> 4" "agenda be adopted" "Last vote"; do
		absent "$stale" <<<"$s" || fail "the console still shows '$stale':"$'\n'"$s"
	done
}

# At 80x24 a long title in the display's bar and a motion longer than its
# rows are cut with an ellipsis (docs/tui.md, "Layout"), not mid-word.
t_display_cuts_a_long_title_and_motion_with_an_ellipsis_at_80x24() {
	council
	"$GAVEL" -C "$W" meeting edit "$M" --title "Special Meeting of Council on the Budget and the Lakeshore Road Reconstruction Project" >/dev/null
	in_session_by_cli
	live move "That Council award the tender for phase one of the Lakeshore Road reconstruction to Kestrel Paving Ltd. in the amount of \$2,450,000, excluding HST, funded from the capital reserve, and that the Mayor and Clerk be authorized to sign the agreement, and that staff report back monthly on the progress of the work, its cost and any change order signed under delegated authority." \
		--mover "Grace Lee" --seconder "Omar Haddad" >/dev/null
	display_window
	dtm resize-window -x 80 -y 24
	dwait "the title cut" grep -qE '^Council - Special Meeting of Council on the Budget and the Lakeshore .*… +[0-9]{2}:[0-9]{2}$'
	dwait "the motion cut" grep -qE '^ +Clerk be authorized to sign the agreement, and that staff report back m…$'
}
