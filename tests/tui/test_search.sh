# Search from anywhere with /: the results with their snippets, Enter opening
# the item in its meeting's agenda.

screen_with_attributes() {
	tm capture-pane -p -e
}

t_slash_searches_every_meeting_and_enter_opens_the_item() {
	start
	keys /
	wait_for "Search:"
	text "water rates"
	keys Enter
	wait_for "Search: water rates (1 match)"
	wait_line "^ +2026-12-08  9\.1 +Tarifs de l.eau 2027  Council"
	wait_line "^ +Report The water rates rise by 3%"
	keys Enter
	wait_for "$M: Réunion ordinaire"
	# the preview of the selected item: 9.1, not the first item
	wait_line "│ 9\.1( |\$)"
	wait_for "That Council approve the 2027 water rates."
}

t_matched_words_are_highlighted_in_the_snippet() {
	start
	keys /
	text "water"
	keys Enter
	wait_for "Search: water"
	# tmux shows the highlight as an attribute change just before the word
	SCREEN=screen_with_attributes poll "a highlighted match" grep -qE $'\e\\[[0-9;]*m[Ww]ater'
}

t_search_works_from_the_agenda_and_again_from_the_results() {
	start
	open_agenda
	keys /
	text "societe"
	keys Enter
	wait_for "Search: societe (1 match)"
	wait_for "Société d'histoire — subvention"
	keys /
	wait_for "Search: societe"
	keys C-u
	text "zzzz-nothing"
	keys Enter
	wait_for "Search: zzzz-nothing (0 matches)"
	wait_for "Nothing matches. / searches again."
	keys q
	wait_for "$M: Réunion ordinaire"
}

t_a_query_with_nothing_searchable_is_refused_on_the_status_line() {
	start
	keys /
	text '""'
	keys Enter
	wait_for "nothing to search for"
	wait_for "Meetings"
}

t_escape_cancels_the_search() {
	start
	keys /
	text "water"
	keys Escape
	wait_gone "Search:"
	wait_line '2026-12-08 19:00 +Council'
}

# At 80 columns a long title and a long snippet are cut with an ellipsis
# (docs/tui.md, "Layout"), not in the middle of a word.
t_results_cut_to_80_columns_end_in_an_ellipsis() {
	"$GAVEL" -C "$W" agenda add "$M" "Rapport sur la reconstruction du chemin Lakeshore, phase un, conception détaillée et octroi du contrat" \
		--under 9 --recommendation "That Council award the contract for the reconstruction of Lakeshore Road, phase one, to the lowest compliant bidder, funded from the capital reserve." >/dev/null
	start
	tm resize-window -x 80 -y 24
	keys /
	wait_for "Search:"
	text "lakeshore"
	keys Enter
	wait_for "Search: lakeshore (1 match)"
	wait_line "^ +2026-12-08  9\.3 +Rapport sur la reconstruction du chemin Lakeshore, phase un…$"
	wait_line "^    That Council award the contract for the reconstruction of Lakeshore Road, p…$"
}
