# Approved minutes are locked everywhere (docs/minutes.md, "What approval
# locks"): every output of them is the text approved, whatever changes
# after, and nothing that they show may change.

here_lock=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=minutes_meeting.sh
source "$here_lock/minutes_meeting.sh"
export GAVEL_NOW=2027-01-13T15:00:00Z
M=$MINUTES_MEETING
M2=$MINUTES_APPROVER
MINUTES_PATH=meetings/2026/$M/minutes.md
LOCKED="gavel: the minutes of $M were approved at $M2 (resolution 2027-1): its agenda is part of the record"

# The December minutes (with a closed session and a redaction), published,
# then approved at the January meeting by its motion 1.
approved_meeting() {
	minutes_short_meeting
	echo "a report" >"$SCRATCH/report.txt"
	ok agenda attach $M 9.1 "$SCRATCH/report.txt"
	ok agenda publish $M
	ok minutes $M save
	approving_meeting
	ok minutes $M approve --at-meeting $M2 --motion 1
}

# every ref of record/ and confidential/ and what they point at
refs() {
	git -C record show-ref
	git -C confidential show-ref
}

# The approved outputs, into DIR: the CLI's in every format and the site's.
outputs() {
	local dir=$1
	mkdir -p "$dir"
	ok minutes $M
	cp "$T/out" "$dir/complete.md"
	ok minutes $M --public
	cp "$T/out" "$dir/public.md"
	ok minutes $M --format html
	cp "$T/out" "$dir/complete.html"
	ok minutes $M --format html --public
	cp "$T/out" "$dir/public.html"
	ok minutes $M --format pdf --public --out "$dir/public.pdf"
	ok publish
	cp site/meetings/$M/minutes.md site/meetings/$M/minutes.html site/meetings/$M/minutes.pdf \
		"$dir/"
}

# same DIR1 DIR2 FILE...: each FILE is the same bytes in both
same() {
	local a=$1 b=$2 f
	shift 2
	for f in "$@"; do
		cmp "$a/$f" "$b/$f" || {
			diff "$a/$f" "$b/$f" | head -20 >&2
			fail "$f changed after approval"
		}
	done
}

t_each_change_to_an_approved_meeting_is_refused_with_one_line_and_changes_nothing() {
	approved_meeting
	refs >"$SCRATCH/refs.before"
	local cmd
	while IFS= read -r cmd; do
		eval "refused_unchanged $cmd"
		eq "$ERR" "$LOCKED" "$cmd"
	done <<EOF
meeting edit $M --title "Special Meeting"
meeting edit $M --location "Arena"
meeting edit $M --stream-url "https://video.example/x"
meeting edit $M --cancel
agenda add $M "Item added after approval" --under 10
agenda add $M "At the end"
agenda edit $M 9.1 --title "Sewer Rates"
agenda edit $M 9.1 --recommendation "That it be done."
agenda rm $M 9.3
agenda move $M 9.2 --first
agenda detach $M 9.1 report.txt
agenda import $M "$SCRATCH/report.txt"
live $M notice "That the fees be reviewed." --mover Haddad --at "2026-12-08 20:00"
EOF
	# an attachment too, checked before the file is even read
	refused_unchanged agenda attach $M 9.1 "$SCRATCH/missing.pdf"
	eq "$ERR" "$LOCKED" "attach"
	refs >"$SCRATCH/refs.after"
	diff "$SCRATCH/refs.before" "$SCRATCH/refs.after" || fail "record/ or confidential/ changed"
}

t_an_approved_meeting_refuses_what_the_log_and_the_notes_would_change() {
	approved_meeting
	refs >"$SCRATCH/refs.before"
	refused_unchanged live $M undo
	expect_err_contains "minutes of $M were approved at $M2 (resolution 2027-1)"
	refused_unchanged live $M arrive Lee --at "2026-12-08 20:00"
	expect_err_contains "minutes of $M were approved"
	refused_unchanged live $M take 9.2 --at "2026-12-08 20:00"
	refused_unchanged minutes $M note 9.2 "Added later."
	expect_err_contains "minutes of $M were approved"
	refused_unchanged minutes $M save
	refused_unchanged minutes $M approve --force
	refs >"$SCRATCH/refs.after"
	diff "$SCRATCH/refs.before" "$SCRATCH/refs.after" || fail "record/ or confidential/ changed"
}

t_every_output_of_approved_minutes_is_the_text_approved() {
	approved_meeting
	outputs "$SCRATCH/approved"
	# record/'s tag and confidential/ hold what the CLI gives
	git -C record show "approved/$M:$MINUTES_PATH" >"$SCRATCH/tag.md"
	cmp "$SCRATCH/tag.md" "$SCRATCH/approved/public.md" || fail "public minutes are not the tag's"
	cmp "$SCRATCH/tag.md" "$SCRATCH/approved/minutes.md" || fail "site minutes.md is not the tag's"
	git -C confidential show "main:$MINUTES_PATH" >"$SCRATCH/complete.md"
	cmp "$SCRATCH/complete.md" "$SCRATCH/approved/complete.md" ||
		fail "complete minutes are not confidential/'s"
	has_text "$(cat "$SCRATCH/approved/public.md")" "Approved at the Regular Meeting of Council of January 12, 2027 (Resolution 2027-1)." ||
		fail "the approval line"
	# what the database may still change after approval: the approving
	# meeting's title, a member's name, the municipality's name, the
	# clerk's, the speakers' setting
	ok meeting edit $M2 --title "Special Meeting of Council"
	ok member edit "Ahmed Haddad" --name "Ahmed Haddad-Roy"
	ok config clerk.name "Someone Else"
	ok config minutes.speakers yes
	outputs "$SCRATCH/after"
	same "$SCRATCH/approved" "$SCRATCH/after" complete.md public.md complete.html public.html \
		public.pdf minutes.md minutes.html minutes.pdf
	# the municipality's new name is the site's (its frame), not the minutes'
	ok config municipality "City of Testville"
	outputs "$SCRATCH/renamed"
	same "$SCRATCH/approved" "$SCRATCH/renamed" complete.md public.md complete.html \
		public.html minutes.md
	sed -n '/<main/,/<\/main>/p' "$SCRATCH/approved/minutes.html" >"$SCRATCH/approved/main.html"
	sed -n '/<main/,/<\/main>/p' "$SCRATCH/renamed/minutes.html" >"$SCRATCH/renamed/main.html"
	grep -qF "Town of Testville" "$SCRATCH/renamed/main.html" || fail "the minutes' heading"
	same "$SCRATCH/approved" "$SCRATCH/renamed" main.html
	[ -z "$(git -C record diff "approved/$M" HEAD -- "$MINUTES_PATH")" ] ||
		fail "record/ minutes differ from the tag"
	# the site's minutes page still says approved, at the meeting as it was named
	grep -qF "Approved minutes:" site/meetings/$M/minutes.html || fail "page title"
	grep -qF "<strong>Approved</strong> at the Regular Meeting of Council of January 12, 2027 (Resolution 2027-1)." \
		site/meetings/$M/minutes.html || fail "the status line"
	# nothing confidential in the public forms
	! grep -qF CANARY "$SCRATCH/after/public.md" "$SCRATCH/after/public.html" \
		site/meetings/$M/minutes.md site/meetings/$M/minutes.html || fail "CANARY in public minutes"
	grep -qF CANARY "$SCRATCH/after/complete.md" || fail "the complete minutes lost the closed session"
}

t_a_member_renamed_after_approval_keeps_their_name_in_the_approved_minutes() {
	approved_meeting
	ok minutes $M --public
	has_text "$OUT" "Councillor Ahmed Haddad" || fail "attendance"
	ok member edit "Ahmed Haddad" --name "Ahmed Haddad-Roy"
	ok minutes $M --public
	has_text "$OUT" "Councillor Ahmed Haddad" || fail "the renamed member in the attendance"
	expect_out_lacks "Haddad-Roy"
	ok minutes $M --format html
	expect_out_lacks "Haddad-Roy"
}

t_minutes_made_again_by_check_repair_are_the_text_approved() {
	approved_meeting
	git -C record show "approved/$M:$MINUTES_PATH" >"$SCRATCH/tag.md"
	ok member edit "Ahmed Haddad" --name "Ahmed Haddad-Roy"
	ok meeting edit $M2 --title "Special Meeting of Council"
	ok config municipality "City of Testville"
	rm -rf record/.git/objects
	run check --repair
	git -C record show "approved/$M:$MINUTES_PATH" >"$SCRATCH/again.md"
	cmp "$SCRATCH/tag.md" "$SCRATCH/again.md" || fail "record/ made again changed the approved text"
}

t_an_item_added_after_adjournment_is_accepted_and_the_clerk_hears_of_the_minutes() {
	minutes_short_meeting
	ok agenda add $M "Late correspondence" --under 10
	eq "$OUT" "10.1" "number"
	eq "$ERR" "gavel: $M adjourned at 9:01 p.m.: its draft minutes show item 10.1 as not dealt with" \
		"the notice"
	ok minutes $M
	has_text "$OUT" "### 10.1 Late correspondence" || fail "the minutes show the item"
	# a meeting not held yet, or in session, says nothing
	approving_meeting
	ok agenda add $M2 "Walk-on item"
	eq "$ERR" "" "no notice in session"
}
