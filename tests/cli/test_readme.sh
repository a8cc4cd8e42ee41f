# README.md's "A short tour" runs as written: its ```sh blocks, in order,
# as one script in an empty directory with the real gavel on PATH and the
# real clock. Every command must succeed, and the meeting it records must
# be in time order. When the README's examples break, this test does.
# timeout: 300

MEETING_OF_TOUR=2026-12-08-council

# tour_script README: the lines of the ```sh blocks of its "A short tour"
# section, in order.
tour_script() {
	awk '
		/^## / { in_tour = ($0 == "## A short tour"); next }
		in_tour && /^```sh$/ { in_block = 1; next }
		in_block && /^```$/ { in_block = 0; next }
		in_block { print }
	' "$1"
}

tour_blocks() {
	awk '/^## / { in_tour = ($0 == "## A short tour"); next } in_tour && /^```sh$/ { n++ }
		END { print n + 0 }' "$1"
}

# run_tour README DIR: run README's tour in DIR/fresh (a `gavel` on PATH
# runs $GAVEL); its output in DIR/out and DIR/err; its exit status.
run_tour() {
	local readme=$1 dir=$2
	mkdir -p "$dir/bin" "$dir/fresh"
	printf '#!/bin/sh\nexec "%s" "$@"\n' "$GAVEL" >"$dir/bin/gavel"
	chmod +x "$dir/bin/gavel"
	{
		echo 'set -eo pipefail'
		# shellcheck disable=SC2016
		echo 'trap '\''echo "README tour: line $LINENO failed: $BASH_COMMAND" >&2'\'' ERR'
		tour_script "$readme"
	} >"$dir/tour.sh"
	(cd "$dir/fresh" && env -u GAVEL_NOW PATH="$dir/bin:$PATH" bash "$dir/tour.sh") \
		>"$dir/out" 2>"$dir/err" </dev/null
}

t_the_readme_tour_runs_as_written_and_records_a_meeting_in_time_order() {
	local readme=$GAVEL_ROOT/README.md
	[ "$(tour_blocks "$readme")" -ge 3 ] || fail "README.md's tour has fewer than 3 sh blocks"
	# a placeholder such as "..." would not run
	! tour_script "$readme" | grep -v '^ *#' | sed 's/#.*//' | grep -qF '...' ||
		fail "a block of the tour holds a '...' placeholder"
	local s=0
	run_tour "$readme" "$SCRATCH/tour" || s=$?
	[ "$s" = 0 ] || {
		tail -20 "$SCRATCH/tour/err" >&2
		fail "the README tour failed (exit $s)"
	}
	cd "$SCRATCH/tour/fresh/town"
	local m=$MEETING_OF_TOUR
	ok live $m status --json --confidential
	json '.state == "adjourned" and .not_held == false and .presiding == "Émilie Côté"'
	json '.called_to_order < .adjourned and .stream_started <= .called_to_order'
	json '[.closed_sessions[] | .from < .to] | all and length == 1'
	json '[.motions[] | .result] == ["carried", "carried", "carried"]'
	# every event of the log after the one before it (the stream's start aside)
	ok live $m log --json
	json '[.[] | select(.kind != "stream" and .voided_by == null) | .at] | . == sort and length > 10'
	# the minutes say it in that order
	ok minutes $m
	local called adjourned
	called=$(grep -n -i -m1 "called to order at" "$T/out" | cut -d: -f1)
	adjourned=$(grep -n -i -m1 "adjourned at" "$T/out" | cut -d: -f1)
	[ -n "$called" ] && [ -n "$adjourned" ] && [ "$called" -lt "$adjourned" ] ||
		fail "the minutes do not say the call to order (line ${called:-none}) before the adjournment (line ${adjourned:-none})"
	# what the later blocks made
	[ -f site/index.html ] || fail "the tour's publish made no site"
	git -C record log --oneline | grep -q "note on 9.1" || fail "the tour's note was not saved"
}

# The harness itself: a tour with a step missing fails, naming the command.
t_a_broken_tour_fails_naming_the_command() {
	sed 's/ --to-close "239(2)(c)"//' "$GAVEL_ROOT/README.md" >"$SCRATCH/README.md"
	cmp -s "$SCRATCH/README.md" "$GAVEL_ROOT/README.md" &&
		fail "the tour has no resolution to close to take out"
	local s=0
	run_tour "$SCRATCH/README.md" "$SCRATCH/tour" || s=$?
	[ "$s" != 0 ] || fail "the broken tour succeeded"
	grep -q 'README tour: line [0-9]* failed: gavel live $M closed --clause "239(2)(c)"' \
		"$SCRATCH/tour/err" || { cat "$SCRATCH/tour/err" >&2; fail "the failure does not name the command"; }
	grep -qF "going into closed session needs a resolution to close" "$SCRATCH/tour/err" ||
		fail "gavel's refusal is not shown"
}
