# Agendas: gavel agenda show/add/edit/move/rm/attach/import.
# Publishing is in test_publish.sh.

# A meeting with an empty agenda ($MEETING).
blank_meeting() {
	new_meeting --template blank
}

# add TITLE [ARGS...]: add an item to $MEETING, require exit 0.
add() {
	local title=$1
	shift
	ok agenda add "$MEETING" "$title" "$@"
}

# expect_numbers LINE...: the agenda of $MEETING is exactly these "N TITLE" lines.
expect_numbers() {
	numbers "$MEETING" >"$T/numbers"
	printf '%s\n' "$@" >"$T/expected"
	diff -u "$T/expected" "$T/numbers" >"$T/numbers.diff" ||
		{ cat "$T/numbers.diff" >&2; fail "agenda numbering differs"; }
}

# item N: the JSON object of item N of $MEETING (from agenda show --json).
item() {
	run agenda show "$MEETING" --json
	jq --arg n "$1" '.items[] | select(.number == $n)' "$T/out" >"$T/item"
	[ -s "$T/item" ] || fail "no item $1"
	cp "$T/item" "$T/out"
}

# --- add and numbering ------------------------------------------------------

t_add_prints_the_new_number_alone_on_the_last_line() {
	new_meeting
	add "Budget 2027"
	expect_last_line 16
	add "Report on roads" --under 9
	expect_last_line 9.1
	add "Culverts" --under 9.1
	expect_last_line 9.1.1
	eq "$(echo "$OUT" | wc -l)" 1 "lines printed by agenda add"
}

t_add_under_appends_after_existing_children() {
	blank_meeting
	add "Reports"
	add "First" --under 1
	add "Second" --under 1
	expect_last_line 1.2
	add "Third" --under 1
	expect_last_line 1.3
	expect_numbers "1 Reports" "1.1 First" "1.2 Second" "1.3 Third"
}

t_add_after_inserts_and_renumbers_the_rest() {
	new_meeting
	add "Delegation: Friends of the Park" --after 6
	expect_last_line 7
	expect_numbers "1 Call to Order" "2 Land Acknowledgement" "3 Disclosure of Pecuniary Interest" \
		"4 Adoption of the Agenda" "5 Adoption of Minutes" "6 Delegations" \
		"7 Delegation: Friends of the Park" "8 Presentations" "9 Consent Agenda" \
		"10 Staff and Committee Reports" "11 Correspondence" "12 By-laws" \
		"13 Notices of Motion" "14 Closed Session" "15 Confirmatory By-law" "16 Adjournment"
}

t_add_after_a_sub_item_stays_at_its_level() {
	blank_meeting
	add "Reports"
	add "Roads" --under 1
	add "Parks" --under 1
	add "Water" --after 1.1
	expect_last_line 1.2
	expect_numbers "1 Reports" "1.1 Roads" "1.2 Water" "1.3 Parks"
}

t_numbers_after_a_sequence_of_adds_moves_and_removals() {
	blank_meeting
	add "Call to Order"
	add "Reports"
	add "Roads" --under 2
	add "Parks" --under 2
	add "Culverts" --under 2.1
	add "Adjournment"
	expect_numbers "1 Call to Order" "2 Reports" "2.1 Roads" "2.1.1 Culverts" "2.2 Parks" \
		"3 Adjournment"
	ok agenda move "$MEETING" 2.2 --first
	expect_last_line 2.1
	expect_numbers "1 Call to Order" "2 Reports" "2.1 Parks" "2.2 Roads" "2.2.1 Culverts" \
		"3 Adjournment"
	ok agenda rm "$MEETING" 1
	expect_numbers "1 Reports" "1.1 Parks" "1.2 Roads" "1.2.1 Culverts" "2 Adjournment"
	ok agenda move "$MEETING" 1.2 --after 2
	expect_last_line 3
	expect_numbers "1 Reports" "1.1 Parks" "2 Adjournment" "3 Roads" "3.1 Culverts"
	ok agenda move "$MEETING" 2 --after 3
	expect_numbers "1 Reports" "1.1 Parks" "2 Roads" "2.1 Culverts" "3 Adjournment"
	ok agenda move "$MEETING" 2 --under 1
	expect_last_line 1.2
	expect_numbers "1 Reports" "1.1 Parks" "1.2 Roads" "1.2.1 Culverts" "2 Adjournment"
	ok agenda move "$MEETING" 2 --first
	expect_last_line 1
	expect_numbers "1 Adjournment" "2 Reports" "2.1 Parks" "2.2 Roads" "2.2.1 Culverts"
	# Positions in the database are 1..n among siblings: no gaps, no duplicates.
	eq "$(sql "SELECT count(*) FROM items GROUP BY coalesce(parent_id, 0)
		HAVING max(position) != count(*) OR min(position) != 1 OR
		count(DISTINCT position) != count(*)")" "" "sibling positions"
}

t_rm_removes_the_sub_items_too() {
	blank_meeting
	add "Reports"
	add "Roads" --under 1
	add "Culverts" --under 1.1
	add "Adjournment"
	ok agenda rm "$MEETING" 1
	expect_numbers "1 Adjournment"
	eq "$(sql "SELECT count(*) FROM items")" 1 "items left in the database"
}

t_move_under_its_own_descendant_is_refused() {
	blank_meeting
	add "Reports"
	add "Roads" --under 1
	add "Culverts" --under 1.1
	refused_unchanged agenda move "$MEETING" 1 --under 1.1
	refused_unchanged agenda move "$MEETING" 1 --under 1.1.1
	refused_unchanged agenda move "$MEETING" 1 --after 1.1
	refused_unchanged agenda move "$MEETING" 1.1 --under 1.1
}

t_depth_is_limited_to_three_levels() {
	blank_meeting
	add "Reports"
	add "Roads" --under 1
	add "Culverts" --under 1.1
	refused_unchanged agenda add "$MEETING" "Too deep" --under 1.1.1
	expect_err_contains "3 levels"
	add "Parks"
	add "Trails" --under 2
	# Moving 1.1 (with its child) under 2.1 would make a fourth level.
	refused_unchanged agenda move "$MEETING" 1.1 --under 2.1
	ok agenda move "$MEETING" 1.1 --under 2
	expect_last_line 2.2
}

t_move_needs_exactly_one_place() {
	blank_meeting
	add "Reports"
	add "Parks"
	db_snapshot
	run agenda move "$MEETING" 1
	expect_usage_error "agenda move"
	run agenda move "$MEETING" 1 --first --after 2
	expect_usage_error "agenda move"
	expect_db_unchanged
}

t_add_under_and_after_together_is_a_usage_error() {
	blank_meeting
	add "Reports"
	db_snapshot
	run agenda add "$MEETING" "Roads" --under 1 --after 1
	expect_usage_error "agenda add"
	expect_db_unchanged
}

t_agenda_usage_errors() {
	blank_meeting
	db_snapshot
	run agenda add "$MEETING" "Roads" --frobnicate
	expect_usage_error "agenda add"
	run agenda add "$MEETING" "Roads" extra
	expect_usage_error "agenda add"
	run agenda edit "$MEETING"
	expect_usage_error "agenda edit"
	run agenda rm "$MEETING"
	expect_usage_error "agenda rm"
	run agenda attach "$MEETING" 1
	expect_usage_error "agenda attach"
	run agenda import "$MEETING"
	expect_usage_error "agenda import"
	run agenda publish
	expect_usage_error "agenda publish"
	run agenda show "$MEETING" --format pdf
	expect_usage_error "agenda show"
	run agenda frobnicate
	expect_usage_error agenda
	expect_db_unchanged
}

# --- references -------------------------------------------------------------

# "1.1." (as some printed agendas write it) is item 1.1.
t_item_by_number_and_by_hash_id() {
	blank_meeting
	add "Reports"
	add "Roads" --under 1
	local id
	id=$(sql "SELECT id FROM items WHERE title = 'Roads'")
	ok agenda edit "$MEETING" "#$id" --title "Roads and Bridges"
	ok agenda edit "$MEETING" 1.1. --recommendation "That Council receive the report."
	item 1.1
	json --argjson id "$id" '.id == $id and .title == "Roads and Bridges" and
		.recommendation == "That Council receive the report."'
	ok agenda add "$MEETING" "Culverts" --under "#$id"
	expect_last_line 1.1.1
	ok agenda move "$MEETING" "#$id" --first
	ok agenda rm "$MEETING" "#$id"
	expect_numbers "1 Reports"
}

t_unknown_item_is_refused_and_unchanged() {
	blank_meeting
	add "Reports"
	add "Roads" --under 1
	local other
	other=$(sql "SELECT max(id) + 100 FROM items")
	db_snapshot
	for ref in 2 1.2 1.1.1 0 "#$other" "#abc" x ""; do
		refused agenda edit "$MEETING" "$ref" --title "Nope"
	done
	refused agenda rm "$MEETING" 3
	refused agenda move "$MEETING" 3 --first
	refused agenda move "$MEETING" 1 --after 3
	refused agenda add "$MEETING" "Parks" --under 4
	refused agenda add "$MEETING" "Parks" --after 1.9
	expect_err_contains "1.9"
	expect_db_unchanged
}

t_item_of_another_meeting_is_not_found_by_id() {
	blank_meeting
	add "Reports"
	ok meeting new --title "Other" --at "2026-12-08 19:00" --template blank
	ok agenda add 2026-12-08-council "Elsewhere"
	local id
	id=$(sql "SELECT id FROM items WHERE title = 'Elsewhere'")
	refused_unchanged agenda edit "$MEETING" "#$id" --title "Stolen"
	refused_unchanged agenda rm "$MEETING" "#$id"
}

t_unknown_meeting_is_refused_and_unchanged() {
	blank_meeting
	add "Reports"
	refused_unchanged agenda show 2026-12-09-council
	refused_unchanged agenda add 2026-12-09-council "Roads"
	refused_unchanged agenda edit 2026-12-09-council 1 --title "Roads"
	refused_unchanged agenda move 2026-12-09-council 1 --first
	refused_unchanged agenda rm 2026-12-09-council 1
	refused_unchanged agenda attach 2026-12-09-council 1 /etc/hostname
	refused_unchanged agenda publish 2026-12-09-council
	echo "## 1 Roads" >"$SCRATCH/a.md"
	refused_unchanged agenda import 2026-12-09-council "$SCRATCH/a.md"
	refused_unchanged agenda show 77
}

# --- item fields ------------------------------------------------------------

t_body_from_a_file_and_from_stdin() {
	blank_meeting
	printf '# Background\n\nThe culvert on **Main St** failed.\n' >"$SCRATCH/body.md"
	add "Culvert" --body-file "$SCRATCH/body.md"
	echo "Read from *stdin*." >"$SCRATCH/stdin.md"
	run_in "$SCRATCH/stdin.md" agenda add "$MEETING" "Trails" --body-file -
	expect_status 0
	expect_last_line 2
	item 1
	json '.body == "# Background\n\nThe culvert on **Main St** failed."'
	item 2
	json '.body == "Read from *stdin*."'
	run_in "$SCRATCH/body.md" agenda edit "$MEETING" 2 --body-file -
	expect_status 0
	item 2
	json '.body | startswith("# Background")'
}

t_body_at_the_cap_is_accepted_and_over_it_refused() {
	blank_meeting
	head -c 262144 /dev/zero | tr '\0' a >"$SCRATCH/cap.md"
	add "At the cap" --body-file "$SCRATCH/cap.md"
	head -c 262145 /dev/zero | tr '\0' a >"$SCRATCH/over.md"
	refused_unchanged agenda add "$MEETING" "Over" --body-file "$SCRATCH/over.md"
	expect_err_contains "256 KiB"
	refused_unchanged agenda edit "$MEETING" 1 --body-file "$SCRATCH/over.md"
	db_snapshot
	run_in "$SCRATCH/over.md" agenda add "$MEETING" "Over" --body-file -
	expect_status 1
	expect_err_line
	expect_db_unchanged
}

t_body_that_is_not_utf8_is_refused() {
	blank_meeting
	add "Reports"
	printf 'Caf\xe9 au lait\n' >"$SCRATCH/latin1.md"
	refused_unchanged agenda add "$MEETING" "Latin-1" --body-file "$SCRATCH/latin1.md"
	expect_err_contains "UTF-8"
	refused_unchanged agenda edit "$MEETING" 1 --body-file "$SCRATCH/latin1.md"
	printf 'a\0b\n' >"$SCRATCH/nul.md"
	refused_unchanged agenda add "$MEETING" "NUL" --body-file "$SCRATCH/nul.md"
	refused_unchanged agenda add "$MEETING" "Rec" --recommendation "$(printf 'Caf\xe9')"
}

t_missing_body_file_is_refused() {
	blank_meeting
	refused_unchanged agenda add "$MEETING" "Roads" --body-file "$SCRATCH/none.md"
	expect_err_contains "none.md"
	refused_unchanged agenda add "$MEETING" "Roads" --body-file "$SCRATCH"
}

t_bad_titles_are_refused() {
	blank_meeting
	add "Reports"
	refused_unchanged agenda add "$MEETING" ""
	refused_unchanged agenda add "$MEETING" "$(printf 'Two\nlines')"
	refused_unchanged agenda add "$MEETING" "$(head -c 600 /dev/zero | tr '\0' t)"
	refused_unchanged agenda edit "$MEETING" 1 --title ""
}

t_recommendation_and_consent() {
	blank_meeting
	add "Consent Agenda"
	add "Minutes of the Finance Committee" --under 1 --consent \
		--recommendation "That Council receive the minutes."
	item 1.1
	json '.consent == true and .recommendation == "That Council receive the minutes."'
	ok agenda show "$MEETING"
	expect_out_contains "[consent]"
	ok agenda edit "$MEETING" 1.1 --no-consent
	item 1.1
	json '.consent == false and .recommendation == "That Council receive the minutes."'
	ok agenda edit "$MEETING" 1.1 --consent
	item 1.1
	json '.consent == true'
	db_snapshot
	run agenda edit "$MEETING" 1.1 --consent --no-consent
	expect_usage_error
	expect_db_unchanged
}

t_edit_changes_only_what_it_names() {
	blank_meeting
	echo "Body text." >"$SCRATCH/b.md"
	add "Roads" --body-file "$SCRATCH/b.md" --recommendation "Receive." --consent --closed "239(2)(c)"
	ok agenda edit "$MEETING" 1 --title "Roads and Bridges"
	item 1
	json '.title == "Roads and Bridges" and .body == "Body text." and
		.recommendation == "Receive." and .consent == true and .closed == "239(2)(c)"'
}

t_closed_clause_forms_are_canonicalised() {
	blank_meeting
	local form
	for form in "239(2)(c)" "s. 239 (2)(c)" "s.239(2)(c)" "S. 239(2)(C)" "section 239(2)(c)" \
		" 239 ( 2 ) ( c ) "; do
		ok agenda add "$MEETING" "Land" --closed "$form"
	done
	add "Request" --closed "239(3)(a)"
	add "Training" --closed "239(3.1)"
	ok agenda show "$MEETING" --json
	json '[.items[] | select(.title == "Land")] | length == 6 and all(.closed == "239(2)(c)" and
		.closed_nature == "a proposed or pending acquisition or disposition of land")'
	json '[.items[].closed][6:] == ["239(3)(a)", "239(3.1)"]'
}

t_invalid_clauses_are_refused_and_unchanged() {
	blank_meeting
	add "Land"
	local c
	db_snapshot
	for c in "239(2)(z)" "239(2)" "239" "240(2)(c)" "239(4)(a)" "239(2)(c)(i)" "land" ""; do
		refused agenda add "$MEETING" "Closed" --closed "$c"
		refused agenda edit "$MEETING" 1 --closed "$c"
	done
	refused agenda add "$MEETING" "Closed" --closed "239(2)(z)"
	expect_err_contains "239(2)(z)"
	expect_db_unchanged
}

t_open_clears_the_closed_flag() {
	blank_meeting
	add "Land" --closed "239(2)(c)"
	ok agenda show "$MEETING"
	expect_out_contains "[closed 239(2)(c)]"
	ok agenda edit "$MEETING" 1 --open --force
	item 1
	json '.closed == null and (has("closed_nature") | not)'
	ok agenda edit "$MEETING" 1 --closed "s. 239(2)(e)"
	item 1
	json '.closed == "239(2)(e)"'
	db_snapshot
	run agenda edit "$MEETING" 1 --open --closed "239(2)(c)"
	expect_usage_error
	expect_db_unchanged
}

# --- show -------------------------------------------------------------------

t_show_json_shape() {
	blank_meeting
	add "Reports" --recommendation "Receive."
	add "Roads" --under 1 --consent
	ok agenda show "$MEETING" --json
	json '.meeting == "2026-12-01-council" and .title == "Regular Meeting" and .public == false'
	json '.items | length == 2'
	json '.items[0] | (.id | type) == "number" and .number == "1" and .depth == 1 and
		.parent == null and .title == "Reports" and .consent == false and .closed == null and
		.body == "" and .recommendation == "Receive." and .attachments == []'
	json '.items[1] | .number == "1.1" and .depth == 2 and .parent == "1" and .consent == true'
}

t_show_text_is_an_indented_outline() {
	blank_meeting
	add "Reports"
	add "Roads" --under 1
	add "Culverts" --under 1.1
	ok agenda show "$MEETING"
	expect_out_contains "Regular Meeting" "Council" "7:00 p.m."
	grep -q '^1  *Reports$' "$T/out" || fail "no '1 Reports' line"
	grep -q '^  1\.1  *Roads$' "$T/out" || fail "no indented '1.1 Roads' line"
	grep -q '^    1\.1\.1  *Culverts$' "$T/out" || fail "no indented '1.1.1 Culverts' line"
}

t_show_of_an_empty_agenda() {
	blank_meeting
	ok agenda show "$MEETING" --json
	json '.items == []'
	ok agenda show "$MEETING" --format md
	expect_out_contains "# Regular Meeting"
}

t_public_hides_closed_bodies_and_redacts() {
	blank_meeting
	printf 'Offer of $1.2M for 12 Elm St. CANARY-CLOSED-BODY\n' >"$SCRATCH/closed.md"
	printf 'Report by [redact]Mr. CANARY-REDACTED Smith[/redact] on roads.\n' >"$SCRATCH/open.md"
	add "Roads" --body-file "$SCRATCH/open.md" \
		--recommendation "Pay [redact]CANARY-REC[/redact] now."
	add "Land acquisition" --closed "239(2)(c)" --body-file "$SCRATCH/closed.md" \
		--recommendation "CANARY-CLOSED-REC"
	local form
	for form in "--format md" "--json" ""; do
		# shellcheck disable=SC2086
		ok agenda show "$MEETING" --public $form
		expect_out_lacks CANARY "Land acquisition"
		expect_out_contains \
			"Closed session: proposed or pending acquisition or disposition of land, s.239(2)(c)"
	done
	ok agenda show "$MEETING" --public --format md
	expect_out_contains "Report by [redacted] on roads." "Pay [redacted] now." "239(2)(c)" \
		"acquisition or disposition of land"
	ok agenda show "$MEETING" --public --json
	json '.public == true'
	json '.items[0].body == "Report by [redacted] on roads."'
	json '.items[1] | .closed == "239(2)(c)" and (has("body") | not) and
		(has("recommendation") | not)'
	# Not public: everything is there for the clerk.
	ok agenda show "$MEETING" --format md
	expect_out_contains CANARY-CLOSED-BODY CANARY-CLOSED-REC "Mr. CANARY-REDACTED Smith"
}

t_public_hides_the_items_under_a_closed_item() {
	blank_meeting
	add "Closed Session" --closed "239(2)(e)"
	echo "Settlement CANARY-SUB-ITEM of the claim." >"$SCRATCH/sub.md"
	add "Litigation update" --under 1 --body-file "$SCRATCH/sub.md" \
		--recommendation "CANARY-SUB-REC"
	for form in "--format md" "--json" ""; do
		# shellcheck disable=SC2086
		ok agenda show "$MEETING" --public $form
		expect_out_lacks CANARY
	done
	ok agenda show "$MEETING" --public --json
	json '.items[1] | .number == "1.1" and (has("body") | not)'
}

t_public_redacts_an_unterminated_span_to_the_end() {
	blank_meeting
	printf 'Visible. [redact]CANARY never closed\n\nmore CANARY\n' >"$SCRATCH/b.md"
	add "Roads" --body-file "$SCRATCH/b.md"
	ok agenda show "$MEETING" --public --format md
	expect_out_lacks CANARY
	expect_out_contains "Visible. [redacted]"
}

t_public_redacts_titles() {
	blank_meeting
	add "Grievance of [redact]CANARY Jones[/redact]"
	for form in "--format md" "--json" ""; do
		# shellcheck disable=SC2086
		ok agenda show "$MEETING" --public $form
		expect_out_lacks CANARY
		expect_out_contains "Grievance of [redacted]"
	done
}

# --- attachments ------------------------------------------------------------

t_attach_records_sha256_size_and_media_type() {
	blank_meeting
	add "Roads"
	printf '%%PDF-1.4\nroads report\n' >"$SCRATCH/roads report.pdf"
	ok agenda attach "$MEETING" 1 "$SCRATCH/roads report.pdf"
	local sha size
	sha=$(sha256sum "$SCRATCH/roads report.pdf" | cut -d' ' -f1)
	size=$(stat -c %s "$SCRATCH/roads report.pdf")
	item 1
	json --arg sha "$sha" --argjson size "$size" '.attachments == [{"name": "roads report.pdf",
		"media_type": "application/pdf", "size": $size, "sha256": $sha}]'
	ok agenda show "$MEETING"
	expect_out_contains "[1 attachment]"
}

t_attach_copies_the_file_into_the_workspace() {
	blank_meeting
	add "Roads"
	echo "a,b" >"$SCRATCH/data.csv"
	ok agenda attach "$MEETING" 1 "$SCRATCH/data.csv"
	local sha copy
	sha=$(sha256sum "$SCRATCH/data.csv" | cut -d' ' -f1)
	rm "$SCRATCH/data.csv"
	copy=$(find . -path ./record -prune -o -path ./confidential -prune -o -type f -name "*$sha*" -print | head -1)
	[ -n "$copy" ] || fail "no copy named by its sha256 in the workspace"
	eq "$(cat "$copy")" "a,b" "content of the copy"
	eq "$(sha256sum "$copy" | cut -d' ' -f1)" "$sha" "sha256 of the copy"
	item 1
	json '.attachments[0] | .name == "data.csv" and .media_type == "text/csv"'
}

t_attach_media_type_by_content_and_extension() {
	blank_meeting
	add "Roads"
	printf '\x89PNG\r\n\x1a\n0000' >"$SCRATCH/map.PNG"
	printf 'plain\n' >"$SCRATCH/notes.txt"
	printf 'GIF89a....' >"$SCRATCH/logo.gif"
	ok agenda attach "$MEETING" 1 "$SCRATCH/map.PNG"
	ok agenda attach "$MEETING" 1 "$SCRATCH/notes.txt"
	ok agenda attach "$MEETING" 1 "$SCRATCH/logo.gif"
	item 1
	json '[.attachments[].media_type] == ["image/png", "text/plain", "image/gif"]'
}

t_attach_a_file_without_an_extension_is_refused() {
	blank_meeting
	add "Roads"
	printf '\x89PNG\r\n\x1a\n0000' >"$SCRATCH/map"
	printf '\x00\x01\x02' >"$SCRATCH/blob"
	refused_unchanged agenda attach "$MEETING" 1 "$SCRATCH/map"
	expect_err_contains "map is a PNG image" "(.png)"
	refused_unchanged agenda attach "$MEETING" 1 "$SCRATCH/blob"
	expect_err_contains "blob has no extension" "gavel attaches PDF"
}

t_attach_a_missing_file_is_refused() {
	blank_meeting
	add "Roads"
	refused_unchanged agenda attach "$MEETING" 1 "$SCRATCH/none.pdf"
	expect_err_contains "none.pdf"
}

t_attach_a_directory_is_refused() {
	blank_meeting
	add "Roads"
	refused_unchanged agenda attach "$MEETING" 1 "$SCRATCH"
	expect_err_contains "directory"
}

t_attach_a_symlink_leading_out_of_the_workspace_is_refused() {
	blank_meeting
	add "Roads"
	echo "secret" >"$SCRATCH/outside.txt"
	ln -s "$SCRATCH/outside.txt" link.txt
	files_snapshot
	refused_unchanged agenda attach "$MEETING" 1 link.txt
	expect_err_contains "symlink" "workspace"
	expect_files_unchanged
}

t_attach_through_a_symlinked_directory_leading_out_is_refused() {
	blank_meeting
	add "Roads"
	mkdir "$SCRATCH/docs"
	echo "secret" >"$SCRATCH/docs/outside.txt"
	ln -s "$SCRATCH/docs" docs
	refused_unchanged agenda attach "$MEETING" 1 docs/outside.txt
	expect_err_contains "symlink"
}

t_attach_a_symlink_inside_the_workspace_is_accepted() {
	blank_meeting
	add "Roads"
	mkdir inbox
	echo "report" >inbox/report.txt
	ln -s inbox/report.txt link.txt
	ok agenda attach "$MEETING" 1 link.txt
	item 1
	json '.attachments[0].size == 7'
}

t_attach_over_50_mib_is_refused() {
	blank_meeting
	add "Roads"
	truncate -s $((50 * 1024 * 1024 + 1)) "$SCRATCH/huge.bin"
	files_snapshot
	refused_unchanged agenda attach "$MEETING" 1 "$SCRATCH/huge.bin"
	expect_err_contains "huge.bin" "larger"
	expect_files_unchanged
}

t_attach_the_same_file_twice_is_refused() {
	blank_meeting
	add "Roads"
	add "Parks"
	echo "report" >"$SCRATCH/report.txt"
	ok agenda attach "$MEETING" 1 "$SCRATCH/report.txt"
	refused_unchanged agenda attach "$MEETING" 1 "$SCRATCH/report.txt"
	expect_err_contains "already"
	cp "$SCRATCH/report.txt" "$SCRATCH/copy.txt"
	refused_unchanged agenda attach "$MEETING" 1 "$SCRATCH/copy.txt"
	# The same file on another item is fine.
	ok agenda attach "$MEETING" 2 "$SCRATCH/report.txt"
}

t_attach_two_files_of_the_same_name_to_one_item_is_refused() {
	blank_meeting
	add "Roads"
	mkdir "$SCRATCH/a" "$SCRATCH/b"
	echo "first" >"$SCRATCH/a/report.txt"
	echo "second" >"$SCRATCH/b/report.txt"
	ok agenda attach "$MEETING" 1 "$SCRATCH/a/report.txt"
	refused_unchanged agenda attach "$MEETING" 1 "$SCRATCH/b/report.txt"
	expect_err_contains "report.txt"
}

t_attach_to_an_unknown_item_copies_nothing() {
	blank_meeting
	add "Roads"
	echo "report" >"$SCRATCH/report.txt"
	files_snapshot
	refused_unchanged agenda attach "$MEETING" 2 "$SCRATCH/report.txt"
	expect_files_unchanged
}

t_rm_of_an_item_removes_its_attachments_from_the_agenda() {
	blank_meeting
	add "Roads"
	echo "report" >"$SCRATCH/report.txt"
	ok agenda attach "$MEETING" 1 "$SCRATCH/report.txt"
	ok agenda rm "$MEETING" 1
	eq "$(sql "SELECT count(*) FROM attachments")" 0 "attachment rows"
	eq "$(sql "PRAGMA foreign_key_check")" "" "foreign keys"
}

# --- markdown round trip and import ------------------------------------------

# agenda_json_without_ids: the agenda of $MEETING as JSON, ids removed.
agenda_json_without_ids() {
	"$GAVEL" agenda show "$MEETING" --json | jq 'del(.items[].id)'
}

t_markdown_round_trips_through_import() {
	blank_meeting
	cat >"$SCRATCH/tricky.md" <<-'EOF'
	## 1 Not an item heading

	# A heading of the body

	- a list
	  - nested

	*Consent item.*

	**Recommendation:** not the recommendation

	*Closed session item: 239(2)(c) — not really.*

	*Attachments:*

	    ### 2 an indented code block
	   ## 3 three spaces
	 #### 4 one space
	1. numbered
	[redact]kept for the clerk[/redact] and a tab	here
	EOF
	add "Call to Order"
	add "Staff Reports" --body-file "$SCRATCH/tricky.md" \
		--recommendation "$(printf 'That Council **approve**.\n\n## 9 still the recommendation\n- and a list')"
	add "Roads" --under 2 --consent --recommendation "Receive."
	add "Culverts" --under 2.1 --body-file "$SCRATCH/tricky.md"
	add "Bridges" --under 2
	add "Closed Session" --closed "s. 239 (2)(e)" --body-file "$SCRATCH/tricky.md" \
		--recommendation "Direct staff."
	add "Land" --under 3 --closed "239(2)(c)" --consent
	add "Adjournment"
	echo "attached" >"$SCRATCH/a.txt"
	ok agenda attach "$MEETING" 2.1 "$SCRATCH/a.txt"
	agenda_json_without_ids >"$T/before.json"
	ok agenda show "$MEETING" --format md
	cp "$T/out" "$SCRATCH/agenda.md"
	ok agenda import "$MEETING" "$SCRATCH/agenda.md"
	agenda_json_without_ids >"$T/after.json"
	diff -u "$T/before.json" "$T/after.json" || fail "agenda changed in the round trip"
	# And the markdown itself is a fixed point.
	ok agenda show "$MEETING" --format md
	diff -u "$SCRATCH/agenda.md" "$T/out" || fail "markdown changed in the round trip"
}

# The first line of a recommendation follows "**Recommendation:** " in the
# markdown form, so its indent is dropped when stored (and round-trips).
t_recommendation_starting_with_spaces_round_trips() {
	blank_meeting
	add "Roads" --recommendation "$(printf '  ## 2 not a heading\n  indented second line')"
	item 1
	json '.recommendation == "## 2 not a heading\n  indented second line"'
	agenda_json_without_ids >"$T/before.json"
	ok agenda show "$MEETING" --format md
	cp "$T/out" "$SCRATCH/agenda.md"
	ok agenda import "$MEETING" "$SCRATCH/agenda.md"
	agenda_json_without_ids >"$T/after.json"
	diff -u "$T/before.json" "$T/after.json" || fail "agenda changed in the round trip"
}

t_import_from_stdin_replaces_the_agenda() {
	new_meeting
	cat >"$SCRATCH/agenda.md" <<-'EOF'
	# Regular Meeting

	## 1 Call to Order

	## 2 Reports

	### 2.1 Roads

	*Consent item.*

	Body of roads.

	**Recommendation:** Receive.

	## 3 Adjournment
	EOF
	run_in "$SCRATCH/agenda.md" agenda import "$MEETING" -
	expect_status 0
	expect_numbers "1 Call to Order" "2 Reports" "2.1 Roads" "3 Adjournment"
	item 2.1
	json '.consent == true and .body == "Body of roads." and .recommendation == "Receive."'
}

t_import_accepts_numbers_with_a_trailing_dot() {
	blank_meeting
	printf '## 1. Call to Order\n\n## 2. Adjournment\n' >"$SCRATCH/a.md"
	ok agenda import "$MEETING" "$SCRATCH/a.md"
	expect_numbers "1 Call to Order" "2 Adjournment"
}

t_import_of_bad_markdown_is_refused_and_unchanged() {
	new_meeting
	printf 'Just some text\nwith no items.\n' >"$SCRATCH/none.md"
	refused_unchanged agenda import "$MEETING" "$SCRATCH/none.md"
	printf '## 1 Land\n\n*Closed session item: 239(2)(z) — bad.*\n' >"$SCRATCH/clause.md"
	refused_unchanged agenda import "$MEETING" "$SCRATCH/clause.md"
	expect_err_contains "line 3" "239(2)(z)"
	printf '## 1 Call to Order\n\nCaf\xe9\n' >"$SCRATCH/latin1.md"
	refused_unchanged agenda import "$MEETING" "$SCRATCH/latin1.md"
	{
		printf '## 1 Big\n\n'
		head -c 262200 /dev/zero | tr '\0' a
	} >"$SCRATCH/big.md"
	refused_unchanged agenda import "$MEETING" "$SCRATCH/big.md"
	refused_unchanged agenda import "$MEETING" "$SCRATCH/missing.md"
	refused_unchanged agenda import "$MEETING" "$SCRATCH"
	db_snapshot
	run_in /dev/null agenda import "$MEETING" -
	expect_status 1
	expect_db_unchanged
}

t_import_keeps_attachments_of_items_with_the_same_title() {
	blank_meeting
	add "Roads"
	echo "report" >"$SCRATCH/report.txt"
	ok agenda attach "$MEETING" 1 "$SCRATCH/report.txt"
	printf '## 1 Call to Order\n\n## 2 Roads\n' >"$SCRATCH/a.md"
	ok agenda import "$MEETING" "$SCRATCH/a.md"
	item 2
	json '.attachments[0].name == "report.txt"'
}

t_import_of_a_windows_file_with_bom_and_crlf() {
	blank_meeting
	printf '\xef\xbb\xbf## 1 Call to Order\r\n\r\nWelcome.\r\n\r\n## 2 Adjournment\r\n' >"$SCRATCH/win.md"
	ok agenda import "$MEETING" "$SCRATCH/win.md"
	expect_numbers "1 Call to Order" "2 Adjournment"
	item 1
	json '.body == "Welcome."'
}
