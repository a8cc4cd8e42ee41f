# gavel publish after changes: a publish reuses what it kept of each
# meeting (site-cache/) and rewrites only what changed, and the site it
# leaves is byte for byte the one a publish from nothing makes.
# timeout: 240

# same_as_from_scratch: the site in ./site is the one a copy of this
# workspace without its cache publishes into an empty directory.
same_as_from_scratch() {
	rm -rf "$SCRATCH/copy" "$SCRATCH/fresh"
	cp -a . "$SCRATCH/copy"
	rm -rf "$SCRATCH/copy/site-cache" "$SCRATCH/copy/site"
	GAVEL_DIR="$SCRATCH/copy" ok publish --out "$SCRATCH/fresh"
	diff -r -x .gavel-site site "$SCRATCH/fresh" >"$SCRATCH/diff" ||
		{ head -40 "$SCRATCH/diff"; fail "incremental publish differs from a full one ($1)"; }
}

t_every_kind_of_change_publishes_as_a_full_publish_would() {
	mkdemo
	ok publish
	same_as_from_scratch "first publish"
	ok agenda edit 2026-11-10-council 9.1 --title "Roads report, revised"
	ok publish
	same_as_from_scratch "an item's title, not yet published"
	# (the minutes and the recording's chapters, made from the meeting as
	# held, name the item as it is now; the agenda package does not)
	! grep -qF 'item-9-1">9.1 Roads report, revised' site/meetings/2026-11-10-council/agenda.html ||
		fail "a working change reached the agenda package"
	ok agenda publish 2026-11-10-council
	ok publish
	same_as_from_scratch "a revision of the agenda"
	grep -qF 'Roads report, revised' site/search/d/*.js || fail "search documents not updated"
	grep -qF '"revised":' site/search/t/*.js || fail "search terms not updated"
	# a new name from today: the member's page has it, the minutes of a
	# meeting held before keep the name of that day (docs/people.md)
	ok member edit "David Okafor" --name "David Okafor-Reyes"
	ok publish
	same_as_from_scratch "a member's name"
	grep -qF '<h1>David Okafor-Reyes</h1>' site/members/*-david-okafor-reyes.html ||
		fail "member page not updated"
	grep -qF ', as David Okafor: November 15, 2022 to November 19, 2026</li>' site/members/*-david-okafor-reyes.html ||
		fail "the member's old name is not in their history"
	grep -qF 'Councillor David Okafor' site/meetings/2026-11-10-council/minutes.html ||
		fail "the minutes lost the name of the meeting's day"
	! grep -qF 'Okafor-Reyes' site/meetings/2026-11-10-council/minutes.html ||
		fail "the minutes of a meeting held before name the member as they are now"
	ok config municipality "Village of Kestrel Falls"
	ok publish
	same_as_from_scratch "the municipality"
	ok minutes 2026-11-10-council note 1 "The clerk read the prayer."
	ok publish
	same_as_from_scratch "a note"
	ok meeting edit 2026-12-08-council --location "Arena, Room B"
	ok publish
	same_as_from_scratch "a location"
	ok live 2026-12-08-council attend 'Côté,Gagné,Lévesque,Nguyễn' --present --at 19:00
	ok live 2026-12-08-council start --at 19:00
	ok publish
	same_as_from_scratch "a live event"
	ok meeting edit 2026-12-08-council --cancel
	ok publish
	same_as_from_scratch "a cancellation"
}

t_a_publish_with_nothing_changed_writes_nothing_and_loads_no_meeting() {
	mkdemo
	ok publish
	ok publish
	expect_out_contains " 0 files written,"
	# The agendas are not read again: a change the counters cannot see
	# (made behind the triggers' back) is not published...
	sql "DROP TRIGGER changes_items_UPDATE; DROP TRIGGER search_item_update"
	sql "UPDATE items SET title = 'Unseen change' WHERE id = (SELECT min(id) FROM items)"
	ok publish
	expect_out_contains " 0 files written,"
	! grep -rqF 'Unseen change' site || fail "an unchanged meeting was loaded again"
	# ...until the meeting's parts are gone from the cache.
	rm -rf site-cache
	ok publish
	grep -rqF 'Unseen change' site || fail "a publish without its cache did not load the meeting"
}

t_damaged_or_missing_parts_and_pages_are_made_again() {
	mkdemo
	ok publish
	cp -a site "$SCRATCH/good"
	for f in site-cache/*; do
		head -c 300 "$f" >"$f.cut" && mv "$f.cut" "$f"
		break
	done
	printf 'gavel-parts 1\nkey zzz\n' >"$(ls site-cache/* | tail -1)"
	rm site/meetings/2026-11-10-council/agenda.html site/data/votes.csv site/search/index.js \
		"$(ls site/search/t/*.js | head -1)" "$(ls site/search/d/*.js | tail -1)"
	ok publish
	diff -r -x .gavel-site site "$SCRATCH/good" || fail "the site was not made whole again"
}

t_a_meeting_no_longer_public_leaves_the_cache() {
	mkdemo
	ok publish
	id=$(sql "SELECT id FROM meetings WHERE slug = '2026-12-08-council'")
	[ -f "site-cache/$id" ] || fail "no parts kept for the meeting"
	sql "UPDATE meetings SET agenda_published_at = NULL WHERE id = $id"
	ok publish
	[ ! -e "site-cache/$id" ] || fail "parts of a meeting no longer public kept"
	[ ! -e site/meetings/2026-12-08-council ] || fail "its pages kept"
}

t_publishing_one_meeting_keeps_the_others_files_and_cache_right() {
	mkdemo
	ok publish
	# an upcoming meeting: October's minutes are approved, its agenda locked
	ok agenda edit 2026-12-08-council 9.1 --title "Changed but not published yet"
	ok agenda edit 2026-11-10-council 9.1 --title "Published alone"
	ok agenda publish 2026-12-08-council
	ok agenda publish 2026-11-10-council
	ok publish 2026-11-10-council
	grep -qF 'Published alone' site/meetings/2026-11-10-council/agenda.html || fail "not published"
	! grep -qF 'Changed but not' site/meetings/2026-12-08-council/agenda.html ||
		fail "a meeting not named was written"
	ok publish
	grep -qF 'Changed but not' site/meetings/2026-12-08-council/agenda.html ||
		fail "the next full publish missed the change"
	same_as_from_scratch "after publishing one meeting"
}

t_one_thread_and_many_publish_the_same_site() {
	mkdemo
	rm -rf site-cache
	GAVEL_PUBLISH_THREADS=1 ok publish --out "$SCRATCH/one"
	rm -rf site-cache
	GAVEL_PUBLISH_THREADS=4 ok publish --out "$SCRATCH/four"
	expect_out_contains " 0 unchanged, 0 removed"
	diff -r -x .gavel-site "$SCRATCH/one" "$SCRATCH/four" || fail "threads changed the site"
	cmp -s "$SCRATCH/one.gavel-site" "$SCRATCH/four.gavel-site" || fail "the manifests differ"
}
