# People over time in what gavel writes (docs/people.md, "In minutes, pages
# and open data"): minutes, the site's member pages and Popolo name each
# person with the title they had on the meeting's day.
#
# The workspace (mkws) has Marie Côté (mayor), Geneviève Tremblay
# (deputy-mayor, ward 1), Ahmed Haddad (councillor, ward 2), Élise Bouchard
# (councillor, ward 3) and Jane Doe (clerk), all since always. The council
# changes on November 15, 2026: Haddad retires, Omar Okafor arrives for
# ward 2, Bouchard becomes deputy mayor and Tremblay a councillor. Sam Lee
# is the Director of Finance. Today is 2026-12-06.

export GAVEL_NOW=2026-12-06T12:00:00-05:00

# council_change: the change of November 15, then a meeting before it
# ($BEFORE, 2026-11-10) and one after it ($AFTER, 2026-12-01), both held
# and published.
council_change() {
	GAVEL_NOW=2026-11-01T12:00:00-05:00 ok member add "Sam Lee" --role staff --title "Director of Finance"
	ok member retire Haddad --on 2026-11-15
	ok member add "Omar Okafor" --ward 2 --from 2026-11-15
	GAVEL_NOW=2026-11-15T09:00:00-05:00 ok member edit Tremblay --role councillor
	GAVEL_NOW=2026-11-15T09:00:00-05:00 ok member edit Bouchard --role deputy-mayor

	ok meeting new --title "Regular Meeting" --at "2026-11-10 19:00"
	BEFORE=$(last_line)
	ok agenda publish "$BEFORE"
	ok live "$BEFORE" attend "Côté,Tremblay,Haddad" --present --at "2026-11-10 19:00"
	ok live "$BEFORE" attend "Bouchard" --regrets --at "2026-11-10 19:00"
	# staff in the order they came: the minutes list them by role, then surname
	ok live "$BEFORE" attend "Sam Lee,Jane Doe" --present --at "2026-11-10 19:00"
	ok live "$BEFORE" start --at "2026-11-10 19:00"
	ok live "$BEFORE" take 9 --at "2026-11-10 19:05"
	ok live "$BEFORE" declare Côté --item 9 --reason "owns a shop on Main Street" --at "2026-11-10 19:06"
	ok live "$BEFORE" move "That the road program be approved." --mover Haddad --seconder Tremblay --at "2026-11-10 19:07"
	ok live "$BEFORE" vote 1 --recorded --yes Haddad,Tremblay --at "2026-11-10 19:10"
	ok live "$BEFORE" adjourn --at "2026-11-10 19:30"

	ok meeting new --title "Regular Meeting" --at "2026-12-01 19:00"
	AFTER=$(last_line)
	ok agenda publish "$AFTER"
	ok live "$AFTER" attend "Bouchard,Tremblay,Okafor" --present --at "2026-12-01 19:00"
	ok live "$AFTER" attend "Côté" --absent --at "2026-12-01 19:00"
	ok live "$AFTER" attend "Jane Doe" --present --at "2026-12-01 19:00"
	ok live "$AFTER" start --at "2026-12-01 19:00"
	ok live "$AFTER" take 9 --at "2026-12-01 19:05"
	ok live "$AFTER" move "That the snow plan be approved." --mover Okafor --seconder Tremblay --at "2026-12-01 19:07"
	ok live "$AFTER" vote 1 --recorded --yes Okafor,Tremblay,Bouchard --at "2026-12-01 19:10"
	ok live "$AFTER" adjourn --at "2026-12-01 19:30"
}

t_minutes_before_the_change_name_the_old_council_with_its_titles() {
	council_change
	ok minutes "$BEFORE"
	expect_out_contains "**Present:** Mayor Marie Côté, Deputy Mayor Geneviève Tremblay, Councillor Ahmed Haddad"
	expect_out_contains "**Regrets:** Councillor Élise Bouchard"
	expect_out_contains "**Staff present:** Jane Doe, Clerk; Sam Lee, Director of Finance"
	expect_out_contains "called to order at 7:00 p.m., Mayor Côté presiding."
	expect_out_contains "- Mayor Côté declared a pecuniary interest"
	expect_out_contains "moved by Councillor Haddad, seconded by Deputy Mayor Tremblay:"
	expect_out_contains "| Councillor Haddad | Yes |"
	expect_out_contains "| Deputy Mayor Tremblay | Yes |"
	expect_out_contains "| Councillor Bouchard | Absent (regrets) |"
	expect_out_contains "Signed: ______________________________  Mayor Marie Côté"
	expect_out_contains "Signed: ______________________________  Jane Doe, Clerk"
	expect_out_lacks "Okafor"
	expect_out_lacks "Deputy Mayor Bouchard"
}

t_minutes_after_the_change_name_the_new_council_with_its_titles() {
	council_change
	ok minutes "$AFTER" --public
	# by role, then surname: the deputy mayor, then Okafor before Tremblay
	expect_out_contains "**Present:** Deputy Mayor Élise Bouchard, Councillor Omar Okafor, Councillor Geneviève Tremblay"
	expect_out_contains "**Absent:** Mayor Marie Côté"
	expect_out_contains "**Staff present:** Jane Doe, Clerk"
	expect_out_lacks "Sam Lee"
	expect_out_contains "called to order at 7:00 p.m., Deputy Mayor Bouchard presiding."
	expect_out_contains "moved by Councillor Okafor, seconded by Councillor Tremblay:"
	expect_out_contains "| Deputy Mayor Bouchard | Yes |"
	expect_out_contains "Signed: ______________________________  Deputy Mayor Élise Bouchard"
	expect_out_lacks "Haddad"
	# the HTML minutes say the same
	ok minutes "$AFTER" --public --format html
	expect_out_contains "<th scope=\"row\">Councillor Okafor</th>"
}

t_a_surname_two_people_share_is_written_in_full() {
	ok member add "Paul Côté" --ward 9
	ok meeting new --title "Regular Meeting" --at "2026-12-01 19:00"
	local m=$(last_line)
	ok live "$m" attend "Marie Côté,Paul Côté,Tremblay" --present --at "2026-12-01 19:00"
	ok live "$m" start --at "2026-12-01 19:00"
	ok live "$m" move "That the agenda be adopted." --mover "Paul Côté" --seconder Tremblay --at "2026-12-01 19:02"
	ok minutes "$m"
	expect_out_contains "Mayor Marie Côté presiding."
	expect_out_contains "moved by Councillor Paul Côté, seconded by Deputy Mayor Tremblay:"
}

t_staff_without_a_job_title_are_staff() {
	ok member add "Kim Park" --role staff
	ok meeting new --title "Regular Meeting" --at "2026-12-01 19:00"
	local m=$(last_line)
	ok live "$m" attend "Côté,Tremblay,Haddad,Kim Park" --present --at "2026-12-01 19:00"
	ok minutes "$m"
	expect_out_contains "**Staff present:** Kim Park, Staff"
}

t_members_page_lists_today_by_role_then_surname_then_staff_then_former_members() {
	council_change
	ok publish --out "$SCRATCH/www"
	local index=$SCRATCH/www/members/index.html
	[ -f "$index" ] || fail "no members/index.html"
	# today's council, in order, with titles and wards
	local council
	council=$(sed -n '/<h1>/,/<\/ul>/p' "$index" | grep -o '<li>.*</li>' | sed 's/<[^>]*>//g')
	eq "$council" "Marie Côté, Mayor
Élise Bouchard, Deputy Mayor, Ward 3
Omar Okafor, Councillor, Ward 2
Geneviève Tremblay, Councillor, Ward 1" "today's council"
	grep -q '<h2>Staff</h2>' "$index" || fail "no staff section"
	grep -q '<li>Jane Doe, Clerk</li>' "$index" || fail "no clerk"
	grep -q '<li>Sam Lee, Director of Finance</li>' "$index" || fail "no job title"
	grep -q '<h2>Former members</h2>' "$index" || fail "no former members"
	grep -q 'Ahmed Haddad</a>, Councillor, Ward 2 (until November 14, 2026)</li>' "$index" ||
		fail "Haddad is not a former member with his term"
}

t_member_pages_show_history_and_the_title_of_each_meeting() {
	council_change
	ok publish --out "$SCRATCH/www"
	local page
	page=$(ls "$SCRATCH"/www/members/*-genevieve-tremblay.html)
	grep -q '<p class="meta">Councillor, Ward 1</p>' "$page" || fail "not a councillor today"
	grep -q '<li>Deputy Mayor, Ward 1: until November 14, 2026</li>' "$page" || fail "no old period"
	grep -q '<li>Councillor, Ward 1: since November 15, 2026</li>' "$page" || fail "no new period"
	grep -q '<li>Member of Council</li>' "$page" || fail "no term"
	# her votes, each with the title she had that day
	grep -q '2026-11-10 Council, item 9</a></th><td>Deputy Mayor</td><td>That the road program' "$page" ||
		fail "no vote as deputy mayor"
	grep -q '2026-12-01 Council, item 9</a></th><td>Councillor</td><td>That the snow plan' "$page" ||
		fail "no vote as councillor"
	# a former member keeps a page
	page=$(ls "$SCRATCH"/www/members/*-ahmed-haddad.html)
	grep -q '<p class="meta">Former member: Councillor, Ward 2</p>' "$page" || fail "Haddad's page"
	grep -q '<li>Member of Council: until November 14, 2026</li>' "$page" || fail "Haddad's term"
	page=$(ls "$SCRATCH"/www/members/*-omar-okafor.html)
	grep -q '<li>Member of Council: since November 15, 2026</li>' "$page" || fail "Okafor's term"
}

t_popolo_memberships_have_dates_roles_and_ward_posts() {
	council_change
	ok export popolo
	local tremblay okafor haddad
	tremblay=$(jget '.persons[] | select(.name == "Geneviève Tremblay") | .id')
	okafor=$(jget '.persons[] | select(.name == "Omar Okafor") | .id')
	haddad=$(jget '.persons[] | select(.name == "Ahmed Haddad") | .id')
	# successive memberships for a change of role
	json --arg p "$tremblay" '[.memberships[] | select(.person_id == $p and .organization_id == "org/council")] ==
		[{"id": "membership/council/\($p | ltrimstr("person/"))", "person_id": $p, "organization_id": "org/council",
		  "role": "Deputy Mayor", "label": "Deputy Mayor, Ward 1", "post_id": "post/council/ward-1",
		  "end_date": "2026-11-14"},
		 {"id": "membership/council/\($p | ltrimstr("person/"))/2026-11-15", "person_id": $p,
		  "organization_id": "org/council", "role": "Councillor", "label": "Councillor, Ward 1",
		  "post_id": "post/council/ward-1", "start_date": "2026-11-15"}]'
	json --arg p "$haddad" '[.memberships[] | select(.person_id == $p)] | length == 1 and .[0].end_date == "2026-11-14" and .[0].post_id == "post/council/ward-2"'
	json --arg p "$okafor" '[.memberships[] | select(.person_id == $p)] | length == 1 and .[0].start_date == "2026-11-15" and .[0].post_id == "post/council/ward-2" and (.[0] | has("end_date") | not)'
	# one post a ward, in Council
	json '[.posts[].id] | sort == ["post/council/ward-1", "post/council/ward-2", "post/council/ward-3"]'
	json '.posts[] | select(.id == "post/council/ward-2") | .label == "Ward 2" and .organization_id == "org/council"'
	json '[.memberships[].post_id | select(.)] - [.posts[].id] == []'
	# each vote says the voter's title that day
	json --arg p "$tremblay" '[.vote_events[].votes[] | select(.voter_id == $p) | .role] | sort == ["Councillor", "Deputy Mayor"]'
	json --arg p "$haddad" '[.vote_events[].votes[] | select(.voter_id == $p) | .role] == ["Councillor"]'
}

t_exports_name_voters_as_they_were_named_that_day() {
	council_change
	ok member edit Okafor --name "Omar Okafor-Smith"
	ok export csv
	expect_out_contains ",Omar Okafor,yes,carried"
	# Popolo names the person as today, and the name of those rows as a
	# former one, dated, so that a reader can match one to the other
	ok export popolo
	json '[.persons[] | select(.name == "Omar Okafor-Smith")] | length == 1
		and .[0].other_names == [{"name": "Omar Okafor", "start_date": "2026-11-15",
		"end_date": "'"$(date -u -d "${GAVEL_NOW%%T*} - 1 day" +%F)"'"}]'
	json '[.persons[] | select(has("other_names"))] | length == 1'
	ok config publish.base-url "https://town.example/council/"
	ok export ocd
	json '[.vote_events[].votes[].voter_name] | index("Omar Okafor") != null'
	json '[.events[] | select(.start_date | startswith("2026-11-10")) | .participants[] | select(.entity_type == "person") | .name] == ["Marie Côté", "Geneviève Tremblay", "Ahmed Haddad"]'
}

# A renamed member's page moves to the new name; the page of the old name
# stays, saying so and linking the new one, so that links made before the
# change still lead to the member.
t_a_renamed_member_keeps_a_page_under_the_former_name() {
	council_change
	ok publish --out "$SCRATCH/www"
	local old new
	old=$(ls "$SCRATCH"/www/members/*-omar-okafor.html)
	ok member edit Okafor --name "Omar Okafor-Smith"
	ok publish --out "$SCRATCH/www"
	new=$(ls "$SCRATCH"/www/members/*-omar-okafor-smith.html)
	[ -f "$old" ] || fail "the page of the former name was removed: links to it break"
	grep -qF "<a href=\"$(basename "$new")\">the page of Omar Okafor-Smith</a>" "$old" ||
		fail "the former page does not link the new one"
	grep -qF '<h1>Omar Okafor-Smith</h1>' "$new" || fail "the new page"
	! grep -qF 'Recorded votes' "$old" || fail "the former page repeats the member's record"
	# a second publish changes nothing
	ok publish --out "$SCRATCH/www"
	expect_out_contains " 0 files written,"
	# renamed again later: both former pages lead to the page of today
	export GAVEL_NOW=2026-12-20T15:00:00Z
	ok member edit "Okafor-Smith" --name "Omar Smith"
	ok publish --out "$SCRATCH/www"
	[ -f "${old%-omar-okafor.html}-omar-smith.html" ] || fail "no page of today"
	local f
	for f in "$old" "$new"; do
		grep -qF 'is now named Omar Smith. Read <a href="'"$(basename "${old%-omar-okafor.html}")"'-omar-smith.html">' "$f" ||
			fail "$(basename "$f") does not lead to the page of today"
	done
}

t_a_member_whose_term_has_not_begun_is_not_a_former_member() {
	ok member add "Nora Quinn" --ward 5 --from 2027-01-01
	ok publish --out "$SCRATCH/www"
	! grep -q 'Nora Quinn' "$SCRATCH/www/members/index.html" || fail "a future member is listed"
	GAVEL_NOW=2027-01-02T12:00:00-05:00 ok publish --out "$SCRATCH/www"
	grep -q 'Nora Quinn</a>, Councillor, Ward 5</li>' "$SCRATCH/www/members/index.html" ||
		fail "a member from today is not listed"
}

t_a_councillor_who_became_staff_keeps_a_member_page() {
	council_change
	ok publish --out "$SCRATCH/www"
	ls "$SCRATCH"/www/members/*-genevieve-tremblay.html >/dev/null || fail "no page before"
	GAVEL_NOW=2026-12-05T09:00:00-05:00 ok member edit Tremblay --role staff --title "Senior Planner"
	ok publish --out "$SCRATCH/www"
	local page
	page=$(ls "$SCRATCH"/www/members/*-genevieve-tremblay.html) || fail "her page was removed"
	grep -q 'That the snow plan' "$page" || fail "her votes are gone"
	grep -q 'genevieve-tremblay.html">Geneviève Tremblay</a>, Senior Planner' \
		"$SCRATCH/www/members/index.html" || fail "the staff list does not link her record"
}

# A town whose clerk is not a member of the roster (the README's tour sets
# only clerk.name): the clerk's signature line names the clerk of the setting.
t_signature_names_the_clerk_of_the_setting_when_no_member_is_clerk() {
	ok member retire "Jane Doe" --on 2026-01-01
	ok meeting new --title "Regular Meeting" --at "2026-12-01 19:00"
	local m=$(last_line)
	ok live "$m" attend "Côté,Tremblay,Haddad" --present --at "2026-12-01 19:00"
	ok live "$m" start --at "2026-12-01 19:00"
	ok live "$m" adjourn --at "2026-12-01 19:30"
	ok minutes "$m"
	expect_out_contains "Signed: ______________________________  Clerk"
	ok config clerk.name "Marie Lavoie"
	ok minutes "$m"
	expect_out_contains "Signed: ______________________________  Marie Lavoie, Clerk"
	expect_out_lacks "Jane Doe"
}
