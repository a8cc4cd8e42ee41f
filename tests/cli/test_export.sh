# gavel export popolo|ocd|ics|csv: open data of public meetings.

t_popolo_has_the_fields_spec_names() {
	scripted_meeting
	ok export popolo
	json 'has("organizations") and has("persons") and has("memberships") and has("motions") and has("vote_events")'
	# the closed-session direction is not exported; the resolution to close is
	json '[.motions[] | .text] | length == 4'
	json '.vote_events | length == 3'
	json '.vote_events[0].result == "pass"'
	json '[.vote_events[0].counts[] | {(.option): .value}] | add == {"yes": 3, "no": 0}'
}

t_popolo_recorded_vote_names_every_member() {
	scripted_meeting
	ok export popolo
	# Ontario: the abstention counts as a no (s.246(2)), so 1-1 is a tie and
	# lost, and its option is "no" as in the counts; the declared member is
	# "not voting"; the absent one "absent".
	v=$(jget '.vote_events[1]')
	haddad=$(jget '.persons[] | select(.name == "Ahmed Haddad") | .id')
	bouchard=$(jget '.persons[] | select(.name == "Élise Bouchard") | .id')
	cote=$(jget '.persons[] | select(.name == "Marie Côté") | .id')
	eq "$(jq -r --arg p "$haddad" '.votes[] | select(.voter_id == $p) | .option' <<<"$v")" "not voting" "declared member"
	eq "$(jq -r --arg p "$bouchard" '.votes[] | select(.voter_id == $p) | .option' <<<"$v")" "absent" "absent member"
	eq "$(jq -r --arg p "$cote" '.votes[] | select(.voter_id == $p) | .option' <<<"$v")" "no" "abstention, counted as no"
	eq "$(jq -r '.result' <<<"$v")" "fail" "result"
	eq "$(jq -c '[.counts[] | {(.option): .value}] | add' <<<"$v")" '{"yes":1,"no":1,"abstain":0}' "counts"
}

t_exports_carry_nothing_closed_or_redacted() {
	scripted_meeting
	ok config publish.base-url "https://council.example"
	for kind in popolo ocd csv ics; do
		ok export $kind
		expect_out_lacks CANARY-CLOSED CANARY-REDACT
	done
	ok export popolo
	json '[.motions[] | .text] | any(contains("[redacted]"))'
}

t_popolo_is_valid_against_the_popolo_schemas() {
	[ -d "$GAVEL_TOOLS/node_modules/jsonschema" ] || fail "npm jsonschema missing (make site-tools)"
	scripted_meeting
	ok export popolo
	node "$GAVEL_ROOT/tests/site/popolo.mjs" "$T/out" || fail "Popolo schema errors"
}

t_ocd_has_agenda_offsets_and_strict_options() {
	scripted_meeting
	ok config publish.base-url "https://council.example/"
	ok export ocd "$M"
	json '.events | length == 1'
	json '.events[0].agenda | map(.order) | index("9.1") != null'
	# 9.1 was taken up at 19:10, the stream started at 19:01: offset 540 s.
	json '.events[0].agenda[] | select(.order == "9.1") | .media[0].offset == 540'
	json '([.vote_events[1].votes[] | .option] | sort) == ["absent", "excused", "no", "yes"]'
	# the abstention, a no under ontario, says so
	json '[.vote_events[1].votes[] | select(.note)] | map(.note) == ["abstained: deemed in the negative, s.246(2)"]'
	json '[.events[], .vote_events[]] | all(.sources | length > 0)'
	json '.events[0].sources[0].url == "https://council.example/meetings/\($M)/agenda.html"' --arg M "$M"
}

t_ocd_without_the_site_address_is_refused() {
	scripted_meeting
	refused_unchanged export ocd
	expect_err_contains "publish.base-url"
}

# As the Open Civic Data scraper validates what it saves (tests/site/ocd.py):
# the demo's every meeting and the scripted one.
t_ocd_is_valid_against_the_scrapers_schemas() {
	scripted_meeting
	ok config publish.base-url "https://council.example"
	ok export ocd
	/usr/bin/python3 "$GAVEL_ROOT/tests/site/ocd.py" "$T/out" || fail "OCD schema errors"
	# the validator refuses what the scraper refuses: a relative source
	jq '.events[0].sources[0].url = "meetings/x/agenda.html"' "$T/out" >"$SCRATCH/relative.json"
	! /usr/bin/python3 "$GAVEL_ROOT/tests/site/ocd.py" "$SCRATCH/relative.json" >/dev/null ||
		fail "a relative source URL passed the schemas"
	mkdemo
	ok export ocd
	/usr/bin/python3 "$GAVEL_ROOT/tests/site/ocd.py" "$T/out" || fail "OCD schema errors in the demo"
}

t_csv_has_one_row_per_member_vote() {
	scripted_meeting
	ok export csv
	eq "$(head -1 "$T/out" | tr -d '\r')" "meeting,date,item,item_title,motion,resolution,member,vote,result" header
	eq "$(($(wc -l <"$T/out") - 1))" 4 "rows (one per member of the recorded vote)"
	# why the member did not vote, as the minutes and the member's page say
	grep -Eq "^$M,2026-12-01,9.1,Water rates \[redacted\],motion-[0-9a-f]{12},,Ahmed Haddad,not voting \(declared a pecuniary interest\),lost" "$T/out" ||
		fail "row of the declared member"
}

t_export_of_a_meeting_that_is_not_public_is_refused() {
	ok meeting new --title "Special" --at "2026-12-02 10:00"
	refused export popolo "$(last_line)"
	expect_err_contains "not public"
	run export yaml
	expect_status 2
}

# A location has a name in OCD (pupa's schema: at least one character): a
# meeting with no location is at the municipality, else at its body.
t_ocd_names_a_location_for_a_meeting_without_one() {
	ok config publish.base-url "https://council.example"
	ok meeting new --title "Special Meeting" --at "2026-12-02 10:00"
	M=$(last_line)
	ok agenda publish "$M"
	ok export ocd "$M"
	json '.events[0].location.name == "Town of Testville"'
	/usr/bin/python3 "$GAVEL_ROOT/tests/site/ocd.py" "$T/out" >/dev/null || fail "OCD schema errors"
	ok config municipality ""
	ok export ocd "$M"
	json '.events[0].location.name == "Council"'
	/usr/bin/python3 "$GAVEL_ROOT/tests/site/ocd.py" "$T/out" >/dev/null || fail "OCD schema errors"
}

# Electronic participation in the open data and on member pages: OCD lists
# each member who took part, and how.
t_ocd_and_member_pages_say_who_took_part_electronically() {
	ok config publish.base-url "https://council.example"
	ok meeting new --title "Regular Meeting" --at "2026-12-01 19:00" --location "Council Chambers"
	M=$(last_line)
	ok agenda publish "$M"
	ok live "$M" attend "Côté,Tremblay" --present --at 19:00
	ok live "$M" attend "Haddad" --remote --at 19:00
	ok live "$M" attend "Bouchard" --regrets --at 19:00
	ok live "$M" start --at 19:01
	ok live "$M" adjourn --at 19:30
	ok export ocd "$M"
	json '[.events[0].participants[] | select(.entity_type == "person") | "\(.name): \(.note)"] | sort ==
	      ["Ahmed Haddad: participated electronically", "Geneviève Tremblay: present", "Marie Côté: present"]'
	/usr/bin/python3 "$GAVEL_ROOT/tests/site/ocd.py" "$T/out" >/dev/null || fail "OCD schema errors"
	ok publish
	grep -qF '<td>Present (electronically)</td>' site/members/*-ahmed-haddad.html ||
		fail "Haddad's page does not say he took part electronically"
	grep -qF '<td>Regrets</td>' site/members/*-elise-bouchard.html || fail "Bouchard's regrets"
}

# A meeting adjourned for want of quorum was not held: Open Civic Data has
# it cancelled, with the minutes' words, never "confirmed" as if it were to
# come (docs/formats.md, "Open Civic Data").
t_ocd_a_meeting_without_quorum_was_not_held() {
	ok config publish.base-url "https://council.example"
	export GAVEL_NOW=2026-12-01T19:00:00-05:00
	ok meeting new --title "Regular Meeting" --at "2026-12-01 19:00"
	local m
	m=$(last_line)
	ok agenda publish "$m"
	ok export ocd "$m"
	json '.events[0].status == "confirmed" and (has("description") | not)'
	ok live "$m" attend "Côté" --present --at 19:00
	ok live "$m" adjourn --no-quorum --at 19:20
	ok export ocd "$m"
	json '.events[0].status == "cancelled"
		and .events[0].description == "The meeting was not held: there was no quorum."'
	/usr/bin/python3 "$GAVEL_ROOT/tests/site/ocd.py" "$T/out" >/dev/null || fail "OCD schema errors"
}
