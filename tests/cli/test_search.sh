# gavel search: full-text search of agendas and motions.

search_setup() {
	ok meeting new --title "Regular Meeting" --at "2026-10-06 19:00"
	A=$(last_line)
	printf '## Background\n\nThe Zamboni replacement at the arena, as asked by Mme Côté.\nContact: [redact]Bartholomew Quince[/redact].\n' >"$SCRATCH/arena.md"
	ok agenda add "$A" "Arena equipment" --under 9 --body-file "$SCRATCH/arena.md"
	ok agenda add "$A" "Zamboni procurement by-law" --under 11
	printf 'Purchase of the Whitfield lot for the depot.\n' >"$SCRATCH/closed.md"
	ok agenda add "$A" "Property" --under 13 --closed "239(2)(c)" --body-file "$SCRATCH/closed.md"
	ok agenda publish "$A"
	ok meeting new --title "Budget Committee" --at "2027-01-12 10:00"
	B=$(last_line)
	ok agenda add "$B" "Arena budget" --under 9
}

t_search_folds_accents_and_ranks_titles_first() {
	search_setup
	ok search cote --json
	json '.results | length == 1 and .[0].item == "9.1"'
	ok search zamboni --json
	# the by-law has the word in its title, the report only in its text
	json '[.results[].title] == ["Zamboni procurement by-law", "Arena equipment"]'
	json '.results[1].snippet | contains("[Zamboni]")'
}

t_search_phrases_prefixes_and_punctuation() {
	search_setup
	ok search '"arena equipment"' --json
	json '.results | length == 1'
	ok search 'procur*' --json
	json '.results[0].item == "11.1"'
	ok search 'zamboni by-law' --json
	json '.results | length == 1 and .[0].item == "11.1"'
	refused search '... ,,, !'
	expect_err_contains "nothing to search for"
}

t_search_follows_edits_and_removals() {
	search_setup
	ok agenda edit "$A" 9.1 --title "Ice resurfacer"
	ok search resurfacer --json
	json '.results | length == 1'
	ok search equipment --json
	json '.results | length == 0'
	ok agenda rm "$A" 11.1
	ok search procurement --json
	json '.results | length == 0'
}

t_public_search_keeps_closed_and_redacted_text_out() {
	search_setup
	ok search whitfield --json
	json '.results | length == 1'
	ok search whitfield --public --json
	json '.results | length == 0'
	ok search quince --json
	json '.results | length == 1'
	ok search quince --public --json
	json '.results | length == 0'
	ok search arena --public --json
	# the 2027 meeting's agenda is not published: not public
	json '[.results[].meeting] | unique == ["2026-10-06-council"]'
	ok search arena --public
	expect_out_lacks "Quince" "Whitfield"
}

t_search_finds_motions_by_member_and_skips_undone_ones() {
	search_setup
	# the clock on the meeting's evening: the events are in time order
	export GAVEL_NOW=2026-10-06T19:00:00-04:00
	ok live "$A" attend "Côté,Tremblay,Haddad" --present
	ok live "$A" start --at 19:00
	ok live "$A" take 9.1
	ok live "$A" move "That Council purchase a new ice resurfacer." --mover Haddad --seconder Côté
	# (procedural: a second main motion would wait for the first)
	ok live "$A" move "That the matter be deferred to the spring." --mover Tremblay --seconder Côté \
		--procedural
	ok search resurfacer --member Haddad --json
	json '.results | length == 1 and .[0].kind == "motion" and .[0].motion == 1'
	ok search resurfacer --member Tremblay --json
	json '.results | length == 0'
	ok search deferred --json
	json '.results | length == 1'
	ok live "$A" undo
	ok search deferred --json
	json '.results | length == 0'
	ok live "$A" take 13.1
	ok live "$A" move "That Council proceed into closed session under s.239(2)(c)." \
		--to-close "239(2)(c)" --mover Tremblay --seconder Côté
	ok live "$A" vote 2 --carried
	ok live "$A" closed --clause "239(2)(c)"
	ok live "$A" move "That staff negotiate for the Kowalczyk parcel." --mover Haddad --seconder Côté --direction
	ok search kowalczyk --public --json
	json '.results | length == 0'
	ok search kowalczyk --json
	json '.results | length == 1'
	# the public knows a motion by its resolution, never by its number in
	# the log, whose gaps would count the motions of closed session
	ok live "$A" vote 3 --carried
	ok live "$A" rise
	ok live "$A" vote 1 --carried
	ok agenda publish "$A"
	ok search resurfacer --public --json
	json '.results | length == 1 and .[0].kind == "motion" and .[0].resolution == "2026-3"'
	json '.results[0] | has("motion") | not'
	ok search resurfacer --public
	expect_out_contains "resolution 2026-3: "
	expect_out_lacks "motion 1"
	ok search resurfacer --json
	json '.results[0].motion == 1 and .results[0].resolution == "2026-3"'
}

t_search_filters_by_body_and_year() {
	search_setup
	ok body add "Budget Committee"
	ok meeting new --title "Budget" --at "2027-02-02 10:00" --body "Budget Committee"
	C=$(last_line)
	ok agenda add "$C" "Arena operating costs"
	ok search arena --year 2027 --json
	json '[.results[].meeting] | unique == ["2027-01-12-council", "2027-02-02-budget-committee"]'
	ok search arena --body "Budget Committee" --json
	json '[.results[].meeting] | unique == ["2027-02-02-budget-committee"]'
	refused search arena --body Nowhere
	refused search arena --member Nobody
	refused search arena --year twenty
}

t_search_finds_the_clerks_notes_and_keeps_closed_ones_private() {
	search_setup
	ok minutes "$A" note 9.1 "Councillors asked about the Olympia model and [redact]the vendor Frostline[/redact]."
	ok minutes "$A" note 13.1 "The Whitfield appraisal was discussed."
	ok search olympia --json
	json '.results | length == 1 and .[0].kind == "note" and .[0].item == "9.1"'
	ok search frostline --public --json
	json '.results | length == 0'
	ok search appraisal --public --json
	json '.results | length == 0'
	ok minutes "$A" note 9.1 "Replaced by the zamboni decision."
	ok search olympia --json
	json '.results | length == 0'
	ok check
}
