# A generated archive (bench/gen-archive, a year of Council and two
# committees, and the councils elected every four years since 2006) through
# publish, search, check and git fsck, and the same seed making the same
# archive. Generating takes most of the time (about 15 s
# of processor time for a year); on a loaded machine it needs more than
# the default limit:
# timeout: 400

ARCHIVE_YEARS=1
GEN=${GAVEL_ROOT:-.}/build/bench/gen-archive

# mkarchive: a copy of the test run's 1-year archive (seed 7) in
# $SCRATCH/archive, and work there. The first test that needs it generates it
# under a lock (tests run in parallel); the others copy it.
mkarchive() {
	local cache=${TEMPLATE%/*}/archive
	[ -x "$GEN" ] || fail "no $GEN (make build/bench/gen-archive)"
	(
		flock 9
		[ -f "$cache/built" ] && exit 0
		rm -rf "$cache"
		mkdir -p "$cache"
		"$GEN" --years "$ARCHIVE_YEARS" --seed 7 --out "$cache/ws" 2>"$cache/log" ||
			{ cat "$cache/log" >&2; fail "gen-archive failed"; }
		touch "$cache/built"
	) 9>"$cache.lock" || return 1
	cp -a "$cache/ws" "$SCRATCH/archive"
	cd "$SCRATCH/archive"
	# publishing and search results depend on the day; fix it after the archive
	export GAVEL_NOW=2026-01-05T17:00:00Z
}

t_archive_has_the_size_and_history_asked_for() {
	mkarchive
	ok meeting list --json
	# about fifty meetings a year, and the first of the year after scheduled
	json 'length >= 48 and length <= 56'
	json '[.[] | select(.slug | endswith("-council"))] | length >= 20'
	json '[.[] | select(.slug | endswith("-planning-committee"))] | length >= 15'
	json '[.[] | select(.slug | endswith("-finance-and-audit-committee"))] | length >= 12'
	items=$(sql "SELECT count(*) FROM items")
	[ "$items" -ge $((50 * 30)) ] || fail "only $items items"
	for kind in declare closed rise recess arrive withdraw; do
		[ "$(sql "SELECT count(*) FROM events WHERE kind = '$kind'")" -gt 0 ] ||
			fail "no '$kind' event in a year"
	done
	[ "$(sql "SELECT count(*) FROM events WHERE kind = 'move' AND amends IS NOT NULL")" -gt 0 ] ||
		fail "no amendment"
	[ "$(sql "SELECT count(*) FROM events WHERE kind = 'vote' AND recorded = 1")" -gt 10 ] ||
		fail "too few recorded votes"
	# every meeting held but the last of each body was approved at the next
	approved=$(git -C record tag -l 'approved/*' | wc -l)
	held=$(sql "SELECT count(DISTINCT meeting_id) FROM events WHERE kind = 'adjourn'")
	eq "$approved" "$((held - 3))" "approved minutes"
	[ "$(sql "SELECT count(*) FROM minutes_notes")" -gt 20 ] || fail "too few clerk's notes"
}

t_archive_passes_check_and_git_fsck() {
	mkarchive
	ok check
	expect_out_lacks FAIL
	git -C record fsck --strict --no-progress 2>&1 || fail "git fsck record/"
	git -C confidential fsck --strict --no-progress 2>&1 || fail "git fsck confidential/"
	# the public record never holds closed-session or redacted text
	! git -C record grep -qi -e whitcombe -e quillfeather main -- ||
		fail "confidential text in record/"
	git -C confidential grep -qi whitcombe main -- || fail "no closed-session text in confidential/"
}

t_archive_search_finds_what_people_look_up() {
	mkarchive
	# accents folded: "cote" finds the Mayor and Côté Road
	ok search cote --json
	json '.results | length > 0'
	json '[.results[].snippet] | any(contains("[Côté]"))'
	# a phrase, within one committee
	ok search '"water and wastewater rates"' --body 'Finance and Audit Committee' --json
	json '.results | length > 0 and all(.meeting | endswith("-finance-and-audit-committee"))'
	# a year
	ok search tender --year 2025 --json
	json '.results | length > 0 and all(.date | startswith("2025-"))'
	# a prefix
	ok search 'procur*' --json
	json '.results | length > 0'
	# motions moved by a member
	ok search adopted --member 'Ó Briain' --json
	json '.results | length > 0 and all(.kind == "motion")'
	# closed-session and redacted text: found by the clerk, never in public
	ok search whitcombe --json
	json '.results | length > 0'
	ok search whitcombe --public --json
	json '.results | length == 0'
	ok search quillfeather --json
	json '.results | length > 0'
	ok search quillfeather --public --json
	json '.results | length == 0'
}

t_archive_publishes_every_public_meeting_the_same_for_the_same_seed() {
	# made here while the other tests make theirs: same seed, same bytes
	"$GEN" --years "$ARCHIVE_YEARS" --seed 7 --out "$SCRATCH/again" 2>"$T/gen.log" ||
		{ cat "$T/gen.log" >&2; fail "gen-archive failed"; }
	mkarchive
	db_dump gavel.db >"$T/a.sql"
	db_dump "$SCRATCH/again/gavel.db" >"$T/b.sql"
	cmp -s "$T/a.sql" "$T/b.sql" || fail "the databases differ"
	for repo in record confidential; do
		eq "$(git -C "$SCRATCH/again/$repo" rev-parse main)" "$(git -C $repo rev-parse main)" "$repo"
		eq "$(git -C "$SCRATCH/again/$repo" tag -l | sort | md5sum)" \
			"$(git -C $repo tag -l | sort | md5sum)" "$repo tags"
	done
	# every public meeting published, nothing confidential: checked on the
	# first of the two sites (a full publish typesets about a hundred PDFs;
	# a test of its own would make a third)
	ok publish --out "$SCRATCH/site-a"
	public=$(sql "SELECT count(*) FROM meetings WHERE agenda_published_at IS NOT NULL")
	pages=$(find "$SCRATCH/site-a/meetings" -name agenda.html | wc -l)
	eq "$pages" "$public" "agenda pages"
	[ -f "$SCRATCH/site-a/index.html" ] && [ -f "$SCRATCH/site-a/calendar.ics" ] &&
		[ -f "$SCRATCH/site-a/data/popolo.json" ] || fail "site files missing"
	jq -e '.vote_events | length > 100' "$SCRATCH/site-a/data/popolo.json" >/dev/null ||
		fail "popolo votes"
	! grep -rqi -e whitcombe -e quillfeather "$SCRATCH/site-a" || fail "confidential text on the site"
	# the same seed, the same site
	ok -C "$SCRATCH/again" publish --out "$SCRATCH/site-b"
	diff -r "$SCRATCH/site-a" "$SCRATCH/site-b" >/dev/null || fail "the sites differ"
	# a second publish finds nothing to write
	ok publish --out "$SCRATCH/site-a"
	expect_out_contains "0 files written"
}

# council DATE: the voting members of Council on DATE, "role name" a line.
council() {
	ok member list --on "$1" --body Council --json
	jget '.[] | select(.role != "clerk" and .role != "staff") | "\(.role) \(.name)"'
}

t_archive_has_a_new_council_every_four_years() {
	mkarchive
	# five elections, each a council that took office on November 15
	eq "$(sql "SELECT group_concat(d, ' ') FROM (SELECT DISTINCT from_date d FROM terms
		WHERE from_date IS NOT NULL ORDER BY d)")" \
		"2006-11-15 2010-11-15 2014-11-15 2018-11-15 2022-11-15" "the first days of the terms"
	local y before after
	for y in 2006 2010 2014 2018 2022; do
		council $y-11-14 >"$T/before"
		council $y-11-15 >"$T/after"
		for f in before after; do
			eq "$(wc -l <"$T/$f")" 7 "Council on the $f side of $y-11-15"
			eq "$(grep -c '^mayor ' "$T/$f")" 1 "mayors $f $y-11-15"
			eq "$(grep -c '^deputy-mayor ' "$T/$f")" 1 "deputy mayors $f $y-11-15"
		done
		# the deputy mayor changes: a councillor of the old council
		before=$(sed -n 's/^deputy-mayor //p' "$T/before")
		after=$(sed -n 's/^deputy-mayor //p' "$T/after")
		[ "$before" != "$after" ] || fail "$after deputy mayor before and after $y"
		grep -qxF "councillor $after" "$T/before" || fail "$after was not a councillor before $y"
		# someone left, someone joined
		sed 's/^[a-z-]* //' "$T/before" | sort >"$T/b"
		sed 's/^[a-z-]* //' "$T/after" | sort >"$T/a"
		[ -n "$(comm -23 "$T/b" "$T/a")" ] || fail "nobody left in $y"
		[ -n "$(comm -13 "$T/b" "$T/a")" ] || fail "nobody joined in $y"
	done
	# six councils in twenty years, each different; the Mayor throughout
	for y in 2005 2008 2012 2016 2020 2024; do
		council $y-06-01 | sort | md5sum
	done | sort -u | wc -l | { read -r n; eq "$n" 6 "different councils"; }
	ok member list --all --json
	eq "$(jget '[.[] | select(.role != "clerk" and .role != "staff")] | length')" 16 \
		"members of Council ever"
	json '[.[] | select(.role == "mayor") | .name] == ["Hélène Côté"]'
	# the meetings of 2025 have the council of 2022 on their roster
	ok live 2025-03-11-council status --json
	json '[.attendance[].member] - ["Hélène Côté", "Marc-André Bélanger", "Priya Raman",
		"Siobhán Ó Briain", "Daniel Kowalczyk", "Zoë Lindqvist", "Émile Gauthier"] == []'
	json '.quorum.needed == 4'
	# committees are made again with each council
	ok member list --on 2016-06-01 --body 'Finance and Audit Committee' --json
	json '[.[] | select(.role == "deputy-mayor") | .name] == ["Jean-Guy Tremblay"]'
}
