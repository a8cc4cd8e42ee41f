# gavel publish: the static site of public meetings.

# Two public meetings: one past with a report, an attachment, a closed item
# and a redacted span; one upcoming. Canaries mark what must never leak.
site_setup() {
	ok meeting new --title "Regular Meeting" --at "2026-10-06 19:00" --location "Council Chambers"
	PAST=$(last_line)
	cat >"$SCRATCH/report.md" <<'MD'
## Background <script>alert("body")</script>

The report, with [a bad link](javascript:alert(1)), [another](JAVASCRIPT:alert(2)),
an image ![x](http://evil.example/x.png) and <img src=x onerror=alert(3)>.
Names withheld: [redact]REDACT-CANARY-1[/redact].

## <script>alert("heading")</script>

- one
- two
MD
	ok agenda add "$PAST" "Roads report <script>alert('title')</script>" --under 9 \
		--body-file "$SCRATCH/report.md" --recommendation "That Council approve [redact]REDACT-CANARY-2[/redact]."
	printf 'CLOSED-CANARY: the purchase price is 1.2 M$\n' >"$SCRATCH/closed.md"
	ok agenda add "$PAST" "Property matter" --under 13 --closed "239(2)(c)" \
		--body-file "$SCRATCH/closed.md" --recommendation "CLOSED-CANARY-REC"
	printf 'ward,km\n1,12\n' >"$SCRATCH/paving.csv"
	ok agenda attach "$PAST" 9.1 "$SCRATCH/paving.csv"
	ok agenda publish "$PAST"
	ok meeting new --title "Regular Meeting" --at "2026-12-08 19:00"
	NEXT=$(last_line)
	ok agenda publish "$NEXT"
}

t_publish_writes_the_site() {
	site_setup
	ok publish
	expect_last_line "Published 2 meetings to ./site: 30 files written, 0 unchanged, 0 removed"
	for f in index.html style.css calendar.ics feed.xml bylaws.html actions.html \
		meetings/$PAST/agenda.html meetings/$PAST/agenda.md \
		meetings/$PAST/files/9.1-paving.csv meetings/$NEXT/agenda.html; do
		[ -s "site/$f" ] || fail "site/$f missing"
	done
	cmp -s site/meetings/$PAST/files/9.1-paving.csv "$SCRATCH/paving.csv" || fail "attachment differs"
	grep -qF '<a href="files/9.1-paving.csv">paving.csv</a> (CSV, 13 bytes)' \
		site/meetings/$PAST/agenda.html || fail "attachment link lacks its type and size"
	grep -qF '<html lang="en">' site/index.html || fail "no lang"
	grep -qF '<a class="skip" href="#main">' site/index.html || fail "no skip link"
}

t_index_lists_upcoming_then_past_by_year() {
	site_setup
	ok publish
	# Upcoming (GAVEL_NOW is 2026-11-20) comes before past, under its own heading.
	awk '/Upcoming meetings/{u=NR} /Past meetings/{p=NR} /2026-12-08-council/{n=NR} /2026-10-06-council/{o=NR}
	     END{exit !(u<n && n<p && p<o)}' site/index.html || fail "index order wrong"
	grep -qF '<h3>2026</h3>' site/index.html || fail "no year heading"
}

t_agenda_page_has_toc_report_and_recommendation() {
	site_setup
	ok publish
	page=site/meetings/$PAST/agenda.html
	grep -qF '<a href="#item-9-1">9.1 Roads report' "$page" || fail "no toc link"
	grep -qF '<h3 id="item-9-1">9.1 Roads report' "$page" || fail "no item heading"
	grep -qF '<h4>Background' "$page" || fail "body heading not below the item heading"
	grep -qF '<strong>Recommendation</strong>' "$page" || fail "no recommendation"
	grep -qF 'Closed session item, s. 239(2)(c) of the Municipal Act, 2001: a proposed or pending acquisition or disposition of land' "$page" ||
		fail "closed item lacks clause and nature"
}

t_no_script_or_bad_links_reach_the_site() {
	site_setup
	ok publish
	# Markdown copies keep the text as typed; no page or feed may carry it as markup.
	# (search.html's own scripts aside)
	! grep -rniP --include='*.html' --include='*.xml' \
		'<script(?! src="search(/index)?\.js"></script>)|<img|<[^>]*onerror|href="\s*(javascript|data|vbscript):' site ||
		fail "live markup from user text in the site"
	grep -qF '&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;' site/meetings/$PAST/agenda.html ||
		fail "title not shown escaped"
}

t_closed_and_redacted_text_never_reach_the_site() {
	site_setup
	ok publish
	! grep -rlE 'CLOSED-CANARY|REDACT-CANARY' site || fail "confidential text in the site"
	[ -n "$(ls site-cache)" ] || fail "no parts kept for the next publish"
	! grep -rlE 'CLOSED-CANARY|REDACT-CANARY' site-cache || fail "confidential text in the site's cache"
	grep -qF '[redacted]' site/meetings/$PAST/agenda.html || fail "redaction mark missing"
	grep -qF '[redacted]' site/meetings/$PAST/agenda.md || fail "redaction mark missing in md"
}

# The manifest and its lock sit beside the site, not among the files a town
# uploads; a site published by an earlier version (its manifest inside) is
# taken over as it is.
t_bookkeeping_sits_beside_the_site() {
	site_setup
	ok publish
	[ -s site.gavel-site ] || fail "no manifest beside the site"
	grep -qF ' index.html' site.gavel-site || fail "the manifest does not list the site's files"
	eq "$(find site -name '.gavel-site*' | wc -l)" 0 "bookkeeping files inside the site"
	ok publish --out "$SCRATCH/www/"
	[ -s "$SCRATCH/www.gavel-site" ] || fail "no manifest beside a directory named with a slash"
	mv site.gavel-site site/.gavel-site
	touch site/.gavel-site.lock
	ok publish
	expect_last_line "Published 2 meetings to ./site: 0 files written, 30 unchanged, 0 removed"
	[ -s site.gavel-site ] && [ ! -e site/.gavel-site ] && [ ! -e site/.gavel-site.lock ] ||
		fail "the old manifest was not moved beside the site"
}

t_publish_twice_is_byte_identical() {
	site_setup
	ok publish --out "$SCRATCH/a"
	ok publish --out "$SCRATCH/b"
	diff -r "$SCRATCH/a" "$SCRATCH/b" || fail "two publishes differ"
	ok publish --out "$SCRATCH/a"
	expect_last_line "Published 2 meetings to $SCRATCH/a: 0 files written, 30 unchanged, 0 removed"
}

t_republish_rewrites_only_what_changed() {
	site_setup
	ok publish
	# a revision adds revision-1/ beside the agenda, an entry to the feed, and
	# "Agenda (revision 2)" to the index
	find site -type f -printf "%p %T@\n" | grep -v "$PAST/agenda\|$PAST/revision-\|feed\.xml\|^site/index\.html\|\.gavel-site\|search/" | sort >"$SCRATCH/before"
	sleep 0.01
	ok agenda edit "$PAST" 9.1 --recommendation "That Council approve the plan."
	ok publish
	expect_last_line "Published 2 meetings to ./site: 0 files written, 30 unchanged, 0 removed"
	ok agenda publish "$PAST"
	ok publish
	# (and, in search/, the file of the meeting's documents holding 9.1, the
	# shard of the words that changed and the manifest giving its size)
	expect_last_line "Published 2 meetings to ./site: 11 files written, 22 unchanged, 0 removed"
	find site -type f -printf "%p %T@\n" | grep -v "$PAST/agenda\|$PAST/revision-\|feed\.xml\|^site/index\.html\|\.gavel-site\|search/" | sort >"$SCRATCH/after"
	diff "$SCRATCH/before" "$SCRATCH/after" || fail "files of other meetings were rewritten"
	grep -qF 'That Council approve the plan.' site/meetings/$PAST/agenda.html || fail "change not published"
}

t_republish_removes_files_no_longer_produced() {
	site_setup
	echo "my notes" >site-notes.txt
	ok publish
	echo "not gavel's" >site/README.txt
	ok agenda rm "$PAST" 9.1
	ok agenda publish "$PAST"
	ok publish
	# the attachment, and the last file of the meeting's search documents
	# (eight a file: one fewer item leaves 16)
	expect_out_contains "2 removed"
	[ ! -e site/search/d/1-2.js ] || fail "stale search documents kept"
	[ -s site/search/d/1-1.js ] || fail "search documents lost"
	[ -f site/meetings/$PAST/revision-1/files/9.1-paving.csv ] ||
		fail "the first revision lost its attachment"
	[ ! -e site/meetings/$PAST/files/9.1-paving.csv ] || fail "stale attachment kept"
	[ ! -d site/meetings/$PAST/files ] || fail "empty directory kept"
	[ -f site/README.txt ] || fail "removed a file gavel did not write"
}

t_publish_one_meeting_leaves_the_others() {
	site_setup
	ok publish
	ok agenda edit "$PAST" 9.1 --title "Roads report, revised"
	ok agenda edit "$NEXT" 1 --title "Call to Order, revised"
	ok agenda publish "$PAST"
	ok agenda publish "$NEXT"
	ok publish "$NEXT"
	expect_out_contains "Published 1 meeting"
	grep -qF 'Call to Order, revised' site/meetings/$NEXT/agenda.html || fail "named meeting not written"
	! grep -qF 'Roads report, revised' site/meetings/$PAST/agenda.html || fail "other meeting rewritten"
	[ -f site/meetings/$PAST/files/9.1-paving.csv ] || fail "other meeting's files removed"
}

t_publish_a_meeting_that_is_not_public_is_refused() {
	ok meeting new --title "Special Meeting" --at "2026-12-15 10:00"
	refused publish "$(last_line)"
	expect_err_contains "not public" "gavel agenda publish"
	[ ! -e site ] || fail "site written anyway"
}

t_publish_into_a_file_or_the_record_is_refused() {
	site_setup
	echo x >"$SCRATCH/file"
	refused publish --out "$SCRATCH/file"
	expect_err_contains "not a directory"
	refused publish --out record/site
	expect_err_contains "record/"
	[ ! -e record/site ] || fail "wrote into record/"
	refused publish --out confidential
	[ -z "$(git -C record status --porcelain)" ] || fail "record/ changed"
	refused publish --out .
	[ ! -e index.html ] || fail "wrote into the workspace"
}

t_publish_into_a_read_only_directory_is_refused() {
	site_setup
	[ "$(id -u)" != 0 ] || return 0   # root writes anywhere
	mkdir "$SCRATCH/ro" && chmod 555 "$SCRATCH/ro"
	refused publish --out "$SCRATCH/ro"
	expect_err_contains "cannot write"
}

t_calendar_follows_rfc5545() {
	site_setup
	ok publish
	ics=site/calendar.ics
	head -c 17 "$ics" | grep -q '^BEGIN:VCALENDAR' || fail "not a calendar"
	[ "$(grep -c $'\r$' "$ics")" = "$(wc -l <"$ics")" ] || fail "a line does not end in CRLF"
	! LC_ALL=C awk '{ if (length($0) > 76) exit 1 }' "$ics" && fail "a line is over 75 octets"
	[ "$(grep -c '^BEGIN:VEVENT' "$ics")" = 2 ] || fail "expected 2 events"
	[ "$(grep -c '^UID:' "$ics")" = 2 ] && [ "$(grep -c '^DTSTAMP:' "$ics")" = 2 ] || fail "UID/DTSTAMP missing"
	grep -q '^DTSTART:20261209T000000Z' "$ics" || fail "start not in UTC"
	uid=$(grep '^UID:' "$ics" | tail -1)
	ok meeting edit "$NEXT" --cancel
	ok publish
	grep -qF "$uid" "$ics" || fail "UID changed on cancel"
	grep -q '^STATUS:CANCELLED' "$ics" || fail "no STATUS:CANCELLED"
	[ "$(grep '^SEQUENCE:' "$ics" | tail -1 | tr -d '\r')" != "SEQUENCE:0" ] || fail "SEQUENCE not raised"
}

t_calendar_folds_long_utf8_lines_whole() {
	ok meeting new --title "Séance extraordinaire du conseil municipal sur l’aménagement du territoire et l’évaluation foncière" --at "2026-12-20 10:00" --location "Salle du conseil, hôtel de ville"
	ok agenda publish "$(last_line)"
	ok publish
	# Unfolding restores the text exactly, and no octet sequence was cut.
	tr -d '\r' <site/calendar.ics | sed -e ':a' -e 'N' -e '$!ba' -e 's/\n //g' >"$SCRATCH/unfolded"
	grep -qF "l’aménagement du territoire et l’évaluation foncière" "$SCRATCH/unfolded" || fail "folding broke the text"
	iconv -f UTF-8 -t UTF-8 site/calendar.ics >/dev/null || fail "invalid UTF-8 after folding"
}

t_feed_is_atom_with_one_entry_per_agenda() {
	site_setup
	ok publish
	xmllint --noout site/feed.xml || fail "feed.xml is not well-formed"
	[ "$(grep -c '<entry>' site/feed.xml)" = 2 ] || fail "expected 2 entries"
	grep -qF "<id>tag:town-of-testville.gavel,2026:agenda/$PAST</id>" site/feed.xml || fail "entry id"
}

t_member_pages_show_attendance_and_recorded_votes() {
	scripted_meeting
	ok publish
	page=$(ls site/members/*-ahmed-haddad.html)
	grep -qF '<td>Present</td>' "$page" || fail "attendance missing"
	grep -qF 'minutes.html#item-9-1">2026-12-01 Council, item 9.1</a>' "$page" || fail "no link to the item"
	grep -qF '<td>declared an interest</td><td>Lost</td>' "$page" || fail "vote with interest missing"
	grep -qF '<td>absent</td>' site/members/*-elise-bouchard.html || fail "absent vote missing"
	grep -qF 'Ahmed Haddad</a>, Councillor, Ward 2</li>' site/members/index.html || fail "members list"
	! grep -rlE 'CANARY-CLOSED|CANARY-REDACT' site || fail "confidential text in member pages"
	[ ! -e site/members/*-jane-doe.html ] || fail "the clerk has a voting page"
}

t_search_index_has_public_text_only() {
	site_setup
	ok publish
	grep -qF '"9.1","Roads report' site/search/d/*.js || fail "item not in the documents"
	grep -qF '"roads":' site/search/t/*.js || fail "item's words not in the shards"
	! grep -rqE 'CLOSED-CANARY|REDACT-CANARY' site/search || fail "confidential text in the index"
	! grep -qF '"canary":' site/search/t/*.js || fail "a confidential word in the shards"
	! grep -rqiF '</script' site/search || fail "the index can close a script element"
}

t_agenda_package_links_items_into_the_recording() {
	scripted_meeting
	ok publish
	page=site/meetings/$M/agenda.html
	# stream 19:01, item 9.1 taken at 19:10: 9 minutes in
	grep -qF '<a href="https://video.example/council/2026-12-01#t=540">Watch 9.1 Water rates [redacted] in the recording (from 0:09:00)</a>' "$page" ||
		fail "no deep link for 9.1"
	grep -qF '<a href="chapters.vtt">' "$page" || fail "no chapters link"
	grep -qx '00:09:00.000 --> 00:29:00.000' site/meetings/$M/chapters.vtt || fail "chapters.vtt"
	grep -qF '9:00 9.1 Water rates [redacted]' "$page" || fail "no YouTube chapter text"
	ok meeting edit "$M" --stream-url "https://www.youtube.com/watch?v=abc123"
	ok publish
	grep -qF 'href="https://www.youtube.com/watch?v=abc123&amp;t=540"' "$page" || fail "no YouTube t= link"
}

# A meeting held before its scheduled time (called to order early) is past
# as soon as it has minutes, not "upcoming" until its time comes.
t_a_meeting_held_early_is_listed_as_past() {
	ok meeting new --title "Special Meeting" --at "2026-12-08 19:00"
	M=$(last_line)
	ok agenda publish "$M"
	export GAVEL_NOW=2026-12-08T18:55:00-05:00
	ok live "$M" attend "Côté,Tremblay,Haddad" --present --at 18:30
	ok live "$M" start --at 18:30
	ok live "$M" adjourn --at 18:50
	ok publish
	awk '/Upcoming meetings/{u=1} /Past meetings/{u=0; p=1} /'"$M"'/{ if (u) bad=1; if (p) seen=1 }
	     END{exit !(seen && !bad)}' site/index.html || fail "the meeting is not under Past meetings"
}

t_index_names_each_meeting_by_body_title_time_and_place() {
	site_setup
	ok publish
	grep -qF "Council: Regular Meeting</a><br>
Tuesday, October 6, 2026, 7:00 p.m. · Council Chambers</p>" site/index.html ||
		fail "the index does not say where the meeting is"
	ok agenda add "$PAST" "Late item"
	ok agenda publish "$PAST"
	ok publish
	grep -qF "agenda.html\">Agenda (revision 2)</a>" site/index.html ||
		fail "the index does not say the agenda was revised"
}

t_members_are_listed_by_role_then_surname() {
	ok member add "Zoë Abbott" --role councillor --ward 4
	ok publish
	# Mayor Côté, Deputy Mayor Tremblay, then councillors by surname
	grep -o '^<li><a href="[0-9][^"]*">[^<]*</a>, ' site/members/index.html |
		sed 's/^<li><a href="[^"]*">//; s/<\/a>, $//' >"$T/names"
	printf '%s\n' "Marie Côté" "Geneviève Tremblay" "Zoë Abbott" "Élise Bouchard" "Ahmed Haddad" |
		diff - "$T/names" || fail "members not by role, then surname"
}

# A cancelled meeting shows no video: its stream URL, the town's channel by
# default, shows no meeting. The index, the agenda page and the minutes of a
# cancelled meeting link none, and a meeting still to come keeps its link.
t_a_cancelled_meeting_links_no_video() {
	site_setup
	ok config stream.url "https://video.example/council"
	ok meeting new --title "Special Meeting" --at "2026-12-15 19:00"
	local special
	special=$(last_line)
	ok agenda publish "$special"
	ok meeting edit "$NEXT" --stream-url "https://video.example/council"
	ok publish
	grep -qF "<a href=\"https://video.example/council\">Watch the meeting</a>" \
		"site/meetings/$NEXT/agenda.html" || fail "no video before the cancellation"
	ok meeting edit "$NEXT" --cancel
	ok publish
	! grep -qF 'video.example' "site/meetings/$NEXT/agenda.html" ||
		fail "the cancelled meeting's agenda links a video"
	sed -n "/<p class=\"meeting\"><a href=\"meetings\/$NEXT\//,/^<\/li>\$/p" site/index.html >"$SCRATCH/row"
	grep -qF 'Cancelled' "$SCRATCH/row" || fail "the index row of the cancelled meeting: $(cat "$SCRATCH/row")"
	! grep -qF 'video.example' "$SCRATCH/row" || fail "the index links a video for the cancelled meeting"
	grep -qF "<a href=\"https://video.example/council\">Watch the meeting</a>" \
		"site/meetings/$special/agenda.html" || fail "the meeting to come lost its video"
	grep -qF '>Video</a>' site/index.html || fail "the index lost every video"
}

# A meeting adjourned for want of quorum was not held: the index says so
# beside it, as its minutes do, and keeps saying so when the next publish
# takes the meeting from the cache.
t_the_index_says_a_meeting_without_quorum_was_not_held() {
	site_setup
	export GAVEL_NOW=2026-12-08T19:30:00-05:00
	ok live "$NEXT" attend "Côté" --present --at 19:00
	ok live "$NEXT" adjourn --no-quorum --at 19:20
	ok publish
	sed -n "/<p class=\"meeting\"><a href=\"meetings\/$NEXT\//,/^<\/li>\$/p" site/index.html >"$SCRATCH/row"
	grep -qF '<strong>Not held: there was no quorum</strong>' "$SCRATCH/row" ||
		fail "the index row of the meeting not held: $(cat "$SCRATCH/row")"
	grep -qF 'minutes.html">Minutes (draft)' "$SCRATCH/row" || fail "its minutes are not linked"
	ok minutes "$NEXT" --public
	expect_out_contains "The meeting was not held: there was no quorum."
	# a meeting held says nothing of the kind
	[ "$(grep -c 'Not held' site/index.html)" = 1 ] || fail "another meeting is said not held"
	rm site/index.html
	ok publish
	grep -qF '<strong>Not held: there was no quorum</strong>' site/index.html ||
		fail "the index forgot it once the meeting came from the cache"
}
