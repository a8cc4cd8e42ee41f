# gavel hooks list / hooks test: the streaming hooks in hooks/.

hook() { # hook NAME BODY: install an executable shell script hooks/NAME
	printf '#!/bin/sh\n%s\n' "$2" >"hooks/$1"
	chmod +x "hooks/$1"
}

t_hooks_list_with_none_says_how_to_install() {
	ok hooks list
	expect_out_contains "No hooks installed" "hooks/"
	ok hooks list --json
	json 'length == 0'
}

t_hooks_list_shows_which_run() {
	hook on-vote 'exit 0'
	printf 'x\n' >hooks/on-item
	hook on-typo 'exit 0'
	ok hooks list
	expect_out_contains "on-vote      executable" "on-item      not executable (chmod +x)" \
		"on-typo      executable, not an event gavel fires"
	ok hooks list --json
	json '[.[] | select(.name == "on-vote")][0] | .executable and .known'
	json '[.[] | select(.name == "on-item")][0] | (.executable | not) and .known'
	json '[.[] | select(.name == "on-typo")][0] | .executable and (.known | not)'
}

t_hooks_test_feeds_the_event_on_stdin_and_in_the_environment() {
	hook on-vote 'echo "args=$# item=$GAVEL_ITEM event=$GAVEL_EVENT result=$GAVEL_RESULT"; cat'
	ok hooks test vote
	expect_out_contains "on-vote (event vote): exit 0" "| args=0 item=9.1 event=vote result=carried"
	grep -F '| {' "$T/out" | sed 's/^  | //' | jq -e '.event == "vote" and .sample and .counts.yes == 5' >/dev/null ||
		fail "stdin was not the event JSON"
	grep -qF "on-vote (event vote): exit 0" hooks/log || fail "not logged in hooks/log"
}

t_hooks_test_runs_on_event_for_every_event() {
	hook on-event 'echo "saw $GAVEL_EVENT"'
	ok hooks test recess
	expect_out_contains "on-event (event recess): exit 0" "| saw recess"
}

t_hooks_do_not_see_gavel_variables_of_the_caller() {
	hook on-item 'echo "now=${GAVEL_NOW:-unset} dir=${GAVEL_DIR:-unset}"'
	GAVEL_DIR=$PWD ok hooks test item
	expect_out_contains "| now=unset dir=unset"
}

t_a_failing_hook_is_reported_not_fatal() {
	hook on-adjourn 'echo oops >&2; exit 3'
	ok hooks test adjourn
	expect_out_contains "on-adjourn (event adjourn): exit 3" "| oops"
}

t_a_hanging_hook_is_killed_after_the_time_limit() {
	ok config hooks.timeout 1
	hook on-item 'sleep 30'
	start=$(date +%s)
	ok hooks test item
	[ $(($(date +%s) - start)) -le 5 ] || fail "the hook was not killed in time"
	expect_out_contains "killed after its time limit"
}

t_a_flood_of_output_is_capped() {
	hook on-vote 'head -c 1000000 /dev/zero | tr "\0" x; echo'
	ok hooks test vote
	expect_out_contains "more bytes of output not kept"
	[ "$(stat -c %s hooks/log)" -lt 80000 ] || fail "hooks/log took the whole flood"
}

t_a_hook_that_cannot_be_executed_is_reported() {
	printf 'not a script\n' >hooks/on-start
	chmod +x hooks/on-start
	ok hooks test start
	expect_out_contains "on-start (event start): could not be executed (exit 127)"
}

t_hooks_test_refuses_unknown_events_and_missing_hooks() {
	refused hooks test nonsense
	expect_err_contains "unknown hook event 'nonsense'" "vote"
	refused hooks test vote
	expect_err_contains "no executable hook for 'vote'" "hooks/on-vote"
	run hooks test
	expect_usage_error "hooks test"
}
