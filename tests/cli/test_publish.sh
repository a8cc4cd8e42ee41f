# gavel agenda publish: the public agenda to record/, the full one to
# confidential/, and nothing confidential or redacted ever in record/.

AGENDA_PATH=meetings/2026/2026-12-01-council/agenda.md

# commits REPO: number of commits on main (0 before the first).
commits() {
	git -C "$1" rev-list --count main 2>/dev/null || echo 0
}

# expect_no_leak REPO WORD: WORD is nowhere in REPO: not in its working tree,
# not in any blob, commit or tag reachable or not.
expect_no_leak() {
	local repo=$1 word=$2
	! grep -rqF -- "$word" --exclude-dir=.git "$repo" || fail "'$word' in $repo working tree"
	! git -C "$repo" log -p --all | grep -qF -- "$word" || fail "'$word' in $repo history"
	! git -C "$repo" cat-file --batch-all-objects --batch | grep -qaF -- "$word" ||
		fail "'$word' in an object of $repo"
}

# An agenda with public items, a closed item with a sub-item, redactions and
# attachments; every secret carries the word CANARY.
secret_agenda() {
	new_meeting --template blank
	printf 'The roads report.\n\nPrepared by [redact]CANARY-REDACTED-NAME[/redact].\n' \
		>"$SCRATCH/roads.md"
	ok agenda add "$MEETING" "Call to Order"
	ok agenda add "$MEETING" "Roads" --body-file "$SCRATCH/roads.md" \
		--recommendation "That Council pay [redact]CANARY-REDACTED-REC[/redact]."
	printf '%%PDF-1.4 public roads map\n' >"$SCRATCH/roads map.pdf"
	ok agenda attach "$MEETING" 2 "$SCRATCH/roads map.pdf"
	echo "Offer on 12 Elm St: CANARY-CLOSED-BODY" >"$SCRATCH/land.md"
	ok agenda add "$MEETING" "Closed Session" --closed "239(2)(c)" \
		--body-file "$SCRATCH/land.md" --recommendation "CANARY-CLOSED-REC"
	echo "CANARY-CLOSED-ATTACHMENT appraisal" >"$SCRATCH/appraisal.txt"
	ok agenda attach "$MEETING" 3 "$SCRATCH/appraisal.txt"
	echo "CANARY-CLOSED-SUB-ITEM" >"$SCRATCH/sub.md"
	ok agenda add "$MEETING" "Negotiation" --under 3 --body-file "$SCRATCH/sub.md"
	echo "CANARY-SUB-ATTACHMENT" >"$SCRATCH/sub.txt"
	ok agenda attach "$MEETING" 3.1 "$SCRATCH/sub.txt"
	ok agenda add "$MEETING" "Adjournment"
}

t_publish_commits_the_public_agenda_to_record_and_the_full_one_to_confidential() {
	secret_agenda
	ok agenda publish "$MEETING"
	expect_out_contains "$MEETING"
	eq "$(commits record)" 1 "record commits"
	eq "$(commits confidential)" 1 "confidential commits"
	git -C record show "main:$AGENDA_PATH" >"$T/record.md"
	git -C confidential show "main:$AGENDA_PATH" >"$T/confidential.md"
	ok agenda show "$MEETING" --public --format md
	diff -u "$T/out" "$T/record.md" || fail "record/ agenda.md is not the public markdown"
	ok agenda show "$MEETING" --format md
	diff -u "$T/out" "$T/confidential.md" || fail "confidential/ agenda.md is not the full markdown"
	grep -qF CANARY-CLOSED-BODY "$T/confidential.md" || fail "confidential/ lacks the closed body"
	grep -qF "[redacted]" "$T/record.md" || fail "record/ lacks [redacted]"
}

t_publish_includes_public_attachments_only_in_record() {
	secret_agenda
	ok agenda publish "$MEETING"
	local dir=meetings/2026/2026-12-01-council/attachments
	git -C record ls-tree -r --name-only main >"$T/record.files"
	git -C confidential ls-tree -r --name-only main >"$T/confidential.files"
	grep -qxF "$dir/2-roads map.pdf" "$T/record.files" || fail "record/ lacks the roads map"
	eq "$(git -C record show "main:$dir/2-roads map.pdf")" "$(cat "$SCRATCH/roads map.pdf")" \
		"published attachment"
	! grep -q appraisal "$T/record.files" || fail "closed attachment in record/"
	! grep -q sub.txt "$T/record.files" || fail "closed sub-item attachment in record/"
	grep -qxF "$dir/3-appraisal.txt" "$T/confidential.files" ||
		fail "confidential/ lacks the closed attachment"
	grep -qxF "$dir/3.1-sub.txt" "$T/confidential.files" ||
		fail "confidential/ lacks the sub-item attachment"
}

t_nothing_secret_ever_reaches_record() {
	secret_agenda
	ok agenda publish "$MEETING"
	# Edit and republish so history has more than one version.
	echo "New offer: CANARY-SECOND-VERSION" >"$SCRATCH/land2.md"
	ok agenda edit "$MEETING" 3 --body-file "$SCRATCH/land2.md"
	ok agenda edit "$MEETING" 2 --title "Roads and [redact]CANARY-TITLE[/redact]"
	ok agenda publish "$MEETING"
	expect_no_leak record CANARY
	# The clerk's copy has all of it.
	git -C confidential log -p --all >"$T/confidential.log"
	for w in CANARY-CLOSED-BODY CANARY-SECOND-VERSION CANARY-REDACTED-NAME CANARY-CLOSED-SUB-ITEM; do
		grep -qF "$w" "$T/confidential.log" || fail "confidential/ lacks $w"
	done
}

t_published_repositories_pass_git_fsck_strict() {
	secret_agenda
	ok agenda publish "$MEETING"
	ok agenda edit "$MEETING" 2 --title "Roads and Bridges"
	ok agenda publish "$MEETING"
	git -C record fsck --strict --no-dangling || fail "git fsck --strict failed on record/"
	git -C confidential fsck --strict --no-dangling ||
		fail "git fsck --strict failed on confidential/"
	eq "$(git -C record symbolic-ref HEAD)" refs/heads/main "record HEAD"
	git -C record diff --quiet HEAD || fail "record/ working tree differs from its HEAD"
}

t_publish_author_is_the_clerk() {
	new_meeting
	ok config clerk.name "Geneviève Côté"
	ok config clerk.email "clerk@testville.ca"
	ok agenda publish "$MEETING"
	eq "$(git -C record log -1 --format='%an <%ae>')" "Geneviève Côté <clerk@testville.ca>" author
	eq "$(git -C record log -1 --format='%cn <%ce>')" "Geneviève Côté <clerk@testville.ca>" committer
	eq "$(git -C confidential log -1 --format='%an <%ae>')" "Geneviève Côté <clerk@testville.ca>" \
		"confidential author"
	# The commit time is the (frozen) clock, in the workspace's zone.
	eq "$(git -C record log -1 --format=%aI)" 2026-11-20T10:00:00-05:00 "author date"
	git -C record log -1 --format=%B | grep -qF "$MEETING" || fail "message does not name the meeting"
}

t_republishing_an_unchanged_agenda_makes_no_commit() {
	new_meeting
	ok agenda publish "$MEETING"
	ok agenda publish "$MEETING"
	expect_out_contains "already published"
	eq "$(commits record)" 1 "record commits"
	eq "$(commits confidential)" 1 "confidential commits"
}

t_publishing_after_an_edit_makes_one_commit() {
	new_meeting
	ok agenda publish "$MEETING"
	ok agenda add "$MEETING" "Delegation: Friends of the Park" --after 6
	ok agenda publish "$MEETING"
	eq "$(commits record)" 2 "record commits"
	eq "$(commits confidential)" 2 "confidential commits"
	git -C record show main:$AGENDA_PATH | grep -qF "## 7 Delegation: Friends of the Park" ||
		fail "the new item is not in the published agenda"
	git -C record diff --stat main~1 main | grep -qF agenda.md || fail "no change to agenda.md"
}

t_a_change_to_a_closed_item_commits_only_to_confidential() {
	secret_agenda
	ok agenda publish "$MEETING"
	echo "CANARY-NEW-CLOSED-TEXT" >"$SCRATCH/land2.md"
	ok agenda edit "$MEETING" 3 --body-file "$SCRATCH/land2.md"
	ok agenda publish "$MEETING"
	eq "$(commits record)" 1 "record commits"
	eq "$(commits confidential)" 2 "confidential commits"
	expect_no_leak record CANARY-NEW-CLOSED-TEXT
}

t_publish_marks_the_meeting_published() {
	new_meeting
	ok meeting show "$MEETING" --json
	json '.agenda_published == false'
	ok agenda publish "$MEETING"
	ok meeting show "$MEETING" --json
	json '.agenda_published == true'
	ok meeting list
	expect_out_contains "agenda published"
}

t_publish_by_numeric_id_names_the_meeting_by_its_slug() {
	new_meeting
	local id
	id=$(sql "SELECT id FROM meetings")
	ok agenda publish "$id"
	expect_out_contains "$MEETING"
	git -C record show "main:$AGENDA_PATH" >/dev/null || fail "not published under its slug"
}

t_publish_two_meetings_keeps_both() {
	new_meeting
	ok meeting new --title "January" --at "2027-01-12 19:00" --template blank
	ok agenda add 2027-01-12-council "Call to Order"
	ok agenda publish "$MEETING"
	ok agenda publish 2027-01-12-council
	git -C record ls-tree -r --name-only main >"$T/files"
	grep -qxF "$AGENDA_PATH" "$T/files" || fail "first meeting lost"
	grep -qxF meetings/2027/2027-01-12-council/agenda.md "$T/files" || fail "second meeting missing"
}

t_publish_of_an_unknown_meeting_is_refused() {
	refused_unchanged agenda publish 2026-12-09-council
	eq "$(commits record)" 0 "record commits"
}

# record/ holds the agenda package as it is now: an attachment of an item that
# moved, was removed or went into closed session is no longer in it.
t_republish_drops_attachments_that_are_no_longer_on_the_agenda() {
	new_meeting --template blank
	ok agenda add "$MEETING" "Call to Order"
	ok agenda add "$MEETING" "Roads"
	ok agenda add "$MEETING" "Parks"
	echo "roads map" >"$SCRATCH/map.txt"
	echo "parks plan" >"$SCRATCH/plan.txt"
	ok agenda attach "$MEETING" 2 "$SCRATCH/map.txt"
	ok agenda attach "$MEETING" 3 "$SCRATCH/plan.txt"
	ok agenda publish "$MEETING"
	ok agenda add "$MEETING" "Delegation" --after 1
	ok agenda rm "$MEETING" 4
	ok agenda publish "$MEETING"
	local dir=meetings/2026/2026-12-01-council/attachments
	git -C record ls-tree -r --name-only main -- "$dir" >"$T/files"
	eq "$(cat "$T/files")" "$dir/3-map.txt" "attachments in record/"
	(cd record && find meetings -type f -path '*/attachments/*' | sort) >"$T/worktree"
	eq "$(cat "$T/worktree")" "$dir/3-map.txt" "attachments in the record/ work tree"
	eq "$(git -C record status --porcelain)" "" "git status of record/"
	ok agenda edit "$MEETING" 3 --closed "239(2)(c)" --force
	ok agenda publish "$MEETING"
	eq "$(git -C record ls-tree -r --name-only main -- "$dir")" "" "attachments in record/ after closing"
	eq "$(git -C confidential ls-tree -r --name-only main -- "$dir")" "$dir/3-map.txt" \
		"attachments in confidential/"
	git -C record fsck --strict --no-dangling || fail "record/ is broken"
}
