# gavel minutes save / approve, history, diff and push: every version of the
# minutes in record/ (public) and confidential/ (complete), approval tags and
# the lock, and nothing confidential ever in record/ or a remote.

here_record=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=minutes_meeting.sh
source "$here_record/minutes_meeting.sh"
export GAVEL_NOW=2026-12-09T15:00:00Z
M=$MINUTES_MEETING
M2=$MINUTES_APPROVER
MINUTES_PATH=meetings/2026/$M/minutes.md

commits() {
	git -C "$1" rev-list --count main 2>/dev/null || echo 0
}

fsck_both() {
	git -C record fsck --strict >/dev/null 2>&1 || fail "git fsck --strict fails on record/"
	git -C confidential fsck --strict >/dev/null 2>&1 || fail "git fsck --strict fails on confidential/"
}

# no_canary REPO: no object of REPO (reachable or not) holds the word CANARY.
no_canary() {
	git -C "$1" cat-file --batch-all-objects --batch >"$SCRATCH/objects"
	[ -s "$SCRATCH/objects" ] || fail "$1 has no objects"
	! grep -qaF CANARY "$SCRATCH/objects" || fail "CANARY in an object of $1"
	! grep -qaF "salary of J. Smith" "$SCRATCH/objects" || fail "redacted text in $1"
}

t_save_commits_public_minutes_to_record_and_complete_ones_to_confidential() {
	minutes_short_meeting
	# adjournment saved the minutes; the note added since needs a save
	eq "$(commits record)" 1 "record commits after adjournment"
	eq "$(git -C record log -1 --format=%s)" "Minutes of $M: draft, as adjourned" "message"
	ok minutes $M save
	eq "$(commits record)" 2 "record commits"
	eq "$(commits confidential)" 2 "confidential commits"
	git -C record show "main:$MINUTES_PATH" >"$SCRATCH/record.md"
	git -C confidential show "main:$MINUTES_PATH" >"$SCRATCH/confidential.md"
	ok minutes $M --public
	diff -u "$T/out" "$SCRATCH/record.md" || fail "record/ minutes.md is not the public minutes"
	ok minutes $M
	diff -u "$T/out" "$SCRATCH/confidential.md" || fail "confidential/ minutes.md is not the full minutes"
	eq "$(git -C record log -1 --format='%an <%ae>|%s')" \
		"Clerk <clerk@localhost>|Minutes of $M: note on 9.1" "commit"
	ok config clerk.name "Jane Doe"
	ok config clerk.email "clerk@testville.example"
	ok minutes $M note 9.2 "Many delegations spoke."
	ok minutes $M save
	eq "$(git -C record log -1 --format='%an <%ae>|%s')" \
		"Jane Doe <clerk@testville.example>|Minutes of $M: note on 9.2" "commit"
	fsck_both
}

t_saving_unchanged_minutes_makes_no_commit() {
	minutes_short_meeting
	ok minutes $M save
	expect_out_contains "Saved the minutes of $M to record/ and confidential/."
	ok minutes $M save
	expect_out_contains "The minutes of $M are unchanged: no new version."
	eq "$(commits record)" 2 "record commits"
	eq "$(commits confidential)" 2 "confidential commits"
	# a note on a closed item changes only the confidential minutes, and
	# the clerk is told it was saved there
	ok minutes $M note 13.1 "CANARY-SECOND-NOTE"
	ok minutes $M save
	expect_out_contains "Saved the complete minutes of $M to confidential/; the public minutes are unchanged."
	expect_out_lacks "no new version"
	eq "$(commits record)" 2 "record commits"
	eq "$(commits confidential)" 3 "confidential commits"
	eq "$(git -C confidential log -1 --format=%s)" "Minutes of $M: note on 13.1" "message"
	ok minutes $M save --message "Corrected the spelling of a name"
	eq "$(commits record)" 2 "record commits after an empty save with a message"
}

t_a_canary_spoken_in_closed_session_never_reaches_record() {
	minutes_short_meeting
	approving_meeting
	ok agenda publish $M
	ok minutes $M save
	ok minutes $M note 13.1 "CANARY-LATER-NOTE about [redact]CANARY-REDACTED[/redact]"
	ok minutes $M note 9.2 "A public note with [redact]CANARY-PUBLIC-REDACTION[/redact]."
	# the message is a text of the public record too: redacted there
	ok minutes $M save --message "Noted the offer of [redact]CANARY-IN-MESSAGE[/redact]"
	eq "$(git -C record log -1 --format=%s)" "Minutes of $M: Noted the offer of [redacted]" \
		"record/ message"
	ok minutes $M approve --at-meeting $M2 --motion 1
	no_canary record
	ok history $M
	expect_out_contains "Noted the offer of [redacted]"
	git -C confidential log --format=%s | grep -qF "[redact]CANARY-IN-MESSAGE[/redact]" ||
		fail "confidential/ lacks the whole message"
	git -C confidential cat-file --batch-all-objects --batch >"$SCRATCH/secret"
	grep -qaF CANARY-PURPLE-OTTER "$SCRATCH/secret" || fail "confidential/ lacks the closed motion"
	grep -qaF CANARY-LATER-NOTE "$SCRATCH/secret" || fail "confidential/ lacks the closed note"
	grep -qaF "without note or comment" "$SCRATCH/secret" || fail "confidential/ lacks s.239(7) wording"
	! grep -rqF CANARY --exclude-dir=.git record || fail "CANARY in the record/ work tree"
	fsck_both
}

t_history_shows_versions_and_the_approval_tag_and_diff_shows_the_note() {
	minutes_short_meeting
	approving_meeting
	ok minutes $M save
	ok minutes $M note 9.2 "Three delegations spoke in favour of free fares."
	ok minutes $M save
	ok minutes $M approve --at-meeting $M2 --motion 1
	expect_last_line "approved/$M"
	ok history $M
	# adjourned, note on 9.1 (saved), note on 9.2, approved
	eq "$(grep -c "Minutes of $M" "$T/out")" 4 "versions in history"
	expect_out_contains "(tag: approved/$M)" "note on 9.2" "approved at $M2 (resolution 2027-1)" "draft"
	ok history $M --json
	json '.meeting == "'$M'"'
	json '.versions | length == 4'
	json '.versions[0].tags == ["approved/'$M'"]'
	json '.versions[0].message == "Minutes of '$M': approved at '$M2' (resolution 2027-1)"'
	json '.versions[1].message == "Minutes of '$M': note on 9.2" and .versions[1].files == ["minutes.md"]'
	json '.versions[3].author == "Clerk" and (.versions[3].commit | length == 40)'
	local v1 v2
	v1=$(jget '.versions[2].commit')
	v2=$(jget '.versions[1].commit')
	ok diff $M "$v1" "$v2"
	expect_out_contains "+Three delegations spoke in favour of free fares." \
		"--- a/$MINUTES_PATH" "+++ b/$MINUTES_PATH"
	expect_out_lacks "Approved at the"
	ok diff $M
	expect_out_contains "-*Draft: these minutes have not been approved.*" \
		"+*Approved at the Regular Meeting of Council of January 12, 2027 (Resolution 2027-1).*"
	expect_out_lacks "Three delegations"
	ok diff $M "approved/$M"
	expect_no_output
	eq "$(git -C record cat-file -t "approved/$M")" tag "tag type"
	git -C record cat-file -p "approved/$M" >"$SCRATCH/tag"
	grep -qF "tagger Clerk <clerk@localhost>" "$SCRATCH/tag" || fail "tagger is not the clerk"
	grep -qF "approved at $M2 by resolution 2027-1" "$SCRATCH/tag" || fail "tag message lacks M2 and the resolution"
	eq "$(git -C record rev-parse "approved/$M^{commit}")" "$(git -C record rev-parse main)" "tagged commit"
	fsck_both
}

t_approved_minutes_refuse_notes_saves_and_a_second_approval() {
	minutes_short_meeting
	approving_meeting
	ok minutes $M approve --at-meeting $M2 --motion 1
	local before
	before=$(git -C record rev-parse main)
	refused_unchanged minutes $M note 9.2 "Too late."
	expect_err_contains "minutes of $M were approved at $M2 (resolution 2027-1)"
	refused_unchanged minutes $M save
	expect_err_contains "minutes of $M were approved at $M2 (resolution 2027-1)"
	refused_unchanged minutes $M approve --at-meeting $M2 --motion 1
	refused_unchanged minutes $M approve --force
	eq "$(git -C record rev-parse main)" "$before" "record/ main after refusals"
	ok minutes $M
	expect_out_contains "*Approved at the Regular Meeting of Council of January 12, 2027 (Resolution 2027-1).*"
	fsck_both
}

t_approval_needs_a_carried_motion_of_another_meeting() {
	minutes_short_meeting
	approving_meeting
	ok minutes $M save
	files_snapshot
	refused_unchanged minutes $M approve --at-meeting $M2 --motion 2
	expect_err_contains "did not carry"
	refused_unchanged minutes $M approve --at-meeting $M2 --motion 3
	refused_unchanged minutes $M approve --at-meeting $M2 --motion 9
	expect_err_contains "no motion 9"
	refused_unchanged minutes $M approve --at-meeting $M --motion 1
	refused_unchanged minutes $M approve --at-meeting 2099-01-01-council --motion 1
	refused_unchanged minutes $M approve
	expect_err_contains "--force"
	expect_files_unchanged
	run minutes $M approve --at-meeting $M2
	expect_usage_error "minutes approve"
	run minutes $M approve --at-meeting $M2 --motion 1 --force
	expect_usage_error "minutes approve"
	eq "$(git -C record tag)" "" "tags after refusals"
}

# Minutes are adopted in open session by a motion adopting them: a carried
# resolution to close, a direction voted in closed session or a carried
# deferral of M2 is refused, with nothing changed.
t_approval_refuses_a_closing_closed_or_disposing_motion() {
	minutes_short_meeting
	approving_meeting
	local m2=$MINUTES_APPROVER
	ok live $m2 move "That the reading be deferred." --defer 3 --until 2027-02-09 \
		--mover Tremblay --seconder Côté --at "2027-01-12 19:07"
	ok live $m2 vote 4 --carried --at "2027-01-12 19:08"
	ok live $m2 move "That Council proceed into closed session." --to-close "239(2)(d)" \
		--mover Haddad --seconder Côté --at "2027-01-12 19:09"
	ok live $m2 vote 5 --carried --at "2027-01-12 19:10"
	ok live $m2 closed --clause "239(2)(d)" --at "2027-01-12 19:11"
	ok live $m2 move "That staff adopt the bargaining mandate." --direction \
		--mover Haddad --seconder Côté --at "2027-01-12 19:12"
	ok live $m2 vote 6 --carried --at "2027-01-12 19:13"
	ok live $m2 rise --at "2027-01-12 19:14"
	ok minutes $M save
	files_snapshot
	refused_unchanged minutes $M approve --at-meeting $m2 --motion 4
	expect_err_contains "motion 4 of $m2 is a motion to defer a motion, not one adopting minutes"
	refused_unchanged minutes $M approve --at-meeting $m2 --motion 5
	expect_err_contains "motion 5 of $m2 is a resolution to close the meeting"
	refused_unchanged minutes $M approve --at-meeting $m2 --motion 6
	expect_err_contains "motion 6 of $m2 was moved in closed session: minutes are adopted in open session"
	expect_files_unchanged
	eq "$(git -C record tag)" "" "tags after refusals"
	ok minutes $M approve --at-meeting $m2 --motion 1
}

# A crash after record/ was tagged but before the database committed leaves
# the tag without the approval: running the same approval again finishes it.
t_an_approval_interrupted_after_tagging_is_finished_by_running_it_again() {
	minutes_short_meeting
	approving_meeting
	ok minutes $M approve --at-meeting $M2 --motion 1
	local main tag
	main=$(git -C record rev-parse main) tag=$(git -C record rev-parse "approved/$M")
	sql "DELETE FROM minutes_approvals"
	refused_unchanged minutes $M approve --force
	expect_err_contains "record/ already has the tag approved/$M"
	ok minutes $M approve --at-meeting $M2 --motion 1
	eq "$(git -C record rev-parse main)" "$main" "record/ main after finishing"
	eq "$(git -C record rev-parse "approved/$M")" "$tag" "the tag after finishing"
	refused minutes $M note 9.2 "Too late."
	expect_err_contains "minutes of $M were approved at $M2 (resolution 2027-1)"
	fsck_both
}

t_forced_approval_says_so_in_the_tag() {
	minutes_short_meeting
	ok minutes $M approve --force
	git -C record cat-file -p "approved/$M" >"$SCRATCH/tag"
	grep -qF -- "--force, without a motion of council" "$SCRATCH/tag" || fail "tag does not say forced"
	ok minutes $M --public
	expect_out_contains "Approved by the clerk without a motion of council (forced)."
	refused minutes $M save
	expect_err_contains "approved"
}

t_push_sends_history_and_tags_but_nothing_confidential() {
	minutes_short_meeting
	approving_meeting
	ok agenda publish $M
	ok minutes $M save
	ok minutes $M approve --at-meeting $M2 --motion 1
	git init -q --bare -b main "$SCRATCH/public.git"
	ok push "$SCRATCH/public.git"
	git clone -q "$SCRATCH/public.git" "$SCRATCH/clone"
	eq "$(git -C "$SCRATCH/clone" log --format=%s | head -1)" \
		"Minutes of $M: approved at $M2 (resolution 2027-1)" "pushed head"
	eq "$(git -C "$SCRATCH/clone" rev-list --count HEAD)" 4 "pushed commits"
	git -C "$SCRATCH/clone" tag >"$SCRATCH/tags"
	grep -qxF "approved/$M" "$SCRATCH/tags" || fail "tag not pushed"
	cmp -s "$SCRATCH/clone/$MINUTES_PATH" <(git -C record show "main:$MINUTES_PATH") ||
		fail "pushed minutes differ from record/"
	no_canary "$SCRATCH/public.git"
	git -C "$SCRATCH/public.git" fsck --strict >/dev/null 2>&1 || fail "fsck of the remote"
	# the default remote, and a later push of a new version
	ok config publish.remote "file://$SCRATCH/public.git"
	ok minutes $M2 save
	ok push
	eq "$(git -C "$SCRATCH/public.git" rev-parse main)" "$(git -C record rev-parse main)" "remote main"
}

t_push_refuses_unreachable_and_non_repository_remotes() {
	minutes_short_meeting
	ok minutes $M save
	mkdir "$SCRATCH/plain"
	refused_unchanged push "$SCRATCH/missing.git"
	refused_unchanged push "$SCRATCH/plain"
	refused_unchanged push "file://$SCRATCH/missing.git"
	refused_unchanged push
	expect_err_contains "publish.remote"
	[ -z "$(ls -A "$SCRATCH/plain")" ] || fail "push wrote into a non-repository"
}

t_history_and_diff_of_unsaved_minutes() {
	minutes_agenda
	ok history $M
	expect_out_contains "Nothing of $M"
	ok history $M --json
	json '.versions == []'
	refused diff $M
	expect_err_contains "not been saved"
	ok agenda publish $M
	ok history $M --json
	json '.versions[0].files == ["agenda.md"]'
	ok minutes $M save
	ok diff $M
	expect_out_contains "+# Minutes: Regular Meeting" "--- /dev/null"
	refused diff $M no-such-version
	expect_err_contains "no-such-version"
}

t_diff_is_coloured_on_a_terminal_only() {
	minutes_short_meeting
	ok minutes $M save
	ok minutes $M note 9.2 "Coloured line."
	ok minutes $M save
	script -qec "$GAVEL diff $M" /dev/null >"$SCRATCH/tty" </dev/null
	grep -qF $'\033[32m+Coloured line.' "$SCRATCH/tty" || fail "no green added line on a terminal"
	grep -qF $'\033[36m@@' "$SCRATCH/tty" || fail "no coloured hunk header on a terminal"
	NO_COLOR=1 script -qec "$GAVEL diff $M" /dev/null >"$SCRATCH/plain" </dev/null
	! grep -qF $'\033[' "$SCRATCH/plain" || fail "colour despite NO_COLOR"
	ok diff $M
	expect_out_contains "+Coloured line."
	! grep -qF $'\033[' "$T/out" || fail "colour in a pipe"
}
