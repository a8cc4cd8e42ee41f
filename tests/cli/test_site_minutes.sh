# gavel publish: the minutes on the site. A minutes page and its markdown
# copy beside each agenda package, public form only, draft or approved; the
# index, feed, search index and member pages pointing at them; golden pages
# of the scripted meeting (UPDATE_GOLDEN=1 tests/cli/run
# tests/cli/test_site_minutes.sh rewrites them; the test compares exactly).

here_site_minutes=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=minutes_meeting.sh
source "$here_site_minutes/minutes_meeting.sh"
export GAVEL_NOW=2027-01-13T15:00:00Z
M=$MINUTES_MEETING
M2=$MINUTES_APPROVER

# The scripted meeting of minutes_meeting.sh, recorded on video, its agenda
# public; then the January meeting whose motion 1 approves its minutes.
approved_meeting() {
	ok config stream.url "https://video.example/council"
	minutes_meeting
	ok agenda publish $M
	approving_meeting
	ok live $M2 vote 3 --carried --at "2027-01-12 19:07"
	ok live $M2 adjourn --at "2027-01-12 19:30"
	ok agenda publish $M2
	ok minutes $M approve --at-meeting $M2 --motion 1
}

# headings_in_order FILE: one <h1>, and no heading more than one level
# deeper than the one before it.
headings_in_order() {
	grep -o '<h[1-6]' "$1" | tr -d '<h' | awk '
		NR == 1 && $1 != 1 { print "first heading is h" $1; bad = 1 }
		$1 == 1 { h1++ }
		NR > 1 && $1 > last + 1 { print "h" last " then h" $1; bad = 1 }
		{ last = $1 }
		END { if (h1 != 1) { print h1 " h1"; bad = 1 } exit bad }' ||
		fail "headings out of order in $1"
}

# no_live_markup DIR: nothing in DIR's pages and feed is markup from user
# text (search.html's own scripts aside).
no_live_markup() {
	! grep -rniP --include='*.html' --include='*.xml' \
		'<script(?! src="search(/index)?\.js"></script>)|<img|<[^>]*onerror|href="\s*(javascript|data|vbscript):' "$1" ||
		fail "live markup from user text in $1"
}

t_demo_minutes_say_draft_or_approved() {
	mkdemo
	ok publish
	for m in 2026-09-08-council 2026-10-13-council 2026-11-10-council; do
		[ -s site/meetings/$m/minutes.html ] && [ -s site/meetings/$m/minutes.md ] ||
			fail "no minutes page for $m"
	done
	[ ! -e site/meetings/2026-12-08-council/minutes.html ] ||
		fail "minutes for a meeting that has not taken place"
	# September's and October's were approved at the following meeting, November's not yet.
	grep -qF '<title>Approved minutes: Regular Meeting of Council, September 8, 2026 – Town of Kestrel Falls</title>' \
		site/meetings/2026-09-08-council/minutes.html || fail "September's title"
	# approved by a resolution of the next meeting, linked to it by its number
	local res
	res=$(grep -o 'href="../2026-10-13-council/minutes.html#resolution-[0-9-]*">the Regular Meeting of Council of October 13, 2026</a> (Resolution [0-9-]*)\.' \
		site/meetings/2026-09-08-council/minutes.html | sed 's/.*(Resolution //; s/)\.$//')
	[ -n "$res" ] || fail "September's status"
	# the approving meeting as a resident reads it, not by its slug
	grep -qF "<p class=\"status approved\"><strong>Approved</strong> at <a href=\"../2026-10-13-council/minutes.html#resolution-$res\">the Regular Meeting of Council of October 13, 2026</a> (Resolution $res).</p>" \
		site/meetings/2026-09-08-council/minutes.html || fail "September's status line"
	grep -qF "id=\"resolution-$res\"" site/meetings/2026-10-13-council/minutes.html ||
		fail "the approving resolution has no anchor"
	grep -qE 'Approved</strong> at <a href="../2026-11-10-council/minutes.html#resolution-[0-9-]+">the Regular Meeting of Council of November 10, 2026</a> \(Resolution 2026-[0-9]+\)\.' \
		site/meetings/2026-10-13-council/minutes.html || fail "October's status"
	! grep -qF 'at meeting 2026-' site/meetings/2026-*/minutes.html || fail "a status names a meeting by slug"
	! grep -qE 'id="motion-[0-9]+"' site/meetings/2026-*/minutes.html || fail "motion numbers on the site"
	grep -qF '<p class="status draft"><strong>Draft</strong>: these minutes have not been approved.</p>' \
		site/meetings/2026-11-10-council/minutes.html || fail "November's status"
	grep -qF '<title>Draft minutes:' site/meetings/2026-11-10-council/minutes.html ||
		fail "November's title"
	! grep -qF 'class="status draft"' site/meetings/2026-09-08-council/minutes.html ||
		fail "September is also marked draft"
	# The markdown copy is the public minutes.
	ok minutes 2026-10-13-council --public
	cmp -s "$T/out" site/meetings/2026-10-13-council/minutes.md || fail "minutes.md is not the public minutes"
}

t_index_links_agenda_minutes_and_video() {
	mkdemo
	ok publish
	sed -n '/2026-09-08-council\/agenda.html">Council/,/<\/li>$/p' site/index.html >"$SCRATCH/sept"
	grep -qF '<li><a href="meetings/2026-09-08-council/minutes.html">Minutes (approved)</a></li>' site/index.html ||
		fail "September's minutes not linked as approved"
	grep -qF '<li><a href="meetings/2026-11-10-council/minutes.html">Minutes (draft)</a></li>' site/index.html ||
		fail "November's minutes not linked as draft"
	grep -qF '<li><a href="https://video.kestrelfalls.example/council/2026-11-10">Video</a></li>' site/index.html ||
		fail "November's video not linked"
	! grep -qF 'meetings/2026-12-08-council/minutes.html' site/index.html ||
		fail "December links minutes it does not have"
	# agenda, then minutes, then video, in each meeting's list
	awk '/2026-11-10-council\/agenda.html">Agenda/{a=NR} /2026-11-10-council\/minutes.html/{m=NR}
	     /council\/2026-11-10">Video/{v=NR} END{exit !(a && a<m && m<v)}' site/index.html ||
		fail "links out of order"
}

t_vote_tables_have_a_caption_and_header_scopes() {
	approved_meeting
	ok publish
	page=site/meetings/$M/minutes.html
	grep -qF '<table class="vote">
<caption>Recorded vote on resolution 2026-3: carried, Yeas 3, Nays 1</caption>
<thead><tr><th scope="col">Member</th><th scope="col">Vote</th></tr></thead>' "$page" ||
		fail "motion 3's table lacks its caption or column headers"
	grep -qF '<caption>Recorded vote on the amendment to the amendment: lost, Yeas 2, Nays 2</caption>' "$page" ||
		fail "the secondary amendment's caption"
	grep -qF '<tr><th scope="row">Councillor Bouchard</th><td>No</td></tr>' "$page" ||
		fail "row header"
	eq "$(grep -c '<table' "$page")" 2 "tables"
	eq "$(grep -c '<caption>' "$page")" 2 "captions"
	! grep -F '<th>' "$page" || fail "a header cell without scope"
	! grep -qF '| Member | Vote |' "$page" || fail "a markdown table left in the page"
	grep -qF '| Councillor Bouchard | No |' site/meetings/$M/minutes.md ||
		fail "the markdown copy lost its table"
	# the command's own HTML has the same tables
	ok minutes $M --public --format html
	expect_out_contains '<caption>Recorded vote on resolution 2026-3: carried, Yeas 3, Nays 1</caption>' \
		'<tr><th scope="row">Mayor Côté</th><td>Yes</td></tr>'
}

t_minutes_page_has_the_site_frame_and_headings_in_order() {
	approved_meeting
	ok publish
	page=site/meetings/$M/minutes.html
	for s in '<html lang="en">' '<a class="skip" href="#main">Skip to main content</a>' \
		'<header class="site">' '<nav aria-label="Site">' '<main id="main">' '<footer class="site">' \
		'<link rel="stylesheet" href="../../style.css">' '<h1>Minutes: Regular Meeting</h1>' \
		'<a href="agenda.html">The agenda</a>' '<a href="minutes.md">These minutes as plain text (Markdown)</a>' \
		'<h3 id="item-9-1">9.1 2027 Operating Budget</h3>'; do
		grep -qF "$s" "$page" || fail "minutes page lacks $s"
	done
	headings_in_order "$page"
	headings_in_order site/meetings/$M2/minutes.html
	# a note's own headings sit below its item's
	ok minutes $M2 note 1 "## Discussion

Council discussed the minutes."
	ok publish
	grep -qF '<h3>Discussion</h3>' site/meetings/$M2/minutes.html || fail "note heading not below item 1"
	headings_in_order site/meetings/$M2/minutes.html
}

# gavel's own words (navigation, "Minutes:", "Agenda", labels) are English,
# so the pages of a French meeting are lang="en" and the meeting's own words
# (its title, item titles and text, the clerk's notes) carry lang="fr"
# (WCAG 3.1.1 and 3.1.2).
t_a_french_meeting_marks_its_own_words_and_the_page_stays_english() {
	approved_meeting
	ok meeting edit $M2 --lang fr
	ok minutes $M2 note 1 "Le conseil a discuté du procès-verbal."
	ok publish
	local f
	for f in site/meetings/$M2/minutes.html site/meetings/$M2/agenda.html; do
		grep -qF '<html lang="en">' "$f" || fail "$f: gavel's English text is not lang=en"
		! grep -qF '<html lang="fr">' "$f" || fail "$f: the English interface is marked French"
		grep -qE '<h1>(Minutes: )?<span lang="fr">' "$f" || fail "$f: the meeting's title is not lang=fr"
		grep -qE '<h[2-6] id="item-1">1\.? <span lang="fr">' "$f" ||
			fail "$f: an item's title is not lang=fr"
	done
	grep -qF '<div lang="fr">
<p>Le conseil a discuté du procès-verbal.</p>' site/meetings/$M2/minutes.html ||
		fail "the clerk's note is not lang=fr"
	grep -qF '<div lang="fr">
<blockquote>' site/meetings/$M2/minutes.html || fail "a motion's wording is not lang=fr"
	# an English meeting's pages carry no lang of their own
	! grep -qF 'lang="fr"' site/meetings/$M/minutes.html site/meetings/$M/agenda.html ||
		fail "an English meeting's words are marked French"
	ok minutes $M2 --public --format html
	expect_out_contains '<html lang="en">' '<h1>Minutes: <span lang="fr">'
}

t_closed_session_and_redacted_text_never_reach_the_site() {
	approved_meeting
	ok publish
	[ -s site/meetings/$M/minutes.html ] || fail "no minutes page"
	! grep -rlE 'CANARY|salary of J\. Smith|\[redact\]' site || fail "confidential or redacted text in the site"
	for f in site/meetings/$M/minutes.html site/meetings/$M/minutes.md; do
		grep -qF 'The treasurer noted [redacted] in answer to a question.' "$f" ||
			fail "no redaction mark in $f"
		grep -qF 'moved into closed session at 8:32 p.m. under section 239(2)(d)' "$f" ||
			fail "the resolution to close is missing from $f"
		grep -qF 'That Council ratify the direction given to staff in closed session.' "$f" ||
			fail "what was reported on rising is missing from $f"
	done
	! grep -qF 'Motion 9' site/meetings/$M/minutes.html || fail "a closed-session motion is on the site"
}

t_script_in_notes_names_and_titles_is_never_live_markup() {
	ok member add "Zoë <script>alert('name')</script> *Bold_* [x](javascript:alert(1))" --role councillor
	ok meeting new --title "Regular <script>alert('meeting')</script>" --at "2026-12-01 19:00"
	m=$(last_line)
	ok agenda add $m "Roads <img src=x onerror=alert(1)>" --under 9
	ok agenda publish $m
	ok meeting edit $m --stream-url "https://video.example/v"
	ok live $m attend "Côté,Tremblay,Haddad,Bouchard,Zoë" --present --at 19:00
	ok live $m start --at 19:00
	ok live $m take 9.1 --at 19:05
	ok live $m declare Haddad --item 9.1 --reason "<script>alert('reason')</script>" --at 19:05
	ok live $m move "That <script>alert('motion')</script> [go](javascript:alert(2))" --mover Zoë \
		--seconder Côté --at 19:06
	ok live $m vote 1 --recorded --yes Zoë,Côté --no Tremblay --at 19:07
	ok live $m adjourn --at 19:30
	ok minutes $m note 9.1 "<script>alert('note')</script> <img src=x onerror=alert(3)>

## <script>alert('heading')</script>

[click](javascript:alert(4)) and [data](data:text/html,hi)"
	ok publish
	page=site/meetings/$m/minutes.html
	no_live_markup site
	grep -qF "&lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt; *Bold_* [x](javascript:alert(1))</th>" "$page" ||
		fail "the name in the vote table is not shown as typed"
	grep -qF "moved by Councillor &lt;script" "$page" || fail "the mover's name is not escaped"
	grep -q 'moved by Councillor &lt;script[^<]*\*Bold_\* \[x\](javascript:alert(1))' "$page" ||
		fail "markdown in the mover's name was interpreted"
	grep -qF "<h1>Minutes: Regular &lt;script&gt;" "$page" || fail "meeting title not escaped"
	grep -qF "9.1 Roads &lt;img src=x onerror=alert(1)&gt;</h3>" "$page" || fail "item title not escaped"
	grep -qF "&lt;script>alert('note')&lt;/script>" "$page" || fail "the note is not shown escaped"
}

t_minutes_link_each_item_to_its_moment_in_the_recording() {
	scripted_meeting
	ok publish
	# stream 19:01, item 9.1 taken up at 19:10: 9 minutes in
	grep -qF '<p class="watch"><a href="https://video.example/council/2026-12-01#t=540">Watch 9.1 Water rates [redacted] in the recording (from 0:09:00)</a></p>' \
		site/meetings/$M/minutes.html || fail "no deep link in minutes.html"
	grep -qF '[Watch 9.1 Water rates \[redacted\] in the recording (from 0:09:00)](https://video.example/council/2026-12-01#t=540)' \
		site/meetings/$M/minutes.md || fail "no deep link in minutes.md"
	grep -qF '<a href="https://video.example/council/2026-12-01">Watch the meeting</a>' \
		site/meetings/$M/minutes.html || fail "no link to the recording"
	# the closed item was taken up in open session; its link stays, its contents do not
	ok meeting edit "$M" --stream-url "https://www.youtube.com/watch?v=abc123"
	ok publish
	grep -qF 'href="https://www.youtube.com/watch?v=abc123&amp;t=540"' site/meetings/$M/minutes.html ||
		fail "no YouTube t= link"
}

t_feed_has_entries_for_draft_and_approved_minutes() {
	approved_meeting
	ok publish
	feed=site/feed.xml
	xmllint --noout "$feed" || fail "feed.xml is not well-formed"
	for id in agenda/$M agenda/$M2 minutes/$M/draft minutes/$M/approved minutes/$M2/draft; do
		eq "$(grep -c "<id>tag:town-of-testville.gavel,2026:$id</id>" "$feed")" 1 "entries $id"
	done
	eq "$(grep -c '<entry>' "$feed")" 5 "entries"
	grep -qF "<summary>The minutes of the December 8, 2026 meeting of Council, approved at the Regular Meeting of Council of January 12, 2027 (Resolution 2027-1).</summary>" \
		"$feed" || fail "approval summary"
	grep -qF "<title>Draft minutes: Council, Regular Meeting, December 8, 2026</title>" "$feed" || fail "draft title"
	grep -qF "href=\"meetings/$M/minutes.html\"" "$feed" || fail "no link to the minutes"
	# Ids stay when the minutes change; the draft's time is its adjournment.
	cp "$feed" "$SCRATCH/feed.before"
	ok minutes $M2 note 1 "Read."
	ok publish
	cmp -s "$feed" "$SCRATCH/feed.before" || fail "a note changed the feed"
}

t_search_index_has_the_public_minutes() {
	approved_meeting
	ok publish
	idx=$(grep -lF "{\"dir\":\"meetings/$M/\",\"date\":\"2026-12-08\",\"body\":\"Council\"}" \
		site/search/d/*.js)
	[ -n "$idx" ] || fail "no search documents for $M"
	grep -qF "[\"minutes.html#item-9-1\",\"9.1\",\"2027 Operating Budget (minutes)\",\"Staff presented the budget. The treasurer noted redacted in answer" $idx ||
		fail "the minutes of 9.1 are not in the index"
	grep -qF 'That Council ratify the direction given to staff in closed session.' $idx ||
		fail "what was reported on rising is not in the index"
	! grep -rqE 'CANARY|salary of J\. Smith' site/search || fail "confidential text in the index"
	! grep -qF '"smith":' site/search/t/*.js || fail "a confidential word in the shards"
	! grep -rqiF '</script' site/search || fail "the index can close a script element"
}

t_member_votes_link_to_the_item_in_the_minutes() {
	approved_meeting
	ok publish
	page=$(ls site/members/*-elise-bouchard.html)
	grep -qF "<a href=\"../meetings/$M/minutes.html#item-9-1\">2026-12-08 Council, item 9.1</a>" "$page" ||
		fail "vote not linked to the item in the minutes"
	grep -qF 'id="item-9-1"' site/meetings/$M/minutes.html || fail "the link's target is missing"
	grep -qF "<a href=\"../meetings/$M/minutes.html\">2026-12-08 Council</a>" "$page" ||
		fail "attendance not linked to the minutes"
}

t_minutes_pages_are_deterministic_and_incremental() {
	approved_meeting
	ok publish --out "$SCRATCH/a"
	ok publish --out "$SCRATCH/b"
	diff -r "$SCRATCH/a" "$SCRATCH/b" || fail "two publishes differ"
	ok publish --out "$SCRATCH/a"
	expect_out_contains " 0 files written,"
	(cd "$SCRATCH/a" && find . -type f ! -name .gavel-site -exec sha256sum {} + | sort -k2) >"$SCRATCH/before"
	ok minutes $M2 note 1 "The clerk read the minutes."
	ok publish --out "$SCRATCH/a"
	(cd "$SCRATCH/a" && find . -type f ! -name .gavel-site -exec sha256sum {} + | sort -k2) >"$SCRATCH/after"
	local id changed
	id=$(sql "SELECT id FROM meetings WHERE slug = '$M2'")
	changed=$(diff "$SCRATCH/before" "$SCRATCH/after" | sed -n 's/^> [0-9a-f]*  //p' | tr '\n' ' ')
	# the minutes (HTML, markdown and PDF), the meeting's search documents, and the shards of the
	# words the note added ("clerk", "read"), whose sizes the manifest gives
	eq "$(echo "$changed" | sed 's|./search/t/[^ ]* ||g')" \
		"./meetings/$M2/minutes.html ./meetings/$M2/minutes.md ./meetings/$M2/minutes.pdf ./search/d/$id-0.js ./search/index.js " \
		"files rewritten"
	# (this small site has a shard or two: the bench shows how few of the
	# 20-year archive's are rewritten)
	local shards
	shards=$(echo "$changed" | grep -o './search/t/' | wc -l)
	[ "$shards" -ge 1 ] || fail "no shard rewritten"
	expect_out_contains " $((5 + shards)) files written,"
	grep -qF 'The clerk read the minutes.' "$SCRATCH/a/meetings/$M2/minutes.html" || fail "change not published"
}

t_minutes_of_a_meeting_no_longer_public_are_removed() {
	approved_meeting
	ok publish
	[ -f site/meetings/$M2/minutes.html ] || fail "no minutes page"
	# gavel has no command that withdraws a published agenda: do it as a restore would
	sql "UPDATE meetings SET agenda_published_at = NULL WHERE slug = '$M2'"
	ok publish
	[ ! -e site/meetings/$M2 ] || fail "the pages of a meeting no longer public are still there"
	! grep -rqF "$M2/minutes.html" site --include='*.html' --include='*.xml' --include='*.js' ||
		fail "a page still links the removed minutes"
	grep -qF "Approved</strong> at the Regular Meeting of Council of January 12, 2027 (Resolution 2027-1)." \
		site/meetings/$M/minutes.html || fail "the approval no longer names the meeting"
	! grep -qF "$M2" site/meetings/$M/minutes.html || fail "the approval shows a slug"
}

t_golden_pages_of_the_scripted_meeting() {
	approved_meeting
	ok publish
	expect_golden site/agenda.html site/meetings/$M/agenda.html
	expect_golden site/minutes.html site/meetings/$M/minutes.html
	expect_golden site/minutes.md site/meetings/$M/minutes.md
	expect_golden site/member.html "$(ls site/members/*-elise-bouchard.html)"
}

# Every motion of the open data has its anchor in the public minutes, an
# amendment and an amendment to it too: a reader follows a Popolo or OCD id
# (docs/formats.md, "Popolo JSON") to the paragraph that records it.
t_every_motion_of_the_open_data_has_its_anchor_in_the_minutes() {
	ok config stream.url "https://video.example/council"
	minutes_meeting
	ok agenda publish $M
	ok publish
	ok export popolo
	local ids id n=0 amendments=0
	ids=$(jq -r '.motions[] | "\(.id) \(.classification)"' <<<"$OUT")
	while read -r id kind; do
		n=$((n + 1))
		[ "$kind" = amendment ] && amendments=$((amendments + 1))
		grep -qF "id=\"${id#*/}\"" "site/meetings/${id%%/*}/minutes.html" ||
			fail "$id ($kind) has no anchor in the minutes"
	done <<<"$ids"
	[ "$amendments" -ge 2 ] || fail "the scripted meeting has $amendments amendments in the open data"
	echo "# $n motions, $amendments amendments"
}

# An amendment in the open data names the motion it would change: Popolo
# by the motion's id, OCD (in extras) by the identifier of its vote event,
# as the minutes print each amendment under the motion it amends.
t_open_data_says_which_motion_an_amendment_amends() {
	minutes_meeting
	ok agenda publish $M
	ok export popolo
	json '[.motions[] | select(.classification == "amendment")] | length == 2'
	# the amendment amends resolution 2026-3, the secondary amends the amendment
	json '. as $d | [$d.motions[] | select(.classification == "amendment" and
		.amends == "'"$M"'/resolution-2026-3") | .id] as $a | ($a | length) == 1 and
		([$d.motions[] | select(.classification == "amendment" and .amends == $a[0])] | length) == 1'
	json '[.motions[] | select(.amends) | .amends] - [.motions[].id] == []'
	json '[.motions[] | select(.classification == "main motion") | has("amends")] | all | not'
	ok config publish.base-url "https://council.example"
	ok export ocd
	json '. as $d | [$d.vote_events[] | select(.extras.amends == "2026-3") | .identifier] as $a |
		($a | length) == 1 and ([$d.vote_events[] | select(.motion_classification == ["amendment"]
		and .extras.amends == $a[0])] | length) == 1'
	json '[.vote_events[] | select(.motion_classification == ["passage"]) | .extras.amends // empty] == []'
	/usr/bin/python3 "$GAVEL_ROOT/tests/site/ocd.py" "$T/out" >/dev/null || fail "OCD schema errors"
}
