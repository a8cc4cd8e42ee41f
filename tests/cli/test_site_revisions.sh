# The site shows the agenda the clerk published, never the working copy;
# `agenda publish` after a change makes a revision, which the site, record/
# and the feed announce with what changed (docs/formats.md, "Agenda
# revisions").

export GAVEL_NOW=2026-11-20T15:00:00Z

# A published agenda: a report with an attachment, a second report, a
# closed item. The agenda of a blank meeting is numbered 1, 2, 3, ...
revision_setup() {
	new_meeting --template blank --location "Council Chambers"
	ok agenda add "$MEETING" "Call to Order"
	printf 'The first roads report.\n' >"$SCRATCH/roads.md"
	ok agenda add "$MEETING" "Roads" --body-file "$SCRATCH/roads.md"
	printf 'ward,km\n1,12\n' >"$SCRATCH/paving.csv"
	ok agenda attach "$MEETING" 2 "$SCRATCH/paving.csv"
	ok agenda add "$MEETING" "Parks"
	ok agenda add "$MEETING" "Library hours"
	ok agenda add "$MEETING" "Land" --closed "239(2)(c)" --public-title "Property matter"
	ok agenda add "$MEETING" "Adjournment"
	ok agenda publish "$MEETING"
}

PAGE=site/meetings/2026-12-01-council/agenda.html

t_working_changes_stay_off_the_site_until_published() {
	revision_setup
	ok meeting list
	expect_out_contains "[agenda published]"
	ok agenda add "$MEETING" "Late item WORKING-CANARY" --after 2
	printf 'ward,km\n1,99\n' >"$SCRATCH/paving.csv"
	ok agenda detach "$MEETING" 2 paving.csv
	ok agenda attach "$MEETING" 2 "$SCRATCH/paving.csv"
	ok publish
	! grep -rqF "WORKING-CANARY" site || fail "a working change reached the site"
	grep -qF "1,12" site/meetings/$MEETING/files/2-paving.csv || fail "the site serves the working attachment"
	ok meeting list
	expect_out_contains "[agenda changed since published]"
	ok meeting show "$MEETING"
	expect_out_contains "published 2026-11-20 10:00 (revision 1), changed since published"
	ok meeting show "$MEETING" --json
	json '.agenda_changed_since_published == true and .agenda_revision == 1'
	ok agenda publish "$MEETING"
	expect_out_contains "Published revision 2 of the agenda of $MEETING to record/:"
	ok meeting list
	expect_out_contains "[agenda published]"
	expect_out_lacks "changed since"
	ok publish
	grep -qF "WORKING-CANARY" "$PAGE" || fail "the revision is not on the site"
	grep -qF "1,99" site/meetings/$MEETING/files/2-paving.csv || fail "the replaced attachment is not served"
	grep -qF "1,12" site/meetings/$MEETING/revision-1/files/2-paving.csv ||
		fail "revision 1 lost its attachment"
}

t_a_revision_lists_each_kind_of_change() {
	revision_setup
	ok agenda add "$MEETING" "Late item" --after 4
	ok agenda rm "$MEETING" 3
	ok agenda move "$MEETING" 1 --after 2
	ok agenda edit "$MEETING" 3 --title "Library opening hours"
	printf 'The revised roads report.\n' >"$SCRATCH/roads.md"
	ok agenda edit "$MEETING" 1 --body-file "$SCRATCH/roads.md"
	printf 'ward,km\n1,13\n' >"$SCRATCH/paving.csv"
	ok agenda detach "$MEETING" 1 paving.csv
	ok agenda attach "$MEETING" 1 "$SCRATCH/paving.csv"
	GAVEL_NOW=2026-11-23T14:30:00Z ok agenda publish "$MEETING"
	# Roads stays put (it is 1 because Call to Order moved after it), Late
	# item is added after Library hours: neither reads as moved.
	cat >"$SCRATCH/expected" <<'EOF'
Published revision 2 of the agenda of 2026-12-01-council to record/:
  Replaced the report of 1 Roads
  Replaced paving.csv of 1 Roads
  Moved 2 Call to Order (was 1)
  Renamed 3 Library opening hours (was “Library hours”)
  Added 4 Late item
  Removed 3 Parks
EOF
	diff "$SCRATCH/expected" "$T/out" || fail "the changes are not what the clerk did"
	ok publish
	grep -qF 'Revised agenda (revision 2, published <time datetime="2026-11-23T14:30:00Z">November 23, 2026, 9:30 a.m.</time>)' "$PAGE" ||
		fail "no revision heading"
	for line in "Added 4 Late item" "Removed 3 Parks" "Moved 2 Call to Order (was 1)" \
		"Replaced the report of 1 Roads" "Replaced paving.csv of 1 Roads" \
		"Renamed 3 Library opening hours (was “Library hours”)"; do
		grep -qF "<li>$line</li>" "$PAGE" || fail "'$line' not on the page"
	done
	grep -qF '<a href="revision-1/agenda.html">Revision 1, published' "$PAGE" ||
		fail "no link to revision 1"
	grep -qF "Parks" site/meetings/$MEETING/revision-1/agenda.html || fail "revision 1 is not as published"
	grep -qF "The first roads report." site/meetings/$MEETING/revision-1/agenda.html ||
		fail "revision 1 lost its report"
	grep -qF '<a href="../agenda.html">Read the current agenda (revision 2)</a>' \
		site/meetings/$MEETING/revision-1/agenda.html || fail "revision 1 does not lead to the current one"
	grep -qF "Parks" site/meetings/$MEETING/revision-1/agenda.md || fail "no markdown of revision 1"
	# record/ has each revision as a commit that says what changed
	[ "$(git -C record log --format=%s -- "meetings/2026/$MEETING/agenda.md" | wc -l)" = 2 ] ||
		fail "record/ does not have one commit per revision"
	git -C record log -1 --format=%B | grep -qxF -- "- Added 4 Late item" ||
		fail "the record's commit does not say what changed"
}

t_renumbering_alone_is_not_a_move() {
	revision_setup
	ok agenda add "$MEETING" "O Canada"
	ok agenda move "$MEETING" 7 --first
	ok agenda publish "$MEETING"
	expect_out_contains "Added 1 O Canada"
	expect_out_lacks "Moved"
}

t_the_feed_announces_each_revision() {
	revision_setup
	ok agenda add "$MEETING" "Late item"
	GAVEL_NOW=2026-11-23T14:30:00Z ok agenda publish "$MEETING"
	ok publish
	xmllint --noout site/feed.xml
	grep -qF ":agenda/$MEETING</id>" site/feed.xml || fail "the first publish lost its entry"
	grep -qF ":agenda/$MEETING/revision-2</id>" site/feed.xml || fail "no entry for revision 2"
	grep -qF "<title>Revised agenda (revision 2): Council, Regular Meeting, December 1, 2026</title>" \
		site/feed.xml || fail "the revision's entry has no title"
	grep -qF "<updated>2026-11-23T14:30:00Z</updated>" site/feed.xml || fail "the revision is not dated"
}

t_a_change_only_the_workspace_sees_makes_no_revision() {
	revision_setup
	ok agenda edit "$MEETING" 5 --title "Offer on 12 Mill Street"
	ok meeting list
	expect_out_contains "[agenda changed since published]"
	ok agenda publish "$MEETING"
	expect_out_contains "already published as it is (revision 1)"
	ok meeting list
	expect_out_contains "[agenda published]"
	[ "$(git -C record rev-list --count main)" = 1 ] || fail "record/ got a commit"
	git -C confidential log -1 -p | grep -qF "Offer on 12 Mill Street" ||
		fail "confidential/ does not have the change"
}

t_an_item_closed_after_publishing_leaves_the_site_at_once() {
	revision_setup
	ok agenda add "$MEETING" "Staffing CLOSED-LATER" --after 4
	ok agenda publish "$MEETING"
	ok agenda edit "$MEETING" 5 --closed "239(2)(d)" --force
	ok publish
	! grep -rqF "CLOSED-LATER" site || fail "an item closed since its revision is still public"
	! pdftotext "${PAGE%agenda.html}agenda-package.pdf" - | grep -qF "CLOSED-LATER" ||
		fail "an item closed since its revision is still in the agenda package"
	grep -qF "Closed session: labour relations or employee negotiations, s.239(2)(d)" "$PAGE" ||
		fail "the closed item does not read as closed"
}

t_a_passage_redacted_after_publishing_leaves_the_site_at_once() {
	revision_setup
	printf 'The contractor SECRET-BIDDER bid low.\n' >"$SCRATCH/parks.md"
	ok agenda edit "$MEETING" 3 --body-file "$SCRATCH/parks.md" --recommendation "Award the contract."
	ok agenda publish "$MEETING"
	ok publish
	grep -qF "SECRET-BIDDER" "$PAGE" || fail "the published report is not on the site"
	pdftotext "${PAGE%agenda.html}agenda-package.pdf" - | grep -qF "SECRET-BIDDER" ||
		fail "the published report is not in the site's agenda package"
	printf 'The contractor [redact]SECRET-BIDDER[/redact] bid low.\n' >"$SCRATCH/parks.md"
	ok agenda edit "$MEETING" 3 --body-file "$SCRATCH/parks.md"
	ok publish
	! grep -rqF "SECRET-BIDDER" site || fail "a passage redacted since its revision is still public"
	# the package's text too (its bytes are compressed)
	! pdftotext "${PAGE%agenda.html}agenda-package.pdf" - | grep -qF "SECRET-BIDDER" ||
		fail "a passage redacted since its revision is still in the agenda package"
	grep -qF "The contractor [redacted] bid low." "$PAGE" || fail "the report lost more than the passage"
	ok agenda publish "$MEETING"
	! git -C record show "main:meetings/2026/$MEETING/agenda.md" | grep -qF "SECRET-BIDDER" ||
		fail "the record's current agenda still has the passage"
}

t_check_repair_writes_the_published_revision() {
	revision_setup
	ok agenda add "$MEETING" "Not published yet"
	rm -rf record
	ok check --repair
	! git -C record show "main:meetings/2026/$MEETING/agenda.md" | grep -qF "Not published yet" ||
		fail "repair published the working agenda"
	git -C record show "main:meetings/2026/$MEETING/agenda.md" | grep -qF "Library hours" ||
		fail "repair lost the published agenda"
}

# A publish that stopped after record/'s commit and before the revision was
# saved (the database as it was before, record/ ahead): publishing again
# saves the revision record/ already has, with its list of changes.
t_a_publish_stopped_before_saving_its_revision_is_finished_by_the_next() {
	revision_setup
	ok agenda add "$MEETING" "Late item"
	sqlite3 gavel.db ".backup '$SCRATCH/before.db'"
	ok agenda publish "$MEETING"
	sqlite3 gavel.db ".restore '$SCRATCH/before.db'"
	[ "$(git -C record rev-list --count main)" = 2 ] || fail "record/ lacks the revision's commit"
	ok agenda publish "$MEETING"
	expect_out_contains "Published revision 2 of the agenda of $MEETING"
	expect_out_contains "Added 7 Late item"
	ok meeting show "$MEETING" --json
	json '.agenda_changed_since_published == false and .agenda_revision == 2'
	ok publish
	grep -qF "Late item" "$PAGE" || fail "the site does not show the revision"
}
