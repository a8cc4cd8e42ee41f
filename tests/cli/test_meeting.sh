# Meetings: gavel meeting new/edit/list/show.
# The workspace (mkws) is in America/Toronto (UTC-5 in December, UTC-4 in
# summer); the clock is frozen at 2026-11-20T15:00:00Z (10:00 in Toronto).

# starts_at_utc M: the meeting's start in UTC, from meeting show --json.
starts_at_utc() {
	ok meeting show "$1" --json
	jget .starts_at_utc
}

# --- slugs and the handle on the last line ------------------------------------

t_new_prints_the_slug_alone_on_the_last_line() {
	ok meeting new --title "Regular Meeting" --at "2026-12-01 19:00"
	expect_last_line 2026-12-01-council
	ok meeting show 2026-12-01-council
	expect_out_contains "Regular Meeting"
}

t_second_and_third_meeting_of_a_body_that_day_get_2_and_3() {
	new_meeting
	expect_last_line 2026-12-01-council
	ok meeting new --title "Special Meeting" --at "2026-12-01 21:00"
	expect_last_line 2026-12-01-council-2
	ok meeting new --title "Late Meeting" --at "2026-12-01 22:00"
	expect_last_line 2026-12-01-council-3
	ok meeting show 2026-12-01-council-2 --json
	json '.title == "Special Meeting"'
}

t_meeting_of_another_body_uses_that_bodys_slug() {
	ok body add "Planning Committee" --seats 3
	new_meeting
	ok meeting new --title "Planning" --at "2026-12-01 19:00" --body "Planning Committee"
	expect_last_line 2026-12-01-planning-committee
	ok meeting show 2026-12-01-planning-committee --json
	json '.body == "Planning Committee" and .title == "Planning"'
}

t_slug_date_is_the_local_date_not_the_utc_date() {
	# 19:30 in Toronto on December 1 is 00:30 UTC on December 2.
	ok meeting new --title "Evening" --at "2026-12-02T00:30:00Z"
	expect_last_line 2026-12-01-council
}

t_meeting_by_numeric_id() {
	new_meeting
	ok meeting list --json
	local id
	id=$(jget '.[0].id')
	ok meeting show "$id" --json
	json --arg s "$MEETING" '.slug == $s'
	ok agenda show "$id" --json
	json --arg s "$MEETING" '.meeting == $s'
}

# --- times ------------------------------------------------------------------

t_at_local_date_and_time_is_stored_in_utc() {
	new_meeting
	eq "$(starts_at_utc "$MEETING")" 2026-12-02T00:00:00Z starts_at_utc
	json '.starts_at == "2026-12-01T19:00:00-05:00" and .date == "2026-12-01"'
	eq "$(sql "SELECT starts_at FROM meetings")" "$(date -d 2026-12-02T00:00:00Z +%s)" "stored epoch"
}

t_at_with_seconds() {
	ok meeting new --title "Regular Meeting" --at "2026-12-01 19:00:30"
	eq "$(starts_at_utc "$MEETING")" 2026-12-02T00:00:30Z starts_at_utc
}

t_at_iso_with_z() {
	ok meeting new --title "Regular Meeting" --at "2026-12-01T23:15:00Z"
	eq "$(starts_at_utc "$MEETING")" 2026-12-01T23:15:00Z starts_at_utc
	json '.starts_at == "2026-12-01T18:15:00-05:00"'
}

t_at_iso_with_an_offset() {
	ok meeting new --title "Regular Meeting" --at "2026-12-01T16:00:00-08:00"
	eq "$(starts_at_utc "$MEETING")" 2026-12-02T00:00:00Z starts_at_utc
	ok meeting new --title "Other" --at "2026-12-03T06:30+05:30"
	eq "$(starts_at_utc 2026-12-02-council)" 2026-12-03T01:00:00Z starts_at_utc
}

t_at_in_summer_uses_daylight_time() {
	ok meeting new --title "Summer Meeting" --at "2026-07-07 19:00"
	eq "$(starts_at_utc 2026-07-07-council)" 2026-07-07T23:00:00Z starts_at_utc
	json '.starts_at == "2026-07-07T19:00:00-04:00"'
}

# docs/references.md: HH:MM is "on the meeting's date"; a new meeting has none yet, so gavel
# takes today's date (the frozen clock's, in the workspace time zone).
t_at_hh_mm_for_a_new_meeting_is_today() {
	ok meeting new --title "Emergency Meeting" --at "18:00"
	expect_last_line 2026-11-20-council
	eq "$(starts_at_utc 2026-11-20-council)" 2026-11-20T23:00:00Z starts_at_utc
}

t_gavel_now_decides_today() {
	GAVEL_NOW=2027-02-03T12:00:00Z run meeting new --title "Emergency Meeting" --at "09:00"
	expect_status 0
	expect_last_line 2027-02-03-council
	eq "$(starts_at_utc 2027-02-03-council)" 2027-02-03T14:00:00Z starts_at_utc
}

t_gavel_now_with_an_offset_is_understood() {
	# 23:30 in Vancouver on the 3rd is already the 4th in Toronto.
	GAVEL_NOW=2027-02-03T23:30:00-08:00 run meeting new --title "Late" --at "09:00"
	expect_status 0
	expect_last_line 2027-02-04-council
}

t_bad_gavel_now_is_refused() {
	db_snapshot
	GAVEL_NOW=yesterday run meeting new --title "Regular Meeting" --at "2026-12-01 19:00"
	expect_status 1
	expect_err_line
	expect_err_contains GAVEL_NOW
	expect_db_unchanged
}

t_time_shown_in_the_workspace_time_zone() {
	new_meeting
	ok config timezone America/Vancouver
	ok meeting show "$MEETING" --json
	json '.starts_at == "2026-12-01T16:00:00-08:00" and .starts_at_utc == "2026-12-02T00:00:00Z"'
	ok meeting show "$MEETING"
	expect_out_contains "4:00 p.m." "America/Vancouver"
	ok meeting list
	expect_out_contains "2026-12-01 16:00"
}

# gavel's choice: the workspace's timezone setting, when set, wins over TZ (a
# council's times belong to the municipality, not to the clerk's laptop); TZ
# decides when the setting is empty.
t_timezone_setting_wins_over_tz() {
	new_meeting
	TZ=Asia/Tokyo run meeting show "$MEETING" --json
	json '.starts_at == "2026-12-01T19:00:00-05:00"'
}

t_tz_decides_when_the_timezone_setting_is_empty() {
	ok config timezone ""
	TZ=America/Vancouver run meeting new --title "Regular Meeting" --at "2026-12-01 19:00"
	expect_status 0
	eq "$(starts_at_utc "$MEETING")" 2026-12-02T03:00:00Z starts_at_utc
	TZ=America/Vancouver run meeting show "$MEETING" --json
	json '.starts_at == "2026-12-01T19:00:00-08:00"'
	TZ=America/Toronto run meeting show "$MEETING" --json
	json '.starts_at == "2026-12-01T22:00:00-05:00"'
}

t_a_time_in_the_spring_forward_gap_is_refused() {
	refused_unchanged meeting new --title "Regular Meeting" --at "2026-03-08 02:30"
	expect_err_contains "2026-03-08 02:30" "does not exist"
}

t_invalid_times_are_refused_and_unchanged() {
	local at
	db_snapshot
	for at in "2026-12-01" "2026-12-01 25:00" "2026-13-01 19:00" "2026-02-30 19:00" \
		"2026-12-01 19:60" "tomorrow" "19h00" "" "2026-12-01T19:00:00+25:00" \
		"2026-12-01 19:00 extra"; do
		refused meeting new --title "Regular Meeting" --at "$at"
		expect_err_contains "time"
	done
	expect_db_unchanged
}

# --- new: bad input ---------------------------------------------------------

t_new_without_title_or_at_is_a_usage_error() {
	db_snapshot
	run meeting new --at "2026-12-01 19:00"
	expect_usage_error "meeting new"
	run meeting new --title "Regular Meeting"
	expect_usage_error "meeting new"
	run meeting new --title "Regular Meeting" --at
	expect_usage_error "meeting new"
	run meeting new --title "Regular Meeting" --at "2026-12-01 19:00" --frobnicate
	expect_usage_error "meeting new"
	run meeting new extra --title "Regular Meeting" --at "2026-12-01 19:00"
	expect_usage_error "meeting new"
	expect_db_unchanged
}

t_new_with_an_unknown_body_is_refused() {
	refused_unchanged meeting new --title "Regular Meeting" --at "2026-12-01 19:00" --body "No Such Committee"
	expect_err_contains "No Such Committee"
}

t_new_with_an_empty_or_multiline_title_is_refused() {
	refused_unchanged meeting new --title "" --at "2026-12-01 19:00"
	refused_unchanged meeting new --title "$(printf 'Regular\nMeeting')" --at "2026-12-01 19:00"
}

t_new_with_an_unknown_template_is_refused() {
	refused_unchanged meeting new --title "Regular Meeting" --at "2026-12-01 19:00" --template fancy
	expect_err_contains fancy ontario-regular blank
}

t_new_outside_a_workspace_is_refused() {
	cd "$SCRATCH"
	refused meeting new --title "Regular Meeting" --at "2026-12-01 19:00"
	expect_err_contains "gavel init"
}

# --- templates --------------------------------------------------------------

t_ontario_regular_template_has_the_fifteen_sections() {
	new_meeting --template ontario-regular
	numbers "$MEETING" >"$T/numbers"
	cat >"$T/expected" <<-'EOF'
	1 Call to Order
	2 Land Acknowledgement
	3 Disclosure of Pecuniary Interest
	4 Adoption of the Agenda
	5 Adoption of Minutes
	6 Delegations
	7 Presentations
	8 Consent Agenda
	9 Staff and Committee Reports
	10 Correspondence
	11 By-laws
	12 Notices of Motion
	13 Closed Session
	14 Confirmatory By-law
	15 Adjournment
	EOF
	diff -u "$T/expected" "$T/numbers" || fail "ontario-regular sections differ"
}

t_default_template_is_ontario_regular() {
	new_meeting
	ok meeting show "$MEETING" --json
	json '.items == 15'
}

t_blank_template_has_no_items() {
	new_meeting --template blank
	ok agenda show "$MEETING" --json
	json '.items == []'
	ok meeting show "$MEETING" --json
	json '.items == 0'
}

# --- list and show ----------------------------------------------------------

t_list_is_in_date_order_with_every_meeting() {
	ok meeting new --title "January" --at "2027-01-12 19:00"
	ok meeting new --title "December" --at "2026-12-01 19:00"
	ok meeting new --title "Special" --at "2026-12-01 12:00"
	ok meeting list
	expect_out_contains 2027-01-12-council 2026-12-01-council 2026-12-01-council-2
	ok meeting list --json
	json '[.[].title] == ["Special", "December", "January"]'
}

t_list_when_empty() {
	ok meeting list --json
	json '. == []'
	ok meeting list
	expect_out_contains "meeting new"
}

t_list_json_has_the_fields_of_every_meeting() {
	new_meeting --location "Council Chambers"
	ok meeting list --json
	json 'length == 1'
	json '.[0] | (.id | type) == "number" and .slug == "2026-12-01-council" and
		.title == "Regular Meeting" and .body == "Council" and .date == "2026-12-01" and
		.starts_at == "2026-12-01T19:00:00-05:00" and
		.starts_at_utc == "2026-12-02T00:00:00Z" and .location == "Council Chambers" and
		.cancelled == false and .agenda_published == false and .items == 15 and
		.lang == "en" and .stream_url == null'
}

t_show_json_is_one_object() {
	new_meeting
	ok meeting show "$MEETING" --json
	json 'type == "object" and .slug == "2026-12-01-council" and .title == "Regular Meeting"'
}

t_show_text_names_the_meeting_and_its_agenda() {
	new_meeting --location "Council Chambers"
	ok meeting show "$MEETING"
	expect_out_contains "Regular Meeting" "$MEETING" Council "Tuesday, December 1, 2026" \
		"7:00 p.m." "Council Chambers" "1" "Call to Order" "15" "Adjournment"
}

t_show_unknown_meeting_is_refused() {
	new_meeting
	refused meeting show 2026-12-02-council
	expect_err_contains 2026-12-02-council
	refused meeting show 99
	refused meeting show ""
	refused meeting show --json 2099-01-01-council
}

# --- edit -------------------------------------------------------------------

t_edit_title_location_and_time() {
	new_meeting
	ok meeting edit "$MEETING" --title "Budget Meeting" --location "Room 2" --at "2026-12-01 18:30"
	ok meeting show "$MEETING" --json
	json '.title == "Budget Meeting" and .location == "Room 2" and
		.starts_at_utc == "2026-12-01T23:30:00Z"'
}

t_edit_keeps_the_slug_when_the_date_changes() {
	new_meeting
	ok meeting edit "$MEETING" --at "2026-12-03 19:00"
	ok meeting show "$MEETING" --json
	json '.slug == "2026-12-01-council" and .date == "2026-12-03"'
}

t_edit_at_hh_mm_is_on_the_meetings_date() {
	new_meeting
	ok meeting edit "$MEETING" --at "20:30"
	eq "$(starts_at_utc "$MEETING")" 2026-12-02T01:30:00Z starts_at_utc
}

t_edit_at_iso_forms() {
	new_meeting
	ok meeting edit "$MEETING" --at "2026-12-01T22:00:00Z"
	eq "$(starts_at_utc "$MEETING")" 2026-12-01T22:00:00Z starts_at_utc
	ok meeting edit "$MEETING" --at "2026-12-01T20:00:00-04:00"
	eq "$(starts_at_utc "$MEETING")" 2026-12-02T00:00:00Z starts_at_utc
}

t_edit_stream_url_and_lang() {
	new_meeting
	ok meeting edit "$MEETING" --stream-url "https://video.example.org/live" --lang fr
	ok meeting show "$MEETING" --json
	json '.stream_url == "https://video.example.org/live" and .lang == "fr"'
	ok meeting edit "$MEETING" --stream-url ""
	ok meeting show "$MEETING" --json
	json '.stream_url == null'
}

t_edit_cancel_marks_the_meeting_cancelled() {
	new_meeting
	ok meeting edit "$MEETING" --cancel
	ok meeting show "$MEETING" --json
	json '.cancelled == true'
	ok meeting show "$MEETING"
	expect_out_contains CANCELLED
	ok meeting list
	expect_out_contains cancelled
	ok agenda show "$MEETING" --format md
	expect_out_contains "cancelled"
}

t_edit_with_nothing_to_change_is_a_usage_error() {
	new_meeting
	db_snapshot
	run meeting edit "$MEETING"
	expect_usage_error "meeting edit"
	expect_db_unchanged
}

t_edit_unknown_meeting_is_refused() {
	new_meeting
	refused_unchanged meeting edit 2026-12-02-council --title "Budget Meeting"
	refused_unchanged meeting edit 42 --cancel
}

t_edit_bad_values_are_refused_and_unchanged() {
	new_meeting
	refused_unchanged meeting edit "$MEETING" --at "2026-12-01 25:00"
	refused_unchanged meeting edit "$MEETING" --at "2026-03-08 02:15"
	refused_unchanged meeting edit "$MEETING" --title ""
	refused_unchanged meeting edit "$MEETING" --lang de
	refused_unchanged meeting edit "$MEETING" --stream-url "not a url"
	# A bad value among good ones changes nothing either.
	refused_unchanged meeting edit "$MEETING" --title "Budget Meeting" --at "nonsense"
}

t_edit_at_hh_mm_in_the_gap_of_the_meetings_date_is_refused() {
	ok meeting new --title "Spring Meeting" --at "2026-03-08 10:00"
	refused_unchanged meeting edit 2026-03-08-council --at "02:30"
	expect_err_contains "does not exist"
}

t_title_and_location_are_stored_without_surrounding_spaces() {
	ok meeting new --title "  Regular Meeting " --at "2026-12-01 19:00" --location " Council Chambers  "
	ok meeting show "$MEETING" --json
	json '.title == "Regular Meeting" and .location == "Council Chambers"'
	ok meeting edit "$MEETING" --title " Budget Meeting  " --location "  Room 2"
	ok meeting show "$MEETING" --json
	json '.title == "Budget Meeting" and .location == "Room 2"'
	refused_unchanged meeting edit "$MEETING" --title "   "
}
