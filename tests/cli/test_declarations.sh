# The registry of declarations of interest (docs/procedure.md, "The
# registry of declarations"): `gavel declarations` and declarations.html.
# The workspace (mkws) has Marie Côté (mayor), Geneviève Tremblay (deputy
# mayor), Ahmed Haddad and Élise Bouchard (councillors) and Jane Doe (clerk).

A=2026-12-01-council
B=2026-12-15-council

# Two Council meetings with published agendas: A (December 1) with an item
# 9.1 and a closed item 13.1, B (December 15) with an item 9.1.
two_meetings() {
	export GAVEL_NOW=2026-11-20T15:00:00Z
	ok meeting new --title "Regular Meeting" --at "2026-12-01 19:00"
	ok agenda add $A "Water rates" --under 9
	ok agenda add $A "Land CANARY-TITLE" --under 13 --closed "239(2)(c)"
	ok agenda publish $A
	ok meeting new --title "Regular Meeting" --at "2026-12-15 19:00"
	ok agenda add $B "Road paving" --under 9
	ok agenda publish $B
}

# called_to_order M DAY: the roll call and the call to order of M on DAY.
called_to_order() {
	export GAVEL_NOW=${2}T23:00:00Z
	ok live "$1" attend "Côté,Tremblay,Haddad,Bouchard" --present --at 19:00
	ok live "$1" start --at 19:01
}

# closed_session_declaration: at A, Bouchard declares an interest in closed
# session on the closed item, with a redacted span in the nature.
closed_session_declaration() {
	called_to_order $A 2026-12-01
	ok live $A take 13.1 --at 19:30
	ok live $A move "That Council proceed into closed session." --to-close "239(2)(c)" \
		--mover Côté --seconder Tremblay --at 19:31
	ok live $A vote 1 --carried --at 19:32
	ok live $A closed --clause "239(2)(c)" --at 19:33
	ok live $A declare Bouchard --item 13.1 \
		--reason "a relative bids on the lot [redact]CANARY-NATURE[/redact]" --at 19:34
	ok live $A move "That staff offer CANARY-CLOSED dollars." --direction --mover Côté \
		--seconder Tremblay --at 19:35
	ok live $A vote 2 --carried --at 19:36
	ok live $A rise --at 19:40
	ok live $A adjourn --at 19:50
}

t_declarations_of_two_meetings_newest_first_with_titles_of_the_day() {
	two_meetings
	called_to_order $A 2026-12-01
	ok live $A take 9.1 --at 19:05
	ok live $A declare Bouchard --item 9.1 --reason "owns shares in the water utility" --at 19:06
	ok live $A adjourn --at 19:30
	# from December 10 Élise Bouchard is a Regional Councillor
	export GAVEL_NOW=2026-12-10T15:00:00Z
	ok member edit Bouchard --title "Regional Councillor"
	called_to_order $B 2026-12-15
	ok live $B take 9.1 --at 19:05
	ok live $B declare Bouchard --item 9.1 --reason "her spouse paves roads" --at 19:06
	ok live $B declare Haddad --item 9.1 --at 19:07
	for public in "" --public; do
		ok declarations --json $public
		json '[.[].meeting] == ["'$B'", "'$B'", "'$A'"]'
		json '[.[].date] == ["2026-12-15", "2026-12-15", "2026-12-01"]'
		json '[.[].member] == ["Regional Councillor Élise Bouchard", "Councillor Ahmed Haddad", "Councillor Élise Bouchard"]'
		json '[.[].nature] == ["her spouse paves roads", null, "owns shares in the water utility"]'
		json '[.[].item] == ["9.1", "9.1", "9.1"] and .[2].item_title == "Water rates"'
		json '.[0].meeting_name == "the Regular Meeting of Council of December 15, 2026"'
		json 'all(.[]; .closed_session == false and .closed_item == false)'
	done
	ok declarations
	eq "$(echo "$OUT" | wc -l)" 3 "one line a declaration"
	eq "$(echo "$OUT" | head -1)" "2026-12-15  Regional Councillor Élise Bouchard, item 9.1 Road paving: her spouse paves roads (the Regular Meeting of Council of December 15, 2026)" "the newest line"
	expect_out_contains "Councillor Ahmed Haddad, item 9.1 Road paving: no general nature given"
	eq "$(echo "$OUT" | tail -1 | cut -c1-10)" 2026-12-01 "the oldest last"
}

t_undone_declaration_is_not_in_the_registry() {
	two_meetings
	called_to_order $A 2026-12-01
	ok live $A take 9.1 --at 19:05
	ok live $A declare Haddad --item 9.1 --reason "by mistake" --at 19:06
	ok live $A undo
	ok live $A declare Bouchard --item 9.1 --reason "owns shares" --at 19:07
	for public in "" --public; do
		ok declarations --json $public
		json 'length == 1 and .[0].member == "Councillor Élise Bouchard"'
		ok declarations $public
		expect_out_lacks "Haddad" "by mistake"
	done
}

t_closed_session_declaration_appears_from_the_next_open_meeting() {
	two_meetings
	# a Planning Committee meeting between them is not Council's next meeting
	ok body add "Planning Committee" --seats 3
	ok member edit Haddad --body "Council,Planning Committee"
	ok member edit Bouchard --body "Council,Planning Committee"
	ok member edit Tremblay --body "Council,Planning Committee"
	ok meeting new --title "Planning Committee" --body "Planning Committee" --at "2026-12-08 19:00"
	P=$(last_line)
	ok agenda publish "$P"
	closed_session_declaration
	export GAVEL_NOW=2026-12-08T23:00:00Z
	ok live "$P" attend "Tremblay,Haddad,Bouchard" --present --at 19:00
	ok live "$P" start --at 19:01
	# the clerk's registry has it, marked, with the item and the whole nature
	ok declarations
	expect_out_contains "2026-12-01  Councillor Élise Bouchard, item 13.1 Land CANARY-TITLE: a relative bids on the lot [redact]CANARY-NATURE[/redact]" "[closed session]"
	ok declarations --json
	json 'length == 1 and .[0].closed_session and .[0].closed_item and .[0].meeting == "'$A'"'
	# not yet in public: B is scheduled, not held
	ok declarations --public
	eq "$OUT" "No declarations recorded." "the public registry before the next open meeting"
	ok declarations --public --json
	eq "$OUT" "[]" "the public JSON before the next open meeting"
	ok publish
	grep -qF "No declarations recorded." site/declarations.html || fail "declarations.html is not empty"
	! grep -qF "Bouchard" site/declarations.html || fail "declarations.html names Bouchard"
	# B is called to order: the declaration is recorded there, nature only
	called_to_order $B 2026-12-15
	ok declarations --public --json
	json 'length == 1'
	json '.[0] == {"date": "2026-12-15", "meeting": "'$B'", "meeting_name": "the Regular Meeting of Council of December 15, 2026", "item": null, "item_title": null, "member_id": 4, "member": "Councillor Élise Bouchard", "nature": "a relative bids on the lot [redacted]", "closed_session": true, "closed_item": null}'
	ok declarations --public
	expect_out_contains "2026-12-15  Councillor Élise Bouchard, in closed session at an earlier meeting: a relative bids on the lot [redacted]"
	expect_out_lacks CANARY 13.1 Land
	ok publish
	local page=site/declarations.html
	grep -qF "Councillor Élise Bouchard</a>" $page || fail "declarations.html lacks Bouchard"
	grep -qF "a relative bids on the lot [redacted]" $page || fail "declarations.html lacks the nature"
	grep -qF 'href="meetings/'$B'/minutes.html"' $page || fail "not dated by $B"
	! grep -qE "CANARY|13\.1|Land" $page || fail "closed-session text in declarations.html"
	# the clerk's registry still dates it by A
	ok declarations --json
	json '.[0].meeting == "'$A'" and .[0].item == "13.1"'
	# B's minutes record it, but not its general nature (MCIA s.6(2)); the
	# Planning Committee's do not
	local recorded="- In closed session at the Regular Meeting of Council of December 1, 2026, Councillor Élise Bouchard declared a pecuniary interest."
	ok minutes "$B" --public
	expect_out_contains "$recorded"
	expect_out_lacks CANARY "No member declared" "a relative bids"
	ok minutes "$B"
	expect_out_contains "$recorded"
	grep -qF "In closed session at the Regular Meeting of Council of December 1, 2026, Councillor Élise Bouchard" site/meetings/$B/minutes.html ||
		fail "B's minutes on the site do not record it"
	ok minutes "$P" --public
	expect_out_lacks "In closed session at"
}

t_redacted_span_in_the_nature_is_only_in_the_clerks_registry() {
	two_meetings
	called_to_order $A 2026-12-01
	ok live $A take 9.1 --at 19:05
	ok live $A declare Haddad --item 9.1 --reason "owns [redact]12 Elm Street SECRET-ADDRESS[/redact]" --at 19:06
	ok declarations
	expect_out_contains "owns [redact]12 Elm Street SECRET-ADDRESS[/redact]"
	ok declarations --public
	expect_out_contains "owns [redacted]"
	expect_out_lacks SECRET-ADDRESS
	ok declarations --public --json
	json '.[0].nature == "owns [redacted]"'
	ok publish
	grep -qF "owns [redacted]" site/declarations.html || fail "declarations.html lacks the nature"
	! grep -qF SECRET-ADDRESS site/declarations.html || fail "the redacted span is published"
}

t_json_keys_are_stable() {
	two_meetings
	called_to_order $A 2026-12-01
	ok live $A take 9.1 --at 19:05
	ok live $A declare Haddad --item 9.1 --reason "owns a rental property" --at 19:06
	for public in "" --public; do
		ok declarations --json $public
		json '[.[0] | keys[]] == ["closed_item", "closed_session", "date", "item", "item_title", "meeting", "meeting_name", "member", "member_id", "nature"]'
		json '.[0].member_id == 3'
	done
}

t_every_page_links_to_the_registry() {
	two_meetings
	called_to_order $A 2026-12-01
	ok live $A take 9.1 --at 19:05
	ok live $A declare Haddad --item 9.1 --reason "owns a rental property" --at 19:06
	ok live $A adjourn --at 19:30
	ok publish
	grep -qF '<li><a href="declarations.html">Declarations</a></li>' site/index.html ||
		fail "index.html has no link to the registry"
	grep -qF '<li><a href="../../declarations.html">Declarations</a></li>' site/meetings/$A/minutes.html ||
		fail "the minutes have no link to the registry"
	local page
	for page in $(cd site && find . -name '*.html'); do
		grep -qF 'declarations.html">Declarations</a>' "site/$page" || fail "$page has no link to the registry"
	done
	# the registry links the meeting's minutes and the member's page
	grep -qF '<a href="meetings/'$A'/minutes.html">the Regular Meeting of Council of December 1, 2026</a>' site/declarations.html ||
		fail "the meeting is not linked"
	grep -qF '<a href="members/3-ahmed-haddad.html">Councillor Ahmed Haddad</a>' site/declarations.html ||
		fail "the member is not linked"
	[ -f site/members/3-ahmed-haddad.html ] || fail "the member's page is not there"
	grep -qF '<caption>' site/declarations.html && grep -qF '<th scope="col">Member</th>' site/declarations.html ||
		fail "the table has no caption or header cells"
}

t_empty_registry() {
	ok declarations
	eq "$OUT" "No declarations recorded." "the empty registry"
	ok declarations --public
	eq "$OUT" "No declarations recorded." "the empty public registry"
	ok declarations --json
	json '. == []'
	two_meetings
	ok publish
	grep -qF "<p>No declarations recorded.</p>" site/declarations.html ||
		fail "declarations.html does not say it is empty"
	run declarations extra
	expect_status 2
}

t_open_declaration_on_a_closed_item_shows_its_public_title() {
	two_meetings
	called_to_order $A 2026-12-01
	ok live $A take 9.1 --at 19:05
	ok live $A declare Haddad --item 13.1 --reason "owns the lot next door" --at 19:06
	ok declarations
	expect_out_contains "Councillor Ahmed Haddad, item 13.1 Land CANARY-TITLE: owns the lot next door" "[closed item]"
	ok declarations --public --json
	json 'length == 1 and .[0].item == "13.1" and .[0].closed_item and (.[0].closed_session | not)'
	json '.[0].item_title | startswith("Closed session")'
	json '.[0].nature == "owns the lot next door" and .[0].meeting == "'$A'"'
	expect_out_lacks CANARY
	ok declarations --public
	expect_out_contains "owns the lot next door"
	expect_out_lacks "[closed item]" CANARY
	ok publish
	grep -qF "owns the lot next door" site/declarations.html || fail "declarations.html lacks it"
	! grep -qF CANARY site/declarations.html || fail "the closed item's title is published"
}

# The minutes and the registry date a closed-session declaration by the
# same meeting: a call to order undone does not make a meeting held, and a
# meeting whose agenda was never published is not on the site.
t_minutes_and_registry_agree_on_the_next_open_meeting() {
	two_meetings
	closed_session_declaration
	export GAVEL_NOW=2026-12-05T15:00:00Z
	ok meeting new --title "Special Meeting" --at "2026-12-08 19:00" --template blank
	local C=$(last_line)
	ok agenda add "$C" "Call to Order"
	ok agenda publish "$C"
	called_to_order "$C" 2026-12-08
	ok live "$C" undo
	ok meeting new --title "Special Meeting" --at "2026-12-10 19:00" --template blank
	local D=$(last_line)
	ok agenda add "$D" "Call to Order"
	called_to_order "$D" 2026-12-10
	called_to_order $B 2026-12-15
	ok declarations --public --json
	json 'length == 1 and .[0].meeting == "'$B'"'
	local recorded="In closed session at the Regular Meeting of Council of December 1, 2026, Councillor Élise Bouchard declared a pecuniary interest"
	ok minutes $B --public
	expect_out_contains "$recorded"
	for m in "$C" "$D"; do
		ok minutes "$m" --public
		expect_out_lacks "$recorded"
	done
}
