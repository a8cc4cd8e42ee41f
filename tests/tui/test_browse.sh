# Browsing: the meetings list, an agenda's numbered tree and the preview.

t_meetings_list_shows_date_body_title_and_agenda_state() {
	start
	wait_line '2026-12-08 19:00 +Council +Réunion ordinaire +[0-9]+ +draft'
	wait_line '2026-11-10 18:00 +Council +Planning Committee Meeting +[0-9]+ +published'
}

t_a_published_agenda_changed_since_reads_so_in_the_list_and_header() {
	"$GAVEL" -C "$W" agenda add 2026-11-10-council "Late item" >/dev/null
	start
	wait_line '2026-11-10 18:00 +Council +Planning Committee Meeting +[0-9]+ +changed since published'
	keys g Enter
	wait_for "agenda changed since published"
}

t_enter_opens_the_numbered_tree_with_a_preview() {
	start
	open_agenda
	wait_line '^ +9 +Staff and Committee Reports'
	wait_line '^ +9\.1 +Tarifs de l.eau 2027'
	wait_line '^ +13\.1 +Acquisition of land, Ward 3 \[closed\]'
	select_item "Tarifs de l'eau 2027"
	wait_for "The **water rates** rise by 3%."
	wait_for "That Council approve the 2027 water rates."
	wait_line 'rates\.pdf +\(application/pdf, 15 bytes\)'
}

t_the_next_meeting_is_selected_first() {
	# GAVEL_NOW is 2026-11-20: the 2026-11-10 meeting is past.
	start
	wait_for "Planning Committee Meeting"
	keys Enter
	wait_for "$M: Réunion ordinaire"
	keys q k Enter
	wait_for "2026-11-10-council: Planning Committee Meeting"
}

t_tui_M_opens_straight_at_the_agenda() {
	start -- tui "$M"
	wait_for "$M: Réunion ordinaire"
	wait_line '^ +1 +Call to Order'
}

t_wide_characters_keep_the_columns() {
	start
	open_agenda
	select_item "東京都との姉妹都市提携に関する報告書と今後の交流計画について"
	# The title is cut to the tree's width without pushing the separator:
	# every row puts it in the same terminal column.
	local line prefix widths
	widths=$(screen | while IFS= read -r line; do
		[[ $line == *│* ]] || continue
		prefix=${line%%│*}
		printf '%s' "$prefix" | wc -L
	done | sort -u)
	expect_eq "$widths" 55 "columns of the separator"
	wait_line '^ +7\.1 +東京都との姉妹都市'
}

t_a_short_window_scrolls_to_the_selection() {
	start
	open_agenda
	tm resize-window -x 100 -y 12
	wait_line '^ +1 +Call to Order'
	wait_gone "Adjournment"
	keys G
	wait_line '^ +15 +Adjournment'
	wait_gone "Call to Order"
	wait_for "│ 15  Adjournment"
	keys g
	wait_line '^ +1 +Call to Order'
	wait_gone "Adjournment"
}

t_p_publishes_the_website_and_says_where() {
	start
	wait_for "Planning Committee Meeting"
	keys p
	wait_for "Published 1 meeting to"
	[ -f "$W/site/index.html" ] || fail "no site/index.html"
	grep -qF "2026-11-10-council/agenda.html" "$W/site/index.html" || fail "the published meeting is not listed"
}

t_a_long_meetings_list_shows_the_right_rows_wherever_it_scrolls() {
	# The list loads only the rows on screen: each page must still show
	# the meetings that belong there, with their own item counts.
	local i
	for i in $(seq 1 90); do
		"$GAVEL" -C "$W" meeting new --title "Numbered $(printf %02d "$i")" --template blank \
			--at "$(printf '2031-%02d-%02d 10:00' $(((i - 1) / 28 + 1)) $(((i - 1) % 28 + 1)))" \
			>/dev/null
	done
	"$GAVEL" -C "$W" meeting new --title "Numbered last" --at "2032-06-01 19:00" >/dev/null
	start
	keys G
	wait_line '^2032-06-01 19:00 +Council +Numbered last +15 +draft'
	wait_line ' +Numbered 90 +0 +draft'
	keys PPage
	wait_gone "Numbered last"
	wait_for "Numbered 4"
	keys g
	wait_line '^2026-11-10 18:00 +Council +Planning Committee Meeting +15 +published'
	wait_line '^2031-01-01 10:00 +Council +Numbered 01 +0 +draft'
	wait_gone "Numbered 40"
	keys G
	wait_for "Numbered last"
}
